"""Findings of letters sets 67 and 68's blind reviews (drafted at b1dff8a7; tests/resources/letter-review/set67,
set68 and their reviews), each fixed by its kind and tested on the set's own fictional case."""
from __future__ import annotations

from test_letter_set14_findings import case_of, draft

from appeal_kit.letter import arguments


def test_an_earlier_course_on_another_protocol_is_a_trial_not_the_treatment_asked_for(tmp_path):
    # set 68, case 05 (FALSE): a standard once-daily TMS course of 2024 "is the treatment this appeal asks for", where
    # the appeal asks for an accelerated course; and "a course of standard TMS course"
    asked = "Accelerated transcranial magnetic stimulation, 50 sessions over 5 days (90867, 90868)"
    assert not arguments.same_treatment({"drug": "Standard TMS course"}, asked)
    assert arguments.same_treatment({"drug": "Accelerated TMS (2025)"}, asked)
    assert arguments.same_treatment({"drug": "TMS"}, "Transcranial magnetic stimulation, 36 sessions")
    text, _ = draft(tmp_path, case_of("set68", "05"))
    assert "it is the treatment this appeal asks for" not in text
    # (in the whole count the paragraph leads with, vortioxetine still taken in it: letters set 99, case 07)
    assert "and a course of standard TMS without an adequate response." in text
    assert "course course" not in text
