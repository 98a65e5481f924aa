"""FICTIONAL case 06 (set 48): self-funded employer plan, Spravato step therapy, "only SSRIs"; federal external review by a PMHNP."""
SLUG = "self-funded-erisa-spravato-step-therapy-only-ssris-said-federal-external-review-pmhnp"

CASE_YAML = """
# FICTIONAL CASE (set 48, case 06) - every person, plan, employer, clinic, number and address is invented.
# Self-funded employer plan (ERISA), Georgia, 5,200 employees. Halvard Ostergaard-Reyes, 44, was refused Spravato
# (esketamine) under step therapy RX-ESK-21; the plan's one internal appeal upheld it on 10/30/2026, saying he had
# tried "only SSRIs (one class)". The record shows sertraline (SSRI) and duloxetine (SNRI) without response, and
# bupropion continuing with a partial response. His treating psychiatric nurse practitioner asks for federal
# external review with his written authorization.
patient:
  name: Halvard Ostergaard-Reyes
  salutation: Mr. Ostergaard-Reyes
  date_of_birth: 1982-01-19
  member_id: FICT-KLS-90044127
  address: |-
    3318 Peachtree Walk NE
    Atlanta, GA 30326
  phone: (404) 555-0118
insurer:
  name: Keystone Logistics Employee Health Plan, administered by Clearwell Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Clearwell Benefit Administrators - Appeals (FICTIONAL)
    PO Box 941120
    Atlanta, GA 30394
  fax: (404) 555-0164
claim:
  number: CBA-RX-26-0828-11736
  plan_type: employer_erisa
  funding: self_funded
  employees: 5200
  state: GA
  notice_date: 2026-09-04
  pending_services: [Spravato 84 mg induction and maintenance as prescribed]
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Step therapy criteria RX-ESK-21 not met: an inadequate response to two antidepressants of two different
    classes in the current episode is required.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  reviewer: {name: "Dr. Corwin Atherly (FICTIONAL)", specialty: pharmacist (PharmD)}
decisions:
  - date: 2026-10-30
    outcome: denied
    stage: internal appeal (final internal adverse benefit determination)
    opens: external review
    next_deadline: 2027-02-28
    reason: >-
      The denial is upheld. The member has tried only SSRIs (one class): sertraline. Duloxetine was stopped for
      side effects and is not an adequate trial.
    corrections:
      - said: "The member has tried only SSRIs (one class): sertraline."
        record: >-
          The record shows two classes without response in the current episode: sertraline 200 mg (an SSRI) for 12
          weeks and duloxetine 90 mg (an SNRI) for 10 weeks, besides bupropion XL 300 mg (partial response,
          continuing).
        file: clinical/psychiatric-progress-note-2026-08-26.txt
        page: 1
      - said: Duloxetine was stopped for side effects and is not an adequate trial.
        record: >-
          Duloxetine was taken at 90 mg for 10 weeks and stopped for lack of response; the drug stopped for side
          effects after 10 days was venlafaxine, which the record does not count as a trial.
        file: clinical/psychiatric-progress-note-2026-08-26.txt
        page: 1
external_review:
  agency: Independent review organization assigned under the federal external review process (FICTIONAL plan notice)
  address: |-
    Clearwell Benefit Administrators - External Review Requests (FICTIONAL)
    PO Box 941125
    Atlanta, GA 30394
  final_denial_date: 2026-10-30
plan_policy:
  name: Keystone Logistics Employee Health Plan Step Therapy Criteria RX-ESK-21, Esketamine nasal spray
  number: RX-ESK-21
  quote: >-
    Esketamine is approved when: 1. the member is 18 or older with treatment-resistant major depressive disorder;
    2. the member has had an inadequate response to at least two antidepressants from two different classes, each
    at an adequate dose for at least 6 weeks, in the current episode; 3. the prescriber is enrolled in the
    Spravato REMS treatment setting.
  file: other/step-therapy-criteria-rx-esk-21.txt
payer_criteria:
  - criterion: "1. the member is 18 or older with treatment-resistant major depressive disorder."
    how_met: Age 44; major depressive disorder, recurrent, severe (F33.2).
    met: true
    evidence: {file: clinical/psychiatric-progress-note-2026-08-26.txt, page: 1}
  - criterion: >-
      2. the member has had an inadequate response to at least two antidepressants from two different classes,
      each at an adequate dose for at least 6 weeks, in the current episode.
    how_met: >-
      Sertraline 200 mg for 12 weeks (SSRI) and duloxetine 90 mg for 10 weeks (SNRI), no response, both in the
      episode that began 06/2024; bupropion XL 300 mg since 04/2026, partial response, continuing.
    met: true
    evidence: {file: clinical/psychiatric-progress-note-2026-08-26.txt, page: 1}
  - criterion: "3. the prescriber is enrolled in the Spravato REMS treatment setting."
    how_met: Peachtree Mood Clinic is a certified Spravato REMS treatment center.
    met: true
    evidence: {file: other/rems-certification-letter-2025.txt, page: 1}
treatment:
  name: Spravato (esketamine) nasal spray
  summary: >-
    Spravato for treatment-resistant depression after no response to adequate trials of sertraline (an SSRI) and
    duloxetine (an SNRI) in the current episode, with bupropion continuing at a partial response.
  plan: >-
    Spravato 56 mg on day 1 then 84 mg twice weekly for weeks 1-4, weekly for weeks 5-8, then every one or two
    weeks; observed for at least 2 hours after each dose with blood pressure checks; MADRS every 4 weeks; stop if
    MADRS has not fallen by 25% at week 8.
  setting: Peachtree Mood Clinic, a certified Spravato REMS treatment center
  alongside: bupropion XL 300 mg daily
clinical:
  severity: MADRS 33 on 08/26/2026
  severity_date: 2026-08-26
  suicidality: none
  suicidality_date: 2026-08-26
  episode_onset: 2024-06
  treating_since: 2024-07
  exclusions: No psychosis, no substance use disorder, no aneurysmal vascular disease; blood pressure 128/82
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-07
      end: 2024-10
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks; stopped
      evidence: {file: clinical/psychiatric-progress-note-2026-08-26.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 75 mg daily
      start: 2024-11
      end: 2024-11
      weeks: 1
      kind: antidepressant
      adequate: false
      outcome: Stopped after 10 days for headache and sweating (intolerance); not an adequate trial
      evidence: {file: clinical/psychiatric-progress-note-2026-08-26.txt, page: 1}
    - drug: Duloxetine
      dose: 90 mg daily
      start: 2025-12
      end: 2026-03
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks at 90 mg; stopped
      evidence: {file: clinical/psychiatric-progress-note-2026-08-26.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2026-04
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/psychiatric-progress-note-2026-08-26.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-01
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatric-progress-note-2026-08-26.txt, page: 1}
author:
  name: Marisol Kettleby
  role: Psychiatric-mental health nurse practitioner (PMHNP-BC), treating prescriber
  relation: prescriber
  authorization: other/authorization-to-represent-2026-11-12.txt
  address: |-
    Peachtree Mood Clinic (FICTIONAL), 1200 West Paces Ferry Road, Suite 300
    Atlanta, GA 30327
  phone: (404) 555-0132
  email: mkettleby@peachtreemood.example
provider:
  name: Marisol Kettleby
  credentials: DNP, PMHNP-BC
  npi: "1762390452"
  address: |-
    1200 West Paces Ferry Road, Suite 300
    Atlanta, GA 30327
  phone: (404) 555-0132
template: external-review-request
record_dates:
  - file: clinical/psychiatric-progress-note-2026-08-26.txt
    date: 2026-08-26
bates_prefix: OSTERGAARDREYES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/step-therapy-denial-2026-09-04.txt": """
CLEARWELL BENEFIT ADMINISTRATORS (FICTIONAL) for the Keystone Logistics Employee Health Plan
NOTICE OF ADVERSE BENEFIT DETERMINATION                                    Date: 09/04/2026
Member: Halvard Ostergaard-Reyes   ID FICT-KLS-90044127   Request CBA-RX-26-0828-11736 (Spravato)
Step therapy criteria RX-ESK-21 not met: an inadequate response to two antidepressants of two different classes in
the current episode is required.   Reviewer: Corwin Atherly, PharmD.
""",
    "denial/appeal-decision-2026-10-30.txt": """
CLEARWELL BENEFIT ADMINISTRATORS (FICTIONAL) - FINAL INTERNAL ADVERSE BENEFIT DETERMINATION   Date: 10/30/2026
Member: Halvard Ostergaard-Reyes   Request CBA-RX-26-0828-11736
The denial is upheld. The member has tried only SSRIs (one class): sertraline. Duloxetine was stopped for side
effects and is not an adequate trial.
This plan is self-funded. You may request external review under the federal external review process within 4
months of the date of this notice. Send requests to External Review Requests, PO Box 941125, Atlanta, GA 30394.
""",
    "other/step-therapy-criteria-rx-esk-21.txt": """
KEYSTONE LOGISTICS EMPLOYEE HEALTH PLAN (FICTIONAL) - STEP THERAPY CRITERIA RX-ESK-21 (01/2026)     Page 1 of 2
Esketamine is approved when: 1. the member is 18 or older with treatment-resistant major depressive disorder;
2. the member has had an inadequate response to at least two antidepressants from two different classes, each at
an adequate dose for at least 6 weeks, in the current episode; 3. the prescriber is enrolled in the Spravato
REMS treatment setting.
""",
    "clinical/psychiatric-progress-note-2026-08-26.txt": """
PEACHTREE MOOD CLINIC (FICTIONAL) - PSYCHIATRIC PROGRESS NOTE                  Date: 08/26/2026   Page 1 of 1
Patient: Halvard Ostergaard-Reyes, 44   Prescriber: Marisol Kettleby, DNP, PMHNP-BC   Treating since 07/2024
Major depressive disorder, recurrent, severe without psychotic features (F33.2); current episode since 06/2024.
MADRS 33. No suicidal ideation. BP 128/82. No psychosis, no substance use.
Trials this episode: sertraline 200 mg 07-10/2024, 12 weeks, no response (SSRI); venlafaxine XR 75 mg 11/2024,
stopped after 10 days for headache and sweating; duloxetine 90 mg 12/2025-03/2026, 10 weeks, no response (SNRI);
bupropion XL 300 mg since 04/2026, partial response, continued. Trazodone 50 mg at bedtime for sleep since 01/2025.
Earlier episode (2014): citalopram 20 mg, remission; stopped 2015.
Plan: request Spravato.
""",
    "other/pharmacy-claims-history-2026-08-27.txt": """
CLEARWELL PHARMACY BENEFIT (FICTIONAL) - CLAIMS HISTORY PRINTOUT                 Printed 08/27/2026
Subscriber account FICT-KLS-90044127 (member and dependents)
07/2024-10/2024 sertraline 100 mg tabs (2 daily) - H. Ostergaard-Reyes
12/2025-03/2026 duloxetine 30 mg caps (3 daily) - H. Ostergaard-Reyes
04/2026-08/2026 bupropion XL 300 mg - H. Ostergaard-Reyes
06/2026 escitalopram 10 mg - L. Ostergaard-Reyes (spouse; not part of this appeal)
""",
    "other/medication-list-2023-stale.txt": """
PEACHTREE FAMILY PRACTICE (FICTIONAL) - MEDICATION LIST                        Date: 05/11/2023
Halvard Ostergaard-Reyes: no psychiatric medications. [Before the current episode.]
""",
    "other/rems-certification-letter-2025.txt": """
SPRAVATO REMS TREATMENT CENTER ENROLLMENT CONFIRMATION (FICTIONAL COPY)          Date: 02/03/2025   Page 1 of 1
Peachtree Mood Clinic, 1200 West Paces Ferry Road, Suite 300, Atlanta, GA 30327 is certified as a treatment
setting.
""",
    "other/authorization-to-represent-2026-11-12.txt": """
AUTHORIZATION TO REPRESENT (FICTIONAL)                                          Date: 11/12/2026
I, Halvard Ostergaard-Reyes, authorize Marisol Kettleby, DNP, PMHNP-BC, to request external review of request
CBA-RX-26-0828-11736 for me.   Signed: Halvard Ostergaard-Reyes
""",
}

TRUTH = """
# 06 - Self-funded employer plan: Spravato step therapy upheld on "only SSRIs"; federal external review by the treating PMHNP (FICTIONAL)

All people, plans, employers, clinics, numbers and addresses are invented (FICTIONAL).

## What is true
- Halvard Ostergaard-Reyes, 44, on a **self-funded ERISA** plan (5,200 employees), GA. Spravato was denied on
  **09/04/2026** under **RX-ESK-21** criterion 2; the plan's one internal appeal upheld it on **10/30/2026**: "only
  SSRIs (one class): sertraline. Duloxetine was stopped for side effects".
- The record: **sertraline 200 mg 12 weeks (SSRI)** and **duloxetine 90 mg 10 weeks (SNRI)**, both no response, in
  the episode since 06/2024; the drug stopped for side effects after 10 days was **venlafaxine**. Bupropion continues.
  The plan's own pharmacy claims show all three fills. All three RX-ESK-21 criteria are met.
- **Rule and stage:** federal external review for a self-funded plan, **29 CFR 2590.715-2719(d)**, within 4 months of
  the 10/30/2026 final internal denial: **by 02/28/2027**. ERISA claims rule and parity (29 CFR 2590.712) apply.
- **Author:** the treating PMHNP, a prescriber (not a physician), with his written authorization.

## Deliberately unknown
- Whether an IRO has been assigned: not yet.
- Cost of the drug; what a Spravato response would be.

## Traps
- **Decision's wrong statements:** "only SSRIs" and "Duloxetine was stopped for side effects" - venlafaxine (10
  days) was the intolerance.
- **Bupropion continues** (partial): never "failed" or "stopped". **Trazodone 50 mg** is a sleep dose. **Citalopram
  2014** remitted an earlier episode: not a failure in this episode.
- **Other person:** the spouse's escitalopram fill on the pharmacy printout is not his trial.
- **Stale document:** the 2023 list ("no psychiatric medications") predates the episode.
- **Voice:** a nurse practitioner: "I write as Mr. Ostergaard-Reyes's treating nurse practitioner"; never "Dr.",
  "physician" or "psychiatrist" for the author.
- **Wrong route:** no state insurance department external review (self-funded: federal process (d)); not a second
  internal level.
- **Reviewer:** a pharmacist; ask for a psychiatric reviewer.

## Arguments a strong letter makes (strongest first)
1. Criterion 2 is met: sertraline (SSRI, 12 weeks at 200 mg) and duloxetine (SNRI, 10 weeks at 90 mg), both without
   response, in the current episode - two classes; the plan's own pharmacy claims show both.
2. Correct both statements of the 10/30/2026 decision (only SSRIs; duloxetine stopped for side effects).
3. Criteria 1 and 3 met (F33.2, age 44; REMS-certified setting): overturn and approve Spravato.
4. Step therapy is a nonquantitative treatment limitation under parity; ask for the comparable analysis as a
   document relevant to the claim.

## What a letter must NOT say
- "Dr. Kettleby", "as his physician", "psychiatrist" for the author.
- "failed bupropion", "stopped bupropion"; venlafaxine or trazodone as an adequate trial; "citalopram failed";
  escitalopram as his trial.
- "state insurance department" as the external reviewer; "45 CFR 147.136(c)" as the route.
- "suicidal ideation" as present.
"""

ANSWERS = [
    ("plan type", "plan_type: employer_erisa", "case.yaml"),
    ("funding", "funding: self_funded", "case.yaml"),
    ("first denial date", "Date: 09/04/2026", "denial/step-therapy-denial-2026-09-04.txt"),
    ("final decision date", "Date: 10/30/2026", "denial/appeal-decision-2026-10-30.txt"),
    ("wrong statement 1", "The member has tried only SSRIs (one class): sertraline", "denial/appeal-decision-2026-10-30.txt"),
    ("wrong statement 2", "Duloxetine was stopped for side effects", "denial/appeal-decision-2026-10-30.txt"),
    ("route", "federal external review process within 4", "denial/appeal-decision-2026-10-30.txt"),
    ("deadline", "next_deadline: 2027-02-28", "case.yaml"),
    ("SSRI trial", "sertraline 200 mg 07-10/2024, 12 weeks, no response (SSRI)",
     "clinical/psychiatric-progress-note-2026-08-26.txt"),
    ("SNRI trial", "duloxetine 90 mg 12/2025-03/2026, 10 weeks, no response (SNRI)",
     "clinical/psychiatric-progress-note-2026-08-26.txt"),
    ("intolerance", "stopped after 10 days for headache and sweating", "clinical/psychiatric-progress-note-2026-08-26.txt"),
    ("still taken", "bupropion XL 300 mg since 04/2026, partial response, continued",
     "clinical/psychiatric-progress-note-2026-08-26.txt"),
    ("sleep dose", "Trazodone 50 mg at bedtime for sleep", "clinical/psychiatric-progress-note-2026-08-26.txt"),
    ("plan's own claims", "12/2025-03/2026 duloxetine 30 mg caps (3 daily)", "other/pharmacy-claims-history-2026-08-27.txt"),
    ("other person", "spouse; not part of this appeal", "other/pharmacy-claims-history-2026-08-27.txt"),
    ("reviewer", "Corwin Atherly, PharmD", "denial/step-therapy-denial-2026-09-04.txt"),
]
