"""Set 29 case 07 (FICTIONAL): county employees' insured plan, IV ketamine out of network, second level; wife writes."""
SLUG = "07-county-employees-insured-iv-ketamine-network-exception-unanswered-second-level-wife"

_LINES = "\n".join(
    f"""  - {{date: {d}, place_of_service: "11", code: "96365", units: 1, diagnosis_pointers: [1], charge: "$300.00", paid: "$0.00", description: IV infusion first hour}}
  - {{date: {d}, place_of_service: "11", code: J3490, units: 1, diagnosis_pointers: [1], charge: "$150.00", paid: "$0.00", description: "ketamine HCl 50 mg/mL, 38 mg given, NDC 99999-0412-10 (FICTIONAL)"}}"""
    for d in ["2026-05-04", "2026-05-07", "2026-05-11", "2026-05-14", "2026-05-18", "2026-05-20"])

CASE_YAML = """
# FICTIONAL CASE (set 29, case 07) - every person, plan, insurer, provider, number and address is invented.
# County employees' plan, insured, Washington. Marcus Delacroix-Oyelaran, 47, had six IV ketamine infusions
# (05/04-05/20/2026) at a non-network clinic 9 miles away. The one network clinic the plan named had stopped ketamine
# infusions in 03/2026; the next was 168 miles away. His wife asked for a network exception by fax on 04/16/2026; the
# plan never answered. Certificate 4.6: if the plan does not answer within 15 days, the care is covered at the network
# level. The plan denied the claim (08/20) and the first-level appeal (10/30: "Riverbend Infusion Center, 12 miles, is
# available"). She writes the second-level appeal.
patient:
  name: Marcus Delacroix-Oyelaran
  salutation: Mr. Delacroix-Oyelaran
  date_of_birth: 1979-07-02
  member_id: FICT-CMH-TC4471902-01
  address: |-
    2604 East Rockwood Boulevard
    Spokane, WA 99223
  phone: (509) 555-0128
insurer:
  name: Cascade Mutual Health, insurer of the Tri-County Employees Health Plan (FICTIONAL)
  appeals_address: |-
    Cascade Mutual Health - Member Appeals, Second Level (address FICTIONAL)
    PO Box 48817
    Spokane, WA 99228
  fax: (509) 555-0178
claim:
  number: CMH-26-0820-671145
  plan_type: governmental
  funding: insured
  notice_date: 2026-08-20
  appeal_deadline: 2027-02-16
  deadline_basis: >-
    Notice of 08/20/2026: "You have 180 days from the date you receive this notice to appeal"; counted from the notice
    date.
  stage: second level
  service_dates: [2026-05-04, 2026-05-07, 2026-05-11, 2026-05-14, 2026-05-18, 2026-05-20]
  sessions: 6
  setting: outpatient
  procedure_codes: [96365, J3490]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-242]
  denial_reason: >-
    Services were provided by a non-network provider. Your plan does not cover non-network care except emergencies or
    an approved network exception. No network exception on file. (CARC 242.)
  denial_category: out_of_network
  action: none
  coding_correct: true
decisions:
  - date: 2026-10-30
    outcome: denied
    stage: first-level internal appeal
    opens: second-level internal appeal
    next_deadline: 2026-12-29
    reason: >-
      We upheld the denial. A network provider of ketamine infusions was available: Riverbend Infusion Center, 12 miles
      from the member's home. No network exception was approved.
    corrections:
      - said: "A network provider of ketamine infusions was available: Riverbend Infusion Center, 12 miles from the member's home."
        record: >-
          Riverbend Infusion Center wrote on 04/15/2026 that it stopped offering ketamine infusions on 03/31/2026; the
          next network provider, Wenatchee Valley Infusion, was 168 miles away with a first opening of 05/18/2026.
        file: other/riverbend-letter-2026-04-15.txt
        page: 1
prior_auth:
  requested_on: 2026-04-16
  never_decided: true
  reason_missing: >-
    A network exception was asked for by fax on 04/16/2026, 18 days before the first infusion; the plan never
    answered it.
  proof: other/network-exception-request-fax-2026-04-16.txt
plan_policy:
  name: Certificate of Coverage 2026, Section 4.6, "Network exception"
  quote: >-
    If no network provider can give you a covered service within 60 miles of your home or within 15 business days of
    your request, we will cover the service from a non-network provider at the network benefit level. Ask us before
    you receive the service. We will answer within 15 days; if we do not answer within 15 days, you may receive the
    service and we will cover it at the network benefit level.
  file: other/certificate-of-coverage-2026-section-4-6.txt
network:
  - name: Cascade Mutual Health member services (reference MS-26-0414-2290)
    date: 2026-04-14
    outcome: Named Riverbend Infusion Center as the network provider of ketamine infusions.
    evidence: {file: other/wifes-call-notes-2026-04.txt, page: 1}
  - name: Riverbend Infusion Center (network)
    date: 2026-04-15
    outcome: Stopped offering ketamine infusions on 03/31/2026 (letter of 04/15/2026); other infusions only.
    miles: 12
    evidence: {file: other/riverbend-letter-2026-04-15.txt, page: 1}
  - name: Wenatchee Valley Infusion (network)
    date: 2026-04-15
    outcome: Offers ketamine infusions; first new-patient opening 05/18/2026.
    miles: 168
    first_opening: 2026-05-18
    evidence: {file: other/wifes-call-notes-2026-04.txt, page: 1}
  - name: Inland Northwest Ketamine Center (listed in the 2025 directory)
    date: 2026-04-15
    outcome: Not a Cascade Mutual network provider in 2026.
    in_network: false
    evidence: {file: other/wifes-call-notes-2026-04.txt, page: 1}
service_lines:
""" + _LINES + """
reimbursement:
  amount_billed: "$2,700.00"
  amount_paid: "$0.00"
expenses:
  - {date: 2026-05-20, item: "6 IV ketamine infusions 05/04-05/20/2026 at $450 (paid at each visit)", amount: "$2,700.00", paid: "$2,700.00", reimbursed: "$0.00"}
treatment:
  name: IV ketamine infusions for treatment-resistant depression (6 infusions)
  summary: >-
    Six IV ketamine infusions (05/04-05/20/2026) for treatment-resistant depression at a non-network clinic, after the
    plan's named network clinic had stopped offering them; PHQ-9 24 to 9.
clinical:
  severity: PHQ-9 24 on 04/27/2026; PHQ-9 9 on 05/27/2026
  severity_date: 2026-05-27
  suicidality: passive
  suicidality_date: 2026-04-27
  response: PHQ-9 24 (04/27/2026) to 9 (05/27/2026)
  response_level: response
  history:
    - drug: Fluoxetine
      dose: 60 mg daily
      start: 2025-01
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/ketamine-clinic-summary-2026-05-27.txt, page: 1}
    - drug: Bupropion XL (added to fluoxetine)
      dose: 300 mg daily
      start: 2025-06-02
      end: 2025-08-25
      weeks: 12
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks; stopped
      evidence: {file: clinical/ketamine-clinic-summary-2026-05-27.txt, page: 1}
    - drug: Desvenlafaxine
      dose: 100 mg daily
      start: 2023-02
      end: 2023-11
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 16
      outcome: No response after 16 weeks; stopped
      evidence: {file: clinical/ketamine-clinic-summary-2026-05-27.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2025-09
      ongoing: true
      kind: other
      adequate: false
      outcome: Sleep dose only; not an antipsychotic augmentation trial
      evidence: {file: clinical/ketamine-clinic-summary-2026-05-27.txt, page: 1}
author:
  name: Paloma Delacroix-Oyelaran
  role: Wife of the member, authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-09-01.txt
  address: |-
    2604 East Rockwood Boulevard
    Spokane, WA 99223
  phone: (509) 555-0129
  email: paloma.do@mail.example
provider:
  name: Bertrand Okoye-Lindahl
  credentials: MD (anesthesiology)
  npi: "1684973492"
  address: |-
    Palouse Ketamine Clinic (FICTIONAL), 1710 South Grand Boulevard, Suite 3
    Spokane, WA 99203
  phone: (509) 555-0144
record_dates:
  - file: clinical/ketamine-clinic-summary-2026-05-27.txt
    date: 2026-05-27
bates_prefix: DELACROIX
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-08-20.txt": """
CASCADE MUTUAL HEALTH (FICTIONAL) - TRI-COUNTY EMPLOYEES HEALTH PLAN (insured)
EXPLANATION OF BENEFITS                                            Date of this notice: 08/20/2026
Member: Marcus Delacroix-Oyelaran   ID FICT-CMH-TC4471902-01   Claim: CMH-26-0820-671145
Provider: Palouse Ketamine Clinic, Bertrand Okoye-Lindahl, MD (non-network)
Page 1 of 1

05/04, 05/07, 05/11, 05/14, 05/18, 05/20/2026   96365 x6, J3490 x6   billed $2,700.00   paid $0.00
Reason: Services were provided by a non-network provider. Your plan does not cover non-network care except
emergencies or an approved network exception. No network exception on file. (CARC 242.)
You have 180 days from the date you receive this notice to appeal.
""",
    "denial/first-level-appeal-decision-2026-10-30.txt": """
CASCADE MUTUAL HEALTH (FICTIONAL) - FIRST-LEVEL APPEAL DECISION                            Date: 10/30/2026
Member: Marcus Delacroix-Oyelaran   Appeal: APL-26-0902-7715   Claim: CMH-26-0820-671145
Page 1 of 1

We upheld the denial. A network provider of ketamine infusions was available: Riverbend Infusion Center, 12 miles
from the member's home. No network exception was approved.
You may ask for a second-level appeal within 60 days of the date of this letter. After the second level you may have
the right to an external review.
""",
    "other/certificate-of-coverage-2026-section-4-6.txt": """
CASCADE MUTUAL HEALTH (FICTIONAL) - TRI-COUNTY EMPLOYEES HEALTH PLAN, 2026 CERTIFICATE OF COVERAGE (excerpt) Page 24
Section 4.6 - Network exception

If no network provider can give you a covered service within 60 miles of your home or within 15 business days of
your request, we will cover the service from a non-network provider at the network benefit level. Ask us before
you receive the service. We will answer within 15 days; if we do not answer within 15 days, you may receive the
service and we will cover it at the network benefit level.
""",
    "other/riverbend-letter-2026-04-15.txt": """
RIVERBEND INFUSION CENTER (FICTIONAL) - 4410 North Division Street, Spokane, WA 99207          Date: 04/15/2026
To whom it may concern:
At the request of Paloma Delacroix-Oyelaran: Riverbend Infusion Center stopped offering ketamine infusions on
03/31/2026. We continue to give other infusion therapies. We cannot schedule Marcus Delacroix-Oyelaran for ketamine.
Intake office, Riverbend Infusion Center
""",
    "other/network-exception-request-fax-2026-04-16.txt": """
FAX TRANSMISSION REPORT                                               04/16/2026 14:22
To: Cascade Mutual Health - Utilization Management, fax (509) 555-0179     Pages: 3     Result: OK
Cover: "Network exception request (Certificate 4.6) for Marcus Delacroix-Oyelaran, ID FICT-CMH-TC4471902-01: IV
ketamine infusions at Palouse Ketamine Clinic. Riverbend stopped ketamine 03/31/2026 (letter attached); next network
clinic 168 miles, first opening 05/18/2026. Please answer within 15 days." From: Paloma Delacroix-Oyelaran.
No answer was received (checked by phone 05/01/2026: "no decision yet, still in review").
""",
    "other/wifes-call-notes-2026-04.txt": """
CALL NOTES KEPT BY PALOMA DELACROIX-OYELARAN (typed copy)                                        Page 1 of 1
04/14/2026 - Cascade Mutual member services, ref. MS-26-0414-2290: network ketamine provider named: Riverbend Infusion
  Center, 12 miles.
04/15/2026 - Riverbend: stopped ketamine infusions 03/31/2026 (letter sent to me the same day).
04/15/2026 - Wenatchee Valley Infusion (network), 168 miles: ketamine yes; first new-patient opening 05/18/2026.
04/15/2026 - Inland Northwest Ketamine Center (in the 2025 directory): not in the Cascade network in 2026.
04/16/2026 - Faxed the network exception request (Certificate 4.6).
05/01/2026 - Called about the request: "no decision yet, still in review".
""",
    "other/provider-directory-2025-page.txt": """
CASCADE MUTUAL HEALTH (FICTIONAL) - 2025 PROVIDER DIRECTORY (page)
Infusion services, Spokane County: Riverbend Infusion Center - ketamine infusions; Inland Northwest Ketamine Center.
(2025 directory; printed by the family in 04/2026.)
""",
    "clinical/ketamine-clinic-summary-2026-05-27.txt": """
PALOUSE KETAMINE CLINIC (FICTIONAL) - TREATMENT SUMMARY                                          Date: 05/27/2026
Patient: Marcus Delacroix-Oyelaran   DOB 07/02/1979   Physician: Bertrand Okoye-Lindahl, MD (NPI 1684973492)
Referred by: his psychiatrist, for treatment-resistant depression (F33.2)
Page 1 of 1

Six IV ketamine infusions, 0.5 mg/kg over 40 minutes: 05/04, 05/07, 05/11, 05/14, 05/18, 05/20/2026. PHQ-9 24 on
04/27/2026 (passive death wish, no plan); PHQ-9 9 on 05/27/2026; no suicidal ideation since 05/11/2026.
History: desvenlafaxine 100 mg 02-11/2023, no response after 16 weeks; fluoxetine 60 mg since 01/2025, partial
response, continued; bupropion XL 300 mg added 06/02-08/25/2025, no response after 12 weeks, stopped; quetiapine 25 mg
at bedtime for sleep since 09/2025.
""",
    "other/authorized-representative-form-2026-09-01.txt": """
CASCADE MUTUAL HEALTH (FICTIONAL) - AUTHORIZED REPRESENTATIVE FORM
Member: Marcus Delacroix-Oyelaran   ID FICT-CMH-TC4471902-01
I authorize my wife, Paloma Delacroix-Oyelaran, to act for me in all appeals of claim CMH-26-0820-671145.
Signed: Marcus Delacroix-Oyelaran, 09/01/2026.
""",
}

TRUTH = """
# 07 - County employees' insured plan: IV ketamine out of network after an unanswered network-exception request; second level by the wife (FICTIONAL)

All people, plans, insurers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marcus Delacroix-Oyelaran, **47** (DOB 07/02/1979), Spokane, WA, is covered by the **Tri-County Employees Health
  Plan**, a county (governmental) plan **insured** by Cascade Mutual Health.
- He had **6 IV ketamine infusions, 05/04-05/20/2026**, at a **non-network clinic 9 miles away**, paid **$2,700**. PHQ-9
  24 -> 9. Necessity was never questioned.
- **Certificate 4.6:** if no network provider can give a covered service within **60 miles** or within **15 business
  days**, the plan covers it out of network **at the network benefit level**; ask first; "if we do not answer within 15
  days, you may receive the service and we will cover it at the network benefit level."
- Before care: member services named **Riverbend (12 miles)** on 04/14, which had **stopped ketamine on 03/31/2026**
  (its letter of 04/15); the next network clinic was **168 miles** away with a first opening **05/18/2026**; Inland
  Northwest was **not in network** in 2026. She **faxed a network exception request on 04/16/2026** (transmission OK);
  no answer; the first infusion was on **05/04/2026**, 18 days later.
- Denied 08/20/2026 (CO-242); **first-level upheld 10/30/2026** ("Riverbend ... 12 miles ... available"), which the
  Riverbend letter contradicts.
- **Stage and rule:** **second-level internal appeal**, within 60 days of the 10/30/2026 decision: **by 12/29/2026**. A
  non-federal governmental plan: 45 CFR 147.136(b)(2)(i) (applying the ERISA claims rule's standards); insured, so a
  state external review may follow the final internal denial.
- **Author:** his **wife**, authorized representative (form of 09/01/2026): "my husband".

## Deliberately unknown
- Whether the plan logged the 04/16 fax (only the transmission report and a phone answer "still in review").
- What "network benefit level" pays on these charges (allowed amounts, cost share): not in the case; no dollar figure
  beyond what he paid should be promised.
- Whether Wenatchee Valley had a cancellation list: not known.

## Traps
- **Plan document and dates, not medicine.** The winning point is Certificate 4.6: the request faxed 04/16, unanswered
  within 15 days, care from 05/04; and no network provider within 60 miles offered the service. No medical-necessity
  argument, no peer-to-peer, no clinical reviewer request.
- **A decision's stated fact the record contradicts:** "Riverbend Infusion Center, 12 miles ... available" - Riverbend
  had stopped ketamine on 03/31/2026.
- **Stale document:** the 2025 directory page lists Riverbend for ketamine and Inland Northwest.
- **Never "no network provider exists"**: Wenatchee Valley offered ketamine, 168 miles away.
- **Fluoxetine continues** (partial): never "failed" or "stopped". **Quetiapine 25 mg** is a sleep dose, not an
  augmentation trial. Passive death wish in April only: never "active suicidal ideation".
- **Stage:** a second-level appeal that answers the **10/30/2026** decision and says it is the second level.
- **Wrong law:** not ERISA as the governing law (no 29 CFR 2560.503-1 alone, no EBSA/Department of Labor); not
  45 CFR 156.230 (not a Marketplace plan); no Medicaid 438.206; external review not promised at this stage.
- **Voice:** the wife writes "I" and "my husband"; never his "I".

## Arguments a strong letter makes (strongest first)
1. **Certificate 4.6**: she asked for a network exception on **04/16/2026** (fax report), the plan did not answer within
   15 days, and the care began **05/04/2026**: by the certificate's own words it is covered at the network benefit
   level.
2. No network provider could give it within the standard: Riverbend had stopped ketamine infusions (03/31/2026), the
   next network clinic was 168 miles away with no opening until 05/18; the 10/30 decision's "available" is wrong.
3. Reprocess the six infusions at the network benefit level and reimburse what he paid less the network cost share;
   correct the plan's directory/record for Riverbend.

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "clinical reviewer".
- "Riverbend was available"; "no network provider exists"; Inland Northwest as a network provider tried.
- "failed fluoxetine", "stopped fluoxetine"; quetiapine as an augmentation trial; "active suicidal ideation".
- "ERISA" as governing, "EBSA", "Department of Labor", "156.230", "438.206", "external review" promised now.
- "first-level appeal" as this letter's stage.
"""

ANSWERS = [
    ("denial/explanation-of-benefits-2026-08-20.txt", "No network exception on file"),
    ("denial/first-level-appeal-decision-2026-10-30.txt", "Riverbend Infusion Center, 12 miles"),
    ("denial/first-level-appeal-decision-2026-10-30.txt", "within 60 days of the date of this letter"),
    ("other/certificate-of-coverage-2026-section-4-6.txt", "within 60 miles of your home or within 15 business days"),
    ("other/certificate-of-coverage-2026-section-4-6.txt", "if we do not answer within 15 days, you may receive the service"),
    ("other/riverbend-letter-2026-04-15.txt", "stopped offering ketamine infusions on 03/31/2026"),
    ("other/network-exception-request-fax-2026-04-16.txt", "04/16/2026 14:22"),
    ("other/network-exception-request-fax-2026-04-16.txt", "Result: OK"),
    ("other/wifes-call-notes-2026-04.txt", "168 miles: ketamine yes; first new-patient opening 05/18/2026"),
    ("other/wifes-call-notes-2026-04.txt", "not in the Cascade network in 2026"),
    ("other/provider-directory-2025-page.txt", "2025 directory"),
    ("clinical/ketamine-clinic-summary-2026-05-27.txt", "PHQ-9 9 on 05/27/2026"),
    ("clinical/ketamine-clinic-summary-2026-05-27.txt", "fluoxetine 60 mg since 01/2025, partial"),
    ("clinical/ketamine-clinic-summary-2026-05-27.txt", "quetiapine 25 mg"),
    ("case.yaml", "next_deadline: 2026-12-29"),
    ("truth", "by 12/29/2026"),
]
