"""Intake on the kinds of notice the blind sets 36 and 37 missed (s61-intake), one synthetic notice per kind.

Every notice here is FICTIONAL, typed for the test: invented people, plans, numbers and addresses.
"""
from __future__ import annotations

from datetime import date

from appeal_kit.intake import facts as intake_facts
from appeal_kit.intake.deadlines import columns_apart

TODAY = date(2026, 12, 6)


def _facts(text: str) -> dict:
    return intake_facts.extract_facts(text, today=TODAY)


def test_a_limit_for_the_expedited_request_only_is_not_the_appeals():
    notice = """Example Military Health (FICTIONAL regional contractor)
Date: 19 November 2026
Beneficiary: Jane Q. Example
DoD Benefits Number: 10000000001
Authorization number: AUTH 26-0000-00001
We reviewed the request for partial hospitalization under TRICARE Prime. The program is not medically necessary.
You may request a reconsideration of this decision. The enclosed sheet explains the time limit that applies.
A request for a faster (expedited) reconsideration must be made within 3 calendar days of receiving this letter.
"""
    f = _facts(notice)
    assert f["appeal_deadline"] != "2026-11-22"
    assert "3 calendar days" not in (f["deadline_basis"] or "")
    spanish = ("Fecha: 19 de noviembre de 2026\nPuede pedir una reconsideración de esta decisión.\n"
               "Una reconsideración rápida debe pedirse dentro de 3 días de recibir esta carta.\n")
    assert "3 días" not in (_facts(spanish)["deadline_basis"] or "")
    # the standard and the fast request named together: the limit is the appeal's
    both = ("Date: November 2, 2026\nYou may appeal this decision. A standard or expedited appeal must be filed "
            "within 60 days of the date of this letter.\n")
    assert _facts(both)["appeal_deadline"] == "2027-01-01"


def test_a_role_word_before_a_member_id_label_and_the_patients_own_label():
    notice = """EXAMPLE HEALTH PARTNERS - TRICARE contractor (FICTIONAL)
EOB Date:                        11/23/2026
Sponsor:                         SFC John Example
Sponsor DoD ID:                  1000000001
Patient:                         Jane Example
Patient DBN:                     20000000002
"""
    assert _facts(notice)["member_id"] == "20000000002"


def test_two_columns_of_prose_side_by_side_are_read_one_after_the_other():
    page = """How to appeal                                       Where to send your appeal
You have 180 days after you receive this notice     Example Employee Health Plan
to request an appeal. You may send comments         c/o Example Benefit Administrators
and records with your appeal.                       PO Box 1000
                                                    Springfield, IL 62701
"""
    text = columns_apart(page)
    assert "You have 180 days after you receive this notice to request an appeal." in " ".join(text.split())
    f = _facts("Statement date:   November 13, 2026\nThis self-funded plan is governed by ERISA.\n\n" + page)
    assert f["deadline_basis"] and "to request an appeal" in f["deadline_basis"]
    assert "Example Employee Health Plan" not in f["deadline_basis"]
    # a table of label and value cells is no prose: left as it is
    table = "Date         Code    Billed\n10/01/2026   90837   $200.00\n10/08/2026   90837   $200.00\n"
    assert columns_apart(table) == table


def test_ocr_marks_after_a_member_id():
    notice = "Date: October 20, 2026\nParticipant:   Jon Example\nMember ID:     EXM-3000-117,-     SSN covered\n"
    assert _facts(notice)["member_id"] == "EXM-3000-117"


def test_a_spanish_therapists_title_does_not_end_the_sentence_of_the_care():
    notice = """Fecha: 9 de noviembre de 2026
Estimado Sr. Ejemplo: negamos el pago de la psicoterapia (código 90837) que le dio la Lic. Marta Ejemplo
los días 6 de octubre de 2026 y 13 de octubre de 2026, por ansiedad (F41.1).
"""
    assert _facts(notice)["service_dates"] == ["2026-10-06", "2026-10-13"]


def test_decided_on_an_expedited_basis_after_a_long_object():
    notice = ("Date: December 2, 2026\nWe made this decision on your request on an expedited (fast) basis, because "
              "your doctor told us that waiting could seriously harm your health.\n")
    assert _facts(notice)["urgent"] is True
    offer = "Date: December 2, 2026\nYou may ask us to decide your appeal on an expedited basis.\n"
    assert _facts(offer)["urgent"] is False


def test_a_fair_hearing_limit_said_as_what_the_office_must_receive():
    notice = """AVISO DE DECISIÓN - MUESTRA FICTICIA
FECHA DE ESTE AVISO:       20 DE NOVIEMBRE DE 2026
DECISIÓN: NEGADO.
SU DERECHO A UNA AUDIENCIA IMPARCIAL ESTATAL
PUEDE PEDIR UNA AUDIENCIA IMPARCIAL ESTATAL. DEBEMOS RECIBIR SU PEDIDO
DENTRO DE 45 DÍAS A PARTIR DE LA FECHA DE ENVÍO DE ESTE AVISO.
"""
    f = _facts(notice)
    assert f["appeal_deadline"] == "2027-01-04" and "45 DÍAS" in f["deadline_basis"]


def test_a_benefit_limit_reached_said_in_words():
    spanish = ("Fecha: 20 de noviembre de 2026\nDECISIÓN: NEGADO. USTED YA RECIBIÓ LAS 26 SESIONES QUE EL PROGRAMA "
               "CUBRE POR AÑO. SE ALCANZÓ EL LÍMITE DEL BENEFICIO.\n")
    assert _facts(spanish)["denial_category"] == "benefit_limit"
    english = ("Date: November 20, 2026\nWe denied the request because you have used all 20 visits your plan "
               "covers each year: the annual visit limit has been reached.\n")
    assert _facts(english)["denial_category"] == "benefit_limit"


def test_a_long_deadline_label_before_a_spanish_date():
    notice = ("Fecha de este aviso: 1 de diciembre de 2026\nCómo presentar una apelación\n"
              "Fecha límite para presentar una apelación: 5 de abril de 2027\n")
    assert _facts(notice)["appeal_deadline"] == "2027-04-05"


def test_medicares_not_reasonable_and_necessary_in_spanish():
    notice = ("Fecha de este aviso: 1 de diciembre de 2026\n(a) Medicare no paga servicios que no son razonables y "
              "necesarios para el diagnóstico o tratamiento de su afección.\n")
    assert _facts(notice)["denial_category"] == "medical_necessity"


FORM = """NOTICE OF ADVERSE BENEFIT DETERMINATION - FICTIONAL SAMPLE

1. Member
Name                          Jane Q. Example

Member ID                     EXM-2026-000001

5. Deadline to appeal
Deadline                      Your appeal must be received by May 10, 2027.

6. Where to send your appeal
Mail                          Example Life Insurance Company | Student Plan Appeals | Attention:
                              Grievance Coordinator | PO Box 1000 | Hartford, CT 06102
"""


def test_a_form_of_boxed_sections():
    f = _facts(FORM)
    assert f["patient_name"] == "Jane Q. Example"
    assert f["appeals_address"] == ("Example Life Insurance Company, Student Plan Appeals, Attention: Grievance "
                                    "Coordinator, PO Box 1000, Hartford, CT 06102")


def test_a_note_that_names_the_denied_lines_by_number():
    notice = """EXPLANATION OF BENEFITS - FICTIONAL SAMPLE
Date Prepared:   11/18/2026
Claim No.:       2026 0000 0001
Line  Service Date   Code    Service                   Billed    Paid
1     10/20/2026     90868   Magnetic stimulation      $310.00   $150.72
2     10/22/2026     90868   Magnetic stimulation      $310.00   $150.72
3     10/27/2026     90868   Magnetic stimulation      $310.00
4     10/29/2026     90868   Magnetic stimulation      $310.00

CO-119: The benefit maximum has been reached; lines 3 and 4 are sessions 31 and 32 and are not payable.
"""
    assert _facts(notice)["service_dates"] == ["2026-10-27", "2026-10-29"]


def test_a_prior_approval_number_is_the_requests_number():
    notice = "Letter date: November 12, 2026\nMember ID: R00000001\nPrior approval number: PA26-000-00001\n"
    assert _facts(notice)["claim_number"] == "PA26-000-00001"


def test_a_spanish_summary_notice_table_whose_approved_column_ocr_ran_on():
    notice = """Resumen de Medicare - MUESTRA FICTICIA
Fecha de este aviso:                 1 de diciembre de 2026
Número de reclamo / proveedor    Fecha    Servicio (código)                           ¿AprobadoPuede que le
21100-0000-0001 Clínica Ejemplo  10/14/2026 Estimulación magnética transcraneal,  sesión siguiente  No (a)  $289.00
                                          (90868)
                                 10/16/2026 Estimulación magnética transcraneal,  sesión siguiente  No (a)  $289.00
                                          (90868)
21100-0000-0002 Dr. Ejemplo      09/10/2026 Evaluación psiquiátrica con servicios  médicos (90792)  SÍ  $58.40
"""
    f = _facts(notice)
    assert f["claim_number"] == "21100-0000-0001"
    assert f["service_dates"] == ["2026-10-14", "2026-10-16"] and f["procedure_codes"] == ["90868"]
