"""Set 33 case 04 (FICTIONAL): Marketplace plan, IV ketamine for CRPS, "no physical therapy trial"; external review."""

SLUG = "04-marketplace-ketamine-crps-no-pt-trial-said-external-review-patient"

CASE_YAML = r'''
# FICTIONAL CASE (set 33, case 04) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver plan, insured, Georgia. Lucinda Marrowby, 41, has CRPS type I of the right lower limb
# after an ankle fracture (11/2025). Her pain physician asked for a 5-day outpatient IV ketamine series; the plan
# denied it under policy PM-KET-31 criterion 2, "no physical therapy trial documented", and upheld the denial on
# internal appeal (10/29/2026). The record shows 16 PT visits. She asks for external review herself.
patient:
  name: Lucinda Marrowby
  salutation: Ms. Marrowby
  date_of_birth: 1985-08-23
  member_id: FICT-PCH-60418827
  address: |-
    72 Tattnall Row
    Savannah, GA 31401
  phone: (912) 555-0123
  email: lucinda.marrowby@mail.example
insurer:
  name: Peachtree Coastal Health Silver 2026 (Marketplace, FICTIONAL)
  appeals_address: |-
    Peachtree Coastal Health - Member Appeals (FICTIONAL)
    PO Box 8812
    Atlanta, GA 30303
  fax: (404) 555-0178
claim:
  number: PCH-UM-26-0909-55120
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-09-15
  setting: outpatient
  pending_services: [5 daily outpatient IV ketamine infusions]
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [G90.521]
  denial_reason: >-
    Not medically necessary under Medical Policy PM-KET-31, Ketamine Infusion for Complex Regional Pain Syndrome.
    Criterion 2 is not met: no physical therapy trial is documented.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  reviewer: {name: "Dr. Harlan Ostby", specialty: internal medicine}
decisions:
  - date: 2026-10-29
    outcome: denied
    stage: internal appeal (final)
    opens: external review
    next_deadline: 2027-02-28
    reason: >-
      Upheld. Criterion 2 requires at least 3 months of multimodal therapy including physical or occupational
      therapy. No physical therapy trial is documented in the records received.
    corrections:
      - said: No physical therapy trial is documented in the records received.
        record: >-
          Sixteen physical therapy visits 03/02/2026-06/12/2026 (graded motor imagery, desensitization, mirror
          therapy), ended by a discharge summary that records no lasting gain; the summary was sent with the appeal.
        file: clinical/physical-therapy-discharge-2026-06-12.txt
        page: 1
external_review:
  agency: State external review program for insured health plans, as named in the plan's final decision
  address: |-
    External Review Unit (address as printed in the 10/29/2026 decision; FICTIONAL)
    PO Box 50102
    Atlanta, GA 30302
  final_denial_date: 2026-10-29
plan_policy:
  name: Peachtree Coastal Health Medical Policy PM-KET-31, Ketamine Infusion for Complex Regional Pain Syndrome (2026)
  number: PM-KET-31
  quote: >-
    Outpatient intravenous ketamine infusion is medically necessary for complex regional pain syndrome when all are
    met: 1. CRPS meeting the Budapest clinical criteria; 2. at least 3 months of multimodal therapy, including
    physical or occupational therapy and trials of two drug classes (a gabapentinoid and a tricyclic antidepressant
    or SNRI), without adequate relief; 3. a sympathetic nerve block tried, or not appropriate; 4. no uncontrolled
    hypertension, psychosis or pregnancy.
  file: other/medical-policy-pm-ket-31-2026-excerpt.txt
payer_criteria:
  - criterion: 1. CRPS meeting the Budapest clinical criteria
    how_met: Budapest criteria met on 02/10/2026 and 09/01/2026 (allodynia, color and temperature change, edema)
    met: true
    evidence: {file: clinical/pain-clinic-note-2026-09-01.txt, page: 1}
  - criterion: 2. at least 3 months of multimodal therapy incl. physical or occupational therapy and two drug classes
    how_met: >-
      Physical therapy 03/02-06/12/2026 (16 visits); gabapentin 2,400 mg daily for 10 weeks without relief;
      duloxetine 60 mg daily since 04/2026 with a partial response (continued)
    met: true
    evidence:
      - {file: clinical/physical-therapy-discharge-2026-06-12.txt, page: 1}
      - {file: clinical/pain-clinic-note-2026-09-01.txt, page: 1}
  - criterion: 3. a sympathetic nerve block tried, or not appropriate
    how_met: Two lumbar sympathetic blocks (04/07 and 05/05/2026), relief for about 3 days each
    met: true
    evidence: {file: clinical/pain-clinic-note-2026-09-01.txt, page: 1}
  - criterion: 4. no uncontrolled hypertension, psychosis or pregnancy
    how_met: BP 122/78; no psychosis; negative pregnancy test 09/01/2026
    met: true
    evidence: {file: clinical/pain-clinic-note-2026-09-01.txt, page: 1}
treatment:
  name: Outpatient IV ketamine infusions for CRPS, 5 daily infusions (96365, 96366, J3490)
  summary: >-
    A 5-day outpatient ketamine infusion series for right lower-limb CRPS type I that has not responded to physical
    therapy, two drug classes and two sympathetic blocks.
  plan: >-
    Ketamine 0.35 mg/kg/hour over 4 hours daily for 5 consecutive days; continuous monitoring; reassess pain and
    function at 2 and 6 weeks; no further series without documented benefit.
  setting: Hospital outpatient infusion center with anesthesia coverage
  monitoring: Continuous pulse oximetry, ECG and blood pressure every 15 minutes during and 1 hour after each infusion
clinical:
  severity: NRS pain 8/10; unable to bear weight on the right foot for more than 10 minutes (09/01/2026)
  severity_date: 2026-09-01
  suicidality: none
  suicidality_date: 2026-09-01
  exclusions: No uncontrolled hypertension, no psychosis, not pregnant, no active substance use
  history:
    - drug: Physical therapy (graded motor imagery, desensitization, mirror therapy)
      dose: 16 visits
      start: 2026-03-02
      end: 2026-06-12
      kind: other
      sessions: 16
      adequate: true
      failed: true
      outcome: No lasting gain in pain or weight bearing at discharge
      evidence: {file: clinical/physical-therapy-discharge-2026-06-12.txt, page: 1}
    - drug: Gabapentin
      dose: 2,400 mg daily
      start: 2026-01-05
      end: 2026-03-20
      weeks: 10
      adequate: true
      failed: true
      outcome: No meaningful relief after 10 weeks at 2,400 mg; tapered off
      evidence: {file: clinical/pain-clinic-note-2026-09-01.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2026-04
      ongoing: true
      adequate: true
      response: partial
      outcome: Partial response (mood and sleep better, pain unchanged); continued
      evidence: {file: clinical/pain-clinic-note-2026-09-01.txt, page: 1}
    - drug: Pregabalin
      dose: 150 mg daily
      start: 2025-12-08
      end: 2025-12-29
      weeks: 3
      adequate: false
      outcome: Stopped after 3 weeks for dizziness and a fall (intolerance)
      evidence: {file: clinical/pain-clinic-note-2026-09-01.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 mg at bedtime for sleep
      start: 2026-06
      ongoing: true
      kind: other
      outcome: Sleep dose only; not a tricyclic trial for pain
      evidence: {file: clinical/pain-clinic-note-2026-09-01.txt, page: 1}
    - drug: Lumbar sympathetic blocks
      dose: 2 blocks (04/07 and 05/05/2026)
      start: 2026-04-07
      end: 2026-05-05
      kind: other
      failed: true
      outcome: Relief for about 3 days after each; no lasting benefit
      evidence: {file: clinical/pain-clinic-note-2026-09-01.txt, page: 1}
impact:
  work: On unpaid leave from her job as a dental hygienist since 02/2026
  daily_life: Uses a knee scooter; cannot drive; cannot wear a shoe on the right foot
author:
  name: Lucinda Marrowby
  role: The member (patient)
  relation: patient
  address: |-
    72 Tattnall Row
    Savannah, GA 31401
  phone: (912) 555-0123
  email: lucinda.marrowby@mail.example
provider:
  name: Dr. Benedikt Oyelaran-Fisk
  credentials: MD, anesthesiology and pain medicine
  npi: "1629550132"
  address: |-
    Low Country Pain and Infusion Center (FICTIONAL), 4 Abercorn Commons
    Savannah, GA 31405
  phone: (912) 555-0135
record_dates:
  - file: clinical/pain-clinic-note-2026-09-01.txt
    date: 2026-09-01
  - file: clinical/physical-therapy-discharge-2026-06-12.txt
    date: 2026-06-12
template: external-review-request
copies: [prescriber]
bates_prefix: MARROWBY
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/prior-authorization-denial-2026-09-15.txt": r'''
PEACHTREE COASTAL HEALTH (FICTIONAL) - PRIOR AUTHORIZATION DECISION                       Date: 09/15/2026
Member: Lucinda Marrowby   ID FICT-PCH-60418827   Reference PCH-UM-26-0909-55120
Requested by Dr. Benedikt Oyelaran-Fisk: IV ketamine infusions, 5 days (96365, 96366, J3490), G90.521.
Decision: Denied. Not medically necessary under Medical Policy PM-KET-31, Ketamine Infusion for Complex Regional
Pain Syndrome. Criterion 2 is not met: no physical therapy trial is documented. Reviewer: Dr. Harlan Ostby,
internal medicine. You may appeal within 180 days of receiving this notice.
''',
    "denial/final-internal-appeal-decision-2026-10-29.txt": r'''
PEACHTREE COASTAL HEALTH (FICTIONAL) - FINAL INTERNAL APPEAL DECISION                     Date: 10/29/2026
Member: Lucinda Marrowby   Reference PCH-UM-26-0909-55120
Decision: Upheld. Criterion 2 requires at least 3 months of multimodal therapy including physical or occupational
therapy. No physical therapy trial is documented in the records received.
This is our final internal decision. You may ask for an external review by an independent review organization
within 4 months of receiving this letter: External Review Unit, PO Box 50102, Atlanta, GA 30302 (FICTIONAL).
''',
    "clinical/physical-therapy-discharge-2026-06-12.txt": r'''
RIVERWALK PHYSICAL THERAPY (FICTIONAL) - DISCHARGE SUMMARY                                Date: 06/12/2026
Patient: Lucinda Marrowby   DOB 08/23/1985   Referring: Dr. Benedikt Oyelaran-Fisk   Page 1 of 1
Diagnosis: CRPS type I, right lower limb (G90.521).
Visits: 16, from 03/02/2026 to 06/12/2026: graded motor imagery, desensitization, mirror therapy, home program.
Outcome: pain 8/10 at start and 8/10 at discharge; standing tolerance 10 minutes at start and at discharge; no
lasting gain. Discharged to a home program; further PT not expected to help at this time.
''',
    "clinical/pain-clinic-note-2026-09-01.txt": r'''
LOW COUNTRY PAIN AND INFUSION CENTER (FICTIONAL) - CLINIC NOTE                            Date: 09/01/2026
Patient: Lucinda Marrowby   DOB 08/23/1985   Physician: Dr. Benedikt Oyelaran-Fisk, MD (NPI 1629550132)
Page 1 of 1
CRPS type I, right lower limb, after an ankle fracture 11/2025. Budapest criteria met (02/10 and 09/01/2026).
NRS 8/10; cannot bear weight more than 10 minutes. Physical therapy 03-06/2026, 16 visits, no lasting gain.
Medicines: pregabalin 150 mg daily 12/08-12/29/2025, stopped for dizziness and a fall; gabapentin 2,400 mg daily
01/05-03/20/2026 (10 weeks), no meaningful relief; duloxetine 60 mg daily since 04/2026, partial response (mood,
sleep), continued; amitriptyline 10 mg at bedtime for sleep since 06/2026.
Lumbar sympathetic blocks 04/07 and 05/05/2026: relief about 3 days each.
BP 122/78. No psychosis; no suicidal ideation; pregnancy test negative. Plan: request 5-day ketamine series.
''',
    "other/medical-policy-pm-ket-31-2026-excerpt.txt": r'''
PEACHTREE COASTAL HEALTH (FICTIONAL) - MEDICAL POLICY PM-KET-31 (effective 01/01/2026; excerpt)     Page 1 of 6
Outpatient intravenous ketamine infusion is medically necessary for complex regional pain syndrome when all are met:
1. CRPS meeting the Budapest clinical criteria; 2. at least 3 months of multimodal therapy, including physical or
occupational therapy and trials of two drug classes (a gabapentinoid and a tricyclic antidepressant or SNRI),
without adequate relief; 3. a sympathetic nerve block tried, or not appropriate; 4. no uncontrolled hypertension,
psychosis or pregnancy.
''',
    "other/medical-policy-pm-ket-31-2025-stale.txt": r'''
PEACHTREE COASTAL HEALTH (FICTIONAL) - MEDICAL POLICY PM-KET-31 (effective 01/01/2025; replaced 01/01/2026)
Criterion 2 (2025 wording): "at least 6 months of physical therapy".
''',
    "other/infusion-center-scheduling-sheet.txt": r'''
LOW COUNTRY PAIN AND INFUSION CENTER (FICTIONAL) - PENDING AUTHORIZATIONS, week of 09/14/2026
1. Marrowby, L. - ketamine series x5 - Peachtree Coastal - DENIED 09/15, appeal pending
2. Delacroix-Hume, P. - ketamine series x5 - Magnolia Health Plan - approved 09/10 (other patient)
''',
}

TRUTH = r'''
# 04 - Marketplace Silver plan: IV ketamine for CRPS denied for "no physical therapy trial"; external review asked by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Lucinda Marrowby, 41, Savannah, GA, has an **individual Marketplace Silver plan** (insured). **CRPS type I, right
  lower limb (G90.521)** after an ankle fracture in 11/2025.
- Her pain physician asked for a **5-day outpatient IV ketamine series**; denied **09/15/2026** under **PM-KET-31
  criterion 2** ("no physical therapy trial is documented"); the **final internal appeal decision of 10/29/2026**
  upheld it with the same words. The first reviewer was in internal medicine; the final decision names no reviewer.
- The record: **16 PT visits 03/02-06/12/2026** (discharge summary: no lasting gain); **gabapentin 2,400 mg 10 weeks**
  (no relief); **duloxetine 60 mg since 04/2026, partial response, continued** (an SNRI); **two lumbar sympathetic
  blocks** (about 3 days of relief each). All four PM-KET-31 (2026) criteria are met.
- **Rule and stage:** external review after the final internal denial, 45 CFR 147.136 (individual coverage;
  (c) state process for an insured plan where it meets the standards); **4 months from receipt of the final
  decision: by 02/28/2027** (counted from 10/29/2026); an independent reviewer decides de novo; expedited review
  exists only if waiting would seriously jeopardize her life, health or ability to regain maximum function.
- **Author:** the patient herself: "I", "my".

## Deliberately unknown
- Whether Georgia runs its own external review or uses the federal process: the case gives only the decision's
  fictional address; a letter should follow the decision's instructions, not name a real agency.
- Whether the ketamine series will help: evidence is moderate; the letter must not promise relief.
- Cost of the series: not given.

## Traps
- **A decision's stated fact the record contradicts:** "No physical therapy trial is documented" against the PT
  discharge summary (16 visits).
- **Drugs:** duloxetine continues with a partial response - never "failed" or "stopped"; it is the SNRI trial;
  **pregabalin** was stopped after 3 weeks for dizziness and a fall (intolerance, not an adequate trial);
  **amitriptyline 10 mg** is a sleep dose, **not** the tricyclic trial; gabapentin is the gabapentinoid trial.
- **Stale document:** the 2025 policy ("at least 6 months of physical therapy") was replaced 01/01/2026; the 2026
  criterion asks 3 months of multimodal therapy including PT or OT.
- **Other patient on a document:** line 2 of the scheduling sheet (Delacroix-Hume, another plan).
- **Pain, not depression:** no depression letter, no Spravato, no antidepressant-trial count for TRD, no ECT as an
  alternative; no suicidality (none recorded).
- **Wrong law:** no ERISA claims rule as governing (individual plan: 45 CFR 147.136(b)(3) adopts its procedures),
  no 29 CFR 2590.715-2719 (self-funded rule), no Medicare/Medicaid.
- **Voice:** "I" - never "Ms. Marrowby has failed ...".

## Arguments a strong letter makes (strongest first)
1. **Criterion 2 is met**: 16 physical therapy visits 03/02-06/12/2026 without lasting gain (PT discharge summary),
   within more than 3 months of multimodal therapy with a gabapentinoid (gabapentin 2,400 mg, 10 weeks, no relief)
   and an SNRI (duloxetine 60 mg since 04/2026, partial response, continued); both decisions' "no physical therapy
   trial is documented" is contradicted by the enclosed record.
2. Criteria 1, 3 and 4 are met, each with its record (Budapest criteria; two sympathetic blocks; no contraindication).
3. The first reviewer was an internist; ask that the independent review include a pain medicine physician, and decide
   on the whole record, de novo.
4. What the illness has cost: unpaid leave since 02/2026, cannot drive or bear weight more than 10 minutes.

## What a letter must NOT say
- "failed duloxetine", "stopped duloxetine"; amitriptyline as the tricyclic trial; "failed pregabalin" as an adequate
  trial; "6 months of physical therapy" as the criterion.
- "treatment-resistant depression", "Spravato", "suicidal"; "Delacroix-Hume".
- "29 CFR 2590.715-2719", "ERISA plan", "Medicaid", "Medicare"; a named real state agency not in the decision.
- "Ms. Marrowby" as the signer's self-reference; "will cure" / promises of relief.
'''

ANSWERS = [
    ("denial/prior-authorization-denial-2026-09-15.txt", "Criterion 2 is not met: no physical therapy trial is documented"),
    ("denial/prior-authorization-denial-2026-09-15.txt", "Dr. Harlan Ostby, internal medicine"),
    ("denial/final-internal-appeal-decision-2026-10-29.txt", "No physical therapy trial is documented in the records received"),
    ("denial/final-internal-appeal-decision-2026-10-29.txt", "within 4 months of receiving this letter"),
    ("clinical/physical-therapy-discharge-2026-06-12.txt", "Visits: 16, from 03/02/2026 to 06/12/2026"),
    ("clinical/physical-therapy-discharge-2026-06-12.txt", "no lasting gain"),
    ("clinical/pain-clinic-note-2026-09-01.txt", "duloxetine 60 mg daily since 04/2026, partial response (mood, sleep), continued"),
    ("clinical/pain-clinic-note-2026-09-01.txt", "amitriptyline 10 mg at bedtime for sleep"),
    ("clinical/pain-clinic-note-2026-09-01.txt", "stopped for dizziness and a fall"),
    ("clinical/pain-clinic-note-2026-09-01.txt", "relief about 3 days each"),
    ("other/medical-policy-pm-ket-31-2025-stale.txt", "at least 6 months of physical therapy"),
    ("other/medical-policy-pm-ket-31-2026-excerpt.txt", "including physical or occupational therapy"),
    ("other/infusion-center-scheduling-sheet.txt", "Delacroix-Hume"),
    ("case.yaml", "final_denial_date: 2026-10-29"),
    ("truth", "by 02/28/2027"),
    ("truth", "45 CFR 147.136"),
]
