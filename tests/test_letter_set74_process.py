"""Process findings of letters set 74's blind review at 7dcb8239 (tests/resources/letter-review/set74-review.md),
each fixed by its kind and tested on the set's own fictional case: coverage the patient never had, the decision
clock of the request's own kind, and the expedited route only for care still to come."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import docx_text
from test_letter_set14_findings import case_of

from appeal_kit.case.folder import Case
from appeal_kit.checks import check_case
from appeal_kit.letter import render

TODAY = date(2026, 12, 7)  # the day the set was drafted and reviewed


def draft(tmp_path: Path, case: Case) -> str:
    """The letter's text, whitespace folded, drafted on the set's day from the template `draft` picks."""
    info, _why = render.template_for_case(case)
    out = render.render_letter(case, info, tmp_path / f"{info.name}.docx", today=TODAY, clinic=None)
    return " ".join(docx_text(out).split())


def test_coverage_never_enrolled_in_is_answered_in_the_members_own_words_with_the_plans_part_a_only_rule(tmp_path):
    # set 74, case 04 (MISSING, not mild; FALSE and UNSUPPORTED, mild): an FEHB annuitant with Medicare Part A only,
    # never enrolled in Part B, denied CO-22 as Medicare-primary; "Part A only" lived only in a third-person parenthesis
    # typed into other_coverage.plan, the call that told the carrier there was NO Part B read as "told about Part B"
    # and was proved by the SSA letter and card
    case = case_of("set74", "04")
    text = draft(tmp_path, case)
    assert "I have never been enrolled in Medicare Part B; I have Medicare Part A (Exhibit E: SSA Medicare " \
           "entitlement letter 2026-10-09; Exhibit D: Medicare card copy)." in text
    assert "there is no Medicare Summary Notice from it to send with the claim" in text
    # the brochure's quoted rule applied to the case
    assert "Those terms decide this claim: I have Medicare Part A only, so the plan is the primary payer for the " \
           "covered services Part A does not cover, such as this outpatient care." in text
    assert "The plan was told on October 13, 2026 that I have no Medicare Part B." in text
    assert "The plan was told about Medicare Part B" not in text
    assert "to correct its coordination-of-benefits record to show that I am not enrolled in Medicare Part B, and to " \
           "reprocess the claim as the primary payer, without waiting for a Medicare Summary Notice." in text
    assert "Please show the record on which" not in text
    # nothing ended: check asks for no end date and no member_is
    said = " ".join(str(f) for f in check_case(case.folder, today=TODAY).findings)
    assert "other_coverage.ended" not in said and "other_coverage.member_is" not in said
    # without the Part A it holds, nothing says "Part A only"
    text = draft(tmp_path, case_of("set74", "04", **{"other_coverage.has": None}))
    assert "I have never been enrolled in Medicare Part B (Exhibit E" in text
    assert "Part A only, so" not in text
    # without never_enrolled, the letter is as before: it asks for the record
    text = draft(tmp_path, case_of("set74", "04", **{"other_coverage.never_enrolled": None}))
    assert "never been enrolled" not in text and "Please show the record on which" in text


def test_a_part_b_drug_request_is_held_to_the_clock_of_its_own_kind_and_expedited_only_for_care_to_come(tmp_path):
    # set 74, case 06 (FALSE, mild, twice): a standard Part B drug request "not decided within the 72 hours the rules
    # allow (42 CFR 422.568(b)(2) and 422.572(a)(2))", the second the 24-hour expedited clock; and an expedited
    # reconsideration offered for "this appeal", mostly a payment request for four sessions given
    text = draft(tmp_path, case_of("set74", "06"))
    assert "does not decide within the 72 hours the rules allow (42 CFR 422.568(b)(2)) cannot deny" in text
    assert "422.572(a)(2)" not in text
    assert "is available for the care still to come if waiting for a standard decision could seriously jeopardize " \
           "Mr. Szymanski-Obi's life or health: please treat the request for that care as expedited" in text
    assert "please treat this appeal as expedited" not in text
    # an expedited request is held to the 24-hour clock, and cites it alone
    from appeal_kit.intake import deadlines

    clock = deadlines.prior_auth_clock("medicare_advantage", urgent=True, part_b_drug=True)
    assert clock is not None and clock.rule_id == "part_b_drug_urgent" and clock.hours == 24


def test_the_revised_notice_appealed_is_the_exhibit_its_quoted_words_are_traced_to(tmp_path):
    # set 74, case 05 (CONTRADICTION, mild): two notices in denial/, the superseded first MSN sorting first; the claims
    # report traced the revised notice's quoted words to Exhibit A, the first MSN, which does not hold them
    case = case_of("set74", "05")
    assert [e.path.name for e in case.exhibits if e.path.parent.name == "denial"] == \
        ["msn-2026-09-29-first.txt", "msn-2026-10-28-revised.txt"]
    assert render._appealed_notice(case).name == "msn-2026-10-28-revised.txt"
    report: dict = {}
    render.render_letter(case, render.find_template("medical-necessity"), tmp_path / "letter.docx", today=TODAY,
                         clinic=None, report=report)
    quoted = report["facts"].by_id["denial_quoted"]
    assert "Exhibit B" in quoted.sources and "Exhibit A" not in quoted.sources
    # one notice in denial/: it is the notice, whatever its name
    one = case_of("set74", "05")
    one.exhibits = [e for e in one.exhibits if e.path.name != "msn-2026-09-29-first.txt"]
    assert render._appealed_notice(one).name == "msn-2026-10-28-revised.txt"


def test_the_users_sentence_applying_the_terms_is_not_given_the_terms_exhibit_as_its_proof(tmp_path):
    # set 74, case 07 (UNSUPPORTED, mild): "The plan's final denial of 09/03/2026 was received on 09/12/2026 (envelope
    # postmarked 09/10/2026) ... (Exhibit F)", Exhibit F the SPD excerpt quoted just before, not the envelope's record
    case = case_of("set74", "07")
    text = draft(tmp_path, case)
    assert "The plan's own terms read (Exhibit F): “14.3 If your final internal appeal is denied" in text
    assert "counted from the letter's date." in text
    assert "counted from the letter's date (Exhibit F)" not in text
    # the terms are still applied, by the writer's sentence: never reported as quoted and never applied
    from appeal_kit.letter import unused

    info, _why = render.template_for_case(case)
    letter = render.render_letter(case, info, tmp_path / "letter.docx", today=TODAY, clinic=None)
    left = unused.unused(case, letter, TODAY, unused.answered_reasons(case.data))
    assert "plan_policy.other_terms" not in {item.field for item in left}
