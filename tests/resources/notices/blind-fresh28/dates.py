"""Date writers and a small date reader for set 28 (all my own code)."""
import datetime as dt
import re

EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"]
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre"]


def d(s):
    return dt.date.fromisoformat(s)


def L(x):  # November 3, 2026
    return f"{EN_M[x.month - 1]} {x.day}, {x.year}"


def U(x):  # 11/03/2026
    return f"{x.month:02d}/{x.day:02d}/{x.year}"


def S(x):  # 3 de noviembre de 2026
    return f"{x.day} de {ES_M[x.month - 1]} de {x.year}"


def DM(x):  # 03/11/2026, day first
    return f"{x.day:02d}/{x.month:02d}/{x.year}"


def MIL(x):  # 03-Nov-2026
    return f"{x.day:02d}-{EN_M[x.month - 1][:3]}-{x.year}"


def add_months(x, n):
    m = x.month - 1 + n
    y, m = x.year + m // 12, m % 12 + 1
    import calendar
    return dt.date(y, m, min(x.day, calendar.monthrange(y, m)[1]))


def read(s, day_first=False):
    """Read one printed date back (the formats this set prints)."""
    s = s.strip()
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", s)
    if m:
        a, b, y = map(int, m.groups())
        return dt.date(y, b, a) if day_first else dt.date(y, a, b)
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return dt.date(*map(int, m.groups()))
    m = re.fullmatch(r"([A-Z][a-z]+)\.? (\d{1,2}), (\d{4})", s)
    if m:
        mon = [x[:3] for x in EN_M].index(m.group(1)[:3]) + 1
        return dt.date(int(m.group(3)), mon, int(m.group(2)))
    m = re.fullmatch(r"(\d{1,2})-([A-Z][a-z]{2})-(\d{4})", s)
    if m:
        return dt.date(int(m.group(3)), [x[:3] for x in EN_M].index(m.group(2)) + 1, int(m.group(1)))
    m = re.fullmatch(r"(\d{1,2}) de ([a-z]+) de (\d{4})", s)
    if m:
        return dt.date(int(m.group(3)), ES_M.index(m.group(2)) + 1, int(m.group(1)))
    raise ValueError(f"cannot read date {s!r}")
