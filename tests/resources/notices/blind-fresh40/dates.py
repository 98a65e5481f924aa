"""Date writers for set 40 (FICTIONAL set). One value, many printed forms."""
import datetime as dt

EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"]
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre"]


def D(y, m, d):
    return dt.date(y, m, d)


def long_en(d):            # December 1, 2026
    return f"{EN_M[d.month-1]} {d.day}, {d.year}"


def short_en(d):           # Nov 16, 2026
    return f"{EN_M[d.month-1][:3]} {d.day}, {d.year}"


def us(d):                 # 11/20/2026
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def us2(d):                # 10/13/26
    return f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"


def iso(d):                # 2026-11-24
    return d.isoformat()


def dmy_upper(d):          # 14-SEP-2026
    return f"{d.day:02d}-{EN_M[d.month-1][:3].upper()}-{d.year}"


def dmy_title(d):          # 18-Nov-2026
    return f"{d.day:02d}-{EN_M[d.month-1][:3]}-{d.year}"


def day_month_en(d):       # 20 Nov 2026
    return f"{d.day} {EN_M[d.month-1][:3]} {d.year}"


def dfirst(d):             # 20/11/2026 (day first)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def long_es(d):            # 17 de noviembre de 2026
    return f"{d.day} de {ES_M[d.month-1]} de {d.year}"


WRITERS = [long_en, short_en, us, us2, iso, dmy_upper, dmy_title, day_month_en, dfirst, long_es]


def printed_forms(d):
    return {w(d) for w in WRITERS}


def list_en(ds):           # July 6, 7, 8, 9 and 10, 2026 (one month)
    days = [str(x.day) for x in ds]
    return f"{EN_M[ds[0].month-1]} {', '.join(days[:-1])} and {days[-1]}, {ds[0].year}"


def list_es(ds):           # 5, 6, 7, 8 y 9 de octubre de 2026
    days = [str(x.day) for x in ds]
    return f"{', '.join(days[:-1])} y {days[-1]} de {ES_M[ds[0].month-1]} de {ds[0].year}"
