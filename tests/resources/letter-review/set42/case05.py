SLUG = "05-insured-employer-ect-anesthesia-bundled-under-2023-policy-first-appeal-anesthesia-billing"

CASE_YAML = r'''
# FICTIONAL CASE (set 42, case 05) - every person, plan, insurer, provider, number and address is invented.
# Insured employer group PPO (ERISA), Kentucky. Gwendolyn Osei-Barker, 61, had 8 acute ECT treatments 09/08-10/01/2026.
# The insurer paid the psychiatrist and the hospital but denied the separate anesthesia group's claim (CO-97,
# "included in the payment for 90870") under reimbursement policy RP-ANES-07 as revised in 2023; the revision in force
# from 01/01/2026 pays anesthesia for ECT by a separate anesthesia practitioner. The anesthesia group's billing
# manager files the first appeal for the group, a party to its own claim.
patient:
  name: Gwendolyn Osei-Barker
  salutation: Mrs. Osei-Barker
  date_of_birth: 1965-01-23
  member_id: FICT-BHH-G44017723
  address: |-
    611 Kentucky Avenue
    Paducah, KY 42003
  phone: (270) 555-0133
insurer:
  name: Blue Heron Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Blue Heron Health Insurance Company - Provider Appeals (FICTIONAL)
    PO Box 45110
    Louisville, KY 40253
  fax: (502) 555-0171
claim:
  number: BHH-26-1009-558214
  plan_type: employer_erisa
  funding: insured
  employees: 420
  notice_date: 2026-10-20
  appeal_deadline: 2027-04-18
  deadline_basis: >-
    Explanation of benefits of 10/20/2026: "You or your provider may appeal within 180 days of receiving this notice."
  service_dates: [2026-09-08, 2026-09-10, 2026-09-14, 2026-09-17, 2026-09-21, 2026-09-24, 2026-09-28, 2026-10-01]
  sessions: 8
  setting: outpatient
  procedure_codes: ["00104"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-97]
  denial_reason: >-
    The benefit for this service is included in the payment for another service already adjudicated (90870).
    Anesthesia for electroconvulsive therapy is included in the ECT procedure per Reimbursement Policy RP-ANES-07.
    (CARC 97)
  denial_category: coding_billing
  coding_correct: true
  action: none
  corrections:
    - said: Anesthesia for electroconvulsive therapy is included in the ECT procedure per Reimbursement Policy RP-ANES-07.
      record: >-
        Reimbursement Policy RP-ANES-07 as revised effective 01/01/2026 pays anesthesia for ECT separately when a
        separate anesthesia practitioner gives it; the "included" wording is from the 2023 revision, which the 2026
        revision replaced. The anesthesia records show a separate anesthesiologist for every treatment.
      file: other/reimbursement-policy-rp-anes-07-rev-2026.txt
      page: 1
plan_policy:
  name: Blue Heron Reimbursement Policy RP-ANES-07 "Anesthesia services", revision effective 01/01/2026
  number: RP-ANES-07
  quote: >-
    Anesthesia for electroconvulsive therapy (00104) is reimbursed separately from the ECT procedure when it is
    personally performed by an anesthesiologist or a certified registered nurse anesthetist who is not the
    practitioner performing the ECT. Report the anesthesia modifier (AA or QZ).
  file: other/reimbursement-policy-rp-anes-07-rev-2026.txt
  other_terms: >-
    RP-ANES-07, revision 2023 (superseded 01/01/2026): "Anesthesia for electroconvulsive therapy is included in
    the ECT procedure and is not separately reimbursed."
  other_terms_file: other/reimbursement-policy-rp-anes-07-rev-2023-superseded.txt
  other_terms_apply: >-
    The denial quotes the 2023 revision; every date of service falls in 2026, after the 2026 revision replaced it on
    01/01/2026, so the 2023 wording does not govern this claim.
service_lines:
  - {date: 2026-09-08, code: "00104", modifiers: [AA], units: 1, place_of_service: "22", description: "anesthesia for ECT, personally performed by the anesthesiologist"}
  - {date: 2026-09-10, code: "00104", modifiers: [AA], units: 1, place_of_service: "22", description: "anesthesia for ECT, personally performed by the anesthesiologist"}
  - {date: 2026-09-14, code: "00104", modifiers: [AA], units: 1, place_of_service: "22", description: "anesthesia for ECT, personally performed by the anesthesiologist"}
  - {date: 2026-09-17, code: "00104", modifiers: [AA], units: 1, place_of_service: "22", description: "anesthesia for ECT, personally performed by the anesthesiologist"}
  - {date: 2026-09-21, code: "00104", modifiers: [AA], units: 1, place_of_service: "22", description: "anesthesia for ECT, personally performed by the anesthesiologist"}
  - {date: 2026-09-24, code: "00104", modifiers: [AA], units: 1, place_of_service: "22", description: "anesthesia for ECT, personally performed by the anesthesiologist"}
  - {date: 2026-09-28, code: "00104", modifiers: [AA], units: 1, place_of_service: "22", description: "anesthesia for ECT, personally performed by the anesthesiologist"}
  - {date: 2026-10-01, code: "00104", modifiers: [AA], units: 1, place_of_service: "22", description: "anesthesia for ECT, personally performed by the anesthesiologist"}
treatment:
  name: Anesthesia for electroconvulsive therapy (00104), 8 treatments
  summary: >-
    General anesthesia given by a separate anesthesiologist for each of 8 acute ECT treatments; the ECT itself was
    paid, and only the anesthesia group's claim is appealed.
clinical:
  severity: MADRS 38 on 09/04/2026; MADRS 12 on 10/02/2026
  severity_date: 2026-10-02
  suicidality: none
  suicidality_date: 2026-10-02
  response: MADRS 38 (09/04/2026) to 12 (10/02/2026)
  response_level: response
  history:
    - drug: Nortriptyline
      dose: 75 mg daily
      start: 2025-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through ECT
      evidence: {file: clinical/ect-anesthesia-record-summary-2026-10-01.txt, page: 1}
    - drug: Lorazepam
      dose: 0.5 mg as needed, held the night before each ECT
      start: 2026-06
      ongoing: true
      kind: other
      outcome: For anxiety; held before ECT; not an antidepressant trial
      evidence: {file: clinical/ect-anesthesia-record-summary-2026-10-01.txt, page: 1}
author:
  name: Rosalind Achterkamp-Diallo
  role: Billing manager, Purchase Area Anesthesia Group (the anesthesia provider)
  relation: provider
  address: |-
    Purchase Area Anesthesia Group (FICTIONAL), 2501 Kentucky Avenue, Suite 104
    Paducah, KY 42003
  phone: (270) 555-0145
  email: billing@purchase-anesthesia.example
provider:
  name: Purchase Area Anesthesia Group
  credentials: Anesthesiology group practice, network provider
  npi: "1369138106"
  address: |-
    2501 Kentucky Avenue, Suite 104
    Paducah, KY 42003
  phone: (270) 555-0145
employer:
  name: Riverbend Cabinetry Company, Benefits Office (FICTIONAL)
  address: |-
    88 Industrial Road
    Paducah, KY 42001
bates_prefix: OSEIBARKER
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/explanation-of-benefits-2026-10-20.txt": '''
BLUE HERON HEALTH INSURANCE COMPANY (FICTIONAL) - PROVIDER EXPLANATION OF BENEFITS     Date: 10/20/2026
Patient: Gwendolyn Osei-Barker   DOB 01/23/1965   ID FICT-BHH-G44017723   Group: Riverbend Cabinetry Co. PPO
Provider: Purchase Area Anesthesia Group, NPI 1369138106   Claim BHH-26-1009-558214
09/08-10/01/2026  00104-AA x8 dates   Billed $5,760.00   Allowed $0.00   Paid $0.00
CARC 97. The benefit for this service is included in the payment for another service already adjudicated (90870).
Anesthesia for electroconvulsive therapy is included in the ECT procedure per Reimbursement Policy RP-ANES-07.
You or your provider may appeal within 180 days of receiving this notice.
''',
"other/reimbursement-policy-rp-anes-07-rev-2026.txt": '''
BLUE HERON HEALTH INSURANCE COMPANY (FICTIONAL) - REIMBURSEMENT POLICY RP-ANES-07 "Anesthesia services"
Revision effective 01/01/2026 (replaces the 2023 revision)                               Page 1 of 1
Anesthesia for electroconvulsive therapy (00104) is reimbursed separately from the ECT procedure when it is personally
performed by an anesthesiologist or a certified registered nurse anesthetist who is not the practitioner performing
the ECT. Report the anesthesia modifier (AA or QZ).
''',
"other/reimbursement-policy-rp-anes-07-rev-2023-superseded.txt": '''
BLUE HERON HEALTH INSURANCE COMPANY (FICTIONAL) - REIMBURSEMENT POLICY RP-ANES-07, revision 2023
[Superseded 01/01/2026 by the 2026 revision.]
Anesthesia for electroconvulsive therapy is included in the ECT procedure and is not separately reimbursed.
''',
"clinical/ect-anesthesia-record-summary-2026-10-01.txt": '''
LOURDES VALLEY HOSPITAL (FICTIONAL) - ECT ANESTHESIA RECORD SUMMARY                      Date: 10/01/2026
Patient: Gwendolyn Osei-Barker   DOB 01/23/1965   Page 1 of 1
Acute ECT, right unilateral, 8 treatments: 09/08, 09/10, 09/14, 09/17, 09/21, 09/24, 09/28, 10/01/2026.
ECT given by: Marguerite Oyelaran-Pike, MD, psychiatrist (FICTIONAL).
Anesthesia personally performed for every treatment by: Caspian Dunleavy, MD, anesthesiologist, Purchase Area
Anesthesia Group (FICTIONAL) - methohexital and succinylcholine; airway by mask ventilation.
Medication: nortriptyline 75 mg daily since 11/2025, partial response, continued; lorazepam 0.5 mg as needed for
anxiety, held the night before each treatment. MADRS 38 (09/04) to 12 (10/02). No suicidal ideation.
''',
"other/ect-suite-schedule-2026-09-08.txt": '''
LOURDES VALLEY HOSPITAL (FICTIONAL) - ECT SUITE SCHEDULE, 09/08/2026
07:30 G. Osei-Barker (acute #1) - anesthesia C. Dunleavy, MD
08:15 H. Pruitt (maintenance) - anesthesia C. Dunleavy, MD   [another patient]
''',
}

TRUTH = r'''
# 05 - Insured employer plan: anesthesia for ECT denied as "included" under a reimbursement policy revision that was replaced on 01/01/2026; first appeal by the anesthesia group's billing manager (FICTIONAL)

All people, plans, insurers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Gwendolyn Osei-Barker, 61 (DOB 01/23/1965), in an **insured employer group PPO** (Riverbend Cabinetry, 420
  employees; ERISA), had **8 acute ECT treatments 09/08/2026-10/01/2026**. The psychiatrist's ECT (90870) and the
  hospital were paid. The **anesthesia group's claim** (00104-AA, 8 dates; claim BHH-26-1009-558214) was denied on
  **10/20/2026**, **CARC 97**, "included in the payment for ... 90870 ... per Reimbursement Policy RP-ANES-07".
- **RP-ANES-07, revision effective 01/01/2026**, pays anesthesia for ECT separately when personally performed by an
  anesthesiologist or CRNA who is not the ECT practitioner, with modifier AA or QZ. The "included" wording is the
  **2023 revision, superseded 01/01/2026**. Every date of service is in 2026.
- The anesthesia record: a separate anesthesiologist (Dr. Dunleavy) personally performed anesthesia at every
  treatment; the ECT was given by a psychiatrist (Dr. Oyelaran-Pike). The claim was billed correctly (AA).
- **Rule and stage:** ERISA claims rule, 29 CFR 2560.503-1(h)(3)(i): first internal appeal within **180 days of
  receipt: by 04/18/2027** (counted from the notice date, conservative). Post-service decision within 60 days for a
  single-level plan (30 per level for two).
- **Author:** the anesthesia group's billing manager, for the group (a party to its own claim), about
  "Mrs. Osei-Barker" / "the patient"; no patient authorization is needed.

## Deliberately unknown
- Whether the plan gives external review for this denial: a coding/payment-policy denial involves no medical
  judgment; a letter must not promise external review.
- The allowed amount per date: not in the case.
- Why the insurer's system applied the 2023 revision: not known; a letter may ask.

## Traps
- **Plan document and date:** the revision in force on the dates of service governs; the denial quotes the
  superseded one.
- **Not medical necessity:** no clinical reviewer, peer-to-peer or "medically necessary" argument; the ECT's need is
  not disputed.
- **Coding is correct:** no corrected claim is needed; a letter must not say the claim was corrected or resubmitted.
- **Other person:** the ECT suite schedule lists another patient (H. Pruitt).
- **Drug still taken:** nortriptyline continues (partial response). **Lorazepam** is held before ECT; not a trial.
- **90870 is paid** and not appealed.
- **Wrong law:** no external review promised, no MHPAEA argument needed, no Medicare rule; CPT descriptors not quoted.

## Arguments a strong letter makes (strongest first)
1. RP-ANES-07 as revised effective 01/01/2026 pays anesthesia for ECT separately when a separate anesthesiologist
   personally performs it; the denial applied the 2023 wording, which no longer governs 2026 dates of service.
2. The record shows a separate anesthesiologist at all 8 treatments, billed with modifier AA as the policy asks:
   reprocess and pay the claim as billed.
3. Ask for the documents relevant to the claim, including the policy revision the insurer applied (29 CFR
   2560.503-1(h)(2)(iii)).

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "clinical reviewer"; "external review" as the next step.
- "corrected claim", "resubmitted", "coding error"; "not separately reimbursed" as the governing rule.
- "H. Pruitt"; "failed nortriptyline", "stopped nortriptyline"; lorazepam as a trial.
- any CPT descriptor text; "90870 was denied".
'''

ANSWERS = [
    ("plan", "Riverbend Cabinetry Co. PPO", "denial/explanation-of-benefits-2026-10-20.txt"),
    ("notice date", "10/20/2026", "denial/explanation-of-benefits-2026-10-20.txt"),
    ("CARC", "CARC 97", "denial/explanation-of-benefits-2026-10-20.txt"),
    ("code and modifier billed", "00104-AA x8 dates", "denial/explanation-of-benefits-2026-10-20.txt"),
    ("appeal window", "within 180 days of receiving this notice", "denial/explanation-of-benefits-2026-10-20.txt"),
    ("appeal deadline", "by 04/18/2027", "truth"),
    ("policy revision in force", "Revision effective 01/01/2026 (replaces the 2023 revision)", "other/reimbursement-policy-rp-anes-07-rev-2026.txt"),
    ("rule in force", "reimbursed separately from the ECT procedure", "other/reimbursement-policy-rp-anes-07-rev-2026.txt"),
    ("superseded wording", "Superseded 01/01/2026", "other/reimbursement-policy-rp-anes-07-rev-2023-superseded.txt"),
    ("separate anesthesiologist", "Anesthesia personally performed for every treatment by: Caspian Dunleavy, MD", "clinical/ect-anesthesia-record-summary-2026-10-01.txt"),
    ("ECT practitioner", "Marguerite Oyelaran-Pike, MD, psychiatrist", "clinical/ect-anesthesia-record-summary-2026-10-01.txt"),
    ("number of treatments", "8 treatments", "clinical/ect-anesthesia-record-summary-2026-10-01.txt"),
    ("drug still taken", "nortriptyline 75 mg daily since 11/2025, partial response, continued", "clinical/ect-anesthesia-record-summary-2026-10-01.txt"),
    ("not a trial", "held the night before each treatment", "clinical/ect-anesthesia-record-summary-2026-10-01.txt"),
    ("other person", "H. Pruitt (maintenance)", "other/ect-suite-schedule-2026-09-08.txt"),
    ("employees", "420", "case.yaml"),
]
