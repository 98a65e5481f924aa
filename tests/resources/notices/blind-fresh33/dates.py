"""Date helpers: the printed text and the key come from one value (FICTIONAL set 33)."""
import datetime as dt

D = dt.date
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"]
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre"]


def f(d, style):
    """Print a date the way a notice does."""
    if style == "long":            # November 3, 2026
        return f"{EN_M[d.month-1]} {d.day}, {d.year}"
    if style == "us":              # 11/03/2026
        return d.strftime("%m/%d/%Y")
    if style == "dmy":             # 03/11/2026 (day first)
        return d.strftime("%d/%m/%Y")
    if style == "abbr":            # Nov 3, 2026
        return f"{EN_M[d.month-1][:3]} {d.day}, {d.year}"
    if style == "dmon":            # 03-NOV-2026
        return f"{d.day:02d}-{EN_M[d.month-1][:3].upper()}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "es":              # 3 de noviembre de 2026
        return f"{d.day} de {ES_M[d.month-1]} de {d.year}"
    raise ValueError(style)


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    import calendar
    return D(y, m, min(d.day, calendar.monthrange(y, m)[1]))
