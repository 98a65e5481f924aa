"""The thirty-second round (s60): what a clinician judges from the record as a whole, one kind of miss a test: a score
with its date from the table that holds it, the day a form or a sheet was written, the words that tell how a trial
went (a harm told by what it did, a gain that went, help with something else beside a mood that stayed, a part of the
way back), and a trial's dates (all examples FICTIONAL and written for these tests: people, clinics and numbers are
made up)."""
from __future__ import annotations

from datetime import date

import pytest

from appeal_kit.notes import dates
from appeal_kit.notes.documents import Document, Unit, document_date, table_header
from appeal_kit.notes.propose import outcome_of, propose, suicidality_of, weeks_of


def read(text: str):
    return propose([Document("clinical/note.txt", text.split("\f"), "txt")])


# --- a score with its date from the table that holds it ------------------------------------------------------------

def test_a_log_whose_headings_run_together_gives_each_rows_score_in_the_scale_column() -> None:
    # (pdftotext keeps a narrow header's words a single space apart while the values below spread out)
    text = ("Clozapine clinic - FICTIONAL\n"
            "Date        Dose          Sodium Weight BP GAD-7 Remark\n"
            "01/05/2026  100 mg        139    81     118/76   15    first visit\n"
            "02/02/2026  150 mg        137    83     121/79   12    steady\n")
    header = table_header(text.split("\n")[1])
    assert header is not None and [c for _, c, _ in header][-2:] == ["GAD-7", "Remark"]
    got = {(s["name"], s["score"], s["date"]) for s in read(text).scales}
    assert ("GAD-7", 15, "2026-01-05") in got and ("GAD-7", 12, "2026-02-02") in got


def test_a_titles_capitalised_words_are_not_split_into_columns() -> None:
    # (a line's first cell is a title's, and a table drawn with bars has its cells apart already)
    header = table_header("NORTHBROOK FAMILY MEDICINE (FICTIONAL) | CLINIC NOTE | DOS 02/03/2026")
    assert header is None or len(header) == 3
    assert table_header("NORTHBROOK FAMILY MEDICINE CLINIC NOTE        02/03/2026") is None


# --- the day a form or a sheet was written -------------------------------------------------------------------------

@pytest.mark.parametrize("page, day", [
    ("HILLSIDE MASSAGE (FICTIONAL) - INTAKE FORM\n1 Elm Row\nName:\n  Ana Pell (FICTIONAL)      date 03/09/2026\n",
     date(2026, 3, 9)),
    ("ORCHARD CLINIC (FICTIONAL)\n  To: Ben Ruiz (FICTIONAL)     04/14/2026\n  Dx F32.1\n", date(2026, 4, 14)),
    ("Street outreach note - FICTIONAL\nFICTIONAL SAMPLE. County Outreach (FICTIONAL), 9 Mill Road, Townsend, "
     "XX 00000. Line 555-0100.\nClient: Kay Dunn (FICTIONAL), 50. File FICT-1. Date: 05/30/2026, 14:05, at the "
     "library.\n", date(2026, 5, 30)),
])
def test_the_day_given_across_a_column_gap_or_after_date_colon_is_the_documents(page: str, day: date) -> None:
    assert document_date(page) == day


def test_a_medicine_line_across_a_column_gap_gives_no_document_date() -> None:
    assert document_date("Sertraline 50 mg      01/04/2026\nnext line\n") is None


# --- a harm told by what it did ------------------------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "she ground her teeth so hard she chipped a tooth, so it was stopped",
    "bruising on her shins and bleeding gums; her doctor stopped it",
    "felt like she was crawling out of her skin",
    "hypertensive spike at 190/110, stopped",
    "Con la paroxetina engordó ocho kilos y la dejó",
])
def test_a_harm_told_by_what_it_did_to_the_body_is_a_side_effect(words: str) -> None:
    assert outcome_of(words)[0] == "side_effects"


def test_a_drug_chosen_as_weight_neutral_names_no_harm() -> None:
    assert outcome_of("picked because it is weight-neutral")[0] != "side_effects"


# --- a gain that went ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "it helped for a few months, then the low mood came flooding back",
    "worked at first; later it was as if it wasn't there",
    "good for the first year and then she was back where she started",
    "le ayudó al principio, pero luego volvió a estar igual que antes",
])
def test_a_gain_then_the_illness_back_is_a_relapse(words: str) -> None:
    assert outcome_of(words)[0] == "relapse"


# --- help with something else beside a mood that stayed --------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "her knee is a bit better but her mood is no different",
    "the group helped her plan her days, but it did not change how low she feels",
    "did nothing for her mood, though it helped her sleep",
])
def test_help_with_something_else_beside_a_mood_unchanged_is_no_response(words: str) -> None:
    assert outcome_of(words)[0] == "no_response"


# --- a part of the way back ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "he says he is about sixty percent of the way back",
    "steady, roughly 65% there",
    "some more good days, still low most evenings",
    "se encuentra mejor que antes, pero sin energía",
])
def test_a_part_of_the_way_back_is_a_partial_response(words: str) -> None:
    assert outcome_of(words)[0] == "partial_response"


def test_a_decision_not_to_change_the_dose_judges_nothing() -> None:
    assert outcome_of("the psychiatrist sees no reason to change it")[0] == "unknown"
    assert outcome_of("no change in her mood")[0] == "no_response"


# --- a trial's dates -----------------------------------------------------------------------------------------------

def test_weeks_of_a_pregnancy_are_no_trials_length() -> None:
    assert weeks_of("escitalopram 10 mg from 03/2026 (22 weeks pregnant)") is None
    assert weeks_of("escitalopram 10 mg for 22 weeks") == 22


def test_a_month_joined_to_the_next_months_year_is_of_that_year() -> None:
    with dates.written_on(date(2026, 11, 1)):
        got = [w.value for w in dates.find_when("six infusions in June and July 2024")]
    assert got == ["2024-06", "2024-07"]


def test_a_harm_named_after_a_drug_dates_no_trial_of_it() -> None:
    text = ("Visit 06/01/2026 (FICTIONAL)\n"
            "Lithium 300 mg twice daily started 01/12/2026.\n"
            "Lithium was stopped on 04/02/2026 for lack of benefit.\n"
            "In May her doctor began levothyroxine on 05/20/2026 for lithium-induced hypothyroidism.\n")
    rows = [r for r in read(text).history if r.name == "lithium"]
    assert len(rows) == 1
    assert (rows[0].start, rows[0].end, rows[0].outcome_class) == ("2026-01-12", "2026-04-02", "no_response")


# --- suicidality ---------------------------------------------------------------------------------------------------

def test_ideacion_autolitica_denied_is_none() -> None:
    assert suicidality_of(Unit("clinical/informe.pdf", 1, "Niega ideación autolítica en la entrevista.", None,
                               None)) == "none"


# --- what a sentence is about --------------------------------------------------------------------------------------

def test_a_treatment_named_last_as_the_time_of_something_else_is_no_mention() -> None:
    text = ("Visit 09/01/2026 (FICTIONAL)\n"
            "Deep TMS 20 sessions in 2025: no change.\n"
            "She had a brief wish not to wake up in 2024, before ECT.\n")
    assert "electroconvulsive therapy" not in {r.name for r in read(text).history}


def test_a_code_whose_own_words_name_a_kin_word_is_the_patients() -> None:
    from appeal_kit.notes.propose import diagnoses_of

    unit = Unit("clinical/visit.txt", 1, "Z39.2 routine postpartum follow-up; Z39.1 care of the lactating mother.", None,
                None)
    assert {d["code"] for d in diagnoses_of(unit, set())} == {"Z39.2", "Z39.1"}
    kin = Unit("clinical/visit.txt", 1, "Family history: mother F33.1 recurrent depression.", None, None)
    assert diagnoses_of(kin, set()) == []


def test_a_scanned_list_item_ends_with_where_she_started() -> None:
    from appeal_kit.notes import documents

    page = ("Medicines tried:\n"
            "  Paxil 2018-2019, 20 mg - good for a year, then back where I\n"
            "  started\n"
            "  Remeron 30 mg 2020 - no change at all\n")
    units = documents.units(Document("clinical/scan.pdf", [page], "pdf-ocr"))
    texts = [u.text for u in units]
    assert any("Paxil" in t and t.endswith("started") for t in texts)
    assert any(t.startswith("Remeron") for t in texts)


def test_a_week_of_a_calendar_is_a_day_near_the_notes() -> None:
    with dates.written_on(date(2026, 11, 20)):
        got = [w.value for w in dates.find_when("Week of 11/23: sertraline 25 mg")]
    assert got == ["2026-11-23"]


def test_a_letterhead_in_capitals_that_names_the_service_is_no_trial() -> None:
    text = ("WILLOW BEND ACUPUNCTURE (FICTIONAL) - NEW CLIENT FORM\n"
            "Name: Ida Marsh (FICTIONAL)\n"
            "Past medicines: Zoloft 50 mg 2022 - no change at all.\n")
    got = {r.name for r in read(text).history}
    assert "acupuncture" not in got and "sertraline" in got


def test_a_rows_cells_shifted_left_give_the_dates_back_to_the_dates_column() -> None:
    text = ("Treatment                 Dates               Dose or course Result\n"
            "ECT, bilateral 2020                    8 sessions     no lasting change\n"
            "Sertraline                06/2021-01/2022  150 mg      nausea, stopped\n")
    rows = {r.name: r for r in read(text).history}
    assert (rows["electroconvulsive therapy"].start, rows["electroconvulsive therapy"].end) == ("2020", "2020")


def test_a_gain_held_until_an_event_then_a_dated_switch_ends_the_trial_at_the_switch() -> None:
    text = ("Visit 05/04/2026 (FICTIONAL)\n"
            "History from her GP: citalopram 20 mg from 2019 \"helped a lot\" until the divorce in 2022, after which "
            "the low mood came back on the same dose, and she was switched to vortioxetine in 03/2023.\n")
    rows = {r.name: r for r in read(text).history}
    assert (rows["citalopram"].start, rows["citalopram"].end, rows["citalopram"].outcome_class) == \
        ("2019", "2023-03", "relapse")
    assert rows["vortioxetine"].start == "2023-03"


def test_the_patient_switched_in_the_next_sentence_ends_the_drug_told_before() -> None:
    text = ("Visit 05/04/2026 (FICTIONAL)\n"
            "History from her GP: citalopram 20 mg from 2019 \"helped a lot\" until the divorce in 2022, after which "
            "the low mood came back on the same dose. She was switched to vortioxetine in 03/2023.\n")
    rows = {r.name: r for r in read(text).history}
    assert (rows["citalopram"].end, rows["vortioxetine"].start) == ("2023-03", "2023-03")


def test_a_score_told_with_the_visit_and_its_day_before_it_has_that_day() -> None:
    text = ("Visit 11/03/2026 (FICTIONAL)\n"
            "PHQ-9 at his 10/14/2026 PCP visit: 17. GAD-7 today: 9.\n")
    got = {(s["name"], s["score"], s["date"]) for s in read(text).scales}
    assert got == {("PHQ-9", 17, "2026-10-14"), ("GAD-7", 9, "2026-11-03")}


def test_a_forms_printed_choices_with_no_written_after_them_deny() -> None:
    unit = Unit("clinical/form.pdf", 1, "Any thoughts of hurting yourself? Yes / No   No  Office use only: ok.", None,
                None)
    assert suicidality_of(unit) == "none"


def test_a_heading_that_names_a_time_before_a_treatment_is_no_mention_of_it() -> None:
    text = ("Medications before ECT (from the referral, 01/2024)\n"
            "Sertraline 100 mg 2021-2022: no change.\n")
    assert {r.name for r in read(text).history} == {"sertraline"}


def test_a_stimulators_log_stays_open_while_its_settings_are_left_unchanged() -> None:
    text = ("Stimulator clinic record - FICTIONAL\n"
            "VNS implanted 02/03/2025. Stimulation activated 02/17/2025.\n"
            "Programming log\n"
            "Date        Output (mA) Freq (Hz) MADRS Comment\n"
            "02/17/2025  0.25        20        33    activation\n"
            "05/19/2025  1.0         20        28    tolerated\n"
            "11/17/2025  1.5         20        22    6-month review\n"
            "\f"
            "Visit note 11/17/2025 (FICTIONAL)\n"
            "She says she is a bit better. Settings are unchanged. Next interrogation in 6 months.\n")
    rows = [r for r in read(text).history if r.name == "vagus nerve stimulation"]
    assert rows and rows[0].end is None
