"""Self-check of set 22's keys (FICTIONAL notices): every keyed fact against the notice's own text model."""
import datetime as dt
import re

from common import deadline_for, norm, parse_date

CATEGORY_WORDS = {
    "medical_necessity": ["necess", "necesari"],
    "experimental_investigational": ["experimental", "investiga"],
    "prior_authorization": ["authoriz", "precertif", "autoriz", "referral"],
    "step_therapy": ["step therapy", "terapia escalonada"],
    "out_of_network": ["network", " red"],
    "not_covered": ["not on our drug list", "not covered", "exclu", "no cubre"],
    "coding_billing": ["code", "código"],
    "timely_filing": ["time limit", "plazo", "filed late"],
    "coordination_of_benefits": ["coordination of benefits", "coordinación de beneficios", "another payer"],
    "other": [""],
}
PLAN_WORDS = {
    "employer_erisa": ["employer", "patrono", "self-funded", "autofinanciado"],
    "individual_aca": ["individual"],
    "medicare_advantage": ["medicare advantage"],
    "medicare_part_d": ["prescription drug plan", "part d"],
    "medicare": ["part b", "medicare"],
    "medicaid": ["medicaid", "medical assistance"],
    "chip": ["chip"],
    "fehb": ["federal employees", "fehb"],
    "tricare": ["tricare"],
    "church": ["church"],
    "governmental": ["governmental", "gubernamental"],
}
URGENT_WORDS = ["expedit", "fast", "rápid", "acelerad"]


def _in(needle, hay):
    return norm(needle) in hay


def _address_ok(addr, hay):
    parts = addr.split(", ")
    start = 0
    while True:
        i = hay.find(parts[0], start)
        if i < 0:
            return False
        end, ok = i + len(parts[0]), True
        for p in parts[1:]:
            j = hay.find(p, end)
            if j < 0 or j - end > 160:
                ok = False
                break
            end = j + len(p)
        if ok:
            return True
        start = i + 1


def check_case(case, key, text):
    """A list of misses (empty when every key is found as keyed)."""
    miss = []
    hay = norm(text)
    dayfirst = case.get("dayfirst", False)
    a = case["anchors"]
    for f in ("patient_name", "member_id", "claim_number"):
        if not _in(key[f], hay):
            miss.append(f"{f}: {key[f]!r} not in the text")
    for f in ("procedure_codes", "diagnosis_codes"):
        for c in key.get(f, []):
            if not re.search(r"(?<![\w.])" + re.escape(c) + r"(?![\w])", hay):
                miss.append(f"{f}: {c} not a whole word in the text")
    for c in key.get("carc_codes", []):
        if not _in(c, hay):
            miss.append(f"carc_codes: {c} not in the text")
    nd = a["notice_date"]
    if not _in(nd, hay):
        miss.append(f"notice_date anchor {nd!r} not in the text")
    d = parse_date(nd, dayfirst)
    if d is None or d.isoformat() != key["notice_date"]:
        miss.append(f"notice_date: anchor {nd!r} reads {d}, key {key['notice_date']}")
    if "service_dates" in key:
        got = []
        for s in a["service_dates"]:
            if not _in(s, hay):
                miss.append(f"service date anchor {s!r} not in the text")
            got.append(parse_date(s, dayfirst))
        if sorted(x.isoformat() for x in got if x) != key["service_dates"]:
            miss.append(f"service_dates: anchors read {got}, key {key['service_dates']}")
    elif a.get("service_dates"):
        miss.append("service date anchors given but no service_dates keyed")
    cat = a["denial_category"]
    if not _in(cat, hay):
        miss.append(f"denial_category evidence {cat!r} not in the text")
    if not any(w in cat.lower() for w in CATEGORY_WORDS[key["denial_category"]]):
        miss.append(f"denial_category evidence {cat!r} carries no word of {key['denial_category']}")
    pt = a["plan_type"]
    if not _in(pt, hay):
        miss.append(f"plan_type evidence {pt!r} not in the text")
    if not any(w in pt.lower() for w in PLAN_WORDS[key["plan_type"]]):
        miss.append(f"plan_type evidence {pt!r} carries no word of {key['plan_type']}")
    if key["urgent"]:
        u = a.get("urgent", "")
        if not u or not _in(u, hay) or not any(w in u.lower() for w in URGENT_WORDS):
            miss.append("urgent keyed true without fast/expedited words in the text")
    deadline, basis = deadline_for(case)
    if key["appeal_deadline"] != deadline.isoformat():
        miss.append(f"appeal_deadline {key['appeal_deadline']} != recomputed {deadline}")
    if key["deadline_basis"] != basis:
        miss.append(f"deadline_basis {key['deadline_basis']!r} != {basis!r}")
    if case["deadline"][0] != "rule" and not _in(basis, hay):
        miss.append(f"deadline_basis {basis!r} is not the notice's own words")
    if case["deadline"][0] == "date" and not _in(case["deadline"][1], hay):
        miss.append("stated deadline date not in the text")
    if dt.date.fromisoformat(key["appeal_deadline"]) <= dt.date.fromisoformat(key["notice_date"]):
        miss.append("deadline not after the notice date")
    if not _address_ok(key["appeals_address"], hay):
        miss.append(f"appeals_address parts not found in order: {key['appeals_address']!r}")
    # fiction: phones, mail and web addresses, and the word on the face
    for m in re.finditer(r"\b1-(\d{3})-(\d{4})\b", hay):
        if m[1] != "555" or not m[2].startswith("01"):
            miss.append(f"phone {m[0]} is not a 555-01xx number")
    for m in re.finditer(r"\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b", hay):
        miss.append(f"phone {m[0]} in another form")
    for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", hay):
        if not m[1].endswith(".example"):
            miss.append(f"e-mail domain {m[1]} is not .example")
    for m in re.finditer(r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|us|io)\b", hay, flags=re.I):
        miss.append(f"web address {m[0]} is not .example")
    if "FICTIONAL" not in hay and "FICTICIA" not in hay:
        miss.append("FICTIONAL / FICTICIA not on the face")
    return miss
