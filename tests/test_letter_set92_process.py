"""Process findings of letters set 92's blind review at cc987886 (tests/resources/letter-review/set92-review.md),
round s81 process: a non-contracted provider's waiver of liability (42 CFR 422.574(b)) named by its exhibit (03); words
making external review wait for the internal appeal answered beside the concurrent expedited review (05); `deadline`
naming a QIC's or a fair hearing's request by no external review (92/01, 08)."""
from __future__ import annotations

from datetime import date

from test_letter_set14_findings import case_of
from test_letter_set92_lead import draft

from appeal_kit.checks import check_case
from appeal_kit.letter import derived

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


EXHAUSTION = "If your appeal is denied, you may ask for an external review after you complete our internal appeal."


def test_words_making_external_review_wait_are_answered_beside_the_concurrent_review(tmp_path):
    # 05 (CONTRADICTION): the notice's "after you complete our internal appeal" quoted as terms that "bear on this
    # claim", just after the letter asked for the expedited external review to proceed at the same time
    text = draft(tmp_path, case_of("set92", "92-05"))
    assert "I also ask that an expedited external review under the state's external review process proceed at the " \
           "same time (45 CFR 147.136(c)(2))." in text
    assert f"External review at the same time The plan writes (Exhibit A): “{EXHAUSTION}” That order does not hold " \
           "for this appeal: where a claim is urgent, an expedited external review may proceed at the same time as " \
           "the expedited internal appeal (45 CFR 147.136(c)(2))." in text
    assert "Other terms of the plan bear on this claim" not in text


def test_the_exhaustion_answer_off_shapes(tmp_path):
    # a standard appeal, not urgent, asks no concurrent review: the words stay other terms of the plan
    standard = draft(tmp_path, case_of("set92", "92-05", template="medical-necessity", urgency=None,
                                       **{"claim.urgent": False}))
    assert "proceed at the same time" not in standard
    assert f"Other terms of the plan bear on this claim (Exhibit A): “{EXHAUSTION}” Please address them in the " \
           "decision." in standard
    # other words beside the concurrent review: quoted as before
    other = "Residential treatment requires prior authorization."
    urgent = draft(tmp_path, case_of("set92", "92-05", **{"plan_policy.other_terms": other}))
    assert f"Other terms of the plan bear on this claim (Exhibit A): “{other}” Please address them in the decision." \
        in urgent
    assert "That order does not hold" not in urgent


def test_which_words_make_external_review_wait():
    def waits(words: str) -> bool:
        return derived.plan_terms({"plan_policy": {"other_terms": words}})["exhaustion"]

    assert waits(EXHAUSTION)
    assert waits("You may request an external review once you have exhausted the internal appeals process.")
    assert waits("External review is available only after the plan's final internal decision.")
    assert not waits("You may ask for an external review at the same time as an expedited internal appeal.")
    assert not waits("After you complete our internal appeal, we will send you a letter.")


def _contact_line(data: dict) -> str:
    from appeal_kit import directory
    from appeal_kit.intake import deadlines
    from appeal_kit.letter.derived import medical_judgment

    lines = directory.help_lines(data, reviewable=medical_judgment(data),
                                 external=deadlines.level_of_case(data).judgment_only)
    return next(line for line in lines if line.startswith("Send "))


def test_deadline_names_a_qic_or_a_fair_hearing_request_by_no_external_review():
    # `deadline` printed "Send the external review request to:" for Original Medicare's QIC (92/08) and would for a
    # Medicaid plan's state fair hearing office (92/01, whose ECT-limit denial then printed no line at all)
    qic = _contact_line(case_of("set92", "92-08").data)
    assert qic.startswith("Send the request to: Lakeshore Qualified Independent Contractor (FICTIONAL), ")
    assert qic.endswith(", PO Box 48119, Grand Rapids, MI 49501.")
    assert _contact_line(case_of("set92", "92-01").data) == (
        "Send the request to: State Medicaid Fair Hearing Office (FICTIONAL), PO Box 42489, Olympia, WA 98504.")
    # the off shape: an insured Marketplace plan's next level is external review, named so
    marketplace = case_of("set92", "92-05", **{"external_review.agency": "Colorado Division of Insurance",
                                               "external_review.address": "1560 Broadway, Suite 850\nDenver, CO 80202"})
    assert _contact_line(marketplace.data) == ("Send the external review request to: Colorado Division of Insurance, "
                                               "1560 Broadway, Suite 850, Denver, CO 80202.")
