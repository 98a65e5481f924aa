"""The s82 round: kinds of record blind-fresh53 missed (docs/notes.md, "s82"), read in words and layouts of our own,
not copies of any set's records (all examples FICTIONAL: people, clinics and numbers are made up)."""
from __future__ import annotations

from appeal_kit.notes.documents import Document, units
from appeal_kit.notes.propose import Proposals, outcome_of, propose


def read(text: str, name: str = "clinical/note.txt") -> Proposals:
    return propose([Document(name, text.split("\f"), "txt")])


def level(text: str) -> str | None:
    got = read(text).suicidality
    return got.get("level") if got else None


def test_a_way_of_dying_thought_of_and_a_place_chosen() -> None:
    """A method thought of ("had thought about steering her car off the quarry road") or a place already picked ("had
    picked the overpass"): active ideation, the C-SSRS's third and fourth questions. Main (b7f0cb51): no level. Off
    shapes: a date picked for a wedding, and the thought denied."""
    assert level("Admission note 02/14/2026\nHer husband brought her in: she had thought about driving her car off "
                 "the quarry road and had not done it.") == "active"
    assert level("Admission note 02/14/2026\nHe says he had picked the overpass on Route 9 weeks ago.") == "active"
    assert level("Admission note 02/14/2026\nHe had picked a date for the wedding in May.") is None
    assert level("Admission note 02/14/2026\nShe denies having thought about driving her car into a wall.") == "none"


def test_a_hope_of_not_waking_is_a_passive_wish() -> None:
    """"I hope I don't wake up" ends its clause there: a passive wish to be dead, here or in Spanish. Main: none (the
    denied plan beside it). Off shapes: a hope not to wake in pain, or not to wake the baby, or that a mother lives."""
    assert level('Consult 07/07/2026\nShe says "some nights I hope I won\'t wake up," no plan, no intent.') == "passive"
    assert level("Consulta 07/07/2026\nRefiere: espero no despertarme; niega plan.") == "passive"
    assert level("Consult 07/07/2026\nShe hopes she won't wake up in pain after the surgery.") is None
    assert level("Consult 07/07/2026\nHe hopes he doesn't wake the baby at night.") is None
    assert level("Consult 07/07/2026\nShe hopes her mother doesn't die.") is None


def test_an_ingestion_told_by_its_count_is_an_attempt() -> None:
    """Ten or more tablets taken at once, in figures or words, here or in Spanish: an attempt, with no intent said.
    Main: no level. Off shapes: a dose ("took 2 tablets"), a supply ("30 tablets a month")."""
    assert level("Chart entry 04/1991: swallowed about thirty of her sleeping tablets after the divorce; "
                 "stomach washed out.") == "attempt"
    assert level("Nota 04/1991: tomó unas 25 pastillas de paracetamol tras una discusión.") == "attempt"
    assert level("Visit 05/05/2026: she took 2 tablets of ibuprofen for the headache.") is None
    assert level("Visit 05/05/2026: he took 30 tablets a month of sertraline 50 mg.") is None


def trials(text: str) -> list[tuple]:
    return sorted(((r.name, r.start, r.end, r.outcome_class) for r in read(text).history), key=str)


_FILLS = ("Harbor Lane Pharmacy (FICTIONAL) - prescription history, printed 06/20/2026\n"
          "Patient: Ode Marsh (FICTIONAL)   Dx on file: F32.1\n\n"
          "  Date filled    Medication               Qty / days    RPh comment\n"
          "  02/03/2025     Sertraline 50 mg         30 / 30       first fill\n"
          "  03/04/2025     Sertraline 100 mg        30 / 30       dose increased\n"
          "  04/05/2025     Sertraline 100 mg        30 / 30       pt says it made no difference at all\n"
          "  04/20/2025     Vortioxetine 10 mg       30 / 30       first fill\n"
          "  05/19/2026     Vortioxetine 10 mg       30 / 30       pt feels like herself again\n"
          "  06/18/2026     Vortioxetine 10 mg       90 / 90\n\n"
          "Monthly vortioxetine fills from 06/2025 to 04/2026 are not shown.\n")


def test_a_fill_history_whose_pharmacist_notes_judge_the_fills() -> None:
    """A fill a row, the fill's day first, a drug on several rows, and a note column beside: a fill history (first fill
    to the last fill's supply, "Qty / days" read as its days), each course judged by its notes in their order, a supply
    running past the printout's day still taken, and the printout's word that it leaves fills out closing the gap.
    Main: the fill days dropped as a bottle list's (no dates), and the note's sentence a row of its own."""
    assert trials(_FILLS) == [("sertraline", "2025-02-03", "2025-05-05", "no_response"),
                              ("vortioxetine", "2025-04-20", None, "remission")]
    # off shape: without the printout's word on the fills left out, the year's gap is a stop and a restart
    gap = _FILLS.replace("Monthly vortioxetine fills from 06/2025 to 04/2026 are not shown.\n", "")
    assert [(n, s, e) for n, s, e, _ in trials(gap) if n == "vortioxetine"] == [
        ("vortioxetine", "2025-04-20", "2025-05-20"), ("vortioxetine", "2026-05-19", None)]


def test_a_list_of_bottles_keeps_its_last_fill_out_of_the_dates() -> None:
    """Off shape: a list naming each drug once beside its last fill and a comment is a list of bottles, not a fill
    history: the fill's day is neither start nor end (as on main)."""
    bottles = ("Brown-bag review (FICTIONAL) 06/20/2026\n\n"
               "  Last fill      Medication               Qty / days    Comment\n"
               "  05/03/2026     Sertraline 100 mg        30 / 30       no help at all, she says\n"
               "  05/19/2026     Vortioxetine 10 mg       30 / 30       much better\n"
               "  06/01/2026     Lisinopril 10 mg         30 / 30       for blood pressure\n")
    assert [(n, s, e) for n, s, e, _ in trials(bottles) if n in ("sertraline", "vortioxetine")] == [
        ("sertraline", None, None), ("vortioxetine", None, None)]


_THERAPY = ("Riverbend Counseling (FICTIONAL) - Interpersonal Therapy, individual progress notes\n"
            "Client: Tam Oyelaran (FICTIONAL). Therapist: P. Lindqvist, LPC (FICTIONAL).\n"
            "Intake 03/04/2026 (session 1)\n"
            "Earlier treatment: citalopram in 2015, \"I don't remember if it helped.\" A DBT skills group at the "
            "college, 8 sessions from 09/2019 to 11/2019: \"it helped me make friends; the depression didn't move.\"\n"
            "Venlafaxine 150 mg since 01/2025; she says it \"took off the worst edge\" and she still takes it.\n"
            "Plan: weekly IPT (role transition).\n"
            "Session 12 (06/03/2026)\n"
            "On the IPT so far: \"most of the way back, I'd say.\"\n"
            "She is thinking of asking her NP about mirtazapine; nothing changed today. Continue weekly.\n")


def test_a_therapys_own_notes_a_numbered_session_dated_in_brackets() -> None:
    """"Session 12 (06/03/2026)" opens a note of its own day, so what follows is not the intake's plan: the therapy the
    notes record is judged there, from its planned start. The earlier words: "I don't remember if it helped"
    judges nothing, help with something besides the mood while "the depression didn't move" is no response, "took off
    the worst edge" a partial one, and a question the patient means to put to a prescriber ("thinking of asking her NP
    about mirtazapine") no row. Main: the IPT judged in the plan (no row), citalopram and the group therapy a partial
    response, venlafaxine unknown, mirtazapine a row."""
    assert trials(_THERAPY) == [
        ("citalopram", "2015", "2015", "unknown"),
        ("dialectical behavior therapy", "2019-09", "2019-11", "no_response"),
        ("interpersonal psychotherapy", "2026-03-04", None, "partial_response"),
        ("venlafaxine", "2025-01", None, "partial_response")]


def test_the_therapy_shapes_that_read_as_before() -> None:
    """Off shapes: a drug taken whose dose the patient means to ask about stays a row; a session numbered with no day
    in its brackets opens no note (the intake's day holds); "I don't remember it as helpful" is still no response."""
    assert trials("Visit 03/02/2026. Bupropion 150 mg started 01/2026; she may ask her NP whether to raise it.") == [
        ("bupropion", "2026-01", None, "unknown")]
    notes = ("Intake 03/04/2026 (session 1)\nPlan: weekly IPT.\nSession 12 (of 16)\n"
             "On the IPT so far: \"most of the way back.\"\n")
    assert [u.note_date.isoformat() for u in units(Document("clinical/note.txt", [notes], "txt"))
            if u.note_date][-1] == "2026-03-04"
    assert trials("Visit 03/02/2026. Sertraline 100 mg in 2019: \"I don't remember it as helpful.\"") == [
        ("sertraline", "2019", "2019", "no_response")]


def test_a_spanish_report_of_pain_and_mood_medicines() -> None:
    """A Spanish report's pain medicines for the pain it codes and its mood medicines, in the words of our own: a
    drug in -en written -eno ("Ibuprofeno"), a pain not taken away ("no le aliviaba el dolor": no response), a blunting
    ("me dejaba sin sentir nada": a harm), "un 40% mejor ... pero no del todo" (partial), and the pain scale by its
    Spanish name. Main: no ibuprofen row, the three classes unknown, no pain score."""
    informe = ("Unidad del Dolor (FICTICIA). Fecha del informe: 12/10/2026.\n"
               "Diagnósticos: M54.16 radiculopatía lumbar; F32.1 episodio depresivo moderado.\n"
               "Ibuprofeno 600 mg cada 8 horas de 01/2026 a 04/2026 para el dolor lumbar: \"no le aliviaba el dolor\".\n"
               "Duloxetina 60 mg de 05/2025 a 09/2025: \"me dejaba sin sentir nada\"; la dejó por eso.\n"
               "Venlafaxina 150 mg desde 10/2025: \"estoy un 40% mejor, pero no del todo\".\n"
               "Dolor (escala numérica 0-10): 6.\n")
    got = read(informe)
    assert sorted((r.name, r.start, r.end, r.outcome_class) for r in got.history) == [
        ("duloxetine", "2025-05", "2025-09", "side_effects"),
        ("ibuprofen", "2026-01", "2026-04", "no_response"),
        ("venlafaxine", "2025-10", None, "partial_response")]
    assert [(s["name"], s["score"]) for s in got.scales] == [("pain NRS", 6)]
    # off shapes: "no me quitaba nada de peso" judges nothing, a physician named Eva gives no score
    assert read("Consulta 12/10/2026. Bupropión 150 mg desde 2025: no me quitaba nada de peso.").history[0] \
        .outcome_class == "unknown"
    assert read("Consulta 12/10/2026. La Dra. Eva 7 años en la unidad.").scales == []


def test_a_chronology_whose_entries_open_with_a_two_digit_year_and_their_writer() -> None:
    """An abstract's entries dated "4/91 Dr. Vance: ..." (a month, a two-digit year, one space, the writer and a colon):
    each is an entry of that month, so "started" there starts the drug then, not on the day the abstract was prepared.
    Main: the start was the prepared day. Off shapes: "7/10 pain" and "4/91 seen" (no writer) open no entry."""
    from appeal_kit.notes.dates import entry_month

    abstract = ("Abstract of a closed chart (FICTIONAL), prepared 10/02/2026 by the records office.\n"
                "Dx: F33.1 major depressive disorder, recurrent, moderate\n"
                "Entries\n"
                "4/91 Dr. Vance: tearful, not sleeping. Started nortriptyline 25 mg, raised to 75 mg.\n"
                "7/91 Dr. Vance: nortriptyline stopped 7/91 because of a fast heartbeat and dizziness.\n"
                "9/91 Nurse Adair: phenelzine 15 mg three times a day started.\n"
                "2/92 Dr. Vance: well on phenelzine, back at the mill.\n")
    assert [(n, s, e, c) for n, s, e, c in trials(abstract) if n == "nortriptyline"] == [
        ("nortriptyline", "1991-04", "1991-07", "side_effects")]
    assert [entry_month(line) for line in ("7/10 pain today", "4/91 seen again", "4/91 Dr. Vance: seen",
                                           "12/08 RN Obi: call")] == [None, None, "1991-04", "2008-12"]


def test_a_forms_item_answered_never_alone() -> None:
    """A form's item whose answer is "never" and nothing more, the next item on the same line (a photo's OCR runs the
    columns together): no row. Main: an ECT row. Off shapes: "never helped" judges a drug taken; a name after "never"
    in a sentence is still read by the sentence's own rules."""
    form = "Intake form (FICTIONAL) 03/02/2026\nOther treatments: ECT - never   Ketamine - my plan denied it\n"
    assert [r.name for r in read(form).history] == []
    assert trials("Intake form 03/02/2026\nSertraline 100 mg 2024 - never helped") == [
        ("sertraline", "2024", "2024", "no_response")]
    assert trials("Intake form 03/02/2026\nLithium: never. Sertraline 100 mg in 2024: no help.") == [
        ("sertraline", "2024", "2024", "no_response")]


_PAIN_CLINIC = ("Ridgeback Pain Service (FICTIONAL)\n"
                "Visit 04/06/2026 - return visit, Dr. Sela Amari\n"
                "Diagnoses: G52.9 occipital neuralgia; F32.1 major depressive disorder, single episode, moderate.\n"
                "Lidocaine 5% patches on the neck from 01/2025 to 03/2025: no change in pain, 7/10 every day.\n"
                "Pregabalin 50 mg three times a day was started in 05/2025 for the pain.\n"
                "Sertraline 100 mg since 2024: mood \"a bit better\".\n"
                "Visit 06/08/2026 - return visit, Dr. Sela Amari\n"
                "Pregabalin 100 mg three times a day: \"it takes the edge off, 7 down to 5\".\n")


def test_pain_medicines_told_on_the_skin_and_across_visits() -> None:
    """In a pain service's notes, a patch tried for the treated pain with its dates and "no change in pain" is a trial
    of the kind other (s74's decision), and a pain medicine started "for the pain" at one visit and judged at the next
    is one trial. Main: neither row (a patch put on the skin is never a trial; the pregabalin's pain words, dates and
    outcome were in different mentions, none with all three)."""
    got = sorted((r.name, r.kind, r.start, r.end, r.outcome_class) for r in read(_PAIN_CLINIC).history)
    assert got == [("lidocaine", "other", "2025-01", "2025-03", "no_response"),
                   ("pregabalin", "other", "2025-05", None, "partial_response"),
                   ("sertraline", "antidepressant", "2024", None, "partial_response")]
    # off shapes: a patch for something else, in a case with no pain coded, is no trial; nor a pain medicine only
    # started for the pain and never judged
    ankle = ("Visit 04/06/2026\nDiagnoses: F32.1 major depressive disorder, single episode, moderate.\n"
             "Lidocaine 5% patch on the sprained ankle from 01/2025 to 02/2025: no change.\n")
    assert [r.name for r in read(ankle).history] == []
    unjudged = _PAIN_CLINIC.replace(": \"it takes the edge off, 7 down to 5\"", " continues")
    assert "pregabalin" not in [r.name for r in read(unjudged).history]


def test_a_consults_day_wrapped_under_its_label_and_an_appetite_that_came_back() -> None:
    """A header whose "Consult date" label ends its line, the day wrapped onto the next, dates the note (its score is
    found); and a drug under which the appetite came back, with the weight it had lost, while the patient "still
    doesn't care about anything": no response, not a harm. Main: no score (the note had no day) and side_effects.
    Off shapes: weight gained alone is still a harm, and an appetite back beside a brighter mood a partial response."""
    consult = ("Lakemont Hospital (FICTIONAL) - Psychiatry consultation\n"
               "Patient: Ivo Brandt (FICTIONAL), 80 y. MRN FICT-1 Ward 3 North (cardiology), bed 14, attending Dr. Roe Consult date\n"
               "03/09/2026\n"
               "Requested by: cardiology, for low mood.\n"
               "Escitalopram 10 mg since 2025: his appetite has come back and he has regained the weight he lost, "
               "but \"I still don't care about anything.\"\n"
               "MADRS today: 27.\n")
    got = read(consult)
    assert [(s["name"], s["score"], s["date"]) for s in got.scales] == [("MADRS", 27, "2026-03-09")]
    assert [(r.name, r.outcome_class) for r in got.history] == [("escitalopram", "no_response")]
    assert outcome_of("Escitalopram since 2025: he has gained 9 kg on it.")[0] == "side_effects"
    assert outcome_of("Escitalopram since 2025: his appetite is back and his mood is much brighter.")[0] == \
        "partial_response"


def test_a_score_cells_own_day_and_a_drug_taken_through_anothers_course() -> None:
    """A session log's score cell that tells its own day ("19 on 05/22") is that day, in the row's year, not the row's
    first; a drug "unchanged through the TMS course" keeps its own words ("has 'not done much'": no response), the TMS
    there only the time. Main: the row's first day, and the words given to the TMS (an extra row, the drug unknown).
    Off shape: a cell with the score alone takes the row's day."""
    log = ("Neuromodulation clinic (FICTIONAL) - course record\n"
           "Visit 05/29/2026\n"
           "Venlafaxine 225 mg since 2025, unchanged through the TMS course; she says it has \"not done much.\"\n\n"
           "  Week     Dates                     PHQ-9         Notes\n"
           "  1-2      05/04/2026 - 05/15/2026   21            scalp discomfort\n"
           "  3-4      05/18/2026 - 05/29/2026   19 on 05/22   tolerated\n")
    got = read(log)
    assert sorted((s["score"], s["date"]) for s in got.scales) == [(19, "2026-05-22"), (21, "2026-05-04")]
    assert [(r.name, r.outcome_class) for r in got.history if r.name == "venlafaxine"] == [
        ("venlafaxine", "no_response")]


def test_a_recommendation_not_to_restart_gives_no_second_row() -> None:
    """"Do not restart citalopram." after the consult's own day is read: a recommendation, no second citalopram row
    dated that day. Before this fix (1d91eaf3): a split-off row."""
    consult = ("Lakemont Hospital (FICTIONAL) - Psychiatry consultation\n"
               "Patient: Ivo Brandt (FICTIONAL), 80 y. MRN FICT-1 Ward 3 North (cardiology), bed 14, attending Dr. Roe "
               "Consult date\n03/09/2026\n"
               "Citalopram 20 mg was started in 05/2021; he stopped it in 08/2021 because it made him shake.\n"
               "Recommendations\nContinue sertraline 50 mg. Do not restart citalopram.\n")
    assert [(r.name, r.start, r.end, r.outcome_class) for r in read(consult).history if r.name == "citalopram"] == [
        ("citalopram", "2021-05", "2021-08", "side_effects")]


def test_a_tables_headings_line_judges_nothing() -> None:
    """A monitoring table's headings that no column role fits, read as a line ("Time   Pulse oximetry   Sedation check
    Action"), are not the outcome of the treatment the line before names: "Sedation" there is a column's name, no harm.
    Main: side_effects. Off shape: a sentence of a harm after the line still judges it."""
    record = ("Infusion service (FICTIONAL)\nVisit 03/02/2026\n"
              "Monitoring of the esketamine session, 03/02/2026.\n"
              "  Time          Blood pressure     Sedation check       Action\n"
              "  03/02 10:00   128/80             alert                none\n")
    assert [(r.name, r.outcome_class) for r in read(record).history] == [("esketamine", "unknown")]
    harm = record.replace("  Time          Blood pressure     Sedation check       Action\n",
                          "She was very sedated and nauseated afterwards.\n")
    assert [(r.name, r.outcome_class) for r in read(harm).history] == [("esketamine", "side_effects")]
