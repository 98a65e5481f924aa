"""Shared helpers for blind intake set 23 (FICTIONAL notices).

Dates, the appeal-window table by plan type (from the domain reference, section 1 with 1c applied), and the
shape of an answer key. Everything here is written for this set.
"""
import datetime as dt
import re

HERE = __import__("os").path.dirname(__import__("os").path.abspath(__file__))

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]
MONTHS_MIL = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

# The plan type's own window where a notice states none (appeals-domain.md section 1, 1c applied;
# docs/domain.md's table). Only the ERISA row is used by this set's notices; the others are here so a case
# can name its plan type and get the rule a careful reader would apply.
RULES = {
    "employer_erisa": ("days", 180, "29 CFR 2560.503-1(h)(3)(i)"),
    "individual_aca": ("days", 180, "45 CFR 147.136(b)(3)"),
    "medicare_advantage": ("days", 65, "42 CFR 422.582(b)"),
    "medicare_part_d": ("days", 65, "42 CFR 423.582(b)"),
    "medicare": ("days", 120, "42 CFR 405.942"),
    "fehb": ("months", 6, "5 CFR 890.105(b)(1)"),
    "tricare": ("days", 90, "32 CFR 199.10"),
}


def d(s):
    """ISO string to date."""
    return dt.date.fromisoformat(s)


def add_months(day, n):
    m = day.month - 1 + n
    y = day.year + m // 12
    m = m % 12 + 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
            31][m - 1]
    return dt.date(y, m, min(day.day, last))


def deadline_for(case):
    """(appeal_deadline ISO, deadline_basis) from a case's deadline spec.

    ("days", n, words): a stated window of n days, counted from the notice date with no mailing days, also
    when the notice says "from the date you receive"; words are the notice's own.
    ("months", n, words): a stated window in calendar months, from the notice date.
    ("date", iso, words): a stated date, as printed.
    ("rule", plan_type): no window stated; the plan type's rule from the notice date, basis its citation.
    """
    spec = case["deadline"]
    nd = d(case["key"]["notice_date"])
    kind = spec[0]
    if kind == "days":
        return (nd + dt.timedelta(days=spec[1])).isoformat(), spec[2]
    if kind == "months":
        return add_months(nd, spec[1]).isoformat(), spec[2]
    if kind == "date":
        return spec[1], spec[2]
    if kind == "rule":
        unit, n, cite = RULES[spec[1]]
        if unit == "days":
            return (nd + dt.timedelta(days=n)).isoformat(), cite
        return add_months(nd, n).isoformat(), cite
    raise ValueError(spec)


KEY_ORDER = ["file", "_note", "patient_name", "member_id", "claim_number", "notice_date", "service_dates",
             "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
             "appeal_deadline", "deadline_basis", "appeals_address"]


def build_key(case, filename):
    k = dict(case["key"])
    k["appeal_deadline"], k["deadline_basis"] = deadline_for(case)
    k["file"] = filename
    k["_note"] = case["note"]
    out = {}
    for name in KEY_ORDER:
        if name in k:
            out[name] = k[name]
    extra = set(k) - set(KEY_ORDER)
    if extra:
        raise ValueError(f"{case['num']}: unknown key fields {sorted(extra)}")
    return out


def keyed_field_count(key):
    return sum(1 for name in key if name not in ("file", "_note"))


# ---- reading dates back from the notice's own words (for the self-check) ----

def parse_date(text, day_first=False):
    """Read one date written in any of the forms this set prints; None if it is not one."""
    try:
        return _parse_date(text, day_first)
    except ValueError:
        return None


def _parse_date(text, day_first=False):
    t = " ".join(text.replace("\u00a0", " ").split()).strip().rstrip(".,;")
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})", t)
    if m:
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        if y < 100:
            y += 2000
        return dt.date(y, b, a) if day_first else dt.date(y, a, b)
    m = re.fullmatch(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})", t)
    if m and m[2].upper() in MONTHS_MIL:
        return dt.date(int(m[3]), MONTHS_MIL.index(m[2].upper()) + 1, int(m[1]))
    m = re.fullmatch(r"(\d{1,2}) ([A-Z]{3}) (\d{4})", t)
    if m and m[2] in MONTHS_MIL:
        return dt.date(int(m[3]), MONTHS_MIL.index(m[2]) + 1, int(m[1]))
    m = re.fullmatch(r"([A-Z][a-z]+)\.? (\d{1,2}), (\d{4})", t)
    if m:
        for i, name in enumerate(MONTHS_EN):
            if name.startswith(m[1]) and len(m[1]) >= 3:
                return dt.date(int(m[3]), i + 1, int(m[2]))
    m = re.fullmatch(r"(\d{1,2}) de ([a-záéíóú]+) de (\d{4})", t.lower())
    if m and m[2] in MONTHS_ES:
        return dt.date(int(m[3]), MONTHS_ES.index(m[2]) + 1, int(m[1]))
    return None


def fmt_long(iso):
    x = d(iso)
    return f"{MONTHS_EN[x.month - 1]} {x.day}, {x.year}"


def fmt_us(iso):
    x = d(iso)
    return f"{x.month:02d}/{x.day:02d}/{x.year}"


def fmt_dmy(iso):
    x = d(iso)
    return f"{x.day:02d}/{x.month:02d}/{x.year}"


def fmt_es(iso):
    x = d(iso)
    return f"{x.day} de {MONTHS_ES[x.month - 1]} de {x.year}"


def fmt_mil(iso):
    x = d(iso)
    return f"{x.day:02d} {MONTHS_MIL[x.month - 1]} {x.year}"
