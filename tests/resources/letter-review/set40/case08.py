"""Set 40, case 08 (FICTIONAL): small self-funded employer plan (38 employees), DBT intensive outpatient denied for no precertification the 2026 SPD does not require; first internal; mother of an adult."""

SLUG = "08-small-self-funded-erisa-38-employees-dbt-iop-no-precert-required-2026-spd-first-appeal-mother"

CASE_YAML = r'''
# FICTIONAL CASE (set 40, case 08) - every person, plan, administrator, provider, number and address is invented.
# Self-funded (level-funded) employer plan of Willamette Valley Cabinetry, 38 employees; administrator Cascade
# Benefit Services, OR. Wren Castellanos-Oduya, 19, a dependent, attended a DBT intensive outpatient program
# 09/14-11/06/2026 (24 program days, S9480, revenue code 0905). The claim was denied CO-197 "precertification
# required for intensive outpatient program; none on file" and the notice calls it partial hospitalization. The
# 2026 SPD (Section 5.2) lists what needs precertification and says intensive outpatient programs need none; the 2025
# SPD listed them. Her mother, the employee, files the first appeal with Wren's written authorization.
patient:
  name: Wren Castellanos-Oduya
  salutation: Wren
  date_of_birth: 2007-02-27
  member_id: FICT-WVC-118803-03
  address: |-
    1950 Orchard Heights Road NW
    Salem, OR 97304
  phone: (503) 555-0128
insurer:
  name: Willamette Valley Cabinetry Employee Health Plan, administered by Cascade Benefit Services (FICTIONAL)
  appeals_address: |-
    Cascade Benefit Services - Appeals (FICTIONAL)
    PO Box 14430
    Portland, OR 97293
  fax: (503) 555-0137
claim:
  number: CBS-26-1113-662190
  plan_type: employer_erisa
  funding: self_funded
  employees: 38
  notice_date: 2026-11-23
  service_dates: [2026-09-14, 2026-11-06]
  sessions: 24
  setting: intensive_outpatient
  procedure_codes: [S9480]
  revenue_codes: ["0905"]
  diagnosis_codes: [F60.3, F33.1]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent. Precertification is required for intensive outpatient program services;
    none is on file for these partial hospitalization days. (CARC 197)
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  coding_correct: true
  action: none
  corrections:
    - said: none is on file for these partial hospitalization days.
      record: >-
        The program is an intensive outpatient program (3 hours a day, 3 days a week), billed as S9480 with revenue
        code 0905, as the program's attendance record and the claim show; it is not partial hospitalization.
      file: clinical/dbt-iop-attendance-and-progress-2026-11-06.txt
      page: 1
plan_policy:
  name: Willamette Valley Cabinetry Employee Health Plan, Summary Plan Description 2026, Section 5.2 "Services that need precertification"
  number: Section 5.2
  quote: >-
    The following services need precertification: inpatient hospital stays; residential treatment; partial
    hospitalization; transcranial magnetic stimulation; electroconvulsive therapy; and outpatient infusions of
    specialty drugs. No precertification is required for other outpatient services, including office visits,
    outpatient psychotherapy and intensive outpatient programs.
  file: other/spd-2026-section-5-excerpt.txt
prior_auth:
  required: false
  reason_missing: The plan's 2026 Summary Plan Description requires no precertification for intensive outpatient programs.
treatment:
  name: Dialectical behavior therapy (DBT) intensive outpatient program, 24 program days
  summary: >-
    A DBT intensive outpatient program (3 hours a day, 3 days a week) for a 19-year-old with borderline personality
    disorder and recurrent depression with self-harm; the plan's 2026 terms need no precertification for it.
clinical:
  severity: PHQ-9 18 and DERS 131 on 09/14/2026; PHQ-9 10 and DERS 102 on 11/06/2026
  severity_date: 2026-11-06
  suicidality: passive
  suicidality_date: 2026-11-06
  response: PHQ-9 18 to 10; DERS 131 to 102; no self-harm after week 2
  response_level: partial
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2025-10
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through the program
      evidence: {file: clinical/dbt-iop-attendance-and-progress-2026-11-06.txt, page: 1}
    - drug: Sertraline
      dose: 50 mg daily
      start: 2025-08
      end: 2025-09
      weeks: 2
      kind: antidepressant
      adequate: false
      outcome: Stopped after 2 weeks for stomach upset (intolerance)
      evidence: {file: clinical/dbt-iop-attendance-and-progress-2026-11-06.txt, page: 1}
    - drug: Prazosin
      dose: 2 mg at bedtime for nightmares
      start: 2026-03
      ongoing: true
      kind: other
      adequate: false
      outcome: For nightmares; not an antidepressant trial
      evidence: {file: clinical/dbt-iop-attendance-and-progress-2026-11-06.txt, page: 1}
    - drug: Weekly individual therapy
      dose: weekly
      start: 2022-02
      end: 2022-11
      kind: psychotherapy
      response: remission
      outcome: Earlier episode (2022, age 15); recovered; not a failed treatment
      evidence: {file: clinical/dbt-iop-attendance-and-progress-2026-11-06.txt, page: 1}
author:
  name: Adaeze Castellanos-Oduya
  role: Mother, plan participant and authorized representative
  relation: representative
  authorization: other/authorization-to-represent-2026-11-28.txt
  address: |-
    1950 Orchard Heights Road NW
    Salem, OR 97304
  phone: (503) 555-0128
  email: adaeze.co@mail.example
provider:
  name: Mid-Valley DBT Center, Intensive Outpatient Program
  credentials: network provider
  npi: "1258394067"
  address: |-
    2700 Commercial Street SE, Suite 120
    Salem, OR 97302
  phone: (503) 555-0193
copies: [prescriber]
record_dates:
  - file: clinical/dbt-iop-attendance-and-progress-2026-11-06.txt
    date: 2026-11-06
  - file: other/spd-2025-section-5-stale.txt
    date: 2025-01-01
bates_prefix: CASTELLANOSODUYA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/explanation-of-benefits-2026-11-23.txt": """
CASCADE BENEFIT SERVICES (FICTIONAL) for the WILLAMETTE VALLEY CABINETRY EMPLOYEE HEALTH PLAN
EXPLANATION OF BENEFITS                                                          Date: 11/23/2026
Patient: Wren Castellanos-Oduya (dependent of Adaeze Castellanos-Oduya)   ID FICT-WVC-118803-03   Page 1 of 1
Claim CBS-26-1113-662190   Mid-Valley DBT Center   09/14/2026-11/06/2026   S9480, revenue code 0905, 24 days
Billed $10,080.00   Paid $0.00
CO-197. Precertification/authorization absent. Precertification is required for intensive outpatient program
services; none is on file for these partial hospitalization days. (CARC 197)
You may appeal within 180 days of receiving this notice. This plan is self-funded.
""",
    "clinical/dbt-iop-attendance-and-progress-2026-11-06.txt": """
MID-VALLEY DBT CENTER (FICTIONAL) - INTENSIVE OUTPATIENT PROGRAM ATTENDANCE AND PROGRESS   Date: 11/06/2026
Client: Wren Castellanos-Oduya   DOB 02/27/2007   Page 1 of 1
Program: DBT intensive outpatient, 3 hours a day, Monday, Wednesday, Friday; billed S9480 with revenue code 0905.
Attended 24 program days 09/14/2026-11/06/2026.
Diagnoses: borderline personality disorder (F60.3); major depressive disorder, recurrent, moderate (F33.1).
PHQ-9 18 to 10; DERS 131 to 102. Self-harm (scratching) in week 1 and 2; none since. Passive thoughts of death at
times; no plan.
Medication: fluoxetine 40 mg daily since 10/2025, partial response, continuing; prazosin 2 mg at bedtime for
nightmares since 03/2026. Sertraline 50 mg 08/2025-09/2025 stopped after 2 weeks for stomach upset.
History: weekly therapy 02/2022-11/2022 at age 15 for a depressive episode; recovered.
""",
    "other/spd-2026-section-5-excerpt.txt": """
WILLAMETTE VALLEY CABINETRY EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026 (excerpt)
Plan year 01/01/2026-12/31/2026                                                   Page 1 of 1
Section 5.2 Services that need precertification
The following services need precertification: inpatient hospital stays; residential treatment; partial
hospitalization; transcranial magnetic stimulation; electroconvulsive therapy; and outpatient infusions of
specialty drugs. No precertification is required for other outpatient services, including office visits,
outpatient psychotherapy and intensive outpatient programs.
""",
    "other/spd-2025-section-5-stale.txt": """
WILLAMETTE VALLEY CABINETRY EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2025 (excerpt)
Plan year 01/01/2025-12/31/2025
Section 5.2: The following services need precertification: inpatient hospital stays; residential treatment;
partial hospitalization; intensive outpatient programs; transcranial magnetic stimulation.
[2025 plan year; replaced by the 2026 SPD.]
""",
    "other/authorization-to-represent-2026-11-28.txt": """
AUTHORIZATION TO REPRESENT (FICTIONAL)                                           Signed: 11/28/2026
I, Wren Castellanos-Oduya (age 19), authorize my mother, Adaeze Castellanos-Oduya, to appeal claim
CBS-26-1113-662190 for me and to receive my health information for that purpose.   Signed: Wren Castellanos-Oduya
""",
    "other/dbt-skills-group-sign-in-2026-10-05.txt": """
MID-VALLEY DBT CENTER (FICTIONAL) - SKILLS GROUP SIGN-IN                         Date: 10/05/2026
1. W. C.-O.   2. T. Abernathy   3. J. Lund   4. M. Okafor   (group of 4; distress tolerance module)
""",
}

TRUTH = r'''
# 08 - Small self-funded employer plan (38 employees): a DBT intensive outpatient program denied for no precertification the 2026 SPD does not require; first appeal by her mother (FICTIONAL)

All people, plans, administrators, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Wren Castellanos-Oduya, 19 (DOB 02/27/2007), is a dependent in the **Willamette Valley Cabinetry Employee Health
  Plan**, a **self-funded** (level-funded) ERISA plan of an employer with **38 employees**, administered by Cascade
  Benefit Services, Oregon.
- She attended a **DBT intensive outpatient program**, 3 hours a day, 3 days a week, **24 program days 09/14/2026-
  11/06/2026** (S9480, revenue code 0905; F60.3, F33.1). Denied **CO-197** on **11/23/2026**: "Precertification is
  required for intensive outpatient program services; none is on file for these partial hospitalization days."
- **SPD 2026 Section 5.2** lists the services that need precertification (inpatient, residential, **partial
  hospitalization**, TMS, ECT, specialty infusions) and says **"No precertification is required for ... intensive
  outpatient programs."** The **2025** SPD listed IOP; it does not govern 2026 dates.
- The notice calls the days "partial hospitalization"; the program is an **IOP** (9 hours a week), billed S9480/0905.
- PHQ-9 18 to 10, DERS 131 to 102 (partial response); no self-harm after week 2; passive thoughts of death, no plan.
- **Rule and stage:** first internal appeal, ERISA claims rule 29 CFR 2560.503-1, **180 days from the notice: by
  05/22/2027**; post-service decision within 60 days (or 30 per level). **38 employees: the federal parity rules do
  not reach this plan (29 CFR 2590.712(f)); no parity argument.**
- **Author:** her mother, the plan participant, with Wren's written authorization (Wren is an adult); writes about
  "Wren" / "my daughter".

## Deliberately unknown
- Whether the administrator's claims system still carries the 2025 precertification list: the case does not show it;
  a letter may ask the plan to correct its system, not assert why it erred.
- The allowed amount: not in the case.
- Whether the program's provider called the plan before starting: not in the case (and not needed).

## Traps
- **Plan document, not medicine:** the plan's own 2026 SPD requires no precertification for IOP; no retroactive
  authorization is needed or asked; no medical-necessity argument as the ground.
- **A notice's wrong statement:** "these partial hospitalization days" - it is an IOP. A letter must not call it
  partial hospitalization (which the SPD does list).
- **Stale document:** the 2025 SPD listed IOP; not in force in 2026.
- **Small employer:** no MHPAEA / parity argument (38 employees).
- **Adult patient:** the mother needs and has Wren's authorization; she is not "parent of a minor".
- **Other people:** the skills-group sign-in lists three other clients.
- **Drug still taken:** fluoxetine continues (partial): never "failed". **Intolerance:** sertraline 2 weeks. **Not an
  antidepressant:** prazosin for nightmares. **Earlier episode:** 2022 weekly therapy, recovered.
- **Suicidality:** passive only.
- **Wrong law:** no state insurance department or state external review (self-funded); no 45 CFR 147.136(c).

## Arguments a strong letter makes (strongest first)
1. The 2026 SPD (Section 5.2) requires no precertification for intensive outpatient programs; the ground does not
   apply. Reprocess and pay the claim.
2. Correct the notice's description: the days were an intensive outpatient program (S9480, revenue code 0905, 3 hours
   a day), not partial hospitalization; the 2025 list that named IOP ended 12/31/2025.
3. Ask the plan to correct its precertification rules so later IOP claims are not denied the same way.

## What a letter must NOT say
- "retroactive authorization", "we failed to obtain precertification", "precertification was required".
- "partial hospitalization" for this program; "inpatient".
- "mental health parity", "MHPAEA", "29 CFR 2590.712" as a ground.
- "parent of a minor"; "Abernathy", "Lund", "Okafor".
- "failed fluoxetine", "stopped fluoxetine"; sertraline as an adequate trial; prazosin as an antidepressant.
- "Oregon Division of Financial Regulation" as the reviewer; "45 CFR 147.136(c)".
- "I attended" (the mother writes).
'''

ANSWERS = [
    ("Number of employees?", "employees: 38", "case.yaml"),
    ("Does the 2026 SPD require precertification for IOP?", "No precertification is required for other outpatient services, including office visits, outpatient psychotherapy and intensive outpatient programs", "other/spd-2026-section-5-excerpt.txt"),
    ("Plan year of that SPD?", "Plan year 01/01/2026-12/31/2026", "other/spd-2026-section-5-excerpt.txt"),
    ("What did the 2025 SPD say?", "partial hospitalization; intensive outpatient programs; transcranial magnetic stimulation", "other/spd-2025-section-5-stale.txt"),
    ("Notice's wrong description?", "none is on file for these partial hospitalization days", "denial/explanation-of-benefits-2026-11-23.txt"),
    ("Program intensity?", "DBT intensive outpatient, 3 hours a day, Monday, Wednesday, Friday", "clinical/dbt-iop-attendance-and-progress-2026-11-06.txt"),
    ("Billing?", "billed S9480 with revenue code 0905", "clinical/dbt-iop-attendance-and-progress-2026-11-06.txt"),
    ("Dates?", "Attended 24 program days 09/14/2026-11/06/2026", "clinical/dbt-iop-attendance-and-progress-2026-11-06.txt"),
    ("CARC?", "CO-197", "denial/explanation-of-benefits-2026-11-23.txt"),
    ("Notice date?", "EXPLANATION OF BENEFITS                                                          Date: 11/23/2026", "denial/explanation-of-benefits-2026-11-23.txt"),
    ("Appeal deadline?", "by 05/22/2027", "truth"),
    ("Parity?", "no parity argument", "truth"),
    ("Fluoxetine status?", "fluoxetine 40 mg daily since 10/2025, partial response, continuing", "clinical/dbt-iop-attendance-and-progress-2026-11-06.txt"),
    ("Sertraline?", "Sertraline 50 mg 08/2025-09/2025 stopped after 2 weeks for stomach upset", "clinical/dbt-iop-attendance-and-progress-2026-11-06.txt"),
    ("Authorization?", "I, Wren Castellanos-Oduya (age 19), authorize my mother, Adaeze Castellanos-Oduya", "other/authorization-to-represent-2026-11-28.txt"),
    ("Other people on the sign-in?", "2. T. Abernathy", "other/dbt-skills-group-sign-in-2026-10-05.txt"),
]
