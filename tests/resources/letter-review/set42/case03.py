SLUG = "03-state-employees-self-funded-residential-authorized-days-retro-denied-second-level-mother"

CASE_YAML = r'''
# FICTIONAL CASE (set 42, case 03) - every person, plan, administrator, provider, number and address is invented.
# A state employees' plan, self-funded (governmental, not ERISA). Tobias Renwick, 24, covered as his mother's
# dependent, was in residential treatment 09/14-10/30/2026. The plan authorized 09/14-10/20 on concurrent review,
# then denied 10/06-10/30 on retrospective review as "could be treated in PHP; stepped down 10/06". Its own plan
# document (Section 6.7) forbids retroactive denial of authorized care, and no PHP had an opening before 11/02.
# The first level upheld the denial (11/03/2026); his mother, authorized, brings the second level.
patient:
  name: Tobias Renwick
  salutation: Mr. Renwick
  date_of_birth: 2002-03-19
  member_id: FICT-PSE-660214-02
  address: |-
    2215 Elm Street North
    Fargo, ND 58102
  phone: (701) 555-0119
insurer:
  name: Prairie State Employees' Health Program, administered by Meridian Plains Administrators (FICTIONAL)
  appeals_address: |-
    Meridian Plains Administrators - Second Level Appeals (FICTIONAL)
    PO Box 2290
    Bismarck, ND 58502
  fax: (701) 555-0152
claim:
  number: MPA-26-1104-30917
  plan_type: governmental
  funding: self_funded
  employees: 14200
  notice_date: 2026-10-16
  stage: second level
  service_dates: [2026-10-06, 2026-10-30]
  setting: residential
  revenue_codes: ["1001"]
  procedure_codes: [H0019]
  diagnosis_codes: [F33.2, F43.10]
  denial_reason: >-
    Retrospective review: residential treatment from 10/06/2026 is not medically necessary. The member was stepped
    down to partial hospitalization on 10/06/2026 and could be treated at that level.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  coding_correct: true
  action: none
decisions:
  - date: 2026-11-03
    outcome: denied
    stage: first level appeal
    opens: second level
    next_deadline: 2027-01-02
    reason: >-
      The first-level appeal is denied. Residential days from 10/06/2026 were reviewed retrospectively and did not
      meet criteria; the member was stepped down to partial hospitalization on 10/06/2026. You may request a second
      level appeal within 60 days of this letter.
    corrections:
      - said: the member was stepped down to partial hospitalization on 10/06/2026
        record: >-
          The residential program's discharge summary shows he stayed in residential treatment through 10/30/2026 and
          was discharged to a partial hospitalization program that first opened a place on 11/02/2026.
        file: clinical/residential-discharge-summary-2026-10-30.txt
        page: 1
prior_auth:
  approved:
    number: concurrent review authorization RTC-26-0914-2231
    date: 2026-10-02
    covers: residential mental health treatment, 09/14/2026 through 10/20/2026 (37 days)
    quote: "Authorized: residential treatment (revenue code 1001), 09/14/2026 through 10/20/2026. Next review 10/19/2026."
    file: other/concurrent-review-authorization-2026-10-02.txt
    from: 2026-09-14
    through: 2026-10-20
    lines:
      - {code: ["1001"], units: 37, given: 37}
  requested_on: 2026-10-19
  never_decided: true
  proof: other/extension-request-fax-confirmation-2026-10-19.txt
  reference: RTC-26-0914-2231-EXT
plan_policy:
  name: Prairie State Employees' Health Program Plan Document 2026, Section 6.7 "Authorized care"
  number: Section 6.7
  quote: >-
    When we authorize a level of care for a stated period, we will not later deny that care for the authorized
    period on the ground that it was not medically necessary, unless the authorization was obtained with information
    that was materially false. A request to extend an authorization is decided before the authorized period ends.
  file: other/plan-document-2026-section-6-excerpt.txt
alternatives:
  - treatment: Partial hospitalization
    level: partial hospitalization
    name: Red River Partial Hospitalization Program (FICTIONAL)
    first_opening: 2026-11-02
    why_not: No opening until 11/02/2026; placed on the waitlist 10/05/2026
    proof: clinical/residential-discharge-summary-2026-10-30.txt
treatment:
  name: Residential mental health treatment, 10/06/2026 through 10/30/2026 (25 days)
  summary: >-
    Residential treatment after a suicide attempt, for severe recurrent depression with posttraumatic stress
    disorder; 15 of the 25 days denied fall inside the plan's own authorization.
clinical:
  severity: PHQ-9 26 and PCL-5 58 on 09/14/2026; PHQ-9 17 on 10/20/2026; PHQ-9 12 on 10/30/2026
  severity_date: 2026-10-30
  suicidality: attempt
  suicidality_date: 2026-09-10
  response: PHQ-9 26 (09/14/2026) to 17 (10/20/2026) to 12 (10/30/2026)
  response_level: partial
  history:
    - drug: Fluoxetine
      dose: 60 mg daily
      start: 2025-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/residential-discharge-summary-2026-10-30.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily
      start: 2026-09
      ongoing: true
      kind: augmentation
      outcome: Started 09/2026 in the program; continued
      evidence: {file: clinical/residential-discharge-summary-2026-10-30.txt, page: 1}
    - drug: Lithium
      dose: 900 mg daily
      start: 2026-04
      end: 2026-05
      weeks: 3
      kind: augmentation
      adequate: false
      outcome: Stopped after 3 weeks for tremor (intolerance, not an adequate trial)
      evidence: {file: clinical/residential-discharge-summary-2026-10-30.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed for sleep
      start: 2026-09
      ongoing: true
      kind: other
      outcome: Sleep aid only; not a trial
      evidence: {file: clinical/residential-discharge-summary-2026-10-30.txt, page: 1}
    - drug: Cognitive behavioral therapy (outpatient)
      dose: 14 weekly sessions
      start: 2019-01
      end: 2019-04
      sessions: 14
      kind: psychotherapy
      response: response
      outcome: Response in an earlier episode (2019)
      evidence: {file: clinical/residential-discharge-summary-2026-10-30.txt, page: 1}
author:
  name: Celeste Renwick
  role: Mother of the patient, the plan's employee member; authorized representative
  relation: representative
  authorization: other/authorization-to-represent-2026-11-10.txt
  address: |-
    2215 Elm Street North
    Fargo, ND 58102
  phone: (701) 555-0118
  email: celeste.renwick@mail.example
provider:
  name: Cottonwood Ridge Residential Treatment Center
  credentials: Licensed residential mental health facility
  npi: "1033568860"
  address: |-
    7100 Sheyenne Street
    West Fargo, ND 58078
  phone: (701) 555-0137
record_dates:
  - file: clinical/residential-discharge-summary-2026-10-30.txt
    date: 2026-10-30
bates_prefix: RENWICK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/explanation-of-benefits-2026-10-16.txt": '''
MERIDIAN PLAINS ADMINISTRATORS (FICTIONAL) for the Prairie State Employees' Health Program (self-funded)
EXPLANATION OF BENEFITS                                                  Date: 10/16/2026
Member: Tobias Renwick   DOB 03/19/2002   ID FICT-PSE-660214-02 (dependent of Celeste Renwick)
Provider: Cottonwood Ridge Residential Treatment Center   Claim MPA-26-1104-30917 (interim bill)
09/14/2026-10/05/2026  Rev 1001 x22 days   Paid under authorization RTC-26-0914-2231
10/06/2026-10/30/2026  Rev 1001 x25 days   Denied
Retrospective review: residential treatment from 10/06/2026 is not medically necessary. The member was stepped down
to partial hospitalization on 10/06/2026 and could be treated at that level.
You may appeal within 180 days of receiving this notice.
''',
"denial/first-level-appeal-decision-2026-11-03.txt": '''
MERIDIAN PLAINS ADMINISTRATORS (FICTIONAL) - FIRST LEVEL APPEAL DECISION                  Date: 11/03/2026
Member: Tobias Renwick   Claim MPA-26-1104-30917
The first-level appeal is denied. Residential days from 10/06/2026 were reviewed retrospectively and did not meet
criteria; the member was stepped down to partial hospitalization on 10/06/2026. You may request a second level
appeal within 60 days of this letter. After the second level, you may ask for external review.
''',
"other/concurrent-review-authorization-2026-10-02.txt": '''
MERIDIAN PLAINS ADMINISTRATORS (FICTIONAL) - UTILIZATION REVIEW                           Date: 10/02/2026
Member: Tobias Renwick   Provider: Cottonwood Ridge Residential Treatment Center
Reference RTC-26-0914-2231
Authorized: residential treatment (revenue code 1001), 09/14/2026 through 10/20/2026. Next review 10/19/2026.
''',
"other/extension-request-fax-confirmation-2026-10-19.txt": '''
COTTONWOOD RIDGE RESIDENTIAL (FICTIONAL) - FAX TRANSMISSION REPORT          10/19/2026 10:42
To: Meridian Plains Utilization Review, fax (701) 555-0153   Pages: 9   Result: OK
Re: RTC-26-0914-2231-EXT, request to extend residential authorization from 10/21/2026, clinical update enclosed.
[Program note 10/26/2026: no decision received; UR line says "pended for review".]
''',
"other/plan-document-2026-section-6-excerpt.txt": '''
PRAIRIE STATE EMPLOYEES' HEALTH PROGRAM (FICTIONAL) - PLAN DOCUMENT 2026 (excerpt)          Page 1 of 1
Section 6.7 Authorized care. When we authorize a level of care for a stated period, we will not later deny that care
for the authorized period on the ground that it was not medically necessary, unless the authorization was obtained
with information that was materially false. A request to extend an authorization is decided before the authorized
period ends.
''',
"other/plan-document-2024-section-6-stale.txt": '''
PRAIRIE STATE EMPLOYEES' HEALTH PROGRAM (FICTIONAL) - PLAN DOCUMENT 2024 (excerpt)   [superseded 01/01/2025]
Section 6.7 Review of care. All claims are subject to retrospective review for medical necessity.
''',
"clinical/residential-discharge-summary-2026-10-30.txt": '''
COTTONWOOD RIDGE RESIDENTIAL TREATMENT CENTER (FICTIONAL) - DISCHARGE SUMMARY               Date: 10/30/2026
Patient: Tobias Renwick   DOB 03/19/2002   Page 1 of 1
Admitted 09/14/2026 after a suicide attempt by overdose on 09/10/2026 (medical admission 09/10-09/13).
Diagnoses: major depressive disorder, recurrent, severe (F33.2); posttraumatic stress disorder (F43.10).
Course: PHQ-9 26, PCL-5 58 on admission; PHQ-9 17 on 10/20; PHQ-9 12 at discharge. Remained in residential care
through 10/30/2026. Placed on the Red River PHP waitlist 10/05/2026; first opening 11/02/2026; discharged to it.
Medication: fluoxetine 60 mg since 11/2025, partial response, continued; aripiprazole 5 mg added 09/2026,
continued; hydroxyzine 25 mg at bedtime as needed for sleep. Past: lithium 900 mg 04-05/2026, stopped after
3 weeks for tremor. Earlier episode: outpatient CBT, 14 sessions, 2019, response.
Group therapy note excerpt 10/12: "T.R. and J.M. co-led check-in" (J.M. is another resident).
''',
"other/authorization-to-represent-2026-11-10.txt": '''
AUTHORIZATION OF REPRESENTATIVE (FICTIONAL)                                               Date: 11/10/2026
I, Tobias Renwick, authorize my mother, Celeste Renwick, to appeal for me with Meridian Plains Administrators and
the Prairie State Employees' Health Program and to receive my health records for that purpose.
Signed: Tobias Renwick
''',
}

TRUTH = r'''
# 03 - State employees' self-funded plan: residential days the plan itself authorized denied on retrospective review; second level, by the patient's mother (FICTIONAL)

All people, plans, administrators, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tobias Renwick, 24 (DOB 03/19/2002), his mother's dependent in the **Prairie State Employees' Health Program**
  (self-funded state plan; governmental, not ERISA), was in **residential treatment 09/14/2026-10/30/2026** after a
  **suicide attempt on 09/10/2026** (F33.2, F43.10).
- The plan's concurrent review authorized residential care **09/14/2026 through 10/20/2026** (RTC-26-0914-2231, letter
  of 10/02/2026). An extension from 10/21 was faxed **10/19/2026** (RTC-26-0914-2231-EXT) and **never decided**.
- The EOB of **10/16/2026** paid 09/14-10/05 and denied **10/06-10/30 (25 days)** on retrospective review, saying he
  "was stepped down to partial hospitalization on 10/06/2026"; the first-level decision of **11/03/2026** repeated it.
- The record: he stayed in residential care through 10/30; the PHP had **no opening until 11/02/2026**.
- **Plan Document 2026, Section 6.7**: authorized care is not later denied as not medically necessary for the
  authorized period (unless obtained with materially false information), and an extension request is decided before
  the authorized period ends. 15 of the 25 days denied (10/06-10/20) fall inside the authorization.
- **Rule and stage:** a governmental plan: 45 CFR 147.136(b)(2) (applying the ERISA claims rule's standards); second
  level within **60 days of the 11/03/2026 decision: by 01/02/2027**; then external review (45 CFR 147.136(c)-(d)).
- **Author:** his mother, with his written authorization (he is an adult); she writes about "Mr. Renwick" / "my son".

## Deliberately unknown
- Whether any information given for the authorization was false: nothing suggests it; a letter must not raise it.
- The amounts billed or allowed: not in the case.
- Who decided the retrospective review, and with what criteria: not named; a letter may ask.

## Traps
- **Plan document wins first:** Section 6.7 and the authorization through 10/20, not a medical argument.
- **Decision's wrong statement:** "stepped down to partial hospitalization on 10/06/2026": false.
- **Stale document:** the 2024 plan document (all claims subject to retrospective review) was superseded 01/01/2025.
- **Other person:** "J.M." in the group note is another resident.
- **Drugs still taken:** fluoxetine (partial response) and aripiprazole continue: never "failed" or "stopped".
  **Lithium** was stopped after 3 weeks for tremor: an intolerance, not an adequate trial. **Hydroxyzine** is for
  sleep. **CBT in 2019** brought a response in an earlier episode: never a failure.
- **Suicidality:** an attempt on 09/10/2026 (history with its date), not a present attempt.
- **Residential is not inpatient or hospital care.** The PHP waitlist is not a network gap.
- **Stage:** second level; it quotes the 11/03/2026 decision, not only the EOB.
- **Wrong law:** ERISA is not the governing law (no "ERISA", "EBSA", "Department of Labor"); no MHPAEA claim that the
  plan opted out (unknown); no contra proferentem stated as law.

## Arguments a strong letter makes (strongest first)
1. The plan authorized residential care through **10/20/2026**; Section 6.7 forbids denying authorized care for that
   period as not medically necessary: pay 10/06-10/20 (15 days).
2. The extension request of 10/19/2026 was never decided, though Section 6.7 requires a decision before the period
   ends; decide 10/21-10/30 now on its merits.
3. Correct the decisions' statement that he was stepped down on 10/06: he stayed in residential care; the PHP first
   opened a place on 11/02/2026, after the last day denied.
4. On the merits for 10/21-10/30: an attempt on 09/10/2026, PHQ-9 17 on 10/20, partial response only.

## What a letter must NOT say
- "stepped down on 10/06" as true; "inpatient", "hospital stay"; "network gap"; "out-of-network exception".
- "ERISA" as governing law, "EBSA", "Department of Labor"; "all claims are subject to retrospective review".
- "J.M."; "failed fluoxetine", "stopped fluoxetine", "failed lithium", hydroxyzine as a trial, "failed CBT".
- "active suicidal ideation" now; any amount billed or paid.
'''

ANSWERS = [
    ("plan type", "self-funded", "denial/explanation-of-benefits-2026-10-16.txt"),
    ("days denied", "10/06/2026-10/30/2026  Rev 1001 x25 days   Denied", "denial/explanation-of-benefits-2026-10-16.txt"),
    ("decision's wrong statement", "stepped down to partial hospitalization on 10/06/2026", "denial/first-level-appeal-decision-2026-11-03.txt"),
    ("first-level decision date", "11/03/2026", "denial/first-level-appeal-decision-2026-11-03.txt"),
    ("second-level window", "within 60 days of this letter", "denial/first-level-appeal-decision-2026-11-03.txt"),
    ("second-level deadline", "by 01/02/2027", "truth"),
    ("authorized period", "09/14/2026 through 10/20/2026", "other/concurrent-review-authorization-2026-10-02.txt"),
    ("authorization number", "RTC-26-0914-2231", "other/concurrent-review-authorization-2026-10-02.txt"),
    ("plan rule", "we will not later deny that care for the authorized period", "other/plan-document-2026-section-6-excerpt.txt"),
    ("extension request date", "10/19/2026", "other/extension-request-fax-confirmation-2026-10-19.txt"),
    ("PHP first opening", "first opening 11/02/2026", "clinical/residential-discharge-summary-2026-10-30.txt"),
    ("attempt date", "suicide attempt by overdose on 09/10/2026", "clinical/residential-discharge-summary-2026-10-30.txt"),
    ("intolerance", "stopped after 3 weeks for tremor", "clinical/residential-discharge-summary-2026-10-30.txt"),
    ("drug still taken", "fluoxetine 60 mg since 11/2025, partial response, continued", "clinical/residential-discharge-summary-2026-10-30.txt"),
    ("stale document", "superseded 01/01/2025", "other/plan-document-2024-section-6-stale.txt"),
    ("other person", "J.M. is another resident", "clinical/residential-discharge-summary-2026-10-30.txt"),
]
