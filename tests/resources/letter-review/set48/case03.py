"""FICTIONAL case 03 (set 48): county employees' plan, PHP facility days denied under an exclusion a 2026 amendment removed."""
SLUG = "county-plan-self-funded-php-exclusion-removed-by-2026-amendment-partly-paid-first-appeal-husband"

CASE_YAML = """
# FICTIONAL CASE (set 48, case 03) - every person, plan, county, facility, number and address is invented.
# County employees' health plan, self-funded (governmental, not ERISA), Oregon, 2,400 employees. Priya Anand-Kessler,
# 47, attended a partial hospitalization program 09/08-10/02/2026 (19 program days). The psychiatrist's visits were
# paid; the facility's program days were denied (CO-96) under the 2024 Plan Document's exclusion 9.4(p), which Plan
# Amendment No. 3 removed from 01/01/2026. Her husband appeals with her authorization.
patient:
  name: Priya Anand-Kessler
  salutation: Ms. Anand-Kessler
  date_of_birth: 1979-02-14
  member_id: FICT-MCE-5520914
  address: |-
    2716 Filbert Lane
    Salem, OR 97302
  phone: (503) 555-0121
insurer:
  name: Marion Cascade County Employee Benefit Plan, claims administered by Northfield Benefit Services (FICTIONAL)
  appeals_address: |-
    Northfield Benefit Services - Appeals Unit (FICTIONAL)
    PO Box 3390
    Portland, OR 97208
  fax: (503) 555-0166
claim:
  number: NBS-26-1013-0719352
  plan_type: governmental
  funding: self_funded
  employees: 2400
  state: OR
  notice_date: 2026-11-10
  appeal_deadline: 2027-05-09
  deadline_basis: >-
    Notice of 11/10/2026: "You may appeal within 180 days after you receive this notice." Counted from the notice
    date, adding no mailing days.
  service_dates: [2026-09-08, 2026-10-02]
  sessions: 19
  setting: partial_hospitalization
  procedure_codes: [H0035]
  revenue_codes: ["0912"]
  diagnosis_codes: [F33.1]
  carc_codes: [CO-96]
  denial_reason: >-
    Non-covered charge. Partial hospitalization services are excluded under the Plan Document, Section 9.4(p)
    (Services not covered: partial hospitalization or day treatment programs). (CARC 96)
  denial_category: not_covered
  denial_reasons: [not_covered]
  action: none
employer:
  name: Marion Cascade County Human Resources - Benefits (FICTIONAL)
  address: |-
    555 Court Street NE, Room 210
    Salem, OR 97301
plan_policy:
  name: Marion Cascade County Employee Benefit Plan Document (2024 restatement)
  number: Section 9.4(p)
  quote: >-
    9.4 Services not covered. The Plan does not pay for: ... (p) partial hospitalization or day treatment programs.
  file: other/plan-document-2024-section-9-4-excerpt.txt
  exclusion:
    name: Plan Document (2024 restatement), Section 9.4(p)
    superseded:
      by: Plan Amendment No. 3 to the Marion Cascade County Employee Benefit Plan, Section 2
      from: 2026-01-01
      quote: >-
        Effective January 1, 2026, Section 9.4(p) is deleted. Partial hospitalization and intensive outpatient
        programs for mental health and substance use conditions are covered under Section 6.3, Outpatient Mental
        Health Services, at the same cost sharing as outpatient surgery.
      file: other/plan-amendment-3-effective-2026-01-01.txt
treatment:
  name: Partial hospitalization program, 19 program days, 09/08/2026 through 10/02/2026
  summary: >-
    A partial hospitalization program for a recurrent depressive episode, five days a week, after outpatient care
    was not enough; the psychiatrist's visits were paid and the program days were denied under an exclusion the
    plan had removed.
clinical:
  severity: PHQ-9 20 on 09/08/2026; PHQ-9 10 on 10/02/2026
  severity_date: 2026-10-02
  suicidality: none
  suicidality_date: 2026-10-02
  response: PHQ-9 20 (09/08/2026) to 10 (10/02/2026)
  response_level: partial
  history:
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/php-discharge-summary-2026-10-02.txt, page: 1}
    - drug: Lithium carbonate
      dose: 600 mg daily
      start: 2026-03
      end: 2026-04
      weeks: 4
      kind: augmentation
      adequate: false
      outcome: Stopped after 4 weeks for tremor and nausea (intolerance)
      evidence: {file: clinical/php-discharge-summary-2026-10-02.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2026-05
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antipsychotic augmentation trial
      evidence: {file: clinical/php-discharge-summary-2026-10-02.txt, page: 1}
author:
  name: Tobias Kessler
  role: Husband and authorized representative
  relation: representative
  authorization: other/authorization-to-represent-2026-11-14.txt
  address: |-
    2716 Filbert Lane
    Salem, OR 97302
  phone: (503) 555-0121
  email: tobias.kessler@home.example
provider:
  name: Willamette Crossing Behavioral Health, Partial Hospitalization Program (FICTIONAL)
  credentials: licensed outpatient mental health facility
  npi: "1529483616"
  address: |-
    900 Commercial Street SE
    Salem, OR 97302
  phone: (503) 555-0147
copies: [employer]
record_dates:
  - file: clinical/php-discharge-summary-2026-10-02.txt
    date: 2026-10-02
bates_prefix: ANANDKESSLER
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-adverse-benefit-determination-2026-11-10.txt": """
NORTHFIELD BENEFIT SERVICES (FICTIONAL) for the Marion Cascade County Employee Benefit Plan
NOTICE OF ADVERSE BENEFIT DETERMINATION                                    Date: 11/10/2026
Member: Priya Anand-Kessler   ID FICT-MCE-5520914   Claim NBS-26-1013-0719352
Provider: Willamette Crossing Behavioral Health, Partial Hospitalization Program

Line  Dates                    Code / Rev     Units  Billed      Paid      Note
1     09/08/2026-10/02/2026    H0035 / 0912   19     $11,970.00  $0.00     CO-96
Non-covered charge. Partial hospitalization services are excluded under the Plan Document, Section 9.4(p)
(Services not covered: partial hospitalization or day treatment programs). (CARC 96)

Related claim NBS-26-1013-0719353 (Dr. Lucia Ferrante, psychiatric visits 09/08, 09/15, 09/22, 09/29/2026, 99214):
paid in full.
You may appeal within 180 days after you receive this notice. Appeals Unit, PO Box 3390, Portland, OR 97208;
fax (503) 555-0166.
""",
    "other/plan-document-2024-section-9-4-excerpt.txt": """
MARION CASCADE COUNTY EMPLOYEE BENEFIT PLAN (FICTIONAL) - PLAN DOCUMENT, 2024 RESTATEMENT        Page 41 of 77
9.4 Services not covered. The Plan does not pay for: ... (p) partial hospitalization or day treatment programs.
""",
    "other/plan-amendment-3-effective-2026-01-01.txt": """
MARION CASCADE COUNTY EMPLOYEE BENEFIT PLAN (FICTIONAL) - PLAN AMENDMENT NO. 3                 Adopted 11/18/2025
Section 2. Effective January 1, 2026, Section 9.4(p) is deleted. Partial hospitalization and intensive outpatient
programs for mental health and substance use conditions are covered under Section 6.3, Outpatient Mental Health
Services, at the same cost sharing as outpatient surgery.
Signed for the Board of County Commissioners.
""",
    "clinical/php-discharge-summary-2026-10-02.txt": """
WILLAMETTE CROSSING BEHAVIORAL HEALTH (FICTIONAL) - PHP DISCHARGE SUMMARY      Date: 10/02/2026   Page 1 of 1
Patient: Priya Anand-Kessler   DOB 02/14/1979
Diagnosis: major depressive disorder, recurrent, moderate (F33.1). Attended 19 program days 09/08-10/02/2026.
PHQ-9 20 at admission, 10 at discharge. No suicidal ideation during the program.
Medication: bupropion XL 300 mg daily since 06/2025, partial response, continued; lithium 600 mg 03-04/2026,
stopped after 4 weeks for tremor and nausea; quetiapine 25 mg at bedtime for sleep. In 2018 a first episode
remitted with sertraline (stopped 2019).
Discharged to weekly outpatient therapy and psychiatry.
""",
    "other/php-attendance-log-september-2026.txt": """
WILLAMETTE CROSSING BEHAVIORAL HEALTH (FICTIONAL) - PHP ATTENDANCE LOG, SEPTEMBER 2026 (page 2 of 5)
P. Anand-Kessler: 09/08, 09/09, 09/10, 09/11, 09/14 ... present (19 days through 10/02)
R. Delacroix-Moon (another patient, not part of this appeal): 09/08-09/18 present
""",
    "other/authorization-to-represent-2026-11-14.txt": """
AUTHORIZATION TO REPRESENT (FICTIONAL)                                          Date: 11/14/2026
I, Priya Anand-Kessler, authorize my husband, Tobias Kessler, to appeal claim NBS-26-1013-0719352 for me and to
receive my health information for that purpose.   Signed: Priya Anand-Kessler
""",
}

TRUTH = """
# 03 - County employees' plan: PHP program days denied under an exclusion the plan deleted from 01/01/2026; first appeal by the husband (FICTIONAL)

All people, plans, counties, facilities, numbers and addresses are invented (FICTIONAL).

## What is true
- Priya Anand-Kessler, 47, on the **Marion Cascade County Employee Benefit Plan** (a county government's plan,
  self-funded, 2,400 employees: `governmental`), attended a **PHP for 19 program days 09/08-10/02/2026**.
- The notice of **11/10/2026** denied the facility claim (H0035 / revenue code 0912, CO-96) under **Plan Document
  (2024 restatement) Section 9.4(p)**; the psychiatrist's visits (a related claim) were **paid in full**.
- **Plan Amendment No. 3**, adopted 11/18/2025, **deleted 9.4(p) effective 01/01/2026** and covers PHP and IOP under
  Section 6.3. Every date of service is in 2026: the exclusion was not the term in force.
- **Rule:** a governmental plan: 45 CFR 147.136(b)(2) applying the ERISA claims rule's standards; 180 days: **by
  05/09/2027**; external review then (45 CFR 147.136(c)-(d)). Parity: 45 CFR 146.136 (2,400 employees).
- **Author:** her husband, with her authorization of 11/14/2026.

## Deliberately unknown
- Whether the claims administrator was told of the amendment: not shown.
- The amount the plan will pay: not stated.
- Whether the plan opted out of parity: not known (the opt-out has ended for most plans; not argued as fact).

## Traps
- **Date and plan document, not medicine:** the denial never questioned need; a letter must not argue medical
  necessity as the main ground, nor ask for an "exception to the exclusion".
- **Stale document:** the 2024 Plan Document still carries 9.4(p); the amendment governs from 01/01/2026.
- **Partly paid:** the psychiatric visits were paid; only the facility's program days are appealed.
- **PHP is not inpatient:** never "inpatient", "hospital stay" or "admission".
- **Bupropion continues** (partial); **lithium** 4 weeks is an intolerance; **quetiapine 25 mg** is a sleep dose;
  **sertraline 2018** was an earlier episode's remission.
- **Another patient:** R. Delacroix-Moon on the attendance log.
- **Wrong law:** ERISA is not the governing law (29 CFR 2560.503-1 only as applied by 45 CFR 147.136), no EBSA or
  Labor Department complaint.

## Arguments a strong letter makes (strongest first)
1. Plan Amendment No. 3 deleted Section 9.4(p) from 01/01/2026; every date of service (09/08-10/02/2026) is after
   that day, so the exclusion is not the plan's term for this care. Withdraw the ground and pay under Section 6.3.
2. The plan itself paid the psychiatrist's visits in the same program weeks; the care is covered mental health care.
3. Fallback: parity (45 CFR 146.136) - an exclusion of a mental health level of care with no medical/surgical
   counterpart.

## What a letter must NOT say
- "inpatient", "hospital stay", "admitted"; "exception to the exclusion".
- "failed bupropion", "stopped bupropion"; lithium as an adequate trial; quetiapine as augmentation.
- "Delacroix-Moon"; "ERISA" as governing law; "Department of Labor"; "EBSA".
"""

ANSWERS = [
    ("plan type", "plan_type: governmental", "case.yaml"),
    ("funding", "funding: self_funded", "case.yaml"),
    ("notice date", "Date: 11/10/2026", "denial/notice-of-adverse-benefit-determination-2026-11-10.txt"),
    ("denied exclusion", "excluded under the Plan Document, Section 9.4(p)",
     "denial/notice-of-adverse-benefit-determination-2026-11-10.txt"),
    ("partly paid", "paid in full", "denial/notice-of-adverse-benefit-determination-2026-11-10.txt"),
    ("revenue code", "H0035 / 0912", "denial/notice-of-adverse-benefit-determination-2026-11-10.txt"),
    ("amendment date", "Effective January 1, 2026, Section 9.4(p) is deleted",
     "other/plan-amendment-3-effective-2026-01-01.txt"),
    ("covered under", "covered under Section 6.3", "other/plan-amendment-3-effective-2026-01-01.txt"),
    ("stale source", "2024 RESTATEMENT", "other/plan-document-2024-section-9-4-excerpt.txt"),
    ("program days", "Attended 19 program days 09/08-10/02/2026", "clinical/php-discharge-summary-2026-10-02.txt"),
    ("deadline", "appeal_deadline: 2027-05-09", "case.yaml"),
    ("still taken", "bupropion XL 300 mg daily since 06/2025, partial response, continued",
     "clinical/php-discharge-summary-2026-10-02.txt"),
    ("intolerance", "stopped after 4 weeks for tremor and nausea", "clinical/php-discharge-summary-2026-10-02.txt"),
    ("sleep dose", "quetiapine 25 mg at bedtime for sleep", "clinical/php-discharge-summary-2026-10-02.txt"),
    ("other person", "another patient, not part of this appeal", "other/php-attendance-log-september-2026.txt"),
    ("must not say", "\"exception to the exclusion\"", "truth"),
]
