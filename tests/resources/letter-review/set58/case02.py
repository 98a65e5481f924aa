"""Case 02 (FICTIONAL): FEHB psychotherapy claim denied as late; brochure's deadline and a clearinghouse report."""

SLUG = "02-fehb-psychotherapy-timely-filing-brochure-deadline-clearinghouse-reconsideration-psychologist"

CASE_YAML = r"""
# FICTIONAL CASE (letters set 58, case 02) - every person, plan, carrier, provider, number and address is invented.
# FEHB Standard Option. 20 psychotherapy sessions 04/07-09/15/2025 with a psychologist who left the carrier's network
# on 12/31/2024. The clearinghouse shows the carrier accepted the claim on 02/04/2026; the carrier later had no record
# of it, and denied the resubmission of 11/03/2026 as past "90 days" (PR-29). The treating psychologist asks the
# carrier to reconsider, with the member's written consent.
patient:
  name: Desmond Oyelaran-Pratt
  salutation: Mr. Oyelaran-Pratt
  date_of_birth: 1985-07-23
  member_id: FICT-R11904562
  address: |-
    2317 East Mabel Street
    Tucson, AZ 85719
  phone: (520) 555-0153
insurer:
  name: Federal Benefit Association Plan, Standard Option (FICTIONAL)
  appeals_address: |-
    FBAP Disputed Claims Reconsideration (FICTIONAL)
    PO Box 30991
    Tempe, AZ 85285
  fax: (480) 555-0162
claim:
  number: FBAP-26-1103-557120
  plan_type: fehb
  notice_date: 2026-11-16
  appeal_deadline: 2027-05-16
  deadline_basis: >-
    Explanation of benefits of 11/16/2026: "You may ask us to reconsider within 6 months of the date of this
    decision" (5 CFR 890.105(b)(1)).
  service_dates: [2025-04-07, 2025-09-15]
  sessions: 20
  setting: outpatient
  procedure_codes: [90837]
  diagnosis_codes: [F43.12, F33.1]
  carc_codes: [PR-29]
  denial_reason: >-
    The time limit for filing has expired. Claims from non-network providers must be received within 90 days of the
    date of service. Claim received 11/03/2026. No earlier claim for these services was received.
  denial_category: timely_filing
  denial_reasons: [timely_filing]
  coding_correct: true
  action: none
  corrections:
    - said: No earlier claim for these services was received.
      record: >-
        The clearinghouse's payer acceptance report shows the carrier accepted this claim for the 20 sessions of
        04/07/2025-09/15/2025 on 02/04/2026 under payer claim control number FBAP-26-0204-100388.
      file: other/clearinghouse-acceptance-report-2026-02-04.txt
      page: 1
    - said: Claims from non-network providers must be received within 90 days of the date of service.
      record: >-
        The plan's 2025 brochure, Section 7, gives until December 31 of the year after the year of service; the 90-day
        limit is a term of the carrier's network provider agreement, and Dr. Marchetti-Ruiz's participation in the
        network ended on 12/31/2024.
      file:
        - other/fbap-2025-brochure-section-7-excerpt.txt
        - other/network-participation-end-confirmation-2024-11-22.txt
      page: 1
plan_policy:
  name: Federal Benefit Association Plan 2025 Brochure, Section 7 "Deadline for filing your claim"
  number: Section 7
  quote: >-
    Send us all of the documents for your claim as soon as possible. You must submit the claim by December 31 of the
    year after the year you received the service, unless timely filing was prevented by administrative operations of
    Government or legal incapacity, provided the claim was then submitted as soon as reasonably possible.
  file: other/fbap-2025-brochure-section-7-excerpt.txt
filing:
  first_submitted: 2026-02-03
  received: 2026-02-04
  proof: other/clearinghouse-acceptance-report-2026-02-04.txt
  limit_deadline: 2026-12-31
  method: electronic claim through the practice's clearinghouse (Desert Relay Claims Exchange)
  returned: 2026-10-20
  resent: 2026-11-03
treatment:
  name: Individual trauma-focused psychotherapy (prolonged exposure), 20 sessions (90837)
  summary: >-
    Twenty weekly sessions of prolonged-exposure therapy for chronic PTSD; the coverage of the sessions is not in
    question, only the filing date of their claim.
clinical:
  severity: PCL-5 58 on 04/07/2025; PCL-5 24 on 09/15/2025
  severity_date: 2025-09-15
  suicidality: none
  suicidality_date: 2025-09-15
  response: PCL-5 58 (04/07/2025) to 24 (09/15/2025)
  response_level: response
  history:
    - drug: Cognitive processing therapy
      dose: 12 weekly sessions
      start: 2019-02
      end: 2019-05
      kind: psychotherapy
      sessions: 12
      response: remission
      outcome: Remission in an earlier episode (2019), after a different trauma
      evidence: {file: clinical/treatment-summary-2025-09-15.txt, page: 1}
    - drug: Paroxetine
      dose: 20 mg daily
      start: 2023-08
      end: 2023-08
      weeks: 2
      kind: antidepressant
      adequate: false
      outcome: Stopped after 2 weeks for sedation and dizziness (intolerance)
      evidence: {file: clinical/treatment-summary-2025-09-15.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2024-01
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued during and after psychotherapy
      evidence: {file: clinical/treatment-summary-2025-09-15.txt, page: 1}
    - drug: Prazosin
      dose: 2 mg at bedtime for nightmares
      start: 2024-03
      ongoing: true
      kind: other
      outcome: For trauma nightmares; not an antidepressant trial
      evidence: {file: clinical/treatment-summary-2025-09-15.txt, page: 1}
author:
  name: Lena Marchetti-Ruiz, PsyD
  role: Licensed psychologist, the treating clinician (writing with the member's written consent)
  relation: clinician
  authorization: other/member-consent-2026-11-19.txt
  address: |-
    Saguaro Trauma Therapy (FICTIONAL), 4402 North Campbell Avenue, Suite 9
    Tucson, AZ 85718
  phone: (520) 555-0158
  email: office@saguaro-trauma.example
provider:
  name: Lena Marchetti-Ruiz, PsyD
  credentials: PsyD, licensed psychologist (Arizona), not a network provider since 01/01/2025
  npi: "1749035824"
  address: |-
    4402 North Campbell Avenue, Suite 9
    Tucson, AZ 85718
  phone: (520) 555-0158
record_dates:
  - file: clinical/treatment-summary-2025-09-15.txt
    date: 2025-09-15
bates_prefix: OYELARANPRATT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-11-16.txt": """
FEDERAL BENEFIT ASSOCIATION PLAN (FICTIONAL) - STANDARD OPTION
EXPLANATION OF BENEFITS                                                Date of decision: 11/16/2026
Member: Desmond Oyelaran-Pratt   ID FICT-R11904562   Enrollment: Self Only
Provider: Lena Marchetti-Ruiz, PsyD (non-network)   NPI 1749035824
Claim FBAP-26-1103-557120   Received 11/03/2026

Services 04/07/2025-09/15/2025   90837 x20   Billed $3,600.00   Allowed $0.00   Paid $0.00
PR-29. The time limit for filing has expired. Claims from non-network providers must be received within 90 days of
the date of service. Claim received 11/03/2026. No earlier claim for these services was received.

Disputed claims: You may ask us to reconsider within 6 months of the date of this decision. Write to FBAP Disputed
Claims Reconsideration, PO Box 30991, Tempe, AZ 85285, or fax (480) 555-0162. If we do not change our decision you
may ask the U.S. Office of Personnel Management to review it.
""",
    "clinical/treatment-summary-2025-09-15.txt": """
SAGUARO TRAUMA THERAPY (FICTIONAL) - PSYCHOTHERAPY TREATMENT SUMMARY                Date: 09/15/2025
Client: Desmond Oyelaran-Pratt   DOB 07/23/1985   Page 1 of 1
Diagnoses: PTSD, chronic (F43.12); major depressive disorder, recurrent, moderate (F33.1).
Course: prolonged exposure, 20 sessions of 60 minutes (90837), 04/07/2025-09/15/2025. PCL-5 58 at intake, 24 at
session 20. No suicidal ideation at any session.
History: cognitive processing therapy, 12 sessions, 02/2019-05/2019, remission (earlier episode, after a different
trauma). Paroxetine 20 mg 08/2023, stopped after 2 weeks for sedation and dizziness. Sertraline 150 mg daily since
01/2024, partial response, continuing (prescribed by his primary care physician). Prazosin 2 mg at bedtime for
nightmares since 03/2024.
Signed: Lena Marchetti-Ruiz, PsyD
""",
    "other/clearinghouse-acceptance-report-2026-02-04.txt": """
DESERT RELAY CLAIMS EXCHANGE (FICTIONAL CLEARINGHOUSE) - PAYER ACCEPTANCE REPORT (277CA)
Submitter: Saguaro Trauma Therapy   Batch sent 02/03/2026 17:05   Report date 02/04/2026   Page 1 of 1

Line 1  Patient: OYELARAN-PRATT, DESMOND   DOS 04/07/2025-09/15/2025   90837 x20   $3,600.00
        Payer: Federal Benefit Association Plan   Status: ACCEPTED 02/04/2026
        Payer claim control number: FBAP-26-0204-100388
Line 2  Patient: SANDOVAL, MIRIAM   DOS 01/05/2026-01/26/2026   90834 x4   $560.00
        Payer: Sonoran Community Health Plan   Status: ACCEPTED 02/04/2026
Line 3  Patient: YAZZIE-COLE, TERRENCE   DOS 12/01/2025-12/29/2025   90837 x5   $900.00
        Payer: Federal Benefit Association Plan   Status: REJECTED 02/04/2026 (member ID not found)
""",
    "other/fbap-2025-brochure-section-7-excerpt.txt": """
FEDERAL BENEFIT ASSOCIATION PLAN (FICTIONAL) - 2025 BROCHURE (excerpt)                        Page 1 of 1
Section 7. Filing a claim for covered services
Deadline for filing your claim: Send us all of the documents for your claim as soon as possible. You must submit the
claim by December 31 of the year after the year you received the service, unless timely filing was prevented by
administrative operations of Government or legal incapacity, provided the claim was then submitted as soon as
reasonably possible.
""",
    "other/network-participation-end-confirmation-2024-11-22.txt": """
FEDERAL BENEFIT ASSOCIATION PLAN (FICTIONAL) - PROVIDER NETWORK SERVICES                 Date: 11/22/2024
To: Lena Marchetti-Ruiz, PsyD, NPI 1749035824                                                     Page 1 of 1
This confirms that your participation in the FBAP provider network ends on 12/31/2024, as you asked. From
01/01/2025 you are a non-network provider. Terms of the provider agreement, including its claim-filing terms, no
longer apply to services you give on or after that date.
""",
    "other/network-provider-agreement-excerpt-2023.txt": """
FEDERAL BENEFIT ASSOCIATION PLAN (FICTIONAL) - NETWORK PROVIDER AGREEMENT (excerpt)   Term 01/01/2023-12/31/2024
Provider: Lena Marchetti-Ruiz, PsyD
4.3 Claim filing. Provider shall submit claims within 90 days of the date of service. Claims received later will be
denied and may not be billed to the member.
""",
    "other/member-consent-2026-11-19.txt": """
MEMBER'S WRITTEN CONSENT                                                         Date: 11/19/2026
I, Desmond Oyelaran-Pratt (ID FICT-R11904562), give my consent for Dr. Lena Marchetti-Ruiz to ask Federal Benefit
Association Plan to reconsider claim FBAP-26-1103-557120 for me, to send and receive my records for it, and to ask
OPM to review it if needed.
Signed: Desmond Oyelaran-Pratt
""",
}

TRUTH = r"""
# 02 - FEHB: psychotherapy denied as filed late, within the brochure's own deadline and first received in 02/2026; carrier reconsideration by the treating psychologist (FICTIONAL)

All people, plans, carriers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Desmond Oyelaran-Pratt, 41, an FEHB member (Federal Benefit Association Plan, Standard Option), had **20 sessions
  of prolonged-exposure therapy (90837), 04/07/2025-09/15/2025**, with Dr. Lena Marchetti-Ruiz, PsyD, a **non-network**
  psychologist since 01/01/2025 (her participation ended 12/31/2024, carrier's letter of 11/22/2024).
- The clearinghouse's 277CA shows the carrier **accepted the claim on 02/04/2026** (sent 02/03/2026; control number
  **FBAP-26-0204-100388**). The practice learned on 10/20/2026 that the carrier had no record of it and resubmitted on
  **11/03/2026**. The EOB of **11/16/2026** (claim FBAP-26-1103-557120, **PR-29**) applies "90 days" and says no
  earlier claim was received.
- **The plan's own document:** the 2025 brochure, Section 7: a claim must be submitted **by December 31 of the year
  after the year of service** - for 2025 services, **12/31/2026**. Both the first receipt (02/04/2026) and the
  resubmission (11/03/2026) are within it. The 90-day term is the network provider agreement's (4.3), which no longer
  applied to her from 01/01/2025.
- **Rule and stage:** FEHB, 5 CFR 890.105: the carrier reconsiders if asked **within 6 months of its decision: by
  05/16/2027**; then OPM review within 90 days of the carrier's reconsideration decision.
- **Author:** the treating psychologist (`relation: clinician`), with the member's written consent of 11/19/2026; she
  writes "I" as his treating psychologist and about "Mr. Oyelaran-Pratt".
- Expected answers (16): decision date 11/16/2026 (EOB); claim FBAP-26-1103-557120 (EOB); PR-29 (EOB); the "90
  days" words (EOB); first acceptance "ACCEPTED 02/04/2026" (277CA); control number FBAP-26-0204-100388 (277CA); the
  brochure's "by December 31 of the year after the year you received the service" (brochure); her participation
  "ends on 12/31/2024" (confirmation); the agreement's "within 90 days of the date of service" (agreement); course
  "20 sessions of 60 minutes (90837), 04/07/2025-09/15/2025" (summary); deadline by 05/16/2027 (truth); sertraline
  "partial response, continuing" (summary); paroxetine "stopped after 2 weeks for sedation and dizziness" (summary);
  prazosin "for nightmares" (summary); the CPT course "remission (earlier episode" (summary); another patient on the
  277CA, "SANDOVAL, MIRIAM" (277CA).

## Deliberately unknown
- Why the carrier lost the first claim: not in the case; a letter may ask.
- The allowed amount for 90837: not in the case; no payment figure.
- Whether the member paid the psychologist anything: not in the case.

## Traps
- **Plan document and date, not medicine.** The brochure's deadline (12/31/2026) decides the claim even on the
  11/03/2026 receipt; the 277CA adds the first receipt 02/04/2026. No medical necessity, no clinical reviewer, no
  peer-to-peer, no external review.
- **Stale/other document:** the 2023-2024 network provider agreement's 90-day term applied only while she was a network
  provider; it is not the member's filing limit. A letter must not concede the 90 days.
- **The decision's wrong statements:** "No earlier claim ... was received" (the 277CA) and the 90-day limit for
  non-network providers (the brochure).
- **Other people on a document:** the 277CA lists two other patients (Sandoval; Yazzie-Cole, whose claim was
  rejected) - not part of this appeal.
- **Drugs and therapy:** sertraline continues (partial response) - never "failed"/"stopped"; paroxetine was an
  intolerance at 2 weeks; prazosin is for nightmares, not an antidepressant trial; the 2019 CPT course was a
  **remission in an earlier episode**, never a failed trial. No suicidal ideation.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no external review, no state insurance department; FEHB's next level is
  OPM.
- **Voice:** the psychologist writes as his treating psychologist - never "physician", "Dr." about herself as a
  physician, or "the prescriber"; never the patient's "I".

## Arguments a strong letter makes (strongest first)
1. The brochure's own deadline, Section 7: claims for 2025 services may be submitted **until 12/31/2026**; the claim
   received 11/03/2026 is timely on its face. The 90-day limit the EOB applied is not in the plan's terms for members.
2. The carrier **first received the claim 02/04/2026** (277CA, FBAP-26-0204-100388), well within that deadline;
   correct the statement that no earlier claim was received.
3. The 90 days is the network agreement's term; her participation ended 12/31/2024 (carrier's own letter), so it does
   not reach 2025 services. Reprocess and pay under the plan's non-network benefits.

## What a letter must NOT say
- "filed late", "missed the 90 days", "good cause" as the main ground (the claim is timely, not excused).
- "medically necessary" as the ground; "peer-to-peer"; "external review"; "ERISA"; "29 CFR 2560.503-1";
  "45 CFR 147.136"; "state insurance department".
- "Sandoval", "Yazzie-Cole".
- "failed sertraline", "stopped sertraline"; paroxetine as an adequate trial; prazosin as an antidepressant;
  "failed cognitive processing therapy"; "suicidal ideation" as present.
- "as his physician", "I prescribed".
"""

ANSWERS = [
    ("decision date", "Date of decision: 11/16/2026", "denial/explanation-of-benefits-2026-11-16.txt"),
    ("claim number", "FBAP-26-1103-557120", "denial/explanation-of-benefits-2026-11-16.txt"),
    ("CARC", "PR-29", "denial/explanation-of-benefits-2026-11-16.txt"),
    ("limit the EOB applied", "must be received within 90 days of the date of service", "denial/explanation-of-benefits-2026-11-16.txt"),
    ("first acceptance", "Status: ACCEPTED 02/04/2026", "other/clearinghouse-acceptance-report-2026-02-04.txt"),
    ("first control number", "FBAP-26-0204-100388", "other/clearinghouse-acceptance-report-2026-02-04.txt"),
    ("brochure deadline", "by December 31 of the year after the year you received the service", "other/fbap-2025-brochure-section-7-excerpt.txt"),
    ("network participation end", "ends on 12/31/2024", "other/network-participation-end-confirmation-2024-11-22.txt"),
    ("where the 90 days comes from", "Provider shall submit claims within 90 days of the date of service", "other/network-provider-agreement-excerpt-2023.txt"),
    ("course", "20 sessions of 60 minutes (90837), 04/07/2025-09/15/2025", "clinical/treatment-summary-2025-09-15.txt"),
    ("appeal deadline", "by 05/16/2027", "truth"),
    ("sertraline", "partial response, continuing", "clinical/treatment-summary-2025-09-15.txt"),
    ("paroxetine", "stopped after 2 weeks for sedation and dizziness", "clinical/treatment-summary-2025-09-15.txt"),
    ("prazosin", "Prazosin 2 mg at bedtime for nightmares", "clinical/treatment-summary-2025-09-15.txt"),
    ("earlier episode", "remission (earlier episode", "clinical/treatment-summary-2025-09-15.txt"),
    ("other patient on the 277CA", "SANDOVAL, MIRIAM", "other/clearinghouse-acceptance-report-2026-02-04.txt"),
]
