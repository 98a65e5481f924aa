"""Set 21's findings (tests/resources/letter-review/set21): each fix tested on its structure, across the plan types
it reaches."""
from __future__ import annotations

from datetime import date

import pytest

from appeal_kit.letter import derived

TODAY = date(2026, 12, 5)


def reconsidered(opens: str | None) -> dict:
    return {"claim": {"plan_type": "tricare", "notice_date": "2026-09-10"},
            "decisions": [{"date": "2026-10-14", "outcome": "denied", "stage": "reconsideration", "opens": opens}],
            "external_review": {"final_denial_date": "2026-10-14"}}


@pytest.mark.parametrize("opens, asked", [
    ("formal review", "a formal review"), ("second reconsideration", "a second reconsideration"),
    ("Formal review by the Defense Health Agency", "a formal review"), (None, None), ("", None)])
def test_a_tricare_request_names_the_level_its_decision_opens(opens, asked):
    # case 01: "a second reconsideration or a formal review, as the reconsideration decision names it" although
    # the decision, recorded in decisions[].opens, named the formal review
    level = derived.next_level(reconsidered(opens), TODAY)
    if asked:
        assert (level["request"], level["title"]) == (asked, asked[2:])
    else:
        assert "second reconsideration or a formal review" in level["request"]


@pytest.mark.parametrize("opens, decider", [
    ("second reconsideration by the TRICARE Quality Monitoring Contractor",
     "the TRICARE Quality Monitoring Contractor"),
    ("formal review", "the Defense Health Agency"), (None, "the reviewer the reconsideration decision names")])
def test_a_tricare_level_named_is_asked_of_its_body_by_name(opens, decider):
    # letters set 90, case 04 (REQUEST): a second reconsideration "forwarded to the reviewer the reconsideration
    # decision names", the Quality Monitoring Contractor never named (32 CFR 199.15); a decision naming no level
    # leaves the body to its words
    assert derived.next_level(reconsidered(opens), TODAY)["decider"] == decider


def test_another_plan_types_level_is_not_renamed_by_the_decisions_words():
    data = {**reconsidered("formal review"), "claim": {"plan_type": "fehb"}}
    assert "formal review" not in derived.next_level(data, TODAY)["request"]


@pytest.mark.parametrize("address, printed", [
    ("Defense Health Agency, Appeals Division\n16401 East Loop, Suite 9\nAurora, CO 80011",
     "16401 East Loop, Suite 9\nAurora, CO 80011"),
    ("DEFENSE HEALTH AGENCY, APPEALS DIVISION\nAurora, CO 80011", "Aurora, CO 80011"),
    ("Attn: Formal Reviews\nAurora, CO 80011", "Attn: Formal Reviews\nAurora, CO 80011"),
    # case 04: the first line is the name's opening words, with a remark in brackets
    ("Defense Health Agency (FICTIONAL)\nAurora, CO 80011", "Aurora, CO 80011"),
    ("Defense\nAurora, CO 80011", "Defense\nAurora, CO 80011"),
    ("Defense Health\nAgency, Appeals Division\nAurora, CO 80011", "Aurora, CO 80011")])
def test_a_next_level_address_does_not_print_its_agency_twice(address, printed):
    # case 01: the agency's name, itself with commas, printed again as the address's first line
    data = {"external_review": {"agency": "Defense Health Agency, Appeals Division", "address": address}}
    assert derived.appeals_address_under_name(data, "external_review.agency", "external_review.address") == printed


def test_samples_of_the_drug_asked_for_are_not_a_step_it_took():
    from appeal_kit.letter import arguments

    # case 04: "Lurasidone (samples)" paid by the clinic's samples, listed beside the step drug paid by another plan
    assert arguments.same_treatment({"drug": "Lurasidone (samples)"}, "Lurasidone 60 mg daily")
    assert not arguments.same_treatment({"drug": "Quetiapine XR"}, "Lurasidone 60 mg daily")
    assert not arguments.same_treatment({"drug": "Lumateperone"}, "Lurasidone 60 mg daily")


@pytest.mark.parametrize("plan_type", ["medicare_part_d", "employer_erisa", "medicaid"])
def test_a_trial_paid_outside_is_the_steps_the_drug_asked_for_aside(tmp_path, plan_type):
    from conftest import TRD_SAMPLE, sample_variant

    from appeal_kit.letter import render

    history = [{"drug": "Quetiapine XR", "dose": "300 mg", "start": "2024-01", "end": "2024-03",
                "outcome": "stopped for syncope", "paid_outside": "a previous plan"},
               {"drug": "Lurasidone (samples)", "dose": "60 mg", "start": "2026-08", "ongoing": True,
                "outcome": "improving", "paid_outside": "manufacturer samples"}]
    case = sample_variant(TRD_SAMPLE, **{"claim.plan_type": plan_type, "treatment.name": "Lurasidone 60 mg daily",
                                          "clinical.history": history})
    ctx = render.build_context(case, render.find_template("medical-necessity"), today=TODAY)
    assert [r["drug"] for r in ctx["outside"]] == ["Quetiapine XR"]


def test_a_criterion_met_by_either_alternative_is_read_from_either_or_words():
    # case 08: "3. EITHER (a) <an augmentation agent> ..., OR (b) <an adequate ECT trial> ...; 4. ..." with 3(a) not
    # met and 3(b) met: the criterion is met, and the letter never asks an exception for 3(a)
    quote = ("Requires all of the following: 1. Age 18 or older; 3. EITHER (a) inadequate response to an augmentation "
             "agent in the current episode, OR (b) an adequate trial of ECT (at least 6 treatments); 4. A psychiatrist.")
    rows = [{"criterion": "1. Age 18 or older", "met": True},
            {"criterion": "3(a) An augmentation agent", "met": False},
            {"criterion": "3(b) An adequate ECT trial", "met": True},
            {"criterion": "4. A psychiatrist", "met": True}]
    alt = derived.criteria_alternatives({"plan_policy": {"quote": quote}, "payer_criteria": rows})
    assert alt and (alt["number"], alt["labels"], alt["met"]) == ("3", ["a", "b"], ["b"])
    # "either" that does not join lettered alternatives is no alternative
    plain = "1. Either parent may consent; 2. (a) age 18 or older; 3. (b) two antidepressants."
    assert derived.criteria_alternatives({"plan_policy": {"quote": plain}, "payer_criteria": rows}) is None


def test_a_course_stopped_short_of_its_plan_is_counted_only_on_its_clinicians_word_and_said_so():
    from appeal_kit.letter import arguments

    ect = {"drug": "Electroconvulsive therapy", "kind": "neuromodulation", "sessions": 8,
           "dose": "8 right unilateral treatments (12 planned)", "start": "2026-05-04", "end": "2026-05-22",
           "outcome": "Partial response; stopped for memory problems", "response": "partial"}
    assert arguments.session_count(ect) == (8, 12)
    assert arguments.adequacy_problem(ect) == "the course was not finished (8 of 12 sessions given)"
    judged = {**ect, "adequate": True}
    assert arguments.adequacy_problem(judged) == ""
    assert arguments.JUDGED_ADEQUATE in arguments.rule_text([judged])
    assert arguments.JUDGED_ADEQUATE not in arguments.rule_text([{**judged, "dose": "8 treatments"}])


def test_a_drug_never_taken_is_said_never_taken():
    from appeal_kit.letter import arguments

    row = {"drug": "Aripiprazole", "dose": "2 mg daily (prescribed, never started)", "adequate": False}
    assert arguments.adequacy_problem(row) == "it was never taken"
    assert arguments.adequacy_problem({**row, "dose": "2 mg daily"}) == "it was not an adequate trial"


@pytest.mark.parametrize("codes, wanted", [
    (["F10.20", "F33.1"], derived.ADDICTION_REVIEWER), (["F11.20"], derived.ADDICTION_REVIEWER),
    (["F33.1", "F10.20"], "a psychiatrist"), (["F33.2"], "a psychiatrist")])
def test_care_for_a_substance_use_disorder_first_asks_for_an_addiction_reviewer(codes, wanted):
    # case 06: an alcohol use disorder's residential stay, decided by a family physician
    data = {"claim": {"diagnosis_codes": codes, "reviewer": {"name": "L. V., MD", "specialty": "Family Medicine"}}}
    assert derived.reviewer_specialty(data) == wanted
    assert derived.first_reviewer(data)["outside"] is True
    addiction = {"claim": {**data["claim"], "reviewer": {"specialty": "Addiction Medicine"}}}
    assert derived.first_reviewer(addiction)["outside"] is (wanted != derived.ADDICTION_REVIEWER)


def test_a_record_never_sent_before_the_decision_is_one_its_reviewer_never_had():
    # case 01: the other insurer's EOB of 09/25, before the 10/14 decision, kept by the family and never sent
    data = {"claim": {"notice_date": "2026-09-10"},
            "decisions": [{"date": "2026-10-14", "outcome": "denied", "stage": "reconsideration"}],
            "record_dates": [{"file": "other/termination.txt", "date": "2026-10-27"},
                             {"file": "other/eob.txt", "date": "2026-09-25", "submitted": False},
                             {"file": "other/hr-letter.txt", "date": "2026-09-16"}]}
    later = derived.records_after_decision(data)
    assert [(r["file"], r["how"]) for r in later["records"]] == [("other/eob.txt", "unsent"),
                                                                ("other/termination.txt", "dated")]
    assert later["came"] == "mixed"
    # sent, or not said: a record dated before the decision is taken to have been before its reviewer
    sent = {**data, "record_dates": [{**r, "submitted": True} if r["file"] == "other/eob.txt" else r
                                     for r in data["record_dates"]]}
    assert [r["file"] for r in derived.records_after_decision(sent)["records"]] == ["other/termination.txt"]
    only = {**data, "record_dates": [data["record_dates"][1]]}
    assert derived.records_after_decision(only)["came"] == "unsent"


SECOND_LEVEL = [{"date": "2026-10-30", "outcome": "denied", "stage": "first level", "opens": "second level",
                 "next_deadline": "2026-12-29", "reason": "The appeal did not include a corrected claim."}]


@pytest.mark.parametrize("template", ["medical-necessity", "ketamine-trd", "experimental-investigational"])
@pytest.mark.parametrize("letter_day, said", [(date(2026, 12, 5), True), (date(2026, 12, 29), True),
                                              (date(2026, 12, 30), False)])
def test_a_second_level_appeal_says_it_is_made_by_the_decisions_deadline(tmp_path, template, letter_day, said):
    # case 05: the plan's 60 days after the first-level decision were quoted and never said to be met
    from conftest import TRD_SAMPLE, sample_variant

    from appeal_kit.letter import render

    report: dict = {}
    case = sample_variant(TRD_SAMPLE, decisions=SECOND_LEVEL)
    render.render_letter(case, render.find_template(template), tmp_path / "x.docx", today=letter_day, clinic=None,
                         report=report)
    fact = report["facts"]["second_level_timely"]
    assert fact.value is said and list(fact.sources) == ["decisions[].next_deadline"]
    assert ("second_level_timely" in [f for f, _ in report["facts"].asserted]) is said
    # a first-level appeal says nothing of it
    first = sample_variant(TRD_SAMPLE, decisions=[{**SECOND_LEVEL[0], "opens": None, "next_deadline": None}])
    render.render_letter(first, render.find_template(template), tmp_path / "y.docx", today=letter_day, clinic=None,
                         report=report)
    assert report["facts"]["second_level_timely"].value is None


def test_at_the_ire_the_exception_is_one_the_plan_should_have_granted(tmp_path):
    # case 04: "Please treat this letter as the request for that exception" in a letter to the Part D IRE, which
    # decides whether the plan should have granted it; the plan's own redetermination asks for the exception itself
    from conftest import ROOT, rendered_text, sample_variant

    spravato = ROOT / "evidence_samples" / "spravato-step-therapy"
    statement = {"claim.plan_type": "medicare_part_d",
                 "prescriber_statement": {"date": "2026-10-09", "quote": "Quetiapine caused syncope and a fall."},
                 "external_review.final_denial_date": "2026-10-23"}
    case = sample_variant(spravato, **statement)
    internal = rendered_text(tmp_path, case, "esketamine-step-therapy", TODAY)
    ire = rendered_text(tmp_path, case, "external-review-request", TODAY)
    asked = "Please treat this letter as the request for that exception"
    assert asked in internal and asked not in ire
    assert "should have been granted, and I ask you to find so" in ire
