"""Set 46's mild findings (tests/resources/letter-review/set46-review.md, and set 45's of the same kinds: drafted at
12564540, reviewed blind), fixed by kind: the summary names the decision's ground and the record against it, a score
or a count said once, requests the addressee can answer, the agency's name in the address block, new records said
for what they show. Every case is FICTIONAL."""
from __future__ import annotations

import re

from appeal_kit.letter import derived


def _case(set_name: str, number: str, **changes):
    from test_letter_set14_findings import case_of

    return case_of(set_name, number, **changes)


def _draft(tmp_path, set_name: str, number: str, **changes):
    from test_letter_set14_findings import draft

    return draft(tmp_path, _case(set_name, number, **changes))


def _summary(text: str) -> str:
    """The opening summary: from "In short:" to the first section after it."""
    return text.split("In short:", 1)[1].split("The plan’s criteria, one by one", 1)[0] if "In short:" in text else ""


# ---------------- 1. the summary states the decision's ground and the record against it, not only "every criterion"

def test_a_criterion_numbered_by_its_letter_alone_is_the_one_the_decision_names(tmp_path):
    # 46/07: "retreatment criterion (b)": the row "(b) at least 3 months ..." is the criterion found unmet
    met = derived.denied_criteria_met(_case("set46", "07").data)
    assert [c["number"] for c in met] == ["(b)"]
    text, state = _draft(tmp_path, "set46", "07")
    assert state.by_id["denied_criterion_met"].value is True
    head = text.split("In short:", 1)[1][:700]
    assert head.lstrip().startswith("1. Criterion (b) of")
    assert "“Our records show the prior course ended 09/2026”, which the record contradicts (Exhibit C, p. 1)" in head
    # concluded by that summary line, once (letters set 75: not again under the table)
    assert "which the decision found unmet, is met" in head and text.count("which the decision found unmet") == 1
    # a decision naming no lettered criterion names none
    assert derived.denied_criteria_met(_case("set46", "07", **{
        "claim.denial_reason": "Repeat TMS is not medically necessary."}).data) == []


def test_the_summary_names_the_decisions_statement_the_record_contradicts(tmp_path):
    # 46/05: the decision's one ground (bupropion "for smoking cessation") leads the summary, with its record
    text, _ = _draft(tmp_path, "set46", "05")
    head = text.split("In short:", 1)[1][:600]
    assert head.lstrip().startswith("1. The decision of November 24, 2026 states “Bupropion was prescribed for smoking "
                                    "cessation and is not counted as an antidepressant trial”, which the record "
                                    "contradicts (Exhibit D, p. 1), as set out below.")
    assert "2. Every criterion in the table below is met" in head
    # the correction itself is told once, in its own section
    assert text.count("bupropion XL 300 mg daily 04/10/2026-06/19/2026") == 1
    # no correction: no such line
    text, _ = _draft(tmp_path, "set46", "05", **{"decisions": [{**_case("set46", "05").data["decisions"][0],
                                                                "corrections": []}]})
    assert "which the record contradicts" not in text


def test_the_summary_names_the_notices_statement_in_a_coding_appeal(tmp_path):
    # 45/08: "Documentation does not support 60 minutes" named before "The claim is correctly coded"
    text, _ = _draft(tmp_path, "set45", "08")
    head = text.split("In short:", 1)[1][:500]
    assert head.lstrip().startswith("1. The notice of October 30, 2026 states “Documentation does not support 60 "
                                    "minutes of psychotherapy; processed as 90834”, which the record contradicts")
    assert "2. The claim is correctly coded" in head


def test_a_correction_another_block_argues_from_is_left_to_that_blocks_summary(tmp_path):
    # 45/03: the state list's correction is argued by its own block (plan_list), whose summary leads; the duloxetine
    # record is not put before it; 46/02: the request's proof (prior_auth.proof) likewise
    for set_name, number in (("set45", "03"), ("set46", "02"), ("set45", "01")):
        text, _ = _draft(tmp_path, set_name, number)
        assert "which the record contradicts" not in _summary(text) and \
            "which the records contradict" not in _summary(text) and \
            "leaves out what the record shows (" not in _summary(text), (set_name, number)


# ---------------- 2. a score or a count said once

def test_a_response_line_the_severity_line_already_carries_is_left_out(tmp_path):
    for number, scores in (("01", "PCL-5 62 (09/08/2026) to 31"), ("06", "PHQ-9 24 (10/05/2026) to 12")):
        data = _case("set46", number).data
        assert derived.response_repeated(data) and not derived.severity_repeated(data)
        text, _ = _draft(tmp_path, "set46", number)
        assert "Response to the treatment." not in text and scores not in text
        assert "Severity." in text
    # a response line with a score the severity line lacks stays
    data = _case("set46", "06", **{"clinical.response": "PHQ-9 24 (10/05/2026) to 9 (11/20/2026)"}).data
    assert not derived.response_repeated(data)
    # the same scores in both: the severity line goes (severity_repeated), the response line stays
    same = _case("set46", "06", **{"clinical.severity": "PHQ-9 24 (10/05/2026) to 12 (11/06/2026)"}).data
    assert derived.severity_repeated(same) and not derived.response_repeated(same)


def test_dates_and_a_count_the_treatments_name_gives_are_not_said_again_after_it(tmp_path):
    text, _ = _draft(tmp_path, "set46", "06")
    assert "(15 program days). This request is made" in text
    assert "provided from October 19, 2026 through November 6, 2026 (15 program days)" not in text
    assert "Date(s) of service: October 19, 2026 through November 6, 2026 (15 program days)" in text  # the RE line
    text, _ = _draft(tmp_path, "set46", "04")
    assert "50 sessions over 5 days scheduled from January 11, 2027 through January 15, 2027. " in text
    assert "January 15, 2027 (50 sessions). This" not in text
    # a name without the count keeps it
    said = {"phrase": "scheduled from A through B (50 sessions)", "course": True, "sessions": 50}
    assert derived.dates_after_name(said, "Accelerated TMS") == said["phrase"]
    assert derived.dates_after_name(said, "Accelerated TMS, 50 sessions") == "scheduled from A through B"


# ---------------- 3. requests the addressee can answer

def test_an_independent_reviewer_is_never_asked_to_name_the_criteria_it_finds_unmet(tmp_path):
    text, _ = _draft(tmp_path, "set46", "06")
    assert "identify each criterion you consider unmet" not in text
    assert "Please weigh them against the criteria, if any, that the plan sends with its file" in text
    text, _ = _draft(tmp_path, "set46", "04")
    assert "please say so and identify the reliable evidence it relied on" not in text
    assert re.search(r"names no evidence for test \(3\): please weigh that test on the evidence, if any, that the "
                     r"plan’s file gives for it", text)


def test_an_extension_for_a_course_given_by_its_first_day_asks_for_its_sessions(tmp_path):
    data = _case("set46", "08").data
    assert derived.extension_request(data, derived.date(2026, 12, 6))["said"] == "six sessions from January 5, 2027"
    text, _ = _draft(tmp_path, "set46", "08")
    assert "for six sessions from January 5, 2027" in text and "for January 5, 2027." not in text
    assert "treatments (13-18) scheduled to begin on January 5, 2027" in text


# ---------------- 4. the agency's name above a unit line that does not name it

def test_an_agency_named_above_a_unit_line_that_does_not_name_it(tmp_path):
    for number, agency in (("04", "Kentucky Department of Insurance"), ("06", "Oklahoma Insurance Department")):
        data = _case("set46", number).data
        assert not derived.names_repeated(data["external_review"]["agency"], data["external_review"]["address"])
        text, _ = _draft(tmp_path, "set46", number)
        assert text.index(agency) < text.index("PO Box")


# ---------------- 5. records the reviewer never had, said for what they show

def test_new_records_are_said_for_the_criteria_and_corrections_they_hold(tmp_path):
    text, _ = _draft(tmp_path, "set46", "08")
    assert "It records Ms. Achterhof-Nwosu's treatment with Venlafaxine XR" not in text
    assert "It is the record for every criterion in the table above and for the decision’s words corrected above." \
        in text
    text, _ = _draft(tmp_path, "set46", "06")
    assert "treatment with Venlafaxine XR" not in text
    assert "They include the records for the decision’s words corrected above." in text


# ---------------- 2 (more). the criteria table's own introduction is not said again after it

def test_the_criteria_table_is_not_described_again_after_it(tmp_path):
    for set_name, number in (("set46", "05"), ("set46", "08"), ("set45", "06"), ("set45", "07")):
        text, state = _draft(tmp_path, set_name, number)
        assert "The table above sets out each criterion" not in text, (set_name, number)
        assert "meets it, and the exhibit" not in text
        assert "how each is met, and where the enclosed records show it" in text
        assert state.by_id["all_criteria_met"].value is True


# ---------------- 3 (more). the FEHB carrier's first level is a request to reconsider (5 CFR 890.105(a))

def test_an_fehb_carrier_is_asked_to_reconsider(tmp_path):
    text, _ = _draft(tmp_path, "set46", "01")
    assert "RE: Request for reconsideration of denied claim" in text
    assert "I am writing to request a reconsideration of Allegheny Federal Benefit Plan’s denial" in text
    text, _ = _draft(tmp_path, "set46", "01", **{"claim.plan_type": "employer_erisa"})
    assert "RE: Appeal of denied claim" in text


# ---------------- 5 (more). a mental disorder's scale is no measure of a movement disorder

def test_the_measure_named_fits_the_principal_diagnosis(tmp_path):
    data = _case("set45", "07").data
    assert data["claim"]["diagnosis_codes"][0] == "G24.01"
    assert derived.severity_scales(data) == ["AIMS"]
    # (the letter's own necessity sentence, said where no criteria table carries the argument: letters set 50, 08)
    text, _ = _draft(tmp_path, "set45", "07", payer_criteria=None)
    assert "recorded with standard measures (AIMS)" in text and "(PHQ-9)" not in text
    # with a depressive disorder first, its scales are the measure
    assert derived.severity_scales(_case("set45", "07", **{"claim.diagnosis_codes": ["F33.1"]}).data) == \
        ["AIMS", "PHQ-9"]


# ---------------- 5 (more). the letter's own six-week count gives way to the plan's criteria, each shown met

def test_the_letters_own_trial_count_gives_way_to_criteria_shown_met(tmp_path):
    # 45/06: MP-NP-14 counts an intolerance as meeting a class; "has failed one adequate treatment trial" under a
    # six-week rule of the letter's own undid that; 46/08: by that rule the current partial ECT course was "failed"
    text, state = _draft(tmp_path, "set45", "06")
    assert state.by_id["all_criteria_met"].value is True
    assert "This letter counts" not in text and "only after less intensive treatment had failed" not in text
    assert "has failed one adequate treatment trial" not in text
    assert "Each treatment tried, with its dose, dates and outcome:" in text
    # 46/02: a decision that did not review medical necessity: no count either
    text, _ = _draft(tmp_path, "set46", "02")
    assert "This letter counts" not in text
    # criteria that count no intolerance, each shown met: the table answers them in their own test, and the count
    # gives way too (46/05's criterion 2 asks for trials "for at least 6 weeks"; letters set 67, cases 03, 05, 06
    # and 08: the letter's own count beside such a table echoed the denial or summed an intolerance)
    text, state = _draft(tmp_path, "set46", "05")
    assert state.by_id["all_criteria_met"].value is True
    assert "This letter counts" not in text and "Each treatment tried, with its dose, dates and outcome:" in text
    # a criterion the table marks unmet: the count stays, the criteria do not settle what counts
    rows = [dict(r) for r in _case("set45", "06").data["payer_criteria"]]
    rows[-1]["met"] = False
    text, _ = _draft(tmp_path, "set45", "06", payer_criteria=rows)
    assert "This letter counts a medication trial as adequate and failed" in text


# ---------------- 1 (more). the prescriber's statement among the records the plan had is quoted, once

def test_the_prescribers_statement_the_plan_had_is_quoted(tmp_path):
    # 45/07: the psychiatrist's note of 11/04/2026, faxed before the decision, holds prescriber_statement
    text, _ = _draft(tmp_path, "set45", "07")
    said = "“AIMS today 16 (09/30/2026: 14), moderate orofacial movements that make eating and speaking hard;"
    # a fax report shows sending, not receipt (letters set 61, case 08)
    assert "It was sent before the decision of November 12, 2026 was made; in case the plan does not hold it, it is " \
           "enclosed again. The prescriber’s statement (Exhibit C) says: " + said in text
    assert text.count(said) == 1
    # a statement from another record is not said to be in that one
    text, _ = _draft(tmp_path, "set45", "07", **{"prescriber_statement.file": "clinical/other-note.txt"})
    assert "The prescriber’s statement (Exhibit C)" not in text
