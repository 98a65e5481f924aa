"""Set 10 cases 05-06 (ALL FICTIONAL)."""
CASES = []

# ---------------------------------------------------------------- 05
CASES.append(dict(
slug="05-medicaid-mco-ect-course-reduced-expedited",
yaml=r'''
# FICTIONAL CASE (set 10, case 05) - every person, plan, number and address is invented.
# Medicaid managed care: an authorized acute ECT course of 12 cut to 8 mid-course; the treating psychiatrist
# asks for an expedited plan appeal and for the authorized treatments to continue during it.
patient:
  name: Rosalind Achebe-Marchetti
  salutation: Ms. Achebe-Marchetti
  date_of_birth: 1982-03-09
  member_id: KHHP-FICT-MA-3318804
  address: |-
    1209 Ferrous Street, Unit 2
    Coldwater Gap, PA 19999
  phone: (215) 555-0140
insurer:
  name: Keystone Harbor Health Plan (FICTIONAL), a Medical Assistance managed care organization
  appeals_address: |-
    Keystone Harbor Health Plan - Complaints, Grievances and Appeals
    PO Box 8802
    Philadelphia, PA 19101-8802
  fax: (215) 555-0155
claim:
  number: KHHP-AUTH-26-1109-5521
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-30
  action: reduce
  urgent: true
  pending_services: 4
  procedure_codes: [90870]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Your authorization for electroconvulsive therapy is reduced from 12 to 8 treatments, effective December 10,
    2026. After 8 treatments further ECT is not medically necessary because your symptoms have improved
    (HAM-D decreased from 30 to 19). Outpatient medication management is the appropriate level of care.
  denial_category: medical_necessity
  reviewer: {name: Dr. Conrad Feeney, specialty: internal medicine}
  appeal_deadline: 2027-01-29
  deadline_basis: >-
    Stated in the notice: "You have 60 days from the date of this notice to file an appeal." Continued services:
    "If you file your appeal within 10 days of the date of this notice or before December 10, 2026, your
    services will continue."
prior_auth:
  approved:
    number: authorization KHHP-AUTH-26-1109-5521
    date: 2026-11-09
    covers: 12 acute ECT treatments (90870), November 10 to December 18, 2026
    quote: "Approved: 90870 x 12, dates 11/10/2026 - 12/18/2026."
    file: other/original-authorization-2026-11-09.txt
    what_went_wrong: The plan reduced the authorized course to 8 treatments in the middle of it.
    lines:
      - {code: "90870", units: 12, given: 8}
urgency:
  reason: >-
    Stopping ECT after 8 treatments, with HAM-D 19 and a partial response, risks relapse into a depression that
    in November stopped her eating (9 kg weight loss) and brought passive suicidal ideation; four treatments remain
    in the authorized course and the reduction takes effect December 10, 2026.
  certified_by: Dr. Beatrix Olufemi-Strand, MD
treatment:
  name: Electroconvulsive therapy (ECT)
  summary: Completion of an authorized acute course of 12 right unilateral ECT treatments.
  plan: >-
    Four more treatments (9-12), three per week, right unilateral ultrabrief pulse; HAM-D and MoCA before
    treatments 10 and 12; stop early at remission (HAM-D 7 or less).
  alongside: venlafaxine XR 225 mg daily
author:
  name: Beatrix Olufemi-Strand
  role: Treating psychiatrist, appealing with the member's written consent
  relation: physician
  authorization: other/member-written-consent.txt
  phone: (215) 555-0186
provider:
  name: Beatrix Olufemi-Strand
  credentials: MD, psychiatrist
  npi: "1316082258"
  phone: (215) 555-0186
  address: |-
    Coldwater Gap Behavioral Health, ECT Service (FICTIONAL), 300 Mill Race Avenue
    Coldwater Gap, PA 19999
clinical:
  episode_onset: 2026-05
  severity: HAM-D 30 on November 6, 2026; HAM-D 19 on November 27, 2026 (after 6 treatments); HAM-D 17 on December 2, 2026 (after 8)
  severity_date: 2026-12-02
  suicidality: passive
  suicidality_date: 2026-11-06
  response: HAM-D 30 before ECT, 19 after 6 treatments, 17 after 8 - a partial response, not remission
  history:
    - drug: Electroconvulsive therapy (2018 course)
      kind: neuromodulation
      dose: 10 treatments, right unilateral
      sessions: 10
      adequate: true
      start: 2018-03
      end: 2018-04
      outcome: Remission in an earlier episode (2018)
      response: remission
    - drug: Sertraline
      dose: 200 mg daily
      start: 2026-05-18
      end: 2026-08-10
      outcome: No response after 12 weeks
      response: none
      adequate: true
      evidence: {file: clinical/ect-service-notes.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-08-17
      ongoing: true
      outcome: Minimal response; continued during ECT
      response: partial
      evidence: {file: clinical/ect-service-notes.txt, page: 1}
    - drug: Lorazepam
      kind: other
      dose: 0.5 mg as needed for anxiety (held the night before ECT)
      start: 2026-09
      ongoing: true
      outcome: For anxiety, not an antidepressant trial
impact:
  daily_life: Stopped eating regularly in November 2026 and lost 9 kg; needed her sister's help with her two children.
  work: On unpaid leave from her job as a school bus dispatcher since September 2026.
record_dates:
  - {file: clinical/ect-service-notes.txt, date: 2026-12-02}
bates_prefix: ACHEBEMARCHETTI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
template: expedited-appeal
''',
docs={
"denial/notice-of-adverse-benefit-determination-2026-11-30.txt": '''
KEYSTONE HARBOR HEALTH PLAN (FICTIONAL)  -  NOTICE OF ADVERSE BENEFIT DETERMINATION
Medical Assistance (Medicaid) Managed Care

Date of this notice: November 30, 2026
Member: Rosalind Achebe-Marchetti      Member ID: KHHP-FICT-MA-3318804
Authorization: KHHP-AUTH-26-1109-5521   Provider: Coldwater Gap Behavioral Health, ECT Service

WHAT WE DECIDED: Your authorization for electroconvulsive therapy is reduced from 12 to 8 treatments,
effective December 10, 2026.
WHY: After 8 treatments further ECT is not medically necessary because your symptoms have improved (HAM-D
decreased from 30 to 19). Outpatient medication management is the appropriate level of care.
WHO DECIDED: Dr. Conrad Feeney, physician reviewer (internal medicine).

YOUR RIGHTS: You have 60 days from the date of this notice to file an appeal with us. If your health could be
seriously harmed by waiting, ask for a fast (expedited) appeal: we will decide within 72 hours.
If you file your appeal within 10 days of the date of this notice or before December 10, 2026, your services
will continue. After our appeal decision you may ask for a State Fair Hearing.
Call Member Services 1-215-555-0150 (TTY 711).
''',
"other/original-authorization-2026-11-09.txt": '''
KHHP UM AUTHORIZATION LETTER (FICTIONAL)      11/09/2026
Auth # KHHP-AUTH-26-1109-5521    Member KHHP-FICT-MA-3318804    Level of care: outpatient ECT
Approved: 90870 x 12, dates 11/10/2026 - 12/18/2026.
''',
"other/member-written-consent.txt": '''
MEMBER CONSENT FOR PROVIDER TO FILE APPEAL (FICTIONAL)
I, Rosalind Achebe-Marchetti, give my written consent for Dr. Beatrix Olufemi-Strand to file an appeal,
including an expedited appeal, about my ECT authorization KHHP-AUTH-26-1109-5521 on my behalf.
Signed R. Achebe-Marchetti  12/01/2026
''',
"clinical/ect-service-notes.txt": '''
COLDWATER GAP BEHAVIORAL HEALTH - ECT SERVICE (FICTIONAL)
Dr. B. Olufemi-Strand

Consult 11/06/2026: MDD recurrent, severe, without psychotic features. Prior episode 2018: 10 RUL ECT ->
remission. Current episode since May 2026: sertraline 200 mg 05/18-08/10/2026 no response (12 wks);
venlafaxine XR 225 mg since 08/17/2026, minimal response, continue. Lorazepam 0.5 mg prn anxiety (hold before
ECT). HAM-D 30. Weight down 9 kg since October; eating one meal a day. Passive SI ("tired of living"), no
plan, no intent, no attempts ever. No psychosis. MoCA 27.
ECT #1 11/10 ... #6 11/25: HAM-D 19 on 11/27 (partial response, NOT remission). Eating better.
Plan review 11/27 faxed to KHHP.
12/02/2026 (after #8): HAM-D 17. MoCA 27 (no cognitive decline). Denies SI today. Remission not reached;
four treatments remain; recommend completing course of 12.
''',
},
checks=[
("denial/notice-of-adverse-benefit-determination-2026-11-30.txt", "reduced from 12 to 8 treatments"),
("denial/notice-of-adverse-benefit-determination-2026-11-30.txt", "within 10 days of the date of this notice or before December 10, 2026"),
("denial/notice-of-adverse-benefit-determination-2026-11-30.txt", "(internal medicine)"),
("other/original-authorization-2026-11-09.txt", "Approved: 90870 x 12, dates 11/10/2026 - 12/18/2026."),
("clinical/ect-service-notes.txt", "partial response, NOT remission"),
("clinical/ect-service-notes.txt", "Prior episode 2018: 10 RUL ECT"),
("clinical/ect-service-notes.txt", "Denies SI today"),
],
truth='''
# 05 - Medicaid managed care cuts an authorized ECT course from 12 to 8; expedited plan appeal with continued
services; the treating psychiatrist writes (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Rosalind Achebe-Marchetti, 44, in a Pennsylvania **Medicaid managed care** plan. ECT x12 was **authorized on
  2026-11-09** (11/10-12/18); on **2026-11-30** the plan **reduced** it to 8, effective 12/10/2026, because
  "symptoms have improved (HAM-D 30 -> 19)".
- HAM-D 19 (and 17 after #8) is a **partial response, not remission**; stopping an acute course at partial
  response is the problem. Four treatments remain (pending).
- Rules: plan appeal within **60 days** of the notice (42 CFR 438.402(c)(2)(ii)): 2027-01-29; **expedited**
  resolution within 72 hours (438.410, 438.408(b)(3)); **continuation of benefits** when the appeal is filed
  within 10 days of the notice or before the effective date (438.420(b)); the physician may appeal with the
  member's written consent (438.402(c)(1)(ii)); then a State Fair Hearing within 120 days of the plan's
  resolution (438.408(f)(2)). Today (12/04) is within the 10 days.
- Reviewer: internal medicine, not a psychiatrist.

## Deliberately unknown
- Whether the member must repay if she loses (438.420(d) allows states to recover): don't promise "no cost".
- The date of treatments 9-12 (not scheduled in the record).

## Traps
- ECT 2018 = **remission in an earlier episode** (supports ECT; not a failed trial).
- Lorazepam = anxiety (held before ECT), still taken; not an antidepressant trial.
- Venlafaxine is ongoing; sertraline was adequate and failed.
- Suicidality: **passive on 11/06/2026** (within 90 days), "denies SI today" on 12/02; "no attempts ever":
  never "attempt" or "active", never the Spravato suicidality indication (not Spravato).
- "without psychotic features" - do not call it psychotic depression.
- The 12/02 note is after the 11/30 notice: say it was not before the reviewer, and weigh it.
- 42 CFR 438.420 applies here (Medicaid); do not cite ERISA, 45 CFR 147.136 external review, or a state
  insurance department external review.
- Consent is needed (adult): the enclosed written consent.

## Arguments a strong letter makes
1. Continue the authorized treatments during the appeal (filed before 12/10, within 10 days: 438.420) and decide
   it as expedited (72 hours): the physician certifies the risk.
2. The reduction misreads the record: HAM-D 19/17 is partial response, not remission; the course authorized
   (12) was set to reach remission; prior ECT remission in 2018 predicts it.
3. Ask for a psychiatrist reviewer not involved in the decision (ask, cite no duty to name them).

## What a letter must NOT say
- "remission was achieved", "psychotic", "suicide attempt", "active suicidal ideation", "ECT failed in 2018",
  "lorazepam trial", ERISA, 29 CFR 2560.503-1, "external review under the ACA", "the state sets 90 to 120 days",
  "no repayment can be required".
''',
))

# ---------------------------------------------------------------- 06
CASES.append(dict(
slug="06-part-d-brexpiprazole-step-therapy-discount-card",
yaml=r'''
# FICTIONAL CASE (set 10, case 06) - every person, plan, number and address is invented.
# Part D (stand-alone PDP): brexpiprazole augmentation denied under step therapy (aripiprazole first) because no
# aripiprazole claim is in the plan's history; the aripiprazole trial was paid with a discount card and samples.
# The prescriber writes the redetermination request with the supporting statement.
patient:
  name: Walter Esquivel-Brandt
  salutation: Mr. Esquivel-Brandt
  date_of_birth: 1957-01-25
  member_id: BRX-FICT-S5504-771290
  address: |-
    64 Heron Point Way
    Saltmarsh Cove, SC 29999
  phone: (843) 555-0117
insurer:
  name: Bayline Rx Secure PDP (FICTIONAL Medicare Part D plan)
  appeals_address: |-
    Bayline Rx - Part D Redeterminations
    PO Box 55190
    Charleston, SC 29415-5190
  fax: (843) 555-0138
claim:
  number: BRX-CD-26-1110-44871
  plan_type: medicare_part_d
  notice_date: 2026-11-10
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Step therapy requirement not met. Rexulti (brexpiprazole) is covered after a trial of aripiprazole. We found
    no paid claims for aripiprazole in the past 365 days.
  denial_category: step_therapy
  action: none
  appeal_deadline: 2027-01-14
  deadline_basis: >-
    Stated in the notice: "You must request a redetermination within 65 days from the date of this notice."
plan_policy:
  name: Bayline Rx 2026 Step Therapy Criteria, Rexulti (brexpiprazole)
  number: ST-PSY-09
  quote: >-
    Rexulti (brexpiprazole) for adjunctive treatment of major depressive disorder is covered when the member has
    tried aripiprazole for at least 6 weeks, or aripiprazole was not tolerated or is contraindicated.
  exception: >-
    You or your prescriber may ask for an exception to this requirement. Your prescriber must give a supporting
    statement.
  file: other/step-therapy-criteria-st-psy-09.txt
payer_criteria:
  - criterion: "tried aripiprazole for at least 6 weeks, or aripiprazole was not tolerated"
    how_met: "Aripiprazole 2 mg then 5 mg from March 2 to May 11, 2026 (10 weeks), samples then a discount card; stopped for akathisia and no added benefit"
    met: true
    evidence: [{file: clinical/prescriber-notes.txt, page: 1}, {file: other/pharmacy-discount-card-receipts.txt, page: 1}]
treatment:
  name: Rexulti (brexpiprazole)
  summary: Brexpiprazole 1 mg then 2 mg daily added to sertraline for recurrent major depression.
  plan: Brexpiprazole 0.5 mg daily for one week, then 1 mg, up to 2 mg; review at 6 weeks (PHQ-9, akathisia scale).
  alongside: sertraline 200 mg daily
author:
  name: Imogen Takahashi-Reyes
  role: Prescriber (treating psychiatrist), requesting the redetermination with the supporting statement
  relation: physician
  phone: (843) 555-0191
  fax: (843) 555-0192
provider:
  name: Imogen Takahashi-Reyes
  credentials: MD, psychiatrist
  npi: "1427195361"
  phone: (843) 555-0191
  address: |-
    Lowcountry Geriatric Psychiatry (FICTIONAL), 9 Tidewater Row
    Saltmarsh Cove, SC 29999
clinical:
  episode_onset: 2025-06
  severity: PHQ-9 17 on November 3, 2026
  severity_date: 2026-11-03
  suicidality: none
  history:
    - drug: Citalopram
      dose: 20 mg daily
      start: 2025-07
      end: 2025-10
      outcome: Partial response only
      response: partial
      adequate: true
      evidence: {file: clinical/prescriber-notes.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-11-03
      ongoing: true
      outcome: Partial response; continues
      response: partial
      adequate: true
      evidence: {file: clinical/prescriber-notes.txt, page: 1}
    - drug: Aripiprazole
      kind: augmentation
      dose: 2 mg then 5 mg daily
      start: 2026-03-02
      end: 2026-05-11
      outcome: Ten weeks; akathisia at 5 mg and no added benefit (PHQ-9 18 to 17); paid with samples and a discount card
      adequate: true
      failed: true
      response: none
      evidence: {file: clinical/prescriber-notes.txt, page: 1}
    - drug: Quetiapine (for sleep)
      kind: other
      dose: 25 mg at bedtime
      start: 2025-09
      end: 2026-01
      outcome: Hypnotic dose for insomnia; not an antipsychotic augmentation trial
      adequate: false
    - drug: Nortriptyline
      dose: 75 mg daily
      start: 2008
      end: 2009
      outcome: Remission in an earlier episode (2008); not restarted because of a cardiac conduction delay found in 2024
      response: remission
      evidence: {file: clinical/prescriber-notes.txt, page: 1}
bates_prefix: ESQUIVELBRANDT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/coverage-determination-denial-2026-11-10.txt": '''
Bayline Rx Secure PDP (FICTIONAL)
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE (model notice wording adapted; FICTIONAL)

Date: 11/10/2026
Enrollee: Walter Esquivel-Brandt      Member number: BRX-FICT-S5504-771290
Drug: REXULTI 1 MG TABLET (brexpiprazole)   Case: BRX-CD-26-1110-44871
Prescriber: Imogen Takahashi-Reyes, MD

We denied your request because: Step therapy requirement not met. Rexulti (brexpiprazole) is covered after a
trial of aripiprazole. We found no paid claims for aripiprazole in the past 365 days.

You have the right to ask us for a redetermination (appeal). You must request a redetermination within 65 days
from the date of this notice. Standard: we decide within 7 days. Fast: within 72 hours if your doctor says
waiting could seriously harm your health. Fax 843-555-0138. Your prescriber may request it for you.
''',
"clinical/prescriber-notes.txt": '''
LOWCOUNTRY GERIATRIC PSYCHIATRY (FICTIONAL)  -  Walter Esquivel-Brandt, 69
Dr. I. Takahashi-Reyes

Past: MDD first episode 2008, remitted on nortriptyline 75 mg (2008-09). 2024 ECG: first-degree AV block and
QRS 118 ms - TCA not to be restarted.
Current episode since June 2025. Citalopram 20 mg (max at his age) Jul-Oct 2025: partial.
Quetiapine 25 mg hs Sep 2025-Jan 2026 for insomnia only (not an antipsychotic trial).
Sertraline 200 mg from 11/03/2025: partial response, CONTINUING.
03/02/2026: add aripiprazole 2 mg (samples, 4 weeks) -> 5 mg from 03/30 (discount card, pharmacy cash price
lower than his copay). 05/11/2026: stopped - akathisia (BARS 3) and no added benefit, PHQ-9 18 -> 17.
11/03/2026: PHQ-9 17. No SI. No psychosis. Plan: brexpiprazole 0.5 -> 1 -> 2 mg with sertraline.

SUPPORTING STATEMENT (42 CFR 423.578): the step-therapy drug, aripiprazole, was tried for 10 weeks and failed
(akathisia and no benefit). Requiring it again would be ineffective and cause adverse effects.
''',
"other/pharmacy-discount-card-receipts.txt": '''
PALMETTO FAMILY PHARMACY (FICTIONAL)  -  PATIENT PURCHASE HISTORY (cash / discount card)
Patient: ESQUIVEL-BRANDT, WALTER     Printed 11/12/2026
03/02/2026  ARIPIPRAZOLE 2MG TAB  #28  SAMPLE LOG (dispensed by prescriber office, recorded on request)
03/30/2026  ARIPIPRAZOLE 5MG TAB  #30  CASH w/ SAVECARD-FICT discount  $14.20   Rx 7719032
04/28/2026  ARIPIPRAZOLE 5MG TAB  #30  CASH w/ SAVECARD-FICT discount  $14.20   Rx 7719032
NOT BILLED TO INSURANCE.
''',
"other/step-therapy-criteria-st-psy-09.txt": '''
BAYLINE RX 2026 STEP THERAPY CRITERIA (FICTIONAL EXCERPT)  ST-PSY-09  Rexulti (brexpiprazole)
Rexulti (brexpiprazole) for adjunctive treatment of major depressive disorder is covered when the member has
tried aripiprazole for at least 6 weeks, or aripiprazole was not tolerated or is contraindicated.
Exceptions: You or your prescriber may ask for an exception to this requirement. Your prescriber must give a
supporting statement.
''',
},
checks=[
("denial/coverage-determination-denial-2026-11-10.txt", "no paid claims for aripiprazole in the past 365 days"),
("denial/coverage-determination-denial-2026-11-10.txt", "within 65 days from the date of this notice"),
("other/pharmacy-discount-card-receipts.txt", "NOT BILLED TO INSURANCE."),
("clinical/prescriber-notes.txt", "akathisia (BARS 3) and no added benefit"),
("clinical/prescriber-notes.txt", "for insomnia only (not an antipsychotic trial)"),
("other/step-therapy-criteria-st-psy-09.txt", "tried aripiprazole for at least 6 weeks"),
],
truth='''
# 06 - Part D, brexpiprazole step therapy; aripiprazole trial paid with samples and a discount card; the
prescriber requests redetermination (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Walter Esquivel-Brandt, 69, in a stand-alone **Part D** plan. Rexulti was denied on **2026-11-10** because the
  plan found "no paid claims for aripiprazole in the past 365 days".
- He **did take aripiprazole for 10 weeks** (03/02-05/11/2026): 4 weeks of office samples, then 5 mg bought with a
  discount card, **not billed to insurance**; stopped for akathisia and no added benefit. The plan's own
  criterion (6 weeks, or not tolerated) is met both ways.
- Rules: redetermination within **65 days of the notice** (42 CFR 423.582(b)): 2027-01-14; decided within
  7 days standard, 72 hours expedited (423.590). The prescriber may request it (423.580) and gives a **supporting
  statement** for a step-therapy exception (423.578(b)(5)). Next level, if denied: the IRE.
- Sertraline 200 mg is ongoing (the drug Rexulti augments).

## Deliberately unknown
- Whether the plan counts samples (no plan text on it).
- Any PHQ-9 after 11/03/2026.

## Traps
- **Quetiapine 25 mg** = sleep, not an antipsychotic augmentation trial (and not a "step" substitute).
- **Nortriptyline 2008** = remission in an **earlier episode**; not restarted for a cardiac reason - not a failure.
- Citalopram 20 mg is the maximum at his age: adequate, partial.
- "No SI" -> no suicidality paragraph.
- No Part B, no Medicare Advantage 422.x rules, no ERISA, no state external review, no "60 days after receipt"
  (it's 65 days from the notice date). Not expedited unless the prescriber says so (the notes do not).
- Brexpiprazole is not esketamine: no REMS/ketamine arguments.
- Not a formulary exception (Rexulti is on the formulary with step therapy): a step-therapy (coverage)
  exception / showing the step is met.

## Arguments a strong letter makes
1. The step is met: aripiprazole 10 weeks (samples + discount card receipts), failed and not tolerated; trials
   paid outside the plan are trials.
2. The prescriber's supporting statement: repeating the step would be ineffective and harmful (423.578(b)).
3. Timely redetermination (65 days); decide within 7 days.

## What a letter must NOT say
- "quetiapine trial", "nortriptyline failed", "suicidal", "aripiprazole was never tried", "expedited" (not
  certified), 42 CFR 422.x, ERISA, "60 days after receipt", "formulary exception because the drug is not on the
  drug list".
''',
))
