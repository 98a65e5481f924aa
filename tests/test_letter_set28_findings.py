"""Set 28's findings (tests/resources/letter-review/set28): each fix tested on its structure."""
from __future__ import annotations

from datetime import date

import pytest
from test_letter_set67_findings import count_printed

from appeal_kit.letter import arguments, derived, facts

TODAY = date(2026, 12, 6)


def _facts(data: dict) -> facts.Facts:
    return facts.compute(data, letter_day=TODAY, trials=arguments.trial_summary([]))


# ------------------- 02: a request denied before any care was given is never argued as a missing authorization

# a fill the member paid for (expenses): care already given, not a fill refused at the pharmacy (set 39, case 02)
PA_DENIED = {"claim": {"plan_type": "medicare_part_d", "denial_category": "prior_authorization",
                       "denial_reason": "Prior authorization denied: criterion 4 is not met."},
             "prior_auth": {"requested_on": "2026-09-15"},
             "expenses": [{"date": "2026-08-03", "item": "cariprazine", "amount": 410, "paid": 410}]}


@pytest.mark.parametrize("dates, asks_why", [([], False), (["2026-08-03"], True), (["2027-01-05"], False)])
def test_why_authorization_was_missing_is_asked_only_for_care_already_given(dates, asks_why):
    data = {**PA_DENIED, "claim": {**PA_DENIED["claim"], "service_dates": dates}}
    needed = arguments.missing_needs(data, arguments.load_blocks())
    assert ("prior_auth.reason_missing" in needed) is asks_why


@pytest.mark.parametrize("dates, retroactive", [([], False), (["2026-08-03"], True)])
def test_a_request_denied_before_the_care_is_answered_on_the_request_not_retroactively(tmp_path, dates, retroactive):
    from test_letter_follows_denial import text

    case = {"claim.denial_category": "prior_authorization", "claim.denial_reasons": ["prior_authorization"],
            "claim.denial_reason": "Prior authorization denied: criterion 4 is not met.",
            "claim.service_dates": dates, "prior_auth.requested_on": "2026-09-15",
            "prior_auth.reason_missing": "The clinic sent the request the day before the first session."}
    letter = " ".join(text(tmp_path, "medical-necessity", **case).split())
    assert ("Authorization should be granted retroactively" in letter) is retroactive
    assert ("The request for authorization" in letter) is not retroactive
    # the reason authorization was not in place is said only where care was given without it
    assert ("Authorization was not in place before treatment" in letter) is retroactive


@pytest.mark.parametrize("quote, period", [
    ("Cariprazine is approved when ... 4. adjunctive treatment. Approval: 12 months.", "12 months"),
    ("Approval period: 6 months", "6 months"),
    ("Approved for 4 weeks at a time.", "4 weeks"),
    ("Approval requires two failed trials within 12 months.", None)])
def test_the_approval_period_the_criteria_set_is_read_in_its_short_form(quote, period):
    found = derived.approval_period({"plan_policy": {"quote": quote}})
    assert (found or {}).get("period") == period


# ------------- 06: a later decision that names what it found unmet: the letter never says the denial names none

@pytest.mark.parametrize("reason, names_none", [
    ("The redetermination is unfavorable. No physician certification was found, and the records do not show a "
     "minimum of 20 hours per week of therapeutic services.", False),
    ("The redetermination is unfavorable.", True)])
def test_a_later_decision_naming_what_is_unmet_is_not_called_silent(reason, names_none):
    data = {"claim": {"plan_type": "medicare", "denial_category": "medical_necessity",
                      "denial_reason": "Not medically necessary."},
            "decisions": [{"date": "2026-11-09", "outcome": "denied", "stage": "redetermination", "reason": reason}]}
    found = _facts(data)
    assert found.by_id["names_no_criteria"].value is names_none
    assert found.by_id["decision_names_unmet"].value is (True if not names_none else None)


# ------------------------- 04: the plan's own member-services line asked for names is no in-network source tried

@pytest.mark.parametrize("row, source", [
    ({"name": "Riverbend Behavioral Health, Hannibal, MO"}, True),
    ({"name": "Show-Me Heartland member services (asked for any other network ECT provider)"}, False),
    ({"name": "The plan's behavioral health care coordination line"}, False),
    ({"name": "Lakeside Clinic", "in_network": False}, False)])
def test_only_a_provider_in_the_network_counts_as_an_in_network_source(row, source):
    assert derived.network_source(row) is source


def test_contacts_including_the_plans_own_line_are_never_all_called_in_network():
    data = {"network": [{"name": "Riverbend Behavioral Health", "date": "2026-10-13"},
                        {"name": "Heartland member services", "date": "2026-10-15"}]}
    tried = _facts(data).by_id["network_tried"]
    assert "in-network" not in str(tried.phrase)


# -------------------- 02, 04: an address whose first line names the body already: the name line is left out

@pytest.mark.parametrize("name, address, repeated", [
    ("Part D Independent Review Entity named in the redetermination notice",
     "Part D Independent Review Entity - Reconsiderations\nPO Box 91550\nRochester, NY 14692", True),
    ("Missouri state fair hearing office for Medicaid managed care (named in the notice)",
     "State Hearings Unit - Medicaid Managed Care\nPO Box 2960", True),
    ("Maximus Federal Services", "PO Box 91550\nRochester, NY 14692", False),
    ("State Insurance Department", "Attn: External Review\n100 Main Street", False),
    (None, "PO Box 1", False)])
def test_an_address_block_naming_the_body_already_prints_the_name_once(name, address, repeated):
    assert derived.names_repeated(name, address) is repeated


# ------------------------ 05: with the corrected claim enclosed, the approval is asked for under it, never "once corrected"

@pytest.mark.parametrize("corrected, pending", [({"file": "clinical/progress-notes.pdf"}, False), (None, True)])
def test_an_approval_is_honored_under_the_corrected_claim_once_it_is_enclosed(tmp_path, corrected, pending):
    from test_letter_follows_denial import text

    case = {"claim.denial_category": "coding_billing", "claim.denial_reasons": ["coding_billing"],
            "claim.denial_reason": "CO-11: the diagnosis is inconsistent with the procedure.",
            "prior_auth.approved": {"number": "PA-1", "date": "2026-03-01", "start": "2026-03-01",
                                    "end": "2026-12-31"},
            "corrected_claim": corrected}
    letter = " ".join(text(tmp_path, "medical-necessity", **case).split())
    assert "to honor PA-1" in letter
    assert ("once the claim's coding is corrected" in letter) is pending


# -------------- the set's own cases: 02 answered on its request, 06 and 07 saying the table's criteria met once

@pytest.mark.parametrize("number", ["06", "07"])
def test_the_criteria_in_the_table_are_said_met_once(tmp_path, number):
    from test_letter_set14_findings import case_of, draft

    text, state = draft(tmp_path, case_of("set28", number))
    assert state.by_id["all_criteria_met"].value is True
    said = [text.count(s) for s in ("Each criterion for this level, in the table above, is met", "meets it, and the exhibit")]
    # at most once: the table's rows say each met, and the table is not described again after it (set 46, case 05)
    assert sum(said) <= 1


def test_the_part_d_request_denied_on_its_criteria_asks_for_the_approval_period_never_retroactively(tmp_path):
    from test_letter_set14_findings import case_of, draft

    text, state = draft(tmp_path, case_of("set28", "02"))
    assert "retroactive" not in text and "procedural" not in text
    assert "for 12 months, the approval period its criteria set" in text


# --------- 05: "No corrected claim is on file" is answered, and only where the claim was sent before that decision

@pytest.mark.parametrize("reason, sent, denied, said_as", [
    ("No corrected claim is on file. (CARC 11.)", "2026-10-02", True, "on file"),
    ("No corrected claim has been received.", "2026-10-02", True, "received"),
    ("No corrected claim is on file.", "2026-10-25", False, "on file"),  # sent after the notice: the notice was right
    ("The diagnosis is inconsistent with the procedure.", "2026-10-02", False, "received")])
def test_a_decision_saying_no_corrected_claim_is_answered_only_when_one_was_sent_before_it(reason, sent, denied,
                                                                                             said_as):
    status = derived.correction_status({"claim": {"notice_date": "2026-10-20", "denial_reason": reason},
                                        "corrected_claim": {"sent": sent}})
    assert status["denied_received"] is denied
    assert status["denied_as"] == said_as


# ------------- 08: the parity rules reach no employer, governmental or church plan of a small employer (<= 50)

@pytest.mark.parametrize("plan, employees, applies", [
    ("church", 40, False), ("church", 51, True), ("church", None, True), ("employer_erisa", "12", False),
    ("governmental", 50, False), ("individual_aca", 10, True), ("medicaid", 10, False)])
def test_parity_is_cited_for_a_small_employers_plan_never(plan, employees, applies):
    from appeal_kit.rules import Citations, small_employer

    data = {"claim": {"plan_type": plan, "employees": employees}}
    cites = Citations(plan, small_employer=small_employer(data))
    assert cites.applies("parity_nqtl") is applies
    assert bool(cites.law("parity_nqtl")) is applies


@pytest.mark.parametrize("changes, parity, noted", [
    ({}, True, True), ({"claim.employees": 40}, False, False), ({"claim.employees": 400}, True, False)])
def test_a_church_plans_letter_argues_parity_only_where_its_employer_is_not_small(tmp_path, changes, parity, noted):
    from test_letter_set14_findings import case_of, draft

    from appeal_kit import checks

    case = case_of("set28", "08", **changes)
    text, _ = draft(tmp_path, case)
    assert ("Mental Health Parity and Addiction Equity Act" in text) is parity
    fields = [f.field for f in checks._denial_fit_findings(case)]
    assert ("claim.employees" in fields) is noted


# ------------- 08: the exception provision's own time to decide is asked for; the trials are pointed to, not recounted

@pytest.mark.parametrize("words, days", [
    ("Ask for an exception in writing; we decide within 15 days.", "15 days"),
    ("Exception decisions are made within 10 business days of the request.", "10 business days"),
    ("The Medical Director may approve an exception.", None)])
def test_the_exception_provisions_own_time_is_read(words, days):
    assert (derived.exception_clock({"plan_policy": {"exception": words}}) or {}).get("days") == days


def test_the_exception_is_asked_within_its_own_time_and_the_trials_are_counted_once(tmp_path):
    from test_letter_set14_findings import case_of, draft

    text, _ = draft(tmp_path, count_printed(case_of("set28", "08")))
    assert "within the 15 days it gives for that decision" in text
    # (the whole count, the drug still taken in it, said once: letters set 99, case 07)
    assert text.count("had three adequate antidepressant trials") == 1 and "failed two adequate" not in text


# ------------------ 06: suicidal ideation recorded on a day a dated record holds is said with that record's exhibit

def test_the_record_of_the_ideations_day_is_found_by_its_date():
    data = {"record_dates": [{"file": "other/fax-2026-09-04.txt", "date": "2026-09-04"},
                             {"file": "clinical/ed-note-2026-09-04.txt", "date": "2026-09-04"},
                             {"file": "clinical/admission-2026-09-08.txt", "date": "2026-09-08"}]}
    assert derived.record_dated(data, date(2026, 9, 4)) == "clinical/ed-note-2026-09-04.txt"
    assert derived.record_dated(data, date(2026, 9, 5)) is None


def test_ideation_history_points_to_the_record_that_holds_it(tmp_path):
    from test_letter_set14_findings import case_of, draft

    _, state = draft(tmp_path, case_of("set28", "06"))
    fact = state.by_id["suicidal_ideation_past"]
    assert fact.value is True
    assert any(s.startswith("Exhibit ") for s in fact.sources)
    assert fact.says.endswith(")") and "(Exhibit " in fact.says


# -------- 01: with other terms quoted beside them, the terms that set no limit are named as this care's, never "they"

@pytest.mark.parametrize("other, said", [("Physical therapy: limited to 20 visits per calendar year.", True), (None, False)])
def test_the_terms_setting_no_limit_are_this_cares_when_other_terms_are_quoted(tmp_path, other, said):
    from test_letter_follows_denial import text

    case = {"claim.denial_category": "benefit_limit", "claim.denial_reasons": ["benefit_limit"],
            "claim.denial_reason": "Benefit maximum of 20 visits reached.",
            "plan_policy.quote": "Outpatient mental health office visits: $30 copay. No visit limit.",
            "plan_policy.other_terms": other,
            "plan_policy.limit": {"applied": 20, "current": "none", "course": 28, "unit": "visits"}}
    letter = " ".join(text(tmp_path, "medical-necessity", **case).split())
    assert ("The terms for this care set no limit on the number of visits" in letter) is said
    assert ("They set no limit on the number of visits" in letter) is not said
    assert ("current terms for this care set no limit" in letter) is said


# ------------------- 04: a request to the state's hearing office asks it to direct the plan, never asks the plan

def test_a_medicaid_out_of_network_ask_in_a_fair_hearing_request_asks_the_hearing_office_to_direct_the_plan(tmp_path):
    from test_letter_set14_findings import case_of, draft

    text, _ = draft(tmp_path, case_of("set28", "04"))
    assert "I therefore ask you to direct the plan to cover" in text
    assert "I therefore ask the plan to cover" not in text
