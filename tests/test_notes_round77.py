"""The s77 round: record shapes that hid blind-fresh43's rows and dates (docs/notes.md, "s77"), each read in
layouts, words and languages of our own, not copies of any set's records (all examples FICTIONAL: people, clinics and
numbers are made up)."""
from __future__ import annotations

from appeal_kit.notes.documents import Document
from appeal_kit.notes.propose import Proposals, outcome_of, propose


def read(text: str, method: str = "txt") -> Proposals:
    return propose([Document("clinical/note.txt", text.split("\f"), method)])


def rows(text: str, method: str = "txt") -> list[tuple]:
    return sorted((r.name, r.start, r.end, r.outcome_class) for r in read(text, method).history)


def spans(text: str) -> list[tuple]:
    return sorted((r.name, r.start, r.end) for r in read(text).history)


def test_a_log_entrys_later_sentence_stops_or_starts_on_the_entrys_day() -> None:
    """A log whose lines open with their full day: a sentence after the entry's first that stops or starts a drug with
    no day of its own did so on the entry's day. Main (28359453): no date, or a later entry's day as the start."""
    assert spans("Dx: F33.1 major depressive disorder, recurrent\n"
                 "02/03/2025 Phone: PHQ-9 17. Escitalopram 10 mg started.\n"
                 "03/10/2025 Phone: no better, PHQ-9 18.\n"
                 "04/14/2025 Phone: sleeping poorly. Escitalopram discontinued; bupropion XL 150 mg begun.\n"
                 "06/16/2025 Phone: bupropion XL 300 mg, some better.\n") == [
        ("bupropion", "2025-04-14", None), ("escitalopram", "2025-02-03", "2025-04-14")]
    assert spans("Diagnóstico: F32.1 episodio depresivo moderado\n"
                 "2025-01-15 Llamada: PHQ-9 16. Sertralina 50 mg iniciada.\n"
                 "2025-02-19 Llamada: refiere náuseas. Sertralina suspendida; mirtazapina 15 mg iniciada.\n"
                 "2025-03-26 Llamada: duerme mejor.\n") == [
        ("mirtazapine", "2025-02-19", None), ("sertraline", "2025-01-15", "2025-02-19")]
    # (a guard: an order the log later says was never picked up is still no trial, s65, though its entry dates it)
    assert read("Dx: F33.1 major depressive disorder, recurrent\n"
                "01/05/2026 Call: sleeping badly. Mirtazapine 7.5 mg at night started.\n"
                "02/02/2026 Call: she did not pick up the mirtazapine.\n"
                "03/02/2026 Call: PHQ-9 9.\n").history == []
    # (the stop told before the name, on an index card: "Stop X.", "Off X.")
    assert spans("Dx: 296.32 major depression, recurrent\n"
                 "02/10/1998  Low, not sleeping. Start imipramine 50 mg at night.\n"
                 "04/22/1998  Dry mouth, constipated. Stop imipramine.\n"
                 "04/22/1998  Begin paroxetine 20 mg.\n"
                 "09/30/1998  Off paroxetine. Well.\n") == [
        ("imipramine", "1998-02-10", "1998-04-22"), ("paroxetine", "1998-04-22", "1998-09-30")]


def test_a_drugs_first_log_entry_that_only_names_it_is_its_start() -> None:
    """The same log: a drug no mention gives a start began at the first entry that names it, when that entry only
    names it (a card's "Fluoxetine 20 mg each morning."). Main (28359453): no start."""
    assert spans("Dx: F32.1 depression\n"
                 "03/05/2019  Seen with her sister. Tearful since the move. Fluoxetine 20 mg each morning.\n"
                 "05/07/2019  Fluoxetine: \"a bit brighter\".\n"
                 "07/09/2019  Fluoxetine 40 mg now.\n") == [("fluoxetine", "2019-03-05", None)]
    assert spans("Diagnóstico: F32.1 episodio depresivo moderado\n"
                 "2023-10-02  Insomnio y tristeza. Venlafaxina 75 mg por la mañana.\n"
                 "2023-11-06  Sin cambios.\n"
                 "2023-12-04  Venlafaxina: \"igual de mal\". PHQ-9 19.\n") == [("venlafaxine", "2023-10-02", None)]
    assert spans("Dx: 296.32 major depression, recurrent\n"
                 "11/14/1989  Husband ill. Early waking. Imipramine 25 mg at night.\n"
                 "01/09/1990  Imipramine stopped because of the dry mouth.\n"
                 "03/06/1990  Well.\n") == [("imipramine", "1989-11-14", "1990-01-09")]


def test_a_doses_rise_over_weeks_is_no_trials_length() -> None:
    """"To go up to 30 mg over 3 weeks": how long the dose took to rise, not when the drug ended. Main (28359453): an
    end that many weeks after the start."""
    assert spans("Dx: F32.1 depression\n\nStarted paroxetine 10 mg on 03/04/2025, titrated to 40 mg over 6 weeks.\n") \
        == [("paroxetine", "2025-03-04", None)]
    assert spans("Dx: F32.1 depression\n\nMirtazapine 7.5 mg started 02/2021, going up to 30 mg over 3 weeks.\n") \
        == [("mirtazapine", "2021-02", None)]
    assert spans("Dx: F32.1 depression\n\n"
                 "09/08/2025 call: started venlafaxine XR 37.5 mg, up to 75 mg after 2 weeks.\n") \
        == [("venlafaxine", "2025-09-08", None)]
    # (a guard: a length said as one still ends it)
    assert spans("Dx: F32.1 depression\n\nSertraline 50 mg from 01/2020 for 12 weeks, no change.\n") == [
        ("sertraline", "2020-01", "2020-03")]


def test_a_pain_trials_other_entries_date_it() -> None:
    """A medicine tried for the pain the records treat (s74) is a row when one mention judges and dates it; the same
    file's other mentions of it give it the rest of its dates (the entry that tells since when it was taken). Main
    (28359453): those mentions dropped, and with them the start."""
    assert spans("Dx: M54.50 low back pain; F32.1 depression\n"
                 "09/02/2025 RN: gabapentin 300 mg three times daily since 08/01/2025 for the back pain.\n"
                 "09/30/2025 RN: gabapentin \"no help for the pain, just sleepy\". Gabapentin stopped today.\n"
                 "10/28/2025 RN: PHQ-9 14.\n") == [("gabapentin", "2025-08-01", "2025-09-30")]
    assert spans("Problems: M54.16 lumbar radiculopathy; F32.1 depression\n"
                 "11/03/2025 - NP call - Pregabalin 75 mg at night since 10/06/2025 for the leg pain.\n"
                 "12/01/2025 - NP call - pregabalin: foggy, leg pain no better. Pregabalin discontinued today.\n"
                 "01/05/2026 - NP call - PHQ-9 13.\n") == [("pregabalin", "2025-10-06", "2025-12-01")]
    assert spans("Diagnósticos: M79.7 fibromialgia; F32.1 episodio depresivo moderado\n"
                 "2024-05-06 Control: pregabalina 150 mg desde 2024-03-01 para el dolor.\n"
                 "2024-06-03 Control: mareos y el dolor igual. Pregabalina suspendida.\n"
                 "2024-07-01 Control: PHQ-9 12.\n") == [("pregabalin", "2024-03-01", "2024-06-03")]


def test_a_psychotherapy_named_by_its_model() -> None:
    """A psychotherapy named by its model, in English or Spanish: schema therapy, metacognitive therapy,
    mentalization-based treatment, problem-solving therapy in Spanish. Main (28359453): no row."""
    assert rows("Dx: F33.1 depression\n\nSchema-focused therapy, 24 weekly sessions (02/2023 - 08/2023): partial "
                "benefit.\n") == [("schema therapy", "2023-02", "2023-08", "partial_response")]
    assert rows("Dx: F33.1 depression\n\nMetacognitive therapy 2022-2023 - no change in her mood.\n") == [
        ("metacognitive therapy", "2022", "2023", "no_response")]
    assert [r.name for r in read("Diagnóstico: F33.1 trastorno depresivo recurrente\n\n"
                                 "Terapia de solución de problemas, 8 sesiones en 2025: sin mejoría.\n").history] == [
        "problem-solving therapy"]
    assert [r.name for r in read("Dx: F33.1 depression\n\nMentalization-based treatment 2019 to 2020, then "
                                 "in remission.\n").history] == ["mentalization-based treatment"]


def test_a_history_gone_over_with_a_relative_is_the_patients() -> None:
    """A heading that says who the history was gone over with ("reviewed with patient and his wife") names the
    teller, not whose medicines follow. Main (28359453): the medicines read as the relative's, no row."""
    assert spans("Assessment: F33.1 recurrent major depression\n"
                 "Antidepressants tried (reviewed with patient and her husband):\n"
                 "Citalopram 20 mg, 03/2021 to 09/2021: no change in mood.\n") == [
        ("citalopram", "2021-03", "2021-09")]
    assert spans("Dx: F33.1 recurrent major depression\n"
                 "Past trials (history obtained from her daughter): sertraline 100 mg 2019-2020, no help.\n") == [
        ("sertraline", "2019", "2020")]
    assert spans("Diagnóstico: F33.1 depresión recurrente\n"
                 "Tratamientos previos, revisados con la paciente y su esposo: paroxetina 20 mg (2018-2019), sin "
                 "mejoría.\n") == [("paroxetine", "2018", "2019")]
    # (a guard: the relative's own medicine is still theirs)
    assert read("Dx: F33.1 recurrent major depression\nHis wife takes sertraline 100 mg.\n").history == []


def test_a_dose_held_for_now_is_no_outcome() -> None:
    """A dose held for a night, a day or a procedure, with why: a pause, not how the trial went. Main (28359453): the
    reason read as the drug's harm."""
    assert outcome_of("Quetiapine 25 mg held tonight per the night team (drowsy with the new morphine).")[0] == \
        "unknown"
    assert outcome_of("Hold lithium this morning: sedation after the anaesthetic.")[0] == "unknown"
    assert outcome_of("Se omite la dosis de esta noche de mirtazapina por somnolencia con la morfina.")[0] == \
        "unknown"
    # (a guard: a harm that stopped it is still its harm)
    assert outcome_of("Quetiapine 50 mg - sedation, stopped.")[0] == "side_effects"


def test_a_bedtime_trazodone_stopped_for_its_harm_over_a_span_is_a_trial() -> None:
    """A low bedtime dose of trazodone is a sleep aid (s74) unless it is a trial: its own span, from its start to the
    stop its harm made, is one; and "oversedated" is a harm. Main (28359453): no row, "oversedated" nothing."""
    assert outcome_of("Mirtazapine 15 mg: oversedated in the mornings, so it was discontinued.")[0] == "side_effects"
    assert spans("Dx: F33.1 recurrent major depression\n\n"
                 "Trazodone 50 mg at bedtime, 03/2025 to 06/2025: over-sedated and confused at night; "
                 "discontinued.\n") == [("trazodone", "2025-03", "2025-06")]
    assert spans("Dx: F33.1 recurrent major depression\n\n| Medication | Start | Stop | Outcome |\n"
                 "| Trazodone 50 mg at bedtime | 09/2023 | 12/2023 | dizzy and fell twice; stopped |\n"
                 "| Sertraline 100 mg | 01/2024 | | partial response |\n") == [
        ("sertraline", "2024-01", None), ("trazodone", "2023-09", "2023-12")]
    # (a guard: given for sleep, or undated, it stays a sleep aid)
    assert read("Dx: F33.1 depression\n\nTrazodone 50 mg at bedtime for sleep, 2024-2025: groggy, stopped.\n"
                ).history == []
    assert read("Dx: F33.1 depression\n\nTrazodone 50 mg qhs - sleeping ok.\n").history == []
