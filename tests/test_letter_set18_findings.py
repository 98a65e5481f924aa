"""The findings of set 18's review (tests/resources/letter-review/set18-review.md), each fixed by its kind: one case per
kind, across template x plan type where it applies, the true letter passing. Set 18 is a fix set: these cases shaped
the fixes, so no accuracy figure is measured on it."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from conftest import rendered_text, sample_variant

from appeal_kit.letter import render

REPO = Path(__file__).resolve().parent.parent
TRD = REPO / "evidence_samples" / "ketamine-trd"
TODAY = date(2026, 12, 4)
APPEALS = [t.name for t in render.list_templates() if "denial" in t.arguments]


def text(tmp_path, template, **changes) -> str:
    return " ".join(rendered_text(tmp_path, sample_variant(TRD, **changes), template, TODAY).split())


# ------------------------------------- 04: a quoted term is introduced by what it is, not by a label it may not fit

PARITY_STATEMENT = "Section 1.4: The Plan complies with the mental health parity requirements that apply to it."


@pytest.mark.parametrize("plan_type", ["church", "employer_erisa", "governmental"])
@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd"])
def test_other_terms_quoted_beside_a_parity_argument_are_not_called_the_terms_for_other_care(tmp_path, template,
                                                                                           plan_type):
    """`plan_policy.other_terms` holds whatever terms bear on the claim (here the plan's parity statement): the
    parity paragraph quotes it as more of the plan's terms, never as its terms for medical and surgical care, which
    is what `plan_policy.comparator` is for."""
    letter = text(tmp_path, template, **{
        "claim.plan_type": plan_type, "claim.denial_category": "benefit_limit",
        "claim.denial_reason": "Benefit maximum reached: the plan covers 12 treatments per year.",
        "plan_policy.quote": "Section 5.14: ECT is covered up to 12 treatments per plan year.",
        "plan_policy.other_terms": PARITY_STATEMENT})
    assert "quantitative treatment limitation" in letter, (template, plan_type)  # the parity paragraph is there
    assert letter.count(PARITY_STATEMENT) == 1, (template, plan_type)
    assert "terms for other care" not in letter, (template, plan_type)


# ----------------------- 03, 06: the generic necessity lines answer only a denial that asks whether the care is needed

CONTINUED = ("The documentation received does not support the need for continued treatment: it does not show the "
             "risk of relapse.")
GENERIC_NEED = ("it was prescribed by the treating clinician for a documented diagnosis", "should have come first",
                "should come first")


def trials_so_necessary(letter: str) -> bool:
    """The letter concludes necessity from the failed trials ("has failed two adequate ... trials, so ... is
    medically necessary")."""
    return bool(re.search(r"failed .{0,200}?, so .{0,120}? medically necessary", letter))


@pytest.mark.parametrize("plan_type", ["medicare", "employer_erisa", "medicaid"])
@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd"])
def test_care_already_under_way_is_not_answered_by_the_generic_necessity_lines(tmp_path, template, plan_type):
    """A decision that questions going on with care already under way (its continuation, maintenance, a further
    course) is not answered by "prescribed by the treating clinician for a documented diagnosis", by "has failed N
    trials, so ... is medically necessary" or by asking which treatment should have come first: the trials led to
    the care, they do not show why it must go on. A denial of the care itself still gets all three."""
    under_way = text(tmp_path / "under-way", template, **{"claim.plan_type": plan_type,
                                                         "claim.denial_reason": CONTINUED})
    assert not [line for line in GENERIC_NEED if line in under_way], (template, plan_type)
    assert not trials_so_necessary(under_way), (template, plan_type)
    level = text(tmp_path / "level", template, **{
        "claim.plan_type": plan_type, "claim.denial_reason": "The member's needs can be met at a lower level of care "
                                                             "(intensive outpatient program)."})
    assert "documented diagnosis" not in level, (template, plan_type)
    itself = text(tmp_path / "itself", template, **{"claim.plan_type": plan_type,
                                                   "claim.denial_reason": "This treatment is not medically necessary."})
    assert "documented diagnosis" in itself and trials_so_necessary(itself), (template, plan_type)
    # (the sample answers "what should come first" with its own alternatives: tests/test_routes.py asks it)


def test_a_continuation_is_told_from_paperwork():
    from appeal_kit.letter import derived
    for words in (CONTINUED, "Further infusions are not medically necessary.", "Maintenance ECT is not covered.",
                  "Continued stay is not authorized."):
        assert derived.continuation_questioned({"claim": {"denial_reason": words}}), words
    for words in ("Not medically necessary; please send further information.", "This treatment is not medically "
                  "necessary.", "The member has not tried two antidepressants."):
        assert not derived.continuation_questioned({"claim": {"denial_reason": words}}), words


# ------------------------------------------ 04: a plan's exception provision is applied, not only quoted and asked for

IN_PROGRESS = ("Section 7.6: The Plan's Medical Director may approve benefits beyond a stated visit or treatment limit "
               "when the attending physician documents that additional services are medically necessary to complete a "
               "course of treatment in progress.")
COURSE_PLAN = "Three treatments a week to 12, then six more at a reduced frequency to remission (MADRS 10 or less)"
SCORES = "MADRS 38 before the course, 22 after treatment 12 (partial), 9 after treatment 18"
LIMIT = {"claim.denial_category": "benefit_limit",
         "claim.denial_reason": "Benefit maximum reached: the plan covers 12 treatments per calendar year.",
         "plan_policy.quote": "ECT is covered when medically necessary, up to 12 treatments per calendar year.",
         "plan_policy.limit": {"applied": 12, "current": 12, "course": 18, "unit": "treatments"},
         "plan_policy.exception": IN_PROGRESS, "treatment.plan": COURSE_PLAN, "clinical.response": SCORES}
CLINICIAN = {"author.name": "Ophelia Berg", "author.role": "Treating psychiatrist", "author.relation": "physician",
             "author.authorization": None}


@pytest.mark.parametrize("plan_type", ["church", "employer_erisa", "governmental", "marketplace"])
@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd"])
def test_an_exception_for_a_course_in_progress_is_applied_before_parity(tmp_path, template, plan_type):
    """The plan's exception turns on facts the case holds (the course went beyond the limit as planned, the scores
    before and after, the author being the attending clinician): the letter says how the case meets each condition
    in its own words, asks for the exception, and puts that before the parity argument."""
    letter = text(tmp_path, template, **LIMIT, **CLINICIAN, **{"claim.plan_type": plan_type})
    assert letter.count(IN_PROGRESS) == 1, (template, plan_type)
    applied = letter[letter.index(IN_PROGRESS) + len(IN_PROGRESS):]
    applied = applied[:applied.index("under that provision")]
    assert "meets each condition of that provision" in applied, (template, plan_type)
    assert "went on to 18" in applied and COURSE_PLAN[1:] in applied and SCORES[1:] in applied, (template, plan_type)
    assert "written by the treating psychiatrist" in applied, (template, plan_type)
    if "quantitative treatment limitation" in letter:  # parity, where the plan type is under it
        assert letter.index(IN_PROGRESS) < letter.index("quantitative treatment limitation"), (template, plan_type)
    # written by the patient, the clinician's documentation is not claimed: the rest is said, and that part asked
    patient = text(tmp_path / "patient", template, **LIMIT, **{"claim.plan_type": plan_type})
    assert "written by the" not in patient and "answers that provision’s conditions" in patient, (template, plan_type)
    assert "any other condition of it unmet" in patient, (template, plan_type)
    # no fact the provision turns on: quoted and asked for, nothing claimed met
    bare = text(tmp_path / "bare", template, **{**LIMIT, "treatment.plan": None, "clinical.response": None,
                                                "plan_policy.limit": None, "claim.plan_type": plan_type})
    assert bare.count(IN_PROGRESS) == 1 and "condition of that provision" not in bare, (template, plan_type)


def test_an_exception_quoted_and_never_applied_is_named_by_check():
    """`check` names the exception provision as quoted and never applied when the letter states none of its
    conditions (a course in progress, the attending clinician, medical necessity) in its own words."""
    from appeal_kit.case.folder import load_case
    from appeal_kit.letter import arguments, unused

    case = load_case(next(p for p in (REPO / "tests/resources/letter-review/set18").glob("04-*") if p.is_dir()))
    reasons = arguments.denial_reasons(case.data)
    quoted_only = [f"The plan provides for benefits beyond the limit: “{case.data['plan_policy']['exception'].strip()}” "
                   "I ask the plan to approve the treatment requested under that provision."]
    (item,) = [u for u in unused.unused(case, quoted_only, TODAY, reasons) if u.field == "plan_policy.exception"]
    assert item.quoted and item.marks == {"condition course", "condition clinician", "condition necessity"}
    applied = quoted_only + ["The course was in progress at the limit; the attending physician documents that the "
                             "treatments beyond it were medically necessary."]
    assert not [u for u in unused.unused(case, applied, TODAY, reasons) if u.field == "plan_policy.exception"]


# ------------------------------- 06: each gap a decision names in the records is answered by name from its field

GAPS = ("The documentation received does not show the risk of relapse, improvement on standardized measures or a "
        "plan to reduce the frequency of treatment.")
RELAPSE = "Relapsed within five weeks when a treatment was delayed in March 2026 (MADRS 10 to 27)"
TAPER = "One treatment every three weeks; a four-week interval from January 2027 if MADRS stays at 10 or less"
RESPONSE = "MADRS 41 before the acute course, 8 after it, 8-11 on treatments every three weeks"


@pytest.mark.parametrize("plan_type", ["medicare", "employer_erisa", "medicaid"])
@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd"])
def test_each_gap_the_decision_names_is_answered_by_name(tmp_path, template, plan_type):
    """A decision that names what the records do not show (the risk of relapse, the response, the prescriber's plan)
    is answered gap by gap, each by the decision's own words for it, from the field that holds it; a gap the case
    holds nothing for is not claimed and `check` asks for its field."""
    held = {"claim.plan_type": plan_type, "claim.denial_reason": GAPS, "impact.relapse": RELAPSE,
            "treatment.plan": TAPER, "clinical.response": RESPONSE}
    letter = text(tmp_path, template, **held)
    said = letter[letter.index("the records do not show the risk of relapse"):]
    said = said[:said.index("Please decide the claim with them.")]
    for gap, answer in (("risk of relapse", RELAPSE), ("improvement on standardized measures", RESPONSE),
                        ("plan for", TAPER)):
        assert gap in said and answer[1:] in said, (template, plan_type, gap)
    assert letter.count(RELAPSE[1:]) == 1, (template, plan_type)  # not again under what the illness has cost
    report: dict = {}
    render.render_letter(sample_variant(TRD, **{**held, "impact.relapse": None}), render.find_template(template),
                         tmp_path / "no-relapse.docx", today=TODAY, clinic=None, report=report)
    assert "relapse_recorded" in {f.id for f in report["facts"].unknown_needed()}, (template, plan_type)
    assert "relapse_recorded" not in {fact_id for fact_id, _ in report["facts"].asserted}, (template, plan_type)


# ---------------------------- 04, 07: the same scores said once, whatever dates or words the two lines put around them

SEVERITY_TEMPLATES = [t for t in APPEALS if t in ("medical-necessity", "ketamine-trd", "external-review-request",
                                                  "retro-authorization", "experimental-investigational")]


@pytest.mark.parametrize("template", SEVERITY_TEMPLATES)
def test_the_same_scores_are_said_once_when_the_lines_differ_only_in_dates_and_words(tmp_path, template):
    """The severity line dates each score ("MADRS 38 before ECT (July 28, 2026)") and the response line names the
    point in the course ("MADRS 38 before the course"): the scores are the same, so they are said once."""
    given = {"claim.service_dates": ["2026-08-31", "2026-09-25"],
             "clinical.severity": "MADRS 38 before ECT (July 28, 2026), 22 after treatment 12 (August 28, 2026), 9 "
                                  "after treatment 18 (September 28, 2026)",
             "clinical.response": "MADRS 38 before the course, 22 after treatment 12 (partial), 9 after treatment 18"}
    letter = text(tmp_path, template, **given)
    assert letter.count("22 after treatment 12") == 1, template
    # a score the severity line has and the response line has not: both stay
    other = text(tmp_path / "other", template, **{**given, "clinical.severity": "MADRS 11 on November 2, 2026"})
    assert "MADRS 11 on November 2, 2026" in other and "22 after treatment 12" in other, template


# ------------------------------------------ every letter: the treatment's name is not capitalised mid-sentence

@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd", "external-review-request"])
def test_the_treatments_name_is_not_capitalised_mid_sentence(tmp_path, template):
    """A name typed with a capital only because it opens the field ("Maintenance electroconvulsive therapy") is said
    in lower case after the sentence's first word and capitalised where it opens one; a brand keeps its capital."""
    letter = text(tmp_path, template, **{"treatment.name": "Maintenance electroconvulsive therapy (ECT)"})
    assert "denial of maintenance electroconvulsive therapy" in letter or "maintenance electroconvulsive therapy" in \
        letter, template
    assert not re.search(r"[a-z,] Maintenance electroconvulsive", letter), template
    brand = text(tmp_path / "brand", template, **{"treatment.name": "Spravato nasal spray"})
    assert "spravato" not in brand and "Spravato nasal spray" in brand, template
    from appeal_kit.letter.arguments import name_in_sentence
    assert name_in_sentence("Caplyta (lumateperone) 42 mg daily") == "Caplyta (lumateperone) 42 mg daily"
    assert name_in_sentence("IV ketamine infusions") == "IV ketamine infusions"
    assert name_in_sentence("A 36-session course of TMS") == "a 36-session course of TMS"
    assert name_in_sentence("Alprazolam taper") == "alprazolam taper"
    assert name_in_sentence("Transcranial magnetic stimulation (TMS)") == "transcranial magnetic stimulation (TMS)"


# ------------------------------------------------- 02: two counts a paragraph apart say what each of them counts

def test_a_count_that_includes_a_drug_still_taken_says_so_beside_the_count_of_failed_trials(tmp_path):
    """The failed-trial count leaves out a drug still taken on a partial response; the count of antidepressant trials
    without an adequate response (the esketamine trial definition) takes it in. Where the two differ, the second
    says what it holds, so two different numbers are not read as one."""
    history = [{"drug": "Escitalopram", "dose": "20 mg", "start": "2025-01-06", "end": "2025-04-14",
                "outcome": "No response", "response": "none"},
               {"drug": "Bupropion XL", "dose": "300 mg", "start": "2025-05-01", "end": "2025-08-01",
                "outcome": "No response", "response": "none"},
               {"drug": "Sertraline", "dose": "200 mg", "start": "2025-09-01", "ongoing": True,
                "outcome": "Partial response only", "response": "partial"}]
    letter = text(tmp_path, "esketamine-step-therapy", **{"clinical.history": history,
                                                          "clinical.episode_onset": "January 2025",
                                                          "treatment.name": "Spravato (esketamine) nasal spray"})
    assert "three adequate antidepressant trials without an adequate response" in letter
    assert "(escitalopram and bupropion XL, which failed, and sertraline, still taken without an adequate response)" \
        in letter


# ------------------------------- 08: a definition's FDA test is answered by the FDA action the case records

SPD = ("SPD Section 10.1: A service is Experimental or Investigational if (a) it is a drug or device that cannot be "
       "lawfully marketed without approval or clearance of the U.S. Food and Drug Administration and that approval or "
       "clearance has not been given for the use; or (b) it is the subject of ongoing phase I, II or III clinical "
       "trials to determine its safety or efficacy for the use.")
CLEARED = {"action": "cleared", "date": "2018-08-17", "what": "a deep TMS system with the H7 coil",
           "use": "as an adjunct for the treatment of adult patients with obsessive-compulsive disorder"}
NOT_MET = "turns on the FDA’s approval or clearance for the use is therefore not met"


@pytest.mark.parametrize("plan_type", ["employer_erisa", "governmental", "medicaid"])
@pytest.mark.parametrize("template", ["experimental-investigational", "medical-necessity"])
def test_a_definitions_fda_test_is_said_unmet_when_the_case_records_the_fda_action(tmp_path, template, plan_type):
    """A definition whose "or" tests include FDA approval or clearance not given for the use, quoted, with the FDA's
    clearance for the use recorded in the case: the letter says that test is not met, in its own words. Not when the
    case records no action, nor when the patient is outside the ages the action covers."""
    base = {"claim.plan_type": plan_type, "claim.denial_category": "experimental_investigational",
            "claim.denial_reason": "Deep TMS for OCD is investigational.", "plan_policy.quote": SPD,
            "treatment.name": "Deep transcranial magnetic stimulation for obsessive-compulsive disorder"}
    letter = text(tmp_path, template, **base, **{"treatment.fda": CLEARED})
    assert NOT_MET in letter, (template, plan_type)
    assert NOT_MET not in text(tmp_path / "none", template, **base), (template, plan_type)
    outside = text(tmp_path / "ages", template, **base, **{"treatment.fda": {**CLEARED, "ages": [2, 12]}})
    assert NOT_MET not in outside, (template, plan_type)
