"""Set 24, case 03 (FICTIONAL): Medicaid managed care, inpatient stay in a psychiatric hospital denied under the IMD
exclusion; the handbook's in-lieu-of clause covers up to 15 days in a calendar month; the notice counted 18 days."""

SLUG = "03-medicaid-mco-imd-exclusion-in-lieu-of-15-days-first-appeal-hospital-billing"

CASE_YAML = """
# FICTIONAL CASE (set 24, case 03) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Kansas, adult aged 38. An 11-day stay (10/05-10/16/2026) in a freestanding psychiatric
# hospital (an IMD) was denied as "not covered: IMD". The plan's own handbook excepts short stays in an IMD of no
# more than 15 days in a calendar month (Section 6.8, in lieu of a general hospital), its authorization approved the
# stay under that section, and the notice's "18 days, 10/05-10/23" is not the stay billed. The hospital's appeals
# specialist files the plan appeal with the member's written authorization.
patient:
  name: Caleb Oyelaran-Marsh
  salutation: Mr. Oyelaran-Marsh
  date_of_birth: 1988-03-22
  member_id: FICT-MCH-500317726
  address: |-
    77 Cottonwood Spur, Apt 4
    Emporia, KS 66801
  phone: (620) 555-0148
insurer:
  name: Meadowlark Community Health Plan (FICTIONAL), a Kansas Medicaid managed care plan
  appeals_address: |-
    Meadowlark Community Health Plan, Member Appeals
    PO Box 21907
    Topeka, KS 66601
  fax: (785) 555-0174
claim:
  number: MCH-26-1020-301774
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-02
  service_dates: [2026-10-05, 2026-10-16]
  setting: inpatient
  inpatient: true
  revenue_codes: ["0124"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Services denied: not a covered benefit. Inpatient services in an Institution for Mental Diseases (IMD) are not
    covered for members age 21 through 64 (Member Handbook, Section 9.2(f)). A stay in an IMD is covered only as an
    in lieu of service of no more than 15 days in a calendar month (Section 6.8). This claim is for 18 days,
    10/05/2026 through 10/23/2026.
  denial_category: not_covered
  action: none
  corrections:
    - said: "This claim is for 18 days, 10/05/2026 through 10/23/2026"
      record: >-
        the claim is for an 11-day stay, admitted 10/05/2026 and discharged 10/16/2026 (11 room-and-board days,
        revenue code 0124), all in October 2026
      file: clinical/discharge-summary-2026-10-16.txt
      page: 1
prior_auth:
  approved:
    number: IP-26-1005-88317
    date: 2026-10-05
    covers: >-
      inpatient psychiatric care at Flint Hills Behavioral Hospital as an in lieu of service under Member Handbook
      Section 6.8, 3 days from 10/05/2026, extended on concurrent review on 10/08/2026 through 10/16/2026
    quote: >-
      Authorization IP-26-1005-88317 is extended through 10/16/2026. Total approved: 11 days, 10/05/2026 through
      10/16/2026. Level of care: inpatient psychiatric, in lieu of service (Member Handbook Section 6.8).
    file: other/authorization-notices-2026-10.txt
    from: 2026-10-05
    through: 2026-10-16
    lines:
      - {code: "0124", units: 11, given: 11}
plan_policy:
  name: Member Handbook 2026, Section 9.2(f) (Services we do not cover)
  quote: >-
    9.2(f) Services in an Institution for Mental Diseases (IMD) for members age 21 through 64, except as stated in
    Section 6.8.
  file: other/member-handbook-2026-excerpt.txt
  exclusion:
    name: Member Handbook Section 9.2(f)
    from_age: 21
    reaches: false
    why: >-
      the exclusion is subject to Section 6.8, which covers a short-term stay in a psychiatric hospital that is an
      IMD for members 21 through 64 for no more than 15 days in a calendar month; this stay was 11 days, all in
      October 2026, and the plan authorized it under Section 6.8
    file: other/member-handbook-2026-excerpt.txt
  other_terms: >-
    6.8 In lieu of services. For members age 21 through 64, we cover a short-term stay in a psychiatric hospital or
    a crisis residential facility that is an Institution for Mental Diseases (IMD) in place of an inpatient stay in
    a general hospital, for no more than 15 days in a calendar month. You may choose a general hospital instead; you
    are never required to use an in lieu of service.
  other_terms_file: other/member-handbook-2026-excerpt.txt
treatment:
  name: Inpatient psychiatric stay at Flint Hills Behavioral Hospital
  setting: Flint Hills Behavioral Hospital, a 64-bed psychiatric hospital
clinical:
  severity: >-
    MADRS 38 at admission on 10/05/2026 and 17 at discharge on 10/16/2026; no suicidal ideation at discharge
  severity_date: 2026-10-16
  suicidality: none
  suicidality_date: 2026-10-16
  history:
    - drug: Venlafaxine XR
      dose: 150 mg daily
      start: 2019-01
      end: 2020-03
      kind: antidepressant
      response: remission
      outcome: Remission of an earlier episode
      evidence: {file: clinical/discharge-summary-2026-10-16.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg daily, 150 mg from 07/2026
      start: 2026-04
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Continues; partial response
      evidence: {file: clinical/discharge-summary-2026-10-16.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2026-05
      end: 2026-10-05
      kind: other
      outcome: For sleep only; stopped on admission
      evidence: {file: clinical/discharge-summary-2026-10-16.txt, page: 1}
    - drug: Mirtazapine
      dose: 15 mg at bedtime
      start: 2026-10-07
      ongoing: true
      kind: augmentation
      outcome: Added during the stay (10/07/2026); continues
      evidence: {file: clinical/discharge-summary-2026-10-16.txt, page: 1}
impact:
  hospitalizations: >-
    Admitted 10/05/2026 from the Cottonwood Valley Hospital emergency department after suicidal thoughts with a plan on
    10/04/2026.
author:
  name: Priya Ramaswamy-Kerr
  role: Patient financial services appeals specialist, Flint Hills Behavioral Hospital, writing as the member's authorized representative
  relation: representative
  address: |-
    Flint Hills Behavioral Hospital, 3100 Prairie Wind Drive
    Emporia, KS 66801
  phone: (620) 555-0125
  email: appeals@flinthills-behavioral.example
  authorization: other/member-appeal-authorization-2026-11-06.txt
provider:
  name: Lucien Abernathy-Osei
  credentials: MD
  npi: "1209483753"
  address: |-
    Flint Hills Behavioral Hospital, 3100 Prairie Wind Drive
    Emporia, KS 66801
  phone: (620) 555-0125
reimbursement:
  amount_billed: "$12,650.00"
  amount_paid: "$0.00"
bates_prefix: OYELARANMARSH
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-adverse-benefit-determination-2026-11-02.txt": """
MEADOWLARK COMMUNITY HEALTH PLAN (FICTIONAL) - A KANSAS MEDICAID MANAGED CARE PLAN
NOTICE OF ADVERSE BENEFIT DETERMINATION                   Date: 11/02/2026                Page 1

To: Caleb Oyelaran-Marsh, 77 Cottonwood Spur, Apt 4, Emporia, KS 66801     Member ID: FICT-MCH-500317726
Copy to: Flint Hills Behavioral Hospital
Claim: MCH-26-1020-301774     Provider: Flint Hills Behavioral Hospital     Billed: $12,650.00

What we decided: Services denied: not a covered benefit. Inpatient services in an Institution for Mental Diseases
(IMD) are not covered for members age 21 through 64 (Member Handbook, Section 9.2(f)). A stay in an IMD is covered
only as an in lieu of service of no more than 15 days in a calendar month (Section 6.8). This claim is for 18 days,
10/05/2026 through 10/23/2026.

Your right to appeal: You, or someone you give written permission to act for you, such as your provider, may ask
us for an appeal within 60 days of the date of this notice. We will decide a standard appeal within 30 days. If
our appeal decision is not in your favor, you may ask for a State Fair Hearing within 120 days of the date of our
appeal decision. Send your appeal to Meadowlark Community Health Plan, Member Appeals, PO Box 21907, Topeka, KS
66601, or fax (785) 555-0174.
""",
    "clinical/discharge-summary-2026-10-16.txt": """
FLINT HILLS BEHAVIORAL HOSPITAL (FICTIONAL) - DISCHARGE SUMMARY              Date: 10/16/2026           Page 1

Patient: Caleb Oyelaran-Marsh    DOB 03/22/1988    Attending: Lucien Abernathy-Osei, MD
Admitted: 10/05/2026 (transfer from Cottonwood Valley Hospital emergency department)    Discharged: 10/16/2026
Length of stay: 11 days.
Diagnosis: F33.2 major depressive disorder, recurrent, severe, without psychotic features.
Reason for admission: on 10/04/2026 he told his sister he had a plan to end his life; evaluated in the emergency
department overnight; voluntary admission.
Measures: MADRS 38 at admission (10/05/2026); 17 at discharge (10/16/2026).
Safety at discharge: denies suicidal ideation, plan or intent; safety plan completed with his sister; firearms
removed from the home by his sister.
Medications:
- Sertraline 100 mg daily since April 2026, increased to 150 mg in July 2026 by his primary care clinic. Continues;
  partial response.
- Quetiapine 25 mg at bedtime for sleep since May 2026: stopped on admission.
- Mirtazapine 15 mg at bedtime added 10/07/2026. Continues.
- Earlier episode (2019-2020): venlafaxine XR 150 mg, remission.
Follow-up: intensive outpatient program intake 10/20/2026; psychiatry visit 10/27/2026.
""",
    "other/member-handbook-2026-excerpt.txt": """
MEADOWLARK COMMUNITY HEALTH PLAN (FICTIONAL) - MEMBER HANDBOOK 2026 (effective 01/01/2026) - EXCERPT    Page 1

6.8 In lieu of services. For members age 21 through 64, we cover a short-term stay in a psychiatric hospital or a
crisis residential facility that is an Institution for Mental Diseases (IMD) in place of an inpatient stay in a
general hospital, for no more than 15 days in a calendar month. You may choose a general hospital instead; you are
never required to use an in lieu of service. Prior authorization is required, as for any inpatient stay.

9.2 Services we do not cover. We do not cover:
(f) Services in an Institution for Mental Diseases (IMD) for members age 21 through 64, except as stated in
Section 6.8.

11.1 Appeals. You have 60 days from the date of our notice to ask for an appeal. We decide standard appeals within
30 days and expedited appeals within 72 hours.
""",
    "other/authorization-notices-2026-10.txt": """
MEADOWLARK COMMUNITY HEALTH PLAN (FICTIONAL) - UTILIZATION MANAGEMENT                              Page 1

NOTICE OF AUTHORIZATION - 10/05/2026
Member: Caleb Oyelaran-Marsh    Member ID: FICT-MCH-500317726
Authorization: IP-26-1005-88317    Facility: Flint Hills Behavioral Hospital
Approved: inpatient psychiatric, 3 days, 10/05/2026 through 10/07/2026. Level of care: inpatient psychiatric, in
lieu of service (Member Handbook Section 6.8). Concurrent review due 10/08/2026.

NOTICE OF CONTINUED AUTHORIZATION - 10/08/2026
Authorization IP-26-1005-88317 is extended through 10/16/2026. Total approved: 11 days, 10/05/2026 through
10/16/2026. Level of care: inpatient psychiatric, in lieu of service (Member Handbook Section 6.8).
Reviewer: K. Amundsen, RN, Behavioral Health Care Manager.
""",
    "other/ub04-claim-copy-2026-10-20.txt": """
FLINT HILLS BEHAVIORAL HOSPITAL (FICTIONAL) - COPY OF INSTITUTIONAL CLAIM (UB-04 DATA)    Sent: 10/20/2026  Page 1

Patient: Caleb Oyelaran-Marsh     Member ID: FICT-MCH-500317726     Payer: Meadowlark Community Health Plan
Type of bill: 0111     Statement covers period: 10/05/2026 - 10/16/2026     Admission date: 10/05/2026
Discharge status: 01 (home)     Prior authorization: IP-26-1005-88317
Rev code   Description                                  Units   Charges
0124       Psychiatric room and board, semi-private     11      $12,650.00
Principal diagnosis: F33.2
Payer claim number assigned: MCH-26-1020-301774
""",
    "other/remittance-advice-2026-11-02.txt": """
MEADOWLARK COMMUNITY HEALTH PLAN (FICTIONAL) - PROVIDER REMITTANCE ADVICE    Date: 11/02/2026    Page 1

Payee: Flint Hills Behavioral Hospital
Claim MCH-26-1020-301774   Oyelaran-Marsh, C.   10/05-10/23/2026   Billed $12,650.00   Paid $0.00   CO-96
Claim MCH-26-1019-301612   Delacroix, W.        10/02-10/09/2026   Billed $8,050.00    Paid $6,412.00
Claim MCH-26-1021-301903   Farkas, J.           10/11-10/14/2026   Billed $3,450.00    Paid $2,748.00
CO-96: Non-covered charge(s).
""",
    "other/member-appeal-authorization-2026-11-06.txt": """
MEADOWLARK COMMUNITY HEALTH PLAN (FICTIONAL) - WRITTEN CONSENT FOR A PROVIDER TO APPEAL FOR A MEMBER   Page 1

Member: Caleb Oyelaran-Marsh     Member ID: FICT-MCH-500317726     DOB: 03/22/1988
I give Flint Hills Behavioral Hospital, acting through its appeals specialist Priya Ramaswamy-Kerr, my written
permission to file and pursue an appeal for me about claim MCH-26-1020-301774, and to receive my health information
for that purpose.
Signed: Caleb Oyelaran-Marsh (signature on file)      Date: 11/06/2026
""",
}

TRUTH = """
# 03 - Medicaid managed care (Kansas): an 11-day stay in a psychiatric hospital denied under the IMD exclusion; the handbook's own in-lieu-of clause covers it, the plan authorized it under that clause, and the notice counted days that were never billed; first plan appeal by the hospital's appeals specialist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Caleb Oyelaran-Marsh, **38** (DOB 03/22/1988), member of **Meadowlark Community Health Plan**, a Kansas **Medicaid
  managed care** plan.
- After suicidal thoughts with a plan on 10/04/2026 and a night in an emergency department, he was admitted to
  **Flint Hills Behavioral Hospital** (a 64-bed psychiatric hospital, so an IMD) on **10/05/2026** and discharged on
  **10/16/2026**: **11 days**, all in **October 2026** (UB-04: statement period 10/05-10/16, revenue code 0124 x 11,
  $12,650).
- The plan **authorized the stay** (IP-26-1005-88317): 3 days on 10/05, extended on 10/08 **through 10/16/2026, 11
  days in all**, each notice naming the level of care as "inpatient psychiatric, **in lieu of service (Member
  Handbook Section 6.8)**".
- The notice of **11/02/2026** denied the claim as "not a covered benefit" under **Handbook 9.2(f)** (IMD, members
  21-64), and said an IMD stay is covered only as an in-lieu-of service of no more than 15 days in a calendar month
  (6.8), "**This claim is for 18 days, 10/05/2026 through 10/23/2026**". That is wrong: the claim is for 11 days,
  ending 10/16 (discharge summary, UB-04 copy). The remittance advice also prints 10/05-10/23 for this claim.
- **The plan's own terms decide it:** 9.2(f) excludes IMD services for ages 21-64 "**except as stated in Section
  6.8**"; 6.8 covers a short-term stay in a psychiatric hospital that is an IMD, in place of a general hospital,
  "**for no more than 15 days in a calendar month**". 11 days in October is within it. (Background: the federal rule
  that lets a state pay a managed care plan for such stays, 42 CFR 438.6(e), has the same 15-day limit per month of
  capitation; the winning point is the handbook and the plan's own authorization, not a regulation.)
- Stage: **first plan appeal**, post-service, **60 days from the 11/02/2026 notice: by 01/01/2027** (42 CFR
  438.402(c)(2)(ii); the notice says the same); standard decision within 30 days (438.408(b)(2); handbook 11.1).
  Next: a **State Fair Hearing within 120 days** of the plan's appeal decision (438.408(f)(2)).
- Author: the hospital's **patient financial services appeals specialist**, by the member's written consent of
  11/06/2026 (a provider may appeal for a member with written consent). Not a clinician.

## Deliberately unknown
- Where "10/23/2026" and "18 days" came from (no document shows it except the plan's own notice and remittance).
- What the plan will pay per day; whether the member could be billed (he cannot be asked to pay for covered Medicaid
  services, but no letter should promise amounts).
- Whether a general hospital bed was available on 10/05 (not needed: 6.8 says he was never required to use one).

## Traps
- **Not a medical-necessity or level-of-care denial:** the plan authorized the stay; no count of failed trials, no
  evidence paragraph, no peer-to-peer, no psychiatrist-reviewer request as the main ask. The notice never said the
  stay was unnecessary.
- **Do not deny what the exclusion says:** 9.2(f) does reach IMD services for a 38-year-old; the answer is its own
  "except as stated in Section 6.8" and 6.8's 15 days, not that the hospital is not an IMD or that the exclusion
  does not apply to psychiatric hospitals.
- **Dates:** 11 days, 10/05 through 10/16 (every day between, an inpatient stay). Never 18 days, never 10/23, never
  "more than 15 days".
- **Other patients on a document:** the remittance advice lists W. Delacroix and J. Farkas with their dates and
  payments: not his, not part of the appeal.
- **Medicaid rules that do NOT apply:** no **EPSDT** (he is 38); no continued benefits under **438.420** (the stay
  ended; nothing was reduced or terminated; `action: none`); no state fair hearing yet (the plan appeal comes first).
- **Suicidality:** suicidal thoughts with a plan on 10/04, before admission; at discharge on 10/16 he denied
  suicidal ideation. The severity line says "no suicidal ideation at discharge": never "currently suicidal" and never
  a present-risk paragraph.
- **Drugs:** sertraline is **continuing** with a partial response (never "failed"); quetiapine 25 mg was **for sleep**;
  mirtazapine was **added during the stay** (not a trial before it); venlafaxine XR 2019-2020 brought **remission of an
  earlier episode**.
- **Wrong law:** no ERISA, no ACA 45 CFR 147.136 external review, no state insurance department, no Medicare. Parity
  (42 CFR 438.910) is not the ground: the IMD rule is a payment rule of the Medicaid statute, and the case is won on
  the plan's own 6.8.
- **Voice:** the appeals specialist writes for the hospital as the member's authorized representative, about "Mr.
  Oyelaran-Marsh"; never "I treated", never as his physician, never the member's first person.

## Arguments a strong letter makes (strongest first)
1. The handbook excludes IMD services for members 21-64 only "except as stated in Section 6.8", and 6.8 covers a
   short-term stay in a psychiatric hospital that is an IMD for no more than 15 days in a calendar month. This stay was
   **11 days, 10/05 through 10/16/2026, all in October**: within 6.8. Ask that the denial be reversed and the claim
   paid.
2. The notice's "18 days, 10/05/2026 through 10/23/2026" is not the claim: the discharge summary and the claim
   (statement period 10/05-10/16, 11 units of 0124) show 11 days; correct the record.
3. The plan itself authorized the stay under 6.8 (IP-26-1005-88317, 11 days, 10/05-10/16/2026): the claim's dates
   match the authorization; ask that it be honored.
4. Enclose the handbook excerpt, both authorization notices, the UB-04 copy, the discharge summary and the member's
   consent; ask for a decision within 30 days.

## What a letter must NOT say
- "18 days", "10/23/2026", "more than 15 days", "exceeds the limit".
- "Flint Hills is not an IMD", "the exclusion does not apply to psychiatric hospitals", "9.2(f) does not reach this
  stay" without its 6.8 exception.
- "not medically necessary" answered as the ground, "failed sertraline", "failed quetiapine", "failed mirtazapine", a
  count of failed trials, "currently suicidal", "remaining days".
- "EPSDT", "1396d(r)(5)", "438.420", "continued benefits", "state fair hearing" as this step, "ERISA", "45 CFR
  147.136", "external review".
- W. Delacroix's or J. Farkas's claims as his.
- "I treated Mr. Oyelaran-Marsh", "as his physician", "Dr. Ramaswamy-Kerr".
"""

ANSWERS = [
    ("denial/notice-of-adverse-benefit-determination-2026-11-02.txt", "This claim is for 18 days, 10/05/2026 through 10/23/2026"),
    ("denial/notice-of-adverse-benefit-determination-2026-11-02.txt", "Member Handbook, Section 9.2(f)"),
    ("denial/notice-of-adverse-benefit-determination-2026-11-02.txt", "within 60 days of the date of this notice"),
    ("denial/notice-of-adverse-benefit-determination-2026-11-02.txt", "State Fair Hearing within 120 days of the date of our appeal decision"),
    ("other/member-handbook-2026-excerpt.txt", "except as stated in Section 6.8"),
    ("other/member-handbook-2026-excerpt.txt", "for no more than 15 days in a calendar month"),
    ("other/member-handbook-2026-excerpt.txt", "you are never required to use an in lieu of service"),
    ("other/member-handbook-2026-excerpt.txt", "We decide standard appeals within 30 days"),
    ("other/authorization-notices-2026-10.txt", "Total approved: 11 days, 10/05/2026 through 10/16/2026"),
    ("other/authorization-notices-2026-10.txt", "in lieu of service (Member Handbook Section 6.8)"),
    ("other/ub04-claim-copy-2026-10-20.txt", "Statement covers period: 10/05/2026 - 10/16/2026"),
    ("other/ub04-claim-copy-2026-10-20.txt", "0124       Psychiatric room and board, semi-private     11      $12,650.00"),
    ("clinical/discharge-summary-2026-10-16.txt", "Discharged: 10/16/2026"),
    ("clinical/discharge-summary-2026-10-16.txt", "Length of stay: 11 days"),
    ("clinical/discharge-summary-2026-10-16.txt", "denies suicidal ideation, plan or intent"),
    ("clinical/discharge-summary-2026-10-16.txt", "Mirtazapine 15 mg at bedtime added 10/07/2026"),
    ("clinical/discharge-summary-2026-10-16.txt", "Continues; partial response"),
    ("other/remittance-advice-2026-11-02.txt", "Delacroix, W."),
    ("other/member-appeal-authorization-2026-11-06.txt", "Date: 11/06/2026"),
]
