"""Case 05 (FICTIONAL): self-funded ERISA plan, residential SUD stay denied for late precertification; second level."""

SLUG = "self-funded-erisa-residential-sud-precert-business-days-labor-day-second-level-father"

CASE_YAML = r'''
# FICTIONAL CASE (set 30, case 05) - every person, plan, provider, number and address is invented.
# Self-funded employer plan (ERISA), Indiana. Caleb Marchetti-Owusu, 24, a dependent on his father's plan, went
# straight from a hospital detox to residential treatment for alcohol use disorder on Friday 09/04/2026 and stayed to
# 10/01/2026. The facility called the plan's review vendor on Tuesday 09/08/2026 (Monday 09/07 was Labor Day); the
# vendor approved the stay from 09/08 on the criteria. The plan denied the whole stay (CO-197) for notice "not within
# 2 days", and the first level upheld. The SPD asks for notice within two business days following the day of
# admission and sets a $500 reduction, not a denial, when notice is missed. His father writes the second-level appeal.
patient:
  name: Caleb Marchetti-Owusu
  salutation: Caleb
  date_of_birth: 2002-04-03
  member_id: FICT-RMH-5520914-02
  address: |-
    816 East Washington Street
    Bloomington, IN 47401
  phone: (812) 555-0123
insurer:
  name: Ridgeway Manufacturing Employee Health Plan (self-funded; claims administrator Hoosier Benefit Services) (FICTIONAL)
  appeals_address: |-
    Hoosier Benefit Services - Appeals Unit, for the Ridgeway Manufacturing Employee Health Plan (address FICTIONAL)
    PO Box 44917
    Indianapolis, IN 46244
  fax: (317) 555-0174
claim:
  number: RMH-26-1014-77120
  plan_type: employer_erisa
  funding: self_funded
  stage: second level
  notice_date: 2026-10-14
  service_dates: [2026-09-04, 2026-10-01]
  setting: residential
  procedure_codes: [H0018]
  revenue_codes: ['1002']
  diagnosis_codes: [F10.20]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification was not obtained within 2 days of admission. Admitted 09/04/2026; notification received
    09/08/2026. Residential treatment 09/04/2026-10/01/2026 is denied. (CARC 197: precertification/authorization
    absent.)
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
decisions:
  - date: 2026-11-12
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-11
    reason: >-
      The first-level appeal is denied. Notification was received 4 calendar days after admission. The plan requires
      notification within 2 days. Because precertification was not timely, the residential stay is not covered.
    corrections:
      - said: The plan requires notification within 2 days.
        record: >-
          The 2026 Summary Plan Description, Section 5.3, requires notice "within two business days following the day
          of admission" for an admission that could not be scheduled in advance, and says a missed notice reduces
          benefits by $500; it does not deny the stay.
        file: other/spd-2026-section-5-3-excerpt.txt
        page: 1
plan_policy:
  name: Ridgeway Manufacturing Employee Health Plan, 2026 Summary Plan Description, Section 5.3 (Precertification)
  quote: >-
    Inpatient and residential admissions require precertification. For an admission that could not be scheduled in
    advance, you or the facility must notify the Utilization Review Program within two business days following the
    day of admission. If you do not obtain precertification as required, benefits for the admission will be reduced
    by $500. This reduction is the only consequence of a missed notice; the admission remains subject to review for
    medical necessity.
  file: other/spd-2026-section-5-3-excerpt.txt
prior_auth:
  notified: 2026-09-08 10:15
  notice_rule:
    business_days: 2
    from: 2026-09-04
  missed_notice:
    quote: >-
      If you do not obtain precertification as required, benefits for the admission will be reduced by $500. This
      reduction is the only consequence of a missed notice.
    penalty: a $500 reduction
  proof: other/utilization-review-call-log-2026-09-08.txt
  reference: UR-26-0908-1177
  approved:
    number: UR-26-0908-1177
    date: 2026-09-08
    covers: residential treatment days from 09/08/2026, extended through 10/01/2026 (ASAM Level 3.7)
    quote: >-
      Residential level of care meets criteria (ASAM Level 3.7). Approved 09/08/2026 through 09/21/2026. Extended
      on 09/21/2026 through 10/01/2026.
    file: other/utilization-review-call-log-2026-09-08.txt
    from: 2026-09-08
    through: 2026-10-01
    lines:
      - {code: H0018, units: 23, given: 27}
treatment:
  name: Residential treatment for alcohol use disorder (ASAM Level 3.7), 09/04/2026-10/01/2026
  summary: >-
    Residential treatment straight after a hospital detox for severe alcohol use disorder, after two relapses
    within weeks of outpatient care in 2026.
clinical:
  severity: AUDIT 34 on admission 09/04/2026; withdrawal seizure history (03/2026)
  severity_date: 2026-09-04
  suicidality: none
  suicidality_date: 2026-09-04
  response: Completed the stay; sober at discharge 10/01/2026 and at follow-up 11/20/2026
  response_level: response
  history:
    - drug: Acamprosate
      dose: 666 mg three times daily
      start: 2025-10
      end: 2026-01
      weeks: 13
      kind: other
      adequate: true
      failed: true
      outcome: Relapse while taking it; stopped
      evidence: {file: clinical/residential-discharge-summary-2026-10-01.txt, page: 1}
    - drug: Naltrexone
      dose: 50 mg daily
      start: 2026-09-10
      ongoing: true
      kind: other
      response: partial
      outcome: Started in residential treatment; continued
      evidence: {file: clinical/residential-discharge-summary-2026-10-01.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2026-04
      end: 2026-09
      kind: other
      outcome: Sleep aid only; stopped on admission; not a treatment trial
      evidence: {file: clinical/residential-discharge-summary-2026-10-01.txt, page: 1}
    - drug: Intensive outpatient program (2023)
      dose: 9 hours a week for 10 weeks
      start: 2023-02
      end: 2023-04
      sessions: 30
      kind: psychotherapy
      response: remission
      outcome: Ten months sober afterwards (earlier episode, not a failed treatment)
      evidence: {file: clinical/residential-discharge-summary-2026-10-01.txt, page: 1}
impact:
  hospitalizations: Hospital detox 03/2026 (withdrawal seizure) and 08/31-09/04/2026
author:
  name: Dominic Marchetti-Owusu
  role: Father of the patient and the plan participant (employee), authorized representative
  relation: representative
  authorization: other/authorization-to-represent-2026-10-20.txt
  address: |-
    2904 South Rogers Street
    Bloomington, IN 47403
  phone: (812) 555-0125
  email: dmarchetti@mail.example
provider:
  name: Ingrid Solvang-Terrell
  credentials: MD, addiction medicine
  npi: "1677420519"
  address: |-
    Limestone Ridge Recovery Center (FICTIONAL), 4400 West Vernal Pike
    Bloomington, IN 47404
  phone: (812) 555-0156
employer:
  name: Ridgeway Manufacturing, Benefits Office (FICTIONAL)
  address: |-
    1200 North Curry Pike
    Bloomington, IN 47404
record_dates:
  - file: clinical/residential-discharge-summary-2026-10-01.txt
    date: 2026-10-01
bates_prefix: MARCHETTIOWUSU
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/explanation-of-benefits-2026-10-14.txt": """
HOOSIER BENEFIT SERVICES (FICTIONAL), claims administrator for the RIDGEWAY MANUFACTURING EMPLOYEE HEALTH PLAN
EXPLANATION OF BENEFITS                                                        Date of this notice: 10/14/2026
Participant: Dominic Marchetti-Owusu   Patient: Caleb Marchetti-Owusu (dependent)   Claim: RMH-26-1014-77120
Page 1 of 1

Provider: Limestone Ridge Recovery Center (in network)
09/04/2026-10/01/2026  rev. 1002 / H0018  27 days  billed $23,760.00  paid $0.00
Reason: Precertification was not obtained within 2 days of admission. Admitted 09/04/2026; notification received
09/08/2026. Residential treatment 09/04/2026-10/01/2026 is denied. (CARC 197: precertification/authorization absent.)

You may appeal within 180 days of receiving this notice. This plan has two levels of appeal.
""",
    "denial/first-level-appeal-decision-2026-11-12.txt": """
HOOSIER BENEFIT SERVICES (FICTIONAL) - FIRST-LEVEL APPEAL DECISION                     Date: 11/12/2026
Plan: Ridgeway Manufacturing Employee Health Plan (self-funded)   Claim: RMH-26-1014-77120
Patient: Caleb Marchetti-Owusu   Appeal received 10/26/2026 from Dominic Marchetti-Owusu
Page 1 of 1

Decision: The first-level appeal is denied. Notification was received 4 calendar days after admission. The plan
requires notification within 2 days. Because precertification was not timely, the residential stay is not covered.
Reviewed by: appeals specialist (non-clinical).

SECOND-LEVEL APPEAL: You may request a second-level appeal within 60 days of receiving this decision. Write to
Hoosier Benefit Services - Appeals Unit, PO Box 44917, Indianapolis, IN 46244, or fax (317) 555-0174.
""",
    "other/spd-2026-section-5-3-excerpt.txt": """
RIDGEWAY MANUFACTURING EMPLOYEE HEALTH PLAN (FICTIONAL) - 2026 SUMMARY PLAN DESCRIPTION (excerpt)
Effective 01/01/2026.   Page 1 of 1 (SPD page 19)

5.3 Precertification
Inpatient and residential admissions require precertification. For an admission that could not be scheduled in
advance, you or the facility must notify the Utilization Review Program within two business days following the day
of admission. If you do not obtain precertification as required, benefits for the admission will be reduced by
$500. This reduction is the only consequence of a missed notice; the admission remains subject to review for
medical necessity.
""",
    "other/utilization-review-call-log-2026-09-08.txt": """
HOOSIER BENEFIT SERVICES (FICTIONAL) - UTILIZATION REVIEW PROGRAM - CASE LOG     Reference UR-26-0908-1177
Patient: Caleb Marchetti-Owusu   Facility: Limestone Ridge Recovery Center
Page 1 of 1

09/08/2026 10:15  Call from facility UR nurse: admission 09/04/2026 (Friday, direct from hospital detox discharge).
09/08/2026 15:40  Residential level of care meets criteria (ASAM Level 3.7). Approved 09/08/2026 through 09/21/2026.
09/21/2026 11:05  Concurrent review: extended on 09/21/2026 through 10/01/2026.
09/30/2026 09:30  Discharge plan: IOP from 10/05/2026.
""",
    "other/precert-quick-reference-card-2024.txt": """
HOOSIER BENEFIT SERVICES (FICTIONAL) - PRECERTIFICATION QUICK REFERENCE (2024 wallet card)
Page 1 of 1
"Urgent admissions: call within 48 hours of admission."
(Printed 2024 for the plan's 2024 terms; the 2026 SPD governs this stay.)
""",
    "other/facility-admissions-log-2026-09-04.txt": """
LIMESTONE RIDGE RECOVERY CENTER (FICTIONAL) - ADMISSIONS LOG, FRIDAY 09/04/2026
Page 1 of 1

16:30  C. Marchetti-Owusu   from hospital detox   payer: Ridgeway (Hoosier Benefit Services)   UR call: next business day
17:10  A.P.                  walk-in assessment     payer: self-pay (another person; not admitted)
Note: office closed Monday 09/07/2026 (Labor Day).
""",
    "clinical/residential-discharge-summary-2026-10-01.txt": """
LIMESTONE RIDGE RECOVERY CENTER (FICTIONAL) - DISCHARGE SUMMARY                  Date: 10/01/2026
Patient: Caleb Marchetti-Owusu   DOB 04/03/2002   Attending: Ingrid Solvang-Terrell, MD (NPI 1677420519)
Page 1 of 1

Diagnosis: alcohol use disorder, severe (F10.20). Admitted 09/04/2026 directly from hospital detox (08/31-09/04/2026);
earlier detox 03/2026 with a withdrawal seizure. AUDIT 34 on admission. No suicidal ideation.
History: IOP 02-04/2023 (30 sessions), ten months sober afterwards; acamprosate 666 mg three times daily 10/2025-01/2026,
relapsed while taking it; quetiapine 25 mg at bedtime for sleep 04-09/2026, stopped on admission.
Course: ASAM Level 3.7 residential care; naltrexone 50 mg daily started 09/10/2026, continued at discharge.
Discharged 10/01/2026 sober, to IOP from 10/05/2026.
""",
    "other/authorization-to-represent-2026-10-20.txt": """
AUTHORIZATION OF REPRESENTATIVE (FICTIONAL FORM)
I, Caleb Marchetti-Owusu (DOB 04/03/2002), authorize my father, Dominic Marchetti-Owusu, to act for me in all
appeals of claim RMH-26-1014-77120 and to receive my health information for them.
Signed: Caleb Marchetti-Owusu      Date: 10/20/2026
Page 1 of 1
""",
}

TRUTH = r'''
# 05 - Self-funded ERISA plan: residential SUD stay denied for late precertification; second-level appeal by the father (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Caleb Marchetti-Owusu, **24** (DOB 04/03/2002), Bloomington, IN, is a dependent on his father's **self-funded
  ERISA** plan (Ridgeway Manufacturing Employee Health Plan; claims administrator Hoosier Benefit Services).
- He was admitted to **residential treatment for severe alcohol use disorder (ASAM 3.7)** on **Friday 09/04/2026** at
  16:30, straight from a hospital detox, and discharged **10/01/2026** (27 days; in network).
- The facility notified the plan's Utilization Review Program on **Tuesday 09/08/2026 at 10:15**. **Monday 09/07/2026
  was Labor Day**, a federal holiday. The review vendor found the level of care met (ASAM 3.7) and **approved
  09/08-09/21, extended through 10/01/2026** (UR-26-0908-1177).
- The plan's **2026 SPD Section 5.3**: notice "within **two business days following the day of admission**"; a missed
  notice reduces benefits by **$500** and "This reduction is the only consequence of a missed notice".
- Two business days following Friday 09/04 are **Tuesday 09/08 and Wednesday 09/09**: the notice on 09/08 was **on
  time** (the first business day).
- The EOB of **10/14/2026** denied the whole stay (CO-197, "not obtained within 2 days"); the **first-level decision of
  11/12/2026** upheld ("requires notification within 2 days"; "4 calendar days after admission").
- **Stage and rule:** second-level appeal under the plan's two-level procedure, ERISA claims rule 29 CFR 2560.503-1;
  the decision gives **60 days from receipt: by 01/11/2027** counted from its date. Post-service: with two levels each
  level is decided within 30 days (2560.503-1(i)(2)(iii)(B)).
- **Author:** his **father**, the plan participant, with Caleb's written authorization (Caleb is an adult); he writes
  "my son".

## Deliberately unknown
- Whether the plan will apply the $500 reduction even if the notice is found on time: a letter argues no reduction
  (timely notice) and, in the alternative, that at most $500 applies; it must not state what the plan will pay.
- The plan's allowed amount for the stay: not in the case.
- Whether the days 09/04-09/07 meet criteria: the vendor approved from 09/08; they were the first days of the same
  continuous stay after detox. A letter must not say the approval covers 09/04-09/07.

## Traps
- **A date and a plan document, not medicine.** The winning points: (1) counted in **business days following the day of
  admission**, with **Labor Day**, the notice on 09/08 was **within** the SPD's rule; (2) even a missed notice costs
  **$500** under the SPD's own words, never a denial of the stay. The review vendor already found the level of care
  met; no medical-necessity argument is needed (no peer-to-peer, no criteria fight).
- **A decision's stated fact the record contradicts:** "The plan requires notification within 2 days" (calendar); the
  SPD says two business days following the day of admission.
- **Stale document:** the **2024 quick-reference card** ("call within 48 hours of admission") is not the 2026 rule.
- **Approval dates:** UR-26-0908-1177 covers **09/08-10/01** only; never "the plan approved the whole stay".
- **Other person on a document:** the admissions log lists **A.P.**, a walk-in, not admitted.
- **Not an emergency admission:** a planned transfer from detox that could not be scheduled in advance; never argued
  as emergency services or under the No Surprises Act.
- **Drugs / treatments:** naltrexone continues (never "failed"/"stopped"); quetiapine 25 mg was a sleep dose;
  IOP 2023 brought ten months' sobriety (an earlier response, never a failure); acamprosate relapse is the one failed
  drug.
- **Wrong law:** ERISA is right here (29 CFR 2560.503-1); no 45 CFR 147.136 as the appeal rule, no state insurance
  department or state external review (self-funded); external review (federal, 29 CFR 2590.715-2719) must not be
  promised - the denial does not turn on medical judgment.
- **Stage:** a second-level appeal: it must say so and answer the **11/12/2026** decision, not only the EOB.
- **Voice:** the father writes "I" for himself and "my son"/"Caleb"; never Caleb's "I".

## Arguments a strong letter makes (strongest first)
1. The notice was **on time**: SPD 5.3 allows notice within two business days following the day of admission; Caleb
   was admitted Friday 09/04/2026; Monday 09/07 was Labor Day; the facility called Tuesday **09/08/2026 at 10:15**,
   the first business day. The ground of the denial fails; reprocess the stay.
2. Even if notice had been late, the SPD's own consequence is a **$500 reduction**, "the only consequence of a missed
   notice"; denying the whole stay goes beyond the plan's terms.
3. The plan's own review vendor found residential care met criteria (ASAM 3.7) and approved 09/08-10/01/2026; the
   first four days were the same continuous admission from detox (ask that they be reviewed, not presumed approved).
4. Second level: answer the 11/12/2026 decision by name and correct its "within 2 days".

## What a letter must NOT say
- "the plan requires notice within 2 days" / "within 48 hours"; "the notice was late"; "retroactive authorization"
  as the main ask.
- "the plan approved the entire stay" / "09/04" within the approval.
- "emergency", "No Surprises Act"; "A.P." as a patient of this case.
- "failed naltrexone"; quetiapine as a treatment trial; "failed IOP".
- "45 CFR 147.136" as the governing appeal rule; "state insurance department"; "external review" promised.
'''

ANSWERS = [
    ("other/spd-2026-section-5-3-excerpt.txt", "within two business days following the day of admission"),
    ("other/spd-2026-section-5-3-excerpt.txt", "This reduction is the only consequence of a missed notice"),
    ("other/utilization-review-call-log-2026-09-08.txt", "09/08/2026 10:15  Call from facility UR nurse: admission 09/04/2026 (Friday"),
    ("other/utilization-review-call-log-2026-09-08.txt", "Approved 09/08/2026 through 09/21/2026"),
    ("other/utilization-review-call-log-2026-09-08.txt", "extended on 09/21/2026 through 10/01/2026"),
    ("other/facility-admissions-log-2026-09-04.txt", "office closed Monday 09/07/2026 (Labor Day)"),
    ("other/facility-admissions-log-2026-09-04.txt", "A.P."),
    ("other/precert-quick-reference-card-2024.txt", "call within 48 hours of admission"),
    ("denial/first-level-appeal-decision-2026-11-12.txt", "The plan requires notification within 2 days."),
    ("denial/first-level-appeal-decision-2026-11-12.txt", "within 60 days of receiving this decision"),
    ("denial/explanation-of-benefits-2026-10-14.txt", "Precertification was not obtained within 2 days of admission."),
    ("clinical/residential-discharge-summary-2026-10-01.txt", "naltrexone 50 mg daily started 09/10/2026, continued at discharge"),
    ("clinical/residential-discharge-summary-2026-10-01.txt", "quetiapine 25 mg at bedtime for sleep"),
    ("clinical/residential-discharge-summary-2026-10-01.txt", "IOP 02-04/2023 (30 sessions), ten months sober afterwards"),
    ("case.yaml", "next_deadline: 2027-01-11"),
    ("truth", "Tuesday 09/08 and Wednesday 09/09"),
    ("truth", "29 CFR 2560.503-1"),
]
