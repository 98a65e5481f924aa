"""The findings left from set 8's reviews (tests/resources/letter-review/set8-review.md), each fixed by its kind
and tested on the bundled samples changed to show it: one case per kind, the true letter passing."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import copy_sample, rendered_text, sample_variant

from appeal_kit.letter import criteria, derived

REPO = Path(__file__).resolve().parent.parent
TRD = REPO / "evidence_samples" / "ketamine-trd"
SPRAVATO = REPO / "evidence_samples" / "spravato-step-therapy"
TODAY = date(2026, 12, 4)
CODING = {"claim.denial_category": "coding_billing", "claim.plan_type": "employer_erisa",
          "claim.denial_reason": "99214 is incidental to the infusion when billed without a modifier. Medical "
                                 "necessity was not the basis of the denial."}


def text(tmp_path, template, sample=TRD, **changes) -> str:
    return rendered_text(tmp_path, sample_variant(sample, **changes), template, TODAY)


# ------------------------------------------------------------------------------------- 06: an age not asked for

def _case(**fields) -> dict:
    data = {"claim": {"diagnosis_codes": ["F33.2"], "denial_category": "medical_necessity",
                      "notice_date": "2026-08-14"},
            "patient": {"date_of_birth": "1992-10-03"}}
    for dotted, value in fields.items():
        *path, last = dotted.split(".")
        node = data
        for key in path:
            node = node.setdefault(key, {})
        node[last] = value
    return data


def _row(published: dict | None, criterion: str) -> str | None:
    return next((r["how_met"] for r in (published or {}).get("rows", []) if r["criterion"] == criterion), None)


def test_a_criterion_that_asks_no_age_is_answered_without_one():
    """Set 8, case 06: "A major depressive episode | Diagnosis F33.2 (major depressive disorder); age 33." - the
    criterion asks for no age, and 33 was his age at the notice, not when the care is given."""
    published = criteria.published_criteria(_case(), "depression", today=TODAY)
    assert _row(published, "A major depressive episode") == "Diagnosis F33.2 (major depressive disorder)."


def test_an_adult_criterion_gives_the_age_when_the_care_is_given():
    adult = "An adult with major depressive disorder"
    # care still to come: the age on the letter's date (34), never on the notice date (33)
    assert _row(criteria.published_criteria(_case(), "esketamine", today=TODAY), adult).endswith("; age 34.")
    assert derived.age_at_service(_case(), TODAY) == 34
    # care given: the age on the first date of service
    given = _case(**{"claim.service_dates": ["2026-09-01", "2026-09-15"]})
    assert derived.age_at_service(given, TODAY) == 33
    assert _row(criteria.published_criteria(given, "esketamine", today=TODAY), adult).endswith("; age 33.")
    # a minor is not an adult: the row is left out (check names the field), never answered with the diagnosis alone
    minor = _case(**{"patient.date_of_birth": "2010-01-05"})
    published = criteria.published_criteria(minor, "esketamine", today=TODAY)
    assert _row(published, adult) is None and adult in [m["criterion"] for m in published["missing"]]


# ------------------------------------------------------------------- one owner for the exception's rule and request

OFF_LIST = "Vraylar (cariprazine) is not on our Drug List (formulary). We cover the formulary alternatives."


@pytest.mark.parametrize("category, reason, asks", [
    ("not_covered", OFF_LIST, "that exception"),
    ("step_therapy", "Step therapy: two formulary antidepressants must be tried first.", "that exception"),
    ("step_therapy", OFF_LIST + " Step therapy: the formulary drugs must be tried first.", "those exceptions"),
])
def test_a_part_d_exception_is_asked_for_once_on_one_statement_of_the_rule(tmp_path, category, reason, asks):
    """Set 8's review: the formulary exception's sentences repeated the coverage exception's (the rule and "Please
    treat this letter as the request"). One block says both, for whichever exceptions the denial calls for."""
    letter = text(tmp_path, "esketamine-step-therapy", SPRAVATO, **{
        "claim.plan_type": "medicare_part_d", "claim.denial_category": category, "claim.denial_reason": reason})
    assert letter.count("(42 CFR 423.578(b))") == 1 and letter.count("A Part D plan must") == 1
    assert letter.count("Please treat this letter as the request") == 1
    assert f"Please treat this letter as the request for {asks}" in letter
    assert ("not on its formulary" in letter) is ("Drug List" in reason)
    assert ("utilization management requirement" in letter) is (category == "step_therapy")
    employer = text(tmp_path, "esketamine-step-therapy", SPRAVATO, **{
        "claim.plan_type": "employer_erisa", "claim.denial_category": category, "claim.denial_reason": reason})
    assert "423.578" not in employer and "A Part D plan" not in employer
    assert employer.count("Please treat this letter as the request") == (1 if "Drug List" in reason else 0)


# ------------------------------------------------------------------------------ one reading of the care given

def test_the_care_given_is_read_once_for_the_service_status_and_the_facts():
    """facts.py read the dates of care already given by itself, beside derived.service_status: one helper now,
    derived.given_dates, and a date that cannot be read no longer makes care already given read as "pre"."""
    data = {"claim": {"service_dates": ["2026-09-15", "not a date", "2026-12-20"]}}
    assert derived.given_dates(data, TODAY) == [date(2026, 9, 15)]
    assert derived.service_status(data, TODAY) == "ongoing"
    assert derived.service_status({"claim": {"service_dates": ["2026-09-15"]}}, TODAY) == "post"
    assert derived.service_status({"claim": {"service_dates": ["2026-12-20"]}}, TODAY) == "pre"
    assert derived.service_status({"claim": {"service_dates": ["spring"]}}, TODAY) == "pre"


# --------------------------------------------------- 05: the drug asked for already worked; the expedited route

PART_D = {"claim.plan_type": "medicare_part_d", "claim.denial_category": "not_covered",
          "claim.denial_reason": OFF_LIST, "treatment.name": "Vraylar (cariprazine)", "claim.service_dates": [],
          "clinical.severity": "PHQ-9 17 on November 16, 2026 (off cariprazine)", "clinical.severity_date": "2026-11-16"}
SAMPLES = {"drug": "Cariprazine (samples)", "kind": "augmentation", "dose": "1.5 mg daily", "start": "2026-09-14",
           "end": "2026-10-12", "outcome": "Response on four weeks of samples", "response": "response",
           "failed": False}


def test_a_history_row_of_the_drug_asked_for_is_the_same_treatment():
    from appeal_kit.letter import arguments

    assert arguments.same_treatment({"drug": "Cariprazine (samples)"}, "Vraylar (cariprazine)")
    assert arguments.same_treatment({"drug": "rTMS course"}, "Transcranial magnetic stimulation")
    # the drug a row was added to is not the row's drug, and an unknown word matches nothing
    assert not arguments.same_treatment({"drug": "Aripiprazole (augmenting duloxetine)"}, "Duloxetine 60 mg")
    assert not arguments.same_treatment({"drug": "Samples"}, "Vraylar (cariprazine) samples")
    # a note in brackets does not make a drug the treatment it mentions (set 9, case 05: sertraline kept on after
    # ECT is not ECT), while a bracket that alone names the drug still counts
    assert not arguments.same_treatment({"drug": "Sertraline (maintenance after 2021 ECT)"},
                                        "Electroconvulsive therapy (ECT)")
    assert arguments.same_treatment({"drug": "ECT (12 treatments, 2021)"}, "Electroconvulsive therapy (ECT)")
    assert arguments.same_treatment({"drug": "Brand name (esketamine)"}, "Esketamine nasal spray")


def test_the_drug_asked_for_that_already_worked_is_said_in_the_opening_and_its_own_section(tmp_path):
    """Set 8, case 05: four weeks of cariprazine samples brought a response, and the formulary-exception letter said
    only that the row was "not counted ... because it has not failed"."""
    from appeal_kit.case.folder import load_case

    history = [*load_case(SPRAVATO).data["clinical"]["history"], SAMPLES]
    letter = text(tmp_path, "medical-necessity", SPRAVATO, **PART_D, **{"clinical.history": history})
    summary = letter.split("In short:")[1].split("Treatment already tried")[0]
    assert "The same treatment has already worked for" in summary
    # its own section says it worked; a formulary exception prints no failed-trial count, so no "not counted" line
    # beside one (set 17, case 06)
    # the row's outcome is in the history table above: the section names the row (set 62, case 06)
    assert "The same treatment worked before" in letter and "Response on four weeks" in letter
    assert "as the treatment history above shows in its row for Cariprazine (samples)." in letter
    assert "Cariprazine (samples), because it brought a response" not in letter
    worked = history[:-1] + [{**SAMPLES, "response": "none", "failed": True}]
    assert "has already worked" not in text(tmp_path, "medical-necessity", SPRAVATO, **PART_D,
                                            **{"clinical.history": worked})


@pytest.mark.parametrize("changes, offered", [
    ({}, True),  # a drug still to come, the illness current: the 72-hour route is offered
    ({"claim.service_dates": ["2026-11-20"]}, False),  # care already given: nothing to speed up
    ({"clinical.severity_date": "2026-06-01"}, False),  # a severity months old: no present illness recorded
])
def test_the_expedited_route_is_offered_for_care_still_to_come_while_the_illness_is_current(tmp_path, changes,
                                                                                              offered):
    """Set 8, case 05: a Part D member off the drug, PHQ-9 back to 17, and the letter offered no 72-hour route."""
    letter = text(tmp_path, "medical-necessity", SPRAVATO, **{**PART_D, **changes})
    assert ("An expedited decision, within 72 hours (42 CFR 423.584 and 423.590)" in letter) is offered
    assert ("please treat this appeal as expedited if the patient's prescriber" in letter
            or "as expedited if" in letter) is offered
    # the expedited letter says its own clock, never this offer
    assert "An expedited decision, within" not in text(tmp_path, "expedited-appeal", SPRAVATO, **{**PART_D, **changes})


# ------------------------------------------------------------------ 03: a criterion met by one of its alternatives

EITHER = {
    "plan_policy.name": "Guideline BH-ECT-2", "plan_policy.number": "BH-ECT-2",
    "plan_policy.quote": "1. ECT is medically necessary when (a) OR (b) is met: (a) the member needs a rapid "
                         "response because of inanition; (b) the member has not responded to two antidepressants "
                         "AND one augmentation strategy. 2. Members 65 or older need medical clearance.",
    "claim.denial_reason": "The member has not failed an augmentation strategy as required by criterion 1(b).",
}
ROWS = [{"criterion": "1(a) Rapid response needed: inanition", "how_met": "Weight 61.2 kg to 52.6 kg in 7 weeks",
         "met": True},
        {"criterion": "1(b) One augmentation strategy", "how_met": "Lithium not tolerated", "met": False},
        {"criterion": "2. Medical clearance", "how_met": "Cardiology clearance", "met": True}]


def test_a_criterion_met_by_one_alternative_says_which_and_that_one_is_enough(tmp_path):
    """Set 8, case 03: BH-ECT-2 criterion 1 is "(a) OR (b)"; 1(a) alone was met and the decision weighed only 1(b),
    yet the letter listed every row as if all were required."""
    letter = text(tmp_path, "medical-necessity", **EITHER, payer_criteria=ROWS)
    assert "criterion 1 is met when 1(a) or 1(b) is met: any one of them is enough" in letter
    assert "1(a) is met: Weight 61.2 kg to 52.6 kg in 7 weeks." in letter
    assert "The decision weighed only 1(b); 1(a) alone meets criterion 1" in letter
    summary = letter.split("In short:")[1].split("The condition")[0]
    assert "Criterion 1 of Guideline BH-ECT-2 is met by any one of 1(a) or 1(b), and 1(a) is met" in summary
    # 1(b) unmet does not make the plan's criteria unmet: 1(a) meets criterion 1
    from appeal_kit.letter import derived as d

    either = d.criteria_alternatives({"plan_policy": {"quote": EITHER["plan_policy.quote"]},
                                      "claim": {"denial_reason": EITHER["claim.denial_reason"]},
                                      "payer_criteria": ROWS})
    assert either["met"] == ["a"] and either["unnamed_met"] == ["a"] and either["rows"] == {"a": [1], "b": [2]}
    # parts that must all hold are no alternatives; an alternative not met is never said to be
    both = text(tmp_path, "medical-necessity", **{**EITHER, "plan_policy.quote": "when (a) AND (b) are met"},
                payer_criteria=ROWS)
    assert "any one of them is enough" not in both
    unmet = text(tmp_path, "medical-necessity", **EITHER, payer_criteria=[{**ROWS[0], "met": False}, *ROWS[1:]])
    assert "any one of them is enough" not in unmet and "1(a) is met" not in unmet


# ---------------------------------------------------------- 07: the E/M visit's own record, for modifier 25

def test_a_visit_billed_with_modifier_25_is_argued_from_its_own_record(tmp_path):
    """Set 8, case 07: 99214 was denied as incidental to the infusion, and the letter only added modifier 25: the
    visit's record (25 minutes, before the infusion, medication changes) was never said. A corrected line's
    `documented` and `evidence` say it; check asks for them on a modifier-25 line without them."""
    from appeal_kit import checks

    lines = [{"code": "99214-25", "units": 1, "documented": "a 25-minute medication visit before the infusion",
              "evidence": {"file": "clinical/progress-notes.pdf", "page": 1}},
             {"code": "J3490", "units": 1, "ndc": "72887-0418-25", "ndc_unit": "ML", "ndc_quantity": 0.85}]
    changes = {**CODING, "claim.coding_correct": False,
               "corrected_claim": {"error": "99214 was billed without modifier 25.", "lines": lines}}
    letter = text(tmp_path, "medical-necessity", **changes)
    assert ("99214-25 reports, with modifier 25, an evaluation and management service that was significant and "
            "separately identifiable from the other service given the same day, and the record shows that it was: "
            "a 25-minute medication visit before the infusion (Exhibit") in letter
    bare = [{k: v for k, v in lines[0].items() if k not in ("documented", "evidence")}, lines[1]]
    assert "separately identifiable" not in text(tmp_path, "medical-necessity", **{
        **changes, "corrected_claim": {"error": "x.", "lines": bare}})
    notes = [f for f in checks.check_codes({"claim": {"coding_correct": False},
                                            "corrected_claim": {"lines": bare}}) if "modifier 25" in f.message]
    assert [f.field for f in notes] == ["corrected_claim.lines row 1"]
    assert not [f for f in checks.check_codes({"claim": {}, "corrected_claim": {"lines": lines}})
                if "modifier 25" in f.message]


# ------------------------------------------------------------------------- the insurer's long name, said once

def test_the_insurers_long_name_is_said_once_then_the_plan(tmp_path):
    """Set 8's review: "Salish Coast Health Plan, a Medicaid managed care plan (FICTIONAL)" six times, in
    consecutive sentences and as a possessive. After its first mention in the body, the letter says "the plan"."""
    long = "Salish Coast Health Plan, a Medicaid managed care plan (FICTIONAL)"
    letter = text(tmp_path, "ketamine-trd", **{"insurer.name": long, "claim.plan_type": "medicaid"})
    body = letter.split("Dear ", 1)[1]
    # its first mention is a possessive, said by the name's head (set 23's review: render.possessive_head)
    assert body.count(long) == 0 and body.count("Salish Coast Health Plan’s denial") == 1 and "the plan" in body
    assert f"{long}’s" not in body and f"{long}'s" not in body
    assert "the the" not in body.lower()
    # "the {insurer} network" keeps one "the"
    from docx import Document

    from appeal_kit.letter import render

    doc = Document()
    for line in ("Dear Reviewer:", f"I wrote to {long}.", f"I tried the {long} network first."):
        doc.add_paragraph(line)
    assert render.shorten_repeated_name(doc, long, "the plan") == 1
    assert doc.paragraphs[2].text == "I tried the plan network first."
    # Original Medicare is no plan: its contractor's name stays
    medicare = text(tmp_path, "ketamine-trd", **{"insurer.name": "Medicare (Noridian Healthcare Solutions)",
                                                 "claim.plan_type": "medicare"})
    assert medicare.split("Dear ", 1)[1].count("Medicare (Noridian Healthcare Solutions)") >= 1


# ------------------------------------------------------- 08: a record written after the decision, never dated

def test_check_offers_the_date_of_a_record_written_after_the_decision(tmp_path):
    """Set 8, case 08: the outpatient records (summarized November 19) were not before the reviewer of the November
    17 denial, and the letter never said so: record_dates did not date them. check reads the date a clinical record
    gives in its name or first lines and offers it; with it, the letter names the record as one the reviewer never
    had (derived.records_after_decision)."""

    from appeal_kit import checks
    from appeal_kit.case.folder import load_case

    folder = tmp_path / "case"
    copy_sample(TRD, folder)
    for old in folder.glob("letter*"):
        old.unlink()
    (folder / "clinical" / "outpatient-records.txt").write_text(
        "FICTIONAL\nRiver Clinic (FICTIONAL)\nPatient: Dana Whitfield   DOB 04/17/1986\n"
        "Summary for appeal, 11/19/2026\nWeekly therapy, 16 sessions, no improvement.\n", encoding="utf-8")
    yaml_text = (folder / "case.yaml").read_text(encoding="utf-8")
    (folder / "case.yaml").write_text(yaml_text.replace("exhibits:\n", "exhibits:\n  - file: clinical/outpatient-records"
                                                        ".txt\n    title: Outpatient records\n", 1), encoding="utf-8")
    notes = [f for f in checks.check_case(folder, today=TODAY).findings if f.field == "record_dates"]
    said = [f.message for f in notes if "clinical/outpatient-records.txt" in f.message]
    assert said and "is dated November 19, 2026, after the decision of October 14, 2026" in said[0]
    assert "date: 2026-11-19" in said[0]  # the DOB is not the record's date
    case = load_case(folder)
    case.data["record_dates"] = [{"file": "clinical/outpatient-records.txt", "date": "2026-11-19"}]
    assert derived.records_after_decision(case.data)["records"] == [{"file": "clinical/outpatient-records.txt",
                                                                    "date": "2026-11-19", "released": False,
                                                                    "how": "dated"}]
