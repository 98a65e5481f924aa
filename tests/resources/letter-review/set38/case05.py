# FICTIONAL case data, letters set 38, case 05. Every person, plan, provider, number and address is invented.
SLUG = "05-church-plan-self-funded-php-first-appeal-dismissed-as-late-180-days-second-level-ur-nurse"

CASE_YAML = r"""
# FICTIONAL CASE (set 38, case 05) - every person, plan, provider, number and address is invented.
# Church plan (self-funded, not ERISA), 2,600 employees. Ignatius Ferreira-Holm, 44, was in a partial
# hospitalization program 06/15-07/10/2026 after worsening in an intensive outpatient program. The claim was denied
# on 07/24/2026 ("IOP could meet needs"). His first-level appeal, received 10/02/2026 (day 70), was dismissed on
# 10/20/2026 as filed after "60 days" - a limit from the 2024 plan document; the 2026 Plan Document, and the denial
# notice itself, give 180 days. The hospital's UR and appeals nurse, his authorized representative, files the
# second-level appeal.
patient:
  name: Ignatius Ferreira-Holm
  salutation: Mr. Ferreira-Holm
  date_of_birth: 1982-05-14
  member_id: FICT-GLS-30917745
  address: |-
    415 Willow Bend Drive
    Grand Rapids, MI 49506
  phone: (616) 555-0125
insurer:
  name: Great Lakes Synod Benefit Plan, administered by Covenant Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Covenant Benefit Administrators - Appeals Unit (FICTIONAL)
    PO Box 7720
    Lansing, MI 48909
  fax: (517) 555-0148
claim:
  number: CBA-26-0716-048831
  plan_type: church
  funding: self_funded
  employees: 2600
  stage: second level
  notice_date: 2026-07-24
  service_dates: [2026-06-15, 2026-07-10]
  setting: partial_hospitalization
  procedure_codes: [H0035]
  revenue_codes: ['0913']
  diagnosis_codes: [F31.81]
  carc_codes: [CO-50]
  denial_reason: >-
    Partial hospitalization is not medically necessary. The member's needs could be met in an intensive outpatient
    program (criteria BH-PHP-A2, criterion 3). (CARC 50)
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
decisions:
  - date: 2026-10-20
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2026-12-19
    reason: >-
      Your appeal was received on 10/02/2026, more than 60 days after the date of the denial notice (07/24/2026).
      Appeals must be filed within 60 days (Plan Document Section 10.3). Your appeal cannot be considered.
    corrections:
      - said: Appeals must be filed within 60 days (Plan Document Section 10.3).
        record: >-
          The 2026 Plan Document, in force since 01/01/2026, Section 10.3 gives 180 days after receipt of the notice to
          file a first-level appeal, and the denial notice of 07/24/2026 itself said 180 days; the appeal was received
          on 10/02/2026, 70 days after the notice date.
        file: other/plan-document-2026-section-10-excerpt.txt
        page: 1
plan_policy:
  name: Great Lakes Synod Benefit Plan Document (2026), Section 10.3 (filing an appeal)
  number: Section 10.3
  quote: >-
    You or your authorized representative have 180 days after you receive notice of an adverse benefit
    determination to file a first-level appeal. A second-level appeal must be filed within 60 days after you receive
    the first-level decision. This Plan Document is effective January 1, 2026 and replaces all earlier versions.
  file: other/plan-document-2026-section-10-excerpt.txt
payer_criteria:
  - criterion: "BH-PHP-A2 criterion 3, as the notice states it: needs that could not be met in an intensive outpatient program"
    how_met: >-
      He was in the IOP from 05/04/2026 to 06/12/2026 and worsened (PHQ-9 17 to 23), then came to the emergency
      department on 06/12/2026 with suicidal ideation with a plan
    met: true
    evidence: {file: clinical/iop-discharge-summary-2026-06-12.txt, page: 1}
alternatives:
  - treatment: Intensive outpatient program
    level: intensive outpatient
    name: Lakeshore Behavioral Health adult IOP (3 days a week)
    why_not: >-
      Already tried: he attended the IOP from 05/04/2026 to 06/12/2026 and worsened (PHQ-9 17 to 23) and came to the
      emergency department on 06/12/2026 with suicidal ideation with a plan
    proof: clinical/iop-discharge-summary-2026-06-12.txt
treatment:
  name: Adult partial hospitalization program (PHP), 06/15/2026-07/10/2026
  summary: >-
    Partial hospitalization after he worsened in an intensive outpatient program and came to the emergency department
    with suicidal ideation with a plan; stepped down to the IOP on 07/13/2026.
  plan: >-
    PHP five days a week, six hours a day: group and individual therapy, psychiatrist three times a week, safety
    planning; step down to IOP when PHQ-9 is below 15 and no suicidal ideation for 14 days.
clinical:
  severity: PHQ-9 23 on 06/15/2026 (admission to the PHP); PHQ-9 13 on 07/10/2026 (step-down)
  severity_date: 2026-07-10
  suicidality: active
  suicidality_date: 2026-06-12
  response: PHQ-9 23 (06/15/2026) to 13 (07/10/2026)
  response_level: partial
  episode_onset: 2026-02
  history:
    - drug: Partial hospitalization program (2019, another hospital)
      dose: 4 weeks
      start: 2019-09
      end: 2019-10
      kind: other
      failed: false
      response: response
      outcome: Response in an earlier episode; not a failed treatment
      evidence: {file: clinical/php-admission-assessment-2026-06-15.txt, page: 1}
    - drug: Lamotrigine
      dose: 200 mg daily
      start: 2020-01
      ongoing: true
      kind: other
      outcome: Mood stabilizer, continued; not an antidepressant trial
      evidence: {file: clinical/php-admission-assessment-2026-06-15.txt, page: 1}
    - drug: Lurasidone
      dose: 40 mg daily
      start: 2026-03
      end: 2026-04
      weeks: 4
      kind: augmentation
      adequate: false
      outcome: Stopped after 4 weeks for akathisia (intolerance), not an adequate trial
      evidence: {file: clinical/php-admission-assessment-2026-06-15.txt, page: 1}
    - drug: Quetiapine
      dose: 50 mg at bedtime for sleep
      start: 2026-04
      ongoing: true
      kind: other
      outcome: Sleep dose only; not a bipolar-depression dose or trial
      evidence: {file: clinical/php-admission-assessment-2026-06-15.txt, page: 1}
    - drug: Intensive outpatient program
      dose: 3 days a week
      start: 2026-05-04
      end: 2026-06-12
      kind: other
      adequate: true
      failed: true
      response: none
      outcome: Worsened (PHQ-9 17 to 23); emergency visit 06/12/2026 with suicidal ideation with a plan
      evidence: {file: clinical/iop-discharge-summary-2026-06-12.txt, page: 1}
author:
  name: Bernadette Okonkwo-Reyes
  role: RN, utilization review and appeals coordinator, Lakeshore Behavioral Health Hospital (authorized representative)
  relation: representative
  address: |-
    Lakeshore Behavioral Health Hospital (FICTIONAL), 2900 Lakeshore Drive NW
    Grand Rapids, MI 49504
  phone: (616) 555-0179
  email: appeals@lakeshorebh.example
  authorization: other/authorized-representative-form-2026-09-28.txt
provider:
  name: Lakeshore Behavioral Health Hospital, adult partial hospitalization program
  credentials: Psychiatric hospital, outpatient program
  npi: "1259473084"
  address: |-
    2900 Lakeshore Drive NW
    Grand Rapids, MI 49504
  phone: (616) 555-0179
record_dates:
  - file: clinical/iop-discharge-summary-2026-06-12.txt
    date: 2026-06-12
  - file: clinical/php-admission-assessment-2026-06-15.txt
    date: 2026-06-15
  - file: clinical/php-discharge-summary-2026-07-10.txt
    date: 2026-07-10
copies: [prescriber]
bates_prefix: FERREIRAHOLM
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/claim-denial-notice-2026-07-24.txt": """
COVENANT BENEFIT ADMINISTRATORS (FICTIONAL) for GREAT LAKES SYNOD BENEFIT PLAN - NOTICE OF ADVERSE BENEFIT
DETERMINATION                                                                  Date of notice: 07/24/2026
Member: Ignatius Ferreira-Holm   ID FICT-GLS-30917745   Claim CBA-26-0716-048831
Provider: Lakeshore Behavioral Health Hospital, adult PHP   06/15/2026-07/10/2026   H0035, revenue code 0913
Reason (CARC 50): Partial hospitalization is not medically necessary. The member's needs could be met in an
intensive outpatient program (criteria BH-PHP-A2, criterion 3).
Your right to appeal: You have 180 days from receipt of this notice to file a first-level appeal with the Appeals
Unit, PO Box 7720, Lansing, MI 48909, fax (517) 555-0148.
""",
    "denial/first-level-dismissal-2026-10-20.txt": """
COVENANT BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION                Date: 10/20/2026
Member: Ignatius Ferreira-Holm   Claim CBA-26-0716-048831   Representative: Bernadette Okonkwo-Reyes, RN
Your appeal was received on 10/02/2026, more than 60 days after the date of the denial notice (07/24/2026). Appeals
must be filed within 60 days (Plan Document Section 10.3). Your appeal cannot be considered.
You may request a second-level review of this decision within 60 days of receiving it.
""",
    "other/plan-document-2026-section-10-excerpt.txt": """
GREAT LAKES SYNOD BENEFIT PLAN (FICTIONAL) - PLAN DOCUMENT 2026 (excerpt)            Page 64 of 97
This Plan Document is effective January 1, 2026 and replaces all earlier versions.
Section 10.3 Filing an appeal
You or your authorized representative have 180 days after you receive notice of an adverse benefit determination to
file a first-level appeal. A second-level appeal must be filed within 60 days after you receive the first-level
decision.
""",
    "other/plan-document-2024-section-10-stale.txt": """
GREAT LAKES SYNOD BENEFIT PLAN (FICTIONAL) - PLAN DOCUMENT 2024 (excerpt; replaced 01/01/2026)   Page 58 of 90
Section 10.3 Filing an appeal
An appeal must be filed within 60 days after the date of the notice of denial.
""",
    "other/fax-confirmation-2026-10-02.txt": """
LAKESHORE BEHAVIORAL HEALTH HOSPITAL (FICTIONAL) - FAX TRANSMISSION REPORT             10/02/2026 14:18
To: (517) 555-0148 Covenant Benefit Administrators Appeals Unit   Pages: 23   Result: OK
Document: first-level appeal, Ignatius Ferreira-Holm, claim CBA-26-0716-048831.
""",
    "other/authorized-representative-form-2026-09-28.txt": """
GREAT LAKES SYNOD BENEFIT PLAN (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION        Signed: 09/28/2026
I, Ignatius Ferreira-Holm, name Bernadette Okonkwo-Reyes, RN, of Lakeshore Behavioral Health Hospital, to act for
me in all appeals of claim CBA-26-0716-048831. Signed: Ignatius Ferreira-Holm.
""",
    "clinical/iop-discharge-summary-2026-06-12.txt": """
LAKESHORE BEHAVIORAL HEALTH HOSPITAL (FICTIONAL) - ADULT IOP DISCHARGE SUMMARY           Date: 06/12/2026
Patient: Ignatius Ferreira-Holm   DOB 05/14/1982   Page 1 of 1
IOP three days a week, 05/04/2026-06/12/2026. PHQ-9 17 at start, 23 on 06/10/2026. Came to the emergency department
06/12/2026 with suicidal ideation with a plan. Discharged from IOP to PHP (admission 06/15/2026).
""",
    "clinical/php-admission-assessment-2026-06-15.txt": """
LAKESHORE BEHAVIORAL HEALTH HOSPITAL (FICTIONAL) - PHP ADMISSION ASSESSMENT               Date: 06/15/2026
Patient: Ignatius Ferreira-Holm   DOB 05/14/1982   Page 1 of 1
Bipolar II disorder, current episode depressed (F31.81), episode since 02/2026. PHQ-9 23. Suicidal ideation with a
plan on 06/12/2026; safety plan today.
Medication: lamotrigine 200 mg since 2020, continue. Lurasidone 40 mg 03-04/2026, stopped after 4 weeks for
akathisia. Quetiapine 50 mg at bedtime for sleep since 04/2026. Earlier episode: PHP at another hospital 09-10/2019,
response.
""",
    "clinical/php-discharge-summary-2026-07-10.txt": """
LAKESHORE BEHAVIORAL HEALTH HOSPITAL (FICTIONAL) - PHP DISCHARGE SUMMARY                 Date: 07/10/2026
Patient: Ignatius Ferreira-Holm   Page 1 of 1
PHP 06/15/2026-07/10/2026, five days a week. PHQ-9 23 -> 13. No suicidal ideation since 06/24/2026. Step down to the
IOP from 07/13/2026.
""",
    "clinical/php-group-attendance-2026-06-22.txt": """
LAKESHORE BEHAVIORAL HEALTH HOSPITAL (FICTIONAL) - PHP GROUP ATTENDANCE                  Date: 06/22/2026
I. Ferreira-Holm present (3 groups); L. Vantongeren present (2 groups); A. Quimby absent.
""",
}

TRUTH = r"""
# 05 - Church plan (self-funded): a PHP claim's first-level appeal dismissed as filed after "60 days"; the plan document gives 180; second level by the hospital's UR nurse as authorized representative (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ignatius Ferreira-Holm, 44 (DOB 05/14/1982), in a **self-funded church plan** (not ERISA; 2,600 employees), was in
  an adult **PHP 06/15-07/10/2026** after he **worsened in an IOP** (05/04-06/12/2026; PHQ-9 17 -> 23) and came to
  the emergency department on **06/12/2026 with suicidal ideation with a plan**. Claim **CBA-26-0716-048831** was
  denied on **07/24/2026** ("needs could be met in an intensive outpatient program", CO-50).
- The denial notice said **180 days**. The first-level appeal was faxed and received **10/02/2026** (fax report),
  **70 days** after the notice. On **10/20/2026** the administrator **dismissed** it as filed after "60 days (Plan
  Document Section 10.3)".
- The **2026 Plan Document**, effective 01/01/2026 and replacing earlier versions, **Section 10.3 gives 180 days**.
  The 60-day wording is the **2024** Plan Document's, replaced. The appeal was timely; its merits were never decided.
- **Rule and stage:** church plan: claims and appeals under 26 CFR 54.9815-2719, which applies the ERISA claims
  rule's standards by reference (at least 180 days, 29 CFR 2560.503-1(h)(3)(i), applied through it). **Second level**,
  answering the 10/20/2026 decision, within 60 days of receiving it: **by 12/19/2026** counted from its date (13
  days left on 12/06/2026). A plan that did not follow the claims rules may be treated as having exhausted its
  appeals (26 CFR 54.9815-2719(b)(2)(ii)(F)), opening federal external review.
- **Author:** the hospital's RN appeals coordinator, his authorized representative (designation of 09/28/2026),
  writing about "Mr. Ferreira-Holm".

## Deliberately unknown
- Whether the plan is grandfathered: not stated; a letter may not assume either way.
- The billed amount: not in the case.
- Why the administrator applied the 2024 wording: not known; a letter may ask.
- The text of criteria BH-PHP-A2 is not enclosed (only the notice's words for criterion 3); a letter may ask for it
  and must not quote criteria it does not have.

## Traps
- **Date and plan document first.** The winning point is that the first-level appeal was timely (day 70 of 180),
  under the plan's own 2026 Section 10.3 and the notice's own words; the dismissal must be reversed and the merits
  decided. The merits follow, second.
- **Stage:** this is the **second level**, answering the **10/20/2026 dismissal**, not the 07/24 denial alone; name the
  level.
- **Stale document:** the 2024 Plan Document's 60 days is replaced; never concede "60 days".
- **IOP was already tried** and he worsened: the "IOP could meet needs" ground is contradicted by the record; the IOP
  is not an untried alternative.
- **Drugs:** lamotrigine is a mood stabilizer, continued (not an antidepressant trial, not "failed"); quetiapine
  50 mg is a sleep dose; lurasidone was an intolerance (4 weeks); the **2019 PHP was a response in an earlier
  episode**.
- **Suicidality:** ideation with a plan on 06/12/2026; none since 06/24/2026; nothing present now.
- **Other people:** the group attendance sheet names two other patients (Vantongeren, Quimby).
- **Wrong law:** a church plan is not under ERISA as its governing law: no "ERISA section 502", no Department of Labor
  or EBSA complaint, no 29 CFR 2560.503-1 cited as the plan's own governing rule; no state insurance department
  (self-funded). Parity (26 CFR 54.9812-1) may be raised; 2,600 employees is over 50.
- **Voice:** the representative writes about Mr. Ferreira-Holm; never "I" as the patient.

## Arguments a strong letter makes (strongest first)
1. The first-level appeal was timely: received 10/02/2026, 70 days after the 07/24/2026 notice, within the 180 days
   of the 2026 Plan Document Section 10.3 (in force since 01/01/2026) and of the notice itself. Reverse the
   dismissal and decide the appeal on its merits.
2. On the merits: the IOP the denial names was tried 05/04-06/12/2026 and he worsened, with suicidal ideation with a
   plan on 06/12; the PHP gave a partial response (PHQ-9 23 -> 13) and he stepped down to IOP on 07/13. Pay the claim.
3. A dismissal on a replaced rule is a failure to follow the plan's claims procedure: if the plan does not decide the
   merits, he may be treated as having exhausted the internal appeals and may ask for external review.

## What a letter must NOT say
- "60 days" as the plan's limit; "late"; "untimely"; "we missed the deadline".
- "first-level appeal" as what this letter is; quoting only the 07/24 notice as the decision appealed.
- "ERISA section 502", "Department of Labor", "EBSA", "state insurance department".
- "failed lamotrigine"; quetiapine as a trial; "failed the 2019 PHP"; "has not tried IOP"; "current suicidal
  ideation".
- "Vantongeren", "Quimby".
- "I" as the patient; "my PHP".
"""

ANSWERS = [
    ("denial/claim-denial-notice-2026-07-24.txt", "You have 180 days from receipt of this notice"),
    ("denial/first-level-dismissal-2026-10-20.txt", "Appeals\nmust be filed within 60 days (Plan Document Section 10.3)"),
    ("denial/first-level-dismissal-2026-10-20.txt", "within 60 days of receiving it"),
    ("other/plan-document-2026-section-10-excerpt.txt", "effective January 1, 2026 and replaces all earlier versions"),
    ("other/plan-document-2026-section-10-excerpt.txt", "have 180 days after you receive notice"),
    ("other/plan-document-2024-section-10-stale.txt", "replaced 01/01/2026"),
    ("other/fax-confirmation-2026-10-02.txt", "10/02/2026 14:18"),
    ("clinical/iop-discharge-summary-2026-06-12.txt", "PHQ-9 17 at start, 23 on 06/10/2026"),
    ("clinical/php-discharge-summary-2026-07-10.txt", "No suicidal ideation since 06/24/2026"),
    ("other/authorized-representative-form-2026-09-28.txt", "to act for\nme in all appeals"),
    ("case.yaml", "stage: second level"),
    ("case.yaml", "next_deadline: 2026-12-19"),
    ("truth", "**70 days** after the notice"),
    ("truth", "answering the **10/20/2026 dismissal**"),
    ("truth", "lamotrigine is a mood stabilizer, continued"),
    ("truth", "never concede \"60 days\""),
]
