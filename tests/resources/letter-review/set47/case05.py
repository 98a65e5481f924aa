"""Set 47, case 05 (FICTIONAL): separate CHIP, a 17-year-old's buprenorphine fills denied because the father's
former job-based plan was "primary"; it had ended a month before CHIP began. The state's review, asked by the mother."""

SLUG = "05-separate-chip-teen-buprenorphine-cob-ended-coverage-state-review-mother"

CASE_YAML = """
# FICTIONAL CASE (set 47, case 05) - every person, plan, agency office, pharmacy, number and address is invented.
# Separate CHIP through a managed care plan, New Jersey. Jonah Westergaard-Pike, 17, takes buprenorphine-naloxone for
# opioid use disorder. His father's job-based plan ended 05/31/2026 (no COBRA election); CHIP began 07/01/2026. The
# plan rejected three fills as "other insurance primary", denied the mother's request for reimbursement (CO-22) and
# upheld it on appeal, saying no proof of the end was received - she had faxed it with the appeal. She asks for the
# state's review.
patient:
  name: Jonah Westergaard-Pike
  salutation: Jonah
  date_of_birth: 2009-03-19
  member_id: FICT-GSK-20931158
  address: |-
    77 Bay Harbor Road
    Toms River, NJ 08753
  phone: (732) 555-0109
insurer:
  name: Garden Shore Kids Health Plan (New Jersey separate CHIP, managed care) (FICTIONAL)
  appeals_address: |-
    Garden Shore Kids Health Plan - Member Appeals (FICTIONAL)
    PO Box 5512
    Trenton, NJ 08638
  fax: (609) 555-0172
claim:
  number: MR-26-1014-06672
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-10-20
  service_dates: [2026-08-12, 2026-09-10, 2026-10-09]
  diagnosis_codes: [F11.20, F41.1]
  carc_codes: [CO-22]
  denial_reason: >-
    Other health insurance on file: Harborline Freight Employee Health Plan (subscriber Karl Westergaard), active. The
    primary plan must be billed first. (CARC 22)
  denial_category: coordination_of_benefits
  denial_reasons: [coordination_of_benefits]
  action: none
decisions:
  - date: 2026-11-16
    outcome: denied
    stage: plan appeal
    opens: state review
    next_deadline: 2027-03-16
    reason: >-
      Our records still show other health insurance through Harborline Freight Employee Health Plan. No proof that the
      other coverage ended was received. The denial is upheld.
    corrections:
      - said: No proof that the other coverage ended was received.
        record: >-
          The mother faxed Harborline Freight's letter ending the coverage on 05/31/2026 to the plan's appeals fax with
          the appeal on 10/26/2026 (fax confirmation, 4 pages, OK).
        file: other/fax-confirmation-2026-10-26.txt
        page: 1
external_review:
  agency: New Jersey CHIP State Review Unit, named in the plan's appeal decision (FICTIONAL)
  address: |-
    CHIP State Review Unit (FICTIONAL)
    PO Box 7140
    Trenton, NJ 08628
  final_denial_date: 2026-11-16
other_coverage:
  plan: Harborline Freight Employee Health Plan
  member_is: dependent
  covered_here_as: CHIP member
  ended: 2026-05-31
  reported: 2026-06-18
  continued: false
  continued_proof: other/cobra-election-notice-2026-06-02.txt
  proof: [other/harborline-coverage-end-letter-2026-06-02.txt, other/chip-eligibility-notice-2026-06-26.txt]
eligibility:
  coverage: CHIP coverage
  start: 2026-07-01
  record:
    name: New Jersey CHIP eligibility notice
    date: 2026-06-26
    file: other/chip-eligibility-notice-2026-06-26.txt
    page: 1
treatment:
  name: Buprenorphine-naloxone 8 mg-2 mg sublingual film, two films daily
  summary: >-
    Maintenance treatment of opioid use disorder begun 07/21/2026 by his adolescent medicine physician; only the
    order of payment is in dispute.
clinical:
  severity: Opioid use disorder, severe; urine drug tests negative for opioids other than buprenorphine since 08/2026
  severity_date: 2026-11-02
  suicidality: none
  suicidality_date: 2026-11-02
  history:
    - drug: Naltrexone
      dose: 50 mg daily
      start: 2025-11-03
      end: 2025-11-10
      kind: other
      adequate: false
      outcome: Stopped after 8 days for nausea and vomiting (intolerance)
      evidence: {file: clinical/adolescent-medicine-note-2026-11-02.txt, page: 1}
    - drug: Buprenorphine-naloxone
      dose: 16 mg-4 mg daily
      start: 2026-07-21
      ongoing: true
      kind: other
      response: response
      outcome: Continuing; negative urine tests since 08/2026; back in school full time
      evidence: {file: clinical/adolescent-medicine-note-2026-11-02.txt, page: 1}
    - drug: Sertraline
      dose: 50 mg daily for anxiety
      start: 2024-09
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/adolescent-medicine-note-2026-11-02.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime for sleep
      start: 2026-08
      ongoing: true
      kind: other
      outcome: Sleep aid only
      evidence: {file: clinical/adolescent-medicine-note-2026-11-02.txt, page: 1}
expenses:
  - {date: 2026-08-12, item: "buprenorphine-naloxone 8 mg-2 mg films, 60 (rejected as other insurance primary)", amount: 148.20, paid: 148.20}
  - {date: 2026-09-10, item: "buprenorphine-naloxone 8 mg-2 mg films, 60 (rejected as other insurance primary)", amount: 148.20, paid: 148.20}
  - {date: 2026-10-09, item: "buprenorphine-naloxone 8 mg-2 mg films, 60 (rejected as other insurance primary)", amount: 148.20, paid: 148.20}
author:
  name: Katrin Pike
  role: Mother of the patient (a minor)
  relation: parent
  address: |-
    77 Bay Harbor Road
    Toms River, NJ 08753
  phone: (732) 555-0109
  email: katrin.pike@homemail.example
provider:
  name: Noor Abernathy-Sayed, MD
  credentials: MD, adolescent medicine
  npi: "1395820461"
  address: |-
    Shoreline Adolescent Health (FICTIONAL), 410 Hooper Avenue
    Toms River, NJ 08753
  phone: (732) 555-0131
record_dates:
  - file: other/harborline-coverage-end-letter-2026-06-02.txt
    date: 2026-06-02
    sent: 2026-10-26
    sent_proof: other/fax-confirmation-2026-10-26.txt
  - file: clinical/adolescent-medicine-note-2026-11-02.txt
    date: 2026-11-02
copies: [prescriber]
template: external-review-request
bates_prefix: WESTERGAARDPIKE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/reimbursement-denial-2026-10-20.txt": """
GARDEN SHORE KIDS HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION   Date: 10/20/2026
Member: Jonah Westergaard-Pike   DOB 03/19/2009   Member ID FICT-GSK-20931158   NJ CHIP   Page 1 of 1
Member reimbursement request MR-26-1014-06672 (received 10/14/2026): pharmacy fills of 08/12, 09/10 and 10/09/2026,
buprenorphine-naloxone 8 mg-2 mg film #60 each, $148.20 each.
Decision: Other health insurance on file: Harborline Freight Employee Health Plan (subscriber Karl Westergaard),
active. The primary plan must be billed first. (CARC 22)
You may appeal to us within 60 days of this notice.
""",
    "denial/appeal-decision-2026-11-16.txt": """
GARDEN SHORE KIDS HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL DECISION                 Date: 11/16/2026
Member: Jonah Westergaard-Pike   Appeal GA-26-1026-1187 (received 10/26/2026)   Page 1 of 1
Decision: Our records still show other health insurance through Harborline Freight Employee Health Plan. No proof
that the other coverage ended was received. The denial is upheld.
You may ask for an external review by the State within 120 days of this notice: CHIP State Review Unit, PO Box
7140, Trenton, NJ 08628 (FICTIONAL). This is not a Medicaid fair hearing.
""",
    "clinical/adolescent-medicine-note-2026-11-02.txt": """
SHORELINE ADOLESCENT HEALTH (FICTIONAL) - PROGRESS NOTE                            Date: 11/02/2026
Patient: Jonah Westergaard-Pike   DOB 03/19/2009   Page 1 of 1
Opioid use disorder, severe (F11.20); generalized anxiety disorder (F41.1).
Buprenorphine-naloxone 16 mg-4 mg daily since 07/21/2026 (first fill paid by the CHIP plan); urine tests negative for
other opioids since 08/2026; back in school full time. Naltrexone 50 mg 11/03-11/10/2025 stopped for nausea and
vomiting. Sertraline 50 mg for anxiety since 09/2024, partial response, continued. Melatonin 3 mg at bedtime.
No suicidal ideation. Mother reports paying cash for three fills after the pharmacy rejected them.
""",
    "other/harborline-coverage-end-letter-2026-06-02.txt": """
HARBORLINE FREIGHT EMPLOYEE HEALTH PLAN (FICTIONAL) - NOTICE OF END OF COVERAGE      Date: 06/02/2026
Employee: Karl Westergaard   Page 1 of 1
Your employment ended 05/15/2026. Medical and pharmacy coverage for you and your enrolled dependents (Jonah
Westergaard-Pike, Elsa Westergaard-Pike) ended 05/31/2026. See the enclosed COBRA election notice.
""",
    "other/cobra-election-notice-2026-06-02.txt": """
HARBORLINE FREIGHT EMPLOYEE HEALTH PLAN (FICTIONAL) - COBRA ELECTION NOTICE          Date: 06/02/2026
Qualified beneficiaries: Karl Westergaard, Jonah Westergaard-Pike, Elsa Westergaard-Pike.
Election deadline: 08/01/2026.
[Administrator's stamp 08/04/2026: NO ELECTION RECEIVED - COBRA NOT CONTINUED.]
""",
    "other/chip-eligibility-notice-2026-06-26.txt": """
NEW JERSEY CHIP (FICTIONAL NOTICE COPY) - ELIGIBILITY NOTICE                       Date: 06/26/2026
Child: Jonah Westergaard-Pike   DOB 03/19/2009   Page 1 of 1
Application signed 06/18/2026 (reports: job-based coverage through Harborline Freight ended 05/31/2026).
Approved: CHIP coverage begins 07/01/2026. Health plan: Garden Shore Kids Health Plan.
""",
    "other/fax-confirmation-2026-10-26.txt": """
FAX TRANSMISSION REPORT (FICTIONAL)                                                10/26/2026 16:12
To: (609) 555-0172 Garden Shore Kids Health Plan - Member Appeals   Pages: 4   Result: OK
Cover: "Appeal for Jonah Westergaard-Pike, MR-26-1014-06672 - enclosed Harborline letter ending coverage 05/31/2026."
Page 1 of 1
""",
    "other/harborline-id-card-2025-stale.txt": """
HARBORLINE FREIGHT EMPLOYEE HEALTH PLAN (FICTIONAL) - MEMBER ID CARD (copy)       Issued 01/01/2025
Subscriber: Karl Westergaard   Dependents: Jonah Westergaard-Pike, Elsa Westergaard-Pike
[Stale: this coverage ended 05/31/2026.]
""",
}

TRUTH = """
# 05 - Separate CHIP: a teenager's buprenorphine fills denied as "other insurance primary" after that coverage ended; the state's review asked by his mother (FICTIONAL)

All people, plans, agency offices, pharmacies, numbers and addresses are invented (FICTIONAL).

## What is true
- Jonah Westergaard-Pike, **17** (DOB 03/19/2009), **New Jersey separate CHIP** through a managed care plan (Garden
  Shore Kids), coverage from **07/01/2026** (eligibility notice of 06/26/2026).
- His father's **Harborline Freight** job-based plan **ended 05/31/2026** (letter of 06/02/2026); **no COBRA
  election** (administrator's stamp 08/04/2026). The CHIP application of **06/18/2026** reported the end.
- Buprenorphine-naloxone 16 mg-4 mg daily since **07/21/2026** (the first fill was paid by the CHIP plan itself). The
  pharmacy rejected the fills of **08/12, 09/10 and 10/09/2026**; his mother paid **$148.20** each ($444.60 in all).
- Notice **10/20/2026** (MR-26-1014-06672, **CO-22**): Harborline "active ... primary". Appeal decision
  **11/16/2026**: "No proof that the other coverage ended was received" - she faxed Harborline's letter with the
  appeal on **10/26/2026** (fax report, 4 pages, OK).
- **Rule and stage:** separate CHIP: the plan's appeal (42 CFR 457.1260, applying the Medicaid managed care appeal
  rules) is done; next is the **state's review** (42 CFR 457.1130(b)), asked within the time the decision prints:
  **120 days: by 03/16/2027**. No state fair hearing, no EPSDT, no continued benefits (438.420 does not apply to
  CHIP).
- **Author:** his mother, parent of a minor; writes about "Jonah".

## Deliberately unknown
- Why the plan's record still shows Harborline as active: not known; a letter may ask that it be corrected.
- Whether the plan will pay the pharmacy's price or its own allowed amount: not known; the letter asks for
  reimbursement of what was paid.

## Traps
- **A date, not medicine:** the other coverage ended **05/31/2026**, before CHIP began (07/01/2026) and before every
  fill; there was no other coverage on any date of this care.
- **A decision's wrong statement:** "No proof ... was received" against the fax of 10/26/2026.
- **Stale document:** the 2025 Harborline ID card; it does not show coverage in 2026.
- **Other person on a document:** his sister **Elsa** appears on the end-of-coverage letter, COBRA notice and ID card;
  not part of this appeal.
- **Drug still taken:** buprenorphine-naloxone continues; sertraline continues (partial); never "failed"/"stopped".
  **Intolerance:** naltrexone stopped after 8 days for nausea and vomiting. **Sleep:** melatonin.
- **Wrong law:** CHIP is not Medicaid - no EPSDT (42 USC 1396d(r)(5)), no state fair hearing, no 438.420, no
  Medicaid parity rule; no ERISA, no 45 CFR 147.136, no MHPAEA.
- **Voice:** the mother writes about Jonah; never "I take buprenorphine".

## Arguments a strong letter makes (strongest first)
1. The Harborline coverage **ended 05/31/2026** and was **not continued** (no COBRA election); CHIP began
   **07/01/2026**. On 08/12, 09/10 and 10/09/2026 there was no other coverage: the plan is the only payer.
2. Correct the decision's statement: the proof was faxed with the appeal on **10/26/2026**, before the decision of
   11/16/2026, and the CHIP application of 06/18/2026 had already reported the end.
3. Ask that the plan correct its coordination-of-benefits record and reimburse the **$444.60** paid for the three
   fills.

## What a letter must NOT say
- "Harborline is primary"; "other coverage in force"; "Elsa".
- "EPSDT", "fair hearing", "continue benefits during the appeal", "438.420", "Medicaid"; "ERISA", "45 CFR 147.136",
  "MHPAEA".
- "failed buprenorphine", "stopped buprenorphine", "failed sertraline"; naltrexone as an adequate trial; melatonin as
  a trial.
- "suicidal ideation" as present; the patient's "I".
"""

ANSWERS = [
    ("plan type", "plan_type: chip", "case.yaml"),
    ("stage", "external review by the State within 120 days of this notice", "denial/appeal-decision-2026-11-16.txt"),
    ("deadline", "by 03/16/2027", "truth"),
    ("CHIP review rule", "42 CFR 457.1130(b)", "truth"),
    ("other coverage ended", "ended 05/31/2026", "other/harborline-coverage-end-letter-2026-06-02.txt"),
    ("CHIP began", "CHIP coverage begins 07/01/2026", "other/chip-eligibility-notice-2026-06-26.txt"),
    ("no COBRA", "NO ELECTION RECEIVED - COBRA NOT CONTINUED", "other/cobra-election-notice-2026-06-02.txt"),
    ("proof faxed", "10/26/2026 16:12", "other/fax-confirmation-2026-10-26.txt"),
    ("fax result", "Pages: 4   Result: OK", "other/fax-confirmation-2026-10-26.txt"),
    ("fill dates", "08/12, 09/10 and 10/09/2026", "denial/reimbursement-denial-2026-10-20.txt"),
    ("paid each fill", "$148.20 each", "denial/reimbursement-denial-2026-10-20.txt"),
    ("total paid", "$444.60", "truth"),
    ("first fill paid by the plan", "first fill paid by the CHIP plan", "clinical/adolescent-medicine-note-2026-11-02.txt"),
    ("other person", "Elsa Westergaard-Pike", "other/harborline-id-card-2025-stale.txt"),
    ("intolerance", "stopped for nausea and vomiting", "clinical/adolescent-medicine-note-2026-11-02.txt"),
    ("not a fair hearing", "This is not a Medicaid fair hearing.", "denial/appeal-decision-2026-11-16.txt"),
]
