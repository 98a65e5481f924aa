"""Not part of the build: alter keys in memory and confirm the self-check reports each (FICTIONAL set 46)."""
import copy, os
import make_set
from cases import CASES
M = [(5, "member_id", "QTV118204-01"), (5, "claim_number", "E2610-55810"), (4, "notice_date", "1958-11-13"),
     (3, "appeal_deadline", "2027-03-20"), (15, "claim_number", "APL-2026-0418"), (7, "claim_number", "R-26-4471902"),
     (11, "procedure_codes", ["90791", "90834"]), (14, "appeal_deadline", "2027-01-10"), (17, "patient_name", "Lucía Soliz Herrera"),
     (6, "urgent", False), (2, "appeal_deadline", "2027-03-18"), (13, "deadline_basis", "29 CFR 2560.503-1(h)(3)(i)"),
     (8, "appeals_address", "Evergreen Rx, PO Box 3100, Spokane, WA 99220"), (10, "notice_date", "2026-12-03")]
hit = 0
for n, f, v in M:
    c = copy.deepcopy(next(x for x in CASES if x["n"] == n)); c["key"][f] = v
    errs = make_set.check(c, os.path.join(make_set.HERE, make_set.fname(c)))
    hit += bool(errs); print(f"{n:02d} {f}={v!r}: {'reported' if errs else 'MISSED'}")
print(f"{hit} of {len(M)} alterations reported")
