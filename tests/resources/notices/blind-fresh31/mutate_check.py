"""Not part of the build: alter keys in memory and confirm make_set.check() reports each alteration."""
import copy
import make_set as M
import cases as C


def run():
    found = total = 0
    alts = [
        (5, "the mother as the patient", lambda k, c: k.update(patient_name="Marisol Quintero")),
        (5, "the household case number as the ID", lambda k, c: k.update(member_id="7710294433")),
        (6, "the paid claim's number", lambda k, c: k.update(claim_number="2026287 00412")),
        (6, "the paid line's code", lambda k, c: k["procedure_codes"].append("90837")),
        (2, "the Medicare ID as the member ID", lambda k, c: k.update(member_id="7QK2-WN4-TX81")),
        (12, "the DOB as the notice date", lambda k, c: c.update(nd=("Date of birth:", "11/27/1979",
                                                                   C.date(1979, 11, 27)))),
        (14, "a basis not in the notice", lambda k, c: c.update(window=("days", 90, "within 90 days"))),
        (13, "address parts out of order", lambda k, c: c.update(addr=list(reversed(c["addr"])))),
        (4, "urgency without evidence", lambda k, c: k.update(urgent=True)),
        (9, "the e-mail date as the notice date", lambda k, c: c.update(nd=("Date:", "Tue, 10 Nov 2026",
                                                                          C.date(2026, 11, 10)))),
    ]
    for n, what, fn in alts:
        case = copy.deepcopy(C.CASES[n - 1]())
        key = M.build_key(case, "x")
        fn(key, case)
        if case["nd"] != C.CASES[n - 1]()["nd"] or case["window"] != C.CASES[n - 1]()["window"] or \
                case["addr"] != C.CASES[n - 1]()["addr"]:
            key2 = M.build_key(case, "x")
            key.update({k: v for k, v in key2.items() if k in ("notice_date", "appeal_deadline", "deadline_basis",
                                                               "appeals_address")})
        probs = M.check(case, key)
        total += 1
        found += bool(probs)
        print(("reported " if probs else "MISSED   ") + f"{n:02d} {what}: {probs[:1]}")
    print(f"{found} of {total} alterations reported")
    return found == total


if __name__ == "__main__":
    raise SystemExit(0 if run() else 1)
