"""Shared bits for the blind-fresh9 cases. Everything is FICTIONAL."""
import datetime as dt

FICT_EN = "FICTIONAL NOTICE FOR SOFTWARE TESTING - every person, plan, number and address in it is invented."
FICT_ES = "AVISO FICTICIO (FICTIONAL) PARA PRUEBAS DE SOFTWARE - todas las personas, planes, números y direcciones son inventados."
NOTE_HEAD = "All people, plans, administrators, providers, numbers and addresses in this notice are FICTIONAL. "


def plus_days(iso, n):
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=n)).isoformat()


def plus_months(iso, n):
    d = dt.date.fromisoformat(iso)
    m = d.month - 1 + n
    return d.replace(year=d.year + m // 12, month=m % 12 + 1).isoformat()


def key(file, note, patient, member, claim, notice, services, procs, dx, cat, plan, urgent, deadline, basis,
        address, carc=None):
    k = {"file": file, "_note": NOTE_HEAD + note, "patient_name": patient, "member_id": member,
         "claim_number": claim, "notice_date": notice}
    if services is not None:
        k["service_dates"] = services
    if procs is not None:
        k["procedure_codes"] = procs
    if dx is not None:
        k["diagnosis_codes"] = dx
    k.update({"denial_category": cat, "plan_type": plan, "urgent": urgent, "appeal_deadline": deadline,
              "deadline_basis": basis, "appeals_address": address})
    if carc is not None:
        k["carc_codes"] = carc
    return k


def case(file, fmt, key, printed, content, traps, kind, **opts):
    """printed: the printed forms of dates (notice, service, stated deadline) that must occur in the text."""
    return dict(file=file, fmt=fmt, key=key, printed=printed, content=content, traps=traps, kind=kind, opts=opts)
