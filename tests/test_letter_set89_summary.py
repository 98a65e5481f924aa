"""The opening summary's points of letters set 89's blind review at b92f4014
(tests/resources/letter-review/set89-review.md, cases 03, 05 and 06): each quoted finding of the decision is filed
under the criterion it answers, or in a point of its own where it answers none; a criterion's point never quotes
another criterion's finding."""
from __future__ import annotations

from datetime import date

from conftest import docx_text
from test_letter_set14_findings import case_of

from appeal_kit.case.folder import Case
from appeal_kit.letter import render

TODAY = date(2026, 12, 7)  # the day the set was drafted and reviewed


def points(case: Case) -> list[str]:
    """The opening summary's numbered points, as the letter prints them."""
    info, _why = render.template_for_case(case)
    return list(render.build_context(case, info, today=TODAY)["why_wrong"])


def test_a_finding_on_a_criterion_kept_in_its_own_section_is_quoted_under_that_criterion():
    # case 03 (REPETITION, mild): "no adequate SRI trial" (criterion 3's) was quoted under "Criterion 4 ... is met",
    # then point 2 said criterion 3 met again
    opening = points(case_of("set89", "03"))
    assert opening[0].startswith("Criteria 3 and 4 of Piedmont Bridges Behavioral Health Criteria BH-IOP-OCD-2")
    assert "“The member has not had an adequate trial of a serotonin reuptake inhibitor” and “Outpatient therapy" \
        in opening[0]
    assert not any(p.startswith("Criterion 3 of") for p in opening)
    # case 05: the prior course's "stopped for lack of benefit" (criterion 3's) beside aripiprazole (criterion 5's)
    opening = points(case_of("set89", "05"))
    assert opening[0].startswith("Criteria 3 and 5 of Lodestar TRICARE Clinical Criteria CC-ESK-7")
    assert not any(p.startswith("Criterion 3 of") for p in opening)


def test_the_criterions_own_section_stays_when_its_finding_is_filed_under_it(tmp_path):
    case = case_of("set89", "03")
    info, _why = render.template_for_case(case)
    out = render.render_letter(case, info, tmp_path / "letter.docx", today=TODAY, clinic=None)
    text = " ".join(docx_text(out).split())
    assert "Criterion 3 the decision found unmet The decision rests on criterion 3 of BH-IOP-OCD-2" in text


def test_a_finding_that_answers_no_criterion_is_a_point_of_its_own_in_the_decisions_order():
    # case 06 (FALSE, mild): the pacemaker's "contraindicated", the denial's first ground, was filed under criterion
    # 2, the trial count
    opening = points(case_of("set89", "06"))
    assert opening[0] == ("The notice of November 25, 2026 states “TMS is contraindicated because the member has an "
                          "implanted cardiac pacemaker”, which the record contradicts (Exhibit D, p. 1; Exhibit F), as "
                          "set out below.")
    assert opening[1].startswith("Criterion 2 of Bayou Crescent internal coverage criteria MA-TMS-27")
    assert opening[1].endswith("states “the records show two”, which the record contradicts (Exhibit B, p. 1), as set "
                               "out below.")
    assert "pacemaker" not in opening[1]


def test_one_correction_one_criterion_is_one_point_as_before():
    # off shape: the trial count alone corrected, concluding criterion 2: one point, unchanged
    case = case_of("set89", "06")
    case.data["claim"]["corrections"] = case.data["claim"]["corrections"][1:]
    opening = points(case)
    assert opening[0].startswith("Criterion 2 of Bayou Crescent internal coverage criteria MA-TMS-27")
    assert "“the records show two”, which the record contradicts (Exhibit B, p. 1)" in opening[0]
    assert not any(p.startswith("The notice of") for p in opening)


def test_a_criterion_no_correction_answers_keeps_its_own_line():
    # off shape: case 03 without the SRI correction: criterion 3 is said in its own line, criterion 4's point quotes
    # only its own finding
    case = case_of("set89", "03")
    case.data["claim"]["corrections"] = case.data["claim"]["corrections"][1:]
    opening = points(case)
    assert opening[0].startswith("Criterion 4 of Piedmont Bridges")
    assert "serotonin" not in opening[0]
    assert any(p.startswith("Criterion 3 of") and p.endswith("which the decision found unmet, is met; the records "
                                                             "that show it are set out below.") for p in opening)
    # a correction whose record is not the criterion's row answers no criterion: a point of its own, never filed
    # under criterion 4's number
    case = case_of("set89", "03")
    case.data["claim"]["corrections"][0]["file"] = "clinical/ecg-report-2026-06-03.txt"
    opening = points(case)
    assert not any("serotonin" in p and "Criterion 4" in p for p in opening)
    assert any(p.startswith("The notice of November 30, 2026 states “The member has not had") for p in opening)
