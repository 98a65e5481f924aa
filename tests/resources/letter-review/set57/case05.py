"""FICTIONAL - set 57, case 05."""
SLUG = "05-self-funded-erisa-in-spravato-continuation-wrong-baseline-madrs-second-level-pmhnp"

CASE_YAML = r'''
# FICTIONAL CASE (set 57, case 05) - every person, plan, provider, number and address is invented.
# Self-funded employer plan, Indiana, 3,900 employees. Dmitri Koval, 44, recurrent severe depression, had Spravato
# induction 08/18-10/13/2026. Continuation was denied (10/20/2026) and the first-level appeal upheld (11/17/2026):
# "baseline MADRS 31 (08/25/2026); week 8 MADRS 24 (10/06/2026); 23% reduction". The policy defines baseline as
# the score before the first treatment: 40 on 08/18; week 8 (10/13) was 19: 52.5%. Treatment stopped; MADRS back
# to 33. His PMHNP files the second-level appeal with his written authorization.
patient:
  name: Dmitri Koval
  salutation: Mr. Koval
  date_of_birth: 1982-01-27
  member_id: FICT-HFW-600237418
  address: |-
    5127 Guilford Avenue
    Indianapolis, IN 46205
  phone: (317) 555-0119
insurer:
  name: Crossroads Benefit Administrators, for the Hoosier Freightways Employee Health Plan (FICTIONAL)
  appeals_address: |-
    Crossroads Benefit Administrators - Appeals (FICTIONAL)
    PO Box 68120
    Indianapolis, IN 46268
  fax: (317) 555-0150
claim:
  number: CBA-RX-26-1016-40277
  plan_type: employer_erisa
  funding: self_funded
  employees: 3900
  notice_date: 2026-10-20
  stage: second level
  service_dates: [2026-12-15, 2027-03-30]
  pending_services: 16
  setting: outpatient
  procedure_codes: [J0013, "99214"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Continuation of esketamine beyond the induction phase is not medically necessary under RX-ESK-C2: the records
    do not show a reduction of at least 50% from the baseline MADRS by week 8.
  denial_category: medical_necessity
  reviewer: {name: Dr. Gary Lindqvist, specialty: family medicine}
  action: none
decisions:
  - date: 2026-11-17
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-16
    reason: >-
      The denial is upheld. Baseline MADRS 31 (08/25/2026); week 8 MADRS 24 (10/06/2026); this is a 23% reduction,
      less than the 50% RX-ESK-C2 requires for continuation.
    corrections:
      - said: "Baseline MADRS 31 (08/25/2026)"
        record: >-
          RX-ESK-C2 defines the baseline as the MADRS recorded before the first treatment: 40 on 08/18/2026, before
          the first dose. The 31 of 08/25/2026 was recorded after the third treatment.
        file:
          - clinical/spravato-treatment-log-2026-08-18-to-10-13.txt
          - other/rx-esk-c2-policy-2026.txt
        page: 1
      - said: "week 8 MADRS 24 (10/06/2026)"
        record: >-
          10/06/2026 was week 7. The week 8 score, on 10/13/2026, was 19: a reduction of 52.5% from 40.
        file: clinical/spravato-treatment-log-2026-08-18-to-10-13.txt
        page: 2
treatment:
  name: Spravato (esketamine nasal spray) 84 mg, continuation phase (J0013)
  summary: >-
    Continuation of Spravato after an induction that brought his MADRS from 40 to 19 by week 8; since it stopped
    after 10/13/2026 his MADRS has risen to 33.
  plan: >-
    Spravato 84 mg weekly for 8 weeks, then every one or two weeks by response, 16 treatments through 03/2027,
    with two hours of monitoring each time in the certified clinic; MADRS every four weeks; stop if the MADRS is not
    at least 50% below 40 by the fourth continuation treatment. Venlafaxine XR continues.
  alongside: venlafaxine XR 225 mg daily
clinical:
  severity: MADRS 33 on 11/24/2026, six weeks after the last treatment (19 at week 8 on 10/13/2026)
  severity_date: 2026-11-24
  suicidality: passive
  suicidality_date: 2026-11-24
  response: MADRS 40 before the first treatment (08/18/2026), 31 (08/25), 24 (10/06), 19 at week 8 (10/13/2026); 33 on 11/24/2026 off treatment
  response_level: response
  episode_onset: 2025-08
  treating_since: 2025-09
  history:
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2017-03
      end: 2018-05
      kind: antidepressant
      response: remission
      outcome: Earlier episode (2017); remission; tapered off
      evidence: {file: clinical/pmhnp-visit-2026-11-24.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-09-08
      end: 2025-12-15
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: 14 weeks; no response; cross-tapered to venlafaxine
      evidence: {file: clinical/pmhnp-visit-2026-11-24.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-12-15
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/pmhnp-visit-2026-11-24.txt, page: 1}
    - drug: Mirtazapine
      dose: 15 mg at bedtime
      start: 2026-01-12
      end: 2026-02-02
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for weight gain of 12 lb and daytime sedation; intolerance
      evidence: {file: clinical/pmhnp-visit-2026-11-24.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily (augmentation)
      start: 2026-02-16
      end: 2026-05-11
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: 12 weeks added to venlafaxine; no response; stopped
      evidence: {file: clinical/pmhnp-visit-2026-11-24.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-10
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/pmhnp-visit-2026-11-24.txt, page: 1}
    - drug: Spravato (esketamine nasal spray)
      dose: 56 mg then 84 mg, twice weekly then weekly (12 treatments)
      start: 2026-08-18
      end: 2026-10-13
      kind: other
      response: response
      outcome: MADRS 40 to 19 by week 8 (52.5%); stopped when continuation was denied
      evidence: {file: clinical/spravato-treatment-log-2026-08-18-to-10-13.txt, page: 2}
impact:
  hospitalizations: Inpatient psychiatric stay 07/06/2026 through 07/11/2026 for suicidal thoughts with a plan.
  work: >-
    Returned to full duty as a freight dispatcher on 10/05/2026 during induction; back on reduced hours since
    11/16/2026.
  relapse: MADRS rose from 19 to 33 in the six weeks after the last treatment on 10/13/2026.
payer_criteria:
  - criterion: >-
      Continuation: a reduction of at least 50% from the baseline MADRS by week 8 of induction. Baseline is the
      MADRS recorded before the first treatment.
    how_met: MADRS 40 before the first treatment on 08/18/2026; 19 at week 8 on 10/13/2026 (52.5% reduction).
    met: true
    evidence: {file: clinical/spravato-treatment-log-2026-08-18-to-10-13.txt, page: 2}
plan_policy:
  name: Hoosier Freightways Employee Health Plan Clinical Criteria, Esketamine Nasal Spray
  number: RX-ESK-C2
  quote: >-
    Continuation beyond the induction phase (weeks 1-8) is medically necessary when the MADRS has fallen by at least
    50% from baseline by week 8. Baseline is the MADRS recorded before the first treatment. Week 8 is the eighth
    week from the first treatment.
  file: other/rx-esk-c2-policy-2026.txt
author:
  name: Renee Castellano, DNP, PMHNP-BC
  role: treating psychiatric nurse practitioner
  relation: prescriber
  authorization: other/member-authorization-2026-11-20.txt
  address: |-
    Circle City Interventional Psychiatry (FICTIONAL), 8401 Harcourt Road, Suite 300
    Indianapolis, IN 46260
  phone: (317) 555-0172
  email: rcastellano@circlecitypsych.example
provider:
  name: Circle City Interventional Psychiatry
  credentials: Spravato REMS-certified treatment center
  npi: "1630182743"
  address: |-
    8401 Harcourt Road, Suite 300
    Indianapolis, IN 46260
  phone: (317) 555-0172
employer:
  name: Hoosier Freightways, Benefits Office (FICTIONAL)
  address: |-
    1 Logistics Way
    Plainfield, IN 46168
copies: [employer]
record_dates:
  - file: clinical/pmhnp-visit-2026-11-24.txt
    date: 2026-11-24
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/continuation-denial-2026-10-20.txt": """
CROSSROADS BENEFIT ADMINISTRATORS (FICTIONAL) for the HOOSIER FREIGHTWAYS EMPLOYEE HEALTH PLAN
NOTICE OF ADVERSE BENEFIT DETERMINATION                                      Date: 10/20/2026   Page 1 of 1
Member: Dmitri Koval   DOB 01/27/1982   ID FICT-HFW-600237418   Reference CBA-RX-26-1016-40277
Request: Spravato (esketamine) continuation phase, J0013, from 10/20/2026.
Denied. Continuation of esketamine beyond the induction phase is not medically necessary under RX-ESK-C2: the
records do not show a reduction of at least 50% from the baseline MADRS by week 8.
Reviewer: Gary Lindqvist, MD, family medicine.
You may appeal within 180 days of receipt. This plan is self-funded and is governed by ERISA.
""",
"denial/first-level-appeal-decision-2026-11-17.txt": """
CROSSROADS BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION      Date: 11/17/2026   Page 1 of 1
Member: Dmitri Koval   Reference CBA-RX-26-1016-40277
The denial is upheld. Baseline MADRS 31 (08/25/2026); week 8 MADRS 24 (10/06/2026); this is a 23% reduction,
less than the 50% RX-ESK-C2 requires for continuation. Reviewer: Nadine Brooks, MD, psychiatry.
You may request a second-level appeal within 60 days of receipt of this letter. After the second level you may
request external review by an independent review organization.
""",
"clinical/spravato-treatment-log-2026-08-18-to-10-13.txt": """
CIRCLE CITY INTERVENTIONAL PSYCHIATRY (FICTIONAL) - SPRAVATO TREATMENT LOG (induction)
Patient: Dmitri Koval   DOB 01/27/1982   REMS-certified center                                  Page 1 of 2
#   Date        Week  Dose    MADRS (when taken)                 BP peak    Notes
1   08/18/2026   1    56 mg   40 (before first dose)             148/92     dissociation mild, resolved by 90 min
2   08/21/2026   1    56 mg   -                                  144/90
3   08/25/2026   2    84 mg   31 (after treatment 3)             150/94
4   08/28/2026   2    84 mg   -                                  142/88
5   09/01/2026   3    84 mg   -                                  140/86
6   09/04/2026   3    84 mg   29                                 138/88
7   09/08/2026   4    84 mg   -                                  136/84
8   09/11/2026   4    84 mg   27                                 140/86

Page 2 of 2
9   09/22/2026   6    84 mg   26                                 138/84     weekly dosing from week 5
10  09/29/2026   7    84 mg   -                                  136/86     (week 5 session 09/15 missed: COVID)
11  10/06/2026   7    84 mg   24                                 134/84     make-up session; still week 7
12  10/13/2026   8    84 mg   19 (week 8)                        136/82     52.5% below baseline of 40
Baseline (before first treatment): MADRS 40 on 08/18/2026. Week 8 (eighth week from 08/18): MADRS 19 on 10/13/2026.
""",
"clinical/pmhnp-visit-2026-11-24.txt": """
CIRCLE CITY INTERVENTIONAL PSYCHIATRY (FICTIONAL) - PMHNP VISIT                    Date: 11/24/2026   Page 1 of 1
Patient: Dmitri Koval   DOB 01/27/1982   Renee Castellano, DNP, PMHNP-BC (treating since 09/2025)
History: 2017 episode remitted on bupropion XL 300 mg (off since 05/2018). Current episode since 08/2025:
sertraline 200 mg 09/08-12/15/2025 (no response); venlafaxine XR 225 mg since 12/15/2025 (partial, continued);
mirtazapine 15 mg 01/12-02/02/2026 (weight +12 lb, sedation; stopped); aripiprazole 5 mg added 02/16-05/11/2026
(12 weeks, no response); trazodone 50 mg at bedtime for sleep. Inpatient 07/06-07/11/2026 (suicidal thoughts with a
plan). Spravato induction 08/18-10/13/2026: MADRS 40 to 19.
Today: no Spravato since 10/13/2026. MADRS 33. Passive thoughts of not waking up this week; no plan or intent;
safety plan updated, wife aware. Back on reduced hours at work since 11/16/2026.
Plan: second-level appeal with the member's written authorization; resume Spravato if approved.
""",
"clinical/rems-monitoring-room-log-2026-10-13.txt": """
CIRCLE CITY INTERVENTIONAL PSYCHIATRY (FICTIONAL) - MONITORING ROOM LOG, 10/13/2026                Page 1 of 1
Chair  Patient            In      Out     Dose    Discharged by
1      Koval, D.          09:00   11:05   84 mg   RN Patel
2      Whitcomb, L.       09:15   11:20   56 mg   RN Patel
3      Esparza, R.        10:00   12:10   84 mg   RN Okoye (BP 168/102 at 40 min; rechecked 150/94)
""",
"other/rx-esk-c2-policy-2026.txt": """
HOOSIER FREIGHTWAYS EMPLOYEE HEALTH PLAN (FICTIONAL) - CLINICAL CRITERIA RX-ESK-C2 (effective 01/01/2026)  Page 1 of 1
Esketamine nasal spray - continuation
Continuation beyond the induction phase (weeks 1-8) is medically necessary when the MADRS has fallen by at least
50% from baseline by week 8. Baseline is the MADRS recorded before the first treatment. Week 8 is the eighth
week from the first treatment.
""",
"other/member-authorization-2026-11-20.txt": """
AUTHORIZATION OF REPRESENTATIVE FOR AN APPEAL (FICTIONAL)                              Date: 11/20/2026   Page 1 of 1
I, Dmitri Koval (DOB 01/27/1982, ID FICT-HFW-600237418), authorize Renee Castellano, DNP, PMHNP-BC, of Circle
City Interventional Psychiatry, to file and pursue my appeal of reference CBA-RX-26-1016-40277 with Crossroads
Benefit Administrators and any external review, and to receive my records and the plan's decisions.
Signed: Dmitri Koval
""",
"other/spravato-rems-enrollment-2024-03-02.txt": """
LAKESIDE WELLNESS CLINIC (FICTIONAL) - SPRAVATO REMS PATIENT ENROLLMENT FORM           Date: 03/02/2024   Page 1 of 1
Patient: Dmitri Koval   DOB 01/27/1982
Enrolled; treatment not started (patient moved out of state 04/2024; enrollment closed).
""",
}

TRUTH = r'''
# 05 - Self-funded employer plan: Spravato continuation denied on the wrong baseline and the wrong week; second-level appeal by the treating PMHNP (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Dmitri Koval, 44 (DOB 01/27/1982), **self-funded ERISA plan** of Hoosier Freightways (**3,900 employees**),
  administered by Crossroads. Recurrent MDD, severe (F33.2); current episode since 08/2025.
- **Spravato induction 08/18-10/13/2026** (12 treatments). Continuation denied **10/20/2026** (RX-ESK-C2:
  50% reduction from baseline by week 8). **First-level decision 11/17/2026** upheld: "Baseline MADRS 31
  (08/25/2026); week 8 MADRS 24 (10/06/2026); 23%".
- **RX-ESK-C2 defines baseline as the MADRS before the first treatment**: **40 on 08/18/2026**. The 31 was after
  treatment 3. **Week 8 is 10/13/2026** (eighth week from 08/18; the week-5 session was missed and 10/06 was a week-7
  make-up): **MADRS 19**: **52.5%** reduction - the criterion is met.
- No Spravato since 10/13; **MADRS 33 on 11/24/2026**; passive thoughts that week, no plan; safety plan updated.
  Inpatient 07/06-07/11/2026 (suicidal thoughts with a plan: history).
- Medicines: **venlafaxine XR 225 mg since 12/2025, partial, continued**; sertraline 200 mg 14 weeks failed;
  **mirtazapine 3 weeks, intolerance**; aripiprazole 5 mg 12 weeks augmentation failed; **trazodone 50 mg sleep
  dose**. Earlier episode: **bupropion 2017 remission**.
- **Rules:** ERISA claims rule 29 CFR 2560.503-1 (plan's second level within 60 days of receipt of the 11/17
  decision: **by 01/16/2027**); documents and the reviewers' names on request ((h)(2)(iii), (h)(3)(iv)); a reviewer
  who did not take part in the earlier decisions; then federal external review (29 CFR 2590.715-2719(d)); parity
  (29 CFR 2590.712) applies (3,900 employees).
- **Author:** the treating PMHNP (prescriber), with the member's written authorization; she writes as his treating
  nurse practitioner, never "Dr." or "physician".

## Deliberately unknown
- Whether the first-level reviewer had the full treatment log: not stated.
- How long continuation will be needed beyond 16 treatments: not known.
- Charges: not in the case.

## Traps
- **A decision's wrong statements:** "Baseline MADRS 31 (08/25/2026)" and "week 8 MADRS 24 (10/06/2026)".
- **Count weeks from the first treatment:** 10/06 was week 7, 10/13 week 8.
- **Drug still taken:** venlafaxine continues - never "failed venlafaxine" or "stopped"; mirtazapine is an intolerance;
  trazodone is a sleep dose; bupropion 2017 was an earlier-episode remission.
- **Stale document:** the 2024 REMS enrollment at another clinic - Spravato was **not** started in 2024.
- **Other people on a document:** the monitoring room log names L. Whitcomb and R. Esparza (one with a BP spike).
- **Stage:** second level; quote the 11/17/2026 decision.
- **Voice:** the PMHNP writes "I" as his treating nurse practitioner; never "physician", "Dr. Castellano".

## Arguments a strong letter makes (strongest first)
1. By the policy's own definitions, baseline is 40 (08/18, before the first treatment) and week 8 is 10/13 (MADRS
   19): a 52.5% reduction - RX-ESK-C2 is met. Correct both figures in the 11/17 decision with the treatment log.
2. What stopping cost: MADRS back to 33 by 11/24, passive thoughts, reduced hours; a July hospitalization for
   suicidal thoughts with a plan.
3. The record before Spravato: sertraline failed, venlafaxine partial and continued, mirtazapine intolerance,
   aripiprazole augmentation failed.
4. ERISA: a full and fair review by a reviewer who took no part in the earlier decisions, the claim file and the
   experts' names on request; external review next.

## What a letter must NOT say
- "baseline MADRS 31"; "23% reduction"; "did not reach 50%"; "week 8 was 10/06".
- "failed venlafaxine", "stopped venlafaxine"; mirtazapine as an adequate trial; trazodone as a trial; "failed
  bupropion".
- "started Spravato in 2024"; "Whitcomb", "Esparza", "168/102".
- "Dr. Castellano", "as his physician"; "currently suicidal with a plan".
- "45 CFR 147.136(c)" as the state process (self-funded), "state insurance department" as the regulator.
'''

ANSWERS = [
    ("denial/first-level-appeal-decision-2026-11-17.txt", "Baseline MADRS 31 (08/25/2026)"),
    ("denial/first-level-appeal-decision-2026-11-17.txt", "within 60 days of receipt"),
    ("denial/continuation-denial-2026-10-20.txt", "family medicine"),
    ("clinical/spravato-treatment-log-2026-08-18-to-10-13.txt", "40 (before first dose)"),
    ("clinical/spravato-treatment-log-2026-08-18-to-10-13.txt", "31 (after treatment 3)"),
    ("clinical/spravato-treatment-log-2026-08-18-to-10-13.txt", "19 (week 8)"),
    ("clinical/spravato-treatment-log-2026-08-18-to-10-13.txt", "make-up session; still week 7"),
    ("other/rx-esk-c2-policy-2026.txt", "Baseline is the MADRS recorded before the first treatment"),
    ("clinical/pmhnp-visit-2026-11-24.txt", "MADRS 33"),
    ("clinical/pmhnp-visit-2026-11-24.txt", "venlafaxine XR 225 mg since 12/15/2025 (partial, continued)"),
    ("clinical/pmhnp-visit-2026-11-24.txt", "trazodone 50 mg at bedtime for sleep"),
    ("clinical/rems-monitoring-room-log-2026-10-13.txt", "Esparza, R."),
    ("other/spravato-rems-enrollment-2024-03-02.txt", "treatment not started"),
    ("other/member-authorization-2026-11-20.txt", "authorize Renee Castellano"),
    ("truth", "by 01/16/2027"),
    ("case.yaml", "employees: 3900"),
]
