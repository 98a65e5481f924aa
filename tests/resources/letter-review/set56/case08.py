SLUG = "08-medicaid-mco-tms-continuation-old-50-percent-rule-applied-fair-hearing-case-manager"

CASE_YAML = r"""
# FICTIONAL CASE (set 56, case 08) - every person, plan, agency, provider, number and address is invented.
# Medicaid managed care, Colorado, adult aged 34. After 20 authorized TMS treatments (PHQ-9 25 to 16, 36%), the plan
# denied the continuation (16 more: 10 treatments and 6 taper) as "no response: less than 50%", and its notice of
# resolution (11/06/2026) upheld. Its own policy BH-TMS-4, revised 07/01/2026, asks for a 20% reduction by treatment
# 20; 50% was the 2024 version's figure. A community mental health center case manager, his authorized
# representative, asks for a state fair hearing.
patient:
  name: Gideon Castellanos-Wright
  salutation: Mr. Castellanos-Wright
  date_of_birth: 1992-07-30
  member_id: FICT-FRC-M4471902
  address: |-
    1450 Elm Street, Unit 2
    Pueblo, CO 81004
  phone: (719) 555-0126
insurer:
  name: Front Range Community Health Plan, a Medicaid managed care plan (FICTIONAL)
  appeals_address: |-
    Front Range Community Health Plan - Appeals (FICTIONAL)
    PO Box 60917
    Colorado Springs, CO 80960
  fax: (719) 555-0144
claim:
  number: FRC-UM-26-1008-41173
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-10-12
  procedure_codes: [90868]
  diagnosis_codes: [F33.2]
  pending_services: 16
  denial_reason: >-
    Continuation of TMS is not medically necessary (BH-TMS-4, continuation criterion C2): the member has not shown a
    response, defined as at least a 50% reduction in PHQ-9 from baseline, by treatment 20.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  reviewer: {name: "Lyle Brandstetter, MD", specialty: psychiatry}
decisions:
  - date: 2026-11-06
    outcome: denied
    stage: plan appeal
    opens: state fair hearing
    next_deadline: 2027-03-06
    reason: >-
      The denial is upheld. The PHQ-9 fell from 25 to 16 (36%), less than the 50% reduction required for
      continuation under BH-TMS-4 criterion C2.
    corrections:
      - said: less than the 50% reduction required for continuation under BH-TMS-4 criterion C2
        record: >-
          BH-TMS-4 as revised 07/01/2026, in force when the continuation was requested (10/08/2026), requires in
          criterion C2 at least a 20% reduction in PHQ-9 or MADRS from baseline by treatment 20; the 50% figure was
          the 01/01/2024 version's. His PHQ-9 fell 36%.
        file: other/bh-tms-4-rev-2026-07-01-excerpt.txt
        page: 1
external_review:
  agency: State Medicaid Fair Hearings Unit (FICTIONAL)
  address: |-
    State Medicaid Fair Hearings Unit (FICTIONAL)
    1200 Capitol Way, Room 410
    Denver, CO 80203
  final_denial_date: 2026-11-06
plan_policy:
  name: Front Range Community Health Plan Behavioral Health Policy BH-TMS-4 "Transcranial magnetic stimulation" (revised 07/01/2026)
  number: BH-TMS-4
  quote: >-
    Continuation criteria. C1. Initial course of 20 treatments completed as authorized. C2. At least a 20% reduction
    in PHQ-9 or MADRS from baseline by treatment 20 (partial response). C3. Continuation may be authorized up to 36
    treatments in all, including up to 6 taper treatments.
  file: other/bh-tms-4-rev-2026-07-01-excerpt.txt
payer_criteria:
  - criterion: C1. Initial course of 20 treatments completed as authorized.
    how_met: 20 treatments given 09/14/2026-10/09/2026 under authorization FRC-UM-26-0910-39002.
    met: true
    evidence: {file: clinical/tms-flowsheet-2026.txt, page: 1}
  - criterion: C2. At least a 20% reduction in PHQ-9 or MADRS from baseline by treatment 20 (partial response).
    how_met: PHQ-9 25 at baseline (09/14/2026) to 16 at treatment 20 (10/09/2026), a 36% reduction.
    met: true
    evidence: {file: clinical/tms-flowsheet-2026.txt, page: 1}
  - criterion: C3. Continuation may be authorized up to 36 treatments in all, including up to 6 taper treatments.
    how_met: 16 more requested (10 treatments and 6 taper), 36 in all.
    met: true
    evidence: {file: clinical/tms-continuation-request-2026-10-08.txt, page: 1}
prior_auth:
  requested_on: 2026-10-08
  reference: FRC-UM-26-1008-41173
  approved:
    number: FRC-UM-26-0910-39002
    date: 2026-09-10
    covers: TMS, 20 treatments (90867 x1, 90868 x19), 09/10/2026 through 10/31/2026
    quote: "Approved: TMS initial course, 20 treatments, 09/10/2026-10/31/2026."
    file: other/initial-authorization-2026-09-10.txt
    lines:
      - {code: [90867, 90868], units: 20, given: 20}
treatment:
  name: Transcranial magnetic stimulation (TMS), continuation of 16 treatments (10 treatments and 6 taper)
  summary: >-
    Continuation of a TMS course after a partial response by treatment 20 (PHQ-9 25 to 16), to reach 36 treatments
    in all as the plan's policy allows.
  plan: >-
    10 daily treatments and 6 taper treatments over about 4 weeks; PHQ-9 weekly; stop if no further improvement by
    treatment 30.
clinical:
  severity: PHQ-9 25 on 09/14/2026; PHQ-9 16 on 10/09/2026; PHQ-9 19 on 11/20/2026 (no TMS since 10/09/2026)
  severity_date: 2026-11-20
  suicidality: passive
  suicidality_date: 2026-09-14
  response: PHQ-9 25 (09/14/2026) to 16 (10/09/2026), a 36% reduction by treatment 20
  response_level: partial
  episode_onset: 2024-02
  history:
    - drug: Cognitive behavioral therapy (2018, earlier episode)
      dose: 16 weekly sessions
      start: 2018-03
      end: 2018-07
      sessions: 16
      kind: psychotherapy
      response: remission
      outcome: Remission in an earlier episode
      evidence: {file: clinical/tms-continuation-request-2026-10-08.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-02
      end: 2024-05
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks
      evidence: {file: clinical/tms-continuation-request-2026-10-08.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 150 mg daily
      start: 2025-01
      end: 2025-01
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for raised blood pressure (intolerance)
      evidence: {file: clinical/tms-continuation-request-2026-10-08.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through the TMS course
      evidence: {file: clinical/tms-continuation-request-2026-10-08.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily
      start: 2025-10
      end: 2025-12
      weeks: 8
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks added to bupropion
      evidence: {file: clinical/tms-continuation-request-2026-10-08.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2025-12
      ongoing: true
      kind: other
      adequate: false
      outcome: Sleep dose; not an augmentation trial
      evidence: {file: clinical/tms-continuation-request-2026-10-08.txt, page: 1}
impact:
  work: Lost his warehouse job in 03/2026; had begun applying for work again in 10/2026.
  relapse: PHQ-9 rose from 16 to 19 in the six weeks since TMS stopped at treatment 20.
author:
  name: Loretta Vasquez-Haldane
  role: case manager, Sangre de Cristo Community Mental Health Center; authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-11-12.txt
  address: |-
    Sangre de Cristo Community Mental Health Center (FICTIONAL), 800 West 13th Street
    Pueblo, CO 81003
  phone: (719) 555-0178
  email: lvasquez@sdc-cmhc.example
provider:
  name: Sangre de Cristo Community Mental Health Center, TMS Service
  npi: "1284759309"
  address: |-
    800 West 13th Street
    Pueblo, CO 81003
  phone: (719) 555-0178
template: external-review-request
record_dates:
  - file: clinical/tms-flowsheet-2026.txt
    date: 2026-11-20
  - file: clinical/tms-continuation-request-2026-10-08.txt
    date: 2026-10-08
bates_prefix: CASTELLANOSWRIGHT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-adverse-benefit-determination-2026-10-12.txt": """
FRONT RANGE COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION   Date: 10/12/2026
Member: Gideon Castellanos-Wright   Medicaid ID FICT-FRC-M4471902
Request FRC-UM-26-1008-41173 (received 10/08/2026): TMS continuation, 16 treatments (90868).
Decision: DENIED. Continuation of TMS is not medically necessary (BH-TMS-4, continuation criterion C2): the member
has not shown a response, defined as at least a 50% reduction in PHQ-9 from baseline, by treatment 20.
Reviewer: Lyle Brandstetter, MD (psychiatry).
You may appeal to the plan within 60 days of the date of this notice.
""",
    "denial/notice-of-appeal-resolution-2026-11-06.txt": """
FRONT RANGE COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION            Date: 11/06/2026
Member: Gideon Castellanos-Wright   Request FRC-UM-26-1008-41173   Appeal received 10/16/2026
The denial is upheld. The PHQ-9 fell from 25 to 16 (36%), less than the 50% reduction required for continuation
under BH-TMS-4 criterion C2.
State fair hearing: you may ask for a state fair hearing within 120 calendar days of the date of this notice. Send
your request to the State Medicaid Fair Hearings Unit, 1200 Capitol Way, Room 410, Denver, CO 80203.
""",
    "clinical/tms-flowsheet-2026.txt": """
SANGRE DE CRISTO COMMUNITY MENTAL HEALTH CENTER (FICTIONAL) - TMS FLOWSHEET           Page 1 of 1
Client: Gideon Castellanos-Wright   Authorization FRC-UM-26-0910-39002 (20 treatments)
Treatments 1-20: 09/14/2026-10/09/2026 (weekdays). Motor threshold 09/14/2026.
PHQ-9: 25 (09/14, baseline), 22 (09/21), 20 (09/28), 18 (10/05), 16 (10/09, treatment 20) - reduction 36%.
After the course stopped: PHQ-9 19 on 11/20/2026.
[Scanned page also shows the next client's row: "R.D. - PHQ-9 21 -> 9 (57%)" - not this client.]
Last updated 11/20/2026.
""",
    "clinical/tms-continuation-request-2026-10-08.txt": """
SANGRE DE CRISTO COMMUNITY MENTAL HEALTH CENTER (FICTIONAL) - TMS CONTINUATION REQUEST   Date: 10/08/2026
Client: Gideon Castellanos-Wright   DOB 07/30/1992   Page 1 of 1
Diagnosis F33.2; current episode since 02/2024. Passive suicidal ideation at baseline (09/14/2026), no plan; none
at treatment 20.
History: sertraline 200 mg 02/2024-05/2024, 12 weeks, no response; venlafaxine XR 150 mg 01/2025, stopped after 3
weeks for raised blood pressure; bupropion XL 300 mg since 06/2025, partial response, continued; aripiprazole 5 mg
added 10/2025-12/2025, 8 weeks, no response; quetiapine 25 mg at bedtime for sleep since 12/2025. Earlier episode
2018: 16 sessions of CBT, remission.
Request: 16 more treatments (10 treatments and 6 taper), 36 in all, under BH-TMS-4 continuation criteria.
Signed: Esperanza Delgado-Marsh, MD, psychiatrist, TMS service
""",
    "other/bh-tms-4-rev-2026-07-01-excerpt.txt": """
FRONT RANGE COMMUNITY HEALTH PLAN (FICTIONAL) - BEHAVIORAL HEALTH POLICY BH-TMS-4
Transcranial magnetic stimulation            Revised 07/01/2026 (replaces the 01/01/2024 version)     Page 1 of 1
Continuation criteria. C1. Initial course of 20 treatments completed as authorized. C2. At least a 20% reduction
in PHQ-9 or MADRS from baseline by treatment 20 (partial response). C3. Continuation may be authorized up to 36
treatments in all, including up to 6 taper treatments.
Revision note 07/01/2026: C2 changed from a 50% reduction to a 20% reduction.
""",
    "other/bh-tms-4-2024-version-stale.txt": """
FRONT RANGE COMMUNITY HEALTH PLAN (FICTIONAL) - BEHAVIORAL HEALTH POLICY BH-TMS-4
Version effective 01/01/2024 (replaced 07/01/2026)                                   Page 1 of 1
Continuation criteria. C2. At least a 50% reduction in PHQ-9 from baseline by treatment 20.
""",
    "other/initial-authorization-2026-09-10.txt": """
FRONT RANGE COMMUNITY HEALTH PLAN (FICTIONAL) - AUTHORIZATION                        Date: 09/10/2026
Member: Gideon Castellanos-Wright   Number FRC-UM-26-0910-39002
Approved: TMS initial course, 20 treatments, 09/10/2026-10/31/2026.
""",
    "other/authorized-representative-form-2026-11-12.txt": """
AUTHORIZED REPRESENTATIVE DESIGNATION (FICTIONAL)                                    Signed 11/12/2026
I, Gideon Castellanos-Wright, name Loretta Vasquez-Haldane, case manager at Sangre de Cristo Community Mental Health
Center, as my authorized representative for my appeal and state fair hearing about TMS (request
FRC-UM-26-1008-41173).
Signed: Gideon Castellanos-Wright
""",
}

TRUTH = r"""
# 08 - Medicaid managed care: TMS continuation denied by the 2024 version's 50% figure when the revised policy asks for 20%; state fair hearing asked by a CMHC case manager (FICTIONAL)

All people, plans, agencies, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Gideon Castellanos-Wright, 34 (DOB 07/30/1992), a Medicaid member in **Front Range Community Health Plan**
  (managed care, Colorado), had **20 authorized TMS treatments 09/14-10/09/2026** (authorization
  FRC-UM-26-0910-39002). PHQ-9 **25 -> 16 (36%)** by treatment 20.
- The **continuation** (16 more: 10 treatments and 6 taper) was requested 10/08/2026 and **denied 10/12/2026**
  (FRC-UM-26-1008-41173) for "less than 50%"; the **notice of resolution of 11/06/2026** upheld on the same figure.
- **BH-TMS-4 revised 07/01/2026** (in force when asked): **C2 = at least 20%** by treatment 20; C3 allows 36 in all
  with up to 6 taper. The revision note says C2 changed from 50% to 20%. 36% meets C2; 16 more makes 36: C3 met.
- **Rule and stage:** state fair hearing within **120 calendar days of the notice of resolution: by 03/06/2027**
  (42 CFR 438.408(f)(2)); addressed to the State Medicaid Fair Hearings Unit (fictional), never to the plan "to
  forward". No authorized care was cut (the 20 were given; this is a new request): continued benefits (438.420) do
  not apply. Medicaid parity: 42 CFR 438.910.
- **Author:** his CMHC case manager, his authorized representative (designation of 11/12/2026); she writes about
  "Mr. Castellanos-Wright".
- Expected answers (question -> answer, where printed):
  1. Request number -> FRC-UM-26-1008-41173 (denial/notice-of-adverse-benefit-determination-2026-10-12.txt)
  2. Notice of resolution date -> Date: 11/06/2026 (denial/notice-of-appeal-resolution-2026-11-06.txt)
  3. Fair hearing deadline -> by 03/06/2027 (truth)
  4. Figure the plan applied -> less than the 50% reduction required (denial/notice-of-appeal-resolution-2026-11-06.txt)
  5. Figure in force -> At least a 20% reduction in PHQ-9 or MADRS from baseline by treatment 20 (other/bh-tms-4-rev-2026-07-01-excerpt.txt)
  6. Revision date -> Revised 07/01/2026 (replaces the 01/01/2024 version) (other/bh-tms-4-rev-2026-07-01-excerpt.txt)
  7. Revision note -> C2 changed from a 50% reduction to a 20% reduction (other/bh-tms-4-rev-2026-07-01-excerpt.txt)
  8. Scores -> 25 (09/14, baseline) (clinical/tms-flowsheet-2026.txt)
  9. Reduction -> 16 (10/09, treatment 20) - reduction 36% (clinical/tms-flowsheet-2026.txt)
  10. Continuation asked -> 16 more treatments (10 treatments and 6 taper), 36 in all (clinical/tms-continuation-request-2026-10-08.txt)
  11. Since stopping -> PHQ-9 19 on 11/20/2026 (clinical/tms-flowsheet-2026.txt)
  12. Intolerance -> stopped after 3 weeks for raised blood pressure (clinical/tms-continuation-request-2026-10-08.txt)
  13. Drug still taken -> bupropion XL 300 mg since 06/2025, partial response, continued (clinical/tms-continuation-request-2026-10-08.txt)
  14. Sleep dose -> quetiapine 25 mg at bedtime for sleep (clinical/tms-continuation-request-2026-10-08.txt)
  15. Hearing office address -> 1200 Capitol Way, Room 410, Denver, CO 80203 (denial/notice-of-appeal-resolution-2026-11-06.txt)
  16. Delivery -> delivery: managed_care (case.yaml)

## Deliberately unknown
- Whether the reviewer had the revised policy: not known; ask for the criteria relied on.
- Whether the state will expedite the hearing: not asked here (no physician has certified urgency).
- Whether the center can hold his place for the remaining treatments: not in the case.

## Traps
- **Plan document figure, not clinical judgment.** The decision applied the 2024 version's 50%; the policy in force
  says 20%. Both the denial and the resolution state the old figure as the rule.
- **The initial authorization** (FRC-UM-26-0910-39002) covers the first 20 treatments only, all given within it; it
  must never be argued as covering the continuation ("honor the authorization").
- **Stale document:** the 01/01/2024 version (50%) is replaced; never quoted as the criterion.
- **Other person on a document:** "R.D." on the flowsheet (57%): not this client's figures.
- **Partial response is not remission**, and 36% is a partial response by the plan's own definition; a letter must
  not call it a "response" in the 50% sense or "remission".
- **No continued benefits:** nothing authorized was reduced or ended; a letter must not ask for aid paid pending or
  cite 438.420 as applying.
- **Suicidality:** passive at baseline (09/14/2026), none at treatment 20: never current or active.
- **Venlafaxine XR** stopped for intolerance at 3 weeks: not an adequate trial. **Bupropion XL continues**: never
  "failed"/"stopped". **Quetiapine 25 mg** is a sleep dose, not augmentation. **CBT 2018** was a remission in an
  earlier episode, never a failed trial or a medication.
- **Wrong law:** ERISA, 45 CFR 147.136, external review by an IRO, MHPAEA as 29 CFR 2590.712; EPSDT (he is 34).

## Arguments a strong letter makes, strongest first
1. BH-TMS-4 revised 07/01/2026, in force when the continuation was asked, requires a 20% reduction by treatment 20;
   his PHQ-9 fell 36%. Both decisions applied the replaced 2024 figure of 50%. C1-C3 are met: authorize the 16
   treatments.
2. Since TMS stopped at treatment 20 his PHQ-9 has risen from 16 to 19: delay is costing the gains made.
3. Ask the hearing officer to order the plan to authorize the continuation, and for the plan's case file and the
   criteria it relied on.

## What a letter must NOT say
- "50% is required"; "did not respond"; "remission".
- "R.D."; "57%".
- "continued benefits", "aid paid pending", "438.420" as applying.
- "currently suicidal", "active suicidal ideation".
- "failed bupropion"; venlafaxine as an adequate trial; quetiapine as augmentation; "failed CBT".
- "ERISA", "45 CFR 147.136", "independent review organization", "EPSDT"; asking the plan to forward the request.
"""

ANSWERS = [
    ("request number", "FRC-UM-26-1008-41173", "denial/notice-of-adverse-benefit-determination-2026-10-12.txt"),
    ("resolution date", "Date: 11/06/2026", "denial/notice-of-appeal-resolution-2026-11-06.txt"),
    ("deadline", "by 03/06/2027", "truth"),
    ("figure applied", "less than the 50% reduction required", "denial/notice-of-appeal-resolution-2026-11-06.txt"),
    ("figure in force", "At least a 20% reduction in PHQ-9 or MADRS from baseline by treatment 20", "other/bh-tms-4-rev-2026-07-01-excerpt.txt"),
    ("revision", "Revised 07/01/2026 (replaces the 01/01/2024 version)", "other/bh-tms-4-rev-2026-07-01-excerpt.txt"),
    ("revision note", "C2 changed from a 50% reduction to a 20% reduction", "other/bh-tms-4-rev-2026-07-01-excerpt.txt"),
    ("baseline", "25 (09/14, baseline)", "clinical/tms-flowsheet-2026.txt"),
    ("reduction", "16 (10/09, treatment 20) - reduction 36%", "clinical/tms-flowsheet-2026.txt"),
    ("continuation asked", "16 more treatments (10 treatments and 6 taper), 36 in all", "clinical/tms-continuation-request-2026-10-08.txt"),
    ("since stopping", "PHQ-9 19 on 11/20/2026", "clinical/tms-flowsheet-2026.txt"),
    ("intolerance", "stopped after 3 weeks for raised blood pressure", "clinical/tms-continuation-request-2026-10-08.txt"),
    ("drug still taken", "bupropion XL 300 mg since 06/2025, partial response, continued", "clinical/tms-continuation-request-2026-10-08.txt"),
    ("sleep dose", "quetiapine 25 mg at bedtime for sleep", "clinical/tms-continuation-request-2026-10-08.txt"),
    ("hearing address", "1200 Capitol Way, Room 410, Denver, CO 80203", "denial/notice-of-appeal-resolution-2026-11-06.txt"),
    ("delivery", "delivery: managed_care", "case.yaml"),
]
