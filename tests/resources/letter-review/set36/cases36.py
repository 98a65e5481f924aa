"""FICTIONAL case data for set 36. Every person, plan, provider, number and address is invented."""
CASES = []

# ---------------------------------------------------------------- 01 FEHB, TMS benefit limit, calendar year
CASES.append(dict(slug="01-fehb-tms-benefit-limit-calendar-year-reconsideration-patient", yaml=r"""
# FICTIONAL CASE (set 36, case 01) - every person, plan, provider, number and address is invented.
# FEHB Standard Option. Marisol Vantongeren, 47, had a 30-session TMS course in 10-11/2025 (remission) and, after a
# relapse, 24 sessions 10/12-11/13/2026. The carrier denied all 24 (CO-119) counting "30 per 12 months"; the 2026
# brochure sets 30 per calendar year. She asks the carrier to reconsider, writing as "I".
patient:
  name: Marisol Vantongeren
  salutation: Ms. Vantongeren
  date_of_birth: 1979-05-22
  member_id: FICT-KFB-40772913
  address: |-
    2207 Amberleigh Terrace
    Silver Spring, MD 20902
  phone: (301) 555-0142
  email: marisol.v@mailbox.example
insurer:
  name: Keystone Federal Benefit Plan (FICTIONAL FEHB carrier)
  appeals_address: |-
    Keystone Federal Benefit Plan - Reconsiderations (FICTIONAL)
    PO Box 66120
    Baltimore, MD 21298
  fax: (410) 555-0177
claim:
  number: KFB-26-1118-220419
  plan_type: fehb
  notice_date: 2026-11-23
  appeal_deadline: 2027-05-23
  deadline_basis: >-
    Explanation of benefits of 11/23/2026: "You may ask us to reconsider within 6 months of the date of this
    decision" (5 CFR 890.105(b)(1)).
  service_dates: [2026-10-12, 2026-11-13]
  sessions: 24
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-119]
  denial_reason: >-
    Benefit maximum reached. The plan allows 30 TMS treatments in any 12-month period. 30 treatments were paid
    10/06/2025-11/14/2025. (CARC 119)
  denial_category: benefit_limit
  coding_correct: true
  action: none
  corrections:
    - said: The plan allows 30 TMS treatments in any 12-month period.
      record: >-
        The 2026 brochure, Section 5(a), allows up to 30 TMS treatments per calendar year; no TMS treatment was
        paid in calendar year 2026 before these 24.
      file: other/brochure-2026-section-5a-excerpt.txt
      page: 1
plan_policy:
  name: Keystone Federal Benefit Plan 2026 Brochure, Section 5(a) "Transcranial magnetic stimulation"
  number: Section 5(a)
  quote: >-
    Transcranial magnetic stimulation (TMS) for major depressive disorder: up to 30 treatments per calendar year,
    when the coverage criteria below are met.
  file: other/brochure-2026-section-5a-excerpt.txt
  limit:
    applied: 30
    current: 30
    course: 24
    period: calendar year
    period_start: 2026-01-01
    applied_period: 12 months
    source:
      name: Keystone Federal Benefit Plan 2024 Brochure, Section 5(a) (superseded)
      year: 2024
      file: other/brochure-2024-section-5a-excerpt-superseded.txt
treatment:
  name: Transcranial magnetic stimulation (TMS), 24 sessions (90867, 90868)
  summary: >-
    A second TMS course for a relapse of recurrent major depression that remitted with TMS in 2025.
  plan: 24 sessions, 10/12/2026-11/13/2026 (given)
clinical:
  severity: PHQ-9 20 on 10/12/2026; PHQ-9 7 on 11/13/2026
  severity_date: 2026-11-13
  suicidality: none
  suicidality_date: 2026-11-13
  response: PHQ-9 20 (10/12/2026) to 7 (11/13/2026); the 2025 course took PHQ-9 22 to 5
  response_level: response
  history:
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2024-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/tms-course-summary-2026-11-13.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2024-02
      end: 2024-03
      weeks: 5
      kind: antidepressant
      adequate: false
      outcome: Stopped after 5 weeks for sexual side effects (intolerance)
      evidence: {file: clinical/tms-course-summary-2026-11-13.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2024-06
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/tms-course-summary-2026-11-13.txt, page: 1}
    - drug: TMS (first course)
      dose: 30 sessions
      start: 2025-10
      end: 2025-11
      kind: neuromodulation
      response: remission
      outcome: Remission (PHQ-9 22 to 5); relapse 08/2026
      evidence: {file: clinical/tms-course-summary-2026-11-13.txt, page: 1}
author:
  name: Marisol Vantongeren
  relation: patient
  address: |-
    2207 Amberleigh Terrace
    Silver Spring, MD 20902
  phone: (301) 555-0142
  email: marisol.v@mailbox.example
provider:
  name: Rockcreek Neurostimulation Center
  credentials: TMS clinic (plan preferred provider)
  npi: "1648203911"
  address: |-
    400 Georgia Avenue, Suite 12
    Silver Spring, MD 20910
  phone: (301) 555-0158
record_dates:
  - file: clinical/tms-course-summary-2026-11-13.txt
    date: 2026-11-13
bates_prefix: VANTONGEREN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", docs={
"denial/explanation-of-benefits-2026-11-23.txt": """
KEYSTONE FEDERAL BENEFIT PLAN (FICTIONAL FEHB CARRIER) - EXPLANATION OF BENEFITS      Date: 11/23/2026
Member: Marisol Vantongeren   ID FICT-KFB-40772913   Standard Option, Self Only
Provider: Rockcreek Neurostimulation Center, NPI 1648203911   Claim KFB-26-1118-220419
Services 10/12/2026-11/13/2026: 90867 x1, 90868 x23   Billed $7,440.00   Paid $0.00
CARC 119. Benefit maximum reached. The plan allows 30 TMS treatments in any 12-month period. 30 treatments were
paid 10/06/2025-11/14/2025.
Your right to reconsideration: You may ask us to reconsider within 6 months of the date of this decision. Write to
Reconsiderations, PO Box 66120, Baltimore, MD 21298, or fax (410) 555-0177. If we deny your request you may ask
the U.S. Office of Personnel Management to review it.
""",
"clinical/tms-course-summary-2026-11-13.txt": """
ROCKCREEK NEUROSTIMULATION CENTER (FICTIONAL) - TMS COURSE SUMMARY        Date: 11/13/2026
Patient: Marisol Vantongeren   DOB 05/22/1979
Diagnosis F33.2. First course 10/06/2025-11/14/2025, 30 sessions: PHQ-9 22 to 5 (remission). Relapse 08/2026.
Second course 10/12/2026-11/13/2026, 24 sessions (motor threshold 10/12/2026, 23 treatments): PHQ-9 20 to 7.
Medication: bupropion XL 300 mg daily since 06/2024, partial response, continued. Escitalopram 20 mg 02-03/2024,
stopped after 5 weeks for sexual side effects. Trazodone 50 mg at bedtime for sleep. No suicidal ideation.
""",
"other/brochure-2026-section-5a-excerpt.txt": """
KEYSTONE FEDERAL BENEFIT PLAN 2026 BROCHURE (FICTIONAL) - excerpt                          Page 47
Section 5(a) Transcranial magnetic stimulation
Transcranial magnetic stimulation (TMS) for major depressive disorder: up to 30 treatments per calendar year,
when the coverage criteria below are met. Prior approval is not required for a preferred provider.
""",
"other/brochure-2024-section-5a-excerpt-superseded.txt": """
KEYSTONE FEDERAL BENEFIT PLAN 2024 BROCHURE (FICTIONAL) - excerpt (SUPERSEDED; in the member's files)  Page 45
Section 5(a) Transcranial magnetic stimulation: up to 30 treatments in any 12 consecutive months.
[The 2025 and 2026 brochures replaced this wording with "per calendar year".]
""",
"other/clinic-session-log-2026-11.txt": """
ROCKCREEK NEUROSTIMULATION CENTER (FICTIONAL) - SESSION LOG, week of 11/09/2026
11/13/2026  08:00  VANTONGEREN, M.   session 24 of 24   PHQ-9 7
11/13/2026  08:45  HOLLOWAY, GRANT   session 11 of 36   (another patient; different plan)
""",
}, truth=r"""
# 01 - FEHB: a relapse TMS course denied by a 12-month count; the 2026 brochure counts per calendar year (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marisol Vantongeren, 47 (DOB 05/22/1979), FEHB Standard Option (Keystone Federal Benefit Plan), had **24 TMS
  sessions 10/12/2026-11/13/2026** (90867 x1, 90868 x23, F33.2), a second course after a relapse in 08/2026.
- The first course, **30 sessions 10/06/2025-11/14/2025**, was paid and brought remission (PHQ-9 22 to 5).
- The EOB of **11/23/2026** (claim KFB-26-1118-220419, **CO-119**) denies all 24 as over "30 TMS treatments in any
  12-month period".
- The **2026 brochure, Section 5(a)**: "up to 30 treatments per calendar year". In calendar year 2026 no TMS was paid
  before these 24; 24 is within 30.
- **Rule and stage:** FEHB, 5 CFR 890.105: ask the carrier to reconsider within **6 months: by 05/23/2027**; OPM
  review within 90 days of the carrier's decision comes next.
- **Author:** the patient, writing as "I".

## Deliberately unknown
- Why the carrier applied the 12-month wording: not in the case; a letter may ask.
- The amount the plan would pay: not stated; billed $7,440.00 only.

## Traps
- **Plan document, not medicine:** the winning point is the brochure's calendar year and the dates.
- **Stale document:** the 2024 brochure ("any 12 consecutive months") is superseded; never quote it as the rule.
- **Earlier course was a response (remission)**, not a failure.
- **Bupropion XL continues** (partial response): never "failed" or "stopped"; **escitalopram** stopped after 5 weeks
  for side effects is an intolerance; **trazodone 50 mg** is a sleep dose. No suicidal ideation.
- **Other person:** the session log's second line (Grant Holloway) is another patient.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no state external review, no state insurance department.
- **Voice:** "I", never "Ms. Vantongeren has ..." in her own letter.

## Arguments a strong letter makes (strongest first)
1. The 2026 brochure, Section 5(a), allows 30 TMS treatments **per calendar year**; the 24 sessions in 2026 are the
   only TMS in 2026, within the limit. Reprocess and pay.
2. Correct the EOB's "any 12-month period": that wording is the superseded 2024 brochure's, not the 2026 terms.
3. The 2025 course brought remission, and the relapse course again brought a response (PHQ-9 20 to 7).

## What a letter must NOT say
- "12 consecutive months" or "12-month period" as the plan's rule; "limit exceeded"; "36", "54 treatments in a year".
- "failed TMS"; "failed bupropion", "stopped bupropion"; trazodone as a trial; "suicidal ideation" as present.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "state insurance department"; "Holloway".
""", answers=[
("plan type", "plan_type: fehb", "case.yaml"),
("stage / rule", "5 CFR 890.105", "truth"),
("deadline", "by 05/23/2027", "truth"),
("notice date", "Date: 11/23/2026", "denial/explanation-of-benefits-2026-11-23.txt"),
("CARC", "CARC 119", "denial/explanation-of-benefits-2026-11-23.txt"),
("denial's wrong rule", "30 TMS treatments in any 12-month period", "denial/explanation-of-benefits-2026-11-23.txt"),
("controlling term", "up to 30 treatments per calendar year", "other/brochure-2026-section-5a-excerpt.txt"),
("sessions in 2026", "24 sessions", "clinical/tms-course-summary-2026-11-13.txt"),
("first course", "30 sessions: PHQ-9 22 to 5 (remission)", "clinical/tms-course-summary-2026-11-13.txt"),
("response now", "PHQ-9 20 to 7", "clinical/tms-course-summary-2026-11-13.txt"),
("drug still taken", "bupropion XL 300 mg daily since 06/2024, partial response, continued", "clinical/tms-course-summary-2026-11-13.txt"),
("intolerance", "stopped after 5 weeks for sexual side effects", "clinical/tms-course-summary-2026-11-13.txt"),
("sleep dose", "Trazodone 50 mg at bedtime for sleep", "clinical/tms-course-summary-2026-11-13.txt"),
("stale document", "any 12 consecutive months", "other/brochure-2024-section-5a-excerpt-superseded.txt"),
("other person", "HOLLOWAY, GRANT", "other/clinic-session-log-2026-11.txt"),
("next level", "Office of Personnel Management", "denial/explanation-of-benefits-2026-11-23.txt"),
]))

# ---------------------------------------------------------------- 02 MA PPO, Spravato called experimental
CASES.append(dict(slug="02-medicare-advantage-ppo-spravato-experimental-preservice-reconsideration-psychiatrist", yaml=r"""
# FICTIONAL CASE (set 36, case 02) - every person, plan, provider, number and address is invented.
# Medicare Advantage PPO. Harold Oyelaran-Fisk, 71, TRD. The plan denied Spravato before treatment as
# "experimental/investigational" under its internal policy CR-ESK-02 (last reviewed 01/2019, before FDA approval).
# Medicare's own billing article covers esketamine under its label. The treating psychiatrist asks for a standard
# pre-service reconsideration.
patient:
  name: Harold Oyelaran-Fisk
  salutation: Mr. Oyelaran-Fisk
  date_of_birth: 1955-08-14
  member_id: FICT-CRM-77120458
  address: |-
    61 Larkspur Lane
    Dayton, OH 45419
  phone: (937) 555-0131
insurer:
  name: Cedar Ridge Medicare Advantage PPO (FICTIONAL)
  appeals_address: |-
    Cedar Ridge Health Plans - Medicare Appeals (FICTIONAL)
    PO Box 40218
    Columbus, OH 43240
  fax: (614) 555-0190
claim:
  number: CRM-OD-26-1124-00871
  plan_type: medicare_advantage
  notice_date: 2026-12-01
  appeal_deadline: 2027-02-04
  deadline_basis: >-
    Notice of denial of medical coverage of 12/01/2026: "You must ask for a reconsideration within 65 calendar days
    of the date of this notice" (42 CFR 422.582(b)).
  setting: outpatient
  procedure_codes: [G2083]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Esketamine nasal spray (Spravato) is considered experimental/investigational for the treatment of depression
    under Cedar Ridge Medical Policy CR-ESK-02 and is not covered.
  denial_category: experimental_investigational
  action: none
  pending_services: 23
  reviewer: {name: "Dr. Lyle Abernethy-Cho", specialty: internal medicine}
  corrections:
    - said: Esketamine nasal spray (Spravato) is considered experimental/investigational for the treatment of depression
      record: >-
        Spravato was approved by the FDA on 03/05/2019 for treatment-resistant depression in adults; Medicare's
        own billing article A99841 covers it under the label.
      file: other/medicare-billing-article-a99841-excerpt.txt
      page: 1
plan_policy:
  name: Cedar Ridge Medical Policy CR-ESK-02 "Esketamine nasal spray" (last reviewed 01/2019)
  number: CR-ESK-02
  quote: >-
    Esketamine nasal spray is considered experimental/investigational for all indications because it has not
    received approval from the U.S. Food and Drug Administration.
  file: other/cedar-ridge-policy-cr-esk-02-2019.txt
medicare_coverage:
  name: Billing and coding article, esketamine nasal spray (FICTIONAL contractor article)
  number: A99841
  quote: >-
    Esketamine nasal spray (G2082, G2083) is covered under Part B when used as labeled by the FDA, for
    treatment-resistant depression in adults or for depressive symptoms in adults with major depressive disorder
    with acute suicidal ideation or behavior, given in a certified healthcare setting under the REMS.
  file: other/medicare-billing-article-a99841-excerpt.txt
treatment:
  name: Spravato (esketamine) nasal spray, 56-84 mg, induction and maintenance (G2083)
  summary: Treatment-resistant depression after three adequate trials, one of them augmentation.
  plan: >-
    Induction twice weekly for 4 weeks (8 sessions), then weekly for 4 weeks and every 1-2 weeks after that; 23
    sessions requested for 6 months; 2 hours' monitoring each session in a REMS-certified clinic.
  fda:
    action: approved
    date: 2019-03-05
    what: Spravato (esketamine) nasal spray
    use: treatment-resistant depression in adults
    file: other/medicare-billing-article-a99841-excerpt.txt
    page: 1
  alongside: mirtazapine 45 mg at bedtime
clinical:
  severity: MADRS 33 on 11/18/2026
  severity_date: 2026-11-18
  suicidality: none
  suicidality_date: 2026-11-18
  episode_onset: 2025-01
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-02
      end: 2025-05
      weeks: 10
      kind: antidepressant
      adequate: true
      response: none
      outcome: No response after 10 weeks at 200 mg; stopped
      evidence: {file: clinical/psychiatry-note-2026-11-18.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-06
      end: 2025-09
      weeks: 10
      kind: antidepressant
      adequate: true
      response: none
      outcome: No response; stopped
      evidence: {file: clinical/psychiatry-note-2026-11-18.txt, page: 1}
    - drug: Aripiprazole (added to mirtazapine)
      dose: 5 mg daily
      start: 2026-03
      end: 2026-05
      weeks: 8
      kind: augmentation
      adequate: true
      response: none
      outcome: No response after 8 weeks; stopped
      evidence: {file: clinical/psychiatry-note-2026-11-18.txt, page: 1}
    - drug: Mirtazapine
      dose: 45 mg at bedtime
      start: 2025-10
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with Spravato
      evidence: {file: clinical/psychiatry-note-2026-11-18.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep (2024, stopped)
      start: 2024-04
      end: 2024-07
      kind: other
      outcome: Sleep dose only; not an antipsychotic augmentation trial
      evidence: {file: clinical/psychiatry-note-2026-11-18.txt, page: 1}
    - drug: Nortriptyline (earlier episode, 2009)
      dose: 100 mg daily
      start: 2009
      end: 2010
      kind: antidepressant
      response: response
      outcome: Response in an earlier episode (2009); not a trial in this episode
      evidence: {file: clinical/psychiatry-note-2026-11-18.txt, page: 1}
payer_criteria:
  - criterion: Treatment-resistant depression in an adult (FDA label, article A99841)
    how_met: Major depressive disorder, recurrent, severe; no response to sertraline, venlafaxine XR or aripiprazole augmentation
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-18.txt, page: 1}
  - criterion: Given in a certified healthcare setting under the REMS
    how_met: Miami Valley Interventional Psychiatry is REMS-certified (certificate in the note)
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-18.txt, page: 1}
author:
  name: Dr. Priya Castellanos-Reed
  role: Treating psychiatrist, Miami Valley Interventional Psychiatry
  relation: physician
  address: |-
    Miami Valley Interventional Psychiatry (FICTIONAL), 1880 Far Hills Avenue
    Dayton, OH 45419
  phone: (937) 555-0166
  email: pcreed@mvip.example
provider:
  name: Dr. Priya Castellanos-Reed, MD
  credentials: MD, board-certified psychiatrist
  npi: "1529308474"
  address: |-
    1880 Far Hills Avenue
    Dayton, OH 45419
  phone: (937) 555-0166
record_dates:
  - file: clinical/psychiatry-note-2026-11-18.txt
    date: 2026-11-18
bates_prefix: OYELARANFISK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", docs={
"denial/notice-of-denial-2026-12-01.txt": """
CEDAR RIDGE MEDICARE ADVANTAGE PPO (FICTIONAL) - NOTICE OF DENIAL OF MEDICAL COVERAGE        Date: 12/01/2026
Member: Harold Oyelaran-Fisk   ID FICT-CRM-77120458   Reference CRM-OD-26-1124-00871
Requested: esketamine nasal spray G2083, 23 sessions, by Dr. Priya Castellanos-Reed (NPI 1529308474).
Decision: denied. Esketamine nasal spray (Spravato) is considered experimental/investigational for the treatment
of depression under Cedar Ridge Medical Policy CR-ESK-02 and is not covered.
Reviewed by Dr. Lyle Abernethy-Cho, internal medicine.
You must ask for a reconsideration within 65 calendar days of the date of this notice. Your doctor may ask for you.
Fax (614) 555-0190 or write PO Box 40218, Columbus, OH 43240.
""",
"clinical/psychiatry-note-2026-11-18.txt": """
MIAMI VALLEY INTERVENTIONAL PSYCHIATRY (FICTIONAL) - PSYCHIATRY NOTE            Date: 11/18/2026
Patient: Harold Oyelaran-Fisk   DOB 08/14/1955   Page 1 of 1
Major depressive disorder, recurrent, severe, without psychotic features (F33.2); current episode since 01/2025.
MADRS 33 today. Denies suicidal ideation.
This episode: sertraline 200 mg 02-05/2025 (10 weeks), no response, stopped; venlafaxine XR 225 mg 06-09/2025
(10 weeks), no response, stopped; mirtazapine 45 mg at bedtime since 10/2025, partial response, continuing;
aripiprazole 5 mg added 03-05/2026 (8 weeks), no response, stopped.
Earlier: quetiapine 25 mg at bedtime for sleep 04-07/2024. Earlier episode 2009: nortriptyline 100 mg, response.
Plan: Spravato 56 mg then 84 mg, twice weekly x4 weeks, weekly x4, then every 1-2 weeks; continue mirtazapine.
Clinic REMS healthcare-setting certificate FICT-REMS-44810. BP controlled (128/78). No substance use.
""",
"other/cedar-ridge-policy-cr-esk-02-2019.txt": """
CEDAR RIDGE HEALTH PLANS (FICTIONAL) - MEDICAL POLICY CR-ESK-02 Esketamine nasal spray   Last reviewed 01/2019
Esketamine nasal spray is considered experimental/investigational for all indications because it has not
received approval from the U.S. Food and Drug Administration.
""",
"other/medicare-billing-article-a99841-excerpt.txt": """
GREAT LAKES MEDICARE CONTRACTOR (FICTIONAL) - BILLING AND CODING ARTICLE A99841: ESKETAMINE NASAL SPRAY   Page 1
Spravato (esketamine) nasal spray was approved by the FDA on 03/05/2019 for treatment-resistant depression in
adults, and later for depressive symptoms with acute suicidal ideation or behavior.
Esketamine nasal spray (G2082, G2083) is covered under Part B when used as labeled by the FDA, for
treatment-resistant depression in adults or for depressive symptoms in adults with major depressive disorder
with acute suicidal ideation or behavior, given in a certified healthcare setting under the REMS.
""",
"other/pharmacy-profile-2026-11.txt": """
BRIDGEWAY PHARMACY (FICTIONAL) - HOUSEHOLD PROFILE PRINTOUT      11/20/2026
OYELARANFISK, HAROLD   mirtazapine 45 mg tab, 1 at bedtime   last fill 11/02/2026
OYELARANFISK, CONSTANCE   sertraline 50 mg tab, 1 daily   last fill 11/05/2026   (spouse; not the patient)
""",
}, truth=r"""
# 02 - Medicare Advantage PPO: Spravato denied as "experimental" under a 2019 internal policy; Medicare covers it as labeled (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harold Oyelaran-Fisk, 71, **Medicare Advantage PPO** (Cedar Ridge), treatment-resistant depression (F33.2), MADRS
  33 on 11/18/2026, no suicidal ideation.
- The plan's notice of **12/01/2026** denies Spravato (G2083, 23 sessions) before treatment as
  "experimental/investigational" under **CR-ESK-02**, last reviewed **01/2019** - before the FDA approval of
  **03/05/2019** - whose stated reason is that the drug "has not received approval".
- Medicare's own rule (contractor billing article **A99841**, FICTIONAL) covers esketamine under Part B when used as
  labeled, in a REMS-certified setting. A Medicare Advantage plan must cover what Original Medicare covers (42 CFR
  422.101(b)) and may apply internal criteria only where Medicare's are not fully established (42 CFR
  422.101(b)(6)); here they are.
- This episode: sertraline 200 mg 10 weeks, venlafaxine XR 225 mg 10 weeks (both no response, stopped),
  aripiprazole 5 mg augmentation 8 weeks (no response, stopped), **mirtazapine 45 mg continuing** (partial).
- **Rule and stage:** standard pre-service reconsideration, 65 days: **by 02/04/2027**; a Part B drug, so a 7-day
  decision (42 CFR 422.590(c)); an upheld denial goes to the independent review entity automatically.
- **Author:** the treating psychiatrist, writing about "Mr. Oyelaran-Fisk".

## Deliberately unknown
- Whether the plan has a newer version of CR-ESK-02: not in the case; a letter may ask.
- Whether the case is urgent: not claimed; no expedited request.

## Traps
- **Rule, not a debate of evidence:** the winning point is the FDA approval and Medicare's own coverage rule, which
  the MA plan must follow; the policy's own stated reason is false.
- **Stale document:** the policy predates the approval it says is missing.
- **Sleep dose:** quetiapine 25 mg (2024) is not an augmentation trial. **Earlier episode:** nortriptyline 2009 was a
  response, never a failure.
- **Mirtazapine continues** (partial): never "failed" or "stopped".
- **Other person:** the pharmacy printout's second line (Constance, spouse, sertraline 50 mg) is not his record.
- **Label:** TRD may be treated with Spravato as monotherapy since 2025; "psychiatrist prescriber" is not a label
  requirement; no suicidality indication.
- **Wrong law:** no ERISA, no MHPAEA/parity (not for Medicare), no 45 CFR 147.136, no state external review.

## Arguments a strong letter makes (strongest first)
1. Spravato is FDA-approved (03/05/2019) for treatment-resistant depression in adults; Medicare's article A99841
   covers it as labeled; under 42 CFR 422.101(b) and (b)(6) the plan may not replace Medicare's criteria with
   CR-ESK-02. Approve the 23 sessions.
2. Correct the notice: the policy's premise ("has not received approval") is false; it was last reviewed before the
   approval.
3. The record meets Medicare's rule: TRD after three adequate trials in this episode (one augmentation), REMS
   setting, monitoring plan. The reviewer was an internist; ask for a psychiatrist's review.

## What a letter must NOT say
- "investigational" or "off-label" as true; "not FDA approved".
- "failed quetiapine" or quetiapine as augmentation; "failed nortriptyline"; "failed mirtazapine", "stopped mirtazapine".
- "suicidal ideation" as present; "approved for suicidality" as his use; "must be prescribed by a psychiatrist" as the label.
- "ERISA", "MHPAEA", "parity", "45 CFR 147.136", "external review" by a state; "Constance".
""", answers=[
("plan type", "plan_type: medicare_advantage", "case.yaml"),
("deadline", "by 02/04/2027", "truth"),
("decision clock", "422.590(c)", "truth"),
("MA rule", "422.101(b)(6)", "truth"),
("notice date", "Date: 12/01/2026", "denial/notice-of-denial-2026-12-01.txt"),
("denial's words", "considered experimental/investigational for the treatment of depression", "denial/notice-of-denial-2026-12-01.txt"),
("stale policy date", "Last reviewed 01/2019", "other/cedar-ridge-policy-cr-esk-02-2019.txt"),
("FDA approval", "approved by the FDA on 03/05/2019", "other/medicare-billing-article-a99841-excerpt.txt"),
("Medicare rule", "covered under Part B when used as labeled", "other/medicare-billing-article-a99841-excerpt.txt"),
("severity", "MADRS 33 today", "clinical/psychiatry-note-2026-11-18.txt"),
("augmentation", "aripiprazole 5 mg added 03-05/2026 (8 weeks), no response", "clinical/psychiatry-note-2026-11-18.txt"),
("drug continuing", "mirtazapine 45 mg at bedtime since 10/2025, partial response, continuing", "clinical/psychiatry-note-2026-11-18.txt"),
("sleep dose", "quetiapine 25 mg at bedtime for sleep", "clinical/psychiatry-note-2026-11-18.txt"),
("earlier episode", "nortriptyline 100 mg, response", "clinical/psychiatry-note-2026-11-18.txt"),
("other person", "spouse; not the patient", "other/pharmacy-profile-2026-11.txt"),
("reviewer specialty", "internal medicine", "denial/notice-of-denial-2026-12-01.txt"),
]))

# ---------------------------------------------------------------- 03 Medicaid MC, teen IOP ended on 3 days' notice
CASES.append(dict(slug="03-medicaid-managed-care-teen-iop-ended-short-notice-plan-appeal-mother", yaml=r"""
# FICTIONAL CASE (set 36, case 03) - every person, plan, provider, number and address is invented.
# Kentucky Medicaid managed care. Jaylen Brooks-Amadi, 16, in an authorized adolescent IOP (10/19-12/31/2026). A
# notice dated 11/30/2026 ends the IOP on 12/03/2026, "no self-harm in 30 days". He cut himself on 11/21/2026. His
# mother appeals to the plan on 12/06/2026, within 10 days of the notice, and asks that the IOP continue.
patient:
  name: Jaylen Brooks-Amadi
  salutation: Jaylen
  date_of_birth: 2010-03-09
  member_id: FICT-BHH-5530197742
  address: |-
    19 Sycamore Bend Road
    Lexington, KY 40505
  phone: (859) 555-0123
insurer:
  name: Bluegrass Horizon Health Plan, a Kentucky Medicaid managed care organization (FICTIONAL)
  appeals_address: |-
    Bluegrass Horizon Health Plan - Member Appeals (FICTIONAL)
    PO Box 21907
    Louisville, KY 40221
  fax: (502) 555-0148
claim:
  number: BHH-UM-26-1130-06612
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-30
  appeal_deadline: 2027-01-29
  deadline_basis: >-
    Notice of adverse benefit determination of 11/30/2026: "You have 60 calendar days from the date of this notice
    to ask for an appeal" (42 CFR 438.402(c)(2)(ii)). To keep services during the appeal, appeal within 10 days.
  service_dates: [2026-12-03, 2026-12-31]
  setting: intensive_outpatient
  procedure_codes: [S9480]
  diagnosis_codes: [F32.2, F43.10]
  denial_reason: >-
    Continued intensive outpatient treatment is not medically necessary under guideline BH-IOP-A3: symptoms are
    stable and there has been no self-harm in the past 30 days. Authorization ends 12/03/2026. Outpatient therapy
    is appropriate.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity, level_of_care]
  action: end
  pending_services: remaining IOP days 12/04/2026-12/31/2026
  corrections:
    - said: there has been no self-harm in the past 30 days
      record: The IOP progress note of 11/23/2026 records cutting on his forearm on 11/21/2026.
      file: clinical/iop-progress-note-2026-11-23.txt
      page: 1
plan_policy:
  name: Bluegrass Horizon guideline BH-IOP-A3 "Adolescent intensive outpatient - continued stay"
  number: BH-IOP-A3
  quote: >-
    Continued stay is indicated when (1) symptoms continue to impair functioning at home or school and (2) there
    has been self-harm, or a risk of it, within the past 30 days, or (3) stepping down would likely lead to
    deterioration.
  file: other/guideline-bh-iop-a3.txt
payer_criteria:
  - criterion: (1) symptoms continue to impair functioning at home or school
    how_met: Attends school half days since 11/09/2026; PHQ-A 19 on 11/23/2026
    met: true
    evidence: {file: clinical/iop-progress-note-2026-11-23.txt, page: 1}
  - criterion: (2) self-harm, or a risk of it, within the past 30 days
    how_met: Cutting on 11/21/2026, nine days before the notice
    met: true
    evidence: {file: clinical/iop-progress-note-2026-11-23.txt, page: 1}
prior_auth:
  approved:
    number: BHH-AUTH-26-1016-3381
    date: 2026-10-16
    covers: adolescent IOP, 3 days a week, 10/19/2026 through 12/31/2026
    quote: "Approved: adolescent intensive outpatient program (S9480), 3 days/week, 10/19/2026-12/31/2026."
    file: other/iop-authorization-2026-10-16.txt
treatment:
  name: Adolescent intensive outpatient program (S9480), 3 days a week through 12/31/2026
  summary: Continue the authorized IOP through 12/31/2026 after self-harm on 11/21/2026.
  plan: IOP 3 afternoons a week through 12/31/2026, then weekly outpatient therapy
clinical:
  severity: PHQ-A 19 on 11/23/2026 (PHQ-A 23 on 10/19/2026)
  severity_date: 2026-11-23
  suicidality: passive
  suicidality_date: 2026-11-23
  history:
    - drug: Fluoxetine
      dose: 30 mg daily
      start: 2026-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/iop-progress-note-2026-11-23.txt, page: 1}
    - drug: Sertraline
      dose: 50 mg daily
      start: 2026-04
      end: 2026-05
      weeks: 2
      kind: antidepressant
      adequate: false
      outcome: Stopped after 2 weeks for agitation and insomnia (intolerance)
      evidence: {file: clinical/iop-progress-note-2026-11-23.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime for sleep
      start: 2026-10
      ongoing: true
      kind: other
      adequate: false
      outcome: Sleep aid only
      evidence: {file: clinical/iop-progress-note-2026-11-23.txt, page: 1}
    - drug: Cognitive behavioral therapy (2023, earlier episode)
      dose: 12 weekly sessions
      start: 2023-02
      end: 2023-05
      kind: psychotherapy
      response: response
      outcome: Response in an earlier episode (2023)
      evidence: {file: clinical/iop-progress-note-2026-11-23.txt, page: 1}
impact:
  daily_life: Half-day school schedule since 11/09/2026
alternatives:
  - treatment: Weekly outpatient therapy
    level: outpatient
    why_not: >-
      Self-harm on 11/21/2026 while in the IOP; the treating clinicians write that stepping down now is likely to
      lead to deterioration.
author:
  name: Renee Brooks-Amadi
  role: Mother (parent of a minor)
  relation: parent
  address: |-
    19 Sycamore Bend Road
    Lexington, KY 40505
  phone: (859) 555-0123
  email: renee.ba@homemail.example
provider:
  name: Kentucky River Youth Behavioral Health IOP
  credentials: adolescent intensive outpatient program
  npi: "1762045189"
  address: |-
    300 Waller Avenue
    Lexington, KY 40504
  phone: (859) 555-0179
record_dates:
  - file: clinical/iop-progress-note-2026-11-23.txt
    date: 2026-11-23
copies: [prescriber]
bates_prefix: BROOKSAMADI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", docs={
"denial/notice-of-adverse-benefit-determination-2026-11-30.txt": """
BLUEGRASS HORIZON HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION        Date: 11/30/2026
Member: Jaylen Brooks-Amadi   DOB 03/09/2010   ID FICT-BHH-5530197742   Reference BHH-UM-26-1130-06612
Service: adolescent intensive outpatient program (S9480), authorization BHH-AUTH-26-1016-3381.
Decision: Continued intensive outpatient treatment is not medically necessary under guideline BH-IOP-A3:
symptoms are stable and there has been no self-harm in the past 30 days. Authorization ends 12/03/2026.
Outpatient therapy is appropriate.
You have 60 calendar days from the date of this notice to ask for an appeal. If you appeal within 10 days of
this notice, or before the date the action takes effect, you may ask to keep getting the service during the
appeal. After the plan's appeal you may ask for a state fair hearing within 120 days of the appeal decision.
Fax (502) 555-0148, or write PO Box 21907, Louisville, KY 40221.
""",
"clinical/iop-progress-note-2026-11-23.txt": """
KENTUCKY RIVER YOUTH BEHAVIORAL HEALTH IOP (FICTIONAL) - PROGRESS NOTE       Date: 11/23/2026
Patient: Jaylen Brooks-Amadi   DOB 03/09/2010   Page 1 of 1
F32.2, F43.10. PHQ-A 19 (23 at admission 10/19/2026). Reports cutting on his left forearm on 11/21/2026 after a
conflict at school; superficial, no medical care needed; passive wish to "not wake up", no plan or intent.
Safety plan updated 11/23/2026. School: half days since 11/09/2026.
Medication: fluoxetine 30 mg daily since 06/2026, partial response, continued. Sertraline 50 mg 04-05/2026,
stopped after 2 weeks for agitation and insomnia. Hydroxyzine 25 mg at bedtime for sleep.
Earlier episode: cognitive behavioral therapy 02-05/2023 (12 sessions), response.
Plan: continue IOP 3 afternoons a week through 12/31/2026; step down is likely to lead to deterioration.
""",
"other/guideline-bh-iop-a3.txt": """
BLUEGRASS HORIZON HEALTH PLAN (FICTIONAL) - GUIDELINE BH-IOP-A3 Adolescent intensive outpatient: continued stay
Continued stay is indicated when (1) symptoms continue to impair functioning at home or school and (2) there
has been self-harm, or a risk of it, within the past 30 days, or (3) stepping down would likely lead to
deterioration.
""",
"other/iop-authorization-2026-10-16.txt": """
BLUEGRASS HORIZON HEALTH PLAN (FICTIONAL) - AUTHORIZATION                      Date: 10/16/2026
Approved: adolescent intensive outpatient program (S9480), 3 days/week, 10/19/2026-12/31/2026.
Number BHH-AUTH-26-1016-3381   Provider: Kentucky River Youth Behavioral Health IOP
""",
"other/safety-plan-2025-stale.txt": """
SAFETY PLAN (FICTIONAL) - dated 03/14/2025, from a school counselor's file
Student: Jaylen Brooks-Amadi. "No self-harm history." [Superseded by the IOP safety plan of 11/23/2026.]
""",
"other/school-attendance-letter-2026-11.txt": """
LAFAYETTE HILLS HIGH SCHOOL (FICTIONAL) - ATTENDANCE LETTER     11/12/2026
To the family of Jaylen Brooks-Amadi: approved half-day schedule from 11/09/2026 on medical advice.
Also enclosed by the family by mistake: a note for his sister, Amara Brooks-Amadi (grade 9), about a field trip.
""",
}, truth=r"""
# 03 - Medicaid managed care: a 16-year-old's authorized IOP ended on 3 days' notice, "no self-harm in 30 days" (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Jaylen Brooks-Amadi, **16** (DOB 03/09/2010), Kentucky Medicaid managed care (Bluegrass Horizon). IOP authorized
  **10/19/2026-12/31/2026** (BHH-AUTH-26-1016-3381).
- The notice dated **11/30/2026** ends the authorization on **12/03/2026** (`action: end`): "no self-harm in the past
  30 days". The IOP note of 11/23/2026 records **cutting on 11/21/2026** and a passive wish not to wake up.
- Guideline BH-IOP-A3's own criteria (1) and (2) are met; (3) the clinician writes step-down is likely to lead to
  deterioration.
- **Rules:** a termination of authorized care needs notice at least 10 days before it takes effect (42 CFR
  431.211, through 42 CFR 438.404(c)(1)); 3 days were given. Benefits continue when the appeal is filed within 10
  days of the notice or before the action's date and the member asks (42 CFR 438.420): the appeal is filed
  12/06/2026, within 10 days. EPSDT (42 USC 1396d(r)(5)) reaches a member under 21.
- **Stage:** first plan appeal, 60 days: **by 01/29/2027**; the state fair hearing within 120 days of the plan's
  decision (42 CFR 438.408(f)(2)) comes after.
- **Author:** his mother, writing about "Jaylen".

## Deliberately unknown
- Whether any IOP day after 12/03/2026 was given: not in the case.
- Who reviewed the case at the plan: the notice names no reviewer; a letter may ask.

## Traps
- **A decision's wrong statement:** "no self-harm in the past 30 days" against the 11/21/2026 cutting.
- **Short notice** is a rule point: 3 days, not 10.
- **Suicidality is passive**: never "active suicidal ideation", "plan" or "attempt".
- **Stale document:** the 2025 safety plan's "No self-harm history" is superseded.
- **Other person:** the school letter's note about his sister Amara.
- **Fluoxetine continues** (partial): never "failed"; **sertraline** 2 weeks is an intolerance; **hydroxyzine** is a
  sleep aid; the **2023 CBT** was a response in an earlier episode.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no external review, no "state sets 90-120 days".

## Arguments a strong letter makes (strongest first)
1. Continue the IOP during the appeal: filed within 10 days of the 11/30/2026 notice (42 CFR 438.420); the
   termination gave 3 days' notice, not the 10 the rules require.
2. Correct the notice: self-harm on 11/21/2026, nine days before it; BH-IOP-A3 criteria (1) and (2) are met, and (3)
   as well.
3. EPSDT: for a member under 21 the plan must cover care needed to correct or ameliorate the condition.

## What a letter must NOT say
- "no self-harm", "stable" as true; "active suicidal ideation", "suicide attempt".
- "failed fluoxetine", "stopped fluoxetine"; sertraline as an adequate trial; "failed CBT".
- "Amara"; the 2025 safety plan's wording as current.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "between 90 and 120 days".
""", answers=[
("plan type", "plan_type: medicaid", "case.yaml"),
("delivery", "delivery: managed_care", "case.yaml"),
("action", "action: end", "case.yaml"),
("deadline", "by 01/29/2027", "truth"),
("continued benefits", "42 CFR 438.420", "truth"),
("advance notice rule", "431.211", "truth"),
("EPSDT", "1396d(r)(5)", "truth"),
("notice date", "Date: 11/30/2026", "denial/notice-of-adverse-benefit-determination-2026-11-30.txt"),
("end date", "Authorization ends 12/03/2026", "denial/notice-of-adverse-benefit-determination-2026-11-30.txt"),
("wrong statement", "no self-harm in the past 30 days", "denial/notice-of-adverse-benefit-determination-2026-11-30.txt"),
("self-harm date", "cutting on his left forearm on 11/21/2026", "clinical/iop-progress-note-2026-11-23.txt"),
("passive", "passive wish", "clinical/iop-progress-note-2026-11-23.txt"),
("authorized period", "10/19/2026-12/31/2026", "other/iop-authorization-2026-10-16.txt"),
("intolerance", "stopped after 2 weeks for agitation and insomnia", "clinical/iop-progress-note-2026-11-23.txt"),
("stale", "No self-harm history", "other/safety-plan-2025-stale.txt"),
("other person", "Amara Brooks-Amadi", "other/school-attendance-letter-2026-11.txt"),
]))

# ---------------------------------------------------------------- 04 Original Medicare, TMS, LCD version by date
CASES.append(dict(slug="04-original-medicare-tms-lcd-revision-after-service-redetermination-husband", yaml=r"""
# FICTIONAL CASE (set 36, case 04) - every person, plan, provider, number and address is invented.
# Original Medicare Part B. Eleanor Marchetti-Dunn, 68, had 30 TMS sessions 07/06-08/14/2026. The MAC denied them
# (CO-50) under LCD L99905 as revised effective 09/01/2026 (four antidepressants); the version in force on the dates
# of service asked for two, with psychotherapy, and she had three. Her husband (CMS-1696) asks for redetermination.
patient:
  name: Eleanor Marchetti-Dunn
  salutation: Mrs. Marchetti-Dunn
  date_of_birth: 1958-02-03
  member_id: 7FX4-QK2-MD81
  address: |-
    88 Orchard Hill Drive
    Ann Arbor, MI 48103
  phone: (734) 555-0116
insurer:
  name: Great Lakes Medicare Administrative Services, Part B contractor (FICTIONAL)
  appeals_address: |-
    Great Lakes Medicare Administrative Services - Part B Redeterminations (FICTIONAL)
    PO Box 90311
    Indianapolis, IN 46290
  fax: (317) 555-0184
claim:
  number: 26-3140-55812-901
  plan_type: medicare
  notice_date: 2026-11-12
  appeal_deadline: 2027-03-12
  deadline_basis: >-
    Medicare Summary Notice of 11/12/2026: "you have 120 days from the date you get this notice to file an appeal"
    (42 CFR 405.942); counted here from the notice date (receipt presumed 11/17/2026 would give 03/17/2027).
  service_dates: [2026-07-06, 2026-08-14]
  sessions: 30
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.1]
  carc_codes: [CO-50]
  denial_reason: >-
    Medicare does not pay for this service because it is not reasonable and necessary. LCD L99905 (revision
    effective 09/01/2026) requires failure of four antidepressants from at least two classes; the records show
    three.
  denial_category: medical_necessity
  coding_correct: true
  action: none
  corrections:
    - said: LCD L99905 (revision effective 09/01/2026) requires failure of four antidepressants from at least two classes
      record: >-
        The services were given 07/06/2026-08/14/2026, under the version of L99905 effective 01/01/2025, which
        requires two antidepressant trials from at least two classes and a trial of psychotherapy.
      file: other/lcd-l99905-version-2025-excerpt.txt
      page: 1
medicare_coverage:
  name: LCD L99905 "Transcranial magnetic stimulation for major depressive disorder" (FICTIONAL), version effective 01/01/2025 (in force 07/06/2026-08/14/2026)
  number: L99905
  quote: >-
    Covered when (1) major depressive disorder, severe or moderate, is confirmed; (2) the patient has not
    responded to at least two antidepressant trials, from at least two different classes, each at an adequate
    dose for at least 6 weeks, or could not tolerate them; and (3) the patient has had a trial of evidence-based
    psychotherapy of adequate frequency and duration.
  file: other/lcd-l99905-version-2025-excerpt.txt
payer_criteria:
  - criterion: (1) major depressive disorder, severe or moderate
    how_met: Recurrent MDD, moderate (F33.1); PHQ-9 18 on 06/29/2026
    met: true
    evidence: {file: clinical/tms-evaluation-2026-06-29.txt, page: 1}
  - criterion: (2) no response to at least two antidepressant trials from two classes, 6 weeks each
    how_met: Sertraline 150 mg 8 weeks (SSRI), duloxetine 60 mg 8 weeks (SNRI); bupropion XL 300 mg continuing with partial response
    met: true
    evidence: {file: clinical/tms-evaluation-2026-06-29.txt, page: 1}
  - criterion: (3) a trial of evidence-based psychotherapy
    how_met: Cognitive behavioral therapy, 16 sessions, 01-05/2025
    met: true
    evidence: {file: clinical/tms-evaluation-2026-06-29.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS), 30 sessions (90867, 90868)
  summary: A TMS course for recurrent major depression after two antidepressant classes and psychotherapy.
clinical:
  severity: PHQ-9 18 on 06/29/2026; PHQ-9 9 on 08/14/2026
  severity_date: 2026-08-14
  suicidality: none
  suicidality_date: 2026-06-29
  response: PHQ-9 18 (06/29/2026) to 9 (08/14/2026)
  response_level: response
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-02
      end: 2025-04
      weeks: 8
      kind: antidepressant
      adequate: true
      response: none
      outcome: No response; stopped
      evidence: {file: clinical/tms-evaluation-2026-06-29.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-05
      end: 2025-07
      weeks: 8
      kind: antidepressant
      adequate: true
      response: none
      outcome: No response; stopped
      evidence: {file: clinical/tms-evaluation-2026-06-29.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-09
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued during TMS
      evidence: {file: clinical/tms-evaluation-2026-06-29.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 16 weekly sessions
      start: 2025-01
      end: 2025-05
      kind: psychotherapy
      outcome: Completed; symptoms persisted
      evidence: {file: clinical/tms-evaluation-2026-06-29.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-03
      ongoing: true
      kind: other
      outcome: Sleep aid only
      evidence: {file: clinical/tms-evaluation-2026-06-29.txt, page: 1}
    - drug: Paroxetine (earlier episode, 2011)
      dose: 20 mg daily
      start: 2011
      end: 2012
      kind: antidepressant
      response: response
      outcome: Response in an earlier episode (2011)
      evidence: {file: clinical/tms-evaluation-2026-06-29.txt, page: 1}
author:
  name: Vincent Dunn
  role: Husband, appointed representative (CMS-1696)
  relation: representative
  authorization: other/appointment-of-representative-cms-1696-2026-11-20.txt
  address: |-
    88 Orchard Hill Drive
    Ann Arbor, MI 48103
  phone: (734) 555-0116
provider:
  name: Huron Valley TMS Clinic
  credentials: Medicare-enrolled TMS clinic
  npi: "1388502647"
  address: |-
    2600 Packard Street
    Ann Arbor, MI 48104
  phone: (734) 555-0162
record_dates:
  - file: clinical/tms-evaluation-2026-06-29.txt
    date: 2026-06-29
bates_prefix: MARCHETTIDUNN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", docs={
"denial/medicare-summary-notice-2026-11-12.txt": """
MEDICARE SUMMARY NOTICE (FICTIONAL) - Part B                                   Notice date: 11/12/2026
Eleanor Marchetti-Dunn   Medicare number 7FX4-QK2-MD81   Claim 26-3140-55812-901
Huron Valley TMS Clinic: 07/06/2026-08/14/2026, 90867 x1, 90868 x29. Medicare approved $0.00. You may be billed $0.00.
CO-50: Medicare does not pay for this service because it is not reasonable and necessary. LCD L99905 (revision
effective 09/01/2026) requires failure of four antidepressants from at least two classes; the records show three.
If you disagree, you have 120 days from the date you get this notice to file an appeal. Great Lakes Medicare
Administrative Services, Part B Redeterminations, PO Box 90311, Indianapolis, IN 46290; fax (317) 555-0184.
""",
"clinical/tms-evaluation-2026-06-29.txt": """
HURON VALLEY TMS CLINIC (FICTIONAL) - TMS EVALUATION                         Date: 06/29/2026
Patient: Eleanor Marchetti-Dunn   DOB 02/03/1958   Page 1 of 1
Major depressive disorder, recurrent, moderate (F33.1). PHQ-9 18. No suicidal ideation.
Antidepressants: sertraline 150 mg 02-04/2025 (8 weeks), no response, stopped; duloxetine 60 mg 05-07/2025
(8 weeks), no response, stopped; bupropion XL 300 mg since 09/2025, partial response, continuing.
Psychotherapy: cognitive behavioral therapy, 16 weekly sessions 01-05/2025, completed; symptoms persisted.
Trazodone 50 mg at bedtime for sleep. Earlier episode 2011: paroxetine 20 mg, response.
Plan: TMS 30 sessions starting 07/06/2026. Course completed 08/14/2026 (PHQ-9 9) - addendum 08/14/2026.
""",
"other/lcd-l99905-version-2025-excerpt.txt": """
GREAT LAKES MEDICARE ADMINISTRATIVE SERVICES (FICTIONAL) - LCD L99905, VERSION EFFECTIVE 01/01/2025 (in force
until 08/31/2026)                                                                        Page 1
Covered when (1) major depressive disorder, severe or moderate, is confirmed; (2) the patient has not
responded to at least two antidepressant trials, from at least two different classes, each at an adequate
dose for at least 6 weeks, or could not tolerate them; and (3) the patient has had a trial of evidence-based
psychotherapy of adequate frequency and duration.
""",
"other/lcd-l99905-revision-2026-09-01-excerpt.txt": """
GREAT LAKES MEDICARE ADMINISTRATIVE SERVICES (FICTIONAL) - LCD L99905, REVISION EFFECTIVE 09/01/2026   Page 1
Applies to services on or after 09/01/2026. (2) the patient has not responded to at least four antidepressant
trials from at least two classes ...
""",
"other/appointment-of-representative-cms-1696-2026-11-20.txt": """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696; FICTIONAL copy)                 Signed 11/20/2026
I, Eleanor Marchetti-Dunn (Medicare number 7FX4-QK2-MD81), appoint Vincent Dunn, my husband, to act for me in
my claim for TMS, 07/06/2026-08/14/2026. Accepted: Vincent Dunn, 11/20/2026.
""",
"other/medication-list-2025-04-stale.txt": """
ANN ARBOR FAMILY MEDICINE (FICTIONAL) - MEDICATION LIST printed 04/10/2025 (stale)
Eleanor Marchetti-Dunn: sertraline 150 mg daily (current at the time); trazodone 50 mg at bedtime.
""",
}, truth=r"""
# 04 - Original Medicare: TMS judged by an LCD revision that took effect after the course (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Eleanor Marchetti-Dunn, 68, **Original Medicare Part B**, had **30 TMS sessions 07/06/2026-08/14/2026** (F33.1),
  PHQ-9 18 to 9.
- The MSN of **11/12/2026** (CO-50) applies **L99905's revision effective 09/01/2026** (four antidepressants). That
  revision "applies to services on or after 09/01/2026".
- The **version effective 01/01/2025**, in force on every date of service, asks for (1) moderate or severe MDD, (2) no
  response to **two** trials from two classes, 6 weeks each, and (3) psychotherapy. She had sertraline (SSRI) and
  duloxetine (SNRI), 8 weeks each, no response; bupropion XL continuing with a partial response; CBT 16 sessions.
- **Rule and stage:** MAC redetermination, 42 CFR 405.942: 120 days from receipt; counted from the notice date **by
  03/12/2027** (receipt presumed 11/17/2026 gives 03/17/2027). A QIC reconsideration (180 days) comes next.
- **Author:** her husband, appointed on CMS-1696, writing about "Mrs. Marchetti-Dunn".

## Deliberately unknown
- Why the contractor applied the later revision: not in the case.
- The allowed amount: not stated.

## Traps
- **Date and rule, not medicine:** the LCD version is chosen by the date of service.
- **Psychotherapy is not an antidepressant** trial; counting CBT as a third drug is wrong.
- **Bupropion XL continues**: never "failed" or "stopped"; **trazodone 50 mg** is a sleep dose; **paroxetine 2011**
  was a response in an earlier episode.
- **Stale document:** the 2025 medication list shows sertraline as current; it was stopped in 04/2025.
- **Wrong law:** no plan terms (Original Medicare has none), no MA rule 422.101(b)(6), no ERISA, no MHPAEA, no
  external review, no 72-hour expedited appeal.

## Arguments a strong letter makes (strongest first)
1. The services were given 07/06-08/14/2026; the L99905 version in force then (effective 01/01/2025) governs, and the
   09/01/2026 revision applies only on or after that day. Reverse and pay.
2. Every criterion of that version is met: MDD moderate; sertraline and duloxetine from two classes, 8 weeks each,
   no response; 16 sessions of CBT.
3. Even the notice counts three antidepressants; the course brought a response (PHQ-9 18 to 9).

## What a letter must NOT say
- "four antidepressants" as the rule for these dates; "the plan's own terms"; "422.101".
- "failed bupropion", "stopped bupropion"; "failed paroxetine"; trazodone or CBT as an antidepressant trial.
- "suicidal ideation" as present; "ERISA", "MHPAEA", "external review", "expedited" 72-hour appeal.
""", answers=[
("plan type", "plan_type: medicare", "case.yaml"),
("deadline", "03/12/2027", "truth"),
("rule", "405.942", "truth"),
("next level", "QIC reconsideration", "truth"),
("notice date", "Notice date: 11/12/2026", "denial/medicare-summary-notice-2026-11-12.txt"),
("revision applied", "revision effective 09/01/2026", "denial/medicare-summary-notice-2026-11-12.txt"),
("revision's reach", "Applies to services on or after 09/01/2026", "other/lcd-l99905-revision-2026-09-01-excerpt.txt"),
("version in force", "VERSION EFFECTIVE 01/01/2025", "other/lcd-l99905-version-2025-excerpt.txt"),
("two trials", "at least two antidepressant trials", "other/lcd-l99905-version-2025-excerpt.txt"),
("dates", "07/06/2026-08/14/2026", "denial/medicare-summary-notice-2026-11-12.txt"),
("psychotherapy", "16 weekly sessions 01-05/2025", "clinical/tms-evaluation-2026-06-29.txt"),
("still taken", "bupropion XL 300 mg since 09/2025, partial response, continuing", "clinical/tms-evaluation-2026-06-29.txt"),
("earlier episode", "paroxetine 20 mg, response", "clinical/tms-evaluation-2026-06-29.txt"),
("response", "(PHQ-9 9)", "clinical/tms-evaluation-2026-06-29.txt"),
("representative", "CMS-1696", "other/appointment-of-representative-cms-1696-2026-11-20.txt"),
("stale", "(current at the time)", "other/medication-list-2025-04-stale.txt"),
]))

# ---------------------------------------------------------------- 05 TRICARE Select, "Prime referral required"
CASES.append(dict(slug="05-tricare-select-psychotherapy-prime-referral-wrong-enrollment-reconsideration-sponsor", yaml=r"""
# FICTIONAL CASE (set 36, case 05) - every person, plan, provider, number and address is invented.
# TRICARE Select (retiree family). Corinne Alvarado-Pike, 58, saw a TRICARE-authorized, non-network LCSW for 10
# psychotherapy visits 09-11/2026. The contractor denied them (CO-243) as a Prime enrollee without a PCM referral.
# She moved from Prime to Select at open season, effective 01/01/2026. Her husband, the retired sponsor, asks for
# reconsideration as her representative.
patient:
  name: Corinne Alvarado-Pike
  salutation: Mrs. Alvarado-Pike
  date_of_birth: 1968-09-30
  member_id: FICT-DBN-220761934
  address: |-
    1450 Saguaro Vista Court
    Tucson, AZ 85750
  phone: (520) 555-0137
insurer:
  name: Desert Range Health Administrators, TRICARE West Region contractor (FICTIONAL)
  appeals_address: |-
    Desert Range Health Administrators - TRICARE Reconsiderations (FICTIONAL)
    PO Box 50866
    Phoenix, AZ 85076
  fax: (602) 555-0153
claim:
  number: DRH-26-1112-317754
  plan_type: tricare
  notice_date: 2026-11-19
  appeal_deadline: 2027-02-17
  deadline_basis: >-
    Explanation of benefits of 11/19/2026: "You may request a reconsideration within 90 days from the date of this
    notice" (32 CFR 199.10).
  service_dates: [2026-09-03, 2026-09-17, 2026-10-01, 2026-10-08, 2026-10-15, 2026-10-22, 2026-10-29, 2026-11-05, 2026-11-12, 2026-11-19]
  setting: outpatient
  procedure_codes: [90837]
  diagnosis_codes: [F41.1, F33.0]
  carc_codes: [CO-243]
  denial_reason: >-
    Services not authorized by your primary care manager. TRICARE Prime enrollees must have a referral to see a
    non-network provider. (CARC 243)
  denial_category: out_of_network
  coding_correct: true
  action: none
  corrections:
    - said: TRICARE Prime enrollees must have a referral to see a non-network provider.
      record: >-
        The contractor's enrollment confirmation of 12/12/2025 shows her enrolled in TRICARE Select from
        01/01/2026; Select needs no referral for outpatient psychotherapy with a TRICARE-authorized provider.
      file: other/enrollment-confirmation-select-2025-12-12.txt
      page: 1
plan_option:
  name: TRICARE Select
  out_of_network: true
  since: 2026-01-01
  applied: TRICARE Prime
prior_auth:
  required: false
plan_policy:
  name: TRICARE Select Handbook 2026 (contractor edition, FICTIONAL), "Seeing providers"
  number: Section 3
  quote: >-
    TRICARE Select beneficiaries may see any TRICARE-authorized provider, network or non-network, without a
    referral. Outpatient psychotherapy does not need a referral or prior authorization. Non-network care has
    higher cost-shares.
  file: other/select-handbook-2026-section-3-excerpt.txt
treatment:
  name: Individual psychotherapy, 10 visits of 53 minutes or more (90837)
  summary: Weekly psychotherapy for generalized anxiety and recurrent depression with a TRICARE-authorized LCSW.
clinical:
  severity: GAD-7 15 and PHQ-9 12 on 09/03/2026; GAD-7 9 and PHQ-9 7 on 11/19/2026
  severity_date: 2026-11-19
  suicidality: none
  suicidality_date: 2026-11-19
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2025-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/therapy-summary-2026-11-19.txt, page: 1}
    - drug: Psychotherapy (earlier episode, 2019)
      dose: 14 sessions
      start: 2019-03
      end: 2019-07
      kind: psychotherapy
      response: response
      outcome: Response in an earlier episode (2019)
      evidence: {file: clinical/therapy-summary-2026-11-19.txt, page: 1}
author:
  name: Duane Pike
  role: Husband and retired sponsor, authorized representative
  relation: representative
  authorization: other/authorization-to-represent-2026-11-24.txt
  address: |-
    1450 Saguaro Vista Court
    Tucson, AZ 85750
  phone: (520) 555-0137
provider:
  name: Lorena Whitcombe, LCSW
  credentials: LCSW, TRICARE-authorized (non-network)
  npi: "1194730622"
  address: |-
    5100 East Grant Road, Suite 4
    Tucson, AZ 85712
  phone: (520) 555-0171
record_dates:
  - file: clinical/therapy-summary-2026-11-19.txt
    date: 2026-11-19
bates_prefix: ALVARADOPIKE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", docs={
"denial/explanation-of-benefits-2026-11-19.txt": """
DESERT RANGE HEALTH ADMINISTRATORS (FICTIONAL) - TRICARE WEST REGION - EXPLANATION OF BENEFITS   Date: 11/19/2026
Beneficiary: Corinne Alvarado-Pike   DBN FICT-DBN-220761934   Plan on claim: TRICARE Prime
Provider: Lorena Whitcombe, LCSW (non-network)   Claim DRH-26-1112-317754
Services 09/03/2026-11/19/2026: 90837 x10   Billed $1,650.00   Paid $0.00
CARC 243. Services not authorized by your primary care manager. TRICARE Prime enrollees must have a referral to
see a non-network provider.
Also on this statement: Duane Pike (sponsor), 10/14/2026, office visit, paid - not part of this claim.
You may request a reconsideration within 90 days from the date of this notice: PO Box 50866, Phoenix, AZ 85076,
fax (602) 555-0153.
""",
"clinical/therapy-summary-2026-11-19.txt": """
LORENA WHITCOMBE, LCSW (FICTIONAL) - PSYCHOTHERAPY SUMMARY                     Date: 11/19/2026
Client: Corinne Alvarado-Pike   DOB 09/30/1968   Page 1 of 1
F41.1, F33.0. Ten weekly/biweekly visits 09/03-11/19/2026 (90837). GAD-7 15 to 9; PHQ-9 12 to 7. No suicidal
ideation. Sertraline 100 mg daily since 11/2025 (primary care), partial response, continued. Earlier episode
2019: 14 sessions of psychotherapy, response. TRICARE-authorized provider; not in the contractor's network.
""",
"other/enrollment-confirmation-select-2025-12-12.txt": """
DESERT RANGE HEALTH ADMINISTRATORS (FICTIONAL) - ENROLLMENT CONFIRMATION         Date: 12/12/2025
Sponsor: Duane Pike (retired)   Family members: Corinne Alvarado-Pike
Your open season change is confirmed: TRICARE Prime ends 12/31/2025. TRICARE Select begins 01/01/2026.
""",
"other/select-handbook-2026-section-3-excerpt.txt": """
TRICARE SELECT HANDBOOK 2026 (contractor edition, FICTIONAL) - Section 3 Seeing providers        Page 9
TRICARE Select beneficiaries may see any TRICARE-authorized provider, network or non-network, without a
referral. Outpatient psychotherapy does not need a referral or prior authorization. Non-network care has
higher cost-shares.
""",
"other/prime-enrollment-card-2024-stale.txt": """
TRICARE PRIME ENROLLMENT CARD (FICTIONAL) - issued 01/2024 (stale: Prime ended 12/31/2025)
Corinne Alvarado-Pike   PCM: Davis Family Clinic
""",
"other/authorization-to-represent-2026-11-24.txt": """
AUTHORIZATION (FICTIONAL)                                                   Signed 11/24/2026
I, Corinne Alvarado-Pike, authorize my husband Duane Pike to act for me in the reconsideration of claim
DRH-26-1112-317754 and to receive my health information for it.
""",
}, truth=r"""
# 05 - TRICARE Select: psychotherapy denied for want of a Prime referral; she has been in Select since 01/01/2026 (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Corinne Alvarado-Pike, 58, a retiree's spouse, moved at open season from Prime to **TRICARE Select effective
  01/01/2026** (confirmation of 12/12/2025).
- Ten visits of 90837, **09/03/2026-11/19/2026**, with a TRICARE-authorized, non-network LCSW.
- The EOB of **11/19/2026** (claim DRH-26-1112-317754, **CO-243**) processed the claim as **TRICARE Prime** and denied
  it for lack of a PCM referral.
- The 2026 Select handbook (Section 3): any TRICARE-authorized provider, without a referral; outpatient
  psychotherapy needs none. Non-network care costs more; it is still covered.
- **Rule and stage:** reconsideration by the regional contractor, 32 CFR 199.10, 90 days: **by 02/17/2027**. A
  factual (not medical-necessity) denial: a formal review by the Defense Health Agency would come next.
- **Author:** her husband, the retired sponsor, with her written authorization; he writes about "my wife" /
  "Mrs. Alvarado-Pike".

## Deliberately unknown
- Why the contractor's record still showed Prime: not in the case; a letter may ask that it be corrected.
- The cost-share she will owe: not stated.

## Traps
- **Plan document, not medicine:** the winning point is the enrollment confirmation and the Select handbook.
- **Stale document:** the 2024 Prime card names a PCM; Prime ended 12/31/2025.
- **Other person on the EOB:** Duane Pike's own 10/14/2026 visit is not part of this claim.
- **Sertraline continues** (partial): never "failed"; the 2019 psychotherapy was a response in an earlier episode.
- No network gap exception is needed and none should be asked for as the main ground; no medical necessity.
- **Wrong law:** no ERISA, no 45 CFR 147.136 or 156.230, no MHPAEA, no external review, no state insurance department.

## Arguments a strong letter makes (strongest first)
1. She has been enrolled in **TRICARE Select since 01/01/2026** (enrollment confirmation); Select needs no referral
   for a TRICARE-authorized provider or outpatient psychotherapy. Correct the enrollment on the claim; reprocess and pay.
2. Correct the EOB: the Prime referral rule does not apply to her.
3. The provider is TRICARE-authorized; the care was effective (GAD-7 15 to 9).

## What a letter must NOT say
- "Prime enrollee", "PCM referral required" as true; "network gap exception" as the ground; "medically necessary" as the ground.
- "Duane Pike's visit" as part of the appeal; "Davis Family Clinic" as her PCM now.
- "failed sertraline"; "suicidal ideation".
- "ERISA", "45 CFR 147.136", "156.230", "MHPAEA", "external review", "state insurance department".
""", answers=[
("plan type", "plan_type: tricare", "case.yaml"),
("deadline", "by 02/17/2027", "truth"),
("rule", "32 CFR 199.10", "truth"),
("next level", "Defense Health Agency", "truth"),
("notice date", "Date: 11/19/2026", "denial/explanation-of-benefits-2026-11-19.txt"),
("CARC", "CARC 243", "denial/explanation-of-benefits-2026-11-19.txt"),
("plan on claim", "Plan on claim: TRICARE Prime", "denial/explanation-of-benefits-2026-11-19.txt"),
("denial's words", "TRICARE Prime enrollees must have a referral", "denial/explanation-of-benefits-2026-11-19.txt"),
("enrollment", "TRICARE Select begins 01/01/2026", "other/enrollment-confirmation-select-2025-12-12.txt"),
("handbook", "without a referral", "other/select-handbook-2026-section-3-excerpt.txt"),
("psychotherapy no referral", "Outpatient psychotherapy does not need a referral", "other/select-handbook-2026-section-3-excerpt.txt"),
("visits", "90837 x10", "denial/explanation-of-benefits-2026-11-19.txt"),
("provider status", "TRICARE-authorized provider; not in the contractor's network", "clinical/therapy-summary-2026-11-19.txt"),
("other person", "Duane Pike (sponsor), 10/14/2026", "denial/explanation-of-benefits-2026-11-19.txt"),
("stale", "Prime ended 12/31/2025", "other/prime-enrollment-card-2024-stale.txt"),
("still taken", "Sertraline 100 mg daily since 11/2025 (primary care), partial response, continued", "clinical/therapy-summary-2026-11-19.txt"),
]))

# ---------------------------------------------------------------- 06 church plan, ketamine PA faxed, never decided
CASES.append(dict(slug="06-church-plan-insured-ketamine-prior-auth-faxed-never-decided-first-internal-clinic", yaml=r"""
# FICTIONAL CASE (set 36, case 06) - every person, plan, provider, number and address is invented.
# Church plan, insured, Missouri. Tobias Kwarteng-Lowe, 39, had 6 IV ketamine infusions 09/08-09/25/2026. The
# clinic faxed a prior-authorization request on 08/17/2026 to the number in the 2026 certificate (fax
# confirmation); the plan never decided it. The claim was denied (CO-197) "no prior authorization request
# received". The clinic's practice manager appeals for the clinic, with the patient's authorization.
patient:
  name: Tobias Kwarteng-Lowe
  salutation: Mr. Kwarteng-Lowe
  date_of_birth: 1987-01-25
  member_id: FICT-PMH-61004827
  address: |-
    742 Hawthorn Ridge
    Columbia, MO 65203
  phone: (573) 555-0128
insurer:
  name: Prairie Mutual Health, insurer of the Covenant Ministries Benefit Plan (FICTIONAL church plan)
  appeals_address: |-
    Prairie Mutual Health - Appeals Unit (FICTIONAL)
    PO Box 118340
    Kansas City, MO 64121
  fax: (816) 555-0139
claim:
  number: PMH-26-1103-448210
  plan_type: church
  funding: insured
  employees: 900
  notice_date: 2026-11-16
  appeal_deadline: 2027-05-15
  deadline_basis: >-
    Explanation of benefits of 11/16/2026: "You have 180 days from receipt of this notice to appeal"; counted here
    from the notice date.
  service_dates: [2026-09-08, 2026-09-11, 2026-09-15, 2026-09-18, 2026-09-22, 2026-09-25]
  setting: outpatient
  procedure_codes: [96365, J3490]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent. No prior authorization request was received for these services.
    (CARC 197)
  denial_category: prior_authorization
  coding_correct: true
  action: none
  corrections:
    - said: No prior authorization request was received for these services.
      record: >-
        The clinic's fax transmission report shows 14 pages sent to (816) 555-0145, the prior-authorization fax in
        the 2026 certificate, on 08/17/2026 at 10:42, result OK.
      file: other/fax-transmission-report-2026-08-17.txt
      page: 1
prior_auth:
  requested_on: 2026-08-17
  never_decided: true
  fax: (816) 555-0145
plan_policy:
  name: Covenant Ministries Benefit Plan 2026 Certificate of Coverage, Section 4.6 "Prior authorization"
  number: Section 4.6
  quote: >-
    Your provider asks us for prior authorization by fax to (816) 555-0145. A request is received on the day it
    reaches that number. We will decide a non-urgent request within 15 days of receiving it and tell you and your
    provider in writing.
  file: other/certificate-2026-section-4-6-excerpt.txt
treatment:
  name: Intravenous ketamine infusions, 0.5 mg/kg over 40 minutes, 6 infusions (96365, J3490)
  summary: An induction series for treatment-resistant depression, given 09/08-09/25/2026.
  plan: Six infusions over about 3 weeks; MADRS before the series and after the sixth infusion; stop if no response.
  setting: Outpatient infusion suite with an anesthesiologist on site and airway equipment
  monitoring: Blood pressure, pulse and pulse oximetry during each infusion and for 60 minutes after
clinical:
  exclusions: No psychosis, no substance use disorder, blood pressure controlled (screened 08/12/2026)
  severity: MADRS 35 on 08/12/2026; MADRS 14 on 09/25/2026
  severity_date: 2026-09-25
  suicidality: passive
  suicidality_date: 2026-08-12
  response: MADRS 35 (08/12/2026) to 14 (09/25/2026)
  response_level: response
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-01
      end: 2025-04
      weeks: 12
      kind: antidepressant
      adequate: true
      response: none
      outcome: No response; stopped
      evidence: {file: clinical/ketamine-consult-2026-08-12.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-05
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/ketamine-consult-2026-08-12.txt, page: 1}
    - drug: Lithium (added to venlafaxine)
      dose: 600 mg daily (level 0.6)
      start: 2026-01
      end: 2026-02
      weeks: 4
      kind: augmentation
      adequate: false
      outcome: Stopped after 4 weeks for tremor and nausea (intolerance)
      evidence: {file: clinical/ketamine-consult-2026-08-12.txt, page: 1}
    - drug: Aripiprazole (added to venlafaxine)
      dose: 10 mg daily
      start: 2026-03
      end: 2026-05
      weeks: 9
      kind: augmentation
      adequate: true
      response: none
      outcome: No response after 9 weeks; stopped
      evidence: {file: clinical/ketamine-consult-2026-08-12.txt, page: 1}
author:
  name: Gwendolyn Arceneaux
  role: Practice manager, Boone County Ketamine Clinic (the treating clinic)
  relation: provider
  authorization: other/patient-authorization-2026-11-20.txt
  address: |-
    Boone County Ketamine Clinic (FICTIONAL), 1010 Broadway, Suite 300
    Columbia, MO 65201
  phone: (573) 555-0174
  email: gwen.arceneaux@boonekc.example
provider:
  name: Boone County Ketamine Clinic
  credentials: in-network outpatient infusion clinic
  npi: "1472058399"
  address: |-
    1010 Broadway, Suite 300
    Columbia, MO 65201
  phone: (573) 555-0174
record_dates:
  - file: clinical/ketamine-consult-2026-08-12.txt
    date: 2026-08-12
bates_prefix: KWARTENGLOWE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", docs={
"denial/explanation-of-benefits-2026-11-16.txt": """
PRAIRIE MUTUAL HEALTH (FICTIONAL) - EXPLANATION OF BENEFITS                      Date: 11/16/2026
Member: Tobias Kwarteng-Lowe   ID FICT-PMH-61004827   Plan: Covenant Ministries Benefit Plan
Provider: Boone County Ketamine Clinic, NPI 1472058399   Claim PMH-26-1103-448210
Services 09/08/2026-09/25/2026: 96365 x6, J3490 x6   Billed $3,900.00   Paid $0.00
CARC 197. Precertification/authorization absent. No prior authorization request was received for these services.
You have 180 days from receipt of this notice to appeal: Appeals Unit, PO Box 118340, Kansas City, MO 64121, fax
(816) 555-0139.
""",
"clinical/ketamine-consult-2026-08-12.txt": """
BOONE COUNTY KETAMINE CLINIC (FICTIONAL) - CONSULTATION AND SERIES SUMMARY         Date: 08/12/2026
Patient: Tobias Kwarteng-Lowe   DOB 01/25/1987   Page 1 of 1
F33.2, current episode since 12/2024. MADRS 35. Passive death wishes, no plan or intent.
Escitalopram 20 mg 01-04/2025 (12 weeks), no response, stopped. Venlafaxine XR 225 mg since 05/2025, partial
response, continuing. Lithium 600 mg added 01-02/2026, stopped after 4 weeks for tremor and nausea. Aripiprazole
10 mg added 03-05/2026 (9 weeks), no response, stopped.
Screening: no psychosis, no substance use disorder, blood pressure controlled. Anesthesiologist on site; vital
signs and pulse oximetry during each infusion and 60 minutes after.
Plan: 6 infusions of ketamine 0.5 mg/kg over 40 minutes; MADRS after the sixth; stop if no response. Addendum 09/25/2026: 6 given 09/08-09/25/2026; MADRS 14.
""",
"other/fax-transmission-report-2026-08-17.txt": """
BOONE COUNTY KETAMINE CLINIC (FICTIONAL) - FAX TRANSMISSION REPORT               Printed 08/17/2026 10:49
Job 4417  08/17/2026 10:42  To (816) 555-0145  14 pages  Result: OK   Ref: PA request - KWARTENG-LOWE, T. (ketamine)
Job 4418  08/17/2026 10:47  To (417) 555-0102  3 pages   Result: OK   Ref: records - REYNA, S. (another patient)
""",
"other/certificate-2026-section-4-6-excerpt.txt": """
COVENANT MINISTRIES BENEFIT PLAN (FICTIONAL CHURCH PLAN) 2026 CERTIFICATE OF COVERAGE - excerpt       Page 22
Section 4.6 Prior authorization. Your provider asks us for prior authorization by fax to (816) 555-0145. A
request is received on the day it reaches that number. We will decide a non-urgent request within 15 days of
receiving it and tell you and your provider in writing.
""",
"other/pa-form-2025-old-fax-stale.txt": """
PRAIRIE MUTUAL HEALTH (FICTIONAL) - PRIOR AUTHORIZATION FORM, 2025 edition (stale)
"Fax requests to (816) 555-0199." [Number retired 12/31/2025; the 2026 certificate gives (816) 555-0145.]
""",
"other/call-log-2026-10-09.txt": """
BOONE COUNTY KETAMINE CLINIC (FICTIONAL) - CALL NOTE                           10/09/2026 14:10
Called Prairie Mutual provider line (reference PMH-CALL-1009-2271): representative found no decision on file for
the 08/17/2026 request and could not say whether it had been indexed. - G.A.
""",
"other/patient-authorization-2026-11-20.txt": """
AUTHORIZATION (FICTIONAL)                                                  Signed 11/20/2026
I, Tobias Kwarteng-Lowe, authorize Boone County Ketamine Clinic to appeal claim PMH-26-1103-448210 for me.
""",
}, truth=r"""
# 06 - Church plan (insured): ketamine infusions denied as "no prior authorization request received"; it was faxed and never decided (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tobias Kwarteng-Lowe, 39, church plan (Covenant Ministries Benefit Plan), **insured** by Prairie Mutual Health,
  Missouri; 900 employees.
- The clinic faxed a prior-authorization request on **08/17/2026 at 10:42** to **(816) 555-0145**, the number in
  the **2026 certificate, Section 4.6** (14 pages, result OK). The plan never decided it (call of 10/09/2026:
  "no decision on file"). Section 4.6: a request "is received on the day it reaches that number"; a non-urgent
  request is decided within 15 days.
- Six infusions were given **09/08/2026-09/25/2026**, after those 15 days had run. The EOB of **11/16/2026**
  (CO-197) says "No prior authorization request was received".
- **Rule and stage:** first internal appeal, post-service: 180 days (26 CFR 54.9815-2719, applying 29 CFR
  2560.503-1(h)(3)(i)): **by 05/15/2027**; external review within 4 months of a final internal denial after.
- **Author:** the clinic's practice manager, for the clinic, with the patient's authorization; she writes about
  "Mr. Kwarteng-Lowe".

## Deliberately unknown
- Whether the plan would have approved the request: not known; the letter shows the care meets medical sense but
  cannot say what the plan's criteria are (none enclosed).
- Why the request was not indexed: not known.

## Traps
- **Date and plan document, not medicine:** the fax report and Section 4.6 are the winning point.
- **Stale document:** the 2025 PA form's fax number (555-0199) was retired; the clinic used the 2026 number.
- **Other person:** job 4418 on the fax report (S. Reyna) is another patient.
- **Venlafaxine XR continues** (partial): never "failed"; **lithium** 4 weeks is an intolerance, not an adequate trial.
- **Suicidality is passive** (08/12/2026): never "active".
- No NDC is on file: do not invent one.
- **Wrong law:** not ERISA (a church plan); do not cite 29 CFR 2560.503-1 as the plan's governing law (only as the
  rule the church-plan regulation applies); no Medicare or Medicaid rules.

## Arguments a strong letter makes (strongest first)
1. The request reached the plan's own prior-authorization fax on 08/17/2026 (transmission report), which under
   Section 4.6 is the day it was received; the plan never decided it. Correct the EOB and pay the claim, or at the
   least review the request now as of 08/17/2026.
2. The care was needed and worked: TRD after escitalopram, venlafaxine XR (continuing) and aripiprazole augmentation;
   MADRS 35 to 14.
3. Ask for the claim file, including any record of the 08/17/2026 fax.

## What a letter must NOT say
- "no request was sent", "we forgot to request authorization", "late request"; "retroactive authorization" as the
  only ask; the 555-0199 number as where it was sent.
- "failed venlafaxine", "stopped venlafaxine"; lithium as an adequate trial; "active suicidal ideation".
- "Reyna"; an NDC number.
- "ERISA plan", "Medicare", "Medicaid".
""", answers=[
("plan type", "plan_type: church", "case.yaml"),
("funding", "funding: insured", "case.yaml"),
("deadline", "by 05/15/2027", "truth"),
("notice date", "Date: 11/16/2026", "denial/explanation-of-benefits-2026-11-16.txt"),
("CARC", "CARC 197", "denial/explanation-of-benefits-2026-11-16.txt"),
("wrong statement", "No prior authorization request was received", "denial/explanation-of-benefits-2026-11-16.txt"),
("fax sent", "08/17/2026 10:42  To (816) 555-0145  14 pages  Result: OK", "other/fax-transmission-report-2026-08-17.txt"),
("plan rule", "A request is received on the day it reaches that number", "other/certificate-2026-section-4-6-excerpt.txt"),
("decision time", "within 15 days", "other/certificate-2026-section-4-6-excerpt.txt"),
("never decided", "no decision on file", "other/call-log-2026-10-09.txt"),
("stale fax number", "Number retired 12/31/2025", "other/pa-form-2025-old-fax-stale.txt"),
("other person", "REYNA, S. (another patient)", "other/fax-transmission-report-2026-08-17.txt"),
("still taken", "Venlafaxine XR 225 mg since 05/2025, partial", "clinical/ketamine-consult-2026-08-12.txt"),
("intolerance", "stopped after 4 weeks for tremor and nausea", "clinical/ketamine-consult-2026-08-12.txt"),
("response", "MADRS 14", "clinical/ketamine-consult-2026-08-12.txt"),
("suicidality", "Passive death wishes, no plan or intent", "clinical/ketamine-consult-2026-08-12.txt"),
]))

# ---------------------------------------------------------------- 07 insured employer plan, DBT, required criteria
CASES.append(dict(slug="07-employer-insured-dbt-program-required-criteria-first-internal-advocate", yaml=r"""
# FICTIONAL CASE (set 36, case 07) - every person, plan, provider, number and address is invented.
# Insured employer group plan (ERISA), Washington. Annika Solberg-Reyes, 24, a dependent. A 6-month comprehensive
# DBT program was denied before it began under the vendor's guideline OP-DBT-1 ("no diagnosis of borderline
# personality disorder; weekly therapy appropriate"). The certificate requires LOCUS for mental-health level-of-care
# decisions, and the record holds the diagnosis (09/2026). A nonprofit advocate files the first internal appeal.
patient:
  name: Annika Solberg-Reyes
  salutation: Ms. Solberg-Reyes
  date_of_birth: 2002-04-11
  member_id: FICT-EVH-30918856-02
  address: |-
    3319 Larchmont Way NE
    Tacoma, WA 98422
  phone: (253) 555-0119
insurer:
  name: Evergreen Valley Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Evergreen Valley Health - Appeals (FICTIONAL)
    PO Box 34418
    Seattle, WA 98124
  fax: (206) 555-0182
claim:
  number: EVH-PA-26-1113-90214
  plan_type: employer_erisa
  funding: insured
  employees: 2300
  notice_date: 2026-11-20
  appeal_deadline: 2027-05-19
  deadline_basis: >-
    Notice of 11/20/2026: "You have 180 days from receipt of this notice to appeal" (29 CFR 2560.503-1(h)(3)(i));
    counted here from the notice date.
  setting: outpatient
  procedure_codes: [90837, 90853]
  diagnosis_codes: [F60.3, F33.1]
  denial_reason: >-
    Comprehensive DBT program is not medically necessary under Meridian Behavioral Guideline OP-DBT-1: there is no
    diagnosis of borderline personality disorder, and standard weekly outpatient therapy is appropriate.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity, level_of_care]
  action: none
  pending_services: 6 months of comprehensive DBT
  reviewer: {name: "Dr. Wendell Ishikawa-Rowe", specialty: family medicine}
  corrections:
    - said: there is no diagnosis of borderline personality disorder
      record: >-
        The psychiatric evaluation of 09/22/2026 diagnoses borderline personality disorder (F60.3) with recurrent
        major depression.
      file: clinical/psychiatric-evaluation-2026-09-22.txt
      page: 1
plan_policy:
  name: Evergreen Valley Group Certificate 2026, Section 7.3 "Medical necessity for mental health and substance use disorder services"
  number: Section 7.3
  quote: >-
    Decisions about the level and intensity of mental health services are made using generally accepted standards
    of care and the criteria of the nonprofit professional association for the relevant clinical specialty: the
    Level of Care Utilization System (LOCUS) for adults. We do not use criteria that are more restrictive.
  file: other/certificate-2026-section-7-3-excerpt.txt
  required_criteria:
    name: Level of Care Utilization System (LOCUS)
    source: Evergreen Valley Group Certificate 2026, Section 7.3
    file: other/certificate-2026-section-7-3-excerpt.txt
    page: 1
    for: the level and intensity of mental health services for an adult
    applied: Meridian Behavioral Guideline OP-DBT-1
treatment:
  name: Comprehensive dialectical behavior therapy (DBT) program, 6 months (weekly individual therapy, weekly skills group, phone coaching)
  summary: Standard comprehensive DBT for borderline personality disorder with recurrent self-harm.
  plan: Weekly individual DBT (90837) and weekly 2.5-hour skills group (90853) for 6 months, with phone coaching; review at 3 months.
clinical:
  severity: PHQ-9 17; self-harm (cutting) 3 times in 10/2026; LOCUS composite 20 (level 3) on 11/02/2026
  severity_date: 2026-11-02
  suicidality: passive
  suicidality_date: 2026-11-02
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2025-08
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/psychiatric-evaluation-2026-09-22.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg daily
      start: 2025-05
      end: 2025-06
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for diarrhea and nausea (intolerance)
      evidence: {file: clinical/psychiatric-evaluation-2026-09-22.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2026-02
      ongoing: true
      kind: other
      adequate: false
      outcome: Sleep dose only
      evidence: {file: clinical/psychiatric-evaluation-2026-09-22.txt, page: 1}
    - drug: Weekly outpatient psychotherapy (non-DBT)
      dose: 30 weekly sessions
      start: 2025-09
      end: 2026-04
      kind: psychotherapy
      response: none
      outcome: Self-harm continued; referred for DBT
      evidence: {file: clinical/psychiatric-evaluation-2026-09-22.txt, page: 1}
    - drug: School counseling (earlier episode, 2019)
      dose: 10 sessions
      start: 2019-01
      end: 2019-04
      kind: psychotherapy
      response: response
      outcome: Response in an earlier episode (2019)
      evidence: {file: clinical/psychiatric-evaluation-2026-09-22.txt, page: 1}
alternatives:
  - treatment: Standard weekly outpatient therapy
    level: outpatient
    why_not: 30 weekly sessions 09/2025-04/2026 did not stop the self-harm; LOCUS places her at level 3.
author:
  name: Teodora Marsh-Quinlan
  role: Patient advocate, Cascade Patient Rights Project (FICTIONAL nonprofit), authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-11-25.txt
  address: |-
    Cascade Patient Rights Project (FICTIONAL), 900 Pacific Avenue, Suite 210
    Tacoma, WA 98402
  phone: (253) 555-0150
  email: tmq@cascadepatientrights.example
provider:
  name: Puget Sound DBT Center
  credentials: comprehensive DBT program (in network)
  npi: "1830162743"
  address: |-
    1120 South 11th Street
    Tacoma, WA 98405
  phone: (253) 555-0165
employer:
  name: Northfork Timber Products, Benefits Office (FICTIONAL)
  address: |-
    500 Mill Road
    Tacoma, WA 98421
record_dates:
  - file: clinical/psychiatric-evaluation-2026-09-22.txt
    date: 2026-09-22
  - file: clinical/locus-assessment-2026-11-02.txt
    date: 2026-11-02
bates_prefix: SOLBERGREYES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", docs={
"denial/adverse-benefit-determination-2026-11-20.txt": """
EVERGREEN VALLEY HEALTH INSURANCE COMPANY (FICTIONAL) - ADVERSE BENEFIT DETERMINATION      Date: 11/20/2026
Member: Annika Solberg-Reyes (dependent)   ID FICT-EVH-30918856-02   Reference EVH-PA-26-1113-90214
Group: Northfork Timber Products. Request: comprehensive DBT program, 6 months (90837, 90853).
Decision: Comprehensive DBT program is not medically necessary under Meridian Behavioral Guideline OP-DBT-1: there
is no diagnosis of borderline personality disorder, and standard weekly outpatient therapy is appropriate.
Reviewer: Dr. Wendell Ishikawa-Rowe, family medicine.
You have 180 days from receipt of this notice to appeal. You may ask for copies of all documents relevant to your
claim, free of charge. After the final internal decision you may ask for an external review.
Appeals, PO Box 34418, Seattle, WA 98124, fax (206) 555-0182.
""",
"clinical/psychiatric-evaluation-2026-09-22.txt": """
PUGET SOUND DBT CENTER (FICTIONAL) - PSYCHIATRIC EVALUATION                    Date: 09/22/2026
Patient: Annika Solberg-Reyes   DOB 04/11/2002   Page 1 of 1
Diagnoses: borderline personality disorder (F60.3); major depressive disorder, recurrent, moderate (F33.1).
Self-harm by cutting since 2024, about twice a month; passive suicidal ideation, no plan.
Fluoxetine 40 mg daily since 08/2025, partial response, continuing. Sertraline 100 mg 05-06/2025, stopped after
3 weeks for diarrhea and nausea. Quetiapine 25 mg at bedtime for sleep.
Weekly outpatient psychotherapy (non-DBT), 30 sessions 09/2025-04/2026: self-harm continued; referred for DBT.
Earlier episode 2019: school counseling, 10 sessions, response.
Recommendation: comprehensive DBT, 6 months.
""",
"clinical/locus-assessment-2026-11-02.txt": """
PUGET SOUND DBT CENTER (FICTIONAL) - LOCUS ASSESSMENT                          Date: 11/02/2026
Annika Solberg-Reyes. Composite score 20: level 3 (high-intensity community-based services). Self-harm 3 times in
10/2026. PHQ-9 17. Passive suicidal ideation.
""",
"other/certificate-2026-section-7-3-excerpt.txt": """
EVERGREEN VALLEY GROUP CERTIFICATE 2026 (FICTIONAL) - excerpt                            Page 41
Section 7.3 Medical necessity for mental health and substance use disorder services. Decisions about the level
and intensity of mental health services are made using generally accepted standards of care and the criteria of
the nonprofit professional association for the relevant clinical specialty: the Level of Care Utilization System
(LOCUS) for adults. We do not use criteria that are more restrictive.
""",
"other/intake-evaluation-2024-stale.txt": """
TACOMA COMMUNITY COUNSELING (FICTIONAL) - INTAKE, 03/05/2024 (stale)
Annika Solberg-Reyes. Working diagnosis: adjustment disorder with depressed mood (F43.21). [Superseded by the
evaluation of 09/22/2026.]
""",
"other/dbt-group-roster-2026-12.txt": """
PUGET SOUND DBT CENTER (FICTIONAL) - SKILLS GROUP WAITLIST, 12/2026
1. A. Solberg-Reyes (pending authorization)   2. M. Okafor (another client)   3. J. Pratt (another client)
""",
"other/authorized-representative-form-2026-11-25.txt": """
AUTHORIZED REPRESENTATIVE DESIGNATION (FICTIONAL)                           Signed 11/25/2026
I, Annika Solberg-Reyes, name Teodora Marsh-Quinlan of Cascade Patient Rights Project to appeal reference
EVH-PA-26-1113-90214 for me and to receive my health information for it.
""",
}, truth=r"""
# 07 - Insured employer plan: a DBT program judged by a vendor guideline when the certificate requires LOCUS (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Annika Solberg-Reyes, 24, a dependent on an **insured employer group plan** (ERISA; Northfork Timber Products,
  2,300 employees), Washington.
- The notice of **11/20/2026** denies a 6-month comprehensive DBT program before it starts under **Meridian
  Behavioral Guideline OP-DBT-1**, saying there is "no diagnosis of borderline personality disorder". The reviewer
  is a family physician.
- The **2026 certificate, Section 7.3**, requires **LOCUS** for the level and intensity of adult mental-health
  services and forbids more restrictive criteria. LOCUS on 11/02/2026: composite 20, **level 3**.
- The evaluation of **09/22/2026** diagnoses **borderline personality disorder (F60.3)**; 30 weekly non-DBT sessions
  (09/2025-04/2026) did not stop the self-harm.
- **Rule and stage:** first internal appeal, pre-service: 180 days (29 CFR 2560.503-1(h)(3)(i)), **by 05/19/2027**;
  30 days to decide; state external review (45 CFR 147.136(c), insured) after a final internal denial. Parity
  (29 CFR 2590.712) applies: 2,300 employees.
- **Author:** a nonprofit advocate, the authorized representative, writing about "Ms. Solberg-Reyes".

## Deliberately unknown
- What OP-DBT-1 says beyond the notice's words: not enclosed; a letter asks for it as a claim document.
- Whether the plan would class DBT as outpatient or intensive outpatient: not stated.

## Traps
- **Plan document first:** the certificate requires LOCUS; the denial applied other criteria.
- **A decision's wrong statement:** "no diagnosis of borderline personality disorder" against F60.3 on 09/22/2026.
- **Stale document:** the 2024 intake's "adjustment disorder" is superseded.
- **Other people:** the waitlist names two other clients.
- **Fluoxetine continues** (partial): never "failed"; **sertraline** 3 weeks is an intolerance; **quetiapine 25 mg** is
  a sleep dose; the 2019 school counseling was a response in an earlier episode; psychotherapy is not a drug trial.
- **Suicidality is passive.** Not urgent: no expedited request.
- **Wrong law:** no Medicaid, no Medicare; parity analysis asked for as a claim document, not as a member's right
  under 1185a(a)(8); no contra proferentem as law.

## Arguments a strong letter makes (strongest first)
1. Section 7.3 of the certificate requires LOCUS for this decision; the denial applied OP-DBT-1 instead. Under
   LOCUS she is at level 3; decide under the criteria the plan requires and approve the program.
2. Correct the notice: borderline personality disorder is diagnosed (F60.3, 09/22/2026); standard weekly therapy
   (30 sessions) has already been tried without stopping the self-harm.
3. Ask for OP-DBT-1, the claim file and the parity comparison as documents relevant to the claim; ask for review by a
   psychiatrist or psychologist, not a family physician; parity (29 CFR 2590.712) reaches a plan of this size.

## What a letter must NOT say
- "no diagnosis of borderline personality disorder" as true; "adjustment disorder" as current.
- "failed fluoxetine", "stopped fluoxetine"; sertraline as an adequate trial; quetiapine as a trial.
- "active suicidal ideation", "suicide attempt"; "expedited"; "Okafor", "Pratt".
- "Medicaid", "Medicare", "1185a(a)(8)" as a member's right; "ambiguities are construed against the plan" as law.
""", answers=[
("plan type", "plan_type: employer_erisa", "case.yaml"),
("funding", "funding: insured", "case.yaml"),
("deadline", "by 05/19/2027", "truth"),
("rule", "2560.503-1(h)(3)(i)", "truth"),
("notice date", "Date: 11/20/2026", "denial/adverse-benefit-determination-2026-11-20.txt"),
("criteria applied", "Meridian Behavioral Guideline OP-DBT-1", "denial/adverse-benefit-determination-2026-11-20.txt"),
("wrong statement", "there is no diagnosis of borderline personality disorder", "denial/adverse-benefit-determination-2026-11-20.txt"),
("reviewer", "family medicine", "denial/adverse-benefit-determination-2026-11-20.txt"),
("required criteria", "Level of Care Utilization System (LOCUS) for adults", "other/certificate-2026-section-7-3-excerpt.txt"),
("LOCUS", "Composite score 20: level 3", "clinical/locus-assessment-2026-11-02.txt"),
("diagnosis", "borderline personality disorder (F60.3)", "clinical/psychiatric-evaluation-2026-09-22.txt"),
("therapy tried", "30 sessions 09/2025-04/2026: self-harm continued", "clinical/psychiatric-evaluation-2026-09-22.txt"),
("intolerance", "stopped after 3 weeks for diarrhea and nausea", "clinical/psychiatric-evaluation-2026-09-22.txt"),
("stale", "adjustment disorder with depressed mood", "other/intake-evaluation-2024-stale.txt"),
("other people", "M. Okafor (another client)", "other/dbt-group-roster-2026-12.txt"),
("employees", "employees: 2300", "case.yaml"),
]))

# ---------------------------------------------------------------- 08 Marketplace, IV ketamine, "only two antidepressants"
CASES.append(dict(slug="08-marketplace-ketamine-trd-only-two-trials-counted-first-internal-psychiatric-np", yaml=r"""
# FICTIONAL CASE (set 36, case 08) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver HMO, insured, North Carolina. Delphine Okonkwo-Hart, 33, TRD. IV ketamine (6
# infusions) denied before treatment: "only two antidepressants tried" (MP-KET-08 criterion 2: three trials, two
# classes, one may be augmentation). The record holds three adequate trials in this episode plus an intolerance, a
# sleep dose and an earlier-episode response. Her prescribing psychiatric NP files the first internal appeal.
patient:
  name: Delphine Okonkwo-Hart
  salutation: Ms. Okonkwo-Hart
  date_of_birth: 1993-06-19
  member_id: FICT-SBH-88410263
  address: |-
    5208 Brier Creek Parkway, Apt 3C
    Raleigh, NC 27617
  phone: (919) 555-0134
insurer:
  name: Sunbelt Health Plans of North Carolina (FICTIONAL)
  appeals_address: |-
    Sunbelt Health Plans - Grievances and Appeals (FICTIONAL)
    PO Box 26690
    Raleigh, NC 27611
  fax: (919) 555-0186
claim:
  number: SBH-PA-26-1119-55037
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-11-24
  appeal_deadline: 2027-05-23
  deadline_basis: >-
    Notice of 11/24/2026: "You have 180 days from receipt of this notice to file an appeal" (45 CFR
    147.136(b)(3)); counted here from the notice date.
  setting: outpatient
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Does not meet Medical Policy MP-KET-08, criterion 2: records show the member has tried only two antidepressants
    (sertraline and vortioxetine). Three adequate trials are required.
  denial_category: medical_necessity
  action: none
  pending_services: 6
  reviewer: {name: "Dr. Marcus Feldt-Oyama", specialty: psychiatry}
  corrections:
    - said: records show the member has tried only two antidepressants (sertraline and vortioxetine)
      record: >-
        The psychiatric note of 11/12/2026 records sertraline 200 mg 10 weeks, bupropion XL 450 mg since 03/2026
        (partial response, continuing) and lithium augmentation 8 weeks at a level of 0.7; vortioxetine was stopped
        after 3 weeks for nausea, an intolerance, not an adequate trial.
      file: clinical/psychiatric-note-2026-11-12.txt
      page: 1
plan_policy:
  name: Sunbelt Medical Policy MP-KET-08 "Intravenous ketamine for treatment-resistant depression"
  number: MP-KET-08
  quote: >-
    (1) Major depressive disorder, severe, in an adult; (2) inadequate response to at least three trials in the
    current episode, at adequate dose for at least 6 weeks, from at least two classes; one may be an augmentation
    agent added to an antidepressant; (3) no active psychosis or substance use disorder; (4) given in a monitored
    setting.
  file: other/medical-policy-mp-ket-08.txt
  augmentation_counts: one may be an augmentation agent added to an antidepressant
payer_criteria:
  - criterion: (1) Major depressive disorder, severe, in an adult
    how_met: F33.2; MADRS 36 on 11/12/2026; age 33
    met: true
    evidence: {file: clinical/psychiatric-note-2026-11-12.txt, page: 1}
  - criterion: (2) three trials in the current episode, 6 weeks or more, two classes; one may be augmentation
    how_met: Sertraline 200 mg 10 weeks (SSRI); bupropion XL 450 mg since 03/2026 (NDRI, partial response, continuing); lithium augmentation 8 weeks (level 0.7)
    met: true
    evidence: {file: clinical/psychiatric-note-2026-11-12.txt, page: 1}
  - criterion: (3) no active psychosis or substance use disorder
    how_met: No psychosis; no substance use disorder (screened 11/12/2026)
    met: true
    evidence: {file: clinical/psychiatric-note-2026-11-12.txt, page: 1}
  - criterion: (4) given in a monitored setting
    how_met: Infusion suite with continuous pulse oximetry and blood pressure monitoring, recovery observation 60 minutes
    met: true
    evidence: {file: clinical/psychiatric-note-2026-11-12.txt, page: 1}
treatment:
  name: Intravenous ketamine infusions, 0.5 mg/kg over 40 minutes, 6 infusions over 3 weeks (96365, 96366, J3490)
  summary: An induction series for treatment-resistant depression after three adequate trials in this episode.
  plan: Six infusions over 3 weeks; MADRS before and after the series; continue only with a 25% or greater fall in MADRS.
  setting: Outpatient infusion suite of Triangle Interventional Psychiatry, physician on site
  monitoring: Continuous pulse oximetry and blood pressure every 15 minutes; 60 minutes' observation after each infusion
  alongside: bupropion XL 450 mg daily
clinical:
  severity: MADRS 36 on 11/12/2026
  severity_date: 2026-11-12
  suicidality: passive
  suicidality_date: 2026-11-12
  episode_onset: 2025-06
  exclusions: No psychosis, no substance use disorder, blood pressure 118/76
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-07
      end: 2025-10
      weeks: 10
      kind: antidepressant
      adequate: true
      response: none
      outcome: No response after 10 weeks; stopped
      evidence: {file: clinical/psychiatric-note-2026-11-12.txt, page: 1}
    - drug: Vortioxetine
      dose: 10 mg daily
      start: 2025-11
      end: 2025-12
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for nausea (intolerance)
      evidence: {file: clinical/psychiatric-note-2026-11-12.txt, page: 1}
    - drug: Bupropion XL
      dose: 450 mg daily
      start: 2026-03
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/psychiatric-note-2026-11-12.txt, page: 1}
    - drug: Lithium (added to bupropion)
      dose: 900 mg daily (level 0.7)
      start: 2026-06
      end: 2026-08
      weeks: 8
      kind: augmentation
      adequate: true
      response: none
      outcome: No response after 8 weeks; stopped
      evidence: {file: clinical/psychiatric-note-2026-11-12.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-09
      ongoing: true
      kind: other
      adequate: false
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatric-note-2026-11-12.txt, page: 1}
    - drug: Escitalopram (earlier episode, 2017)
      dose: 10 mg daily
      start: 2017
      end: 2018
      kind: antidepressant
      response: response
      outcome: Response in an earlier episode (2017)
      evidence: {file: clinical/psychiatric-note-2026-11-12.txt, page: 1}
impact:
  work: On short-term disability leave since 09/2026
author:
  name: Corinna Blaylock-Ndiaye
  role: Psychiatric-mental health nurse practitioner (PMHNP-BC), prescriber, Triangle Interventional Psychiatry
  relation: prescriber
  authorization: other/authorized-representative-form-2026-11-26.txt
  address: |-
    Triangle Interventional Psychiatry (FICTIONAL), 7400 Six Forks Road, Suite 120
    Raleigh, NC 27615
  phone: (919) 555-0172
  email: cblaylock@triangleip.example
provider:
  name: Corinna Blaylock-Ndiaye, PMHNP-BC
  credentials: PMHNP-BC
  npi: "1609384155"
  address: |-
    7400 Six Forks Road, Suite 120
    Raleigh, NC 27615
  phone: (919) 555-0172
record_dates:
  - file: clinical/psychiatric-note-2026-11-12.txt
    date: 2026-11-12
bates_prefix: OKONKWOHART
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", docs={
"denial/notice-of-denial-2026-11-24.txt": """
SUNBELT HEALTH PLANS OF NORTH CAROLINA (FICTIONAL) - PRIOR AUTHORIZATION DENIAL        Date: 11/24/2026
Member: Delphine Okonkwo-Hart   ID FICT-SBH-88410263   Plan: Sunbelt Silver 2026 HMO (individual)
Reference SBH-PA-26-1119-55037. Request: IV ketamine, 6 infusions (96365, 96366, J3490).
Decision: Does not meet Medical Policy MP-KET-08, criterion 2: records show the member has tried only two
antidepressants (sertraline and vortioxetine). Three adequate trials are required.
Reviewer: Dr. Marcus Feldt-Oyama, psychiatry.
You have 180 days from receipt of this notice to file an appeal. After our final decision you may ask for an
external review. Grievances and Appeals, PO Box 26690, Raleigh, NC 27611, fax (919) 555-0186.
""",
"clinical/psychiatric-note-2026-11-12.txt": """
TRIANGLE INTERVENTIONAL PSYCHIATRY (FICTIONAL) - PSYCHIATRIC NOTE              Date: 11/12/2026
Patient: Delphine Okonkwo-Hart   DOB 06/19/1993   Page 1 of 1
Major depressive disorder, recurrent, severe (F33.2); current episode since 06/2025. MADRS 36. Passive suicidal
ideation, no plan or intent. No psychosis; no substance use disorder; BP 118/76.
This episode: sertraline 200 mg 07-10/2025 (10 weeks), no response, stopped. Vortioxetine 10 mg 11-12/2025,
stopped after 3 weeks for nausea. Bupropion XL 450 mg since 03/2026, partial response, continuing. Lithium 900 mg
added 06-08/2026 (8 weeks, level 0.7), no response, stopped. Trazodone 50 mg at bedtime for sleep since 09/2025.
Earlier episode 2017: escitalopram 10 mg, response.
Plan: IV ketamine 0.5 mg/kg over 40 minutes, 6 infusions over 3 weeks; continuous pulse oximetry, BP every 15
minutes, 60 minutes' observation; continue bupropion. Short-term disability leave since 09/2026.
""",
"other/medical-policy-mp-ket-08.txt": """
SUNBELT HEALTH PLANS (FICTIONAL) - MEDICAL POLICY MP-KET-08 Intravenous ketamine for TRD   Effective 01/01/2026
(1) Major depressive disorder, severe, in an adult; (2) inadequate response to at least three trials in the
current episode, at adequate dose for at least 6 weeks, from at least two classes; one may be an augmentation
agent added to an antidepressant; (3) no active psychosis or substance use disorder; (4) given in a monitored
setting.
""",
"other/pharmacy-claims-printout-2026-11.txt": """
SUNBELT HEALTH PLANS (FICTIONAL) - MEMBER PHARMACY CLAIMS, 01/01/2026-11/20/2026
OKONKWO-HART, DELPHINE: bupropion XL 150 mg x3 daily (fills 03/2026-11/2026); lithium 300 mg x3 (06-08/2026);
trazodone 50 mg.
[Sertraline and vortioxetine were filled in 2025 under her former employer plan and do not appear here.]
""",
"other/intake-2024-stale.txt": """
TRIANGLE INTERVENTIONAL PSYCHIATRY (FICTIONAL) - NEW PATIENT INTAKE, 10/02/2024 (stale: before this episode)
"No current psychiatric medication. No prior treatment since 2018."
""",
"other/authorized-representative-form-2026-11-26.txt": """
SUNBELT HEALTH PLANS (FICTIONAL) - AUTHORIZED REPRESENTATIVE FORM                 Signed 11/26/2026
I, Delphine Okonkwo-Hart, name Corinna Blaylock-Ndiaye, PMHNP-BC, to appeal reference SBH-PA-26-1119-55037 for me.
""",
"other/infusion-schedule-draft-2026-12.txt": """
TRIANGLE INTERVENTIONAL PSYCHIATRY (FICTIONAL) - INFUSION SCHEDULE (draft, pending authorization)
12/08 09:00  OKONKWO-HART, D. (pending)    12/08 11:00  VASQUEZ-LIND, R. (another patient; approved)
""",
}, truth=r"""
# 08 - Marketplace HMO: IV ketamine denied as "only two antidepressants"; the record holds three adequate trials (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Delphine Okonkwo-Hart, 33, **individual Marketplace Silver HMO, insured**, North Carolina; F33.2, MADRS 36 on
  11/12/2026, passive suicidal ideation without plan or intent.
- The notice of **11/24/2026** denies 6 infusions before treatment under **MP-KET-08 criterion 2**: "only two
  antidepressants (sertraline and vortioxetine)".
- This episode (since 06/2025): **sertraline 200 mg, 10 weeks**, no response; **bupropion XL 450 mg since 03/2026**,
  partial response, **continuing**; **lithium augmentation 8 weeks** (level 0.7), no response. Two classes (SSRI,
  NDRI) and one augmentation, which the policy says may count: **three adequate trials**.
- **Vortioxetine** was stopped after 3 weeks for nausea: an intolerance, not one of the three. **Trazodone 50 mg** is a
  sleep dose. **Escitalopram 2017** was a response in an earlier episode.
- The plan's own pharmacy claims hold bupropion and lithium from 2026; sertraline and vortioxetine were paid in
  2025 by her former employer plan.
- **Rule and stage:** first internal appeal, pre-service, 45 CFR 147.136(b)(3), 180 days: **by 05/23/2027**; state
  external review (4 months) after a final internal denial. Parity (45 CFR 146.136 / 147.160 for individual
  coverage) applies.
- **Author:** the prescribing psychiatric NP (PMHNP-BC), writing about "Ms. Okonkwo-Hart"; not "Dr.", not "physician".

## Deliberately unknown
- Whether the plan's reviewer saw the 11/12/2026 note: not known.
- Whether she will respond to ketamine: not known; the plan says how it will be measured.

## Traps
- **Counting:** the decision counted an intolerance (vortioxetine) and missed bupropion (still taken) and lithium
  augmentation; bupropion must never be called "failed" or "stopped".
- **Trials paid elsewhere:** sertraline was paid by a former plan; it is still a trial.
- **Stale document:** the 2024 intake ("No current psychiatric medication") predates this episode.
- **Other person:** the draft schedule's second line (R. Vasquez-Lind) is another patient.
- **Suicidality is passive**: never "active"; not urgent as written.
- **Voice and title:** the author is a nurse practitioner: never "Dr. Blaylock-Ndiaye", never "physician".
- **Wrong law:** no ERISA (individual plan), no Medicare, no Medicaid.

## Arguments a strong letter makes (strongest first)
1. Criterion 2 is met: sertraline (10 weeks), bupropion XL (continuing, partial response) and lithium augmentation (8
   weeks, level 0.7), from two classes, with augmentation counted by the policy's own words. Approve the 6 infusions.
2. Correct the notice: vortioxetine was an intolerance, not a trial; the count of two left out bupropion and lithium,
   both in the plan's own pharmacy claims.
3. Criteria 1, 3 and 4 are met (MADRS 36; no psychosis or substance use; monitored setting); the harm of waiting
   (disability leave, passive suicidal ideation).

## What a letter must NOT say
- "failed bupropion", "stopped bupropion"; "four failed antidepressants"; vortioxetine or trazodone as an adequate
  trial; "failed escitalopram".
- "active suicidal ideation", "suicide attempt"; "Dr. Blaylock-Ndiaye", "as her physician".
- "No current psychiatric medication"; "Vasquez-Lind".
- "ERISA", "29 CFR 2560.503-1" as the plan's law, "Medicare", "Medicaid".
""", answers=[
("plan type", "plan_type: individual_aca", "case.yaml"),
("deadline", "by 05/23/2027", "truth"),
("rule", "147.136(b)(3)", "truth"),
("notice date", "Date: 11/24/2026", "denial/notice-of-denial-2026-11-24.txt"),
("wrong count", "tried only two antidepressants (sertraline and vortioxetine)", "denial/notice-of-denial-2026-11-24.txt"),
("policy criterion", "one may be an augmentation agent added to an antidepressant", "other/medical-policy-mp-ket-08.txt"),
("trial 1", "sertraline 200 mg 07-10/2025 (10 weeks), no response", "clinical/psychiatric-note-2026-11-12.txt"),
("trial 2 still taken", "Bupropion XL 450 mg since 03/2026, partial response, continuing", "clinical/psychiatric-note-2026-11-12.txt"),
("trial 3 augmentation", "(8 weeks, level 0.7), no response", "clinical/psychiatric-note-2026-11-12.txt"),
("intolerance", "stopped after 3 weeks for nausea", "clinical/psychiatric-note-2026-11-12.txt"),
("sleep dose", "Trazodone 50 mg at bedtime for sleep", "clinical/psychiatric-note-2026-11-12.txt"),
("earlier episode", "escitalopram 10 mg, response", "clinical/psychiatric-note-2026-11-12.txt"),
("paid elsewhere", "under her former employer plan", "other/pharmacy-claims-printout-2026-11.txt"),
("stale", "No current psychiatric medication", "other/intake-2024-stale.txt"),
("other person", "VASQUEZ-LIND, R. (another patient", "other/infusion-schedule-draft-2026-12.txt"),
("author", "relation: prescriber", "case.yaml"),
]))
