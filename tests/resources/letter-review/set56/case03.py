SLUG = "03-church-plan-self-funded-teen-iop-days-counted-as-therapy-visits-first-appeal-mother"

CASE_YAML = r"""
# FICTIONAL CASE (set 56, case 03) - every person, plan, provider, number and address is invented.
# Church plan, self-funded, not ERISA, 1,300 employees. A 16-year-old's adolescent intensive outpatient program,
# 36 program days over 12 weeks (09/01-11/20/2026), partly denied as over "20 outpatient behavioral health visits
# per plan year": the plan counted 8 therapy visits and each IOP day as a visit. Plan Document 2026 Section 5.8
# covers IOP by weeks per episode (up to 16) and says program days are not visits under Section 5.7. The mother,
# the plan's member, appeals for her daughter (first internal, post-service).
patient:
  name: Eliza Marchetti-Doan
  salutation: Eliza
  date_of_birth: 2010-03-22
  member_id: FICT-CHM-5512093-02
  address: |-
    2218 South 48th Street
    Lincoln, NE 68506
insurer:
  name: Covenant Hills Ministries Benefit Trust, administered by Prairie Gate Administrators (FICTIONAL)
  appeals_address: |-
    Covenant Hills Ministries Benefit Trust - Appeals (FICTIONAL)
    PO Box 81477
    Omaha, NE 68154
  fax: (402) 555-0146
claim:
  number: CHM-26-1124-077215
  other_numbers: [CHM-26-1124-077216, CHM-26-1124-077217]
  plan_type: church
  funding: self_funded
  employees: 1300
  notice_date: 2026-11-30
  service_dates: [2026-09-01, 2026-11-20]
  sessions: 36
  setting: intensive_outpatient
  procedure_codes: [S9480]
  revenue_codes: ["0905"]
  diagnosis_codes: [F32.2, F40.10]
  carc_codes: [CO-119]
  denial_reason: >-
    Benefit maximum reached. Your plan covers 20 outpatient behavioral health visits per plan year. 20 visits have
    been used (8 office visits, 12 intensive outpatient days). Intensive outpatient days from 09/29/2026 through
    11/20/2026 are denied. (CARC 119)
  denial_category: benefit_limit
  denial_reasons: [benefit_limit]
  action: none
plan_policy:
  name: Covenant Hills Ministries Benefit Trust Plan Document 2026, Sections 5.7 and 5.8
  number: Sections 5.7 and 5.8
  quote: >-
    5.7 Outpatient behavioral health office visits (psychotherapy and medication management): 20 visits per plan
    year. 5.8 Intensive outpatient programs: covered up to 16 weeks per episode of care. Intensive outpatient
    program days are not office visits and do not count toward the visit limit in Section 5.7.
  file: other/plan-document-2026-section-5-excerpt.txt
  limit:
    applied: 20
    current: 16
    course: 12
    unit: weeks of intensive outpatient program per episode of care
    applied_unit: each intensive outpatient program day as one outpatient office visit
treatment:
  name: Adolescent intensive outpatient program (IOP), 36 program days over 12 weeks
  summary: >-
    Three-hour program days three times a week for a severe depressive episode with social anxiety, after weekly
    therapy alone had not been enough; the plan counted each program day as an office visit.
clinical:
  severity: PHQ-A 21 on 08/28/2026; PHQ-A 9 on 11/20/2026
  severity_date: 2026-11-20
  suicidality: passive
  suicidality_date: 2026-08-28
  response: PHQ-A 21 (08/28/2026) to 9 (11/20/2026)
  response_level: response
  history:
    - drug: Sertraline
      dose: 25 mg daily, raised to 50 mg
      start: 2025-10
      end: 2025-11
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for agitation and insomnia (intolerance); not an adequate trial
      evidence: {file: clinical/iop-discharge-summary-2026-11-20.txt, page: 1}
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2026-01
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the program
      evidence: {file: clinical/iop-discharge-summary-2026-11-20.txt, page: 1}
    - drug: Weekly outpatient psychotherapy (CBT)
      dose: 8 visits
      start: 2026-01
      end: 2026-08
      sessions: 8
      kind: psychotherapy
      response: partial
      outcome: Some benefit; not enough alone, so the program was added
      evidence: {file: clinical/iop-discharge-summary-2026-11-20.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed for sleep
      start: 2026-02
      ongoing: true
      kind: other
      outcome: As needed for sleep; not an antidepressant trial
      evidence: {file: clinical/iop-discharge-summary-2026-11-20.txt, page: 1}
author:
  name: Camille Marchetti-Doan
  role: mother of the patient and the plan's member
  relation: parent
  address: |-
    2218 South 48th Street
    Lincoln, NE 68506
  phone: (402) 555-0122
  email: camille.md@homemail.example
provider:
  name: Bluestem Youth Behavioral Health, Adolescent IOP
  npi: "1305972840"
  address: |-
    3301 O Street
    Lincoln, NE 68510
  phone: (402) 555-0171
copies: [prescriber]
record_dates:
  - file: clinical/iop-discharge-summary-2026-11-20.txt
    date: 2026-11-20
bates_prefix: MARCHETTIDOAN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-11-30.txt": """
PRAIRIE GATE ADMINISTRATORS (FICTIONAL) for COVENANT HILLS MINISTRIES BENEFIT TRUST
EXPLANATION OF BENEFITS                                                    Date: 11/30/2026
Member: Camille Marchetti-Doan   Patient: Eliza Marchetti-Doan (dependent)   ID FICT-CHM-5512093-02
Provider: Bluestem Youth Behavioral Health, Adolescent IOP

Claim CHM-26-1124-077215  09/01/2026-09/30/2026  S9480 / rev 0905  14 days  12 paid (09/01-09/25); 09/29 and
                                                                   09/30 denied CO-119
Claim CHM-26-1124-077216  10/02/2026-10/30/2026  S9480 / rev 0905  13 days  all denied CO-119
Claim CHM-26-1124-077217  11/03/2026-11/20/2026  S9480 / rev 0905  9 days   all denied CO-119

Note: Benefit maximum reached. Your plan covers 20 outpatient behavioral health visits per plan year. 20 visits
have been used (8 office visits, 12 intensive outpatient days). Intensive outpatient days from 09/29/2026 through
11/20/2026 are denied.

Also on this statement - Patient: Nolan Marchetti-Doan (dependent), 10/14/2026, office visit 99213, paid.

Your appeal rights: you may appeal within 180 days after you receive this notice. Write to Appeals, PO Box 81477,
Omaha, NE 68154, or fax (402) 555-0146.
""",
    "clinical/iop-discharge-summary-2026-11-20.txt": """
BLUESTEM YOUTH BEHAVIORAL HEALTH (FICTIONAL) - ADOLESCENT IOP DISCHARGE SUMMARY   Date: 11/20/2026
Patient: Eliza Marchetti-Doan   DOB 03/22/2010   Page 1 of 1
Program: 09/01/2026-11/20/2026, 12 weeks, 36 program days (Tuesday, Wednesday, Friday), 3 hours a day.
Diagnoses: major depressive disorder, single episode, severe without psychotic features (F32.2); social anxiety
disorder (F40.10).
PHQ-A 21 on 08/28/2026 (intake), 9 on 11/20/2026. Passive suicidal thoughts at intake (08/28/2026), no plan or
intent; none since 09/29/2026.
Before the program: weekly CBT with Jonah Reyes, LPC, 8 visits 01/2026-08/2026, some benefit, not enough alone.
Medication: sertraline 25-50 mg 10/2025-11/2025, stopped after 3 weeks for agitation and insomnia; fluoxetine
40 mg daily since 01/2026, partial response, continued; hydroxyzine 25 mg at bedtime as needed for sleep.
School: returned to a full schedule 11/02/2026.
Signed: Sunniva Oduya, MD, child and adolescent psychiatrist
""",
    "other/plan-document-2026-section-5-excerpt.txt": """
COVENANT HILLS MINISTRIES BENEFIT TRUST (FICTIONAL) - PLAN DOCUMENT, PLAN YEAR 2026 (January 1 - December 31)
Page 1 of 1 (excerpt)
5.7 Outpatient behavioral health office visits (psychotherapy and medication management): 20 visits per plan
year.
5.8 Intensive outpatient programs: covered up to 16 weeks per episode of care. Intensive outpatient program days
are not office visits and do not count toward the visit limit in Section 5.7.
""",
    "other/plan-document-2024-section-5-stale.txt": """
COVENANT HILLS MINISTRIES BENEFIT TRUST (FICTIONAL) - PLAN DOCUMENT, PLAN YEAR 2024        Page 1 of 1 (excerpt)
5.7 Outpatient behavioral health services: 20 visits per plan year. Each day of an intensive outpatient program
counts as one visit.
[Replaced by the Plan Document for plan year 2026.]
""",
}

TRUTH = r"""
# 03 - Church plan (self-funded): a teenager's IOP days counted as office visits against a 20-visit limit; first internal appeal by her mother (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Eliza Marchetti-Doan, 16 (DOB 03/22/2010), a dependent on her mother's **church plan** (Covenant Hills Ministries
  Benefit Trust; self-funded; not under ERISA; 1,300 employees), attended an adolescent **intensive outpatient program
  09/01/2026-11/20/2026: 12 weeks, 36 program days**, three hours a day (S9480, revenue 0905; F32.2, F40.10).
- EOB of **11/30/2026**, claims **CHM-26-1124-077215, -077216 and -077217**, **CO-119**: "20 outpatient behavioral
  health visits per plan year ... 20 visits have been used (8 office visits, 12 intensive outpatient days)"; days
  **09/29/2026-11/20/2026** denied. 24 program days denied, 12 paid.
- **Plan Document 2026** (plan year January 1-December 31): **Section 5.7** limits office visits to 20 a year;
  **Section 5.8** covers IOP "up to 16 weeks per episode of care" and says program days "are not office visits and do
  not count toward the visit limit in Section 5.7". The program ran 12 weeks: within Section 5.8. The 8 office visits
  are within Section 5.7's 20.
- **Rule and stage:** church plan outside ERISA: claims and appeals under 26 CFR 54.9815-2719 (applying the ERISA
  claims rule's standards by reference); first internal appeal within 180 days of receipt: counted from the notice
  date, **by 05/29/2027**; post-service. Parity: 26 CFR 54.9812-1 reaches a plan of an employer with more than 50
  employees (1,300 here), as a secondary point only.
- **Author:** the mother, the plan's member and parent of a minor, writes about "Eliza"; no authorization is needed.
- Expected answers (question -> answer, where printed):
  1. Claim numbers -> CHM-26-1124-077215 (denial/explanation-of-benefits-2026-11-30.txt)
  2. Notice date -> Date: 11/30/2026 (denial/explanation-of-benefits-2026-11-30.txt)
  3. Deadline counted from the notice -> by 05/29/2027 (truth)
  4. Days denied -> 09/29/2026 through 11/20/2026 (denial/explanation-of-benefits-2026-11-30.txt)
  5. The count the plan used -> 8 office visits, 12 intensive outpatient days (denial/explanation-of-benefits-2026-11-30.txt)
  6. The IOP term -> covered up to 16 weeks per episode of care (other/plan-document-2026-section-5-excerpt.txt)
  7. Program days and visits -> are not office visits and do not count toward the visit limit in Section 5.7 (other/plan-document-2026-section-5-excerpt.txt)
  8. Plan year -> PLAN YEAR 2026 (January 1 - December 31) (other/plan-document-2026-section-5-excerpt.txt)
  9. Program length -> 12 weeks, 36 program days (clinical/iop-discharge-summary-2026-11-20.txt)
  10. Hours a day -> 3 hours a day (clinical/iop-discharge-summary-2026-11-20.txt)
  11. Intolerance -> stopped after 3 weeks for agitation and insomnia (clinical/iop-discharge-summary-2026-11-20.txt)
  12. Drug still taken -> fluoxetine 40 mg daily since 01/2026, partial response, continued (clinical/iop-discharge-summary-2026-11-20.txt)
  13. Sleep medicine -> hydroxyzine 25 mg at bedtime as needed for sleep (clinical/iop-discharge-summary-2026-11-20.txt)
  14. Response -> PHQ-A 21 on 08/28/2026 (intake), 9 on 11/20/2026 (clinical/iop-discharge-summary-2026-11-20.txt)
  15. Employees -> employees: 1300 (case.yaml)
  16. Author -> relation: parent (case.yaml)

## Deliberately unknown
- Why the claims system counted program days as office visits (the 2024 plan document did; the 2026 one does
  not): not known; a letter may ask that the count be corrected.
- The allowed amount per program day: not on the EOB.
- Whether the plan's own record of the 8 office visits is right (it is consistent with the discharge summary).

## Traps
- **Plan document and unit, not medicine.** The winning point is Sections 5.7 and 5.8: IOP is limited by weeks per
  episode, not by office visits; medical necessity was never questioned.
- **Stale plan document:** the 2024 plan document counted each IOP day as a visit; it was replaced and must not be
  quoted as the terms.
- **Other person on the EOB:** Nolan Marchetti-Doan's office visit of 10/14/2026 is not part of this appeal.
- **Sertraline** was stopped for intolerance at 3 weeks: not an adequate or failed trial. **Fluoxetine continues**
  (partial): never "failed"/"stopped". **Hydroxyzine** is for sleep. **The 8 CBT visits** are psychotherapy, never a
  medication trial.
- **Suicidality:** passive thoughts at intake (08/28/2026), none since 09/29/2026; never current or "active".
- **Level of care:** an IOP is neither a stay nor inpatient or hospital care.
- **Wrong law:** no ERISA as governing law, no Labor Department or EBSA; no Medicaid/EPSDT (she is not on Medicaid).
- **Voice:** the mother writes about her daughter ("Eliza", "my daughter"), not as the patient.

## Arguments a strong letter makes, strongest first
1. Plan Document 2026 Section 5.8 covers IOP up to 16 weeks per episode and says program days are not office
   visits and do not count toward Section 5.7's limit; the program ran 12 weeks. No limit of the plan's terms was
   reached: reprocess and pay the days 09/29/2026-11/20/2026 on all three claims.
2. The 8 office visits are within Section 5.7's 20; correct the plan's count so later visits in 2026 are not denied.
3. As a secondary point only, a visit limit applied to a mental-health program that the plan's own terms do not
   set raises parity concerns (26 CFR 54.9812-1); ask for the plan's comparable medical/surgical terms.

## What a letter must NOT say
- "20 visits used", "the limit was reached", "an exception beyond the limit".
- "each program day counts as a visit" (the 2024 text) as the terms.
- "failed sertraline", "failed fluoxetine", "stopped fluoxetine"; hydroxyzine as a trial; "failed psychotherapy" as a
  medication trial.
- "Nolan"; "active suicidal ideation"; "inpatient", "hospital stay".
- "ERISA" as governing law, "29 CFR 2560.503-1" as the plan's own rule, "Department of Labor", "EBSA", "EPSDT".
"""

ANSWERS = [
    ("claim number", "CHM-26-1124-077215", "denial/explanation-of-benefits-2026-11-30.txt"),
    ("notice date", "Date: 11/30/2026", "denial/explanation-of-benefits-2026-11-30.txt"),
    ("deadline", "by 05/29/2027", "truth"),
    ("days denied", "09/29/2026 through 11/20/2026", "denial/explanation-of-benefits-2026-11-30.txt"),
    ("count", "8 office visits, 12 intensive outpatient days", "denial/explanation-of-benefits-2026-11-30.txt"),
    ("IOP term", "covered up to 16 weeks per episode of care", "other/plan-document-2026-section-5-excerpt.txt"),
    ("program days", "are not office visits and do not count toward the visit limit in Section 5.7", "other/plan-document-2026-section-5-excerpt.txt"),
    ("plan year", "PLAN YEAR 2026 (January 1 - December 31)", "other/plan-document-2026-section-5-excerpt.txt"),
    ("program length", "12 weeks, 36 program days", "clinical/iop-discharge-summary-2026-11-20.txt"),
    ("hours", "3 hours a day", "clinical/iop-discharge-summary-2026-11-20.txt"),
    ("intolerance", "stopped after 3 weeks for agitation and insomnia", "clinical/iop-discharge-summary-2026-11-20.txt"),
    ("drug still taken", "fluoxetine 40 mg daily since 01/2026, partial response, continued", "clinical/iop-discharge-summary-2026-11-20.txt"),
    ("sleep", "hydroxyzine 25 mg at bedtime as needed for sleep", "clinical/iop-discharge-summary-2026-11-20.txt"),
    ("response", "PHQ-A 21 on 08/28/2026 (intake), 9 on 11/20/2026", "clinical/iop-discharge-summary-2026-11-20.txt"),
    ("employees", "employees: 1300", "case.yaml"),
    ("author", "relation: parent", "case.yaml"),
]
