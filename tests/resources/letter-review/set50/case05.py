"""FICTIONAL case 05: Marketplace plan; TMS course begun under a former employer plan; continuity-of-care clause; patient writes."""
SLUG = "05-marketplace-silver-tms-midcourse-new-member-continuity-of-care-clause-first-appeal-patient"

CASE_YAML = r'''
# FICTIONAL CASE (letters set 50, case 05) - every person, plan, insurer, provider, number and address is invented.
# Individual Marketplace Silver PPO, Maine. Everett Nakashima-Dunn, 44, began a 36-session TMS course on 07/06/2026
# under his employer plan's authorization. He lost that job on 07/31/2026 (no COBRA election) and his Marketplace
# plan began 08/01/2026. The clinic told the new plan on 08/05/2026 (call reference). Sessions 20-36 (08/03-08/26)
# were denied "no prior authorization on file" (CO-197). The Evidence of Coverage's continuity-of-care section covers
# a course a prior plan authorized for up to 90 days, without a new authorization, if the plan is told within 30 days.
patient:
  name: Everett Nakashima-Dunn
  salutation: Mr. Nakashima-Dunn
  date_of_birth: 1982-08-11
  member_id: FICT-PTH-30918824
  address: |-
    56 Veranda Street, Apt 2
    Portland, ME 04103
  phone: (207) 555-0129
  email: everett.nd@mailbox.example
insurer:
  name: Pinetree Health Plan (FICTIONAL), Silver PPO 2026 (individual Marketplace plan)
  appeals_address: |-
    Pinetree Health Plan - Appeals and Grievances (FICTIONAL)
    PO Box 9120
    Augusta, ME 04332
  fax: (207) 555-0166
claim:
  number: PTH-26-1005-552093
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-10-05
  appeal_deadline: 2027-04-03
  deadline_basis: >-
    EOB of 10/05/2026: "You may file an appeal within 180 days after you receive this notice." Counted from the
    notice date.
  service_dates: [2026-08-03, 2026-08-26]
  sessions: 17
  setting: outpatient
  procedure_codes: [90868]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: No prior authorization on file for transcranial magnetic stimulation. (CARC 197)
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  coding_correct: true
  action: none
  not_appealed:
    - date: 2026-07-06 to 2026-07-31
      code: "90867, 90868"
      why: Sessions 1-19, given while he was covered by his former employer plan, which paid them
plan_policy:
  name: Pinetree Health Plan 2026 Individual Evidence of Coverage, Section 6.8 "Continuity of care for new members"
  number: Section 6.8
  quote: >-
    If you are a new member and, on the day your coverage with us begins, you are in an active course of treatment
    that your prior health plan authorized, we will cover the rest of that course as authorized, for up to 90 days
    after your coverage begins, without a new prior authorization. You or your provider must tell us about the
    course within 30 days after your coverage begins.
  file: other/evidence-of-coverage-2026-section-6-8-excerpt.txt
prior_auth:
  required: false
  notified: 2026-08-05
  reference: PTH-CS-0805-40127
  proof:
    - other/former-plan-tms-authorization-2026-06-29.txt
    - other/clinic-call-log-2026-08-05.txt
    - other/marketplace-enrollment-confirmation-2026-07-24.txt
treatment:
  name: Transcranial magnetic stimulation (TMS), sessions 20-36 of a 36-session course (90868)
  summary: >-
    The second half of a 36-session TMS course for treatment-resistant recurrent depression, begun 07/06/2026 under
    my former plan's authorization and finished 08/26/2026 at the same clinic, which is in Pinetree's network.
clinical:
  severity: PHQ-9 22 on 07/06/2026; PHQ-9 14 on 07/31/2026; PHQ-9 7 on 08/26/2026
  severity_date: 2026-08-26
  suicidality: none
  suicidality_date: 2026-08-26
  response: PHQ-9 22 (07/06/2026) to 7 (08/26/2026)
  response_level: response
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2024-03
      end: 2024-06
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks; stopped
      evidence: {file: clinical/tms-course-summary-2026-08-26.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2024-07
      end: 2024-09
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks; stopped
      evidence: {file: clinical/tms-course-summary-2026-08-26.txt, page: 1}
    - drug: Lithium
      dose: 600 mg daily
      start: 2025-03
      end: 2025-03
      weeks: 3
      kind: augmentation
      adequate: false
      outcome: Stopped after 3 weeks for tremor (intolerance)
      evidence: {file: clinical/tms-course-summary-2026-08-26.txt, page: 1}
    - drug: Duloxetine
      dose: 90 mg daily
      start: 2024-10
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the TMS course
      evidence: {file: clinical/tms-course-summary-2026-08-26.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2025-01
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an augmentation trial
      evidence: {file: clinical/tms-course-summary-2026-08-26.txt, page: 1}
author:
  name: Everett Nakashima-Dunn
  role: Patient and member
  relation: patient
  address: |-
    56 Veranda Street, Apt 2
    Portland, ME 04103
  phone: (207) 555-0129
  email: everett.nd@mailbox.example
provider:
  name: Casco Bay TMS Center
  credentials: Network provider of Pinetree Health Plan
  npi: "1461374971"
  address: |-
    222 St. John Street, Suite 140
    Portland, ME 04102
  phone: (207) 555-0171
record_dates:
  - file: clinical/tms-course-summary-2026-08-26.txt
    date: 2026-08-26
bates_prefix: NAKASHIMADUNN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/eob-2026-10-05.txt": '''
PINETREE HEALTH PLAN (FICTIONAL) - EXPLANATION OF BENEFITS                         Date: 10/05/2026
Member: Everett Nakashima-Dunn   DOB 08/11/1982   ID FICT-PTH-30918824   Silver PPO 2026 (individual)
Provider: Casco Bay TMS Center, NPI 1461374971   Claim PTH-26-1005-552093
Dates 08/03/2026-08/26/2026   90868 x17   Billed $5,610.00   Allowed $0.00   Paid $0.00
CARC 197. No prior authorization on file for transcranial magnetic stimulation.
You may file an appeal within 180 days after you receive this notice.
''',
"clinical/tms-course-summary-2026-08-26.txt": '''
CASCO BAY TMS CENTER (FICTIONAL) - TMS COURSE SUMMARY                             Date: 08/26/2026
Patient: Everett Nakashima-Dunn   DOB 08/11/1982   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Course: 36 sessions, 07/06/2026-08/26/2026, daily on weekdays. Sessions 1-19 (07/06-07/31) under the former
employer plan's authorization; sessions 20-36 (08/03-08/26) after his Pinetree coverage began 08/01/2026.
PHQ-9 22 at session 1, 14 at session 19, 7 at session 36. No suicidal ideation at any session.
Trials: escitalopram 20 mg 03-06/2024 (10 weeks), no response, stopped; bupropion XL 300 mg 07-09/2024 (8 weeks), no
response, stopped; duloxetine 90 mg since 10/2024, partial response, continued; lithium 600 mg added 03/2025, stopped
after 3 weeks for tremor. Quetiapine 25 mg at bedtime for sleep since 01/2025.
''',
"other/evidence-of-coverage-2026-section-6-8-excerpt.txt": '''
PINETREE HEALTH PLAN (FICTIONAL) - 2026 INDIVIDUAL EVIDENCE OF COVERAGE (excerpt)           Page 38 of 110
Section 6.8 Continuity of care for new members
If you are a new member and, on the day your coverage with us begins, you are in an active course of treatment that
your prior health plan authorized, we will cover the rest of that course as authorized, for up to 90 days after your
coverage begins, without a new prior authorization. You or your provider must tell us about the course within 30
days after your coverage begins.
Section 6.2 Prior authorization list: transcranial magnetic stimulation requires prior authorization.
''',
"other/former-plan-tms-authorization-2026-06-29.txt": '''
GRANITE COAST BENEFITS (FICTIONAL) - ADMINISTRATOR FOR HARBORVIEW MARINE SUPPLY EMPLOYEE PLAN   Date: 06/29/2026
Member: Everett Nakashima-Dunn   Authorization GCB-TMS-26-0629-1180
Approved: TMS, 36 sessions (90867 x1, 90868 x35), 07/06/2026-09/30/2026, Casco Bay TMS Center.
''',
"other/clinic-call-log-2026-08-05.txt": '''
CASCO BAY TMS CENTER (FICTIONAL) - PAYER CALL LOG                                  Date: 08/05/2026
Called Pinetree Health Plan provider services, 11:10. Reference PTH-CS-0805-40127.
Told Pinetree that Everett Nakashima-Dunn (new member from 08/01/2026) is mid-course in TMS authorized by his prior
plan (GCB-TMS-26-0629-1180, 36 sessions, 19 given); faxed the authorization at 11:32 (confirmation OK, 2 pages).
Representative: "noted on member file; continuity of care section 6.8".
''',
"other/marketplace-enrollment-confirmation-2026-07-24.txt": '''
MARKETPLACE ENROLLMENT CONFIRMATION (FICTIONAL)                                    Date: 07/24/2026
Enrollee: Everett Nakashima-Dunn   Special enrollment period: loss of employer coverage (07/31/2026)
Plan: Pinetree Health Plan Silver PPO 2026   Coverage start date: 08/01/2026
''',
"other/cobra-election-notice-2026-08-03-not-elected.txt": '''
HARBORVIEW MARINE SUPPLY EMPLOYEE PLAN (FICTIONAL) - COBRA CONTINUATION NOTICE     Date: 08/03/2026
Qualified beneficiary: Everett Nakashima-Dunn. Election period ends 10/02/2026.
[Not elected: he chose the Marketplace plan. This notice gives him no coverage after 07/31/2026.]
''',
}

TRUTH = r'''
# 05 - Marketplace plan: the second half of a TMS course begun under a former employer plan; continuity-of-care clause; first appeal by the patient (FICTIONAL)

All people, plans, insurers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Everett Nakashima-Dunn, 44 (DOB 08/11/1982), began a **36-session TMS course on 07/06/2026**, authorized by his
  former employer plan (**GCB-TMS-26-0629-1180**, 36 sessions, 07/06-09/30/2026). His job ended **07/31/2026**; his
  **Pinetree Silver PPO** (individual Marketplace, insured) began **08/01/2026**. He did **not** elect COBRA.
- Sessions **20-36** (17 sessions, **08/03-08/26/2026**, 90868, F33.2) at Casco Bay TMS Center (a Pinetree network
  provider) were denied: EOB **10/05/2026**, claim PTH-26-1005-552093, **CO-197** "No prior authorization on file".
  Sessions 1-19 were paid by the former plan and are not part of this appeal.
- **Evidence of Coverage Section 6.8**: for a new member in an active course a prior plan authorized, Pinetree covers
  the rest of the course as authorized for up to **90 days** after coverage begins, **without a new prior
  authorization**, if told within **30 days**. The clinic told Pinetree on **08/05/2026** (ref **PTH-CS-0805-40127**,
  authorization faxed) - day 5. Every session (08/03-08/26) is within 90 days of 08/01/2026, and within the former
  authorization's 36 sessions.
- PHQ-9 **22 -> 7** over the course.
- **Rule and stage:** individual market, 45 CFR 147.136(b)(3) applying the ERISA claims rule: first internal appeal,
  post-service, within 180 days (**by 04/03/2027**); external review after a final internal denial.
- **Author:** the patient himself: "I", "my TMS course".

## Deliberately unknown
- Why Pinetree's claims system did not apply the note on his file: not known; a letter may ask.
- Whether Pinetree's own TMS criteria would be met: never reviewed; a letter must not say "every criterion is met".
- The allowed amount: not in the case (billed $5,610.00).

## Traps
- **Plan document and dates, not medicine:** Section 6.8 needs no new authorization; the letter asks that the claim be
  paid under it, not for a retroactive authorization.
- **Not appealed:** sessions 1-19 (07/06-07/31) were the former plan's; a letter must not ask Pinetree to pay them.
- **Stale/irrelevant document:** the COBRA notice (not elected) gives no coverage after 07/31/2026; a letter must not
  say COBRA covered him or that the former plan pays sessions 20-36.
- **Drug still taken:** duloxetine continues (partial response) - never "failed" or "stopped"; quetiapine 25 mg is a
  sleep dose, not augmentation; lithium stopped after 3 weeks for tremor is an intolerance, not an adequate trial.
- **TMS is a session-count course** (36 sessions), never judged by weeks.
- **Voice:** he signs: "I", never "Mr. Nakashima-Dunn has ..." about himself.
- **Wrong law:** no 29 CFR 2560.503-1 as if this were an employer plan's own rule without 147.136; no Medicaid,
  Medicare, TRICARE or OPM; no "network gap" (the clinic is in network).

## Arguments a strong letter makes (strongest first)
1. Section 6.8: he was a new member mid-course in TMS his prior plan authorized (36 sessions); Pinetree was told on
   08/05/2026, within 30 days; the 17 sessions fall within 90 days of 08/01/2026 - so no new prior authorization was
   needed; reprocess and pay the claim.
2. The plan's own record shows the notice (reference PTH-CS-0805-40127, "noted on member file"); ask for the file
   and why it was not applied.
3. In the alternative only, the course worked (PHQ-9 22 -> 7) and he had two failed adequate antidepressant trials,
   an intolerance and a partial response; ask that any necessity review be done by a psychiatrist.

## What a letter must NOT say
- "retroactive authorization" as the ask; "we forgot to get authorization".
- a request to pay sessions 1-19, "07/06/2026 through 08/26/2026" as the sessions appealed.
- "COBRA" as coverage he had; "network gap"; "out-of-network".
- "failed duloxetine", "stopped duloxetine"; quetiapine as augmentation; lithium as an adequate trial; TMS "weeks".
- "Mr. Nakashima-Dunn has" in his own letter.
'''

ANSWERS = [
    ("plan type", "plan_type: individual_aca", "case.yaml"),
    ("claim number", "PTH-26-1005-552093", "denial/eob-2026-10-05.txt"),
    ("CARC", "CARC 197", "denial/eob-2026-10-05.txt"),
    ("sessions appealed", "90868 x17", "denial/eob-2026-10-05.txt"),
    ("coverage start", "Coverage start date: 08/01/2026", "other/marketplace-enrollment-confirmation-2026-07-24.txt"),
    ("clause: no new PA", "without a new prior authorization", "other/evidence-of-coverage-2026-section-6-8-excerpt.txt"),
    ("clause: 90 days", "for up to 90 days after your coverage begins", "other/evidence-of-coverage-2026-section-6-8-excerpt.txt"),
    ("clause: 30 days", "within 30 days after your coverage begins", "other/evidence-of-coverage-2026-section-6-8-excerpt.txt"),
    ("notice to plan", "Reference PTH-CS-0805-40127", "other/clinic-call-log-2026-08-05.txt"),
    ("prior authorization", "GCB-TMS-26-0629-1180", "other/former-plan-tms-authorization-2026-06-29.txt"),
    ("authorized sessions", "Approved: TMS, 36 sessions", "other/former-plan-tms-authorization-2026-06-29.txt"),
    ("not appealed", "Sessions 1-19 (07/06-07/31) under the former", "clinical/tms-course-summary-2026-08-26.txt"),
    ("COBRA not elected", "Not elected", "other/cobra-election-notice-2026-08-03-not-elected.txt"),
    ("response", "PHQ-9 22 at session 1, 14 at session 19, 7 at session 36", "clinical/tms-course-summary-2026-08-26.txt"),
    ("deadline", "by 04/03/2027", "truth"),
    ("author", "relation: patient", "case.yaml"),
]
