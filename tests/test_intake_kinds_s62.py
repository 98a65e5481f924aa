"""Intake on the kinds of notice the blind sets 38 and 39 missed (s62-intake), one synthetic notice per kind, each
written so that a rule fitted to one notice would not pass it: other words, other layouts, other numbers.

Every notice here is FICTIONAL, typed for the test: invented people, plans, numbers and addresses.
"""
from __future__ import annotations

from datetime import date

from appeal_kit.intake import facts as intake_facts
from appeal_kit.intake.address import find_appeals_address
from appeal_kit.intake.extract import Doc

TODAY = date(2026, 12, 6)


def _facts(text: str) -> dict:
    return intake_facts.extract_facts(text, today=TODAY)


def test_a_summary_keeps_each_claims_block_apart():
    # (A) a table of claims over a block of rows per claim, each block headed by its number and then its provider
    notice = """Summary Notice (FICTIONAL SAMPLE)
Notice date: November 30, 2026

Provider                     Claim number        Service dates          Approved?
Example Counseling LLC       1111 2222 3333 4    09/10/2026             Yes
Example Infusion Center      5555 6666 7777 8    10/05/2026             No

Claim number 5555 6666 7777 8 - Example Infusion Center, 1-555-0100
Date          Service and code                                  Approved?    Notes
10/05/2026    A drug infusion, first hour (96365)               No           A
10/05/2026    The drug itself (J3490)                           No           A

Claim number 1111 2222 3333 4 - Example Counseling LLC
Date          Service and code                                  Approved?    Notes
09/10/2026    A follow-up visit (99213)                         Yes
"""
    f = _facts(notice)
    assert f["claim_number"] == "5555 6666 7777 8"
    assert sorted(f["procedure_codes"]) == ["96365", "J3490"]
    assert f["service_dates"] == ["2026-10-05"]


def test_a_title_before_the_addressees_name_is_no_part_of_it():
    # (B) "Statement for", "Aviso para": the words after "for"/"para" are the name
    english = """Example Benefits Statement (FICTIONAL)
Statement for JANE Q. EXAMPLE                        Questions? 1-555-0101
12 Example Road
Springfield, IL 62701
"""
    assert _facts(english)["patient_name"] == "Jane Q. Example"
    spanish = """Resumen de beneficios (MUESTRA FICTICIA)
Resumen para ANA LUZ EJEMPLO RIVERA
45 Calle Ejemplo
Ciudad, TX 79900
"""
    assert _facts(spanish)["patient_name"] == "Ana Luz Ejemplo Rivera"


def test_a_reason_run_on_into_the_rights_after_it_still_counts():
    # (C) the full stop before the rights lost: the reason is the words before the boilerplate
    notice = """Date: November 2, 2026
Member: Jane Example
We reviewed the request. We cannot approve it because the notes do not show the treatment is medically necessary for you
You have the right to appeal this decision within 60 days.
"""
    assert _facts(notice)["denial_category"] == "medical_necessity"


def test_a_paid_claim_told_in_a_sentence_takes_only_its_own_words():
    # (D) a Word paragraph is one line: the other claim's sentence must not take the denial's own code with it
    notice = ("November 10, 2026\nMember ID X11-000-0001 - Claim EX26-300-00001\nDear Jane Example:\n"
              "We processed claim EX26-300-00001 for the sessions on October 26, 2026 (code 90868). Your earlier "
              "claim EX26-200-00002 was paid on October 20, 2026. These sessions are over your plan's yearly maximum, "
              "so they were denied with adjustment code CO-119.\n")
    f = _facts(notice)
    assert f["carc_codes"] == ["CO-119"]
    assert f["denial_category"] == "benefit_limit"


def test_a_table_whose_cells_are_not_lined_up_is_read_by_order():
    # (E) the reason cell by order, not by where the heading stands (a number in the service's words is no code)
    notice = """Date: November 3, 2026
Date of service    Code    Service    Billed    Reason
10/09/2026    G2083    A visit with a nasal spray, more than 84 mg, observed    $900.00    CO-197
"""
    assert _facts(notice)["carc_codes"] == ["CO-197"]


def test_a_photos_speck_in_a_header_and_amounts_out_of_their_columns():
    # (F) a lone digit in the header is a speck; a row's amounts taken by order under the money headings
    notice = """DATE PREPARED: 11/12/2026
DATE   4 CODE   SERVICE     BILLED   |  ALLOWED  PAID   ADJ.   YOU OWE
10/05/2026    99213    Office visit  xx  $150.00   $110.00  $88.00   -   $22.00
10/05/2026    J0013    A drug, 56 mg       $1,900.00    $0.00    $0.00    CO-197    $0.00
"""
    f = _facts(notice)
    assert f["procedure_codes"] == ["J0013"]
    # (G) a label opened by "DATE" names the notice's own date
    assert f["notice_date"] == "2026-11-12"


def test_an_ocr_number_mark_after_a_claim_word():
    # (H) "n.*" for "n.º"
    notice = "Fecha de la carta: 3 de noviembre de 2026\nReclamación n.* 26-11-00001-2\nEstimado Sr. Ejemplo:\n"
    assert _facts(notice)["claim_number"] == "26-11-00001-2"


def test_a_stop_inside_brackets_does_not_end_the_cares_sentence():
    # (I) the care named before the bracket, the date after it
    notice = ("Date: November 13, 2026\nWe will not pay for the nerve block treatments (code 64510; diagnosis G90.59) "
              "on October 21, 2026 and October 28, 2026.\n")
    assert _facts(notice)["service_dates"] == ["2026-10-21", "2026-10-28"]


def test_the_patient_before_a_member_id_and_no_addressee_under_the_greeting():
    # (J) a name that opens a line and gives its member ID; the block under "Dear" is where the appeal goes
    notice = """EXAMPLE STATE EMPLOYEE PLAN (FICTIONAL)
Date: October 30, 2026
Jane Example-Doe, Member ID SEP 10000001, Claim C-2026-000-00001
Dear Ms. Example-Doe
We denied the claim. Please mail the appeal to:
Example Employee Plan
Harbor Plaza
100 Example Ave, Suite 6
Topeka, KS 66612
"""
    assert _facts(notice)["patient_name"] == "Jane Example-Doe"


def test_a_list_of_dates_wrapped_at_the_pages_margin():
    # (K) the list's last date on the next line, after the page's own left margin
    notice = """                        Date: October 30, 2026
                        We reviewed the claim for the infusion sessions given on October 6, 2026, October 8, 2026
                        and October 13, 2026.
"""
    assert _facts(notice)["service_dates"] == ["2026-10-06", "2026-10-08", "2026-10-13"]


def test_address_parts_mail_slots_capital_attn_and_an_ocr_semicolon():
    # (L) a mail slot is a street part; "ATTN:" in capitals is part of the block; a line ending ";" introduces it
    slot = Doc.of("You may ask for a fair hearing within 30 days. Write to:\n   Example Hearings Office\n   PO Box 100\n   Mail Slot Q-7\n   Little Rock, AR 72203\n")
    assert find_appeals_address(slot)[0] == "Example Hearings Office, PO Box 100, Mail Slot Q-7, Little Rock, AR 72203"
    caps = Doc.of("YOU CAN APPEAL WITHIN 60 DAYS. MAIL YOUR APPEAL TQ;\nEXAMPLE KIDS PLAN\nATTN: APPEALS\n"
                  "PO BOX 100\nOGDEN, UT 84401\n")
    assert find_appeals_address(caps)[0] == "EXAMPLE KIDS PLAN, ATTN: APPEALS, PO BOX 100, OGDEN, UT 84401"


def test_a_diagnosis_whose_stop_ocr_read_as_a_comma():
    # (M) kept only as a billable ICD-10-CM code, in a notice that speaks of a diagnosis
    notice = "DATE OF NOTICE: 11/25/2026\nDATE    CODE    DIAGNOSIS    BILLED\n10/21/2026    90834    F41,1    $140.00\n"
    assert _facts(notice)["diagnosis_codes"] == ["F41.1"]


def test_spanish_care_received_agrees_with_the_care_not_the_claim():
    # (N) "recibidas" after the sessions named: the care's dates; a claim "recibida" on a date: its receipt
    care = ("Fecha: 6 de noviembre de 2026\nRevisamos el reclamo por sesiones de terapia (código 90837), recibidas el "
            "7 de octubre de 2026 y el 14 de octubre de 2026.\n")
    assert _facts(care)["service_dates"] == ["2026-10-07", "2026-10-14"]
    receipt = ("Fecha: 6 de noviembre de 2026\nLa sesión de terapia del 2 de octubre de 2026 fue negada. La "
               "reclamación por la terapia, recibida el 29 de octubre de 2026, llegó tarde.\n")
    assert "2026-10-29" not in _facts(receipt)["service_dates"]


def test_a_role_label_with_a_word_before_it_names_the_patient():
    # (O) "Covered student", "Enrolled member": a row's label cell ending in a role word
    notice = """Notice of claim denial (FICTIONAL)
Notice date    November 4, 2026
Enrolled member    Lee Example-Park
Member number    EX-SHIP-10000001
"""
    assert _facts(notice)["patient_name"] == "Lee Example-Park"


def test_a_lettered_claim_number_in_groups_and_a_limits_date():
    # (P) "Claim XY 1234 5678 901 from": the letters lead the number; the day a limit was reached is no care
    notice = """Date of Letter: 11/23/2026
Claim XY 1234 5678 901 from Example Counseling for therapy (code 90834) was denied for 11/02/2026.
Reason: the limit of 20 therapy visits a year was reached on 10/26/2026.
"""
    f = _facts(notice)
    assert f["claim_number"] == "XY 1234 5678 901"
    assert "2026-10-26" not in f["service_dates"]


def test_spanish_negative_with_ni_is_medical_necessity():
    # (Q) "no era razonable ni necesario" (a phrase: Spanish joins a negative pair with "ni")
    notice = ("Fecha del aviso: 2 de diciembre de 2026\nNota A: Medicare no paga este servicio porque el contratista "
              "determinó que no era razonable ni necesario para su condición.\n")
    assert _facts(notice)["denial_category"] == "medical_necessity"
