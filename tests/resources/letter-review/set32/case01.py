"""Set 32 case 01 (FICTIONAL): Medicare Advantage coding denial of G2083 (84 mg Spravato); billing specialist."""
SLUG = "medicare-advantage-hmo-spravato-g2083-dose-in-record-coding-reconsideration-billing-specialist"

CASE_YAML = r'''
# FICTIONAL CASE (set 32, case 01) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Wisconsin. Delphine Okafor-Marsh, 69, receives Spravato in her in-network psychiatrist's
# office. The plan paid the first two sessions (56 mg, G2082) and denied four sessions of 84 mg (G2083, 09/01-09/10)
# with CO-150, "the documentation supports a dose of 56 mg or less". The session records show 84 mg (three 28 mg
# devices) on each date. The clinic's billing specialist, her appointed representative, asks for reconsideration.
patient:
  name: Delphine Okafor-Marsh
  salutation: Ms. Okafor-Marsh
  date_of_birth: 1957-04-18
  member_id: FICT-LSA-77302154
  address: |-
    418 Jenifer Street
    Madison, WI 53703
  phone: (608) 555-0114
insurer:
  name: Lakeshore Senior Advantage HMO (FICTIONAL)
  appeals_address: |-
    Lakeshore Senior Advantage - Appeals and Grievances (address FICTIONAL)
    PO Box 7720
    Madison, WI 53707
  fax: (608) 555-0171
claim:
  number: LSA-26-1009-331748
  plan_type: medicare_advantage
  notice_date: 2026-10-09
  appeal_deadline: 2026-12-13
  deadline_basis: >-
    Notice of Denial of Payment of 10/09/2026: "You have 65 days from the date of this notice to ask for a
    reconsideration" (42 CFR 422.582(b)); counted from the notice date.
  service_dates: [2026-09-01, 2026-09-03, 2026-09-08, 2026-09-10]
  sessions: 4
  setting: outpatient
  procedure_codes: [G2083]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-150]
  denial_reason: >-
    G2083 requires provision of more than 56 mg of esketamine. The documentation submitted supports a dose of 56 mg
    or less. Bill the appropriate code (G2082). This decision is about how the service was billed; it is not a
    decision about medical necessity. (CARC 150: payer deems the information submitted does not support this level
    of service.)
  denial_category: coding_billing
  denial_reasons: [coding_billing]
  coding_correct: true
  corrections:
    - said: The documentation submitted supports a dose of 56 mg or less.
      record: >-
        The session records for 09/01, 09/03, 09/08 and 09/10/2026 each record 84 mg, given as three 28 mg devices,
        with the device lot numbers and the times of each spray; 56 mg was the dose of the first two sessions only
        (08/25 and 08/27/2026), which the plan paid as G2082.
      file: clinical/spravato-session-records-2026-09.txt
      page: 1
  not_appealed:
    - date: 2026-08-25
      code: G2082
      why: paid by the plan (first induction session, 56 mg, billed as G2082)
    - date: 2026-08-27
      code: G2082
      why: paid by the plan (second induction session, 56 mg, billed as G2082)
  action: none
treatment:
  name: Spravato (esketamine nasal spray) 84 mg, self-administered under supervision in the office (G2083)
  summary: >-
    Twice-weekly Spravato induction for treatment-resistant major depression, 56 mg for the first two sessions and
    84 mg from 09/01/2026, with sertraline continued; MADRS 36 on 08/18/2026 and 22 on 09/29/2026.
  alongside: sertraline 150 mg daily
clinical:
  severity: MADRS 36 on 08/18/2026; MADRS 22 on 09/29/2026
  severity_date: 2026-09-29
  suicidality: none
  suicidality_date: 2026-09-29
  response: MADRS 36 (08/18/2026) to 22 (09/29/2026)
  response_level: partial
  episode_onset: 2025-03
  history:
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-04
      end: 2025-07
      kind: antidepressant
      adequate: true
      response: none
      outcome: No response after 12 weeks at 300 mg; stopped
      evidence: {file: clinical/psychiatric-evaluation-2026-08-18.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-08
      end: 2025-12
      kind: antidepressant
      adequate: true
      response: none
      outcome: No response after 14 weeks at 225 mg; stopped
      evidence: {file: clinical/psychiatric-evaluation-2026-08-18.txt, page: 1}
    - drug: Aripiprazole
      dose: 2 mg daily (augmentation)
      start: 2026-01
      end: 2026-01
      kind: augmentation
      outcome: Stopped after 3 weeks for akathisia (intolerance, not an adequate trial)
      evidence: {file: clinical/psychiatric-evaluation-2026-08-18.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-02
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with Spravato
      evidence: {file: clinical/psychiatric-evaluation-2026-08-18.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-10
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatric-evaluation-2026-08-18.txt, page: 1}
author:
  name: Marisol Vantongeren
  role: Billing specialist (CPC), Capitol Square Interventional Psychiatry; the member's appointed representative (CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-2026-10-28.txt
  address: |-
    Capitol Square Interventional Psychiatry (FICTIONAL), 25 West Main Street, Suite 610
    Madison, WI 53703
  phone: (608) 555-0136
  email: billing@capitolsquarepsych.example
provider:
  name: Henrik Solvang
  credentials: MD
  npi: "1456702137"
  address: |-
    Capitol Square Interventional Psychiatry (FICTIONAL), 25 West Main Street, Suite 610
    Madison, WI 53703
  phone: (608) 555-0136
record_dates:
  - file: clinical/psychiatric-evaluation-2026-08-18.txt
    date: 2026-08-18
  - file: clinical/spravato-session-records-2026-09.txt
    date: 2026-09-10
bates_prefix: OKAFORMARSH
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/notice-of-denial-of-payment-2026-10-09.txt": """
LAKESHORE SENIOR ADVANTAGE HMO (FICTIONAL) - MEDICARE ADVANTAGE
NOTICE OF DENIAL OF PAYMENT                                         Date of this notice: 10/09/2026
Member: Delphine Okafor-Marsh   Member ID FICT-LSA-77302154   Claim: LSA-26-1009-331748
Provider: Henrik Solvang, MD, Capitol Square Interventional Psychiatry (in network)
Page 1 of 1

  08/25/2026  G2082  1  paid
  08/27/2026  G2082  1  paid
  09/01/2026  G2083  1  denied
  09/03/2026  G2083  1  denied
  09/08/2026  G2083  1  denied
  09/10/2026  G2083  1  denied   Diagnosis F33.2

Why we denied payment: G2083 requires provision of more than 56 mg of esketamine. The documentation submitted
supports a dose of 56 mg or less. Bill the appropriate code (G2082). This decision is about how the service was
billed; it is not a decision about medical necessity. (CARC 150: payer deems the information submitted does not
support this level of service.)
Records we reviewed: REMS patient monitoring form dated 08/25/2026.

YOUR RIGHT TO APPEAL: You have 65 days from the date of this notice to ask for a reconsideration. Write to
Lakeshore Senior Advantage - Appeals and Grievances, PO Box 7720, Madison, WI 53707, or fax (608) 555-0171.
If we say no again, your case goes to an independent review entity automatically.
""",
    "clinical/spravato-session-records-2026-09.txt": """
CAPITOL SQUARE INTERVENTIONAL PSYCHIATRY (FICTIONAL) - SPRAVATO SESSION RECORDS
Patient: Delphine Okafor-Marsh   DOB 04/18/1957   Prescriber: Henrik Solvang, MD (NPI 1456702137)
Page 1 of 1

Induction plan: 56 mg at sessions 1-2, then 84 mg twice weekly (weeks 2-4), continued with sertraline 150 mg.
  08/25/2026  session 1  dose 56 mg  two 28 mg devices   observation 2 h  BP max 148/86
  08/27/2026  session 2  dose 56 mg  two 28 mg devices   observation 2 h  BP max 144/84
  09/01/2026  session 3  dose 84 mg  three 28 mg devices (lots FX4410, FX4410, FX4411), sprays 10:02, 10:07, 10:12
              observation 2 h  BP max 152/88
  09/03/2026  session 4  dose 84 mg  three 28 mg devices (lots FX4411 x3), sprays 09:31, 09:36, 09:41
              observation 2 h  BP max 146/86
  09/08/2026  session 5  dose 84 mg  three 28 mg devices (lots FX4502 x3), sprays 13:15, 13:20, 13:25
              observation 2 h  BP max 150/90
  09/10/2026  session 6  dose 84 mg  three 28 mg devices (lots FX4502 x3), sprays 10:40, 10:45, 10:50
              observation 2 h  BP max 142/82
Signed: Henrik Solvang, MD, 09/10/2026.
""",
    "clinical/psychiatric-evaluation-2026-08-18.txt": """
CAPITOL SQUARE INTERVENTIONAL PSYCHIATRY (FICTIONAL) - PSYCHIATRIC EVALUATION      Date: 08/18/2026
Patient: Delphine Okafor-Marsh   DOB 04/18/1957   Evaluator: Henrik Solvang, MD
Page 1 of 1

Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2); episode since 03/2025.
MADRS 36. No suicidal ideation. No psychosis, no substance use; blood pressure controlled.
Treatments this episode:
- bupropion XL 300 mg daily 04/2025-07/2025, 12 weeks at dose, no response, stopped;
- venlafaxine XR 225 mg daily 08/2025-12/2025, 14 weeks at dose, no response, stopped;
- aripiprazole 2 mg added 01/2026, stopped after 3 weeks for akathisia;
- sertraline 150 mg daily since 02/2026, partial response, continues;
- trazodone 50 mg at bedtime for sleep since 10/2025.
Plan: Spravato induction in the office, 56 mg then 84 mg, with sertraline.
""",
    "other/rems-monitoring-form-2026-08-25.txt": """
SPRAVATO REMS PATIENT MONITORING FORM (clinic copy; FICTIONAL)       Session date: 08/25/2026
Patient: Delphine Okafor-Marsh   Dose this session: 56 mg   Session number: 1
(This form records the first session only; later sessions have their own forms and session records.)
""",
    "other/device-dispensing-log-2026-09-01.txt": """
CAPITOL SQUARE INTERVENTIONAL PSYCHIATRY (FICTIONAL) - DEVICE DISPENSING LOG      Date: 09/01/2026
  10:00  D. Okafor-Marsh   3 devices (FX4410, FX4410, FX4411)   84 mg
  11:30  R.P. (another patient)   2 devices (FX4411, FX4411)   56 mg
""",
    "other/cms-1696-appointment-2026-10-28.txt": """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, clinic copy; FICTIONAL)          Signed: 10/28/2026
Beneficiary: Delphine Okafor-Marsh   Medicare/plan member ID FICT-LSA-77302154
Appoints: Marisol Vantongeren, CPC, billing specialist, Capitol Square Interventional Psychiatry, to act for her
in the appeal of claim LSA-26-1009-331748. Representative accepts: 10/28/2026. No fee will be charged.
""",
}

TRUTH = r'''
# 01 - Medicare Advantage HMO: G2083 denied as "56 mg or less" when the record shows 84 mg; reconsideration by the billing specialist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Delphine Okafor-Marsh, **69** (DOB 04/18/1957), Madison, WI, is in **Lakeshore Senior Advantage HMO**, a Medicare
  Advantage plan. Her in-network psychiatrist, Henrik Solvang, MD, gives **Spravato** in the office with
  **sertraline 150 mg continued**.
- The plan **paid** sessions 1-2 (08/25 and 08/27/2026, **56 mg, G2082**) and **denied** sessions 3-6 (**09/01,
  09/03, 09/08 and 09/10/2026, G2083**), claim LSA-26-1009-331748, notice **10/09/2026**, **CO-150**: "The
  documentation submitted supports a dose of 56 mg or less." The notice says it is **not a decision about medical
  necessity** and that it reviewed only the **REMS monitoring form of 08/25/2026**.
- The **session records** show **84 mg (three 28 mg devices, lot numbers, spray times)** on each of the four dates.
  The claim was correctly coded (`coding_correct: true`); nothing needs to be rebilled.
- **Stage and rule:** reconsideration of a Medicare Advantage payment denial, 42 CFR 422.578-422.590: 65 days from the
  notice, **by 12/13/2026** (422.582(b)); a payment reconsideration is decided within 60 days; an upheld denial goes
  to the independent review entity automatically (422.592).
- **Author:** the clinic's billing specialist, appointed on **CMS-1696 (10/28/2026)**; she writes about "Ms.
  Okafor-Marsh", never as the patient, never as a clinician.

## Deliberately unknown
- Why only the 08/25 form reached the reviewer (what the clinic first sent with the claim): not in the case; a letter
  may say the notice names only that form, not that the clinic sent nothing else.
- Whether the plan applies any Medicare billing article for G2082/G2083: not in the case; a letter must not quote one.
- The dollar amounts of the four lines: not in the case.

## Traps
- **A decision's stated fact the record contradicts:** "supports a dose of 56 mg or less" - the session records show
  84 mg on every date denied; answer with the record, not with medicine.
- **Stale form:** the REMS form of **08/25/2026** (session 1, 56 mg) is the only record the notice names; it describes
  the first session, not the four denied.
- **Other patient on a document:** the device dispensing log of 09/01 shows **"R.P." with 56 mg**; not this patient.
- **Paid lines:** 08/25 and 08/27 (G2082) were paid; not part of the appeal.
- **Not a medical-necessity denial:** no request for a psychiatrist reviewer, no peer-to-peer, no criteria argument.
- **Drugs:** **sertraline continues** (partial response: never "failed" or "stopped"); **trazodone 50 mg** is a sleep
  dose, not a trial; **aripiprazole** was an intolerance (3 weeks, akathisia), not an adequate trial.
- **Suicidality: none** - no suicidal-ideation paragraph, no Spravato suicidality indication.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no parity (MHPAEA does not reach Medicare Advantage), no state external
  review; not the 7-day Part B drug clock (that is a pre-service reconsideration; this is a payment request).

## Arguments a strong letter makes (strongest first)
1. The **session records** show **84 mg** (three 28 mg devices, with lots and spray times) on **09/01, 09/03, 09/08
   and 09/10/2026**: more than 56 mg, so **G2083 is the right code** as billed; the notice's "56 mg or less" came from
   the **08/25 form of session 1**. Reverse and pay the four G2083 lines as billed.
2. Ask the plan to correct its record of the dose so later 84 mg sessions are not denied the same way.
3. Say the reconsideration is timely (within 65 days of 10/09/2026) and that an upheld denial must go to the
   independent review entity.

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "psychiatrist reviewer"; criteria or failed-trial arguments as
  the answer.
- "rebill as G2082", "corrected claim", "the claim had an error", "56 mg" as the dose of the denied sessions.
- "R.P."; the 08/25 or 08/27 sessions as denied.
- "failed sertraline", "stopped sertraline"; trazodone or aripiprazole as an adequate trial; "suicidal ideation".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA"/"parity", "state external review", "7 days".
'''

ANSWERS = [
    ("denial/notice-of-denial-of-payment-2026-10-09.txt", "supports a dose of 56 mg or less"),
    ("denial/notice-of-denial-of-payment-2026-10-09.txt", "not a decision about medical necessity"),
    ("denial/notice-of-denial-of-payment-2026-10-09.txt", "REMS patient monitoring form dated 08/25/2026"),
    ("denial/notice-of-denial-of-payment-2026-10-09.txt", "65 days from the date of this notice"),
    ("clinical/spravato-session-records-2026-09.txt", "09/01/2026  session 3  dose 84 mg  three 28 mg devices"),
    ("clinical/spravato-session-records-2026-09.txt", "09/10/2026  session 6  dose 84 mg"),
    ("clinical/psychiatric-evaluation-2026-08-18.txt", "sertraline 150 mg daily since 02/2026, partial response, continues"),
    ("clinical/psychiatric-evaluation-2026-08-18.txt", "trazodone 50 mg at bedtime for sleep"),
    ("clinical/psychiatric-evaluation-2026-08-18.txt", "stopped after 3 weeks for akathisia"),
    ("other/rems-monitoring-form-2026-08-25.txt", "Dose this session: 56 mg   Session number: 1"),
    ("other/device-dispensing-log-2026-09-01.txt", "R.P. (another patient)"),
    ("other/cms-1696-appointment-2026-10-28.txt", "Appoints: Marisol Vantongeren"),
    ("case.yaml", "coding_correct: true"),
    ("case.yaml", "appeal_deadline: 2026-12-13"),
    ("truth", "G2083 is the right code"),
    ("truth", "by 12/13/2026"),
]
