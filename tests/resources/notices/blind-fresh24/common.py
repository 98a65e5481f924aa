"""Shared helpers for blind intake set 24 (FICTIONAL notices).

Dates, the appeal-window rules by plan type (from /work/shared/reference/appeals-domain.md with its section 1c
corrections, and docs/domain.md's table), and the shape of an answer key.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

TODAY = dt.date(2026, 12, 5)

# plan type -> (days or ("months", n), basis citation) where the notice states no window
RULES = {
    "employer_erisa": (180, "29 CFR 2560.503-1(h)(3)(i)"),
    "individual_aca": (180, "45 CFR 147.136(b)(3)"),
    "medicare_advantage": (65, "42 CFR 422.582(b)"),
    "medicare_part_d": (65, "42 CFR 423.582(b)"),
    "medicare": (120, "42 CFR 405.942"),
    "fehb": (("months", 6), "5 CFR 890.105(b)(1)"),
    "tricare": (90, "32 CFR 199.10"),
    "governmental": (180, "45 CFR 147.136(b)(2)(i)"),
    "church": (180, "26 CFR 54.9815-2719(b)(2)(i)"),
}

PLAN_TYPES = {"employer_erisa", "individual_aca", "medicare_advantage", "medicare", "medicare_part_d", "medicaid",
              "fehb", "chip", "governmental", "church", "tricare", "short_term", "unknown"}
CATEGORIES = {"medical_necessity", "experimental_investigational", "prior_authorization", "step_therapy",
              "out_of_network", "not_covered", "coding_billing", "timely_filing", "coordination_of_benefits",
              "other"}

KEY_ORDER = ["file", "_note", "patient_name", "member_id", "claim_number", "notice_date", "service_dates",
             "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
             "appeal_deadline", "deadline_basis", "appeals_address"]


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def add_months(day: dt.date, n: int) -> dt.date:
    m = day.month - 1 + n
    y = day.year + m // 12
    m = m % 12 + 1
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(day.day, last))


def deadline_for(spec: tuple, notice_date: str, plan_type: str) -> tuple[str, str]:
    """spec: ("days", n, words) | ("months", n, words) | ("date", iso, words) | ("rule",)"""
    nd = d(notice_date)
    kind = spec[0]
    if kind == "days":
        return (nd + dt.timedelta(days=spec[1])).isoformat(), spec[2]
    if kind == "months":
        return add_months(nd, spec[1]).isoformat(), spec[2]
    if kind == "date":
        return spec[1], spec[2]
    if kind == "rule":
        n, basis = RULES[plan_type]
        if isinstance(n, tuple):
            return add_months(nd, n[1]).isoformat(), basis
        return (nd + dt.timedelta(days=n)).isoformat(), basis
    raise ValueError(spec)


EN_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
EN_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
EN_MONTHS["sept"] = 9
ES_MONTHS = {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
             "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
             "ene": 1, "feb": 2, "mar": 3, "abr": 4, "may": 5, "jun": 6, "jul": 7, "ago": 8, "sep": 9, "oct": 10,
             "nov": 11, "dic": 12}


def read_date(text: str, day_first: bool = False) -> dt.date | None:
    """Read one date written in any way these notices write one; None when none or impossible."""
    t = text.strip().replace("\u00a0", " ")
    try:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})", t)
        if m:
            a, b, y = int(m[1]), int(m[2]), int(m[3])
            y = y + 2000 if y < 100 else y
            return dt.date(y, b, a) if day_first else dt.date(y, a, b)
        m = re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2}),? (\d{4})", t)
        if m and m[1].lower() in EN_MONTHS:
            return dt.date(int(m[3]), EN_MONTHS[m[1].lower()], int(m[2]))
        m = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+)\.?,? (\d{4})", t)
        if m and m[2].lower() in EN_MONTHS:
            return dt.date(int(m[3]), EN_MONTHS[m[2].lower()], int(m[1]))
        m = re.fullmatch(r"(\d{1,2})(?:\.?º)? de ([a-záéíóú]+) de(?:l)? (\d{4})", t.lower())
        if m and m[2] in ES_MONTHS:
            return dt.date(int(m[3]), ES_MONTHS[m[2]], int(m[1]))
        m = re.fullmatch(r"(\d{1,2})[ -]([a-z]{3})\.?[ -](\d{4})", t.lower())
        if m and m[2] in ES_MONTHS:
            return dt.date(int(m[3]), ES_MONTHS[m[2]], int(m[1]))
    except ValueError:
        return None
    return None


def us(day: str) -> str:
    x = d(day)
    return f"{x.month:02d}/{x.day:02d}/{x.year}"


def dm(day: str) -> str:
    x = d(day)
    return f"{x.day:02d}/{x.month:02d}/{x.year}"


def long_en(day: str, abbr: bool = False) -> str:
    x = d(day)
    name = calendar.month_abbr[x.month] + "." if abbr else calendar.month_name[x.month]
    if abbr and x.month == 5:
        name = "May"
    return f"{name} {x.day}, {x.year}"


ES_NAMES = ["", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre"]


def long_es(day: str) -> str:
    x = d(day)
    return f"{x.day} de {ES_NAMES[x.month]} de {x.year}"


def make_key(case: dict) -> dict:
    k = dict(case["key"])
    deadline, basis = deadline_for(case["deadline"], k["notice_date"], k["plan_type"])
    k["appeal_deadline"] = deadline
    k["deadline_basis"] = basis
    k["file"] = case["file"]
    k["_note"] = case["note"]
    out = {f: k[f] for f in KEY_ORDER if f in k}
    extra = set(k) - set(out)
    if extra:
        raise ValueError(f"{case['num']}: unknown key fields {extra}")
    return out
