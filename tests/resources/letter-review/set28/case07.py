"""Set 28, case 07 (FICTIONAL): student health plan, eating-disorder IOP denied as "outpatient appropriate"."""

SLUG = "07-student-health-plan-bulimia-iop-level-of-care-first-appeal-pre-service-father"

CASE_YAML = """
# FICTIONAL CASE (set 28, case 07) - every person, plan, provider, number and address is invented.
# University student health insurance plan, insured, Oregon. Lucia Marwick, 22, has bulimia nervosa; 11 weeks of
# weekly outpatient therapy and dietitian visits (08/31-11/16/2026) were followed by more purging (3 to 10 a week)
# and a potassium of 3.4. Her team asked for an intensive outpatient program (IOP), 3 days a week for 8 weeks. The
# plan denied it (11/24/2026) under its own IOP guideline: "no trial of outpatient treatment documented; purging has
# decreased". Her father, her authorized representative, files the first internal appeal before the program starts.
patient:
  name: Lucia Marwick
  salutation: Ms. Marwick
  date_of_birth: 2004-08-30
  member_id: FICT-WSH-2026-118734
  address: |-
    1840 Alder Street, Apt 3
    Eugene, OR 97401
  phone: (541) 555-0125
insurer:
  name: Willamette Student Health Insurance Plan (FICTIONAL), for Cascadia State University students
  appeals_address: |-
    Willamette Student Health Insurance Plan - Appeals (address FICTIONAL)
    PO Box 12940
    Portland, OR 97228
  fax: (503) 555-0174
claim:
  number: WSH-PA-26-1119-20771
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-11-24
  appeal_deadline: 2027-05-23
  deadline_basis: >-
    Notice of 11/24/2026: "You may appeal within 180 days after you receive this letter"; counted here from the notice
    date, without mailing days.
  setting: intensive_outpatient
  procedure_codes: [S9480]
  diagnosis_codes: [F50.23]
  denial_reason: >-
    The request for intensive outpatient services does not meet guideline BH-ED-IOP-1. The records do not document a
    trial of outpatient treatment, and purging has decreased. Outpatient treatment is appropriate.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
  pending_services: [eating-disorder IOP, 3 days a week for 8 weeks (24 program days)]
  reviewer:
    name: Dr. Alan Petrosyan
    specialty: family medicine
  corrections:
    - said: "The records do not document a trial of outpatient treatment"
      record: >-
        Weekly outpatient therapy and dietitian visits from 08/31/2026 through 11/16/2026 (11 weeks, 22 visits) are
        in the therapist's summary sent with the request
      file: clinical/outpatient-team-summary-2026-11-18.txt
      page: 1
    - said: "purging has decreased"
      record: >-
        Purging rose from about 3 episodes a week in September to about 10 a week in November 2026; the decrease the
        plan cites is from an April 2026 counseling center note about the spring term
      file: clinical/outpatient-team-summary-2026-11-18.txt
      page: 1
prior_auth:
  requested_on: 2026-11-19
plan_policy:
  name: Level of care guideline BH-ED-IOP-1 (eating disorders, intensive outpatient)
  number: BH-ED-IOP-1
  quote: >-
    Intensive outpatient treatment for an eating disorder is approved when all are met: 1. a DSM-5 eating disorder
    diagnosis; 2. symptoms are worsening, or not improving, after at least 4 weeks of outpatient treatment; 3. the
    member is medically stable for care without 24-hour supervision; 4. the member can attend at least 3 days a week.
    Initial approval: up to 24 program days.
  file: other/guideline-bh-ed-iop-1.txt
payer_criteria:
  - criterion: "1. a DSM-5 eating disorder diagnosis"
    how_met: Bulimia nervosa, severe (F50.23), diagnosed 09/2026 by the treating psychiatrist
    met: true
    evidence: {file: clinical/outpatient-team-summary-2026-11-18.txt, page: 1}
  - criterion: "2. symptoms are worsening, or not improving, after at least 4 weeks of outpatient treatment"
    how_met: 11 weeks of weekly therapy and dietitian visits (08/31-11/16/2026); purging rose from about 3 to about 10 a week
    met: true
    evidence: {file: clinical/outpatient-team-summary-2026-11-18.txt, page: 1}
  - criterion: "3. the member is medically stable for care without 24-hour supervision"
    how_met: Heart rate 62, blood pressure 108/70, potassium 3.4 (repleted by mouth, recheck weekly); no syncope
    met: true
    evidence: {file: clinical/outpatient-team-summary-2026-11-18.txt, page: 1}
  - criterion: "4. the member can attend at least 3 days a week"
    how_met: Program schedule (Monday, Wednesday, Thursday afternoons) fits her winter-term classes; she has agreed
    met: true
    evidence: {file: clinical/outpatient-team-summary-2026-11-18.txt, page: 1}
alternatives:
  - treatment: Weekly outpatient therapy and dietitian visits (the level the notice calls appropriate)
    level: outpatient
    why_not: >-
      Tried for 11 weeks (08/31-11/16/2026, 22 visits); purging rose from about 3 to about 10 a week and potassium
      fell to 3.4
    proof: clinical/outpatient-team-summary-2026-11-18.txt
treatment:
  name: Eating-disorder intensive outpatient program (IOP), 3 days a week for 8 weeks
  summary: >-
    An eating-disorder IOP, 3 afternoons a week for 8 weeks, because bulimia nervosa worsened through 11 weeks of
    weekly outpatient therapy and dietitian care.
  plan: >-
    IOP 3 days a week, 3 hours a day, for 8 weeks (24 program days): supported meal, CBT-E groups, individual therapy
    weekly, dietitian weekly, potassium checked weekly; step down to weekly outpatient care when purging is under 2 a
    week for 3 weeks.
clinical:
  severity: About 10 purging episodes a week in November 2026; potassium 3.4 on 11/17/2026
  severity_date: 2026-11-18
  suicidality: none
  suicidality_date: 2026-11-18
  history:
    - drug: Outpatient therapy and dietitian visits (current episode)
      start: 2026-08-31
      end: 2026-11-16
      sessions: 22
      kind: psychotherapy
      adequate: true
      failed: true
      response: none
      outcome: Weekly therapy and dietitian visits for 11 weeks; purging rose from about 3 to about 10 a week
      evidence: {file: clinical/outpatient-team-summary-2026-11-18.txt, page: 1}
    - drug: Fluoxetine
      dose: 60 mg daily
      start: 2026-09
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response (fewer binges, purging unchanged); continued
      evidence: {file: clinical/outpatient-team-summary-2026-11-18.txt, page: 1}
    - drug: CBT-E (2023 episode)
      start: 2023-02
      end: 2023-07
      sessions: 20
      kind: psychotherapy
      failed: false
      response: remission
      outcome: Remission in the 2023 episode
      evidence: {file: clinical/outpatient-team-summary-2026-11-18.txt, page: 1}
author:
  name: Graham Marwick
  role: Father of the member and her authorized representative (she is 22)
  relation: representative
  authorization: other/authorized-representative-2026-11-27.txt
  address: |-
    77 Lakeview Terrace
    Bend, OR 97702
  phone: (541) 555-0157
  email: graham.marwick@mail.example
provider:
  name: Deborah Ansel-Moyo
  credentials: MD
  npi: "1904736158"
  address: |-
    Riverbend Eating Disorder Services (FICTIONAL), 960 Pearl Street
    Eugene, OR 97401
  phone: (541) 555-0138
record_dates:
  - file: clinical/outpatient-team-summary-2026-11-18.txt
    date: 2026-11-18
bates_prefix: MARWICK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/prior-authorization-denial-2026-11-24.txt": """
WILLAMETTE STUDENT HEALTH INSURANCE PLAN (FICTIONAL)
NOTICE OF ADVERSE BENEFIT DETERMINATION (PRE-SERVICE)          Date of this notice: 11/24/2026
Member: Lucia Marwick   Member ID FICT-WSH-2026-118734   Reference: WSH-PA-26-1119-20771
Page 1 of 1

Requested 11/19/2026: eating-disorder intensive outpatient program (S9480), 3 days a week, 8 weeks.
The request for intensive outpatient services does not meet guideline BH-ED-IOP-1. The records do not document a
trial of outpatient treatment, and purging has decreased. Outpatient treatment is appropriate.
Reviewer: Dr. Alan Petrosyan, family medicine.
You may appeal within 180 days after you receive this letter. If your situation is urgent, you may ask for a fast
appeal. After our final decision you may ask for an independent external review.
""",
    "other/guideline-bh-ed-iop-1.txt": """
WILLAMETTE STUDENT HEALTH INSURANCE PLAN (FICTIONAL) - LEVEL OF CARE GUIDELINE BH-ED-IOP-1 (published)
Intensive outpatient treatment for an eating disorder is approved when all are met: 1. a DSM-5 eating disorder
diagnosis; 2. symptoms are worsening, or not improving, after at least 4 weeks of outpatient treatment; 3. the member
is medically stable for care without 24-hour supervision; 4. the member can attend at least 3 days a week. Initial
approval: up to 24 program days.
""",
    "clinical/outpatient-team-summary-2026-11-18.txt": """
RIVERBEND EATING DISORDER SERVICES (FICTIONAL) - OUTPATIENT TEAM SUMMARY        Date: 11/18/2026
Patient: Lucia Marwick   DOB 08/30/2004   Psychiatrist: Deborah Ansel-Moyo, MD; therapist and dietitian on the team
Page 1 of 1

Diagnosis: bulimia nervosa, severe (F50.23), current episode since summer 2026.
Outpatient care: weekly therapy and weekly dietitian visits 08/31-11/16/2026 (11 weeks, 22 visits).
Course: purging about 3 a week in September, about 10 a week in November; binges 4 a week. Potassium 3.4 on
11/17/2026 (oral repletion, weekly recheck); heart rate 62; blood pressure 108/70; no syncope. No suicidal ideation.
Medication: fluoxetine 60 mg daily since 09/2026; fewer binges, purging unchanged; continued.
History: 2023 episode treated with CBT-E, 20 sessions 02-07/2023: remission.
Recommendation: IOP 3 days a week (Mon, Wed, Thu afternoons), 8 weeks; she can attend with her class schedule.
""",
    "other/counseling-center-note-2026-04.txt": """
CASCADIA STATE UNIVERSITY COUNSELING CENTER (FICTIONAL) - BRIEF NOTE         Date: 04/22/2026
Student: L. Marwick. Spring term check-in: purging decreased to about 1 a week; exams soon.
(A spring-term note, before the current episode's worsening.)
""",
    "other/dietitian-visit-log-2026-fall.txt": """
RIVERBEND EATING DISORDER SERVICES (FICTIONAL) - DIETITIAN VISIT LOG, FALL 2026 (excerpt)
L. Marwick: 11 weekly visits 09/01-11/10/2026 on the dietitian's schedule; meal plan adherence under 40%.
K. Osei (another client): 4 visits - listed on the same printed page; not related to this appeal.
""",
    "other/authorized-representative-2026-11-27.txt": """
AUTHORIZED REPRESENTATIVE FORM (plan form, reproduced; FICTIONAL)            Signed: 11/27/2026
I, Lucia Marwick, name my father, Graham Marwick, to appeal reference WSH-PA-26-1119-20771 for me and to receive my
health information for that purpose. Signed: Lucia Marwick.
""",
}

TRUTH = """
# 07 - Student health plan: eating-disorder IOP denied as "outpatient appropriate"; first appeal by the father (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Lucia Marwick, **22** (DOB 08/30/2004), a student at Cascadia State University, Eugene, OR, is in the **Willamette
  Student Health Insurance Plan** (student health insurance, insured; individual-market rules).
- Bulimia nervosa, severe (F50.23). **11 weeks of weekly outpatient therapy and dietitian visits (08/31-11/16/2026, 22
  visits)**: purging rose from **about 3 to about 10 a week**; potassium **3.4** (11/17/2026), heart rate 62, BP 108/70.
- The team asked (11/19/2026) for an **IOP, 3 days a week for 8 weeks**. Denied **11/24/2026** (WSH-PA-26-1119-20771)
  under the plan's published **BH-ED-IOP-1**: "no trial of outpatient treatment documented; purging has decreased".
  Reviewer: family medicine.
- All four BH-ED-IOP-1 criteria are met (diagnosis; worse after more than 4 weeks of outpatient care; medically stable
  without 24-hour care; can attend 3 days a week). Initial approval up to 24 program days = the request.
- **Stage and rule:** first internal appeal, **pre-service**, 45 CFR 147.136(b)(3) (individual market, adopting the
  claims rule's procedures); 180 days: **by 05/23/2027** counted from the notice; pre-service decision within 30 days;
  an expedited appeal (72 hours) only if a physician says waiting could seriously jeopardize her (the case holds no
  such statement). External review follows a final denial (medical judgment).
- **Author:** her father, **Graham Marwick**, her authorized representative (she is 22; signed 11/27/2026).

## Deliberately unknown
- Whether her psychiatrist would certify urgency: not in the case; a letter must not say the appeal is urgent or
  certified, though it may say she is waiting.
- The program's cost and the plan's rate: not in the case.
- Whether the plan had the 11/18 team summary when it decided: it was "sent with the request" per the summary's own
  place in the record; the letter may say the record holds it, not that the reviewer ignored it.

## Traps
- **A decision's stated facts the record contradicts** (twice): 11 weeks of outpatient care are documented; purging
  **rose**. The "decrease" comes from an **April 2026 counseling center note** (stale, the spring term).
- **Clinical winning point:** the plan's own criteria, each met with its exhibit. Criterion 2 needs "at least 4 weeks"
  - she had 11.
- **Level of care:** an IOP is outpatient care; never "residential", "inpatient" or "partial hospitalization"; the
  request is 24 program days, not "8 weeks of daily care".
- **Other person on a document:** the dietitian log's **"K. Osei"** is another client.
- **Fluoxetine 60 mg continues** (partial: fewer binges): never "failed" or "stopped". **CBT-E 2023** was a remission in
  an earlier episode, never a failure. The outpatient therapy now is psychotherapy and nutrition care, never a drug trial.
- **No suicidality:** never a suicide-risk argument.
- **Wrong law:** not ERISA (a student plan is individual coverage: no 29 CFR 2560.503-1 as governing, no EBSA), no
  Medicaid/EPSDT (she is 22 and privately insured), no Medicare. Parity (MHPAEA applies to student health
  insurance as individual coverage) may be a second point only.
- **Voice:** the father writes "I" for himself and "my daughter"; never her "I".

## Arguments a strong letter makes (strongest first)
1. **BH-ED-IOP-1 criterion 2 is met**: 11 weeks (22 visits) of weekly outpatient therapy and dietitian care
   (08/31-11/16/2026), and purging **rose from about 3 to about 10 a week**; the notice's "no trial of outpatient
   treatment" and "purging has decreased" are contradicted by the record (the decrease is an April 2026 note).
2. Criteria 1, 3 and 4 are met (F50.23; HR 62, BP 108/70, K 3.4 repleted by mouth; she can attend 3 afternoons).
3. The reviewer is a family physician: ask for review by a clinician with eating-disorder expertise and the criteria
   relied on; approve the 24 program days (the guideline's initial approval).

## What a letter must NOT say
- "she had no outpatient treatment"; "purging decreased" as true; the April 2026 note as current.
- "residential", "inpatient", "partial hospitalization" for the IOP; "urgent" / "expedited" as certified.
- "failed fluoxetine", "stopped fluoxetine"; "CBT-E failed"; K. Osei.
- "suicidal"; "ERISA", "29 CFR 2560.503-1" as governing, "EBSA", "Medicaid", "EPSDT", "Medicare".
"""

ANSWERS = [
    ("clinical/outpatient-team-summary-2026-11-18.txt", "weekly therapy and weekly dietitian visits 08/31-11/16/2026 (11 weeks, 22 visits)"),
    ("clinical/outpatient-team-summary-2026-11-18.txt", "purging about 3 a week in September, about 10 a week in November"),
    ("clinical/outpatient-team-summary-2026-11-18.txt", "Potassium 3.4 on\n11/17/2026"),
    ("clinical/outpatient-team-summary-2026-11-18.txt", "fluoxetine 60 mg daily since 09/2026; fewer binges, purging unchanged; continued"),
    ("clinical/outpatient-team-summary-2026-11-18.txt", "CBT-E, 20 sessions 02-07/2023: remission"),
    ("clinical/outpatient-team-summary-2026-11-18.txt", "No suicidal ideation."),
    ("other/guideline-bh-ed-iop-1.txt", "after at least 4 weeks of outpatient treatment"),
    ("other/guideline-bh-ed-iop-1.txt", "Initial\napproval: up to 24 program days."),
    ("denial/prior-authorization-denial-2026-11-24.txt", "The records do not document a\ntrial of outpatient treatment, and purging has decreased."),
    ("denial/prior-authorization-denial-2026-11-24.txt", "Reviewer: Dr. Alan Petrosyan, family medicine."),
    ("other/counseling-center-note-2026-04.txt", "purging decreased to about 1 a week"),
    ("other/dietitian-visit-log-2026-fall.txt", "K. Osei (another client)"),
    ("other/authorized-representative-2026-11-27.txt", "name my father, Graham Marwick"),
    ("truth", "by 05/23/2027"),
    ("case.yaml", "setting: intensive_outpatient"),
    ("case.yaml", "denial_reasons: [level_of_care]"),
]
