"""Set 30's findings (tests/resources/letter-review/set30): each fix tested on its structure."""
from __future__ import annotations

import re

import pytest


def _draft(tmp_path, number, **changes):
    from test_letter_set14_findings import case_of, draft

    return draft(tmp_path, case_of("set30", number, **changes))


# ------------- 04: other coverage that ended before a request for care not yet given: applied to the request

def test_other_coverage_ended_before_a_pre_service_request_is_applied_to_it(tmp_path):
    text, state = _draft(tmp_path, "04")
    fact = state.by_id["other_coverage_ended"]
    assert fact.value is True and "prior_auth.requested_on" in fact.sources
    assert "ended on May 31, 2026, before the request of September 28, 2026" in text
    assert "decide the request as the primary payer" in text
    assert "Please show the record on which" not in text


@pytest.mark.parametrize("continued, said", [(False, True), (None, False)])
def test_other_coverage_not_continued_is_said_with_its_record(tmp_path, continued, said):
    text, state = _draft(tmp_path, "04", **{"other_coverage.continued": continued,
                                            "other_coverage.continued_proof": "other/cobra-election-notice-2026-06-10.txt"})
    assert (state.by_id["other_coverage_not_continued"].value is True) is said
    assert ("It was not continued after it ended: no continuation coverage was elected (Exhibit" in text) is said


# ------------------------------------- 06: a course of therapy still under way is never "still being taken"

def test_a_course_still_under_way_is_not_counted_for_that_reason(tmp_path):
    from appeal_kit.letter import arguments

    row = {"drug": "Cognitive behavioral therapy", "kind": "psychotherapy", "start": "2026-01", "ongoing": True}
    assert arguments._why_not_counted(row) == "it is still under way, and the record does not say it has failed"
    text, _ = _draft(tmp_path, "06")
    assert "Cognitive behavioral therapy, because it is still being taken" not in text


# ------------------ 08: a decision's statement true as far as it goes: what it leaves out, never "otherwise"

@pytest.mark.parametrize("leaves_out", [True, False])
def test_a_true_but_partial_statement_is_answered_with_what_it_leaves_out(tmp_path, leaves_out):
    from test_letter_set14_findings import case_of

    case = case_of("set30", "08")
    for decision in case.data.get("decisions") or []:
        for row in decision.get("corrections") or []:
            row["leaves_out"] = leaves_out
    from test_letter_set14_findings import draft

    text, _ = draft(tmp_path, case)
    # (said of the decision's words quoted above, "the record shows what they leave out": letters set 65)
    assert bool(re.search(r"that leaves out what the record shows:|the record shows what they leave out:", text)) \
        is leaves_out
    assert ("the record shows otherwise:" in text) is not leaves_out


# ------ 01, 03, 04, 06: a new record's treatments are those it tells of, and the criteria it supports lead the opening

@pytest.mark.parametrize("number, left_out", [("01", ["Trazodone", "Buspirone"]), ("03", ["Hydroxyzine"]),
                                              ("04", ["Doxepin"]), ("06", ["Amitriptyline"])])
def test_a_new_record_is_said_to_record_the_treatments_it_tells_of(tmp_path, number, left_out):
    text, _ = _draft(tmp_path, number)
    found = re.search(r"(?:It records|They record) [^:]*?treatment with (.+?)\. Please weigh", text)
    if number == "06":
        # the record every criterion row cites is said to be that record, not by the drugs it mentions (set 46)
        assert not found and "It is the record for every criterion in the table above. Please weigh" in text
        return
    assert found
    said = found.group(1)
    for drug in left_out:
        assert drug not in said


def test_the_criterion_found_unmet_leads_the_records_that_support_it(tmp_path):
    text, _ = _draft(tmp_path, "06")
    # the records section comes after the criterion; the summary names no record that shows nothing it can say
    # (letters set 53, cases 05, 06 and 07)
    assert text.index("which the decision found unmet, is met") < text.index("Records the reviewer did not have")


# ---------------------- 05: notice given in time answers the denial's only ground, first, before the approval

def test_a_timely_notice_leads_the_opening_before_a_partial_approval(tmp_path):
    text, _ = _draft(tmp_path, "05")
    opening = text[:text.index("The plan approved UR-26-0908-1177")]
    # on time, not even the penalty applies: never "on care that was medically necessary" (letters set 84, case 04)
    assert "Notice was given on Tuesday, September 8, 2026, within the two business days the plan's terms allow, so " \
           "not even what those terms set for a missed notice, a $500 reduction, applies." in opening


# --------------------------------------- 01: the prescriber writing calls the supporting statement hers

@pytest.mark.parametrize("relation, mine", [("prescriber", True), ("representative", False)])
def test_the_prescriber_writing_calls_the_supporting_statement_her_own(tmp_path, relation, mine):
    text, _ = _draft(tmp_path, "01", **{"author.relation": relation})
    assert ("My supporting statement of October 22, 2026" in text) is mine
    assert ("The prescriber’s supporting statement of October 22, 2026" in text) is not mine
