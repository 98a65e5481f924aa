"""Date writers: the printed text and the key come from one ISO value (FICTIONAL set 35)."""
import datetime as dt

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
FORMATS = ("long", "abbr", "us", "us1", "mil", "es", "dmy", "upper")


def d(iso):
    return dt.date.fromisoformat(iso)


def D(iso, fmt):
    x = d(iso)
    if fmt == "long":
        return f"{MONTHS[x.month-1]} {x.day}, {x.year}"
    if fmt == "upper":
        return f"{MONTHS[x.month-1].upper()} {x.day}, {x.year}"
    if fmt == "abbr":
        m = MONTHS[x.month-1]
        m = m if len(m) <= 4 else m[:3] + "."
        if x.month == 9:
            m = "Sept."
        return f"{m} {x.day}, {x.year}"
    if fmt == "us":
        return f"{x.month:02d}/{x.day:02d}/{x.year}"
    if fmt == "us1":
        return f"{x.month}/{x.day}/{x.year}"
    if fmt == "mil":
        return f"{x.day:02d} {MONTHS[x.month-1][:3].upper()} {x.year}"
    if fmt == "es":
        return f"{x.day} de {MESES[x.month-1]} de {x.year}"
    if fmt == "dmy":
        return f"{x.day:02d}/{x.month:02d}/{x.year}"
    raise ValueError(fmt)


def plus(iso, days):
    return (d(iso) + dt.timedelta(days=days)).isoformat()
