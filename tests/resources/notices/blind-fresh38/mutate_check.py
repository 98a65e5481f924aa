"""Not part of the build: plant wrong facts in memory and see that make_set.check reports each one.
    /work/main/.venv/bin/python mutate_check.py   (run after make_set.py; reads the built notices)"""
import datetime as dt
import glob
import os

import make_set
from cases import CASES

D = dt.date.fromisoformat
MUT = [
    (1, "paid claim's number as the claim", lambda c: c.update(claim="0426 3017 5520 0")),
    (2, "Medicare Number as the member ID", lambda c: c.update(member="3TY8-QP1-UK29")),
    (2, "fax header's date as the notice date", lambda c: c.update(notice=D("2026-11-19"))),
    (4, "sponsor as the patient", lambda c: c.update(name="SSgt Marcus D. Holloway")),
    (5, "OPM's box in the address", lambda c: c.update(addr=c["addr"][:2] + ["PO Box 7800"] + c["addr"][3:])),
    (6, "date of birth as the notice date", lambda c: c.update(notice=D("1990-11-12"))),
    (7, "the guardian as the patient", lambda c: c.update(name="Ana Villaseñor")),
    (8, "the daughter as the patient", lambda c: c.update(name="Priya Raman-Oakes")),
    (9, "subscriber's -01 ID", lambda c: c.update(member="PFT-208831-01")),
    (10, "ERISA for a state employees' plan", lambda c: c.update(plan="employer_erisa")),
    (12, "student ID as the member ID", lambda c: c.update(member="900417255")),
    (13, "urgency dropped", lambda c: c.update(urgent=False)),
    (14, "address parts out of order", lambda c: c.update(addr=[c["addr"][0], c["addr"][2], c["addr"][1], c["addr"][3]])),
    (15, "a trap's address", lambda c: c.update(addr=["Vida Dorada Medicare Advantage", "8200 NW 33rd St",
                                                      "Doral, FL 33122"])),
    (16, "paid line's code", lambda c: c.update(proc=["96365", "J3490", "99214"])),
    (17, "Date header's day as the notice date", lambda c: c.update(notice=D("2026-11-21"))),
    (18, "CO-119 kept as other", lambda c: c.update(carc=["CO-119"], cat="other")),
    (11, "wrong stated window", lambda c: c.update(window=("days", 120, c["window"][2]))),
]


def main():
    found = 0
    for n, what, f in MUT:
        c = CASES[n - 1]()
        stem = f"{n:02d}-{c['slug']}"
        path = glob.glob(os.path.join(make_set.HERE, stem + ".*"))
        path = [p for p in path if not p.endswith(".json")][0]
        fname = os.path.basename(path)
        if c["kind"] in ("jpeg", "png", "tiff_g4", "tiff_lzw", "pdf_img"):
            import render
            st = render.Style(**c.get("style", {}))
            render.to_image(c["blocks"], st)
            c["marks"] = st.marks
        f(c)
        errs = make_set.check(c, make_set.make_key(c, fname), path)
        found += bool(errs)
        print(f"{n:02d} {what}: {'reported' if errs else 'MISSED'}" + (f" ({errs[0]})" if errs else ""))
    print(f"{found} of {len(MUT)} alterations reported")


if __name__ == "__main__":
    main()
