"""Set 39 (FICTIONAL): not part of the build. Alters keys in memory and runs make_set's check on each, to show the
check catches wrong keys. Rebuilds the notices it needs (same bytes as make_set.py)."""
import copy
import sys

import cases
import make_set

MUT = [
    (12, "member_id", "GLH8820173-01", "the subscriber's -01 ID as the patient's"),
    (3, "notice_date", "1968-11-13", "the date of birth as the notice date"),
    (13, "notice_date", "2026-12-04", "the forwarding e-mail's Date header as the notice date"),
    (9, "notice_date", "2026-12-05", "the print header's 5/12/26 as the notice date"),
    (16, "notice_date", "1983-11-24", "the date of birth as the notice date"),
    (14, "claim_number", "KH2610-549911", "a paid claim's number"),
    (7, "procedure_codes", ["64405", "99214", "99213"], "the paid nerve-block lines' code added"),
    (10, "patient_name", "DANIELA FINCH", "the parent as the patient"),
    (4, "plan_type", "employer_erisa", "ERISA for a state employees' plan"),
    (17, "urgent", False, "urgency dropped"),
    (18, "appeal_deadline", "2027-05-22", "180 days counted over the stated date"),
    (1, "appeals_address", "Halvorsen Mutual Life & Health Insurance Co., PO Box 61288, Harrisburg, PA 17106",
     "the claims box as the appeals address"),
    (6, "service_dates", ["2026-03-03", "2026-03-10", "2026-03-17", "2026-10-14"], "the received date as care"),
    (2, "claim_number", "PBA26110047731", "the claim number without its spaces"),
    (15, "denial_category", "not_covered", "coverage ended keyed as not covered"),
    (11, "deadline_basis", "dentro de 4 meses", "the external review's 4 months as the basis"),
]


def main():
    byn = {fn()["n"]: fn for fn in cases.ALL}
    caught = 0
    built = {}
    for n, field, value, what in MUT:
        if n not in built:
            c = byn[n]()
            built[n] = (c,) + make_set.build_one(c)
        c, k, text, path = built[n]
        k2 = copy.deepcopy(k)
        k2[field] = value
        errs = make_set.check(c, k2, text, path)
        caught += bool(errs)
        print(f"{n:02d} {what}: " + (errs[0] if errs else "NOT CAUGHT"))
    print(f"{caught} of {len(MUT)} alterations reported")
    return 0 if caught == len(MUT) else 1


if __name__ == "__main__":
    sys.exit(main())
