"""Not part of the build: alter keys in memory and confirm the self-check reports each (FICTIONAL set 43)."""
import copy
import glob
import os

import make_set
from cases import CASES

HERE = os.path.dirname(os.path.abspath(__file__))
ALTER = [
    (1, "member_id", "00781-BW", "the group number as member ID"),
    (1, "procedure_codes", ["99204", "96365", "J3490", "96366"], "a paid line's code"),
    (3, "claim_number", "E26-1003-55812", "the paid claim's number"),
    (4, "member_id", "1EG4-TE5-MK73", "the Medicare Number as member ID"),
    (5, "service_dates", ["2026-09-15", "2026-09-29", "2026-10-13"], "an approved session's date"),
    (7, "urgent", False, "urgency dropped"),
    (9, "member_id", "12904471800", "the sponsor's DBN"),
    (12, "plan_type", "employer_erisa", "ERISA for a county plan"),
    (13, "notice_date", "2026-11-09", "the planned start date as notice date"),
    (17, "notice_date", "1968-11-12", "the DOB as notice date"),
    (16, "appeal_deadline", "2027-03-20", "a wrong stated-date deadline"),
    (18, "patient_name", "Lorena Urrutia Salas", "the mother as patient"),
    (2, "appeals_address", None, "the address out of order"),
    (14, "claim_number", "ERI-1-26-55031", "the IRE case number as claim number"),
]


def main():
    cases = {c["n"]: c for c in (f() for f in CASES)}
    caught = 0
    for n, field, value, what in ALTER:
        c = copy.deepcopy(cases[n])
        path = glob.glob(os.path.join(HERE, f"{n:02d}-*"))
        path = [p for p in path if not p.endswith(".expected.json")][0]
        if field == "notice_date":
            import datetime as dt
            c["key"]["notice_date"] = dt.date.fromisoformat(value)
            key = make_set.make_key(c)
        elif field == "appeals_address":
            c["addr"] = c["addr"][1:2] + c["addr"][:1] + c["addr"][2:]
            key = make_set.make_key(c)
        else:
            key = make_set.make_key(c)
            key[field] = value
            c["key"][field] = value
        errs = make_set.check(c, path, key)
        print(f"{n:02d} {what}: {'reported' if errs else 'NOT reported'}" + (f" ({errs[0]})" if errs else ""))
        caught += bool(errs)
    print(f"{caught} of {len(ALTER)} alterations reported")


if __name__ == "__main__":
    main()
