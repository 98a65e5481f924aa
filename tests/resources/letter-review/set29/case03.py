"""Set 29 case 03 (FICTIONAL): Medicaid managed care, member aged 19, adult visit limit applied; state fair hearing; LCSW."""
SLUG = "03-medicaid-mco-member-19-adult-visit-limit-trauma-psychotherapy-state-fair-hearing-lcsw"

CASE_YAML = """
# FICTIONAL CASE (set 29, case 03) - every person, plan, provider, agency office, number and address is invented.
# Medicaid managed care, Virginia. Tobias Quintanilla-Reyes, 19, has weekly trauma-focused psychotherapy (90837) for
# PTSD. The plan denied visits 21-29 (09/02-10/28/2026) under "20 outpatient psychotherapy visits per calendar year"
# and upheld the denial on 11/20/2026, saying EPSDT ends at 18. Its own 2026 Member Handbook 5.4 sets the 20-visit
# limit for members 21 and older only; members under 21 have no visit limit (EPSDT). His therapist, an LCSW and his
# authorized representative, asks for the state fair hearing.
patient:
  name: Tobias Quintanilla-Reyes
  salutation: Mr. Quintanilla-Reyes
  date_of_birth: 2007-05-14
  member_id: FICT-CBH-300418867
  birth_record: {file: other/medicaid-eligibility-notice-2026.txt, page: 1}
  address: |-
    1127 Laburnum Avenue, Apt. 4
    Richmond, VA 23227
  phone: (804) 555-0119
insurer:
  name: Commonwealth Bridge Health Plan, Medicaid managed care (FICTIONAL)
  appeals_address: |-
    Commonwealth Bridge Health Plan - Member Appeals (address FICTIONAL)
    PO Box 26611
    Richmond, VA 23261
  fax: (804) 555-0172
claim:
  number: CBH-26-1105-207733
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-05
  appeal_deadline: 2027-01-04
  deadline_basis: >-
    Notice of 11/05/2026: "You have 60 days from the date of this notice to ask us for an appeal." Counted from the
    notice date.
  service_dates: [2026-09-02, 2026-09-09, 2026-09-16, 2026-09-23, 2026-09-30, 2026-10-07, 2026-10-14, 2026-10-21, 2026-10-28]
  sessions: 9
  setting: outpatient
  procedure_codes: [90837]
  diagnosis_codes: [F43.12]
  carc_codes: [CO-119]
  denial_reason: >-
    Benefit limit reached. Outpatient psychotherapy is limited to 20 visits per calendar year. 20 visits were paid
    from 01/07/2026 through 08/26/2026. Visits 21 and later are not covered. (CARC 119.)
  denial_category: benefit_limit
  action: none
decisions:
  - date: 2026-11-20
    outcome: denied
    stage: plan appeal
    opens: state fair hearing
    next_deadline: 2027-03-20
    reason: >-
      We upheld our decision. The 20-visit limit in Member Handbook section 5.4 applies. EPSDT benefits end when a
      member turns 18, so the member is subject to the adult limit.
    corrections:
      - said: EPSDT benefits end when a member turns 18, so the member is subject to the adult limit.
        record: >-
          The plan's own 2026 Member Handbook, section 5.4, sets the 20-visit limit for "members 21 and older" and
          says members under 21 have no visit limit; the member was 19 on every date of service (born 05/14/2007).
        file: other/member-handbook-2026-section-5-4.txt
        page: 1
external_review:
  agency: State Medicaid agency, Appeals Division (FICTIONAL office)
  address: |-
    State Medicaid Agency - Appeals Division (address FICTIONAL)
    600 East Broad Street, Suite 1100
    Richmond, VA 23219
  final_denial_date: 2026-11-20
plan_policy:
  name: 2026 Member Handbook, section 5.4, "Outpatient mental health services"
  quote: >-
    Outpatient psychotherapy (individual, family and group). Members under 21: no visit limit; we cover all
    medically necessary services (EPSDT). Members 21 and older: 20 visits per calendar year; more visits with
    prior authorization when medically necessary.
  file: other/member-handbook-2026-section-5-4.txt
  limit:
    applied: 20
    current: 20
    course: 29
    unit: visits
    from_age: 21
treatment:
  name: Trauma-focused cognitive behavioral psychotherapy, weekly (90837)
  summary: >-
    Weekly individual trauma-focused psychotherapy for chronic PTSD after a 2025 car crash; PCL-5 fell from 58 to 34.
  plan: Weekly individual sessions through 02/2027, then every other week; review with PCL-5 monthly.
clinical:
  severity: PCL-5 58 on 01/07/2026; PCL-5 34 on 10/28/2026
  severity_date: 2026-10-28
  suicidality: none
  suicidality_date: 2026-10-28
  response: PCL-5 58 (01/07/2026) to 34 (10/28/2026)
  response_level: partial
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2025-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued (prescribed by his primary care physician)
      evidence: {file: clinical/therapy-progress-summary-2026-11-02.txt, page: 1}
    - drug: Prazosin
      dose: 2 mg at bedtime for nightmares
      start: 2026-02
      ongoing: true
      kind: other
      adequate: false
      outcome: For trauma nightmares; not an antidepressant trial
      evidence: {file: clinical/therapy-progress-summary-2026-11-02.txt, page: 1}
impact:
  work: Back at part-time work (12 hours a week) and two community-college classes since 09/2026.
  daily_life: Drives again on local roads since 10/2026; still avoids the interstate where the crash happened.
author:
  name: Harriet Osei-Bamfo
  role: Treating therapist, LCSW (the member's authorized representative)
  relation: clinician
  authorization: other/member-authorization-representative-2026-11-23.txt
  address: |-
    James River Trauma Recovery Associates (FICTIONAL), 3100 West Cary Street, Suite 2
    Richmond, VA 23221
  phone: (804) 555-0148
provider:
  name: Harriet Osei-Bamfo
  credentials: LCSW
  npi: "1464167612"
  address: |-
    James River Trauma Recovery Associates (FICTIONAL), 3100 West Cary Street, Suite 2
    Richmond, VA 23221
  phone: (804) 555-0148
record_dates:
  - file: clinical/therapy-progress-summary-2026-11-02.txt
    date: 2026-11-02
template: external-review-request
bates_prefix: QUINTANILLA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-11-05.txt": """
COMMONWEALTH BRIDGE HEALTH PLAN (FICTIONAL) - MEDICAID MANAGED CARE
NOTICE OF ADVERSE BENEFIT DETERMINATION                            Date of this notice: 11/05/2026
Member: Tobias Quintanilla-Reyes   Member ID FICT-CBH-300418867   Claim: CBH-26-1105-207733
Provider: Harriet Osei-Bamfo, LCSW (in network)
Page 1 of 1

09/02, 09/09, 09/16, 09/23, 09/30, 10/07, 10/14, 10/21, 10/28/2026   90837   9 visits   paid $0.00
Reason: Benefit limit reached. Outpatient psychotherapy is limited to 20 visits per calendar year. 20 visits were
paid from 01/07/2026 through 08/26/2026. Visits 21 and later are not covered. (CARC 119.)

You have 60 days from the date of this notice to ask us for an appeal. After our appeal decision you may ask for a
State Fair Hearing within 120 days of the date of our decision.
""",
    "denial/notice-of-appeal-resolution-2026-11-20.txt": """
COMMONWEALTH BRIDGE HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION          Date: 11/20/2026
Member: Tobias Quintanilla-Reyes   Member ID FICT-CBH-300418867   Appeal: APL-26-1109-5120
Page 1 of 1

Decision: upheld. We upheld our decision. The 20-visit limit in Member Handbook section 5.4 applies. EPSDT benefits
end when a member turns 18, so the member is subject to the adult limit.

Your right to a State Fair Hearing: you may ask the State Medicaid Agency, Appeals Division, for a State Fair
Hearing within 120 days of the date of this notice.
""",
    "other/member-handbook-2026-section-5-4.txt": """
COMMONWEALTH BRIDGE HEALTH PLAN (FICTIONAL) - 2026 MEMBER HANDBOOK (excerpt)                  Page 31 of 88
Section 5.4 - Outpatient mental health services

Outpatient psychotherapy (individual, family and group). Members under 21: no visit limit; we cover all
medically necessary services (EPSDT). Members 21 and older: 20 visits per calendar year; more visits with
prior authorization when medically necessary.
""",
    "other/medicaid-eligibility-notice-2026.txt": """
STATE MEDICAID AGENCY (FICTIONAL OFFICE) - NOTICE OF ELIGIBILITY RENEWAL                       Date: 03/02/2026
To: Tobias Quintanilla-Reyes, 1127 Laburnum Avenue, Apt. 4, Richmond, VA 23227
Page 1 of 1

Name: Tobias Quintanilla-Reyes   Date of birth: 05/14/2007   Medicaid ID: FICT-MA-5518820341
You are eligible for full Medicaid coverage from 03/01/2026 through 02/28/2027. Your health plan: Commonwealth
Bridge Health Plan.
""",
    "clinical/therapy-progress-summary-2026-11-02.txt": """
JAMES RIVER TRAUMA RECOVERY ASSOCIATES (FICTIONAL)
PSYCHOTHERAPY PROGRESS SUMMARY                                            Date: 11/02/2026
Client: Tobias Quintanilla-Reyes   DOB 05/14/2007   Therapist: Harriet Osei-Bamfo, LCSW (NPI 1464167612)
Page 1 of 1

Diagnosis: post-traumatic stress disorder, chronic (F43.12), after a highway car crash on 08/2025.
Treatment: weekly individual trauma-focused cognitive behavioral psychotherapy (90837) since 01/07/2026; 29 visits
through 10/28/2026. PCL-5 58 on 01/07/2026; PCL-5 34 on 10/28/2026. No suicidal ideation at any visit in 2026.
Function: back at part-time work (12 hours a week) and two community-college classes since 09/2026; drives on local
roads since 10/2026; still avoids the interstate.
Medication (primary care physician): sertraline 100 mg daily since 11/2025, partial response, continued; prazosin 2 mg
at bedtime for nightmares since 02/2026.
Plan: weekly sessions through 02/2027, then every other week; PCL-5 monthly.
""",
    "clinical/intake-assessment-2026-01-07.txt": """
JAMES RIVER TRAUMA RECOVERY ASSOCIATES (FICTIONAL) - INTAKE ASSESSMENT                          Date: 01/07/2026
Client: Tobias Quintanilla-Reyes   DOB 05/14/2007
Page 1 of 1

Presenting: nightmares, avoidance of driving, startle, since a highway crash 08/2025. PCL-5 58. Not working since
10/2025; withdrew from college classes in the fall term. No suicidal ideation.
""",
    "other/member-authorization-representative-2026-11-23.txt": """
AUTHORIZED REPRESENTATIVE FORM (typed copy for this test set)
Member: Tobias Quintanilla-Reyes   Member ID FICT-CBH-300418867
I name Harriet Osei-Bamfo, LCSW, James River Trauma Recovery Associates, as my authorized representative for my
appeal and State Fair Hearing about my psychotherapy visits (claim CBH-26-1105-207733).
Signed: Tobias Quintanilla-Reyes, 11/23/2026.
""",
    "other/practice-schedule-2026-10-28.txt": """
JAMES RIVER TRAUMA RECOVERY ASSOCIATES (FICTIONAL) - DAY SCHEDULE, 10/28/2026 (H. Osei-Bamfo)
09:00  T.Q.-R.   90837   individual, in person
10:00  M.L.      90834   individual, video        (another client; not part of this appeal)
11:00  (open)
""",
}

TRUTH = """
# 03 - Medicaid managed care: an adult visit limit applied to a 19-year-old; state fair hearing by the LCSW (FICTIONAL)

All people, plans, providers, agency offices, numbers and addresses are invented (FICTIONAL).

## What is true
- Tobias Quintanilla-Reyes, **19** (DOB 05/14/2007, on the state's eligibility notice), Richmond, VA, has **Medicaid
  through a managed care plan**.
- Weekly individual **trauma-focused psychotherapy (90837)** for chronic PTSD (F43.12) with an in-network LCSW since
  01/07/2026. The plan paid 20 visits (01/07-08/26/2026) and denied the **9 visits of 09/02-10/28/2026** (claim
  CBH-26-1105-207733, CO-119, notice 11/05/2026) as over "20 visits per calendar year".
- The plan **upheld** on **11/20/2026** (APL-26-1109-5120), saying "EPSDT benefits end when a member turns 18".
- The plan's own **2026 Member Handbook 5.4**: "Members under 21: no visit limit; we cover all medically necessary
  services (EPSDT). Members 21 and older: 20 visits per calendar year". He was **19 on every date of service**, so the
  limit's own words do not reach him.
- The law agrees: EPSDT covers Medicaid members **under 21** (42 USC 1396d(r)(5): necessary care to correct or
  ameliorate a condition, whatever the state plan's limits for adults). The decision's "ends at 18" is wrong.
- PCL-5 58 -> 34; working part time and back in two classes.
- **Stage and rule:** state fair hearing after the plan's notice of appeal resolution, **within 120 days of 11/20/2026:
  by 03/20/2027** (42 CFR 438.408(f)(2)); the request goes to the state agency's appeals office, not to the plan.
- **Author:** his treating therapist, **LCSW**, his authorized representative (form signed 11/23/2026); a clinician who
  neither is a physician nor prescribes: "I write as Mr. Quintanilla-Reyes's treating therapist".

## Deliberately unknown
- Whether the plan also denied visits after 10/28/2026 (later claims are not in the case).
- Whether the state offers an optional external medical review before the hearing: not in the case.
- Whether the state agency will hold the hearing by phone or in person.

## Traps
- **Plan document and the date of birth, not medicine.** The winning point is Handbook 5.4's age wording set against
  his age (19). Necessity was never questioned by the plan. No "exception to the limit" as the main ask, and never
  that the handbook sets no limit at all (it does, for members 21 and older).
- **A decision's stated fact the law and the handbook contradict:** "EPSDT benefits end when a member turns 18".
- **Stale record:** the 01/2026 intake says "not working ... withdrew from college classes"; now he works 12 hours a
  week and takes two classes. Never "unable to work" or "out of school" now.
- **Other person on a document:** the practice's day schedule lists another client ("M.L.", 90834, video).
- **Psychotherapy is the treatment, not a failed trial.** **Sertraline continues** (partial response): never "failed" or
  "stopped". **Prazosin** is for nightmares, not an antidepressant trial. No suicidal ideation: no risk paragraph on it.
- **Wrong law:** not CHIP; no ERISA, no 45 CFR 147.136, no MHPAEA for commercial plans (Medicaid managed care parity is
  438.910, and is not needed here); no continued benefits under 438.420 promised (no authorized service was reduced:
  these are claims for visits given); no "name and qualifications" duty.
- **Voice:** the LCSW writes as his treating therapist; never "physician", "Dr." or "prescriber"; never his "I".

## Arguments a strong letter makes (strongest first)
1. **Handbook 5.4** puts the 20-visit limit on **members 21 and older**; members under 21 have **no visit limit**. He was
   19 on every date of service (eligibility notice, DOB 05/14/2007): the limit does not reach him. Pay the 9 visits.
2. The decision's ground is wrong in law and by the plan's own words: EPSDT runs **under 21**, not 18 (42 USC
   1396d(r)(5)); the plan must cover medically necessary psychotherapy for him without the adult limit.
3. The care is working (PCL-5 58 -> 34; back at work and school): ask the plan to correct how it counts his visits so
   later visits before his 21st birthday are not denied the same way.

## What a letter must NOT say
- "EPSDT ends at 18"; "the adult limit applies"; "the handbook sets no limit"; an "exception" as the main ask.
- "unable to work", "not in school", "withdrew from college" as now.
- "M.L." or "90834" as part of this appeal.
- "failed sertraline", "stopped sertraline"; prazosin as a trial; "suicidal ideation".
- "CHIP", "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA", "continued benefits", "438.420".
- "Dr. Osei-Bamfo", "as his physician".
"""

ANSWERS = [
    ("denial/explanation-of-benefits-2026-11-05.txt", "limited to 20 visits per calendar year"),
    ("denial/notice-of-appeal-resolution-2026-11-20.txt", "EPSDT benefits end when a member turns 18"),
    ("denial/notice-of-appeal-resolution-2026-11-20.txt", "within 120 days of the date of this notice"),
    ("other/member-handbook-2026-section-5-4.txt", "Members under 21: no visit limit"),
    ("other/member-handbook-2026-section-5-4.txt", "Members 21 and older: 20 visits per calendar year"),
    ("other/medicaid-eligibility-notice-2026.txt", "Date of birth: 05/14/2007"),
    ("clinical/therapy-progress-summary-2026-11-02.txt", "PCL-5 34 on 10/28/2026"),
    ("clinical/therapy-progress-summary-2026-11-02.txt", "back at part-time work (12 hours a week)"),
    ("clinical/therapy-progress-summary-2026-11-02.txt", "sertraline 100 mg daily since 11/2025, partial response, continued"),
    ("clinical/therapy-progress-summary-2026-11-02.txt", "prazosin 2 mg at bedtime for nightmares"),
    ("clinical/intake-assessment-2026-01-07.txt", "Not working since 10/2025"),
    ("other/practice-schedule-2026-10-28.txt", "another client; not part of this appeal"),
    ("other/member-authorization-representative-2026-11-23.txt", "as my authorized representative"),
    ("case.yaml", "from_age: 21"),
    ("case.yaml", "next_deadline: 2027-03-20"),
    ("truth", "by 03/20/2027"),
]
