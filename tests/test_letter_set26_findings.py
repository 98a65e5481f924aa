"""Set 26's findings (tests/resources/letter-review/set26): each fix tested on its structure, with the cases that
must stay as they were."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from test_letter_set12_findings import case12

from appeal_kit.intake import deadlines
from appeal_kit.letter import derived, render

SET21 = Path(__file__).resolve().parent / "resources" / "letter-review" / "set21"
TODAY = date(2026, 12, 5)
REDETERMINATION = {"date": "2026-10-22", "outcome": "denied", "stage": "redetermination", "opens": "reconsideration"}
QIC = {"date": "2026-11-20", "outcome": "denied", "stage": "QIC reconsideration", "opens": "ALJ hearing"}


# ------------------------------------------------------- 06: after the QIC, a hearing before an ALJ, not the QIC again

@pytest.mark.parametrize("decisions, alj", [
    ([REDETERMINATION, QIC], True),
    ([REDETERMINATION, {**QIC, "opens": None}], True),  # the QIC's own decision, by its stage
    ([REDETERMINATION, {**QIC, "stage": "reconsideration"}], True),  # or a decision opening the ALJ hearing
    ([REDETERMINATION], False)])  # the redetermination only: the QIC is next
def test_after_the_qic_an_original_medicare_case_asks_an_alj_hearing(decisions, alj):
    case = case12("02", where=SET21, decisions=decisions)
    assert (deadlines.level_of_case(case.data) is deadlines.ALJ_LEVEL) is alj
    dl = deadlines.case_next_level_deadline(case.data)
    level = derived.next_level(case.data, TODAY)
    if alj:
        # 60 days from the QIC's decision, the safe date (the rule presumes receipt 5 days after it)
        assert dl.date == date(2027, 1, 19) and dl.counted_from == date(2026, 11, 20)
        assert level["window_rule"] == "alj_hearing_window" and level["decided"] == "2026-11-20"
        assert level["evidence_rule"] == ""  # the QIC's evidence rule is not the ALJ's
        assert derived.decision_time(case.data, TODAY)["rule_id"] == "alj_decision"
    else:
        assert level["window_rule"] == "qic_reconsideration"
        assert derived.decision_time(case.data, TODAY)["rule_id"] == "qic_decision"


def test_no_other_plan_type_has_an_alj_level_here():
    case = case12("02", where=SET21, decisions=[REDETERMINATION, QIC], **{"claim.plan_type": "medicare_advantage"})
    assert deadlines.later_level(case.data) is None


def test_the_alj_request_names_the_qics_decision_and_the_alj_clock():
    case = case12("02", where=SET21, decisions=[REDETERMINATION, QIC])
    ctx = render.build_context(case, render.find_template("external-review-request"), today=TODAY, clinic=None)
    assert ctx["next_level"]["title"] == deadlines.ALJ_LEVEL.title
    assert "Qualified Independent Contractor" in ctx["next_level"]["decision"]


# ----------------------------------------- 08: the terms quoted are never printed as a superseded exclusion's words

@pytest.mark.parametrize("exclusion_file, attributed", [
    ("clinical/progress-notes.pdf", False),  # the exclusion is another document than the terms quoted
    (None, True),  # no file of its own: the quoted terms are its words
    ("other/plan-grid.pdf", True)])  # the same file as the terms quoted
def test_a_superseded_exclusion_is_quoted_only_in_its_own_words(exclusion_file, attributed):
    from conftest import TRD_SAMPLE, sample_variant
    from test_deciding_terms import EXCLUDED, LATER

    case = sample_variant(TRD_SAMPLE, **EXCLUDED, **{"plan_policy.file": "other/plan-grid.pdf", "plan_policy.exclusion": {
        "name": "Benefit grid section 4.6", "file": exclusion_file, "superseded": LATER}})
    ctx = render.build_context(case, render.find_template("medical-necessity"), today=TODAY, clinic=None)
    said = " ".join(p for a in ctx["arguments"] for p in a["paragraphs"])
    assert "The denial applied Benefit grid section 4.6" in said
    assert ("The denial applied Benefit grid section 4.6: “4.6 Ketamine" in said) is attributed


# ------------------------------- 07: an approval that reaches every service is never said to leave some outside it

@pytest.mark.parametrize("dates, outside", [(["2026-09-18", "2026-10-02"], False),  # every date within it
                                            (["2026-09-02", "2026-10-02"], True)])  # one before it
def test_the_case_account_beside_an_approval_is_said_as_services_outside_it_only_when_some_are(tmp_path, dates,
                                                                                                outside):
    from test_letter_follows_denial import text

    reason = "No referral was needed while the health center was closed for the summer break."
    case = {"claim.plan_type": "individual_aca", "claim.denial_category": "prior_authorization",
            "claim.denial_reason": "Prior authorization was required and was not obtained.",
            "claim.service_dates": dates, "prior_auth.reason_missing": reason,
            "prior_auth.approved": {"number": "PA-7", "date": "2026-09-10",
                                    "quote": "Approved. Dates of service 09/18/2026 through 03/17/2027."}}
    letter = text(tmp_path, "medical-necessity", **case)
    assert reason in letter
    assert ("Not every service falls within PA-7" in letter) is outside


# ------------------------------------------- 07: "no authorization was required" is never said beside the approval

def test_no_authorization_is_said_unneeded_beside_an_approval_covering_the_claim(tmp_path):
    from test_letter_follows_denial import text

    case = {"claim.plan_type": "individual_aca", "claim.denial_category": "prior_authorization",
            "claim.denial_reason": "Referral required. No referral on file.", "prior_auth.required": False,
            "claim.service_dates": ["2026-09-18", "2026-10-02"],
            "prior_auth.approved": {"number": "PA-7", "date": "2026-09-10",
                                    "quote": "Approved. Dates of service 09/18/2026 through 03/17/2027."}}
    assert "No prior authorization was required for this care" not in text(tmp_path, "medical-necessity", **case)
    # without the approval, the plan's terms requiring none are argued as before
    assert "No prior authorization was required for this care" in text(
        tmp_path, "medical-necessity", **{**case, "prior_auth.approved": None})


# --------------------------------------------------- 03: an approval the decision ruled on is no oversight to lead

@pytest.mark.parametrize("reason, ruled", [
    ("The exclusion applies regardless of whether utilization review approved the stay.", True),
    ("An authorization is not a guarantee of payment.", True),
    ("Prior authorization was required and was not obtained.", False)])
def test_an_approval_the_decision_ruled_on_is_not_called_overlooked(tmp_path, reason, ruled):
    from test_letter_follows_denial import text

    case = {"claim.plan_type": "individual_aca", "claim.denial_category": "prior_authorization",
            "claim.denial_reason": reason, "claim.service_dates": ["2026-09-18", "2026-10-02"],
            "prior_auth.approved": {"number": "PA-7", "date": "2026-09-10",
                                    "quote": "Approved. Dates of service 09/18/2026 through 03/17/2027."}}
    assert derived.approval_ruled_on(sample_data(case)) is ruled
    letter = text(tmp_path, "medical-necessity", **case)
    assert ("overlooks the plan's own approval" in letter) is not ruled


def sample_data(changes: dict) -> dict:
    from conftest import TRD_SAMPLE, sample_variant

    return sample_variant(TRD_SAMPLE, **changes).data


# ---------------------------------------- 06: the still-taken total counts the augmentation trials with the others

def test_the_total_without_an_adequate_response_counts_augmentation_trials(tmp_path):
    from test_letter_follows_denial import text

    rows = [{"drug": "Sertraline", "dose": "200 mg", "start": "2024-01-01", "end": "2024-03-15", "kind": "antidepressant",
             "response": "none"},
            {"drug": "Duloxetine", "dose": "60 mg", "start": "2024-04-01", "end": "2024-06-01", "kind": "antidepressant",
             "response": "none"},
            {"drug": "Bupropion XL", "dose": "450 mg", "start": "2025-03-10", "ongoing": True,
             "kind": "antidepressant", "response": "partial"},
            {"drug": "Aripiprazole", "dose": "5 mg", "start": "2025-04-07", "end": "2025-06-02",
             "kind": "augmentation", "response": "none"}]
    letter = " ".join(text(tmp_path, "medical-necessity", **{"clinical.history": rows}).split())
    # (the paragraph leads with that whole count, bupropion XL still taken in it: letters set 99, case 07)
    assert re.search(r"had four adequate medication trials \((?=[^()]*aripiprazole)[^()]+\) without an adequate "
                     r"response", letter, re.I)
    letter = " ".join(text(tmp_path, "medical-necessity", **{"clinical.history": rows[:3]}).split())
    assert re.search(r"had three adequate antidepressant trials \([^()]+\) without an adequate response", letter)


# ------------------------------------- 01: a Part D drug lost on a trip, filled out of network: the access rule

SET26 = Path(__file__).resolve().parent / "resources" / "letter-review" / "set26"
TRIP = {"urgently_needed.care": True,
        "urgently_needed.away": {"from": "2026-09-08", "to": "2026-09-22", "where": "Moab, Utah",
                                 "proof": "other/travel-itinerary-2026.txt"},
        "urgently_needed.why": "her bag with her medicine was lost on the flight",
        "urgently_needed.file": "other/airline-baggage-report-2026-09-08.txt"}


@pytest.mark.parametrize("plan_type, cited", [("medicare_part_d", True), ("employer_erisa", False)])
def test_a_drug_filled_out_of_network_on_a_trip_is_argued_under_the_part_d_access_rule(plan_type, cited):
    from appeal_kit.letter import arguments

    case = case12("01", where=SET26, **TRIP, **{"claim.plan_type": plan_type})
    assert arguments.denial_reasons(case.data) == ["urgently_needed"]
    ctx = render.build_context(case, render.find_template("medical-necessity"), today=TODAY, clinic=None)
    names = [a["name"] for a in ctx["arguments"]]
    assert "urgently_needed" in names and "out_of_network" not in names
    block = " ".join(next(a for a in ctx["arguments"] if a["name"] == "urgently_needed")["paragraphs"])
    assert ("423.124(a)(1)" in block) is cited
    assert "network gap" not in " ".join(p for a in ctx["arguments"] for p in a["paragraphs"])


# -------------------------------------------- 05: "either 3(a) or 3(b)": alternatives whose labels carry the number

@pytest.mark.parametrize("quote, found", [
    ("Continued stay is appropriate when criteria 1 and 2 are met and either 3(a) or 3(b) is met.", True),
    ("Continued stay is appropriate when 3(a), or 3(b) is met.", True),
    ("Continued stay is appropriate when criteria 3(a) and 3(b) are met.", False)])  # both required: no alternatives
def test_alternatives_labelled_with_their_criterions_number_are_read(quote, found):
    data = {"plan_policy": {"quote": quote},
            "payer_criteria": [{"criterion": "3(a) Weight below 85% of median BMI", "met": False},
                               {"criterion": "3(b) Could not gain weight at a less intensive level", "met": True}]}
    either = derived.criteria_alternatives(data)
    assert (either is not None and either["met_said"] == ["3(b)"]) is found


# ------------------------------------------------ 02: fee-for-service Medicaid has no plan, so no "plan's own" terms

@pytest.mark.parametrize("plan_type, delivery, own", [
    ("medicaid", "fee_for_service", "the program's own terms"), ("medicaid", "managed_care", "the plan's own terms"),
    ("chip", "fee_for_service", "the program's own terms"), ("medicare", None, "Medicare's own rules")])
def test_the_terms_are_named_for_who_sets_them(plan_type, delivery, own):
    assert derived.plan_terms({"claim": {"plan_type": plan_type, "delivery": delivery}})["own"] == own


# ------------------------- the deadline command after the QIC: the ALJ's stage and basis, in either language

@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_alj_deadline_is_described_as_the_hearing_after_the_qic(lang):
    from datetime import date

    from appeal_kit import i18n
    from appeal_kit.intake import deadlines

    i18n.choose(lang)
    try:
        alj = deadlines.LATER_LEVELS["medicare"][1]
        lines = deadlines.describe(deadlines.later_deadline(date(2026, 11, 2), alj, "medicare"), date(2026, 12, 6))
    finally:
        i18n.choose("en")
    text = "\n".join(lines)
    assert "405.1002" in text and "2027" in text
    assert "405.962" not in text  # the QIC's window, the level already past
    assert ("after the internal appeal" in text) is False and ("después de la apelación interna" in text) is False
