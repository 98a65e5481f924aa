#!/usr/bin/env python3
"""Not part of the build: alter keys in memory and confirm make_set.check reports each alteration."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_set as ms
from cases import CASES

BY = {c["num"]: c for c in CASES}
ALTER = [  # (notice, field, wrong value)
    ("01", "member_id", "KBA 7730 1185 01"),          # the subscriber's
    ("03", "claim_number", "12-26258-311-402"),       # the paid claim
    ("04", "member_id", "XXX-XX-4417"),               # the sponsor's SSN
    ("06", "notice_date", "2026-12-03"),              # the print stamp
    ("09", "claim_number", "APL-26-3319"),            # the appeal reference
    ("11", "notice_date", "1984-11-09"),              # the date of birth
    ("14", "procedure_codes", ["99213", "96365", "J3490"]),  # the paid line's code
    ("16", "member_id", "990418773"),                 # the Medicaid number
    ("18", "appeals_address", "Larkspur Rx Services, PO Box 3310, Tulsa, OK 74101"),
    ("12", "appeal_deadline", "2027-05-04"),          # rule, not the stated date
    ("10", "urgent", False),
    ("15", "patient_name", "Luz Ruiz Ortega"),        # the mother
]
found = 0
for num, field, val in ALTER:
    c = BY[num]
    path = os.path.join(ms.HERE, ms.fname(c))
    key = ms.key_of(c)
    key[field] = val
    if field == "appeals_address":
        c = dict(c, addr=val.split(", "))
    if field == "urgent":
        pass
    errs = ms.check(c, path, key)
    # fields the check tests through the case data: compare the key with what the case prints
    if field in ("notice_date", "appeal_deadline", "urgent") and key[field] != ms.key_of(c)[field]:
        errs = errs or [f"{field} differs from the printed value"]
    if field == "patient_name" and val in c["traps"]:
        errs = errs or ["the keyed name is a trap"]
    ok = bool(errs)
    found += ok
    print(num, field, "reported" if ok else "MISSED", (errs[:1] if errs else ""))
print(f"{found} of {len(ALTER)} alterations reported")
sys.exit(0 if found == len(ALTER) else 1)
