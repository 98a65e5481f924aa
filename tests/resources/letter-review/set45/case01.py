"""Set 45, case 01 (FICTIONAL): Medicare Advantage PPO, member's request for payment for out-of-network pain
psychotherapy, denied for "no prior authorization"; the plan's own EOC says a PPO member needs none."""
SLUG = "01-ma-ppo-member-payment-request-pain-psychotherapy-no-pa-needed-out-of-network-eoc-patient"

CASE_YAML = """
# FICTIONAL CASE (set 45, case 01) - every person, plan, provider, number and address is invented.
# Medicare Advantage PPO (WI). Harold Brightwater, 71, paid an out-of-network, Medicare-enrolled psychologist
# $1,800.00 for 12 sessions of psychotherapy for chronic low back pain with depression (08/05-10/21/2026) and sent the
# plan a request for payment. The plan denied it (PR-197): "Out-of-network behavioral health services require prior
# authorization." Its own 2026 Evidence of Coverage says a PPO member needs no prior authorization to see an
# out-of-network provider, except for services marked with an asterisk; outpatient therapy has none. He writes.
patient:
  name: Harold Brightwater
  salutation: Mr. Brightwater
  date_of_birth: 1955-02-19
  member_id: FICT-LSA-22091840
  address: |-
    1406 Birch Hollow Road
    Eau Claire, WI 54701
  phone: (715) 555-0112
  email: hbrightwater@mail.example
insurer:
  name: Lakeshore Senior Advantage (FICTIONAL)
  appeals_address: |-
    Lakeshore Senior Advantage - Appeals and Grievances (FICTIONAL)
    PO Box 44120
    Madison, WI 53744
  fax: (608) 555-0140
claim:
  number: LSA-26-1104-558213
  plan_type: medicare_advantage
  notice_date: 2026-11-18
  appeal_deadline: 2027-01-22
  deadline_basis: >-
    Notice of denial of payment of 11/18/2026: "You have 65 calendar days from the date of this notice to ask for a
    reconsideration."
  service_dates: [2026-08-05, 2026-08-12, 2026-08-19, 2026-08-26, 2026-09-02, 2026-09-09, 2026-09-16, 2026-09-23,
    2026-09-30, 2026-10-07, 2026-10-14, 2026-10-21]
  sessions: 12
  setting: outpatient
  procedure_codes: [90834]
  diagnosis_codes: [F33.1, G89.29]
  carc_codes: [PR-197]
  denial_reason: >-
    Out-of-network behavioral health services require prior authorization. No prior authorization is on file for
    these services. Your request for payment is denied. (CARC 197)
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
  corrections:
    - said: Out-of-network behavioral health services require prior authorization.
      record: >-
        The plan's 2026 Evidence of Coverage, Chapter 4, Section 2.3, says a PPO member does not need a referral or
        prior authorization to see an out-of-network provider enrolled in Medicare, except for services marked with
        an asterisk in the Medical Benefits Chart; the chart's row for outpatient individual therapy has no asterisk.
      file: other/evidence-of-coverage-2026-chapter-4-excerpt.txt
      page: 1
plan_policy:
  name: Lakeshore Senior Advantage Choice PPO 2026 Evidence of Coverage, Chapter 4, Section 2.3
  number: Chapter 4, Section 2.3
  quote: >-
    As a member of our PPO plan, you may get covered services from out-of-network providers that are enrolled in
    Medicare. You do not need a referral or prior authorization to see an out-of-network provider. Services marked
    with an asterisk (*) in the Medical Benefits Chart need prior authorization whether you get them from a network or
    an out-of-network provider. Outpatient mental health care, individual and group therapy sessions: out-of-network,
    40% coinsurance.
  file: other/evidence-of-coverage-2026-chapter-4-excerpt.txt
plan_option:
  name: Lakeshore Senior Advantage Choice PPO
  out_of_network: true
  since: 2026-01-01
  proof: other/enrollment-confirmation-2025-12-09.txt
prior_auth:
  required: false
treatment:
  name: Outpatient psychotherapy for chronic pain and depression, 12 sessions (90834)
  summary: >-
    Twelve weekly sessions of cognitive behavioral therapy for chronic low back pain with recurrent depression, given by
    a licensed psychologist enrolled in Medicare who is not under contract with the plan; the plan has not questioned
    the need for the care, only the missing authorization.
clinical:
  severity: PHQ-9 15 and pain interference 7/10 on 08/05/2026; PHQ-9 9 and pain interference 4/10 on 10/21/2026
  severity_date: 2026-10-21
  suicidality: none
  suicidality_date: 2026-10-21
  response: PHQ-9 15 to 9 and pain interference 7/10 to 4/10 over the 12 sessions
  response_level: partial
  history:
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2024-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response for pain and mood; continued through the sessions and since
      evidence: {file: clinical/psychology-treatment-summary-2026-10-28.txt, page: 1}
    - drug: Gabapentin
      dose: 300 mg three times daily
      start: 2023-09
      end: 2023-11
      kind: other
      adequate: false
      outcome: Stopped after about 8 weeks for dizziness and a fall; an intolerance, not an adequate trial
      evidence: {file: clinical/psychology-treatment-summary-2026-10-28.txt, page: 1}
    - drug: Cyclobenzaprine
      dose: 10 mg at bedtime for spasm and sleep
      start: 2024-02
      ongoing: true
      kind: other
      outcome: Taken at bedtime for sleep and muscle spasm; not a trial of a pain or depression treatment
      evidence: {file: clinical/psychology-treatment-summary-2026-10-28.txt, page: 1}
    - drug: Physical therapy
      dose: 12 visits
      start: 2025-03
      end: 2025-05
      kind: other
      sessions: 12
      adequate: true
      response: partial
      outcome: Completed with some benefit; home exercises continued
      evidence: {file: clinical/psychology-treatment-summary-2026-10-28.txt, page: 1}
author:
  name: Harold Brightwater
  role: Patient (the plan's member)
  relation: patient
  address: |-
    1406 Birch Hollow Road
    Eau Claire, WI 54701
  phone: (715) 555-0112
  email: hbrightwater@mail.example
provider:
  name: Ines Okonkwo-Hale, PhD
  credentials: Licensed psychologist; enrolled in Medicare; not under contract with Lakeshore Senior Advantage
  npi: "1649203852"
  address: |-
    Chippewa Valley Pain Psychology (FICTIONAL), 220 South Barstow Street, Suite 4
    Eau Claire, WI 54701
  phone: (715) 555-0131
expenses:
  - {date: 2026-08-05, item: Psychotherapy session (90834), amount: 150.00, paid: 150.00}
  - {date: 2026-08-12, item: Psychotherapy session (90834), amount: 150.00, paid: 150.00}
  - {date: 2026-08-19, item: Psychotherapy session (90834), amount: 150.00, paid: 150.00}
  - {date: 2026-08-26, item: Psychotherapy session (90834), amount: 150.00, paid: 150.00}
  - {date: 2026-09-02, item: Psychotherapy session (90834), amount: 150.00, paid: 150.00}
  - {date: 2026-09-09, item: Psychotherapy session (90834), amount: 150.00, paid: 150.00}
  - {date: 2026-09-16, item: Psychotherapy session (90834), amount: 150.00, paid: 150.00}
  - {date: 2026-09-23, item: Psychotherapy session (90834), amount: 150.00, paid: 150.00}
  - {date: 2026-09-30, item: Psychotherapy session (90834), amount: 150.00, paid: 150.00}
  - {date: 2026-10-07, item: Psychotherapy session (90834), amount: 150.00, paid: 150.00}
  - {date: 2026-10-14, item: Psychotherapy session (90834), amount: 150.00, paid: 150.00}
  - {date: 2026-10-21, item: Psychotherapy session (90834), amount: 150.00, paid: 150.00}
reimbursement:
  amount_billed: $1,800.00
  amount_paid: $1,800.00
record_dates:
  - file: clinical/psychology-treatment-summary-2026-10-28.txt
    date: 2026-10-28
    sent: 2026-11-04
    sent_proof: other/request-for-payment-cover-2026-11-04.txt
bates_prefix: BRIGHTWATER
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-denial-of-payment-2026-11-18.txt": """
LAKESHORE SENIOR ADVANTAGE (FICTIONAL) - NOTICE OF DENIAL OF PAYMENT                 Date of notice: 11/18/2026
Member: Harold Brightwater   Member ID FICT-LSA-22091840   Plan: Lakeshore Senior Advantage Choice PPO (FICTIONAL)
Request for payment LSA-26-1104-558213, received 11/04/2026
Provider: Ines Okonkwo-Hale, PhD (out of network)   Services 08/05/2026-10/21/2026, 90834 x12   Amount $1,800.00

We have denied your request for payment. Reason: Out-of-network behavioral health services require prior
authorization. No prior authorization is on file for these services. Your request for payment is denied. (CARC 197)

Your right to appeal: You have 65 calendar days from the date of this notice to ask for a reconsideration. Send it
to Appeals and Grievances, PO Box 44120, Madison, WI 53744, or fax (608) 555-0140. If we uphold our decision, we will
send your case to an Independent Review Entity.
""",
    "clinical/psychology-treatment-summary-2026-10-28.txt": """
CHIPPEWA VALLEY PAIN PSYCHOLOGY (FICTIONAL) - TREATMENT SUMMARY                        Date: 10/28/2026
Client: Harold Brightwater   DOB 02/19/1955   Clinician: Ines Okonkwo-Hale, PhD, licensed psychologist   Page 1 of 1
Diagnoses: major depressive disorder, recurrent, moderate (F33.1); other chronic pain (G89.29), low back.
Course: 12 weekly sessions of cognitive behavioral therapy for chronic pain, 08/05/2026-10/21/2026, 45 minutes each.
Measures: PHQ-9 15 at intake, 9 at session 12; pain interference 7/10 to 4/10. No suicidal ideation at any session.
Medications (per his primary care record): duloxetine 60 mg daily since 06/2024, partial response, continued;
cyclobenzaprine 10 mg at bedtime for spasm and sleep since 02/2024; gabapentin 300 mg three times daily 09/2023-11/2023,
stopped for dizziness and a fall. Physical therapy 12 visits 03/2025-05/2025, some benefit; home program continued.
Plan: monthly booster sessions to be discussed once payment is settled.
""",
    "other/evidence-of-coverage-2026-chapter-4-excerpt.txt": """
LAKESHORE SENIOR ADVANTAGE CHOICE PPO (FICTIONAL) - 2026 EVIDENCE OF COVERAGE (excerpt)             Page 1 of 1
Chapter 4, Section 2.3 Getting care from out-of-network providers
As a member of our PPO plan, you may get covered services from out-of-network providers that are enrolled in
Medicare. You do not need a referral or prior authorization to see an out-of-network provider. Services marked with
an asterisk (*) in the Medical Benefits Chart need prior authorization whether you get them from a network or an
out-of-network provider.

Medical Benefits Chart (excerpt)
Outpatient mental health care, individual and group therapy sessions: network, $30 copay; out-of-network, 40%
coinsurance.
Partial hospitalization services*: network, $55 copay per day; out-of-network, 40% coinsurance.
Transcranial magnetic stimulation*: network, 20% coinsurance; out-of-network, 40% coinsurance.
""",
    "other/enrollment-confirmation-2025-12-09.txt": """
LAKESHORE SENIOR ADVANTAGE (FICTIONAL) - CONFIRMATION OF ENROLLMENT                        Date: 12/09/2025
Harold Brightwater, 1406 Birch Hollow Road, Eau Claire, WI 54701   Member ID FICT-LSA-22091840
Your change of plan during the annual election period is confirmed. From 01/01/2026 you are enrolled in the
Lakeshore Senior Advantage Choice PPO (FICTIONAL). Your enrollment in the Lakeshore Senior Advantage Core HMO ends
12/31/2025.
""",
    "other/evidence-of-coverage-2025-core-hmo-excerpt-stale.txt": """
LAKESHORE SENIOR ADVANTAGE CORE HMO (FICTIONAL) - 2025 EVIDENCE OF COVERAGE (excerpt)             Page 1 of 1
Chapter 3, Section 2.4 Out-of-network care
Care from out-of-network providers is not covered, except emergency care, urgently needed services and care approved
in advance (prior authorization) by the plan.
[Kept in the member's papers; this was his plan in 2025. He changed to the Choice PPO from 01/01/2026.]
""",
    "other/superbill-and-receipts-2026-10-21.txt": """
CHIPPEWA VALLEY PAIN PSYCHOLOGY (FICTIONAL) - STATEMENT FOR INSURANCE (SUPERBILL)             Date: 10/21/2026
Provider: Ines Okonkwo-Hale, PhD, licensed psychologist   NPI 1649203852   Enrolled in Medicare; not under
contract with Lakeshore Senior Advantage.   220 South Barstow Street, Suite 4, Eau Claire, WI 54701  (715) 555-0131
Client: Harold Brightwater   DOB 02/19/1955   Diagnoses: F33.1, G89.29   Place of service 11
Dates: 08/05, 08/12, 08/19, 08/26, 09/02, 09/09, 09/16, 09/23, 09/30, 10/07, 10/14, 10/21/2026, each 90834 x1, $150.00
Total charged $1,800.00   Paid by client $1,800.00 (check, each visit)   Balance $0.00
Appointment log, week of 10/19/2026 (front desk printout): 10/21 9:00 H. Brightwater; 10/21 10:00 R.M. (another
client, not part of this statement).
""",
    "other/request-for-payment-cover-2026-11-04.txt": """
REQUEST FOR PAYMENT - cover sheet kept by the member (FICTIONAL)                                Date: 11/04/2026
To: Lakeshore Senior Advantage, Claims, fax (608) 555-0141   From: Harold Brightwater, member FICT-LSA-22091840
Enclosed: superbill of 10/21/2026 (12 sessions, $1,800.00 paid), treatment summary of 10/28/2026. Please pay me for
these covered services. Fax confirmation: 11/04/2026 15:12, 5 pages, OK.
""",
}

TRUTH = """
# 01 - Medicare Advantage PPO: a member's request for payment for out-of-network pain psychotherapy denied for "no prior authorization"; reconsideration by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harold Brightwater, 71 (DOB 02/19/1955), is enrolled in the **Lakeshore Senior Advantage Choice PPO** from
  **01/01/2026** (enrollment confirmation of 12/09/2025); in 2025 he was in the plan's Core HMO.
- He had **12 weekly psychotherapy sessions (90834) 08/05/2026-10/21/2026** with **Ines Okonkwo-Hale, PhD**, a
  psychologist **enrolled in Medicare and not under contract** with the plan, for chronic low back pain (G89.29) with
  recurrent depression (F33.1). He **paid $1,800.00** ($150.00 a session) and faxed a **request for payment on
  11/04/2026** with the superbill and the treatment summary.
- The **notice of 11/18/2026** (LSA-26-1104-558213, **PR-197**) says out-of-network behavioral health services
  "require prior authorization". The plan's **2026 EOC, Chapter 4, Section 2.3** says a PPO member needs **no referral
  or prior authorization** to see an out-of-network provider enrolled in Medicare; only services marked (*) need it,
  and outpatient individual therapy is **not marked** (it is out-of-network at **40% coinsurance**).
- The plan never said the care was not medically necessary or not covered; PHQ-9 15 -> 9, pain interference 7 -> 4.
- **Rule and stage:** Medicare Advantage reconsideration of a **payment** denial (42 CFR 422.578-422.590): within
  **65 days of the notice: by 01/22/2027**; the plan decides within **60 days** (422.590(b)); an upheld denial goes to
  the **Independent Review Entity automatically** (422.592). A PPO pays for covered benefits out of network
  (422.4(a)(1)(v)). No expedited route for a payment request.
- **Author:** the patient himself: "I", "my sessions".

## Deliberately unknown
- What the plan's payment will be: its allowed amount for 90834 out of network is not in the case; with 40%
  coinsurance he will **not** get the full $1,800.00 back. A letter may ask for payment under the out-of-network
  benefit, not state a figure.
- Whether the psychologist accepts Medicare assignment: not stated.
- Why the claims unit applied a prior-authorization edit: not known; a letter may ask the plan to correct it.

## Traps
- **Plan document, not medicine.** The winning point is the 2026 EOC's own sentence; no medical-necessity argument,
  no clinical reviewer, no peer-to-peer.
- **Stale document:** the 2025 Core HMO EOC (out-of-network not covered without prior authorization) is his old
  plan; it does not govern 2026 care. A letter must not quote it as his terms or call him an HMO member.
- **A decision's wrong statement:** "Out-of-network behavioral health services require prior authorization" is
  contradicted by Section 2.3 and the chart.
- **Other person:** "R.M." on the appointment log is another client.
- **Drugs still taken:** duloxetine 60 mg continues (partial response): never "failed" or "stopped"; gabapentin was an
  intolerance (dizziness, fall), not an adequate trial; cyclobenzaprine 10 mg at bedtime is for spasm and sleep.
- **Physical therapy** 2025 was completed **with some benefit**: never a failed trial.
- **Not a retroactive authorization** and **not a network gap exception**: none is needed.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no "external review", no MHPAEA/parity (Medicare), no state insurance
  department as the next level.

## Arguments a strong letter makes (strongest first)
1. The plan's own **2026 EOC, Chapter 4, Section 2.3**: a PPO member needs no prior authorization to see an
   out-of-network Medicare-enrolled provider; outpatient therapy carries no asterisk. The only ground fails: pay the
   request under the out-of-network benefit (40% coinsurance).
2. He was enrolled in the **Choice PPO from 01/01/2026** (enrollment confirmation): every date of service falls in
   the PPO year; the PPO covers benefits out of network (42 CFR 422.4(a)(1)(v)).
3. Correct the notice's statement that out-of-network behavioral health services require prior authorization.
4. The provider is enrolled in Medicare and the service is a covered outpatient mental health benefit; the plan raised
   no other ground. Ask for a decision within 60 days and note the IRE step.

## What a letter must NOT say
- "retroactive authorization", "network gap exception", "no in-network provider", "emergency".
- "not medically necessary" answered as the ground; "peer-to-peer"; "clinical reviewer" request.
- "HMO" as his plan; quoting the 2025 Core HMO EOC as the terms in force.
- "reimburse the full $1,800.00" or any payment figure beyond the out-of-network benefit.
- "failed duloxetine", "stopped duloxetine"; gabapentin as a failed trial; physical therapy as failed; "suicidal".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "MHPAEA", "parity", "R.M.".
- "Mr. Brightwater has ..." in the third person as the signer's voice.
"""

ANSWERS = [
    ("plan type", "Lakeshore Senior Advantage Choice PPO", "denial/notice-of-denial-of-payment-2026-11-18.txt"),
    ("notice date", "Date of notice: 11/18/2026", "denial/notice-of-denial-of-payment-2026-11-18.txt"),
    ("CARC", "CARC 197", "denial/notice-of-denial-of-payment-2026-11-18.txt"),
    ("window", "65 calendar days from the date of this notice", "denial/notice-of-denial-of-payment-2026-11-18.txt"),
    ("deadline", "appeal_deadline: 2027-01-22", "case.yaml"),
    ("winning rule", "You do not need a referral or prior authorization to see an out-of-network provider",
     "other/evidence-of-coverage-2026-chapter-4-excerpt.txt"),
    ("therapy cost share", "out-of-network, 40% coinsurance", "other/evidence-of-coverage-2026-chapter-4-excerpt.txt"),
    ("PPO from", "From 01/01/2026 you are enrolled in the Lakeshore Senior Advantage Choice PPO",
     "other/enrollment-confirmation-2025-12-09.txt"),
    ("sessions", "12 weekly sessions", "clinical/psychology-treatment-summary-2026-10-28.txt"),
    ("amount paid", "Paid by client $1,800.00", "other/superbill-and-receipts-2026-10-21.txt"),
    ("provider status", "Enrolled in Medicare; not under contract with Lakeshore Senior Advantage",
     "other/superbill-and-receipts-2026-10-21.txt"),
    ("request sent", "11/04/2026 15:12, 5 pages, OK", "other/request-for-payment-cover-2026-11-04.txt"),
    ("stale plan", "this was his plan in 2025", "other/evidence-of-coverage-2025-core-hmo-excerpt-stale.txt"),
    ("duloxetine continues", "duloxetine 60 mg daily since 06/2024, partial response, continued",
     "clinical/psychology-treatment-summary-2026-10-28.txt"),
    ("IRE automatic", "Independent Review Entity", "denial/notice-of-denial-of-payment-2026-11-18.txt"),
    ("payment figure unknown", "will **not** get the full $1,800.00 back", "truth"),
]
