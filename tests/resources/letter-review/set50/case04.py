"""FICTIONAL case 04: insured employer plan; perinatal partial hospitalization denied pre-service; treating LPC writes."""
SLUG = "04-insured-employer-postpartum-depression-php-preservice-first-appeal-treating-lpc"

CASE_YAML = r'''
# FICTIONAL CASE (letters set 50, case 04) - every person, plan, insurer, provider, number and address is invented.
# Insured employer group plan (650 employees), Illinois. Tamsin Adebayo-Kowalczyk, 31, gave birth on 09/02/2026 and
# has severe postpartum depression. Her perinatal psychiatrist referred her to a perinatal partial hospitalization
# program (10 program days from 12/14/2026). The insurer denied it before care (11/25/2026) under BH-PHP-07
# criterion 2, saying she "is caring for her infant" - a line from a 10/14/2026 obstetric visit. Her sister has
# done the infant's care since 10/20/2026. Her treating therapist (LPC) writes the first internal appeal.
patient:
  name: Tamsin Adebayo-Kowalczyk
  salutation: Ms. Adebayo-Kowalczyk
  date_of_birth: 1995-05-14
  member_id: FICT-HMI-66210483
  address: |-
    318 W Moss Avenue
    Peoria, IL 61606
  phone: (309) 555-0137
insurer:
  name: Heartland Mutual Insurance Company (FICTIONAL), group policy for Prairie Grain Cooperative
  appeals_address: |-
    Heartland Mutual Insurance Company - Member Appeals (FICTIONAL)
    PO Box 61730
    Springfield, IL 62794
  fax: (217) 555-0152
claim:
  number: HMI-UM-26-1125-08817
  plan_type: employer_erisa
  funding: insured
  employees: 650
  notice_date: 2026-11-25
  appeal_deadline: 2027-05-24
  deadline_basis: >-
    Notice of 11/25/2026: "You have 180 days from the date you receive this notice to file an appeal." Counted
    conservatively from the notice date.
  service_dates: [2026-12-14, 2026-12-28]
  sessions: 10
  pending_services: 10
  setting: partial_hospitalization
  procedure_codes: [H0035]
  revenue_codes: ["0912"]
  diagnosis_codes: [F53.0]
  denial_reason: >-
    Request for partial hospitalization is denied. Criteria BH-PHP-07 are not met: criterion 2. The member's
    symptoms do not cause impairment in caring for self or dependents; she is caring for her infant. Outpatient
    treatment is appropriate.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
  reviewer: {name: "Harlan Weiskopf, MD", specialty: family medicine}
  corrections:
    - said: "The member's symptoms do not cause impairment in caring for self or dependents; she is caring for her infant."
      record: >-
        Since 10/20/2026 her sister has provided the infant's overnight and most daytime care because she cannot
        feed, bathe or settle the baby alone; her husband is on family leave; the psychiatrist's evaluation of
        11/19/2026 records this, and the line "caring for infant" comes from the obstetric visit of 10/14/2026,
        before her symptoms worsened.
      file: [clinical/perinatal-psychiatry-evaluation-2026-11-19.txt, clinical/therapy-progress-summary-2026-11-30.txt]
      page: 1
payer_criteria:
  - criterion: "1. A DSM-5 mental health diagnosis that is the focus of treatment."
    how_met: Major depressive episode with peripartum onset (F53.0), diagnosed by the perinatal psychiatrist on 11/19/2026.
    met: true
    evidence: {file: clinical/perinatal-psychiatry-evaluation-2026-11-19.txt, page: 1}
  - criterion: >-
      2. Symptoms cause significant impairment in the ability to care for self or dependents, or in occupational
      functioning, that cannot be managed at a less intensive level of care.
    how_met: >-
      She cannot feed, bathe or settle her infant alone; her sister has done the overnight and most daytime care
      since 10/20/2026; she sleeps 2-3 hours a night although the baby sleeps; she has lost 9 pounds beyond the
      expected postpartum loss; EPDS 22 and PHQ-9 21 despite weekly therapy and 8 weeks of sertraline.
    met: true
    evidence: [{file: clinical/perinatal-psychiatry-evaluation-2026-11-19.txt, page: 1}, {file: clinical/therapy-progress-summary-2026-11-30.txt, page: 1}]
  - criterion: "3. The member can take part in treatment and has a safe place to return to each day."
    how_met: She wants the program, and lives with her husband, her sister and the baby; the program has an on-site nursery.
    met: true
    evidence: {file: clinical/perinatal-psychiatry-evaluation-2026-11-19.txt, page: 1}
  - criterion: >-
      4. Outpatient treatment of sufficient intensity has been tried without adequate improvement, or the member's
      condition requires more than outpatient care.
    how_met: >-
      Weekly CBT since 10/06/2026 (8 sessions) and sertraline since 10/01/2026 (100 mg for 6 weeks), with EPDS
      rising from 17 to 22.
    met: true
    evidence: {file: clinical/therapy-progress-summary-2026-11-30.txt, page: 1}
plan_policy:
  name: Heartland Mutual Behavioral Health Level of Care Guideline BH-PHP-07, Partial Hospitalization (2026)
  number: BH-PHP-07
  quote: >-
    Partial hospitalization is appropriate when all of the following are met: 1. A DSM-5 mental health diagnosis that
    is the focus of treatment. 2. Symptoms cause significant impairment in the ability to care for self or
    dependents, or in occupational functioning, that cannot be managed at a less intensive level of care. 3. The
    member can take part in treatment and has a safe place to return to each day. 4. Outpatient treatment of
    sufficient intensity has been tried without adequate improvement, or the member's condition requires more than
    outpatient care.
  file: other/guideline-bh-php-07-2026-excerpt.txt
alternatives:
  - treatment: Outpatient treatment (weekly therapy and medication management)
    level: outpatient
    why_not: >-
      Already given since early October 2026 - weekly CBT (8 sessions) and sertraline - while EPDS rose from 17 to
      22 and she lost the ability to care for the baby alone.
    proof: clinical/therapy-progress-summary-2026-11-30.txt
treatment:
  name: Perinatal partial hospitalization program, 10 program days (H0035, revenue code 0912)
  summary: >-
    A two-week perinatal partial hospitalization program, five days a week, six hours a day, with the infant in the
    on-site nursery, for severe postpartum depression that weekly therapy and sertraline have not controlled.
  plan: >-
    Ten program days, 12/14/2026-12/28/2026 (weekdays, program closed 12/24 and 12/25), with daily group and
    individual therapy, mother-infant dyad sessions and psychiatric medication review; EPDS weekly; step down to an
    intensive outpatient program or weekly therapy when EPDS is below 13 and she can care for the baby alone.
clinical:
  severity: EPDS 22 and PHQ-9 21 on 11/19/2026; EPDS 22 on 11/30/2026
  severity_date: 2026-11-30
  suicidality: none
  suicidality_date: 2026-11-30
  episode_onset: 2026-09
  history:
    - drug: Sertraline
      dose: 50 mg daily, raised to 100 mg on 10/15/2026
      start: 2026-10-01
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Partial response at most; continued (compatible with breastfeeding)
      evidence: {file: clinical/perinatal-psychiatry-evaluation-2026-11-19.txt, page: 1}
    - drug: Cognitive behavioral therapy, weekly
      dose: 8 sessions
      start: 2026-10-06
      ongoing: true
      sessions: 8
      kind: psychotherapy
      response: none
      outcome: EPDS 17 at the first session, 22 at the eighth; continuing
      evidence: {file: clinical/therapy-progress-summary-2026-11-30.txt, page: 1}
    - drug: Zuranolone
      dose: 50 mg nightly for 14 days
      start: 2023-06
      end: 2023-06
      kind: antidepressant
      response: remission
      outcome: Remission of a postpartum episode after her first child in 2023 (an earlier episode)
      evidence: {file: clinical/perinatal-psychiatry-evaluation-2026-11-19.txt, page: 1}
author:
  name: Josefina Marchetti-Lund, LPC
  role: Licensed professional counselor, her treating therapist
  relation: clinician
  address: |-
    Prairie Light Counseling (FICTIONAL), 4700 N Prospect Road, Suite 5
    Peoria Heights, IL 61616
  phone: (309) 555-0188
  email: jmlund@prairielight.example
  authorization: other/patient-consent-to-appeal-2026-11-30.txt
provider:
  name: Riverbend Perinatal Partial Hospital Program
  credentials: Network program, Riverbend Medical Center (FICTIONAL)
  npi: "1119560351"
  address: |-
    800 NE Glen Oak Avenue
    Peoria, IL 61603
  phone: (309) 555-0170
record_dates:
  - file: clinical/perinatal-psychiatry-evaluation-2026-11-19.txt
    date: 2026-11-19
  - file: clinical/therapy-progress-summary-2026-11-30.txt
    date: 2026-11-30
  - file: clinical/ob-postpartum-visit-2026-10-14-stale.txt
    date: 2026-10-14
copies: [prescriber]
bates_prefix: ADEBAYOKOWALCZYK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/pre-service-denial-2026-11-25.txt": '''
HEARTLAND MUTUAL INSURANCE COMPANY (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION   Date: 11/25/2026
Member: Tamsin Adebayo-Kowalczyk   DOB 05/14/1995   ID FICT-HMI-66210483
Group: Prairie Grain Cooperative (insured group policy)   Reference HMI-UM-26-1125-08817
Request: perinatal partial hospitalization, 10 days from 12/14/2026, Riverbend Perinatal Partial Hospital Program

Request for partial hospitalization is denied. Criteria BH-PHP-07 are not met: criterion 2. The member's symptoms
do not cause impairment in caring for self or dependents; she is caring for her infant. Outpatient treatment is
appropriate.
Reviewer: Harlan Weiskopf, MD (family medicine). Records reviewed: obstetric visit 10/14/2026; referral 11/20/2026.

You have 180 days from the date you receive this notice to file an appeal. You may ask for the criteria used.
''',
"clinical/perinatal-psychiatry-evaluation-2026-11-19.txt": '''
RIVERBEND MEDICAL CENTER PERINATAL PSYCHIATRY (FICTIONAL) - EVALUATION          Date: 11/19/2026
Patient: Tamsin Adebayo-Kowalczyk   DOB 05/14/1995   Delivered 09/02/2026   Page 1 of 1
Psychiatrist: Oluwaseun Fairweather-Ibe, MD
Diagnosis: major depressive episode with peripartum onset (F53.0), onset 09/2026.
EPDS 22, PHQ-9 21. Sleeps 2-3 hours a night though her sister does the night feeds. Weight 9 lb below the expected
postpartum course. Cannot feed, bathe or settle the baby alone; her sister Corinne moved in on 10/20/2026 to care
for the infant; her husband is on family leave since 11/02/2026.
Safety: no suicidal ideation. Intrusive, unwanted images of the baby being dropped, which distress her; no intent
or wish to harm the baby; she avoids carrying the baby on stairs.
Medication: sertraline 50 mg from 10/01/2026, 100 mg from 10/15/2026, partial response; continue (breastfeeding).
Earlier episode: postpartum depression after her first child in 2023, remission with a 14-day zuranolone course.
Plan: perinatal partial hospitalization (infant nursery on site), 10 days from 12/14/2026. She wants to attend.
''',
"clinical/therapy-progress-summary-2026-11-30.txt": '''
PRAIRIE LIGHT COUNSELING (FICTIONAL) - THERAPY PROGRESS SUMMARY                  Date: 11/30/2026
Client: Tamsin Adebayo-Kowalczyk   Therapist: Josefina Marchetti-Lund, LPC   Page 1 of 1
Weekly CBT since 10/06/2026, 8 sessions. EPDS 17 at session 1, 22 at session 8 (11/24/2026 and again 11/30/2026).
She has not been able to care for the baby alone since mid-October; her sister does the infant's care. No suicidal
ideation at any session.
''',
"clinical/ob-postpartum-visit-2026-10-14-stale.txt": '''
PEORIA WOMEN'S HEALTH (FICTIONAL) - POSTPARTUM VISIT                              Date: 10/14/2026
Patient: Tamsin Adebayo-Kowalczyk   Six-week postpartum check.
Mood: adjusting, tearful at times. EPDS 9. Caring for infant; breastfeeding. Sertraline started 10/01/2026.
[An older note, before her symptoms worsened; it is the record the denial quotes.]
''',
"clinical/infant-weight-check-2026-11-10-another-person.txt": '''
PEORIA PEDIATRICS (FICTIONAL) - WEIGHT CHECK                                      Date: 11/10/2026
Patient: Baby girl Kowalczyk (infant), DOB 09/02/2026. Weight gain adequate. Brought in by maternal aunt.
[The baby's record, not the patient's.]
''',
"other/guideline-bh-php-07-2026-excerpt.txt": '''
HEARTLAND MUTUAL INSURANCE COMPANY (FICTIONAL) - LEVEL OF CARE GUIDELINE BH-PHP-07 (2026)
Partial hospitalization is appropriate when all of the following are met: 1. A DSM-5 mental health diagnosis that is
the focus of treatment. 2. Symptoms cause significant impairment in the ability to care for self or dependents, or
in occupational functioning, that cannot be managed at a less intensive level of care. 3. The member can take part
in treatment and has a safe place to return to each day. 4. Outpatient treatment of sufficient intensity has been
tried without adequate improvement, or the member's condition requires more than outpatient care.
''',
"other/patient-consent-to-appeal-2026-11-30.txt": '''
CONSENT AND AUTHORIZATION (FICTIONAL)                                             Signed 11/30/2026
I, Tamsin Adebayo-Kowalczyk (ID FICT-HMI-66210483), ask my therapist Josefina Marchetti-Lund, LPC, to appeal
Heartland Mutual's denial HMI-UM-26-1125-08817 for me and to share my health information for it.
Signed: Tamsin Adebayo-Kowalczyk
''',
}

TRUTH = r'''
# 04 - Insured employer plan: a perinatal partial hospitalization denied before care; first appeal by the treating LPC (FICTIONAL)

All people, plans, insurers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tamsin Adebayo-Kowalczyk, 31 (DOB 05/14/1995), delivered on **09/02/2026**; major depressive episode with
  **peripartum onset (F53.0)**. She is in Heartland Mutual's **insured** group policy for Prairie Grain Cooperative
  (650 employees).
- Requested: a **perinatal partial hospitalization program**, **10 program days from 12/14/2026** (H0035, revenue code
  0912), infant nursery on site. Denied **11/25/2026** (reference HMI-UM-26-1125-08817) under **BH-PHP-07 criterion
  2**: "she is caring for her infant". Reviewer: a **family medicine** physician; records reviewed: the 10/14/2026
  obstetric visit and the referral.
- The record: since **10/20/2026** her **sister** does the infant's care; she cannot feed, bathe or settle the baby
  alone; her husband is on family leave; she sleeps 2-3 hours; **EPDS 22, PHQ-9 21** (11/19/2026), EPDS 22 again
  11/30/2026, up from 17 at the start of weekly CBT (8 sessions since 10/06/2026) despite sertraline since 10/01.
  All four BH-PHP-07 criteria are met.
- **No suicidal ideation.** She has intrusive, unwanted images of the baby being dropped, with **no intent or wish**
  to harm the baby (ego-dystonic).
- **Rule and stage:** ERISA, 29 CFR 2560.503-1: first internal appeal of a **pre-service** denial, within 180 days
  (**by 05/24/2027**, counted from the notice date); decision within 30 days of the appeal (pre-service). Parity
  (MHPAEA, 29 CFR 2590.712) applies (650 employees). External review later under 45 CFR 147.136 (insured plan).
- **Author:** her treating therapist, an LPC, with her signed consent; writes "I" as her therapist about "Ms.
  Adebayo-Kowalczyk"; never "Dr.", "physician" or "prescriber".

## Deliberately unknown
- Whether the case is urgent in the plan's sense: no physician has certified urgency; a letter must not say a
  physician did. It may ask for a decision before 12/14/2026.
- Whether an intensive outpatient program was offered: no document names one; the denial says only "outpatient".
- The plan's cost share for the program.

## Traps
- **A stale record quoted as current:** "caring for infant" is from the 10/14/2026 obstetric visit (EPDS 9), before
  the worsening; the denial relied on it.
- **Another person's record:** the 11/10/2026 weight check is the infant's (brought in by her aunt): not the
  patient's visit.
- **Intrusive thoughts are not suicidality nor intent to harm:** a letter must not say she has suicidal ideation or
  thoughts of harming her baby; "danger to the infant" is false.
- **Drug still taken:** sertraline continues (partial response at most; 8 weeks) - never "failed" or "stopped".
  CBT is psychotherapy, never an antidepressant trial. **Zuranolone 2023** is an earlier episode's remission:
  never a failure, and not a trial in this episode.
- **Care not yet given:** the program starts 12/14/2026; it is asked to be authorized, never "was provided".
- **Reviewer:** family medicine, not a psychiatrist (the notice says so).
- **Voice:** the LPC is not a physician and not a prescriber.

## Arguments a strong letter makes (strongest first)
1. Criterion 2 is met: the record since 10/20/2026 shows she cannot care for her infant alone (her sister does the
   care), with severe, rising symptoms; the denial's "caring for her infant" comes from a 10/14/2026 visit before the
   worsening. Correct it.
2. Every BH-PHP-07 criterion is met, one by one, with the 11/19 evaluation and the 11/30 therapy summary; weekly
   therapy and 8 weeks of sertraline have not helped (EPDS 17 -> 22), so criterion 4 is met too.
3. Ask for review by a psychiatrist (ideally perinatal) rather than family medicine, the claim file and the criteria,
   and a decision before 12/14/2026; the treatment plan (10 days, step-down criteria) is set out.

## What a letter must NOT say
- "suicidal ideation" as present; "thoughts of harming her baby", "risk to the infant".
- "she is caring for her infant" as true now; the 10/14 EPDS 9 as her current severity.
- "failed sertraline", "stopped sertraline"; CBT as an antidepressant; zuranolone as failed.
- "the program was provided", "services rendered"; "Dr. Marchetti-Lund", "as her physician", "as her prescriber".
- "a physician certified this as urgent".
- "42 CFR 438", "Medicaid", "OPM", "26 CFR 54.9815-2719".
'''

ANSWERS = [
    ("plan type", "plan_type: employer_erisa", "case.yaml"),
    ("funding", "funding: insured", "case.yaml"),
    ("reference", "HMI-UM-26-1125-08817", "denial/pre-service-denial-2026-11-25.txt"),
    ("criterion applied", "Criteria BH-PHP-07 are not met: criterion 2", "denial/pre-service-denial-2026-11-25.txt"),
    ("reviewer specialty", "Harlan Weiskopf, MD (family medicine)", "denial/pre-service-denial-2026-11-25.txt"),
    ("records reviewed", "obstetric visit 10/14/2026", "denial/pre-service-denial-2026-11-25.txt"),
    ("deadline", "by 05/24/2027", "truth"),
    ("sister's care", "her sister Corinne moved in on 10/20/2026", "clinical/perinatal-psychiatry-evaluation-2026-11-19.txt"),
    ("severity", "EPDS 22, PHQ-9 21", "clinical/perinatal-psychiatry-evaluation-2026-11-19.txt"),
    ("no SI", "no suicidal ideation", "clinical/perinatal-psychiatry-evaluation-2026-11-19.txt"),
    ("intrusive thoughts, no intent", "no intent or wish to harm the baby", "clinical/perinatal-psychiatry-evaluation-2026-11-19.txt"),
    ("therapy course", "EPDS 17 at session 1, 22 at session 8", "clinical/therapy-progress-summary-2026-11-30.txt"),
    ("stale OB", "EPDS 9. Caring for infant", "clinical/ob-postpartum-visit-2026-10-14-stale.txt"),
    ("earlier episode", "remission with a 14-day zuranolone course", "clinical/perinatal-psychiatry-evaluation-2026-11-19.txt"),
    ("another person", "Baby girl Kowalczyk (infant)", "clinical/infant-weight-check-2026-11-10-another-person.txt"),
    ("author", "relation: clinician", "case.yaml"),
]
