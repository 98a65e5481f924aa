# FICTIONAL case 03: Medicaid fee-for-service, adult Spravato prior authorization denied; the patient, whose
# language is Spanish, asks the state for a fair hearing herself (letter in English, "I").
SLUG = "03-medicaid-ffs-spravato-pa-fair-hearing-spanish-patient"

YAML = """
# FICTIONAL CASE (set 11, case 03) - every person, plan, number and address is invented.
# State Medicaid fee-for-service: prior authorization for Spravato denied as "only one antidepressant trial
# documented"; the second trial (fluoxetine) was filled with a pharmacy discount card outside Medicaid. The member
# (Spanish-speaking, letter in English) requests the state fair hearing herself; there is no plan appeal.
patient:
  name: Marisol Echeverría Tapia
  salutation: Ms. Echeverría
  date_of_birth: 1985-09-22
  member_id: NM-FICT-552041-3
  language: es
  address: |-
    2406 Calle de los Álamos
    Alamo Verde, NM 87999
  phone: (505) 555-0171
insurer:
  name: New Mexico Medicaid fee-for-service program, Utilization Review Unit (FICTIONAL)
  appeals_address: |-
    Fair Hearings Bureau (FICTIONAL)
    PO Box 2348
    Alamo Verde, NM 87998
  fax: (505) 555-0190
claim:
  number: PA-FICT-2026-318822
  plan_type: medicaid
  delivery: fee_for_service
  notice_date: 2026-11-16
  procedure_codes: [J0013, "99214"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Your request for Spravato (esketamine) nasal spray is denied. Criterion 3 is not met: the member must have tried
    at least two different antidepressants at an adequate dose for at least 6 weeks each in the current episode.
    Our records show one trial (sertraline).
  denial_category: step_therapy
  action: none
  pending_services: 8
  appeal_deadline: 2027-02-14
  deadline_basis: >-
    Stated in the notice: "You may request a fair hearing within 90 days of the date of this notice."
prior_auth:
  requested_on: 2026-11-05
plan_policy:
  name: Medicaid Preferred Drug and Prior Authorization Criteria, Esketamine Nasal Spray (FICTIONAL)
  number: PA-CRIT-ESK-02
  quote: >-
    1. Age 18 or older with major depressive disorder. 2. Prescribed by or in consultation with a psychiatrist.
    3. Inadequate response to at least two different antidepressants, each at an adequate dose for at least 6
    weeks, in the current episode. 4. Administered at a REMS-certified health care setting.
  file: other/medicaid-esketamine-pa-criteria-excerpt.txt
payer_criteria:
  - criterion: Age 18 or older with major depressive disorder
    how_met: Age 41; recurrent major depressive disorder, severe (F33.2)
    met: true
    evidence: {file: clinical/clinic-notes-2025-2026.txt, page: 1}
  - criterion: Prescribed by or in consultation with a psychiatrist
    how_met: Prescribed by Dr. Ruben Calaveras-Whitlock, MD, psychiatrist
    met: true
    evidence: {file: clinical/clinic-notes-2025-2026.txt, page: 1}
  - criterion: Inadequate response to at least two different antidepressants, each adequate dose for 6 weeks or more, current episode
    how_met: >-
      Sertraline 150 to 200 mg for 10 weeks (no response), paid by Medicaid; fluoxetine 40 mg for 8 weeks (partial
      response only), filled with a pharmacy discount card and shown on the pharmacy's fill history
    met: true
    evidence:
      - {file: clinical/clinic-notes-2025-2026.txt, page: 1}
      - {file: other/pharmacy-fill-history-discount-card.txt, page: 1}
  - criterion: Administered at a REMS-certified health care setting
    how_met: Sierra Blanca Behavioral Health is REMS-certified
    met: true
    evidence: {file: clinical/clinic-notes-2025-2026.txt, page: 1}
treatment:
  name: Spravato (esketamine nasal spray)
  summary: >-
    Esketamine nasal spray induction (eight sessions over four weeks) for treatment-resistant depression after two
    adequate antidepressant trials in the current episode.
  plan: 56 mg at the first session, then 56 or 84 mg twice weekly for weeks 1-4 (8 sessions); reassess with PHQ-9 at week 4
  setting: Sierra Blanca Behavioral Health, a Spravato REMS-certified clinic (FICTIONAL)
  monitoring: blood pressure before dosing, at 40 minutes and before discharge; two hours of observation
  alongside: fluoxetine 40 mg daily
author:
  name: Marisol Echeverría Tapia
  role: Medicaid member
  relation: patient
provider:
  name: Ruben Calaveras-Whitlock
  credentials: MD, psychiatrist
  npi: "1457392615"
  phone: (505) 555-0158
  address: |-
    Sierra Blanca Behavioral Health, 77 Arroyo Seco Boulevard
    Alamo Verde, NM 87999
clinical:
  episode_onset: 2025-12
  severity: PHQ-9 21 on November 3, 2026
  severity_date: 2026-11-03
  suicidality: passive
  suicidality_date: 2026-11-03
  treating_since: 2024-06
  history:
    - drug: Venlafaxine XR
      dose: 150 mg daily
      start: 2021-04
      end: 2022-10
      outcome: Remission in an earlier episode (2021); not part of the current episode
      response: remission
    - drug: Sertraline
      dose: 150 to 200 mg daily
      start: 2026-01-05
      end: 2026-03-16
      outcome: No response after ten weeks, six at 200 mg
      response: none
      adequate: true
      evidence: {file: clinical/clinic-notes-2025-2026.txt, page: 1}
    - drug: Trazodone
      kind: other
      dose: 50 mg at bedtime
      start: 2026-01
      end: 2026-06
      outcome: For sleep only; not an antidepressant trial
      adequate: false
    - drug: Fluoxetine
      dose: 20 to 40 mg daily (filled with a discount card)
      start: 2026-03-23
      outcome: Partial response only after eight weeks at 40 mg; continued
      response: partial
      adequate: true
      ongoing: true
      evidence:
        file: other/pharmacy-fill-history-discount-card.txt
        page: 1
    - drug: Individual counseling
      kind: psychotherapy
      dose: 12 sessions
      sessions: 12
      start: 2026-02
      end: 2026-06
      outcome: Some help with sleep routine; depression unchanged
      response: partial
impact:
  work: Lost her job as a school cafeteria cook in April 2026 after repeated absences.
record_dates:
  - {file: clinical/clinic-notes-2025-2026.txt, date: 2026-11-03}
  - {file: other/pharmacy-fill-history-discount-card.txt, date: 2026-11-20}
external_review:
  agency: Fair Hearings Bureau, New Mexico Medicaid (FICTIONAL)
  address: |-
    Fair Hearings Bureau (FICTIONAL)
    PO Box 2348
    Alamo Verde, NM 87998
template: external-review-request
bates_prefix: ECHEVERRIA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-action-2026-11-16.txt": """
STATE OF NEW MEXICO MEDICAID - FEE-FOR-SERVICE PROGRAM (FICTIONAL REPRODUCTION)
NOTICE OF ACTION / AVISO DE ACCIÓN                                  Date of this notice: November 16, 2026
Recipient: MARISOL ECHEVERRIA TAPIA         Medicaid ID: NM-FICT-552041-3
Prior authorization no.: PA-FICT-2026-318822    Prescriber: R. Calaveras-Whitlock, MD
Service requested: Spravato (esketamine) nasal spray, 8 treatments (J0013, 99214)   Received: 11/05/2026

ACTION: DENIED.
Your request for Spravato (esketamine) nasal spray is denied. Criterion 3 is not met: the member must have tried
at least two different antidepressants at an adequate dose for at least 6 weeks each in the current episode.
Our records show one trial (sertraline).
Criteria used: PA-CRIT-ESK-02 (a copy is free on request).

YOUR RIGHT TO A FAIR HEARING: You may request a fair hearing within 90 days of the date of this notice. Write to
the Fair Hearings Bureau, PO Box 2348, Alamo Verde NM 87998, fax (505) 555-0190, or call 1-800-555-0176. You may
represent yourself or have someone help you. You may bring new records.
Usted tiene derecho a una audiencia imparcial. Puede pedirla dentro de 90 días a partir de la fecha de este
aviso. Si necesita este aviso en español, llame al 1-800-555-0176.
""",
    "clinical/clinic-notes-2025-2026.txt": """
SIERRA BLANCA BEHAVIORAL HEALTH (FICTIONAL) - psychiatry notes (extract)
Pt: Echeverría Tapia, Marisol   DOB 09/22/1985   Preferred language: Spanish (interpreter used)
Psychiatrist: Ruben Calaveras-Whitlock, MD. Seen here since 06/2024. REMS-certified site.

Hx: MDD recurrent. 2021 episode: venlafaxine XR 150 mg, remission, tapered 10/2022.
Relapse Dec 2025. 01/05/2026 sertraline 50 -> 200 mg. 03/16/2026: no response after 10 wks, stop.
Jan-Jun 2026 trazodone 50 mg hs for sleep.
03/23/2026 fluoxetine 20 -> 40 mg (pt filled with a discount card; Medicaid pharmacy claim rejected for
  "refill too soon" glitch in March, pt paid cash since). 05/18/2026: partial only at 40 mg x 8 wks. Continue.
Counseling at La Puerta Community Center, 12 sessions Feb-Jun 2026.
11/03/2026: PHQ-9 21. Passive SI ("a veces quisiera no despertar"), no plan, no intent, no attempts ever.
  No psychosis. BP 118/76. No aneurysm/AVM hx. No SUD. Plan: Spravato induction with fluoxetine; PA sent 11/05.
""",
    "other/pharmacy-fill-history-discount-card.txt": """
MESA DRUG #14 (FICTIONAL) - PRESCRIPTION FILL HISTORY                      Printed: 11/20/2026
Patient: MARISOL ECHEVERRIA   DOB 09/22/1985
Rx#      Drug                  Qty  Days  Fill date   Paid by
711402   FLUOXETINE 20 MG CAP   30   30   03/23/2026  RXSAVE DISCOUNT CARD (cash)  $4.80
711402   FLUOXETINE 20 MG CAP   60   30   04/20/2026  RXSAVE DISCOUNT CARD (cash)  $7.10
711402   FLUOXETINE 20 MG CAP   60   30   05/18/2026  RXSAVE DISCOUNT CARD (cash)  $7.10
711402   FLUOXETINE 20 MG CAP   60   30   06/15/2026  RXSAVE DISCOUNT CARD (cash)  $7.10
  ... monthly through 11/09/2026
Prescriber: CALAVERAS-WHITLOCK R MD
""",
    "other/medicaid-esketamine-pa-criteria-excerpt.txt": """
NEW MEXICO MEDICAID (FICTIONAL) - PRIOR AUTHORIZATION CRITERIA PA-CRIT-ESK-02, ESKETAMINE NASAL SPRAY
1. Age 18 or older with major depressive disorder. 2. Prescribed by or in consultation with a psychiatrist.
3. Inadequate response to at least two different antidepressants, each at an adequate dose for at least 6
weeks, in the current episode. 4. Administered at a REMS-certified health care setting.
Approval: induction, 8 treatments over 4 weeks.
""",
}

TRUTH = """
# 03 - Medicaid fee-for-service: Spravato prior authorization denied; the member asks for a fair hearing (FICTIONAL)

All people, plans, numbers and addresses are invented. This truth file is FICTIONAL.

## What is true
- Marisol Echeverría Tapia, 41, adult, **Medicaid fee-for-service** (`delivery: fee_for_service`): no managed-care
  plan. Prior authorization for Spravato (8 induction treatments) was requested 2026-11-05 and **denied
  2026-11-16**: criterion 3, "Our records show one trial (sertraline)".
- The second trial exists: **fluoxetine 40 mg, 8 weeks to 05/18/2026, partial response, continued**, paid with a
  **discount card** (the pharmacy's fill history), so Medicaid's pharmacy claims never showed it. Sertraline 200 mg
  10 weeks (no response). Both in the current episode (since December 2025). Criterion 3 is met; 1, 2, 4 too.
- Rule: the first and only step is the **state fair hearing** (42 CFR 431.220(a)), asked "within 90 days of the
  date of this notice" (431.221(d) ceiling): **2027-02-14**. Nothing was authorized before, so nothing continues
  (431.230 not in play; `action: none`).
- She writes herself ("I"). Her language is **Spanish** (`language: es`): the letter is English and asks for
  notices in Spanish as well. PHQ-9 21 on 11/03/2026; **passive** SI ("a veces quisiera no despertar"), no plan,
  no intent, no attempts.

## Deliberately unknown
- Why the Medicaid pharmacy claim was rejected in March 2026 ("refill too soon glitch" is only the note's words).
- Whether the state will accept fills outside Medicaid as trials (the criteria excerpt is silent).

## Traps
- **Discount-card trial is a trial**: a letter that says only one trial was tried, or that fluoxetine "was not
  covered and so not tried", is wrong. Fluoxetine is ongoing (no end date), taken with Spravato.
- **Venlafaxine 2021 = remission in an earlier episode**: not a current-episode failure. **Trazodone 50 mg** = sleep.
  **Counseling** = psychotherapy, not an antidepressant.
- **Passive** SI is not "acute suicidal ideation or behavior": no Spravato suicidality indication, no "active SI".
- Fee-for-service: no plan appeal, **no 60-day plan appeal window, no 120 days, no 42 CFR 438.x** (438.402,
  438.408, 438.420), no "continued benefits" (nothing was cut). Not a minor: no EPSDT.
- The notice's Spanish paragraph is a translation of the hearing right; the letter is not to be in Spanish.
- Author is the member: "I", not "Ms. Echeverría has failed...". Bates default from the first surname: ECHEVERRIA.

## Arguments a strong letter makes
1. Criterion 3 is met: two adequate trials in the current episode, sertraline (Medicaid-paid) and fluoxetine
   (discount card; pharmacy fill history, a record the state never had). Ask the hearing officer to weigh it.
2. Criteria 1, 2, 4 met (age and diagnosis, psychiatrist, REMS clinic); set out each with exhibits.
3. Request the fair hearing in time (within 90 days) and the case file/criteria used; ask for notices in Spanish.

## What a letter must NOT say
- "42 CFR 438", "plan appeal", "120 days", "continue my benefits", "EPSDT", "under 21".
- "acute suicidal ideation", "approved for suicidal ideation", "three failed antidepressants", "venlafaxine failed",
  "trazodone trial", ERISA/ACA citations.
"""

CHECKS = [
    ("denial/notice-of-action-2026-11-16.txt", "Our records show one trial (sertraline)"),
    ("denial/notice-of-action-2026-11-16.txt", "You may request a fair hearing within 90 days of the date of this notice"),
    ("other/pharmacy-fill-history-discount-card.txt", "RXSAVE DISCOUNT CARD (cash)"),
    ("other/pharmacy-fill-history-discount-card.txt", "FLUOXETINE 20 MG CAP   60   30   05/18/2026"),
    ("clinical/clinic-notes-2025-2026.txt", "05/18/2026: partial only at 40 mg x 8 wks"),
    ("clinical/clinic-notes-2025-2026.txt", "03/16/2026: no response after 10 wks"),
    ("clinical/clinic-notes-2025-2026.txt", "2021 episode: venlafaxine XR 150 mg, remission"),
    ("clinical/clinic-notes-2025-2026.txt", "Jan-Jun 2026 trazodone 50 mg hs for sleep"),
    ("clinical/clinic-notes-2025-2026.txt", "Passive SI"),
    ("clinical/clinic-notes-2025-2026.txt", "no plan, no intent, no attempts ever"),
    ("other/medicaid-esketamine-pa-criteria-excerpt.txt", "Inadequate response to at least two different antidepressants"),
]

CASE = {"slug": SLUG, "yaml": YAML, "docs": DOCS, "truth": TRUTH, "checks": CHECKS}
