"""Self-check of each key against its notice's own text model. Returns a list of misses (empty when all found)."""
from __future__ import annotations

import re

from common import CATEGORIES, PLAN_TYPES, RULES, TODAY, d, deadline_for, read_date, EN_MONTHS

WORD_NUM = {"two": 2, "three": 3, "four": 4, "six": 6, "cuatro": 4, "seis": 6}


def norm(t: str) -> str:
    return re.sub(r"\s+", " ", t.replace("\u00a0", " ")).strip()


def read_dates(anchor: str, day_first: bool):
    """One date, or a list written with one month: 'October 12, 13, 14 and 15, 2026'."""
    one = read_date(anchor, day_first)
    if one:
        return [one]
    m = re.fullmatch(r"([A-Za-z]+) ((?:\d{1,2}, )*\d{1,2}) and (\d{1,2}), (\d{4})", anchor)
    if m and m[1].lower() in EN_MONTHS:
        days = [int(x) for x in m[2].split(", ")] + [int(m[3])]
        import datetime as dt
        return [dt.date(int(m[4]), EN_MONTHS[m[1].lower()], x) for x in days]
    return []


def in_order(text: str, parts: list[str], gap: int = 160) -> bool:
    start = 0
    while True:
        i = text.find(parts[0], start)
        if i < 0:
            return False
        pos = i + len(parts[0])
        ok = True
        for p in parts[1:]:
            j = text.find(p, pos)
            if j < 0 or j - pos > gap:
                ok = False
                break
            pos = j + len(p)
        if ok:
            return True
        start = i + 1


def check(case: dict, key: dict, model: str) -> list[str]:
    miss = []
    T = norm(model)
    es = case["lang"] == "es"
    an = case["anchors"]

    def need(cond, what):
        if not cond:
            miss.append(f"{case['num']}: {what}")

    for f in ("patient_name", "member_id", "claim_number"):
        need(norm(key[f]) in T, f"{f} {key[f]!r} not in the text")
    # notice date
    need(an["notice_date"] in T, f"notice-date anchor {an['notice_date']!r} not in the text")
    nd = read_date(an["notice_date"], es)
    need(nd is not None and nd.isoformat() == key["notice_date"], f"notice date anchor reads {nd}, key {key['notice_date']}")
    need(d(key["notice_date"]) <= TODAY, "notice date after today")
    # service dates
    if "service_dates" in key:
        got = []
        for a in an["service_dates"]:
            need(a in T, f"service-date anchor {a!r} not in the text")
            got += read_dates(a, es)
        need(sorted(x.isoformat() for x in got) == key["service_dates"], f"service dates read {got}, key {key['service_dates']}")
        need(key["service_dates"] == sorted(key["service_dates"]), "service dates not sorted")
        need(all(s < key["notice_date"] for s in key["service_dates"]), "a service date on or after the notice date")
    else:
        need(not an.get("service_dates"), "service-date anchors without keyed dates")
    # codes
    for f in ("procedure_codes", "diagnosis_codes"):
        for c in key.get(f, []):
            need(re.search(r"(?<![\w.])" + re.escape(c) + r"(?![\w]|\.\d)", T) is not None, f"{f} {c} not a whole word in the text")
    for c in key.get("carc_codes", []):
        need(re.search(r"(?<![\w-])" + re.escape(c) + r"(?!\d)", T) is not None, f"carc {c} not in the text")
    # category, plan type, urgency
    need(key["denial_category"] in CATEGORIES, f"unknown category {key['denial_category']}")
    need(key["plan_type"] in PLAN_TYPES, f"unknown plan type {key['plan_type']}")
    need(an["denial_category"] in T, f"category evidence {an['denial_category']!r} not in the text")
    need(an["plan_type"] in T, f"plan-type evidence {an['plan_type']!r} not in the text")
    if key["urgent"]:
        need(an.get("urgent") and an["urgent"] in T, "urgent without evidence in the text")
        need(re.search(r"expedit|fast|rápid|aceler", an["urgent"] or "", re.I) is not None, "urgency evidence has no fast word")
    else:
        need(an.get("urgent") is None, "urgency evidence given for a key that is not urgent")
    # deadline and basis
    spec = case["deadline"]
    dl, basis = deadline_for(spec, key["notice_date"], key["plan_type"])
    need(key["appeal_deadline"] == dl and key["deadline_basis"] == basis, "deadline or basis not as computed")
    if spec[0] == "rule":
        need(basis == RULES[key["plan_type"]][1], "rule basis is not the plan type's citation")
    else:
        need(norm(basis) in T, f"basis {basis!r} is not the notice's own words")
        if spec[0] in ("days", "months"):
            n = spec[1]
            need(re.search(rf"\b{n}\b", basis) is not None or any(
                w in basis.lower() and v == n for w, v in WORD_NUM.items()), "basis does not carry its number")
        else:
            m = re.search(r"([A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} de [a-z]+ de \d{4}|\d{2}/\d{2}/\d{4})", basis)
            need(m is not None and read_date(m[1], es) is not None and read_date(m[1], es).isoformat() == spec[1],
                 "stated deadline date does not read as the key")
    need(key["appeal_deadline"] > key["notice_date"], "deadline not after the notice date")
    # appeals address
    parts = [p for p in key["appeals_address"].split(", ")]
    need(in_order(T, parts), f"appeals address parts not found in order: {parts}")
    # fiction
    need(re.search(r"FICTIONAL|FICTICIA", T) is not None, "FICTIONAL not on the face")
    full = T + " " + " ".join(case.get("extra_text", []))
    for m in re.finditer(r"(?<![\d-])(?:1[-. ])?\(?(\d{3})\)?[-. ](\d{3})[-. ](\d{4})(?![\d-])", full):
        need(m[2] == "555" or (m[1] == "555"), f"phone-like number {m[0]!r} is not 555")
        if m[2] == "555":
            need(m[3].startswith("01"), f"phone {m[0]!r} not 555-01xx")
    for m in re.finditer(r"\b[\w.-]+\.(?:com|org|net|gov|edu|mil|us|io|example)\b", full, re.I):
        dom = m[0].lower()
        need(dom.endswith(".example") or dom == "healthcare.gov", f"web or e-mail address {m[0]!r} not .example")
    return miss
