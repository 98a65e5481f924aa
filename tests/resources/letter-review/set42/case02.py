SLUG = "02-fehb-tms-brochure-two-trials-governs-over-policy-opm-review-wife"

CASE_YAML = r'''
# FICTIONAL CASE (set 42, case 02) - every person, plan, carrier, provider, number and address is invented.
# FEHB Standard Option. Harold Vasquez-Lindqvist, 58, a federal employee, was denied a course of TMS (pre-service):
# the carrier's medical policy MP-TMS-19 asks for four failed antidepressants; the carrier's 2026 FEHB brochure, its
# contract with OPM, asks for two and says the brochure governs where a medical policy differs. The carrier upheld the
# denial on reconsideration (09/24/2026); his wife asks OPM to review it.
patient:
  name: Harold Vasquez-Lindqvist
  salutation: Mr. Vasquez-Lindqvist
  date_of_birth: 1968-05-30
  member_id: FICT-KFB-R55102847
  address: |-
    1408 Wynn Drive NW
    Huntsville, AL 35805
  phone: (256) 555-0147
insurer:
  name: Keystone Federal Benefit Plan, Standard Option (FICTIONAL FEHB carrier)
  appeals_address: |-
    Keystone Federal Benefit Plan - Reconsiderations (FICTIONAL)
    PO Box 31207
    Harrisburg, PA 17105
  fax: (717) 555-0158
claim:
  number: KFB-PA-26-0814-6612
  plan_type: fehb
  notice_date: 2026-08-20
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Transcranial magnetic stimulation is not medically necessary. Medical Policy MP-TMS-19 criterion 2 requires
    failure of at least four antidepressant medications from at least two classes in the current episode. The
    records document two antidepressant trials.
  denial_category: medical_necessity
  pending_services: 36
  action: none
decisions:
  - date: 2026-09-24
    outcome: denied
    stage: carrier reconsideration
    opens: OPM review
    next_deadline: 2026-12-23
    reason: >-
      We have reconsidered our decision. The records show two adequate antidepressant trials in the current episode.
      Our medical policy requires four. The denial is upheld. You may ask the U.S. Office of Personnel Management to
      review our decision within 90 days of the date of this letter.
    corrections:
      - said: The records show two adequate antidepressant trials in the current episode.
        record: >-
          The psychiatrist's note of 08/06/2026 records three adequate trials in the current episode: sertraline
          200 mg for 12 weeks and venlafaxine XR 225 mg for 13 weeks, both without response, and duloxetine 120 mg
          since 06/2026 with only a partial response, still taken.
        file: clinical/psychiatry-note-2026-08-06.txt
        page: 1
external_review:
  agency: U.S. Office of Personnel Management, Federal Employee Insurance Operations (FICTIONAL address)
  address: |-
    OPM FEIO Health Insurance 2 (FICTIONAL address for this test)
    1900 E Street NW
    Washington, DC 20415
  final_denial_date: 2026-09-24
plan_policy:
  name: Keystone Federal Benefit Plan 2026 FEHB brochure, Section 5(a) "Transcranial magnetic stimulation"
  number: Section 5(a)
  quote: >-
    We cover transcranial magnetic stimulation (TMS) for major depressive disorder when you have not responded to,
    or could not tolerate, at least two antidepressant medications given at an adequate dose and duration in the
    current episode, and a psychiatrist prescribes the course.
  file: other/fehb-brochure-2026-section-5a-excerpt.txt
  precedence:
    name: 2026 FEHB brochure, Section 1 "How this plan works"
    quote: >-
      This brochure is the official statement of benefits. Where our medical policies differ from this brochure,
      this brochure governs.
    file: other/fehb-brochure-2026-section-5a-excerpt.txt
    page: 1
    governs: the 2026 FEHB brochure
    over: Medical Policy MP-TMS-19
    ground: failure of at least four antidepressant medications from at least two classes
payer_criteria:
  - criterion: "Major depressive disorder (brochure Section 5(a))"
    how_met: Recurrent major depressive disorder, moderate (F33.1); current episode since 09/2025; PHQ-9 19
    met: true
    evidence: {file: clinical/psychiatry-note-2026-08-06.txt, page: 1}
  - criterion: "Not responded to, or could not tolerate, at least two antidepressant medications at an adequate dose and duration in the current episode"
    how_met: >-
      Sertraline 200 mg 12 weeks (no response); venlafaxine XR 225 mg 13 weeks (no response); duloxetine 120 mg
      since 06/2026 (partial response, continued); mirtazapine 30 mg stopped after 10 days for sedation and weight gain
    met: true
    evidence: {file: clinical/psychiatry-note-2026-08-06.txt, page: 1}
  - criterion: "A psychiatrist prescribes the course"
    how_met: Prescribed by Dr. Oluwaseun Marchetti, MD, board-certified psychiatrist
    met: true
    evidence: {file: clinical/tms-prescription-2026-08-10.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions (90867, 90868)
  summary: >-
    A first course of 36 TMS sessions for a recurrent major depressive episode that has not responded to three
    adequate antidepressant trials.
  plan: 36 sessions, 5 a week for 6 weeks, then a taper of 6 sessions over 3 weeks; PHQ-9 every week.
  alongside: duloxetine 120 mg daily
clinical:
  severity: PHQ-9 19 on 08/06/2026
  severity_date: 2026-08-06
  suicidality: none
  suicidality_date: 2026-08-06
  episode_onset: 2025-09
  treating_since: 2025-10
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2020-02
      end: 2021-06
      kind: antidepressant
      response: remission
      outcome: Remission of an earlier episode (2020-2021); stopped when well
      evidence: {file: clinical/psychiatry-note-2026-08-06.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-10
      end: 2026-01
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks at 200 mg
      evidence: {file: clinical/psychiatry-note-2026-08-06.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-02
      end: 2026-05
      weeks: 13
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 13 weeks at 225 mg
      evidence: {file: clinical/psychiatry-note-2026-08-06.txt, page: 1}
    - drug: Mirtazapine
      dose: 30 mg at bedtime
      start: 2026-05
      end: 2026-05
      kind: antidepressant
      adequate: false
      outcome: Stopped after 10 days for sedation and weight gain (intolerance, not an adequate trial)
      evidence: {file: clinical/psychiatry-note-2026-08-06.txt, page: 1}
    - drug: Duloxetine
      dose: 120 mg daily
      start: 2026-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued, and to continue during TMS
      evidence: {file: clinical/psychiatry-note-2026-08-06.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 16 weekly sessions
      start: 2025-11
      end: 2026-03
      sessions: 16
      kind: psychotherapy
      outcome: Completed; modest benefit
      evidence: {file: clinical/psychiatry-note-2026-08-06.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-10
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-08-06.txt, page: 1}
author:
  name: Lorna Vasquez-Lindqvist
  role: Wife of the enrollee, authorized representative
  relation: representative
  authorization: other/authorization-to-represent-2026-10-02.txt
  address: |-
    1408 Wynn Drive NW
    Huntsville, AL 35805
  phone: (256) 555-0148
  email: lorna.vl@mail.example
provider:
  name: Oluwaseun Marchetti, MD
  credentials: Board-certified psychiatrist
  npi: "1149426037"
  address: |-
    Rocket City Psychiatry and TMS (FICTIONAL), 4900 Corporate Drive NW, Suite 310
    Huntsville, AL 35805
  phone: (256) 555-0160
record_dates:
  - file: clinical/psychiatry-note-2026-08-06.txt
    date: 2026-08-06
  - file: clinical/tms-prescription-2026-08-10.txt
    date: 2026-08-10
template: external-review-request
copies: [prescriber]
bates_prefix: VASQUEZLINDQVIST
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/carrier-denial-2026-08-20.txt": '''
KEYSTONE FEDERAL BENEFIT PLAN (FICTIONAL FEHB CARRIER) - PRECERTIFICATION DECISION      Date: 08/20/2026
Member: Harold Vasquez-Lindqvist   DOB 05/30/1968   ID FICT-KFB-R55102847   Standard Option
Reference: KFB-PA-26-0814-6612   Requested: TMS 90867/90868, 36 sessions   Provider: Oluwaseun Marchetti, MD
Decision: denied. Transcranial magnetic stimulation is not medically necessary. Medical Policy MP-TMS-19 criterion 2
requires failure of at least four antidepressant medications from at least two classes in the current episode.
The records document two antidepressant trials.
You may ask us to reconsider within 6 months of the date of this letter.
''',
"denial/carrier-reconsideration-decision-2026-09-24.txt": '''
KEYSTONE FEDERAL BENEFIT PLAN (FICTIONAL FEHB CARRIER) - RECONSIDERATION DECISION       Date: 09/24/2026
Member: Harold Vasquez-Lindqvist   Reference: KFB-PA-26-0814-6612
We have reconsidered our decision. The records show two adequate antidepressant trials in the current episode. Our
medical policy requires four. The denial is upheld. You may ask the U.S. Office of Personnel Management to review our
decision within 90 days of the date of this letter. Write to OPM, Federal Employee Insurance Operations, Health
Insurance 2, 1900 E Street NW, Washington, DC 20415.
''',
"other/fehb-brochure-2026-section-5a-excerpt.txt": '''
KEYSTONE FEDERAL BENEFIT PLAN (FICTIONAL) - 2026 FEHB BROCHURE (excerpt)                    Page 1 of 1
Section 1. How this plan works: This brochure is the official statement of benefits. Where our medical policies
differ from this brochure, this brochure governs.
Section 5(a). Transcranial magnetic stimulation: We cover transcranial magnetic stimulation (TMS) for major
depressive disorder when you have not responded to, or could not tolerate, at least two antidepressant medications
given at an adequate dose and duration in the current episode, and a psychiatrist prescribes the course.
Precertification is required.
''',
"other/fehb-brochure-2025-section-5a-stale.txt": '''
KEYSTONE FEDERAL BENEFIT PLAN (FICTIONAL) - 2025 FEHB BROCHURE (excerpt)   [plan year 2025; not in force in 2026]
Section 5(a). Transcranial magnetic stimulation: covered after failure of four antidepressant medications from two
classes. Precertification is required.
''',
"clinical/psychiatry-note-2026-08-06.txt": '''
ROCKET CITY PSYCHIATRY AND TMS (FICTIONAL) - PSYCHIATRIC FOLLOW-UP                        Date: 08/06/2026
Patient: Harold Vasquez-Lindqvist   DOB 05/30/1968   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, moderate (F33.1). Current episode since 09/2025. PHQ-9 19. Denies
suicidal ideation.
Current episode trials: sertraline 200 mg 10/2025-01/2026, 12 weeks, no response; venlafaxine XR 225 mg
02/2026-05/2026, 13 weeks, no response; mirtazapine 30 mg 05/2026, stopped after 10 days for sedation and weight
gain; duloxetine 120 mg since 06/2026, partial response, continued. CBT 16 weekly sessions 11/2025-03/2026.
Trazodone 50 mg at bedtime for sleep since 10/2025.
Earlier episode: escitalopram 20 mg 02/2020-06/2021, remission, stopped when well.
Plan: refer for TMS, 36 sessions; continue duloxetine.  - Oluwaseun Marchetti, MD (FICTIONAL)
''',
"clinical/tms-prescription-2026-08-10.txt": '''
ROCKET CITY PSYCHIATRY AND TMS (FICTIONAL) - TMS ORDER                                      Date: 08/10/2026
Patient: Harold Vasquez-Lindqvist   Order: TMS, 36 sessions (90867 once, 90868 thereafter), left DLPFC.
Prescriber: Oluwaseun Marchetti, MD, board-certified psychiatrist, NPI 1149426037.
''',
"other/authorization-to-represent-2026-10-02.txt": '''
AUTHORIZATION TO REPRESENT (FICTIONAL)                                                     Date: 10/02/2026
I, Harold Vasquez-Lindqvist, authorize my wife, Lorna Vasquez-Lindqvist, to act for me in my disputed claim about
TMS with Keystone Federal Benefit Plan and the U.S. Office of Personnel Management, and to receive my records.
Signed: Harold Vasquez-Lindqvist
''',
"other/pharmacy-fill-history-2026.txt": '''
SHOALS PHARMACY (FICTIONAL) - FILL HISTORY, household account, 01/2026-07/2026
H. VASQUEZ-LINDQVIST: venlafaxine XR 225 mg (02-05/2026); mirtazapine 30 mg (05/2026, 1 fill); duloxetine 60 mg x2
(06-07/2026); trazodone 50 mg.
L. VASQUEZ-LINDQVIST: levothyroxine 75 mcg (monthly)   [the wife's prescription, not part of this appeal]
''',
}

TRUTH = r'''
# 02 - FEHB: TMS denied under a medical policy asking four failed antidepressants where the brochure, which governs, asks two; OPM review asked by the enrollee's wife (FICTIONAL)

All people, plans, carriers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harold Vasquez-Lindqvist, 58 (DOB 05/30/1968), a federal employee in the **Keystone Federal Benefit Plan, Standard
  Option** (FEHB), was denied precertification of **36 TMS sessions** (90867, 90868; F33.1) on **08/20/2026** under
  Medical Policy **MP-TMS-19 criterion 2** (four failed antidepressants from two classes); the carrier upheld the
  denial on reconsideration on **09/24/2026**, saying the records show "two adequate antidepressant trials".
- The carrier's **2026 FEHB brochure, Section 5(a)**, covers TMS after **at least two** antidepressants not responded
  to or not tolerated at adequate dose and duration in the current episode, prescribed by a psychiatrist; **Section 1**
  says the brochure is the official statement of benefits and **governs where a medical policy differs**.
- The record shows **three adequate trials in the current episode** (since 09/2025): sertraline 200 mg 12 weeks and
  venlafaxine XR 225 mg 13 weeks (no response), and duloxetine 120 mg since 06/2026 (partial response, still taken).
  Mirtazapine was stopped after 10 days for sedation and weight gain (intolerance). The prescriber is a
  board-certified psychiatrist. Every brochure criterion is met.
- **Rule and stage:** 5 CFR 890.105: OPM review, asked **within 90 days of the carrier's reconsideration decision:
  by 12/23/2026**. The request goes to OPM, not to the carrier.
- **Author:** his wife, with his written authorization (10/02/2026); she writes about "Mr. Vasquez-Lindqvist".

## Deliberately unknown
- Which two trials the carrier counted: not stated; a letter may ask.
- When the TMS course would start: no date is set; no service date may be stated.
- Whether the carrier's medical policy was filed with OPM: not known.

## Traps
- **Plan document, not medicine, wins first:** the brochure's two-trial criterion governs over MP-TMS-19's four.
- **Stale document:** the 2025 brochure excerpt (four antidepressants) was for plan year 2025 and is not in force.
- **Decision's wrong statement:** "two adequate antidepressant trials": the record shows three.
- **Drug still taken:** duloxetine continues (partial response): never "failed" or "stopped".
- **Intolerance:** mirtazapine (10 days) is not an adequate trial, though it satisfies "could not tolerate" in the
  brochure's words; it must not be called a fourth adequate trial.
- **Sleep dose:** trazodone 50 mg is not a trial. **Earlier-episode response:** escitalopram brought remission in
  2020-2021: never a failure.
- **Psychotherapy** (CBT) is not an antidepressant trial. A TMS course is judged by sessions, not weeks.
- **Other person:** the fill history lists the wife's levothyroxine.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no "external review" by an IRO, no state insurance department.

## Arguments a strong letter makes (strongest first)
1. The 2026 brochure is the official statement of benefits and governs where a medical policy differs; its Section
   5(a) asks two antidepressants, not four. MP-TMS-19's four-drug ground is not in the brochure: OPM should direct the
   carrier to decide under the brochure.
2. Under the brochure every criterion is met: three adequate trials in the current episode (two without response,
   one partial, continued), and a psychiatrist prescribes the course.
3. Correct the reconsideration's statement that only two trials are documented, with the 08/06/2026 note.

## What a letter must NOT say
- "four trials are documented"; "failed duloxetine"; "stopped duloxetine"; mirtazapine as an adequate trial;
  trazodone or CBT as an antidepressant trial; "failed escitalopram".
- the 2025 brochure as the governing terms; "levothyroxine".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "independent review organization", "state insurance department".
- "suicidal ideation" as present; any date the TMS course was given.
'''

ANSWERS = [
    ("plan", "Standard Option", "denial/carrier-denial-2026-08-20.txt"),
    ("first denial date", "08/20/2026", "denial/carrier-denial-2026-08-20.txt"),
    ("policy the carrier applied", "MP-TMS-19 criterion 2", "denial/carrier-denial-2026-08-20.txt"),
    ("reconsideration date", "09/24/2026", "denial/carrier-reconsideration-decision-2026-09-24.txt"),
    ("OPM window", "within 90 days of the date of this letter", "denial/carrier-reconsideration-decision-2026-09-24.txt"),
    ("OPM deadline", "by 12/23/2026", "truth"),
    ("brochure's trial count", "at least two antidepressant medications", "other/fehb-brochure-2026-section-5a-excerpt.txt"),
    ("precedence clause", "this brochure governs", "other/fehb-brochure-2026-section-5a-excerpt.txt"),
    ("trial 1", "sertraline 200 mg 10/2025-01/2026, 12 weeks, no response", "clinical/psychiatry-note-2026-08-06.txt"),
    ("trial 2", "venlafaxine XR 225 mg 02/2026-05/2026, 13 weeks, no response", "clinical/psychiatry-note-2026-08-06.txt"),
    ("drug still taken", "duloxetine 120 mg since 06/2026, partial response, continued", "clinical/psychiatry-note-2026-08-06.txt"),
    ("intolerance", "stopped after 10 days for sedation and weight gain", "clinical/psychiatry-note-2026-08-06.txt"),
    ("earlier-episode response", "escitalopram 20 mg 02/2020-06/2021, remission", "clinical/psychiatry-note-2026-08-06.txt"),
    ("stale document", "not in force in 2026", "other/fehb-brochure-2025-section-5a-stale.txt"),
    ("other person", "the wife's prescription, not part of this appeal", "other/pharmacy-fill-history-2026.txt"),
    ("prescriber", "board-certified psychiatrist", "clinical/tms-prescription-2026-08-10.txt"),
]
