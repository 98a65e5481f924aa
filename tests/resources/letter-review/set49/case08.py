# FICTIONAL case 08, letters set 49.
SLUG = "08-medicaid-mco-member-19-dbt-visit-limit-applies-from-21-first-plan-appeal-patient"

CASE_YAML = """
# FICTIONAL CASE (letters set 49, case 08) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Ohio. A 19-year-old's individual DBT sessions 25-31 (09/15-11/03/2026) were denied as over
# "24 outpatient psychotherapy visits per calendar year" (CO-119). The plan's own 2026 Member Handbook sets that
# limit for members 21 and older only; she is 19 (and EPSDT reaches members under 21). She appeals to the plan herself.
patient:
  name: Priya Castellanos-Whitfield
  salutation: Ms. Castellanos-Whitfield
  date_of_birth: 2007-05-11
  member_id: OHM-770314922
  address: |-
    1841 Linden Avenue, Apt 2
    Dayton, OH 45410
  phone: (937) 555-0129
  birth_record: {file: other/medicaid-eligibility-notice-2026-01-08.txt, page: 1}
insurer:
  name: Buckeye Meadow Health, an Ohio Medicaid managed care plan (FICTIONAL)
  appeals_address: |-
    Buckeye Meadow Health - Member Appeals (FICTIONAL)
    PO Box 18820
    Columbus, OH 43218
  fax: (614) 555-0172
claim:
  number: BMH-26-1110-771560
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-18
  appeal_deadline: 2027-01-17
  deadline_basis: >-
    Notice of adverse benefit determination of 11/18/2026: "You have 60 calendar days from the date of this notice
    to ask for an appeal."
  service_dates: [2026-09-15, 2026-09-22, 2026-09-29, 2026-10-06, 2026-10-20, 2026-10-27, 2026-11-03]
  setting: outpatient
  procedure_codes: [90837]
  diagnosis_codes: [F33.1, F60.3]
  carc_codes: [CO-119]
  denial_reason: >-
    Benefit maximum for this time period has been reached. Outpatient psychotherapy is limited to 24 visits per
    calendar year. This member had 24 visits paid from 01/06/2026 to 09/08/2026. (CARC 119)
  denial_category: benefit_limit
  denial_reasons: [benefit_limit]
  coding_correct: true
  action: none
plan_policy:
  name: Buckeye Meadow Health 2026 Member Handbook, Section 6.2 (Outpatient behavioral health)
  number: Section 6.2
  quote: >-
    Outpatient psychotherapy (individual, family or group): members 21 and older may have up to 24 visits per
    calendar year; more visits need prior authorization. Members under 21 have no visit limit: covered services
    for members under 21 include all medically necessary care.
  file: other/member-handbook-2026-section-6-2-excerpt.txt
  limit:
    applied: 24
    current: none
    course: 31
    unit: visits
    from_age: 21
treatment:
  name: Individual dialectical behavior therapy (DBT) sessions, 60 minutes (90837), sessions 25-31 of 2026
  summary: >-
    Weekly individual DBT within a comprehensive DBT program for recurrent depression and emotion dysregulation
    with past self-harm; the plan counted the sessions against an adult visit limit.
  plan: Weekly individual DBT with phone coaching and a weekly skills group through 05/2027; review the diary card and PHQ-9 monthly.
clinical:
  severity: PHQ-9 13 on 11/03/2026 (19 in 01/2026); self-harm urges weekly, no self-harm since 02/2026
  severity_date: 2026-11-03
  suicidality: attempt
  suicidality_date: 2025-12-03
  response: PHQ-9 19 (01/2026) to 13 (11/03/2026); no self-harm since 02/2026
  response_level: partial
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2025-12
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/dbt-therapist-summary-2026-11-10.txt, page: 1}
    - drug: Lamotrigine
      dose: 100 mg daily
      start: 2026-03
      ongoing: true
      kind: other
      outcome: Mood stabilizer for emotion dysregulation; continued; not an antidepressant
      evidence: {file: clinical/dbt-therapist-summary-2026-11-10.txt, page: 1}
    - drug: Trazodone
      dose: 25 mg at bedtime for sleep
      start: 2026-01
      ongoing: true
      kind: other
      outcome: Sleep dose only; not a trial
      evidence: {file: clinical/dbt-therapist-summary-2026-11-10.txt, page: 1}
    - drug: Cognitive behavioral therapy (earlier episode)
      dose: 12 sessions
      start: 2022-09
      end: 2022-12
      kind: psychotherapy
      sessions: 12
      response: remission
      outcome: Recovery from the 2022 episode at age 15; not a failure
      evidence: {file: clinical/dbt-therapist-summary-2026-11-10.txt, page: 1}
impact:
  hospitalizations: Inpatient psychiatric stay 12/03/2025-12/10/2025 after an overdose.
  work: Kept her part-time job and returned to community college in 08/2026.
author:
  name: Priya Castellanos-Whitfield
  role: Patient (the plan member)
  relation: patient
  address: |-
    1841 Linden Avenue, Apt 2
    Dayton, OH 45410
  phone: (937) 555-0129
  email: priya.cw@riverstudent.example
provider:
  name: Dr. Naomi Fairweather-Ilunga
  credentials: PsyD, licensed psychologist
  npi: "@NPI:138205946@"
  address: |-
    Miami Valley DBT Center (FICTIONAL), 400 Wayne Avenue
    Dayton, OH 45410
  phone: (937) 555-0159
copies:
  - prescriber
record_dates:
  - file: clinical/dbt-therapist-summary-2026-11-10.txt
    date: 2026-11-10
bates_prefix: CASTELLANOSWHITFIELD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-adverse-benefit-determination-2026-11-18.txt": """
BUCKEYE MEADOW HEALTH (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION       Date of this notice: 11/18/2026
Member: Priya Castellanos-Whitfield   Member ID OHM-770314922   Claim BMH-26-1110-771560   Page 1 of 2
Provider: Dr. Naomi Fairweather-Ilunga, PsyD, Miami Valley DBT Center
Services: 90837 on 09/15, 09/22, 09/29, 10/06, 10/20, 10/27 and 11/03/2026   Paid $0.00
Reason: Benefit maximum for this time period has been reached. Outpatient psychotherapy is limited to 24 visits per
calendar year. This member had 24 visits paid from 01/06/2026 to 09/08/2026. (CARC 119)
Your right to appeal: You have 60 calendar days from the date of this notice to ask for an appeal. After our
appeal decision you may ask for a state hearing.
""",
    "other/member-handbook-2026-section-6-2-excerpt.txt": """
BUCKEYE MEADOW HEALTH (FICTIONAL) - 2026 MEMBER HANDBOOK (effective 01/01/2026), excerpt             Page 38
Section 6.2 Outpatient behavioral health
Outpatient psychotherapy (individual, family or group): members 21 and older may have up to 24 visits per calendar
year; more visits need prior authorization. Members under 21 have no visit limit: covered services for members under
21 include all medically necessary care.
""",
    "other/member-handbook-2024-section-6-2-superseded.txt": """
BUCKEYE MEADOW HEALTH (FICTIONAL) - 2024 MEMBER HANDBOOK, excerpt (superseded 01/01/2025)            Page 35
Outpatient psychotherapy: members 19 and older may have up to 20 visits per calendar year.
""",
    "other/medicaid-eligibility-notice-2026-01-08.txt": """
OHIO DEPARTMENT OF MEDICAID (FICTIONAL REPRODUCTION) - NOTICE OF ELIGIBILITY        Date: 01/08/2026
Page 1 of 1
Household: Castellanos-Whitfield
Priya Castellanos-Whitfield   Date of birth 05/11/2007   Medicaid (managed care: Buckeye Meadow Health) - approved
Mateo Castellanos-Whitfield   Date of birth 09/30/2010   Medicaid - renewal due 06/2026
""",
    "clinical/dbt-therapist-summary-2026-11-10.txt": """
MIAMI VALLEY DBT CENTER (FICTIONAL) - TREATMENT SUMMARY                                  Date: 11/10/2026
Client: Priya Castellanos-Whitfield   DOB 05/11/2007 (age 19)   Page 1 of 2
Diagnoses: major depressive disorder, recurrent, moderate (F33.1); borderline personality disorder (F60.3).
Comprehensive DBT since 01/06/2026: weekly individual DBT (90837), weekly skills group, phone coaching. Sessions
25-31 on 09/15-11/03/2026.
History: overdose 12/03/2025 with inpatient stay 12/03-12/10/2025 (suicide attempt); no self-harm since 02/2026.
Current: PHQ-9 13 (19 in 01/2026); weekly urges, skills used; no current suicidal intent.
Medications (psychiatric NP): sertraline 100 mg daily since 12/2025, partial response, continued; lamotrigine 100 mg
daily since 03/2026 (mood stabilizer), continued; trazodone 25 mg at bedtime for sleep.
Earlier episode: 12 sessions of CBT in 09-12/2022 at age 15, with full recovery.
Plan: continue weekly individual DBT through 05/2027.
Psychologist: Dr. Naomi Fairweather-Ilunga, PsyD, NPI @NPI:138205946@.
""",
}

TRUTH = """
# 08 - Medicaid managed care (OH): a 19-year-old's DBT sessions denied under a visit limit that the plan's own handbook sets only from age 21; first plan appeal by the member (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Priya Castellanos-Whitfield, **19** (DOB **05/11/2007**, Medicaid eligibility notice of 01/08/2026), in a **Medicaid
  managed care** plan, had **individual DBT sessions 25-31** (90837; F33.1, F60.3) on 09/15, 09/22, 09/29, 10/06,
  10/20, 10/27 and 11/03/2026. The notice of **11/18/2026** (CO-119) denied them: "limited to 24 visits per calendar
  year".
- The plan's own **2026 Member Handbook, Section 6.2**: the 24-visit limit is for **members 21 and older**; "Members
  under 21 have **no visit limit**". She was 19 on every date of service, so the limit does not reach her.
- For Medicaid members under 21, **EPSDT** (42 U.S.C. 1396d(r)(5)) requires coverage of medically necessary care
  whatever the adult limits.
- **Rule and stage:** Medicaid managed care **first plan appeal**, 42 CFR 438.402(c)(2)(ii): **60 days from the
  notice: by 01/17/2027**; then a state hearing. This is a post-service denial of claims: nothing was cut, so no
  continuation of benefits (438.420) arises.
- **Author:** the patient herself, an adult ("I").

## Deliberately unknown
- Whether the plan's claims system has her birth date right: not known (the notice does not state her age; a letter
  may point to the eligibility notice).
- The amount the plan would pay for the seven sessions: not in the case.
- Whether the skills group sessions were also counted: not stated.

## Traps
- **Plan document and age, not clinical:** the winning point is the handbook's own age rule; a letter must never
  concede the limit or ask for an "exception to the limit" as its first request.
- **Stale document:** the 2024 handbook ("members 19 and older ... 20 visits") was superseded on 01/01/2025; it does
  not govern 2026.
- **Another person on a document:** the eligibility notice also lists her brother Mateo; not part of the appeal.
- **Suicide attempt is history:** the overdose was on **12/03/2025**, more than 90 days before the care; a letter says
  it with its date as history, never as current risk. No self-harm since 02/2026.
- **Drugs still taken:** sertraline (partial response) and **lamotrigine** (a mood stabilizer, not an antidepressant)
  continue: never "failed" or "stopped"; **trazodone 25 mg** is a sleep dose. The 2022 CBT brought recovery in an
  earlier episode.
- **Adult patient under 21:** she writes as "I"; no parent voice; EPSDT does apply (Medicaid, under 21).
- **Wrong law:** no ERISA, no 45 CFR 147.136, no external review by an IRO, no MHPAEA group-plan citations (Medicaid
  managed care parity is 42 CFR 438.910 if cited at all), no Medicare.

## Arguments a strong letter makes (strongest first)
1. The plan's own **Handbook Section 6.2** sets the 24-visit limit only for **members 21 and older**; she was **19** on
   every date of service (eligibility notice), and members under 21 "have no visit limit". Withdraw the ground and pay
   the seven sessions.
2. **EPSDT** (42 U.S.C. 1396d(r)(5)) for a Medicaid member under 21: medically necessary care is covered whatever an
   adult limit says.
3. The DBT is working (PHQ-9 19 to 13; no self-harm since 02/2026) and the plan runs to 05/2027.

## What a letter must NOT say
- "the limit applies but ..."; "exception to the 24-visit limit" as the main request; "20 visits"; "members 19 and
  older".
- "current suicidal ideation", "recent suicide attempt" without its date; "active suicidal intent".
- "failed sertraline", "stopped lamotrigine", lamotrigine as an antidepressant; trazodone as a trial; "failed CBT".
- "Mateo"; "my daughter" (she writes herself).
- "ERISA", "45 CFR 147.136", "independent review organization", "29 CFR 2590.712", "continue benefits".
"""

ANSWERS = [
    ("plan type and delivery", "delivery: managed_care", "case.yaml"),
    ("deadline words", "You have 60 calendar days from the date of this notice to ask for an appeal.", "denial/notice-of-adverse-benefit-determination-2026-11-18.txt"),
    ("computed date", "by 01/17/2027", "truth"),
    ("limit applied", "Outpatient psychotherapy is limited to 24 visits per calendar year.", "denial/notice-of-adverse-benefit-determination-2026-11-18.txt"),
    ("age group of the limit", "members 21 and older may have up to 24 visits per calendar year", "other/member-handbook-2026-section-6-2-excerpt.txt"),
    ("under 21", "Members under 21 have no visit limit", "other/member-handbook-2026-section-6-2-excerpt.txt"),
    ("birth record", "Priya Castellanos-Whitfield   Date of birth 05/11/2007", "other/medicaid-eligibility-notice-2026-01-08.txt"),
    ("EPSDT", "42 U.S.C. 1396d(r)(5)", "truth"),
    ("stale handbook", "superseded 01/01/2025", "other/member-handbook-2024-section-6-2-superseded.txt"),
    ("other person", "Mateo Castellanos-Whitfield", "other/medicaid-eligibility-notice-2026-01-08.txt"),
    ("attempt is history", "overdose 12/03/2025 with inpatient stay 12/03-12/10/2025 (suicide attempt)", "clinical/dbt-therapist-summary-2026-11-10.txt"),
    ("no current intent", "no current suicidal intent", "clinical/dbt-therapist-summary-2026-11-10.txt"),
    ("drugs still taken", "lamotrigine 100 mg daily since 03/2026 (mood stabilizer), continued", "clinical/dbt-therapist-summary-2026-11-10.txt"),
    ("sleep dose", "trazodone 25 mg at bedtime for sleep", "clinical/dbt-therapist-summary-2026-11-10.txt"),
    ("earlier-episode response", "12 sessions of CBT in 09-12/2022 at age 15, with full recovery", "clinical/dbt-therapist-summary-2026-11-10.txt"),
    ("author", "relation: patient", "case.yaml"),
]
