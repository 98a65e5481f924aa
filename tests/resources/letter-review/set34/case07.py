"""Set 34, case 07 (FICTIONAL): governmental self-funded plan, TMS exclusion deleted by an amendment effective
before the first session; second level, by the union's benefits representative."""

SLUG = "07-governmental-self-funded-tms-exclusion-deleted-by-amendment-second-level-union-rep"

CASE_YAML = r"""
# FICTIONAL CASE (set 34, case 07) - every person, plan, employer, union, provider, number and address is invented.
# Self-funded plan of a public water authority (a governmental employer), Nevada. Augustin Pereira-Lindgren, 49,
# had 36 TMS sessions 07/20-09/04/2026. The administrator denied them under Plan Document Section 9.4(n), which
# named TMS; the first-level decision of 10/30/2026 repeated it. Plan Amendment No. 3, effective 07/01/2026,
# deleted 9.4(n) and made TMS a covered outpatient mental health service under Appendix C criteria. His union's
# benefits representative files the second-level appeal with his written authorization.
patient:
  name: Augustin Pereira-Lindgren
  salutation: Mr. Pereira-Lindgren
  date_of_birth: 1977-07-15
  member_id: FICT-TCW-00418362
  address: |-
    2290 Kietzke Lane, Unit 14
    Reno, NV 89502
  phone: (775) 555-0121
insurer:
  name: Tri-County Water Authority Employee Health Plan, administered by Silver Basin Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Silver Basin Benefit Administrators - Second Level Appeals (FICTIONAL)
    PO Box 12088
    Reno, NV 89510
  fax: (775) 555-0145
claim:
  number: SBB-26-0910-58233
  plan_type: governmental
  funding: self_funded
  employees: 410
  stage: second level
  notice_date: 2026-09-22
  service_dates: [2026-07-20, 2026-09-04]
  sessions: 36
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-96]
  not_appealed:
    - date: 2026-06-24
      code: "99204"
      why: the TMS evaluation visit was billed on its own claim and paid
  denial_reason: >-
    Non-covered charge. Plan Document Section 9.4(n) excludes transcranial magnetic stimulation. (CARC 96)
  denial_category: not_covered
  denial_reasons: [not_covered]
  action: none
decisions:
  - date: 2026-10-30
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2026-12-29
    reason: >-
      Your appeal is denied. The Plan Document, Section 9.4(n), excludes transcranial magnetic stimulation, and the
      Plan does not cover excluded services.
    corrections:
      - said: The Plan Document, Section 9.4(n), excludes transcranial magnetic stimulation.
        record: >-
          Plan Amendment No. 3, adopted 05/14/2026 and effective 07/01/2026, deleted Section 9.4(n) and added TMS
          to the covered outpatient mental health services under the criteria of Appendix C; every session was
          given from 07/20/2026.
        file: other/plan-amendment-3-effective-2026-07-01.txt
        page: 1
plan_policy:
  name: Tri-County Water Authority Employee Health Plan, Plan Document Section 9.4(n)
  number: Section 9.4(n)
  quote: >-
    The Plan does not cover: (n) transcranial magnetic stimulation and other forms of brain stimulation other than
    electroconvulsive therapy.
  file: other/plan-document-2025-section-9-4-excerpt.txt
  exclusion:
    name: Plan Document Section 9.4(n)
    superseded:
      by: Plan Amendment No. 3 to the Tri-County Water Authority Employee Health Plan
      from: 2026-07-01
      quote: >-
        Effective July 1, 2026: (1) Section 9.4(n) is deleted. (2) Section 6.3, Outpatient mental health services, is
        amended to add: "Transcranial magnetic stimulation for major depressive disorder, when the criteria of
        Appendix C are met."
      file: other/plan-amendment-3-effective-2026-07-01.txt
payer_criteria:
  - criterion: "Appendix C 1. Major depressive disorder, severe, confirmed by a psychiatrist"
    how_met: Recurrent major depression, severe, without psychotic features (F33.2), diagnosed by Dr. Kwabena Sorensen-Adu, psychiatrist
    met: true
    evidence: {file: clinical/tms-treatment-summary-2026-09-04.txt, page: 1}
  - criterion: "Appendix C 2. Two antidepressants from different classes have not worked after at least 6 weeks at an adequate dose, or could not be tolerated"
    how_met: Escitalopram 20 mg (an SSRI) for 10 weeks, no response; venlafaxine XR (an SNRI) could not be tolerated, stopped at 5 weeks for blood pressure of 162/100; vilazodone 40 mg for 12 weeks, no response
    met: true
    evidence: {file: clinical/tms-treatment-summary-2026-09-04.txt, page: 1}
  - criterion: "Appendix C 3. An evidence-based psychotherapy has been tried"
    how_met: 20 sessions of cognitive behavioral therapy, 2025
    met: true
    evidence: {file: clinical/tms-treatment-summary-2026-09-04.txt, page: 1}
  - criterion: "Appendix C 4. No seizure disorder and no implanted metal in or near the head"
    how_met: Screening of 06/24/2026 found neither
    met: true
    evidence: {file: clinical/tms-treatment-summary-2026-09-04.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions (90867, 90868)
  summary: >-
    A standard course of 36 TMS sessions for severe recurrent depression after two antidepressants from different
    classes failed, a third could not be tolerated, and psychotherapy helped only in part.
clinical:
  severity: PHQ-9 22 on 07/20/2026 (before TMS); PHQ-9 7 on 09/04/2026 (after)
  severity_date: 2026-09-04
  suicidality: none
  suicidality_date: 2026-07-20
  response: PHQ-9 22 (07/20/2026) to 7 (09/04/2026)
  response_level: response
  episode_onset: 2024-10
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2024-11
      end: 2025-01
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks; stopped
      evidence: {file: clinical/tms-treatment-summary-2026-09-04.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 150 mg daily
      start: 2025-02
      end: 2025-03
      weeks: 5
      kind: antidepressant
      adequate: false
      outcome: Stopped after 5 weeks for blood pressure of 162/100; an intolerance
      evidence: {file: clinical/tms-treatment-summary-2026-09-04.txt, page: 1}
    - drug: Vilazodone
      dose: 40 mg daily
      start: 2025-04
      end: 2025-07
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks; stopped
      evidence: {file: clinical/tms-treatment-summary-2026-09-04.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-08
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the TMS course
      evidence: {file: clinical/tms-treatment-summary-2026-09-04.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 20 weekly sessions
      start: 2025-03
      end: 2025-08
      kind: psychotherapy
      sessions: 20
      adequate: true
      response: partial
      outcome: Partial response
      evidence: {file: clinical/tms-treatment-summary-2026-09-04.txt, page: 1}
    - drug: Doxepin
      dose: 6 mg at bedtime for sleep
      start: 2025-08
      ongoing: true
      kind: other
      outcome: Sleep dose only; not a tricyclic antidepressant trial
      evidence: {file: clinical/tms-treatment-summary-2026-09-04.txt, page: 1}
author:
  name: Marisela Tovar-Quinlan
  role: Benefits representative, Amalgamated Public Employees Local 1189 (FICTIONAL); authorized representative
  relation: representative
  authorization: other/authorized-representative-designation-2026-11-09.txt
  address: |-
    Amalgamated Public Employees Local 1189 (FICTIONAL), 455 East Second Street
    Reno, NV 89501
  phone: (775) 555-0153
  email: benefits@apelocal1189.example
provider:
  name: Sierra Neuromodulation Center (FICTIONAL)
  npi: "1411903853"
  address: |-
    1600 Robb Drive, Suite 220
    Reno, NV 89523
  phone: (775) 555-0186
employer:
  name: Tri-County Water Authority, Human Resources - Benefits (FICTIONAL)
  address: |-
    1355 Capital Boulevard
    Reno, NV 89502
record_dates:
  - file: clinical/tms-treatment-summary-2026-09-04.txt
    date: 2026-09-04
copies: [employer]
bates_prefix: PEREIRALINDGREN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-09-22.txt": """
SILVER BASIN BENEFIT ADMINISTRATORS (FICTIONAL) for the Tri-County Water Authority Employee Health Plan
EXPLANATION OF BENEFITS                                                       Date: 09/22/2026
Member: Augustin Pereira-Lindgren   ID FICT-TCW-00418362   Page 1 of 1
Claim SBB-26-0910-58233   Provider: Sierra Neuromodulation Center
07/20/2026-09/04/2026   90867 x1, 90868 x35   Billed $10,800.00   Paid $0.00
CARC 96. Non-covered charge. Plan Document Section 9.4(n) excludes transcranial magnetic stimulation.
You may appeal within 180 days of receiving this notice.
""",
    "denial/first-level-appeal-decision-2026-10-30.txt": """
SILVER BASIN BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST LEVEL APPEAL DECISION           Date: 10/30/2026
Member: Augustin Pereira-Lindgren   Claim SBB-26-0910-58233   Appeal A1-26-1005-2271   Page 1 of 1
Your appeal is denied. The Plan Document, Section 9.4(n), excludes transcranial magnetic stimulation, and the Plan
does not cover excluded services.
You may request a second level appeal within 60 days of the date of this decision. After the second level, you may
ask for an external review.
""",
    "clinical/tms-treatment-summary-2026-09-04.txt": """
SIERRA NEUROMODULATION CENTER (FICTIONAL) - TMS TREATMENT SUMMARY                       Date: 09/04/2026
Patient: Augustin Pereira-Lindgren   DOB 07/15/1977   Page 1 of 1
Recurrent major depression, severe, without psychotic features (F33.2), current episode since 10/2024;
diagnosed by Dr. Kwabena Sorensen-Adu, psychiatrist. No suicidal thoughts at any visit.
Evaluation 06/24/2026: no seizure history, no implanted metal. Course: 36 sessions 07/20/2026-09/04/2026.
PHQ-9 22 before, 7 after.
- Escitalopram 20 mg 11/2024-01/2025: no response after 10 weeks.
- Venlafaxine XR 150 mg 02/2025-03/2025: stopped after 5 weeks for blood pressure 162/100.
- Vilazodone 40 mg 04/2025-07/2025: no response after 12 weeks.
- Bupropion XL 300 mg since 08/2025: partial response; continues.
- Cognitive behavioral therapy, 20 sessions 03/2025-08/2025: partial response.
- Doxepin 6 mg at bedtime for sleep since 08/2025.
Earlier episode (2012): fluoxetine 40 mg, remission; stopped 2014.
""",
    "other/plan-document-2025-section-9-4-excerpt.txt": """
TRI-COUNTY WATER AUTHORITY EMPLOYEE HEALTH PLAN (FICTIONAL) - PLAN DOCUMENT (restated 01/01/2025), Section 9.4
Page 1 of 1
The Plan does not cover: (n) transcranial magnetic stimulation and other forms of brain stimulation other than
electroconvulsive therapy.
""",
    "other/plan-amendment-3-effective-2026-07-01.txt": """
TRI-COUNTY WATER AUTHORITY EMPLOYEE HEALTH PLAN (FICTIONAL) - PLAN AMENDMENT NO. 3
Adopted by the Board of Directors 05/14/2026, Resolution 26-041.   Page 1 of 2
Effective July 1, 2026: (1) Section 9.4(n) is deleted. (2) Section 6.3, Outpatient mental health services, is
amended to add: "Transcranial magnetic stimulation for major depressive disorder, when the criteria of Appendix C
are met."
Page 2 of 2 - Appendix C (added): 1. Major depressive disorder, severe, confirmed by a psychiatrist. 2. Two
antidepressants from different classes have not worked after at least 6 weeks at an adequate dose, or could not
be tolerated. 3. An evidence-based psychotherapy has been tried. 4. No seizure disorder and no implanted metal in
or near the head.
""",
    "other/summary-plan-description-2025-stale.txt": """
TRI-COUNTY WATER AUTHORITY EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2025, page 41
What is not covered: transcranial magnetic stimulation (TMS). [2025 booklet, printed 11/2024, before Amendment No. 3;
the administrator has not reissued it.]
""",
    "other/authorized-representative-designation-2026-11-09.txt": """
SILVER BASIN BENEFIT ADMINISTRATORS (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION   Signed 11/09/2026
Member: Augustin Pereira-Lindgren   I designate Marisela Tovar-Quinlan, benefits representative of my union local,
to file and pursue my second level appeal and any external review, and to receive my health information for it.
Signed: Augustin Pereira-Lindgren
""",
}

TRUTH = r"""
# 07 - Governmental self-funded plan: TMS denied under an exclusion the plan deleted before the first session; second level by the union's benefits representative (FICTIONAL)

All people, plans, employers, unions, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Augustin Pereira-Lindgren, 49, is covered by the **Tri-County Water Authority Employee Health Plan**, a
  **self-funded plan of a governmental employer** (410 employees, Nevada), administered by Silver Basin.
- He had **36 TMS sessions, 07/20/2026-09/04/2026** (90867 x1, 90868 x35; F33.2). The EOB of **09/22/2026**
  (**CO-96**) and the first-level decision of **10/30/2026** deny them under **Plan Document Section 9.4(n)**, which
  names TMS.
- **Plan Amendment No. 3**, adopted 05/14/2026 (Resolution 26-041), **effective 07/01/2026**, **deleted 9.4(n)**
  and added TMS to Section 6.3 "when the criteria of Appendix C are met". Every session falls after 07/01/2026.
- Appendix C is met: F33.2 confirmed by a psychiatrist; **escitalopram 20 mg** (an SSRI, 10 weeks, no response)
  and **venlafaxine XR** (an SNRI, stopped at 5 weeks for blood pressure 162/100: could not be tolerated) are two
  classes that "have not worked ... or could not be tolerated"; **vilazodone 40 mg** (12 weeks) also gave no
  response; 20 CBT sessions; no seizure or metal. Response PHQ-9 **22 -> 7**.
- The 06/24/2026 evaluation visit (99204) was paid on its own claim and is **not part of this appeal**.
- **Rule and stage:** second-level internal appeal, due **12/29/2026** (60 days from 10/30/2026, as the decision
  says). Governmental plan: **45 CFR 147.136(b)(2)(i)** (the ERISA claims standards applied by reference), external
  review after the final internal denial (**45 CFR 147.136(c)-(d)**).
- **Author:** the union local's benefits representative, his designated authorized representative (11/09/2026);
  writes about "Mr. Pereira-Lindgren".

## Deliberately unknown
- Whether the plan opted out of federal parity before the opt-out ended: not in the case; a parity argument must be
  hedged or left out.
- Why the administrator's system still applied 9.4(n): not known; ask it to correct its records.
- The allowed amount for the course.

## Traps
- **The exclusion names TMS.** A letter must never say 9.4(n) does not reach TMS; the point is that 9.4(n) **no
  longer exists** for care from 07/01/2026.
- **Stale document:** the **2025 SPD** (and the 2025 plan document) still list TMS as excluded; the amendment
  governs 2026 care.
- **Classes and intolerance:** venlafaxine was an intolerance (5 weeks), not an adequate failed trial; Appendix C
  accepts "could not be tolerated". A letter must not call it a failed adequate trial, nor claim that three
  classes failed.
- **Bupropion continues** (partial): never "failed"/"stopped". **Doxepin 6 mg** is a sleep dose, not a tricyclic
  trial. **Earlier episode:** fluoxetine 40 mg in 2012 brought remission.
- **Not appealed:** the 06/24/2026 visit.
- **Wrong law:** not ERISA as governing law (no "ERISA plan", no 29 CFR 2560.503-1 cited alone, no EBSA/Labor
  Department complaint); no Medicaid, Medicare or OPM; no 29 CFR 2590.715-2719 (that is for private self-funded
  plans).
- **Stage:** a second-level appeal answering the 10/30/2026 decision, named as such.

## Arguments a strong letter makes, strongest first
1. Section 9.4(n) was deleted by Plan Amendment No. 3, effective 07/01/2026; every session (07/20-09/04/2026) was
   after that day. The exclusion both decisions applied was not a term of the plan for this care; the amendment
   makes TMS a covered outpatient mental health service.
2. The amendment's Appendix C criteria are met, row by row, with exhibits; the treatment worked (PHQ-9 22 -> 7).
3. Correct the 10/30/2026 decision's statement; ask the administrator to update its claim rules so later claims are
   not denied the same way; reprocess and pay the 36 sessions.
4. Name the stage (second level) and the next (external review under 45 CFR 147.136).

## What a letter must NOT say
- "Section 9.4(n) does not apply to TMS", "the exclusion does not name TMS", "ambiguous".
- "ERISA plan", "29 CFR 2560.503-1" as governing law alone, "Department of Labor", "EBSA", "29 CFR 2590.715-2719".
- "three classes failed", "failed bupropion", "doxepin trial", "failed fluoxetine".
- "99204" or the 06/24/2026 visit as denied.
- "suicidal ideation".
"""

_A = "other/plan-amendment-3-effective-2026-07-01.txt"
_T = "clinical/tms-treatment-summary-2026-09-04.txt"
ANSWERS = [
    ("exclusion applied", "Plan Document Section 9.4(n) excludes transcranial magnetic stimulation", "denial/explanation-of-benefits-2026-09-22.txt"),
    ("exclusion's words", "(n) transcranial magnetic stimulation", "other/plan-document-2025-section-9-4-excerpt.txt"),
    ("amendment effective date", "Effective July 1, 2026", _A),
    ("what the amendment did", "Section 9.4(n) is deleted", _A),
    ("adoption", "Adopted by the Board of Directors 05/14/2026", _A),
    ("new coverage", "Transcranial magnetic stimulation for major depressive disorder, when the criteria of Appendix C\nare met", _A),
    ("first-level decision date", "Date: 10/30/2026", "denial/first-level-appeal-decision-2026-10-30.txt"),
    ("second-level window", "within 60 days of the date of this decision", "denial/first-level-appeal-decision-2026-10-30.txt"),
    ("second-level deadline", "due **12/29/2026**", "truth"),
    ("course dates", "36 sessions 07/20/2026-09/04/2026", _T),
    ("response", "PHQ-9 22 before, 7 after", _T),
    ("venlafaxine", "stopped after 5 weeks for blood pressure 162/100", _T),
    ("bupropion status", "Bupropion XL 300 mg since 08/2025: partial response; continues", _T),
    ("sleep dose", "Doxepin 6 mg at bedtime for sleep", _T),
    ("stale booklet", "SUMMARY PLAN DESCRIPTION 2025", "other/summary-plan-description-2025-stale.txt"),
    ("visit not appealed", "the TMS evaluation visit was billed on its own claim and paid", "case.yaml"),
]
