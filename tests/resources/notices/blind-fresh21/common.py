"""Shared helpers for blind intake set 21 (FICTIONAL). Dates in English and Spanish, the rule table, key layout.

Everything this set writes is FICTIONAL: invented people, plans, providers and numbers.
"""
from datetime import date, timedelta
import calendar
import re

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
EN_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]

FICTIONAL_EN = "FICTIONAL SAMPLE: every person, plan, provider, address and number in this notice is invented."
FICTIONAL_ES = "MUESTRA FICTICIA (FICTIONAL): todas las personas, planes, proveedores, direcciones y números son inventados."


def d(iso):
    return date.fromisoformat(iso)


def long_en(x):
    x = d(x) if isinstance(x, str) else x
    return f"{EN_MONTHS[x.month - 1]} {x.day}, {x.year}"


def abbr_en(x):
    x = d(x) if isinstance(x, str) else x
    return f"{EN_ABBR[x.month - 1]} {x.day}, {x.year}"


def us(x, pad=True, yy=False):
    x = d(x) if isinstance(x, str) else x
    y = f"{x.year % 100:02d}" if yy else f"{x.year}"
    return f"{x.month:02d}/{x.day:02d}/{y}" if pad else f"{x.month}/{x.day}/{y}"


def dmy(x, sep="/"):
    x = d(x) if isinstance(x, str) else x
    return f"{x.day:02d}{sep}{x.month:02d}{sep}{x.year}"


def long_es(x):
    x = d(x) if isinstance(x, str) else x
    return f"{x.day} de {ES_MONTHS[x.month - 1]} de {x.year}"


def add_days(iso, n):
    return (d(iso) + timedelta(days=n)).isoformat()


def add_months(iso, n):
    x = d(iso)
    m = x.month - 1 + n
    y, m = x.year + m // 12, m % 12 + 1
    day = min(x.day, calendar.monthrange(y, m)[1])
    return date(y, m, day).isoformat()


# The first-appeal windows the domain reference gives (section 1, with 1c applied), counted from the notice date
# without mailing days. Each entry: plan type -> (counting, citation the key's deadline_basis carries).
RULES = {
    "employer_erisa": (("days", 180), "29 CFR 2560.503-1(h)(3)(i)"),
    "individual_aca": (("days", 180), "45 CFR 147.136(b)(3)"),
    "medicare_advantage": (("days", 65), "42 CFR 422.582"),
    "medicare_part_d": (("days", 65), "42 CFR 423.582"),
    "medicare": (("days", 120), "42 CFR 405.942"),
    "medicaid": (("days", 60), "42 CFR 438.402(c)(2)(ii)"),
    "fehb": (("months", 6), "5 CFR 890.105(b)(1)"),
    "tricare": (("days", 90), "32 CFR 199.10"),
}

PLAN_TYPES = {"employer_erisa", "individual_aca", "medicare_advantage", "medicare", "medicare_part_d", "medicaid",
              "fehb", "chip", "governmental", "church", "tricare", "short_term"}
CATEGORIES = {"medical_necessity", "experimental_investigational", "prior_authorization", "step_therapy",
              "out_of_network", "not_covered", "coding_billing", "timely_filing", "coordination_of_benefits", "other"}

# Words one of which the evidence for a category must hold (a sanity check of my own keys, not intake's rules).
CATEGORY_WORDS = {
    "medical_necessity": ["medically necessary", "medical necessity", "médicamente necesari", "necesidad médica",
                          "reasonable and necessary", "criteria", "criterios"],
    "experimental_investigational": ["experimental", "investigational", "investigación"],
    "prior_authorization": ["authorization", "precertification", "autorización"],
    "step_therapy": ["step therapy", "terapia escalonada", "first try", "probar primero", "tried"],
    "out_of_network": ["network", "red de proveedores", "fuera de la red"],
    "not_covered": ["not covered", "excluded", "exclusion", "no está cubierto", "no es un servicio cubierto", "no son un servicio cubierto", "no está cubierto", "not a covered"],
    "coding_billing": ["NDC", "billing", "coding", "facturación", "modifier"],
    "timely_filing": ["filing limit", "timely filing", "time limit for filing", "plazo para presentar"],
    "coordination_of_benefits": ["coordination of benefits", "primary", "coordinación de beneficios"],
    "other": ["maximum", "máximo", "terminó", "terminated", "ended", "limit"],
}

URGENT_WORDS = ["expedited", "fast", "rápida", "acelerada", "urgent", "urgente"]


def key(file, note, **fields):
    """An answer key in the blind-fresh20 shape: file, _note, then the facts (fields the notice lacks left out)."""
    out = {"file": file, "_note": note}
    order = ["patient_name", "member_id", "claim_number", "notice_date", "service_dates", "procedure_codes",
             "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent", "appeal_deadline",
             "deadline_basis", "appeals_address"]
    for k in order:
        if k in fields and fields[k] is not None:
            out[k] = fields[k]
    extra = set(fields) - set(order)
    if extra:
        raise ValueError(f"unknown key fields {extra}")
    return out


def parse_date_text(s, dayfirst=False):
    """Read a date as a person would: English or Spanish month names, or numbers (dayfirst when the notice says so)."""
    s = s.strip().rstrip(".,")
    low = s.lower()
    m = re.fullmatch(r"(\d{1,2}) de ([a-záéíóú]+) de (\d{4})", low)
    if m:
        return date(int(m.group(3)), ES_MONTHS.index(m.group(2)) + 1, int(m.group(1))).isoformat()
    m = re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2}), (\d{4})", s)
    if m:
        name = m.group(1).lower()
        for i, (full, ab) in enumerate(zip(EN_MONTHS, EN_ABBR)):
            if name == full.lower() or name == ab.lower().rstrip(".") or name == full.lower()[:3]:
                return date(int(m.group(3)), i + 1, int(m.group(2))).isoformat()
    m = re.fullmatch(r"(\d{1,2}) ([A-Za-z]{3}) (\d{4})", s)
    if m:
        i = [x[:3].lower() for x in EN_MONTHS].index(m.group(2).lower())
        return date(int(m.group(3)), i + 1, int(m.group(1))).isoformat()
    m = re.fullmatch(r"(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})", s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        y = y + 2000 if y < 100 else y
        return (date(y, b, a) if dayfirst else date(y, a, b)).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return s
    raise ValueError(f"cannot read date {s!r}")
