"""Set 41's findings (tests/resources/letter-review/set41-review.md: drafted at 2c330784, reviewed blind, 6 (17)):
the first kind fixed at the stop it was reviewed; the rest is the next stop's fix set."""
from __future__ import annotations


def _draft(tmp_path, number: str, **changes):
    from test_letter_set14_findings import case_of, draft

    return draft(tmp_path, case_of("set41", number, **changes))


# ---------------- 01 and 03: no criterion shown met and fewer than two failed trials: the steps are never "met"

def test_a_step_requirement_is_never_said_met_without_the_trials_or_criteria_to_show_it(tmp_path):
    for number in ("01", "03"):
        text, state = _draft(tmp_path, number)
        assert "They have been." not in text and "The step-therapy requirement has been met" not in text, number
        assert "The treatments already tried" in text, number
        assert state.by_id["all_criteria_met"].value is not True


# ---------------- 05 and 07: a therapy course is never the "one adequate failed trial" beside a drug still taken

def test_a_therapy_course_is_never_counted_as_a_failed_medication_trial(tmp_path):
    from appeal_kit.letter import arguments

    for number, course in (("05", "Occupational therapy"), ("07", "Physical therapy")):
        text, state = _draft(tmp_path, number)
        row = next(r for r in _case(number)["clinical"]["history"] if r["drug"] == course)
        assert arguments.is_therapy_course(row)
        assert not arguments.counted_trials([row])["all"], number
        assert "failed one adequate" not in text and "adequate treatment trial" not in text, number
        assert state.by_id["trials_failed"].value is not True, number
    # a drug trial in the same history still counts: the rule reaches the therapy course alone
    drug = {"drug": "Gabapentin", "dose": "900 mg daily", "start": "2025-01", "end": "2025-04", "kind": "other",
            "response": "none"}
    assert arguments.counted_trials([drug, row])["all"] == [drug]


# ---------------- 03: the drug asked for is taken every day: no "goes without effective treatment", and ideation
# recorded at the admission before it began is history; the harms the case holds (cost, relapse on a switch) are said

def test_a_treatment_still_taken_is_never_said_to_be_going_without_and_old_ideation_is_history(tmp_path):
    text, state = _draft(tmp_path, "03")
    assert state.by_id["treatment_taken_now"].value is True
    assert state.by_id["taken_now_improving"].value is True
    assert state.by_id["suicidal_ideation_current"].value is False
    assert state.by_id["suicidal_ideation_past"].value is True
    assert "goes without effective treatment" not in text and "every month carries a real risk" not in text
    assert "The records document passive suicidal ideation on September 12, 2026." in text
    assert ("Mr. Kwarteng-Moss has taken lurasidone 80 mg daily with the evening meal since September 15, 2026"
            in text and "and still takes it" in text)
    assert "$172.80 has been paid for it out of pocket" in text
    assert "would risk a relapse" in text
    # with no response recorded on it, no relapse is argued; with no row of it still taken, none of it is said
    history = _case("03")["clinical"]["history"]
    rows = [{**history[0], "response": None}, *history[1:]]
    text, state = _draft(tmp_path, "03", **{"clinical.history": rows})
    assert state.by_id["taken_now_improving"].value is False and "would risk a relapse" not in text
    rows = [{**history[0], "ongoing": False, "end": "2026-10-01"}, *history[1:]]
    text, state = _draft(tmp_path, "03", **{"clinical.history": rows})
    assert state.by_id["treatment_taken_now"].value is None and "and still takes it" not in text
    # another form of the drug still taken is not the one asked for (02: immediate-release pregabalin, while the
    # extended-release form is asked for): no switch is argued against
    text, state = _draft(tmp_path, "02")
    assert state.by_id["treatment_taken_now"].value is None and "would risk a relapse" not in text


def _case(number: str) -> dict:
    from test_letter_set14_findings import case_of

    return case_of("set41", number).data
