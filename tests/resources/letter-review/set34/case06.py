"""Set 34, case 06 (FICTIONAL): TRICARE Select, Spravato prior authorization, "one antidepressant in the current
episode" while the former psychiatrist's records, released after the decision, show two more."""

SLUG = "06-tricare-select-spravato-one-trial-said-former-psychiatrist-records-reconsideration-husband"

CASE_YAML = r"""
# FICTIONAL CASE (set 34, case 06) - every person, plan, contractor, provider, number and address is invented.
# TRICARE Select, retiree's spouse, Washington. Bettina Caraway-Nakamura, 58, was denied esketamine (Spravato)
# on 11/13/2026: "only one antidepressant trial in the current episode is documented (duloxetine)". Her current
# episode began in Texas in 11/2025, where her former psychiatrist tried sertraline and mirtazapine; those records
# were released on 11/20/2026, after the decision. Her husband, the retired sponsor, asks for reconsideration
# with her written appointment.
patient:
  name: Bettina Caraway-Nakamura
  salutation: Mrs. Caraway-Nakamura
  date_of_birth: 1968-01-30
  member_id: FICT-DBN-204417736
  address: |-
    6114 North Pearl Street
    Tacoma, WA 98407
  phone: (253) 555-0124
insurer:
  name: Cascadia Federal Health Administrators, TRICARE West Region contractor (FICTIONAL)
  appeals_address: |-
    Cascadia Federal Health Administrators - Reconsiderations (FICTIONAL)
    PO Box 30077
    Boise, ID 83707
  fax: (208) 555-0149
claim:
  number: CFH-PA-26-1028-77352
  plan_type: tricare
  notice_date: 2026-11-13
  appeal_deadline: 2027-02-11
  deadline_basis: >-
    Prior authorization denial of 11/13/2026: "You may request a reconsideration within 90 calendar days of the
    date of this letter."
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Esketamine (Spravato) is not medically necessary. Criterion 3 is not met: only one antidepressant trial in the
    current episode is documented (duloxetine). At least two are required.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer:
    name: Dr. Perpetua Olanrewaju
    specialty: psychiatry
  corrections:
    - said: Only one antidepressant trial in the current episode is documented (duloxetine).
      record: >-
        Her former psychiatrist's records, released on 11/20/2026, show two earlier trials in the same episode
        (which began 11/2025): sertraline 200 mg daily for 12 weeks (12/2025-03/2026) and mirtazapine 45 mg for 8
        weeks (04/2026-06/2026), each with no response.
      file: clinical/former-psychiatrist-records-san-antonio-released-2026-11-20.txt
      page: 1
      leaves_out: true
  action: none
treatment:
  name: Esketamine nasal spray (Spravato), induction and maintenance
  summary: >-
    Esketamine with her current duloxetine, for severe recurrent depression after sertraline and mirtazapine gave
    no response and duloxetine a partial one in the current episode.
  plan: >-
    Induction 56 mg twice weekly for 4 weeks (84 mg if tolerated), then weekly for 4 weeks; MADRS every two weeks;
    stop if MADRS has not fallen by 25 percent after induction. Duloxetine continues.
  setting: Puget Sound Interventional Psychiatry (FICTIONAL), a Spravato REMS-certified treatment center
  monitoring: Blood pressure before and at 40 and 120 minutes after each dose; observed for at least 2 hours.
  alongside: duloxetine 120 mg daily
payer_criteria:
  - criterion: "1. Age 18 or older"
    how_met: Age 58 (DOB 01/30/1968)
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-10-26.txt, page: 1}
  - criterion: "2. Diagnosis of major depressive disorder"
    how_met: Major depressive disorder, recurrent, severe without psychotic features (F33.2)
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-10-26.txt, page: 1}
  - criterion: "3. Inadequate response to at least two antidepressants, at adequate dose and duration, in the current episode"
    how_met: Sertraline 200 mg for 12 weeks and mirtazapine 45 mg for 8 weeks, no response; duloxetine 120 mg for 15 weeks, partial response
    met: true
    evidence:
      - {file: clinical/former-psychiatrist-records-san-antonio-released-2026-11-20.txt, page: 1}
      - {file: clinical/psychiatric-evaluation-2026-10-26.txt, page: 1}
  - criterion: "4. Given at a REMS-certified treatment center"
    how_met: Puget Sound Interventional Psychiatry is certified
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-10-26.txt, page: 1}
plan_policy:
  name: Cascadia Federal Health Administrators prior authorization criteria, esketamine nasal spray (FICTIONAL)
  number: PA-ESK-3
  quote: >-
    3. Inadequate response to at least two antidepressants, at adequate dose and duration, in the current
    episode.
  file: other/contractor-pa-criteria-esketamine-pa-esk-3.txt
clinical:
  severity: MADRS 33 and PHQ-9 21 on 10/26/2026
  severity_date: 2026-10-26
  suicidality: none
  suicidality_date: 2026-10-26
  episode_onset: 2025-11
  treating_since: 2026-07
  exclusions: No psychosis, no substance use, no aneurysm or uncontrolled hypertension (blood pressure 128/80).
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-12
      end: 2026-03
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks; stopped
      evidence: {file: clinical/former-psychiatrist-records-san-antonio-released-2026-11-20.txt, page: 1}
    - drug: Mirtazapine
      dose: 45 mg at bedtime
      start: 2026-04
      end: 2026-06
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks at 45 mg; stopped
      evidence: {file: clinical/former-psychiatrist-records-san-antonio-released-2026-11-20.txt, page: 1}
    - drug: Duloxetine
      dose: 120 mg daily
      start: 2026-07
      ongoing: true
      weeks: 15
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response after 15 weeks; continues, and will continue with esketamine
      evidence: {file: clinical/psychiatric-evaluation-2026-10-26.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2026-07
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/psychiatric-evaluation-2026-10-26.txt, page: 1}
impact:
  work: She left her job as a school librarian in 05/2026.
  daily_life: She spends most days in bed and no longer drives.
author:
  name: Desmond Nakamura
  role: Husband (retired sponsor) and appointed representative
  relation: representative
  authorization: other/beneficiary-appointment-2026-11-21.txt
  address: |-
    6114 North Pearl Street
    Tacoma, WA 98407
  phone: (253) 555-0125
provider:
  name: Dr. Anselm Whitlock-Ibe
  credentials: MD, psychiatry
  npi: "1760029342"
  address: |-
    3700 Pacific Avenue, Suite 5
    Tacoma, WA 98418
  phone: (253) 555-0183
prior_auth:
  requested_on: 2026-10-28
  reference: CFH-PA-26-1028-77352
record_dates:
  - file: clinical/psychiatric-evaluation-2026-10-26.txt
    date: 2026-10-26
  - file: clinical/former-psychiatrist-records-san-antonio-released-2026-11-20.txt
    date: 2026-06-10
    released: 2026-11-20
    submitted: false
  - file: clinical/primary-care-phq9-2023-stale.txt
    date: 2023-03-02
copies: [prescriber]
bates_prefix: CARAWAYNAKAMURA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/prior-authorization-denial-2026-11-13.txt": """
CASCADIA FEDERAL HEALTH ADMINISTRATORS (FICTIONAL) - TRICARE WEST REGION
PRIOR AUTHORIZATION DETERMINATION                                           Date: 11/13/2026
Beneficiary: Bettina Caraway-Nakamura   DOB 01/30/1968   DBN FICT-DBN-204417736   Plan: TRICARE Select (retiree
family member)   Page 1 of 1
Request CFH-PA-26-1028-77352, received 10/28/2026 from Dr. Anselm Whitlock-Ibe: esketamine nasal spray (J0013).
Decision: denied. Esketamine (Spravato) is not medically necessary. Criterion 3 is not met: only one antidepressant
trial in the current episode is documented (duloxetine). At least two are required.
Reviewed by: Dr. Perpetua Olanrewaju, psychiatry.
You may request a reconsideration within 90 calendar days of the date of this letter. If you request it within 3
calendar days of receiving this letter, we will decide it on an expedited basis.
""",
    "clinical/psychiatric-evaluation-2026-10-26.txt": """
PUGET SOUND INTERVENTIONAL PSYCHIATRY (FICTIONAL) - EVALUATION FOR ESKETAMINE             Date: 10/26/2026
Patient: Bettina Caraway-Nakamura   DOB 01/30/1968   Page 1 of 1
Major depressive disorder, recurrent, severe without psychotic features (F33.2). Current episode since 11/2025
(began in San Antonio; moved to Tacoma 06/2026). MADRS 33, PHQ-9 21. No suicidal thoughts. No psychosis, no
substance use; blood pressure 128/80; no aneurysm.
Here since 07/2026: duloxetine titrated to 120 mg daily, partial response after 15 weeks; continues. Trazodone
50 mg at bedtime for sleep.
Earlier trials this episode with her former psychiatrist in San Antonio (records requested 10/26/2026).
Earlier episode (2017): venlafaxine 150 mg, remission; stopped 2019.
Center is Spravato REMS-certified. Plan: esketamine 56 mg twice weekly for 4 weeks, then weekly; continue
duloxetine. Anselm Whitlock-Ibe, MD
""",
    "clinical/former-psychiatrist-records-san-antonio-released-2026-11-20.txt": """
ALAMO HEIGHTS PSYCHIATRY (FICTIONAL) - RECORDS RELEASED 11/20/2026 (visits 11/2025-06/2026)   Page 1 of 2
Patient: Caraway-Nakamura, Bettina   DOB 01/30/1968
11/18/2025: new depressive episode (recurrent), PHQ-9 19. Start sertraline.
Sertraline titrated to 200 mg daily 12/2025-03/2026: no response after 12 weeks; stopped.
Mirtazapine 45 mg at bedtime 04/2026-06/2026: no response after 8 weeks; stopped 06/10/2026 before her move.

Page 2 of 2 (misfiled in this release; another patient)
Patient: Caraway, Beatrice L.   DOB 09/02/1949   Lithium 300 mg twice daily; level 0.7.
""",
    "clinical/primary-care-phq9-2023-stale.txt": """
FORT SAM FAMILY MEDICINE (FICTIONAL) - PHQ-9                                           Date: 03/02/2023
Patient: Bettina Caraway-Nakamura   Page 1 of 1
PHQ-9 5 (in remission between episodes).
""",
    "other/contractor-pa-criteria-esketamine-pa-esk-3.txt": """
CASCADIA FEDERAL HEALTH ADMINISTRATORS (FICTIONAL) - PRIOR AUTHORIZATION CRITERIA PA-ESK-3, ESKETAMINE   Page 1 of 1
1. Age 18 or older. 2. Diagnosis of major depressive disorder. 3. Inadequate response to at least two
antidepressants, at adequate dose and duration, in the current episode. 4. Given at a REMS-certified treatment
center.
""",
    "other/beneficiary-appointment-2026-11-21.txt": """
APPOINTMENT OF REPRESENTATIVE FOR A TRICARE APPEAL (FICTIONAL FORM)                      Signed 11/21/2026
Beneficiary: Bettina Caraway-Nakamura   I appoint my husband, Desmond Nakamura, to request reconsideration for
me and to receive my health information for it.   Signed: Bettina Caraway-Nakamura
""",
}

TRUTH = r"""
# 06 - TRICARE Select: Spravato denied for "one antidepressant in the current episode"; the former psychiatrist's records, released after the decision, show two more; reconsideration asked by her husband (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Bettina Caraway-Nakamura, 58, a retiree's spouse in **TRICARE Select** (West region, Washington), has severe
  recurrent depression (F33.2), **current episode since 11/2025**; MADRS **33**, PHQ-9 21 (10/26/2026); **no
  suicidal thoughts**.
- Her psychiatrist asked on **10/28/2026** for esketamine at a REMS-certified center; the contractor denied it on
  **11/13/2026** under its criteria **PA-ESK-3 criterion 3**: "only one antidepressant trial in the current
  episode is documented (duloxetine)". The reviewer is a psychiatrist.
- The former psychiatrist's records (San Antonio), **released 11/20/2026** - after the decision, never before the
  reviewer - show **sertraline 200 mg, 12 weeks, no response** and **mirtazapine 45 mg, 8 weeks, no response** in
  the same episode. With **duloxetine 120 mg, 15 weeks, partial** (continuing), criterion 3 is met; so are 1, 2, 4.
- **Rule and stage:** TRICARE, **32 CFR 199.10** (and 199.15 for medical necessity): reconsideration by the
  regional contractor within **90 days: by 02/11/2027**; the 3-day expedited window has passed. An upheld
  medical-necessity denial can go next to the **TRICARE Quality Monitoring Contractor** (second reconsideration).
- **Author:** her husband, the retired sponsor, appointed in writing (11/21/2026); he writes about "Mrs.
  Caraway-Nakamura" / "my wife".

## Deliberately unknown
- Why the earlier records were not with the request: they had been requested 10/26/2026 and came after.
- Whether the contractor covers Spravato under the medical or pharmacy benefit in this case: not shown; the letter
  should not assert a benefit channel.
- The cost of the course.

## Traps
- **Records released after the decision:** the letter says they were not before the reviewer and asks that they be
  weighed; it must not say the reviewer ignored them.
- **Other person's record:** page 2 of the release is **Beatrice L. Caraway** (lithium): not her trial.
- **Stale form:** PHQ-9 **5** in 03/2023 (between episodes) is not current.
- **Earlier episode:** venlafaxine 150 mg in 2017 brought remission: not a failure, not in the current episode.
- **Duloxetine continues** (partial): never "failed"/"stopped"; it is the oral antidepressant she keeps taking.
- **Trazodone 50 mg** is a sleep dose.
- **Spravato label:** no suicidal-ideation indication here (no suicidal thoughts); since 2025 the TRD label does
  not require an oral antidepressant; "psychiatrist prescriber" is not a label requirement.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no state insurance department or state external review, no MHPAEA.
- The reviewer **was** a psychiatrist: no "not a psychiatrist" complaint.

## Arguments a strong letter makes, strongest first
1. Criterion 3 is met: two antidepressants with no response in the current episode (sertraline 12 weeks,
   mirtazapine 8 weeks), shown in the former psychiatrist's records released on 11/20/2026, after the decision, plus
   duloxetine's partial response; the decision's statement leaves these out.
2. Criteria 1, 2 and 4 are met (age, diagnosis, REMS center); the plan with its stopping rule.
3. Severity and loss of function (MADRS 33, PHQ-9 21, left her job, mostly in bed).
4. Reconsideration under 32 CFR 199.10 within 90 days; the record is now complete.

## What a letter must NOT say
- "only one trial", "failed duloxetine", "stopped duloxetine", "lithium" as her trial, "Beatrice", "PHQ-9 5" as
  current, "failed venlafaxine", "trazodone trial".
- "suicidal ideation", "approved for suicidal ideation", "required to take an oral antidepressant by the label".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "state insurance department", "external review", "MHPAEA".
- "the reviewer, who is not a psychiatrist".
"""

_F = "clinical/former-psychiatrist-records-san-antonio-released-2026-11-20.txt"
_E = "clinical/psychiatric-evaluation-2026-10-26.txt"
_N = "denial/prior-authorization-denial-2026-11-13.txt"
ANSWERS = [
    ("decision's statement", "only one antidepressant\ntrial in the current episode is documented (duloxetine)", _N),
    ("decision date", "Date: 11/13/2026", _N),
    ("reviewer specialty", "Dr. Perpetua Olanrewaju, psychiatry", _N),
    ("criterion 3", "Inadequate response to at least two\nantidepressants, at adequate dose and duration, in the current episode", "other/contractor-pa-criteria-esketamine-pa-esk-3.txt"),
    ("release date", "RECORDS RELEASED 11/20/2026", _F),
    ("episode onset", "11/18/2025: new depressive episode", _F),
    ("sertraline", "no response after 12 weeks; stopped", _F),
    ("mirtazapine", "no response after 8 weeks; stopped 06/10/2026", _F),
    ("duloxetine", "partial response after 15 weeks; continues", _E),
    ("severity", "MADRS 33, PHQ-9 21", _E),
    ("suicidality", "No suicidal thoughts", _E),
    ("REMS", "Spravato REMS-certified", _E),
    ("deadline", "by 02/11/2027", "truth"),
    ("other patient in the release", "Caraway, Beatrice L.", _F),
    ("earlier episode", "venlafaxine 150 mg, remission", _E),
    ("stale score", "PHQ-9 5 (in remission between episodes)", "clinical/primary-care-phq9-2023-stale.txt"),
]
