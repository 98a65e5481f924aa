"""Not part of the build: alter keys in memory and confirm the self-check reports each one (FICTIONAL set 42)."""
import copy
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases as C  # noqa: E402
import make_set as M  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
BY = {c["n"]: c for c in C.CASES}


def alter(n, f, v):
    c = BY[n]
    k = M.key_of(c)
    k[f] = v
    return M.check(c, os.path.join(HERE, M.fname(c)), k)


def alter_case(n, **kw):
    c = copy.deepcopy(BY[n])
    c.update(kw)
    return M.check(c, os.path.join(HERE, M.fname(c)), M.key_of(c))


TESTS = [
    ("02 subscriber's -01 ID as member", lambda: alter(2, "member_id", "HCS-0049217-01")),
    ("02 legend's unused CO-50", lambda: alter(2, "carc_codes", ["CO-50"])),
    ("03 state Medicaid ID as member", lambda: alter(3, "member_id", "94417203C")),
    ("01 decision date as notice date", lambda: alter_case(1, notice_date=C.D(2026, 11, 20))),
    ("13 decision date as notice date", lambda: alter_case(13, notice_date=C.D(2026, 11, 17))),
    ("18 birth date as notice date", lambda: alter_case(18, notice_date=C.D(1968, 2, 14))),
    ("05 paid claim's number", lambda: alter(5, "claim_number", "2026-1007-P-1182")),
    ("07 wrong stated date", lambda: alter(7, "appeal_deadline", "2027-03-03")),
    ("11 business days counted as calendar days", lambda: alter(11, "appeal_deadline", "2026-12-15")),
    ("09 six months as 180 days", lambda: alter(9, "appeal_deadline", "2027-05-08")),
    ("12 ERISA for a state plan", lambda: alter(12, "deadline_basis", "29 CFR 2560.503-1(h)(3)(i)")),
    ("04 urgency added", lambda: alter_case(4, urgent=True, urg_ev="urgent appeal")),
    ("10 sponsor as patient", lambda: alter(10, "patient_name", "Brandt E. Solheim")),
    ("15 address out of order", lambda: alter_case(15, addr=list(reversed(BY[15]["addr"])))),
    ("16 paid line's code", lambda: alter(16, "procedure_codes", ["90847", "90791"])),
    ("14 Medicaid ID as member", lambda: alter(14, "member_id", "6640129935")),
]

caught = 0
for name, fn in TESTS:
    errs = fn()
    print(("caught  " if errs else "MISSED  ") + name + (f": {errs[0]}" if errs else ""))
    caught += bool(errs)
print(f"{caught} of {len(TESTS)} alterations reported")
sys.exit(0 if caught == len(TESTS) else 1)
