"""Letters a reviewer cannot ignore, part one (docs/letters.md): every reason of a denial answered by its own argument,
the off-label answer, a reviewer of the right specialty, the criteria product asked for by name, a peer-to-peer
route, and check's warnings about an expedited appeal with nothing left to expedite and a missing physician letter."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import docx_text, rendered_text, sample_variant, write_case

from appeal_kit import checks
from appeal_kit.letter import arguments, clinic

REPO = Path(__file__).resolve().parent.parent
TRD = REPO / "evidence_samples" / "ketamine-trd"
TODAY = date(2026, 11, 26)


def letter(tmp_path, name="medical-necessity", **changes) -> str:
    return rendered_text(tmp_path, sample_variant(TRD, **changes), name, TODAY)


@pytest.mark.parametrize("reason, expected", [
    ("The service is not medically necessary and ketamine is not FDA-approved for depression.",
     ["medical_necessity", "off_label"]),
    ("Ketamine infusion is considered investigational and unproven.", ["medical_necessity",
                                                                       "experimental_investigational"]),
    ("The member must first try two preferred antidepressants (step therapy).", ["medical_necessity", "step_therapy"]),
    ("The provider is out-of-network and no prior authorization was obtained.",
     ["medical_necessity", "out_of_network", "prior_authorization"]),
    # a reason named only to say the denial does not rest on it, and a lifetime cap in the plan's own words
    ("The plan limits TMS to one course of treatment per lifetime. No further benefits are available. This decision "
     "was made on the terms of the Plan, not on medical necessity.", ["medical_necessity", "benefit_limit"]),
])
def test_a_denial_is_split_into_its_reasons(reason, expected):
    data = sample_variant(TRD, **{"claim.denial_reason": reason}).data
    assert arguments.denial_reasons(data) == expected


def test_every_reason_gets_its_own_answer_and_off_label_is_answered(tmp_path):
    text = letter(tmp_path)  # the sample denial: not medically necessary + not FDA-approved
    assert "The medical necessity of IV ketamine infusions" in text
    assert "FDA approval and medical necessity" in text
    assert "in routine use as an anesthetic" in text and "not whether a physician's use of it" in text
    assert "The published evidence" in text  # off-label rests on the evidence, which comes with it
    assert text.count("as an anesthetic") == 1  # each fact once, even when experimental is also a reason
    both = letter(tmp_path, **{"claim.denial_reason": "Investigational and not FDA-approved for depression."})
    assert both.count("as an anesthetic") == 1 and "Not experimental or investigational" in both


def test_check_names_a_reason_left_unanswered(tmp_path):
    data = sample_variant(TRD, **{"claim.denial_reasons": ["medical_necessity", "frequency_limit"]}).data
    problems = arguments.unanswered(data)
    assert any("'frequency_limit', which has no argument" in p for p in problems)


def test_reviewer_specialty_follows_the_diagnosis(tmp_path):
    assert "after consulting a psychiatrist experienced in treating this condition" in letter(tmp_path)
    pain = letter(tmp_path, "ketamine-chronic-pain", **{"claim.diagnosis_codes": ["G90.512"], "literature": []})
    assert "a physician board-certified in pain medicine or anesthesiology" in pain
    assert "health care professional with appropriate training" not in pain


def test_criteria_the_denial_names_are_asked_for_by_the_name_it_gives(tmp_path):
    # the denial named them: a copy is asked for, never "which criteria", never "confirm a clinician reviewed it"
    text = letter(tmp_path, **{"claim.denial_reason": "Does not meet InterQual criteria for ketamine infusion."})
    assert "please send me a copy of InterQual in the version applied to this claim" in text
    policy = letter(tmp_path, **{"plan_policy": {"name": "Medical Policy", "number": "BH-114"},
                                 "claim.denial_reason": "Not medically necessary under Medical Policy BH-114."})
    assert "a copy of Medical Policy (BH-114) in the version applied" in policy
    # a policy the denial's words never name is not asked for as the one applied (letters set 53, case 06)
    unnamed = letter(tmp_path, **{"plan_policy": {"name": "Medical Policy", "number": "BH-114"}})
    assert "in the version applied" not in unnamed
    # a numbered policy named in the denial's own words, though plan_policy quotes another document
    named = letter(tmp_path, **{
        "claim.denial_reason": "Considered investigational under Bluewater Medical Policy MP-5.01.644.",
        "plan_policy": {"name": "Certificate of Coverage, Definitions", "quote": "Experimental means ..."}})
    assert "a copy of Bluewater Medical Policy MP-5.01.644 in the version applied" in named
    for t in (text, policy, named):
        assert "by name and version" not in t and "criteria product" not in t
    assert "in the version applied" not in letter(tmp_path)  # nothing named: no such sentence


def test_a_reviewer_the_case_names_is_named_with_specialty(tmp_path):
    text = letter(tmp_path, **{"claim.reviewer": {"name": "Martin Szabo, MD", "specialty": "anesthesiology"}})
    assert "The denial was decided by Martin Szabo, MD, whose recorded specialty is anesthesiology, not the one this " \
           "condition calls for." in text
    same = letter(tmp_path, **{"claim.reviewer": {"name": "Ana Ruiz, MD", "specialty": "psychiatry"}})
    assert "Ana Ruiz, MD (psychiatry)." in same and "not the one this condition calls for" not in same
    assert "The denial was decided by" not in letter(tmp_path)


def test_peer_to_peer_route_only_with_a_name_and_a_number(tmp_path):
    text = letter(tmp_path, provider={"name": "Miriam Osei, MD", "credentials": "psychiatrist",
                                      "phone": "(541) 555-0122"})
    assert "Please arrange any peer-to-peer discussion with the prescribing clinician, Miriam Osei, MD, " \
           "psychiatrist, at (541) 555-0122." in text
    assert "peer-to-peer" not in letter(tmp_path, provider={"name": "Miriam Osei, MD"})


def test_check_warns_expedited_without_care_to_come_and_future_notice(tmp_path):
    folder = write_case(tmp_path / "case", extra="template: expedited-appeal\nurgency:\n  reason: x\n")
    fields = {f.field: f.message for f in checks.check_case(folder, today=TODAY).warnings}
    assert "every service was already given" in fields["claim.pending_services"]
    (folder / "case.yaml").write_text((folder / "case.yaml").read_text().replace(
        "  service_dates: [February 2, 2026]", "  service_dates: [February 2, 2026]\n  pending_services: [4 more "
        "infusions]").replace("notice_date: 03/03/2026", "notice_date: 03/03/2099"))
    fields = {f.field: f.message for f in checks.check_case(folder, today=TODAY).warnings}
    assert "claim.pending_services" not in fields and "is after today" in fields["claim.notice_date"]


def test_check_warns_when_no_physician_letter_is_enclosed(tmp_path):
    folder = write_case(tmp_path / "case")
    assert any(f.field == "exhibits" and "no letter of medical necessity" in f.message
               for f in checks.check_case(folder, today=TODAY).warnings)
    (folder / "other" / "letter-of-medical-necessity.pdf").write_bytes(
        (REPO / "tests" / "resources" / "pdfs" / "rotated.pdf").read_bytes())
    assert not any(f.field == "exhibits" and "no letter of medical necessity" in f.message
                   for f in checks.check_case(folder, today=TODAY).warnings)


@pytest.mark.parametrize("name", ["psychiatrist-letter-2026-12-03.pdf", "pediatrician_letter.pdf",
                                  "carta-de-necesidad-medica.pdf"])
def test_a_treating_clinicians_letter_is_known_by_its_file_name(tmp_path, name):
    """Letters set 57, cases 01 and 02: a signed psychiatrist's and a pediatrician's letter were enclosed, and check
    said none was."""
    folder = write_case(tmp_path / "case")
    (folder / "other" / name).write_bytes((REPO / "tests" / "resources" / "pdfs" / "rotated.pdf").read_bytes())
    assert not any(f.field == "exhibits" and "no letter of medical necessity" in f.message
                   for f in checks.check_case(folder, today=TODAY).warnings)


# ---------------------------------------------------------------------------------------------- next-step letters

def test_claim_file_request_cites_each_plans_rule(tmp_path):
    employer = letter(tmp_path, "claim-file-request", **{"claim.plan_type": "employer_erisa",
                                                         "claim.denial_reason": "Does not meet MCG criteria."})
    assert "copies of all documents, records and other information relevant to claim" in employer
    assert "(29 CFR 2560.503-1(h)(2)(iii) and (m)(8))" in employer and "(MCG), by name and version" in employer
    assert "comparative analysis" in employer and "1185a" not in employer  # a claim document, no statutory right
    medicaid = letter(tmp_path, "claim-file-request", **{"claim.plan_type": "medicaid"})
    assert "(42 CFR 438.406(b)(5))" in medicaid and "2560.503-1" not in medicaid and "comparative" not in medicaid
    assert "prompt attention to this request" in medicaid and "this appeal." not in medicaid


CLINIC = "name: Cascade Ridge Behavioral Health\nphone: (541) 555-0122\nproviders:\n  - name: Miriam Osei, MD\n" \
         "    credentials: Board-certified psychiatrist\n"


def test_peer_to_peer_request_is_the_prescribers(tmp_path):
    (tmp_path / "clinic.yaml").write_text(CLINIC)
    profile = clinic.load_clinic(path=tmp_path / "clinic.yaml")
    text = rendered_text(tmp_path, sample_variant(TRD, **{"author.name": "Dr. Miriam Osei",
                                                          "peer_to_peer.availability": "weekdays 12-1 pm"}),
                         "peer-to-peer-request", TODAY, clinic=profile)
    assert "I am Miriam Osei, MD, Board-certified psychiatrist, the treating clinician of Dana Whitfield" in text
    assert "who should be a psychiatrist" in text and "Ms. Whitfield has failed four adequate medication trials" in text
    assert "Please call me at (541) 555-0122 (weekdays 12-1 pm) to arrange a time." in text


def test_clinician_letters_need_a_clinician_to_sign(tmp_path):
    folder = write_case(tmp_path / "case", extra="template: peer-to-peer-request\n")
    errors = checks.check_case(folder, today=TODAY).errors
    assert any(f.field == "author.name" and "signed by the treating clinician" in f.message for f in errors)


def test_harm_is_said_only_from_the_case(tmp_path):
    quiet = letter(tmp_path, **{"clinical.severity": "PHQ-9 of 22 (severe)", "clinical.suicidality": None})
    assert "What delay is costing" not in quiet and "hospital" not in quiet.lower()
    text = letter(tmp_path, impact={"work": "on unpaid medical leave since June 2026",
                                    "hospitalizations": ["five days in May 2026 after a suicide plan"]})
    assert "What the illness has cost me" in text and "suicidal ideation" in text  # she writes; the course is over
    assert "Emergency and hospital care: Five days in May 2026 after a suicide plan." in text
    assert "Work: On unpaid medical leave since June 2026." in text


def test_alternatives_are_answered_and_ect_cites_the_trial(tmp_path):
    text = letter(tmp_path, alternatives=[
        {"treatment": "ECT", "why_not": "declined after counselling because of memory effects on her work"},
        {"treatment": "a further antidepressant trial", "why_not": "five adequate trials have failed"}])
    assert "Why the alternatives will not do" in text
    assert "ECT: Declined after counselling because of memory effects on her work. In a randomized trial" in text
    assert "A further antidepressant trial: Five adequate trials have failed." in text
    assert "ketamine was found noninferior to electroconvulsive therapy [" in text
    assert "Why the alternatives will not do" not in letter(tmp_path, alternatives=[])


def test_regulator_complaint_goes_to_the_plans_regulator_with_a_timeline(tmp_path):
    case = sample_variant(REPO / "evidence_samples" / "out-of-network-gap", **{
        "complaint.summary": "the plan has not answered my appeal although 60 days have passed",
        "submissions": [{"date": "2026-10-20", "method": "fax", "to": "Appeals", "confirmation": "FX-1"}]})
    for plan, who in [("employer_erisa", "Employee Benefits Security Administration"),
                      ("individual_aca", "Department of Insurance"), ("medicaid", "State Medicaid agency"),
                      ("medicare_advantage", "Centers for Medicare & Medicaid Services")]:
        case.data["claim"]["plan_type"] = plan
        text = rendered_text(tmp_path, case, "regulator-complaint", TODAY)
        assert text.split("Dear Sir or Madam:")[0].count(who) == 1, plan
    assert "The plan has not answered my appeal although 60 days have passed." in text
    assert "Appeal sent by fax to Appeals, confirmation FX-1" in text and "this complaint" in text
    rows = [line for line in docx_text(tmp_path / "regulator-complaint.docx").splitlines() if "2026" in line]
    assert rows.index("October 6, 2026") < rows.index("October 20, 2026")  # in date order


def _sentences(path: Path) -> set[str]:
    """The body sentences of a letter (paragraphs between the salutation and the sign-off, six words or more)."""
    import re

    from docx import Document

    paras = [p.text for p in Document(str(path)).paragraphs]
    start = next(i for i, t in enumerate(paras) if t.startswith("Dear "))
    end = next(i for i, t in enumerate(paras) if t.startswith("Sincerely"))
    found = set()
    for text in paras[start + 1:end]:
        for s in re.split(r"(?<=[.!?”])\s+(?=[A-Z“])", " ".join(text.split())):
            if len(s.split()) >= 6:
                found.add(s)
    return found


def test_the_physicians_letter_is_not_the_appeal_letter_again(tmp_path):
    """At most a fifth of the letter of medical necessity's sentences appear in the appeal for the same case."""
    from appeal_kit.letter import render

    (tmp_path / "clinic.yaml").write_text(CLINIC)
    profile = clinic.load_clinic(path=tmp_path / "clinic.yaml")
    case = sample_variant(TRD, **{
        "author.name": "Miriam Osei, MD", "treatment.plan": "six infusions of 0.5 mg/kg over 40 minutes in three "
        "weeks, with blood pressure and dissociation monitored for two hours; stop if the PHQ-9 has not fallen by "
        "half after four", "clinical.response": "PHQ-9 22 before treatment and 12 after four infusions",
        "clinical.episode_onset": "2025-09", "clinical.treating_since": "2023-02-06"})
    lmn = render.render_letter(case, render.find_template("letter-of-medical-necessity"), tmp_path / "lmn.docx",
                               today=TODAY, clinic=profile)
    appeal = render.render_letter(case, render.find_template("ketamine-trd"), tmp_path / "appeal.docx",
                                  today=TODAY, clinic=profile)
    mine, theirs = _sentences(lmn), _sentences(appeal)
    shared = mine & theirs
    assert len(mine) >= 8 and len(shared) <= len(mine) / 5, shared
    text = " ".join(docx_text(lmn).split())
    assert "whom I have treated since February 6, 2023" in text
    assert "The current episode began in September 2025." in text
    assert "I have prescribed IV ketamine infusions as follows: Six infusions of 0.5 mg/kg" in text
    assert "Response so far: PHQ-9 22 before treatment and 12 after four infusions." in text


def test_check_flags_contradictions_in_the_case(tmp_path):
    folder = write_case(tmp_path / "case", extra="""\
treatment_extra: true
clinical:
  history:
    - {drug: Sertraline, dose: 200 mg, start: 2024-01-01, end: 2024-02-26, outcome: No response after 12 weeks}
    - {drug: Venlafaxine, start: 2024-03-01, end: 2024-09-01, outcome: No response}
    - {drug: Aripiprazole (augmenting venlafaxine), start: 2024-04-01, end: 2024-09-01, outcome: No response}
""".replace("treatment_extra: true\n", ""))
    text = (folder / "case.yaml").read_text().replace(
        "  name: IV ketamine infusions\n", "  name: IV ketamine infusions\n  summary: She has failed three "
        "adequate antidepressant trials.\n")
    (folder / "case.yaml").write_text(text)
    found = checks.check_case(folder, today=TODAY).warnings
    warnings = {f.field: f.message for f in found}
    assert "mentions 12 weeks but its dates" in warnings["clinical.history item 1 (Sertraline)"]
    # the augmenting drug is not an antidepressant trial: two by the letter's rule, not three (the same field is
    # also warned of for its "She" in a letter the patient signs: letters set 57, case 01)
    summary = [f.message for f in found if f.field == "treatment.summary"]
    assert any(m.startswith("says 3 adequate medication trials, but clinical.history gives 2") for m in summary)


def test_samples_do_not_contradict_themselves():
    for name in ("ketamine-trd", "spravato-step-therapy", "out-of-network-gap"):
        warnings = checks.check_case(REPO / "evidence_samples" / name, today=TODAY).warnings
        assert not [f for f in warnings if f.field.startswith(("clinical.history", "treatment.summary"))], name


def test_the_plans_definition_is_quoted_and_answered_part_by_part(tmp_path):
    definition = ("Services that are (a) appropriate for the symptoms and diagnosis of the condition; (b) in "
                  "accordance with generally accepted standards of medical practice; (c) not primarily for the "
                  "convenience of the patient; and (d) approved by the plan's medical director.")
    text = letter(tmp_path, **{"plan_policy.medical_necessity_definition": definition})
    assert "The plan defines medical necessity this way: “Services that are (a)" in text  # named once before
    assert "Appropriate for the symptoms and diagnosis of the condition: it treats the documented diagnosis " \
           "(F33.2)." in text
    assert "Not primarily for the convenience of the patient: it was prescribed to treat the illness" in text
    # a part the case cannot speak to is never claimed as met, nor quoted again as a question
    assert "medical director: " not in text and text.count("approved by the plan's medical director") == 1
    assert "If you consider any other part of that definition unmet, please say which and why." in text
    assert "Part by part" not in letter(tmp_path)


def test_a_definition_written_as_prose_is_answered_clause_by_clause_never_repeated_whole():
    from appeal_kit.letter import derived

    definition = ("Medically Necessary means health care services that a physician, exercising prudent clinical "
                  "judgment, would provide to a patient to treat an illness or injury, that are in accordance with "
                  "generally accepted standards of medical practice, clinically appropriate in type, frequency, "
                  "extent, site and duration, and not primarily for the convenience of the patient or physician. "
                  "Generally accepted standards of medical practice means standards based on credible scientific "
                  "evidence published in peer-reviewed medical literature.")
    data = {"plan_policy": {"medical_necessity_definition": definition}, "claim": {"diagnosis_codes": ["G89.0"]},
            "treatment": {"plan": "five daily infusions"}}
    parts = derived.definition_parts(data, {"total": 3, "summary": "three adequate trials"})
    assert [p["part"] for p in parts] == [
        "health care services that a physician, exercising prudent clinical judgment, would provide to a patient "
        "to treat an illness or injury",
        "in accordance with generally accepted standards of medical practice",
        "clinically appropriate in type, frequency, extent, site and duration",
        "not primarily for the convenience of the patient or physician"]
    assert all(p["answer"] for p in parts)


def test_the_plans_definition_is_answered_for_an_investigational_denial_too(tmp_path):
    """Set 8, case 06: a Medicaid plan's "investigational" denial before a fair hearing is decided under the plan's
    own definition of medical necessity, which the letter left out; a glossary's "Medically necessary:" is its
    term, and a running definition's "and there is no other ..." is a part of its own."""
    definition = ("Medically necessary: a requested service that is reasonably calculated to prevent or alleviate "
                  "conditions that cause suffering, and there is no other equally effective, more conservative or "
                  "substantially less costly course of treatment available.")
    text = letter(tmp_path, **{"plan_policy.medical_necessity_definition": definition,
                               "claim.denial_category": "experimental_investigational"})
    assert "The plan’s own definition of medical necessity" in text  # the heading, the insurer named before
    assert "Part by part: A requested service that is reasonably calculated" in text
    assert "There is no other equally effective, more conservative or substantially less costly course of " \
           "treatment available: less intensive treatment has already failed" in text


@pytest.mark.parametrize("quote, warned", [
    ("Failure includes no response or a partial response at an adequate dose and duration, whether or not the "
     "medication is continued.", False),
    ("At least two trials, or one discontinued earlier because of intolerance documented in the record.", False),
    ("At least two antidepressant trials of six weeks or more at an adequate dose.", True)])
def test_a_summary_counting_by_the_plans_wider_words_is_not_at_odds(tmp_path, quote, warned):
    # letters set 89, case 01: the plan counts bupropion, continued on a partial response, and escitalopram, stopped
    # at 19 days for low sodium; the summary's "two adequate trials" is the plan's count, the letter's rule gives one
    folder = write_case(tmp_path / "case", extra="""\
clinical:
  history:
    - {drug: Sertraline, dose: 200 mg, start: 2024-01-01, end: 2024-03-26, outcome: No response}
    - {drug: Bupropion XL, dose: 300 mg, start: 2024-04-01, outcome: Partial response; continued}
""")
    text = (folder / "case.yaml").read_text().replace(
        "  name: IV ketamine infusions\n", "  name: IV ketamine infusions\n  summary: She has failed two "
        "adequate antidepressant trials.\n")
    (folder / "case.yaml").write_text(text + f"plan_policy:\n  quote: \"{quote}\"\n")
    found = checks.check_case(folder, today=TODAY).warnings
    summary = [f.message for f in found if f.field == "treatment.summary"]
    assert any(m.startswith("says 2 adequate medication trials, but clinical.history gives 1") for m in summary) \
        is warned
