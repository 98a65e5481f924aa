#!/usr/bin/env python3
"""FICTIONAL test data generator: appeal-kit letters review set 75 (issue 18), clinical emphasis.

Every person, plan, provider, number and address in this file is invented.
Usage: make_set.py [--check] [NN ...]
"""
import io, os, re, shutil, subprocess, sys
from ruamel.yaml import YAML

HERE = os.path.dirname(os.path.abspath(__file__))
SET = 75
HDR = ("FICTIONAL DOCUMENT - appeal-kit letters test set 75, case {n}. Every person, plan, provider, number "
       "and address is invented.\n\n")
FTR = "\n\nEND OF FICTIONAL DOCUMENT (test set 75) - not a real patient, plan or provider.\n"
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps", "## Arguments a strong letter makes",
            "## What a letter must NOT say"]


def npi(base9):
    """10-digit NPI from 9 digits: Luhn check digit over the prefix 80840."""
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


def luhn_ok(n10):
    digits = "80840" + n10
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


CASES = []

# ---------------------------------------------------------------- case 01
CASES.append(dict(
    n="01",
    slug="governmental-university-plan-expedited-ect-psychotic-depression-olanzapine-adequate-quetiapine-sleep-dose-lithium-contraindicated-ckd-prior-ect-remission-psychiatrist",
    npis={"NPI1": "174829306", "NPI2": "136402918"},
    yaml=r'''
# FICTIONAL CASE (set 75, case 01) - every person, plan, provider, number and address is invented.
# Self-funded state university employees' plan (governmental, not grandfathered), Michigan. Expedited pre-service
# ECT for recurrent psychotic depression. UM-ECT-4 criterion 2 "quetiapine 25 mg only; no lithium" misstates the
# record: olanzapine 15 mg with sertraline 8 weeks (partial), quetiapine 25 mg was a sleep dose, lithium is
# contraindicated (eGFR 38), and criterion 3 (prior ECT response, 2021 remission) stands in for criterion 2.
patient:
  name: Tobias Wennerstrom
  salutation: Mr. Wennerstrom
  date_of_birth: 1965-02-11
  member_id: FICT-GLU-770214593
  address: |-
    418 Mapleridge Court
    Ann Arbor, MI 48104
  phone: (734) 555-0112
insurer:
  name: Great Lakes University Employee Health Plan (FICTIONAL)
  appeals_address: |-
    Great Lakes University Employee Health Plan, Appeals Unit (FICTIONAL)
    PO Box 30417
    Lansing, MI 48909
  fax: (517) 555-0148
claim:
  number: UM-26-1125-60418
  plan_type: governmental
  funding: self_funded
  grandfathered: false
  employees: 4800
  notice_date: 2026-11-30
  urgent: true
  action: none
  procedure_codes: ["90870"]
  diagnosis_codes: [F33.3]
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  denial_reason: >-
    Criterion 2 of UM-ECT-4 is not met. The records show a trial of quetiapine 25 mg, which is not an adequate
    antipsychotic trial, and no trial of lithium. A prior response to ECT is not documented.
  reviewer:
    name: Dr. Clement Avery-Sandoval
    specialty: family medicine
  corrections:
    - said: The records show a trial of quetiapine 25 mg, which is not an adequate antipsychotic trial
      record: >-
        Quetiapine 25 mg at bedtime was given for sleep only (stopped 07/20/2026). The antipsychotic trial was
        olanzapine 15 mg daily with sertraline for 8 weeks (07/20/2026-09/14/2026): hallucinations resolved, HAM-D
        30 to 24, a partial response.
      file: clinical/psychiatry-progress-note-2026-11-24.txt
      page: 1
    - said: no trial of lithium
      record: >-
        Lithium was not tried because it is contraindicated: chronic kidney disease stage 3b, eGFR 38; his
        nephrologist advised against lithium on 10/02/2026.
      file: clinical/nephrology-consult-2026-10-02.txt
      page: 1
    - said: A prior response to ECT is not documented.
      record: >-
        The 2021 discharge summary, faxed with the request on 11/20/2026, records 10 bilateral ECT treatments and
        remission (HAM-D 32 before and 7 after).
      file: [clinical/ect-discharge-summary-2021-04-16.txt, other/fax-cover-and-report-2026-11-20.txt]
      page: 1
plan_policy:
  name: UM-ECT-4 Electroconvulsive Therapy
  number: UM-ECT-4
  quote: >-
    ECT is medically necessary when 1, 4 and either 2 or 3 are met: 1. Major depressive disorder, severe, with or
    without psychotic features. 2. Inadequate response to at least two antidepressant trials of adequate dose and
    duration, and an adequate trial of lithium or antipsychotic augmentation unless contraindicated. 3. A prior
    episode of depression that responded to a course of ECT, in which case criterion 2 is not required. 4. A
    pre-ECT medical evaluation without an unstable cardiac condition.
  file: denial/adverse-determination-2026-11-30.txt
payer_criteria:
  - criterion: 1. Major depressive disorder, severe, with or without psychotic features
    how_met: Recurrent major depression, severe, with psychotic features (F33.3); HAM-D 29 on 11/24/2026
    met: true
    evidence: {file: clinical/psychiatry-progress-note-2026-11-24.txt, page: 1}
  - criterion: 2. Inadequate response to two antidepressant trials and an adequate trial of lithium or antipsychotic augmentation unless contraindicated
    how_met: >-
      Venlafaxine XR 225 mg 11 weeks (no response); sertraline 200 mg with olanzapine 15 mg for 8 weeks (partial
      response); lithium contraindicated (eGFR 38)
    met: true
    evidence: {file: clinical/psychiatry-progress-note-2026-11-24.txt, page: 1}
  - criterion: 3. A prior episode of depression that responded to a course of ECT
    how_met: 10 bilateral ECT treatments in 2021, HAM-D 32 before and 7 after (remission)
    met: true
    instead_of: 2
    evidence: {file: clinical/ect-discharge-summary-2021-04-16.txt, page: 1}
  - criterion: 4. Pre-ECT medical evaluation without an unstable cardiac condition
    how_met: Pre-ECT evaluation 11/23/2026, ECG normal sinus rhythm, no unstable cardiac condition
    met: true
    evidence: {file: clinical/psychiatry-progress-note-2026-11-24.txt, page: 1}
treatment:
  name: An acute course of electroconvulsive therapy (up to 12 treatments)
  summary: ECT for recurrent severe depression with psychotic features, which responded to ECT in 2021.
  plan: >-
    Right unilateral ultrabrief ECT three times a week, up to 12 treatments, HAM-D before every third treatment;
    stop at remission (HAM-D 7 or less) or after 12 treatments.
  alongside: sertraline 200 mg daily
clinical:
  severity: HAM-D 29 on 11/24/2026
  severity_date: 2026-11-24
  suicidality: passive
  suicidality_date: 2026-11-24
  episode_onset: 2026-02
  history:
    - {drug: venlafaxine XR, dose: 225 mg daily, start: 2026-03-02, end: 2026-05-18, weeks: 11, kind: antidepressant, adequate: true, failed: true, response: none, outcome: no response, evidence: {file: clinical/psychiatry-progress-note-2026-11-24.txt, page: 1}}
    - {drug: sertraline, dose: 200 mg daily, start: 2026-05-25, kind: antidepressant, adequate: true, failed: true, response: partial, outcome: partial response; continuing, evidence: {file: clinical/psychiatry-progress-note-2026-11-24.txt, page: 1}}
    - {drug: quetiapine, dose: 25 mg at bedtime for sleep, start: 2026-05-25, end: 2026-07-20, kind: other, outcome: given for sleep only; not an antipsychotic trial, evidence: {file: clinical/psychiatry-progress-note-2026-11-24.txt, page: 1}}
    - {drug: olanzapine, dose: 15 mg daily, start: 2026-07-20, end: 2026-09-14, weeks: 8, kind: augmentation, adequate: true, failed: true, response: partial, outcome: hallucinations resolved; HAM-D 30 to 24; stopped for weight gain and glucose 212, evidence: {file: clinical/psychiatry-progress-note-2026-11-24.txt, page: 1}}
    - {drug: ECT (2021 episode), sessions: 10, start: 2021-03-08, end: 2021-04-14, kind: neuromodulation, adequate: true, response: remission, outcome: remission, HAM-D 32 to 7, evidence: {file: clinical/ect-discharge-summary-2021-04-16.txt, page: 1}}
  exclusions: No unstable cardiac condition (ECG 11/23/2026 normal sinus rhythm); lithium contraindicated by CKD stage 3b.
impact:
  daily_life: He has lost 7 kg since September and eats only when his wife prompts him.
urgency:
  reason: >-
    Psychotic depression with passive death wishes and a 7 kg weight loss from poor intake; waiting 30 days for a
    standard decision could seriously jeopardize his health.
  certified_by: Dr. Marisol Ekwueme-Lindqvist, MD
author:
  name: Dr. Marisol Ekwueme-Lindqvist
  relation: physician
  role: Treating psychiatrist
  phone: (734) 555-0131
  authorization: other/patient-consent-2026-11-20.txt
provider:
  name: Dr. Marisol Ekwueme-Lindqvist
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    1500 Huron Parkway, Suite 300
    Ann Arbor, MI 48105
  phone: (734) 555-0131
peer_to_peer:
  availability: weekdays 12-1 pm
record_dates:
  - {file: clinical/ect-discharge-summary-2021-04-16.txt, date: 2021-04-16, sent: 2026-11-20, sent_proof: other/fax-cover-and-report-2026-11-20.txt}
  - {file: clinical/nephrology-consult-2026-10-02.txt, date: 2026-10-02, sent: 2026-11-20, sent_proof: other/fax-cover-and-report-2026-11-20.txt}
  - {file: clinical/psychiatry-progress-note-2026-11-24.txt, date: 2026-11-24}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/adverse-determination-2026-11-30.txt": r'''
GREAT LAKES UNIVERSITY EMPLOYEE HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date of notice: 11/30/2026            Reference: UM-26-1125-60418
Member: Tobias Wennerstrom   Member ID: FICT-GLU-770214593
Requested: electroconvulsive therapy (90870), up to 12 treatments; diagnosis F33.3
Requested by: Marisol Ekwueme-Lindqvist, MD (NPI {NPI1})
Decision: NOT APPROVED. Policy applied: UM-ECT-4 Electroconvulsive Therapy.
Reason: Criterion 2 of UM-ECT-4 is not met. The records show a trial of quetiapine 25 mg, which is not an
adequate antipsychotic trial, and no trial of lithium. A prior response to ECT is not documented.
Reviewer: Clement Avery-Sandoval, MD, family medicine.
Policy text: ECT is medically necessary when 1, 4 and either 2 or 3 are met: 1. Major depressive disorder, severe,
with or without psychotic features. 2. Inadequate response to at least two antidepressant trials of adequate dose
and duration, and an adequate trial of lithium or antipsychotic augmentation unless contraindicated. 3. A prior
episode of depression that responded to a course of ECT, in which case criterion 2 is not required. 4. A pre-ECT
medical evaluation without an unstable cardiac condition.
Your rights: You may appeal within 180 days of receiving this notice. If waiting could seriously jeopardize your
health, you or your physician may ask for an expedited appeal, decided within 72 hours. After our final decision
you may ask for external review. Appeals: PO Box 30417, Lansing, MI 48909; fax (517) 555-0148.
''',
        "clinical/psychiatry-progress-note-2026-11-24.txt": r'''
PSYCHIATRY PROGRESS NOTE - Huron Valley Psychiatric Associates (FICTIONAL)
Date: 11/24/2026   Patient: Tobias Wennerstrom   DOB: 02/11/1965
Clinician: Marisol Ekwueme-Lindqvist, MD, psychiatrist (NPI {NPI1})
Informant: his wife, Renata Wennerstrom, present for the visit.
Diagnosis: major depressive disorder, recurrent, severe, with psychotic features (F33.3). Episode began 02/2026.
Current: HAM-D 29 on 11/24/2026. Nihilistic delusions returned in October. Passive death wishes, no plan or intent.
He has lost 7 kg since September; eats only when prompted.
Medication history this episode:
- venlafaxine XR 225 mg daily for 11 weeks (03/02/2026-05/18/2026): no response. Stopped.
- sertraline 200 mg daily since 05/25/2026, continuing: partial response only (with olanzapine).
- quetiapine 25 mg at bedtime for sleep, 05/25/2026-07/20/2026; a sleep dose, never an antipsychotic trial.
- olanzapine 15 mg daily for 8 weeks (07/20/2026-09/14/2026) with sertraline: hallucinations resolved, HAM-D 30 to
  24, a partial response; stopped for weight gain and a fasting glucose of 212.
- lithium: not started - contraindicated (CKD stage 3b, eGFR 38; see nephrology consult 10/02/2026).
Earlier episode: remission with ECT in 2021 (discharge summary on file).
Pre-ECT evaluation 11/23/2026: ECG normal sinus rhythm; no unstable cardiac condition; anesthesia cleared.
Plan: right unilateral ultrabrief ECT three times a week, up to 12 treatments; continue sertraline 200 mg daily.
''',
        "clinical/nephrology-consult-2026-10-02.txt": r'''
NEPHROLOGY CONSULTATION - Washtenaw Kidney Clinic (FICTIONAL)
Date: 10/02/2026   Patient: Tobias Wennerstrom   DOB: 02/11/1965
Consultant: Dr. Odessa Marchetti-Nwosu, MD, nephrology (NPI {NPI2})
Asked by Dr. Ekwueme-Lindqvist whether lithium may be started.
Findings: chronic kidney disease stage 3b, eGFR 38 (creatinine 1.9) on 09/28/2026, stable for two years.
Opinion: I advise against lithium. Lithium is nephrotoxic and renally cleared; with eGFR 38 the risk of toxicity and
further loss of kidney function outweighs its benefit. Please avoid NSAIDs as well.
''',
        "clinical/ect-discharge-summary-2021-04-16.txt": r'''
DISCHARGE SUMMARY - St. Brendan Behavioral Health Unit (FICTIONAL)
Date: 04/16/2021   Patient: Tobias Wennerstrom   DOB: 02/11/1965
Admitted 03/05/2021 for major depression, severe, with psychotic features.
Treatment: 10 bilateral ECT treatments, 03/08/2021-04/14/2021.
Outcome: remission; HAM-D 32 before and 7 after. Discharged home on sertraline. No cognitive complaints at discharge.
Attending: Dr. Lucian Ferreira-Haddad, MD (no longer treating).
''',
        "other/fax-cover-and-report-2026-11-20.txt": r'''
FAX COVER SHEET - Huron Valley Psychiatric Associates (FICTIONAL)
Date: 11/20/2026   To: Great Lakes University Employee Health Plan, Utilization Management, fax (517) 555-0149
From: Jonah Petrakis-Umeh, MA (medical assistant), for Dr. Marisol Ekwueme-Lindqvist; phone (734) 555-0131
Re: ECT prior authorization request, member Tobias Wennerstrom, FICT-GLU-770214593
Pages: 9 (request form; nephrology consult 10/02/2026; ECT discharge summary 04/16/2021)
FAX TRANSMISSION REPORT: to (517) 555-0149, 9 pages, result OK, 11/20/2026 15:08.
''',
        "other/patient-consent-2026-11-20.txt": r'''
CONSENT TO APPEAL - Tobias Wennerstrom
Date: 11/20/2026
I, Tobias Wennerstrom, allow Dr. Marisol Ekwueme-Lindqvist to request authorization and to appeal for me to the
Great Lakes University Employee Health Plan about electroconvulsive therapy, and to receive my records for it.
Signed: Tobias Wennerstrom          Witness: Renata Wennerstrom (wife)
''',
    },
    truth=r'''
# FICTIONAL TRUTH FILE - 01 - governmental plan, expedited ECT: olanzapine was the augmentation trial, quetiapine a sleep dose, lithium contraindicated, criterion 3 met (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL). Today is 12/07/2026.

## What is true
- Mr. Wennerstrom (61) has a self-funded **state university employees' plan** (governmental, not grandfathered). On
  11/30/2026 the plan refused ECT (90870, up to 12) under **UM-ECT-4**, criterion 2: "quetiapine 25 mg only ... no
  trial of lithium ... prior response to ECT is not documented". Reviewer: a family physician.
- Record: venlafaxine XR 225 mg 11 weeks (no response); sertraline 200 mg since 05/25/2026, **continuing**, partial
  response; **quetiapine 25 mg at bedtime was a sleep dose** (05/25-07/20/2026), never an antipsychotic trial;
  **olanzapine 15 mg daily for 8 weeks** with sertraline = the antipsychotic augmentation (partial: psychosis
  resolved, HAM-D 30 to 24; stopped for weight gain and glucose 212); **lithium never tried because contraindicated**
  (CKD 3b, eGFR 38; nephrologist Dr. Odessa Marchetti-Nwosu, 10/02/2026).
- **Criterion 3** (prior episode responded to ECT: 2021, 10 bilateral treatments, HAM-D 32 to 7) stands in for
  criterion 2; the 2021 summary and the nephrology consult were faxed 11/20/2026 (report OK), before the decision.
- Now: HAM-D 29 on 11/24/2026; **passive** death wishes, no plan or intent; 7 kg weight loss. Expedited appeal
  certified by the treating psychiatrist (the author). Window: 180 days from receipt; decision 72 hours.

## Deliberately unknown
- Whether the plan's reviewer saw the fax (only the sender's report exists; no receipt from the plan).
- The exact date the notice was received.
- Cognitive outcome after the 2021 course beyond "no cognitive complaints at discharge".

## Traps
- Quetiapine 25 mg is not a failed antipsychotic trial and must not be counted as one (nor called "quetiapine failed").
- Lithium was **not tried**: contraindicated, not failed, not "not tolerated".
- Sertraline is **continuing** (with ECT), partial response, not "stopped" or "no response".
- Olanzapine: partial response, then stopped for metabolic harm - neither "no response" nor "intolerance after days".
- Suicidality is **passive** only: no "active suicidal ideation", no plan, no attempt.
- Renata Wennerstrom is the wife (informant, consent witness); Dr. Lucian Ferreira-Haddad treated him in 2021 and no
  longer does; Jonah Petrakis-Umeh is a medical assistant who sent the fax - none of them is the author or prescriber.
- Governmental plan: no ERISA citation (29 CFR 2560.503-1 only as applied through 45 CFR 147.136); no state
  insurance department for a self-funded governmental plan unless the state's law says so.

## Arguments a strong letter makes
1. Criterion 3 is met (2021 remission with ECT), so criterion 2 is not required by the policy's own words.
2. Criterion 2 is met anyway: two antidepressant trials with inadequate response, an adequate antipsychotic
   augmentation (olanzapine 15 mg, 8 weeks) and lithium contraindicated - the criterion's own "unless contraindicated".
3. Correct each misstatement with its exhibit; the records were faxed 11/20/2026, before the 11/30 decision.
4. Expedited review (72 hours) certified by the treating psychiatrist; a reviewer in psychiatry, not family medicine.

## What a letter must NOT say
- That quetiapine was an antipsychotic trial that failed, or that lithium failed or was not tolerated.
- That sertraline was stopped; that he has active suicidal ideation or a plan.
- That Renata Wennerstrom, the nephrologist or the medical assistant is the treating psychiatrist.
- "more than the policy requires" about criterion 2 or that criterion 2 was "unmet".
''',
    answers=[
        ("Which antipsychotic augmentation was adequate?", "olanzapine 15 mg daily for 8 weeks", "clinical/psychiatry-progress-note-2026-11-24.txt"),
        ("What was the quetiapine?", "quetiapine 25 mg at bedtime for sleep", "clinical/psychiatry-progress-note-2026-11-24.txt"),
        ("Why no lithium?", "contraindicated (CKD stage 3b, eGFR 38", "clinical/psychiatry-progress-note-2026-11-24.txt"),
        ("Who advised against lithium?", "Dr. Odessa Marchetti-Nwosu", "clinical/nephrology-consult-2026-10-02.txt"),
        ("2021 ECT course", "10 bilateral ECT treatments", "clinical/ect-discharge-summary-2021-04-16.txt"),
        ("2021 HAM-D", "HAM-D 32 before and 7 after", "clinical/ect-discharge-summary-2021-04-16.txt"),
        ("Current severity and date", "HAM-D 29 on 11/24/2026", "clinical/psychiatry-progress-note-2026-11-24.txt"),
        ("Suicidality", "Passive death wishes, no plan or intent", "clinical/psychiatry-progress-note-2026-11-24.txt"),
        ("Weight loss", "lost 7 kg since September", "clinical/psychiatry-progress-note-2026-11-24.txt"),
        ("Sertraline status", "sertraline 200 mg daily since 05/25/2026, continuing", "clinical/psychiatry-progress-note-2026-11-24.txt"),
        ("Venlafaxine trial", "venlafaxine XR 225 mg daily for 11 weeks", "clinical/psychiatry-progress-note-2026-11-24.txt"),
        ("Policy applied", "UM-ECT-4", "denial/adverse-determination-2026-11-30.txt"),
        ("Criterion 3 words", "A prior episode of depression that responded to a course of ECT, in which case criterion 2 is not required", "denial/adverse-determination-2026-11-30.txt"),
        ("Who sent the fax", "Jonah Petrakis-Umeh, MA (medical assistant)", "other/fax-cover-and-report-2026-11-20.txt"),
        ("Wife's name", "Renata Wennerstrom", "clinical/psychiatry-progress-note-2026-11-24.txt"),
        ("Reviewer specialty", "family medicine", "denial/adverse-determination-2026-11-30.txt"),
    ],
))

# ---------------------------------------------------------------- case 02
CASES.append(dict(
    n="02",
    slug="part-d-pdp-rimegepant-step-therapy-two-triptans-contraindicated-after-coronary-stent-sumatriptan-chest-pressure-samples-worked-patient",
    npis={"NPI1": "162937405", "NPI2": "110582736"},
    yaml=r'''
# FICTIONAL CASE (set 75, case 02) - every person, plan, provider, number and address is invented.
# Stand-alone Part D PDP, Florida. Step therapy ST-MIG-12 (rimegepant after two triptans): "claims show sumatriptan
# once; no second triptan; prescriber gave no reason". Record: the first sumatriptan dose brought chest pressure,
# then coronary disease and a stent; her cardiologist says triptans are contraindicated; rimegepant samples worked.
# Redetermination with a step-therapy (coverage) exception, 42 CFR 423.578(b). The patient writes ("I").
patient:
  name: Lorraine Abernathy-Quispe
  salutation: Ms. Abernathy-Quispe
  date_of_birth: 1958-08-19
  member_id: FICT-CSR-58819402
  address: |-
    77 Heron Bay Drive
    Sarasota, FL 34236
  phone: (941) 555-0116
insurer:
  name: Coastal Senior Rx (PDP) (FICTIONAL)
  appeals_address: |-
    Coastal Senior Rx Redeterminations (FICTIONAL)
    PO Box 21944
    Tampa, FL 33622
  fax: 1-800-555-0172
claim:
  number: CSR-CD-26-1116-08813
  plan_type: medicare_part_d
  notice_date: 2026-11-16
  action: none
  diagnosis_codes: [G43.009, I25.10]
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  denial_reason: >-
    Step therapy ST-MIG-12 applies. Rimegepant is covered after trials of two different triptans within 365 days.
    Our claims show sumatriptan 50 mg, one fill on 04/21/2026, and no second triptan. Your prescriber did not give
    a medical reason why the required drugs cannot be used.
  corrections:
    - said: Your prescriber did not give a medical reason why the required drugs cannot be used.
      record: >-
        My neurologist's statement of 11/25/2026 gives it: my first sumatriptan dose caused chest pressure, I have
        coronary artery disease with a stent placed 06/03/2026, and my cardiologist states triptans are
        contraindicated.
      file: other/prescriber-statement-2026-11-25.txt
      page: 1
    - said: no second triptan
      leaves_out: true
      record: >-
        I was given no second triptan because every triptan is contraindicated after my coronary stent (cardiology
        letter 06/20/2026).
      file: clinical/cardiology-letter-2026-06-20.txt
      page: 1
plan_policy:
  name: ST-MIG-12 Rimegepant step therapy
  number: ST-MIG-12
  quote: >-
    Rimegepant is covered for acute treatment of migraine after trials of two different triptans within the past
    365 days, unless triptans are contraindicated or were not tolerated.
  file: denial/coverage-determination-2026-11-16.txt
payer_criteria:
  - criterion: Trials of two different triptans within the past 365 days, unless triptans are contraindicated or were not tolerated
    how_met: >-
      Triptans are contraindicated for me: chest pressure after my first sumatriptan dose (04/22/2026), coronary
      artery disease with a stent on 06/03/2026, and my cardiologist's letter of 06/20/2026
    met: true
    evidence:
      - {file: clinical/emergency-visit-2026-04-22.txt, page: 1}
      - {file: clinical/cardiology-letter-2026-06-20.txt, page: 1}
prescriber_statement:
  date: 2026-11-25
  quote: >-
    Triptans are contraindicated for Ms. Abernathy-Quispe: her first sumatriptan dose caused chest pressure, and she
    has coronary artery disease treated with a stent on 06/03/2026. A second triptan would put her at risk of
    coronary vasospasm. Rimegepant controlled her attacks when given as samples.
  file: other/prescriber-statement-2026-11-25.txt
treatment:
  name: Rimegepant 75 mg orally disintegrating tablets, up to 8 a month
  summary: Acute treatment of migraine in a woman with coronary artery disease, for whom triptans are contraindicated.
  plan: One 75 mg tablet at the onset of a migraine, at most one a day and 8 a month; review the headache diary in 3 months.
  alongside: topiramate 100 mg daily
clinical:
  severity: 9 migraine days in October 2026 (headache diary); MIDAS 38 on 10/28/2026
  severity_date: 2026-10-28
  suicidality: none
  history:
    - {drug: sumatriptan, dose: 50 mg once (first dose 04/22/2026), start: 2026-04-22, end: 2026-04-22, kind: other, failed: true, outcome: chest pressure 40 minutes after the first dose; emergency visit; never taken again, evidence: {file: clinical/emergency-visit-2026-04-22.txt, page: 1}}
    - {drug: topiramate, dose: 100 mg daily, start: 2025-02-10, kind: other, response: partial, outcome: preventive; migraine days 14 to 9 a month; continuing, evidence: {file: clinical/neurology-note-2026-10-28.txt, page: 1}}
    - {drug: rimegepant samples, dose: 75 mg, 8 sample doses, start: 2026-07-08, end: 2026-09-30, kind: other, response: response, outcome: pain-free at 2 hours in 5 of 8 attacks, evidence: {file: clinical/neurology-note-2026-10-28.txt, page: 1}}
  exclusions: NSAIDs are avoided because she takes aspirin and clopidogrel after her stent.
author:
  name: Lorraine Abernathy-Quispe
  relation: patient
  role: Patient
provider:
  name: Dr. Soraya Lindahl-Obi
  credentials: MD, neurologist
  npi: "{NPI1}"
  address: |-
    2100 Bee Ridge Road, Suite 40
    Sarasota, FL 34239
  phone: (941) 555-0138
record_dates:
  - {file: other/prescriber-statement-2026-11-25.txt, date: 2026-11-25}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/coverage-determination-2026-11-16.txt": r'''
COASTAL SENIOR RX (PDP) (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date of notice: 11/16/2026     Case: CSR-CD-26-1116-08813
Member: Lorraine Abernathy-Quispe   Member ID: FICT-CSR-58819402
Drug requested: rimegepant 75 mg orally disintegrating tablet, 8 per 30 days
Prescriber: Soraya Lindahl-Obi, MD (NPI {NPI1})
We denied this request. Step therapy ST-MIG-12 applies. Rimegepant is covered after trials of two different
triptans within 365 days. Our claims show sumatriptan 50 mg, one fill on 04/21/2026, and no second triptan. Your
prescriber did not give a medical reason why the required drugs cannot be used.
ST-MIG-12: Rimegepant is covered for acute treatment of migraine after trials of two different triptans within the
past 365 days, unless triptans are contraindicated or were not tolerated.
You have the right to ask for a redetermination within 65 days from the date of this notice. You may ask for an
exception; your prescriber must give a statement supporting it. Fax 1-800-555-0172.
''',
        "clinical/emergency-visit-2026-04-22.txt": r'''
EMERGENCY DEPARTMENT RECORD - Gulf Shore Memorial Hospital (FICTIONAL)
Date: 04/22/2026   Patient: Lorraine Abernathy-Quispe   DOB: 08/19/1958
Complaint: chest pressure 40 minutes after the first dose of sumatriptan 50 mg, taken for a migraine.
Troponin negative twice. ECG: no acute change. Advised: stop sumatriptan; outpatient stress test.
Emergency physician: Dr. Wendell Ashworth-Mbeki, MD.
''',
        "clinical/cardiology-letter-2026-06-20.txt": r'''
CARDIOLOGY LETTER - Suncoast Heart Associates (FICTIONAL)
Date: 06/20/2026   Patient: Lorraine Abernathy-Quispe   DOB: 08/19/1958
From: Dr. Bartholomew Iweala-Strand, MD, cardiology (NPI {NPI2})
Stress test 05/12/2026 abnormal; catheterization showed two-vessel coronary artery disease. A drug-eluting stent to
the left anterior descending artery on 06/03/2026. Medicines: aspirin 81 mg, clopidogrel 75 mg, metoprolol
succinate 50 mg, atorvastatin 80 mg.
Triptans are contraindicated. Please do not use any triptan or ergot medicine for her migraines. Avoid NSAIDs.
''',
        "clinical/neurology-note-2026-10-28.txt": r'''
NEUROLOGY PROGRESS NOTE - Sarasota Headache Center (FICTIONAL)
Date: 10/28/2026   Patient: Lorraine Abernathy-Quispe   DOB: 08/19/1958
Clinician: Soraya Lindahl-Obi, MD, neurologist
Diagnosis: migraine without aura, episodic (G43.009); coronary artery disease (I25.10).
Headache diary: 9 migraine days in October 2026. MIDAS 38 on 10/28/2026 (severe disability).
Preventive: topiramate 100 mg daily since 02/2025, continuing; migraine days fell from 14 to 9 migraine days a month.
Acute: acetaminophen 1,000 mg gives partial relief only. NSAIDs are avoided (aspirin and clopidogrel).
Triptans: sumatriptan 50 mg once on 04/22/2026 - chest pressure, emergency visit; triptans now contraindicated
(cardiology 06/20/2026). Rizatriptan and other triptans have never been tried and must not be.
Samples: 8 sample doses of rimegepant 75 mg given 07/08/2026; she was pain-free at 2 hours in 5 of 8 attacks, with
no side effects. Plan: rimegepant 75 mg as needed, up to 8 a month.
''',
        "other/prescriber-statement-2026-11-25.txt": r'''
PRESCRIBER SUPPORTING STATEMENT FOR A STEP-THERAPY EXCEPTION
Date: 11/25/2026   Member: Lorraine Abernathy-Quispe   Member ID: FICT-CSR-58819402   Case: CSR-CD-26-1116-08813
Prescriber: Soraya Lindahl-Obi, MD, neurologist (NPI {NPI1}); phone (941) 555-0138
Triptans are contraindicated for Ms. Abernathy-Quispe: her first sumatriptan dose caused chest pressure, and she
has coronary artery disease treated with a stent on 06/03/2026. A second triptan would put her at risk of
coronary vasospasm. Rimegepant controlled her attacks when given as samples.
Rizatriptan has never been tried; I will not prescribe it.
Signed: Soraya Lindahl-Obi, MD
''',
    },
    truth=r'''
# FICTIONAL TRUTH FILE - 02 - Part D step therapy: triptans contraindicated after a coronary stent; samples of rimegepant worked (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL). Today is 12/07/2026.

## What is true
- Ms. Abernathy-Quispe (68) has a stand-alone **Part D PDP**. On 11/16/2026 it denied rimegepant 75 mg under step
  therapy **ST-MIG-12** ("two triptans in 365 days"), citing one sumatriptan fill (04/21/2026) and "no medical reason".
- Record: her **first sumatriptan dose** (04/22/2026) brought chest pressure and an emergency visit; work-up found
  two-vessel coronary disease; **stent 06/03/2026**; cardiologist Dr. Bartholomew Iweala-Strand (06/20/2026):
  **triptans contraindicated**, avoid NSAIDs. **No second triptan was ever tried**, on purpose.
- Preventive **topiramate 100 mg continuing** (partial: 14 to 9 migraine days a month); acetaminophen partial;
  NSAIDs avoided (aspirin + clopidogrel); metoprolol is a cardiac drug here.
- **8 sample doses** of rimegepant (07/08/2026): pain-free at 2 hours in 5 of 8 attacks - a trial outside the plan.
- The policy itself exempts contraindication ("unless triptans are contraindicated or were not tolerated").
- Prescriber statement 11/25/2026 (after the notice) supplies the medical reason. Redetermination window: **65 days
  from the notice date: 01/20/2027** (42 CFR 423.582(b)); exception under 423.578(b).

## Deliberately unknown
- Whether the plan received anything from the prescriber before 11/16/2026 (nothing in the case shows it did).
- Whether the migraines are now 8 or fewer attacks every month (the diary is for October only).
- Whether the plan would approve more than 8 tablets a month.

## Traps
- "Failed two triptans" is false: one dose of one triptan, then contraindication. Rizatriptan was never tried.
- Sumatriptan caused chest pressure: an adverse effect leading to a contraindication, not a lack of efficacy.
- Topiramate is a preventive and continues; it is no "failed" acute drug.
- The samples are a positive trial of rimegepant, not a failed drug.
- The emergency physician and the cardiologist are other clinicians; the prescriber is the neurologist.
- Part D: no ERISA, no ACA external review, no parity law, no state insurance department route. Not psychiatric.
- The patient writes ("I").

## Arguments a strong letter makes
1. The plan's own ST-MIG-12 exempts members for whom triptans are contraindicated: she is one (cardiology letter,
   emergency record, stent date).
2. Request a step-therapy/coverage exception (42 CFR 423.578(b)) on the prescriber's 11/25/2026 statement, which
   answers "did not give a medical reason".
3. Rimegepant samples were effective (5 of 8 attacks pain-free at 2 hours) - the drug works for her.
4. NSAIDs are not an alternative (dual antiplatelet therapy); acetaminophen gives partial relief only.

## What a letter must NOT say
- That she "failed" or "tried" two triptans, or that rizatriptan failed.
- That sumatriptan "did not work".
- That topiramate was stopped.
- Any citation to 29 CFR 2560.503-1, 45 CFR 147.136 or parity law.
''',
    answers=[
        ("Sumatriptan reaction", "chest pressure 40 minutes after the first dose of sumatriptan 50 mg", "clinical/emergency-visit-2026-04-22.txt"),
        ("ED date", "Date: 04/22/2026", "clinical/emergency-visit-2026-04-22.txt"),
        ("Stent", "A drug-eluting stent to the left anterior descending artery on 06/03/2026", "clinical/cardiology-letter-2026-06-20.txt"),
        ("Cardiologist", "Dr. Bartholomew Iweala-Strand", "clinical/cardiology-letter-2026-06-20.txt"),
        ("Cardiologist's words", "Triptans are contraindicated", "clinical/cardiology-letter-2026-06-20.txt"),
        ("Topiramate", "topiramate 100 mg daily since 02/2025, continuing", "clinical/neurology-note-2026-10-28.txt"),
        ("Preventive effect", "from 14 to 9 migraine days a month", "clinical/neurology-note-2026-10-28.txt"),
        ("NSAIDs", "NSAIDs are avoided (aspirin and clopidogrel)", "clinical/neurology-note-2026-10-28.txt"),
        ("Samples", "8 sample doses of rimegepant 75 mg", "clinical/neurology-note-2026-10-28.txt"),
        ("Sample result", "pain-free at 2 hours in 5 of 8 attacks", "clinical/neurology-note-2026-10-28.txt"),
        ("MIDAS and date", "MIDAS 38 on 10/28/2026", "clinical/neurology-note-2026-10-28.txt"),
        ("Step-therapy rule", "ST-MIG-12", "denial/coverage-determination-2026-11-16.txt"),
        ("Policy exemption", "unless triptans are contraindicated or were not tolerated", "denial/coverage-determination-2026-11-16.txt"),
        ("Prescriber statement date", "Date: 11/25/2026", "other/prescriber-statement-2026-11-25.txt"),
        ("Rizatriptan", "Rizatriptan has never been tried", "other/prescriber-statement-2026-11-25.txt"),
        ("Window", "within 65 days from the date of this notice", "denial/coverage-determination-2026-11-16.txt"),
    ],
))

# ---------------------------------------------------------------- case 03
CASES.append(dict(
    n="03",
    slug="medicaid-managed-care-age-17-adjunct-tms-sertraline-intolerance-counts-fluoxetine-partial-continuing-cbt-not-a-drug-trial-old-passive-si-father-bipolar-mother",
    npis={"NPI1": "158204637"},
    yaml=r'''
# FICTIONAL CASE (set 75, case 03) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Nevada, member aged 17 (EPSDT). Adjunct TMS denied under BH-TMS-ADOL-2 criterion 2:
# "one adequate trial; sertraline lasted 9 days; fluoxetine ongoing with response". The policy counts an
# intolerance that prevented an adequate trial; fluoxetine is a partial response (CDRS-R 68 to 55), continuing.
# CBT is psychotherapy, not a drug trial. Suicidal thoughts were passive in July and denied in November.
# The mother writes (parent of a minor).
patient:
  name: Mateo Karlsson-Idowu
  salutation: Mateo
  date_of_birth: 2009-05-30
  member_id: FICT-SSH-0930571128
  address: |-
    5120 Desert Willow Lane
    Reno, NV 89523
  phone: (775) 555-0119
insurer:
  name: Sierra Sage Health Plan, Medicaid (FICTIONAL)
  appeals_address: |-
    Sierra Sage Health Plan Member Appeals (FICTIONAL)
    PO Box 11860
    Reno, NV 89510
  fax: (775) 555-0157
claim:
  number: SSH-PA-26-1113-40277
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-20
  action: none
  procedure_codes: ["90867", "90868"]
  sessions: 36
  diagnosis_codes: [F32.2]
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  denial_reason: >-
    BH-TMS-ADOL-2 criterion 2 is not met. Only one adequate antidepressant trial is documented (escitalopram).
    Sertraline lasted 9 days. Fluoxetine is ongoing with response.
  reviewer:
    name: Dr. Harriet Koenigsberg-Lowe
    specialty: pediatrics
  corrections:
    - said: Sertraline lasted 9 days.
      leaves_out: true
      record: >-
        Sertraline was stopped after 9 days for agitation and new insomnia (behavioral activation), an intolerance
        that prevented an adequate trial, which criterion 2 counts as one trial.
      file: clinical/child-psychiatry-evaluation-2026-11-12.txt
      page: 1
    - said: Fluoxetine is ongoing with response.
      record: >-
        Fluoxetine 40 mg daily for 10 weeks is a partial response only: CDRS-R 68 on 07/15/2026 and 55 on
        11/12/2026, still in the moderate range; it continues with TMS as an adjunct.
      file: clinical/child-psychiatry-evaluation-2026-11-12.txt
      page: 1
plan_policy:
  name: BH-TMS-ADOL-2 Transcranial Magnetic Stimulation, Members Aged 15 to 20
  number: BH-TMS-ADOL-2
  quote: >-
    1. Major depressive disorder in a member aged 15 to 20. 2. Inadequate response to two antidepressant trials of
    adequate dose and duration (at least 6 weeks) in the current episode; intolerance of an antidepressant that
    prevented an adequate trial counts as one trial. 3. TMS is given as an adjunct to an antidepressant. 4. No
    seizure disorder and no implanted metal in the head.
  file: denial/notice-of-adverse-benefit-determination-2026-11-20.txt
payer_criteria:
  - criterion: 1. Major depressive disorder in a member aged 15 to 20
    how_met: Major depressive disorder, single episode, severe (F32.2); Mateo is 17
    met: true
    evidence: {file: clinical/child-psychiatry-evaluation-2026-11-12.txt, page: 1}
  - criterion: 2. Two antidepressant trials with inadequate response, an intolerance counting as one
    how_met: >-
      Escitalopram 20 mg 8 weeks (no response); sertraline stopped after 9 days for behavioral activation
      (intolerance, counted as one trial); fluoxetine 40 mg 10 weeks (partial response, continuing)
    met: true
    evidence: {file: clinical/child-psychiatry-evaluation-2026-11-12.txt, page: 1}
  - criterion: 3. TMS as an adjunct to an antidepressant
    how_met: Fluoxetine 40 mg daily continues during TMS
    met: true
    evidence: {file: clinical/child-psychiatry-evaluation-2026-11-12.txt, page: 1}
  - criterion: 4. No seizure disorder and no implanted metal in the head
    how_met: No seizures ever; no implants; TMS safety screen 11/12/2026 negative
    met: true
    evidence: {file: clinical/child-psychiatry-evaluation-2026-11-12.txt, page: 1}
treatment:
  name: A course of 30 sessions of transcranial magnetic stimulation, adjunct to fluoxetine
  summary: Adjunct TMS for a 17-year-old with severe depression and a partial response to fluoxetine.
  plan: 30 daily sessions over 6 weeks, then a taper of 6 sessions; CDRS-R every 10 sessions; stop if no 20% improvement by session 20.
  alongside: fluoxetine 40 mg daily
clinical:
  severity: CDRS-R 55 and PHQ-A 17 on 11/12/2026 (CDRS-R 68 on 07/15/2026)
  severity_date: 2026-11-12
  suicidality: none
  suicidality_date: 2026-11-12
  episode_onset: 2026-01
  history:
    - {drug: escitalopram, dose: 20 mg daily, start: 2026-02-09, end: 2026-04-06, weeks: 8, kind: antidepressant, adequate: true, failed: true, response: none, outcome: no response, evidence: {file: clinical/child-psychiatry-evaluation-2026-11-12.txt, page: 1}}
    - {drug: sertraline, dose: 25 mg then 50 mg daily, start: 2026-04-13, end: 2026-04-22, kind: antidepressant, adequate: false, failed: true, outcome: stopped after 9 days for agitation and new insomnia (intolerance), evidence: {file: clinical/child-psychiatry-evaluation-2026-11-12.txt, page: 1}}
    - {drug: fluoxetine, dose: 40 mg daily, start: 2026-09-02, weeks: 10, kind: antidepressant, adequate: true, response: partial, outcome: partial response (CDRS-R 68 to 55); continuing, evidence: {file: clinical/child-psychiatry-evaluation-2026-11-12.txt, page: 1}}
    - {drug: cognitive behavioral therapy, dose: 16 weekly sessions, sessions: 16, start: 2026-03-03, end: 2026-06-23, kind: psychotherapy, adequate: true, response: partial, outcome: some gain in coping skills; depression persisted, evidence: {file: clinical/therapy-summary-2026-07-01.txt, page: 1}}
  response_level: partial
  exclusions: No seizure history; no implanted metal; no mania or hypomania on screening (11/12/2026).
impact:
  work: He has attended school half days only since October 2026.
author:
  name: Ingrid Karlsson
  relation: parent
  role: Mother of the patient
  phone: (775) 555-0119
  email: ingrid.karlsson@mail.example
provider:
  name: Dr. Felicity Nakamura-Ross
  credentials: MD, child and adolescent psychiatrist
  npi: "{NPI1}"
  address: |-
    900 Kietzke Lane, Suite 12
    Reno, NV 89502
  phone: (775) 555-0134
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/notice-of-adverse-benefit-determination-2026-11-20.txt": r'''
SIERRA SAGE HEALTH PLAN, MEDICAID (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date of notice: 11/20/2026    Reference: SSH-PA-26-1113-40277
Member: Mateo Karlsson-Idowu   Member ID: FICT-SSH-0930571128   Age: 17
Service requested: transcranial magnetic stimulation (90867, 90868), 36 sessions; diagnosis F32.2
Requested by: Felicity Nakamura-Ross, MD (NPI {NPI1})
Decision: denied. BH-TMS-ADOL-2 criterion 2 is not met. Only one adequate antidepressant trial is documented
(escitalopram). Sertraline lasted 9 days. Fluoxetine is ongoing with response.
Reviewed by: Harriet Koenigsberg-Lowe, MD, pediatrics.
BH-TMS-ADOL-2: 1. Major depressive disorder in a member aged 15 to 20. 2. Inadequate response to two antidepressant
trials of adequate dose and duration (at least 6 weeks) in the current episode; intolerance of an antidepressant
that prevented an adequate trial counts as one trial. 3. TMS is given as an adjunct to an antidepressant. 4. No
seizure disorder and no implanted metal in the head.
Your rights: you may ask us for an appeal within 60 days from the date of this notice. After our appeal decision
you may ask for a State Fair Hearing. Members under 21 are entitled to medically necessary services under EPSDT.
Appeals: PO Box 11860, Reno, NV 89510; fax (775) 555-0157; Member Services 1-800-555-0188.
''',
        "clinical/child-psychiatry-evaluation-2026-11-12.txt": r'''
CHILD AND ADOLESCENT PSYCHIATRY - TMS EVALUATION - Truckee Meadows Youth Psychiatry (FICTIONAL)
Date: 11/12/2026   Patient: Mateo Karlsson-Idowu   DOB: 05/30/2009 (17)
Clinician: Felicity Nakamura-Ross, MD (NPI {NPI1})   Present: his mother, Ingrid Karlsson
Diagnosis: major depressive disorder, single episode, severe, without psychosis (F32.2); episode began 01/2026.
Scales: CDRS-R 68 on 07/15/2026; CDRS-R 55 and PHQ-A 17 on 11/12/2026.
Safety: denies suicidal ideation today (C-SSRS negative 11/12/2026). In July he reported passive thoughts of
being better off dead (C-SSRS 07/15/2026: wish to be dead, no plan), which have resolved.
Antidepressants, current episode:
- escitalopram 20 mg daily, 8 weeks (02/09/2026-04/06/2026): no response.
- sertraline 25 mg then 50 mg, stopped after 9 days (04/13/2026-04/22/2026) for agitation and new insomnia
  (behavioral activation): intolerance that prevented an adequate trial.
- fluoxetine 40 mg daily since 09/02/2026, 10 weeks: partial response (CDRS-R 68 to 55); continuing with TMS.
Psychotherapy: 16 weekly CBT sessions (03/2026-06/2026) with Owen Delacroix-Banda, LPC; some gain, depression persisted.
Family history: his father, Samuel Idowu, has bipolar I disorder. Mateo has had no mania or hypomania; screening
negative today.
TMS safety screen: no seizures ever, no implanted metal, no head injury.
School: half days only since October 2026.
Plan: TMS 30 daily sessions over 6 weeks, then a taper of 6 sessions (36 in all), adjunct to fluoxetine 40 mg.
''',
        "clinical/therapy-summary-2026-07-01.txt": r'''
PSYCHOTHERAPY SUMMARY - Owen Delacroix-Banda, LPC (FICTIONAL)
Date: 07/01/2026   Client: Mateo Karlsson-Idowu
Course: 16 weekly sessions of cognitive behavioral therapy, 03/03/2026 through 06/23/2026.
Outcome: better coping skills and sleep routine; depressed mood and withdrawal persisted. Referred back to his
psychiatrist. This is psychotherapy only; I do not prescribe medicines.
''',
    },
    truth=r'''
# FICTIONAL TRUTH FILE - 03 - Medicaid managed care, age 17, adjunct TMS: an intolerance counts as a trial; fluoxetine is a partial response (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL). Today is 12/07/2026.

## What is true
- Mateo (17) has **Medicaid managed care** (Nevada). On 11/20/2026 the plan denied adjunct TMS (36 sessions)
  under **BH-TMS-ADOL-2 criterion 2**: "only escitalopram adequate; sertraline 9 days; fluoxetine ongoing with response".
- Criterion 2's own words: "intolerance of an antidepressant that prevented an adequate trial counts as one trial".
  Sertraline was stopped after 9 days for behavioral activation = that intolerance. With escitalopram (8 weeks, no
  response) that is two; fluoxetine 40 mg (10 weeks, **partial** response, CDRS-R 68 to 55) is a third, continuing.
- CBT (16 sessions) is psychotherapy, not an antidepressant trial.
- Suicidality: **none now** (C-SSRS negative 11/12/2026); **passive** wish to be dead in July 2026, resolved.
- Father Samuel Idowu has bipolar I; Mateo has no bipolar diagnosis, no mania or hypomania.
- **EPSDT** applies (under 21: 42 USC 1396d(r)(5)). Plan appeal first: **60 days from the notice: 01/19/2027**
  (42 CFR 438.402(c)(2)(ii)); then a state fair hearing within 120 days of the plan's resolution.
- The mother writes as parent of a minor (no authorization needed). Reviewer: a pediatrician.

## Deliberately unknown
- Whether the TMS device the clinic uses is cleared for adolescents (no device record in the case).
- Mateo's own views on TMS beyond the note.
- Whether the plan has an age-specific reviewer in child psychiatry.

## Traps
- Sertraline was an **intolerance**, not an "adequate trial that failed" and not "no response".
- Fluoxetine: **partial response, continuing** - not "failed and stopped", not "responded".
- CBT is not counted as a failed antidepressant.
- Do not present July's passive thoughts as current suicidal ideation, and never as active ideation.
- Do not write that Mateo has bipolar disorder or a family "history of ... in the patient".
- Medicaid: no ERISA, no 45 CFR 147.136, no "name and qualifications" duty; 60 days, not 180; no continuation of
  benefits (new request).

## Arguments a strong letter makes
1. Criterion 2 is met by its own words: escitalopram (adequate, no response) plus the sertraline intolerance counted
   as one trial; fluoxetine is a third trial with only a partial response.
2. Correct the notice: "sertraline lasted 9 days" leaves out why; "ongoing with response" is a partial response.
3. Criteria 1, 3 (adjunct to fluoxetine) and 4 (safety screen) are met.
4. EPSDT: for a member under 21 the plan must cover care necessary to correct or ameliorate the condition.
5. A reviewer in child and adolescent psychiatry.

## What a letter must NOT say
- "three failed antidepressants" as if all three were adequate failures; "sertraline failed after an adequate trial".
- That fluoxetine was stopped; that Mateo "responded".
- That Mateo has suicidal ideation now, a plan, or an attempt; that he has bipolar disorder.
- Citations to ERISA or 45 CFR 147.136; a 180-day deadline.
''',
    answers=[
        ("Sertraline stop", "stopped after 9 days (04/13/2026-04/22/2026) for agitation and new insomnia", "clinical/child-psychiatry-evaluation-2026-11-12.txt"),
        ("Policy intolerance clause", "intolerance of an antidepressant that prevented an adequate trial counts as one trial", "denial/notice-of-adverse-benefit-determination-2026-11-20.txt"),
        ("Escitalopram", "escitalopram 20 mg daily, 8 weeks", "clinical/child-psychiatry-evaluation-2026-11-12.txt"),
        ("Fluoxetine", "fluoxetine 40 mg daily since 09/02/2026, 10 weeks: partial response", "clinical/child-psychiatry-evaluation-2026-11-12.txt"),
        ("CDRS-R July", "CDRS-R 68 on 07/15/2026", "clinical/child-psychiatry-evaluation-2026-11-12.txt"),
        ("Current scales", "CDRS-R 55 and PHQ-A 17 on 11/12/2026", "clinical/child-psychiatry-evaluation-2026-11-12.txt"),
        ("Suicidality now", "denies suicidal ideation today (C-SSRS negative 11/12/2026)", "clinical/child-psychiatry-evaluation-2026-11-12.txt"),
        ("July thoughts", "wish to be dead, no plan", "clinical/child-psychiatry-evaluation-2026-11-12.txt"),
        ("CBT course", "16 weekly sessions of cognitive behavioral therapy", "clinical/therapy-summary-2026-07-01.txt"),
        ("Therapist", "Owen Delacroix-Banda, LPC", "clinical/therapy-summary-2026-07-01.txt"),
        ("Father", "his father, Samuel Idowu, has bipolar I disorder", "clinical/child-psychiatry-evaluation-2026-11-12.txt"),
        ("Mania", "no mania or hypomania", "clinical/child-psychiatry-evaluation-2026-11-12.txt"),
        ("School", "half days only since October 2026", "clinical/child-psychiatry-evaluation-2026-11-12.txt"),
        ("Reviewer", "Harriet Koenigsberg-Lowe, MD, pediatrics", "denial/notice-of-adverse-benefit-determination-2026-11-20.txt"),
        ("Appeal window", "within 60 days from the date of this notice", "denial/notice-of-adverse-benefit-determination-2026-11-20.txt"),
        ("EPSDT", "Members under 21 are entitled to medically necessary services under EPSDT", "denial/notice-of-adverse-benefit-determination-2026-11-20.txt"),
    ],
))

# ---------------------------------------------------------------- case 04
CASES.append(dict(
    n="04",
    slug="fehb-high-option-tms-precert-denied-bupropion-stopped-in-august-not-current-single-febrile-seizure-age-2-eeg-normal-trazodone-sleep-dose-patient",
    npis={"NPI1": "149305728", "NPI2": "120736459"},
    yaml=r'''
# FICTIONAL CASE (set 75, case 04) - every person, plan, provider, number and address is invented.
# FEHB High Option, Colorado. TMS precertification denied under MP-TMS-22 exclusion 3: "takes bupropion 450 mg
# daily ... history of seizures". Bupropion was tapered off and stopped 08/01/2026 (now vortioxetine); the only
# seizure was a febrile seizure at age 2, EEG 10/14/2026 normal, neurologist: no contraindication. Trazodone 50 mg
# is a sleep dose. Carrier reconsideration (6 months). The patient writes ("I").
patient:
  name: Celeste Oduya-Barnwell
  salutation: Ms. Oduya-Barnwell
  date_of_birth: 1982-01-27
  member_id: FICT-BMF-R22650419
  address: |-
    3390 Juniper Ridge Road
    Colorado Springs, CO 80918
  phone: (719) 555-0114
  email: celeste.ob@mail.example
insurer:
  name: Blue Mesa Federal Health Benefit Plan, High Option (FICTIONAL)
  appeals_address: |-
    Blue Mesa Federal Health Benefit Plan, Reconsideration Unit (FICTIONAL)
    PO Box 17730
    Denver, CO 80217
  fax: (303) 555-0166
claim:
  number: BMF-PC-26-1027-51146
  plan_type: fehb
  notice_date: 2026-11-02
  action: none
  procedure_codes: ["90867", "90868"]
  sessions: 36
  diagnosis_codes: [F33.2]
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  denial_reason: >-
    Precertification denied. MP-TMS-22 exclusion 3 applies: the member takes bupropion 450 mg daily, which lowers
    the seizure threshold, and has a history of seizures.
  reviewer:
    name: Dr. Phineas Gallardo-Whitby
    specialty: internal medicine
  corrections:
    - said: the member takes bupropion 450 mg daily
      record: >-
        I no longer take bupropion: it was tapered and stopped on 08/01/2026 after 12 weeks without benefit, and I
        have taken vortioxetine since 08/04/2026; my pharmacy record shows the last bupropion fill on 06/28/2026.
      file: [clinical/psychiatry-note-2026-11-18.txt, other/pharmacy-history-2026-11-20.txt]
      page: 1
    - said: has a history of seizures
      leaves_out: true
      record: >-
        My only seizure was a single febrile seizure at age 2, with none since; my EEG on 10/14/2026 was normal and
        my neurologist found no epilepsy and no contraindication to TMS.
      file: clinical/neurology-consult-2026-10-20.txt
      page: 1
plan_policy:
  name: MP-TMS-22 Transcranial Magnetic Stimulation
  number: MP-TMS-22
  quote: >-
    Exclusion 3: TMS is not covered for a member with a seizure disorder, or who currently takes a medicine that
    substantially lowers the seizure threshold at a dose that poses a risk.
  file: denial/precertification-denial-2026-11-02.txt
payer_criteria:
  - criterion: "Exclusion 3: a seizure disorder, or current use of a medicine that substantially lowers the seizure threshold"
    how_met: >-
      I have no seizure disorder (one febrile seizure at age 2, EEG normal 10/14/2026), and I have taken no
      bupropion since 08/01/2026
    met: true
    evidence:
      - {file: clinical/neurology-consult-2026-10-20.txt, page: 1}
      - {file: other/pharmacy-history-2026-11-20.txt, page: 1}
treatment:
  name: A course of transcranial magnetic stimulation (30 sessions and a 6-session taper)
  summary: TMS for recurrent major depression after two antidepressant trials without response and a third, vortioxetine, with only a minimal partial response.
  plan: 30 daily sessions over 6 weeks, then 6 taper sessions; PHQ-9 weekly; stop if no 20% improvement by session 20.
  alongside: vortioxetine 20 mg daily
clinical:
  severity: PHQ-9 20 on 11/18/2026
  severity_date: 2026-11-18
  suicidality: none
  suicidality_date: 2026-11-18
  history:
    - {drug: sertraline, dose: 150 mg daily, start: 2024-03-04, end: 2024-05-13, weeks: 10, kind: antidepressant, adequate: true, failed: true, response: none, outcome: no response, evidence: {file: clinical/psychiatry-note-2026-11-18.txt, page: 1}}
    - {drug: bupropion XL, dose: 450 mg daily, start: 2026-04-20, end: 2026-08-01, weeks: 12, kind: antidepressant, adequate: true, failed: true, response: none, outcome: no response; tapered and stopped 08/01/2026, evidence: {file: clinical/psychiatry-note-2026-11-18.txt, page: 1}}
    - {drug: vortioxetine, dose: 20 mg daily, start: 2026-08-04, weeks: 15, kind: antidepressant, adequate: true, response: partial, outcome: minimal partial response; continuing with TMS, evidence: {file: clinical/psychiatry-note-2026-11-18.txt, page: 1}}
    - {drug: trazodone, dose: 50 mg at bedtime for sleep, start: 2025-01-06, kind: other, outcome: sleep dose only; continuing; not an antidepressant trial, evidence: {file: clinical/psychiatry-note-2026-11-18.txt, page: 1}}
  exclusions: No seizure disorder (one febrile seizure at age 2; EEG normal 10/14/2026); no implanted metal; no bupropion since 08/01/2026.
author:
  name: Celeste Oduya-Barnwell
  relation: patient
  role: Patient
provider:
  name: Dr. Imogen Vasquez-Thorne
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    1755 Briargate Parkway, Suite 220
    Colorado Springs, CO 80920
  phone: (719) 555-0129
record_dates:
  - {file: clinical/psychiatry-note-2026-11-18.txt, date: 2026-11-18}
  - {file: other/pharmacy-history-2026-11-20.txt, date: 2026-11-20}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/precertification-denial-2026-11-02.txt": r'''
BLUE MESA FEDERAL HEALTH BENEFIT PLAN, HIGH OPTION (FICTIONAL) - PRECERTIFICATION DECISION
Date: 11/02/2026    Reference: BMF-PC-26-1027-51146
Member: Celeste Oduya-Barnwell   Member ID: FICT-BMF-R22650419
Service: transcranial magnetic stimulation (90867, 90868), 36 sessions; diagnosis F33.2
Provider: Imogen Vasquez-Thorne, MD (NPI {NPI1})
Decision: precertification denied. MP-TMS-22 exclusion 3 applies: the member takes bupropion 450 mg daily, which
lowers the seizure threshold, and has a history of seizures.
Reviewer: Phineas Gallardo-Whitby, MD, internal medicine.
MP-TMS-22, Exclusion 3: TMS is not covered for a member with a seizure disorder, or who currently takes a medicine
that substantially lowers the seizure threshold at a dose that poses a risk.
If you disagree, write to us within 6 months of this decision and ask us to reconsider (brochure Section 8). If we
maintain our denial, you may ask the U.S. Office of Personnel Management to review it.
''',
        "clinical/psychiatry-note-2026-11-18.txt": r'''
PSYCHIATRY PROGRESS NOTE - Pikes Peak Mood Clinic (FICTIONAL)
Date: 11/18/2026   Patient: Celeste Oduya-Barnwell   DOB: 01/27/1982
Clinician: Imogen Vasquez-Thorne, MD, psychiatrist (NPI {NPI1})
Diagnosis: major depressive disorder, recurrent, severe, without psychosis (F33.2).
PHQ-9 20 on 11/18/2026. No suicidal ideation.
Antidepressant history:
- sertraline 150 mg daily for 10 weeks (03/2024-05/2024): no response.
- bupropion XL 450 mg daily for 12 weeks (04/20/2026-08/01/2026): no response; tapered and stopped on 08/01/2026.
- vortioxetine 20 mg daily since 08/04/2026 (15 weeks): minimal partial response; continuing.
- trazodone 50 mg at bedtime for sleep since 01/2025: a sleep dose, continuing; not an antidepressant trial.
Seizure history: a single febrile seizure at age 2; none since. See neurology consult 10/20/2026.
Plan: TMS, 30 daily sessions then 6 taper sessions, with vortioxetine 20 mg continued.
''',
        "clinical/neurology-consult-2026-10-20.txt": r'''
NEUROLOGY CONSULTATION - Front Range Neurology (FICTIONAL)
Date: 10/20/2026   Patient: Celeste Oduya-Barnwell   DOB: 01/27/1982
Consultant: Dr. Kwame Sorensen-Albright, MD, neurology (NPI {NPI2})
History: a single febrile seizure at age 2 during an ear infection, as her mother recalls; no seizure since.
EEG on 10/14/2026: normal awake and drowsy record, no epileptiform discharges.
Opinion: she does not have epilepsy or any seizure disorder. A childhood febrile seizure is not a contraindication
to TMS. She no longer takes bupropion.
''',
        "other/pharmacy-history-2026-11-20.txt": r'''
PHARMACY PRESCRIPTION HISTORY - Garden of the Gods Pharmacy (FICTIONAL)
Printed: 11/20/2026   Patient: Celeste Oduya-Barnwell   DOB: 01/27/1982
bupropion XL 150 mg, 90 tablets (3 a day) - last fill 06/28/2026; no fill since
vortioxetine 20 mg, 30 tablets - filled 08/04/2026, 09/03/2026, 10/03/2026, 11/02/2026
trazodone 50 mg, 30 tablets - filled monthly
''',
    },
    truth=r'''
# FICTIONAL TRUTH FILE - 04 - FEHB TMS: the denial names a drug she stopped and a "seizure history" that is one febrile seizure at age 2 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL). Today is 12/07/2026.

## What is true
- Ms. Oduya-Barnwell (44) has **FEHB** High Option. On 11/02/2026 the carrier denied TMS precertification under
  **MP-TMS-22 exclusion 3**: "takes bupropion 450 mg daily ... history of seizures". Reviewer: internist.
- **Bupropion XL 450 mg** (12 weeks, no response) was **tapered and stopped on 08/01/2026**; last fill 06/28/2026
  (90 tablets of 150 mg). Since 08/04/2026 she takes **vortioxetine 20 mg** (minimal partial response, continuing).
- Seizures: **one febrile seizure at age 2**; none since; **EEG 10/14/2026 normal**; neurologist Dr. Kwame
  Sorensen-Albright (10/20/2026): no seizure disorder, no contraindication to TMS.
- **Trazodone 50 mg at bedtime** is a sleep dose, continuing; not an antidepressant trial.
- PHQ-9 20 on 11/18/2026; no suicidal ideation. Sertraline 150 mg 10 weeks (2024) no response.
- Level: carrier reconsideration; **6 months from the 11/02/2026 decision: 05/02/2027** (5 CFR 890.105); OPM after.

## Deliberately unknown
- Whether the carrier had the 11/18 note or pharmacy record before deciding: both are dated after the decision.
- Whether the carrier's reconsideration will be decided by a psychiatrist.
- The exact age of the febrile seizure beyond "age 2" (her mother's recollection).

## Traps
- "She takes bupropion" is false now; the decision's premise fails on its own exclusion ("currently takes").
- "History of seizures" is true only as far as it goes (one febrile seizure in infancy): correct it as leaving
  things out, not as "the record shows no seizure ever".
- Trazodone 50 mg is not a failed antidepressant; do not count "four failed antidepressants".
- Vortioxetine continues with TMS; it is not "failed and stopped".
- The neurologist's mention of her mother is a history source, not a person in the appeal.
- FEHB: no ERISA, no ACA external review, no state insurance department; OPM review is the next level.
- The patient writes ("I").

## Arguments a strong letter makes
1. Exclusion 3 does not reach her: no seizure disorder (neurology, normal EEG) and no current bupropion (stopped
   08/01/2026; pharmacy history).
2. The neurologist states a childhood febrile seizure is no contraindication to TMS.
3. Medical need: three antidepressant trials without remission (sertraline, bupropion XL, vortioxetine partial);
   PHQ-9 20 on 11/18/2026.
4. Ask the carrier to reconsider and precertify the 36 sessions; records dated after the decision are new.

## What a letter must NOT say
- That she currently takes bupropion, or that bupropion was stopped "for seizures".
- That she has epilepsy or "no seizure ever".
- That trazodone was a failed antidepressant trial.
- 29 CFR 2560.503-1, 45 CFR 147.136, "external review", parity as a member right.
''',
    answers=[
        ("Bupropion stop", "tapered and stopped on 08/01/2026", "clinical/psychiatry-note-2026-11-18.txt"),
        ("Last bupropion fill", "last fill 06/28/2026; no fill since", "other/pharmacy-history-2026-11-20.txt"),
        ("Vortioxetine", "vortioxetine 20 mg daily since 08/04/2026 (15 weeks): minimal partial response; continuing", "clinical/psychiatry-note-2026-11-18.txt"),
        ("Seizure", "a single febrile seizure at age 2", "clinical/psychiatry-note-2026-11-18.txt"),
        ("EEG", "EEG on 10/14/2026: normal", "clinical/neurology-consult-2026-10-20.txt"),
        ("Neurologist", "Dr. Kwame Sorensen-Albright", "clinical/neurology-consult-2026-10-20.txt"),
        ("Neurologist's opinion", "A childhood febrile seizure is not a contraindication to TMS", "clinical/neurology-consult-2026-10-20.txt"),
        ("Trazodone", "trazodone 50 mg at bedtime for sleep since 01/2025: a sleep dose", "clinical/psychiatry-note-2026-11-18.txt"),
        ("PHQ-9", "PHQ-9 20 on 11/18/2026", "clinical/psychiatry-note-2026-11-18.txt"),
        ("Sertraline", "sertraline 150 mg daily for 10 weeks", "clinical/psychiatry-note-2026-11-18.txt"),
        ("Bupropion trial", "bupropion XL 450 mg daily for 12 weeks", "clinical/psychiatry-note-2026-11-18.txt"),
        ("Exclusion", "currently takes a medicine that substantially lowers the seizure threshold", "denial/precertification-denial-2026-11-02.txt"),
        ("Policy", "MP-TMS-22", "denial/precertification-denial-2026-11-02.txt"),
        ("Reviewer", "Phineas Gallardo-Whitby, MD, internal medicine", "denial/precertification-denial-2026-11-02.txt"),
        ("Window", "within 6 months of this decision", "denial/precertification-denial-2026-11-02.txt"),
        ("Suicidality", "No suicidal ideation", "clinical/psychiatry-note-2026-11-18.txt"),
    ],
))

# ---------------------------------------------------------------- case 05
CASES.append(dict(
    n="05",
    slug="tricare-select-spravato-uncontrolled-hypertension-claim-one-urgent-care-reading-during-kidney-stone-aripiprazole-akathisia-16-days-quetiapine-xr-adequate-psychiatrist",
    npis={"NPI1": "167203948", "NPI2": "193840271"},
    yaml=r'''
# FICTIONAL CASE (set 75, case 05) - every person, plan, provider, number and address is invented.
# TRICARE Select, active duty family member, Kansas. Spravato denied under CC-ESK-5: "uncontrolled hypertension
# (162/98 on 09/09/2026)" and "no atypical antipsychotic augmentation". The 162/98 was at urgent care during a
# kidney stone; amlodipine since 09/15, 128/80 and 124/78 since. Aripiprazole 5 mg stopped after 16 days for
# akathisia (intolerance); quetiapine XR 150 mg for 8 weeks (adequate, no response). The treating psychiatrist writes.
patient:
  name: Yvette Delgado-Whitlock
  salutation: Mrs. Delgado-Whitlock
  date_of_birth: 1990-06-14
  member_id: FICT-DBN-1129384756
  address: |-
    2214 Fort Riley Boulevard
    Manhattan, KS 66502
  phone: (785) 555-0121
insurer:
  name: Prairie Frontier Health, TRICARE West Region contractor (FICTIONAL)
  appeals_address: |-
    Prairie Frontier Health, TRICARE Appeals (FICTIONAL)
    PO Box 20960
    Topeka, KS 66601
  fax: (785) 555-0162
claim:
  number: PFH-AUTH-26-1104-73390
  plan_type: tricare
  notice_date: 2026-11-10
  action: none
  procedure_codes: ["J0013", "99214"]
  diagnosis_codes: [F33.2]
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  denial_reason: >-
    Criteria CC-ESK-5 not met: criterion 3, the member has uncontrolled hypertension (162/98 on 09/09/2026);
    criterion 4, there is no trial of augmentation with an atypical antipsychotic.
  reviewer:
    name: Dr. Lysander Okoro-Pettersen
    specialty: internal medicine
  corrections:
    - said: the member has uncontrolled hypertension (162/98 on 09/09/2026)
      record: >-
        The 162/98 was a single reading at urgent care during a kidney stone; amlodipine 5 mg was started on
        09/15/2026, and her blood pressure was 128/80 on 10/20/2026 and 124/78 on 11/17/2026.
      file: clinical/primary-care-note-2026-10-20.txt
      page: 1
    - said: there is no trial of augmentation with an atypical antipsychotic
      record: >-
        Quetiapine XR 150 mg daily was added to escitalopram for 8 weeks in 2025 without response, and
        aripiprazole 5 mg was stopped after 16 days in 2026 for akathisia.
      file: clinical/psychiatry-evaluation-2026-11-17.txt
      page: 1
plan_policy:
  name: CC-ESK-5 Esketamine Nasal Spray
  number: CC-ESK-5
  quote: >-
    1. Treatment-resistant depression: inadequate response to at least two antidepressants of adequate dose and
    duration in the current episode. 2. Prescribed by or with a psychiatrist. 3. No uncontrolled hypertension.
    4. A trial of augmentation with an atypical antipsychotic or lithium, or intolerance of such augmentation.
  file: denial/authorization-denial-2026-11-10.txt
payer_criteria:
  - criterion: 1. Inadequate response to at least two antidepressants in the current episode
    how_met: Escitalopram 20 mg 9 weeks (no response); desvenlafaxine 100 mg 10 weeks (partial response, continuing)
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-11-17.txt, page: 1}
  - criterion: 2. Prescribed by or with a psychiatrist
    how_met: I prescribe it; I am her treating psychiatrist
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-11-17.txt, page: 1}
  - criterion: 3. No uncontrolled hypertension
    how_met: 128/80 on 10/20/2026 and 124/78 on 11/17/2026 on amlodipine 5 mg; the 162/98 was during a kidney stone
    met: true
    evidence:
      - {file: clinical/primary-care-note-2026-10-20.txt, page: 1}
      - {file: clinical/urgent-care-visit-2026-09-09.txt, page: 1}
  - criterion: 4. Augmentation with an atypical antipsychotic or lithium, or intolerance of it
    how_met: Quetiapine XR 150 mg 8 weeks (no response); aripiprazole 5 mg stopped after 16 days for akathisia
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-11-17.txt, page: 1}
treatment:
  name: Esketamine (Spravato) nasal spray, induction 56 mg then 84 mg twice weekly for 4 weeks
  summary: Esketamine for treatment-resistant depression with desvenlafaxine continued.
  plan: >-
    56 mg then 84 mg twice weekly for 4 weeks, then weekly for 4 weeks; blood pressure before and 40 minutes after
    each dose; MADRS every 2 weeks; stop if MADRS has not fallen by 25% after 8 doses.
  monitoring: Blood pressure before and after each dose and 2 hours of observation in a REMS-certified clinic.
  alongside: desvenlafaxine 100 mg daily
clinical:
  severity: MADRS 35 on 11/17/2026
  severity_date: 2026-11-17
  suicidality: none
  suicidality_date: 2026-11-17
  episode_onset: 2025-03
  history:
    - {drug: escitalopram, dose: 20 mg daily, start: 2025-04-07, end: 2025-08-18, weeks: 9, kind: antidepressant, adequate: true, failed: true, response: none, outcome: no response (9 weeks at 20 mg), evidence: {file: clinical/psychiatry-evaluation-2026-11-17.txt, page: 1}}
    - {drug: quetiapine XR, dose: 150 mg daily added to escitalopram, start: 2025-06-23, end: 2025-08-18, weeks: 8, kind: augmentation, adequate: true, failed: true, response: none, outcome: no response; stopped, evidence: {file: clinical/psychiatry-evaluation-2026-11-17.txt, page: 1}}
    - {drug: desvenlafaxine, dose: 100 mg daily, start: 2025-08-25, weeks: 10, kind: antidepressant, adequate: true, failed: true, response: partial, outcome: partial response; continuing, evidence: {file: clinical/psychiatry-evaluation-2026-11-17.txt, page: 1}}
    - {drug: aripiprazole, dose: 5 mg daily added to desvenlafaxine, start: 2026-06-01, end: 2026-06-16, kind: augmentation, adequate: false, failed: true, outcome: stopped after 16 days for akathisia (intolerance), evidence: {file: clinical/psychiatry-evaluation-2026-11-17.txt, page: 1}}
  exclusions: No aneurysmal vascular disease, no history of intracerebral hemorrhage, no psychosis, no substance use disorder; blood pressure controlled on amlodipine.
author:
  name: Dr. Anselma Whitcombe-Dar
  relation: physician
  role: Treating psychiatrist
  phone: (785) 555-0133
  authorization: other/patient-consent-2026-11-18.txt
provider:
  name: Dr. Anselma Whitcombe-Dar
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    1133 College Avenue, Suite 210
    Manhattan, KS 66502
  phone: (785) 555-0133
peer_to_peer:
  availability: Tuesdays and Thursdays 8-9 am
record_dates:
  - {file: clinical/psychiatry-evaluation-2026-11-17.txt, date: 2026-11-17}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/authorization-denial-2026-11-10.txt": r'''
PRAIRIE FRONTIER HEALTH - TRICARE WEST REGION (FICTIONAL) - NOTICE OF DENIAL
Date of notice: 11/10/2026    Authorization reference: PFH-AUTH-26-1104-73390
Beneficiary: Yvette Delgado-Whitlock (active duty family member)   DBN: FICT-DBN-1129384756
Sponsor: Marcus Delgado-Whitlock
Service: esketamine nasal spray (J0013) with office visit and observation (99214); diagnosis F33.2
Requesting provider: Anselma Whitcombe-Dar, MD (NPI {NPI1})
Decision: denied. Criteria CC-ESK-5 not met: criterion 3, the member has uncontrolled hypertension (162/98 on
09/09/2026); criterion 4, there is no trial of augmentation with an atypical antipsychotic.
Reviewer: Lysander Okoro-Pettersen, MD, internal medicine.
CC-ESK-5: 1. Treatment-resistant depression: inadequate response to at least two antidepressants of adequate dose
and duration in the current episode. 2. Prescribed by or with a psychiatrist. 3. No uncontrolled hypertension.
4. A trial of augmentation with an atypical antipsychotic or lithium, or intolerance of such augmentation.
Appeal rights: you may request reconsideration within 90 days of the date of this notice. Send it to PO Box 20960,
Topeka, KS 66601, or fax (785) 555-0162.
''',
        "clinical/urgent-care-visit-2026-09-09.txt": r'''
URGENT CARE RECORD - Flint Hills Urgent Care (FICTIONAL)
Date: 09/09/2026   Patient: Yvette Delgado-Whitlock   DOB: 06/14/1990
Complaint: right flank pain 9/10, nausea. BP 162/98, pulse 112, in severe pain.
Assessment: probable kidney stone (CT confirmed a 4 mm stone). Treated with ketorolac and ondansetron.
Follow up with primary care about blood pressure once pain has settled.
''',
        "clinical/primary-care-note-2026-10-20.txt": r'''
PRIMARY CARE NOTE - Konza Family Medicine (FICTIONAL)
Date: 10/20/2026   Patient: Yvette Delgado-Whitlock   DOB: 06/14/1990
Clinician: Dr. Hollis Nakagawa-Reyes, MD, family medicine (NPI {NPI2})
Home readings after the kidney stone averaged 142/92; amlodipine 5 mg daily started 09/15/2026.
Today BP 128/80. Hypertension controlled. Stone passed 09/12/2026.
Addendum 11/17/2026 (nurse visit): BP 124/78.
''',
        "clinical/psychiatry-evaluation-2026-11-17.txt": r'''
PSYCHIATRY EVALUATION FOR ESKETAMINE - Flint Hills Behavioral Health (FICTIONAL)
Date: 11/17/2026   Patient: Yvette Delgado-Whitlock   DOB: 06/14/1990
Clinician: Anselma Whitcombe-Dar, MD, psychiatrist (NPI {NPI1})
Diagnosis: major depressive disorder, recurrent, severe, without psychosis (F33.2); episode since 03/2025.
MADRS 35 on 11/17/2026. Denies suicidal ideation.
Trials this episode:
- escitalopram 20 mg daily, 9 weeks (04/2025-08/2025): no response.
- quetiapine XR 150 mg daily added to escitalopram for 8 weeks (06/23/2025-08/18/2025): no response; stopped.
- desvenlafaxine 100 mg daily since 08/25/2025: partial response; continuing.
- aripiprazole 5 mg daily added 06/01/2026, stopped after 16 days for akathisia (intolerance).
Blood pressure: 124/78 today on amlodipine 5 mg (started 09/15/2026 by her primary care physician).
Her husband, Marcus Delgado-Whitlock, is deployed until 03/2027; her mother, Beatriz Salcedo, drives her to visits.
Plan: esketamine 56 mg then 84 mg twice weekly for 4 weeks, then weekly; desvenlafaxine continued.
''',
        "other/patient-consent-2026-11-18.txt": r'''
CONSENT FOR MY PSYCHIATRIST TO APPEAL
Date: 11/18/2026
I, Yvette Delgado-Whitlock, ask Dr. Anselma Whitcombe-Dar to appeal for me to TRICARE about esketamine and to send
my records for it.
Signed: Yvette Delgado-Whitlock
''',
    },
    truth=r'''
# FICTIONAL TRUTH FILE - 05 - TRICARE Select Spravato: one urgent-care reading during a kidney stone is not uncontrolled hypertension; two antipsychotic augmentations in the record (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL). Today is 12/07/2026.

## What is true
- Mrs. Delgado-Whitlock (36), an **active duty family member on TRICARE Select** (West region contractor). On
  11/10/2026 the contractor denied esketamine under **CC-ESK-5**: criterion 3 "uncontrolled hypertension (162/98 on
  09/09/2026)", criterion 4 "no atypical antipsychotic augmentation". Reviewer: internist.
- BP: **162/98 once**, at urgent care **during a kidney stone** (pain 9/10); amlodipine 5 mg from 09/15/2026;
  **128/80 on 10/20/2026, 124/78 on 11/17/2026**: controlled.
- Augmentation: **quetiapine XR 150 mg for 8 weeks** with escitalopram (adequate, no response) in 2025;
  **aripiprazole 5 mg stopped after 16 days for akathisia** (intolerance, which criterion 4 accepts) in 2026.
- Antidepressants this episode: escitalopram 20 mg 9 weeks (no response); **desvenlafaxine 100 mg continuing**
  (partial response) and continued with esketamine.
- MADRS 35 on 11/17/2026; no suicidal ideation. Husband Marcus (sponsor) is deployed; her mother Beatriz Salcedo
  drives her. The treating psychiatrist writes, with the patient's consent.
- TRICARE reconsideration: **90 days from the notice: 02/08/2027** (32 CFR 199.10).

## Deliberately unknown
- Whether the contractor's reviewer had the primary care note (not stated).
- Home blood pressure readings after 10/20/2026.
- Whether the 2025 quetiapine dose was ever raised above 150 mg (no record says so).

## Traps
- Not "hypertension resolved" or "never had hypertension": it is treated and controlled.
- Aripiprazole is an intolerance (16 days), not an adequate failed trial; quetiapine XR is the adequate one.
- Desvenlafaxine continues; it is partial, not "no response", not stopped.
- No suicidal ideation: no suicidality argument, no "approved use for suicidal ideation".
- Marcus (sponsor, deployed) and Beatriz Salcedo (mother) are not authors or clinicians; Dr. Hollis
  Nakagawa-Reyes is the primary care physician, not the prescriber.
- TRICARE: no ERISA, no 45 CFR 147.136, no parity law, no state insurance department.

## Arguments a strong letter makes
1. Criterion 3 is met: one reading in acute pain, then controlled on amlodipine (two normal readings with dates).
2. Criterion 4 is met twice over: an adequate quetiapine XR augmentation and an aripiprazole intolerance.
3. Criteria 1 and 2 are met (two antidepressants, a psychiatrist prescribing); monitoring of blood pressure at
   each dose under REMS answers any remaining concern.
4. A reviewer in psychiatry; the treating psychiatrist offers a peer-to-peer call.

## What a letter must NOT say
- That she never had high blood pressure, or that she has uncontrolled hypertension.
- That aripiprazole was an adequate trial that failed; that quetiapine was a sleep dose.
- That desvenlafaxine was stopped; that she has suicidal ideation.
- Citations to ERISA, 45 CFR 147.136, parity law.
''',
    answers=[
        ("Urgent care BP", "BP 162/98, pulse 112, in severe pain", "clinical/urgent-care-visit-2026-09-09.txt"),
        ("Cause", "probable kidney stone", "clinical/urgent-care-visit-2026-09-09.txt"),
        ("Amlodipine", "amlodipine 5 mg daily started 09/15/2026", "clinical/primary-care-note-2026-10-20.txt"),
        ("BP 10/20", "Today BP 128/80", "clinical/primary-care-note-2026-10-20.txt"),
        ("BP 11/17", "BP 124/78", "clinical/primary-care-note-2026-10-20.txt"),
        ("PCP", "Dr. Hollis Nakagawa-Reyes", "clinical/primary-care-note-2026-10-20.txt"),
        ("Quetiapine XR", "quetiapine XR 150 mg daily added to escitalopram for 8 weeks", "clinical/psychiatry-evaluation-2026-11-17.txt"),
        ("Aripiprazole", "stopped after 16 days for akathisia (intolerance)", "clinical/psychiatry-evaluation-2026-11-17.txt"),
        ("Desvenlafaxine", "desvenlafaxine 100 mg daily since 08/25/2025: partial response; continuing", "clinical/psychiatry-evaluation-2026-11-17.txt"),
        ("Escitalopram", "escitalopram 20 mg daily, 9 weeks", "clinical/psychiatry-evaluation-2026-11-17.txt"),
        ("MADRS", "MADRS 35 on 11/17/2026", "clinical/psychiatry-evaluation-2026-11-17.txt"),
        ("Suicidality", "Denies suicidal ideation", "clinical/psychiatry-evaluation-2026-11-17.txt"),
        ("Criteria", "CC-ESK-5", "denial/authorization-denial-2026-11-10.txt"),
        ("Criterion 4 words", "or intolerance of such augmentation", "denial/authorization-denial-2026-11-10.txt"),
        ("Sponsor", "Sponsor: Marcus Delgado-Whitlock", "denial/authorization-denial-2026-11-10.txt"),
        ("Window", "within 90 days of the date of this notice", "denial/authorization-denial-2026-11-10.txt"),
    ],
))

# ---------------------------------------------------------------- case 06
CASES.append(dict(
    n="06",
    slug="marketplace-silver-ppo-spravato-denied-as-active-opioid-use-disorder-buprenorphine-patch-for-back-pain-no-oud-duloxetine-failed-for-mood-kept-for-pain-patient",
    npis={"NPI1": "181652093", "NPI2": "125093846"},
    yaml=r'''
# FICTIONAL CASE (set 75, case 06) - every person, plan, provider, number and address is invented.
# Marketplace Silver PPO, Pennsylvania. Spravato denied under MP-ESK-17: exclusion "active substance use disorder:
# member is on opioids" and criterion 2 "one antidepressant (sertraline); duloxetine is prescribed for pain".
# Record: buprenorphine patch for chronic back pain under a pain agreement, no opioid use disorder, screens
# consistent; duloxetine 60 mg was an adequate antidepressant trial for depression (no mood response), kept for pain;
# mirtazapine 30 mg 8 weeks. First internal appeal, pre-service. The patient writes ("I").
patient:
  name: Priscilla Holmqvist-Adeyemi
  salutation: Ms. Holmqvist-Adeyemi
  date_of_birth: 1974-10-03
  member_id: FICT-KCH-W58201934
  address: |-
    61 Conestoga Street
    Lancaster, PA 17603
  phone: (717) 555-0117
insurer:
  name: Keystone Commons Health Silver PPO (FICTIONAL)
  appeals_address: |-
    Keystone Commons Health, Appeals and Grievances (FICTIONAL)
    PO Box 4417
    Harrisburg, PA 17111
  fax: (717) 555-0159
claim:
  number: KCH-PA-26-1109-22615
  plan_type: individual_aca
  student: false
  notice_date: 2026-11-13
  action: none
  procedure_codes: ["J0013", "99215"]
  diagnosis_codes: [F33.2, M96.1]
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  denial_reason: >-
    MP-ESK-17 is not met. Exclusion: active substance use disorder - the member is on opioids. Criterion 2: only one
    antidepressant trial (sertraline) is documented; duloxetine is prescribed for pain.
  reviewer:
    name: Dr. Cornelius Baptiste-Lund
    specialty: anesthesiology
  corrections:
    - said: active substance use disorder - the member is on opioids
      record: >-
        I take a prescribed buprenorphine patch, 10 mcg per hour, for chronic back pain under a pain agreement; I have
        no diagnosis of opioid use disorder, my urine drug screens are consistent, and the state prescription
        monitoring report shows one prescriber.
      file: clinical/pain-clinic-note-2026-10-29.txt
      page: 1
    - said: duloxetine is prescribed for pain
      leaves_out: true
      record: >-
        Duloxetine 60 mg was started for depression as well as pain: after 14 weeks my PHQ-9 had not changed (21 to 20);
        it is continued because it helps my back pain.
      file: clinical/psychiatry-note-2026-11-05.txt
      page: 1
plan_policy:
  name: MP-ESK-17 Esketamine Nasal Spray
  number: MP-ESK-17
  quote: >-
    1. Major depressive disorder in an adult. 2. Inadequate response to at least two antidepressants of different
    classes, each at an adequate dose for at least 6 weeks, in the current episode. 3. Given in a certified
    healthcare setting. Exclusion: active substance use disorder.
  file: denial/denial-letter-2026-11-13.txt
payer_criteria:
  - criterion: 1. Major depressive disorder in an adult
    how_met: Recurrent major depression, severe (F33.2); PHQ-9 21 on 11/05/2026
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}
  - criterion: 2. Two antidepressants of different classes, adequate dose, 6 weeks, current episode
    how_met: >-
      Duloxetine 60 mg (an SNRI) 14 weeks with no change in PHQ-9; mirtazapine 30 mg 8 weeks with no response
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}
  - criterion: 3. Certified healthcare setting
    how_met: Susquehanna Mood Clinic is certified in the Spravato REMS
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}
  - criterion: "Exclusion: active substance use disorder"
    how_met: >-
      No substance use disorder: a prescribed buprenorphine patch for pain under a pain agreement; screens consistent
    met: true
    evidence: {file: clinical/pain-clinic-note-2026-10-29.txt, page: 1}
treatment:
  name: Esketamine (Spravato) nasal spray, induction twice weekly for 4 weeks
  summary: Esketamine for recurrent major depression after two antidepressant trials in this episode, with duloxetine continued.
  plan: 56 mg then 84 mg twice weekly for 4 weeks, then weekly for 4 weeks; PHQ-9 every 2 weeks; stop if no 25% improvement after 8 doses.
  alongside: duloxetine 60 mg daily
clinical:
  severity: PHQ-9 21 on 11/05/2026
  severity_date: 2026-11-05
  suicidality: passive
  suicidality_date: 2026-11-05
  episode_onset: 2025-09
  history:
    - {drug: sertraline, dose: 200 mg daily, start: 2023-01-09, end: 2023-03-20, weeks: 10, kind: antidepressant, adequate: true, failed: true, response: none, outcome: no response (earlier episode), evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}}
    - {drug: duloxetine, dose: 60 mg daily, start: 2025-10-06, weeks: 14, kind: antidepressant, adequate: true, failed: true, response: none, outcome: no change in mood (PHQ-9 21 to 20); helps back pain, so continued, evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}}
    - {drug: mirtazapine, dose: 30 mg at bedtime, start: 2026-05-04, end: 2026-06-29, weeks: 8, kind: antidepressant, adequate: true, failed: true, response: none, outcome: no response; stopped for weight gain of 6 kg, evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}}
    - {drug: buprenorphine transdermal patch, dose: 10 mcg per hour weekly for back pain, start: 2025-02-17, kind: other, outcome: pain medicine under a pain agreement; continuing; not a depression treatment, evidence: {file: clinical/pain-clinic-note-2026-10-29.txt, page: 1}}
  exclusions: No substance use disorder (prescribed buprenorphine patch for pain; urine drug screens consistent; PDMP one prescriber); no psychosis; blood pressure 126/82.
author:
  name: Priscilla Holmqvist-Adeyemi
  relation: patient
  role: Patient
provider:
  name: Dr. Theodora Nwachukwu-Hale
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    455 Harrisburg Avenue, Suite 5
    Lancaster, PA 17603
  phone: (717) 555-0136
record_dates:
  - {file: clinical/psychiatry-note-2026-11-05.txt, date: 2026-11-05}
  - {file: clinical/pain-clinic-note-2026-10-29.txt, date: 2026-10-29}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/denial-letter-2026-11-13.txt": r'''
KEYSTONE COMMONS HEALTH SILVER PPO (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date of notice: 11/13/2026    Reference: KCH-PA-26-1109-22615
Member: Priscilla Holmqvist-Adeyemi   Member ID: FICT-KCH-W58201934   Plan: Silver PPO (individual, Marketplace)
Service: esketamine nasal spray (J0013) and visits (99215); diagnoses F33.2, M96.1
Requested by: Theodora Nwachukwu-Hale, MD (NPI {NPI1})
Decision: not approved. MP-ESK-17 is not met. Exclusion: active substance use disorder - the member is on opioids.
Criterion 2: only one antidepressant trial (sertraline) is documented; duloxetine is prescribed for pain.
Reviewer: Cornelius Baptiste-Lund, MD, anesthesiology.
MP-ESK-17: 1. Major depressive disorder in an adult. 2. Inadequate response to at least two antidepressants of
different classes, each at an adequate dose for at least 6 weeks, in the current episode. 3. Given in a certified
healthcare setting. Exclusion: active substance use disorder.
You may file an internal appeal within 180 days of receiving this notice, and then ask for external review.
''',
        "clinical/psychiatry-note-2026-11-05.txt": r'''
PSYCHIATRY NOTE - Susquehanna Mood Clinic (FICTIONAL), certified in the Spravato REMS
Date: 11/05/2026   Patient: Priscilla Holmqvist-Adeyemi   DOB: 10/03/1974
Clinician: Theodora Nwachukwu-Hale, MD, psychiatrist (NPI {NPI1})
Diagnosis: major depressive disorder, recurrent, severe (F33.2); current episode since 09/2025.
PHQ-9 21 on 11/05/2026. Passive thoughts that life is not worth living; no intent, no plan, no attempts ever.
Antidepressants:
- sertraline 200 mg daily for 10 weeks in 2023 (earlier episode): no response.
- duloxetine 60 mg daily since 10/06/2025, started for depression and back pain: after 14 weeks my patient's
  PHQ-9 went from 21 to 20, no change in mood; continued because it helps her back pain.
- mirtazapine 30 mg at bedtime for 8 weeks (05/04/2026-06/29/2026): no response; stopped for a 6 kg weight gain.
Other medicines: buprenorphine patch 10 mcg/hour weekly, prescribed by her pain physician for chronic back pain
after a 2019 laminectomy. No substance use disorder.
Her partner, Emeka Adeyemi, will drive her home after each dose. BP 126/82.
Plan: esketamine 56 mg then 84 mg twice weekly for 4 weeks, then weekly; duloxetine continued.
''',
        "clinical/pain-clinic-note-2026-10-29.txt": r'''
PAIN MEDICINE NOTE - Lancaster Spine and Pain (FICTIONAL)
Date: 10/29/2026   Patient: Priscilla Holmqvist-Adeyemi   DOB: 10/03/1974
Clinician: Dr. Ravi Castellanos-Byrne, MD, pain medicine (NPI {NPI2})
Diagnosis: chronic low back pain after laminectomy (M96.1).
Medicine: buprenorphine transdermal patch 10 mcg/hour, changed weekly, since 02/17/2025 under a signed pain
agreement. Oxycodone was tapered off in 01/2025 and has not been prescribed since.
Urine drug screens 04/2026 and 10/2026: consistent with the prescribed buprenorphine only. PDMP report 10/29/2026:
one prescriber, one pharmacy. She does not meet criteria for opioid use disorder or any substance use disorder.
''',
    },
    truth=r'''
# FICTIONAL TRUTH FILE - 06 - Marketplace Spravato: a prescribed buprenorphine patch for pain is not a substance use disorder; duloxetine failed for mood and is kept for pain (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL). Today is 12/07/2026.

## What is true
- Ms. Holmqvist-Adeyemi (52) has a **Marketplace Silver PPO** (individual). On 11/13/2026 the plan denied esketamine
  under **MP-ESK-17**: "active substance use disorder - on opioids" and "only sertraline; duloxetine is for pain".
  Reviewer: anesthesiologist.
- Pain: **buprenorphine patch 10 mcg/h** for post-laminectomy back pain (M96.1) since 02/17/2025 under a pain
  agreement (Dr. Ravi Castellanos-Byrne); oxycodone tapered off 01/2025; screens consistent; PDMP one prescriber;
  **no opioid use disorder, no substance use disorder**.
- Depression (episode since 09/2025): **duloxetine 60 mg** 14 weeks, started for depression and pain, PHQ-9 21 to 20
  (no mood response), **continued for pain** and with esketamine; **mirtazapine 30 mg 8 weeks**, no response,
  stopped for weight gain. Sertraline 200 mg 10 weeks was **2023, an earlier episode** - it does not count for
  criterion 2 ("in the current episode").
- PHQ-9 21 on 11/05/2026; **passive** thoughts, no intent, plan or attempt. Partner Emeka Adeyemi drives her.
- Window: **180 days from receipt** (45 CFR 147.136(b)(3)); counting from the notice date, by 05/12/2027. External
  review after.

## Deliberately unknown
- The date she received the notice.
- Whether the plan treats buprenorphine for pain as "opioids" under another policy (none quoted).
- Whether duloxetine's dose was ever raised above 60 mg.

## Traps
- The denial's sertraline is from an **earlier episode**; criterion 2 counts the current episode: duloxetine and
  mirtazapine are the two (different classes: SNRI and a noradrenergic/serotonergic agent).
- Duloxetine did **not** fail for pain; it failed for mood and continues. Not "stopped".
- Buprenorphine is a pain medicine here, not treatment for opioid use disorder; do not call it "MAT" or say she is
  "in recovery".
- Passive ideation only: no "active suicidal ideation", no labelled suicidality use.
- Dr. Castellanos-Byrne is the pain physician, not the prescriber of esketamine; Emeka Adeyemi is her partner.
- Individual plan: cite 45 CFR 147.136, not ERISA 29 CFR 2560.503-1 as the plan's own rule.

## Arguments a strong letter makes
1. The exclusion does not apply: no substance use disorder; a prescribed patch for pain with consistent screens and
   one prescriber (pain physician's note).
2. Criterion 2 is met in the current episode: duloxetine (14 weeks, no mood response) and mirtazapine (8 weeks).
3. Criteria 1 and 3 met; esketamine given with duloxetine in a REMS-certified clinic.
4. A reviewer in psychiatry, not anesthesiology; external review remains available.

## What a letter must NOT say
- That she has, or is recovering from, opioid use disorder; that she "misuses" opioids.
- That duloxetine failed for pain or was stopped.
- That sertraline counts as a current-episode trial, or "three failed antidepressants in this episode".
- That she has active suicidal ideation.
''',
    answers=[
        ("Buprenorphine", "buprenorphine transdermal patch 10 mcg/hour, changed weekly, since 02/17/2025", "clinical/pain-clinic-note-2026-10-29.txt"),
        ("Pain agreement", "under a signed pain agreement", "clinical/pain-clinic-note-2026-10-29.txt"),
        ("Oxycodone", "Oxycodone was tapered off in 01/2025", "clinical/pain-clinic-note-2026-10-29.txt"),
        ("Screens", "consistent with the prescribed buprenorphine only", "clinical/pain-clinic-note-2026-10-29.txt"),
        ("PDMP", "one prescriber, one pharmacy", "clinical/pain-clinic-note-2026-10-29.txt"),
        ("No OUD", "She does not meet criteria for opioid use disorder or any substance use disorder", "clinical/pain-clinic-note-2026-10-29.txt"),
        ("Pain physician", "Dr. Ravi Castellanos-Byrne", "clinical/pain-clinic-note-2026-10-29.txt"),
        ("Duloxetine", "PHQ-9 went from 21 to 20, no change in mood; continued because it helps her back pain", "clinical/psychiatry-note-2026-11-05.txt"),
        ("Duloxetine purpose", "started for depression and back pain", "clinical/psychiatry-note-2026-11-05.txt"),
        ("Mirtazapine", "mirtazapine 30 mg at bedtime for 8 weeks", "clinical/psychiatry-note-2026-11-05.txt"),
        ("Sertraline", "sertraline 200 mg daily for 10 weeks in 2023 (earlier episode)", "clinical/psychiatry-note-2026-11-05.txt"),
        ("PHQ-9", "PHQ-9 21 on 11/05/2026", "clinical/psychiatry-note-2026-11-05.txt"),
        ("Suicidality", "no intent, no plan, no attempts ever", "clinical/psychiatry-note-2026-11-05.txt"),
        ("Criterion 2 words", "in the current episode", "denial/denial-letter-2026-11-13.txt"),
        ("Reviewer", "Cornelius Baptiste-Lund, MD, anesthesiology", "denial/denial-letter-2026-11-13.txt"),
        ("Partner", "Emeka Adeyemi", "clinical/psychiatry-note-2026-11-05.txt"),
    ],
))

# ---------------------------------------------------------------- case 07
CASES.append(dict(
    n="07",
    slug="insured-employer-plan-iv-ketamine-denial-quotes-phq9-of-9-from-february-2025-remission-current-23-psychotherapy-32-sessions-lithium-level-0-7-advocate",
    npis={"NPI1": "134720968", "NPI2": "176590342"},
    yaml=r'''
# FICTIONAL CASE (set 75, case 07) - every person, plan, provider, number and address is invented.
# Insured employer group plan (ERISA), Utah, 650 employees. IV ketamine denied under MP-KET-30: criterion 1
# "most recent PHQ-9 is 9 (mild)" and criterion 3 "no psychotherapy documented". The PHQ-9 of 9 is from
# 02/11/2025, during remission of the last episode; PHQ-9 23 and MADRS 33 on 11/09/2026. 20 CBT + 12 IPT sessions.
# Venlafaxine worked in 2024 and lost its effect in 2026; lithium augmentation at level 0.7 for 8 weeks.
# A nonprofit patient advocate writes, with the patient's signed authorization.
patient:
  name: Ruben Castellano-Moberg
  salutation: Mr. Castellano-Moberg
  date_of_birth: 1987-03-22
  member_id: FICT-WBH-U30412785
  address: |-
    845 East 400 South, Apt 12
    Salt Lake City, UT 84102
  phone: (801) 555-0115
insurer:
  name: Wasatch Benefit Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Wasatch Benefit Health, Member Appeals (FICTIONAL)
    PO Box 57320
    Salt Lake City, UT 84157
  fax: (801) 555-0164
claim:
  number: WBH-UM-26-1116-90872
  plan_type: employer_erisa
  funding: insured
  employees: 650
  notice_date: 2026-11-19
  action: none
  procedure_codes: ["96365", "J3490"]
  diagnosis_codes: [F33.2]
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  denial_reason: >-
    MP-KET-30 is not met. Criterion 1: the most recent PHQ-9 in the records is 9, mild depression. Criterion 3: no
    course of psychotherapy is documented.
  reviewer:
    name: Dr. Augustin Feldmann-Rios
    specialty: emergency medicine
  corrections:
    - said: the most recent PHQ-9 in the records is 9, mild depression
      record: >-
        The PHQ-9 of 9 is dated 02/11/2025, during remission of the last episode. The most recent scores are PHQ-9
        23 and MADRS 33 on 11/09/2026.
      file: clinical/psychiatry-evaluation-2026-11-09.txt
      page: 1
    - said: no course of psychotherapy is documented
      record: >-
        He completed 20 sessions of cognitive behavioral therapy (06/2025-01/2026) and 12 sessions of interpersonal
        therapy (06/2026-09/2026) with his therapist.
      file: clinical/therapy-summary-2026-10-02.txt
      page: 1
plan_policy:
  name: MP-KET-30 Intravenous Ketamine for Depression
  number: MP-KET-30
  quote: >-
    1. Major depressive disorder with current PHQ-9 of 15 or more or MADRS of 28 or more. 2. Inadequate response in
    the current episode to at least two antidepressants and one augmentation trial (lithium or an atypical
    antipsychotic). 3. A course of evidence-based psychotherapy of at least 12 sessions. 4. No psychosis, no
    uncontrolled hypertension, no active substance use disorder.
  file: denial/adverse-benefit-determination-2026-11-19.txt
payer_criteria:
  - criterion: 1. Current PHQ-9 of 15 or more or MADRS of 28 or more
    how_met: PHQ-9 23 and MADRS 33 on 11/09/2026
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-11-09.txt, page: 1}
  - criterion: 2. Two antidepressants and one augmentation trial in the current episode
    how_met: >-
      Venlafaxine XR raised to 300 mg for 8 weeks (no response); bupropion XL 300 mg added for 10 weeks (no
      response); lithium to a level of 0.7 for 8 weeks (no response)
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-11-09.txt, page: 1}
  - criterion: 3. Psychotherapy of at least 12 sessions
    how_met: 20 sessions of CBT and 12 sessions of IPT
    met: true
    evidence: {file: clinical/therapy-summary-2026-10-02.txt, page: 1}
  - criterion: 4. No psychosis, uncontrolled hypertension or active substance use disorder
    how_met: None present; BP 118/76 on 11/09/2026
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-11-09.txt, page: 1}
treatment:
  name: Six intravenous ketamine infusions over three weeks
  summary: IV ketamine for a recurrent depressive episode that has not responded to two antidepressants, lithium augmentation and psychotherapy.
  plan: Ketamine 0.5 mg/kg over 40 minutes twice weekly for 3 weeks (6 infusions); MADRS before infusions 1, 4 and 6; stop if MADRS has not fallen by 25% after 4.
  monitoring: Blood pressure, pulse oximetry and ECG throughout, and 60 minutes after each infusion.
  alongside: venlafaxine XR 300 mg daily
clinical:
  severity: PHQ-9 23 and MADRS 33 on 11/09/2026
  severity_date: 2026-11-09
  suicidality: none
  suicidality_date: 2026-11-09
  episode_onset: 2026-05
  history:
    - {drug: venlafaxine XR (2024 episode), dose: 225 mg daily, start: 2024-06-03, end: 2026-05-01, kind: antidepressant, response: lost, outcome: remission in 2024 (PHQ-9 9 on 02/11/2025); effect lost with relapse in 05/2026, evidence: {file: clinical/psychiatry-evaluation-2026-11-09.txt, page: 1}}
    - {drug: venlafaxine XR, dose: 300 mg daily (raised), start: 2026-05-11, weeks: 8, kind: antidepressant, adequate: true, failed: true, response: none, outcome: no response at 8 weeks; continuing, evidence: {file: clinical/psychiatry-evaluation-2026-11-09.txt, page: 1}}
    - {drug: bupropion XL, dose: 300 mg daily, start: 2026-07-06, end: 2026-09-14, weeks: 10, kind: antidepressant, adequate: true, failed: true, response: none, outcome: no response; stopped, evidence: {file: clinical/psychiatry-evaluation-2026-11-09.txt, page: 1}}
    - {drug: lithium carbonate, dose: 900 mg daily (level 0.7 mmol/L), start: 2026-08-17, end: 2026-10-12, weeks: 8, kind: augmentation, adequate: true, failed: true, response: none, outcome: no response at level 0.7; stopped for tremor, evidence: {file: clinical/psychiatry-evaluation-2026-11-09.txt, page: 1}}
    - {drug: cognitive behavioral therapy, dose: 20 sessions, sessions: 20, start: 2025-06-02, end: 2026-01-26, kind: psychotherapy, adequate: true, response: partial, outcome: completed, evidence: {file: clinical/therapy-summary-2026-10-02.txt, page: 1}}
    - {drug: interpersonal therapy, dose: 12 sessions, sessions: 12, start: 2026-06-08, end: 2026-09-21, kind: psychotherapy, adequate: true, failed: true, response: none, outcome: completed without improvement, evidence: {file: clinical/therapy-summary-2026-10-02.txt, page: 1}}
  exclusions: No psychosis; no substance use disorder; BP 118/76 on 11/09/2026.
impact:
  work: He has been on unpaid medical leave from his job as a surveyor since 09/28/2026.
author:
  name: Gwendolyn Fairweather-Osei
  relation: representative
  role: Patient advocate, Mountain West Patient Advocacy Project (FICTIONAL)
  address: |-
    230 South 500 East, Suite 410
    Salt Lake City, UT 84102
  phone: (801) 555-0142
  email: gfairweather@mwpap.example
  authorization: other/authorized-representative-form-2026-11-24.txt
provider:
  name: Dr. Leopold Haraldsen-Mwangi
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    1060 East 100 South, Suite 300
    Salt Lake City, UT 84102
  phone: (801) 555-0137
record_dates:
  - {file: clinical/psychiatry-evaluation-2026-11-09.txt, date: 2026-11-09}
  - {file: clinical/therapy-summary-2026-10-02.txt, date: 2026-10-02}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/adverse-benefit-determination-2026-11-19.txt": r'''
WASATCH BENEFIT HEALTH INSURANCE COMPANY (FICTIONAL) - ADVERSE BENEFIT DETERMINATION
Date of notice: 11/19/2026    Reference: WBH-UM-26-1116-90872
Member: Ruben Castellano-Moberg   Member ID: FICT-WBH-U30412785   Group: Beehive Survey Partners LLC (FICTIONAL)
Service: intravenous ketamine infusion (96365, J3490), 6 infusions; diagnosis F33.2
Requested by: Leopold Haraldsen-Mwangi, MD (NPI {NPI1})
Decision: not approved. MP-KET-30 is not met. Criterion 1: the most recent PHQ-9 in the records is 9, mild
depression. Criterion 3: no course of psychotherapy is documented.
Reviewer: Augustin Feldmann-Rios, MD, emergency medicine.
MP-KET-30: 1. Major depressive disorder with current PHQ-9 of 15 or more or MADRS of 28 or more. 2. Inadequate
response in the current episode to at least two antidepressants and one augmentation trial (lithium or an atypical
antipsychotic). 3. A course of evidence-based psychotherapy of at least 12 sessions. 4. No psychosis, no
uncontrolled hypertension, no active substance use disorder.
You may appeal within 180 days after you receive this notice. You may ask for copies of documents relevant to your
claim free of charge. After the final internal decision you may request external review.
''',
        "clinical/psychiatry-evaluation-2026-11-09.txt": r'''
PSYCHIATRY EVALUATION - Wasatch Front Psychiatry (FICTIONAL)
Date: 11/09/2026   Patient: Ruben Castellano-Moberg   DOB: 03/22/1987
Clinician: Leopold Haraldsen-Mwangi, MD, psychiatrist (NPI {NPI1})
Diagnosis: major depressive disorder, recurrent, severe (F33.2). Current episode since 05/2026.
Scores: PHQ-9 23 and MADRS 33 on 11/09/2026. No suicidal ideation. BP 118/76.
Score history: PHQ-9 9 on 02/11/2025, during remission of the 2024 episode on venlafaxine XR 225 mg.
Course:
- venlafaxine XR 225 mg (2024 episode): remission; the effect was lost with relapse in 05/2026.
- venlafaxine XR raised to 300 mg daily 05/11/2026, 8 weeks: no response; continuing.
- bupropion XL 300 mg daily added 07/06/2026-09/14/2026 (10 weeks): no response; stopped.
- lithium carbonate 900 mg daily 08/17/2026-10/12/2026, level 0.7 mmol/L on 09/08/2026: no response at 8 weeks;
  stopped for tremor.
Psychotherapy: CBT and IPT with Nadia Sokolova-Peretz, LCSW (summary 10/02/2026).
Work: unpaid medical leave since 09/28/2026. No psychosis; no substance use.
Plan: IV ketamine 0.5 mg/kg over 40 minutes, 6 infusions over 3 weeks; venlafaxine XR continued.
''',
        "clinical/therapy-summary-2026-10-02.txt": r'''
PSYCHOTHERAPY SUMMARY - Nadia Sokolova-Peretz, LCSW (FICTIONAL) (NPI {NPI2})
Date: 10/02/2026   Client: Ruben Castellano-Moberg
Cognitive behavioral therapy: 20 sessions, 06/02/2025-01/26/2026, completed.
Interpersonal therapy: 12 sessions, 06/08/2026-09/21/2026, completed without improvement in mood.
I continue to see him every two weeks.
''',
        "other/authorized-representative-form-2026-11-24.txt": r'''
AUTHORIZED REPRESENTATIVE DESIGNATION - Wasatch Benefit Health (FICTIONAL form)
Date: 11/24/2026
I, Ruben Castellano-Moberg (member ID FICT-WBH-U30412785), name Gwendolyn Fairweather-Osei, patient advocate,
Mountain West Patient Advocacy Project, as my authorized representative for the appeal of reference
WBH-UM-26-1116-90872, and allow the plan to share my health information with her for it.
Signed: Ruben Castellano-Moberg
''',
    },
    truth=r'''
# FICTIONAL TRUTH FILE - 07 - insured employer plan, IV ketamine: the denial read a PHQ-9 from a remission 21 months earlier; 32 psychotherapy sessions in the record (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL). Today is 12/07/2026.

## What is true
- Mr. Castellano-Moberg (39) has an **insured employer group plan** (ERISA; 650 employees). On 11/19/2026 the insurer
  denied 6 IV ketamine infusions under **MP-KET-30**: criterion 1 "most recent PHQ-9 is 9" and criterion 3 "no
  psychotherapy". Reviewer: emergency physician.
- The **PHQ-9 of 9 is dated 02/11/2025**, in remission of the 2024 episode. **Current: PHQ-9 23 and MADRS 33 on
  11/09/2026.**
- Psychotherapy: **20 CBT sessions** (06/2025-01/2026) and **12 IPT sessions** (06-09/2026) with Nadia
  Sokolova-Peretz, LCSW.
- Venlafaxine XR 225 mg brought **remission in 2024, then lost** its effect (relapse 05/2026); raised to 300 mg for 8
  weeks, no response, **continuing**. Bupropion XL 300 mg 10 weeks, no response, stopped. **Lithium level 0.7** for 8
  weeks, no response, stopped for tremor.
- No suicidal ideation; on unpaid leave since 09/28/2026. A nonprofit advocate writes with the plan's
  authorized-representative form signed 11/24/2026.
- Window: **180 days after receipt** (29 CFR 2560.503-1(h)(3)(i)); from the notice date, 05/18/2027. External
  review after the final internal decision (insured: 45 CFR 147.136 / state process).

## Deliberately unknown
- Whether raising venlafaxine from 225 to 300 mg counts as a separate trial under MP-KET-30 (the policy does not say);
  the letter need not rely on it: bupropion and venlafaxine 300 mg, or either with lithium, meet criterion 2.
- Whether the therapy summary was sent with the request (nothing shows it).
- The date the notice was received.

## Traps
- The 2025 PHQ-9 of 9 is real but old: a letter must not deny it exists, only date it and set the current scores
  beside it.
- Venlafaxine 225 mg **worked** in 2024 (response lost): do not call it a "failed" trial from the start.
- Venlafaxine continues with ketamine; bupropion and lithium were stopped.
- Lithium reached a level of 0.7: not "subtherapeutic"; stopped for tremor after 8 weeks, not "not tolerated" at once.
- Psychotherapy rows are not antidepressant trials.
- No suicidal ideation: no suicidality paragraph.
- The advocate is not a clinician; she writes about "Mr. Castellano-Moberg", not "I have depression".
- 650 employees: parity applies (more than 50).

## Arguments a strong letter makes
1. Criterion 1 is met: PHQ-9 23 and MADRS 33 on 11/09/2026; the PHQ-9 of 9 is from 02/11/2025, a remission of an
   earlier episode.
2. Criterion 3 is met: 32 psychotherapy sessions (CBT 20, IPT 12), more than the 12 required.
3. Criteria 2 and 4 are met as well, with the exhibits.
4. A reviewer in psychiatry (not emergency medicine), the claim file and the documents relied on; parity as to how
   the plan applies such criteria to medical/surgical infusions, asked as documents relevant to the claim.

## What a letter must NOT say
- That there is no PHQ-9 of 9 in the record, or that the PHQ-9 of 9 is current.
- That venlafaxine never worked; that lithium was subtherapeutic.
- That he has suicidal ideation.
- That the advocate is his physician or writes as "I" for the patient.
''',
    answers=[
        ("Old PHQ-9", "PHQ-9 9 on 02/11/2025, during remission of the 2024 episode", "clinical/psychiatry-evaluation-2026-11-09.txt"),
        ("Current scores", "PHQ-9 23 and MADRS 33 on 11/09/2026", "clinical/psychiatry-evaluation-2026-11-09.txt"),
        ("CBT", "Cognitive behavioral therapy: 20 sessions", "clinical/therapy-summary-2026-10-02.txt"),
        ("IPT", "Interpersonal therapy: 12 sessions", "clinical/therapy-summary-2026-10-02.txt"),
        ("Therapist", "Nadia Sokolova-Peretz, LCSW", "clinical/therapy-summary-2026-10-02.txt"),
        ("Venlafaxine 2024", "remission; the effect was lost with relapse in 05/2026", "clinical/psychiatry-evaluation-2026-11-09.txt"),
        ("Venlafaxine 300", "venlafaxine XR raised to 300 mg daily 05/11/2026, 8 weeks: no response; continuing", "clinical/psychiatry-evaluation-2026-11-09.txt"),
        ("Bupropion", "bupropion XL 300 mg daily added 07/06/2026-09/14/2026 (10 weeks)", "clinical/psychiatry-evaluation-2026-11-09.txt"),
        ("Lithium level", "level 0.7 mmol/L on 09/08/2026", "clinical/psychiatry-evaluation-2026-11-09.txt"),
        ("Lithium stop", "stopped for tremor", "clinical/psychiatry-evaluation-2026-11-09.txt"),
        ("Suicidality", "No suicidal ideation", "clinical/psychiatry-evaluation-2026-11-09.txt"),
        ("Work", "unpaid medical leave since 09/28/2026", "clinical/psychiatry-evaluation-2026-11-09.txt"),
        ("Reviewer", "Augustin Feldmann-Rios, MD, emergency medicine", "denial/adverse-benefit-determination-2026-11-19.txt"),
        ("Criterion 3 words", "A course of evidence-based psychotherapy of at least 12 sessions", "denial/adverse-benefit-determination-2026-11-19.txt"),
        ("Advocate", "Gwendolyn Fairweather-Osei, patient advocate", "other/authorized-representative-form-2026-11-24.txt"),
        ("Window", "within 180 days after you receive this notice", "denial/adverse-benefit-determination-2026-11-19.txt"),
    ],
))

# ---------------------------------------------------------------- case 08
CASES.append(dict(
    n="08",
    slug="church-plan-self-funded-repeat-iv-ketamine-bipolar-ii-prior-course-remission-lasted-7-months-lamotrigine-300-tried-back-to-200-sertraline-hypomania-husband",
    npis={"NPI1": "145820739", "NPI2": "188403625"},
    yaml=r'''
# FICTIONAL CASE (set 75, case 08) - every person, plan, provider, number and address is invented.
# Self-funded church plan (not grandfathered), Indiana, 1,300 employees. A repeat course of IV ketamine for bipolar
# II depression denied under MP-KET-R2: "prior course did not produce a durable response" and "lamotrigine has not
# been optimized". Record: the 2025 course brought remission (MADRS 36 to 10) that lasted 7 months; the policy asks
# 3. Lamotrigine was raised to 300 mg for 8 weeks without benefit and returned to 200 mg (continuing). Sertraline
# brought hypomania in 2019. The husband writes, with her signed authorization.
patient:
  name: Annelise Okonkwo-Fairbanks
  salutation: Mrs. Okonkwo-Fairbanks
  date_of_birth: 1979-12-05
  member_id: FICT-CFM-44081927
  address: |-
    1207 Lafayette Avenue
    Fort Wayne, IN 46805
  phone: (260) 555-0113
insurer:
  name: Covenant Fellowship Ministries Health Plan (FICTIONAL)
  appeals_address: |-
    Covenant Fellowship Ministries Health Plan, Appeals Committee (FICTIONAL)
    PO Box 8812
    Indianapolis, IN 46208
  fax: (317) 555-0153
claim:
  number: CFM-PA-26-1118-33520
  plan_type: church
  funding: self_funded
  grandfathered: false
  employees: 1300
  notice_date: 2026-11-23
  action: none
  procedure_codes: ["96365", "J3490"]
  diagnosis_codes: [F31.81]
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  denial_reason: >-
    MP-KET-R2 (repeat course) is not met. The prior ketamine course did not produce a durable response: the member
    relapsed. Lamotrigine has not been optimized.
  reviewer:
    name: Dr. Bertrand Lindqvist-Ocampo
    specialty: neurology
  corrections:
    - said: The prior ketamine course did not produce a durable response
      record: >-
        The 2025 course brought remission (MADRS 36 on 02/03/2025 and 10 on 02/24/2025) and MADRS stayed at 12 or
        below through 09/30/2025, about 7 months; the policy asks for a response lasting at least 3 months.
      file: clinical/ketamine-course-summary-2025-10-06.txt
      page: 1
    - said: Lamotrigine has not been optimized.
      record: >-
        Lamotrigine was raised from 200 mg to 300 mg daily for 8 weeks (06/08/2026-08/03/2026) without further benefit
        and with dizziness, and returned to 200 mg daily, which continues.
      file: clinical/psychiatry-note-2026-11-16.txt
      page: 1
plan_policy:
  name: MP-KET-R2 Repeat Course of Intravenous Ketamine
  number: MP-KET-R2
  quote: >-
    A repeat course is medically necessary when: 1. A prior course produced a response (a reduction of 50% or more
    in MADRS) lasting at least 3 months. 2. Depression has returned (MADRS of 28 or more). 3. For bipolar depression,
    a mood stabilizer continues at a therapeutic dose.
  file: denial/denial-notice-2026-11-23.txt
payer_criteria:
  - criterion: 1. A prior course produced a response of 50% or more in MADRS lasting at least 3 months
    how_met: MADRS 36 to 10 (a 72% reduction); 12 or below through 09/30/2025, about 7 months
    met: true
    evidence: {file: clinical/ketamine-course-summary-2025-10-06.txt, page: 1}
  - criterion: 2. Depression has returned (MADRS 28 or more)
    how_met: MADRS 34 on 11/16/2026
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-16.txt, page: 1}
  - criterion: 3. For bipolar depression, a mood stabilizer continues at a therapeutic dose
    how_met: Lamotrigine 200 mg daily continues; 300 mg for 8 weeks gave no further benefit
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-16.txt, page: 1}
treatment:
  name: A repeat course of six intravenous ketamine infusions
  summary: A repeat course of IV ketamine for bipolar II depression, which remitted for about 7 months after the 2025 course.
  plan: Ketamine 0.5 mg/kg over 40 minutes, 6 infusions over 3 weeks; MADRS before infusions 1, 4 and 6; stop if MADRS has not fallen by 25% after 4; lamotrigine 200 mg continued.
  monitoring: Blood pressure, pulse oximetry and ECG during and 60 minutes after each infusion; screening for hypomania at each visit.
  alongside: lamotrigine 200 mg daily
clinical:
  severity: MADRS 34 on 11/16/2026
  severity_date: 2026-11-16
  suicidality: passive
  suicidality_date: 2026-11-16
  episode_onset: 2025-10
  history:
    - {drug: sertraline, dose: 100 mg daily, start: 2019-04-01, end: 2019-05-06, kind: antidepressant, adequate: false, outcome: hypomania after 5 weeks; stopped; antidepressants avoided since, evidence: {file: clinical/psychiatry-note-2026-11-16.txt, page: 1}}
    - {drug: lithium carbonate, dose: 900 mg daily, start: 2021-01-11, end: 2022-03-14, kind: augmentation, adequate: true, response: partial, outcome: partial response over 14 months; stopped for hypothyroidism and tremor, evidence: {file: clinical/psychiatry-note-2026-11-16.txt, page: 1}}
    - {drug: quetiapine, dose: 300 mg at bedtime, start: 2022-04-04, end: 2022-05-30, weeks: 8, kind: augmentation, adequate: true, response: partial, outcome: partial response; stopped for sedation and weight gain, evidence: {file: clinical/psychiatry-note-2026-11-16.txt, page: 1}}
    - {drug: lamotrigine, dose: 200 mg daily (300 mg 06/08/2026-08/03/2026), start: 2023-01-09, kind: augmentation, adequate: true, response: partial, outcome: continuing at 200 mg; 300 mg gave no further benefit and dizziness, evidence: {file: clinical/psychiatry-note-2026-11-16.txt, page: 1}}
    - {drug: lurasidone, dose: 60 mg daily, start: 2026-02-02, end: 2026-03-30, weeks: 8, kind: augmentation, adequate: true, failed: true, response: none, outcome: no response; stopped, evidence: {file: clinical/psychiatry-note-2026-11-16.txt, page: 1}}
    - {drug: IV ketamine (2025 course), dose: 0.5 mg/kg, 6 infusions, sessions: 6, start: 2025-02-03, end: 2025-02-21, kind: other, adequate: true, response: remission, outcome: MADRS 36 to 10; 12 or below through 09/30/2025, evidence: {file: clinical/ketamine-course-summary-2025-10-06.txt, page: 1}}
  exclusions: No psychosis; no substance use; no hypomania during or after the 2025 course; BP 122/78.
impact:
  daily_life: She has stopped teaching Sunday music classes and rarely leaves the house.
author:
  name: Gideon Fairbanks
  relation: representative
  role: Husband of the patient
  phone: (260) 555-0113
  email: gideon.fairbanks@mail.example
  authorization: other/authorization-2026-11-25.txt
provider:
  name: Dr. Helena Szabo-Mensah
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    7950 West Jefferson Boulevard, Suite 130
    Fort Wayne, IN 46804
  phone: (260) 555-0135
record_dates:
  - {file: clinical/psychiatry-note-2026-11-16.txt, date: 2026-11-16}
  - {file: clinical/ketamine-course-summary-2025-10-06.txt, date: 2025-10-06}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/denial-notice-2026-11-23.txt": r'''
COVENANT FELLOWSHIP MINISTRIES HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date of notice: 11/23/2026    Reference: CFM-PA-26-1118-33520
Member: Annelise Okonkwo-Fairbanks   Member ID: FICT-CFM-44081927
Service: intravenous ketamine (96365, J3490), repeat course of 6; diagnosis F31.81
Requested by: Helena Szabo-Mensah, MD (NPI {NPI1})
Decision: not approved. MP-KET-R2 (repeat course) is not met. The prior ketamine course did not produce a durable
response: the member relapsed. Lamotrigine has not been optimized.
Reviewer: Bertrand Lindqvist-Ocampo, MD, neurology.
MP-KET-R2: A repeat course is medically necessary when: 1. A prior course produced a response (a reduction of 50%
or more in MADRS) lasting at least 3 months. 2. Depression has returned (MADRS of 28 or more). 3. For bipolar
depression, a mood stabilizer continues at a therapeutic dose.
This plan is a church plan. You may appeal to the Appeals Committee within 180 days of receiving this notice.
''',
        "clinical/ketamine-course-summary-2025-10-06.txt": r'''
KETAMINE COURSE SUMMARY - Three Rivers Infusion Center (FICTIONAL)
Date: 10/06/2025   Patient: Annelise Okonkwo-Fairbanks   DOB: 12/05/1979
Course: 6 infusions of ketamine 0.5 mg/kg over 40 minutes, 02/03/2025-02/21/2025 (paid by the patient).
MADRS 36 on 02/03/2025 and 10 on 02/24/2025: remission.
Follow-up MADRS: 9 (04/2025), 11 (06/2025), 12 (09/30/2025). No hypomania during or after the course.
Infusion nurse: Marisela Quintanar-Boyd, RN. Supervising physician: Helena Szabo-Mensah, MD.
''',
        "clinical/psychiatry-note-2026-11-16.txt": r'''
PSYCHIATRY NOTE - Szabo-Mensah Psychiatry (FICTIONAL)
Date: 11/16/2026   Patient: Annelise Okonkwo-Fairbanks   DOB: 12/05/1979
Clinician: Helena Szabo-Mensah, MD, psychiatrist (NPI {NPI1})
Diagnosis: bipolar II disorder, current episode depressed (F31.81); this episode since late 10/2025.
MADRS 34 on 11/16/2026. Passive wish not to wake up; no plan, no intent. BP 122/78.
History:
- sertraline 100 mg in 2019: hypomania after 5 weeks; stopped; antidepressants avoided since.
- lithium 900 mg 01/2021-03/2022 (14 months): partial response; stopped for hypothyroidism and tremor.
- quetiapine 300 mg at bedtime for 8 weeks (2022): partial response; stopped for sedation and weight gain.
- lamotrigine 200 mg daily since 01/2023, continuing; raised to 300 mg daily 06/08/2026-08/03/2026 with no further
  benefit and with dizziness, so returned to 200 mg daily.
- lurasidone 60 mg daily for 8 weeks (02/2026-03/2026): no response.
- IV ketamine, 6 infusions in 02/2025: remission lasting about 7 months.
Her husband, Gideon Fairbanks, reports she has stopped teaching Sunday music classes and rarely leaves the house.
Plan: repeat course of 6 infusions; lamotrigine 200 mg daily continued.
''',
        "other/authorization-2026-11-25.txt": r'''
AUTHORIZATION TO APPEAL FOR ME
Date: 11/25/2026
I, Annelise Okonkwo-Fairbanks (member ID FICT-CFM-44081927), authorize my husband, Gideon Fairbanks, to appeal the
decision of 11/23/2026 (reference CFM-PA-26-1118-33520) for me and to receive my health information for it.
Signed: Annelise Okonkwo-Fairbanks
''',
    },
    truth=r'''
# FICTIONAL TRUTH FILE - 08 - church plan, repeat IV ketamine for bipolar II: 7 months of remission is the "durable response" the policy asks; lamotrigine was tried at 300 mg (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL). Today is 12/07/2026.

## What is true
- Mrs. Okonkwo-Fairbanks (46) has a **self-funded church plan** (not grandfathered; 1,300 employees). On 11/23/2026
  it denied a repeat course of 6 IV ketamine infusions under **MP-KET-R2**: "did not produce a durable response" and
  "lamotrigine has not been optimized". Reviewer: neurologist.
- 2025 course (02/03-02/21/2025, paid by the patient): **MADRS 36 to 10**, **12 or below through 09/30/2025**:
  about **7 months**; the policy asks for **3 months**. Relapse late 10/2025.
- **Lamotrigine 200 mg continuing**; **300 mg for 8 weeks** (06/08-08/03/2026) gave no further benefit and dizziness.
- Bipolar II: sertraline 2019 brought **hypomania** (antidepressants avoided since); lithium 14 months partial, stopped
  for hypothyroidism and tremor; quetiapine 300 mg 8 weeks partial, stopped for sedation/weight; lurasidone 60 mg 8
  weeks no response.
- Now: **MADRS 34 on 11/16/2026**; **passive** wish not to wake up, no plan or intent.
- The husband writes with her signed authorization (11/25/2026). Window: 180 days from receipt (26 CFR
  54.9815-2719, which reaches a non-grandfathered church plan); not ERISA.

## Deliberately unknown
- Whether 200 mg is "therapeutic" in the plan's view (the policy gives no dose; no lamotrigine level in the record).
- Whether the plan would count a course paid by the patient as a "prior course" (the policy does not say who paid).
- The date the notice was received.

## Traps
- "Relapsed" is true; "no durable response" is not: the response lasted ~7 months, more than the 3 the policy asks.
- Lamotrigine continues at 200 mg; it was not "stopped" and not "never raised".
- Sertraline is not a failed antidepressant trial: it caused hypomania (a reason antidepressants are avoided).
- Lithium: partial response over 14 months, stopped for side effects - not "failed at once", not "never tried".
- Ketamine for bipolar depression is off label; do not say "FDA-approved for bipolar depression".
- Passive only: no "active suicidal ideation".
- The infusion nurse (Marisela Quintanar-Boyd, RN) is not the prescriber; the husband is not a clinician; the letter
  speaks of "Mrs. Okonkwo-Fairbanks", not "I".
- Church plan: no ERISA citations (29 CFR 2560.503-1), no Labor Department complaint.

## Arguments a strong letter makes
1. Criterion 1 is met by the numbers: 72% reduction, lasting about 7 months against the 3 required.
2. Criterion 2 met (MADRS 34); criterion 3 met (lamotrigine 200 mg continues; 300 mg tried without benefit).
3. Other options are exhausted or unsafe: antidepressants caused hypomania; lithium, quetiapine, lurasidone tried.
4. A reviewer in psychiatry rather than neurology; the plan's own appeal procedures and external review under the
   rules for non-grandfathered church plans.

## What a letter must NOT say
- That the prior course "failed", or that there was "no relapse".
- That lamotrigine was stopped, or never raised above 200 mg.
- That she failed sertraline as an adequate antidepressant trial.
- That ketamine is approved for bipolar depression; that she has active suicidal ideation.
- ERISA citations; that Gideon Fairbanks is the patient or a clinician.
''',
    answers=[
        ("2025 MADRS", "MADRS 36 on 02/03/2025 and 10 on 02/24/2025: remission", "clinical/ketamine-course-summary-2025-10-06.txt"),
        ("Follow-up", "12 (09/30/2025)", "clinical/ketamine-course-summary-2025-10-06.txt"),
        ("Who paid", "paid by the patient", "clinical/ketamine-course-summary-2025-10-06.txt"),
        ("Policy length", "lasting at least 3 months", "denial/denial-notice-2026-11-23.txt"),
        ("Lamotrigine 300", "raised to 300 mg daily 06/08/2026-08/03/2026 with no further benefit and with dizziness", "clinical/psychiatry-note-2026-11-16.txt"),
        ("Lamotrigine now", "lamotrigine 200 mg daily since 01/2023, continuing", "clinical/psychiatry-note-2026-11-16.txt"),
        ("Sertraline", "hypomania after 5 weeks", "clinical/psychiatry-note-2026-11-16.txt"),
        ("Lithium", "lithium 900 mg 01/2021-03/2022 (14 months): partial response; stopped for hypothyroidism and tremor", "clinical/psychiatry-note-2026-11-16.txt"),
        ("Quetiapine", "quetiapine 300 mg at bedtime for 8 weeks (2022): partial response", "clinical/psychiatry-note-2026-11-16.txt"),
        ("Lurasidone", "lurasidone 60 mg daily for 8 weeks (02/2026-03/2026): no response", "clinical/psychiatry-note-2026-11-16.txt"),
        ("Current MADRS", "MADRS 34 on 11/16/2026", "clinical/psychiatry-note-2026-11-16.txt"),
        ("Suicidality", "Passive wish not to wake up; no plan, no intent", "clinical/psychiatry-note-2026-11-16.txt"),
        ("Nurse", "Marisela Quintanar-Boyd, RN", "clinical/ketamine-course-summary-2025-10-06.txt"),
        ("Reviewer", "Bertrand Lindqvist-Ocampo, MD, neurology", "denial/denial-notice-2026-11-23.txt"),
        ("Husband authorization", "authorize my husband, Gideon Fairbanks", "other/authorization-2026-11-25.txt"),
        ("Church plan", "This plan is a church plan", "denial/denial-notice-2026-11-23.txt"),
    ],
))


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


PHONE_ANY = re.compile(r"(?<![\d.-])(?:1-\d{3}-|\(\d{3}\) ?|\d{3}[-.])\d{3}-\d{4}(?!\d)")
PHONE_OK = re.compile(r"^(?:\(\d{3}\) 555-01\d\d|1-8\d\d-555-01\d\d)$")
BARE = re.compile(r"555-01\d\d")
FULL_BEFORE = re.compile(r"(?:\(\d{3}\) |1-8\d\d-)$")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+\.)+([a-z]+)", re.I)
WEB = re.compile(r"\b(?:www\.|https?://)([\w.-]+)", re.I)


def fill(text, case):
    for key, base in case.get("npis", {}).items():
        text = text.replace("{" + key + "}", npi(base))
    return text


def build(case, problems):
    n = case["n"]
    folder = os.path.join(HERE, f"{n}-{case['slug']}")
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    yml = fill(case["yaml"].lstrip("\n"), case)
    texts = {"case.yaml": yml}
    with open(os.path.join(folder, "case.yaml"), "w") as f:
        f.write(yml)
    for path, body in case["docs"].items():
        if not path.endswith(".txt") or path.split("/")[0] not in ("denial", "clinical", "other"):
            problems.append(f"{n}: bad document path {path}")
        full = HDR.format(n=n) + fill(body.strip("\n"), case) + FTR
        texts[path] = full
        os.makedirs(os.path.join(folder, os.path.dirname(path)), exist_ok=True)
        with open(os.path.join(folder, path), "w") as f:
            f.write(full)
    truth = fill(case["truth"].lstrip("\n"), case)
    texts["truth"] = truth
    with open(os.path.join(HERE, f"{n}-{case['slug']}.truth.md"), "w") as f:
        f.write(truth)
    # checks
    if "FICTIONAL" not in yml.splitlines()[0]:
        problems.append(f"{n}: case.yaml first line lacks FICTIONAL")
    if "FICTIONAL" not in truth.splitlines()[0]:
        problems.append(f"{n}: truth first line lacks FICTIONAL")
    pos = [truth.find(h) for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        problems.append(f"{n}: truth headings missing or out of order {pos}")
    try:
        data = YAML(typ="safe").load(io.StringIO(yml))
    except Exception as e:  # noqa
        problems.append(f"{n}: case.yaml does not parse: {e}")
        data = {}
    for name, t in texts.items():
        for m in PHONE_ANY.finditer(t):
            if not PHONE_OK.match(m.group(0)):
                problems.append(f"{n}: {name}: phone not allowed: {m.group(0)}")
        for m in BARE.finditer(t):
            if FULL_BEFORE.search(t[max(0, m.start() - 6):m.start()]):
                continue
            problems.append(f"{n}: {name}: bare 555-01xx: {t[max(0, m.start()-5):m.end()]}")
        for m in EMAIL.finditer(t):
            if m.group(2).lower() != "example":
                problems.append(f"{n}: {name}: e-mail not .example: {m.group(0)}")
        for m in WEB.finditer(t):
            if not m.group(1).lower().rstrip(".").endswith(".example"):
                problems.append(f"{n}: {name}: web not .example: {m.group(0)}")
        for m in re.finditer(r"NPI:? ?\"?(\d{10})", t, re.I):
            if not luhn_ok(m.group(1)):
                problems.append(f"{n}: {name}: NPI fails Luhn: {m.group(1)}")
    for path in case["docs"]:
        if path != "truth" and "FICTIONAL" not in texts[path].splitlines()[0]:
            problems.append(f"{n}: {path}: no FICTIONAL header")
    for m in re.finditer(r"\b((?:denial|clinical|other)/[\w.-]+\.txt)", yml):
        if m.group(1) not in case["docs"]:
            problems.append(f"{n}: case.yaml names missing file {m.group(1)}")
    if len(case["answers"]) != 16:
        problems.append(f"{n}: {len(case['answers'])} answers, not 16")
    for q, a, doc in case["answers"]:
        if doc not in texts:
            problems.append(f"{n}: answer doc {doc} unknown ({q})")
        elif norm(fill(a, case)) not in norm(texts[doc]):
            problems.append(f"{n}: answer not printed in {doc}: {q!r} -> {a!r}")
    return folder, data


def main(argv):
    check = "--check" in argv
    only = [a for a in argv if not a.startswith("-")]
    problems = []
    folders = []
    nanswers = 0
    for case in CASES:
        if only and case["n"] not in only:
            continue
        folder, _ = build(case, problems)
        folders.append(folder)
        nanswers += len(case["answers"])
    print(f"{len(folders)} cases, {nanswers} expected answers, {len(problems)} problems")
    for p in problems:
        print("PROBLEM", p)
    bad = bool(problems)
    if check:
        out = []
        for folder in folders:
            r = subprocess.run(["/work/main/.venv/bin/appeal-kit", "check", folder], capture_output=True, text=True)
            out.append(f"===== {os.path.basename(folder)}: exit {r.returncode}\n{r.stdout}{r.stderr}")
            print(f"check {os.path.basename(folder)[:40]}: exit {r.returncode}")
            if r.returncode != 0:
                bad = True
        name = "check-output.txt" if not only else "check-output-partial.txt"
        with open(os.path.join(HERE, name), "w") as f:
            f.write("FICTIONAL test set 75: output of appeal-kit check on each case folder\n\n" + "\n".join(out))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
