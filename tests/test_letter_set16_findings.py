"""The findings of set 16's review (tests/resources/letter-review/set16-review.md), each fixed by its kind: one case per
kind, across template x plan type where it applies, the true letter passing. Set 16 is a fix set: these cases shaped
the fixes, so no accuracy figure is measured on it."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from conftest import rendered_text, sample_variant

from appeal_kit.letter import arguments, render

REPO = Path(__file__).resolve().parent.parent
TRD = REPO / "evidence_samples" / "ketamine-trd"
TODAY = date(2026, 11, 26)
APPEALS = [t.name for t in render.list_templates() if "denial" in t.arguments]
PLANS = ["employer_erisa", "individual_aca", "medicaid", "fehb"]


def text(tmp_path, template, **changes) -> str:
    return " ".join(rendered_text(tmp_path, sample_variant(TRD, **changes), template, TODAY).split())


# ------------------------------------------- 1: a drug still taken with a partial response is never called failed

# two antidepressants stopped after no response, and a third still taken with a partial one (set 16, case 02)
STILL_PARTIAL = [
    {"drug": "Escitalopram", "dose": "20 mg", "start": "2025-01-06", "end": "2025-03-31", "response": "none",
     "outcome": "No response"},
    {"drug": "Bupropion XL", "dose": "300 mg", "start": "2025-04-07", "end": "2025-06-30", "response": "none",
     "outcome": "No response"},
    {"drug": "Sertraline", "dose": "150 mg", "start": "2025-07-07", "ongoing": True, "response": "partial",
     "outcome": "Partial response; continued"},
]


@pytest.mark.parametrize("plan_type", PLANS)
@pytest.mark.parametrize("template", APPEALS)
def test_a_drug_still_taken_is_named_with_its_partial_response_never_counted_as_failed(tmp_path, template, plan_type):
    letter = text(tmp_path, template, **{"clinical.history": STILL_PARTIAL, "claim.plan_type": plan_type})
    # whichever way a reader takes "failed", no count sums the drug still taken with those that failed
    assert not re.search(r"failed three\b|three adequate antidepressant trials failed", letter), template
    assert "Sertraline was stopped" not in letter and "Sertraline failed" not in letter, template
    if "failed two adequate antidepressant trials" in letter:
        assert "Sertraline, still being taken, has brought only a partial response" in letter, template


def test_the_count_holds_the_trials_that_ended_and_names_the_drug_still_taken_by_its_response():
    rows = [*STILL_PARTIAL[:2], {**STILL_PARTIAL[2], "end": "2026-11-26", "response": "none"}]
    trials = arguments.trial_summary([{**r, arguments.STILL_TAKEN: r.get("ongoing", False)} for r in rows])
    assert trials["adequate_failed"] == 2 and trials["medication"] == 2
    assert [r["drug"] for r in trials["groups"]["inadequate"]] == ["Sertraline"]
    # and the number of both said, so "two" never reads as all there were (letters set 24, case 08)
    assert trials["summary"] == ("two adequate antidepressant trials (escitalopram and bupropion XL). Sertraline, still "
                                 "being taken, has brought no "
                                 "response, which makes three adequate antidepressant trials without an adequate "
                                 "response")
    # the paragraph leads with that whole count, the drug still taken in it and then named with what it brought, and
    # says the rule as what those trials were, never as a count of failed ones that leaves it out (letters set 99, 07)
    assert trials["lead"].startswith("had three adequate antidepressant trials (escitalopram, bupropion XL and "
                                     "sertraline) without an adequate response. Sertraline, still being taken, has "
                                     "brought no response")
    assert trials["rule"] == arguments.TRIALS_SENTENCE and arguments.STILL_SENTENCE not in trials["rule"]
    assert "Sertraline" not in trials["uncounted"]  # named once, with what it brought


# -------------------------------------------- 2: the six-week rule only beside trials the six weeks measure

def test_the_six_week_rule_is_never_printed_beside_a_trial_judged_by_another_measure():
    # a 6-day benzodiazepine challenge marked adequate by the plan's own hours (set 16, case 05), and nerve blocks
    # (a procedure, set 16, case 07): the six weeks measure neither
    challenge = {"drug": "Lorazepam", "dose": "6-8 mg/day", "start": "2026-10-21", "end": "2026-10-27",
                 "adequate": True, "response": "partial"}
    blocks = {"drug": "Lumbar sympathetic blocks (three)", "start": "2025-11", "end": "2026-02", "failed": True,
              "kind": "other"}
    weeks = {"drug": "Venlafaxine XR", "dose": "225 mg", "start": "2025-01-06", "end": "2025-04-07",
             "response": "none"}
    for rows in ([challenge], [blocks], [challenge, weeks]):
        trials = arguments.trial_summary(rows)
        assert trials["adequate_failed"] == len(rows)
        assert "six weeks" not in trials["rule"], rows
    assert "six weeks" in arguments.trial_summary([weeks])["rule"]
    # beside a medication trial it measures, the rule (which speaks of medication trials) stands with the blocks
    assert "six weeks" in arguments.trial_summary([blocks, weeks])["rule"]
    assert "six weeks" in arguments.trial_summary([weeks, STILL_PARTIAL[0]])["rule"]


# ------------------------------------------- 3: the trials only where the denial turns on them

NOT_ON_TRIALS = {
    "network level": {"claim.denial_category": "out_of_network",
                      "claim.denial_reason": "Services by a non-preferred provider. Paid at the non-preferred benefit "
                                             "level."},
    "authorization dates": {"claim.denial_category": "prior_authorization",
                            "claim.denial_reason": "The dates of service are outside the authorized period.",
                            "prior_auth.approved": {"number": "PA-1", "date": "2026-08-01",
                                                    "covers": "6 infusions, 08/01/2026-08/31/2026"}},
    "exclusion": {"claim.denial_category": "not_covered",
                  "claim.denial_reason": "Excluded under section 6(k) of the policy.",
                  "plan_policy.exclusion": {"name": "Exclusion 6(k)", "reaches": False,
                                            "why": "a rider attached to the policy covers it"}},
    "another payer": {"claim.denial_category": "other",
                      "claim.denial_reason": "Another insurer is primary; bill the primary payer first."},
}


@pytest.mark.parametrize("plan_type", PLANS)
@pytest.mark.parametrize("kind", NOT_ON_TRIALS)
@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd", "experimental-investigational"])
def test_a_denial_that_does_not_turn_on_the_trials_gets_no_count_and_no_table(tmp_path, template, kind, plan_type):
    letter = text(tmp_path, template, **NOT_ON_TRIALS[kind], **{"claim.plan_type": plan_type})
    assert not re.search(r"ha(s|ve) failed", letter) and "six weeks" not in letter, (template, kind)
    assert "Medication or treatment Dose Started Ended" not in letter, (template, kind)
    # the same case under a medical-necessity denial sets them out
    letter = text(tmp_path, template, **{**NOT_ON_TRIALS[kind], "claim.plan_type": plan_type,
                                         "claim.denial_category": "medical_necessity",
                                         "claim.denial_reason": "Not medically necessary."})
    assert re.search(r"ha(s|ve) failed", letter) and "Medication or treatment Dose Started Ended" in letter, (
        template, kind)


def test_an_authorization_never_given_or_an_exclusions_exception_asked_still_turns_on_the_trials():
    base = {"claim": {"denial_category": "prior_authorization", "denial_reason": "No prior authorization on file."}}
    assert arguments.history_bears(base) and arguments.trials_bear(base)
    approved = {**base, "prior_auth": {"approved": {"number": "PA-1"}}}
    assert not arguments.history_bears(approved) and not arguments.trials_bear(approved)
    excluded = {"claim": {"denial_category": "not_covered", "denial_reason": "Excluded."},
                "plan_policy": {"exception": "We may cover an excluded service when it is medically necessary."}}
    assert arguments.trials_bear(excluded)
    excluded["plan_policy"]["exclusion"] = {"name": "6(k)", "reaches": False}
    assert not arguments.trials_bear(excluded)


# ------------------------------------------- 5: a claim paid at a lower level is never called denied

PAID_LOWER = {"claim.denial_category": "out_of_network",
              "claim.denial_reason": "Services by a non-preferred provider. Paid at the non-preferred benefit level; "
                                     "the balance is your responsibility.",
              "prior_auth.approved": {"number": "NA-117", "date": "2025-01-02", "covers": "the infusions",
                                      "what_went_wrong": "No preferred provider was within reach, and the plan was "
                                                         "told so before the care"}}


@pytest.mark.parametrize("plan_type", PLANS)
@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd", "out-of-network-gap-exception",
                                      "retro-authorization"])
def test_a_claim_paid_at_a_lower_level_is_never_called_denied(tmp_path, template, plan_type):
    letter = text(tmp_path, template, **PAID_LOWER, **{"claim.plan_type": plan_type})
    assert "denied all the same" not in letter and "A denial that overlooks" not in letter, template
    assert "’s denial of" not in letter, template
    if "NA-117" in letter and "all the same" in letter:
        assert "The claim was paid all the same only at a lower benefit level" in letter, template
    # the same approval with a claim the notice denies
    letter = text(tmp_path, template, **{**PAID_LOWER, "claim.plan_type": plan_type,
                                         "claim.denial_reason": "Services by a non-preferred provider are not "
                                                                "covered."})
    assert "paid all the same" not in letter, template


# ------------------------------------------- 7: check warns when the code's site is not the one the case writes

@pytest.mark.parametrize("code, written, warned", [
    ("G90.512", "CRPS I right lower limb (G90.512)", True),   # left upper limb coded, right lower limb written
    ("G90.521", "CRPS I right lower limb (G90.521)", False),  # the right code
    ("G90.512", "CRPS I left arm (G90.512)", False),          # the same site in other words
    ("G56.01", "Carpal tunnel, left wrist, G56.01", True),    # right upper limb coded, left written
    ("F33.2", "Recurrent depression (F33.2); left DLPFC stimulation", False),  # no site in the code
])
def test_check_warns_when_a_codes_side_or_limb_is_not_the_one_the_case_writes(tmp_path, code, written, warned):
    import shutil

    from appeal_kit import checks
    from appeal_kit.case.folder import load_case

    # set 16's case 07, whose clinic notes write the code beside the site, with that line written as above
    folder = tmp_path / "case"
    shutil.copytree(next((REPO / "tests" / "resources" / "letter-review" / "set16").glob("07-*[!.md]")), folder)
    notes = folder / "clinical" / "pain-clinic-notes-2026.txt"
    lines = notes.read_text().splitlines()
    notes.write_text("\n".join([f"Assessment: {written}", *[ln for ln in lines if "G90." not in ln]]) + "\n")
    case = load_case(folder)
    case.data["claim"]["diagnosis_codes"] = [code]
    found = [f.message for f in checks._site_findings(case)]
    assert bool(found) is warned, found
    if warned:
        assert code in found[0] and "clinical/pain-clinic-notes-2026.txt" in found[0]


# ------------------------------------------- 6: a policy's title never speaks as if it were the treatment

@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd", "experimental-investigational"])
def test_a_policy_quoted_in_full_is_introduced_as_the_policy_never_by_its_title_alone(tmp_path, template):
    # set 16, cases 02, 03 and 05: "Esketamine nasal spray itself reads: ..." (the policy's title as the subject)
    case = {"plan_policy.name": "IV ketamine", "plan_policy.quote": "IV ketamine is medically necessary when: 1. "
            "major depression; 2. two failed antidepressants.",
            "payer_criteria": [{"criterion": "1. Major depression", "how_met": "F33.2 on the notes", "met": True},
                               {"criterion": "2. Two failed antidepressants", "how_met": "Four trials", "met": True}]}
    letter = text(tmp_path, template, **case)
    assert "itself reads" not in letter and "IV ketamine reads" not in letter, template
    if "is medically necessary when: 1." in letter:
        assert "The policy (IV ketamine) reads: “IV ketamine is medically necessary when" in letter, template
