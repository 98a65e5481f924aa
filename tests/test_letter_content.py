"""What a letter says fits the case in front of it: the requests fit the denial, a second-level appeal
says so and answers the latest decision, the patient writing speaks as "I", and nothing is printed twice. One case
per kind; the true letter passes."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from conftest import rendered_text, sample_variant

from appeal_kit.letter import derived, render

REPO = Path(__file__).resolve().parent.parent
TRD = REPO / "evidence_samples" / "ketamine-trd"
SPRAVATO = REPO / "evidence_samples" / "spravato-step-therapy"
TODAY = date(2026, 11, 26)
APPEALS = [t.name for t in render.list_templates() if "denial" in t.arguments]  # the letters that answer a denial

CODING = {"claim.denial_category": "coding_billing", "claim.plan_type": "employer_erisa",
          "claim.denial_reason": "The claim lacks a valid NDC for J3490. Medical necessity was not the basis of "
                                 "the denial."}


def text(tmp_path, template, sample=TRD, **changes) -> str:
    return rendered_text(tmp_path, sample_variant(sample, **changes), template, TODAY)


# ---------------------------------------------------------------------------------------------- requests

@pytest.mark.parametrize("category", ["coding_billing", "timely_filing", "not_covered"])
def test_no_medical_judgment_request_or_external_review_for_a_non_clinical_denial(tmp_path, category):
    changes = {**CODING, "claim.denial_category": category, "claim.denial_reason": "Denied under the plan terms."}
    for template in ("medical-necessity", "ketamine-trd"):
        letter = text(tmp_path, template, **changes)
        assert "turns on a medical judgment" not in letter, (template, category)
        assert "external review" not in letter.lower(), (template, category)
    # the same letter for a medical-necessity denial asks for both
    clinical = text(tmp_path, "medical-necessity", **{"claim.plan_type": "employer_erisa"})
    assert "turns on a medical judgment" in clinical and "independent external review" in clinical


def test_a_reason_the_denial_sets_aside_is_not_answered(tmp_path):
    letter = text(tmp_path, "medical-necessity", **CODING)
    assert "The medical necessity of" not in letter and "turns on a medical judgment" not in letter


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


def test_a_decision_is_never_said_to_uphold_itself(tmp_path):
    """Set 10, case 01: claim.notice_date was the first-level decision's own date, and the letter said the decision
    of November 6 "upheld the denial of November 6"."""
    upheld = re.compile(r"upheld the (?:denial of ([A-Z]\w+ \d+, \d{4})|earlier denial)")
    same_day = text(tmp_path, "medical-necessity", **SECOND, **{"claim.notice_date": "2026-10-20"})
    assert upheld.search(same_day) and upheld.search(same_day).group(1) is None
    assert upheld.search(text(tmp_path, "medical-necessity", **SECOND)).group(1) == "October 14, 2026"


def test_second_level_without_the_decisions_words_does_not_misdate_the_quote(tmp_path):
    decision = {k: v for k, v in SECOND["decisions"][0].items() if k != "reason"}
    letter = text(tmp_path, "medical-necessity", decisions=[decision])
    assert "Your notice of October 14, 2026 states" not in letter
    assert "dated October 20, 2026, upheld the denial of October 14, 2026. The reason given: “" in letter


# ---------------------------------------------------------------------------------------------- voice

FIRST_PERSON_BAD = re.compile(r"\b(Ms\. Whitfield|the patient) (has|is|meets|tried)\b|costing Ms\. Whitfield|"
                              r"for Ms\. Whitfield|Ms\. Whitfield's", re.I)


@pytest.mark.parametrize("template", [t.name for t in render.list_templates()
                                      if t.signed_by != "clinician"])  # a clinician's letter speaks of the patient
def test_the_patient_writing_speaks_as_i(tmp_path, template):
    """The sample's author is the patient herself: no sentence speaks of her in the third person."""
    letter = text(tmp_path, template, **{"claim.plan_type": "employer_erisa"})
    assert not FIRST_PERSON_BAD.search(letter), (template, FIRST_PERSON_BAD.search(letter).group(0))


def test_a_representative_writes_about_the_patient(tmp_path):
    changes = {"author.name": "Jordan Reyes", "author.role": "Patient advocate", "claim.plan_type": "employer_erisa"}
    letter = text(tmp_path, "ketamine-trd", **changes)
    assert "Ms. Whitfield has failed" in letter and "I have failed" not in letter
    own = text(tmp_path, "ketamine-trd", **{"claim.plan_type": "employer_erisa"})
    assert "I have failed" in own and "What the illness has cost me" in own  # the course is over: no delay


def test_voice_forms():
    me = derived.patient_names({"patient": {"name": "Dana Whitfield"}, "author": {"name": "Dana Whitfield"}})
    assert (me["short_cap"], me["has"], me["obj"], me["poss"]) == ("I", "have", "me", "my")
    other = derived.patient_names({"patient": {"name": "Dana Whitfield", "salutation": "Ms. Whitfield"},
                                   "author": {"name": "Jordan Reyes"}})
    assert (other["short_cap"], other["has"], other["obj"], other["poss"]) == (
        "Ms. Whitfield", "has", "Ms. Whitfield", "Ms. Whitfield's")
    # the relation the case gives decides, whatever form of the name the author signs with
    signed_short = derived.patient_names({"patient": {"name": "Dana Lee Whitfield", "salutation": "Ms. Whitfield"},
                                          "author": {"name": "Dana Whitfield", "relation": "patient",
                                                     "role": "Patient and plan member"}})
    assert (signed_short["short_cap"], signed_short["has"]) == ("I", "have")
    parent = derived.patient_names({"patient": {"name": "Sam Whitfield", "salutation": "Sam"},
                                    "author": {"name": "Sam Whitfield", "relation": "parent"}})
    assert parent["short_cap"] == "Sam"


# ---------------------------------------------------------------------------------------------- small things

def test_a_policy_number_in_its_name_is_said_once(tmp_path):
    policy = {"plan_policy.name": "Clinical Policy UM-114, Ketamine Infusion", "plan_policy.number": "UM-114",
              "payer_criteria": [{"criterion": "Two failed antidepressants", "how_met": "Four failed."}]}
    letter = text(tmp_path, "medical-necessity", **policy, **{"claim.denial_reason": "Does not meet UM-114."})
    # said whole once, then by its number (set 22, case 08), and never doubled ("UM-114 UM-114", "UM-114 (UM-114)")
    assert letter.count("Clinical Policy UM-114") == 1
    assert "UM-114 UM-114" not in letter and "UM-114 (UM-114)" not in letter
    assert derived.policy_label({"plan_policy": {"name": "Ketamine policy", "number": "UM-114"}}) == \
        "Ketamine policy (UM-114)"


# ---------------------------------------------------------------------------------------------- winning arguments

def test_the_plans_own_filing_limit_makes_the_claim_timely(tmp_path):
    rule = "You must submit the claim by December 31 of the year after the year you received the service."
    filed = {"claim.denial_category": "timely_filing", "claim.plan_type": "fehb",
             "claim.denial_reason": "Claims must be received within 365 days of the date of service.",
             "claim.service_dates": ["2025-10-06", "2025-10-22"], "plan_policy.quote": rule,
             "filing.first_submitted": "2026-10-19", "filing.received": "2026-10-23",
             "filing.limit_deadline": "2026-12-31", "filing.proof": "USPS certified mail receipt 9407 1118"}
    letter = text(tmp_path, "medical-necessity", **filed)
    assert rule in letter and "was due by December 31, 2026" in letter
    assert "It was received on October 23, 2026, 69 days before that date" in letter
    assert "good cause" not in letter and "turns on a medical judgment" not in letter
    # without filing.limit_deadline, the plan's own words give the date for the earliest service
    quoted = text(tmp_path, "medical-necessity", **{**filed, "filing.limit_deadline": None})
    assert "was due by December 31, 2026" in quoted and "69 days before that date" in quoted
    late = text(tmp_path, "medical-necessity", **{**filed, "filing.limit_deadline": "2026-10-01"})
    assert "days before that date" not in late and "filed on time" not in late and "in time" not in late
    assert "good cause" in late
    # proof named as several enclosed files points to each exhibit; typed as several phrases, they are said as one
    # sentence, never as a list's Python form (set 14, case 01)
    files = ["denial/denial-notice.pdf", "clinical/progress-notes.pdf"]
    pointed = text(tmp_path, "medical-necessity", **{**filed, "filing.proof": files})
    assert "['" not in pointed
    # each named by what the exhibit index calls it (set 33, case 01)
    assert "The records of that filing are enclosed: Exhibit A: " in pointed and "; Exhibit " in pointed
    said = text(tmp_path, "medical-necessity", **{**filed, "filing.proof": ["a fax confirmation", "a mail receipt"]})
    assert "The proof of that submission is: A fax confirmation and a mail receipt." in said


def test_a_coding_denial_is_answered_with_the_corrected_claim_data(tmp_path):
    corrected = {"corrected_claim": {"error": "the J3490 lines carried no NDC", "resubmission_code": "7",
                                     "lines": [{"code": "J3490", "units": 1, "ndc": "70069-301-01",
                                                "ndc_unit": "ML", "ndc_quantity": 0.8},
                                               {"code": "96365", "units": 1}]}}
    letter = text(tmp_path, "medical-necessity", **CODING, **corrected)
    assert "The original claim had an error. The J3490 lines carried no NDC. The corrected claim, sent as a " \
           "replacement (claim frequency code 7)" in letter
    assert "with NDC 70069-0301-01 in its 11-digit 5-4-2 form, entered with the N4 qualifier as " \
           "“N470069030101 ML0.8” (0.8 mL)" in letter
    assert "claim frequency code 7" in letter and "96365, 1 unit." in letter
    # the error is the case's own: the letter asks for the decision again on the corrected data, disputing nothing
    assert "I respectfully disagree" not in text(tmp_path, "medical-necessity", **CODING, **corrected,
                                                 **{"claim.coding_correct": False})
    plain = text(tmp_path, "medical-necessity", **CODING)
    assert "N4" not in plain and "The corrected claim" not in plain


def test_an_exclusion_is_answered_by_the_plans_own_routes(tmp_path):
    routes = {"claim.denial_category": "not_covered", "claim.plan_type": "unknown",
              "claim.denial_reason": "Excluded under Section 8.14.",
              "plan_policy.quote": "8.14 Ketamine and esketamine (Spravato) for any psychiatric condition.",
              "plan_policy.exception": "11.3 The Committee may cover an excluded drug when the physician certifies "
                                       "that no covered alternative is appropriate.",
              "plan_policy.other_terms": "6.1 Mental health care is covered on the same terms as other care."}
    letter = text(tmp_path, "medical-necessity", **routes)
    assert "I ask" in letter and "to grant an exception under that provision" in letter
    assert "11.3 The Committee may cover" in letter and "6.1 Mental health care" in letter
    assert not re.search(r"\d+ (?:CFR|U\.S\.C\.)", letter)  # the plan type is unknown: nothing cited
    # the exclusion names the drug: the letter never says otherwise, and asks for no clinical review of it
    assert "does not dispute what it says" in letter and "does not name" not in letter
    assert "does not apply" not in letter and "turns on a medical judgment" not in letter
    silent = text(tmp_path, "medical-necessity", **{**routes, "plan_policy.quote": "Services not listed in the "
                                                      "Schedule of Benefits are not covered."})
    assert "The quoted language does not name IV ketamine infusions" in silent


def test_part_d_step_therapy_asks_for_a_coverage_exception_and_counts_trials_paid_outside_the_plan(tmp_path):
    from appeal_kit.case.folder import load_case

    history = load_case(SPRAVATO).data["clinical"]["history"]
    history[0] = {**history[0], "paid_outside": "discount card receipts"}
    changes = {"claim.plan_type": "medicare_part_d", "claim.denial_category": "step_therapy",
               "clinical.history": history}
    letter = text(tmp_path, "esketamine-step-therapy", SPRAVATO, **changes)
    assert "(42 CFR 423.578(b))" in letter and "exception to the step-therapy requirement" in letter
    assert "One of the treatments listed was paid outside the plan" in letter and "discount card receipts" in letter
    employer = text(tmp_path, "esketamine-step-therapy", SPRAVATO, **{**changes, "claim.plan_type": "employer_erisa"})
    assert "423.578" not in employer and "coverage exception" not in employer


@pytest.mark.parametrize("template", APPEALS)
def test_a_drug_not_on_the_formulary_is_an_exception_to_ask_for_never_an_exclusion(tmp_path, template):
    """Set 8, case 05: a Part D plan's "not on our Drug List" was answered as an exclusion that "does not name" the
    drug, calling the plan's own exception clause an exclusion. The denial's words decide: a formulary exception,
    with 42 CFR 423.578(b) for Part D only."""
    off_list = {"claim.plan_type": "medicare_part_d", "claim.denial_category": "not_covered",
                "claim.denial_reason": "Vraylar (cariprazine) is not on our Drug List (formulary). We cover the "
                                       "formulary alternatives aripiprazole and quetiapine extended-release."}
    letter = text(tmp_path, template, **off_list)
    assert "asks for a formulary exception" in letter, template
    assert "(42 CFR 423.578(b))" in letter, template
    assert "does not name" not in letter and "its exclusions would otherwise reach" not in letter, template
    employer = text(tmp_path, template, **{**off_list, "claim.plan_type": "employer_erisa"})
    assert "asks for a formulary exception" in employer and "423.578" not in employer, template
    excluded = text(tmp_path, template, **{**off_list, "claim.denial_reason": "Weight-loss drugs are excluded."})
    assert "formulary exception" not in excluded, template


@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd"])
def test_a_level_of_care_denial_is_answered_by_the_levels_criteria_not_a_count_of_drug_trials(tmp_path, template):
    """Set 8, cases 04 and 08: "can be met at a lower level of care" was answered "has failed one adequate treatment
    trial, so partial hospitalization is medically necessary", and "only after less intensive treatment had failed"
    for a patient who stepped down from inpatient care. The question is the level of care."""
    rows = [{"criterion": "Needs daily structured treatment", "met": True, "how_met": "Daily program attendance"}]
    level = {"claim.denial_reason": "Continued partial hospitalization is denied. The member's needs can be met at a "
                                    "lower level of care (intensive outpatient program).", "payer_criteria": rows}
    letter = text(tmp_path, template, **level)
    # one criterion is never "every criterion" (letters set 62, case 05)
    assert "The criterion in the table below is met" in letter, template
    assert "Every criterion for this level of care is met" not in letter, template
    assert "adequate treatment trial, so" not in letter and "trials, so" not in letter, template
    assert "only after less intensive treatment had failed" not in letter, template
    other = text(tmp_path, template, **{**level, "claim.denial_reason": "Not medically necessary."})
    assert "Every criterion for this level of care" not in other
    # a necessity denial answered with the letter's own sentence where no criteria table carries it (letters set 50,
    # case 08: beside the table, the table is the argument)
    bare = text(tmp_path, template, **{"claim.denial_reason": "Not medically necessary."})
    assert "less intensive treatment had failed" in bare


def test_epsdt_for_a_medicaid_member_under_21(tmp_path):
    young = {"claim.plan_type": "medicaid", "patient.date_of_birth": "2007-04-22"}
    letter = text(tmp_path, "ketamine-trd", **young)
    assert "(42 U.S.C. 1396d(r)(5))" in letter and "I am a Medicaid member under 21 (age 19)" in letter
    assert "1396d" not in text(tmp_path, "ketamine-trd", **{"claim.plan_type": "medicaid"})  # an adult
    assert "1396d" not in text(tmp_path, "ketamine-trd", **{**young, "claim.plan_type": "employer_erisa"})


@pytest.mark.parametrize(("category", "reason"), [
    ("out_of_network", "The provider is not in the plan's network."),
    ("prior_authorization", "No authorization on file."),
    ("benefit_limit", "Benefit maximum reached: 30 sessions per year.")])
def test_epsdt_whatever_the_ground_of_a_denial_of_care_for_a_medicaid_member_under_21(tmp_path, category, reason):
    """Set 13, case 01: an out-of-network denial of TMS for a 16-year-old Medicaid member left EPSDT out; it was
    argued only under medical-necessity, experimental, step-therapy and not-covered denials."""
    young = {"claim.plan_type": "medicaid", "patient.date_of_birth": "2010-04-22", "claim.denial_category": category,
             "claim.denial_reason": reason}
    letter = text(tmp_path, "medical-necessity", **young)
    assert "(42 U.S.C. 1396d(r)(5))" in letter and "a Medicaid member under 21 (age 16)" in letter, category
    assert "1396d" not in text(tmp_path, "medical-necessity", **{**young, "patient.date_of_birth": "1990-04-22"})


def test_a_medicare_advantage_plans_own_criteria_are_held_to_their_limits(tmp_path):
    criteria = {"claim.plan_type": "medicare_advantage", "plan_policy.name": "Clinical Policy BH-207"}
    letter = text(tmp_path, "medical-necessity", **criteria)
    assert "(42 CFR 422.101(b)(6))" in letter and "applied its own coverage criteria (Clinical Policy BH-207)" in letter
    assert "422.101" not in text(tmp_path, "medical-necessity", **{"claim.plan_type": "medicare_advantage"})


def test_a_prior_authorization_the_plan_never_decided(tmp_path):
    pa = {"claim.denial_category": "prior_authorization", "prior_auth.requested_on": "2026-08-20",
          "prior_auth.reason_missing": "the clinic's request was pending when treatment began"}
    letter = text(tmp_path, "retro-authorization", **pa, **{"prior_auth.never_decided": True})
    assert "never decided that request" in letter
    assert "never decided" not in text(tmp_path, "retro-authorization", **pa)


def test_the_letter_asks_for_the_decision_in_the_time_the_plans_rule_sets(tmp_path):
    pre = {"claim.service_dates": [], "claim.plan_type": "medicare_advantage"}
    # a Part B drug not yet given, read from the drug's name: the standard clock beside it (set 67, case 06)
    assert "Please decide this appeal within 7 days of receiving it (42 CFR 422.590(c)), the time for a request " \
           "about a Part B drug, or, if the plan does not treat it as one, within 30 days (42 CFR 422.590(a))." in \
        text(tmp_path, "medical-necessity", **pre)
    assert "within 60 days of receiving it (29 CFR 2560.503-1(i)(2)(iii)(A))" in \
        text(tmp_path, "medical-necessity", **{"claim.plan_type": "employer_erisa"})  # care already given
    for changes in ({"claim.plan_type": "fehb"}, {"claim.plan_type": "unknown"}, {**SECOND, "claim.plan_type": "medicaid"}):
        assert "Please decide this appeal within" not in text(tmp_path, "medical-necessity", **changes)


def test_delay_is_claimed_only_while_care_is_still_to_come(tmp_path):
    waiting = text(tmp_path, "ketamine-trd", **{"claim.pending_services": ["the last two infusions"]})
    assert "What delay is costing me" in waiting
    assert "What delay is costing" not in text(tmp_path, "ketamine-trd")  # every session given, none to come


@pytest.mark.parametrize("opens", ["internal appeal (second level)", "second-level internal appeal",
                                   "second_level_appeal"])
def test_the_second_level_is_read_however_it_is_written(opens):
    decision = {**SECOND["decisions"][0], "opens": opens}
    stage = derived.appeal_stage({"decisions": [decision]})
    assert stage["second"] and stage["decision_date"] == "2026-10-20"
    assert not derived.appeal_stage({"decisions": [{**decision, "opens": "external review"}]})["second"]


@pytest.mark.parametrize("plan_type, first_level, asks", [
    ("medicare", "Request for redetermination", "request a redetermination of"),
    ("medicare_part_d", "Request for redetermination", "request a redetermination of"),
    ("medicare_advantage", "Request for reconsideration", "request a reconsideration of"),
    ("tricare", "Request for reconsideration", "request a reconsideration of"),
    ("fehb", "Request for reconsideration", "request a reconsideration of"),
    ("medicaid", "Appeal", "am writing to appeal"), ("employer_erisa", "Appeal", "am writing to appeal")])
def test_the_first_level_is_named_as_the_plan_type_names_it(tmp_path, plan_type, first_level, asks):
    """The subject line and the opening sentence name the level from one table (deadlines.FIRST_LEVEL_NAMES): a
    Medicare Advantage letter headed "Request for reconsideration" no longer opens "I am writing to appeal"."""
    letter = text(tmp_path, "medical-necessity", **{"claim.plan_type": plan_type})
    subject = re.search(r"RE:\s*(.*?) of denied", letter).group(1)
    assert subject == first_level
    assert asks in letter
    others = {"request a redetermination of", "request a reconsideration of", "am writing to appeal"} - {asks}
    assert not any(other in letter for other in others)


def test_an_authorization_reaches_only_the_services_from_the_day_it_was_asked(tmp_path):
    dates = derived.service_dates({"claim": {"service_dates": ["2026-09-08", "2026-09-22", "2026-10-06"]},
                                   "prior_auth": {"requested_on": "2026-09-10"}}, TODAY)
    assert dates["before_request"] == "September 8, 2026"
    assert dates["from_request"] == "September 22, 2026 and October 6, 2026"
    unasked = derived.service_dates({"claim": {"service_dates": ["2026-09-08"]}}, TODAY)
    assert unasked["before_request"] == "" and unasked["from_request"] == "September 8, 2026"


@pytest.mark.parametrize("state_runs", [True, False])
def test_a_request_for_a_state_run_review_is_timely_under_the_states_process(monkeypatch, state_runs):
    from appeal_kit.intake import deadlines

    monkeypatch.setattr(deadlines, "state_runs_review", lambda data: state_runs)
    data = {"claim": {"plan_type": "individual_aca"}, "external_review": {"final_denial_date": "2026-10-02"}}
    level = derived.next_level(data, TODAY)
    assert level["window_rule"] == ("state_external_review_window" if state_runs else "external_review_window")
    # plans without an external review of that kind keep their own next level
    medicare = derived.next_level({"claim": {"plan_type": "medicare"}}, TODAY)
    assert medicare["window_rule"] not in ("state_external_review_window", "external_review_window")


def test_a_coding_letter_leaves_the_clinical_picture_out(tmp_path):
    """The plan did not question the care: a letter answering only a coding or filing denial sets out no treatment
    history or severity, and check does not ask for them."""
    from appeal_kit.letter.facts import Facts

    report: dict = {}
    render.render_letter(sample_variant(TRD, **CODING), render.find_template("medical-necessity"),
                         tmp_path / "letter.docx", today=TODAY, clinic=None, report=report)
    facts: Facts = report["facts"]
    said = {fact_id for fact_id, _ in facts.asserted}
    assert not said & {"history_listed", "trials_failed", "severity_recorded"}
    clinical = {"claim.denial_category": "medical_necessity", "claim.plan_type": "employer_erisa"}
    report = {}
    render.render_letter(sample_variant(TRD, **clinical), render.find_template("medical-necessity"),
                         tmp_path / "clinical.docx", today=TODAY, clinic=None, report=report)
    assert {"history_listed", "severity_recorded"} <= {fact_id for fact_id, _ in report["facts"].asserted}


def _said(tmp_path, template, **changes) -> set[str]:
    report: dict = {}
    render.render_letter(sample_variant(TRD, **changes), render.find_template(template), tmp_path / "letter.docx",
                         today=TODAY, clinic=None, report=report)
    return {fact_id for fact_id, _ in report["facts"].asserted}


@pytest.mark.parametrize("template", [t.name for t in render.list_templates() if "authorized_care_cut" in t.says])
@pytest.mark.parametrize("plan_type", ["medicaid", "chip", "employer_erisa", "medicare_advantage", "individual_aca"])
def test_only_a_medicaid_letter_asks_that_cut_care_continue(tmp_path, template, plan_type):
    """42 CFR 438.420 keeps care already authorized during a timely Medicaid appeal (CHIP is excluded, 457.1260):
    the letter says the decision cuts that care only when claim.action says so, and only while care is still to come
    (the concurrent-care rule of the other plans: tests/test_concurrent_care.py; and every letter names such a cut as
    what it appeals). With every service given (the
    sample's care is over) nothing is left to keep, and no letter says it: says() comes last in the condition, so a
    fact is recorded as said only where it is printed."""
    ongoing = {"claim.service_dates": ["2026-09-08", "2026-09-10", "2026-12-10"]}
    cut = _said(tmp_path, template, **{"claim.plan_type": plan_type, "claim.action": "reduce", **ongoing})
    if plan_type == "medicaid":  # (every plan's letter names a cut of care still to come as what it appeals)
        assert "authorized_care_cut" in cut
    assert "authorized_care_cut" not in _said(tmp_path, template, **{"claim.plan_type": plan_type,
                                                                      "claim.action": "reduce"})
    assert "authorized_care_cut" not in _said(tmp_path, template, **{"claim.plan_type": plan_type,
                                                                      "claim.action": "none", **ongoing})


def test_check_asks_a_medicaid_case_what_the_decision_does_to_authorized_care(tmp_path):
    from appeal_kit.letter.facts import Facts

    report: dict = {}
    render.render_letter(sample_variant(TRD, **{"claim.plan_type": "medicaid", "claim.service_dates":
                                                 ["2026-09-08", "2026-12-10"]}), render.find_template("ketamine-trd"),
                         tmp_path / "letter.docx", today=TODAY, clinic=None, report=report)
    facts: Facts = report["facts"]
    assert "authorized_care_cut" in {f.id for f in facts.unknown_needed()}
    report = {}
    render.render_letter(sample_variant(TRD, **{"claim.plan_type": "employer_erisa"}),
                         render.find_template("ketamine-trd"), tmp_path / "erisa.docx", today=TODAY, clinic=None,
                         report=report)
    assert "authorized_care_cut" not in {f.id for f in report["facts"].unknown_needed()}


# ---------------------------------------------------------------------------------------------- authorizations
# A request for prior authorization that the plan decided on its merits is not a missing authorization, and an
# authorization the plan did approve is the answer to the claim (set-5 cases 01 and 07, README items 2 and 3).

MISSING_AUTHORIZATION = ("Authorization should be granted retroactively", "procedural gap",
                         "Authorization was not in place", "request retroactive authorization")
REQUEST_DENIED = {"claim.denial_category": "medical_necessity",
                  "claim.denial_reason": "Prior authorization for IV ketamine infusion is denied. Medical necessity "
                                         "has not been established: the records document one antidepressant trial."}


def test_a_prior_authorization_request_denied_on_its_merits_is_not_a_missing_authorization(tmp_path):
    from appeal_kit.letter import arguments

    case = sample_variant(TRD, **REQUEST_DENIED)
    assert arguments.denial_reasons(case.data) == ["medical_necessity"]
    assert not any("prior_auth.reason_missing" in p for p in arguments.unanswered(case.data))
    for template in set(APPEALS) - {"retro-authorization"}:  # that letter is the one for a missing authorization
        letter = text(tmp_path, template, **REQUEST_DENIED)
        assert not any(words in letter for words in MISSING_AUTHORIZATION), template
    # an authorization that was missing is still one
    for words in ("Prior authorization was not obtained for these services.", "Denied: no prior authorization.",
                  "The service was not pre-certified.", "Precertification was never requested."):
        assert "prior_authorization" in arguments.denial_reasons(
            {"claim": {"denial_category": "out_of_network", "denial_reason": words}}), words


APPROVED = {"claim.denial_category": "out_of_network",
            "claim.denial_reason": "The provider is not in the network of your plan. No authorization for this "
                                   "provider is on file with the claims system.",
            "prior_auth.approved": {"number": "exception GAP-77", "date": "2026-08-15",
                                    "covers": "96365 x6 at the clinic at the in-network benefit level",
                                    "what_went_wrong": "the exception was never loaded into the claims system",
                                    "lines": [{"code": "96365", "units": 4, "given": 6}]}}


@pytest.mark.parametrize("template", APPEALS)
@pytest.mark.parametrize("plan_type", ["employer_erisa", "individual_aca", "medicare_advantage", "medicaid", "fehb",
                                       "governmental", "unknown"])
def test_an_approval_the_plan_gave_answers_the_claim(tmp_path, template, plan_type):
    letter = text(tmp_path, template, **{**APPROVED, "claim.plan_type": plan_type})
    assert not any(words in letter for words in MISSING_AUTHORIZATION), template
    if template == "external-review-request" or "network gap exception (also called" in letter:
        return  # the next level's request; or a template that does not answer the denial's own reasons
    assert "approved exception GAP-77 on August 15, 2026" in letter, template
    # what was given beyond the approval is said plainly, and asked for on its merits
    assert "96365, 4 approved and 6 given" in letter and "this appeal does not say otherwise" in letter, template


def test_care_within_the_approval_is_not_said_to_go_beyond_it(tmp_path):
    from appeal_kit.letter import arguments

    within = {**APPROVED, "prior_auth.approved": {**APPROVED["prior_auth.approved"],
                                                  "lines": [{"code": "96365", "units": 6, "given": 6}]}}
    letter = text(tmp_path, "out-of-network-gap-exception", **within)
    assert "approved exception GAP-77 on August 15, 2026" in letter and "More was given" not in letter
    assert "Please reprocess claim" in letter and "ask Fictional" not in letter
    assert "care_beyond_approval" not in _said(tmp_path, "out-of-network-gap-exception", **within)
    # the approval answers the claim: check does not ask why authorization was missing
    retro = sample_variant(TRD, **{**APPROVED, "claim.denial_category": "prior_authorization"})
    assert not any("prior_auth.reason_missing" in p for p in arguments.unanswered(retro.data))
    assert any("prior_auth.reason_missing" in p for p in arguments.unanswered(
        sample_variant(TRD, **{"claim.denial_category": "prior_authorization"}).data))


def test_check_notes_care_beyond_the_approval_and_asks_what_was_given(tmp_path):
    from conftest import write_case

    from appeal_kit import checks

    def notes(given: str) -> list[str]:
        folder = write_case(tmp_path / given.strip(", ") or tmp_path / "none", extra=(
            "prior_auth:\n  approved:\n    number: exception GAP-77\n    date: 2026-08-15\n    lines:\n"
            f"      - {{code: '90868', units: 30{given}}}\n"))
        case_file = folder / "case.yaml"  # an out-of-network denial: the approval is its answer
        case_file.write_text(case_file.read_text().replace("denial_category: medical_necessity",
                                                           "denial_category: out_of_network"))
        return [f"{f.level}: {f.message}" for f in checks.check_case(folder, today=TODAY).findings
                if f.field == "prior_auth.approved.lines"]

    assert notes(", given: 41") == ["note: More was given than the approval covers: 90868: 30 approved, 41 given: "
                                    "the letter says so plainly and asks for that care on its merits; care still to "
                                    "come beyond the approval needs a new request before it is given"]
    assert notes(", given: 30") == []
    assert [n.split(":")[0] for n in notes("")] == ["warning"]  # what was given is not in case.yaml


# ---------------------------------------------------------------------------------------------- facts from set 5

PLANS = ["employer_erisa", "medicare_advantage", "medicaid", "unknown"]


@pytest.mark.parametrize("plan_type", PLANS)
@pytest.mark.parametrize("template", APPEALS)
def test_a_record_dated_after_the_denial_is_said_to_be_new_only_when_its_date_shows_it(tmp_path, template, plan_type):
    """Set 5, case 01: records released after the denial were never before its reviewer, and the letter says so."""
    if template == "external-review-request":
        pytest.skip("a next-level request answers the final denial, which these dates do not follow")
    later = {"claim.plan_type": plan_type,
             "record_dates": [{"file": "clinical/medication-trial-history.docx", "date": "2026-11-02"},
                              {"file": "clinical/progress-notes.pdf", "date": "2026-09-03"}]}
    letter = text(tmp_path, template, **later)
    assert re.search(r"Exhibit [A-Z] \(dated November 2, 2026\) is dated after the decision of October 14, 2026, so "
                     r"it was not before the reviewer who made that decision\.", letter), template
    assert "(dated September 3, 2026)" not in letter  # the notes the reviewer had are not called new
    before = {**later, "record_dates": [{"file": "clinical/medication-trial-history.docx", "date": "2026-10-01"}]}
    for changes in (before, {"claim.plan_type": plan_type}):
        assert "not before the reviewer" not in text(tmp_path, template, **changes), template


@pytest.mark.parametrize("template", APPEALS)
def test_a_record_written_before_the_denial_and_released_after_it_says_so(tmp_path, template):
    """Set 20, case 01: a clinic's letter of June 2025, released on request after the decision, was called "dated
    October 30, 2026" (record_dates had only `date`): with `released`, the letter says when it was released and that
    it came after the decision, never that it is dated after it."""
    if template == "external-review-request":
        pytest.skip("a next-level request answers the final denial, which these dates do not follow")
    released = {"claim.plan_type": "employer_erisa",
                "record_dates": [{"file": "clinical/medication-trial-history.docx", "date": "2025-06-10",
                                  "released": "2026-11-02"}]}
    letter = text(tmp_path, template, **released)
    assert re.search(r"Exhibit [A-Z] \(released on November 2, 2026\) came after the decision of October 14, 2026, "
                     r"so it was not before the reviewer who made that decision\.", letter), template
    assert "dated November 2, 2026" not in letter and "is dated after" not in letter, template


@pytest.mark.parametrize("template", APPEALS)
def test_suicidal_ideation_is_dated_by_its_own_record_or_not_at_all(tmp_path, template):
    """Set 5, case 06: the ideation was recorded on another day than the severity line; a sentence prints only the
    ideation's own date."""
    base = {"claim.plan_type": "employer_erisa", "clinical.suicidality": "passive",
            "clinical.severity_date": "2026-11-20", "claim.pending_services": ["the last two infusions"]}
    undated = text(tmp_path, template, **base)
    assert "recorded on November 20, 2026" not in undated and "ideation, recorded on" not in undated, template
    old = text(tmp_path, template, **base, **{"clinical.suicidality_date": "2026-08-10"})
    assert "every month carries a real risk" not in old and "November 20" not in old, template
    if "suicidal ideation" in old:
        assert "The records document passive suicidal ideation on August 10, 2026." in old, template
    recent = text(tmp_path, template, **base, **{"clinical.suicidality_date": "2026-11-01"})
    if "suicidal ideation" in recent:
        assert "passive suicidal ideation, recorded on November 1, 2026" in recent, template


LCD = {"name": "Local Coverage Determination L12345, Ketamine Infusion (FICTIONAL)",
       "quote": "Covered when (a) two antidepressants have failed in the current episode; or (b) ECT is "
                "contraindicated."}
INTERQUAL = "Denied under InterQual Behavioral Health criteria, which require four failed antidepressant trials."


@pytest.mark.parametrize("where", ["medicare_coverage", "plan_policy"])
@pytest.mark.parametrize("template", APPEALS)
def test_a_medicare_advantage_plan_may_apply_only_medicares_own_criteria(tmp_path, template, where):
    """Set 5, case 04: the LCD is Medicare's rule, never 'the plan's own criteria', and the plan may apply only it
    where it is fully established (42 CFR 422.101(b)(6))."""
    if template == "external-review-request":
        pytest.skip("a Medicare Advantage plan forwards its own case to the IRE")
    ma = {"claim.plan_type": "medicare_advantage", "claim.denial_reason": INTERQUAL, where: LCD}
    letter = text(tmp_path, template, **ma)
    assert "where they are, it may apply only Medicare's (42 CFR 422.101(b)(6))" in letter, template
    assert "The denial applied the criteria of InterQual, which are not Medicare's own" in letter, template
    assert "own coverage criteria (Local Coverage" not in letter and "The criterion the denial applies" not in letter
    assert "Two antidepressants have failed" not in letter  # the LCD's words are quoted, never asserted
    assert "422.101" not in text(tmp_path, template, **{**ma, "claim.plan_type": "employer_erisa"}), template


@pytest.mark.parametrize("plan_type", ["medicare_advantage", "medicare"])
@pytest.mark.parametrize("template", APPEALS)
def test_the_rows_answering_medicares_rule_are_never_called_the_plans_criteria(tmp_path, template, plan_type):
    """Set 8, case 04: a Medicare Advantage case answers Medicare's own rule in its payer_criteria rows
    (docs/case-yaml.md, medicare_coverage); the table is Medicare's, never headed as the plan's own criteria. Set 14's
    writer (case 02): Original Medicare's contractor's rule (an LCD or billing article) is Medicare's too."""
    rows = [{"criterion": "(a) Two antidepressants have failed in the current episode", "met": True,
             "how_met": "Sertraline and venlafaxine XR, each at full dose for eight weeks or more"}]
    ma = {"claim.plan_type": plan_type, "claim.denial_reason": INTERQUAL, "payer_criteria": rows}
    with_rule = text(tmp_path, template, **ma, medicare_coverage=LCD)
    if "one by one" not in with_rule:
        pytest.skip("this template sets out no criteria table")
    assert "Medicare’s coverage criteria, one by one" in with_rule, template
    assert "The plan’s criteria, how each is met" not in with_rule, template
    without = text(tmp_path, template, **ma)
    if plan_type == "medicare":  # Original Medicare has no plan: every criterion it applies is Medicare's
        assert "The plan’s criteria" not in without and "Medicare’s coverage criteria" in without, template
    else:
        assert "Medicare’s coverage criteria, one by one" not in without, template


# ---------------------------------------------------------------------------------------------- evidence, steps, voice

# vagus nerve stimulation: a course the evidence library has no paper for (TMS and ECT have their own since issue 18)
VNS_EXPERIMENTAL = {"treatment.name": "Vagus nerve stimulation (VNS)", "claim.procedure_codes": ["64568"],
                    "claim.denial_category": "experimental_investigational", "literature": [],
                    "claim.denial_reason": "VNS is considered investigational for depression."}
POINTS_TO_EVIDENCE = ("evidence set out in this letter", "evidence below")


@pytest.mark.parametrize("template", APPEALS)
@pytest.mark.parametrize("plan_type", ["employer_erisa", "medicare", "medicare_advantage", "medicaid", "chip"])
def test_a_letter_points_to_evidence_only_when_it_sets_some_out(tmp_path, template, plan_type):
    if render.find_template(template).indication:
        pytest.skip("a template for one treatment's evidence (its sidecar's indication) always sets it out")
    # VNS: the evidence library has nothing for it, and this case lists no literature of its own
    letter = text(tmp_path, template, **{**VNS_EXPERIMENTAL, "claim.plan_type": plan_type})
    assert not any(words in letter for words in POINTS_TO_EVIDENCE), template
    # IV ketamine for depression: a letter with the evidence paragraph may point to it, and then it is there
    ketamine = text(tmp_path, template, **{"claim.plan_type": plan_type,
                                           "claim.denial_category": "experimental_investigational"})
    if any(words in ketamine for words in POINTS_TO_EVIDENCE):
        assert "The published evidence" in ketamine and "References" in ketamine, template


# Issue 18: a TMS or ECT course cites its own papers (evidence.yaml, tags tms / ect), never the ketamine ones, and a
# ketamine letter never cites them. Read from the reference list by DOI, not from the letter's sentences.
COURSES = {"tms": {"treatment.name": "Transcranial magnetic stimulation (TMS)", "claim.procedure_codes": ["90868"]},
           "ect": {"treatment.name": "Electroconvulsive therapy (ECT)", "claim.procedure_codes": ["90870"]}}


def _cited(letter: str) -> set[str]:
    """The library references a letter lists, by their DOIs in its References."""
    from appeal_kit.letter import cite

    refs = letter.split("References", 1)[1] if "References" in letter else ""
    return {key for key, ref in cite.library().items() if ref.doi in refs}


def _tagged(*tags: str) -> set[str]:
    from appeal_kit.letter import cite

    return {r.key for r in cite.library().values() if set(r.tags) & set(tags)}


@pytest.mark.parametrize("template", APPEALS)
@pytest.mark.parametrize("course", sorted(COURSES))
@pytest.mark.parametrize("category", ["experimental_investigational", "medical_necessity"])
def test_a_tms_or_ect_letter_cites_its_own_papers_and_no_ketamine_paper(tmp_path, template, course, category):
    if render.find_template(template).indication:
        pytest.skip("a template for one treatment's evidence (its sidecar's indication) always sets it out")
    if not render.find_template(template).evidence:
        pytest.skip("this template sets out no evidence")
    case = {**COURSES[course], "claim.denial_category": category, "literature": [], "literature_tags": None,
            "claim.plan_type": "employer_erisa"}
    cited = _cited(text(tmp_path, template, **case))
    assert cited and cited <= _tagged(course), (template, cited)
    assert not cited & _tagged("trd", "esketamine", "chronic-pain", "crps", "tms" if course == "ect" else "ect")


def test_the_indication_of_a_tms_or_ect_course_by_name_or_code():
    from appeal_kit.letter.arguments import indication

    assert indication({"treatment": {"name": "Intermittent theta burst stimulation (iTBS)"}}) == "tms"
    assert indication({"treatment": {"name": "Maintenance ECT"}}) == "ect"
    assert indication({"treatment": {"name": "Neuromodulation course"}, "claim": {"procedure_codes": ["90870"]}}) == "ect"
    assert indication({"treatment": {"name": "Neuromodulation course"}, "claim": {"procedure_codes": ["90867"]}}) == "tms"
    assert indication({"treatment": {"name": "Ketamine infusions"}, "claim": {"procedure_codes": ["90870"]}}) == "depression"
    assert indication({"treatment": {"name": "Vagus nerve stimulation"}}) == "other"
    assert indication({"treatment": {"name": "Object-relations psychotherapy"}}) == "other"  # "ect" inside a word
    # the TMS and ECT papers are about depression: not cited for a course the case codes for OCD
    depression = {"treatment": {"name": "rTMS"}, "claim": {"diagnosis_codes": ["F33.2"]}}
    assert indication(depression) == "tms"
    assert indication({**depression, "claim": {"diagnosis_codes": ["F42.2"]}}) == "other"


def test_a_ketamine_letter_cites_no_tms_or_ect_paper(tmp_path):
    for template in ("ketamine-trd", "medical-necessity", "experimental-investigational"):
        cited = _cited(text(tmp_path, template, **{"claim.denial_category": "experimental_investigational"}))
        assert cited and not cited & _tagged("tms", "ect"), template
    tagged = text(tmp_path, "medical-necessity", **{"literature": [], "literature_tags": ["trd"],
                                                    "claim.denial_category": "experimental_investigational"})
    assert _cited(tagged) and not _cited(tagged) & _tagged("tms", "ect")  # `literature_tags: [trd]` brings none


def test_an_urgent_letter_answers_an_experimental_denial_with_the_evidence(tmp_path):
    letter = text(tmp_path, "expedited-appeal", **{"claim.denial_category": "experimental_investigational",
                                                   "urgency.reason": "Severe depression with daily passive ideation."})
    assert "The published evidence" in letter and "The evidence set out in this letter meets that standard" in letter
    assert re.search(r"References 1\. ", letter)


def _step_therapy(tmp_path, third_met: bool) -> str:
    rows = [{"criterion": "Trial of sertraline", "how_met": "Sertraline 200 mg for 12 weeks, no response", "met": True},
            {"criterion": "Trial of an augmenting agent", "how_met": "Aripiprazole stopped on day 11 for akathisia",
             "met": third_met}]
    return text(tmp_path, "esketamine-step-therapy", sample=SPRAVATO,
                **{"payer_criteria": rows, "claim.plan_type": "medicare_part_d"})


def test_a_step_marked_not_met_is_never_called_met(tmp_path):
    letter = _step_therapy(tmp_path, third_met=False)
    assert "requirement is already met" not in letter and "They have been." not in letter
    assert "were not effective" not in letter  # the step not met was stopped for an adverse effect
    assert "Not every step the plan lists is met" in letter and "asks for an exception" in letter
    met = _step_therapy(tmp_path, third_met=True)
    # the steps tried are named, with no purpose of the protocol and no "They have been" (letters set 67, cases 02
    # and 05: a sum the case gives no source for)
    assert "Not every step the plan lists is met" not in met and "Requiring further steps would delay" in met
    assert "They have been." not in met and "less costly" not in met


def test_the_prescriber_writing_offers_the_call_and_the_statement_in_the_first_person(tmp_path):
    me = {"author.name": "Priya Raman", "author.role": "Treating psychiatrist", "author.relation": "physician",
          "provider.name": "Priya Raman", "provider.phone": "(555) 010-0100", "claim.plan_type": "medicare_part_d"}
    letter = text(tmp_path, "esketamine-step-therapy", sample=SPRAVATO, **me)
    assert "peer-to-peer discussion with the prescribing clinician" not in letter
    assert "I am available for a peer-to-peer discussion at (555) 010-0100" in letter
    # the prescriber writing makes the statement in the letter, never defers it (set 13, case 03)
    assert "as the prescriber, I make my supporting statement in this letter" in letter
    assert "I will provide my supporting statement" not in letter
    other = text(tmp_path, "esketamine-step-therapy", sample=SPRAVATO, **{"claim.plan_type": "medicare_part_d"})
    assert "as the prescriber, I" not in other


@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd"])
def test_a_prescriber_who_certified_the_urgency_asks_for_the_expedited_decision_and_answers_the_alternatives(
        tmp_path, template):
    """Set 13, case 03: a Part D prescriber who had certified the urgency (urgency.certified_by) wrote "Please decide
    this appeal within 7 days" and "as the treating clinician, I will tell you if that becomes so", deferred her
    supporting statement, and left out the case's answers to the formulary alternatives the denial named."""
    why = "Severe postpartum depression; a formulary antidepressant would take 4 to 8 weeks."
    case = {"author.name": "Priya Raman", "author.role": "Treating psychiatrist", "author.relation": "physician",
            "author.authorization": None, "provider.name": "Priya Raman", "claim.plan_type": "medicare_part_d",
            "claim.denial_category": "not_covered", "claim.service_dates": ["2026-12-20"],
            "claim.denial_reason": "Zurzuvae is not on our Drug List (formulary). Drug List alternatives: sertraline.",
            "alternatives": [{"treatment": "Sertraline", "why_not": "Stopped after 8 days for vomiting."}],
            "urgency.reason": None, "urgency.certified_by": None}
    urgent = {**case, "urgency.reason": why, "urgency.certified_by": "Dr. Priya Raman, MD"}
    letter = text(tmp_path, template, **urgent)
    assert re.search(r"Please decide this appeal as expedited, within 72 hours \(42 CFR 423\.584 and 423\.590\)",
                     letter), template
    assert why in letter and "I have determined that it is urgent" in letter
    assert "I will tell you if that becomes so" not in letter and "within 7 days" not in letter
    assert "Sertraline: Stopped after 8 days for vomiting." in letter
    assert "I make my supporting statement in this letter, where each alternative is answered" in letter
    standard = text(tmp_path, template, **case)
    assert "as expedited, within" not in standard and "I have determined" not in standard
    flagged = text(tmp_path, template, **{**case, "urgency.reason": why, "claim.urgent": True})  # nobody certified
    assert "as expedited, within 72 hours" in flagged and "I have determined" not in flagged


@pytest.mark.parametrize("typed, words", [(["5"], "the five sessions still to come"),
                                          (["1"], "the one session still to come"),
                                          (["2026-12-08", "2026-12-29"], "December 8, 2026 and December 29, 2026")])
def test_sessions_still_to_come_are_said_in_words(typed, words):
    from appeal_kit.letter.wording import pending

    assert pending(typed) == words


def test_a_part_d_prescriber_files_without_the_patients_consent_and_says_who_writes(tmp_path):
    me = {"author.name": "Priya Raman", "author.role": "Treating psychiatrist", "author.relation": "physician",
          "author.authorization": None, "claim.plan_type": "medicare_part_d"}
    letter = text(tmp_path, "esketamine-step-therapy", sample=SPRAVATO, **me)
    # and why no appointment is needed, with the rule (letters set 63, case 05)
    assert ("treating psychiatrist, and as such may ask for this review without being appointed as a representative "
            "(42 CFR 423.566(c) and 423.580).") in letter and "written consent" not in letter
    # check asks for a consent form only where the plan needs one (it reads author_standing)
    assert not derived.author_standing(sample_variant(SPRAVATO, **me).data, TODAY)["needs_authorization"]
    other = sample_variant(SPRAVATO, **{**me, "claim.plan_type": "employer_erisa"}).data
    assert derived.author_standing(other, TODAY)["needs_authorization"]


def test_a_treating_physician_asks_medicare_advantage_for_care_not_yet_given_without_an_appointment():
    """Set 9, case 05: check asked the physician filing an expedited reconsideration for the patient's consent."""
    me = {"author.name": "Priya Raman", "author.role": "Treating psychiatrist", "author.relation": "physician",
          "author.authorization": None, "claim.plan_type": "medicare_advantage"}
    ahead = sample_variant(SPRAVATO, **me, **{"claim.service_dates": ["2026-12-20"]}).data
    assert not derived.author_standing(ahead, TODAY)["needs_authorization"]
    paid = sample_variant(SPRAVATO, **me, **{"claim.service_dates": ["2026-10-20"]}).data  # payment: appointed
    assert derived.author_standing(paid, TODAY)["needs_authorization"]


TRIAL_EXCLUSION = {"claim.plan_type": "employer_erisa", "claim.denial_category": "experimental_investigational",
                   "claim.denial_reason": "Ketamine for depression is investigational. Services related to a "
                                          "clinical trial are excluded under Section 8.3(q).",
                   "plan_policy.quote": "8.3(q) Services related to a clinical trial: the investigational item "
                                        "itself and services provided solely for data collection."}
NOT_A_TRIAL = {"name": "Section 8.3(q)", "reaches": False, "file": "clinical/progress-notes.pdf",
               "why": "the infusions were ordinary care ordered by my psychiatrist, under no research protocol"}


@pytest.mark.parametrize("plan_type", PLANS)
@pytest.mark.parametrize("template", APPEALS)
def test_a_quoted_exclusion_is_met_by_name_never_skipped_and_never_denied_when_it_names_the_care(
        tmp_path, template, plan_type):
    """Set 5, case 06: the clinical-trial exclusion the denial cites is answered by name, with its reason and record."""
    if template in ("external-review-request", "out-of-network-gap-exception"):
        pytest.skip("a next-level request, or a letter that answers only the network")
    case = {**TRIAL_EXCLUSION, "claim.plan_type": plan_type}
    answered = text(tmp_path, template, **case, **{"plan_policy.exclusion": NOT_A_TRIAL})
    assert re.search(r"Section 8\.3\(q\) does not reach IV ketamine infusions: the infusions were ordinary care "
                     r"ordered by my psychiatrist, under no research protocol\. The record that shows this is "
                     r"enclosed as Exhibit [A-Z]\.", answered), template
    # unanswered: named, and the plan asked to show how it reaches the care
    asked = text(tmp_path, template, **case, **{"plan_policy.exclusion": {"name": "Section 8.3(q)"}})
    assert "Please show how Section 8.3(q) reaches IV ketamine infusions" in asked, template
    assert "does not reach" not in asked, template
    # an exclusion that names the treatment is never said not to reach it, whatever the case says
    named = text(tmp_path, template, **{**case, "plan_policy.quote": "8.3(q) Ketamine infusions for any mental "
                                          "health condition.", "plan_policy.exclusion": NOT_A_TRIAL})
    assert "does not reach" not in named and "Please withdraw that ground" not in named, template

def test_an_original_medicare_reconsideration_goes_to_the_qic_not_through_the_contractor(tmp_path):
    from appeal_kit import checks

    medicare = {"claim.plan_type": "medicare", "external_review.final_denial_date": "2026-11-01",
                "external_review.agency": None, "external_review.address": None,
                "payer_criteria": [{"criterion": "Two failed antidepressant trials", "how_met": "Four, in the table",
                                    "met": True}]}
    letter = text(tmp_path, "external-review-request", **medicare)
    assert letter.count("The Qualified Independent Contractor named in the redetermination notice") == 1
    assert "forward" not in letter and "Medicare’s coverage criteria, one by one" in letter
    case = sample_variant(TRD, **{**medicare, "template": "external-review-request"})
    warned = [f for f in checks._letter_findings(case, (), TODAY) if f.field == "external_review.agency"]
    assert warned and "405.964" not in warned[0].message  # the rule is in the code and docs, the advice in words
    # an employer plan's request without its reviewer's address is still sent through the plan
    employer = text(tmp_path, "external-review-request", **{**medicare, "claim.plan_type": "employer_erisa"})
    assert "to be forwarded to" in employer


OFF_LABEL = {"claim.plan_type": "employer_erisa", "plan_policy.name": "Off-Label Drug Use policy",
             "plan_policy.number": "RX-9",
             "plan_policy.quote": "Off-label use is covered when it is (a) supported in a recognized compendium, or "
                                  "(b) supported by at least two articles from major peer-reviewed medical journals."}


@pytest.mark.parametrize("plan_type", PLANS)
@pytest.mark.parametrize("template", APPEALS)
def test_a_policy_alternative_the_case_meets_is_applied_with_the_enclosed_articles(tmp_path, template, plan_type):
    """Set 5, case 08: the off-label policy's peer-reviewed-articles alternative is applied, pointing at the
    enclosed articles; an alternative the case cannot meet is never said to be met."""
    case = {**OFF_LABEL, "claim.plan_type": plan_type}
    letter = text(tmp_path, template, **case)
    trials = render.find_template(template).indication in (None, "depression")  # the sample encloses TRD trials
    if trials and template != "external-review-request":
        assert re.search(r"Alternative \(b\) asks that the use be supported by at least two articles from major "
                         r"peer-reviewed medical journals\. It is met: (three|four) such articles are enclosed, "
                         r"Zarate et al\., Arch Gen Psychiatry 2006 \[\d\] \(Exhibit [A-Z]\)", letter), template
    assert "Alternative (a)" not in letter and "compendium. It is met" not in letter, template
    more = text(tmp_path, template, **{**case, "plan_policy.quote": OFF_LABEL["plan_policy.quote"].replace(
        "at least two", "at least five")})
    assert "It is met" not in more and "covers this use" not in more, template
    both = text(tmp_path, template, **{**case, "plan_policy.quote": OFF_LABEL["plan_policy.quote"].replace(
        ", or (b)", ", and (b)")})
    assert "It is met" not in both, template  # parts that must all hold are not alternatives


@pytest.mark.parametrize("specialty, outside", [("psychiatry", False), ("Psychiatry (general adult)", True),
                                                ("family medicine", True), ("Child and adolescent psychiatry", False)])
def test_a_minors_appeal_asks_for_a_child_and_adolescent_psychiatrist(specialty, outside):
    """Set 8, case 08: a 15-year-old's IOP, denied by a general adult psychiatrist, and the letter asked for 'a
    psychiatrist'. A minor's mental health care calls for a child and adolescent psychiatrist; a reviewer recorded
    only as a psychiatrist is not said to be outside that field, one recorded as an adult psychiatrist is."""
    from appeal_kit.letter import derived

    minor = {"claim": {"diagnosis_codes": ["F32.2"], "service_dates": ["2026-11-20"],
                       "reviewer": {"name": "A. Reviewer, MD", "specialty": specialty}},
             "patient": {"date_of_birth": "2011-03-01"}}
    assert derived.reviewer_specialty(minor) == "a child and adolescent psychiatrist"
    assert derived.first_reviewer(minor)["outside"] is outside
    adult = {**minor, "patient": {"date_of_birth": "1990-03-01"}}
    assert derived.reviewer_specialty(adult) == "a psychiatrist"
    assert derived.first_reviewer(adult)["outside"] is (specialty == "family medicine")


def test_a_medicare_advantage_plans_own_spravato_criteria_are_set_against_the_label_the_history_meets(tmp_path):
    """Set 9, case 02: the plan's criterion asked for four antidepressants; the letter never said the label's two
    are met, which is what makes the extra ones the plan's own internal criteria."""
    ma = {"claim.plan_type": "medicare_advantage", "claim.denial_category": "medical_necessity",
          "claim.denial_reason": "Criterion LCC-PSY-019 requires four failed antidepressants.",
          "plan_policy.name": "Criterion LCC-PSY-019"}
    label = re.compile(r"prescribed here for a use on its FDA label.*?shows (\w+) such trials")
    found = label.search(text(tmp_path, "medical-necessity", sample=SPRAVATO, **ma))
    assert found and found.group(1) in ("two", "three", "four", "five", "six")
    assert not label.search(text(tmp_path, "medical-necessity", sample=SPRAVATO,
                                 **{**ma, "claim.plan_type": "employer_erisa"}))


def test_a_new_record_is_said_to_show_only_the_treatment_that_is_new_in_it():
    """Set 10: "They record ... treatment with" drugs stopped years before the decision, as if new."""
    from appeal_kit.letter import derived

    record = "clinical/letter.txt"
    data = {"claim": {"notice_date": "2026-10-14"}, "record_dates": [{"file": record, "date": "2026-11-02"}],
            "clinical": {"history": [
                {"drug": "Venlafaxine", "start": "2024-01", "end": "2024-06", "evidence": {"file": record}},
                {"drug": "Sertraline", "start": "2026-04-27", "ongoing": True, "evidence": {"file": record}},
                {"drug": "Lithium", "start": "2026-09-01", "end": "2026-10-30", "evidence": {"file": record}}]}}
    later = derived.records_after_decision(data)
    assert [r["drug"] for r in later["rows"]] == ["Sertraline", "Lithium"] and later["records"]


def test_the_same_scores_are_said_once_when_the_response_line_carries_the_severity_lines(tmp_path):
    """Set 13, cases 06 and 07: "Current severity. MADRS 33 on August 17, 2026; MADRS 19 on September 12, 2026."
    followed at once by "Response to the treatment. MADRS 33 before induction (August 17, 2026) and 19 after session 8
    (September 12, 2026).": the same scores twice."""
    given = {"claim.service_dates": ["2026-08-19", "2026-09-12"],
             "clinical.severity": "MADRS 33 on August 17, 2026; MADRS 19 on September 12, 2026",
             "clinical.response": "MADRS 33 before induction (August 17, 2026) and 19 after session 8 (September 12, 2026)"}
    letter = text(tmp_path, "medical-necessity", **given)
    assert "Response to the treatment:" in letter and "MADRS 33 on August 17, 2026" not in letter
    other = {**given, "clinical.severity": "MADRS 35 on November 2, 2026"}  # a later score: both lines stay
    letter = text(tmp_path, "medical-necessity", **other)
    assert "MADRS 35 on November 2, 2026" in letter and "Response to the treatment:" in letter


def test_check_asks_who_certified_the_urgency_only_where_the_letter_asks_for_an_expedited_decision():
    """After set 13's case 03 fix, check named urgency.certified_by for every appeal (7 of 8 letters of set 13), since
    every request line may say the physician's certification."""
    from appeal_kit import checks

    def named(**changes) -> bool:
        case = sample_variant(TRD, **{"template": "medical-necessity", "urgency.certified_by": None, **changes})
        return any(f.field == "urgency.certified_by" for f in checks._fact_findings(case, (), TODAY))

    assert not named()
    assert named(**{"claim.urgent": True, "claim.service_dates": ["2026-12-20"]})


@pytest.mark.parametrize("template", [t.name for t in render.list_templates() if "authorized_care_cut" in t.says])
def test_care_that_is_over_is_not_asked_to_continue(tmp_path, template):
    """Letters set 18, case 03: a residential stay's last days denied (claim.action: end) after the stay had ended;
    the letter asked that it "continue as authorized" under 42 CFR 438.420. With every date of service past and
    none still to come there is nothing left to continue: no request, no citation; with care still to come, both."""
    cut = {"claim.plan_type": "medicaid", "claim.action": "end"}
    over = rendered_text(tmp_path / "over", sample_variant(TRD, **cut), template, TODAY)
    assert "438.420" not in over
    to_come = rendered_text(tmp_path / "to-come", sample_variant(TRD, **cut, **{"claim.pending_services": ["4 infusions"]}),
                            template, TODAY)
    assert "438.420" in to_come


def test_a_plan_the_decision_finds_missing_is_set_out_when_the_case_holds_it(tmp_path):
    """Letters set 18, case 06: maintenance ECT denied because the records "do not show ... a plan to reduce the
    frequency of treatment", while treatment.plan held the taper plan; the letter never said it."""
    reason = ("The documentation does not show the risk of relapse or a plan to reduce the frequency of treatment.")
    assert derived.plan_asked_for({"claim": {"denial_reason": reason}}) == \
        "a plan to reduce the frequency of treatment"
    assert derived.plan_asked_for({"claim": {"denial_reason": "There is no treatment plan on file."}}) == \
        "treatment plan"
    # "plan" alone is the insurer: no plan of care is asked for
    assert derived.plan_asked_for({"claim": {"denial_reason": "This service is not covered by your plan for "
                                                             "this diagnosis."}}) is None
    plan = "One treatment every three weeks; a four-week interval from January 2027 if MADRS stays at 10 or less"
    for template in ("medical-necessity", "ketamine-trd"):
        said = _said(tmp_path, template, **{"claim.denial_reason": reason, "treatment.plan": plan})
        assert {"denial_asks_plan", "plan_recorded"} <= said, template
        text = rendered_text(tmp_path / template, sample_variant(TRD, **{"claim.denial_reason": reason,
                                                                          "treatment.plan": plan}), template, TODAY)
        assert plan in text
        # without the plan in the case nothing is claimed, and check is asked for it (the fact's `about`)
        report: dict = {}
        render.render_letter(sample_variant(TRD, **{"claim.denial_reason": reason, "treatment.plan": None}),
                             render.find_template(template), tmp_path / "no-plan.docx", today=TODAY, clinic=None,
                             report=report)
        assert "plan_recorded" not in {fact_id for fact_id, _ in report["facts"].asserted}
        assert "plan_recorded" in {f.id for f in report["facts"].unknown_needed()}
