"""Set 32 case 08 (FICTIONAL): TRICARE Select, DEERS student eligibility after 21; the psychiatric NP writes."""
SLUG = "tricare-select-deers-student-eligibility-after-21-reconsideration-psychiatric-np"

CASE_YAML = r'''
# FICTIONAL CASE (set 32, case 08) - every person, plan, provider, number and address is invented.
# TRICARE Select, retired sponsor's daughter, Virginia. Amara Delacroix-Bennett, 22, a full-time student, sees her
# psychiatric nurse practitioner for medication management with psychotherapy. Four visits (07/08-09/16/2026) were
# denied (CO-27): "not eligible in DEERS after 08/15/2025 (age 21)". DEERS was updated on 10/14/2026 with her
# full-time student eligibility from 08/15/2025 through 05/31/2027. Her NP, appointed by her, asks the regional
# contractor to reconsider.
patient:
  name: Amara Delacroix-Bennett
  salutation: Ms. Delacroix-Bennett
  date_of_birth: 2004-08-15
  member_id: FICT-DBN-1190447328
  address: |-
    1804 Grove Avenue
    Richmond, VA 23220
  phone: (804) 555-0113
insurer:
  name: TRICARE Select, East Region contractor (FICTIONAL contractor office)
  appeals_address: |-
    TRICARE East - Claims Reconsiderations (address FICTIONAL)
    PO Box 77015
    Norfolk, VA 23501
  fax: (757) 555-0168
claim:
  number: TE-26-0924-558019
  plan_type: tricare
  notice_date: 2026-09-24
  appeal_deadline: 2026-12-23
  deadline_basis: >-
    Explanation of benefits of 09/24/2026: "To request a reconsideration, write within 90 days of the date of this
    notice" (32 CFR 199.10); counted from the notice date.
  service_dates: [2026-07-08, 2026-08-05, 2026-09-02, 2026-09-16]
  setting: outpatient
  procedure_codes: [99214, 90833]
  diagnosis_codes: [F33.1, F41.1]
  carc_codes: [CO-27]
  denial_reason: >-
    Patient not eligible on the date of service. DEERS shows dependent eligibility ended 08/15/2025 (age 21).
    (CARC 27: expenses incurred after coverage terminated.)
  denial_category: other
  denial_reasons: [coverage_ended]
  action: none
eligibility:
  why: >-
    She is a full-time student, unmarried, with her father (the retired sponsor) providing more than half of her
    support, so she stays an eligible family member after 21; DEERS had not recorded her student status until
    10/14/2026, when it was entered from her 21st birthday.
  start: 2025-08-15
  end: 2027-05-31
  coverage: TRICARE Select coverage as a full-time student family member
  record:
    name: DEERS eligibility update letter from the ID card office
    date: 2026-10-14
    file: other/deers-eligibility-update-2026-10-14.txt
    page: 1
  proof:
    - other/deers-eligibility-update-2026-10-14.txt
    - other/university-enrollment-verification-2026-09-10.txt
treatment:
  name: Psychiatric medication management with psychotherapy (99214 with 90833), monthly
  summary: >-
    Monthly medication management with psychotherapy for recurrent depression and generalized anxiety; sertraline
    continued with a partial response.
clinical:
  severity: PHQ-9 13 and GAD-7 12 on 09/16/2026
  severity_date: 2026-09-16
  suicidality: none
  suicidality_date: 2026-09-16
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2025-10
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/np-progress-note-2026-09-16.txt, page: 1}
    - drug: Bupropion XL (earlier episode)
      dose: 300 mg daily
      start: 2022-01
      end: 2023-03
      kind: antidepressant
      response: remission
      outcome: Remission in the 2022 episode; stopped when well (not a failure)
      evidence: {file: clinical/np-progress-note-2026-09-16.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed for sleep
      start: 2026-01
      ongoing: true
      kind: other
      outcome: Sleep aid only; not a trial
      evidence: {file: clinical/np-progress-note-2026-09-16.txt, page: 1}
author:
  name: Lucienne Abara-Holt
  role: Treating psychiatric nurse practitioner (DNP, PMHNP-BC), the patient's appointed representative
  relation: prescriber
  authorization: other/appointment-of-representative-2026-10-20.txt
  address: |-
    Fan District Psychiatric Associates (FICTIONAL), 1512 West Main Street
    Richmond, VA 23220
  phone: (804) 555-0138
provider:
  name: Lucienne Abara-Holt
  credentials: DNP, PMHNP-BC
  npi: "1244550988"
  address: |-
    Fan District Psychiatric Associates (FICTIONAL), 1512 West Main Street
    Richmond, VA 23220
  phone: (804) 555-0138
record_dates:
  - file: clinical/np-progress-note-2026-09-16.txt
    date: 2026-09-16
  - file: other/deers-eligibility-update-2026-10-14.txt
    date: 2026-10-14
bates_prefix: DELACROIXBENNETT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/explanation-of-benefits-2026-09-24.txt": """
TRICARE SELECT - EAST REGION CONTRACTOR (FICTIONAL OFFICE) - TRICARE EXPLANATION OF BENEFITS
Date of this notice: 09/24/2026   Sponsor: Laurent Bennett (retired)   Patient: Amara Delacroix-Bennett (daughter)
Claim TE-26-0924-558019   Provider: Lucienne Abara-Holt, DNP, PMHNP-BC (network)
Page 1 of 1

  07/08/2026  99214 + 90833   denied
  08/05/2026  99214 + 90833   denied
  09/02/2026  99214 + 90833   denied
  09/16/2026  99214 + 90833   denied     Dx F33.1, F41.1
Reason: Patient not eligible on the date of service. DEERS shows dependent eligibility ended 08/15/2025 (age 21).
(CARC 27: expenses incurred after coverage terminated.)
To request a reconsideration, write within 90 days of the date of this notice to TRICARE East - Claims
Reconsiderations, PO Box 77015, Norfolk, VA 23501, or fax (757) 555-0168.
""",
    "other/deers-eligibility-update-2026-10-14.txt": """
UNIFORMED SERVICES ID CARD OFFICE (FICTIONAL OFFICE) - DEERS ELIGIBILITY UPDATE               Date: 10/14/2026
Sponsor: Laurent Bennett, USA (Ret.)                                                            Page 1 of 1
Family member: Amara Delacroix-Bennett, DOB 08/15/2004 - full-time student status entered from 08/15/2025.
TRICARE eligibility: 08/15/2025 through 05/31/2027 (expected graduation), continuous.
Family member: Theo Bennett, DOB 03/02/2009 - eligibility unchanged (listed for the family record only).
""",
    "other/university-enrollment-verification-2026-09-10.txt": """
UNIVERSITY REGISTRAR (FICTIONAL UNIVERSITY) - ENROLLMENT VERIFICATION                       Date: 09/10/2026
Amara Delacroix-Bennett has been enrolled full time each term from fall 2022 through fall 2026 (current).
Expected graduation: 05/2027.
""",
    "other/tricare-young-adult-application-2025-draft.txt": """
TRICARE YOUNG ADULT APPLICATION (FICTIONAL COPY) - DRAFT, NOT SUBMITTED, 07/2025
Applicant: Amara Delacroix-Bennett. (The family did not submit it: she remained eligible as a full-time student.)
""",
    "clinical/np-progress-note-2026-09-16.txt": """
FAN DISTRICT PSYCHIATRIC ASSOCIATES (FICTIONAL) - PROGRESS NOTE                          Date: 09/16/2026
Patient: Amara Delacroix-Bennett   DOB 08/15/2004   Clinician: Lucienne Abara-Holt, DNP, PMHNP-BC (NPI 1244550988)
Page 1 of 1

Diagnoses: major depressive disorder, recurrent, moderate (F33.1); generalized anxiety disorder (F41.1).
PHQ-9 13, GAD-7 12. No suicidal ideation. Full-time senior at the university.
Medication: sertraline 100 mg daily since 10/2025, partial response, continued; hydroxyzine 25 mg at bedtime as
needed for sleep since 01/2026. Earlier episode (2022): bupropion XL 300 mg, remission; stopped 03/2023 when well.
Visit: medication management with 30 minutes of psychotherapy (99214 + 90833). Next visit in 4 weeks.
""",
    "other/appointment-of-representative-2026-10-20.txt": """
APPOINTMENT OF REPRESENTATIVE (FICTIONAL)                                   Signed: 10/20/2026
I, Amara Delacroix-Bennett, appoint Lucienne Abara-Holt, DNP, PMHNP-BC, to request reconsideration of TRICARE
claim TE-26-0924-558019 for me. Signed: Amara Delacroix-Bennett.
""",
}

TRUTH = r'''
# 08 - TRICARE Select: "not eligible after 21" when DEERS now shows full-time student eligibility; reconsideration by the psychiatric NP (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Amara Delacroix-Bennett, **22** (DOB 08/15/2004), Richmond, VA, the daughter of a **retired** Army sponsor, is in
  **TRICARE Select**. She is an unmarried **full-time student** (enrolled full time since fall 2022; graduation 05/2027).
- Four monthly visits, **07/08, 08/05, 09/02 and 09/16/2026** (99214 with 90833), with her network psychiatric NP were
  denied **09/24/2026** (claim TE-26-0924-558019, **CO-27**): "DEERS shows dependent eligibility ended 08/15/2025
  (age 21)".
- The **DEERS eligibility update of 10/14/2026** (dated **after** the denial) records her full-time student status
  **from 08/15/2025** and TRICARE eligibility **08/15/2025 through 05/31/2027, continuous**: every date of service
  falls within it.
- **Stage and rule:** reconsideration by the regional contractor under **32 CFR 199.10**, within **90 days of the
  notice: by 12/23/2026**. An eligibility denial is not a medical-necessity one: if upheld, the next step is a
  **formal review by the Defense Health Agency** (60 days), not the Quality Monitoring Contractor.
- **Author:** her treating psychiatric nurse practitioner (DNP, PMHNP-BC), appointed by her in writing (10/20/2026):
  "I write as Ms. Delacroix-Bennett's treating nurse practitioner"; never "physician" or "Dr."

## Deliberately unknown
- Why DEERS was not updated in 2025 (whether the school letter was sent earlier): not in the case.
- Whether the contractor will reprocess without a reconsideration once DEERS is updated: unknown; the letter asks.
- The sponsor's support figures (over half of her support): stated only in words in `eligibility.why`; no document
  in the case shows them (a letter should not quote numbers).

## Traps
- **Document and date, not medicine:** the DEERS update (10/14/2026) settles eligibility; no clinical argument is
  needed beyond naming the visits.
- **A record dated after the decision:** the DEERS update was not before the contractor; say so and ask that it be
  weighed.
- **Stale/never-filed form:** the **TRICARE Young Adult** application draft (07/2025) was **never submitted**; she is
  not in TYA and pays no TYA premium; never say she is covered "under TRICARE Young Adult".
- **Other person on a document:** her brother **Theo** is listed on the DEERS letter; not part of this appeal.
- **Drugs:** **sertraline continues** (partial); **hydroxyzine** is a sleep aid; **bupropion 2022** brought remission in
  an earlier episode - never "failed".
- **Suicidality none.**
- **Wrong law and wrong route:** no ERISA, no 45 CFR 147.136, no MHPAEA/parity, no state insurance department or
  state external review, no Medicare or Medicaid; no "second reconsideration by the Quality Monitoring Contractor".
- **Voice:** a nurse practitioner: never "physician", "Dr.", "as her doctor".

## Arguments a strong letter makes (strongest first)
1. **DEERS now shows her eligible** as a full-time student family member **from 08/15/2025 through 05/31/2027**
   (ID card office letter of 10/14/2026; university verification of 09/10/2026): the four visits of 07/08-09/16/2026
   fall within it; the "ended 08/15/2025 (age 21)" ground no longer holds. Reprocess and pay the four visits.
2. The DEERS update is dated after the denial, so it was not before the contractor: ask that it be weighed now and
   that the contractor's eligibility record be refreshed from DEERS.
3. State that the request is within 90 days of 09/24/2026.

## What a letter must NOT say
- "TRICARE Young Adult", "TYA premium"; that eligibility ended at 21.
- "Theo"; "medically necessary" as the ground; "peer-to-peer".
- "failed sertraline", "stopped sertraline", "failed bupropion"; hydroxyzine as a trial; "suicidal ideation".
- "ERISA", "45 CFR 147.136", "MHPAEA"/"parity", "state insurance department", "external review", "Quality Monitoring
  Contractor", "Medicare", "Medicaid".
- "Dr. Abara-Holt", "physician".
'''

ANSWERS = [
    ("denial/explanation-of-benefits-2026-09-24.txt", "DEERS shows dependent eligibility ended 08/15/2025 (age 21)"),
    ("denial/explanation-of-benefits-2026-09-24.txt", "within 90 days of the date of this notice"),
    ("denial/explanation-of-benefits-2026-09-24.txt", "Sponsor: Laurent Bennett (retired)"),
    ("other/deers-eligibility-update-2026-10-14.txt", "full-time student status entered from 08/15/2025"),
    ("other/deers-eligibility-update-2026-10-14.txt", "TRICARE eligibility: 08/15/2025 through 05/31/2027"),
    ("other/deers-eligibility-update-2026-10-14.txt", "Theo Bennett"),
    ("other/university-enrollment-verification-2026-09-10.txt", "enrolled full time each term from fall 2022 through fall 2026"),
    ("other/tricare-young-adult-application-2025-draft.txt", "DRAFT, NOT SUBMITTED"),
    ("clinical/np-progress-note-2026-09-16.txt", "sertraline 100 mg daily since 10/2025, partial response, continued"),
    ("clinical/np-progress-note-2026-09-16.txt", "hydroxyzine 25 mg at bedtime as"),
    ("clinical/np-progress-note-2026-09-16.txt", "bupropion XL 300 mg, remission"),
    ("clinical/np-progress-note-2026-09-16.txt", "No suicidal ideation"),
    ("other/appointment-of-representative-2026-10-20.txt", "appoint Lucienne Abara-Holt, DNP, PMHNP-BC"),
    ("case.yaml", "relation: prescriber"),
    ("truth", "32 CFR 199.10"),
    ("truth", "by 12/23/2026"),
]
