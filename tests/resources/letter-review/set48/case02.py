"""FICTIONAL case 02 (set 48): TRICARE Prime, adolescent RTC continued stay judged by the adult SUD section."""
SLUG = "tricare-prime-adolescent-rtc-judged-by-adult-sud-section-tqmc-second-reconsideration-father"

CASE_YAML = """
# FICTIONAL CASE (set 48, case 02) - every person, plan, contractor, facility, number and address is invented.
# TRICARE Prime, active-duty family member aged 16. Oren Castellanos-Webb's residential treatment center (RTC)
# stay was approved 09/14-10/13/2026 under the contractor's Section 6 (psychiatric RTC, under 21); the continued
# stay 10/14-11/13/2026 was denied under Section 4 (adult substance use residential), and the contractor's
# reconsideration of 11/09/2026 upheld it, calling cannabis use disorder his primary diagnosis. His father asks
# for the second reconsideration by the TRICARE Quality Monitoring Contractor.
patient:
  name: Oren Castellanos-Webb
  salutation: Oren
  date_of_birth: 2010-03-22
  member_id: FICT-DBN-207734519
  address: |-
    88 Redstone Trail
    Killeen, TX 76542
  phone: (254) 555-0116
insurer:
  name: Lone Star Federal Health Partners, TRICARE West Region contractor (FICTIONAL)
  appeals_address: |-
    Lone Star Federal Health Partners - Reconsiderations (FICTIONAL)
    PO Box 61190
    San Antonio, TX 78261
  fax: (210) 555-0158
claim:
  number: LSF-26-1014-330271
  plan_type: tricare
  notice_date: 2026-10-15
  service_dates: [2026-10-14, 2026-11-13]
  setting: residential
  procedure_codes: [H0019]
  revenue_codes: [1001]
  diagnosis_codes: [F33.2, F43.10, F12.21]
  denial_reason: >-
    Continued residential stay from 10/14/2026 is not medically necessary. Criteria 4.3 (withdrawal risk requiring
    24-hour monitoring) and 4.4 (unable to maintain abstinence at a lower level) of the Behavioral Health Level of
    Care Guidelines, Section 4, are not met.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: end
  reviewer: {name: "Dr. Phelan Obuya (FICTIONAL)", specialty: family medicine}
decisions:
  - date: 2026-11-09
    outcome: denied
    stage: reconsideration by the regional contractor
    opens: second reconsideration by the TRICARE Quality Monitoring Contractor
    next_deadline: 2027-02-07
    reason: >-
      The denial is upheld. The member's primary diagnosis is cannabis use disorder. Section 4 criteria 4.3 and 4.4
      are not met: no withdrawal risk, and no documented failure of outpatient substance use treatment.
    corrections:
      - said: The member's primary diagnosis is cannabis use disorder.
        record: >-
          The RTC's request and the contractor's own approval of 09/14/2026 list major depressive disorder,
          recurrent, severe (F33.2) as the principal diagnosis, with PTSD (F43.10); cannabis use disorder is
          recorded as in early remission (F12.21), with no use since 07/2026.
        file: [other/rtc-admission-request-2026-09-11.txt, other/contractor-approval-2026-09-14.txt]
        page: 1
external_review:
  agency: TRICARE Quality Monitoring Contractor (FICTIONAL name and address, as the reconsideration names it)
  address: |-
    Second Reconsideration Unit (FICTIONAL)
    PO Box 50422
    Rockville, MD 20849
  final_denial_date: 2026-11-09
plan_policy:
  name: Lone Star Federal Health Partners Behavioral Health Level of Care Guidelines 2026
  number: BH-LOC-2026
  quote: >-
    Section 4. Residential treatment for substance use disorders, adults (18 and older). 4.3 Withdrawal risk
    requiring 24-hour monitoring. 4.4 Unable to maintain abstinence at a lower level of care. Section 6.
    Residential treatment center care for psychiatric disorders, beneficiaries under 21. 6.1 A DSM-5 psychiatric
    disorder is the principal reason for admission. 6.2 Risk to self or others, or serious functional impairment,
    that cannot be managed safely at a lower level of care. 6.3 A lower level of care has been tried without
    sufficient improvement, or is not safe. 6.4 The family takes part in treatment.
  file: other/level-of-care-guidelines-2026-sections-4-and-6.txt
  section:
    applied: Section 4, criteria 4.3 and 4.4 (residential treatment for substance use disorders, adults 18 and older)
    requested: Section 6 (residential treatment center care for psychiatric disorders, beneficiaries under 21)
    use: residential treatment of recurrent major depression and PTSD in a 16-year-old
    proof: [other/rtc-admission-request-2026-09-11.txt, other/contractor-approval-2026-09-14.txt]
payer_criteria:
  - criterion: "6.1 A DSM-5 psychiatric disorder is the principal reason for admission."
    how_met: Major depressive disorder, recurrent, severe (F33.2), with PTSD (F43.10), is the principal diagnosis.
    met: true
    evidence: {file: other/rtc-admission-request-2026-09-11.txt, page: 1}
  - criterion: >-
      6.2 Risk to self or others, or serious functional impairment, that cannot be managed safely at a lower level
      of care.
    how_met: >-
      Self-harm by cutting on 10/08/2026 and 10/19/2026 at the RTC; active suicidal ideation with a plan on
      10/19/2026; CDRS-R 71 on 10/12/2026.
    met: true
    evidence: {file: clinical/rtc-treatment-team-review-2026-10-21.txt, page: 1}
  - criterion: "6.3 A lower level of care has been tried without sufficient improvement, or is not safe."
    how_met: >-
      Partial hospitalization 06/2026-07/2026 (25 days) ended with an overdose of his mother's medication on
      07/29/2026 and an inpatient stay.
    met: true
    evidence: {file: other/rtc-admission-request-2026-09-11.txt, page: 1}
  - criterion: "6.4 The family takes part in treatment."
    how_met: Weekly family therapy by video with both parents; 5 sessions by 10/21/2026.
    met: true
    evidence: {file: clinical/rtc-treatment-team-review-2026-10-21.txt, page: 1}
treatment:
  name: Residential treatment center care, continued stay 10/14/2026 through 11/13/2026
  summary: >-
    Continued residential treatment center care for recurrent severe depression and PTSD in a 16-year-old after
    self-harm during the stay; he stepped down to partial hospitalization on 11/14/2026.
  plan: >-
    Daily individual and group therapy (trauma-focused CBT), weekly family therapy, psychiatric review twice a
    week, sertraline adjusted, step-down to partial hospitalization when no self-harm for 14 days (reached
    11/13/2026).
clinical:
  severity: CDRS-R 71 on 10/12/2026; CDRS-R 52 on 11/12/2026
  severity_date: 2026-11-12
  suicidality: active
  suicidality_date: 2026-10-19
  episode_onset: 2025-11
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-02
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/rtc-treatment-team-review-2026-10-21.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime for sleep
      start: 2026-09
      ongoing: true
      kind: other
      outcome: For sleep and night-time anxiety only; not a treatment trial
      evidence: {file: clinical/rtc-treatment-team-review-2026-10-21.txt, page: 1}
    - drug: Partial hospitalization program
      dose: 5 days a week
      start: 2026-06
      end: 2026-07
      weeks: 5
      kind: other
      failed: true
      response: none
      outcome: 25 program days; ended with an overdose on 07/29/2026 and inpatient admission
      evidence: {file: other/rtc-admission-request-2026-09-11.txt, page: 1}
impact:
  hospitalizations: Inpatient psychiatric stay 07/29-08/19/2026 after an overdose
  daily_life: Out of school since 05/2026
author:
  name: Marcus Castellanos-Webb
  role: Father (active-duty sponsor), parent of a minor
  relation: parent
  address: |-
    88 Redstone Trail
    Killeen, TX 76542
  phone: (254) 555-0116
  email: m.castellanoswebb@family.example
provider:
  name: Brazos Ridge Adolescent Center (FICTIONAL)
  credentials: TRICARE-authorized residential treatment center
  npi: "1673059287"
  address: |-
    4100 Ranch Road 12
    San Marcos, TX 78666
  phone: (512) 555-0142
record_dates:
  - file: clinical/rtc-treatment-team-review-2026-10-21.txt
    date: 2026-10-21
template: external-review-request
bates_prefix: CASTELLANOSWEBB
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/continued-stay-denial-2026-10-15.txt": """
LONE STAR FEDERAL HEALTH PARTNERS (FICTIONAL) - TRICARE WEST REGION
NOTICE OF DENIAL - CONTINUED STAY                                          Date: 10/15/2026
Beneficiary: Oren Castellanos-Webb   DOB 03/22/2010   DBN FICT-DBN-207734519   TRICARE Prime (ADFM)
Facility: Brazos Ridge Adolescent Center   Reference LSF-26-1014-330271
Continued residential stay from 10/14/2026 is not medically necessary. Criteria 4.3 (withdrawal risk requiring
24-hour monitoring) and 4.4 (unable to maintain abstinence at a lower level) of the Behavioral Health Level of
Care Guidelines, Section 4, are not met.
Reviewer: Dr. Phelan Obuya, family medicine.
""",
    "denial/reconsideration-decision-2026-11-09.txt": """
LONE STAR FEDERAL HEALTH PARTNERS (FICTIONAL) - RECONSIDERATION DECISION                  Date: 11/09/2026
Beneficiary: Oren Castellanos-Webb   Reference LSF-26-1014-330271   Dates 10/14/2026-11/13/2026
The denial is upheld. The member's primary diagnosis is cannabis use disorder. Section 4 criteria 4.3 and 4.4 are
not met: no withdrawal risk, and no documented failure of outpatient substance use treatment.
Your appeal rights: this is a medical necessity determination. You may ask for a second reconsideration by the
TRICARE Quality Monitoring Contractor within 90 days of the date of this decision. Write to Second
Reconsideration Unit, PO Box 50422, Rockville, MD 20849.
""",
    "other/contractor-approval-2026-09-14.txt": """
LONE STAR FEDERAL HEALTH PARTNERS (FICTIONAL) - AUTHORIZATION APPROVAL                   Date: 09/14/2026
Beneficiary: Oren Castellanos-Webb   Facility: Brazos Ridge Adolescent Center
Approved: residential treatment center care, 09/14/2026 through 10/13/2026, reviewed under Guidelines Section 6
(RTC, under 21). Principal diagnosis F33.2; secondary F43.10, F12.21. Authorization RTC-26-0914-7720.
""",
    "other/rtc-admission-request-2026-09-11.txt": """
BRAZOS RIDGE ADOLESCENT CENTER (FICTIONAL) - RTC ADMISSION REQUEST            Date: 09/11/2026   Page 1 of 1
Patient: Oren Castellanos-Webb, 16   Requested: RTC care under Guidelines Section 6
Principal diagnosis: major depressive disorder, recurrent, severe (F33.2). Secondary: PTSD (F43.10); cannabis
use disorder, in early remission (F12.21), no use since 07/2026.
Lower level tried: partial hospitalization 06/2026-07/2026, 25 program days; ended with an overdose of his
mother's prescribed medication on 07/29/2026; inpatient 07/29-08/19/2026.
Earlier: outpatient therapy in 2022 after a family move (adjustment), good response, ended 2023.
""",
    "clinical/rtc-treatment-team-review-2026-10-21.txt": """
BRAZOS RIDGE ADOLESCENT CENTER (FICTIONAL) - TREATMENT TEAM REVIEW             Date: 10/21/2026   Page 1 of 1
Resident: Oren Castellanos-Webb   (Group census attached separately; other residents not named here.)
CDRS-R 71 on 10/12/2026. Self-harm (superficial cutting) 10/08/2026 and 10/19/2026. On 10/19/2026 active
suicidal ideation with a plan to hang himself; 1:1 observation 48 hours.
Medication: sertraline 150 mg daily since 02/2026, partial response, continued; hydroxyzine 25 mg at bedtime for
sleep. Family therapy weekly by video with both parents: 5 sessions.
Urine drug screens negative since admission. Plan: continue RTC; step down to PHP after 14 days free of
self-harm.
""",
    "other/level-of-care-guidelines-2026-sections-4-and-6.txt": """
LONE STAR FEDERAL HEALTH PARTNERS (FICTIONAL) - BEHAVIORAL HEALTH LEVEL OF CARE GUIDELINES 2026 (BH-LOC-2026)
Excerpt, pages 14 and 19
Section 4. Residential treatment for substance use disorders, adults (18 and older).
4.3 Withdrawal risk requiring 24-hour monitoring.
4.4 Unable to maintain abstinence at a lower level of care.
Section 6. Residential treatment center care for psychiatric disorders, beneficiaries under 21.
6.1 A DSM-5 psychiatric disorder is the principal reason for admission.
6.2 Risk to self or others, or serious functional impairment, that cannot be managed safely at a lower level of
care.
6.3 A lower level of care has been tried without sufficient improvement, or is not safe.
6.4 The family takes part in treatment.
""",
    "other/rtc-discharge-summary-2024-other-resident.txt": """
BRAZOS RIDGE ADOLESCENT CENTER (FICTIONAL) - DISCHARGE SUMMARY                 Date: 03/02/2024
Resident: J. T. (another resident; misfiled in the family's copy of the records)
Discharged to home after 41 days.
""",
}

TRUTH = """
# 02 - TRICARE Prime: an adolescent's residential continued stay judged by the adult substance-use section; second reconsideration by the father (FICTIONAL)

All people, plans, contractors, facilities, numbers and addresses are invented (FICTIONAL).

## What is true
- Oren Castellanos-Webb, **16** (DOB 03/22/2010), TRICARE Prime (active-duty family member), was in a
  TRICARE-authorized RTC; the contractor approved **09/14-10/13/2026 under Guidelines Section 6** (psychiatric RTC,
  under 21) with **F33.2 principal**.
- The continued stay **10/14-11/13/2026** was denied on **10/15/2026** under **Section 4** (adult SUD residential:
  4.3 withdrawal risk, 4.4 abstinence). The reconsideration of **11/09/2026** upheld it and says "The member's
  primary diagnosis is cannabis use disorder" - the admission request and the contractor's own approval list F33.2
  first; F12.21 is in early remission. He stepped down to PHP on 11/14/2026.
- Section 6's four criteria are met: F33.2/F43.10; self-harm 10/08 and 10/19, active suicidal ideation with a plan
  10/19/2026; PHP 06-07/2026 ended with an overdose; weekly family therapy.
- **Rule and stage:** 32 CFR 199.10 and 199.15: a medical-necessity reconsideration upheld goes to a **second
  reconsideration by the TRICARE Quality Monitoring Contractor**, asked within **90 days of 11/09/2026: by
  02/07/2027**; the request goes to the TQMC, not the contractor.
- **Author:** his father, parent of a minor: no authorization needed.

## Deliberately unknown
- Why Section 4 was applied (a reviewer reading the F12.21 code is likely): not shown; a letter may ask.
- The amount billed for the days: not in the case.
- Whether the family has paid anything: not known.

## Traps
- **Wrong policy section (document):** the winning point is that Section 4 is for adults 18 and older and
  substance use; Section 6 governs, and its criteria are met.
- **A decision's wrong statement:** "primary diagnosis is cannabis use disorder".
- **Care already over:** the stay ended 11/13/2026; nothing is left to continue; no request that care continue.
- **Sertraline continues** (partial): never "failed"; **hydroxyzine** is a sleep dose; the **2022 outpatient
  therapy** response was an earlier, different problem - not a failed lower level.
- **Another resident's record:** the 2024 discharge summary of "J. T." is not Oren's.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no external review, no state insurance department, no MHPAEA; not
  "inpatient" or "hospital" for an RTC stay.
- **Stage:** not the contractor's first reconsideration; not a DHA formal review (this is medical necessity).

## Arguments a strong letter makes (strongest first)
1. The denial applied Section 4, written for adults 18 and older with a substance use disorder; Oren is 16 and was
   admitted for depression and PTSD under Section 6, as the contractor's own approval says. Decide under Section 6.
2. Section 6's criteria are met, one by one, with the treatment team review (self-harm twice, active ideation with a
   plan 10/19/2026) and the failed PHP.
3. Correct the statement that cannabis use disorder is the primary diagnosis (F33.2 principal; F12.21 in early
   remission; drug screens negative).
4. The reviewer was a family physician; ask for review by a child and adolescent psychiatrist.

## What a letter must NOT say
- "inpatient stay", "hospital stay" for the RTC; "continue the stay"; "withdrawal".
- "failed sertraline", "stopped sertraline"; hydroxyzine as a trial; "J. T.".
- "ERISA", "45 CFR 147.136", "external review", "MHPAEA", "state insurance department".
- "Defense Health Agency formal review" as the level.
"""

ANSWERS = [
    ("plan type", "plan_type: tricare", "case.yaml"),
    ("age basis", "DOB 03/22/2010", "denial/continued-stay-denial-2026-10-15.txt"),
    ("section applied", "Guidelines, Section 4, are not met", "denial/continued-stay-denial-2026-10-15.txt"),
    ("wrong statement", "The member's primary diagnosis is cannabis use disorder",
     "denial/reconsideration-decision-2026-11-09.txt"),
    ("next level", "second reconsideration by the TRICARE Quality Monitoring Contractor within 90 days",
     "denial/reconsideration-decision-2026-11-09.txt"),
    ("deadline", "next_deadline: 2027-02-07", "case.yaml"),
    ("section approved", "reviewed under Guidelines Section 6", "other/contractor-approval-2026-09-14.txt"),
    ("principal diagnosis", "Principal diagnosis F33.2", "other/contractor-approval-2026-09-14.txt"),
    ("section 4 is adults", "adults (18 and older)", "other/level-of-care-guidelines-2026-sections-4-and-6.txt"),
    ("remission", "in early remission (F12.21), no use since 07/2026", "other/rtc-admission-request-2026-09-11.txt"),
    ("lower level failed", "ended with an overdose of his mother's prescribed medication on 07/29/2026",
     "other/rtc-admission-request-2026-09-11.txt"),
    ("risk", "active suicidal ideation with a plan", "clinical/rtc-treatment-team-review-2026-10-21.txt"),
    ("still taken", "sertraline 150 mg daily since 02/2026, partial response, continued",
     "clinical/rtc-treatment-team-review-2026-10-21.txt"),
    ("sleep dose", "hydroxyzine 25 mg at bedtime for sleep", "clinical/rtc-treatment-team-review-2026-10-21.txt"),
    ("reviewer specialty", "family medicine", "denial/continued-stay-denial-2026-10-15.txt"),
    ("other person", "another resident; misfiled", "other/rtc-discharge-summary-2024-other-resident.txt"),
]
