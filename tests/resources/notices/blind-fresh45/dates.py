"""Date writers and a reader for the forms this set prints (FICTIONAL set 45)."""
import datetime as dt
import re

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]


def D(s):
    return dt.date.fromisoformat(s)


def us(d):            # 11/09/2026
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def us_short(d):      # 11/9/26
    return f"{d.month}/{d.day}/{d.year % 100:02d}"


def long(d):          # November 9, 2026
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def abbr(d):          # Nov 9, 2026
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"


def es(d):            # 9 de noviembre de 2026
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def esnum(d):         # 09/11/2026 (day first)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def iso(d):
    return d.isoformat()


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def parse(s, dayfirst=False):
    """Read one printed date in the forms above; return a date or None."""
    s = s.strip()
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", s)
    if m:
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        try:
            return dt.date(y, b, a) if dayfirst else dt.date(y, a, b)
        except ValueError:
            return None
    m = re.fullmatch(r"([A-Z][a-z]+)\.? (\d{1,2}), (\d{4})", s)
    if m:
        for i, name in enumerate(MONTHS):
            if name.startswith(m[1][:3]):
                return dt.date(int(m[3]), i + 1, int(m[2]))
    m = re.fullmatch(r"(\d{1,2}) de ([a-z]+) de (\d{4})", s)
    if m and m[2] in MESES:
        return dt.date(int(m[3]), MESES.index(m[2]) + 1, int(m[1]))
    return None
