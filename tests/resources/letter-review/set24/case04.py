"""Set 24, case 04 (FICTIONAL): city employees' plan, 20-visit limit counted by claim lines; second level, psychologist."""

SLUG = "04-city-plan-psychotherapy-visit-limit-counted-by-lines-second-level-psychologist"

CASE_YAML = """
# FICTIONAL CASE (set 24, case 04) - every person, plan, provider, number and address is invented.
# City employees' plan, self-funded (North Carolina). A 14-year-old's psychotherapy visits of 07/23-10/01/2026 (six
# dates) were denied CO-119 "20 visits per calendar year reached". The plan's own SPD defines a visit as all services
# from one provider on one day; the administrator counted claim lines, so each day billed with the add-on code 90785
# counted twice. By the plan's definition the six dates are visits 15-20 of 2026. The first-level decision (11/12)
# repeated the count. The treating psychologist files the second-level appeal with the parents' consent.
patient:
  name: Amara Quintanilla-Beck
  salutation: Amara
  date_of_birth: 2012-06-03
  member_id: FICT-CBF-88120457-03
  address: |-
    1406 Dogwood Ridge Lane
    Brightwater Falls, NC 27513
  phone: (919) 555-0152
insurer:
  name: City of Brightwater Falls Employee Health Benefit Plan (FICTIONAL), administered by Piedmont Crest Benefit Services
  appeals_address: |-
    Piedmont Crest Benefit Services, Appeals for the City of Brightwater Falls Plan
    PO Box 33618
    Raleigh, NC 27636
  fax: (919) 555-0176
claim:
  number: CBF-26-0728-118204
  other_numbers: [CBF-26-0826-119377, CBF-26-0923-120551, CBF-26-1005-121120]
  plan_type: governmental
  funding: self_funded
  stage: second level
  notice_date: 2026-08-04
  service_dates: [2026-07-23, 2026-08-06, 2026-08-20, 2026-09-03, 2026-09-17, 2026-10-01]
  procedure_codes: [90834]
  diagnosis_codes: [F32.1, F41.1]
  carc_codes: [CO-119]
  denial_reason: >-
    CO-119: Benefit maximum for this time period has been reached. Outpatient mental health visits are limited to 20
    per calendar year.
  denial_category: benefit_limit
  not_appealed:
    - {date: 2026-07-09, code: 90834, why: paid by the plan on the same claim}
    - {date: 2026-07-09, code: 90785, why: paid by the plan on the same claim}
decisions:
  - date: 2026-11-12
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-11
    reason: >-
      The first-level appeal is denied. The member reached the plan's limit of 20 outpatient mental health visits for
      2026 on 07/09/2026, and 26 visits were billed through 10/01/2026. Visits 21 through 26 are not covered under the
      Schedule of Benefits.
    corrections:
      - said: "The member reached the plan's limit of 20 outpatient mental health visits for 2026 on 07/09/2026"
        record: >-
          by 07/09/2026 Amara had 14 visits of 2026 as the plan defines a visit (14 days of service with one
          provider); the count of 20 is of claim lines, six of those days having a second line for the add-on code
          90785; 07/23 through 10/01/2026 are her visits 15 through 20
        file: clinical/session-log-2026.txt
        page: 1
plan_policy:
  name: Summary Plan Description 2026, Schedule of Benefits (Outpatient mental health)
  quote: >-
    Outpatient mental health and substance use disorder office visits: 20 visits per calendar year. Visit: all
    covered outpatient services you receive from one provider on one day count as one visit, whatever the number of
    services or codes billed for that day.
  file: other/spd-2026-excerpt.txt
  limit:
    applied: 20
    current: 20
    course: 20
    unit: visits
    period: calendar year
    period_start: 2026-01-01
treatment:
  name: Outpatient psychotherapy (cognitive behavioral therapy)
  summary: >-
    Cognitive behavioral therapy for an adolescent with depression and generalized anxiety, every other week in
    2026, with her parents in some sessions.
clinical:
  severity: >-
    PHQ-A 15 and GAD-7 16 on 01/08/2026; PHQ-A 5 and GAD-7 6 on 10/01/2026
  severity_date: 2026-10-01
  suicidality: none
  suicidality_date: 2026-10-01
  history:
    - drug: Play therapy (separation anxiety, 2020)
      dose: 14 weekly sessions
      start: 2020-02
      end: 2020-05
      kind: psychotherapy
      sessions: 14
      response: response
      outcome: Good response of an earlier episode of separation anxiety at age 7
      evidence: {file: clinical/treatment-summary-2026-10-01.txt, page: 1}
    - drug: Fluoxetine
      dose: 10 mg daily, 20 mg from 04/2026
      start: 2026-03
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Continues (prescribed by her pediatrician); partial response
      evidence: {file: clinical/treatment-summary-2026-10-01.txt, page: 1}
author:
  name: Theodora Nwachukwu-Hale
  role: Licensed psychologist (PsyD), Amara's treating therapist
  relation: clinician
  address: |-
    Harbor Oak Psychology, 220 Mill Race Street, Suite 4
    Brightwater Falls, NC 27513
  phone: (919) 555-0138
  email: tnh@harboroak-psych.example
  authorization: other/parent-consent-2026-10-18.txt
provider:
  name: Theodora Nwachukwu-Hale
  credentials: PsyD
  npi: "1947362012"
  address: |-
    Harbor Oak Psychology, 220 Mill Race Street, Suite 4
    Brightwater Falls, NC 27513
  phone: (919) 555-0138
reimbursement:
  amount_billed: "$900.00"
  amount_paid: "$0.00"
bates_prefix: QUINTANILLABECK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

SESSIONS = [
    ("01/08/2026", "90834", ""), ("01/22/2026", "90834", "90785"), ("02/05/2026", "90834", "90785"),
    ("02/19/2026", "90834", ""), ("03/05/2026", "90834", "90785"), ("03/19/2026", "90834", ""),
    ("04/02/2026", "90834", ""), ("04/16/2026", "90834", "90785"), ("04/30/2026", "90834", ""),
    ("05/14/2026", "90834", ""), ("05/28/2026", "90834", "90785"), ("06/11/2026", "90834", ""),
    ("06/25/2026", "90834", ""), ("07/09/2026", "90834", "90785"), ("07/23/2026", "90834", ""),
    ("08/06/2026", "90834", ""), ("08/20/2026", "90834", ""), ("09/03/2026", "90834", ""),
    ("09/17/2026", "90834", ""), ("10/01/2026", "90834", ""),
]


def _session_log():
    rows = []
    for n, (date, code, addon) in enumerate(SESSIONS, start=1):
        codes = code + (" + " + addon if addon else "")
        note = "parents present, high-conflict discussion managed in session" if addon else ""
        rows.append(f"{n:>5}   {date}   {codes:<15} {note}".rstrip())
    return "\n".join(rows)


def _accumulator():
    rows = []
    line = 0
    for date, code, addon in SESSIONS:
        for c in [code] + ([addon] if addon else []):
            line += 1
            status = "counted" if line <= 20 else "over limit - denied"
            rows.append(f"{line:>4}  {date}  {c}  Quintanilla-Beck, Amara   {status}")
    return "\n".join(rows)


DOCS = {
    "denial/eob-2026-08-04.txt": """
CITY OF BRIGHTWATER FALLS EMPLOYEE HEALTH BENEFIT PLAN (FICTIONAL)
administered by Piedmont Crest Benefit Services (FICTIONAL)
EXPLANATION OF BENEFITS - THIS IS NOT A BILL            Date: 08/04/2026              Page 1

Sent to: Rafael Quintanilla, 1406 Dogwood Ridge Lane, Brightwater Falls, NC 27513     Employee ID: CBF-88120457
PATIENT: AMARA QUINTANILLA-BECK     Member ID: FICT-CBF-88120457-03     Relationship: child
Claim: CBF-26-0728-118204           Provider: Theodora Nwachukwu-Hale, PsyD (network)
Date          Code    Billed    Allowed   Paid      Code
07/09/2026    90834   $150.00   $118.00   $94.40    Paid
07/09/2026    90785   $30.00    $22.00    $17.60    Paid
07/23/2026    90834   $150.00   $0.00     $0.00     CO-119

CO-119: Benefit maximum for this time period has been reached. Outpatient mental health visits are limited to 20 per
calendar year.

Your right to appeal: the Plan has two levels of internal appeal. You may file a first-level appeal within 180 days
of receiving this notice. If the first-level decision upholds the denial, you may file a second-level appeal within
60 days of receiving that decision.
""",
    "denial/first-level-decision-2026-11-12.txt": """
PIEDMONT CREST BENEFIT SERVICES (FICTIONAL) for the City of Brightwater Falls Employee Health Benefit Plan
FIRST-LEVEL APPEAL DECISION                          Date: 11/12/2026                 Page 1

To: Theodora Nwachukwu-Hale, PsyD, for Amara Quintanilla-Beck (Member ID FICT-CBF-88120457-03)
Copy to: Rafael Quintanilla, employee
Claims: CBF-26-0728-118204, CBF-26-0826-119377, CBF-26-0923-120551, CBF-26-1005-121120
Services appealed: 90834 on 07/23, 08/06, 08/20, 09/03, 09/17 and 10/01/2026. Appeal received 10/20/2026.

Decision: The first-level appeal is denied. The member reached the plan's limit of 20 outpatient mental health
visits for 2026 on 07/09/2026, and 26 visits were billed through 10/01/2026. Visits 21 through 26 are not covered
under the Schedule of Benefits.
Plan provision: Summary Plan Description 2026, Schedule of Benefits, Outpatient mental health.
This decision did not involve medical judgment.

Next step: you may file a second-level appeal within 60 days of receiving this decision. The second-level appeal is
decided by the Plan's Benefits Appeal Committee within 30 days of receipt.
""",
    "clinical/session-log-2026.txt": (
        """
HARBOR OAK PSYCHOLOGY (FICTIONAL) - SESSION LOG 2026                                   Page 1

Patient: Amara Quintanilla-Beck    DOB 06/03/2012    Therapist: Theodora Nwachukwu-Hale, PsyD
All sessions in the office, 45 minutes, one per day. 90785 was added on days her parents were present and their
disagreement had to be managed for the session to go on.
Visit   Date         Codes billed    Note
"""
        + _session_log()
        + """
Visits in 2026 (days of service): 20. Claim lines billed in 2026: 26 (20 of 90834, 6 of 90785).
"""
    ),
    "clinical/treatment-summary-2026-10-01.txt": """
HARBOR OAK PSYCHOLOGY (FICTIONAL) - TREATMENT SUMMARY AT COMPLETION          Date: 10/01/2026       Page 1

Patient: Amara Quintanilla-Beck    DOB 06/03/2012    Therapist: Theodora Nwachukwu-Hale, PsyD
Diagnoses: F32.1 major depressive disorder, single episode, moderate; F41.1 generalized anxiety disorder.
Referral: her pediatrician, January 2026, after 12 missed school days in January and February and panic at school.
Treatment: cognitive behavioral therapy every other week from 01/08/2026 through 10/01/2026 (20 sessions).
Measures: PHQ-A 15 and GAD-7 16 on 01/08/2026; PHQ-A 5 and GAD-7 6 on 10/01/2026.
Safety: passive wish to be dead in February 2026, no plan or intent; none since April 2026; C-SSRS negative on
10/01/2026.
School: back at school full days since March 2026.
Medication (by her pediatrician): fluoxetine 10 mg from March 2026, 20 mg from April 2026. Continues; partial
response.
Earlier treatment: 14 sessions of play therapy for separation anxiety at age 7 (February-May 2020), good response.
Plan: course completed 10/01/2026; check-in visits once a month from January 2027.
""",
    "other/spd-2026-excerpt.txt": """
CITY OF BRIGHTWATER FALLS EMPLOYEE HEALTH BENEFIT PLAN (FICTIONAL)
SUMMARY PLAN DESCRIPTION, PLAN YEAR 2026 (01/01/2026 - 12/31/2026) - EXCERPT                        Page 1

About the Plan: a self-funded plan of the City of Brightwater Falls for its employees and their families.
Piedmont Crest Benefit Services processes claims and first-level appeals; the Benefits Appeal Committee decides
second-level appeals.

Schedule of Benefits - Outpatient mental health and substance use disorder office visits: 20 visits per calendar
year.

Definitions - Visit: all covered outpatient services you receive from one provider on one day count as one visit,
whatever the number of services or codes billed for that day.

Appeals: first level within 180 days of the notice; second level within 60 days of the first-level decision. Each
level is decided within 30 days of receipt for a claim for services already received.
""",
    "other/tpa-visit-accumulator-2026-10-14.txt": (
        """
PIEDMONT CREST BENEFIT SERVICES (FICTIONAL) - BENEFIT ACCUMULATOR PRINTOUT       Printed: 10/14/2026     Page 1
Printed by: Harbor Oak Psychology (provider portal)
Employee: Rafael Quintanilla    Plan year 2026
Benefit: Outpatient mental health visits    Maximum: 20    Used: 26
Line  Date        Code   Member                     Status
"""
        + _accumulator()
        + """
Other family accumulators (same printout): Mateo Quintanilla-Beck - outpatient physical therapy visits, used 6 of 30.
"""
    ),
    "other/benefits-summary-2025.txt": """
CITY OF BRIGHTWATER FALLS EMPLOYEE HEALTH BENEFIT PLAN (FICTIONAL) - BENEFITS AT A GLANCE, PLAN YEAR 2025   Page 1
Outpatient mental health office visits: $25 copay; no visit limit.
(For plan year 2025 only. See the 2026 Summary Plan Description for the current plan year.)
""",
    "other/parent-consent-2026-10-18.txt": """
HARBOR OAK PSYCHOLOGY (FICTIONAL) - PARENTS' CONSENT TO AN APPEAL BY THE THERAPIST        Page 1

Patient: Amara Quintanilla-Beck (a minor), DOB 06/03/2012     Plan member ID: FICT-CBF-88120457-03
We, Rafael Quintanilla and Jessa Beck, her parents, ask and authorize Theodora Nwachukwu-Hale, PsyD, to appeal for
Amara the denial of her 2026 therapy visits under the City of Brightwater Falls Employee Health Benefit Plan, at
every level, and to share her health information with the Plan for that purpose.
Signed: Rafael Quintanilla; Jessa Beck (signatures on file)       Date: 10/18/2026
""",
}

TRUTH = """
# 04 - City employees' plan: six psychotherapy visits denied as over "20 visits per calendar year"; the plan's own definition makes them visits 15-20; second-level appeal by the treating psychologist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Amara Quintanilla-Beck, 14 (DOB 06/03/2012), covered as a child of a city employee under the **City of Brightwater
  Falls Employee Health Benefit Plan**, a **self-funded governmental plan** (not ERISA; North Carolina).
- Her psychologist, Theodora Nwachukwu-Hale, **PsyD** (a network provider; not a physician, does not prescribe), gave
  her **20 sessions of CBT in 2026**, every other week from 01/08 to 10/01/2026, one a day, 45 minutes (90834). On
  **six** of those days her parents were present and 90785 (an add-on for interactive complexity) was billed beside
  90834: 01/22, 02/05, 03/05, 04/16, 05/28, 07/09. **26 claim lines, 20 days.**
- **The plan's own 2026 SPD**: 20 outpatient mental health visits per calendar year, and "**Visit: all covered
  outpatient services you receive from one provider on one day count as one visit**, whatever the number of services
  or codes billed for that day."
- The administrator counted **lines**: its accumulator (printed 10/14) shows line 20 on 07/09 and "over limit" from
  07/23. It denied 07/23, 08/06, 08/20, 09/03, 09/17 and 10/01/2026 **CO-119** (first EOB **08/04/2026**, four
  claims). The first-level decision of **11/12/2026** says she "reached ... 20 ... visits ... on 07/09/2026, and 26
  visits were billed". By the plan's definition she had **14 visits by 07/09** and the six denied dates are **visits
  15-20**: **within** the 20-visit limit. No exception is needed.
- The 07/09 lines were paid and are not appealed. The course ended 10/01/2026 (goals met); no visits are pending.
- Stage: **second-level internal appeal**, within **60 days of the 11/12/2026 decision: by 01/11/2027** (SPD);
  decided by the Benefits Appeal Committee within **30 days** (SPD; 45 CFR 147.136(b)(2)(i), applying 29 CFR
  2560.503-1(i)(2)(iii)(B) for the second of two post-service levels).
- Author: the **treating psychologist** (a clinician who neither is a physician nor prescribes), with the parents'
  written consent of 10/18/2026.

## Deliberately unknown
- Whether the plan's 20-visit limit complies with mental health parity (no medical/surgical comparator in the case;
  whether the city plan claims an exemption under a collective bargaining agreement is unknown): parity is not the
  ground and must not be stated as a violation.
- What the plan will pay for each date (allowed $118 for 90834 on 07/09 is only that day's figure).
- How the administrator's system came to count lines (only that it did).

## Traps
- **Not "no limit":** the 2025 summary ("no visit limit") is stale; the 2026 SPD has 20 visits. A letter that says
  the plan has no limit, or that the limit was removed, is FALSE. The argument is the count, not the limit.
- **Not an exception beyond the limit:** the six dates are within 20 visits; asking for "benefits beyond the limit"
  or an exception concedes the plan's count.
- **Counting:** 20 visits in 2026 (20 days), 26 lines; 14 visits by 07/09; the denied dates are visits 15-20. Never
  "26 visits", never "visits 21-26".
- **Another person on a document:** the accumulator printout shows Mateo Quintanilla-Beck's physical therapy visits:
  not hers.
- **Not medical judgment:** the decision says it involved none; no medical-necessity argument, no evidence paragraph,
  no peer-to-peer, no external review (a benefit-limit count is not medical judgment), no psychiatrist-reviewer
  request.
- **Clinical facts if mentioned:** fluoxetine is **continuing** with a partial response (never "failed"); the 2020 play
  therapy had a **good response** (earlier episode, never a failure); passive wish to be dead in **February 2026**, none
  since April (never current suicidal ideation); back at school full days since March (never "out of school"). CBT
  is not "failed": it worked (PHQ-A 15 -> 5, GAD-7 16 -> 6).
- **Wrong law:** a governmental plan: no ERISA as governing law, no EBSA/Labor Department; 45 CFR 147.136(b)(2)(i)
  (applying the claims rule) is right; no state insurance department (self-funded).
- **Voice:** the psychologist writes "I" as Amara's treating psychologist or therapist; never "physician",
  "psychiatrist", "prescriber", "MD". ("Dr." before a PsyD is not false, but the letter should not imply a medical
  degree.)

## Arguments a strong letter makes (strongest first)
1. By the plan's own SPD definition (all services from one provider on one day are **one visit**), Amara had 20
   visits in 2026, the last on 10/01; the six dates denied (07/23 through 10/01) are **visits 15-20**, within the 20
   the Schedule of Benefits allows. The count of 20 on 07/09 (and "26 visits") counts claim lines: the add-on code 90785
   on six days was counted as separate visits (session log; the administrator's accumulator). Ask that the six dates
   be paid on all four claims and the accumulator corrected.
2. The first-level decision's statement that she reached 20 visits on 07/09/2026 is contradicted by the record (14
   visits by then); correct it.
3. Enclose the session log, accumulator printout, SPD excerpt and the parents' consent; ask for the Committee's
   decision within 30 days and say this is the second-level appeal of the 11/12/2026 decision.

## What a letter must NOT say
- "the plan has no visit limit", "the limit was removed", "26 visits", "visits 21 through 26", "exceeded the limit",
  "an exception to the 20-visit limit".
- "medically necessary" as the ground, "failed fluoxetine", "failed play therapy", "CBT failed", "currently suicidal",
  "out of school", "remaining sessions".
- "parity violation" stated as fact, "external review", "peer-to-peer", "ERISA", "EBSA", "Department of Labor".
- Mateo's visits as Amara's.
- "as her physician", "psychiatrist", "prescriber", "MD".
"""

ANSWERS = [
    ("denial/eob-2026-08-04.txt", "Outpatient mental health visits are limited to 20 per calendar year"),
    ("denial/eob-2026-08-04.txt", "07/23/2026    90834   $150.00   $0.00     $0.00     CO-119"),
    ("denial/first-level-decision-2026-11-12.txt", "reached the plan's limit of 20 outpatient mental health visits for 2026 on 07/09/2026"),
    ("denial/first-level-decision-2026-11-12.txt", "within 60 days of receiving this decision"),
    ("denial/first-level-decision-2026-11-12.txt", "This decision did not involve medical judgment"),
    ("other/spd-2026-excerpt.txt", "all covered outpatient services you receive from one provider on one day count as one visit"),
    ("other/spd-2026-excerpt.txt", "20 visits per calendar year"),
    ("other/spd-2026-excerpt.txt", "Each level is decided within 30 days of receipt"),
    ("clinical/session-log-2026.txt", "Visits in 2026 (days of service): 20. Claim lines billed in 2026: 26"),
    ("clinical/session-log-2026.txt", "14   07/09/2026   90834 + 90785"),
    ("clinical/session-log-2026.txt", "15   07/23/2026   90834"),
    ("clinical/session-log-2026.txt", "20   10/01/2026   90834"),
    ("other/tpa-visit-accumulator-2026-10-14.txt", "20  07/09/2026  90785  Quintanilla-Beck, Amara   counted"),
    ("other/tpa-visit-accumulator-2026-10-14.txt", "21  07/23/2026  90834  Quintanilla-Beck, Amara   over limit - denied"),
    ("other/tpa-visit-accumulator-2026-10-14.txt", "Mateo Quintanilla-Beck"),
    ("other/benefits-summary-2025.txt", "no visit limit"),
    ("clinical/treatment-summary-2026-10-01.txt", "PHQ-A 5 and GAD-7 6 on 10/01/2026"),
    ("clinical/treatment-summary-2026-10-01.txt", "Continues; partial response"),
    ("clinical/treatment-summary-2026-10-01.txt", "back at school full days since March 2026"),
    ("other/parent-consent-2026-10-18.txt", "Date: 10/18/2026"),
]
