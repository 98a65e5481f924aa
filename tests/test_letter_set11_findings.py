"""Set 11's serious kinds, fixed generally (tests/resources/letter-review/set11-review.md): emergency care out of
network answered as emergency services, never a network gap or a retroactive authorization (case 07); an inpatient
stay's first and last days said as a stay (07); a drug started during the care appealed never counted as a failed
trial (07); other plan terms never asked to be "applied" outside an exclusion (08); a rule that counts augmentation as
a trial argued with it (02). One case per kind, across template x plan type; the true letter passes."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from conftest import rendered_text, sample_variant

from appeal_kit import checks
from appeal_kit.letter import arguments, derived, render

REPO = Path(__file__).resolve().parent.parent
TRD = REPO / "evidence_samples" / "ketamine-trd"
TODAY = date(2026, 12, 4)
APPEALS = [t.name for t in render.list_templates() if "denial" in t.arguments]
PLANS = ["employer_erisa", "individual_aca", "medicare_advantage", "medicaid", "fehb", "unknown"]


def text(tmp_path, template, **changes) -> str:
    return rendered_text(tmp_path, sample_variant(TRD, **changes), template, TODAY)


def findings(**changes) -> list[str]:
    case = sample_variant(TRD, **changes)
    return [f"{f.field}: {f.message}" for f in checks._denial_fit_findings(case)]


def letter_findings(**changes) -> list[str]:
    case = sample_variant(TRD, **changes)
    return [f"{f.field}: {f.message}" for f in checks._letter_findings(case, (), TODAY)]


# ---------------------------------------------------------------------------------------------- emergency care

STAY = {"claim.denial_category": "out_of_network",
        "claim.denial_reason": "The provider is not in your network, and out-of-network services are not covered "
                               "except emergency services. No prior authorization was obtained for the admission.",
        "claim.service_dates": ["2026-09-12", "2026-09-19"],
        "claim.procedure_codes": ["99223", "99232"],
        "claim.pending_services": None,
        "treatment.name": "Emergency inpatient psychiatric admission",
        "plan_policy.name": "Policy Section 4.2 Emergency Services",
        "plan_policy.quote": "Emergency services are covered at the in-network cost share whether received from a "
                             "network or non-network provider, without prior authorization.",
        "prior_auth.reason_missing": "An emergency admission from the emergency department.",
        "network": None}
EMERGENCY = {"care": True, "presented": "the emergency department of Harbor Regional Hospital",
             "symptoms": "brought by police with active suicidal ideation with a plan, and held for 72 hours",
             "transfer_safe": False, "transfer_why": "the nearest network bed was 290 miles away, by secured transport",
             "consent_signed": False, "file": "clinical/progress-notes.pdf"}
# the citations each plan type's letter may carry, and those it may never carry
CITED = {"individual_aca": ["(45 CFR 147.138(b) and 149.30)", "(45 CFR 147.138(b) and 149.110)",
                            "(45 CFR 149.110 and 149.410(b))"],
         "employer_erisa": ["(29 CFR 2590.715-2719A(b) and 2590.716-3)", "(29 CFR 2590.715-2719A(b) and 2590.716-4)",
                            "(29 CFR 2590.716-4)"],
         "medicare_advantage": ["(42 CFR 422.113(b)(1))", "(42 CFR 422.113(b)(2))"]}
# templates that always argue a count of trials (step therapy, experimental), whatever the denial
COUNTING = ("esketamine-step-therapy", "experimental-investigational")
EMERGENCY_CFR = ("147.138", "149.110", "149.30", "149.410", "2719A", "2590.716", "422.113")


@pytest.mark.parametrize("plan_type", PLANS)
@pytest.mark.parametrize("template", APPEALS)
def test_emergency_care_out_of_network_is_answered_as_emergency_services_never_a_gap_or_a_retro_authorization(
        tmp_path, template, plan_type):
    """Set 11, case 07: an emergency psychiatric admission at an out-of-network hospital was argued as a network gap
    (with 45 CFR 156.230) and a retroactive authorization."""
    if template in ("out-of-network-gap-exception", "retro-authorization", "external-review-request"):
        pytest.skip("a gap-exception or retro-authorization letter by design (check warns), or a next-level request")
    case = {**STAY, "claim.plan_type": plan_type}
    letter = text(tmp_path, template, **case, emergency=EMERGENCY)
    for wrong in ("network gap", "cost of that gap", "156.230", "authorized retroactively", "procedural gap"):
        assert wrong not in letter, (template, plan_type, wrong)
    if template not in COUNTING:
        assert "failed two adequate" not in letter, (template, plan_type)
    assert "came for emergency care at the emergency department of Harbor Regional Hospital: brought by police" in \
        letter, template
    assert re.search(r"as emergency services(, without prior authorization)?", letter), template
    for cited in CITED.get(plan_type, []):
        assert cited in letter, (template, plan_type, cited)
    if plan_type not in CITED:  # no rule governs it: the same request in plain words, no citation
        assert not [c for c in EMERGENCY_CFR if c in letter], (template, plan_type)
        assert "Please judge whether this was emergency care by the symptoms" in letter, template
    # in-network cost sharing only where the rule gives it (not Medicare Advantage's own rule)
    owed = "without prior authorization and at the in-network cost share" in letter
    assert owed == (plan_type in ("individual_aca", "employer_erisa")), (template, plan_type)
    # the stay after stabilization: both conditions of the exception fail, so "neither", only where the rule governs
    assert ("Neither condition is met, so the whole stay is emergency care" in letter) == \
        (plan_type in ("individual_aca", "employer_erisa")), (template, plan_type)
    one = text(tmp_path, template, **case, emergency={**EMERGENCY, "consent_signed": None})
    assert "No written consent" not in one
    if plan_type in ("individual_aca", "employer_erisa"):
        assert "That exception does not apply, so the whole stay is emergency care" in one, template


def test_without_emergency_care_the_same_denial_is_answered_as_before_and_check_notes_the_field():
    reasons = arguments.denial_reasons(sample_variant(TRD, **STAY).data)
    assert reasons[:2] == ["out_of_network", "prior_authorization"]
    noted = [w for w in findings(**STAY) if w.startswith("emergency.care")]
    assert noted and "set emergency.care: true" in noted[0]
    answered = findings(**STAY, emergency=EMERGENCY)
    assert not [w for w in answered if w.startswith(("emergency.care", "plan_option", "claim.denial_category"))]
    assert arguments.denial_reasons(sample_variant(TRD, **STAY, emergency=EMERGENCY).data) == ["emergency_services"]
    for misfit in ("out-of-network-gap-exception", "retro-authorization"):
        assert any(w.startswith("template") and "use medical-necessity" in w
                   for w in findings(**STAY, emergency=EMERGENCY, template=misfit)), misfit
    # the stay after stabilization is asked about when the case does not say
    asked = findings(**STAY, emergency={**EMERGENCY, "transfer_safe": None, "consent_signed": None})
    assert any(w.startswith("emergency.transfer_safe") for w in asked)


def test_emergency_plan_text_is_not_read_as_out_of_network_benefits():
    assert not checks._pays_out_of_network(STAY["plan_policy.quote"])
    assert checks._pays_out_of_network("Covered services from out-of-network providers are paid at 60%.")


# ---------------------------------------------------------------------------------------------- a hospital stay


def test_an_inpatient_stays_two_dates_are_its_first_and_last_days():
    case = sample_variant(TRD, **STAY).data
    said = derived.service_dates(case, TODAY)
    assert said["words"] == "September 12, 2026 through September 19, 2026" and said["stay"]
    # said so by the field, whatever the codes; and never for care that is not a stay
    coded = {**STAY, "claim.procedure_codes": ["0114"]}
    assert derived.service_dates(sample_variant(TRD, **coded).data, TODAY)["stay"]
    assert derived.service_dates(sample_variant(TRD, **STAY, **{"claim.inpatient": False}).data,
                                 TODAY)["words"] == "September 12 and 19, 2026"
    visits = {**STAY, "claim.procedure_codes": ["99214"]}
    assert derived.service_dates(sample_variant(TRD, **visits).data, TODAY)["words"] == "September 12 and 19, 2026"
    assert derived.service_dates(sample_variant(TRD, **visits, **{"claim.inpatient": True}).data,
                                 TODAY)["words"] == "September 12, 2026 through September 19, 2026"


def test_the_letter_and_its_claims_report_say_the_stay(tmp_path):
    letter = text(tmp_path, "medical-necessity", **STAY, emergency=EMERGENCY)
    assert "September 12 and 19" not in letter
    assert "for September 12, 2026 through September 19, 2026 as emergency services" in letter


# ---------------------------------------------------------------------------------------------- a drug begun in care

HISTORY = [{"drug": "Sertraline", "dose": "100 mg daily", "start": "2026-05", "end": "2026-09-12",
            "outcome": "Partial response", "response": "partial"},
           {"drug": "Olanzapine", "kind": "augmentation", "dose": "5 mg at bedtime", "start": "2026-09-13",
            "ongoing": True, "outcome": "Started for psychotic features during the admission"}]


def test_a_drug_started_during_the_care_appealed_is_never_a_failed_trial():
    data = sample_variant(TRD, **STAY, **{"clinical.history": HISTORY, "clinical.episode_onset": None}).data
    summary = arguments.trial_summary(arguments.counted_history(data, TODAY))
    assert summary["adequate_failed"] == 1 and summary["augmentation"] == 0
    assert summary["excluded"] == [{"drug": "Olanzapine", "reason": "it was started during the care this appeal is "
                                                                    "about, not tried before it"}]
    # the same row begun before the care is counted as before
    earlier = [HISTORY[0], {**HISTORY[1], "start": "2026-06-01", "end": "2026-08-30", "ongoing": False}]
    data = sample_variant(TRD, **STAY, **{"clinical.history": earlier, "clinical.episode_onset": None}).data
    assert arguments.trial_summary(arguments.counted_history(data, TODAY))["augmentation"] == 1


@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd", "expedited-appeal"])
def test_an_emergency_letter_counts_no_trials_and_sets_out_no_history(tmp_path, template):
    """Set 11, case 07: the trial count and table have no place in an emergency-coverage appeal; the severity stays."""
    letter = text(tmp_path, template, **STAY, emergency=EMERGENCY, **{"clinical.history": HISTORY})
    assert "adequate treatment trial" not in letter and "adequate antidepressant trial" not in letter, template
    for history in ("Medication or treatment", "Olanzapine", "Treatment already tried", "treatment already tried"):
        assert history not in letter, (template, history)
    assert "PHQ-9 of 22" in letter or template == "expedited-appeal", template  # the urgent letter has no line
    # the same history is set out for the same denial answered without emergency care
    plain = text(tmp_path, template, **STAY, **{"clinical.history": HISTORY})
    assert "Olanzapine" in plain, template


# ---------------------------------------------------------------------------------------------- other plan terms

REVISION = ("Policy BH-031 as revised September 1, 2026: four antidepressant trials. The revision notice says: "
            "\"Applies to requests received on or after 09/01/2026.\"")


@pytest.mark.parametrize("category", ["medical_necessity", "step_therapy", "prior_authorization", "other"])
@pytest.mark.parametrize("template", APPEALS)
def test_other_terms_are_never_asked_to_be_applied_outside_an_exclusion(tmp_path, template, category):
    """Set 11, case 08: "Please apply them to this claim" after quoting a revision the appeal argues does not govern
    it; the letter cannot tell which way other terms cut, so it asks only that the decision address them."""
    if template == "external-review-request":
        pytest.skip("a next-level request answers the final decision")
    letter = text(tmp_path, template, **{"claim.plan_type": "employer_erisa", "claim.denial_category": category,
                                         "claim.denial_reason": "Denied.", "plan_policy.other_terms": REVISION})
    assert letter.count(REVISION.split(":")[0]) == 1, template
    assert "Please apply them to this claim" not in letter, (template, category)
    after = letter.split(REVISION.rsplit(" ", 1)[-1], 1)[1]
    assert not after.lstrip("” ").startswith("Please apply"), (template, category)


def test_other_terms_beside_an_exclusion_are_still_asked_for_with_it(tmp_path):
    letter = text(tmp_path, "medical-necessity", **{"claim.plan_type": "employer_erisa",
                                                   "claim.denial_category": "not_covered",
                                                   "claim.denial_reason": "Excluded under Section 8.",
                                                   "plan_policy.other_terms": REVISION})
    assert "Please apply them together with the exclusion." in letter


# ---------------------------------------------------------------------------------------------- augmentation counted

LCD = {"claim.plan_type": "medicare", "claim.denial_category": "medical_necessity",
       "claim.denial_reason": "The documentation did not show a lack of response to four antidepressant medication "
                              "trials, as required by LCD L99817.",
       "plan_policy.name": "Local Coverage Determination, TMS", "plan_policy.number": "L99817",
       "plan_policy.quote": "A lack of response to four trials of antidepressant medication at adequate dose and "
                            "duration.",
       "plan_policy.augmentation_counts": "Augmentation with a second agent counts as a trial when given at "
                                         "adequate dose and duration.",
       "treatment.summary": "TMS after four failed medication trials (three antidepressants and an augmentation)."}
THREE_AND_ONE = [
    {"drug": "Sertraline", "dose": "150 mg", "start": "2025-04-07", "end": "2025-06-09", "outcome": "No response",
     "response": "none"},
    {"drug": "Venlafaxine XR", "dose": "225 mg", "start": "2025-06-16", "end": "2025-08-25", "outcome": "Partial",
     "response": "partial"},
    {"drug": "Bupropion XL", "dose": "300 mg", "start": "2025-09-01", "end": "2025-11-01", "outcome": "No response",
     "response": "none"},
    {"drug": "Aripiprazole (added to venlafaxine)", "kind": "augmentation", "dose": "5 mg", "start": "2025-07-14",
     "end": "2025-08-25", "outcome": "No added benefit", "response": "none"}]


@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd"])
def test_a_rule_that_counts_augmentation_is_argued_with_it(tmp_path, template):
    """Set 11, case 02: the LCD asks for four trials and counts augmentation; three antidepressants and aripiprazole
    added to venlafaxine meet it, and the letter never said so."""
    case = {**LCD, "clinical.history": THREE_AND_ONE, "clinical.episode_onset": "2025-03"}
    letter = text(tmp_path, template, **case)
    assert "counts augmentation as a trial: “Augmentation with a second agent counts as a trial" in letter, template
    assert ("four adequate failed medication trials, three antidepressant trials and one augmentation trial: "
            "Sertraline, Venlafaxine XR, Bupropion XL and Aripiprazole (added to venlafaxine)") in letter, template
    assert not [w for w in letter_findings(**case) if w.startswith("treatment.summary")]
    # without the rule's words, no such count, and check compares the summary with the antidepressants alone
    plain = {**case, "plan_policy.augmentation_counts": None}
    assert "counts augmentation as a trial" not in text(tmp_path, template, **plain), template
    assert [w for w in letter_findings(**plain) if w.startswith("treatment.summary")]
