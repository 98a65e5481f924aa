"""Intake on the kinds of notice the blind sets 46 and 47 missed (s66-intake), one synthetic notice per kind, each
written in other words, layouts and numbers than the notices that showed the kind.

Every notice here is FICTIONAL, typed for the test: invented people, plans, numbers and addresses (phones 555-01xx).
"""
from __future__ import annotations

from datetime import date

from appeal_kit.intake import facts as intake_facts, textract

TODAY = date(2026, 12, 7)


def _facts(text: str) -> dict:
    return intake_facts.extract_facts(text, today=TODAY)


def test_html_labels_and_values_in_spans_side_by_side_are_two_cells():
    # (G) a forwarded message's HTML body: a label and its value in two spans with nothing between them, their style
    # not carried ("<span class=k>Member ID</span><span class=v>EXQ4410</span>"); never one word
    markup = ("<div><b>Example Rx Plan (FICTIONAL SAMPLE)</b></div>"
              "<div class='r'><span class='k'>Date</span><span class='v'>October 9, 2026</span></div>"
              "<div class='r'><span class='k'>Enrollee name</span><span class='v'>Terry Example</span></div>"
              "<div class='r'><span class='k'>Member ID</span><span class='v'>EXQ4410</span></div>"
              "<p>Read <b>this</b> letter, <i>W</i>ord by word.</p>")
    text = textract.html_to_text(markup)
    assert "Date    October 9, 2026" in text
    assert "Member ID    EXQ4410" in text
    assert "Read this letter, Word by word." in text  # inline words with their own spacing stay as they are
    f = _facts(text + "\nWe have affirmed our earlier decision on your drug.\n")
    assert f["member_id"] == "EXQ4410"
    assert f["patient_name"] == "Terry Example"
    assert f["notice_date"] == "2026-10-09"


def test_numbers_in_a_letters_sentences_across_a_line_break():
    # (W) a letter's facts in its sentences, the line wrapped before a number or inside a grouped one
    notice = """Example Health Plan (FICTIONAL SAMPLE)
October 2, 2026
Dear Robin Example:
We reviewed the claim your clinic sent for the visits of September 1, 2026. The claim number is
77-1234-0001. Your member ID is EXH
5512 90017 and your plan is your employer's group plan.
"""
    f = _facts(notice)
    assert f["claim_number"] == "77-1234-0001"
    assert f["member_id"] == "EXH 5512 90017"


def test_a_spanish_greeting_with_the_courtesy_title_written_out():
    # (T) "Estimado señor ...": the title is no part of the name
    notice = """Plan Ejemplo (MUESTRA FICTICIA)
Ponce, 2 de octubre de 2026
Estimado señor Tomás Ejemplo Rivera:
Negamos la solicitud número SOL-26-1001 porque no es médicamente necesaria.
"""
    assert _facts(notice)["patient_name"] == "Tomás Ejemplo Rivera"


def test_the_original_claims_number_beside_the_appeals():
    # (C) an appeal decision names the original claim and the appeal: the claim's is kept (contract item 3)
    notice = """Plan Ejemplo (MUESTRA FICTICIA)
Fecha del aviso    2 de octubre de 2026
Afiliada    Lucía Ejemplo
Reclamo original    EJ-26-500100
Número de apelación    AP-26-0077
Mantenemos la denegación.
"""
    assert _facts(notice)["claim_number"] == "EJ-26-500100"


def test_an_external_review_decision_final_and_binding_and_the_request_it_recounts():
    # (X) "final and binding on you and on the plan"; "You asked on ... within the four months allowed" tells of the
    # request already made: no window is open
    notice = """Example Review Organization (fictional)
Final External Review Decision
Date of decision    October 20, 2026
Dear Sam Example:
You asked on August 3, 2026 for an external review of the plan's final denial, within the four months allowed.
Our decision: the denial is UPHELD.
This decision is final and binding on you and on the plan, except where other remedies are available under law.
"""
    f = _facts(notice)
    assert f["appeal_deadline"] is None
    assert "no appeal level is left" in f["deadline_basis"]
    # a window still offered in the same words stays the deadline
    offered = notice.replace("This decision is final and binding on you and on the plan, except where other "
                             "remedies are available under law.\n", "").replace(
        "Final External Review Decision", "Notice of denial").replace("Our decision: the denial is UPHELD.",
                                                                       "You may appeal within 60 days of this notice.")
    assert _facts(offered)["appeal_deadline"] == "2026-12-19"


def test_a_group_code_ocr_read_in_lower_case():
    # (L) OCR's "c0-50", "co-50" in a reason column: CO-50, but only where no code was read in capitals (a lower-case
    # reading may also have lost a digit: "co-5" beside "CO-55")
    rows = """Example Church Plan (FICTIONAL SAMPLE)
Date:      October 5, 2026
Member:    Lee Example
Date of service    Code     Reason
09/02/2026         90870    c0-50
09/09/2026         90870    co-50
"""
    assert _facts(rows)["carc_codes"] == ["CO-50"]
    mixed = """Example Medicaid Plan (FICTIONAL SAMPLE)
Date:      October 5, 2026
Status:    Denied      co-5
We will not pay: the treatment is experimental (CO-55).
"""
    assert _facts(mixed)["carc_codes"] == ["CO-55"]


def test_an_addressee_glossed_in_a_long_bracket():
    # (A) the block's first line names the body, then says in brackets what it is
    notice = """Example Rx Plan (FICTIONAL SAMPLE)
Date of decision: October 2, 2026
We have affirmed the denial. You may ask the Independent Review Entity to review our decision within 65 days of
the date of this notice. Send it to:
Sample Review Partners (fictional Part D Independent Review Entity)
Reconsideration Intake
PO Box 1234
Exampletown, NY 10001
"""
    assert _facts(notice)["appeals_address"] == ("Sample Review Partners (fictional Part D Independent Review Entity), "
                                                 "Reconsideration Intake, PO Box 1234, Exampletown, NY 10001")


def test_a_header_row_of_labels_over_its_row_of_values():
    # (R) "Patient" with another label beside it after a wide gap: the row is a header, the value is under it
    notice = """Example Medicare Summary (FICTIONAL SAMPLE)
Patient                  Medicare Number          Date of this notice
JORDAN Q. EXAMPLE        1EX2-AB3-CD45            October 3, 2026
"""
    f = _facts(notice)
    assert f["patient_name"].upper() == "JORDAN Q. EXAMPLE"  # (a name in capitals is title-cased by guess)
    assert f["notice_date"] == "2026-10-03"


def test_the_date_of_a_spanish_eob():
    # (E) "Fecha de la EOB": the statement's own date, as "EOB date" is in English; not the care's
    notice = """Seguros Ejemplo (MUESTRA FICTICIA)
Explicación de beneficios
Fecha de la EOB: 14 de octubre de 2026
Paciente: Ana Ejemplo
Fechas en formato DD/MM/AAAA.
Fecha         Código    Estado
02/09/2026    99213     Denegada
"""
    assert _facts(notice)["notice_date"] == "2026-10-14"


def test_a_name_then_the_next_label_one_space_after_it():
    # (N) a photographed EOB's line of fields with single spaces: the name ends where the next number's label opens
    notice = """Example Regional Contractor (FICTIONAL SAMPLE)
Issue Date: 10/01/2026
Beneficiary: Casey R. Example DoD Benefits Number (DBN): 10200000001
Claim Number: EX26-0001
"""
    f = _facts(notice)
    assert f["patient_name"] == "Casey R. Example"
    assert f["member_id"] == "10200000001"
