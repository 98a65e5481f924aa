"""The thirty-third round (s61): what a clinician judges from the record as a whole, one kind of miss a test: a dated
log written by month and day, each entry about the drug then taken; the words that tell how a trial went (a harm that
went away is no remission, a person back to normal, nothing shifted, spirits the same, most of the way back), and a
curly quote that closes the words (all examples FICTIONAL and written for these tests: people and numbers are made
up)."""
from __future__ import annotations

from datetime import date

import pytest

from appeal_kit.notes.documents import Document, Unit, log_day, units
from appeal_kit.notes.propose import outcome_of, propose


def read(*pages_by_file: str):
    return propose([Document(f"clinical/log{k}.txt", [text], "txt") for k, text in enumerate(pages_by_file, 1)])


# --- a dated log written by month and day, each entry about the drug then taken --------------------------------------

LOG_1 = ("Mum's pill diary - FICTIONAL\n"
         "3/2/25 clinic. started sertraline 50 mg\n"
         "3/30 she says 'nothing is different'\n"
         "4/15 up to 100 mg\n"
         "5/20 still no change at all.\n"
         "   Dr. K stopped sertraline.\n"
         "5/21 started venlafaxine 75 mg\n")
LOG_2 = ("Pill diary, page 2 - FICTIONAL\n"
         "6/9 sweating at night, could not sleep\n"
         "6/12 Dr. K stopped venlafaxine (sweats)\n"
         "6/20 mirtazapine 15 mg at night\n"
         "8/1 she says she is 'most of the way back'\n")


def test_a_logs_month_and_day_take_the_logs_year_and_its_next_page_goes_on_from_it() -> None:
    first = units(Document("clinical/log1.txt", [LOG_1], "txt"))
    assert [u.note_date for u in first if u.text.startswith("5/20")] == [date(2025, 5, 20)]
    second = units(Document("clinical/log2.txt", [LOG_2], "txt"), carried=date(2025, 5, 21))
    assert [u.note_date for u in second if u.text.startswith("6/9")] == [date(2025, 6, 9)]


def test_a_log_runs_forward_past_new_year() -> None:
    assert log_day("1/4 started bupropion", date(2025, 12, 28)) == date(2026, 1, 4)
    assert log_day("7/10 pain today", date(2025, 6, 1)) is None  # (a score out of ten, never an entry)


def test_each_log_entry_that_names_no_drug_is_about_the_one_then_taken() -> None:
    rows = {(r.name, r.start, r.end, r.outcome_class) for r in read(LOG_1, LOG_2).history}
    assert ("sertraline", "2025-03-02", "2025-05-20", "no_response") in rows
    assert ("venlafaxine", "2025-05-21", "2025-06-12", "side_effects") in rows
    assert ("mirtazapine", "2025-06-20", None, "partial_response") in rows


# --- the words that tell how a trial went ---------------------------------------------------------------------------

@pytest.mark.parametrize("words, cls", [
    ("Rash on the arms in May, resolved; most likely from the lamotrigine.", "unknown"),  # the harm went, not the mood
    ('"it worked great, I was back to normal," stopped after a year', "remission"),
    ("tomó imipramina; se recuperó del todo", "remission"),
    ('"we talked a lot and nothing much shifted."', "no_response"),
    ('"it eases the back pain, but my spirits are the same."', "no_response"),
    ('he says he is "part of the way back."', "partial_response"),
    ('Celexa now: "doesn\'t do much” - 8 wks on it.', "no_response"),  # (a curly quote closes the words)
])
def test_the_words_that_judge_a_trial(words: str, cls: str) -> None:
    assert outcome_of(words)[0] == cls


def test_a_harm_that_cleared_is_no_remission() -> None:
    assert outcome_of("the blurred vision cleared within days")[0] != "remission"


# --- a trial's dates: a start said before the name, a stop's date after "stopped it", a switch's day -----------------

def history(text: str):
    return {(r.name, r.start, r.end, r.outcome_class) for r in
            propose([Document("clinical/note.txt", [text], "txt")]).history}


def test_a_start_said_before_the_name_and_a_stop_after_it() -> None:
    got = history("Visit 03/01/2026 - FICTIONAL\n"
                  "In 04/2021 Dr. Ames started paroxetine 20 mg; she stopped it in 01/2022 because of low libido.\n")
    assert ("paroxetine", "2021-04", "2022-01", "side_effects") in got


def test_a_harm_that_led_the_patient_to_stop_and_a_title_in_the_clause() -> None:
    got = history("Visit 03/01/2026 - FICTIONAL\n"
                  "In 2019 Dr. Lowe started duloxetine 60 mg; mood lifted, but erectile problems led him to stop it "
                  "in 06/2020.\n")
    assert ("duloxetine", "2019", "2020-06", "side_effects") in got


def test_a_switch_told_after_the_stopped_drug_ends_it_on_the_new_ones_day() -> None:
    got = history("Notes - FICTIONAL\n"
                  "05/02/2026  Intake. On sertraline 100 mg since 2024.\n"
                  "06/10/2026  Call. The sertraline gives her headaches; her doctor stopped it and started "
                  "fluoxetine 20 mg on 06/08/2026.\n")
    assert any(name == "sertraline" and end == "2026-06-08" for name, _, end, _ in got)
    assert any(name == "fluoxetine" and start == "2026-06-08" for name, start, _, _ in got)


# --- a mention that is no trial: another person's pills, an option raised, a prescription not collected, a sleep aid -

def names(text: str) -> set[str]:
    return {r.name for r in propose([Document("clinical/note.txt", [text], "txt")]).history}


def test_another_persons_bottle_is_no_trial_but_a_doctors_prescription_is() -> None:
    text = ("Home visit 04/02/2026 - FICTIONAL\n"
            "Medications: sertraline 100 mg daily since 01/2026 (Dr. Lee's prescription), no better yet.\n"
            "Also clonazepam 0.5 mg - Marta's old bottle! took two last week.\n"
            "Dx F32.1\n")
    got = names(text)
    assert "sertraline" in got and "clonazepam" not in got


def test_a_neighbours_medicine_is_no_trial() -> None:
    assert "escitalopram" not in names("Nota 04/02/2026 - FICTICIA\nF33.1. La hija pregunta por la pastilla que toma "
                                       "la vecina de habitación (escitalopram).\n")


@pytest.mark.parametrize("sentence", [
    "Dr. Ruiz raised adding aripiprazole for energy last spring; he declined.",
    "Her psychiatrist sent a prescription for vilazodone to the pharmacy, but she has not picked it up.",
    "Her doctor named lamotrigine or lithium for the mood swings; she wants to wait, and neither was started.",
])
def test_an_option_raised_or_a_prescription_not_collected_is_no_trial(sentence: str) -> None:
    got = names(f"Visit 05/05/2026 - FICTIONAL\nDx F33.1. On sertraline 100 mg since 2025.\n{sentence}\n")
    assert got == {"sertraline"}


def test_a_sleep_aid_in_the_medication_table_is_a_sleep_aid_in_the_prose_too() -> None:
    text = ("Follow-up 05/05/2026 - FICTIONAL\nDx F33.1.\n"
            "| Medication | Dose | Since | For |\n"
            "| Sertraline | 150 mg daily | 2025 | depression |\n"
            "| Trazodone | 50 mg at bedtime | 2024 | sleep |\n"
            "Sleep fair with trazodone. Mood a little better on sertraline.\n")
    assert "trazodone" not in names(text)


@pytest.mark.parametrize("words, cls", [
    ('Sleep is better; "it didn\'t hold my mood up at all"', "no_response"),
    ('IPT, 12 sessions: "it helped me make sense of the depression, not change it."', "no_response"),
    ('she calls the sertraline "a floor under me, but I\'m not myself."', "partial_response"),
    ("la terapeuta la ve algo más activa, aunque sigue llorando por las noches", "partial_response"),
])
def test_more_words_that_judge_a_trial(words: str, cls: str) -> None:
    assert outcome_of(words)[0] == cls


def test_a_spanish_rescue_dose_is_taken_as_needed_and_reminiscence_therapy_is_a_therapy() -> None:
    got = names("Nota 04/02/2026 - FICTICIA\nF33.1. Sertralina 50 mg desde 2025, sin mejoría.\n"
                "Clonazepam 0,5 mg de rescate (una toma en marzo).\n"
                "Terapia de reminiscencia en grupo, 8 sesiones (enero-marzo de 2026): algo más animada.\n")
    assert "clonazepam" not in got and "reminiscence therapy" in got


# --- the last word on a trial: a harm borne is no side-effect outcome; a dose's steps are no end ---------------------

@pytest.mark.parametrize("words", [
    'Sweating at night and some dry mouth; she says both are "annoying but livable."',
    "Night sweating persists and is tolerated.",
    "Assessment: early improvement. Side effects tolerated.",
])
def test_a_harm_borne_decides_no_outcome(words: str) -> None:
    assert outcome_of(words)[0] != "side_effects"


def test_a_harm_that_stopped_the_drug_still_does() -> None:
    assert outcome_of("Sweating was annoying but livable at first; she stopped it in May for the sweats.")[0] == \
        "side_effects"


def test_a_trial_on_its_dose_steps_goes_on_and_its_last_word_decides() -> None:
    text = ("Follow-up 08/05/2026 - FICTIONAL\nDx F33.2.\n"
            "Duloxetine 30 mg started 06/04/2026, 60 mg from 06/18/2026, 90 mg from 07/08/2026. Sweating at night; "
            'she says it is "annoying but livable."\n'
            "\f"
            "Follow-up 10/07/2026 - FICTIONAL\nAssessment: F33.1, improving; partial response to duloxetine.\n")
    got = history(text)
    assert ("duloxetine", "2026-06-04", None, "partial_response") in got


def test_what_a_drug_is_for_is_read_to_its_end_and_the_drug_augmented_takes_no_date() -> None:
    text = ("Visit 04/08/2026 - FICTIONAL\nDx F33.1.\n"
            'Since 03/2024 her doctor has had her on duloxetine 60 mg daily "for both the back pain and her '
            'depression." Her mood is "no better at all."\n'
            "Visit 08/12/2026 - FICTIONAL\nDr. Vance added quetiapine 50 mg at bedtime on 05/19/2026 to augment the "
            "duloxetine; it was stopped on 06/26/2026 after two falls.\n")
    got = history(text)
    assert any(name == "duloxetine" and start == "2024-03" and end is None for name, start, end, _ in got)


def test_the_same_day_is_the_day_the_sentence_before_gave() -> None:
    got = history("VISIT 2 - 07/06/2026 - FICTIONAL\nDx F32.1.\nOff sertraline since 05/20/2026; her NP stopped it "
                  "because of the nausea. Vortioxetine 10 mg started the same day.\n")
    assert any(name == "vortioxetine" and start == "2026-05-20" for name, start, _, _ in got)


def test_a_span_that_opens_the_item_dates_the_trial() -> None:
    got = history("Nota 11/12/2026 - FICTICIA\nF33.1.\nTratamientos previos:\n"
                  "2001-2003: nortriptilina tras la jubilación; se recuperó por completo y se la retiró en 2003.\n")
    assert ("nortriptyline", "2001", "2003", "remission") in got


# --- suicidality: a screen's item answered "not at all" or "(no)", a letter's "you deny", a passive wish -------------

@pytest.mark.parametrize("sentence, level", [
    ('PHQ-9 today 11; item 9 (thoughts of being better off dead or of self-harm) marked "not at all."', "none"),
    ("Asked directly, you deny thoughts of suicide, now or ever.", "none"),
    ('5/2 Mum said she "wouldn\'t mind not waking up"', "passive"),
    ("C-SSRS screen: wish to be dead (yes); active thoughts, method, intent and plan (no).", "passive"),
    ("No active suicidal thoughts.", "none"),  # (the trigger "no active" ends inside the words it negates)
    ("The wish to be dead comes less often; no active suicidal thoughts.", "passive"),
])
def test_what_a_sentence_says_of_suicidality(sentence: str, level: str) -> None:
    from appeal_kit.notes.documents import Unit
    from appeal_kit.notes.propose import suicidality_of

    assert suicidality_of(Unit("clinical/note.txt", 1, sentence)) == level


# --- a score with its date: the words of where it was taken, a Spanish record's day first, prose after a table -------

@pytest.mark.parametrize("sentence, score", [
    ("PHQ-9 copied from Dr. Okafor's letter of 07/30/2026: 16.", 16),
    ("GAD-7 tomado por enfermería el 03/02/2026: 9.", 9),
])
def test_a_score_after_the_words_and_day_it_was_taken(sentence: str, score: int) -> None:
    from appeal_kit.notes.scales import find_scales

    assert [h.score for h in find_scales(sentence)] == [score]


def test_a_spanish_record_writes_the_day_first() -> None:
    from appeal_kit.notes.documents import spanish_day_first

    text = ("Nota de evolución - 12/11/2026 (FICTICIA)\nResidente de la residencia, 80 años. Antecedentes: "
            "trastorno depresivo (F33.1) desde 2019, con tratamiento por la médica de la residencia y la psicóloga "
            "del centro. El ánimo sigue bajo por las tardes y la hija refiere que llora. Juicio clínico: depresión "
            "mayor recurrente, episodio moderado, sin respuesta del ánimo. Plan: control de sodio y de la tensión; "
            "seguir con la terapia en grupo de la residencia para la tristeza y el ánimo.\n")
    assert spanish_day_first(text)
    assert not spanish_day_first("Progress note 12/11/2026 - FICTIONAL\nThe patient and her daughter were seen.\n")


def test_a_sentence_after_a_blank_line_below_a_table_is_prose() -> None:
    text = ("Visit 10/14/2026 - FICTIONAL\nDx F33.1.\n"
            "Medication          Dose                For\n"
            "Sertraline          100 mg daily        depression\n"
            "Levothyroxine       88 mcg daily        thyroid\n"
            "\n"
            "OSDI 31. Ocular pain NRS 3/10.\n")
    got = propose([Document("clinical/note.txt", [text], "txt")]).scales
    assert ("pain NRS", 3, "2026-10-14") in {(s["name"], s["score"], s["date"]) for s in got}


# --- codes: a numbered assessment's item that ends with its code, a code whose own words name a partner -------------

def test_a_numbered_items_code_and_a_partner_in_the_codes_own_words() -> None:
    from appeal_kit.notes.propose import diagnoses_of

    got = diagnoses_of(Unit("clinical/n.txt", 1, "3. Callus, left heel, L84."), set())
    assert [d["code"] for d in got] == ["L84"]
    assert diagnoses_of(Unit("clinical/n.txt", 1, "Seen in room L84 today."), set()) == []
    got = diagnoses_of(Unit("clinical/n.txt", 1, "Relationship distress with partner (Z63.0), resolved."), set())
    assert [d["code"] for d in got] == ["Z63.0"]
    assert diagnoses_of(Unit("clinical/n.txt", 1, "Her partner has hypertension (I10)."), set()) == []


def test_the_clause_after_a_sentences_last_treatment_tells_how_it_went() -> None:
    got = history("Summary 10/30/2026 - FICTIONAL\nDx F33.1.\nIn 2020 he did ten sessions of IPT through the "
                  'university counseling service; "it was pleasant and nothing really shifted."\n')
    assert ("interpersonal psychotherapy", "2020", "2020", "no_response") in got
