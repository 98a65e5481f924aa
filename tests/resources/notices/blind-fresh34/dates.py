"""Date writers: the printed text and the key come from one value (FICTIONAL set 34)."""
import datetime as dt

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def D(y, m, d):
    return dt.date(y, m, d)


def us(d):          # 11/13/2026
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def us_short(d):    # 11/13/26 is never used for keyed dates
    return f"{d.month}/{d.day}/{d.year % 100:02d}"


def long(d):        # November 13, 2026
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def abbr(d):        # Nov 13, 2026
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"


def caps(d):        # NOV 13, 2026
    return abbr(d).upper()


def dmy(d):         # 13/11/2026
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def es(d):          # 13 de noviembre de 2026
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def iso(d):
    return d.isoformat()


WRITERS = [us, long, abbr, caps, dmy, es, iso]


def parses_to(text, d):
    """True when `text` is `d` written by one of the writers."""
    return any(w(d) == text for w in WRITERS)
