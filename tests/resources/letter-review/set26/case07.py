"""Set 26, case 07 (FICTIONAL): a university student health plan denies a precertified summer intensive outpatient
program for "no Student Health Center referral", though its own policy needs none while the SHC is closed for the
summer break or for care more than 50 miles from campus; first (only) internal appeal by the student."""

SLUG = "07-student-plan-summer-iop-no-shc-referral-closed-for-break-first-appeal-patient"

CASE_YAML = r"""
# FICTIONAL CASE (set 26, case 07) - every person, school, plan, provider, number and address is invented.
# University student health insurance plan (individual coverage), insured, policy issued in Nebraska; the student
# spent the summer at home in Denver. Owen, 20, attended an intensive outpatient program (IOP) in Denver, 18 program
# days from 06/15 to 07/24/2026, precertified by the insurer. The claim was denied "no Student Health Center referral
# on file; the Student Health Center was open and available". Policy 4.1(b) and (c): no referral is needed while the
# SHC is closed for a scheduled break or for care more than 50 miles from campus; the SHC was closed 05/16-08/16/2026
# (its 2025 summer hours are the stale source), and Denver is about 480 miles from campus. Owen writes his own appeal.
patient:
  name: Owen Takahashi-Bell
  salutation: Mr. Takahashi-Bell
  date_of_birth: 2006-03-14
  member_id: FICT-MSI-PVU-26-118402
  address: |-
    1457 South Clarkson Street
    Denver, CO 80210
  phone: (720) 555-0112
  email: owen.tb@mail.example
insurer:
  name: Meridian Student Insurance Company, for the Platte Valley University Student Health Insurance Plan (FICTIONAL)
  appeals_address: |-
    Meridian Student Insurance Company - Appeals (address FICTIONAL)
    PO Box 83302
    Lincoln, NE 68501
  fax: (402) 555-0186
claim:
  number: MSI-26-0729-660417
  plan_type: individual_aca
  funding: insured
  state: NE
  action: none
  notice_date: 2026-08-12
  service_dates: [2026-06-15, 2026-07-24]
  sessions: 18
  setting: intensive_outpatient
  procedure_codes: [S9480]
  diagnosis_codes: [F33.1, F41.1]
  carc_codes: [CO-197]
  denial_reason: >-
    CO-197: Referral required. Services from a provider other than the Student Health Center require a referral from
    the Student Health Center (Policy Section 4.1). No referral on file. The Student Health Center was open and
    available for a referral.
  denial_category: prior_authorization
  corrections:
    - said: "The Student Health Center was open and available for a referral."
      record: >-
        The Student Health Center's own summer 2026 notice says it was closed for the summer break from May 16 through
        August 16, 2026, every date of the program; the summer hours on its 2025 schedule no longer applied
      file: other/shc-summer-2026-closure-notice.txt
      page: 1
prior_auth:
  required: false
  reason_missing: >-
    No Student Health Center referral was needed: Policy Section 4.1(b) waives it while the Student Health Center is
    closed for a scheduled break (closed May 16 through August 16, 2026), and 4.1(c) for services received more than
    50 miles from campus (the program is in Denver, about 480 miles from campus).
  proof:
    - other/shc-summer-2026-closure-notice.txt
    - other/precertification-approval-2026-06-11.txt
  approved:
    number: PC-26-0611-22841
    date: 2026-06-11
    covers: Intensive outpatient program, 18 program days, June 15 through July 24, 2026, at Cherry Creek Behavioral Health
    quote: >-
      Precertification approved: intensive outpatient program (S9480), 18 units, 06/15/2026 - 07/24/2026. Medical
      necessity criteria met.
    file: other/precertification-approval-2026-06-11.txt
    from: 2026-06-15
    through: 2026-07-24
    lines:
      - {code: S9480, units: 18, given: 18}
plan_policy:
  name: Platte Valley University Student Health Insurance Plan, Policy 2025-2026, Section 4.1 (Student Health Center referral)
  quote: >-
    4.1 Referral requirement. You must obtain a referral from the Student Health Center (SHC) before receiving covered
    services from any other provider, except: (a) emergency care; (b) services received while the SHC is closed for a
    scheduled break (winter break, spring break or summer break); (c) services received more than 50 miles from
    campus; (d) maternity care. If a referral is required and not obtained, benefits are not payable.
  file: other/policy-2025-2026-excerpts.txt
  other_terms: >-
    Policy period: August 15, 2025 through August 14, 2026. Section 5.3: Intensive outpatient programs require
    precertification by us.
  other_terms_file: other/policy-2025-2026-excerpts.txt
treatment:
  name: Intensive outpatient program (IOP) for depression and anxiety, 18 program days
  summary: >-
    Three-hour program days, three a week for six weeks (June 15 through July 24, 2026), precertified by the insurer,
    after weekly therapy and sertraline brought only a partial improvement.
clinical:
  severity: PHQ-9 19 and GAD-7 16 on 06/08/2026 (before the program); PHQ-9 8 on 07/24/2026
  severity_date: 2026-07-24
  suicidality: passive
  suicidality_date: 2026-06-08
  response: PHQ-9 19 before the program (06/08/2026) and 8 at its end (07/24/2026)
  response_level: response
  history:
    - drug: Cognitive behavioral therapy (2019, age 13)
      dose: weekly sessions
      start: 2019-01
      end: 2019-05
      kind: psychotherapy
      sessions: 14
      adequate: true
      response: remission
      outcome: Remission of an earlier episode
      evidence: {file: clinical/iop-discharge-summary-2026-07-24.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg daily
      start: 2025-10-06
      end: 2025-10-20
      kind: antidepressant
      adequate: false
      outcome: Stopped after 2 weeks for stomach upset
      evidence: {file: clinical/iop-discharge-summary-2026-07-24.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg daily
      start: 2026-02-02
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Partial response; continues
      evidence: {file: clinical/iop-discharge-summary-2026-07-24.txt, page: 1}
    - drug: Weekly psychotherapy at the Student Health Center
      dose: weekly sessions
      start: 2026-01
      end: 2026-05
      kind: psychotherapy
      sessions: 15
      adequate: true
      response: partial
      outcome: Partial improvement; ended when the SHC closed for the summer
      evidence: {file: clinical/shc-summer-plan-note-2026-05-12.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed for sleep
      start: 2026-03
      ongoing: true
      kind: other
      outcome: For sleep only
      evidence: {file: clinical/iop-discharge-summary-2026-07-24.txt, page: 1}
author:
  name: Owen Takahashi-Bell
  role: Patient (the student member)
  relation: patient
  address: |-
    1457 South Clarkson Street
    Denver, CO 80210
  phone: (720) 555-0112
  email: owen.tb@mail.example
provider:
  name: Cherry Creek Behavioral Health, Intensive Outpatient Program
  npi: "1588302640"
  address: |-
    3500 East Alameda Avenue, Suite 200
    Denver, CO 80209
  phone: (303) 555-0126
reimbursement:
  amount_billed: "$11,700.00"
  amount_paid: "$0.00"
bates_prefix: TAKAHASHIBELL
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {}

DOCS["denial/explanation-of-benefits-2026-08-12.txt"] = """
MERIDIAN STUDENT INSURANCE COMPANY (FICTIONAL) - EXPLANATION OF BENEFITS          Date: 08/12/2026          Page 1
Plan: Platte Valley University Student Health Insurance Plan 2025-2026

Member: Owen Takahashi-Bell          ID: FICT-MSI-PVU-26-118402          Claim: MSI-26-0729-660417
Provider: Cherry Creek Behavioral Health, Denver, CO (in network)
06/15/2026 - 07/24/2026   S9480 intensive outpatient program   18 units   Billed $11,700.00   Paid $0.00
Reason CO-197: Referral required. Services from a provider other than the Student Health Center require a referral
from the Student Health Center (Policy Section 4.1). No referral on file. The Student Health Center was open and
available for a referral.

Appeals: You may appeal within 180 days after you receive this notice. This plan has one level of internal appeal.
Send your appeal to Meridian Student Insurance Company - Appeals, PO Box 83302, Lincoln, NE 68501, fax (402) 555-0186.
"""

DOCS["other/policy-2025-2026-excerpts.txt"] = """
PLATTE VALLEY UNIVERSITY STUDENT HEALTH INSURANCE PLAN (FICTIONAL) - POLICY 2025-2026 (excerpts)
Underwritten by Meridian Student Insurance Company. Policy period: August 15, 2025 through August 14, 2026.   Page 1

Section 4.1 - Referral requirement
You must obtain a referral from the Student Health Center (SHC) before receiving covered services from any other
provider, except:
(a) emergency care;
(b) services received while the SHC is closed for a scheduled break (winter break, spring break or summer break);
(c) services received more than 50 miles from campus;
(d) maternity care.
If a referral is required and not obtained, benefits are not payable.

Section 5.3 - Precertification
Inpatient stays, partial hospitalization and intensive outpatient programs require precertification by us.
"""

DOCS["other/shc-summer-2026-closure-notice.txt"] = """
PLATTE VALLEY UNIVERSITY STUDENT HEALTH CENTER (FICTIONAL) - SUMMER 2026 NOTICE          Posted: 04/20/2026      Page 1

The Student Health Center will be CLOSED for the summer break from Saturday, May 16, 2026 through Sunday, August 16,
2026. There are no summer clinic hours in 2026. Under the student insurance policy (Section 4.1(b)), students do not
need an SHC referral for care received while the SHC is closed for a scheduled break. In an emergency, call 911.
We reopen Monday, August 17, 2026.
"""

DOCS["other/shc-hours-2024-2025.txt"] = """
PLATTE VALLEY UNIVERSITY STUDENT HEALTH CENTER (FICTIONAL) - HOURS, ACADEMIC YEAR 2024-2025          Page 1

Fall and spring semesters: Monday-Friday 8:00-5:00.
Summer session 2025 (May 27 - August 1, 2025): Monday-Thursday 8:00-12:00, referrals by appointment.
"""

DOCS["other/precertification-approval-2026-06-11.txt"] = """
MERIDIAN STUDENT INSURANCE COMPANY (FICTIONAL) - PRECERTIFICATION DECISION          Date: 06/11/2026          Page 1

Member: Owen Takahashi-Bell          Reference: PC-26-0611-22841
Provider: Cherry Creek Behavioral Health, Intensive Outpatient Program, Denver, CO
Precertification approved: intensive outpatient program (S9480), 18 units, 06/15/2026 - 07/24/2026. Medical necessity
criteria met.
"""

DOCS["other/distance-campus-to-program.txt"] = """
DRIVING DISTANCE (map printout) - FICTIONAL          Printed: 09/03/2026          Page 1

From: Platte Valley University campus, 1400 R Street, Lincoln, NE 68508
To: Cherry Creek Behavioral Health, 3500 East Alameda Avenue, Denver, CO 80209
Distance: 482 miles (about 7 hours 20 minutes by car)
"""

DOCS["other/iop-intake-insurance-page-2026-06-08.txt"] = """
CHERRY CREEK BEHAVIORAL HEALTH (FICTIONAL) - INTAKE: INSURANCE INFORMATION          Date: 06/08/2026          Page 1

Patient: Owen Takahashi-Bell
Primary insurance (patient is the member): Meridian Student Insurance Co. - Platte Valley University SHIP, ID
FICT-MSI-PVU-26-118402
Other insurance (patient is a dependent): Aspen Peak Health Plan (mother's employer plan), subscriber Keiko
Takahashi-Bell, ID FICT-APH-55201877 - card copied. Billing office note: bill the student plan first.
"""

DOCS["clinical/shc-summer-plan-note-2026-05-12.txt"] = """
PLATTE VALLEY UNIVERSITY STUDENT HEALTH CENTER (FICTIONAL) - COUNSELING NOTE          Date: 05/12/2026          Page 1

Student: Owen Takahashi-Bell          Counselor: Dana Whitford, LPC
Weekly psychotherapy since January 2026 (15 sessions): partial improvement. PHQ-9 17 today. Sertraline 100 mg per SHC
psychiatry since 02/02/2026, partial response. The SHC closes for the summer on 05/16; he will be in Denver. Plan:
connect with care near home over the summer; if symptoms worsen, a higher level of care (such as an IOP) near home.
"""

DOCS["clinical/iop-discharge-summary-2026-07-24.txt"] = """
CHERRY CREEK BEHAVIORAL HEALTH (FICTIONAL) - INTENSIVE OUTPATIENT PROGRAM DISCHARGE SUMMARY     Date: 07/24/2026    Page 1

Patient: Owen Takahashi-Bell, 20          Diagnoses: F33.1 major depressive disorder, recurrent, moderate; F41.1
generalized anxiety disorder
Program: 18 program days (three hours, three days a week), 06/15/2026 - 07/24/2026; all attended.
Intake 06/08/2026: PHQ-9 19, GAD-7 16; passive thoughts of not wanting to be here, no plan or intent.
Discharge 07/24/2026: PHQ-9 8; no suicidal thoughts.
History: CBT at age 13 (2019, 14 sessions), remission of an earlier episode; escitalopram 10 mg 10/06-10/20/2025,
stopped after 2 weeks for stomach upset; sertraline 100 mg since 02/02/2026, partial response, continues; hydroxyzine
25 mg at bedtime as needed for sleep.
Plan: weekly therapy near home until he returns to campus; SHC counseling from the fall semester.
"""

TRUTH = r"""
# 07 - Student health plan: precertified summer IOP denied for "no Student Health Center referral" while the SHC was closed for the summer; first (only) appeal by the student (FICTIONAL)

All people, schools, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Owen Takahashi-Bell, 20 (DOB 03/14/2006), is the member of the **Platte Valley University Student Health Insurance
  Plan** (policy period **08/15/2025-08/14/2026**), insured by Meridian Student Insurance Company, issued in Nebraska.
  A student health plan is individual coverage (45 CFR 147.136(b)(3) for its appeals).
- He attended an **intensive outpatient program** at Cherry Creek Behavioral Health, Denver (in network): **18 program
  days, 06/15-07/24/2026** (S9480 x18, $11,700.00), **precertified** by the insurer (PC-26-0611-22841, 18 units,
  06/15-07/24/2026, "medical necessity criteria met"), as Policy 5.3 requires.
- The **EOB of 08/12/2026** denied it, CO-197: "No referral on file. The Student Health Center was open and available
  for a referral."
- **Policy 4.1** requires an SHC referral "**except** ... (b) services received while the SHC is closed for a scheduled
  break (... summer break); (c) services received **more than 50 miles from campus**". Both exceptions apply to every
  date: the SHC was **closed 05/16-08/16/2026** (its own notice, posted 04/20/2026: "no summer clinic hours in 2026"),
  and Denver is **482 miles** from campus.
- The decision's "SHC open and available" matches only the **2024-2025 schedule** (summer session 2025 hours): stale.
- **Stage:** the plan's **one level of internal appeal**, within **180 days** of the notice: **by 02/08/2027**.
  Post-service: decided within 60 days (45 CFR 147.136(b)(3), applying 29 CFR 2560.503-1(i)(2)(iii)(A)).
- **Author:** Owen himself ("I").

## Deliberately unknown
- The insurer's allowed amount and his cost sharing for IOP: not in the case; no amount may be promised.
- Whether his mother's plan would pay anything as secondary: not in the case and not the question.
- Whether the SHC counselor would have written a referral if asked in May: unknown and irrelevant (none was needed).

## Traps
- **Document and dates, not medicine.** The insurer itself found medical necessity (precertification). No count of
  failed trials, no evidence paragraph, no literature, no peer-to-peer, no reviewer's specialty.
- **Not a retroactive authorization.** No referral was required (4.1(b) and (c)); the precertification was obtained.
  A letter must not ask for a "retroactive referral/authorization" as the remedy, nor concede one was required.
- **Stale document:** the 2024-2025 hours sheet shows summer **2025** hours; a letter must not say the SHC had summer
  hours in 2026.
- **Other coverage on a document:** the intake page copies his **mother's employer plan card** (he is a dependent
  there); the student plan, where he is the member, is billed first. This is not a coordination-of-benefits case; a
  letter must not say the mother's plan should pay first.
- **History, if mentioned:** sertraline is **continuing with a partial response** (never "failed"); escitalopram was
  stopped after **2 weeks** for stomach upset (not an adequate trial); **hydroxyzine is for sleep**; the **2019 CBT
  brought remission** of an earlier episode; psychotherapy courses are not drug trials.
- **Suicidality:** passive thoughts at intake (06/08/2026, with that date); none at discharge. Never "active".
- **Wrong law:** not ERISA (not an employer plan: no 29 CFR 2560.503-1 cited as governing by itself, no EBSA), no
  Medicaid/Medicare, no parity claim as the ground (a referral rule applied to all care is not shown to be a
  mental-health-only limit). External review is for medical-judgment denials; this referral denial is not one - a letter
  must not promise it.
- **Voice:** Owen writes "I"; never "the patient" about himself in the third person.

## Arguments a strong letter makes (strongest first)
1. **Policy 4.1(b):** no SHC referral is needed for services received while the SHC is closed for a scheduled break;
   the SHC was **closed for the summer break 05/16-08/16/2026** (its own notice: no summer hours in 2026), and every
   program day (06/15-07/24/2026) falls within it. The EOB's "open and available" is contradicted by that notice.
2. **Policy 4.1(c):** independently, the program was **482 miles from campus** (more than 50).
3. The program was **precertified** (PC-26-0611-22841: 18 units, 06/15-07/24/2026; 18 given). Ask that the claim be
   reprocessed and paid as precertified in-network IOP; in time (by 02/08/2027).

## What a letter must NOT say
- "retroactive referral", "retroactive authorization", "I should have obtained a referral"; "the SHC was open in summer
  2026"; "summer session hours".
- "medically necessary" as the ground (beyond the precertification); a count of failed trials; "failed sertraline",
  "failed escitalopram" (as adequate), the 2019 CBT as a failure; "active suicidal ideation".
- "my mother's plan is primary", "coordination of benefits".
- "ERISA", "EBSA", "Department of Labor", "Medicaid", "external review" promised, "parity" as the ground.
- "The patient" / "Mr. Takahashi-Bell" for the author himself.
"""

ANSWERS = [
    ("denial/explanation-of-benefits-2026-08-12.txt", "No referral on file. The Student Health Center was open and"),
    ("denial/explanation-of-benefits-2026-08-12.txt", "within 180 days after you receive this notice"),
    ("denial/explanation-of-benefits-2026-08-12.txt", "This plan has one level of internal appeal"),
    ("denial/explanation-of-benefits-2026-08-12.txt", "S9480 intensive outpatient program   18 units"),
    ("other/policy-2025-2026-excerpts.txt", "services received while the SHC is closed for a scheduled break"),
    ("other/policy-2025-2026-excerpts.txt", "services received more than 50 miles from"),
    ("other/policy-2025-2026-excerpts.txt", "Policy period: August 15, 2025 through August 14, 2026"),
    ("other/policy-2025-2026-excerpts.txt", "intensive outpatient programs require precertification by us"),
    ("other/shc-summer-2026-closure-notice.txt", "CLOSED for the summer break from Saturday, May 16, 2026 through Sunday, August 16"),
    ("other/shc-summer-2026-closure-notice.txt", "There are no summer clinic hours in 2026"),
    ("other/shc-hours-2024-2025.txt", "Summer session 2025 (May 27 - August 1, 2025)"),
    ("other/precertification-approval-2026-06-11.txt", "18 units, 06/15/2026 - 07/24/2026"),
    ("other/precertification-approval-2026-06-11.txt", "Medical necessity\ncriteria met"),
    ("other/distance-campus-to-program.txt", "Distance: 482 miles"),
    ("other/iop-intake-insurance-page-2026-06-08.txt", "Aspen Peak Health Plan (mother's employer plan)"),
    ("other/iop-intake-insurance-page-2026-06-08.txt", "bill the student plan first"),
    ("clinical/shc-summer-plan-note-2026-05-12.txt", "The SHC closes for the summer on 05/16"),
    ("clinical/iop-discharge-summary-2026-07-24.txt", "18 program days (three hours, three days a week), 06/15/2026 - 07/24/2026"),
    ("clinical/iop-discharge-summary-2026-07-24.txt", "sertraline 100 mg since 02/02/2026, partial response, continues"),
    ("clinical/iop-discharge-summary-2026-07-24.txt", "stopped after 2 weeks for stomach upset"),
    ("clinical/iop-discharge-summary-2026-07-24.txt", "hydroxyzine\n25 mg at bedtime as needed for sleep"),
    ("clinical/iop-discharge-summary-2026-07-24.txt", "passive thoughts of not wanting to be here, no plan or intent"),
]
