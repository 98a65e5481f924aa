"""Set 61 case 05 (FICTIONAL): self-funded ERISA plan, TX, PTSD residential, second level; treating psychiatrist."""
SLUG = "05-self-funded-erisa-ptsd-residential-hospitalized-49-days-earlier-iop-worsened-second-level-psychiatrist"

CASE_YAML = r"""
# FICTIONAL CASE (set 61, case 05) - every person, plan, provider, number and address is invented.
# Self-funded employer plan (ERISA), TX, 5,200 employees. Jerome Whitlock, 38, chronic PTSD with depression.
# Residential trauma treatment denied 10/28/2026 ("no psychiatric hospitalization within 90 days"); the first-level
# appeal was upheld 11/12/2026 ("no suicidal ideation documented since 10/20; continue IOP"). His psychiatrist
# writes the second-level appeal with his written consent.
patient:
  name: Jerome Whitlock
  salutation: Mr. Whitlock
  date_of_birth: 1988-01-22
  member_id: LSB-AFL-00482917
  address: |-
    6210 Babcock Road, Unit 4
    San Antonio, TX 78240
  phone: (210) 555-0147
insurer:
  name: Lone Star Benefit Administrators (FICTIONAL), claims administrator for the Alamo Freight Lines Employee Health Plan
  appeals_address: |-
    Lone Star Benefit Administrators - Second Level Appeals (FICTIONAL)
    PO Box 79412
    San Antonio, TX 78279
  fax: (210) 555-0166
claim:
  number: LSB-PA-26-1026-90314
  plan_type: employer_erisa
  funding: self_funded
  employees: 5200
  stage: second level
  notice_date: 2026-10-28
  setting: residential
  procedure_codes: [H0017]
  revenue_codes: ["1001"]
  diagnosis_codes: [F43.12, F33.1]
  denial_reason: >-
    Residential treatment is not medically necessary. LOC-PTSD-R2 criterion 2 is not met: there has been no
    psychiatric hospitalization within 90 days and no failure of a less intensive level of care.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
  pending_services: residential trauma treatment, about 45 days
  reviewer:
    name: Dr. Farrah Quillen
    specialty: occupational medicine
  corrections:
    - said: there has been no psychiatric hospitalization within 90 days
      record: >-
        He was an inpatient at Mission Ridge Behavioral Hospital from 09/02/2026 to 09/09/2026, 49 days before the
        notice.
      file: clinical/inpatient-discharge-summary-2026-09-09.txt
      page: 1
decisions:
  - date: 2026-11-12
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-11
    reason: >-
      The denial is upheld. The member is not at imminent risk of harm. No suicidal ideation is documented since
      10/20/2026. Treatment can continue in the intensive outpatient program.
    corrections:
      - said: No suicidal ideation is documented since 10/20/2026.
        record: >-
          The outpatient note of 11/09/2026 records passive suicidal ideation most days, without a plan.
        file: clinical/outpatient-psychiatry-notes-2026-10-27-to-11-09.txt
        page: 1
      - said: Treatment can continue in the intensive outpatient program.
        record: >-
          The IOP discharged him on 10/23/2026 after six weeks, with PCL-5 rising from 62 to 64 and an emergency
          visit on 10/20/2026 for suicidal ideation with a plan; it recommended residential care.
        file: clinical/iop-discharge-summary-2026-10-23.txt
        page: 1
plan_policy:
  name: Alamo Freight Lines Employee Health Plan clinical criteria LOC-PTSD-R2, Residential Treatment for Trauma Disorders
  number: LOC-PTSD-R2
  quote: >-
    1. PTSD with severe symptoms (PCL-5 of 50 or more, or CAPS-5 severe). 2. Worsening or no improvement after at
    least 4 weeks at a less intensive level of care (IOP or PHP), or a psychiatric hospitalization within the past
    90 days. 3. Risk of harm to self or others, or inability to function, that cannot be safely managed at a lower
    level of care. 4. The member is able to take part in trauma-focused treatment.
  file: other/loc-ptsd-r2-criteria-excerpt.txt
payer_criteria:
  - criterion: 1. PTSD with severe symptoms (PCL-5 of 50 or more, or CAPS-5 severe).
    how_met: PCL-5 62 on 09/09, 64 on 10/23 and 66 on 11/09/2026.
    met: true
    evidence: {file: clinical/outpatient-psychiatry-notes-2026-10-27-to-11-09.txt, page: 1}
  - criterion: 2. No improvement after at least 4 weeks at a less intensive level, or a psychiatric hospitalization within 90 days.
    how_met: Both - six weeks of IOP (09/14-10/23/2026) with PCL-5 62 to 64, and an inpatient stay 09/02-09/09/2026.
    met: true
    evidence: [{file: clinical/iop-discharge-summary-2026-10-23.txt, page: 1}, {file: clinical/inpatient-discharge-summary-2026-09-09.txt, page: 1}]
  - criterion: 3. Risk of harm to self, or inability to function, that cannot be safely managed at a lower level.
    how_met: Emergency visit 10/20/2026 for suicidal ideation with a plan during IOP; passive ideation most days on 11/09/2026; off work since 08/2026.
    met: true
    evidence: [{file: clinical/emergency-department-note-2026-10-20.txt, page: 1}, {file: clinical/outpatient-psychiatry-notes-2026-10-27-to-11-09.txt, page: 1}]
  - criterion: 4. Able to take part in trauma-focused treatment.
    how_met: Completed 12 sessions of cognitive processing therapy in 2025 and asks for residential care.
    met: true
    evidence: {file: clinical/outpatient-psychiatry-notes-2026-10-27-to-11-09.txt, page: 1}
alternatives:
  - level: intensive outpatient
    name: Mission Ridge trauma IOP
    treatment: Intensive outpatient program
    why_not: Given 09/14-10/23/2026; PCL-5 rose from 62 to 64, emergency visit for suicidal ideation with a plan on 10/20/2026; the program discharged him with a recommendation for residential care.
    proof: clinical/iop-discharge-summary-2026-10-23.txt
treatment:
  name: Residential trauma treatment for PTSD (H0017, revenue code 1001), about 45 days
  summary: >-
    Residential trauma-focused treatment after an inpatient stay and six weeks of intensive outpatient care in
    which his PTSD and suicidal thinking worsened.
  plan: >-
    Hill Country Trauma Recovery Center, about 45 days: prolonged exposure or cognitive processing therapy 5 days a
    week, daily safety checks, medication management; step down to IOP when PCL-5 falls below 50 with no suicidal
    ideation for 2 weeks.
clinical:
  severity: PCL-5 58 on 03/10/2025, 49 on 06/16/2025, 62 on 09/09/2026, 64 on 10/23/2026, 66 on 11/09/2026; PHQ-9 21 on 11/09/2026
  severity_date: 2026-11-09
  suicidality: passive
  suicidality_date: 2026-11-09
  episode_onset: 2026-07
  treating_since: 2025-02-03
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-02
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/outpatient-psychiatry-notes-2026-10-27-to-11-09.txt, page: 1}
    - drug: Prazosin
      dose: 6 mg at bedtime for nightmares
      start: 2025-06
      ongoing: true
      kind: other
      outcome: Fewer nightmares; continued; not an antidepressant
      evidence: {file: clinical/outpatient-psychiatry-notes-2026-10-27-to-11-09.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 150 mg daily
      start: 2024-09
      end: 2024-11
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 8
      outcome: No response after 8 weeks (primary care)
      evidence: {file: clinical/outpatient-psychiatry-notes-2026-10-27-to-11-09.txt, page: 1}
    - drug: Cognitive processing therapy
      dose: 12 weekly sessions
      start: 2025-03
      end: 2025-06
      kind: psychotherapy
      sessions: 12
      adequate: true
      response: partial
      outcome: Completed; PCL-5 58 to 49
      evidence: {file: clinical/outpatient-psychiatry-notes-2026-10-27-to-11-09.txt, page: 1}
    - drug: Prolonged exposure therapy
      dose: 4 sessions
      start: 2026-02
      end: 2026-03
      kind: psychotherapy
      sessions: 4
      adequate: false
      outcome: Stopped after 4 sessions when dissociation made outpatient exposure unsafe; not an adequate trial
      evidence: {file: clinical/outpatient-psychiatry-notes-2026-10-27-to-11-09.txt, page: 1}
    - drug: EMDR (earlier episode)
      dose: 10 sessions
      start: 2019-05
      end: 2019-08
      kind: psychotherapy
      sessions: 10
      adequate: true
      response: response
      outcome: Earlier episode after a 2018 road crash; good response
      evidence: {file: clinical/outpatient-psychiatry-notes-2026-10-27-to-11-09.txt, page: 1}
impact:
  hospitalizations: Mission Ridge Behavioral Hospital 09/02-09/09/2026; emergency department 10/20/2026
  work: Off work as a freight dispatcher since 08/2026 (short-term disability)
author:
  name: Dr. Obadiah Renfro
  role: treating psychiatrist
  relation: physician
  authorization: other/member-consent-2026-11-16.txt
  address: |-
    Alamo Heights Psychiatry (FICTIONAL), 5100 Broadway, Suite 300
    San Antonio, TX 78209
  phone: (210) 555-0172
  email: renfro@alamoheightspsych.example
provider:
  name: Dr. Obadiah Renfro
  credentials: MD, psychiatry
  address: |-
    Alamo Heights Psychiatry (FICTIONAL), 5100 Broadway, Suite 300
    San Antonio, TX 78209
  phone: (210) 555-0172
peer_to_peer:
  availability: weekdays 8-9 am
employer:
  name: Alamo Freight Lines (FICTIONAL), Benefits Office
  address: |-
    900 Rittiman Road
    San Antonio, TX 78218
record_dates:
  - file: clinical/inpatient-discharge-summary-2026-09-09.txt
    date: 2026-09-09
  - file: clinical/iop-discharge-summary-2026-10-23.txt
    date: 2026-10-23
  - file: clinical/emergency-department-note-2026-10-20.txt
    date: 2026-10-20
  - file: clinical/outpatient-psychiatry-notes-2026-10-27-to-11-09.txt
    date: 2026-11-09
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
"denial/precertification-denial-2026-10-28.txt": """
LONE STAR BENEFIT ADMINISTRATORS (FICTIONAL) - ALAMO FREIGHT LINES EMPLOYEE HEALTH PLAN
NOTICE OF ADVERSE BENEFIT DETERMINATION (PRE-SERVICE)                                   Date: 10/28/2026
Member: Jerome Whitlock   ID LSB-AFL-00482917   Reference: LSB-PA-26-1026-90314
Requested: residential treatment (H0017, revenue code 1001), Hill Country Trauma Recovery Center; F43.12

Residential treatment is not medically necessary. LOC-PTSD-R2 criterion 2 is not met: there has been no
psychiatric hospitalization within 90 days and no failure of a less intensive level of care.
Reviewer: Dr. Farrah Quillen, occupational medicine.
You may appeal within 180 days. The plan has two levels of internal appeal.
""",
"denial/first-level-appeal-decision-2026-11-12.txt": """
LONE STAR BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST LEVEL APPEAL DECISION               Date: 11/12/2026
Member: Jerome Whitlock   Reference: LSB-PA-26-1026-90314

The denial is upheld. The member is not at imminent risk of harm. No suicidal ideation is documented since
10/20/2026. Treatment can continue in the intensive outpatient program.
You may file a second level appeal within 60 days of the date of this decision.
""",
"clinical/inpatient-discharge-summary-2026-09-09.txt": """
MISSION RIDGE BEHAVIORAL HOSPITAL (FICTIONAL) - DISCHARGE SUMMARY                      Date: 09/09/2026
Patient: Jerome Whitlock   DOB 01/22/1988                                                  Page 1 of 1
Admitted 09/02/2026: suicidal ideation with a plan to use a handgun after a flashback at work. Chronic PTSD
(F43.12), recurrent major depression (F33.1). Handgun moved to his brother's house. Sertraline 200 mg continued;
prazosin 6 mg continued. PCL-5 62 at discharge. Safety plan written. Discharged 09/09/2026 to trauma IOP.
""",
"clinical/iop-discharge-summary-2026-10-23.txt": """
MISSION RIDGE TRAUMA IOP (FICTIONAL) - DISCHARGE SUMMARY                                Date: 10/23/2026
Patient: Jerome Whitlock   Attended 09/14/2026-10/23/2026, 3 hours a day, 4 days a week (6 weeks)   Page 1 of 1
PCL-5 62 at entry, 64 at discharge. Nightmares nightly, missed 5 days from panic on the drive in.
10/20/2026 - sent to the emergency department with suicidal ideation and a plan (see ED note).
Team recommendation: IOP has not been enough; residential trauma-focused treatment.
""",
"clinical/emergency-department-note-2026-10-20.txt": """
METHODIST CROSSING EMERGENCY CENTER (FICTIONAL) - ED NOTE                               Date: 10/20/2026
Patient: Jerome Whitlock   DOB 01/22/1988                                                  Page 1 of 1
Suicidal ideation with a plan (to retrieve the handgun from his brother). No attempt. Brother confirmed the gun
is locked and he holds the key. Safety plan updated; discharged to IOP and psychiatry the next week.
""",
"clinical/outpatient-psychiatry-notes-2026-10-27-to-11-09.txt": """
ALAMO HEIGHTS PSYCHIATRY (FICTIONAL) - NOTES                                              Page 1 of 1
Patient: Jerome Whitlock   DOB 01/22/1988   Dr. Obadiah Renfro, MD (treating since 02/03/2025)
History: PTSD after a 2018 road crash, treated with EMDR (10 sessions, 2019) with a good response. This
episode since 07/2026 after a warehouse shooting he witnessed. Venlafaxine XR 150 mg 8 weeks 2024 (primary care),
no response. Sertraline since 02/2025, 200 mg, partial response, continues. Prazosin 6 mg at bedtime since
06/2025 for nightmares, continues. Cognitive processing therapy 12 sessions 03-06/2025, PCL-5 58 to 49.
Prolonged exposure 4 sessions 02-03/2026, stopped for dissociation in session.
10/27/2026 - PCL-5 64. Not driving. Off work since 08/2026.
11/09/2026 - PCL-5 66, PHQ-9 21. Passive suicidal ideation most days, no plan; safety plan reviewed; gun
remains with his brother. Wants residential trauma treatment.
""",
"other/loc-ptsd-r2-criteria-excerpt.txt": """
ALAMO FREIGHT LINES EMPLOYEE HEALTH PLAN (FICTIONAL) - CLINICAL CRITERIA LOC-PTSD-R2 (excerpt, 2026)
1. PTSD with severe symptoms (PCL-5 of 50 or more, or CAPS-5 severe). 2. Worsening or no improvement after at
least 4 weeks at a less intensive level of care (IOP or PHP), or a psychiatric hospitalization within the past
90 days. 3. Risk of harm to self or others, or inability to function, that cannot be safely managed at a lower
level of care. 4. The member is able to take part in trauma-focused treatment.
""",
"other/member-consent-2026-11-16.txt": """
CONSENT AND APPOINTMENT (FICTIONAL)                                                       Date: 11/16/2026
I, Jerome Whitlock (ID LSB-AFL-00482917), ask Dr. Obadiah Renfro to appeal the denial of my residential treatment
for me and allow him to send my records to the plan.      Signed: Jerome Whitlock
""",
"other/family-explanation-of-benefits-2026-10.txt": """
LONE STAR BENEFIT ADMINISTRATORS (FICTIONAL) - FAMILY EXPLANATION OF BENEFITS, 10/2026
Subscriber: Jerome Whitlock
Jerome Whitlock     10/20/2026  emergency visit                   paid
Tanya Whitlock      10/06/2026  prenatal visit                    paid
Kiara Whitlock      10/14/2026  well child visit, age 6           paid
""",
"other/fitness-for-duty-note-2024-04-02.txt": """
ALAMO FREIGHT LINES (FICTIONAL) - OCCUPATIONAL HEALTH FITNESS FOR DUTY                    Date: 04/02/2024
Employee: Jerome Whitlock   Position: freight dispatcher   Result: fit for duty, no restrictions.
""",
}

TRUTH = r"""
# 05 - Self-funded ERISA plan (TX): PTSD residential denied as "no hospitalization within 90 days"; second level by the treating psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Jerome Whitlock, 38 (DOB 01/22/1988), Alamo Freight Lines Employee Health Plan, **self-funded, ERISA, 5,200
  employees**; chronic PTSD (F43.12) with recurrent depression (F33.1); episode since 07/2026.
- Residential trauma treatment (H0017, rev. 1001), pre-service, denied **10/28/2026** under **LOC-PTSD-R2 criterion
  2** ("no psychiatric hospitalization within 90 days and no failure of a less intensive level"); reviewer
  occupational medicine. First level upheld **11/12/2026** ("No suicidal ideation is documented since 10/20/2026";
  "continue in the IOP").
- Record: **inpatient 09/02-09/09/2026** (49 days before the notice) for suicidal ideation with a plan; **IOP
  09/14-10/23/2026** (6 weeks), PCL-5 62 -> 64, ED visit **10/20/2026** with ideation and a plan; IOP discharged him
  recommending residential care. **Passive** ideation most days on **11/09/2026**. PCL-5 66, PHQ-9 21. Off work
  since 08/2026. Every LOC-PTSD-R2 criterion is met.
- Sertraline 200 mg and prazosin 6 mg **continue**; venlafaxine XR 8 weeks (2024) no response; CPT 12 sessions,
  partial; PE 4 sessions stopped for dissociation (not adequate); EMDR 2019 good response (earlier episode).
- **Rule and stage:** **second level** internal appeal, within 60 days of the 11/12/2026 decision: **by
  01/11/2027** (the plan's own notice); ERISA claims rule 29 CFR 2560.503-1 (pre-service: 30 days across levels,
  (i)(2)(ii)); next: external review under **29 CFR 2590.715-2719** (self-funded). Parity applies (over 50
  employees).
- **Author:** the treating psychiatrist, writing as "I" about "Mr. Whitlock", with the member's written consent.

## Deliberately unknown
- Whether LOC-PTSD-R2 is the plan's own or a vendor's: the excerpt names the plan; not known further.
- Whether the residential center is in network: not raised.
- The reviewer's qualifications beyond "occupational medicine": not known; ask (ERISA (h)(3)(iv)).

## Traps
- **Two decisions, two wrong statements:** the first notice's "no hospitalization within 90 days" and the level-1
  "No suicidal ideation is documented since 10/20/2026"; the second-level letter answers the **11/12 decision**
  first and names it.
- **Passive vs active:** 11/09 is passive without a plan; the plan was on 10/20 and 09/02. No attempt ever.
- **Drugs still taken:** sertraline, prazosin (not an antidepressant trial). PE was not an adequate trial.
  EMDR 2019 is an earlier episode's response.
- **Other people:** the family EOB names his wife Tanya and daughter Kiara; the ED note names his brother (holding
  the gun).
- **Stale document:** the 2024 fitness-for-duty note ("no restrictions").
- **Residential is not inpatient** or hospital care.
- **Voice:** physician, never "I suffer" / the patient's voice; never "my patient's employer" copies without cause.

## Arguments a strong letter makes (strongest first)
1. The decisions' stated facts are contradicted by the record: inpatient 09/02-09/09/2026, and passive suicidal
   ideation documented 11/09/2026; the IOP they point to was tried for six weeks and he worsened.
2. Each LOC-PTSD-R2 criterion is met, with exhibit and page (PCL-5 62-66; IOP failure and hospitalization both;
   risk on 10/20 and 11/09; able to engage).
3. Treatment history: partial response to sertraline (continued), CPT partial, PE unsafe as an outpatient;
   residential care allows exposure therapy safely.
4. A reviewer with psychiatric expertise; the names and qualifications of experts consulted (ERISA); the claim
   file; parity's equal treatment of residential care; peer-to-peer offered; external review under 29 CFR
   2590.715-2719 next.

## What a letter must NOT say
- "suicide attempt"; "active suicidal ideation" on 11/09; "a plan" on 11/09.
- "failed sertraline", "stopped prazosin"; prazosin or PE as failed trials; "failed EMDR".
- "inpatient" or "hospital stay" for residential care.
- "Tanya", "Kiara"; "fit for duty".
- "45 CFR 147.136" as the self-funded plan's external review rule; "state external review"; "Medicaid".
"""

ANSWERS = [
    ("first notice", "Date: 10/28/2026", "denial/precertification-denial-2026-10-28.txt"),
    ("criterion named", "LOC-PTSD-R2 criterion 2 is not met", "denial/precertification-denial-2026-10-28.txt"),
    ("reviewer", "Dr. Farrah Quillen, occupational medicine", "denial/precertification-denial-2026-10-28.txt"),
    ("decision appealed", "Date: 11/12/2026", "denial/first-level-appeal-decision-2026-11-12.txt"),
    ("decision's stated fact", "No suicidal ideation is documented since\n10/20/2026", "denial/first-level-appeal-decision-2026-11-12.txt"),
    ("second-level window", "within 60 days of the date of this decision", "denial/first-level-appeal-decision-2026-11-12.txt"),
    ("deadline", "by\n  01/11/2027", "truth"),
    ("inpatient dates", "Discharged 09/09/2026", "clinical/inpatient-discharge-summary-2026-09-09.txt"),
    ("IOP", "Attended 09/14/2026-10/23/2026", "clinical/iop-discharge-summary-2026-10-23.txt"),
    ("IOP scores", "PCL-5 62 at entry, 64 at discharge", "clinical/iop-discharge-summary-2026-10-23.txt"),
    ("ED", "Suicidal ideation with a plan (to retrieve the handgun from his brother). No attempt.", "clinical/emergency-department-note-2026-10-20.txt"),
    ("current ideation", "Passive suicidal ideation most days, no plan", "clinical/outpatient-psychiatry-notes-2026-10-27-to-11-09.txt"),
    ("continued drug", "Sertraline since 02/2025, 200 mg, partial response, continues", "clinical/outpatient-psychiatry-notes-2026-10-27-to-11-09.txt"),
    ("PE", "stopped for dissociation in session", "clinical/outpatient-psychiatry-notes-2026-10-27-to-11-09.txt"),
    ("external review rule", "29 CFR 2590.715-2719", "truth"),
    ("other person", "Tanya Whitlock", "other/family-explanation-of-benefits-2026-10.txt"),
]
