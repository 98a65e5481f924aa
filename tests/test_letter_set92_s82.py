"""Set 92's findings left by round s81, fixed in round s82 process (tests/resources/letter-review/set92-review.md): a
limit the case does not show the plan's terms set, or one the course is within, is never conceded (01: the exception
sentence and the parity paragraph), and a Part D drug's quantity limit is answered by the coverage exception the rule
gives (02)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import docx_text
from test_letter_set14_findings import case_of

from appeal_kit.case.folder import Case
from appeal_kit.checks import check_case
from appeal_kit.letter import arguments, render

TODAY = date(2026, 12, 7)
ASK_UNKNOWN = ("If the plan holds that a limit in its terms reaches this course, please direct it to name that limit and "
               "the words of its terms that set it, and to decide this request as an exception to that limit for the "
               "eight sessions still to come.")
ASK_BEYOND = ("Please say whether the plan allows more treatments than the limit applied when the treating clinician "
              "prescribes a longer course, and decide this request as that exception for the eight sessions still to "
              "come.")
PARITY_REAL = "This limit falls on treatment for a mental health condition (F33.2)."
PARITY_ALTERNATIVE = ("Were a limit in the plan’s terms to reach this course, it would fall on treatment for a mental "
                      "health condition (F33.2).")


def draft(tmp_path: Path, case: Case) -> str:
    info, _why = render.template_for_case(case)
    out = render.render_letter(case, info, tmp_path / f"{info.name}.docx", today=TODAY, clinic=None)
    return " ".join(docx_text(out).split())


def test_a_limit_the_case_does_not_show_is_never_conceded(tmp_path):
    # 01 (CONTRADICTION): having shown Section 5.8 sets no calendar-year limit, the letter asked "whether the plan
    # allows more treatments than the limit applied" and said of the 12 a year "this one cannot be applied"
    text = draft(tmp_path, case_of("set92", "92-01"))
    assert ASK_UNKNOWN in text and ASK_BEYOND not in text
    assert PARITY_ALTERNATIVE in text and PARITY_REAL not in text
    assert ("Unless the plan applies a limit at least as strict to substantially all medical and surgical benefits in "
            "the same classification, no such limit can be applied: please direct the plan to pay the claim") in text


def test_a_course_within_the_terms_gets_the_parity_argument_as_an_alternative(tmp_path):
    # 01 with the limit given: the course is argued within the terms, no exception asked, and parity only "were" a
    # limit to reach it
    case = case_of("set92", "92-01", **{"plan_policy.limit": {"applied": 12, "current": "none", "course": 20}})
    text = draft(tmp_path, case)
    assert "no limit in the plan’s terms was exceeded, so none is a ground for this denial." in text
    assert PARITY_ALTERNATIVE in text and PARITY_REAL not in text
    assert ASK_UNKNOWN not in text and ASK_BEYOND not in text


def test_a_course_beyond_the_terms_limit_keeps_the_exception_and_the_real_limit(tmp_path):
    # off shape: the terms set 12 and the course goes past them: the exception is asked, and parity answers the limit
    case = case_of("set92", "92-01", **{"plan_policy.limit": {"applied": 12, "current": 12, "course": 20}})
    text = draft(tmp_path, case)
    assert ASK_BEYOND in text and ASK_UNKNOWN not in text
    assert PARITY_REAL in text and PARITY_ALTERNATIVE not in text
    assert "this one cannot be applied" in text


def test_a_first_appeal_asks_the_plan_itself_to_name_the_limit(tmp_path):
    # sibling: a Marketplace student plan's own appeal (set 10, case 07) with the terms' limit not given: the plan is
    # asked, not directed through a hearing officer
    case = case_of("set10", "07")
    case.data["plan_policy"].pop("limit", None)
    text = draft(tmp_path, case)
    assert "holds that a limit in its terms reaches this course, please name that limit and the words of its terms " \
           "that set it, and decide this request as an exception to that limit" in text
    assert "please direct it to" not in text


def test_a_part_d_quantity_limit_is_answered_by_the_coverage_exception(tmp_path):
    # 02 (MISSING): "Quantity limit exceeded" under `denial_category: other` was answered "Please identify the
    # provision this denial relies on"; the exception of 42 CFR 423.578(b) on the prescriber's statement was never asked
    case = case_of("set92", "92-02")
    assert arguments.denial_reasons(case.data) == ["benefit_limit"]
    text = draft(tmp_path, case)
    assert ("The prescriber’s supporting statement is enclosed as Exhibit D, and this letter asks for an exception to "
            "the limit on it.") in text
    assert ("A Part D plan must grant an exception to a utilization management requirement, such as a quantity limit, "
            "when the prescriber’s supporting statement shows that the doses the limit allows have not been, or would "
            "not be, effective for the enrollee (42 CFR 423.578(b)).") in text
    assert ("I ask the plan to overturn the denial and to authorize the treatment by the exception to the limit asked "
            "above.") in text
    assert "Please identify the provision this denial relies on" not in text
    # check names the category the words give, and asks no count of treatments of a drug's quantity limit
    fields = [f.field for f in check_case(case.folder, today=TODAY).findings]
    assert "claim.denial_category" in fields and "plan_policy.limit" not in fields


def test_other_words_under_other_are_not_a_limit():
    # off shapes: a denial whose words name no limit stays `other`; a quantity the clause sets aside adds none
    assert arguments.denial_reasons(case_of(
        "set92", "92-02", **{"claim.denial_reason": "The drug was dispensed by a non-network pharmacy."}).data) == [
        "other"]
    assert "benefit_limit" not in arguments.denial_reasons(case_of(
        "set92", "92-02", **{"claim.denial_reason": "The quantity limit was not the basis of the denial. The claim was "
                                                    "filed late."}).data)
