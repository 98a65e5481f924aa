"""The s71 round: kinds of miss found on the fix set blind-fresh39 (docs/notes.md, "s71"). Each kind is read in three
sentences of our own, as other clinicians would write the same fact (other words, order, language), not copies of any
set's records (all examples FICTIONAL: people, clinics, numbers are made up)."""
from __future__ import annotations

from appeal_kit.notes.documents import Document
from appeal_kit.notes.propose import Proposals, propose


def read(text: str) -> Proposals:
    return propose([Document("clinical/note.txt", text.split("\f"), "txt")])


def rows(text: str) -> set[tuple]:
    return {(r.name, r.start, r.end, r.outcome_class) for r in read(text).history}


HEAD = "Maplecrest Behavioral Health (FICTIONAL)\nPatient: Oren Vasquez-Lund (fictional). Visit 10/02/2026.\n\nHistory\n"


def test_a_treatment_weighed_and_never_begun_is_no_trial_in_any_wording() -> None:
    """A treatment discussed, valued or recommended, then told in a clause of its own as never begun, in English or
    Spanish. Main (c11f6f24): a row for each."""
    assert rows(HEAD + "Se valoró esketamina intranasal en 2024 con su psiquiatra; no se inició.\n") == set()
    assert rows(HEAD + "Ketamine infusions in 2025; never started.\n") == set()
    assert rows(HEAD + "TMS approved by the plan in 2023; never begun, the clinic was too far.\n") == set()
    # a clause with its own subject is of no treatment named before it
    assert rows(HEAD + "Sertraline 100 mg (2019-2020): no response; a second drug never started.\n") == {
        ("sertraline", "2019", "2020", "no_response")}
    assert rows(HEAD + "Sertralina 100 mg (2019-2020): sin respuesta; no se inició otro fármaco.\n") == {
        ("sertraline", "2019", "2020", "no_response")}


def test_a_drug_added_to_another_in_spanish_keeps_its_own_dates() -> None:
    """"asociado a", "combinado con", "junto con" name the drug it was added to, as "added to" does, so the
    parenthesis after that drug dates the one added. Main (c11f6f24): the row without dates, or the dates on the
    other drug."""
    assert rows(HEAD + "Litio 600 mg asociado al bupropión (junio de 2021 - agosto de 2021): temblor; se retiró.\n") \
        == {("lithium", "2021-06", "2021-08", "side_effects")}
    assert rows(HEAD + "Aripiprazol 5 mg combinado con sertralina (marzo de 2022 - julio de 2022): acatisia; "
                       "se suspendió.\n") == {("aripiprazole", "2022-03", "2022-07", "side_effects")}
    assert rows(HEAD + "Quetiapina 100 mg junto con el escitalopram (enero de 2020 - abril de 2020): sin mejoría.\n") \
        == {("quetiapine", "2020-01", "2020-04", "no_response")}


def test_about_the_same_told_without_the_patient_is_no_response() -> None:
    """A list's outcome "about the same" with no subject before it: the mood did not change. Main (c11f6f24):
    unknown."""
    assert rows(HEAD + "Duloxetine 60 mg 2016-2017 - roughly the same on it.\n") == {
        ("duloxetine", "2016", "2017", "no_response")}
    assert rows(HEAD + "Mirtazapine 30 mg (2019 to 2020): she felt about the same.\n") == {
        ("mirtazapine", "2019", "2020", "no_response")}
    assert rows(HEAD + "Duloxetina 60 mg (2018-2019): más o menos igual.\n") == {
        ("duloxetine", "2018", "2019", "no_response")}


def test_suicidal_thoughts_had_now_beside_a_denied_intent_are_active() -> None:
    """Suicidal thoughts told with the time they are had in now (C-SSRS question 2) stay active beside "no intent",
    as "suicidal thoughts most days, no plan" is. Main (c11f6f24): none, or None."""
    assert read(HEAD + "Thoughts of suicide since Saturday, pictured the rope in the shed; no intent to act.\n"
                ).suicidality["level"] == "active"
    assert read(HEAD + "Suicidal thinking this past week, says he would not act on it.\n").suicidality["level"] == \
        "active"
    assert read(HEAD + "Ideas de suicidio esta semana, ha pensado en las pastillas, sin intención de hacerlo.\n"
                ).suicidality["level"] == "active"
    assert read(HEAD + "Denies suicidal thoughts this week.\n").suicidality["level"] == "none"
    # a thought of now denied in other words stays no ideation
    assert read(HEAD + "She has not had suicidal thoughts since Sunday.\n").suicidality["level"] == "none"
    assert read(HEAD + "Suicidal thoughts this week? No.\n").suicidality["level"] in (None, "none")
    assert read(HEAD + "No ha tenido ideas de suicidio esta semana.\n").suicidality["level"] in (None, "none")


def test_an_overdose_with_the_medicine_named_before_it_is_an_attempt() -> None:
    """"Tylenol overdose", "amitriptyline overdose", "sobredosis de paracetamol" in a history, with no intent told, is
    an attempt as "overdose of acetaminophen" is (s69); not a drug of use's, one said accidental, nor a risk.
    Main (c11f6f24): None."""
    for text in ("2011: Tylenol overdose, one night on a medical floor.",
                 "Amitriptyline overdose in 2014 - three days in the ICU.",
                 "Sobredosis de paracetamol en 2010, ingreso de 2 días."):
        assert read(HEAD + text + "\n").suicidality["level"] == "attempt"
    for text in ("Substance history: heroin overdose 2019, Narcan given.",
                 "Diphenhydramine overdose 2016 (accidental, took too many for sleep).",
                 "Nortriptyline overdose risk discussed; lock box advised.",
                 "Tricyclics avoided given overdose risk."):
        assert read(HEAD + text + "\n").suicidality["level"] is None


def test_a_stop_told_by_its_year_keeps_the_month_the_range_gave() -> None:
    """"03/2011 - 08/2012: ...; weaned off in 2012": the stop's year holds the month told first, the finer end. Main
    (c11f6f24): the year alone."""
    assert rows(HEAD + "Nortriptyline 75 mg, 03/2011 - 08/2012: full remission; weaned off in 2012.\n") == {
        ("nortriptyline", "2011-03", "2012-08", "remission")}
    assert rows(HEAD + "Moclobemide 300 mg from 06/2015 to 09/2016, no benefit at all, stopped during 2016.\n") == {
        ("moclobemide", "2015-06", "2016-09", "no_response")}
    assert rows(HEAD + "Nortriptilina 75 mg (febrero de 2004 - octubre de 2006): remisión completa; se retiró en "
                       "2006.\n") == {("nortriptyline", "2004-02", "2006-10", "remission")}


def test_a_drug_stopped_with_the_doctor_once_the_patient_felt_better_is_a_remission() -> None:
    """Stopped because the patient was well, told with whom or as a feeling in progress, in English or Spanish; as
    "stopped it when she felt better" already was. Main (c11f6f24): partial_response, or unknown."""
    assert rows(HEAD + "Escitalopram 10 mg, 2017-2018: she stopped it with her psychiatrist when she felt better.\n"
                ) == {("escitalopram", "2017", "2018", "remission")}
    assert rows(HEAD + "Citalopram 20 mg 2014-2015: came off it together with her GP once she was feeling better.\n"
                ) == {("citalopram", "2014", "2015", "remission")}
    assert rows(HEAD + "Sertralina 50 mg (2016-2017): la retiró con su médica cuando se encontró mejor.\n") == {
        ("sertraline", "2016", "2017", "remission")}


def test_a_patient_who_could_not_say_whether_it_helped_leaves_the_outcome_unknown() -> None:
    """What the patient could not tell is no response of any size, as "doesn't know if it helped" is not.
    Main (c11f6f24): partial_response (the "helped" it holds), no_response, or a class from the Spanish "ayudó"."""
    assert rows(HEAD + "Psychotherapy: CBT, 14 sessions in 2022 with a counselor; she could not tell us whether it "
                       "helped.\n") == {("cognitive behavioral therapy", "2022", "2022", "unknown")}
    assert rows(HEAD + "CBT, 12 sessions in 2019; he can't say if it made any difference.\n") == {
        ("cognitive behavioral therapy", "2019", "2019", "unknown")}
    assert rows(HEAD + "Terapia cognitivo-conductual en 2018 (10 sesiones): no sabe decir si le ayudó.\n") == {
        ("cognitive behavioral therapy", "2018", "2018", "unknown")}


def test_a_benefit_that_had_worn_off_after_the_course_is_a_relapse() -> None:
    """A remission at a course's end whose benefit is told later as gone, in the perfect ("had worn off", "had faded",
    "has waned"), as "wore off" already was. Main (c11f6f24): remission."""
    assert rows(HEAD + "TMS course 03/02/2026 - 04/20/2026: remission at the end. By August 2026 the benefit of the "
                       "first course had worn off.\n") == {
        ("transcranial magnetic stimulation", "2026-03-02", "2026-04-20", "relapse")}
    assert rows(HEAD + "ECT, 9 sessions 01/2024 - 02/2024: full remission. By summer the improvement from the ECT had "
                       "faded.\n") == {("electroconvulsive therapy", "2024-01", "2024-02", "relapse")}
    assert rows(HEAD + "Esketamine 2025 (8 weeks): in remission by the end; the response has waned since the last "
                       "dose.\n") == {("esketamine", "2025", "2025", "relapse")}


PDF_HEAD = ("Riverbend Brain Stimulation Service (FICTIONAL) - TMS course summary\nPatient: Tamsin Okafor-Reilly "
            "(fictional). Prepared 11/02/2026\nPrior treatment\nPsychotherapy: CBT, 12 sessions in 2022; she could not "
            "say whether it helped.\n")


def pdf_rows(pages: list[str]) -> set[tuple]:
    found = propose([Document("clinical/summary.pdf", pages, "pdf")]).history
    return {(r.name, r.start, r.end, r.outcome_class) for r in found}


def test_a_course_named_by_its_order_whose_benefit_went_is_the_procedures_relapse() -> None:
    """A course summary's follow-up that tells "the first course" lost its benefit, naming no treatment: the
    summary's course relapsed; a therapy's sessions told earlier are no "first course". Main (c11f6f24): the TMS a
    remission and the CBT a relapse."""
    course = ("First TMS course\nCourse 1: 30 sessions, 02/02/2026 - 03/16/2026, 10 Hz left DLPFC.\n"
              "End of course (03/16/2026): remission on the MADRS.\n")
    for later in ("Follow-up: she was well into June; by August 2026 the benefit of the first course had worn off.",
                  "Follow-up 09/2026: the gains of her initial course have faded and the MADRS is 27 again.",
                  "By late summer the first course's effect had waned; she asks for a second course."):
        assert pdf_rows([PDF_HEAD, course + later + "\n"]) == {
            ("cognitive behavioral therapy", "2022", "2022", "unknown"),
            ("transcranial magnetic stimulation", "2026-02-02", "2026-03-16", "relapse")}, later


def test_the_psychotherapies_of_palliative_care_are_rows_of_their_own() -> None:
    """Dignity therapy and meaning-centered psychotherapy are manualized psychotherapies for depression near the end
    of life: a course of them is a row, and its "depression itself unchanged" is its own outcome, not the
    antidepressant's told before it. Main (c11f6f24): no row (the outcome went to the drug named before)."""
    assert rows(HEAD + "Dignity therapy with the hospice psychologist, 5 sessions 07/2026 - 08/2026: helped her write "
                       "letters to her sons; her depression itself is unchanged.\n") == {
        ("dignity therapy", "2026-07", "2026-08", "no_response")}
    assert rows(HEAD + "Meaning-centered psychotherapy (8 sessions, 2025) - he found it moving, but the low mood "
                       "persisted.\n") == {("meaning-centered psychotherapy", "2025", "2025", "no_response")}
    assert rows(HEAD + "Terapia de la dignidad con la psicóloga de paliativos, 4 sesiones en 2026: le ayudó a ordenar "
                       "sus asuntos; la depresión sigue igual.\n") == {("dignity therapy", "2026", "2026",
                                                                        "no_response")}


def codes(text: str) -> list[str]:
    return [d["code"] for d in read(text).diagnoses]


def test_a_code_listed_after_a_description_that_negates_its_own_features_is_kept() -> None:
    """A list of codes whose lines run into one sentence: "no psychosis" in one code's description is that code's
    words, not a negation of the code on the next line; a negation just before a code still holds. Main (c11f6f24):
    the second code lost."""
    assert codes(HEAD + "Diagnoses:\nF32.2 major depression, single episode, severe, no psychosis\n"
                        "G89.3 pain from the tumor\n") == ["F32.2", "G89.3"]
    assert codes(HEAD + "Problem list:\nF33.2 recurrent depression, severe, not psychotic\nG89.4 chronic pain "
                        "syndrome\n") == ["F33.2", "G89.4"]
    assert codes(HEAD + "Diagnósticos:\nF32.2 episodio depresivo grave, sin psicosis\nG89.3 dolor neoplásico\n") == [
        "F32.2", "G89.3"]
    assert codes(HEAD + "Diagnoses:\nF32.1 major depression\nNo G89.3; the pain is acute\n") == ["F32.1"]
