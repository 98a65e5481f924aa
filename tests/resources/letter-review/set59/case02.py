"""FICTIONAL case 02, set 59: separate CHIP managed care (NV), member 15, pediatric OCD, ERP intensive outpatient."""

SLUG = "02-chip-mco-nv-ocd-erp-iop-no-adequate-ssri-said-first-plan-appeal-father-es"

CASE_YAML = r"""
# FICTIONAL CASE (set 59, case 02) - every person, plan, provider, number and address is invented.
# Separate CHIP, managed care, Nevada. Mateo Ismael Cardenas Loera, 15, has OCD. His CHIP plan denied an
# exposure-and-response-prevention intensive outpatient program before it began, saying no SSRI trial at an
# adequate dose is documented. His father, who reads Spanish, appeals to the plan.
patient:
  name: Mateo Ismael Cardenas Loera
  salutation: Mateo
  date_of_birth: 2011-06-02
  member_id: FICT-NVCU-22819045
  language: es
  address: |-
    5530 Desert Willow Drive
    Las Vegas, NV 89110
  phone: (702) 555-0131
insurer:
  name: Silver Sage Kids Health Plan (separate CHIP managed care plan, FICTIONAL)
  appeals_address: |-
    Silver Sage Kids Health Plan - Member Appeals (FICTIONAL)
    PO Box 61207
    Las Vegas, NV 89160
  fax: (702) 555-0166
claim:
  number: SSK-PA-26-1116-07731
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-11-16
  appeal_deadline: 2027-01-15
  deadline_basis: >-
    Notice of adverse benefit determination of 11/16/2026: "You must ask for an appeal within 60 calendar days from
    the date on this notice."
  setting: intensive_outpatient
  pending_services: 30 program days
  procedure_codes: [S9480]
  diagnosis_codes: [F42.2]
  denial_reason: >-
    The request for the OCD intensive outpatient program does not meet criteria CH-IOP-OCD-1. Criterion 2 requires
    an adequate trial (at least 10 weeks at a therapeutic dose) of a serotonin reuptake inhibitor. No SSRI trial at
    an adequate dose is documented. Weekly outpatient therapy may continue.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity, level_of_care]
  reviewer:
    name: Dr. Harold Penrose (FICTIONAL)
    specialty: pediatrics
  action: none
  corrections:
    - said: No SSRI trial at an adequate dose is documented.
      record: >-
        Sertraline has been taken since 08/04/2026 and at 150 mg daily since 08/25/2026: 11 weeks at that dose by
        the request of 11/10/2026 and 12 by the notice (the psychiatrist's note of 11/09/2026 and the pharmacy
        history show it);
        fluoxetine in 2025 was stopped after 3 weeks for activation and is not the trial the plan counts.
      file: [clinical/desert-palms-child-psychiatry-notes-2026.txt, other/pharmacy-fill-history-2026-11-12.txt]
      page: 1
prior_auth:
  requested_on: 2026-11-10
plan_policy:
  name: Silver Sage Kids Health Plan Clinical Criteria CH-IOP-OCD-1, Intensive Outpatient Treatment for OCD (members under 19)
  number: CH-IOP-OCD-1
  quote: >-
    1. Diagnosis of obsessive-compulsive disorder with a CY-BOCS of 24 or more. 2. An adequate trial (at least 10
    weeks at a therapeutic dose) of a serotonin reuptake inhibitor, or a documented reason it cannot be given. 3. At
    least 12 sessions of outpatient exposure and response prevention without adequate improvement. 4. Symptoms
    interfere with school attendance or daily functioning.
  file: other/ch-iop-ocd-1-criteria.txt
payer_criteria:
  - criterion: "1. Diagnosis of obsessive-compulsive disorder with a CY-BOCS of 24 or more"
    how_met: OCD (F42.2); CY-BOCS 31 on 11/09/2026
    met: true
    evidence: {file: clinical/desert-palms-child-psychiatry-notes-2026.txt, page: 1}
  - criterion: "2. An adequate trial (at least 10 weeks at a therapeutic dose) of a serotonin reuptake inhibitor"
    how_met: Sertraline 150 mg daily since 08/25/2026 (11 weeks at the request of 11/10/2026; 14 weeks on sertraline in all), partial response, continued
    met: true
    evidence: {file: clinical/desert-palms-child-psychiatry-notes-2026.txt, page: 1}
  - criterion: "3. At least 12 sessions of outpatient exposure and response prevention without adequate improvement"
    how_met: 16 weekly ERP sessions 07/2026-11/2026; CY-BOCS 30 -> 28 -> 31
    met: true
    evidence: {file: clinical/erp-therapy-summary-2026-11-06.txt, page: 1}
  - criterion: "4. Symptoms interfere with school attendance or daily functioning"
    how_met: Attended 52% of school days since August; showering rituals of 2-3 hours; emergency visit for refusing food and fluids 10/19/2026
    met: true
    evidence: {file: clinical/erp-therapy-summary-2026-11-06.txt, page: 1}
alternatives:
  - treatment: Weekly outpatient ERP therapy (what the notice says may continue)
    level: outpatient
    why_not: >-
      16 weekly sessions since July 2026 with the CY-BOCS at 28-31; he cannot do home exposures between sessions, and
      his therapist recommends daily ERP in a program.
    proof: clinical/erp-therapy-summary-2026-11-06.txt
treatment:
  name: Intensive outpatient program for OCD with exposure and response prevention, 3 hours a day, 5 days a week, 6 weeks
  summary: >-
    Daily therapist-guided exposure and response prevention for a 15-year-old with severe OCD after 16 weekly ERP
    sessions and an adequate sertraline trial with only a partial response.
  plan: >-
    30 program days over 6 weeks at Red Rock Anxiety and OCD Center: 3 hours of ERP each weekday, weekly family
    sessions, a school re-entry plan; CY-BOCS every two weeks; step down to weekly ERP when the CY-BOCS is below 20
    or after 6 weeks.
  alongside: sertraline 150 mg daily
clinical:
  severity: CY-BOCS 31 on 11/09/2026
  severity_date: 2026-11-09
  suicidality: none
  suicidality_date: 2026-11-09
  episode_onset: 2026-03
  treating_since: 2025-10
  response: CY-BOCS 30 (07/14/2026), 28 (09/22/2026), 31 (11/09/2026)
  response_level: partial
  history:
    - drug: Fluoxetine
      dose: 10 mg daily
      start: 2025-10
      end: 2025-11
      kind: antidepressant
      weeks: 3
      adequate: false
      outcome: Stopped after 3 weeks for activation (restlessness, insomnia); not an adequate trial
      evidence: {file: clinical/desert-palms-child-psychiatry-notes-2026.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-08-04
      ongoing: true
      kind: antidepressant
      weeks: 11
      adequate: true
      response: partial
      outcome: 150 mg daily since 08/25/2026; partial response; continued
      evidence: {file: clinical/desert-palms-child-psychiatry-notes-2026.txt, page: 1}
    - drug: Hydroxyzine
      dose: 10 mg at bedtime as needed for sleep
      start: 2026-05
      ongoing: true
      kind: other
      outcome: For sleep; not a trial
      evidence: {file: clinical/desert-palms-child-psychiatry-notes-2026.txt, page: 1}
    - drug: Exposure and response prevention (ERP), weekly outpatient
      start: 2026-07-14
      end: 2026-11-06
      kind: psychotherapy
      sessions: 16
      adequate: true
      response: none
      outcome: 16 weekly sessions; CY-BOCS 30 -> 31
      evidence: {file: clinical/erp-therapy-summary-2026-11-06.txt, page: 1}
impact:
  daily_life: Showering and handwashing rituals of 2 to 3 hours a day; eats only food his mother opens in front of him.
  hospitalizations: Emergency department visit 10/19/2026 after a day refusing food and fluids (contamination fears); treated and sent home.
  work: Attended 52% of school days since 08/11/2026; on a half-day schedule since October.
author:
  name: Ismael Cardenas Ruiz
  relation: parent
  role: Father of the patient (a minor)
  address: |-
    5530 Desert Willow Drive
    Las Vegas, NV 89110
  phone: (702) 555-0131
provider:
  name: Red Rock Anxiety and OCD Center
  credentials: CHIP network outpatient program
  npi: "1367204959"
  address: |-
    2870 Sahara Commons, Suite 300
    Las Vegas, NV 89102
  phone: (702) 555-0124
copies: [prescriber]
record_dates:
  - file: clinical/desert-palms-child-psychiatry-notes-2026.txt
    date: 2026-11-09
  - file: clinical/erp-therapy-summary-2026-11-06.txt
    date: 2026-11-06
bates_prefix: CARDENAS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/adverse-benefit-determination-2026-11-16.txt": """
SILVER SAGE KIDS HEALTH PLAN (FICTIONAL) - NEVADA CHILDREN'S HEALTH INSURANCE PROGRAM PLAN
NOTICE OF ADVERSE BENEFIT DETERMINATION                                Date on this notice: 11/16/2026
Member: Mateo Ismael Cardenas Loera   DOB 06/02/2011   ID FICT-NVCU-22819045   Reference SSK-PA-26-1116-07731
Request received 11/10/2026 from Red Rock Anxiety and OCD Center: OCD intensive outpatient program, 30 days (S9480).

We denied this request. The request for the OCD intensive outpatient program does not meet criteria
CH-IOP-OCD-1. Criterion 2 requires an adequate trial (at least 10 weeks at a therapeutic dose) of a serotonin
reuptake inhibitor. No SSRI trial at an adequate dose is documented. Weekly outpatient therapy may continue.
Reviewer: Dr. Harold Penrose (FICTIONAL), pediatrics.

How to appeal: You must ask for an appeal within 60 calendar days from the date on this notice. Mail it to Member
Appeals, PO Box 61207, Las Vegas, NV 89160, or fax (702) 555-0166. If your child's health could be seriously harmed by
waiting, ask for a fast appeal. After our appeal decision you may ask the State for an external review.
Ayuda en espanol: llame al (702) 555-0165.
""",
    "clinical/desert-palms-child-psychiatry-notes-2026.txt": """
DESERT PALMS CHILD AND ADOLESCENT PSYCHIATRY (FICTIONAL) - MEDICATION VISITS (excerpt)          Page 1 of 1
Patient: Mateo Ismael Cardenas Loera   DOB 06/02/2011   Psychiatrist: Dr. Lucia Benavides, MD (FICTIONAL)
Parent at visits: father (Spanish interpreter by phone)

10/14/2025 First visit. OCD since age 11 (contamination, checking). At 11 (2022-2023) 14 sessions of CBT with
  exposures at school-based counseling brought full remission for about two years. Symptoms back mildly 09/2025.
  Start fluoxetine 10 mg.
11/04/2025 Restless, not sleeping, irritable since fluoxetine. Stopped after 3 weeks (activation).
03/2026 Worse since March (contamination, showering); current episode dated from 03/2026.
05/12/2026 Hydroxyzine 10 mg at bedtime as needed for sleep.
08/04/2026 CY-BOCS 30. Start sertraline 50 mg, raised to 100 mg 08/11 and 150 mg 08/25/2026.
09/22/2026 CY-BOCS 28. Some less checking. Continue sertraline 150 mg.
11/09/2026 CY-BOCS 31. Sertraline 150 mg daily for 11 weeks at that dose; partial response on checking, none on
  contamination. No suicidal thoughts. Attended 52% of school days. ED visit 10/19 (refused food and fluids).
  Plan: continue sertraline 150 mg; refer to Red Rock ERP intensive outpatient program.
""",
    "clinical/erp-therapy-summary-2026-11-06.txt": """
RED ROCK ANXIETY AND OCD CENTER (FICTIONAL) - OUTPATIENT ERP SUMMARY                 Date: 11/06/2026   Page 1 of 1
Client: Mateo Ismael Cardenas Loera   Therapist: Corinne Abernathy, PhD (FICTIONAL)
Weekly ERP sessions 07/14/2026-11/06/2026: 16 sessions. CY-BOCS 30 (07/14), 28 (09/22), 31 (11/06 by this
therapist; 31 by his psychiatrist 11/09).
He completes exposures in session but cannot do the home practice; showering and handwashing 2-3 hours a day; eats
only food his mother opens in front of him. School: 52% attendance since 08/11/2026, half days since October.
Emergency department visit 10/19/2026 (Sunrise Valley Children's Hospital, FICTIONAL) after refusing food and fluids
for a day; given fluids, sent home.
Recommendation: intensive outpatient ERP, 3 hours a day, 5 days a week, 6 weeks, with family sessions.
""",
    "other/pharmacy-fill-history-2026-11-12.txt": """
SUMMERLIN FAMILY PHARMACY (FICTIONAL) - FILL HISTORY, printed 11/12/2026 for the Cardenas family  Page 1 of 1
CARDENAS LOERA, MATEO     fluoxetine 10 mg cap #30           10/14/2025   CHIP
CARDENAS LOERA, MATEO     sertraline 50 mg tab #30           08/04/2026   CHIP
CARDENAS LOERA, MATEO     sertraline 100 mg tab #30          08/11/2026   CHIP
CARDENAS LOERA, MATEO     sertraline 50 mg tab #90 (3 daily = 150 mg) 08/25/2026   CHIP
CARDENAS LOERA, MATEO     sertraline 50 mg tab #90 (3 daily = 150 mg) 09/24/2026   CHIP
CARDENAS LOERA, MATEO     sertraline 50 mg tab #90 (3 daily = 150 mg) 10/23/2026   CHIP
CARDENAS LOERA, MATEO     hydroxyzine 10 mg tab #30          05/12/2026   CHIP
CARDENAS LOERA, SOFIA     methylphenidate ER 27 mg #30       10/30/2026   CHIP
CARDENAS RUIZ, ISMAEL     metformin 500 mg #60               11/01/2026   cash
""",
    "other/ch-iop-ocd-1-criteria.txt": """
SILVER SAGE KIDS HEALTH PLAN (FICTIONAL) - CLINICAL CRITERIA CH-IOP-OCD-1 (members under 19)    Page 1 of 1
Intensive Outpatient Treatment for Obsessive-Compulsive Disorder. Effective 01/01/2026.
1. Diagnosis of obsessive-compulsive disorder with a CY-BOCS of 24 or more. 2. An adequate trial (at least 10
weeks at a therapeutic dose) of a serotonin reuptake inhibitor, or a documented reason it cannot be given. 3. At
least 12 sessions of outpatient exposure and response prevention without adequate improvement. 4. Symptoms
interfere with school attendance or daily functioning.
""",
}

TRUTH = r"""
# 02 - Separate CHIP (NV): an OCD ERP intensive outpatient program for a 15-year-old denied as "no adequate SSRI trial"; first plan appeal by his father, Spanish-speaking (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mateo Ismael Cardenas Loera, 15 (DOB 06/02/2011), is in a **separate CHIP** managed care plan, Silver Sage Kids
  Health Plan (NV). The family reads Spanish (`patient.language: es`). His father signs as parent of a minor.
- Request 11/10/2026 for an **ERP intensive outpatient program**, 3 hours a day, 5 days a week, 6 weeks (30 days,
  S9480). Denied **11/16/2026** (SSK-PA-26-1116-07731), criterion 2 of CH-IOP-OCD-1: "No SSRI trial at an adequate
  dose is documented"; reviewer: pediatrics.
- **The record contradicts it:** sertraline since 08/04/2026, **150 mg daily since 08/25/2026** - 11 weeks at that
  dose by the 11/09 visit and the 11/10 request (12 by the notice), over the policy's 10 weeks; fills at 150 mg on 08/25,
  09/24 and 10/23/2026; partial response, **continued** (taken alongside the program).
- Fluoxetine 10 mg 10-11/2025: stopped after 3 weeks for activation - an **intolerance**, not an adequate trial.
  Hydroxyzine 10 mg: sleep. 16 weekly ERP sessions (criterion 3 asks 12): CY-BOCS 30 -> 28 -> 31. 52% school
  attendance; ED visit 10/19/2026 for refusing food and fluids. No suicidal thoughts.
- Earlier episode (age 11, 2022-2023): 14 CBT sessions brought **remission** - a response, not a failure.
- **Rule and stage:** separate CHIP managed care: plan appeal **60 days from the notice (42 CFR 457.1260 applying
  438.402(c)(2)(ii)): by 01/15/2027**; then the **state's review** (42 CFR 457.1130(b)), not a Medicaid fair hearing.
{ANSWERS}

## Deliberately unknown
- Whether the plan had the fill history or the 11/09 note when it decided: not known.
- Whether Nevada's CHIP external review is run by an independent review organization: not stated.
- Whether the program can start before the appeal is decided: not known; no urgency is certified.

## Traps
- **A decision's stated fact the record contradicts** (no adequate SSRI): sertraline 150 mg for 11 weeks at the request.
- **Drug still taken:** sertraline continues with partial response: never "failed" or "stopped".
- **Intolerance is not a trial:** fluoxetine 3 weeks (activation) - not an adequate trial, and not "two SSRIs failed".
- **Sleep dose:** hydroxyzine is not a trial.
- **Earlier-episode response:** the 2022-2023 CBT remission is not a failure.
- **Other people on a document:** the pharmacy family printout lists his sister Sofia (methylphenidate) and his father
  (metformin); nothing of theirs belongs in the letter.
- **Wrong law:** a separate CHIP is not Medicaid: **no EPSDT (42 USC 1396d(r)(5))**, no "state fair hearing", no
  ERISA, no MHPAEA employer rules; no continuation of benefits (a new request).
- **Voice:** the father writes about "Mateo" / "my son"; never "I have OCD".

## Arguments a strong letter makes (strongest first)
1. Criterion 2 is met: sertraline 150 mg daily since 08/25/2026, 11 weeks at the request (14 on sertraline), with the pharmacy fills;
   correct the notice's statement. It is continued alongside the program.
2. Criteria 1, 3 and 4 met: CY-BOCS 31; 16 weekly ERP sessions without adequate improvement; 52% attendance and an
   ED visit. The level the notice offers (weekly therapy) has been tried.
3. The program's plan and step-down rule; ask for a child and adolescent psychiatrist's review (reviewer: pediatrics)
   and the case file; name the state's review as the next level; ask for notices in Spanish as well.

## What a letter must NOT say
- "no SSRI trial", "failed sertraline", "stopped sertraline"; "fluoxetine failed" as an adequate trial; "two failed SSRIs".
- "EPSDT", "1396d(r)(5)", "state fair hearing", "ERISA", "45 CFR 147.136".
- "Sofia", methylphenidate, metformin.
- "suicidal" as present; "hospitalized" (it was an emergency visit, sent home).
"""

ANSWERS = [
    ("Date of the notice", "Date on this notice: 11/16/2026", "denial/adverse-benefit-determination-2026-11-16.txt"),
    ("Reference number", "SSK-PA-26-1116-07731", "denial/adverse-benefit-determination-2026-11-16.txt"),
    ("Appeal window", "within 60 calendar days from the date on this notice", "denial/adverse-benefit-determination-2026-11-16.txt"),
    ("Reviewer's specialty", "Dr. Harold Penrose (FICTIONAL), pediatrics", "denial/adverse-benefit-determination-2026-11-16.txt"),
    ("Sertraline dose date", "150 mg 08/25/2026", "clinical/desert-palms-child-psychiatry-notes-2026.txt"),
    ("Sertraline continued", "Plan: continue sertraline 150 mg", "clinical/desert-palms-child-psychiatry-notes-2026.txt"),
    ("Fluoxetine stopped", "Stopped after 3 weeks (activation)", "clinical/desert-palms-child-psychiatry-notes-2026.txt"),
    ("Earlier episode", "full remission for about two years", "clinical/desert-palms-child-psychiatry-notes-2026.txt"),
    ("Latest CY-BOCS", "11/09/2026 CY-BOCS 31", "clinical/desert-palms-child-psychiatry-notes-2026.txt"),
    ("Suicidality", "No suicidal thoughts", "clinical/desert-palms-child-psychiatry-notes-2026.txt"),
    ("ERP sessions", "16 sessions", "clinical/erp-therapy-summary-2026-11-06.txt"),
    ("School attendance", "52% attendance since 08/11/2026", "clinical/erp-therapy-summary-2026-11-06.txt"),
    ("Emergency visit", "Emergency department visit 10/19/2026", "clinical/erp-therapy-summary-2026-11-06.txt"),
    ("150 mg fill", "sertraline 50 mg tab #90 (3 daily = 150 mg) 10/23/2026", "other/pharmacy-fill-history-2026-11-12.txt"),
    ("Another person on a document", "CARDENAS LOERA, SOFIA", "other/pharmacy-fill-history-2026-11-12.txt"),
    ("Criterion 2 words", "at least 10 weeks at a therapeutic dose", "other/ch-iop-ocd-1-criteria.txt"),
]
