"""Letters sets 73 and 74 (written blind in stop 63): each finding of their reviews that a change fixed, one test each.

Set 73's review (set73-review.md) found, in four letters, "As to the notice's words quoted above, the record shows
otherwise" where the record contradicts one statement of a longer quotation whose other statements are true.
"""
from __future__ import annotations

from test_letter_set14_findings import case_of, draft


def test_a_statement_that_is_part_of_the_quoted_words_is_named_by_its_first_words(tmp_path):
    # 73/01: the notice's reason says venlafaxine was a response AND that mirtazapine and vortioxetine were no adequate
    # trials (true, and granted by the letter's own table): only the first is contradicted
    text, _ = draft(tmp_path, case_of("set73", "01"))
    assert "As to the notice’s words quoted above, “The member responded ...”, the record shows otherwise: " in text
    assert "As to the notice’s words quoted above, the record shows otherwise" not in text
    # the reason that is that statement and nothing else is still referred to as a whole
    case = case_of("set73", "01")
    case.data["claim"]["denial_reason"] = case.data["claim"]["corrections"][0]["said"]
    text, _ = draft(tmp_path, case)
    assert "As to the notice’s words quoted above, the record shows otherwise: PHQ-9 fell from 22 to 15" in text


def test_an_exclusion_of_a_condition_said_not_to_apply_is_no_contradiction_of_a_quote_that_names_the_treatment():
    # letters set 77, case 08: "4 (exclusion). Concurrent anticonvulsant therapy that cannot be held ...", answered
    # "the exclusion does not apply" (the divalproex is held), beside an ECT policy quoted in full: check stopped the
    # build with "the letter says the exclusion does not reach the treatment"
    from appeal_kit.letter import derived, facts

    case = case_of("set71", "08")
    row = next(r for r in case.data["payer_criteria"] if str(r["criterion"]).startswith("Exclusion 4"))
    assert derived.exclusion_rows(case.data).keys() == {"4"}
    row["criterion"] = "4 (exclusion). Active substance use disorder"
    assert derived.exclusion_rows(case.data).keys() == {"4"}
    named = facts.Facts(by_id={"exclusion_names_treatment": facts.Fact("exclusion_names_treatment", True)})
    said = "Remission since March 2026; the exclusion does not apply."
    assert facts.contradictions(said, named, case.data) == []
    # without such a row it is the quoted exclusion said not to reach the treatment, as before
    case.data["payer_criteria"] = [r for r in case.data["payer_criteria"] if r is not row]
    assert len(facts.contradictions(said, named, case.data)) == 1
    assert len(facts.contradictions("The exclusion does not name esketamine.", named, case_of("set71", "08").data)) == 1


def test_a_lettered_part_of_a_criterion_given_instead_of_it_is_one_of_its_alternatives(tmp_path):
    # letters set 77, case 07: "2(b). Need for a rapid response" with `instead_of: 2` was told as "CC-ECT-7 lets
    # criterion 2 take the place of criterion 2"; it is criterion 2's own alternative, met where 2(a) is not
    from appeal_kit.letter import derived

    case = case_of("set77", "07")
    assert derived.criteria_instead(case.data) == []
    text, _ = draft(tmp_path, case)
    assert "take the place of criterion 2" not in text
    assert "criterion 2 is met when 2(a) or 2(b) is met: any one of them is enough. 2(b) is met" in text


def test_a_lettered_item_number_opening_a_table_row_is_no_sentence():
    # the same row's "2(b)." was traced as a sentence whose number nothing in the case gives (check warned)
    from appeal_kit.letter import claims

    assert claims._ENUMERATOR.search("2(b).") and claims._ENUMERATOR.search("2.")
    assert not claims._ENUMERATOR.search("criterion 2(b).")


def test_an_exclusion_numbered_after_its_number_is_a_condition_of_the_member_never_conceded(tmp_path):
    # letters set 77, case 08: "4 (exclusion). Concurrent anticonvulsant therapy ..." was taken for an exclusion of
    # the treatment: "The provision names electroconvulsive therapy ... and this appeal does not dispute what it says"
    text, _ = draft(tmp_path, case_of("set77", "08"))
    assert "does not dispute what it says" not in text
    assert "Exclusion 4 of UM-ECT-12 therefore does not apply" in text
