"""Date writers for set 41 (FICTIONAL test set). The printed text and the key come from one value."""
import datetime as _dt

D = _dt.date
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def us(d):          # 11/24/2026
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def dmy(d):         # 24/11/2026
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def long(d):        # November 24, 2026
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def mil(d):         # 25 Nov 2026
    return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"


def es(d):          # 24 de noviembre de 2026
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


WRITERS = [us, dmy, long, mil, es]


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return D(y, m, min(d.day, calendar.monthrange(y, m)[1]))
