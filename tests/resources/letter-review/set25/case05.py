"""Set 25, case 05 (FICTIONAL): self-funded ERISA plan; a 17-year-old's TMS course, approved in advance, denied CO-22
as secondary under the custodial-parent rule. The SPD puts a court decree first, and the final divorce decree (which
the plan itself found a QMCSO in 2021) makes the father responsible; the first-level decision read the 2020 temporary
orders it replaced. Second-level appeal by the father, the employee."""

SLUG = "05-self-funded-erisa-teen-tms-cob-divorce-decree-second-level-father"

CASE_YAML = r"""
# FICTIONAL CASE (set 25, case 05) - every person, plan, provider, number and address is invented.
# Self-funded employer plan under ERISA (Ohio address). The employee's son, 17, had 36 TMS sessions (06/01-07/24/2026)
# approved in advance "subject to eligibility and coordination of benefits". The claim was denied CO-22 (other
# coverage primary: custodial parent). SPD 12.3(c)(1): where a court decree makes one parent responsible for the
# child's health coverage and the plan knows of it, that parent's plan pays first. The final decree of 03/15/2021
# (para. 12) makes the father responsible; the plan found it a QMCSO on 05/06/2021. The first-level decision of
# 10/14/2026 relied on the temporary orders of 08/14/2020, which the final decree replaced. The father writes.
patient:
  name: Caleb Marchetti-Doan
  salutation: Caleb
  date_of_birth: 2009-01-20
  member_id: FICT-LRL-6604821-02
  address: |-
    3318 Buckeye Trace
    Dublin, OH 43017
  phone: (614) 555-0132
insurer:
  name: Lumen Ridge Logistics Employee Health Plan (FICTIONAL), administered by Northgate Benefit Services
  appeals_address: |-
    Lumen Ridge Logistics Employee Health Plan, c/o Northgate Benefit Services, Second-Level Appeals
    PO Box 183302
    Columbus, OH 43218
  fax: (614) 555-0191
employer:
  name: Lumen Ridge Logistics, Benefits Office (plan administrator)
  address: |-
    900 Harmon Yard Drive
    Columbus, OH 43223
claim:
  number: NBS-26-0731-448120
  plan_type: employer_erisa
  funding: self_funded
  stage: second level
  action: none
  notice_date: 2026-08-10
  service_dates: [2026-06-01, 2026-07-24]
  sessions: 36
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-22]
  denial_reason: >-
    CO-22: This care may be covered by another payer per coordination of benefits. Other coverage is primary for this
    dependent (custodial parent rule). Please submit the primary plan's explanation of benefits.
  denial_category: coordination_of_benefits
decisions:
  - date: 2026-10-14
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2026-12-13
    reason: >-
      The court order on file (Temporary Orders dated 08/14/2020) requires the child's mother to provide health
      coverage for the child. Under SPD Section 12.3, her plan, Prairieland Health Insurance Company, is primary. The
      denial is upheld.
    corrections:
      - said: >-
          The court order on file (Temporary Orders dated 08/14/2020) requires the child's mother to provide health
          coverage for the child.
        record: >-
          The temporary orders ended with the Final Judgment and Decree of Dissolution of March 15, 2021, whose
          paragraph 12 makes the father, Rafael Marchetti, responsible for Caleb's health care coverage through his
          employer; the plan's own letter of May 6, 2021 found that decree to be a qualified medical child support
          order and enrolled Caleb under it
        file: other/final-decree-2021-03-15-excerpt.txt
        page: 1
other_coverage:
  plan: Prairieland Health Insurance Company group plan (FICTIONAL), through the mother Simone Doan's employer
  member_is: dependent
  covered_here_as: dependent
  other_says_second: other/prairieland-eob-2026-09-02.txt
  proof:
    - other/final-decree-2021-03-15-excerpt.txt
    - other/qmcso-determination-2021-05-06.txt
    - other/prairieland-eob-2026-09-02.txt
plan_policy:
  name: Summary Plan Description, Section 12.3 (Order of benefit determination)
  quote: >-
    12.3(c) Dependent child whose parents are divorced or separated: (1) if a court decree states that one of the
    parents is responsible for the child's health care expenses or health care coverage, and the plan of that parent
    has actual knowledge of those terms, that plan pays first; (2) if there is no such decree, the plan covering the
    custodial parent pays first, then the plan covering the spouse of the custodial parent, then the plan covering
    the non-custodial parent.
  file: other/spd-2026-section-12-excerpt.txt
  other_terms: >-
    12.6 When this Plan is primary, it pays its benefits without regard to the other plan and does not wait for the
    other plan's explanation of benefits. 14.2 A second-level appeal must be filed within 60 days after you receive
    the first-level decision; the Plan decides it within 30 days.
  other_terms_file: other/spd-2026-section-12-excerpt.txt
prior_auth:
  approved:
    number: PA-26-0520-7781
    date: 2026-05-20
    covers: 36 TMS sessions (90867 x1, 90868 x35) from 06/01/2026 through 07/31/2026
    quote: >-
      Approved: transcranial magnetic stimulation, 36 sessions, 06/01/2026 - 07/31/2026. This approval is subject to
      the member's eligibility and to coordination of benefits on the dates of service.
    file: other/prior-authorization-approval-2026-05-20.txt
    from: 2026-06-01
    through: 2026-07-31
    lines:
      - {code: [90867, 90868], units: 36, given: 36}
treatment:
  name: Transcranial magnetic stimulation (TMS), adolescent course
  summary: >-
    A course of 36 TMS sessions (30 daily and 6 taper), added to fluoxetine, for a 17-year-old with severe recurrent
    major depression; approved in advance by the plan.
clinical:
  severity: PHQ-A 21 on 05/11/2026 (before TMS) and 8 on 07/24/2026 (last session)
  severity_date: 2026-07-24
  response: PHQ-A 21 before the course (05/11/2026) and 8 at its end (07/24/2026)
  response_level: response
  suicidality: none
  suicidality_date: 2026-07-24
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2025-09
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Continues alongside TMS; partial response
      evidence: {file: clinical/tms-course-summary-2026-07-24.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily (10 mg for 2 weeks, then 20 mg)
      start: 2025-05-05
      end: 2025-07-28
      kind: antidepressant
      response: none
      outcome: No response after 12 weeks; stopped
      evidence: {file: clinical/tms-course-summary-2026-07-24.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-10
      ongoing: true
      kind: other
      outcome: For sleep only
      evidence: {file: clinical/tms-course-summary-2026-07-24.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 16 weekly sessions
      start: 2025-09
      end: 2025-12
      kind: psychotherapy
      sessions: 16
      response: partial
      outcome: Completed; partial response
      evidence: {file: clinical/tms-course-summary-2026-07-24.txt, page: 1}
author:
  name: Rafael Marchetti
  role: Father of the patient, who is a minor, and the Plan's employee-participant
  relation: parent
  address: |-
    71 Scioto Overlook Drive
    Columbus, OH 43221
  phone: (614) 555-0168
  email: rafael.marchetti@mail.example
provider:
  name: Beatrix Oyelaran
  credentials: MD
  npi: "1472618390"
  address: |-
    Central Ohio Neuromodulation Center, 4400 Sawmill Corners Road
    Dublin, OH 43016
  phone: (614) 555-0107
reimbursement:
  amount_billed: "$9,180.00"
  amount_paid: "$0.00"
bates_prefix: MARCHETTIDOAN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/eob-2026-08-10.txt": """
LUMEN RIDGE LOGISTICS EMPLOYEE HEALTH PLAN (FICTIONAL) - administered by Northgate Benefit Services
EXPLANATION OF BENEFITS - THIS IS NOT A BILL            Date: 08/10/2026            Page 1

Employee: Rafael Marchetti     Coverage: employee and child
PATIENT: CALEB MARCHETTI-DOAN     Member ID: FICT-LRL-6604821-02     Relationship: child
Claim: NBS-26-0731-448120     Provider: Central Ohio Neuromodulation Center (network)
06/01/2026 - 07/24/2026   90867 x1, 90868 x35   36 sessions   Billed $9,180.00   Paid $0.00   CO-22
CO-22: This care may be covered by another payer per coordination of benefits. Other coverage is primary for this
dependent (custodial parent rule). Please submit the primary plan's explanation of benefits.

PATIENT: RAFAEL MARCHETTI     Member ID: FICT-LRL-6604821-01     Relationship: self
Claim: NBS-26-0802-448907   80053   07/30/2026   Billed $64.00   Paid $41.20
""",
    "denial/first-level-decision-2026-10-14.txt": """
NORTHGATE BENEFIT SERVICES (FICTIONAL) for the Lumen Ridge Logistics Employee Health Plan
FIRST-LEVEL APPEAL DECISION            Date: 10/14/2026            Page 1

To: Rafael Marchetti     Patient: Caleb Marchetti-Doan     Claim: NBS-26-0731-448120 (TMS, 06/01-07/24/2026)
We received your appeal on 08/24/2026. Decision: The court order on file (Temporary Orders dated 08/14/2020) requires
the child's mother to provide health coverage for the child. Under SPD Section 12.3, her plan, Prairieland Health
Insurance Company, is primary. The denial is upheld.
This decision is about coordination of benefits only; it is not a decision about medical necessity.
Second level: you may file a second-level appeal within 60 days after you receive this decision (SPD 14.2). You
have the right to receive, free of charge, copies of all documents relevant to your claim.
""",
    "other/spd-2026-section-12-excerpt.txt": """
LUMEN RIDGE LOGISTICS EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026 (EXCERPTS)          Page 1

About the Plan: self-funded by Lumen Ridge Logistics and governed by ERISA; Northgate Benefit Services processes
claims and appeals. The Plan Administrator has discretion to interpret the Plan.

12.3 Order of benefit determination. The first rule that applies decides which plan pays first.
(a) The plan covering the person as an employee pays before the plan covering the person as a dependent.
(b) Dependent child whose parents are married or living together: the plan of the parent whose birthday falls
earlier in the calendar year pays first.
(c) Dependent child whose parents are divorced or separated: (1) if a court decree states that one of the parents
is responsible for the child's health care expenses or health care coverage, and the plan of that parent has actual
knowledge of those terms, that plan pays first; (2) if there is no such decree, the plan covering the custodial
parent pays first, then the plan covering the spouse of the custodial parent, then the plan covering the
non-custodial parent.
12.6 When this Plan is primary, it pays its benefits without regard to the other plan and does not wait for the
other plan's explanation of benefits.
14.2 A second-level appeal must be filed within 60 days after you receive the first-level decision; the Plan
decides it within 30 days.
""",
    "other/final-decree-2021-03-15-excerpt.txt": """
COURT OF COMMON PLEAS, DOMESTIC RELATIONS DIVISION (FICTIONAL) - CASE NO. FICT-20-DR-04417
FINAL JUDGMENT AND DECREE OF DISSOLUTION (EXCERPT)          Filed: 03/15/2021          Page 1

Parties: Rafael Marchetti (Father) and Simone Doan (Mother). Child: Caleb Marchetti-Doan, born 01/20/2009.
8. The Mother is the residential parent and legal custodian of the child.
12. Health care coverage. The Father shall maintain health insurance for the child through his employer for as long
as it is available at reasonable cost, and the Father is responsible for the child's health care coverage. The
Mother may keep the child on her own plan as additional coverage.
15. This decree replaces all temporary orders entered in this case.
""",
    "other/temporary-orders-2020-08-14-excerpt.txt": """
COURT OF COMMON PLEAS, DOMESTIC RELATIONS DIVISION (FICTIONAL) - CASE NO. FICT-20-DR-04417
TEMPORARY ORDERS (EXCERPT)          Filed: 08/14/2020          Page 1

Pending final hearing: 4. The Mother shall maintain health insurance for the minor child.
These orders remain in effect until further order of the court or the final decree.
""",
    "other/qmcso-determination-2021-05-06.txt": """
LUMEN RIDGE LOGISTICS EMPLOYEE HEALTH PLAN (FICTIONAL) - PLAN ADMINISTRATOR
QUALIFIED MEDICAL CHILD SUPPORT ORDER DETERMINATION          Date: 05/06/2021          Page 1

To: Rafael Marchetti; Simone Doan
We received the Final Judgment and Decree of Dissolution filed 03/15/2021 (Case FICT-20-DR-04417) on 04/19/2021.
We have determined that it is a qualified medical child support order. Caleb Marchetti-Doan is enrolled as a
dependent of Rafael Marchetti effective 05/01/2021.
""",
    "other/prairieland-eob-2026-09-02.txt": """
PRAIRIELAND HEALTH INSURANCE COMPANY (FICTIONAL) - EXPLANATION OF BENEFITS          Date: 09/02/2026          Page 1

Subscriber: Simone Doan     Group: Westmark Dental Partners
PATIENT: CALEB MARCHETTI-DOAN     Relationship: child
06/01/2026 - 07/24/2026   90867, 90868   Billed $9,180.00   Pending   OA-22
Remark: This plan is secondary for this dependent. A court decree on file with us makes the child's father
responsible for his health coverage, so the father's plan is primary. Send us its explanation of benefits.

PATIENT: SIMONE DOAN     Relationship: self
08/18/2026   D1110   Billed $118.00   Paid $118.00
""",
    "other/prior-authorization-approval-2026-05-20.txt": """
NORTHGATE BENEFIT SERVICES (FICTIONAL) - PRIOR AUTHORIZATION APPROVAL          Date: 05/20/2026          Page 1

Member: Caleb Marchetti-Doan     Reference: PA-26-0520-7781     Provider: Central Ohio Neuromodulation Center
Approved: transcranial magnetic stimulation, 36 sessions, 06/01/2026 - 07/31/2026. This approval is subject to the
member's eligibility and to coordination of benefits on the dates of service.
""",
    "clinical/tms-course-summary-2026-07-24.txt": """
CENTRAL OHIO NEUROMODULATION CENTER (FICTIONAL) - TMS COURSE SUMMARY          Date: 07/24/2026          Page 1

Patient: Caleb Marchetti-Doan     DOB 01/20/2009     Psychiatrist: Beatrix Oyelaran, MD
Diagnosis: F33.2 major depressive disorder, recurrent, severe, without psychotic features.
Course: 36 sessions, 06/01/2026 - 07/24/2026 (30 daily, then 6 taper), adjunct to fluoxetine. Accompanied by his
mother or father at each visit.
Measures: PHQ-A 21 (05/11/2026); PHQ-A 8 (07/24/2026).
Safety: passive suicidal thoughts in May 2026, none since mid-June; C-SSRS negative 07/24/2026.
Medication history: fluoxetine 40 mg daily since September 2025, continues, partial response; escitalopram 20 mg
05/05/2025 - 07/28/2025 (12 weeks), no response, stopped; trazodone 50 mg at bedtime for sleep since October 2025.
Psychotherapy: 16 weekly CBT sessions September - December 2025, completed, partial response.
School: returned to full days in August 2026.
""",
}

TRUTH = r"""
# 05 - Self-funded ERISA plan: a 17-year-old's approved TMS course denied CO-22 under the custodial-parent rule; the SPD's court-decree rule and the final decree make this plan primary; second-level appeal by the father (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Caleb Marchetti-Doan, 17 (DOB 01/20/2009), is covered as a **dependent** by the **Lumen Ridge Logistics Employee
  Health Plan, self-funded and governed by ERISA**, through his father Rafael Marchetti (the employee), and also as a
  dependent by his mother Simone Doan's insured group plan (Prairieland). The parents are **divorced**; the mother is
  the residential parent. **Both coverages are in force.**
- He had **36 TMS sessions, 06/01 through 07/24/2026** (90867 x1, 90868 x35), **approved in advance**
  (PA-26-0520-7781, 36 sessions 06/01-07/31/2026, "subject to ... coordination of benefits"). Billed **$9,180**.
- EOB of **08/10/2026**: denied **CO-22**, "other coverage is primary (custodial parent rule)". **First-level decision of
  10/14/2026**: upheld, because "the court order on file (**Temporary Orders dated 08/14/2020**) requires the child's
  mother to provide health coverage".
- **SPD 12.3(c)(1)** (parents divorced): where **a court decree** makes one parent responsible for the child's health
  coverage and that parent's plan **has actual knowledge**, that parent's plan **pays first**; the custodial-parent
  order (12.3(c)(2)) applies **only if there is no such decree**.
- The **Final Judgment and Decree of 03/15/2021**, para. 12: **the father is responsible** for Caleb's health care
  coverage through his employer; para. 15: it **replaces all temporary orders**. The plan received it on 04/19/2021
  and **found it a QMCSO on 05/06/2021** (its own letter): actual knowledge. So **this plan is primary**.
- **Prairieland agrees:** its EOB of **09/02/2026** says it is secondary because a court decree makes the father
  responsible, and waits for this plan's EOB. SPD 12.6: a primary plan does not wait for the other plan's EOB.
- Stage: **second-level internal appeal**, within **60 days after receipt of the 10/14/2026 decision (by
  12/13/2026)**, decided within **30 days** (SPD 14.2; 29 CFR 2560.503-1(i)(2)(iii)(B) for a second level).
- Author: **the father**, the employee-participant and parent of a minor: "I", "my son".

## Deliberately unknown
- What the plan will allow for the TMS codes, and what Prairieland will then pay: no amount may be promised.
- Why the administrator's record points to the 2020 temporary orders (which file it looked at): only that the decision
  names them.
- Whether the plan would have approved the TMS on its merits again (not in question: it approved it in advance).

## Traps
- **The decree rule, not the birthday rule.** The parents are divorced: 12.3(b) (birthday rule) does not apply. (The
  mother's birthday, February 14, comes before the father's, November 2, so a birthday argument would point the wrong
  way.) 12.3(a) does not decide either: Caleb is a dependent under both plans.
- **Custody does not decide here.** The mother is the residential parent; a letter must not deny that, nor argue that
  the father has custody. The custodial-parent order applies only without a decree.
- **Stale order:** the 2020 temporary orders are the decision's source; the final decree replaced them (para. 15). A
  letter must not treat the temporary orders as in force.
- **The other coverage has not ended.** Never "the mother's coverage ended" or "no other coverage".
- **The approval is not the ground.** PA-26-0520-7781 was given "subject to coordination of benefits"; the letter may
  say the care was approved in advance, but must not argue that the approval makes this plan primary or ask for a
  retroactive authorization; nothing about authorization was denied.
- **Not medical necessity:** no count of failed trials, no TMS evidence paragraph, no peer-to-peer, no request for a
  child psychiatrist reviewer, no external review (a coordination-of-benefits denial does not turn on medical
  judgment). If the history is mentioned: fluoxetine is **continuing** (partial response, adjunct to TMS; never
  "failed"); trazodone 50 mg is **for sleep**; CBT is psychotherapy (completed, partial response), not a drug trial.
- **Other people on documents:** the father's own lab claim on the plan's EOB; the mother's dental claim on
  Prairieland's EOB.
- **Suicidality:** passive thoughts in May 2026, none since mid-June; never "current suicidal ideation". He returned
  to school full days in August 2026.
- **Wrong law:** self-funded ERISA plan: no state insurance law or state COB regulation as binding on the plan, no
  state insurance department complaint (EBSA is the regulator), no external review for this denial. No
  "contra proferentem" as law (the SPD gives the administrator discretion).
- **Stage:** a **second-level** appeal that answers the **10/14/2026** first-level decision by its words, and says so.

## Arguments a strong letter makes (strongest first)
1. **SPD 12.3(c)(1):** a court decree that makes one parent responsible for the child's health coverage, known to that
   parent's plan, decides first. The **Final Judgment and Decree of 03/15/2021**, para. 12, makes **the father**
   responsible; the plan has known it since 04/19/2021 and found it a **QMCSO on 05/06/2021**. So this plan is primary;
   12.3(c)(2)'s custodial-parent order applies only when there is no such decree.
2. The first-level decision relied on the **Temporary Orders of 08/14/2020**, which the final decree **replaced**
   (para. 15): correct the coordination-of-benefits record.
3. Prairieland's EOB of 09/02/2026 already treats itself as **secondary** under the same decree; under **SPD 12.6** a
   primary plan pays without waiting for the other plan's EOB. Ask the plan to reprocess claim NBS-26-0731-448120 as
   primary for the 36 approved sessions, and to decide within 30 days (SPD 14.2).

## What a letter must NOT say
- "birthday rule", "the father's birthday comes first", "the father has custody", "Caleb lives with his father".
- "the mother's coverage ended", "there is no other coverage", "the temporary orders require the father" (they
  required the mother).
- "the approval makes this plan primary", "retroactive authorization", "medically necessary" as the ground, "failed
  fluoxetine", "failed trazodone", "failed CBT", a count of failed trials, "current suicidal ideation", "external
  review", "peer-to-peer".
- "state insurance department", "Ohio's coordination-of-benefits regulation" as binding, "ambiguities are construed
  against the plan" as law.
- the father's or the mother's own claims as Caleb's; any amount the plan "will pay".
- Caleb's first person.
"""

ANSWERS = [
    ("decree rule", "other/spd-2026-section-12-excerpt.txt",
     "if a court decree states that one of the parents is responsible for the child's health care expenses or health care coverage, and the plan of that parent has actual knowledge of those terms, that plan pays first"),
    ("custodial rule only without decree", "other/spd-2026-section-12-excerpt.txt", "if there is no such decree, the plan covering the custodial parent pays first"),
    ("decree para 12", "other/final-decree-2021-03-15-excerpt.txt", "the Father is responsible for the child's health care coverage"),
    ("decree date", "other/final-decree-2021-03-15-excerpt.txt", "Filed: 03/15/2021"),
    ("decree replaces temporary orders", "other/final-decree-2021-03-15-excerpt.txt", "This decree replaces all temporary orders entered in this case."),
    ("plan's QMCSO finding", "other/qmcso-determination-2021-05-06.txt", "We have determined that it is a qualified medical child support order."),
    ("plan received decree", "other/qmcso-determination-2021-05-06.txt", "on 04/19/2021"),
    ("decision relied on temporary orders", "denial/first-level-decision-2026-10-14.txt", "Temporary Orders dated 08/14/2020"),
    ("first-level decision date", "denial/first-level-decision-2026-10-14.txt", "Date: 10/14/2026"),
    ("second-level window", "other/spd-2026-section-12-excerpt.txt", "A second-level appeal must be filed within 60 days after you receive the first-level decision"),
    ("30-day decision", "other/spd-2026-section-12-excerpt.txt", "the Plan decides it within 30 days"),
    ("primary pays without waiting", "other/spd-2026-section-12-excerpt.txt", "does not wait for the other plan's explanation of benefits"),
    ("other plan says secondary", "other/prairieland-eob-2026-09-02.txt", "This plan is secondary for this dependent."),
    ("original denial", "denial/eob-2026-08-10.txt", "Other coverage is primary for this dependent (custodial parent rule)."),
    ("claim and dates", "denial/eob-2026-08-10.txt", "06/01/2026 - 07/24/2026   90867 x1, 90868 x35   36 sessions"),
    ("approved in advance", "other/prior-authorization-approval-2026-05-20.txt", "Approved: transcranial magnetic stimulation, 36 sessions, 06/01/2026 - 07/31/2026."),
    ("not a medical-necessity decision", "denial/first-level-decision-2026-10-14.txt", "it is not a decision about medical necessity"),
    ("mother is residential parent (trap)", "other/final-decree-2021-03-15-excerpt.txt", "The Mother is the residential parent and legal custodian of the child."),
    ("fluoxetine continuing", "clinical/tms-course-summary-2026-07-24.txt", "fluoxetine 40 mg daily since September 2025, continues, partial response"),
    ("trazodone sleep", "clinical/tms-course-summary-2026-07-24.txt", "trazodone 50 mg at bedtime for sleep"),
]
