"""Not part of the build: alter keys in memory and confirm the self-check reports each (FICTIONAL set 33)."""
import copy
import datetime as dt
import os

import cases as C
import make_set as M

D = dt.date


def setk(fld, val):
    def f(c):
        c["key"][fld] = val
    return f


def addr_swap(c):
    c["addr"][1], c["addr"][2] = c["addr"][2], c["addr"][1]


def sd_add(day):
    def f(c):
        c["key"]["service_dates"] = sorted(c["key"]["service_dates"] + [day])
        c["sd_prints"] = c["sd_prints"] + [M.f(day, "dmy")]
    return f


def basis(s):
    def f(c):
        c["basis"] = s
    return f


MUTATIONS = [
    (1, "a paid claim's number as the claim", setk("claim_number", "25-26247-903-21")),
    (2, "the sponsor's DoD ID as the member ID", setk("member_id", "1298 4471 20")),
    (5, "urgency dropped", setk("urgent", False)),
    (6, "the notice date also a date of care", sd_add(D(2026, 11, 20))),
    (8, "a paid line's code among the denied", setk("procedure_codes", ["96365", "J3490", "99214"])),
    (9, "the mother as the patient", setk("patient_name", "Paulette Stroud")),
    (11, "ERISA for a state employees' plan", setk("plan_type", "employer_erisa")),
    (12, "the address out of order", addr_swap),
    (15, "the group number as the member ID", setk("member_id", "TL-40022")),
    (16, "a basis the notice does not print", basis("within 120 days of the date you get this notice")),
    (17, "the DOB as the notice date", setk("notice_date", D(1952, 11, 24))),
    (18, "the forward's 'Enviado el' as the notice date", setk("notice_date", D(2026, 11, 26))),
]


def main():
    caught = 0
    by_n = {fn()["n"]: fn for fn in C.CASES}
    for n, what, mut in MUTATIONS:
        case = by_n[n]()
        case.setdefault("overlays", [])
        name = [x for x in os.listdir(M.HERE) if x.startswith(f"{n:02d}-") and not x.endswith(".json")][0]
        path = os.path.join(M.HERE, name)
        hidden = set()
        if case["kind"] in ("jpg", "png", "tif", "pdf_img") and case["device"] in ("magnifier", "fuser"):
            import numpy as np
            _, hidden = M.devices.DEVICES[case["device"]](case, np.random.default_rng(3300 + n))
        text = M.read_back(case, path, hidden)
        assert not M.check(case, path, text, M.build_key(case, name)), f"baseline {n} fails"
        bad = copy.deepcopy(case)
        mut(bad)
        errs = M.check(bad, path, text, M.build_key(bad, name))
        caught += bool(errs)
        print(f"{n:02d} {what}: {'reported: ' + errs[0] if errs else 'NOT REPORTED'}")
    print(f"{caught} of {len(MUTATIONS)} alterations reported")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    raise SystemExit(main())
