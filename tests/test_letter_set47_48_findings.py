"""Sets 47 and 48's findings that are not mild (tests/resources/letter-review/set47-review.md and set48-review.md:
drafted at d5177e46, reviewed blind; 47: 2 (26), 48: 4 (23)), fixed the stop they were reviewed."""
from __future__ import annotations

from appeal_kit.letter import derived


def _case(number: str, n: int = 48, **changes):
    from test_letter_set14_findings import case_of

    return case_of(f"set{n}", number, **changes)


def _draft(tmp_path, number: str, n: int = 48, **changes):
    from test_letter_set14_findings import draft

    return draft(tmp_path, _case(number, n, **changes))


# ---------------- 47/02: a count in devices beside the sessions they were used in is one count, not two

def test_the_denials_own_measure_of_the_same_care_is_not_added_to_the_count(tmp_path):
    limit = derived.benefit_limit(_case("02", 47).data)
    assert limit["applied_unit"] == "nasal spray devices" and limit["uncounted"] == ["nasal spray devices"]
    assert (limit["counted_limited"], limit["counted_total"]) == (23, 23)
    text, _ = _draft(tmp_path, "02", 47)
    assert "of 84" not in text and "so 23 treatment sessions count toward it" in text


def test_kinds_of_care_the_terms_leave_out_are_still_counted_in_the_total():
    # set 48, case 01: TMS sessions and psychotherapy visits are two kinds of care, not two measures of one
    limit = derived.benefit_limit(_case("01").data)
    assert (limit["counted_limited"], limit["counted_total"]) == (6, 20)


# ---------------- 48/01: "no limit" on the kinds the terms leave out, never on the kind the quoted terms limit

def test_no_limit_is_said_of_the_kinds_the_terms_leave_out_not_of_the_kind_they_limit(tmp_path):
    limit = derived.benefit_limit(_case("01").data)
    assert limit["removed"] and limit["other_kinds"]
    assert limit["unlimited"] == limit["course_unit"] == "TMS treatment sessions"
    text, _ = _draft(tmp_path, "01")
    assert "no limit on the number of office visits" not in text
    assert "36 office visits" not in text and "(36 TMS treatment sessions)" in text
    assert "set no limit on the number of TMS treatment sessions" in text
    assert "the limit of 20 the denial applied is one on office visits for individual or group psychotherapy only" in \
        text
    # a limit removed altogether (no kind counted apart) is still "no limit" on the unit
    whole = derived.benefit_limit(_case("01", **{"plan_policy.limit.counted": []}).data)
    assert not whole["other_kinds"] and whole["unlimited"] == whole["unit"]


# ---------------- 48/08: criteria of the version in force are not the revision's criterion the decision found unmet

def test_criteria_rows_with_another_versions_figures_are_not_the_quoted_revisions(tmp_path):
    data = _case("08").data
    assert not derived.criteria_from_policy(data)
    assert derived.denied_criteria_met(data) == []
    text, state = _draft(tmp_path, "08")
    assert not state.by_id["denied_criterion_met"].value
    assert "which the decision found unmet" not in text and "The decision rests on criterion" not in text
    assert "stands in case the plan applies the later version" not in text
    assert "The criteria of the 2025 version of MP-TMS-30 (rev. 01/01/2025)" in text
    # the same rows with the revision's own figure are its criterion again
    rows = [dict(r) for r in data["payer_criteria"]]
    rows[1]["criterion"] = rows[1]["criterion"].replace("at least two antidepressant", "at least four antidepressant")
    assert derived.criteria_from_policy({**data, "payer_criteria": rows})


def test_a_criterions_figures_are_read_without_its_number_or_dates():
    assert derived._thresholds("2(b) Trials of at least two medication classes") == ["2"]
    assert derived._thresholds("Criterion 2 (effective 10/01/2026): at least four trials for 6 weeks") == ["4", "6"]
    assert derived._figures_within(["2", "6"], ["4", "2", "6"])
    assert not derived._figures_within(["2", "2", "6"], ["4", "2", "6"])
    assert derived._figures_within(["6", "2"], ["4", "2", "6"])  # in any order (letters set 77, case 02)


# ---------------- 47/05: the day an application reported the end is no day this plan was told

def test_a_report_before_this_plans_coverage_began_is_not_said_to_have_reached_the_plan(tmp_path):
    from test_letter_set14_findings import TODAY

    from appeal_kit import checks

    cob = derived.other_coverage(_case("05", 47).data)
    assert cob["told_elsewhere"] and cob["reported"] is None and not cob["reported_end"]
    text, state = _draft(tmp_path, "05", 47)
    assert state.by_id["other_coverage_reported"].value is False
    assert "was told on June 18, 2026" not in text
    warned = [f.field for f in checks.check_case(_case("05", 47).folder, today=TODAY).warnings]
    assert "other_coverage.reported" in warned
    # a day once this plan covered the member is the day it was told
    told = derived.other_coverage(_case("05", 47, **{"other_coverage.reported": "2026-07-02"}).data)
    assert told["reported_end"] and not told["told_elsewhere"]


# ---------------- 47/01 (claims report): a template with no opening summary says nothing there

def test_the_claims_report_names_no_opening_summary_a_letter_does_not_print(tmp_path):
    from test_letter_set14_findings import TODAY

    from appeal_kit.letter import claims, render

    case = _case("01", 47)
    report: dict = {}
    name = case.data.get("template") or "medical-necessity"
    out = render.render_letter(case, render.find_template(name), tmp_path / "letter.docx", today=TODAY, clinic=None,
                               report=report)
    state = report["facts"]
    assert state.summaries  # the blocks rendered their summary lines; this template prints none
    said = [w for st in claims.statements(state, out, case.data) for w in st.where]
    assert said and "the opening summary" not in said
    # a template that prints the summary keeps it as a place statements are said
    text_case = _case("02", 47)
    report = {}
    out = render.render_letter(text_case, render.find_template(text_case.data.get("template") or "medical-necessity"),
                               tmp_path / "two.docx", today=TODAY, clinic=None, report=report)
    assert "the opening summary" in [w for st in claims.statements(report["facts"], out, text_case.data)
                                     for w in st.where]


# ---------------- 48/08 (mild): "not an antidepressant trial" is not "given for another purpose"

def test_a_row_that_says_what_a_drug_was_not_is_not_said_given_for_another_purpose():
    from appeal_kit.letter import arguments

    row = {"drug": "Lamotrigine", "dose": "100 mg daily", "kind": "other",
           "outcome": "Mood stabilizer, continued; not an antidepressant trial"}
    assert arguments._why_not_counted(row) == "the record says it was not a trial of treatment for this condition"
    sleep = {**row, "drug": "Trazodone", "dose": "50 mg at bedtime for sleep", "outcome": "Sleep aid only"}
    assert arguments._why_not_counted(sleep).startswith("it was given for another purpose")


# ---------------- 48/07 (mild): dates still to come already name the rest of the course

def test_no_remainder_is_asked_beyond_dates_still_to_come(tmp_path):
    text, state = _draft(tmp_path, "07")
    assert state.by_id["course_remaining"].value is True
    assert "December 14, 2026 through January 29, 2027" in text and "remainder of the prescribed course" not in text


# ---------------- 47/01 (mild): the exception to a limit the course is within is asked only in the alternative

def test_an_exception_to_a_limit_the_course_is_within_is_asked_in_the_alternative(tmp_path):
    assert derived.benefit_limit(_case("01", 47).data)["within"] is True
    text, _ = _draft(tmp_path, "01", 47)
    assert "In the alternative, should a limit of the plan's terms be found to apply, on that statement the " \
           "exception should have been granted" in text
    assert "On that statement the exception should have been granted" not in text


# ---------------- 47/08 (mild): the decision clock of a request never decided is given once, with its rule

def test_the_clock_of_a_request_never_decided_is_given_once(tmp_path):
    text, _ = _draft(tmp_path, "08", 47)
    assert "does not decide within the 15 days the rules allow" in text
    assert text.count("2560.503-1(f)(2)(iii)(A)") == 1 and "A request to approve care not yet given" not in text


# ---------------- 47/06 (mild): a degree the provider's name ends with is printed once

def test_a_degree_the_name_ends_with_is_not_printed_again_from_the_credentials(tmp_path):
    assert derived.credentials_beyond_name("Ana Ruiz, M.D.", "MD, pain medicine") == "pain medicine"
    assert derived.credentials_beyond_name("Ana Ruiz", "MD, pain medicine") == "MD, pain medicine"
    text, _ = _draft(tmp_path, "06", 47)
    assert "Tobias Whitcombe-Ames, MD, pain medicine" in text and "MD, MD" not in text


# ---------------- check names a case document that lists other patients before the build does (47/07's report)

def test_check_names_a_document_that_lists_other_patients(tmp_path):
    import shutil

    from test_letter_set14_findings import TODAY

    from appeal_kit import checks

    folder = tmp_path / "case"
    shutil.copytree(_case("07", 47).folder, folder)
    warned = [f.message for f in checks.check_case(folder, today=TODAY).warnings if f.field == "exhibits"]
    assert any(m.startswith("other/clearinghouse-acceptance-report-2026-06-16.txt names other people beside the "
                            "patient (page 1)") for m in warned)
    report = folder / "other" / "clearinghouse-acceptance-report-2026-06-16.txt"
    # the other patient's line blacked out: the patient's own line is no warning
    report.write_text("\n".join(line for line in report.read_text().splitlines() if not line.startswith("Line 2")))
    assert not any("clearinghouse" in m for m in (f.message for f in checks.check_case(folder, today=TODAY).warnings
                                                  if f.field == "exhibits"))
