SLUG = "03-original-medicare-tms-mapping-counted-as-treatments-qic-reconsideration-treating-psychiatrist"

CASE_YAML = """\
# FICTIONAL CASE (letters set 52, case 03) - every person, contractor, LCD, provider, number and address is invented.
# Original Medicare Part B, Indiana. Gloria Ferreira-Nakamura, 70, had an acute TMS course of 36 treatment sessions and
# 6 taper sessions (42 of 90868, 09/01-10/28/2026), with motor threshold determinations on 09/01 (90867), 09/22 and
# 10/13 (90869). The MAC counted 45 "TMS services" against the fictional LCD's 42 sessions and denied the last three
# dates; its redetermination of 12/01/2026 upheld. The LCD says motor threshold determination is not a treatment
# session. The treating psychiatrist, whose practice billed the claim, asks the QIC to reconsider.
patient:
  name: Gloria Ferreira-Nakamura
  salutation: Mrs. Ferreira-Nakamura
  date_of_birth: 1956-09-03
  member_id: FICT-7TK2WQ3MX41
  address: |-
    1187 Sycamore Bend Road
    Carmel, IN 46032
  phone: (317) 555-0125
insurer:
  name: Medicare Part B (Original Medicare), claims processed by Heartland Plains Medicare Services (FICTIONAL MAC)
claim:
  number: HPM-26-1109-5530917
  plan_type: medicare
  notice_date: 2026-11-09
  service_dates: [2026-10-26, 2026-10-27, 2026-10-28]
  sessions: 3
  setting: outpatient
  procedure_codes: [90868]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-151]
  denial_reason: >-
    Payment adjusted because the information submitted does not support this many services. The beneficiary
    received 45 TMS services from 09/01/2026 to 10/28/2026; the local coverage determination allows 42. (CARC 151)
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  corrections:
    - said: "The beneficiary received 45 TMS services from 09/01/2026 to 10/28/2026; the local coverage determination allows 42."
      record: >-
        The 45 lines are 42 treatment sessions (90868) and 3 motor threshold determinations (90867 on 09/01/2026,
        90869 on 09/22/2026 and 10/13/2026); the LCD counts treatment sessions only and says motor threshold
        determination does not count toward the session limit.
      file: [clinical/tms-session-log-2026-09-01-to-10-28.txt, other/lcd-l99958-excerpt.txt]
      page: 1
medicare_coverage:
  name: "Transcranial Magnetic Stimulation for Major Depressive Disorder (FICTIONAL LCD), Revision 3, effective 01/01/2026"
  number: L99958
  quote: >-
    Coverage is limited to an acute course of up to 36 treatment sessions (90868) followed by up to 6 taper treatment
    sessions. Motor threshold determination (90867, 90869) is not a treatment session and does not count toward the
    session limit.
  file: other/lcd-l99958-excerpt.txt
decisions:
  - date: 2026-12-01
    outcome: denied
    stage: MAC redetermination
    opens: QIC reconsideration
    next_deadline: 2027-05-30
    reason: >-
      The redetermination upholds the initial determination. Records show 45 TMS services; the LCD limits coverage to
      42 sessions.
    corrections:
      - said: Records show 45 TMS services; the LCD limits coverage to 42 sessions.
        record: >-
          The session log shows 42 treatment sessions (36 acute, 6 taper) and 3 motor threshold determinations, which
          the LCD does not count toward its limit.
        file: [clinical/tms-session-log-2026-09-01-to-10-28.txt, other/lcd-l99958-excerpt.txt]
        page: 1
treatment:
  name: Transcranial magnetic stimulation (TMS), acute course of 36 sessions and 6 taper sessions (90868)
  summary: >-
    An acute course of 36 TMS treatment sessions and 6 taper sessions for severe recurrent major depression after
    inadequate responses to medication; the three dates denied are taper sessions 40 to 42.
clinical:
  severity: PHQ-9 23 on 09/01/2026; PHQ-9 9 on 10/28/2026
  severity_date: 2026-10-28
  suicidality: passive
  suicidality_date: 2026-09-01
  response: PHQ-9 23 (09/01/2026) to 9 (10/28/2026)
  response_level: response
  episode_onset: 2025-11
  treating_since: 2019-03-12
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-12
      end: 2026-03
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks at 200 mg
      evidence: {file: clinical/psychiatric-evaluation-2026-08-18.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-03
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through the TMS course
      evidence: {file: clinical/psychiatric-evaluation-2026-08-18.txt, page: 1}
    - drug: Aripiprazole
      dose: 2 mg daily
      start: 2026-05
      end: 2026-05
      weeks: 2
      kind: augmentation
      adequate: false
      outcome: Stopped after 2 weeks for akathisia (intolerance, not an adequate trial)
      evidence: {file: clinical/psychiatric-evaluation-2026-08-18.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2024-06
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/psychiatric-evaluation-2026-08-18.txt, page: 1}
    - drug: TMS (2021, an earlier episode)
      dose: 30 sessions
      start: 2021-02
      end: 2021-03
      kind: neuromodulation
      sessions: 30
      adequate: true
      response: remission
      outcome: Remission in the 2021 episode; not a failed trial
      evidence: {file: clinical/psychiatric-evaluation-2026-08-18.txt, page: 1}
author:
  name: Ansel Whitcombe, MD
  role: Treating psychiatrist (Whitcombe Psychiatry and Neuromodulation, the billing practice)
  relation: physician
  authorization: other/beneficiary-consent-2026-12-02.txt
  address: |-
    Whitcombe Psychiatry and Neuromodulation (FICTIONAL), 480 Monon Court
    Carmel, IN 46032
  phone: (317) 555-0164
  fax: (317) 555-0165
provider:
  name: Ansel Whitcombe, MD
  credentials: MD, board-certified psychiatrist
  npi: "1930571181"
  address: |-
    480 Monon Court
    Carmel, IN 46032
  phone: (317) 555-0164
external_review:
  agency: Northpoint Qualified Independent Contractor, Part A/B East (FICTIONAL)
  address: |-
    Northpoint QIC - Reconsiderations (FICTIONAL)
    PO Box 88112
    Columbus, OH 43218
  final_denial_date: 2026-12-01
record_dates:
  - file: clinical/tms-session-log-2026-09-01-to-10-28.txt
    date: 2026-10-28
  - file: clinical/psychiatric-evaluation-2026-08-18.txt
    date: 2026-08-18
template: external-review-request
bates_prefix: FERREIRANAKAMURA
footer_note: FICTIONAL TEST CASE - not a real patient, contractor or provider.
"""

DOCS = {
"denial/medicare-summary-notice-2026-11-09.txt": """\
MEDICARE SUMMARY NOTICE (FICTIONAL EXCERPT) - Part B                                  Date: 11/09/2026
Gloria Ferreira-Nakamura   Medicare number FICT-7TK2WQ3MX41
Claim HPM-26-1109-5530917   Whitcombe Psychiatry and Neuromodulation
10/26/2026 90868 x1   10/27/2026 90868 x1   10/28/2026 90868 x1   Medicare approved $0.00   Denied
CO-151: Payment adjusted because the information submitted does not support this many services. The beneficiary
received 45 TMS services from 09/01/2026 to 10/28/2026; the local coverage determination allows 42.
Lines for 09/01/2026-10/23/2026 were approved.
If you disagree, ask for a redetermination within 120 days of the date you get this notice.""",
"denial/redetermination-decision-2026-12-01.txt": """\
HEARTLAND PLAINS MEDICARE SERVICES (FICTIONAL MAC) - MEDICARE REDETERMINATION NOTICE   Date: 12/01/2026
Beneficiary: Gloria Ferreira-Nakamura   Claim HPM-26-1109-5530917   Appellant: Ansel Whitcombe, MD
Decision: unfavorable. The redetermination upholds the initial determination. Records show 45 TMS services; the LCD
limits coverage to 42 sessions.
Next step: you may ask for a reconsideration by the Qualified Independent Contractor within 180 days of receiving
this notice: Northpoint QIC - Reconsiderations, PO Box 88112, Columbus, OH 43218.""",
"clinical/tms-session-log-2026-09-01-to-10-28.txt": """\
WHITCOMBE PSYCHIATRY AND NEUROMODULATION (FICTIONAL) - TMS SESSION LOG                  Page 1 of 1
Patient: Gloria Ferreira-Nakamura   DOB 09/03/1956   Left DLPFC, 10 Hz
09/01/2026 motor threshold determination (90867) and treatment session 1 (90868)
09/22/2026 repeat motor threshold determination (90869) after a medication change; treatment session 16
10/13/2026 repeat motor threshold determination (90869); treatment session 31
Treatment sessions 1-36 (acute): 09/01/2026-10/20/2026. Taper sessions 37-42: 10/21, 10/22, 10/23, 10/26, 10/27,
10/28/2026. Total: 42 treatment sessions (90868); 3 motor threshold determinations.
PHQ-9 23 (09/01) -> 9 (10/28/2026).""",
"clinical/psychiatric-evaluation-2026-08-18.txt": """\
WHITCOMBE PSYCHIATRY AND NEUROMODULATION (FICTIONAL) - TMS EVALUATION                   Date: 08/18/2026
Patient: Gloria Ferreira-Nakamura   DOB 09/03/1956   Page 1 of 1
F33.2, current episode since 11/2025. PHQ-9 23. Passive wish not to wake up; no plan or intent.
Trials this episode: sertraline 200 mg 12/2025-03/2026 (12 weeks), no response; venlafaxine XR 225 mg since 03/2026,
partial response, continued; aripiprazole 2 mg added 05/2026, stopped after 2 weeks for akathisia.
Trazodone 50 mg at bedtime for sleep since 06/2024.
Earlier episode: TMS 30 sessions 02/2021-03/2021 with remission.""",
"other/lcd-l99958-excerpt.txt": """\
LOCAL COVERAGE DETERMINATION L99958 (FICTIONAL) - Transcranial Magnetic Stimulation for Major Depressive Disorder
Revision 3, effective 01/01/2026                                                       Page 1 of 1
Coverage is limited to an acute course of up to 36 treatment sessions (90868) followed by up to 6 taper treatment
sessions. Motor threshold determination (90867, 90869) is not a treatment session and does not count toward the
session limit.""",
"other/lcd-l99958-revision-1-2021-stale.txt": """\
LOCAL COVERAGE DETERMINATION L99958 (FICTIONAL), Revision 1, effective 03/01/2021 (retired 12/31/2025)
"Up to 30 treatment sessions followed by up to 6 taper sessions."
[Printed in 2021 for the patient's earlier course; replaced by Revision 3 for 2026 dates of service.]""",
"other/beneficiary-consent-2026-12-02.txt": """\
CONSENT TO SHARE RECORDS AND TO APPEAL (FICTIONAL FORM)                                Date: 12/02/2026
I, Gloria Ferreira-Nakamura, agree that Dr. Ansel Whitcombe may send my TMS records to Medicare's contractors for
this appeal. Signed: Gloria Ferreira-Nakamura""",
}

TRUTH = """\
# 03 - Original Medicare: TMS taper sessions denied by counting motor threshold determinations as sessions; QIC reconsideration by the treating psychiatrist (FICTIONAL)

All people, contractors, LCDs, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Gloria Ferreira-Nakamura, 70 (DOB 09/03/1956), **Original Medicare Part B**, Indiana, had **42 TMS treatment
  sessions** (90868): 36 acute (09/01-10/20/2026) and 6 taper (10/21-10/28/2026), plus **3 motor threshold
  determinations** (90867 on 09/01; 90869 on 09/22 and 10/13/2026). F33.2; PHQ-9 23 -> 9.
- The MSN of **11/09/2026** (claim HPM-26-1109-5530917, **CO-151**) denied **10/26, 10/27 and 10/28/2026** (taper
  sessions 40-42), counting "45 TMS services" against 42; the MAC's **redetermination of 12/01/2026** upheld it.
- **LCD L99958 Revision 3** (effective 01/01/2026): up to 36 treatment sessions then up to 6 taper sessions; "Motor
  threshold determination (90867, 90869) is not a treatment session and does not count toward the session limit."
  42 treatment sessions is exactly the LCD's 36 + 6: every date is within it.
- **Rule and stage:** reconsideration by a QIC (42 CFR 405.960-405.978), asked for within **180 days of receipt** of the
  redetermination (405.962), receipt presumed 5 days after 12/01/2026: **by 05/30/2027**. Original Medicare has no plan
  and no plan terms; the LCD is Medicare's rule. An ALJ hearing follows the QIC.
- **Author:** Dr. Ansel Whitcombe, MD, the treating psychiatrist whose practice billed the claim (a party); he writes
  as the treating physician about "Mrs. Ferreira-Nakamura" and encloses her consent.
- Expected answers:

## Deliberately unknown
- The amount in controversy for a later ALJ hearing: not stated; a letter must not state it.
- Why the MAC's edit counts 90869 lines: unknown; a letter may ask that the edit be corrected.
- Whether any further TMS is planned: none in the case; no request for care to come.

## Traps
- **Unit, not medicine.** The winning point is the LCD's own words: mapping is not a session; 42 sessions = 36 + 6.
- **Stale document:** LCD Revision 1 (2021: 30 + 6) was retired 12/31/2025; it does not govern 2026 dates.
- **Earlier-episode response:** the **2021 TMS** (30 sessions, remission) is never a failed trial, and is not part of
  this course's count.
- **Venlafaxine continues** (partial response): never "failed" or "stopped". **Aripiprazole 2 mg for 2 weeks** stopped
  for akathisia is an intolerance, not an adequate trial. **Trazodone 50 mg** is a sleep dose.
- **Suicidality:** passive ideation on 08/18-09/01/2026, before the course; not a present risk now (PHQ-9 9).
- **Wrong law / wrong body:** no "plan", no "plan terms", no ERISA, no MHPAEA (parity does not reach Medicare), no 72-hour
  expedited appeal, no external review; the QIC, not the MAC, decides this level.

## Arguments a strong letter makes (strongest first)
1. LCD L99958 allows 36 treatment sessions and 6 taper sessions and excludes motor threshold determination from the
   count; the claim holds **42 treatment sessions**, the three denied being taper sessions 40-42 (session log; LCD).
   Reverse and pay 10/26-10/28/2026.
2. Correct the MSN's and the redetermination's "45 TMS services": 45 counts 3 motor threshold lines.
3. The course met the LCD's clinical terms (current-episode trials, severity) and worked (PHQ-9 23 -> 9): context only.

## What a letter must NOT say
- "45 sessions", "exceeded the LCD's limit", a request for an exception beyond the LCD.
- "the plan", "plan terms", "ERISA", "MHPAEA", "parity", "external review", "expedited", "72 hours".
- "failed venlafaxine", "stopped venlafaxine"; aripiprazole as an adequate trial; trazodone as a trial; the 2021 TMS
  as a failure; "active suicidal ideation" or a present suicide risk.
- "Revision 1" or "30 sessions" as the rule in force; an amount in controversy figure.
"""

ANSWERS = [
    ("Plan type", "plan_type: medicare", "case.yaml"),
    ("Claim number", "HPM-26-1109-5530917", "denial/medicare-summary-notice-2026-11-09.txt"),
    ("CARC", "CO-151", "denial/medicare-summary-notice-2026-11-09.txt"),
    ("Denial's count", "45 TMS services", "denial/medicare-summary-notice-2026-11-09.txt"),
    ("Dates denied", "10/26/2026 90868 x1   10/27/2026 90868 x1   10/28/2026 90868 x1", "denial/medicare-summary-notice-2026-11-09.txt"),
    ("Redetermination date", "Date: 12/01/2026", "denial/redetermination-decision-2026-12-01.txt"),
    ("LCD number", "L99958", "other/lcd-l99958-excerpt.txt"),
    ("LCD rule on mapping", "Motor threshold determination (90867, 90869) is not a treatment session", "other/lcd-l99958-excerpt.txt"),
    ("Treatment sessions given", "Total: 42 treatment sessions (90868); 3 motor threshold determinations", "clinical/tms-session-log-2026-09-01-to-10-28.txt"),
    ("Level asked for", "reconsideration by the Qualified Independent Contractor", "denial/redetermination-decision-2026-12-01.txt"),
    ("QIC deadline", "2027-05-30", "case.yaml"),
    ("Author relation", "relation: physician", "case.yaml"),
    ("Drug still taken", "venlafaxine XR 225 mg since 03/2026,\npartial response, continued", "clinical/psychiatric-evaluation-2026-08-18.txt"),
    ("Intolerance, not a trial", "stopped after 2 weeks for akathisia", "clinical/psychiatric-evaluation-2026-08-18.txt"),
    ("Earlier-episode response", "TMS 30 sessions 02/2021-03/2021 with remission", "clinical/psychiatric-evaluation-2026-08-18.txt"),
    ("Stale document", "retired 12/31/2025", "other/lcd-l99958-revision-1-2021-stale.txt"),
]
