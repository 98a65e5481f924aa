"""Shared helpers for the intake18 set: date forms, the key order, deadlines. FICTIONAL material only."""
import calendar
import datetime as dt
import json

D = dt.date
TODAY = D(2026, 12, 4)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
KEY_ORDER = ["file", "_note", "patient_name", "member_id", "claim_number", "notice_date", "service_dates",
             "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
             "appeal_deadline", "deadline_basis", "appeals_address"]


def us(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def dmy(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def long(d):
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def short(d):
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"


def es_long(d):
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def plus_days(d, n):
    return d + dt.timedelta(days=n)


def plus_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return D(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def date_forms(d):
    """Every printed form of a date the self-check accepts."""
    forms = {us(d), f"{d.month}/{d.day}/{d.year}", dmy(d), f"{d.day}/{d.month}/{d.year}", long(d), short(d),
             es_long(d), f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}",
             f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}", f"{MONTHS[d.month - 1][:3]}. {d.day}, {d.year}",
             f"{d.day} de {MESES[d.month - 1]} del {d.year}", d.isoformat(),
             f"{d.day:02d} {MONTHS[d.month - 1][:3]} {d.year}"}
    return {f.lower() for f in forms}


def make_key(file, note, patient, member, claim, notice, services, procs, dx, carc, category, plan, urgent,
             deadline, basis, address):
    assert note.startswith("FICTIONAL")
    k = {"file": file, "_note": note, "patient_name": patient, "member_id": member, "claim_number": claim,
         "notice_date": notice.isoformat(), "service_dates": [s.isoformat() for s in services] if services else None,
         "procedure_codes": procs or None, "diagnosis_codes": dx or None, "carc_codes": carc or None,
         "denial_category": category, "plan_type": plan, "urgent": urgent,
         "appeal_deadline": deadline.isoformat(), "deadline_basis": basis, "appeals_address": address}
    return {f: k[f] for f in KEY_ORDER if k[f] is not None}


def write_key(path, key):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(key, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
