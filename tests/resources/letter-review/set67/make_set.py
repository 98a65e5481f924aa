#!/usr/bin/env python3
"""FICTIONAL test-set generator: letters set 67 (issue 18), clinical emphasis.

Rewrites eight case folders and their truth files, then self-checks. `--check` also runs
`appeal-kit check` on each folder and writes check-output.txt (exit 1 if any check exit is not 0).
All data below is invented (FICTIONAL)."""
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
AK = "/work/main/.venv/bin/appeal-kit"
HDR = "FICTIONAL - invented for a blind test set (set 67); not a real person, plan, clinic or number.\n\n"
END = "\n\nFICTIONAL DOCUMENT - end.\n"


def npi(base9):
    """NPI with Luhn check digit over prefix 80840."""
    digits = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base9 + str((10 - total % 10) % 10)


def luhn_ok(n):
    digits = "80840" + n
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


NPI = {k: npi(v) for k, v in {
    "N1": "164829307", "N2": "130572946", "N3": "175310284", "N4": "128846031",
    "N5": "193027465", "N6": "140658823", "N7": "186241709", "N8": "151937428"}.items()}

CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------- case 01
case(
    slug="01-self-funded-employer-iv-ketamine-denial-says-no-augmentation-lithium-tremor-aripiprazole-akathisia-psychiatrist",
    yaml="""# FICTIONAL CASE (set 67, case 01) - every person, plan, provider, number and address is invented.
# Self-funded employer plan (ERISA), Illinois, 3,100 employees. IV ketamine for TRD denied as not medically necessary:
# the denial says "no augmentation trial documented". The record shows lithium augmentation (partial response, stopped
# for tremor at level 0.8) and aripiprazole (stopped after 3 weeks for akathisia: an intolerance, not an adequate trial).
# Trazodone 50 mg is a sleep dose. Venlafaxine continues. The treating psychiatrist writes (first internal appeal).
patient:
  name: Gregory Ansel Whitlow
  salutation: Mr. Whitlow
  date_of_birth: 1979-06-14
  member_id: FICT-PKH-40817722
  address: |-
    2217 W Farragut Avenue
    Chicago, IL 60625
  phone: (773) 555-0126
insurer:
  name: Prairie Keystone Health Plan, administrator for the Halvorsen Tool Works Employee Health Plan (FICTIONAL)
  appeals_address: |-
    Prairie Keystone Health Plan, Appeals Unit (FICTIONAL)
    PO Box 61204
    Naperville, IL 60566
  fax: (630) 555-0177
claim:
  number: PKH-PA-26-118406
  plan_type: employer_erisa
  funding: self_funded
  employees: 3100
  notice_date: 2026-11-16
  appeal_deadline: 2027-05-15
  deadline_basis: 'Denial letter of 11/16/2026: "You have 180 days from the date you receive this letter to appeal." Counted from the notice date.'
  service_dates: [2026-12-14]
  pending_services: 6
  procedure_codes: ["96365", "96366", J3490]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Request for IV ketamine infusion series is not medically necessary under policy MP-KET-7. Criterion 2 is not met:
    the records show two antidepressant trials but no augmentation trial is documented.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Dr. Lionel Fairbrother", specialty: internal medicine}
  action: none
  corrections:
    - said: no augmentation trial is documented.
      record: >-
        The psychiatric summary records lithium augmentation from 01/2026 to 05/2026 (level 0.8 mmol/L, partial
        response, stopped for tremor) and aripiprazole 5 mg from 06/2026 (stopped after 3 weeks for akathisia).
      file: clinical/psychiatry-summary-2026-11-20.txt
      page: 1
plan_policy:
  name: Prairie Keystone Medical Policy MP-KET-7, Ketamine infusion for treatment-resistant depression
  number: MP-KET-7
  quote: >-
    Criteria: 1. Diagnosis of major depressive disorder, moderate to severe. 2. Failure of at least two antidepressants
    of adequate dose and duration in the current episode, and one augmentation trial (lithium, a second-generation
    antipsychotic, or another augmenting agent) unless contraindicated or not tolerated. 3. No active psychosis or
    uncontrolled hypertension.
  file: other/medical-policy-mp-ket-7-excerpt.txt
payer_criteria:
  - criterion: 1. Diagnosis of major depressive disorder, moderate to severe.
    how_met: Recurrent major depressive disorder, severe (F33.2); MADRS 36 on 11/10/2026.
    met: true
    evidence: {file: clinical/psychiatry-summary-2026-11-20.txt, page: 1}
  - criterion: 2. Two failed antidepressants and one augmentation trial unless contraindicated or not tolerated.
    how_met: >-
      Sertraline 200 mg 10 weeks, no response; venlafaxine XR 225 mg since 09/2025, partial response, continued.
      Lithium augmentation 01/2026-05/2026 at level 0.8 mmol/L, partial response, stopped for tremor; aripiprazole
      5 mg not tolerated (akathisia after 3 weeks).
    met: true
    evidence: {file: clinical/psychiatry-summary-2026-11-20.txt, page: 1}
  - criterion: 3. No active psychosis or uncontrolled hypertension.
    how_met: No psychotic features; blood pressure 124/78 on 11/10/2026.
    met: true
    evidence: {file: clinical/psychiatry-summary-2026-11-20.txt, page: 1}
treatment:
  name: IV ketamine infusion series, 6 infusions
  summary: >-
    Severe recurrent depression that has not remitted after two antidepressants, lithium augmentation with a partial
    response stopped for tremor, and aripiprazole not tolerated.
  plan: Ketamine 0.5 mg/kg IV over 40 minutes, twice weekly for 3 weeks (6 infusions); MADRS before infusions 1, 4 and 6; stop if MADRS falls less than 25% by infusion 4.
  alongside: venlafaxine XR 225 mg daily
clinical:
  severity: MADRS 36 on 11/10/2026; PHQ-9 21 on 11/10/2026
  severity_date: 2026-11-10
  suicidality: passive
  suicidality_date: 2026-11-10
  episode_onset: 2025-03
  treating_since: 2025-04
  exclusions: No psychosis, no substance use disorder, blood pressure controlled (124/78).
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-04
      end: 2025-07
      kind: antidepressant
      weeks: 10
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks at 200 mg; stopped
      evidence: {file: clinical/psychiatry-summary-2026-11-20.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-09
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/psychiatry-summary-2026-11-20.txt, page: 1}
    - drug: Lithium carbonate (augmentation)
      dose: 600 mg twice daily, level 0.8 mmol/L
      start: 2026-01
      end: 2026-05
      kind: augmentation
      weeks: 16
      adequate: true
      response: partial
      outcome: Partial response; stopped for tremor
      evidence: {file: clinical/psychiatry-summary-2026-11-20.txt, page: 1}
    - drug: Aripiprazole (augmentation)
      dose: 5 mg daily
      start: 2026-06
      end: 2026-06
      kind: augmentation
      weeks: 3
      adequate: false
      outcome: Not tolerated - akathisia after 3 weeks; stopped
      evidence: {file: clinical/psychiatry-summary-2026-11-20.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-04
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-summary-2026-11-20.txt, page: 1}
impact:
  work: On intermittent leave from his machinist job since 09/2026.
author:
  name: Dr. Priya Okonkwo-Raines
  role: Treating psychiatrist, MD
  relation: physician
  address: |-
    Lakeview Mood Disorders Clinic (FICTIONAL), 3350 N Broadway, Suite 410
    Chicago, IL 60657
  phone: (773) 555-0141
  email: okonkwo-raines@lakeviewmood.example
  authorization: other/patient-consent-2026-11-19.txt
provider:
  name: Dr. Priya Okonkwo-Raines
  credentials: MD, psychiatry
  npi: "N1"
  address: |-
    3350 N Broadway, Suite 410
    Chicago, IL 60657
  phone: (773) 555-0141
peer_to_peer:
  availability: weekdays 12-1 pm Central
record_dates:
  - file: clinical/psychiatry-summary-2026-11-20.txt
    date: 2026-11-20
bates_prefix: WHITLOW
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/denial-letter-2026-11-16.txt": """PRAIRIE KEYSTONE HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION     Date: 11/16/2026
Plan: Halvorsen Tool Works Employee Health Plan (self-funded; Prairie Keystone is claims administrator)
Member: Gregory Ansel Whitlow   Member ID: FICT-PKH-40817722   Reference: PKH-PA-26-118406
Requested: IV ketamine infusion series (96365, 96366, J3490), 6 infusions, diagnosis F33.2
Requested by: Dr. Priya Okonkwo-Raines, Lakeview Mood Disorders Clinic

Decision: DENIED. Request for IV ketamine infusion series is not medically necessary under policy MP-KET-7.
Criterion 2 is not met: the records show two antidepressant trials but no augmentation trial is documented.
Reviewed by: Dr. Lionel Fairbrother, internal medicine.

You have 180 days from the date you receive this letter to appeal. Send appeals to Prairie Keystone Health Plan,
Appeals Unit, PO Box 61204, Naperville, IL 60566, or fax (630) 555-0177. You may ask for copies of all documents
relevant to your claim free of charge. After the internal appeal you may be able to request external review.""",
        "clinical/psychiatry-summary-2026-11-20.txt": """LAKEVIEW MOOD DISORDERS CLINIC (FICTIONAL) - PSYCHIATRIC TREATMENT SUMMARY          Date: 11/20/2026
Patient: Gregory Ansel Whitlow   DOB 06/14/1979   Psychiatrist: Priya Okonkwo-Raines, MD   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe, without psychotic features (F33.2). Current episode since 03/2025.
Scores: MADRS 36 on 11/10/2026 (MADRS 38 on 03/18/2026). PHQ-9 21 on 11/10/2026.
Suicidality: passive death wishes without plan or intent (11/10/2026).
Medication history, current episode:
 - Sertraline 200 mg daily 04/2025-07/2025: no response after 10 weeks at 200 mg; stopped.
 - Venlafaxine XR 225 mg daily since 09/2025: partial response; CONTINUES.
 - Lithium carbonate 600 mg twice daily (augmentation) 01/2026-05/2026, level 0.8 mmol/L: partial response; stopped for tremor.
 - Aripiprazole 5 mg daily (augmentation) 06/2026: akathisia after 3 weeks; stopped. Not tolerated.
 - Trazodone 50 mg at bedtime for sleep since 04/2025 (sleep dose, not an antidepressant trial).
Earlier episode (2019): remission on sertraline 100 mg plus psychotherapy; the current episode has not answered to sertraline.
Exclusions checked: no psychotic features; no substance use disorder; blood pressure 124/78 on 11/10/2026.
Work: on intermittent leave from his machinist job since 09/2026.
Plan: ketamine 0.5 mg/kg IV over 40 minutes, twice weekly for 3 weeks (6 infusions); MADRS before infusions 1, 4 and 6;
stop if MADRS falls less than 25% by infusion 4. Continue venlafaxine XR 225 mg.
Collateral: wife, Danielle Whitlow, attends visits and reports withdrawal from family life.""",
        "other/medical-policy-mp-ket-7-excerpt.txt": """PRAIRIE KEYSTONE MEDICAL POLICY MP-KET-7 (FICTIONAL EXCERPT)
Ketamine infusion for treatment-resistant depression. Effective 01/01/2026.
Criteria: 1. Diagnosis of major depressive disorder, moderate to severe. 2. Failure of at least two antidepressants
of adequate dose and duration in the current episode, and one augmentation trial (lithium, a second-generation
antipsychotic, or another augmenting agent) unless contraindicated or not tolerated. 3. No active psychosis or
uncontrolled hypertension.""",
        "other/patient-consent-2026-11-19.txt": """CONSENT TO APPEAL (FICTIONAL)                                              Date: 11/19/2026
I, Gregory Ansel Whitlow (member ID FICT-PKH-40817722), ask my psychiatrist, Dr. Priya Okonkwo-Raines, to appeal
Prairie Keystone's denial PKH-PA-26-118406 for me and to share my records with the plan for that purpose.
Signed: Gregory A. Whitlow""",
    },
    truth={
        "title": "Self-funded employer plan: IV ketamine denied for 'no augmentation trial'; lithium and aripiprazole are in the record; treating psychiatrist, first appeal",
        "true": [
            "Gregory Ansel Whitlow, 47 (DOB 06/14/1979), member of the self-funded Halvorsen Tool Works plan (ERISA, 3,100 employees), administered by Prairie Keystone.",
            "Pre-service request for 6 IV ketamine infusions denied 11/16/2026 under MP-KET-7 criterion 2: \"no augmentation trial is documented\". Reviewer: Dr. Lionel Fairbrother, internal medicine (not a psychiatrist).",
            "Record (summary 11/20/2026): sertraline 200 mg 10 weeks, no response (stopped); venlafaxine XR 225 mg since 09/2025, partial response, CONTINUES (alongside ketamine); lithium augmentation 01/2026-05/2026, level 0.8, partial response, stopped for tremor; aripiprazole 5 mg stopped after 3 weeks for akathisia (not tolerated, not an adequate trial); trazodone 50 mg is a sleep dose.",
            "MP-KET-7 criterion 2 asks for one augmentation trial 'unless contraindicated or not tolerated': the lithium trial alone meets it; aripiprazole's intolerance is extra.",
            "MADRS 36 on 11/10/2026 (38 on 03/18/2026); passive death wishes without plan or intent on 11/10/2026. Earlier episode (2019) remitted on sertraline 100 mg plus psychotherapy.",
            "Rule: ERISA first internal appeal, 180 days: by 05/15/2027; pre-service urgent not claimed. External review under 29 CFR 2590.715-2719 (self-funded).",
        ],
        "unknown": [
            "Whether the plan received the lithium and aripiprazole notes with the request: not stated.",
            "The infusion clinic's charges: not in the case.",
        ],
        "traps": [
            "The denial misstates the record: augmentation WAS tried (lithium, adequate level, partial response).",
            "Venlafaxine continues: never 'failed and stopped'; a partial response, not a failure.",
            "Aripiprazole is an intolerance after 3 weeks, not an adequate failed trial; lithium is a partial response stopped for tremor, not 'no response'.",
            "Trazodone 50 mg is a sleep dose, not an antidepressant trial.",
            "Suicidality is passive, not active; no Spravato suicidality indication argument.",
            "The 2019 episode remitted on sertraline; it does not make sertraline a current-episode success.",
            "Danielle Whitlow (wife) is named in the record: not the author, not a party.",
        ],
        "args": [
            "Correct the denial with the exhibit: lithium augmentation 01/2026-05/2026 at level 0.8 meets criterion 2's augmentation trial; aripiprazole was not tolerated, which the criterion itself accepts.",
            "Every MP-KET-7 criterion is met, with exhibit and page; two antidepressants (sertraline failed, venlafaxine partial response in the current episode).",
            "Ask for a psychiatrist reviewer (the reviewer is internal medicine) and a peer-to-peer call, weekdays 12-1 pm Central.",
            "Ask for the claim file and name and qualifications of the reviewer (ERISA right).",
        ],
        "not": [
            "'no augmentation trial'; 'failed venlafaxine'; 'stopped venlafaxine'; 'aripiprazole failed after an adequate trial'.",
            "trazodone as an antidepressant trial; 'active suicidal ideation'; 'Danielle Whitlow' as author.",
            "45 CFR 147.136 as the external-review rule for this self-funded plan; 'Medicaid'; 'Medicare'.",
        ],
    },
    answers=[
        ("Patient's name", "Gregory Ansel Whitlow", "denial/denial-letter-2026-11-16.txt"),
        ("Member ID", "FICT-PKH-40817722", "denial/denial-letter-2026-11-16.txt"),
        ("Reference number", "PKH-PA-26-118406", "denial/denial-letter-2026-11-16.txt"),
        ("Policy applied", "MP-KET-7", "denial/denial-letter-2026-11-16.txt"),
        ("Denial's words", "no augmentation trial is documented", "denial/denial-letter-2026-11-16.txt"),
        ("Reviewer and specialty", "Dr. Lionel Fairbrother, internal medicine", "denial/denial-letter-2026-11-16.txt"),
        ("Lithium trial", "Lithium carbonate 600 mg twice daily (augmentation) 01/2026-05/2026, level 0.8 mmol/L: partial response; stopped for tremor", "clinical/psychiatry-summary-2026-11-20.txt"),
        ("Aripiprazole outcome", "akathisia after 3 weeks; stopped. Not tolerated", "clinical/psychiatry-summary-2026-11-20.txt"),
        ("Venlafaxine status", "Venlafaxine XR 225 mg daily since 09/2025: partial response; CONTINUES", "clinical/psychiatry-summary-2026-11-20.txt"),
        ("Sleep medicine", "Trazodone 50 mg at bedtime for sleep", "clinical/psychiatry-summary-2026-11-20.txt"),
        ("Current MADRS and date", "MADRS 36 on 11/10/2026", "clinical/psychiatry-summary-2026-11-20.txt"),
        ("Suicidality", "passive death wishes without plan or intent", "clinical/psychiatry-summary-2026-11-20.txt"),
        ("Criterion 2 allowance", "unless contraindicated or not tolerated", "other/medical-policy-mp-ket-7-excerpt.txt"),
        ("Family member named", "Danielle Whitlow", "clinical/psychiatry-summary-2026-11-20.txt"),
        ("Appeal deadline", "2027-05-15", "case.yaml"),
        ("External review rule for this plan", "29 CFR 2590.715-2719", "truth"),
    ],
)

# ---------------------------------------------------------------- case 02
case(
    slug="02-part-d-pdp-lurasidone-step-quetiapine-said-effective-metabolic-intolerance-lithium-ckd-contraindicated-patient",
    yaml="""# FICTIONAL CASE (set 67, case 02) - every person, plan, provider, number and address is invented.
# Stand-alone Part D PDP, Ohio. Lurasidone for bipolar I depression denied under step therapy ST-BPD-9 (quetiapine
# or lithium first). The notice says "quetiapine was effective". The record: quetiapine 300 mg 8 weeks, mood partly
# better but A1c 5.6 -> 6.7 and 11 kg gain: stopped (intolerance); quetiapine 25 mg in 2022 was a sleep dose. Lithium
# is contraindicated (CKD stage 3b, eGFR 38). Lamotrigine 200 mg continues. Patient writes; standard redetermination.
patient:
  name: Rosalind Mae Kettering
  salutation: Ms. Kettering
  date_of_birth: 1956-02-09
  member_id: FICT-BRX-7730215A
  address: |-
    418 Linden Hollow Road
    Zanesville, OH 43701
  phone: (740) 555-0133
insurer:
  name: Buckeye Crest Rx Part D Prescription Drug Plan (FICTIONAL)
  appeals_address: |-
    Buckeye Crest Rx, Part D Redeterminations (FICTIONAL)
    PO Box 30977
    Columbus, OH 43230
  fax: (614) 555-0162
claim:
  number: BCR-CD-26-559104
  plan_type: medicare_part_d
  notice_date: 2026-11-18
  appeal_deadline: 2027-01-22
  deadline_basis: 'Notice of denial of Medicare prescription drug coverage of 11/18/2026: "you must request a redetermination within 65 days from the date of this notice." Counted from the notice date.'
  diagnosis_codes: [F31.4]
  denial_reason: >-
    Lurasidone requires step therapy under ST-BPD-9: a trial of quetiapine or lithium first. Claims show quetiapine
    was filled; quetiapine was effective. Your prescriber did not explain why quetiapine or lithium cannot be used.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: quetiapine was effective.
      record: >-
        Quetiapine 300 mg (03/2026-05/2026, 8 weeks) partly improved mood but raised A1c from 5.6% to 6.7% with an
        11 kg weight gain; Dr. Asante stopped it for those metabolic effects (intolerance).
      file: clinical/psychiatry-note-2026-11-09.txt
      page: 1
    - said: Your prescriber did not explain why quetiapine or lithium cannot be used.
      record: >-
        Dr. Asante's statement of 11/24/2026 explains both: quetiapine caused diabetes-range A1c and weight gain, and
        lithium is contraindicated by chronic kidney disease stage 3b (eGFR 38).
      file: other/prescriber-statement-2026-11-24.txt
      page: 1
plan_policy:
  name: Buckeye Crest Rx Step Therapy Criteria ST-BPD-9 (lurasidone)
  number: ST-BPD-9
  quote: >-
    Lurasidone is covered for bipolar depression after a trial of quetiapine or lithium, unless the prescriber states
    that the step drugs are contraindicated, were not tolerated, or were not effective.
  file: other/step-therapy-st-bpd-9-excerpt.txt
payer_criteria:
  - criterion: A trial of quetiapine or lithium first, unless the prescriber states that the step drugs are contraindicated, were not tolerated, or were not effective.
    how_met: >-
      Quetiapine 300 mg for 8 weeks was not tolerated (A1c 5.6% to 6.7%, 11 kg gain); lithium is contraindicated by
      chronic kidney disease stage 3b (eGFR 38). The prescriber states both.
    met: true
    evidence: {file: other/prescriber-statement-2026-11-24.txt, page: 1}
prescriber_statement:
  date: 2026-11-24
  quote: >-
    Quetiapine 300 mg was stopped after 8 weeks because her A1c rose from 5.6% to 6.7% and she gained 11 kg; lithium is
    contraindicated by her chronic kidney disease stage 3b (eGFR 38).
  file: other/prescriber-statement-2026-11-24.txt
treatment:
  name: Lurasidone 40 mg daily
  summary: Bipolar I depression after quetiapine stopped for metabolic intolerance and with lithium contraindicated by kidney disease.
  alongside: lamotrigine 200 mg daily
clinical:
  severity: QIDS-SR 18 on 11/09/2026; YMRS 4 on 11/09/2026
  severity_date: 2026-11-09
  suicidality: none
  suicidality_date: 2026-11-09
  history:
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2022-01
      end: 2022-04
      kind: other
      outcome: Sleep dose only; not a trial for bipolar depression
      evidence: {file: clinical/psychiatry-note-2026-11-09.txt, page: 1}
    - drug: Quetiapine
      dose: 300 mg at bedtime
      start: 2026-03
      end: 2026-05
      kind: augmentation
      weeks: 8
      adequate: true
      response: partial
      outcome: Partial response; stopped for A1c 6.7% and 11 kg weight gain (not tolerated)
      evidence: {file: clinical/psychiatry-note-2026-11-09.txt, page: 1}
    - drug: Lamotrigine
      dose: 200 mg daily
      start: 2024-08
      ongoing: true
      kind: other
      response: partial
      outcome: Mood stabilizer; prevents relapse, partial benefit for depression; continued
      evidence: {file: clinical/psychiatry-note-2026-11-09.txt, page: 1}
author:
  name: Rosalind Mae Kettering
  role: Patient
  relation: patient
  address: |-
    418 Linden Hollow Road
    Zanesville, OH 43701
  phone: (740) 555-0133
provider:
  name: Dr. Kwame Asante
  credentials: MD, psychiatry
  npi: "N2"
  address: |-
    Muskingum Valley Psychiatry (FICTIONAL), 905 Military Road
    Zanesville, OH 43701
  phone: (740) 555-0147
record_dates:
  - file: clinical/psychiatry-note-2026-11-09.txt
    date: 2026-11-09
  - file: other/prescriber-statement-2026-11-24.txt
    date: 2026-11-24
copies: [prescriber]
bates_prefix: KETTERING
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/part-d-coverage-denial-2026-11-18.txt": """BUCKEYE CREST RX (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE     Date: 11/18/2026
Member: Rosalind Mae Kettering   Member ID: FICT-BRX-7730215A   Case: BCR-CD-26-559104
Drug: lurasidone 40 mg tablets, #30. Prescriber: Dr. Kwame Asante.
We denied this request. Lurasidone requires step therapy under ST-BPD-9: a trial of quetiapine or lithium first.
Claims show quetiapine was filled; quetiapine was effective. Your prescriber did not explain why quetiapine or
lithium cannot be used.
If you disagree, you must request a redetermination within 65 days from the date of this notice. Ask for a fast
(expedited) decision if your health could be seriously harmed by waiting. Fax (614) 555-0162 or write to
Buckeye Crest Rx, Part D Redeterminations, PO Box 30977, Columbus, OH 43230.""",
        "clinical/psychiatry-note-2026-11-09.txt": """MUSKINGUM VALLEY PSYCHIATRY (FICTIONAL) - FOLLOW-UP NOTE                                 Date: 11/09/2026
Patient: Rosalind Mae Kettering   DOB 02/09/1956   Psychiatrist: Kwame Asante, MD   Page 1 of 1
Diagnosis: bipolar I disorder, current episode depressed, severe without psychotic features (F31.4).
QIDS-SR 18 on 11/09/2026. YMRS 4. Denies suicidal ideation.
History:
 - Quetiapine 25 mg at bedtime 01/2022-04/2022, prescribed by her primary care physician for sleep (sleep dose).
 - Quetiapine 300 mg at bedtime 03/2026-05/2026 (8 weeks): mood partly better, but A1c rose from 5.6% to 6.7% and
   weight rose 11 kg. Stopped for metabolic intolerance.
 - Lamotrigine 200 mg daily since 08/2024: no manic relapse, partial benefit for depression; CONTINUES.
 - Lithium: never started. Contraindicated: chronic kidney disease stage 3b, eGFR 38 (nephrology, Dr. Helen Strickmeyer).
Plan: start lurasidone 40 mg daily with lamotrigine; A1c and lipids in 12 weeks.
Daughter, Joanne Kettering-Bly, drove her to the visit.""",
        "other/prescriber-statement-2026-11-24.txt": """MUSKINGUM VALLEY PSYCHIATRY (FICTIONAL) - PRESCRIBER SUPPORTING STATEMENT               Date: 11/24/2026
Re: Rosalind Mae Kettering, FICT-BRX-7730215A, case BCR-CD-26-559104, lurasidone 40 mg daily.
Quetiapine 300 mg was stopped after 8 weeks because her A1c rose from 5.6% to 6.7% and she gained 11 kg; lithium is
contraindicated by her chronic kidney disease stage 3b (eGFR 38). Quetiapine was not effective enough to outweigh
those effects; the earlier 25 mg was a sleep dose. Both step drugs are contraindicated or were not tolerated.
Kwame Asante, MD   (740) 555-0147""",
        "other/step-therapy-st-bpd-9-excerpt.txt": """BUCKEYE CREST RX - STEP THERAPY CRITERIA ST-BPD-9 (FICTIONAL EXCERPT)
Lurasidone is covered for bipolar depression after a trial of quetiapine or lithium, unless the prescriber states
that the step drugs are contraindicated, were not tolerated, or were not effective.""",
    },
    truth={
        "title": "Part D PDP: lurasidone step therapy; notice says quetiapine 'was effective'; it was stopped for metabolic intolerance, lithium contraindicated; patient writes",
        "true": [
            "Rosalind Mae Kettering, 70 (DOB 02/09/1956), stand-alone Part D PDP (Buckeye Crest Rx), Ohio; bipolar I, depressed (F31.4).",
            "Coverage determination denied 11/18/2026 under ST-BPD-9, saying 'quetiapine was effective' and the prescriber 'did not explain'.",
            "Quetiapine 300 mg 03/2026-05/2026, 8 weeks: partial mood benefit, A1c 5.6% -> 6.7%, +11 kg: stopped (not tolerated). Quetiapine 25 mg in 2022 was a sleep dose from primary care.",
            "Lithium never started: contraindicated, CKD stage 3b, eGFR 38. Lamotrigine 200 mg continues (mood stabilizer, not an antidepressant).",
            "Prescriber supporting statement 11/24/2026 (after the notice) answers both points; Part D exception under 42 CFR 423.578(b).",
            "Rule: standard redetermination, 65 days from the notice date (42 CFR 423.582(b)): by 01/22/2027. Decision in 7 days (standard).",
        ],
        "unknown": [
            "Whether Dr. Asante sent anything with the first request: not in the case.",
            "The plan's tier for lurasidone and the cost: not given.",
        ],
        "traps": [
            "'quetiapine was effective' misstates the record: partial response stopped for intolerance.",
            "The 2022 quetiapine 25 mg is a sleep dose, not the step trial.",
            "Lithium was never taken: contraindicated, not 'failed'.",
            "Lamotrigine continues: never 'failed' or 'stopped'; it is a mood stabilizer, not an antidepressant.",
            "Patient writes: 'I', not 'Ms. Kettering has'.",
            "Nephrologist Dr. Helen Strickmeyer and daughter Joanne Kettering-Bly are named in the note: neither is author or prescriber.",
        ],
        "args": [
            "The plan's own ST-BPD-9 exception: step drugs contraindicated or not tolerated - both apply; the prescriber's statement says so.",
            "Coverage exception under 42 CFR 423.578(b), resting on the prescriber's statement of 11/24/2026.",
            "Correct 'quetiapine was effective' and 'did not explain' with exhibits.",
        ],
        "not": [
            "'quetiapine was effective'; 'failed lithium'; 'stopped lamotrigine'; 'failed lamotrigine'.",
            "'60 days after receipt'; ERISA citations; 'external review' by state; 'peer-to-peer' as a plan duty.",
            "'Strickmeyer' or 'Kettering-Bly' as prescriber or author; 'suicidal ideation' as present.",
        ],
    },
    answers=[
        ("Patient's name", "Rosalind Mae Kettering", "denial/part-d-coverage-denial-2026-11-18.txt"),
        ("Case number", "BCR-CD-26-559104", "denial/part-d-coverage-denial-2026-11-18.txt"),
        ("Step rule", "ST-BPD-9", "denial/part-d-coverage-denial-2026-11-18.txt"),
        ("Misstatement", "quetiapine was effective", "denial/part-d-coverage-denial-2026-11-18.txt"),
        ("Redetermination window", "within 65 days from the date of this notice", "denial/part-d-coverage-denial-2026-11-18.txt"),
        ("Quetiapine adverse effects", "A1c rose from 5.6% to 6.7% and", "clinical/psychiatry-note-2026-11-09.txt"),
        ("Quetiapine 2022 purpose", "prescribed by her primary care physician for sleep (sleep dose)", "clinical/psychiatry-note-2026-11-09.txt"),
        ("Why no lithium", "chronic kidney disease stage 3b, eGFR 38", "clinical/psychiatry-note-2026-11-09.txt"),
        ("Lamotrigine status", "Lamotrigine 200 mg daily since 08/2024: no manic relapse, partial benefit for depression; CONTINUES", "clinical/psychiatry-note-2026-11-09.txt"),
        ("Severity", "QIDS-SR 18 on 11/09/2026", "clinical/psychiatry-note-2026-11-09.txt"),
        ("Statement date", "Date: 11/24/2026", "other/prescriber-statement-2026-11-24.txt"),
        ("Plan's exception wording", "unless the prescriber states that the step drugs are contraindicated, were not tolerated, or were not effective", "other/step-therapy-st-bpd-9-excerpt.txt"),
        ("Nephrologist named", "Dr. Helen Strickmeyer", "clinical/psychiatry-note-2026-11-09.txt"),
        ("Family member named", "Joanne Kettering-Bly", "clinical/psychiatry-note-2026-11-09.txt"),
        ("Deadline", "2027-01-22", "case.yaml"),
        ("Exception rule", "42 CFR 423.578(b)", "truth"),
    ],
)

# ---------------------------------------------------------------- case 03
case(
    slug="03-medicaid-mco-teen-tms-denial-says-one-antidepressant-sertraline-activation-10-days-escitalopram-continues-mother",
    yaml="""# FICTIONAL CASE (set 67, case 03) - every person, plan, provider, number and address is invented.
# Medicaid managed care, New Mexico, member aged 17. TMS (adjunct) denied: "only one antidepressant trial (fluoxetine)".
# Record: fluoxetine 40 mg 10 weeks, no response; escitalopram 20 mg since 05/2026, 12 weeks, partial response,
# CONTINUES alongside TMS; sertraline 50 mg stopped after 10 days for activation (not an adequate trial). 20 sessions
# of CBT completed. EPSDT. The mother writes (first plan appeal).
patient:
  name: Mateo Ruiz-Calloway
  salutation: Mateo
  date_of_birth: 2009-04-22
  member_id: FICT-DSM-88214503
  address: |-
    1406 Calle Arboleda SW
    Albuquerque, NM 87105
  phone: (505) 555-0118
insurer:
  name: Desert Sage Medicaid Health Plan (FICTIONAL)
  appeals_address: |-
    Desert Sage Medicaid Health Plan, Member Appeals (FICTIONAL)
    PO Box 27750
    Albuquerque, NM 87125
  fax: (505) 555-0173
claim:
  number: DSM-UM-26-304771
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-20
  appeal_deadline: 2027-01-19
  deadline_basis: 'Notice of adverse benefit determination of 11/20/2026: "You have 60 days from the date of this notice to ask for an appeal." Counted from the notice date.'
  service_dates: [2026-12-21]
  sessions: 36
  pending_services: 36
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F32.2]
  denial_reason: >-
    TMS is not medically necessary under BH-TMS-A3. The member has had only one antidepressant trial (fluoxetine);
    criterion 2 requires two.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Dr. Camille Orsatti", specialty: family medicine}
  action: none
  corrections:
    - said: The member has had only one antidepressant trial (fluoxetine)
      record: >-
        Escitalopram 20 mg daily since 05/2026 (12 weeks by 08/2026), partial response, continued; sertraline was
        stopped after 10 days for activation. Fluoxetine 40 mg for 10 weeks gave no response.
      file: clinical/child-psychiatry-evaluation-2026-11-12.txt
      page: 1
plan_policy:
  name: Desert Sage Behavioral Health Policy BH-TMS-A3, TMS for adolescents
  number: BH-TMS-A3
  quote: >-
    1. Age 15 to 21 with major depressive disorder. 2. Two antidepressant trials of at least 6 weeks at adequate dose
    without remission. 3. A trial of psychotherapy. 4. TMS used as an add-on to antidepressant medication.
  file: other/bh-tms-a3-policy-excerpt.txt
payer_criteria:
  - criterion: 1. Age 15 to 21 with major depressive disorder.
    how_met: Age 17; major depressive disorder, single episode, severe (F32.2).
    met: true
    evidence: {file: clinical/child-psychiatry-evaluation-2026-11-12.txt, page: 1}
  - criterion: 2. Two antidepressant trials of at least 6 weeks at adequate dose without remission.
    how_met: Fluoxetine 40 mg 10 weeks, no response; escitalopram 20 mg 12 weeks, partial response (not remission).
    met: true
    evidence: {file: clinical/child-psychiatry-evaluation-2026-11-12.txt, page: 1}
  - criterion: 3. A trial of psychotherapy.
    how_met: 20 sessions of CBT, 02/2026-07/2026.
    met: true
    evidence: {file: clinical/child-psychiatry-evaluation-2026-11-12.txt, page: 1}
  - criterion: 4. TMS used as an add-on to antidepressant medication.
    how_met: Escitalopram 20 mg continues during TMS.
    met: true
    evidence: {file: clinical/child-psychiatry-evaluation-2026-11-12.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions
  summary: Adolescent major depression without remission after fluoxetine and escitalopram and a course of CBT; TMS as an add-on to escitalopram.
  plan: 36 sessions over 6 weeks (5 a week for 6 weeks, then 6 taper sessions), left DLPFC, 120% motor threshold; PHQ-A weekly; stop if PHQ-A improves less than 20% by session 20.
  alongside: escitalopram 20 mg daily
  fda: {action: cleared, date: 2024-03-25, what: a TMS device, use: as an adjunct for major depression in patients aged 15 to 21, ages: [15, 21], file: other/device-clearance-summary.txt}
clinical:
  severity: PHQ-A 22 on 11/12/2026; CDRS-R 68 on 11/12/2026
  severity_date: 2026-11-12
  suicidality: passive
  suicidality_date: 2026-11-12
  episode_onset: 2025-10
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2025-11
      end: 2026-01
      kind: antidepressant
      weeks: 10
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks at 40 mg
      evidence: {file: clinical/child-psychiatry-evaluation-2026-11-12.txt, page: 1}
    - drug: Sertraline
      dose: 50 mg daily
      start: 2026-04
      end: 2026-04
      kind: antidepressant
      adequate: false
      outcome: Stopped after 10 days for activation (agitation, insomnia); not an adequate trial
      evidence: {file: clinical/child-psychiatry-evaluation-2026-11-12.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2026-05
      ongoing: true
      kind: antidepressant
      weeks: 12
      adequate: true
      response: partial
      outcome: Partial response at 12 weeks; continued with TMS
      evidence: {file: clinical/child-psychiatry-evaluation-2026-11-12.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 20 weekly sessions
      start: 2026-02
      end: 2026-07
      kind: psychotherapy
      sessions: 20
      adequate: true
      response: partial
      outcome: Completed; some benefit
      evidence: {file: clinical/child-psychiatry-evaluation-2026-11-12.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime
      start: 2026-04
      ongoing: true
      kind: other
      outcome: For sleep; not an antidepressant trial
      evidence: {file: clinical/child-psychiatry-evaluation-2026-11-12.txt, page: 1}
impact:
  work: Missed 31 school days this semester; now on a reduced schedule.
author:
  name: Lucia Ruiz-Calloway
  role: Mother of the patient
  relation: parent
  address: |-
    1406 Calle Arboleda SW
    Albuquerque, NM 87105
  phone: (505) 555-0118
  email: lucia.rc@mail.example
provider:
  name: Dr. Anjali Vasquez-Toller
  credentials: MD, child and adolescent psychiatry
  npi: "N3"
  address: |-
    Sandia Youth Neuromodulation Center (FICTIONAL), 2200 Lomas Blvd NE
    Albuquerque, NM 87106
  phone: (505) 555-0159
record_dates:
  - file: clinical/child-psychiatry-evaluation-2026-11-12.txt
    date: 2026-11-12
bates_prefix: RUIZCALLOWAY
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/notice-of-adverse-benefit-determination-2026-11-20.txt": """DESERT SAGE MEDICAID HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION   Date: 11/20/2026
Member: Mateo Ruiz-Calloway (age 17)   Medicaid ID: FICT-DSM-88214503   Reference: DSM-UM-26-304771
Service: transcranial magnetic stimulation (90867, 90868), 36 sessions. Provider: Sandia Youth Neuromodulation Center.
Decision: DENIED. TMS is not medically necessary under BH-TMS-A3. The member has had only one antidepressant trial
(fluoxetine); criterion 2 requires two. Reviewer: Dr. Camille Orsatti, family medicine.
You have 60 days from the date of this notice to ask for an appeal. Call or write Desert Sage Medicaid Health Plan,
Member Appeals, PO Box 27750, Albuquerque, NM 87125; fax (505) 555-0173. After our appeal decision you may ask for a
state fair hearing. If you are under 21, you have the right to services that are medically necessary to correct or
improve a condition (EPSDT).""",
        "clinical/child-psychiatry-evaluation-2026-11-12.txt": """SANDIA YOUTH NEUROMODULATION CENTER (FICTIONAL) - TMS EVALUATION                         Date: 11/12/2026
Patient: Mateo Ruiz-Calloway   DOB 04/22/2009   Psychiatrist: Anjali Vasquez-Toller, MD   Page 1 of 1
Diagnosis: major depressive disorder, single episode, severe without psychotic features (F32.2), since 10/2025.
PHQ-A 22 and CDRS-R 68 on 11/12/2026 (PHQ-A 24 on 01/15/2026). Passive wish to not wake up; no plan, no intent.
Treatment:
 - Fluoxetine 40 mg daily 11/2025-01/2026: no response after 10 weeks at 40 mg.
 - Sertraline 50 mg daily 04/2026: stopped after 10 days for activation (agitation, insomnia). Not an adequate trial.
 - Escitalopram 20 mg daily since 05/2026: partial response at 12 weeks (PHQ-A 24 -> 19 in 08/2026, then back to 22); CONTINUES with TMS.
 - CBT, 20 weekly sessions 02/2026-07/2026 with therapist Owen Delacroix, LPCC: completed, some benefit.
 - Melatonin 3 mg at bedtime for sleep.
School: missed 31 school days this semester; reduced schedule.
Plan: TMS 36 sessions as an add-on to escitalopram; PHQ-A weekly; stop if PHQ-A improves less than 20% by session 20.
Mother, Lucia Ruiz-Calloway, and grandmother, Ines Calloway, present.""",
        "other/bh-tms-a3-policy-excerpt.txt": """DESERT SAGE BEHAVIORAL HEALTH POLICY BH-TMS-A3 (FICTIONAL EXCERPT)
TMS for adolescents. 1. Age 15 to 21 with major depressive disorder. 2. Two antidepressant trials of at least 6 weeks at adequate dose
without remission. 3. A trial of psychotherapy. 4. TMS used as an add-on to antidepressant medication.""",
        "other/device-clearance-summary.txt": """FICTIONAL SUMMARY prepared by the clinic of its TMS device's FDA clearance (not an FDA document).
The clinic's TMS device was cleared by the FDA (510(k)) on 03/25/2024 as an adjunct for major depression in patients aged 15 to 21.""",
    },
    truth={
        "title": "Medicaid MCO, member 17: TMS denied for 'only one antidepressant'; escitalopram (continuing, partial) is the second; sertraline was 10 days; mother writes",
        "true": [
            "Mateo Ruiz-Calloway, 17 (DOB 04/22/2009), New Mexico Medicaid managed care (Desert Sage); F32.2, episode since 10/2025.",
            "36 TMS sessions denied 11/20/2026 under BH-TMS-A3 criterion 2: 'only one antidepressant trial (fluoxetine)'. Reviewer family medicine.",
            "Fluoxetine 40 mg 10 weeks, no response; escitalopram 20 mg since 05/2026, partial response at 12 weeks, CONTINUES (TMS is its add-on); sertraline 50 mg 10 days, activation (not adequate). CBT 20 sessions completed with some benefit (a psychotherapy trial, not a drug). Melatonin for sleep.",
            "PHQ-A 22, CDRS-R 68 on 11/12/2026; passive ideation, no plan or intent.",
            "Rule: plan appeal within 60 days of the notice (42 CFR 438.402(c)(2)(ii)): by 01/19/2027; then a state fair hearing within 120 days of the resolution (438.408(f)(2)). EPSDT (42 USC 1396d(r)(5)) applies.",
        ],
        "unknown": [
            "Whether the plan had the escitalopram record: not stated.",
            "Whether an expedited appeal is warranted: the family did not ask.",
        ],
        "traps": [
            "Escitalopram continues with partial response: a trial without remission, never 'failed and stopped'.",
            "Sertraline was 10 days (intolerance): not counted as an adequate trial, and the letter need not count it.",
            "CBT is psychotherapy: not an antidepressant; judged by sessions.",
            "Melatonin is for sleep.",
            "Passive ideation only.",
            "Parent writes about 'Mateo' / her son; no authorization needed for a minor's parent.",
            "Owen Delacroix (therapist) and Ines Calloway (grandmother) are named; neither author.",
        ],
        "args": [
            "Correct the denial: two adequate antidepressant trials without remission (fluoxetine, escitalopram); every BH-TMS-A3 criterion met with exhibit.",
            "EPSDT: medically necessary care to correct or ameliorate for a member under 21.",
            "FDA clearance as an adjunct for ages 15-21; he is 17.",
            "Ask for a child psychiatrist reviewer; state fair hearing after the plan's decision (120 days).",
        ],
        "not": [
            "'only one antidepressant'; 'failed escitalopram and stopped'; sertraline as an adequate trial; CBT as an antidepressant trial.",
            "'active suicidal ideation'; 'ERISA'; 'the state sets between 90 and 120'.",
            "'Delacroix' or 'Ines Calloway' as author.",
        ],
    },
    answers=[
        ("Patient's name", "Mateo Ruiz-Calloway", "denial/notice-of-adverse-benefit-determination-2026-11-20.txt"),
        ("Reference", "DSM-UM-26-304771", "denial/notice-of-adverse-benefit-determination-2026-11-20.txt"),
        ("Denial's words", "only one antidepressant trial", "denial/notice-of-adverse-benefit-determination-2026-11-20.txt"),
        ("Reviewer specialty", "Dr. Camille Orsatti, family medicine", "denial/notice-of-adverse-benefit-determination-2026-11-20.txt"),
        ("Appeal window", "60 days from the date of this notice", "denial/notice-of-adverse-benefit-determination-2026-11-20.txt"),
        ("Fluoxetine trial", "no response after 10 weeks at 40 mg", "clinical/child-psychiatry-evaluation-2026-11-12.txt"),
        ("Sertraline", "stopped after 10 days for activation", "clinical/child-psychiatry-evaluation-2026-11-12.txt"),
        ("Escitalopram status", "partial response at 12 weeks", "clinical/child-psychiatry-evaluation-2026-11-12.txt"),
        ("Psychotherapy", "CBT, 20 weekly sessions 02/2026-07/2026", "clinical/child-psychiatry-evaluation-2026-11-12.txt"),
        ("Severity", "PHQ-A 22 and CDRS-R 68 on 11/12/2026", "clinical/child-psychiatry-evaluation-2026-11-12.txt"),
        ("Suicidality", "Passive wish to not wake up; no plan, no intent", "clinical/child-psychiatry-evaluation-2026-11-12.txt"),
        ("School", "missed 31 school days this semester", "clinical/child-psychiatry-evaluation-2026-11-12.txt"),
        ("Criterion 4", "TMS used as an add-on to antidepressant medication", "other/bh-tms-a3-policy-excerpt.txt"),
        ("Therapist named", "Owen Delacroix, LPCC", "clinical/child-psychiatry-evaluation-2026-11-12.txt"),
        ("Author", "Lucia Ruiz-Calloway", "case.yaml"),
        ("EPSDT citation", "42 USC 1396d(r)(5)", "truth"),
    ],
)

# ---------------------------------------------------------------- case 04
case(
    slug="04-fehb-ect-psychotic-depression-older-adult-denial-says-no-antipsychotic-olanzapine-falls-2019-ect-remission-wife",
    yaml="""# FICTIONAL CASE (set 67, case 04) - every person, plan, provider, number and address is invented.
# FEHB Standard Option, Virginia. Inpatient-started acute ECT (outpatient continuation) for psychotic depression in a
# 74-year-old denied: "no trial of an antipsychotic". Record: olanzapine 10 mg with sertraline 6 weeks, stopped after two
# falls (orthostasis): not tolerated; 2019 episode remitted with 10 ECT sessions. Mirtazapine 7.5 mg is a sleep dose.
# Sertraline 150 mg continues. The wife writes with his signed consent (carrier reconsideration).
patient:
  name: Harold Bexley Underwood
  salutation: Mr. Underwood
  date_of_birth: 1952-08-30
  member_id: FICT-FBA-R61049937
  address: |-
    77 Quarry Ridge Lane
    Charlottesville, VA 22903
  phone: (434) 555-0124
insurer:
  name: Federal Benefit Alliance Health Plan, Standard Option (FICTIONAL FEHB carrier)
  appeals_address: |-
    Federal Benefit Alliance, Reconsideration Unit (FICTIONAL)
    PO Box 14408
    Richmond, VA 23218
  fax: (804) 555-0181
claim:
  number: FBA-PC-26-720318
  plan_type: fehb
  notice_date: 2026-11-13
  appeal_deadline: 2027-05-13
  deadline_basis: 'Carrier letter of 11/13/2026: "You may ask us to reconsider within 6 months from the date of this letter." Counted from the notice date.'
  service_dates: [2026-12-10]
  sessions: 12
  pending_services: 12
  setting: outpatient
  procedure_codes: ["90870"]
  diagnosis_codes: [F33.3]
  denial_reason: >-
    Precertification for 12 outpatient ECT treatments is denied as not medically necessary under guideline CG-ECT-11:
    there is no trial of an antipsychotic medication for psychotic depression.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Dr. Warren Pettigrew", specialty: anesthesiology}
  action: none
  corrections:
    - said: there is no trial of an antipsychotic medication for psychotic depression.
      record: >-
        Olanzapine 10 mg with sertraline 150 mg, 08/2026-09/2026 (6 weeks): delusions persisted, and two falls from
        orthostatic low blood pressure; stopped (not tolerated).
      file: clinical/geriatric-psychiatry-note-2026-11-05.txt
      page: 1
plan_policy:
  name: Federal Benefit Alliance Clinical Guideline CG-ECT-11, Electroconvulsive therapy
  number: CG-ECT-11
  quote: >-
    ECT is medically necessary for major depression with psychotic features when (a) an antidepressant combined with
    an antipsychotic has failed or was not tolerated, or (b) the member responded to ECT in a prior episode, or (c) the
    severity of illness requires a rapid response.
  file: other/clinical-guideline-cg-ect-11-excerpt.txt
payer_criteria:
  - criterion: (a) an antidepressant combined with an antipsychotic has failed or was not tolerated
    how_met: Sertraline 150 mg with olanzapine 10 mg for 6 weeks; delusions persisted; olanzapine stopped after two falls.
    met: true
    evidence: {file: clinical/geriatric-psychiatry-note-2026-11-05.txt, page: 1}
  - criterion: (b) the member responded to ECT in a prior episode
    how_met: 2019 episode remitted after 10 ECT sessions (HAM-D 31 to 6).
    met: true
    evidence: {file: clinical/ect-summary-2019-04-17.txt, page: 1}
treatment:
  name: Acute course of electroconvulsive therapy (ECT), 12 treatments
  summary: Psychotic depression at 74 with weight loss; the antidepressant-antipsychotic combination was not tolerated, and ECT brought remission in 2019.
  plan: Right unilateral ultrabrief ECT three times a week, up to 12 treatments; MoCA before treatment 1 and after 6 and 12; switch to bilateral if HAM-D falls less than 30% by treatment 6.
  alongside: sertraline 150 mg daily
clinical:
  severity: HAM-D 29 on 11/05/2026; weight loss 7 kg since 08/2026; nihilistic delusions
  severity_date: 2026-11-05
  suicidality: none
  suicidality_date: 2026-11-05
  exclusions: Cardiology clearance 11/03/2026; no recent stroke or intracranial lesion.
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-06
      ongoing: true
      kind: antidepressant
      weeks: 20
      adequate: true
      response: none
      outcome: No response of the psychotic depression; continued during ECT
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-05.txt, page: 1}
    - drug: Olanzapine (augmentation)
      dose: 10 mg at bedtime
      start: 2026-08
      end: 2026-09
      kind: augmentation
      weeks: 6
      adequate: true
      response: none
      outcome: Delusions persisted; stopped after two falls from orthostatic hypotension (not tolerated)
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-05.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2026-09
      ongoing: true
      kind: other
      outcome: Sleep dose; not an antidepressant trial
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-05.txt, page: 1}
    - drug: ECT (2019 episode)
      dose: 10 treatments
      start: 2019-03
      end: 2019-04
      kind: neuromodulation
      sessions: 10
      adequate: true
      response: remission
      outcome: Remission in the 2019 episode (HAM-D 31 to 6)
      evidence: {file: clinical/ect-summary-2019-04-17.txt, page: 1}
impact:
  daily_life: Eats little, has lost 7 kg since 08/2026, and no longer leaves the house.
author:
  name: Margaret Ellen Underwood
  role: Wife of the patient (authorized representative)
  relation: representative
  address: |-
    77 Quarry Ridge Lane
    Charlottesville, VA 22903
  phone: (434) 555-0124
  authorization: other/authorization-to-represent-2026-11-17.txt
provider:
  name: Dr. Samuel Achterberg
  credentials: MD, geriatric psychiatry
  npi: "N4"
  address: |-
    Blue Ridge Geriatric Psychiatry (FICTIONAL), 1215 Lee Street
    Charlottesville, VA 22903
  phone: (434) 555-0152
record_dates:
  - file: clinical/geriatric-psychiatry-note-2026-11-05.txt
    date: 2026-11-05
  - file: clinical/ect-summary-2019-04-17.txt
    date: 2019-04-17
bates_prefix: UNDERWOOD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/precertification-denial-2026-11-13.txt": """FEDERAL BENEFIT ALLIANCE HEALTH PLAN (FICTIONAL FEHB CARRIER) - PRECERTIFICATION DECISION    Date: 11/13/2026
Member: Harold Bexley Underwood   ID: FICT-FBA-R61049937   Reference: FBA-PC-26-720318
Service: 12 outpatient ECT treatments (90870). Physician: Dr. Samuel Achterberg.
Precertification for 12 outpatient ECT treatments is denied as not medically necessary under guideline CG-ECT-11:
there is no trial of an antipsychotic medication for psychotic depression. Physician reviewer: Dr. Warren Pettigrew,
anesthesiology.
You may ask us to reconsider within 6 months from the date of this letter. Write to Federal Benefit Alliance,
Reconsideration Unit, PO Box 14408, Richmond, VA 23218, or fax (804) 555-0181. If we deny your reconsideration you
may ask the Office of Personnel Management (OPM) to review it.""",
        "clinical/geriatric-psychiatry-note-2026-11-05.txt": """BLUE RIDGE GERIATRIC PSYCHIATRY (FICTIONAL) - CONSULTATION                              Date: 11/05/2026
Patient: Harold Bexley Underwood   DOB 08/30/1952   Psychiatrist: Samuel Achterberg, MD   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe with psychotic features (F33.3): nihilistic delusions.
HAM-D 29 on 11/05/2026. Weight loss 7 kg since 08/2026. Denies suicidal ideation.
 - Sertraline 150 mg daily since 06/2026: no response; CONTINUES.
 - Olanzapine 10 mg at bedtime added 08/2026-09/2026 (6 weeks): delusions persisted; two falls from orthostatic
   hypotension; stopped. Not tolerated.
 - Mirtazapine 7.5 mg at bedtime for sleep since 09/2026 (sleep dose).
 - 2019 episode: remission with 10 ECT treatments (see ECT summary of 04/17/2019).
Cardiology clearance 11/03/2026 (Dr. Nadia Feldstrom). No recent stroke or intracranial lesion.
Plan: right unilateral ultrabrief ECT three times a week, up to 12 treatments; MoCA before treatment 1 and after 6 and 12.
Wife, Margaret Ellen Underwood, and son, Calvin Underwood, attended.""",
        "clinical/ect-summary-2019-04-17.txt": """PIEDMONT UNIVERSITY HOSPITAL ECT SERVICE (FICTIONAL) - COURSE SUMMARY                     Date: 04/17/2019
Patient: Harold Bexley Underwood   DOB 08/30/1952
10 right unilateral ECT treatments 03/2019-04/2019 for psychotic depression. HAM-D 31 to 6: remission. No lasting
cognitive effects on follow-up.""",
        "other/clinical-guideline-cg-ect-11-excerpt.txt": """FEDERAL BENEFIT ALLIANCE CLINICAL GUIDELINE CG-ECT-11 (FICTIONAL EXCERPT)
ECT is medically necessary for major depression with psychotic features when (a) an antidepressant combined with
an antipsychotic has failed or was not tolerated, or (b) the member responded to ECT in a prior episode, or (c) the
severity of illness requires a rapid response.""",
        "other/authorization-to-represent-2026-11-17.txt": """AUTHORIZATION TO REPRESENT (FICTIONAL)                                      Date: 11/17/2026
I, Harold Bexley Underwood (ID FICT-FBA-R61049937), authorize my wife, Margaret Ellen Underwood, to appeal the
denial FBA-PC-26-720318 for me and to receive my health information for that purpose.
Signed: Harold B. Underwood""",
    },
    truth={
        "title": "FEHB: ECT for psychotic depression denied for 'no antipsychotic trial'; olanzapine not tolerated; 2019 ECT remission; wife writes",
        "true": [
            "Harold Bexley Underwood, 74 (DOB 08/30/1952), FEHB Standard Option (Federal Benefit Alliance), Virginia; F33.3 with nihilistic delusions.",
            "Precertification for 12 outpatient ECT denied 11/13/2026 under CG-ECT-11: 'no trial of an antipsychotic'. Reviewer: anesthesiology.",
            "Olanzapine 10 mg with sertraline 150 mg for 6 weeks (08-09/2026): delusions persisted, two falls, stopped (not tolerated). Sertraline CONTINUES. Mirtazapine 7.5 mg is a sleep dose.",
            "2019 episode: 10 ECT treatments, HAM-D 31 to 6, remission. CG-ECT-11 (a) and (b) each met; only one is needed ('or').",
            "HAM-D 29 on 11/05/2026; 7 kg weight loss; no suicidal ideation.",
            "Rule: FEHB carrier reconsideration within 6 months (5 CFR 890.105): by 05/13/2027; then OPM review. No ERISA, no state external review.",
        ],
        "unknown": [
            "Whether the carrier had the 2019 ECT summary: not stated.",
            "Whether the wife wants an urgent (expedited) reconsideration: not asked.",
        ],
        "traps": [
            "An antipsychotic WAS tried (olanzapine), and not tolerated; the guideline accepts 'was not tolerated'.",
            "Sertraline continues: not 'stopped'.",
            "Mirtazapine 7.5 mg is for sleep.",
            "No suicidal ideation: no suicide-risk paragraph.",
            "Earlier-episode response (2019 ECT) is criterion (b) on its own.",
            "Wife writes about 'Mr. Underwood'; son Calvin Underwood and cardiologist Dr. Nadia Feldstrom are named: neither author.",
        ],
        "args": [
            "Correct the denial with the exhibit; criteria (a) and (b) of CG-ECT-11 each met.",
            "Ask for a psychiatrist reviewer (the reviewer is an anesthesiologist).",
            "FEHB route: reconsideration, then OPM review (5 CFR 890.105).",
        ],
        "not": [
            "'no antipsychotic trial'; 'stopped sertraline'; mirtazapine as a trial; 'suicidal'.",
            "'ERISA'; '29 CFR 2560.503-1' as governing; 'state external review'; 'Medicare' as the payer.",
            "'Calvin Underwood' or 'Feldstrom' as author.",
        ],
    },
    answers=[
        ("Patient's name", "Harold Bexley Underwood", "denial/precertification-denial-2026-11-13.txt"),
        ("Reference", "FBA-PC-26-720318", "denial/precertification-denial-2026-11-13.txt"),
        ("Guideline", "CG-ECT-11", "denial/precertification-denial-2026-11-13.txt"),
        ("Denial's words", "there is no trial of an antipsychotic medication for psychotic depression", "denial/precertification-denial-2026-11-13.txt"),
        ("Reviewer", "Dr. Warren Pettigrew,\nanesthesiology", "denial/precertification-denial-2026-11-13.txt"),
        ("Window", "within 6 months from the date of this letter", "denial/precertification-denial-2026-11-13.txt"),
        ("Olanzapine outcome", "two falls from orthostatic\n   hypotension; stopped. Not tolerated", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
        ("Sertraline", "Sertraline 150 mg daily since 06/2026: no response; CONTINUES", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
        ("Sleep medicine", "Mirtazapine 7.5 mg at bedtime for sleep", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
        ("Severity", "HAM-D 29 on 11/05/2026", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
        ("2019 ECT", "HAM-D 31 to 6: remission", "clinical/ect-summary-2019-04-17.txt"),
        ("Guideline alternative (b)", "the member responded to ECT in a prior episode", "other/clinical-guideline-cg-ect-11-excerpt.txt"),
        ("Cardiologist named", "Dr. Nadia Feldstrom", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
        ("Son named", "Calvin Underwood", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
        ("Author", "Margaret Ellen Underwood", "other/authorization-to-represent-2026-11-17.txt"),
        ("Next level after carrier", "OPM review", "truth"),
    ],
)

# ---------------------------------------------------------------- case 05
case(
    slug="05-marketplace-spravato-step-denial-says-bupropion-trial-incomplete-partial-continues-vortioxetine-nausea-advocate",
    yaml="""# FICTIONAL CASE (set 67, case 05) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver plan, insured, Arizona. Spravato (Part of a medical benefit, REMS clinic) denied under
# step therapy RX-ESK-12: "bupropion is still being taken, so the trial is not complete; vortioxetine trial under 6 weeks".
# Record: escitalopram 20 mg 8 weeks, no response; bupropion XL 300 mg 14 weeks, partial response, continued alongside;
# vortioxetine 10 mg stopped at 2 weeks for vomiting (intolerance, counted by the plan's own words). Mirtazapine 15 mg
# sleep dose. A nonprofit patient advocate writes with authorization (first internal appeal).
patient:
  name: Celeste Navarro-Pike
  salutation: Ms. Navarro-Pike
  date_of_birth: 1988-10-03
  member_id: FICT-SRH-21903347
  address: |-
    5120 E Monte Vista Road
    Phoenix, AZ 85008
  phone: (602) 555-0137
insurer:
  name: Sonoran Ridge Health Insurance Company, Silver 2500 (FICTIONAL)
  appeals_address: |-
    Sonoran Ridge Health, Grievances and Appeals (FICTIONAL)
    PO Box 52118
    Phoenix, AZ 85072
  fax: (602) 555-0164
claim:
  number: SRH-RX-26-667120
  plan_type: individual_aca
  student: false
  notice_date: 2026-11-19
  appeal_deadline: 2027-05-18
  deadline_basis: 'Notice of 11/19/2026: "You have 180 days from the date you receive this notice to file an internal appeal." Counted from the notice date.'
  service_dates: [2026-12-15]
  sessions: 8
  pending_services: 8
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Spravato does not meet step therapy policy RX-ESK-12. Bupropion is still being taken, so that trial is not
    complete; the vortioxetine trial lasted less than 6 weeks. Two completed antidepressant trials are required.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  reviewer: {name: "Dr. Frances Limbaugh-Orr", specialty: pharmacy (PharmD)}
  action: none
  corrections:
    - said: Bupropion is still being taken, so that trial is not complete
      record: >-
        Bupropion XL 300 mg has been taken for 14 weeks at full dose with a partial response (PHQ-9 22 to 16) and no
        remission; it is continued alongside Spravato. RX-ESK-12 counts a trial of 6 weeks or more without remission.
      file: clinical/psychiatry-progress-note-2026-11-06.txt
      page: 1
      leaves_out: true
plan_policy:
  name: Sonoran Ridge Pharmacy Policy RX-ESK-12, Esketamine nasal spray
  number: RX-ESK-12
  quote: >-
    Step therapy: two antidepressant trials from different classes, each of at least 6 weeks at an adequate dose without
    remission, or stopped earlier because of an adverse effect that prevented continuing. Prescribed with an oral
    antidepressant. Approval period: 6 months.
  file: other/pharmacy-policy-rx-esk-12-excerpt.txt
payer_criteria:
  - criterion: Two antidepressant trials from different classes, each at least 6 weeks at adequate dose without remission, or stopped earlier for an adverse effect.
    how_met: >-
      Escitalopram 20 mg 8 weeks, no response (SSRI); bupropion XL 300 mg 14 weeks, partial response without
      remission (NDRI); vortioxetine 10 mg stopped at 2 weeks for vomiting (adverse effect).
    met: true
    evidence: {file: clinical/psychiatry-progress-note-2026-11-06.txt, page: 1}
  - criterion: Prescribed with an oral antidepressant.
    how_met: Bupropion XL 300 mg continues with Spravato.
    met: true
    evidence: {file: clinical/psychiatry-progress-note-2026-11-06.txt, page: 1}
treatment:
  name: Spravato (esketamine) nasal spray, induction (8 sessions)
  summary: Recurrent severe depression without remission after escitalopram and bupropion, and vortioxetine stopped for vomiting.
  plan: Esketamine 56 mg at sessions 1-2, then 84 mg, twice weekly for 4 weeks (8 sessions) in a REMS-certified clinic with 2 hours of monitoring; PHQ-9 and MADRS at sessions 1, 4 and 8.
  alongside: bupropion XL 300 mg daily
clinical:
  severity: MADRS 33 and PHQ-9 16 on 11/06/2026
  severity_date: 2026-11-06
  suicidality: none
  suicidality_date: 2026-11-06
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-10
      end: 2025-12
      kind: antidepressant
      weeks: 8
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks at 20 mg
      evidence: {file: clinical/psychiatry-progress-note-2026-11-06.txt, page: 1}
    - drug: Vortioxetine
      dose: 10 mg daily
      start: 2026-02
      end: 2026-02
      kind: antidepressant
      weeks: 2
      adequate: false
      outcome: Stopped at 2 weeks for persistent vomiting (adverse effect)
      evidence: {file: clinical/psychiatry-progress-note-2026-11-06.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2026-08
      ongoing: true
      kind: antidepressant
      weeks: 14
      adequate: true
      response: partial
      outcome: Partial response (PHQ-9 22 to 16), no remission; continued with Spravato
      evidence: {file: clinical/psychiatry-progress-note-2026-11-06.txt, page: 1}
    - drug: Mirtazapine
      dose: 15 mg at bedtime for sleep
      start: 2025-12
      end: 2026-03
      kind: other
      outcome: Sleep dose, stopped for weight gain; not counted as an antidepressant trial
      evidence: {file: clinical/psychiatry-progress-note-2026-11-06.txt, page: 1}
author:
  name: Tomas Achebe-Lindqvist
  role: Patient advocate, Valley Health Access Project (FICTIONAL nonprofit), authorized representative
  relation: representative
  address: |-
    Valley Health Access Project, 1001 N Central Avenue, Suite 600
    Phoenix, AZ 85004
  phone: (602) 555-0109
  email: tomas@valleyhealthaccess.example
  authorization: other/authorization-to-represent-2026-11-21.txt
provider:
  name: Dr. Rebecca Oyelaran
  credentials: MD, psychiatry
  npi: "N5"
  address: |-
    Camelback Interventional Psychiatry (FICTIONAL), 4600 N 16th Street
    Phoenix, AZ 85016
  phone: (602) 555-0155
record_dates:
  - file: clinical/psychiatry-progress-note-2026-11-06.txt
    date: 2026-11-06
bates_prefix: NAVARROPIKE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/prior-authorization-denial-2026-11-19.txt": """SONORAN RIDGE HEALTH INSURANCE COMPANY (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION   Date: 11/19/2026
Member: Celeste Navarro-Pike   ID: FICT-SRH-21903347   Reference: SRH-RX-26-667120   Plan: Silver 2500 (Marketplace)
Request: Spravato (esketamine) nasal spray, induction, 8 sessions (J0013). Prescriber: Dr. Rebecca Oyelaran.
Decision: denied. Spravato does not meet step therapy policy RX-ESK-12. Bupropion is still being taken, so that trial
is not complete; the vortioxetine trial lasted less than 6 weeks. Two completed antidepressant trials are required.
Reviewed by Dr. Frances Limbaugh-Orr, PharmD.
You have 180 days from the date you receive this notice to file an internal appeal. Write to Sonoran Ridge Health,
Grievances and Appeals, PO Box 52118, Phoenix, AZ 85072, or fax (602) 555-0164. You may also request external review
after our final decision, and urgent cases may request both at once.""",
        "clinical/psychiatry-progress-note-2026-11-06.txt": """CAMELBACK INTERVENTIONAL PSYCHIATRY (FICTIONAL) - PROGRESS NOTE                          Date: 11/06/2026
Patient: Celeste Navarro-Pike   DOB 10/03/1988   Psychiatrist: Rebecca Oyelaran, MD   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe (F33.2). MADRS 33 and PHQ-9 16 on 11/06/2026. Denies SI.
 - Escitalopram 20 mg daily 10/2025-12/2025: no response after 8 weeks at 20 mg.
 - Mirtazapine 15 mg at bedtime for sleep 12/2025-03/2026: stopped for weight gain (sleep dose).
 - Vortioxetine 10 mg daily 02/2026: stopped at 2 weeks for persistent vomiting despite taking with food.
 - Bupropion XL 300 mg daily since 08/2026 (14 weeks at full dose): partial response, PHQ-9 22 to 16, no remission.
   CONTINUES; will be the oral antidepressant with Spravato.
Plan: Spravato 56 mg sessions 1-2, then 84 mg, twice weekly for 4 weeks, REMS-certified clinic, 2 hours monitoring.
Sister, Dana Navarro, will drive her home after each session.""",
        "other/pharmacy-policy-rx-esk-12-excerpt.txt": """SONORAN RIDGE PHARMACY POLICY RX-ESK-12 (FICTIONAL EXCERPT) - Esketamine nasal spray
Step therapy: two antidepressant trials from different classes, each of at least 6 weeks at an adequate dose without
remission, or stopped earlier because of an adverse effect that prevented continuing. Prescribed with an oral
antidepressant. Approval period: 6 months.""",
        "other/authorization-to-represent-2026-11-21.txt": """AUTHORIZED REPRESENTATIVE FORM (FICTIONAL)                                Date: 11/21/2026
I, Celeste Navarro-Pike (ID FICT-SRH-21903347), appoint Tomas Achebe-Lindqvist of the Valley Health Access Project
to appeal denial SRH-RX-26-667120 for me. Signed: Celeste Navarro-Pike""",
    },
    truth={
        "title": "Marketplace: Spravato step therapy; denial says a continuing bupropion trial is 'not complete' and vortioxetine too short; plan's own words count both; advocate writes",
        "true": [
            "Celeste Navarro-Pike, 38 (DOB 10/03/1988), Sonoran Ridge Silver 2500, individual Marketplace, insured, Arizona.",
            "Spravato induction (8 sessions) denied 11/19/2026 under RX-ESK-12: bupropion 'still being taken', vortioxetine under 6 weeks.",
            "Escitalopram 20 mg 8 weeks, no response (SSRI, trial 1). Bupropion XL 300 mg 14 weeks, partial response, no remission, CONTINUES (trial 2, NDRI, and the oral antidepressant with Spravato). Vortioxetine stopped at 2 weeks for vomiting: the policy's 'stopped earlier because of an adverse effect'. Mirtazapine 15 mg was a sleep dose.",
            "RX-ESK-12 does not require the drug to be stopped: 'at least 6 weeks ... without remission'. Approval period 6 months.",
            "Rule: individual coverage, internal appeal 45 CFR 147.136: 180 days, by 05/18/2027; then external review (medical judgment).",
        ],
        "unknown": [
            "The cost of Spravato under the plan: not given.",
            "Whether the plan saw the 11/06/2026 note: not stated.",
        ],
        "traps": [
            "A trial still taken is not 'incomplete': bupropion continues because it is partly helping and must be taken with Spravato.",
            "Vortioxetine is an intolerance, not a failed adequate trial; the policy accepts it either way, but escitalopram + bupropion already make two.",
            "Mirtazapine 15 mg was for sleep.",
            "No suicidal ideation; TRD monotherapy label point not needed.",
            "Advocate writes about 'Ms. Navarro-Pike'; sister Dana Navarro named only as driver.",
        ],
        "args": [
            "The plan's own words: two trials of 6 weeks without remission - escitalopram (none) and bupropion (partial, 14 weeks): met. Continuing a drug does not undo the trial.",
            "Vortioxetine stopped for an adverse effect counts under the policy's own words.",
            "Ask for a psychiatrist reviewer (reviewer is a PharmD); external review after the final decision.",
            "Ask for the 6-month approval period the policy states.",
        ],
        "not": [
            "'bupropion failed and was stopped'; 'bupropion trial incomplete'; mirtazapine as an antidepressant trial.",
            "'ERISA'; '29 CFR 2560.503-1' as governing; 'Medicaid'; 'suicidal ideation' as present.",
            "'Dana Navarro' as author.",
        ],
    },
    answers=[
        ("Patient's name", "Celeste Navarro-Pike", "denial/prior-authorization-denial-2026-11-19.txt"),
        ("Reference", "SRH-RX-26-667120", "denial/prior-authorization-denial-2026-11-19.txt"),
        ("Denial on bupropion", "Bupropion is still being taken, so that trial\nis not complete", "denial/prior-authorization-denial-2026-11-19.txt"),
        ("Reviewer", "Dr. Frances Limbaugh-Orr, PharmD", "denial/prior-authorization-denial-2026-11-19.txt"),
        ("Window", "180 days from the date you receive this notice", "denial/prior-authorization-denial-2026-11-19.txt"),
        ("Escitalopram", "no response after 8 weeks at 20 mg", "clinical/psychiatry-progress-note-2026-11-06.txt"),
        ("Bupropion", "(14 weeks at full dose): partial response, PHQ-9 22 to 16, no remission", "clinical/psychiatry-progress-note-2026-11-06.txt"),
        ("Bupropion continues", "CONTINUES; will be the oral antidepressant with Spravato", "clinical/psychiatry-progress-note-2026-11-06.txt"),
        ("Vortioxetine", "stopped at 2 weeks for persistent vomiting", "clinical/psychiatry-progress-note-2026-11-06.txt"),
        ("Mirtazapine", "Mirtazapine 15 mg at bedtime for sleep", "clinical/psychiatry-progress-note-2026-11-06.txt"),
        ("Severity", "MADRS 33 and PHQ-9 16 on 11/06/2026", "clinical/psychiatry-progress-note-2026-11-06.txt"),
        ("Policy's adverse-effect clause", "or stopped earlier because of an adverse effect that prevented continuing", "other/pharmacy-policy-rx-esk-12-excerpt.txt"),
        ("Approval period", "Approval period: 6 months", "other/pharmacy-policy-rx-esk-12-excerpt.txt"),
        ("Sister named", "Dana Navarro", "clinical/psychiatry-progress-note-2026-11-06.txt"),
        ("Author", "Tomas Achebe-Lindqvist", "other/authorization-to-represent-2026-11-21.txt"),
        ("Internal appeal rule", "45 CFR 147.136", "truth"),
    ],
)

# ---------------------------------------------------------------- case 06
case(
    slug="06-medicare-advantage-crps-ketamine-denial-says-no-duloxetine-gabapentin-dizziness-nortriptyline-qtc-pt-ongoing-physician",
    yaml="""# FICTIONAL CASE (set 67, case 06) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Florida. Outpatient IV ketamine for complex regional pain syndrome denied under internal
# policy MA-PAIN-KET-4: "duloxetine has not been tried; physical therapy not completed". Record: duloxetine 60 mg since
# 03/2026, partial response, CONTINUES; gabapentin to 1,800 mg stopped for dizziness and a fall; nortriptyline
# contraindicated (QTc 486 ms); tramadol stopped; physical therapy ongoing with some benefit (not a failure).
# The treating pain physician writes (standard pre-service reconsideration).
patient:
  name: Doreen Alvarado-Fitch
  salutation: Ms. Alvarado-Fitch
  date_of_birth: 1958-01-27
  member_id: FICT-GCM-H99130522
  address: |-
    3308 Palmetto Bay Drive
    Sarasota, FL 34231
  phone: (941) 555-0121
insurer:
  name: Gulf Coast Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    Gulf Coast Medicare Advantage, Appeals and Grievances (FICTIONAL)
    PO Box 88213
    Tampa, FL 33684
  fax: (813) 555-0178
claim:
  number: GCM-OD-26-410592
  plan_type: medicare_advantage
  notice_date: 2026-11-17
  appeal_deadline: 2027-01-21
  deadline_basis: 'Notice of Denial of Medical Coverage of 11/17/2026: "you must ask for a reconsideration within 65 days of the date of this notice." Counted from the notice date.'
  service_dates: [2026-12-16]
  sessions: 5
  pending_services: 5
  procedure_codes: ["96365", "96366", J3490]
  diagnosis_codes: [G90.521]
  denial_reason: >-
    Ketamine infusion for CRPS is not covered under Gulf Coast policy MA-PAIN-KET-4: duloxetine has not been tried, and
    physical therapy has not been completed.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Dr. Howard Kestenbaum", specialty: orthopedic surgery}
  action: none
  corrections:
    - said: duloxetine has not been tried
      record: Duloxetine 60 mg daily since 03/2026 (8 months), partial response (pain 8/10 to 6/10); it continues.
      file: clinical/pain-clinic-note-2026-11-04.txt
      page: 1
    - said: physical therapy has not been completed.
      record: >-
        Physical therapy (graded motor imagery and desensitization) ran 24 visits 05/2026-08/2026 and continues once a
        week as a home program with some benefit; the policy asks for physical therapy "tried", not finished.
      file: clinical/physical-therapy-summary-2026-10-30.txt
      page: 1
      leaves_out: true
plan_policy:
  name: Gulf Coast Medicare Advantage internal coverage policy MA-PAIN-KET-4, Ketamine infusion for chronic pain
  number: MA-PAIN-KET-4
  quote: >-
    Covered for complex regional pain syndrome when: 1. Budapest criteria are met. 2. Duloxetine or a tricyclic
    antidepressant, and gabapentin or pregabalin, have been tried or are contraindicated. 3. Physical therapy has been
    tried. 4. No uncontrolled hypertension or psychosis.
  file: other/ma-pain-ket-4-policy-excerpt.txt
payer_criteria:
  - criterion: 1. Budapest criteria are met.
    how_met: Budapest criteria met, right lower limb, after ankle fracture (01/2025).
    met: true
    evidence: {file: clinical/pain-clinic-note-2026-11-04.txt, page: 1}
  - criterion: 2. Duloxetine or a tricyclic, and gabapentin or pregabalin, tried or contraindicated.
    how_met: Duloxetine 60 mg since 03/2026 (partial, continues); nortriptyline contraindicated (QTc 486 ms); gabapentin to 1,800 mg stopped for dizziness and a fall.
    met: true
    evidence: {file: clinical/pain-clinic-note-2026-11-04.txt, page: 1}
  - criterion: 3. Physical therapy has been tried.
    how_met: 24 visits 05/2026-08/2026; home program continues with some benefit.
    met: true
    evidence: {file: clinical/physical-therapy-summary-2026-10-30.txt, page: 1}
  - criterion: 4. No uncontrolled hypertension or psychosis.
    how_met: Blood pressure 132/80; no psychosis.
    met: true
    evidence: {file: clinical/pain-clinic-note-2026-11-04.txt, page: 1}
treatment:
  name: Outpatient IV ketamine infusions for CRPS, 5 infusions
  summary: CRPS of the right lower limb with pain 6/10 despite continuing duloxetine and physical therapy; gabapentin not tolerated and nortriptyline contraindicated.
  plan: Ketamine 0.35 mg/kg/hour over 4 hours on 5 consecutive weekdays; pain score and allodynia map before and after; continue duloxetine and home PT.
  alongside: duloxetine 60 mg daily
clinical:
  severity: Pain 6/10 (NRS) and allodynia over the right foot on 11/04/2026
  severity_date: 2026-11-04
  suicidality: none
  suicidality_date: 2026-11-04
  history:
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2026-03
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Partial response (pain 8/10 to 6/10); continued
      evidence: {file: clinical/pain-clinic-note-2026-11-04.txt, page: 1}
    - drug: Gabapentin
      dose: titrated to 1,800 mg daily
      start: 2025-06
      end: 2025-10
      kind: other
      failed: true
      outcome: Stopped for dizziness and a fall (not tolerated)
      evidence: {file: clinical/pain-clinic-note-2026-11-04.txt, page: 1}
    - drug: Tramadol
      dose: 50 mg up to three times daily
      start: 2025-03
      end: 2025-05
      kind: other
      weeks: 9
      failed: true
      response: none
      outcome: Little relief after 9 weeks; stopped for nausea
      evidence: {file: clinical/pain-clinic-note-2026-11-04.txt, page: 1}
    - drug: Physical therapy (graded motor imagery, desensitization)
      dose: 24 visits, then weekly home program
      start: 2026-05
      ongoing: true
      kind: other
      response: partial
      outcome: Some benefit; continues as a home program
      evidence: {file: clinical/physical-therapy-summary-2026-10-30.txt, page: 1}
author:
  name: Dr. Elliot Vanterpool
  role: Treating physician, pain medicine (MD)
  relation: physician
  address: |-
    Suncoast Pain and Neuromodulation (FICTIONAL), 1901 Fruitville Road
    Sarasota, FL 34236
  phone: (941) 555-0150
  email: evanterpool@suncoastpain.example
provider:
  name: Dr. Elliot Vanterpool
  credentials: MD, pain medicine
  npi: "N6"
  address: |-
    1901 Fruitville Road
    Sarasota, FL 34236
  phone: (941) 555-0150
peer_to_peer:
  availability: Tuesdays and Thursdays 8-9 am Eastern
record_dates:
  - file: clinical/pain-clinic-note-2026-11-04.txt
    date: 2026-11-04
  - file: clinical/physical-therapy-summary-2026-10-30.txt
    date: 2026-10-30
bates_prefix: ALVARADOFITCH
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/notice-of-denial-of-medical-coverage-2026-11-17.txt": """GULF COAST MEDICARE ADVANTAGE HMO (FICTIONAL) - NOTICE OF DENIAL OF MEDICAL COVERAGE    Date: 11/17/2026
Member: Doreen Alvarado-Fitch   Member ID: FICT-GCM-H99130522   Reference: GCM-OD-26-410592
Request: outpatient IV ketamine infusions (96365, 96366, J3490), 5 infusions, CRPS (G90.521).
Requesting physician: Dr. Elliot Vanterpool.
We denied this request. Ketamine infusion for CRPS is not covered under Gulf Coast policy MA-PAIN-KET-4: duloxetine has
not been tried, and physical therapy has not been completed. Reviewed by Dr. Howard Kestenbaum, orthopedic surgery.
If you disagree, you must ask for a reconsideration within 65 days of the date of this notice. Your doctor may ask for
you. Write Gulf Coast Medicare Advantage, Appeals and Grievances, PO Box 88213, Tampa, FL 33684; fax (813) 555-0178.""",
        "clinical/pain-clinic-note-2026-11-04.txt": """SUNCOAST PAIN AND NEUROMODULATION (FICTIONAL) - FOLLOW-UP                                Date: 11/04/2026
Patient: Doreen Alvarado-Fitch   DOB 01/27/1958   Physician: Elliot Vanterpool, MD   Page 1 of 1
Diagnosis: complex regional pain syndrome type I, right lower limb (G90.521), after ankle fracture 01/2025. Budapest criteria met.
Pain 6/10 (NRS), allodynia over the right foot, 11/04/2026. Mood low but no suicidal thoughts.
 - Tramadol 50 mg up to three times daily 03/2025-05/2025 (9 weeks): little relief; stopped for nausea.
 - Gabapentin titrated to 1,800 mg daily 06/2025-10/2025: stopped for dizziness and a fall.
 - Nortriptyline: not started; contraindicated - QTc 486 ms on ECG 02/2026 (cardiology, Dr. Imogen Sayre).
 - Duloxetine 60 mg daily since 03/2026: pain 8/10 to 6/10, partial response; CONTINUES.
 - Physical therapy: see PT summary; home program continues.
Blood pressure 132/80. No psychosis.
Plan: ketamine 0.35 mg/kg/hour over 4 hours on 5 consecutive weekdays; continue duloxetine and home PT.""",
        "clinical/physical-therapy-summary-2026-10-30.txt": """GULF SHORES REHABILITATION (FICTIONAL) - PHYSICAL THERAPY SUMMARY                       Date: 10/30/2026
Patient: Doreen Alvarado-Fitch   Therapist: Marisa Quintero-Hale, DPT
24 visits 05/2026-08/2026: graded motor imagery, desensitization, gait training. Some benefit: walks 10 minutes (from 3).
Continues weekly home program; pain remains 6/10 with allodynia.""",
        "other/ma-pain-ket-4-policy-excerpt.txt": """GULF COAST MEDICARE ADVANTAGE - INTERNAL COVERAGE POLICY MA-PAIN-KET-4 (FICTIONAL EXCERPT)
Covered for complex regional pain syndrome when: 1. Budapest criteria are met. 2. Duloxetine or a tricyclic
antidepressant, and gabapentin or pregabalin, have been tried or are contraindicated. 3. Physical therapy has been
tried. 4. No uncontrolled hypertension or psychosis.""",
    },
    truth={
        "title": "Medicare Advantage: ketamine for CRPS denied 'duloxetine not tried, PT not completed'; duloxetine continues, PT tried and ongoing; pain physician writes",
        "true": [
            "Doreen Alvarado-Fitch, 68 (DOB 01/27/1958), Gulf Coast Medicare Advantage HMO, Florida; CRPS I right lower limb (G90.521).",
            "Pre-service request for 5 ketamine infusions denied 11/17/2026 under internal policy MA-PAIN-KET-4: 'duloxetine has not been tried', 'physical therapy has not been completed'. Reviewer: orthopedic surgery.",
            "Duloxetine 60 mg since 03/2026, partial response (8 to 6/10), CONTINUES. Gabapentin to 1,800 mg stopped for dizziness and a fall (not tolerated). Nortriptyline never started: QTc 486 ms (contraindicated). Tramadol stopped (little relief, nausea).",
            "PT: 24 visits 05-08/2026, home program continues with some benefit: tried, and not a failure. The policy says 'tried'.",
            "Rule: MA pre-service standard reconsideration, 65 days from the notice (42 CFR 422.582): by 01/21/2027; standard pre-service decision 30 days (see Deliberately unknown on the Part B drug clock). Internal criteria limited by 42 CFR 422.101(b)(6). The treating physician may file a pre-service reconsideration without an appointment (422.578(c)).",
        ],
        "unknown": [
            "Whether a Medicare NCD/LCD covers ketamine for CRPS: none named in the case; the letter may say the plan used internal criteria.",
            "Whether the 7-day Part B drug reconsideration clock (42 CFR 422.590(c)) reaches this request (the ketamine drug line J3490 with the infusion): the case does not settle it; a letter may ask, not assert.",
            "Cost of the infusions: not given.",
        ],
        "traps": [
            "Duloxetine was tried and continues: never 'failed and stopped' and never 'not tried'.",
            "PT is ongoing with some benefit: never a 'failed' trial.",
            "Nortriptyline is contraindicated, not a failed trial. Gabapentin is an intolerance.",
            "Pain case: duloxetine is a pain medicine here; no depression argument, no suicidality.",
            "Dr. Imogen Sayre (cardiology) and Marisa Quintero-Hale (PT) are named; neither author.",
        ],
        "args": [
            "Correct both statements with exhibits; every MA-PAIN-KET-4 criterion met.",
            "Internal criteria limits (42 CFR 422.101(b)(6)); ask for a pain or neurology reviewer (reviewer is orthopedic surgery) and peer-to-peer Tue/Thu 8-9 am.",
            "Ask for the decision within the time that applies (not asserted as 7 days).",
        ],
        "not": [
            "'duloxetine was not tried'; 'failed duloxetine'; 'physical therapy failed'; 'failed nortriptyline'.",
            "'ERISA'; '45 CFR 147.136'; 'state external review'; 'suicidal ideation'.",
            "'Sayre' or 'Quintero-Hale' as author.",
        ],
    },
    answers=[
        ("Patient's name", "Doreen Alvarado-Fitch", "denial/notice-of-denial-of-medical-coverage-2026-11-17.txt"),
        ("Reference", "GCM-OD-26-410592", "denial/notice-of-denial-of-medical-coverage-2026-11-17.txt"),
        ("Denial on duloxetine", "duloxetine has\nnot been tried", "denial/notice-of-denial-of-medical-coverage-2026-11-17.txt"),
        ("Denial on PT", "physical therapy has not been completed", "denial/notice-of-denial-of-medical-coverage-2026-11-17.txt"),
        ("Reviewer", "Dr. Howard Kestenbaum, orthopedic surgery", "denial/notice-of-denial-of-medical-coverage-2026-11-17.txt"),
        ("Window", "within 65 days of the date of this notice", "denial/notice-of-denial-of-medical-coverage-2026-11-17.txt"),
        ("Duloxetine", "Duloxetine 60 mg daily since 03/2026: pain 8/10 to 6/10, partial response; CONTINUES", "clinical/pain-clinic-note-2026-11-04.txt"),
        ("Gabapentin", "stopped for dizziness and a fall", "clinical/pain-clinic-note-2026-11-04.txt"),
        ("Nortriptyline", "contraindicated - QTc 486 ms", "clinical/pain-clinic-note-2026-11-04.txt"),
        ("Tramadol", "little relief; stopped for nausea", "clinical/pain-clinic-note-2026-11-04.txt"),
        ("Pain score", "Pain 6/10 (NRS)", "clinical/pain-clinic-note-2026-11-04.txt"),
        ("PT course", "24 visits 05/2026-08/2026", "clinical/physical-therapy-summary-2026-10-30.txt"),
        ("Policy criterion 3", "Physical therapy has been\ntried", "other/ma-pain-ket-4-policy-excerpt.txt"),
        ("Cardiologist named", "Dr. Imogen Sayre", "clinical/pain-clinic-note-2026-11-04.txt"),
        ("Peer-to-peer availability", "Tuesdays and Thursdays 8-9 am Eastern", "case.yaml"),
        ("Internal criteria limit", "42 CFR 422.101(b)(6)", "truth"),
    ],
)

# ---------------------------------------------------------------- case 07
case(
    slug="07-church-plan-deep-tms-ocd-denial-says-no-adequate-sri-fluvoxamine-300-continues-clomipramine-syncope-ybocs-patient",
    yaml="""# FICTIONAL CASE (set 67, case 07) - every person, plan, provider, number and address is invented.
# Church plan, self-funded, not ERISA, Tennessee, 1,250 employees. Deep TMS for OCD denied: "no SRI trial at an
# adequate dose for 12 weeks". Record: fluvoxamine 300 mg for 16 weeks, partial response (Y-BOCS 32 to 27), CONTINUES;
# clomipramine 150 mg stopped at 5 weeks for syncope (not tolerated); aripiprazole 5 mg augmentation 8 weeks, no
# response; ERP 20 sessions completed (psychotherapy). Hydroxyzine 25 mg at bedtime for sleep. Patient writes (first appeal).
patient:
  name: Jonah Abernathy-Sloane
  salutation: Mr. Abernathy-Sloane
  date_of_birth: 1994-07-11
  member_id: FICT-CCB-50377461
  address: |-
    915 Belmont Park Terrace
    Nashville, TN 37212
  phone: (615) 555-0129
  email: jonah.as@mail.example
insurer:
  name: Cumberland Conference Benefit Trust Health Plan (FICTIONAL church plan)
  appeals_address: |-
    Cumberland Conference Benefit Trust, Claims Review (FICTIONAL)
    PO Box 19042
    Nashville, TN 37219
  fax: (615) 555-0169
claim:
  number: CCB-UM-26-238817
  plan_type: church
  funding: self_funded
  employees: 1250
  notice_date: 2026-11-23
  appeal_deadline: 2027-05-22
  deadline_basis: 'Plan letter of 11/23/2026: "You may appeal within 180 days after you receive this letter." Counted from the notice date.'
  service_dates: [2027-01-04]
  sessions: 29
  pending_services: 29
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F42.2]
  denial_reason: >-
    Deep TMS for obsessive-compulsive disorder is not medically necessary under Plan Medical Guideline G-NM-08: there is
    no serotonin reuptake inhibitor trial at an adequate dose for 12 weeks.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Dr. Ruth Emberly", specialty: neurology}
  action: none
  corrections:
    - said: there is no serotonin reuptake inhibitor trial at an adequate dose for 12 weeks.
      record: >-
        Fluvoxamine 300 mg daily for 16 weeks (since 06/2026), Y-BOCS 32 to 27, partial response, continuing; and
        clomipramine 150 mg stopped at 5 weeks for syncope (not tolerated).
      file: clinical/ocd-clinic-summary-2026-11-10.txt
      page: 1
plan_policy:
  name: Cumberland Conference Benefit Trust Plan Medical Guideline G-NM-08, Deep TMS for OCD
  number: G-NM-08
  quote: >-
    1. Obsessive-compulsive disorder with Y-BOCS of 20 or more. 2. At least two serotonin reuptake inhibitor trials,
    one of at least 12 weeks at an adequate dose, or fewer if not tolerated. 3. A course of exposure and response
    prevention therapy.
  file: other/plan-guideline-g-nm-08-excerpt.txt
payer_criteria:
  - criterion: 1. Obsessive-compulsive disorder with Y-BOCS of 20 or more.
    how_met: OCD (F42.2); Y-BOCS 27 on 11/10/2026.
    met: true
    evidence: {file: clinical/ocd-clinic-summary-2026-11-10.txt, page: 1}
  - criterion: 2. At least two SRI trials, one of at least 12 weeks at adequate dose, or fewer if not tolerated.
    how_met: Fluvoxamine 300 mg 16 weeks (partial, continues); clomipramine 150 mg stopped at 5 weeks for syncope (not tolerated); sertraline 200 mg 12 weeks in 2023, no response.
    met: true
    evidence: {file: clinical/ocd-clinic-summary-2026-11-10.txt, page: 1}
  - criterion: 3. A course of exposure and response prevention therapy.
    how_met: 20 ERP sessions 01/2026-05/2026, completed.
    met: true
    evidence: {file: clinical/ocd-clinic-summary-2026-11-10.txt, page: 1}
treatment:
  name: Deep TMS for obsessive-compulsive disorder, 29 sessions
  summary: OCD with Y-BOCS 27 after fluvoxamine at full dose (partial response), clomipramine not tolerated, aripiprazole augmentation without response, and a full ERP course.
  plan: 29 sessions over 6 weeks (5 a week for 5 weeks, then 4), with symptom provocation before each; Y-BOCS every 2 weeks; stop if Y-BOCS falls less than 20% by session 20.
  alongside: fluvoxamine 300 mg daily
  fda: {action: de_novo, date: 2018-08-17, what: a deep TMS device, use: as an adjunct for obsessive-compulsive disorder in adults, file: other/device-authorization-summary.txt}
clinical:
  severity: Y-BOCS 27 on 11/10/2026 (32 on 06/02/2026)
  severity_date: 2026-11-10
  suicidality: none
  suicidality_date: 2026-11-10
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2023-02
      end: 2023-05
      kind: antidepressant
      weeks: 12
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks at 200 mg (Y-BOCS unchanged)
      evidence: {file: clinical/ocd-clinic-summary-2026-11-10.txt, page: 1}
    - drug: Clomipramine
      dose: 150 mg daily
      start: 2025-10
      end: 2025-11
      kind: antidepressant
      weeks: 5
      adequate: false
      outcome: Stopped at 5 weeks after a syncopal episode (not tolerated)
      evidence: {file: clinical/ocd-clinic-summary-2026-11-10.txt, page: 1}
    - drug: Exposure and response prevention (ERP)
      dose: 20 sessions
      start: 2026-01
      end: 2026-05
      kind: psychotherapy
      sessions: 20
      adequate: true
      response: partial
      outcome: Completed; modest gains
      evidence: {file: clinical/ocd-clinic-summary-2026-11-10.txt, page: 1}
    - drug: Fluvoxamine
      dose: 300 mg daily
      start: 2026-06
      ongoing: true
      kind: antidepressant
      weeks: 16
      adequate: true
      response: partial
      outcome: Partial response (Y-BOCS 32 to 27); continued
      evidence: {file: clinical/ocd-clinic-summary-2026-11-10.txt, page: 1}
    - drug: Aripiprazole (augmentation)
      dose: 5 mg daily
      start: 2026-08
      end: 2026-10
      kind: augmentation
      weeks: 8
      adequate: true
      failed: true
      response: none
      outcome: No added response after 8 weeks; stopped
      evidence: {file: clinical/ocd-clinic-summary-2026-11-10.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime for sleep
      start: 2026-06
      ongoing: true
      kind: other
      outcome: For sleep; not an OCD trial
      evidence: {file: clinical/ocd-clinic-summary-2026-11-10.txt, page: 1}
impact:
  work: Cut to 20 hours a week as a church accountant because checking rituals take 4 hours a day.
author:
  name: Jonah Abernathy-Sloane
  role: Patient
  relation: patient
  address: |-
    915 Belmont Park Terrace
    Nashville, TN 37212
  phone: (615) 555-0129
  email: jonah.as@mail.example
provider:
  name: Dr. Yvette Marchbanks
  credentials: MD, psychiatry
  npi: "N7"
  address: |-
    Music Row OCD and Anxiety Center (FICTIONAL), 1720 Division Street
    Nashville, TN 37203
  phone: (615) 555-0144
employer:
  name: Cumberland Conference of Churches, Benefits Office (FICTIONAL)
  address: 400 Church Street, Nashville, TN 37219
record_dates:
  - file: clinical/ocd-clinic-summary-2026-11-10.txt
    date: 2026-11-10
bates_prefix: ABERNATHYSLOANE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/plan-denial-letter-2026-11-23.txt": """CUMBERLAND CONFERENCE BENEFIT TRUST HEALTH PLAN (FICTIONAL CHURCH PLAN) - COVERAGE DECISION     Date: 11/23/2026
Member: Jonah Abernathy-Sloane   ID: FICT-CCB-50377461   Reference: CCB-UM-26-238817
Service: deep TMS (90867, 90868), 29 sessions, OCD (F42.2). Provider: Dr. Yvette Marchbanks.
Deep TMS for obsessive-compulsive disorder is not medically necessary under Plan Medical Guideline G-NM-08: there is
no serotonin reuptake inhibitor trial at an adequate dose for 12 weeks. Reviewer: Dr. Ruth Emberly, neurology.
This plan is a church plan and is not subject to ERISA. You may appeal within 180 days after you receive this letter
to Cumberland Conference Benefit Trust, Claims Review, PO Box 19042, Nashville, TN 37219, fax (615) 555-0169.""",
        "clinical/ocd-clinic-summary-2026-11-10.txt": """MUSIC ROW OCD AND ANXIETY CENTER (FICTIONAL) - TREATMENT SUMMARY                          Date: 11/10/2026
Patient: Jonah Abernathy-Sloane   DOB 07/11/1994   Psychiatrist: Yvette Marchbanks, MD   Page 1 of 1
Diagnosis: obsessive-compulsive disorder, mixed obsessional thoughts and acts (F42.2). Y-BOCS 27 on 11/10/2026 (32 on 06/02/2026).
No suicidal ideation. Checking rituals about 4 hours a day; work cut to 20 hours a week.
 - Sertraline 200 mg daily 02/2023-05/2023: no response after 12 weeks at 200 mg.
 - Clomipramine 150 mg daily 10/2025-11/2025: stopped at 5 weeks after a syncopal episode (ECG normal; orthostatic). Not tolerated.
 - ERP, 20 sessions 01/2026-05/2026 with Dr. Leah Fontaine, PsyD: completed, modest gains.
 - Fluvoxamine 300 mg daily since 06/2026 (16 weeks at 300 mg): Y-BOCS 32 to 27, partial response; CONTINUES.
 - Aripiprazole 5 mg daily (augmentation) 08/2026-10/2026: no added response after 8 weeks; stopped.
 - Hydroxyzine 25 mg at bedtime for sleep.
Plan: deep TMS 29 sessions with symptom provocation, added to fluvoxamine; Y-BOCS every 2 weeks.
Partner, Elise Kowalczyk, reports rituals delay leaving the house by an hour.""",
        "other/plan-guideline-g-nm-08-excerpt.txt": """CUMBERLAND CONFERENCE BENEFIT TRUST - PLAN MEDICAL GUIDELINE G-NM-08 (FICTIONAL EXCERPT) - Deep TMS for OCD
1. Obsessive-compulsive disorder with Y-BOCS of 20 or more. 2. At least two serotonin reuptake inhibitor trials,
one of at least 12 weeks at an adequate dose, or fewer if not tolerated. 3. A course of exposure and response
prevention therapy.""",
        "other/device-authorization-summary.txt": """FICTIONAL SUMMARY prepared by the clinic (not an FDA document): the clinic's deep TMS device received FDA
marketing authorization through the De Novo pathway on 08/17/2018 as an adjunct for obsessive-compulsive disorder in adults.""",
    },
    truth={
        "title": "Church plan: deep TMS for OCD denied 'no SRI at adequate dose for 12 weeks'; fluvoxamine 300 mg 16 weeks continues; patient writes",
        "true": [
            "Jonah Abernathy-Sloane, 32 (DOB 07/11/1994), Cumberland Conference Benefit Trust, self-funded church plan not subject to ERISA, Tennessee (1,250 employees).",
            "29 deep TMS sessions denied 11/23/2026 under G-NM-08: 'no serotonin reuptake inhibitor trial at an adequate dose for 12 weeks'. Reviewer: neurology.",
            "Fluvoxamine 300 mg for 16 weeks, Y-BOCS 32 to 27 (partial), CONTINUES. Sertraline 200 mg 12 weeks in 2023, no response. Clomipramine 150 mg stopped at 5 weeks for syncope (not tolerated). Aripiprazole 5 mg augmentation 8 weeks, no added response. ERP 20 sessions completed (psychotherapy). Hydroxyzine for sleep.",
            "Y-BOCS 27 on 11/10/2026; no suicidal ideation.",
            "Rule: church plan outside ERISA: the plan's own terms (180 days, by 05/22/2027) and, if the plan is not grandfathered, the Code's claims and appeals rule for a self-funded church plan (26 CFR 54.9815-2719); Tennessee state law may apply; no ERISA citations as governing law.",
        ],
        "unknown": [
            "Whether the plan is grandfathered: not stated.",
            "Whether the plan's reviewer saw the 2023 sertraline record: not stated.",
        ],
        "traps": [
            "Two SRI trials of 12+ weeks exist (sertraline 2023, fluvoxamine 2026); fluvoxamine continues (not failed and stopped).",
            "Clomipramine is an intolerance (5 weeks), accepted by the guideline's 'fewer if not tolerated'.",
            "ERP is psychotherapy, judged by sessions, not an SRI.",
            "Hydroxyzine is for sleep.",
            "Patient writes as 'I'; psychologist Dr. Leah Fontaine and partner Elise Kowalczyk named, neither author.",
            "OCD, not depression: no MADRS/depression criteria; FDA De Novo, not 'approved'.",
        ],
        "args": [
            "Correct the denial; every G-NM-08 criterion met with exhibit.",
            "FDA De Novo authorization as an adjunct for OCD in adults; he is 32 and on fluvoxamine.",
            "Ask for a psychiatrist reviewer (reviewer is neurology).",
        ],
        "not": [
            "'no adequate SRI trial'; 'failed fluvoxamine and stopped'; ERP as a medication; hydroxyzine as a trial.",
            "'ERISA' as governing; '29 CFR 2560.503-1' as this plan's rule; 'Department of Labor' complaint; 'suicidal'.",
            "'Fontaine' or 'Kowalczyk' as author; 'FDA approved' for the device.",
        ],
    },
    answers=[
        ("Patient's name", "Jonah Abernathy-Sloane", "denial/plan-denial-letter-2026-11-23.txt"),
        ("Reference", "CCB-UM-26-238817", "denial/plan-denial-letter-2026-11-23.txt"),
        ("Denial's words", "no serotonin reuptake inhibitor trial at an adequate dose for 12 weeks", "denial/plan-denial-letter-2026-11-23.txt"),
        ("Reviewer", "Dr. Ruth Emberly, neurology", "denial/plan-denial-letter-2026-11-23.txt"),
        ("ERISA status", "This plan is a church plan and is not subject to ERISA", "denial/plan-denial-letter-2026-11-23.txt"),
        ("Fluvoxamine", "(16 weeks at 300 mg): Y-BOCS 32 to 27, partial response; CONTINUES", "clinical/ocd-clinic-summary-2026-11-10.txt"),
        ("Sertraline 2023", "no response after 12 weeks at 200 mg", "clinical/ocd-clinic-summary-2026-11-10.txt"),
        ("Clomipramine", "stopped at 5 weeks after a syncopal episode", "clinical/ocd-clinic-summary-2026-11-10.txt"),
        ("Aripiprazole", "no added response after 8 weeks; stopped", "clinical/ocd-clinic-summary-2026-11-10.txt"),
        ("ERP", "ERP, 20 sessions 01/2026-05/2026", "clinical/ocd-clinic-summary-2026-11-10.txt"),
        ("Sleep medicine", "Hydroxyzine 25 mg at bedtime for sleep", "clinical/ocd-clinic-summary-2026-11-10.txt"),
        ("Y-BOCS now", "Y-BOCS 27 on 11/10/2026", "clinical/ocd-clinic-summary-2026-11-10.txt"),
        ("Guideline tolerance clause", "or fewer if not tolerated", "other/plan-guideline-g-nm-08-excerpt.txt"),
        ("Psychologist named", "Dr. Leah Fontaine, PsyD", "clinical/ocd-clinic-summary-2026-11-10.txt"),
        ("FDA pathway", "De Novo pathway on 08/17/2018", "other/device-authorization-summary.txt"),
        ("Employees", "1250", "case.yaml"),
    ],
)

# ---------------------------------------------------------------- case 08
case(
    slug="08-tricare-select-spravato-denial-says-lithium-not-tried-contraindicated-quetiapine-augmentation-fax-cover-pmhnp",
    yaml="""# FICTIONAL CASE (set 67, case 08) - every person, plan, provider, number and address is invented.
# TRICARE Select, retired sponsor himself, Texas. Spravato (medical benefit) denied: "augmentation with lithium has not
# been tried". Record: lithium never started - contraindicated (eGFR 41, on lisinopril and hydrochlorothiazide);
# quetiapine 150 mg augmentation 8 weeks, no response; sertraline 200 mg 9 weeks no response; duloxetine 90 mg
# since 03/2026, partial response, CONTINUES. Earlier episode (2021) responded to duloxetine. A fax cover sheet names a
# clinic staff member. The treating psychiatric nurse practitioner writes (reconsideration).
patient:
  name: Curtis Delano Pruett
  salutation: Mr. Pruett
  date_of_birth: 1963-12-05
  member_id: FICT-TRI-1047729931
  address: |-
    2604 Mesquite Bend Drive
    Killeen, TX 76542
  phone: (254) 555-0138
insurer:
  name: TRICARE West Region contractor, Lone Star Federal Health Services (FICTIONAL)
  appeals_address: |-
    Lone Star Federal Health Services, TRICARE Appeals (FICTIONAL)
    PO Box 202118
    San Antonio, TX 78220
  fax: (210) 555-0175
claim:
  number: LSF-TR-26-815530
  plan_type: tricare
  notice_date: 2026-11-24
  appeal_deadline: 2027-02-22
  deadline_basis: 'Prior authorization denial of 11/24/2026: "You must file your reconsideration request within 90 days of the date of this notice." Counted from the notice date.'
  service_dates: [2026-12-17]
  sessions: 8
  pending_services: 8
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Esketamine is not authorized: treatment-resistant depression criteria require augmentation, and augmentation with
    lithium has not been tried.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Dr. Philip Grantham", specialty: psychiatry}
  action: none
  corrections:
    - said: augmentation with lithium has not been tried.
      record: >-
        Lithium is contraindicated (eGFR 41; lisinopril and hydrochlorothiazide raise lithium levels); quetiapine
        150 mg augmentation was given for 8 weeks (05/2026-07/2026) with no response.
      file: clinical/psychiatric-np-note-2026-11-12.txt
      page: 1
      leaves_out: true
plan_policy:
  name: Lone Star Federal Health Services TRICARE clinical criteria CC-ESK-3, Esketamine nasal spray
  number: CC-ESK-3
  quote: >-
    Treatment-resistant depression: at least two antidepressants at adequate dose and duration without adequate
    response in the current episode, and one augmentation trial (lithium, an atypical antipsychotic, or thyroid
    hormone) unless contraindicated. Administered in a REMS-certified setting.
  file: other/clinical-criteria-cc-esk-3-excerpt.txt
payer_criteria:
  - criterion: Two antidepressants at adequate dose and duration without adequate response in the current episode.
    how_met: Sertraline 200 mg 9 weeks, no response; duloxetine 90 mg since 03/2026, partial response.
    met: true
    evidence: {file: clinical/psychiatric-np-note-2026-11-12.txt, page: 1}
  - criterion: One augmentation trial (lithium, an atypical antipsychotic, or thyroid hormone) unless contraindicated.
    how_met: Quetiapine 150 mg (an atypical antipsychotic) 8 weeks, no response; lithium contraindicated.
    met: true
    evidence: {file: clinical/psychiatric-np-note-2026-11-12.txt, page: 1}
  - criterion: Administered in a REMS-certified setting.
    how_met: Fort Hood Area Mental Health Associates is REMS-certified.
    met: true
    evidence: {file: clinical/psychiatric-np-note-2026-11-12.txt, page: 1}
treatment:
  name: Spravato (esketamine) nasal spray, induction (8 sessions)
  summary: Recurrent severe depression without adequate response to sertraline and duloxetine, with quetiapine augmentation failed and lithium contraindicated.
  plan: Esketamine 56 mg sessions 1-2, then 84 mg, twice weekly for 4 weeks in the clinic's REMS-certified room; blood pressure before and at 40 and 120 minutes; PHQ-9 and MADRS at sessions 1, 4 and 8.
  alongside: duloxetine 90 mg daily
clinical:
  severity: MADRS 34 on 11/12/2026; PHQ-9 20 on 11/12/2026
  severity_date: 2026-11-12
  suicidality: passive
  suicidality_date: 2026-11-12
  episode_onset: 2025-09
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-10
      end: 2025-12
      kind: antidepressant
      weeks: 9
      adequate: true
      failed: true
      response: none
      outcome: No response after 9 weeks at 200 mg
      evidence: {file: clinical/psychiatric-np-note-2026-11-12.txt, page: 1}
    - drug: Duloxetine
      dose: 90 mg daily
      start: 2026-03
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response (MADRS 40 to 34); continued
      evidence: {file: clinical/psychiatric-np-note-2026-11-12.txt, page: 1}
    - drug: Quetiapine (augmentation)
      dose: 150 mg at bedtime
      start: 2026-05
      end: 2026-07
      kind: augmentation
      weeks: 8
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks; stopped
      evidence: {file: clinical/psychiatric-np-note-2026-11-12.txt, page: 1}
author:
  name: Alana Whitfield-Osei
  role: Treating psychiatric nurse practitioner, DNP, PMHNP-BC
  relation: prescriber
  address: |-
    Fort Hood Area Mental Health Associates (FICTIONAL), 1100 W Stan Schlueter Loop
    Killeen, TX 76549
  phone: (254) 555-0146
  fax: (254) 555-0186
  authorization: other/patient-consent-2026-11-25.txt
provider:
  name: Alana Whitfield-Osei
  credentials: DNP, PMHNP-BC
  npi: "N8"
  address: |-
    1100 W Stan Schlueter Loop
    Killeen, TX 76549
  phone: (254) 555-0146
record_dates:
  - file: clinical/psychiatric-np-note-2026-11-12.txt
    date: 2026-11-12
    sent: 2026-11-13
    sent_proof: other/fax-cover-sheet-2026-11-13.txt
bates_prefix: PRUETT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/prior-authorization-denial-2026-11-24.txt": """LONE STAR FEDERAL HEALTH SERVICES (FICTIONAL TRICARE WEST CONTRACTOR) - PRIOR AUTHORIZATION DECISION   Date: 11/24/2026
Beneficiary: Curtis Delano Pruett   DoD Benefits Number: FICT-TRI-1047729931   Reference: LSF-TR-26-815530
Program: TRICARE Select. Service: esketamine nasal spray, 8 sessions (J0013).
Requesting provider: Alana Whitfield-Osei, PMHNP-BC.
Decision: denied. Esketamine is not authorized: treatment-resistant depression criteria require augmentation, and
augmentation with lithium has not been tried. Reviewer: Dr. Philip Grantham, psychiatry.
You must file your reconsideration request within 90 days of the date of this notice. Send it to Lone Star Federal
Health Services, TRICARE Appeals, PO Box 202118, San Antonio, TX 78220, or fax (210) 555-0175.""",
        "clinical/psychiatric-np-note-2026-11-12.txt": """FORT HOOD AREA MENTAL HEALTH ASSOCIATES (FICTIONAL) - PROGRESS NOTE                       Date: 11/12/2026
Patient: Curtis Delano Pruett   DOB 12/05/1963   Clinician: Alana Whitfield-Osei, DNP, PMHNP-BC   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe (F33.2); current episode since 09/2025.
MADRS 34 and PHQ-9 20 on 11/12/2026 (MADRS 40 on 03/04/2026). Passive thoughts of death, no plan or intent.
 - Sertraline 200 mg daily 10/2025-12/2025: no response after 9 weeks at 200 mg.
 - Duloxetine 90 mg daily since 03/2026: partial response, MADRS 40 to 34; CONTINUES. (In the 2021 episode duloxetine
   60 mg brought remission.)
 - Quetiapine 150 mg at bedtime (augmentation) 05/2026-07/2026: no response after 8 weeks; stopped.
 - Lithium: not started. Contraindicated - eGFR 41 (stage 3b kidney disease) and he takes lisinopril and
   hydrochlorothiazide, which raise lithium levels (primary care, Dr. Terrence Baptiste).
Clinic is REMS-certified for Spravato. Plan: Spravato with duloxetine continued.""",
        "other/clinical-criteria-cc-esk-3-excerpt.txt": """LONE STAR FEDERAL HEALTH SERVICES - TRICARE CLINICAL CRITERIA CC-ESK-3 (FICTIONAL EXCERPT)
Treatment-resistant depression: at least two antidepressants at adequate dose and duration without adequate
response in the current episode, and one augmentation trial (lithium, an atypical antipsychotic, or thyroid
hormone) unless contraindicated. Administered in a REMS-certified setting.""",
        "other/fax-cover-sheet-2026-11-13.txt": """FORT HOOD AREA MENTAL HEALTH ASSOCIATES (FICTIONAL) - FAX COVER SHEET                     Date: 11/13/2026
To: Lone Star Federal Health Services, Prior Authorization, fax (210) 555-0172
From: Renee Dubuisson, prior authorization coordinator, fax (254) 555-0186
Re: Curtis Delano Pruett, esketamine request. Pages: 3 (request form and note of 11/12/2026; the note lists quetiapine and lithium).
CONFIDENTIAL: intended only for the addressee.""",
        "other/patient-consent-2026-11-25.txt": """PATIENT CONSENT (FICTIONAL)                                                   Date: 11/25/2026
I, Curtis Delano Pruett, ask Alana Whitfield-Osei, my nurse practitioner, to ask TRICARE to reconsider denial
LSF-TR-26-815530 for me and to send my records for it. Signed: Curtis D. Pruett""",
    },
    truth={
        "title": "TRICARE Select: Spravato denied 'lithium augmentation not tried'; lithium contraindicated, quetiapine augmentation failed; PMHNP writes",
        "true": [
            "Curtis Delano Pruett, 63 (DOB 12/05/1963; 62 on the notice date), retired sponsor on TRICARE Select, Texas; F33.2, episode since 09/2025.",
            "Spravato induction denied 11/24/2026: 'augmentation with lithium has not been tried'. Reviewer: psychiatry.",
            "Lithium never started: contraindicated (eGFR 41, lisinopril + hydrochlorothiazide). Quetiapine 150 mg augmentation 8 weeks, no response (an atypical antipsychotic: the criterion's other option). Sertraline 200 mg 9 weeks, no response. Duloxetine 90 mg since 03/2026, partial, CONTINUES; duloxetine 60 mg brought remission in 2021 (earlier episode).",
            "CC-ESK-3 asks for 'one augmentation trial (lithium, an atypical antipsychotic, or thyroid hormone) unless contraindicated': not lithium specifically.",
            "The clinic's fax cover of 11/13/2026 shows the note listing quetiapine and lithium was sent with the request, before the 11/24/2026 decision (case.yaml record_dates: sent, sent_proof); no transmission report and no receipt by the plan are in the case, so `received` is left out.",
            "Rule: TRICARE reconsideration within 90 days of the notice (32 CFR 199.10): by 02/22/2027. No ERISA, no state external review.",
        ],
        "unknown": [
            "Whether the contractor received the fax (only a cover sheet, no transmission report or receipt).",
            "Cost-share: not given.",
        ],
        "traps": [
            "The criterion does not require lithium: quetiapine is an augmentation trial; lithium is contraindicated.",
            "Duloxetine continues with partial response: not failed and stopped. The 2021 remission on duloxetine 60 mg does not make the current trial a success.",
            "Passive ideation only.",
            "Author is a nurse practitioner: never 'physician' or 'Dr.'; 'I write as Mr. Pruett's treating nurse practitioner'.",
            "Renee Dubuisson (coordinator) and Dr. Terrence Baptiste (primary care) are named; neither author. The fax cover is not proof the plan received the note.",
        ],
        "args": [
            "Correct the denial: augmentation tried (quetiapine) and lithium contraindicated; every CC-ESK-3 criterion met.",
            "Ask that the note sent 11/13/2026 be weighed.",
            "TRICARE reconsideration (32 CFR 199.10); for a medical-necessity denial the next level is a second reconsideration by the TRICARE Quality Monitoring Contractor (not a formal review).",
        ],
        "not": [
            "'lithium failed'; 'no augmentation'; 'stopped duloxetine'; 'Dr. Whitfield-Osei'; 'physician' for the author.",
            "'the plan received the note' as fact; 'ERISA'; 'state external review'; 'Medicare'.",
            "'Dubuisson' or 'Baptiste' as author; 'active suicidal ideation'.",
        ],
    },
    answers=[
        ("Patient's name", "Curtis Delano Pruett", "denial/prior-authorization-denial-2026-11-24.txt"),
        ("Reference", "LSF-TR-26-815530", "denial/prior-authorization-denial-2026-11-24.txt"),
        ("Denial's words", "augmentation with lithium has not been tried", "denial/prior-authorization-denial-2026-11-24.txt"),
        ("Reviewer", "Dr. Philip Grantham, psychiatry", "denial/prior-authorization-denial-2026-11-24.txt"),
        ("Window", "within 90 days of the date of this notice", "denial/prior-authorization-denial-2026-11-24.txt"),
        ("Lithium", "Lithium: not started. Contraindicated - eGFR 41", "clinical/psychiatric-np-note-2026-11-12.txt"),
        ("Quetiapine", "Quetiapine 150 mg at bedtime (augmentation) 05/2026-07/2026: no response after 8 weeks; stopped", "clinical/psychiatric-np-note-2026-11-12.txt"),
        ("Duloxetine", "Duloxetine 90 mg daily since 03/2026: partial response, MADRS 40 to 34; CONTINUES", "clinical/psychiatric-np-note-2026-11-12.txt"),
        ("Earlier episode", "In the 2021 episode duloxetine\n   60 mg brought remission", "clinical/psychiatric-np-note-2026-11-12.txt"),
        ("Severity", "MADRS 34 and PHQ-9 20 on 11/12/2026", "clinical/psychiatric-np-note-2026-11-12.txt"),
        ("Suicidality", "Passive thoughts of death, no plan or intent", "clinical/psychiatric-np-note-2026-11-12.txt"),
        ("Criterion wording", "one augmentation trial (lithium, an atypical antipsychotic, or thyroid\nhormone) unless contraindicated", "other/clinical-criteria-cc-esk-3-excerpt.txt"),
        ("Fax sender", "Renee Dubuisson, prior authorization coordinator", "other/fax-cover-sheet-2026-11-13.txt"),
        ("Primary care named", "Dr. Terrence Baptiste", "clinical/psychiatric-np-note-2026-11-12.txt"),
        ("Author credentials", "DNP, PMHNP-BC", "case.yaml"),
        ("Reconsideration rule", "32 CFR 199.10", "truth"),
    ],
)


# ================================================================ engine
PHONE_RE = re.compile(r"\(?\b(\d{3})\)?[ -.](\d{3})-(\d{4})\b")
BARE_RE = re.compile(r"(?<![\d) -])555-01\d\d")
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+\.)+[A-Za-z]+")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def truth_md(c):
    t = c["truth"]
    n = c["slug"][:2]
    out = [f"# {n} - {t['title']} (FICTIONAL)", "",
           "All people, plans, providers, numbers and addresses are invented (FICTIONAL).", ""]
    for head, key in (("What is true", "true"), ("Deliberately unknown", "unknown"), ("Traps", "traps"),
                      ("Arguments a strong letter makes", "args"), ("What a letter must NOT say", "not")):
        out.append(f"## {head}")
        items = t[key]
        for i, it in enumerate(items, 1):
            out.append(f"{i}. {it}" if key == "args" else f"- {it}")
        out.append("")
    out.append("## Expected answers (question | answer | document)")
    for q, a, d in c["answers"]:
        out.append(f"- {q} | {a.replace(chr(10), ' ')} | {d}")
    return "\n".join(out) + "\n"


def build(c):
    folder = HERE / c["slug"]
    if folder.exists():
        shutil.rmtree(folder)
    ytext = c["yaml"]
    for k, v in NPI.items():
        ytext = ytext.replace(f'"{k}"', f'"{v}"')
    (folder).mkdir()
    (folder / "case.yaml").write_text(ytext)
    for rel, body in c["docs"].items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HDR + body.rstrip() + END)
    tpath = HERE / (c["slug"] + ".truth.md")
    tpath.write_text(truth_md(c))
    return folder, tpath


def selfcheck(c, folder, tpath):
    probs = []
    y = YAML(typ="safe")
    try:
        data = y.load((folder / "case.yaml").read_text())
    except Exception as e:  # noqa: BLE001
        return [f"case.yaml does not parse: {e}"]
    if not (folder / "case.yaml").read_text().startswith("# FICTIONAL"):
        probs.append("case.yaml first line not FICTIONAL")
    if not tpath.read_text().splitlines()[0].endswith("(FICTIONAL)"):
        probs.append("truth first line not FICTIONAL")
    texts = {"case.yaml": (folder / "case.yaml").read_text(), "truth": tpath.read_text()}
    for rel in c["docs"]:
        texts[rel] = (folder / rel).read_text()
        if not texts[rel].startswith("FICTIONAL"):
            probs.append(f"{rel}: no FICTIONAL header")
    if len(c["answers"]) != 16:
        probs.append(f"{len(c['answers'])} answers, not 16")
    for q, a, d in c["answers"]:
        if d not in texts:
            probs.append(f"answer {q!r}: no document {d}")
        elif norm(a) not in norm(texts[d]):
            probs.append(f"answer {q!r}: {a!r} not in {d}")
    for name, txt in texts.items():
        for m in PHONE_RE.finditer(txt):
            if m.group(2) != "555" or not m.group(3).startswith("01"):
                probs.append(f"{name}: phone {m.group(0)} not 555-01xx")
        if BARE_RE.search(txt):
            probs.append(f"{name}: bare 555-01xx number")
        for m in EMAIL_RE.finditer(txt):
            if not m.group(0).endswith(".example"):
                probs.append(f"{name}: e-mail {m.group(0)} not .example")
    # every file case.yaml names exists; every document is named somewhere or in a standard folder
    ytxt = texts["case.yaml"]
    for rel in re.findall(r"((?:denial|clinical|other)/[\w.-]+\.txt)", ytxt):
        if not (folder / rel).exists():
            probs.append(f"case.yaml names missing file {rel}")
    prov = (data or {}).get("provider", {}) or {}
    if prov.get("npi") and not luhn_ok(str(prov["npi"])):
        probs.append(f"NPI {prov['npi']} fails Luhn")
    for sub in folder.rglob("*"):
        if sub.is_file() and sub.name != "case.yaml" and not sub.suffix == ".txt":
            probs.append(f"stray file {sub}")
    return probs


def main(argv):
    do_check = "--check" in argv
    total_answers, problems = 0, []
    folders = []
    for c in CASES:
        folder, tpath = build(c)
        folders.append(folder)
        p = selfcheck(c, folder, tpath)
        total_answers += len(c["answers"])
        problems += [f"{c['slug'][:2]}: {x}" for x in p]
    print(f"{len(CASES)} cases, {total_answers} expected answers, {len(problems)} problems")
    for p in problems:
        print("  PROBLEM", p)
    rc = 1 if problems else 0
    if do_check:
        buf = io.StringIO()
        for f in folders:
            r = subprocess.run([AK, "check", str(f)], capture_output=True, text=True)
            buf.write(f"===== {f.name}: exit {r.returncode}\n{r.stdout}{r.stderr}\n")
            print(f"check {f.name[:2]}: exit {r.returncode}")
            if r.returncode != 0:
                rc = 1
        (HERE / "check-output.txt").write_text(buf.getvalue())
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
