"""Clinical findings left by round s81 and the lead's reading of sets 93, 96 and 97 (round s82 clinical), each tested
on the set's own fictional case folder with off shapes where the sentence must not change."""
from __future__ import annotations

from datetime import date

from test_letter_set14_findings import case_of, draft

from appeal_kit.letter import arguments, derived

TODAY = date(2026, 12, 4)

# 97/02: Original Medicare, neuropsychological testing denied CO-50, the patient writing
TEST_97_02_SUMMARY = ("1. Neuropsychological testing evaluation (96132, 96133) was reasonable and necessary for me: it "
                      "was ordered to answer a clinical question, set out below.")
TEST_97_02_NEED = ("By that measure neuropsychological testing evaluation (96132, 96133) was necessary for me, for the "
                   "question it was ordered to answer. My neurologist ordered the testing after I fell and had new "
                   "trouble finding words, to tell a memory disorder from depression before my treatment was chosen.")
GENERIC = "prescribed by the treating clinician for a documented diagnosis"


def test_a_tests_necessity_is_argued_from_the_question_it_was_ordered_to_answer(tmp_path):
    # 97/02 (MISSING, not mild; UNSUPPORTED, mild): the necessity section said only that the testing "was prescribed
    # by the treating clinician for a documented diagnosis", the diagnosis being the test's result, and the opening
    # summary held only the ABN point, while treatment.summary holds the neurologist's question
    text, facts = draft(tmp_path, case_of("set97", "02"))
    assert TEST_97_02_SUMMARY in text and TEST_97_02_NEED in text
    assert GENERIC not in text
    fact = facts["test_ordered_for"]
    assert (fact.value, fact.sources) == (True, ("treatment.summary",))
    assert any(i == "test_ordered_for" for i, _ in facts.asserted)
    # said once: the clinical picture leaves the summary to the necessity section
    assert text.count("My neurologist ordered the testing") == 1


def test_a_test_outside_medicare_is_said_to_be_ordered_for_its_question(tmp_path):
    # set 82/06 (a separate CHIP's state review, the father writing): "was prescribed by the treating clinician for a
    # documented diagnosis" of psychological testing, now the question the case gives
    text, _ = draft(tmp_path, case_of("set82", "06"))
    assert ("Psychological and neuropsychological testing (about 8 hours) was ordered to answer a clinical question. "
            "Testing to tell a learning disorder from ADHD after two stimulant trials and failing grades.") in text
    assert GENERIC not in text


def test_a_test_without_its_question_keeps_the_generic_sentence_and_is_asked_for(tmp_path):
    # off shape: no treatment.summary, so nothing to argue from: the sentence is as before and the fact is unknown,
    # which check lists with the field that would answer it
    text, facts = draft(tmp_path, case_of("set97", "02", **{"treatment.summary": None}))
    assert ("By that measure the treatment is necessary for me: it was prescribed by the treating clinician for a "
            "documented diagnosis, at a severity recorded with standard measures (MoCA).") in text
    assert facts["test_ordered_for"].value is None and "test_ordered_for" in facts.consulted_unknown
    assert "was ordered to answer" not in text


def test_a_treatment_is_no_test():
    # off shapes: a treatment guided by imaging, an evaluation visit that also treats, a drug
    for name in ("Accelerated MRI-guided intermittent theta burst TMS, 50 sessions over 5 days",
                 "Child and adolescent psychiatric evaluation and medication management (99205, 99214)",
                 "Urgent psychiatric evaluation and crisis psychotherapy while temporarily out of the service area",
                 "Spravato (esketamine) nasal spray"):
        assert not arguments.is_diagnostic_test(name), name
    for name in ("Neuropsychological testing evaluation (96132, 96133)", "psychological testing (neuropsychological "
                 "evaluation)", "Neuropsychological evaluation (96132, 96133, 96136, 96137)",
                 "Pharmacogenomic testing (81225)"):
        assert arguments.is_diagnostic_test(name), name


def test_a_treatments_necessity_sentence_is_unchanged(tmp_path):
    # off shape: 97/02 as a treatment (the same case, the care a drug): the generic sentence, no "ordered"
    text, facts = draft(tmp_path, case_of("set97", "02", **{"treatment.name": "Donepezil 10 mg"}))
    assert ("By that measure the treatment is necessary for me: it was prescribed by the treating clinician for a "
            "documented diagnosis, at a severity recorded with standard measures (MoCA).") in text
    assert facts["test_ordered_for"].value is False
    assert "was ordered to answer" not in text


def test_a_scale_is_named_as_its_authors_spell_it():
    # 97/02 (UNSUPPORTED, mild): "(MOCA)"; a scale written in capitals keeps them
    data = case_of("set97", "02").data
    assert derived.severity_scales(data) == ["MoCA"]
    data["clinical"]["severity"] = "moca 22; McGill pain questionnaire; phq-9 18"
    data["claim"]["diagnosis_codes"] = ["F33.2"]
    assert derived.severity_scales(data) == ["MoCA", "McGill", "PHQ-9"]


COMBINED_93_06 = ("Mr. Ashcombe-Nakamura has failed two adequate medication trials: one antidepressant trial "
                  "(venlafaxine XR) and a combination trial (olanzapine with sertraline).")


def test_a_combination_begun_together_is_one_trial_never_an_augmentation_beside_its_antidepressant(tmp_path):
    # 93/06 (UNSUPPORTED, mild): olanzapine and sertraline begun together on 08/10/2026 (the very trial criterion 2
    # measures) were "an augmentation trial (olanzapine (with sertraline))", and sertraline, still taken, a third
    # trial beside it ("which makes three adequate medication trials")
    case = case_of("set93", "06")
    text, _ = draft(tmp_path, case)
    assert COMBINED_93_06 in text
    assert "which makes three" not in text and "augmentation trial" not in text
    rows = case.data["clinical"]["history"]
    assert arguments.combined_with(rows[4], rows) is rows[3]
    # sertraline is still named as still taken, among the rows not counted
    assert "Apart from Sertraline, still being taken, two of the five treatments listed are not counted" in text


def test_an_agent_added_to_an_antidepressant_already_taken_stays_an_augmentation_trial(tmp_path):
    # off shape: olanzapine added a month after sertraline began: an augmentation trial, and sertraline still taken
    # on a partial response is said beside the count, as before
    case = case_of("set93", "06")
    case.data["clinical"]["history"][4]["start"] = "2026-09-10"
    text, _ = draft(tmp_path, case)
    # (the paragraph leads with the whole count, sertraline in it: letters set 99, case 07)
    assert ("Mr. Ashcombe-Nakamura has had three adequate medication trials (venlafaxine XR, olanzapine (with "
            "sertraline) and sertraline) without an adequate response. Sertraline, still being taken, has brought only "
            "a partial response.") in text
    rows = case.data["clinical"]["history"]
    assert arguments.combined_with(rows[4], rows) is None


def test_a_row_naming_no_other_rows_drug_is_no_combination():
    # off shape: the same start, but the augmentation row names no antidepressant of the history
    rows = [{"drug": "Sertraline", "start": "2026-08-10", "kind": "antidepressant"},
            {"drug": "Aripiprazole", "start": "2026-08-10", "kind": "augmentation"}]
    assert arguments.combined_with(rows[1], rows) is None


def test_a_family_member_writing_says_who_they_are_to_the_patient(tmp_path):
    # 96/07 and 96/08 (VOICE, mild): a daughter and a wife wrote as "appointed representative" and "authorized
    # representative" only; author.role holds the relationship, so the letter says it in the author's voice
    text, facts = draft(tmp_path, case_of("set96", "07"))
    assert ("I write as Mrs. Van Houten-Mbeki's daughter and appointed representative; the signed authorization on "
            "form CMS-1696 (Appointment of Representative) is enclosed as Exhibit C.") in text
    assert facts["author_standing"].says == "The author writes as the patient's daughter and appointed representative"
    text, _ = draft(tmp_path, case_of("set96", "08"))
    assert ("I write as Mr. Maddox-Quintero's wife and authorized representative; the signed authorization is "
            "enclosed as Exhibit E.") in text


def test_a_representative_whose_role_names_no_relationship_is_said_as_before(tmp_path):
    # off shapes: a role that names no family word, and a parent of a minor writes as the
    # parent (82/06's father): both unchanged
    data = case_of("set96", "07", **{"author.role": "Appointed representative (Form CMS-1696)"}).data
    data["appointment_form"] = True
    assert derived.author_standing(data, TODAY)["as"] == "appointed representative"
    text, _ = draft(tmp_path, case_of("set82", "06"))
    assert "I write as Lucas' father; Lucas is a minor." in text
    assert "father and" not in text
