"""Process findings of letters set 92's blind review at cc987886 (tests/resources/letter-review/set92-review.md),
round s81 process: a non-contracted provider's waiver of liability (42 CFR 422.574(b)) named by its exhibit (03)."""
from __future__ import annotations

from datetime import date

from test_letter_set14_findings import case_of
from test_letter_set92_lead import draft

from appeal_kit.checks import check_case

TODAY = date(2026, 12, 7)
WAIVER = "other/waiver-of-liability-statement-2026-11-09.txt"
WAIVER_SENTENCE = ("High Desert TMS Center has signed a waiver of liability, enclosed as Exhibit E: it waives any right "
                   "to collect payment from Mr. Amundsen-Reyes for these services, whatever the outcome of this appeal")


def _fields(findings) -> list[str]:
    return [f.field for f in findings]


def test_a_non_contracted_providers_waiver_of_liability_is_named_with_its_rule(tmp_path):
    # 03 (MISSING): the signed waiver, which makes the clinic a party to the Medicare Advantage reconsideration, rode
    # as an unlabelled exhibit: the letter never said the member will not be billed whatever the outcome
    text = draft(tmp_path, case_of("set92", "92-03", **{"provider.waiver": WAIVER}))
    assert WAIVER_SENTENCE + " (42 CFR 422.574(b))." in text
    assert text.count("waiver of liability") == 1


def test_check_asks_for_the_waiver_where_a_provider_appeals_its_payment_under_medicare_advantage(tmp_path):
    folder = case_of("set92", "92-03").folder
    result = check_case(folder, today=TODAY)
    assert "provider.waiver" in _fields(result.warnings)
    assert "waiver of liability" not in draft(tmp_path, case_of("set92", "92-03"))


def test_the_waiver_off_shapes(tmp_path):
    # another plan type: the waiver is named, with no Medicare Advantage rule cited
    other = draft(tmp_path, case_of("set92", "92-03", **{"provider.waiver": WAIVER,
                                                          "claim.plan_type": "employer_erisa"}))
    assert WAIVER_SENTENCE + "." in other
    assert "422.574" not in other
    # an author who is not the provider appealing its own claim: no waiver sentence, even with the field
    physician = draft(tmp_path, case_of("set92", "92-03", **{"provider.waiver": WAIVER,
                                                             "author.relation": "physician"}))
    assert "waiver of liability" not in physician
