SLUG = "05-self-funded-erisa-iv-ketamine-policy-revision-after-dates-of-service-second-level-psychiatrist"

CASE_YAML = r"""
# FICTIONAL CASE (set 56, case 05) - every person, plan, administrator, provider, number and address is invented.
# Self-funded employer plan (ERISA), 4,300 employees. Eight IV ketamine infusions 07/13-08/28/2026 for
# treatment-resistant depression were denied under MP-KET-12 "revised 09/01/2026" (a new ECT criterion); the
# first-level decision (11/09/2026) upheld under "the current version". SPD Section 8.6 applies a policy as it read
# on the date of service: the 01/01/2025 version (no ECT criterion) governs every date, and its criteria are met.
# Fallback: ECT was considered and declined, documented 06/30/2026. The treating psychiatrist writes the
# second-level appeal with the patient's written authorization.
patient:
  name: Priya Halvorsen-Mbeki
  salutation: Ms. Halvorsen-Mbeki
  date_of_birth: 1982-06-19
  member_id: FICT-NFL-330871204
  address: |-
    3107 North Amidon Avenue
    Wichita, KS 67204
  phone: (316) 555-0128
insurer:
  name: Cobalt Ridge Benefit Administrators, claims administrator for the Northgate Freight Lines Employee Health Plan (FICTIONAL)
  appeals_address: |-
    Cobalt Ridge Benefit Administrators - Appeals Unit (FICTIONAL)
    PO Box 27730
    Overland Park, KS 66225
  fax: (913) 555-0149
claim:
  number: CRB-26-0904-552130
  plan_type: employer_erisa
  funding: self_funded
  employees: 4300
  notice_date: 2026-09-21
  stage: second level
  service_dates: [2026-07-13, 2026-07-15, 2026-07-17, 2026-07-20, 2026-07-22, 2026-07-24, 2026-08-14, 2026-08-28]
  setting: outpatient
  procedure_codes: [96365, J3490]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    Not medically necessary. Medical Policy MP-KET-12 (revised 09/01/2026), criterion 3: no documented adequate trial
    of ECT and no documentation that ECT was considered and declined for a documented reason.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  reviewer: {name: "Gordon Pellham, MD", specialty: internal medicine}
decisions:
  - date: 2026-11-09
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-08
    reason: >-
      The denial is upheld. The current version of Medical Policy MP-KET-12 requires, in criterion 3, an adequate
      trial of ECT or documentation that ECT was considered and declined for a documented reason. The records
      submitted do not show this.
plan_policy:
  name: Cobalt Ridge Medical Policy MP-KET-12 "Intravenous ketamine for depression" (revised 09/01/2026)
  number: MP-KET-12
  quote: >-
    Revision effective 09/01/2026. 3. An adequate trial of electroconvulsive therapy (ECT), or documentation that ECT
    was considered and declined for a documented reason.
  file: other/mp-ket-12-revision-2026-09-01.txt
  in_force:
    name: the January 1, 2025 version of MP-KET-12
    from: 2025-01-01
    through: 2026-08-31
    applied_from: 2026-09-01
    rule: Summary Plan Description, Section 8.6
    quote: >-
      Medical policies are applied as they read on the date the service was provided. A revision applies only to
      services provided on or after its effective date.
    file: other/spd-2026-section-8-excerpt.txt
    page: 1
payer_criteria:
  - criterion: "1. Major depressive disorder, current episode moderate or severe (PHQ-9 of 15 or more, or MADRS of 20 or more)."
    how_met: F33.2; MADRS 34 on 07/10/2026.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-07-10.txt, page: 1}
  - criterion: "2. Inadequate response to at least two antidepressants from different classes, each at an adequate dose for at least 6 weeks, in the current episode."
    how_met: >-
      Sertraline 200 mg 12 weeks (SSRI), bupropion XL 450 mg 10 weeks (aminoketone), and venlafaxine XR 225 mg since
      03/2026 (SNRI, partial response, continued); aripiprazole augmentation 6 weeks.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-07-10.txt, page: 1}
  - criterion: "3. No active psychosis, uncontrolled hypertension or active substance use disorder."
    how_met: None present; blood pressure 122/78.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-07-10.txt, page: 1}
  - criterion: "4. Prescribed by a psychiatrist and given where blood pressure, pulse oximetry and level of consciousness are monitored."
    how_met: Prescribed by a board-certified psychiatrist; infusion suite with monitoring for 2 hours.
    met: true
    evidence: {file: clinical/ketamine-infusion-record-2026.txt, page: 1}
treatment:
  name: Intravenous ketamine infusions, 8 (6 induction, 2 booster)
  summary: >-
    Eight IV ketamine infusions for treatment-resistant recurrent major depression after three antidepressants and
    an augmentation trial in the current episode; ECT was considered and declined.
  setting: Outpatient infusion suite with an anesthesia-trained nurse; monitored 2 hours after each infusion
  monitoring: Blood pressure every 15 minutes, continuous pulse oximetry, level of consciousness
clinical:
  severity: MADRS 34 on 07/10/2026; MADRS 12 on 08/28/2026
  severity_date: 2026-08-28
  suicidality: passive
  suicidality_date: 2026-07-10
  response: MADRS 34 (07/10/2026) to 14 (07/24/2026) and 12 (08/28/2026)
  response_level: response
  episode_onset: 2025-09
  treating_since: 2024-02
  exclusions: No psychosis, no uncontrolled hypertension, no active substance use disorder
  history:
    - drug: Citalopram
      dose: 40 mg daily
      start: 2016-02
      end: 2017-03
      kind: antidepressant
      response: remission
      outcome: Remission in an earlier episode (2016-2017); not a trial in the current episode
      evidence: {file: clinical/psychiatry-note-2026-07-10.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-09
      end: 2025-12
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks
      evidence: {file: clinical/psychiatry-note-2026-07-10.txt, page: 1}
    - drug: Bupropion XL
      dose: 450 mg daily
      start: 2026-01
      end: 2026-03
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks
      evidence: {file: clinical/psychiatry-note-2026-07-10.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-03
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with the infusions
      evidence: {file: clinical/psychiatry-note-2026-07-10.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily
      start: 2026-04
      end: 2026-05
      weeks: 6
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: No response after 6 weeks added to venlafaxine
      evidence: {file: clinical/psychiatry-note-2026-07-10.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-10
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-07-10.txt, page: 1}
alternatives:
  - treatment: Electroconvulsive therapy (ECT)
    why_not: >-
      Considered at an ECT consultation on 06/30/2026 and declined for a documented reason: a prolonged emergence
      reaction after general anesthesia in 2019 and her fear of memory effects in her work as an air traffic
      controller trainer.
author:
  name: Rafael Osei-Whitlock, MD
  role: treating psychiatrist
  relation: physician
  authorization: other/patient-authorization-2026-11-16.txt
  address: |-
    Sunflower Mood Disorders Clinic (FICTIONAL), 1920 North Rock Road, Suite 300
    Wichita, KS 67206
  phone: (316) 555-0172
  email: rosei@sunflower-mood.example
provider:
  name: Rafael Osei-Whitlock, MD
  credentials: MD, board-certified psychiatrist
  npi: "1864305929"
  address: |-
    1920 North Rock Road, Suite 300
    Wichita, KS 67206
  phone: (316) 555-0172
peer_to_peer:
  availability: weekdays 12-1 pm
record_dates:
  - file: clinical/psychiatry-note-2026-07-10.txt
    date: 2026-07-10
  - file: clinical/ect-consultation-2026-06-30.txt
    date: 2026-06-30
  - file: clinical/ketamine-infusion-record-2026.txt
    date: 2026-08-28
bates_prefix: HALVORSENMBEKI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-09-21.txt": """
COBALT RIDGE BENEFIT ADMINISTRATORS (FICTIONAL) for the NORTHGATE FREIGHT LINES EMPLOYEE HEALTH PLAN
EXPLANATION OF BENEFITS                                                   Date: 09/21/2026
Member: Priya Halvorsen-Mbeki   ID FICT-NFL-330871204   Provider: Rafael Osei-Whitlock, MD
Claim CRB-26-0904-552130   Services 07/13, 07/15, 07/17, 07/20, 07/22, 07/24, 08/14, 08/28/2026
96365 x8, J3490 x8   Billed $5,600.00   Allowed $0.00   Paid $0.00   CARC CO-50
Not medically necessary. Medical Policy MP-KET-12 (revised 09/01/2026), criterion 3: no documented adequate trial
of ECT and no documentation that ECT was considered and declined for a documented reason.
Reviewer: Gordon Pellham, MD (internal medicine).
You may appeal within 180 days of receiving this notice; the plan has two levels of internal appeal.
""",
    "denial/first-level-appeal-decision-2026-11-09.txt": """
COBALT RIDGE BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION          Date: 11/09/2026
Member: Priya Halvorsen-Mbeki   Claim CRB-26-0904-552130
The denial is upheld. The current version of Medical Policy MP-KET-12 requires, in criterion 3, an adequate trial of
ECT or documentation that ECT was considered and declined for a documented reason. The records submitted do not
show this.
Second-level appeal: you may ask for a second-level review within 60 days of this decision (by 01/08/2027). Write
to Appeals Unit, PO Box 27730, Overland Park, KS 66225, or fax (913) 555-0149. After the second level you may ask
for external review.
""",
    "clinical/psychiatry-note-2026-07-10.txt": """
SUNFLOWER MOOD DISORDERS CLINIC (FICTIONAL) - PSYCHIATRY NOTE                       Date: 07/10/2026
Patient: Priya Halvorsen-Mbeki   DOB 06/19/1982   Page 1 of 1   Treating since 02/2024
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2); current episode since
09/2025. MADRS 34. Passive suicidal ideation ("I don't care if I wake up"), no plan or intent.
Current episode: sertraline 200 mg 09/2025-12/2025, 12 weeks, no response; bupropion XL 450 mg 01/2026-03/2026,
10 weeks, no response; venlafaxine XR 225 mg since 03/2026, partial response, continued; aripiprazole 5 mg added
04/2026-05/2026, 6 weeks, no response. Trazodone 50 mg at bedtime for sleep since 10/2025.
Earlier episode 2016-2017: citalopram 40 mg, remission.
No psychosis; BP 122/78; no substance use disorder. ECT consultation 06/30/2026: declined (see that note).
Plan: IV ketamine 0.5 mg/kg over 40 minutes, 6 induction infusions over 2 weeks, then boosters by response.
Signed: Rafael Osei-Whitlock, MD
""",
    "clinical/ect-consultation-2026-06-30.txt": """
WICHITA RIVER HOSPITAL ECT SERVICE (FICTIONAL) - CONSULTATION                        Date: 06/30/2026
Patient: Priya Halvorsen-Mbeki   DOB 06/19/1982
ECT discussed in full, including benefits, anesthesia and memory effects. The patient declines ECT: prolonged
emergence reaction after general anesthesia in 2019, and her fear of memory effects in her work as an air traffic
controller trainer. Decision documented; ECT remains an option later.
Signed: Miriam Castellanos-Roe, MD, ECT service
""",
    "clinical/ketamine-infusion-record-2026.txt": """
SUNFLOWER MOOD DISORDERS CLINIC (FICTIONAL) - KETAMINE INFUSION RECORD              Page 1 of 1
Patient: Priya Halvorsen-Mbeki   Infusions: 07/13, 07/15, 07/17, 07/20, 07/22, 07/24 (induction); 08/14, 08/28
(booster), 2026. 0.5 mg/kg over 40 minutes. Monitored 2 hours: BP every 15 minutes, continuous pulse oximetry,
level of consciousness. No adverse events.
MADRS: 34 (07/10), 14 (07/24), 12 (08/28). Last updated 08/28/2026.
""",
    "other/spd-2026-section-8-excerpt.txt": """
NORTHGATE FREIGHT LINES EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026    Page 1 of 1 (excerpt)
8.6 Medical policies. Medical policies are applied as they read on the date the service was provided. A revision
applies only to services provided on or after its effective date.
""",
    "other/mp-ket-12-version-2025-01-01.txt": """
COBALT RIDGE MEDICAL POLICY MP-KET-12 (FICTIONAL) - Intravenous ketamine for depression
Version effective 01/01/2025 (in force through 08/31/2026)                        Page 1 of 1
Criteria (all required):
1. Major depressive disorder, current episode moderate or severe (PHQ-9 of 15 or more, or MADRS of 20 or more).
2. Inadequate response to at least two antidepressants from different classes, each at an adequate dose for at
   least 6 weeks, in the current episode.
3. No active psychosis, uncontrolled hypertension or active substance use disorder.
4. Prescribed by a psychiatrist and given where blood pressure, pulse oximetry and level of consciousness are
   monitored.
""",
    "other/mp-ket-12-revision-2026-09-01.txt": """
COBALT RIDGE MEDICAL POLICY MP-KET-12 (FICTIONAL) - Intravenous ketamine for depression
Revision effective 09/01/2026                                                       Page 1 of 1
Criteria (all required): 1. (as before) 2. (as before)
3. An adequate trial of electroconvulsive therapy (ECT), or documentation that ECT was considered and declined for a
   documented reason.
4. (former 3) 5. (former 4)
""",
    "other/patient-authorization-2026-11-16.txt": """
AUTHORIZATION (FICTIONAL)                                                            Signed 11/16/2026
I, Priya Halvorsen-Mbeki, authorize Dr. Rafael Osei-Whitlock to appeal the denial of claim CRB-26-0904-552130 for
me and to receive the plan's records and decisions about it.
Signed: Priya Halvorsen-Mbeki
""",
}

TRUTH = r"""
# 05 - Self-funded employer plan (ERISA): IV ketamine denied under a policy revision that took effect after every date of service; second level by the treating psychiatrist (FICTIONAL)

All people, plans, administrators, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Priya Halvorsen-Mbeki, 44 (DOB 06/19/1982), on the **Northgate Freight Lines Employee Health Plan** (self-funded,
  ERISA, 4,300 employees; administered by Cobalt Ridge), had **eight IV ketamine infusions** on 07/13, 07/15, 07/17,
  07/20, 07/22, 07/24, 08/14 and 08/28/2026 (96365, J3490; F33.2). MADRS 34 -> 14 -> 12.
- EOB of **09/21/2026**, claim **CRB-26-0904-552130**, **CO-50**: not medically necessary under **MP-KET-12 (revised
  09/01/2026), criterion 3** (ECT trial or ECT considered and declined). Reviewer: an internist.
- **First-level decision of 11/09/2026** upheld under "the current version". This is the **second level**, due
  within 60 days: **by 01/08/2027**.
- **SPD Section 8.6**: "Medical policies are applied as they read on the date the service was provided. A revision
  applies only to services provided on or after its effective date." Every date of service (07/13-08/28/2026) falls
  before 09/01/2026, within the **01/01/2025 version**, which has no ECT criterion; its four criteria are met.
- Even under the revision, criterion 3 is met: ECT was **considered and declined for a documented reason** on
  **06/30/2026** (anesthesia reaction in 2019; memory concerns in her work).
- **Rules:** ERISA claims rule 29 CFR 2560.503-1 (documents (h)(2)(iii); a reviewer who consults an expert in the
  field (h)(3)(iii), named (h)(3)(iv)); external review afterwards under **29 CFR 2590.715-2719(d)** (federal process
  for a self-funded plan); parity (MHPAEA) applies (4,300 employees).
- **Author:** the treating psychiatrist, with the patient's written authorization of 11/16/2026; he writes about
  "Ms. Halvorsen-Mbeki" and as her physician ("I").
- Expected answers (question -> answer, where printed):
  1. Claim number -> CRB-26-0904-552130 (denial/explanation-of-benefits-2026-09-21.txt)
  2. First-level decision date -> Date: 11/09/2026 (denial/first-level-appeal-decision-2026-11-09.txt)
  3. Second-level deadline -> by 01/08/2027 (denial/first-level-appeal-decision-2026-11-09.txt)
  4. Revision applied -> Revision effective 09/01/2026 (other/mp-ket-12-revision-2026-09-01.txt)
  5. Version in force on the dates -> Version effective 01/01/2025 (in force through 08/31/2026) (other/mp-ket-12-version-2025-01-01.txt)
  6. SPD clause -> Medical policies are applied as they read on the date the service was provided (other/spd-2026-section-8-excerpt.txt)
  7. Last date of service -> 08/28 (booster) (clinical/ketamine-infusion-record-2026.txt)
  8. ECT considered and declined -> The patient declines ECT (clinical/ect-consultation-2026-06-30.txt)
  9. ECT consultation date -> Date: 06/30/2026 (clinical/ect-consultation-2026-06-30.txt)
  10. Response -> MADRS: 34 (07/10), 14 (07/24), 12 (08/28) (clinical/ketamine-infusion-record-2026.txt)
  11. Drug still taken -> venlafaxine XR 225 mg since 03/2026, partial response, continued (clinical/psychiatry-note-2026-07-10.txt)
  12. Augmentation -> aripiprazole 5 mg added 04/2026-05/2026, 6 weeks, no response (clinical/psychiatry-note-2026-07-10.txt)
  13. Sleep dose -> Trazodone 50 mg at bedtime for sleep (clinical/psychiatry-note-2026-07-10.txt)
  14. Earlier-episode response -> citalopram 40 mg, remission (clinical/psychiatry-note-2026-07-10.txt)
  15. Reviewer's specialty -> Gordon Pellham, MD (internal medicine) (denial/explanation-of-benefits-2026-09-21.txt)
  16. Funding -> funding: self_funded (case.yaml)

## Deliberately unknown
- Whether the ECT consultation note was in the records the plan reviewed: not known; the letter says it is enclosed
  and asks that it be weighed, without claiming the plan had it.
- Who decided the first-level appeal and their specialty: not stated.
- The NDC and units of the ketamine billed under J3490: not in the case (none is invented).

## Traps
- **Date and plan document first.** The winning point is SPD 8.6 with the dates: the revision of 09/01/2026 does not
  reach care given 07/13-08/28/2026. Clinical points come after.
- **Two versions:** the criteria rows are the **2025 version's**; a letter must never say the revised criterion 3
  (ECT) is "met by" the 2025 rows, and must not number the 2025 criteria as the revision does.
- **Venlafaxine XR continues** (partial): never "failed"/"stopped". **Trazodone 50 mg** is a sleep dose.
  **Citalopram 2016-2017** was a remission in an earlier episode, not a failed trial. **Aripiprazole** is an
  augmentation trial, not an antidepressant.
- **Suicidality:** passive on 07/10/2026; never "active", never a plan.
- **The internist** reviewer: the letter may say the reviewer is not a psychiatrist (the EOB shows it), and
  should ask who decided the first level.
- **Stage:** second level; it answers the 11/09/2026 decision ("the current version"), not only the EOB.
- **Wrong law:** 45 CFR 147.136 as the external-review rule for this self-funded plan (cite 29 CFR 2590.715-2719),
  state insurance department, contra proferentem stated as law.

## Arguments a strong letter makes, strongest first
1. Under SPD 8.6 a medical policy applies as it read on the date of service; every infusion was given before the
   revision of 09/01/2026. The 01/01/2025 version governs, and its four criteria are met (rows with exhibits). Decide
   the claim under it and pay the eight infusions.
2. Even under the revision, criterion 3 is met: ECT was considered and declined for documented reasons on
   06/30/2026; the first-level decision's "records do not show this" is answered by that note.
3. Response: MADRS 34 -> 12; the plan's reviewer was an internist; ask for a psychiatrist's review, the documents
   relied on (including the version history of MP-KET-12), and offer a peer-to-peer call.

## What a letter must NOT say
- "criterion 3 of the 2025 version requires ECT"; "the revised policy governs".
- "ECT was never considered"; "failed ECT".
- "failed venlafaxine", "stopped venlafaxine"; trazodone as a trial; "failed citalopram".
- "active suicidal ideation"; "suicide plan".
- "45 CFR 147.136" as this self-funded plan's external-review rule; "state insurance department"; "ambiguities must
  be construed against the plan" as settled law.
"""

ANSWERS = [
    ("claim number", "CRB-26-0904-552130", "denial/explanation-of-benefits-2026-09-21.txt"),
    ("first-level date", "Date: 11/09/2026", "denial/first-level-appeal-decision-2026-11-09.txt"),
    ("deadline", "by 01/08/2027", "denial/first-level-appeal-decision-2026-11-09.txt"),
    ("revision", "Revision effective 09/01/2026", "other/mp-ket-12-revision-2026-09-01.txt"),
    ("version in force", "Version effective 01/01/2025 (in force through 08/31/2026)", "other/mp-ket-12-version-2025-01-01.txt"),
    ("SPD clause", "Medical policies are applied as they read on the date the service was provided", "other/spd-2026-section-8-excerpt.txt"),
    ("last date", "08/28 (booster)", "clinical/ketamine-infusion-record-2026.txt"),
    ("ECT declined", "The patient declines ECT", "clinical/ect-consultation-2026-06-30.txt"),
    ("ECT consult date", "Date: 06/30/2026", "clinical/ect-consultation-2026-06-30.txt"),
    ("response", "MADRS: 34 (07/10), 14 (07/24), 12 (08/28)", "clinical/ketamine-infusion-record-2026.txt"),
    ("drug still taken", "venlafaxine XR 225 mg since 03/2026, partial response, continued", "clinical/psychiatry-note-2026-07-10.txt"),
    ("augmentation", "aripiprazole 5 mg added 04/2026-05/2026, 6 weeks, no response", "clinical/psychiatry-note-2026-07-10.txt"),
    ("sleep dose", "Trazodone 50 mg at bedtime for sleep", "clinical/psychiatry-note-2026-07-10.txt"),
    ("earlier episode", "citalopram 40 mg, remission", "clinical/psychiatry-note-2026-07-10.txt"),
    ("reviewer", "Gordon Pellham, MD (internal medicine)", "denial/explanation-of-benefits-2026-09-21.txt"),
    ("funding", "funding: self_funded", "case.yaml"),
]
