# FICTIONAL case 02, letters set 49.
SLUG = "02-medicare-advantage-hmo-tms-authorization-pended-never-decided-payment-reconsideration-husband"

CASE_YAML = """
# FICTIONAL CASE (letters set 49, case 02) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO. The TMS clinic asked for prior authorization on 09/08/2026; the plan pended the request
# for clinical notes on 09/10/2026 (faxed 09/11/2026) and never decided it. The 36-session course ran 09/21-11/02/2026.
# The plan denied the claim on 11/16/2026: "No prior authorization request was received" (CO-197). Her husband
# asks for reconsideration of the payment denial (CMS-1696 on file).
patient:
  name: Lucinda Arreola-Whitcomb
  salutation: Mrs. Arreola-Whitcomb
  date_of_birth: 1958-06-21
  member_id: DMA-40917733-01
  address: |-
    3815 Quail Run Drive
    Henderson, NV 89014
  phone: (702) 555-0126
insurer:
  name: Desert Meridian Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    Desert Meridian Health Plan - Appeals and Grievances (FICTIONAL)
    PO Box 93022
    Las Vegas, NV 89193
  fax: (702) 555-0170
claim:
  number: DMH-26-1109-338201
  plan_type: medicare_advantage
  notice_date: 2026-11-16
  appeal_deadline: 2027-01-20
  deadline_basis: >-
    Notice of denial of payment of 11/16/2026: "You must ask for a reconsideration within 65 calendar days from the
    date of this notice."
  service_dates: [2026-09-21, 2026-11-02]
  sessions: 36
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent. No prior authorization request was received for these services. TMS
    requires prior authorization. (CARC 197)
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  coding_correct: true
  action: none
  corrections:
    - said: No prior authorization request was received for these services.
      record: >-
        The clinic's fax report shows the request sent 09/08/2026 and received (9 pages), and the plan's own letter
        of 09/10/2026 acknowledges request PA-26-0908-5521 and pends it for clinical notes, which the clinic faxed
        on 09/11/2026.
      file: [other/pa-request-fax-report-2026-09-08.txt, other/plan-pend-letter-2026-09-10.txt]
      page: 1
prior_auth:
  requested_on: 2026-09-08
  never_decided: true
  reference: PA-26-0908-5521
  pended_on: 2026-09-10
  pended_for: clinical notes, faxed the next day (09/11/2026)
  proof:
    - other/pa-request-fax-report-2026-09-08.txt
    - other/plan-pend-letter-2026-09-10.txt
    - other/clinical-notes-fax-report-2026-09-11.txt
plan_policy:
  name: Desert Meridian 2026 Evidence of Coverage, Chapter 4, Medical Benefits Chart (outpatient mental health)
  number: EOC Chapter 4
  quote: >-
    Transcranial magnetic stimulation (TMS): covered when medically necessary. Prior authorization is required.
    Your provider asks us for the authorization; we give our decision within the time Medicare requires and tell
    you and your provider in writing.
  file: other/evidence-of-coverage-2026-chapter-4-excerpt.txt
medicare_coverage:
  name: Local Coverage Determination, Transcranial Magnetic Stimulation for Major Depressive Disorder (FICTIONAL)
  number: L99417
  quote: >-
    TMS is considered reasonable and necessary for a patient with major depressive disorder, single or recurrent
    episode, who has (1) failed to respond to, or not tolerated, at least two antidepressant medications from two
    different classes at adequate dose and duration, or (2) been unable to tolerate antidepressants; and (3) a
    trial of evidence-based psychotherapy without adequate response.
  file: other/lcd-l99417-tms-excerpt.txt
payer_criteria:
  - criterion: MDD, single or recurrent episode
    how_met: Major depressive disorder, recurrent, severe without psychotic features (F33.2)
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-08-27.txt, page: 1}
  - criterion: Two antidepressants from two classes failed or not tolerated
    how_met: Sertraline 150 mg 10 weeks, no response (SSRI); venlafaxine XR stopped at week 3 for intolerance (SNRI); mirtazapine 30 mg 8 weeks, no response
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-08-27.txt, page: 1}
  - criterion: Evidence-based psychotherapy without adequate response
    how_met: 16 sessions of cognitive behavioral therapy, 01-05/2026, without adequate response
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-08-27.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions (90867, 90868)
  summary: >-
    A standard 36-session TMS course for recurrent severe major depression after two antidepressant classes and
    psychotherapy; the plan was asked to authorize it before it began and never answered.
  alongside: bupropion XL 300 mg daily
clinical:
  severity: PHQ-9 22 on 08/27/2026; PHQ-9 9 on 11/02/2026
  severity_date: 2026-11-02
  suicidality: none
  suicidality_date: 2026-08-27
  response: PHQ-9 22 (08/27/2026) to 9 (11/02/2026)
  response_level: response
  episode_onset: 2025-09
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-10
      end: 2025-12
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks
      evidence: {file: clinical/psychiatric-evaluation-2026-08-27.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 75 mg daily
      start: 2026-01
      end: 2026-01
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped at week 3 for a rise in blood pressure (intolerance)
      evidence: {file: clinical/psychiatric-evaluation-2026-08-27.txt, page: 1}
    - drug: Mirtazapine
      dose: 30 mg at bedtime
      start: 2026-02
      end: 2026-04
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks; weight gain
      evidence: {file: clinical/psychiatric-evaluation-2026-08-27.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2026-05
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Partial response; continued through the TMS course
      evidence: {file: clinical/psychiatric-evaluation-2026-08-27.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 16 weekly sessions
      start: 2026-01
      end: 2026-05
      kind: psychotherapy
      sessions: 16
      adequate: true
      response: none
      outcome: Completed without adequate response
      evidence: {file: clinical/psychiatric-evaluation-2026-08-27.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-11
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatric-evaluation-2026-08-27.txt, page: 1}
author:
  name: Gerald Whitcomb
  role: Husband and appointed representative (CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-of-representative.txt
  address: |-
    3815 Quail Run Drive
    Henderson, NV 89014
  phone: (702) 555-0127
  email: gwhitcomb@desertmail.example
provider:
  name: Sunridge Neuromodulation Center
  npi: "@NPI:186204571@"
  address: |-
    2250 Horizon Ridge Parkway, Suite 140
    Henderson, NV 89052
  phone: (702) 555-0143
record_dates:
  - file: clinical/psychiatric-evaluation-2026-08-27.txt
    date: 2026-08-27
    sent: 2026-09-11
    sent_proof: other/clinical-notes-fax-report-2026-09-11.txt
  - file: clinical/tms-course-summary-2026-11-02.txt
    date: 2026-11-02
copies:
  - prescriber
bates_prefix: ARREOLAWHITCOMB
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-denial-of-payment-2026-11-16.txt": """
DESERT MERIDIAN MEDICARE ADVANTAGE HMO (FICTIONAL) - NOTICE OF DENIAL OF PAYMENT
Date of this notice: 11/16/2026                                                  Page 1 of 2
Member: Lucinda Arreola-Whitcomb   Member ID DMA-40917733-01
Provider: Sunridge Neuromodulation Center, NPI @NPI:186204571@   Claim DMH-26-1109-338201
Services 09/21/2026-11/02/2026: 90867 x1, 90868 x35 (36 sessions)   Paid $0.00
Why we denied payment: Precertification/authorization absent. No prior authorization request was received for
these services. TMS requires prior authorization. (CARC 197)
Your right to appeal: You must ask for a reconsideration within 65 calendar days from the date of this notice.
Write to Appeals and Grievances, PO Box 93022, Las Vegas, NV 89193, or fax (702) 555-0170.
""",
    "other/pa-request-fax-report-2026-09-08.txt": """
SUNRIDGE NEUROMODULATION CENTER (FICTIONAL) - FAX TRANSMISSION REPORT        Sent: 09/08/2026 09:17
To: Desert Meridian Health Plan, Utilization Management fax (702) 555-0171
Pages: 9   Result: OK - 9 pages received
Cover: Prior authorization request, TMS 90867 x1 and 90868 x35, patient Lucinda Arreola-Whitcomb,
member DMA-40917733-01, planned start 09/21/2026.
Also on this page of the fax log: 09/08/2026 09:31 to another payer, patient R. Okonjo (not this member).
""",
    "other/plan-pend-letter-2026-09-10.txt": """
DESERT MERIDIAN HEALTH PLAN (FICTIONAL) - UTILIZATION MANAGEMENT                  Date: 09/10/2026
To: Sunridge Neuromodulation Center   Member: Lucinda Arreola-Whitcomb
Request PA-26-0908-5521, received 09/08/2026: transcranial magnetic stimulation, 36 sessions.
Status: PENDED. We need the most recent psychiatric evaluation and medication history before we can decide this
request. Please fax them to (702) 555-0171.
""",
    "other/clinical-notes-fax-report-2026-09-11.txt": """
SUNRIDGE NEUROMODULATION CENTER (FICTIONAL) - FAX TRANSMISSION REPORT        Sent: 09/11/2026 14:02
To: Desert Meridian Health Plan, Utilization Management fax (702) 555-0171
Pages: 5   Result: OK - 5 pages received
Cover: Re request PA-26-0908-5521 - psychiatric evaluation of 08/27/2026 and medication history, as asked.
Clinic note added 09/21/2026: "No decision received; called UM 09/18 and 09/21, told 'still in review'."
""",
    "other/evidence-of-coverage-2026-chapter-4-excerpt.txt": """
DESERT MERIDIAN MEDICARE ADVANTAGE HMO (FICTIONAL) - 2026 EVIDENCE OF COVERAGE, CHAPTER 4 (excerpt)   Page 61
Transcranial magnetic stimulation (TMS): covered when medically necessary. Prior authorization is required.
Your provider asks us for the authorization; we give our decision within the time Medicare requires and tell you
and your provider in writing.
""",
    "other/lcd-l99417-tms-excerpt.txt": """
LOCAL COVERAGE DETERMINATION L99417 (FICTIONAL) - Transcranial Magnetic Stimulation for Major Depressive Disorder
Indications: TMS is considered reasonable and necessary for a patient with major depressive disorder, single or
recurrent episode, who has (1) failed to respond to, or not tolerated, at least two antidepressant medications from
two different classes at adequate dose and duration, or (2) been unable to tolerate antidepressants; and (3) a trial
of evidence-based psychotherapy without adequate response.
""",
    "other/prior-authorization-list-2025-stale.txt": """
DESERT MERIDIAN HEALTH PLAN (FICTIONAL) - 2025 PRIOR AUTHORIZATION LIST (superseded 01/01/2026)
Behavioral health: inpatient, residential and partial hospitalization. TMS: no prior authorization in 2025;
notify the plan within 5 business days of the first session.
""",
    "other/cms-1696-appointment-of-representative.txt": """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, FICTIONAL COPY)
Beneficiary: Lucinda Arreola-Whitcomb   Member ID DMA-40917733-01
I appoint Gerald Whitcomb, my husband, to act as my representative in connection with my claim or asserted right
under Medicare.   Signed: Lucinda Arreola-Whitcomb 11/20/2026   Accepted: Gerald Whitcomb 11/20/2026
""",
    "clinical/psychiatric-evaluation-2026-08-27.txt": """
SUNRIDGE NEUROMODULATION CENTER (FICTIONAL) - TMS PSYCHIATRIC EVALUATION               Date: 08/27/2026
Patient: Lucinda Arreola-Whitcomb   DOB 06/21/1958   Page 1 of 2
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2); episode since 09/2025.
PHQ-9 22. Denies suicidal ideation.
Medication history this episode: sertraline 150 mg 10/2025-12/2025, 10 weeks, no response; venlafaxine XR 75 mg
01/2026, stopped at week 3 for a rise in blood pressure; mirtazapine 30 mg 02/2026-04/2026, 8 weeks, no response,
weight gain; bupropion XL 300 mg since 05/2026, partial response, to continue with TMS; trazodone 50 mg at bedtime
for sleep since 11/2025.
Psychotherapy: cognitive behavioral therapy, 16 weekly sessions 01/2026-05/2026, completed without adequate response.
Plan: TMS, 36 sessions. Evaluating psychiatrist: Dr. Farah Quiroga-Lenz, MD.
""",
    "clinical/tms-course-summary-2026-11-02.txt": """
SUNRIDGE NEUROMODULATION CENTER (FICTIONAL) - TMS COURSE SUMMARY                       Date: 11/02/2026
Patient: Lucinda Arreola-Whitcomb   36 sessions 09/21/2026-11/02/2026 (motor threshold 09/21/2026).
PHQ-9 22 at start, 9 at session 36. No suicidal ideation at any session. Bupropion XL continued.
""",
}

TRUTH = """
# 02 - Medicare Advantage HMO: a TMS request pended for records and never decided, then the claim denied as "no request received"; reconsideration of the payment denial by the husband (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Lucinda Arreola-Whitcomb, 68 (DOB 06/21/1958), in the **Desert Meridian Medicare Advantage HMO**, had **36 TMS
  sessions 09/21/2026-11/02/2026** (90867 x1, 90868 x35, F33.2) at Sunridge Neuromodulation Center.
- The clinic **faxed the prior authorization request on 09/08/2026** (9 pages received). The plan's letter of
  **09/10/2026** acknowledged **request PA-26-0908-5521** and **pended** it for the psychiatric evaluation and
  medication history, which the clinic **faxed on 09/11/2026** (5 pages received). The plan **never decided** it;
  calls on 09/18 and 09/21 were told "still in review".
- The notice of **11/16/2026** (claim DMH-26-1109-338201, CO-197) says "No prior authorization request was received
  for these services" - the plan's own pend letter contradicts that.
- The care meets Medicare's own rule (LCD L99417, fictional): MDD; sertraline (SSRI) 10 weeks no response and
  mirtazapine 8 weeks no response (two classes; venlafaxine XR was an intolerance); 16 CBT sessions without
  adequate response. PHQ-9 22 to 9.
- **Rule and stage:** Medicare Advantage reconsideration of a payment denial, 42 CFR 422.578-422.590: **65 days from
  the notice: by 01/20/2027**; the plan decides a payment reconsideration within 60 days; an upheld denial goes to the
  independent review entity automatically (422.592). The plan must decide an organization determination within the
  time Medicare sets (its own EOC says so).
- **Author:** her husband, appointed on CMS-1696; he writes about "Mrs. Arreola-Whitcomb" / "my wife".

## Deliberately unknown
- Why the plan never decided the request, and whether it recorded the 09/11 notes: not known (a letter may ask).
- The amount the plan would allow: not in the case.
- Whether the clinic holds the member liable: not in the case.

## Traps
- **Procedure, not a missing request.** The winning point is the request made 09/08/2026, pended 09/10, answered
  09/11 and never decided; never argue that authorization was missing for a reason, never ask for a "retroactive
  authorization" as if none had been sought.
- **A decision's stated fact the record contradicts:** "No prior authorization request was received".
- **Stale document:** the 2025 PA list (TMS needed no authorization in 2025) does not govern 2026 care; a letter must
  not argue no authorization was required.
- **Another person on a document:** the fax log line at 09:31 is another patient (R. Okonjo).
- **Bupropion XL continues** (partial response; taken with TMS): never "failed" or "stopped". **Venlafaxine** was an
  intolerance at week 3, not an adequate trial. **Trazodone 50 mg** is a sleep dose. **CBT** is psychotherapy, never
  listed among failed antidepressants.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA (Medicare), no 438.404 (Medicaid only), no external review
  request by the member (the IRE is automatic).
- **Voice:** the husband writes about his wife.

## Arguments a strong letter makes (strongest first)
1. The plan **was asked on 09/08/2026**, pended request **PA-26-0908-5521** on 09/10, received the notes on 09/11 and
   **never decided** it before the care began on 09/21 (13 days later) or since: the denial's ground - no request
   received - is untrue by the plan's own letter. Decide the request on its merits now and pay the claim.
2. Correct the notice's statement that no request was received (fax report; pend letter).
3. On the merits, the course meets Medicare's LCD L99417 criteria row by row; response PHQ-9 22 to 9.

## What a letter must NOT say
- "no authorization was requested"; "we forgot"; "retroactive authorization" as the main ask; "TMS required no
  authorization".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA", "parity", "42 CFR 438.404".
- "failed bupropion", "stopped bupropion"; venlafaxine as a failed adequate trial; trazodone as a trial; CBT as an
  antidepressant; "suicidal ideation".
- "Okonjo".
"""

ANSWERS = [
    ("plan type", "plan_type: medicare_advantage", "case.yaml"),
    ("deadline", "within 65 calendar days from the date of this notice", "denial/notice-of-denial-of-payment-2026-11-16.txt"),
    ("date the request was sent", "Sent: 09/08/2026 09:17", "other/pa-request-fax-report-2026-09-08.txt"),
    ("plan's reference", "Request PA-26-0908-5521, received 09/08/2026", "other/plan-pend-letter-2026-09-10.txt"),
    ("pended for", "Status: PENDED", "other/plan-pend-letter-2026-09-10.txt"),
    ("notes sent", "Sent: 09/11/2026 14:02", "other/clinical-notes-fax-report-2026-09-11.txt"),
    ("never decided", "No decision received", "other/clinical-notes-fax-report-2026-09-11.txt"),
    ("notice's wrong statement", "No prior authorization request was received for these services.", "denial/notice-of-denial-of-payment-2026-11-16.txt"),
    ("Medicare rule", "L99417", "other/lcd-l99417-tms-excerpt.txt"),
    ("stale document", "superseded 01/01/2026", "other/prior-authorization-list-2025-stale.txt"),
    ("other person", "patient R. Okonjo (not this member)", "other/pa-request-fax-report-2026-09-08.txt"),
    ("drug still taken", "bupropion XL 300 mg since 05/2026, partial response, to continue with TMS", "clinical/psychiatric-evaluation-2026-08-27.txt"),
    ("intolerance", "stopped at week 3 for a rise in blood pressure", "clinical/psychiatric-evaluation-2026-08-27.txt"),
    ("sleep dose", "trazodone 50 mg at bedtime for sleep", "clinical/psychiatric-evaluation-2026-08-27.txt"),
    ("response", "PHQ-9 22 at start, 9 at session 36", "clinical/tms-course-summary-2026-11-02.txt"),
    ("author", "Husband and appointed representative (CMS-1696)", "case.yaml"),
]
