SLUG = "03-church-plan-residential-revised-policy-applied-to-earlier-stay-second-level-facility-ur"

CASE_YAML = r'''
# FICTIONAL CASE (set 54, case 03) - every person, plan, administrator, provider, number and address is invented.
# A self-funded church plan (not ERISA, 900 employees, Tennessee) denied residential days 08/10-08/28/2026 on a
# retrospective review under LOC-RES-4 as revised 09/01/2026 (a new PHP-first criterion). The plan document applies
# medical policies as they read on the date of service. The residential program's utilization review director
# appeals the facility's own claim at the second level.
patient:
  name: Everett Quinlan-Mbeki
  salutation: Mr. Quinlan-Mbeki
  date_of_birth: 1981-11-23
  member_id: FICT-CMB-77304129
  address: |-
    305 Dogwood Hollow Road
    Cookeville, TN 38501
insurer:
  name: Cumberland Ministries Benefit Plan, administered by Highgate Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Highgate Benefit Administrators - Second Level Appeals (FICTIONAL)
    PO Box 11872
    Nashville, TN 37202
  fax: (615) 555-0172
claim:
  number: HBA-26-0914-61730
  plan_type: church
  funding: self_funded
  employees: 900
  stage: second level
  notice_date: 2026-09-25
  service_dates: [2026-08-10, 2026-08-28]
  setting: residential
  revenue_codes: ["1001"]
  diagnosis_codes: [F33.2, F10.20]
  carc_codes: [CO-50]
  denial_reason: >-
    Continued residential treatment from 08/10/2026 is not medically necessary under Level of Care Guideline
    LOC-RES-4, criterion 3: the member has not completed or failed partial hospitalization in the past 6 months.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
decisions:
  - date: 2026-10-30
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2026-12-29
    reason: >-
      The denial is upheld. LOC-RES-4 (revised 09/01/2026) applies to all reviews completed after 09/01/2026. The
      member has not completed or failed partial hospitalization. The member left the program against medical advice
      on 08/28/2026.
    corrections:
      - said: The member left the program against medical advice on 08/28/2026.
        record: >-
          The discharge summary records a planned discharge on 08/28/2026, with the treatment team's agreement, to
          the program's own intensive outpatient track beginning 09/01/2026.
        file: clinical/residential-discharge-summary-2026-08-28.txt
        page: 1
plan_policy:
  name: Highgate Level of Care Guideline LOC-RES-4, Residential Treatment (revised 09/01/2026)
  number: LOC-RES-4
  quote: >-
    LOC-RES-4 (revised 09/01/2026). Residential treatment is medically necessary when: 1. a DSM diagnosis; 2. the
    member cannot be safely treated in a less intensive setting because of severity, risk or relapse; 3. the member
    has completed or failed partial hospitalization in the past 6 months; 4. there is a treatment plan with
    measurable goals and discharge planning.
  file: other/loc-res-4-revised-2026-09-01.txt
  in_force:
    name: the 2025 version of LOC-RES-4 (effective 01/01/2025)
    from: 2025-01-01
    through: 2026-08-31
    applied_from: 2026-09-01
    rule: Cumberland Ministries Benefit Plan Document, Section 6.5
    quote: >-
      Medical policies and level of care guidelines are applied as they read on the date the service was provided.
    file: other/plan-document-2026-section-6.txt
    page: 1
payer_criteria:
  - criterion: "1. A DSM diagnosis (2025 version, criterion 1)."
    how_met: "Major depressive disorder, recurrent, severe (F33.2) and alcohol use disorder, moderate (F10.20)."
    met: true
    evidence: {file: clinical/residential-admission-assessment-2026-08-03.txt, page: 1}
  - criterion: "2. The member cannot be safely treated in a less intensive setting because of severity, risk or relapse (2025 version, criterion 2)."
    how_met: "Relapse to daily drinking 3 weeks after an IOP in 06/2026; PHQ-9 22; passive suicidal ideation on 08/10/2026."
    met: true
    evidence: {file: clinical/residential-weekly-review-2026-08-10.txt, page: 1}
  - criterion: "3. There is a treatment plan with measurable goals and discharge planning (2025 version, criterion 3)."
    how_met: "Plan with PHQ-9 and abstinence goals; discharge to the program's IOP track planned from 08/17/2026."
    met: true
    evidence: {file: clinical/residential-weekly-review-2026-08-10.txt, page: 1}
treatment:
  name: Residential treatment for co-occurring major depression and alcohol use disorder, 08/10/2026-08/28/2026
  summary: >-
    Continued residential days after a relapse that followed an intensive outpatient program; the stay ended with a
    planned step down to intensive outpatient care.
clinical:
  severity: PHQ-9 22 on 08/10/2026; PHQ-9 11 on 08/28/2026
  severity_date: 2026-08-28
  suicidality: passive
  suicidality_date: 2026-08-10
  response: PHQ-9 22 (08/10/2026) to 11 (08/28/2026); abstinent throughout the stay
  response_level: partial
  history:
    - drug: Naltrexone
      dose: 50 mg daily
      start: 2026-08
      ongoing: true
      kind: other
      outcome: For alcohol use disorder; continued after discharge
      evidence: {file: clinical/residential-discharge-summary-2026-08-28.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-10
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/residential-admission-assessment-2026-08-03.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2026-08
      ongoing: true
      kind: other
      outcome: Sleep aid only; not a treatment trial
      evidence: {file: clinical/residential-discharge-summary-2026-08-28.txt, page: 1}
    - drug: Intensive outpatient program (Upper Cumberland Recovery IOP)
      dose: 3 hours a day, 4 days a week
      start: 2026-05-04
      end: 2026-06-26
      kind: psychotherapy
      sessions: 32
      adequate: true
      response: lost
      outcome: Completed 06/26/2026; relapsed to daily drinking by mid-July 2026
      evidence: {file: clinical/residential-admission-assessment-2026-08-03.txt, page: 1}
author:
  name: Renee Albrecht-Soto, RN
  role: Director of Utilization Review, Caney Fork Recovery Center (the treating facility)
  relation: provider
  address: |-
    Caney Fork Recovery Center (FICTIONAL), 4100 Ridgetop Drive
    Cookeville, TN 38506
  phone: (931) 555-0126
  email: ur@caneyfork-recovery.example
provider:
  name: Caney Fork Recovery Center
  credentials: licensed residential mental health and substance use treatment facility
  npi: "1329576049"
  address: |-
    4100 Ridgetop Drive
    Cookeville, TN 38506
  phone: (931) 555-0126
prior_auth:
  approved:
    number: authorization HBA-PA-26-0803-2207
    date: 2026-08-03
    covers: residential treatment, 08/03/2026 through 08/09/2026 (initial 7 days)
    quote: "Authorized: residential treatment, 7 days, 08/03/2026-08/09/2026. Continued stay subject to review."
    file: other/initial-authorization-2026-08-03.txt
record_dates:
  - file: clinical/residential-admission-assessment-2026-08-03.txt
    date: 2026-08-03
  - file: clinical/residential-weekly-review-2026-08-10.txt
    date: 2026-08-10
  - file: clinical/residential-discharge-summary-2026-08-28.txt
    date: 2026-08-28
bates_prefix: QUINLANMBEKI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/retrospective-review-denial-2026-09-25.txt": """
HIGHGATE BENEFIT ADMINISTRATORS (FICTIONAL) for CUMBERLAND MINISTRIES BENEFIT PLAN - NOTICE OF DENIAL   Date: 09/25/2026
Member: Everett Quinlan-Mbeki   ID FICT-CMB-77304129   Facility: Caney Fork Recovery Center, NPI 1329576049
Claim HBA-26-0914-61730: residential treatment 08/10/2026-08/28/2026 (revenue code 1001). CARC 50.
Continued residential treatment from 08/10/2026 is not medically necessary under Level of Care Guideline LOC-RES-4,
criterion 3: the member has not completed or failed partial hospitalization in the past 6 months.
Days 08/03-08/09/2026 were authorized and are not part of this decision.
You may appeal within 180 days. Address: Appeals, PO Box 11872, Nashville, TN 37202.
""",
"denial/first-level-decision-2026-10-30.txt": """
HIGHGATE BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST LEVEL APPEAL DECISION                  Date: 10/30/2026
Member: Everett Quinlan-Mbeki   Claim HBA-26-0914-61730   Appellant: Caney Fork Recovery Center
The denial is upheld. LOC-RES-4 (revised 09/01/2026) applies to all reviews completed after 09/01/2026. The member
has not completed or failed partial hospitalization. The member left the program against medical advice on
08/28/2026.
You may request a second level appeal within 60 days of this decision (by 12/29/2026). Fax (615) 555-0172 or write
to Second Level Appeals, PO Box 11872, Nashville, TN 37202. After the second level you may ask for external review.
""",
"clinical/residential-admission-assessment-2026-08-03.txt": """
CANEY FORK RECOVERY CENTER (FICTIONAL) - ADMISSION ASSESSMENT                                  Date: 08/03/2026
Patient: Everett Quinlan-Mbeki   DOB 11/23/1981   Page 1 of 1
Diagnoses: major depressive disorder, recurrent, severe (F33.2); alcohol use disorder, moderate (F10.20).
History: completed Upper Cumberland Recovery IOP 05/04-06/26/2026 (32 sessions); relapsed to daily drinking by
mid-July 2026. Sertraline 150 mg daily since 10/2025, partial response, continued. No partial hospitalization before.
""",
"clinical/residential-weekly-review-2026-08-10.txt": """
CANEY FORK RECOVERY CENTER (FICTIONAL) - WEEKLY TREATMENT REVIEW                               Date: 08/10/2026
Patient: Everett Quinlan-Mbeki   Page 1 of 1
PHQ-9 22. Passive suicidal ideation on 08/10/2026, no plan. Cravings daily; two attempts to leave to drink
in week 1, redirected. Goals: PHQ-9 under 12, 21 days abstinent, relapse-prevention plan. Discharge planning begun
for the program's IOP track, target from 08/17/2026, reviewed weekly.
""",
"clinical/residential-discharge-summary-2026-08-28.txt": """
CANEY FORK RECOVERY CENTER (FICTIONAL) - DISCHARGE SUMMARY                                     Date: 08/28/2026
Patient: Everett Quinlan-Mbeki   Page 1 of 1
Admitted 08/03/2026; discharged 08/28/2026. Type of discharge: planned, with the treatment team's agreement.
Discharged to: Caney Fork IOP track, beginning 09/01/2026. PHQ-9 11 at discharge; abstinent throughout the stay.
Medications at discharge: sertraline 150 mg daily; naltrexone 50 mg daily (started 08/2026); trazodone 50 mg at
bedtime for sleep.
""",
"other/loc-res-4-revised-2026-09-01.txt": """
HIGHGATE LEVEL OF CARE GUIDELINE LOC-RES-4, RESIDENTIAL TREATMENT (FICTIONAL) - revised 09/01/2026
LOC-RES-4 (revised 09/01/2026). Residential treatment is medically necessary when: 1. a DSM diagnosis; 2. the
member cannot be safely treated in a less intensive setting because of severity, risk or relapse; 3. the member has
completed or failed partial hospitalization in the past 6 months; 4. there is a treatment plan with measurable goals
and discharge planning.
Revision history: 09/01/2026 - criterion 3 added. 01/01/2025 - version in force 01/01/2025-08/31/2026.
""",
"other/loc-res-4-2025-version.txt": """
HIGHGATE LEVEL OF CARE GUIDELINE LOC-RES-4, RESIDENTIAL TREATMENT (FICTIONAL) - effective 01/01/2025
Residential treatment is medically necessary when: 1. a DSM diagnosis; 2. the member cannot be safely treated in a
less intensive setting because of severity, risk or relapse; 3. there is a treatment plan with measurable goals and
discharge planning. (In force 01/01/2025 through 08/31/2026.)
""",
"other/plan-document-2026-section-6.txt": """
CUMBERLAND MINISTRIES BENEFIT PLAN (FICTIONAL) - PLAN DOCUMENT 2026 (a church plan; not subject to ERISA)  Page 1 of 1
Section 6.5 Medical policies and level of care guidelines are applied as they read on the date the service was
provided.
""",
"other/initial-authorization-2026-08-03.txt": """
HIGHGATE BENEFIT ADMINISTRATORS (FICTIONAL) - AUTHORIZATION                                   Date: 08/03/2026
Number HBA-PA-26-0803-2207. Authorized: residential treatment, 7 days, 08/03/2026-08/09/2026. Continued stay
subject to review. Member: Everett Quinlan-Mbeki. Facility: Caney Fork Recovery Center.
""",
"other/group-attendance-2026-08-14.txt": """
CANEY FORK RECOVERY CENTER (FICTIONAL) - GROUP ATTENDANCE SHEET 08/14/2026
Relapse prevention group: E.Q.-M. present; D. Hollins present, left early against advice; K. Reyes present.
[Other names are other residents; not part of this claim.]
""",
}

TRUTH = r'''
# 03 - Church plan: residential days denied under a guideline revised after the stay; second level by the facility's UR director (FICTIONAL)

All people, plans, administrators, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Everett Quinlan-Mbeki, 44, a member of the **Cumberland Ministries Benefit Plan** (self-funded **church plan**, not
  ERISA, 900 employees, TN), was in residential treatment at Caney Fork Recovery Center **08/03-08/28/2026** for
  major depression (F33.2) and alcohol use disorder (F10.20). Days 08/03-08/09 were authorized; **08/10-08/28/2026**
  were denied on retrospective review (09/25/2026, CO-50) under **LOC-RES-4 criterion 3** ("completed or failed
  partial hospitalization in the past 6 months").
- That criterion was **added on 09/01/2026**. The **2025 version** (in force 01/01/2025-08/31/2026) has three criteria
  and no PHP requirement. **Plan Document Section 6.5**: guidelines "are applied as they read on the date the service
  was provided". Every day denied is before 09/01/2026. The first-level decision (10/30/2026) said the revision
  "applies to all reviews completed after 09/01/2026", which Section 6.5 contradicts.
- Under the 2025 version all three criteria are met (diagnosis; relapse after a 32-session IOP, PHQ-9 22, passive SI
  on 08/10/2026; plan with goals and discharge planning).
- The first-level decision also said he "left ... against medical advice": the discharge summary records a
  **planned discharge** to the program's IOP track from 09/01/2026.
- **Rule and stage:** church plan: claims and appeals under 26 CFR 54.9815-2719 (applying the ERISA claims rule's
  standards); parity 26 CFR 54.9812-1 (more than 50 employees). **Second level**, answering the **10/30/2026**
  decision, **by 12/29/2026** (the decision's 60 days). External review follows (a medical-judgment denial).
- **Author:** the facility's Director of Utilization Review, for the facility, a party to its own claim; she writes
  about "Mr. Quinlan-Mbeki"; no member authorization is needed.

## Deliberately unknown
- Whether the administrator loaded the 2025 version for any other claim: not known.
- The billed and allowed amounts for 08/10-08/28: not in the case.
- Whether PHP was available near Cookeville in August 2026: not in the case; a letter must not claim it was not.

## Traps
- **Policy version:** the revised criterion 3 is quoted by the denial; it is not the version in force on the dates.
  A letter must not say criterion 3 is met (he had no PHP) nor concede it governs.
- **Decision's wrong statement:** "against medical advice" - planned discharge. The attendance sheet names another
  resident (D. Hollins) who left early against advice: not the patient.
- **Drugs:** sertraline continues with a partial response (never "failed"); **trazodone 50 mg** is for sleep;
  **naltrexone** is for alcohol use disorder, not an antidepressant trial. The IOP of 05-06/2026 was completed
  (response then lost by relapse), not "failed to attend".
- **Suicidality:** passive, 08/10/2026, no plan: history at the time of the stay, never "active".
- **Wrong law:** no ERISA as governing law, no EBSA or Labor Department, no 29 CFR 2590.715-2719; the plan is
  self-funded, so no state insurance department external review route by default.
- **Stage:** second level; quote the 10/30 decision, not only the 09/25 notice. Days 08/03-08/09 were authorized and
  are not appealed.

## Arguments a strong letter makes (strongest first)
1. Section 6.5 applies guidelines as they read on the date of service; every day denied (08/10-08/28/2026) falls in
   the 2025 version (through 08/31/2026), before the 09/01/2026 revision. Decide the claim under the 2025 version.
2. Under that version all three criteria are met, with the records by exhibit.
3. Correct the 10/30 decision: the discharge was planned, to the program's IOP from 09/01/2026.
4. Fallback: severity and relapse after IOP; a reviewer in addiction psychiatry.

## What a letter must NOT say
- "criterion 3 is met"; "completed partial hospitalization"; "the revised guideline governs".
- "left against medical advice"; "D. Hollins"; "active suicidal ideation".
- "failed sertraline"; trazodone or naltrexone as an antidepressant trial.
- "ERISA" as the governing law, "EBSA", "Department of Labor", "29 CFR 2590.715-2719".
- "on behalf of the patient" as the patient's representative (the facility appeals its own claim); days 08/03-08/09
  as denied.
'''

ANSWERS = [
    ("plan type", "church", "case.yaml"),
    ("stage", "second level", "case.yaml"),
    ("days denied", "residential treatment 08/10/2026-08/28/2026", "denial/retrospective-review-denial-2026-09-25.txt"),
    ("criterion applied", "criterion 3: the member has not completed or failed partial hospitalization", "denial/retrospective-review-denial-2026-09-25.txt"),
    ("decision appealed", "Date: 10/30/2026", "denial/first-level-decision-2026-10-30.txt"),
    ("deadline", "within 60 days of this decision (by 12/29/2026)", "denial/first-level-decision-2026-10-30.txt"),
    ("revision date", "09/01/2026 - criterion 3 added", "other/loc-res-4-revised-2026-09-01.txt"),
    ("version in force", "In force 01/01/2025 through 08/31/2026", "other/loc-res-4-2025-version.txt"),
    ("plan rule", "applied as they read on the date the service was provided", "other/plan-document-2026-section-6.txt"),
    ("decision's wrong statement", "left the program against medical advice", "denial/first-level-decision-2026-10-30.txt"),
    ("discharge type", "planned, with the treatment team's agreement", "clinical/residential-discharge-summary-2026-08-28.txt"),
    ("IOP before", "completed Upper Cumberland Recovery IOP 05/04-06/26/2026 (32 sessions)", "clinical/residential-admission-assessment-2026-08-03.txt"),
    ("severity", "PHQ-9 22", "clinical/residential-weekly-review-2026-08-10.txt"),
    ("authorized days not appealed", "7 days, 08/03/2026-08/09/2026", "other/initial-authorization-2026-08-03.txt"),
    ("employees", "employees: 900", "case.yaml"),
    ("sleep dose", "trazodone 50 mg at bedtime for sleep", "clinical/residential-discharge-summary-2026-08-28.txt"),
]
