"""Set 61 case 07 (FICTIONAL): FEHB Standard Option, psychotherapy visits 31-38 denied under a 2025 visit schedule."""
SLUG = "07-fehb-psychotherapy-visit-limit-from-2025-schedule-2026-brochure-no-limit-reconsideration-husband"

CASE_YAML = r"""
# FICTIONAL CASE (set 61, case 07) - every person, plan, provider, number and address is invented.
# FEHB, Standard Option, MD. Corinne Batiste, 45, a federal employee with PTSD and depression, had 38 weekly
# psychotherapy visits in 2026. The carrier denied visits 31-38 (08/26-10/21/2026) as over "30 outpatient
# psychotherapy visits per calendar year" - a limit from its 2025 Behavioral Health Visit Schedule; the 2026
# brochure sets no visit limit. Her husband asks the carrier to reconsider.
patient:
  name: Corinne Batiste
  salutation: Mrs. Batiste
  date_of_birth: 1981-09-12
  member_id: CFB-R58830127-01
  address: |-
    14 Heron Cove Lane
    Annapolis, MD 21403
  phone: (410) 555-0135
insurer:
  name: Chesapeake Federal Employee Benefit Plan (FICTIONAL), Standard Option
  appeals_address: |-
    Chesapeake Federal Employee Benefit Plan - Reconsiderations (FICTIONAL)
    PO Box 8820
    Baltimore, MD 21240
  fax: (410) 555-0157
claim:
  number: CFB-26-1029-718804
  plan_type: fehb
  notice_date: 2026-10-29
  service_dates: [2026-08-26, 2026-09-02, 2026-09-09, 2026-09-16, 2026-09-23, 2026-09-30, 2026-10-07, 2026-10-21]
  setting: outpatient
  procedure_codes: [90837]
  diagnosis_codes: [F43.12, F33.1]
  carc_codes: [CO-119]
  denial_reason: >-
    Benefit maximum reached. Your plan covers 30 outpatient psychotherapy visits per calendar year. Visits 31
    through 38 are not covered. (CARC 119)
  denial_category: benefit_limit
  denial_reasons: [benefit_limit]
  coding_correct: true
  action: none
plan_policy:
  name: Chesapeake Federal Employee Benefit Plan 2026 brochure, Section 5(e), Mental health and substance use disorder benefits
  number: Section 5(e)
  quote: >-
    Professional services, including individual and group psychotherapy, by providers such as psychiatrists,
    psychologists and clinical social workers: in-network, $25 copayment per visit. There is no limit on the number
    of visits. We cover mental health services on the same terms as medical services.
  file: other/fehb-brochure-2026-section-5e-excerpt.txt
  limit:
    applied: 30
    current: none
    course: 38
    unit: visits
    source:
      name: 2025 Behavioral Health Visit Schedule
      year: 2025
      through: 2025-12-31
      file: other/behavioral-health-visit-schedule-2025.txt
      page: 1
treatment:
  name: Individual trauma-focused psychotherapy, weekly (90837), visits 31-38 of 2026
  summary: >-
    Weekly cognitive processing therapy and follow-on sessions for PTSD with depression, with a documented partial
    response over 2026; only the visit count is in question.
clinical:
  severity: PCL-5 61 on 01/07/2026, 52 on 04/08, 47 on 07/01, 44 on 08/19, 40 on 10/21/2026; PHQ-9 17 on 01/07/2026, 11 on 10/21/2026
  severity_date: 2026-10-21
  suicidality: none
  suicidality_date: 2026-10-21
  response: PCL-5 61 (01/07/2026) to 40 (10/21/2026)
  response_level: partial
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-08
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/therapy-progress-summary-2026-10-21.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed for sleep
      start: 2025-08
      ongoing: true
      kind: other
      outcome: As needed for sleep; not a treatment trial
      evidence: {file: clinical/therapy-progress-summary-2026-10-21.txt, page: 1}
author:
  name: Lionel Batiste
  role: husband and authorized representative
  relation: representative
  authorization: other/representative-authorization-2026-11-03.txt
  address: |-
    14 Heron Cove Lane
    Annapolis, MD 21403
  phone: (410) 555-0136
provider:
  name: Wren Adeyemi-Hart
  credentials: LCSW-C
  address: |-
    Severn River Counseling (FICTIONAL), 200 Westgate Circle, Suite 402
    Annapolis, MD 21401
  phone: (410) 555-0189
record_dates:
  - file: clinical/therapy-progress-summary-2026-10-21.txt
    date: 2026-10-21
bates_prefix: BATISTE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
"denial/explanation-of-benefits-2026-10-29.txt": """
CHESAPEAKE FEDERAL EMPLOYEE BENEFIT PLAN (FICTIONAL) - STANDARD OPTION
EXPLANATION OF BENEFITS                                                Date: 10/29/2026
Member: Corinne Batiste   ID CFB-R58830127-01   Claim CFB-26-1029-718804
Provider: Wren Adeyemi-Hart, LCSW-C, Severn River Counseling (in network)
Visits 08/26, 09/02, 09/09, 09/16, 09/23, 09/30, 10/07, 10/21/2026 - 90837 x8   Paid $0.00
CARC 119. Benefit maximum reached. Your plan covers 30 outpatient psychotherapy visits per calendar year. Visits
31 through 38 are not covered.
If you disagree, ask us in writing to reconsider within 6 months of the date of this notice. If we do not change
our decision, you may ask the Office of Personnel Management to review it.
""",
"other/fehb-brochure-2026-section-5e-excerpt.txt": """
CHESAPEAKE FEDERAL EMPLOYEE BENEFIT PLAN (FICTIONAL) - 2026 BROCHURE (excerpt), Standard Option
Section 5(e). Mental health and substance use disorder benefits.
Professional services, including individual and group psychotherapy, by providers such as psychiatrists,
psychologists and clinical social workers: in-network, $25 copayment per visit. There is no limit on the number
of visits. We cover mental health services on the same terms as medical services.
""",
"other/behavioral-health-visit-schedule-2025.txt": """
CHESAPEAKE FEDERAL EMPLOYEE BENEFIT PLAN (FICTIONAL) - 2025 BEHAVIORAL HEALTH VISIT SCHEDULE
Plan year 2025 (01/01/2025-12/31/2025). Internal claims reference.                          Page 1 of 1
Outpatient psychotherapy (90832, 90834, 90837): 30 visits per calendar year before review.
""",
"clinical/therapy-progress-summary-2026-10-21.txt": """
SEVERN RIVER COUNSELING (FICTIONAL) - PROGRESS SUMMARY                                  Date: 10/21/2026
Client: Corinne Batiste   DOB 09/12/1981   Therapist: Wren Adeyemi-Hart, LCSW-C            Page 1 of 1
Diagnoses: PTSD, chronic (F43.12); major depressive disorder, recurrent, moderate (F33.1).
Weekly sessions since 01/07/2026 (38 visits to 10/21/2026): cognitive processing therapy, then relapse
prevention and return-to-work planning. PCL-5 61 (01/07), 52 (04/08), 47 (07/01), 44 (08/19), 40 (10/21).
PHQ-9 17 to 11. No suicidal ideation. Sertraline 150 mg daily (psychiatrist, since 08/2025) continues with a
partial response; hydroxyzine 25 mg at bedtime as needed for sleep.
Plan: weekly sessions through 12/2026, then every other week.
""",
"other/representative-authorization-2026-11-03.txt": """
AUTHORIZATION OF REPRESENTATIVE (FICTIONAL)                                               Date: 11/03/2026
I, Corinne Batiste (ID CFB-R58830127-01), authorize my husband, Lionel Batiste, to ask the Chesapeake Federal
Employee Benefit Plan and the Office of Personnel Management to reconsider and review claim CFB-26-1029-718804,
and to receive my records for that purpose.         Signed: Corinne Batiste
""",
"other/therapist-calendar-printout-2026-10-21.txt": """
SEVERN RIVER COUNSELING (FICTIONAL) - CALENDAR, W. ADEYEMI-HART, 10/21/2026
9:00  C. Batiste     90837
10:00 D. Moyer       90834
11:00 T. Nakashima   90837 (telehealth)
""",
}

TRUTH = r"""
# 07 - FEHB Standard Option: psychotherapy visits 31-38 denied under a 2025 visit schedule the 2026 brochure does not carry; carrier reconsideration by the husband (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Corinne Batiste, 45 (DOB 09/12/1981), FEHB **Standard Option** (Chesapeake, FICTIONAL), MD; PTSD (F43.12) and
  recurrent depression (F33.1). 38 weekly visits (90837) with an in-network LCSW-C, 01/07-10/21/2026.
- EOB **10/29/2026** (CO-119): visits 31-38 (**08/26, 09/02, 09/09, 09/16, 09/23, 09/30, 10/07, 10/21/2026**)
  denied as over "30 outpatient psychotherapy visits per calendar year".
- The **2026 brochure, Section 5(e)**: "There is no limit on the number of visits"; mental health on the same terms
  as medical. The 30-visit figure comes from the carrier's **2025 Behavioral Health Visit Schedule** (plan year
  2025, ended 12/31/2025), which does not govern 2026 visits. FEHB benefits are those the brochure states.
- **Rule and stage:** carrier reconsideration within **6 months: by 04/29/2027** (5 CFR 890.105(b)(1)); OPM review
  within 90 days of the carrier's decision next (890.105(e)).
- PCL-5 61 -> 40 and PHQ-9 17 -> 11 (partial response); sertraline continues; no suicidal ideation.
- **Author:** her husband, authorized representative (signed 11/03/2026).

## Deliberately unknown
- Whether the carrier reviewed the visits for medical necessity: the EOB gives only the limit; a letter must not
  argue a medical-necessity denial that was not made (it may say none was made).
- The amount payable per visit after the $25 copayment: not in the case.
- Whether the 2025 schedule was ever in a 2025 brochure: not known.

## Traps
- **Plan document, not medicine:** the winning point is the 2026 brochure's "no limit"; no clinical reviewer, no
  peer-to-peer, no medical necessity argument.
- **Stale document:** the 2025 visit schedule (plan year 2025) was applied to 2026 visits.
- **Improvement is not a reason to deny:** the partial response (PCL-5 40) must not be turned into "she no longer
  needs therapy" or into "no improvement".
- **Psychotherapy is not a drug trial;** sertraline continues (never "failed"); hydroxyzine is a sleep aid.
- **Other people:** the therapist's calendar lists two other clients.
- **Wrong law:** FEHB is not ERISA and not under the ACA external review rule; no state insurance department; cite
  5 CFR 890.105; no "45 CFR 147.136".
- **Voice:** the husband writes about his wife; never "I" as the patient.

## Arguments a strong letter makes (strongest first)
1. The 2026 brochure (Section 5(e)) sets no limit on psychotherapy visits; the 30-visit limit the EOB applied comes
   from the 2025 Behavioral Health Visit Schedule, whose plan year ended 12/31/2025, and does not govern visits in
   2026.
2. Quote the brochure's terms for 2026 and ask that visits 31-38 be paid under them at the in-network copayment.
3. Mental health is covered on the same terms as medical services (the brochure's own words).
4. The next step is OPM review within 90 days of the carrier's decision if it does not pay.

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "clinical reviewer".
- "30 visits" as the plan's 2026 limit; "exceeded the limit".
- "no improvement"; "failed sertraline"; hydroxyzine as a trial; "suicidal ideation".
- "Moyer", "Nakashima".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "state insurance department", "external review" by an IRO.
"""

ANSWERS = [
    ("notice date", "Date: 10/29/2026", "denial/explanation-of-benefits-2026-10-29.txt"),
    ("CARC", "CARC 119", "denial/explanation-of-benefits-2026-10-29.txt"),
    ("limit applied", "30 outpatient psychotherapy visits per calendar year", "denial/explanation-of-benefits-2026-10-29.txt"),
    ("visits denied", "Visits\n31 through 38 are not covered", "denial/explanation-of-benefits-2026-10-29.txt"),
    ("window", "within 6 months of the date of this notice", "denial/explanation-of-benefits-2026-10-29.txt"),
    ("deadline", "by 04/29/2027", "truth"),
    ("next level", "Office of Personnel Management", "denial/explanation-of-benefits-2026-10-29.txt"),
    ("2026 terms", "There is no limit on the number\nof visits", "other/fehb-brochure-2026-section-5e-excerpt.txt"),
    ("same terms", "We cover mental health services on the same terms as medical services", "other/fehb-brochure-2026-section-5e-excerpt.txt"),
    ("source of 30", "2025 BEHAVIORAL HEALTH VISIT SCHEDULE", "other/behavioral-health-visit-schedule-2025.txt"),
    ("source's year", "Plan year 2025 (01/01/2025-12/31/2025)", "other/behavioral-health-visit-schedule-2025.txt"),
    ("in network", "(in network)", "denial/explanation-of-benefits-2026-10-29.txt"),
    ("visit count", "38 visits to 10/21/2026", "clinical/therapy-progress-summary-2026-10-21.txt"),
    ("response", "PCL-5 61 (01/07), 52 (04/08), 47 (07/01), 44 (08/19), 40 (10/21)", "clinical/therapy-progress-summary-2026-10-21.txt"),
    ("continued drug", "Sertraline 150 mg daily (psychiatrist, since 08/2025) continues", "clinical/therapy-progress-summary-2026-10-21.txt"),
    ("other person", "T. Nakashima", "other/therapist-calendar-printout-2026-10-21.txt"),
]
