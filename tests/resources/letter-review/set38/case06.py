# FICTIONAL case data, letters set 38, case 06. Every person, plan, provider, number and address is invented.
SLUG = "06-county-plan-self-funded-residential-eating-disorder-custodial-exclusion-external-review-refused-father"

CASE_YAML = r"""
# FICTIONAL CASE (set 38, case 06) - every person, plan, provider, number and address is invented.
# County employees' plan, self-funded, 620 employees. Aurelia Westbrook-Nakamura, 19, a dependent, was in residential
# eating-disorder treatment 08/17-10/09/2026. The plan paid through 08/30 and denied 08/31-10/09 as "custodial care"
# (Plan Document 8.1(d)); its final internal decision of 10/07/2026 says the denial rests on an exclusion and is
# not eligible for external review. The Plan Document defines custodial care as care people without clinical training
# can give safely, and its own Section 11.5 gives external review for denials about the health care setting or level
# of care. Her father, the employee, asks for external review as her authorized representative.
patient:
  name: Aurelia Westbrook-Nakamura
  salutation: Ms. Westbrook-Nakamura
  date_of_birth: 2007-04-03
  member_id: FICT-MVC-51142087-02
  address: |-
    1180 Pinon Ridge Road
    Las Cruces, NM 88011
  phone: (575) 555-0131
insurer:
  name: Mesilla Valley County Employee Health Plan, administered by Roadrunner Benefit Services (FICTIONAL)
  appeals_address: |-
    Roadrunner Benefit Services - Appeals (FICTIONAL)
    PO Box 4410
    Albuquerque, NM 87196
  fax: (505) 555-0152
claim:
  number: RBS-26-0901-118264
  plan_type: governmental
  funding: self_funded
  employees: 620
  notice_date: 2026-09-01
  service_dates: [2026-08-31, 2026-10-09]
  setting: residential
  revenue_codes: ['1001']
  diagnosis_codes: [F50.022]
  carc_codes: [CO-96]
  denial_reason: >-
    Residential care from 08/31/2026 is custodial. The member is medically stable and needs supervision of meals
    only. Custodial care is not covered (Plan Document Section 8.1(d)). (CARC 96)
  denial_category: not_covered
  denial_reasons: [not_covered, level_of_care]
  action: none
decisions:
  - date: 2026-10-07
    outcome: denied
    stage: first level (final internal)
    opens: external review
    next_deadline: 2027-02-07
    reason: >-
      Care after 08/30/2026 is custodial: the member is medically stable, eats meals with supervision only, and does
      not need skilled care. Custodial care is excluded (Plan Document Section 8.1(d)). This decision is based on a
      plan exclusion and is not eligible for external review.
    corrections:
      - said: the member is medically stable, eats meals with supervision only, and does not need skilled care.
        record: >-
          The residential treatment summary records a heart rate of 48 and BMI 16.2 on 08/31/2026, potassium 3.1 on
          09/03/2026 corrected with supplements under a physician's orders, purging on 09/02 and 09/15/2026, meals and
          snacks supervised by dietetic staff, individual therapy three times a week, daily groups, weekly family
          therapy and psychiatrist visits, and physician visits twice a week.
        file: clinical/residential-treatment-summary-2026-10-09.txt
        page: 1
      - said: This decision is based on a plan exclusion and is not eligible for external review.
        record: >-
          Plan Document Section 11.5 gives external review for a final denial that involves medical judgment,
          including the appropriateness, health care setting or level of care of a covered benefit; whether care can
          be given safely by people without clinical training is such a judgment.
        file: other/plan-document-2026-excerpt.txt
        page: 2
external_review:
  agency: Federal external review process for non-federal governmental plans, request intake (FICTIONAL address)
  address: |-
    External Review Intake (FICTIONAL)
    PO Box 80127
    Kansas City, MO 64180
  final_denial_date: 2026-10-07
plan_policy:
  name: Mesilla Valley County Employee Health Plan Document (2026), Section 8.1(d) (custodial care)
  number: Section 8.1(d)
  quote: >-
    The Plan does not cover: (d) custodial care. Custodial care is care that mainly helps with the activities of
    daily living, such as bathing, dressing and eating, and that can be given safely by people without professional
    medical or clinical training.
  file: other/plan-document-2026-excerpt.txt
  other_terms: >-
    Section 11.5 (External review): You may ask for external review of a final internal denial that involves medical
    judgment, including a determination about the medical necessity, appropriateness, health care setting, level of
    care or effectiveness of a covered benefit. Requests must be made within four months after you receive the final
    internal denial.
  other_terms_file: other/plan-document-2026-excerpt.txt
  other_terms_apply: >-
    The final decision rests on a judgment that Ms. Westbrook-Nakamura was medically stable and needed no skilled
    care from 08/31/2026, that is, on the appropriate setting and level of care for her, so Section 11.5 gives her
    external review, asked within four months of the 10/07/2026 decision.
  exclusion:
    name: Plan Document Section 8.1(d) (custodial care)
    reaches: false
    why: >-
      The care was not custodial as the Plan Document defines it: meals were supervised by dietetic staff as
      treatment, her heart rate, weight and potassium were monitored and treated under physician orders, purging was
      observed and treated, and she had therapy every day; none of it could be given safely by people without
      medical or clinical training.
    file: clinical/residential-treatment-summary-2026-10-09.txt
treatment:
  name: Residential eating-disorder treatment, 08/31/2026-10/09/2026
  summary: >-
    Residential treatment for severe anorexia nervosa with purging, with medical monitoring, supervised nutrition and
    daily therapy, until she could step down to a partial hospitalization program on 10/12/2026.
  plan: >-
    Three supervised meals and two snacks a day; vital signs daily and labs weekly; physician twice a week,
    psychiatrist weekly; individual therapy three times a week, daily groups, weekly family therapy; step down to
    PHP when BMI reaches 17.5 or higher with no purging for 14 days.
clinical:
  severity: >-
    BMI 15.6 and heart rate 42 on 08/17/2026 (admission); BMI 16.2 and heart rate 48 on 08/31/2026; potassium 3.1 on
    09/03/2026; purging 09/02 and 09/15/2026; BMI 17.4 on 10/09/2026
  severity_date: 2026-10-09
  suicidality: none
  suicidality_date: 2026-10-09
  response: BMI 15.6 (08/17/2026) to 17.4 (10/09/2026); no purging after 09/15/2026
  response_level: partial
  history:
    - drug: Family-based treatment (outpatient, 2023)
      dose: 20 sessions
      start: 2023-02
      end: 2023-09
      kind: psychotherapy
      sessions: 20
      adequate: true
      failed: false
      response: remission
      outcome: Remission in an earlier episode (age 15-16); not a failure
      evidence: {file: clinical/residential-admission-assessment-2026-08-17.txt, page: 1}
    - drug: Fluoxetine
      dose: 60 mg daily
      start: 2025-10
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response (anxiety, purging urges); continued
      evidence: {file: clinical/residential-admission-assessment-2026-08-17.txt, page: 1}
    - drug: Partial hospitalization program (eating disorders)
      dose: 5 days a week
      start: 2026-06-08
      end: 2026-07-31
      kind: other
      adequate: true
      failed: true
      response: none
      outcome: Weight fell (BMI 17.0 to 15.8) and purging increased; referred to residential care
      evidence: {file: clinical/residential-admission-assessment-2026-08-17.txt, page: 1}
    - drug: Olanzapine
      dose: 2.5 mg daily
      start: 2026-08
      ongoing: true
      kind: other
      outcome: Low dose for anxiety and rigid thinking about food; continued; not an antidepressant trial
      evidence: {file: clinical/residential-admission-assessment-2026-08-17.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime for sleep
      start: 2026-08
      ongoing: true
      kind: other
      outcome: Sleep only; not a trial
      evidence: {file: clinical/residential-admission-assessment-2026-08-17.txt, page: 1}
impact:
  daily_life: Withdrew from her fall 2026 university semester
author:
  name: Desmond Westbrook
  role: Father, the plan's employee member (authorized representative of his adult daughter)
  relation: representative
  address: |-
    1180 Pinon Ridge Road
    Las Cruces, NM 88011
  phone: (575) 555-0131
  email: dwestbrook@homemail.example
  authorization: other/authorized-representative-form-2026-09-05.txt
employer:
  name: Mesilla Valley County, Human Resources - Benefits (FICTIONAL)
  address: |-
    845 Courthouse Plaza
    Las Cruces, NM 88005
provider:
  name: Sandia Vista Eating Disorder Residential Center
  credentials: Licensed residential treatment program for eating disorders
  npi: "1817364023"
  address: |-
    7300 Tramway Boulevard NE
    Albuquerque, NM 87122
  phone: (505) 555-0186
record_dates:
  - file: clinical/residential-admission-assessment-2026-08-17.txt
    date: 2026-08-17
  - file: clinical/residential-treatment-summary-2026-10-09.txt
    date: 2026-10-09
  - file: clinical/dietitian-note-2025-stale.txt
    date: 2025-05-14
template: external-review-request
copies: [employer]
bates_prefix: WESTBROOKNAKAMURA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/concurrent-review-denial-2026-09-01.txt": """
ROADRUNNER BENEFIT SERVICES (FICTIONAL) for MESILLA VALLEY COUNTY EMPLOYEE HEALTH PLAN
NOTICE OF ADVERSE BENEFIT DETERMINATION                                        Date of notice: 09/01/2026
Member: Aurelia Westbrook-Nakamura (dependent)   ID FICT-MVC-51142087-02   Reference RBS-26-0901-118264
Facility: Sandia Vista Eating Disorder Residential Center   Covered: 08/17/2026-08/30/2026
From 08/31/2026 (CARC 96): Residential care from 08/31/2026 is custodial. The member is medically stable and needs
supervision of meals only. Custodial care is not covered (Plan Document Section 8.1(d)).
You may appeal within 180 days of receiving this notice.
""",
    "denial/final-internal-decision-2026-10-07.txt": """
ROADRUNNER BENEFIT SERVICES (FICTIONAL) - FINAL INTERNAL APPEAL DECISION                 Date: 10/07/2026
Member: Aurelia Westbrook-Nakamura   Reference RBS-26-0901-118264   Dates 08/31/2026-10/09/2026
Care after 08/30/2026 is custodial: the member is medically stable, eats meals with supervision only, and does not
need skilled care. Custodial care is excluded (Plan Document Section 8.1(d)). This decision is based on a plan
exclusion and is not eligible for external review.
This is the Plan's final internal decision.
""",
    "other/plan-document-2026-excerpt.txt": """
MESILLA VALLEY COUNTY EMPLOYEE HEALTH PLAN (FICTIONAL) - PLAN DOCUMENT 2026 (excerpt)    Page 1 of 2
Section 8.1 Exclusions. The Plan does not cover: (d) custodial care. Custodial care is care that mainly helps with the
activities of daily living, such as bathing, dressing and eating, and that can be given safely by people without
professional medical or clinical training.

Page 2 of 2
Section 11.5 External review. You may ask for external review of a final internal denial that involves medical
judgment, including a determination about the medical necessity, appropriateness, health care setting, level of
care or effectiveness of a covered benefit. Requests must be made within four months after you receive the final
internal denial.
""",
    "other/authorized-representative-form-2026-09-05.txt": """
MESILLA VALLEY COUNTY EMPLOYEE HEALTH PLAN (FICTIONAL) - AUTHORIZED REPRESENTATIVE FORM    Signed: 09/05/2026
I, Aurelia Westbrook-Nakamura (age 19), name my father, Desmond Westbrook, to act for me in appeals and external
review of reference RBS-26-0901-118264. Signed: Aurelia Westbrook-Nakamura.
""",
    "clinical/residential-admission-assessment-2026-08-17.txt": """
SANDIA VISTA EATING DISORDER RESIDENTIAL CENTER (FICTIONAL) - ADMISSION ASSESSMENT        Date: 08/17/2026
Patient: Aurelia Westbrook-Nakamura   DOB 04/03/2007   Page 1 of 1
Anorexia nervosa, binge-eating/purging type, severe (F50.022). BMI 15.6; heart rate 42 lying.
History: family-based treatment 02-09/2023, remission (earlier episode). Fluoxetine 60 mg since 10/2025, partial,
continue. Eating-disorder PHP 06/08-07/31/2026: BMI 17.0 -> 15.8, purging increased; referred here. Start
olanzapine 2.5 mg daily (anxiety, rigid thinking about food). Melatonin 3 mg at bedtime.
No suicidal ideation.
""",
    "clinical/residential-treatment-summary-2026-10-09.txt": """
SANDIA VISTA EATING DISORDER RESIDENTIAL CENTER (FICTIONAL) - TREATMENT SUMMARY            Date: 10/09/2026
Patient: Aurelia Westbrook-Nakamura   Page 1 of 1
08/31/2026: BMI 16.2, heart rate 48. 09/02/2026 purging observed. 09/03/2026 potassium 3.1, oral potassium under
physician orders, rechecked 09/05 (3.6). 09/15/2026 purging observed; bathroom supervision after meals resumed.
Throughout: three meals and two snacks a day supervised by dietetic staff, with meal support therapy; vital signs
daily, labs weekly; physician twice a week; psychiatrist weekly; individual therapy three times a week; daily groups;
family therapy weekly. 10/09/2026: BMI 17.4, no purging since 09/15. Step down to PHP on 10/12/2026.
""",
    "clinical/dietitian-note-2025-stale.txt": """
LAS CRUCES NUTRITION CLINIC (FICTIONAL) - DIETITIAN NOTE                                 Date: 05/14/2025
Patient: Aurelia Westbrook-Nakamura   Weight stable; BMI 19.1. Follow up in six months.
""",
    "clinical/meal-log-2026-09-10.txt": """
SANDIA VISTA (FICTIONAL) - MEAL SUPPORT LOG                                               Date: 09/10/2026
Table 2: A.W.-N. breakfast 100%, lunch 75% (supplement given), dinner 100%.
Table 2: R.P. breakfast 50% (supplement given), lunch 100%, dinner refused - see R.P.'s chart.
""",
}

TRUTH = r"""
# 06 - County employees' plan (self-funded): residential eating-disorder care denied as "custodial"; the plan says no external review; external review asked by her father (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Aurelia Westbrook-Nakamura, **19** (DOB 04/03/2007), a dependent on a **self-funded county employees' plan** (620
  employees; not ERISA), was in residential eating-disorder treatment **08/17-10/09/2026**; the plan paid through
  08/30 and denied **08/31-10/09/2026** as "custodial" (Plan Document **8.1(d)**; notice 09/01/2026, CO-96). The
  **final internal decision of 10/07/2026** upheld and said the denial "is not eligible for external review".
- The Plan Document defines custodial care as help with daily activities "that can be given safely by people without
  professional medical or clinical training". The record shows skilled care throughout: heart rate 48 and BMI 16.2
  on 08/31; potassium 3.1 on 09/03 treated under physician orders; purging 09/02 and 09/15; dietetic meal support;
  physician twice a week; therapy daily. BMI 17.4 at discharge; PHP from 10/12/2026.
- The plan's own **Section 11.5** gives external review of a final denial involving medical judgment about the
  "health care setting, level of care" of a covered benefit, within **four months** of the final internal denial:
  **by 02/07/2027** (counted from 10/07/2026).
- **Rule:** a non-federal governmental plan is under the Public Health Service Act's rules through **45 CFR 147.136**
  (internal claims (b)(2), external review (c)-(d)); parity **45 CFR 146.136** unless the plan opted out (not
  stated). ERISA does not govern it.
- **Author:** her father, the employee, as her authorized representative (she is an adult; form signed 09/05/2026),
  writing about "Ms. Westbrook-Nakamura".

## Deliberately unknown
- Whether the plan opted out of the parity rules before that option ended, and whether it is grandfathered: not
  stated; a letter must not say either.
- Which body conducts the external review (a state process or the federal one): the plan named none, having refused;
  the address used is the (fictional) intake in case.yaml. A letter may ask the plan to name the reviewer.
- The billed amount for the 40 days: not in the case.

## Traps
- **Plan document, not only medicine.** The exclusion's own definition does not reach the care; and the plan's own
  Section 11.5 makes the denial reviewable. The letter must not concede that the exclusion names this care.
- **A decision's wrong statements:** "medically stable", "supervision only", "no skilled care"; "not eligible for
  external review".
- **Level of care:** residential, not inpatient or hospital; no "inpatient stay".
- **Stale document:** the 05/2025 dietitian note ("weight stable; BMI 19.1") is from before this episode.
- **Other person:** the meal log's second line is another resident (R.P.).
- **Drugs:** fluoxetine 60 mg continues (partial; never "failed"/"stopped"); olanzapine 2.5 mg is a low-dose adjunct
  for anxiety, not an antipsychotic trial; melatonin is sleep only; **family-based treatment 2023 was a remission in
  an earlier episode**; the 2026 PHP was tried and she worsened.
- **No suicidal ideation** anywhere in the record.
- **Wrong law:** no ERISA, no 29 CFR 2560.503-1 as the governing rule, no Department of Labor or EBSA; no "29 CFR
  2590.715-2719" as the governing external-review rule (that is the Labor Department's copy for ERISA plans); no state
  insurance department as the regulator of this self-funded plan.
- **Voice:** the father writes about his adult daughter; never "I" as the patient; never as the parent of a minor.

## Arguments a strong letter makes (strongest first)
1. The denial is reviewable: the plan's own Section 11.5 (and 45 CFR 147.136) gives external review of a denial about
   the setting or level of care, and "custodial" here is exactly that judgment; the request is made within four
   months.
2. The exclusion does not reach the care: by the Plan Document's own definition, custodial care is care untrained
   people can give safely; her care needed physicians, dietitians and therapists daily (record, with exhibit).
3. The final decision's stated facts are wrong (heart rate 48, potassium 3.1, purging twice, daily treatment); the
   PHP had already been tried (06-07/2026) and she worsened; she stepped down as soon as she met the plan's
   criteria. Ask that the denial be reversed for 08/31-10/09/2026.

## What a letter must NOT say
- "ERISA", "29 CFR 2560.503-1" as the plan's governing law, "Department of Labor", "EBSA", "29 CFR 2590.715-2719",
  "state insurance department".
- "the plan opted out of parity" or "the plan is subject to parity" as a settled fact.
- "inpatient", "hospital stay"; "custodial" as a concession.
- "weight stable", "BMI 19.1"; "R.P.".
- "failed fluoxetine", "stopped fluoxetine"; olanzapine or melatonin as a trial; "failed family-based treatment";
  "suicidal".
- "I" as the patient; "my daughter, a minor".
"""

ANSWERS = [
    ("denial/concurrent-review-denial-2026-09-01.txt", "Covered: 08/17/2026-08/30/2026"),
    ("denial/final-internal-decision-2026-10-07.txt", "not eligible for external review"),
    ("denial/final-internal-decision-2026-10-07.txt", "the member is medically stable, eats meals with supervision only"),
    ("other/plan-document-2026-excerpt.txt", "can be given safely by people without\nprofessional medical or clinical training"),
    ("other/plan-document-2026-excerpt.txt", "health care setting, level of\ncare or effectiveness"),
    ("other/plan-document-2026-excerpt.txt", "within four months after you receive the final\ninternal denial"),
    ("clinical/residential-treatment-summary-2026-10-09.txt", "09/03/2026 potassium 3.1"),
    ("clinical/residential-treatment-summary-2026-10-09.txt", "physician twice a week"),
    ("clinical/residential-admission-assessment-2026-08-17.txt", "BMI 17.0 -> 15.8, purging increased"),
    ("other/authorized-representative-form-2026-09-05.txt", "(age 19)"),
    ("case.yaml", "employees: 620"),
    ("case.yaml", "reaches: false"),
    ("truth", "**by 02/07/2027**"),
    ("truth", "ERISA does not govern it"),
    ("truth", "a letter must not say either"),
    ("truth", "**family-based treatment 2023 was a remission in\n  an earlier episode**"),
]
