"""Date helpers for set 46 (FICTIONAL)."""
import datetime as dt
EN = "January February March April May June July August September October November December".split()
ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
def d(s): return dt.date.fromisoformat(s)
def long_en(s): x = d(s); return f"{EN[x.month-1]} {x.day}, {x.year}"
def long_es(s): x = d(s); return f"{x.day} de {ES[x.month-1]} de {x.year}"
def us(s): x = d(s); return f"{x.month:02d}/{x.day:02d}/{x.year}"
def dmy(s): x = d(s); return f"{x.day:02d}/{x.month:02d}/{x.year}"
def plus_days(s, n): return (d(s) + dt.timedelta(days=n)).isoformat()
def plus_months(s, n):
    x = d(s); m = x.month - 1 + n; y = x.year + m // 12; m = m % 12 + 1
    import calendar
    return dt.date(y, m, min(x.day, calendar.monthrange(y, m)[1])).isoformat()
def plus_business(s, n):
    x = d(s)
    while n:
        x += dt.timedelta(days=1)
        if x.weekday() < 5: n -= 1
    return x.isoformat()
