# FICTIONAL case 01, letters set 49.
SLUG = "01-original-medicare-ect-msp-group-plan-ended-before-care-qic-adult-daughter"

CASE_YAML = """
# FICTIONAL CASE (letters set 49, case 01) - every person, plan, contractor, provider, number and address is invented.
# Original Medicare Part B. Harold Vennerstrom, 71, had 10 outpatient ECT treatments 08/04-09/03/2026 at a hospital
# outpatient department. The MAC denied the claim as "group health plan primary" (CO-22) and its redetermination of
# 10/27/2026 upheld it, saying no information showed the group coverage had ended. His wife's employer coverage ended
# 05/31/2026 when she retired (no COBRA). His daughter asks the QIC for reconsideration (CMS-1696 on file).
patient:
  name: Harold Vennerstrom
  salutation: Mr. Vennerstrom
  date_of_birth: 1955-03-09
  member_id: 5FK7-QT2-MW48
  address: |-
    27 Alder Pond Road
    Brunswick, ME 04011
  phone: (207) 555-0118
insurer:
  name: Pinegate Government Health Administrators, Jurisdiction K Part A/B MAC (FICTIONAL)
  appeals_address: |-
    Northfield Qualified Independent Contractor - Part A East Reconsiderations (FICTIONAL)
    PO Box 60418
    Hartford, CT 06101
claim:
  number: 2526278114920
  plan_type: medicare
  notice_date: 2026-09-28
  service_dates: [2026-08-04, 2026-09-03]
  sessions: 10
  setting: outpatient
  procedure_codes: [90870]
  revenue_codes: ['0901']
  diagnosis_codes: [F33.3]
  carc_codes: [CO-22]
  denial_reason: >-
    This care may be covered by another payer per coordination of benefits. Our records show a group health plan
    is primary for these services. (CARC 22)
  denial_category: coordination_of_benefits
  denial_reasons: [coordination_of_benefits]
  coding_correct: true
  action: none
external_review:
  agency: Northfield Qualified Independent Contractor - Part A East (FICTIONAL)
  address: |-
    PO Box 60418
    Hartford, CT 06101
  final_denial_date: 2026-10-27
decisions:
  - date: 2026-10-27
    outcome: denied
    stage: MAC redetermination
    opens: QIC reconsideration
    next_deadline: 2027-04-30
    reason: >-
      Medicare Secondary Payer records show group health plan coverage through Lakeshore Paper Company as the
      primary payer on the dates of service. No information was received showing that this coverage ended.
      Medicare remains the secondary payer.
    corrections:
      - said: No information was received showing that this coverage ended.
        record: >-
          The redetermination request faxed on 10/05/2026 enclosed Lakeshore Paper Company's letter of 06/08/2026
          stating that Mrs. Marguerite Vennerstrom's group coverage, and her husband's as her dependent, ended
          05/31/2026; the fax confirmation shows 6 pages received.
        file: [other/redetermination-request-fax-confirmation-2026-10-05.txt, other/lakeshore-coverage-termination-letter-2026-06-08.txt]
        page: 1
other_coverage:
  plan: Lakeshore Paper Company Group Health Plan
  member_is: dependent
  covered_here_as: Medicare Part B beneficiary
  ended: 2026-05-31
  reported: 2026-10-05
  continued: false
  continued_proof: other/cobra-election-notice-2026-06-08.txt
  proof:
    - other/lakeshore-coverage-termination-letter-2026-06-08.txt
    - other/cobra-election-notice-2026-06-08.txt
treatment:
  name: Outpatient acute electroconvulsive therapy (ECT), 10 treatments (90870)
  summary: >-
    A hospital outpatient acute ECT course for recurrent severe depression with psychotic features; Medicare has
    not questioned the need for it, only which payer is primary.
clinical:
  severity: HAM-D 31 on 07/28/2026; HAM-D 9 on 09/03/2026
  severity_date: 2026-09-03
  suicidality: passive
  suicidality_date: 2026-07-28
  response: HAM-D 31 (07/28/2026) to 9 (09/03/2026)
  response_level: response
  history:
    - drug: Lithium carbonate
      dose: 600 mg daily
      start: 2024-05
      ongoing: true
      kind: augmentation
      response: partial
      outcome: Continued through and after the ECT course
      evidence: {file: clinical/ect-course-summary-2026-09-03.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2025-02
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antipsychotic or antidepressant trial
      evidence: {file: clinical/ect-course-summary-2026-09-03.txt, page: 1}
    - drug: Acute ECT (earlier episode)
      dose: 9 treatments
      start: 2019-03
      end: 2019-04
      kind: neuromodulation
      sessions: 9
      response: remission
      outcome: Remission in the 2019 episode; a response, not a failure
      evidence: {file: clinical/ect-course-summary-2026-09-03.txt, page: 1}
author:
  name: Ingrid Vennerstrom-Paille
  role: Daughter and appointed representative (CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-of-representative.txt
  address: |-
    112 Cushing Street
    Portland, ME 04102
  phone: (207) 555-0137
  email: ingrid.vp@mailbox.example
provider:
  name: Casco Bay Regional Hospital, Outpatient Behavioral Health
  npi: "@NPI:174630912@"
  address: |-
    400 Harbor View Drive
    Portland, ME 04101
  phone: (207) 555-0152
record_dates:
  - file: clinical/ect-course-summary-2026-09-03.txt
    date: 2026-09-03
  - file: other/redetermination-request-fax-confirmation-2026-10-05.txt
    date: 2026-10-05
    sent: 2026-10-05
    sent_proof: other/redetermination-request-fax-confirmation-2026-10-05.txt
  - file: other/lakeshore-coverage-termination-letter-2026-06-08.txt
    date: 2026-06-08
    sent: 2026-10-05
    sent_proof: other/redetermination-request-fax-confirmation-2026-10-05.txt
template: external-review-request
copies:
  - prescriber
bates_prefix: VENNERSTROM
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/redetermination-decision-2026-10-27.txt": """
PINEGATE GOVERNMENT HEALTH ADMINISTRATORS (FICTIONAL) - MEDICARE PART A/B REDETERMINATION DECISION
Date of this notice: 10/27/2026                                                  Page 1 of 2
Beneficiary: Harold Vennerstrom   Medicare number 5FK7-QT2-MW48
Provider: Casco Bay Regional Hospital, Outpatient Behavioral Health, NPI @NPI:174630912@
Claim 2526278114920   Dates of service 08/04/2026-09/03/2026   90870 x10, revenue code 0901
Decision: UNFAVORABLE.
Explanation: Medicare Secondary Payer records show group health plan coverage through Lakeshore Paper Company as
the primary payer on the dates of service. No information was received showing that this coverage ended.
Medicare remains the secondary payer.
Next step: If you disagree, you may ask a Qualified Independent Contractor for a reconsideration. You must file
within 180 days of the date you receive this notice. We presume you received it 5 days after the date above.
Send it to: Northfield Qualified Independent Contractor - Part A East, PO Box 60418, Hartford, CT 06101.
""",
    "denial/medicare-summary-notice-2026-09-28.txt": """
MEDICARE SUMMARY NOTICE (FICTIONAL REPRODUCTION)                               Notice date: 09/28/2026
Harold Vennerstrom   Medicare number 5FK7-QT2-MW48   Part B medical insurance - outpatient facility claims
Claim 2526278114920   Casco Bay Regional Hospital   Services 08/04/2026-09/03/2026
Electroconvulsive therapy, 10 treatments (90870)   Amount Medicare paid: $0.00
Message: This care may be covered by another payer per coordination of benefits. Our records show a group
health plan is primary for these services. (CARC 22)
You have 120 days from the date you receive this notice to ask for a redetermination.
""",
    "other/lakeshore-coverage-termination-letter-2026-06-08.txt": """
LAKESHORE PAPER COMPANY (FICTIONAL) - HUMAN RESOURCES, BENEFITS                 Date: 06/08/2026
To: Marguerite Vennerstrom, 27 Alder Pond Road, Brunswick, ME 04011                Page 1 of 1
Re: End of group health coverage
Your employment ended with your retirement on 05/29/2026. Your coverage under the Lakeshore Paper Company Group
Health Plan, and the coverage of your enrolled dependent Harold Vennerstrom, ended on 05/31/2026.
The company has about 300 employees. A separate notice explains your right to elect continuation coverage.
Benefits office: (207) 555-0164, benefits@lakeshore-paper.example
""",
    "other/cobra-election-notice-2026-06-08.txt": """
LAKESHORE PAPER COMPANY GROUP HEALTH PLAN (FICTIONAL) - CONTINUATION COVERAGE ELECTION RECORD
Date of notice: 06/08/2026   Qualified beneficiaries: Marguerite Vennerstrom; Harold Vennerstrom
Election deadline: 08/07/2026
Plan administrator's record of 08/14/2026: No election was received. Continuation coverage was not elected;
coverage ended 05/31/2026 for all qualified beneficiaries.
""",
    "other/redetermination-request-fax-confirmation-2026-10-05.txt": """
FAX TRANSMISSION REPORT (FICTIONAL)                           Sent: 10/05/2026 11:42
From: Ingrid Vennerstrom-Paille   To: Pinegate Government Health Administrators, Redeterminations fax
Pages: 6   Result: OK - 6 pages received
Cover sheet: Redetermination request, claim 2526278114920, Harold Vennerstrom. Enclosed: signed request (1 page);
Lakeshore Paper Company letter of 06/08/2026 ending group coverage 05/31/2026 (1 page); continuation coverage
record (1 page); CMS-1696 (2 pages).
""",
    "other/cms-1696-appointment-of-representative.txt": """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, FICTIONAL COPY)
Beneficiary: Harold Vennerstrom   Medicare number 5FK7-QT2-MW48
I appoint Ingrid Vennerstrom-Paille, my daughter, to act as my representative in connection with my claim or
asserted right under Medicare.   Signed: Harold Vennerstrom 09/30/2026
Acceptance: Ingrid Vennerstrom-Paille, 112 Cushing Street, Portland, ME 04102   Signed 09/30/2026
""",
    "other/msp-intake-questionnaire-2024-stale.txt": """
CASCO BAY REGIONAL HOSPITAL (FICTIONAL) - MEDICARE SECONDARY PAYER QUESTIONNAIRE       Completed: 02/12/2024
Patient: Harold Vennerstrom
Is your spouse currently employed? [X] Yes - Lakeshore Paper Company
Do you have group health coverage through your spouse's current employment? [X] Yes
[Kept in the hospital's registration file from a 2024 visit; not updated at the 2026 admission.]
""",
    "other/lakeshore-plan-eob-marguerite-2026-04.txt": """
LAKESHORE PAPER COMPANY GROUP HEALTH PLAN (FICTIONAL) - EXPLANATION OF BENEFITS        Date: 04/22/2026
Patient: Marguerite Vennerstrom (employee)   Service 04/03/2026   Office visit, dermatology   Paid $96.40
[An EOB for the wife's own care in April 2026, found with the family's papers.]
""",
    "clinical/ect-course-summary-2026-09-03.txt": """
CASCO BAY REGIONAL HOSPITAL (FICTIONAL) - ECT SERVICE COURSE SUMMARY                   Date: 09/03/2026
Patient: Harold Vennerstrom   DOB 03/09/1955   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe with psychotic features (F33.3).
Acute course: 10 bilateral treatments, 08/04/2026-09/03/2026. HAM-D 31 on 07/28/2026 with passive death wishes
and nihilistic delusions; HAM-D 9 on 09/03/2026; no suicidal ideation at discharge from the course.
Medications: lithium carbonate 600 mg daily since 05/2024 (augmentation, partial response), continued; quetiapine
25 mg at bedtime for sleep since 02/2025.
History: 9 ECT treatments in 03-04/2019 brought remission of the 2019 episode.
Attending: Dr. Tobias Lindqvist, MD, psychiatry.
""",
}

TRUTH = """
# 01 - Original Medicare Part B: outpatient ECT denied because a group plan "is primary", though that plan ended before the care; QIC reconsideration by the adult daughter (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harold Vennerstrom, 71 (DOB 03/09/1955), in **Original Medicare Part B**, had **10 outpatient acute ECT treatments
  08/04/2026-09/03/2026** (90870, revenue code 0901, F33.3) at Casco Bay Regional Hospital.
- The MSN of **09/28/2026** denied the claim (CO-22): "Our records show a group health plan is primary". The MAC's
  redetermination of **10/27/2026** upheld it and said "No information was received showing that this coverage
  ended."
- His coverage under the **Lakeshore Paper Company Group Health Plan** was as his wife's dependent; it **ended
  05/31/2026** when she retired (letter of 06/08/2026). **No continuation coverage was elected** (record of
  08/14/2026). So on every date of service (from 08/04/2026) there was no group health plan, and Medicare is the
  primary payer.
- The termination letter was **faxed with the redetermination request on 10/05/2026** (6 pages received): the
  decision's statement that no information was received is contradicted by the fax report.
- **Rule and stage:** Original Medicare, QIC reconsideration, 42 CFR 405.960-405.962: within **180 days of receipt of
  the redetermination**, receipt presumed 5 days after its date: **by 04/30/2027** (counting from the notice date
  alone: 04/25/2027). The Medicare Secondary Payer rules make a group plan primary only while the coverage is in
  force and based on current employment; after it ended there is nothing to be secondary to.
- **Author:** his daughter, appointed on CMS-1696 (09/30/2026); she writes about "Mr. Vennerstrom" / "my father".

## Deliberately unknown
- When the Benefits Coordination & Recovery Center's record will be corrected, and whether anyone told it before
  10/05/2026: not in the case (a letter may ask that the MSP record be corrected).
- The Medicare-approved amount for the course: not in the case; no payment figure may be stated.
- Whether the hospital also sent the termination letter: not known.

## Traps
- **Date, not medicine.** The winning point is the end of the group coverage (05/31/2026) before the first date of
  care; no medical necessity argument, no clinical reviewer, no peer-to-peer.
- **Stale form:** the 2024 MSP questionnaire ("spouse currently employed: Yes") predates her retirement; it is why
  the record is wrong, not a current fact.
- **Another person's record:** the April 2026 EOB is the wife's dermatology visit; it shows the plan was in force in
  April, not in August.
- **300 employees** would make the group plan primary only while the coverage was in force through current
  employment; the count does not matter after 05/31/2026. The working-aged rule must not be argued either way.
- **Lithium continues** (augmentation, partial response): never "failed" or "stopped". **Quetiapine 25 mg** is a
  sleep dose, not a trial. The **2019 ECT** was a remission in an earlier episode, not a failure.
- Suicidality: passive death wishes on **07/28/2026** only, none at the end of the course; never "active" or current.
- **Wrong law / plan terms:** Original Medicare has no plan terms, no "plan's own policy", no ERISA, no MHPAEA, no
  external review, no 72-hour expedited appeal.
- **Voice:** the daughter writes about her father; never "I received ECT".

## Arguments a strong letter makes (strongest first)
1. The group coverage **ended 05/31/2026** and was not continued (Exhibit: Lakeshore letter of 06/08/2026; election
   record): on every date of service, 08/04/2026-09/03/2026, no group health plan covered him, so Medicare is the
   primary payer. Reprocess and pay as primary, and correct the MSP record.
2. Correct the redetermination's statement that no information was received: the termination letter was faxed on
   10/05/2026 (6 pages received).
3. The need for ECT is not questioned; the course gave a response (HAM-D 31 to 9).

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "the plan's policy"; "ERISA"; "MHPAEA"; "external review";
  "expedited".
- "Lakeshore Paper Company Group Health Plan pays first" or that 300 employees make Medicare secondary.
- "failed lithium", "stopped lithium"; quetiapine as a trial; "ECT failed in 2019"; "active suicidal ideation".
- "I received" / "my treatment" (the author is the daughter).
"""

ANSWERS = [
    ("plan type", "plan_type: medicare", "case.yaml"),
    ("stage", "opens: QIC reconsideration", "case.yaml"),
    ("reconsideration deadline", "by 04/30/2027", "truth"),
    ("date the group coverage ended", "ended on 05/31/2026", "other/lakeshore-coverage-termination-letter-2026-06-08.txt"),
    ("continuation elected", "Continuation coverage was not elected", "other/cobra-election-notice-2026-06-08.txt"),
    ("first date of service", "08/04/2026-09/03/2026", "denial/redetermination-decision-2026-10-27.txt"),
    ("decision's wrong statement", "No information was received showing that this coverage ended.", "denial/redetermination-decision-2026-10-27.txt"),
    ("what the fax shows", "Result: OK - 6 pages received", "other/redetermination-request-fax-confirmation-2026-10-05.txt"),
    ("CARC", "(CARC 22)", "denial/medicare-summary-notice-2026-09-28.txt"),
    ("author and relation", "Daughter and appointed representative (CMS-1696)", "case.yaml"),
    ("stale document", "Completed: 02/12/2024", "other/msp-intake-questionnaire-2024-stale.txt"),
    ("other person's record", "Patient: Marguerite Vennerstrom (employee)", "other/lakeshore-plan-eob-marguerite-2026-04.txt"),
    ("drug still taken", "lithium carbonate 600 mg daily since 05/2024 (augmentation, partial response), continued", "clinical/ect-course-summary-2026-09-03.txt"),
    ("sleep dose", "quetiapine 25 mg at bedtime for sleep", "clinical/ect-course-summary-2026-09-03.txt"),
    ("earlier-episode response", "brought remission of the 2019 episode", "clinical/ect-course-summary-2026-09-03.txt"),
    ("response to the course", "HAM-D 9 on 09/03/2026", "clinical/ect-course-summary-2026-09-03.txt"),
]
