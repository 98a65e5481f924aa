"""Self-check of set 21's keys (FICTIONAL) against each notice's own text model.

The text model is what the file says, read back from the file itself (pdftotext of the PDF a notice was drawn from,
the Word file's XML, the parsed e-mail, the plain text). Every keyed fact must be found in it, by its anchor."""
import re

from common import (RULES, PLAN_TYPES, CATEGORIES, CATEGORY_WORDS, URGENT_WORDS, add_days, add_months,
                    parse_date_text)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def has(text, s):
    return norm(s).lower() in norm(text).lower()


def has_code(text, code):
    return re.search(r"(?<![A-Za-z0-9])" + re.escape(code) + r"(?![A-Za-z0-9])", text) is not None


def check(case, text):
    """Return a list of misses (empty when every key is found)."""
    k, a = case["key"], case["anchors"]
    t = norm(text)
    miss = []

    def need(ok, what):
        if not ok:
            miss.append(what)

    need("FICTIONAL" in text or "FICTICIA" in text, "no FICTIONAL mark on the notice's face")
    need("FICTIONAL" in k["_note"] or "FICTICIA" in k["_note"], "no FICTIONAL mark in the key's _note")
    for f in ("patient_name", "member_id", "claim_number"):
        if f in k:
            need(has(t, k[f]), f"{f} {k[f]!r} not in the text")
    dayfirst = case.get("dayfirst", False)
    if "notice_date" in k:
        s = a["notice_date"]
        need(has(t, s), f"notice_date anchor {s!r} not in the text")
        need(parse_date_text(s, dayfirst) == k["notice_date"], f"notice_date anchor {s!r} is not {k['notice_date']}")
    if "service_dates" in k:
        isos = []
        for snippet, iso in a["service_dates"]:
            need(has(t, snippet), f"service date anchor {snippet!r} not in the text")
            try:
                got = parse_date_text(snippet, dayfirst)
                need(got == iso, f"service date anchor {snippet!r} reads {got}, not {iso}")
            except ValueError:
                pass  # an anchor like "19, 20, 21, 22 y 23 de octubre de 2026": checked by eye and listed in README
            isos.append(iso)
        need(sorted(set(isos)) == k["service_dates"], f"service_dates {k['service_dates']} != anchors {sorted(set(isos))}")
        need(k["service_dates"] == sorted(k["service_dates"]), "service_dates not sorted")
        need(all(s < k["notice_date"] for s in k["service_dates"]), "a service date after the notice date")
    for f in ("procedure_codes", "diagnosis_codes"):
        for c in k.get(f, []):
            need(has_code(t, c), f"{f} {c} not in the text")
    for c in k.get("carc_codes", []):
        g, n = c.split("-")
        need(has_code(t, c) or re.search(rf"\b{g}\s*-?\s*{n}\b", t) is not None, f"carc {c} not in the text")
    cat = k["denial_category"]
    need(cat in CATEGORIES, f"unknown category {cat}")
    ev = a["denial_category"]
    need(has(t, ev), f"category evidence {ev!r} not in the text")
    need(any(w.lower() in ev.lower() for w in CATEGORY_WORDS[cat]), f"category evidence {ev!r} has no {cat} word")
    pt = k["plan_type"]
    need(pt in PLAN_TYPES, f"unknown plan type {pt}")
    need(has(t, a["plan_type"]), f"plan type evidence {a['plan_type']!r} not in the text")
    if k["urgent"]:
        ev = a["urgent"]
        need(has(t, ev) and any(w in ev.lower() for w in URGENT_WORDS), f"urgent evidence {ev!r} missing")
    # the deadline, recomputed from the basis
    kind = a["deadline"]
    nd, dl, basis = k["notice_date"], k["appeal_deadline"], k["deadline_basis"]
    if kind[0] == "rule":
        (how, n), cite = RULES[pt]
        need(basis == cite, f"rule basis {basis!r} is not {cite!r}")
        want = add_days(nd, n) if how == "days" else add_months(nd, n)
        need(dl == want, f"rule deadline {dl} != {want}")
    else:
        need(has(t, basis), f"deadline_basis {basis!r} not in the text")
        if kind[0] == "days":
            need(str(kind[1]) in basis, f"basis {basis!r} does not say {kind[1]}")
            need(dl == add_days(nd, kind[1]), f"stated deadline {dl} != notice + {kind[1]} days")
        elif kind[0] == "months":
            need(dl == add_months(nd, kind[1]), f"stated deadline {dl} != notice + {kind[1]} months")
        elif kind[0] == "date":
            need(has(basis, kind[1]), f"basis {basis!r} does not hold the date {kind[1]!r}")
            need(parse_date_text(kind[1], dayfirst) == dl, f"stated date {kind[1]!r} is not {dl}")
    # the appeals address: every part, in order, close together (from any place the first part is found)
    low = t.lower()
    parts = [norm(p).lower() for p in k["appeals_address"].split(", ")]
    starts = [m.start() for m in re.finditer(re.escape(parts[0]), low)]
    best = None
    for st in starts:
        pos, bad = st + len(parts[0]), None
        for part in parts[1:]:
            i = low.find(part, pos)
            if i < 0 or i - pos > 160:
                bad = f"appeals address part {part!r} not found within 160 characters after the one before"
                break
            pos = i + len(part)
        if bad is None:
            best = None
            break
        best = bad
    if not starts:
        need(False, f"appeals address part {parts[0]!r} not in the text")
    elif best:
        need(False, best)
    # fictional contact details only
    for m in re.finditer(r"(?:\(\d{3}\)\s?|\b\d{3}[-.])(\d{3})[-.](\d{4})\b", text):
        need(m.group(1) == "555" and m.group(2).startswith("01"), f"phone {m.group(0)!r} is not 555-01xx")
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        need(m.group(0).lower().endswith(".example"), f"e-mail address {m.group(0)!r} is not .example")
    for m in re.finditer(r"(?:https?://|www\.)[^\s<>\"']+", text):
        host = re.sub(r"^(?:https?://)?", "", m.group(0)).split("/")[0].lower()
        need(host.endswith(".example"), f"web address {m.group(0)!r} is not .example")
    return miss
