"""Findings of letters sets 61 and 62's blind reviews (drafted at cbd362a7; tests/resources/letter-review/set61,
set62 and their reviews), each fixed by its kind and tested on the set's own fictional case: what the letter says
and, as much, what it no longer says."""
from __future__ import annotations

from test_letter_set14_findings import case_of, draft
from test_letter_set67_findings import count_printed

# ------------------------------------------------------------------- 61/04 (FALSE): outcomes summed by the row's own

def test_steps_tried_are_summed_by_each_rows_own_outcome(tmp_path):
    # set 61, case 04: duloxetine and pregabalin helped partly and were stopped for adverse effects; the summary line
    # called both "no adequate response"
    # the steps are said where a row of the table is unmet: beside steps each shown met, the table names them (set 69)
    text, _ = draft(tmp_path, count_printed(case_of("set61", "04")))
    assert "duloxetine (partial benefit; stopped for adverse effects)" in text
    assert "pregabalin (partial benefit; stopped for adverse effects)" in text
    assert "(no adequate response)" not in text
    # a one-word drug named with its dates is lowered mid-sentence like any other
    assert "tried amitriptyline (3/4/2024 to 4/22/2024) (not tolerated)" in text
    # the same rows with no stop of their own: a partial response only
    history = case_of("set61", "04").data["clinical"]["history"]
    rows = [dict(r, outcome="Partial benefit only; continued 16 weeks, then changed") if r["drug"] == "Duloxetine"
            else r for r in history]
    text, _ = draft(tmp_path, count_printed(case_of("set61", "04", **{"clinical.history": rows})))
    assert "duloxetine (no adequate response)" in text
    assert "pregabalin (partial benefit; stopped for adverse effects)" in text


# --------------------------------------------------------------- 61/08 (UNSUPPORTED): sending is not receipt

def test_a_record_faxed_is_said_sent_never_in_the_plans_file(tmp_path):
    # set 61, case 08: a fax report shows the statement was sent on 11/20; the letter said "It was in the plan's file
    # when the decision ... was made", which no record shows
    text, state = draft(tmp_path, case_of("set61", "08"))
    assert state.by_id["records_sent_before"].value is True
    assert "Records sent to the plan before it decided" in text
    assert "It was sent before the decision of November 25, 2026 was made" in text
    assert "in the plan’s file" not in text and "Records the plan had when it decided" not in text
    # with the plan's own receipt recorded, on or before the decision, the record was in its file
    rows = [dict(r, received="2026-11-21") if r.get("sent") else r
            for r in case_of("set61", "08").data["record_dates"]]
    text, _ = draft(tmp_path, case_of("set61", "08", record_dates=rows))
    assert "It was in the plan’s file when the decision of November 25, 2026 was made" in text
    assert "Records the plan had when it decided" in text


# ------------------------------------------------------------- 62/06 (FALSE): Original Medicare has no plan criteria

def test_original_medicare_is_never_said_to_have_plan_criteria(tmp_path):
    # set 62, case 06: "The denial does not say which of the plan's criteria the records fail to meet" in a MAC
    # redetermination
    text, _ = draft(tmp_path, case_of("set62", "06"))
    assert "which coverage rule (a national or local coverage determination, or an article)" in text
    assert "plan's criteria" not in text and "plan’s criteria" not in text
    assert " the plan " not in text


# ------------------------------------------------------------------------------------------- mild findings

def test_a_hearing_officer_is_asked_for_what_a_hearing_gives(tmp_path):
    # set 61, case 02: a fair-hearing request asked for a reviewer "who took no part" (plan-appeal wording) and for
    # the care to "continue as authorized" under 438.420 after its 10 days had passed
    text, _ = draft(tmp_path, case_of("set61", "02"))
    assert "took no part" not in text
    assert "an independent medical assessment by a psychiatrist" in text
    assert "continue as authorized" not in text and "438.420" not in text
    assert "I ask that the decision on this request resume this care as authorized" in text
    # the cut is the first notice's, said in the past, and the long treatment name is not repeated in it
    assert "The notice of November 6, 2026 ended partial hospitalization program for anorexia nervosa (H0035), which" \
        in text
    assert "This decision ends" not in text


def test_the_plans_own_criterion_is_never_left_hanging_where_medicares_rule_governs(tmp_path):
    # set 61, case 01: MA-TMS-5's four-trial criterion quoted under "If the plan considers any criterion unmet" and
    # left there; the long treatment name printed with a plural verb
    text, _ = draft(tmp_path, case_of("set61", "01"))
    assert "they do not govern this request, which Local Coverage Determination" in text
    assert "The medical necessity of transcranial magnetic stimulation (TMS)" in text
    assert "so transcranial magnetic stimulation (TMS) is medically necessary" in text
    assert "(90867, 90868) are medically necessary" not in text


def test_one_criterion_is_never_every_criterion(tmp_path):
    # set 62, case 05: "Every criterion for this level of care is met" when the case holds one criterion
    text, _ = draft(tmp_path, case_of("set62", "05"))
    assert "Every criterion" not in text
    assert "The criterion in the table below is met, shown there with the record that documents it" in text


def test_a_drug_not_yet_filled_is_covered_never_paid(tmp_path):
    # set 62, case 07: "should be paid under it", "reprocess the claim" and "refuse payment" for a 20 mg tablet not
    # yet filled, and "The plan's terms on authorization" over no terms
    text, _ = draft(tmp_path, case_of("set62", "07"))
    assert "reprocess the claim" not in text and "should be paid under it" not in text
    assert "refuse payment" not in text and "refuse coverage" in text
    assert "should be covered under it" in text
    assert "The plan's terms on authorization" not in text
    assert "Why the request cannot wait" in text and "cannot safely wait" in text


def test_the_winning_rule_for_original_medicare_comes_first(tmp_path):
    # set 62, case 06: the limitation on liability (no ABN) was summary item 2, behind "the same treatment worked"
    text, _ = draft(tmp_path, case_of("set62", "06"))
    summary = text.split("In short:", 1)[1]
    assert summary.index("No Advance Beneficiary Notice was given") < summary.index("of the same treatment worked")


def test_the_order_of_benefits_quoted_is_applied_not_restated(tmp_path):
    # set 62, case 08: Section 11.2 quoted, then restated in nearly the same words; the other plan "covered" her
    text, _ = draft(tmp_path, case_of("set62", "08"))
    assert "Under those terms, the plan pays first: it covers Ms. Dunstan-Reyes as subscriber" in text
    assert "under its own order-of-benefits rule: the plan that covers the person" not in text
    assert "Employee PPO covers Ms. Dunstan-Reyes as a dependent" in text
    assert "Employee PPO covered Ms. Dunstan-Reyes" not in text


def test_a_decision_clock_quoted_above_is_not_quoted_again(tmp_path):
    # set 62, case 03: Section 8's 30 days quoted among the plan's other terms, then quoted again under Request
    text, _ = draft(tmp_path, case_of("set62", "03"))
    assert text.count("We have 30 days from the date we receive your request") == 1
    assert "within the 30 days the plan's own terms give, quoted above." in text


def test_check_warns_of_the_patient_named_in_the_third_person_in_a_criteria_cell(tmp_path):
    # set 61, case 01: the criteria cell "Mr. Feeney is 71." in the patient's own letter; `check` warned for the
    # pronouns of case 04, not for the name
    from datetime import date

    from appeal_kit.checks import check_case

    report = check_case(case_of("set61", "01").folder, today=date(2026, 12, 4))
    assert any(f.field == "payer_criteria[1].how_met" and "Mr. Feeney is" in f.message
               for f in report.findings)


def test_care_cut_while_given_is_a_risk_of_days_not_months(tmp_path):
    # set 62, case 05: "While the illness goes without effective treatment, every month carries a real risk" for a
    # patient in daily partial hospitalization that the decision cut
    text, _ = draft(tmp_path, case_of("set62", "05"))
    assert "every month carries" not in text and "goes without effective treatment" not in text
    # its ideation is passive: said as the record holds it, never a daily risk of serious harm (set 70, case 03)
    assert "That ideation must be weighed in a decision that cuts this care short." in text
    text, _ = draft(tmp_path / "active", case_of("set62", "05", **{"clinical.suicidality": "active"}))
    assert "every month carries" not in text and "goes without effective treatment" not in text
    assert "If this care is cut short, each day without it carries a real risk of serious harm" in text


def test_the_six_week_medication_rule_is_never_set_beside_therapy_and_injections_alone(tmp_path):
    # set 59, case 05: "This letter counts a medication trial as adequate and failed when it was taken for six weeks"
    # beside a count of physical therapy and injections, with the only drug still taken
    text, _ = draft(tmp_path, count_printed(case_of("set59", "05")))
    assert "has failed two adequate treatment trials: physical therapy and lumbar epidural steroid injections" in text
    assert "counts a medication trial as adequate and failed" not in text


def test_check_warns_of_a_clinician_author_named_in_the_third_person(tmp_path):
    # set 58, case 02 and set 61, case 08: the author's own name in a correction she signs as "I" ("Dr.
    # Ibarra-Lund's supporting statement"); `check` said nothing
    from datetime import date

    from appeal_kit.checks import check_case

    for set_name, number, said in (("set61", "08", "Dr. Ibarra-Lund's supporting statement"),
                                   ("set58", "02", "Dr. Marchetti-Ruiz's participation")):
        report = check_case(case_of(set_name, number).folder, today=date(2026, 12, 4))
        assert any(f.field.startswith("claim.corrections[") and said in f.message for f in report.findings)


# ------------------------------------------------------ round s66 (kind 1): a fact printed once, pointed to after

def test_the_same_treatment_worked_before_points_to_the_history_rows(tmp_path):
    # set 62, case 06: "The same treatment worked before" retold both ECT rows' outcome cells word for word below the
    # table that prints them
    text, state = draft(tmp_path, case_of("set62", "06"))
    assert state.by_id["worked_before"].value is True
    # (maintenance ECT asked for after acute courses: the courses worked, the one asked for keeps their response;
    # tests/test_letter_continuing_course.py)
    assert ("I have had courses of the same treatment before, and they worked, as the treatment history above shows in "
            "its rows for Electroconvulsive therapy (earlier episode) and Electroconvulsive therapy (acute course).") in text
    # each outcome is printed once, in its table cell
    assert text.count("Remission in 2019; relapsed within 3 months of stopping") == 1
    assert text.count("Remission (MADRS 38 to 8)") == 1


# ------------------------------------------------------- round s66 (kind 2): the plan's own terms lead when applied

def test_other_terms_the_case_applies_lead_the_summary_and_the_reasons(tmp_path):
    # set 62, case 05: Certificate Section 10.3 (no cut of an approved course before an appeal can be decided), the
    # winning rule, was printed only under the generic "Other terms of the plan", after the reasons' own blocks, and
    # never in the opening summary
    text, _ = draft(tmp_path, case_of("set62", "05"))
    summary = text.split("In short:")[1].split("The plan’s criteria, one by one")[0]
    assert "The plan's own terms, quoted below (Exhibit G) with how they apply to this claim, answer the denial." \
        in summary
    assert "Other terms of the plan" not in text
    body = text.split("What the plan approved")[1]
    assert body.index("The plan's own terms that apply here") < body.index("Why a partial hospitalization program")
    assert text.count("Certificate Section 10.3, Concurrent care") == 1
    # terms the case quotes but does not apply are still only to be addressed, last, with no summary line
    text, _ = draft(tmp_path, case_of("set62", "05", **{"plan_policy.other_terms_apply": None}))
    assert "Other terms of the plan bear on this claim (Exhibit G)" in text
    assert "Please address them in the decision." in text
    assert "answer the denial." not in text


# ------------------------------------------- round s66 (kind 4): a filing limit counted from an event, as the sum

def test_a_filing_limit_counted_from_the_primary_eob_is_given_as_the_sum(tmp_path):
    # set 61, case 06: Plan Document 9.4 allows a secondary claim 90 days after the primary plan's EOB; the letter
    # said "due by November 26, 2026" and never that it is 08/28/2026 plus 90 days
    eob = {"filing.limit_from": "2026-08-28", "filing.limit_from_what": "the primary plan's explanation of benefits"}
    text, _ = draft(tmp_path, case_of("set61", "06", **eob))
    assert ("was due by November 26, 2026, 90 days after the primary plan's explanation of benefits of August 28, "
            "2026. It was received on October 19, 2026, 38 days before that date.") in text
    assert text.count("90 days after the primary plan's explanation of benefits of") == 1
    # without the day it counts from, the deadline alone, as before
    text, _ = draft(tmp_path, case_of("set61", "06"))
    assert "was due by November 26, 2026. It was received on October 19, 2026" in text
    assert "days after the primary plan's explanation of benefits of" not in text


# ------------------------------------------- round s66 (kind 4): the urgent letter asks for notices in the language

def test_an_expedited_letter_asks_for_notices_in_the_patients_language(tmp_path):
    # set 61, case 03: a CHIP family reading Spanish; the expedited appeal never asked for notices in Spanish, though
    # the fair-hearing letter of case 02 did (his father writes: the family's language, letters set 63, case 01)
    text, _ = draft(tmp_path, case_of("set61", "03"))
    assert ("Our family reads Spanish: please send your decision and every notice about this appeal in "
            "Spanish as well as in English.") in text
    assert text.count("in Spanish as well as in English") == 1
    text, _ = draft(tmp_path, case_of("set61", "03", **{"patient.language": None}))
    assert "Spanish" not in text


# ------------------------------------ round s66 (kind 4): the notice's own window, beside the rule's outer limit

def test_a_fair_hearing_is_asked_within_the_window_the_notice_quoted_gives(tmp_path):
    # set 59, case 08: the notice gives 30 days (by 12/30/2026), quoted in claim.deadline_basis; the letter said only
    # "within the time the notice gives, which is at most 90 days from the date it was mailed"
    text, _ = draft(tmp_path, case_of("set59", "08"))
    assert "This request is made within the time the notice gives, by December 30, 2026 (42 CFR 431.221(d))." in text
    assert "at most 90 days" not in text
    # a deadline whose quoted sentence does not give that date is not the notice's: the rule's words, as before
    basis = 'Notice of action of 11/30/2026: "You may ask for a fair hearing within 60 days from the date of this notice."'
    text, _ = draft(tmp_path, case_of("set59", "08", **{"claim.deadline_basis": basis}))
    assert "within the time the notice gives, which is at most 90 days from the date it was mailed" in text


# ------------------------------------- round s66 (kind 1): what the plan's own list makes a drug, said once

def test_what_the_plans_list_makes_the_drug_is_said_once(tmp_path):
    # set 60, case 08: "a Tier 4 drug with prior authorization and no step therapy" was said in the list's section,
    # again in its request ("Please decide the request for it as ...") and again in the step-therapy section
    text, state = draft(tmp_path, case_of("set60", "08"))
    assert state.by_id["plan_lists_treatment"].value is True
    # once, in the list's own section (its summary line gives way to three others here), never after
    assert text.count("a Tier 4 drug with prior authorization and no step therapy") == 1
    assert "Please decide the request for it on that footing, under the terms that list it." in text
    assert "By the plan's own list quoted above, the step rule the denial applied does not reach it" in text
