"""Date writers: the notice text and the key both come from one date value. FICTIONAL set 30."""
import datetime as dt

D = dt.date
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]


def en(d):            # November 12, 2026
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def en_short(d):      # Nov 10, 2026
    return f"{MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year}"


def us(d):            # 11/12/2026
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def dmy(d):           # 13/11/2026
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def es(d):            # 20 de noviembre de 2026
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def es_abbr(d):       # 13-oct-2026
    return f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}"


def add_days(d, n):
    return d + dt.timedelta(days=n)


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    import calendar
    return D(y, m, min(d.day, calendar.monthrange(y, m)[1]))


FORMATS = {"en": en, "en_short": en_short, "us": us, "dmy": dmy, "es": es, "es_abbr": es_abbr}
