"""Set 45, case 04 (FICTIONAL): separate CHIP managed care, member aged 16; the plan approved out-of-network ERP
therapy, then denied the guardian's reimbursement request as out of network with "no authorization on file".
First plan appeal by the grandmother, her legal guardian."""
SLUG = "04-chip-mco-teen-ocd-erp-out-of-network-approved-reimbursement-denied-first-appeal-guardian"

CASE_YAML = """
# FICTIONAL CASE (set 45, case 04) - every person, plan, provider, number and address is invented.
# Separate CHIP, managed care (PA). Priya Castellanos, 16, OCD. The plan approved out-of-network exposure and response
# prevention therapy with a non-contracted psychologist (OON-26-0722-1184: 16 sessions, 07/22-12/31/2026). Her
# grandmother and legal guardian paid $2,450.00 for 14 sessions and asked to be paid back; the plan denied it (CO-242,
# "No authorization on file ... Member reimbursement requests are not accepted for out-of-network services").
patient:
  name: Priya Castellanos
  salutation: Priya
  date_of_birth: 2010-03-27
  member_id: FICT-ASC-88120463
  address: |-
    57 Hawthorne Lane
    Erie, PA 16505
insurer:
  name: Allegheny Sprout Child Health Plan (FICTIONAL)
  appeals_address: |-
    Allegheny Sprout Child Health Plan - Member Complaints and Grievances (FICTIONAL)
    PO Box 23811
    Pittsburgh, PA 15222
  fax: (412) 555-0158
claim:
  number: ASC-MR-26-1103-20914
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-11-05
  appeal_deadline: 2027-01-04
  deadline_basis: >-
    Explanation of benefits and notice of 11/05/2026: "You may file an appeal within 60 days from the date of this
    notice."
  service_dates: [2026-07-29, 2026-08-05, 2026-08-12, 2026-08-19, 2026-08-26, 2026-09-09, 2026-09-16, 2026-09-23,
    2026-09-30, 2026-10-07, 2026-10-14, 2026-10-21, 2026-10-28, 2026-11-04]
  sessions: 14
  setting: outpatient
  procedure_codes: [90837]
  diagnosis_codes: [F42.2]
  carc_codes: [CO-242]
  denial_reason: >-
    Out-of-network provider. No authorization on file. Member reimbursement requests are not accepted for
    out-of-network services. (CARC 242)
  denial_category: out_of_network
  denial_reasons: [out_of_network, prior_authorization]
  action: none
  corrections:
    - said: No authorization on file.
      record: >-
        The plan's own letter of 07/22/2026 approved out-of-network authorization OON-26-0722-1184 for 16 sessions of
        outpatient psychotherapy (90837) with Anneliese Strom, PsyD, from 07/22/2026 through 12/31/2026.
      file: other/out-of-network-authorization-approval-2026-07-22.txt
      page: 1
    - said: Member reimbursement requests are not accepted for out-of-network services.
      record: >-
        The plan's 2026 Member Handbook, Section 6.5, says that when a member pays a provider for a covered service the
        plan authorized, the plan pays the member back if the receipt is sent within 365 days.
      file: other/member-handbook-2026-section-6-excerpt.txt
      page: 1
plan_policy:
  name: Allegheny Sprout Child Health Plan 2026 Member Handbook, Section 6.5 "If you paid for a covered service"
  number: Section 6.5
  quote: >-
    If you paid a provider for a covered service that we authorized, including an out-of-network service we approved,
    send us the receipt within 365 days of the service. We will pay you back our allowed amount.
  file: other/member-handbook-2026-section-6-excerpt.txt
prior_auth:
  requested_on: 2026-07-20
  reference: OON-26-0722-1184
  proof: other/out-of-network-authorization-approval-2026-07-22.txt
  approved:
    number: out-of-network authorization OON-26-0722-1184
    date: 2026-07-22
    covers: 16 sessions of outpatient psychotherapy (90837) with Anneliese Strom, PsyD, 07/22/2026 through 12/31/2026
    quote: "Approved: out-of-network services with Anneliese Strom, PsyD - 90837, 16 sessions, 07/22/2026 through 12/31/2026. No in-network provider of exposure and response prevention for adolescents was available within the access standard."
    file: other/out-of-network-authorization-approval-2026-07-22.txt
    from: 2026-07-22
    through: 2026-12-31
    what_went_wrong: The reimbursement request was handled as an unauthorized out-of-network claim; the approval was not matched to it.
    lines:
      - {code: 90837, units: 16, given: 14}
network:
  - name: Allegheny Sprout Child Health Plan care coordination (D. Ferrante)
    date: 2026-07-20
    outcome: No in-network provider of exposure and response prevention for adolescents was available within the access standard; out-of-network services approved 07/22/2026
    evidence: {file: other/out-of-network-authorization-approval-2026-07-22.txt, page: 1}
treatment:
  name: Exposure and response prevention therapy for OCD, 14 sessions (90837)
  summary: >-
    Weekly exposure and response prevention therapy for obsessive-compulsive disorder with an out-of-network
    psychologist the plan approved because no in-network provider for adolescents was available.
clinical:
  severity: CY-BOCS 29 on 07/29/2026; CY-BOCS 17 on 11/04/2026
  severity_date: 2026-11-04
  suicidality: none
  suicidality_date: 2026-11-04
  response: CY-BOCS 29 to 17 over 14 sessions; back at school full days from 10/2026
  response_level: partial
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2026-02
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with the therapy
      evidence: {file: clinical/erp-progress-summary-2026-11-04.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime for sleep
      start: 2026-03
      ongoing: true
      kind: other
      outcome: Sleep only; not a trial of an OCD treatment
      evidence: {file: clinical/erp-progress-summary-2026-11-04.txt, page: 1}
    - drug: Cognitive behavioral therapy (anxiety, earlier episode)
      dose: 10 sessions
      start: 2022-01
      end: 2022-04
      kind: psychotherapy
      sessions: 10
      adequate: true
      response: response
      outcome: Response for separation anxiety in 2022, an earlier and different problem; not an OCD treatment
      evidence: {file: clinical/erp-progress-summary-2026-11-04.txt, page: 1}
expenses:
  - {date: 2026-11-04, item: "14 sessions of ERP therapy (90837), 07/29/2026-11/04/2026, $175.00 each", amount: 2450.00, paid: 2450.00}
reimbursement:
  amount_billed: $2,450.00
  amount_paid: $2,450.00
author:
  name: Gloria Castellanos
  role: Grandmother and court-appointed legal guardian of Priya (a minor)
  relation: parent
  address: |-
    57 Hawthorne Lane
    Erie, PA 16505
  phone: (814) 555-0119
  email: gcastellanos@mail.example
provider:
  name: Anneliese Strom, PsyD
  credentials: Licensed psychologist; not under contract with the plan
  npi: "1384756296"
  address: |-
    Bayfront Anxiety and OCD Center (FICTIONAL), 1200 State Street, Suite 310
    Erie, PA 16501
  phone: (814) 555-0137
copies: [prescriber]
record_dates:
  - file: clinical/erp-progress-summary-2026-11-04.txt
    date: 2026-11-04
bates_prefix: CASTELLANOS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-and-notice-2026-11-05.txt": """
ALLEGHENY SPROUT CHILD HEALTH PLAN (FICTIONAL) - CHIP - EXPLANATION OF BENEFITS AND NOTICE       Date: 11/05/2026
Subscriber household: Castellanos, 57 Hawthorne Lane, Erie, PA 16505
Member: Priya Castellanos   ID FICT-ASC-88120463   Member reimbursement request ASC-MR-26-1103-20914, received 11/03/2026
Provider: Anneliese Strom, PsyD (out of network)   07/29/2026-11/04/2026   90837 x14   Billed $2,450.00   Paid $0.00
CARC 242. Out-of-network provider. No authorization on file. Member reimbursement requests are not accepted for
out-of-network services.
Also on this statement: Mateo Castellanos (ID FICT-ASC-88120471), well visit 10/16/2026, paid in full.
You may file an appeal within 60 days from the date of this notice. Write to Member Complaints and Grievances, PO Box
23811, Pittsburgh, PA 15222, or fax (412) 555-0158.
""",
    "clinical/erp-progress-summary-2026-11-04.txt": """
BAYFRONT ANXIETY AND OCD CENTER (FICTIONAL) - PROGRESS SUMMARY                              Date: 11/04/2026
Client: Priya Castellanos   DOB 03/27/2010   Clinician: Anneliese Strom, PsyD   Page 1 of 1
Diagnosis: obsessive-compulsive disorder, mixed obsessional thoughts and acts (F42.2).
Treatment: exposure and response prevention, 14 weekly 60-minute sessions, 07/29/2026-11/04/2026 (no session 09/02,
family travel). CY-BOCS 29 at start, 17 now. Back at school full days since 10/2026. No suicidal ideation.
Medication (per her pediatric psychiatrist): fluoxetine 40 mg daily since 02/2026, partial response, continued;
hydroxyzine 25 mg at bedtime for sleep since 03/2026.
Earlier: 10 sessions of CBT for separation anxiety, 01/2022-04/2022, with a good response (a different problem).
Two sessions remain under the plan's approval; we plan to use them by 12/31/2026.
""",
    "other/out-of-network-authorization-approval-2026-07-22.txt": """
ALLEGHENY SPROUT CHILD HEALTH PLAN (FICTIONAL) - APPROVAL OF OUT-OF-NETWORK SERVICES         Date: 07/22/2026
Member: Priya Castellanos   ID FICT-ASC-88120463   Number: OON-26-0722-1184   Request received 07/20/2026
Approved: out-of-network services with Anneliese Strom, PsyD - 90837, 16 sessions, 07/22/2026 through 12/31/2026.
No in-network provider of exposure and response prevention for adolescents was available within the access
standard. If the provider does not bill us, you may pay the provider and send us the receipt (Handbook Section 6.5).
Care coordinator: D. Ferrante, (412) 555-0159.
""",
    "other/member-handbook-2026-section-6-excerpt.txt": """
ALLEGHENY SPROUT CHILD HEALTH PLAN (FICTIONAL) - 2026 MEMBER HANDBOOK (excerpt)                 Page 27 of 80
Section 6.5 If you paid for a covered service
If you paid a provider for a covered service that we authorized, including an out-of-network service we approved,
send us the receipt within 365 days of the service. We will pay you back our allowed amount.
""",
    "other/plan-letter-2025-denying-earlier-provider-stale.txt": """
ALLEGHENY SPROUT CHILD HEALTH PLAN (FICTIONAL) - NOTICE                                       Date: 09/30/2025
Member: Priya Castellanos. Your request for out-of-network services with Lakeview Counseling Group is denied: in-network
providers are available. [An earlier request for a different provider and a different problem; kept in the family's
file.]
""",
    "other/receipts-bayfront-2026.txt": """
BAYFRONT ANXIETY AND OCD CENTER (FICTIONAL) - RECEIPTS                                     Printed 11/04/2026
Client: Priya Castellanos   Responsible party: Gloria Castellanos (legal guardian)
14 sessions, 07/29/2026-11/04/2026, 90837, $175.00 each: total $2,450.00, paid in full by card.
""",
    "other/guardianship-order-excerpt-2024.txt": """
COURT OF COMMON PLEAS, ERIE COUNTY (FICTIONAL EXCERPT) - ORDER OF GUARDIANSHIP                     04/15/2024
Gloria Castellanos is appointed legal guardian of the person of Priya Castellanos, born 03/27/2010, with authority to
consent to her medical care and to act for her with her health insurer.
""",
}

TRUTH = """
# 04 - Separate CHIP managed care: a guardian's reimbursement request for approved out-of-network OCD therapy denied as "no authorization on file"; first plan appeal by the grandmother (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Priya Castellanos, **16** (DOB 03/27/2010), in a **separate CHIP** through **Allegheny Sprout Child Health Plan**
  (PA), has OCD (F42.2). Her grandmother **Gloria Castellanos** is her **court-appointed legal guardian** (04/15/2024).
- The plan **approved out-of-network authorization OON-26-0722-1184 on 07/22/2026**: 90837, **16 sessions, 07/22/2026
  through 12/31/2026**, with Anneliese Strom, PsyD, because no in-network adolescent ERP provider was available; the
  approval itself says the family may pay and send the receipt (Handbook 6.5).
- **14 sessions 07/29/2026-11/04/2026**, all within the approval's dates and within its 16 units; **$2,450.00 paid**
  ($175.00 each). The reimbursement request was received 11/03/2026.
- The **EOB/notice of 11/05/2026** (ASC-MR-26-1103-20914, **CO-242**) says "No authorization on file" and that
  member reimbursement is not accepted out of network; **Handbook 6.5** says the plan pays the member back its
  allowed amount for an authorized service, including an approved out-of-network service.
- CY-BOCS **29 -> 17**; back at school full days.
- **Rule and stage:** separate CHIP managed care follows the Medicaid managed care appeal rules through 42 CFR
  457.1260: **first plan appeal within 60 days: by 01/04/2027**; resolution within 30 days; then the state's external
  review of CHIP decisions (not a Medicaid fair hearing). No continued benefits rule.
- **Author:** the grandmother, as guardian of a minor: writes about "Priya"; no separate authorization needed beyond
  the guardianship.

## Deliberately unknown
- The plan's allowed amount for 90837 out of network: the refund may be less than $2,450.00; a letter must not
  promise the full amount.
- Why the approval was not matched to the request: not known.

## Traps
- **Plan document, not medicine.** The winning point is the plan's own approval and Handbook 6.5; no medical
  necessity, no network-gap exception request (the plan already granted it).
- **A decision's wrong statements:** "No authorization on file" and "reimbursement requests are not accepted".
- **Units:** 14 of 16 given; two remain - never "all 16", never more than approved.
- **Stale document:** the 09/30/2025 letter denied a different provider for a different problem; never "the plan
  denied out-of-network care for this treatment".
- **Other person:** Mateo Castellanos's well visit on the same EOB.
- **Drug still taken:** fluoxetine 40 mg continues (partial response); hydroxyzine is for sleep.
- **Earlier, different problem:** CBT in 2022 for separation anxiety worked - never a failed OCD treatment.
- **Voice:** the guardian writes about Priya; not "I have OCD"; she is her grandmother and guardian, not "mother".
- **Wrong law:** no ERISA, 45 CFR 147.136, Medicaid fair hearing or EPSDT (a separate CHIP, not Medicaid), no
  continued-benefits request (438.420 is Medicaid's).

## Arguments a strong letter makes (strongest first)
1. The plan **approved** these services: OON-26-0722-1184, 16 sessions of 90837 with Dr. Strom, 07/22-12/31/2026;
   every one of the 14 dates falls within it and 14 is within 16. Honor it.
2. **Handbook 6.5** and the approval letter itself: a member who paid for an approved out-of-network service is paid
   back the plan's allowed amount; reprocess the request and pay the guardian.
3. Correct both statements of the notice and the plan's record, so the last two sessions are not denied the same way.

## What a letter must NOT say
- "retroactive authorization"; "network gap exception" requested anew; "no in-network provider exists".
- "medically necessary" as the ground; "peer-to-peer".
- "16 sessions were given"; "the full $2,450.00 must be paid" as owed.
- "Mateo"; "Lakeview Counseling Group" as this provider; "failed fluoxetine"; CBT 2022 as failed; "suicidal".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "fair hearing", "EPSDT", "continue benefits during the appeal".
"""

ANSWERS = [
    ("program", "CHIP - EXPLANATION OF BENEFITS AND NOTICE", "denial/explanation-of-benefits-and-notice-2026-11-05.txt"),
    ("notice date", "Date: 11/05/2026", "denial/explanation-of-benefits-and-notice-2026-11-05.txt"),
    ("window", "within 60 days from the date of this notice", "denial/explanation-of-benefits-and-notice-2026-11-05.txt"),
    ("deadline", "appeal_deadline: 2027-01-04", "case.yaml"),
    ("CARC", "CARC 242", "denial/explanation-of-benefits-and-notice-2026-11-05.txt"),
    ("approval", "90837, 16 sessions, 07/22/2026 through 12/31/2026", "other/out-of-network-authorization-approval-2026-07-22.txt"),
    ("approval number", "Number: OON-26-0722-1184", "other/out-of-network-authorization-approval-2026-07-22.txt"),
    ("approval says pay back", "you may pay the provider and send us the receipt", "other/out-of-network-authorization-approval-2026-07-22.txt"),
    ("handbook", "including an out-of-network service we approved", "other/member-handbook-2026-section-6-excerpt.txt"),
    ("sessions given", "14 weekly 60-minute sessions", "clinical/erp-progress-summary-2026-11-04.txt"),
    ("amount paid", "total $2,450.00, paid in full", "other/receipts-bayfront-2026.txt"),
    ("guardian", "Gloria Castellanos is appointed legal guardian", "other/guardianship-order-excerpt-2024.txt"),
    ("other person", "Mateo Castellanos", "denial/explanation-of-benefits-and-notice-2026-11-05.txt"),
    ("earlier different problem", "CBT for separation anxiety", "clinical/erp-progress-summary-2026-11-04.txt"),
    ("response", "CY-BOCS 29 at start, 17 now", "clinical/erp-progress-summary-2026-11-04.txt"),
    ("not Medicaid", "not a Medicaid fair hearing", "truth"),
]
