"""Self-check of each answer key against its notice's own text model (blind intake set 23).

Returns a list of problems; make_set.py exits 1 when any notice has one.
"""
import re

from common import parse_date, deadline_for, d

CATEGORY_WORDS = {
    "medical_necessity": ["medically necessary", "medical necessity", "necesidad médica", "médicamente necesari"],
    "experimental_investigational": ["experimental", "investigational", "experimental o en investigación"],
    "prior_authorization": ["precertif", "authorization", "autorización previa"],
    "step_therapy": ["step therapy", "terapia escalonada"],
    "out_of_network": ["network", "fuera de la red"],
    "not_covered": ["not a covered", "no es un beneficio cubierto", "not covered"],
    "coding_billing": ["code", "modifier", "código"],
    "timely_filing": ["time limit for filing", "filing"],
    "coordination_of_benefits": ["coordination of benefits", "other health insurance", "coordinación"],
    "other": ["benefit maximum", "limit"],
}
PLAN_WORDS = {
    "employer_erisa": ["ERISA"],
    "individual_aca": ["individual", "Marketplace", "Mercado"],
    "medicare_advantage": ["Medicare Advantage"],
    "medicare": ["Original Medicare"],
    "medicare_part_d": ["PDP", "prescription drug plan"],
    "medicaid": ["Medicaid"],
    "chip": ["CHIP"],
    "fehb": ["FEHB"],
    "tricare": ["TRICARE"],
    "governmental": ["governmental"],
    "church": ["church plan"],
}
URGENT_WORDS = ["expedited", "fast", "acelerada", "rápida"]
NUMBER_WORDS = {"four": 4, "six": 6, "cuatro": 4, "seis": 6}
ALLOWED_HOSTS = {"HealthCare.gov"}


def _in(model, s):
    return " ".join(s.split()) in model


def _whole(model, code):
    return re.search(r"(?<![\w.-])" + re.escape(code) + r"(?![\w-])", model) is not None


def check(case, key, model):
    probs = []
    df = case.get("day_first", False)
    for f in ("patient_name", "member_id", "claim_number"):
        if f in key and not _in(model, key[f]):
            probs.append(f"{f} {key[f]!r} not in the notice's text")
    for f in ("procedure_codes", "diagnosis_codes"):
        for c in key.get(f, []):
            if not _whole(model, c):
                probs.append(f"{f}: {c} not a whole word in the text")
    for c in key.get("carc_codes", []):
        if not _in(model, c):
            probs.append(f"carc {c} not printed")
    an = case["anchors"]
    ctx, dt_text = an["notice_date"]
    if not _in(model, ctx):
        probs.append(f"notice-date anchor {ctx!r} not in text")
    if dt_text not in ctx:
        probs.append("notice-date text not inside its anchor")
    pd = parse_date(dt_text, df)
    if pd is None or pd.isoformat() != key["notice_date"]:
        probs.append(f"notice date {dt_text!r} reads {pd}, key {key['notice_date']}")
    if "service_dates" in key:
        got = []
        for s in an.get("service_dates", []):
            if not _in(model, s):
                probs.append(f"service date {s!r} not in text")
            p = parse_date(s, df)
            got.append(p.isoformat() if p else None)
        got = [g or "unreadable" for g in got]
        if sorted(set(got)) != key["service_dates"]:
            probs.append(f"service dates read {sorted(set(map(str, got)))}, key {key['service_dates']}")
        if key["service_dates"] != sorted(key["service_dates"]):
            probs.append("service dates not sorted")
    elif an.get("service_dates"):
        probs.append("service-date anchors but no keyed dates")
    cat = key["denial_category"]
    ev = an["denial_category"]
    if not _in(model, ev):
        probs.append(f"category evidence {ev!r} not in text")
    if not any(w.lower() in ev.lower() for w in CATEGORY_WORDS[cat]):
        probs.append(f"category evidence {ev!r} has no word of {cat}")
    pt = key["plan_type"]
    ev = an["plan_type"]
    if not _in(model, ev):
        probs.append(f"plan-type evidence {ev!r} not in text")
    if not any(w.lower() in ev.lower() for w in PLAN_WORDS[pt]):
        probs.append(f"plan-type evidence {ev!r} has no word of {pt}")
    if key["urgent"]:
        ev = an.get("urgent", "")
        if not ev or not _in(model, ev) or not any(w in ev.lower() for w in URGENT_WORDS):
            probs.append("urgent keyed without fast/expedited evidence in the text")
    # deadline recomputed from the spec, and a stated basis must be the notice's own words
    dl, basis = deadline_for(case)
    if (dl, basis) != (key["appeal_deadline"], key["deadline_basis"]):
        probs.append("deadline/basis differ from the recomputed ones")
    spec = case["deadline"]
    if spec[0] in ("days", "months", "date"):
        if not _in(model, basis):
            probs.append(f"stated basis {basis!r} is not the notice's own words")
    if spec[0] == "days" and str(spec[1]) not in basis:
        probs.append("basis does not carry its number of days")
    if spec[0] == "months" and str(spec[1]) not in basis and \
            not any(NUMBER_WORDS.get(w) == spec[1] for w in re.findall(r"\w+", basis.lower())):
        probs.append("basis does not carry its number of months")
    if spec[0] == "date":
        m = re.search(r"[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{1,2} de \w+ de \d{4}", basis)
        if not m or parse_date(m[0], df) != d(spec[1]):
            probs.append("stated date in the basis does not read as the keyed deadline")
    if key["appeal_deadline"] <= key["notice_date"]:
        probs.append("deadline not after the notice date")
    # the appeals address: its parts in order, each within 160 characters of the last
    parts = key["appeals_address"].split(", ")
    ok = False
    start = model.find(parts[0])
    while start >= 0 and not ok:
        pos = start + len(parts[0])
        for part in parts[1:]:
            i = model.find(part, pos)
            if i < 0 or i - pos > 160:
                break
            pos = i + len(part)
        else:
            ok = True
        start = model.find(parts[0], start + 1)
    if not ok:
        probs.append("appeals address parts not found in order, each near the last")
    # invented numbers and addresses only
    for m in re.finditer(r"(?<![\w-])(?:1-)?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?![\w-])", model):
        if not re.search(r"555[-. ]01\d\d$", m[0]):
            probs.append(f"phone-like number {m[0]!r} is not 555-01xx")
    for m in re.finditer(r"[\w.+-]+@[\w.-]+|(?<![\w@])(?:[\w-]+\.)+(?:com|org|net|gov|edu|us|io)\b", model):
        if not m[0].rstrip(".").endswith(".example") and m[0] not in ALLOWED_HOSTS:
            probs.append(f"address {m[0]!r} is not under .example")
    if "FICTIONAL" not in model and "FICTICIA" not in model and "FICTICIO" not in model:
        probs.append("no FICTIONAL / FICTICIA on the face")
    return probs
