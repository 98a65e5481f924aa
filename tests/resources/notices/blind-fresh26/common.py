"""Shared pieces of blind intake set 26 (FICTIONAL): dates, the appeal-window rules, the key and the self-check.

Everything here is written for this set; nothing is taken from appeal-kit's code.
"""
import calendar
import datetime as dt
import re

D = dt.date

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]
NUM_WORDS = {"thirty": 30, "sixty": 60, "sixty-five": 65, "ninety": 90, "one hundred eighty": 180,
             "one hundred and eighty": 180, "four": 4, "six": 6, "treinta": 30, "sesenta": 60,
             "sesenta y cinco": 65, "noventa": 90, "ciento ochenta": 180, "cuatro": 4, "seis": 6}

# ---------------------------------------------------------------- date writing


def d(iso):
    return D.fromisoformat(iso)


def long_en(x):           # November 18, 2026
    return f"{EN_MONTHS[x.month - 1]} {x.day}, {x.year}"


def abbr_en(x):           # Nov 18, 2026
    return f"{EN_MONTHS[x.month - 1][:3]} {x.day}, {x.year}"


def mdy(x):               # 11/18/2026
    return f"{x.month:02d}/{x.day:02d}/{x.year}"


def mdy_short(x):         # 11/18/26
    return f"{x.month:02d}/{x.day:02d}/{x.year % 100:02d}"


def dmy(x):               # 18/11/2026
    return f"{x.day:02d}/{x.month:02d}/{x.year}"


def long_es(x):           # 18 de noviembre de 2026
    return f"{x.day} de {ES_MONTHS[x.month - 1]} de {x.year}"


def mil(x):               # 18NOV2026 style used by some military systems: "18 NOV 2026"
    return f"{x.day:02d} {EN_MONTHS[x.month - 1][:3].upper()} {x.year}"


def iso(x):
    return x.isoformat()


# ---------------------------------------------------------------- date reading (for the self-check only)

def read_date(text, day_first=False):
    """Read one date written in any of the forms above; None when it is not one."""
    t = text.strip().rstrip(".,")
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        return D(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", t)
    if m:
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        y = y + 2000 if y < 100 else y
        return D(y, b, a) if day_first else D(y, a, b)
    m = re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2}), (\d{4})", t)
    if m:
        for i, name in enumerate(EN_MONTHS):
            if name.lower().startswith(m[1].lower()) and len(m[1]) >= 3:
                return D(int(m[3]), i + 1, int(m[2]))
    m = re.fullmatch(r"(\d{1,2}) ([A-Za-z]{3}) (\d{4})", t)
    if m:
        for i, name in enumerate(EN_MONTHS):
            if name[:3].lower() == m[2].lower():
                return D(int(m[3]), i + 1, int(m[1]))
    m = re.fullmatch(r"(\d{1,2}) de ([a-záéíóú]+) (?:de|del) (\d{4})", t.lower())
    if m and m[2] in ES_MONTHS:
        return D(int(m[3]), ES_MONTHS.index(m[2]) + 1, int(m[1]))
    return None


# ---------------------------------------------------------------- windows


def add_months(x, n):
    y, m = divmod(x.month - 1 + n, 12)
    y += x.year
    m += 1
    return D(y, m, min(x.day, calendar.monthrange(y, m)[1]))


# The first-level window by plan type where the notice states none (appeals-domain.md with its 1c
# corrections, and docs/domain.md's table). Counted from the notice date, no mailing days added.
RULES = {
    "employer_erisa": (180, "29 CFR 2560.503-1(h)(3)(i)"),
    "individual_aca": (180, "45 CFR 147.136(b)(3)"),
    "medicare_advantage": (65, "42 CFR 422.582(b)"),
    "medicare": (120, "42 CFR 405.942"),
    "medicare_part_d": (65, "42 CFR 423.582(b)"),
    "medicaid_managed_care": (60, "42 CFR 438.402(c)(2)(ii)"),
    "fehb": ("6 months", "5 CFR 890.105(b)(1)"),
    "chip": (60, "42 CFR 457.1260, applying 42 CFR 438.402(c)(2)(ii)"),
    "governmental": (180, "45 CFR 147.136(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"),
    "church": (180, "26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"),
    "tricare": (90, "32 CFR 199.10"),
}

PLAN_TYPES = {"employer_erisa", "individual_aca", "medicare_advantage", "medicare", "medicare_part_d", "medicaid",
              "fehb", "chip", "governmental", "church", "tricare"}
CATEGORIES = {"medical_necessity", "experimental_investigational", "prior_authorization", "step_therapy",
              "out_of_network", "not_covered", "coding_billing", "timely_filing", "benefit_limit",
              "coordination_of_benefits", "other"}


def deadline_for(notice_date, spec):
    """spec: ("days", n, words) | ("months", n, words) | ("date", anchor, words) | ("rule", rule_name)."""
    kind = spec[0]
    if kind == "days":
        return notice_date + dt.timedelta(days=spec[1]), spec[2]
    if kind == "months":
        return add_months(notice_date, spec[1]), spec[2]
    if kind == "date":
        return None, spec[2]       # read from the anchor by the check
    if kind == "rule":
        n, cite = RULES[spec[1]]
        if isinstance(n, str):
            return add_months(notice_date, int(n.split()[0])), cite
        return notice_date + dt.timedelta(days=n), cite
    raise ValueError(kind)


FIELD_ORDER = ["file", "_note", "patient_name", "member_id", "claim_number", "notice_date", "service_dates",
               "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
               "appeal_deadline", "deadline_basis", "appeals_address"]


def norm(s):
    s = s.replace("\u00ad", "").replace("\u2011", "-").replace("\u2010", "-")
    return re.sub(r"\s+", " ", s).strip()


def has_number(words, n):
    if re.search(rf"(?<!\d){n}(?!\d)", words):
        return True
    low = words.lower()
    return any(v == n and re.search(rf"\b{re.escape(k)}\b", low) for k, v in NUM_WORDS.items())


URGENT_WORDS = ("expedited", "fast", "urgent", "acelerad", "urgente", "rápid")


def check(case, key, text):
    """Every keyed fact against the notice's own text model. Returns a list of misses."""
    misses = []
    t = norm(text)
    low = t.lower()

    def need(s, what):
        if norm(s) not in t:
            misses.append(f"{what}: {s!r} not in the text")

    for f in ("patient_name", "member_id", "claim_number"):
        need(key[f], f)
    day_first = case.get("day_first", False)
    # notice date
    a = case["anchors"]["notice_date"]
    need(a, "notice_date anchor")
    nd = read_date(a, day_first)
    if nd is None or nd.isoformat() != key["notice_date"]:
        misses.append(f"notice_date: anchor {a!r} reads {nd}, key {key['notice_date']}")
    if nd and nd > D(2026, 12, 5):
        misses.append("notice_date after 2026-12-05")
    # service dates
    if "service_dates" in key:
        anchors = case["anchors"]["service_dates"]
        got = []
        for s in anchors:
            need(s, "service date anchor")
            r = read_date(s, day_first)
            if r is None:
                misses.append(f"service date anchor {s!r} unreadable")
            else:
                got.append(r.isoformat())
        if sorted(set(got)) != key["service_dates"]:
            misses.append(f"service_dates: anchors read {sorted(set(got))}, key {key['service_dates']}")
        if key["service_dates"] != sorted(key["service_dates"]):
            misses.append("service_dates not sorted")
        if any(x >= key["notice_date"] for x in key["service_dates"]):
            misses.append("a service date on or after the notice date")
    elif case["anchors"].get("service_dates"):
        misses.append("service date anchors but no service_dates key")
    for f in ("procedure_codes", "diagnosis_codes"):
        for c in key.get(f, []):
            if not re.search(rf"(?<![\w.]){re.escape(c)}(?![\w])", t):
                misses.append(f"{f}: {c} not a whole word in the text")
    for c in key.get("carc_codes", []):
        forms = case["anchors"].get("carc_forms", {}).get(c, [c])
        if not any(norm(x) in t for x in forms):
            misses.append(f"carc {c} not in the text")
    # category, plan type, urgency
    if key["denial_category"] not in CATEGORIES:
        misses.append(f"denial_category {key['denial_category']} not a domain name")
    need(case["anchors"]["category"], "category evidence")
    if key["plan_type"] not in PLAN_TYPES:
        misses.append(f"plan_type {key['plan_type']} not a domain name")
    need(case["anchors"]["plan_type"], "plan type evidence")
    ev = case["anchors"].get("urgent")
    if key["urgent"]:
        if not ev:
            misses.append("urgent keyed without evidence")
        else:
            need(ev, "urgency evidence")
            if not any(w in ev.lower() for w in URGENT_WORDS):
                misses.append("urgency evidence has no fast/expedited word")
    elif ev:
        misses.append("urgency evidence on a key that is not urgent")
    # deadline
    spec = case["deadline"]
    dl, basis = deadline_for(nd or d(key["notice_date"]), spec)
    if spec[0] == "date":
        need(spec[1], "stated deadline date")
        dl = read_date(spec[1], day_first)
    if dl is None or dl.isoformat() != key["appeal_deadline"]:
        misses.append(f"appeal_deadline: recomputed {dl}, key {key['appeal_deadline']}")
    if basis != key["deadline_basis"]:
        misses.append("deadline_basis differs from the spec")
    if spec[0] in ("days", "months"):
        need(key["deadline_basis"], "deadline_basis words")
        if not has_number(key["deadline_basis"], spec[1]):
            misses.append(f"deadline_basis does not carry {spec[1]}")
    elif spec[0] == "date":
        need(key["deadline_basis"], "deadline_basis words")
    # address, in order, each part near the last
    parts = case["address_parts"]
    if ", ".join(parts) != key["appeals_address"]:
        misses.append("appeals_address is not its parts joined")
    starts = [i for i in range(len(t)) if t.startswith(norm(parts[0]), i)]
    best = None
    for st in starts:
        pos, bad = st + len(norm(parts[0])) - 1, []
        for p in parts[1:]:
            i = t.find(norm(p), pos + 1)
            if i < 0:
                bad.append(f"address part {p!r} not found after position {pos}")
                break
            if i - pos > 160:
                bad.append(f"address part {p!r} {i - pos} characters after the last")
                break
            pos = i + len(norm(p)) - 1
        if not bad:
            best = []
            break
        best = bad if best is None else best
    if not starts:
        misses.append(f"address part {parts[0]!r} not in the text")
    elif best:
        misses += best
    # the traps: values a careless reader would take (a subscriber's ID, a paid line's code, a received date)
    vals = set()
    for f, v in key.items():
        if f in ("file", "_note"):
            continue
        vals.update(v if isinstance(v, list) else [v])
    for trap in case.get("traps", []):
        if trap in vals:
            misses.append(f"a trap keyed: {trap!r}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", trap) and norm(trap) not in t:
            misses.append(f"trap {trap!r} is not in the text")
    # phones, addresses, the FICTIONAL mark
    for m in re.finditer(r"555[-. )]*(\d{4})", t):
        if not m[1].startswith("01"):
            misses.append(f"phone 555-{m[1]} is not 555-01xx")
    for m in re.finditer(r"\b(?:www\.|https?://)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\.(com|org|net|gov|edu|mil|us)\b", low):
        misses.append(f"a real-looking address {m[0]}")
    if "fictional" not in low and "ficticia" not in low and "ficticio" not in low:
        misses.append("no FICTIONAL / FICTICIA mark")
    return misses
