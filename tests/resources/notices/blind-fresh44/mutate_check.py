"""Not part of the build: alter keys in memory and show that make_set.check reports each. FICTIONAL set 44."""
import copy
import glob
import os
import sys
from datetime import date

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases  # noqa: E402
import make_set  # noqa: E402

D = date


def setk(field, value):
    def f(c):
        c["key"][field] = value
    return f


def addk(field, value):
    def f(c):
        c["key"][field] = sorted(c["key"][field] + [value]) if field == "service_dates" else c["key"][field] + [value]
    return f


def seto(field, value):
    def f(c):
        c[field] = value
    return f


def multi(*fs):
    def f(c):
        for g in fs:
            g(c)
    return f


MUTATIONS = [
    (1, "subscriber's -01 ID as the member ID", setk("member_id", "RMW-448120-01")),
    (1, "mailing date as the notice date", multi(setk("notice_date", D(2026, 11, 20)),
                                                 seto("expect_deadline", D(2027, 3, 20)))),
    (2, "reconsideration number as the claim number", setk("claim_number", "RCN-26-00731")),
    (2, "sponsor's DoD ID as the member ID", setk("member_id", "1629384756")),
    (6, "Medicare appeal number as the claim number", setk("claim_number", "1-2234-4556-677")),
    (7, "Medicare Number on an MA notice", setk("member_id", "5RF2-XY7-QQ19")),
    (9, "the paid claim's number", setk("claim_number", "26-300-11873")),
    (9, "the paid claim's code", addk("procedure_codes", "90837")),
    (10, "the employer rule's citation on a church plan", seto("basis", "29 CFR 2590.715-2719(c)-(d)")),
    (11, "an ERISA 180-day deadline on an external review decision",
     multi(seto("window", ("days", 180)), seto("expect_deadline", D(2027, 5, 26)),
           seto("basis", "29 CFR 2560.503-1(h)(3)(i)"), seto("addr", ["Wolverine Bay Health Insurance Company"]))),
    (12, "address out of order", seto("addr", ["Pinnacle Part D Review Services", "PO Box 21190",
                                               "Attn: Part D Reconsiderations", "Pittsburgh, PA 15230-1190"])),
    (13, "date of birth as the notice date", multi(setk("notice_date", D(1984, 11, 24)),
                                                   seto("expect_deadline", D(1985, 3, 24)))),
    (14, "the mother as the patient", setk("patient_name", "Lucía Benítez Ortega")),
    (15, "a 120-day basis for a 4-month window", seto("basis", "dentro de 120 días")),
    (16, "urgency dropped", setk("urgent", False)),
    (18, "the paid claim's date", addk("service_dates", D(2026, 10, 7))),
    (3, "short-term policy keyed as Marketplace", setk("plan_type", "individual_aca")),
    (5, "Original Medicare keyed as Medicare Advantage", setk("plan_type", "medicare_advantage")),
]


def main():
    allc = {c["n"]: c for c in (f() for f in cases.ALL)}
    caught = 0
    for n, what, mut in MUTATIONS:
        c = copy.deepcopy(allc[n])
        mut(c)
        path = glob.glob(os.path.join(make_set.HERE, f"{n:02d}-*"))
        path = [p for p in path if not p.endswith(".expected.json")][0]
        try:
            key = make_set.build_key(c, os.path.basename(path))
            errs = make_set.check(c, key, path)
        except SystemExit as e:
            errs = [str(e)]
        caught += bool(errs)
        print(f"{n:02d} {what}: {'reported: ' + errs[0] if errs else 'NOT REPORTED'}")
    print(f"{caught} of {len(MUTATIONS)} alterations reported")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
