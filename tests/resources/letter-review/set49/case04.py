# FICTIONAL case 04, letters set 49.
SLUG = "04-medicaid-mco-adult-29-ect-sertraline-ten-weeks-not-four-fair-hearing-mother"

CASE_YAML = """
# FICTIONAL CASE (letters set 49, case 04) - every person, plan, agency office, provider, number and address is invented.
# Medicaid managed care, New Mexico. Acute ECT (12 treatments) asked for before care; denied under BH-ECT-2
# criterion 2; the plan's notice of resolution of 11/09/2026 upheld it: "sertraline for 4 weeks only; venlafaxine
# stopped for side effects is not a failed trial." The record shows sertraline 200 mg for 10 weeks, and the
# policy counts an intolerance. Her mother, her authorized representative, asks for a state fair hearing.
patient:
  name: Marisol Etcheverry-Dunn
  salutation: Ms. Etcheverry-Dunn
  date_of_birth: 1997-04-30
  member_id: NMC-602281947
  address: |-
    1407 Calle Ocotillo SW
    Albuquerque, NM 87121
  phone: (505) 555-0121
insurer:
  name: Sandia Vista Community Health Plan, a Medicaid managed care organization (FICTIONAL)
  appeals_address: |-
    Sandia Vista Community Health Plan - Member Appeals (FICTIONAL)
    PO Box 27440
    Albuquerque, NM 87125
  fax: (505) 555-0166
claim:
  number: SVC-UM-26-1002-47719
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-10-05
  procedure_codes: [90870]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    The request for electroconvulsive therapy does not meet criterion 2 of medical policy BH-ECT-2: failure of two
    antidepressant trials of adequate dose and duration (at least 6 weeks) in the current episode.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  reviewer:
    name: Dr. Hollis Marchetti
    specialty: internal medicine
external_review:
  agency: New Mexico Health Care Authority, Fair Hearings Bureau (FICTIONAL office address)
  address: |-
    Fair Hearings Bureau (FICTIONAL)
    PO Box 2348
    Santa Fe, NM 87504
  final_denial_date: 2026-11-09
decisions:
  - date: 2026-11-09
    outcome: denied
    stage: plan appeal (notice of resolution)
    opens: state fair hearing
    next_deadline: 2027-03-09
    reason: >-
      Records show sertraline for 4 weeks only. Venlafaxine was stopped for side effects, which is not a failed
      trial. Criterion 2 of BH-ECT-2 is not met.
    corrections:
      - said: Records show sertraline for 4 weeks only.
        record: >-
          Sertraline was raised to 200 mg daily and taken 04/06/2026-06/15/2026, 10 weeks, without response; the
          4-week figure is from the visit of 05/04/2026, written mid-trial.
        file: [clinical/psychiatry-note-2026-06-15.txt, other/pharmacy-fill-history-2026.txt]
        page: 1
      - said: Venlafaxine was stopped for side effects, which is not a failed trial.
        record: >-
          BH-ECT-2 criterion 2 itself accepts "one adequate trial and intolerance to a second"; venlafaxine XR was
          stopped at week 3 for a blood pressure of 162/104.
        file: [other/medical-policy-bh-ect-2.txt, clinical/psychiatry-note-2026-07-20.txt]
        page: 1
plan_policy:
  name: Sandia Vista Medical Policy BH-ECT-2, Electroconvulsive Therapy
  number: BH-ECT-2
  quote: >-
    ECT is medically necessary for major depressive disorder when: 1. the diagnosis is made by a psychiatrist after
    a face-to-face evaluation; 2. the member has had two antidepressant trials of adequate dose and duration (at
    least 6 weeks each) without adequate response in the current episode, or one adequate trial and intolerance to
    a second; and 3. a pre-ECT medical and anesthesia evaluation has been completed.
  file: other/medical-policy-bh-ect-2.txt
payer_criteria:
  - criterion: 1. diagnosis by a psychiatrist after a face-to-face evaluation
    how_met: Evaluation by Dr. Renata Caldwell-Ibarra, MD, psychiatrist, 10/01/2026
    met: true
    evidence: {file: clinical/ect-consultation-2026-10-01.txt, page: 1}
  - criterion: 2. two adequate trials in the current episode, or one adequate trial and intolerance to a second
    how_met: Sertraline 200 mg 10 weeks without response (adequate); venlafaxine XR stopped at week 3 for hypertension (intolerance); mirtazapine 30 mg 7 weeks without response (adequate)
    met: true
    evidence: [{file: clinical/psychiatry-note-2026-06-15.txt, page: 1}, {file: clinical/psychiatry-note-2026-07-20.txt, page: 1}, {file: clinical/ect-consultation-2026-10-01.txt, page: 1}]
  - criterion: 3. pre-ECT medical and anesthesia evaluation
    how_met: Completed 10/01/2026
    met: true
    evidence: {file: clinical/ect-consultation-2026-10-01.txt, page: 1}
treatment:
  name: Acute electroconvulsive therapy (ECT), up to 12 treatments (90870)
  summary: >-
    Acute ECT for a severe recurrent depressive episode after sertraline and mirtazapine gave no response and
    venlafaxine could not be tolerated.
  plan: Right unilateral ECT three times a week, up to 12 treatments; PHQ-9 and cognitive screening weekly; stop at remission or after 12.
clinical:
  severity: PHQ-9 24 on 10/01/2026; not working since 05/2026
  severity_date: 2026-10-01
  suicidality: passive
  suicidality_date: 2026-10-01
  episode_onset: 2026-02
  treating_since: 2022-03
  history:
    - drug: Escitalopram
      dose: 10 mg daily
      start: 2022-03
      end: 2023-01
      kind: antidepressant
      response: remission
      outcome: Remission of the 2022 episode (earlier episode); tapered off 01/2023
      evidence: {file: clinical/ect-consultation-2026-10-01.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2026-04-06
      end: 2026-06-15
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks at 200 mg
      evidence: {file: clinical/psychiatry-note-2026-06-15.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 75 mg daily
      start: 2026-06-16
      end: 2026-07-07
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped at week 3 for blood pressure 162/104 (intolerance)
      evidence: {file: clinical/psychiatry-note-2026-07-20.txt, page: 1}
    - drug: Mirtazapine
      dose: 30 mg at bedtime
      start: 2026-07-20
      ongoing: true
      weeks: 7
      kind: antidepressant
      adequate: true
      response: none
      outcome: No response after 7 weeks; continued until ECT begins
      evidence: {file: clinical/ect-consultation-2026-10-01.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed for sleep
      start: 2026-05
      ongoing: true
      kind: other
      outcome: For sleep; not a trial
      evidence: {file: clinical/ect-consultation-2026-10-01.txt, page: 1}
impact:
  work: Not working since 05/2026 (medical leave from her job as a dental assistant).
author:
  name: Teodora Etcheverry
  role: Mother and authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-11-12.txt
  address: |-
    1407 Calle Ocotillo SW
    Albuquerque, NM 87121
  phone: (505) 555-0122
  email: teodora.etcheverry@sunmail.example
provider:
  name: Dr. Renata Caldwell-Ibarra
  credentials: MD, psychiatry
  npi: "@NPI:150827364@"
  address: |-
    Rio Grande Behavioral Medicine (FICTIONAL), 900 Lomas Boulevard NE
    Albuquerque, NM 87102
  phone: (505) 555-0158
template: external-review-request
copies:
  - prescriber
record_dates:
  - file: clinical/ect-consultation-2026-10-01.txt
    date: 2026-10-01
  - file: clinical/psychiatry-note-2026-06-15.txt
    date: 2026-06-15
  - file: clinical/psychiatry-note-2026-07-20.txt
    date: 2026-07-20
  - file: other/pharmacy-fill-history-2026.txt
    date: 2026-11-14
bates_prefix: ETCHEVERRYDUNN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-resolution-2026-11-09.txt": """
SANDIA VISTA COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION    Date of this notice: 11/09/2026
Member: Marisol Etcheverry-Dunn   Member ID NMC-602281947   Request SVC-UM-26-1002-47719   Page 1 of 2
Service: electroconvulsive therapy (90870), up to 12 treatments.
Decision: Denial upheld. Records show sertraline for 4 weeks only. Venlafaxine was stopped for side effects, which
is not a failed trial. Criterion 2 of BH-ECT-2 is not met.
Reviewed by: Dr. Hollis Marchetti, internal medicine.
State fair hearing: You may ask for a State Fair Hearing no later than 120 calendar days from the date of this
notice. Write to the Fair Hearings Bureau, PO Box 2348, Santa Fe, NM 87504 (FICTIONAL).
""",
    "denial/initial-denial-2026-10-05.txt": """
SANDIA VISTA COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION      Date: 10/05/2026
Member: Marisol Etcheverry-Dunn   Request SVC-UM-26-1002-47719 (received 10/02/2026)
The request for electroconvulsive therapy does not meet criterion 2 of medical policy BH-ECT-2: failure of two
antidepressant trials of adequate dose and duration (at least 6 weeks) in the current episode.
You may appeal to the plan within 60 days of the date of this notice.
""",
    "other/medical-policy-bh-ect-2.txt": """
SANDIA VISTA COMMUNITY HEALTH PLAN (FICTIONAL) - MEDICAL POLICY BH-ECT-2, ELECTROCONVULSIVE THERAPY   Page 1 of 3
ECT is medically necessary for major depressive disorder when: 1. the diagnosis is made by a psychiatrist after a
face-to-face evaluation; 2. the member has had two antidepressant trials of adequate dose and duration (at least 6
weeks each) without adequate response in the current episode, or one adequate trial and intolerance to a second;
and 3. a pre-ECT medical and anesthesia evaluation has been completed.
""",
    "clinical/psychiatry-note-2026-05-04.txt": """
RIO GRANDE BEHAVIORAL MEDICINE (FICTIONAL) - PSYCHIATRY FOLLOW-UP                      Date: 05/04/2026
Patient: Marisol Etcheverry-Dunn   DOB 04/30/1997
Sertraline 200 mg daily for 4 weeks so far (started 04/06/2026); minimal change; continue and reassess.
""",
    "clinical/psychiatry-note-2026-06-15.txt": """
RIO GRANDE BEHAVIORAL MEDICINE (FICTIONAL) - PSYCHIATRY FOLLOW-UP                      Date: 06/15/2026
Patient: Marisol Etcheverry-Dunn   DOB 04/30/1997   Page 1 of 1
Sertraline 200 mg daily 04/06/2026-06/15/2026: 10 weeks at full dose, no response (PHQ-9 23 -> 23). Stop;
start venlafaxine XR 75 mg tomorrow.
""",
    "clinical/psychiatry-note-2026-07-20.txt": """
RIO GRANDE BEHAVIORAL MEDICINE (FICTIONAL) - PSYCHIATRY FOLLOW-UP                      Date: 07/20/2026
Patient: Marisol Etcheverry-Dunn   DOB 04/30/1997   Page 1 of 1
Venlafaxine XR 75 mg stopped 07/07/2026 at week 3: blood pressure 162/104 on two readings (intolerance). Start
mirtazapine 30 mg at bedtime.
""",
    "clinical/ect-consultation-2026-10-01.txt": """
RIO GRANDE BEHAVIORAL MEDICINE (FICTIONAL) - ECT CONSULTATION AND PRE-ECT EVALUATION     Date: 10/01/2026
Patient: Marisol Etcheverry-Dunn   DOB 04/30/1997   Page 1 of 2
Face-to-face evaluation by Dr. Renata Caldwell-Ibarra, MD, psychiatrist. Major depressive disorder, recurrent,
severe without psychotic features (F33.2); current episode since 02/2026. PHQ-9 24. Passive wish not to wake up;
no plan or intent. Not working since 05/2026.
Earlier episode: escitalopram 10 mg 03/2022-01/2023 brought remission; tapered off 01/2023.
This episode: sertraline 200 mg 10 weeks, no response; venlafaxine XR stopped at week 3 for hypertension;
mirtazapine 30 mg since 07/20/2026, 7 weeks at full dose, no response, continued until ECT. Hydroxyzine 25 mg at
bedtime as needed for sleep since 05/2026.
Pre-ECT medical and anesthesia evaluation completed today: cleared.
""",
    "other/pharmacy-fill-history-2026.txt": """
DESERT SAGE PHARMACY (FICTIONAL) - PRESCRIPTION HISTORY, printed 11/14/2026                   Page 1 of 1
Marisol Etcheverry-Dunn: sertraline 100 mg #60 (2 daily) filled 04/06/2026, 05/05/2026, 06/03/2026.
Venlafaxine XR 75 mg #30 filled 06/16/2026. Mirtazapine 30 mg #30 filled 07/20, 08/18, 09/16/2026.
""",
    "other/authorized-representative-form-2026-11-12.txt": """
SANDIA VISTA COMMUNITY HEALTH PLAN (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION
I, Marisol Etcheverry-Dunn, name my mother, Teodora Etcheverry, to act for me in my appeal and state fair
hearing.   Signed 11/12/2026
""",
    "other/ect-schedule-sheet-2026-10.txt": """
RIO GRANDE BEHAVIORAL MEDICINE (FICTIONAL) - ECT SUITE SCHEDULE, WEEK OF 10/12/2026
Mon 07:30 L. Quintanilla (maintenance)   Mon 08:15 J. Abeyta (acute #4)   Wed 07:30 L. Quintanilla
[M. Etcheverry-Dunn: on hold pending authorization.]
""",
}

TRUTH = """
# 04 - Medicaid managed care (NM): acute ECT denied as "sertraline 4 weeks only"; the record shows 10 weeks and the policy counts an intolerance; state fair hearing asked by the mother of an adult (FICTIONAL)

All people, plans, agency offices, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marisol Etcheverry-Dunn, 29 (DOB 04/30/1997), in a **Medicaid managed care** plan, was denied **acute ECT, up to 12
  treatments** (90870, F33.2) before care on **10/05/2026** under **BH-ECT-2 criterion 2**. The plan's **notice of
  resolution of 11/09/2026** upheld it: "sertraline for 4 weeks only"; "Venlafaxine was stopped for side effects,
  which is not a failed trial."
- **Sertraline 200 mg daily 04/06/2026-06/15/2026: 10 weeks**, no response (note of 06/15/2026; fills 04/06, 05/05,
  06/03). The "4 weeks" is the mid-trial note of 05/04/2026.
- **Venlafaxine XR** was stopped at week 3 for **blood pressure 162/104**: an intolerance, which **criterion 2's own
  words accept** ("or one adequate trial and intolerance to a second"). **Mirtazapine 30 mg**: 7 weeks, no response,
  still taken until ECT begins. Criterion 2 is met twice over; criteria 1 and 3 are met (10/01/2026).
- **Rule and stage:** Medicaid managed care, **state fair hearing within 120 calendar days of the notice of
  resolution** (42 CFR 438.408(f)(2)): **by 03/09/2027**. No care was authorized before, so there is nothing to
  continue (438.420 does not apply).
- The reviewer was an **internal medicine** physician.
- **Author:** her mother, her authorized representative (designation of 11/12/2026); writes about "Ms.
  Etcheverry-Dunn" / "my daughter".

## Deliberately unknown
- Whether the plan had the 06/15/2026 note when it decided: not recorded (a letter may say it is enclosed now).
- The hearing date, and whether an expedited hearing will be given: not in the case.
- Whether the reviewer has experience with ECT: not stated.

## Traps
- **A decision's stated fact the record contradicts:** "4 weeks only" (the 05/04 note was written at week 4 of a
  10-week trial).
- **The policy's own words:** an intolerance is a route under criterion 2; a letter must not argue that venlafaxine
  was an adequate trial.
- **Earlier-episode response:** escitalopram brought **remission in 2022**; it is not a failure and is not in this
  episode.
- **Drug still taken:** mirtazapine continues until ECT - never "stopped"; **hydroxyzine** is for sleep, not a trial.
- Suicidality is **passive** (10/01/2026); never "active", "plan" or "attempt".
- **Other people on a document:** the ECT schedule sheet lists other patients.
- **Adult member:** she is 29; no EPSDT, no parent-of-a-minor voice; the mother needs the designation.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no external review by an IRO, no "name and qualifications" duty; no
  continuation of benefits (438.420) - nothing was authorized.

## Arguments a strong letter makes (strongest first)
1. Criterion 2 is met by the record: **sertraline 200 mg for 10 weeks** without response (06/15/2026 note; fills),
   and **mirtazapine 30 mg 7 weeks** without response - two adequate trials in the current episode.
2. Criterion 2's own words also accept **one adequate trial and intolerance to a second**: venlafaxine XR stopped for
   hypertension. The resolution's reading contradicts the policy it applies.
3. Correct the resolution's two statements with their sources; criteria 1 and 3 met; severity PHQ-9 24, not working,
   passive death wish; a reviewer in psychiatry should decide.

## What a letter must NOT say
- "sertraline for 4 weeks"; "venlafaxine was an adequate trial"; "failed escitalopram".
- "stopped mirtazapine"; hydroxyzine as a trial; "active suicidal ideation", "suicide plan".
- "EPSDT", "42 U.S.C. 1396d(r)(5)", "parent of a minor".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "independent review organization", "continue benefits during the
  appeal".
- "Quintanilla", "Abeyta".
"""

ANSWERS = [
    ("plan type and delivery", "delivery: managed_care", "case.yaml"),
    ("stage", "opens: state fair hearing", "case.yaml"),
    ("hearing deadline", "no later than 120 calendar days from the date of this notice", "denial/notice-of-resolution-2026-11-09.txt"),
    ("computed date", "by 03/09/2027", "truth"),
    ("resolution's wrong statement", "Records show sertraline for 4 weeks only.", "denial/notice-of-resolution-2026-11-09.txt"),
    ("sertraline length", "10 weeks at full dose, no response", "clinical/psychiatry-note-2026-06-15.txt"),
    ("source of the 4 weeks", "Sertraline 200 mg daily for 4 weeks so far", "clinical/psychiatry-note-2026-05-04.txt"),
    ("policy's intolerance route", "or one adequate trial and intolerance to a second", "other/medical-policy-bh-ect-2.txt"),
    ("intolerance", "blood pressure 162/104 on two readings (intolerance)", "clinical/psychiatry-note-2026-07-20.txt"),
    ("drug still taken", "continued until ECT", "clinical/ect-consultation-2026-10-01.txt"),
    ("earlier-episode response", "escitalopram 10 mg 03/2022-01/2023 brought remission", "clinical/ect-consultation-2026-10-01.txt"),
    ("sleep medicine", "Hydroxyzine 25 mg at bedtime as needed for sleep", "clinical/ect-consultation-2026-10-01.txt"),
    ("suicidality", "Passive wish not to wake up; no plan or intent", "clinical/ect-consultation-2026-10-01.txt"),
    ("reviewer specialty", "Reviewed by: Dr. Hollis Marchetti, internal medicine", "denial/notice-of-resolution-2026-11-09.txt"),
    ("other people", "J. Abeyta (acute #4)", "other/ect-schedule-sheet-2026-10.txt"),
    ("author", "Mother and authorized representative", "case.yaml"),
]
