"""Date writers for set 49 (FICTIONAL set): the printed text and the key come from one value."""
import datetime as dt

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def D(y, m, d):
    return dt.date(y, m, d)


def us(d):      # 11/09/2026
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def us1(d):     # 11/9/2026
    return f"{d.month}/{d.day}/{d.year}"


def long(d):    # November 9, 2026
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def short(d):   # Nov 9, 2026
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"


def es(d):      # 9 de noviembre de 2026
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def dmy(d):     # 09/11/2026
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def dmon(d):    # 09-NOV-2026
    return f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year}"


WRITERS = {"us": us, "us1": us1, "long": long, "short": short, "es": es, "dmy": dmy, "dmon": dmon}


def add_days(d, n):
    return d + dt.timedelta(days=n)


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))
