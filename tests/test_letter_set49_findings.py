"""Set 49's findings that are not mild (tests/resources/letter-review/set49-review.md: drafted at 30348923, reviewed
blind, 5 (24)), fixed the stop they were reviewed."""
from __future__ import annotations

from appeal_kit.letter import arguments, derived


def _case(number: str, **changes):
    from test_letter_set14_findings import case_of

    return case_of("set49", number, **changes)


def _draft(tmp_path, number: str, **changes):
    from test_letter_set14_findings import draft

    return draft(tmp_path, _case(number, **changes))


# ---------------- 03: a step stopped for side effects was not "not effective"; a statement the plan never had

def test_steps_stopped_for_intolerance_are_never_called_not_effective(tmp_path):
    data = _case("03").data
    assert arguments.stopped_for_intolerance(next(r for r in data["clinical"]["history"]
                                                  if str(r["drug"]).lower().startswith("pregabalin")))
    text, _ = _draft(tmp_path, "03")
    assert "were not effective or could not be tolerated" in text
    assert "tried and were not effective," not in text


def test_an_exception_on_a_statement_the_plan_never_had_is_asked_of_the_next_level(tmp_path):
    assert derived.statement_after_decision(_case("03").data)
    text, _ = _draft(tmp_path, "03")
    assert "should have granted" not in text and "should have been granted" not in text
    assert "I ask you to grant the exception on that statement, which the plan did not have when it decided" in text


# ---------------- 06: the plan's grant of the care, naming the list that names the drug, is no exclusion

def test_terms_that_cover_what_the_plans_list_names_are_never_conceded_as_an_exclusion(tmp_path):
    assert derived.quote_is_listing(_case("06").data)
    text, _ = _draft(tmp_path, "06")
    assert "excluded treatment" not in text and "does not dispute" not in text
    assert "The denial relies on this language" not in text
    assert "names Spravato" in text  # the list, the winning point, stays


# ---------------- 07: Medicare's own rule for the care answers a coding denial

def test_medicares_own_rule_is_quoted_where_a_coding_denial_is_answered(tmp_path):
    text, state = _draft(tmp_path, "07")
    assert ("medicare_rule_quoted", "The claim is correctly coded") in state.asserted
    assert "Medicare’s own rule for this care, Billing and Coding Article" in text
    assert "the beneficiary's home is a permitted originating site" in text


# ---------------- set 50 (mild, reviewed blind at 8a875343): a span of days left aside, a criterion's own "for"

def test_lines_left_aside_over_a_span_of_days_are_said_whole(tmp_path):
    from test_letter_set14_findings import case_of, draft

    case = case_of("set50", "05")
    [row] = derived.lines_not_appealed(case.data)
    assert (str(row["date"]), str(row["last"]), row["many"]) == ("2026-07-06", "2026-07-31", True)
    text, _ = draft(tmp_path, case)
    assert "The lines for 90867, 90868 from July 6, 2026 through July 31, 2026 are not part of this appeal" in text
    one_day = derived.lines_not_appealed({"claim": {"not_appealed": [{"date": "2026-07-06", "code": "99215"}]}})
    assert one_day[0]["last"] is None and not one_day[0]["many"]


def test_a_criterion_that_opens_with_for_is_not_asked_for_for():
    assert derived._asks_for("For a repeat acute course: a documented response") == \
        "a repeat acute course: a documented response"
    assert derived._asks_for("Or: catatonia") == "catatonia"


# ---------------- set 52, case 05 (drafted at 3f30f74e): a session due while the appeal waited was not given

def test_as_many_sessions_pending_as_dates_listed_means_none_was_given(tmp_path):
    from test_letter_set14_findings import TODAY, case_of, draft

    case = case_of("set52", "05")
    assert derived.given_dates(case.data, TODAY) == [] and derived.service_status(case.data, TODAY) == "pre"
    text, _ = draft(tmp_path, case)
    assert "care already given" not in text and "pay the claim" not in text
    # one session fewer pending than dates listed: the first date was given
    given = case_of("set52", "05", **{"claim.pending_services": ["5"]})
    assert derived.service_status(given.data, TODAY) == "ongoing"
