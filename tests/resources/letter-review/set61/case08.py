"""Set 61 case 08 (FICTIONAL): Part D PDP, NM, lumateperone (Caplyta) for bipolar II depression; step therapy; psychiatrist."""
SLUG = "08-part-d-pdp-lumateperone-bipolar-depression-step-drugs-not-tolerated-redetermination-psychiatrist"

CASE_YAML = r"""
# FICTIONAL CASE (set 61, case 08) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan, NM. Rosalind Achebe-Marr, 68, bipolar II disorder, current episode depressed, with type 2
# diabetes and chronic kidney disease. Lumateperone (Caplyta) denied under step therapy ST-BPD-2 ("claims show
# quetiapine 50 mg only"; "prescriber did not explain"). Her psychiatrist asks for a redetermination and exception.
patient:
  name: Rosalind Achebe-Marr
  salutation: Mrs. Achebe-Marr
  date_of_birth: 1958-04-27
  member_id: MSR-PD-9013355420
  address: |-
    2207 Calle de Sebastian
    Santa Fe, NM 87505
  phone: (505) 555-0124
insurer:
  name: Mesa Sol Rx (FICTIONAL), Medicare Part D prescription drug plan
  appeals_address: |-
    Mesa Sol Rx - Part D Redeterminations (FICTIONAL)
    PO Box 27190
    Albuquerque, NM 87125
  fax: (505) 555-0162
claim:
  number: MSR-CD-26-1125-04471
  plan_type: medicare_part_d
  notice_date: 2026-11-25
  appeal_deadline: 2027-01-29
  deadline_basis: >-
    Notice of Denial of Medicare Prescription Drug Coverage of 11/25/2026: "You must ask for a redetermination within
    65 days from the date of this notice."
  diagnosis_codes: [F31.81]
  denial_reason: >-
    Caplyta (lumateperone) requires step therapy under ST-BPD-2: a trial of quetiapine of at least 300 mg daily for
    4 weeks and a trial of lurasidone or cariprazine, or intolerance or a contraindication. Our claims show
    quetiapine 50 mg only. Your prescriber did not explain why the step drugs are not appropriate.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: Your prescriber did not explain why the step drugs are not appropriate.
      record: >-
        Dr. Ibarra-Lund's supporting statement of 11/20/2026, faxed with the request, explains that quetiapine 300 mg
        raised her A1c from 6.1 to 6.9 with 8 kg of weight gain in 2023 and that lurasidone caused akathisia in 2025.
      file: other/prescriber-supporting-statement-2026-11-20.txt
      page: 1
    - said: Our claims show quetiapine 50 mg only.
      leaves_out: true
      record: >-
        Quetiapine 300 mg (03-05/2023) was paid by her former plan, before she joined this plan on 01/01/2025, and
        lurasidone (02-03/2025) was given as manufacturer samples; the 50 mg fills were a sleep dose.
      file: [clinical/psychiatry-notes-2022-2026.txt, other/former-plan-pharmacy-claims-2023.txt]
      page: 1
plan_policy:
  name: Mesa Sol Rx step therapy criteria ST-BPD-2, Bipolar Depression Agents (2026)
  number: ST-BPD-2
  quote: >-
    Caplyta is approved after a trial of quetiapine of at least 300 mg daily for 4 weeks and a trial of lurasidone or
    cariprazine for 4 weeks, or when the prescriber documents intolerance of, or a contraindication to, each step
    drug. Trials documented in the prescriber's records count, however they were paid for.
  file: other/st-bpd-2-criteria-excerpt.txt
payer_criteria:
  - criterion: Quetiapine at least 300 mg daily for 4 weeks, or intolerance or contraindication.
    how_met: Quetiapine 300 mg for 7 weeks (03-05/2023), stopped when A1c rose from 6.1 to 6.9 with 8 kg gained; type 2 diabetes since 2024 makes a retrial unsafe.
    met: true
    evidence: [{file: clinical/psychiatry-notes-2022-2026.txt, page: 1}, {file: other/former-plan-pharmacy-claims-2023.txt, page: 1}]
  - criterion: Lurasidone or cariprazine for 4 weeks, or intolerance or contraindication.
    how_met: Lurasidone 40 then 80 mg for 6 weeks (02-03/2025), manufacturer samples, stopped for akathisia.
    met: true
    evidence: {file: clinical/psychiatry-notes-2022-2026.txt, page: 1}
prescriber_statement:
  date: 2026-11-20
  quote: >-
    Quetiapine at 300 mg raised her A1c from 6.1 to 6.9 with 8 kg of weight gain in 2023, and she now has type 2
    diabetes; lurasidone caused akathisia at 80 mg in 2025. Neither step drug is appropriate for her, and delay
    leaves a 68-year-old with passive death wishes untreated.
  file: other/prescriber-supporting-statement-2026-11-20.txt
treatment:
  name: Lumateperone (Caplyta) 42 mg daily
  summary: >-
    Lumateperone for bipolar II depression after quetiapine and lurasidone could not be tolerated, with lamotrigine
    continued.
  plan: 42 mg at bedtime; weight, A1c and lipids at 12 weeks; MADRS monthly.
  alongside: lamotrigine 200 mg daily
clinical:
  severity: MADRS 28 on 08/14/2026, 30 on 11/12/2026
  severity_date: 2026-11-12
  suicidality: passive
  suicidality_date: 2026-11-12
  episode_onset: 2026-06
  treating_since: 2022-01-10
  history:
    - drug: Quetiapine (sleep dose)
      dose: 50 mg at bedtime for sleep
      start: 2022-01
      end: 2023-02
      kind: other
      outcome: Sleep dose only; not a trial
      evidence: {file: clinical/psychiatry-notes-2022-2026.txt, page: 1}
    - drug: Quetiapine
      dose: 300 mg at bedtime
      start: 2023-03
      end: 2023-05
      kind: other
      adequate: false
      weeks: 7
      paid_outside: another plan
      outcome: Stopped after 7 weeks for A1c 6.1 to 6.9 and 8 kg weight gain (intolerance); paid by her former plan
      evidence: {file: clinical/psychiatry-notes-2022-2026.txt, page: 1}
    - drug: Lurasidone
      dose: 40 mg, then 80 mg daily
      start: 2025-02
      end: 2025-03
      kind: other
      adequate: false
      weeks: 6
      paid_outside: manufacturer samples
      outcome: Stopped after 6 weeks for akathisia (intolerance); manufacturer samples
      evidence: {file: clinical/psychiatry-notes-2022-2026.txt, page: 1}
    - drug: Lamotrigine
      dose: 200 mg daily
      start: 2023-06
      ongoing: true
      kind: other
      response: partial
      outcome: Partial benefit; continued
      evidence: {file: clinical/psychiatry-notes-2022-2026.txt, page: 1}
    - drug: Lithium (earlier years)
      dose: 900 mg daily
      start: 2012
      end: 2021
      kind: other
      response: response
      outcome: Good response for years; stopped in 2021 for chronic kidney disease (eGFR 48)
      evidence: {file: clinical/psychiatry-notes-2022-2026.txt, page: 1}
impact:
  hospitalizations: Inpatient psychiatric stay 10/07-10/18/2024 for bipolar depression
  daily_life: Has stopped driving to her grandchildren's and to church; spends most days in bed
author:
  name: Dr. Teodora Ibarra-Lund
  role: treating psychiatrist and prescriber
  relation: physician
  address: |-
    Sangre de Cristo Psychiatry (FICTIONAL), 1650 Hospital Drive, Suite 204
    Santa Fe, NM 87505
  phone: (505) 555-0175
  email: ibarralund@sdcpsych.example
provider:
  name: Dr. Teodora Ibarra-Lund
  credentials: MD, psychiatry
  address: |-
    Sangre de Cristo Psychiatry (FICTIONAL), 1650 Hospital Drive, Suite 204
    Santa Fe, NM 87505
  phone: (505) 555-0175
record_dates:
  - file: clinical/psychiatry-notes-2022-2026.txt
    date: 2026-11-12
  - file: other/prescriber-supporting-statement-2026-11-20.txt
    date: 2026-11-20
    sent: 2026-11-20
    sent_proof: other/fax-confirmation-2026-11-20.txt
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
"denial/notice-of-denial-of-part-d-coverage-2026-11-25.txt": """
MESA SOL RX (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE        Date: 11/25/2026
Member: Rosalind Achebe-Marr   ID MSR-PD-9013355420   Request MSR-CD-26-1125-04471
Drug: Caplyta (lumateperone) 42 mg capsules   Prescriber: Dr. Teodora Ibarra-Lund

Caplyta (lumateperone) requires step therapy under ST-BPD-2: a trial of quetiapine of at least 300 mg daily for 4
weeks and a trial of lurasidone or cariprazine, or intolerance or a contraindication. Our claims show quetiapine
50 mg only. Your prescriber did not explain why the step drugs are not appropriate.

You must ask for a redetermination within 65 days from the date of this notice. Your prescriber may ask for you.
If your health could be seriously harmed by waiting, ask for a fast decision (72 hours).
""",
"clinical/psychiatry-notes-2022-2026.txt": """
SANGRE DE CRISTO PSYCHIATRY (FICTIONAL) - NOTES 2022-2026                                  Page 1 of 1
Patient: Rosalind Achebe-Marr   DOB 04/27/1958   Dr. Teodora Ibarra-Lund, MD (since 01/10/2022)
Bipolar II disorder (F31.81). Lithium 900 mg 2012-2021, good response, stopped 2021 for chronic kidney disease
(eGFR 48). Type 2 diabetes diagnosed 2024 (A1c 7.2).
01/10/2022 - Quetiapine 50 mg at bedtime for sleep only.
03/06/2023 - Depressed. Quetiapine raised to 300 mg at bedtime. (Plan then: High Desert Senior Advantage.)
05/01/2023 - A1c 6.9 (6.1 in 02/2023), weight up 8 kg. Quetiapine stopped after 7 weeks: intolerance.
06/2023 - Lamotrigine to 200 mg daily: partial benefit; continues.
10/07-10/18/2024 - Inpatient psychiatric stay, Santa Fe Regional, bipolar depression.
02/03/2025 - Lurasidone 40 mg (manufacturer samples), 80 mg from 02/17.
03/17/2025 - Akathisia, pacing at night. Lurasidone stopped after 6 weeks: intolerance.
08/14/2026 - MADRS 28. Episode since about 06/2026.
11/12/2026 - MADRS 30. Passive death wishes, no plan or intent; safety plan with her daughter. Stopped driving
and church. Plan: lumateperone 42 mg; continue lamotrigine 200 mg.
""",
"other/st-bpd-2-criteria-excerpt.txt": """
MESA SOL RX (FICTIONAL) - STEP THERAPY CRITERIA ST-BPD-2, Bipolar Depression Agents (2026), excerpt
Caplyta is approved after a trial of quetiapine of at least 300 mg daily for 4 weeks and a trial of lurasidone or
cariprazine for 4 weeks, or when the prescriber documents intolerance of, or a contraindication to, each step
drug. Trials documented in the prescriber's records count, however they were paid for.
""",
"other/prescriber-supporting-statement-2026-11-20.txt": """
SUPPORTING STATEMENT FOR A PART D EXCEPTION (FICTIONAL)                                   Date: 11/20/2026
Patient: Rosalind Achebe-Marr   Drug: Caplyta 42 mg daily   Prescriber: Dr. Teodora Ibarra-Lund, MD
Quetiapine at 300 mg raised her A1c from 6.1 to 6.9 with 8 kg of weight gain in 2023, and she now has type 2
diabetes; lurasidone caused akathisia at 80 mg in 2025. Neither step drug is appropriate for her, and delay
leaves a 68-year-old with passive death wishes untreated.
Signed: Teodora Ibarra-Lund, MD
""",
"other/fax-confirmation-2026-11-20.txt": """
SANGRE DE CRISTO PSYCHIATRY (FICTIONAL) - FAX TRANSMISSION REPORT                         Date: 11/20/2026
To: Mesa Sol Rx coverage determinations, (505) 555-0161   Pages: 4   Result: OK   Time: 14:22
Contents: coverage determination request and supporting statement, Rosalind Achebe-Marr.
""",
"other/former-plan-pharmacy-claims-2023.txt": """
HIGH DESERT SENIOR ADVANTAGE (FICTIONAL) - PHARMACY CLAIMS, 2023
Member: Rosalind Achebe-Marr   (enrolled through 12/31/2024)
03/06/2023  quetiapine 300 mg  #30   paid
04/05/2023  quetiapine 300 mg  #30   paid
""",
"other/household-pharmacy-printout-2026-11-12.txt": """
ACEQUIA PHARMACY (FICTIONAL) - HOUSEHOLD PRINTOUT, 2207 Calle de Sebastian, 08/01/2026-11/12/2026
Rosalind Achebe-Marr    lamotrigine 200 mg     08/03, 09/02, 10/02, 11/01
Rosalind Achebe-Marr    metformin 500 mg       08/03, 10/02
Rosalind Achebe-Marr    quetiapine 50 mg       (last filled 02/2023 - inactive)
Desmond Marr            tamsulosin 0.4 mg      08/10, 11/08
""",
}

TRUTH = r"""
# 08 - Part D PDP (NM): lumateperone for bipolar II depression denied under step therapy; both step drugs not tolerated; redetermination by the psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Rosalind Achebe-Marr, 68 (DOB 04/27/1958), stand-alone **Part D** plan (Mesa Sol Rx, FICTIONAL) since
  **01/01/2025**; **bipolar II disorder, depressed (F31.81)**, type 2 diabetes (2024), CKD (eGFR 48).
- Caplyta 42 mg denied **11/25/2026** under **ST-BPD-2** ("claims show quetiapine 50 mg only"; "prescriber did not
  explain"). ST-BPD-2 accepts intolerance or contraindication and "trials documented in the prescriber's records
  ... however they were paid for".
- **Quetiapine 300 mg, 03-05/2023 (7 weeks)**: A1c 6.1 -> 6.9, +8 kg, stopped (intolerance); paid by her former
  plan. **Lurasidone 40-80 mg, 02-03/2025 (6 weeks)**: akathisia, stopped; manufacturer samples. The 50 mg quetiapine
  (2022-2023) was a sleep dose. **Lamotrigine 200 mg continues** (partial). Lithium 2012-2021 worked; stopped for CKD.
- The prescriber's **supporting statement of 11/20/2026** (423.578(b)) was **faxed on 11/20/2026** (fax report, OK):
  the notice's "did not explain" is wrong.
- MADRS 28 (08/14/2026), 30 (11/12/2026); **passive** death wishes, no plan or intent; inpatient stay 10/2024.
- **Rule and stage:** redetermination within **65 days from the notice: by 01/29/2027** (42 CFR 423.582(b));
  standard decision in 7 days, expedited 72 hours (423.590); a prescriber may request it for the enrollee (423.580);
  IRE next on request.
- **Author:** the treating psychiatrist and prescriber, writing about "Mrs. Achebe-Marr".

## Deliberately unknown
- Whether the plan received the fax pages (the report says OK; receipt on the plan's side is not shown).
- Whether an expedited decision is asked: the case leaves it to the letter to ask only on the statement's words.
- Caplyta's tier and cost sharing: not in the case (no tiering exception asked).

## Traps
- **A decision's wrong statement:** "did not explain" against the 11/20 statement and fax report; "claims show
  quetiapine 50 mg only" is true of this plan's claims and leaves out the trial paid by the former plan and the
  samples.
- **Sleep dose:** quetiapine 50 mg is not the quetiapine trial.
- **Intolerances, not failures:** quetiapine 300 and lurasidone were stopped for adverse effects; never "no
  response". Lithium's response is an earlier period's; it was stopped for kidney disease, not failure.
- **Drug still taken:** lamotrigine continues (alongside), never "failed".
- **Not antidepressants:** no TRD/Spravato framing; no "two antidepressants" count; bipolar depression.
- **Other person:** the household printout lists Desmond Marr's tamsulosin.
- **Passive** ideation only; the 2024 stay is history, not present.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA (Medicare), no "60 days after receipt" (65 days from the
  notice date).

## Arguments a strong letter makes (strongest first)
1. ST-BPD-2's own terms are met by intolerance of each step drug, in the prescriber's records: quetiapine 300 mg
   (A1c and weight, now diabetic) and lurasidone 80 mg (akathisia); the plan's terms count trials however paid.
2. The supporting statement the notice says is missing was sent 11/20/2026 (fax report); it is the coverage
   exception's statement under 42 CFR 423.578(b); ask for the exception.
3. Her illness now: MADRS 30, passive death wishes, a 2024 hospitalization, withdrawal from daily life;
   lamotrigine continues with lumateperone.
4. Ask for a decision within the Part D clock (7 days; 72 hours if expedited on the prescriber's word).

## What a letter must NOT say
- "failed quetiapine", "no response to lurasidone", "failed lithium", "stopped lamotrigine".
- quetiapine 50 mg as a trial; "two antidepressant trials"; "treatment-resistant depression"; "Spravato".
- "active suicidal ideation"; "attempt".
- "Desmond".
- "ERISA", "45 CFR 147.136", "MHPAEA", "external review" by the state; "60 days after receipt".
"""

ANSWERS = [
    ("notice date", "Date: 11/25/2026", "denial/notice-of-denial-of-part-d-coverage-2026-11-25.txt"),
    ("rule named", "step therapy under ST-BPD-2", "denial/notice-of-denial-of-part-d-coverage-2026-11-25.txt"),
    ("wrong statement", "Your prescriber did not explain why the step drugs are not appropriate", "denial/notice-of-denial-of-part-d-coverage-2026-11-25.txt"),
    ("window", "within 65 days from the date of this notice", "denial/notice-of-denial-of-part-d-coverage-2026-11-25.txt"),
    ("deadline", "by 01/29/2027", "truth"),
    ("terms count records", "Trials documented in the prescriber's records count, however they were paid for", "other/st-bpd-2-criteria-excerpt.txt"),
    ("quetiapine trial", "Quetiapine stopped after 7 weeks: intolerance", "clinical/psychiatry-notes-2022-2026.txt"),
    ("A1c", "A1c 6.9 (6.1 in 02/2023), weight up 8 kg", "clinical/psychiatry-notes-2022-2026.txt"),
    ("lurasidone", "Lurasidone stopped after 6 weeks: intolerance", "clinical/psychiatry-notes-2022-2026.txt"),
    ("samples", "Lurasidone 40 mg (manufacturer samples)", "clinical/psychiatry-notes-2022-2026.txt"),
    ("former plan paid", "03/06/2023  quetiapine 300 mg  #30   paid", "other/former-plan-pharmacy-claims-2023.txt"),
    ("sleep dose", "Quetiapine 50 mg at bedtime for sleep only", "clinical/psychiatry-notes-2022-2026.txt"),
    ("statement sent", "Result: OK", "other/fax-confirmation-2026-11-20.txt"),
    ("continued drug", "Lamotrigine to 200 mg daily: partial benefit; continues", "clinical/psychiatry-notes-2022-2026.txt"),
    ("suicidality", "Passive death wishes, no plan or intent", "clinical/psychiatry-notes-2022-2026.txt"),
    ("other person", "Desmond Marr", "other/household-pharmacy-printout-2026-11-12.txt"),
]
