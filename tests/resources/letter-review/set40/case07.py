"""Set 40, case 07 (FICTIONAL): county employees' plan (insured), ECT for psychotic depression; the policy's own alternative criterion; state external review; adult daughter."""

SLUG = "07-county-plan-insured-ect-psychotic-depression-criterion-3-replaces-2-external-review-daughter"

CASE_YAML = r'''
# FICTIONAL CASE (set 40, case 07) - every person, plan, insurer, provider, number and address is invented.
# County employees' plan, insured (Lackawanna Ridge County; insurer Keystone Valley Health), PA, 1,450 employees.
# Rosalind Ferraro-Quaid, 58, a county records clerk, had 12 acute ECT treatments 09/14-10/19/2026 for major
# depression with psychotic features and poor intake. Medical Policy MP-ECT-11 criterion 2 asks for two failed
# antidepressants, "or 3." psychotic features / catatonia / acute suicidality / refusal of food, "in which case ECT
# may start without criterion 2". The final internal denial (10/26/2026) says one antidepressant trial and "no
# psychotic features documented". Her adult daughter, her authorized representative, asks for state external review.
patient:
  name: Rosalind Ferraro-Quaid
  salutation: Mrs. Ferraro-Quaid
  date_of_birth: 1968-04-04
  member_id: FICT-KVH-39027714
  address: |-
    418 Sanderson Avenue
    Scranton, PA 18509
  phone: (570) 555-0112
insurer:
  name: Keystone Valley Health Insurance Company (FICTIONAL), for the Lackawanna Ridge County Employees Health Plan
  appeals_address: |-
    Keystone Valley Health - Appeals (FICTIONAL)
    PO Box 21650
    Harrisburg, PA 17105
  fax: (717) 555-0150
claim:
  number: KVH-26-0909-118204
  plan_type: governmental
  funding: insured
  employees: 1450
  notice_date: 2026-09-10
  service_dates: [2026-09-14, 2026-10-19]
  sessions: 12
  setting: outpatient
  procedure_codes: ["90870", "00104"]
  diagnosis_codes: [F32.3]
  denial_reason: >-
    Electroconvulsive therapy is not medically necessary under Medical Policy MP-ECT-11. Criterion 2 requires an
    inadequate response to at least two antidepressant trials in the current episode; one trial (sertraline) is
    documented.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer:
    name: Dr. Ellis Varga (FICTIONAL)
    specialty: physical medicine and rehabilitation
  action: none
payer_criteria:
  - criterion: "1. Major depressive disorder, severe, or bipolar depression"
    how_met: "Major depressive disorder, single episode, severe with psychotic features (F32.3)"
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-09-03.txt, page: 1}
  - criterion: "2. Inadequate response to at least two antidepressant trials of adequate dose and duration in the current episode"
    how_met: "One adequate trial in the current episode (sertraline 150 mg, 10 weeks, partial response, continued)"
    met: false
    evidence: {file: clinical/psychiatric-evaluation-2026-09-03.txt, page: 1}
  - criterion: >-
      3. Psychotic features, catatonia, acute suicidality, or refusal of food or fluids, in which case ECT may start
      without criterion 2
    how_met: >-
      Nihilistic delusions (believes her organs are rotting and she is already dead) and a 9-pound weight loss in 4
      weeks from refusing most meals, documented 09/03/2026
    met: true
    instead_of: 2
    evidence: {file: clinical/psychiatric-evaluation-2026-09-03.txt, page: 1}
  - criterion: "4. Pre-ECT medical and anesthesia evaluation"
    how_met: "Anesthesia and medical clearance 09/11/2026"
    met: true
    evidence: {file: clinical/anesthesia-clearance-2026-09-11.txt, page: 1}
plan_policy:
  name: Keystone Valley Health Medical Policy MP-ECT-11, Electroconvulsive therapy
  number: MP-ECT-11
  quote: >-
    ECT is medically necessary when criteria 1 and 4 are met and either criterion 2 or criterion 3 is met: 1. Major
    depressive disorder, severe, or bipolar depression; 2. Inadequate response to at least two antidepressant trials
    of adequate dose and duration in the current episode; or 3. Psychotic features, catatonia, acute suicidality, or
    refusal of food or fluids, in which case ECT may start without criterion 2; 4. Pre-ECT medical and anesthesia
    evaluation.
  file: other/medical-policy-mp-ect-11-excerpt.txt
decisions:
  - date: 2026-10-02
    outcome: denied
    stage: first level
    opens: second level
    reason: Criterion 2 not met; one antidepressant trial documented.
  - date: 2026-10-26
    outcome: denied
    stage: second level
    opens: external review
    next_deadline: 2027-02-26
    reason: >-
      Upheld. Only one antidepressant trial (sertraline) in the current episode. No psychotic features are
      documented. Criterion 2 is not met. This is the final internal decision.
    corrections:
      - said: No psychotic features are documented.
        record: >-
          The psychiatric evaluation of 09/03/2026, sent with the request, records nihilistic delusions and the
          diagnosis of severe depression with psychotic features (F32.3), and a 9-pound weight loss from refusing most
          meals.
        file: clinical/psychiatric-evaluation-2026-09-03.txt
        page: 1
external_review:
  agency: Commonwealth External Review Office named in the final denial (FICTIONAL name and address for this test)
  address: |-
    Commonwealth External Review Office (FICTIONAL)
    PO Box 60512
    Harrisburg, PA 17106
  final_denial_date: 2026-10-26
treatment:
  name: Acute course of electroconvulsive therapy (ECT), 12 treatments
  summary: >-
    An acute ECT course for severe depression with psychotic features and refusal of most food, the situation in
    which the plan's own policy lets ECT start without two antidepressant trials.
clinical:
  severity: MADRS 44 on 09/03/2026; MADRS 12 on 10/19/2026
  severity_date: 2026-10-19
  suicidality: passive
  suicidality_date: 2026-09-03
  response: MADRS 44 (09/03/2026) to 12 (10/19/2026); delusions resolved; eating normally, weight regained 6 pounds
  response_level: response
  episode_onset: 2026-05
  treating_since: 2026-06
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-06
      ongoing: true
      weeks: 10
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response after 10 weeks; continued through and after ECT
      evidence: {file: clinical/psychiatric-evaluation-2026-09-03.txt, page: 1}
    - drug: Olanzapine
      dose: 10 mg daily
      start: 2026-09
      ongoing: true
      kind: augmentation
      outcome: Started 09/03/2026 for psychotic features with ECT; continued
      evidence: {file: clinical/psychiatric-evaluation-2026-09-03.txt, page: 1}
    - drug: Lorazepam
      dose: 0.5 mg as needed for agitation
      start: 2026-08
      end: 2026-09
      kind: other
      adequate: false
      outcome: As needed for agitation; not an antidepressant trial
      evidence: {file: clinical/psychiatric-evaluation-2026-09-03.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2026-07
      end: 2026-09
      kind: other
      adequate: false
      outcome: Sleep dose; not an antidepressant trial
      evidence: {file: clinical/psychiatric-evaluation-2026-09-03.txt, page: 1}
    - drug: Nortriptyline
      dose: 75 mg daily
      start: 2014-02
      end: 2015-03
      kind: antidepressant
      response: remission
      outcome: Earlier episode (2014); remission; not a failed trial
      evidence: {file: clinical/psychiatric-evaluation-2026-09-03.txt, page: 1}
impact:
  daily_life: Stopped eating most meals and stopped leaving the house in August 2026; her daughter moved in to care for her.
  work: On medical leave from the county records office since 08/2026.
author:
  name: Gemma Ferraro-Quaid
  role: Daughter and authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-11-09.txt
  address: |-
    22 Birney Avenue, Apt 2
    Scranton, PA 18505
  phone: (570) 555-0113
  email: gemma.fq@mail.example
provider:
  name: Dr. Tomasz Whitcombe-Ade
  credentials: MD, psychiatrist, ECT service
  npi: "1670245384"
  address: |-
    Lackawanna Valley Hospital, 700 Quincy Avenue
    Scranton, PA 18510
  phone: (570) 555-0188
template: external-review-request
copies: [prescriber]
record_dates:
  - file: clinical/psychiatric-evaluation-2026-09-03.txt
    date: 2026-09-03
  - file: clinical/anesthesia-clearance-2026-09-11.txt
    date: 2026-09-11
  - file: clinical/ect-course-summary-2026-10-19.txt
    date: 2026-10-19
  - file: clinical/psychiatry-note-2023-stale.txt
    date: 2023-03-14
bates_prefix: FERRAROQUAID
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/final-internal-appeal-decision-2026-10-26.txt": """
KEYSTONE VALLEY HEALTH (FICTIONAL) - FINAL INTERNAL APPEAL DECISION                Date: 10/26/2026
Member: Rosalind Ferraro-Quaid   ID FICT-KVH-39027714   Group: Lackawanna Ridge County Employees   Page 1 of 1
Claim/authorization KVH-26-0909-118204: electroconvulsive therapy (90870) with anesthesia, Lackawanna Valley Hospital.
Reviewer: Dr. Ellis Varga, physical medicine and rehabilitation (FICTIONAL).
Upheld. Only one antidepressant trial (sertraline) in the current episode. No psychotic features are documented.
Criterion 2 is not met. This is the final internal decision.
External review: you may request external review within 4 months of receiving this notice through the
Commonwealth External Review Office, PO Box 60512, Harrisburg, PA 17106 (FICTIONAL name and address in this test).
""",
    "denial/initial-denial-2026-09-10.txt": """
KEYSTONE VALLEY HEALTH (FICTIONAL) - PRIOR AUTHORIZATION DECISION                  Date: 09/10/2026
Member: Rosalind Ferraro-Quaid   Request KVH-26-0909-118204 (received 09/09/2026)   ECT, 12 treatments
DENIED. Electroconvulsive therapy is not medically necessary under Medical Policy MP-ECT-11. Criterion 2 requires
an inadequate response to at least two antidepressant trials in the current episode; one trial (sertraline) is
documented.
[The hospital gave the course from 09/14/2026 under the family's signed financial agreement while the appeal ran.]
""",
    "clinical/psychiatric-evaluation-2026-09-03.txt": """
LACKAWANNA VALLEY HOSPITAL (FICTIONAL) - PSYCHIATRIC EVALUATION FOR ECT           Date: 09/03/2026
Patient: Rosalind Ferraro-Quaid   DOB 04/04/1968   Page 1 of 1
Evaluator: Dr. Tomasz Whitcombe-Ade, MD (treating since 06/2026)
Diagnosis: major depressive disorder, single episode, severe with psychotic features (F32.3). Onset 05/2026.
Mental status: nihilistic delusions - believes her organs are rotting and that she is already dead. Refuses most
meals; 9-pound weight loss in 4 weeks. Passive wish to die; no plan. MADRS 44.
Medication: sertraline 150 mg daily since 06/2026 (10 weeks), partial response, continue; olanzapine 10 mg daily
started today for psychotic features; lorazepam 0.5 mg as needed for agitation since 08/2026 (stop); mirtazapine
7.5 mg at bedtime for sleep since 07/2026 (stop).
History: 2014 episode without psychosis, remission on nortriptyline 75 mg (02/2014-03/2015).
Recommendation: acute ECT, right unilateral, three times a week; consider bilateral if slow response.
""",
    "clinical/anesthesia-clearance-2026-09-11.txt": """
LACKAWANNA VALLEY HOSPITAL (FICTIONAL) - PRE-ECT MEDICAL AND ANESTHESIA CLEARANCE  Date: 09/11/2026
Patient: Rosalind Ferraro-Quaid   Cleared for ECT with general anesthesia. ECG normal. BP 128/80.
""",
    "clinical/ect-course-summary-2026-10-19.txt": """
LACKAWANNA VALLEY HOSPITAL (FICTIONAL) - ECT COURSE SUMMARY                       Date: 10/19/2026
Patient: Rosalind Ferraro-Quaid   12 treatments 09/14/2026-10/19/2026, outpatient.
MADRS 44 to 12. Delusions resolved by treatment 8. Eating normally; 6 pounds regained.
Continue sertraline 150 mg and olanzapine 10 mg; taper olanzapine over 3 months; relapse plan reviewed.
""",
    "clinical/psychiatry-note-2023-stale.txt": """
SCRANTON FAMILY PSYCHIATRY (FICTIONAL) - FOLLOW-UP NOTE                          Date: 03/14/2023
Patient: Rosalind Ferraro-Quaid. Well since 2015; no psychotic features; no medication. Discharged from care.
[From years before the current episode.]
""",
    "other/medical-policy-mp-ect-11-excerpt.txt": """
KEYSTONE VALLEY HEALTH (FICTIONAL) - MEDICAL POLICY MP-ECT-11 ELECTROCONVULSIVE THERAPY   Reviewed 04/2026
Page 1 of 1
ECT is medically necessary when criteria 1 and 4 are met and either criterion 2 or criterion 3 is met: 1. Major
depressive disorder, severe, or bipolar depression; 2. Inadequate response to at least two antidepressant trials
of adequate dose and duration in the current episode; or 3. Psychotic features, catatonia, acute suicidality, or
refusal of food or fluids, in which case ECT may start without criterion 2; 4. Pre-ECT medical and anesthesia
evaluation.
""",
    "other/authorized-representative-form-2026-11-09.txt": """
KEYSTONE VALLEY HEALTH (FICTIONAL) - APPOINTMENT OF AUTHORIZED REPRESENTATIVE      Signed: 11/09/2026
Member: Rosalind Ferraro-Quaid. I appoint my daughter, Gemma Ferraro-Quaid, to act for me in all appeals and
external review of KVH-26-0909-118204.   Signed: Rosalind Ferraro-Quaid
""",
    "other/ect-schedule-page-2026-09.txt": """
LACKAWANNA VALLEY HOSPITAL (FICTIONAL) - ECT SUITE SCHEDULE, Monday 09/14/2026
07:00 R. Ferraro-Quaid (RUL, treatment 1)   07:40 D. Kowalczyk (maintenance)   08:20 P. Amato (treatment 6)
""",
}

TRUTH = r'''
# 07 - County employees' plan (insured): ECT for depression with psychotic features, denied on the two-trial criterion the policy's own criterion 3 replaces; state external review asked by her daughter (FICTIONAL)

All people, plans, insurers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Rosalind Ferraro-Quaid, 58 (DOB 04/04/1968), a county records clerk, is in the **Lackawanna Ridge County Employees
  Health Plan**, a **state/local government plan, insured** by Keystone Valley Health (1,450 employees), Pennsylvania.
- **12 outpatient ECT treatments 09/14/2026-10/19/2026** (90870 with anesthesia 00104; F32.3). The request was denied
  09/10/2026; first level denied 10/02/2026; **final internal denial 10/26/2026**: "Only one antidepressant trial
  (sertraline) ... No psychotic features are documented. Criterion 2 is not met."
- **MP-ECT-11:** criteria 1 and 4, and **either 2 or 3**; criterion 3 (psychotic features, catatonia, acute
  suicidality, refusal of food or fluids) lets ECT "start without criterion 2".
- The **09/03/2026 evaluation** records **nihilistic delusions**, **F32.3**, **refusal of most meals and a 9-pound
  loss in 4 weeks**: criterion 3 is met twice over; criteria 1 and 4 are met (clearance 09/11/2026).
- Criterion 2 is **not** met: one adequate trial in the episode (sertraline 150 mg, 10 weeks, partial, continued).
- MADRS 44 to 12; delusions resolved; eating again. Passive wish to die (09/03/2026), no plan.
- **Rule and stage:** governmental plan: 45 CFR 147.136 (claims rule standards by reference, (b)(2)(i); external
  review (c)-(d)); insured, so the **state external review** process; **within 4 months of the 10/26/2026 final
  denial: by 02/26/2027**. Parity: 45 CFR 146.136.
- **Author:** her adult daughter, appointed representative (11/09/2026); writes about "Mrs. Ferraro-Quaid" / "my
  mother".

## Deliberately unknown
- Whether the evaluation reached the second-level reviewer: the case has no proof of what was sent; the letter may
  say the evaluation records it, not that the reviewer had it.
- The amount the family agreed to pay the hospital: not in the case.
- Whether the county plan opted out of parity before the opt-out ended: not in the case.

## Traps
- **Plan document, not a trial count:** criterion 2 is honestly unmet; the winning point is the policy's own
  criterion 3 in its place. A letter must **not** say two trials failed or that criterion 2 is met.
- **A decision's wrong statement:** "No psychotic features are documented."
- **Earlier-episode response:** nortriptyline 2014-2015 remission: not a failed trial, not in the current episode.
- **Drug still taken:** sertraline continues (partial): never "failed" or "stopped". **Olanzapine** is for psychosis,
  started with ECT; not a failed trial. **Lorazepam** (agitation) and **mirtazapine 7.5 mg** (sleep) are not trials.
- **Stale document:** the 2023 note "no psychotic features" is from before this episode.
- **Other people:** the ECT schedule lists two other patients.
- **Suicidality:** passive only.
- **Reviewer:** physical medicine and rehabilitation, not a psychiatrist.
- **Wrong law:** ERISA is not the governing law (29 CFR 2560.503-1 alone, EBSA, Department of Labor); no federal
  external review under 29 CFR 2590.715-2719 (insured: state process).

## Arguments a strong letter makes (strongest first)
1. MP-ECT-11 lets criterion 3 stand in for criterion 2; the 09/03/2026 evaluation documents psychotic features
   (nihilistic delusions, F32.3) and refusal of most food (9-pound loss). With criteria 1, 3 and 4 met, the policy's
   own terms are met.
2. The final decision's "No psychotic features are documented" is contradicted by the record.
3. The reviewer was not a psychiatrist; ECT is the treatment the policy itself names for this presentation, and it
   worked (MADRS 44 to 12, delusions resolved, eating).
4. Ask the external reviewer to overturn and the plan to pay the 12 treatments.

## What a letter must NOT say
- "failed two antidepressants", "criterion 2 is met", "failed sertraline", "stopped sertraline".
- nortriptyline as a failure; olanzapine, lorazepam or mirtazapine as failed trials.
- "no psychotic features" (2023) as current; "active suicidal ideation".
- "Kowalczyk", "Amato".
- "ERISA governs", "29 CFR 2560.503-1" alone, "Department of Labor", "29 CFR 2590.715-2719(d)" as the route.
- "I received ECT" (the daughter writes).
'''

ANSWERS = [
    ("Plan type?", "plan_type: governmental", "case.yaml"),
    ("Which criteria must be met?", "ECT is medically necessary when criteria 1 and 4 are met and either criterion 2 or criterion 3 is met", "other/medical-policy-mp-ect-11-excerpt.txt"),
    ("Criterion 3?", "in which case ECT may start without criterion 2", "other/medical-policy-mp-ect-11-excerpt.txt"),
    ("Psychotic features recorded?", "nihilistic delusions - believes her organs are rotting and that she is already dead", "clinical/psychiatric-evaluation-2026-09-03.txt"),
    ("Food refusal?", "Refuses most meals; 9-pound weight loss in 4 weeks", "clinical/psychiatric-evaluation-2026-09-03.txt"),
    ("Diagnosis code?", "severe with psychotic features (F32.3)", "clinical/psychiatric-evaluation-2026-09-03.txt"),
    ("Decision's wrong statement?", "No psychotic features are documented", "denial/final-internal-appeal-decision-2026-10-26.txt"),
    ("Final internal decision date?", "FINAL INTERNAL APPEAL DECISION                Date: 10/26/2026", "denial/final-internal-appeal-decision-2026-10-26.txt"),
    ("Is criterion 2 met?", "met: false", "case.yaml"),
    ("Reviewer's specialty?", "physical medicine and rehabilitation", "denial/final-internal-appeal-decision-2026-10-26.txt"),
    ("Course and dates?", "12 treatments 09/14/2026-10/19/2026, outpatient", "clinical/ect-course-summary-2026-10-19.txt"),
    ("Response?", "MADRS 44 to 12. Delusions resolved by treatment 8", "clinical/ect-course-summary-2026-10-19.txt"),
    ("Nortriptyline?", "2014 episode without psychosis, remission on nortriptyline 75 mg", "clinical/psychiatric-evaluation-2026-09-03.txt"),
    ("External review deadline?", "by 02/26/2027", "truth"),
    ("Author?", "I appoint my daughter, Gemma Ferraro-Quaid", "other/authorized-representative-form-2026-11-09.txt"),
    ("Other patients on the schedule?", "D. Kowalczyk (maintenance)", "other/ect-schedule-page-2026-09.txt"),
]
