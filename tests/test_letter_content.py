"""What a letter says fits the case in front of it (issue 18): the requests fit the denial, a second-level appeal
says so and answers the latest decision, the patient writing speaks as "I", and nothing is printed twice. One case
per kind; the true letter passes."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from conftest import rendered_text, sample_variant

from appeal_kit.letter import clinic, derived, render

REPO = Path(__file__).resolve().parent.parent
TRD = REPO / "evidence_samples" / "ketamine-trd"
SPRAVATO = REPO / "evidence_samples" / "spravato-step-therapy"
TODAY = date(2026, 11, 26)
APPEALS = [t.name for t in render.list_templates() if "denial" in t.arguments]  # the letters that answer a denial

CODING = {"claim.denial_category": "coding_billing", "claim.plan_type": "employer_erisa",
          "claim.denial_reason": "The claim lacks a valid NDC for J3490. Medical necessity was not the basis of "
                                 "the denial."}


@pytest.fixture(autouse=True)
def no_user_clinic(tmp_path_factory, monkeypatch):
    monkeypatch.setattr(clinic, "config_dir", lambda: tmp_path_factory.mktemp("config"))


def text(tmp_path, template, sample=TRD, **changes) -> str:
    return rendered_text(tmp_path, sample_variant(sample, **changes), template, TODAY)


# ---------------------------------------------------------------------------------------------- requests

@pytest.mark.parametrize("category", ["coding_billing", "timely_filing", "not_covered"])
def test_no_medical_judgment_request_or_external_review_for_a_non_clinical_denial(tmp_path, category):
    changes = {**CODING, "claim.denial_category": category, "claim.denial_reason": "Denied under the plan terms."}
    for template in ("medical-necessity", "ketamine-trd"):
        letter = text(tmp_path, template, **changes)
        assert "rests on a medical judgment" not in letter, (template, category)
        assert "external review" not in letter.lower(), (template, category)
    # the same letter for a medical-necessity denial asks for both
    clinical = text(tmp_path, "medical-necessity", **{"claim.plan_type": "employer_erisa"})
    assert "rests on a medical judgment" in clinical and "independent external review" in clinical


def test_a_reason_the_denial_sets_aside_is_not_answered(tmp_path):
    letter = text(tmp_path, "medical-necessity", **CODING)
    assert "The medical necessity of" not in letter and "rests on a medical judgment" not in letter


def test_original_medicare_is_never_told_the_plans_terms_decide(tmp_path):
    changes = {"claim.plan_type": "medicare", "claim.denial_category": "experimental_investigational"}
    for template in ("medical-necessity", "experimental-investigational", "ketamine-trd"):
        letter = text(tmp_path, template, **changes)
        assert "plan’s own terms" not in letter and "plan's own terms" not in letter, template
    assert "reasonable and necessary" in text(tmp_path, "experimental-investigational", **changes)


# ---------------------------------------------------------------------------------------------- stage

SECOND = {"decisions": [{"date": "2026-10-20", "outcome": "denied", "stage": "internal appeal (first level)",
                         "opens": "internal appeal (second level)",
                         "reason": "The first-level appeal is denied: the records do not show two trials."}]}


@pytest.mark.parametrize("template", APPEALS)
def test_a_second_level_appeal_says_so_and_quotes_the_decision_it_appeals(tmp_path, template):
    if template in ("out-of-network-gap-exception", "external-review-request", "expedited-appeal"):
        pytest.skip("not an internal appeal of a decision by level")
    letter = text(tmp_path, template, **SECOND)
    assert "second-level appeal" in letter.lower(), template
    assert "October 20, 2026" in letter and "the records do not show two trials" in letter, template
    first = text(tmp_path, template)
    assert "second-level" not in first.lower() and "Your notice of October 14, 2026 states" in first, template


def test_second_level_without_the_decisions_words_does_not_misdate_the_quote(tmp_path):
    decision = {k: v for k, v in SECOND["decisions"][0].items() if k != "reason"}
    letter = text(tmp_path, "medical-necessity", decisions=[decision])
    assert "Your notice of October 14, 2026 states" not in letter
    assert "dated October 20, 2026, upheld the denial of October 14, 2026. The reason given: “" in letter


# ---------------------------------------------------------------------------------------------- voice

FIRST_PERSON_BAD = re.compile(r"\b(Ms\. Whitfield|the patient) (has|is|meets|tried)\b|costing Ms\. Whitfield|"
                              r"for Ms\. Whitfield|Ms\. Whitfield's", re.I)


@pytest.mark.parametrize("template", [t.name for t in render.list_templates()
                                      if t.name not in ("letter-of-medical-necessity", "peer-to-peer-request")])
def test_the_patient_writing_speaks_as_i(tmp_path, template):
    """The sample's author is the patient herself: no sentence speaks of her in the third person."""
    letter = text(tmp_path, template, **{"claim.plan_type": "employer_erisa"})
    assert not FIRST_PERSON_BAD.search(letter), (template, FIRST_PERSON_BAD.search(letter).group(0))


def test_a_representative_writes_about_the_patient(tmp_path):
    changes = {"author.name": "Jordan Reyes", "author.role": "Patient advocate", "claim.plan_type": "employer_erisa"}
    letter = text(tmp_path, "ketamine-trd", **changes)
    assert "Ms. Whitfield has failed" in letter and "I have failed" not in letter
    own = text(tmp_path, "ketamine-trd", **{"claim.plan_type": "employer_erisa"})
    assert "I have failed" in own and "What delay is costing me" in own


def test_voice_forms():
    me = derived.patient_names({"patient": {"name": "Dana Whitfield"}, "author": {"name": "Dana Whitfield"}})
    assert (me["short_cap"], me["has"], me["obj"], me["poss"]) == ("I", "have", "me", "my")
    other = derived.patient_names({"patient": {"name": "Dana Whitfield", "salutation": "Ms. Whitfield"},
                                   "author": {"name": "Jordan Reyes"}})
    assert (other["short_cap"], other["has"], other["obj"], other["poss"]) == (
        "Ms. Whitfield", "has", "Ms. Whitfield", "Ms. Whitfield's")


# ---------------------------------------------------------------------------------------------- small things

def test_a_policy_number_in_its_name_is_said_once(tmp_path):
    policy = {"plan_policy.name": "Clinical Policy UM-114, Ketamine Infusion", "plan_policy.number": "UM-114",
              "payer_criteria": [{"criterion": "Two failed antidepressants", "how_met": "Four failed."}]}
    letter = text(tmp_path, "medical-necessity", **policy, **{"claim.denial_reason": "Does not meet UM-114."})
    assert letter.count("UM-114") == letter.count("Clinical Policy UM-114") + 1  # the quoted denial's own mention
    assert derived.policy_label({"plan_policy": {"name": "Ketamine policy", "number": "UM-114"}}) == \
        "Ketamine policy (UM-114)"
