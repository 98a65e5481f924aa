SLUG = "05-marketplace-iv-ketamine-four-trials-one-on-discount-card-external-review-pmhnp"

CASE_YAML = r'''
# FICTIONAL CASE (set 54, case 05) - every person, plan, insurer, provider, number and address is invented.
# An insured Marketplace Silver plan (Pennsylvania) denied six IV ketamine infusions for treatment-resistant
# depression under MP-KET-40 criterion 2 (four adequate antidepressant trials in the current episode), counting two.
# The record holds four, one paid with a discount card. The treating psychiatric nurse practitioner asks for
# external review after the final internal denial.
patient:
  name: Delphine Achebe-Sorensen
  salutation: Ms. Achebe-Sorensen
  date_of_birth: 1987-08-30
  member_id: FICT-KSH-40277618
  address: |-
    27 Laurel Street
    Lancaster, PA 17603
  phone: (717) 555-0119
insurer:
  name: Keystone Harbor Health Plan, Silver 3500 (Marketplace) (FICTIONAL)
  appeals_address: |-
    Keystone Harbor Health Plan - Appeals (FICTIONAL)
    PO Box 8822
    Harrisburg, PA 17105
  fax: (717) 555-0166
claim:
  number: KHH-PA-26-0908-33195
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-09-15
  procedure_codes: [J3490, "96365", "96366"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    IV ketamine is not medically necessary. Medical Policy MP-KET-40 criterion 2 requires four adequate antidepressant
    trials in the current episode. Two adequate trials are documented (sertraline, bupropion).
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  pending_services: 6
  action: none
  reviewer: {name: "Dr. Paul Venner", specialty: internal medicine}
decisions:
  - date: 2026-10-26
    outcome: denied
    stage: final internal appeal
    opens: external review
    reason: >-
      The denial is upheld. Pharmacy claims show two adequate antidepressant trials in the current episode
      (sertraline, bupropion). Escitalopram does not appear in our claims. Venlafaxine is still being taken and is not
      a failed trial. Trazodone at 50 mg is not an adequate antidepressant trial.
    corrections:
      - said: Escitalopram does not appear in our claims.
        leaves_out: true
        record: >-
          Escitalopram 20 mg daily was taken for 12 weeks (04/2025-07/2025) and paid with a pharmacy discount card, as
          the pharmacy's fill history shows; the prescriber's notes record no response.
        file: other/pharmacy-fill-history-discount-card-2025.txt
        page: 1
      - said: Venlafaxine is still being taken and is not a failed trial.
        leaves_out: true
        record: >-
          Venlafaxine XR 225 mg daily since 02/2026 has been an adequate trial (over 8 weeks at 225 mg) with only a
          partial response; it continues beside the infusions. MP-KET-40 criterion 2 counts "adequate trials with
          inadequate response", not only trials stopped.
        file: [clinical/medication-history-2026-09-02.txt, other/medical-policy-mp-ket-40.txt]
        page: 1
external_review:
  agency: Pennsylvania Insurance Department, External Review (address FICTIONAL)
  address: |-
    External Review Requests (FICTIONAL ADDRESS)
    PO Box 17199
    Harrisburg, PA 17105
  final_denial_date: 2026-10-26
plan_policy:
  name: Keystone Harbor Medical Policy MP-KET-40, Intravenous Ketamine for Treatment-Resistant Depression
  number: MP-KET-40
  quote: >-
    1. Diagnosis of major depressive disorder, severe. 2. Four adequate antidepressant trials in the current
    episode, each at an adequate dose for at least 6 weeks, with inadequate response or intolerance. 3. No active
    psychosis or uncontrolled hypertension. 4. Treatment in a facility able to monitor vital signs for at least
    2 hours.
  file: other/medical-policy-mp-ket-40.txt
payer_criteria:
  - criterion: "1. Diagnosis of major depressive disorder, severe."
    how_met: "F33.2; MADRS 36 on 09/02/2026."
    met: true
    evidence: {file: clinical/medication-history-2026-09-02.txt, page: 1}
  - criterion: "2. Four adequate antidepressant trials in the current episode, each at an adequate dose for at least 6 weeks, with inadequate response or intolerance."
    how_met: "Escitalopram 20 mg 12 weeks; sertraline 200 mg 10 weeks; bupropion XL 300 mg 8 weeks; venlafaxine XR 225 mg since 02/2026 (partial response, continued). Episode began 02/2025."
    met: true
    evidence: [{file: clinical/medication-history-2026-09-02.txt, page: 1}, {file: other/pharmacy-fill-history-discount-card-2025.txt, page: 1}]
  - criterion: "3. No active psychosis or uncontrolled hypertension."
    how_met: "No psychotic features; blood pressure 122/78 on 09/02/2026."
    met: true
    evidence: {file: clinical/medication-history-2026-09-02.txt, page: 1}
  - criterion: "4. Treatment in a facility able to monitor vital signs for at least 2 hours."
    how_met: "Susquehanna Infusion Clinic monitors blood pressure, pulse oximetry and ECG for 2 hours after each infusion."
    met: true
    evidence: {file: clinical/medication-history-2026-09-02.txt, page: 1}
treatment:
  name: Intravenous ketamine infusions, 6 infusions over 3 weeks
  summary: >-
    Six IV ketamine infusions for severe recurrent depression after four adequate antidepressant trials in the
    current episode, given beside venlafaxine.
  plan: >-
    Ketamine 0.5 mg/kg over 40 minutes, twice a week for 3 weeks (6 infusions); MADRS before infusions 1, 4 and 6;
    stop if MADRS falls by less than 25% after infusion 4.
  alongside: venlafaxine XR 225 mg daily
  setting: Susquehanna Infusion Clinic, with vital-sign monitoring for 2 hours after each infusion
clinical:
  severity: MADRS 36 on 09/02/2026
  severity_date: 2026-09-02
  suicidality: passive
  suicidality_date: 2026-09-02
  episode_onset: 2025-02
  treating_since: 2025-03-10
  exclusions: No psychotic features; blood pressure 122/78; no substance use disorder.
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-04
      end: 2025-07
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      paid_outside: discount card
      outcome: No response after 12 weeks; stopped
      evidence: {file: other/pharmacy-fill-history-discount-card-2025.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-08
      end: 2025-10
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks; stopped
      evidence: {file: clinical/medication-history-2026-09-02.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily (for depression)
      start: 2025-11
      end: 2026-01
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks; stopped
      evidence: {file: clinical/medication-history-2026-09-02.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-02
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued beside the infusions
      evidence: {file: clinical/medication-history-2026-09-02.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-06
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/medication-history-2026-09-02.txt, page: 1}
    - drug: Citalopram
      dose: 20 mg daily
      start: 2018-03
      end: 2019-06
      kind: antidepressant
      response: remission
      outcome: Remission in an earlier episode (2018-2019); tapered off
      evidence: {file: clinical/medication-history-2026-09-02.txt, page: 1}
author:
  name: Tessa Marchetti-Owusu, DNP, PMHNP-BC
  role: treating psychiatric-mental health nurse practitioner
  relation: prescriber
  authorization: other/member-consent-2026-11-02.txt
  address: |-
    Susquehanna Mind Health (FICTIONAL), 400 Duke Street
    Lancaster, PA 17602
  phone: (717) 555-0173
  email: tmarchetti@susquehanna-mind.example
provider:
  name: Tessa Marchetti-Owusu, DNP, PMHNP-BC
  credentials: DNP, PMHNP-BC
  npi: "1410738599"
  address: |-
    400 Duke Street
    Lancaster, PA 17602
  phone: (717) 555-0173
template: external-review-request
record_dates:
  - file: clinical/medication-history-2026-09-02.txt
    date: 2026-09-02
  - file: other/pharmacy-fill-history-discount-card-2025.txt
    date: 2026-10-30
bates_prefix: ACHEBESORENSEN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/notice-of-denial-2026-09-15.txt": """
KEYSTONE HARBOR HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION          Date: 09/15/2026
Member: Delphine Achebe-Sorensen   ID FICT-KSH-40277618   Request KHH-PA-26-0908-33195: IV ketamine, 6 infusions.
Denied. IV ketamine is not medically necessary. Medical Policy MP-KET-40 criterion 2 requires four adequate
antidepressant trials in the current episode. Two adequate trials are documented (sertraline, bupropion).
Reviewer: Dr. Paul Venner (internal medicine). You may appeal within 180 days.
""",
"denial/final-internal-decision-2026-10-26.txt": """
KEYSTONE HARBOR HEALTH PLAN (FICTIONAL) - FINAL INTERNAL ADVERSE BENEFIT DETERMINATION         Date: 10/26/2026
Member: Delphine Achebe-Sorensen   Request KHH-PA-26-0908-33195
The denial is upheld. Pharmacy claims show two adequate antidepressant trials in the current episode (sertraline,
bupropion). Escitalopram does not appear in our claims. Venlafaxine is still being taken and is not a failed trial.
Trazodone at 50 mg is not an adequate antidepressant trial.
External review: you may ask for an external review within 4 months of this notice through the Pennsylvania
Insurance Department's external review program.
""",
"clinical/medication-history-2026-09-02.txt": """
SUSQUEHANNA MIND HEALTH (FICTIONAL) - MEDICATION HISTORY AND KETAMINE REFERRAL                  Date: 09/02/2026
Patient: Delphine Achebe-Sorensen   DOB 08/30/1987   Page 1 of 1   Treated here since 03/10/2025
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2). Current episode began
02/2025. MADRS 36. Passive suicidal ideation on 09/02/2026, no plan or intent. BP 122/78. No substance use.
Current episode trials: escitalopram 20 mg 04/2025-07/2025, 12 weeks, no response (filled with a discount card);
sertraline 200 mg 08/2025-10/2025, 10 weeks, no response; bupropion XL 300 mg for depression 11/2025-01/2026,
8 weeks, no response; venlafaxine XR 225 mg since 02/2026, partial response, continued.
Also: trazodone 50 mg at bedtime for sleep since 06/2025. Earlier episode: citalopram 20 mg 2018-2019, remission.
Infusion site: Susquehanna Infusion Clinic; BP, pulse oximetry and ECG monitored for 2 hours after each infusion.
""",
"other/pharmacy-fill-history-discount-card-2025.txt": """
RED ROSE PHARMACY (FICTIONAL) - PRESCRIPTION FILL HISTORY, printed 10/30/2026                          Page 1 of 1
Patient: Delphine Achebe-Sorensen   DOB 08/30/1987
Escitalopram 20 mg #30: filled 04/08/2025, 05/07/2025, 06/06/2025 - paid: SaveRx discount card (no insurance billed)
Trazodone 50 mg #30: filled 06/06/2025 - paid: insurance
[Line 4, escitalopram 10 mg for Marcus Achebe-Sorensen (family account) - another person, not part of this appeal]
""",
"other/medical-policy-mp-ket-40.txt": """
KEYSTONE HARBOR HEALTH PLAN (FICTIONAL) - MEDICAL POLICY MP-KET-40, IV KETAMINE FOR TRD (effective 01/01/2026)
1. Diagnosis of major depressive disorder, severe. 2. Four adequate antidepressant trials in the current episode,
each at an adequate dose for at least 6 weeks, with inadequate response or intolerance. 3. No active psychosis or
uncontrolled hypertension. 4. Treatment in a facility able to monitor vital signs for at least 2 hours.
Note: "adequate trials with inadequate response" include a drug continued with a partial response.
""",
"other/member-consent-2026-11-02.txt": """
AUTHORIZATION TO APPEAL ON MY BEHALF (FICTIONAL)                                              Signed 11/02/2026
I, Delphine Achebe-Sorensen, authorize Tessa Marchetti-Owusu, DNP, PMHNP-BC, to request external review of
request KHH-PA-26-0908-33195 for me and to receive my records for it.
""",
}

TRUTH = r'''
# 05 - Marketplace: IV ketamine denied as "two adequate trials"; four are documented, one paid with a discount card; external review by the treating PMHNP (FICTIONAL)

All people, plans, insurers, providers, numbers and addresses are invented (FICTIONAL); the state agency's address
is invented.

## What is true
- Delphine Achebe-Sorensen, 39, insured Marketplace **Silver** plan (`individual_aca`, PA), severe recurrent
  depression (F33.2), current episode from **02/2025**; **6 IV ketamine infusions** requested, denied 09/15/2026,
  upheld in the **final internal decision of 10/26/2026** under **MP-KET-40 criterion 2** (four adequate trials).
- Four adequate trials in the current episode: **escitalopram 20 mg, 12 weeks** (paid with a **discount card**: not in
  the plan's claims), **sertraline 200 mg, 10 weeks**, **bupropion XL 300 mg, 8 weeks** (for depression),
  **venlafaxine XR 225 mg since 02/2026** (partial response, **continued**). MP-KET-40 counts "inadequate response",
  and its note says a drug continued with a partial response counts.
- Criteria 1, 3 and 4 are met (MADRS 36; no psychosis, BP 122/78; 2-hour monitoring).
- **Rule and stage:** **external review** after the final internal denial, within **4 months** (45 CFR 147.136(c),
  (d); the state's program for this insured individual plan, named in the decision): **by 02/26/2027**.
- **Author:** the treating PMHNP, a prescriber, not a physician, with the member's written authorization (11/02/2026).

## Deliberately unknown
- Whether the plan looked at non-claims records at all: not known.
- The infusion clinic's charges: not in the case.
- Whether Pennsylvania's program decides within a set number of days: not in the case; a letter must not state one.

## Traps
- **Trials outside the plan:** escitalopram is a trial although the plan's claims do not show it (discount card).
- **Drug still taken:** venlafaxine continues: an adequate trial with inadequate (partial) response, never "failed"
  or "stopped"; it continues beside the infusions.
- **Sleep dose:** trazodone 50 mg is a sleep aid, not one of the four (the plan is right about that; a letter must not
  count it).
- **Earlier episode:** citalopram 2018-2019 brought remission: not a failure and not in the current episode.
- **Purpose:** bupropion was for depression (not smoking cessation).
- **Other person:** the fill history's line 4 is Marcus Achebe-Sorensen's escitalopram 10 mg.
- **Suicidality** passive, without plan or intent (09/02/2026): never "active".
- **Voice:** a nurse practitioner: "I write as Ms. Achebe-Sorensen's treating nurse practitioner", never "physician"
  or "Dr.".
- **Wrong law:** no ERISA (individual plan), no 29 CFR 2590.715-2719; no Medicare.

## Arguments a strong letter makes (strongest first)
1. Criterion 2 is met: four adequate trials in the current episode, each with dose and length, one paid with a
   discount card (fill history) and one continued with a partial response, which the policy counts.
2. Answer the final decision's statements one by one (escitalopram not in claims; venlafaxine still taken; trazodone
   conceded as not a trial).
3. Criteria 1, 3 and 4 met; the treatment plan with its stopping rule; ask for a reviewer in psychiatry.

## What a letter must NOT say
- "five trials" (trazodone counted) or "failed citalopram"; "failed venlafaxine", "stopped venlafaxine".
- "bupropion for smoking"; "Marcus"; "active suicidal ideation".
- "physician", "Dr. Marchetti-Owusu"; "ERISA", "29 CFR 2560.503-1" as governing law, "29 CFR 2590.715-2719".
- a decision time for the external review.
'''

ANSWERS = [
    ("plan type", "individual_aca", "case.yaml"),
    ("final decision", "FINAL INTERNAL ADVERSE BENEFIT DETERMINATION         Date: 10/26/2026", "denial/final-internal-decision-2026-10-26.txt"),
    ("criterion", "four adequate antidepressant trials in the current episode", "denial/notice-of-denial-2026-09-15.txt"),
    ("trials counted by plan", "Two adequate trials are documented (sertraline, bupropion)", "denial/notice-of-denial-2026-09-15.txt"),
    ("outside trial", "paid: SaveRx discount card (no insurance billed)", "other/pharmacy-fill-history-discount-card-2025.txt"),
    ("escitalopram length", "escitalopram 20 mg 04/2025-07/2025, 12 weeks, no response", "clinical/medication-history-2026-09-02.txt"),
    ("sertraline", "sertraline 200 mg 08/2025-10/2025, 10 weeks, no response", "clinical/medication-history-2026-09-02.txt"),
    ("bupropion purpose", "bupropion XL 300 mg for depression", "clinical/medication-history-2026-09-02.txt"),
    ("venlafaxine continued", "venlafaxine XR 225 mg since 02/2026, partial response, continued", "clinical/medication-history-2026-09-02.txt"),
    ("policy counts partial response", "include a drug continued with a partial response", "other/medical-policy-mp-ket-40.txt"),
    ("episode onset", "Current episode began 02/2025", "clinical/medication-history-2026-09-02.txt"),
    ("sleep dose", "trazodone 50 mg at bedtime for sleep", "clinical/medication-history-2026-09-02.txt"),
    ("monitoring", "monitored for 2 hours after each infusion", "clinical/medication-history-2026-09-02.txt"),
    ("external review window", "within 4 months of this notice", "denial/final-internal-decision-2026-10-26.txt"),
    ("author's authorization", "authorize Tessa Marchetti-Owusu, DNP, PMHNP-BC", "other/member-consent-2026-11-02.txt"),
    ("deadline", "by 02/26/2027", "truth"),
]
