"""Set 35, case 06 (FICTIONAL): Part D PDP, zuranolone denied on a delivery date from an earlier pregnancy; expedited redetermination by the prescribing CNM."""

SLUG = "06-part-d-pdp-zuranolone-ppd-wrong-delivery-date-earlier-pregnancy-expedited-redetermination-cnm"

CASE_YAML = """
# FICTIONAL CASE (set 35, case 06) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan (FICTIONAL), Arkansas. Keziah Marsh, 31, has Medicare through SSDI. She gave birth to her
# second child on 10/02/2026; postpartum depression began 10/19/2026. Her certified nurse-midwife prescribed
# zuranolone (Zurzuvae). The coverage determination of 11/30/2026 denied it under PA-ZUR-01 criterion 2, using a
# delivery date of 06/02/2023 - her first child's birth. The CNM, as prescriber, asks for an expedited redetermination.
patient:
  name: Keziah Marsh
  salutation: Ms. Marsh
  date_of_birth: 1995-01-17
  member_id: FICT-KPR-20844196
  address: |-
    2719 Kavanaugh Boulevard
    Little Rock, AR 72205
  phone: (501) 555-0121
insurer:
  name: Keystone Prairie Rx (PDP) (FICTIONAL), a Medicare Part D plan
  appeals_address: |-
    Keystone Prairie Rx - Part D Redeterminations (FICTIONAL)
    PO Box 21877
    Little Rock, AR 72221
  fax: (501) 555-0146
claim:
  number: KPR-CD-26-1125-40377
  plan_type: medicare_part_d
  notice_date: 2026-11-30
  appeal_deadline: 2027-02-03
  deadline_basis: >-
    Coverage determination of 11/30/2026: "You have 65 days from the date of this notice to request a
    redetermination."
  urgent: true
  pending_services: [a 14-day course of zuranolone, not yet started]
  diagnosis_codes: [F53.0]
  denial_reason: >-
    Zurzuvae (zuranolone) 50 mg is denied. Prior authorization criteria PA-ZUR-01 are not met: criterion 2 requires
    onset of the depressive episode during the third trimester or within 4 weeks after delivery. Plan records:
    delivery date 06/02/2023. Symptom onset 10/2026 is more than 4 weeks after delivery.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer:
    name: Paulette Grundy, PharmD
    specialty: clinical pharmacist
  action: none
  corrections:
    - said: "Plan records: delivery date 06/02/2023."
      record: >-
        Her second child was born on 10/02/2026, as the hospital discharge summary shows; 06/02/2023 is the birth of
        her first child.
      file: clinical/delivery-discharge-summary-2026-10-04.txt
      page: 1
plan_policy:
  name: Keystone Prairie Rx 2026 Prior Authorization Criteria PA-ZUR-01, Zurzuvae (zuranolone)
  number: PA-ZUR-01
  quote: >-
    1. Age 18 or older with a diagnosis of postpartum depression (major depressive episode with peripartum onset).
    2. Onset of the depressive episode during the third trimester or within 4 weeks after delivery. 3. Request within
    12 months after delivery. 4. No previous course of zuranolone for this pregnancy. Approval: one 14-day course (50
    mg once daily).
  file: other/pa-criteria-pa-zur-01.txt
payer_criteria:
  - criterion: "1. Age 18 or older with a diagnosis of postpartum depression (major depressive episode with peripartum onset)."
    how_met: Age 31; major depressive episode with peripartum onset (F53.0), EPDS 21, PHQ-9 22.
    met: true
    evidence: {file: clinical/postpartum-visit-2026-11-24.txt, page: 1}
  - criterion: "2. Onset of the depressive episode during the third trimester or within 4 weeks after delivery."
    how_met: Delivered 10/02/2026; symptoms began 10/19/2026, 17 days after delivery.
    met: true
    evidence:
      - {file: clinical/delivery-discharge-summary-2026-10-04.txt, page: 1}
      - {file: clinical/postpartum-visit-2026-11-24.txt, page: 1}
  - criterion: "3. Request within 12 months after delivery."
    how_met: Requested 11/25/2026, 54 days after the delivery of 10/02/2026.
    met: true
    evidence: {file: other/prescriber-supporting-statement-2026-11-25.txt, page: 1}
  - criterion: "4. No previous course of zuranolone for this pregnancy."
    how_met: She has never taken zuranolone.
    met: true
    evidence: {file: clinical/postpartum-visit-2026-11-24.txt, page: 1}
prescriber_statement:
  date: 2026-11-25
  quote: >-
    Ms. Marsh delivered her second child on 10/02/2026. Her depressive symptoms began on 10/19/2026, 17 days after
    delivery, and she meets criteria for a major depressive episode with peripartum onset (EPDS 21).
  file: other/prescriber-supporting-statement-2026-11-25.txt
urgency:
  reason: >-
    Her postpartum depression is severe (EPDS 21, PHQ-9 22) with passive thoughts of death, she is alone with a
    newborn during the day, and zuranolone is a 14-day course meant to work within days; waiting for a standard
    decision would prolong a severe episode in the first weeks of her baby's life.
  certified_by: Thandiwe Marchbanks-Odom, CNM, APRN
treatment:
  name: Zurzuvae (zuranolone) 50 mg once daily for 14 days
  summary: >-
    A single 14-day course of zuranolone for postpartum depression that began 17 days after the delivery of
    10/02/2026, with the sertraline started on 10/28/2026 continuing.
  plan: >-
    50 mg once daily in the evening with a fat-containing meal for 14 days; no driving or hazardous activity for 12
    hours after each dose; sertraline 100 mg continues; phone check on day 3, visit on day 15, EPDS on days 15 and 45.
  alongside: sertraline 100 mg daily
clinical:
  severity: EPDS 21 and PHQ-9 22 on 11/24/2026
  severity_date: 2026-11-24
  suicidality: passive
  suicidality_date: 2026-11-24
  episode_onset: 2026-10
  treating_since: 2026-03
  exclusions: Not breastfeeding (formula feeding); no alcohol or opioid use; no other sedating medicines besides trazodone 25 mg.
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2026-10-28
      ongoing: true
      weeks: 4
      kind: antidepressant
      adequate: false
      failed: false
      outcome: Started 10/28/2026; 4 weeks so far, too early to judge; continues
      evidence: {file: clinical/postpartum-visit-2026-11-24.txt, page: 1}
    - drug: Trazodone
      dose: 25 mg at bedtime for sleep
      start: 2026-11
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/postpartum-visit-2026-11-24.txt, page: 1}
    - drug: Paroxetine
      dose: 10 mg daily
      start: 2023-06
      end: 2023-06
      weeks: 1
      kind: antidepressant
      adequate: false
      failed: false
      outcome: Earlier episode (2023) - stopped after 5 days for nausea (intolerance)
      evidence: {file: clinical/postpartum-visit-2026-11-24.txt, page: 1}
    - drug: Sertraline (earlier episode)
      dose: 100 mg daily
      start: 2023-07
      end: 2024-09
      kind: antidepressant
      response: remission
      failed: false
      outcome: Earlier episode (first postpartum depression, 2023) - remission; tapered while well
      evidence: {file: clinical/postpartum-visit-2026-11-24.txt, page: 1}
author:
  name: Thandiwe Marchbanks-Odom, CNM, APRN
  role: prescriber, certified nurse-midwife (CNM, APRN)
  relation: prescriber
  address: |-
    Riverside Midwifery Collaborative (FICTIONAL), 1200 Main Street, Suite 300
    North Little Rock, AR 72114
  phone: (501) 555-0177
  email: tmarchbanks@riversidemidwifery.example
provider:
  name: Thandiwe Marchbanks-Odom, CNM, APRN
  credentials: CNM, APRN
  npi: "1309954711"
  address: |-
    Riverside Midwifery Collaborative (FICTIONAL), 1200 Main Street, Suite 300
    North Little Rock, AR 72114
  phone: (501) 555-0177
template: expedited-appeal
record_dates:
  - file: clinical/delivery-discharge-summary-2026-10-04.txt
    date: 2026-10-04
  - file: clinical/postpartum-visit-2026-11-24.txt
    date: 2026-11-24
bates_prefix: MARSH
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
"denial/coverage-determination-2026-11-30.txt": """
KEYSTONE PRAIRIE RX (PDP) (FICTIONAL) - MEDICARE PART D - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date of notice: 11/30/2026
Member: Keziah Marsh   DOB 01/17/1995   Member ID FICT-KPR-20844196
Request KPR-CD-26-1125-40377, received 11/25/2026, from Thandiwe Marchbanks-Odom, CNM, APRN
Drug: Zurzuvae (zuranolone) 50 mg capsules, once daily for 14 days
Decision: denied. Prior authorization criteria PA-ZUR-01 are not met: criterion 2 requires onset of the depressive
episode during the third trimester or within 4 weeks after delivery. Plan records: delivery date 06/02/2023. Symptom
onset 10/2026 is more than 4 weeks after delivery.
Reviewed by: Paulette Grundy, PharmD.
Your right to a redetermination: You have 65 days from the date of this notice to request a redetermination. If you
or your prescriber believe waiting could seriously harm your health, ask for a fast (expedited) redetermination: we
will decide within 72 hours. Fax (501) 555-0146, or write to Part D Redeterminations, PO Box 21877, Little Rock, AR
72221.
""",
"other/pa-criteria-pa-zur-01.txt": """
KEYSTONE PRAIRIE RX (FICTIONAL) - 2026 PRIOR AUTHORIZATION CRITERIA PA-ZUR-01, ZURZUVAE (ZURANOLONE)   Page 1 of 1
1. Age 18 or older with a diagnosis of postpartum depression (major depressive episode with peripartum onset).
2. Onset of the depressive episode during the third trimester or within 4 weeks after delivery. 3. Request within
12 months after delivery. 4. No previous course of zuranolone for this pregnancy. Approval: one 14-day course (50
mg once daily).
""",
"other/prescriber-supporting-statement-2026-11-25.txt": """
RIVERSIDE MIDWIFERY COLLABORATIVE (FICTIONAL) - PRESCRIBER'S SUPPORTING STATEMENT                  Date: 11/25/2026
Page 1 of 1
Patient: Keziah Marsh   DOB 01/17/1995   Drug requested: Zurzuvae (zuranolone) 50 mg daily, 14 days
Ms. Marsh delivered her second child on 10/02/2026. Her depressive symptoms began on 10/19/2026, 17 days after
delivery, and she meets criteria for a major depressive episode with peripartum onset (EPDS 21).
Thandiwe Marchbanks-Odom, CNM, APRN, NPI 1309954711
""",
"other/delivery-discharge-summary-2023-06-04-stale.txt": """
PINNACLE VALLEY WOMEN'S HOSPITAL (FICTIONAL) - DISCHARGE SUMMARY                                   Date: 06/04/2023
Patient: Keziah Marsh   DOB 01/17/1995
Delivery: 06/02/2023, first child, vaginal delivery. Discharged 06/04/2023.
[This is her first delivery, in 2023; kept in the chart. It is the source of the plan's "06/02/2023".]
""",
"clinical/delivery-discharge-summary-2026-10-04.txt": """
PINNACLE VALLEY WOMEN'S HOSPITAL (FICTIONAL) - DISCHARGE SUMMARY                                   Date: 10/04/2026
Patient: Keziah Marsh   DOB 01/17/1995   Page 1 of 1
Delivery: 10/02/2026, second child, cesarean delivery at 39 weeks. Discharged 10/04/2026.
Newborn: girl, 3.2 kg, Apgar 8 and 9, discharged with mother (newborn details for the infant's own chart).
Mood at discharge: no depressive symptoms reported; EPDS 6.
""",
"clinical/postpartum-visit-2026-11-24.txt": """
RIVERSIDE MIDWIFERY COLLABORATIVE (FICTIONAL) - POSTPARTUM VISIT                                   Date: 11/24/2026
Patient: Keziah Marsh   DOB 01/17/1995   Page 1 of 1
Delivered 10/02/2026. Low mood, tearfulness, insomnia and loss of interest since 10/19/2026. EPDS 21, PHQ-9 22.
Passive thoughts that her family would be better off without her; no plan or intent; safety plan made with her
mother. Not breastfeeding (formula feeding). No alcohol or opioid use. Never taken zuranolone.
Diagnosis: major depressive episode with peripartum onset, postpartum depression (F53.0).
Medicines: sertraline 100 mg daily since 10/28/2026 (4 weeks, too early to judge), continues; trazodone 25 mg at
bedtime for sleep. Earlier episode 2023: first postpartum depression; paroxetine 10 mg stopped after 5 days for
nausea; sertraline 100 mg 07/2023-09/2024, remission.
Plan: zuranolone 50 mg once daily in the evening with food for 14 days; no driving for 12 hours after each dose.
""",
}

TRUTH = """
# 06 - Part D PDP: zuranolone for postpartum depression denied on the delivery date of an earlier pregnancy; expedited redetermination asked by the prescribing nurse-midwife (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Keziah Marsh, 31 (DOB 01/17/1995), has Medicare through disability and a stand-alone Part D plan, **Keystone Prairie
  Rx (PDP)**.
- Her **second child was born 10/02/2026** (discharge summary; EPDS 6 at discharge). Depressive symptoms began
  **10/19/2026, 17 days after delivery**; on **11/24/2026 EPDS 21, PHQ-9 22**, passive thoughts of death, no plan or
  intent; diagnosis F53.0. Not breastfeeding.
- The coverage determination of **11/30/2026** denied zuranolone (Zurzuvae) 50 mg for 14 days under **PA-ZUR-01
  criterion 2** using "delivery date **06/02/2023**" - her **first** child's birth (2023 discharge summary).
- All four PA-ZUR-01 criteria are met: age and diagnosis; onset within 4 weeks after delivery (17 days); request within
  12 months (54 days); no earlier zuranolone course.
- **Rule and stage:** Part D redetermination, **65 days from the date of the notice** (42 CFR 423.582(b)): by
  02/03/2027; **expedited**, decided within **72 hours** (423.584, 423.590), which a prescriber may ask for and support.
  The prescriber may ask for the redetermination without being appointed (423.580). If upheld, the member may ask the
  independent review entity for reconsideration.
- **Author:** the prescribing certified nurse-midwife (a prescriber, not a physician): "I" as her prescriber, about
  "Ms. Marsh".

{ANSWERS}

## Deliberately unknown
- Where the plan's "06/02/2023" came from in its records (a 2023 claim, an old form): not known.
- Whether the plan will treat a prescriber's statement of urgency as binding: the letter may cite 423.584 for a
  prescriber; it must not promise the result.
- The cost of the drug to her: not in the case.

## Traps
- **A date, not a clinical dispute.** The denial turns on one wrong date; the strongest letter puts the correct
  delivery date and its record first.
- **Earlier episode and earlier pregnancy:** the 2023 postpartum depression, with paroxetine (5 days, intolerance) and
  sertraline (remission), is an earlier episode - never a failure, and its delivery date is not this one.
- **Sertraline now:** started 10/28/2026, 4 weeks, too early to judge, continuing; never "failed" or "inadequate
  response"; zuranolone is not being asked for because sertraline failed.
- **Sleep dose:** trazodone 25 mg.
- **Suicidality:** passive (11/24/2026), not active; zuranolone has no suicidality indication.
- **Other person on a document:** the newborn's details (girl, weight, Apgar) are the infant's; a letter must not
  print them.
- **Stale document:** the 2023 discharge summary.
- **Wrong law:** no ERISA, no MHPAEA (Part D), no 45 CFR 147.136 or external review, no state insurance department; the
  window is 65 days from the notice date, not 60 days from receipt; the IRE is not automatic on an upheld
  redetermination.
- **Voice:** a certified nurse-midwife: never "Dr.", never "physician"; "I" as the prescriber.

## Arguments a strong letter makes (strongest first)
1. The denial rests on the wrong delivery: Ms. Marsh gave birth on 10/02/2026 (discharge summary), and her symptoms
   began 10/19/2026, 17 days later - within the 4 weeks of criterion 2. 06/02/2023 is her first child's birth.
2. Every PA-ZUR-01 criterion is met, each with its record; approve the single 14-day course.
3. Decide it as expedited, within 72 hours: the prescriber certifies that waiting could seriously jeopardize her health
   (severe postpartum depression, passive thoughts of death, a newborn at home).
4. Ask the plan to correct its delivery-date record so a later request is not denied the same way.

## What a letter must NOT say
- "delivered on 06/02/2023" as this delivery; "more than 4 weeks after delivery" as true.
- "failed sertraline", "sertraline did not work"; "failed paroxetine"; trazodone as a trial.
- "active suicidal ideation", "suicide attempt".
- the baby's weight, Apgar scores or sex.
- "ERISA", "MHPAEA", "parity", "external review", "45 CFR 147.136", "60 days".
- "Dr. Marchbanks-Odom", "physician".
"""

ANSWERS = [
    ("plan type", "plan_type: medicare_part_d", "case.yaml"),
    ("date of the notice", "Date of notice: 11/30/2026", "denial/coverage-determination-2026-11-30.txt"),
    ("delivery date the plan used", "delivery date 06/02/2023", "denial/coverage-determination-2026-11-30.txt"),
    ("window", "65 days from the date of this notice", "denial/coverage-determination-2026-11-30.txt"),
    ("expedited clock", "we will decide within 72 hours", "denial/coverage-determination-2026-11-30.txt"),
    ("criterion 2", "within 4 weeks after delivery", "other/pa-criteria-pa-zur-01.txt"),
    ("true delivery date", "Delivery: 10/02/2026, second child", "clinical/delivery-discharge-summary-2026-10-04.txt"),
    ("source of the plan's date", "Delivery: 06/02/2023, first child", "other/delivery-discharge-summary-2023-06-04-stale.txt"),
    ("onset", "since 10/19/2026", "clinical/postpartum-visit-2026-11-24.txt"),
    ("days after delivery", "17 days after delivery", "other/prescriber-supporting-statement-2026-11-25.txt"),
    ("severity", "EPDS 21, PHQ-9 22", "clinical/postpartum-visit-2026-11-24.txt"),
    ("course", "once daily in the evening with food for 14 days", "clinical/postpartum-visit-2026-11-24.txt"),
    ("sertraline now", "sertraline 100 mg daily since 10/28/2026 (4 weeks, too early to judge)", "clinical/postpartum-visit-2026-11-24.txt"),
    ("earlier episode", "sertraline 100 mg 07/2023-09/2024, remission", "clinical/postpartum-visit-2026-11-24.txt"),
    ("urgent", "urgent: true", "case.yaml"),
    ("author", "relation: prescriber", "case.yaml"),
]
