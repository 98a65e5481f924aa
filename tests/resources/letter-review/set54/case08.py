SLUG = "08-fehb-iv-ketamine-experimental-policy-vs-2026-brochure-opm-review-psychiatrist"

CASE_YAML = r'''
# FICTIONAL CASE (set 54, case 08) - every person, carrier, provider, number and address is invented.
# FEHB. The carrier denied six IV ketamine infusions for treatment-resistant depression as investigational under its
# medical policy MP-ANES-7 (last reviewed 2021); the reconsideration upheld it and added "Spravato has not been
# tried". The 2026 brochure lists ketamine infusions for treatment-resistant depression with prior approval and says
# the brochure governs over medical policies; Spravato was tried and stopped for hypertension. The treating
# psychiatrist asks OPM to review.
patient:
  name: Cordelia Ashworth-Banda
  salutation: Ms. Ashworth-Banda
  date_of_birth: 1979-12-03
  member_id: FICT-FBP-R52019847
  address: |-
    5106 Juniper Lane
    Frederick, MD 21703
  phone: (301) 555-0112
insurer:
  name: Federal Bridge Health Benefit Plan, Standard Option (FEHB carrier) (FICTIONAL)
  appeals_address: |-
    Federal Bridge Health Benefit Plan - Reconsiderations (FICTIONAL)
    PO Box 14480
    Baltimore, MD 21203
  fax: (410) 555-0179
claim:
  number: FBP-PA-26-0903-71506
  plan_type: fehb
  notice_date: 2026-09-11
  procedure_codes: [J3490, "96365", "96366"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-55]
  denial_reason: >-
    IV ketamine for depression is experimental/investigational under Medical Policy MP-ANES-7: the evidence is
    insufficient to determine its effect on health outcomes for psychiatric conditions.
  denial_category: experimental_investigational
  denial_reasons: [experimental_investigational]
  pending_services: 6
  action: none
decisions:
  - date: 2026-10-22
    outcome: denied
    stage: carrier reconsideration
    opens: OPM review
    next_deadline: 2027-01-20
    reason: >-
      We affirm our denial. Ketamine infusion remains investigational for psychiatric use under MP-ANES-7. In
      addition, the records show Spravato has not been tried.
    corrections:
      - said: the records show Spravato has not been tried.
        record: >-
          Esketamine nasal spray (Spravato) was given in 8 sessions, 03/02/2026-03/26/2026, and stopped after blood
          pressure rose to 182/104 at two sessions despite treatment.
        file: clinical/psychiatry-letter-and-history-2026-08-28.txt
        page: 1
external_review:
  agency: U.S. Office of Personnel Management, Federal Employee Insurance Operations, Health Insurance 2 (address FICTIONAL)
  address: |-
    OPM Health Insurance Review (FICTIONAL ADDRESS)
    PO Box 77140
    Washington, DC 20044
  final_denial_date: 2026-10-22
plan_policy:
  name: Federal Bridge Medical Policy MP-ANES-7, Ketamine (last reviewed 05/2021)
  number: MP-ANES-7
  quote: >-
    Ketamine infusion is considered experimental/investigational for psychiatric conditions, including depression;
    the evidence is insufficient to determine its effect on health outcomes.
  file: other/medical-policy-mp-anes-7-2021.txt
  precedence:
    name: 2026 Federal Bridge Health Benefit Plan brochure, Section 1
    quote: >-
      This brochure is the official statement of benefits. If this brochure and a medical policy or guideline differ,
      this brochure governs.
    file: other/brochure-2026-excerpts.txt
    page: 1
    governs: the 2026 brochure
    over: Medical Policy MP-ANES-7
    ground: the evidence is insufficient to determine its effect on health outcomes for psychiatric conditions
  listed:
    name: 2026 Federal Bridge Health Benefit Plan brochure, Section 5(a), Treatment therapies
    entry: "Ketamine infusions for treatment-resistant depression, with prior approval (see Section 3)"
    file: other/brochure-2026-excerpts.txt
    page: 1
    as: a covered treatment therapy, subject to prior approval
  urgent_review: >-
    If your request is urgent, call us and we will tell you our decision within 72 hours.
treatment:
  name: Intravenous ketamine infusions, 6 infusions over 3 weeks
  summary: >-
    Six IV ketamine infusions for treatment-resistant depression after three antidepressant trials (the third,
    bupropion, continued with a partial response), aripiprazole augmentation, and esketamine stopped for hypertension.
  plan: >-
    Ketamine 0.5 mg/kg over 40 minutes twice a week for 3 weeks (6 infusions), blood pressure treated to below
    160/100 before each infusion; MADRS at infusions 1, 4 and 6; stop if it falls by less than 25% by infusion 4.
  alongside: bupropion XL 300 mg daily
  setting: Catoctin Infusion Center, with blood pressure, pulse oximetry and ECG monitoring for 2 hours
clinical:
  severity: MADRS 35 on 08/28/2026
  severity_date: 2026-08-28
  suicidality: passive
  suicidality_date: 2026-08-28
  episode_onset: 2024-11
  treating_since: 2022-04-05
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-12
      end: 2025-03
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response; stopped
      evidence: {file: clinical/psychiatry-letter-and-history-2026-08-28.txt, page: 1}
    - drug: Duloxetine
      dose: 120 mg daily
      start: 2025-04
      end: 2025-07
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response; stopped
      evidence: {file: clinical/psychiatry-letter-and-history-2026-08-28.txt, page: 1}
    - drug: Aripiprazole
      dose: 10 mg daily (added to duloxetine)
      start: 2025-05
      end: 2025-07
      weeks: 8
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: No added benefit after 8 weeks; stopped with duloxetine
      evidence: {file: clinical/psychiatry-letter-and-history-2026-08-28.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-08
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued beside the infusions
      evidence: {file: clinical/psychiatry-letter-and-history-2026-08-28.txt, page: 1}
    - drug: Esketamine nasal spray (Spravato)
      dose: 56-84 mg, 8 sessions
      start: 2026-03-02
      end: 2026-03-26
      kind: other
      adequate: false
      outcome: Stopped after 8 sessions for blood pressure of 182/104 at two sessions (intolerance)
      evidence: {file: clinical/psychiatry-letter-and-history-2026-08-28.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2025-08
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-letter-and-history-2026-08-28.txt, page: 1}
    - drug: Electroconvulsive therapy
      dose: 10 treatments
      start: 2020-02
      end: 2020-03
      kind: neuromodulation
      sessions: 10
      response: remission
      outcome: Remission in an earlier episode (2020); memory problems for months afterward
      evidence: {file: clinical/psychiatry-letter-and-history-2026-08-28.txt, page: 1}
  exclusions: No psychosis; blood pressure controlled on amlodipine (128/82 on 08/28/2026); no substance use disorder.
alternatives:
  - treatment: Electroconvulsive therapy
    why_not: >-
      Gave remission in 2020 but left months of memory problems that cost her her job as a federal contracts analyst;
      she declines it now, and her psychiatrist agrees IV ketamine should come first.
author:
  name: Dr. Nathaniel Oduya-Fleming, MD
  role: treating psychiatrist
  relation: physician
  authorization: other/member-authorization-2026-11-05.txt
  address: |-
    Monocacy Psychiatry Associates (FICTIONAL), 22 West Church Street
    Frederick, MD 21701
  phone: (301) 555-0168
  email: noduya@monocacy-psych.example
provider:
  name: Dr. Nathaniel Oduya-Fleming, MD
  credentials: MD, board-certified psychiatrist
  npi: "1730582644"
  address: |-
    22 West Church Street
    Frederick, MD 21701
  phone: (301) 555-0168
template: external-review-request
record_dates:
  - file: clinical/psychiatry-letter-and-history-2026-08-28.txt
    date: 2026-08-28
literature_tags: [trd]
bates_prefix: ASHWORTHBANDA
footer_note: FICTIONAL TEST CASE - not a real patient, carrier or provider.
'''

DOCS = {
"denial/prior-approval-denial-2026-09-11.txt": """
FEDERAL BRIDGE HEALTH BENEFIT PLAN (FICTIONAL) - FEHB - PRIOR APPROVAL DECISION                 Date: 09/11/2026
Member: Cordelia Ashworth-Banda   ID FICT-FBP-R52019847   Request FBP-PA-26-0903-71506: IV ketamine, 6 infusions.
Denied (CO-55). IV ketamine for depression is experimental/investigational under Medical Policy MP-ANES-7: the
evidence is insufficient to determine its effect on health outcomes for psychiatric conditions.
You may ask us to reconsider within 6 months of this decision.
""",
"denial/reconsideration-decision-2026-10-22.txt": """
FEDERAL BRIDGE HEALTH BENEFIT PLAN (FICTIONAL) - RECONSIDERATION DECISION                       Date: 10/22/2026
Member: Cordelia Ashworth-Banda   Request FBP-PA-26-0903-71506
We affirm our denial. Ketamine infusion remains investigational for psychiatric use under MP-ANES-7. In addition,
the records show Spravato has not been tried.
You may ask the U.S. Office of Personnel Management to review our decision within 90 days of the date of this letter.
""",
"clinical/psychiatry-letter-and-history-2026-08-28.txt": """
MONOCACY PSYCHIATRY ASSOCIATES (FICTIONAL) - TREATMENT HISTORY AND KETAMINE REQUEST            Date: 08/28/2026
Patient: Cordelia Ashworth-Banda   DOB 12/03/1979   Page 1 of 1   Treated since 04/05/2022
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2); episode since 11/2024.
MADRS 35. Passive suicidal ideation on 08/28/2026, no plan or intent. BP 128/82 on amlodipine.
Current episode: sertraline 200 mg 12/2024-03/2025, 12 weeks, no response; duloxetine 120 mg 04/2025-07/2025,
10 weeks, no response, with aripiprazole 10 mg added 05/2025 for 8 weeks, no added benefit; bupropion XL 300 mg
since 08/2025, partial response, continued. Esketamine nasal spray (Spravato) 8 sessions 03/02-03/26/2026, stopped
after BP 182/104 at two sessions despite treatment.
Also: mirtazapine 7.5 mg at bedtime for sleep since 08/2025. Earlier episode: ECT, 10 treatments, 02-03/2020,
remission, with months of memory problems afterward; she declines ECT now.
Plan: IV ketamine 0.5 mg/kg over 40 minutes twice weekly for 3 weeks (6 infusions); BP below 160/100 before each.
Dr. Nathaniel Oduya-Fleming, MD
""",
"other/brochure-2026-excerpts.txt": """
FEDERAL BRIDGE HEALTH BENEFIT PLAN (FICTIONAL) - 2026 BROCHURE (excerpts)                         Page 1 of 1
Section 1: This brochure is the official statement of benefits. If this brochure and a medical policy or guideline
differ, this brochure governs.
Section 5(a), Treatment therapies: Ketamine infusions for treatment-resistant depression, with prior approval (see
Section 3).
Section 8: If your request is urgent, call us and we will tell you our decision within 72 hours.
""",
"other/brochure-2025-excerpt-stale.txt": """
FEDERAL BRIDGE HEALTH BENEFIT PLAN (FICTIONAL) - 2025 BROCHURE (excerpt)
Section 5(a), Treatment therapies: (no ketamine entry). Section 6, Not covered: "ketamine for psychiatric conditions".
[The 2025 brochure; replaced by the 2026 brochure for care in calendar year 2026.]
""",
"other/medical-policy-mp-anes-7-2021.txt": """
FEDERAL BRIDGE MEDICAL POLICY MP-ANES-7, KETAMINE (FICTIONAL) - last reviewed 05/2021
Ketamine infusion is considered experimental/investigational for psychiatric conditions, including depression; the
evidence is insufficient to determine its effect on health outcomes.
""",
"other/member-authorization-2026-11-05.txt": """
AUTHORIZATION (FICTIONAL)                                                                 Signed 11/05/2026
I, Cordelia Ashworth-Banda, authorize Dr. Nathaniel Oduya-Fleming to ask OPM to review request FBP-PA-26-0903-71506
for me and to receive my records for it.
""",
}

TRUTH = r'''
# 08 - FEHB: IV ketamine denied as investigational under a 2021 policy; the 2026 brochure lists it and governs; OPM review by the treating psychiatrist (FICTIONAL)

All people, carriers, providers, numbers and addresses are invented (FICTIONAL); OPM's address is invented.

## What is true
- Cordelia Ashworth-Banda, 46, **FEHB** (Federal Bridge Health Benefit Plan, Standard Option), severe recurrent
  depression (F33.2), episode since 11/2024. **6 IV ketamine infusions** requested; denied **09/11/2026** (CO-55)
  as investigational under **MP-ANES-7 (last reviewed 05/2021)**; the **reconsideration of 10/22/2026** affirmed
  and added "Spravato has not been tried".
- The **2026 brochure**: Section 1 "If this brochure and a medical policy or guideline differ, this brochure
  governs"; Section 5(a) lists "**Ketamine infusions for treatment-resistant depression, with prior approval**".
  The policy's ground ("evidence is insufficient") is not among the brochure's terms.
- Spravato: **8 sessions 03/02-03/26/2026**, stopped for BP 182/104 at two sessions (intolerance).
- Trials: sertraline 200 mg 12 weeks; duloxetine 120 mg 10 weeks with aripiprazole 10 mg 8 weeks; **bupropion XL 300
  mg continued** (partial response).
- **Rule and stage:** 5 CFR 890.105: **OPM review** within **90 days** of the carrier's reconsideration: **by
  01/20/2027**. Brochure Section 8 promises 72 hours for an urgent request (not claimed here: not urgent).
- **Author:** the treating psychiatrist (physician), with the member's written authorization (11/05/2026).

## Deliberately unknown
- Whether the carrier has updated MP-ANES-7 for 2026: not in the case.
- The infusion center's charges and the 2026 prior-approval criteria for ketamine (Section 3): not in the case; a
  letter may ask for them and must not invent them.
- How long OPM takes to decide: not in the case.

## Traps
- **Plan document over policy:** the brochure governs; a letter must not argue the policy's evidence standard as if
  it decided the case, nor say the 2025 brochure's exclusion applies (2026 care).
- **Stale document:** the 2025 brochure excluded "ketamine for psychiatric conditions"; replaced for 2026.
- **Decision's wrong statement:** "Spravato has not been tried" - 8 sessions, stopped for hypertension.
- **Drug still taken:** bupropion continues (partial response): never "failed" or "stopped". **Mirtazapine 7.5 mg**
  is a sleep dose, not a trial.
- **Earlier episode:** ECT 2020 brought remission - not a failure; it is declined now for its memory effects.
- **Suicidality** passive, no plan or intent.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no state external review or insurance department, no MHPAEA cited as
  binding the carrier's appeal (FEHB route is OPM).

## Arguments a strong letter makes (strongest first)
1. The 2026 brochure, the official statement of benefits, lists ketamine infusions for treatment-resistant
   depression with prior approval and governs over a medical policy; the experimental ground comes only from
   MP-ANES-7. OPM should direct the carrier to decide the prior approval under the brochure.
2. Correct the reconsideration: Spravato was tried (8 sessions) and stopped for hypertension.
3. Treatment-resistant depression on the record (trials with dose and length, augmentation, esketamine intolerance);
   the treatment plan with blood pressure control and a stopping rule; the literature on ketamine for TRD.

## What a letter must NOT say
- "Spravato has not been tried"; "failed Spravato" as an adequate trial (it was an intolerance).
- "failed bupropion", "stopped bupropion"; mirtazapine as a trial; "failed ECT".
- "the 2025 brochure governs"; "ketamine is excluded".
- "ERISA", "45 CFR 147.136", "state external review", "state insurance department".
- a decision time for OPM; "active suicidal ideation".
'''

ANSWERS = [
    ("plan type", "fehb", "case.yaml"),
    ("first decision", "PRIOR APPROVAL DECISION                 Date: 09/11/2026", "denial/prior-approval-denial-2026-09-11.txt"),
    ("reconsideration", "RECONSIDERATION DECISION                       Date: 10/22/2026", "denial/reconsideration-decision-2026-10-22.txt"),
    ("OPM window", "within 90 days of the date of this letter", "denial/reconsideration-decision-2026-10-22.txt"),
    ("deadline", "2027-01-20", "case.yaml"),
    ("policy applied", "MP-ANES-7, KETAMINE (FICTIONAL) - last reviewed 05/2021", "other/medical-policy-mp-anes-7-2021.txt"),
    ("precedence", "If this brochure and a medical policy or guideline differ, this brochure governs", "other/brochure-2026-excerpts.txt"),
    ("listed", "Ketamine infusions for treatment-resistant depression, with prior approval", "other/brochure-2026-excerpts.txt"),
    ("wrong statement", "the records show Spravato has not been tried", "denial/reconsideration-decision-2026-10-22.txt"),
    ("Spravato tried", "Spravato) 8 sessions 03/02-03/26/2026", "clinical/psychiatry-letter-and-history-2026-08-28.txt"),
    ("Spravato stopped", "stopped\nafter BP 182/104 at two sessions", "clinical/psychiatry-letter-and-history-2026-08-28.txt"),
    ("drug continued", "bupropion XL 300 mg\nsince 08/2025, partial response, continued", "clinical/psychiatry-letter-and-history-2026-08-28.txt"),
    ("sleep dose", "mirtazapine 7.5 mg at bedtime for sleep", "clinical/psychiatry-letter-and-history-2026-08-28.txt"),
    ("earlier episode", "ECT, 10 treatments, 02-03/2020,\nremission", "clinical/psychiatry-letter-and-history-2026-08-28.txt"),
    ("stale brochure", "replaced by the 2026 brochure for care in calendar year 2026", "other/brochure-2025-excerpt-stale.txt"),
    ("author's authorization", "authorize Dr. Nathaniel Oduya-Fleming to ask OPM", "other/member-authorization-2026-11-05.txt"),
]
