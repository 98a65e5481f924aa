"""Set 32 case 02 (FICTIONAL): Medicaid fee-for-service, member 20, TMS limit from a superseded manual; father."""
SLUG = "medicaid-ffs-member-20-repeat-tms-lifetime-limit-from-2024-manual-fair-hearing-father"

CASE_YAML = r'''
# FICTIONAL CASE (set 32, case 02) - every person, plan, provider, number and address is invented.
# Medicaid fee-for-service, Alabama. Tobias Wrenfield, 20, relapsed after a 2025 TMS course that brought remission.
# The state agency denied prior approval of a new 36-session course (11/02/2026) under "36 sessions per lifetime",
# the 2024 Provider Manual's rule. The manual in force since 01/01/2026 counts 36 sessions in any 12 consecutive
# months and allows more for members under 21 (EPSDT); his last session was 04/11/2025. His father, his authorized
# representative, asks for a state fair hearing (fee-for-service: no plan appeal comes first).
patient:
  name: Tobias Wrenfield
  salutation: Tobias
  date_of_birth: 2006-05-14
  member_id: FICT-ALM-5520917734
  address: |-
    1207 Clairmont Avenue
    Birmingham, AL 35205
  phone: (205) 555-0118
insurer:
  name: State Medicaid Agency, Alabama fee-for-service program (FICTIONAL office)
  appeals_address: |-
    State Medicaid Agency - Fair Hearings Unit (address FICTIONAL)
    PO Box 5624
    Montgomery, AL 36103
  fax: (334) 555-0163
claim:
  number: PA-26-1020-88412
  plan_type: medicaid
  delivery: fee_for_service
  notice_date: 2026-11-02
  appeal_deadline: 2027-01-01
  deadline_basis: >-
    Notice of 11/02/2026: "You may ask for a fair hearing within 60 days of the date of this notice" (42 CFR
    431.221(d) lets the state set the time, at most 90 days); counted from the notice date.
  service_dates: [2026-11-16]
  sessions: 36
  pending_services: 36
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Prior approval denied. TMS is limited to 36 sessions per lifetime (Provider Manual 33.4.2). Our records show 42
    TMS sessions paid from 02/03/2025 through 04/11/2025. The request exceeds the benefit limit.
  denial_category: benefit_limit
  denial_reasons: [benefit_limit]
  action: none
  corrections:
    - said: TMS is limited to 36 sessions per lifetime (Provider Manual 33.4.2).
      record: >-
        The Provider Manual in force since 01/01/2026, section 33.4.2, limits TMS to 36 sessions in any 12
        consecutive months and allows more for members under 21 when medically necessary; the "per lifetime" words
        are the 2024 edition's.
      file: other/provider-manual-2026-section-33-4.txt
      page: 1
plan_policy:
  name: Alabama Medicaid Provider Manual (FICTIONAL), 2026 edition, section 33.4.2 (TMS)
  number: "33.4.2"
  quote: >-
    33.4.2 Transcranial magnetic stimulation (TMS). Prior approval required. Limited to 36 treatment sessions in any
    12 consecutive months. For members under 21, sessions beyond this limit are covered when medically necessary
    under EPSDT; request them on the prior approval form with the treating physician's statement.
  file: other/provider-manual-2026-section-33-4.txt
  exception: >-
    For members under 21, sessions beyond this limit are covered when medically necessary under EPSDT; request them
    on the prior approval form with the treating physician's statement.
  limit:
    applied: 36
    current: 36
    course: 36
    unit: sessions
    source:
      name: Provider Manual 33.4.2, 2024 edition ("36 sessions per lifetime")
      year: 2024
      through: 2025-12-31
      file: other/provider-manual-2024-section-33-4.txt
      page: 1
prior_auth:
  requested_on: 2026-10-20
  reference: PA-26-1020-88412
treatment:
  name: Repeat course of transcranial magnetic stimulation (TMS), 36 sessions (90867, 90868)
  summary: >-
    A 2025 TMS course brought remission; depression recurred in 2026 despite escitalopram, and a repeat course of 36
    sessions is planned from 11/16/2026.
  plan: 36 sessions, five a week, left dorsolateral prefrontal 10 Hz, from 11/16/2026; PHQ-9 weekly.
  alongside: escitalopram 20 mg daily
clinical:
  severity: PHQ-9 22 on 10/14/2026
  severity_date: 2026-10-14
  suicidality: passive
  suicidality_date: 2026-10-14
  episode_onset: 2026-06
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2024-03
      end: 2024-08
      kind: antidepressant
      adequate: true
      response: none
      outcome: No response after 14 weeks at 150 mg; stopped
      evidence: {file: clinical/tms-referral-2026-10-14.txt, page: 1}
    - drug: TMS (first course)
      dose: 36 sessions and 6 taper sessions
      start: 2025-02
      end: 2025-04
      kind: neuromodulation
      sessions: 42
      adequate: true
      response: remission
      outcome: Remission (PHQ-9 21 to 4); depression recurred in June 2026
      evidence: {file: clinical/tms-referral-2026-10-14.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-09
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/tms-referral-2026-10-14.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime for sleep
      start: 2026-07
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/tms-referral-2026-10-14.txt, page: 1}
author:
  name: Reuben Wrenfield
  role: Father of the member and his authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-11-05.txt
  address: |-
    1207 Clairmont Avenue
    Birmingham, AL 35205
  phone: (205) 555-0118
  email: reuben.wrenfield@mail.example
provider:
  name: Anjali Venkataraman
  credentials: MD
  npi: "1677349023"
  address: |-
    Red Mountain Neuromodulation Clinic (FICTIONAL), 2100 Sixteenth Avenue South
    Birmingham, AL 35205
  phone: (205) 555-0131
external_review:
  agency: State Medicaid Agency - Fair Hearings Unit (FICTIONAL)
  address: |-
    PO Box 5624
    Montgomery, AL 36103
record_dates:
  - file: clinical/tms-referral-2026-10-14.txt
    date: 2026-10-14
template: external-review-request
bates_prefix: WRENFIELD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/notice-of-action-prior-approval-2026-11-02.txt": """
STATE MEDICAID AGENCY (FICTIONAL OFFICE) - FEE-FOR-SERVICE PROGRAM
NOTICE OF ACTION: PRIOR APPROVAL DENIED                              Date of this notice: 11/02/2026
Recipient: Tobias Wrenfield   DOB 05/14/2006   Medicaid ID FICT-ALM-5520917734   Request: PA-26-1020-88412
Provider: Anjali Venkataraman, MD, Red Mountain Neuromodulation Clinic   Received: 10/20/2026
Page 1 of 1

Service requested: TMS, 36 sessions (90867, 90868), start 11/16/2026, diagnosis F33.2.
Decision: Prior approval denied. TMS is limited to 36 sessions per lifetime (Provider Manual 33.4.2). Our records
show 42 TMS sessions paid from 02/03/2025 through 04/11/2025. The request exceeds the benefit limit.

YOUR RIGHT TO A FAIR HEARING: You may ask for a fair hearing within 60 days of the date of this notice. Write to
the Fair Hearings Unit, PO Box 5624, Montgomery, AL 36103, or fax (334) 555-0163.
""",
    "other/provider-manual-2026-section-33-4.txt": """
ALABAMA MEDICAID PROVIDER MANUAL (FICTIONAL) - 2026 EDITION, EFFECTIVE 01/01/2026      Chapter 33, page 1

33.4.2 Transcranial magnetic stimulation (TMS). Prior approval required. Limited to 36 treatment sessions in any
12 consecutive months. For members under 21, sessions beyond this limit are covered when medically necessary
under EPSDT; request them on the prior approval form with the treating physician's statement.
(This edition replaces the 2024 edition, which governed through 12/31/2025.)
""",
    "other/provider-manual-2024-section-33-4.txt": """
ALABAMA MEDICAID PROVIDER MANUAL (FICTIONAL) - 2024 EDITION (superseded 01/01/2026)      Chapter 33, page 1

33.4.2 Transcranial magnetic stimulation (TMS). Prior approval required. Limited to 36 sessions per lifetime.
""",
    "clinical/tms-referral-2026-10-14.txt": """
RED MOUNTAIN NEUROMODULATION CLINIC (FICTIONAL) - TMS REFERRAL AND TREATMENT PLAN       Date: 10/14/2026
Patient: Tobias Wrenfield   DOB 05/14/2006   Physician: Anjali Venkataraman, MD (NPI 1677349023)
Page 1 of 1

Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2). Current episode since
06/2026. PHQ-9 22 today; passive wish not to wake up, no plan or intent.
History:
- sertraline 150 mg daily 03/2024-08/2024, 14 weeks, no response, stopped;
- first TMS course 02/03/2025-04/11/2025 (36 sessions and 6 taper sessions), remission, PHQ-9 21 to 4; well until
  06/2026, when depression recurred;
- escitalopram 20 mg daily since 09/2025, partial response, continues;
- hydroxyzine 25 mg at bedtime for sleep since 07/2026.
Plan: repeat TMS, 36 sessions, five a week from 11/16/2026; continue escitalopram; PHQ-9 weekly. Statement: a
repeat course is medically necessary; the earlier course produced remission that lasted 14 months.
""",
    "other/authorized-representative-form-2026-11-05.txt": """
AUTHORIZED REPRESENTATIVE DESIGNATION (FICTIONAL)                    Signed: 11/05/2026
I, Tobias Wrenfield (Medicaid ID FICT-ALM-5520917734), name my father, Reuben Wrenfield, as my authorized
representative for the fair hearing on request PA-26-1020-88412. Signed: Tobias Wrenfield.
""",
}

TRUTH = r'''
# 02 - Medicaid fee-for-service, member aged 20: a superseded "per lifetime" TMS limit; state fair hearing by the father (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tobias Wrenfield, **20** (DOB 05/14/2006), Birmingham, AL, has **Medicaid fee-for-service** (no managed-care plan).
- His physician asked on **10/20/2026** for prior approval of a **repeat TMS course, 36 sessions from 11/16/2026**.
  The agency denied it on **11/02/2026** (PA-26-1020-88412): "TMS is limited to 36 sessions per lifetime (Provider
  Manual 33.4.2)", counting the **42 sessions of 02/03-04/11/2025**.
- The **2026 Provider Manual** (effective **01/01/2026**), 33.4.2: **36 sessions in any 12 consecutive months**; for
  members **under 21**, more sessions when medically necessary under **EPSDT**. The "per lifetime" words are the
  **2024 edition's**, which governed **through 12/31/2025**.
- The last session of the first course was **04/11/2025**: no TMS session falls in the 12 months before
  11/16/2026, so the 36 sessions requested are within the current limit on its own terms.
- The first course brought **remission** (PHQ-9 21 -> 4) lasting about 14 months; depression recurred in 06/2026.
- **Stage and rule:** fee-for-service Medicaid has no plan appeal; the **state fair hearing** is the first step (42
  CFR 431.220(a)); the notice gives **60 days: by 01/01/2027** (431.221(d)). EPSDT, 42 USC 1396d(r)(5), reaches him
  (under 21).
- **Author:** his father, named his authorized representative on 11/05/2026 (Tobias is an adult: the father needs
  that designation); the father writes "my son" / "Tobias".

## Deliberately unknown
- Whether the agency's system still carries the 2024 rule for other members: not known; a letter may ask that the
  record be corrected, not say why it happened.
- The hearing date and decision time: not in the case.

## Traps
- **Plan document and date, not medicine:** the rule applied is from a **superseded manual**; the manual in force
  counts a rolling 12 months, and the 2025 sessions are outside it. Then EPSDT, second.
- **Earlier-episode response:** the 2025 TMS course brought **remission**: never "failed TMS" or "did not respond".
- **Escitalopram continues** (partial): never "failed" or "stopped". **Hydroxyzine** is a sleep aid, not a trial.
- **Suicidality passive** (10/14/2026): never "active suicidal ideation".
- **Stage/route:** fee-for-service: no plan appeal, no managed-care rules (no 42 CFR 438.xxx, no 438.420 continued
  benefits: nothing is being reduced or ended), no 120-day window.
- **Voice:** the father, an authorized representative of an adult son; not "my minor child", not Tobias's "I".
- **Wrong law:** no ERISA, no 45 CFR 147.136, no external review, no MHPAEA commercial rules.

## Arguments a strong letter makes (strongest first)
1. The notice applied "36 sessions per lifetime" from the **2024 Provider Manual**, which governed only **through
   12/31/2025**; the **2026 manual** (section 33.4.2, in force on the dates requested) limits TMS to **36 sessions in
   any 12 consecutive months**. No session falls in the 12 months before 11/16/2026 (the last was **04/11/2025**), so
   the 36 sessions requested are within the limit: approve them.
2. In any case Tobias is **under 21**: the manual itself and **EPSDT (42 USC 1396d(r)(5))** cover sessions beyond a
   limit when medically necessary; the physician's statement is enclosed.
3. The first course's **remission** (PHQ-9 21 -> 4, 14 months) shows TMS works for him; recurrence despite
   escitalopram.

## What a letter must NOT say
- "36 sessions per lifetime" as the rule in force; conceding the limit is reached.
- "failed TMS", "TMS did not work"; "failed escitalopram", "stopped escitalopram"; hydroxyzine as a trial.
- "active suicidal ideation".
- "42 CFR 438", "plan appeal", "continued benefits", "120 days", "ERISA", "external review", "45 CFR 147.136".
- "my minor son"; Tobias writing "I".
'''

ANSWERS = [
    ("denial/notice-of-action-prior-approval-2026-11-02.txt", "limited to 36 sessions per lifetime"),
    ("denial/notice-of-action-prior-approval-2026-11-02.txt", "42 TMS sessions paid from 02/03/2025 through 04/11/2025"),
    ("denial/notice-of-action-prior-approval-2026-11-02.txt", "within 60 days of the date of this notice"),
    ("other/provider-manual-2026-section-33-4.txt", "Limited to 36 treatment sessions in any 12 consecutive months"),
    ("other/provider-manual-2026-section-33-4.txt", "EFFECTIVE 01/01/2026"),
    ("other/provider-manual-2026-section-33-4.txt", "governed through 12/31/2025"),
    ("other/provider-manual-2026-section-33-4.txt", "members under 21, sessions beyond this limit are covered"),
    ("other/provider-manual-2024-section-33-4.txt", "Limited to 36 sessions per lifetime"),
    ("clinical/tms-referral-2026-10-14.txt", "remission, PHQ-9 21 to 4"),
    ("clinical/tms-referral-2026-10-14.txt", "escitalopram 20 mg daily since 09/2025, partial response, continues"),
    ("clinical/tms-referral-2026-10-14.txt", "hydroxyzine 25 mg at bedtime for sleep"),
    ("clinical/tms-referral-2026-10-14.txt", "passive wish not to wake up, no plan or intent"),
    ("other/authorized-representative-form-2026-11-05.txt", "name my father, Reuben Wrenfield"),
    ("case.yaml", "delivery: fee_for_service"),
    ("truth", "42 USC 1396d(r)(5)"),
    ("truth", "by 01/01/2027"),
]
