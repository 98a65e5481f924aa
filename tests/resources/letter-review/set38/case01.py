# FICTIONAL case data, letters set 38, case 01. Every person, plan, provider, number and address is invented.
SLUG = "01-ma-ppo-tms-new-member-transition-90-days-payment-reconsideration-noncontracted-clinic"

CASE_YAML = r"""
# FICTIONAL CASE (set 38, case 01) - every person, plan, provider, number and address is invented.
# Medicare Advantage PPO. Walter Quennell, 68, began a 36-session TMS course on 09/08/2026 under Original Medicare
# (sessions 1-17 paid by Part B) and joined the plan on 10/01/2026 after a move. The plan denied sessions 18-36
# (10/01-10/27/2026) as given without prior authorization (CO-197). Its own Evidence of Coverage waives prior
# authorization for an active course of treatment for at least 90 days after a new member's enrollment begins.
# The non-contracted clinic, which signed the waiver of liability, asks for reconsideration of the payment denial.
patient:
  name: Walter Quennell
  salutation: Mr. Quennell
  date_of_birth: 1958-03-22
  member_id: FICT-KSH-40718263
  address: |-
    1127 Sassafras Street
    Erie, PA 16502
  phone: (814) 555-0121
insurer:
  name: Keystone Summit Health Medicare Advantage PPO (FICTIONAL)
  appeals_address: |-
    Keystone Summit Health - Medicare Appeals and Grievances (FICTIONAL)
    PO Box 60418
    Harrisburg, PA 17106
  fax: (717) 555-0143
claim:
  number: KSH-26-1104-220871
  plan_type: medicare_advantage
  notice_date: 2026-11-18
  appeal_deadline: 2027-01-22
  deadline_basis: >-
    Notice of Denial of Payment of 11/18/2026: "You must ask for a reconsideration within 65 calendar days from the
    date of this notice."
  service_dates: [2026-10-01, 2026-10-27]
  sessions: 19
  setting: outpatient
  procedure_codes: [90868]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    Prior authorization is required for transcranial magnetic stimulation (TMS). No prior authorization is on file
    for these services. Services on or after the member's effective date of 10/01/2026 are subject to the plan's
    prior authorization requirements. (CARC 197)
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  coding_correct: true
  action: none
plan_policy:
  name: Keystone Summit Medicare Advantage PPO 2026 Evidence of Coverage, Chapter 4, Section 2.1
  number: Chapter 4, Section 2.1
  quote: >-
    Some services need approval from us in advance (prior authorization), whether you get them from a network or an
    out-of-network provider. These services are marked with an asterisk in the Medical Benefits Chart, including
    transcranial magnetic stimulation (TMS)*.
  file: other/evidence-of-coverage-2026-chapter-4-excerpt.txt
  other_terms: >-
    Chapter 4, Section 2.4 (If you are new to our plan): If you are a new member and are in an active course of
    treatment when your enrollment begins, we will not require prior authorization for that course of treatment for
    at least 90 days after your enrollment begins. An active course of treatment is a course of treatment in which
    you are actively seeing a provider and following that provider's treatment plan.
  other_terms_file: other/evidence-of-coverage-2026-chapter-4-excerpt.txt
  other_terms_apply: >-
    Mr. Quennell's enrollment began on October 1, 2026 (enrollment confirmation), while he was in an active TMS course:
    17 of the 36 planned sessions had been given at the same clinic under the same written treatment plan from
    September 8 through September 30, 2026. The 19 sessions denied, October 1 through October 27, 2026, are the rest
    of that course and all fall within the first 90 days of his enrollment, so the plan's own terms required no prior
    authorization for them.
prior_auth:
  required: false
  reason_missing: >-
    None was needed. The course began on September 8, 2026 under Original Medicare, which asked for no prior
    authorization for it; Mr. Quennell joined the plan on October 1, 2026 in the middle of the course, and the plan's
    Evidence of Coverage, Chapter 4, Section 2.4 requires no prior authorization for a new member's active course of
    treatment for at least 90 days after enrollment begins.
treatment:
  name: Transcranial magnetic stimulation (TMS), sessions 18-36 of a 36-session course (90868)
  summary: >-
    The second part of a 36-session TMS course for recurrent major depression that began on September 8, 2026,
    before Mr. Quennell joined the plan, and ended on October 27, 2026.
  plan: >-
    36 sessions of left dorsolateral prefrontal TMS, five a week from September 8, 2026, with MADRS and PHQ-9 every
    five sessions; bupropion XL 300 mg daily continued; the course ends at session 36.
  alongside: bupropion XL 300 mg daily
clinical:
  severity: MADRS 31 and PHQ-9 22 on 09/08/2026 (start of the course); MADRS 16 and PHQ-9 11 on 10/27/2026 (session 36)
  severity_date: 2026-10-27
  suicidality: none
  suicidality_date: 2026-10-27
  response: MADRS 31 (09/08/2026) to 16 (10/27/2026), a 48% reduction; PHQ-9 22 to 11
  response_level: partial
  episode_onset: 2024-11
  treating_since: 2025-01
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2019-02
      end: 2021-06
      kind: antidepressant
      adequate: true
      failed: false
      response: remission
      outcome: Remission in an earlier episode (2019); tapered off in 06/2021. Not a failed trial.
      evidence: {file: clinical/tms-treatment-plan-2026-09-08.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-01
      end: 2025-04
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks at 150 mg; stopped
      evidence: {file: clinical/tms-treatment-plan-2026-09-08.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-05
      end: 2025-09
      weeks: 14
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: Minimal change after 14 weeks at 225 mg; stopped
      evidence: {file: clinical/tms-treatment-plan-2026-09-08.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-10
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through the TMS course
      evidence: {file: clinical/tms-treatment-plan-2026-09-08.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily (added to bupropion)
      start: 2026-02
      end: 2026-03
      weeks: 5
      kind: augmentation
      adequate: false
      outcome: Stopped after 5 weeks for akathisia (intolerance), not an adequate trial
      evidence: {file: clinical/tms-treatment-plan-2026-09-08.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2026-04
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/tms-treatment-plan-2026-09-08.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 16 weekly sessions
      start: 2025-06
      end: 2025-10
      kind: psychotherapy
      sessions: 16
      adequate: true
      response: partial
      outcome: Partial benefit
      evidence: {file: clinical/tms-treatment-plan-2026-09-08.txt, page: 1}
author:
  name: Renee Castellanos-Byrd
  role: Practice administrator, Lakefront TMS Center (the non-contracted provider that gave the care)
  relation: provider
  address: |-
    Lakefront TMS Center (FICTIONAL), 3300 West Lake Road, Suite 210
    Erie, PA 16505
  phone: (814) 555-0136
  email: appeals@lakefront-tms.example
provider:
  name: Lakefront TMS Center
  credentials: Outpatient TMS clinic; not contracted with Keystone Summit Health
  npi: "1682047315"
  address: |-
    3300 West Lake Road, Suite 210
    Erie, PA 16505
  phone: (814) 555-0136
record_dates:
  - file: clinical/tms-treatment-plan-2026-09-08.txt
    date: 2026-09-08
  - file: clinical/tms-course-summary-2026-10-27.txt
    date: 2026-10-27
  - file: clinical/medication-list-2025-03-stale.txt
    date: 2025-03-11
bates_prefix: QUENNELL
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-denial-of-payment-2026-11-18.txt": """
KEYSTONE SUMMIT HEALTH MEDICARE ADVANTAGE PPO (FICTIONAL)
NOTICE OF DENIAL OF PAYMENT                                        Date of notice: 11/18/2026
Member: Walter Quennell   Member ID FICT-KSH-40718263   Effective date with this plan: 10/01/2026
Provider: Lakefront TMS Center (non-contracted), NPI 1682047315
Claim KSH-26-1104-220871   Dates of service 10/01/2026-10/27/2026   90868 x19   Billed $5,890.00   Paid $0.00

We denied payment. Reason (CARC 197): Prior authorization is required for transcranial magnetic stimulation (TMS).
No prior authorization is on file for these services. Services on or after the member's effective date of 10/01/2026
are subject to the plan's prior authorization requirements.

Your right to appeal: You must ask for a reconsideration within 65 calendar days from the date of this notice. A
non-contracted provider may ask for a reconsideration if it signs a Waiver of Liability statement. Write to Medicare
Appeals and Grievances, PO Box 60418, Harrisburg, PA 17106, or fax (717) 555-0143. If we do not decide fully in
your favor, we will send your case to an independent review entity automatically.
""",
    "other/evidence-of-coverage-2026-chapter-4-excerpt.txt": """
KEYSTONE SUMMIT MEDICARE ADVANTAGE PPO (FICTIONAL) - 2026 EVIDENCE OF COVERAGE (excerpt)   Pages 41-42 of 212
Chapter 4, Section 2.1 Services that need approval in advance
Some services need approval from us in advance (prior authorization), whether you get them from a network or an
out-of-network provider. These services are marked with an asterisk in the Medical Benefits Chart, including
transcranial magnetic stimulation (TMS)*.

Chapter 4, Section 2.4 If you are new to our plan
If you are a new member and are in an active course of treatment when your enrollment begins, we will not require
prior authorization for that course of treatment for at least 90 days after your enrollment begins. An active course
of treatment is a course of treatment in which you are actively seeing a provider and following that provider's
treatment plan.
""",
    "other/enrollment-confirmation-2026-09-19.txt": """
KEYSTONE SUMMIT HEALTH (FICTIONAL) - CONFIRMATION OF ENROLLMENT                      Date: 09/19/2026
Walter Quennell, 1127 Sassafras Street, Erie, PA 16502
Your enrollment in Keystone Summit Medicare Advantage PPO is confirmed. Effective date: 10/01/2026.
Election period: special enrollment period (permanent move into our service area, 08/2026).
Member ID FICT-KSH-40718263. Until 09/30/2026 your Medicare coverage is Original Medicare.
""",
    "other/medicare-summary-notice-2026-10-14.txt": """
MEDICARE SUMMARY NOTICE - PART B (FICTIONAL SAMPLE; NOT A CMS FORM)       Notice date: 10/14/2026
Walter Quennell (former address: 52 Orchard Lane, Ashtabula, OH 44004)
Lakefront TMS Center: 09/08/2026-09/30/2026   90867 x1, 90868 x16   Medicare approved; paid.
Other: 09/22/2026 influenza vaccine, pharmacy   paid.
""",
    "clinical/tms-treatment-plan-2026-09-08.txt": """
LAKEFRONT TMS CENTER (FICTIONAL) - TMS TREATMENT PLAN                                Date: 09/08/2026
Patient: Walter Quennell   DOB 03/22/1958   Page 1 of 1
Referred by: Dr. Imogen Saltonstall, MD (psychiatry), treating since 01/2025.
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2). Current episode since
11/2024. MADRS 31, PHQ-9 22 today. Passive thoughts of death, no intent or plan.
Trials this episode: sertraline 150 mg 01/2025-04/2025, 12 weeks, no response; venlafaxine XR 225 mg
05/2025-09/2025, 14 weeks, minimal change; bupropion XL 300 mg since 10/2025, partial response, continued;
aripiprazole 5 mg added 02/2026, stopped after 5 weeks for akathisia. CBT 16 sessions 06/2025-10/2025, partial.
Earlier episode: escitalopram 20 mg 2019, remission; tapered off 06/2021. Mirtazapine 7.5 mg at bedtime for sleep.
Plan: 36 sessions, five a week, from 09/08/2026 (motor threshold today); MADRS and PHQ-9 every five sessions;
course ends at session 36.
""",
    "clinical/tms-course-summary-2026-10-27.txt": """
LAKEFRONT TMS CENTER (FICTIONAL) - TMS COURSE SUMMARY                               Date: 10/27/2026
Patient: Walter Quennell   DOB 03/22/1958   Page 1 of 1
Sessions 1-17: 09/08/2026-09/30/2026. Sessions 18-36: 10/01/2026-10/27/2026 (19 sessions). Same device, same
target, same treatment plan throughout.
MADRS 31 -> 16 (48% reduction), PHQ-9 22 -> 11 at session 36. No thoughts of death since session 20.
Bupropion XL 300 mg continued; mirtazapine 7.5 mg at bedtime continued.
""",
    "clinical/medication-list-2025-03-stale.txt": """
ERIE FAMILY PRACTICE (FICTIONAL) - MEDICATION LIST                                    Printed: 03/11/2025
Patient: Walter Quennell   DOB 03/22/1958
Active: sertraline 150 mg daily; atorvastatin 20 mg daily; lisinopril 10 mg daily.
(Printed in 03/2025; sertraline was stopped 04/2025.)
""",
    "other/waiver-of-liability-2026-11-24.txt": """
WAIVER OF LIABILITY STATEMENT (FICTIONAL)                                              Signed: 11/24/2026
Lakefront TMS Center (NPI 1682047315) waives any right to collect payment from the enrollee, Walter Quennell, for
claim KSH-26-1104-220871 (dates of service 10/01/2026-10/27/2026), whatever the outcome of this appeal.
Signed: Renee Castellanos-Byrd, practice administrator.
""",
    "other/clinic-daily-schedule-2026-10-01.txt": """
LAKEFRONT TMS CENTER (FICTIONAL) - DAILY SCHEDULE                                     Date: 10/01/2026
08:00 W. Quennell - session 18
08:45 P. Lindahl - session 4 (new-patient intake, other plan)
09:30 D. Marchetti - motor threshold
""",
}

TRUTH = r"""
# 01 - Medicare Advantage PPO: TMS sessions 18-36 denied for no prior authorization although the member was new and mid-course; payment reconsideration by the non-contracted clinic (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Walter Quennell, 68 (DOB 03/22/1958), had Original Medicare until **09/30/2026** and joined **Keystone Summit
  Medicare Advantage PPO** effective **10/01/2026** (special enrollment period, permanent move).
- A **36-session TMS course** began **09/08/2026** under a written treatment plan at Lakefront TMS Center (a
  non-contracted provider). Sessions 1-17 (09/08-09/30/2026) were paid by Original Medicare Part B (MSN of
  10/14/2026). Sessions **18-36 (19 sessions, 10/01-10/27/2026, 90868 x19)** were denied by the plan on
  **11/18/2026**, claim **KSH-26-1104-220871**, **CO-197**: no prior authorization on file.
- The plan's own **2026 Evidence of Coverage, Chapter 4, Section 2.4**: for a new member in an active course of
  treatment, "we will not require prior authorization for that course of treatment for at least 90 days after your
  enrollment begins". The last date denied, 10/27/2026, was day 27 of his enrollment. The federal rule for
  coordinated care plans (42 CFR 422.112(b)(8), from 2024: a transition period of at least 90 days for an active
  course of treatment) says the same; the EOC alone decides the case.
- **Rule and stage:** Medicare Advantage reconsideration, 42 CFR 422.578-422.590: **65 days from the notice: by
  01/22/2027** (422.582(b)); a payment reconsideration is decided within **60 days**; an upheld denial goes to the
  independent review entity automatically (422.592). A non-contracted provider appeals a payment denial after signing
  a **waiver of liability** (signed 11/24/2026, enclosed).
- **Author:** the clinic's practice administrator, for the clinic, about "Mr. Quennell"; no CMS-1696 is needed for a
  non-contracted provider that signed the waiver.
- Clinical (not the ground): MADRS 31 -> 16 (48%, a **partial** response), PHQ-9 22 -> 11; bupropion XL 300 mg
  **continues**.

## Deliberately unknown
- Whether the plan would have approved a request had one been made: not known; the case does not need it.
- Why the plan's claims system did not apply Section 2.4: not known; a letter may ask.
- The plan's allowed amount for the sessions: not known; a letter must not state a payment figure beyond the billed
  $5,890.00.

## Traps
- **Rule/document, not medicine.** The winning point is Section 2.4 and the dates (course began 09/08, enrollment
  10/01, all dates denied within 90 days); no medical-necessity reviewer or peer-to-peer is the ground.
- **Part B drug clock:** TMS is not a Part B drug; the 7-day clock (422.590(c)) does not apply; the payment clock is
  60 days. No expedited appeal (payment for care already given).
- **Sessions 1-17** were paid by Original Medicare: not part of this claim, not coordination of benefits, and not a
  sign of "other coverage".
- **Partial response**, not "response" or "remission"; 48% is below 50%.
- **Drugs still taken:** bupropion continues (never "failed" or "stopped"); **mirtazapine 7.5 mg** is a sleep dose;
  **escitalopram 2019** was a remission in an earlier episode, never a failure; aripiprazole was an intolerance (5
  weeks), not an adequate trial.
- **Stale document:** the 03/2025 medication list shows sertraline as active; it was stopped 04/2025.
- **Other people:** the clinic's daily schedule names two other patients (Lindahl, Marchetti).
- **Suicidality:** passive thoughts of death at the start, none since session 20: no present suicidal ideation.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA (parity law does not reach Medicare), no state external
  review, no state insurance department.
- **Voice:** the clinic writes for itself as the provider; never "I" as the patient, never "my treatment".

## Arguments a strong letter makes (strongest first)
1. Under the plan's own EOC Chapter 4, Section 2.4, no prior authorization was required: Mr. Quennell was a new
   member (effective 10/01/2026) in an active TMS course begun 09/08/2026 under one treatment plan, and every date
   denied (10/01-10/27/2026) falls within the first 90 days of enrollment. Reverse the denial and pay the claim.
2. The enrollment confirmation, the MSN for sessions 1-17, the treatment plan and the course summary show the course
   was one continuing course; the denial's sentence that services after 10/01/2026 are "subject to" prior
   authorization leaves out Section 2.4.
3. Fallback only: the course met the usual criteria for TMS (three adequate antidepressant trials this episode and
   an augmentation intolerance; severe MADRS), so a retrospective review would approve it.

## What a letter must NOT say
- "7 days" or "Part B drug" as the decision clock; "expedited"; "72 hours".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA", "parity", "state insurance department", "external
  review" as a level the clinic asks for.
- "response" or "remission" for this course; "failed bupropion"; "stopped bupropion"; mirtazapine as a trial;
  "failed escitalopram"; "current suicidal ideation".
- "coordination of benefits", "other insurance"; "Lindahl", "Marchetti"; "sertraline is a current medication".
- "I" as Mr. Quennell; "my TMS".
"""

ANSWERS = [
    ("denial/notice-of-denial-of-payment-2026-11-18.txt", "Effective date with this plan: 10/01/2026"),
    ("denial/notice-of-denial-of-payment-2026-11-18.txt", "90868 x19"),
    ("denial/notice-of-denial-of-payment-2026-11-18.txt", "within 65 calendar days from the date of this notice"),
    ("other/evidence-of-coverage-2026-chapter-4-excerpt.txt",
     "for at least 90 days after your enrollment begins"),
    ("other/enrollment-confirmation-2026-09-19.txt", "Effective date: 10/01/2026"),
    ("other/medicare-summary-notice-2026-10-14.txt", "09/08/2026-09/30/2026"),
    ("clinical/tms-treatment-plan-2026-09-08.txt", "36 sessions, five a week, from 09/08/2026"),
    ("clinical/tms-course-summary-2026-10-27.txt", "Same device, same target, same treatment plan throughout"),
    ("clinical/tms-course-summary-2026-10-27.txt", "MADRS 31 -> 16 (48% reduction)"),
    ("other/waiver-of-liability-2026-11-24.txt", "waives any right to collect payment from the enrollee"),
    ("case.yaml", "appeal_deadline: 2027-01-22"),
    ("case.yaml", "response_level: partial"),
    ("truth", "day 27 of his enrollment"),
    ("truth", "payment reconsideration is decided within **60 days**"),
    ("truth", "TMS is not a Part B drug"),
    ("truth", "mirtazapine 7.5 mg** is a sleep dose"),
]
