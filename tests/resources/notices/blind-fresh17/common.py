"""Shared helpers of the intake17 set: date forms, keys in the contract's order. All FICTIONAL."""
import datetime as dt
import calendar

OUT = "/work/notes/intake17"
TODAY = dt.date(2026, 12, 4)
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]
FICT = "FICTIONAL - sample notice for software testing. Not a real plan, person or claim."
FICT_ES = "MUESTRA FICTICIA - aviso de ejemplo para pruebas de software. No es un plan, persona ni reclamación reales."

ORDER = ["file", "_note", "patient_name", "member_id", "claim_number", "notice_date", "service_dates",
         "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
         "appeal_deadline", "deadline_basis", "appeals_address"]


def D(s):
    return dt.date.fromisoformat(s)


def long_en(d):
    return f"{calendar.month_name[d.month]} {d.day}, {d.year}"


def short_en(d):
    return f"{calendar.month_abbr[d.month]} {d.day}, {d.year}"


def us(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def us_nz(d):
    return f"{d.month}/{d.day}/{d.year}"


def dmy(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def es(d):
    return f"{d.day} de {MES[d.month - 1]} de {d.year}"


def add_days(d, n):
    return d + dt.timedelta(days=n)


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def key(file, note, **f):
    assert note.startswith("FICTIONAL")
    k = {"file": file, "_note": note}
    for name in ORDER[2:]:
        if name in f and f[name] is not None:
            v = f[name]
            if isinstance(v, dt.date):
                v = v.isoformat()
            if name == "service_dates":
                v = [x.isoformat() if isinstance(x, dt.date) else x for x in v]
            k[name] = v
    extra = set(f) - set(ORDER)
    assert not extra, extra
    return k


def date_forms(d):
    return [long_en(d), short_en(d), us(d), us_nz(d), dmy(d), es(d), f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}",
            d.isoformat(), f"{d.day} {calendar.month_abbr[d.month].upper()} {d.year}"]
