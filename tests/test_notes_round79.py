"""The s79 round: record shapes that hid blind-fresh46's outcome classes (docs/notes.md, "s79"), each read in layouts,
words and languages of our own, not copies of any set's records (all examples FICTIONAL: people, clinics and numbers
are made up)."""
from __future__ import annotations

from appeal_kit.notes.documents import Document
from appeal_kit.notes.propose import Proposals, outcome_of, propose


def read(text: str) -> Proposals:
    return propose([Document("clinical/note.txt", text.split("\f"), "txt")])


def classes(text: str) -> dict[str, str]:
    return {r.name: r.outcome_class for r in read(text).history}


def test_the_harms_a_patient_is_told_to_watch_for_are_no_harm() -> None:
    """A start's counseling names the harms to watch for, not harms the drug did. Main (393ab75f): side_effects."""
    assert outcome_of("Bupropion XL 150 mg started today; educated about insomnia and dry mouth, call if rash.") == (
        "unknown", None)
    assert outcome_of("Se inicia venlafaxina 75 mg; se le explicaron los posibles efectos adversos (náuseas, "
                      "sudoración).") == ("unknown", None)
    assert classes("Dx: F33.1 major depressive disorder, recurrent\n"
                   "MTM review 03/03/2026: Started mirtazapine 15 mg qhs for mood. Counseled pt regarding weight gain "
                   "and sedation.\n") == {"mirtazapine": "unknown"}
    assert classes("Dx: F33.1 major depressive disorder, recurrent\n"
                   "Medications:\n"
                   "Escitalopram 10 mg daily - started 01/12/2026 - counseled on sexual side effects\n") == {
        "escitalopram": "unknown"}
    # (guards: a harm the drug did, or one the patient tells, is still one)
    assert outcome_of("Sertraline stopped for nausea.")[0] == "side_effects"
    assert outcome_of("Paroxetine stopped: she told me about the weight gain.")[0] == "side_effects"


def test_the_drug_switched_to_is_not_judged_by_the_words_before_the_switch() -> None:
    """A log entry that stops a drug, then gives why and what comes next: "'No different at all,' so we are switching
    to X" judges the drug stopped, not X. Main (393ab75f): the words went to X, the stopped drug had none
    (or the dash's "changing to": a harm given to the drug switched to)."""
    assert classes("Dx: F33.1 major depressive disorder, recurrent\n"
                   "03/02/2026  Citalopram 20 mg stopped by Dr. Ames. \"No different at all,\" so we are switching to "
                   "mirtazapine 15 mg. -RL\n") == {"citalopram": "no_response", "mirtazapine": "unknown"}
    assert classes("Dx: F33.1 major depressive disorder, recurrent\n"
                   "Visit 11/18/2025\n"
                   "Paroxetine 20 mg was discontinued. No benefit after 10 weeks, so Dr. Poole moved her over to "
                   "bupropion XL.\n") == {"paroxetine": "no_response", "bupropion": "unknown"}
    assert classes("Dx: F33.1 major depressive disorder, recurrent\n"
                   "06/03/2025  Sertraline 150 mg stopped. Pt felt \"like a zombie, numb all day\" - changing to "
                   "bupropion XL 150 mg. -AB\n") == {"sertraline": "side_effects", "bupropion": "unknown"}
    assert classes("Diagnóstico: F33.1 trastorno depresivo recurrente\n"
                   "Fecha de la consulta: 14/05/2025\n"
                   "Se retira la fluoxetina 20 mg. Refiere que \"no noto ninguna diferencia\", por lo que se cambia a "
                   "duloxetina 60 mg.\n") == {"fluoxetine": "no_response", "duloxetine": "unknown"}
    # (a guard: the drug switched to, judged after it is named, keeps its words)
    assert classes("Dx: F33.1 major depressive disorder, recurrent\n"
                   "Visit 02/10/2026\n"
                   "Sertraline 100 mg stopped. She was switched to escitalopram 10 mg, which has helped a lot; she "
                   "feels like herself again.\n")["escitalopram"] == "remission"

