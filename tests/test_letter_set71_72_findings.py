"""Findings of letters sets 71 and 72's blind reviews after round s70 (drafted at 9c996cb1;
tests/resources/letter-review/set71, set72 and their reviews), each fixed by its kind and tested on the set's own
fictional case."""
from __future__ import annotations

from test_letter_set14_findings import case_of, draft

from appeal_kit.letter import arguments

NO_EXPECTATION = "with no reasonable expectation that another attempt will succeed where the earlier ones did not"


def test_no_step_is_said_to_have_failed_beside_one_that_worked(tmp_path):
    # set 71, case 05 (FALSE): quetiapine brought a response and was stopped for diabetes; "another attempt will
    # succeed where the earlier ones did not" said it failed
    case = case_of("set71", "05")
    assert arguments.trial_summary(case.data["clinical"]["history"])["worked_before"] == 1
    text, _ = draft(tmp_path, case)
    assert "Requiring further steps would delay effective care for a serious illness." in text
    assert NO_EXPECTATION not in text
    # the same history with quetiapine a failed trial: every earlier step failed, and the sentence is true
    history = [{**row, "response": "none", "failed": True, "outcome": "No response after 8 weeks at 300 mg."}
               if row["drug"] == "quetiapine" else row for row in case.data["clinical"]["history"]]
    text, _ = draft(tmp_path, case_of("set71", "05", **{"clinical.history": history}))
    assert NO_EXPECTATION in text
