"""The s68 round: when a record says a treatment started, each kind of record its own way (docs/notes.md, "s68").
Sentences and tables of our own, not copies of any set's records (all examples FICTIONAL: people, clinics, numbers
are made up)."""
from __future__ import annotations

from appeal_kit.notes.documents import Document
from appeal_kit.notes.propose import Proposals, propose


def read(text: str) -> Proposals:
    return propose([Document("clinical/note.txt", text.split("\f"), "txt")])


def rows(text: str) -> set[tuple]:
    return {(r.name, r.start, r.end, r.outcome_class) for r in read(text).history}


# --- a pharmacy printout's first and last fill ----------------------------------------------------------------------

PRINTOUT = ("Lindenfield Pharmacy (FICTIONAL) - Dispensing History\n"
            "Patient: Ada Morrow (fictional)  DOB 04/02/1975  Rx ID FICT-7  Printed 09/15/2026  Phone 555-0100\n"
            "| Drug | Strength | First fill | Last fill | Pharmacist note\n"
            "| sertraline | 100 mg | 01/10/2025 | 06/02/2025 | stopped by prescriber - pt says no help\n"
            "| mirtazapine | 30 mg | 07/01/2025 | 09/01/2026 |\n")


def test_a_printouts_first_and_last_fill_span_the_drug_and_a_recent_fill_keeps_it_open() -> None:
    """The pair of fill columns is the drug's span (a single "Last fill" column, a bottle's label, still dates
    nothing: tests/test_notes_round57.py); a last fill within a supply of the printout's day is a drug still taken.
    Main (80390630) gives neither row a date."""
    assert rows(PRINTOUT) == {("sertraline", "2025-01-10", "2025-06-02", "no_response"),
                              ("mirtazapine", "2025-07-01", None, "unknown")}


def test_a_last_fill_long_before_the_printout_ends_the_drug() -> None:
    text = PRINTOUT.replace("09/01/2026", "11/20/2025")
    assert ("mirtazapine", "2025-07-01", "2025-11-20", "unknown") in rows(text)


# --- a course log that numbers its days -----------------------------------------------------------------------------

COURSE = ("Riverside Neuromodulation (FICTIONAL)\n"
          "Patient: Noor Vale (fictional)  DOB 01/05/1990  MRN FICT-3\n"
          "Intake 03/01/2026: fluoxetine 40 mg (2022 - 2023): no response.\n\n"
          "Course log - accelerated iTBS TMS, 8 sessions a day\n"
          "| Day | Date | Sessions | Note\n"
          "| 1 | 03/09/2026 | 8 | MADRS 31 before the first session\n"
          "| 2 | 03/10/2026 | 8 | headache, mild\n"
          "| 3 | 03/11/2026 | 8 | none\n"
          "| 4 | 03/12/2026 | 8 | course complete\n\n"
          "Follow-up\n"
          "04/10/2026: MADRS 7. In remission a month after the course.\n"
          "07/02/2026: the benefit wore off in June; as low as before.\n")


def test_a_course_log_by_day_is_the_course_its_heading_names_and_its_follow_up_judges_it() -> None:
    """Main (80390630) gives the TMS no dates and an unknown outcome."""
    assert ("transcranial magnetic stimulation", "2026-03-09", "2026-03-12", "relapse") in rows(COURSE)


def test_a_score_in_a_session_logs_note_is_that_sessions_day() -> None:
    """A baseline in the log's row for the first session has that row's day (a baseline told again later has none:
    s67). Main (80390630) drops it."""
    scales = {(s["name"], s["score"], s["date"]) for s in read(COURSE).scales}
    assert ("MADRS", 31, "2026-03-09") in scales


# --- phone messages: a planned start, a follow-up interval, a stop on the entry's day -------------------------------

MESSAGES = ("2/3/26 RN: pt called, low mood. Dr. Ash: start escitalopram 10 mg 2/5/26, f/u 4 wks.\n"
            "3/9/26 RN: escitalopram raised to 20 mg.\n"
            "4/27/26 RN: escitalopram 20 mg 'no better' - stopped per Dr. Ash.\n")


def test_a_follow_up_interval_is_no_trials_length_and_an_entrys_day_ends_the_stop_it_tells() -> None:
    """"f/u 4 wks" is when the patient is seen again; "4/27/26 RN: ... stopped" ended the drug that day. Main
    (80390630) ends it 4 weeks after its start and starts it on the day it was stopped."""
    assert rows(MESSAGES) == {("escitalopram", "2026-02-05", "2026-04-27", "no_response")}


def test_a_stop_with_its_own_day_keeps_the_entrys_day_as_the_start() -> None:
    assert rows("05/02/2026: bupropion 150 mg started, stopped two weeks later for insomnia.\n") == {
        ("bupropion", "2026-05-02", "2026-05-16", "side_effects")}


# --- a label's bracketed aside --------------------------------------------------------------------------------------

def test_a_request_in_a_labels_aside_leaves_the_trial_after_the_colon() -> None:
    """"(old chart requested):" asks for the records; the sertraline after the colon was taken. Main (80390630) reads it
    as requested, no trial; a treatment requested is still none."""
    text = "History as he tells it (old chart requested): sertraline 100 mg (2023 to 2024) did not help.\n"
    assert rows(text) == {("sertraline", "2023", "2024", "no_response")}
    assert rows("Requested: cariprazine as add-on. Status: pending.\n") == set()


# --- a harm in the patient's words -----------------------------------------------------------------------------------

def test_a_sleep_too_long_to_work_is_a_harm() -> None:
    """Main (80390630) leaves the outcome unknown."""
    text = "olanzapine 5 mg at night (added 03/2026) - stopped 05/2026: slept 15 hours, could not wake for work\n"
    assert rows(text) == {("olanzapine", "2026-03", "2026-05", "side_effects")}


# --- no trials: a drug before a wound's dressing changes, one weighed in Spanish --------------------------------------

def test_a_drug_before_dressing_changes_and_one_weighed_for_a_relapse_are_no_trials() -> None:
    """Main (80390630) gives a row for each."""
    text = ("Current medicines: duloxetine 60 mg daily (home med, continued); alprazolam 0.25 mg before dressing "
            "changes.\n"
            "Si recae, se plantea mirtazapina.\n")
    assert {r[0] for r in rows(text)} == {"duloxetine"}


# --- scores: an aside, a month's date, an earlier score in brackets, a threshold, a heading with its writer --------

def scales(text: str) -> set[tuple]:
    return {(s["name"], s["score"], s["date"]) for s in read(text).scales}


def test_a_score_after_an_aside_and_one_dated_by_its_month() -> None:
    """Main (80390630) finds no PHQ-9 and reads the month of "(11/1997)" as the HAM-D's score."""
    text = ("Visit 04/14/2026.\n"
            "PHQ-9 (filled in with the sleep questionnaire) 14 on 04/14/2026.\n"
            "Old chart: HAM-D 21 (11/1997).\n")
    assert scales(text) == {("PHQ-9", 14, "2026-04-14"), ("HAM-D", 21, "1997-11")}


def test_an_earlier_score_in_brackets_has_its_own_day_and_the_first_the_notes() -> None:
    """Main (80390630) gives the first score the bracket's day and drops the earlier one."""
    assert scales("Fecha de la consulta: 15/05/2026\nPHQ-9 hoy: 8 (era 19 el 20/01/2026). Niega ideas de muerte.\n") \
        == {("PHQ-9", 8, "2026-05-15"), ("PHQ-9", 19, "2026-01-20")}
    assert scales("Visit 03/01/2026.\nPHQ-9 12 (was 18 on 01/05/2026).\n") == {
        ("PHQ-9", 12, "2026-03-01"), ("PHQ-9", 18, "2026-01-05")}


def test_a_follow_up_heading_with_its_writer_dates_what_follows_and_a_threshold_is_no_score() -> None:
    """Main (80390630) dates the pain by the procedure log above it and reads the plan's threshold as a score."""
    text = ("Procedure log\n"
            "| Date | Procedure | Relief\n"
            "| 02/03/2026 | genicular nerve block | 70% for 8 hours\n\n"
            "Follow-up 06/30/2026 - Dr. P. Anand (fictional)\n"
            "Knee pain today 5/10 (was 8/10 before).\n"
            "Plan: repeat the block if pain returns past 7/10.\n")
    assert scales(text) == {("pain NRS", 5, "2026-06-30")}


# --- a state held on the drug since a time ---------------------------------------------------------------------------

def test_a_remission_held_since_a_time_leaves_the_start_another_note_gives() -> None:
    """"in remission on X since early 2025" dates the remission; the drug began when the first note says. Main
    (80390630) starts it in 2025."""
    text = ("Sertraline 100 mg since 04/2023; a raise to 150 mg was discussed but not made.\n"
            "Letter from his psychiatrist (08/14/2026): \"Mr. D has been in remission on sertraline 100 mg since early "
            "2024; we will continue it.\"\n")
    assert rows(text) == {("sertraline", "2023-04", None, "remission")}


# --- a start told in Spanish -----------------------------------------------------------------------------------------

def test_a_spanish_start_in_a_month_is_taken_since_then_and_a_spanish_stop_ends_it() -> None:
    """"se inició" starts the drug (not a trial within that month), "se retiró" ends it; "por el dolor" is no route.
    Main (80390630) ends the first in its month and starts the second when it was stopped."""
    got = {(r.name, r.start, r.end, r.dose) for r in read(
        "En abril de 2026 se inició venlafaxina 75 mg por el dolor y el ánimo.\n"
        "En 2019 se inició sertralina 50 mg; se retiró en 2020.\n").history}
    assert got == {("venlafaxine", "2026-04", None, "75 mg"), ("sertraline", "2019", "2020", "50 mg")}


def test_a_dose_held_since_a_later_day_leaves_the_start_and_keeps_it_open() -> None:
    """"started here 05/2025, 40 mg since 08/2025": the dose since then, the drug since 05/2025. Main (80390630)
    starts it in 08/2025."""
    assert rows("Paroxetine started here 03/2025, 30 mg since 06/2025.\n") == {
        ("paroxetine", "2025-03", None, "unknown")}
    assert rows("Escitalopram 10 mg 02/2024, 20 mg since 05/2024; stopped 11/2024.\n") == {
        ("escitalopram", "2024-02", "2024-11", "unknown")}


def test_an_old_charts_months_of_two_digit_years() -> None:
    """A month and a two-digit year of 1970-1999 ("4/88 - 11/88") can be no day nor a score out of 60. Main (80390630)
    gives the row no dates."""
    assert rows("Imipramine 150 mg 4/88 - 11/88: dry mouth, could not pass water -> stopped.\n") == {
        ("imipramine", "1988-04", "1988-11", "side_effects")}
    assert rows("Clomipramine 100 mg 3/79 - 1981: no better.\n") == {("clomipramine", "1979-03", "1981", "no_response")}
