"""Mild findings of letters sets 63 and 64's blind reviews (tests/resources/letter-review/set63, set64 and their
reviews), each fixed by its kind and tested on the set's own fictional case: what the letter says and, as much, what
it no longer says."""
from __future__ import annotations

from pathlib import Path

from test_letter_set14_findings import case_of, draft
from test_letter_set67_findings import count_printed

from appeal_kit.case.folder import title_from_filename
from appeal_kit.letter import arguments, derived


def test_an_impact_line_with_its_own_label_is_not_labelled_twice(tmp_path):
    # set 63, case 01 (REPETITION): impact.work typed "School: 14 full days ..." printed "School: School: 14 ..."
    case = case_of("set63", "01")
    text, _ = draft(tmp_path, case)
    assert "School: 14 full days and 11 part days missed" in text
    assert "School: School:" not in text
    # a line without a label of its own still gets the letter's
    bare = case.data["impact"]["work"].removeprefix("School: ")
    text, _ = draft(tmp_path, case_of("set63", "01", **{"impact.work": bare}))
    assert "School: 14 full days and 11 part days missed" in text


def test_a_parent_asks_for_notices_in_the_familys_language(tmp_path):
    # set 63, case 01 (UNSUPPORTED): the mother writes for her daughter of 16, the language hers; the letter said
    # "Ximena Paredes Villalobos reads Spanish", which no record says of Ximena
    case = case_of("set63", "01")
    text, _ = draft(tmp_path, case)
    assert "Our family reads Spanish: please send your decision" in text
    assert "Ximena Paredes Villalobos reads Spanish" not in text
    # a clinician still writes about the patient (case 02)
    text, _ = draft(tmp_path, case_of("set63", "02"))
    assert "Lucía Fernanda Ibarra Cruz reads Spanish" in text


def test_medicares_rule_is_titled_in_full_where_it_is_quoted_and_by_its_number_after(tmp_path):
    # set 63, cases 05 and 08 (REPETITION): "Local Coverage Determination L99962, Psychiatric Partial Hospitalization
    # Programs (FICTIONAL)" printed five times; "the criteria of ... internal utilization criteria MA-PHP-4"
    for number, full in (("05", "Local Coverage Determination L99962, Psychiatric Partial Hospitalization Programs "
                                "(FICTIONAL)"),
                         ("08", "Local Coverage Determination L99918, Transcranial Magnetic Stimulation for Major "
                                "Depressive Disorder (FICTIONAL)")):
        text, _ = draft(tmp_path, case_of("set63", number))
        assert text.count(full) <= 2, number
        assert "whether the criteria of Local Coverage Determination L999" in text
        assert "the criteria of Keystone" not in text and "the criteria of Bluegrass" not in text
        assert "internal utilization criteria MA-" in text


def test_an_exhibit_title_writes_a_forms_number_and_a_payers_abbreviation_in_capitals(tmp_path):
    # set 64, cases 03, 04 and 07 (REPETITION, seams): "Exhibit G: Sf2810 notice of change", "Exhibit F: Ohi
    # questionnaire", "Exhibit E: Ma plan disenrollment confirmation"
    for name, title in (("sf2810-notice-of-change-2026-07-24.txt", "SF2810 notice of change 2026-07-24"),
                        ("ohi-questionnaire-2026-10-21.txt", "OHI questionnaire 2026-10-21"),
                        ("ma-plan-disenrollment-confirmation-2026-07-20.txt",
                         "MA plan disenrollment confirmation 2026-07-20"),
                        ("progress-note-2026-12-01.txt", "Progress note 2026-12-01")):
        assert title_from_filename(Path(name)) == title
    text, _ = draft(tmp_path, case_of("set64", "07"))
    assert "MA plan disenrollment confirmation" in text and "Ma plan" not in text


def test_coverage_that_names_the_patient_is_not_also_called_hers(tmp_path):
    # set 64, case 03 (REPETITION): "Mrs. Achebe-Lorne's Self Plus One enrollment covering Mrs. Achebe-Lorne", the
    # enrollment her husband's
    case = case_of("set64", "03")
    text, _ = draft(tmp_path, case)
    assert "shows that the Self Plus One enrollment covering Mrs. Achebe-Lorne is in force" in text
    assert "Mrs. Achebe-Lorne's Self Plus One" not in text
    # coverage named without the patient is still hers
    text, _ = draft(tmp_path, case_of("set64", "03", **{"eligibility.coverage": "Self Plus One enrollment"}))
    assert "shows that Mrs. Achebe-Lorne's Self Plus One enrollment is in force" in text
    # typed with its own article, the possessive takes its place, never "Mrs. Achebe-Lorne's the Self Plus One"
    # (the same kind in a patient's own letter, "my the individual policy": letters set 72, cases 04 and 07)
    text, _ = draft(tmp_path, case_of("set64", "03", **{"eligibility.coverage": "the Self Plus One enrollment"}))
    assert "shows that Mrs. Achebe-Lorne's Self Plus One enrollment is in force" in text


def test_care_still_to_come_waits_on_the_appeals_decision_not_an_authorizations(tmp_path):
    # set 64, case 02 (REQUEST): "The treatment cannot safely wait for a standard authorization decision" in a Part D
    # redetermination
    text, _ = draft(tmp_path, case_of("set64", "02"))
    assert "The treatment cannot safely wait for a standard decision: My last vortioxetine tablet" in text
    assert "standard authorization decision" not in text


def test_a_treatment_named_as_approved_is_not_said_approved_again(tmp_path):
    # set 64, case 08 (REPETITION): "ends transcranial magnetic stimulation (TMS), the remainder of an approved
    # 36-session course, a course of treatment the plan had already approved"
    case = case_of("set64", "08")
    text, _ = draft(tmp_path, case)
    assert "the remainder of an approved 36-session course. A plan that cuts a course it approved" in text
    assert "a course of treatment the plan had already approved" not in text
    text, _ = draft(tmp_path, case_of("set64", "08", **{"treatment.name": "Transcranial magnetic stimulation (TMS)"}))
    assert "(TMS), a course of treatment the plan had already approved" in text


def test_an_expedited_appeal_of_medical_judgment_asks_its_external_review_beside_it(tmp_path):
    # set 63, case 03 and set 64, case 08 (MISSING): an expedited appeal of care cut mid-course asked external review
    # only "if any part of this decision is upheld", though it may run at the same time (45 CFR 147.136(d)(3))
    for set_name, number in (("set63", "03"), ("set64", "08")):
        text, _ = draft(tmp_path, case_of(set_name, number))
        assert "I also ask that an expedited external review" in text, (set_name, number)
    # an insured plan's runs under the state's process (set 63, case 03), a self-funded city plan's federal one
    assert "under the state's external review process proceed at the same time (45 CFR 147.136(c)(2))" in \
        draft(tmp_path, case_of("set63", "03"))[0]
    assert "proceed at the same time (45 CFR 147.136(d)(3))" in text
    # a decision that is no medical judgment has none (set 64, case 06: a request never decided)
    text, _ = draft(tmp_path, case_of("set64", "06"))
    assert "expedited external review" not in text


def test_care_still_to_come_under_the_plans_terms_is_asked_to_be_covered_not_reprocessed(tmp_path):
    # set 63, case 08 (REQUEST): "I therefore ask the plan to reprocess the claim for ... for December 14, 2026 through
    # December 23, 2026", eight sessions still to come
    text, _ = draft(tmp_path, case_of("set63", "08"))
    assert "I therefore ask the plan to cover transcranial magnetic stimulation (TMS), last 8 sessions" in text
    assert "reprocess the claim for transcranial" not in text


def test_a_stimulator_trial_is_judged_by_its_relief_never_by_six_weeks(tmp_path):
    # set 63, case 04 (UNSUPPORTED): a 7-day spinal cord stimulator trial, failed (about 20% relief, not enough to
    # implant), left out of the count "because it lasted less than six weeks"
    case = case_of("set63", "04")
    row = next(r for r in case.data["clinical"]["history"] if r["drug"].startswith("Spinal cord stimulator"))
    assert arguments.is_procedure(row) and arguments.adequacy_problem(row) == ""
    text, _ = draft(tmp_path, count_printed(case))
    assert "has failed three adequate treatment trials: pregabalin, spinal cord stimulator trial and physical" in text
    assert "because it lasted less than six weeks" not in text


def test_a_decision_that_made_no_clinical_review_is_asked_for_it_and_gets_no_trial_count(tmp_path):
    # set 63, case 06 (UNSUPPORTED, MISSING): "No clinical review was performed" in a late-notice denial; the letter
    # counted a course of prolonged exposure "completed" (he stopped attending) and never asked for the review
    case = case_of("set63", "06")
    assert derived.necessity_not_reviewed(case.data)
    text, _ = draft(tmp_path, case)
    assert "That decision says that medical necessity was not reviewed. I ask the plan to review it now" in text
    assert "counts a course of psychotherapy" not in text and "has failed a course" not in text
    # a decision that reviewed the care keeps its count's words unread as "no clinical review"
    assert not derived.necessity_not_reviewed(case_of("set63", "06", **{
        "claim.denial_reason": "Benefits are denied: the clinical review found the stay not medically necessary."}).data)


def test_a_severity_line_from_an_old_baseline_is_not_called_current(tmp_path):
    # set 64, case 02 (UNSUPPORTED): "Current severity. PHQ-9 18 on 06/02/2025; PHQ-9 7 on 11/17/2026", the 18 from
    # before the drug
    case = case_of("set64", "02")
    text, _ = draft(tmp_path, case)
    assert "Severity. PHQ-9 18 on 06/02/2025; PHQ-9 7 on 11/17/2026." in text
    assert "Current severity" not in text
    # the latest score alone is current, as before
    text, _ = draft(tmp_path, case_of("set64", "02", **{"clinical.severity": "PHQ-9 7 on 11/17/2026"}))
    assert "Current severity. PHQ-9 7 on 11/17/2026." in text


def test_a_treating_physician_says_no_appointment_is_needed_where_the_rule_says_so(tmp_path):
    # set 63, case 05 (MISSING): the psychiatrist's expedited reconsideration never said she may ask for it without an
    # appointment of representative (42 CFR 422.578(c), 422.584(a)), so the plan may ask for a form
    text, _ = draft(tmp_path, case_of("set63", "05"))
    assert ("I write as Mrs. Kwiatkowski's treating psychiatrist, and as such may ask for this review without being "
            "appointed as a representative (42 CFR 422.578(c) and 422.584(a)).") in text
    # a payment appeal still needs the patient's consent: no such sentence (42 CFR 422.578(c) is for care to come)
    given = case_of("set63", "05", **{"claim.service_dates": ["2026-11-20", "2026-11-25"],
                                      "claim.pending_services": None})
    assert "without being appointed" not in draft(tmp_path, given)[0]
