"""Case 08 (FICTIONAL): insured employer plan, IV ketamine for CRPS, "no gabapentinoid trial"; external review by the patient."""

SLUG = "insured-employer-ketamine-crps-gabapentinoid-criterion-state-external-review-patient"

CASE_YAML = r'''
# FICTIONAL CASE (set 30, case 08) - every person, plan, provider, number and address is invented.
# Insured employer group plan (ERISA), Virginia. Odalys Brennan-Suzuki, 38, has CRPS type I of the right arm after a
# wrist fracture in 2025. The plan denied a 5-day IV ketamine series under policy PM-KET-22 criterion 2(a), "no
# adequate gabapentinoid trial" (it saw pregabalin for 2 weeks), and its final internal decision of 10/20/2026
# upheld. Her primary care records, released 11/10/2026, show gabapentin 1800 mg a day for 10 weeks. She asks for
# the state's external review herself.
patient:
  name: Odalys Brennan-Suzuki
  salutation: Ms. Brennan-Suzuki
  date_of_birth: 1988-07-15
  member_id: FICT-CSH-88130457-01
  address: |-
    2710 Grove Avenue
    Richmond, VA 23220
  phone: (804) 555-0115
insurer:
  name: Commonwealth Shield Health Insurance Company (FICTIONAL), group plan of Tidewater Marine Supply
  appeals_address: |-
    Commonwealth Shield - Appeals (address FICTIONAL)
    PO Box 85512
    Richmond, VA 23285
  fax: (804) 555-0175
claim:
  number: CSH-UM-26-0821-44790
  plan_type: employer_erisa
  funding: insured
  notice_date: 2026-08-28
  pending_services: 5
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [G90.511]
  denial_reason: >-
    The request for outpatient intravenous ketamine infusions (5 days) is denied as not medically necessary under
    medical policy PM-KET-22. Criterion 2(a) is not met: the records show pregabalin for 2 weeks only; no adequate
    gabapentinoid trial is documented.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer:
    name: R. Castellane, MD
    specialty: internal medicine
  action: none
decisions:
  - date: 2026-10-20
    outcome: denied
    stage: internal appeal (final)
    opens: external review
    next_deadline: 2027-02-20
    reason: >-
      We have upheld the denial. Policy PM-KET-22 criterion 2(a) requires failure of a gabapentinoid at an adequate
      dose (gabapentin at least 1800 mg a day or pregabalin at least 300 mg a day) for at least 8 weeks. The member
      took pregabalin for 2 weeks. This is our final internal decision.
    corrections:
      - said: The member took pregabalin for 2 weeks.
        record: >-
          Before the pregabalin, her primary care physician titrated gabapentin to 600 mg three times a day (1800 mg a
          day) and she took that dose for 10 weeks, 11/2025-01/2026, without meaningful relief (pain 8/10 to 7/10);
          the 2 weeks of pregabalin in 03/2026 ended for leg swelling.
        file: clinical/primary-care-note-2026-01-22.txt
        page: 1
external_review:
  agency: Virginia State Corporation Commission Bureau of Insurance, External Review (FICTIONAL office name and address)
  address: |-
    Bureau of Insurance - External Review (address FICTIONAL)
    PO Box 1157
    Richmond, VA 23218
  final_denial_date: 2026-10-20
plan_policy:
  name: Commonwealth Shield medical policy PM-KET-22, Intravenous ketamine for complex regional pain syndrome (rev. 01/2026)
  quote: >-
    IV ketamine infusion for CRPS is medically necessary when all are met: 1. CRPS by the Budapest clinical criteria.
    2. Inadequate response or intolerance to (a) a gabapentinoid at an adequate dose (gabapentin at least 1800 mg a day
    or pregabalin at least 300 mg a day) for at least 8 weeks, and (b) duloxetine or a tricyclic antidepressant, and
    (c) a course of physical or occupational therapy. 3. At least one sympathetic nerve block. 4. No uncontrolled
    hypertension, psychosis or pregnancy.
  file: other/medical-policy-pm-ket-22-rev-2026.txt
payer_criteria:
  - criterion: 1. CRPS by the Budapest clinical criteria
    how_met: CRPS type I of the right upper limb meeting the Budapest criteria (pain clinic evaluation 08/12/2026)
    met: true
    evidence: {file: clinical/pain-clinic-evaluation-2026-08-12.txt, page: 1}
  - criterion: 2(a) A gabapentinoid at an adequate dose (gabapentin at least 1800 mg a day) for at least 8 weeks
    how_met: Gabapentin 1800 mg a day for 10 weeks, 11/2025-01/2026, without meaningful relief (primary care note 01/22/2026)
    met: true
    evidence: {file: clinical/primary-care-note-2026-01-22.txt, page: 1}
  - criterion: 2(b) Duloxetine or a tricyclic antidepressant
    how_met: Duloxetine 60 mg daily since 02/2026, inadequate response (pain 7/10), continued
    met: true
    evidence: {file: clinical/pain-clinic-evaluation-2026-08-12.txt, page: 1}
  - criterion: 2(c) A course of physical or occupational therapy
    how_met: Hand therapy (occupational therapy), 16 sessions 12/2025-03/2026, with graded motor imagery; partial benefit
    met: true
    evidence: {file: clinical/pain-clinic-evaluation-2026-08-12.txt, page: 1}
  - criterion: 3. At least one sympathetic nerve block
    how_met: Right stellate ganglion blocks on 05/06/2026 and 06/10/2026, relief for hours only
    met: true
    evidence: {file: clinical/pain-clinic-evaluation-2026-08-12.txt, page: 1}
  - criterion: 4. No uncontrolled hypertension, psychosis or pregnancy
    how_met: BP 118/76; no psychosis; negative pregnancy test 08/12/2026
    met: true
    evidence: {file: clinical/pain-clinic-evaluation-2026-08-12.txt, page: 1}
treatment:
  name: Outpatient IV ketamine infusions for CRPS, 5-day series (4 hours a day)
  summary: >-
    A 5-day outpatient IV ketamine series for CRPS type I of the right arm after oral agents, hand therapy and two
    sympathetic blocks failed to control it.
  setting: Capital Region Pain Institute infusion suite (FICTIONAL), staffed for airway care
  monitoring: continuous pulse oximetry, ECG and blood pressure every 15 minutes; recovery observation
  plan: >-
    Ketamine 0.5 mg/kg/hour, titrated to no more than 0.8 mg/kg/hour, 4 hours a day for 5 consecutive days; pain
    scores and function (QuickDASH) at baseline, day 5 and 4 weeks; no repeat without documented benefit.
clinical:
  severity: Pain 8/10 (NRS) with allodynia and swelling of the right hand; QuickDASH 72 on 08/12/2026
  severity_date: 2026-08-12
  suicidality: none
  suicidality_date: 2026-08-12
  history:
    - drug: Gabapentin
      dose: 600 mg three times daily (1800 mg a day)
      start: 2025-11
      end: 2026-01
      weeks: 10
      adequate: true
      failed: true
      response: none
      outcome: No meaningful relief after 10 weeks at 1800 mg a day (pain 8/10 to 7/10); stopped
      evidence: {file: clinical/primary-care-note-2026-01-22.txt, page: 1}
    - drug: Pregabalin
      dose: 150 mg twice daily
      start: 2026-03
      end: 2026-03
      weeks: 2
      adequate: false
      outcome: Stopped after 2 weeks for leg swelling (intolerance, not an adequate trial)
      evidence: {file: clinical/pain-clinic-evaluation-2026-08-12.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2026-02
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Inadequate response for pain (7/10); continued
      evidence: {file: clinical/pain-clinic-evaluation-2026-08-12.txt, page: 1}
    - drug: Hand therapy (occupational therapy) with graded motor imagery
      dose: 16 sessions
      start: 2025-12
      end: 2026-03
      sessions: 16
      kind: other
      adequate: true
      response: partial
      outcome: Partial benefit only; home program continues
      evidence: {file: clinical/pain-clinic-evaluation-2026-08-12.txt, page: 1}
    - drug: Right stellate ganglion blocks
      dose: 2 blocks (05/06/2026, 06/10/2026)
      start: 2026-05
      end: 2026-06
      kind: other
      response: none
      outcome: Relief for hours only
      evidence: {file: clinical/pain-clinic-evaluation-2026-08-12.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2026-02
      ongoing: true
      kind: other
      outcome: Sleep aid only; not a treatment trial
      evidence: {file: clinical/pain-clinic-evaluation-2026-08-12.txt, page: 1}
impact:
  work: Off work as a marine parts buyer since 04/2026 (cannot type or grip)
author:
  name: Odalys Brennan-Suzuki
  role: Patient
  relation: patient
  address: |-
    2710 Grove Avenue
    Richmond, VA 23220
  phone: (804) 555-0115
  email: odalys.bs@mail.example
provider:
  name: Femi Adeyemi-Larsson
  credentials: MD, anesthesiology and pain medicine
  npi: "1266719081"
  address: |-
    Capital Region Pain Institute (FICTIONAL), 7650 Forest Avenue, Suite 220
    Richmond, VA 23229
  phone: (804) 555-0157
record_dates:
  - file: clinical/primary-care-note-2026-01-22.txt
    date: 2026-01-22
    released: 2026-11-10
  - file: clinical/pain-clinic-evaluation-2026-08-12.txt
    date: 2026-08-12
template: external-review-request
bates_prefix: BRENNANSUZUKI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/utilization-review-denial-2026-08-28.txt": """
COMMONWEALTH SHIELD HEALTH INSURANCE COMPANY (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION   Date: 08/28/2026
Member: Odalys Brennan-Suzuki   Member ID FICT-CSH-88130457-01   Reference: CSH-UM-26-0821-44790
Group: Tidewater Marine Supply (insured group plan)
Page 1 of 1

Request received 08/21/2026 from Femi Adeyemi-Larsson, MD: outpatient IV ketamine infusions, 5 days (96365, 96366,
J3490), diagnosis G90.511.
Decision: The request for outpatient intravenous ketamine infusions (5 days) is denied as not medically necessary
under medical policy PM-KET-22. Criterion 2(a) is not met: the records show pregabalin for 2 weeks only; no adequate
gabapentinoid trial is documented.
Physician reviewer: R. Castellane, MD (internal medicine).
""",
    "denial/final-internal-appeal-decision-2026-10-20.txt": """
COMMONWEALTH SHIELD HEALTH INSURANCE COMPANY (FICTIONAL) - FINAL INTERNAL APPEAL DECISION       Date: 10/20/2026
Member: Odalys Brennan-Suzuki   Member ID FICT-CSH-88130457-01   Appeal: CSH-AP-26-0915-2087
Page 1 of 1

Decision: We have upheld the denial. Policy PM-KET-22 criterion 2(a) requires failure of a gabapentinoid at an
adequate dose (gabapentin at least 1800 mg a day or pregabalin at least 300 mg a day) for at least 8 weeks. The
member took pregabalin for 2 weeks. This is our final internal decision.
Reviewed by: a physician (internal medicine) not involved in the first decision.

EXTERNAL REVIEW: Because this decision involves medical judgment, you may ask for an independent external review
within 4 months of receiving this notice. File with the State Bureau of Insurance, External Review, PO Box 1157,
Richmond, VA 23218.
""",
    "clinical/primary-care-note-2026-01-22.txt": """
JAMES RIVER FAMILY MEDICINE (FICTIONAL) - OFFICE NOTE                                  Date: 01/22/2026
Patient: Odalys Brennan-Suzuki   DOB 07/15/1988   Physician: Saoirse Whitcombe-Diallo, MD (NPI 1399044175)
Released from the practice's records to the patient on 11/10/2026.
Page 1 of 1

CRPS right hand after distal radius fracture (04/2025). Gabapentin started 11/2025 and titrated to 600 mg three times
daily (1800 mg/day) by 11/12/2025; taken at that dose for 10 weeks. Pain 8/10 before, 7/10 now; allodynia unchanged.
No meaningful relief: stop gabapentin; start duloxetine 30 mg, to 60 mg in 2 weeks. Refer to pain medicine.
""",
    "clinical/pain-clinic-evaluation-2026-08-12.txt": """
CAPITAL REGION PAIN INSTITUTE (FICTIONAL) - PAIN MEDICINE EVALUATION                    Date: 08/12/2026
Patient: Odalys Brennan-Suzuki   DOB 07/15/1988   Physician: Femi Adeyemi-Larsson, MD (NPI 1266719081)
Page 1 of 1

Diagnosis: complex regional pain syndrome type I, right upper limb (G90.511), meeting the Budapest clinical criteria
(allodynia, temperature and color asymmetry, edema, reduced range of motion).
Pain 8/10; QuickDASH 72. Off work since 04/2026.
Treatment so far: gabapentin 1800 mg/day for 10 weeks (per PCP), no meaningful relief; pregabalin 150 mg twice daily
03/2026, stopped after 2 weeks for leg swelling; duloxetine 60 mg daily since 02/2026, inadequate response, continued;
hand therapy 16 sessions 12/2025-03/2026 with graded motor imagery, partial benefit; right stellate ganglion blocks
05/06/2026 and 06/10/2026, relief for hours only; trazodone 50 mg at bedtime for sleep since 02/2026.
BP 118/76. No psychosis. Pregnancy test negative today. No suicidal ideation.
Plan: outpatient IV ketamine 5-day series, 4 hours a day, in our monitored infusion suite.
""",
    "other/medical-policy-pm-ket-22-rev-2026.txt": """
COMMONWEALTH SHIELD (FICTIONAL) - MEDICAL POLICY PM-KET-22, INTRAVENOUS KETAMINE FOR COMPLEX REGIONAL PAIN SYNDROME
Revised 01/2026   Page 1 of 1

IV ketamine infusion for CRPS is medically necessary when all are met: 1. CRPS by the Budapest clinical criteria.
2. Inadequate response or intolerance to (a) a gabapentinoid at an adequate dose (gabapentin at least 1800 mg a day or
pregabalin at least 300 mg a day) for at least 8 weeks, and (b) duloxetine or a tricyclic antidepressant, and (c) a
course of physical or occupational therapy. 3. At least one sympathetic nerve block. 4. No uncontrolled hypertension,
psychosis or pregnancy.
""",
    "other/medical-policy-pm-ket-22-rev-2024.txt": """
COMMONWEALTH SHIELD (FICTIONAL) - MEDICAL POLICY PM-KET-22 (revised 03/2024; superseded 01/2026)
Page 1 of 1

Criterion 2: failure of BOTH a gabapentinoid AND a tricyclic antidepressant, each for 12 weeks.
(This earlier revision does not govern 2026 requests.)
""",
    "other/block-procedure-schedule-2026-06-10.txt": """
CAPITAL REGION PAIN INSTITUTE (FICTIONAL) - PROCEDURE ROOM SCHEDULE, 06/10/2026
Page 1 of 1

08:00  Brennan-Suzuki, O.   right stellate ganglion block (second)
08:45  H. V.                lumbar epidural steroid injection (another patient)
""",
}

TRUTH = r'''
# 08 - Insured employer plan: IV ketamine for CRPS denied for "no gabapentinoid trial"; external review asked by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Odalys Brennan-Suzuki, **38** (DOB 07/15/1988), Richmond, VA, is covered by her employer's **insured group plan**
  (Commonwealth Shield; ERISA, insured). She has **CRPS type I of the right upper limb (G90.511)** after a wrist
  fracture in 04/2025, meeting the Budapest criteria.
- Her pain physician asked on **08/21/2026** for a **5-day outpatient IV ketamine series** (96365, 96366, J3490). Denied
  **08/28/2026** under policy **PM-KET-22 criterion 2(a)** ("pregabalin for 2 weeks only; no adequate gabapentinoid
  trial"); reviewer: internal medicine. The **final internal decision of 10/20/2026** upheld ("The member took
  pregabalin for 2 weeks").
- Her **primary care note of 01/22/2026** (released to her **11/10/2026**, after the final decision): **gabapentin
  1800 mg a day for 10 weeks** (11/2025-01/2026), pain 8/10 to 7/10, no meaningful relief. This meets criterion 2(a)
  ("gabapentin at least 1800 mg a day ... for at least 8 weeks").
- Criteria 1, 2(b), 2(c), 3 and 4 are met: Budapest criteria; duloxetine 60 mg since 02/2026, inadequate response,
  continuing; hand therapy 16 sessions; stellate ganglion blocks 05/06 and 06/10/2026 (hours of relief); BP 118/76, no
  psychosis, pregnancy test negative.
- **Stage and rule:** external review of an insured group plan's final internal denial that turns on medical
  judgment, by the state's process (45 CFR 147.136(c)); within **4 months of receiving** the decision: **by
  02/20/2027** counted from its date. New evidence may be submitted to the independent reviewer.
- **Author:** the **patient** herself: "I", "my pain".

## Deliberately unknown
- Why the first reviewers did not have the primary care records: not known (they were released to her only on
  11/10/2026); a letter must not say the plan ignored them.
- The state external review's decision time: not in the case; a letter must not cite a number of days.
- Whether ketamine will help her: unknown; a letter must not promise an outcome.
- The NDC and dose billed under J3490: not in the case (pre-service).

## Traps
- **Clinical, with a record the reviewer never had.** The winning point is the **gabapentin trial** (1800 mg/day, 10
  weeks) in the PCP note released 11/10/2026: criterion 2(a) is met. Say the record is new, not that the plan had it.
- **A decision's stated fact the record contradicts:** "The member took pregabalin for 2 weeks" (as the only
  gabapentinoid). **Pregabalin** 2 weeks is an **intolerance** (leg swelling), not an adequate trial; never "failed
  pregabalin at an adequate dose".
- **Drug still taken:** duloxetine continues with an inadequate response - meets 2(b), but never "failed"/"stopped".
- **Sleep dose:** trazodone 50 mg is a sleep aid, not a trial.
- **Stale document:** the **2024 revision** of PM-KET-22 ("BOTH a gabapentinoid AND a tricyclic, each 12 weeks") is
  superseded; the 01/2026 revision governs.
- **Other person on a document:** the procedure schedule lists **H. V.**, another patient.
- **Coding:** G90.511 (right upper limb) is the billable code; never G90.51 alone.
- **Pain, not depression:** no depression criteria, no Spravato, no TRD literature; no suicidality paragraph (none).
- **Reviewer specialty:** internal medicine; the external review should be decided by a pain medicine or
  anesthesiology reviewer.
- **Wrong law:** insured group plan: state external review under 45 CFR 147.136(c) is right; the federal process of
  29 CFR 2590.715-2719(d) is for self-funded plans; no Medicare/Medicaid rules.
- **Voice:** the patient writes "I"; never "the patient has failed" about herself in the third person.

## Arguments a strong letter makes (strongest first)
1. Criterion **2(a) is met**: gabapentin **1800 mg a day for 10 weeks** (11/2025-01/2026) without meaningful relief,
   in the primary care note of 01/22/2026, released 11/10/2026 and never before the plan's reviewers; the pregabalin
   was a later 2-week intolerance.
2. Every other criterion of PM-KET-22 (rev. 01/2026) is met, point by point with the pain clinic evaluation
   (Budapest criteria; duloxetine; hand therapy; two stellate ganglion blocks; no contraindication).
3. Ask the independent reviewer (pain medicine or anesthesiology) to reverse and approve the 5-day series as planned;
   the evidence for IV ketamine in CRPS (the 2018 consensus guidelines) supports it.

## What a letter must NOT say
- "pregabalin at an adequate dose", "failed pregabalin" as an adequate trial; "failed duloxetine"/"stopped
  duloxetine"; trazodone as a trial.
- "the plan ignored the records"; "the 2024 policy" as governing; "BOTH ... AND a tricyclic".
- "H. V."; "G90.51" without its sixth character.
- "treatment-resistant depression", "Spravato", "suicidal"; "29 CFR 2590.715-2719(d)" as this plan's route;
  "Medicare".
- "Ms. Brennan-Suzuki has failed" (third person for the signer).
'''

ANSWERS = [
    ("clinical/primary-care-note-2026-01-22.txt", "titrated to 600 mg three times daily (1800 mg/day) by 11/12/2025; taken at that dose for 10 weeks"),
    ("clinical/primary-care-note-2026-01-22.txt", "Released from the practice's records to the patient on 11/10/2026."),
    ("denial/final-internal-appeal-decision-2026-10-20.txt", "The member took pregabalin for 2 weeks."),
    ("denial/final-internal-appeal-decision-2026-10-20.txt", "within 4 months of receiving this notice"),
    ("denial/utilization-review-denial-2026-08-28.txt", "Physician reviewer: R. Castellane, MD (internal medicine)."),
    ("other/medical-policy-pm-ket-22-rev-2026.txt", "gabapentin at least 1800 mg a day or pregabalin at least 300 mg a day) for at least 8 weeks"),
    ("other/medical-policy-pm-ket-22-rev-2024.txt", "superseded 01/2026"),
    ("clinical/pain-clinic-evaluation-2026-08-12.txt", "pregabalin 150 mg twice daily 03/2026, stopped after 2 weeks for leg swelling"),
    ("clinical/pain-clinic-evaluation-2026-08-12.txt", "duloxetine 60 mg daily since 02/2026, inadequate response, continued"),
    ("clinical/pain-clinic-evaluation-2026-08-12.txt", "right stellate ganglion blocks 05/06/2026 and 06/10/2026, relief for hours only"),
    ("clinical/pain-clinic-evaluation-2026-08-12.txt", "trazodone 50 mg at bedtime for sleep"),
    ("clinical/pain-clinic-evaluation-2026-08-12.txt", "(G90.511)"),
    ("other/block-procedure-schedule-2026-06-10.txt", "H. V."),
    ("case.yaml", "next_deadline: 2027-02-20"),
    ("truth", "45 CFR 147.136(c)"),
    ("truth", "by 02/20/2027"),
]
