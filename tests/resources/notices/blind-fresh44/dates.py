"""Date writers (FICTIONAL set 44): the printed text and the key come from one value."""
from datetime import date, timedelta

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]


def en(d):
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def en_num(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def es(d):
    return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"


def es_num(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def forms(d):
    """Every way a date may be printed in this set."""
    return {en(d), en_num(d), es(d), es_num(d), f"{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}"}


def add_days(d, n):
    return d + timedelta(days=n)


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return date(y, m, day)
