SLUG = "03-fehb-spravato-precertification-start-date-entered-wrong-opm-review-patient"

CASE_YAML = r'''
# FICTIONAL CASE (set 31, case 03) - every person, plan, provider, number and address is invented.
# FEHB, Standard Option, New Mexico. Dorothea Vasquez-Whitlock, 46, a federal employee, had 8 Spravato induction
# sessions 08/03-08/27/2026. The carrier precertified them on 07/30/2026 for 08/03-10/31/2026, but paid only the
# sessions from 08/20 on and denied the first five (CO-197, "no precertification on file"); its reconsideration of
# 10/08/2026 upheld that, saying the precertification "began 08/20/2026". Its own approval letter says 08/03/2026.
# She asks OPM to review (she writes herself).
patient:
  name: Dorothea Vasquez-Whitlock
  salutation: Ms. Vasquez-Whitlock
  date_of_birth: 1980-02-27
  member_id: FICT-SMB-R48193027
  address: |-
    1418 Calle del Sol NE
    Albuquerque, NM 87110
  phone: (505) 555-0131
  email: d.vasquezwhitlock@mail.example
insurer:
  name: Sandia Mutual Benefit Plan, Standard Option (FICTIONAL FEHB carrier)
  appeals_address: |-
    Sandia Mutual Benefit Plan - Reconsiderations (address FICTIONAL)
    PO Box 27104
    Albuquerque, NM 87125
  fax: (505) 555-0186
claim:
  number: SMB-26-0910-772015
  plan_type: fehb
  notice_date: 2026-09-10
  service_dates: [2026-08-03, 2026-08-06, 2026-08-10, 2026-08-13, 2026-08-17]
  sessions: 5
  setting: outpatient
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent. No precertification was on file for these dates of service. (CARC 197)
  denial_category: prior_authorization
  action: none
decisions:
  - date: 2026-10-08
    outcome: denied
    stage: carrier reconsideration
    opens: OPM review
    next_deadline: 2027-01-06
    reason: >-
      We reviewed your request. Our records show the precertification for esketamine began 08/20/2026. Services on
      08/03, 08/06, 08/10, 08/13 and 08/17/2026 were provided before the precertification and remain denied.
    corrections:
      - said: "Our records show the precertification for esketamine began 08/20/2026."
        record: "The carrier's own precertification letter of 07/30/2026 approves 8 induction sessions for dates of service 08/03/2026 through 10/31/2026."
        file: other/precertification-approval-2026-07-30.txt
        page: 1
prior_auth:
  requested_on: 2026-07-24
  approved:
    number: precertification SMB-PC-26-0730-40418
    date: 2026-07-30
    covers: 8 Spravato induction sessions (J0013, 56 or 84 mg a session), dates of service 08/03/2026 through 10/31/2026
    quote: "Approved: esketamine nasal spray, induction, 8 sessions. Dates of service approved: 08/03/2026 through 10/31/2026."
    file: other/precertification-approval-2026-07-30.txt
    what_went_wrong: the carrier's system holds the precertification as starting 08/20/2026, not 08/03/2026
    entered: other/member-portal-authorizations-2026-10-12.txt
    lines:
      - {code: J0013, units: 8, given: 8}
plan_policy:
  name: "2026 FEHB brochure, Section 3, Other services: you need prior approval"
  quote: >-
    Precertification is approved for the dates of service stated in our approval letter. We pay covered services
    provided on those dates by the provider named in the letter.
  file: other/fehb-brochure-2026-section3-excerpt.txt
treatment:
  name: Spravato (esketamine nasal spray) induction, 8 sessions (J0013)
  summary: >-
    Twice-weekly Spravato induction for treatment-resistant depression, precertified by the carrier; MADRS fell from
    34 to 17 over the induction.
  alongside: duloxetine 90 mg daily
  setting: High Desert Interventional Psychiatry, a clinic certified in the Spravato REMS
  monitoring: 2 hours of monitoring after each dose in the clinic
clinical:
  severity: MADRS 34 on 07/20/2026; MADRS 17 on 08/27/2026
  severity_date: 2026-08-27
  suicidality: passive
  suicidality_date: 2026-06-15
  response: MADRS 34 (07/20/2026) to 17 (08/27/2026)
  response_level: partial
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2018-04
      end: 2019-05
      kind: antidepressant
      response: remission
      outcome: Remission of the 2018 episode; tapered in remission (an earlier episode, not a failed trial)
      evidence: {file: clinical/spravato-induction-summary-2026-09-02.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-01
      end: 2025-04
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks at 225 mg
      evidence: {file: clinical/spravato-induction-summary-2026-09-02.txt, page: 1}
    - drug: Duloxetine
      dose: 90 mg daily
      start: 2025-05
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with Spravato
      evidence: {file: clinical/spravato-induction-summary-2026-09-02.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily added to duloxetine
      start: 2025-11
      end: 2026-02
      weeks: 10
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: No added benefit after 10 weeks; stopped for anxiety
      evidence: {file: clinical/spravato-induction-summary-2026-09-02.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2026-03
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/spravato-induction-summary-2026-09-02.txt, page: 1}
author:
  name: Dorothea Vasquez-Whitlock
  role: Enrollee and patient
  relation: patient
  address: |-
    1418 Calle del Sol NE
    Albuquerque, NM 87110
  phone: (505) 555-0131
  email: d.vasquezwhitlock@mail.example
provider:
  name: Anselm Barraza-Kim
  credentials: MD
  npi: "1918765433"
  address: |-
    High Desert Interventional Psychiatry (FICTIONAL), 6000 Indian School Road NE, Suite 300
    Albuquerque, NM 87110
  phone: (505) 555-0144
external_review:
  agency: U.S. Office of Personnel Management, FEHB disputed claims review (address as printed in the FICTIONAL decision)
  address: |-
    OPM - Federal Employee Insurance Operations, Health Insurance Review (address as the FICTIONAL decision gives it)
    PO Box 41500 (FICTIONAL)
    Washington, DC 20044
record_dates:
  - file: clinical/spravato-induction-summary-2026-09-02.txt
    date: 2026-09-02
bates_prefix: VASQUEZWHITLOCK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/explanation-of-benefits-2026-09-10.txt": """
SANDIA MUTUAL BENEFIT PLAN (FICTIONAL FEHB CARRIER) - EXPLANATION OF BENEFITS      Date: 09/10/2026
Enrollee/patient: Dorothea Vasquez-Whitlock   Member ID FICT-SMB-R48193027   Claim SMB-26-0910-772015
Provider: High Desert Interventional Psychiatry / Anselm Barraza-Kim, MD (preferred)
Page 1 of 1
08/03, 08/06, 08/10, 08/13, 08/17/2026   J0013   5 sessions   billed $5,450.00   paid $0.00   CO-197
08/20, 08/24, 08/27/2026                  J0013   3 sessions   billed $3,270.00   paid $2,943.00
Remark: Precertification/authorization absent. No precertification was on file for these dates of service.
(CARC 197)
You may ask us to reconsider within 6 months of this notice.
""",
"denial/reconsideration-decision-2026-10-08.txt": """
SANDIA MUTUAL BENEFIT PLAN (FICTIONAL FEHB CARRIER) - RECONSIDERATION DECISION      Date: 10/08/2026
To: Dorothea Vasquez-Whitlock   Member ID FICT-SMB-R48193027   Claim SMB-26-0910-772015
Page 1 of 1
We reviewed your request. Our records show the precertification for esketamine began 08/20/2026. Services on
08/03, 08/06, 08/10, 08/13 and 08/17/2026 were provided before the precertification and remain denied.
If you disagree, you may ask the U.S. Office of Personnel Management (OPM) to review our decision. You must write to
OPM within 90 days of the date of this decision: OPM - Federal Employee Insurance Operations, Health Insurance
Review, PO Box 41500, Washington, DC 20044 (FICTIONAL address for this test case).
""",
"other/precertification-approval-2026-07-30.txt": """
SANDIA MUTUAL BENEFIT PLAN (FICTIONAL FEHB CARRIER) - PRECERTIFICATION APPROVAL       Date: 07/30/2026
Patient: Dorothea Vasquez-Whitlock   Member ID FICT-SMB-R48193027   Precertification SMB-PC-26-0730-40418
Requested 07/24/2026 by Anselm Barraza-Kim, MD (NPI 1918765433), High Desert Interventional Psychiatry
Page 1 of 1
Approved: esketamine nasal spray, induction, 8 sessions. Dates of service approved: 08/03/2026 through 10/31/2026.
Code: J0013 (56 or 84 units per session). Diagnosis: F33.2.
""",
"other/member-portal-authorizations-2026-10-12.txt": """
SANDIA MUTUAL BENEFIT PLAN (FICTIONAL) - MEMBER PORTAL, "MY AUTHORIZATIONS" (printed 10/12/2026)
Enrollment: Self Plus One   Enrollee: Dorothea Vasquez-Whitlock
Page 1 of 1
SMB-PC-26-0730-40418   Patient: Dorothea (01)   esketamine induction   8 sessions   Start 08/20/2026   End 10/31/2026
SMB-PC-26-0611-38820   Patient: Elena (02, dependent)   physical therapy   12 visits   Start 06/15/2026   End 09/15/2026
""",
"other/fehb-brochure-2026-section3-excerpt.txt": """
SANDIA MUTUAL BENEFIT PLAN (FICTIONAL) - 2026 FEHB BROCHURE, STANDARD OPTION
Section 3. How you get care - Other services: you need prior approval                         Page 22
Precertification is approved for the dates of service stated in our approval letter. We pay covered services
provided on those dates by the provider named in the letter.
Section 8 (page 121): The disputed claims process. Ask us to reconsider within 6 months; if we uphold, ask OPM to
review within 90 days of our decision.
""",
"clinical/spravato-induction-summary-2026-09-02.txt": """
HIGH DESERT INTERVENTIONAL PSYCHIATRY (FICTIONAL)
SPRAVATO INDUCTION SUMMARY                                                 Date: 09/02/2026
Patient: Dorothea Vasquez-Whitlock   DOB 02/27/1980   Psychiatrist: Anselm Barraza-Kim, MD (NPI 1918765433)
Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2), treatment-resistant.
Induction: 8 sessions 08/03, 08/06, 08/10, 08/13, 08/17, 08/20, 08/24, 08/27/2026 (56 mg at sessions 1-2, 84 mg at
3-8), each with 2 hours of monitoring in the REMS-certified clinic.
MADRS 34 on 07/20/2026, 17 on 08/27/2026. Passive wish to be dead in 06/2026; none since 07/2026.
History: escitalopram 20 mg 04/2018-05/2019, remission of the 2018 episode, tapered; venlafaxine XR 225 mg
01/2025-04/2025, no response after 12 weeks; duloxetine 90 mg since 05/2025, partial response, continued; bupropion
XL 300 mg added 11/2025-02/2026, no added benefit, stopped for anxiety; mirtazapine 7.5 mg at bedtime for sleep since
03/2026.
Plan: weekly maintenance sessions to be requested separately.
""",
}

TRUTH = """# 03 - FEHB: Spravato precertified from 08/03, entered as 08/20; OPM review by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Dorothea Vasquez-Whitlock, **46**, Albuquerque, NM, a federal employee, is enrolled (Self Plus One) in a **FEHB**
  plan (Sandia Mutual Benefit Plan, Standard Option).
- The carrier **precertified** 8 Spravato induction sessions on **07/30/2026** (SMB-PC-26-0730-40418) for **dates of
  service 08/03/2026 through 10/31/2026**, requested 07/24/2026.
- She had all 8 sessions 08/03-08/27/2026. The EOB of **09/10/2026** paid the last three (08/20, 08/24, 08/27) and denied
  the first five (**08/03, 08/06, 08/10, 08/13, 08/17**; CO-197, "no precertification ... on file").
- The **reconsideration of 10/08/2026** upheld: "the precertification ... began 08/20/2026". The carrier's member portal
  shows the precertification with "Start 08/20/2026": its own record was entered wrong.
- Brochure Section 3: precertification covers "the dates of service stated in our approval letter".
- **Stage and rule:** **OPM review** of the carrier's reconsideration, 5 CFR 890.105: within **90 days of the carrier's
  decision: by 01/06/2027**. MADRS 34 -> 17; necessity is not disputed (the carrier precertified it).
- **Author:** the patient herself: "I".

## Deliberately unknown
- How the carrier came to enter 08/20/2026: unknown; the letter may ask OPM to have it corrected, not explain it.
- Whether the provider has billed her for the five sessions: not in the case.

## Traps
- **Date and document, not medicine.** The winning point is the approval letter's own dates (08/03-10/31/2026); the
  denial rests on a start date the carrier entered wrong. No medical-necessity argument is needed; no
  retro-authorization request (the authorization existed before care); never "why authorization was not obtained".
- **A decision's stated fact the record contradicts:** "began 08/20/2026".
- **Other person on a document:** the portal page also lists her daughter **Elena's** physical-therapy authorization.
- **Duloxetine continues** with a partial response (never "failed"/"stopped"); **mirtazapine 7.5 mg** is a sleep dose,
  not a trial; **escitalopram 2018-2019** brought remission of an earlier episode (never "failed"). Bupropion is an
  augmentation stopped for anxiety.
- **Suicidality:** passive in 06/2026 only, none since; no present-risk paragraph; never the Spravato suicidality
  indication.
- **Stage:** the letter answers the **10/08/2026 reconsideration**, not only the EOB; it is addressed to **OPM**, not to
  the carrier's appeal address as a first appeal.
- **Wrong law:** no ERISA, no 45 CFR 147.136 / external review by an IRO, no state insurance department, no state
  law (FEHB contracts preempt it), no Medicare.
- **Voice:** the patient writes "I" and "my treatment"; never "Ms. Vasquez-Whitlock has failed".

## Arguments a strong letter makes (strongest first)
1. The carrier's own **precertification letter of 07/30/2026** approved 8 sessions for **08/03/2026 through
   10/31/2026**; the five denied dates fall within it; the brochure (Section 3) pays services on the dates in the
   approval letter. OPM should direct the carrier to pay the five sessions.
2. The reconsideration's fact is wrong: its "began 08/20/2026" is its own mis-entered record (portal printout); ask
   that the record be corrected so maintenance claims are not denied the same way.
3. The same precertification was honored for 08/20-08/27: the carrier paid three of the eight under it.

## What a letter must NOT say
- "medically necessary" as the ground; "retroactive authorization" as the request; "authorization was not
  obtained because ...".
- "began 08/20/2026" as true; Elena's authorization as part of this claim.
- "failed duloxetine", "stopped duloxetine"; mirtazapine as a trial; "failed escitalopram"; "active suicidal
  ideation"; "approved use for suicidal ideation".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "independent review organization", "state insurance department".
- Third person for the signer ("Ms. Vasquez-Whitlock has ...") in the body as if someone else wrote.
"""

ANSWERS = [
    ("other/precertification-approval-2026-07-30.txt", "Dates of service approved: 08/03/2026 through 10/31/2026."),
    ("other/precertification-approval-2026-07-30.txt", "Requested 07/24/2026"),
    ("denial/reconsideration-decision-2026-10-08.txt", "the precertification for esketamine began 08/20/2026"),
    ("denial/reconsideration-decision-2026-10-08.txt", "within 90 days of the date of this decision"),
    ("denial/explanation-of-benefits-2026-09-10.txt", "paid $2,943.00"),
    ("denial/explanation-of-benefits-2026-09-10.txt", "No precertification was on file for these dates of service."),
    ("other/member-portal-authorizations-2026-10-12.txt", "Start 08/20/2026"),
    ("other/member-portal-authorizations-2026-10-12.txt", "Elena (02, dependent)"),
    ("other/fehb-brochure-2026-section3-excerpt.txt", "Precertification is approved for the dates of service stated in our approval letter."),
    ("clinical/spravato-induction-summary-2026-09-02.txt", "duloxetine 90 mg since 05/2025, partial response, continued"),
    ("clinical/spravato-induction-summary-2026-09-02.txt", "mirtazapine 7.5 mg at bedtime for sleep"),
    ("clinical/spravato-induction-summary-2026-09-02.txt", "remission of the 2018 episode"),
    ("clinical/spravato-induction-summary-2026-09-02.txt", "Passive wish to be dead in 06/2026; none since 07/2026."),
    ("clinical/spravato-induction-summary-2026-09-02.txt", "MADRS 34 on 07/20/2026, 17 on 08/27/2026"),
    ("truth", "by 01/06/2027"),
]
