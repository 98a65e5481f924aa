"""The s74 round: record shapes the reader did not handle at all on the fix set blind-fresh42 (docs/notes.md, "s74"),
each read in layouts, words and languages of our own, not copies of any set's records (all examples FICTIONAL:
people, clinics and numbers are made up)."""
from __future__ import annotations

from appeal_kit.notes.documents import Document
from appeal_kit.notes.propose import Proposals, propose


def read(text: str, method: str = "txt") -> Proposals:
    return propose([Document("clinical/note.txt", text.split("\f"), method)])


def rows(text: str, method: str = "txt") -> list[tuple]:
    return sorted((r.name, r.start, r.end, r.outcome_class) for r in read(text, method).history)


def scales(text: str) -> set[tuple]:
    return {(s["name"], s["score"], s["date"]) for s in read(text).scales}


def test_a_forms_next_question_after_the_allergy_answer_is_no_allergy() -> None:
    """A form's allergy question answered on its own line ("Allergies: sulfa") and the next question over a list of
    medicines tried ("Medicines for mood, with dates:"): the list is the patient's trials, not more allergies. Main
    (adf98bdf): every drug under it read as an allergy, no row."""
    # (a scanned form, one item a line)
    assert rows("Allergies: penicillin - hives\nAntidepressants you have taken, with dates:\n"
                "Zoloft 100mg 1/2021 - 7/2021 shaky and nauseated, stopped\n"
                "Lexapro 10mg 8/2021 - now helps some, still down\n", "pdf-ocr") == [
        ("escitalopram", "2021-08", None, "partial_response"), ("sertraline", "2021-01", "2021-07", "side_effects")]
    # (typed, the answer in brackets, the list's one item a sentence)
    assert rows("Drug allergies: codeine (vomiting).\nList any medicines for mood or nerves you took before:\n"
                "Prozac 20 mg, 2019 to 2020. It did nothing for me.\n") == [("fluoxetine", "2019", "2020", "no_response")]
    # (an intolerances label, a question with a dash)
    assert rows("Allergies / intolerances: latex gloves\nPsychiatric medications - past and present:\n"
                "Effexor XR 150mg 02/2024 - 09/2024 blood pressure went up, stopped\n"
                "Remeron 15mg 10/2024 - current sleeping better, mood about half better\n", "pdf-ocr") == [
        ("mirtazapine", "2024-10", None, "partial_response"), ("venlafaxine", "2024-02", "2024-09", "side_effects")]
    # (a guard: an allergy list's items name their drug before the colon, and stay allergies)
    assert rows("Allergies:\nCodeine 30 mg: vomiting\nSertraline: hives all over\n") == []


def test_a_flowsheets_treatment_cell_dates_its_own_start_and_stop() -> None:
    """A treat-to-target flowsheet written with bars, a row a visit, whose treatment cell tells its own stop ("started
    01/06/2025; stopped 03/10/2025", "from ...; d/c ...") or span ("8 sessions (02/11/2025 - 04/29/2025)"), a comment
    wrapped onto a line without bars and a sentence after the table. Main (adf98bdf): each drug ended at the visit
    that listed it, the course's span lost, the wrapped words read into the visit's date and the sentence after the
    table into the last row."""
    text = ("Date | Treatment | PHQ-9 | Comment\n"
            "01/06/2025 | Escitalopram 10 mg started 01/06/2025; stopped 03/10/2025 | 17 | no better on it at\nall\n"
            "03/10/2025 | Venlafaxine XR 75 mg started 03/10/2025 | 16 | (new today)\n"
            "06/02/2025 | Venlafaxine XR 150 mg | 9 | about half better\n"
            "GAD-7 11 on 01/06/2025.\n")
    assert rows(text) == [("escitalopram", "2025-01-06", "2025-03-10", "no_response"),
                          ("venlafaxine", "2025-03-10", None, "partial_response")]
    assert {("PHQ-9", 9, "2025-06-02"), ("GAD-7", 11, "2025-01-06")} <= scales(text)
    assert rows("Visit date | Treatment | PHQ-9 | Response\n"
                "02/11/2025 | Problem-solving therapy, 8 sessions (02/11/2025 - 04/29/2025) | 15 | helped some, but "
                "still\nlow most days\n"
                "05/06/2025 | Mirtazapine 15 mg started 05/06/2025 | 13 | (started)\n"
                "08/12/2025 | Mirtazapine 30 mg | 12 | sleeping better, mood the same\n") == [
        ("mirtazapine", "2025-05-06", None, "no_response"),
        ("problem-solving therapy", "2025-02-11", "2025-04-29", "partial_response")]
    assert rows("Visit | Medication | PHQ-9 | Notes\n"
                "01/09/2024 | Bupropion SR 150 mg twice daily from 01/09/2024; d/c 04/16/2024 | 19 | jittery, could "
                "not sleep\n"
                "04/16/2024 | Sertraline 50 mg from 04/16/2024 | 18 | (first dose today)\n"
                "07/23/2024 | Sertraline 100 mg | 12 | somewhat better\n") == [
        ("bupropion", "2024-01-09", "2024-04-16", "side_effects"),
        ("sertraline", "2024-04-16", None, "partial_response")]


def test_a_medicine_tried_for_the_pain_the_records_treat_is_a_row() -> None:
    """The lead's decision (s74): appeal-kit appeals ketamine for chronic pain too, so a medicine tried for the pain
    condition the records treat (its code, or a pain service's notes) is a history row of the kind other, judged
    against that pain, also in records whose first code is the depression; one given for something else is not.
    Main (adf98bdf): no row (each a pain medicine in a depression case), the Spanish name not known, and "back at 9/10"
    read as a date in 2010."""
    assert rows("Summit Headache Clinic - follow-up 05/04/2026\n"
                "Diagnoses: G43.719 chronic migraine without aura, intractable; F33.1 major depressive disorder, "
                "recurrent, moderate.\nPrior preventives:\n"
                "Propranolol LA 80 mg, 10/2023 - 04/2024: did nothing for the migraines; stopped.\n"
                "Erenumab 70 mg monthly 05/2024 - 11/2024: headache days halved at first, then the headaches were "
                "back.\n") == [("erenumab", "2024-05", "2024-11", "relapse"),
                               ("propranolol", "2023-10", "2024-04", "no_response")]
    assert rows("Unidad del Dolor - Hospital Comarcal (ficticio)\n"
                "Diagnósticos: F32.1 episodio depresivo moderado; M79.7 fibromialgia.\nTratamientos previos:\n"
                "Pregabalina 150 mg cada 12 h, 02/2024 - 08/2024: sin mejoría del dolor, mareo; se retiró.\n"
                "Duloxetina 60 mg desde 09/2024: ánimo algo mejor.\n") == [
        ("duloxetine", "2024-09", None, "partial_response"), ("pregabalin", "2024-02", "2024-08", "side_effects")]
    # (a restless legs drug in the same records is given for something else: no row)
    assert rows("Dx: G50.0 trigeminal neuralgia; F33.2 major depressive disorder, recurrent, severe; G25.81 restless "
                "legs.\nBaclofen 10 mg three times daily 2022 - 2023: took the edge off the pain for a while, then the "
                "attacks were back at 9/10.\nGabapentin 300 mg at bedtime for restless legs since 2021.\n"
                "Venlafaxine XR 150 mg 2023 - 2024: no change in mood.\n") == [
        ("baclofen", "2022", "2023", "relapse"), ("venlafaxine", "2023", "2024", "no_response")]
    # (a guard: records that treat no pain condition keep a pain medicine out, as do a pain plan's "if needed" ones)
    assert rows("Dx: F33.1 major depressive disorder, recurrent, moderate.\n"
                "Ibuprofen 400 mg three times daily 2024 - 2025: no change in his knee pain.\n") == []
    assert rows("Dx: F33.1 major depressive disorder; M54.50 low back pain.\n"
                "Postoperative pain plan: nerve block, acetaminophen, low-dose oxycodone if needed.\n") == []


def test_a_bedtime_trazodone_judged_on_the_mood_is_a_trial() -> None:
    """A low bedtime dose of trazodone, dated, whose own words judge the mood on it and give it for no sleep: tried for
    the depression too, a trial (s74). Main (adf98bdf): read as a sleep aid, no row."""
    assert rows("Desyrel 50 mg nightly 2022 - 2023: sleeping better, but no change in her depression.\n") == [
        ("trazodone", "2022", "2023", "no_response")]
    assert rows("Medications tried:\n- trazodone 100 mg qhs, 2023-2024 - slept well on it and her mood was somewhat "
                "better, not well\n") == [("trazodone", "2023", "2024", "partial_response")]
    assert rows("Trazodone 75 mg hs 01/2021 - 06/2021 - slept, but the depression no better.\n") == [
        ("trazodone", "2021-01", "2021-06", "no_response")]
    # (a guard: one given for sleep, or undated, stays a sleep aid)
    assert rows("Trazodone 50 mg at night for insomnia; mood unchanged.\n") == []
    assert rows("Trazodone 50 mg qhs - sleeping ok. Mood better since the sertraline went up.\n") == [
        ("sertraline", None, None, "partial_response")]


def test_a_contacts_day_after_a_start_dates_what_was_seen() -> None:
    """A drug started on a day, then judged at a contact told by its day ("at our check-in on 03/16/2026", "at the
    phone call of ...", "en la consulta del ..."): the day it was seen, no end; the drug goes on. Main (adf98bdf): the
    contact's day read as the end."""
    assert rows("Started duloxetine 30 mg on 02/02/2026, raised to 60 mg; at her check-in on 03/16/2026 her mood was "
                "about the same.\n") == [("duloxetine", "2026-02-02", None, "no_response")]
    assert rows("Bupropion XL 150 mg begun 09/08/2025 by her GP; at the phone call of 10/20/2025 he said it was too "
                "soon to know.\n") == [("bupropion", "2025-09-08", None, "unknown")]
    assert rows("Se inició sertralina 50 mg el 12/01/2026; en la consulta del 23/02/2026 refiere que duerme algo "
                "mejor.\n") == [("sertraline", "2026-01-12", None, "partial_response")]


def test_a_bar_tables_row_with_an_empty_last_cell_keeps_its_columns() -> None:
    """A table written with bars whose row leaves its last cell empty ("Wellbutrin XL 300 mg | 01/2021 - now |"): its
    cells in the bars' order, the open range a start. Main (adf98bdf): the dates read as the empty last column, the
    drug started and ended in one month."""
    assert rows("Drug | Dates | Why stopped\nCelexa 20 mg | 2019 - 2020 | no help\n"
                "Wellbutrin XL 300 mg | 01/2021 - now |\n") == [("bupropion", "2021-01", None, "unknown"),
                                                             ("citalopram", "2019", "2020", "no_response")]
    assert rows("| Medicine | Dates | Comment |\n| Prozac 20 mg | 03/2022 - 09/2022 | made her jittery, stopped |\n"
                "| Effexor XR 150 mg | 10/2022 - present | |\n") == [
        ("fluoxetine", "2022-03", "2022-09", "side_effects"), ("venlafaxine", "2022-10", None, "unknown")]
    assert rows("Fármaco | Fechas | Motivo de retirada\nCitalopram 20 mg | 02/2021 - 08/2021 | sin efecto\n"
                "Sertralina 100 mg | 01/2023 - actualidad |\n") == [
        ("citalopram", "2021-02", "2021-08", "no_response"), ("sertraline", "2023-01", None, "unknown")]


def test_a_flowsheets_visit_that_switches_from_a_drug_ends_it() -> None:
    """A treat-to-target flowsheet's change column at the visit that switches drugs ("switched from sertraline",
    "changed over from escitalopram", "switch from citalopram: no benefit"): the drug left ends at that visit, not at
    the last visit that listed it. Main (adf98bdf): ended one visit early."""
    assert rows("Visit | Medication | PHQ-9 | Change\n01/05/2026 | Sertraline 50 mg | 18 | started\n"
                "02/09/2026 | Sertraline 100 mg | 16 | increased\n"
                "03/16/2026 | Venlafaxine XR 75 mg | 15 | switched from sertraline - no better\n"
                "05/11/2026 | Venlafaxine XR 150 mg | 9 | about half better\n") == [
        ("sertraline", "2026-01-05", "2026-03-16", "no_response"),
        ("venlafaxine", "2026-03-16", None, "partial_response")]
    assert rows("Date | Drug | MADRS | Med change\n10/02/2025 | Escitalopram 10 mg | 30 | new\n"
                "11/13/2025 | Escitalopram 20 mg | 27 | dose up\n"
                "01/08/2026 | Vortioxetine 10 mg | 26 | changed over from escitalopram\n"
                "03/05/2026 | Vortioxetine 20 mg | 15 | better, not well\n")[0][:3] == (
        "escitalopram", "2025-10-02", "2026-01-08")
    assert rows("Date | Medication | PHQ-9 | Plan\n04/07/2025 | Citalopram 20 mg | 17 | start\n"
                "05/19/2025 | Citalopram 20 mg | 16 | no change yet\n"
                "07/14/2025 | Mirtazapine 15 mg | 15 | switch from citalopram: no benefit\n"
                "09/22/2025 | Mirtazapine 30 mg | 11 | sleeping, a little brighter\n") == [
        ("citalopram", "2025-04-07", "2025-07-14", "no_response"),
        ("mirtazapine", "2025-07-14", None, "partial_response")]
