"""The kinds of record the twenty-ninth round (s57) taught `notes` to read (all examples FICTIONAL: people, clinics
and numbers are made up)."""
from __future__ import annotations

import pytest

from appeal_kit.notes.documents import Document
from appeal_kit.notes.propose import outcome_of, propose


def rows(text: str) -> list[tuple[str, str | None, str | None, str]]:
    got = propose([Document("clinical/note.txt", text.split("\f"), "txt")]).history
    return [(r.name, r.start, r.end, r.outcome_class) for r in got]


def test_a_depression_case_proposes_no_pain_medicine_or_procedure() -> None:
    # a clearance note before a pain procedure, a pre-operative reconciliation: the body's medicines given for
    # something else, or only planned, are no trials
    text = ("Pre-implant evaluation (FICTIONAL): stimulator trial for leg pain.\n\n"
            "Duloxetine 60 mg 2022-2023: dizzy, stopped after 5 weeks.\n\n"
            "Pregabalin 150 mg twice daily since 2021 for nerve pain, some help for pain.\n\n"
            "Postoperative plan: nerve block, acetaminophen, low-dose oxycodone if needed.\n\n"
            "Diagnoses: F33.1 recurrent depression, moderate; G89.4 chronic pain syndrome.")
    # (since s74, the lead's decision: the pregabalin tried for the chronic pain the records code, dated and judged,
    # is a row of the kind other; the plan's "if needed" medicines and the block are still none)
    assert sorted(r[0] for r in rows(text)) == ["duloxetine", "pregabalin"]
    # a knee's osteoarthritis coded first beside the depression leaves the case the depression's
    knee = ("Meloxicam 15 mg daily for knee pain, stop 7 days before surgery.\n\n"
            "Sertraline 100 mg 2016-2017, no response.\n\n"
            "Diagnoses: M17.11 osteoarthritis, right knee; F33.1 recurrent depression.")
    assert [r[0] for r in rows(knee)] == ["sertraline"]
    # (a pain clinic's own case keeps its pain trials)
    pain = ("Gabapentin 300 mg three times daily 2024-2025 for nerve pain: no relief.\n\n"
            "Dx: G89.4 chronic pain syndrome; F32.1 depression.")
    assert [r[0] for r in rows(pain)] == ["gabapentin"]


@pytest.mark.parametrize("text", [
    "Bupropion: nephrology advised against it; never started.",
    "Her PCP prescribed bupropion in 2024; the pharmacy needed a prior authorization and she never got it.",
    "Paroxetine and fluoxetine are avoided with tamoxifen; bupropion also not advised.",
    "Bupropion XL 150 mg tablet, 1 daily.\nOrdered 03/04/2026. never filled - too $$$",
])
def test_a_drug_kept_from_the_patient_or_never_filled_is_no_trial(text: str) -> None:
    assert rows(f"Sertraline 50 mg 2020-2021: no response.\n\n{text}") == [("sertraline", "2020", "2021",
                                                                           "no_response")]


def test_the_pronoun_reaches_only_the_drug_named_last() -> None:
    text = "Sertraline 100 mg since 2025 helps some; her PCP also prescribed bupropion, and she never got it."
    assert [r[0] for r in rows(text)] == ["sertraline"]


@pytest.mark.parametrize("words, cls", [
    ("started by his nephrologist for low mood and poor appetite", "unknown"),  # what it was for, no harm
    ("'it worked, I came off it after graduation.'", "remission"),
    ("'it did the trick'; she stopped after a year, well.", "remission"),
    ("a good response for some months and then she lost it while still taking it.", "relapse"),
    ("helped for a while, then I crashed again", "relapse"),
    ("stopped: 'it made the ringing louder.'", "side_effects"),
    ("no better, and her hot flashes got worse; she stopped it.", "side_effects"),
    ("'the crying spells are fewer, but I'm still not me.'", "partial_response"),
    ("Celexa 2021, 3 months - nothing at all", "no_response"),
    ("depression came back in 2024, helps some", "partial_response"),
    ("stopped it, well tolerated", "unknown"),
])
def test_outcome_words_by_kind(words: str, cls: str) -> None:
    assert outcome_of(words)[0] == cls


def test_a_list_line_at_another_dose_after_the_first_trial_ended_is_a_second_trial() -> None:
    text = ("Medicines taken for mood (start / stop / why stopped):\n"
            "Sertraline 50 mg        04/2021 - 10/2021    worked - felt normal, doc stopped it\n"
            "Sertraline 100 mg      02/2024 - now         depression came back in 2024, helps some\n")
    assert rows(text) == [("sertraline", "2021-04", "2021-10", "remission"),
                          ("sertraline", "2024-02", None, "partial_response")]


def test_a_continued_drug_takes_no_date_from_another_clause() -> None:
    text = ("Visit 08/05/2026. Bupropion XL 300 mg since 03/2025 (current).\n\n"
            "Plan: labs in January; continue bupropion XL with his PCP.")
    assert rows(text) == [("bupropion", "2025-03", None, "unknown")]


def test_a_help_with_something_else_not_with_the_depression() -> None:
    assert outcome_of("12 sessions: 'it helped with the layoff, not with the depression.'")[0] == "no_response"


def test_mindfulness_based_stress_reduction_is_a_psychotherapy_course() -> None:
    text = "Mindfulness-based stress reduction course, 8 weeks, 2025: 'my sleep improved; the sadness did not.'"
    got = propose([Document("clinical/note.txt", [text], "txt")]).history
    assert [(r.name, r.kind, r.outcome_class) for r in got] == [
        ("mindfulness-based stress reduction", "psychotherapy", "no_response")]


@pytest.mark.parametrize("text, level", [
    ("2020 - hospital after I took too many pills", "attempt"),
    ("In 05/2025 she thought of overdosing on leftover pills; no intent, no attempt.", "active"),
    ("In the past year, thoughts of harming yourself?      [ ] Yes    [X] No", "none"),
    ("Ideación de muerte pasiva sin planes; niega intentos.", "passive"),
])
def test_suicidality_by_kind(text: str, level: str) -> None:
    assert propose([Document("clinical/note.txt", [text], "txt")]).suicidality["level"] == level


def test_a_file_named_by_its_iso_day_reads_the_text_day_first() -> None:
    from appeal_kit.notes.documents import named_day_first

    assert named_day_first("clinical/informe_2026-11-12.pdf", "Fecha: 12/11/2026")
    assert not named_day_first("clinical/note_2026-11-12.pdf", "Date: 11/12/2026")
    assert not named_day_first("clinical/note.pdf", "Fecha: 12/11/2026")
    doc = Document("clinical/informe_2026-11-12.pdf", ["Fecha: 12/11/2026\nPHQ-9 (12/11/2026): 15."], "pdf")
    assert propose([doc]).scales[0]["date"] == "2026-11-12"


def test_codes_the_index_used_to_miss_and_ocr_s_one_for_a_capital_i() -> None:
    from appeal_kit.notes.documents import ocr_codes

    text = ("Assessment\nB20 HIV disease, virally suppressed.\nU09.9 Post COVID-19 condition, unspecified.\n"
            "F32.1 Major depressive disorder, single episode, moderate.")
    got = propose([Document("clinical/note.txt", [text], "txt")]).diagnoses
    assert [d["code"] for d in got] == ["B20", "U09.9", "F32.1"]
    assert ocr_codes("Problems: E11.9 type 2 diabetes; 110 hypertension; F33.1 depression") == \
        "Problems: E11.9 type 2 diabetes; I10 hypertension; F33.1 depression"
    assert ocr_codes("Diagnoses: depression (F32.A); high blood pressure (110)").endswith("(I10)")
    assert ocr_codes("BP 110/70; pulse (110)") == "BP 110/70; pulse (110)"  # no code on the line


def test_a_screens_question_answered_no_after_a_dash() -> None:
    text = "C-SSRS screen: wish to be dead in the past month - yes; active suicidal thoughts - no; no behavior."
    assert propose([Document("clinical/note.txt", [text], "txt")]).suicidality["level"] == "passive"
    assert propose([Document("clinical/note.txt", ["Active SI - no plan."], "txt")]).suicidality["level"] == "active"


def test_a_bottle_table_under_a_rule_dated_by_its_comment_column() -> None:
    text = ("MEDICATIONS (bottles in the home)\n"
            "Medication          Label says      Last fill     Taking?    Comment\n"
            "--------------------------------------------------------------------\n"
            "Mirtazapine 15 mg   1 at bedtime    09/12/2026    Yes        since 06/2026; eats more, mood 'a little lighter'\n"
            "Sertraline 50 mg    1 daily         02/10/2026    No         11/2025-03/2026, 'made my stomach run', stopped\n")
    assert sorted(rows(text)) == [("mirtazapine", "2026-06", None, "partial_response"),
                                  ("sertraline", "2025-11", "2026-03", "side_effects")]


@pytest.mark.parametrize("text, want", [
    ("Visit 10/14/2026.\nPHQ-9 today (10/14/2026): 16. PHQ-9 at sertraline start (03/2024): 19.",
     [("PHQ-9", 16, "2026-10-14"), ("PHQ-9", 19, "2024-03")]),
    ("Return visit 11/03/2026.\nHAM-D 22 at venlafaxine start (04/2025); HAM-D today (11/03/2026): 6.",
     [("HAM-D", 22, "2025-04"), ("HAM-D", 6, "2026-11-03")]),
    ("Visit 10/14/2026.\nPHQ-9 (03/2024): 19.", [("PHQ-9", 19, "2024-03")]),  # (no score of 3 from the month)
])
def test_a_score_dated_by_a_month_in_brackets_or_a_drugs_start(text: str, want: list) -> None:
    got = propose([Document("clinical/note.txt", [text], "txt")]).scales
    assert [(s["name"], s["score"], s["date"]) for s in got] == want


def test_a_therapy_word_in_a_places_name_and_a_drug_named_as_a_scores_time() -> None:
    text = "Started a DBT skills group (dialectical behavior therapy) at Harbor Counseling (fictional) on 11/04/2026."
    assert rows(text) == [("dialectical behavior therapy", "2026-11-04", None, "unknown")]
    text = ("Venlafaxine XR 75 mg daily since 04/2025.\n\n"
            "HAM-D 22 at venlafaxine start (04/2025); HAM-D today (11/03/2026): 6.")
    assert rows(text) == [("venlafaxine", "2025-04", None, "unknown")]


def test_a_reconciliations_status_column_dates_the_drug() -> None:
    text = ("Medication reconciliation\n\n"
            "Medication      Dose                       Indication          Status\n"
            "Phenelzine      15 mg three times daily    depression          since 01/2023; continue through surgery\n"
            "Zolpidem        5 mg                       sleep, as needed    hold night before surgery\n")
    assert [(r[0], r[1], r[2]) for r in rows(text)] == [("phenelzine", "2023-01", None)]
