"""Letters set 76 (written blind in stop 63): letters drafted for the wrong level when the case is past the first
levels (set76-review.md). Each test could fail: it checks what the review found wrong, and the cases that must stay."""
from __future__ import annotations

from datetime import date

from test_letter_set14_findings import case_of, draft

from appeal_kit.intake import deadlines
from appeal_kit.letter import derived, render

TODAY = date(2026, 12, 7)


def _next_level_letter(tmp_path, number: str, **changes) -> str:
    case = case_of("set76", number, template="external-review-request", **changes)
    return draft(tmp_path, case)[0]


# ------------------------------------ 01: Original Medicare after the ALJ's decision: review by the Medicare Appeals Council

def test_after_the_alj_decision_the_original_medicare_letter_asks_the_council(tmp_path):
    case = case_of("set76", "01")
    assert deadlines.level_of_case(case.data) is deadlines.COUNCIL_LEVEL
    named, note = render.template_for_case(case)
    assert named.name == "external-review-request" and "Medicare Appeals Council" in note and "QIC" not in note
    text = _next_level_letter(tmp_path, "01")
    assert "Request for review by the Medicare Appeals Council" in text
    assert "as the Administrative Law Judge upheld it in the decision dated October 19, 2026" in text
    assert "within 60 days after receipt of the Administrative Law Judge's decision (42 CFR 405.1102(a))" in text
    assert "within 90 days of receiving it (42 CFR 405.1100(c))" in text
    # never the QIC's level, window, evidence rule or clock, and the ALJ's decision is not a redetermination
    for wrong in ("Qualified Independent Contractor", "405.962", "405.966", "405.970", "redetermination decision"):
        assert wrong not in text, wrong


def test_the_council_deadline_counts_60_days_from_the_alj_decision():
    case = case_of("set76", "01")
    dl = deadlines.deadline_for_case(case.data)
    # 60 days after receipt, presumed 5 days after the decision's date: 12/23, the date the case records (the
    # decision's next_deadline), with 12/18, the count from the date itself, named as the safe date (set 88, case 01)
    assert dl.date == date(2026, 12, 23) and dl.receipt_date == date(2026, 10, 24)
    assert "2026-12-18, without the 5 days, is the safe date" in dl.basis
    # nothing recorded: the safe date
    case.data["decisions"][-1]["next_deadline"] = case.data["claim"]["appeal_deadline"] = None
    assert deadlines.deadline_for_case(case.data).date == date(2026, 12, 18)
    text = "\n".join(deadlines.describe(dl, TODAY))
    assert "405.1102(a)" in text and "Medicare Appeals Council" in text and "405.962" not in text


def test_the_qic_decision_still_opens_the_alj_hearing_not_the_council():
    case = case_of("set76", "01")
    case.data["decisions"] = case.data["decisions"][:2]  # the QIC's reconsideration is the latest
    assert deadlines.level_of_case(case.data) is deadlines.ALJ_LEVEL
    case.data["decisions"] = case.data["decisions"][:1]  # the redetermination only: the QIC is next
    assert deadlines.level_of_case(case.data) is deadlines.NEXT_LEVELS["medicare"]


# --------------------------------- 03: Medicare Advantage after the IRE's decision: a hearing before an ALJ, with OMHA

def test_after_the_ire_decision_the_medicare_advantage_letter_asks_an_alj_hearing(tmp_path):
    case = case_of("set76", "03")
    assert deadlines.level_of_case(case.data) is deadlines.MA_ALJ_LEVEL
    named, _ = render.template_for_case(case)
    assert named.name == "external-review-request"  # the member files it, not the plan's reconsideration
    text = _next_level_letter(tmp_path, "03")
    assert "Request for hearing before an Administrative Law Judge (ALJ)" in text and "Dear Judge:" in text
    assert "as the independent review entity upheld it in the reconsideration dated November 2, 2026" in text
    assert "(42 CFR 422.602(a) and (b))" in text
    assert "The amount in controversy is $3,360.00, as the decision states (42 CFR 422.600)." in text
    # the plan's level is over: no plan reconsideration, no forwarding to the IRE
    for wrong in ("422.592", "send the case to the independent review entity", "reconsideration of denied claim"):
        assert wrong not in text, wrong


def test_the_ma_alj_deadline_counts_from_the_ire_notice_date():
    case = case_of("set76", "03")
    dl = deadlines.deadline_for_case(case.data)
    assert dl.date == date(2027, 1, 1) and dl.receipt_date is None
    level = derived.next_level(case.data, TODAY)
    assert level["hearing"] and level["decider"] == "the Office of Medicare Hearings and Appeals"


def test_the_plans_own_reconsideration_still_goes_to_the_ire_by_itself():
    case = case_of("set76", "03")
    case.data["decisions"] = case.data["decisions"][:1]  # the plan's reconsideration, forwarded to the IRE
    assert deadlines.level_of_case(case.data) is deadlines.NEXT_LEVELS["medicare_advantage"]
    assert derived.next_level(case.data, TODAY)["in_controversy"] is None


# ------------------- 08: FEHB, the carrier asked for more information and never decided: OPM's window from that request

def test_the_opm_window_counts_from_the_carriers_request_for_information(tmp_path):
    case = case_of("set76", "08")
    dl = deadlines.deadline_for_case(case.data)
    # the brochure's 120 days after the carrier asked (08/19), not 90 days from the day its time ran out (12/26)
    assert dl.date == date(2026, 12, 17) and dl.information_asked == date(2026, 8, 19)
    undecided = derived.next_level(case.data, TODAY)["undecided"]
    # the reconsideration was asked for on 07/20; the sending of 08/28 answered the carrier's request
    assert (undecided["sent"], undecided["asked"], undecided["answered"]) == ("2026-07-20", "2026-08-19", "2026-08-28")
    text = _next_level_letter(tmp_path, "08")
    assert "never decided the appeal sent to it on July 20, 2026" in text
    assert "It asked for additional information on August 19, 2026, and the information was sent on August 28, 2026" \
        in text
    assert "counted from August 19, 2026, the day it asked, this request is made within it, by December 17, 2026" in text
    assert "December 26, 2026" not in text


def test_an_undecided_appeal_without_a_request_for_information_counts_the_brochures_120_days_from_sending():
    case = case_of("set76", "08")
    case.data["submissions"] = case.data["submissions"][:1]  # the reconsideration alone, never answered
    dl = deadlines.deadline_for_case(case.data)
    # the brochure's "120 days after you first wrote to us" (07/20) ends before OPM's 90 days from the day the
    # carrier's 30 days ran out, counted from its receipt (08/22 + 90 = 11/20): the earlier is the date (letters set
    # 97, case 04)
    assert dl.information_asked is None and dl.first_wrote == date(2026, 7, 20)
    assert dl.date == date(2026, 7, 20) + deadlines.timedelta(days=120) < date(2026, 8, 22) + deadlines.timedelta(
        days=90)


# ------------------ 04: Medicaid fee-for-service, a notice that says "first ask your health plan": the hearing is first

def test_a_fee_for_service_hearing_request_says_no_plan_decided_the_claim(tmp_path):
    text = _next_level_letter(tmp_path, "04")
    assert ("No health plan decided this claim: the state agency decides fee-for-service claims itself, so the fair "
            "hearing is the first step of appeal (42 CFR 431.220(a)).") in text
    # managed care: the plan decided its appeal, and the hearing follows it
    managed = _next_level_letter(tmp_path, "04", **{"claim.delivery": "managed_care"})
    assert "No health plan decided this claim" not in managed
