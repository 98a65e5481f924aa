"""Set 51 case 06 - FICTIONAL. Self-funded ERISA plan: Spravato step therapy, second level; level 1 read venlafaxine
ER 75 mg capsules as 75 mg a day, but the plan's own pharmacy claims show 90 capsules per 30 days (225 mg)."""
SLUG = "self-funded-erisa-spravato-venlafaxine-quantity-225mg-second-level-nurse-advocate"

CASE_YAML = """
# FICTIONAL CASE (letters set 51, case 06) - every person, plan, provider, number and address is invented.
# Self-funded employer plan (ERISA), Utah, 2,900 employees. Corwin Aldana-Fisk, 45, treatment-resistant depression.
# Spravato was denied on 10/09/2026 under RX-ESK-30 criterion 2 (two adequate antidepressant trials); the first-level
# decision of 11/13/2026 said venlafaxine ER was "75 mg daily, below the adequate dose". The plan's own pharmacy
# claims show 75 mg capsules, 90 per 30 days: 225 mg a day for 12 weeks. An independent nurse advocate files the
# second-level appeal.
patient:
  name: Corwin Aldana-Fisk
  salutation: Mr. Aldana-Fisk
  date_of_birth: 1981-11-07
  member_id: FICT-WAE-90214478
  address: |-
    1840 East Canyon Rim Way
    Sandy, UT 84092
  phone: (801) 555-0137
insurer:
  name: Summitline Benefit Administrators (FICTIONAL), claims administrator for the Wasatch Aerospace Employee Health Plan
  appeals_address: |-
    Summitline Benefit Administrators - Appeals Unit (FICTIONAL)
    PO Box 57730
    Salt Lake City, UT 84157
  fax: (801) 555-0149
claim:
  number: PA-26-1002-77145
  plan_type: employer_erisa
  funding: self_funded
  employees: 2900
  stage: second level
  notice_date: 2026-10-09
  service_dates: [2026-12-21]
  sessions: 12
  pending_services: 12
  setting: outpatient
  procedure_codes: [J0013, 99214]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Esketamine nasal spray (Spravato) does not meet Pharmacy Medical Policy RX-ESK-30, criterion 2: the member must
    have had an inadequate response to two antidepressants of different classes, each at an adequate dose (Appendix
    A) for at least 6 weeks, in the current episode. Only one adequate trial is documented.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  reviewer: {name: "Dr. Gail Penrose", specialty: psychiatry}
  action: none
plan_policy:
  name: Wasatch Aerospace Employee Health Plan Pharmacy Medical Policy RX-ESK-30, Esketamine nasal spray
  number: RX-ESK-30
  quote: >-
    2. The member has had an inadequate response to two antidepressants of different classes, each at an adequate
    dose (Appendix A) for at least 6 weeks, in the current episode. Appendix A: venlafaxine, at least 150 mg daily;
    sertraline, at least 100 mg daily; bupropion, at least 300 mg daily.
  file: other/policy-rx-esk-30.txt
payer_criteria:
  - criterion: "2. Inadequate response to two antidepressants of different classes, each at an adequate dose (Appendix A) for at least 6 weeks, in the current episode"
    how_met: >-
      Sertraline (SSRI) 200 mg daily for 10 weeks, no response; venlafaxine ER (SNRI) 225 mg daily (three 75 mg
      capsules, 90 per 30 days in the plan's own pharmacy claims) for 12 weeks, no response; bupropion XL 300 mg daily
      since 05/2026 with only a partial response.
    met: true
    evidence:
      - {file: other/pharmacy-claims-history-2026-11-18.txt, page: 1}
      - {file: clinical/prescriber-statement-2026-11-20.txt, page: 1}
decisions:
  - date: 2026-11-13
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-12
    reason: >-
      The first-level appeal is denied. Venlafaxine ER 75 mg daily for 12 weeks is below the minimum adequate dose of
      150 mg daily in Appendix A. Sertraline 200 mg daily for 10 weeks is the only adequate trial. Criterion 2 is not
      met.
    corrections:
      - said: Venlafaxine ER 75 mg daily for 12 weeks is below the minimum adequate dose of 150 mg daily in Appendix A.
        record: >-
          The plan's own pharmacy claims show venlafaxine ER 75 mg capsules dispensed 90 per 30 days (three capsules,
          225 mg, a day) on 02/09, 03/09 and 04/06/2026; the prescriber's statement of 11/20/2026 confirms 225 mg daily
          from 02/09/2026 to 05/04/2026.
        file: [other/pharmacy-claims-history-2026-11-18.txt, clinical/prescriber-statement-2026-11-20.txt]
        page: 1
treatment:
  name: Spravato (esketamine nasal spray), induction of 12 sessions (J0013)
  summary: >-
    Esketamine nasal spray for treatment-resistant depression after no response to sertraline and venlafaxine at
    adequate doses and only a partial response to bupropion, taken with bupropion.
  plan: 56 mg at the first session, then 56 or 84 mg twice weekly in weeks 1-4 and weekly in weeks 5-8, with 2 hours of monitoring; MADRS every 2 weeks; stop if no 25% fall by week 4.
  alongside: bupropion XL 300 mg daily
  setting: Wasatch Front Interventional Psychiatry, a Spravato REMS-certified clinic
clinical:
  severity: MADRS 33 on 11/17/2026
  severity_date: 2026-11-17
  suicidality: passive
  suicidality_date: 2026-11-17
  episode_onset: 2025-09
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-10-06
      end: 2025-12-15
      kind: antidepressant
      weeks: 10
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks
      evidence: {file: clinical/prescriber-statement-2026-11-20.txt, page: 1}
    - drug: Venlafaxine ER
      dose: 225 mg daily (three 75 mg capsules)
      start: 2026-02-09
      end: 2026-05-04
      kind: antidepressant
      weeks: 12
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks at 225 mg daily
      evidence: {file: other/pharmacy-claims-history-2026-11-18.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2026-05-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continuing, and to be taken with esketamine
      evidence: {file: clinical/prescriber-statement-2026-11-20.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2026-01
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an augmentation trial
      evidence: {file: clinical/prescriber-statement-2026-11-20.txt, page: 1}
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2016-03
      end: 2017-06
      kind: antidepressant
      response: remission
      outcome: Remission in an earlier episode (2016); not a trial in this episode, not a failure
      evidence: {file: clinical/prescriber-statement-2026-11-20.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: weekly
      start: 2025-11
      ongoing: true
      kind: psychotherapy
      sessions: 40
      outcome: Continuing; not a medication trial
      evidence: {file: clinical/prescriber-statement-2026-11-20.txt, page: 1}
impact:
  work: On short-term disability from his engineering job since 08/2026.
author:
  name: Bettina Kowalczyk
  role: Independent patient advocate, RN, BSN (authorized representative)
  relation: representative
  authorization: other/authorized-representative-designation-2026-11-16.txt
  address: |-
    Clearpath Patient Advocacy (FICTIONAL), 220 South 200 East, Suite 410
    Salt Lake City, UT 84111
  phone: (801) 555-0193
  email: bettina@clearpath-advocacy.example
provider:
  name: Dr. Nathaniel Oyelaran-Price
  credentials: MD, psychiatry
  npi: "1419583020"
  address: |-
    Wasatch Front Interventional Psychiatry (FICTIONAL), 455 East 400 South
    Salt Lake City, UT 84111
  phone: (801) 555-0178
employer:
  name: Wasatch Aerospace Inc. (FICTIONAL), Benefits Office
  address: |-
    900 Aerospace Parkway
    Ogden, UT 84405
record_dates:
  - file: other/pharmacy-claims-history-2026-11-18.txt
    date: 2026-11-18
  - file: clinical/prescriber-statement-2026-11-20.txt
    date: 2026-11-20
copies: [prescriber]
bates_prefix: ALDANAFISK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/initial-denial-2026-10-09.txt": """
SUMMITLINE BENEFIT ADMINISTRATORS (FICTIONAL) for the WASATCH AEROSPACE EMPLOYEE HEALTH PLAN (self-funded)
PRIOR AUTHORIZATION DENIAL                                   Date: 10/09/2026
Member: Corwin Aldana-Fisk   ID FICT-WAE-90214478   Reference PA-26-1002-77145
Request: esketamine nasal spray (Spravato), J0013, 12 sessions, Wasatch Front Interventional Psychiatry
Reason: Esketamine nasal spray (Spravato) does not meet Pharmacy Medical Policy RX-ESK-30, criterion 2: the member
must have had an inadequate response to two antidepressants of different classes, each at an adequate dose
(Appendix A) for at least 6 weeks, in the current episode. Only one adequate trial is documented.
You may appeal within 180 days. The plan has two levels of internal appeal.
""",
    "denial/first-level-appeal-decision-2026-11-13.txt": """
SUMMITLINE BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION        Date: 11/13/2026
Member: Corwin Aldana-Fisk   Reference PA-26-1002-77145   Reviewer: Dr. Gail Penrose, psychiatry
The first-level appeal is denied. Venlafaxine ER 75 mg daily for 12 weeks is below the minimum adequate dose of 150
mg daily in Appendix A. Sertraline 200 mg daily for 10 weeks is the only adequate trial. Criterion 2 is not met.
You may request a second-level appeal within 60 days of this decision. After the second level you may request an
independent external review.
""",
    "other/pharmacy-claims-history-2026-11-18.txt": """
WASATCH AEROSPACE EMPLOYEE HEALTH PLAN (FICTIONAL) - PHARMACY CLAIMS HISTORY (member portal)   Printed 11/18/2026
Member: Corwin Aldana-Fisk   Page 1 of 1
Fill date   Drug                              Strength   Qty   Days
10/06/2025  sertraline                        100 mg     60    30
11/05/2025  sertraline                        100 mg     60    30
02/09/2026  venlafaxine ER capsule            75 mg      90    30
03/09/2026  venlafaxine ER capsule            75 mg      90    30
04/06/2026  venlafaxine ER capsule            75 mg      90    30
05/11/2026  bupropion XL                      300 mg     30    30
""",
    "clinical/prescriber-statement-2026-11-20.txt": """
WASATCH FRONT INTERVENTIONAL PSYCHIATRY (FICTIONAL) - STATEMENT FOR SECOND-LEVEL APPEAL   Date: 11/20/2026
Patient: Corwin Aldana-Fisk   DOB 11/07/1981   Page 1 of 1   Nathaniel Oyelaran-Price, MD
Current episode since 09/2025. MADRS 33 on 11/17/2026; passive death wishes, no plan.
Sertraline 200 mg daily (two 100 mg tablets) 10/06/2025-12/15/2025: no response.
Venlafaxine ER 225 mg daily, taken as three 75 mg capsules, 02/09/2026-05/04/2026 (12 weeks): no response. The
first-level decision read the capsule strength as the daily dose.
Bupropion XL 300 mg daily since 05/11/2026: partial response, continuing; to be taken with Spravato.
Quetiapine 25 mg at bedtime for sleep since 01/2026. CBT weekly since 11/2025, continuing.
Earlier episode: fluoxetine 40 mg 2016-2017 with remission.
""",
    "other/policy-rx-esk-30.txt": """
WASATCH AEROSPACE EMPLOYEE HEALTH PLAN (FICTIONAL) - PHARMACY MEDICAL POLICY RX-ESK-30   Page 1 of 1
2. The member has had an inadequate response to two antidepressants of different classes, each at an adequate dose
(Appendix A) for at least 6 weeks, in the current episode.
Appendix A: venlafaxine, at least 150 mg daily; sertraline, at least 100 mg daily; bupropion, at least 300 mg daily.
""",
    "other/authorized-representative-designation-2026-11-16.txt": """
WASATCH AEROSPACE EMPLOYEE HEALTH PLAN (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION   Signed 11/16/2026
Participant: Corwin Aldana-Fisk. I designate Bettina Kowalczyk, RN, BSN, Clearpath Patient Advocacy, to act for me
in my appeals of reference PA-26-1002-77145. Signed: Corwin Aldana-Fisk
""",
}

TRUTH = """
# 06 - Self-funded ERISA plan: Spravato step therapy, second level; the first-level decision read venlafaxine ER capsule strength as the daily dose; the plan's own claims show 225 mg; nurse advocate (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Corwin Aldana-Fisk, 45 (DOB 11/07/1981), in the **Wasatch Aerospace Employee Health Plan**, a **self-funded** ERISA
  plan (2,900 employees, Utah), has recurrent major depression (F33.2), episode since 09/2025, MADRS 33 on
  11/17/2026, passive death wishes without plan (11/17/2026).
- Spravato (12 induction sessions, pending) was denied on **10/09/2026** under RX-ESK-30 criterion 2; the
  **first-level decision of 11/13/2026** said venlafaxine ER was "75 mg daily, below the minimum adequate dose".
- **The plan's own pharmacy claims** show venlafaxine ER **75 mg capsules, quantity 90 per 30 days** on 02/09, 03/09
  and 04/06/2026: 225 mg a day, above Appendix A's 150 mg. The prescriber's statement of **11/20/2026** (after the
  decision) confirms 225 mg for 12 weeks with no response.
- So criterion 2 is met: sertraline 200 mg 10 weeks (SSRI) and venlafaxine ER 225 mg 12 weeks (SNRI), different
  classes, no response. Bupropion XL 300 mg continues with a partial response and will be taken with Spravato.
- **Rule and stage:** second-level internal appeal, answering the 11/13/2026 decision; the decision gives 60 days:
  **by 01/12/2027**. ERISA claims rule 29 CFR 2560.503-1 (pre-service decision within 15 days per level for a two-level
  plan); afterwards federal external review under **29 CFR 2590.715-2719(d)** (self-funded). Parity: MHPAEA applies
  (2,900 employees).
- **Author:** an independent nurse advocate, authorized representative; she writes about "Mr. Aldana-Fisk".

## Deliberately unknown
- Whether the reviewer saw the pharmacy claims: not known; a letter may ask for the claim file.
- Whether the plan applies the same dose table to medical drugs (parity comparison): not in the case; ask, do not claim.
- Spravato's cost: not in the case.

## Traps
- **A decision's wrong statement, answered by the plan's own data:** quantity 90 per 30 days of 75 mg capsules is 225
  mg a day. A letter must never say "75 mg daily" as the dose taken.
- **Stage:** second level; quote and answer the 11/13/2026 decision, not only the 10/09 denial; say it is a second-level appeal.
- **Drug still taken:** bupropion XL continues (partial response): never "failed" or "stopped"; it is the
  `alongside` drug.
- **Sleep dose:** quetiapine 25 mg is not an augmentation trial.
- **Earlier-episode response:** fluoxetine 2016-2017 remission is not a failure or a current-episode trial.
- **Psychotherapy** (CBT, continuing) is never listed among failed antidepressants.
- **Record after the decision:** the 11/20/2026 statement and the 11/18/2026 claims printout.
- **Wrong law:** never 45 CFR 147.136(c) state external review for a self-funded plan; the federal process is 29 CFR
  2590.715-2719(d). No state insurance department as regulator.
- **Voice:** the advocate writes about the patient; never the patient's "I".

## Arguments a strong letter makes, strongest first
1. The plan's own pharmacy claims show venlafaxine ER 75 mg capsules dispensed 90 per 30 days: 225 mg daily for 12
   weeks, above Appendix A's 150 mg. With sertraline 200 mg for 10 weeks, two adequate trials of different classes
   failed: criterion 2 is met. Correct the first-level decision's statement.
2. The prescriber's statement of 11/20/2026 (after the decision) confirms the dose and the outcome; weigh it.
3. Bupropion XL continues with a partial response; Spravato is added to it under a plan with a stop rule.
4. Rights: the claim file and the criteria free of charge (2560.503-1(h)(2)(iii)); MHPAEA; then federal external
   review (29 CFR 2590.715-2719(d)).

## What a letter must NOT say
- "venlafaxine 75 mg daily" as the dose taken; "one adequate trial".
- "failed bupropion", "stopped bupropion", quetiapine as an augmentation trial, "failed fluoxetine", CBT as a failed
  antidepressant.
- "45 CFR 147.136(c)" or state external review; "state insurance department".
- "first-level appeal" as this letter's stage.
"""

ANSWERS = [
    ("plan type", "plan_type: employer_erisa", "case.yaml"),
    ("funding", "funding: self_funded", "case.yaml"),
    ("stage", "stage: second level", "case.yaml"),
    ("first-level decision date", "FIRST-LEVEL APPEAL DECISION        Date: 11/13/2026", "denial/first-level-appeal-decision-2026-11-13.txt"),
    ("the decision's wrong statement", "Venlafaxine ER 75 mg daily for 12 weeks is below the minimum adequate dose", "denial/first-level-appeal-decision-2026-11-13.txt"),
    ("claims quantity", "02/09/2026  venlafaxine ER capsule            75 mg      90    30", "other/pharmacy-claims-history-2026-11-18.txt"),
    ("actual dose", "Venlafaxine ER 225 mg daily, taken as three 75 mg capsules", "clinical/prescriber-statement-2026-11-20.txt"),
    ("Appendix A", "venlafaxine, at least 150 mg daily", "other/policy-rx-esk-30.txt"),
    ("second trial", "Sertraline 200 mg daily (two 100 mg tablets) 10/06/2025-12/15/2025: no response", "clinical/prescriber-statement-2026-11-20.txt"),
    ("still taken", "Bupropion XL 300 mg daily since 05/11/2026: partial response, continuing", "clinical/prescriber-statement-2026-11-20.txt"),
    ("sleep dose", "Quetiapine 25 mg at bedtime for sleep", "clinical/prescriber-statement-2026-11-20.txt"),
    ("earlier episode", "fluoxetine 40 mg 2016-2017 with remission", "clinical/prescriber-statement-2026-11-20.txt"),
    ("deadline", "by 01/12/2027", "truth"),
    ("external review rule", "29 CFR 2590.715-2719(d)", "truth"),
    ("author", "I designate Bettina Kowalczyk, RN, BSN", "other/authorized-representative-designation-2026-11-16.txt"),
    ("must not", "\"venlafaxine 75 mg daily\" as the dose taken", "truth"),
]
