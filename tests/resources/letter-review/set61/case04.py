"""Set 61 case 04 (FICTIONAL): Marketplace Silver, NC, fibromyalgia, milnacipran step therapy; external review; patient."""
SLUG = "04-marketplace-fibromyalgia-milnacipran-step-therapy-tricyclic-trial-at-former-plan-external-review-patient"

CASE_YAML = r"""
# FICTIONAL CASE (set 61, case 04) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver plan, insured, NC. Delphine Okereke, 49, fibromyalgia with depression. Milnacipran
# (Savella) was denied under step-therapy rule RX-FM-3; the final internal decision says pharmacy claims show
# "amitriptyline 10 mg only". Her 2024 amitriptyline trial at 25-50 mg was paid by her former employer plan.
patient:
  name: Delphine Okereke
  salutation: Ms. Okereke
  date_of_birth: 1977-02-14
  member_id: PMC-NC-5520913407
  address: |-
    815 Lakewood Avenue
    Durham, NC 27707
  phone: (919) 555-0126
  email: dokereke@postbox.example
insurer:
  name: Piedmont Crest Health Insurance Company (FICTIONAL), Marketplace Silver 70
  appeals_address: |-
    Piedmont Crest Health - Pharmacy Appeals (FICTIONAL)
    PO Box 41873
    Raleigh, NC 27629
  fax: (919) 555-0163
claim:
  number: PCX-RX-26-0814-31552
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-08-14
  procedure_codes: []
  diagnosis_codes: [M79.7, F33.1]
  denial_reason: >-
    Milnacipran (Savella) requires step therapy under RX-FM-3. Criterion 4 is not met: pharmacy claims show
    amitriptyline 10 mg only, which is not a therapeutic tricyclic trial.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  pending_services: milnacipran 50 mg twice daily, monthly fills
decisions:
  - date: 2026-10-28
    outcome: denied
    stage: final internal appeal
    opens: external review
    reason: >-
      The denial is upheld. Criterion 4 of RX-FM-3 requires a trial of amitriptyline or cyclobenzaprine at 25 mg or
      more for 6 weeks, or intolerance. Pharmacy claims show amitriptyline 10 mg only.
    corrections:
      - said: Pharmacy claims show amitriptyline 10 mg only.
        leaves_out: true
        record: >-
          Amitriptyline was taken at 25 mg and then 50 mg from 03/04/2024 to 04/22/2024 (7 weeks), paid by her
          former employer plan, and stopped after a fall from low blood pressure on standing; the 10 mg she takes now
          is a sleep dose started in 10/2025.
        file: [clinical/rheumatology-notes-2024-2026.txt, other/former-plan-pharmacy-claims-2024.txt]
        page: 1
external_review:
  agency: North Carolina Department of Insurance external review program (FICTIONAL address)
  address: |-
    External Review Intake (FICTIONAL)
    PO Box 29710
    Raleigh, NC 27626
  final_denial_date: 2026-10-28
plan_policy:
  name: Piedmont Crest pharmacy step-therapy rule RX-FM-3, Fibromyalgia Agents
  number: RX-FM-3
  quote: >-
    Milnacipran is covered when all of the following are documented: 1. a diagnosis of fibromyalgia; 2. a trial of
    duloxetine of at least 6 weeks, or intolerance; 3. a trial of pregabalin or gabapentin of at least 6 weeks, or
    intolerance; 4. a trial of amitriptyline or cyclobenzaprine at 25 mg or more for at least 6 weeks, or
    intolerance. Trials may be shown by pharmacy claims or by the prescriber's records.
  file: other/rx-fm-3-step-therapy-excerpt.txt
payer_criteria:
  - criterion: 1. A diagnosis of fibromyalgia.
    how_met: Fibromyalgia diagnosed by rheumatology in 2023 (M79.7).
    met: true
    evidence: {file: clinical/rheumatology-notes-2024-2026.txt, page: 1}
  - criterion: 2. A trial of duloxetine of at least 6 weeks, or intolerance.
    how_met: Duloxetine 60 mg for 16 weeks (01-05/2025), partial benefit, stopped for blood pressure 158/98 and sweating.
    met: true
    evidence: {file: clinical/rheumatology-notes-2024-2026.txt, page: 1}
  - criterion: 3. A trial of pregabalin or gabapentin of at least 6 weeks, or intolerance.
    how_met: Pregabalin 150 mg twice daily for 12 weeks (06-09/2025), partial benefit, stopped for 9 kg weight gain and ankle swelling.
    met: true
    evidence: {file: clinical/rheumatology-notes-2024-2026.txt, page: 1}
  - criterion: 4. Amitriptyline or cyclobenzaprine at 25 mg or more for at least 6 weeks, or intolerance.
    how_met: Amitriptyline 25 mg then 50 mg, 03/04-04/22/2024 (7 weeks), stopped after an orthostatic fall; paid by her former plan; shown in the prescriber's records as RX-FM-3 allows.
    met: true
    evidence: [{file: clinical/rheumatology-notes-2024-2026.txt, page: 1}, {file: other/former-plan-pharmacy-claims-2024.txt, page: 1}]
treatment:
  name: Milnacipran (Savella) 50 mg twice daily
  summary: >-
    Milnacipran for fibromyalgia after duloxetine, pregabalin and a tricyclic each helped too little or could not be
    tolerated.
  plan: Titrate to 50 mg twice daily over one week; blood pressure checked at 2 and 6 weeks; FIQR at 12 weeks.
clinical:
  severity: FIQR 72 on 01/13/2025, 64 on 08/18/2025, 74 on 11/10/2026; PHQ-9 14 on 11/10/2026
  severity_date: 2026-11-10
  suicidality: none
  suicidality_date: 2026-11-10
  treating_since: 2024-02-20
  history:
    - drug: Amitriptyline
      dose: 25 mg, then 50 mg at bedtime
      start: 2024-03-04
      end: 2024-04-22
      adequate: false
      weeks: 7
      paid_outside: another plan
      outcome: Stopped after an orthostatic fall at 50 mg (intolerance); paid by her former employer plan
      evidence: {file: clinical/rheumatology-notes-2024-2026.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-01-13
      end: 2025-05-05
      weeks: 16
      adequate: true
      response: partial
      outcome: Partial benefit; stopped for blood pressure 158/98 and sweating (intolerance)
      evidence: {file: clinical/rheumatology-notes-2024-2026.txt, page: 1}
    - drug: Pregabalin
      dose: 150 mg twice daily
      start: 2025-06-02
      end: 2025-08-25
      weeks: 12
      adequate: true
      response: partial
      outcome: Partial benefit; stopped for 9 kg weight gain and ankle swelling
      evidence: {file: clinical/rheumatology-notes-2024-2026.txt, page: 1}
    - drug: Physical therapy
      dose: 12 visits
      start: 2025-04
      end: 2025-07
      kind: other
      response: partial
      outcome: Completed; some benefit; home exercise continues
      evidence: {file: clinical/rheumatology-notes-2024-2026.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2024-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: For depression; partial response; continued
      evidence: {file: clinical/rheumatology-notes-2024-2026.txt, page: 1}
    - drug: Amitriptyline (sleep dose)
      dose: 10 mg at bedtime for sleep
      start: 2025-10
      ongoing: true
      kind: other
      outcome: Sleep dose only; not a tricyclic trial
      evidence: {file: clinical/rheumatology-notes-2024-2026.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg daily
      start: 2016-03
      end: 2017-09
      kind: antidepressant
      adequate: true
      failed: false
      response: remission
      outcome: Earlier depressive episode (2016); remission; tapered off while well
      evidence: {file: clinical/rheumatology-notes-2024-2026.txt, page: 1}
author:
  name: Delphine Okereke
  role: patient
  relation: patient
  address: |-
    815 Lakewood Avenue
    Durham, NC 27707
  phone: (919) 555-0126
  email: dokereke@postbox.example
provider:
  name: Dr. Ravindra Halloran
  credentials: MD, rheumatology
  address: |-
    Triangle Arthritis and Pain Clinic (FICTIONAL), 4020 Roxboro Road
    Durham, NC 27704
  phone: (919) 555-0181
record_dates:
  - file: clinical/rheumatology-notes-2024-2026.txt
    date: 2026-11-10
template: external-review-request
copies: [prescriber]
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
"denial/step-therapy-denial-2026-08-14.txt": """
PIEDMONT CREST HEALTH INSURANCE COMPANY (FICTIONAL) - COVERAGE DETERMINATION            Date: 08/14/2026
Member: Delphine Okereke   ID PMC-NC-5520913407   Plan: Marketplace Silver 70
Reference: PCX-RX-26-0814-31552   Drug: milnacipran (Savella) 50 mg tablets   Prescriber: Dr. Ravindra Halloran

Milnacipran (Savella) requires step therapy under RX-FM-3. Criterion 4 is not met: pharmacy claims show
amitriptyline 10 mg only, which is not a therapeutic tricyclic trial.
You may appeal within 180 days of receiving this notice.
""",
"denial/final-internal-appeal-decision-2026-10-28.txt": """
PIEDMONT CREST HEALTH INSURANCE COMPANY (FICTIONAL) - FINAL INTERNAL APPEAL DECISION    Date: 10/28/2026
Member: Delphine Okereke   Reference: PCX-RX-26-0814-31552

The denial is upheld. Criterion 4 of RX-FM-3 requires a trial of amitriptyline or cyclobenzaprine at 25 mg or
more for 6 weeks, or intolerance. Pharmacy claims show amitriptyline 10 mg only.
This is our final internal decision. You may request an external review within 4 months of receiving this
notice through the North Carolina Department of Insurance.
""",
"clinical/rheumatology-notes-2024-2026.txt": """
TRIANGLE ARTHRITIS AND PAIN CLINIC (FICTIONAL) - PROGRESS NOTES 2024-2026              Page 1 of 1
Patient: Delphine Okereke   DOB 02/14/1977   Rheumatologist: Dr. Ravindra Halloran (since 02/20/2024)
Fibromyalgia (M79.7), diagnosed 2023; recurrent depression (F33.1). Earlier depressive episode 2016: remission
on sertraline 100 mg, tapered off 09/2017 while well.
03/04/2024 - Amitriptyline 25 mg at bedtime; to 50 mg on 03/25/2024. (Former plan: Carolina Textile Workers
Health Plan.)
04/22/2024 - Fell in the night on standing; BP 92/58 standing. Amitriptyline stopped after 7 weeks: intolerance.
06/2024 - Bupropion XL 300 mg for depression (primary care); partial response; continues.
01/13/2025 - FIQR 72. Duloxetine 60 mg daily.
05/05/2025 - Duloxetine 16 weeks: FIQR 66, partial; BP 158/98, drenching sweats. Stopped: intolerance.
06/02/2025 - Pregabalin to 150 mg twice daily. PT 12 visits 04-07/2025, some benefit; home exercise.
08/18/2025 - FIQR 64. Weight up 9 kg, ankle swelling. Pregabalin stopped 08/25/2025 after 12 weeks.
10/2025 - Amitriptyline 10 mg at bedtime for sleep only (not a treatment dose).
11/10/2026 - FIQR 74, PHQ-9 14, no suicidal ideation. Works 24 hours a week (was 40). Plan: milnacipran.
""",
"other/former-plan-pharmacy-claims-2024.txt": """
CAROLINA TEXTILE WORKERS HEALTH PLAN (FICTIONAL) - PHARMACY CLAIMS HISTORY, 01/01/2024-12/31/2024
Member: Delphine Okereke   (coverage ended 12/31/2024)
03/04/2024  amitriptyline 25 mg  #30   paid
03/25/2024  amitriptyline 50 mg  #30   paid
06/12/2024  bupropion XL 300 mg  #30   paid
""",
"other/rx-fm-3-step-therapy-excerpt.txt": """
PIEDMONT CREST HEALTH (FICTIONAL) - PHARMACY STEP-THERAPY RULE RX-FM-3, Fibromyalgia Agents (2026)
Milnacipran is covered when all of the following are documented: 1. a diagnosis of fibromyalgia; 2. a trial of
duloxetine of at least 6 weeks, or intolerance; 3. a trial of pregabalin or gabapentin of at least 6 weeks, or
intolerance; 4. a trial of amitriptyline or cyclobenzaprine at 25 mg or more for at least 6 weeks, or
intolerance. Trials may be shown by pharmacy claims or by the prescriber's records.
""",
"other/physical-therapy-schedule-2025-07-08.txt": """
BULL CITY PHYSICAL THERAPY (FICTIONAL) - DAILY SCHEDULE                                 Date: 07/08/2025
9:00  D. Okereke      visit 12 of 12 (discharge)
9:45  R. Yancey       visit 3
10:30 M. Castellano   evaluation
""",
}

TRUTH = r"""
# 04 - Marketplace Silver (NC): milnacipran denied under step therapy for "amitriptyline 10 mg only"; external review by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Delphine Okereke, 49 (DOB 02/14/1977), individual Marketplace Silver plan, insured (Piedmont Crest, FICTIONAL),
  NC; fibromyalgia (M79.7) with recurrent depression (F33.1). Milnacipran (Savella) denied **08/14/2026** under
  **RX-FM-3 criterion 4**; final internal decision **10/28/2026** upheld ("Pharmacy claims show amitriptyline 10 mg
  only").
- RX-FM-3 accepts trials "by pharmacy claims or by the prescriber's records". Criterion 4: **amitriptyline 25 mg then
  50 mg, 03/04-04/22/2024 (7 weeks)**, stopped after an orthostatic fall (intolerance), **paid by her former employer
  plan** (coverage ended 12/31/2024). Criterion 2: duloxetine 60 mg 16 weeks, partial, stopped for BP 158/98 and
  sweats. Criterion 3: pregabalin 150 mg twice daily 12 weeks, partial, stopped for weight gain and swelling.
- The 10 mg amitriptyline (since 10/2025) is a sleep dose. Bupropion XL 300 mg continues (depression, partial).
- FIQR 72 -> 64 -> 74; PHQ-9 14; no suicidal ideation; works 24 of 40 hours.
- **Rule and stage:** external review (45 CFR 147.136(c)/(d), state process for an insured individual plan), **4
  months from the final internal decision: by 02/28/2027**.
- **Author:** the patient, "I".

## Deliberately unknown
- Whether North Carolina's external review takes step-therapy denials as medical necessity: not stated; a letter
  asks for review, without promising the route.
- Whether the plan ever asked the prescriber for records before deciding: not known.
- Milnacipran's cost: not in the case.

## Traps
- **A decision's statement that leaves something out:** "pharmacy claims show amitriptyline 10 mg only" is true of
  this plan's claims; the record shows what it leaves out (the 2024 trial paid by another plan). The letter says
  so, not that the plan's claims are wrong.
- **Sleep dose:** the current amitriptyline 10 mg is not the tricyclic trial.
- **Intolerances are not failures:** amitriptyline (fall), duloxetine (BP, sweats) and pregabalin (weight) were
  stopped for adverse effects; duloxetine and pregabalin also helped partly: never "no response".
- **Drug still taken:** bupropion continues; the 2016 sertraline brought remission in an earlier episode.
- **Other people:** the PT schedule lists two other patients.
- **Pain, not depression:** milnacipran is asked for fibromyalgia; no Spravato/TRD criteria.
- **Wrong law:** no ERISA (individual plan), no Medicare; parity argument not central (a pain drug).

## Arguments a strong letter makes (strongest first)
1. Criterion 4 is met under RX-FM-3's own words: amitriptyline 25-50 mg for 7 weeks in 2024, stopped for an
   orthostatic fall (intolerance), shown in the prescriber's records and the former plan's claims.
2. Criteria 1-3 are also met (diagnosis; duloxetine 16 weeks with intolerance; pregabalin 12 weeks with
   intolerance): every step has been taken.
3. The 10 mg the plan saw is a sleep dose started in 10/2025; the decision judged the wrong record.
4. Severity (FIQR 74, reduced work hours) and the plan for monitoring milnacipran.

## What a letter must NOT say
- "the plan's claims are wrong"; "amitriptyline 10 mg" as her tricyclic trial.
- "failed duloxetine", "no response to pregabalin"; "stopped bupropion"; "failed sertraline".
- "Yancey", "Castellano".
- "ERISA", "29 CFR 2560.503-1" as governing; "Medicare"; "Spravato"; "suicidal ideation".
- "my employer plan" for the current plan; "Ms. Okereke has ..." in the patient's own letter.
"""

ANSWERS = [
    ("first notice", "Date: 08/14/2026", "denial/step-therapy-denial-2026-08-14.txt"),
    ("final decision", "Date: 10/28/2026", "denial/final-internal-appeal-decision-2026-10-28.txt"),
    ("decision's words", "Pharmacy claims show amitriptyline 10 mg only", "denial/final-internal-appeal-decision-2026-10-28.txt"),
    ("external review window", "within 4 months of receiving this", "denial/final-internal-appeal-decision-2026-10-28.txt"),
    ("deadline", "by 02/28/2027", "truth"),
    ("records count", "Trials may be shown by pharmacy claims or by the prescriber's records", "other/rx-fm-3-step-therapy-excerpt.txt"),
    ("tricyclic dose", "to 50 mg on 03/25/2024", "clinical/rheumatology-notes-2024-2026.txt"),
    ("tricyclic end", "Amitriptyline stopped after 7 weeks: intolerance", "clinical/rheumatology-notes-2024-2026.txt"),
    ("paid elsewhere", "03/25/2024  amitriptyline 50 mg  #30   paid", "other/former-plan-pharmacy-claims-2024.txt"),
    ("duloxetine", "BP 158/98, drenching sweats", "clinical/rheumatology-notes-2024-2026.txt"),
    ("pregabalin", "Pregabalin stopped 08/25/2025 after 12 weeks", "clinical/rheumatology-notes-2024-2026.txt"),
    ("sleep dose", "Amitriptyline 10 mg at bedtime for sleep only", "clinical/rheumatology-notes-2024-2026.txt"),
    ("continued drug", "Bupropion XL 300 mg for depression (primary care); partial response; continues", "clinical/rheumatology-notes-2024-2026.txt"),
    ("severity", "FIQR 74, PHQ-9 14", "clinical/rheumatology-notes-2024-2026.txt"),
    ("earlier episode", "remission\non sertraline 100 mg", "clinical/rheumatology-notes-2024-2026.txt"),
    ("other person", "R. Yancey", "other/physical-therapy-schedule-2025-07-08.txt"),
]
