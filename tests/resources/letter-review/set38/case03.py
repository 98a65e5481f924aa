# FICTIONAL case data, letters set 38, case 03. Every person, plan, provider, number and address is invented.
SLUG = "03-tricare-prime-adolescent-rtc-continued-stay-family-therapy-missed-tqmc-second-reconsideration-mother"

CASE_YAML = r"""
# FICTIONAL CASE (set 38, case 03) - every person, contractor, provider, number and address is invented.
# TRICARE Prime, active-duty family member aged 16. Mireille Achebe-Sandoval was in a TRICARE-authorized residential
# treatment center from 08/03/2026; the contractor authorized through 09/13 and denied the continued stay
# 09/14-10/25/2026 ("no family therapy in 14 days; behaviors stable; PHP can meet needs"). Its reconsideration of
# 11/02/2026 upheld. The family therapy log shows weekly sessions (father by video from deployment), the incident
# record shows self-harm and suicidal ideation with a plan, and the PHP had no opening until 10/26. Her mother asks
# the TRICARE Quality Monitoring Contractor for a second reconsideration.
patient:
  name: Mireille Achebe-Sandoval
  salutation: Mireille
  date_of_birth: 2010-02-11
  member_id: FICT-DBN-207719384
  address: |-
    2206 Longleaf Court
    Hinesville, GA 31313
  phone: (912) 555-0119
insurer:
  name: Palmetto Federal Health Partners, TRICARE East Region contractor (FICTIONAL)
  appeals_address: |-
    Palmetto Federal Health Partners - Reconsiderations (FICTIONAL)
    PO Box 88210
    Columbia, SC 29202
  fax: (803) 555-0177
claim:
  number: PFH-AUTH-26-0916-30271
  plan_type: tricare
  notice_date: 2026-09-16
  appeal_deadline: 2027-01-31
  deadline_basis: >-
    Reconsideration decision of 11/02/2026: "You may request a second reconsideration by the TRICARE Quality
    Monitoring Contractor within 90 days of the date of this decision."
  service_dates: [2026-09-14, 2026-10-25]
  setting: residential
  revenue_codes: ['1001']
  diagnosis_codes: [F33.2, F43.10]
  denial_reason: >-
    Continued residential treatment is not medically necessary. RTC-CS-3 not met: no family therapy participation
    documented in the past 14 days (criterion 4); no self-harm or aggression in the past 14 days (criterion 2). Needs
    can be met in a partial hospitalization program.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
decisions:
  - date: 2026-11-02
    outcome: denied
    stage: reconsideration by the regional contractor
    opens: second reconsideration by the TRICARE Quality Monitoring Contractor
    next_deadline: 2027-01-31
    reason: >-
      The records submitted show no family therapy sessions from 08/31/2026 to 09/13/2026. Behaviors have been stable.
      A partial hospitalization program can meet the member's needs. The denial is upheld.
    corrections:
      - said: The records submitted show no family therapy sessions from 08/31/2026 to 09/13/2026.
        record: >-
          The family therapy log shows family sessions on 08/31, 09/04 and 09/11/2026, and weekly after that through
          10/23/2026, with her mother in person and her father by video from his deployment.
        file: clinical/family-therapy-log-2026-10-23.txt
        page: 1
      - said: Behaviors have been stable.
        record: >-
          The incident and observation summary records self-harm (cutting) on 09/10 and 09/19/2026 and suicidal
          ideation with a plan on 10/02/2026, with one-to-one observation for 72 hours.
        file: clinical/incident-and-observation-summary-2026-10-25.txt
        page: 1
external_review:
  agency: TRICARE Quality Monitoring Contractor (FICTIONAL address, as printed in the reconsideration decision)
  address: |-
    TQMC Appeals (FICTIONAL)
    PO Box 41022
    Rockville, MD 20849
  final_denial_date: 2026-11-02
plan_policy:
  name: Palmetto Federal Health Partners clinical criteria RTC-CS-3 (residential treatment center, continued stay)
  number: RTC-CS-3
  quote: >-
    Continued stay in a residential treatment center is approved when all are met: 1. a covered diagnosis; 2.
    self-harm, aggression or other dangerous behavior in the past 14 days, or a clear risk of it at a lower level;
    3. active treatment with a written plan; 4. the family takes part in family therapy at least weekly, unless
    clinically contraindicated; 5. no lower level of care able to meet the needs is available.
  file: other/rtc-continued-stay-criteria-rtc-cs-3.txt
payer_criteria:
  - criterion: "RTC-CS-3 criterion 2: self-harm, aggression or other dangerous behavior in the past 14 days"
    how_met: Cutting on 09/10/2026 (within the 14 days before 09/14) and 09/19/2026; suicidal ideation with a plan on 10/02/2026
    met: true
    evidence: {file: clinical/incident-and-observation-summary-2026-10-25.txt, page: 1}
  - criterion: "RTC-CS-3 criterion 4: the family takes part in family therapy at least weekly"
    how_met: Family sessions 08/31, 09/04, 09/11, 09/18, 09/25, 10/02, 10/09, 10/16 and 10/23/2026
    met: true
    evidence: {file: clinical/family-therapy-log-2026-10-23.txt, page: 1}
alternatives:
  - treatment: Partial hospitalization
    level: partial hospitalization
    name: Coastal Plains Adolescent Partial Hospitalization Program (TRICARE network)
    first_opening: 2026-10-26
    why_not: Waitlist; the program's first opening was 10/26/2026, the day after the last day denied, and she began there that day
    proof: clinical/discharge-planning-note-2026-09-15.txt
treatment:
  name: Residential treatment center (RTC) care, continued stay 09/14/2026-10/25/2026
  summary: >-
    Continued residential treatment for severe recurrent depression and PTSD with repeated self-harm, until a
    partial hospitalization program could take her on 10/26/2026.
  plan: >-
    Individual therapy three times a week (trauma-focused CBT), DBT skills group daily, family therapy weekly,
    psychiatrist weekly; step down to PHP at the first opening once 14 days pass without self-harm.
  alongside: sertraline 150 mg daily
clinical:
  severity: >-
    PHQ-A 24 on 09/14/2026; self-harm 09/10 and 09/19/2026; suicidal ideation with a plan 10/02/2026 (one-to-one
    observation 72 hours); passive ideation 10/20/2026; PHQ-A 14 on 10/25/2026
  severity_date: 2026-10-25
  suicidality: active
  suicidality_date: 2026-10-02
  response: PHQ-A 24 (09/14/2026) to 14 (10/25/2026)
  response_level: partial
  episode_onset: 2026-03
  history:
    - drug: Cognitive behavioral therapy (outpatient, 2023)
      dose: 12 weekly sessions
      start: 2023-01
      end: 2023-04
      kind: psychotherapy
      sessions: 12
      adequate: true
      failed: false
      response: response
      outcome: Response in an earlier episode (after a family move); not a failure
      evidence: {file: clinical/residential-psychiatric-summary-2026-09-14.txt, page: 1}
    - drug: Fluoxetine
      dose: 10 mg then 20 mg daily
      start: 2025-03
      end: 2025-04
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for activation and insomnia (intolerance), not an adequate trial
      evidence: {file: clinical/residential-psychiatric-summary-2026-09-14.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued in residential treatment
      evidence: {file: clinical/residential-psychiatric-summary-2026-09-14.txt, page: 1}
    - drug: Intensive outpatient program
      dose: 3 days a week
      start: 2026-06
      end: 2026-07
      weeks: 4
      kind: other
      failed: true
      response: none
      outcome: Worsened during the program; overdose on 07/13/2026 and acute hospital stay
      evidence: {file: clinical/residential-psychiatric-summary-2026-09-14.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed for sleep
      start: 2026-08
      ongoing: true
      kind: other
      outcome: Sleep and anxiety as needed; not an antidepressant trial
      evidence: {file: clinical/residential-psychiatric-summary-2026-09-14.txt, page: 1}
impact:
  hospitalizations: Acute psychiatric hospital stay 07/14/2026-08/02/2026 after an overdose on 07/13/2026
  daily_life: Out of school since 07/2026; schooling in the residential program's accredited classroom
author:
  name: Adaeze Achebe-Sandoval
  role: Mother (parent of a minor); the sponsor, her father, is deployed
  relation: parent
  address: |-
    2206 Longleaf Court
    Hinesville, GA 31313
  phone: (912) 555-0119
  email: adaeze.as@familymail.example
provider:
  name: Pinewood Ridge Adolescent Residential Treatment Center
  credentials: TRICARE-authorized residential treatment center
  npi: "1930582642"
  address: |-
    1500 Pinewood Ridge Road
    Valdosta, GA 31601
  phone: (229) 555-0133
record_dates:
  - file: clinical/residential-psychiatric-summary-2026-09-14.txt
    date: 2026-09-14
  - file: clinical/discharge-planning-note-2026-09-15.txt
    date: 2026-09-15
  - file: clinical/family-therapy-log-2026-10-23.txt
    date: 2026-10-23
  - file: clinical/incident-and-observation-summary-2026-10-25.txt
    date: 2026-10-25
  - file: clinical/intake-evaluation-2025-stale.txt
    date: 2025-02-20
template: external-review-request
copies: [prescriber]
bates_prefix: ACHEBESANDOVAL
footer_note: FICTIONAL TEST CASE - not a real patient, contractor or provider.
"""

DOCS = {
    "denial/continued-stay-denial-2026-09-16.txt": """
PALMETTO FEDERAL HEALTH PARTNERS (FICTIONAL) - TRICARE EAST REGION
NOTICE OF MEDICAL NECESSITY DETERMINATION                                      Date of notice: 09/16/2026
Beneficiary: Mireille Achebe-Sandoval   DOB 02/11/2010   DBN FICT-DBN-207719384   TRICARE Prime (ADFM)
Facility: Pinewood Ridge Adolescent Residential Treatment Center   Reference PFH-AUTH-26-0916-30271
Authorized: residential treatment 08/03/2026-09/13/2026. Continued stay from 09/14/2026: DENIED.
Reason: Continued residential treatment is not medically necessary. RTC-CS-3 not met: no family therapy participation
documented in the past 14 days (criterion 4); no self-harm or aggression in the past 14 days (criterion 2). Needs
can be met in a partial hospitalization program.
You may request a reconsideration within 90 days of the date of this notice.
""",
    "denial/reconsideration-decision-2026-11-02.txt": """
PALMETTO FEDERAL HEALTH PARTNERS (FICTIONAL) - RECONSIDERATION DECISION                 Date: 11/02/2026
Beneficiary: Mireille Achebe-Sandoval   Reference PFH-AUTH-26-0916-30271   Requested by: Adaeze Achebe-Sandoval
Decision: the denial of continued residential treatment 09/14/2026-10/25/2026 is upheld.
The records submitted show no family therapy sessions from 08/31/2026 to 09/13/2026. Behaviors have been stable. A
partial hospitalization program can meet the member's needs. The denial is upheld.
Next level: You may request a second reconsideration by the TRICARE Quality Monitoring Contractor within 90 days of
the date of this decision: TQMC Appeals, PO Box 41022, Rockville, MD 20849.
""",
    "other/rtc-continued-stay-criteria-rtc-cs-3.txt": """
PALMETTO FEDERAL HEALTH PARTNERS (FICTIONAL) - CLINICAL CRITERIA RTC-CS-3 (excerpt)          Page 1 of 1
Continued stay in a residential treatment center is approved when all are met: 1. a covered diagnosis; 2.
self-harm, aggression or other dangerous behavior in the past 14 days, or a clear risk of it at a lower level;
3. active treatment with a written plan; 4. the family takes part in family therapy at least weekly, unless
clinically contraindicated; 5. no lower level of care able to meet the needs is available.
""",
    "clinical/residential-psychiatric-summary-2026-09-14.txt": """
PINEWOOD RIDGE ADOLESCENT RTC (FICTIONAL) - PSYCHIATRIC SUMMARY FOR CONTINUED STAY REVIEW   Date: 09/14/2026
Patient: Mireille Achebe-Sandoval   DOB 02/11/2010   Page 1 of 1
Diagnoses: major depressive disorder, recurrent, severe (F33.2); PTSD (F43.10). Current episode since 03/2026.
History: outpatient CBT 01-04/2023, 12 sessions, response (earlier episode, after a family move). Fluoxetine
10-20 mg 03-04/2025, stopped after 3 weeks for activation (intolerance). Sertraline 150 mg since 06/2025, partial,
continued. IOP 06-07/2026 (4 weeks), worsened; overdose 07/13/2026; acute hospital 07/14-08/02/2026. Hydroxyzine
25 mg at bedtime as needed.
Today: PHQ-A 24. Cutting 09/10/2026. Not ready for step-down.
""",
    "clinical/discharge-planning-note-2026-09-15.txt": """
PINEWOOD RIDGE ADOLESCENT RTC (FICTIONAL) - DISCHARGE PLANNING NOTE                    Date: 09/15/2026
Called Coastal Plains Adolescent PHP (TRICARE network), 09/15/2026: waitlist; first opening 10/26/2026. No other
TRICARE network adolescent PHP within 100 miles. Place on waitlist; continue residential care until then.
""",
    "clinical/family-therapy-log-2026-10-23.txt": """
PINEWOOD RIDGE ADOLESCENT RTC (FICTIONAL) - FAMILY THERAPY LOG                       Printed: 10/23/2026
Patient: Mireille Achebe-Sandoval   Page 1 of 1
08/31, 09/04, 09/11, 09/18, 09/25, 10/02, 10/09, 10/16, 10/23/2026: family session, 60 minutes; mother in person,
father by secure video from his deployment (all nine sessions).
""",
    "clinical/incident-and-observation-summary-2026-10-25.txt": """
PINEWOOD RIDGE ADOLESCENT RTC (FICTIONAL) - INCIDENT AND OBSERVATION SUMMARY          Date: 10/25/2026
Patient: Mireille Achebe-Sandoval   Page 1 of 1
09/10/2026 cutting, left forearm, superficial. 09/19/2026 cutting, left forearm, wound closure strips.
10/02/2026 suicidal ideation with a plan; one-to-one observation for 72 hours. 10/20/2026 passive ideation, no plan.
10/25/2026 discharge to Coastal Plains PHP (start 10/26/2026); no ideation today; PHQ-A 14.
""",
    "clinical/dbt-group-roster-2026-09-18.txt": """
PINEWOOD RIDGE ADOLESCENT RTC (FICTIONAL) - DBT SKILLS GROUP ROSTER                   Date: 09/18/2026
M.A.-S. present; K.L. present (left group, staff follow-up); T.R. absent (family visit).
""",
    "clinical/intake-evaluation-2025-stale.txt": """
SAVANNAH COASTAL PEDIATRIC PSYCHIATRY (FICTIONAL) - INTAKE EVALUATION                  Date: 02/20/2025
Patient: Mireille Achebe-Sandoval   Page 1 of 1
Impression: depressive episode, moderate; ADHD, rule out. No trauma history reported. Start fluoxetine 10 mg.
""",
}

TRUTH = r"""
# 03 - TRICARE Prime: an adolescent's continued residential stay denied for "no family therapy" and "stable behaviors"; second reconsideration by the TQMC, written by her mother (FICTIONAL)

All people, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mireille Achebe-Sandoval, **16** (DOB 02/11/2010), TRICARE Prime active-duty family member (father deployed), was
  in a TRICARE-authorized RTC from **08/03/2026**; authorized through **09/13/2026**. The continued stay
  **09/14-10/25/2026** was denied on **09/16/2026** (RTC-CS-3 criteria 2 and 4; "PHP can meet needs"); the
  contractor's **reconsideration of 11/02/2026** upheld: "no family therapy sessions from 08/31/2026 to 09/13/2026",
  "Behaviors have been stable".
- The **family therapy log** shows sessions **08/31, 09/04, 09/11**, then weekly through **10/23/2026** (mother in
  person, father by video). The **incident summary** shows cutting **09/10** and **09/19**, suicidal ideation with a
  plan **10/02** (one-to-one 72 hours), passive ideation 10/20, none at discharge 10/25.
- The only network adolescent PHP had **no opening until 10/26/2026**, the day after the last day denied; she began
  there on 10/26.
- **Rule and stage:** TRICARE, 32 CFR 199.10 and 199.15: a medical-necessity denial upheld on reconsideration goes to a
  **second reconsideration by the TRICARE Quality Monitoring Contractor**, asked for within **90 days of the
  reconsideration decision: by 01/31/2027**; a hearing may follow where $300 or more is in dispute.
- **Author:** her mother, parent of a minor (no authorization needed), writing about "Mireille".

## Deliberately unknown
- The billed amount for the 42 days: not in the case; a letter must not state one.
- Why the reviewer missed the log: not known (it may not have been sent with the first request); a letter may say
  it is enclosed now.
- Her condition since 10/26/2026 in the PHP: not in the case.

## Traps
- **A decision's wrong statements:** "no family therapy sessions from 08/31 to 09/13" (three are logged) and
  "Behaviors have been stable" (cutting twice, ideation with a plan).
- **Level of care:** residential is not inpatient or hospital care; no "inpatient stay"; the earlier acute hospital
  stay (07/14-08/02) is history, not this claim.
- **PHP availability:** the PHP existed but had no opening until 10/26; say that, not that no PHP exists; no network
  gap exception.
- **Suicidality:** ideation with a plan on 10/02/2026 was during the stay; none at discharge; nothing is known of
  now: no "current" suicidal ideation.
- **Drugs:** sertraline 150 mg continues (never "failed", "stopped"); fluoxetine was an intolerance (3 weeks);
  hydroxyzine is a sleep/anxiety as-needed medicine, not a trial; **CBT 2023 was a response in an earlier episode**.
- **Stale document:** the 02/2025 intake ("ADHD, rule out", "No trauma history reported") predates the PTSD diagnosis.
- **Other people:** the DBT roster lists two other residents (K.L., T.R.).
- **Wrong law:** no ERISA, 45 CFR 147.136, MHPAEA, external review by an IRO, state insurance department or state
  consumer assistance; no "Defense Health Agency formal review" (that is for factual, non-medical denials).
- **Voice:** the mother writes about her daughter; never "I" as the patient.

## Arguments a strong letter makes (strongest first)
1. The decision's two stated facts are wrong: the family therapy log shows weekly sessions (08/31, 09/04, 09/11 and
   on), and the incident summary shows self-harm on 09/10 and 09/19 and ideation with a plan on 10/02: criteria 2 and
   4 of RTC-CS-3 were met throughout 09/14-10/25.
2. No lower level was available: the network PHP's first opening was 10/26/2026 (discharge-planning note of
   09/15/2026); she moved there that day.
3. Active treatment under a written plan, with partial response (PHQ-A 24 -> 14); ask the TQMC to reverse and
   authorize 09/14-10/25/2026.

## What a letter must NOT say
- "inpatient", "hospital stay" for the RTC days; "network gap exception"; "no PHP exists".
- "behaviors were stable"; "no family therapy"; "current suicidal ideation" or "is suicidal now".
- "failed sertraline", "stopped sertraline"; hydroxyzine as a trial; "failed CBT"; "ADHD"; "no trauma history".
- "K.L.", "T.R."
- "ERISA", "45 CFR 147.136", "MHPAEA", "parity", "independent review organization", "state insurance department",
  "Defense Health Agency formal review".
- "I" as Mireille; "my treatment".
"""

ANSWERS = [
    ("denial/continued-stay-denial-2026-09-16.txt", "Continued stay from 09/14/2026: DENIED"),
    ("denial/reconsideration-decision-2026-11-02.txt", "no family therapy sessions from 08/31/2026 to 09/13/2026"),
    ("denial/reconsideration-decision-2026-11-02.txt", "within 90 days of\nthe date of this decision"),
    ("other/rtc-continued-stay-criteria-rtc-cs-3.txt", "family therapy at least weekly"),
    ("clinical/family-therapy-log-2026-10-23.txt", "father by secure video from his deployment"),
    ("clinical/family-therapy-log-2026-10-23.txt", "08/31, 09/04, 09/11"),
    ("clinical/incident-and-observation-summary-2026-10-25.txt", "09/19/2026 cutting"),
    ("clinical/incident-and-observation-summary-2026-10-25.txt", "10/02/2026 suicidal ideation with a plan"),
    ("clinical/discharge-planning-note-2026-09-15.txt", "first opening 10/26/2026"),
    ("clinical/residential-psychiatric-summary-2026-09-14.txt", "Sertraline 150 mg since 06/2025, partial"),
    ("case.yaml", "setting: residential"),
    ("case.yaml", "appeal_deadline: 2027-01-31"),
    ("truth", "**second reconsideration by the TRICARE Quality Monitoring Contractor**"),
    ("truth", "no \"current\" suicidal ideation"),
    ("truth", "**CBT 2023 was a response in an earlier episode**"),
    ("truth", "residential is not inpatient or hospital care"),
]
