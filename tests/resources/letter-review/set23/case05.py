"""Set 23, case 05 (FICTIONAL): Medicaid managed care, member aged 17; comprehensive DBT reduced to individual
therapy twice a month on "no self-harm in the past 60 days" under a criterion that looks back 90 days (and counts
suicidal ideation); the plan upheld it on 11/30/2026; the treating therapist (LCSW) asks for a state fair hearing
with continued benefits, due within 10 days of the plan's resolution."""

SLUG = "05-medicaid-mco-age17-dbt-reduction-fair-hearing-continuation-therapist"

CASE_YAML = """
# FICTIONAL CASE (set 23, case 05) - every person, plan, provider, number and address is invented.
# Medicaid managed care (Indiana), member 17. Comprehensive DBT (weekly individual DBT and weekly multifamily skills
# group) since 06/01/2026 was reduced from 11/20/2026 to individual therapy twice a month (notice 11/10/2026:
# "no self-harm ... in the past 60 days"). Policy BH-DBT-04 criterion 3.1 looks back 90 days and counts suicidal
# ideation: self-harm on 09/21/2026 and passive ideation on the diary cards through 11/24/2026. The plan appeal
# (filed 11/13 with continuation) was upheld on 11/30/2026. The treating therapist asks for a state fair hearing
# and continued benefits, which must be asked within 10 days (by 12/10/2026).
patient:
  name: Juniper Castellanos-Reyes
  salutation: Juniper
  date_of_birth: 2009-05-30
  member_id: FICT-PLH-IN8830412
  address: |-
    517 Millrace Court
    Harmony Bend, IN 47802
  phone: (812) 555-0117
insurer:
  name: Prairie Lantern Health Plan (FICTIONAL), an Indiana Medicaid managed care plan
  appeals_address: |-
    Prairie Lantern Health Plan, Member Appeals
    PO Box 33870
    Harmony Bend, IN 47808
  fax: (812) 555-0174
claim:
  number: PLH-UM-26-1110-5529
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-10
  action: reduce
  pending_services:
    - 12 weeks of comprehensive DBT (weekly individual DBT therapy and a weekly multifamily skills group)
  procedure_codes: ["90837", "90849"]
  diagnosis_codes: [F33.1, F43.10]
  denial_reason: >-
    Your child's dialectical behavior therapy (DBT) will be reduced starting 11/20/2026. We approve individual
    therapy twice a month. We do not approve the weekly DBT skills group or weekly individual DBT. Medical Policy
    BH-DBT-04 criterion 3.1 is not met: there has been no self-harm or suicidal behavior in the past 60 days.
    Step-down to outpatient therapy is appropriate.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity, level_of_care]
  reviewer:
    name: Leon Farthing, MD
    specialty: Family Medicine
plan_policy:
  name: Prairie Lantern Health Plan Medical Policy BH-DBT-04, Dialectical Behavior Therapy, Section 3 (continued authorization)
  number: BH-DBT-04
  quote: >-
    Section 3. Continued authorization of comprehensive DBT is approved in 12-week periods when all of the following
    are met: 3.1 the member continues to show pervasive emotion dysregulation with self-harm, suicidal behavior or
    suicidal ideation within the past 90 days; 3.2 the member attended at least 80% of scheduled individual and
    skills sessions in the last period; 3.3 diary cards show ongoing target behaviors or urges; 3.4 the treatment
    plan with measurable goals was updated within the last 12 weeks.
  file: other/medical-policy-bh-dbt-04.txt
payer_criteria:
  - criterion: >-
      3.1 Pervasive emotion dysregulation with self-harm, suicidal behavior or suicidal ideation within the past 90
      days
    how_met: >-
      Self-harm (superficial cuts to the forearm) on 09/21/2026, 50 days before the notice and 70 days before the
      plan's appeal decision; passive suicidal ideation rated on her diary cards in 7 of the 8 weeks to 11/24/2026
    met: true
    evidence:
      - {file: clinical/dbt-session-note-2026-09-22.txt, page: 1}
      - {file: clinical/diary-card-summary-2026-11-24.txt, page: 1}
  - criterion: 3.2 Attended at least 80% of scheduled individual and skills sessions in the last period
    how_met: 11 of 12 individual DBT sessions and 11 of 12 skills groups from 08/24/2026 to 11/13/2026 (92%)
    met: true
    evidence: {file: clinical/dbt-treatment-plan-review-2026-11-06.txt, page: 1}
  - criterion: 3.3 Diary cards show ongoing target behaviors or urges
    how_met: Urges to self-harm rated 3 or more (of 5) in 6 of the 8 weeks to 11/24/2026
    met: true
    evidence: {file: clinical/diary-card-summary-2026-11-24.txt, page: 1}
  - criterion: 3.4 The treatment plan with measurable goals was updated within the last 12 weeks
    how_met: Treatment plan review of 11/06/2026 with measurable targets
    met: true
    evidence: {file: clinical/dbt-treatment-plan-review-2026-11-06.txt, page: 1}
decisions:
  - date: 2026-11-30
    outcome: denied
    stage: plan appeal
    opens: state fair hearing
    next_deadline: 2027-03-30
    reason: >-
      We reviewed your appeal. Criterion 3.1 of Medical Policy BH-DBT-04 is not met: there has been no self-harm or
      suicidal behavior in the past 60 days. Step-down to outpatient individual therapy twice a month is appropriate.
      The reduction is upheld.
external_review:
  agency: Indiana Medicaid fair hearing office named in the plan's notice of appeal resolution (FICTIONAL)
  address: |-
    State Medicaid Fair Hearings (address FICTIONAL)
    PO Box 7706
    Indianapolis, IN 46207
  final_denial_date: 2026-11-30
treatment:
  name: Comprehensive dialectical behavior therapy (DBT) for adolescents
  summary: >-
    Comprehensive DBT for an adolescent with recurrent depression, PTSD and self-harm: weekly individual DBT
    therapy, a weekly multifamily skills group with her mother, and between-session coaching.
  plan: >-
    12 more weeks of comprehensive DBT: weekly 60-minute individual DBT sessions and the weekly multifamily skills
    group, diary cards reviewed weekly, treatment plan reviewed at week 6 and week 12, step-down to individual therapy
    when no self-harm and no suicidal ideation are rated for 8 consecutive weeks.
clinical:
  severity: PHQ-A 17 on 11/06/2026 (PHQ-A 23 on 06/01/2026); self-harm on 09/21/2026
  severity_date: 2026-11-06
  suicidality: passive
  suicidality_date: 2026-11-24
  response: PHQ-A 23 on 06/01/2026, 17 on 11/06/2026; self-harm episodes from weekly (May 2026) to one since August
  response_level: partial
  history:
    - drug: Sertraline
      dose: 50 mg daily
      start: 2023-02
      end: 2024-03
      kind: antidepressant
      response: remission
      outcome: Remission of an earlier depressive episode at 13; stopped in March 2024
      evidence: {file: clinical/dbt-treatment-plan-review-2026-11-06.txt, page: 1}
    - drug: Cognitive behavioral therapy (CBT)
      dose: 12 weekly sessions
      start: 2025-09
      end: 2025-12
      kind: psychotherapy
      sessions: 12
      response: partial
      outcome: Partial response; self-harm resumed in early 2026
      evidence: {file: clinical/dbt-treatment-plan-review-2026-11-06.txt, page: 1}
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2026-04-24
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Continues; partial response
      evidence: {file: clinical/dbt-treatment-plan-review-2026-11-06.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed for sleep
      start: 2026-04-24
      ongoing: true
      kind: other
      outcome: For sleep only
      evidence: {file: clinical/dbt-treatment-plan-review-2026-11-06.txt, page: 1}
alternatives:
  - level: outpatient individual therapy twice a month
    treatment: Outpatient individual therapy twice a month (the step-down the plan approved)
    why_not: >-
      It drops the weekly skills group with her mother and the weekly chain analysis of self-harm urges, the parts of
      DBT that brought self-harm from weekly to one act since August; her urges and passive ideation continue
    proof: clinical/dbt-treatment-plan-review-2026-11-06.txt
impact:
  hospitalizations: Inpatient psychiatric stay 04/18/2026 to 04/24/2026 after an overdose (a suicide attempt)
  daily_life: Attends school full days with a safety plan; self-harm urges most weeks
author:
  name: Theodora Nakamura-Pike
  role: Licensed clinical social worker (LCSW), Juniper's treating DBT therapist, writing with her mother's written consent
  relation: clinician
  address: |-
    Riverbend Adolescent DBT Program, Wabash Valley Family Counseling, 88 Ferry Street
    Harmony Bend, IN 47807
  phone: (812) 555-0161
  email: tnakamura-pike@wvfc.example
  authorization: other/parent-consent-2026-12-01.txt
provider:
  name: Theodora Nakamura-Pike
  credentials: LCSW
  npi: "1629473053"
  address: |-
    Riverbend Adolescent DBT Program, Wabash Valley Family Counseling, 88 Ferry Street
    Harmony Bend, IN 47807
  phone: (812) 555-0161
template: external-review-request
bates_prefix: CASTELLANOS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-adverse-benefit-determination-2026-11-10.txt": """
PRAIRIE LANTERN HEALTH PLAN (FICTIONAL) - Indiana Medicaid managed care
NOTICE OF ADVERSE BENEFIT DETERMINATION                     Date: 11/10/2026                   Page 1

To: Marisol Castellanos-Reyes, parent of Juniper Castellanos-Reyes (Member ID FICT-PLH-IN8830412, DOB 05/30/2009)
Reference: PLH-UM-26-1110-5529     Provider: Riverbend Adolescent DBT Program, Wabash Valley Family Counseling

What we decided: Your child's dialectical behavior therapy (DBT) will be reduced starting 11/20/2026. We approve
individual therapy twice a month. We do not approve the weekly DBT skills group or weekly individual DBT. Medical
Policy BH-DBT-04 criterion 3.1 is not met: there has been no self-harm or suicidal behavior in the past 60 days.
Step-down to outpatient therapy is appropriate.
Reviewer: Leon Farthing, MD, Family Medicine.

Your rights: You may ask us for an appeal within 60 days of the date of this notice. If you want your child's
current services to continue while we decide the appeal, you must ask for the appeal within 10 days of the date of
this notice or before 11/20/2026, whichever is later, and ask that services continue. If the final decision is not
in your favor, you may have to pay for the services you received while the appeal was pending.
""",
    "denial/notice-of-appeal-resolution-2026-11-30.txt": """
PRAIRIE LANTERN HEALTH PLAN (FICTIONAL) - Indiana Medicaid managed care
NOTICE OF APPEAL RESOLUTION                                  Date: 11/30/2026                   Page 1

To: Marisol Castellanos-Reyes, parent of Juniper Castellanos-Reyes (Member ID FICT-PLH-IN8830412)
Reference: PLH-UM-26-1110-5529     Appeal received: 11/13/2026 (continuation of services requested and granted)

Decision: We reviewed your appeal. Criterion 3.1 of Medical Policy BH-DBT-04 is not met: there has been no
self-harm or suicidal behavior in the past 60 days. Step-down to outpatient individual therapy twice a month is
appropriate. The reduction is upheld.
Reviewer: Leon Farthing, MD, Family Medicine.

Your right to a State fair hearing: You may ask for a State fair hearing within 120 calendar days of the date of
this notice. Write to State Medicaid Fair Hearings (address FICTIONAL), PO Box 7706, Indianapolis, IN 46207. If you
want your child's services to continue while the hearing is pending, you must ask for the hearing, and ask that
services continue, within 10 calendar days of the date of this notice.
""",
    "other/medical-policy-bh-dbt-04.txt": """
PRAIRIE LANTERN HEALTH PLAN (FICTIONAL) - MEDICAL POLICY BH-DBT-04: DIALECTICAL BEHAVIOR THERAPY     Page 1
Effective 01/01/2026

Section 2. Initial authorization: 12 weeks of comprehensive DBT for members with pervasive emotion dysregulation and
self-harm or suicidal behavior in the past 6 months.
Section 3. Continued authorization of comprehensive DBT is approved in 12-week periods when all of the following
are met: 3.1 the member continues to show pervasive emotion dysregulation with self-harm, suicidal behavior or
suicidal ideation within the past 90 days; 3.2 the member attended at least 80% of scheduled individual and skills
sessions in the last period; 3.3 diary cards show ongoing target behaviors or urges; 3.4 the treatment plan with
measurable goals was updated within the last 12 weeks.
Section 4. Members under 21: coverage decisions also apply the EPSDT standard of the Medicaid program.
""",
    "other/parent-consent-2026-12-01.txt": """
PARENT'S WRITTEN CONSENT TO A PROVIDER'S REQUEST FOR A STATE FAIR HEARING (FICTIONAL)                Page 1

I, Marisol Castellanos-Reyes, parent of Juniper Castellanos-Reyes (Member ID FICT-PLH-IN8830412, DOB 05/30/2009),
consent to Theodora Nakamura-Pike, LCSW, of the Riverbend Adolescent DBT Program, asking for a State fair hearing
on the reduction of my daughter's DBT (reference PLH-UM-26-1110-5529) and asking that her services continue while
the hearing is pending, and to her sharing my daughter's records for that purpose.
Signed: Marisol Castellanos-Reyes (signature on file)      Date: 12/01/2026
""",
    "clinical/dbt-session-note-2026-09-22.txt": """
RIVERBEND ADOLESCENT DBT PROGRAM (FICTIONAL) - INDIVIDUAL DBT SESSION NOTE     Date: 09/22/2026     Page 1

Client: Juniper Castellanos-Reyes    DOB 05/30/2009    Therapist: Theodora Nakamura-Pike, LCSW    60 minutes
Chain analysis of self-harm on Monday 09/21/2026 evening: four superficial cuts to the left forearm after a
conflict at school; wounds cleaned at home by her mother; no medical care needed. Denies suicidal intent during
the act. Passive suicidal ideation rated 2 of 5 that evening.
Safety plan reviewed and updated; coaching call use reviewed (she did not call before the behavior).
""",
    "clinical/diary-card-summary-2026-11-24.txt": """
RIVERBEND ADOLESCENT DBT PROGRAM (FICTIONAL) - DIARY CARD SUMMARY, 8 WEEKS     Date: 11/24/2026     Page 1

Client: Juniper Castellanos-Reyes    Weeks: 09/29/2026 to 11/24/2026 (ratings 0-5, highest of the week)
Week of    Urge to self-harm   Self-harm acts   Suicidal ideation (passive)   Skills used
09/29      4                   0                2                             yes
10/06      3                   0                1                             yes
10/13      2                   0                0                             yes
10/20      4                   0                2                             yes
10/27      3                   0                1                             yes
11/03      2                   0                1                             yes
11/10      4                   0                2                             yes
11/17      3                   0                1                             yes
Summary: no self-harm acts since 09/21/2026; urges to self-harm 3 or more in 6 of 8 weeks; passive suicidal
ideation in 7 of 8 weeks, without plan or intent (last rated 11/24/2026).
""",
    "clinical/dbt-treatment-plan-review-2026-11-06.txt": """
RIVERBEND ADOLESCENT DBT PROGRAM (FICTIONAL) - 12-WEEK TREATMENT PLAN REVIEW     Date: 11/06/2026     Page 1

Client: Juniper Castellanos-Reyes    DOB 05/30/2009    Therapist: Theodora Nakamura-Pike, LCSW
Diagnoses: F33.1 major depressive disorder, recurrent, moderate; F43.10 post-traumatic stress disorder.
Comprehensive DBT since 06/01/2026 (referred after an inpatient stay 04/18/2026-04/24/2026 for an overdose).
Attendance 08/24/2026 to 11/13/2026: individual DBT 11 of 12 sessions; multifamily skills group 11 of 12 (92%).
Measures: PHQ-A 23 on 06/01/2026; PHQ-A 17 on 11/06/2026.
Targets: self-harm acts from weekly in May 2026 to one (09/21/2026) since August; reduce urges to 2 or less; skills
generalization at school.
Skills group attendance today (first names only, other families): Ava, Jordan, Priyanka, Malik.
Medication (by her psychiatrist, Dr. Oyelaran): fluoxetine 40 mg daily since 04/24/2026, continues, partial response;
hydroxyzine 25 mg at bedtime as needed for sleep. Earlier: sertraline 50 mg 02/2023-03/2024, remission of an
earlier episode at 13. CBT 12 sessions, 09/2025-12/2025, partial response.
Step-down: twice-monthly individual therapy alone would drop the skills group with her mother and the weekly
chain analysis of self-harm urges, the parts of DBT that brought self-harm from weekly to one act since August.
Plan: continue comprehensive DBT for 12 more weeks; review at week 6 and week 12.
""",
}

TRUTH = """
# 05 - Medicaid managed care, member 17: comprehensive DBT reduced on a 60-day reading of a 90-day criterion; state fair hearing with continued benefits (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Juniper Castellanos-Reyes, **17** (DOB 05/30/2009), Indiana **Medicaid managed care** (Prairie Lantern Health
  Plan). F33.1 and F43.10. Inpatient stay 04/18-04/24/2026 after an overdose (a suicide attempt, history).
- Comprehensive DBT since **06/01/2026** (weekly individual DBT 90837, weekly multifamily skills group 90849,
  coaching). The plan's notice of **11/10/2026** reduced it **from 11/20/2026** to individual therapy twice a month
  (`action: reduce`), citing BH-DBT-04 criterion 3.1: "no self-harm or suicidal behavior in the past 60 days"
  (reviewer: a family physician).
- **BH-DBT-04 criterion 3.1 looks back 90 days and counts suicidal ideation:** self-harm on **09/21/2026** (50 days
  before the notice, 70 days before the appeal decision: within 90 days of both) and **passive suicidal ideation**
  on the diary cards in 7 of the 8 weeks to **11/24/2026**. So 3.1 is met; 3.2 (92% attendance), 3.3 (urges 3+ in 6
  of 8 weeks) and 3.4 (plan reviewed 11/06/2026) are met too. The plan's "60 days" is not in its own criterion; on
  11/10 even the 60-day statement was wrong (50 days).
- The plan appeal was received **11/13/2026** with continuation requested and granted; the plan upheld the
  reduction on **11/30/2026** (notice of appeal resolution).
- Next level: **state fair hearing**, within **120 calendar days** of 11/30/2026: **by 03/30/2027** (42 CFR
  438.408(f)(2)). **Continued benefits** during the hearing need the hearing **and** continuation asked within **10
  calendar days** of the resolution notice: **by 12/10/2026** (42 CFR 438.420; the notice says the same). If the
  hearing goes against her, the family may have to pay for the services continued (the notice says so).
- **EPSDT** applies (under 21): 42 U.S.C. 1396d(r)(5) requires coverage of services necessary to correct or
  ameliorate her condition; the plan's own policy Section 4 says it applies EPSDT to members under 21.
- Author: Theodora Nakamura-Pike, **LCSW**, her treating DBT therapist (not a physician, not a prescriber), with her
  mother's written consent of 12/01/2026.
- Progress is partial: PHQ-A 23 -> 17; self-harm from weekly (May) to one act since August.

## Deliberately unknown
- Whether the hearing office will hold the hearing before the 12-week period ends; any date of the hearing.
- What the plan's approved "twice a month" individual therapy would have cost or saved.
- Whether her psychiatrist (Dr. Oyelaran) agrees in writing (no letter from him is enclosed).

## Traps
- **The criterion's own window:** 90 days, and suicidal ideation counts. A letter that accepts the "60 days" as the
  rule, or says there was self-harm in the 60 days before **11/30** (it was 70 days), is wrong; the precise point is
  that 09/21 is within the criterion's 90 days and passive ideation continues.
- **Suicidality:** passive ideation without plan or intent (latest 11/24/2026); the overdose was in April 2026
  (history). Never "active suicidal ideation", "current plan", or "recent suicide attempt" dated after April.
- **Other patients on a document:** the treatment plan review lists other group members' first names (Ava, Jordan,
  Priyanka, Malik); none may appear in a letter.
- **Psychotherapy is not a drug trial:** CBT (12 sessions, partial) and DBT are psychotherapy courses; DBT is helping
  partially and continuing (never "failed DBT"). Fluoxetine continues with a partial response (never "failed");
  hydroxyzine is for sleep; sertraline at 13 brought remission of an earlier episode. A count of "failed
  antidepressant trials" is beside the point and would be false above zero (fluoxetine is still taken).
- **Stage and addressee:** a state fair hearing request, addressed to the hearing office named in the resolution
  notice, not the plan; not a second plan appeal, not external review by an IRO, not ERISA, not the state insurance
  department.
- **Continued benefits:** a Medicaid-only right (438.420), time-limited: the letter should ask for it and the
  10-day date matters; never promise the family owes nothing if it loses.
- **Voice:** the therapist writes "I am Juniper's treating DBT therapist"; never "physician", "Dr.", "prescriber",
  "I prescribed"; not the mother's or Juniper's first person.
- **Reviewer:** a family physician; asking for a reviewer in child and adolescent psychiatry (or a DBT-trained
  clinician) is right, but 438.406(b)(2) binds the plan, not the hearing office.

## Arguments a strong letter makes (strongest first)
1. The plan's own criterion 3.1 looks back **90 days** and includes suicidal ideation: self-harm on **09/21/2026**
   and passive ideation through **11/24/2026** meet it; the decisions applied a 60-day window the policy does not
   contain. Criteria 3.2-3.4 are met too, so BH-DBT-04 Section 3 is met in full.
2. **EPSDT**: at 17 she is entitled to the services necessary to correct or ameliorate her condition (42 U.S.C.
   1396d(r)(5)); the plan's policy (Section 4) says it applies that standard. Stepping down while urges and ideation
   continue, months after an overdose, does not meet it.
3. Ask that services **continue unchanged** while the hearing is pending (request made within 10 days of the 11/30
   notice, 42 CFR 438.420), and that the hearing reverse the reduction and restore 12 weeks of comprehensive DBT.

## What a letter must NOT say
- "no self-harm in the past 60 days" as a criterion met or not met by the plan's rule; "the policy requires 60 days".
- "active suicidal ideation", "recent suicide attempt" (as after April), "she is in crisis now".
- Ava, Jordan, Priyanka, Malik.
- "failed DBT", "failed fluoxetine", "failed hydroxyzine", "failed sertraline", "two failed antidepressant trials".
- "external review", "independent review organization", "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "second
  level appeal", "state insurance department".
- "as her physician", "Dr. Nakamura-Pike", "I prescribed".
- "benefits will continue whatever the outcome" / "the family will owe nothing".
"""

ANSWERS = [
    ("denial/notice-of-adverse-benefit-determination-2026-11-10.txt", "will be reduced starting 11/20/2026"),
    ("denial/notice-of-adverse-benefit-determination-2026-11-10.txt", "there has been no self-harm or suicidal behavior in the past 60 days"),
    ("denial/notice-of-adverse-benefit-determination-2026-11-10.txt", "Leon Farthing, MD, Family Medicine"),
    ("denial/notice-of-appeal-resolution-2026-11-30.txt", "continuation of services requested and granted"),
    ("denial/notice-of-appeal-resolution-2026-11-30.txt", "The reduction is upheld"),
    ("denial/notice-of-appeal-resolution-2026-11-30.txt", "within 120 calendar days of the date of"),
    ("denial/notice-of-appeal-resolution-2026-11-30.txt", "within 10 calendar days of the date of this notice"),
    ("other/medical-policy-bh-dbt-04.txt", "self-harm, suicidal behavior or suicidal ideation within the past 90 days"),
    ("other/medical-policy-bh-dbt-04.txt", "Members under 21: coverage decisions also apply the EPSDT standard"),
    ("other/parent-consent-2026-12-01.txt", "asking that her services continue while"),
    ("clinical/dbt-session-note-2026-09-22.txt", "self-harm on Monday 09/21/2026"),
    ("clinical/diary-card-summary-2026-11-24.txt", "no self-harm acts since 09/21/2026"),
    ("clinical/diary-card-summary-2026-11-24.txt", "passive suicidal ideation in 7 of 8 weeks, without plan or intent"),
    ("clinical/diary-card-summary-2026-11-24.txt", "urges to self-harm 3 or more in 6 of 8 weeks"),
    ("clinical/dbt-treatment-plan-review-2026-11-06.txt", "individual DBT 11 of 12 sessions; multifamily skills group 11 of 12 (92%)"),
    ("clinical/dbt-treatment-plan-review-2026-11-06.txt", "Ava, Jordan, Priyanka, Malik"),
    ("clinical/dbt-treatment-plan-review-2026-11-06.txt", "continues, partial response"),
    ("clinical/dbt-treatment-plan-review-2026-11-06.txt", "as needed for sleep"),
    ("clinical/dbt-treatment-plan-review-2026-11-06.txt", "remission of an"),
    ("clinical/dbt-treatment-plan-review-2026-11-06.txt", "for an overdose"),
    ("clinical/dbt-treatment-plan-review-2026-11-06.txt", "twice-monthly individual therapy alone would drop the skills group"),
]
