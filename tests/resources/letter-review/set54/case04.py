SLUG = "04-original-medicare-iop-not-a-benefit-stale-article-revision-qic-reconsideration-husband"

CASE_YAML = r'''
# FICTIONAL CASE (set 54, case 04) - every person, contractor, provider, number and address is invented.
# Original Medicare Part B. A hospital intensive outpatient program (IOP), 09/08-10/16/2026, was denied as "not a
# covered Medicare benefit" under a 2023 revision of the contractor's billing article; the redetermination upheld
# it. Medicare has paid IOP since 01/01/2024, and the article's own 2024 revision says so. Her husband, appointed
# on CMS-1696, asks the QIC for reconsideration.
patient:
  name: Georgina Halvorsen-Pike
  salutation: Mrs. Halvorsen-Pike
  date_of_birth: 1953-02-17
  member_id: 7FK4-TR2-MW83
  address: |-
    88 Orchard Bend
    Findlay, OH 45840
  phone: (419) 555-0145
insurer:
  name: Great Lakes Medicare Administrative Services, Jurisdiction 15 A/B MAC (FICTIONAL)
  appeals_address: |-
    Great Lakes Medicare Administrative Services - Redeterminations (FICTIONAL)
    PO Box 60411
    Columbus, OH 43260
claim:
  number: "2226282104417"
  plan_type: medicare
  notice_date: 2026-10-02
  service_dates: [2026-09-08, 2026-10-16]
  sessions: 24
  setting: intensive_outpatient
  procedure_codes: [G0410, "90832"]
  diagnosis_codes: [F33.1]
  carc_codes: [CO-96]
  denial_reason: >-
    Intensive outpatient psychiatric services are not a covered Medicare benefit (Billing Article A58841).
  denial_category: not_covered
  denial_reasons: [not_covered]
  action: none
decisions:
  - date: 2026-11-10
    outcome: denied
    stage: redetermination
    opens: QIC reconsideration
    next_deadline: 2027-05-14
    reason: >-
      The redetermination is unfavorable. Per Billing Article A58841 (revision effective 10/01/2023), intensive
      outpatient psychiatric services are not a covered Medicare benefit and are not payable under Part B.
    corrections:
      - said: Intensive outpatient psychiatric services are not a covered Medicare benefit and are not payable under Part B.
        record: >-
          Billing Article A58841, revision effective 01/01/2024, the revision in force on every date of service,
          covers intensive outpatient program services billed by a hospital outpatient department with condition code
          92, and the hospital's certification of 09/08/2026 meets its requirements.
        file: other/billing-article-a58841-rev-2024-01-01.txt
        page: 1
external_review:
  agency: Keystone QIC, Part A East (FICTIONAL)
  address: |-
    Keystone QIC - Reconsiderations (FICTIONAL)
    PO Box 93102
    Pittsburgh, PA 15230
  final_denial_date: 2026-11-10
medicare_coverage:
  name: Billing Article A58841, Intensive Outpatient Program Services (revision effective 01/01/2024)
  number: A58841
  quote: >-
    Effective for dates of service on or after January 1, 2024, Medicare Part B covers intensive outpatient program
    (IOP) services furnished by a hospital outpatient department, billed with condition code 92, when a physician
    certifies that the patient needs at least 9 hours of such services per week and a written plan of care is
    established and reviewed.
  file: other/billing-article-a58841-rev-2024-01-01.txt
payer_criteria:
  - criterion: "Physician certification that the patient needs at least 9 hours of IOP services per week."
    how_met: "Dr. Samuel Okafor certified a need of 12 hours a week on 09/08/2026."
    met: true
    evidence: {file: clinical/iop-certification-and-plan-2026-09-08.txt, page: 1}
  - criterion: "A written plan of care, established and reviewed."
    how_met: "Plan of care of 09/08/2026, reviewed 10/06/2026."
    met: true
    evidence: {file: clinical/iop-certification-and-plan-2026-09-08.txt, page: 1}
  - criterion: "Billed by a hospital outpatient department with condition code 92."
    how_met: "The hospital's claim shows bill type 131 and condition code 92."
    met: true
    evidence: {file: denial/medicare-summary-notice-2026-10-02.txt, page: 1}
treatment:
  name: Hospital intensive outpatient program (IOP), 4 days a week, 3 hours a day, 09/08/2026-10/16/2026
  summary: >-
    A hospital-based intensive outpatient program for recurrent depression, certified at 12 hours a week.
clinical:
  severity: PHQ-9 19 on 09/08/2026; PHQ-9 9 on 10/16/2026
  severity_date: 2026-10-16
  suicidality: none
  suicidality_date: 2026-10-16
  response: PHQ-9 19 (09/08/2026) to 9 (10/16/2026)
  response_level: response
  history:
    - drug: Mirtazapine
      dose: 30 mg at bedtime
      start: 2025-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/iop-certification-and-plan-2026-09-08.txt, page: 1}
    - drug: Zolpidem
      dose: 5 mg at bedtime for sleep
      start: 2026-03
      end: 2026-08
      kind: other
      outcome: Sleep only; stopped 08/2026 after a fall
      evidence: {file: clinical/iop-certification-and-plan-2026-09-08.txt, page: 1}
author:
  name: Arne Halvorsen-Pike
  role: husband and appointed representative (CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-2026-11-14.txt
  address: |-
    88 Orchard Bend
    Findlay, OH 45840
  phone: (419) 555-0145
provider:
  name: Blanchard Valley Regional Hospital, Outpatient Behavioral Health (FICTIONAL)
  credentials: hospital outpatient department
  npi: "1876204938"
  address: |-
    1900 South Main Street
    Findlay, OH 45840
  phone: (419) 555-0156
record_dates:
  - file: clinical/iop-certification-and-plan-2026-09-08.txt
    date: 2026-09-08
template: external-review-request
bates_prefix: HALVORSENPIKE
footer_note: FICTIONAL TEST CASE - not a real patient, contractor or provider.
'''

DOCS = {
"denial/medicare-summary-notice-2026-10-02.txt": """
MEDICARE SUMMARY NOTICE (FICTIONAL EXCERPT) - Part B                                     Notice date: 10/02/2026
Georgina Halvorsen-Pike   Medicare number 7FK4-TR2-MW83
Blanchard Valley Regional Hospital, Outpatient Behavioral Health - claim 2226282104417, bill type 131, condition
code 92. Services 09/08/2026-10/16/2026: intensive outpatient program, 24 program days (G0410, 90832).
Medicare approved: $0.00. Reason: CO-96. Intensive outpatient psychiatric services are not a covered Medicare
benefit (Billing Article A58841).
If you disagree, ask for a redetermination within 120 days of receiving this notice.
""",
"denial/redetermination-2026-11-10.txt": """
GREAT LAKES MEDICARE ADMINISTRATIVE SERVICES (FICTIONAL) - MEDICARE REDETERMINATION NOTICE     Date: 11/10/2026
Beneficiary: Georgina Halvorsen-Pike   Claim 2226282104417   Appellant: the beneficiary
Decision: unfavorable. Per Billing Article A58841 (revision effective 10/01/2023), intensive outpatient psychiatric
services are not a covered Medicare benefit and are not payable under Part B.
Next step: you may ask for a reconsideration by the Qualified Independent Contractor, Keystone QIC, PO Box 93102,
Pittsburgh, PA 15230, within 180 days of receiving this notice.
""",
"clinical/iop-certification-and-plan-2026-09-08.txt": """
BLANCHARD VALLEY REGIONAL HOSPITAL (FICTIONAL) - IOP PHYSICIAN CERTIFICATION AND PLAN OF CARE   Date: 09/08/2026
Patient: Georgina Halvorsen-Pike   DOB 02/17/1953   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, moderate (F33.1). PHQ-9 19.
Certification: I certify that the patient needs at least 12 hours of intensive outpatient services per week.
Samuel Okafor, MD, 09/08/2026.
Plan: group psychotherapy 4 days a week, 3 hours a day; individual therapy weekly; medication review. Plan reviewed
10/06/2026. Discharged 10/16/2026, PHQ-9 9; no suicidal ideation at discharge.
Medications: mirtazapine 30 mg at bedtime since 11/2025, partial response, continued; zolpidem 5 mg for sleep
03/2026-08/2026, stopped after a fall.
""",
"other/billing-article-a58841-rev-2024-01-01.txt": """
GREAT LAKES MEDICARE ADMINISTRATIVE SERVICES (FICTIONAL) - BILLING ARTICLE A58841, INTENSIVE OUTPATIENT PROGRAM
SERVICES - Revision effective 01/01/2024 (current)                                         Page 1 of 2
Effective for dates of service on or after January 1, 2024, Medicare Part B covers intensive outpatient program
(IOP) services furnished by a hospital outpatient department, billed with condition code 92, when a physician
certifies that the patient needs at least 9 hours of such services per week and a written plan of care is
established and reviewed.
Revision history: 01/01/2024 - IOP coverage added; the statement "not a covered benefit" removed. 10/01/2023 -
prior revision (retired 12/31/2023).
""",
"other/billing-article-a58841-rev-2023-10-01-retired.txt": """
GREAT LAKES MEDICARE ADMINISTRATIVE SERVICES (FICTIONAL) - BILLING ARTICLE A58841 - Revision effective 10/01/2023
[RETIRED 12/31/2023]
Intensive outpatient psychiatric services are not a covered Medicare benefit; programs of fewer than 20 hours a
week may be billed only as individual outpatient services.
""",
"other/cms-1696-appointment-2026-11-14.txt": """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, FICTIONAL COPY)                              Signed 11/14/2026
Beneficiary: Georgina Halvorsen-Pike, Medicare number 7FK4-TR2-MW83, appoints Arne Halvorsen-Pike (husband) to act
in her claim and appeals. Representative accepts, 11/14/2026.
""",
"other/phq9-group-sheet-2026-09-22.txt": """
BLANCHARD VALLEY IOP (FICTIONAL) - WEEKLY PHQ-9 SHEET 09/22/2026
G. H.-P. 14   |   L. Marsh 22 (passive SI)   |   B. Tran 11
[Other names are other group members; not part of this claim.]
""",
}

TRUTH = r'''
# 04 - Original Medicare Part B: hospital IOP denied as "not a covered benefit" under a retired article revision; QIC reconsideration by the husband (FICTIONAL)

All people, contractors, providers, numbers and addresses are invented (FICTIONAL); the Medicare number is an
invented MBI-shaped string.

## What is true
- Georgina Halvorsen-Pike, 73 (DOB 02/17/1953), **Original Medicare Part B**, attended a **hospital IOP
  09/08/2026-10/16/2026** (24 program days, 4 days a week, 3 hours a day; certified need **12 hours a week**;
  claim 2226282104417, bill type 131, condition code 92, F33.1).
- The MSN of **10/02/2026** (CO-96) and the MAC's **redetermination of 11/10/2026** said IOP is "not a covered Medicare
  benefit", the redetermination citing **Billing Article A58841 revision effective 10/01/2023**.
- That revision was **retired 12/31/2023**. The revision **effective 01/01/2024** (current on every date of service)
  covers hospital IOP billed with condition code 92 with a physician's certification of at least **9 hours a week**
  and a plan of care. Both are in the record (certification and plan of 09/08/2026, reviewed 10/06/2026).
- Medicare has paid IOP since January 1, 2024 (the benefit added for 2024); the case rests on the article's own
  current revision.
- **Rule and stage:** **QIC reconsideration** (42 CFR 405.960-405.978), asked within **180 days of receipt** of the
  redetermination: receipt presumed 11/15/2026, **by 05/14/2027**. The QIC decides within 60 days (405.970(a)).
  Original Medicare has no plan terms.
- **Author:** her husband, appointed on **CMS-1696** (11/14/2026); he writes about "Mrs. Halvorsen-Pike".

## Deliberately unknown
- The amount Medicare would pay: not in the case.
- Why the MAC applied the retired revision: not known; a letter may ask that the current one be applied.
- Whether the hospital issued an ABN: not in the case; a letter must not say one was or was not given.

## Traps
- **Stale revision:** the 2023 revision (retired) is in the folder; it says IOP is not covered and speaks of 20 hours.
  The 20-hour figure is the PHP's, not IOP's; the IOP standard is 9 hours, met with 12.
- **Wrong category:** not medical necessity; no criteria unmet were named. No "peer-to-peer".
- **Other people:** the PHQ-9 sheet lists other group members (L. Marsh, with passive SI; B. Tran).
- **Drugs:** mirtazapine 30 mg is her antidepressant, continued (partial response): not a sleep dose, never "failed";
  **zolpidem** was a sleep medicine, stopped after a fall: not a trial.
- **No suicidal ideation** (that line on the sheet is another person's).
- **Wrong law / plan words:** no "plan terms", "Evidence of Coverage", ERISA, MHPAEA, 45 CFR 147.136, external review,
  state insurance department; not Medicare Advantage (no 42 CFR 422), no "IRE".
- **Stage:** QIC reconsideration after the redetermination, not a second redetermination or an ALJ hearing.

## Arguments a strong letter makes (strongest first)
1. The article revision the redetermination applied was retired on 12/31/2023; the revision in force on every date
   of service (effective 01/01/2024) covers hospital IOP. The claim meets it: condition code 92, a physician's
   certification of 12 hours a week (9 required), a plan of care reviewed 10/06/2026.
2. Correct the redetermination's statement that IOP is not a covered Medicare benefit, with the current revision.
3. Response (PHQ-9 19 to 9) as the record of the care given; ask that the claim be paid.

## What a letter must NOT say
- "not a covered benefit" conceded; "20 hours a week" as the standard; "partial hospitalization" for this program.
- "plan terms", "the plan's own terms", "Evidence of Coverage", "ERISA", "MHPAEA", "45 CFR 147.136", "external review".
- "ALJ", "administrative law judge" as this level; "redetermination" as the request made now.
- "L. Marsh", "B. Tran"; "suicidal ideation"; "failed mirtazapine"; zolpidem as a trial.
- an ABN as given or missing; a payment amount.
'''

ANSWERS = [
    ("plan type", "medicare", "case.yaml"),
    ("first notice", "Notice date: 10/02/2026", "denial/medicare-summary-notice-2026-10-02.txt"),
    ("decision appealed", "MEDICARE REDETERMINATION NOTICE     Date: 11/10/2026", "denial/redetermination-2026-11-10.txt"),
    ("revision applied", "revision effective 10/01/2023", "denial/redetermination-2026-11-10.txt"),
    ("revision retired", "RETIRED 12/31/2023", "other/billing-article-a58841-rev-2023-10-01-retired.txt"),
    ("revision in force", "Effective for dates of service on or after January 1, 2024", "other/billing-article-a58841-rev-2024-01-01.txt"),
    ("standard", "at least 9 hours of such services per week", "other/billing-article-a58841-rev-2024-01-01.txt"),
    ("hours certified", "at least 12 hours of intensive outpatient services per week", "clinical/iop-certification-and-plan-2026-09-08.txt"),
    ("condition code", "condition code 92", "denial/medicare-summary-notice-2026-10-02.txt"),
    ("plan reviewed", "Plan reviewed 10/06/2026", "clinical/iop-certification-and-plan-2026-09-08.txt"),
    ("response", "PHQ-9 9", "clinical/iop-certification-and-plan-2026-09-08.txt"),
    ("next level body", "Keystone QIC", "denial/redetermination-2026-11-10.txt"),
    ("deadline", "2027-05-14", "case.yaml"),
    ("author's appointment", "appoints Arne Halvorsen-Pike (husband)", "other/cms-1696-appointment-2026-11-14.txt"),
    ("antidepressant continued", "mirtazapine 30 mg at bedtime since 11/2025, partial response, continued", "clinical/iop-certification-and-plan-2026-09-08.txt"),
    ("program days", "24 program days", "denial/medicare-summary-notice-2026-10-02.txt"),
]
