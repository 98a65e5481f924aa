"""Set 33 case 08 (FICTIONAL): state university employees' plan, insured; OCD residential "IOP appropriate"."""

SLUG = "08-state-university-plan-insured-ocd-residential-iop-already-tried-first-appeal-lcsw"

CASE_YAML = r'''
# FICTIONAL CASE (set 33, case 08) - every person, plan, provider, number and address is invented.
# State university employees' plan, insured, Utah. Anselm Greywater, 26, a university research technician, has
# severe OCD (Y-BOCS 36). His therapist asked for a residential OCD program; the insurer denied it on 11/25/2026:
# "intensive outpatient treatment is appropriate; the member has not tried IOP" (BH-RTC-4 criterion 3). He finished
# an 8-week OCD IOP on 07/24/2026 without improvement. His treating therapist (LCSW) writes the first appeal.
patient:
  name: Anselm Greywater
  salutation: Mr. Greywater
  date_of_birth: 2000-07-19
  member_id: FICT-WMH-31170952-00
  address: |-
    640 East 300 South, Apt 4B
    Salt Lake City, UT 84102
  phone: (801) 555-0119
insurer:
  name: Wasatch Mutual Health, insurer of the University of the Wasatch Employee Health Plan (FICTIONAL)
  appeals_address: |-
    Wasatch Mutual Health - Appeals (FICTIONAL)
    PO Box 5510
    Salt Lake City, UT 84110
  fax: (801) 555-0175
claim:
  number: WMH-PA-26-1123-88107
  plan_type: governmental
  funding: insured
  employees: 9200
  notice_date: 2026-11-25
  appeal_deadline: 2027-05-24
  deadline_basis: >-
    Notice of 11/25/2026: "You have 180 days from receipt of this notice to file an appeal"; counted here from the
    notice date.
  setting: residential
  pending_services: [residential OCD treatment, estimated 45 days]
  procedure_codes: [H0019]
  revenue_codes: ["1001"]
  diagnosis_codes: [F42.2]
  denial_reason: >-
    Residential treatment is not medically necessary. Intensive outpatient treatment is appropriate. Criterion 3 of
    guideline BH-RTC-4 is not met: the member has not tried intensive outpatient or partial hospitalization treatment.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
  reviewer: {name: "Dr. Colette Armbruster", specialty: psychiatry}
  corrections:
    - said: the member has not tried intensive outpatient or partial hospitalization treatment.
      record: >-
        He completed an 8-week OCD intensive outpatient program (exposure and response prevention, 3 hours a day,
        4 days a week) from 05/26/2026 to 07/24/2026; Y-BOCS 34 at admission and 33 at discharge.
      file: clinical/ocd-iop-discharge-2026-07-24.txt
      page: 1
prior_auth:
  requested_on: 2026-11-23
plan_policy:
  name: Wasatch Mutual Health Behavioral Health Guideline BH-RTC-4, Residential Treatment, Adults (2026)
  number: BH-RTC-4
  quote: >-
    Residential treatment is medically necessary when all are met: 1. a DSM diagnosis that is the focus of treatment;
    2. severe impairment in work, self-care or relationships; 3. treatment at the intensive outpatient or partial
    hospitalization level within the past 6 months did not bring sufficient improvement, or those levels cannot be
    given safely; 4. no need for 24-hour inpatient care; 5. the member is able and willing to take part.
  file: other/guideline-bh-rtc-4-excerpt.txt
payer_criteria:
  - criterion: 1. a DSM diagnosis that is the focus of treatment
    how_met: Obsessive-compulsive disorder (F42.2), Y-BOCS 36 on 11/18/2026
    met: true
    evidence: {file: clinical/therapist-assessment-2026-11-18.txt, page: 1}
  - criterion: 2. severe impairment in work, self-care or relationships
    how_met: >-
      On medical leave since 09/08/2026; washing and checking rituals 7-8 hours a day; unable to cook or use public
      transit
    met: true
    evidence: {file: clinical/therapist-assessment-2026-11-18.txt, page: 1}
  - criterion: 3. IOP or PHP within the past 6 months without sufficient improvement
    how_met: OCD IOP 05/26-07/24/2026 (8 weeks, ERP); Y-BOCS 34 to 33
    met: true
    evidence: {file: clinical/ocd-iop-discharge-2026-07-24.txt, page: 1}
  - criterion: 4. no need for 24-hour inpatient care
    how_met: Passive thoughts of death only, no plan or intent; safe at home with his sister
    met: true
    evidence: {file: clinical/therapist-assessment-2026-11-18.txt, page: 1}
  - criterion: 5. able and willing to take part
    how_met: Asks for the program himself; completed every IOP session
    met: true
    evidence: {file: clinical/therapist-assessment-2026-11-18.txt, page: 1}
alternatives:
  - treatment: OCD intensive outpatient program (the level the notice calls appropriate)
    level: intensive outpatient
    name: Bonneville OCD Intensive Outpatient Program
    why_not: >-
      Completed 05/26-07/24/2026 (8 weeks, ERP 12 hours a week) with Y-BOCS 34 to 33; the program's discharge
      summary recommends residential care
    proof: clinical/ocd-iop-discharge-2026-07-24.txt
treatment:
  name: Residential OCD treatment program (exposure and response prevention), about 45 days
  summary: >-
    Residential exposure and response prevention for severe OCD after an 8-week OCD IOP, two adequate SSRI trials
    and an SSRI with aripiprazole augmentation did not bring improvement.
  plan: Daily ERP, weekly psychiatry, family sessions; estimated 45 days; review every 7 days.
clinical:
  severity: Y-BOCS 36 on 11/18/2026 (33 at IOP discharge on 07/24/2026)
  severity_date: 2026-11-18
  suicidality: passive
  suicidality_date: 2026-11-18
  history:
    - drug: OCD intensive outpatient program (ERP)
      dose: 12 hours a week, 8 weeks
      start: 2026-05-26
      end: 2026-07-24
      kind: psychotherapy
      sessions: 32
      adequate: true
      failed: true
      outcome: Y-BOCS 34 to 33; no meaningful improvement
      evidence: {file: clinical/ocd-iop-discharge-2026-07-24.txt, page: 1}
    - drug: Fluvoxamine
      dose: 300 mg daily
      start: 2025-01-06
      end: 2025-04-07
      weeks: 13
      kind: antidepressant
      adequate: true
      failed: true
      outcome: No meaningful change in Y-BOCS after 13 weeks at 300 mg
      evidence: {file: clinical/therapist-assessment-2026-11-18.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-05
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/therapist-assessment-2026-11-18.txt, page: 1}
    - drug: Aripiprazole (augmentation of sertraline)
      dose: 5 mg daily
      start: 2026-01
      ongoing: true
      kind: augmentation
      adequate: true
      response: partial
      outcome: Small partial response; continued
      evidence: {file: clinical/therapist-assessment-2026-11-18.txt, page: 1}
    - drug: Clomipramine
      dose: 150 mg daily
      start: 2024-09-02
      end: 2024-09-30
      weeks: 4
      adequate: false
      outcome: Stopped after 4 weeks for tachycardia (intolerance)
      evidence: {file: clinical/therapist-assessment-2026-11-18.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime for sleep
      start: 2026-03
      ongoing: true
      kind: other
      outcome: Sleep aid only
      evidence: {file: clinical/therapist-assessment-2026-11-18.txt, page: 1}
    - drug: Outpatient ERP (2018, adolescent episode)
      dose: 16 weekly sessions
      start: 2018-02
      end: 2018-06
      kind: psychotherapy
      sessions: 16
      response: remission
      outcome: Remission in the 2018 episode; not a failed treatment
      evidence: {file: clinical/therapist-assessment-2026-11-18.txt, page: 1}
impact:
  work: On medical leave from his job as a university research technician since 09/08/2026
  daily_life: Washing and checking 7-8 hours a day; has moved in with his sister; cannot cook or ride public transit
author:
  name: Marisela Oduya-Frost
  role: Treating therapist, LCSW
  relation: clinician
  authorization: other/patient-consent-2026-11-26.txt
  address: |-
    Red Butte Anxiety and OCD Clinic (FICTIONAL), 1325 South 800 East, Suite 210
    Salt Lake City, UT 84105
  phone: (801) 555-0133
  email: m.oduyafrost@redbutte-ocd.example
provider:
  name: Marisela Oduya-Frost
  credentials: LCSW
  npi: "1855203471"
  address: |-
    Red Butte Anxiety and OCD Clinic (FICTIONAL), 1325 South 800 East, Suite 210
    Salt Lake City, UT 84105
  phone: (801) 555-0133
record_dates:
  - file: clinical/therapist-assessment-2026-11-18.txt
    date: 2026-11-18
  - file: clinical/ocd-iop-discharge-2026-07-24.txt
    date: 2026-07-24
bates_prefix: GREYWATER
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/prior-authorization-denial-2026-11-25.txt": r'''
WASATCH MUTUAL HEALTH (FICTIONAL) - insurer of the University of the Wasatch Employee Health Plan
NOTICE OF ADVERSE BENEFIT DETERMINATION (PRE-SERVICE)                               Date: 11/25/2026
Member: Anselm Greywater   ID FICT-WMH-31170952-00   Reference WMH-PA-26-1123-88107
Request received 11/23/2026: residential treatment (H0019, rev 1001), Cedar Ridge Residential OCD Program.
Decision: Denied. Residential treatment is not medically necessary. Intensive outpatient treatment is appropriate.
Criterion 3 of guideline BH-RTC-4 is not met: the member has not tried intensive outpatient or partial
hospitalization treatment. Reviewer: Dr. Colette Armbruster, psychiatry.
You have 180 days from receipt of this notice to file an appeal. If waiting could seriously jeopardize your life,
health or ability to regain maximum function, ask for an urgent appeal. Appeals, PO Box 5510, Salt Lake City, UT
84110; fax (801) 555-0175.
''',
    "clinical/ocd-iop-discharge-2026-07-24.txt": r'''
BONNEVILLE OCD INTENSIVE OUTPATIENT PROGRAM (FICTIONAL) - DISCHARGE SUMMARY                Date: 07/24/2026
Patient: Anselm Greywater   DOB 07/19/2000   Page 1 of 1
Program: exposure and response prevention, 3 hours a day, 4 days a week, 05/26/2026-07/24/2026 (8 weeks, 32 days
attended of 32).
Y-BOCS 34 at admission, 33 at discharge. No meaningful improvement despite full attendance.
Recommendation: residential OCD treatment.
Group attendance sheet (page 2, not attached in full): also lists P. Lindgren and K. Osei-Bamfo (other clients).
''',
    "clinical/therapist-assessment-2026-11-18.txt": r'''
RED BUTTE ANXIETY AND OCD CLINIC (FICTIONAL) - ASSESSMENT FOR RESIDENTIAL REFERRAL           Date: 11/18/2026
Client: Anselm Greywater   DOB 07/19/2000   Therapist: Marisela Oduya-Frost, LCSW (NPI 1855203471)   Page 1 of 1
OCD (F42.2), contamination and checking. Y-BOCS 36. Rituals 7-8 hours a day; medical leave since 09/08/2026;
living with his sister; cannot cook or ride public transit. Passive thoughts of death ("it would be easier not to
wake up"), no plan or intent; no need for inpatient care.
Medication (prescribed by Dr. Torvald Inglewood, psychiatrist): fluvoxamine 300 mg 01/06-04/07/2025 (13 weeks), no
meaningful change; sertraline 200 mg daily since 05/2025, partial response, continued; aripiprazole 5 mg daily since
01/2026 added to sertraline, small partial response, continued; clomipramine 150 mg 09/02-09/30/2024, stopped for
tachycardia; hydroxyzine 25 mg at bedtime for sleep since 03/2026.
History: outpatient ERP in 2018 (age 17), 16 sessions, remission at that time.
Completed every IOP session in 2026 and asks for residential care himself.
''',
    "other/guideline-bh-rtc-4-excerpt.txt": r'''
WASATCH MUTUAL HEALTH (FICTIONAL) - BEHAVIORAL HEALTH GUIDELINE BH-RTC-4 (2026; excerpt)          Page 1 of 4
Residential treatment is medically necessary when all are met: 1. a DSM diagnosis that is the focus of treatment;
2. severe impairment in work, self-care or relationships; 3. treatment at the intensive outpatient or partial
hospitalization level within the past 6 months did not bring sufficient improvement, or those levels cannot be
given safely; 4. no need for 24-hour inpatient care; 5. the member is able and willing to take part.
''',
    "other/iop-intake-2025-stale.txt": r'''
BONNEVILLE OCD INTENSIVE OUTPATIENT PROGRAM (FICTIONAL) - SCREENING NOTE                    Date: 03/14/2025
Anselm Greywater: Y-BOCS 22 (moderate). "IOP not indicated at this time; continue outpatient care."
[An earlier screening, 20 months before this request.]
''',
    "other/patient-consent-2026-11-26.txt": r'''
CONSENT TO ACT FOR ME IN AN APPEAL (FICTIONAL)                                           Signed 11/26/2026
I, Anselm Greywater, authorize my therapist, Marisela Oduya-Frost, LCSW, to appeal reference WMH-PA-26-1123-88107
for me and to share my records for it.   Signed: Anselm Greywater
''',
}

TRUTH = r'''
# 08 - State university employees' plan, insured: residential OCD treatment denied as "IOP appropriate" after an IOP was tried; first appeal by his therapist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Anselm Greywater, 26, Salt Lake City, UT, is covered by the **University of the Wasatch Employee Health Plan**, a
  **state governmental plan, insured** by Wasatch Mutual Health (9,200 employees). **OCD (F42.2)**, Y-BOCS **36**
  (11/18/2026); medical leave since 09/08/2026; rituals 7-8 hours a day.
- Residential OCD treatment (about 45 days) was asked on **11/23/2026** and denied **11/25/2026** (WMH-PA-26-1123-88107):
  "Intensive outpatient treatment is appropriate ... the member has not tried intensive outpatient or partial
  hospitalization treatment" (BH-RTC-4 criterion 3). Reviewer: a psychiatrist.
- The record: an **8-week OCD IOP (ERP), 05/26-07/24/2026**, all 32 days attended, **Y-BOCS 34 -> 33**, discharge
  recommends residential care - within 6 months of the request. All five BH-RTC-4 criteria are met.
- Medicines: fluvoxamine 300 mg, 13 weeks (2025), no change; **sertraline 200 mg since 05/2025, partial response,
  continued**; **aripiprazole 5 mg augmentation since 01/2026, small partial response, continued**; clomipramine
  stopped after 4 weeks for tachycardia (intolerance); hydroxyzine 25 mg for sleep.
- **Rule and stage:** a non-federal governmental plan: 45 CFR 147.136(b)(2) (claims and appeals by reference to the
  ERISA claims rule's standards); as insured coverage, state insurance law also applies. First internal appeal,
  pre-service: **180 days: by 05/24/2027** counted from the notice; decided within 30 days (urgent: 72 hours); external
  review after the final internal denial. Parity: 45 CFR 146.136 (unless the plan opted out; not stated).
- **Author:** his treating therapist, an **LCSW** (a clinician who does not prescribe), with his signed consent
  (11/26/2026); she writes "I" as his treating therapist and about "Mr. Greywater".

## Deliberately unknown
- Whether the residential program is in network: not stated; the letter must not raise network issues.
- Whether the plan opted out of parity as a non-federal governmental plan: not stated; parity may be raised only as
  a request for the plan's comparative analysis as a claim document, never as settled.
- Whether the case is urgent: no clinician has certified it; the letter must not claim an urgent appeal.

## Traps
- **A decision's stated fact the record contradicts:** "has not tried intensive outpatient" against the IOP discharge
  summary (8 weeks, 32 days). The reviewer was a psychiatrist: no "not a psychiatrist" argument.
- **Stale document:** the 2025 IOP screening (Y-BOCS 22, "IOP not indicated") is 20 months old.
- **Drugs still taken:** sertraline and aripiprazole continue with partial responses - never "failed" or "stopped";
  clomipramine was an **intolerance** (4 weeks), not an adequate trial; hydroxyzine is a sleep aid.
- **Earlier-episode response:** outpatient ERP in 2018 brought **remission** - never a failed treatment.
- **Other people on a document:** the IOP attendance sheet's other clients.
- **OCD, not depression:** no TRD language, no Spravato, no ketamine, no antidepressant-trial count for TRD.
- **Suicidality:** passive thoughts of death, no plan or intent; never "active" or "suicidal with a plan".
- **Wrong law:** no ERISA as the governing law (29 CFR 2560.503-1 cited alone, EBSA, Labor Department); no Medicaid,
  Medicare.
- **Voice:** the LCSW writes as his treating therapist; never "Dr.", "physician" or "prescriber"; never the
  patient's "I".

## Arguments a strong letter makes (strongest first)
1. **Criterion 3 is met**: he completed an 8-week OCD IOP (ERP, 12 hours a week, 32 of 32 days) from 05/26 to
   07/24/2026, within 6 months, with Y-BOCS 34 -> 33; the notice's "has not tried intensive outpatient" is
   contradicted by the enclosed discharge summary, which recommends residential care. The level the notice calls
   appropriate has been tried and has not helped.
2. Criteria 1, 2, 4 and 5 are met, each with its record (F42.2 with Y-BOCS 36; medical leave, 7-8 hours of rituals;
   passive thoughts only, no need for inpatient care; full participation).
3. Medication has not been enough: fluvoxamine 300 mg (13 weeks) without change; sertraline 200 mg with aripiprazole
   augmentation, partial response, continued; clomipramine not tolerated.
4. Ask for the criteria and claim documents relied on; if upheld, say external review is the next step.

## What a letter must NOT say
- "has not tried IOP" conceded; "Y-BOCS 22" as current; "IOP not indicated".
- "failed sertraline", "stopped sertraline", "failed aripiprazole"; clomipramine as an adequate trial; hydroxyzine as
  a trial; "failed ERP in 2018".
- "treatment-resistant depression", "Spravato", "ketamine"; "active suicidal ideation"; "urgent" as certified.
- "ERISA" as governing, "EBSA", "Department of Labor", "29 CFR 2560.503-1" alone; "Medicaid"; "not a psychiatrist".
- "Dr. Oduya-Frost", "as his physician", "prescriber"; names of the other IOP clients.
'''

ANSWERS = [
    ("denial/prior-authorization-denial-2026-11-25.txt", "the member has not tried intensive outpatient or partial\nhospitalization treatment"),
    ("denial/prior-authorization-denial-2026-11-25.txt", "Dr. Colette Armbruster, psychiatry"),
    ("denial/prior-authorization-denial-2026-11-25.txt", "180 days from receipt of this notice"),
    ("clinical/ocd-iop-discharge-2026-07-24.txt", "05/26/2026-07/24/2026 (8 weeks"),
    ("clinical/ocd-iop-discharge-2026-07-24.txt", "Y-BOCS 34 at admission, 33 at discharge"),
    ("clinical/ocd-iop-discharge-2026-07-24.txt", "other clients"),
    ("clinical/therapist-assessment-2026-11-18.txt", "sertraline 200 mg daily since 05/2025, partial response, continued"),
    ("clinical/therapist-assessment-2026-11-18.txt", "stopped for\ntachycardia"),
    ("clinical/therapist-assessment-2026-11-18.txt", "hydroxyzine 25 mg at bedtime for sleep"),
    ("clinical/therapist-assessment-2026-11-18.txt", "16 sessions, remission at that time"),
    ("clinical/therapist-assessment-2026-11-18.txt", "no plan or intent"),
    ("other/iop-intake-2025-stale.txt", "Y-BOCS 22 (moderate)"),
    ("other/guideline-bh-rtc-4-excerpt.txt", "within the past 6 months did not bring sufficient improvement"),
    ("other/patient-consent-2026-11-26.txt", "authorize my therapist"),
    ("truth", "by 05/24/2027"),
    ("truth", "45 CFR 147.136(b)(2)"),
]
