"""Intake on the kinds of notice the blind sets 34 and 35 missed (s60-intake), one synthetic notice per kind.

Every notice here is FICTIONAL, typed for the test: invented people, plans, numbers and addresses.
"""
from __future__ import annotations

from datetime import date

import pytest

from appeal_kit.intake import facts as intake_facts, textract

TODAY = date(2026, 12, 6)


def _facts(text: str) -> dict:
    return intake_facts.extract_facts(text, today=TODAY)


SUMMARY_NOTICE = """Medicare Summary Notice for Part B - FICTIONAL SAMPLE
Notice Date: November 2, 2026
Medicare Number: 9ZZ9-XX9-YY99

Your Claims for Part B
Pinewood Therapy Rooms (fictional). Claim number 0199 1111 2222 01. Medicare approved this claim.
Service provided and billing code   Date        Charged   Approved   Paid     You may be billed
Office visit (99213)                08/04/2026  $150.00   $98.00     $78.40   $19.60
Quarry Hill Infusions (fictional). Claim number 0199 3333 4444 02. Medicare denied this claim.
Service provided and billing code   Date        Charged   Approved   Paid     You may be billed
Infusion (96365)                    09/14/2026  $410.00   $0.00      $0.00    $410.00

How to File an Appeal
You must file by March 2, 2027. Send it to: Example Medicare Services, Redeterminations, PO Box 1000,
Fargo, ND 58100.
"""


def test_a_claim_heading_followed_by_what_the_payer_did_with_it():
    f = _facts(SUMMARY_NOTICE)
    assert f["claim_number"] == "0199 3333 4444 02"
    assert f["service_dates"] == ["2026-09-14"] and f["procedure_codes"] == ["96365"]
    spanish = SUMMARY_NOTICE.replace("Medicare approved this claim", "Medicare aprobó esta reclamación") \
        .replace("Medicare denied this claim", "Medicare negó esta reclamación").replace("Claim number", "Número de reclamación")
    f = _facts(spanish)
    assert f["claim_number"] == "0199 3333 4444 02" and f["procedure_codes"] == ["96365"]


HISTORY = """EXAMPLE BENEFIT SERVICES - CLAIMS HISTORY STATEMENT (FICTIONAL SAMPLE)
Statement run date:  11/19/2026
Member:              JANE Q. EXAMPLE
Member ID:           EBS-0000-0001

CLAIM CLM 2026-0101-001  (PAID)
-------------------------------
  DOS         CPT/HCPCS  DX      BILLED  PAID    CARC
  07/01/2026  90832      F43.10  120.00  96.00   PR-2

CLAIM CLM 2026-0202-002  (DENIED)  received 10/02/2026
------------------------------------------------------
  DOS         CPT/HCPCS  DX      BILLED  PAID  CARC
  02/03/2026  90837      F43.10  190.00  0.00  CO-29

APPEAL RIGHTS
You may appeal within 180 days following receipt of this statement.
"""


def test_a_block_heading_with_its_status_in_brackets_before_other_words():
    f = _facts(HISTORY)
    assert f["claim_number"] == "CLM 2026-0202-002"
    assert f["service_dates"] == ["2026-02-03"] and f["procedure_codes"] == ["90837"] and f["carc_codes"] == ["CO-29"]


TABLE_WITH_PENDING = """Example Kids Health (CHIP) - Explanation of Benefits - FICTIONAL SAMPLE
Statement date:    November 17, 2026
Member:            Sam Example
Member ID:         EKH-00000001

Claim number      Provider                     Service date   Code     Billed    Paid      Reason
2610-00-00001     Example Pediatrics           09/29/2026     99214    $185.00   $121.30   -
2610-00-00002     Example Anxiety Clinic       10/13/2026     90837    $240.00   $0.00     CO-242
2611-00-00003     Example Pediatrics           10/30/2026     96127    $25.00    $0.00     Pending

You may ask for an appeal within 60 calendar days from the date on this statement.
"""


def test_a_row_not_yet_decided_is_no_denial():
    f = _facts(TABLE_WITH_PENDING)
    assert f["claim_number"] == "2610-00-00002"
    assert f["service_dates"] == ["2026-10-13"] and f["procedure_codes"] == ["90837"]
    f = _facts(TABLE_WITH_PENDING.replace("Pending ", "En proceso"))
    assert f["procedure_codes"] == ["90837"]


PORTAL = """Claim EX-26-11-000003 | Example Health member portal
FICTIONAL SAMPLE - invented people, plan and numbers.

Claim details
Patient    Jo Example
Member ID    EXH0000000001
Claim number    EX-26-11-000003
EOB issued    11/18/2026
Service date    Code    Diagnosis    Billed    Plan paid    Reason
10/26/2026    90868    F33.1    $285.00    $0.00    CO-119

You may file an appeal within 180 days after you receive this notice.

Recent claims

EX-26-10-000001
10/02/2026 · 90834 · Paid
EX-26-11-000002
11/09/2026 · 99214 · Processing
EX-26-11-000003
10/26/2026 · 90868 · Denied
"""


def test_a_bare_list_of_recent_claims_is_no_part_of_the_denial():
    f = _facts(PORTAL)
    assert f["claim_number"] == "EX-26-11-000003"
    assert f["procedure_codes"] == ["90868"] and f["service_dates"] == ["2026-10-26"]
    spanish = PORTAL.replace("Paid", "Pagado").replace("Processing", "En proceso").replace("Denied", "Denegado") \
        .replace("Recent claims", "Reclamos recientes")
    assert _facts(spanish)["procedure_codes"] == ["90868"]


def test_an_address_with_a_building_in_a_spanish_sentence():
    text = """Plan de Salud Ejemplo (MUESTRA FICTICIA)
Fecha del aviso: 20/11/2026
Le negamos el reclamo porque su cobertura terminó.
Tiene 180 días a partir de la fecha de este aviso para apelar. Envíe su apelación a: Plan de Salud Ejemplo, Unidad de
Apelaciones, 100 Calle Mayor, Edificio B, Santa Fe, NM 87500, o por el buzón de mensajes de este portal.
"""
    assert _facts(text)["appeals_address"] == \
        "Plan de Salud Ejemplo, Unidad de Apelaciones, 100 Calle Mayor, Edificio B, Santa Fe, NM 87500"


def test_a_hearing_block_headed_by_the_state_agency():
    text = """STATE DEPARTMENT OF EXAMPLES - MEDICAID (FICTIONAL SAMPLE)
DATE SENT: 11/04/2026
The request is denied.
YOUR RIGHT TO A FAIR HEARING
Your hearing request must be received by February 2, 2027. Send it to:
  Example State Department of Health
  office of Administrative Hearings
  Attn: Medicaid Fair Hearings
  100 Example Avenue, 5th Floor
  Cheyenne, WY 82000
"""
    assert _facts(text)["appeals_address"] == ("Example State Department of Health, Office of Administrative Hearings, "
                                               "Attn: Medicaid Fair Hearings, 100 Example Avenue, 5th Floor, "
                                               "Cheyenne, WY 82000")
    spanish = """Autoridad de Salud Ejemplo (MUESTRA FICTICIA)
Fecha del aviso: 12 de noviembre de 2026
Negamos la solicitud.
Audiencia imparcial estatal
Tiene 90 días a partir de la fecha de este aviso para pedir una audiencia. Envíe el formulario adjunto a:
Autoridad de Salud Ejemplo (muestra)
Unidad de Audiencias de Salud
PO Box 100
Salem, OR 97300
"""
    assert _facts(spanish)["appeals_address"] == \
        "Autoridad de Salud Ejemplo (muestra), Unidad de Audiencias de Salud, PO Box 100, Salem, OR 97300"


def test_a_date_limit_under_a_heading_about_the_appeal():
    text = """Example Mutual Benefit Plan - FEHB carrier (FICTIONAL SAMPLE)
Date of this letter: November 19, 2026
We did not pay these two sessions: the brochure limits the therapy to 36 sessions a year.

Asking us to reconsider

If you think we made a mistake, write to us and explain why. Your request must reach us by May 19, 2027, which is six
months from the date of this letter.
"""
    f = _facts(text)
    assert f["appeal_deadline"] == "2027-05-19" and "must reach us by May 19, 2027" in f["deadline_basis"]


def test_an_office_named_for_appeals_is_no_appeal_to_a_plan():
    text = """DEPARTAMENTO DE SERVICIOS HUMANOS DE EJEMPLO - Medicaid de pago por servicio (MUESTRA FICTICIA)
Fecha de la notificación:     19 de noviembre de 2026
Revisamos de forma acelerada (urgente) la solicitud de su médico. La solicitud se deniega porque no es médicamente
necesaria.

SU DERECHO A UNA AUDIENCIA
Medicaid de Ejemplo no tiene una apelación previa con un plan: la audiencia es el primer paso. Si no está de acuerdo,
debe pedir la audiencia imparcial a más tardar el 18 de enero de 2027. Envíe su pedido a:
  Oficina de Apelaciones y Audiencias
  Apartado Postal 1000
  Little Rock, AR 72200
"""
    f = _facts(text)
    assert f["appeal_deadline"] == "2027-01-18" and "a más tardar el 18 de enero de 2027" in f["deadline_basis"]
    assert f["urgent"] is True


def test_plan_words_a_public_employer_medical_plan_a_church_plan_and_asking_for_a_review():
    text = """Example State Employees' Medical Plan (FICTIONAL SAMPLE)
Issued 11/16/2026
We could not pay the lines on this claim. If you disagree, you may request an appeal within 180 days.
"""
    assert _facts(text)["plan_type"] == "governmental"
    church = """EXAMPLE PINES BENEFIT PLAN
MINISTERS HEALTH BENEFIT PLAN - ACHURCH PLAN NOT SUBJECT TO ERISA (FICTIONAL SAMPLE)
DATE ISSUED:       11/06/2026
PARTIAL HOSPITALIZATION IS NOT A COVERED BENEFIT UNDER THE PLAN.

IF YOU DISAGREE
As a participant you have 180 days from the date of this statement to ask for a review.
"""
    f = _facts(church)
    assert f["plan_type"] == "church"
    assert f["appeal_deadline"] == "2027-05-05" and "to ask for a review" in f["deadline_basis"]


def test_a_fax_cover_that_counts_itself_in_its_pages_label():
    text = """FAX

Date:                  12/01/2026
To:                    Example Counseling Office
From:                  Billing Office, Example Partners (fictional)
Pages (with cover): 2
Re:                    Sam Example - TRICARE claim denial

NOV-09-2026 16:40  FROM: EXAMPLE CLAIMS  555 0170  PAGE 1 OF 1
Example Federal Claims - TRICARE claims processor (FICTIONAL SAMPLE)
Date:                   11/06/2026
Beneficiary:            Sam Example
Claim number:           TW 0000 1111 2222
Service date                 Procedure             Billed            Allowed           Reason
09/08/2025                   H0035                 $650.00           $0.00             CO-29
If you disagree, ask for a reconsideration in writing within 90 days from the date of this notice.
"""
    f = _facts(text)
    assert f["notice_date"] == "2026-11-06" and f["appeal_deadline"] == "2027-02-04"


def test_single_fields_a_prefix_in_two_parts_a_digit_for_a_diagnosis_letter_a_grouped_claim_in_a_re_line():
    text = """Example Life & Health Insurance Company (FICTIONAL SAMPLE)
Notice mailed:      11/20/2026
Student member:    Ann Example
Member ID:          ABC-SHIP 80000001
Student ID:        0000002
Claim:             EXL-26-00000-2
Diagnóstico en el reclamo: 263.8.
"""
    f = _facts(text)
    assert f["member_id"] == "ABC-SHIP 80000001" and f["diagnosis_codes"] == ["Z63.8"]
    letter = """Example Lake Health Cooperative (FICTIONAL SAMPLE)
Letter date:  November 12, 2026
Re: Member ID EX0000000001 - Claim 2026 0000 1111 3 - Marketplace Bronze plan
Dear Ms. Example,
We are writing about the infusion claim from Example Clinic for 10/08/2026 and 10/15/2026. We could not process it.
"""
    f = _facts(letter)
    assert f["claim_number"] == "2026 0000 1111 3" and f["service_dates"] == ["2026-10-08", "2026-10-15"]


@pytest.mark.ocr
def test_faint_print_on_a_page_framed_by_a_dark_surround_is_read(tmp_path):
    """A fogged lens: grey print on a light page photographed on a black surround. tesseract's one threshold for
    the whole picture puts the grey print with the paper and reads nothing; the darkened copy reads the page."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 30)
    page = Image.new("L", (1900, 2500), 25)
    draw = ImageDraw.Draw(page)
    draw.rectangle((150, 120, 1750, 2380), fill=236)
    lines = ["EXPLANATION OF BENEFITS - FICTIONAL SAMPLE", "Member: Jane Q. Example", "Member ID: EXM 000 111 222",
             "Claim number: 2026-0000-11111", "Date issued: 11/13/2026", "We did not pay the infusion lines.",
             "You have 180 days from the date you receive this", "statement to file an appeal. Mail it to:",
             "Example Mutual Health, Attn: Member Appeals", "PO Box 1000, Lexington, KY 40500"]
    for i, line in enumerate(lines):
        draw.text((250, 250 + 60 * i), line, font=font, fill=140)
    path = tmp_path / "fogged.png"
    page.filter(ImageFilter.GaussianBlur(2)).save(path)
    text = textract.extract_text(path).text
    assert "EXM 000 111 222" in text and "Member Appeals" in text


def test_a_page_shaded_over_its_upper_half_is_no_sheet_on_other_print(tmp_path, monkeypatch):
    """A page whose upper half a tented fold shades: darker paper, printed, above the lighter half, on a plain
    grey table top. The print is on one side of the lighter half only, so nothing is painted out."""
    from PIL import Image, ImageDraw

    page = Image.new("L", (2000, 2600), 160)  # a plain grey table top
    draw = ImageDraw.Draw(page)
    draw.rectangle((150, 150, 1850, 1300), fill=190)  # the shaded upper half
    draw.rectangle((150, 1300, 1850, 2450), fill=246)  # the lit lower half
    for y in range(220, 2400, 40):
        for x in range(260, 1700, 11):
            draw.rectangle((x, y, x + 5, y + 14), fill=30)
    path = tmp_path / "folded.png"
    page.save(path)
    assert not textract.sheet_only(path)  # (and it is left as it was: the next call reads the same picture)
    monkeypatch.setattr(textract, "SIDE_PRINT", 0.0)  # without the sides' print counted it was painted out
    assert textract.sheet_only(path)


def test_a_spanish_date_whose_year_a_table_cell_wrapped_to_the_next_line():
    text = """Resumen de Medicare (MUESTRA FICTICIA)
Fecha del aviso:         4 de noviembre de 2026
Clínica Ejemplo (ficticia). Número de reclamación 0200 1111 2222 03. Medicare aprobó esta reclamación.
  Servicio y código                Fecha                 Cobrado  Aprobado   Pagado
  Consulta (99214)                 1 de septiembre de    $190.00  $128.50    $102.80
                                   2026
Centro Ejemplo (ficticio). Número de reclamación 0200 3333 4444 11. Medicare negó esta reclamación.
  Servicio y código                Fecha                 Cobrado  Aprobado   Pagado
  Infusión (96365)                 8 de septiembre de 2026  $380.00  $0.00   $0.00
  Infusión (96365)                 15 de septiembre de   $380.00  $0.00      $0.00
                                   2026
Debe presentar la apelación a más tardar el 4 de marzo de 2027.
"""
    f = _facts(text)
    assert f["claim_number"] == "0200 3333 4444 11"
    assert f["service_dates"] == ["2026-09-08", "2026-09-15"]
