"""Set 33 case 07 (FICTIONAL): Part D PDP step therapy on Auvelity, trials paid outside the plan; redetermination."""

SLUG = "07-part-d-pdp-auvelity-step-therapy-trials-outside-plan-redetermination-adult-son"

CASE_YAML = r'''
# FICTIONAL CASE (set 33, case 07) - every person, plan, provider, number and address is invented.
# Stand-alone Part D PDP, Oregon. Beatrix Oyelowo-Strand, 69, joined this plan on 01/01/2026. Her psychiatrist
# prescribed Auvelity (dextromethorphan-bupropion). The plan denied it under step therapy ST-AD-12 ("two
# antidepressants of different classes, 6 weeks each, in the past 365 days, in pharmacy claims": "claims show one").
# Escitalopram (10 weeks, 2025) was paid by her former Part D plan and venlafaxine (8 weeks, 2026) with a discount
# card. Her son, appointed on CMS-1696, asks for redetermination.
patient:
  name: Beatrix Oyelowo-Strand
  salutation: Mrs. Oyelowo-Strand
  date_of_birth: 1957-01-09
  member_id: FICT-CRX-5581043207
  address: |-
    1450 Northwest Hoyt Street, Apt 7
    Portland, OR 97209
  phone: (503) 555-0116
insurer:
  name: Cascade Crest Rx Plus (Medicare Part D prescription drug plan, FICTIONAL)
  appeals_address: |-
    Cascade Crest Rx Plus - Part D Redeterminations (FICTIONAL)
    PO Box 44015
    Portland, OR 97208
  fax: (503) 555-0166
claim:
  number: CCR-CD-26-1116-30872
  plan_type: medicare_part_d
  notice_date: 2026-11-18
  appeal_deadline: 2027-01-22
  deadline_basis: >-
    Notice of denial of Medicare prescription drug coverage of 11/18/2026: "You must ask for a redetermination
    within 65 days from the date of this notice" (42 CFR 423.582(b)).
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Step therapy requirement not met (ST-AD-12). Auvelity requires trials of two antidepressants from different
    classes, at least 6 weeks each, within the past 365 days, in pharmacy claims. Pharmacy claims show one
    antidepressant (duloxetine, since 06/2026).
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: Pharmacy claims show one antidepressant (duloxetine, since 06/2026).
      leaves_out: true
      record: >-
        Escitalopram 20 mg daily for 10 weeks (04-06/2025) was paid by her former Part D plan, and venlafaxine XR
        150 mg daily for 8 weeks (02-04/2026) was bought with a discount card; both are in the pharmacy's fill
        history and the psychiatrist's notes, not in this plan's claims.
      file: other/pharmacy-fill-history-2025-2026.txt
      page: 1
plan_policy:
  name: Cascade Crest Rx Plus 2026 Step Therapy Criteria ST-AD-12, Auvelity (dextromethorphan-bupropion)
  number: ST-AD-12
  quote: >-
    Auvelity is covered after trials of two antidepressants from different classes (SSRI, SNRI, bupropion,
    mirtazapine, tricyclic), at least 6 weeks each at an adequate dose, within the past 365 days, as shown in
    pharmacy claims or in the prescriber's records. An exception may be requested under the plan's coverage
    determination process.
  file: other/step-therapy-criteria-st-ad-12-excerpt.txt
  exception: >-
    An exception may be requested under the plan's coverage determination process.
payer_criteria:
  - criterion: Trial 1 of two antidepressants from different classes, at least 6 weeks at an adequate dose, within the past 365 days
    how_met: Escitalopram (SSRI) 20 mg daily 04/01-06/10/2025, 10 weeks, paid by her former Part D plan
    met: true
    evidence: {file: other/pharmacy-fill-history-2025-2026.txt, page: 1}
  - criterion: Trial 2, from a different class, at least 6 weeks at an adequate dose, within the past 365 days
    how_met: Venlafaxine XR (SNRI) 150 mg daily 02/02-03/30/2026, 8 weeks, bought with a discount card
    met: true
    evidence: {file: other/pharmacy-fill-history-2025-2026.txt, page: 1}
  - criterion: Shown in pharmacy claims or in the prescriber's records
    how_met: Both trials are in the psychiatrist's note of 11/10/2026 and the pharmacy's fill history
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
prescriber_statement:
  date: 2026-11-24
  quote: >-
    Mrs. Oyelowo-Strand has had two adequate trials from different classes in the past 365 days - escitalopram
    20 mg for 10 weeks (04-06/2025, under her former Part D plan) and venlafaxine XR 150 mg for 8 weeks (02-04/2026,
    discount card) - without remission, and she has only a partial response to duloxetine 60 mg. In my judgment
    a further step drug would not be as effective and would delay treatment.
  file: clinical/prescriber-supporting-statement-2026-11-24.txt
treatment:
  name: Auvelity (dextromethorphan-bupropion ER) 45 mg/105 mg tablets
  summary: >-
    An oral antidepressant of another mechanism for recurrent depression after escitalopram and venlafaxine without
    remission and a partial response to duloxetine.
  plan: >-
    One tablet daily for 3 days, then twice daily; taper duloxetine off over 2 weeks as Auvelity starts; review at
    2, 6 and 10 weeks (PHQ-9, blood pressure).
clinical:
  severity: PHQ-9 18 on 11/10/2026
  severity_date: 2026-11-10
  suicidality: none
  suicidality_date: 2026-11-10
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-04-01
      end: 2025-06-10
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      paid_outside: another plan
      outcome: No meaningful response after 10 weeks at 20 mg; stopped
      evidence: {file: other/pharmacy-fill-history-2025-2026.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 150 mg daily
      start: 2026-02-02
      end: 2026-03-30
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      paid_outside: discount card
      outcome: No meaningful response after 8 weeks at 150 mg; stopped for sweating and no benefit
      evidence: {file: other/pharmacy-fill-history-2025-2026.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2026-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; taken now, to be tapered only when Auvelity starts
      evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
    - drug: Doxepin
      dose: 6 mg at bedtime for sleep
      start: 2026-07
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
    - drug: Bupropion XL (2017 episode)
      dose: 300 mg daily
      start: 2017-01
      end: 2018-02
      kind: antidepressant
      response: remission
      outcome: Remission in the 2017 episode; tapered off 2018; not a failed trial
      evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
author:
  name: Emeka Strand
  role: Son of the enrollee, appointed representative (form CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-2026-11-20.txt
  address: |-
    3322 Southeast Division Street
    Portland, OR 97202
  phone: (503) 555-0128
  email: emeka.strand@mail.example
provider:
  name: Dr. Ilse Marchetti-Onwu
  credentials: MD, psychiatrist
  npi: "1460311727"
  address: |-
    Willamette Geriatric Psychiatry (FICTIONAL), 2020 Southwest Fourth Avenue
    Portland, OR 97201
  phone: (503) 555-0138
copies: [prescriber]
record_dates:
  - file: clinical/psychiatry-note-2026-11-10.txt
    date: 2026-11-10
  - file: clinical/prescriber-supporting-statement-2026-11-24.txt
    date: 2026-11-24
bates_prefix: OYELOWOSTRAND
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/notice-of-denial-of-part-d-coverage-2026-11-18.txt": r'''
CASCADE CREST RX PLUS (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE     Date: 11/18/2026
Enrollee: Beatrix Oyelowo-Strand   Member ID FICT-CRX-5581043207   Reference CCR-CD-26-1116-30872
Drug: Auvelity 45 mg/105 mg tablets, #60 per 30 days. Prescriber: Dr. Ilse Marchetti-Onwu.
We denied this request: Step therapy requirement not met (ST-AD-12). Auvelity requires trials of two
antidepressants from different classes, at least 6 weeks each, within the past 365 days, in pharmacy claims.
Pharmacy claims show one antidepressant (duloxetine, since 06/2026).
You must ask for a redetermination within 65 days from the date of this notice. You, your representative or your
prescriber may ask. If your prescriber says waiting could seriously harm your health, ask for a fast decision.
Redeterminations, PO Box 44015, Portland, OR 97208; fax (503) 555-0166.
''',
    "other/step-therapy-criteria-st-ad-12-excerpt.txt": r'''
CASCADE CREST RX PLUS (FICTIONAL) - 2026 STEP THERAPY CRITERIA (excerpt)                          Page 14 of 40
ST-AD-12 Auvelity (dextromethorphan-bupropion)
Auvelity is covered after trials of two antidepressants from different classes (SSRI, SNRI, bupropion,
mirtazapine, tricyclic), at least 6 weeks each at an adequate dose, within the past 365 days, as shown in pharmacy
claims or in the prescriber's records. An exception may be requested under the plan's coverage determination process.
''',
    "other/pharmacy-fill-history-2025-2026.txt": r'''
ROSE CITY COMMUNITY PHARMACY (FICTIONAL) - PATIENT FILL HISTORY, 01/01/2025-11/15/2026          Page 1 of 1
Patient: Beatrix Oyelowo-Strand   DOB 01/09/1957
04/01/2025  escitalopram 20 mg #30   paid by: Evergreen Senior Rx (former Part D plan)
05/01/2025  escitalopram 20 mg #30   paid by: Evergreen Senior Rx
05/31/2025  escitalopram 20 mg #30   paid by: Evergreen Senior Rx
02/02/2026  venlafaxine XR 150 mg #30   paid by: RxSaver discount card (cash price $11.40)
03/02/2026  venlafaxine XR 150 mg #30   paid by: RxSaver discount card (cash price $11.40)
06/04/2026  duloxetine 60 mg #30   paid by: Cascade Crest Rx Plus (refilled monthly since)
07/08/2026  doxepin 6 mg #30   paid by: Cascade Crest Rx Plus
Household note: 02/02/2026 atorvastatin 20 mg for Julius Strand (spouse; separate profile) - not this patient.
''',
    "clinical/psychiatry-note-2026-11-10.txt": r'''
WILLAMETTE GERIATRIC PSYCHIATRY (FICTIONAL) - FOLLOW-UP NOTE                            Date: 11/10/2026
Patient: Beatrix Oyelowo-Strand   DOB 01/09/1957   Psychiatrist: Dr. Ilse Marchetti-Onwu (NPI 1460311727)
Page 1 of 1
Recurrent major depressive disorder, moderate (F33.1). PHQ-9 18. No suicidal ideation.
Trials this episode: escitalopram 20 mg 04/01-06/10/2025 (10 weeks), no meaningful response; venlafaxine XR 150 mg
02/02-03/30/2026 (8 weeks), no meaningful response, sweating; duloxetine 60 mg since 06/2026, partial response,
continued for now. Doxepin 6 mg at bedtime for sleep since 07/2026.
Earlier episode: bupropion XL 300 mg 2017-2018, remission.
Plan: start Auvelity; taper duloxetine over 2 weeks once Auvelity is approved; BP at each visit.
''',
    "clinical/prescriber-supporting-statement-2026-11-24.txt": r'''
WILLAMETTE GERIATRIC PSYCHIATRY (FICTIONAL) - PRESCRIBER'S SUPPORTING STATEMENT        Date: 11/24/2026
For: Beatrix Oyelowo-Strand, redetermination of reference CCR-CD-26-1116-30872 (Auvelity)
Mrs. Oyelowo-Strand has had two adequate trials from different classes in the past 365 days - escitalopram 20 mg
for 10 weeks (04-06/2025, under her former Part D plan) and venlafaxine XR 150 mg for 8 weeks (02-04/2026, discount
card) - without remission, and she has only a partial response to duloxetine 60 mg. In my judgment a further step
drug would not be as effective and would delay treatment.
Signed: Ilse Marchetti-Onwu, MD
''',
    "other/medication-list-2024-former-clinic.txt": r'''
NORTHEAST PORTLAND FAMILY MEDICINE (FICTIONAL) - MEDICATION LIST, printed 09/12/2024
Beatrix Oyelowo-Strand: escitalopram 10 mg daily (started 09/2024). [A former clinic's list; the dose was raised
to 20 mg in 2025 by her psychiatrist.]
''',
    "other/cms-1696-appointment-2026-11-20.txt": r'''
APPOINTMENT OF REPRESENTATIVE (form CMS-1696 content, reproduced for a FICTIONAL test case)     Signed 11/20/2026
Enrollee: Beatrix Oyelowo-Strand appoints her son, Emeka Strand, to act for her in the Part D appeal of reference
CCR-CD-26-1116-30872. Representative accepts, 11/20/2026.
''',
}

TRUTH = r'''
# 07 - Part D PDP: Auvelity denied on step therapy because the trials were paid outside the plan; redetermination asked by her son (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Beatrix Oyelowo-Strand, 69, Portland, OR, joined the stand-alone **Part D PDP** Cascade Crest Rx Plus on
  01/01/2026 (before: Evergreen Senior Rx). F33.1, PHQ-9 18 (11/10/2026), no suicidal ideation.
- **Auvelity** was denied **11/18/2026** (reference CCR-CD-26-1116-30872) under **ST-AD-12**: two antidepressants of
  different classes, 6 weeks each, within 365 days; "Pharmacy claims show one antidepressant (duloxetine)".
- The record: **escitalopram 20 mg, 10 weeks (04/01-06/10/2025)**, paid by her **former Part D plan**; **venlafaxine
  XR 150 mg, 8 weeks (02/02-03/30/2026)**, bought with a **discount card**; both within 365 days of the request and
  of different classes (SSRI, SNRI). **Duloxetine 60 mg since 06/2026: partial response, still taken.**
- **ST-AD-12's own words** accept trials "as shown in pharmacy claims **or in the prescriber's records**".
- The prescriber's **supporting statement of 11/24/2026** (42 CFR 423.578(b)): the step drugs were tried and a
  further one would be less effective and delay treatment.
- **Rule and stage:** redetermination, 42 CFR 423.580-423.590; **65 days from the notice: by 01/22/2027**; standard
  decision within 7 days, expedited within 72 hours if the prescriber says waiting could seriously harm her; then the
  IRE. A step-therapy exception is a coverage exception (423.578(b)), supported by the prescriber's statement.
- **Author:** her son, appointed on **CMS-1696** (11/20/2026); he writes "my mother" / "Mrs. Oyelowo-Strand".

## Deliberately unknown
- Whether the plan can see the former plan's claims: not known; the letter says the trials are not in this plan's
  claims because they were paid elsewhere, without saying what the plan's systems hold.
- Whether an expedited redetermination is warranted: the prescriber has not said so; the letter must not claim it.
- Auvelity's cost to her: not given.

## Traps
- **Trials paid outside the plan:** the denial's words are true as far as they go (`leaves_out`): the letter must say
  the two trials were paid by her former plan and by a discount card, shown in the pharmacy fill history and the
  psychiatrist's notes - never "the plan's claims show two trials".
- **The plan's own words accept the prescriber's records** (ST-AD-12) - this and the trials are the winning point.
- **Duloxetine** is still taken with a partial response: never "failed" or "stopped" (it will be tapered only when
  Auvelity starts). **Doxepin 6 mg** is a sleep dose, not a tricyclic trial. **Bupropion 2017** remitted that
  episode: never a failure, and no "bupropion failed" argument against a bupropion-containing drug.
- **Stale document:** the 2024 medication list (escitalopram **10 mg**); the adequate trial was 20 mg.
- **Other person on a document:** the spouse's atorvastatin line (Julius Strand).
- **Wrong law:** no ERISA, 45 CFR 147.136, external review by a state, MHPAEA (parity does not apply to Medicare);
  no Medicare Advantage Part B step-therapy rule (422.136); no "60 days from receipt" (it is 65 from the notice).
- **Voice:** the son writes; never the enrollee's "I".

## Arguments a strong letter makes (strongest first)
1. **ST-AD-12 is met on its own words**: two antidepressants of different classes within the past 365 days, each at
   an adequate dose for at least 6 weeks - escitalopram 20 mg for 10 weeks (paid by her former Part D plan) and
   venlafaxine XR 150 mg for 8 weeks (discount card) - "as shown ... in the prescriber's records"; the denial looked
   only at this plan's claims.
2. In the alternative, a **step-therapy exception** (42 CFR 423.578(b)) on the prescriber's supporting statement:
   the step drugs were tried, and another would be less effective and delay treatment.
3. Duloxetine gives only a partial response at 60 mg (PHQ-9 18): the need is current.

## What a letter must NOT say
- "the plan's claims show two trials"; "failed duloxetine", "stopped duloxetine"; doxepin as a tricyclic trial;
  "failed bupropion"; escitalopram "10 mg".
- "suicidal"; "Julius Strand", "atorvastatin".
- "ERISA", "45 CFR 147.136", "MHPAEA", "parity", "42 CFR 422.136", "state external review"; "60 days".
- "I" as the enrollee; "expedited" as granted or certified.
'''

ANSWERS = [
    ("denial/notice-of-denial-of-part-d-coverage-2026-11-18.txt", "Pharmacy claims show one antidepressant (duloxetine, since 06/2026)"),
    ("denial/notice-of-denial-of-part-d-coverage-2026-11-18.txt", "within 65 days from the date of this notice"),
    ("other/step-therapy-criteria-st-ad-12-excerpt.txt", "as shown in pharmacy claims or in the prescriber's records"),
    ("other/pharmacy-fill-history-2025-2026.txt", "paid by: Evergreen Senior Rx (former Part D plan)"),
    ("other/pharmacy-fill-history-2025-2026.txt", "paid by: RxSaver discount card"),
    ("other/pharmacy-fill-history-2025-2026.txt", "Julius Strand (spouse; separate profile)"),
    ("clinical/psychiatry-note-2026-11-10.txt", "duloxetine 60 mg since 06/2026, partial response"),
    ("clinical/psychiatry-note-2026-11-10.txt", "Doxepin 6 mg at bedtime for sleep"),
    ("clinical/psychiatry-note-2026-11-10.txt", "bupropion XL 300 mg 2017-2018, remission"),
    ("clinical/psychiatry-note-2026-11-10.txt", "No suicidal ideation"),
    ("clinical/prescriber-supporting-statement-2026-11-24.txt", "a further step drug would not be as effective and would delay treatment"),
    ("other/medication-list-2024-former-clinic.txt", "escitalopram 10 mg daily"),
    ("other/cms-1696-appointment-2026-11-20.txt", "appoints her son, Emeka Strand"),
    ("case.yaml", "leaves_out: true"),
    ("truth", "by 01/22/2027"),
    ("truth", "423.578(b)"),
]
