"""Date writers for set 38 (FICTIONAL set). The printed text and the key come from one date value."""
import datetime as dt

EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December"]
ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
      "noviembre", "diciembre"]


def D(s):
    return dt.date.fromisoformat(s)


def long(d):            # November 30, 2026
    return f"{EN[d.month - 1]} {d.day}, {d.year}"


def upper(d):           # NOVEMBER 30, 2026
    return long(d).upper()


def abbr(d):            # Nov 30, 2026
    return f"{EN[d.month - 1][:3]} {d.day}, {d.year}"


def us(d):              # 11/30/2026
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def dmy(d):             # 30/11/2026
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def es(d):              # 30 de noviembre de 2026
    return f"{d.day} de {ES[d.month - 1]} de {d.year}"


def dmy_mon(d):         # 30-NOV-2026 (fax and imprinter style)
    return f"{d.day:02d}-{EN[d.month - 1][:3].upper()}-{d.year}"


WRITERS = [long, upper, abbr, us, dmy, es, dmy_mon]


def forms(d):
    return {w(d) for w in WRITERS}


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))
