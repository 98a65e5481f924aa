"""The s73 round: kinds of record shape found on the fix set blind-fresh41 (docs/notes.md, "s73"), each read in
layouts, words and languages of our own, not copies of any set's records (all examples FICTIONAL: people, pharmacies,
clinics and numbers are made up)."""
from __future__ import annotations

from appeal_kit.notes.documents import Document
from appeal_kit.notes.propose import Proposals, propose


def read(text: str) -> Proposals:
    return propose([Document("clinical/note.txt", text.split("\f"), "txt")])


def rows(text: str) -> list[tuple]:
    return sorted((r.name, r.start, r.end, r.outcome_class) for r in read(text).history)


def scales(text: str) -> set[tuple]:
    return {(s["name"], s["score"], s["date"]) for s in read(text).scales}


def test_a_printout_of_each_drugs_first_and_last_fill_is_one_trial_each() -> None:
    """A pharmacy printout giving each drug's first and last fill, months apart, and a pharmacist's dated notes under
    it: one trial a drug from its first fill, ended by the stop a note dates (not by the last fill's supply), judged
    by the notes. Main (7dcb8239): each drug split in two at the gap between its fills, and the noted stop lost to the
    last fill's supply."""
    text = ("RIVERSTONE PHARMACY (FICTIONAL) - DISPENSING HISTORY\nPrinted 08/03/2026\n"
            "FILL DATE   DRUG / STRENGTH              QTY  DAYS  PRESCRIBER\n"
            "02/10/2025  ESCITALOPRAM 10 MG TAB       30   30    J. Ruiz MD\n"
            "06/20/2025  ESCITALOPRAM 10 MG TAB       30   30    J. Ruiz MD\n"
            "07/15/2025  VENLAFAXINE ER 150 MG CAP    30   30    J. Ruiz MD\n"
            "01/12/2026  VENLAFAXINE ER 150 MG CAP    30   30    J. Ruiz MD\n"
            "RPH NOTES:\n"
            "07/15/2025  Escitalopram 10 mg: pt says no change at all; switched to venlafaxine.\n"
            "01/30/2026  Venlafaxine ER 150 mg discontinued - blood pressure up to 168/100.\n")
    assert rows(text) == [("escitalopram", "2025-02-10", "2025-07-20", "no_response"),
                          ("venlafaxine", "2025-07-15", "2026-01-30", "side_effects")]
    # (a table with bars and days written year first, a note with the prescriber who stopped it)
    text = ("Date filled | Drug | Qty | Days supply\n"
            "2025-03-04 | Sertraline 50 mg tab | 30 | 30\n"
            "2025-09-01 | Sertraline 100 mg tab | 30 | 30\n\n"
            "Pharmacist notes\n"
            "2025-09-28: Sertraline 100 mg discontinued by Dr. Amari - nausea and diarrhea every day.\n")
    assert rows(text) == [("sertraline", "2025-03-04", "2025-09-28", "side_effects")]
    # (a drug still taken: its two fills one span, open as the note after its last fill says)
    text = ("DATE FILLED  MEDICATION                   QTY  DAY SUPPLY\n"
            "04/02/2026   MIRTAZAPINE 15 MG TAB        30   30\n"
            "09/14/2026   MIRTAZAPINE 30 MG TAB        30   30\n"
            "Pharmacist comments:\n"
            "09/20/2026  Mirtazapine 30 mg: pt says she sleeps better, mood about half better. Continues.\n")
    assert rows(text) == [("mirtazapine", "2026-04-02", None, "partial_response")]


def test_another_items_span_is_not_the_drug_told_before() -> None:
    """A list's item that names a treatment the table does not know, with its own span before its colon ("Dry needling
    series, 02/2025 - 04/2025: ..."), is another item's telling: its words do not judge the drug on the line before.
    Main (7dcb8239): its lost gain read as that drug's relapse (the last, a guard, reads right there too)."""
    assert rows("Trials so far:\nSertraline 100 mg since 01/2024: about half better, sleeping again.\n"
                "Dry needling series, 02/2025 - 04/2025: the pain eased for two weeks, then it came back.\n"
                ) == [("sertraline", "2024-01", None, "partial_response")]
    assert rows("Tratamientos previos:\nEscitalopram 15 mg desde 03/2023: mejoría parcial del ánimo, sin remisión.\n"
                "Acupuntura semanal, 05/2024 - 07/2024: alivio al principio; después volvió el dolor.\n"
                ) == [("escitalopram", "2023-03", None, "partial_response")]
    assert rows("Medication history\nBupropion XL 300 mg, 2021 - 2022: a good deal better, though not well.\n"
                "Warm-water pool program (8 weeks), 01/2023 - 03/2023: she felt well for a month, then the pain came "
                "back.\n") == [("bupropion", "2021", "2022", "partial_response")]
    # (another round of the same treatment, unnamed, is still its own: "Booster series, 04/2026 - 05/2026: ...")
    assert rows("Dx F33.2\nTreatment history:\nIV ketamine, 6 infusions, 01/2026 - 02/2026: she felt like herself "
                "again.\nBooster series, 04/2026 - 05/2026: helped for a week, then the depression was back.\n") == [
        ("ketamine", "2026-01", "2026-02", "relapse")]


def test_a_second_score_after_a_semicolon_with_its_own_day() -> None:
    """A scale's later score after a semicolon, bare but for its own day ("HAM-D 29 on admission 12/05/1983; 6 on
    01/20/1984"), in capitals too, as old charts are typed. Main (7dcb8239): only the first score."""
    assert scales("DX F33.1\nHAMILTON DEPRESSION SCALE 31 AT INTAKE 04/11/1991; 9 ON 07/02/1991.\n") == {
        ("HAM-D", 31, "1991-04-11"), ("HAM-D", 9, "1991-07-02")}
    assert scales("Dx F33.2\nMADRS 34 at the first visit 03/02/2026; 12 on 05/20/2026.\n") == {
        ("MADRS", 34, "2026-03-02"), ("MADRS", 12, "2026-05-20")}
    assert scales("Diagnóstico F32.2\nHAM-D 22 el 14/02/2025; 9 el 18/06/2025.\n") == {
        ("HAM-D", 22, "2025-02-14"), ("HAM-D", 9, "2025-06-18")}


def test_a_drug_also_given_for_another_condition_is_still_a_trial() -> None:
    """A drug the list gives "also" for another condition the records code ("(also chosen for hot flashes)") was
    given for the mood first: a trial, judged by its words. Main (7dcb8239): no row, as a drug for that condition."""
    assert rows("Dx: G43.709 chronic migraine; F33.1 major depressive disorder.\nTrials:\n"
                "- Nortriptyline 50 mg, 2023 to 2024 (also picked for the headaches): the headaches eased a great deal "
                "over the winter, but her mood was no different.\n") == [("nortriptyline", "2023", "2024",
                                                                         "no_response")]
    assert rows("Dx: M54.50 low back pain; F32.1 depression, moderate.\nPrior medicines:\n"
                "- Duloxetine 60 mg (also for pain) 03/2025 to 10/2025: the back was better by summer; the low mood "
                "stayed the same.\n") == [("duloxetine", "2025-03", "2025-10", "no_response")]
    assert rows("Diagnósticos: M54.50 lumbalgia; F33.1 trastorno depresivo recurrente.\n"
                "- Duloxetina 60 mg (también para el dolor), 03/2025 - 10/2025: la espalda mejoró; el ánimo sigue "
                "igual.\n") == [("duloxetine", "2025-03", "2025-10", "no_response")]


def test_a_bare_stop_closing_a_quotation_is_read_with_the_harm_before_it() -> None:
    """A harm, a denied benefit and a bare stop inside the patient's quoted words ("'... and no better. Quit.'"):
    the settled harm's stop (side_effects), as when the same words stand unquoted. Main (7dcb8239): the sentence
    split inside the quotation left the stop apart, and the drug read as no response."""
    assert rows("Dx F33.1\nSertraline 100 mg, 2020 - 2021: she said, 'it gave me headaches every day and did "
                "nothing. Stopped.'\n") == [("sertraline", "2020", "2021", "side_effects")]
    assert rows('Dx F33.1\nFluoxetine 20 mg (2019): "it made me nauseous and I was no better. I quit."\n') == [
        ("fluoxetine", "2019", "2019", "side_effects")]
    assert rows('Dx F32.1\nPast trials\nParoxetine 20 mg, 2018 to 2019, in her words:\n"night sweats, and no change '
                'in my mood. Stopped it."\n') == [("paroxetine", "2018", "2019", "side_effects")]


def test_a_follow_up_dated_after_a_course_tells_its_relapse() -> None:
    """A course record's follow-up, dated after everything the record told before it, that tells the illness came
    back and names no treatment, a sentence or more after the course's own words: the course's gain lost, a relapse
    (a course's benefit that fades after it is its relapse). Main (7dcb8239): the course's first class stood."""
    def course(text: str) -> tuple:
        (row,) = read(text).history
        return row.kind, row.start, row.end, row.outcome_class

    assert course("TMS Center (fictional) - Course Summary\nDx F33.2\n"
                  "Course: rTMS, 30 sessions, 01/05/2026 - 02/13/2026.\n"
                  "PHQ-9 22 (01/05/2026); PHQ-9 5 (02/13/2026). She felt like herself by the last week.\n"
                  "Telephone follow-up 05/20/2026: she stayed well until April, then the depression returned.\n") == (
        "neuromodulation", "2026-01-05", "2026-02-13", "relapse")
    assert course("Unidad de TEC (ficticia) - Informe de curso\nDiagnóstico: F33.2\n"
                  "TEC bilateral, 10 sesiones, 03/02/2026 - 08/03/2026.\n"
                  "MADRS 38 (03/02/2026); MADRS 8 (08/03/2026). Remisión al final del curso.\n"
                  "Revisión 25/06/2026: se mantuvo bien dos meses; desde mayo volvió la depresión.\n") == (
        "neuromodulation", "2026-02-03", "2026-03-08", "relapse")
    assert course("Accelerated iTBS course summary (fictional)\nDx F33.1\n"
                  "Course: iTBS, 50 sessions over 5 days, 06/01/2026 - 06/05/2026.\n"
                  "Result: MADRS 31 at the start, 12 at the end: a partial response.\n"
                  "No seizures; mild scalp discomfort in the first two sessions.\n"
                  "3-month follow-up 09/10/2026: her symptoms returned in August. MADRS 27 (09/10/2026).\n") == (
        "neuromodulation", "2026-06-01", "2026-06-05", "relapse")


def test_the_illness_signs_that_came_back_told_as_a_list() -> None:
    """The illness's return told as a list of its signs ("the low mood and anxiety were back", "volvieron la tristeza
    y el insomnio"): a relapse, as "the low mood came back" already was, not a harm the drug did. Main (7dcb8239):
    unknown, or side effects for the sleeplessness."""
    assert rows("Dx F33.1\nSertraline 100 mg, 2023 - 2024: well by the spring of 2023; by the fall the low mood and "
                "anxiety were back while she still took it.\n") == [("sertraline", "2023", "2024", "relapse")]
    assert rows("Dx F33.1\nMirtazapine 30 mg since 01/2025: by 06/2025 the low mood and tearfulness were back on the "
                "same dose.\n") == [("mirtazapine", "2025-01", None, "relapse")]
    assert rows("Diagnóstico: F33.1\nVenlafaxina 150 mg desde 01/2024: muy bien al principio; en otoño volvieron la "
                "tristeza y el insomnio aunque la sigue tomando.\n") == [("venlafaxine", "2024-01", None, "relapse")]


def test_a_pharmacy_printout_in_spanish_is_a_fill_history() -> None:
    """A Spanish pharmacy printout ("Fecha de dispensación | Medicamento | Cantidad | Días", "Dispensado | Fármaco |
    Envases | Días de tratamiento") is a fill history like an English one, and a pharmacist's "suspendida" a stop.
    Main (7dcb8239): no fills read (a row from one line or from the note alone, without the span)."""
    assert rows("Farmacia Los Olmos (ficticia) - historial de dispensaciones\n"
                "Fecha de dispensación | Medicamento | Cantidad | Días\n"
                "14/03/2025 | Sertralina 50 mg comprimidos | 30 | 30\n"
                "19/09/2025 | Sertralina 100 mg comprimidos | 30 | 30\n\n"
                "Notas del farmacéutico:\n"
                "28/09/2025: sertralina 100 mg suspendida por náuseas y diarrea diarias.\n") == [
        ("sertraline", "2025-03-14", "2025-09-28", "side_effects")]
    assert rows("HISTORIAL DE DISPENSACIÓN (FICTICIO)\n"
                "Fecha de dispensación   Medicamento                     Unidades   Días\n"
                "15/01/2026              Escitalopram 10 mg comp.        28         28\n"
                "20/05/2026              Escitalopram 20 mg comp.        28         28\n") == [
        ("escitalopram", "2026-01-15", "2026-06-17", "unknown")]
    assert rows("Dispensado | Fármaco | Envases | Días de tratamiento\n"
                "13/02/2024 | Duloxetina 60 mg cápsulas | 1 | 28\n"
                "18/07/2024 | Duloxetina 60 mg cápsulas | 1 | 28\n\n"
                "Notas:\n25/07/2024: duloxetina suspendida por náuseas y mareos.\n") == [
        ("duloxetine", "2024-02-13", "2024-07-25", "side_effects")]
