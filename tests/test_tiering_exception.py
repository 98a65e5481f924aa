"""A tiering exception refused (letters set 20, case 04): a drug the plan lists, on a non-preferred tier, asked for at
the cost sharing of the preferred drugs. The letter answers the denial's own words (the category is `other`: none
names it), never calls the drug off the formulary nor argues whether the care is needed, gives the prescriber's
statement the notice says was missing, cites 42 CFR 423.578(a) only for a Part D plan, and asks for the drug at the
preferred drugs' cost sharing. Across every template that answers a denial, on Part D and two other plan types."""
from __future__ import annotations

import re
from datetime import date

import pytest
from conftest import TRD_SAMPLE, following_templates, rendered_text, sample_variant

from appeal_kit.case.folder import update_case_file
from appeal_kit.checks import check_case
from appeal_kit.letter import arguments

TODAY = date(2026, 12, 5)
FOLLOWING = following_templates()
TIERING = {
    "claim.denial_category": "other",
    "claim.denial_reason": "Your request for a tiering exception for Vortiva 20 mg was denied. No supporting "
                           "statement was received from your prescriber. Vortiva remains covered on Tier 4.",
    "payer_criteria": None,
    "prescriber_statement": {"date": "2026-10-26", "file": "clinical/progress-notes.pdf",
                             "quote": "The preferred drugs were tried without benefit or cannot be taken."},
}
RULE = "42 CFR 423.578(a)"


def data(plan_type: str) -> dict:
    return {**TIERING, "claim.plan_type": plan_type}


def test_the_denials_words_give_the_reason_over_the_category_other():
    case = sample_variant(TRD_SAMPLE, **data("medicare_part_d"))
    assert arguments.denial_reasons(case.data) == ["tiering_exception"]
    # the preferred drugs tried are shown; the trial count that argues the care's need is not
    assert arguments.history_bears(case.data) and not arguments.trials_bear(case.data)
    assert not arguments.care_questioned(case.data)


@pytest.mark.parametrize("plan_type", ["medicare_part_d", "employer_erisa", "individual_aca"])
@pytest.mark.parametrize("template", FOLLOWING)
def test_a_tiering_exception_is_answered_as_one(tmp_path, template, plan_type):
    letter = rendered_text(tmp_path, sample_variant(TRD_SAMPLE, **data(plan_type)), template, TODAY)
    assert "A tiering exception" in letter, template
    assert re.search(r"cover .{0,80} at the cost sharing of the preferred drugs for (?:my|his|her|their) condition",
                     letter), template
    # the statement the notice says was never received, given with its date and exhibit
    assert re.search(r"The notice says the prescriber did not provide that information; the prescriber’s "
                     r"supporting statement of October 26, 2026, enclosed as Exhibit [A-Z],", letter), template
    # the Part D rule only where it governs, and never the formulary-exception rule or words
    assert (RULE in letter) is (plan_type == "medicare_part_d"), template
    assert "423.578(b)" not in letter and not re.search(r"formulary exception|not on .{0,20}formulary", letter)
    # nor the necessity lines of a denial that asks whether the care is needed
    assert not re.search(r"failed (?:one|two|three|four|\d+) adequate", letter), template


def test_check_names_the_list_that_can_say_it(tmp_path):
    import shutil

    folder = tmp_path / "case"
    shutil.copytree(TRD_SAMPLE, folder)
    claim = {"claim.denial_category": "other", "claim.denial_reason": TIERING["claim.denial_reason"],
             "claim.plan_type": "medicare_part_d"}
    update_case_file(folder, claim, force=True)
    (warned,) = [f for f in check_case(folder, today=TODAY).findings if f.field == "claim.denial_category"]
    assert "claim.denial_reasons: [tiering_exception]" in warned.message
    update_case_file(folder, {"claim.denial_reasons": ["tiering_exception"]}, force=True)
    assert not [f for f in check_case(folder, today=TODAY).findings if f.field == "claim.denial_category"]
