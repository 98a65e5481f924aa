"""Not part of the build: alter keys in memory and confirm the self-check reports each alteration."""
import copy
import make_set as M
from cases import CASES
from datetime import date

C = {c["n"]: c for c in CASES}


def key_of(n, **alter):
    c = copy.deepcopy(C[n])
    for k, v in alter.items():
        c["key"][k] = v
    return c, M.build_key(c, "x")


tests = [
    ("01 DOB as notice date", *key_of(1, notice_date=date(1988, 11, 12))),
    ("02 subscriber's ID", *key_of(2, member_id="OFE-20417-01x")),
    ("12 a code not printed", *key_of(12, procedure_codes=["97111"])),
    ("14 day-first date read month first", *key_of(14, service_dates=[date(2026, 12, 10)])),
    ("06 urgent without evidence", *key_of(6, urgent=True)),
    ("05 plan type not a docs name", *key_of(5, plan_type="original_medicare")),
]
c, k = copy.deepcopy(C[13]), None
c["addr"] = list(reversed(c["addr"]))
tests.append(("13 address out of order", c, M.build_key(c, "x")))
c = copy.deepcopy(C[3]); k = M.build_key(c, "x"); k["deadline_basis"] = "within 180 days"
tests.append(("03 basis not in notice", c, k))
n = 0
for name, c, k in tests:
    p = M.check(c, k)
    n += bool(p)
    print(("reported " if p else "MISSED   ") + name, p[:1])
print(f"{n} of {len(tests)} alterations reported")
