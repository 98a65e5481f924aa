# FICTIONAL case 07, letters set 49.
SLUG = "07-original-medicare-video-psychotherapy-from-home-originating-site-denial-redetermination-wife"

CASE_YAML = """
# FICTIONAL CASE (letters set 49, case 07) - every person, contractor, provider, number and address is invented.
# Original Medicare Part B. Eight video psychotherapy sessions from the patient's home (POS 10, modifier 95),
# 06/02-09/22/2026, with a licensed clinical social worker, were denied on the MSN of 10/30/2026: "your home is not an
# approved originating site" (CO-5). For mental health care the home is an allowed site; he had an in-person visit
# on 05/19/2026 (paid). His wife, appointed on CMS-1696, asks the MAC for redetermination.
patient:
  name: Walter Greenhalgh
  salutation: Mr. Greenhalgh
  date_of_birth: 1952-01-27
  member_id: 3RT9-VD4-KP61
  address: |-
    5 Larkspur Court
    Decorah, IA 52101
  phone: (563) 555-0117
insurer:
  name: Cornbelt Medicare Services, Jurisdiction 5 Part B MAC (FICTIONAL)
  appeals_address: |-
    Cornbelt Medicare Services - Part B Redeterminations (FICTIONAL)
    PO Box 7461
    Des Moines, IA 50306
  fax: (515) 555-0168
claim:
  number: 0526294337610
  plan_type: medicare
  notice_date: 2026-10-30
  service_dates: [2026-06-02, 2026-06-16, 2026-06-30, 2026-07-14, 2026-08-11, 2026-08-25, 2026-09-08, 2026-09-22]
  setting: outpatient
  procedure_codes: [90834]
  diagnosis_codes: [F33.1]
  carc_codes: [CO-5]
  denial_reason: >-
    Telehealth services are covered only when you receive them at an approved originating site. Your home is not an
    approved originating site for this service. (The procedure code is inconsistent with the place of service.)
  denial_category: coding_billing
  denial_reasons: [coding_billing]
  coding_correct: true
  action: none
  not_appealed:
    - date: 2026-05-19
      code: 90834
      why: the in-person office session, paid on the same notice
medicare_coverage:
  name: Billing and Coding Article, Telehealth Services for Mental Health Disorders (FICTIONAL)
  number: A99820
  quote: >-
    For the diagnosis, evaluation or treatment of a mental health disorder, the beneficiary's home is a permitted
    originating site in any geographic area. The billing practitioner must have furnished an in-person,
    non-telehealth service within 6 months before the first such telehealth service, and at least once every 12
    months after, as the law in force on the date of service requires. Report place of service 10 (telehealth in
    the patient's home) with modifier 95.
  file: other/billing-article-a99820-mental-health-telehealth.txt
service_lines:
  - {date: 2026-06-02, place_of_service: '10', code: '90834', modifiers: ['95'], units: 1, diagnosis_pointers: 'A', charge: '$128.00', description: 'video psychotherapy, 45 minutes, patient at home'}
  - {date: 2026-06-16, place_of_service: '10', code: '90834', modifiers: ['95'], units: 1, diagnosis_pointers: 'A', charge: '$128.00', description: 'video psychotherapy, 45 minutes, patient at home'}
  - {date: 2026-06-30, place_of_service: '10', code: '90834', modifiers: ['95'], units: 1, diagnosis_pointers: 'A', charge: '$128.00', description: 'video psychotherapy, 45 minutes, patient at home'}
  - {date: 2026-07-14, place_of_service: '10', code: '90834', modifiers: ['95'], units: 1, diagnosis_pointers: 'A', charge: '$128.00', description: 'video psychotherapy, 45 minutes, patient at home'}
  - {date: 2026-08-11, place_of_service: '10', code: '90834', modifiers: ['95'], units: 1, diagnosis_pointers: 'A', charge: '$128.00', description: 'video psychotherapy, 45 minutes, patient at home'}
  - {date: 2026-08-25, place_of_service: '10', code: '90834', modifiers: ['95'], units: 1, diagnosis_pointers: 'A', charge: '$128.00', description: 'video psychotherapy, 45 minutes, patient at home'}
  - {date: 2026-09-08, place_of_service: '10', code: '90834', modifiers: ['95'], units: 1, diagnosis_pointers: 'A', charge: '$128.00', description: 'video psychotherapy, 45 minutes, patient at home'}
  - {date: 2026-09-22, place_of_service: '10', code: '90834', modifiers: ['95'], units: 1, diagnosis_pointers: 'A', charge: '$128.00', description: 'video psychotherapy, 45 minutes, patient at home'}
treatment:
  name: Individual psychotherapy by video from home, 8 sessions of 45 minutes (90834, place of service 10, modifier 95)
  summary: >-
    Biweekly individual psychotherapy for recurrent depression with a licensed clinical social worker, given by
    two-way audio-video while he was at home, after an in-person session on 05/19/2026.
clinical:
  severity: PHQ-9 16 on 05/19/2026; PHQ-9 10 on 09/22/2026
  severity_date: 2026-09-22
  suicidality: none
  suicidality_date: 2026-09-22
  response: PHQ-9 16 (05/19/2026) to 10 (09/22/2026)
  response_level: partial
  history:
    - drug: Escitalopram
      dose: 10 mg daily
      start: 2025-11
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Prescribed by his primary care physician; partial response; continued
      evidence: {file: clinical/lcsw-treatment-summary-2026-10-02.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2026-01
      ongoing: true
      kind: other
      outcome: Low bedtime dose for sleep; not an antidepressant trial
      evidence: {file: clinical/lcsw-treatment-summary-2026-10-02.txt, page: 1}
    - drug: Grief counseling (earlier episode)
      dose: 10 sessions
      start: 2017-03
      end: 2017-07
      kind: psychotherapy
      sessions: 10
      response: remission
      outcome: Recovery from the 2017 episode after his brother's death; not a failure
      evidence: {file: clinical/lcsw-treatment-summary-2026-10-02.txt, page: 1}
author:
  name: Ruth Greenhalgh
  role: Wife and appointed representative (CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-of-representative.txt
  address: |-
    5 Larkspur Court
    Decorah, IA 52101
  phone: (563) 555-0117
  email: ruth.greenhalgh@driftless.example
provider:
  name: Marta Lindqvist-Oyelaran
  credentials: LCSW, Medicare-enrolled clinical social worker
  npi: "@NPI:167340298@"
  address: |-
    Oneota Counseling (FICTIONAL), 210 Water Street
    Decorah, IA 52101
  phone: (563) 555-0153
record_dates:
  - file: clinical/lcsw-treatment-summary-2026-10-02.txt
    date: 2026-10-02
copies:
  - prescriber
bates_prefix: GREENHALGH
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/medicare-summary-notice-2026-10-30.txt": """
MEDICARE SUMMARY NOTICE (FICTIONAL REPRODUCTION)                               Notice date: 10/30/2026
Walter Greenhalgh   Medicare number 3RT9-VD4-KP61   Part B medical insurance - assigned claims   Page 1 of 2
Claim 0526294337610   Provider: Marta Lindqvist-Oyelaran, LCSW, Oneota Counseling
05/19/2026  psychotherapy, 45 minutes (90834), office (POS 11)        Approved; Medicare paid $86.12
06/02, 06/16, 06/30, 07/14, 08/11, 08/25, 09/08, 09/22/2026  psychotherapy, 45 minutes (90834), POS 10, modifier 95
                                                                     Denied; Medicare paid $0.00
Message for the denied lines: Telehealth services are covered only when you receive them at an approved originating
site. Your home is not an approved originating site for this service. (CARC 5: the procedure code is inconsistent
with the place of service.)
You may be billed: $0.00 (the provider accepted assignment and may not bill you for these lines unless you signed a
written notice).
If you disagree: ask for a redetermination within 120 days from the date you receive this notice.
""",
    "other/billing-article-a99820-mental-health-telehealth.txt": """
CORNBELT MEDICARE SERVICES (FICTIONAL) - BILLING AND CODING ARTICLE A99820                         Page 1 of 2
Telehealth Services for Mental Health Disorders
For the diagnosis, evaluation or treatment of a mental health disorder, the beneficiary's home is a permitted
originating site in any geographic area. The billing practitioner must have furnished an in-person, non-telehealth
service within 6 months before the first such telehealth service, and at least once every 12 months after, as the
law in force on the date of service requires. Report place of service 10 (telehealth in the patient's home) with
modifier 95.
""",
    "clinical/lcsw-treatment-summary-2026-10-02.txt": """
ONEOTA COUNSELING (FICTIONAL) - TREATMENT SUMMARY                                       Date: 10/02/2026
Client: Walter Greenhalgh   DOB 01/27/1952   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, moderate (F33.1). In-person intake and session 05/19/2026 (PHQ-9 16).
Sessions 06/02-09/22/2026: 8 biweekly 45-minute sessions by two-way audio-video; client at home in Decorah each
time (he no longer drives after his cataract surgery). PHQ-9 10 on 09/22/2026. No suicidal ideation.
Medications (from his primary care physician): escitalopram 10 mg daily since 11/2025, partial response, continued;
mirtazapine 7.5 mg at bedtime for sleep since 01/2026.
History: 10 sessions of grief counseling in 2017 after his brother's death, with full recovery.
Therapist: Marta Lindqvist-Oyelaran, LCSW, NPI @NPI:167340298@.
""",
    "other/cms-1696-appointment-of-representative.txt": """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, FICTIONAL COPY)
Beneficiary: Walter Greenhalgh   Medicare number 3RT9-VD4-KP61
I appoint Ruth Greenhalgh, my wife, to act as my representative in connection with my claim or asserted right under
Medicare.   Signed: Walter Greenhalgh 11/09/2026   Accepted: Ruth Greenhalgh 11/09/2026
""",
    "other/telehealth-flyer-2019-stale.txt": """
COMMUNITY SENIOR CENTER (FICTIONAL) - "MEDICARE AND TELEHEALTH" HANDOUT                     Printed: 09/2019
Medicare pays for telehealth only if you live in a rural area and go to a clinic or hospital for the visit; it does
not pay for visits from your home. [Handout from before the rules changed; kept in the family's papers.]
""",
    "other/msn-ruth-greenhalgh-2026-10.txt": """
MEDICARE SUMMARY NOTICE (FICTIONAL REPRODUCTION)                               Notice date: 10/28/2026
Ruth Greenhalgh   Part B   10/06/2026 blood test, Decorah Clinic Laboratory   Approved; Medicare paid $14.55
[The wife's own notice, received the same week.]
""",
}

TRUTH = """
# 07 - Original Medicare Part B: video psychotherapy from home denied as "home is not an approved originating site"; for mental health care it is; MAC redetermination asked by the wife (FICTIONAL)

All people, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Walter Greenhalgh, 74 (DOB 01/27/1952), in **Original Medicare Part B**, had **8 individual psychotherapy sessions
  of 45 minutes by two-way audio-video from his home** (90834, **place of service 10, modifier 95**, F33.1) on
  06/02, 06/16, 06/30, 07/14, 08/11, 08/25, 09/08 and 09/22/2026 with a Medicare-enrolled **LCSW**.
- The **MSN of 10/30/2026** denied those lines (CO-5): "Your home is not an approved originating site for this
  service." The **in-person session of 05/19/2026** (POS 11) on the same claim was paid and is not appealed.
- For the diagnosis, evaluation or treatment of a **mental health disorder**, the **home is a permitted originating
  site** in any area (42 U.S.C. 1395m(m)(7); the MAC's own article A99820, fictional, says so and tells providers to
  bill POS 10 with modifier 95 - exactly how these lines were billed). The in-person visit of **05/19/2026** came
  within 6 months before the first video session (06/02/2026), so the in-person condition, where it applies, is met.
- The claim is **correctly coded** (`coding_correct: true`): nothing is to be corrected; the lines are to be paid as
  billed.
- **Rule and stage:** Original Medicare **redetermination by the MAC**, 42 CFR 405.940-405.958: within **120 days of
  receipt** of the MSN, presumed received 5 days after its date: **by 03/04/2027** (counting from the notice date:
  02/27/2027). No 72-hour route.
- **Author:** his wife, appointed on CMS-1696 (11/09/2026); writes about "Mr. Greenhalgh" / "my husband". The LCSW
  is the treating clinician, not a physician.

## Deliberately unknown
- Why the MAC's system denied the lines (edit setting, diagnosis not read): not known (a letter may ask).
- Whether the provider has asked for a reopening on its own: not known.
- The amount Medicare would pay per line: not stated for the denied lines (one paid line shows $86.12; a letter
  must not promise a total).

## Traps
- **Rule, not clinical:** the winning point is the mental-health home-site rule and the MAC's own billing article;
  no medical necessity argument, no clinical reviewer, no peer-to-peer.
- **Correctly coded:** never "corrected claim", "billing error" or a new code; POS 10 and modifier 95 are right.
- **Not appealed:** the 05/19/2026 in-person line was paid.
- **Stale document:** the 2019 senior-center handout ("only if you live in a rural area") describes rules that no
  longer apply to mental health care.
- **Another person's record:** the wife's own MSN (blood test).
- **Drug still taken:** escitalopram continues (partial response); **mirtazapine 7.5 mg** is a sleep dose; the 2017
  grief counseling was a recovery in an earlier episode. Psychotherapy is the treatment here, not a failed drug.
- Liability: the MSN says he may be billed $0.00; a letter must not say he owes or paid for the sessions.
- **Wrong law / plan terms:** no plan, no plan terms, no ERISA, no MHPAEA, no external review, no Medicare Advantage
  rules (422.*), no expedited appeal.
- **Voice:** the wife writes about her husband; the therapist is "LCSW" / "therapist", never "Dr." or "physician".

## Arguments a strong letter makes (strongest first)
1. For treatment of a mental health disorder the **home is a permitted originating site** (42 U.S.C. 1395m(m)(7);
   MAC article A99820): the denial's ground does not apply to these 8 lines, billed with **POS 10 and modifier 95**
   as the article directs, for F33.1. Pay them as billed.
2. The in-person condition is met: an in-person session on **05/19/2026** (paid on the same MSN), 14 days before the
   first video session.
3. The sessions helped (PHQ-9 16 to 10); he attended from home because he no longer drives.

## What a letter must NOT say
- "corrected claim", "coding error", "billed incorrectly"; "medically necessary" as the ground; "peer-to-peer".
- "rural area" as a condition; "the plan's policy"; "ERISA", "MHPAEA", "external review", "42 CFR 422".
- "Dr. Lindqvist-Oyelaran", "his physician" for the LCSW; "failed escitalopram"; mirtazapine as a trial.
- "Ruth Greenhalgh's blood test"; "he owes" or "we paid".
"""

ANSWERS = [
    ("plan type", "plan_type: medicare", "case.yaml"),
    ("deadline words", "ask for a redetermination within 120 days from the date you receive this notice", "denial/medicare-summary-notice-2026-10-30.txt"),
    ("computed date", "by 03/04/2027", "truth"),
    ("denial's ground", "Your home is not an approved originating site for this service.", "denial/medicare-summary-notice-2026-10-30.txt"),
    ("rule in the article", "the beneficiary's home is a permitted originating site in any geographic area", "other/billing-article-a99820-mental-health-telehealth.txt"),
    ("billing the article asks", "Report place of service 10 (telehealth in the patient's home) with modifier 95.", "other/billing-article-a99820-mental-health-telehealth.txt"),
    ("how the lines were billed", "(90834), POS 10, modifier 95", "denial/medicare-summary-notice-2026-10-30.txt"),
    ("in-person visit", "In-person intake and session 05/19/2026", "clinical/lcsw-treatment-summary-2026-10-02.txt"),
    ("paid line not appealed", "Approved; Medicare paid $86.12", "denial/medicare-summary-notice-2026-10-30.txt"),
    ("coded correctly", "coding_correct: true", "case.yaml"),
    ("stale document", "only if you live in a rural area", "other/telehealth-flyer-2019-stale.txt"),
    ("other person's record", "[The wife's own notice, received the same week.]", "other/msn-ruth-greenhalgh-2026-10.txt"),
    ("drug still taken", "escitalopram 10 mg daily since 11/2025, partial response, continued", "clinical/lcsw-treatment-summary-2026-10-02.txt"),
    ("sleep dose", "mirtazapine 7.5 mg at bedtime for sleep", "clinical/lcsw-treatment-summary-2026-10-02.txt"),
    ("earlier-episode response", "with full recovery", "clinical/lcsw-treatment-summary-2026-10-02.txt"),
    ("author", "Wife and appointed representative (CMS-1696)", "case.yaml"),
]
