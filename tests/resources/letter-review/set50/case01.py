"""FICTIONAL case 01: FEHB HMO, out-of-network prolonged exposure therapy, OPM review, nonprofit advocate."""
SLUG = "01-fehb-hmo-ptsd-exposure-therapy-out-of-network-access-clause-opm-review-advocate"

CASE_YAML = r'''
# FICTIONAL CASE (letters set 50, case 01) - every person, plan, carrier, provider, number and address is invented.
# FEHB HMO. Marisol Tennant-Ruiz, 46, a federal employee in John Day, OR, had 12 sessions of prolonged exposure
# therapy for chronic PTSD (06/08-08/24/2026) with a non-plan psychologist. The carrier denied them as non-plan
# care (CO-242) and upheld on reconsideration (10/20/2026) naming a plan provider 2 miles away that offers no
# trauma-focused therapy and took no new adult clients. The 2026 brochure's access clause pays non-plan care at
# the plan level when no plan provider offering the service is within 60 miles. A legal-aid advocate asks OPM.
patient:
  name: Marisol Tennant-Ruiz
  salutation: Ms. Tennant-Ruiz
  date_of_birth: 1980-03-09
  member_id: FICT-CFH-R7720418
  address: |-
    1180 Juniper Flat Road
    John Day, OR 97845
  phone: (541) 555-0132
insurer:
  name: Cascade Federal HMO (FICTIONAL FEHB carrier)
  appeals_address: |-
    Cascade Federal HMO - Disputed Claims (FICTIONAL)
    PO Box 44120
    Portland, OR 97208
  fax: (503) 555-0148
claim:
  number: CFH-26-0915-330871
  plan_type: fehb
  notice_date: 2026-09-15
  appeal_deadline: 2027-01-18
  deadline_basis: >-
    Reconsideration decision of 10/20/2026: "If you disagree with this decision, you may ask OPM to review it
    within 90 days of the date of this letter."
  service_dates: [2026-06-08, 2026-08-24]
  sessions: 12
  setting: outpatient
  procedure_codes: [90837]
  diagnosis_codes: [F43.12]
  carc_codes: [CO-242]
  denial_reason: >-
    Services from a non-Plan provider are not covered under this HMO. No network exception is on file.
  denial_category: out_of_network
  denial_reasons: [out_of_network]
  coding_correct: true
plan_policy:
  name: Cascade Federal HMO 2026 FEHB Brochure, Section 5(e) "Access to care when no Plan provider is available"
  number: Section 5(e)
  quote: >-
    If no Plan provider who offers the covered service you need is available within 60 miles of your home, you may
    see a non-Plan provider and we will pay for the covered service at the Plan provider benefit level. You do not
    need our prior approval.
  file: other/fehb-brochure-2026-section-5e-excerpt.txt
network:
  - name: Blue Basin Counseling (Plan provider, licensed professional counselors)
    date: 2026-05-12
    miles: 2
    outcome: >-
      Offers general counseling only; no staff trained in prolonged exposure, cognitive processing therapy or
      EMDR; not accepting new adult clients until 2027
    evidence: {file: other/blue-basin-counseling-letter-2026-05-12.txt, page: 1}
  - name: Snake River Psychology Associates (Plan provider), Ontario, OR
    date: 2026-05-14
    miles: 132
    outcome: Offers prolonged exposure; first new-patient opening 10/05/2026
    evidence: {file: other/member-services-call-notes-2026-05-14.txt, page: 1}
  - name: Deschutes Trauma Clinic (Plan provider), Bend, OR
    date: 2026-05-14
    miles: 148
    outcome: Offers prolonged exposure in person only; first opening 09/21/2026
    evidence: {file: other/member-services-call-notes-2026-05-14.txt, page: 1}
treatment:
  name: Prolonged exposure therapy for chronic PTSD, 12 weekly 60-minute psychotherapy sessions (90837)
  summary: >-
    A trauma-focused psychotherapy course for chronic post-traumatic stress disorder, given by video and in person
    by a psychologist trained in prolonged exposure, after the only Plan provider within 60 miles offered no
    trauma-focused therapy and had no opening.
clinical:
  severity: PCL-5 58 on 06/08/2026; PCL-5 24 on 08/24/2026
  severity_date: 2026-08-24
  suicidality: none
  suicidality_date: 2026-08-24
  response: PCL-5 58 (06/08/2026) to 24 (08/24/2026)
  response_level: response
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2025-02
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the therapy course
      evidence: {file: clinical/exposure-therapy-discharge-summary-2026-08-24.txt, page: 1}
    - drug: Prazosin
      dose: 2 mg at bedtime for nightmares
      start: 2025-06
      ongoing: true
      kind: other
      outcome: Taken for trauma nightmares; not an antidepressant or psychotherapy trial
      evidence: {file: clinical/exposure-therapy-discharge-summary-2026-08-24.txt, page: 1}
author:
  name: Priya Ramaswamy-Holt
  role: Health benefits advocate, High Desert Legal Aid Health Project (FICTIONAL nonprofit)
  relation: representative
  address: |-
    High Desert Legal Aid Health Project (FICTIONAL), 220 SE Court Avenue
    Pendleton, OR 97801
  phone: (541) 555-0176
  email: pholt@hdlahp.example
  authorization: other/representative-authorization-2026-11-02.txt
provider:
  name: Anneliese Moravec, PsyD
  credentials: Licensed psychologist (non-Plan provider)
  npi: "1745375182"
  address: |-
    640 NW Wall Street, Suite 3
    Bend, OR 97703
  phone: (541) 555-0119
decisions:
  - date: 2026-10-20
    outcome: denied
    stage: carrier reconsideration
    opens: OPM review
    next_deadline: 2027-01-18
    reason: >-
      We have reconsidered our decision and it is upheld. Plan providers are available in your area: Blue Basin
      Counseling, John Day, OR (2 miles). Services from a non-Plan provider are not covered.
    corrections:
      - said: "Plan providers are available in your area: Blue Basin Counseling, John Day, OR (2 miles)."
        record: >-
          Blue Basin Counseling wrote on 05/12/2026 that it offers general counseling only, that none of its
          counselors is trained in prolonged exposure, cognitive processing therapy or EMDR, and that it was not
          accepting new adult clients until 2027; the nearest Plan providers offering prolonged exposure were 132
          and 148 miles from her home.
        file: [other/blue-basin-counseling-letter-2026-05-12.txt, other/member-services-call-notes-2026-05-14.txt]
        page: 1
external_review:
  agency: U.S. Office of Personnel Management, Federal Employee Insurance Operations, Health Insurance Group 4
  address: |-
    OPM Health Insurance Group 4 (address as printed on the reconsideration decision; FICTIONAL)
    PO Box 0145
    Washington, DC 20044
  final_denial_date: 2026-10-20
reimbursement:
  amount_billed: "$2,520.00"
  amount_paid: "$2,520.00"
record_dates:
  - file: clinical/exposure-therapy-discharge-summary-2026-08-24.txt
    date: 2026-08-24
  - file: other/blue-basin-counseling-letter-2026-05-12.txt
    date: 2026-05-12
template: external-review-request
copies: [prescriber]
bates_prefix: TENNANTRUIZ
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/explanation-of-benefits-2026-09-15.txt": '''
CASCADE FEDERAL HMO (FICTIONAL FEHB CARRIER) - EXPLANATION OF BENEFITS        Date: 09/15/2026
Enrollee: Marisol Tennant-Ruiz   DOB 03/09/1980   ID FICT-CFH-R7720418   Self Only, HMO
Provider: Anneliese Moravec, PsyD (non-Plan)   NPI 1745375182
Claim CFH-26-0915-330871

Dates 06/08/2026-08/24/2026   90837 x12   Billed $2,520.00   Allowed $0.00   Plan paid $0.00
CARC 242. Services from a non-Plan provider are not covered under this HMO. No network exception is on file.

Disputed claims: you may ask us to reconsider within 6 months of the date of this notice.
''',
"denial/reconsideration-decision-2026-10-20.txt": '''
CASCADE FEDERAL HMO (FICTIONAL) - RECONSIDERATION DECISION                     Date: 10/20/2026
To: Marisol Tennant-Ruiz   Claim CFH-26-0915-330871   Reconsideration request received 09/29/2026

We have reconsidered our decision and it is upheld. Plan providers are available in your area: Blue Basin
Counseling, John Day, OR (2 miles). Services from a non-Plan provider are not covered.

If you disagree with this decision, you may ask OPM to review it within 90 days of the date of this letter.
Write to: OPM Health Insurance Group 4, PO Box 0145, Washington, DC 20044 (address as printed; FICTIONAL).
''',
"clinical/exposure-therapy-discharge-summary-2026-08-24.txt": '''
ANNELIESE MORAVEC, PsyD (FICTIONAL) - PROLONGED EXPOSURE THERAPY DISCHARGE SUMMARY      Date: 08/24/2026
Client: Marisol Tennant-Ruiz   DOB 03/09/1980   Page 1 of 1
Diagnosis: post-traumatic stress disorder, chronic (F43.12), after a 2024 wildfire evacuation in which a coworker
died.
Course: 12 weekly 60-minute sessions of prolonged exposure, 06/08/2026-08/24/2026 (sessions 1, 6 and 12 in person
in Bend; the rest by secure video). PCL-5 58 at intake, 24 at session 12. No suicidal ideation at any session.
Medication (primary care): sertraline 100 mg daily since 02/2025, partial response, continued; prazosin 2 mg at
bedtime for nightmares since 06/2025.
Earlier care: six sessions of supportive grief counseling in 2015 after her father's death, with good effect
(a different episode; not trauma-focused).
Referral: she came after the Plan's nearest listed provider offered no trauma-focused therapy (see her letter).
''',
"other/fehb-brochure-2026-section-5e-excerpt.txt": '''
CASCADE FEDERAL HMO (FICTIONAL) - 2026 FEHB BROCHURE (excerpt)                      Page 24 of 96
Section 5(e) Access to care when no Plan provider is available
If no Plan provider who offers the covered service you need is available within 60 miles of your home, you may
see a non-Plan provider and we will pay for the covered service at the Plan provider benefit level. You do not
need our prior approval.
Section 5(e) Mental health and substance use disorder benefits: outpatient psychotherapy, individual, $20 copay
per visit from a Plan provider.
''',
"other/fehb-brochure-2025-section-5e-excerpt-superseded.txt": '''
CASCADE FEDERAL HMO (FICTIONAL) - 2025 FEHB BROCHURE (excerpt)                      Page 23 of 92
Section 5(e) Access to care
If no Plan provider is available within 100 miles of your home, you may ask us in advance to approve care from a
non-Plan provider.
[This 2025 brochure governed calendar year 2025 only; it was replaced by the 2026 brochure on 01/01/2026.]
''',
"other/blue-basin-counseling-letter-2026-05-12.txt": '''
BLUE BASIN COUNSELING (FICTIONAL) - 155 W Main Street, John Day, OR 97845          Date: 05/12/2026
To: Marisol Tennant-Ruiz

Thank you for your call of 05/11/2026. Our counselors provide general outpatient counseling. None of our staff is
trained in prolonged exposure, cognitive processing therapy or EMDR, and we are not accepting new adult clients
until 2027. We are sorry we cannot help with the trauma-focused treatment your physician recommended.
- Office manager, Blue Basin Counseling
''',
"other/member-services-call-notes-2026-05-14.txt": '''
NOTES OF A CALL TO CASCADE FEDERAL HMO MEMBER SERVICES (FICTIONAL), kept by Marisol Tennant-Ruiz   Date: 05/14/2026
Call reference CFH-MS-0514-7712, 10:20-10:48, representative "Dana".
Asked for a Plan provider offering prolonged exposure therapy for PTSD. The representative listed:
- Blue Basin Counseling, John Day (2 miles): I told her they had written that they offer no trauma-focused
  therapy and have no openings.
- Snake River Psychology Associates, Ontario, OR (132 miles): offers prolonged exposure; first new-patient
  opening 10/05/2026 (I called them the same day).
- Deschutes Trauma Clinic, Bend, OR (148 miles): prolonged exposure in person only; first opening 09/21/2026.
No other Plan provider offering it within 150 miles.
''',
"other/representative-authorization-2026-11-02.txt": '''
AUTHORIZATION OF REPRESENTATIVE (FICTIONAL)                                        Signed 11/02/2026
I, Marisol Tennant-Ruiz (DOB 03/09/1980, ID FICT-CFH-R7720418), authorize Priya Ramaswamy-Holt of the High Desert
Legal Aid Health Project to act for me in my disputed claim CFH-26-0915-330871 with Cascade Federal HMO and in
OPM's review of it, and to receive my health information for that purpose.
Signed: Marisol Tennant-Ruiz
''',
"other/blue-basin-visit-summary-2025-another-person.txt": '''
BLUE BASIN COUNSELING (FICTIONAL) - VISIT SUMMARY                                  Date: 03/18/2025
Client: Tomas Ruiz (spouse of the enrollee)   Couples and individual counseling, 4 sessions, 02-03/2025.
[Filed by mistake in the family's papers; it is his record, not hers.]
''',
}

TRUTH = r'''
# 01 - FEHB HMO: prolonged exposure therapy from a non-Plan psychologist; OPM review asked by a legal-aid advocate (FICTIONAL)

All people, plans, carriers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marisol Tennant-Ruiz, 46 (DOB 03/09/1980), a federal employee in **Cascade Federal HMO** (FEHB, HMO, Self Only),
  lives in John Day, OR. She had **12 weekly sessions of prolonged exposure therapy (90837)** for **chronic PTSD
  (F43.12)**, **06/08/2026-08/24/2026**, from Anneliese Moravec, PsyD, a **non-Plan** psychologist in Bend (3 in
  person, 9 by video). PCL-5 **58 -> 24**. She paid **$2,520.00**.
- EOB **09/15/2026**, claim CFH-26-0915-330871, **CO-242**: "Services from a non-Plan provider are not covered ... No
  network exception is on file." Reconsideration decision **10/20/2026** upheld: "Plan providers are available in
  your area: Blue Basin Counseling, John Day, OR (2 miles)."
- **Blue Basin Counseling's own letter of 05/12/2026**: general counseling only, nobody trained in prolonged
  exposure, CPT or EMDR, no new adult clients until 2027. The Plan providers that offer prolonged exposure were
  **132 miles** (Ontario, first opening 10/05/2026) and **148 miles** (Bend, first opening 09/21/2026) away (member
  services call 05/14/2026, ref CFH-MS-0514-7712).
- **The 2026 brochure, Section 5(e)**: when no Plan provider **who offers the covered service** is available within
  **60 miles** of home, a non-Plan provider is paid **at the Plan provider benefit level**, with **no prior approval**.
  So "No network exception is on file" is no ground: the clause needs none.
- **Rule and stage:** FEHB, 5 CFR 890.105: carrier reconsideration done (10/20/2026); **OPM review within 90 days of
  the carrier's decision: by 01/18/2027**. The request goes to OPM (Health Insurance Group 4 as the decision prints
  it), not to the carrier.
- **Author:** a nonprofit legal-aid advocate with the member's signed authorization (11/02/2026); she writes about
  "Ms. Tennant-Ruiz".

## Deliberately unknown
- What the carrier would allow for 90837 at the Plan level; a letter must not state a payment figure other than
  the $2,520.00 billed and paid.
- Whether any other Plan provider within 60 miles offers trauma-focused therapy besides those named: the call notes
  say none within 150 miles was named; a letter must not say "none exists" - only that none was available.
- Why the carrier's directory lists Blue Basin for PTSD care: not known.

## Traps
- **Plan document, not medicine:** the winning point is Section 5(e) of the **2026** brochure; necessity is not
  disputed.
- **Stale document:** the 2025 brochure (100 miles, advance approval needed) governed 2025 only; quoting it would
  concede that approval was required and that 132 miles counts as available.
- **A decision's wrong statement:** "Plan providers are available ... Blue Basin Counseling" against the provider's own
  letter.
- **Another person's record:** the 2025 Blue Basin visit summary is her husband's (Tomas Ruiz); not her care, not
  "she was seen at Blue Basin".
- **Drugs still taken:** sertraline continues (partial response) - never "failed" or "stopped"; prazosin is for
  nightmares, not a trial. The 2015 grief counseling is an earlier episode with good effect, never a failure.
- No suicidal ideation.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no state external review, no state insurance department; the next
  level is OPM, not an independent review organization.
- **Voice:** the advocate writes about the member; never "I had PTSD" or "my therapy".

## Arguments a strong letter makes (strongest first)
1. The 2026 brochure's Section 5(e): no Plan provider **offering prolonged exposure** was available within 60 miles
   (Blue Basin offers no trauma-focused therapy and took no new adult clients; the others were 132 and 148 miles);
   so the carrier must pay the 12 sessions at the Plan provider benefit level, and no prior approval was needed.
2. Correct the decision's statement that Blue Basin Counseling was an available Plan provider, citing its own
   05/12/2026 letter and the 05/14/2026 call.
3. The therapy worked (PCL-5 58 -> 24); OPM should direct the carrier to pay the claim at the Plan benefit level
   (reimbursing the member's $2,520.00 less her Plan copays).

## What a letter must NOT say
- "100 miles", "advance approval" or "prior approval was required"; the 2025 brochure as the governing terms.
- "Blue Basin Counseling was available"; "no provider exists".
- "Tomas Ruiz", "couples counseling" as her care.
- "failed sertraline", "stopped sertraline"; prazosin as a trial; "suicidal ideation" as present.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review organization", "state insurance department".
- "I" as the patient ("my PTSD").
'''

ANSWERS = [
    ("plan type", "plan_type: fehb", "case.yaml"),
    ("claim number", "CFH-26-0915-330871", "denial/explanation-of-benefits-2026-09-15.txt"),
    ("CARC", "CARC 242", "denial/explanation-of-benefits-2026-09-15.txt"),
    ("decision appealed", "Date: 10/20/2026", "denial/reconsideration-decision-2026-10-20.txt"),
    ("next level and window", "ask OPM to review it within 90 days of the date of this letter", "denial/reconsideration-decision-2026-10-20.txt"),
    ("deadline", "by 01/18/2027", "truth"),
    ("governing clause", "within 60 miles of your home", "other/fehb-brochure-2026-section-5e-excerpt.txt"),
    ("no approval needed", "You do not need our prior approval.", "other/fehb-brochure-2026-section-5e-excerpt.txt"),
    ("stale brochure", "governed calendar year 2025 only", "other/fehb-brochure-2025-section-5e-excerpt-superseded.txt"),
    ("named provider offers no PE", "None of our staff is trained in prolonged exposure", "other/blue-basin-counseling-letter-2026-05-12.txt"),
    ("named provider closed", "not accepting new adult clients until 2027", "other/blue-basin-counseling-letter-2026-05-12.txt"),
    ("nearest PE providers", "Ontario, OR (132 miles)", "other/member-services-call-notes-2026-05-14.txt"),
    ("sessions and code", "90837 x12", "denial/explanation-of-benefits-2026-09-15.txt"),
    ("response", "PCL-5 58 at intake, 24 at session 12", "clinical/exposure-therapy-discharge-summary-2026-08-24.txt"),
    ("other person's record", "Client: Tomas Ruiz (spouse of the enrollee)", "other/blue-basin-visit-summary-2025-another-person.txt"),
    ("author", "relation: representative", "case.yaml"),
]
