"""Not part of the build: alter keys in memory and confirm make_set.check reports each one. FICTIONAL set 30."""
import copy
import os

import make_set as ms
from cases import CASES
from dates import D


def run(n, change, label):
    c = copy.deepcopy(CASES[n - 1]())
    change(c)
    key = ms.build_key(c)
    path = os.path.join(ms.HERE, f"{ms.fname(c)}.{ms.EXT[c['kind']]}")
    errs = ms.check(c, path, key)
    print(("reported " if errs else "MISSED   ") + f"{n:02d} {label}" + (f": {errs[0]}" if errs else ""))
    return bool(errs)


def setk(field, value):
    return lambda c: c["key"].__setitem__(field, value)


def addr_swap(c):
    c["addr"][1], c["addr"][2] = c["addr"][2], c["addr"][1]


def traps_off(field, value):
    def f(c):
        c["key"][field] = value
    return f


tests = [
    (1, setk("claim_number", "26318-00412"), "a paid claim's number"),
    (1, setk("member_id", "CRH 448120917-01"), "the subscriber's ID"),
    (14, setk("notice_date", D(2015, 11, 6)), "the child's DOB as the notice date"),
    (14, setk("patient_name", "Yolanda Alarcón"), "the mother as the patient"),
    (13, setk("urgent", False), "urgency dropped although the notice says expedited"),
    (10, setk("urgent", True), "an offer of an expedited appeal taken as urgency"),
    (9, lambda c: c.__setitem__("window", ("days", 180, "within 180 days of this decision")), "a basis not in the notice"),
    (3, addr_swap, "the appeals address out of order"),
    (12, setk("member_id", "RFL-2201"), "the group number as the ID"),
    (15, setk("procedure_codes", ["99213"]), "a paid claim's code"),
    (8, setk("service_dates", [D(2026, 10, 14), D(2026, 10, 16), D(2026, 11, 13)]), "the notice date as care"),
    (18, lambda c: c.__setitem__("window", ("rule",)) or c["key"].__setitem__("plan_type", "employer_erisa"),
     "ERISA's rule for a county plan (evidence still says gobierno local; basis differs)"),
]
ok = sum(run(*t) for t in tests)
print(f"{ok} of {len(tests)} alterations reported")
