"""FICTIONAL - set 57, case 08."""
SLUG = "08-church-plan-self-funded-mo-spravato-new-start-medical-benefit-claims-second-level-daughter"

CASE_YAML = r'''
# FICTIONAL CASE (set 57, case 08) - every person, plan, provider, number and address is invented.
# Church plan (not ERISA), self-funded, Missouri, 1,600 employees. Martin Eberhardt, 61, had 16 Spravato
# maintenance treatments paid by the plan under the medical benefit (06/02-09/22/2026). On 10/01/2026 the plan moved
# Spravato to its pharmacy benefit; the PBM denied the request of 10/05/2026 as a "new start" under step therapy
# RX-ESK-ST-5, and the first-level appeal (11/18/2026) upheld: "No pharmacy claim for esketamine in the 180 days
# before the request." The policy counts claims paid "under the medical or the pharmacy benefit". His adult
# daughter files the second-level appeal with his written authorization.
patient:
  name: Martin Eberhardt
  salutation: Mr. Eberhardt
  date_of_birth: 1965-04-09
  member_id: FICT-GSM-77310458
  address: |-
    2714 Arsenal Street
    St. Louis, MO 63118
  phone: (314) 555-0121
insurer:
  name: Good Shepherd Ministries Health Plan, pharmacy benefit administered by Concordia Rx Services (FICTIONAL)
  appeals_address: |-
    Concordia Rx Services - Appeals for Good Shepherd Ministries Health Plan (FICTIONAL)
    PO Box 41990
    St. Louis, MO 63141
  fax: (314) 555-0184
claim:
  number: CRX-PA-26-1005-90514
  plan_type: church
  funding: self_funded
  employees: 1600
  notice_date: 2026-10-12
  stage: second level
  pending_services: 26
  setting: outpatient
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    New start: no paid claim for esketamine in the 180 days before the request. Step therapy RX-ESK-ST-5 requires
    trials of two antidepressants from two different classes and one augmentation agent before esketamine.
  denial_category: step_therapy
  action: none
decisions:
  - date: 2026-11-18
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-17
    reason: >-
      The denial is upheld. No pharmacy claim for esketamine in the 180 days before the request. The member is a new
      start and step therapy applies.
    corrections:
      - said: "No pharmacy claim for esketamine in the 180 days before the request. The member is a new start and step therapy applies."
        record: >-
          The plan itself paid 16 esketamine treatments (J0013, 84 mg) under the medical benefit from 06/02/2026
          through 09/22/2026, all within the 180 days before the request of 10/05/2026; RX-ESK-ST-5 counts a claim
          paid "under the medical or the pharmacy benefit".
        file:
          - other/medical-claims-summary-2026-06-to-09.txt
          - other/rx-esk-st-5-step-therapy-2026.txt
        page: 1
        leaves_out: true
plan_policy:
  name: Good Shepherd Ministries Health Plan Step Therapy Program, Esketamine Nasal Spray (effective 10/01/2026)
  number: RX-ESK-ST-5
  quote: >-
    Step therapy applies only to new starts. A member is not a new start when the plan has paid a claim for the
    drug, under the medical or the pharmacy benefit, in the 180 days before the request. For a new start, the member
    must have tried two antidepressants from two different classes and one augmentation agent, each at an adequate
    dose for at least 6 weeks, or have a documented intolerance or contraindication.
  file: other/rx-esk-st-5-step-therapy-2026.txt
  step_lookback_days: 180
  other_terms: >-
    Effective 10/01/2026, esketamine nasal spray (Spravato) is covered under the pharmacy benefit through the
    specialty pharmacy. Members already receiving it under the medical benefit continue their therapy.
  other_terms_file: other/plan-notice-spravato-benefit-change-2026-08-15.txt
  other_terms_apply: >-
    Mr. Eberhardt was already receiving Spravato under the medical benefit when the change took effect (last
    treatment 09/22/2026), so under the plan's own notice he continues his therapy.
treatment:
  name: Spravato (esketamine nasal spray) 84 mg, maintenance (J0013)
  summary: >-
    Maintenance Spravato, weekly or every other week, continuing a course the plan paid for from 06/2026 to
    09/2026, for recurrent severe depression that responded to it.
  plan: >-
    Spravato 84 mg every week for 4 weeks, then every other week, 26 treatments over 12 months, with two hours of
    monitoring at the certified clinic; MADRS monthly; stop if the MADRS stays above 20 for two months in a row.
    Bupropion XL continues.
  alongside: bupropion XL 300 mg daily
  earlier_doses:
    - {date: 2026-06-02, dose: 84 mg, paid_by_plan: true, claim: GSM-MED-26-0602-1188, file: other/medical-claims-summary-2026-06-to-09.txt}
    - {date: 2026-07-14, dose: 84 mg, paid_by_plan: true, claim: GSM-MED-26-0714-3306, file: other/medical-claims-summary-2026-06-to-09.txt}
    - {date: 2026-08-25, dose: 84 mg, paid_by_plan: true, claim: GSM-MED-26-0825-5417, file: other/medical-claims-summary-2026-06-to-09.txt}
    - {date: 2026-09-22, dose: 84 mg, paid_by_plan: true, claim: GSM-MED-26-0922-7042, file: other/medical-claims-summary-2026-06-to-09.txt}
clinical:
  severity: MADRS 26 on 11/30/2026, ten weeks after the last treatment (MADRS 12 on 09/22/2026)
  severity_date: 2026-11-30
  suicidality: none
  suicidality_date: 2026-11-30
  response: MADRS 37 before induction (02/2026), 12 on 09/22/2026 on maintenance, 26 on 11/30/2026 off treatment
  response_level: response
  episode_onset: 2025-10
  treating_since: 2023-01
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2023-01-09
      end: 2023-04-17
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: 14 weeks; no response; stopped
      evidence: {file: clinical/psychiatry-visit-2026-11-30.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2023-05-01
      end: 2023-05-19
      kind: antidepressant
      adequate: false
      outcome: Stopped after under 3 weeks for nausea and sweating; intolerance
      evidence: {file: clinical/psychiatry-visit-2026-11-30.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2023-06-05
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/psychiatry-visit-2026-11-30.txt, page: 1}
    - drug: Lithium carbonate
      dose: 600 mg daily (level 0.6), augmentation
      start: 2024-02-12
      end: 2024-05-06
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: 12 weeks added to bupropion; no response; stopped
      evidence: {file: clinical/psychiatry-visit-2026-11-30.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2024-06
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-visit-2026-11-30.txt, page: 1}
    - drug: Spravato (esketamine nasal spray)
      dose: 56-84 mg; induction 02-03/2026, maintenance 06/02-09/22/2026
      start: 2026-02-16
      end: 2026-09-22
      kind: other
      response: response
      outcome: MADRS 37 to 12; paused when the benefit changed on 10/01/2026
      evidence: {file: clinical/psychiatry-visit-2026-11-30.txt, page: 1}
impact:
  work: On reduced hours as a hospital facilities supervisor since 11/09/2026.
  relapse: MADRS rose from 12 to 26 in the ten weeks without treatment.
payer_criteria:
  - criterion: >-
      For a new start: two antidepressants from two different classes and one augmentation agent, each at an
      adequate dose for at least 6 weeks, or a documented intolerance or contraindication.
    how_met: >-
      Escitalopram 20 mg 14 weeks (SSRI), bupropion XL 300 mg since 06/2023 (NDRI, continued), lithium augmentation
      12 weeks; duloxetine stopped for intolerance.
    met: true
    evidence: {file: clinical/psychiatry-visit-2026-11-30.txt, page: 1}
prior_auth:
  requested_on: 2026-10-05
author:
  name: Hannah Eberhardt-Lyle
  role: daughter of the patient, authorized representative
  relation: representative
  authorization: other/patient-authorization-2026-11-25.txt
  address: |-
    611 Pestalozzi Street
    St. Louis, MO 63118
  phone: (314) 555-0122
  email: hannah.el@homemail.example
provider:
  name: Gateway Interventional Psychiatry
  credentials: Spravato REMS-certified treatment center
  npi: "1762048597"
  address: |-
    4040 Lindell Boulevard, Suite 210
    St. Louis, MO 63108
  phone: (314) 555-0186
employer:
  name: Good Shepherd Health Ministries, Benefits Office (FICTIONAL)
  address: |-
    100 Shepherd Way
    St. Louis, MO 63110
copies: [employer]
record_dates:
  - file: clinical/psychiatry-visit-2026-11-30.txt
    date: 2026-11-30
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/pbm-step-therapy-denial-2026-10-12.txt": """
CONCORDIA RX SERVICES (FICTIONAL) for GOOD SHEPHERD MINISTRIES HEALTH PLAN
COVERAGE DETERMINATION - DENIAL                                          Date: 10/12/2026   Page 1 of 1
Member: Martin Eberhardt   DOB 04/09/1965   ID FICT-GSM-77310458   Request CRX-PA-26-1005-90514 (received 10/05/2026)
Drug: Spravato (esketamine) nasal spray 84 mg, maintenance. Prescriber: Gateway Interventional Psychiatry.
Denied. New start: no paid claim for esketamine in the 180 days before the request. Step therapy RX-ESK-ST-5
requires trials of two antidepressants from two different classes and one augmentation agent before esketamine.
You may appeal within 180 days of receiving this notice. This plan is a church plan.
""",
"denial/first-level-appeal-decision-2026-11-18.txt": """
CONCORDIA RX SERVICES (FICTIONAL) - FIRST-LEVEL APPEAL DECISION                    Date: 11/18/2026   Page 1 of 1
Member: Martin Eberhardt   Request CRX-PA-26-1005-90514   Appeal filed by the prescriber 10/20/2026
The denial is upheld. No pharmacy claim for esketamine in the 180 days before the request. The member is a new
start and step therapy applies. Records reviewed: pharmacy claims history 04/2026-10/2026.
You may file a second-level appeal within 60 days of receiving this letter.
""",
"other/rx-esk-st-5-step-therapy-2026.txt": """
GOOD SHEPHERD MINISTRIES HEALTH PLAN (FICTIONAL) - STEP THERAPY PROGRAM RX-ESK-ST-5 (effective 10/01/2026)  Page 1 of 1
Esketamine nasal spray
Step therapy applies only to new starts. A member is not a new start when the plan has paid a claim for the
drug, under the medical or the pharmacy benefit, in the 180 days before the request. For a new start, the member
must have tried two antidepressants from two different classes and one augmentation agent, each at an adequate
dose for at least 6 weeks, or have a documented intolerance or contraindication.
""",
"other/plan-notice-spravato-benefit-change-2026-08-15.txt": """
GOOD SHEPHERD MINISTRIES HEALTH PLAN (FICTIONAL) - NOTICE OF BENEFIT CHANGE          Date: 08/15/2026   Page 1 of 1
Effective 10/01/2026, esketamine nasal spray (Spravato) is covered under the pharmacy benefit through the
specialty pharmacy. Members already receiving it under the medical benefit continue their therapy.
""",
"other/medical-claims-summary-2026-06-to-09.txt": """
GOOD SHEPHERD MINISTRIES HEALTH PLAN (FICTIONAL) - MEDICAL CLAIMS SUMMARY, FAMILY ACCOUNT, 06/2026-09/2026  Page 1 of 1
Subscriber: Martin Eberhardt
Patient           Date        Claim                  Service                               Status
Martin Eberhardt  06/02/2026  GSM-MED-26-0602-1188   J0013 x84 (esketamine 84 mg) + visit   Paid
Martin Eberhardt  06/16/2026  GSM-MED-26-0616-1702   J0013 x84 + visit                     Paid
Ruth Eberhardt    06/20/2026  GSM-MED-26-0620-1811   physical therapy, knee                Paid
Martin Eberhardt  07/14/2026  GSM-MED-26-0714-3306   J0013 x84 + visit                     Paid
Martin Eberhardt  08/25/2026  GSM-MED-26-0825-5417   J0013 x84 + visit                     Paid
Ruth Eberhardt    09/02/2026  GSM-MED-26-0902-6020   physical therapy, knee                Paid
Martin Eberhardt  09/22/2026  GSM-MED-26-0922-7042   J0013 x84 + visit                     Paid
Esketamine treatments paid for Martin Eberhardt, 06/02/2026-09/22/2026: 16 (selected lines shown above).
""",
"other/pbm-formulary-2025-excerpt.txt": """
CONCORDIA RX SERVICES (FICTIONAL) - 2025 FORMULARY FOR GOOD SHEPHERD MINISTRIES HEALTH PLAN (excerpt)  Page 1 of 1
Esketamine nasal spray (Spravato): not covered under the pharmacy benefit; covered under the medical benefit only.
""",
"clinical/psychiatry-visit-2026-11-30.txt": """
GATEWAY INTERVENTIONAL PSYCHIATRY (FICTIONAL) - PSYCHIATRY VISIT                    Date: 11/30/2026   Page 1 of 1
Patient: Martin Eberhardt   DOB 04/09/1965   Psychiatrist: Elaine Brandt, MD (treating since 01/2023)
Recurrent major depression, severe (F33.2); current episode since 10/2025.
Trials: escitalopram 20 mg 01/09-04/17/2023 (14 weeks, no response); duloxetine 60 mg 05/01-05/19/2023 (nausea,
sweating; stopped); bupropion XL 300 mg since 06/05/2023 (partial, continued); lithium 600 mg added 02/12-05/06/2024
(level 0.6, 12 weeks, no response); mirtazapine 7.5 mg at bedtime for sleep since 06/2024.
Spravato: induction 02/16-03/2026 (MADRS 37 to 15); maintenance 06/02-09/22/2026 (16 treatments, paid by the plan
under the medical benefit): MADRS 12 on 09/22/2026. No treatment since the benefit change on 10/01/2026.
Today: MADRS 26. No suicidal ideation. Reduced hours at work since 11/09/2026. Plan: resume maintenance if approved.
""",
"other/patient-authorization-2026-11-25.txt": """
AUTHORIZATION OF REPRESENTATIVE (FICTIONAL)                                        Date: 11/25/2026   Page 1 of 1
I, Martin Eberhardt (ID FICT-GSM-77310458), authorize my daughter, Hannah Eberhardt-Lyle, to file my second-level
appeal of request CRX-PA-26-1005-90514 and to receive my claim and medical records for it.
Signed: Martin Eberhardt
""",
}

TRUTH = r'''
# 08 - Church plan (self-funded, not ERISA): Spravato maintenance denied as a "new start" by a PBM that looked only at pharmacy claims; second-level appeal by the patient's adult daughter (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Martin Eberhardt, 61 (DOB 04/09/1965), **church plan not under ERISA, self-funded**, of Good Shepherd Health
  Ministries (**1,600 employees**), Missouri; pharmacy benefit by Concordia Rx. Recurrent severe MDD (F33.2).
- The plan **paid 16 Spravato treatments** (J0013, 84 mg) under the **medical benefit 06/02-09/22/2026** (claims
  GSM-MED-26-0602-1188 ... 0922-7042). Spravato moved to the **pharmacy benefit on 10/01/2026**; the plan's notice of
  08/15/2026: "Members already receiving it under the medical benefit continue their therapy."
- Request **10/05/2026**; denial **10/12/2026** ("new start ... RX-ESK-ST-5"); **first-level decision 11/18/2026**: "No
  pharmacy claim for esketamine in the 180 days before the request" - true as far as it goes; it reviewed pharmacy
  claims only. **RX-ESK-ST-5: not a new start when the plan has paid a claim "under the medical or the pharmacy
  benefit" in the 180 days before the request.** 06/02-09/22 are all within 180 days of 10/05 (and of 10/12).
- Fallback: the steps are met anyway - escitalopram 14 weeks (SSRI), **bupropion XL since 06/2023 (NDRI, partial,
  continued)**, lithium augmentation 12 weeks; **duloxetine 2.5 weeks, intolerance**; **mirtazapine 7.5 mg = sleep
  dose**.
- Off treatment since 09/22: MADRS 12 to **26 on 11/30/2026**; no suicidal ideation; reduced hours.
- **Rules:** church plan: claims and appeals under 26 CFR 54.9815-2719 (by reference to the ERISA claims rule's
  standards); second level within 60 days of receipt of the 11/18 decision: **by 01/17/2027**; then external review
  (self-funded: the federal process, 54.9815-2719(d)); parity 26 CFR 54.9812-1 (more than 50 employees). **Not ERISA**:
  no 29 CFR 2560.503-1 as governing law, no Labor Department/EBSA.
- **Author:** his adult daughter with his written authorization; writes about "my father" / Mr. Eberhardt.

## Deliberately unknown
- Why the PBM did not see the medical claims: not known.
- The exact dates of the 16 treatments beyond the lines shown: the summary shows selected lines and the count.
- Whether the 2025 formulary's statement was ever changed for members already on therapy: the 08/15 notice answers it.

## Traps
- **Plan document and dates, not medicine:** the first argument is that he is not a new start by RX-ESK-ST-5's own
  words, so the steps do not apply.
- **"No pharmacy claim"** is true as far as it goes; the letter says what it leaves out (medical-benefit claims).
- **Stale document:** the 2025 formulary ("medical benefit only") does not govern after 10/01/2026.
- **Other person on a document:** the claims summary shows his wife **Ruth Eberhardt**'s physical therapy.
- **Drugs:** bupropion continues (never "failed"/"stopped"); duloxetine was an intolerance; mirtazapine 7.5 mg is a
  sleep dose; Spravato responded (never a failure).
- **Wrong law:** no ERISA, no 29 CFR 2560.503-1 as the plan's law, no EBSA, no 42 CFR 422.136 (that is Medicare
  Advantage), no Part D rules.
- **Voice:** the daughter writes about her father.

## Arguments a strong letter makes (strongest first)
1. Not a new start: RX-ESK-ST-5 counts claims paid under the medical or the pharmacy benefit in the 180 days
   before the request; the plan paid 16 treatments from 06/02 to 09/22/2026, within those 180 days. Step therapy does
   not apply; approve the maintenance course.
2. The plan's own 08/15/2026 notice: members already receiving Spravato under the medical benefit continue their
   therapy.
3. Fallback: the steps are met (escitalopram, bupropion continuing, lithium augmentation; duloxetine intolerance).
4. Harm of the interruption: MADRS 12 to 26, reduced hours.

## What a letter must NOT say
- "new start"; "has never received esketamine"; "no claim for esketamine".
- "Ruth", "physical therapy, knee".
- "failed bupropion", "stopped bupropion"; mirtazapine 7.5 mg as a trial; duloxetine as an adequate trial.
- "ERISA", "29 CFR 2560.503-1" as governing law, "EBSA", "Department of Labor", "42 CFR 422.136", "Part D".
- "currently suicidal".
'''

ANSWERS = [
    ("denial/first-level-appeal-decision-2026-11-18.txt", "No\npharmacy claim for esketamine in the 180 days before the request"),
    ("denial/first-level-appeal-decision-2026-11-18.txt", "pharmacy claims history 04/2026-10/2026"),
    ("denial/pbm-step-therapy-denial-2026-10-12.txt", "received 10/05/2026"),
    ("other/rx-esk-st-5-step-therapy-2026.txt", "under the medical or the pharmacy benefit"),
    ("other/plan-notice-spravato-benefit-change-2026-08-15.txt", "continue their therapy"),
    ("other/medical-claims-summary-2026-06-to-09.txt", "GSM-MED-26-0602-1188"),
    ("other/medical-claims-summary-2026-06-to-09.txt", "Ruth Eberhardt"),
    ("other/medical-claims-summary-2026-06-to-09.txt", "06/02/2026-09/22/2026: 16"),
    ("other/pbm-formulary-2025-excerpt.txt", "medical benefit only"),
    ("clinical/psychiatry-visit-2026-11-30.txt", "MADRS 26"),
    ("clinical/psychiatry-visit-2026-11-30.txt", "bupropion XL 300 mg since 06/05/2023 (partial, continued)"),
    ("clinical/psychiatry-visit-2026-11-30.txt", "mirtazapine 7.5 mg at bedtime for sleep"),
    ("clinical/psychiatry-visit-2026-11-30.txt", "(nausea,\nsweating; stopped)"),
    ("truth", "26 CFR 54.9815-2719"),
    ("truth", "by 01/17/2027"),
    ("case.yaml", "step_lookback_days: 180"),
]
