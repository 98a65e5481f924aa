"""Set 32 case 03 (FICTIONAL): Part D payment request denied as "retiree plan primary"; the patient writes."""
SLUG = "part-d-pdp-lumateperone-retiree-plan-primary-ended-redetermination-patient"

CASE_YAML = r'''
# FICTIONAL CASE (set 32, case 03) - every person, plan, provider, number and address is invented.
# Stand-alone Part D PDP, Oregon. Gideon Marchetti-Hale, 71, retired; his former employer's retiree drug coverage
# ended 06/30/2026. His pharmacy fills of lumateperone on 08/04, 09/03 and 10/03/2026 were rejected because the
# plan's record still showed the retiree plan as primary; he paid and asked for payment. The plan denied it (10/21):
# "other prescription coverage pays before this plan". He writes his own redetermination request.
patient:
  name: Gideon Marchetti-Hale
  salutation: Mr. Marchetti-Hale
  date_of_birth: 1955-09-30
  member_id: FICT-CRX-40183377
  address: |-
    2286 Harris Street
    Eugene, OR 97405
  phone: (541) 555-0127
insurer:
  name: Cascadia Rx Medicare Prescription Drug Plan (PDP) (FICTIONAL)
  appeals_address: |-
    Cascadia Rx - Part D Redeterminations (address FICTIONAL)
    PO Box 91140
    Portland, OR 97291
  fax: (503) 555-0158
claim:
  number: CRX-PR-26-1012-0457
  plan_type: medicare_part_d
  notice_date: 2026-10-21
  appeal_deadline: 2026-12-25
  deadline_basis: >-
    Notice of 10/21/2026: "You have 65 days from the date of this notice to ask for a redetermination" (42 CFR
    423.582(b)); counted from the notice date.
  service_dates: [2026-08-04, 2026-09-03, 2026-10-03]
  diagnosis_codes: [F31.32]
  denial_reason: >-
    Request for payment denied. Our records show other prescription drug coverage (Willamette Paper Mills Retiree
    Health Plan) that pays before this plan. Please submit your pharmacy receipts to your primary plan first.
  denial_category: coordination_of_benefits
  denial_reasons: [coordination_of_benefits]
  action: none
other_coverage:
  plan: Willamette Paper Mills Retiree Health Plan, retiree prescription drug benefit (FICTIONAL)
  member_is: retiree (former employee), not in current employment
  covered_here_as: Part D enrollee
  ended: 2026-06-30
  reported: 2026-07-08
  proof:
    - other/retiree-plan-termination-letter-2026-04-15.txt
    - other/letter-to-cascadia-rx-2026-07-08.txt
treatment:
  name: Lumateperone (Caplyta) 42 mg daily
  summary: >-
    Lumateperone for bipolar I depression since 05/2026, with lithium continued; three 30-day fills paid at the
    pharmacy after the plan rejected them.
  alongside: lithium carbonate 900 mg daily
clinical:
  severity: MADRS 31 on 05/06/2026; MADRS 14 on 09/22/2026
  severity_date: 2026-09-22
  suicidality: none
  suicidality_date: 2026-09-22
  response: MADRS 31 (05/06/2026) to 14 (09/22/2026)
  response_level: response
  history:
    - drug: Lithium carbonate
      dose: 900 mg daily
      start: 2014
      ongoing: true
      kind: other
      outcome: Mood stabilizer, continued; not an antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-09-22.txt, page: 1}
    - drug: Lurasidone
      dose: 80 mg daily
      start: 2025-09
      end: 2025-12
      adequate: true
      response: none
      outcome: No response after 10 weeks at 80 mg; stopped
      evidence: {file: clinical/psychiatry-note-2026-09-22.txt, page: 1}
    - drug: Quetiapine
      dose: 300 mg at bedtime
      start: 2026-01
      end: 2026-03
      weeks: 7
      adequate: false
      outcome: Stopped after 7 weeks for sedation and falls (intolerance)
      evidence: {file: clinical/psychiatry-note-2026-09-22.txt, page: 1}
author:
  name: Gideon Marchetti-Hale
  role: Patient (the plan's member)
  relation: patient
  address: |-
    2286 Harris Street
    Eugene, OR 97405
  phone: (541) 555-0127
  email: gideon.mh@mail.example
provider:
  name: Priya Castellanos-Webb
  credentials: MD
  npi: "1900123450"
  address: |-
    Spencer Butte Psychiatry (FICTIONAL), 1440 Oak Street
    Eugene, OR 97401
  phone: (541) 555-0143
expenses:
  - {date: 2026-08-04, item: "lumateperone 42 mg #30, Riverbend Community Pharmacy", amount: "$1,612.40", paid: "$1,612.40"}
  - {date: 2026-09-03, item: "lumateperone 42 mg #30, Riverbend Community Pharmacy", amount: "$1,612.40", paid: "$1,612.40"}
  - {date: 2026-10-03, item: "lumateperone 42 mg #30, Riverbend Community Pharmacy", amount: "$1,612.40", paid: "$1,612.40"}
record_dates:
  - file: clinical/psychiatry-note-2026-09-22.txt
    date: 2026-09-22
  - file: other/letter-to-cascadia-rx-2026-07-08.txt
    date: 2026-07-08
bates_prefix: MARCHETTIHALE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/payment-request-decision-2026-10-21.txt": """
CASCADIA RX MEDICARE PRESCRIPTION DRUG PLAN (PDP) (FICTIONAL)
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG PAYMENT                Date of this notice: 10/21/2026
Member: Gideon Marchetti-Hale   Member ID FICT-CRX-40183377   Request: CRX-PR-26-1012-0457 (received 10/12/2026)
Page 1 of 1

You asked us to pay you back for lumateperone 42 mg, #30, filled 08/04/2026, 09/03/2026 and 10/03/2026.
Decision: Request for payment denied. Our records show other prescription drug coverage (Willamette Paper Mills
Retiree Health Plan) that pays before this plan. Please submit your pharmacy receipts to your primary plan first.
This decision is not about whether the drug is covered by our formulary (it is, tier 5).

YOUR RIGHT TO APPEAL: You have 65 days from the date of this notice to ask for a redetermination. Write to Cascadia
Rx - Part D Redeterminations, PO Box 91140, Portland, OR 97291, or fax (503) 555-0158.
""",
    "other/retiree-plan-termination-letter-2026-04-15.txt": """
WILLAMETTE PAPER MILLS RETIREE HEALTH PLAN (FICTIONAL) - NOTICE TO RETIREES          Date: 04/15/2026
To: Gideon Marchetti-Hale (retiree ID WPM-R-08812)
The retiree prescription drug benefit ends on 06/30/2026. No prescription drug claims for dates of service after
06/30/2026 will be paid by this plan. Your Medicare Part D plan will be your only prescription drug coverage from
07/01/2026. The retiree dental benefit continues.
""",
    "other/letter-to-cascadia-rx-2026-07-08.txt": """
Letter from Gideon Marchetti-Hale to Cascadia Rx Member Services (copy kept; FICTIONAL)      Date: 07/08/2026
Sent by certified mail 7026 0412 0000 5512 8831, delivered 07/11/2026.
"My retiree drug coverage from Willamette Paper Mills ended on 06/30/2026 (letter enclosed). Please update your
records: Cascadia Rx is my only drug coverage from 07/01/2026."
""",
    "other/retiree-plan-benefit-summary-2026-01.txt": """
WILLAMETTE PAPER MILLS RETIREE HEALTH PLAN (FICTIONAL) - 2026 BENEFIT SUMMARY (issued 01/2026)
Retiree prescription drug benefit: plan year 01/01/2026-12/31/2026.
(Issued before the 04/15/2026 notice that ended the drug benefit on 06/30/2026.)
""",
    "other/pharmacy-receipts-2026.txt": """
RIVERBEND COMMUNITY PHARMACY (FICTIONAL) - RECEIPT HISTORY, PRINTED 10/10/2026
08/04/2026  Gideon Marchetti-Hale  lumateperone 42 mg #30  plan reject: other coverage primary  paid $1,612.40
08/04/2026  Marguerite Hale (spouse)  atorvastatin 20 mg #90  Cascadia Rx paid  copay $4.00
09/03/2026  Gideon Marchetti-Hale  lumateperone 42 mg #30  plan reject: other coverage primary  paid $1,612.40
10/03/2026  Gideon Marchetti-Hale  lumateperone 42 mg #30  plan reject: other coverage primary  paid $1,612.40
""",
    "clinical/psychiatry-note-2026-09-22.txt": """
SPENCER BUTTE PSYCHIATRY (FICTIONAL) - PROGRESS NOTE                     Date: 09/22/2026
Patient: Gideon Marchetti-Hale   DOB 09/30/1955   Psychiatrist: Priya Castellanos-Webb, MD (NPI 1900123450)
Page 1 of 1

Diagnosis: bipolar I disorder, current episode depressed, severe without psychotic features (F31.4 at start;
now moderate, F31.32). Lumateperone 42 mg daily since 05/2026; MADRS 31 (05/06/2026) -> 14 today. No suicidal
ideation. Lithium 900 mg daily since 2014, continued. Lurasidone 80 mg 09/2025-12/2025, 10 weeks, no response.
Quetiapine 300 mg 01/2026-03/2026, stopped after 7 weeks for sedation and two falls.
Plan: continue lumateperone and lithium.
""",
}

TRUTH = r'''
# 03 - Part D PDP: payment denied as "retiree plan primary" after the retiree drug benefit ended; redetermination by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Gideon Marchetti-Hale, **71** (DOB 09/30/1955), Eugene, OR, a retiree, is enrolled in **Cascadia Rx PDP**, a
  stand-alone Part D plan. Lumateperone 42 mg is **on its formulary** (tier 5; the notice says so).
- His former employer's **retiree prescription drug benefit ended 06/30/2026** (letter of 04/15/2026). He told the plan
  in writing on **07/08/2026** (certified mail, delivered 07/11/2026).
- Fills on **08/04, 09/03 and 10/03/2026** were rejected at the pharmacy ("other coverage primary"); he paid
  **$1,612.40** each (**$4,837.20**) and asked for payment on 10/12/2026. Denied **10/21/2026**: "other prescription
  drug coverage (Willamette Paper Mills Retiree Health Plan) that pays before this plan".
- Every fill date is **after 06/30/2026**: there was no other drug coverage on any of them. Even while it lasted,
  **retiree** coverage (not current employment) pays **after** Medicare under the Medicare Secondary Payer rules.
- **Stage and rule:** Part D redetermination, 42 CFR 423.580-423.590: **65 days from the notice, by 12/25/2026**
  (423.582(b)); a payment request has no expedited route; an upheld denial can go to the IRE.
- **Author:** the patient, "I".

## Deliberately unknown
- Why the plan's record was not updated after 07/11/2026: not in the case; a letter may say the plan was told, not why
  it did not act.
- The plan's decision time for a payment redetermination: not stated in the case (not to be promised).
- Whether the retiree plan ever reported to Medicare's coordination-of-benefits contractor: unknown.

## Traps
- **Date and document, not medicine:** the winning point is the **end of the other coverage (06/30/2026)** before every
  fill, and the plan being told on 07/08. No medical-necessity, step or formulary argument (the drug is on formulary).
- **Stale document:** the **January 2026 benefit summary** shows the retiree drug benefit "plan year through
  12/31/2026"; the 04/15 notice ended it on 06/30.
- **Other person on a document:** the pharmacy receipts show his wife **Marguerite Hale's atorvastatin** (paid by the
  plan); not part of this request.
- **Drugs:** **lithium continues** (a mood stabilizer, not an antidepressant trial, never "failed"); **quetiapine** was
  an intolerance (7 weeks, sedation and falls); **lurasidone** the failed adequate trial.
- **Suicidality none.**
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA (parity does not reach Part D), no "working aged" or "20 or more
  employees" rule as if he were in current employment, no Medicare Advantage 422 rules.
- **Voice:** "I" / "my"; never "Mr. Marchetti-Hale has...".

## Arguments a strong letter makes (strongest first)
1. The retiree drug benefit **ended 06/30/2026** (Exhibit: the 04/15/2026 letter); the fills of 08/04, 09/03 and
   10/03/2026 came after it, so no other coverage existed on those dates; Cascadia Rx is the only drug coverage.
2. I told the plan on **07/08/2026** (delivered 07/11); ask it to correct its coordination-of-benefits record and
   pay **$4,837.20** (the plan's share under the plan's rules), and to let the pharmacy bill it for later fills.
3. Even before it ended, retiree coverage pays after Medicare (no current employment), so it was never primary.

## What a letter must NOT say
- "medically necessary" as the ground; "formulary exception"; "step therapy"; "peer-to-peer".
- That the retiree plan covered 2026 fills after June; "plan year through 12/31/2026" as his coverage.
- "Marguerite"/"atorvastatin" as part of the request.
- "failed lithium", "stopped lithium"; quetiapine as an adequate trial; "suicidal ideation".
- "ERISA", "45 CFR 147.136", "MHPAEA"/"parity", "42 CFR 422", "expedited", "20 or more employees", "current employment".
'''

ANSWERS = [
    ("denial/payment-request-decision-2026-10-21.txt", "Willamette Paper Mills Retiree Health Plan) that pays before this plan"),
    ("denial/payment-request-decision-2026-10-21.txt", "it is, tier 5"),
    ("denial/payment-request-decision-2026-10-21.txt", "65 days from the date of this notice"),
    ("other/retiree-plan-termination-letter-2026-04-15.txt", "The retiree prescription drug benefit ends on 06/30/2026"),
    ("other/letter-to-cascadia-rx-2026-07-08.txt", "delivered 07/11/2026"),
    ("other/retiree-plan-benefit-summary-2026-01.txt", "plan year 01/01/2026-12/31/2026"),
    ("other/pharmacy-receipts-2026.txt", "Marguerite Hale (spouse)  atorvastatin"),
    ("other/pharmacy-receipts-2026.txt", "paid $1,612.40"),
    ("clinical/psychiatry-note-2026-09-22.txt", "Lithium 900 mg daily since 2014, continued"),
    ("clinical/psychiatry-note-2026-09-22.txt", "stopped after 7 weeks for sedation and two falls"),
    ("clinical/psychiatry-note-2026-09-22.txt", "No suicidal ideation"),
    ("case.yaml", "ended: 2026-06-30"),
    ("case.yaml", "appeal_deadline: 2026-12-25"),
    ("case.yaml", "relation: patient"),
    ("truth", "$4,837.20"),
    ("truth", "by 12/25/2026"),
]
