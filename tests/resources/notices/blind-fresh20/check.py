"""Self-check of every key against its notice's own text model (FICTIONAL set 20)."""
import re
import datetime as dt
from common import KEY_ORDER, FICT_EN, FICT_ES, all_forms, add_days, add_months

CUTOFF = dt.date(2026, 12, 4)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def squash(s):
    return re.sub(r"[\s\-]", "", s).lower()


def present(value, text):
    t = norm(text)
    if norm(value) in t:
        return True
    return squash(value) in squash(text)


def check(key, text, rule, lang):
    """Returns a list of misses (empty when the key is consistent with its notice)."""
    miss = []
    keys = [k for k in KEY_ORDER if k in key]
    if list(key.keys()) != keys:
        miss.append("key order")
    if not key["_note"].startswith("FICTIONAL"):
        miss.append("_note must start with FICTIONAL")
    if "FICT" not in key["member_id"]:
        miss.append("member_id without FICT")
    fict = FICT_ES if lang == "es" else FICT_EN
    if norm(fict) not in norm(text):
        miss.append("FICTIONAL line missing")
    for f in ("patient_name", "member_id", "claim_number", "deadline_basis"):
        if f in key and not present(key[f], text):
            miss.append(f"{f} {key[f]!r} not in text")
    for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for c in key.get(f, []):
            if not present(c, text):
                miss.append(f"{f} {c!r} not in text")
    for part in key["appeals_address"].split(", "):
        if not present(part, text):
            miss.append(f"address part {part!r} not in text")
    nd = dt.date.fromisoformat(key["notice_date"])
    if not nd < CUTOFF:
        miss.append("notice date not before cutoff")
    if not any(norm(f) in norm(text) for f in all_forms(nd)):
        miss.append(f"notice date {nd} not printed")
    for s in key.get("service_dates", []):
        sd = dt.date.fromisoformat(s)
        if not sd < nd:
            miss.append(f"service date {s} not before notice date")
        if not any(norm(f) in norm(text) for f in all_forms(sd)):
            miss.append(f"service date {s} not printed")
    dl = dt.date.fromisoformat(key["appeal_deadline"])
    if "days" in rule:
        want = add_days(nd, rule["days"])
    elif "months" in rule:
        want = add_months(nd, rule["months"])
    else:
        want = rule["date"]
        if not any(norm(f) in norm(text) for f in all_forms(want)):
            miss.append("stated deadline date not printed")
    if dl != want:
        miss.append(f"deadline {dl} != {want}")
    if not isinstance(key["urgent"], bool):
        miss.append("urgent not boolean")
    if rule.get("stated", True) and "deadline_basis" not in key:
        miss.append("stated window without deadline_basis")
    if not rule.get("stated", True) and "deadline_basis" in key:
        miss.append("deadline_basis on a notice that states no window")
    return miss
