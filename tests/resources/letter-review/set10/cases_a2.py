"""Set 10 cases 03-04 (ALL FICTIONAL)."""
CASES = []

# ---------------------------------------------------------------- 03
CASES.append(dict(
slug="03-fehb-spravato-quantity-limit-opm-review",
yaml=r'''
# FICTIONAL CASE (set 10, case 03) - every person, plan, number and address is invented.
# FEHB plan: Spravato maintenance above the brochure's quantity limit (6 devices per 28 days) denied; the carrier
# upheld it on reconsideration; the patient asks OPM to review ("I").
patient:
  name: Harriet Voss-Delacroix
  salutation: Ms. Voss-Delacroix
  date_of_birth: 1974-06-22
  member_id: FEMB-FICT-R40218836
  address: |-
    17 Quarry Lane, Apt 4B
    Eastwick Landing, MD 20999
  phone: (301) 555-0119
  email: hvd@postbox.example
insurer:
  name: Federal Employees Mutual Benefit Plan (FICTIONAL FEHB carrier)
  appeals_address: |-
    FEMB Plan Reconsiderations
    PO Box 2260
    Baltimore, MD 21203-2260
  fax: (410) 555-0133
claim:
  number: FEMB-PA-26-118840
  plan_type: fehb
  notice_date: 2026-09-02
  procedure_codes: [J0013, 99214]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    The requested quantity exceeds the plan's quantity limit for esketamine nasal spray after the induction phase
    (6 devices per 28 days). Request for 12 devices per 28 days is denied.
  denial_category: benefit_limit
  action: reduce
  pending_services: weekly esketamine 84 mg sessions
template: external-review-request
external_review:
  agency: U.S. Office of Personnel Management, Federal Employee Insurance Operations, Health Insurance 2
  address: |-
    U.S. Office of Personnel Management
    Federal Employee Insurance Operations, Health Insurance 2
    1900 E Street NW
    Washington, DC 20415-3620
  final_denial_date: 2026-10-20
decisions:
  - date: 2026-10-20
    outcome: denied
    stage: reconsideration
    opens: OPM review
    next_deadline: 2027-01-18
    reason: >-
      We affirm our denial. The quantity limit of 6 devices per 28 days applies after week 8 of treatment. Your
      physician's statement does not establish that the limit should be exceeded.
plan_policy:
  name: FEMB Plan 2026 FEHB Brochure, Section 5(f) Prescription drug benefits - quantity limits
  quote: >-
    Esketamine nasal spray (Spravato): induction, up to 24 devices per 28 days for the first 8 weeks; thereafter
    up to 6 devices per 28 days. Quantities above these limits are covered when your prescriber provides
    documentation that the higher quantity is medically necessary and we approve it in advance.
  exception: >-
    Quantities above these limits are covered when your prescriber provides documentation that the higher
    quantity is medically necessary and we approve it in advance.
  file: other/fehb-brochure-2026-section-5f-excerpt.txt
  limit: {applied: 6, current: 6, course: 12, unit: devices per 28 days}
treatment:
  name: Spravato (esketamine nasal spray)
  summary: >-
    Weekly maintenance dosing (84 mg, three devices a week, 12 per 28 days) after relapse on every-other-week
    dosing; the plan will pay for every-other-week dosing only.
  plan: >-
    Esketamine 84 mg once weekly in the REMS clinic for six months, then a second every-other-week trial if
    MADRS stays at or below 12 for eight weeks.
  setting: Chesapeake Interventional Mood Clinic (FICTIONAL), REMS-certified
  monitoring: blood pressure before and 40 minutes after dosing; two hours of observation
author:
  name: Harriet Voss-Delacroix
  role: Patient (federal annuitant)
  relation: patient
  address: |-
    17 Quarry Lane, Apt 4B
    Eastwick Landing, MD 20999
  phone: (301) 555-0119
provider:
  name: Gideon Ashworth-Bell
  credentials: DO, psychiatrist
  npi: "1952301848"
  phone: (410) 555-0171
  address: |-
    Chesapeake Interventional Mood Clinic (FICTIONAL), 55 Harbor Point Road
    Eastwick Landing, MD 20999
clinical:
  episode_onset: 2024-03
  severity: MADRS 11 on July 28, 2026 (weekly dosing); MADRS 27 on September 14, 2026 (after five weeks every other week); MADRS 13 on November 16, 2026 (weekly dosing resumed, paid by me)
  severity_date: 2026-11-16
  suicidality: none
  response: MADRS 34 before induction (April 2026), 11 on weekly maintenance, 27 after five weeks every other week, 13 after weekly dosing resumed
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2024-04
      end: 2024-08
      outcome: No response
      response: none
      adequate: true
      evidence: {file: clinical/psychiatrist-letter-and-notes.txt, page: 1}
    - drug: Vortioxetine
      dose: 20 mg daily
      start: 2024-09
      end: 2025-01
      outcome: Partial response
      response: partial
      adequate: true
      evidence: {file: clinical/psychiatrist-letter-and-notes.txt, page: 1}
    - drug: Lithium
      kind: augmentation
      dose: 600 mg daily (level 0.4 mmol/L)
      start: 2025-02
      end: 2025-03
      outcome: Stopped after five weeks for tremor; level never therapeutic
      adequate: false
    - drug: Venlafaxine XR
      dose: 150 mg daily
      start: 2025-04-14
      ongoing: true
      outcome: Partial response; continued with esketamine
      response: partial
      adequate: true
    - drug: Esketamine every other week (the plan's quantity)
      kind: other
      dose: 84 mg every other week
      start: 2026-08-10
      end: 2026-09-14
      outcome: Relapse on spaced dosing - MADRS 11 to 27 in five weeks
      response: lost
      evidence: {file: clinical/psychiatrist-letter-and-notes.txt, page: 1}
  treating_since: 2024-03
impact:
  relapse: Relapsed within five weeks when the doses were spaced to every other week (August 10 to September 14, 2026)
expenses:
  - {date: 2026-09-21, item: esketamine 84 mg weekly session paid myself (1 of 8), amount: "$1,240.00", paid: "$1,240.00"}
record_dates:
  - {file: clinical/psychiatrist-letter-and-notes.txt, date: 2026-11-16}
bates_prefix: VOSSDELACROIX
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
literature:
  - id: daly-2019
''',
docs={
"denial/carrier-reconsideration-decision-2026-10-20.txt": '''
FEDERAL EMPLOYEES MUTUAL BENEFIT PLAN (FICTIONAL) - a plan under the FEHB Program
Reconsideration Decision                                           October 20, 2026

Ms. Harriet Voss-Delacroix, 17 Quarry Lane Apt 4B, Eastwick Landing MD 20999
Enrollee ID FEMB-FICT-R40218836      Case FEMB-PA-26-118840

We have reconsidered our September 2, 2026 denial of your prescriber's request for esketamine nasal spray,
12 devices per 28 days.

We affirm our denial. The quantity limit of 6 devices per 28 days applies after week 8 of treatment. Your
physician's statement does not establish that the limit should be exceeded.

If you disagree with this decision, you may ask OPM to review it. You must write to OPM within 90 days from
the date of this letter: United States Office of Personnel Management, Federal Employee Insurance Operations,
Health Insurance 2, 1900 E Street NW, Washington DC 20415-3620. Include a copy of this letter and of your
request to us. (See Section 8 of the brochure.)
''',
"denial/initial-denial-2026-09-02.txt": '''
FEMB PLAN PHARMACY BENEFIT - COVERAGE DETERMINATION (FICTIONAL)       09/02/2026
Drug: SPRAVATO 28 MG NASAL DEVICE   Qty requested: 12 devices / 28 days   Decision: DENIED
Reason: The requested quantity exceeds the plan's quantity limit for esketamine nasal spray after the
induction phase (6 devices per 28 days). Request for 12 devices per 28 days is denied.
Approved instead: 6 devices per 28 days (84 mg every other week).
''',
"clinical/psychiatrist-letter-and-notes.txt": '''
CHESAPEAKE INTERVENTIONAL MOOD CLINIC (FICTIONAL)
Gideon Ashworth-Bell, DO - treating psychiatrist since March 2024

Summary for Ms. Voss-Delacroix's OPM review, written 11/16/2026:
Trials this episode (since 03/2024): fluoxetine 40 mg Apr-Aug 2024, no response; vortioxetine 20 mg Sep 2024-
Jan 2025, partial; lithium augmentation Feb-Mar 2025 stopped at 5 weeks for tremor, level 0.4 (never
therapeutic - not an adequate trial); venlafaxine XR 150 mg since 04/14/2025, partial, continuing.
Spravato induction Apr-May 2026 (MADRS 34 -> 12), weekly 84 mg maintenance June-July (MADRS 11 on 07/28).
After the plan's limit we spaced doses to every other week from 08/10: MADRS 27 on 09/14/2026 (relapse).
She resumed weekly dosing on 09/21 and paid for it herself; MADRS 13 on 11/16/2026.
No suicidal ideation at any visit this year (C-SSRS negative). No psychosis. BP controlled.
In my judgment weekly dosing (12 devices per 28 days) is medically necessary; every-other-week dosing failed.
Note: the prescribing information allows dosing weekly or every two weeks in the maintenance phase,
individualized to the least frequent dosing that maintains remission/response.
''',
"other/fehb-brochure-2026-section-5f-excerpt.txt": '''
FEMB PLAN 2026 BROCHURE (FICTIONAL EXCERPT) - Section 5(f) Prescription drug benefits

Quantity limits. Esketamine nasal spray (Spravato): induction, up to 24 devices per 28 days for the first 8
weeks; thereafter up to 6 devices per 28 days. Quantities above these limits are covered when your prescriber
provides documentation that the higher quantity is medically necessary and we approve it in advance.
''',
},
checks=[
("denial/carrier-reconsideration-decision-2026-10-20.txt", "within 90 days from the date of this letter"),
("denial/carrier-reconsideration-decision-2026-10-20.txt", "We affirm our denial."),
("other/fehb-brochure-2026-section-5f-excerpt.txt", "Quantities above these limits are covered when your prescriber"),
("clinical/psychiatrist-letter-and-notes.txt", "MADRS 27 on 09/14/2026 (relapse)"),
("clinical/psychiatrist-letter-and-notes.txt", "not an adequate trial"),
("clinical/psychiatrist-letter-and-notes.txt", "No suicidal ideation at any visit this year"),
("denial/initial-denial-2026-09-02.txt", "6 devices per 28 days (84 mg every other week)"),
],
truth='''
# 03 - FEHB, Spravato maintenance quantity limit; request for OPM review after the carrier's reconsideration; the
patient writes (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Harriet Voss-Delacroix, 52, federal annuitant in an **FEHB** plan. The carrier denied 12 Spravato devices per
  28 days (weekly 84 mg) on 2026-09-02 and **affirmed on reconsideration 2026-10-20**. She asks **OPM** to review
  it: within **90 days of the carrier's decision** (5 CFR 890.105): by 2027-01-18. The brochure (Section 8)
  and the decision say so.
- The brochure's own words **cover quantities above the limit** when the prescriber documents medical
  necessity: this is an exception, not an argument that no limit applies (limit applied 6 = current 6 < 12).
- She **relapsed on the plan's quantity**: MADRS 11 -> 27 in five weeks every other week (08/10-09/14/2026),
  13 again on weekly dosing she paid for herself. The label allows weekly or every-two-week maintenance,
  individualized.
- Venlafaxine XR 150 mg ongoing. Suicidality none.

## Deliberately unknown
- What OPM will decide or how long it takes (no time is counted here; don't promise one).
- Whether the carrier's reviewer was a psychiatrist (the decision names none).
- The full amount she paid (only one session's receipt is recorded; don't total).

## Traps
- FEHB: no ERISA, no state insurance department, no state external review, no parity statute cited as
  governing the carrier's limit as a member's right; OPM is the next level.
- Lithium 5 weeks at 0.4 mmol/L, stopped for tremor: not an adequate augmentation trial.
- The spaced-dosing period is the decisive "trial" - of the plan's own quantity, not a drug trial that failed
  in an earlier episode.
- "No suicidal ideation at any visit this year" -> no SI paragraph, no suicidality indication.
- The treating summary is dated 11/16/2026, after the 10/20 decision: never before the carrier; say so.
- "Psychiatrist prescriber" and "oral antidepressant required" are not label requirements for TRD (monotherapy
  allowed since January 2025); venlafaxine is continued anyway.
- Voice: patient signs -> "I".

## Arguments a strong letter makes
1. The brochure itself covers quantities above the limit on the prescriber's documentation; the prescriber
   documented it, and the plan's quantity was tried and failed (relapse MADRS 11 -> 27).
2. Weekly maintenance is within the labelled dosing; the response on weekly dosing (13) shows the need.
3. Timely OPM review request (within 90 days of 10/20/2026); enclose the carrier's decision and the request.

## What a letter must NOT say
- "no limit applies", "the limit was removed", ERISA / 29 CFR 2560.503-1, "state external review", "insurance
  department", "suicidal", "lithium failed", "OPM must decide within N days", "appeal to the carrier within 6
  months" as the current step.
''',
))

# ---------------------------------------------------------------- 04
CASES.append(dict(
slug="04-tricare-prime-tms-referral-on-file",
yaml=r'''
# FICTIONAL CASE (set 10, case 04) - every person, plan, number and address is invented.
# TRICARE Prime (retiree): TMS claims denied "no referral on file" although the regional contractor approved the
# referral/authorization; it was issued to the clinic's old service location. The patient's wife writes the
# reconsideration as his appointed representative.
patient:
  name: Desmond Achterberg
  salutation: Mr. Achterberg
  date_of_birth: 1971-11-30
  member_id: DBN-FICT-10044871
  address: |-
    431 Seawall Crescent
    Port Mallory, VA 23999
  phone: (757) 555-0108
insurer:
  name: Eastgate Military Health Services (FICTIONAL), TRICARE East regional contractor
  appeals_address: |-
    Eastgate Military Health Services - TRICARE Reconsiderations
    PO Box 14400
    Norfolk, VA 23501-4400
  fax: (757) 555-0139
claim:
  number: EMHS-26-281-004417
  plan_type: tricare
  notice_date: 2026-10-08
  service_dates: [2026-08-03, 2026-09-14]
  sessions: 30
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2, F43.12]
  denial_reason: >-
    Services require a referral/authorization for TRICARE Prime beneficiaries. No valid referral on file for this
    provider and location.
  denial_category: prior_authorization
  action: none
  appeal_deadline: 2027-01-06
  deadline_basis: >-
    Stated in the notice: "Your request for reconsideration must be postmarked or received within 90 days of the
    date of this notice."
prior_auth:
  approved:
    number: referral/authorization TRI-REF-FICT-2026-554901
    date: 2026-07-28
    covers: 90867 x1 and 90868 x41 (TMS course and taper) at Tidewater Neuromodulation, August 3 to November 30, 2026
    quote: "APPROVED. Service: TMS 90867 x1, 90868 x41. Valid 08/03/2026 - 11/30/2026."
    file: other/referral-authorization-approval-2026-07-28.txt
    what_went_wrong: >-
      The referral was issued to the clinic's former service location (Suite 110); the clinic moved to Suite 300
      in the same building, and the claims from the new location were not matched to the referral.
    lines:
      - {code: "90867", units: 1, given: 1}
      - {code: "90868", units: 41, given: 29}
treatment:
  name: Transcranial magnetic stimulation (TMS)
  summary: A 30-treatment TMS course for recurrent major depression, given under an approved TRICARE referral.
  alongside: mirtazapine 30 mg daily
author:
  name: Lorraine Achterberg
  role: Spouse and appointed representative
  relation: representative
  authorization: other/appointment-of-representative.txt
  address: |-
    431 Seawall Crescent
    Port Mallory, VA 23999
  phone: (757) 555-0108
provider:
  name: Naomi Kittredge-Park
  credentials: MD, psychiatrist
  npi: "1679034417"
  phone: (757) 555-0182
  address: |-
    Tidewater Neuromodulation (FICTIONAL), 2100 Harbor Gate Drive, Suite 300
    Port Mallory, VA 23999
clinical:
  episode_onset: 2025-09
  severity: PHQ-9 21 on July 14, 2026; PHQ-9 9 on September 14, 2026
  severity_date: 2026-09-14
  suicidality: none
  response: PHQ-9 21 before TMS, 9 after 30 treatments
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2016-02
      end: 2017-05
      outcome: Response in an earlier episode (2016)
      response: response
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-10-06
      end: 2026-01-12
      outcome: No response after 14 weeks
      response: none
      adequate: true
      evidence: {file: clinical/behavioral-health-notes.txt, page: 1}
    - drug: Mirtazapine
      dose: 30 mg daily
      start: 2026-01-19
      ongoing: true
      outcome: Partial response; continued during TMS
      response: partial
      adequate: true
      evidence: {file: clinical/behavioral-health-notes.txt, page: 1}
    - drug: Prazosin (for nightmares)
      kind: other
      dose: 2 mg at bedtime
      start: 2025-11
      ongoing: true
      outcome: For PTSD-related nightmares, not an antidepressant trial
    - drug: Cognitive processing therapy
      kind: psychotherapy
      dose: 12 weekly sessions
      sessions: 12
      adequate: true
      start: 2025-11
      end: 2026-02
      outcome: Completed; PTSD symptoms improved, depression persisted
      evidence: {file: clinical/behavioral-health-notes.txt, page: 1}
call_log:
  - date: 2026-10-15
    who: Eastgate customer service (rep "Tanya")
    reference: CS-26-1015-7781
    summary: >-
      Rep confirmed referral TRI-REF-FICT-2026-554901 is approved and active but "attached to Suite 110"; told us
      to file a reconsideration with the approval letter.
bates_prefix: ACHTERBERG
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/tricare-eob-2026-10-08.txt": '''
TRICARE EXPLANATION OF BENEFITS (FICTIONAL)          Eastgate Military Health Services - TRICARE East
Date of notice: October 8, 2026            Sponsor/Beneficiary: ACHTERBERG, DESMOND   DBN FICT-10044871
Plan: TRICARE Prime (retired)              Claim no. EMHS-26-281-004417
Provider: TIDEWATER NEUROMODULATION, 2100 HARBOR GATE DR STE 300, PORT MALLORY VA

Service dates 08/03/2026 - 09/14/2026   90867 x1, 90868 x29   Billed $9,600.00   Allowed $0.00   Paid $0.00
Remark 7J: Services require a referral/authorization for TRICARE Prime beneficiaries. No valid referral on
file for this provider and location.

RECONSIDERATION: If you disagree, write to us. Your request for reconsideration must be postmarked or received
within 90 days of the date of this notice. Send it with a copy of this EOB to Eastgate Military Health Services
- TRICARE Reconsiderations, PO Box 14400, Norfolk VA 23501-4400 (fax 757-555-0139).
''',
"other/referral-authorization-approval-2026-07-28.txt": '''
EASTGATE MILITARY HEALTH SERVICES (FICTIONAL) - REFERRAL/AUTHORIZATION LETTER       Printed from provider portal
Beneficiary: Desmond Achterberg      Referral/authorization: TRI-REF-FICT-2026-554901
Date approved: 07/28/2026            Requested by: PCM, Naval Branch Clinic Port Mallory (FICTIONAL)
Servicing provider: Tidewater Neuromodulation, 2100 Harbor Gate Dr, Suite 110, Port Mallory VA
APPROVED. Service: TMS 90867 x1, 90868 x41. Valid 08/03/2026 - 11/30/2026.
''',
"other/appointment-of-representative.txt": '''
APPOINTMENT OF REPRESENTATIVE FOR TRICARE APPEALS (FICTIONAL)
I, Desmond Achterberg, appoint my wife Lorraine Achterberg to act for me in the reconsideration of claim
EMHS-26-281-004417 and to receive my health information for it.   Signed 10/20/2026  D. Achterberg
''',
"clinical/behavioral-health-notes.txt": '''
TIDEWATER NEUROMODULATION (FICTIONAL) - intake and course summary, Dr. N. Kittredge-Park
Desmond Achterberg, 54, Army retiree. Prior episode 2016 responded to sertraline 150 mg (Feb 2016-May 2017).
PTSD (chronic). Current MDE since 09/2025. Escitalopram 20 mg 10/06/2025-01/12/2026: no response (14 wks).
Mirtazapine 30 mg since 01/19/2026: partial, continues. Prazosin 2 mg hs since 11/2025 for nightmares.
CPT (cognitive processing therapy) 12 sessions Nov 2025-Feb 2026, completed.
07/14/2026 PHQ-9 21; denies SI/HI. TMS referral requested by PCM; approval received (dated 07/26/2026 per
our intake log).
08/03/2026 mapping + treatment 1 (moved to Suite 300 on 07/31/2026).
09/14/2026 treatment 30: PHQ-9 9. Taper declined by patient; course ended.
''',
},
checks=[
("denial/tricare-eob-2026-10-08.txt", "No valid referral on file for this provider and location"),
("denial/tricare-eob-2026-10-08.txt", "within 90 days of the date of this notice"),
("other/referral-authorization-approval-2026-07-28.txt", "APPROVED. Service: TMS 90867 x1, 90868 x41. Valid 08/03/2026 - 11/30/2026."),
("other/referral-authorization-approval-2026-07-28.txt", "Suite 110"),
("clinical/behavioral-health-notes.txt", "dated 07/26/2026 per"),
("clinical/behavioral-health-notes.txt", "Taper declined by patient; course ended."),
],
truth='''
# 04 - TRICARE Prime, TMS claims denied "no referral on file" although the referral was approved; the wife
writes as representative (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Desmond Achterberg, 55, retiree in **TRICARE Prime**. The regional contractor **approved referral/authorization
  TRI-REF-FICT-2026-554901 on 2026-07-28** for 90867 x1 and 90868 x41, valid 08/03-11/30/2026, at the clinic's
  **Suite 110**. The clinic moved to Suite 300 (same building) on 07/31; 30 treatments (08/03-09/14) were denied
  10/08/2026 for "no valid referral on file for this provider and location".
- Given (90867 x1, 90868 x29) is **within** what was approved. A call on 10/15 (ref CS-26-1015-7781) confirmed the
  referral is active but attached to Suite 110.
- Rule: TRICARE reconsideration by the regional contractor, **90 days** from the notice, postmarked or received
  (32 CFR 199.10): 2027-01-06. This is a factual (not medical-necessity) denial: if upheld, the next level is a
  formal review by the Defense Health Agency (not the quality monitoring contractor).
- The wife is the appointed representative (signed appointment enclosed).
- Response: PHQ-9 21 -> 9.

## Deliberately unknown
- Whether the point-of-service option would pay part (don't claim POS cost-shares).
- The clinic's contract status with the contractor (not shown).
- Whether the clinic told the contractor about its move (not recorded).

## Traps
- The referral WAS approved: never "no referral was obtained", never a retroactive-authorization or emergency
  argument; ask that the approval be honored and the claims matched to it.
- Date conflict: the clinic's intake log says approval "dated 07/26/2026"; the approval itself says
  **07/28/2026**. Use 07/28.
- 29 of 41 approved 90868 units were given; the taper was **declined** and the course ended: no pending
  services, no "remainder of the course".
- Sertraline 2016-2017 = response in an **earlier episode**; prazosin = nightmares (still taken, not a trial);
  CPT is psychotherapy (completed, adequate), not an antidepressant; mirtazapine 30 mg is ongoing.
- "denies SI/HI" -> no suicidality paragraph. PTSD is a second diagnosis, not the TMS indication.
- TRICARE: no ERISA, no ACA 45 CFR 147.136, no parity law, no state insurance department or state external
  review, no "plan document" terms.
- Voice: representative writes about "Mr. Achterberg".

## Arguments a strong letter makes
1. The contractor approved the referral/authorization (number, date, quote, enclosed); the services given are
   within it (90867 x1, 90868 x29 of 41); the mismatch is the contractor's record of the suite number. Honor the
   approval and pay the claims.
2. Same provider, same building, within the valid dates; the contractor's own representative confirmed the
   referral is active (call reference).
3. Timely reconsideration within 90 days of 10/08/2026.

## What a letter must NOT say
- "no referral was requested", "emergency", "retroactive authorization", "remaining sessions", "the taper",
  "sertraline failed", "prazosin trial", "suicidal", ERISA, 45 CFR 147.136, "mental health parity", "state
  external review", "Quality Monitoring Contractor" as the next level for this factual denial.
''',
))
