"""Set 25, case 08 (FICTIONAL): county employees' plan, insured; IV ketamine for TRD denied at the final internal
level on policy MP-BH-KET-03 criteria 2 ("one antidepressant trial; desvenlafaxine 50 mg below an adequate dose") and
4 ("active cannabis use disorder"). The policy's own dose appendix makes 50 mg adequate (and she took 100 mg for seven
weeks); the use disorder is in sustained remission since August 2024 (a 2023 problem-list entry). State external
review, written by the prescribing psychiatric nurse practitioner."""

SLUG = "08-county-plan-iv-ketamine-dose-appendix-cannabis-remission-external-review-np"

CASE_YAML = r"""
# FICTIONAL CASE (set 25, case 08) - every person, plan, provider, number and address is invented.
# County employees' plan, insured (Colorado address): a governmental plan, not ERISA. Six IV ketamine infusions
# (pending) for treatment-resistant depression, denied at the final internal level on 10/27/2026 under policy
# MP-BH-KET-03: criterion 2 (two antidepressants of different classes, adequate dose, 6 weeks, current episode) "only
# escitalopram; desvenlafaxine 50 mg is below an adequate dose", and criterion 4 (no active substance use disorder in
# the past 12 months) "cannabis use disorder documented". The policy's Appendix A lists 50 mg as an adequate
# desvenlafaxine dose, and she took 100 mg for 7 of its 9 weeks; the cannabis use disorder is a 2023 emergency
# department entry, in sustained remission since August 2024 with negative screens. Vortioxetine continues (partial).
# External review (state) within 4 months. The prescribing psychiatric NP writes with the member's authorization.
patient:
  name: Siobhan Fitzgerald-Amaro
  salutation: Ms. Fitzgerald-Amaro
  date_of_birth: 1992-07-15
  member_id: FICT-FRH-2240715-01
  address: |-
    640 Poudre Ridge Court
    Fort Collins, CO 80524
  phone: (970) 555-0119
insurer:
  name: Front Range Health Insurance Company (FICTIONAL), insurer of the Cache la Poudre County Employee Health Plan
  appeals_address: |-
    Front Range Health Insurance Company, Appeals
    PO Box 173390
    Denver, CO 80217
  fax: (303) 555-0155
external_review:
  agency: Colorado Division of Insurance, external review (as named in the final internal decision)
  address: |-
    Colorado Division of Insurance, External Review (address FICTIONAL)
    PO Box 95044
    Denver, CO 80202
  final_denial_date: 2026-10-27
claim:
  number: FRH-PA-26-0915-4471
  plan_type: governmental
  funding: insured
  notice_date: 2026-09-22
  procedure_codes: [96365, J3490]
  diagnosis_codes: [F33.2, F12.21]
  pending_services: 6
  denial_reason: >-
    IV ketamine infusions are not medically necessary under medical policy MP-BH-KET-03. Criterion 2 is not met: only
    one antidepressant trial in the current episode is documented (escitalopram); desvenlafaxine 50 mg is below an
    adequate dose. Criterion 4 is not met: the record documents cannabis use disorder.
  denial_category: medical_necessity
  reviewer: {name: "Warren Ostby, MD", specialty: family medicine}
decisions:
  - date: 2026-10-27
    outcome: denied
    stage: internal appeal (final)
    opens: external review
    next_deadline: 2027-02-27
    reason: >-
      We upheld the denial. Criterion 2: only one adequate antidepressant trial in the current episode is documented
      (escitalopram 20 mg); the desvenlafaxine trial was at 50 mg, below an adequate dose. Criterion 4: the medical
      record documents cannabis use disorder (F12.20), an active substance use disorder.
    corrections:
      - said: "the desvenlafaxine trial was at 50 mg, below an adequate dose"
        record: >-
          She took desvenlafaxine 50 mg for 2 weeks and 100 mg for the next 7 weeks (05/04/2026 to 07/06/2026), and
          the policy's own Appendix A lists 50 mg a day as an adequate dose of desvenlafaxine
        file: other/mp-bh-ket-03-policy-excerpt.txt
        page: 2
      - said: "the medical record documents cannabis use disorder (F12.20), an active substance use disorder"
        record: >-
          F12.20 is a 2023 emergency department problem-list entry; her evaluation records cannabis use disorder in
          sustained remission since August 2024 (F12.21), with negative urine drug screens on 06/10/2026 and
          09/08/2026
        file: clinical/psychiatric-evaluation-2026-09-08.txt
        page: 1
payer_criteria:
  - criterion: 1. Age 18 or older with major depressive disorder, severe, without psychotic features
    how_met: Age 34; F33.2, recurrent, severe, without psychotic features; MADRS 35
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-09-08.txt, page: 1}
  - criterion: >-
      2. Failure of at least two antidepressants from different classes, each at an adequate dose (Appendix A) for at
      least 6 weeks, in the current episode
    how_met: >-
      Escitalopram 20 mg (an SSRI) for 11 weeks, no response; desvenlafaxine (an SNRI) 50 mg for 2 weeks then 100 mg
      for 7 weeks, 9 weeks in all, only a partial response; both in the episode that began in January 2026
    met: true
    evidence:
      - {file: clinical/psychiatric-evaluation-2026-09-08.txt, page: 1}
      - {file: other/pharmacy-fill-history-2026-09-10.txt, page: 1}
  - criterion: 3. An adequate trial of evidence-based psychotherapy
    how_met: 14 sessions of behavioral activation therapy, March to July 2026 (not disputed by the plan)
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-09-08.txt, page: 1}
  - criterion: 4. No active substance use disorder (other than tobacco) within the past 12 months
    how_met: >-
      Cannabis use disorder in sustained remission since August 2024 (more than 12 months); urine drug screens
      negative on 06/10/2026 and 09/08/2026
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-09-08.txt, page: 1}
  - criterion: 5. Given in a facility with continuous monitoring and staff trained in airway management
    how_met: Foothills Ketamine and Psychiatry infusion suite; anesthesiologist on site; pulse oximetry and blood pressure monitoring
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-09-08.txt, page: 1}
plan_policy:
  name: Front Range Health medical policy, IV ketamine for treatment-resistant depression
  number: MP-BH-KET-03 (FICTIONAL)
  quote: >-
    IV ketamine is medically necessary for treatment-resistant depression when all of the following are met: 1. Age
    18 or older with major depressive disorder, severe, without psychotic features; 2. Failure of at least two
    antidepressants from different classes, each at an adequate dose (Appendix A) for at least 6 weeks, in the
    current episode; 3. An adequate trial of evidence-based psychotherapy; 4. No active substance use disorder (other
    than tobacco) within the past 12 months; 5. Given in a facility with continuous monitoring and staff trained in
    airway management. Initial authorization: up to 6 infusions within 3 weeks. Appendix A, minimum adequate daily
    doses: escitalopram 10 mg; desvenlafaxine 50 mg; vortioxetine 10 mg. Definitions: an active substance use disorder
    is one whose criteria were met at any time in the past 12 months.
  file: other/mp-bh-ket-03-policy-excerpt.txt
treatment:
  name: IV ketamine infusions for treatment-resistant depression (initial series of six)
  summary: >-
    Six IV ketamine infusions (0.5 mg/kg over 40 minutes) within three weeks, with vortioxetine continued, for severe
    recurrent major depression that did not respond to escitalopram or desvenlafaxine in the current episode.
  plan: >-
    Six infusions of 0.5 mg/kg over 40 minutes in three weeks, MADRS before the first and after the sixth; stop if
    MADRS has not fallen by at least 25% after the fourth.
  setting: Foothills Ketamine and Psychiatry (FICTIONAL) infusion suite, anesthesiologist on site
  monitoring: blood pressure every 15 minutes and continuous pulse oximetry, observation for 2 hours after each infusion
  alongside: vortioxetine 20 mg daily
alternatives:
  - treatment: ECT
    why_not: >-
      Discussed on 09/08/2026; she declined ECT for now because of its effects on memory in her work as a county
      records analyst; ECT remains an option later
clinical:
  severity: MADRS 35 and PHQ-9 21 on 09/08/2026
  severity_date: 2026-09-08
  suicidality: passive
  suicidality_date: 2026-09-15
  episode_onset: 2026-01
  exclusions: >-
    No psychotic symptoms; blood pressure controlled (118/76); no active substance use disorder (cannabis use
    disorder in sustained remission since August 2024; negative urine drug screens 06/10/2026 and 09/08/2026)
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2026-02-02
      end: 2026-04-20
      kind: antidepressant
      response: none
      outcome: No response after 11 weeks; stopped
      evidence: {file: clinical/psychiatric-evaluation-2026-09-08.txt, page: 1}
    - drug: Desvenlafaxine
      dose: 50 mg daily for 2 weeks, then 100 mg daily
      start: 2026-05-04
      end: 2026-07-06
      kind: antidepressant
      response: partial
      outcome: Partial response only after 9 weeks (7 at 100 mg); stopped
      evidence: {file: clinical/psychiatric-evaluation-2026-09-08.txt, page: 1}
    - drug: Vortioxetine
      dose: 20 mg daily
      start: 2026-07-13
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Continues with the infusions; partial response so far
      evidence: {file: clinical/psychiatric-evaluation-2026-09-08.txt, page: 1}
    - drug: Behavioral activation therapy
      dose: 14 weekly sessions
      start: 2026-03
      end: 2026-07
      kind: psychotherapy
      sessions: 14
      adequate: true
      response: partial
      outcome: Completed; partial response
      evidence: {file: clinical/psychiatric-evaluation-2026-09-08.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2026-03
      ongoing: true
      kind: other
      outcome: For sleep only
      evidence: {file: clinical/psychiatric-evaluation-2026-09-08.txt, page: 1}
    - drug: Sertraline (2019 episode)
      dose: 150 mg daily
      start: 2019-01
      end: 2019-12
      kind: antidepressant
      response: remission
      outcome: Remission of an earlier episode; tapered off as planned
      evidence: {file: clinical/psychiatric-evaluation-2026-09-08.txt, page: 1}
impact:
  work: >-
    On intermittent medical leave from her county job since August 2026 (two to three days a week).
author:
  name: Marisela Quintanar-Holt
  role: Treating psychiatric nurse practitioner (PMHNP-BC), prescriber
  relation: prescriber
  authorization: other/member-authorization-2026-11-16.txt
  address: |-
    Foothills Ketamine and Psychiatry, 2201 Harmony Road, Suite 140
    Fort Collins, CO 80528
  phone: (970) 555-0186
  email: mqholt@foothills-kp.example
provider:
  name: Marisela Quintanar-Holt
  credentials: DNP, PMHNP-BC
  npi: "1905378265"
  address: |-
    Foothills Ketamine and Psychiatry, 2201 Harmony Road, Suite 140
    Fort Collins, CO 80528
  phone: (970) 555-0186
literature:
  - id: murrough-2013
  - id: sanacora-2017
template: external-review-request
bates_prefix: FITZGERALDAMARO
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/prior-authorization-denial-2026-09-22.txt": """
FRONT RANGE HEALTH INSURANCE COMPANY (FICTIONAL) - for the Cache la Poudre County Employee Health Plan
NOTICE OF ADVERSE BENEFIT DETERMINATION (PRIOR AUTHORIZATION)            Date: 09/22/2026            Page 1

Member: Siobhan Fitzgerald-Amaro     Member ID: FICT-FRH-2240715-01     Reference: FRH-PA-26-0915-4471
Requested: IV ketamine infusions (96365, J3490), 6 infusions within 3 weeks. Prescriber: Marisela Quintanar-Holt,
DNP, PMHNP-BC. Received 09/15/2026.
Determination: IV ketamine infusions are not medically necessary under medical policy MP-BH-KET-03. Criterion 2 is
not met: only one antidepressant trial in the current episode is documented (escitalopram); desvenlafaxine 50 mg is
below an adequate dose. Criterion 4 is not met: the record documents cannabis use disorder.
Reviewer: Warren Ostby, MD (family medicine).
You may appeal within 180 days.
""",
    "denial/final-internal-appeal-decision-2026-10-27.txt": """
FRONT RANGE HEALTH INSURANCE COMPANY (FICTIONAL) - APPEAL DECISION (FINAL INTERNAL LEVEL)          Date: 10/27/2026
Page 1

Member: Siobhan Fitzgerald-Amaro     Reference: FRH-PA-26-0915-4471     Appeal received: 10/02/2026
Decision: We upheld the denial. Criterion 2: only one adequate antidepressant trial in the current episode is
documented (escitalopram 20 mg); the desvenlafaxine trial was at 50 mg, below an adequate dose. Criterion 4: the
medical record documents cannabis use disorder (F12.20), an active substance use disorder.
Records reviewed: prior authorization request; pharmacy claims; problem list from Poudre Valley Community Hospital
emergency department (03/18/2023).
Reviewer: Warren Ostby, MD (family medicine).
This is the plan's final internal decision. You may ask for an external review by an independent review organization
through the Colorado Division of Insurance within 4 months of the date of this letter. The Cache la Poudre County
Employee Health Plan is a governmental plan; it is not governed by ERISA.
""",
    "other/mp-bh-ket-03-policy-excerpt.txt": """
FRONT RANGE HEALTH INSURANCE COMPANY (FICTIONAL) - MEDICAL POLICY MP-BH-KET-03
IV KETAMINE FOR TREATMENT-RESISTANT DEPRESSION          Effective 01/01/2026          Page 1

IV ketamine is medically necessary for treatment-resistant depression when all of the following are met:
1. Age 18 or older with major depressive disorder, severe, without psychotic features;
2. Failure of at least two antidepressants from different classes, each at an adequate dose (Appendix A) for at
least 6 weeks, in the current episode;
3. An adequate trial of evidence-based psychotherapy;
4. No active substance use disorder (other than tobacco) within the past 12 months;
5. Given in a facility with continuous monitoring and staff trained in airway management.
Initial authorization: up to 6 infusions within 3 weeks.
Definitions: an active substance use disorder is one whose criteria were met at any time in the past 12 months.

Page 2
Appendix A, minimum adequate daily doses (partial list): escitalopram 10 mg; sertraline 100 mg; desvenlafaxine
50 mg; duloxetine 60 mg; vortioxetine 10 mg; bupropion XL 300 mg.
""",
    "other/pharmacy-fill-history-2026-09-10.txt": """
CACHE LA POUDRE COUNTY EMPLOYEE HEALTH PLAN PHARMACY BENEFIT (FICTIONAL) - FILL HISTORY          Printed: 09/10/2026
Page 1
Household account: Fitzgerald-Amaro

Member: Siobhan Fitzgerald-Amaro
02/02/2026 escitalopram 10 mg #30 | 02/16/2026 escitalopram 20 mg #30 | 03/16/2026 escitalopram 20 mg #30
04/13/2026 escitalopram 20 mg #30 (last)
05/04/2026 desvenlafaxine ER 50 mg #14 | 05/18/2026 desvenlafaxine ER 100 mg #30 | 06/17/2026 desvenlafaxine ER
100 mg #30 (last)
07/13/2026 vortioxetine 10 mg #30 | 08/10/2026 vortioxetine 20 mg #30 | 09/08/2026 vortioxetine 20 mg #30
03/09/2026 trazodone 50 mg #30 (monthly since)

Member: Tomas Amaro (spouse)
08/22/2026 amoxicillin 500 mg #21
""",
    "other/ed-problem-list-2023-03-18.txt": """
POUDRE VALLEY COMMUNITY HOSPITAL (FICTIONAL) - EMERGENCY DEPARTMENT PROBLEM LIST          Printed: 03/18/2023
Page 1
Patient: Siobhan Fitzgerald-Amaro     Visit: 03/18/2023 (anxiety, palpitations)
Problems: F12.20 cannabis use disorder, moderate (daily use reported); F41.9 anxiety disorder, unspecified.
""",
    "other/member-authorization-2026-11-16.txt": """
AUTHORIZATION OF REPRESENTATIVE (FICTIONAL)          Signed: 11/16/2026          Page 1

I, Siobhan Fitzgerald-Amaro, authorize Marisela Quintanar-Holt, DNP, PMHNP-BC, to request an external review of the
denial of IV ketamine infusions (reference FRH-PA-26-0915-4471) for me and to share my health information with the
plan, the Colorado Division of Insurance and the independent review organization.
Signature: Siobhan Fitzgerald-Amaro (on file)
""",
    "clinical/psychiatric-evaluation-2026-09-08.txt": """
FOOTHILLS KETAMINE AND PSYCHIATRY (FICTIONAL) - PSYCHIATRIC EVALUATION FOR IV KETAMINE          Date: 09/08/2026
Page 1

Patient: Siobhan Fitzgerald-Amaro     DOB 07/15/1992     Clinician: Marisela Quintanar-Holt, DNP, PMHNP-BC
Diagnoses: F33.2 major depressive disorder, recurrent, severe, without psychotic features; F12.21 cannabis use
disorder, in sustained remission (no use since August 2024).
Current episode: since January 2026. MADRS 35; PHQ-9 21. No psychotic symptoms.
Safety: passive wish to be dead, no plan or intent (C-SSRS 09/08/2026; same on the phone check-in of 09/15/2026).
Substance use: daily cannabis use in 2022-2023 (emergency visit 03/18/2023); stopped August 2024; no use since.
Urine drug screens negative 06/10/2026 and 09/08/2026. Alcohol: 1-2 drinks a month. Tobacco: none.
Treatment in this episode: escitalopram 20 mg 02/02/2026 - 04/20/2026 (10 mg for 2 weeks, then 20 mg), no response
after 11 weeks; desvenlafaxine 50 mg for 2 weeks, then 100 mg, 05/04/2026 - 07/06/2026, partial response only after
9 weeks, stopped; vortioxetine since 07/13/2026 (20 mg since 08/10/2026), continues, partial response; behavioral
activation therapy, 14 weekly sessions March - July 2026, completed, partial response; trazodone 50 mg at bedtime for
sleep since March 2026.
Earlier episode: 2019, sertraline 150 mg, remission; tapered off in December 2019.
Work: intermittent medical leave from her county job since August 2026.
Setting: infusion suite with an anesthesiologist on site; BP every 15 minutes, continuous pulse oximetry, 2 hours of
observation after each infusion. BP today 118/76.
ECT discussed; she declines for now (memory concerns in her records work).
Plan: request 6 IV ketamine infusions in 3 weeks, 0.5 mg/kg over 40 minutes, continue vortioxetine 20 mg.
""",
}

TRUTH = r"""
# 08 - County employees' plan (insured): IV ketamine denied at the final internal level on "one trial; desvenlafaxine 50 mg below adequate" and "active cannabis use disorder"; state external review requested by the prescribing NP (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Siobhan Fitzgerald-Amaro, 34, a county records analyst, is covered by the **Cache la Poudre County Employee Health
  Plan, a governmental plan (not ERISA) insured by Front Range Health** (Colorado). Six IV ketamine infusions (pending)
  were requested 09/15/2026, denied **09/22/2026**, and the denial was **upheld at the final internal level on
  10/27/2026** by a **family medicine** reviewer.
- **Policy MP-BH-KET-03**: all five criteria. The plan disputes **2** and **4**; 1, 3 and 5 are met and not disputed.
- **Criterion 2 is met.** Current episode since **January 2026**. **Escitalopram** (SSRI) 20 mg, **11 weeks, no
  response**; **desvenlafaxine** (SNRI) **50 mg for 2 weeks, then 100 mg for 7 weeks** (05/04-07/06/2026, 9 weeks),
  **partial response only**, stopped. The policy's **own Appendix A** lists **50 mg** as an adequate desvenlafaxine
  dose, so the whole 9 weeks were at an adequate dose; the fill history shows the 100 mg fills (05/18, 06/17). Two
  antidepressants of different classes, each at an adequate dose for 6 weeks or more, in this episode.
- **Criterion 4 is met.** The policy defines "active" as meeting criteria in the past 12 months. The decision's
  "F12.20" is a **2023 emergency department problem list**; she stopped cannabis in **August 2024**: cannabis use
  disorder **in sustained remission (F12.21)**, **urine drug screens negative 06/10/2026 and 09/08/2026**.
- **Vortioxetine** 20 mg continues with a partial response (third antidepressant, still taken, to be continued with
  the infusions); **trazodone 50 mg** is for sleep; **sertraline 2019 brought remission** of an earlier episode.
- Severity: MADRS 35, PHQ-9 21 (09/08/2026); **passive** wish to be dead, no plan or intent (09/08 and 09/15/2026);
  intermittent medical leave since August 2026. ECT discussed and **declined for now**.
- **Stage: external review** through the **Colorado Division of Insurance** (insured non-federal governmental plan:
  45 CFR 147.136(c), state process), within **4 months of 10/27/2026: by 02/27/2027**.
- Author: **the prescribing psychiatric nurse practitioner** (DNP, PMHNP-BC), with the member's written authorization
  (11/16/2026). A prescriber, **not a physician**.

## Deliberately unknown
- Whether the plan's pharmacy records include the 100 mg fills as the reviewer saw them (the decision says "pharmacy
  claims" were reviewed; what it read is unknown).
- Whether vortioxetine alone will bring remission (partial response so far); whether ketamine will work for her.
- Any parity opt-out of the county plan: not argued.

## Traps
- **Two failed trials, not three.** Vortioxetine is **continuing** (partial): never "failed"; "three failed
  antidepressants" is FALSE. Desvenlafaxine brought a **partial** response: it counts as an inadequate response at an
  adequate dose; never say "no response" to it. Trazodone 50 mg is a sleep dose; sertraline 2019 was a remission in an
  earlier episode; behavioral activation is psychotherapy (criterion 3), not a drug trial.
- **Do not deny the history.** She had cannabis use disorder (2022-2023); a letter must not say she "never used" or
  "has no substance use history". The point is **sustained remission for more than 12 months** under the policy's own
  definition.
- **Dose, exactly:** 50 mg for 2 weeks, then 100 mg for 7 weeks; both adequate by Appendix A. Never "100 mg for 9
  weeks" or "at 150 mg".
- **Suicidality:** passive only; never "active suicidal ideation", "plan" or "attempt".
- **ECT declined, not failed or contraindicated.**
- **Other person:** the spouse's antibiotic on the pharmacy fill history.
- **Wrong law:** a governmental plan: no ERISA (29 CFR 2560.503-1 as the governing law, ERISA 502, EBSA); external
  review through the state under 45 CFR 147.136; no "name and qualifications" duty under ERISA for the IRO; no
  Medicare/Medicaid rules.
- **Voice:** the NP writes "I", as the treating psychiatric nurse practitioner; never "Dr.", "physician" or "the
  prescribing physician".
- **Stage:** an external review request addressed to the state's process, not an internal appeal to the plan; it
  answers the **10/27/2026** final decision.

## Arguments a strong letter makes (strongest first)
1. **Criterion 2 is met, by the policy's own Appendix A:** desvenlafaxine 50 mg is listed as an adequate dose, and she
   took 50 mg for 2 weeks then **100 mg for 7 weeks** (9 weeks, partial response only) after **escitalopram 20 mg for
   11 weeks** (no response): two antidepressants of different classes, adequate dose and duration, in the current
   episode (evaluation 09/08/2026; fill history). The decision's "below an adequate dose" is contradicted by the
   policy it applied.
2. **Criterion 4 is met under the policy's definition** ("criteria met at any time in the past 12 months"): cannabis
   use disorder **in sustained remission since August 2024**, negative screens 06/10 and 09/08/2026; the decision
   relied on a **2023 ED problem list**.
3. Criteria 1, 3 and 5 are met and undisputed; the request fits the policy's initial authorization (6 infusions in 3
   weeks) with the prescriber's plan and stop rule. Severity (MADRS 35, passive death wish, leave from work) and the
   evidence for IV ketamine in TRD (randomized trials; the consensus statement) support it; ask the IRO for a reviewer
   in psychiatry (the plan's was family medicine) and to reverse the denial.

## What a letter must NOT say
- "three failed antidepressants", "failed vortioxetine", "no response to desvenlafaxine", "100 mg for 9 weeks",
  "failed trazodone", "failed sertraline", "failed ECT", "ECT is contraindicated".
- "she has never used cannabis", "no history of substance use".
- "active suicidal ideation", "suicide attempt".
- "ERISA", "29 CFR 2560.503-1" as the governing law, "EBSA", "Department of Labor".
- "Dr. Quintanar-Holt", "as her physician"; the spouse's prescription as hers.
"""

ANSWERS = [
    ("appendix A adequate dose", "other/mp-bh-ket-03-policy-excerpt.txt", "desvenlafaxine 50 mg"),
    ("criterion 2 words", "other/mp-bh-ket-03-policy-excerpt.txt", "Failure of at least two antidepressants from different classes, each at an adequate dose (Appendix A) for at least 6 weeks, in the current episode"),
    ("active SUD definition", "other/mp-bh-ket-03-policy-excerpt.txt", "an active substance use disorder is one whose criteria were met at any time in the past 12 months"),
    ("6 infusions in 3 weeks", "other/mp-bh-ket-03-policy-excerpt.txt", "Initial authorization: up to 6 infusions within 3 weeks."),
    ("escitalopram 11 weeks", "clinical/psychiatric-evaluation-2026-09-08.txt", "escitalopram 20 mg 02/02/2026 - 04/20/2026 (10 mg for 2 weeks, then 20 mg), no response after 11 weeks"),
    ("desvenlafaxine 50 then 100", "clinical/psychiatric-evaluation-2026-09-08.txt", "desvenlafaxine 50 mg for 2 weeks, then 100 mg, 05/04/2026 - 07/06/2026, partial response only after 9 weeks"),
    ("100 mg fills", "other/pharmacy-fill-history-2026-09-10.txt", "05/18/2026 desvenlafaxine ER 100 mg #30"),
    ("episode since January", "clinical/psychiatric-evaluation-2026-09-08.txt", "Current episode: since January 2026."),
    ("sustained remission", "clinical/psychiatric-evaluation-2026-09-08.txt", "F12.21 cannabis use disorder, in sustained remission (no use since August 2024)"),
    ("negative screens", "clinical/psychiatric-evaluation-2026-09-08.txt", "Urine drug screens negative 06/10/2026 and 09/08/2026."),
    ("stale ED problem list", "other/ed-problem-list-2023-03-18.txt", "F12.20 cannabis use disorder, moderate"),
    ("decision relied on 2023 list", "denial/final-internal-appeal-decision-2026-10-27.txt", "problem list from Poudre Valley Community Hospital emergency department (03/18/2023)"),
    ("decision's dose words", "denial/final-internal-appeal-decision-2026-10-27.txt", "the desvenlafaxine trial was at 50 mg, below an adequate dose"),
    ("final decision date", "denial/final-internal-appeal-decision-2026-10-27.txt", "Date: 10/27/2026"),
    ("4 months", "denial/final-internal-appeal-decision-2026-10-27.txt", "within 4 months of the date of this letter"),
    ("governmental, not ERISA", "denial/final-internal-appeal-decision-2026-10-27.txt", "is a governmental plan; it is not governed by ERISA"),
    ("family medicine reviewer", "denial/final-internal-appeal-decision-2026-10-27.txt", "Warren Ostby, MD (family medicine)"),
    ("vortioxetine continuing", "clinical/psychiatric-evaluation-2026-09-08.txt", "vortioxetine since 07/13/2026 (20 mg since 08/10/2026), continues, partial response"),
    ("severity", "clinical/psychiatric-evaluation-2026-09-08.txt", "MADRS 35; PHQ-9 21."),
    ("passive only", "clinical/psychiatric-evaluation-2026-09-08.txt", "passive wish to be dead, no plan or intent"),
    ("ECT declined", "clinical/psychiatric-evaluation-2026-09-08.txt", "ECT discussed; she declines for now"),
    ("authorization", "other/member-authorization-2026-11-16.txt", "to request an external review of the denial of IV ketamine infusions"),
]
