"""A continuation or maintenance course asked for after earlier courses of the same treatment that were neither
(letters set 87, case 08: continuation ECT after an acute course; set 89, case 04: maintenance ECT after two acute
courses; both blind reviews: "has had this treatment before" of a course never given). The earlier courses worked;
the one asked for is to keep their response, never a treatment the patient is said to have had."""
from __future__ import annotations

from test_letter_set14_findings import case_of, draft

from appeal_kit.letter import arguments

_KEEP = "The {} course asked for now is to keep that response, not a first trial of the treatment."


def test_continuation_after_an_acute_course_is_the_course_that_worked_not_this_treatment(tmp_path):
    text, state = draft(tmp_path, case_of("set87", "08"))
    assert state.by_id["worked_before"].value is True
    assert ("has had a course of the same treatment before, and it worked, as the treatment history above shows in its "
            "row for electroconvulsive therapy (acute course). " + _KEEP.format("continuation")) in text
    assert "An earlier course of the same treatment worked for Mr. Eberhardt-Nwosu, as the treatment history shows." in text
    assert "has had this treatment before" not in text and "The same treatment has already worked" not in text


def test_maintenance_after_two_acute_courses(tmp_path):
    text, _ = draft(tmp_path, case_of("set89", "04"))
    assert ("has had courses of the same treatment before, and they worked, as the treatment history above shows in its "
            "rows for Acute ECT course and Acute ECT course (earlier episode). " + _KEEP.format("maintenance")) in text
    assert "Earlier courses of the same treatment worked for Ms. Marchbank-Oduya, as the treatment history shows." in text


def test_a_row_that_was_itself_maintenance_is_this_treatment(tmp_path):
    # off shape: maintenance ECT given before and working is the treatment asked for, said as before
    case = case_of("set89", "04")
    rows = [dict(r, drug="Maintenance ECT (earlier episode)") if r["drug"] == "Acute ECT course (earlier episode)"
            else r for r in case.data["clinical"]["history"]]
    text, _ = draft(tmp_path, case_of("set89", "04", **{"clinical.history": rows}))
    assert "has had this treatment before, and it worked" in text
    assert "not a first trial of the treatment" not in text


def test_the_word_is_read_from_the_request_and_rows():
    acute = [{"drug": "ECT (acute course)"}]
    assert arguments.continuing_course("Continuation ECT, 8 treatments", acute) == "continuation"
    assert arguments.continuing_course("Maintenance electroconvulsive therapy (90870)", acute) == "maintenance"
    assert arguments.continuing_course("ECT, acute course of 12", acute) == ""
    assert arguments.continuing_course("Maintenance ECT", [{"drug": "ECT maintenance 2021"}]) == ""
    # a drug's word is not the course's ("maintained" is no continuation course)
    assert arguments.continuing_course("Esketamine maintained weekly", acute) == ""
