"""A prescriber who is not a physician (a nurse practitioner, a physician assistant) signs as what they are: the
letter says "treating nurse practitioner", never "physician" or "Dr.", and asks nothing a rule gives only to a
physician (set 14, case 02: a psychiatric nurse practitioner had no relation to choose and was entered as a
representative). One case per kind, across template x plan type; the true letter passes."""
from __future__ import annotations

import re
from datetime import date

import pytest
from conftest import TRD_SAMPLE, rendered_text, sample_variant

from appeal_kit import directory
from appeal_kit.letter import derived, render

TRD = TRD_SAMPLE
TODAY = date(2026, 11, 26)
SIGNED = [t.name for t in render.list_templates() if t.route == "internal appeal"] + ["letter-of-medical-necessity",
                                                                                      "peer-to-peer-request"]
PLANS = ["employer_erisa", "medicare_advantage", "medicare", "medicare_part_d", "medicaid", "fehb"]
NP = {"author.name": "Sabine Okonkwo-Reyes", "author.role": "Psychiatric nurse practitioner (PMHNP-BC), prescriber",
      "author.relation": "prescriber", "author.authorization": "clinical/progress-notes.pdf",
      "provider.name": "Sabine Okonkwo-Reyes", "provider.credentials": "PMHNP-BC", "provider.phone": "(785) 555-0172"}
# "a physician's use of it" (the FDA's remit, said of any prescriber's use) and the plan's own physician reviewer are
# not the author
CALLED_PHYSICIAN = re.compile(r"\bDr\.? Okonkwo|\btreating physician\b(?! assistant)|\bI am (?:a|the|\w+'s) "
                              r"(?:\w+ )?physician\b|\bphysician's (?:own )?(?:letter|judgment|voice)")


@pytest.mark.parametrize("plan_type", PLANS)
@pytest.mark.parametrize("template", SIGNED)
def test_a_nurse_practitioner_prescriber_is_never_called_a_physician(tmp_path, template, plan_type):
    if plan_type == "medicare" and template in ("out-of-network-gap-exception", "retro-authorization",
                                                "peer-to-peer-request", "esketamine-step-therapy"):
        pytest.skip("Original Medicare has no network, plan terms or peer-to-peer (check errors)")
    letter = rendered_text(tmp_path, sample_variant(TRD, **NP, **{"claim.plan_type": plan_type}), template, TODAY)
    assert not CALLED_PHYSICIAN.search(letter), (template, CALLED_PHYSICIAN.search(letter))
    assert "Psychiatric nurse practitioner (PMHNP-BC), prescriber" in letter  # the signature, as written
    if "I write as" in letter:
        assert "I write as Ms. Whitfield's treating nurse practitioner" in letter


@pytest.mark.parametrize(("relation", "role", "words", "physician"), [
    ("prescriber", "Psychiatric-mental health nurse practitioner (PMHNP-BC)", "treating nurse practitioner", False),
    (None, "Physician assistant, psychiatry (PA-C)", "treating physician assistant", False),
    ("prescriber", "Prescriber", "treating prescriber", False),
    (None, "Treating PMHNP", "treating nurse practitioner", False),
    ("physician", "Treating psychiatrist", "treating psychiatrist", True),
    (None, "Attending physician", "treating physician", True)])
def test_the_authors_standing_names_a_prescriber_by_what_they_are(relation, role, words, physician):
    data = {"author": {"name": "A B", "role": role, "relation": relation}, "patient": {"name": "C D"},
            "claim": {"plan_type": "employer_erisa"}}
    standing = derived.author_standing(data, TODAY)
    assert (standing["kind"], standing["as"], standing["physician"]) == ("clinician", words, physician)


def test_only_a_physician_asks_a_medicare_advantage_reconsideration_without_an_appointment():
    """42 CFR 422.578(c): a physician treating the enrollee may ask for a pre-service reconsideration; a nurse
    practitioner files as the patient's appointed representative."""
    data = {"author": {"name": "A B", "role": "Treating psychiatrist", "relation": "physician"},
            "patient": {"name": "C D"}, "claim": {"plan_type": "medicare_advantage", "service_dates": ["2027-01-10"]}}
    assert derived.author_standing(data, TODAY)["needs_authorization"] is False
    data["author"] = {"name": "A B", "role": "Nurse practitioner", "relation": "prescriber"}
    assert derived.author_standing(data, TODAY)["needs_authorization"] is True
    data["claim"]["plan_type"] = "medicare_part_d"  # Part D: the prescriber may ask (42 CFR 423.580)
    assert derived.author_standing(data, TODAY)["needs_authorization"] is False


def test_a_prescriber_who_writes_is_not_suggested_a_copy_of_their_own_letter():
    data = {"author": {"name": "A B", "relation": "prescriber"}, "provider": {"name": "A B"},
            "claim": {"plan_type": "employer_erisa"}}
    assert "prescriber" not in directory.suggested_copies(data, "internal appeal")
    data["author"]["relation"] = "representative"
    assert "prescriber" in directory.suggested_copies(data, "internal appeal")
