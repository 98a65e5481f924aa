"""Set 24, case 07 (FICTIONAL): Part D step therapy for Lybalvi; the olanzapine trial was supplied by a hospital and paid
with a discount card; IRE reconsideration requested by the patient's adult son."""

SLUG = "07-part-d-lybalvi-step-olanzapine-discount-card-ire-son"

CASE_YAML = """
# FICTIONAL CASE (set 24, case 07) - every person, plan, provider, number and address is invented.
# Medicare Part D PDP (Pennsylvania), bipolar I disorder, age 67. Lybalvi (olanzapine/samidorphan) was refused under
# step therapy "no olanzapine in our claims history". She has taken olanzapine since 01/14/2026: started in a hospital
# stay, then every month with a discount card outside the plan; it ended her manic episode but she gained 11 kg and
# her HbA1c rose to 6.2%. The plan's own step criteria accept prescriber documentation of the trial. The plan upheld
# its decision on redetermination (10/20/2026); her son asks the IRE to reconsider, with her CMS-1696 appointment.
patient:
  name: Henrietta Vukovic-Brandt
  salutation: Mrs. Vukovic-Brandt
  date_of_birth: 1958-12-09
  member_id: FICT-CRX-3MW8-RT5-HN22
  address: |-
    61 Lakeview Ridge Road
    Erie, PA 16505
  phone: (814) 555-0146
insurer:
  name: Cardinal Rx Prescription Plan (FICTIONAL), a Medicare Part D prescription drug plan
  appeals_address: |-
    Cardinal Rx Prescription Plan, Part D Appeals
    PO Box 80155
    Pittsburgh, PA 15230
  fax: (412) 555-0173
claim:
  number: CRX-CD-26-0929-77140
  plan_type: medicare_part_d
  notice_date: 2026-10-02
  diagnosis_codes: [F31.73]
  denial_reason: >-
    Your request for Lybalvi is denied. Step therapy: Lybalvi is covered after a trial of olanzapine. Our records
    show no claim for olanzapine in the past 180 days.
  denial_category: step_therapy
decisions:
  - date: 2026-10-20
    outcome: denied
    stage: redetermination
    opens: IRE reconsideration
    next_deadline: 2026-12-24
    reason: >-
      We have reviewed your request and our decision is unchanged. Our records show no trial of olanzapine. Drugs
      paid for outside your Part D benefit are not accepted as a trial.
    corrections:
      - said: "Our records show no trial of olanzapine"
        record: >-
          she has taken olanzapine since 01/14/2026: 10-15 mg daily in the hospital (01/14-01/30/2026), then 15 mg daily
          from 01/30/2026, filled every month with a discount card; the prescriber's statement of 09/28/2026, sent with
          the request, documents it
        file: clinical/hospital-discharge-summary-2026-01-30.txt
        page: 1
external_review:
  agency: Medicare Part D Independent Review Entity (named in the redetermination notice)
  address: |-
    Part D Independent Review Entity (address FICTIONAL)
    PO Box 60920
    Philadelphia, PA 19101
  final_denial_date: 2026-10-20
plan_policy:
  name: Cardinal Rx 2026 Step Therapy Criteria, ST-LYB-01 (Lybalvi)
  quote: >-
    Lybalvi (olanzapine and samidorphan) requires a previous trial of olanzapine. This requirement is met by a paid
    claim for olanzapine in the past 180 days, or by the prescriber's documentation of a trial of olanzapine.
  file: other/st-lyb-01-criteria-2026.txt
payer_criteria:
  - criterion: "A previous trial of olanzapine: a paid claim in the past 180 days, or the prescriber's documentation of a trial"
    how_met: >-
      olanzapine since 01/14/2026 (hospital 01/14-01/30, then 15 mg daily with monthly discount-card fills from
      01/30/2026 through 09/27/2026), documented in the discharge summary, the pharmacy's fill record and the
      prescriber's statement of 09/28/2026
    met: true
    evidence: {file: other/pharmacy-fill-record-2026-10-05.txt, page: 1}
prescriber_statement:
  date: 2026-09-28
  quote: >-
    Olanzapine controlled her manic episode but in eight months she gained 11 kg and her HbA1c rose from 5.5% to
    6.2%; staying on olanzapine alone would harm her, and the other antipsychotics tried did not work or were not
    tolerated. Lybalvi keeps the olanzapine that works while limiting further weight gain.
  file: other/prescriber-supporting-statement-2026-09-28.txt
treatment:
  name: Lybalvi (olanzapine and samidorphan) 15 mg/10 mg daily
  summary: >-
    Olanzapine with samidorphan, for the maintenance treatment of bipolar I disorder, in place of olanzapine alone,
    which has worked but caused weight gain and prediabetes.
  plan: One tablet of 15 mg/10 mg daily, with lithium; weight, HbA1c and lipids every three months.
clinical:
  severity: >-
    Manic episode with psychotic features in January 2026 (hospitalized 01/12-01/30/2026); euthymic since March 2026
    (YMRS 4 on 09/21/2026)
  severity_date: 2026-09-21
  suicidality: none
  suicidality_date: 2026-09-21
  history:
    - drug: Risperidone
      dose: 2 mg daily
      start: 2019-06
      end: 2020-02
      kind: other
      response: response
      outcome: Ended an earlier manic episode (2019); stopped in 2020 for a raised prolactin level
      evidence: {file: clinical/psychiatry-note-2026-09-21.txt, page: 1}
    - drug: Lithium carbonate
      dose: 900 mg daily (level 0.7 mmol/L)
      start: 2019-06
      ongoing: true
      kind: other
      response: partial
      outcome: Continues; did not prevent the January 2026 manic episode alone
      evidence: {file: clinical/psychiatry-note-2026-09-21.txt, page: 1}
    - drug: Aripiprazole
      dose: 10 mg daily
      start: 2023-04-03
      end: 2023-04-12
      kind: other
      adequate: false
      outcome: Stopped after 10 days for akathisia; not an adequate trial
      evidence: {file: clinical/psychiatry-note-2026-09-21.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2024-02
      end: 2025-06
      kind: other
      outcome: For sleep only; not a treatment of the bipolar disorder
      evidence: {file: clinical/psychiatry-note-2026-09-21.txt, page: 1}
    - drug: Olanzapine
      dose: 10 mg daily, 15 mg from 01/18/2026
      start: 2026-01-14
      ongoing: true
      kind: other
      response: response
      paid_outside: hospital supply (01/14-01/30/2026), then a discount card at the pharmacy (monthly from 01/30/2026)
      outcome: Continues; ended the manic episode, with 11 kg weight gain and HbA1c 6.2%
      evidence: {file: clinical/hospital-discharge-summary-2026-01-30.txt, page: 1}
impact:
  daily_life: >-
    Weight 68 kg in January 2026 and 79 kg in September 2026; HbA1c 5.5% to 6.2% (prediabetes); fasting triglycerides
    140 to 236 mg/dL.
author:
  name: Milan Vukovic-Brandt
  role: Son of the enrollee, her appointed representative (form CMS-1696)
  relation: representative
  address: |-
    908 Peninsula Drive, Apt 2B
    Erie, PA 16505
  phone: (814) 555-0153
  email: milan.vb@mail.example
  authorization: other/cms-1696-appointment-2026-10-12.txt
provider:
  name: Ayodele Quist-Harrington
  credentials: MD
  npi: "1478293065"
  address: |-
    Presque Isle Psychiatric Associates, 1500 West Eighth Street
    Erie, PA 16505
  phone: (814) 555-0134
template: external-review-request
bates_prefix: VUKOVICBRANDT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/coverage-determination-denial-2026-10-02.txt": """
CARDINAL RX PRESCRIPTION PLAN (FICTIONAL) - MEDICARE PART D
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE          Date: 10/02/2026           Page 1

Enrollee: Henrietta Vukovic-Brandt     Member ID: FICT-CRX-3MW8-RT5-HN22
Request: CRX-CD-26-0929-77140, Lybalvi (olanzapine and samidorphan) 15 mg/10 mg, #30 per 30 days
Prescriber: Ayodele Quist-Harrington, MD     Received: 09/29/2026 with the prescriber's supporting statement

Decision: Your request for Lybalvi is denied. Step therapy: Lybalvi is covered after a trial of olanzapine. Our
records show no claim for olanzapine in the past 180 days.

You have the right to ask us for a redetermination (appeal) within 65 days of the date of this notice. Your
prescriber may ask for you.
""",
    "denial/redetermination-notice-2026-10-20.txt": """
CARDINAL RX PRESCRIPTION PLAN (FICTIONAL) - MEDICARE PART D
REDETERMINATION NOTICE                                       Date: 10/20/2026           Page 1

Enrollee: Henrietta Vukovic-Brandt     Member ID: FICT-CRX-3MW8-RT5-HN22
Request: CRX-CD-26-0929-77140, Lybalvi     Redetermination requested: 10/14/2026 by Milan Vukovic-Brandt
(appointed representative, CMS-1696 on file)

Decision: We have reviewed your request and our decision is unchanged. Our records show no trial of olanzapine.
Drugs paid for outside your Part D benefit are not accepted as a trial.

Next step: you may ask the Independent Review Entity (IRE) to reconsider our decision. Your written request must be
received within 65 days of the date of this notice. Send it to: Part D Independent Review Entity (address
FICTIONAL), PO Box 60920, Philadelphia, PA 19101.
""",
    "clinical/hospital-discharge-summary-2026-01-30.txt": """
LAKE ERIE REGIONAL MEDICAL CENTER (FICTIONAL) - INPATIENT PSYCHIATRY DISCHARGE SUMMARY   Date: 01/30/2026  Page 1

Patient: Henrietta Vukovic-Brandt    DOB 12/09/1958    Attending: Ayodele Quist-Harrington, MD
Admitted: 01/12/2026    Discharged: 01/30/2026
Diagnosis: bipolar I disorder, current episode manic, severe, with psychotic features (lithium level 0.5 on
admission after missed doses; restored to 0.7).
Course: olanzapine 10 mg started 01/14/2026, 15 mg from 01/18/2026; mania and grandiose delusions resolved by
01/27/2026. No suicidal ideation at any time. Weight 68 kg on admission.
Discharge medications: olanzapine 15 mg at bedtime; lithium carbonate 900 mg daily.
""",
    "clinical/psychiatry-note-2026-09-21.txt": """
PRESQUE ISLE PSYCHIATRIC ASSOCIATES (FICTIONAL) - PSYCHIATRY VISIT            Date: 09/21/2026          Page 1

Patient: Henrietta Vukovic-Brandt    DOB 12/09/1958    Psychiatrist: Ayodele Quist-Harrington, MD
Diagnosis: bipolar I disorder, in partial remission, most recent episode manic (F31.73).
Mood: euthymic since March 2026; YMRS 4 today. Denies suicidal ideation.
Metabolic: weight 79 kg (68 kg in January); HbA1c 6.2% on 09/14/2026 (5.5% in January); fasting triglycerides 236
mg/dL (140 in January). Her primary care clinician calls it prediabetes.
Medication history:
- Risperidone 2 mg 2019-2020: ended the 2019 manic episode; stopped for a raised prolactin.
- Lithium carbonate 900 mg daily since 2019, level 0.7: continues; did not prevent the January 2026 episode alone.
- Aripiprazole 10 mg 04/03-04/12/2023: stopped after 10 days for akathisia.
- Quetiapine 25 mg at bedtime for sleep, 2024 to June 2025: a sleep dose.
- Olanzapine since 01/14/2026 (15 mg since 01/18/2026): continues; effective. She has paid for it at the pharmacy with
  a discount card since discharge because it cost less than her plan's price this year.
Plan: change olanzapine to Lybalvi 15 mg/10 mg daily (same olanzapine dose, with samidorphan) to limit further weight
gain; continue lithium 900 mg. Two weeks of samples given 09/28/2026 while the plan decides.
""",
    "other/st-lyb-01-criteria-2026.txt": """
CARDINAL RX PRESCRIPTION PLAN (FICTIONAL) - 2026 STEP THERAPY CRITERIA                               Page 1

ST-LYB-01  Lybalvi (olanzapine and samidorphan)
Lybalvi (olanzapine and samidorphan) requires a previous trial of olanzapine. This requirement is met by a paid
claim for olanzapine in the past 180 days, or by the prescriber's documentation of a trial of olanzapine.
Approval duration: 12 months.
""",
    "other/pharmacy-fill-record-2026-10-05.txt": """
BAYFRONT COMMUNITY PHARMACY (FICTIONAL) - PRESCRIPTION FILL RECORD          Printed: 10/05/2026        Page 1

Household account: Vukovic-Brandt, 61 Lakeview Ridge Road, Erie, PA 16505
Fill date    Patient                     Drug                       Qty   Paid by                    Patient paid
01/30/2026   Henrietta Vukovic-Brandt    olanzapine 15 mg           30    discount card (cash)       $13.40
03/01/2026   Henrietta Vukovic-Brandt    olanzapine 15 mg           30    discount card (cash)       $13.40
03/31/2026   Henrietta Vukovic-Brandt    olanzapine 15 mg           30    discount card (cash)       $13.40
04/30/2026   Henrietta Vukovic-Brandt    olanzapine 15 mg           30    discount card (cash)       $13.40
05/30/2026   Henrietta Vukovic-Brandt    olanzapine 15 mg           30    discount card (cash)       $13.40
06/29/2026   Henrietta Vukovic-Brandt    olanzapine 15 mg           30    discount card (cash)       $13.40
07/29/2026   Henrietta Vukovic-Brandt    olanzapine 15 mg           30    discount card (cash)       $13.40
08/28/2026   Henrietta Vukovic-Brandt    olanzapine 15 mg           30    discount card (cash)       $13.40
09/27/2026   Henrietta Vukovic-Brandt    olanzapine 15 mg           30    discount card (cash)       $13.40
01/30/2026   Henrietta Vukovic-Brandt    lithium carbonate 300 mg   90    Cardinal Rx (Part D)       $4.15
09/02/2026   Walter Brandt               atorvastatin 20 mg         90    Cardinal Rx (Part D)       $0.00
""",
    "other/prescriber-supporting-statement-2026-09-28.txt": """
PRESQUE ISLE PSYCHIATRIC ASSOCIATES (FICTIONAL) - PRESCRIBER'S SUPPORTING STATEMENT (PART D)   Date: 09/28/2026
Page 1

To: Cardinal Rx Prescription Plan, coverage determinations, fax (412) 555-0172
Enrollee: Henrietta Vukovic-Brandt    Drug requested: Lybalvi 15 mg/10 mg daily
Olanzapine controlled her manic episode but in eight months she gained 11 kg and her HbA1c rose from 5.5% to 6.2%;
staying on olanzapine alone would harm her, and the other antipsychotics tried did not work or were not tolerated.
Lybalvi keeps the olanzapine that works while limiting further weight gain.
Olanzapine trial: 01/14/2026 to date (hospital, then 15 mg daily, filled monthly with a discount card; fill record
and discharge summary attached). Aripiprazole: akathisia after 10 days (2023). Risperidone: raised prolactin (2020).
Signed: Ayodele Quist-Harrington, MD      Fax sent 09/28/2026 5:02 pm, 6 pages, result OK
""",
    "other/pcp-wellness-visit-medication-list-2025-11-03.txt": """
FRENCH CREEK FAMILY MEDICINE (FICTIONAL) - ANNUAL WELLNESS VISIT, MEDICATION LIST     Date: 11/03/2025    Page 1
Patient: Henrietta Vukovic-Brandt
Medications on file: lithium carbonate 900 mg daily; aripiprazole 10 mg daily; quetiapine 25 mg at bedtime.
(List carried forward from earlier visits; not reconciled today.)
""",
    "other/cms-1696-appointment-2026-10-12.txt": """
APPOINTMENT OF REPRESENTATIVE (content of form CMS-1696; FICTIONAL)                                    Page 1

Enrollee: Henrietta Vukovic-Brandt     Medicare number: FICT-3MW8-RT5-HN22
I appoint Milan Vukovic-Brandt, my son, to act as my representative in connection with my claim or asserted right
under Title XVIII of the Social Security Act (Medicare), including my Part D request for Lybalvi and its appeals.
Signed: Henrietta Vukovic-Brandt (signature on file)      Date: 10/12/2026
I accept this appointment. I will not charge a fee. Signed: Milan Vukovic-Brandt      Date: 10/12/2026
""",
}

TRUTH = """
# 07 - Medicare Part D: Lybalvi refused under step therapy "no olanzapine"; she has taken olanzapine since January (hospital supply, then a discount card), and the plan's own criteria accept the prescriber's documentation; IRE reconsideration requested by her son (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Henrietta Vukovic-Brandt, **67** (DOB 12/09/1958), enrolled in **Cardinal Rx Prescription Plan**, a stand-alone
  **Medicare Part D** plan (Pennsylvania). **Bipolar I disorder** (F31.73 now; a manic episode with psychotic features
  in January 2026).
- **Olanzapine since 01/14/2026**: started in hospital (01/12-01/30/2026 stay; 15 mg from 01/18), then 15 mg daily,
  **filled every month from 01/30/2026 through 09/27/2026 with a discount card** (cash, $13.40), never through the
  plan. It **worked** (mania resolved; euthymic since March; YMRS 4 on 09/21) but she gained **11 kg** (68 -> 79) and
  her **HbA1c rose 5.5% -> 6.2%** (prediabetes), triglycerides 140 -> 236.
- Her psychiatrist prescribed **Lybalvi 15 mg/10 mg** (olanzapine with samidorphan) on 09/28/2026, with a **supporting
  statement** faxed that day (result OK). The plan denied it on **10/02/2026** ("no claim for olanzapine in the past
  180 days") and upheld on redetermination on **10/20/2026**: "no trial of olanzapine"; "drugs paid outside your Part D
  benefit are not accepted as a trial".
- **The plan's own criteria (ST-LYB-01)**: the olanzapine requirement is met by a paid claim in 180 days "**or by the
  prescriber's documentation of a trial of olanzapine**". The statement, the discharge summary and the fill record
  document an eight-month trial, within the 180 days as well. The redetermination applied a rule its criteria do not
  contain.
- **Coverage exception (42 CFR 423.578(b))**: a Part D plan must grant an exception to a step-therapy requirement when
  the prescriber's statement shows the step drug would not be as effective or would have adverse effects; the
  statement shows olanzapine alone has caused significant weight gain and prediabetes.
- Two weeks of Lybalvi samples from 09/28/2026; she is back on olanzapine 15 mg while the appeal runs (care still to
  come: a monthly drug).
- Stage: **reconsideration by the Part D Independent Review Entity** (42 CFR 423.600), requested by the enrollee's
  representative; the notice says **received within 65 days of 10/20/2026: by 12/24/2026**. Addressed to the IRE, not
  to the plan. (Whether the IRE window is 60 or 65 days in the regulation was not checked; the notice's 65 days is the
  case's fact.)
- Author: her **son**, appointed representative by **CMS-1696** (10/12/2026; no fee).

## Deliberately unknown
- Whether Part D's protected-class rules for antipsychotics bear on a step requirement for a new start of Lybalvi (not
  argued; a letter should not claim the protected class forbids the step).
- Her cost sharing for Lybalvi if covered; whether an expedited IRE review is warranted (no one has certified urgency;
  the prescriber's statement does not say waiting would seriously jeopardize her health).
- The plan's price for olanzapine (only that the discount card was cheaper).

## Traps
- **A trial paid outside the plan is a trial:** a letter that concedes "no olanzapine trial" or only asks for an
  exception while accepting the plan's premise misses the winning point; one that says the plan paid for olanzapine is
  FALSE (the plan paid only lithium and her husband's atorvastatin on that record).
- **Olanzapine did not fail:** it worked and caused adverse effects. Never "failed olanzapine", never "ineffective".
  Lybalvi contains olanzapine: the case is about the same medicine with samidorphan.
- **Other antipsychotics:** aripiprazole 10 days (akathisia) is **not an adequate trial**; risperidone 2019-2020 **ended an
  earlier manic episode** (a response, stopped for prolactin), never a failure; quetiapine 25 mg was **for sleep**;
  lithium **continues** (partial: it did not prevent the January episode alone).
- **Not depression:** no count of "failed antidepressant trials", no TRD language, no ketamine/Spravato/TMS evidence, no
  "six weeks" rule.
- **Another person on the document:** Walter Brandt's atorvastatin is on the household fill record: not hers. The
  stale 2025 PCP medication list shows aripiprazole and quetiapine as current: both stopped long ago.
- **Suicidality:** none at any time; no harm paragraph about it.
- **Wrong law:** Part D (42 CFR 423.566-423.600, 423.578): no Medicare Advantage 422.x rules, no ERISA, no ACA external
  review, no state insurance department, **no parity** (MHPAEA does not reach Medicare), no Medicaid.
- **Stage:** the request is to the **IRE**, answering the **10/20/2026** redetermination; not another redetermination
  by the plan.
- **Voice:** the son writes "I" as her appointed representative, about "my mother" / "Mrs. Vukovic-Brandt"; never her
  first person, never as a clinician.

## Arguments a strong letter makes (strongest first)
1. The plan's own ST-LYB-01 is met: it accepts "the prescriber's documentation of a trial of olanzapine", and the
   prescriber documented an olanzapine trial from **01/14/2026** to date (statement of 09/28/2026, discharge summary of
   01/30/2026, monthly fills 01/30-09/27/2026 paid with a discount card). The redetermination's "no trial of olanzapine"
   is contradicted by the record, and its "outside your Part D benefit" rule is not in the criteria. Ask the IRE to
   reverse and direct coverage of Lybalvi 15 mg/10 mg.
2. In the alternative, a **coverage exception** under 42 CFR 423.578(b): the prescriber's statement shows olanzapine
   alone has caused an 11 kg gain and prediabetes (HbA1c 6.2%), and the other antipsychotics were not tolerated.
3. Enclose the redetermination notice, criteria, statement, fill record, discharge summary, psychiatry note and the
   CMS-1696.

## What a letter must NOT say
- "no olanzapine trial", "the plan paid for olanzapine", "olanzapine failed", "olanzapine was ineffective".
- "failed aripiprazole" as an adequate trial, "failed risperidone", "failed quetiapine", "failed lithium", "two failed
  antidepressants", "treatment-resistant depression", "suicidal ideation".
- "Medicare Advantage", "42 CFR 422", "ERISA", "45 CFR 147.136", "external review organization", "state insurance
  department", "parity", "MHPAEA", "protected class" as a rule that forbids the step.
- Walter Brandt's atorvastatin as hers; aripiprazole or quetiapine as current.
- Mrs. Vukovic-Brandt's first person ("I take olanzapine").
"""

ANSWERS = [
    ("denial/coverage-determination-denial-2026-10-02.txt", "Our records show no claim for olanzapine in the past 180 days"),
    ("denial/coverage-determination-denial-2026-10-02.txt", "with the prescriber's supporting statement"),
    ("denial/redetermination-notice-2026-10-20.txt", "Our records show no trial of olanzapine"),
    ("denial/redetermination-notice-2026-10-20.txt", "Drugs paid for outside your Part D benefit are not accepted as a trial"),
    ("denial/redetermination-notice-2026-10-20.txt", "received within 65 days of the date of this notice"),
    ("other/st-lyb-01-criteria-2026.txt", "or by the prescriber's documentation of a trial of olanzapine"),
    ("other/pharmacy-fill-record-2026-10-05.txt", "01/30/2026   Henrietta Vukovic-Brandt    olanzapine 15 mg           30    discount card (cash)"),
    ("other/pharmacy-fill-record-2026-10-05.txt", "09/27/2026   Henrietta Vukovic-Brandt    olanzapine 15 mg"),
    ("other/pharmacy-fill-record-2026-10-05.txt", "Walter Brandt               atorvastatin"),
    ("other/prescriber-supporting-statement-2026-09-28.txt", "she gained 11 kg and her HbA1c rose from 5.5% to 6.2%"),
    ("other/prescriber-supporting-statement-2026-09-28.txt", "Fax sent 09/28/2026 5:02 pm, 6 pages, result OK"),
    ("clinical/hospital-discharge-summary-2026-01-30.txt", "olanzapine 10 mg started 01/14/2026, 15 mg from 01/18/2026"),
    ("clinical/hospital-discharge-summary-2026-01-30.txt", "Admitted: 01/12/2026    Discharged: 01/30/2026"),
    ("clinical/psychiatry-note-2026-09-21.txt", "weight 79 kg (68 kg in January)"),
    ("clinical/psychiatry-note-2026-09-21.txt", "Aripiprazole 10 mg 04/03-04/12/2023: stopped after 10 days for akathisia"),
    ("clinical/psychiatry-note-2026-09-21.txt", "Quetiapine 25 mg at bedtime for sleep"),
    ("clinical/psychiatry-note-2026-09-21.txt", "ended the 2019 manic episode"),
    ("clinical/psychiatry-note-2026-09-21.txt", "Denies suicidal ideation"),
    ("other/pcp-wellness-visit-medication-list-2025-11-03.txt", "aripiprazole 10 mg daily"),
    ("other/cms-1696-appointment-2026-10-12.txt", "Date: 10/12/2026"),
]
