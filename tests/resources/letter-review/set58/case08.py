"""Case 08 (FICTIONAL): Medicare Advantage HMO never decided a TMS prior-authorization request; reconsideration asked
by a nonprofit advocate."""

SLUG = "08-medicare-advantage-hmo-tms-request-never-decided-pended-for-records-sent-reconsideration-advocate"

CASE_YAML = r"""
# FICTIONAL CASE (letters set 58, case 08) - every person, plan, provider, organization, number and address is invented.
# Medicare Advantage HMO. The network TMS clinic asked for prior authorization on 10/26/2026; the plan pended it on
# 10/28 for clinical records, which the clinic faxed the same day; no decision and no extension notice followed. Six
# weeks later the plan's portal still says "awaiting clinical records". A nonprofit Medicare counselor, appointed on
# form CMS-1696, asks the plan to treat the silence as a denial and reconsider it.
patient:
  name: Walter Ng-Abruzzo
  salutation: Mr. Ng-Abruzzo
  date_of_birth: 1952-11-03
  member_id: FICT-CCM-60418832
  address: |-
    3380 South Highland Drive, Unit 14
    Salt Lake City, UT 84106
  phone: (801) 555-0103
insurer:
  name: Cascade Crest Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    Cascade Crest Medicare Advantage - Appeals and Grievances (FICTIONAL)
    PO Box 45190
    Salt Lake City, UT 84145
  fax: (801) 555-0142
claim:
  number: OD-26-1026-48815
  plan_type: medicare_advantage
  pending_services: 36
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    No decision. The request for prior authorization of TMS received 10/26/2026 was pended on 10/28/2026 for clinical
    records and has not been decided; the plan's portal still shows "Pended - awaiting clinical records".
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
  corrections:
    - said: "Status: Pended - awaiting clinical records"
      record: >-
        The clinic faxed the 24 pages of clinical records the plan asked for on 10/28/2026 at 15:02, the day the plan
        pended the request; the fax confirmation shows them received by the plan's utilization management fax.
      file: other/fax-confirmation-records-2026-10-28.txt
      page: 1
plan_policy:
  name: Cascade Crest Medicare Advantage HMO 2026 Evidence of Coverage, Chapter 9, Section 5.2
  number: Chapter 9, Section 5.2
  quote: >-
    We will give you our answer to a standard request for a medical item or service within 7 calendar days after we get
    your request. We can take up to 14 more calendar days if you ask for more time or if we need information that may
    benefit you. If we take extra days, we will tell you in writing. If we do not give you an answer within these
    times, you have the right to appeal.
  file: other/evidence-of-coverage-2026-chapter-9-excerpt.txt
prior_auth:
  requested_on: 2026-10-26
  never_decided: true
  reference: OD-26-1026-48815
  pended_on: 2026-10-28
  pended_for: clinical records, faxed the same day (10/28/2026)
  proof:
    - other/fax-confirmation-request-2026-10-26.txt
    - other/fax-confirmation-records-2026-10-28.txt
    - other/plan-portal-status-2026-12-02.txt
call_log:
  - date: 2026-11-12
    who: Cascade Crest member services, representative "Janelle"
    reference: CALL-1112-0931
    summary: >-
      Asked about request OD-26-1026-48815. Told it was "in review", with no date for a decision; no letter extending
      the time had been sent.
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions (90867, 90868)
  summary: >-
    A first course of TMS for recurrent severe depression after failed and intolerable medication trials, requested
    before any care and never decided.
  plan: >-
    36 sessions over about 9 weeks (30 daily, 6 taper) at Wasatch Neurostim Clinic, left DLPFC, PHQ-9 every 5 sessions;
    stop if no improvement by session 20.
clinical:
  severity: PHQ-9 23 on 10/20/2026; PHQ-9 25 on 12/01/2026
  severity_date: 2026-12-01
  suicidality: passive
  suicidality_date: 2026-12-01
  episode_onset: 2024-01
  treating_since: 2024-02
  history:
    - drug: Nortriptyline
      dose: 75 mg daily
      start: 2009-04
      end: 2010-06
      kind: antidepressant
      response: remission
      outcome: Remission in an earlier episode (2009)
      evidence: {file: clinical/psychiatry-referral-note-2026-10-20.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2024-03
      end: 2024-10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 7 months, 10 weeks at 150 mg
      evidence: {file: clinical/psychiatry-referral-note-2026-10-20.txt, page: 1}
    - drug: Venlafaxine ER
      dose: 150 mg daily
      start: 2024-11
      end: 2024-11
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for blood pressure 168/98 (intolerance)
      evidence: {file: clinical/psychiatry-referral-note-2026-10-20.txt, page: 1}
    - drug: Mirtazapine
      dose: 30 mg daily
      start: 2025-01
      end: 2025-07
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      outcome: Partial response; stopped after 6 months for a 12-pound weight gain
      evidence: {file: clinical/psychiatry-referral-note-2026-10-20.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-08
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continuing
      evidence: {file: clinical/psychiatry-referral-note-2026-10-20.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: weekly sessions
      start: 2024-04
      ongoing: true
      kind: psychotherapy
      outcome: Continuing weekly
      evidence: {file: clinical/psychiatry-referral-note-2026-10-20.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2024-03
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-referral-note-2026-10-20.txt, page: 1}
author:
  name: Denise Halvorsen-Tafoya
  role: Medicare counselor, Beehive Senior Health Advocates (a nonprofit), his appointed representative (form CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-2026-11-30.txt
  address: |-
    Beehive Senior Health Advocates (FICTIONAL), 230 South 500 East, Suite 110
    Salt Lake City, UT 84102
  phone: (801) 555-0156
  email: dhalvorsen@beehive-advocates.example
provider:
  name: Wasatch Neurostim Clinic
  credentials: network provider; Priyanka Delacroix-Moen, MD, psychiatrist
  npi: "1360572147"
  address: |-
    4646 South 900 East, Suite 300
    Salt Lake City, UT 84117
  phone: (801) 555-0161
record_dates:
  - file: clinical/psychiatry-referral-note-2026-10-20.txt
    date: 2026-10-20
    sent: 2026-10-28
    sent_proof: other/fax-confirmation-records-2026-10-28.txt
  - file: clinical/psychiatry-progress-note-2026-12-01.txt
    date: 2026-12-01
bates_prefix: NGABRUZZO
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/plan-portal-status-printout-2026-12-02.txt": """
CASCADE CREST MEDICARE ADVANTAGE (FICTIONAL) - PROVIDER PORTAL: AUTHORIZATION STATUS   Printed 12/02/2026 08:51
Printed by: Wasatch Neurostim Clinic                                                              Page 1 of 1
Reference: OD-26-1026-48815   Member: NG-ABRUZZO, WALTER   ID FICT-CCM-60418832
Service: TMS 90867 x1, 90868 x35   Requested start: 11/09/2026   Received: 10/26/2026 09:40
History: 10/26/2026 received  |  10/28/2026 pended - clinical records requested
Status: Pended - awaiting clinical records
Determination: none
""",
    "clinical/psychiatry-referral-note-2026-10-20.txt": """
WASATCH NEUROSTIM CLINIC (FICTIONAL) - PSYCHIATRIC EVALUATION FOR TMS                      Date: 10/20/2026
Patient: Walter Ng-Abruzzo   DOB 11/03/1952   Page 1 of 1
Major depressive disorder, recurrent, severe without psychotic features (F33.2); current episode since 01/2024; in
my care since 02/2024. PHQ-9 23.
Trials: nortriptyline 75 mg 04/2009-06/2010, remission in an earlier episode; sertraline 150 mg 03/2024-10/2024, no
response; venlafaxine ER 150 mg 11/2024, stopped after 3 weeks for blood pressure 168/98; mirtazapine 30 mg
01/2025-07/2025, partial response, stopped after 6 months for a 12-pound weight gain; bupropion XL 300 mg daily since
08/2025, partial response, continuing. Trazodone 50 mg at bedtime for sleep. Weekly CBT since 04/2024, continuing.
Plan: 36 TMS sessions (30 daily, 6 taper), left DLPFC; PHQ-9 every 5 sessions; stop if no improvement by session 20.
Signed: Priyanka Delacroix-Moen, MD
""",
    "clinical/psychiatry-progress-note-2026-12-01.txt": """
WASATCH NEUROSTIM CLINIC (FICTIONAL) - PROGRESS NOTE                                        Date: 12/01/2026
Patient: Walter Ng-Abruzzo   Page 1 of 1
Still waiting on the plan's decision on TMS. PHQ-9 25. Passive thoughts that he would be better off not waking up; no
plan or intent; safety plan reviewed with his daughter. Bupropion XL 300 mg continuing.
Signed: Priyanka Delacroix-Moen, MD
""",
    "other/evidence-of-coverage-2026-chapter-9-excerpt.txt": """
CASCADE CREST MEDICARE ADVANTAGE HMO (FICTIONAL) - 2026 EVIDENCE OF COVERAGE (excerpt)          Page 1 of 1
Chapter 9, Section 5.2. We will give you our answer to a standard request for a medical item or service within 7
calendar days after we get your request. We can take up to 14 more calendar days if you ask for more time or if we
need information that may benefit you. If we take extra days, we will tell you in writing. If we do not give you an
answer within these times, you have the right to appeal.
""",
    "other/fax-confirmation-request-2026-10-26.txt": """
WASATCH NEUROSTIM CLINIC (FICTIONAL) - FAX TRANSMISSION REPORT                          Printed 10/26/2026 09:41
Page 1 of 1
10/26/2026 09:38  to (801) 555-0171 Cascade Crest UM   9 pages   OK   Re: NG-ABRUZZO, WALTER - TMS prior auth request
10/26/2026 09:52  to (801) 555-0175 Granite Peak Health   6 pages   OK   Re: FERREIRA, LUCIA - records
10/26/2026 10:07  to (801) 555-0171 Cascade Crest UM   8 pages   BUSY, resent 10:12 OK   Re: TOLLEFSEN, ARNE - TMS request
""",
    "other/fax-confirmation-records-2026-10-28.txt": """
WASATCH NEUROSTIM CLINIC (FICTIONAL) - FAX TRANSMISSION REPORT                          Printed 10/28/2026 15:03
Page 1 of 1
10/28/2026 15:02  to (801) 555-0171 Cascade Crest UM   24 pages   OK
Re: NG-ABRUZZO, WALTER - ref OD-26-1026-48815 - clinical records as requested (evaluation of 10/20/2026, medication
history, treatment plan)
""",
    "other/plan-portal-status-2026-12-02.txt": """
CASCADE CREST MEDICARE ADVANTAGE (FICTIONAL) - MEMBER PORTAL: MY REQUESTS                Printed 12/02/2026 09:05
Member: Walter Ng-Abruzzo                                                                          Page 1 of 1
OD-26-1026-48815   TMS   Received 10/26/2026   Status: In review   Decision letter: none
""",
    "other/prior-plan-denial-2024-06-11.txt": """
SAGEBRUSH ADVANTAGE PLAN (FICTIONAL) - NOTICE OF DENIAL OF MEDICAL COVERAGE                 Date: 06/11/2024
Member: Walter Ng-Abruzzo
Request: TMS. Denied: fewer than four antidepressant trials in the current episode.
""",
    "other/cms-1696-appointment-2026-11-30.txt": """
FORM CMS-1696 - APPOINTMENT OF REPRESENTATIVE (completed copy)                            Date: 11/30/2026
Beneficiary: Walter Ng-Abruzzo   Plan member ID FICT-CCM-60418832
I appoint Denise Halvorsen-Tafoya of Beehive Senior Health Advocates to act as my representative in connection with
my claim or asserted right under Title XVIII of the Social Security Act (Medicare), including request
OD-26-1026-48815.
Signed: Walter Ng-Abruzzo   Accepted: Denise Halvorsen-Tafoya, 11/30/2026
""",
}

TRUTH = r"""
# 08 - Medicare Advantage HMO: a TMS prior-authorization request pended for records that were sent and never decided; reconsideration asked by a nonprofit Medicare counselor (FICTIONAL)

All people, plans, providers, organizations, numbers and addresses are invented (FICTIONAL).

## What is true
- Walter Ng-Abruzzo, 74, in the **Cascade Crest Medicare Advantage HMO**, was referred by his network psychiatrist for
  a first course of **36 TMS sessions** (90867, 90868; F33.2). No session has been given.
- The clinic faxed the request on **10/26/2026** (received 09:40; reference **OD-26-1026-48815**). The plan **pended it
  on 10/28/2026 for clinical records**; the clinic faxed **24 pages the same day at 15:02**. **No decision and no
  written extension** followed; on **12/02/2026** the portal still says "Pended - awaiting clinical records",
  "Determination: none". Member services said "in review" on 11/12/2026 (CALL-1112-0931).
- **The plan's own EOC, Chapter 9, Section 5.2:** a standard request is answered **within 7 calendar days**; up to 14
  more days only if the member asks or the plan needs information that may benefit the member, **and then it tells the
  member in writing**; "If we do not give you an answer within these times, you have the right to appeal." Seven days
  ran out on **11/02/2026**; even with the full 14-day extension (never noticed), **11/16/2026**.
- **Rule:** 42 CFR 422.568: a plan's failure to give timely notice of an organization determination is itself an
  adverse organization determination that may be appealed (from memory: paragraph (f)); 7 days for standard
  pre-service requests from 2026 (14 before). Reconsideration under 42 CFR 422.578-422.590, **standard pre-service:
  decided within 30 days** (422.590(a)); an upheld denial goes to the **IRE automatically**. No notice was issued, so
  the 65-day window has not begun to run; the appeal is filed now.
- Mr. Ng-Abruzzo is worse: **PHQ-9 23 (10/20) to 25 (12/01/2026)**, passive thoughts of being better off not waking
  up, no plan or intent.
- **Author:** Denise Halvorsen-Tafoya, a Medicare counselor at a nonprofit, appointed on **form CMS-1696**
  (11/30/2026); she writes about "Mr. Ng-Abruzzo".
- Expected answers (16): reference OD-26-1026-48815 (portal printout); "Received: 10/26/2026 09:40" (printout);
  "10/28/2026 pended - clinical records requested" (printout); "Status: Pended - awaiting clinical records"
  (printout); "Determination: none" (printout); records faxed "10/28/2026 15:02" (records fax report); "24 pages"
  (records fax report); "within 7 calendar days after we get your request" (EOC); "If we take extra days, we will tell
  you in writing" (EOC); call reference CALL-1112-0931 (case.yaml); PHQ-9 25 (12/01 note: "PHQ-9 25"); venlafaxine
  "stopped after 3 weeks for blood pressure 168/98" (evaluation); bupropion "partial response, continuing"
  (evaluation); trazodone "50 mg at bedtime for sleep" (evaluation); the appointment "FORM CMS-1696" (appointment);
  other patients on the fax log, "FERREIRA, LUCIA" (request fax report).

## Deliberately unknown
- Whether the plan received the records into the right file, or why it did not decide: not in the case.
- Whether the plan applies Medicare's local coverage determination for TMS or its own criteria: no criteria are in
  the case; a letter may ask which criteria it applies and note that where Medicare's are fully established the plan may
  apply only them (42 CFR 422.101(b)(6)), but must not quote criteria it does not have.
- Whether a physician will support an expedited reconsideration: no such statement is in the case; a letter must not
  claim one.

## Traps
- **Date and rule, not medicine.** The winning point is the plan's own 7-day time (and its written-notice condition for
  any extension), the request of 10/26, the records sent 10/28, and no decision: the silence is a denial that may be
  appealed. Ask the plan to decide on the merits now.
- **Not a retroactive authorization:** no care has been given; the request was made before any care.
- **The plan's wrong statement:** "awaiting clinical records" against the fax report of 10/28/2026 15:02.
- **Stale document from another plan:** the 2024 Sagebrush Advantage denial is a different plan, a different year and
  a different record; it is not this plan's decision and must not be answered or called this plan's.
- **Other people on a document:** the 10/26 fax report lists two other patients (Ferreira; Tollefsen).
- **Drugs:** bupropion XL continues (partial) - never "failed"/"stopped"; CBT continues; venlafaxine was an
  intolerance (blood pressure) at 3 weeks, not an adequate trial; trazodone 50 mg is a sleep dose; nortriptyline was a
  **remission in the 2009 episode**. Adequate failed trials in this episode: sertraline and mirtazapine (partial
  response, stopped for weight gain after 6 months).
- **Suicidality:** passive, 12/01/2026; no plan or intent - never "active suicidal ideation" or "attempt".
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA (Medicare), no state external review; no Part D rules
  (423.xxx); the Part B drug 7-day reconsideration clock (422.590(c)) is for drugs, not TMS.
- **Voice:** the counselor writes about Mr. Ng-Abruzzo; never "my TMS".

## Arguments a strong letter makes (strongest first)
1. The plan received the request on **10/26/2026**, asked for records on **10/28** and got them **the same day**, and
   has never decided: its own EOC gives **7 calendar days** (at most 14 more, with written notice, which it never
   sent). That failure is an adverse organization determination; reconsider it now, on the merits.
2. Decide it on the clinical record it has: failed adequate trials (sertraline; mirtazapine), an intolerance
   (venlafaxine), bupropion continuing with partial response, PHQ-9 worsening to 25; approve the 36-session course.
3. Correct the portal's "awaiting clinical records"; if the plan upholds, forward the case to the IRE as the rules
   require.

## What a letter must NOT say
- "retroactive authorization"; "the services were given without authorization"; "the plan denied the request on
  [date]" (no decision exists).
- "Sagebrush Advantage" as this plan; "fewer than four antidepressant trials" as this plan's ground.
- "Ferreira", "Tollefsen".
- "failed bupropion", "stopped bupropion"; venlafaxine as an adequate trial; trazodone as a trial; "failed
  nortriptyline"; "active suicidal ideation".
- "ERISA", "45 CFR 147.136", "MHPAEA", "external review" (state), "423.", "7 days under 422.590(c)".
- "a physician has certified that this is urgent".
"""

ANSWERS = [
    ("reference", "OD-26-1026-48815", "denial/plan-portal-status-printout-2026-12-02.txt"),
    ("received", "Received: 10/26/2026 09:40", "denial/plan-portal-status-printout-2026-12-02.txt"),
    ("pended", "10/28/2026 pended - clinical records requested", "denial/plan-portal-status-printout-2026-12-02.txt"),
    ("wrong status", "Status: Pended - awaiting clinical records", "denial/plan-portal-status-printout-2026-12-02.txt"),
    ("no determination", "Determination: none", "denial/plan-portal-status-printout-2026-12-02.txt"),
    ("records sent", "10/28/2026 15:02", "other/fax-confirmation-records-2026-10-28.txt"),
    ("records pages", "24 pages", "other/fax-confirmation-records-2026-10-28.txt"),
    ("decision time", "within 7 calendar days after we get your request", "other/evidence-of-coverage-2026-chapter-9-excerpt.txt"),
    ("extension condition", "If we take extra days, we will tell you in writing", "other/evidence-of-coverage-2026-chapter-9-excerpt.txt"),
    ("call reference", "CALL-1112-0931", "case.yaml"),
    ("current severity", "PHQ-9 25", "clinical/psychiatry-progress-note-2026-12-01.txt"),
    ("venlafaxine", "stopped after 3 weeks for blood pressure 168/98", "clinical/psychiatry-referral-note-2026-10-20.txt"),
    ("bupropion", "partial response, continuing", "clinical/psychiatry-referral-note-2026-10-20.txt"),
    ("trazodone", "Trazodone 50 mg at bedtime for sleep", "clinical/psychiatry-referral-note-2026-10-20.txt"),
    ("appointment", "FORM CMS-1696", "other/cms-1696-appointment-2026-11-30.txt"),
    ("other patient", "FERREIRA, LUCIA", "other/fax-confirmation-request-2026-10-26.txt"),
]
