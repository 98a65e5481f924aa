"""FICTIONAL case 07, set 59: county employees' plan (ME), OCD psychotherapy visits counted by calendar year, not plan year."""

SLUG = "07-county-plan-me-ocd-erp-visit-limit-calendar-vs-plan-year-first-appeal-lcsw"

CASE_YAML = r"""
# FICTIONAL CASE (set 59, case 07) - every person, plan, provider, number and address is invented.
# County employees' plan, self-funded, Maine, 1,900 employees. Tobias Renwick Hale, 34, has OCD and weekly exposure
# and response prevention therapy. The plan denied eight visits (10/06-11/24/2026) as over "26 visits per calendar
# year"; the plan's 2026 document counts the 26 visits per Plan Year from July 1, and he had 21 visits in this Plan
# Year. His treating therapist, an LCSW, files the first internal appeal with his written consent.
patient:
  name: Tobias Renwick Hale
  salutation: Mr. Hale
  date_of_birth: 1992-02-27
  member_id: FICT-ARC-71640382
  address: |-
    41 Sabattus Street, Apt 2
    Lewiston, ME 04240
  phone: (207) 555-0147
insurer:
  name: Androscoggin Ridge County Employee Health Plan, administered by Pine Tree Plan Services (FICTIONAL)
  appeals_address: |-
    Pine Tree Plan Services - Appeals (FICTIONAL)
    PO Box 5120
    Portland, ME 04112
  fax: (207) 555-0164
claim:
  number: PTP-26-1130-23906
  plan_type: governmental
  funding: self_funded
  employees: 1900
  notice_date: 2026-11-30
  service_dates: [2026-10-06, 2026-10-13, 2026-10-20, 2026-10-27, 2026-11-03, 2026-11-10, 2026-11-17, 2026-11-24]
  setting: outpatient
  procedure_codes: [90837]
  diagnosis_codes: [F42.2]
  carc_codes: [CO-119]
  denial_reason: >-
    Benefit maximum reached. Outpatient psychotherapy is limited to 26 visits per calendar year; 26 visits were
    paid for dates from 01/06/2026 through 09/29/2026. (CARC 119)
  denial_category: benefit_limit
  action: none
  corrections:
    - said: Outpatient psychotherapy is limited to 26 visits per calendar year
      record: >-
        The Plan Document effective 07/01/2025 sets the limit at 26 visits per Plan Year, the Plan Year running
        July 1 through June 30; the calendar-year count was the Summary Plan Description of 2024, replaced on
        07/01/2025.
      file: other/plan-document-2025-section-5-and-definitions-excerpt.txt
      page: 1
plan_policy:
  name: Androscoggin Ridge County Employee Health Plan, Plan Document effective 07/01/2025, Section 5.4 and Section 1 (Definitions)
  number: Section 5.4
  quote: >-
    5.4 Outpatient mental health and substance use disorder services. Psychotherapy visits are covered up to 26
    visits per Plan Year. Section 1, Definitions: Plan Year means the 12-month period beginning July 1 and ending
    June 30.
  file: other/plan-document-2025-section-5-and-definitions-excerpt.txt
  limit:
    applied: 26
    current: 26
    course: 21
    unit: visits
    period: Plan Year
    period_start: 2026-07-01
    applied_period: calendar year
    source:
      name: Summary Plan Description effective 01/01/2024, Section 5.4
      through: 2025-06-30
      file: other/summary-plan-description-2024-section-5-excerpt.txt
      page: 1
treatment:
  name: Weekly outpatient psychotherapy, exposure and response prevention (ERP) for OCD (90837)
  summary: >-
    Weekly exposure and response prevention for obsessive-compulsive disorder; 21 visits in the Plan Year that
    began 07/01/2026, within the plan's 26.
  plan: >-
    Weekly 60-minute ERP sessions through 03/2027, then every other week; Y-BOCS monthly; taper to monthly booster
    sessions when the Y-BOCS stays below 16 for two months.
clinical:
  severity: Y-BOCS 22 on 11/24/2026 (29 on 01/06/2026)
  severity_date: 2026-11-24
  suicidality: none
  suicidality_date: 2026-11-24
  response: Y-BOCS 29 (01/06/2026), 25 (06/30/2026), 22 (11/24/2026)
  response_level: partial
  treating_since: 2025-09
  history:
    - drug: Clomipramine
      dose: 75 mg daily
      start: 2024-05
      end: 2024-06
      weeks: 4
      kind: antidepressant
      adequate: false
      outcome: Stopped after 4 weeks for urinary retention; intolerance
      evidence: {file: clinical/lewiston-anxiety-ocd-therapy-summary-2026-11-24.txt, page: 1}
    - drug: Fluvoxamine
      dose: 200 mg daily
      start: 2024-08
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/lewiston-anxiety-ocd-therapy-summary-2026-11-24.txt, page: 1}
author:
  name: Adelaide Voss-Marchetti
  role: Treating therapist, LCSW
  relation: clinician
  authorization: other/consent-to-appeal-2026-12-02.txt
  address: |-
    Lewiston Anxiety and OCD Therapy (FICTIONAL), 180 Lisbon Street, Suite 3
    Lewiston, ME 04240
  phone: (207) 555-0129
  email: avossmarchetti@lewiston-ocd.example
provider:
  name: Adelaide Voss-Marchetti
  credentials: LCSW
  npi: "1156278396"
  address: |-
    180 Lisbon Street, Suite 3
    Lewiston, ME 04240
  phone: (207) 555-0129
service_lines:
  - {date: 2026-10-06, place_of_service: "11", code: "90837", units: 1, charge: 180.00, paid: 0}
  - {date: 2026-10-13, place_of_service: "11", code: "90837", units: 1, charge: 180.00, paid: 0}
  - {date: 2026-10-20, place_of_service: "11", code: "90837", units: 1, charge: 180.00, paid: 0}
  - {date: 2026-10-27, place_of_service: "11", code: "90837", units: 1, charge: 180.00, paid: 0}
  - {date: 2026-11-03, place_of_service: "11", code: "90837", units: 1, charge: 180.00, paid: 0}
  - {date: 2026-11-10, place_of_service: "11", code: "90837", units: 1, charge: 180.00, paid: 0}
  - {date: 2026-11-17, place_of_service: "11", code: "90837", units: 1, charge: 180.00, paid: 0}
  - {date: 2026-11-24, place_of_service: "11", code: "90837", units: 1, charge: 180.00, paid: 0}
record_dates:
  - file: clinical/lewiston-anxiety-ocd-therapy-summary-2026-11-24.txt
    date: 2026-11-24
bates_prefix: HALE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-11-30.txt": """
PINE TREE PLAN SERVICES (FICTIONAL), claims administrator for the Androscoggin Ridge County Employee Health Plan
EXPLANATION OF BENEFITS                                                              Date: 11/30/2026
Member: Tobias Renwick Hale   ID FICT-ARC-71640382   Claim PTP-26-1130-23906
Provider: Adelaide Voss-Marchetti, LCSW   Service: 90837, 8 visits, 10/06/2026-11/24/2026   Billed $1,440.00
Paid $0.00   CARC CO-119: Benefit maximum reached. Outpatient psychotherapy is limited to 26 visits per calendar
year; 26 visits were paid for dates from 01/06/2026 through 09/29/2026.
Appeal: you may file a written appeal within 180 days of receiving this notice with Pine Tree Plan Services,
Appeals, PO Box 5120, Portland, ME 04112, fax (207) 555-0164.
""",
    "clinical/lewiston-anxiety-ocd-therapy-summary-2026-11-24.txt": """
LEWISTON ANXIETY AND OCD THERAPY (FICTIONAL) - TREATMENT SUMMARY AND VISIT COUNT     Date: 11/24/2026   Page 1 of 1
Client: Tobias Renwick Hale   DOB 02/27/1992   Therapist: Adelaide Voss-Marchetti, LCSW (since 09/2025)
Diagnosis: obsessive-compulsive disorder (F42.2). Y-BOCS 29 (01/06/2026), 25 (06/30/2026), 22 (11/24/2026).
Medicines (Dr. Priyanka Hollis, MD, prescriber): fluvoxamine 200 mg daily since 08/2024, partial response,
continued; clomipramine 75 mg 05/2024-06/2024 stopped after 4 weeks for urinary retention.
No suicidal thoughts at any visit.
Visits (90837): 01/06/2026-06/30/2026: 14 visits. Plan Year from 07/01/2026: 07/07, 07/14, 07/21, 07/28, 08/04,
08/11, 08/18, 08/25, 09/01, 09/08, 09/15, 09/22, 09/29 (13 visits, paid) and 10/06, 10/13, 10/20, 10/27, 11/03,
11/10, 11/17, 11/24 (8 visits, denied): 21 visits since 07/01/2026.
Plan: weekly ERP through 03/2027, then every other week.
""",
    "other/plan-document-2025-section-5-and-definitions-excerpt.txt": """
ANDROSCOGGIN RIDGE COUNTY EMPLOYEE HEALTH PLAN (FICTIONAL) - PLAN DOCUMENT effective 07/01/2025 (excerpt)  Pages 4, 31
Section 1, Definitions: Plan Year means the 12-month period beginning July 1 and ending June 30.
5.4 Outpatient mental health and substance use disorder services. Psychotherapy visits are covered up to 26
visits per Plan Year.
Adopted by the County Commissioners 05/14/2025; replaces the Summary Plan Description effective 01/01/2024.
""",
    "other/summary-plan-description-2024-section-5-excerpt.txt": """
ANDROSCOGGIN RIDGE COUNTY EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION effective 01/01/2024   Page 29
5.4 Outpatient mental health services. Psychotherapy visits are covered up to 26 visits per calendar year.
""",
    "other/clinic-daily-schedule-2026-11-24.txt": """
LEWISTON ANXIETY AND OCD THERAPY (FICTIONAL) - DAILY SCHEDULE, Tuesday 11/24/2026, A. Voss-Marchetti   Page 1 of 1
 9:00  Hale, Tobias R.        90837   Androscoggin Ridge County plan
10:00  Lindqvist, Petra       90834   MaineCare
11:00  Oduya, Samuel          90837   self-pay
 1:00  Ferreira-Boyd, Lena    90847   Harborview PPO
""",
    "other/consent-to-appeal-2026-12-02.txt": """
CONSENT TO APPEAL AND TO RELEASE INFORMATION                                           Signed 12/02/2026
I, Tobias Renwick Hale, ask my therapist, Adelaide Voss-Marchetti, LCSW, to appeal for me the denial of my
therapy visits of 10/06/2026-11/24/2026 (claim PTP-26-1130-23906) and to send my treatment records to Pine Tree
Plan Services for that appeal.   Signed: Tobias R. Hale
""",
}

TRUTH = r"""
# 07 - County employees' plan, self-funded (ME): weekly ERP visits denied by a calendar-year count the plan replaced with a July Plan Year; first internal appeal by the treating LCSW (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tobias Renwick Hale, 34, a county employee, self-funded **governmental** plan (1,900 employees, ME; TPA Pine Tree
  Plan Services). OCD (F42.2), weekly ERP (90837) with an LCSW since 09/2025; Y-BOCS 29 -> 25 -> 22.
- EOB **11/30/2026** (PTP-26-1130-23906, **CO-119**): 8 visits **10/06-11/24/2026** denied as over "26 visits per
  **calendar year**" (26 paid 01/06-09/29/2026).
- **The plan's own document decides:** the **Plan Document effective 07/01/2025**, Section 5.4: 26 visits per **Plan
  Year**; Section 1: Plan Year = **July 1-June 30**. In the Plan Year from 07/01/2026 he had **13 paid + 8 denied = 21
  visits**, within 26. The calendar-year wording is the **2024 SPD**, replaced 07/01/2025.
- Fluvoxamine 200 mg **continues** (partial); clomipramine stopped after 4 weeks (urinary retention: intolerance).
  No suicidal thoughts. The visits are not questioned as necessary.
- **Rule and stage:** governmental plan, first internal appeal, **180 days (45 CFR 147.136(b)(2)(i) applying 29 CFR
  2560.503-1(h)(3)(i)): by 05/29/2027**; post-service decision in 60 days; then external review (45 CFR 147.136(c)-(d)).
  Not ERISA itself. Whether the plan is under federal parity (MHPAEA) is not known (see below).
- **Author:** the treating LCSW (a clinician who does not prescribe) with his signed consent; "I write as Mr. Hale's
  treating therapist"; never "Dr.", "physician", "prescriber".
{ANSWERS}

## Deliberately unknown
- Whether the county ever elected to opt out of federal parity rules for its self-funded plan: not known; a letter
  should not assert a parity violation as settled.
- Why the administrator still counts by calendar year (a system setting?): not known; a letter may ask that the count
  be corrected.

## Traps
- **Rule / plan document, not clinical:** no medical necessity; no peer-to-peer.
- **Stale document:** the 2024 SPD ("per calendar year") does not govern; never quote it as the plan's terms.
- **Dates counted in the right period:** 21 visits since 07/01/2026, not "26 in 2026" and not "8 visits over".
- **Other people on a document:** the clinic's daily schedule lists three other clients.
- **Drug still taken:** fluvoxamine; clomipramine is an intolerance, not an adequate trial.
- **Voice:** the LCSW writes as therapist.
- **Wrong law:** 29 CFR 2560.503-1 as directly governing (it applies through 147.136); ERISA; Medicaid.

## Arguments a strong letter makes (strongest first)
1. The plan's own document in force (Section 5.4 with the Plan Year definition) counts visits per Plan Year from
   July 1; the visits denied are visits 14-21 of the Plan Year that began 07/01/2026, within 26: reprocess and pay the
   eight visits.
2. The calendar-year count comes from the 2024 SPD, replaced on 07/01/2025; ask the administrator to correct its count
   so later visits are not denied the same way.
3. Ask for the claim file and the document the administrator applied.

## What a letter must NOT say
- "26 visits per calendar year" as the plan's terms; "he has exceeded his visits".
- "medically necessary" as the ground; "peer-to-peer"; "clinical reviewer".
- "Lindqvist", "Oduya", "Ferreira-Boyd".
- "Dr. Voss-Marchetti", "physician", "prescriber" for the author.
- "ERISA" as governing; "failed fluvoxamine"; clomipramine as an adequate trial.
"""

ANSWERS = [
    ("Notice date", "EXPLANATION OF BENEFITS                                                              Date: 11/30/2026", "denial/explanation-of-benefits-2026-11-30.txt"),
    ("Claim number", "PTP-26-1130-23906", "denial/explanation-of-benefits-2026-11-30.txt"),
    ("Ground", "26 visits per calendar year", "denial/explanation-of-benefits-2026-11-30.txt"),
    ("Dates denied", "8 visits, 10/06/2026-11/24/2026", "denial/explanation-of-benefits-2026-11-30.txt"),
    ("Appeal window", "within 180 days of receiving this notice", "denial/explanation-of-benefits-2026-11-30.txt"),
    ("Plan Year definition", "Plan Year means the 12-month period beginning July 1 and ending June 30", "other/plan-document-2025-section-5-and-definitions-excerpt.txt"),
    ("Limit in force", "up to 26 visits per Plan Year", "other/plan-document-2025-section-5-and-definitions-excerpt.txt"),
    ("Effective date of the document", "PLAN DOCUMENT effective 07/01/2025", "other/plan-document-2025-section-5-and-definitions-excerpt.txt"),
    ("Replaced document", "replaces the Summary Plan Description effective 01/01/2024", "other/plan-document-2025-section-5-and-definitions-excerpt.txt"),
    ("Stale wording", "covered up to 26 visits per calendar year", "other/summary-plan-description-2024-section-5-excerpt.txt"),
    ("Visits this Plan Year", "21 visits since 07/01/2026", "clinical/lewiston-anxiety-ocd-therapy-summary-2026-11-24.txt"),
    ("Latest Y-BOCS", "22 (11/24/2026)", "clinical/lewiston-anxiety-ocd-therapy-summary-2026-11-24.txt"),
    ("Drug continued", "fluvoxamine 200 mg daily since 08/2024, partial response", "clinical/lewiston-anxiety-ocd-therapy-summary-2026-11-24.txt"),
    ("Intolerance", "stopped after 4 weeks for urinary retention", "clinical/lewiston-anxiety-ocd-therapy-summary-2026-11-24.txt"),
    ("Another person on a document", "Lindqvist, Petra", "other/clinic-daily-schedule-2026-11-24.txt"),
    ("Consent", "ask my therapist, Adelaide Voss-Marchetti, LCSW, to appeal for me", "other/consent-to-appeal-2026-12-02.txt"),
]
