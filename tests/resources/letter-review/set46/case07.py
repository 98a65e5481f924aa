"""Case 07 (FICTIONAL): county employees' plan, insured; repeat TMS refused as "less than 3 months since the prior
course (ended 09/2026)"; the course ended 06/12/2026 - 09/14 was a follow-up visit. First internal, pre-service,
written by the treating psychiatric nurse practitioner."""

SLUG = "07-county-plan-insured-repeat-tms-prior-course-end-date-wrong-first-appeal-pmhnp"

CASE_YAML = r'''
# FICTIONAL CASE (set 46, case 07) - every person, plan, insurer, provider, number and address is invented.
# A county's employee plan (governmental), insured, Idaho, 940 employees. Teodora Lindahl-Mbeki, 44, responded to 36
# TMS sessions 04/20-06/12/2026 (PHQ-9 22 to 7) and relapsed in 10/2026. Repeat TMS was refused on 11/25/2026 under
# MP-TMS-21 criterion (b): "at least 3 months since the prior course ended; prior course ended 09/2026". The course
# ended 06/12/2026; 09/14/2026 was an office follow-up. Her treating psychiatric nurse practitioner appeals.
patient:
  name: Teodora Lindahl-Mbeki
  salutation: Ms. Lindahl-Mbeki
  date_of_birth: 1982-05-17
  member_id: FICT-ECI-39057716
  address: |-
    1208 Sawtooth Lane
    Boise, ID 83706
  phone: (208) 555-0119
insurer:
  name: Evergreen Crest Insurance for the Cedar Basin County Employee Health Plan (FICTIONAL)
  appeals_address: |-
    Evergreen Crest Insurance - Member Appeals (FICTIONAL)
    PO Box 83941
    Boise, ID 83707
  fax: (208) 555-0174
claim:
  number: ECI-PA-26-1118-20594
  plan_type: governmental
  funding: insured
  employees: 940
  notice_date: 2026-11-25
  appeal_deadline: 2027-05-24
  deadline_basis: >-
    Notice of 11/25/2026: "You may appeal within 180 days of receiving this notice"; counted from the notice date.
  service_dates: [2027-01-11]
  sessions: 30
  pending_services: 30
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    Repeat TMS does not meet Medical Policy MP-TMS-21, retreatment criterion (b): at least 3 months must have passed
    since the prior course ended. Our records show the prior course ended 09/2026.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  corrections:
    - said: Our records show the prior course ended 09/2026.
      record: >-
        The TMS course summary records the 36th and last session on 06/12/2026; the visit of 09/14/2026 was an
        office follow-up (billed as an office visit, not TMS), 3 months after the course ended.
      file: clinical/tms-course-summary-2026-06-12.txt
      page: 1
plan_policy:
  name: Evergreen Crest Medical Policy MP-TMS-21, Transcranial Magnetic Stimulation (effective 01/01/2026), Retreatment
  number: MP-TMS-21
  quote: >-
    Retreatment. A repeat course of TMS is medically necessary when all of the following are met: (a) the member
    responded to the prior course, with at least a 50% reduction in a standardized depression score; (b) at least 3
    months have passed since the prior course ended; and (c) the member has relapsed after that response.
  file: other/medical-policy-mp-tms-21-2026-retreatment.txt
payer_criteria:
  - criterion: (a) the member responded to the prior course, with at least a 50% reduction in a standardized depression score
    how_met: PHQ-9 22 before the first course (04/20/2026) and 7 at its end (06/12/2026), a 68% reduction.
    met: true
    evidence: {file: clinical/tms-course-summary-2026-06-12.txt, page: 1}
  - criterion: (b) at least 3 months have passed since the prior course ended
    how_met: >-
      The prior course ended 06/12/2026; the request of 11/18/2026 came more than 5 months later, and the course would
      start 01/11/2027, about 7 months later.
    met: true
    evidence: {file: clinical/tms-course-summary-2026-06-12.txt, page: 1}
  - criterion: (c) the member has relapsed after that response
    how_met: PHQ-9 8 on 09/14/2026 (response held); PHQ-9 20 on 11/10/2026, with return of symptoms since 10/2026.
    met: true
    evidence: {file: clinical/pmhnp-retreatment-note-2026-11-10.txt, page: 1}
treatment:
  name: Repeat course of transcranial magnetic stimulation (TMS), 30 sessions
  summary: >-
    A repeat TMS course for a relapse of recurrent severe depression after a clear response to a first course that
    ended 06/12/2026.
  plan: >-
    30 sessions, 5 a week for 6 weeks from 01/11/2027, same left dorsolateral prefrontal target; PHQ-9 weekly;
    desvenlafaxine 100 mg continued.
  alongside: desvenlafaxine 100 mg daily
clinical:
  severity: PHQ-9 20 on 11/10/2026
  severity_date: 2026-11-10
  suicidality: none
  suicidality_date: 2026-11-10
  response: first course PHQ-9 22 (04/20/2026) to 7 (06/12/2026)
  response_level: response
  history:
    - drug: First TMS course, 36 sessions
      start: 2026-04-20
      end: 2026-06-12
      sessions: 36
      kind: neuromodulation
      adequate: true
      response: response
      outcome: Response (PHQ-9 22 to 7); relapse from 10/2026
      evidence: {file: clinical/tms-course-summary-2026-06-12.txt, page: 1}
    - drug: Desvenlafaxine
      dose: 100 mg daily
      start: 2025-09
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued before, during and after TMS
      evidence: {file: clinical/pmhnp-retreatment-note-2026-11-10.txt, page: 1}
    - drug: Lithium (augmentation)
      dose: 600 mg daily
      start: 2025-12
      end: 2026-01
      weeks: 4
      kind: augmentation
      adequate: false
      outcome: Stopped after 4 weeks for tremor (intolerance, not an adequate trial)
      evidence: {file: clinical/pmhnp-retreatment-note-2026-11-10.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2026-02
      ongoing: true
      kind: other
      adequate: false
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/pmhnp-retreatment-note-2026-11-10.txt, page: 1}
author:
  name: Harriet Osei-Lindqvist, DNP, PMHNP-BC
  role: Treating psychiatric-mental health nurse practitioner
  relation: prescriber
  authorization: other/patient-consent-to-appeal-2026-11-30.txt
  address: |-
    Snake River Mind and Brain Clinic (FICTIONAL), 901 Front Street, Suite 200
    Boise, ID 83702
  phone: (208) 555-0151
  email: hosei@snakeriver-mbc.example
provider:
  name: Snake River Mind and Brain Clinic
  credentials: outpatient psychiatry and TMS clinic
  npi: "1852160393"
  address: |-
    901 Front Street, Suite 200
    Boise, ID 83702
  phone: (208) 555-0151
peer_to_peer:
  availability: weekdays 8-9 am Mountain
record_dates:
  - file: clinical/tms-course-summary-2026-06-12.txt
    date: 2026-06-12
  - file: clinical/pmhnp-retreatment-note-2026-11-10.txt
    date: 2026-11-10
bates_prefix: LINDAHLMBEKI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/prior-authorization-denial-2026-11-25.txt": """
EVERGREEN CREST INSURANCE (FICTIONAL) for the CEDAR BASIN COUNTY EMPLOYEE HEALTH PLAN
PRIOR AUTHORIZATION DETERMINATION                                          Date: 11/25/2026
Member: Teodora Lindahl-Mbeki   ID FICT-ECI-39057716   Reference ECI-PA-26-1118-20594
Requested 11/18/2026: repeat TMS, 30 sessions (90867, 90868), Snake River Mind and Brain Clinic   CARC 50
Repeat TMS does not meet Medical Policy MP-TMS-21, retreatment criterion (b): at least 3 months must have passed since
the prior course ended. Our records show the prior course ended 09/2026.
You may appeal within 180 days of receiving this notice. Member Appeals, PO Box 83941, Boise, ID 83707; fax
(208) 555-0174.
""",
    "other/medical-policy-mp-tms-21-2026-retreatment.txt": """
EVERGREEN CREST INSURANCE (FICTIONAL) - MEDICAL POLICY MP-TMS-21 (effective 01/01/2026)          Page 4 of 8
Retreatment. A repeat course of TMS is medically necessary when all of the following are met: (a) the member
responded to the prior course, with at least a 50% reduction in a standardized depression score; (b) at least 3 months
have passed since the prior course ended; and (c) the member has relapsed after that response.
""",
    "other/medical-policy-mp-tms-21-2024-superseded.txt": """
EVERGREEN CREST INSURANCE (FICTIONAL) - MEDICAL POLICY MP-TMS-21 (effective 01/01/2024; superseded 01/01/2026)
Retreatment ... (b) at least 6 months have passed since the prior course ended ...
""",
    "clinical/tms-course-summary-2026-06-12.txt": """
SNAKE RIVER MIND AND BRAIN CLINIC (FICTIONAL) - TMS COURSE SUMMARY                         Date: 06/12/2026
Patient: Teodora Lindahl-Mbeki   DOB 05/17/1982   Page 1 of 1
Course: 36 sessions, 04/20/2026-06/12/2026 (last session 06/12/2026), left DLPFC. PHQ-9 22 at session 1, 7 at session
36 (68% reduction). Follow-up office visit booked for 09/14/2026.
""",
    "clinical/pmhnp-retreatment-note-2026-11-10.txt": """
SNAKE RIVER MIND AND BRAIN CLINIC (FICTIONAL) - PSYCHIATRIC NP VISIT                        Date: 11/10/2026
Patient: Teodora Lindahl-Mbeki   DOB 05/17/1982   Page 1 of 1
09/14/2026 follow-up (office visit, no TMS): PHQ-9 8, response maintained. Since 10/2026: early waking, loss of
interest, missed work. Today PHQ-9 20. No suicidal ideation.
Medication: desvenlafaxine 100 mg daily since 09/2025, partial response, continued. Lithium 600 mg added 12/2025,
stopped after 4 weeks for tremor. Mirtazapine 7.5 mg at bedtime for sleep.
Plan: repeat TMS, 30 sessions from 01/11/2027. - Harriet Osei-Lindqvist, DNP, PMHNP-BC
""",
    "other/member-claims-history-printout-2026.txt": """
EVERGREEN CREST MEMBER PORTAL (FICTIONAL) - CLAIMS HISTORY (printed 11/26/2026)
06/12/2026  Lindahl-Mbeki, Teodora   Snake River Mind and Brain Clinic   90868   paid
09/14/2026  Lindahl-Mbeki, Teodora   Snake River Mind and Brain Clinic   99214   paid
09/21/2026  Lindahl-Mbeki, Anders    Snake River Mind and Brain Clinic   90868   paid   (dependent; another person)
""",
    "other/patient-consent-to-appeal-2026-11-30.txt": """
CONSENT TO APPEAL (FICTIONAL)                                                              Date: 11/30/2026
I, Teodora Lindahl-Mbeki, ask Harriet Osei-Lindqvist, DNP, PMHNP-BC, to appeal reference ECI-PA-26-1118-20594 for me.
Signed: Teodora Lindahl-Mbeki
""",
}

TRUTH = r'''
# 07 - County employees' plan (insured): repeat TMS refused as "less than 3 months since the prior course", which ended 06/12/2026, not 09/2026; first internal appeal by the treating psychiatric NP (FICTIONAL)

All people, plans, insurers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Teodora Lindahl-Mbeki, 44, in a **county employees' plan** (governmental, **insured**, 940 employees), asked on
  11/18/2026 for a **repeat course of 30 TMS sessions** from 01/11/2027 (90867, 90868; F33.2). Denied **11/25/2026**
  (CO-50) under **MP-TMS-21 retreatment criterion (b)** ("at least 3 months ... since the prior course ended"), because
  the plan's records show the prior course "ended 09/2026".
- The first course was **36 sessions, 04/20/2026-06/12/2026**; its last session was **06/12/2026**. The **09/14/2026**
  visit was an office follow-up (99214), not TMS. By 11/18/2026 more than 5 months had passed; by 01/11/2027 about 7.
- The other criteria are met: (a) PHQ-9 22 -> 7, a **68%** reduction; (c) response held at 09/14 (PHQ-9 8), relapse
  from 10/2026, PHQ-9 20 on 11/10/2026.
- **Rule and stage:** a governmental plan: 45 CFR 147.136(b)(2)(i), applying the ERISA claims rule by reference; first
  internal appeal, pre-service, **180 days: by 05/24/2027**; then external review (a medical-judgment denial), through
  the state for an insured plan.
- **Author:** the treating psychiatric nurse practitioner (a prescriber, not a physician), with the patient's consent.

## Deliberately unknown
- How the plan's record came to show 09/2026: not known (likely the 09/14 visit at the TMS clinic, or the 09/21 claim
  of another family member); a letter may say the record shows otherwise and ask, not assert the cause.
- Whether the plan applies the 2024 policy anywhere: it says the 2026 policy governs; nothing suggests otherwise.

## Traps
- **A date, not medicine, first.** The winning point is the end date of the prior course: 06/12/2026 (course summary),
  so criterion (b) is met.
- **Other person on a document:** the claims printout's 09/21/2026 TMS claim is **Anders** Lindahl-Mbeki, a dependent,
  not the patient; never cite it as her TMS.
- **Stale policy:** the 2024 MP-TMS-21 (6 months, superseded 01/01/2026) is not the rule; a letter that applied it would
  wrongly make the request look early - never quote "6 months".
- **An earlier response is the ground, not a failure:** the first TMS course was a **response**; never "failed TMS".
- **Drugs:** desvenlafaxine continues (partial): never "failed" or "stopped". Lithium (4 weeks, tremor) is an
  intolerance. Mirtazapine 7.5 mg is a sleep dose.
- **Session course:** TMS is counted in sessions, not "six weeks of treatment".
- **Suicidality:** none; no urgency.
- **Voice:** a nurse practitioner writes as the treating nurse practitioner, never "physician", "Dr." or "as her
  psychiatrist"; a physician's certification is not claimed.
- **Wrong law:** not ERISA as the governing law; no EBSA / Labor Department complaint.

## Arguments a strong letter makes (strongest first)
1. The prior course ended on **06/12/2026** (course summary, last session); the 09/14/2026 visit was an office
   follow-up, not TMS. More than 5 months had passed at the request and about 7 will have at the start: criterion (b)
   is met, and the denial's only ground falls.
2. Criteria (a) and (c) are met: a 68% reduction (PHQ-9 22 to 7), response held at 09/14 (PHQ-9 8), relapse to PHQ-9 20.
3. Ask the plan to correct its record of the course's end date and approve the 30 sessions; offer a peer-to-peer.

## What a letter must NOT say
- "ended 09/2026", "ended in September"; "6 months" as the rule; "Anders"; the 09/21/2026 claim as hers.
- "failed TMS"; "failed desvenlafaxine", "stopped desvenlafaxine"; lithium as an adequate trial; mirtazapine as a trial.
- "as her physician", "Dr. Osei-Lindqvist" (a DNP is not to be called a physician), "I have determined ... as a physician".
- "suicidal"; "urgent"; "ERISA" as the governing law; "EBSA".
'''

ANSWERS = [
    ("Plan type and funding", "plan_type: governmental", "case.yaml"),
    ("Notice date", "PRIOR AUTHORIZATION DETERMINATION Date: 11/25/2026", "denial/prior-authorization-denial-2026-11-25.txt"),
    ("Appeal deadline", "appeal_deadline: 2027-05-24", "case.yaml"),
    ("Criterion applied", "at least 3 months have passed since the prior course ended", "other/medical-policy-mp-tms-21-2026-retreatment.txt"),
    ("The denial's wrong statement", "Our records show the prior course ended 09/2026", "denial/prior-authorization-denial-2026-11-25.txt"),
    ("When the prior course ended", "last session 06/12/2026", "clinical/tms-course-summary-2026-06-12.txt"),
    ("What 09/14/2026 was", "09/14/2026 follow-up (office visit, no TMS)", "clinical/pmhnp-retreatment-note-2026-11-10.txt"),
    ("Response to the first course", "PHQ-9 22 at session 1, 7 at session 36 (68% reduction)", "clinical/tms-course-summary-2026-06-12.txt"),
    ("Relapse", "Today PHQ-9 20", "clinical/pmhnp-retreatment-note-2026-11-10.txt"),
    ("Repeat course requested", "repeat TMS, 30 sessions from 01/11/2027", "clinical/pmhnp-retreatment-note-2026-11-10.txt"),
    ("Continuing antidepressant", "desvenlafaxine 100 mg daily since 09/2025, partial response, continued", "clinical/pmhnp-retreatment-note-2026-11-10.txt"),
    ("Intolerance", "stopped after 4 weeks for tremor", "clinical/pmhnp-retreatment-note-2026-11-10.txt"),
    ("Sleep dose", "Mirtazapine 7.5 mg at bedtime for sleep", "clinical/pmhnp-retreatment-note-2026-11-10.txt"),
    ("Superseded rule not to apply", "at least 6 months have passed since the prior course ended", "other/medical-policy-mp-tms-21-2024-superseded.txt"),
    ("Another person on a document", "Lindahl-Mbeki, Anders", "other/member-claims-history-printout-2026.txt"),
    ("Author's credentials", "DNP, PMHNP-BC", "case.yaml"),
]
