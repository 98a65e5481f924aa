"""Not part of the build: plants wrong keys in memory and confirms make_set.check reports each (FICTIONAL set 36)."""
import copy
import sys

import make_set
from cases import CASES

MUT = [
    (1, "claim_number", "22632-4418-0093", "a paid claim's number"),
    (1, "procedure_codes", ["96365", "J3490", "90837"], "a paid line's code"),
    (3, "notice_date", "1948-11-27", "the date of birth as the notice date"),
    (3, "patient_name", "Nina Ferreira", "the daughter who forwarded it"),
    (4, "member_id", "3FJ6-QX1-LM08", "the Medicare Beneficiary Identifier as the member ID"),
    (4, "urgent", False, "urgency dropped"),
    (5, "patient_name", "SFC Ramon Delacroix-Hale", "the sponsor as the patient"),
    (7, "appeals_address", "FEHB Program Review Unit (sample), PO Box 0199, Washington, DC 20044", "OPM's later level as the address"),
    (9, "member_id", "108844271903", "the state Medicaid ID"),
    (10, "member_id", "MTD-00418-01", "the employee's -01 ID"),
    (10, "appeals_address", "Meridian Tool & Die Employee Health Plan, Appeals Unit, c/o Clearwater Benefit Administrators, PO Box 2290, Grand Rapids, MI 49501", "address parts out of order"),
    (11, "plan_type", "employer_erisa", "ERISA for a state employees' plan"),
    (13, "notice_date", "2026-11-02", "the received date 02/11/2026 as the notice date"),
    (16, "appeal_deadline", "2027-03-31", "a wrong stated-date deadline"),
    (17, "patient_name", "Ximena Paredes", "the mother as the patient"),
]


def main():
    cases = {f().get('n'): f() for f in CASES}
    built = {}
    caught = 0
    for n, field, val, why in MUT:
        c = cases[n]
        if n not in built:
            built[n] = make_set.build(c)
        path, key, words = built[n]
        k2 = copy.deepcopy(key)
        k2[field] = val
        c2 = copy.deepcopy(c)
        if field in ("appeal_deadline",):
            c2['key']['appeal_deadline'] = make_set.dt.date.fromisoformat(val)
        errs = make_set.check(c2, path, k2, words)
        ok = bool(errs)
        caught += ok
        print(f"{n:02d} {why}: {'reported' if ok else 'MISSED'}" + (f" ({errs[0]})" if ok else ""))
    print(f"{caught} of {len(MUT)} alterations reported")
    return 0 if caught == len(MUT) else 1


if __name__ == "__main__":
    sys.exit(main())
