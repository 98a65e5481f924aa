"""Date helpers: the printed text and the key come from one value. FICTIONAL set 32."""
import calendar
import datetime as _dt

D = _dt.date
TODAY = D(2026, 12, 6)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def us(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def long(d):
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def mon(d):
    return f"{MON3[d.month - 1]} {d.day}, {d.year}"


def es(d):
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def dmy(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def iso(d):
    return d.isoformat()


def plus_days(d, n):
    return d + _dt.timedelta(days=n)


def plus_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return D(y, m, min(d.day, calendar.monthrange(y, m)[1]))
