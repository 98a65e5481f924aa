"""Not part of the build: alter keys in memory and confirm the self-check reports each one (FICTIONAL set 41)."""
import copy
import datetime as dt
import glob
import os

import cases as C
import make_set as M
from dates import D

HERE = os.path.dirname(os.path.abspath(__file__))


def m_key(n, field, value):
    def f(c):
        c["key"][field] = value
    return n, f"{n:02d} {field} -> {value!r}", f


MUTATIONS = [
    m_key(1, "member_id", "4WN7-HX2-RT58"),                      # the Medicare Number
    m_key(15, "notice_date", D(2026, 12, 1).replace(year=1968)),  # the DOB 01/12/1968
    m_key(2, "notice_date", D(2026, 12, 3)),                      # the e-mail's Date header
    m_key(9, "claim_number", "BB-26-1020-318804"),                # the paid claim
    m_key(9, "procedure_codes", ["64405", "99213"]),              # a paid line's code
    m_key(6, "member_id", "LFB-209917-01"),                       # the enrollee's number
    m_key(10, "plan_type", "employer_erisa"),                     # church plan keyed as ERISA
    m_key(3, "urgent", False),                                    # urgency dropped
    m_key(14, "patient_name", "Sofía Quiñones"),                  # the daughter
    m_key(13, "service_dates", [D(2026, 2, 11), D(2026, 4, 11), D(2026, 6, 11)]),  # read month first
    m_key(17, "member_id", "26PA0193377"),                        # the PA number as member ID
    (5, "05 basis -> OPM's 90 days", lambda c: c.update(window=("days", 90, "within 90 days of our decision"))),
    (16, "16 window -> 10 días", lambda c: c.update(window=("days", 10, "dentro de 10 días"))),
    (7, "07 address out of order", lambda c: c.update(addr=[c["addr"][0], c["addr"][2], c["addr"][1],
                                                              c["addr"][3]])),
    (18, "18 notice date <- received 12/11/2026", lambda c: c.update(nd=("Fecha de la explicación:", "12/11/2026"))),
    m_key(4, "denial_category", "experimental"),                  # not a docs/domain.md name
]


def main():
    caught = 0
    for n, label, f in MUTATIONS:
        case = C.ALL[n - 1]()
        f(case)
        path = glob.glob(os.path.join(HERE, f"{n:02d}-*"))
        path = [p for p in path if not p.endswith(".expected.json")][0]
        model = None
        if case["kind"] == "img":
            img, text, marks = M.render_page(case["blocks"], 1728 if case["device"] == "dark_fax" else 1700,
                                             1.35 if case["device"] == "thumbnail" else 1.0)
            model = text + {"dark_fax": ["DIC-02-2026 07:18   DE: SENDERO SALUD UM   1-555-0163   P.001/001"],
                            "preview": ["10:42", "Mamá", "Hoy, 10:41", "Descargando 1,2 MB"]}.get(case["device"], [])
        key = M.build_key(case, os.path.basename(path))
        errs = M.check(case, key, path, model)
        print(("CAUGHT " if errs else "MISSED ") + label + ("  (" + errs[0] + ")" if errs else ""))
        caught += bool(errs)
    print(f"{caught} of {len(MUTATIONS)} alterations reported")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    raise SystemExit(main())
