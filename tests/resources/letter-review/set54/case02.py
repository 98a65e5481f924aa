SLUG = "02-tricare-prime-teen-php-has-not-tried-iop-said-reconsideration-grandmother-poa"

CASE_YAML = r'''
# FICTIONAL CASE (set 54, case 02) - every person, plan, contractor, provider, number and address is invented.
# TRICARE Prime, active-duty family member aged 15. The regional contractor denied an adolescent partial
# hospitalization program as "IOP appropriate; no IOP trial documented". She had six weeks of IOP at her former
# duty station's program and worsened. Her grandmother, holding the deployed mother's special power of attorney,
# asks for reconsideration.
patient:
  name: Maribel Castellanos-Royce
  salutation: Maribel
  date_of_birth: 2011-06-02
  member_id: FICT-DBN-230915571
  address: |-
    62 Kestrel Way
    Killeen, TX 76542
  phone: (254) 555-0117
insurer:
  name: Lonestar Federal Health Partners, TRICARE West Region contractor (FICTIONAL)
  appeals_address: |-
    Lonestar Federal Health Partners - Reconsiderations (FICTIONAL)
    PO Box 30288
    San Antonio, TX 78265
  fax: (210) 555-0153
claim:
  number: LFH-UM-26-1120-08813
  plan_type: tricare
  notice_date: 2026-11-24
  appeal_deadline: 2027-02-22
  deadline_basis: >-
    Notice of 11/24/2026: "You may request reconsideration within 90 days of the date of this notice."
  setting: partial_hospitalization
  procedure_codes: [H0035]
  diagnosis_codes: [F32.2, F43.10]
  denial_reason: >-
    Partial hospitalization is not medically necessary. The records do not show that the patient has tried an
    intensive outpatient program. An intensive outpatient program is the appropriate level of care.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  pending_services: 20
  action: none
  reviewer: {name: "Dr. Glen Haraway", specialty: family medicine}
  corrections:
    - said: The records do not show that the patient has tried an intensive outpatient program.
      record: >-
        She attended the Palmetto Shores Adolescent IOP from 08/24/2026 to 10/02/2026 (six weeks, 17 of 18 sessions)
        at the family's former duty station and was discharged with a PHQ-A of 23, up from 17 at admission, and a
        recommendation for partial hospitalization.
      file: clinical/iop-discharge-summary-2026-10-02.txt
      page: 1
alternatives:
  - level: intensive outpatient
    name: Palmetto Shores Adolescent IOP (former duty station)
    why_not: >-
      Tried for six weeks, 08/24-10/02/2026 (17 of 18 sessions); PHQ-A rose from 17 to 23, with self-harm in week 5,
      and the program recommended partial hospitalization.
    proof: clinical/iop-discharge-summary-2026-10-02.txt
prior_auth:
  requested_on: 2026-11-18
treatment:
  name: Adolescent partial hospitalization program (PHP), 5 days a week for up to 4 weeks (H0035)
  summary: >-
    A partial hospitalization program for a 15-year-old with severe depression and post-traumatic stress who
    worsened through six weeks of intensive outpatient care.
  plan: >-
    Partial hospitalization 5 days a week, 6 hours a day, for up to 4 weeks (20 program days), with weekly family
    therapy, a safety plan reviewed daily, and a step down to intensive outpatient care when the PHQ-A is under 15
    and school attendance resumes.
clinical:
  severity: PHQ-A 23 on 10/02/2026; PHQ-A 24 on 11/16/2026; attended 3 of 15 school days 10/26-11/13/2026
  severity_date: 2026-11-16
  suicidality: passive
  suicidality_date: 2026-11-16
  episode_onset: 2026-04
  treating_since: 2026-10-19
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2026-05
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/psychiatry-referral-2026-11-16.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed for sleep
      start: 2026-08
      ongoing: true
      kind: other
      outcome: Sleep and anxiety as needed; not a treatment trial
      evidence: {file: clinical/psychiatry-referral-2026-11-16.txt, page: 1}
    - drug: Intensive outpatient program (Palmetto Shores Adolescent IOP)
      dose: 3 hours a day, 3 days a week
      start: 2026-08-24
      end: 2026-10-02
      weeks: 6
      kind: psychotherapy
      sessions: 17
      adequate: true
      failed: true
      response: none
      outcome: PHQ-A 17 to 23 over six weeks; discharged with a recommendation for PHP
      evidence: {file: clinical/iop-discharge-summary-2026-10-02.txt, page: 1}
    - drug: Fluoxetine
      dose: 20 mg daily
      start: 2023-09
      end: 2024-08
      kind: antidepressant
      response: remission
      outcome: Remission in an earlier episode (2023-2024); stopped 08/2024
      evidence: {file: clinical/psychiatry-referral-2026-11-16.txt, page: 1}
payer_criteria:
  - criterion: "1. A DSM diagnosis with symptoms that impair daily functioning at home or school."
    how_met: "Major depression, severe, and PTSD; attended 3 of 15 school days 10/26-11/13/2026."
    met: true
    evidence: {file: clinical/psychiatry-referral-2026-11-16.txt, page: 1}
  - criterion: "2. The patient has not responded to, or cannot be safely treated at, a less intensive level of care such as an intensive outpatient program."
    how_met: "Six weeks of IOP, 08/24-10/02/2026, 17 of 18 sessions; PHQ-A rose from 17 to 23."
    met: true
    evidence: {file: clinical/iop-discharge-summary-2026-10-02.txt, page: 1}
  - criterion: "3. The patient can be safely maintained in the community outside program hours, with family support."
    how_met: "Lives with her grandmother; safety plan; passive ideation without plan or intent on 11/16/2026."
    met: true
    evidence: {file: clinical/psychiatry-referral-2026-11-16.txt, page: 1}
plan_policy:
  name: Lonestar Federal Health Partners Behavioral Health Level of Care Guideline BH-PHP-A3 (adolescent PHP)
  number: BH-PHP-A3
  quote: >-
    Partial hospitalization is medically necessary when all of the following are met: 1. A DSM diagnosis with
    symptoms that impair daily functioning at home or school. 2. The patient has not responded to, or cannot be
    safely treated at, a less intensive level of care such as an intensive outpatient program. 3. The patient can be
    safely maintained in the community outside program hours, with family support.
  file: other/guideline-bh-php-a3-excerpt.txt
author:
  name: Lucinda Royce
  role: grandmother and holder of the sponsor's special power of attorney for Maribel's health care
  relation: representative
  authorization: other/special-power-of-attorney-2026-07-30.txt
  address: |-
    62 Kestrel Way
    Killeen, TX 76542
  phone: (254) 555-0117
provider:
  name: Dr. Anjali Westbrook-Nair, MD
  credentials: MD, child and adolescent psychiatrist
  npi: "1963852102"
  address: |-
    Bluebonnet Youth Behavioral Health (FICTIONAL), 1200 Range Road
    Killeen, TX 76541
  phone: (254) 555-0139
record_dates:
  - file: clinical/iop-discharge-summary-2026-10-02.txt
    date: 2026-10-02
    sent: 2026-11-18
    sent_proof: other/fax-confirmation-2026-11-18.txt
  - file: clinical/psychiatry-referral-2026-11-16.txt
    date: 2026-11-16
bates_prefix: CASTELLANOSROYCE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/notice-of-denial-2026-11-24.txt": """
LONESTAR FEDERAL HEALTH PARTNERS (FICTIONAL) - TRICARE WEST REGION - NOTICE OF DENIAL     Date: 11/24/2026
Beneficiary: Maribel Castellanos-Royce   DOB 06/02/2011   DBN FICT-DBN-230915571   Plan: TRICARE Prime (ADFM)
Request LFH-UM-26-1120-08813, received 11/18/2026: adolescent partial hospitalization program (H0035), 20 days,
Bluebonnet Youth Behavioral Health.
Decision: denied. Partial hospitalization is not medically necessary. The records do not show that the patient has
tried an intensive outpatient program. An intensive outpatient program is the appropriate level of care.
Guideline applied: BH-PHP-A3, criterion 2. Reviewer: Dr. Glen Haraway (family medicine).
Your right to appeal: You may request reconsideration within 90 days of the date of this notice. Send it to
Reconsiderations, PO Box 30288, San Antonio, TX 78265, or fax (210) 555-0153. If you received this notice within
the last 3 days you may ask for an expedited reconsideration.
""",
"clinical/iop-discharge-summary-2026-10-02.txt": """
PALMETTO SHORES ADOLESCENT IOP (FICTIONAL), Beaufort, SC - DISCHARGE SUMMARY                  Date: 10/02/2026
Patient: Maribel Castellanos-Royce   DOB 06/02/2011   Page 1 of 1
Program: intensive outpatient, 3 hours a day, 3 days a week, 08/24/2026-10/02/2026 (six weeks); attended 17 of
18 sessions. PHQ-A 17 at admission, 23 at discharge. Self-harm (superficial cutting) twice in week 5.
Reason for discharge: family relocated (PCS move to Fort Cavazos area). Recommendation: partial hospitalization
at the new location; IOP has not been sufficient.
""",
"clinical/psychiatry-referral-2026-11-16.txt": """
BLUEBONNET YOUTH BEHAVIORAL HEALTH (FICTIONAL) - PSYCHIATRIC EVALUATION AND PHP REFERRAL      Date: 11/16/2026
Patient: Maribel Castellanos-Royce   DOB 06/02/2011   Page 1 of 1   Seen since 10/19/2026
Diagnoses: major depressive disorder, single episode, severe (F32.2), onset 04/2026; PTSD (F43.10).
PHQ-A 24. Passive suicidal ideation ("I wish I could sleep and not wake up"), no plan, no intent, on 11/16/2026.
School: attended 3 of 15 school days 10/26-11/13/2026.
Medications: sertraline 100 mg daily since 05/2026, partial response, continued; hydroxyzine 25 mg at bedtime as
needed for sleep and anxiety since 08/2026. Earlier episode: fluoxetine 20 mg 09/2023-08/2024, remission.
Prior care: six weeks of IOP in South Carolina, 08/24-10/02/2026, with worsening (summary attached).
Home: lives with maternal grandmother Lucinda Royce while mother (sponsor) is deployed.
Plan: adolescent PHP 5 days a week, 6 hours a day, up to 4 weeks; weekly family therapy; daily safety plan review;
step down to IOP when PHQ-A under 15 and school attendance resumes.
Dr. Anjali Westbrook-Nair, MD
""",
"other/guideline-bh-php-a3-excerpt.txt": """
LONESTAR FEDERAL HEALTH PARTNERS (FICTIONAL) - LEVEL OF CARE GUIDELINE BH-PHP-A3 (ADOLESCENT PHP) - excerpt
Partial hospitalization is medically necessary when all of the following are met: 1. A DSM diagnosis with symptoms
that impair daily functioning at home or school. 2. The patient has not responded to, or cannot be safely treated
at, a less intensive level of care such as an intensive outpatient program. 3. The patient can be safely maintained
in the community outside program hours, with family support.
""",
"other/special-power-of-attorney-2026-07-30.txt": """
SPECIAL POWER OF ATTORNEY FOR HEALTH CARE OF A MINOR CHILD (FICTIONAL)               Signed 07/30/2026
I, SFC Rosa Castellanos (sponsor), appoint Lucinda Royce, the child's maternal grandmother, to make health care
decisions and to act for my daughter Maribel Castellanos-Royce (DOB 06/02/2011) with TRICARE, including appeals,
during my deployment, 08/15/2026 through 08/14/2027. Witnessed by a legal assistance office (FICTIONAL).
""",
"other/fax-confirmation-2026-11-18.txt": """
BLUEBONNET YOUTH BEHAVIORAL HEALTH (FICTIONAL) - FAX TRANSMISSION REPORT      11/18/2026 10:42
To: Lonestar Federal Health Partners UM, (210) 555-0154   Pages: 9   Result: OK
Contents: PHP request; psychiatric evaluation of 11/16/2026; Palmetto Shores IOP discharge summary of 10/02/2026.
""",
"other/school-504-plan-2024-stale.txt": """
CENTRAL TEXAS ISD (FICTIONAL) - SECTION 504 PLAN (2024-2025 school year)                  Dated 09/12/2024
Student: Maribel Castellanos-Royce. Accommodations: extra time. Note: "doing well this year."
Also lists sibling: Diego Castellanos-Royce (separate plan).
[Stale: written in a prior school year at a former school.]
""",
}

TRUTH = r'''
# 02 - TRICARE Prime: adolescent PHP denied as "no IOP trial documented" after six weeks of IOP; reconsideration by the grandmother with power of attorney (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Maribel Castellanos-Royce, **15** (DOB 06/02/2011), an active-duty family member in **TRICARE Prime**, was
  referred for an **adolescent PHP** (H0035, 5 days a week, up to 4 weeks: 20 program days) on 11/16/2026; the
  request was sent 11/18/2026 (fax confirmation) with the IOP discharge summary.
- The contractor's **11/24/2026** notice denied it under **BH-PHP-A3 criterion 2**: "The records do not show that the
  patient has tried an intensive outpatient program." Reviewer: family medicine.
- The record: **six weeks of IOP, 08/24-10/02/2026**, 17 of 18 sessions, at Palmetto Shores (former duty station);
  **PHQ-A 17 -> 23**, two self-harm episodes; discharged on a PCS move with a recommendation for PHP. The summary was
  in the request the contractor decided (faxed 11/18/2026).
- Now: PHQ-A 24 (11/16/2026), **passive** suicidal ideation without plan or intent on 11/16/2026; 3 of 15 school
  days attended.
- **Rule and stage:** TRICARE, 32 CFR 199.10 / 199.15: standard **reconsideration** by the regional contractor
  within **90 days of the notice: by 02/22/2027**. The 3-day expedited window is past (notice of 11/24). A
  medical-necessity denial upheld goes next to the TRICARE Quality Monitoring Contractor.
- **Author:** her grandmother, Lucinda Royce, under the sponsor's **special power of attorney** (07/30/2026); she
  writes about "Maribel", not as "I" for the patient.

## Deliberately unknown
- Whether an IOP place exists near Killeen: not in the case; the letter must not say none exists.
- The reviewer's reason for missing the enclosed summary: not known.
- Whether the PHP has a start date held: not known.

## Traps
- **Decision's wrong statement:** "no IOP trial" - the six-week IOP is documented and was sent with the request.
- **Sertraline continues** (partial response): never "failed" or "stopped". **Hydroxyzine** is for sleep/anxiety as
  needed, not a trial. **Fluoxetine 2023-2024** brought remission in an earlier episode: not a failure.
- **Suicidality is passive**, without plan or intent: never "active suicidal ideation" or "attempt"; self-harm in
  week 5 of IOP is history (not a suicide attempt).
- **Stale and other people:** the 2024 504 plan ("doing well") is from a former school year; it names a sibling, Diego.
- **Author:** a grandmother with power of attorney, not a parent: her authority is the enclosed document.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no state external review, no MHPAEA, no state insurance department.

## Arguments a strong letter makes (strongest first)
1. Criterion 2 is met: six weeks of IOP (08/24-10/02/2026, 17 of 18 sessions) with PHQ-A 17 -> 23 and a discharge
   recommendation for PHP; the summary was before the reviewer (faxed 11/18/2026). Correct the notice's statement.
2. Criteria 1 and 3 are met (severe depression and PTSD; 3 of 15 school days; home with her grandmother, safety plan,
   passive ideation without plan or intent).
3. The plan of care at the level asked (20 days, family therapy, step-down rule); a reviewer in child and adolescent
   psychiatry for the reconsideration.

## What a letter must NOT say
- "has not tried IOP"; "IOP is appropriate"; "active suicidal ideation", "suicide attempt".
- "failed sertraline", "stopped sertraline"; hydroxyzine as a trial; "failed fluoxetine".
- "doing well"; "Diego"; "the patient's mother signs" (the grandmother signs under the power of attorney).
- "ERISA", "45 CFR 147.136", "external review", "MHPAEA", "state insurance department".
- "no IOP program exists".
'''

ANSWERS = [
    ("plan type", "tricare", "case.yaml"),
    ("notice date", "Date: 11/24/2026", "denial/notice-of-denial-2026-11-24.txt"),
    ("deadline", "2027-02-22", "case.yaml"),
    ("guideline and criterion", "BH-PHP-A3, criterion 2", "denial/notice-of-denial-2026-11-24.txt"),
    ("decision's wrong statement", "The records do not show that the patient has tried an intensive outpatient program", "denial/notice-of-denial-2026-11-24.txt"),
    ("IOP dates", "08/24/2026-10/02/2026 (six weeks)", "clinical/iop-discharge-summary-2026-10-02.txt"),
    ("IOP attendance", "attended 17 of 18 sessions", "clinical/iop-discharge-summary-2026-10-02.txt"),
    ("IOP scores", "PHQ-A 17 at admission, 23 at discharge", "clinical/iop-discharge-summary-2026-10-02.txt"),
    ("summary was sent", "Palmetto Shores IOP discharge summary of 10/02/2026", "other/fax-confirmation-2026-11-18.txt"),
    ("suicidality", "no plan, no intent, on 11/16/2026", "clinical/psychiatry-referral-2026-11-16.txt"),
    ("school", "attended 3 of 15 school days", "clinical/psychiatry-referral-2026-11-16.txt"),
    ("author's authority", "appoint Lucinda Royce", "other/special-power-of-attorney-2026-07-30.txt"),
    ("drug continued", "sertraline 100 mg daily since 05/2026, partial response, continued", "clinical/psychiatry-referral-2026-11-16.txt"),
    ("earlier episode", "fluoxetine 20 mg 09/2023-08/2024, remission", "clinical/psychiatry-referral-2026-11-16.txt"),
    ("reviewer specialty", "Dr. Glen Haraway (family medicine)", "denial/notice-of-denial-2026-11-24.txt"),
    ("next level", "TRICARE Quality Monitoring Contractor", "truth"),
]
