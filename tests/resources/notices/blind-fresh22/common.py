"""Shared helpers for blind intake set 22 (FICTIONAL notices): dates, the appeal-window rules, key shape."""
import calendar
import datetime as dt
import re

MONTHS_EN = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS_EN.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS_EN["sept"] = 9
MONTHS_ES = {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
             "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12}

# The rule for each plan type where a notice states no window (domain reference, section 1, 1c applied;
# docs/intake.md "Deadlines"). (kind, amount, citation)
RULES = {
    "employer_erisa": ("days", 180, "29 CFR 2560.503-1(h)(3)(i)"),
    "individual_aca": ("days", 180, "45 CFR 147.136(b)(3)"),
    "medicare_advantage": ("days", 65, "42 CFR 422.582"),
    "medicare_part_d": ("days", 65, "42 CFR 423.582"),
    "medicare": ("days", 120, "42 CFR 405.942"),
    "fehb": ("months", 6, "5 CFR 890.105(b)(1)"),
    "tricare": ("days", 90, "32 CFR 199.10"),
}

KEY_ORDER = ["file", "_note", "patient_name", "member_id", "claim_number", "notice_date", "service_dates",
             "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
             "appeal_deadline", "deadline_basis", "appeals_address"]


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def parse_date(s, dayfirst=False):
    """Read one date as a notice prints it; None when it is not a date."""
    t = s.strip().rstrip(".,;")
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})", t)
    if m:
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        if y < 100:
            y += 2000
        day, mon = (a, b) if dayfirst else (b, a)
        return dt.date(y, mon, day)
    m = re.fullmatch(r"(\d{1,2}) de ([a-záéíóú]+) de (\d{4})", t.lower())
    if m and m[2] in MONTHS_ES:
        return dt.date(int(m[3]), MONTHS_ES[m[2]], int(m[1]))
    m = re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2}),? (\d{4})", t)
    if m and m[1].lower() in MONTHS_EN:
        return dt.date(int(m[3]), MONTHS_EN[m[1].lower()], int(m[2]))
    m = re.fullmatch(r"(\d{1,2})[ -]([A-Za-z]+)\.?[ -](\d{4})", t)
    if m and m[2].lower() in MONTHS_EN:
        return dt.date(int(m[3]), MONTHS_EN[m[2].lower()], int(m[1]))
    return None


def iso(d):
    return d.isoformat()


def deadline_for(case):
    """(deadline, basis) from the case's deadline spec: a stated window, a stated date, or the plan type's rule."""
    spec = case["deadline"]
    nd = dt.date.fromisoformat(case["key"]["notice_date"])
    kind = spec[0]
    if kind == "days":
        return nd + dt.timedelta(days=spec[1]), spec[2]
    if kind == "months":
        return add_months(nd, spec[1]), spec[2]
    if kind == "date":
        return parse_date(spec[1], case.get("dayfirst", False)), spec[2]
    if kind == "rule":
        r = RULES[case["key"]["plan_type"]]
        d = nd + dt.timedelta(days=r[1]) if r[0] == "days" else add_months(nd, r[1])
        return d, r[2]
    raise ValueError(spec)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()
