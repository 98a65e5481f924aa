"""Sets 53 and 54's findings that are not mild, fixed the stop they were reviewed (tests/resources/letter-review/
set53-review.md, set54-review.md: drafted at 63cbb03a, reviewed blind)."""
from __future__ import annotations


def _draft(tmp_path, set_name: str, number: str, **changes):
    from test_letter_set14_findings import case_of, draft

    return draft(tmp_path, case_of(set_name, number, **changes))


# ---------------- 53/06: the plan's own limit on step therapy is never called the step rule the denial applied

def test_the_plans_own_limit_on_step_therapy_is_not_called_the_denials_rule(tmp_path):
    from test_letter_set14_findings import case_of

    from appeal_kit.letter import derived

    assert not derived.policy_cited(case_of("set53", "06").data)
    text, facts = _draft(tmp_path, "set53", "06")
    assert facts.by_id["plan_lists_treatment"].value is True
    assert "The step rule the denial applied" not in text
    assert "The plan's own Peachtree Components Employee Health Plan Summary Plan Description (2026)" in text


# ---------------- 54/04: Original Medicare has no plan language for a decision to leave unquoted

def test_an_original_medicare_letter_never_speaks_of_plan_language_or_an_exclusion(tmp_path):
    text, _ = _draft(tmp_path, "set54", "04")
    assert "plan language" not in text and "The exclusion relied on" not in text
    assert "Billing Article A58841, revision effective 01/01/2024" in text  # the winning rule stays
    # the same denial under a plan that has terms still asks for the provision
    text, _ = _draft(tmp_path, "set54", "04", **{"claim.plan_type": "medicare_advantage"})
    assert "The denial does not quote the plan language it relies on" in text


# ---------------- 53/07: migraine is reviewed by a neurologist, not pain medicine

def test_a_migraine_drug_is_reviewed_by_a_neurologist(tmp_path):
    from test_letter_set14_findings import case_of

    from appeal_kit.letter import derived

    data = case_of("set53", "07").data
    assert derived.reviewer_specialty(data) == "a neurologist"
    # a chronic pain code still asks for pain medicine
    assert derived.reviewer_specialty({"claim": {"diagnosis_codes": ["G89.4"]}}).startswith("a physician board")
    text, _ = _draft(tmp_path, "set53", "07")
    assert "after consulting a neurologist experienced in treating this condition" in text
    assert "pain medicine or anesthesiology" not in text


# ---------------- 53/05 (in part): the plan's decision time for a request named by its kind is read

def test_the_decision_time_of_a_renewal_request_is_read():
    from datetime import date

    from appeal_kit.letter import derived

    data = {"prior_auth": {"requested_on": "2026-09-22", "never_decided": True},
            "plan_policy": {"quote": "We will decide a renewal request within 15 days of receiving it."},
            "claim": {"service_dates": ["2026-10-07"]}}
    clock = derived.undecided_request_clock(data, date(2026, 12, 1))
    assert clock and clock["days"] == 15 and clock["due"] == "2026-10-07" and not clock["before_care"]


# ---------------- 53/05: a renewal never decided within the plan's own time, beside an approval that expired

def test_a_renewal_never_decided_is_worked_on_the_plans_own_clock_beside_an_expired_approval(tmp_path):
    text, _ = _draft(tmp_path, "set53", "05")
    assert "had to decide the request within 15 days of receiving it on September 22, 2026: that is, by October 7, " \
           "2026" in text
    assert "I ask the plan to decide the request of September 22, 2026 now, on its merits" in text
    assert "Its dates do not reach the dates of service of this claim." in text  # the approval stays what it was


# ---------------- set 53's mild FALSE statements, each a rule's

def test_a_summary_never_calls_a_step_stopped_for_side_effects_not_effective(tmp_path):
    text, _ = _draft(tmp_path, "set53", "01")
    assert "the required drugs have been tried and were not effective or could not be tolerated." in text
    assert "the required drugs have been tried and were not effective." not in text


def test_a_substance_use_disorder_is_called_one_in_the_parity_paragraph(tmp_path):
    from test_letter_set14_findings import case_of

    from appeal_kit.letter import derived

    assert derived.substance_use_first(case_of("set53", "03").data)
    text, _ = _draft(tmp_path, "set53", "03")
    assert "This treatment is for a substance use disorder (F11.20" in text
    assert "mental health condition" not in text
    assert "to mental health or substance use disorder benefits" in text
    assert not derived.substance_use_first({"claim": {"diagnosis_codes": ["F33.2", "F11.20"]}})


def test_records_cited_for_a_criterion_count_a_row_whose_evidence_is_a_list(tmp_path):
    from test_letter_set14_findings import case_of

    from appeal_kit.letter import derived

    later = derived.records_after_decision(case_of("set53", "04").data)
    assert later["criteria"] == later["criteria_of"] == 3
    text, _ = _draft(tmp_path, "set53", "04")
    assert "They include the records for every criterion in the table above" in text


# ---------------- 54/01: the plan's count only from the count it printed; the records' count as the records'

def test_the_plans_count_is_the_count_it_printed_and_the_records_count_is_never_called_the_plans(tmp_path):
    from test_letter_set14_findings import case_of

    from appeal_kit.checks import _denial_fit_findings
    from appeal_kit.letter import derived

    limit = derived.benefit_limit(case_of("set54", "01").data)
    assert limit["printed"]["count"] == 12 and limit["printed"]["as"] == "10 facility, 2 professional"
    assert limit["counted_total"] == 20 and limit["counts_differ"] and limit["uncounted_said"] == "the latter"
    text, found = _draft(tmp_path, "set54", "01")
    assert found["limit_printed"].value and "plan_policy.limit.printed" in found["limit_printed"].sources
    assert "own count (Exhibit A, p. 1) is 12 ECT services (10 facility, 2 professional)." in text
    assert "Counted by kind from the records, the care comes to 10 ECT treatments" in text
    # the facility lines cited from the facility's own EOB, their long name said once, and no "10 of 20"
    assert "(revenue code 0901) (Exhibit B, p. 1); the terms do not count the latter toward the limit" in text
    assert text.count("for the same ten sessions (revenue code 0901)") == 1
    assert "of 20" not in text and "own count holds" not in text
    warned = [f for f in _denial_fit_findings(case_of("set54", "01")) if f.field == "plan_policy.limit.printed"]
    assert len(warned) == 1 and "12" in warned[0].message and "20" in warned[0].message
    # without the printed count, no count is the plan's own, and check has nothing to compare
    bare = case_of("set54", "01", **{"plan_policy.limit.printed": None})
    text, found = _draft(tmp_path, "set54", "01", **{"plan_policy.limit.printed": None})
    assert found["limit_printed"].value is None and "own count" not in text
    assert not [f for f in _denial_fit_findings(bare) if f.field == "plan_policy.limit.printed"]


# ---------------- 53/01, 03, 04, 07: the steps tried by name, never every row of the history

def test_the_step_paragraph_names_the_steps_tried_with_their_outcomes_and_nothing_else(tmp_path):
    from datetime import date

    from test_letter_set14_findings import case_of

    from appeal_kit.letter import arguments

    def steps(number: str) -> str:
        return arguments.case_trials(case_of("set53", number).data, date(2026, 12, 6))["steps"]

    # continuing CBT, as-needed hydroxyzine, a sleep dose and acute sumatriptan are no steps
    assert steps("04") == "fluoxetine (not tolerated) and sertraline (no adequate response)"
    assert steps("07") == "topiramate (not tolerated) and venlafaxine XR (no adequate response)"
    # an earlier episode's remission and a single injection: no counted step at all
    assert steps("03") == ""
    from test_letter_set14_findings import draft
    from test_letter_set67_findings import count_printed

    # the steps are said where a row of the table is unmet: beside steps each shown met, the table names them (set 69)
    text, _ = draft(tmp_path, count_printed(case_of("set53", "07")))
    assert "Ms. Fairweather has already tried topiramate (not tolerated) and venlafaxine XR (no adequate response), " \
           "as the treatment history above shows." in text
    assert "The treatment history above lists each treatment" not in text
    text, _ = _draft(tmp_path, "set53", "03")
    assert "They have been." not in text and "Requiring further steps" not in text
    assert "step-therapy protocol exists" not in text


# ---------------- 53/06: a plan document the denial never names is never called the denial's own

def test_a_policy_is_the_denials_own_only_where_the_denials_words_name_it(tmp_path):
    from test_letter_set14_findings import case_of

    from appeal_kit.letter import derived

    # the decision names the PBM's program RX-ESK-ST, never the SPD section the case quotes
    assert derived.criteria_named(case_of("set53", "06").data) == ["RX-ESK-ST"]
    text, found = _draft(tmp_path, "set53", "06")
    assert "please send me a copy of RX-ESK-ST in the version applied to this claim" in text
    assert "copy of Section 9.4" not in text and "The denial relies on" not in text
    assert str(found["policy_copy_asked"].says) == "The denial relies on RX-ESK-ST"
    # a denial that names the section makes it the denial's own
    named = case_of("set53", "06", **{"claim.denial_reason": "Denied under SPD Section 9.4: step therapy applies."})
    assert derived.policy_cited(named.data) and "Section 9.4" in derived.criteria_named(named.data)[0]


# ---------------- 53/05, 06, 07: the summary says what a later record shows, or leaves it out

def test_the_summary_never_says_a_later_record_is_the_record_for_something_unnamed(tmp_path):
    for number in ("05", "06", "07"):
        text, _ = _draft(tmp_path, "set53", number)
        opening = text[text.index("In short:"):text.index("Records the reviewer did not have")]
        assert "which its reviewer never had" not in opening, number
        # the section itself still says what the records are for
        assert "so it was not before the reviewer who made that decision" in text, number


# ---------------- 53/03, 53/06, 54/04, 54/08: a short noun where a list or a heading names the treatment

def test_a_list_names_the_treatment_by_its_short_noun_and_a_name_with_dates_is_not_dated_again(tmp_path):
    from test_letter_set14_findings import case_of

    from appeal_kit.letter import derived

    assert derived.treatment_noun(case_of("set53", "06").data) == "Spravato (esketamine nasal spray)"
    assert derived.treatment_noun(case_of("set54", "08").data) == "intravenous ketamine infusions"
    text, _ = _draft(tmp_path, "set54", "08")
    assert "list names intravenous ketamine infusions " in text and "names intravenous ketamine infusions, 6" not in text
    text, _ = _draft(tmp_path, "set53", "06")
    assert "lists Spravato (esketamine nasal spray): “" in text
    # a name that gives its own first and last dates is not followed by them again
    text, _ = _draft(tmp_path, "set54", "04")
    assert "09/08/2026-10/16/2026 provided from" not in text and "3 hours a day, 09/08/2026-10/16/2026." in text


# ---------------- 54/07: a count by another period is asked to be corrected for the treatments still to come

def test_a_count_by_another_period_is_asked_to_be_corrected(tmp_path):
    text, _ = _draft(tmp_path, "set54", "07")
    assert "and to correct its count to the Plan Year its terms count in, so that later ECT treatments in this " \
           "Plan Year are not denied on the same count." in text
    # counted by the terms' own period: nothing to correct
    text, _ = _draft(tmp_path, "set54", "07", **{"plan_policy.limit.applied_period": None})
    assert "correct its count" not in text


# ---------------- 54/05: the prescriber's plan, with its stopping rule, is said once

def test_the_prescribers_plan_with_its_stopping_rule_is_said_once(tmp_path):
    text, found = _draft(tmp_path, "set54", "05")
    assert found["treatment_plan_given"].value and found["treatment_plan_given"].sources == ("treatment.plan",)
    assert text.count("stop if MADRS falls by less than 25% after infusion 4") == 1
    assert "My plan for intravenous ketamine infusions: Ketamine 0.5 mg/kg" in text
    text, found = _draft(tmp_path, "set54", "05", **{"treatment.plan": None})
    assert found["treatment_plan_given"].value is None and "My plan for" not in text


# ---------------- 54/08: esketamine's papers are not offered where esketamine was stopped for side effects

def test_esketamine_evidence_is_left_out_where_esketamine_could_not_be_tolerated(tmp_path):
    from test_letter_set14_findings import case_of

    text, _ = _draft(tmp_path, "set54", "08")
    assert "Continuing esketamine after a response lowers the risk of relapse" not in text
    assert "Esketamine's effectiveness" not in text and "Popova" not in text
    # with the Spravato row no longer an intolerance, the library's papers are offered again
    case = case_of("set54", "08")
    history = [{**r, "outcome": "Stopped after 8 sessions"} if "Spravato" in str(r.get("drug")) else r
               for r in case.data["clinical"]["history"]]
    text, _ = _draft(tmp_path, "set54", "08", **{"clinical.history": history})
    assert "Continuing esketamine after a response lowers the risk of relapse" in text


# ---------------- 54/03: the version in force named once, its text cited, the later revision never quoted bare

def test_the_version_in_force_is_named_once_with_its_text_and_the_later_revision_is_not_quoted_bare(tmp_path):
    text, found = _draft(tmp_path, "set54", "03")
    assert "while the 2025 version of LOC-RES-4 (effective 01/01/2025) (Exhibit H, p. 1) was in force" in text
    assert "that version decides this claim, not the later one" in text and "Please decide the claim under it." in text
    paragraph = text[text.index("Section 6.5 provides"):text.index("Please decide the claim under it.")]
    assert paragraph.count("the 2025 version of LOC-RES-4 (effective 01/01/2025)") == 1
    assert any("Exhibit H" in s for s in found["earlier_version_governs"].sources)
    assert "The policy (LOC-RES-4) reads" not in text
    # without the version's own text, nothing is cited for it
    text, _ = _draft(tmp_path, "set54", "03", **{"plan_policy.in_force.text": None})
    assert "(effective 01/01/2025) was in force" in text


# ---------------- 54/04: the retired revision the decision applied is said to be retired

def test_the_retired_revision_of_medicares_rule_is_said_to_be_retired(tmp_path):
    from test_letter_set14_findings import case_of

    from appeal_kit.letter import derived

    replaced = derived.medicare_replaced(case_of("set54", "04").data)
    assert replaced["holds"] and replaced["through"].isoformat() == "2023-12-31"
    text, found = _draft(tmp_path, "set54", "04")
    assert found["medicare_rule_replaced"].value
    assert "The decision applied Billing Article A58841, revision effective 10/01/2023 (Exhibit D, p. 1), which " \
           "governed only through December 31, 2023." in text
    assert "is care for a diagnosed condition" not in text
    # a revision still in force on a date of service is never said to be retired
    later = {"name": "Billing Article A58841, revision effective 10/01/2023", "through": "2026-09-30"}
    text, found = _draft(tmp_path, "set54", "04", **{"medicare_coverage.replaced": later})
    assert found["medicare_rule_replaced"].value is None and "governed only through" not in text


# ---------------- 53/07: plan text that is word for word a criterion in the table is not quoted again

def test_a_quote_that_is_a_criterion_of_the_table_is_not_quoted_again(tmp_path):
    from test_letter_set14_findings import case_of

    from appeal_kit.letter import derived

    assert derived.quote_is_a_criterion(case_of("set53", "07").data)
    text, _ = _draft(tmp_path, "set53", "07")
    assert "The plan's own Buckeye Mutual Health Pharmacy Policy RX-CGRP-3" not in text
    assert text.count("Trial of at least two preventive medications from different classes") == 1  # the table's
    assert "which asks for trial of at least two preventive medications" in text  # where the finding is answered
    other = case_of("set53", "07", **{"plan_policy.quote": "Step therapy applies to CGRP antibodies."})
    assert not derived.quote_is_a_criterion(other.data)


# ---------------- 54/02 and 06: the criteria table is not restated after it

def test_the_level_of_care_section_does_not_restate_the_criteria_table(tmp_path):
    for number in ("02", "06"):
        text, _ = _draft(tmp_path, "set54", number)
        assert "Each criterion for this level, in the table above, is met" not in text, number
        assert "how each is met, and where the enclosed records show it" in text, number
