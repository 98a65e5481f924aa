"""Shared helpers for blind intake set 19 (FICTIONAL data only).

Date forms, deadline arithmetic, key order and the writing of keys.
"""
import calendar
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = dt.date(2026, 12, 4)  # every notice date must be before this day

KEY_ORDER = [
    "file", "_note", "patient_name", "member_id", "claim_number", "notice_date", "service_dates",
    "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
    "appeal_deadline", "deadline_basis", "appeals_address",
]

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]


def D(s):
    """ISO string to date."""
    return dt.date.fromisoformat(s)


def add_days(d, n):
    return d + dt.timedelta(days=n)


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def mdy(d, sep="/", pad=True):
    """Month first: 11/04/2026."""
    if pad:
        return f"{d.month:02d}{sep}{d.day:02d}{sep}{d.year}"
    return f"{d.month}{sep}{d.day}{sep}{d.year}"


def dmy(d, sep="/"):
    """Day first: 04/11/2026."""
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def mdy2(d):
    """Month first, two-digit year: 11/04/26."""
    return f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"


def long_en(d):
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def short_en(d):
    return f"{MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year}"


def long_es(d):
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def dd_mon_yyyy(d):
    """02-NOV-2026 (claim systems)."""
    return f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3].upper()}-{d.year}"


def date_forms(d):
    """Every printed form the self-check accepts for a date."""
    forms = {
        mdy(d), mdy(d, pad=False), dmy(d), mdy(d, "-"), dmy(d, "-"), mdy2(d), long_en(d), short_en(d),
        long_es(d), d.isoformat(), dd_mon_yyyy(d), f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
        f"{MONTHS_EN[d.month - 1][:3]}. {d.day}, {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
        f"{d.day} de {MONTHS_ES[d.month - 1][:3]}. de {d.year}", f"{d.day}/{MONTHS_ES[d.month - 1][:3]}/{d.year}",
        f"{d.month:02d}.{d.day:02d}.{d.year}",
    }
    return {f.lower() for f in forms}


def deadline_from(notice, rule):
    """rule: ('days', n) | ('months', n) | ('date', iso) counted from the notice date, no mailing days."""
    kind, n = rule
    if kind == "days":
        return add_days(notice, n)
    if kind == "months":
        return add_months(notice, n)
    if kind == "date":
        return D(n)
    raise ValueError(rule)


def make_key(**kw):
    """Key dict in the contract's order; fields that are None are left out."""
    key = {}
    for k in KEY_ORDER:
        if k in kw and kw[k] is not None:
            v = kw[k]
            if isinstance(v, dt.date):
                v = v.isoformat()
            if k == "service_dates":
                v = [x.isoformat() if isinstance(x, dt.date) else x for x in v]
            key[k] = v
    extra = set(kw) - set(KEY_ORDER)
    if extra:
        raise KeyError(f"unknown key fields {extra}")
    return key


def write_key(key):
    base = os.path.splitext(key["file"])[0]
    path = os.path.join(HERE, base + ".expected.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return path


def out(name):
    return os.path.join(HERE, name)
