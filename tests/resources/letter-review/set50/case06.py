"""FICTIONAL case 06: church plan; Spravato excluded as a "self-administered drug"; second level by the prescribing PMHNP."""
SLUG = "06-church-plan-spravato-self-administered-exclusion-definition-second-level-pmhnp"

CASE_YAML = r'''
# FICTIONAL CASE (letters set 50, case 06) - every person, plan, administrator, provider, number and address is invented.
# Church plan, self-funded, not ERISA (1,100 employees), South Carolina. Abigail Strathmore-Quinones, 58, had 8
# Spravato induction sessions (08/04-08/27/2026) at a REMS-certified clinic. The medical benefit denied the drug
# (J0013) under SPD 9.1(f) "self-administered drugs"; the pharmacy benefit rejected it as REMS-restricted to
# healthcare settings ("bill medical benefit"). The first-level decision (11/09/2026) upheld. The SPD's own
# definition of a self-administered drug is one taken without a health care professional present, and SPD 10.4
# puts REMS-restricted drugs under the medical benefit. Her prescribing PMHNP writes the second-level appeal.
patient:
  name: Abigail Strathmore-Quinones
  salutation: Mrs. Strathmore-Quinones
  date_of_birth: 1968-04-03
  member_id: FICT-CHM-71290335
  address: |-
    14 Hampton Oaks Court
    Greenville, SC 29607
  phone: (864) 555-0145
insurer:
  name: Covenant Hearth Ministries Health Plan (FICTIONAL church plan), administered by Palmetto Trust Benefit Services
  appeals_address: |-
    Palmetto Trust Benefit Services - Appeals (FICTIONAL)
    PO Box 25510
    Columbia, SC 29221
  fax: (803) 555-0157
claim:
  number: PTB-26-0910-118746
  plan_type: church
  funding: self_funded
  employees: 1100
  stage: second level
  notice_date: 2026-09-10
  appeal_deadline: 2027-01-08
  deadline_basis: >-
    First-level decision of 11/09/2026: "You may request a second-level review within 60 days of the date of this
    letter."
  service_dates: [2026-08-04, 2026-08-06, 2026-08-11, 2026-08-13, 2026-08-18, 2026-08-20, 2026-08-25, 2026-08-27]
  sessions: 8
  setting: outpatient
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-96]
  denial_reason: >-
    Non-covered charge. Self-administered drugs are excluded under the medical benefit (SPD Section 9.1(f)). Submit
    to the pharmacy benefit.
  denial_category: not_covered
  denial_reasons: [not_covered]
  coding_correct: true
  action: none
  not_appealed:
    - date: 2026-08-04 to 2026-08-27
      code: "99215"
      why: The clinic's monitoring visits on the same dates were paid; only the drug (J0013) was denied
plan_policy:
  name: Covenant Hearth Ministries Health Plan, Summary Plan Description 2026, Section 9.1(f) and Section 14
  number: Section 9.1(f)
  quote: >-
    Section 9.1 Exclusions. The Medical Benefit does not cover: (f) Self-administered drugs, except as covered under
    the Prescription Drug Benefit (Section 10). Section 14 Definitions. Self-administered drug means a drug that a
    member can take safely on his or her own, without a health care professional present, such as a tablet, a
    capsule or a self-injection.
  file: other/spd-2026-sections-9-10-14-excerpt.txt
  exclusion:
    name: SPD Section 9.1(f)
    reaches: false
    why: >-
      The SPD defines a self-administered drug as one a member can take safely without a health care professional
      present; Spravato may be used only in a REMS-certified healthcare setting under the direct observation of a
      health care professional, with at least two hours of monitoring, and is never dispensed to the patient to
      take home - so it is not a self-administered drug in the plan's own terms.
    file: clinical/spravato-rems-session-records-2026-08.txt
  other_terms: >-
    Section 10.4: "Drugs that may be dispensed only to a health care setting under an FDA risk evaluation and
    mitigation strategy (REMS) are covered under the Medical Benefit, not the Prescription Drug Benefit."
  other_terms_file: other/spd-2026-sections-9-10-14-excerpt.txt
decisions:
  - date: 2026-11-09
    outcome: denied
    stage: first-level appeal
    opens: second level
    next_deadline: 2027-01-08
    reason: >-
      The denial is upheld. Esketamine is a nasal spray that the member administers herself. Self-administered drugs
      are excluded under the medical benefit (SPD 9.1(f)). Submit to the pharmacy benefit.
    corrections:
      - said: Esketamine is a nasal spray that the member administers herself.
        record: >-
          She sprays each dose herself, but only at the clinic, under the direct observation of its nurse, with two
          hours of monitoring after each dose, as the REMS requires; the drug is kept by the clinic and never
          dispensed to her; and the plan's pharmacy benefit rejected it on 09/15/2026 as restricted to healthcare
          settings, "bill medical benefit".
        file: [clinical/spravato-rems-session-records-2026-08.txt, other/pharmacy-benefit-reject-2026-09-15.txt]
        page: 1
        leaves_out: true
treatment:
  name: Spravato (esketamine nasal spray), induction of 8 supervised sessions (J0013)
  summary: >-
    Esketamine nasal spray for treatment-resistant depression, given twice weekly for four weeks in a REMS-certified
    clinic with an oral antidepressant, each dose under direct observation and at least two hours of monitoring.
  alongside: desvenlafaxine 100 mg daily
  setting: A REMS-certified healthcare setting (Upstate Interventional Psychiatry)
  monitoring: Blood pressure before and at 40 and 120 minutes; sedation and dissociation checks; two hours observed
clinical:
  severity: MADRS 34 on 08/04/2026; MADRS 15 on 08/27/2026
  severity_date: 2026-08-27
  suicidality: none
  suicidality_date: 2026-08-27
  response: MADRS 34 (08/04/2026) to 15 (08/27/2026)
  response_level: response
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2024-02
      end: 2024-05
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks; stopped
      evidence: {file: clinical/psychiatric-progress-note-2026-07-21.txt, page: 1}
    - drug: Vilazodone
      dose: 40 mg daily
      start: 2024-07
      end: 2024-09
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks; stopped
      evidence: {file: clinical/psychiatric-progress-note-2026-07-21.txt, page: 1}
    - drug: Desvenlafaxine
      dose: 100 mg daily
      start: 2025-05
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with Spravato
      evidence: {file: clinical/psychiatric-progress-note-2026-07-21.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2025-01
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatric-progress-note-2026-07-21.txt, page: 1}
author:
  name: Hollis Vandermeer, DNP, PMHNP-BC
  role: Psychiatric-mental health nurse practitioner, her treating prescriber
  relation: prescriber
  address: |-
    Upstate Interventional Psychiatry (FICTIONAL), 25 Woodruff Industrial Lane, Suite 300
    Greenville, SC 29607
  phone: (864) 555-0162
  email: hvandermeer@upstate-ip.example
  authorization: other/patient-consent-to-appeal-2026-11-16.txt
provider:
  name: Upstate Interventional Psychiatry
  credentials: REMS-certified healthcare setting; network provider
  npi: "1249389168"
  address: |-
    25 Woodruff Industrial Lane, Suite 300
    Greenville, SC 29607
  phone: (864) 555-0162
record_dates:
  - file: clinical/spravato-rems-session-records-2026-08.txt
    date: 2026-08-27
  - file: clinical/psychiatric-progress-note-2026-07-21.txt
    date: 2026-07-21
bates_prefix: STRATHMOREQUINONES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/eob-2026-09-10.txt": '''
PALMETTO TRUST BENEFIT SERVICES (FICTIONAL) for COVENANT HEARTH MINISTRIES HEALTH PLAN - EOB   Date: 09/10/2026
Member: Abigail Strathmore-Quinones   DOB 04/03/1968   ID FICT-CHM-71290335
Provider: Upstate Interventional Psychiatry, NPI 1249389168   Claim PTB-26-0910-118746
08/04/2026-08/27/2026   J0013 x616 units   Billed $7,392.00   Paid $0.00   CARC 96
08/04/2026-08/27/2026   99215 x8   Paid
Non-covered charge. Self-administered drugs are excluded under the medical benefit (SPD Section 9.1(f)). Submit to
the pharmacy benefit.
''',
"denial/first-level-decision-2026-11-09.txt": '''
PALMETTO TRUST BENEFIT SERVICES (FICTIONAL) - FIRST-LEVEL APPEAL DECISION          Date: 11/09/2026
Member: Abigail Strathmore-Quinones   Claim PTB-26-0910-118746   Appeal received 10/12/2026

The denial is upheld. Esketamine is a nasal spray that the member administers herself. Self-administered drugs are
excluded under the medical benefit (SPD 9.1(f)). Submit to the pharmacy benefit.

You may request a second-level review within 60 days of the date of this letter. Covenant Hearth Ministries Health
Plan is a church plan and is not subject to ERISA.
''',
"clinical/spravato-rems-session-records-2026-08.txt": '''
UPSTATE INTERVENTIONAL PSYCHIATRY (FICTIONAL) - SPRAVATO REMS SESSION RECORDS, AUGUST 2026     Page 1 of 1
Patient: Abigail Strathmore-Quinones   DOB 04/03/1968   REMS-certified healthcare setting
Sessions: 08/04 and 08/06 (56 mg); 08/11, 08/13, 08/18, 08/20, 08/25 and 08/27 (84 mg).
Each dose self-administered by the patient under the direct observation of the clinic nurse; observed for two
hours after each dose; blood pressure before and at 40 and 120 minutes; discharged with her husband driving.
The drug is stored and supplied by the clinic and never dispensed to the patient to take home.
MADRS 34 on 08/04/2026, 15 on 08/27/2026. No suicidal ideation at any session.
''',
"clinical/psychiatric-progress-note-2026-07-21.txt": '''
UPSTATE INTERVENTIONAL PSYCHIATRY (FICTIONAL) - PROGRESS NOTE                     Date: 07/21/2026
Patient: Abigail Strathmore-Quinones   Prescriber: Hollis Vandermeer, DNP, PMHNP-BC   Page 1 of 1
Major depressive disorder, recurrent, severe (F33.2), treatment-resistant. MADRS 34.
Trials: fluoxetine 40 mg 02-05/2024 (12 weeks), no response, stopped; vilazodone 40 mg 07-09/2024 (8 weeks), no
response, stopped; desvenlafaxine 100 mg since 05/2025, partial response, continue. Mirtazapine 7.5 mg at bedtime
for sleep since 01/2025.
Earlier episode: nortriptyline in 2009, full remission (another episode).
Plan: Spravato induction with desvenlafaxine, twice weekly for 4 weeks, in our REMS-certified clinic.
''',
"other/spd-2026-sections-9-10-14-excerpt.txt": '''
COVENANT HEARTH MINISTRIES HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026 (excerpt)
Section 9.1 Exclusions. The Medical Benefit does not cover: (f) Self-administered drugs, except as covered under the
Prescription Drug Benefit (Section 10).                                                      (page 52)
Section 10.4 Drugs that may be dispensed only to a health care setting under an FDA risk evaluation and mitigation
strategy (REMS) are covered under the Medical Benefit, not the Prescription Drug Benefit.     (page 61)
Section 14 Definitions. Self-administered drug means a drug that a member can take safely on his or her own,
without a health care professional present, such as a tablet, a capsule or a self-injection. (page 77)
''',
"other/pharmacy-benefit-reject-2026-09-15.txt": '''
COVENANT HEARTH PRESCRIPTION DRUG BENEFIT (FICTIONAL PBM) - CLAIM REJECT NOTICE      Date: 09/15/2026
Member: Abigail Strathmore-Quinones   Drug: esketamine nasal spray (Spravato)
Rejected: REMS-restricted product, dispensed only to certified healthcare settings. Bill medical benefit (SPD 10.4).
''',
"other/pbm-formulary-2025-stale.txt": '''
COVENANT HEARTH PRESCRIPTION DRUG BENEFIT (FICTIONAL PBM) - 2025 FORMULARY (excerpt)
Spravato (esketamine) nasal spray - Tier 3 - specialty pharmacy, prior authorization.
[The 2025 formulary; replaced 01/01/2026 by the 2026 plan terms, which place REMS-restricted drugs under the Medical
Benefit (SPD 10.4).]
''',
"other/clinic-spravato-room-schedule-2026-08-11-another-person.txt": '''
UPSTATE INTERVENTIONAL PSYCHIATRY (FICTIONAL) - SPRAVATO ROOM SCHEDULE            08/11/2026
Chair 1: 08:30 A. Strathmore-Quinones (84 mg)   Chair 2: 08:45 R. Delacroix-Nunn (56 mg, first dose)
''',
"other/patient-consent-to-appeal-2026-11-16.txt": '''
CONSENT (FICTIONAL)                                                                Signed 11/16/2026
I, Abigail Strathmore-Quinones (ID FICT-CHM-71290335), ask Hollis Vandermeer, DNP, PMHNP-BC, to file the
second-level appeal of claim PTB-26-0910-118746 for me and to share my health information for it.
Signed: Abigail Strathmore-Quinones
''',
}

TRUTH = r'''
# 06 - Church plan: Spravato excluded as a "self-administered drug"; second-level appeal by the prescribing PMHNP (FICTIONAL)

All people, plans, administrators, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Abigail Strathmore-Quinones, 58 (DOB 04/03/1968), in the **Covenant Hearth Ministries Health Plan**, a
  **self-funded church plan not subject to ERISA** (1,100 employees), had **8 Spravato induction sessions,
  08/04-08/27/2026** (56 mg x2, 84 mg x6; J0013 x616 units, billed $7,392.00; F33.2) at a REMS-certified clinic,
  with desvenlafaxine 100 mg continued. MADRS **34 -> 15**. The same-day 99215 visits were paid.
- EOB **09/10/2026** (claim PTB-26-0910-118746, **CO-96**): SPD **9.1(f)** "self-administered drugs", "Submit to the
  pharmacy benefit". The plan's **pharmacy benefit rejected it on 09/15/2026**: REMS-restricted, "Bill medical
  benefit (SPD 10.4)". First-level decision **11/09/2026** upheld: "a nasal spray that the member administers
  herself".
- **The SPD's own words:** Section 14 defines a self-administered drug as one a member can take safely "**without a
  health care professional present**"; Section **10.4** puts drugs dispensed only to a health care setting under a
  REMS **under the Medical Benefit**. Each dose was taken under the nurse's direct observation with two hours of
  monitoring and never dispensed to her. The exclusion's words do **not** name Spravato or esketamine.
- **Rule and stage:** church plan: 26 CFR 54.9815-2719 (claims and appeals by reference to the ERISA claims rule);
  this is the **second-level** review of the 11/09/2026 decision, due **by 01/08/2027**. Parity: 26 CFR 54.9812-1
  (more than 50 employees). Whether external review reaches this contract question is not settled by the case.
- **Author:** her treating **psychiatric nurse practitioner** (PMHNP), with her signed consent; writes "I" as her
  treating nurse practitioner about "Mrs. Strathmore-Quinones".

## Deliberately unknown
- What the plan would allow for J0013: not in the case.
- Whether the administrator applied SPD 10.4 at all: not known; a letter may ask.
- Whether the plan's own esketamine criteria are met: never reviewed; no criteria in the case.

## Traps
- **Plan document, not medicine:** the definition (Section 14) and Section 10.4 decide; the exclusion does not reach a
  drug that must be taken with a professional present.
- **A decision's words true as far as they go:** she does spray it herself - under observation. A letter must not say
  she does not administer it; it says what the words leave out.
- **Stale document:** the 2025 PBM formulary ("Tier 3 - specialty pharmacy") is replaced; it does not put Spravato
  under the pharmacy benefit in 2026.
- **Another person:** the room schedule's chair 2 (R. Delacroix-Nunn) is another patient.
- **Drugs still taken:** desvenlafaxine continues (partial response) - never "failed" or "stopped"; mirtazapine 7.5 mg
  is a sleep dose; nortriptyline 2009 remitted another episode - never a failure.
- **Label:** Spravato for TRD may be used with an oral antidepressant or, since January 2025, alone; a letter must not
  say an oral antidepressant is required for TRD, nor that a psychiatrist must prescribe it (a payer criterion, not
  the label). No suicidal ideation: not the suicidality indication.
- **Voice:** a nurse practitioner: never "physician", "Dr.", "as her psychiatrist".
- **Wrong law:** no ERISA as governing law, no 29 CFR 2560.503-1 cited alone as the plan's rule, no Labor
  Department/EBSA.

## Arguments a strong letter makes (strongest first)
1. SPD Section 14's definition: Spravato cannot be taken without a health care professional present (REMS, direct
   observation, two hours' monitoring, never dispensed), so it is not a "self-administered drug" and 9.1(f) does not
   reach it.
2. SPD Section 10.4 places REMS-restricted drugs under the Medical Benefit, and the plan's own pharmacy benefit
   rejected the drug for that reason: the two benefits cannot both refuse it; pay the J0013 lines under the Medical
   Benefit.
3. Say what the first-level decision's words leave out (she sprays it herself, but only under observation); ask
   for the claim file; the care worked (MADRS 34 -> 15).

## What a letter must NOT say
- "she does not administer the spray herself"; "the exclusion names Spravato".
- "Tier 3" or the 2025 formulary as governing; "Delacroix-Nunn".
- "failed desvenlafaxine", "stopped desvenlafaxine"; mirtazapine as a trial; nortriptyline as failed.
- "the label requires an oral antidepressant" for TRD; "a psychiatrist must prescribe" as a label rule;
  "suicidal ideation" as present.
- "Dr. Vandermeer", "as her physician"; "ERISA governs", "EBSA", "Department of Labor".
'''

ANSWERS = [
    ("plan type", "plan_type: church", "case.yaml"),
    ("stage", "stage: second level", "case.yaml"),
    ("not ERISA", "is a church plan and is not subject to ERISA", "denial/first-level-decision-2026-11-09.txt"),
    ("claim number", "PTB-26-0910-118746", "denial/eob-2026-09-10.txt"),
    ("CARC", "CARC 96", "denial/eob-2026-09-10.txt"),
    ("units billed", "J0013 x616 units", "denial/eob-2026-09-10.txt"),
    ("decision's words", "Esketamine is a nasal spray that the member administers herself.", "denial/first-level-decision-2026-11-09.txt"),
    ("deadline", "within 60 days of the date of this letter", "denial/first-level-decision-2026-11-09.txt"),
    ("definition", "without a health care professional present", "other/spd-2026-sections-9-10-14-excerpt.txt"),
    ("REMS drugs medical", "are covered under the Medical Benefit, not the Prescription Drug Benefit", "other/spd-2026-sections-9-10-14-excerpt.txt"),
    ("PBM reject", "Bill medical benefit (SPD 10.4)", "other/pharmacy-benefit-reject-2026-09-15.txt"),
    ("observation", "under the direct observation of the clinic nurse", "clinical/spravato-rems-session-records-2026-08.txt"),
    ("never dispensed", "never dispensed to the patient to take home", "clinical/spravato-rems-session-records-2026-08.txt"),
    ("stale formulary", "Tier 3 - specialty pharmacy", "other/pbm-formulary-2025-stale.txt"),
    ("another patient", "R. Delacroix-Nunn", "other/clinic-spravato-room-schedule-2026-08-11-another-person.txt"),
    ("author", "relation: prescriber", "case.yaml"),
]
