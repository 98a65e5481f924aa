#!/usr/bin/env python3
"""Not part of the build: alter keys in memory and confirm the self-check reports each one. FICTIONAL set 32."""
import copy
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases as C  # noqa: E402
import make_set as M  # noqa: E402
from dates import D  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def text_of(c, path):
    if c["device"]:
        # the text model the image was drawn from (the device's own extra words are not needed here)
        import devices as V
        return V.blocks_text(c["blocks"])
    return M.read_back(c, path)


def run(n, what, mutate):
    c = C.CASES[n - 1]()
    path = glob.glob(os.path.join(HERE, f"{n:02d}-*"))
    path = [p for p in path if not p.endswith(".json")][0]
    key = M.build_key(c, os.path.basename(path))
    c2, key2 = copy.deepcopy(c), copy.deepcopy(key)
    mutate(c2, key2)
    errs = M.check(c2, key2, text_of(c, path), path)
    print(f"{n:02d} {what}: " + ("reported: " + errs[0] if errs else "NOT REPORTED"))
    return bool(errs)


def setk(f, v):
    def m(c, k):
        k[f] = v
        if f in c["key"]:
            c["key"][f] = v
    return m


def setkd(f, v):
    def m(c, k):
        c["key"][f] = v
        k[f] = v.isoformat()
    return m


def urgent_flip(c, k):
    k["urgent"] = not k["urgent"]
    c["key"]["urgent"] = k["urgent"]


def addr_swap(c, k):
    p = c["a"]["addr"]
    p[1], p[2] = p[2], p[1]
    k["appeals_address"] = ", ".join(p)


def dl_wrong(c, k):
    k["appeal_deadline"] = "2027-05-16"


tests = [
    (1, "the group number as member ID", setk("member_id", "GRP 0088412")),
    (2, "the subscriber's ID", setk("member_id", "QRL0093144701")),
    (3, "the DOB as the notice date", setkd("notice_date", D(1979, 11, 19))),
    (4, "a wrong stated-date deadline", dl_wrong),
    (5, "a paid claim's number", setk("claim_number", "CL-26-40017732")),
    (6, "a paid line's code", setk("procedure_codes", ["90870", "00104"])),
    (9, "the address out of order", addr_swap),
    (10, "ERISA for a state employees' plan", setk("plan_type", "employer_erisa")),
    (12, "the fax header's date as the notice date", setkd("notice_date", D(2026, 11, 20))),
    (14, "urgency dropped", urgent_flip),
    (15, "the son as the patient", setk("patient_name", "Rubén Ortiz")),
    (16, "the paid claim's code", setk("procedure_codes", ["90791"])),
    (17, "the paid claim's number", setk("claim_number", "12-26300-448-120")),
    (18, "the Medicare Number as member ID", setk("member_id", "7KX4-RR2-PD18")),
]
ok = sum(run(*t) for t in tests)
print(f"{ok} of {len(tests)} alterations reported")
sys.exit(0 if ok == len(tests) else 1)
