SLUG = "01-student-plan-psychotherapy-20-visits-calendar-year-vs-policy-year-first-appeal-patient"

CASE_YAML = """\
# FICTIONAL CASE (letters set 52, case 01) - every person, plan, provider, number and address is invented.
# University student health insurance plan (individual coverage, insured), Massachusetts. Tamsin Oyelaran-Reyes, 26,
# a graduate student, had weekly psychotherapy. The insurer denied four visits (10/29-11/19/2026) as over "20 visits
# per calendar year", counting visits of the 2025-2026 policy year; the 2026-2027 Certificate counts 20 visits per
# Policy Year beginning 08/15/2026, and she had 14 in it. She appeals herself.
patient:
  name: Tamsin Oyelaran-Reyes
  salutation: Ms. Oyelaran-Reyes
  date_of_birth: 2000-02-09
  member_id: FICT-CU-55021874
  address: |-
    41 Ashcombe Street, Apt 2R
    Somerville, MA 02143
  phone: (617) 555-0132
  email: tamsin.oyelaran@mail.example
insurer:
  name: Lindenmark Student Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Lindenmark Student Health Insurance Company - Member Appeals (FICTIONAL)
    PO Box 60418
    Worcester, MA 01613
  fax: (508) 555-0147
claim:
  number: LSH-26-1130-20931
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-11-30
  appeal_deadline: 2027-05-29
  deadline_basis: >-
    Explanation of benefits of 11/30/2026: "You have 180 days from the date you receive this notice to file an
    appeal." Counted from the notice date.
  service_dates: [2026-10-29, 2026-11-05, 2026-11-12, 2026-11-19]
  sessions: 4
  setting: outpatient
  procedure_codes: [90837]
  diagnosis_codes: [F33.1, F41.1]
  carc_codes: [PR-119]
  denial_reason: >-
    Benefit maximum reached. Outpatient psychotherapy is limited to 20 visits per calendar year. Member has used 20
    visits in calendar year 2026 as of 10/22/2026. (CARC 119)
  denial_category: benefit_limit
  denial_reasons: [benefit_limit]
  action: none
plan_policy:
  name: Calloway University Student Health Insurance Plan, Certificate of Coverage 2026-2027, Section 4.7
  number: Section 4.7
  quote: >-
    Outpatient mental health and substance use disorder services: individual and family psychotherapy, 20 visits per
    Policy Year. Policy Year: August 15, 2026 through August 14, 2027. Visits in an earlier Policy Year do not count
    toward this limit.
  file: other/certificate-2026-2027-section-4-7.txt
  exception: >-
    Section 4.7(b): Visits beyond the limit are covered when your provider shows that further visits are medically
    necessary. Ask for an extension through Member Appeals.
  limit:
    applied: 20
    current: 20
    course: 14
    unit: individual psychotherapy visits
    period: Policy Year
    period_start: 2026-08-15
    applied_period: calendar year
treatment:
  name: Individual psychotherapy, weekly 60-minute sessions (90837)
  summary: >-
    Weekly individual psychotherapy (cognitive behavioral therapy) for recurrent major depression and generalized
    anxiety, with a licensed clinical social worker; the four visits denied are the 11th to 14th of the 2026-2027
    Policy Year.
  plan: Weekly 60-minute sessions through the end of the fall term, then review; sertraline continues.
clinical:
  severity: PHQ-9 16 and GAD-7 14 on 08/20/2026; PHQ-9 11 on 11/19/2026
  severity_date: 2026-11-19
  suicidality: none
  suicidality_date: 2026-11-19
  response: PHQ-9 16 (08/20/2026) to 11 (11/19/2026)
  response_level: partial
  treating_since: 2025-09-04
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2025-10
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/treatment-summary-2026-11-20.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed for sleep
      start: 2026-02
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/treatment-summary-2026-11-20.txt, page: 1}
    - drug: Counseling center psychotherapy (2021, an earlier episode)
      dose: 10 sessions
      start: 2021-02
      end: 2021-05
      kind: psychotherapy
      sessions: 10
      response: remission
      outcome: Remission in the 2021 episode; not a failed trial
      evidence: {file: clinical/treatment-summary-2026-11-20.txt, page: 1}
author:
  name: Tamsin Oyelaran-Reyes
  role: Patient (plan member)
  relation: patient
  address: |-
    41 Ashcombe Street, Apt 2R
    Somerville, MA 02143
  phone: (617) 555-0132
  email: tamsin.oyelaran@mail.example
provider:
  name: Noor Vasquez-Hale
  credentials: LICSW
  npi: "1603119524"
  address: |-
    Harbor Lane Counseling (FICTIONAL), 12 Harbor Lane, Suite 3
    Cambridge, MA 02139
  phone: (617) 555-0158
expenses:
  - {date: 2026-12-01, item: Four psychotherapy visits 10/29-11/19/2026 paid after the denial, amount: 600.00, paid: 600.00, reimbursed: 0}
record_dates:
  - file: clinical/treatment-summary-2026-11-20.txt
    date: 2026-11-20
  - file: other/visit-count-printout-2026-11-20.txt
    date: 2026-11-20
bates_prefix: OYELARANREYES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
"denial/explanation-of-benefits-2026-11-30.txt": """\
LINDENMARK STUDENT HEALTH INSURANCE COMPANY (FICTIONAL) - EXPLANATION OF BENEFITS     Date of notice: 11/30/2026
Member: Tamsin Oyelaran-Reyes   DOB 02/09/2000   ID FICT-CU-55021874
Plan: Calloway University Student Health Insurance Plan 2026-2027   Claim LSH-26-1130-20931
Provider: Noor Vasquez-Hale, LICSW, Harbor Lane Counseling

10/29/2026  90837  $150.00  Paid $0.00  PR-119
11/05/2026  90837  $150.00  Paid $0.00  PR-119
11/12/2026  90837  $150.00  Paid $0.00  PR-119
11/19/2026  90837  $150.00  Paid $0.00  PR-119
PR-119: Benefit maximum reached. Outpatient psychotherapy is limited to 20 visits per calendar year. Member has used
20 visits in calendar year 2026 as of 10/22/2026.

Your right to appeal: You have 180 days from the date you receive this notice to file an appeal. Write to Member
Appeals, PO Box 60418, Worcester, MA 01613, or fax (508) 555-0147.""",
"clinical/treatment-summary-2026-11-20.txt": """\
HARBOR LANE COUNSELING (FICTIONAL) - TREATMENT SUMMARY                              Date: 11/20/2026
Client: Tamsin Oyelaran-Reyes   DOB 02/09/2000   Therapist: Noor Vasquez-Hale, LICSW   Page 1 of 1
Diagnoses: F33.1 major depressive disorder, recurrent, moderate; F41.1 generalized anxiety disorder.
In care since 09/04/2025. Weekly CBT. Spring term visits 01/08/2026-06/11/2026 (10 visits); client away for summer
fieldwork 06/12-08/19/2026; resumed 08/20/2026. Fall visits 08/20/2026-11/19/2026: 14 weekly visits.
PHQ-9 16, GAD-7 14 on 08/20/2026; PHQ-9 11 on 11/19/2026. Denies suicidal ideation at every visit this fall.
Medications (prescribed by student health): sertraline 100 mg daily since 10/2025, partial response, continued;
hydroxyzine 25 mg at bedtime as needed for sleep since 02/2026.
History: counseling-center psychotherapy 02/2021-05/2021 (10 sessions) in an earlier episode, with remission.
Plan: weekly sessions through the fall term, then review.""",
"other/certificate-2026-2027-section-4-7.txt": """\
CALLOWAY UNIVERSITY STUDENT HEALTH INSURANCE PLAN - CERTIFICATE OF COVERAGE 2026-2027 (FICTIONAL)   Page 22 of 64
Underwritten by Lindenmark Student Health Insurance Company (FICTIONAL)
Section 4.7 Outpatient mental health and substance use disorder services: individual and family psychotherapy, 20
visits per Policy Year. Policy Year: August 15, 2026 through August 14, 2027. Visits in an earlier Policy Year do
not count toward this limit.
Section 4.7(b): Visits beyond the limit are covered when your provider shows that further visits are medically
necessary. Ask for an extension through Member Appeals.""",
"other/plan-brochure-2024-2025-stale.txt": """\
CALLOWAY UNIVERSITY STUDENT HEALTH PLAN - BENEFIT BROCHURE 2024-2025 (FICTIONAL)
Outpatient psychotherapy: 20 visits per calendar year.
[Kept in the member's files from her first year. It describes the 2024-2025 plan; the 2026-2027 Certificate
replaces it.]""",
"other/visit-count-printout-2026-11-20.txt": """\
LINDENMARK MEMBER PORTAL (FICTIONAL) - BENEFIT USE, printed 11/20/2026
Member: Tamsin Oyelaran-Reyes   Outpatient psychotherapy
Policy Year 08/15/2025-08/14/2026: 10 visits (01/08/2026-06/11/2026)
Policy Year 08/15/2026-08/14/2027: 14 visits (08/20/2026-11/19/2026)
Counter shown on the claim screen: "Calendar year 2026: 24 of 20".""",
"other/roommate-appointment-card.txt": """\
HARBOR LANE COUNSELING (FICTIONAL) - APPOINTMENT REMINDER
Client: Priya Lindqvist   Next visit 12/03/2026 4:00 pm with J. Okonkwo, LMHC
[Her roommate's card, scanned with her papers by mistake; not about this member.]""",
}

TRUTH = """\
# 01 - Student health plan: four psychotherapy visits denied as over "20 per calendar year"; the Certificate counts by Policy Year (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tamsin Oyelaran-Reyes, 26 (DOB 02/09/2000), a graduate student, is covered by the **Calloway University Student
  Health Insurance Plan 2026-2027**, insured by Lindenmark (individual coverage: `individual_aca`). She has weekly
  psychotherapy (90837) with Noor Vasquez-Hale, LICSW, for F33.1 and F41.1.
- The EOB of **11/30/2026** (claim LSH-26-1130-20931, **PR-119**) denied the visits of **10/29, 11/05, 11/12 and
  11/19/2026** as over "20 visits per calendar year", counting **24 visits in calendar year 2026**.
- The **2026-2027 Certificate, Section 4.7**: 20 visits **per Policy Year**, the Policy Year running **08/15/2026
  through 08/14/2027**; "Visits in an earlier Policy Year do not count toward this limit." Ten of the 24 visits
  (01/08-06/11/2026) fell in the 2025-2026 Policy Year. In the 2026-2027 Policy Year she had **14 visits**
  (08/20-11/19/2026); the four denied are the **11th to 14th**, within the 20.
- The "calendar year" wording comes from the **2024-2025 brochure**, which the Certificate replaced.
- She paid the practice **$600.00** for the four visits after the denial.
- **Rule and stage:** first internal appeal, post-service; 180 days (45 CFR 147.136(b)(3), applying 29 CFR
  2560.503-1(h)(3)(i)): by **05/29/2027** counted from the notice date. External review follows a final internal denial
  only where the denial turns on medical judgment or another reviewable ground; a counting error is for the plan to fix.
- **Author:** the patient herself, writing as "I".
- Expected answers:

## Deliberately unknown
- Whether the visit limit is at parity with the plan's medical benefits (no medical/surgical visit limits are in the
  case); a letter may ask for the plan's comparison but must not assert a violation as fact.
- Why the claims system counted by calendar year (a setting carried over from 2024-2025?): unknown; a letter may ask.
- Whether the practice will refund her $600.00 once the plan pays: not in the case.

## Traps
- **Period, not medicine.** The winning point is the Policy Year start (08/15/2026) and the Certificate's own words;
  medical necessity is not the ground (4.7(b)'s extension is a fallback only, and not needed for 14 of 20).
- **Stale document:** the 2024-2025 brochure says "per calendar year"; it does not govern 2026-2027 visits.
- **Counter on the portal** shows "Calendar year 2026: 24 of 20" beside the correct Policy Year counts (10 and 14).
- **Summer gap** 06/12-08/19/2026 (fieldwork): not a lapse or a new course; no argument about it.
- **Other person:** the roommate's appointment card (Priya Lindqvist) is not about this member.
- **Sertraline continues** (partial response): never "failed" or "stopped"; **hydroxyzine** is a sleep aid, not a
  trial; the **2021 counseling** was an earlier episode with remission, never a failure.
- **Voice:** she writes "I"; never "Ms. Oyelaran-Reyes has ..." in her own letter.
- **Wrong law:** no ERISA as governing law (it is not an employer plan), no Medicare, no Medicaid.

## Arguments a strong letter makes (strongest first)
1. The Certificate counts 20 visits **per Policy Year** beginning **08/15/2026**; the four visits denied are the 11th
   to 14th of that Policy Year (portal printout; treatment summary). No limit of the plan's terms was reached: pay them.
2. The 10 visits of 01/08-06/11/2026 belong to the 2025-2026 Policy Year and, by Section 4.7's own words, do not count;
   the "per calendar year" wording is from the 2024-2025 brochure.
3. Reimburse the $600.00 she paid; correct the claims system's counter so later visits are not denied the same way.
4. Fallback only: Section 4.7(b) extension (further visits medically necessary: PHQ-9 16 -> 11, partial response).

## What a letter must NOT say
- "I have used all 20 visits", "exceeded the limit", conceding 24 visits count; "calendar year" as the plan's period.
- "medically necessary" as the main ground; "peer-to-peer"; "clinical reviewer".
- "failed sertraline", "stopped sertraline"; hydroxyzine or the 2021 counseling as a failed trial; "suicidal ideation".
- "Priya Lindqvist"; "ERISA" as the law governing this plan; "Medicaid"; "Medicare".
- "Ms. Oyelaran-Reyes" as the letter's signer speaking of herself in the third person.
"""

ANSWERS = [
    ("Plan type", "individual_aca", "case.yaml"),
    ("Claim number", "LSH-26-1130-20931", "denial/explanation-of-benefits-2026-11-30.txt"),
    ("Notice date", "11/30/2026", "denial/explanation-of-benefits-2026-11-30.txt"),
    ("CARC", "PR-119", "denial/explanation-of-benefits-2026-11-30.txt"),
    ("Period the denial counted by", "20 visits per calendar year", "denial/explanation-of-benefits-2026-11-30.txt"),
    ("Period the plan's terms count by", "20 visits per Policy Year", "other/certificate-2026-2027-section-4-7.txt"),
    ("Policy Year start", "August 15, 2026", "other/certificate-2026-2027-section-4-7.txt"),
    ("Earlier-year visits rule", "Visits in an earlier Policy Year do not count toward this limit", "other/certificate-2026-2027-section-4-7.txt"),
    ("Visits in the 2026-2027 Policy Year", "14 visits (08/20/2026-11/19/2026)", "other/visit-count-printout-2026-11-20.txt"),
    ("Visits in the earlier Policy Year", "10 visits (01/08/2026-06/11/2026)", "other/visit-count-printout-2026-11-20.txt"),
    ("Amount she paid", "600.00", "case.yaml"),
    ("Appeal deadline", "2027-05-29", "case.yaml"),
    ("Author's voice", "writing as \"I\"", "truth"),
    ("Drug still taken (never 'failed')", "sertraline 100 mg daily since 10/2025, partial response, continued", "clinical/treatment-summary-2026-11-20.txt"),
    ("Sleep dose (not a trial)", "hydroxyzine 25 mg at bedtime as needed for sleep", "clinical/treatment-summary-2026-11-20.txt"),
    ("Other person on a document", "Priya Lindqvist", "other/roommate-appointment-card.txt"),
]
