#!/usr/bin/env python3
"""Not part of the build: alter keys of 04 and 14 in memory and count how many alterations the self-check reports."""
import copy
import datetime as dt
import sys

import make_set as M

cases = {c()["n"]: c() for c in M.EN + M.ES}
muts = [
    (4, "claim number of the paid claim", lambda c: c["key"].update(claim_number="MR-2026-1027-0417")),
    (4, "Medicare Number as member ID", lambda c: c["key"].update(member_id="1EG4-TE5-MK73")),
    (4, "paid line's code keyed", lambda c: c["key"].update(procedure_codes=["64405", "99214"])),
    (4, "deadline basis not the notice's words", lambda c: c.update(window=("days", 65, "within 65 days"))),
    (4, "address parts out of order", lambda c: c.update(addr=[c["addr"][0], c["addr"][2], c["addr"][1], c["addr"][3]])),
    (14, "date of birth as the notice date", lambda c: c["key"].update(notice_date=dt.date(2026, 6, 11))),
    (14, "day-first date read month first", lambda c: c.update(day_first=False)),
    (14, "urgent without evidence", lambda c: c["key"].update(urgent=True)),
    (14, "mother as the patient", lambda c: c["key"].update(patient_name="Marisol Benavides Ruiz")),
]
caught = 0
for n, what, f in muts:
    c = copy.deepcopy(cases[n])
    f(c)
    key = M.key_json(c, "x")
    errs = M.check(c, key, M.text_model(c))
    caught += bool(errs)
    print(f"{n:02d} {what}: {'reported' if errs else 'MISSED'} {errs[:1]}")
print(f"{caught} of {len(muts)} alterations reported")
sys.exit(0 if caught == len(muts) else 1)
