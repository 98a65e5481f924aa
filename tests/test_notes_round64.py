"""The kinds of record the s64 round taught `notes` to read: records from clinics outside psychiatry (all examples
FICTIONAL: people, clinics and numbers are made up)."""
from __future__ import annotations

import pytest

from appeal_kit.notes.documents import Document
from appeal_kit.notes.propose import propose


def rows(text: str) -> list[tuple[str, str | None, str | None, str]]:
    got = propose([Document("clinical/note.txt", text.split("\f"), "txt")]).history
    return [(r.name, r.start, r.end, r.outcome_class) for r in got]


@pytest.mark.parametrize("dx", [
    "M48.062 spinal stenosis, lumbar; F33.1 recurrent depression, moderate",
    "G54.6 phantom limb syndrome with pain; F32.1 depression",
    "G50.0 trigeminal neuralgia; F33.1 major depressive disorder, recurrent",
    "M51.16 lumbar disc disorder with radiculopathy; F33.1 recurrent depression",
])
def test_a_body_part_clinic_with_depression_coded_is_the_depressions_case(dx: str) -> None:
    # a surgeon's, an amputee clinic's, a neurosurgeon's record codes its own condition first: the medicines it gives
    # for the body (a muscle relaxant, a gabapentinoid, an opioid after surgery) are no trials of the depression
    text = ("Follow-up visit (FICTIONAL clinic), 10/02/2026.\n\n"
            "Methocarbamol | 750 mg three times daily | spasm\n"
            "Gabapentin | 300 mg three times daily | nerve pain\n\n"
            "Off oxycodone since 09/15.\n\n"
            "Sertraline 100 mg 2021-2022: no response.\n\n"
            f"Diagnoses: {dx}.")
    assert [r[0] for r in rows(text)] == ["sertraline"]


def test_a_chronic_pain_code_still_makes_a_pain_case() -> None:
    # chronic pain coded as the illness itself (G89) keeps the pain clinic's trials
    text = ("Gabapentin 300 mg three times daily 2024-2025 for nerve pain: no relief.\n\n"
            "Dx: M48.062 spinal stenosis; G89.4 chronic pain syndrome; F32.1 depression.")
    assert [r[0] for r in rows(text)] == ["gabapentin"]


def test_a_talking_therapy_for_the_pain_stays_a_course() -> None:
    # a pain psychologist's CBT is still a course of psychotherapy, whatever it was aimed at
    text = ("He completed 8 sessions of CBT for chronic pain with our pain psychologist (01/2026 to 03/2026); his mood "
            "was no different afterwards.\n\n"
            "Diagnoses: G54.6 phantom limb syndrome with pain; F32.1 depression.")
    got = rows(text)
    assert [r[0] for r in got] == ["cognitive behavioral therapy"]
    assert got[0][1:3] == ("2026-01", "2026-03")


def test_an_oncology_report_gives_its_drugs_for_the_chemotherapy() -> None:
    # a chemotherapy's polyneuropathy coded before the depression: an antiemetic in the reason column, a drug weighed
    # for the neuropathy, are no trials of the mood
    text = ("Informe clínico (FICTICIO), 02/11/2026.\n\n"
            "Medicación | Dosis | Indicación\nOlanzapina | 5 mg por la noche, días 1-4 | antiemético\n\n"
            "Se valoró duloxetina para la neuropatía por oxaliplatino.\n\n"
            "Sertralina 100 mg desde 2020 hasta 2022: sin respuesta.\n\n"
            "Diagnósticos: C18.7 neoplasia de colon; G62.0 polineuropatía por fármacos; F33.1 depresión recurrente.")
    assert [r[0] for r in rows(text)] == ["sertraline"]


def test_an_advice_lines_numbered_call_is_a_note_of_its_own() -> None:
    # "CALL 2 - date time - nurse": each call dates its sentences (a bare "08/20" is a day before it, not 2020) and
    # ends the call before it (its "Disposition:" plan does not run on into the next call's story)
    text = ("CALL 1 - 09/03/2026 14:22 - RN A. Example\n"
            "Member started vilazodone 10 mg on 08/20 from her PCP. Nausea since.\n"
            "Disposition: home care advice; message to PCP.\n\n"
            "CALL 2 - 09/10/2026 09:05 - RN A. Example\n"
            "Member stopped the vilazodone on her own on 09/08 because of the nausea.\n"
            "She says the sertraline she took in 2021-2022 worked well until it stopped working though she took it "
            "every day.\n\n"
            "Diagnoses: F33.1 recurrent depression.")
    got = {r[0]: r for r in rows(text)}
    assert got["vilazodone"][1:] == ("2026-08-20", "2026-09-08", "side_effects")
    assert got["sertraline"][1:3] == ("2021", "2022")


@pytest.mark.parametrize("line", [
    "Her son admits giving her one of his own lorazepam tablets last spring.",
    "In the emergency department in 03/2025, after a fall, she received a single dose of haloperidol.",
])
def test_someone_elses_pill_or_a_single_dose_is_no_trial(line: str) -> None:
    text = f"Sertraline 50 mg 2020-2021: no response.\n\n{line}\n\nDiagnoses: F33.1 recurrent depression."
    assert [r[0] for r in rows(text)] == ["sertraline"]


def test_no_known_allergies_closes_the_allergy_list_at_once() -> None:
    # a checklist's "Allergies: NKDA" is the list's whole answer: the history under the next labels is the patient's
    text = ("Date: 11/18/2026  Procedure: colonoscopy\n"
            "Allergies: NKDA\n"
            "Pain now (0-10): 3/10\n"
            "Psych hx: Depression (F33.1). Zoloft 2019 - 'made me sick' - stopped.\n")
    assert [(r[0], r[1], r[3]) for r in rows(text)] == [("sertraline", "2019", "side_effects")]
