"""Intake on the kinds of notice the blind sets 44 and 45 missed (s65-intake), one synthetic notice per kind, each
written in other words, layouts and numbers than the notices that showed the kind; and the scorer's must-be-empty
keys.

Every notice here is FICTIONAL, typed for the test: invented people, plans, numbers and addresses (phones 555-01xx).
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from appeal_kit.intake import facts as intake_facts

TODAY = date(2026, 12, 6)


def _facts(text: str) -> dict:
    return intake_facts.extract_facts(text, today=TODAY)


def test_an_answer_in_the_present_and_a_numbered_further_level():
    # (P) "We uphold our decision" under "Decision on your first-level appeal"; the further level is "a level 2
    # review", its window the one open
    notice = """Example Mutual Insurance Company (FICTIONAL SAMPLE)
Letter date: October 30, 2026
Insured: Pat Example-Roe
Policy / ID number: EMX-4410022
Claim number: EM-26-7781

Decision on your first-level appeal

You appealed our denial of the physical therapy visits of August 4, 2026. The plan reviewer looked at the records
again. We uphold our decision.

If you disagree, you may ask for a level 2 review within 45 days of the date of this letter. Send your request to:

Example Mutual Insurance Company
Level 2 Review Board
12 Sample Street, Suite 3
Springfield, IL 62701
"""
    f = _facts(notice)
    assert f["appeal_deadline"] == "2026-12-14"
    assert "within 45 days" in f["deadline_basis"]
    assert f["appeals_address"].startswith("Example Mutual Insurance Company, Level 2 Review Board")


def test_a_redetermination_notice_by_its_heading_counts_the_printed_window():
    # (P) "Notice of Redetermination" alone on its line and "we are upholding our denial": the IRE's printed window
    notice = """Example Rx (a Medicare Part D plan, FICTIONAL SAMPLE)
Notice of Redetermination

Date of notice    October 2, 2026
Enrollee    Lee Example
Member ID    EXR-0000-1

We have looked again at your request and we are upholding our denial of the drug.
You may ask for a review by the Independent Review Entity. You must make your request in writing within 60 days
from the date of this notice.
"""
    f = _facts(notice)
    assert f["appeal_deadline"] == "2026-12-01"


def test_a_column_of_labels_over_its_column_of_values():
    # (S) a photo's OCR gives the labels, then the values under them, in order
    notice = """Example Health (FICTIONAL SAMPLE)

Decision date:
Mailed:
Insured:

September 8, 2026
September 9, 2026
Robin Q. Example
Policy / ID number: EXH-55120
Claim number:        EX-26-0001

We denied the claim for the services of August 1, 2026.
"""
    f = _facts(notice)
    assert f["patient_name"] == "Robin Q. Example"
    assert f["notice_date"] == "2026-09-08"


def test_the_paragraph_before_a_block_runs_over_a_scans_blank_line():
    # (A) the sentence that names the next level is cut by a blank line OCR put in; the letterhead's address also
    # carries an appeal word
    notice = """Example Reconsideration Center (FICTIONAL SAMPLE) - 5 Sample Plaza, Dayton, OH 45402 - 1-555-0100

RECONSIDERATION DECISION
Date: October 1, 2026
Enrollee: Sam Example

Our decision: UNFAVORABLE

You may ask for a hearing with an Administrative Law Judge if the amount in dispute meets this

year's limit. You must ask within 60 days of the date of this letter. Send your written request to:

Example Hearings Office

Central Docket
77 Sample Avenue, Suite 9

Columbus, OH 43215
"""
    f = _facts(notice)
    assert f["appeals_address"] == "Example Hearings Office, Central Docket, 77 Sample Avenue, Suite 9, Columbus, OH 43215"


def test_a_warning_about_another_named_office_after_the_block():
    # (A) "Do not mail appeals to the billing office above; that box ..." is about the letterhead's box, not the block
    notice = """EXAMPLE BENEFIT ADMINISTRATORS (FICTIONAL SAMPLE)
Billing office: PO Box 100, Austin, TX 78701

Statement date: 10/02/2026
Patient: Kim Example
Patient ID: EBA-100-02

Your right to appeal
You have 180 days from the date you receive this statement to file an appeal.
Mail your written appeal to:
Example Employees Plan
c/o Example Benefit Administrators
Attn: Appeals Desk
PO Box 118
Austin, TX 78702
Do not mail appeals to the billing office above; that box takes payments only.
"""
    f = _facts(notice)
    assert f["appeals_address"] == ("Example Employees Plan, c/o Example Benefit Administrators, Attn: Appeals Desk, "
                                    "PO Box 118, Austin, TX 78702")


def test_a_spanish_mailing_date_with_its_accent_gives_way_to_the_decision():
    # (M) "Fecha de envío" is a mailing date, accent and all: the decision's date is the notice's (contract 2)
    notice = """Plan Ejemplo (MUESTRA FICTICIA)
Fecha de la decisión:          3 de octubre de 2026
Fecha de envío:               5 de octubre de 2026
Miembro:                      Ana Ejemplo Ruiz
Tiene 60 días a partir de la fecha de este aviso para apelar.
"""
    f = _facts(notice)
    assert f["notice_date"] == "2026-10-03"
    assert f["appeal_deadline"] == "2026-12-02"


def test_the_appellant_is_the_patient_and_an_office_is_no_one():
    # (N) a hearing decision names the member as "Apelante"; "Unidad de Quejas" over a street is an office
    notice = """Oficina Estatal de Audiencias de Ejemplo (MUESTRA FICTICIA)
DECISIÓN DE LA AUDIENCIA
  Fecha de la decisión:       4 de octubre de 2026
  Apelante:                   Lucía Ejemplo Soto
Puede pedir una nueva audiencia dentro de 30 días. Envíe su pedido a:
      Oficina Estatal de Audiencias
      Unidad de Quejas
      100 Calle Ejemplo, Piso 2
      Denver, CO 80205
"""
    assert _facts(notice)["patient_name"] == "Lucía Ejemplo Soto"


def test_a_group_the_plan_covers_is_no_name():
    # (N) the letterhead's "Health Plan for Teachers and Staff" over a street is no addressee
    notice = """EXAMPLE SCHOOLS BENEFIT TRUST
Health Plan for Teachers and Support Staff
9 Sample Road, Salem, OR 97301
FICTIONAL SAMPLE
October 9, 2026
Ms. Jordan Example
14 Sample Lane
Eugene, OR 97401
Re: Member ID EST-100-200, claim 2026-55-100
Dear Ms. Example:
We are not able to pay this claim.
"""
    assert _facts(notice)["patient_name"] == "Jordan Example"


def test_a_role_word_over_the_name_on_a_web_page():
    # (N) a portal's stacked label and value: "Miembro" on its line, the name on the next
    notice = """Plan Ejemplo - Mis reclamaciones (MUESTRA FICTICIA)
Detalle de la reclamación EJ-26-0001

Miembro
Carmen Ejemplo Vidal
N.º de miembro    EJ-3300-1
Fecha del aviso    20/10/2026
"""
    assert _facts(notice)["patient_name"] == "Carmen Ejemplo Vidal"


def test_a_policy_number_is_the_member_id_only_when_no_member_number_is_given():
    # (I) an individual policy names the insured by its policy number; a member ID, where printed, wins; a group's
    # policy number never is one
    alone = """Example Short-Term Insurance (FICTIONAL SAMPLE)
Letter date    October 1, 2026
Insured person    Dale Example
Policy number    EST-9901-22
Claim number    ES26-0001
"""
    both = alone.replace("Insured person    Dale Example\n", "Insured person    Dale Example\nMember ID    EXM-1234\n")
    group = alone.replace("Policy number", "Group policy number")
    assert _facts(alone)["member_id"] == "EST-9901-22"
    assert _facts(both)["member_id"] == "EXM-1234"
    assert _facts(group)["member_id"] is None


def test_spanish_care_named_then_its_days():
    # (D) "la terapia ... (código ...) del 3 de mayo de 2026 y del 17 de mayo de 2026": the care's days; a receipt
    # date later in the letter is not
    notice = """Plan Ejemplo (MUESTRA FICTICIA)
5 de noviembre de 2026
Asunto: reclamación EJ-26-1000 de su hija Sofía Ejemplo, N.º de miembro EJ-100
Recibimos la reclamación de Centro Sereno Terapia por la terapia de grupo con la paciente presente (código
90853, diagnóstico F41.1) del 3 de mayo de 2026 y del 17 de mayo de 2026. No podemos pagarla porque llegó el
30 de octubre de 2026.
"""
    assert _facts(notice)["service_dates"] == ["2026-05-03", "2026-05-17"]


def test_an_external_review_decision_leaves_no_deadline():
    # (X) the external reviewer's own decision binds the plan: no level is left, no window counted
    notice = """Example Independent Review Organization (fictional) - external review decision
Date of decision: October 20, 2026
Patient: Chris Example
RE: External review of your insurer's final adverse determination; claim EX-26-4000.
Decision: the reviewer UPHOLDS the insurer's denial.
This decision is binding on you and on the insurer, except where other remedies are available under law.
"""
    f = _facts(notice)
    assert f["appeal_deadline"] is None
    assert "no appeal level is left" in f["deadline_basis"]


def test_a_church_plans_final_decision_cites_the_next_levels_rule():
    # (B) no window printed after a church plan's final internal decision: the basis names docs/domain.md's citation
    notice = """Example Church Benefits Board (a church plan, FICTIONAL SAMPLE)
Date: October 15, 2026
Member: Terry Example
Final internal decision
We have upheld our denial. No further internal appeals are available. You may ask for an external review.
"""
    f = _facts(notice)
    assert f["plan_type"] == "church"
    assert f["appeal_deadline"] == "2027-02-15"
    assert "26 CFR 54.9815-2719(c)-(d)" in f["deadline_basis"]


def test_the_scorer_scores_a_field_a_key_says_must_be_empty(tmp_path: Path):
    # a key's null is a fact the notice does not hold: a value read there is a miss; --skip-empty leaves it out
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    import intake_accuracy

    (tmp_path / "n.txt").write_text("""Example Independent Review Organization (FICTIONAL) - external review decision
Date of decision: October 20, 2026
Decision: the reviewer UPHOLDS the insurer's denial. This decision is binding on you and on the insurer.
""", encoding="utf-8")
    (tmp_path / "n.expected.json").write_text('{"file": "n.txt", "notice_date": "2026-10-20", '
                                              '"appeal_deadline": null, "procedure_codes": []}', encoding="utf-8")
    assert intake_accuracy.must_be_empty(None) and intake_accuracy.must_be_empty([])
    assert not intake_accuracy.must_be_empty("2026-10-20")
    hits, total, misses = intake_accuracy.score(tmp_path)
    assert (sum(hits.values()), sum(total.values())) == (3, 3)
    assert intake_accuracy.LAST_RUN["empty"] == [2, 2]
    intake_accuracy.SKIP_EMPTY = True
    try:
        hits, total, _ = intake_accuracy.score(tmp_path)
    finally:
        intake_accuracy.SKIP_EMPTY = False
    assert sum(total.values()) == 1


def test_a_summary_notice_whose_heading_row_ocr_wrapped():
    # (H) a photo's OCR put the first column's heading on a line of its own under the row of headings; the claims
    # are blocks under "Claim number ..." headings, the denied one told by "No" under "Approved?"; OCR's "$" for a
    # house number's 5 still makes the line under the name a street
    notice = """      Medicare Summary Notice for Part B (FICTIONAL SAMPLE)
                                                           October 28, 2026
     JAMIE R EXAMPLE                                       Notice date
     $512 SAMPLE AVE                                       Medicare Number
     SPRINGFIELD IL 62701                                  1EX4-AB5-CD67
   Your claims and costs this period
       v                      Code   Approved?  Amount provider charged  Medicare paid  You may be billed
   Service
   Claim number 26-1000-100001 Example Counseling, Sep 03, 2026
   Psychotherapy, 45 minutes  90834  Yes       $150.00                $84.31       $21.08
   Claim number 26-1000-200002 Example Spine Center, Sep 17, 2026
   Nerve procedure  64633  No  $2,000.00           $0.00        $0.00
"""
    f = _facts(notice)
    assert f["claim_number"] == "26-1000-200002"
    assert f["service_dates"] == ["2026-09-17"]
    assert f["patient_name"].casefold() == "jamie r example"


def test_labels_without_colons_over_their_numbers():
    # (S) a photo's OCR gives two labels without colons, each alone on its line, then their two numbers
    notice = """EXAMPLE HEALTH INSURANCE COMPANY (FICTIONAL SAMPLE)
EXPLANATION OF BENEFITS
Statement date: 10/02/2026
Claim no.
Member ID
2026100200115
EXH-10020030-01
DOS  Code  Billed  Paid  Code
09/15/2026  96365  $450.00  $0.00  CO-204
"""
    f = _facts(notice)
    assert (f["member_id"], f["claim_number"]) == ("EXH-10020030-01", "2026100200115")


def test_a_row_of_labels_over_a_row_of_values_out_of_columns():
    # (S) OCR closed up the gaps: the date's cell is under the label of its rank, not of its column; and OCR's comma
    # between a number and its unit ("180,days") is read as the space it was
    notice = """EXAMPLE HEALTH INSURANCE COMPANY (FICTIONAL SAMPLE)
EXPLANATION OF BENEFITS
Member  EOB date
MORGAN EXAMPLE-LEE  10/09/2026
Member ID: EXH-5500120-01
APPEALS
You have 180,days from receipt of this notice to appeal. Send it to Example Health Insurance Company, Member
Appeals, PO Box 1100, Norfolk, VA 23501-1100.
"""
    f = _facts(notice)
    assert f["notice_date"] == "2026-10-09"
    assert f["appeal_deadline"] == "2027-04-07"
    assert "You have 180 days from receipt" in f["deadline_basis"]


def test_a_condition_a_first_denial_sets_out_is_no_decision_after_an_appeal():
    # (P) "If we uphold our denial, we will send your case ..." in a first denial: the first appeal's window stands
    notice = """Example Medicare Advantage Plan (FICTIONAL SAMPLE)
Notice of Denial of Medical Coverage
Date: October 1, 2026
Member: Alex Example
Member ID: EMA-000111
We denied your request for the treatment.
You have the right to ask us for a reconsideration; the plan's rule gives you its time.
If we uphold our denial, we will send your case to an independent review entity.
"""
    f = _facts(notice)
    assert f["appeal_deadline"] == "2026-12-05"
