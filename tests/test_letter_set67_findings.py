"""Findings of letters set 67's blind review (drafted at b1dff8a7; tests/resources/letter-review/set67 and
set67-review.md) on the clinical sections, fixed by kind and tested on the set's own fictional cases: what the letter
says and what it no longer says."""
from __future__ import annotations

from test_letter_set14_findings import case_of, draft, history

from appeal_kit.letter import arguments

COUNT = "This letter counts a medication trial"


def count_printed(case):
    """The case with its last payer_criteria row marked unmet: beside a criteria table each shown met, the letter's own
    count of failed trials gives way to the table (below), so a test of the count's words drafts it with one unmet."""
    case.data["payer_criteria"][-1]["met"] = False
    return case


def test_the_letters_own_count_gives_way_to_criteria_each_shown_met(tmp_path):
    # 03, 05, 06, 08: "has failed one adequate antidepressant trial" beside a criterion counting trials "without
    # remission" (05: CONTRADICTION, the denial's own ground), gabapentin's intolerance summed into "two adequate
    # medication trials" (06: FALSE), and a rule whose words took in the drug the next sentence left out (03, 08)
    for number in ("03", "05", "06", "08"):
        text, state = draft(tmp_path / number, case_of("set67", number))
        assert state.by_id["all_criteria_met"].value is True, number
        assert COUNT not in text and arguments.STILL_SENTENCE not in text, number
        assert "has failed one adequate" not in text and "has failed two adequate" not in text, number
        assert "Each treatment tried, with its dose, dates and outcome:" in text, number


def test_an_intolerance_is_never_an_adequate_failed_trial(tmp_path):
    case = case_of("set67", "06")
    gabapentin, tramadol = history(case, "Gabapentin"), history(case, "Tramadol")
    # `failed: true` with only an intolerance recorded; tramadol's "Little relief after 9 weeks" is a failed trial
    assert arguments.intolerance_only(gabapentin) and not arguments.intolerance_only(tramadol)
    counted = arguments.counted_trials(case.data["clinical"]["history"])["all"]
    assert tramadol in counted and gabapentin not in counted
    # where the count is printed (a criterion the table marks unmet), gabapentin is said to be an intolerance
    text, _ = draft(tmp_path, count_printed(case_of("set67", "06")))
    assert "has failed one adequate medication trial" in text and "two adequate medication trials" not in text
    assert "Gabapentin, because it could not be tolerated and was stopped, an intolerance rather than a full " \
           "trial" in text


def test_the_counting_rule_never_takes_in_a_drug_still_taken():
    # 03, 08 (mild CONTRADICTION): "adequate and failed when ... taken for six weeks or more and brought ... only a
    # partial ... one" beside "A drug still being taken is never counted among the failed trials"
    assert arguments.RULE_SENTENCE.endswith("and it is no longer taken.")
    assert "never counted among the failed trials" in arguments.STILL_SENTENCE


def test_passive_ideation_is_said_as_recorded_never_as_a_risk_of_serious_harm(tmp_path):
    # 01, 03, 08 (mild UNSUPPORTED): "every month carries a real risk of serious harm" beside "no plan or intent"
    for number in ("01", "03", "08"):
        text, _ = draft(tmp_path / number, case_of("set67", number))
        assert "The records document passive suicidal ideation" in text, number
        assert "real risk of serious harm" not in text, number
        assert "While the illness goes without effective treatment, that ideation must be weighed in this " \
               "decision." in text, number
    # active ideation keeps the risk it is
    text, _ = draft(tmp_path / "active", case_of("set67", "01", **{"clinical.suicidality": "active"}))
    assert "every month carries a real risk of serious harm for Mr. Whitlow" in text


def test_the_steps_tried_are_named_without_a_purpose_or_a_sum_the_case_does_not_give(tmp_path):
    # 02, 05 (mild UNSUPPORTED): "A step-therapy protocol exists to make sure that less costly treatments are tried
    # first. They have been." after some of the steps; 05 (CONTRADICTION): bupropion, the step in dispute, left out
    # the steps beside a table of steps each shown met are the table's to name (set 69, case 02): one row unmet
    case = case_of("set67", "05")
    case.data["payer_criteria"][0]["met"] = False
    text, _ = draft(tmp_path / "05", case)
    assert "less costly" not in text and "They have been." not in text
    assert "vortioxetine (not tolerated) and bupropion XL (still taken, partial response), as the treatment history " \
           "above shows" in text
    text, _ = draft(tmp_path / "02", count_printed(case_of("set67", "02")))
    assert "less costly" not in text and "They have been." not in text
    # a mood stabilizer kept for relapse prevention is no step of an antipsychotic-or-lithium protocol
    assert "I have already tried quetiapine (3/2026 to 5/2026) (partial benefit; stopped for adverse effects), as " \
           "the treatment history above shows." in text
    assert "lamotrigine (still taken" not in text


def test_a_generic_drug_keeps_no_capital_mid_sentence(tmp_path):
    # 05 (and 03's "mid-sentence capitals"): "has already tried Escitalopram (no adequate response)", a generic name
    # read as a brand because the Spanish names did not hold it
    from appeal_kit.case.interview import english_treatment

    text, _ = draft(tmp_path, count_printed(case_of("set67", "05")))  # the steps said: one row unmet (set 69, 02)
    assert "already tried escitalopram (no adequate response)" in text
    # the same name in both languages is never called Spanish, whatever its capitals; an accent still is
    assert english_treatment("Escitalopram") is None and english_treatment("Bupropion") is None
    assert english_treatment("bupropión") == "bupropion" and english_treatment("escitalopram") is None
