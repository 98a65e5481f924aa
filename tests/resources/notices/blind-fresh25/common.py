"""FICTIONAL set 25: dates, deadline rules by plan type, the key's shape, and the self-check."""
import calendar, datetime as dt, re

MONTHS_EN = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS_EN.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS_ES = {m: i + 1 for i, m in enumerate(
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split())}

# plan type -> (days, citation): appeals-domain.md section 1 with 1c, docs/domain.md
RULES = {
    "employer_erisa": (180, "29 CFR 2560.503-1(h)(3)(i)"),
    "individual_aca": (180, "45 CFR 147.136(b)(3)"),
    "medicare_advantage": (65, "42 CFR 422.582(b)"),
    "medicare_part_d": (65, "42 CFR 423.582(b)"),
}
CATEGORIES = {"medical_necessity", "experimental_investigational", "prior_authorization", "step_therapy",
              "out_of_network", "not_covered", "coding_billing", "timely_filing", "other"}
PLAN_TYPES = {"employer_erisa", "individual_aca", "medicare_advantage", "medicare", "medicare_part_d", "medicaid",
              "fehb", "chip", "governmental", "church", "tricare"}
NUM_WORDS = {"four": 4, "six": 6, "cuatro": 4, "seis": 6, "sesenta": 60}


def d(s):
    return dt.date.fromisoformat(s)


def add_months(x, n):
    m = x.month - 1 + n
    y, m = x.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(x.day, calendar.monthrange(y, m)[1]))


def parse_date(s, day_first=False):
    s = s.strip()
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", s)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", s)
    if m:
        a, b = int(m[1]), int(m[2])
        return dt.date(int(m[3]), b, a) if day_first else dt.date(int(m[3]), a, b)
    m = re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2}), (\d{4})", s)
    if m:
        return dt.date(int(m[3]), MONTHS_EN[m[1].lower()], int(m[2]))
    m = re.fullmatch(r"(\d{1,2}) de ([a-z]+) de (\d{4})", s)
    if m:
        return dt.date(int(m[3]), MONTHS_ES[m[2]], int(m[1]))
    raise ValueError(f"cannot read date {s!r}")


def deadline_for(case):
    nd = d(case["key"]["notice_date"])
    spec = case["deadline"]
    kind = spec[0]
    if kind == "days":
        return (nd + dt.timedelta(days=spec[1])).isoformat(), spec[2]
    if kind == "months":
        return add_months(nd, spec[1]).isoformat(), spec[2]
    if kind == "date":
        return spec[1], spec[2]
    if kind == "rule":
        days, cite = RULES[case["key"]["plan_type"]]
        return (nd + dt.timedelta(days=days)).isoformat(), cite
    raise ValueError(kind)


KEY_ORDER = ["file", "_note", "patient_name", "member_id", "claim_number", "notice_date", "service_dates",
             "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
             "appeal_deadline", "deadline_basis", "appeals_address"]


def make_key(case, filename):
    k = dict(case["key"])
    k["file"] = filename
    k["appeal_deadline"], k["deadline_basis"] = deadline_for(case)
    k["appeals_address"] = ", ".join(case["address"])
    return {f: k[f] for f in KEY_ORDER if f in k}


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def check(case, key, text):
    """Every keyed value against the notice's own text model; returns a list of misses."""
    t = norm(text)
    tl = t.lower()
    miss = []
    es = case.get("lang") == "es"

    def has(v, what):
        if norm(v) not in t:
            miss.append(f"{what}: {v!r} not in the text")

    has(key["patient_name"], "patient_name")
    has(key["member_id"], "member_id")
    has(key["claim_number"], "claim_number")
    for f in ("procedure_codes", "diagnosis_codes", "carc_codes"):
        for c in key.get(f, []):
            if not re.search(r"(?<![\w.])" + re.escape(c) + r"(?![\w])", t):
                miss.append(f"{f}: {c} not a whole word in the text")
    a = case["anchors"]
    has(a["notice_date"], "notice_date anchor")
    if parse_date(a["notice_date"], es).isoformat() != key["notice_date"]:
        miss.append("notice_date anchor reads differently")
    nd = d(key["notice_date"])
    if nd > dt.date(2026, 12, 5):
        miss.append("notice date after 2026-12-05")
    if "service_dates" in key:
        got = []
        for s in a["service_dates"]:
            has(s, "service date anchor")
            got.append(parse_date(s, es).isoformat())
        if sorted(got) != key["service_dates"] or key["service_dates"] != sorted(key["service_dates"]):
            miss.append(f"service dates {got} vs key {key['service_dates']}")
        if any(d(x) >= nd for x in key["service_dates"]):
            miss.append("a service date not before the notice date")
    if key["denial_category"] not in CATEGORIES:
        miss.append("category name")
    if key["plan_type"] not in PLAN_TYPES:
        miss.append("plan type name")
    has(a["category"], "category evidence")
    has(a["plan"], "plan evidence")
    if key["urgent"]:
        if not a.get("urgent"):
            miss.append("urgent keyed without evidence")
        else:
            has(a["urgent"], "urgency evidence")
        if not re.search(r"expedit|fast|r[aá]pid|acelerad|urgent", a.get("urgent", ""), re.I):
            miss.append("urgency evidence has no fast word")
    elif a.get("urgent"):
        miss.append("urgency evidence for a key that is not urgent")
    dl, basis = deadline_for(case)
    if (dl, basis) != (key["appeal_deadline"], key["deadline_basis"]):
        miss.append("deadline recomputed differently")
    spec = case["deadline"]
    if spec[0] in ("days", "months"):
        has(basis, "deadline_basis (the notice's words)")
        nums = [int(x) for x in re.findall(r"\d+", basis)] + [v for w, v in NUM_WORDS.items() if w in basis.lower()]
        if spec[1] not in nums:
            miss.append("basis does not carry the window's number")
    elif spec[0] == "date":
        has(basis, "deadline_basis (the notice's words)")
        if spec[3] not in basis or parse_date(spec[3], es).isoformat() != key["appeal_deadline"]:
            miss.append("stated date does not read as the deadline")
    else:
        if basis != RULES[key["plan_type"]][1]:
            miss.append("rule basis is not the plan type's citation")
    # address parts in order, each within 160 characters of the last
    parts = case["address"]
    starts = [m.start() for m in re.finditer(re.escape(norm(parts[0])), t)]
    ok = False
    for s in starts:
        pos = s + len(norm(parts[0]))
        good = True
        for p in parts[1:]:
            j = t.find(norm(p), pos)
            if j < 0 or j - pos > 160:
                good = False
                break
            pos = j + len(norm(p))
        if good:
            ok = True
            break
    if not ok:
        miss.append("appeals address parts not found in order")
    for ph in re.findall(r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b", t):
        if not re.search(r"555[-. ]01\d\d$", ph):
            miss.append(f"phone-like number {ph} is not 555-01xx")
    for ph in re.findall(r"\b1-\d{3}-\d{4}\b", t):
        if not re.fullmatch(r"1-555-01\d\d", ph):
            miss.append(f"phone {ph} is not 1-555-01xx")
    for w in re.findall(r"\b[\w.-]+@[\w.-]+|\bwww\.[\w.-]+|https?://[\w./-]+", t):
        host = w.split("@")[-1].split("://")[-1].split("/")[0].rstrip(".")
        if not host.endswith(".example"):
            miss.append(f"address {w} is not .example")
    if not re.search(r"FICTIONAL|FICTICI", t):
        miss.append("no FICTIONAL on the face")
    return miss
