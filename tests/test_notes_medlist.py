"""The medication list's line reader (appeal_kit/notes/medlist.py). FICTIONAL lines, written for these tests."""
import pytest

from appeal_kit.notes import medlist


def test_a_line_whose_columns_ran_together_gives_its_parts():
    line = medlist.read_line("Quellify | 5 mg | No | 06/2026 08/2026 added to the SSRI - gained weight, stopped",
                             "Quellify")
    assert (line.amount, line.status, line.start, line.end) == ("5 mg", "past", "06/2026", "08/2026")
    assert line.said.startswith("added to the SSRI")


def test_an_open_range_and_a_course_amount():
    line = medlist.read_line("Sertraline 100 mg Yes 04/2026 - helps some", "Sertraline")
    assert (line.status, line.start, line.end, line.open_range) == ("current", "04/2026", "", True)
    course = medlist.read_line("Counseling (CBT) 12 visits No 2024 2024 helped a lot", "Counseling")
    assert (course.name, course.amount, course.start, course.end) == ("Counseling (CBT)", "12 visits", "2024", "2024")


@pytest.mark.parametrize("words", [
    " 10 mg three times a day (spasticity)",
    " 300 mg at night for night sweats and sleep, started 05/2026.",
    " 10 mg at night for abdominal pain (IBS), raised to 25 mg",
    " continues for headache.",
    " for menopause symptoms (group, 6 sessions, 2026)",
    " 5 mg | 03/2025, one week | Only for pain after knee surgery",
])
def test_a_line_for_another_condition(words):
    assert medlist.for_another_condition(words)


@pytest.mark.parametrize("words", [
    " 30 mg was tried in 2022 for his back and his mood",  # the mood too
    " | Partial response (sleep, irritability)",  # what improved
    " XL 2021-22 (insomnia, BP up)",  # the harms it did
    " 15 mg at bedtime for sleep",  # sleep alone: read by its dose elsewhere
    " was stopped for headaches after a month",  # what it was stopped for
    " 20 mg daily (mood)",
])
def test_a_line_that_stays_a_trial(words):
    assert not medlist.for_another_condition(words)


def _rows(text: str):
    from appeal_kit.notes.documents import Document
    from appeal_kit.notes.propose import propose

    return {r.name: r for r in propose([Document("clinical/list.txt", [text], "txt")]).history}


def test_a_discharge_list_leaves_out_a_drug_for_another_condition():
    rows = _rows("Diagnoses: F33.1 recurrent major depression (FICTIONAL patient)\n\n"
                 "Discharge medications\n"
                 "sertraline 50 mg         daily (mood)\n"
                 "baclofen 10 mg           three times a day (spasticity)\n"
                 "Gabapentin 300 mg at night for night sweats and sleep, started 05/2026.\n")
    assert "sertraline" in rows and "baclofen" not in rows and "gabapentin" not in rows


def test_cbt_for_insomnia_is_no_psychotherapy_trial():
    rows = _rows("Diagnoses: F33.1 recurrent major depression (FICTIONAL patient)\n\n"
                 "CBT-I for insomnia, 5 sessions, 2025: sleep improved.\n"
                 "CBT for depression, 12 sessions in 2024: no change in mood.\n")
    assert list(rows) == ["cognitive behavioral therapy"]


@pytest.mark.parametrize(("words", "cls"), [
    ("he enjoyed the worksheets, but his mood stayed as it was", "no_response"),
    ('"Nice group, but I am the same."', "no_response"),
    ('"helpful tools, but I was still depressed"', "no_response"),
    ('she says she is "about half as bad as before"', "partial_response"),
    ('his irritability "went through the roof" in two weeks and he stopped it', "side_effects"),
    ('felt "blunted" and stopped after a month', "side_effects"),
    ('"it helped some" but he gained 30 pounds and switched', "side_effects"),
    ("it was stopped in the emergency room because of a sodium of 124", "side_effects"),
    ("worked; off after two years, well", "remission"),
    ("mejoró y lo dejó cuando se sintió bien", "remission"),
    ('"no noté ningún cambio"', "no_response"),
    ("helped - back at school, felt normal", "remission"),
])
def test_outcomes_a_list_line_tells(words, cls):
    from appeal_kit.notes.propose import outcome_of

    assert outcome_of(words)[0] == cls


@pytest.mark.parametrize("text", [
    "He once took a colleague's modafinil before a night shift; advised against it.",
    "Came in asking for Xanax after running out of his own medicine.",
    "Vortioxetine 10 mg was prescribed by her PCP in 09/2026 and she never picked it up.",
])
def test_no_row_from_a_drug_borrowed_asked_for_or_never_picked_up(text):
    assert _rows("Diagnoses: F33.1 recurrent major depression (FICTIONAL patient)\n\n" + text) == {}


def test_buspirone_added_to_an_antidepressant_is_an_augmentation():
    rows = _rows("Buspirone 15 mg twice a day added to the sertraline 03/2025-06/2025: no change.\n")
    assert rows["buspirone"].kind == "augmentation"


def test_a_plan_s_start_told_done_dates_the_trial():
    text = ("Team note (FICTIONAL patient)   Visit: 10/05/2026\nDiagnoses: F33.1 recurrent major depression\n"
            "Duloxetine 60 mg since 01/2026 has done nothing for her mood.\n"
            "Plan: Methylphenidate 5 mg each morning was added to the duloxetine on 10/05/2026 for low mood.\f"
            "Team note - follow-up 11/09/2026\nMethylphenidate: brighter in the mornings, mood still low most "
            "afternoons. Partial response; continue 5 mg.\n")
    rows = _rows_pages(text)
    assert (rows["methylphenidate"].kind, rows["methylphenidate"].start) == ("augmentation", "2026-10-05")


def _rows_pages(text: str):
    from appeal_kit.notes.documents import Document
    from appeal_kit.notes.propose import propose

    return {r.name: r for r in propose([Document("clinical/notes.txt", text.split("\f"), "txt")]).history}


@pytest.mark.parametrize(("words", "cls"), [
    ("His wife dates the return of the depression to 03/2025, six months after the last ECT treatment.", "relapse"),
])
def test_a_return_dated_from_the_course_s_end_is_a_relapse(words, cls):
    from appeal_kit.notes.propose import outcome_of

    assert outcome_of(words)[0] == cls


def test_a_therapy_s_word_in_a_place_s_name_ends_nothing():
    rows = _rows('In 2015 he had 10 sessions of CBT at the counseling center: "helpful tools, but I was still '
                 'depressed."\n')
    assert rows["cognitive behavioral therapy"].outcome_class == "no_response"


@pytest.mark.parametrize("text", [
    "Reinició escitalopram 10 mg en marzo de 2026; hoy lo sube a 20 mg.",
    "Escitalopram was restarted at 10 mg in 03/2025 and raised to 20 mg in 01/2026; he feels about the same.",
])
def test_a_restart_with_one_month_is_taken_since_then(text):
    row = _rows(text)["escitalopram"]
    assert row.start in ("2026-03", "2025-03") and row.end is None


def test_a_guess_keeps_its_row_unknown_and_lends_nothing_from_the_next_sentence():
    rows = _rows('Sertraline was restarted at 50 mg in 04/2025; she is "maybe a bit better" on it. She took a '
                 "yoga course through the clinic in 2026; it helped her cope with the waiting.\n")
    assert rows["sertraline"].outcome_class == "unknown"


def test_a_remission_that_lasted_until_a_date_ends_the_course_in_its_own_year():
    row = _rows("ECT, 9 treatments in 2018, brought a remission that lasted until summer 2020, when the depression "
                "returned.\n")["electroconvulsive therapy"]
    assert (row.start, row.end, row.outcome_class) == ("2018", "2018", "relapse")


def test_physical_therapy_is_no_trial_in_a_depression_case():
    rows = _rows("Diagnoses: F32.1 major depressive episode (FICTIONAL patient)\n\n"
                 "Follow-up: outpatient psychiatry in 2 weeks; outpatient speech and physical therapy.\n"
                 "Sertraline 50 mg since 08/2026: partial response.\n")
    assert list(rows) == ["sertraline"]


def test_a_code_table_s_line_and_an_ocr_letter_in_a_code():
    from appeal_kit.notes.documents import Document, ocr_codes
    from appeal_kit.notes.propose import propose

    assert ocr_codes("Dx: N9S.1 menopausal states; F3S.1") == "Dx: N95.1 menopausal states; F35.1"
    got = propose([Document("clinical/consult.txt", ["Impression (FICTIONAL patient)\nCode          Impression\n"
                                                     "F33.2         Recurrent major depression, severe\n"
                                                     "I10           Hypertension\n"], "txt")])
    assert [d["code"] for d in got.diagnoses] == ["F33.2", "I10"]
    other = propose([Document("clinical/log.txt", ["Room I10           Cafeteria\n"], "txt")])
    assert other.diagnoses == []


@pytest.mark.parametrize("text", [
    "He says he sometimes wishes it would all be over; no plan, no intent.",
    "A veces desea no despertar, sin plan ni intención.",
])
def test_a_passive_wish_told_in_other_words(text):
    from appeal_kit.notes.documents import Document
    from appeal_kit.notes.propose import propose

    assert propose([Document("clinical/note.txt", [text], "txt")]).suicidality["level"] == "passive"


def test_a_note_title_that_ends_with_its_kind_and_day_dates_its_scores():
    from appeal_kit.notes.documents import Document
    from appeal_kit.notes.propose import propose

    pages = ["Team Note (FICTIONAL RECORD)   Visit: 10/05/2026\nPHQ-9 today 18.\n",
             "Interdisciplinary Team Note - follow-up 11/09/2026 (FICTIONAL RECORD)\nPHQ-9 15. Pain NRS 4/10.\n"]
    scales = propose([Document("clinical/idt.txt", pages, "txt")]).scales
    assert {(s["name"], s["score"], s["date"]) for s in scales} >= {("PHQ-9", 15, "2026-11-09"),
                                                                    ("pain NRS", 4, "2026-11-09")}


def test_a_spanish_note_s_date_and_today_s_score_under_its_label():
    from appeal_kit.notes.documents import Document
    from appeal_kit.notes.propose import propose

    pages = ["Nota de consulta (MUESTRA FICTICIA)\nFecha: 3 de marzo de 2026\nEvaluación\nAnimo bajo. PHQ-9 de hoy:\n"
             "16. Niega ideas de muerte.\n",
             "Salud conductual - Nota de seguimiento - 04/07/2026\nPHQ-9 hoy: 12. GAD-7 hoy: 9.\n"]
    scales = {(s["name"], s["score"], s["date"]) for s in propose([Document("clinical/nota.txt", pages, "txt")]).scales}
    assert scales == {("PHQ-9", 16, "2026-03-03"), ("PHQ-9", 12, "2026-04-07"), ("GAD-7", 9, "2026-04-07")}


def test_never_taken_before_this_admission_leaves_the_admission_s_trial():
    rows = _rows("Her mother takes lithium; the patient had never taken lithium before this admission. Lithium "
                 "carbonate ER 300 mg twice daily was added to the desvenlafaxine on 11/02/2026 as augmentation. "
                 "It is too early to judge what the lithium has added.\n")
    assert rows["lithium"].kind == "augmentation"


def test_an_after_visit_summary_s_lists_when_the_heading_has_no_colon():
    text = ("After Visit Summary (FICTIONAL patient)   Visit date: 01/13/2026\n"
            "You have taken citalopram 20 mg since late October and feel no different, so we are stopping it.\n\n"
            "STOP taking these medicines\ncitalopram 20 mg tablet\n\n"
            "START taking these medicines\nbupropion XL 150 mg tablet: 1 tablet every morning, only if you decide\n")
    rows = _rows_pages(text)
    assert rows["citalopram"].end == "2026-01-13" and "bupropion" not in rows


@pytest.mark.parametrize(("words", "cls"), [
    ("uses the breathing skills, though his pain ratings have not moved", "no_response"),
    ("she recovered and stayed well for about a year", "remission"),
    ("'My hands shook and I sweated at night'; stopped after a month", "side_effects"),
    ("'me sentí bien', y la dejó por su cuenta al sentirse recuperada", "remission"),
    ("le daba diarrea casi a diario y la suspendió", "side_effects"),
    ("'It got me through the semester, but I was still depressed after.'", "no_response"),
    ("'takes the edge off' but he is still depressed most days", "partial_response"),
])
def test_more_outcomes_told_in_few_words(words, cls):
    from appeal_kit.notes.propose import outcome_of

    assert outcome_of(words)[0] == cls


def test_a_list_line_by_line_with_a_combination_s_strength():
    rows = _rows("Diagnoses: M54.50 low back pain, F32.1 depression (FICTIONAL patient)\n\nCurrent medications\n"
                 "Oxycodone-acetaminophen 5/325 mg, 1 tablet up to 3 times a day as needed for pain (#60 per 30 days)\n"
                 "Tizanidine 4 mg at bedtime as needed for spasm\n"
                 "Duloxetine 60 mg daily since 03/2026: pain a little better\n")
    assert "oxycodone" not in rows and "duloxetine" in rows


def test_naltrexone_for_the_drinking_is_no_trial():
    rows = _rows("Diagnoses: F33.1 (FICTIONAL patient)\nIn 2024 his doctor prescribed naltrexone 50 mg for the drinking "
                 "for two months. Sertraline 100 mg since 2025: partial response.\n")
    assert list(rows) == ["sertraline"]
