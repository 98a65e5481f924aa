SLUG = "07-county-plan-maintenance-ect-limit-counted-by-calendar-year-not-plan-year-first-appeal-son"

CASE_YAML = r'''
# FICTIONAL CASE (set 54, case 07) - every person, plan, administrator, provider, number and address is invented.
# A self-funded county employees' plan (governmental, 1,300 employees, Oregon) denied five monthly maintenance ECT
# treatments (07/14-11/03/2026) as over "12 ECT treatments per calendar year", counting the 12 acute treatments of
# January-February 2026. The plan's terms count 12 per Plan Year, which begins July 1. The patient's adult son,
# his authorized representative, files the first appeal.
patient:
  name: Harold Nwachukwu-Berg
  salutation: Mr. Nwachukwu-Berg
  date_of_birth: 1961-05-04
  member_id: FICT-LCE-30948172
  address: |-
    1470 Cedar Flat Road
    Eugene, OR 97405
insurer:
  name: Lane Cascade County Employees Health Plan, administered by Willamette Plan Services (FICTIONAL)
  appeals_address: |-
    Willamette Plan Services - Appeals (FICTIONAL)
    PO Box 2290
    Salem, OR 97308
  fax: (503) 555-0158
claim:
  number: WPS-26-1105-52277
  other_numbers: [WPS-26-0902-47113, WPS-26-1014-50921]
  plan_type: governmental
  funding: self_funded
  employees: 1300
  notice_date: 2026-11-17
  appeal_deadline: 2027-05-16
  deadline_basis: >-
    Notice of 11/17/2026: "You may appeal within 180 days of receiving this notice." Counted from the notice date.
  service_dates: [2026-07-14, 2026-08-11, 2026-09-08, 2026-10-06, 2026-11-03]
  sessions: 5
  setting: outpatient
  procedure_codes: [90870]
  diagnosis_codes: [F33.3]
  carc_codes: [CO-119]
  denial_reason: >-
    Benefit maximum reached: 12 ECT treatments per calendar year. 12 treatments were paid in 2026 (01/12/2026 through
    02/20/2026). Treatments on 07/14, 08/11, 09/08, 10/06 and 11/03/2026 exceed the maximum. (CARC 119)
  denial_category: benefit_limit
  denial_reasons: [benefit_limit]
  action: none
plan_policy:
  name: Lane Cascade County Employees Health Plan, Summary Plan Description effective 07/01/2025, Section 5.8 and Section 1.2
  number: Section 5.8
  quote: >-
    Section 5.8: Electroconvulsive therapy, acute and maintenance: 12 treatments per Plan Year. Section 1.2: Plan
    Year means the 12 months beginning July 1.
  file: other/spd-2025-section-1-and-5.txt
  limit:
    applied: 12
    current: 12
    course: 5
    unit: ECT treatments
    period: Plan Year
    period_start: 2026-07-01
    applied_period: calendar year
    source:
      name: Summary Plan Description effective 01/01/2024 (calendar-year benefit period)
      through: 2025-06-30
      file: other/spd-2024-section-5-stale.txt
      page: 1
treatment:
  name: Maintenance electroconvulsive therapy (ECT), one treatment every 4 weeks (5 treatments, 07/14-11/03/2026)
  summary: >-
    Monthly maintenance ECT after an acute course in January-February 2026, to prevent relapse of psychotic
    depression that relapsed twice within 3 months of earlier acute courses ending.
  plan: >-
    One ECT treatment every 4 weeks through 01/2027, then review; lithium and nortriptyline continued.
clinical:
  severity: HAM-D 28 on 01/08/2026 (before the acute course); HAM-D 8 on 11/03/2026
  severity_date: 2026-11-03
  suicidality: none
  suicidality_date: 2026-11-03
  response: HAM-D 28 (01/08/2026) to 9 (02/20/2026), held at 8 on 11/03/2026 with maintenance ECT
  response_level: remission
  history:
    - drug: Nortriptyline
      dose: 100 mg daily (blood level 92 ng/mL)
      start: 2025-09
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with maintenance ECT
      evidence: {file: clinical/ect-maintenance-summary-2026-11-03.txt, page: 1}
    - drug: Lithium carbonate
      dose: 600 mg daily
      start: 2026-02
      ongoing: true
      kind: augmentation
      outcome: Continued with maintenance ECT
      evidence: {file: clinical/ect-maintenance-summary-2026-11-03.txt, page: 1}
    - drug: Olanzapine
      dose: 10 mg daily
      start: 2025-10
      end: 2025-12
      weeks: 7
      kind: augmentation
      adequate: false
      outcome: Stopped after 7 weeks for weight gain of 9 kg and raised glucose (intolerance)
      evidence: {file: clinical/ect-maintenance-summary-2026-11-03.txt, page: 1}
    - drug: Electroconvulsive therapy, acute course
      dose: 12 treatments
      start: 2026-01-12
      end: 2026-02-20
      kind: neuromodulation
      sessions: 12
      adequate: true
      response: remission
      outcome: Remission (HAM-D 9); maintenance started 03/2026
      evidence: {file: clinical/ect-maintenance-summary-2026-11-03.txt, page: 1}
  exclusions: No change in cardiac status; anesthesia cleared 06/30/2026.
impact:
  relapse: >-
    Relapsed within 3 months after acute ECT courses ended without maintenance in 2019 and 2023; hospitalized both times.
  hospitalizations: Psychiatric admissions in 06/2019 and 09/2023.
author:
  name: Tobias Nwachukwu-Berg
  role: son and authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-11-20.txt
  address: |-
    88 Willow Street, Apt 12
    Portland, OR 97209
  phone: (503) 555-0141
  email: tobias.nb@mail.example
provider:
  name: Dr. Miriam Castellano, MD
  credentials: MD, psychiatrist, ECT service, McKenzie River Medical Center
  npi: "1209465834"
  address: |-
    McKenzie River Medical Center (FICTIONAL), 3300 Riverbend Drive
    Springfield, OR 97477
  phone: (541) 555-0115
record_dates:
  - file: clinical/ect-maintenance-summary-2026-11-03.txt
    date: 2026-11-03
bates_prefix: NWACHUKWUBERG
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/notice-of-denial-2026-11-17.txt": """
WILLAMETTE PLAN SERVICES (FICTIONAL) for LANE CASCADE COUNTY EMPLOYEES HEALTH PLAN - NOTICE OF DENIAL  Date: 11/17/2026
Member: Harold Nwachukwu-Berg   ID FICT-LCE-30948172
Claims WPS-26-0902-47113 (07/14, 08/11/2026), WPS-26-1014-50921 (09/08, 10/06/2026), WPS-26-1105-52277 (11/03/2026):
ECT (90870), one treatment each date. CARC 119.
Benefit maximum reached: 12 ECT treatments per calendar year. 12 treatments were paid in 2026 (01/12/2026 through
02/20/2026). Treatments on 07/14, 08/11, 09/08, 10/06 and 11/03/2026 exceed the maximum.
You may appeal within 180 days of receiving this notice: Appeals, PO Box 2290, Salem, OR 97308, fax (503) 555-0158.
""",
"clinical/ect-maintenance-summary-2026-11-03.txt": """
MCKENZIE RIVER MEDICAL CENTER (FICTIONAL) - ECT SERVICE - MAINTENANCE SUMMARY                   Date: 11/03/2026
Patient: Harold Nwachukwu-Berg   DOB 05/04/1961   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe with psychotic features (F33.3).
Acute course: 12 treatments 01/12/2026-02/20/2026; HAM-D 28 (01/08/2026) to 9; remission.
Maintenance: monthly from 03/2026. This plan year: 07/14, 08/11, 09/08, 10/06, 11/03/2026 (5 treatments). HAM-D 8
on 11/03/2026. No suicidal ideation. Anesthesia clearance 06/30/2026; cardiac status unchanged.
Why maintenance: after acute courses in 2019 and 2023 ended without maintenance, he relapsed within 3 months and was
hospitalized (06/2019, 09/2023).
Medications: nortriptyline 100 mg daily since 09/2025 (level 92 ng/mL), partial response, continued; lithium 600 mg
daily since 02/2026, continued; olanzapine 10 mg 10/2025-12/2025 stopped after 7 weeks for 9 kg weight gain and
raised glucose.
Plan: ECT every 4 weeks through 01/2027, then review. - Dr. Miriam Castellano, MD
""",
"other/spd-2025-section-1-and-5.txt": """
LANE CASCADE COUNTY EMPLOYEES HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION, effective 07/01/2025
(a governmental plan; not subject to ERISA)                                                   Pages 3 and 22
Section 1.2: Plan Year means the 12 months beginning July 1.
Section 5.8: Electroconvulsive therapy, acute and maintenance: 12 treatments per Plan Year.
""",
"other/spd-2024-section-5-stale.txt": """
LANE CASCADE COUNTY EMPLOYEES HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION, effective 01/01/2024
Section 5.8: Electroconvulsive therapy: 12 treatments per calendar year.
[Replaced by the Summary Plan Description effective 07/01/2025, when the plan moved to a July 1 Plan Year; these
terms governed through 06/30/2025.]
""",
"other/authorized-representative-form-2026-11-20.txt": """
WILLAMETTE PLAN SERVICES (FICTIONAL) - AUTHORIZED REPRESENTATIVE FORM                       Signed 11/20/2026
Member Harold Nwachukwu-Berg names his son, Tobias Nwachukwu-Berg, to appeal claims WPS-26-0902-47113,
WPS-26-1014-50921 and WPS-26-1105-52277 and to receive his records for them.
""",
"other/ect-suite-schedule-2026-11-03.txt": """
MCKENZIE RIVER MEDICAL CENTER (FICTIONAL) - ECT SUITE SCHEDULE 11/03/2026
07:30 H. N.-B. (maintenance)   08:00 P. Lindgren (acute, treatment 9)   08:30 A. Osei (acute, treatment 4)
[Other names are other patients; not part of this claim.]
""",
}

TRUTH = r'''
# 07 - County employees' plan: maintenance ECT denied as over a calendar-year limit; the plan counts by a July 1 Plan Year; first appeal by the adult son (FICTIONAL)

All people, plans, administrators, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harold Nwachukwu-Berg, 65, on the **Lane Cascade County Employees Health Plan** (self-funded **governmental** plan,
  1,300 employees, OR), has psychotic depression (F33.3). Acute ECT: **12 treatments, 01/12-02/20/2026**
  (remission). Maintenance monthly; **5 treatments 07/14, 08/11, 09/08, 10/06, 11/03/2026** were denied on
  **11/17/2026** (three claims, CO-119) as over "**12 ECT treatments per calendar year**".
- The **SPD effective 07/01/2025**: Section 5.8 "12 treatments per **Plan Year**"; Section 1.2 "Plan Year means the 12
  months beginning July 1". The five treatments fall in the Plan Year that began **07/01/2026**: 5 of 12 (7 left).
  The 12 acute treatments of January-February 2026 belong to the Plan Year 07/01/2025-06/30/2026.
- The calendar-year wording comes from the **2024 SPD**, which governed through **06/30/2025**.
- **Rule and stage:** governmental plan: 45 CFR 147.136(b)(2)(i) applying the ERISA claims rule's standards; first
  internal appeal, post-service, **by 05/16/2027** (the notice's 180 days); external review next. Parity 45 CFR
  146.136 (1,300 employees).
- **Author:** his son, named on the plan's authorized representative form (11/20/2026); he writes about
  "Mr. Nwachukwu-Berg".

## Deliberately unknown
- Whether the plan opted out of parity: not in the case.
- The amounts billed and allowed: not in the case.
- Whether the plan paid any maintenance treatments in 03-06/2026: not in the case (they belong to the earlier Plan
  Year either way); a letter must not say they were paid or denied.

## Traps
- **Wrong period:** calendar year vs Plan Year from July 1; the limit itself (12) is the same.
- **Stale terms:** the 2024 SPD's "per calendar year" no longer governs.
- **Three claims, one decision:** all three claim numbers.
- **Drugs still taken:** nortriptyline (partial response) and lithium continue: never "failed" or "stopped";
  olanzapine was stopped for intolerance after 7 weeks (not an adequate trial).
- **Earlier-course response:** acute ECT brought remission: not a failure; relapses in 2019 and 2023 followed courses
  ended **without** maintenance.
- **Other people:** the ECT schedule lists P. Lindgren and A. Osei.
- **Not medical necessity:** no criteria, no peer-to-peer; no exception beyond a limit (the course is within it).
- **Wrong law:** no ERISA as governing law (governmental plan), no EBSA or Labor Department, no 29 CFR 2590.715-2719.

## Arguments a strong letter makes (strongest first)
1. The plan's terms count 12 treatments per Plan Year beginning July 1; every date denied falls in the Plan Year from
   07/01/2026, in which these are treatments 1-5 of 12. The January-February treatments count toward the Plan Year
   before. Pay the three claims and correct the count.
2. The calendar-year limit the notice applied is the 2024 SPD's, which governed through 06/30/2025.
3. Why maintenance matters (relapses and admissions in 2019 and 2023), only as background.

## What a letter must NOT say
- "calendar year" as the plan's period; "exceeded the limit"; asking for an exception beyond a limit.
- "17 treatments" in one period; "failed nortriptyline", "stopped lithium"; olanzapine as an adequate trial.
- "P. Lindgren", "A. Osei"; "suicidal ideation" as present.
- "ERISA" as the governing law, "EBSA", "Department of Labor", "29 CFR 2590.715-2719".
- that maintenance treatments in 03-06/2026 were paid or denied.
'''

ANSWERS = [
    ("plan type", "governmental", "case.yaml"),
    ("notice date", "NOTICE OF DENIAL  Date: 11/17/2026", "denial/notice-of-denial-2026-11-17.txt"),
    ("deadline", "2027-05-16", "case.yaml"),
    ("period applied", "12 ECT treatments per calendar year", "denial/notice-of-denial-2026-11-17.txt"),
    ("plan's limit", "12 treatments per Plan Year", "other/spd-2025-section-1-and-5.txt"),
    ("plan year start", "Plan Year means the 12 months beginning July 1", "other/spd-2025-section-1-and-5.txt"),
    ("dates denied", "Treatments on 07/14, 08/11, 09/08, 10/06 and 11/03/2026", "denial/notice-of-denial-2026-11-17.txt"),
    ("count this plan year", "07/14, 08/11, 09/08, 10/06, 11/03/2026 (5 treatments)", "clinical/ect-maintenance-summary-2026-11-03.txt"),
    ("acute course dates", "12 treatments 01/12/2026-02/20/2026", "clinical/ect-maintenance-summary-2026-11-03.txt"),
    ("stale terms end", "these terms governed through 06/30/2025", "other/spd-2024-section-5-stale.txt"),
    ("claims", "WPS-26-0902-47113 (07/14, 08/11/2026)", "denial/notice-of-denial-2026-11-17.txt"),
    ("relapse history", "relapsed within 3 months and was hospitalized (06/2019, 09/2023)", "clinical/ect-maintenance-summary-2026-11-03.txt"),
    ("drug continued", "nortriptyline 100 mg daily since 09/2025 (level 92 ng/mL), partial response, continued", "clinical/ect-maintenance-summary-2026-11-03.txt"),
    ("intolerance", "stopped after 7 weeks for 9 kg weight gain", "clinical/ect-maintenance-summary-2026-11-03.txt"),
    ("author", "names his son, Tobias Nwachukwu-Berg", "other/authorized-representative-form-2026-11-20.txt"),
    ("treatments left", "5 of 12 (7 left)", "truth"),
]
