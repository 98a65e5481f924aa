"""Process findings of letters set 96's blind review at 230ea96b (tests/resources/letter-review/set96-review.md),
fixed by the lead: a plan's request for its own representative form restarts no clock the case does not say it
restarts (08)."""
from __future__ import annotations

from datetime import date

from test_letter_set14_findings import case_of, draft

from appeal_kit.intake import deadlines

TODAY = date(2026, 12, 7)


def test_the_appeals_own_time_holds_when_the_answer_records_none(tmp_path):
    # 08 (FALSE, REQUEST): the appeal received 08/07 (decision_due 10/06, 60 days); the plan asked for its form on
    # 09/02, sent 09/09 with no time of its own recorded; the letter said the plan's time "ran out on November 8, 2026"
    # and the external review window ran "by March 8, 2027", a month past the safe date
    case = case_of("set96", "08")
    undecided = deadlines.undecided_appeal(case.data, TODAY)
    assert undecided is not None
    assert (undecided.sent, undecided.due, undecided.asked, undecided.answered) == (
        date(2026, 8, 5), date(2026, 10, 6), date(2026, 9, 2), date(2026, 9, 9))
    text, _ = draft(tmp_path, case)
    assert "November 8, 2026" not in text and "March 8, 2027" not in text
    assert "counted from October 6, 2026" in text and "by February 6, 2027" in text


def test_a_time_the_answering_sending_records_still_counts_from_the_information():
    # off shape (letters set 76, case 08): the brochure's 30 days after the information is received, recorded on the
    # sending that answered the carrier's request, is the carrier's time
    undecided = deadlines.undecided_appeal(case_of("set76", "08").data, TODAY)
    assert undecided is not None and undecided.due == date(2026, 9, 27) and undecided.sent == date(2026, 7, 20)
    # and with no time recorded on either sending, the plan type's time from the latest sending, as before
    case = case_of("set96", "08")
    for s in case.data["submissions"]:
        s.pop("decision_due", None)
    undecided = deadlines.undecided_appeal(case.data, TODAY)
    assert undecided is not None and undecided.due == date(2026, 11, 8)


def test_not_covered_for_a_reason_the_clause_gives_is_no_exclusion(tmp_path):
    # 05 (UNSUPPORTED): "Services by an out-of-network provider are not covered under this plan." was also read as an
    # exclusion, and the letter argued "The exclusion the denial relies on does not name neuropsychological evaluation"
    # beside the plan's own access rule, the real ground
    from appeal_kit.letter import arguments

    case = case_of("set96", "05")
    assert arguments.denial_reasons(case.data) == ["out_of_network"]
    text, _ = draft(tmp_path, case)
    assert "does not name" not in text and "The exclusion" not in text
    # off shapes: the care itself not covered, or excluded beside another reason, is still an exclusion to answer
    stated = arguments._stated_reasons
    assert stated("Ketamine infusions are not covered under this plan.") == ["not_covered"]
    assert stated("Experimental treatments are excluded and not covered under the plan.") == [
        "experimental_investigational", "not_covered"]
    # "not covered" beside "investigational" is the plan's exclusion of such care, argued as its label (set 19, 01)
    assert stated("Investigational services are not covered under your Evidence of Coverage.") == [
        "experimental_investigational", "not_covered"]
    assert stated("This service is not a covered benefit. The provider is out of network.") == [
        "not_covered", "out_of_network"]
