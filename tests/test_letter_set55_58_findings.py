"""The findings of sets 55 to 58's blind reviews (tests/resources/letter-review/set55-review.md to set58-review.md)
left after the fixes already on main, each fixed by its kind and tested on the sets' own fictional case folders, with
the case changed to show where the sentence still belongs. These sets are fix sets: no accuracy figure is measured on
them."""
from __future__ import annotations

from datetime import date

from test_letter_set14_findings import draft
from test_letter_set67_findings import count_printed

from appeal_kit.checks import check_case
from appeal_kit.letter import derived


def _case(n: int, number: str, **changes):
    from test_letter_set14_findings import case_of

    return case_of(f"set{n}", number, **changes)


def _draft(tmp_path, n: int, number: str, **changes):
    from test_letter_set14_findings import draft

    return draft(tmp_path, _case(n, number, **changes))


# ---------------- 58/08: a request never decided has no notice, no claim, nothing given

def test_a_request_never_decided_is_told_as_asked_and_undecided_never_quoted_as_a_notice(tmp_path):
    case = _case(58, "08")
    assert derived.no_decision_notice(case.data, date(2026, 12, 4))
    text, facts = _draft(tmp_path, 58, "08")
    # what was asked, when, and that no decision came; the user's description is never printed as the plan's words
    assert "On October 26, 2026, the plan was asked to authorize" in text or \
        "was asked to authorize transcranial magnetic stimulation" in text
    assert "No decision on that request has come, and no notice of one." in text
    assert "Your notice" not in text and "The notice states" not in text
    assert "No decision. The request for prior authorization" not in text
    assert "failure to decide the request to authorize" in text
    # a decision and coverage, never payment for services given
    assert "services given" not in text and "pay the claim" not in text
    assert "cannot deny the claim" not in text
    assert "now, on its merits, and to authorize transcranial magnetic stimulation" in text
    # the plan's own 7 days (and its 14 more) worked on the request's date, and the rule that makes silence appealable
    assert "within 7 days of receiving it on October 26, 2026: that is, by November 2, 2026" in text
    assert "the time ran out on November 16, 2026" in text
    assert "(42 CFR 422.568(f))" in text
    assert facts.by_id["pa_clock_past"].value is True and facts.by_id["pa_clock_latest"].value is True
    # the portal's words answered as the plan's record of the request, not a notice
    assert "The record of the request states “Status: Pended - awaiting clinical records”" in text
    assert "including the plan's record of the request and of the records it received." in text
    assert "used to deny it" not in text
    # the same request with a notice of denial (a claim denied after care): the notice is quoted as before
    text, _ = _draft(tmp_path, 58, "08", **{"claim.notice_date": "2026-11-20"})
    assert "Your notice of November 20, 2026 states" in text
    assert "failure to decide the request to authorize" not in text


def test_check_notes_that_no_deadline_runs_for_a_request_never_decided(tmp_path):
    case = _case(58, "08")
    report = check_case(case.folder, today=date(2026, 12, 4))
    said = [(f.level, f.field, f.message) for f in report.findings if f.field == "claim.notice_date"]
    assert said and said[0][0] == "note" and "no appeal deadline has begun to run" in said[0][2]
    assert not [m for _, _, m in said if "add the date printed on the denial letter" in m]


# ---------------- 57/04: a notice's correction whose words only the later decision prints

def test_a_correction_is_told_as_the_words_of_the_decision_that_printed_them_and_once(tmp_path):
    rows = derived.decision_corrections(_case(57, "04").data)
    erp = [r for r in rows if "6 sessions of ERP" in r["said"]]
    assert len(erp) == 1 and not erp[0]["notice"] and str(erp[0]["date"]).startswith("2026-10-30")
    text, _ = _draft(tmp_path, 57, "04")
    assert "The notice of September 18, 2026 states “Records document 6 sessions of ERP”" not in text
    # quoted once, in the decision's own words at the opening, and its correction refers to it there (letters set 65)
    assert text.count("Records document 6 sessions of ERP") == 1
    assert "That decision states: “The denial is upheld. Records document 6 sessions of ERP." in text
    # (one statement of them, named by its first words: letters set 73)
    assert "As to the decision’s words quoted above, “Records document 6 ...”, the record shows otherwise: The six " \
           "sessions" in text


# ---------------- 57/01: the patient who signs is "I" in every sentence the tool writes

def test_the_language_request_speaks_in_the_patients_own_voice(tmp_path):
    case = _case(57, "01")
    assert derived.language_request(case.data, date(2026, 12, 4)).startswith("I read Spanish: please send me your decision")
    text, _ = _draft(tmp_path, 57, "01")
    assert "Yesenia Paredes Olmos reads Spanish" not in text and "I read Spanish" in text
    # a representative writes about the patient, as before
    other = _case(57, "01", **{"author.relation": "representative", "author.name": "Marta Olmos"})
    assert derived.language_request(other.data, date(2026, 12, 4)).startswith("Yesenia Paredes Olmos reads Spanish")


def test_check_warns_of_the_cases_own_words_in_the_third_person_in_the_patients_letter():
    case = _case(57, "01")
    report = check_case(case.folder, today=date(2026, 12, 4))
    paths = {f.field for f in report.findings if "third person" in f.message}
    assert {"claim.corrections[2].record", "urgency.reason", "impact.daily_life"} <= paths
    # a representative's letter speaks of the patient in the third person: nothing to warn of
    assert not [f for f in check_case(_case(58, "08").folder, today=date(2026, 12, 4)).findings
                if "third person" in f.message]


def test_the_third_person_of_someone_else_of_the_patients_is_not_warned_of_but_the_patients_is():
    # letters set 74, case 05: "my husband's ... he retired" speaks of the husband; "her husband's employer
    # coverage", the other coverage's name the letter prints wherever it names it, speaks of the patient
    from appeal_kit.checks import _voice_findings

    def warned(**changes) -> set[str]:
        return {f.field for f in _voice_findings(_case(57, "01", **changes))}

    assert "urgency.reason" not in warned(**{"urgency.reason": "My husband's employer says he retired in March."})
    assert "urgency.reason" in warned(**{"urgency.reason": "My husband retired. She cannot wait for care."})
    assert "other_coverage.plan" in warned(**{"other_coverage.plan": "Freight Plan (her husband's employer plan)"})


# ---------------- 55/07: the plan's own rule for care given while a request is pending, applied

def test_the_terms_for_care_given_while_a_request_is_pending_are_applied_to_the_dates(tmp_path):
    case = _case(55, "07")
    pending = derived.pending_request_review(case.data, date(2026, 12, 4))
    assert pending and pending["dates"] == ["2026-10-13", "2026-11-10"]
    assert pending["words"].startswith("care given while that request is pending is reviewed under the request")
    clock = derived.undecided_request_clock(case.data, date(2026, 12, 4))
    assert clock and clock["days"] == 15 and clock["due"] == "2026-10-07" and clock["before_care"]
    text, facts = _draft(tmp_path, 55, "07")
    assert facts.by_id["care_while_pending"].value is True
    assert "the care of October 13, 2026 and November 10, 2026 was given while that request was pending, and a " \
           "denial for lack of authorization is the one those terms rule out" in text
    assert "that is, by October 7, 2026, before the first date of care, October 13, 2026" in text
    assert "1. Under the plan's own terms, care given while a request to extend authorization PA-26-0402-1188 is " \
           "pending is reviewed under that request" in text
    # terms without that rule: nothing said of it
    quote = case.data["plan_policy"]["quote"].split(", and care given")[0] + "."
    assert derived.pending_request_review(_case(55, "07", **{"plan_policy.quote": quote}).data,
                                          date(2026, 12, 4)) is None
    text, _ = _draft(tmp_path, 55, "07", **{"plan_policy.quote": quote})
    assert "was given while that request was pending" not in text


# ---------------- 56/03: the parity paragraph aims at the limit the denial applied

def test_the_parity_paragraph_names_the_limit_the_denial_applied_not_one_never_reached(tmp_path):
    text, _ = _draft(tmp_path, 56, "03")
    assert "A limit on the number of outpatient office visits, the limit the denial applied, is a quantitative " \
           "treatment limitation" in text
    assert "A limit on the number of weeks of intensive outpatient program per episode of care is" not in text


# ---------------- mild kinds: dates, approvals, a statement quoted twice

def test_two_dates_to_come_beside_a_larger_count_are_a_course_first_and_last_day():
    # 57/01: 11 program days from 12/07 through 12/31; 57/05: 16 treatments from 12/15 through 03/30
    assert derived.service_dates(_case(57, "01").data, date(2026, 12, 7))["words"] == \
        "December 7, 2026 through December 31, 2026 (11 program days)"
    assert derived.service_dates(_case(57, "05").data, date(2026, 12, 7))["words"].startswith(
        "December 15, 2026 through March 30, 2027")
    # two dates alone, with no larger count still to come, are two dates
    assert derived.service_dates(_case(57, "01", **{"claim.pending_services": None}).data,
                                 date(2026, 12, 7))["words"] == "December 7 and 31, 2026"


def test_an_approval_is_before_the_care_only_when_the_care_began_after_it():
    # 58/04: a residential stay approved from the day of admission: the day the care began
    stay = derived.approval(_case(58, "04").data)
    assert stay and stay["before_care"] is False and stay["on_first_day"] is True
    # 55/03: a renewal dated the first day of its period, for an injection given since 03/2026: neither
    renewal = derived.approval(_case(55, "03").data)
    assert renewal and renewal["before_care"] is False and renewal["on_first_day"] is False
    # 56/01: an earlier episode's course of the same treatment (TMS in 2021) is no start of this one
    course = derived.approval(_case(56, "01").data)
    assert course and course["before_care"] is True


def test_a_month_only_start_is_said_as_the_month_and_the_statement_is_quoted_once(tmp_path):
    now = derived.taken_now(_case(58, "07").data)
    assert now and now["since"] == "2026-07"
    text, facts = _draft(tmp_path, 58, "07")
    assert "since July 1, 2026" not in text and "since July 2026" in text
    assert facts.by_id["treatment_taken_now"].value is True
    assert text.count("“Ms. Marwick-Idowu has taken brexpiprazole 2 mg daily, paid by SummitRx") == 1
    assert "quoted above (Exhibit B), gives it." in text


# ---------------- the writers' reports: fields asked that do not fit the case

def _fields_warned(set_n: int, number: str, today: date = date(2026, 12, 7)) -> dict[str, list[str]]:
    report = check_case(_case(set_n, number).folder, today=today)
    out: dict[str, list[str]] = {}
    for f in report.findings:
        out.setdefault(f.field, []).append(f.message)
    return out


def test_check_asks_only_for_fields_that_fit_the_case():
    # 58/05: an out-of-network denial whose terms ask the member to contact the plan: no authorization request
    assert "prior_auth.requested_on" not in _fields_warned(58, "05")
    # 57/08: a benefit-change notice the case applies itself (other_terms_apply) is no list of the plan's
    assert "plan_policy.listed" not in _fields_warned(57, "08")
    # 55/07: an extension request never decided is answered by its dates and terms, not by published criteria
    assert "payer_criteria" not in _fields_warned(55, "07")
    # 58/04: a residential continued stay is judged by its criteria and course, not by failed drug trials
    assert not [m for ms in _fields_warned(58, "04").values() for m in ms if "no adequate failed trial" in m]


def test_a_future_date_on_a_record_is_no_day_it_was_written():
    from appeal_kit.checks import _undated_record_findings

    case = _case(57, "03")
    schedule = "clinical/ect-suite-schedule-2026-12-09.txt"
    assert not [f for f in _undated_record_findings(case, date(2026, 12, 7)) if schedule in f.message]
    # once that day has passed, the file's date may be the day it was written: named as before
    assert [f for f in _undated_record_findings(case, date(2026, 12, 10)) if schedule in f.message]


# ---------------- 58/07, 57/08: a "new start" answered by the plan's own fills is no medical judgment

def test_a_step_rule_answered_by_the_plans_own_fills_asks_for_a_clinical_reviewer_only_if_the_plan_needs_one(tmp_path):
    for set_n, number in ((58, "07"), (57, "08")):
        assert derived.new_start(_case(set_n, number).data)["not_new"] is True
        text, _ = _draft(tmp_path, set_n, number)
        assert "Because this appeal turns on a medical judgment" not in text
        assert "If the plan treats any part of this appeal as a medical judgment" in text


# ---------------- 58/03: an approval's count said in the approval's own words, never as a drug code's units

def test_an_approvals_count_is_said_in_its_own_words(tmp_path):
    lines = derived.approval(_case(58, "03").data)["claim_lines"]
    assert lines and lines[0]["noun"] == "sessions"
    text, _ = _draft(tmp_path, 58, "03")
    assert "17 sessions of J0013 given in all under it, of 17 approved" in text
    assert "17 units of J0013" not in text


# ---------------- 58/05: the distance said from where the plan's terms measure it

def test_a_provider_too_far_is_measured_from_where_the_terms_measure(tmp_path):
    assert derived.access_standard(_case(58, "05").data)["from"] == "campus"
    text, _ = _draft(tmp_path, 58, "05")
    assert "118 miles from campus" in text and "118 miles from home" not in text


# ---------------- 58/06: a Medicare Secondary Payer denial's documents are Medicare's record of the other coverage

def test_an_msp_denial_asks_for_medicares_record_of_the_other_coverage(tmp_path):
    text, _ = _draft(tmp_path, 58, "06")
    assert "including Medicare's record of the other coverage used to deny it" in text
    assert "coverage determination or billing article" not in text


# ---------------- 55/03: the expedited letter names the next level too

def test_the_expedited_letter_names_the_next_level(tmp_path):
    text, _ = _draft(tmp_path, 55, "03")
    assert "If it is upheld, please explain how to request a state fair hearing." in text


# ---------------- 57/04: the plan's own longer trial minimum said beside the letter's six weeks

def test_the_plans_longer_trial_minimum_is_said_beside_the_six_weeks(tmp_path):
    from appeal_kit.letter import arguments

    assert arguments.plan_trial_weeks(_case(57, "04").data) == (12, "plan_policy.quote")
    text, _ = draft(tmp_path, count_printed(_case(57, "04")))
    assert "The plan's own criteria ask for trials of twelve weeks or more" in text
