# FICTIONAL case 05: self-funded employer plan, pre-service IV ketamine series denied as not medically necessary
# ("esketamine not tried"); the record shows a Spravato trial stopped for hypertension under the previous plan.
# The patient plans a pregnancy in 2027. The treating psychiatrist writes the second-level appeal.
SLUG = "05-self-funded-iv-ketamine-second-level-physician-pregnancy-planning"

YAML = """
# FICTIONAL CASE (set 11, case 05) - every person, plan, number and address is invented.
# Self-funded employer plan (TPA Meridale): six IV ketamine infusions denied pre-service as not medically
# necessary because "esketamine nasal spray has not been tried"; upheld at the first level on 11/06/2026. The
# records from her previous plan (arrived 11/19) show a Spravato trial stopped for hypertensive readings.
# Second-level appeal by the treating psychiatrist with the member's authorization.
patient:
  name: Annika Solberg-Reyes
  salutation: Ms. Solberg-Reyes
  date_of_birth: 1993-04-27
  member_id: MBA-FICT-CVL-118204
  address: |-
    3318 Birchbend Terrace
    Osterly Park, MN 55999
  phone: (612) 555-0109
insurer:
  name: Corvane Logistics Employee Health Plan, administered by Meridale Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Meridale Benefit Administrators - Appeals Committee
    PO Box 5520
    Osterly Park, MN 55998
  fax: (612) 555-0177
employer:
  name: Corvane Logistics, Inc., Benefits Office (FICTIONAL)
  address: |-
    1200 Freightway Boulevard
    Osterly Park, MN 55999
claim:
  number: MBA-PA-26-0915-2207
  plan_type: employer_erisa
  funding: self_funded
  stage: second level
  notice_date: 2026-09-22
  procedure_codes: ["96365", "96366", J3490]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Not medically necessary. Per Meridale clinical policy MBA-BH-044, criterion 3, the member must have had a trial
    of, or a contraindication to, esketamine nasal spray (Spravato), an FDA-approved treatment. No trial or
    contraindication is documented.
  denial_category: medical_necessity
  reviewer: {name: "Dr. Lorcan Whitfield-Baptiste", specialty: internal medicine}
  action: none
  pending_services: 6
decisions:
  - date: 2026-11-06
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-05
    reason: >-
      The first-level appeal is denied. The records do not document a trial of esketamine nasal spray or a
      contraindication to it. The member's plan of pregnancy is not a contraindication to esketamine. The
      original determination is upheld.
plan_policy:
  name: Meridale clinical policy, Ketamine Infusion for Treatment-Resistant Depression (FICTIONAL)
  number: MBA-BH-044
  quote: >-
    Intravenous ketamine for treatment-resistant major depressive disorder is medically necessary when all are met:
    (1) diagnosis of major depressive disorder, severe, confirmed by a psychiatrist; (2) inadequate response to at
    least two antidepressants of adequate dose and duration in the current episode; (3) a trial of, or a
    contraindication or intolerance to, esketamine nasal spray; (4) no active substance use disorder, psychosis or
    uncontrolled hypertension; (5) an initial series of no more than six infusions over three weeks.
  file: other/mba-bh-044-policy-excerpt.txt
  medical_necessity_definition: >-
    Services that are appropriate and consistent with the diagnosis, consistent with generally accepted standards
    of medical practice, not primarily for the convenience of the member or provider, and the most appropriate
    level of service that can be safely provided.
payer_criteria:
  - criterion: Major depressive disorder, severe, confirmed by a psychiatrist
    how_met: Recurrent major depressive disorder, severe (F33.2), diagnosed by Dr. Soraya Mbeki-Lindahl, psychiatrist; MADRS 36
    met: true
    evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
  - criterion: Inadequate response to two antidepressants of adequate dose and duration in the current episode
    how_met: Escitalopram 20 mg for 10 weeks (no response) and vortioxetine 20 mg for 8 weeks (partial response only)
    met: true
    evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
  - criterion: Trial of, or contraindication or intolerance to, esketamine nasal spray
    how_met: >-
      Spravato induction March 2026 under her previous employer's plan: stopped after six sessions for repeated
      post-dose blood pressure up to 182/104 despite the protocol's pre-dose checks (intolerance)
    met: true
    evidence: {file: other/prior-plan-spravato-records-2026-03.txt, page: 1}
  - criterion: No active substance use disorder, psychosis or uncontrolled hypertension
    how_met: No substance use disorder or psychosis; baseline blood pressure 122/78 off esketamine
    met: true
    evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
  - criterion: Initial series of no more than six infusions over three weeks
    how_met: Six infusions over three weeks requested
    met: true
    evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
treatment:
  name: IV ketamine infusions
  summary: >-
    An initial series of six intravenous ketamine infusions over three weeks for severe treatment-resistant
    depression, after esketamine nasal spray had to be stopped for hypertensive readings.
  plan: 0.5 mg/kg over 40 minutes, six infusions over three weeks; stop if MADRS has not fallen by 25 percent after the fourth
  setting: Northstar Infusion Center (FICTIONAL), anesthesiologist-staffed, airway equipment on site
  monitoring: continuous pulse oximetry and ECG; blood pressure every 5 minutes during and for 30 minutes after; infusion slowed or stopped for blood pressure above 160/100
  alongside: vortioxetine 20 mg daily
author:
  name: Soraya Mbeki-Lindahl
  role: Treating psychiatrist, writing with the member's written authorization
  relation: physician
  authorization: other/member-authorization-2026-11-20.txt
provider:
  name: Soraya Mbeki-Lindahl
  credentials: MD, psychiatrist
  npi: "1780456327"
  phone: (612) 555-0151
  address: |-
    Lakes Region Psychiatry, 45 Linden Crossing, Suite 300
    Osterly Park, MN 55999
clinical:
  episode_onset: 2025-08
  treating_since: 2024-01
  severity: MADRS 36 on November 17, 2026
  severity_date: 2026-11-17
  suicidality: none
  suicidality_date: 2026-11-17
  exclusions: No substance use disorder, no psychosis; blood pressure 122/78 off esketamine; pregnancy test negative November 17, 2026
  history:
    - drug: Escitalopram
      dose: 10 to 20 mg daily
      start: 2025-09-02
      end: 2025-11-10
      outcome: No response after ten weeks at 20 mg
      response: none
      adequate: true
      evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Vortioxetine
      dose: 10 to 20 mg daily
      start: 2025-11-17
      outcome: Partial response only after eight weeks at 20 mg; continued
      response: partial
      adequate: true
      ongoing: true
      evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Quetiapine
      kind: other
      dose: 25 mg at bedtime
      start: 2025-10
      end: 2026-01
      outcome: Sleep dose; not an antidepressant or augmentation trial
      adequate: false
    - drug: Spravato (esketamine nasal spray)
      kind: other
      dose: 56 mg, six sessions
      start: 2026-03-03
      end: 2026-03-20
      outcome: Stopped for post-dose blood pressure up to 182/104 (intolerance); a failed trial of esketamine
      failed: true
      adequate: false
      evidence: {file: other/prior-plan-spravato-records-2026-03.txt, page: 1}
record_dates:
  - {file: other/prior-plan-spravato-records-2026-03.txt, date: 2026-11-19}
  - {file: clinical/psychiatry-notes-2025-2026.txt, date: 2026-11-17}
bates_prefix: SOLBERGREYES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/initial-determination-2026-09-22.txt": """
MERIDALE BENEFIT ADMINISTRATORS (FICTIONAL) - on behalf of the Corvane Logistics Employee Health Plan
(a self-funded group health plan; Meridale is the claims administrator, not the insurer)
NOTICE OF ADVERSE BENEFIT DETERMINATION - PRE-SERVICE                 September 22, 2026
Member: Annika Solberg-Reyes   ID: MBA-FICT-CVL-118204   Ref: MBA-PA-26-0915-2207
Requested: IV ketamine infusion x6 (96365, 96366, J3490)   Provider: Northstar Infusion Center
Decision: DENIED. Not medically necessary. Per Meridale clinical policy MBA-BH-044, criterion 3, the member must
have had a trial of, or a contraindication to, esketamine nasal spray (Spravato), an FDA-approved treatment. No
trial or contraindication is documented.
Reviewer: Lorcan Whitfield-Baptiste, MD (internal medicine).
You may appeal within 180 days. The plan has two levels of internal appeal. You may request copies of all
documents relevant to your claim free of charge.
""",
    "denial/first-level-appeal-decision-2026-11-06.txt": """
MERIDALE BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION            November 6, 2026
Member: Annika Solberg-Reyes   Ref: MBA-PA-26-0915-2207   Appeal no.: APL1-FICT-66102
The first-level appeal is denied. The records do not document a trial of esketamine nasal spray or a
contraindication to it. The member's plan of pregnancy is not a contraindication to esketamine. The original
determination is upheld.
Reviewed by: Lorcan Whitfield-Baptiste, MD (internal medicine).
Next step: You may file a second-level appeal with the Corvane Plan Appeals Committee within 60 days of this
notice. After the second level, you may request an external review by an independent review organization.
""",
    "clinical/psychiatry-notes-2025-2026.txt": """
LAKES REGION PSYCHIATRY (FICTIONAL) - Dr. S. Mbeki-Lindahl - summary of notes
Pt: Solberg-Reyes, Annika   DOB 04/27/1993   Seen since 01/2024
MDD recurrent, severe (F33.2). Current episode since Aug 2025.
09/02/25 escitalopram 10 -> 20 mg; 11/10/25 no response (10 wks) -> stop.
11/17/25 vortioxetine 10 -> 20 mg: partial only by 01/2026 (8 wks at 20). Continue.
Oct 2025 - Jan 2026 quetiapine 25 mg hs for sleep (stopped: weight gain).
Mar 2026 (previous job's plan): Spravato at Riverside clinic, stopped after 6 sessions for BP spikes - records
  requested 10/2026, received 11/19/2026.
11/17/2026: MADRS 36. Denies SI; no plan/intent. No psychosis, no SUD. BP 122/78. Urine hCG negative.
Reproductive plans: hopes to conceive in later 2027. Discussed: limited data on ketamine/esketamine in pregnancy;
  effective contraception during the series; no conception attempts until at least 3 months after the last
  infusion. She prefers a time-limited series to an open-ended twice-weekly/weekly esketamine schedule.
Plan: IV ketamine 0.5 mg/kg over 40 min x6 over 3 wks (Northstar, anesthesiologist-staffed), BP q5 min,
  hold for BP > 160/100; stop if MADRS not down 25% after #4.
""",
    "other/prior-plan-spravato-records-2026-03.txt": """
RIVERSIDE MOOD CLINIC (FICTIONAL) - SPRAVATO REMS TREATMENT RECORD (copy released 11/19/2026)
Patient: Annika Solberg-Reyes   DOB 04/27/1993   Payer at the time: Halden Foods Employee Plan (FICTIONAL)
Session  Date        Dose   Pre-dose BP   40-min BP    2-h BP     Notes
1        03/03/2026  56 mg  124/80        168/98       138/86
2        03/06/2026  56 mg  126/82        176/100      142/90
3        03/10/2026  56 mg  122/78        170/96       140/88
4        03/13/2026  56 mg  128/84        182/104      150/94     held discharge 30 min
5        03/17/2026  56 mg  124/80        178/102      146/92
6        03/20/2026  56 mg  126/80        180/104      148/92     discontinued
Assessment: esketamine discontinued for repeated post-dose hypertension (intolerance). Not increased to 84 mg.
""",
    "other/mba-bh-044-policy-excerpt.txt": """
MERIDALE BENEFIT ADMINISTRATORS (FICTIONAL) - CLINICAL POLICY MBA-BH-044 (excerpt)
Intravenous ketamine for treatment-resistant major depressive disorder is medically necessary when all are met:
(1) diagnosis of major depressive disorder, severe, confirmed by a psychiatrist; (2) inadequate response to at
least two antidepressants of adequate dose and duration in the current episode; (3) a trial of, or a
contraindication or intolerance to, esketamine nasal spray; (4) no active substance use disorder, psychosis or
uncontrolled hypertension; (5) an initial series of no more than six infusions over three weeks.
""",
    "other/member-authorization-2026-11-20.txt": """
AUTHORIZATION TO ACT ON MY BEHALF (FICTIONAL)
I, Annika Solberg-Reyes (ID MBA-FICT-CVL-118204), authorize Dr. Soraya Mbeki-Lindahl to file and pursue my
second-level appeal of reference MBA-PA-26-0915-2207 and to receive my protected health information for it.
Signed: /s/ Annika Solberg-Reyes   Date: 11/20/2026
""",
}

TRUTH = """
# 05 - Self-funded employer plan: IV ketamine series, "esketamine not tried"; second level by the psychiatrist (FICTIONAL)

All people, plans, numbers and addresses are invented. This truth file is FICTIONAL.

## What is true
- Annika Solberg-Reyes, 33, **self-funded** ERISA plan (`employer_erisa`, `self_funded`), TPA Meridale.
  Six IV ketamine infusions denied pre-service 2026-09-22 on MBA-BH-044 **criterion 3** ("no trial or
  contraindication" to esketamine); upheld at the **first level on 2026-11-06**. This is the **second-level**
  appeal, due within 60 days of the first-level decision: **2027-01-05**.
- The criterion reads "a trial of, or a contraindication **or intolerance** to, esketamine" and is met: **Spravato
  March 2026, six sessions at 56 mg, stopped for post-dose BP up to 182/104** (prior plan's records, released
  **2026-11-19**, after both decisions: new evidence). Criteria 1, 2, 4, 5 met.
- The reviewer at both levels is **internal medicine**. ERISA applies: claim documents ((h)(2)(iii)), a new
  reviewer who did not decide earlier and consults an appropriate expert ((h)(3)(ii)-(v)), names of experts
  ((h)(3)(iv)); pre-service appeal decision within 30 days overall (2560.503-1(i)). External review after the second
  level under the DOL rule **29 CFR 2590.715-2719** (self-funded).
- Author: the treating psychiatrist (since 01/2024) with the member's authorization.

## Deliberately unknown
- Whether ketamine or esketamine is safe in pregnancy: the record says data are **limited**; she is not pregnant
  (hCG negative) and will use contraception. Nothing else is known.
- Whether IV ketamine will raise her blood pressure less than esketamine did: unknown; the plan is monitoring and a
  hold threshold, not a promise.

## Traps
- **Pregnancy planning is not the argument and not a contraindication.** The first-level decision says so, and
  rightly. The letter must not claim a pregnancy-related contraindication, nor that IV ketamine is safe in
  pregnancy, nor that she is pregnant.
- Don't say IV ketamine "does not raise blood pressure" or is "safer for her blood pressure": it also raises BP; the
  honest point is intolerance of esketamine (criterion 3's own word) plus an anesthesiologist-monitored setting.
- **Quetiapine 25 mg** = sleep; not augmentation. Spravato is a failed esketamine trial, **not an antidepressant
  trial**: the antidepressant count is two (escitalopram, vortioxetine), not three.
- Stage: second level; quote the **11/06 decision**, not only the 09/22 notice.
- Discretion: a self-funded ERISA plan; do not state contra proferentem as law.
- Suicidality none; no harm paragraph on SI.

## Arguments a strong letter makes
1. Criterion 3 is met by its own words: a trial **and** intolerance of esketamine (six sessions, BP to 182/104,
   discontinued), shown in records the plan never had (released 2026-11-19). The stated reason is factually wrong.
2. Every other MBA-BH-044 criterion is met (table with exhibits): two adequate antidepressant failures, severity
   MADRS 36, no exclusions, six infusions over three weeks with a stop rule.
3. Ask for a psychiatrist reviewer not involved before, the experts' names, and the claim file (ERISA); note external
   review under 29 CFR 2590.715-2719 after this level.

## What a letter must NOT say
- "contraindicated in pregnancy", "safe in pregnancy", "because she plans to become pregnant", "she is pregnant".
- "no trial of esketamine was possible", "three antidepressant failures", "quetiapine augmentation".
- "45 CFR 147.136 external review by the state" (self-funded: federal route), "ambiguities are construed against
  the plan" as law, "first-level appeal" as this level.
"""

CHECKS = [
    ("denial/initial-determination-2026-09-22.txt", "No trial or contraindication is documented"),
    ("denial/initial-determination-2026-09-22.txt", "Lorcan Whitfield-Baptiste, MD (internal medicine)"),
    ("denial/first-level-appeal-decision-2026-11-06.txt", "The member's plan of pregnancy is not a contraindication to esketamine"),
    ("denial/first-level-appeal-decision-2026-11-06.txt", "within 60 days of this notice"),
    ("other/prior-plan-spravato-records-2026-03.txt", "182/104"),
    ("other/prior-plan-spravato-records-2026-03.txt", "esketamine discontinued for repeated post-dose hypertension (intolerance)"),
    ("other/prior-plan-spravato-records-2026-03.txt", "copy released 11/19/2026"),
    ("other/mba-bh-044-policy-excerpt.txt", "a trial of, or a contraindication or intolerance to, esketamine nasal spray"),
    ("clinical/psychiatry-notes-2025-2026.txt", "limited data on ketamine/esketamine in pregnancy"),
    ("clinical/psychiatry-notes-2025-2026.txt", "Urine hCG negative"),
    ("clinical/psychiatry-notes-2025-2026.txt", "quetiapine 25 mg hs for sleep"),
    ("clinical/psychiatry-notes-2025-2026.txt", "Denies SI"),
]

CASE = {"slug": SLUG, "yaml": YAML, "docs": DOCS, "truth": TRUTH, "checks": CHECKS}
