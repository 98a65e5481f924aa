"""Date writers and readers for blind set 43 (FICTIONAL set). Printed text and keys come from one value."""
import datetime as dt
import re

EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December"]
ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
      "noviembre", "diciembre"]


def D(s):
    return dt.date.fromisoformat(s)


def us(d):          # 11/09/2026
    return d.strftime("%m/%d/%Y")


def dmy(d):         # 09/11/2026
    return d.strftime("%d/%m/%Y")


def long(d):        # November 9, 2026
    return f"{EN[d.month - 1]} {d.day}, {d.year}"


def short(d):       # Nov 9, 2026
    return f"{EN[d.month - 1][:3]} {d.day}, {d.year}"


def caps(d):        # NOV 09 2026
    return f"{EN[d.month - 1][:3].upper()} {d.day:02d} {d.year}"


def es(d):          # 9 de noviembre de 2026
    return f"{d.day} de {ES[d.month - 1]} de {d.year}"


def parse(s, dayfirst=False):
    """Read one date written by a writer above; None when it is none of them."""
    s = s.strip()
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", s)
    if m:
        a, b, y = map(int, m.groups())
        return dt.date(y, b, a) if dayfirst else dt.date(y, a, b)
    m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", s)
    if m:
        name, day, y = m.groups()
        for i, full in enumerate(EN):
            if name in (full, full[:3]):
                return dt.date(int(y), i + 1, int(day))
    m = re.fullmatch(r"([A-Z]{3}) (\d{2}) (\d{4})", s)
    if m:
        for i, full in enumerate(EN):
            if m.group(1) == full[:3].upper():
                return dt.date(int(m.group(3)), i + 1, int(m.group(2)))
    m = re.fullmatch(r"(\d{1,2}) de ([a-z]+) de (\d{4})", s)
    if m and m.group(2) in ES:
        return dt.date(int(m.group(3)), ES.index(m.group(2)) + 1, int(m.group(1)))
    return None


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))
