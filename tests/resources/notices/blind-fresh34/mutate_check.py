"""Not part of the build: alter keys in memory and confirm make_set.check reports each (FICTIONAL set 34)."""
import copy
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases as C      # noqa: E402
import make_set as M   # noqa: E402

ALTER = [
    (1, "member_id", "GRP-77120", "the group number as the member ID"),
    (1, "procedure_codes", ["99214", "96365", "J3490", "96366"], "the paid 99214 line's code"),
    (2, "appeals_address", "Copperline Benefit Administrators, LLC, PO Box 8812, Duluth, MN 55808", "the claims box"),
    (3, "notice_date", "1983-09-02", "the DOB as the notice date"),
    (3, "notice_date", "2026-11-10", "the request's received date as the notice date"),
    (4, "claim_number", "JT-26-10-004120", "a paid claim's number"),
    (5, "patient_name", "Gregory Haldane", "the subscriber (sender) as the patient"),
    (5, "notice_date", "2026-11-10", "the original e-mail's date as the notice date"),
    (7, "plan_type", "employer_erisa", "ERISA for a church plan"),
    (9, "appeal_deadline", "2027-02-03", "a deadline one day off the stated date"),
    (10, "urgent", False, "urgency dropped"),
    (10, "member_id", "118004927365", "the state Medicaid ID on a plan's notice"),
    (12, "service_dates", ["2026-08-05"], "the paid claim's date"),
    (14, "denial_category", "other", "CO-22 keyed as other"),
    (15, "appeals_address", "Alianza Sol Salud, 1 Gateway Center, Atención: Departamento de Apelaciones, Piso 9, "
                            "Newark, NJ 07102", "the address out of order"),
    (16, "notice_date", "1975-11-19", "the DOB (same day and month) as the notice date"),
    (17, "notice_date", "2026-12-05", "the print stamp as the notice date"),
    (18, "member_id", "00881432", "the student number as the member ID"),
]


def main():
    byn = {c()["n"]: c() for c in C.CASES}
    found = 0
    for n, fld, val, why in ALTER:
        case = byn[n]
        kpath = glob.glob(os.path.join(HERE, f"{n:02d}-*.expected.json"))[0]
        key = json.load(open(kpath, encoding="utf-8"))
        path = os.path.join(HERE, key["file"])
        words = []
        if case["kind"] == "png" and case["device"] == "banner":
            words = ["9:41", "1 de 1", "Toca para responder"] + case["extra"]["banner"]
        text = M.read_back(case, path, words)
        assert not M.check(case, key, text, path), f"{n}: the true key fails"
        bad = copy.deepcopy(key)
        bad[fld] = val
        errs = M.check(case, bad, text, path)
        found += bool(errs)
        print(f"{n:02d} {fld}: {why}: {'reported' if errs else 'MISSED'}" + (f" ({errs[0]})" if errs else ""))
    print(f"{found} of {len(ALTER)} alterations reported")
    return 0 if found == len(ALTER) else 1


if __name__ == "__main__":
    sys.exit(main())
