"""Sets 43 and 44's findings (tests/resources/letter-review/set43-review.md and set44-review.md: drafted at f8218016,
reviewed blind, 3 (26) and 2 (26)): the kinds that are not mild, fixed the stop they were reviewed."""
from __future__ import annotations

from appeal_kit.letter import derived


def _case(set_name: str, number: str, **changes):
    from test_letter_set14_findings import case_of

    return case_of(set_name, number, **changes)


def _draft(tmp_path, set_name: str, number: str, **changes):
    from test_letter_set14_findings import draft

    return draft(tmp_path, _case(set_name, number, **changes))


# ---------------- 43/02: "300 mcg" is a dose, never the MCG criteria the letter asks a copy of

def test_a_dose_in_micrograms_names_no_criteria_product():
    data = _case("set43", "02").data
    assert "MCG" not in derived.criteria_named(data)
    assert derived.criteria_named({"claim": {"denial_reason": "Denied under MCG criteria, 27th edition."}}) == ["MCG"]
    assert derived.criteria_named({"claim": {"denial_reason": "Buprenorphine 300 mcg film is not covered."}}) == []


# ---------------- 43/02: a step the policy lets another criterion replace was never taken, and is never said taken

def test_a_step_met_through_an_alternative_criterion_is_never_said_tried(tmp_path):
    rows = derived.criteria_instead(_case("set43", "02").data)
    assert any(r["met"] and r["replaced"] for r in rows)
    text, state = _draft(tmp_path, "set43", "02")
    assert state.by_id["all_criteria_met"].value is True
    assert "They have been." not in text and "The step-therapy requirement has been met" not in text
    assert "Every step the plan lists is met" not in text


# ---------------- 44/08: with a criteria table all met, the summary leads with it, not the letter's own count

def test_a_criteria_table_all_met_leads_the_summary_without_the_letter_s_own_count(tmp_path):
    text, state = _draft(tmp_path, "set44", "08")
    assert state.by_id["all_criteria_met"].value is True
    summary = text.split("In short:", 1)[1].split("The condition", 1)[0]
    assert "adequate antidepressant trials" not in summary and "Every criterion in the table below is met" in summary


# ---------------- 44/08: a treating physician's Medicare Advantage pre-service request needs no CMS-1696

def test_a_physician_the_rule_lets_ask_encloses_the_patient_s_consent_not_an_appointment_form(tmp_path):
    from datetime import date

    standing = derived.author_standing(_case("set44", "08").data, date(2026, 12, 6))
    assert standing["kind"] == "clinician" and standing["needs_authorization"] is False
    text, _ = _draft(tmp_path, "set44", "08")
    assert "CMS-1696" not in text and "written consent to this appeal is enclosed" in text


# ---------------- 43/07: the plan's own $300 penalty for a missed precertification is argued even when the member
# has paid the provider (the member's payment had hidden it behind the plan's part payment's name)

def test_a_missed_notice_penalty_is_argued_whatever_the_member_paid(tmp_path):
    text, state = _draft(tmp_path, "set43", "07")
    assert state.by_id["member_paid"].value is True
    assert state.by_id["denial_exceeds_penalty"].value is True
    assert "$300" in text.split("In short:", 1)[1].split("The condition", 1)[0]


# ---------------- 43/02 and 03 (mild): a count of treatments that are not medicines says which they are

def test_a_count_of_treatments_other_than_medicines_names_them():
    from appeal_kit.letter import arguments

    rows = _case("set43", "02").data["clinical"]["history"]
    summary = arguments.trial_summary(rows, pain=True)["summary"]
    assert summary.startswith("two adequate treatment trials: ") and "physical therapy" in summary


# ---------------- 44/07 and 08 (mild): a course of therapy "without significant improvement" is said no stronger

def test_a_course_with_no_response_recorded_is_said_without_an_adequate_response():
    from appeal_kit.letter import arguments

    said = str(arguments._course_clauses([{"drug": "Interpersonal therapy", "response": "none"},
                                          {"drug": "CBT", "response": ""}]))
    assert said.startswith("courses of interpersonal therapy and ") and "no response" not in said
    assert said.endswith("did not bring an adequate response")


# ---------------- 44/07 (mild): a hearing officer is never asked to name a treatment that should come first

def test_a_fair_hearing_letter_does_not_ask_the_hearing_officer_for_another_treatment(tmp_path):
    from datetime import date

    assert derived.next_level(_case("set44", "07").data, date(2026, 12, 6))["fair_hearing"] is True
    text, _ = _draft(tmp_path, "set44", "07")
    assert "another treatment should come first" not in text and "another treatment should have come first" not in text


# ---------------- 44/01, 44/04, 44/06, 43/01, 43/03: a record a correction has set out is referred to, not retold

def test_a_criterion_whose_record_a_correction_set_out_is_concluded_there_without_a_section(tmp_path):
    text, state = _draft(tmp_path, "set44", "01")
    assert state.by_id["denied_criterion_met"].value is True
    wrong = text.split("What the decision gets wrong", 1)[1].split("The medical necessity", 1)[0]
    assert "Criterion 1 of BH-ECT-M4, which the decision found unmet, is therefore met, as its row in the table above" \
        in wrong
    assert "Criterion 1 the decision found unmet" not in text and "as the record set out above shows" not in text
    assert text.count("05/29/2026 records an acute course") == 1
    # the row keeps its own answer, with the day count that decides it (44/01, finding 1), never "set out below"
    assert "maintenance began 07/10/2026, 42 days later" in text and "set out below, where" not in text


def test_an_approval_a_correction_set_out_is_referred_to_not_retold(tmp_path):
    text, state = _draft(tmp_path, "set44", "06")
    assert state.by_id["pa_approved"].value is True
    assert "The approval set out above, authorization PA-26-0911-55203, is enclosed as Exhibit E" in text
    # the summary's sentence and the portal's end date are each said once
    assert text.count("on September 11, 2026, before the care began") == 1
    assert "entered in the claims system with an end date of 10/31/2026" not in text


def test_terms_a_correction_applied_are_quoted_without_drawing_its_conclusion_again(tmp_path):
    text, state = _draft(tmp_path, "set44", "04")
    assert state.by_id["pa_not_required"].value is True
    assert "do not require precertification; these 12" in text  # the correction draws it
    assert "No prior authorization was required for this care" not in text
    assert "Services not on this list do not require precertification.”" in text  # the terms are still quoted


def test_an_enrollment_and_a_pended_request_a_correction_set_out_are_referred_to(tmp_path):
    text, state = _draft(tmp_path, "set43", "01")
    assert state.by_id["option_pays_out_of_network"].value is True
    assert "As the enrollment records set out above show" in text
    assert "is enrolled in the Sandia Crest Classic PPO (H9901-011) option, effective" not in text
    (tmp_path / "03").mkdir()
    (tmp_path / "03b").mkdir()
    text, state = _draft(tmp_path / "03", "set43", "03")
    assert state.by_id["pa_requested"].value is True
    assert "As set out above, the request of September 25, 2026 (PA-26-0925-4417) was never decided" in text
    assert "The request was made to" not in text and text.count("pended") == 1
    # without the correction each section tells its record in full
    text, _ = _draft(tmp_path / "03b", "set43", "03", **{"claim.corrections": None})
    assert "The request was made to" in text


# ---------------- 43/02, 43/06: the author speaks of a role they hold as "I" and "my", never in the third person

def test_the_prescriber_writing_calls_the_statement_and_the_prescription_their_own(tmp_path):
    text, state = _draft(tmp_path, "set43", "02")
    assert state.by_id["prescriber_statement_given"].value is True
    assert "on my supporting statement" in text and "My supporting statement as the prescriber" in text
    assert "My statement (Exhibit F) says" in text
    assert "on the prescriber's supporting statement" not in text and "on the prescriber’s supporting statement" not in text
    assert "The prescriber’s supporting statement" not in text and "The prescriber’s statement (" not in text
    (tmp_path / "06").mkdir()
    text, _ = _draft(tmp_path / "06", "set43", "06", payer_criteria=None)
    assert "prescribed by me for a documented diagnosis" in text and "the treating clinician for a" not in text


def test_a_representative_still_names_the_prescriber_in_the_third_person(tmp_path):
    text, _ = _draft(tmp_path, "set43", "02", **{"author.relation": "representative", "author.role": "Daughter",
                                                   "author.authorization": None})
    assert "on the prescriber’s supporting statement" in text and "My supporting statement" not in text


# ---------------- 43/04, 44/06: a fact cites the document that holds it

def test_the_clause_on_which_document_governs_cites_itself_not_the_document_it_names(tmp_path):
    text, state = _draft(tmp_path, "set43", "04")
    assert state.by_id["terms_govern"].value is True
    assert "state's list governs.” Under it (Exhibit F, p. 1), the state's Preferred Drug List decides this request" in text
    assert "Preferred Drug List (Exhibit F" not in text


def test_a_correction_told_from_two_documents_cites_each(tmp_path):
    from test_letter_set14_findings import draft

    case = _case("set44", "06")
    row = case.data["decisions"][0]["corrections"][0]
    row["file"] = [row["file"], "other/member-portal-authorizations-2026-11-24.txt"]
    text, _ = draft(tmp_path, case)
    assert "end date of 10/31/2026 (Exhibit E, p. 1; Exhibit G)." in text
    # told from the approval letter, the approval's section still refers to it
    assert "The approval set out above, authorization PA-26-0911-55203, is enclosed as Exhibit E" in text


# ---------------- 44/06: reprocessing under an approval names every line of the claim, not the counted one only

def test_reprocessing_under_an_approval_names_each_code_of_the_claim_the_approval_names(tmp_path):
    approval = derived.approval(_case("set44", "06").data)
    assert approval["claim_codes"] == ["96365", "96366", "J3490"]
    text, _ = _draft(tmp_path, "set44", "06")
    assert "reprocess the claim under its terms: every line of it, 96365, 96366 and J3490, provided on" in text
    # counted as the approval counts them, "up to 6 infusions" (letters set 58, case 03)
    assert "6 infusions of 96365 given in all under it, of 6 approved" in text
    # a code the approval names nowhere is never asked to be reprocessed under it
    data = _case("set44", "06", **{"claim.procedure_codes": ["96365", "96366", "J3490", "99215"]}).data
    assert derived.approval(data)["claim_codes"] == []


def test_a_criterion_a_correction_concludes_from_one_of_its_records_leads_the_summary(tmp_path):
    text, state = _draft(tmp_path, "set43", "06")
    assert state.by_id["denied_criterion_met"].value is True
    summary = text.split("In short:", 1)[1].split("The plan’s criteria", 1)[0]
    assert "Criterion 2 of Silver Sage Medical Policy BH-TMS-7" in summary and "which the decision found unmet, is met" in summary
    assert "Criterion 2 the decision found unmet" not in text  # no section of its own
    # the summary line owns the conclusion: not said a second time under the table (letters set 75)
    assert text.count("which the decision found unmet") == 1
    assert "aripiprazole augmentation 8 weeks, no response" in text  # the row's own answer, in the table
