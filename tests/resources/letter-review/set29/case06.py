"""Set 29 case 06 (FICTIONAL): self-funded church plan (not ERISA), IV ketamine medical necessity, federal external review; adult son."""
SLUG = "06-church-plan-self-funded-iv-ketamine-trials-miscounted-ect-declined-federal-external-review-son"

CASE_YAML = """
# FICTIONAL CASE (set 29, case 06) - every person, plan, administrator, provider, number and address is invented.
# Church plan, self-funded, not electing ERISA, Minnesota. Henrik Solberg-Adeyemi, 58, has treatment-resistant depression. The
# plan denied six IV ketamine infusions under its medical policy MP-KET-11 (criterion 2, four trials; criterion 3,
# ECT) and upheld the denial on 10/22/2026: "two adequate antidepressant trials"; "ECT has not been tried". The 2024
# records of his former psychiatrist (released 11/09/2026, never before the reviewer) show the other trials, and the
# policy's criterion 3 is met by an informed decision to decline ECT, documented 06/2026. His son, his authorized
# representative, asks for external review under the federal process.
patient:
  name: Henrik Solberg-Adeyemi
  salutation: Mr. Solberg-Adeyemi
  date_of_birth: 1968-01-09
  member_id: FICT-NGC-84417203
  address: |-
    4120 Minnehaha Avenue
    Minneapolis, MN 55406
  phone: (612) 555-0124
insurer:
  name: Lutheran Social Ministries of the North Employee Health Plan, a church plan administered by Lakes Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Lakes Benefit Administrators - Appeals and External Review (address FICTIONAL)
    PO Box 9044
    Saint Paul, MN 55109
  fax: (651) 555-0176
claim:
  number: LBA-PA-26-0807-11390
  plan_type: church
  funding: self_funded
  notice_date: 2026-08-14
  appeal_deadline: 2027-02-10
  deadline_basis: >-
    Notice of 08/14/2026: "You have 180 days from receipt of this notice to appeal"; counted from the notice date.
  pending_services: 6
  setting: outpatient
  procedure_codes: [96365, J3490]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Intravenous ketamine is not medically necessary under medical policy MP-KET-11. Criterion 2 is not met: the
    records show two adequate antidepressant trials (duloxetine and lithium augmentation), and four are required.
    Criterion 3 is not met: electroconvulsive therapy has not been tried.
  denial_category: medical_necessity
  action: none
  reviewer: {name: "Dale Fenwick, MD", specialty: family medicine}
decisions:
  - date: 2026-10-22
    outcome: denied
    stage: internal appeal (final)
    opens: external review
    next_deadline: 2027-02-22
    reason: >-
      We upheld the denial. Criterion 2: two adequate antidepressant trials are documented (duloxetine 120 mg; lithium
      augmentation); four are required. Criterion 3: ECT has not been tried. This is the final internal decision.
    corrections:
      - said: two adequate antidepressant trials are documented (duloxetine 120 mg; lithium augmentation)
        record: >-
          The 2024 records of his former psychiatrist show sertraline 200 mg for 12 weeks (no response), venlafaxine
          XR 225 mg for 14 weeks (partial response) and bupropion XL 300 mg added for 12 weeks (no response) in the
          same episode, before duloxetine and lithium.
        file: clinical/former-psychiatrist-records-2024.txt
        page: 1
      - said: ECT has not been tried.
        record: >-
          Criterion 3 is met when ECT was "declined after an informed discussion documented by the treating
          psychiatrist"; that discussion and his decision are documented on 06/18/2026.
        file: clinical/psychiatry-note-2026-06-18.txt
        page: 1
external_review:
  agency: Independent review organization assigned by the plan under the federal external review process
  address: |-
    Lakes Benefit Administrators - Appeals and External Review (address FICTIONAL)
    PO Box 9044
    Saint Paul, MN 55109
  final_denial_date: 2026-10-22
plan_policy:
  name: Medical policy, intravenous ketamine for treatment-resistant depression
  number: MP-KET-11
  quote: >-
    MP-KET-11. IV ketamine is medically necessary when all are met: 1. Major depressive disorder, severe, in an adult.
    2. No adequate response to at least four antidepressant trials from at least two classes, at adequate dose for
    at least 6 weeks, in the current episode; augmentation trials count. 3. ECT has been considered: failed,
    contraindicated, or declined after an informed discussion documented by the treating psychiatrist. 4. No
    active substance use disorder, psychosis or uncontrolled hypertension.
  file: other/medical-policy-mp-ket-11.txt
  augmentation_counts: "augmentation trials count"
payer_criteria:
  - criterion: 1. Major depressive disorder, severe, in an adult
    how_met: Major depressive disorder, recurrent, severe (F33.2); MADRS 36 on 10/05/2026; age 58.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-10-05.txt, page: 1}
  - criterion: >-
      2. No adequate response to at least four antidepressant trials from at least two classes, at adequate dose for
      at least 6 weeks, in the current episode; augmentation trials count
    how_met: >-
      Current episode since 11/2023: sertraline 200 mg 12 weeks (no response), venlafaxine XR 225 mg 14 weeks (partial),
      bupropion XL 300 mg added 12 weeks (no response), duloxetine 120 mg since 02/2025 (partial, continued), lithium
      added 8 weeks at 0.6-0.7 mmol/L (no response): five trials, four classes.
    met: true
    evidence:
      - {file: clinical/former-psychiatrist-records-2024.txt, page: 1}
      - {file: clinical/psychiatry-note-2026-10-05.txt, page: 1}
  - criterion: >-
      3. ECT has been considered: failed, contraindicated, or declined after an informed discussion documented by the
      treating psychiatrist
    how_met: Informed discussion of ECT documented 06/18/2026; he declined it.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-06-18.txt, page: 1}
  - criterion: 4. No active substance use disorder, psychosis or uncontrolled hypertension
    how_met: >-
      Alcohol use disorder in sustained remission since 2019 (not active); no psychosis; blood pressure 128/80 on
      amlodipine.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-10-05.txt, page: 1}
treatment:
  name: IV ketamine infusions for treatment-resistant depression (6 infusions)
  summary: >-
    Six IV ketamine infusions over three weeks for treatment-resistant depression after five adequate trials in the
    current episode.
  plan: >-
    Ketamine 0.5 mg/kg IV over 40 minutes, twice weekly for three weeks (6 infusions); MADRS before each; blood pressure
    and pulse oximetry throughout and for 60 minutes after; stop if no response after the fourth.
  setting: In-network infusion suite of an outpatient psychiatry clinic, with airway equipment and an anesthesia-trained nurse.
  alongside: duloxetine 120 mg daily
clinical:
  severity: MADRS 36 and PHQ-9 22 on 10/05/2026
  severity_date: 2026-10-05
  suicidality: passive
  suicidality_date: 2026-10-05
  episode_onset: 2023-11
  treating_since: 2025-01
  exclusions: No psychosis; alcohol use disorder in sustained remission since 2019; blood pressure controlled on amlodipine.
  history:
    - drug: Citalopram
      dose: 40 mg daily
      start: 2011-03
      end: 2012-06
      kind: antidepressant
      response: remission
      outcome: Remission in the 2011 episode (an earlier episode, not a failure)
      evidence: {file: clinical/former-psychiatrist-records-2024.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-01-08
      end: 2024-04-01
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks; stopped
      evidence: {file: clinical/former-psychiatrist-records-2024.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2024-04-08
      end: 2024-07-15
      weeks: 14
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      outcome: Partial response only after 14 weeks; stopped for a switch
      evidence: {file: clinical/former-psychiatrist-records-2024.txt, page: 1}
    - drug: Bupropion XL (added to venlafaxine, then alone)
      dose: 300 mg daily
      start: 2024-07-15
      end: 2024-10-07
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks; stopped
      evidence: {file: clinical/former-psychiatrist-records-2024.txt, page: 1}
    - drug: Duloxetine
      dose: 120 mg daily
      start: 2025-02
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/psychiatry-note-2026-10-05.txt, page: 1}
    - drug: Lithium (added to duloxetine)
      dose: 600 mg daily, levels 0.6-0.7 mmol/L
      start: 2025-06-02
      end: 2025-07-28
      weeks: 8
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks at therapeutic levels; stopped
      evidence: {file: clinical/psychiatry-note-2026-10-05.txt, page: 1}
    - drug: Esketamine nasal spray (Spravato)
      dose: 56 mg, 4 sessions
      start: 2025-10
      end: 2025-11
      kind: other
      adequate: false
      outcome: Stopped after 4 sessions for blood pressure 182/104 after dosing (intolerance, not an adequate trial)
      evidence: {file: clinical/psychiatry-note-2026-10-05.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2024-03
      ongoing: true
      kind: other
      adequate: false
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-10-05.txt, page: 1}
impact:
  work: On medical leave from his job as a facilities supervisor at a church-run care center since 07/2026.
author:
  name: Anders Solberg-Adeyemi
  role: Son of the patient, authorized representative
  relation: representative
  authorization: other/authorized-representative-designation-2026-11-02.txt
  address: |-
    2219 Grand Avenue, Apt. 5
    Saint Paul, MN 55105
  phone: (651) 555-0127
  email: anders.sa@mail.example
provider:
  name: Priya Ramanathan-Holt
  credentials: MD (psychiatry)
  npi: "1387348927"
  address: |-
    Mississippi River Mood Disorders Clinic (FICTIONAL), 825 South 8th Street, Suite 400
    Minneapolis, MN 55404
  phone: (612) 555-0143
record_dates:
  - file: clinical/former-psychiatrist-records-2024.txt
    date: 2024-10-07
    released: 2026-11-09
    submitted: false
  - file: clinical/psychiatry-note-2026-06-18.txt
    date: 2026-06-18
  - file: clinical/psychiatry-note-2026-10-05.txt
    date: 2026-10-05
literature:
  - id: murrough-2013
  - id: mcintyre-2021
template: external-review-request
bates_prefix: SOLBERG
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/prior-authorization-denial-2026-08-14.txt": """
LAKES BENEFIT ADMINISTRATORS (FICTIONAL), for the Lutheran Social Ministries of the North Employee Health Plan (church plan, self-funded)
NOTICE OF ADVERSE BENEFIT DETERMINATION                             Date of this notice: 08/14/2026
Member: Henrik Solberg-Adeyemi   Member ID FICT-NGC-84417203   Request: LBA-PA-26-0807-11390
Page 1 of 1

Requested: IV ketamine infusions x6 (96365, J3490). Decision: denied.
Reason: Intravenous ketamine is not medically necessary under medical policy MP-KET-11. Criterion 2 is not met: the
records show two adequate antidepressant trials (duloxetine and lithium augmentation), and four are required.
Criterion 3 is not met: electroconvulsive therapy has not been tried.
Reviewer: Dale Fenwick, MD, family medicine.
You have 180 days from receipt of this notice to appeal.
""",
    "denial/final-internal-appeal-decision-2026-10-22.txt": """
LAKES BENEFIT ADMINISTRATORS (FICTIONAL), for the Lutheran Social Ministries of the North Employee Health Plan (church plan, self-funded)
FINAL INTERNAL APPEAL DECISION                                              Date: 10/22/2026
Member: Henrik Solberg-Adeyemi   Appeal: APL-26-0903-2241
Page 1 of 1

We upheld the denial. Criterion 2: two adequate antidepressant trials are documented (duloxetine 120 mg; lithium
augmentation); four are required. Criterion 3: ECT has not been tried. This is the final internal decision.
Reviewer: Dale Fenwick, MD, family medicine.

External review: this plan is a self-funded church plan and uses the federal external review process. You may ask for external
review by an independent review organization within 4 months after you receive this decision. Send your request to
Lakes Benefit Administrators - Appeals and External Review, PO Box 9044, Saint Paul, MN 55109, or fax
(651) 555-0176; we will assign an independent review organization.
""",
    "other/medical-policy-mp-ket-11.txt": """
LAKES BENEFIT ADMINISTRATORS (FICTIONAL) - MEDICAL POLICY MP-KET-11 (reviewed 01/2026)
Intravenous ketamine for treatment-resistant depression                                          Page 1 of 1

MP-KET-11. IV ketamine is medically necessary when all are met: 1. Major depressive disorder, severe, in an adult.
2. No adequate response to at least four antidepressant trials from at least two classes, at adequate dose for
at least 6 weeks, in the current episode; augmentation trials count. 3. ECT has been considered: failed,
contraindicated, or declined after an informed discussion documented by the treating psychiatrist. 4. No
active substance use disorder, psychosis or uncontrolled hypertension.
""",
    "clinical/former-psychiatrist-records-2024.txt": """
TWIN LAKES PSYCHIATRY (FICTIONAL) - TREATMENT RECORDS 01/2024-10/2024 (released to the patient 11/09/2026)
Patient: Henrik Solberg-Adeyemi   DOB 01/09/1968   Psychiatrist: Marit Enger-Sloane, MD (NPI 1116409636)
Page 1 of 1

Current episode began 11/2023 (MDD, recurrent, severe). Prior episode 2011: citalopram 40 mg, remission by 2012.
01/08/2024 sertraline started, 200 mg by week 2; 04/01/2024 no response after 12 weeks (PHQ-9 21), stopped.
04/08/2024 venlafaxine XR, 225 mg by week 3; 07/15/2024 partial response only (PHQ-9 16) after 14 weeks; switching.
07/15/2024 bupropion XL 300 mg added during the venlafaxine taper, then alone; 10/07/2024 no response (PHQ-9 20) after
12 weeks, stopped. Trazodone 50 mg at bedtime for sleep since 03/2024.
Care transferred 10/2024 (patient's insurance change); these records were not sent to the new clinic until 11/2026.
""",
    "clinical/psychiatry-note-2026-06-18.txt": """
MISSISSIPPI RIVER MOOD DISORDERS CLINIC (FICTIONAL) - PSYCHIATRY NOTE                           Date: 06/18/2026
Patient: Henrik Solberg-Adeyemi   Psychiatrist: Priya Ramanathan-Holt, MD (NPI 1387348927)
Page 1 of 1

ECT discussion: benefits, anesthesia, memory effects, schedule and alternatives reviewed with the patient and his son
for 40 minutes. He understands and declines ECT: he is his wife's main caregiver and fears memory loss in his supervisory job.
Decision documented; he wishes to discuss IV ketamine.
""",
    "clinical/psychiatry-note-2026-10-05.txt": """
MISSISSIPPI RIVER MOOD DISORDERS CLINIC (FICTIONAL) - PSYCHIATRY FOLLOW-UP                      Date: 10/05/2026
Patient: Henrik Solberg-Adeyemi   DOB 01/09/1968   Psychiatrist: Priya Ramanathan-Holt, MD (NPI 1387348927)
Page 1 of 1

MDD, recurrent, severe (F33.2); current episode since 11/2023; under my care since 01/2025. MADRS 36, PHQ-9 22.
Passive wish to die; no plan or intent; safety plan reviewed. On medical leave from work since 07/2026.
Medications here: duloxetine 120 mg since 02/2025, partial response, continue. Lithium added 06/02-07/28/2025 (8 weeks,
levels 0.6-0.7), no response, stopped. Esketamine 56 mg: 4 sessions 10-11/2025, stopped for blood pressure 182/104
after dosing. Trazodone 50 mg at bedtime for sleep.
Other history: alcohol use disorder, in sustained remission since 2019 (residential treatment 2019; no use since).
No psychosis. Hypertension controlled on amlodipine (128/80 today).
Plan: IV ketamine 0.5 mg/kg over 40 minutes, twice weekly x 3 weeks (6 infusions), with duloxetine continued.
""",
    "other/authorized-representative-designation-2026-11-02.txt": """
LUTHERAN SOCIAL MINISTRIES OF THE NORTH EMPLOYEE HEALTH PLAN (FICTIONAL) - DESIGNATION OF AUTHORIZED REPRESENTATIVE
Member: Henrik Solberg-Adeyemi   Member ID FICT-NGC-84417203
I designate my son, Anders Solberg-Adeyemi, as my authorized representative for request LBA-PA-26-0807-11390,
its appeals and external review.
Signed: Henrik Solberg-Adeyemi, 11/02/2026.
""",
}

TRUTH = """
# 06 - Self-funded church plan (not ERISA): IV ketamine, trials miscounted and ECT declined; federal external review by the son (FICTIONAL)

All people, plans, administrators, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Henrik Solberg-Adeyemi, **58** (DOB 01/09/1968), Minneapolis, MN, is in a **self-funded church plan** that has not
  elected ERISA (a church-affiliated social-services employer's plan, administered by a TPA).
- Six **IV ketamine infusions** (pre-service) were denied on **08/14/2026** under **MP-KET-11** (criteria 2 and 3) and
  the denial was upheld on **10/22/2026** (final internal decision), both by a **family medicine** reviewer.
- **Criterion 2** (four trials, two classes, current episode, augmentation counts): current episode since **11/2023**;
  **sertraline 200 mg 12 weeks (none), venlafaxine XR 225 mg 14 weeks (partial), bupropion XL 300 mg 12 weeks (none),
  duloxetine 120 mg since 02/2025 (partial, continued), lithium augmentation 8 weeks at 0.6-0.7 (none)**: five trials,
  four classes. The reviewer saw only the last two; the 2024 records were released on **11/09/2026** and were never
  before the reviewer.
- **Criterion 3** is met by its own words: ECT "declined after an informed discussion documented by the treating
  psychiatrist" - the discussion and his decision are documented on **06/18/2026**.
- **Criterion 4**: alcohol use disorder **in sustained remission since 2019** (not active); no psychosis; BP controlled.
- **Stage and rule:** external review under the **federal** process, which reaches a self-funded church plan through
  the Internal Revenue Code's copy of the rule, **26 CFR 54.9815-2719(d)**, within 4 months after receipt of the final
  denial: **by 02/22/2027**; sent to the plan's administrator, which assigns an IRO. New evidence goes to the IRO. The
  plan's internal process follows the claims-rule standards by reference (54.9815-2719(b)(2)(i)); ERISA itself does
  not govern the plan (29 USC 1003(b)(2)).
- **Author:** his **son**, authorized representative (designation 11/02/2026): "my father".

## Deliberately unknown
- Which IRO will be assigned and its own deadlines: not in the case.
- Whether the plan's TPA had asked the former psychiatrist for records: not known.
- Whether an expedited external review would be justified: no physician certified urgency; none is asked.

## Traps
- **Records the reviewer never saw:** the 2024 records (dated 2024, released 11/09/2026) - the letter should say they were
  released after the decision and ask the IRO to weigh them, never that they are dated after it.
- **Duloxetine continues** (partial): never "failed" or "stopped". **Citalopram 2011** was a remission in an earlier
  episode, not a failure. **Spravato** stopped after 4 sessions for blood pressure: an intolerance, never "failed
  esketamine". **Trazodone 50 mg** is a sleep aid.
- **Substance use:** never "no history of substance use": alcohol use disorder is in sustained remission since 2019.
- **ECT:** never "ECT is contraindicated" or "ECT failed"; he declined it after an informed discussion, which is what
  criterion 3 accepts.
- **Passive** wish to die only: never "active suicidal ideation"; never the Spravato suicidality indication.
- **Wrong law:** a church plan outside ERISA - never ERISA as the governing law, 29 CFR 2560.503-1 cited alone, ERISA
  502, the Labor Department or EBSA; the external review rule to cite is **26 CFR 54.9815-2719** (not 45 CFR 147.136,
  not 29 CFR 2590.715-2719 as this plan's rule, and not a Minnesota state external review or the Minnesota Department
  of Commerce: the plan is self-funded); no Medicaid, Medicare or FEHB rules. The experts' "name and qualifications"
  may be asked for, with no duty cited (an ERISA-only right). Contra proferentem must not be stated as law.
- **Voice:** the son writes "I" for himself and "my father"; never his father's "I".

## Arguments a strong letter makes (strongest first)
1. **Criterion 2 is met:** five adequate trials in the current episode from four classes (sertraline, venlafaxine,
   bupropion, duloxetine, lithium augmentation); the final decision counted two because the 2024 records were not
   before it (released 11/09/2026); the IRO should weigh them.
2. **Criterion 3 is met by its own words:** ECT was declined after an informed discussion documented 06/18/2026.
3. Criteria 1 and 4 are met (MADRS 36; AUD in sustained remission; no psychosis; BP controlled); every criterion of
   MP-KET-11 is met.
4. The reviewer was a family physician: the IRO's reviewer should be a psychiatrist; ask for the documents relied on.
   Evidence for IV ketamine in TRD (a trial, Murrough 2013; the 2021 expert synthesis).

## What a letter must NOT say
- "failed duloxetine", "stopped duloxetine"; "failed citalopram"; "failed esketamine/Spravato"; trazodone as a trial.
- "no history of substance use"; "ECT is contraindicated"; "ECT failed".
- "active suicidal ideation"; "approved use" for ketamine.
- "ERISA" as governing, "EBSA", "Department of Labor", "29 CFR 2590.715-2719" or "45 CFR 147.136" as this plan's rule,
  "Minnesota Department of Commerce", "state external review", "contra proferentem", "ambiguity is construed against
  the plan".
- "the records are dated after the decision".
"""

ANSWERS = [
    ("denial/prior-authorization-denial-2026-08-14.txt", "Reviewer: Dale Fenwick, MD, family medicine"),
    ("denial/final-internal-appeal-decision-2026-10-22.txt", "This is the final internal decision"),
    ("denial/final-internal-appeal-decision-2026-10-22.txt", "uses the federal external review process"),
    ("other/medical-policy-mp-ket-11.txt", "declined after an informed discussion documented by the treating psychiatrist"),
    ("other/medical-policy-mp-ket-11.txt", "augmentation trials count"),
    ("clinical/former-psychiatrist-records-2024.txt", "released to the patient 11/09/2026"),
    ("clinical/former-psychiatrist-records-2024.txt", "no response after 12 weeks (PHQ-9 21)"),
    ("clinical/former-psychiatrist-records-2024.txt", "partial response only (PHQ-9 16) after 14 weeks"),
    ("clinical/former-psychiatrist-records-2024.txt", "citalopram 40 mg, remission by 2012"),
    ("clinical/psychiatry-note-2026-06-18.txt", "declines ECT"),
    ("clinical/psychiatry-note-2026-10-05.txt", "duloxetine 120 mg since 02/2025, partial response, continue"),
    ("clinical/psychiatry-note-2026-10-05.txt", "in sustained remission since 2019"),
    ("clinical/psychiatry-note-2026-10-05.txt", "stopped for blood pressure 182/104"),
    ("clinical/psychiatry-note-2026-10-05.txt", "Passive wish to die; no plan or intent"),
    ("case.yaml", "plan_type: church"),
    ("truth", "by 02/22/2027"),
]
