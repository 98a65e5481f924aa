"""The s72 round: the dates of a trial as each kind of record says them, found on the fix set blind-fresh40
(docs/notes.md, "s72"). Each kind is read in sentences of our own, in other layouts, words and languages, not copies
of any set's records (all examples FICTIONAL: people, clinics, numbers are made up)."""
from __future__ import annotations

from appeal_kit.notes.documents import Document
from appeal_kit.notes.propose import Proposals, propose


def read(text: str) -> Proposals:
    return propose([Document("clinical/note.txt", text.split("\f"), "txt")])


def dates(text: str) -> dict[str, tuple]:
    return {r.name: (r.start, r.end) for r in read(text).history}


HEAD = "Larkspur Family Telehealth (FICTIONAL)\nPatient: Imre Solvang (fictional)\n"


def test_a_visit_opened_by_its_day_and_its_kind_dates_what_it_starts_today() -> None:
    """Visits one a paragraph, each opened by its day and its kind ("03/02/2026 phone visit."), the line before
    ending without a stop: a drug started "today" (or "hoy") begins on that visit's day, and its scores are of
    that day. Main (4d515b09): no start, the visit's line read as the one before's."""
    text = HEAD + ("Problem: F33.1 recurrent depression\n"
                   "03/02/2026 phone visit. Mood low, PHQ-9 17. Started escitalopram 10 mg today.\n"
                   "05/11/2026 phone visit. Escitalopram 10 mg: 'no change at all', and she stopped it on "
                   "05/01/2026. Started bupropion XL 150 mg today.\n")
    assert dates(text) == {"escitalopram": ("2026-03-02", "2026-05-01"), "bupropion": ("2026-05-11", None)}
    assert {(s["name"], s["score"], s["date"]) for s in read(text).scales} == {("PHQ-9", 17, "2026-03-02")}
    assert dates(HEAD + "Diagnóstico: F32.1 episodio depresivo moderado\n"
                        "2026-01-14 consulta telefónica. Ánimo bajo, PHQ-9 18. Se inicia sertralina 50 mg hoy.\n"
                        "2026-03-02 consulta telefónica. Sertralina 100 mg: sin mejoría; la sigue tomando.\n") == {
        "sertraline": ("2026-01-14", None)}
    assert dates(HEAD + "Dx F32.2\n"
                        "06/05/2025 video visit. Sleeping poorly, crying most days and missing shifts at the bakery "
                        "since spring; no thoughts of self-harm; she wants a medicine. Began duloxetine 30 mg today.\n"
                        "09/10/2025 video visit. Duloxetine 60 mg: nausea every day, so she stopped it on "
                        "09/01/2025.\n") == {"duloxetine": ("2025-06-05", "2025-09-01")}


def test_a_log_entry_that_only_judges_a_drug_is_not_its_start() -> None:
    """A staff or prescriber entry opened by its day that judges a drug and neither starts nor stops it ("09/15/2026
    RN Lee: escitalopram 10 mg - mood a little better"): the day it was judged; the start is the one a list or an
    earlier entry gives. Main (4d515b09): the entry's day as the start."""
    assert dates(HEAD + "MEDICATIONS\nEscitalopram 10 mg daily | 02/03/2025 - current | \n\nNOTES\n"
                        "09/15/2026 RN Lee: escitalopram 10 mg - mood a little better, still low.\n") == {
        "escitalopram": ("2025-02-03", None)}
    assert dates(HEAD + "Medication history\nSertraline 100 mg | 06/04/2025 - current | \n\nNotes\n"
                        "2026-08-02 (RN Park): sertraline 100 mg - sleeping better, mood unchanged.\n") == {
        "sertraline": ("2025-06-04", None)}
    # (an initial's stop in the writer's name does not end the entry's words: its "session 1" starts the course)
    assert dates(HEAD + "Program notes\n"
                        "03/02/2026 - Counselor (T. Marsh, LPC): group IPT, session 1 of 12.\n"
                        "05/18/2026 - Counselor (T. Marsh, LPC): IPT session 12, final; mood somewhat better.\n")[
        "interpersonal psychotherapy"][0] == "2026-03-02"
    assert dates(HEAD + "Phone log\n"
                        "02/02/26 Escitalopram 10 mg - started\n"
                        "03/16/26 Escitalopram 10 mg - 'no better at all', keep same dose\n"
                        "04/27/26 Escitalopram 10 mg - still no better, pt wants to keep trying\n") == {
        "escitalopram": ("2026-02-02", None)}


def test_a_handwritten_log_opens_an_entry_at_each_day_and_stops_with_a_bare_order() -> None:
    """A handwritten log whose entries open with their full day, each seldom ending on a stop, its words wrapping
    onto an indented line: each day opens its own entry (the drug "started" on the first is not begun on the next
    one's day), a bare "Stop." ends the drug just judged on that entry's day, and "switch to X today" starts X.
    Main (4d515b09): the next entry's day as the start, no end."""
    assert dates(HEAD + "Dx F33.1\n\n"
                        "02/02/26 Escitalopram 10 mg - started\n"
                        "03/16/26 Escitalopram - no better -> 20 mg\n"
                        "05/04/26 Escitalopram 20 mg - no change.\n"
                        "     Stop. Switch to bupropion 150 mg today.\n"
                        "06/15/26 Bupropion 150 mg - pt not sure\n"
                        "     it is doing anything yet.\n") == {
        "escitalopram": ("2026-02-02", "2026-05-04"), "bupropion": ("2026-05-04", None)}
    assert dates(HEAD + "Registro de llamadas\n\n"
                        "2026-01-12 Sertralina 50 mg - se inicia hoy\n"
                        "2026-02-23 Sertralina - igual -> sube a 100 mg\n"
                        "2026-04-06 Sertralina 100 mg - sigue igual.\n"
                        "     Se suspende. Cambio a venlafaxina 75 mg hoy.\n") == {
        "sertraline": ("2026-01-12", "2026-04-06"), "venlafaxine": ("2026-04-06", None)}


def test_a_stop_told_before_a_course_began_is_not_the_course_s_end() -> None:
    """A program's summary whose medication history, above the course, ends a drug in a sentence of its own
    ("Stopped 06/2024."): that stop is no "last session" line of the course the summary is about, whose span its own
    sentence gives. Main (4d515b09): the course ends before it began."""
    assert dates(HEAD + "Program discharge summary\n\nMedication history:\n"
                        "- Sertraline 100 mg restarted 02/2024; 'no lift at all.' Stopped 06/2024.\n\n"
                        "Course in program: group cognitive behavioral therapy, 18 sessions (09/09/2025 - "
                        "11/04/2025). She made a partial response.\n")["cognitive behavioral therapy"] == (
        "2025-09-09", "2025-11-04")
    assert dates(HEAD + "Day program summary\n\nBefore the program:\n"
                        "- Venlafaxine XR 150 mg from 2023; 'nothing changed.' Stopped 10/2024.\n\n"
                        "Course in program: interpersonal psychotherapy, 12 sessions (02/03/2026 - 04/28/2026); "
                        "remission.\n")["interpersonal psychotherapy"] == ("2026-02-03", "2026-04-28")
    assert dates(HEAD + "Skills program summary\n\nPast medicines:\n"
                        "- Paroxetine 20 mg from 2021; drenching sweats. Ended 05/2022.\n\n"
                        "Course in program: group DBT skills training, 20 sessions (01/10/2026 - 05/30/2026); "
                        "partial benefit.\n")["dialectical behavior therapy"] == ("2026-01-10", "2026-05-30")


def test_a_loss_told_after_a_later_date_does_not_undo_the_start() -> None:
    """"Since 03/2023: 'it helped at first, but since the summer of 2024 I'm as bad as ever'": the loss is told of the
    later date, so the first "since" is when the drug began, not when a loss was seen; the drug still taken stays
    open. Main (4d515b09): the later year as the start (or as both ends)."""
    assert dates(HEAD + "Medication history:\n- Escitalopram 10 mg since 03/2023: 'it helped at first, but since the "
                        "summer of 2024 I'm as bad as ever.' Still takes it.\n") == {"escitalopram": ("2023-03", None)}
    assert dates(HEAD + "Tratamientos previos:\n- Sertralina 100 mg desde 05/2022: 'al principio mejoré, pero desde "
                        "el otoño de 2023 estoy igual de mal'. La sigue tomando.\n") == {"sertraline": ("2022-05", None)}
    assert dates(HEAD + "Current medicines:\n- Mirtazapine 30 mg since 11/2020 - 'good for a year, then since winter "
                        "2022 sliding back.' Continues it.\n") == {"mirtazapine": ("2020-11", None)}


def test_a_treatment_weighed_then_rejected_in_spanish_is_no_trial() -> None:
    """"Se valoró la TEC; la paciente la rechazó.": the clause that opens with the patient and ends at "la / lo
    rechazó" (or gives its reason) refuses the treatment named last, with or without the accent typed. Main
    (4d515b09): a row of it. A drug taken and then refused ("náuseas; la rechazó a las dos semanas") keeps its row."""
    informe = "Hospital de día Los Olmos (FICTICIO)\nInforme de alta.\n"
    assert dates(informe + "Se valoró la terapia electroconvulsiva (TEC) en 2025; la paciente la rechazó.\n") == {}
    assert dates(informe + "Se le ofreció estimulación magnética transcraneal; el paciente lo rechazo por la "
                           "distancia.\n") == {}
    assert dates(informe + "Sertralina 100 mg (2019-2020): sin respuesta. Se valoró la TEC; la paciente la "
                           "rechazó.\n") == {"sertraline": ("2019", "2020")}
    assert dates(informe + "Sertralina 50 mg (2021): náuseas; la rechazó a las dos semanas.\n") == {
        "sertraline": ("2021", "2021")}
