"""Clinical findings of letters set 99's blind review (drafted at b7f0cb51; tests/resources/letter-review/set99 and
set99-review.md), fixed in round s83 by kind and tested on the set's own fictional cases: what the letter says and
what it no longer says, beside the nearby shapes that must not change."""
from __future__ import annotations

import pytest
from test_letter_set14_findings import case_of, draft, traced_rows

from appeal_kit.letter import arguments, derived

# ------------------------- 07: a drug still taken on an inadequate response is in the count the paragraph leads with

FAILED = {"drug": "Escitalopram", "dose": "20 mg", "start": "2025-10-01", "end": "2026-01-10", "response": "none",
          "kind": "antidepressant"}
STILL = {"drug": "Venlafaxine XR", "dose": "225 mg", "start": "2026-01-13", "ongoing": True, "response": "partial",
         "end": "2026-11-26", "kind": "antidepressant", arguments.STILL_TAKEN: True}


def test_the_paragraph_leads_with_the_whole_count_never_conceding_the_denials(tmp_path):
    # 99/07 (CONTRADICTION): "has failed one adequate antidepressant trial (sertraline)" and "A drug still being taken
    # is never counted among the failed trials", then "the record shows otherwise: Two antidepressants" against the
    # notice's "only one is documented"; "This letter counts ..." read as software talking
    text, state = draft(tmp_path, case_of("set99", "07"))
    assert ("Ms. Odum-Feld has had two adequate antidepressant trials (sertraline and venlafaxine XR) without an "
            "adequate response. Venlafaxine XR, still being taken, has brought only a partial response. "
            + arguments.TRIALS_SENTENCE + " One of the three treatments listed is not one of these trials: Naltrexone, "
            "because it was given for another purpose, not as a trial of treatment for this condition.") in text
    assert "has failed one adequate" not in text and "This letter counts" not in text
    assert arguments.STILL_SENTENCE not in text
    # the notice's count is still answered, and nothing before it concedes it
    assert "As to “only one is ...”, the record shows otherwise: Two antidepressants in the current episode" in text
    # the statement is traced to both rows it counts, sertraline and venlafaxine XR
    fact = state.by_id["trials_failed"]
    assert fact.value is True and traced_rows(fact) == {1, 2}


def test_the_lead_and_its_rule_for_a_count_with_a_drug_still_taken():
    trials = arguments.trial_summary([FAILED, STILL])
    assert trials["lead"] == ("had two adequate antidepressant trials (escitalopram and venlafaxine XR) without an "
                              "adequate response. Venlafaxine XR, still being taken, has brought only a partial response")
    assert trials["rule"] == arguments.TRIALS_SENTENCE
    # the summary other sentences use keeps both counts (letters set 24, case 08)
    assert trials["summary"] == ("one adequate antidepressant trial (escitalopram). Venlafaxine XR, still being taken, "
                                 "has brought only a partial response, which makes two adequate antidepressant trials "
                                 "without an adequate response")
    # the plan's own longer minimum, met by both trials, is the one said
    assert arguments.trial_summary([FAILED, STILL], plan_weeks=8)["rule"] == (
        "Each of these medication trials was taken for eight weeks or more, the plan's own minimum, and brought no response or "
        "remission, or only a partial or short-lived one.")


def test_a_drug_still_taken_typed_in_lower_case_opens_its_sentence_capitalized():
    # letters set 83, cases 02, 04, 05, 06 and 08: "... without an adequate response. escitalopram, still being ..."
    trials = arguments.trial_summary([{**FAILED, "drug": "fluoxetine"}, {**STILL, "drug": "escitalopram"}])
    assert trials["lead"] == ("had two adequate antidepressant trials (fluoxetine and escitalopram) without an adequate "
                              "response. Escitalopram, still being taken, has brought only a partial response")


@pytest.mark.parametrize("rows, lead", [
    # off shapes: no drug still taken; an augmentation agent still taken beside antidepressants that ended (not in an
    # antidepressant count)
    ([FAILED], "failed one adequate antidepressant trial (escitalopram)"),
    ([FAILED, {**FAILED, "drug": "Sertraline", "start": "2024-01-01", "end": "2024-04-01"},
      {**STILL, "drug": "Aripiprazole", "dose": "5 mg", "kind": "augmentation"}],
     "failed two adequate antidepressant trials (escitalopram and sertraline). Aripiprazole, still being taken, has "
     "brought only a partial response"),
])
def test_the_lead_and_rule_are_unchanged_without_an_antidepressant_still_taken_in_the_count(rows, lead):
    trials = arguments.trial_summary(rows)
    assert trials["lead"] == lead
    assert trials["rule"].startswith(arguments.RULE_SENTENCE)
    assert arguments.TRIALS_SENTENCE not in trials["rule"]
    # a drug still taken beside a count it is not in is named as never counted among the failed trials
    assert (arguments.STILL_SENTENCE in trials["rule"]) is (len(rows) > 1)


def test_a_pain_count_keeps_the_failed_trials_and_the_rule_beside_them():
    # off shape: a pain letter counts medication trials, never "antidepressant trials without an adequate response"
    pain = [{**FAILED, "drug": "Pregabalin", "kind": "other"}, {**STILL, "drug": "Duloxetine"}]
    trials = arguments.trial_summary(pain, pain=True)
    assert trials["lead"].startswith("failed ") and arguments.TRIALS_SENTENCE not in trials["rule"]


# ------------------------------ 06 and 04: words that are true are answered by what the record adds, not "otherwise"

def test_a_recorded_reading_the_record_dates_is_borne_out_not_contradicted(tmp_path):
    # 99/06 (mild CONTRADICTION): "a blood pressure of 168/102 is recorded" ... "the record shows otherwise", then the
    # letter dates that very reading (03/14/2025)
    text, _ = draft(tmp_path, case_of("set99", "06"))
    assert ("As to the notice’s words quoted above, “a blood pressure ...”, the record bears them out, but not the "
            "conclusion drawn from them: The 168/102 reading is from 03/14/2025") in text
    # the tramadol the member no longer takes is still contradicted, and the summary says the records answer both
    assert "As to “The member also ...”, the record shows otherwise: Tramadol was stopped on 04/30/2025" in text
    assert ("states “a blood pressure of 168/102 is recorded” and “The member also takes an opioid (tramadol)”, which "
            "the records answer") in text


@pytest.mark.parametrize("said, record, borne", [
    ("a blood pressure of 168/102 is recorded.", "The 168/102 reading is from 03/14/2025; 128/80 on 09/02/2026.", True),
    ("a PHQ-9 of 12 was recorded", "PHQ-9 12 on 03/01/2026 and 22 on 08/26/2026", True),
    # off shapes: a figure the record does not give; words saying something is NOT recorded; no "is recorded" at all
    ("a blood pressure of 168/102 is recorded.", "Readings 128/80 on 09/02/2026 and 124/78 on 09/25/2026.", False),
    ("no blood pressure below 140/90 is recorded", "128/80 on 09/02/2026, below 140/90", False),
    ("discharged on 10/14/2026", "discharged on 10/14/2026 per the nurse, 10/20/2026 per the summary", False),
])
def test_a_figure_the_words_say_is_recorded_and_the_record_gives(said, record, borne):
    assert derived.recorded_figure_repeated(said, record) is borne


def test_a_drug_the_words_say_was_not_given_that_the_record_rules_out_is_what_they_leave_out(tmp_path):
    # 99/04 (mild CONTRADICTION): "no lithium augmentation ..." (true: never given) before "the record shows otherwise:
    # ... lithium is contraindicated"
    text, _ = draft(tmp_path, case_of("set99", "04"))
    assert ("As to the notice’s words quoted above, “no lithium augmentation ...”, the record shows what they leave out: "
            "Olanzapine 10 mg daily has been taken since 08/25/2026") in text
    assert "the record shows otherwise" not in text


@pytest.mark.parametrize("said, record, ruled_out", [
    ("no lithium augmentation and no antipsychotic trial are documented in the current episode",
     "Olanzapine 10 mg daily since 08/25/2026, and lithium is contraindicated: stage 3b chronic kidney disease", True),
    ("no trial of lithium is documented", "Lithium was advised against by maternal-fetal medicine.", True),
    # off shapes: the drug was given (the words are false); the drug ruled out is not the one the words name
    ("no lithium augmentation is documented", "Lithium 900 mg from 01/2025 to 04/2025, level 0.7, no response", False),
    ("no antipsychotic trial is documented", "Olanzapine 10 mg since 08/25/2026; lithium is contraindicated", False),
])
def test_a_drug_the_words_name_as_not_given_and_the_record_rules_out(said, record, ruled_out):
    assert derived.ruled_out_named(said, record) is ruled_out
