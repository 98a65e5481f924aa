"""Cases 01-04 of letter-review set 9 - ALL FICTIONAL (people, plans, clinics, numbers, cities)."""

# ---------------------------------------------------------------------------------------------
C01_YAML = r'''
# FICTIONAL CASE (set 9, case 01) - every person, plan, number and address is invented.
# Short-term limited-duration (STLDI) policy: IV ketamine claims denied under its pre-existing-condition
# exclusion. The patient writes the first appeal himself. `short_term` (entered as `unknown` when the set was
# written, before the tool had a type for STLDI).
patient:
  name: Tobias Renn Akerley
  salutation: Mr. Akerley
  date_of_birth: February 17, 1985
  member_id: PMS-FICT-24-771903
  address: |-
    88 Quarry Ridge Lane
    Harlow Bend, TN 37198
  phone: (615) 555-0131
  email: t.akerley@mailbox.example
insurer:
  name: Palisade Mutual Life Insurance Company - Keystone Bridge Short-Term Medical (FICTIONAL)
  appeals_address: |-
    Palisade Mutual, Attn: Claim Review Unit
    PO Box 40417
    Cedar Knoll, TN 37011
  fax: (615) 555-0144
claim:
  number: PM-STM-26-0094417
  plan_type: short_term
  funding: insured
  state: TN
  notice_date: October 9, 2026
  service_dates: [2026-07-06, 2026-07-09, 2026-07-13, 2026-07-16, 2026-07-20, 2026-07-23]
  procedure_codes: [96365, J3490]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Benefits are denied under the Pre-Existing Condition Limitation (Policy Section 6.2). Our review of pharmacy
    and medical records shows treatment for depression within the look-back period before your coverage effective
    date of 08/01/2024, including a prescription for trazodone filled 03/11/2024.
  denial_category: not_covered
  action: none
  appeal_deadline: December 8, 2026
  deadline_basis: >-
    Stated in the notice: "You may request an appeal within 60 days of the date of this letter."
plan_policy:
  name: Policy Form PM-STM-2024, Section 6.2 Pre-Existing Condition Limitation
  quote: >-
    No benefits are payable for any Pre-Existing Condition. Pre-Existing Condition means an illness, injury or
    condition for which a Covered Person received medical treatment, consultation, diagnostic testing or
    prescribed drugs, or for which a reasonably prudent person would have sought such care, during the 12 months
    immediately before the Covered Person's Effective Date.
  file: other/policy-schedule-and-section-6-excerpt.txt
  other_terms: >-
    Section 1.9: "Effective Date means the date shown on the Schedule of Benefits on which coverage under this
    Policy begins for a Covered Person." Schedule of Benefits: "Effective Date: 08/15/2024"; "Renewal does not
    change the Effective Date."
  exclusion:
    name: Section 6.2 Pre-Existing Condition Limitation
    reaches: false
    why: >-
      The look-back runs from August 15, 2024 (the Schedule's Effective Date), so it covers August 15, 2023
      through August 14, 2024. No depression care was given in that window: the last psychiatric visit was
      August 9, 2023 (remission, discharged), and the trazodone filled March 11, 2024 was prescribed by urgent care
      for insomnia caused by a wrist fracture, with a PHQ-2 of 0 and no depressive symptoms.
    file: clinical/urgent-care-visit-2024-03-08.txt
treatment:
  name: IV ketamine infusions
  plural: true
  summary: >-
    Six intravenous ketamine infusions (0.5 mg/kg over 40 minutes) for a severe recurrent depressive episode that
    two antidepressants and a course of CBT had not relieved.
  setting: Cumberland Ridge Ketamine and Wellness, an outpatient infusion clinic (FICTIONAL)
  monitoring: continuous pulse oximetry and blood pressure every 15 minutes, 60 minutes of recovery
author:
  name: Tobias Renn Akerley
  relation: patient
  address: |-
    88 Quarry Ridge Lane
    Harlow Bend, TN 37198
  phone: (615) 555-0131
  email: t.akerley@mailbox.example
provider:
  name: Selah Moravec
  credentials: MD, anesthesiologist
  npi: "1497758213"
  phone: (615) 555-0139
  address: |-
    Cumberland Ridge Ketamine and Wellness, 310 Millrace Road, Suite 4
    Harlow Bend, TN 37198
clinical:
  episode_onset: November 2025
  severity: PHQ-9 22 and MADRS 33 on June 24, 2026 (before the infusions); MADRS 14 on July 27, 2026
  severity_date: 2026-07-27
  suicidality: passive
  suicidality_date: 2026-06-24
  history:
    - drug: Sertraline
      dose: 50 to 150 mg daily
      start: 2022-10
      end: 2023-06
      outcome: Remission in the 2022-2023 episode; tapered off in June 2023
      response: remission
      evidence: {file: clinical/psychiatry-discharge-summary-2023-08-09.txt, page: 1}
    - drug: Trazodone (urgent care, for insomnia after a wrist fracture)
      kind: other
      dose: 50 mg at bedtime, 30 tablets
      start: 2024-03-08
      end: 2024-04
      outcome: Sleep aid for pain-related insomnia; PHQ-2 0, no depressive symptoms; not a depression treatment
      adequate: false
      evidence: {file: clinical/urgent-care-visit-2024-03-08.txt, page: 1}
    - drug: Bupropion XL
      dose: 150 mg, then 300 mg daily
      start: 2025-12-01
      end: 2026-02-16
      outcome: No response after 11 weeks
      response: none
      evidence: {file: clinical/ketamine-clinic-and-psychiatry-records-2026.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 75 to 225 mg daily
      start: 2026-02-23
      end: 2026-06-15
      outcome: Partial response only at 225 mg after 16 weeks
      response: partial
      evidence: {file: clinical/ketamine-clinic-and-psychiatry-records-2026.txt, page: 1}
    - drug: Cognitive behavioral therapy
      kind: psychotherapy
      dose: 12 weekly sessions
      sessions: 12
      adequate: true
      start: 2026-01
      end: 2026-04
      outcome: Completed; partial benefit only
      response: partial
      evidence: {file: clinical/ketamine-clinic-and-psychiatry-records-2026.txt, page: 1}
  response: MADRS 33 before the first infusion (June 24, 2026) and 14 after the sixth (July 27, 2026)
record_dates:
  - {file: clinical/psychiatry-discharge-summary-2023-08-09.txt, date: 2023-08-09}
  - {file: clinical/urgent-care-visit-2024-03-08.txt, date: 2024-03-08}
bates_prefix: AKERLEY
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

C01_DOCS = {
"denial/claim-determination-letter-2026-10-09.txt": r'''
PALISADE MUTUAL LIFE INSURANCE COMPANY (FICTIONAL)
Keystone Bridge Short-Term Medical - Claim Review Unit
PO Box 40417, Cedar Knoll, TN 37011   Fax (615) 555-0144

October 9, 2026

TOBIAS R AKERLEY
88 QUARRY RIDGE LN
HARLOW BEND TN 37198

Re: Claim PM-STM-26-0094417     Insured ID: PMS-FICT-24-771903     Policy Form PM-STM-2024

Dear Mr. Akerley:

We have completed our review of the claims listed below.

  Provider: Cumberland Ridge Ketamine and Wellness
  Dates of service    Code     Billed     Allowed   Paid   Remark
  07/06/2026          96365    $450.00    $0.00     $0.00  PX6
  07/06/2026          J3490    $200.00    $0.00     $0.00  PX6
  (five further dates 07/09, 07/13, 07/16, 07/20, 07/23/2026 - same codes and amounts)
  Total billed $3,900.00        Total paid $0.00

PX6 - Benefits are denied under the Pre-Existing Condition Limitation (Policy Section 6.2). Our review of pharmacy
and medical records shows treatment for depression within the look-back period before your coverage effective
date of 08/01/2024, including a prescription for trazodone filled 03/11/2024.

This policy is short-term, limited-duration coverage. It is not required to meet certain federal requirements for
health insurance, including those of the Affordable Care Act.

APPEALS: You may request an appeal within 60 days of the date of this letter. Send your written request and any
records you want considered to the address above. The appeal will be reviewed by a person who did not make this
decision. You may also contact the Tennessee Department of Commerce and Insurance.

Palisade Mutual Claim Review Unit
''',
"other/policy-schedule-and-section-6-excerpt.txt": r'''
KEYSTONE BRIDGE SHORT-TERM MEDICAL - POLICY FORM PM-STM-2024 (FICTIONAL) - EXCERPTS

SCHEDULE OF BENEFITS
  Insured: Tobias R. Akerley        ID: PMS-FICT-24-771903
  Application signed: 08/01/2024
  Effective Date: 08/15/2024
  Initial Term: 08/15/2024 - 08/14/2025
  Renewal Term 2: 08/15/2025 - 08/14/2026    Renewal Term 3: 08/15/2026 - 08/14/2027
  Renewal does not change the Effective Date.
  (Policy issued before September 1, 2024.)

SECTION 1 - DEFINITIONS
1.9 Effective Date means the date shown on the Schedule of Benefits on which coverage under this Policy begins
for a Covered Person.

SECTION 6 - LIMITATIONS
6.2 Pre-Existing Condition Limitation. No benefits are payable for any Pre-Existing Condition. Pre-Existing
Condition means an illness, injury or condition for which a Covered Person received medical treatment,
consultation, diagnostic testing or prescribed drugs, or for which a reasonably prudent person would have sought
such care, during the 12 months immediately before the Covered Person's Effective Date.

SECTION 9 - CLAIM APPEALS
9.1 You may appeal a denied claim in writing within 60 days of the date of our decision. We will decide the
appeal within 30 days of receiving it.
''',
"clinical/psychiatry-discharge-summary-2023-08-09.txt": r'''
LAUREL FORK BEHAVIORAL HEALTH (FICTIONAL)
OUTPATIENT DISCHARGE SUMMARY
Patient: Akerley, Tobias R.     DOB 02/17/1985     Date of visit: 08/09/2023
Clinician: Anton Gebremedhin, MD (psychiatry)

Diagnosis: Major depressive disorder, single episode (2022-2023), in full remission.
Course: Started sertraline 10/2022, titrated to 150 mg. Remission by 02/2023. Tapered and stopped 06/2023 without
relapse. PHQ-9 today: 3. No suicidal ideation. No medications.
Plan: Discharged from care. Return if symptoms recur. No follow-up scheduled.
''',
"clinical/urgent-care-visit-2024-03-08.txt": r'''
RIVERGATE URGENT CARE (FICTIONAL)
Visit date: 03/08/2024     Patient: Tobias Akerley     DOB 02/17/1985

Chief complaint: cannot sleep since fall on 03/02/2024; right distal radius fracture splinted by orthopedics.
Assessment: 1) Insomnia due to pain from right wrist fracture. 2) Right distal radius fracture, follow-up ortho.
Screening: PHQ-2: 0. Denies low mood or loss of interest. No depressive symptoms.
Plan: trazodone 50 mg at bedtime as needed for sleep, #30, no refills. Acetaminophen for pain.

PHARMACY FILL RECORD (attached by patient): trazodone 50 mg #30, filled 03/11/2024, no refills requested.
''',
"clinical/ketamine-clinic-and-psychiatry-records-2026.txt": r'''
CUMBERLAND RIDGE KETAMINE AND WELLNESS (FICTIONAL) - with psychiatry notes of Anton Gebremedhin, MD

Psychiatry intake 12/01/2025: recurrence of major depression since November 2025 (new job loss), first since the
2022-2023 episode. PHQ-9 19. Start bupropion XL 150 mg -> 300 mg.
02/16/2026: no response after 11 weeks of bupropion. Switch to venlafaxine XR, titrate to 225 mg (from 02/23/2026).
CBT: 12 weekly sessions, January to April 2026, completed; partial benefit.
06/15/2026: venlafaxine 225 mg - partial response only after 16 weeks. Referred for IV ketamine.
06/24/2026 (ketamine consult): PHQ-9 22, MADRS 33. Passive thoughts of death, no plan, no intent; C-SSRS
ideation type 1 only. BP 128/82. No psychosis, no substance use disorder.
Infusions: 07/06, 07/09, 07/13, 07/16, 07/20, 07/23/2026, ketamine 0.5 mg/kg over 40 min, continuous SpO2 and BP
q15 min, 60 min recovery. No adverse events.
07/27/2026: MADRS 14. No suicidal ideation.
''',
}

C01_TRUTH = r'''
# 01 - Short-term limited-duration policy: IV ketamine denied as a pre-existing condition; the patient appeals himself (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Tobias Akerley, 41, holds a **short-term limited-duration** policy (Palisade Mutual "Keystone Bridge", policy
  form PM-STM-2024, issued before September 1, 2024, renewed). Six IV ketamine infusions (96365 + J3490,
  2026-07-06 to 2026-07-23) were denied on 2026-10-09 under **Section 6.2, Pre-Existing Condition Limitation**.
- The look-back is "the 12 months immediately before the Covered Person's **Effective Date**", and section 1.9
  defines the Effective Date as **the date on the Schedule of Benefits: 08/15/2024**. The notice uses
  **08/01/2024**, which is the application date. The look-back is therefore 2023-08-15 to 2024-08-14.
- No depression care was given in that window. The last psychiatric visit was **08/09/2023** (in remission,
  PHQ-9 3, no medication, discharged). The **trazodone 50 mg** filled 03/11/2024 was an urgent-care sleep aid for
  insomnia after a **wrist fracture** ("PHQ-2: 0", "No depressive symptoms").
- The current episode began in **November 2025**, well after the Effective Date. In that episode bupropion XL
  (11 weeks, no response) and venlafaxine XR 225 mg (16 weeks, partial) failed, and 12 sessions of CBT gave
  partial benefit. MADRS went from 33 to 14.
- The notice's own window governs: **60 days from the date of the letter, so 2026-12-08**, four days after
  today. Section 9.1 says the plan decides within 30 days.
- The author is the patient, so the letter speaks as "I".
- STLDI is not "individual health insurance coverage" (45 CFR 144.103), so neither 45 CFR 147.136 nor parity
  (MHPAEA) applies. State law (Tennessee) governs. The case uses `plan_type: short_term` (written as `unknown`
  before appeal-kit had a type for STLDI).

## Deliberately unknown
- Whether Tennessee law gives this policy an external review. Do not promise one; the letter may ask the
  insurer to say what further review state law gives.
- Whether the insurer will argue the "reasonably prudent person" clause. The records show remission and no
  symptoms in the window, but nothing more.
- The exact fill date of the 2023 sertraline taper. The records say "06/2023" only.

## Traps
- **Conflicting effective dates.** 08/01/2024 (notice, application) against 08/15/2024 (Schedule, the defined
  term). Counted from 08/01, the look-back would reach back to 2023-08-01 and take in the 08/09/2023 discharge
  visit. A letter that uses 08/01/2024 concedes the point. It must use 08/15/2024.
- **Sleep-dose drug.** The trazodone is the plan's only evidence; it is a 50 mg hypnotic for pain-related
  insomnia. It is not an antidepressant trial and not depression treatment, so it must not be counted or
  called one.
- **Negation.** "Denies low mood", "No depressive symptoms", "PHQ-2: 0" must not turn into depressive symptoms
  in 2024.
- **Earlier episode.** Sertraline (2022-2023) brought remission. It is not a failed trial.
- **Psychotherapy.** CBT is a psychotherapy course. It is not a medication trial.
- **Suicidality** was passive on 2026-06-24, more than 90 days ago, and none on 2026-07-27. The letter may give it
  as history with its date, never as a present risk.
- **Wrong law.** Do not cite ERISA, 45 CFR 147.136, external review under federal law, parity (MHPAEA), or
  the ACA ban on pre-existing-condition exclusions: that ban does not reach STLDI, and the notice says so.
- Medical necessity was not questioned. The letter must not answer this as a medical-judgment denial: no
  "clinical reviewer" or peer-to-peer request built on a medical-necessity reason. It may state the response
  briefly.

## Arguments a strong letter makes
1. The exclusion does not reach this care. Measured from the Effective Date the policy defines (08/15/2024,
   Schedule and section 1.9), the look-back is 2023-08-15 to 2024-08-14. It holds no care for depression. The
   notice's 08/01/2024 is the application date.
2. The trazodone was prescribed for insomnia after a wrist fracture, with PHQ-2 0 and no depressive symptoms
   (urgent-care note). It was not treatment for depression. The last depression visit was 08/09/2023, in
   remission, before the window.
3. The current episode began in November 2025, after coverage began. Pay the six infusions. Also ask for the
   records the insurer relied on and for the reviewer's name, and ask what further review Tennessee law gives
   (plain words, no federal citation).

## What a letter must NOT say
- "effective date of August 1, 2024" as the policy's date; "treated for depression in March 2024";
  "trazodone trial"; "failed trazodone"; "sertraline failed".
- "45 CFR 147.136", "29 CFR 2560.503-1", "ERISA", "MHPAEA"/"parity", "the ACA prohibits pre-existing
  condition exclusions" (for this policy), "external review is available" as a right.
- "not medically necessary" as the denial's ground, "current suicidal ideation".
- "The policy's exclusion does not mention ketamine" as if that were the point. The exclusion turns on
  timing, not on the treatment.
'''

C01_CHECKS = [
    ("denial/claim-determination-letter-2026-10-09.txt", "coverage effective date of 08/01/2024"),
    ("denial/claim-determination-letter-2026-10-09.txt", "trazodone filled 03/11/2024"),
    ("denial/claim-determination-letter-2026-10-09.txt", "within 60 days of the date of this letter"),
    ("other/policy-schedule-and-section-6-excerpt.txt", "Effective Date: 08/15/2024"),
    ("other/policy-schedule-and-section-6-excerpt.txt", "Application signed: 08/01/2024"),
    ("other/policy-schedule-and-section-6-excerpt.txt", "during the 12 months immediately before the Covered Person's Effective Date"),
    ("other/policy-schedule-and-section-6-excerpt.txt", "Renewal does not change the Effective Date."),
    ("clinical/psychiatry-discharge-summary-2023-08-09.txt", "Date of visit: 08/09/2023"),
    ("clinical/psychiatry-discharge-summary-2023-08-09.txt", "in full remission"),
    ("clinical/urgent-care-visit-2024-03-08.txt", "Insomnia due to pain from right wrist fracture"),
    ("clinical/urgent-care-visit-2024-03-08.txt", "PHQ-2: 0"),
    ("clinical/urgent-care-visit-2024-03-08.txt", "No depressive symptoms."),
    ("clinical/ketamine-clinic-and-psychiatry-records-2026.txt", "recurrence of major depression since November 2025"),
    ("clinical/ketamine-clinic-and-psychiatry-records-2026.txt", "07/27/2026: MADRS 14"),
]

# ---------------------------------------------------------------------------------------------
C02_YAML = r'''
# FICTIONAL CASE (set 9, case 02) - every person, plan, number and address is invented.
# Medicare Advantage HMO: pre-service request for Spravato (a Part B drug given in the clinic) denied under the
# plan's own internal criterion LCC-PSY-019 (four antidepressants, augmentation, ECT). The member's daughter asks
# for a standard reconsideration with his CMS-1696.
patient:
  name: Harold Feng Lindqvist
  salutation: Mr. Lindqvist
  date_of_birth: April 3, 1952
  member_id: LSA-FICT-H7781-220945
  address: |-
    412 Tamarack Court
    Marrow Creek, OH 43950
  phone: (740) 555-0126
insurer:
  name: Lakeshore Senior Advantage HMO (FICTIONAL)
  appeals_address: |-
    Lakeshore Senior Advantage, Appeals and Grievances Department
    PO Box 22819
    Wexley, OH 43086
  fax: (614) 555-0171
claim:
  number: OD-2026-1120-55821
  plan_type: medicare_advantage
  notice_date: November 20, 2026
  procedure_codes: [J0013, G2083]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    We denied your request for Spravato (esketamine) nasal spray. Lakeshore Clinical Coverage Criterion
    LCC-PSY-019 requires (1) failure of at least four antidepressants from at least two different classes, each
    at an adequate dose for at least 8 weeks, in the current episode; (2) failure of augmentation with lithium
    or an atypical antipsychotic; and (3) a completed course of electroconvulsive therapy (ECT) or documented
    refusal. The records we received show two antidepressant trials.
  denial_category: medical_necessity
  action: none
  reviewer: {name: "Philip Salcedo, MD", specialty: Internal Medicine}
  pending_services: 8
plan_policy:
  name: Lakeshore Clinical Coverage Criterion LCC-PSY-019 (Esketamine nasal spray)
  number: LCC-PSY-019
  quote: >-
    Esketamine nasal spray is considered medically necessary when all of the following are met: (1) failure of
    at least four antidepressants from at least two different classes, each at an adequate dose for at least 8
    weeks, in the current episode; (2) failure of augmentation with lithium or an atypical antipsychotic;
    (3) a completed course of ECT or documented refusal of ECT; (4) prescribed by a psychiatrist and given in a
    REMS-certified setting.
  file: other/lakeshore-criterion-lcc-psy-019-excerpt.txt
payer_criteria:
  - criterion: (1) Failure of at least four antidepressants from at least two classes, each at an adequate dose for at least 8 weeks, in the current episode
    how_met: >-
      Three antidepressants from three classes failed in the current episode (escitalopram 10 mg, about 22 weeks;
      mirtazapine 30 mg, 15 weeks; vortioxetine 10 then 20 mg since March 2, 2026, partial only). Three, not the
      two the notice counted; not four.
    met: false
    evidence: {file: clinical/geriatric-psychiatry-notes-2025-2026.txt, page: 1}
  - criterion: (2) Failure of augmentation with lithium or an atypical antipsychotic
    how_met: >-
      Aripiprazole 2 mg was stopped after three weeks for akathisia; lithium is contraindicated by stage 3b chronic
      kidney disease (eGFR 38).
    met: false
    evidence: {file: clinical/nephrology-note-2026-02-17.txt, page: 1}
  - criterion: (3) A completed course of ECT or documented refusal of ECT
    how_met: ECT consultation on May 12, 2026; Mr. Lindqvist, with capacity, declined ECT (documented).
    met: true
    evidence: {file: clinical/ect-consultation-2026-05-12.txt, page: 1}
  - criterion: (4) Prescribed by a psychiatrist and given in a REMS-certified setting
    how_met: Prescribed by Amara Whitcombe, MD, geriatric psychiatrist; Ridgeview Senior Psychiatry is REMS-certified.
    met: true
    evidence: {file: clinical/geriatric-psychiatry-notes-2025-2026.txt, page: 1}
treatment:
  name: Spravato (esketamine nasal spray)
  summary: >-
    Induction with esketamine nasal spray twice weekly for four weeks (eight sessions) in a REMS-certified clinic,
    with vortioxetine continued.
  setting: Ridgeview Senior Psychiatry, a REMS-certified outpatient clinic (FICTIONAL)
  monitoring: blood pressure before dosing, at 40 minutes and before discharge; two hours of observation
  alongside: vortioxetine 20 mg daily, continued
  plan: 56 mg at the first session, then 56 or 84 mg twice weekly for weeks 1-4; reassess MADRS at week 4
author:
  name: Ingrid Lindqvist-Moreau
  role: Daughter and appointed representative (CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-of-representative.txt
  address: |-
    19 Sable Point Road
    Wexley, OH 43086
  phone: (614) 555-0188
  email: ingrid.lm@homemail.example
provider:
  name: Amara Whitcombe
  credentials: MD, geriatric psychiatrist
  npi: "1639248818"
  phone: (740) 555-0165
  address: |-
    Ridgeview Senior Psychiatry, 77 Orchard Bluff Drive
    Marrow Creek, OH 43950
clinical:
  episode_onset: March 2025
  severity: MADRS 30, PHQ-9 19 and GDS-15 11 on November 6, 2026
  severity_date: 2026-11-06
  suicidality: none
  suicidality_date: 2026-11-06
  exclusions: >-
    November 6, 2026: no aneurysmal vascular disease or arteriovenous malformation, no intracerebral hemorrhage,
    BP 134/78 on amlodipine, no psychosis, no substance use disorder; MoCA 27/30
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2019-02
      end: 2020-05
      outcome: Remission in the 2019 episode; stopped in May 2020
      response: remission
      evidence: {file: clinical/geriatric-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg daily (maximum recommended dose over age 60)
      start: 2025-04
      end: 2025-09
      outcome: Partial response only after about 22 weeks
      response: partial
      evidence: {file: clinical/geriatric-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Mirtazapine
      kind: antidepressant
      dose: 15 mg, then 30 mg daily (antidepressant dose, not a sleep dose)
      start: 2025-10-01
      end: 2026-01-15
      outcome: No response after 15 weeks; weight gain
      response: none
      evidence: {file: clinical/geriatric-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Aripiprazole (augmenting mirtazapine)
      kind: augmentation
      dose: 2 mg daily
      start: 2026-01-05
      end: 2026-01-26
      outcome: Stopped after three weeks for akathisia (intolerance)
      adequate: false
      evidence: {file: clinical/geriatric-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Problem-solving therapy
      kind: psychotherapy
      dose: 10 weekly sessions
      sessions: 10
      adequate: true
      start: 2026-01
      end: 2026-03
      outcome: Completed; no meaningful change in MADRS
      response: none
      evidence: {file: clinical/geriatric-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Vortioxetine
      dose: 10 mg, then 20 mg daily from June 2026
      start: 2026-03-02
      ongoing: true
      outcome: Partial response only after 36 weeks; continued
      response: partial
      evidence: {file: clinical/geriatric-psychiatry-notes-2025-2026.txt, page: 1}
literature:
  - id: popova-2019
bates_prefix: LINDQVIST
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

C02_DOCS = {
"denial/notice-of-denial-of-medical-coverage-2026-11-20.txt": r'''
Lakeshore Senior Advantage HMO (FICTIONAL)   H7781

NOTICE OF DENIAL OF MEDICAL COVERAGE
(model wording adapted for a test set; FICTIONAL)

Date: November 20, 2026
Member name: Harold F. Lindqvist          Member number: LSA-FICT-H7781-220945
Reference: OD-2026-1120-55821
Requested by: Amara Whitcombe, MD, Ridgeview Senior Psychiatry, received 11/13/2026

We have DENIED the medical care/item/service listed below requested by your doctor:
  Spravato (esketamine) nasal spray, J0013 / G2083, 8 induction sessions.

Why did we deny your request?
We denied your request for Spravato (esketamine) nasal spray. Lakeshore Clinical Coverage Criterion LCC-PSY-019
requires (1) failure of at least four antidepressants from at least two different classes, each at an adequate
dose for at least 8 weeks, in the current episode; (2) failure of augmentation with lithium or an atypical
antipsychotic; and (3) a completed course of electroconvulsive therapy (ECT) or documented refusal. The records we
received show two antidepressant trials.

This decision was made by Philip Salcedo, MD (Internal Medicine).

You have the right to appeal our decision
You have the right to ask Lakeshore Senior Advantage to reconsider - in other words, review again - our decision.
You must ask within 65 calendar days of the date of this notice. We can give you more time if you have a good
reason for missing the deadline.

There are two kinds of appeals:
Standard appeal - We will give you a written decision on a standard appeal within 30 calendar days after we get
your appeal. Our decision might take longer if you ask for an extension, or if we need more information. If your
appeal is about a Medicare Part B prescription drug, we will give you a decision within 7 calendar days.
Fast appeal - We will give you a decision on a fast appeal within 72 hours after we get your appeal. You can ask
for a fast appeal if you or your doctor believe that your health could be seriously harmed by waiting.

If we deny your appeal in whole or in part, we will automatically send your case to an independent reviewer.

Send your appeal to: Appeals and Grievances Department, PO Box 22819, Wexley, OH 43086. Fax (614) 555-0171.
You can name someone to act for you by filling out the Appointment of Representative form (CMS-1696).
''',
"other/lakeshore-criterion-lcc-psy-019-excerpt.txt": r'''
LAKESHORE SENIOR ADVANTAGE - CLINICAL COVERAGE CRITERION LCC-PSY-019 (FICTIONAL)
Esketamine nasal spray (Spravato)      Effective 01/01/2026      Printed from the provider portal (login required)

Coverage: Esketamine nasal spray is considered medically necessary when all of the following are met:
(1) failure of at least four antidepressants from at least two different classes, each at an adequate dose for
    at least 8 weeks, in the current episode;
(2) failure of augmentation with lithium or an atypical antipsychotic;
(3) a completed course of ECT or documented refusal of ECT;
(4) prescribed by a psychiatrist and given in a REMS-certified setting.

Basis: Lakeshore Pharmacy and Therapeutics Committee review, 11/2025.
[The printed page carries no summary of evidence and no list of sources.]
''',
"clinical/geriatric-psychiatry-notes-2025-2026.txt": r'''
RIDGEVIEW SENIOR PSYCHIATRY (FICTIONAL) - Amara Whitcombe, MD - Lindqvist, Harold F., DOB 04/03/1952

History: recurrent MDD. 2019 episode remitted on sertraline 100 mg (02/2019-05/2020). Well until March 2025.
Current episode since March 2025:
 - Escitalopram 10 mg (max recommended dose > age 60), April to September 2025: partial response only (~22 wks).
 - Mirtazapine 15 -> 30 mg, 10/01/2025-01/15/2026: titrated to 30 mg as the antidepressant (not for sleep).
   No response at 15 weeks; weight gain 4 kg.
 - Aripiprazole 2 mg added 01/05/2026 (augmentation); stopped 01/26/2026, akathisia.
 - Problem-solving therapy, 10 weekly sessions Jan-Mar 2026, completed; MADRS unchanged.
 - Vortioxetine 10 mg from 03/02/2026, 20 mg from June 2026: partial response only; continue.
 - Lithium not used: CKD stage 3b (see nephrology 02/17/2026).
 - ECT: consultation 05/12/2026; patient declined (see consult note).
11/06/2026: MADRS 30, PHQ-9 19, GDS-15 11. Denies suicidal ideation; C-SSRS screen negative. No psychosis.
No AVM/aneurysm, no ICH. BP 134/78 on amlodipine. MoCA 27/30. No SUD.
Plan: Spravato induction at this REMS-certified site, 2 h observation; continue vortioxetine. PA sent 11/13/2026.
''',
"clinical/nephrology-note-2026-02-17.txt": r'''
MARROW CREEK KIDNEY ASSOCIATES (FICTIONAL)
02/17/2026  Lindqvist, Harold F.
CKD stage 3b, eGFR 38 mL/min/1.73m2, stable. Asked by psychiatry about lithium: lithium is contraindicated in
this patient given stage 3b CKD and the risk of further decline; avoid.
''',
"clinical/ect-consultation-2026-05-12.txt": r'''
RIDGEVIEW REGIONAL HOSPITAL ECT SERVICE (FICTIONAL)
ECT consultation 05/12/2026 - Lindqvist, Harold F.
Risks, benefits and alternatives discussed, including cognitive side effects. Patient has capacity. He declines
ECT at this time, citing his late wife's memory loss after ECT. Refusal documented. Daughter present.
''',
"other/cms-1696-appointment-of-representative.txt": r'''
FORM CMS-1696 APPOINTMENT OF REPRESENTATIVE (content only, FICTIONAL)
I, Harold F. Lindqvist (plan member LSA-FICT-H7781-220945), appoint Ingrid Lindqvist-Moreau, my daughter, to act
as my representative in connection with my claim or asserted right under Medicare Part C, reference
OD-2026-1120-55821.  Signed 11/24/2026.  Representative accepted: I. Lindqvist-Moreau, 11/24/2026.
Waiver of fee: not applicable (not an attorney; no fee).
''',
}

C02_TRUTH = r'''
# 02 - Medicare Advantage: Spravato (Part B) denied under the plan's own criterion LCC-PSY-019; the daughter asks for a standard reconsideration (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Harold Lindqvist, 74, is in a **Medicare Advantage** HMO. His psychiatrist asked before treatment (received
  11/13/2026) for Spravato induction: 8 sessions, J0013/G2083, given in the clinic, so a **Part B drug**. It was
  denied on **2026-11-20** under the plan's **internal** criterion **LCC-PSY-019** (four antidepressants,
  augmentation, ECT). The reviewer was an **internist**.
- Reconsideration window: **65 days from the notice date** (42 CFR 422.582(b), and the notice says so), so
  **2027-01-24**. A standard reconsideration about a Part B drug is decided within **7 calendar days** (42 CFR
  422.590(c); the notice says so too). This is a standard appeal, not an expedited one.
- Medicare has no national coverage determination for esketamine, and the case encloses no LCD. Spravato is
  FDA-approved for treatment-resistant depression in adults: two or more antidepressants failed in the current
  episode, alone or with an oral antidepressant since January 2025. **LCC-PSY-019 asks for more than the label**.
  Under 42 CFR 422.101(b)(6) a plan may use internal criteria only where Medicare's criteria are not fully
  established. They must rest on widely used guidelines or literature and be publicly accessible with a summary
  of the evidence and its rationale. The excerpt was **printed from a login-only provider portal and carries no
  summary of evidence**.
- The record, current episode since **March 2025**: escitalopram 10 mg (about 22 weeks, partial), mirtazapine
  **30 mg** (15 weeks, none: an antidepressant dose), vortioxetine 10 then 20 mg (since 2026-03-02, partial,
  **continuing**). That is **three** failed antidepressants from three classes; the plan counted **two**.
  Aripiprazole 2 mg was stopped at 3 weeks for akathisia. **Lithium is contraindicated** (CKD 3b, eGFR 38).
  ECT was declined after consultation (05/12/2026). The prescriber is a psychiatrist at a REMS site.
- Severity on 2026-11-06: MADRS 30, PHQ-9 19. Suicidality **none** (C-SSRS negative).
- The author is the daughter, a representative, with a CMS-1696 signed 11/24/2026. She writes about her father
  in the third person.

## Deliberately unknown
- Whether the plan has posted LCC-PSY-019 and an evidence summary anywhere public. The letter should ask for
  them and must not assert they do not exist.
- Whether the MAC for Ohio has an LCD or billing article that bears on esketamine. Do not claim one.
- Whether vortioxetine 20 mg has had 8 weeks at 20 mg. It has had about 24 weeks since June 2026, but the
  notes give the month only.

## Traps
- **LCC-PSY-019 is not met as written.** Criterion (1) needs four and the record has three. Criterion (2) is
  intolerance plus a contraindication, not "failure". A letter must not say "all criteria are met" or
  "four antidepressants failed". The honest points: the plan miscounted (three, not two); the label's standard
  is met; the internal criteria go beyond Medicare's and must be justified under 422.101(b)(6); and the
  augmentation step is impossible or unsafe for him.
- **Mirtazapine 30 mg** is an antidepressant trial here. It is not a sleep dose, and it must not be discounted
  as one (the reverse trap).
- **Earlier episode.** Sertraline 2019-2020 brought remission. It is not a failure.
- **Aripiprazole** is augmentation and **problem-solving therapy** is psychotherapy. Neither is an
  antidepressant.
- **Vortioxetine is ongoing.** It must not be given an end date.
- **"Denies suicidal ideation; C-SSRS negative".** No suicidality paragraph and no "suicidal ideation"
  indication.
- **Wrong law.** No ERISA, no 29 CFR 2560.503-1, no 45 CFR 147.136, no parity/MHPAEA (it does not apply to
  Medicare), no state external review, no "name and qualifications" as a duty. The next level is the IRE,
  which is automatic.
- The plan's clock is **7 days** (Part B drug, standard). It is not 30 or 60, and it is not "72 hours"; this is
  not an expedited request.
- "Psychiatrist prescriber" is the plan's criterion (4), not a label requirement.

## Arguments a strong letter makes
1. Medicare Advantage must cover what Original Medicare covers. An FDA-labelled use is met: TRD with three
   failed antidepressants in the current episode (the plan counted two). Internal criteria that add a fourth
   drug, augmentation and ECT are allowed only under 42 CFR 422.101(b)(6). Ask the plan to show that Medicare's
   criteria are not fully established, the publicly accessible criterion, its evidence summary and its
   rationale. Without them, decide on Medicare's standard.
2. The augmentation step cannot be met safely: akathisia on aripiprazole, and lithium contraindicated by CKD
   3b. ECT was declined after informed consultation, which LCC-PSY-019 itself accepts.
3. Ask for a reviewer with psychiatric expertise (the decision was an internist's), and for a decision within
   7 calendar days (422.590(c)).

## What a letter must NOT say
- "all of the plan's criteria are met", "four antidepressant trials", "failed lithium", "mirtazapine for sleep",
  "sertraline failed", "suicidal ideation", "expedited"/"72 hours" for this request, "within 30 days" or
  "60 days" as the plan's clock.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA"/"parity", "state external review",
  "a National Coverage Determination for esketamine".
- "the plan named no criteria": it named LCC-PSY-019 and quoted its criteria.
'''

C02_CHECKS = [
    ("denial/notice-of-denial-of-medical-coverage-2026-11-20.txt", "Lakeshore Clinical Coverage Criterion LCC-PSY-019"),
    ("denial/notice-of-denial-of-medical-coverage-2026-11-20.txt", "The records we received show two antidepressant trials."),
    ("denial/notice-of-denial-of-medical-coverage-2026-11-20.txt", "Philip Salcedo, MD (Internal Medicine)"),
    ("denial/notice-of-denial-of-medical-coverage-2026-11-20.txt", "within 65 calendar days of the date of this notice"),
    ("denial/notice-of-denial-of-medical-coverage-2026-11-20.txt", "we will give you a decision within 7 calendar days"),
    ("other/lakeshore-criterion-lcc-psy-019-excerpt.txt", "Printed from the provider portal (login required)"),
    ("other/lakeshore-criterion-lcc-psy-019-excerpt.txt", "carries no summary of evidence"),
    ("clinical/geriatric-psychiatry-notes-2025-2026.txt", "titrated to 30 mg as the antidepressant (not for sleep)"),
    ("clinical/geriatric-psychiatry-notes-2025-2026.txt", "Vortioxetine 10 mg from 03/02/2026"),
    ("clinical/geriatric-psychiatry-notes-2025-2026.txt", "Denies suicidal ideation; C-SSRS screen negative."),
    ("clinical/geriatric-psychiatry-notes-2025-2026.txt", "2019 episode remitted on sertraline 100 mg"),
    ("clinical/nephrology-note-2026-02-17.txt", "lithium is contraindicated"),
    ("clinical/nephrology-note-2026-02-17.txt", "eGFR 38"),
    ("clinical/ect-consultation-2026-05-12.txt", "He declines ECT"),
    ("other/cms-1696-appointment-of-representative.txt", "Signed 11/24/2026"),
]

# ---------------------------------------------------------------------------------------------
C03_YAML = r'''
# FICTIONAL CASE (set 9, case 03) - every person, plan, number and address is invented.
# Medicaid FEE-FOR-SERVICE (no managed-care plan): prior authorization for TMS denied under the state's criteria
# TMS-PA-2; the treating psychiatrist asks the state directly for a fair hearing. Adult (34): no EPSDT.
patient:
  name: Caleb Jonah Mirabeau
  salutation: Mr. Mirabeau
  date_of_birth: June 11, 1992
  member_id: CTM-FICT-7730415
  address: |-
    61 Gristmill Lane, Apt 2B
    Northwood Mills, CT 06790
  phone: (860) 555-0119
insurer:
  name: State Medical Assistance Program, Fee-for-Service Utilization Management (FICTIONAL)
  appeals_address: |-
    Medical Assistance Hearings Unit (FICTIONAL)
    PO Box 1730
    Capitol Reach, CT 06102
  fax: (860) 555-0177
claim:
  number: PA-TMS-26-318802
  plan_type: medicaid
  delivery: fee_for_service
  notice_date: November 12, 2026
  procedure_codes: [90867, 90868, 90869]
  diagnosis_codes: [F33.2]
  sessions: 36
  denial_reason: >-
    Prior authorization denied. Criteria TMS-PA-2 not met: the member must have failed trials of at least four
    antidepressants from two or more classes, or be unable to tolerate them, and have completed a trial of
    evidence-based psychotherapy of adequate frequency and duration. Records submitted show 3 antidepressant
    trials.
  denial_category: medical_necessity
  action: none
  reviewer: {name: "Thomas Elwood, MD", specialty: Family Medicine}
  appeal_deadline: January 11, 2027
  deadline_basis: >-
    Stated in the notice: "Your request must be received within 60 days of the date of this notice."
template: external-review-request
external_review:
  agency: Medical Assistance Hearings Unit (FICTIONAL)
  address: |-
    PO Box 1730
    Capitol Reach, CT 06102
plan_policy:
  name: Medical Assistance Program Prior Authorization Criteria TMS-PA-2 (Repetitive Transcranial Magnetic Stimulation)
  number: TMS-PA-2
  quote: >-
    rTMS is authorized for an adult with major depressive disorder, without psychotic features, who (a) has
    failed trials of at least four antidepressants from two or more classes at an adequate dose for an adequate
    duration, or has been unable to tolerate them; (b) has completed a trial of evidence-based psychotherapy of
    adequate frequency and duration; and (c) has no contraindication, including a seizure disorder or
    non-removable ferromagnetic material in or near the head.
  file: other/state-criteria-tms-pa-2-excerpt.txt
payer_criteria:
  - criterion: (a) At least four antidepressants from two or more classes failed, or not tolerated
    how_met: >-
      Fluoxetine 40 mg (13 weeks, no response), sertraline 150 mg (14 weeks, partial then relapse) and bupropion
      XL 300 mg (15 weeks, no response) failed; duloxetine 60 mg was stopped after about four weeks for raised
      liver enzymes (not tolerated). Four antidepressants from three classes (SSRI, SNRI, NDRI); the bupropion
      trial is in the pharmacy claims the reviewer did not count.
    met: true
    evidence: {file: clinical/pharmacy-claims-history-2024-2025.txt, page: 1}
  - criterion: (b) A completed trial of evidence-based psychotherapy of adequate frequency and duration
    how_met: Cognitive behavioral therapy, 16 weekly sessions, February to June 2025, completed.
    met: true
    evidence: {file: clinical/psychiatry-notes-2024-2026.txt, page: 1}
  - criterion: (c) No contraindication (seizure disorder, ferromagnetic material in or near the head)
    how_met: No seizure history; no implants or metal; no psychotic features (October 20, 2026).
    met: true
    evidence: {file: clinical/psychiatry-notes-2024-2026.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS)
  summary: >-
    A standard course of 36 sessions of repetitive TMS (30 daily sessions, then 6 taper sessions) to the left
    dorsolateral prefrontal cortex, with an FDA-cleared device.
  setting: Northwood Mills Neuromodulation Clinic (FICTIONAL)
  plan: 10 Hz to the left DLPFC at 120% of motor threshold, 30 daily sessions over six weeks, then 6 taper sessions
author:
  name: Keoni Halvorsen-Ruiz
  role: Treating psychiatrist, writing with the member's signed authorization
  relation: physician
  authorization: other/member-authorization-for-hearing-representative.txt
provider:
  name: Keoni Halvorsen-Ruiz
  credentials: MD, psychiatrist
  npi: "1326041591"
  phone: (860) 555-0152
  address: |-
    Northwood Mills Neuromodulation Clinic, 400 Canal Street
    Northwood Mills, CT 06790
clinical:
  episode_onset: September 2024
  severity: PHQ-9 21 and HAM-D 24 on October 20, 2026
  severity_date: 2026-10-20
  suicidality: passive
  suicidality_date: 2026-10-20
  exclusions: >-
    October 20, 2026: no seizure history, no head injury, no implanted devices or metal, no psychotic features,
    urine hCG negative
  history:
    - drug: Fluoxetine
      dose: 20 to 40 mg daily
      start: 2024-10-07
      end: 2025-01-06
      outcome: No response after 13 weeks
      response: none
      evidence: {file: clinical/pharmacy-claims-history-2024-2025.txt, page: 1}
    - drug: Sertraline
      dose: 100 to 150 mg daily
      start: 2025-01-13
      end: 2025-04-21
      outcome: Partial response at 8 weeks, then relapse on 150 mg
      response: lost
      evidence: {file: clinical/pharmacy-claims-history-2024-2025.txt, page: 1}
    - drug: Duloxetine
      dose: 30 then 60 mg daily
      start: 2025-05
      end: 2025-06
      outcome: Stopped after about four weeks for raised liver enzymes (ALT 3x normal); not tolerated
      adequate: false
      evidence: {file: clinical/psychiatry-notes-2024-2026.txt, page: 1}
    - drug: Bupropion XL
      dose: 150 then 300 mg daily
      start: 2025-07-14
      end: 2025-10-27
      outcome: No response after 15 weeks
      response: none
      evidence: {file: clinical/pharmacy-claims-history-2024-2025.txt, page: 1}
    - drug: Quetiapine (for sleep)
      kind: other
      dose: 25 mg at bedtime
      start: 2025-08
      end: 2025-12
      outcome: Low dose for insomnia only; not an augmentation trial
      adequate: false
    - drug: Cognitive behavioral therapy
      kind: psychotherapy
      dose: 16 weekly sessions
      sessions: 16
      adequate: true
      start: 2025-02
      end: 2025-06
      outcome: Completed; no lasting response
      response: none
      evidence: {file: clinical/psychiatry-notes-2024-2026.txt, page: 1}
bates_prefix: MIRABEAU
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

C03_DOCS = {
"denial/notice-of-action-prior-authorization-2026-11-12.txt": r'''
STATE MEDICAL ASSISTANCE PROGRAM (FICTIONAL) - FEE-FOR-SERVICE
NOTICE OF ACTION: PRIOR AUTHORIZATION DENIED

Notice date: November 12, 2026
To: Caleb J. Mirabeau, 61 Gristmill Lane Apt 2B, Northwood Mills CT 06790
Client ID: CTM-FICT-7730415          PA number: PA-TMS-26-318802
Provider: Northwood Mills Neuromodulation Clinic, Keoni Halvorsen-Ruiz MD
Service requested: rTMS, 90867 x1, 90868 x34, 90869 x1 (36 sessions)   Requested 11/02/2026

ACTION: Prior authorization denied. Criteria TMS-PA-2 not met: the member must have failed trials of at least four
antidepressants from two or more classes, or be unable to tolerate them, and have completed a trial of
evidence-based psychotherapy of adequate frequency and duration. Records submitted show 3 antidepressant trials.

Reviewed by: D. Korhonen, RN. Physician reviewer: Thomas Elwood, MD (Family Medicine).

YOUR RIGHT TO A HEARING
You have the right to request an administrative hearing if you disagree with this action. Your request must be
received within 60 days of the date of this notice. You may represent yourself or have someone represent you,
including your doctor, with your written permission. Send your request to the Medical Assistance Hearings Unit,
PO Box 1730, Capitol Reach, CT 06102, or fax (860) 555-0177.
Your provider may also submit new information for a new prior authorization request at any time.
''',
"other/state-criteria-tms-pa-2-excerpt.txt": r'''
MEDICAL ASSISTANCE PROGRAM - PRIOR AUTHORIZATION CRITERIA TMS-PA-2 (FICTIONAL)
Repetitive Transcranial Magnetic Stimulation (rTMS)       Revised 07/2025

rTMS is authorized for an adult with major depressive disorder, without psychotic features, who (a) has failed
trials of at least four antidepressants from two or more classes at an adequate dose for an adequate duration,
or has been unable to tolerate them; (b) has completed a trial of evidence-based psychotherapy of adequate
frequency and duration; and (c) has no contraindication, including a seizure disorder or non-removable
ferromagnetic material in or near the head.
Initial authorization: up to 36 sessions (30 acute + 6 taper) with an FDA-cleared device.
''',
"clinical/psychiatry-notes-2024-2026.txt": r'''
NORTHWOOD MILLS NEUROMODULATION CLINIC / OUTPATIENT PSYCHIATRY (FICTIONAL)
Mirabeau, Caleb J.   DOB 06/11/1992   Clinician: K. Halvorsen-Ruiz, MD

Episode onset September 2024 (first episode). Meds per pharmacy claims (attached).
Fluoxetine 10/2024-01/2025: no response at 40 mg. Sertraline 01/2025-04/2025: partial response at 8 wks, relapse
on 150 mg. CBT with L. Ostrander, LCSW: 16 weekly sessions Feb-Jun 2025, completed, no lasting response.
Duloxetine May-June 2025 (about 4 weeks): stopped, ALT 3x ULN; enzymes normal 6 weeks later. Not tolerated.
Bupropion XL 07/14/2025-10/27/2025, 300 mg: no response.
Quetiapine 25 mg qhs Aug-Dec 2025 for sleep only; not an augmentation trial.
10/20/2026: PHQ-9 21, HAM-D 24. Passive wish not to wake up; no plan, no intent; safety plan reviewed.
No seizure history. No head injury. No implanted devices or metal. No psychotic features. Urine hCG negative.
Plan: rTMS 10 Hz L-DLPFC, 30 + 6 taper. PA submitted 11/02/2026.
''',
"clinical/pharmacy-claims-history-2024-2025.txt": r'''
STATE MEDICAL ASSISTANCE PROGRAM - PHARMACY CLAIMS HISTORY (FICTIONAL)
Client CTM-FICT-7730415   Printed 11/20/2026

Fill date   Drug                       Qty  Days
10/07/2024  FLUOXETINE 20 MG CAP        30   30
11/04/2024  FLUOXETINE 40 MG (2x20)     60   30
12/05/2024  FLUOXETINE 40 MG (2x20)     60   30
01/13/2025  SERTRALINE 100 MG TAB       30   30
02/12/2025  SERTRALINE 150 MG (1.5)     45   30
03/14/2025  SERTRALINE 150 MG (1.5)     45   30
05/19/2025  DULOXETINE 30 MG CAP        30   30
06/02/2025  DULOXETINE 60 MG CAP        30   30  (not refilled)
07/14/2025  BUPROPION XL 150 MG         30   30
08/13/2025  BUPROPION XL 300 MG         30   30
09/12/2025  BUPROPION XL 300 MG         30   30
10/10/2025  BUPROPION XL 300 MG         30   30
08/20/2025  QUETIAPINE 25 MG            30   30
''',
"other/member-authorization-for-hearing-representative.txt": r'''
AUTHORIZATION TO REPRESENT (FICTIONAL)
I, Caleb J. Mirabeau, client ID CTM-FICT-7730415, authorize Dr. Keoni Halvorsen-Ruiz to request and represent me
at an administrative hearing about prior authorization PA-TMS-26-318802, and to receive my records for it.
Signed 11/23/2026.
''',
}

C03_TRUTH = r'''
# 03 - Medicaid fee-for-service: prior authorization for TMS denied; the treating psychiatrist asks the state for a fair hearing (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Caleb Mirabeau, **34**, is in **fee-for-service Medicaid**: there is no managed-care plan. The state's
  utilization management denied prior authorization for **36 TMS sessions** (90867/90868/90869) on
  **2026-11-12** under criteria **TMS-PA-2**, saying the records showed **3** antidepressant trials.
- There is no plan appeal. The first step is the **state fair hearing** (42 CFR 431.220(a)), asked for within the
  time the notice gives: "received within 60 days of the date of this notice", so **2027-01-11** (42 CFR
  431.221(d) sets only a 90-day ceiling). This is a **new** service (`action: none`): nothing continues during
  the hearing.
- TMS-PA-2(a) counts failed **or not tolerated** antidepressants. The record has fluoxetine (13 weeks, none),
  sertraline (14 weeks, partial then relapse) and **bupropion XL** (15 weeks, none) failed, plus **duloxetine**
  not tolerated (ALT 3x normal after about 4 weeks). That is **four from three classes**. The pharmacy claims
  history shows the bupropion fills that the reviewer missed.
- (b) CBT, 16 weekly sessions, completed. (c) No seizures, no metal, no psychosis. **Every criterion of TMS-PA-2
  is met.**
- Severity on 2026-10-20: PHQ-9 21, HAM-D 24. **Passive** suicidal ideation on 2026-10-20 (no plan or intent),
  within 90 days, so it may be argued as a present risk, said as passive.
- The author is the treating psychiatrist, with the member's written authorization (signed 11/23/2026). He
  writes as the physician about the patient.
- The physician reviewer was a family physician.

## Deliberately unknown
- The exact stop date of duloxetine (the notes say "May-June 2025", about 4 weeks; the pharmacy shows fills on
  05/19 and 06/02/2025). A letter may say "about four weeks", not a day.
- Whether the state would accept a new PA request faster than a hearing. The notice says a new request is
  possible. A letter may mention it, but it must not say the hearing is unnecessary.

## Traps
- **Fee-for-service, not managed care.** No plan-level appeal, no "60 days to appeal to the plan", no 42 CFR
  438.402/438.408/438.410/438.420, no "120 days" fair-hearing window, no "continue benefits during the
  appeal" (new service).
- **Adult: no EPSDT.** 42 USC 1396d(r)(5) does not apply at 34.
- **Duloxetine** was not an adequate trial, yet it counts under TMS-PA-2's "unable to tolerate" wording. It must
  not be called a failed adequate trial. The letter should say "not tolerated".
- **Quetiapine 25 mg** was a sleep dose. It is not augmentation and not an antidepressant trial.
- **CBT** is psychotherapy. It answers criterion (b) and is not a drug trial.
- **Sertraline's "partial response at 8 weeks, then relapse"** is a failure, not a response.
- **Negations.** "No seizure history", "No psychotic features", "no plan, no intent" must not turn into risk
  factors.
- **Month-only dates** (duloxetine May-June 2025; quetiapine Aug-Dec 2025) are months. They are not "unknown".

## Arguments a strong letter makes
1. TMS-PA-2 is met point by point. The reviewer counted three antidepressants, but the pharmacy claims show a
   fourth failed trial (bupropion XL 300 mg, 15 weeks), and duloxetine was not tolerated, which (a) counts.
   That is four drugs from three classes. (b) 16 sessions of CBT, completed. (c) No contraindication. Exhibits
   by page.
2. Severity and risk: PHQ-9 21, HAM-D 24, and passive ideation on 2026-10-20 after two years of failed
   treatment.
3. Ask for the hearing within the notice's 60 days. Ask that the state's decision-maker or medical expert have
   psychiatric expertise (the reviewer was a family physician), and ask for the case record (42 CFR 431.242(a)).

## What a letter must NOT say
- "42 CFR 438", "managed care plan", "appeal to the plan first", "120 days", "continue TMS during the appeal",
  "EPSDT", "under 21".
- "four adequate failed antidepressant trials" (duloxetine was not adequate: three failed and one not
  tolerated), "failed quetiapine augmentation", "seizure risk", "psychotic features".
- "ERISA", "external review", "45 CFR 147.136".
- "the state named no criteria": it named TMS-PA-2.
'''

C03_CHECKS = [
    ("denial/notice-of-action-prior-authorization-2026-11-12.txt", "Records submitted show 3 antidepressant trials."),
    ("denial/notice-of-action-prior-authorization-2026-11-12.txt", "received within 60 days of the date of this notice"),
    ("denial/notice-of-action-prior-authorization-2026-11-12.txt", "Thomas Elwood, MD (Family Medicine)"),
    ("other/state-criteria-tms-pa-2-excerpt.txt", "or has been unable to tolerate them"),
    ("clinical/pharmacy-claims-history-2024-2025.txt", "07/14/2025  BUPROPION XL 150 MG"),
    ("clinical/pharmacy-claims-history-2024-2025.txt", "10/10/2025  BUPROPION XL 300 MG"),
    ("clinical/psychiatry-notes-2024-2026.txt", "ALT 3x ULN"),
    ("clinical/psychiatry-notes-2024-2026.txt", "16 weekly sessions Feb-Jun 2025, completed"),
    ("clinical/psychiatry-notes-2024-2026.txt", "for sleep only; not an augmentation trial"),
    ("clinical/psychiatry-notes-2024-2026.txt", "Passive wish not to wake up; no plan, no intent"),
    ("clinical/psychiatry-notes-2024-2026.txt", "No seizure history."),
    ("other/member-authorization-for-hearing-representative.txt", "Signed 11/23/2026"),
]

# ---------------------------------------------------------------------------------------------
C04_YAML = r'''
# FICTIONAL CASE (set 9, case 04) - every person, plan, number and address is invented.
# Self-funded employer plan, COBRA continuation: TMS claims denied "coverage terminated" because the COBRA
# administrator logged the September premium as late; it was mailed within the 30-day grace period. The patient
# writes the first appeal herself. Not a medical-judgment denial.
patient:
  name: Priya Venkataraman-Lowe
  salutation: Ms. Venkataraman-Lowe
  date_of_birth: January 29, 1997
  member_id: MBA-FICT-40219-02
  address: |-
    2207 Fernbrook Way
    Alder Crossing, OR 97330
  phone: (541) 555-0143
  email: priya.vl@postbox.example
insurer:
  name: Copperline Fabrication Employee Health Plan, administered by Meridian Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Meridian Benefit Administrators, Appeals Unit
    PO Box 7720
    Harlan Gap, OR 97204
  fax: (503) 555-0181
claim:
  number: MBA-26-1103-77120
  plan_type: employer_erisa
  funding: self_funded
  notice_date: November 3, 2026
  service_dates: [2026-09-08, 2026-10-16]
  sessions: 28
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.1]
  denial_reason: >-
    CARC 27: Expenses incurred after coverage terminated. Coverage terminated 08/31/2026 per COBRA administrator
    (non-payment of premium).
  denial_category: other
  action: none
employer:
  name: Copperline Fabrication Inc., Benefits Office (FICTIONAL)
  address: |-
    5100 Foundry Road
    Alder Crossing, OR 97330
plan_policy:
  name: COBRA Continuation Coverage Election Notice (ClearPath COBRA Services for the Copperline plan), Premium Payments
  quote: >-
    After your first payment, each monthly premium is due on the first day of the month of coverage. You have a
    grace period of 30 days from the due date to make each monthly payment. Payment is considered made on the
    date it is postmarked or, for online payments, the date shown on your confirmation.
  file: other/cobra-election-notice-premium-section.txt
prior_auth:
  approved:
    number: MBA-UM-26-08841
    date: 2026-08-28
    covers: 36 TMS sessions (90867 x1, 90868 x34, 90869 x1), September 1 to November 30, 2026
    quote: Approved. Repetitive TMS, 36 sessions, dates of service 09/01/2026 through 11/30/2026.
    file: other/tms-authorization-approval-2026-08-28.txt
    lines:
      - {code: 90867, units: 1, given: 1}
      - {code: 90868, units: 34, given: 27}
      - {code: 90869, units: 1, given: 0}
    what_went_wrong: >-
      The COBRA administrator logged the September premium as received after the grace period and terminated
      coverage back to August 31, 2026; the claims were then denied for no coverage, not on their merits.
treatment:
  name: Transcranial magnetic stimulation (TMS)
  summary: >-
    A course of repetitive TMS authorized by the plan (36 sessions); 28 sessions from September 8 to October 16,
    2026 were denied only because the COBRA coverage was wrongly terminated.
author:
  name: Priya Venkataraman-Lowe
  relation: patient
  address: |-
    2207 Fernbrook Way
    Alder Crossing, OR 97330
  phone: (541) 555-0143
  email: priya.vl@postbox.example
provider:
  name: Desmond Achebe-Rourke
  credentials: MD, psychiatrist
  npi: "1952374019"
  phone: (541) 555-0160
  address: |-
    Willamette Bend TMS Center, 18 Riverside Court
    Alder Crossing, OR 97330
clinical:
  episode_onset: January 2026
  severity: PHQ-9 20 on August 20, 2026; PHQ-9 11 on October 16, 2026 (after session 28)
  severity_date: 2026-10-16
  suicidality: none
  suicidality_date: 2026-10-16
  history:
    - drug: Escitalopram
      dose: 10 to 20 mg daily
      start: 2026-01-19
      end: 2026-04-20
      outcome: No response after 13 weeks
      response: none
    - drug: Sertraline
      dose: 100 to 200 mg daily
      start: 2026-04-27
      ongoing: true
      outcome: Partial response only; continued during TMS
      response: partial
    - drug: Hydroxyzine (as needed for anxiety)
      kind: other
      dose: 25 mg as needed
      start: 2026-02
      end: 2026-06
      outcome: As-needed anxiety relief only; not an antidepressant trial
      adequate: false
    - drug: TMS
      kind: neuromodulation
      dose: 36 sessions (2023 course)
      sessions: 36
      adequate: true
      start: 2023-03
      end: 2023-05
      outcome: Remission in the 2023 episode; well until January 2026
      response: lost
record_dates:
  - {file: other/bank-statement-and-mailing-receipt-september-2026.txt, date: 2026-10-31}
bates_prefix: VENKATARAMANLOWE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

C04_DOCS = {
"denial/explanation-of-benefits-2026-11-03.txt": r'''
MERIDIAN BENEFIT ADMINISTRATORS (FICTIONAL) - claims administrator for the Copperline Fabrication Employee
Health Plan (self-funded; Copperline Fabrication Inc. is the plan sponsor and plan administrator)

EXPLANATION OF BENEFITS - THIS IS NOT A BILL            Date: 11/03/2026
Member: PRIYA VENKATARAMAN-LOWE   ID: MBA-FICT-40219-02   Claim: MBA-26-1103-77120
Provider: WILLAMETTE BEND TMS CENTER

Service dates        Code    Units  Billed       Plan paid  You may owe  Remark
09/08/26             90867   1      $480.00      $0.00      $480.00      27
09/09/26-10/16/26    90868   27     $8,640.00    $0.00      $8,640.00    27
Total (28 sessions)                 $9,120.00    $0.00      $9,120.00

27 - CARC 27: Expenses incurred after coverage terminated. Coverage terminated 08/31/2026 per COBRA
administrator (non-payment of premium).

Your right to appeal: You may appeal this decision in writing within 180 days of receiving this notice. Send
your appeal to Meridian Benefit Administrators, Appeals Unit, PO Box 7720, Harlan Gap, OR 97204, fax
(503) 555-0181. You have the right to request, free of charge, copies of all documents relevant to your claim.
You may have the right to bring a civil action under section 502(a) of ERISA after your appeal.
''',
"other/cobra-termination-letter-2026-10-20.txt": r'''
CLEARPATH COBRA SERVICES (FICTIONAL) - for the Copperline Fabrication Employee Health Plan
October 20, 2026

Priya Venkataraman-Lowe, 2207 Fernbrook Way, Alder Crossing OR 97330
Qualified beneficiary ID: CP-FICT-55102

NOTICE OF TERMINATION OF COBRA CONTINUATION COVERAGE
Your premium for September 2026 ($712.40) was received 10/05/2026, after the grace period ended 09/30/2026.
Your COBRA continuation coverage has therefore terminated effective 08/31/2026, the last day of the period for
which premium was paid. Premiums received for September and October 2026 will be refunded.
If you believe this decision is wrong, you may write to the plan administrator.
''',
"other/cobra-election-notice-premium-section.txt": r'''
CLEARPATH COBRA SERVICES (FICTIONAL) - COBRA CONTINUATION COVERAGE ELECTION NOTICE (excerpt)
Plan: Copperline Fabrication Employee Health Plan     Qualifying event: termination of employment 06/30/2026
Coverage begins: 07/01/2026 (no gap)     Monthly premium (employee only, medical): $712.40
Elected: 07/10/2026; first payment received 08/14/2026 (July and August)

Premium payments. After your first payment, each monthly premium is due on the first day of the month of
coverage. You have a grace period of 30 days from the due date to make each monthly payment. Payment is
considered made on the date it is postmarked or, for online payments, the date shown on your confirmation.
If a monthly payment is not made by the end of its grace period, COBRA continuation coverage will end on the
last day of the period for which payment was made.
''',
"other/bank-statement-and-mailing-receipt-september-2026.txt": r'''
USPS CERTIFICATE OF MAILING (PS Form 3817, FICTIONAL copy)
From: Priya Venkataraman-Lowe, 2207 Fernbrook Way, Alder Crossing OR 97330
To: ClearPath COBRA Services, PO Box 9911, Lanterman, OR 97206
Postmark: ALDER CROSSING OR 97330  SEP 24 2026

CASCADE HOLLOW CREDIT UNION (FICTIONAL) - statement for 09/01/2026-10/31/2026, issued 10/31/2026
09/24/2026  Check #1184 written to ClearPath COBRA Services, memo "Sept COBRA CP-FICT-55102"   $712.40
09/29/2026  Online payment ClearPath COBRA, confirmation CPW-88310427 (October premium)          $712.40
10/02/2026  Check #1184 paid                                                                   -$712.40
''',
"other/tms-authorization-approval-2026-08-28.txt": r'''
MERIDIAN BENEFIT ADMINISTRATORS - UTILIZATION MANAGEMENT (FICTIONAL)
08/28/2026   Authorization MBA-UM-26-08841
Member: Priya Venkataraman-Lowe, MBA-FICT-40219-02   Provider: Willamette Bend TMS Center, D. Achebe-Rourke, MD
Decision: Approved. Repetitive TMS, 36 sessions, dates of service 09/01/2026 through 11/30/2026.
Criteria applied: plan medical policy MP-BH-31, all criteria met.
''',
"clinical/tms-treatment-summary-2026.txt": r'''
WILLAMETTE BEND TMS CENTER (FICTIONAL)   Venkataraman-Lowe, Priya   DOB 01/29/1997
Recurrent MDD; current episode since January 2026. 2023 episode: remission after 36 TMS sessions (Mar-May 2023).
Escitalopram 01/19/2026-04/20/2026: no response. Sertraline from 04/27/2026, now 200 mg: partial response,
continued. Hydroxyzine 25 mg prn anxiety Feb-Jun 2026 (not an antidepressant).
08/20/2026: PHQ-9 20. Denies suicidal ideation.
Sessions 1-28: 09/08/2026 - 10/16/2026 (authorization MBA-UM-26-08841). PHQ-9 11 after session 28.
Sessions 29-36 postponed 10/21/2026 because the patient was told her coverage had ended.
''',
}

C04_TRUTH = r'''
# 04 - Self-funded employer plan, COBRA member: TMS claims denied "coverage terminated"; the premium was mailed inside the grace period; the patient appeals (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Priya Venkataraman-Lowe, 29, has **COBRA continuation** under her former employer's **self-funded ERISA**
  plan (Copperline Fabrication; claims administrator Meridian; COBRA administrator ClearPath). Her 28 TMS sessions
  (09/08/2026-10/16/2026: 90867 x1 and 90868 x27, $9,120.00) were denied on **2026-11-03** with **CARC 27**, "coverage terminated
  08/31/2026 ... (non-payment of premium)".
- The election notice says the premium is due on the 1st, there is a **30-day grace period from the due date**,
  and "**Payment is considered made on the date it is postmarked**". The September premium was **mailed
  09/24/2026**: PS Form 3817 postmark "SEP 24 2026", and the credit union shows check #1184 written 09/24 and
  **paid 10/02/2026**. That is inside the grace period however it is counted (it ends 09/30 or 10/01). The
  October premium was paid online on 09/29 (confirmation CPW-88310427).
- The plan **approved the TMS course** (authorization MBA-UM-26-08841, 36 sessions, 09/01-11/30/2026, "all
  criteria met"). Medical necessity is not in dispute.
- The appeal is the plan's internal appeal, **180 days from receipt** of the EOB (29 CFR 2560.503-1(h)(3)(i)),
  post-service, decided within 60 days (2560.503-1(i)(2)(iii)(A)). She may also ask for the documents
  relevant to the claim (2560.503-1(h)(2)(iii)), including the COBRA administrator's payment records.
- The COBRA rule itself (26 CFR 54.4980B-8, Q&A-5) requires a grace period of at least 30 days. The plan's own
  notice is the strongest text.
- The author is the patient: "I".

## Deliberately unknown
- When ClearPath actually opened the envelope. Its letter says "received 10/05/2026", while the check cleared
  on 10/02/2026, so its own date is wrong. Under the notice's terms the receipt date does not matter.
- Whether the September/October refunds have been issued (the letter says they "will be refunded"). A letter
  may offer to pay again; it must not say a refund was received.
- Whether the plan will treat this as a COBRA eligibility question for the plan administrator (Copperline)
  rather than a claim appeal. A strong letter also sends a copy to the employer's benefits office.

## Traps
- **Not a medical-judgment denial.** No medical-necessity argument, no request for a psychiatrist reviewer, no
  peer-to-peer, no "the treatment is not experimental". At most one sentence that the plan approved the course.
- **No external review.** Federal external review (29 CFR 2590.715-2719) covers medical judgment and
  rescissions, and a termination for non-payment of premium is expressly not a rescission. The letter must not
  call this an unlawful rescission, and must not cite 45 CFR 147.136 or 2590.715-2712 for it.
- **Conflicting dates.** "received 10/05/2026" (ClearPath) against "paid 10/02/2026" (bank) against "postmarked
  09/24/2026" (mailing). The postmark date decides under the notice.
- **Grace period end.** ClearPath says 09/30/2026; 30 days from 09/01 is 10/01/2026. Either way the payment is
  in time. Neither date needs to be argued.
- **Earlier episode.** The 2023 TMS course brought remission in an earlier episode. It is not a failed trial.
- **Hydroxyzine** is not an antidepressant trial. Sertraline is **ongoing**.
- "Denies suicidal ideation": no suicidality paragraph.
- Self-funded, so the state insurance department has no role. EBSA is the federal contact.

## Arguments a strong letter makes
1. The September premium was paid in time under the plan's own election notice: it was postmarked
   09/24/2026, within the 30-day grace period, and "payment is considered made on the date it is postmarked".
   Exhibits: the mailing certificate and the bank statement. Coverage never ended. Reinstate it from
   09/01/2026 and reprocess claim MBA-26-1103-77120.
2. The sessions were approved in advance (MBA-UM-26-08841). Once coverage is reinstated, they are payable
   under that approval. The remaining 8 sessions fall within it too (through 11/30/2026). Their timing depends
   on the reinstatement, so she may ask that the approval's end date be extended.
3. Ask for the COBRA administrator's payment log and all documents relevant to the claim (2560.503-1(h)(2)(iii)).
   Copy the Copperline benefits office. Decide within 60 days.

## What a letter must NOT say
- "medically necessary" as the issue, "peer-to-peer", "clinical reviewer", "experimental", "external review",
  "rescission", "45 CFR 147.136", "state insurance department".
- "premium received on 10/05/2026" as true; "paid after the grace period"; "the refund was received".
- "TMS failed in 2023", "hydroxyzine trial", "suicidal ideation".
'''

C04_CHECKS = [
    ("denial/explanation-of-benefits-2026-11-03.txt", "CARC 27: Expenses incurred after coverage terminated."),
    ("denial/explanation-of-benefits-2026-11-03.txt", "within 180 days of receiving this notice"),
    ("other/cobra-election-notice-premium-section.txt", "Payment is considered made on the date it is postmarked"),
    ("other/cobra-election-notice-premium-section.txt", "grace period of 30 days from the due date"),
    ("other/cobra-termination-letter-2026-10-20.txt", "was received 10/05/2026, after the grace period ended 09/30/2026"),
    ("other/bank-statement-and-mailing-receipt-september-2026.txt", "SEP 24 2026"),
    ("other/bank-statement-and-mailing-receipt-september-2026.txt", "10/02/2026  Check #1184 paid"),
    ("other/bank-statement-and-mailing-receipt-september-2026.txt", "confirmation CPW-88310427"),
    ("other/tms-authorization-approval-2026-08-28.txt", "Approved. Repetitive TMS, 36 sessions, dates of service 09/01/2026 through 11/30/2026."),
    ("clinical/tms-treatment-summary-2026.txt", "2023 episode: remission after 36 TMS sessions"),
    ("clinical/tms-treatment-summary-2026.txt", "Denies suicidal ideation."),
]

CASES = [
    {"slug": "01-stldi-ketamine-preexisting-condition-patient", "case_yaml": C01_YAML, "docs": C01_DOCS,
     "truth": C01_TRUTH, "checks": C01_CHECKS},
    {"slug": "02-medicare-advantage-spravato-internal-criteria-daughter", "case_yaml": C02_YAML, "docs": C02_DOCS,
     "truth": C02_TRUTH, "checks": C02_CHECKS},
    {"slug": "03-medicaid-ffs-tms-prior-auth-fair-hearing-physician", "case_yaml": C03_YAML, "docs": C03_DOCS,
     "truth": C03_TRUTH, "checks": C03_CHECKS},
    {"slug": "04-self-funded-cobra-tms-premium-grace-patient", "case_yaml": C04_YAML, "docs": C04_DOCS,
     "truth": C04_TRUTH, "checks": C04_CHECKS},
]
