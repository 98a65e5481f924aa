SLUG = "medicaid-mco-mi-bipolar-ii-ect-quetiapine-50-only-said-fair-hearing-psychiatrist-es"

CASE_YAML = r'''
# FICTIONAL CASE (set 63, case 02) - every person, plan, hospital, number and address is invented.
# Medicaid managed care, Michigan. Lucía Fernanda Ibarra Cruz, 27, bipolar II depression after a suicide attempt;
# acute ECT denied because "records show quetiapine 50 mg only" and "lithium was not tried"; the plan upheld it
# on 11/16/2026. Her treating psychiatrist asks for the state fair hearing. Her language is Spanish.
patient:
  name: Lucía Fernanda Ibarra Cruz
  salutation: Ms. Ibarra Cruz
  date_of_birth: 1999-08-03
  member_id: FICT-GLC-88214067
  language: es
  address: |-
    845 Caulfield Avenue SW
    Grand Rapids, MI 49503
  phone: (616) 555-0120
insurer:
  name: Great Lakes Community Health Plan (FICTIONAL)
  appeals_address: |-
    Great Lakes Community Health Plan - Appeals (FICTIONAL)
    PO Box 66120
    Grand Rapids, MI 49516
  fax: (616) 555-0163
claim:
  number: GLC-UM-26-1007-5521
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-10-14
  service_dates: [2026-12-14]
  pending_services: 12
  setting: outpatient
  action: none
  procedure_codes: ['90870']
  diagnosis_codes: [F31.81]
  denial_reason: >-
    Prior authorization for electroconvulsive therapy (ECT) is denied. Medical policy BH-ECT-3 criterion 2 is not
    met: failure of lithium or a second-generation antipsychotic approved for bipolar depression at an adequate dose
    for at least 6 weeks is required. Records show quetiapine 50 mg only.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: 'Paul Stenberg, MD', specialty: family medicine}
decisions:
  - date: 2026-11-16
    outcome: denied
    stage: plan appeal
    opens: state fair hearing
    next_deadline: 2027-03-16
    reason: >-
      The denial is upheld. Records document quetiapine 50 mg at bedtime. Lithium was not tried. Criterion 2 of
      BH-ECT-3 is not met.
    corrections:
      - said: Records document quetiapine 50 mg at bedtime.
        record: >-
          Quetiapine 50 mg at bedtime was a sleep dose in 2023 (the old medication list). The 2026 notes record
          quetiapine XR 300 mg nightly from 02/02/2026 to 04/13/2026 (10 weeks, no response) and lurasidone 80 mg
          from 05/04/2026 to 07/06/2026 (9 weeks, no response).
        file: [clinical/outpatient-psychiatry-notes-2026.txt, other/medication-list-2023-05.txt]
        page: 1
        leaves_out: true
      - said: Lithium was not tried.
        record: >-
          Lithium 300 mg twice daily was taken 03/04/2024-03/25/2024 (level 0.4) and stopped for tremor and vomiting:
          an intolerance, which criterion 2 accepts.
        file: clinical/outpatient-psychiatry-notes-2026.txt
        page: 1
external_review:
  agency: Michigan Office of Administrative Hearings and Rules (address FICTIONAL for this test)
  address: |-
    Michigan Office of Administrative Hearings and Rules - Medicaid hearings (FICTIONAL address)
    PO Box 99063
    Lansing, MI 48909
  final_denial_date: 2026-11-16
prior_auth:
  requested_on: 2026-10-07
  reference: GLC-UM-26-1007-5521
plan_policy:
  name: Great Lakes Community Health Plan Medical Policy BH-ECT-3, Electroconvulsive Therapy
  number: BH-ECT-3
  quote: >-
    Acute ECT is medically necessary when 1 and 4 are met and either 2 or 3 is met: 1. Major depressive episode
    (unipolar or bipolar) of severe intensity (MADRS 30 or more, or equivalent). 2. For bipolar depression: failure
    of, intolerance to, or contraindication to lithium or at least one second-generation antipsychotic approved for
    bipolar depression (quetiapine, lurasidone, cariprazine, lumateperone) at an adequate dose for at least 6
    weeks. 3. Or a suicide attempt or other life-threatening condition within the past 90 days, in which case ECT
    may start without criterion 2. 4. Pre-ECT medical and anesthesia evaluation completed.
  file: other/medical-policy-bh-ect-3-excerpt.txt
payer_criteria:
  - criterion: 1. Major depressive episode of severe intensity (MADRS 30 or more).
    how_met: MADRS 36 (08/20/2026), 38 (10/05/2026), 35 (11/02/2026), 37 (11/30/2026).
    met: true
    evidence: {file: clinical/outpatient-psychiatry-notes-2026.txt, page: 1}
  - criterion: >-
      2. Failure of, intolerance to, or contraindication to lithium or at least one second-generation antipsychotic
      approved for bipolar depression, at an adequate dose for at least 6 weeks.
    how_met: >-
      Quetiapine XR 300 mg for 10 weeks and lurasidone 80 mg for 9 weeks, both without response; lithium stopped
      after 3 weeks for tremor and vomiting (intolerance).
    met: true
    evidence: {file: clinical/outpatient-psychiatry-notes-2026.txt, page: 1}
  - criterion: >-
      3. Or a suicide attempt or other life-threatening condition within the past 90 days, in which case ECT may
      start without criterion 2.
    how_met: Suicide attempt by overdose on 09/12/2026, 25 days before the request of 10/07/2026.
    met: true
    instead_of: 2
    evidence: {file: clinical/hospital-discharge-summary-2026-09-22.txt, page: 1}
  - criterion: 4. Pre-ECT medical and anesthesia evaluation completed.
    how_met: Pre-ECT medical and anesthesia evaluation on 10/05/2026, cleared.
    met: true
    evidence: {file: clinical/pre-ect-evaluation-2026-10-05.txt, page: 1}
treatment:
  name: Acute course of electroconvulsive therapy (ECT), 12 treatments
  summary: >-
    Acute ECT for severe bipolar II depression after a suicide attempt, when two antipsychotics approved for bipolar
    depression failed and lithium was not tolerated.
  plan: >-
    Right unilateral ultrabrief ECT three times a week, 12 treatments, MADRS before every third treatment and a
    cognitive screen weekly; lamotrigine continued; stop early at remission or if cognitive effects require it.
  alongside: lamotrigine 200 mg daily
clinical:
  severity: MADRS 37 on 11/30/2026 (36 on 08/20, 38 on 10/05, 35 on 11/02/2026)
  severity_date: 2026-11-30
  suicidality: attempt
  suicidality_date: 2026-09-12
  episode_onset: 2025-11
  treating_since: 2023-02-14
  exclusions: No psychosis; no active substance use; no recent heart attack or stroke; not pregnant (test 10/05/2026).
  history:
    - drug: Lamotrigine
      dose: 200 mg daily
      start: 2023-02
      ongoing: true
      kind: other
      adequate: true
      response: partial
      outcome: Mood stabilizer; no hypomania since 2023, but the depression persists; continued
      evidence: {file: clinical/outpatient-psychiatry-notes-2026.txt, page: 1}
    - drug: Quetiapine (sleep dose)
      dose: 50 mg at bedtime for sleep
      start: 2023-02
      end: 2023-09
      kind: other
      outcome: Sleep dose only, 2023; not a trial for bipolar depression
      evidence: {file: other/medication-list-2023-05.txt, page: 1}
    - drug: Lithium carbonate
      dose: 300 mg twice daily (level 0.4)
      start: 2024-03-04
      end: 2024-03-25
      kind: other
      adequate: false
      outcome: Stopped after 3 weeks for tremor and vomiting (intolerance)
      evidence: {file: clinical/outpatient-psychiatry-notes-2026.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: weekly
      start: 2025-01
      end: 2025-05
      kind: psychotherapy
      sessions: 14
      adequate: true
      response: partial
      outcome: Some benefit in coping; depression returned 11/2025
      evidence: {file: clinical/outpatient-psychiatry-notes-2026.txt, page: 1}
    - drug: Quetiapine XR
      dose: 300 mg nightly
      start: 2026-02-02
      end: 2026-04-13
      kind: other
      weeks: 10
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks at 300 mg (MADRS 35 to 34); stopped
      evidence: {file: clinical/outpatient-psychiatry-notes-2026.txt, page: 1}
    - drug: Lurasidone
      dose: 80 mg with supper
      start: 2026-05-04
      end: 2026-07-06
      kind: other
      weeks: 9
      adequate: true
      failed: true
      response: none
      outcome: No response after 9 weeks at 80 mg; restlessness; stopped
      evidence: {file: clinical/outpatient-psychiatry-notes-2026.txt, page: 1}
impact:
  hospitalizations: Psychiatric hospital stay 09/12/2026-09/22/2026 after an overdose
  work: Lost her job as a dental assistant in 08/2026; has not worked since
  daily_life: Lives with her sister; stays in bed most days; her sister manages her medicines under the safety plan
author:
  name: Tomás Echeverría Lund, MD
  role: Treating psychiatrist
  relation: physician
  authorization: other/patient-consent-2026-11-20.txt
  address: |-
    West Michigan Mood Disorders Clinic (FICTIONAL), 300 Lyon Street NW, Suite 5
    Grand Rapids, MI 49503
  phone: (616) 555-0184
  email: techeverria@wmmoodclinic.example
provider:
  name: Tomás Echeverría Lund, MD
  credentials: MD, board-certified psychiatrist
  npi: "1134149032"
  address: |-
    300 Lyon Street NW, Suite 5
    Grand Rapids, MI 49503
  phone: (616) 555-0184
record_dates:
  - {file: clinical/outpatient-psychiatry-notes-2026.txt, date: 2026-11-30}
  - {file: clinical/hospital-discharge-summary-2026-09-22.txt, date: 2026-09-22}
  - {file: clinical/pre-ect-evaluation-2026-10-05.txt, date: 2026-10-05}
template: external-review-request
bates_prefix: IBARRA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/prior-authorization-denial-2026-10-14.txt": '''
GREAT LAKES COMMUNITY HEALTH PLAN (FICTIONAL) - MEDICAID HEALTH PLAN, MICHIGAN
NOTICE OF ADVERSE BENEFIT DETERMINATION                     Date: 10/14/2026
Member: Lucía Fernanda Ibarra Cruz   DOB 08/03/1999   ID FICT-GLC-88214067
Reference: GLC-UM-26-1007-5521   Received 10/07/2026   Service: ECT (90870), 12 treatments, outpatient
Decision: Prior authorization for electroconvulsive therapy (ECT) is denied. Medical policy BH-ECT-3 criterion 2 is
not met: failure of lithium or a second-generation antipsychotic approved for bipolar depression at an adequate dose
for at least 6 weeks is required. Records show quetiapine 50 mg only.
Reviewer: Paul Stenberg, MD (family medicine).
You may appeal to the plan within 60 days of the date of this notice.
''',
"denial/notice-of-appeal-resolution-2026-11-16.txt": '''
GREAT LAKES COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION        Date: 11/16/2026
Member: Lucía Fernanda Ibarra Cruz   ID FICT-GLC-88214067   Appeal received 10/20/2026
Reference: GLC-UM-26-1007-5521
Decision: The denial is upheld. Records document quetiapine 50 mg at bedtime. Lithium was not tried. Criterion 2 of
BH-ECT-3 is not met.
Your right to a State Fair Hearing: You may ask for a State Fair Hearing no later than 120 calendar days from the
date of this notice. Send your request to the Michigan Office of Administrative Hearings and Rules (the hearing
request form is enclosed). Usted puede pedir esta información en español.
''',
"clinical/outpatient-psychiatry-notes-2026.txt": '''
WEST MICHIGAN MOOD DISORDERS CLINIC (FICTIONAL) - OUTPATIENT PSYCHIATRY NOTES        Page 1 of 1
Patient: Lucía Fernanda Ibarra Cruz   DOB 08/03/1999   Psychiatrist: Tomás Echeverría Lund, MD (since 02/14/2023)
Visits in Spanish.
History (02/2023 intake): bipolar II disorder. First depressive episode 2021, remitted with lamotrigine and therapy
by 12/2022. Hypomania 2022. Quetiapine 50 mg at bedtime for sleep 02/2023-09/2023, stopped. Lamotrigine 200 mg daily
since 2023: no hypomania since, continued.
03/25/2024 - Lithium 300 mg twice daily started 03/04/2024; level 0.4 on 03/18; coarse tremor, vomiting. Stopped
03/25/2024 (intolerance). CBT weekly 01/2025-05/2025, 14 sessions, partial benefit.
Current episode since 11/2025.
02/02/2026 - MADRS 35. Start quetiapine XR, to 300 mg nightly by 02/09.
04/13/2026 - 10 weeks at 300 mg: MADRS 34, no response; weight up 6 kg. Stop quetiapine.
05/04/2026 - Start lurasidone 40 mg, 80 mg with supper from 05/18.
07/06/2026 - 9 weeks: MADRS 36, no response; restless. Stop lurasidone.
08/20/2026 - MADRS 36. Lost her job. Discussed ECT; she wanted to wait.
09/29/2026 - After hospital stay (overdose 09/12). Safety plan reviewed; sister holds medicines. Wants ECT.
10/05/2026 - MADRS 38. Pre-ECT evaluation done. Request for ECT sent 10/07.
11/02/2026 - MADRS 35. Thoughts that she would be better off dead, no plan.
11/30/2026 - MADRS 37. Passive thoughts of death, no plan or intent. Lamotrigine 200 mg continued (partial: no
hypomania, depression unchanged). ECT remains the recommended treatment.
''',
"clinical/hospital-discharge-summary-2026-09-22.txt": '''
KENT LAKESHORE HOSPITAL (FICTIONAL) - INPATIENT PSYCHIATRY DISCHARGE SUMMARY         Page 1 of 1
Patient: Lucía Fernanda Ibarra Cruz   DOB 08/03/1999   Admitted 09/12/2026   Discharged 09/22/2026
Admitted after an intentional overdose of acetaminophen and lamotrigine on 09/12/2026 (suicide attempt); medically
cleared in the emergency department. Bipolar II disorder, current episode depressed, severe.
Course: lamotrigine resumed at 200 mg. ECT discussed; she asked to think about it.
Safety plan 09/22/2026: warning signs, coping steps, sister Valeria to hold and give all medicines, crisis line 988,
clinic number. Follow-up with Dr. Echeverría Lund 09/29/2026.
''',
"clinical/pre-ect-evaluation-2026-10-05.txt": '''
KENT LAKESHORE HOSPITAL (FICTIONAL) - PRE-ECT MEDICAL AND ANESTHESIA EVALUATION          Date: 10/05/2026
Patient: Lucía Fernanda Ibarra Cruz   DOB 08/03/1999                                      Page 1 of 1
History and examination normal; ECG normal; pregnancy test negative; no dental problems. ASA class I.
Cleared for ECT under general anesthesia.
''',
"other/medical-policy-bh-ect-3-excerpt.txt": '''
GREAT LAKES COMMUNITY HEALTH PLAN (FICTIONAL) - MEDICAL POLICY BH-ECT-3, ELECTROCONVULSIVE THERAPY
Effective 01/01/2026                                                                     Page 1 of 1
Acute ECT is medically necessary when 1 and 4 are met and either 2 or 3 is met:
1. Major depressive episode (unipolar or bipolar) of severe intensity (MADRS 30 or more, or equivalent).
2. For bipolar depression: failure of, intolerance to, or contraindication to lithium or at least one
second-generation antipsychotic approved for bipolar depression (quetiapine, lurasidone, cariprazine, lumateperone)
at an adequate dose for at least 6 weeks.
3. Or a suicide attempt or other life-threatening condition within the past 90 days, in which case ECT may start
without criterion 2.
4. Pre-ECT medical and anesthesia evaluation completed.
''',
"other/medication-list-2023-05.txt": '''
WEST MICHIGAN MOOD DISORDERS CLINIC (FICTIONAL) - MEDICATION LIST                  Printed 05/10/2023
Patient: Lucía Fernanda Ibarra Cruz   DOB 08/03/1999                                   Page 1 of 1
Lamotrigine 100 mg daily (titrating)
Quetiapine 50 mg at bedtime for sleep
''',
"other/ect-suite-schedule-2026-12-14-week.txt": '''
KENT LAKESHORE HOSPITAL (FICTIONAL) - ECT SUITE, TENTATIVE SCHEDULE, WEEK OF 12/14/2026
Slot 1  07:00  H. Vandermolen     maintenance, treatment 22
Slot 2  07:30  R. Okonkwo-Baird   acute, treatment 7
Slot 3  08:00  L. Ibarra Cruz     acute, treatment 1 (pending authorization)
Slot 4  08:30  D. Szymanski       maintenance, treatment 9
''',
"other/patient-consent-2026-11-20.txt": '''
CONSENT TO REPRESENTATION / CONSENTIMIENTO                                         Date: 11/20/2026
I, Lucía Fernanda Ibarra Cruz (ID FICT-GLC-88214067), ask my psychiatrist, Tomás Echeverría Lund, MD, to request a
State Fair Hearing for me about the denial of ECT and to receive my health information for it.
Yo autorizo a mi psiquiatra a pedir la audiencia por mí.
Signed: Lucía Fernanda Ibarra Cruz
''',
}

TRUTH = r'''
# 02 - Medicaid managed care (Michigan): ECT for bipolar II depression denied on a 2023 sleep dose; state fair hearing asked by the treating psychiatrist; patient speaks Spanish (FICTIONAL)

All people, plans, hospitals, numbers and addresses are invented (FICTIONAL).

## What is true
- Lucía Fernanda Ibarra Cruz, **27** (DOB 08/03/1999), Medicaid managed care (**Great Lakes Community Health Plan**,
  MI); language **Spanish**. Bipolar II disorder, current episode depressed, severe (F31.81).
- ECT (90870, 12 acute treatments, planned from 12/14/2026) was asked for on **10/07/2026**, denied **10/14/2026**
  (BH-ECT-3 criterion 2, "quetiapine 50 mg only"); the plan appeal (received 10/20) was **upheld 11/16/2026**
  ("quetiapine 50 mg at bedtime", "Lithium was not tried").
- The record: **quetiapine XR 300 mg 02/02-04/13/2026 (10 weeks, no response)**; **lurasidone 80 mg 05/04-07/06/2026
  (9 weeks, no response)**; **lithium 03/04-03/25/2024, level 0.4, stopped for tremor and vomiting (intolerance)**;
  quetiapine **50 mg** at bedtime was a **2023 sleep dose**. Criterion 2 is met three ways.
- **Criterion 3 stands in for 2:** suicide attempt (overdose) **09/12/2026**, 25 days before the request; hospital
  stay 09/12-09/22/2026; safety plan (sister holds medicines).
- MADRS 35 (02/02), 34 (04/13), 36 (07/06), 36 (08/20), **38 (10/05)**, 35 (11/02), **37 (11/30/2026)**. Passive
  death thoughts on 11/30 without plan. Pre-ECT evaluation 10/05/2026, cleared. **Lamotrigine 200 mg continues**
  (partial: no hypomania, depression unchanged).
- **Rule and stage:** Medicaid managed care: the **state fair hearing** within **120 calendar days of the notice of
  resolution** (42 CFR 438.408(f)(2)): **by 03/16/2027**, sent to the state hearing office (not to the plan).
- **Author:** the treating psychiatrist (physician) with the patient's signed consent (11/20/2026).
- Both plan reviewers' notices: the first reviewer was a **family medicine** physician.

## Deliberately unknown
- Who decided the plan appeal and their specialty: the resolution does not say.
- Whether the plan saw the 2026 notes or only the 2023 list: not known (the decision quotes only the 2023 dose).
- The hearing office's real address (the one in case.yaml is invented); whether an expedited hearing would be granted.

## Traps
- **Sleep dose:** quetiapine 50 mg (2023) is not a trial; the decision relied on it.
- **Intolerance counts here:** the policy's own words accept intolerance to lithium; lithium is not an "adequate trial".
- **Lamotrigine continues:** partial; never "failed lamotrigine" or "stopped". It is a mood stabilizer, not an
  antidepressant.
- **Earlier episode:** 2021 depression remitted with lamotrigine and therapy: a response, never a failure.
- **Psychotherapy** (14 CBT sessions, 2025) is not a drug trial.
- **Other people:** the ECT suite schedule lists three other patients.
- **Stale list:** the 05/2023 medication list is what the plan read.
- **Wrong law:** no 438.420 continuation (no care authorized), no ERISA, no external review, no MHPAEA member right;
  "name and qualifications" of experts is not a Medicaid duty.
- **Voice:** the psychiatrist writes as the treating physician about "Ms. Ibarra Cruz", not as her.

## Arguments a strong letter makes (strongest first)
1. Criterion 2 is met: quetiapine 300 mg for 10 weeks and lurasidone 80 mg for 9 weeks failed; lithium was tried
   and not tolerated, which the criterion accepts. The decision's "quetiapine 50 mg" is a 2023 sleep dose and
   "Lithium was not tried" is wrong (each corrected with its record).
2. Criterion 3 takes the place of criterion 2 in any case: a suicide attempt on 09/12/2026, within 90 days of the request.
3. Criteria 1 and 4: MADRS 37-38, pre-ECT evaluation cleared. Ask that the hearing order the plan to authorize the course.
4. Risk of delay: attempt, hospital stay, MADRS unchanged since; ask for an expedited hearing if the state offers it.

## What a letter must NOT say
- "quetiapine 50 mg" as a trial; "lithium was not tried"; "failed lithium" as an adequate trial.
- "failed lamotrigine", "stopped lamotrigine"; lamotrigine as an antidepressant.
- "Vandermolen", "Okonkwo-Baird", "Szymanski".
- "ERISA", "45 CFR 147.136", "external review", "438.420", "continue benefits", "MHPAEA" as a member right.
- "Records document" anything the plan's 2023 list shows as current; "asked the plan to forward" the hearing request.
'''

ANSWERS = [
    ("First notice date", "Date: 10/14/2026", "denial/prior-authorization-denial-2026-10-14.txt"),
    ("Resolution date", "NOTICE OF APPEAL RESOLUTION        Date: 11/16/2026", "denial/notice-of-appeal-resolution-2026-11-16.txt"),
    ("Hearing window", "no later than 120 calendar days from the", "denial/notice-of-appeal-resolution-2026-11-16.txt"),
    ("Hearing deadline", "by 03/16/2027", "truth"),
    ("Decision's wrong statement", "Lithium was not tried.", "denial/notice-of-appeal-resolution-2026-11-16.txt"),
    ("Lithium record", "Stopped 03/25/2024 (intolerance)", "clinical/outpatient-psychiatry-notes-2026.txt"),
    ("Quetiapine adequate trial", "10 weeks at 300 mg: MADRS 34, no response", "clinical/outpatient-psychiatry-notes-2026.txt"),
    ("Lurasidone trial", "9 weeks: MADRS 36, no response", "clinical/outpatient-psychiatry-notes-2026.txt"),
    ("Sleep dose", "Quetiapine 50 mg at bedtime for sleep", "other/medication-list-2023-05.txt"),
    ("Policy accepts intolerance", "failure of, intolerance to, or contraindication to lithium", "other/medical-policy-bh-ect-3-excerpt.txt"),
    ("Criterion 3 alternative", "may start without criterion 2", "other/medical-policy-bh-ect-3-excerpt.txt"),
    ("Suicide attempt date", "intentional overdose of acetaminophen and lamotrigine on 09/12/2026", "clinical/hospital-discharge-summary-2026-09-22.txt"),
    ("Latest MADRS", "11/30/2026 - MADRS 37", "clinical/outpatient-psychiatry-notes-2026.txt"),
    ("Lamotrigine status", "Lamotrigine 200 mg continued (partial", "clinical/outpatient-psychiatry-notes-2026.txt"),
    ("Pre-ECT clearance", "Cleared for ECT under general anesthesia", "clinical/pre-ect-evaluation-2026-10-05.txt"),
    ("Consent", "to request a\nState Fair Hearing for me", "other/patient-consent-2026-11-20.txt"),
]
