"""The s70 round: kinds of miss found on the fix set blind-fresh38 (docs/notes.md, "s70").
Sentences of our own, not copies of any set's records (all examples FICTIONAL: people, clinics, numbers are made up)."""
from __future__ import annotations

from appeal_kit.notes.documents import Document
from appeal_kit.notes.propose import Proposals, propose


def read(text: str) -> Proposals:
    return propose([Document("clinical/note.txt", text.split("\f"), "txt")])


def rows(text: str) -> set[tuple]:
    return {(r.name, r.start, r.end, r.outcome_class) for r in read(text).history}


HEAD = "Birchwood Family Practice (FICTIONAL)\nPatient: Ines Talbot (fictional). Visit 10/02/2026.\n\nHistory\n"


def test_a_gain_in_drive_then_a_comma_and_a_mood_still_low_is_partial() -> None:
    """The contract's partial response: a gain in what the illness took beside a mood still low, told with a comma
    where the known form has "but". Main (121a52f0): unknown."""
    text = HEAD + "Prior trials:\n- Mirtazapine 30 mg, 03/2021 - 11/2022: more drive, mood still low most days.\n"
    assert rows(text) == {("mirtazapine", "2021-03", "2022-11", "partial_response")}


def test_a_stop_for_a_blood_test_out_of_range_is_a_side_effect() -> None:
    """An old chart's "D/C - liver enzymes raised": a harm the drug did that ended it; a refusal of another
    treatment told next ("... offered; pt declined") is no outcome of it. Main (121a52f0): unknown."""
    text = HEAD + ("1995-1997: PAROXETINE 40 MG/D. D/C 1997 - LIVER ENZYMES RAISED.\n"
                   "LITHIUM OFFERED 1997; PT DECLINED. CHART CLOSED 1997.\n")
    assert rows(text) == {("paroxetine", "1995", "1997", "side_effects")}
    assert rows(HEAD + "Desvenlafaxine 50 mg, 2019-2020: stopped, sodium low on two checks.\n") == {
        ("desvenlafaxine", "2019", "2020", "side_effects")}


def test_active_self_harm_ideation_told_in_spanish_to_a_relative_is_the_patients() -> None:
    """"Ideación autolítica activa con plan" is active ideation ("autolítica" is the Spanish records' other word for
    suicidal), and the relative it was told to ("comunicada a su madre") is no other person's ideation. Main
    (121a52f0): None."""
    text = HEAD.replace("History", "Motivo de ingreso") + \
        "Ideación autolítica activa con plan (tomar todas sus pastillas), comunicada a su madre.\n"
    assert read(text).suicidality["level"] == "active"
    assert read(HEAD + "She told her brother about active suicidal thoughts with a plan.\n").suicidality["level"] == \
        "active"


def test_a_therapy_dated_by_a_relatives_event_in_the_possessive_is_the_patients() -> None:
    """"IPT after her mother's stroke in 2019": the relative's event is when the patient's therapy was, as "after
    the death of her mother" already was. Main (121a52f0): no row."""
    text = HEAD + ("Interpersonal therapy after her mother's stroke in 2019 (about 14 sessions) helped with the "
                   "worry; the depression persisted.\n")
    assert rows(text) == {("interpersonal psychotherapy", "2019", "2019", "no_response")}
    # the relative's own treatment stays the relative's
    assert rows(HEAD + "Her mother's depression responded to sertraline.\n") == set()
    assert rows(HEAD + "Her father's illness was treated with ECT in 1990.\n") == set()


def test_a_re_assessment_heading_with_its_day_opens_a_new_note() -> None:
    """"Re-assessment 03/20/2026" over a therapist's later note is a note of its own, as "Follow-up visit 03/20/2026"
    is: the earlier note's "Plan:" does not reach over it and hide the later judgment. Main (121a52f0): unknown."""
    text = ("Oak Hollow Physical Therapy (FICTIONAL)\nPatient: Lee Park (fictional)\n\nInitial evaluation 02/02/2026\n"
            "Venlafaxine 150 mg daily since 10/2025.\nPlan: home exercises twice a day for 6 weeks.\n\n"
            "Re-assessment 03/20/2026\n-------------------------\n"
            "She says the venlafaxine has helped about half; she is not out of the depression yet.\n")
    assert ("venlafaxine", "2025-10", None, "partial_response") in rows(text)


def test_did_well_then_the_illness_back_is_a_relapse() -> None:
    """"Did well for N weeks; by May the heaviness was back": "did well" is a gain as "felt well" is, so the illness
    back after it is its loss. Main (121a52f0): remission."""
    text = HEAD + "Bupropion XL 300 mg since 01/2026. Did well for about two months on it; by May the fog was back.\n"
    assert rows(text) == {("bupropion", "2026-01", None, "relapse")}



def test_a_call_logs_long_entry_opened_by_its_day_across_a_gap_dates_what_it_tells() -> None:
    """A call log's table read as lines ("01/14/2026    Mood     ..."): an entry longer than a heading still opens
    with its day, so its "stopped today" is that day, not the last short entry's. Main (121a52f0): the stop dated by
    the entry before."""
    text = ("Lakeview Family Practice (FICTIONAL): care call log\nPatient: Mara Quill (fictional).\n"
            "02/10/2025    Mood     Escitalopram 10 mg started today by her doctor.\n"
            "08/05/2025    Mood     PHQ-9 8. About 60% better.\n"
            "01/14/2026    Mood     PHQ-9 18. The escitalopram helped her through the autumn, then by Christmas she "
            "slid back while still taking it every morning. Escitalopram stopped today.\n")
    assert rows(text) == {("escitalopram", "2025-02-10", "2026-01-14", "relapse")}


def test_a_start_closing_its_clause_in_a_note_of_today_starts_that_day() -> None:
    """"X stopped today; Y 10 mg started.": the start told after the name, on the note's day, as "started
    today" already was. Main (121a52f0): no start."""
    text = HEAD + "Venlafaxine stopped today; vortioxetine 10 mg started.\n"
    assert ("vortioxetine", "2026-10-02", None, "unknown") in rows(text)


def test_a_prescribers_start_told_in_a_dated_entry_starts_that_day() -> None:
    """"Dr. Ames started escitalopram 10 mg." in a visit of 02/10/2025: the prescriber's order, as "Start X" is.
    Main (121a52f0): no start."""
    text = ("Lakeview Family Practice (FICTIONAL)\nPatient: Mara Quill (fictional).\nVisit 02/10/2025\n"
            "Dr. Ames started escitalopram 10 mg, raised to 20 mg on 03/12/2025.\n")
    assert rows(text) == {("escitalopram", "2025-02-10", None, "unknown")}


def test_a_drug_the_patient_says_she_never_took_that_is_no_trial() -> None:
    """A list's "X? pt says 'never took that'": the patient's own denial, told of "that" as "never took it" is.
    The drug on the line before keeps its row. Main (121a52f0): a row for the drug never taken."""
    text = HEAD + ("Past psych meds\nfluoxetine 20 mg 2019-2020 stopped - headaches\n"
                   "mirtazapine? pt says 'never took that'\n")
    assert rows(text) == {("fluoxetine", "2019", "2020", "side_effects")}


def test_a_printouts_second_photo_read_as_lines_keeps_a_drug_still_filled_open() -> None:
    """A pharmacy profile photographed a page a file, its table read as lines (OCR lost the bars): page 2 dates
    nothing itself (its first fill is no day of the record), so it is of page 1's print day, and a last fill within a
    supply of that day is a drug still dispensed, as in the printout's table. Main (121a52f0): ended at its last
    fill."""
    one = ("Maple Street Pharmacy (FICTIONAL) - Patient Medication Profile\nPatient: Ines Talbot (fictional)\n"
           "Printed 06/15/2026\nDrug Strength First fill Last fill\nSERTRALINE 50 MG 01/04/2025 05/02/2025\n")
    two = ("Maple Street Pharmacy - profile, page 2\nDrug Strength First fill Last fill\n"
           "ESCITALOPRAM 10 MG 06/01/2025 06/02/2026\nLISINOPRIL 10 MG 02/10/2024 06/02/2026\n")
    got = propose([Document("clinical/profile_1.jpg", [one], "image-ocr"),
                   Document("clinical/profile_2.jpg", [two], "image-ocr")]).history
    assert {(r.name, r.start, r.end) for r in got} == {("sertraline", "2025-01-04", "2025-05-02"),
                                                      ("escitalopram", "2025-06-01", None)}
