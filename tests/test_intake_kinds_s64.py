"""Intake on the kinds of notice the blind sets 42 and 43 missed (s64-intake), one synthetic notice per kind, each
written in other words, layouts and numbers than the notices that showed the kind.

Every notice here is FICTIONAL, typed for the test: invented people, plans, numbers and addresses.
"""
from __future__ import annotations

from datetime import date

from appeal_kit.intake import facts as intake_facts

TODAY = date(2026, 12, 6)


def _facts(text: str) -> dict:
    return intake_facts.extract_facts(text, today=TODAY)


def test_a_legend_of_remark_codes_gives_only_the_denied_lines_codes():
    # (L) the lines carry the plan's own codes; the legend gives every code its CARC, a paid line's and unused ones
    notice = """Example Benefit Plan - Explanation of Benefits (FICTIONAL SAMPLE)
Statement date: 11/20/2026
Patient: Dana Example
Member ID: EXA-100200
Claim number: EX-2026-5550

Service date    Code     Billed     Plan paid    Remark
10/05/2026      97110    $90.00     $72.00       K2
10/12/2026      97110    $90.00     $0.00        K9
10/19/2026      97110    $90.00     $0.00        K9

Remark code legend
K2     PR-2      Your coinsurance share.
K9     Co-119    The yearly visit limit has been reached.
M4     CO-50     Not medically necessary.
"""
    f = _facts(notice)
    assert f["carc_codes"] == ["CO-119"]
    assert f["denial_category"] == "benefit_limit"


def test_a_legend_read_alone_keeps_its_codes():
    notice = """Example Plan (FICTIONAL SAMPLE)
Notice date: 11/20/2026
We did not pay the claim. Reason codes used by our plan:
K2     CO-45     The charge is more than the allowed amount.
K9     CO-119    The yearly visit limit has been reached.
"""
    assert set(_facts(notice)["carc_codes"]) == {"CO-45", "CO-119"}


def test_the_notice_says_its_review_was_urgent():
    # (U) the kind of review said of the notice itself, another word between ("urgent inpatient review")
    notice = """Example Review Co. (FICTIONAL SAMPLE)
Date: November 2, 2026
Member: Lee Example   Member ID: EXM-5512
This was an expedited inpatient review. We do not approve more days of care. You may appeal within 180 days."""
    assert _facts(notice)["urgent"] is True
    offered = notice.replace("This was an expedited inpatient review. ", "") + " You may ask for an expedited appeal."
    assert not _facts(offered)["urgent"]


def test_cliente_labels_the_patient_in_spanish():
    notice = """Plan de Salud Mental Ejemplo (MUESTRA FICTICIA)
Fecha del aviso    3 de noviembre de 2026
Cliente    Marta Ejemplo Ruiz
Número de cliente    EJ-0042
Número de reclamo    EJR-2026-77
"""
    assert _facts(notice)["patient_name"] == "Marta Ejemplo Ruiz"


def test_an_attached_message_dates_and_a_decision_that_stands():
    # (D) a message attached and shown inline under its own header; the letter's own date below it; a
    # reconsideration told by its answer, so the next level's window (OPM, as the letter prints it)
    notice = """From: Example Clinic <billing@clinic.example>
To: Sam Example <sam@mail.example>
Date: December 5, 2026
Subject: Fwd: letter

Please see the letter below.

---------- Attached message ----------
From: Example FEHB Plan <mail@plan.example>
Date: December 4, 2026
Subject: Your claim

Example Federal Employees Plan (FICTIONAL SAMPLE)
Date: December 1, 2026
Member    Sam Example
Member ID    R00012345
Claim    FB-2026-1

We have reconsidered our denial of your claim for the infusions given on 10/02/2026. Our decision stands.
If you disagree, you may ask OPM to review our decision. You must write to OPM within 90 days from the date of our
letter.
"""
    f = _facts(notice)
    assert f["notice_date"] == "2026-12-01"
    assert f["appeal_deadline"] == "2027-03-01"


def test_a_spanish_reconsideration_unfavorable_counts_the_judges_window():
    notice = """Entidad Ejemplo de Revisión (MUESTRA FICTICIA)
Fecha de la decisión: 2 de noviembre de 2026
Afiliada: Ana Ejemplo   N.º de miembro: EJ123456
Decisión de la reconsideración: DESFAVORABLE
Su plan no pagó el servicio (código 90868). Estamos de acuerdo con la decisión del plan.
Si no está de acuerdo
Puede pedir una audiencia ante un juez de derecho administrativo. Debe presentar su solicitud dentro de 60 días a
partir de la fecha en que reciba este aviso.
"""
    f = _facts(notice)
    assert f["appeal_deadline"] == "2027-01-01"
    assert "60 días" in f["deadline_basis"]


def test_a_receipt_after_the_service_label_in_another_clause():
    notice = """Example Student Plan (FICTIONAL SAMPLE)
Notice date: 11/02/2026
Dates of service: 04/01/2026, 04/08/2026
Denied: claims must be filed within 90 days of the date of service; it was received on 09/30/2026.
"""
    assert _facts(notice)["service_dates"] == ["2026-04-01", "2026-04-08"]
