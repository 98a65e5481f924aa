"""Not part of the build: alter keys in memory and confirm make_set.check reports each (FICTIONAL set 37)."""
import copy
import datetime as dt
import glob
import os

import cases
import make_set as M
from kit import blocks_text, read_back

HERE = os.path.dirname(os.path.abspath(__file__))


def run(c, mutate_key=None, mutate_case=None):
    c = copy.deepcopy(c)
    if mutate_case:
        mutate_case(c)
    path = glob.glob(os.path.join(HERE, c["num"] + "-*"))
    path = [p for p in path if not p.endswith(".expected.json")][0]
    text = read_back(path) if "device" not in c else blocks_text(c["blocks"]) + "\n" + WORDS.get(c["num"], "")
    key = M.key_of(c, os.path.basename(path))
    if mutate_key:
        mutate_key(key)
    return set(M.check(c, path, text, key))


WORDS = {"01": "'26 12 03", "08": "Thu, Dec 3", "11": "DECEMBER 2026", "15": "4/12/26, 21:07"}
ALL = {c["num"]: c for c in (f() for f in cases.ALL)}
MUT = [
    ("02 subscriber as patient", "02", lambda k: k.update(patient_name="Gunnar Brandt"), None),
    ("02 subscriber's -01 ID", "02", lambda k: k.update(member_id="NBA-204-883-17-01"), None),
    ("14 Medicaid number as member ID", "14", lambda k: k.update(member_id="521884307"), None),
    ("18 DOB as notice date", "18", None, lambda c: c["keys"].update(notice_date=dt.date(1958, 11, 20))),
    ("01 group number as member ID", "01", lambda k: k.update(member_id="0088143"), None),
    ("03 paid claim's number", "03", lambda k: k.update(claim_number="R26-30918844"), None),
    ("05 church plan keyed ERISA", "05", lambda k: k.update(plan_type="employer_erisa"), None),
    ("17 state plan keyed ERISA", "17", lambda k: k.update(plan_type="employer_erisa"), None),
    ("08 urgency dropped", "08", lambda k: k.update(urgent=False), None),
    ("04 deadline off by a day", "04", lambda k: k.update(appeal_deadline="2027-05-09"), None),
    ("16 paid line's code", "16", lambda k: k["procedure_codes"].append("20553"), None),
    ("06 paid line's dx", "06", lambda k: k["diagnosis_codes"].append("F33.2"), None),
    ("11 address out of order", "11", lambda k: k.update(appeals_address="FEMBA Health Benefit Plan, PO Box 9104, "
                                                          "Attn: Disputed Claims Reconsideration, Arlington, VA 22219"),
     None),
    ("12 paid line's date", "12", None, lambda c: c["keys"]["service_dates"].insert(0, dt.date(2026, 10, 1))),
]
caught = 0
for name, num, mk, mc in MUT:
    base = run(ALL[num])
    new = run(ALL[num], mk, mc) - base
    caught += bool(new)
    print(("caught " if new else "MISSED ") + name + (": " + sorted(new)[0] if new else ""))
print(f"{caught} of {len(MUT)} alterations reported")
