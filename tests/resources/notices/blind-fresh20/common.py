"""Shared helpers for blind intake set 20 (FICTIONAL notices): dates, deadlines, keys."""
import datetime as dt
import json
import calendar

KEY_ORDER = ["file", "_note", "patient_name", "member_id", "claim_number", "notice_date", "service_dates",
             "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
             "appeal_deadline", "deadline_basis", "appeals_address"]

FICT_EN = "FICTIONAL SAMPLE - invented people, plan and numbers - not a real notice"
FICT_ES = "MUESTRA FICTICIA - personas, plan y números inventados - no es un aviso real"

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def D(y, m, d):
    return dt.date(y, m, d)


def long_en(x):
    return f"{MONTHS_EN[x.month - 1]} {x.day}, {x.year}"


def abbr_en(x):
    return f"{MON_ABBR[x.month - 1]} {x.day}, {x.year}"


def us(x, sep="/"):
    return f"{x.month:02d}{sep}{x.day:02d}{sep}{x.year}"


def us2(x):
    return f"{x.month:02d}/{x.day:02d}/{x.year % 100:02d}"


def dmy(x, sep="/"):
    return f"{x.day:02d}{sep}{x.month:02d}{sep}{x.year}"


def long_es(x):
    return f"{x.day} de {MONTHS_ES[x.month - 1]} de {x.year}"


def iso(x):
    return x.isoformat()


def all_forms(x):
    """Every printed form of a date the self-check accepts."""
    return {long_en(x), abbr_en(x), us(x), us2(x), dmy(x), long_es(x), iso(x), f"{x.month}/{x.day}/{x.year}",
            f"{x.day}/{x.month}/{x.year}", us(x, "-"), dmy(x, "-"), dmy(x, "."),
            f"{x.day:02d}-{MON_ABBR[x.month-1].upper()}-{x.year}", f"{MON_ABBR[x.month-1]}. {x.day}, {x.year}",
            f"{x.day} de {MONTHS_ES[x.month - 1]}"}


def add_days(x, n):
    return x + dt.timedelta(days=n)


def add_months(x, n):
    m = x.month - 1 + n
    y = x.year + m // 12
    m = m % 12 + 1
    d = min(x.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, d)


def write_key(path, key):
    out = {}
    for k in KEY_ORDER:
        if k in key and key[k] is not None:
            v = key[k]
            if isinstance(v, dt.date):
                v = v.isoformat()
            if k == "service_dates":
                v = [s.isoformat() if isinstance(s, dt.date) else s for s in v]
            out[k] = v
    extra = set(key) - set(KEY_ORDER) - {"rule"}
    assert not extra, extra
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return out
