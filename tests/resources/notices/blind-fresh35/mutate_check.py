#!/usr/bin/env python3
"""Not part of the build: alter keys of set 35 in memory and confirm the self-check reports each one.
FICTIONAL set. Rebuilds the notices it touches (deterministic, so the files do not change)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import make_set as ms  # noqa: E402
from cases import CASES  # noqa: E402

ALTER = [
    (13, "notice_date", "1984-11-20", "DOB (20/11/1984) as the notice date"),
    (2, "member_id", "1582049375", "the sponsor's DoD ID as the member ID"),
    (4, "claim_number", "0126 2981 4410 07", "the paid claim's number"),
    (10, "notice_date", "2026-12-01", "the fax cover's date as the notice date"),
    (12, "plan_type", "employer_erisa", "ERISA for a state employees' plan"),
    (3, "appeal_deadline", "2027-05-20", "a stated date off by one"),
    (7, "service_dates", ["2026-09-29", "2026-10-13", "2026-10-27"], "the paid claim's date among the denied"),
    (15, "notice_date", "2026-12-05", "the gallery's date as the notice date"),
    (6, "patient_name", "Jamie Lusk", "the forwarding care coordinator as the patient"),
    (11, "appeals_address", "Ironwood Logistics Employee Health Plan, c/o Summit Trail Administrators, PO Box 67401, "
                            "Salt Lake City, UT 84167-0430", "the claims box as the appeals address"),
    (9, "urgent", False, "urgency dropped"),
    (14, "procedure_codes", ["J0013", "G2082"], "a code not printed"),
    (18, "member_id", "6DW3-CN8-GH25", "the Medicare Number on a Part D notice"),
    (16, "deadline_basis", "42 CFR 405.942", "a rule basis where the notice states a date"),
]

caught = 0
built = {}
for n, field, value, why in ALTER:
    c = CASES[n - 1]()
    if n not in built:
        built[n] = ms.build(c)
    path, words = built[n]
    k = ms.make_key(c)
    k[field] = value
    if field == "deadline_basis":
        c["window"] = ("date", c["window"][1], c["window"][2], value)
    bad = ms.check(c, k, ms.read_back(c, path, words), path)
    caught += bool(bad)
    print(f"{n:02d} {why}: {'reported: ' + bad[0] if bad else 'NOT REPORTED'}")
print(f"{caught} of {len(ALTER)} alterations reported")
sys.exit(0 if caught == len(ALTER) else 1)
