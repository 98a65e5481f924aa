SLUG = "06-self-funded-erisa-perinatal-php-no-si-said-iop-waitlist-second-level-licsw"

CASE_YAML = r'''
# FICTIONAL CASE (set 54, case 06) - every person, plan, administrator, provider, number and address is invented.
# A self-funded employer plan (ERISA, 2,600 employees, Wisconsin) denied perinatal PHP days 10/19-10/30/2026 as
# "no suicidal ideation in 7 days; IOP appropriate"; the first level upheld, adding "no suicidal ideation documented
# since admission". The record shows passive ideation on 10/16 and 10/22, and the only in-network perinatal IOP had
# no opening until 11/09. Her treating therapist (LICSW) writes the second-level appeal.
patient:
  name: Rosalind Ferreira-Vance
  salutation: Ms. Ferreira-Vance
  date_of_birth: 1994-01-12
  member_id: FICT-BCM-61190354
  address: |-
    2215 Kinnickinnic Avenue
    Milwaukee, WI 53207
  phone: (414) 555-0122
insurer:
  name: Brewcity Manufacturing Employee Health Plan, administered by Lakeshore Claims Services (FICTIONAL)
  appeals_address: |-
    Lakeshore Claims Services - Second Level Appeals (FICTIONAL)
    PO Box 5520
    Milwaukee, WI 53201
  fax: (414) 555-0164
claim:
  number: LCS-26-1102-88410
  plan_type: employer_erisa
  funding: self_funded
  employees: 2600
  stage: second level
  notice_date: 2026-10-28
  service_dates: [2026-10-19, 2026-10-30]
  setting: partial_hospitalization
  procedure_codes: [H0035]
  revenue_codes: ["0913"]
  diagnosis_codes: [F53.0]
  carc_codes: [CO-50]
  denial_reason: >-
    Continued partial hospitalization from 10/19/2026 is not medically necessary under BH-PHP-9 criterion 2: no
    suicidal ideation in the past 7 days. Intensive outpatient treatment is appropriate.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
  reviewer: {name: "Dr. Hal Brisbane", specialty: emergency medicine}
employer:
  name: Brewcity Manufacturing Company, Benefits Office (FICTIONAL)
  address: |-
    900 West Canal Street
    Milwaukee, WI 53233
decisions:
  - date: 2026-11-13
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-12
    reason: >-
      The denial is upheld. No suicidal ideation was documented since admission. Intensive outpatient treatment was
      available and appropriate.
    corrections:
      - said: No suicidal ideation was documented since admission.
        record: >-
          The PHP daily notes record passive suicidal ideation without plan or intent on 10/16/2026 and again on
          10/22/2026.
        file: clinical/php-daily-notes-2026-10-16-to-10-30.txt
        page: 1
alternatives:
  - level: intensive outpatient
    name: Lakeshore Maternal Mental Health IOP (the plan's only in-network perinatal IOP)
    first_opening: 2026-11-09
    why_not: >-
      Called 10/14/2026 and 10/21/2026; full, with a waitlist; first opening 11/09/2026, after the last day denied.
    proof: clinical/discharge-planning-notes-2026-10-14.txt
plan_policy:
  name: Lakeshore Behavioral Health Guideline BH-PHP-9, Partial Hospitalization (continued stay)
  number: BH-PHP-9
  quote: >-
    Continued partial hospitalization is medically necessary when: 1. the member continues to meet admission
    criteria; 2. suicidal ideation, self-harm or a danger to others has occurred within the past 7 days, or the
    member's functioning would deteriorate at a lower level of care; 3. the member is participating in treatment.
  file: other/guideline-bh-php-9-excerpt.txt
payer_criteria:
  - criterion: "1. The member continues to meet admission criteria."
    how_met: "Postpartum depression, severe; EPDS 21 on 10/19/2026."
    met: true
    evidence: {file: clinical/php-daily-notes-2026-10-16-to-10-30.txt, page: 1}
  - criterion: "2. Suicidal ideation, self-harm or a danger to others has occurred within the past 7 days, or functioning would deteriorate at a lower level of care."
    how_met: "Passive suicidal ideation on 10/16/2026 (3 days before 10/19) and on 10/22/2026."
    met: true
    evidence: {file: clinical/php-daily-notes-2026-10-16-to-10-30.txt, page: 1}
  - criterion: "3. The member is participating in treatment."
    how_met: "Attended every program day, 10/19-10/30/2026."
    met: true
    evidence: {file: clinical/php-daily-notes-2026-10-16-to-10-30.txt, page: 1}
treatment:
  name: Perinatal partial hospitalization program (PHP), 10/19/2026-10/30/2026
  summary: >-
    Continued days of a mother-baby partial hospitalization program for severe postpartum depression with passive
    suicidal ideation, until the in-network perinatal IOP could take her.
  plan: >-
    Program 5 days a week, 6 hours a day, with the infant in the nursery; daily safety assessment; step down to the
    perinatal IOP at its first opening (11/09/2026).
clinical:
  severity: EPDS 21 on 10/19/2026; EPDS 16 on 10/30/2026
  severity_date: 2026-10-30
  suicidality: passive
  suicidality_date: 2026-10-22
  response: EPDS 21 (10/19/2026) to 16 (10/30/2026)
  response_level: partial
  episode_onset: 2026-08
  history:
    - drug: Sertraline
      dose: 100 mg daily (compatible with breastfeeding)
      start: 2026-08
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/php-daily-notes-2026-10-16-to-10-30.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed for sleep
      start: 2026-09
      ongoing: true
      kind: other
      outcome: Sleep as needed; not a treatment trial
      evidence: {file: clinical/php-daily-notes-2026-10-16-to-10-30.txt, page: 1}
    - drug: Individual psychotherapy (weekly, outpatient)
      dose: weekly 53-minute sessions
      start: 2026-09-01
      end: 2026-10-05
      kind: psychotherapy
      sessions: 5
      adequate: false
      outcome: EPDS rose from 15 to 22 over five weekly sessions; referred to PHP 10/06/2026
      evidence: {file: clinical/php-daily-notes-2026-10-16-to-10-30.txt, page: 1}
author:
  name: Imogen Takahashi-Reyes, LICSW
  role: treating therapist (licensed independent clinical social worker), perinatal PHP
  relation: clinician
  authorization: other/member-authorization-2026-11-18.txt
  address: |-
    Lakeshore Maternal Mental Health (FICTIONAL), 1800 North Prospect Avenue
    Milwaukee, WI 53202
  phone: (414) 555-0137
  email: itakahashi@lakeshore-mmh.example
provider:
  name: Lakeshore Maternal Mental Health Partial Hospitalization Program
  credentials: hospital-based perinatal PHP
  npi: "1658390277"
  address: |-
    1800 North Prospect Avenue
    Milwaukee, WI 53202
  phone: (414) 555-0137
copies: [employer]
record_dates:
  - file: clinical/php-daily-notes-2026-10-16-to-10-30.txt
    date: 2026-10-30
  - file: clinical/discharge-planning-notes-2026-10-14.txt
    date: 2026-10-21
bates_prefix: FERREIRAVANCE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/notice-of-denial-2026-10-28.txt": """
LAKESHORE CLAIMS SERVICES (FICTIONAL) for BREWCITY MANUFACTURING EMPLOYEE HEALTH PLAN - NOTICE OF DENIAL  Date: 10/28/2026
Member: Rosalind Ferreira-Vance   ID FICT-BCM-61190354   Claim LCS-26-1102-88410 (H0035, revenue code 0913)
Perinatal partial hospitalization 10/19/2026-10/30/2026: denied, CARC 50. Continued partial hospitalization from
10/19/2026 is not medically necessary under BH-PHP-9 criterion 2: no suicidal ideation in the past 7 days.
Intensive outpatient treatment is appropriate. Reviewer: Dr. Hal Brisbane (emergency medicine).
Days 10/07-10/18/2026 were approved and are not part of this notice. You may appeal within 180 days.
""",
"denial/first-level-decision-2026-11-13.txt": """
LAKESHORE CLAIMS SERVICES (FICTIONAL) - FIRST LEVEL APPEAL DECISION                          Date: 11/13/2026
Member: Rosalind Ferreira-Vance   Claim LCS-26-1102-88410
The denial is upheld. No suicidal ideation was documented since admission. Intensive outpatient treatment was
available and appropriate.
You may request a second level appeal within 60 days of this decision (by 01/12/2027): Second Level Appeals,
PO Box 5520, Milwaukee, WI 53201, fax (414) 555-0164. After it you may ask for external review.
""",
"clinical/php-daily-notes-2026-10-16-to-10-30.txt": """
LAKESHORE MATERNAL MENTAL HEALTH PHP (FICTIONAL) - DAILY NOTES (summary)   10/16/2026-10/30/2026   Page 1 of 1
Patient: Rosalind Ferreira-Vance   DOB 01/12/1994   Admitted 10/07/2026   Infant born 08/03/2026
Diagnosis: postpartum depression, severe (F53.0); onset 08/2026. Before admission: five weekly outpatient therapy
sessions 09/01-10/05/2026, EPDS 15 to 22; referred to PHP 10/06/2026.
10/16/2026: passive suicidal ideation ("they would be better off without me"), no plan, no intent; safety plan.
10/19/2026: EPDS 21. Attended.
10/22/2026: passive suicidal ideation again, no plan or intent; safety plan reviewed with partner.
10/19-10/30/2026: attended every program day. 10/30/2026: EPDS 16; no suicidal ideation that day.
Medications: sertraline 100 mg daily since 08/2026 (compatible with breastfeeding), partial response, continued;
hydroxyzine 25 mg at bedtime as needed for sleep since 09/2026.
""",
"clinical/discharge-planning-notes-2026-10-14.txt": """
LAKESHORE MATERNAL MENTAL HEALTH PHP (FICTIONAL) - DISCHARGE PLANNING NOTES        10/14/2026 and 10/21/2026
10/14/2026: called Lakeshore Maternal Mental Health IOP (in network): full; waitlist; no date.
10/21/2026: called again: first opening 11/09/2026. General adult IOP not appropriate: no infant care, 
postpartum focus absent. Plan: continue PHP until the perinatal IOP opening. - I. Takahashi-Reyes, LICSW
""",
"other/guideline-bh-php-9-excerpt.txt": """
LAKESHORE BEHAVIORAL HEALTH GUIDELINE BH-PHP-9 (FICTIONAL) - CONTINUED STAY - excerpt
Continued partial hospitalization is medically necessary when: 1. the member continues to meet admission
criteria; 2. suicidal ideation, self-harm or a danger to others has occurred within the past 7 days, or the member's
functioning would deteriorate at a lower level of care; 3. the member is participating in treatment.
""",
"other/member-authorization-2026-11-18.txt": """
AUTHORIZED REPRESENTATIVE DESIGNATION (FICTIONAL)                                         Signed 11/18/2026
I, Rosalind Ferreira-Vance, designate Imogen Takahashi-Reyes, LICSW, to file the second level appeal of claim
LCS-26-1102-88410 for me and to receive my records for it.
""",
"other/iop-screening-2025-other-program.txt": """
NORTHPOINT ADULT IOP (FICTIONAL) - SCREENING FORM                                              Dated 03/11/2025
Screened: R. Ferreira (DOB 06/21/1988) - "appropriate for adult IOP".
[A 2025 screening of another person with a similar name at another program; filed here by mistake.]
""",
}

TRUTH = r'''
# 06 - Self-funded ERISA plan: perinatal PHP days denied as "no suicidal ideation"; second level by the treating LICSW (FICTIONAL)

All people, plans, administrators, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Rosalind Ferreira-Vance, 32, on her employer's **self-funded ERISA plan** (2,600 employees, WI), with **severe
  postpartum depression** (F53.0; infant born 08/03/2026), was in a **perinatal PHP** from 10/07/2026; days
  **10/19-10/30/2026** were denied (10/28/2026, CO-50) under **BH-PHP-9 criterion 2** ("no suicidal ideation in the
  past 7 days"); the **first-level decision of 11/13/2026** upheld, saying "No suicidal ideation was documented since
  admission" and that IOP "was available".
- Record: **passive suicidal ideation** without plan or intent on **10/16/2026** (3 days before 10/19) and
  **10/22/2026**; attended every day; EPDS 21 -> 16 (partial response).
- The plan's only in-network perinatal IOP was full; **first opening 11/09/2026**, after the last day denied
  (calls 10/14 and 10/21/2026).
- **Rule and stage:** ERISA claims rule 29 CFR 2560.503-1; **second level**, answering the **11/13/2026** decision,
  **by 01/12/2027**; federal external review next (29 CFR 2590.715-2719, self-funded). Parity (29 CFR 2590.712)
  applies (2,600 employees).
- **Author:** her treating therapist, an **LICSW** (a clinician who does not prescribe), with the member's written
  designation (11/18/2026); "I write as Ms. Ferreira-Vance's treating therapist".

## Deliberately unknown
- Whether a general adult IOP had an opening: not in the case beyond "not appropriate"; a letter must not say no IOP
  of any kind existed.
- The billed amount: not in the case.
- The first-level reviewer's name and specialty: not given.

## Traps
- **Decision's wrong statement:** "no suicidal ideation documented since admission" - passive SI on 10/16 and 10/22.
- **Suicidality is passive**, without plan or intent: never "active" or "attempt". On 10/30 none that day.
- **Drugs:** sertraline continues (partial response; compatible with breastfeeding): never "failed"; hydroxyzine is
  for sleep as needed. Five weekly therapy sessions before PHP are psychotherapy, not a drug trial.
- **Other person:** the 2025 IOP screening is of another person (R. Ferreira, DOB 06/21/1988) at another program:
  never "she was found appropriate for IOP".
- **Partial response:** EPDS 21 -> 16 is improvement, not remission.
- **Days not appealed:** 10/07-10/18 were approved.
- **Voice:** a therapist: never "Dr.", "physician" or "prescriber".

## Arguments a strong letter makes (strongest first)
1. Criterion 2 is met on its own words: passive suicidal ideation on 10/16/2026 (within 7 days of 10/19) and on
   10/22/2026; correct the first-level decision's statement with the daily notes.
2. The lower level was not available: the in-network perinatal IOP's first opening was 11/09/2026, after the last
   day denied (discharge-planning notes); the plan of care stepped down at that opening.
3. Criteria 1 and 3 met; a reviewer in psychiatry (the first reviewer was in emergency medicine); documents under
   29 CFR 2560.503-1(h)(2)(iii).

## What a letter must NOT say
- "no suicidal ideation"; "active suicidal ideation"; "suicide attempt"; "remission".
- "appropriate for adult IOP"; "R. Ferreira"; "no IOP exists".
- "failed sertraline"; hydroxyzine as a trial.
- "Dr. Takahashi-Reyes", "as her physician", "as her prescriber".
- "45 CFR 147.136" as the external review rule for this self-funded plan; days 10/07-10/18 as denied.
'''

ANSWERS = [
    ("plan type", "employer_erisa", "case.yaml"),
    ("funding", "self_funded", "case.yaml"),
    ("days denied", "10/19/2026-10/30/2026: denied, CARC 50", "denial/notice-of-denial-2026-10-28.txt"),
    ("criterion", "BH-PHP-9 criterion 2: no suicidal ideation in the past 7 days", "denial/notice-of-denial-2026-10-28.txt"),
    ("decision appealed", "FIRST LEVEL APPEAL DECISION                          Date: 11/13/2026", "denial/first-level-decision-2026-11-13.txt"),
    ("wrong statement", "No suicidal ideation was documented since admission", "denial/first-level-decision-2026-11-13.txt"),
    ("SI 10/16", "10/16/2026: passive suicidal ideation", "clinical/php-daily-notes-2026-10-16-to-10-30.txt"),
    ("SI 10/22", "10/22/2026: passive suicidal ideation again, no plan or intent", "clinical/php-daily-notes-2026-10-16-to-10-30.txt"),
    ("IOP first opening", "first opening 11/09/2026", "clinical/discharge-planning-notes-2026-10-14.txt"),
    ("deadline", "by 01/12/2027", "denial/first-level-decision-2026-11-13.txt"),
    ("reviewer specialty", "Dr. Hal Brisbane (emergency medicine)", "denial/notice-of-denial-2026-10-28.txt"),
    ("attendance", "attended every program day", "clinical/php-daily-notes-2026-10-16-to-10-30.txt"),
    ("response", "EPDS 16", "clinical/php-daily-notes-2026-10-16-to-10-30.txt"),
    ("drug continued", "sertraline 100 mg daily since 08/2026 (compatible with breastfeeding), partial response, continued", "clinical/php-daily-notes-2026-10-16-to-10-30.txt"),
    ("author's designation", "designate Imogen Takahashi-Reyes, LICSW", "other/member-authorization-2026-11-18.txt"),
    ("other person's screening", "R. Ferreira (DOB 06/21/1988)", "other/iop-screening-2025-other-program.txt"),
]
