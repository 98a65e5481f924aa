"""The s81 round: a chronology whose entries are dated by their month or year alone (docs/notes.md, "s81"), read in
words and layouts of our own, not copies of any set's records (all examples FICTIONAL: people, clinics and numbers are
made up)."""
from __future__ import annotations

from appeal_kit.notes.dates import entry_month
from appeal_kit.notes.documents import Document
from appeal_kit.notes.propose import Proposals, propose


def read(text: str) -> Proposals:
    return propose([Document("clinical/abstract.txt", text.split("\f"), "txt")])


def trials(text: str) -> list[tuple]:
    return sorted(((r.name, r.start, r.end, r.outcome_class) for r in read(text).history), key=str)


_HEAD = ("SUMMARY OF A CLOSED CHART (FICTIONAL) - prepared 04/02/2026 by the records office\n"
         "Dx: F33.1 major depressive disorder, recurrent, moderate\n\n"
         "ENTRIES\n")


def test_the_month_or_year_a_chronology_line_opens_with() -> None:
    assert [entry_month(line) for line in ("05/1992  Seen by Dr. Pell: tearful.", "1995     Well on it.",
                                           "March 2004   sertraline begun.", "Oct. 1999   seen again")] == [
        "1992-05", "1995", "2004-03", "1999-10"]
    # not an entry's month: a full day, a range of years, a score, a month in the middle of a line, a diary's month
    # before a dash (its words tell their months: tests/test_notes.py's diary)
    assert [entry_month(line) for line in ("05/12/1992  Seen.", "1979-1980  No entries.", "7/10 pain today",
                                           "Seen 05/1992  tearful", "2003 sertraline",
                                           "Feb 2022 - Paxil 20.")] == [None] * 6


def test_a_drug_begun_and_stopped_in_the_months_of_their_entries() -> None:
    """An entry's later sentence dated by the entry's month: "begun" there is the start, "tapered off" the end, the
    month alone (no day the records never gave). Main (f2fee163): the start was the month a later entry named it in,
    and the end the month its words named, as a start."""
    chart = _HEAD + ("05/1992  Seen by Dr. Pell: tearful, poor appetite. Desipramine 100 mg at night begun.\n"
                     "09/1992  On desipramine, fully recovered; back at work.\n"
                     "06/1993  Desipramine tapered off with Dr. Pell; well.\n")
    assert trials(chart) == [("desipramine", "1992-05", "1993-06", "remission")]


def test_a_stop_after_a_harm_in_a_months_entry() -> None:
    """"Stopped after a bad rash" stops the drug in the entry's month, for the harm; "stopped after a week" keeps its
    own time (off shape). Main: no end."""
    chart = _HEAD + ("02/2001  Low again. Nefazodone 100 mg twice daily begun.\n"
                     "04/2001  Nefazodone stopped after a bad rash on both arms.\n"
                     "1999     Seen for a sprained wrist only.\n")
    assert trials(chart) == [("nefazodone", "2001-02", "2001-04", "side_effects")]


def test_a_months_entry_says_nothing_of_a_mention_in_another_sentence_shape() -> None:
    """Off shapes: a chart whose lines open with full days reads as before (the day, not its month), and a chronology
    of fewer than three month lines is no chronology (its months are what the words say)."""
    days = _HEAD + ("05/04/1992  Tearful. Desipramine 100 mg at night started.\n"
                    "09/08/1992  On desipramine, fully recovered; back at work.\n"
                    "06/01/1993  Desipramine tapered off; well.\n")
    assert trials(days) == [("desipramine", "1992-05-04", "1993-06-01", "remission")]
    two = _HEAD + "05/1992  Desipramine 100 mg started.\nNot seen after that.\n"
    assert [(r.name, r.start) for r in read(two).history] == [("desipramine", "1992-05")]


def level(text: str) -> str | None:
    return read(text).suicidality.get("level") if read(text).suicidality else None


def test_an_attempt_with_someone_elses_pills() -> None:
    """Pills named as a relative's ("a handful of her mother's sleeping pills"): the relative is an aside, the act is
    the patient's. Main: no level. Off shapes: "a handful of the vitamins" is no attempt."""
    assert level("Seen 03/02/2026. After the eviction she took a handful of her mother's sleeping pills; "
                 "observed overnight on the medical ward.") == "attempt"
    assert level("Seen 03/02/2026. He took a bottle of his brother's pills in 2019 and was admitted.") == "attempt"
    assert level("Seen 03/02/2026. She took a handful of the vitamins her sister sent.") is None


def test_thoughts_of_suicide_disclosed_are_had() -> None:
    """"Disclosed / voiced / acknowledged suicidal thoughts": thoughts had (the C-SSRS's second question). Main: no
    level. Off shape: a denial before the verb stays none."""
    assert level("Session 4 - 05/06/2026\nToday Ines disclosed thoughts of suicide; safety plan reviewed.") == "active"
    assert level("Session 4 - 05/06/2026\nMr. Okafor voiced suicidal thoughts at the end of the hour.") == "active"
    assert level("Session 4 - 05/06/2026\nShe denied suicidal thoughts and disclosed none.") == "none"


def test_a_forms_question_to_the_person_ends_the_family_answer() -> None:
    """On a photographed questionnaire, the question after a family-history answer ("Have you ever ...?") is about the
    person, not the relatives: its answer is read. And OCR's "[" for a capital I after a date or a comma. Main: no
    level (the answer read as the family's)."""
    def ocr_level(text: str) -> str | None:
        got = propose([Document("clinical/form_photo.jpg", [text], "image-ocr")]).suicidality
        return got.get("level") if got else None

    form = ("New patient form (FICTIONAL), page 2 - 06/01/2026\n"
            "Family history: my father, depression, on sertraline\n"
            "Have you ever wished you were dead?\n"
            "yes, in 2021 [ wished I could go to sleep and not wake up. No plan.\n"
            "Anything else? No.\n")
    assert ocr_level(form) == "passive"
    # off shape: a relative's wish stays the family's
    family = ("New patient form (FICTIONAL), page 2 - 06/01/2026\n"
              "Family history: my uncle, depression; he often wished he were dead\n"
              "Anything else? No.\n")
    assert ocr_level(family) is None


def named(text: str, file: str = "clinical/note.txt") -> list[str]:
    return sorted(r.name for r in propose([Document(file, [text], "txt")]).history)


_VISIT = "Visit 03/04/2026 (FICTIONAL)\nDx: F33.1 major depressive disorder, recurrent, moderate\n"


def test_a_drug_of_someone_the_patient_shares_a_cell_ship_or_cabin_with() -> None:
    """A cellmate's, a shipmate's, a bunkmate's drug is theirs, as a roommate's is. Main: a row each. Off shape: the
    patient's own trial told beside such a person stays."""
    assert named(_VISIT + "A cellmate's sertraline was found among his things in 2023; he says it was never his.") == []
    assert named(_VISIT + "An old entry notes a shipmate's escitalopram found in his bunk.") == []
    assert named(_VISIT + "Cabinmate gave him 1 diazepam last week - told not to.") == []
    assert named(_VISIT + "His housemate's bupropion 150 mg was in the cabinet; he took two of them.") == []
    assert trials(_VISIT + "Started sertraline 50 mg in 2023 after his cellmate died; no change after 10 weeks.") == [
        ("sertraline", "2023", None, "no_response")]


def test_a_forms_examples_of_what_it_asks_for_are_no_answer() -> None:
    """A form's question that lists examples in brackets ("(counseling, TMS, ECT, anything else):"): only the answer
    after the colon names treatments. Main: a row for each example, with the answer's class. Off shape: a bracket
    without such a marker ("(TMS, ECT):") is read as before."""
    form = ("Intake form (FICTIONAL) 03/04/2026\nDx: F33.1 major depressive disorder, recurrent, moderate\n"
            "Other treatments tried (counseling, TMS, ECT, ketamine, anything else): counseling 10 sessions in 2021, "
            "did not help\n")
    assert trials(form) == [("psychotherapy", "2021", "2021", "no_response")]
    spanish = ("Formulario de ingreso (FICTICIO) 04/03/2026\nDx: F33.1 trastorno depresivo mayor, recurrente\n"
               "Otros tratamientos (psicoterapia, EMT, TEC, otros): TCC 12 sesiones en 2020, sin mejoría\n")
    assert trials(spanish) == [("cognitive behavioral therapy", "2020", "2020", "no_response")]
    listed = ("Intake form (FICTIONAL) 03/04/2026\nDx: F33.1 major depressive disorder, recurrent, moderate\n"
              "Other treatments (TMS, ECT): ECT 6 sessions in 2019, remission\n")
    # (the bracket's TMS still gives a row there, as before: left, docs/notes.md s81)
    assert trials(listed) == [("electroconvulsive therapy", "2019", "2019", "remission"),
                              ("transcranial magnetic stimulation", None, None, "remission")]


def scored(text: str) -> list[tuple]:
    return sorted((s["name"], s["score"], s["date"]) for s in read(text).scales)


def test_the_day_of_a_consult_a_screen_or_an_intake_in_a_header() -> None:
    """The header's "Date of consult:", "Date of screen:" (across a column gap after the patient's name), and an
    "Intake DATE" sentence after a release date: the note's day, which a score "today" takes. Main: no date (the
    scores not found). Off shape: a date of birth is never the note's day."""
    consult = ("FICTIONAL - Riverbend Hospital - Psychiatry Consultation\n"
               "Ward 4 East, Oncology. Date of consult: 05/14/2026. FICTIONAL patient: Ida Marsh, 61, MRN FICT-1.\n"
               "Asked to see her for low mood.\n\nPHQ-9 17 today.\n")
    assert scored(consult) == [("PHQ-9", 17, "2026-05-14")]
    screen = ("FICTIONAL - Pre-surgery psychology screen\n"
              "Patient: Omar Vell   DOB 01/02/1970   Chart FICT-22   Date of screen: 06/09/2026\n\n"
              "Scores\nGAD-7: 8.\n")
    assert scored(screen) == [("GAD-7", 8, "2026-06-09")]
    intake = ("FICTIONAL - Bridgeway Community Clinic - Intake\n"
              "FICTIONAL patient: Lee Ortiz, 44. Discharged from the shelter program 02/01/2026. Intake 02/10/2026 "
              "with a nurse practitioner. Clinic phone (555) 555-0100.\n\nPHQ-9 today 15.\n")
    assert scored(intake) == [("PHQ-9", 15, "2026-02-10")]
    born = ("FICTIONAL - Pre-surgery psychology screen\n"
            "Patient: Omar Vell   DOB 01/02/1970   Chart FICT-22\n\nScores\nGAD-7 today: 8.\n")
    assert all(s[2] != "1970-01-02" for s in scored(born))


def test_denies_ever_taking_a_list() -> None:
    """"Denies ever taking lithium or an MAOI": never taken. Main: a lithium row. Off shape: the trial told before the
    denial stays."""
    assert named(_VISIT + "Denies ever taking lithium or an MAOI.") == []
    assert named(_VISIT + "Denies ever having taken bupropion.") == []
    assert trials(_VISIT + "Took sertraline 2019-2020 without benefit; denies ever taking lithium.") == [
        ("sertraline", "2019", "2020", "no_response")]


def test_a_letters_later_page_as_a_file_of_its_own_keeps_the_day_first_order() -> None:
    """A letter photographed a page a file: page 1 says its dates are day first, page 2 ("... - page 2 -") has only
    dates that read either way. Main: page 2's "Today (03/10/2026)" read as March 10. Off shapes: a second file that
    is no later page, or one with a date only month first, keeps its own order."""
    page1 = ("FICTIONAL LETTER - Seaview Clinic\n\n14 October 2026\n\nRe: Mr T. Lund. Dates are day/month/year.\n\n"
             "Sertraline 100 mg, 02/2020 to 05/2021: no change.\n")
    page2 = "FICTIONAL LETTER - page 2 - Mr T. Lund\n\nToday (03/10/2026) PHQ-9 17.\n"
    def scores_of(second: str) -> list[tuple]:
        got = propose([Document("clinical/letter_1.jpg", [page1], "image-ocr"),
                       Document("clinical/letter_2.jpg", [second], "image-ocr")])
        return sorted((s["name"], s["score"], s["date"]) for s in got.scales)

    assert scores_of(page2) == [("PHQ-9", 17, "2026-10-03")]
    assert scores_of("FICTIONAL - Lab and scores\n\nToday (03/10/2026) PHQ-9 17.\n") == [("PHQ-9", 17, "2026-03-10")]
    assert scores_of(page2 + "Seen again 03/25/2026.\n") == [("PHQ-9", 17, "2026-03-10")]


def test_outcome_words_of_a_mood_that_stayed_a_share_of_oneself_and_a_liver_test() -> None:
    """The contract's classes in words the reader did not know. Main: each `unknown`."""
    from appeal_kit.notes.propose import outcome_of

    assert outcome_of("I got back to gardening, but the depression stayed right where it was.")[0] == "no_response"
    assert outcome_of("She started cooking again but her mood stayed just as low.")[0] == "no_response"
    assert outcome_of('He calls himself "maybe 70 per cent of who I was."')[0] == "partial_response"
    assert outcome_of("Stopped after 4 months: ALT four times normal.")[0] == "side_effects"
    assert outcome_of("Se suspendió por elevación de las transaminasas.")[0] == "side_effects"
    assert outcome_of("Al principio mejoró mucho; desde marzo ha vuelto a estar como antes.")[0] == "relapse"
    # off shapes: a lump that stayed, a normal liver test, a sentence with no class
    assert [outcome_of(t)[0] for t in ("The cyst stayed where it was.", "ALT normal at 3 months.",
                                       "Vuelvo a estar como antes de la cirugía de rodilla.")] == ["unknown"] * 3


def test_a_hamilton_score_by_the_name_alone_and_a_requesting_physicians_codes() -> None:
    """An old chart's "Hamilton 21." is the HAM-D; "Codes supplied by the requesting physician: F33.2 ..." are codes
    given, not requested. Main: neither. Off shapes: a Dr. Hamilton and a Hamilton Road give no score; a request for
    ECT still gives no row."""
    assert scored("Entries (FICTIONAL)\n03/02/1989  Hamilton 19. Started on imipramine.\n") == [
        ("HAM-D", 19, "1989-03-02")]
    assert scored("Visit 03/04/2026\nReferred by Dr. Hamilton 2 weeks ago. Lives at 12 Hamilton Road.\n") == []
    got = read("Prepared 10/05/2026.\nCodes given by the requesting physician (2026): F33.1 major depressive "
               "disorder, recurrent, moderate; E11.9 type 2 diabetes.\n")
    assert [d["code"] for d in got.diagnoses] == ["F33.1", "E11.9"]
    assert named("Visit 10/05/2026.\nDx F33.1 major depressive disorder. Requesting ECT evaluation.\n") == []


def test_low_again_while_the_drug_is_taken_every_day() -> None:
    """"Low again although taking the Prozac every day": the illness back on the drug, a relapse (s79's "back in the
    hole ... despite taking it"). Main: `unknown`, and then a chart's falling scores read it as a partial response.
    Off shapes: a low mood again with the drug stopped says nothing; a harm "although taking it" is no relapse."""
    from appeal_kit.notes.propose import outcome_of

    assert outcome_of("Low again although taking the Zoloft every day, per her husband.")[0] == "relapse"
    assert outcome_of("Depressed again even though taking it daily.")[0] == "relapse"
    assert outcome_of("Low again; stopped it in May.")[0] == "unknown"
    assert outcome_of("Felt better, although taking it every day made her tired.")[0] == "partial_response"


def test_a_dose_held_while_npo_is_no_stop() -> None:
    """A plan's "Hold X while NPO; resume when ..." or "hold X tonight" pauses the drug: no end on the note's day (s77's
    `_HELD_FOR_NOW` kept such a hold out of the class, not out of the dates). Main: ended on the consult's day. Off
    shapes: a hold for a harm ("Hold escitalopram (QTc 520 ms).") and a stop still end it."""
    head = ("Psychiatry consult (FICTIONAL)\nDate of consult: 05/12/2026.\n\nHistory\n"
            "Escitalopram 10 mg since 2022: no change in mood.\n\nPlan\n")
    assert trials(head + "Hold escitalopram while NPO; resume when taking by mouth.") == [
        ("escitalopram", "2022", None, "no_response")]
    assert trials(head + "Continue escitalopram; hold the lithium tonight.") == [
        ("escitalopram", "2022", None, "no_response"), ("lithium", None, None, "unknown")]
    assert trials(head + "Hold escitalopram (QTc 520 ms).") == [("escitalopram", "2022", "2026-05-12", "no_response")]
    assert trials(head + "Stop escitalopram.") == [("escitalopram", "2022", "2026-05-12", "no_response")]


def test_a_spanish_gain_lost_after_some_months() -> None:
    """"Me ayudó al principio, pero a los seis meses estaba igual de mal": a gain, then after a time as ill as before, a
    relapse (the turn "pero a los / al cabo de / tras N meses"). Main: `no_response`. Off shape: no gain first stays
    no response."""
    from appeal_kit.notes.propose import outcome_of

    assert outcome_of("Le ayudó al principio, pero a los cuatro meses estaba igual de mal.")[0] == "relapse"
    assert outcome_of("Al principio mejoró, pero al cabo de tres meses estaba igual de mal.")[0] == "relapse"
    assert outcome_of("No le ayudó, y a los cuatro meses estaba igual de mal.")[0] == "no_response"
