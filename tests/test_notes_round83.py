"""The s83 round: kinds of record blind-fresh54 missed or invented (docs/notes.md, "s83"), read in words and layouts
of our own, not copies of any set's records (all examples FICTIONAL: people, clinics and numbers are made up)."""
from __future__ import annotations

from appeal_kit.notes.documents import Document
from appeal_kit.notes.propose import Proposals, outcome_of, propose


def read(text: str, name: str = "clinical/note.txt") -> Proposals:
    return propose([Document(name, text.split("\f"), "txt")])


def trials(text: str) -> list[tuple]:
    return sorted(((r.name, r.kind, r.start, r.end, r.outcome_class) for r in read(text).history), key=str)


_WBT_LOG = ("Riverbend Counseling (FICTIONAL) - therapy notes\n"
            "Client: Tamsin Oduya (FICTIONAL)\n\n"
            "Intake 03/03/2026: residual low mood. Plan: well-being therapy, 6 sessions.\n\n"
            "03/03/2026  WBT 1. Diary of good moments started. PHQ-9 12.\n"
            "03/24/2026  WBT 3. Notices good moments, then worries.\n"
            "04/14/2026  WBT 5. Purpose in life discussed.\n"
            "04/28/2026  WBT 6, final. She says she is fully back. PHQ-9 4.\n")


def test_a_known_short_name_a_document_gives_another_treatment() -> None:
    """"WBT" is Wellbutrin's short name, but a document that names well-being therapy in full and no bupropion uses it
    for the therapy: its session log is the course (first session to the one told final, "she is fully back":
    remission), not a bupropion trial begun at the first session. Base (c3f5d150): a bupropion row, no therapy.
    Off shapes: the same log in a document that names Wellbutrin too, or never names the therapy in full."""
    assert trials(_WBT_LOG) == [("well-being therapy", "psychotherapy", "2026-03-03", "2026-04-28", "remission")]
    both = _WBT_LOG.replace("residual low mood.", "residual low mood on Wellbutrin.")
    assert "bupropion" in {name for name, *_ in trials(both)}
    bare = _WBT_LOG.replace("Plan: well-being therapy, 6 sessions.", "Plan: sessions as below.")
    assert {name for name, *_ in trials(bare)} == {"bupropion"}


def test_a_person_fully_back_is_a_remission() -> None:
    """The person "fully back", the clause ending there (quoted, or before a dash): a remission. Base: unknown. Off
    shapes: not fully back, back at work, and an appetite back."""
    assert outcome_of('She says she is "fully back - like before all this."')[0] == "remission"
    assert outcome_of("I feel fully back.")[0] == "remission"
    assert outcome_of("She is not fully back.")[0] == "unknown"
    assert outcome_of("He is fully back at work.")[0] == "unknown"
    assert outcome_of("He is fully back to work since May.")[0] == "unknown"


def test_another_group_member_telling_of_their_own_drug() -> None:
    """A group visit's other member who "described taking" a drug (or a fellow patient who "recalled being on" one):
    their drug, no row. Base: a bupropion row. Off shape: the patient's own drug in the next sentence stays."""
    text = ("Group visit 05/06/2026 (FICTIONAL)\n"
            "Another group member described taking vortioxetine; she asked about it. Not prescribed to her.\n"
            "A fellow patient recalled being on lithium for years.\n"
            "Citalopram 20 mg since 01/2026: no change in her mood.\n")
    assert trials(text) == [("citalopram", "antidepressant", "2026-01", None, "no_response")]


_PROFILE = ("Hillcrest Pharmacy (FICTIONAL) - patient profile, printed 09/10/2026\n"
            "Patient: Bram Eklund (FICTIONAL)\n\n"
            "Date        Drug            Strength  Qty  Days  Note\n"
            "02/02/2025  escitalopram    10 mg     30   30    new\n"
            "03/03/2025  escitalopram    20 mg     30   30    dose up\n"
            "04/02/2025  escitalopram    20 mg     30   30\n"
            "05/05/2025  mirtazapine     15 mg     30   30    new\n"
            "05/05/2025  quetiapine      25 mg     30   30    new\n"
            "06/04/2025  mirtazapine     15 mg     30   30\n"
            "08/01/2026  mirtazapine     30 mg     90   90    refill\n"
            "08/01/2026  trazodone       50 mg     90   90    for sleep\n\n"
            "Pharmacist notes\n"
            "04/30/2025: escitalopram stopped by the prescriber - no benefit after 12 weeks.\n"
            "05/12/2025: quetiapine never started - pt worried about weight; returned.\n"
            "03/15/2026: on mirtazapine 30 mg pt says he feels like himself again.\n")


def test_a_fill_history_headed_date_beside_a_supply() -> None:
    """A printout's fills under "Date | Drug | Strength | Qty | Days | Note" (the day headed "Date", a supply's days
    beside it, a drug on several rows): a fill history, so a drug never started and one filled for sleep are no rows,
    and a gap a dated note says the drug was taken in ("on mirtazapine 30 mg ... feels like himself again", not a
    restart) is no stop. Base: quetiapine and trazodone rows dated by their fill, mirtazapine split in two."""
    assert trials(_PROFILE) == [
        ("escitalopram", "antidepressant", "2025-02-02", "2025-04-30", "no_response"),
        ("mirtazapine", "antidepressant", "2025-05-05", None, "remission")]
    # (the note's "again" is a person well again, not a restart)
    # off shape: without the note that he was taking it, the year's gap is a stop and a restart (two courses)
    gap = _PROFILE.replace("03/15/2026: on mirtazapine 30 mg pt says he feels like himself again.\n", "")
    assert [s for n, _, s, _, _ in trials(gap) if n == "mirtazapine"] == ["2025-05-05", "2026-08-01"]
    assert outcome_of("on mirtazapine 30 mg pt says he feels like himself again")[0] == "remission"


def test_light_therapy_and_wake_therapy_are_trials_of_the_kind_other() -> None:
    """Bright light therapy with its months and how it went, and a night of wake therapy (therapeutic sleep
    deprivation) on a day: trials of the kind other, the night its start and end. Base: neither read."""
    text = ("Mood clinic visit 11/02/2026 (FICTIONAL)\n"
            "Light box therapy, 10,000 lux each morning, 12/2025 to 03/2026: she slept earlier, but her mood did not "
            "change.\n"
            "Total sleep deprivation was done on 11/09/2026 in the sleep lab. She felt much better the next day; by "
            "the weekend the gain was gone.\n")
    assert trials(text) == [
        ("bright light therapy", "other", "2025-12", "2026-03", "no_response"),
        ("wake therapy", "other", "2026-11-09", "2026-11-09", "relapse")]


_PAIN_TABLE = ("Lakeside Pain Clinic (FICTIONAL) - visit 08/20/2026\n"
               "Chronic post-surgical nerve pain in the right hand since 2024. Pain today 7/10.\n"
               "Medicines tried for the nerve pain:\n"
               "Medicine     Dates               Highest dose   What happened\n"
               "duloxetine   01/2025 - 05/2025   60 mg/day      nausea every day; stopped\n"
               "pregabalin   06/2025 - 10/2025   450 mg/day     so drowsy he fell asleep at work; stopped\n"
               "memantine    11/2025 - 04/2026   20 mg/day      he says no real change\n"
               "Code      Diagnosis\n"
               "G56.41    causalgia of right upper limb\n"
               "F32.1     major depressive disorder, single episode, moderate\n")


def test_a_table_under_a_heading_of_medicines_tried_for_the_treated_pain() -> None:
    """A table's rows under "Medicines tried for the nerve pain:", in records that code the pain: each a trial for
    that pain, memantine (tried off label for nerve pain) too. Base: pregabalin dropped as a pain medicine its own
    words do not tie to the pain, memantine unknown."""
    got = trials(_PAIN_TABLE)
    assert ("pregabalin", "other", "2025-06", "2025-10", "side_effects") in got
    assert ("memantine", "other", "2025-11", "2026-04", "no_response") in got
    # off shape: memantine for the memory in a depression case is no trial
    assert trials("Visit 08/20/2026 (FICTIONAL)\nDiagnosis: F33.1 major depressive disorder, recurrent, moderate.\n"
                  "Memantine 10 mg since 03/2026 for his memory.\n"
                  "Sertraline 100 mg since 01/2026: about half better.\n") == [
        ("sertraline", "antidepressant", "2026-01", None, "partial_response")]


def test_a_log_of_prescriptions_each_line_opened_by_its_short_day() -> None:
    """Carbon copies of a prescription pad, each line opened by its day written m/d/yy and then a drug in lower case:
    each line an entry of its own day, a prescription's dose and quantity ("150 mg #30") or "add ... " its start, a
    stop its end. Base: the lines run together, the starts read as days the drug was only seen."""
    text = ("Dr. Ansel Rook - family practice, prescription copies (FICTIONAL)\n"
            "4/7/13 citalopram 20 mg #30 x3\n"
            "8/19/13 citalopram 40 mg #30\n"
            "2/3/14 mirtazapine 15 mg #30\n"
            "6/30/14 weight up 9 lb on mirtazapine -> stopped.\n"
            "9/2/14 add aripiprazole 2 mg\n"
            "11/4/14 akathisia on aripiprazole -> stopped.\n")
    got = trials(text)
    assert ("mirtazapine", "antidepressant", "2014-02-03", "2014-06-30", "side_effects") in got
    assert ("aripiprazole", "augmentation", "2014-09-02", "2014-11-04", "side_effects") in got
    # off shape: an infusion log's line that names no treatment opens no entry of its own (read as the log it is)
    from datetime import date

    from appeal_kit.notes.documents import _full_day_opening

    assert _full_day_opening("4/7/13 citalopram 20 mg #30 x3") == date(2013, 4, 7)
    assert _full_day_opening("04/22/2026 infusion 1 NRS before 8, after 3") is None


def test_nothing_different_is_no_response() -> None:
    """"Nothing different" said of the drug, the clause ending there or "on" it after: no response. Base: unknown.
    Off shapes: "nothing different in her medicines", and "no, nothing different" kept as it was."""
    assert outcome_of("9/2/14 pt: 'nothing different on citalopram - stop.")[0] == "no_response"
    assert outcome_of("Nothing is different, she says.")[0] == "no_response"
    assert outcome_of("Nothing different in her medicines today.")[0] == "unknown"


def scales(text: str) -> list[tuple]:
    return [(s["name"], s["score"], s["date"]) for s in read(text).scales]


def test_a_header_cell_with_the_visit_label_dates_the_note() -> None:
    """A header line of cells ("Member: ...   MRN ...   Visit 03/09/2026   Clinic ...") whose cell with the visit's
    label gives the note's day: the scores said "today" are of that day. Base: no day, so no scores. Off shape: the
    same line with a date of birth in place of the visit gives none."""
    text = ("Shared medical appointment - individual note (FICTIONAL)\n"
            "Member: Odile Brannock (FICTIONAL)   MRN FICT-0001   Visit 03/09/2026   Clinic (555) 555-0100\n"
            "Sertraline 100 mg since 2025.\n"
            "PHQ-9 today 11, GAD-7 6.\n")
    assert scales(text) == [("PHQ-9", 11, "2026-03-09"), ("GAD-7", 6, "2026-03-09")]
    assert scales(text.replace("Visit 03/09/2026", "DOB 03/09/1966")) == []


def test_a_range_of_days_written_in_words_with_one_year() -> None:
    """"from February 7 to March 9, 1979": the first day has the last one's year (the year before when the months
    turn over). Base: the start lost, only the end read."""
    from appeal_kit.notes.dates import find_when

    assert [w.value for w in find_when("a course of ECT from February 7 to March 9, 1979.")] == [
        "1979-02-07", "1979-03-09"]
    assert [w.value for w in find_when("from Dec 28 to Jan 4, 2020")] == ["2019-12-28", "2020-01-04"]
    assert [w.value for w in find_when("between January and March 2020")] == ["2020-01", "2020-03"]
