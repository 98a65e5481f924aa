"""Set 25, case 04 (FICTIONAL): separate CHIP, managed care; an 18-year-old's DBT visits in September and October
2026 denied as over "30 behavioral health visits a year": the handbook limits individual psychotherapy to 30 visits
and says group psychotherapy is not counted and has no limit; the plan's accumulator counted the skills-group
sessions. First plan appeal, written by the patient."""

SLUG = "04-chip-18-year-old-dbt-individual-visit-limit-group-miscounted-first-appeal-patient"

CASE_YAML = r"""
# FICTIONAL CASE (set 25, case 04) - every person, plan, provider, number and address is invented.
# Separate CHIP, managed care (Missouri address). The member is 18 (CHIP to her 19th birthday). Her DBT program's
# individual sessions (90837) and skills-group sessions (90853) from 09/01 to 10/08/2026 were denied CO-119 "30 visits
# per calendar year reached". Member Handbook 2026, Section 6.3: individual psychotherapy up to 30 visits a calendar
# year; group and family psychotherapy are not counted and have no limit. By 08/27 she had 22 individual visits and
# 8 group sessions; the plan added them together. The six denied individual visits are her 23rd to 28th.
patient:
  name: Noor Haddad-Whitley
  salutation: Ms. Haddad-Whitley
  date_of_birth: 2008-03-02
  member_id: FICT-GKH-7719305-01
  address: |-
    515 Osage Bend Lane
    Columbia, MO 65203
  phone: (573) 555-0148
  email: noor.hw@mail.example
insurer:
  name: Gateway Kids Health Plan (FICTIONAL), a CHIP managed care plan
  appeals_address: |-
    Gateway Kids Health Plan, Member Appeals
    PO Box 77310
    Jefferson City, MO 65102
  fax: (573) 555-0126
claim:
  number: GKH-26-1002-330187
  other_numbers: [GKH-26-1012-331560]
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-10-21
  service_dates: [2026-09-01, 2026-09-03, 2026-09-08, 2026-09-10, 2026-09-15, 2026-09-17, 2026-09-22, 2026-09-24, 2026-09-29, 2026-10-01, 2026-10-06, 2026-10-08]
  setting: outpatient
  procedure_codes: [90837, 90853]
  diagnosis_codes: [F33.1, R45.88]
  carc_codes: [CO-119]
  denial_reason: >-
    CO-119: Benefit maximum for this time period has been reached. Outpatient behavioral health visits are limited to
    30 per calendar year. Our records show 30 visits used as of 08/27/2026.
  denial_category: benefit_limit
  action: none
plan_policy:
  name: Member Handbook 2026, Section 6.3 (Outpatient behavioral health services)
  quote: >-
    Individual psychotherapy (a visit with your therapist alone): up to 30 visits each calendar year. Group
    psychotherapy and family psychotherapy are not counted toward this limit and have no visit limit.
  file: other/member-handbook-2026-section-6-excerpt.txt
  limit:
    applied: 30
    current: 30
    course: 28
    unit: individual psychotherapy visits
    period: calendar year
treatment:
  name: Dialectical behavior therapy (DBT) - individual therapy and skills group
  summary: >-
    A standard outpatient DBT program: one individual DBT session a week (90837) since March 19, 2026 and one
    skills-training group a week (90853) since July 7, 2026, for recurrent depression with self-harm.
clinical:
  severity: >-
    PHQ-9 17 at DBT intake on 03/19/2026 and 10 on 10/08/2026; no self-harm since March 2026 (diary cards)
  severity_date: 2026-10-08
  suicidality: none
  suicidality_date: 2026-10-08
  history:
    - drug: Fluoxetine
      dose: 40 mg daily (20 mg from June 2025, 40 mg from August 2025)
      start: 2025-06
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Continues; partial response
      evidence: {file: clinical/dbt-progress-summary-2026-10-08.txt, page: 1}
    - drug: Sertraline
      dose: 50 mg daily
      start: 2024-09-09
      end: 2024-10-14
      kind: antidepressant
      adequate: false
      outcome: Stopped after 5 weeks for stomach upset and restlessness; not an adequate trial
      evidence: {file: clinical/dbt-progress-summary-2026-10-08.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime for sleep
      start: 2025-11
      ongoing: true
      kind: other
      outcome: For sleep only
      evidence: {file: clinical/dbt-progress-summary-2026-10-08.txt, page: 1}
    - drug: Cognitive behavioral therapy (2021, for anxiety)
      dose: 12 weekly sessions
      start: 2021-01
      end: 2021-04
      kind: psychotherapy
      sessions: 12
      response: response
      outcome: Good response of an earlier anxiety episode
      evidence: {file: clinical/dbt-progress-summary-2026-10-08.txt, page: 1}
author:
  name: Noor Haddad-Whitley
  role: Patient and member
  relation: patient
  address: |-
    515 Osage Bend Lane
    Columbia, MO 65203
  phone: (573) 555-0148
  email: noor.hw@mail.example
provider:
  name: Evangeline Sorensen-Pike
  credentials: LPC
  npi: "1330925870"
  address: |-
    Riverbend DBT Program, 1200 Providence Road, Suite 4
    Columbia, MO 65203
  phone: (573) 555-0177
reimbursement:
  amount_billed: "$2,340.00"
  amount_paid: "$0.00"
bates_prefix: HADDADWHITLEY
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-adverse-benefit-determination-2026-10-21.txt": """
GATEWAY KIDS HEALTH PLAN (FICTIONAL) - A CHIP MANAGED CARE PLAN
NOTICE OF ADVERSE BENEFIT DETERMINATION            Date: 10/21/2026            Page 1

Member: Noor Haddad-Whitley     Member ID: FICT-GKH-7719305-01     Date of birth: 03/02/2008
Provider: Riverbend DBT Program - Evangeline Sorensen-Pike, LPC (network provider)

Claim GKH-26-1002-330187: 90837 on 09/03, 09/10, 09/17, 09/24/2026; 90853 on 09/01, 09/08, 09/15, 09/22, 09/29/2026
Claim GKH-26-1012-331560: 90837 on 10/01, 10/08/2026; 90853 on 10/06/2026
Billed: 6 x 90837 at $240.00; 6 x 90853 at $150.00; total $2,340.00. Paid: $0.00.

Why: CO-119: Benefit maximum for this time period has been reached. Outpatient behavioral health visits are limited
to 30 per calendar year. Our records show 30 visits used as of 08/27/2026.

Your right to appeal: You may ask us for an appeal within 60 calendar days of the date of this notice. Write to
Gateway Kids Health Plan, Member Appeals, PO Box 77310, Jefferson City, MO 65102, or fax (573) 555-0126. If we uphold
this decision, you may then ask the state to review it; our appeal decision will tell you how.
""",
    "other/member-handbook-2026-section-6-excerpt.txt": """
GATEWAY KIDS HEALTH PLAN (FICTIONAL) - MEMBER HANDBOOK 2026 (EXCERPT)          Page 1

6.3 Outpatient behavioral health services
Covered when you get them from a network provider.
- Individual psychotherapy (a visit with your therapist alone): up to 30 visits each calendar year. Group
  psychotherapy and family psychotherapy are not counted toward this limit and have no visit limit.
- Psychiatric evaluation and medication management visits: no visit limit.
If you need more than 30 individual psychotherapy visits in a calendar year, your provider can ask us to approve
more.
""",
    "other/member-portal-visit-counter-2026-10-23.txt": """
GATEWAY KIDS HEALTH PLAN (FICTIONAL) - MEMBER PORTAL: BENEFIT USE          Printed: 10/23/2026          Page 1
Account: Haddad-Whitley family

Member: Noor Haddad-Whitley     Counter: "Outpatient BH visits 2026"     Used: 30 of 30 (limit reached 08/27/2026)
Lines counted:
  90837 individual psychotherapy - 03/19, 03/26, 04/02, 04/09, 04/16, 04/23, 04/30, 05/07, 05/14, 05/21, 06/04,
  06/11, 06/18, 06/25, 07/09, 07/16, 07/23, 07/30, 08/06, 08/13, 08/20, 08/27/2026 (22)
  90853 group psychotherapy - 07/07, 07/14, 07/21, 07/28, 08/04, 08/11, 08/18, 08/25/2026 (8)

Member: Samir Haddad-Whitley (age 11)     Counter: "Outpatient BH visits 2026"     Used: 0 of 30
""",
    "other/benefits-at-a-glance-2024.txt": """
GATEWAY KIDS HEALTH PLAN (FICTIONAL) - BENEFITS AT A GLANCE 2024          Page 1
Doctor visits: no copay. Behavioral health office visits: 30 per year. Prescriptions: $0-$5.
This is a summary only; the Member Handbook for the year explains your benefits.
""",
    "clinical/dbt-progress-summary-2026-10-08.txt": """
RIVERBEND DBT PROGRAM (FICTIONAL) - PROGRESS SUMMARY          Date: 10/08/2026          Page 1

Client: Noor Haddad-Whitley     DOB 03/02/2008     Individual therapist: Evangeline Sorensen-Pike, LPC
Diagnoses: F33.1 major depressive disorder, recurrent, moderate; R45.88 nonsuicidal self-harm.
Program: standard DBT. Individual DBT weekly since 03/19/2026 (90837); skills-training group weekly since
07/07/2026 (90853); phone coaching.
Attendance in 2026: individual sessions through 08/27/2026: 22 (missed 05/28 for a school trip and 07/02 for
illness); skills group through 08/25/2026: 8. September and October attended in full.
Measures: PHQ-9 17 at intake (03/19/2026); 10 on 10/08/2026. Diary cards: no self-harm since 03/04/2026.
Safety: passive suicidal thoughts in January 2026, none since May 2026; C-SSRS screen negative 10/08/2026.
Medications (from her psychiatric nurse practitioner): fluoxetine 40 mg daily, continues, partial response (20 mg
from June 2025, 40 mg from August 2025); hydroxyzine 25 mg at bedtime for sleep since November 2025.
Earlier: sertraline 50 mg 09/09/2024 - 10/14/2024, stopped after 5 weeks for stomach upset and restlessness;
12 weekly sessions of CBT for anxiety in 2021 (January-April), good response.
Plan: complete the 6-month skills cycle (through 12/2026); individual DBT weekly.
School: full-time first-year student at a community college.
""",
}

TRUTH = r"""
# 04 - Separate CHIP: an 18-year-old's DBT visits denied as over "30 behavioral health visits"; the handbook limits individual psychotherapy only and does not count group; first plan appeal by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Noor Haddad-Whitley, **18** (DOB 03/02/2008; CHIP until her 19th birthday), is a member of **Gateway Kids Health
  Plan, a separate CHIP managed care plan** (Missouri address). She is in a standard **DBT program** at a network
  provider: **individual DBT weekly (90837) since 03/19/2026** and a **skills group weekly (90853) since
  07/07/2026**.
- **Member Handbook 2026, Section 6.3:** individual psychotherapy **up to 30 visits each calendar year**; **group and
  family psychotherapy are not counted toward this limit and have no visit limit**.
- Through 08/27/2026 she had **22 individual** visits and **8 group** sessions (the plan's own portal counter lists
  them: 22 + 8 = "30 of 30"; the DBT summary agrees). The counter added the group sessions.
- The **Notice of Adverse Benefit Determination of 10/21/2026** (CO-119, "30 per calendar year ... 30 visits used as
  of 08/27/2026") denied, on claims GKH-26-1002-330187 and GKH-26-1012-331560: **90837 on 09/03, 09/10, 09/17, 09/24,
  10/01, 10/08** (6 x $240) and **90853 on 09/01, 09/08, 09/15, 09/22, 09/29, 10/06** (6 x $150): **$2,340**.
- By the handbook, the six individual visits are her **23rd to 28th** of 2026: **within the 30**; the six group
  sessions are **not limited at all**. No limit of the plan's terms was reached; no exception is needed.
- Stage: **first plan appeal**, post-service, **60 days from 10/21/2026: by 12/20/2026** (42 CFR 457.1260, applying
  438.402(c)(2)(ii)); if upheld, the **state's review** (42 CFR 457.1130(b)), not a Medicaid fair hearing.
- Author: **the patient herself** ("I"); an adult, she signs for herself.

## Deliberately unknown
- Whether her visits after 10/08/2026 were paid or pended (not in the case; only the twelve lines above are appealed).
- Whether the plan's medical/surgical benefits carry comparable visit limits (CHIP parity, 42 CFR 457.496): not
  argued; nothing in the case shows it.
- What the plan allows for each code (amounts billed are known, not the allowed amounts).

## Traps
- **The limit is not reached; it is not "no limit".** A letter must not say the plan has no visit limit for
  psychotherapy, nor concede that 30 visits were used and ask only for an exception or for "more visits": 30 is the
  limit on **individual** visits, and she had 28 counting the denied ones. The group sessions have **no** limit.
- **Two codes, two answers:** the individual visits are within the count; the group sessions are outside the limit.
  A letter must not call the group sessions individual visits, or say all twelve were "within 30".
- **Stale summary:** the 2024 "Benefits at a Glance" ("Behavioral health office visits: 30 per year") is a
  two-year-old summary that says the handbook governs; a letter must not rely on it.
- **Other person:** her brother Samir's counter on the portal printout; not part of this appeal.
- **Not medical necessity:** no count of failed trials, no evidence paragraph, no peer-to-peer. If the history is
  mentioned: fluoxetine is **continuing** with a partial response (never "failed"); sertraline 50 mg for 5 weeks,
  stopped for side effects, is **not an adequate trial**; hydroxyzine is **for sleep**; the 2021 CBT was a **good
  response in an earlier anxiety episode**; DBT is psychotherapy, not a drug trial.
- **Suicidality / self-harm:** passive thoughts in January 2026 only (none since May); no self-harm since 03/04/2026;
  C-SSRS negative 10/08/2026. Never "current suicidal ideation" or "recent self-harm". She is a full-time student
  (never "out of school").
- **Wrong law for a separate CHIP:** no EPSDT (42 USC 1396d(r)(5)), no Medicaid fair hearing, no continued benefits
  (438.420 does not apply to CHIP; care already given), no Medicaid parity rule cited as Medicaid's (438.910), no
  ERISA or ACA external review. The appeal rules are cited, if at all, through 42 CFR 457.1260.
- **Voice:** she is the patient and the author: "I", "my sessions"; never "the patient" or "Ms. Haddad-Whitley has".
  She is 18: no parent signs, and she is not "a minor".

## Arguments a strong letter makes (strongest first)
1. **Handbook 2026, Section 6.3:** the 30-visit limit is on **individual psychotherapy** only; **group psychotherapy is
   not counted and has no visit limit**. The plan's counter reached "30" only by adding **8 group sessions** to **22
   individual visits** (portal printout of 10/23/2026; DBT summary). The six denied individual visits (09/03-10/08)
   are her **23rd-28th**, within the 30; the six group sessions (09/01-10/06) are not limited. No limit was reached.
2. Ask the plan to reprocess and pay both claims (GKH-26-1002-330187, GKH-26-1012-331560) and to correct its counter
   to count only individual psychotherapy visits (22 through 08/27/2026, 28 through 10/08/2026), so later visits are
   not denied the same way.
3. Appeal filed in time (notice 10/21/2026; 60 days: 12/20/2026); enclose the handbook excerpt, the portal counter, the
   notice and the DBT progress summary.

## What a letter must NOT say
- "the plan has no limit on psychotherapy visits", "the limit does not apply to me" (as a general statement), "I
  have used 30 visits", "please grant an exception to the 30-visit limit" as the main request.
- "all twelve sessions were individual visits", group sessions "within the 30".
- "failed fluoxetine", "failed sertraline", a count of failed trials, "current suicidal ideation", "recent
  self-harm", "out of school", "medically necessary" as the ground.
- "EPSDT", "fair hearing", "continued benefits", "42 CFR 438.910" as Medicaid's parity rule, "ERISA", "external
  review".
- Samir's counter or visits as hers; "my parent", "minor child".
- "the patient has" about herself.
"""

ANSWERS = [
    ("limit is on individual visits", "other/member-handbook-2026-section-6-excerpt.txt",
     "Individual psychotherapy (a visit with your therapist alone): up to 30 visits each calendar year."),
    ("group not counted, no limit", "other/member-handbook-2026-section-6-excerpt.txt",
     "Group psychotherapy and family psychotherapy are not counted toward this limit and have no visit limit."),
    ("22 individual on the counter", "other/member-portal-visit-counter-2026-10-23.txt", "06/11, 06/18, 06/25, 07/09, 07/16, 07/23, 07/30, 08/06, 08/13, 08/20, 08/27/2026 (22)"),
    ("8 group on the counter", "other/member-portal-visit-counter-2026-10-23.txt", "07/07, 07/14, 07/21, 07/28, 08/04, 08/11, 08/18, 08/25/2026 (8)"),
    ("counter total", "other/member-portal-visit-counter-2026-10-23.txt", "Used: 30 of 30 (limit reached 08/27/2026)"),
    ("attendance agrees", "clinical/dbt-progress-summary-2026-10-08.txt", "individual sessions through 08/27/2026: 22"),
    ("group attendance", "clinical/dbt-progress-summary-2026-10-08.txt", "skills group through 08/25/2026: 8"),
    ("denied individual dates", "denial/notice-of-adverse-benefit-determination-2026-10-21.txt", "90837 on 09/03, 09/10, 09/17, 09/24/2026"),
    ("denied October individual", "denial/notice-of-adverse-benefit-determination-2026-10-21.txt", "90837 on 10/01, 10/08/2026"),
    ("denied group dates", "denial/notice-of-adverse-benefit-determination-2026-10-21.txt", "90853 on 09/01, 09/08, 09/15, 09/22, 09/29/2026"),
    ("denial words", "denial/notice-of-adverse-benefit-determination-2026-10-21.txt", "Outpatient behavioral health visits are limited to 30 per calendar year."),
    ("two claims", "denial/notice-of-adverse-benefit-determination-2026-10-21.txt", "Claim GKH-26-1012-331560"),
    ("amount", "denial/notice-of-adverse-benefit-determination-2026-10-21.txt", "total $2,340.00"),
    ("60 days", "denial/notice-of-adverse-benefit-determination-2026-10-21.txt", "within 60 calendar days of the date of this notice"),
    ("notice date", "denial/notice-of-adverse-benefit-determination-2026-10-21.txt", "Date: 10/21/2026"),
    ("next level is the state's review", "denial/notice-of-adverse-benefit-determination-2026-10-21.txt", "you may then ask the state to review it"),
    ("fluoxetine continuing partial", "clinical/dbt-progress-summary-2026-10-08.txt", "fluoxetine 40 mg daily, continues, partial response"),
    ("sertraline 5 weeks side effects", "clinical/dbt-progress-summary-2026-10-08.txt", "stopped after 5 weeks for stomach upset and restlessness"),
    ("no self-harm since March", "clinical/dbt-progress-summary-2026-10-08.txt", "no self-harm since 03/04/2026"),
    ("student", "clinical/dbt-progress-summary-2026-10-08.txt", "full-time first-year student"),
]
