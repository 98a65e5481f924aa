# FICTIONAL case 05, letters set 49.
SLUG = "05-separate-chip-age-13-mental-health-iop-2025-exclusion-replaced-july-2026-state-review-father"

CASE_YAML = """
# FICTIONAL CASE (letters set 49, case 05) - every person, plan, agency office, provider, number and address is invented.
# Separate CHIP, managed care, Kansas. A 13-year-old's mental-health intensive outpatient program 08/10-09/25/2026
# was denied under the 2025 Member Handbook's rule "intensive outpatient ... for substance use disorders only"
# (CO-204); the plan upheld it on 11/04/2026. The 2026 Member Handbook, in force from 07/01/2026, covers
# mental-health IOP. His father asks for the state's review.
patient:
  name: Elias Brandvold-Achebe
  salutation: Elias
  date_of_birth: 2013-02-14
  member_id: KCH-88127405
  address: |-
    2218 Fairlawn Road
    Topeka, KS 66614
  phone: (785) 555-0131
insurer:
  name: Prairie Harbor Kids Health Plan, a CHIP managed care plan (FICTIONAL)
  appeals_address: |-
    Prairie Harbor Kids Health Plan - Appeals (FICTIONAL)
    PO Box 4410
    Topeka, KS 66601
  fax: (785) 555-0149
claim:
  number: PHK-26-1006-210348
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-10-09
  service_dates: [2026-08-10, 2026-09-25]
  sessions: 21
  setting: intensive_outpatient
  procedure_codes: [S9480]
  revenue_codes: ['0905']
  diagnosis_codes: [F32.2]
  carc_codes: [CO-204]
  denial_reason: >-
    This service is not covered under the member's benefit plan. Member Handbook Section 8.4(k): intensive
    outpatient programs are covered for substance use disorders only. (CARC 204)
  denial_category: not_covered
  denial_reasons: [not_covered]
  coding_correct: true
  action: none
external_review:
  agency: Kansas CHIP State External Review, as named in the plan's decision (FICTIONAL office address)
  address: |-
    CHIP State Review Unit (FICTIONAL)
    PO Box 3571
    Topeka, KS 66601
  final_denial_date: 2026-11-04
decisions:
  - date: 2026-11-04
    outcome: denied
    stage: plan appeal
    opens: state review
    next_deadline: 2027-02-02
    reason: >-
      The denial is upheld. The Member Handbook, Section 8.4(k), covers intensive outpatient programs for
      substance use disorders only. The member's diagnosis is major depressive disorder.
plan_policy:
  name: Prairie Harbor Kids Health Plan 2026 Member Handbook, Section 7.3 (Behavioral health services)
  number: Section 7.3
  quote: >-
    Starting July 1, 2026: Intensive outpatient program (IOP) services are covered for mental health conditions
    and for substance use disorders when medically necessary. Prior authorization is not required for the first
    30 program days.
  file: other/member-handbook-2026-section-7-3-excerpt.txt
  exclusion:
    name: 2025 Member Handbook, Section 8.4(k)
    superseded:
      by: the 2026 Member Handbook, Section 7.3
      from: 2026-07-01
      quote: >-
        Starting July 1, 2026: Intensive outpatient program (IOP) services are covered for mental health
        conditions and for substance use disorders when medically necessary.
      file:
        - other/member-handbook-2026-section-7-3-excerpt.txt
        - other/state-chip-bulletin-2026-05-15.txt
treatment:
  name: Adolescent mental health intensive outpatient program, 21 program days (S9480)
  summary: >-
    A three-day-a-week adolescent intensive outpatient program for severe depression with self-harm, 21 program
    days; the plan has not questioned the need for it, only whether the handbook covers it.
clinical:
  severity: PHQ-A 21 on 08/05/2026; PHQ-A 11 on 09/25/2026
  severity_date: 2026-09-25
  suicidality: passive
  suicidality_date: 2026-08-05
  response: PHQ-A 21 (08/05/2026) to 11 (09/25/2026); no self-harm after 08/20/2026
  response_level: partial
  history:
    - drug: Fluoxetine
      dose: 20 mg daily
      start: 2026-04
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/iop-discharge-summary-2026-09-25.txt, page: 1}
    - drug: Weekly outpatient therapy
      dose: 14 sessions
      start: 2026-03
      end: 2026-07
      kind: psychotherapy
      sessions: 14
      response: partial
      outcome: Some benefit; self-harm continued, so IOP was recommended
      evidence: {file: clinical/iop-discharge-summary-2026-09-25.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime
      start: 2026-05
      ongoing: true
      kind: other
      outcome: For sleep; not a trial
      evidence: {file: clinical/iop-discharge-summary-2026-09-25.txt, page: 1}
impact:
  daily_life: Missed 9 school days in May 2026; self-harm (cutting) three times in July 2026.
author:
  name: Anders Brandvold
  role: Father (parent of a minor)
  relation: parent
  address: |-
    2218 Fairlawn Road
    Topeka, KS 66614
  phone: (785) 555-0131
  email: anders.brandvold@plainsmail.example
provider:
  name: Shunga Creek Adolescent Behavioral Health
  npi: "@NPI:149306827@"
  address: |-
    1700 SW Gage Boulevard
    Topeka, KS 66604
  phone: (785) 555-0156
template: external-review-request
copies:
  - prescriber
record_dates:
  - file: clinical/iop-discharge-summary-2026-09-25.txt
    date: 2026-09-25
bates_prefix: BRANDVOLDACHEBE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/appeal-decision-2026-11-04.txt": """
PRAIRIE HARBOR KIDS HEALTH PLAN (FICTIONAL) - APPEAL DECISION                  Date of this notice: 11/04/2026
Member: Elias Brandvold-Achebe (age 13)   Member ID KCH-88127405   Claim PHK-26-1006-210348   Page 1 of 2
Services 08/10/2026-09/25/2026: adolescent intensive outpatient program, S9480 x21, revenue code 0905
Decision: The denial is upheld. The Member Handbook, Section 8.4(k), covers intensive outpatient programs for
substance use disorders only. The member's diagnosis is major depressive disorder.
Your next step: You may ask for a State External Review of this decision within 90 days of the date of this
letter. Send it to CHIP State Review Unit, PO Box 3571, Topeka, KS 66601 (FICTIONAL).
""",
    "denial/explanation-of-benefits-2026-10-09.txt": """
PRAIRIE HARBOR KIDS HEALTH PLAN (FICTIONAL) - EXPLANATION OF BENEFITS            Date: 10/09/2026
Member: Elias Brandvold-Achebe   Claim PHK-26-1006-210348   Provider: Shunga Creek Adolescent Behavioral Health
08/10/2026-09/25/2026  S9480 x21  Billed $6,720.00  Paid $0.00
CO-204: This service is not covered under the member's benefit plan. Member Handbook Section 8.4(k): intensive
outpatient programs are covered for substance use disorders only.
""",
    "other/member-handbook-2026-section-7-3-excerpt.txt": """
PRAIRIE HARBOR KIDS HEALTH PLAN (FICTIONAL) - 2026 MEMBER HANDBOOK (effective 07/01/2026), excerpt    Page 42
Section 7.3 Behavioral health services
Starting July 1, 2026: Intensive outpatient program (IOP) services are covered for mental health conditions and for
substance use disorders when medically necessary. Prior authorization is not required for the first 30 program
days.
This handbook replaces the 2025 Member Handbook from July 1, 2026.
""",
    "other/member-handbook-2025-section-8-4-excerpt-superseded.txt": """
PRAIRIE HARBOR KIDS HEALTH PLAN (FICTIONAL) - 2025 MEMBER HANDBOOK (07/01/2025-06/30/2026), excerpt   Page 51
Section 8.4 What we do not cover ... (k) Intensive outpatient programs, except for substance use disorders.
""",
    "other/state-chip-bulletin-2026-05-15.txt": """
KANSAS CHIP PROGRAM (FICTIONAL BULLETIN KC-2026-07)                                   Date: 05/15/2026
To all CHIP managed care plans: from July 1, 2026, plans must cover intensive outpatient program services for
mental health conditions for CHIP members, as well as for substance use disorders. Update member handbooks by
that date.
""",
    "clinical/iop-discharge-summary-2026-09-25.txt": """
SHUNGA CREEK ADOLESCENT BEHAVIORAL HEALTH (FICTIONAL) - IOP DISCHARGE SUMMARY           Date: 09/25/2026
Patient: Elias Brandvold-Achebe   DOB 02/14/2013   Page 1 of 1
Diagnosis: major depressive disorder, single episode, severe without psychotic features (F32.2).
Program: 21 days, three afternoons a week, 08/10/2026-09/25/2026 (group, family and individual therapy).
Admission 08/05/2026: PHQ-A 21; cutting three times in July; passive thoughts of death, no plan. Discharge: PHQ-A
11; no self-harm after 08/20/2026.
Before IOP: weekly outpatient therapy, 14 sessions 03/2026-07/2026, some benefit; self-harm continued.
Medication: fluoxetine 20 mg daily since 04/2026, partial response, continued; melatonin 3 mg at bedtime.
Group roster initials on the sign-in pages (other adolescents) removed from this copy.
""",
    "other/iep-page-2024-stale.txt": """
TOPEKA UNIFIED SCHOOL DISTRICT (FICTIONAL) - INDIVIDUALIZED EDUCATION PROGRAM, page 3          Date: 10/02/2024
Student: Elias Brandvold-Achebe, grade 6. Reading support 30 minutes daily. No behavioral goals.
""",
}

TRUTH = """
# 05 - Separate CHIP (KS): a 13-year-old's mental-health IOP denied under a 2025 handbook exclusion that the 2026 handbook replaced from 07/01/2026; state review asked by the father (FICTIONAL)

All people, plans, agency offices, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Elias Brandvold-Achebe, 13 (DOB 02/14/2013), in a **separate CHIP** managed care plan, attended an **adolescent
  mental-health IOP, 21 program days, 08/10/2026-09/25/2026** (S9480, revenue code 0905, F32.2).
- The EOB of **10/09/2026** (CO-204) and the plan's appeal decision of **11/04/2026** deny it under **Section 8.4(k)**
  of the **2025** Member Handbook: IOP "for substance use disorders only".
- The **2026 Member Handbook, Section 7.3**, "Starting July 1, 2026", covers IOP "for mental health conditions and
  for substance use disorders when medically necessary" and replaces the 2025 handbook from 07/01/2026; the state's
  bulletin of 05/15/2026 required it. **Every date of service is after 07/01/2026**, so the exclusion applied no
  longer existed. Medical necessity was not questioned.
- **Rule and stage:** separate CHIP, managed care: after the plan's decision, the **state's review** (42 CFR
  457.1130(b)); the decision prints **90 days from its date: by 02/02/2027**. There is **no state fair hearing** and
  **no EPSDT** for a separate CHIP.
- **Author:** his father, a parent of a minor (no authorization needed); writes about "Elias" / "my son".

## Deliberately unknown
- Why the plan applied the 2025 handbook: not known (a letter may ask).
- The amount the plan would allow: not in the case; the billed $6,720.00 is not a payment figure to ask for.
- Whether the plan will say the IOP was not medically necessary: it has not; a letter need not argue it at length.

## Traps
- **Plan document and date, not clinical:** the winning point is the 2026 handbook in force from 07/01/2026; a
  letter must never concede the exclusion or ask for an "exception" to it.
- **Stale documents:** the 2025 handbook page is superseded; the 2024 IEP page (no behavioral goals) is stale.
- **Separate CHIP, not Medicaid:** no EPSDT (42 U.S.C. 1396d(r)(5)), no state fair hearing, no 438.420 continuation.
- **Drug still taken:** fluoxetine continues (partial response): never "failed" or "stopped". **Melatonin** is for
  sleep. **Outpatient therapy** is psychotherapy, with some benefit: never a failed medication.
- Suicidality: passive thoughts of death at admission (08/05/2026); never "active" or present now. Self-harm ended
  after 08/20/2026.
- **Other people:** other adolescents' initials were removed from the roster; none may be named.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no Medicare.
- **Voice:** the father writes about his son; not "I attended".

## Arguments a strong letter makes (strongest first)
1. The exclusion the plan applied, **2025 Handbook Section 8.4(k)**, was **replaced on 07/01/2026** by the 2026
   Handbook Section 7.3, which covers mental-health IOP; all 21 program days (08/10-09/25/2026) fall after that date.
   Withdraw the ground and pay the claim under the terms in force.
2. The state's own bulletin of 05/15/2026 required CHIP plans to cover mental-health IOP from 07/01/2026.
3. The need was never questioned; the program helped (PHQ-A 21 to 11; no self-harm after 08/20/2026).

## What a letter must NOT say
- "EPSDT", "42 U.S.C. 1396d(r)(5)", "state fair hearing", "continue benefits during the appeal".
- "the exclusion does not name IOP" (it did); "we ask for an exception to the exclusion".
- "failed fluoxetine", "stopped fluoxetine"; melatonin as a trial; "active suicidal ideation".
- "ERISA", "45 CFR 147.136", "Medicare".
"""

ANSWERS = [
    ("plan type", "plan_type: chip", "case.yaml"),
    ("stage", "opens: state review", "case.yaml"),
    ("deadline words", "within 90 days of the date of this letter", "denial/appeal-decision-2026-11-04.txt"),
    ("computed date", "by 02/02/2027", "truth"),
    ("exclusion applied", "covers intensive outpatient programs for substance use disorders only", "denial/appeal-decision-2026-11-04.txt"),
    ("terms in force", "Starting July 1, 2026: Intensive outpatient program (IOP) services are covered for mental health conditions", "other/member-handbook-2026-section-7-3-excerpt.txt"),
    ("replacement sentence", "This handbook replaces the 2025 Member Handbook from July 1, 2026.", "other/member-handbook-2026-section-7-3-excerpt.txt"),
    ("state bulletin", "from July 1, 2026, plans must cover intensive outpatient program services for mental health conditions", "other/state-chip-bulletin-2026-05-15.txt"),
    ("dates of service", "21 days, three afternoons a week, 08/10/2026-09/25/2026", "clinical/iop-discharge-summary-2026-09-25.txt"),
    ("stale handbook", "(07/01/2025-06/30/2026)", "other/member-handbook-2025-section-8-4-excerpt-superseded.txt"),
    ("stale school page", "No behavioral goals.", "other/iep-page-2024-stale.txt"),
    ("drug still taken", "fluoxetine 20 mg daily since 04/2026, partial response, continued", "clinical/iop-discharge-summary-2026-09-25.txt"),
    ("sleep", "melatonin 3 mg at bedtime", "clinical/iop-discharge-summary-2026-09-25.txt"),
    ("response", "Discharge: PHQ-A 11; no self-harm after 08/20/2026", "clinical/iop-discharge-summary-2026-09-25.txt"),
    ("no EPSDT", "no EPSDT", "truth"),
    ("author", "relation: parent", "case.yaml"),
]
