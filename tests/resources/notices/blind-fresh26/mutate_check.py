"""Try the self-check against altered keys (not part of the build): each alteration must be reported.

    /work/main/.venv/bin/python mutate_check.py
"""
import copy
import json
import tempfile
from pathlib import Path

import cases_en
import cases_es
import common
import make_set

HERE = Path(__file__).resolve().parent
ALTER = {
    "claim number": lambda k, c: k.update(claim_number="2026-318-447701"),
    "member ID with l for 1": lambda k, c: k.update(member_id=k["member_id"].replace("1", "l", 1)),
    "notice date": lambda k, c: k.update(notice_date="2026-11-13"),
    "a service date left out": lambda k, c: k.update(service_dates=k["service_dates"][1:]),
    "a trap (paid line code or received date)": lambda k, c: k.update(procedure_codes=k["procedure_codes"] + ["99205"]) if c["num"] == "01" else k.update(notice_date="2026-10-02"),
    "deadline": lambda k, c: k.update(appeal_deadline="2027-05-12"),
    "basis not the notice's words": lambda k, c: k.update(deadline_basis="180 days after receipt"),
    "address out of order": lambda k, c: k.update(appeals_address=", ".join(reversed(c["address_parts"]))),
    "urgent without evidence": lambda k, c: k.update(urgent=True),
    "category not a domain name": lambda k, c: k.update(denial_category="necessity"),
}


def main():
    cases = {c["num"]: c for c in cases_en.CASES + cases_es.CASES}
    with tempfile.TemporaryDirectory() as tmp:
        for num in ("01", "16"):
            c = cases[num]
            f = next(HERE.glob(f"{num}-*.expected.json"))
            key = json.loads(f.read_text(encoding="utf8"))
            src = Path(tmp) / f"{num}-source.pdf"
            import render
            render.pdf(c["blocks"], src, c.get("style", {}))
            text = render.text_model(src) + "\n" + "\n".join(n[2] for n in c.get("device_args", {}).get("notes", []))
            assert not common.check(c, key, text), "the unaltered key must pass"
            for name, fn in ALTER.items():
                k, cc = copy.deepcopy(key), copy.deepcopy(c)
                fn(k, cc)
                if name == "address out of order":
                    cc["address_parts"] = list(reversed(c["address_parts"]))
                if name in ("deadline", "basis not the notice's words"):
                    cc["deadline"] = ("days", 180, k["deadline_basis"]) if name.startswith("basis") else cc["deadline"]
                got = common.check(cc, k, text) if name != "deadline" else _deadline_miss(cc, k)
                print(f"{num} {name}: {'reported' if got else 'NOT REPORTED'}" + (f" ({got[0]})" if got else ""))


def _deadline_miss(c, k):
    dl, _ = common.deadline_for(common.d(k["notice_date"]), c["deadline"])
    return [] if dl.isoformat() == k["appeal_deadline"] else [f"recomputed {dl}, key {k['appeal_deadline']}"]


if __name__ == "__main__":
    main()
