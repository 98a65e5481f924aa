SLUG = "07-medicaid-mco-adult-iop-no-hospitalization-said-fair-hearing-peer-specialist"

CASE_YAML = r'''
# FICTIONAL CASE (set 42, case 07) - every person, plan, provider, number and address is invented.
# Medicaid managed care, New Hampshire. Dana Whitcombe-Ibarra, 31, was denied an adult intensive outpatient program
# (pre-service) because "no psychiatric hospitalization or crisis in the past 90 days" (criterion 2 of BH-IOP-NH-3).
# She was an inpatient 09/02-09/11/2026 (paid by fee-for-service Medicaid before her plan enrollment began 10/01/2026)
# and went to an emergency department in crisis on 10/28/2026. The plan upheld the denial on appeal (11/16/2026); her
# peer support specialist, her authorized representative, asks for a state fair hearing.
patient:
  name: Dana Whitcombe-Ibarra
  salutation: Ms. Whitcombe-Ibarra
  date_of_birth: 1995-06-14
  member_id: FICT-NHM-55092174
  address: |-
    77 Pleasant Street, Apt 2
    Concord, NH 03301
  phone: (603) 555-0116
insurer:
  name: Granite Harbor Health Plan (FICTIONAL Medicaid managed care plan)
  appeals_address: |-
    Granite Harbor Health Plan - Appeals (FICTIONAL)
    PO Box 6120
    Manchester, NH 03108
  fax: (603) 555-0168
claim:
  number: GHH-UM-26-1030-4417
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-02
  setting: intensive_outpatient
  procedure_codes: [S9480]
  diagnosis_codes: [F31.81, F43.10]
  denial_reason: >-
    Intensive outpatient program is not medically necessary. Criterion 2 of BH-IOP-NH-3 is not met: the member has no
    psychiatric hospitalization, emergency department visit or crisis episode in the past 90 days. Routine outpatient
    therapy is appropriate.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  pending_services: 18
  action: none
decisions:
  - date: 2026-11-16
    outcome: denied
    stage: plan appeal (notice of resolution)
    opens: state fair hearing
    next_deadline: 2027-03-16
    reason: >-
      Your appeal is denied. Our records show no inpatient psychiatric stay or emergency visit in the past 90 days.
      You may ask for a State Fair Hearing within 120 days of the date of this notice.
    corrections:
      - said: Our records show no inpatient psychiatric stay or emergency visit in the past 90 days.
        record: >-
          She was an inpatient at Merrimack Valley Behavioral Hospital 09/02-09/11/2026 (paid by fee-for-service
          Medicaid, before her plan enrollment began 10/01/2026) and was seen in crisis at Concord Community Hospital's
          emergency department on 10/28/2026; both are within 90 days of the 11/02/2026 notice.
        file: clinical/inpatient-discharge-summary-2026-09-11.txt
        page: 1
external_review:
  agency: New Hampshire Department of Health and Human Services, Administrative Appeals Unit (FICTIONAL address for this test)
  address: |-
    Administrative Appeals Unit (FICTIONAL address)
    105 Pleasant Street
    Concord, NH 03301
  final_denial_date: 2026-11-16
plan_policy:
  name: Granite Harbor Level of Care Guideline BH-IOP-NH-3 "Adult mental health intensive outpatient" (2026)
  number: BH-IOP-NH-3
  quote: >-
    1. A mental health diagnosis with symptoms that impair daily functioning. 2. A psychiatric hospitalization,
    emergency department visit or crisis episode within the past 90 days, or symptoms not improving with weekly
    outpatient care. 3. The member can be safe between sessions. 4. The member can take part in at least 9 hours of
    programming a week.
  file: other/level-of-care-guideline-bh-iop-nh-3.txt
payer_criteria:
  - criterion: "1. A mental health diagnosis with symptoms that impair daily functioning"
    how_met: Bipolar II disorder, current episode depressed (F31.81), and PTSD (F43.10); PHQ-9 20; unable to work since 08/2026
    met: true
    evidence: {file: clinical/iop-referral-assessment-2026-10-30.txt, page: 1}
  - criterion: "2. A psychiatric hospitalization, emergency department visit or crisis episode within the past 90 days, or symptoms not improving with weekly outpatient care"
    how_met: Inpatient 09/02-09/11/2026; emergency department in crisis 10/28/2026; and no improvement with weekly therapy since 09/2026
    met: true
    evidence:
      - {file: clinical/inpatient-discharge-summary-2026-09-11.txt, page: 1}
      - {file: clinical/ed-visit-note-2026-10-28.txt, page: 1}
  - criterion: "3. The member can be safe between sessions"
    how_met: Safety plan in place; passive ideation without intent on 10/30/2026; lives with her sister
    met: true
    evidence: {file: clinical/iop-referral-assessment-2026-10-30.txt, page: 1}
  - criterion: "4. The member can take part in at least 9 hours of programming a week"
    how_met: Program of 3 hours, 3 days a week (9 hours a week), for 6 weeks; she has agreed and has transportation
    met: true
    evidence: {file: clinical/iop-referral-assessment-2026-10-30.txt, page: 1}
treatment:
  name: Adult mental health intensive outpatient program (IOP), 18 program days
  summary: >-
    An intensive outpatient program of 9 hours a week for 6 weeks after a hospital stay and an emergency visit in
    crisis, for bipolar II depression with PTSD.
  plan: 3 hours a day, 3 days a week, 6 weeks (18 program days); weekly psychiatry visit; PHQ-9 weekly.
clinical:
  severity: PHQ-9 20 on 10/30/2026
  severity_date: 2026-10-30
  suicidality: passive
  suicidality_date: 2026-10-30
  history:
    - drug: Lamotrigine
      dose: 200 mg daily
      start: 2025-05
      ongoing: true
      kind: other
      response: partial
      outcome: Mood stabilizer; partial response; continued
      evidence: {file: clinical/iop-referral-assessment-2026-10-30.txt, page: 1}
    - drug: Quetiapine
      dose: 300 mg at bedtime
      start: 2025-09
      end: 2025-12
      weeks: 14
      kind: other
      adequate: true
      response: partial
      outcome: Partial response; stopped for weight gain of 9 kg and high blood sugar
      evidence: {file: clinical/iop-referral-assessment-2026-10-30.txt, page: 1}
    - drug: Prazosin
      dose: 2 mg at bedtime for nightmares
      start: 2026-02
      ongoing: true
      kind: other
      outcome: For PTSD nightmares; not a mood treatment trial
      evidence: {file: clinical/iop-referral-assessment-2026-10-30.txt, page: 1}
    - drug: Weekly individual therapy
      dose: weekly
      start: 2026-09
      ongoing: true
      kind: psychotherapy
      sessions: 7
      response: none
      outcome: Weekly since discharge (7 sessions); symptoms not improving
      evidence: {file: clinical/iop-referral-assessment-2026-10-30.txt, page: 1}
alternatives:
  - treatment: Routine weekly outpatient therapy
    level: outpatient
    why_not: Tried weekly since 09/2026 (7 sessions) without improvement, with an emergency visit in crisis on 10/28/2026 while in it
    proof: clinical/iop-referral-assessment-2026-10-30.txt
impact:
  work: Unable to work as a pharmacy technician since 08/2026.
  hospitalizations: Inpatient 09/02-09/11/2026; emergency department 10/28/2026.
author:
  name: Jordan Okonkwo-Fairbanks
  role: Certified peer support specialist, Capital Area Peer Recovery Center (FICTIONAL); authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-11-18.txt
  address: |-
    Capital Area Peer Recovery Center (FICTIONAL), 40 North Main Street
    Concord, NH 03301
  phone: (603) 555-0129
  email: jordan@capitalpeer.example
provider:
  name: Riverbend Adult IOP, Concord Community Mental Health (FICTIONAL)
  credentials: Medicaid-enrolled community mental health program
  npi: "1299588388"
  address: |-
    12 South State Street
    Concord, NH 03301
  phone: (603) 555-0141
record_dates:
  - file: clinical/iop-referral-assessment-2026-10-30.txt
    date: 2026-10-30
  - file: clinical/inpatient-discharge-summary-2026-09-11.txt
    date: 2026-09-11
  - file: clinical/ed-visit-note-2026-10-28.txt
    date: 2026-10-28
template: external-review-request
bates_prefix: WHITCOMBEIBARRA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/adverse-benefit-determination-2026-11-02.txt": '''
GRANITE HARBOR HEALTH PLAN (FICTIONAL MEDICAID MANAGED CARE) - NOTICE OF ADVERSE BENEFIT DETERMINATION  Date: 11/02/2026
Member: Dana Whitcombe-Ibarra   DOB 06/14/1995   Medicaid ID FICT-NHM-55092174   Enrolled since 10/01/2026
Reference GHH-UM-26-1030-4417   Requested: adult mental health IOP (S9480), 18 days, Riverbend Adult IOP
Intensive outpatient program is not medically necessary. Criterion 2 of BH-IOP-NH-3 is not met: the member has no
psychiatric hospitalization, emergency department visit or crisis episode in the past 90 days. Routine outpatient
therapy is appropriate. You may appeal to the plan within 60 days of the date of this notice.
''',
"denial/notice-of-appeal-resolution-2026-11-16.txt": '''
GRANITE HARBOR HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION                      Date: 11/16/2026
Member: Dana Whitcombe-Ibarra   Reference GHH-UM-26-1030-4417
Your appeal is denied. Our records show no inpatient psychiatric stay or emergency visit in the past 90 days.
You may ask for a State Fair Hearing within 120 days of the date of this notice: write to the Administrative Appeals
Unit, 105 Pleasant Street, Concord, NH 03301.
''',
"other/level-of-care-guideline-bh-iop-nh-3.txt": '''
GRANITE HARBOR LEVEL OF CARE GUIDELINE BH-IOP-NH-3 (FICTIONAL) - Adult mental health intensive outpatient, 2026
1. A mental health diagnosis with symptoms that impair daily functioning. 2. A psychiatric hospitalization, emergency
department visit or crisis episode within the past 90 days, or symptoms not improving with weekly outpatient care.
3. The member can be safe between sessions. 4. The member can take part in at least 9 hours of programming a week.
''',
"clinical/inpatient-discharge-summary-2026-09-11.txt": '''
MERRIMACK VALLEY BEHAVIORAL HOSPITAL (FICTIONAL) - DISCHARGE SUMMARY                       Date: 09/11/2026
Patient: Dana Whitcombe-Ibarra   DOB 06/14/1995   Payer: NH Medicaid fee-for-service   Page 1 of 1
Admitted 09/02/2026 with bipolar II depression and passive suicidal ideation; discharged 09/11/2026 to weekly
outpatient therapy, with a recommendation for an intensive outpatient program if symptoms persist.
Page 2 of this packet belongs to another patient (D. Ibarra, DOB 03/02/1988) and was removed.
''',
"clinical/ed-visit-note-2026-10-28.txt": '''
CONCORD COMMUNITY HOSPITAL (FICTIONAL) - EMERGENCY DEPARTMENT NOTE                        Date: 10/28/2026
Patient: Dana Whitcombe-Ibarra   DOB 06/14/1995
Seen in crisis after a panic attack and flashbacks; worsening depression; passive ideation, no plan or intent. Crisis
team evaluation; discharged home with her sister; referred to intensive outpatient program.
''',
"clinical/iop-referral-assessment-2026-10-30.txt": '''
CONCORD COMMUNITY MENTAL HEALTH (FICTIONAL) - IOP REFERRAL ASSESSMENT                     Date: 10/30/2026
Patient: Dana Whitcombe-Ibarra   DOB 06/14/1995   Page 1 of 1
Bipolar II disorder, current episode depressed (F31.81); PTSD (F43.10). PHQ-9 20. Passive ideation, no intent;
safety plan reviewed; lives with her sister. Unable to work as a pharmacy technician since 08/2026.
Weekly individual therapy since 09/2026 (7 sessions): not improving. Medication: lamotrigine 200 mg since 05/2025, partial
response, continued; quetiapine 300 mg 09-12/2025, partial response, stopped for weight gain of 9 kg and high blood
sugar; prazosin 2 mg at bedtime for nightmares.
Plan: IOP 3 hours a day, 3 days a week, 6 weeks (9 hours a week); she agrees and has transportation.
''',
"clinical/psychiatric-evaluation-2024-stale.txt": '''
CONCORD COMMUNITY MENTAL HEALTH (FICTIONAL) - PSYCHIATRIC EVALUATION                      Date: 04/09/2024
Patient: Dana Whitcombe-Ibarra. "No psychiatric hospitalizations to date." [2024; before the 2026 admission.]
''',
"other/authorized-representative-form-2026-11-18.txt": '''
AUTHORIZED REPRESENTATIVE (FICTIONAL)                                                    Date: 11/18/2026
I, Dana Whitcombe-Ibarra, name Jordan Okonkwo-Fairbanks, certified peer support specialist, to represent me in my
appeal and State Fair Hearing about the intensive outpatient program.   Signed: Dana Whitcombe-Ibarra
''',
}

TRUTH = r'''
# 07 - Medicaid managed care: an adult IOP denied for "no hospitalization or crisis in 90 days" after a hospital stay paid before enrollment and an emergency visit in crisis; state fair hearing asked by her peer support specialist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Dana Whitcombe-Ibarra, 31 (DOB 06/14/1995), in **Granite Harbor Health Plan** (New Hampshire Medicaid managed care,
  enrolled since **10/01/2026**), was denied an **adult intensive outpatient program** (18 days, 9 hours a week;
  S9480; F31.81, F43.10) on **11/02/2026** under **BH-IOP-NH-3 criterion 2**; the **notice of appeal resolution of
  11/16/2026** upheld it: "Our records show no inpatient psychiatric stay or emergency visit in the past 90 days".
- The record: an **inpatient stay 09/02-09/11/2026** (paid by **fee-for-service Medicaid**, before plan enrollment,
  so the plan's own claims cannot show it) and an **emergency department visit in crisis on 10/28/2026**; weekly
  therapy since 09/2026 has not helped. Criterion 2 is met three ways; criteria 1, 3 and 4 are met too.
- **Rule and stage:** state fair hearing within **120 calendar days of the plan's notice of resolution: by
  03/16/2027** (42 CFR 438.408(f)(2)). A new request (not a cut in authorized care): no continued benefits (438.420)
  apply. The request goes to the state's hearing office, not the plan.
- **Author:** a certified peer support specialist, named in writing as her representative; writes about
  "Ms. Whitcombe-Ibarra".

## Deliberately unknown
- Whether the plan received the hospital's discharge summary: not known; a letter may say the plan's claims could not
  show it and enclose it.
- The program's start date: none set.

## Traps
- **Decision's wrong statement:** "no inpatient psychiatric stay or emergency visit in the past 90 days".
- **Why the plan's record missed it:** paid by fee-for-service before enrollment; not a plan error to be alleged as
  bad faith.
- **Stale document:** the 2024 evaluation's "No psychiatric hospitalizations to date".
- **Other person:** "D. Ibarra" (page removed from the discharge packet).
- **Drug still taken:** lamotrigine (a mood stabilizer, not an antidepressant) continues, partial response.
  **Quetiapine** was an adequate trial with partial response, stopped for adverse effects: not "failed for no response".
  **Prazosin** is for nightmares: not a mood trial.
- **Suicidality:** passive, no intent (10/30/2026): she can be safe between sessions; not "active".
- **IOP is not PHP, residential or inpatient.**
- **Wrong law:** no ERISA, no 45 CFR 147.136, no external review, no EPSDT (she is 31), no continued benefits.

## Arguments a strong letter makes (strongest first)
1. Criterion 2 is met: inpatient 09/02-09/11/2026 and an emergency visit in crisis on 10/28/2026, both within 90
   days; the plan's records could not show the stay because fee-for-service Medicaid paid it before enrollment.
2. Criterion 2's other branch is met as well: no improvement with weekly therapy since 09/2026.
3. Every criterion of BH-IOP-NH-3 is met, each with its exhibit; the discharging hospital recommended IOP.
4. Ask the hearing officer to order the program authorized.

## What a letter must NOT say
- "no hospitalization"; "No psychiatric hospitalizations to date" as current; "D. Ibarra".
- lamotrigine as an antidepressant trial; "failed lamotrigine"; prazosin as a trial; "active suicidal ideation".
- "ERISA", "45 CFR 147.136", "external review", "EPSDT", "continue during the appeal" (438.420) as applying.
- "partial hospitalization", "residential", "inpatient" as the level asked.
'''

ANSWERS = [
    ("enrollment date", "Enrolled since 10/01/2026", "denial/adverse-benefit-determination-2026-11-02.txt"),
    ("notice date", "11/02/2026", "denial/adverse-benefit-determination-2026-11-02.txt"),
    ("criterion applied", "Criterion 2 of BH-IOP-NH-3", "denial/adverse-benefit-determination-2026-11-02.txt"),
    ("resolution date", "11/16/2026", "denial/notice-of-appeal-resolution-2026-11-16.txt"),
    ("hearing window", "within 120 days of the date of this notice", "denial/notice-of-appeal-resolution-2026-11-16.txt"),
    ("hearing deadline", "by 03/16/2027", "truth"),
    ("inpatient dates", "Admitted 09/02/2026", "clinical/inpatient-discharge-summary-2026-09-11.txt"),
    ("who paid the stay", "NH Medicaid fee-for-service", "clinical/inpatient-discharge-summary-2026-09-11.txt"),
    ("emergency visit", "Seen in crisis", "clinical/ed-visit-note-2026-10-28.txt"),
    ("hours per week", "9 hours a week", "clinical/iop-referral-assessment-2026-10-30.txt"),
    ("weekly therapy", "Weekly individual therapy since 09/2026 (7 sessions): not improving", "clinical/iop-referral-assessment-2026-10-30.txt"),
    ("drug still taken", "lamotrigine 200 mg since 05/2025, partial response, continued", "clinical/iop-referral-assessment-2026-10-30.txt"),
    ("adverse effect", "stopped for weight gain of 9 kg and high blood sugar", "clinical/iop-referral-assessment-2026-10-30.txt"),
    ("stale document", "No psychiatric hospitalizations to date", "clinical/psychiatric-evaluation-2024-stale.txt"),
    ("other person", "D. Ibarra, DOB 03/02/1988", "clinical/inpatient-discharge-summary-2026-09-11.txt"),
    ("suicidality", "Passive ideation, no intent", "clinical/iop-referral-assessment-2026-10-30.txt"),
]
