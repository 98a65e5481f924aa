"""Set 28, case 03 (FICTIONAL): FEHB, spouse "not a covered family member" on dates after the enrollment change took effect."""

SLUG = "03-fehb-spouse-enrollment-effective-date-ketamine-carrier-reconsideration-enrollee-husband"

CASE_YAML = """
# FICTIONAL CASE (set 28, case 03) - every person, plan, provider, number and address is invented.
# FEHB, Standard Option, Montana. Tobias Renner, a federal employee, married Amara on 07/18/2026 and changed his
# enrollment from Self Only to Self and Family; his agency received the form on 07/30/2026 and made the change
# effective 08/09/2026, the first day of the next pay period. The carrier denied Amara's six in-network IV ketamine
# infusions (08/17-08/28/2026) as given before her coverage began, using 09/20/2026, the pay period in which the
# agency's electronic record reached it. Tobias, with Amara's written authorization, asks the carrier to reconsider.
patient:
  name: Amara Renner
  salutation: Mrs. Renner
  date_of_birth: 1990-12-03
  member_id: FICT-BSF-R40718823-02
  address: |-
    1127 Cooper Street
    Missoula, MT 59802
  phone: (406) 555-0116
insurer:
  name: Big Sky Federal Benefit Plan, Standard Option (FICTIONAL FEHB carrier)
  appeals_address: |-
    Big Sky Federal Benefit Plan - Reconsiderations (address FICTIONAL)
    PO Box 5190
    Helena, MT 59604
  fax: (406) 555-0163
claim:
  number: BSF-26-1009-660183
  plan_type: fehb
  notice_date: 2026-10-09
  appeal_deadline: 2027-04-09
  deadline_basis: >-
    EOB of 10/09/2026 and the brochure: "ask us in writing to reconsider within 6 months from the date of our
    decision".
  service_dates: [2026-08-17, 2026-08-19, 2026-08-21, 2026-08-24, 2026-08-26, 2026-08-28]
  sessions: 6
  setting: outpatient
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-27]
  denial_reason: >-
    Expenses incurred before coverage began. Our records show this patient was not a covered family member on the
    dates of service. Self and Family enrollment effective 09/20/2026. (CARC 27.)
  denial_category: other
  denial_reasons: [coverage_ended]
  action: none
eligibility:
  why: >-
    The enrollee changed from Self Only to Self and Family because of his marriage on 07/18/2026; his employing office
    received the change on 07/30/2026 and made it effective 08/09/2026, the first day of the first pay period that
    began after it received the request. The carrier used 09/20/2026, the pay period in which the agency's electronic
    enrollment record reached it.
  start: 2026-08-09
  coverage: Self and Family enrollment under the FEHB Program (Standard Option)
  record:
    name: Employing office's confirmation of the enrollment change (SF 2809, agency copy)
    date: 2026-08-04
    file: other/agency-enrollment-change-confirmation-2026-08-04.txt
    page: 1
  proof: [other/agency-enrollment-change-confirmation-2026-08-04.txt, other/marriage-certificate-extract-2026-07-18.txt]
plan_policy:
  name: 2026 FEHB brochure, Section 8 (the disputed claims process) and Section 10 (when coverage begins)
  quote: >-
    Family members you add because of a qualifying life event are covered from the effective date your employing
    office sets for the change. Ask us in writing to reconsider within 6 months from the date of our decision. We have
    30 days from the date we receive your request to pay the claim, write to you and maintain our denial, or ask you or
    your provider for more information.
  file: other/brochure-2026-excerpt.txt
treatment:
  name: Intravenous ketamine infusions, induction series of 6 (in network)
  summary: >-
    Six IV ketamine infusions, 08/17-08/28/2026, for severe recurrent depression after bupropion and aripiprazole augmentation failed and escitalopram gave a partial response;
    approved in advance by the carrier and given in its network.
clinical:
  severity: MADRS 34 on 08/12/2026; MADRS 15 on 09/02/2026
  severity_date: 2026-09-02
  suicidality: none
  suicidality_date: 2026-09-02
  response: MADRS 34 before the series (08/12/2026), 15 after it (09/02/2026)
  response_level: response
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2024-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through the infusions
      evidence: {file: clinical/infusion-series-summary-2026-09-02.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-03
      end: 2025-06
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks at 300 mg; stopped
      evidence: {file: clinical/infusion-series-summary-2026-09-02.txt, page: 1}
    - drug: Aripiprazole (augmentation)
      dose: 5 mg daily
      start: 2025-08
      end: 2025-10
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks added to escitalopram; stopped
      evidence: {file: clinical/infusion-series-summary-2026-09-02.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed for sleep
      start: 2025-01
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/infusion-series-summary-2026-09-02.txt, page: 1}
author:
  name: Tobias Renner
  role: Husband of the patient and the FEHB enrollee (Self and Family), writing with her written authorization
  relation: representative
  authorization: other/patient-authorization-2026-10-20.txt
  address: |-
    1127 Cooper Street
    Missoula, MT 59802
  phone: (406) 555-0117
  email: tobias.renner@mail.example
provider:
  name: Hana Kowalczyk-Reyes
  credentials: MD
  npi: "1673304188"
  address: |-
    Western Montana Infusion Psychiatry (FICTIONAL), 2300 Brooks Street
    Missoula, MT 59801
  phone: (406) 555-0140
record_dates:
  - file: clinical/infusion-series-summary-2026-09-02.txt
    date: 2026-09-02
bates_prefix: RENNER
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-10-09.txt": """
BIG SKY FEDERAL BENEFIT PLAN (FICTIONAL) - FEHB STANDARD OPTION
EXPLANATION OF BENEFITS                                        Date: 10/09/2026
Enrollee: Tobias Renner   Enrollment: Self and Family   Claim: BSF-26-1009-660183
Page 1 of 1

Patient: Amara Renner (spouse)   Provider: Hana Kowalczyk-Reyes, MD (preferred provider)
  08/17, 08/19, 08/21, 08/24, 08/26, 08/28/2026   96365, 96366, J3490   6 infusions   billed $4,200.00   paid $0.00
  Expenses incurred before coverage began. Our records show this patient was not a covered family member on the
  dates of service. Self and Family enrollment effective 09/20/2026. (CARC 27.)
  Prior approval PA-26-0810-4471 (08/10/2026) was issued subject to eligibility on the date of service.

Patient: Tobias Renner (enrollee)   Provider: Missoula Clinical Laboratory (preferred)
  08/20/2026   80053   billed $62.00   paid $62.00

If you disagree, ask us in writing to reconsider within 6 months from the date of our decision. If we maintain our
denial, you may ask OPM to review it within 90 days of our decision.
""",
    "other/agency-enrollment-change-confirmation-2026-08-04.txt": """
U.S. FOREST SERVICE, NORTHERN REGION HUMAN RESOURCES (FICTIONAL REPRODUCTION; names and numbers invented)
CONFIRMATION OF FEHB ENROLLMENT CHANGE (SF 2809, agency copy)             Date: 08/04/2026
Page 1 of 1

Employee: Tobias Renner   Enrollment code: 3X2 (Big Sky Federal Benefit Plan, Standard Option, Self and Family;
code FICTIONAL)   Previous: 3X1 (Self Only)
Event: marriage on 07/18/2026 (qualifying life event). Election received by the employing office: 07/30/2026.
Effective date of the change: 08/09/2026 (first day of the first pay period beginning after receipt).
Family member added: Amara Renner, spouse, DOB 12/03/1990.
Transmitted to the carrier with the payroll enrollment file of the pay period ending 09/19/2026.
""",
    "other/marriage-certificate-extract-2026-07-18.txt": """
CERTIFICATE OF MARRIAGE - EXTRACT (FICTIONAL REPRODUCTION)
Missoula County, Montana. Tobias Renner and Amara Solberg, married 07/18/2026. Record number FICT-MC-26-3318.
""",
    "other/brochure-2026-excerpt.txt": """
BIG SKY FEDERAL BENEFIT PLAN (FICTIONAL) - 2026 FEHB BROCHURE (excerpts)
Section 10, When coverage begins: Family members you add because of a qualifying life event are covered from the
effective date your employing office sets for the change.
Section 8, The disputed claims process: Ask us in writing to reconsider within 6 months from the date of our
decision. We have 30 days from the date we receive your request to pay the claim, write to you and maintain our
denial, or ask you or your provider for more information.
""",
    "other/open-season-confirmation-2025-12.txt": """
EMPLOYEE EXPRESS-STYLE OPEN SEASON CONFIRMATION (FICTIONAL REPRODUCTION)      Printed: 12/08/2025
Tobias Renner: 2026 enrollment 3X1, Big Sky Federal Benefit Plan, Standard Option, Self Only, effective the first
pay period of January 2026. (Printed before the 2026 marriage and enrollment change.)
""",
    "clinical/infusion-series-summary-2026-09-02.txt": """
WESTERN MONTANA INFUSION PSYCHIATRY (FICTIONAL)
INFUSION SERIES SUMMARY                                        Date: 09/02/2026
Patient: Amara Renner   DOB 12/03/1990   Psychiatrist: Hana Kowalczyk-Reyes, MD (NPI 1673304188)
Page 1 of 1

Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Series: 6 IV ketamine infusions, 0.5 mg/kg over 40 minutes, on 08/17, 08/19, 08/21, 08/24, 08/26 and 08/28/2026;
prior approval PA-26-0810-4471. MADRS 34 on 08/12/2026; MADRS 15 on 09/02/2026. No suicidal ideation at any visit.
Medication: escitalopram 20 mg daily since 11/2024, partial response, continued; bupropion XL 300 mg 03-06/2025, no
response after 12 weeks; aripiprazole 5 mg added 08-10/2025, no response after 10 weeks; hydroxyzine 25 mg at bedtime
as needed for sleep since 01/2025. Weekly CBT continues.
""",
    "other/patient-authorization-2026-10-20.txt": """
AUTHORIZATION TO ACT FOR ME IN A DISPUTED CLAIM (FICTIONAL)                  Signed: 10/20/2026
I, Amara Renner, authorize my husband, Tobias Renner, the enrollee, to ask Big Sky Federal Benefit Plan and OPM to
reconsider claim BSF-26-1009-660183 for me and to receive my health information for that purpose.
Signed: Amara Renner.
""",
}

TRUTH = """
# 03 - FEHB: spouse called not covered on dates after her enrollment took effect; carrier reconsideration by the enrollee (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tobias Renner, a federal employee, is enrolled in **Big Sky Federal Benefit Plan, Standard Option** (FEHB). He
  married **Amara** on **07/18/2026** (a qualifying life event) and changed from Self Only to **Self and Family**.
- His employing office **received the election on 07/30/2026** and set the **effective date 08/09/2026**, "first day
  of the first pay period beginning after receipt" (agency confirmation of 08/04/2026). It sent the change to the
  carrier with the payroll file of the pay period ending 09/19/2026.
- Amara had **6 in-network IV ketamine infusions on 08/17, 08/19, 08/21, 08/24, 08/26 and 08/28/2026**, prior approval
  PA-26-0810-4471; MADRS 34 -> 15. The carrier's **EOB of 10/09/2026** (claim BSF-26-1009-660183, CO-27) says "Self
  and Family enrollment effective 09/20/2026": the day its own record took the change, not the effective date.
- The brochure, **Section 10**: added family members "are covered from the effective date your employing office sets
  for the change". Every date of service is on or after **08/09/2026**.
- **Stage and rule:** request to the carrier to **reconsider**, 5 CFR 890.105(b)(1), within 6 months of the decision:
  **by 04/09/2027**; the carrier decides within 30 days (brochure Section 8); **OPM review** within 90 days of the
  carrier's decision if it maintains the denial.
- **Author:** Tobias, the enrollee and her husband, with her written authorization (10/20/2026); he writes "my wife".

## Deliberately unknown
- Whether the carrier will want the employing office to re-send the enrollment record, or OPM to settle the date:
  not in the case; the letter may ask the carrier to correct its record from the agency's confirmation and, if it
  needs it, to confirm with the employing office.
- Why the transmission was late: not in the case beyond "pay period ending 09/19/2026".
- The amount the carrier will pay (the allowed amounts and cost sharing): not known; never "$4,200.00 is owed".

## Traps
- **Date, not medicine.** The winning point is the agency's effective date (08/09/2026) and brochure Section 10. No
  count of trials as the ground, no literature, no peer-to-peer, no medical-necessity request.
- **The prior approval** (08/10/2026) says "subject to eligibility": it does not answer an eligibility denial and must
  not lead the letter; it only shows the care was approved.
- **Stale document:** the **12/2025 Open Season confirmation** shows **Self Only** for 2026; it was replaced by the
  July change. A letter must not say the enrollment was Self Only on the dates of service.
- **Other person on the document:** the EOB's **lab line (80053) is Tobias's own** claim, paid; not part of the appeal.
- **Escitalopram continues** (partial): never "failed" or "stopped". Bupropion and aripiprazole failed; hydroxyzine
  is a sleep aid; CBT is psychotherapy, not a drug trial.
- **Wrong law:** FEHB is not ERISA (no 29 CFR 2560.503-1, no EBSA/Labor Department), not the ACA external review
  (no IRO, no 45 CFR 147.136 external review, no state insurance department), no state law (5 U.S.C. 8902(m)
  preempts it), no Marketplace grace period, no COBRA. OPM review is the next level, not "external review".
- **Voice:** Tobias writes "I" for himself and "my wife"; never the patient's "I".

## Arguments a strong letter makes (strongest first)
1. The **employing office's confirmation (08/04/2026)** sets the Self and Family enrollment **effective 08/09/2026**;
   by brochure Section 10 Amara is covered from that date, and every infusion (08/17-08/28/2026) is after it. The EOB's
   "effective 09/20/2026" is contradicted by the record (it is when the carrier's record took the change).
2. Ask the carrier to correct its enrollment record to 08/09/2026 and reprocess the 6 infusions under the prior approval
   PA-26-0810-4471 at the in-network benefit; decision within 30 days of receipt (Section 8).
3. Say that if the carrier maintains the denial, OPM review follows within 90 days (5 CFR 890.105).

## What a letter must NOT say
- "Self Only" as the enrollment on the dates of service; "coverage began 09/20/2026" as true.
- "medically necessary" as the ground; "peer-to-peer"; "clinical reviewer"; "failed escitalopram".
- the lab claim (80053) as part of this appeal; "$4,200.00 is owed".
- "ERISA", "29 CFR 2560.503-1", "EBSA", "45 CFR 147.136", "independent review organization", "state insurance
  department", "grace period", "COBRA".
"""

ANSWERS = [
    ("other/agency-enrollment-change-confirmation-2026-08-04.txt", "Effective date of the change: 08/09/2026"),
    ("other/agency-enrollment-change-confirmation-2026-08-04.txt", "Election received by the employing office: 07/30/2026"),
    ("other/agency-enrollment-change-confirmation-2026-08-04.txt", "pay period ending 09/19/2026"),
    ("other/brochure-2026-excerpt.txt", "are covered from the effective date your employing office sets for the change"),
    ("other/brochure-2026-excerpt.txt", "We have 30 days from the date we receive your request"),
    ("denial/explanation-of-benefits-2026-10-09.txt", "Self and Family enrollment effective 09/20/2026"),
    ("denial/explanation-of-benefits-2026-10-09.txt", "subject to eligibility on the date of service"),
    ("denial/explanation-of-benefits-2026-10-09.txt", "Patient: Tobias Renner (enrollee)"),
    ("other/open-season-confirmation-2025-12.txt", "Printed before the 2026 marriage and enrollment change."),
    ("clinical/infusion-series-summary-2026-09-02.txt", "escitalopram 20 mg daily since 11/2024, partial response, continued"),
    ("clinical/infusion-series-summary-2026-09-02.txt", "hydroxyzine 25 mg at bedtime as needed for sleep"),
    ("clinical/infusion-series-summary-2026-09-02.txt", "MADRS 15 on 09/02/2026"),
    ("other/patient-authorization-2026-10-20.txt", "authorize my husband, Tobias Renner, the enrollee"),
    ("truth", "by 04/09/2027"),
    ("truth", "5 U.S.C. 8902(m)"),
    ("case.yaml", "start: 2026-08-09"),
]
