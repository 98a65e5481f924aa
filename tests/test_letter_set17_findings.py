"""The findings of set 17's review (tests/resources/letter-review/set17-review.md), each fixed by its kind: one case per
kind, across template x plan type where it applies, the true letter passing. Set 17 is a fix set: these cases shaped
the fixes, so no accuracy figure is measured on it."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from conftest import copy_sample, rendered_text, sample_variant

from appeal_kit import rules
from appeal_kit.letter import arguments, render

REPO = Path(__file__).resolve().parent.parent
TRD = REPO / "evidence_samples" / "ketamine-trd"
TODAY = date(2026, 12, 4)
APPEALS = [t.name for t in render.list_templates() if "denial" in t.arguments]
PLANS = ["employer_erisa", "individual_aca", "medicaid", "fehb"]


def text(tmp_path, template, **changes) -> str:
    return " ".join(rendered_text(tmp_path, sample_variant(TRD, **changes), template, TODAY).split())


# ------------------------------------------- 1: an outcome the record leaves open is never counted as failed

def row(drug: str, outcome: str, **more) -> dict:
    return {"drug": drug, "dose": "a full dose", "start": "2025-01-06", "end": "2025-04-07", "outcome": outcome, **more}


@pytest.mark.parametrize("outcome", ["Possibly helped sleep; effect on mood not recorded", "Maybe a little better",
                                     "Effect unclear; stopped for dry mouth", "Outcome not documented"])
def test_an_outcome_the_record_leaves_open_is_neither_failed_nor_counted(outcome):
    rows = [row("Escitalopram", "No response", response="none"), row("Sertraline", "No response", response="none"),
            row("Nortriptyline", outcome)]
    trials = arguments.trial_summary(rows)
    assert trials["medication"] == 2 and trials["adequate_failed"] == 2, outcome
    assert "Nortriptyline, because the record does not say what it brought" in trials["uncounted"]
    # the structured field decides over the words: a row marked as failing is counted whatever its outcome says
    assert arguments.trial_summary([*rows[:2], {**rows[2], "response": "none"}])["medication"] == 3
    # a plain failure in words is still read as one
    assert arguments.trial_summary([*rows[:2], row("Nortriptyline", "No benefit; stopped")])["medication"] == 3


@pytest.mark.parametrize("plan_type", PLANS)
@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd"])
def test_the_letters_count_leaves_out_the_trial_whose_outcome_is_unknown(tmp_path, template, plan_type):
    history = [row("Escitalopram", "No response", response="none"), row("Sertraline", "No response", response="none"),
               row("Nortriptyline", '"Possibly helped sleep"; effect on mood not recorded')]
    letter = text(tmp_path, template, **{"clinical.history": history, "claim.plan_type": plan_type})
    assert not re.search(r"failed three\b", letter), template
    assert "failed two adequate antidepressant trials" in letter, template


# ------------------------------------------- 1: a short course the plan's own words accept is judged at its length

def test_a_short_course_the_quoted_policy_names_is_a_trial_at_its_own_length():
    burst = {"drug": "Prednisone burst", "dose": "40 mg tapered over 10 days", "start": "2024-11-01",
             "end": "2024-11-10", "outcome": "No change", "response": "none"}
    weeks = row("Gabapentin", "No response", response="none")
    named = {"plan_policy": {"quote": "Inadequate response to at least two of: a gabapentinoid, a topical agent, a "
                                      "corticosteroid burst."}, "clinical": {"history": [burst, weeks]}}
    trials = arguments.trial_summary(arguments.counted_history(named, TODAY), pain=True)
    assert trials["adequate_failed"] == 2 and "six weeks" not in trials["uncounted"]
    assert "six weeks" not in trials["rule"]  # the six weeks do not measure every trial counted
    # without the plan naming the form, the six weeks still judge it
    plain = {"clinical": {"history": [burst, weeks]}}
    trials = arguments.trial_summary(arguments.counted_history(plain, TODAY), pain=True)
    assert trials["adequate_failed"] == 1 and "less than six weeks" in trials["uncounted"]


# ------------------------------------------- 1: a rule cited only for the delivery system the case has

@pytest.mark.parametrize("plan_type", ["medicaid", "chip"])
def test_a_managed_care_case_is_never_cited_the_fee_for_service_rule(plan_type):
    registry = rules.registry()
    for rule in ("prior_auth_decision", "prior_auth_urgent"):
        managed = registry[rule].cite[plan_type]
        fee = registry[rule].cite[rules.FEE_FOR_SERVICE[plan_type]]
        assert fee not in managed and "fee-for-service" not in managed, (rule, plan_type)


# ------------------------------------------- 4: the evidence paragraph and the count only for a medical question

NOT_MEDICAL = {
    "timely filing": {"claim.denial_category": "timely_filing",
                      "claim.denial_reason": "The claim was received after the 180-day filing limit."},
    "network": {"claim.denial_category": "out_of_network",
                "claim.denial_reason": "The provider is not in the plan's network."},
    "coverage ended": {"claim.denial_category": "other", "claim.denial_reasons": ["coverage_ended"],
                       "claim.denial_reason": "Coverage was not in force on the date of service."},
}


@pytest.mark.parametrize("plan_type", PLANS)
@pytest.mark.parametrize("kind", NOT_MEDICAL)
@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd"])
def test_a_denial_whose_question_is_not_medical_gets_no_published_evidence(tmp_path, template, kind, plan_type):
    letter = text(tmp_path, template, **NOT_MEDICAL[kind], **{"claim.plan_type": plan_type})
    assert "The published evidence" not in letter and "Generally accepted standards" not in letter, (template, kind)
    assert not re.search(r"ha(s|ve) failed", letter), (template, kind)
    # the same case denied as not medically necessary sets the evidence out
    letter = text(tmp_path, template, **{**NOT_MEDICAL[kind], "claim.plan_type": plan_type,
                                         "claim.denial_category": "medical_necessity", "claim.denial_reasons": None,
                                         "claim.denial_reason": "Not medically necessary."})
    assert "The published evidence" in letter and re.search(r"ha(s|ve) failed", letter), (template, kind)


def test_a_formulary_exception_is_answered_by_the_alternatives_not_by_a_failed_trial_count():
    base = {"claim": {"denial_category": "not_covered", "denial_reasons": ["formulary_exception"],
                      "denial_reason": "Not on the formulary."}}
    assert arguments.care_questioned(base) and arguments.history_bears(base)
    assert not arguments.trials_bear(base)
    step = {"claim": {"denial_category": "step_therapy", "denial_reason": "Step therapy not met."}}
    assert arguments.trials_bear(step)


# ------------------------------------------- 3: Original Medicare's own limit, never "the plan's terms"

PSYCH_STAY = {"claim.plan_type": "medicare", "claim.denial_category": "benefit_limit", "claim.inpatient": True,
              "claim.service_dates": ["2026-10-05", "2026-10-19"],
              "claim.denial_reason": "You have reached the 190-day lifetime limit for inpatient psychiatric hospital "
                                     "care.",
              "plan_policy.limit": {"applied": 190, "current": "none", "course": 14, "unit": "days"},
              "psychiatric_days": {"unit": "distinct_part",
                                   "miscounted": [{"stay": "March 10-22, 2025", "days": 12,
                                                   "why": "in the same general hospital's unit"}]}}


@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd"])
def test_original_medicare_answers_its_psychiatric_day_limit_by_its_rule_never_by_plan_terms(tmp_path, template):
    letter = text(tmp_path, template, **PSYCH_STAY)
    assert not re.search(r"plan[’']s (current )?terms|the plan's terms|those terms", letter), template
    assert "42 CFR 409.62" in letter and "distinct-part psychiatric unit of a general hospital" in letter, template
    assert "March 10-22, 2025 (12 days)" in letter and "correct" in letter, template
    # a psychiatric hospital: the limit reaches the stay, and the letter never says it does not
    letter = text(tmp_path, template, **{**PSYCH_STAY, "psychiatric_days": {"unit": "psychiatric_hospital"}})
    assert "does not reach" not in letter and not re.search(r"plan[’']s (current )?terms", letter), template
    # the same limit words under a Medicare Advantage plan keep the plan's own terms and never cite 409.62
    letter = text(tmp_path, template, **{**PSYCH_STAY, "claim.plan_type": "medicare_advantage"})
    assert "409.62" not in letter, template


def test_check_asks_where_the_stay_was_for_an_original_medicare_limit(tmp_path):
    from appeal_kit import checks

    case = sample_variant(TRD, **{**PSYCH_STAY, "psychiatric_days": None})
    fields = [f.field for f in checks._denial_fit_findings(case)]
    assert "psychiatric_days.unit" in fields and "plan_policy.limit" not in fields
    case = sample_variant(TRD, **PSYCH_STAY)
    assert "psychiatric_days.unit" not in [f.field for f in checks._denial_fit_findings(case)]


# ------------------------------------------- 2: an authorization request the plan never decided, with its proof

def undecided(tmp_path, plan_type: str) -> tuple[str, Path]:

    proofs = ["other/portal-status-printout.txt", "other/fax-confirmation.txt"]
    folder = copy_sample(TRD, tmp_path / "case")
    for name in proofs:
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_text("A record of the request.\n")
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    (folder / "case.yaml").write_text(text.replace("exhibits:\n", (
        "exhibits:\n  - file: other/portal-status-printout.txt\n    title: Plan portal status printout\n"
        "  - file: other/fax-confirmation.txt\n    title: Fax confirmation of the records sent\n"), 1),
        encoding="utf-8")
    case = sample_variant(folder, **{"claim.plan_type": plan_type, "claim.delivery": None,
                                  "claim.denial_category": "prior_authorization",
                                  "claim.denial_reason": "No prior authorization on file.",
                                  "prior_auth": {"requested_on": "2025-12-01", "never_decided": True,
                                                 "reference": "PA-0001-77", "pended_on": "2025-12-03",
                                                 "pended_for": "for clinical records", "proof": proofs}})
    return " ".join(rendered_text(tmp_path, case, "medical-necessity", TODAY).split()), folder


@pytest.mark.parametrize("plan_type", ["medicaid", "chip", "employer_erisa", "medicare_advantage"])
def test_an_undecided_request_is_shown_with_its_reference_pend_and_proof_and_decided_on_its_merits(tmp_path,
                                                                                               plan_type):
    letter, _ = undecided(tmp_path, plan_type)
    assert "PA-0001-77" in letter and "December 3, 2025" in letter, plan_type
    # each record by exhibit and by what it is
    assert re.search(r"Exhibit [A-Z]: Plan portal status printout; Exhibit [A-Z]: Fax confirmation", letter), plan_type
    assert "as granted" not in letter and "decide the request of December 1, 2025 now, on its merits" in letter
    # the rule that an undecided request is itself a denial, only for the plans it governs
    assert ("438.404(c)(5)" in letter) == (plan_type in ("medicaid", "chip")), plan_type


# ------------------------------------------- 5: the codes of psychotherapy and ECT have a description of our own

@pytest.mark.parametrize("code", ["90837", "90847", "90870", "00104"])
def test_psychotherapy_and_ect_codes_are_described_in_both_languages(code):
    from appeal_kit.intake.codes import describe_code

    assert describe_code(code) and describe_code(code, "es"), code
    assert describe_code(code) != describe_code(code, "es"), code


# ------------------------------------------- 5: a drug continued alongside that is no antidepressant

def test_a_mood_stabilizer_continued_alongside_never_answers_an_oral_antidepressant_criterion():
    from appeal_kit.letter import criteria

    answer, _ = criteria.FACTS["alongside"]
    assert answer({"treatment": {"alongside": "lamotrigine 200 mg daily"}}, {}) is None
    assert answer({"treatment": {"alongside": "duloxetine 120 mg daily"}}, {}) == "Duloxetine 120 mg daily."
    # either way the row is shown as continuing, never with an end date
    from appeal_kit.letter.derived import continuing_rows

    data = {"treatment": {"alongside": "lamotrigine 200 mg daily"},
            "clinical": {"history": [{"drug": "Lamotrigine", "start": "2022", "end": "2026-10"}]}}
    assert continuing_rows(data) == {0}
    # a row that is a change of the drug's dose ended when the dose was restored (letters set 85, case 02)
    data = {"treatment": {"alongside": "carbidopa-levodopa 25/100, two tablets three times daily"},
            "clinical": {"history": [{"drug": "carbidopa-levodopa", "start": "2019"},
                                     {"drug": "carbidopa-levodopa (dose reduction)", "start": "2026-06-20",
                                      "end": "2026-07-01"}]}}
    assert continuing_rows(data) == {0}


# ------------------------------------------- 6: a network row is described by its status on the date it was tried

NETWORK = [{"name": "Lakeside Clinic", "date": "2026-10-02", "outcome": "No opening before March"},
           {"name": "Dr. Vale", "date": "2026-10-05", "in_network": False,
            "outcome": "Left the network in June; the directory is out of date"}]


@pytest.mark.parametrize("plan_type", PLANS)
@pytest.mark.parametrize("template", ["out-of-network-gap-exception", "medical-necessity"])
def test_a_provider_out_of_the_network_when_tried_is_never_called_in_network(tmp_path, template, plan_type):
    changes = {"claim.plan_type": plan_type, "claim.denial_category": "out_of_network",
               "claim.denial_reason": "The provider is not in the plan's network.", "network": NETWORK}
    letter = text(tmp_path, template, **changes)
    assert "in-network sources were contacted" not in letter and "Two sources were contacted" in letter, template
    assert re.search(r"Dr\. Vale \(contacted October 5, 2026, when it was not in .+?'s network\)", letter), template
    # every row in the network: said so
    letter = text(tmp_path, template, **{**changes, "network": NETWORK[:1]})
    assert "One in-network source was contacted" in letter, template


# ------------------------------------------- 5: a Marketplace premium grace period paid within, applied as a fact

GRACE = {"claim.plan_type": "individual_aca", "claim.denial_category": "other",
         "claim.denial_reasons": ["coverage_ended"], "claim.service_dates": ["2026-09-08", "2026-09-15"],
         "claim.denial_reason": "Coverage was not in force on the date of service (CO-27).",
         "eligibility": {"why": "All premium due was paid.",
                         "grace_period": {"aptc": True, "paid_on": "2026-10-16", "ends": "2026-10-31"}}}


@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd"])
def test_a_premium_paid_within_the_grace_period_is_applied_with_its_rule_only_for_a_marketplace_plan(tmp_path,
                                                                                                     template):
    letter = text(tmp_path, template, **GRACE)
    assert "45 CFR 156.270" in letter and "paid on October 16, 2026, within the grace period that ended on " \
        "October 31, 2026" in letter, template
    # paid after the grace period ended: never said to be within it
    late = {**GRACE, "eligibility": {**GRACE["eligibility"],
                                     "grace_period": {"aptc": True, "paid_on": "2026-11-03", "ends": "2026-10-31"}}}
    assert "within the grace period" not in text(tmp_path, template, **late), template
    # an employer plan: the fact stands, the Marketplace rule is never cited
    letter = text(tmp_path, template, **{**GRACE, "claim.plan_type": "employer_erisa"})
    assert "156.270" not in letter and "within the grace period that ended" in letter, template
