#!/usr/bin/env python3
"""FICTIONAL test-set generator: appeal-kit letters review set 85 (issue 18), clinical emphasis.
All data lives in this file. It rewrites the case folders and truth files,
then self-checks. Usage: make_set.py [--check] [NN ...]"""
import io, re, shutil, subprocess, sys
from pathlib import Path
from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
SET = 85
HEAD = "FICTIONAL DOCUMENT - appeal-kit letters test set 85, case {nn}. Every person, plan, provider, number and address is invented."
FOOT = "END OF FICTIONAL DOCUMENT (test set 85) - not a real patient, plan or provider."
TRUTH_HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
                  "What a letter must NOT say"]


def npi(base9):
    """10-digit NPI: base9 + Luhn check digit computed over 80840 + base9."""
    digits = "80840" + base9
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return base9 + str((10 - total % 10) % 10)


def luhn_ok(n10):
    s = "80840" + n10
    total = 0
    for i, d in enumerate(reversed(s)):
        n = int(d)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


# ---- DATA (FICTIONAL) : cases 01-04 ----
CASES = []

# ================= 01 Medicare Advantage PPO, TMS, internal criteria, fluoxetine "3 weeks" =================
CASES.append(dict(nn="01", slug="ma-ppo-tms-internal-criteria-fluoxetine-titration-read-as-3-weeks-lithium-by-earlier-psychiatrist-daughter",
npis={"NPI1": "152038471", "NPI2": "163904218"},
yaml=r'''
# FICTIONAL CASE (set 85, case 01) - every person, plan, provider, number and address is invented.
# Medicare Advantage PPO, PA. Pre-service TMS denied under the plan's internal criteria MA-TMS-19: "fluoxetine 3 weeks",
# "no augmentation". Record: fluoxetine 20 mg then 40 mg, 11 weeks in all; lithium augmentation by an earlier
# psychiatrist (transfer summary). Medicare's own rule (fictional LCD L99931) is fully established. Daughter writes (CMS-1696).
patient:
  name: Harriet Oyelaran-Budd
  salutation: Mrs. Oyelaran-Budd
  date_of_birth: 1955-02-19
  member_id: FICT-KHM-H22907314
  address: |-
    418 Walnut Hollow Road
    Lancaster, PA 17601
  phone: (717) 555-0112
insurer:
  name: Conestoga Heritage Medicare Advantage PPO (FICTIONAL)
  appeals_address: |-
    Conestoga Heritage Medicare Advantage, Appeals and Grievances (FICTIONAL)
    PO Box 72018
    Harrisburg, PA 17106
  fax: (717) 555-0161
claim:
  number: KHM-OD-26-1104-55218
  plan_type: medicare_advantage
  notice_date: 2026-11-12
  service_dates: [2027-01-04]
  sessions: 36
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Your request for transcranial magnetic stimulation (TMS) is denied. Conestoga Heritage criteria MA-TMS-19 require
    four antidepressant trials of at least 6 weeks at an adequate dose and one augmentation trial. Records show
    sertraline, venlafaxine and bupropion; fluoxetine was taken for 3 weeks only (40 mg from 06/02/2025), which is
    not an adequate trial. No augmentation trial is documented.
  denial_category: medical_necessity
  reviewer:
    name: Dr. Colin Marchetti-Hale
    specialty: internal medicine
  action: none
  corrections:
    - said: fluoxetine was taken for 3 weeks only (40 mg from 06/02/2025)
      record: >-
        fluoxetine was started at 20 mg on 04/07/2025 and raised to 40 mg on 06/02/2025; it was taken until
        06/23/2025, 11 weeks in all, with no response (PHQ-9 22 to 21)
      file: clinical/psychiatry-note-2026-10-28.txt
      page: 1
    - said: No augmentation trial is documented.
      record: >-
        lithium carbonate 600 mg daily was added to bupropion from 08/05/2024 for 8 weeks (level 0.6 mmol/L on
        09/03/2024), with no response, by her earlier psychiatrist Dr. Ingrid Solvang-Reyes
      file: clinical/transfer-summary-solvang-reyes-2025-03-20.txt
      page: 1
medicare_coverage:
  name: Local Coverage Determination L99931, Transcranial Magnetic Stimulation for Major Depressive Disorder (FICTIONAL)
  number: L99931
  quote: >-
    TMS is considered reasonable and necessary for a patient with a confirmed diagnosis of severe major depressive
    disorder (single or recurrent episode) who has failed to respond to at least two antidepressant medications from
    two different classes, each at an adequate dose and duration, or who could not tolerate them.
  file: other/lcd-l99931-excerpt.txt
plan_policy:
  name: Conestoga Heritage internal criteria MA-TMS-19
  number: MA-TMS-19
  quote: >-
    Four antidepressant trials of at least 6 weeks at an adequate dose, and one augmentation trial (lithium, thyroid
    hormone or a second-generation antipsychotic) of at least 6 weeks.
  file: denial/organization-determination-2026-11-12.txt
payer_criteria:
  - criterion: Confirmed diagnosis of severe major depressive disorder (L99931)
    how_met: Recurrent major depressive disorder, severe, without psychotic features (F33.2); PHQ-9 23 and HAM-D 26 on 10/28/2026.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-10-28.txt, page: 1}
  - criterion: Failed to respond to at least two antidepressants from two different classes at adequate dose and duration (L99931)
    how_met: >-
      Sertraline 200 mg 10 weeks (SSRI) no response; venlafaxine XR 225 mg 9 weeks (SNRI) partial, stopped when blood
      pressure rose; fluoxetine 20-40 mg 11 weeks (SSRI) no response; bupropion XL 300 mg (NDRI) since 2024, taken
      still, PHQ-9 23 on it.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-10-28.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation, 36 sessions (planned from January 4, 2027)
  summary: Daily TMS for severe recurrent major depression after three failed antidepressant trials, a failed lithium augmentation and a fourth antidepressant (bupropion) continued with partial response at most.
  plan: 30 daily sessions over 6 weeks, then a 6-session taper; PHQ-9 weekly; stop if no 20% improvement by session 20.
  alongside: bupropion XL 300 mg daily
clinical:
  history:
    - {drug: sertraline, dose: 200 mg daily, start: 2024-01, end: 2024-04, kind: antidepressant, weeks: 10, adequate: true, failed: true, response: none, evidence: {file: clinical/transfer-summary-solvang-reyes-2025-03-20.txt, page: 1}}
    - {drug: bupropion XL, dose: 300 mg daily, start: 2024-05, ongoing: true, kind: antidepressant, adequate: true, response: partial, outcome: "partial response at most (PHQ-9 23 on 10/28/2026); taken still", evidence: {file: clinical/psychiatry-note-2026-10-28.txt, page: 1}}
    - {drug: lithium carbonate (augmentation), dose: 600 mg daily (level 0.6 mmol/L), start: 2024-08-05, end: 2024-09-30, kind: augmentation, weeks: 8, adequate: true, failed: true, response: none, evidence: {file: clinical/transfer-summary-solvang-reyes-2025-03-20.txt, page: 1}}
    - {drug: venlafaxine XR, dose: 225 mg daily, start: 2024-10, end: 2024-12, kind: antidepressant, weeks: 9, adequate: true, failed: true, response: partial, outcome: "partial response; stopped for blood pressure 158/96", evidence: {file: clinical/transfer-summary-solvang-reyes-2025-03-20.txt, page: 1}}
    - {drug: fluoxetine, dose: "20 mg daily, then 40 mg from 2025-06-02", start: 2025-04-07, end: 2025-06-23, kind: antidepressant, weeks: 11, adequate: true, failed: true, response: none, evidence: {file: clinical/psychiatry-note-2026-10-28.txt, page: 1}}
    - {drug: mirtazapine, dose: 7.5 mg at bedtime (for sleep), start: 2025-07, ongoing: true, kind: other, outcome: sleep dose only; not an antidepressant trial, evidence: {file: clinical/psychiatry-note-2026-10-28.txt, page: 1}}
  severity: PHQ-9 23 and HAM-D 26 on 10/28/2026
  severity_date: 2026-10-28
  suicidality: passive
  suicidality_date: 2026-10-28
  episode_onset: 2023-11
  treating_since: 2025-03-20
author:
  name: Renata Oyelaran-Budd
  relation: representative
  role: Daughter and appointed representative (CMS-1696)
  address: |-
    77 Marietta Avenue
    Mount Joy, PA 17552
  phone: (717) 555-0139
  authorization: other/cms-1696-appointment-2026-11-20.txt
provider:
  name: Dr. Tobias Wennerstrom
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    1200 Fruitville Pike, Suite 4
    Lancaster, PA 17601
  phone: (717) 555-0124
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/organization-determination-2026-11-12.txt": r'''
CONESTOGA HERITAGE MEDICARE ADVANTAGE PPO (FICTIONAL)
NOTICE OF DENIAL OF MEDICAL COVERAGE
Date: 11/12/2026
Member: Harriet Oyelaran-Budd   Member ID: FICT-KHM-H22907314
Reference: KHM-OD-26-1104-55218
Requested: transcranial magnetic stimulation, codes 90867 and 90868, 36 sessions; requested by Tobias Wennerstrom, MD
Decision: DENIED.
Why: Your request for transcranial magnetic stimulation (TMS) is denied. Conestoga Heritage criteria MA-TMS-19 require
four antidepressant trials of at least 6 weeks at an adequate dose and one augmentation trial. Records show
sertraline, venlafaxine and bupropion; fluoxetine was taken for 3 weeks only (40 mg from 06/02/2025), which is
not an adequate trial. No augmentation trial is documented.
Criteria MA-TMS-19: Four antidepressant trials of at least 6 weeks at an adequate dose, and one augmentation trial
(lithium, thyroid hormone or a second-generation antipsychotic) of at least 6 weeks.
Reviewed by: Colin Marchetti-Hale, MD (internal medicine)
Your right to appeal: ask for a reconsideration within 65 days of the date of this notice. Appeals and
Grievances, PO Box 72018, Harrisburg, PA 17106; fax (717) 555-0161; 1-800-555-0162.
''',
"clinical/psychiatry-note-2026-10-28.txt": r'''
LANCASTER MOOD DISORDERS PRACTICE (FICTIONAL) - PSYCHIATRY FOLLOW-UP
Date: 10/28/2026
Patient: Harriet Oyelaran-Budd   DOB: 02/19/1955
Clinician: Tobias Wennerstrom, MD, psychiatrist (NPI {NPI1}); treating since 03/20/2025
Diagnosis: major depressive disorder, recurrent, severe, without psychotic features (F33.2). Current episode since 11/2023.
Scales today: PHQ-9 23; HAM-D (17-item) 26.
Safety: passive death wishes ("I would not mind not waking up"); denies intent or plan; no attempts ever. Safety plan reviewed with daughter Renata.
Medication history in this episode:
- sertraline 200 mg, 10 weeks (01/2024-04/2024): no response (see transfer summary).
- bupropion XL 300 mg since 05/2024: taken still; partial response at most; PHQ-9 23 on it today.
- lithium 600 mg added 08/05/2024 for 8 weeks, level 0.6: no response (Dr. Solvang-Reyes).
- venlafaxine XR 225 mg, 9 weeks (10/2024-12/2024): partial; stopped for blood pressure 158/96.
- fluoxetine 20 mg from 04/07/2025, raised to 40 mg on 06/02/2025, stopped 06/23/2025: 11 weeks in all, no response (PHQ-9 22 to 21).
- mirtazapine 7.5 mg at bedtime since 07/2025 for sleep only; not an antidepressant trial at this dose.
Plan: TMS, 30 daily sessions then 6 taper sessions; PHQ-9 weekly; continue bupropion XL 300 mg.
''',
"clinical/transfer-summary-solvang-reyes-2025-03-20.txt": r'''
SUSQUEHANNA BEHAVIORAL HEALTH (FICTIONAL) - TRANSFER OF CARE SUMMARY
Date: 03/20/2025
Patient: Harriet Oyelaran-Budd   DOB: 02/19/1955
From: Ingrid Solvang-Reyes, MD, psychiatrist (NPI {NPI2}), retiring
To: Tobias Wennerstrom, MD
Treatments in the current episode (onset 11/2023):
- sertraline titrated to 200 mg daily, 01/2024-04/2024 (10 weeks at 200 mg): no response.
- bupropion XL 300 mg daily from 05/2024: continuing; minimal benefit.
- lithium carbonate 600 mg daily added to bupropion 08/05/2024-09/30/2024 (8 weeks); level 0.6 mmol/L on 09/03/2024; no response; stopped.
- venlafaxine XR 225 mg daily 10/2024-12/2024 (9 weeks): partial response; stopped for blood pressure 158/96.
Pharmacy fills for lithium were paid under her former Part D plan.
''',
"other/lcd-l99931-excerpt.txt": r'''
LOCAL COVERAGE DETERMINATION L99931 (FICTIONAL EXCERPT FOR THIS TEST)
Transcranial Magnetic Stimulation for Major Depressive Disorder
Indications: TMS is considered reasonable and necessary for a patient with a confirmed diagnosis of severe major
depressive disorder (single or recurrent episode) who has failed to respond to at least two antidepressant
medications from two different classes, each at an adequate dose and duration, or who could not tolerate them.
''',
"other/cms-1696-appointment-2026-11-20.txt": r'''
APPOINTMENT OF REPRESENTATIVE - FORM CMS-1696 (copy, FICTIONAL)
Date signed: 11/20/2026
Beneficiary: Harriet Oyelaran-Budd, Medicare Advantage member ID FICT-KHM-H22907314
I appoint Renata Oyelaran-Budd (daughter), 77 Marietta Avenue, Mount Joy, PA 17552, phone (717) 555-0139, to act as
my representative in connection with my claim or asserted right under Title XVIII of the Social Security Act.
Signed: Harriet Oyelaran-Budd (beneficiary); Renata Oyelaran-Budd (representative), 11/20/2026.
''',
},
truth=r'''
# FICTIONAL TRUTH FILE - 01 - Medicare Advantage PPO, TMS: internal criteria; fluoxetine 11 weeks, not 3; lithium augmentation documented (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Medicare Advantage PPO; **pre-service** TMS (36 sessions planned from 01/04/2027) denied 11/12/2026 under the
  plan's **internal** criteria MA-TMS-19 (four antidepressants + one augmentation). Medicare's rule here (fictional LCD
  L99931) asks for **two** failed antidepressants from two classes, or intolerance. The plan may not add its own
  criteria where Medicare's are fully established (42 CFR 422.101(b)(6)).
- Fluoxetine: 20 mg from 04/07/2025, 40 mg from 06/02/2025, stopped 06/23/2025 = **11 weeks**, no response. The denial
  read only the 40-mg part (3 weeks).
- **Lithium 600 mg augmentation, 8 weeks, level 0.6**, no response (08/05-09/30/2024), by the earlier psychiatrist
  Dr. Ingrid Solvang-Reyes (transfer summary); paid by her former Part D plan.
- Sertraline 200 mg 10 weeks none; venlafaxine XR 225 mg 9 weeks **partial**, stopped for blood pressure 158/96
  (adequate trial, partial response, then stopped for a side effect); bupropion XL 300 mg **taken still** (partial at
  most). Mirtazapine 7.5 mg is a **sleep dose**, not a trial.
- PHQ-9 23 and HAM-D 26 on 10/28/2026; **passive** death wishes, no intent, no plan, no attempt.
- Reconsideration due 01/16/2027 (65 days from 11/12/2026, 42 CFR 422.582(b)). Daughter writes with CMS-1696.

## Deliberately unknown
- Whether the plan had the transfer summary when it decided (no fax record).
- The exact day in April 2024 sertraline was stopped (month only).
- Whether the plan will treat the request as a Part B service with a 30-day clock (TMS is not a drug: not 7 days).

## Traps
- Bupropion is continuing: not "failed and stopped"; no end date.
- Venlafaxine was a partial response stopped for raised blood pressure, not "no response".
- Mirtazapine 7.5 mg must not be counted as an antidepressant trial.
- Lithium was prescribed by Dr. Solvang-Reyes, not by Dr. Wennerstrom; lithium is augmentation, not an antidepressant.
- Suicidality is passive: no "active suicidal ideation", no "attempt".
- The reviewer is an internist; the request for a psychiatrist reviewer is proper (medical necessity).
- Medicare Advantage: no ERISA, no parity, no state external review; the next level goes to the IRE automatically.
- Not a Part B drug: no 7-day Part B drug clock.

## Arguments a strong letter makes
1. Medicare's rule L99931 decides: two failed antidepressants from two classes; she has four trials (SSRI, SNRI,
   NDRI) and more; the internal MA-TMS-19 extras may not be applied (42 CFR 422.101(b)(6)).
2. Even under MA-TMS-19: fluoxetine was 11 weeks (correct the "3 weeks"), and lithium augmentation 8 weeks at
   level 0.6 is documented (Exhibit: transfer summary).
3. Severity PHQ-9 23 / HAM-D 26 on 10/28/2026; passive death wishes; plan of care with stopping rule.
4. Ask for a reviewer with psychiatric expertise; the reconsideration is in time.

## What a letter must NOT say
- "Fluoxetine 3 weeks" as fact, or "four failed trials and bupropion stopped".
- That she has active suicidal ideation or attempted suicide.
- That mirtazapine was a failed antidepressant trial.
- "Spravato", "ketamine", ERISA (29 CFR 2560.503-1), 45 CFR 147.136, MHPAEA, state external review.
- That Dr. Wennerstrom prescribed lithium.
''',
answers=[
 ("Date of the denial notice", "Date: 11/12/2026", "denial/organization-determination-2026-11-12.txt"),
 ("Reference number", "KHM-OD-26-1104-55218", "denial/organization-determination-2026-11-12.txt"),
 ("Internal criteria the plan applied", "MA-TMS-19", "denial/organization-determination-2026-11-12.txt"),
 ("Reviewer's specialty", "(internal medicine)", "denial/organization-determination-2026-11-12.txt"),
 ("Fluoxetine start date and dose", "fluoxetine 20 mg from 04/07/2025", "clinical/psychiatry-note-2026-10-28.txt"),
 ("Total fluoxetine duration", "11 weeks in all", "clinical/psychiatry-note-2026-10-28.txt"),
 ("Lithium level during augmentation", "level 0.6 mmol/L on 09/03/2024", "clinical/transfer-summary-solvang-reyes-2025-03-20.txt"),
 ("Who prescribed the lithium", "Ingrid Solvang-Reyes, MD", "clinical/transfer-summary-solvang-reyes-2025-03-20.txt"),
 ("Why venlafaxine was stopped", "stopped for blood pressure 158/96", "clinical/transfer-summary-solvang-reyes-2025-03-20.txt"),
 ("Is bupropion still taken", "bupropion XL 300 mg since 05/2024: taken still", "clinical/psychiatry-note-2026-10-28.txt"),
 ("Mirtazapine purpose", "mirtazapine 7.5 mg at bedtime since 07/2025 for sleep only", "clinical/psychiatry-note-2026-10-28.txt"),
 ("Current scales and date", "PHQ-9 23; HAM-D (17-item) 26", "clinical/psychiatry-note-2026-10-28.txt"),
 ("Suicidality", "passive death wishes", "clinical/psychiatry-note-2026-10-28.txt"),
 ("Medicare rule's trial requirement", "at least two antidepressant medications from two different classes", "other/lcd-l99931-excerpt.txt"),
 ("Representative and form", "I appoint Renata Oyelaran-Budd (daughter)", "other/cms-1696-appointment-2026-11-20.txt"),
 ("Appeal window printed", "within 65 days of the date of this notice", "denial/organization-determination-2026-11-12.txt"),
]))

# ================= 02 Part D PDP, pimavanserin step therapy, quetiapine "effective, stopped by member" =================
CASES.append(dict(nn="02", slug="partd-pdp-pimavanserin-step-quetiapine-stopped-for-orthostatic-falls-not-by-member-levodopa-reduced-wife",
npis={"NPI1": "174620935"},
yaml=r'''
# FICTIONAL CASE (set 85, case 02) - every person, plan, provider, number and address is invented.
# Stand-alone Part D PDP, NM. Pimavanserin for Parkinson's disease psychosis, step therapy ST-PDP-3 (quetiapine first;
# dopaminergic reduction first). Denial: "quetiapine effective; discontinued by member without medical reason;
# prescriber gave no reason". Record: partial benefit, two falls with orthostatic hypotension, stopped by the
# neurologist 08/10; levodopa reduced 06/20 with motor worsening. Wife writes (CMS-1696). Redetermination.
patient:
  name: Ernesto Valdivieso-Crane
  salutation: Mr. Valdivieso-Crane
  date_of_birth: 1950-07-30
  member_id: FICT-SDR-E51730982
  address: |-
    2931 Calle Alamosa
    Santa Fe, NM 87505
  phone: (505) 555-0117
insurer:
  name: Sangre de Cristo Rx Medicare Prescription Drug Plan (FICTIONAL)
  appeals_address: |-
    Sangre de Cristo Rx, Redeterminations (FICTIONAL)
    PO Box 9340
    Albuquerque, NM 87119
  fax: (505) 555-0166
claim:
  number: SDR-CD-26-1116-80427
  plan_type: medicare_part_d
  notice_date: 2026-11-16
  diagnosis_codes: [F06.0, G20.A1]
  denial_reason: >-
    Pimavanserin requires step therapy (ST-PDP-3). Our records show quetiapine 25 mg was filled for 34 days and was
    effective (hallucinations resolved per the 07/15/2026 note); it was discontinued by the member without a
    documented medical reason. Reduction of dopaminergic medication was not tried. Your prescriber did not give a
    reason why the required drug cannot be used.
  denial_category: step_therapy
  action: none
  corrections:
    - said: it was effective (hallucinations resolved per the 07/15/2026 note)
      record: the 07/15/2026 note says the hallucinations were less frequent (from daily to 3 to 4 times a week), not resolved
      file: clinical/neurology-note-2026-07-15.txt
      page: 1
    - said: it was discontinued by the member without a documented medical reason
      record: >-
        the neurologist stopped quetiapine on 08/10/2026 after two falls with orthostatic hypotension (lying 132/78,
        standing 96/58) and an emergency visit on 08/09/2026
      file: clinical/neurology-note-2026-08-10.txt
      page: 1
    - said: Reduction of dopaminergic medication was not tried.
      record: >-
        amantadine was stopped on 06/01/2026 and carbidopa-levodopa lowered from 25/100 two tablets to one and a half
        tablets three times daily on 06/20/2026; hallucinations continued and his gait worsened with a fall, so the
        dose was restored on 07/01/2026
      file: clinical/neurology-note-2026-07-15.txt
      page: 1
    - said: Your prescriber did not give a reason why the required drug cannot be used.
      record: the prescriber's statement of 11/20/2026 gives it (orthostatic hypotension with falls on quetiapine)
      file: other/prescriber-statement-2026-11-20.txt
      page: 1
plan_policy:
  name: Sangre de Cristo Rx 2026 step therapy criteria ST-PDP-3 (pimavanserin)
  number: ST-PDP-3
  quote: >-
    Step 1: a trial of quetiapine of at least 4 weeks, unless the member could not tolerate it or it is contraindicated.
    Step 2: documentation that dopaminergic medication was reduced, or could not be reduced, without benefit.
  file: other/st-pdp-3-criteria.txt
payer_criteria:
  - criterion: "Step 1: a trial of quetiapine of at least 4 weeks, unless the member could not tolerate it or it is contraindicated."
    how_met: >-
      Quetiapine 12.5 mg then 25 mg, 06/28-08/10/2026 (about 6 weeks): partial benefit, then two falls with orthostatic
      hypotension; stopped by the neurologist (intolerance).
    met: true
    evidence: {file: clinical/neurology-note-2026-08-10.txt, page: 1}
  - criterion: "Step 2: documentation that dopaminergic medication was reduced, or could not be reduced, without benefit."
    how_met: Amantadine stopped 06/01/2026; levodopa lowered 06/20/2026, hallucinations went on and gait worsened; restored 07/01/2026.
    met: true
    evidence: {file: clinical/neurology-note-2026-07-15.txt, page: 1}
prescriber_statement:
  date: 2026-11-20
  quote: >-
    Quetiapine caused symptomatic orthostatic hypotension with two falls, one needing emergency care on 08/09/2026;
    restarting it, or any drug in the step, would put him at high risk of another fall and injury.
  file: other/prescriber-statement-2026-11-20.txt
treatment:
  name: Pimavanserin 34 mg daily (Parkinson's disease psychosis)
  summary: For hallucinations and delusions of Parkinson's disease psychosis after quetiapine caused falls and levodopa could not be lowered.
  alongside: carbidopa-levodopa 25/100, two tablets three times daily
clinical:
  history:
    - {drug: amantadine, dose: 100 mg twice daily, start: 2023-03, end: 2026-06-01, kind: other, outcome: stopped to lower dopaminergic load; hallucinations continued, evidence: {file: clinical/neurology-note-2026-07-15.txt, page: 1}}
    - {drug: carbidopa-levodopa (dose reduction), dose: "25/100, 2 tablets lowered to 1.5 tablets three times daily", start: 2026-06-20, end: 2026-07-01, kind: other, failed: true, outcome: hallucinations continued; gait worsened with a fall; dose restored, evidence: {file: clinical/neurology-note-2026-07-15.txt, page: 1}}
    - {drug: quetiapine, dose: 12.5 mg then 25 mg at bedtime, start: 2026-06-28, end: 2026-08-10, kind: other, failed: true, response: partial, outcome: "partial benefit; stopped by the neurologist after two falls with orthostatic hypotension (intolerance)", evidence: {file: clinical/neurology-note-2026-08-10.txt, page: 1}}
    - {drug: trazodone, dose: 50 mg at bedtime (for sleep), start: 2025-11, ongoing: true, kind: other, outcome: sleep only, evidence: {file: clinical/neurology-note-2026-08-10.txt, page: 1}}
  severity: hallucinations 3 to 4 times a week; SAPS-PD 14 on 11/20/2026; MoCA 24
  severity_date: 2026-11-20
  suicidality: none
  suicidality_date: 2026-11-20
alternatives:
  - treatment: quetiapine (restart)
    why_not: two falls with orthostatic hypotension on 25 mg, one needing emergency care (08/09/2026)
  - treatment: clozapine
    why_not: orthostatic hypotension and sedation, the same fall risk; the neurologist advises against it
record_dates:
  - {file: other/prescriber-statement-2026-11-20.txt, date: 2026-11-20}
  - {file: clinical/neurology-note-2026-08-10.txt, date: 2026-08-10}
author:
  name: Marisol Valdivieso-Crane
  relation: representative
  role: Wife and appointed representative (CMS-1696)
  authorization: other/cms-1696-appointment-2026-11-18.txt
provider:
  name: Dr. Anjali Fairweather-Osei
  credentials: MD, movement disorders neurologist
  npi: "{NPI1}"
  address: |-
    1600 St. Michael's Drive, Suite 300
    Santa Fe, NM 87505
  phone: (505) 555-0128
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/coverage-determination-2026-11-16.txt": r'''
SANGRE DE CRISTO RX MEDICARE PRESCRIPTION DRUG PLAN (FICTIONAL)
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date: 11/16/2026
Member: Ernesto Valdivieso-Crane   Member ID: FICT-SDR-E51730982
Case: SDR-CD-26-1116-80427
Drug: pimavanserin 34 mg capsules, 30 per 30 days. Prescriber: Anjali Fairweather-Osei, MD
Decision: denied.
Why: Pimavanserin requires step therapy (ST-PDP-3). Our records show quetiapine 25 mg was filled for 34 days and was
effective (hallucinations resolved per the 07/15/2026 note); it was discontinued by the member without a
documented medical reason. Reduction of dopaminergic medication was not tried. Your prescriber did not give a
reason why the required drug cannot be used.
You may ask for a redetermination within 65 days from the date of this notice. Fax (505) 555-0166.
''',
"clinical/neurology-note-2026-07-15.txt": r'''
SANTA FE MOVEMENT DISORDERS CLINIC (FICTIONAL) - NEUROLOGY FOLLOW-UP
Date: 07/15/2026
Patient: Ernesto Valdivieso-Crane   DOB: 07/30/1950
Clinician: Anjali Fairweather-Osei, MD
Parkinson's disease since 2017; visual hallucinations since 03/2026, now with the belief that strangers live in the house.
Dopaminergic reduction: amantadine stopped 06/01/2026. Carbidopa-levodopa lowered on 06/20/2026 from 25/100 two
tablets to one and a half tablets three times daily: hallucinations continued; gait worsened, one fall on 06/29.
Dose restored 07/01/2026.
Quetiapine started 06/28/2026 at 12.5 mg, now 25 mg at bedtime: hallucinations less frequent (from daily to 3 to 4
times a week), not resolved. Mild light-headedness on standing. Wife Marisol keeps a symptom diary.
''',
"clinical/neurology-note-2026-08-10.txt": r'''
SANTA FE MOVEMENT DISORDERS CLINIC (FICTIONAL) - NEUROLOGY VISIT
Date: 08/10/2026
Patient: Ernesto Valdivieso-Crane   DOB: 07/30/1950
Clinician: Anjali Fairweather-Osei, MD
Two falls on standing at night (08/03 and 08/09); emergency department 08/09/2026 for a scalp laceration.
Orthostatic vitals today: lying 132/78, standing 96/58.
Assessment: symptomatic orthostatic hypotension on quetiapine. Quetiapine STOPPED today by me (intolerance).
Trazodone 50 mg at bedtime continues for sleep only. Carbidopa-levodopa unchanged.
''',
"other/st-pdp-3-criteria.txt": r'''
SANGRE DE CRISTO RX (FICTIONAL) 2026 STEP THERAPY CRITERIA ST-PDP-3 - PIMAVANSERIN
Step 1: a trial of quetiapine of at least 4 weeks, unless the member could not tolerate it or it is contraindicated.
Step 2: documentation that dopaminergic medication was reduced, or could not be reduced, without benefit.
Exceptions may be requested under the plan's coverage exception process.
''',
"other/prescriber-statement-2026-11-20.txt": r'''
PRESCRIBER'S SUPPORTING STATEMENT FOR A COVERAGE EXCEPTION (FICTIONAL)
Date: 11/20/2026
Patient: Ernesto Valdivieso-Crane   Member ID: FICT-SDR-E51730982
Prescriber: Anjali Fairweather-Osei, MD (NPI {NPI1}); phone (505) 555-0128; fax (505) 555-0129
Quetiapine caused symptomatic orthostatic hypotension with two falls, one needing emergency care on 08/09/2026;
restarting it, or any drug in the step, would put him at high risk of another fall and injury.
Levodopa was lowered on 06/20/2026 without benefit to the psychosis and with worse gait; amantadine was stopped.
SAPS-PD 14 on 11/20/2026. MoCA 24. No suicidal ideation.
''',
"other/cms-1696-appointment-2026-11-18.txt": r'''
APPOINTMENT OF REPRESENTATIVE - FORM CMS-1696 (copy, FICTIONAL)
Date signed: 11/18/2026
Beneficiary: Ernesto Valdivieso-Crane, member ID FICT-SDR-E51730982
I appoint Marisol Valdivieso-Crane (wife), 2931 Calle Alamosa, Santa Fe, NM 87505, to act as my representative.
Signed by both on 11/18/2026.
''',
"other/fax-cover-2026-11-21.txt": r'''
FAX COVER SHEET (FICTIONAL)
Date: 11/21/2026
From: Lucero Ibarra-Sands, medical assistant to Dr. Fairweather-Osei; fax (505) 555-0129
To: Sangre de Cristo Rx, Redeterminations; fax (505) 555-0166
Pages: 4. Re: Ernesto Valdivieso-Crane - prescriber statement for pimavanserin. Sent to the patient's wife for her appeal.
''',
},
truth=r'''
# FICTIONAL TRUTH FILE - 02 - Part D step therapy, pimavanserin: quetiapine stopped by the neurologist for falls (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Stand-alone Part D PDP; pimavanserin 34 mg denied 11/16/2026 under step therapy ST-PDP-3. Redetermination due
  **01/20/2027** (65 days from the notice, 42 CFR 423.582(b)). Wife writes with CMS-1696.
- Quetiapine 12.5 then 25 mg, 06/28-08/10/2026: **partial** benefit ("less frequent", not "resolved"), then two falls
  with orthostatic hypotension (lying 132/78, standing 96/58), ED 08/09; **stopped by the neurologist** on 08/10/2026:
  intolerance, which step 1 accepts.
- Dopaminergic reduction **was tried**: amantadine stopped 06/01/2026; levodopa lowered 06/20/2026, no benefit, gait
  worse with a fall; restored 07/01/2026. Levodopa continues at the full dose.
- A prescriber's supporting statement dated 11/20/2026 exists (after the notice): the basis of a coverage exception
  (42 CFR 423.578(b)).
- Trazodone 50 mg is for sleep. No suicidal ideation.

## Deliberately unknown
- Whether the plan ever received the 08/10 note before deciding (no fax record for it).
- SAPS-PD before quetiapine (not recorded).

## Traps
- "Effective" and "resolved" are the denial's words; the record says less frequent (partial).
- "Discontinued by the member" is false: the neurologist stopped it.
- Lucero Ibarra-Sands (medical assistant, fax cover) is not the prescriber; Marisol is the wife, not a clinician.
- Trazodone is not an antipsychotic or a step drug.
- Levodopa was restored: do not say it is still reduced, nor that it "was never reduced".
- Part D: no ERISA, no parity, no external review by a state; no peer-to-peer demand language from ERISA.
- Clozapine is not a step of ST-PDP-3: answer it only as an alternative.

## Arguments a strong letter makes
1. Step 1 is met by intolerance: falls with measured orthostatic hypotension, stopped by the neurologist (Exhibit).
2. Step 2 is met: amantadine stopped and levodopa lowered without benefit and with harm.
3. Quote the prescriber's statement (11/20/2026) and ask for a coverage exception, 42 CFR 423.578(b); correct each
   misstatement of the notice with its source.
4. Harm from delay: psychosis with falls risk; ask for expedited handling only if a physician certifies it (not here).

## What a letter must NOT say
- That quetiapine worked or resolved the hallucinations; that the member stopped it.
- That levodopa reduction was not tried, or that levodopa is currently reduced.
- That he has suicidal ideation.
- 29 CFR 2560.503-1, 45 CFR 147.136, MHPAEA, "external review".
''',
answers=[
 ("Notice date", "Date: 11/16/2026", "denial/coverage-determination-2026-11-16.txt"),
 ("Case number", "SDR-CD-26-1116-80427", "denial/coverage-determination-2026-11-16.txt"),
 ("Step therapy rule", "ST-PDP-3", "denial/coverage-determination-2026-11-16.txt"),
 ("What the 07/15 note says about hallucinations", "hallucinations less frequent (from daily to 3 to 4 times a week), not resolved", "clinical/neurology-note-2026-07-15.txt"),
 ("Who stopped quetiapine and when", "Quetiapine STOPPED today by me (intolerance)", "clinical/neurology-note-2026-08-10.txt"),
 ("Orthostatic vitals", "lying 132/78, standing 96/58", "clinical/neurology-note-2026-08-10.txt"),
 ("Emergency visit date", "emergency department 08/09/2026", "clinical/neurology-note-2026-08-10.txt"),
 ("Amantadine stopped", "amantadine stopped 06/01/2026", "clinical/neurology-note-2026-07-15.txt"),
 ("Levodopa reduction date", "Carbidopa-levodopa lowered on 06/20/2026", "clinical/neurology-note-2026-07-15.txt"),
 ("Levodopa restored", "Dose restored 07/01/2026", "clinical/neurology-note-2026-07-15.txt"),
 ("Trazodone purpose", "Trazodone 50 mg at bedtime continues for sleep only", "clinical/neurology-note-2026-08-10.txt"),
 ("Prescriber statement date", "Date: 11/20/2026", "other/prescriber-statement-2026-11-20.txt"),
 ("Step 1 accepts intolerance", "unless the member could not tolerate it or it is contraindicated", "other/st-pdp-3-criteria.txt"),
 ("Who sent the fax", "Lucero Ibarra-Sands, medical assistant", "other/fax-cover-2026-11-21.txt"),
 ("Representative", "I appoint Marisol Valdivieso-Crane (wife)", "other/cms-1696-appointment-2026-11-18.txt"),
 ("Redetermination window", "within 65 days from the date of this notice", "denial/coverage-determination-2026-11-16.txt"),
]))

# ================= 03 separate CHIP, viloxazine step therapy; brother's methylphenidate fills read as the patient's =================
CASES.append(dict(nn="03", slug="chip-managed-care-viloxazine-step-brothers-methylphenidate-fills-read-as-patients-atomoxetine-suicidal-thoughts-mother",
npis={"NPI1": "128837465", "NPI2": "139502746"},
yaml=r'''
# FICTIONAL CASE (set 85, case 03) - every person, plan, provider, number and address is invented.
# Separate CHIP (not Medicaid), managed care, GA, member aged 13. Viloxazine ER denied under PDL step PA-ADHD-4:
# "methylphenidate ER effective and filled monthly through 10/2026; amphetamine 14 days only; atomoxetine not tried".
# Record: the monthly fills are the BROTHER's (family pharmacy printout); the patient's methylphenidate stopped 05/2026 for
# weight loss; amphetamine stopped for tics (intolerance counts); atomoxetine 2024 stopped for new suicidal thoughts.
# No EPSDT (separate CHIP). Mother writes. First plan appeal, pre-service.
patient:
  name: Joaquin Abernathy-Ruiz
  salutation: Joaquin
  date_of_birth: 2013-04-22
  member_id: FICT-PCH-J30418857
  address: |-
    56 Dogwood Circle
    Macon, GA 31204
  phone: (478) 555-0115
insurer:
  name: Altamaha Kids Health Plan, Altamaha Children's Coverage (FICTIONAL)
  appeals_address: |-
    Altamaha Kids Health Plan, Member Appeals (FICTIONAL)
    PO Box 24411
    Atlanta, GA 30324
  fax: (404) 555-0172
claim:
  number: PKH-PA-26-1106-31982
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-11-06
  diagnosis_codes: [F90.2]
  denial_reason: >-
    Viloxazine ER is non-preferred. PA-ADHD-4 requires trials of one methylphenidate product and one amphetamine
    product of at least 30 days each, and atomoxetine, unless not tolerated. Pharmacy claims show methylphenidate ER
    36 mg filled every month through 10/2026, and the school report of 04/2026 shows improvement, so the preferred
    drug is effective. The amphetamine trial was 14 days only. Atomoxetine has not been tried.
  denial_category: step_therapy
  action: none
  corrections:
    - said: Pharmacy claims show methylphenidate ER 36 mg filled every month through 10/2026
      record: >-
        the fills from 06/2026 through 10/2026 are for Joaquin's brother Mateo (date of birth 09/14/2010); Joaquin's
        last methylphenidate ER fill was 04/18/2026 and it was stopped on 05/12/2026
      file: other/family-pharmacy-printout-2026-11-10.txt
      page: 1
    - said: the school report of 04/2026 shows improvement, so the preferred drug is effective
      record: >-
        the teacher rating improved in part, but he lost 4.1 kg and fell from the 22nd to the 6th weight percentile;
        the pediatrician stopped it on 05/12/2026 for weight loss (intolerance)
      file: clinical/pediatric-note-2026-05-12.txt
      page: 1
      leaves_out: true
    - said: Atomoxetine has not been tried.
      record: >-
        atomoxetine 25 mg then 40 mg was given for 5 weeks in 2024 and stopped on 10/09/2024 when new suicidal
        thoughts appeared; they resolved after it was stopped
      file: clinical/pediatric-note-2024-10-09.txt
      page: 1
plan_policy:
  name: Altamaha Kids Health Plan Preferred Drug List criteria PA-ADHD-4 (non-preferred ADHD drugs)
  number: PA-ADHD-4
  quote: >-
    Approve a non-preferred ADHD drug when the member has had a trial of one methylphenidate product and one
    amphetamine product of at least 30 days each, and a trial of atomoxetine, unless a trial was stopped because the
    drug was not tolerated or is contraindicated.
  file: other/pa-adhd-4-criteria.txt
payer_criteria:
  - criterion: A trial of one methylphenidate product of at least 30 days, unless not tolerated
    how_met: Methylphenidate ER 27-36 mg, 02/2026-05/12/2026 (about 12 weeks); stopped for 4.1 kg weight loss.
    met: true
    evidence: {file: clinical/pediatric-note-2026-05-12.txt, page: 1}
  - criterion: A trial of one amphetamine product of at least 30 days, unless not tolerated
    how_met: Mixed amphetamine salts XR 10 mg, 05/20-06/03/2026 (14 days); stopped when motor tics began (not tolerated).
    met: true
    evidence: {file: clinical/pediatric-note-2026-06-03.txt, page: 1}
  - criterion: A trial of atomoxetine, unless not tolerated
    how_met: Atomoxetine 25-40 mg, 5 weeks in 2024; stopped 10/09/2024 for new suicidal thoughts (not tolerated).
    met: true
    evidence: {file: clinical/pediatric-note-2024-10-09.txt, page: 1}
treatment:
  name: Viloxazine extended-release 200 mg daily
  summary: A non-stimulant for ADHD after methylphenidate (weight loss), amphetamine (tics) and atomoxetine (suicidal thoughts) were not tolerated.
  alongside: guanfacine ER 2 mg daily
clinical:
  history:
    - {drug: atomoxetine, dose: 25 mg then 40 mg daily, start: 2024-09-04, end: 2024-10-09, kind: other, weeks: 5, failed: true, outcome: stopped for new passive suicidal thoughts; resolved after stopping, evidence: {file: clinical/pediatric-note-2024-10-09.txt, page: 1}}
    - {drug: guanfacine ER, dose: 2 mg daily, start: 2025-01, ongoing: true, kind: other, response: partial, outcome: partial benefit; continued with the new drug, evidence: {file: clinical/pediatric-note-2026-06-03.txt, page: 1}}
    - {drug: methylphenidate ER, dose: 27 mg then 36 mg daily, start: 2026-02, end: 2026-05-12, kind: other, weeks: 12, failed: true, response: partial, outcome: partial benefit in class; stopped for weight loss of 4.1 kg (not tolerated), evidence: {file: clinical/pediatric-note-2026-05-12.txt, page: 1}}
    - {drug: mixed amphetamine salts XR, dose: 10 mg daily, start: 2026-05-20, end: 2026-06-03, kind: other, weeks: 2, failed: true, outcome: stopped when motor tics began (not tolerated), evidence: {file: clinical/pediatric-note-2026-06-03.txt, page: 1}}
    - {drug: melatonin, dose: 3 mg at bedtime (for sleep), start: 2025-01, ongoing: true, kind: other, outcome: sleep only, evidence: {file: clinical/pediatric-note-2026-06-03.txt, page: 1}}
  severity: Vanderbilt parent rating 41 (inattention 22, hyperactivity 19) on 10/28/2026; failing two classes
  severity_date: 2026-10-28
  suicidality: none
  suicidality_date: 2026-10-28
impact:
  daily_life: Failing math and science in the fall 2026 term; two after-school detentions for leaving his seat.
record_dates:
  - {file: other/family-pharmacy-printout-2026-11-10.txt, date: 2026-11-10}
author:
  name: Lorena Abernathy-Ruiz
  relation: parent
  role: Mother
  address: |-
    56 Dogwood Circle
    Macon, GA 31204
  phone: (478) 555-0115
  email: lorena.ar@mail.example
provider:
  name: Dr. Desmond Achebe-Lindqvist
  credentials: MD, pediatrician
  npi: "{NPI1}"
  address: |-
    880 Forsyth Street
    Macon, GA 31201
  phone: (478) 555-0133
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/prior-authorization-denial-2026-11-06.txt": r'''
ALTAMAHA KIDS HEALTH PLAN (FICTIONAL) - Altamaha Children's Coverage (a separate CHIP program; not Medicaid)
NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: 11/06/2026
Member: Joaquin Abernathy-Ruiz   Member ID: FICT-PCH-J30418857   Age: 13
Reference: PKH-PA-26-1106-31982
Drug requested: viloxazine ER 200 mg daily. Prescriber: Desmond Achebe-Lindqvist, MD
Decision: denied.
Reason: Viloxazine ER is non-preferred. PA-ADHD-4 requires trials of one methylphenidate product and one amphetamine
product of at least 30 days each, and atomoxetine, unless not tolerated. Pharmacy claims show methylphenidate ER
36 mg filled every month through 10/2026, and the school report of 04/2026 shows improvement, so the preferred
drug is effective. The amphetamine trial was 14 days only. Atomoxetine has not been tried.
Appeal: you may ask for an appeal within 60 days of the date of this notice. Member Appeals, PO Box 24411,
Atlanta, GA 30324; fax (404) 555-0172. After our appeal decision you may ask for a State review.
''',
"clinical/pediatric-note-2024-10-09.txt": r'''
FORSYTH STREET PEDIATRICS (FICTIONAL) - VISIT NOTE
Date: 10/09/2024
Patient: Joaquin Abernathy-Ruiz   DOB: 04/22/2013
Clinician: Priya Halvorsen-Mbeki, MD (NPI {NPI2}), pediatrician
Atomoxetine started 09/04/2024 at 25 mg, 40 mg from 09/18/2024. Mother reports that for a week he has said he
"wishes he wasn't alive"; no plan, no intent, no self-harm. Atomoxetine STOPPED today. Safety plan with mother.
''',
"clinical/pediatric-note-2026-05-12.txt": r'''
FORSYTH STREET PEDIATRICS (FICTIONAL) - VISIT NOTE
Date: 05/12/2026
Patient: Joaquin Abernathy-Ruiz   DOB: 04/22/2013
Clinician: Desmond Achebe-Lindqvist, MD, pediatrician (NPI {NPI1})
Methylphenidate ER since 02/2026 (27 mg, 36 mg since 03/2026). Teacher Vanderbilt (04/2026): inattention improved
in part. Weight down 4.1 kg since 02/2026; weight percentile 22nd -> 6th; skipping lunch.
Plan: methylphenidate ER STOPPED for weight loss (not tolerated). Last fill 04/18/2026. Start amphetamine trial next week.
''',
"clinical/pediatric-note-2026-06-03.txt": r'''
FORSYTH STREET PEDIATRICS (FICTIONAL) - VISIT NOTE
Date: 06/03/2026
Patient: Joaquin Abernathy-Ruiz   DOB: 04/22/2013
Clinician: Desmond Achebe-Lindqvist, MD
Mixed amphetamine salts XR 10 mg since 05/20/2026. New eye-blinking and shoulder-shrug tics within 10 days.
Plan: amphetamine STOPPED (motor tics; not tolerated). Guanfacine ER 2 mg continues (partial benefit).
Melatonin 3 mg at bedtime for sleep.
Addendum 10/28/2026: Vanderbilt parent rating 41 (inattention 22, hyperactivity 19). No suicidal thoughts since 2024.
''',
"other/pa-adhd-4-criteria.txt": r'''
ALTAMAHA KIDS HEALTH PLAN (FICTIONAL) - PREFERRED DRUG LIST CRITERIA PA-ADHD-4
Approve a non-preferred ADHD drug when the member has had a trial of one methylphenidate product and one
amphetamine product of at least 30 days each, and a trial of atomoxetine, unless a trial was stopped because the
drug was not tolerated or is contraindicated.
''',
"other/family-pharmacy-printout-2026-11-10.txt": r'''
OCMULGEE FAMILY PHARMACY (FICTIONAL) - FAMILY PRESCRIPTION HISTORY, printed 11/10/2026
Account holder: Lorena Abernathy-Ruiz; phone (478) 555-0115
Patient                       DOB          Drug                      Fill date
Joaquin Abernathy-Ruiz        04/22/2013   methylphenidate ER 36 mg   03/19/2026
Joaquin Abernathy-Ruiz        04/22/2013   methylphenidate ER 36 mg   04/18/2026
Joaquin Abernathy-Ruiz        04/22/2013   amphetamine salts XR 10 mg 05/20/2026
Mateo Abernathy-Ruiz          09/14/2010   methylphenidate ER 36 mg   06/15/2026
Mateo Abernathy-Ruiz          09/14/2010   methylphenidate ER 36 mg   07/14/2026
Mateo Abernathy-Ruiz          09/14/2010   methylphenidate ER 36 mg   08/13/2026
Mateo Abernathy-Ruiz          09/14/2010   methylphenidate ER 36 mg   09/12/2026
Mateo Abernathy-Ruiz          09/14/2010   methylphenidate ER 36 mg   10/12/2026
Both children are covered under the same family case number.
''',
},
truth=r'''
# FICTIONAL TRUTH FILE - 03 - separate CHIP, viloxazine step therapy: the brother's fills, intolerance on every step (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Separate CHIP (not Medicaid), managed care, GA; Joaquin is 13. Viloxazine ER denied 11/06/2026 under PA-ADHD-4.
  First plan appeal, pre-service: **60 days from 11/06/2026 = 01/05/2027** (42 CFR 457.1260 applying
  438.402(c)(2)(ii)); then the State review (42 CFR 457.1130(b)), not a fair hearing. Mother writes (parent of a minor).
- The methylphenidate fills 06/2026-10/2026 are **Mateo's** (the brother, DOB 09/14/2010); Joaquin's last fill was
  04/18/2026, stopped 05/12/2026 for 4.1 kg weight loss (22nd -> 6th percentile): **intolerance**, after partial
  benefit (the teacher rating did improve in part: the denial's "improvement" is true as far as it goes).
- Amphetamine 14 days, stopped for motor tics: the criterion's own "unless not tolerated" covers it.
- Atomoxetine **was tried** (5 weeks, 2024), stopped 10/09/2024 for new passive suicidal thoughts, by a different
  pediatrician (Dr. Priya Halvorsen-Mbeki). None since 2024.
- Guanfacine ER 2 mg continues (partial); melatonin for sleep.

## Deliberately unknown
- Whether the plan looked up pharmacy claims by family case number or member ID.
- Viloxazine's start date (pre-service; none set).

## Traps
- EPSDT (42 USC 1396d(r)(5)) is a **Medicaid** standard: not for a separate CHIP.
- No "state fair hearing"; the next level is the State review.
- Suicidality is none now; the 2024 passive thoughts are history, caused by atomoxetine: no current-risk paragraph.
- Do not name Mateo's fills as Joaquin's, or print Mateo's data beyond what is needed (privacy).
- Guanfacine is continuing: not a failed, stopped trial.
- Do not say methylphenidate "did not work": it helped in part and was not tolerated.

## Arguments a strong letter makes
1. Every step of PA-ADHD-4 is met through its own "not tolerated" clause: methylphenidate (weight loss), amphetamine
   (tics), atomoxetine (suicidal thoughts).
2. Correct the "filled every month through 10/2026": those fills are the brother's; Joaquin's last was 04/18/2026.
3. Correct "atomoxetine not tried" with the 10/09/2024 note.
4. Ask for approval; the appeal is in time; the next level is the State review.

## What a letter must NOT say
- EPSDT, 1396d(r), "Medicaid", "fair hearing".
- That Joaquin has current suicidal ideation.
- That methylphenidate was ineffective, or that he still takes it.
- ERISA, 45 CFR 147.136, parity as a member right.
''',
answers=[
 ("Notice date", "Date: 11/06/2026", "denial/prior-authorization-denial-2026-11-06.txt"),
 ("Reference", "PKH-PA-26-1106-31982", "denial/prior-authorization-denial-2026-11-06.txt"),
 ("Program type", "a separate CHIP program; not Medicaid", "denial/prior-authorization-denial-2026-11-06.txt"),
 ("Next level", "you may ask for a State review", "denial/prior-authorization-denial-2026-11-06.txt"),
 ("Whose fills 06-10/2026", "Mateo Abernathy-Ruiz        09/14/2010   methylphenidate ER 36 mg   10/12/2026", "other/family-pharmacy-printout-2026-11-10.txt"),
 ("Joaquin's last methylphenidate fill", "Joaquin Abernathy-Ruiz        04/22/2013   methylphenidate ER 36 mg   04/18/2026", "other/family-pharmacy-printout-2026-11-10.txt"),
 ("Weight loss on methylphenidate", "Weight down 4.1 kg since 02/2026", "clinical/pediatric-note-2026-05-12.txt"),
 ("Weight percentile change", "22nd -> 6th", "clinical/pediatric-note-2026-05-12.txt"),
 ("Why methylphenidate stopped", "methylphenidate ER STOPPED for weight loss (not tolerated)", "clinical/pediatric-note-2026-05-12.txt"),
 ("Why amphetamine stopped", "amphetamine STOPPED (motor tics; not tolerated)", "clinical/pediatric-note-2026-06-03.txt"),
 ("Atomoxetine start", "Atomoxetine started 09/04/2024 at 25 mg", "clinical/pediatric-note-2024-10-09.txt"),
 ("Why atomoxetine stopped", "Atomoxetine STOPPED today", "clinical/pediatric-note-2024-10-09.txt"),
 ("Who stopped atomoxetine", "Priya Halvorsen-Mbeki, MD", "clinical/pediatric-note-2024-10-09.txt"),
 ("Current rating", "Vanderbilt parent rating 41 (inattention 22, hyperactivity 19)", "clinical/pediatric-note-2026-06-03.txt"),
 ("Intolerance clause", "unless a trial was stopped because the drug was not tolerated or is contraindicated", "other/pa-adhd-4-criteria.txt"),
 ("Appeal window", "within 60 days of the date of this notice", "denial/prior-authorization-denial-2026-11-06.txt"),
]))

# ================= 04 FEHB, deep TMS for OCD; "fluvoxamine response", "sertraline 150 mg", "no ERP"; clomipramine contraindicated =================
CASES.append(dict(nn="04", slug="fehb-deep-tms-ocd-ybocs-16pct-called-response-sertraline-200-read-as-150-erp-22-sessions-clomipramine-long-qt-patient",
npis={"NPI1": "190377254", "NPI2": "118264093"},
yaml=r'''
# FICTIONAL CASE (set 85, case 04) - every person, plan, provider, number and address is invented.
# FEHB High Option, CO. Pre-service deep TMS for OCD denied under CP-TMS-OCD-2: "fluvoxamine produced a response",
# "sertraline 150 mg is below the maximum dose", "no exposure and response prevention". Record: Y-BOCS 31 -> 26 (16%),
# sertraline 200 mg 11 weeks (first fill was 150 mg), ERP 22 sessions, aripiprazole augmentation 8 weeks; clomipramine
# contraindicated (QTc 476 ms, cardiologist). The patient writes ("I"). Carrier reconsideration.
patient:
  name: Wendeline Marchbanks-Oduya
  salutation: Ms. Marchbanks-Oduya
  date_of_birth: 1991-12-02
  member_id: FICT-FTH-W61182405
  address: |-
    1409 Pearl Street, Apt 3
    Boulder, CO 80302
  phone: (303) 555-0145
  email: wendeline.mo@mail.example
insurer:
  name: Front Range Federal Health Benefit Plan, High Option (FICTIONAL)
  appeals_address: |-
    Front Range Federal Health Benefit Plan, Reconsiderations (FICTIONAL)
    PO Box 31507
    Denver, CO 80231
  fax: (303) 555-0168
claim:
  number: FRF-PR-26-1109-44716
  plan_type: fehb
  notice_date: 2026-11-09
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F42.2]
  denial_reason: >-
    Prior approval for deep transcranial magnetic stimulation is denied. Policy CP-TMS-OCD-2 requires two failed trials
    of a serotonin reuptake inhibitor at the maximum tolerated dose for at least 10 weeks and a course of exposure and
    response prevention. Fluvoxamine produced a response (Y-BOCS 31 to 26). Sertraline 150 mg is below the maximum
    dose. Exposure and response prevention is not documented.
  denial_category: medical_necessity
  reviewer:
    name: Dr. Garrick Olufemi-Strand
    specialty: family medicine
  action: none
  corrections:
    - said: Fluvoxamine produced a response (Y-BOCS 31 to 26).
      record: >-
        Y-BOCS 31 to 26 is a 16% fall; the practice and the policy's own definition count a response as a fall of 35% or
        more, so fluvoxamine 300 mg for 12 weeks was a failed trial with partial benefit
      file: [clinical/ocd-program-summary-2026-10-30.txt, other/cp-tms-ocd-2-policy.txt]
      page: 1
    - said: Sertraline 150 mg is below the maximum dose.
      record: >-
        sertraline was raised to 200 mg on 03/10/2025 and taken at 200 mg for 11 weeks; 150 mg was only the first fill
      file: clinical/ocd-program-summary-2026-10-30.txt
      page: 1
    - said: Exposure and response prevention is not documented.
      record: 22 sessions of exposure and response prevention with Dr. Leontyne Basque-Harrow, PsyD, 01/2026-06/2026
      file: clinical/erp-therapy-summary-2026-06-30.txt
      page: 1
plan_policy:
  name: Front Range Federal clinical policy CP-TMS-OCD-2, Deep TMS for obsessive-compulsive disorder
  number: CP-TMS-OCD-2
  quote: >-
    1. Obsessive-compulsive disorder with a Y-BOCS score of 24 or more. 2. Two failed trials of a serotonin reuptake
    inhibitor at the maximum tolerated dose for at least 10 weeks each (a failed trial is a Y-BOCS fall of less than
    35%). 3. A course of exposure and response prevention of at least 12 sessions, or a reason it could not be done.
  file: other/cp-tms-ocd-2-policy.txt
payer_criteria:
  - criterion: 1. Obsessive-compulsive disorder with a Y-BOCS score of 24 or more.
    how_met: Y-BOCS 29 on 11/04/2026.
    met: true
    evidence: {file: clinical/ocd-program-summary-2026-10-30.txt, page: 1}
  - criterion: 2. Two failed trials of a serotonin reuptake inhibitor at the maximum tolerated dose for at least 10 weeks each (a failed trial is a Y-BOCS fall of less than 35%).
    how_met: Fluvoxamine 300 mg 12 weeks, Y-BOCS 31 -> 26 (16%); sertraline 200 mg 11 weeks, Y-BOCS 30 -> 29 (3%).
    met: true
    evidence: {file: clinical/ocd-program-summary-2026-10-30.txt, page: 1}
  - criterion: 3. A course of exposure and response prevention of at least 12 sessions, or a reason it could not be done.
    how_met: 22 ERP sessions 01/2026-06/2026; Y-BOCS 29 at the end.
    met: true
    evidence: {file: clinical/erp-therapy-summary-2026-06-30.txt, page: 1}
treatment:
  name: Deep transcranial magnetic stimulation for OCD, 29 sessions
  summary: Deep TMS for severe OCD after two failed serotonin reuptake inhibitor trials, aripiprazole augmentation and 22 sessions of ERP.
  plan: 29 sessions over 6 weeks with symptom provocation before each; Y-BOCS every 5 sessions; fluvoxamine continued.
  alongside: fluvoxamine 300 mg daily
clinical:
  history:
    - {drug: sertraline, dose: 150 mg then 200 mg daily, start: 2025-02-10, end: 2025-05-26, kind: antidepressant, weeks: 11, adequate: true, failed: true, response: none, outcome: "200 mg from 03/10/2025 for 11 weeks; Y-BOCS 30 to 29", evidence: {file: clinical/ocd-program-summary-2026-10-30.txt, page: 1}}
    - {drug: fluvoxamine, dose: 300 mg daily, start: 2025-07, ongoing: true, kind: antidepressant, weeks: 12, adequate: true, failed: true, response: partial, outcome: "Y-BOCS 31 to 26 (16%) by 12 weeks; continued", evidence: {file: clinical/ocd-program-summary-2026-10-30.txt, page: 1}}
    - {drug: aripiprazole (augmentation), dose: 5 mg daily, start: 2025-11, end: 2026-01, kind: augmentation, weeks: 8, adequate: true, failed: true, response: none, outcome: no benefit; stopped, evidence: {file: clinical/ocd-program-summary-2026-10-30.txt, page: 1}}
    - {drug: exposure and response prevention, dose: 22 sessions, start: 2026-01, end: 2026-06, kind: psychotherapy, sessions: 22, adequate: true, failed: true, response: none, evidence: {file: clinical/erp-therapy-summary-2026-06-30.txt, page: 1}}
    - {drug: hydroxyzine, dose: 25 mg as needed for anxiety, start: 2025-03, ongoing: true, kind: other, outcome: as needed only; not a trial, evidence: {file: clinical/ocd-program-summary-2026-10-30.txt, page: 1}}
  severity: Y-BOCS 29 on 11/04/2026; PHQ-9 12
  severity_date: 2026-11-04
  suicidality: none
  suicidality_date: 2026-11-04
  exclusions: No metal in the head, no seizure history, no implanted device (checked 10/30/2026).
alternatives:
  - treatment: clomipramine
    why_not: My QTc is 476 ms on two ECGs and my father has long QT syndrome; my cardiologist advised against a tricyclic on 10/21/2026
impact:
  work: Down to 20 hours a week as a lab technician since 08/2026; checking rituals take 4 to 5 hours a day.
author:
  name: Wendeline Marchbanks-Oduya
  relation: patient
  role: Patient
provider:
  name: Dr. Sunniva Kortright-Bello
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    2500 Arapahoe Avenue, Suite 120
    Boulder, CO 80302
  phone: (303) 555-0126
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/prior-approval-denial-2026-11-09.txt": r'''
FRONT RANGE FEDERAL HEALTH BENEFIT PLAN (FICTIONAL) - High Option, Self Only
PRIOR APPROVAL DECISION
Date: 11/09/2026
Member: Wendeline Marchbanks-Oduya   Member ID: FICT-FTH-W61182405
Reference: FRF-PR-26-1109-44716
Service: deep transcranial magnetic stimulation (90867, 90868), 29 sessions; Sunniva Kortright-Bello, MD
Decision: denied.
Reason: Prior approval for deep transcranial magnetic stimulation is denied. Policy CP-TMS-OCD-2 requires two failed trials
of a serotonin reuptake inhibitor at the maximum tolerated dose for at least 10 weeks and a course of exposure and
response prevention. Fluvoxamine produced a response (Y-BOCS 31 to 26). Sertraline 150 mg is below the maximum
dose. Exposure and response prevention is not documented.
Reviewer: Garrick Olufemi-Strand, MD, family medicine.
If you disagree, ask us in writing to reconsider within 6 months of the date of this letter (brochure Section 8).
''',
"clinical/ocd-program-summary-2026-10-30.txt": r'''
FLATIRONS OCD AND ANXIETY PROGRAM (FICTIONAL) - TREATMENT SUMMARY FOR PRIOR APPROVAL
Date: 10/30/2026 (Y-BOCS repeated 11/04/2026)
Patient: Wendeline Marchbanks-Oduya   DOB: 12/02/1991
Psychiatrist: Sunniva Kortright-Bello, MD (NPI {NPI1})
Diagnosis: obsessive-compulsive disorder, mixed obsessional thoughts and acts (F42.2).
Trials:
- sertraline: first fill 150 mg (02/10/2025), raised to 200 mg on 03/10/2025; 200 mg for 11 weeks to 05/26/2025. Y-BOCS 30 to 29.
- fluvoxamine 300 mg daily from 07/2025: Y-BOCS 31 to 26 (16%) at 12 weeks. Partial benefit, not a response (response = 35% fall). Continued.
- aripiprazole 5 mg added 11/2025 for 8 weeks: no benefit; stopped 01/2026.
- exposure and response prevention: 22 sessions with Dr. Basque-Harrow, 01/2026-06/2026 (see her summary).
- hydroxyzine 25 mg as needed for anxiety.
Clomipramine: not started. QTc 476 ms (ECGs 09/2026 and 10/2026); father has long QT syndrome. Cardiology
(Dr. Ravindra Cheng-Mwangi, 10/21/2026) advises against tricyclics.
Y-BOCS 29 on 11/04/2026. PHQ-9 12. No suicidal ideation. Screening for TMS: no metal, no seizures, no implants.
''',
"clinical/erp-therapy-summary-2026-06-30.txt": r'''
BASQUE-HARROW PSYCHOLOGY (FICTIONAL) - EXPOSURE AND RESPONSE PREVENTION SUMMARY
Date: 06/30/2026
Client: Wendeline Marchbanks-Oduya   DOB: 12/02/1991
Therapist: Leontyne Basque-Harrow, PsyD, licensed psychologist (NPI {NPI2})
22 sessions of exposure and response prevention, 01/2026-06/2026, with home practice logs.
Y-BOCS 31 at intake, 29 at session 22. Engaged and adherent; rituals persist 4 to 5 hours a day.
''',
"other/cp-tms-ocd-2-policy.txt": r'''
FRONT RANGE FEDERAL HEALTH BENEFIT PLAN (FICTIONAL) - CLINICAL POLICY CP-TMS-OCD-2 (excerpt)
Deep transcranial magnetic stimulation for obsessive-compulsive disorder. Criteria:
1. Obsessive-compulsive disorder with a Y-BOCS score of 24 or more. 2. Two failed trials of a serotonin reuptake
inhibitor at the maximum tolerated dose for at least 10 weeks each (a failed trial is a Y-BOCS fall of less than
35%). 3. A course of exposure and response prevention of at least 12 sessions, or a reason it could not be done.
''',
},
truth=r'''
# FICTIONAL TRUTH FILE - 04 - FEHB deep TMS for OCD: 16% called a response, 200 mg read as 150 mg, ERP overlooked (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- FEHB High Option; pre-service prior approval for deep TMS (29 sessions) denied 11/09/2026 under CP-TMS-OCD-2.
  Carrier reconsideration: 6 months, **by 05/09/2027** (5 CFR 890.105(b)(1)); then OPM review. The patient writes ("I").
- Fluvoxamine 300 mg 12 weeks: Y-BOCS 31 -> 26 = **16%**: by the policy's own definition (a fall under 35%) a
  **failed** trial, with partial benefit; she **still takes** fluvoxamine.
- Sertraline: 150 mg was the first fill; **200 mg for 11 weeks** (from 03/10/2025), Y-BOCS 30 -> 29.
- ERP: **22 sessions** (01-06/2026) with Dr. Leontyne Basque-Harrow, PsyD; Y-BOCS 31 -> 29.
- Aripiprazole 5 mg augmentation 8 weeks, no benefit. Hydroxyzine as needed (not a trial).
- Clomipramine not tried: QTc 476 ms, father with long QT; cardiologist Dr. Ravindra Cheng-Mwangi advises against.
- Y-BOCS 29 on 11/04/2026; no suicidal ideation. Reviewer: family medicine.

## Deliberately unknown
- Whether the carrier had the ERP summary (no fax record).
- The FDA clearance details of the device (not in the record; do not invent a date or number).

## Traps
- Psychotherapy (ERP) is not an antidepressant/SRI trial: count it under criterion 3, never among drug trials.
- Fluvoxamine continuing: no end date; "failed" here means under 35%, not "no benefit".
- The cardiologist and the psychologist are other clinicians, not the prescriber.
- FEHB: no ERISA, no ACA external review, no state insurance department, no parity citation as a right.
- The condition is OCD, not depression: no "treatment-resistant depression", PHQ-9 is secondary.
- The patient writes in the first person.

## Arguments a strong letter makes
1. Each of the three criteria is met, with exhibit and page; the policy's own 35% definition makes fluvoxamine a
   failed trial.
2. Correct the three misstatements (response, 150 mg, ERP) with sources.
3. Clomipramine is not required by the policy, and is unsafe for her (QTc 476 ms).
4. Ask for a psychiatrist reviewer; reconsideration in time; the carrier has 30 days to answer (brochure/890.105).

## What a letter must NOT say
- That fluvoxamine was stopped, or produced a response.
- That sertraline was 150 mg or below the maximum.
- That she has depression as the primary diagnosis, or suicidal ideation.
- 29 CFR 2560.503-1, 45 CFR 147.136, "external review", MHPAEA as a member right.
''',
answers=[
 ("Notice date", "Date: 11/09/2026", "denial/prior-approval-denial-2026-11-09.txt"),
 ("Reference", "FRF-PR-26-1109-44716", "denial/prior-approval-denial-2026-11-09.txt"),
 ("Reviewer specialty", "Garrick Olufemi-Strand, MD, family medicine", "denial/prior-approval-denial-2026-11-09.txt"),
 ("Reconsideration window", "within 6 months of the date of this letter", "denial/prior-approval-denial-2026-11-09.txt"),
 ("Fluvoxamine Y-BOCS change", "Y-BOCS 31 to 26 (16%) at 12 weeks", "clinical/ocd-program-summary-2026-10-30.txt"),
 ("Policy's failed-trial definition", "a failed trial is a Y-BOCS fall of less than 35%", "other/cp-tms-ocd-2-policy.txt"),
 ("Sertraline dose raised", "raised to 200 mg on 03/10/2025", "clinical/ocd-program-summary-2026-10-30.txt"),
 ("Sertraline duration at 200 mg", "200 mg for 11 weeks to 05/26/2025", "clinical/ocd-program-summary-2026-10-30.txt"),
 ("ERP sessions", "22 sessions of exposure and response prevention", "clinical/erp-therapy-summary-2026-06-30.txt"),
 ("ERP therapist", "Leontyne Basque-Harrow, PsyD", "clinical/erp-therapy-summary-2026-06-30.txt"),
 ("Augmentation", "aripiprazole 5 mg added 11/2025 for 8 weeks: no benefit", "clinical/ocd-program-summary-2026-10-30.txt"),
 ("QTc", "QTc 476 ms", "clinical/ocd-program-summary-2026-10-30.txt"),
 ("Cardiologist", "Dr. Ravindra Cheng-Mwangi, 10/21/2026", "clinical/ocd-program-summary-2026-10-30.txt"),
 ("Current Y-BOCS", "Y-BOCS 29 on 11/04/2026", "clinical/ocd-program-summary-2026-10-30.txt"),
 ("Fluvoxamine continued", "Partial benefit, not a response (response = 35% fall). Continued.", "clinical/ocd-program-summary-2026-10-30.txt"),
 ("Y-BOCS threshold", "Y-BOCS score of 24 or more", "other/cp-tms-ocd-2-policy.txt"),
]))

# ---- DATA (FICTIONAL) : cases 05-08 ----

# ================= 05 insured ERISA, expedited ECT, bipolar I depression: lithium level 0.4 drawn day 6 =================
CASES.append(dict(nn="05", slug="erisa-insured-expedited-ect-bipolar-depression-lithium-0-4-was-day-6-level-quetiapine-stopped-by-psychiatrist-physician",
npis={"NPI1": "145092783"},
yaml=r'''
# FICTIONAL CASE (set 85, case 05) - every person, plan, provider, number and address is invented.
# Insured employer plan (ERISA), WI, 800 employees. Pre-service ECT for bipolar I depression denied (UM-ECT-BP-3 crit. 2):
# "lithium level 0.4 - subtherapeutic", "quetiapine discontinued by the patient", "lamotrigine ongoing with response".
# Record: 0.4 was day 6 at 300 mg; 0.8 and 0.9 at 900 mg over 9 weeks; quetiapine stopped by the psychiatrist for
# A1c 6.6 and weight; lamotrigine continues as maintenance with MADRS 36. ECT remission in 2021. Active SI without plan.
# Treating psychiatrist writes and certifies urgency. Expedited first internal appeal.
patient:
  name: Callum Okonkwo-Linde
  salutation: Mr. Okonkwo-Linde
  date_of_birth: 1979-08-11
  member_id: FICT-BLH-C70319264
  address: |-
    3120 Lakeshore Drive
    Green Bay, WI 54311
  phone: (920) 555-0114
insurer:
  name: Badger Lakes Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Badger Lakes Health, Appeals Unit (FICTIONAL)
    PO Box 8822
    Madison, WI 53708
  fax: (608) 555-0171
claim:
  number: BLH-UM-26-1125-60193
  plan_type: employer_erisa
  funding: insured
  employees: 800
  notice_date: 2026-11-25
  service_dates: [2026-12-10]
  procedure_codes: ["90870"]
  diagnosis_codes: [F31.4]
  urgent: true
  denial_reason: >-
    Electroconvulsive therapy is not medically necessary. Criterion 2 of UM-ECT-BP-3 is not met: the lithium trial was
    not adequate (level 0.4 mmol/L, below the therapeutic range); quetiapine was discontinued by the patient; lamotrigine
    is ongoing with response. Outpatient medication optimization is appropriate.
  denial_category: medical_necessity
  reviewer:
    name: Dr. Yevgenia Sorensen-Adu
    specialty: family medicine
  action: none
  corrections:
    - said: the lithium trial was not adequate (level 0.4 mmol/L, below the therapeutic range)
      record: >-
        0.4 mmol/L was drawn on 02/03/2026, day 6 at 300 mg; at 900 mg the levels were 0.8 (03/02/2026) and 0.9
        (04/06/2026), 9 weeks in the range with no response; lithium was stopped for tremor and a TSH of 7.8
      file: clinical/lithium-levels-2026.txt
      page: 1
    - said: quetiapine was discontinued by the patient
      record: >-
        I stopped quetiapine 300 mg on 09/14/2026 after 8 weeks (MADRS 34 to 27, partial) because his A1c rose to 6.6% and he gained 9 kg
      file: clinical/psychiatry-note-2026-11-20.txt
      page: 1
    - said: lamotrigine is ongoing with response
      record: >-
        lamotrigine 200 mg is continued as maintenance against mania since 2024; the depression has worsened on it
        (MADRS 36 on 11/20/2026)
      file: clinical/psychiatry-note-2026-11-20.txt
      page: 1
plan_policy:
  name: Badger Lakes Health utilization management criteria UM-ECT-BP-3 (ECT for bipolar depression)
  number: UM-ECT-BP-3
  quote: >-
    1. Bipolar I or II disorder, current episode depressed, MADRS 30 or more. 2. Inadequate response to, or intolerance
    of, two of the following, each for at least 6 weeks: lithium at a serum level of 0.6-1.2 mmol/L, quetiapine 300 mg
    or more, lurasidone, lamotrigine 200 mg or more. 3. Or a prior response to ECT, or suicidal ideation needing rapid
    response.
  file: other/um-ect-bp-3-criteria.txt
payer_criteria:
  - criterion: 1. Bipolar I or II disorder, current episode depressed, MADRS 30 or more.
    how_met: Bipolar I disorder, current episode depressed, severe (F31.4); MADRS 36 on 11/20/2026.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-20.txt, page: 1}
  - criterion: "2. Inadequate response to, or intolerance of, two of the following, each for at least 6 weeks: lithium at a serum level of 0.6-1.2 mmol/L, quetiapine 300 mg or more, lurasidone, lamotrigine 200 mg or more."
    how_met: >-
      Lithium 900 mg, levels 0.8 and 0.9, 9 weeks, no response, then tremor and TSH 7.8; quetiapine 300 mg 8 weeks,
      partial (MADRS 34 to 27), stopped for A1c 6.6% and 9 kg gain; lamotrigine 200 mg continued with MADRS 36.
    met: true
    evidence: [{file: clinical/lithium-levels-2026.txt, page: 1}, {file: clinical/psychiatry-note-2026-11-20.txt, page: 1}]
  - criterion: 3. Or a prior response to ECT, or suicidal ideation needing rapid response.
    how_met: ECT 10 sessions in 2021 brought remission (MADRS 38 to 8); active suicidal ideation without plan on 11/20/2026.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-20.txt, page: 1}
    instead_of: 2
treatment:
  name: Electroconvulsive therapy, acute course of up to 12 treatments (from December 10, 2026)
  summary: Right unilateral ECT for severe bipolar I depression with suicidal ideation, after lithium and quetiapine failed, with remission on ECT in 2021.
  plan: Right unilateral ultrabrief ECT three times a week, up to 12 treatments; MADRS weekly; cognitive screen before treatments 1, 6 and 12.
  alongside: lamotrigine 200 mg daily
clinical:
  history:
    - {drug: electroconvulsive therapy (2021 episode), dose: 10 treatments, start: 2021-03, end: 2021-04, kind: neuromodulation, sessions: 10, adequate: true, failed: false, response: remission, outcome: "remission (MADRS 38 to 8) in the 2021 episode", evidence: {file: clinical/psychiatry-note-2026-11-20.txt, page: 1}}
    - {drug: lamotrigine, dose: 200 mg daily, start: 2024-02, ongoing: true, kind: other, outcome: maintenance against mania; depression worsened on it, evidence: {file: clinical/psychiatry-note-2026-11-20.txt, page: 1}}
    - {drug: lithium carbonate, dose: 300 mg then 900 mg daily (levels 0.8 and 0.9), start: 2026-01-28, end: 2026-04-20, kind: other, weeks: 9, adequate: true, failed: true, response: none, outcome: "no response at 0.8-0.9 mmol/L; stopped for tremor and TSH 7.8", evidence: {file: clinical/lithium-levels-2026.txt, page: 1}}
    - {drug: quetiapine, dose: 300 mg at bedtime, start: 2026-07-20, end: 2026-09-14, kind: other, weeks: 8, adequate: true, failed: true, response: partial, outcome: "partial (MADRS 34 to 27); stopped by the psychiatrist for A1c 6.6% and 9 kg gain", evidence: {file: clinical/psychiatry-note-2026-11-20.txt, page: 1}}
  severity: MADRS 36 on 11/20/2026
  severity_date: 2026-11-20
  suicidality: active
  suicidality_date: 2026-11-20
  episode_onset: 2025-12
  treating_since: 2019-06-03
  exclusions: No recent myocardial infarction, no raised intracranial pressure; anesthesia consult cleared him on 11/23/2026.
  response: ECT in 2021 brought remission, MADRS 38 to 8.
urgency:
  reason: >-
    He has active suicidal ideation without a plan, is not eating regularly, and his last episode needed ECT to
    remit; waiting 30 days for a standard decision could seriously jeopardize his life and health.
  certified_by: Dr. Matthias Engebretsen-Obi, MD
impact:
  work: On unpaid leave from his job as a high-school chemistry teacher since 10/05/2026.
author:
  name: Dr. Matthias Engebretsen-Obi
  relation: physician
  role: Treating psychiatrist
  authorization: other/patient-consent-2026-11-26.txt
provider:
  name: Dr. Matthias Engebretsen-Obi
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    1900 South Webster Avenue, Suite 210
    Green Bay, WI 54301
  phone: (920) 555-0131
peer_to_peer:
  availability: weekdays 12-1 pm
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/utilization-review-denial-2026-11-25.txt": r'''
BADGER LAKES HEALTH INSURANCE COMPANY (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: 11/25/2026
Member: Callum Okonkwo-Linde   Member ID: FICT-BLH-C70319264   Group: Fox River Paper Mills (FICTIONAL) employee plan
Reference: BLH-UM-26-1125-60193
Service: electroconvulsive therapy (90870), up to 12 treatments; provider Matthias Engebretsen-Obi, MD
Decision: not approved.
Reason: Electroconvulsive therapy is not medically necessary. Criterion 2 of UM-ECT-BP-3 is not met: the lithium trial was
not adequate (level 0.4 mmol/L, below the therapeutic range); quetiapine was discontinued by the patient; lamotrigine
is ongoing with response. Outpatient medication optimization is appropriate.
Reviewer: Yevgenia Sorensen-Adu, MD, family medicine.
You may appeal within 180 days of receiving this notice. If your situation is urgent, you may ask for an expedited
appeal by phone 1-800-555-0175 or fax (608) 555-0171; we decide expedited appeals within 72 hours.
''',
"clinical/psychiatry-note-2026-11-20.txt": r'''
BAYVIEW PSYCHIATRY (FICTIONAL) - PSYCHIATRY VISIT
Date: 11/20/2026
Patient: Callum Okonkwo-Linde   DOB: 08/11/1979
Psychiatrist: Matthias Engebretsen-Obi, MD (NPI {NPI1}); his psychiatrist since 06/03/2019
Diagnosis: bipolar I disorder, current episode depressed, severe, without psychotic features (F31.4). Episode since 12/2025.
MADRS 36 today. Active suicidal ideation ("I think about ending it most days"); no plan, no intent, no rehearsal;
firearms removed by his sister, Ingrid Okonkwo. Eating one meal a day.
Past episode 2021: ECT, 10 treatments (03/2021-04/2021): remission, MADRS 38 to 8.
This episode:
- lithium 01/28/2026-04/20/2026: see levels sheet; no response at 0.8-0.9; stopped for tremor and TSH 7.8.
- quetiapine 300 mg 07/20/2026-09/14/2026 (8 weeks): MADRS 34 to 27, partial. I stopped it on 09/14/2026 because his
  A1c rose to 6.6% and he gained 9 kg.
- lamotrigine 200 mg since 02/2024, continued as maintenance against mania; depression has worsened on it.
Plan: ECT, right unilateral ultrabrief, from 12/10/2026; continue lamotrigine.
''',
"clinical/lithium-levels-2026.txt": r'''
BAYVIEW PSYCHIATRY (FICTIONAL) - LITHIUM DOSING AND SERUM LEVELS
Patient: Callum Okonkwo-Linde   DOB: 08/11/1979
Started 01/28/2026 at 300 mg. 02/03/2026: level 0.4 mmol/L (day 6 at 300 mg; not at steady state on the target dose).
900 mg daily from 02/10/2026. 03/02/2026: level 0.8 mmol/L. 04/06/2026: level 0.9 mmol/L. TSH 04/06/2026: 7.8.
Stopped 04/20/2026: coarse tremor, TSH 7.8; no change in depression (MADRS 35 at stop).
''',
"other/um-ect-bp-3-criteria.txt": r'''
BADGER LAKES HEALTH (FICTIONAL) - UTILIZATION MANAGEMENT CRITERIA UM-ECT-BP-3
Electroconvulsive therapy for bipolar depression.
1. Bipolar I or II disorder, current episode depressed, MADRS 30 or more. 2. Inadequate response to, or intolerance
of, two of the following, each for at least 6 weeks: lithium at a serum level of 0.6-1.2 mmol/L, quetiapine 300 mg
or more, lurasidone, lamotrigine 200 mg or more. 3. Or a prior response to ECT, or suicidal ideation needing rapid
response.
''',
"other/patient-consent-2026-11-26.txt": r'''
PATIENT CONSENT TO APPEAL (FICTIONAL)
Date: 11/26/2026
I, Callum Okonkwo-Linde, ask my psychiatrist, Dr. Matthias Engebretsen-Obi, to appeal for me the denial of
electroconvulsive therapy (reference BLH-UM-26-1125-60193) and to receive the plan's decision.
Signed: Callum Okonkwo-Linde
''',
},
truth=r'''
# FICTIONAL TRUTH FILE - 05 - insured ERISA, expedited ECT for bipolar depression: the lithium level was a day-6 level (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Insured employer plan (ERISA), 800 employees; pre-service ECT denied 11/25/2026 under UM-ECT-BP-3 criterion 2.
  Expedited first internal appeal (72 hours; physician certifies, 29 CFR 2560.503-1(m)(1)(iii)); the standard window
  is 180 days after receipt. The treating psychiatrist writes ("I") and encloses the patient's consent.
- Lithium: 0.4 was **day 6 at 300 mg** (02/03/2026); at 900 mg levels **0.8 and 0.9**, 9 weeks, no response; stopped
  for tremor and TSH 7.8 (inadequate response **and** intolerance).
- Quetiapine 300 mg 8 weeks: **partial** (MADRS 34 -> 27); **stopped by the psychiatrist** for A1c 6.6% and 9 kg gain.
- Lamotrigine 200 mg **continues** as maintenance (mania prevention); depression worsened (MADRS 36). Not a response.
- Criterion 3 (an alternative path): ECT remission in 2021 (MADRS 38 -> 8), and active suicidal ideation now.
- Active SI without plan or intent on 11/20/2026; firearms removed by his sister Ingrid Okonkwo.

## Deliberately unknown
- Whether the plan saw the levels sheet (no fax record).
- The exact 2021 ECT dates (month only).

## Traps
- "Active" suicidal ideation is true, but there is **no plan, intent or attempt**: do not write "plan" or "attempt".
- Lamotrigine is ongoing: no end date, not "failed"; lithium, quetiapine and lamotrigine here are mood stabilizers /
  antipsychotic, not "antidepressants".
- The earlier-episode ECT response is a prior response, not a failed trial.
- Ingrid Okonkwo (sister) is not a clinician or the author.
- Insured plan: external review through the state process later; no 29 CFR 2590.715-2719 (self-funded) citation.
- The physician writes as the treating psychiatrist, not "the patient's representative".

## Arguments a strong letter makes
1. Criterion 2 is met: lithium 0.8-0.9 for 9 weeks (the 0.4 was before steady state on the target dose), quetiapine
   300 mg 8 weeks partial then stopped for metabolic harm; correct all three misstatements with sources.
2. Criterion 3 is met independently: prior ECT remission and suicidal ideation needing rapid response.
3. Expedited decision within 72 hours on the physician's certification; peer-to-peer offered; psychiatrist reviewer.
4. Parity (employer plan with more than 50 employees) may be raised: ECT criteria vs medical/surgical criteria.

## What a letter must NOT say
- That lithium never reached a therapeutic level, or that the patient stopped quetiapine.
- That lamotrigine produced a response, or that it was stopped.
- That he has a suicide plan or attempted suicide.
- Medicare, Medicaid, OPM, "fair hearing".
''',
answers=[
 ("Notice date", "Date: 11/25/2026", "denial/utilization-review-denial-2026-11-25.txt"),
 ("Reference", "BLH-UM-26-1125-60193", "denial/utilization-review-denial-2026-11-25.txt"),
 ("Reviewer specialty", "Yevgenia Sorensen-Adu, MD, family medicine", "denial/utilization-review-denial-2026-11-25.txt"),
 ("Expedited decision time", "we decide expedited appeals within 72 hours", "denial/utilization-review-denial-2026-11-25.txt"),
 ("When the 0.4 level was drawn", "02/03/2026: level 0.4 mmol/L (day 6 at 300 mg", "clinical/lithium-levels-2026.txt"),
 ("Lithium levels at 900 mg", "03/02/2026: level 0.8 mmol/L. 04/06/2026: level 0.9 mmol/L", "clinical/lithium-levels-2026.txt"),
 ("Why lithium stopped", "coarse tremor, TSH 7.8", "clinical/lithium-levels-2026.txt"),
 ("Quetiapine MADRS change", "MADRS 34 to 27, partial", "clinical/psychiatry-note-2026-11-20.txt"),
 ("Who stopped quetiapine and why", "I stopped it on 09/14/2026 because his A1c rose to 6.6% and he gained 9 kg", "clinical/psychiatry-note-2026-11-20.txt"),
 ("Lamotrigine status", "lamotrigine 200 mg since 02/2024, continued as maintenance against mania", "clinical/psychiatry-note-2026-11-20.txt"),
 ("Current MADRS", "MADRS 36 today", "clinical/psychiatry-note-2026-11-20.txt"),
 ("Suicidality detail", "no plan, no intent, no rehearsal", "clinical/psychiatry-note-2026-11-20.txt"),
 ("2021 ECT outcome", "remission, MADRS 38 to 8", "clinical/psychiatry-note-2026-11-20.txt"),
 ("Who removed firearms", "firearms removed by his sister, Ingrid Okonkwo", "clinical/psychiatry-note-2026-11-20.txt"),
 ("Criterion 3 words", "Or a prior response to ECT, or suicidal ideation needing rapid", "other/um-ect-bp-3-criteria.txt"),
 ("Consent", "I, Callum Okonkwo-Linde, ask my psychiatrist", "other/patient-consent-2026-11-26.txt"),
]))

# ================= 06 Marketplace, IV ketamine: "venlafaxine response 22->13", "tramadol current" =================
CASES.append(dict(nn="06", slug="marketplace-iv-ketamine-phq9-22-to-13-called-response-tramadol-stopped-july-escitalopram-prior-episode-patient",
npis={"NPI1": "167385021", "NPI2": "121904683"},
yaml=r'''
# FICTIONAL CASE (set 85, case 06) - every person, plan, provider, number and address is invented.
# Marketplace Silver, insured, GA. Pre-service IV ketamine denied under MP-KET-52: crit. 2 "venlafaxine produced a
# response (PHQ-9 22 to 13)" and crit. 4 "current opioid (tramadol)". Record: 41% is under the policy's 50% (an
# inadequate response); venlafaxine continues; tramadol stopped 07/14/2026 (last fill 06/18). Escitalopram remission
# was the 2019 episode. Mirtazapine 7.5 mg for sleep. The patient writes ("I"). First internal appeal.
patient:
  name: Thaddeus Ngata-Whitlow
  salutation: Mr. Ngata-Whitlow
  date_of_birth: 1986-05-27
  member_id: FICT-PMH-T44827105
  address: |-
    905 Ponce de Leon Avenue NE, Unit 12
    Atlanta, GA 30306
  phone: (404) 555-0147
  email: t.ngata.whitlow@mail.example
insurer:
  name: Kennesaw Ridge Marketplace Health, Silver 2026 (FICTIONAL)
  appeals_address: |-
    Kennesaw Ridge Marketplace Health, Member Appeals (FICTIONAL)
    PO Box 105532
    Atlanta, GA 30348
  fax: (404) 555-0173
claim:
  number: PMH-PA-26-1030-27754
  plan_type: individual_aca
  notice_date: 2026-10-30
  procedure_codes: ["96365", "J3490"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Ketamine infusion is not approved. MP-KET-52 criterion 2 is not met: venlafaxine produced a response (PHQ-9 22 to
    13) and should be continued. Criterion 4 is not met: the member has current opioid use (tramadol).
  denial_category: medical_necessity
  reviewer:
    name: Dr. Beatrix Holloway-Nunez
    specialty: anesthesiology
  action: none
  corrections:
    - said: venlafaxine produced a response (PHQ-9 22 to 13)
      record: >-
        PHQ-9 22 to 13 is a 41% fall; MP-KET-52 defines an inadequate response as a fall of less than 50%, so the
        venlafaxine trial (225 mg, 12 weeks) was an inadequate response; I still take it
      file: [clinical/psychiatry-note-2026-10-14.txt, other/mp-ket-52-policy.txt]
      page: 1
    - said: the member has current opioid use (tramadol)
      record: >-
        tramadol was stopped by my pain physician on 07/14/2026; the last fill was 06/18/2026 (30 tablets); I take
        meloxicam and go to physical therapy
      file: [clinical/pain-clinic-note-2026-07-14.txt, other/pharmacy-history-2026-10-20.txt]
      page: 1
plan_policy:
  name: Kennesaw Ridge Marketplace Health medical policy MP-KET-52 (intravenous ketamine for depression)
  number: MP-KET-52
  quote: >-
    1. Major depressive disorder with PHQ-9 of 15 or more within 30 days. 2. Two antidepressant trials in the current
    episode at an adequate dose for at least 6 weeks with inadequate response (less than a 50% fall in PHQ-9 or
    MADRS). 3. No active substance use disorder. 4. No current opioid use.
  file: other/mp-ket-52-policy.txt
payer_criteria:
  - criterion: 1. Major depressive disorder with PHQ-9 of 15 or more within 30 days.
    how_met: PHQ-9 20 on 10/14/2026 (request sent 10/16/2026).
    met: true
    evidence: {file: clinical/psychiatry-note-2026-10-14.txt, page: 1}
  - criterion: 2. Two antidepressant trials in the current episode at an adequate dose for at least 6 weeks with inadequate response.
    how_met: Bupropion XL 300 mg 8 weeks, PHQ-9 21 to 20 (5%); venlafaxine XR 225 mg 12 weeks, PHQ-9 22 to 13 (41%), both in the episode since 02/2025.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-10-14.txt, page: 1}
  - criterion: 3. No active substance use disorder.
    how_met: No substance use disorder; AUDIT-C 1; urine drug screen 10/14/2026 negative.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-10-14.txt, page: 1}
  - criterion: 4. No current opioid use.
    how_met: Tramadol stopped 07/14/2026, last fill 06/18/2026.
    met: true
    evidence: [{file: clinical/pain-clinic-note-2026-07-14.txt, page: 1}, {file: other/pharmacy-history-2026-10-20.txt, page: 1}]
treatment:
  name: Intravenous ketamine, six infusions over three weeks
  summary: IV ketamine for recurrent severe depression after two inadequate antidepressant trials in this episode.
  plan: 0.5 mg/kg over 40 minutes, twice weekly for 3 weeks; PHQ-9 before each infusion; stop if PHQ-9 has not fallen 25% by infusion 4.
  alongside: venlafaxine XR 225 mg daily
clinical:
  history:
    - {drug: escitalopram (2019 episode), dose: 20 mg daily, start: 2019-03, end: 2020-06, kind: antidepressant, response: remission, failed: false, outcome: remission in the 2019 episode; tapered off in 2020, evidence: {file: clinical/psychiatry-note-2026-10-14.txt, page: 1}}
    - {drug: bupropion XL, dose: 300 mg daily, start: 2025-03, end: 2025-05, kind: antidepressant, weeks: 8, adequate: true, failed: true, response: none, outcome: "PHQ-9 21 to 20", evidence: {file: clinical/psychiatry-note-2026-10-14.txt, page: 1}}
    - {drug: venlafaxine XR, dose: 225 mg daily, start: 2026-01, ongoing: true, kind: antidepressant, weeks: 12, adequate: true, failed: true, response: partial, outcome: "PHQ-9 22 to 13 (41%) at 12 weeks, back to 20 by 10/2026; continued", evidence: {file: clinical/psychiatry-note-2026-10-14.txt, page: 1}}
    - {drug: mirtazapine, dose: 7.5 mg at bedtime (for sleep), start: 2025-06, ongoing: true, kind: other, outcome: sleep only, evidence: {file: clinical/psychiatry-note-2026-10-14.txt, page: 1}}
    - {drug: tramadol (for back pain), dose: 50 mg up to twice daily, start: 2025-11, end: 2026-07-14, kind: other, outcome: stopped by the pain physician; last fill 06/18/2026, evidence: {file: clinical/pain-clinic-note-2026-07-14.txt, page: 1}}
  severity: PHQ-9 20 on 10/14/2026 (22 to 13 on venlafaxine by 04/2026, back to 20)
  severity_date: 2026-10-14
  suicidality: passive
  suicidality_date: 2026-10-14
  episode_onset: 2025-02
  treating_since: 2025-02-18
  exclusions: No psychosis, no uncontrolled hypertension (124/80), no substance use disorder (AUDIT-C 1; urine drug screen negative 10/14/2026).
impact:
  work: I work half days as a freight dispatcher since 09/2026.
author:
  name: Thaddeus Ngata-Whitlow
  relation: patient
  role: Patient
provider:
  name: Dr. Odalys Ferreira-Quist
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    1100 Peachtree Street NE, Suite 800
    Atlanta, GA 30309
  phone: (404) 555-0136
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/prior-authorization-denial-2026-10-30.txt": r'''
KENNESAW RIDGE MARKETPLACE HEALTH (FICTIONAL) - Silver 2026, individual coverage bought through the Marketplace
NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: 10/30/2026
Member: Thaddeus Ngata-Whitlow   Member ID: FICT-PMH-T44827105
Reference: PMH-PA-26-1030-27754
Service: ketamine infusion (96365, J3490), 6 infusions; Odalys Ferreira-Quist, MD
Decision: not approved.
Reason: Ketamine infusion is not approved. MP-KET-52 criterion 2 is not met: venlafaxine produced a response (PHQ-9 22 to
13) and should be continued. Criterion 4 is not met: the member has current opioid use (tramadol).
Reviewer: Beatrix Holloway-Nunez, MD, anesthesiology.
You may appeal within 180 days of receiving this notice. After our final decision you may ask for an external review.
''',
"clinical/psychiatry-note-2026-10-14.txt": r'''
MIDTOWN MOOD CLINIC (FICTIONAL) - PSYCHIATRY VISIT
Date: 10/14/2026
Patient: Thaddeus Ngata-Whitlow   DOB: 05/27/1986
Psychiatrist: Odalys Ferreira-Quist, MD (NPI {NPI1}); treating since 02/18/2025
Diagnosis: major depressive disorder, recurrent, severe (F33.2). Current episode since 02/2025.
Past episode 2019: escitalopram 20 mg, remission; tapered off 2020.
This episode:
- bupropion XL 300 mg, 03/2025-05/2025 (8 weeks): PHQ-9 21 to 20. Stopped.
- venlafaxine XR 225 mg since 01/2026: PHQ-9 22 to 13 at 12 weeks (41%, an inadequate response under 50%), back to 20 now. Continued.
- mirtazapine 7.5 mg at bedtime since 06/2025, for sleep only.
PHQ-9 20 today. Passive death wishes, no intent or plan. AUDIT-C 1. Urine drug screen today: negative.
Tramadol: stopped by his pain physician in July (see her note). BP 124/80.
Plan: IV ketamine, 6 infusions; continue venlafaxine.
''',
"clinical/pain-clinic-note-2026-07-14.txt": r'''
GRANT PARK SPINE AND PAIN (FICTIONAL) - VISIT NOTE
Date: 07/14/2026
Patient: Thaddeus Ngata-Whitlow   DOB: 05/27/1986
Physician: Henrike Obasanjo-Lund, MD, pain medicine (NPI {NPI2})
Chronic low back pain after 2024 lifting injury. Tramadol 50 mg up to twice daily since 11/2025: DISCONTINUED today
(little benefit; serotonergic interaction with venlafaxine). Meloxicam 15 mg daily and physical therapy twice weekly.
''',
"other/pharmacy-history-2026-10-20.txt": r'''
EASTSIDE PHARMACY (FICTIONAL) - PRESCRIPTION HISTORY, printed 10/20/2026
Patient: Thaddeus Ngata-Whitlow   DOB: 05/27/1986
tramadol 50 mg, 30 tablets - last fill 06/18/2026 - no refills remaining; no opioid fill since.
venlafaxine XR 225 mg - filled monthly, last 10/09/2026.
mirtazapine 7.5 mg - last 10/09/2026. meloxicam 15 mg - last 10/02/2026.
''',
"other/mp-ket-52-policy.txt": r'''
KENNESAW RIDGE MARKETPLACE HEALTH (FICTIONAL) - MEDICAL POLICY MP-KET-52 (excerpt)
Intravenous ketamine for depression. Criteria:
1. Major depressive disorder with PHQ-9 of 15 or more within 30 days. 2. Two antidepressant trials in the current
episode at an adequate dose for at least 6 weeks with inadequate response (less than a 50% fall in PHQ-9 or
MADRS). 3. No active substance use disorder. 4. No current opioid use.
''',
},
truth=r'''
# FICTIONAL TRUTH FILE - 06 - Marketplace, IV ketamine: a 41% fall called a response; tramadol stopped in July (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marketplace Silver (individual_aca), insured, GA. Pre-service IV ketamine (6 infusions) denied 10/30/2026 under
  MP-KET-52 criteria 2 and 4. First internal appeal: 180 days after receipt (45 CFR 147.136(b)(3)); then external
  review. The patient writes ("I").
- Venlafaxine XR 225 mg 12 weeks: PHQ-9 22 -> 13 = **41%**, under the policy's own 50% line: an **inadequate**
  (partial) response; PHQ-9 back to 20 on 10/14/2026; he **still takes** venlafaxine.
- Bupropion XL 300 mg 8 weeks in this episode, PHQ-9 21 -> 20: failed. So **two** current-episode trials.
- Escitalopram remission was the **2019** episode: not a current-episode trial and not a failed one.
- Tramadol stopped **07/14/2026** by the pain physician Dr. Henrike Obasanjo-Lund; last fill 06/18/2026. No opioid since.
- Mirtazapine 7.5 mg is a sleep dose. Passive death wishes only. UDS negative, AUDIT-C 1.

## Deliberately unknown
- Whether the plan had the pain clinic note when it decided.
- The exact day venlafaxine was started (month only).

## Traps
- Escitalopram must not be counted as a failed trial or a current-episode trial.
- Venlafaxine: "partial", "inadequate response", continuing; not "no response", not stopped.
- Tramadol is a pain medicine and an opioid: it was used, then stopped; do not say "never used opioids".
- Mirtazapine 7.5 mg is not an antidepressant trial.
- The reviewer is an anesthesiologist: not a psychiatrist (may be said).
- Individual coverage: no ERISA citations (29 CFR 2560.503-1 only as applied by 147.136(b)(3)), no 29 CFR 2590.715-2719.

## Arguments a strong letter makes
1. Criterion 2 is met by the policy's own 50% definition: bupropion (5%) and venlafaxine (41%).
2. Criterion 4 is met: tramadol stopped 07/14/2026, last fill 06/18/2026 (pain clinic note and pharmacy history).
3. Criteria 1 and 3 met (PHQ-9 20 on 10/14/2026; no SUD, negative screen).
4. Ask for a psychiatrist reviewer; external review available after the final internal decision; parity may be raised.

## What a letter must NOT say
- That venlafaxine produced a response or was stopped.
- That he takes tramadol or any opioid now.
- That escitalopram failed.
- Medicare, Medicaid, OPM, ERISA's "name and qualifications" as a duty of this plan beyond what 147.136 applies.
''',
answers=[
 ("Notice date", "Date: 10/30/2026", "denial/prior-authorization-denial-2026-10-30.txt"),
 ("Reference", "PMH-PA-26-1030-27754", "denial/prior-authorization-denial-2026-10-30.txt"),
 ("Reviewer specialty", "Beatrix Holloway-Nunez, MD, anesthesiology", "denial/prior-authorization-denial-2026-10-30.txt"),
 ("Plan type printed", "individual coverage bought through the Marketplace", "denial/prior-authorization-denial-2026-10-30.txt"),
 ("Policy's inadequate-response definition", "less than a 50% fall in PHQ-9 or", "other/mp-ket-52-policy.txt"),
 ("Venlafaxine PHQ-9 change", "PHQ-9 22 to 13 at 12 weeks (41%, an inadequate response under 50%)", "clinical/psychiatry-note-2026-10-14.txt"),
 ("Venlafaxine continued", "back to 20 now. Continued.", "clinical/psychiatry-note-2026-10-14.txt"),
 ("Bupropion trial", "bupropion XL 300 mg, 03/2025-05/2025 (8 weeks): PHQ-9 21 to 20", "clinical/psychiatry-note-2026-10-14.txt"),
 ("Escitalopram episode", "Past episode 2019: escitalopram 20 mg, remission", "clinical/psychiatry-note-2026-10-14.txt"),
 ("Current PHQ-9", "PHQ-9 20 today", "clinical/psychiatry-note-2026-10-14.txt"),
 ("Urine drug screen", "Urine drug screen today: negative", "clinical/psychiatry-note-2026-10-14.txt"),
 ("Tramadol stop date", "DISCONTINUED today", "clinical/pain-clinic-note-2026-07-14.txt"),
 ("Pain physician", "Henrike Obasanjo-Lund, MD, pain medicine", "clinical/pain-clinic-note-2026-07-14.txt"),
 ("Last tramadol fill", "last fill 06/18/2026", "other/pharmacy-history-2026-10-20.txt"),
 ("Mirtazapine purpose", "mirtazapine 7.5 mg at bedtime since 06/2025, for sleep only", "clinical/psychiatry-note-2026-10-14.txt"),
 ("Appeal window", "within 180 days of receiving this notice", "denial/prior-authorization-denial-2026-10-30.txt"),
]))

# ================= 07 governmental self-funded county plan, Spravato: brother's suicide history read as the patient's =================
CASES.append(dict(nn="07", slug="county-self-funded-spravato-brothers-suicidal-plan-in-family-history-read-as-patients-escitalopram-intolerance-counts-advocate",
npis={"NPI1": "183026549"},
yaml=r'''
# FICTIONAL CASE (set 85, case 07) - every person, plan, provider, number and address is invented.
# County employees' plan, self-funded, not grandfathered, MO, 2,400 employees. Spravato denied under MP-ESK-8:
# crit. 3 "active suicidal ideation with plan documented 10/02/2026 - higher level of care" (that line is the
# BROTHER's history in the family-history section; the patient's C-SSRS: passive only) and crit. 2 "escitalopram
# 3 weeks, not adequate" (policy counts a trial stopped for side effects). Sertraline continues. Nonprofit advocate writes.
patient:
  name: Delphine Achterhof-Mwale
  salutation: Ms. Achterhof-Mwale
  date_of_birth: 1988-01-15
  member_id: FICT-GCE-D90271648
  address: |-
    2214 East Cherry Street
    Springfield, MO 65802
  phone: (417) 555-0119
insurer:
  name: Sac River County Employee Health Plan (FICTIONAL), administered by Ozark Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Ozark Benefit Administrators, Appeals for the Sac River County Employee Health Plan (FICTIONAL)
    PO Box 4470
    Springfield, MO 65808
  fax: (417) 555-0174
claim:
  number: GCE-UM-26-1118-71305
  plan_type: governmental
  funding: self_funded
  grandfathered: false
  employees: 2400
  notice_date: 2026-11-18
  procedure_codes: ["J0013"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Esketamine nasal spray is not approved. MP-ESK-8 criterion 3 is not met: the 10/02/2026 psychiatric evaluation
    documents active suicidal ideation with a plan; the member requires a higher level of care. Criterion 2 is not
    met: escitalopram was taken for 3 weeks, which is not an adequate trial.
  denial_category: medical_necessity
  reviewer:
    name: Dr. Franklin Oyelowo-Brandt
    specialty: psychiatry
  action: none
  corrections:
    - said: the 10/02/2026 psychiatric evaluation documents active suicidal ideation with a plan
      record: >-
        the line about active suicidal ideation with a plan is in the family history and is about her brother (Dale,
        2019); her own Columbia screen that day was passive (wish to be dead: yes; active thoughts, method, intent,
        plan, behavior: no)
      file: clinical/psychiatric-evaluation-2026-10-02.txt
      page: 1
    - said: escitalopram was taken for 3 weeks, which is not an adequate trial
      record: >-
        escitalopram 20 mg was stopped after 3 weeks for persistent vomiting and a 3 kg weight loss; criterion 2 counts a
        trial stopped earlier for side effects
      file: [clinical/psychiatric-evaluation-2026-10-02.txt, other/mp-esk-8-policy.txt]
      page: 1
      leaves_out: true
plan_policy:
  name: Sac River County Employee Health Plan medical policy MP-ESK-8 (esketamine nasal spray)
  number: MP-ESK-8
  quote: >-
    1. Major depressive disorder. 2. Two antidepressants in the current episode, each at an adequate dose for at least
    6 weeks or stopped earlier because of side effects. 3. No active suicidal ideation with a plan or intent that
    requires inpatient care. 4. Given in a treatment center certified under the REMS program.
  file: other/mp-esk-8-policy.txt
payer_criteria:
  - criterion: 1. Major depressive disorder.
    how_met: Major depressive disorder, recurrent, severe (F33.2); PHQ-9 22, MADRS 33 on 10/02/2026.
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-10-02.txt, page: 1}
  - criterion: 2. Two antidepressants in the current episode, each at an adequate dose for at least 6 weeks or stopped earlier because of side effects.
    how_met: Escitalopram 20 mg stopped at 3 weeks for vomiting and weight loss; venlafaxine XR 225 mg 8 weeks no response; sertraline 200 mg 10 weeks partial, continued.
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-10-02.txt, page: 1}
  - criterion: 3. No active suicidal ideation with a plan or intent that requires inpatient care.
    how_met: Columbia screen 10/02/2026 and 11/20/2026 - passive wish to be dead only; no plan, intent or behavior; outpatient safety plan.
    met: true
    evidence: [{file: clinical/psychiatric-evaluation-2026-10-02.txt, page: 1}, {file: clinical/follow-up-note-2026-11-20.txt, page: 1}]
  - criterion: 4. Given in a treatment center certified under the REMS program.
    how_met: Cherry Street Behavioral Health is REMS-certified (center number on the request).
    met: true
    evidence: {file: clinical/follow-up-note-2026-11-20.txt, page: 1}
treatment:
  name: Esketamine nasal spray (Spravato), induction 56-84 mg twice weekly for 4 weeks
  summary: Spravato for treatment-resistant depression after escitalopram (side effects), venlafaxine (no response) and sertraline (partial, continued).
  plan: 56 mg then 84 mg twice weekly for 4 weeks, then weekly; two hours of observation with blood pressure checks; PHQ-9 every 2 weeks.
  setting: Cherry Street Behavioral Health, a REMS-certified treatment center
  alongside: sertraline 200 mg daily
clinical:
  history:
    - {drug: escitalopram, dose: 20 mg daily, start: 2025-09-08, end: 2025-09-29, kind: antidepressant, weeks: 3, adequate: false, failed: true, outcome: stopped for persistent vomiting and 3 kg weight loss (side effects), evidence: {file: clinical/psychiatric-evaluation-2026-10-02.txt, page: 1}}
    - {drug: venlafaxine XR, dose: 225 mg daily, start: 2025-10, end: 2026-01, kind: antidepressant, weeks: 8, adequate: true, failed: true, response: none, evidence: {file: clinical/psychiatric-evaluation-2026-10-02.txt, page: 1}}
    - {drug: sertraline, dose: 200 mg daily, start: 2026-06, ongoing: true, kind: antidepressant, weeks: 10, adequate: true, response: partial, outcome: "partial (PHQ-9 25 to 22); continued with Spravato", evidence: {file: clinical/psychiatric-evaluation-2026-10-02.txt, page: 1}}
    - {drug: trazodone, dose: 50 mg at bedtime (for sleep), start: 2025-11, ongoing: true, kind: other, outcome: sleep only, evidence: {file: clinical/psychiatric-evaluation-2026-10-02.txt, page: 1}}
    - {drug: cognitive behavioral therapy, dose: 16 sessions, start: 2026-02, end: 2026-06, kind: psychotherapy, sessions: 16, adequate: true, failed: true, response: none, evidence: {file: clinical/psychiatric-evaluation-2026-10-02.txt, page: 1}}
  severity: PHQ-9 21 and MADRS 31 on 11/20/2026
  severity_date: 2026-11-20
  suicidality: passive
  suicidality_date: 2026-11-20
  episode_onset: 2025-07
  exclusions: No psychosis, no aneurysmal vascular disease, BP 122/76, no substance use disorder (checked 10/02/2026).
record_dates:
  - {file: clinical/follow-up-note-2026-11-20.txt, date: 2026-11-20}
  - {file: clinical/psychiatric-evaluation-2026-10-02.txt, date: 2026-10-02}
author:
  name: Imogen Katsaros-Bell
  relation: representative
  role: Patient advocate, Ozark Mental Health Advocacy Project (FICTIONAL nonprofit)
  address: |-
    300 South Jefferson Avenue, Suite 5
    Springfield, MO 65806
  phone: (417) 555-0142
  email: ikb@ozarkadvocacy.example
  authorization: other/authorized-representative-form-2026-11-23.txt
provider:
  name: Dr. Rashida Lindqvist-Amadi
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    1750 East Cherry Street
    Springfield, MO 65802
  phone: (417) 555-0125
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/adverse-benefit-determination-2026-11-18.txt": r'''
SAC RIVER COUNTY EMPLOYEE HEALTH PLAN (FICTIONAL) - self-funded; claims administrator Ozark Benefit Administrators (FICTIONAL)
NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: 11/18/2026
Member: Delphine Achterhof-Mwale   Member ID: FICT-GCE-D90271648
Reference: GCE-UM-26-1118-71305
Service: esketamine nasal spray (J0013); Rashida Lindqvist-Amadi, MD; Cherry Street Behavioral Health
Decision: not approved.
Reason: Esketamine nasal spray is not approved. MP-ESK-8 criterion 3 is not met: the 10/02/2026 psychiatric evaluation
documents active suicidal ideation with a plan; the member requires a higher level of care. Criterion 2 is not
met: escitalopram was taken for 3 weeks, which is not an adequate trial.
Reviewer: Franklin Oyelowo-Brandt, MD, psychiatry.
Appeal within 180 days of receipt of this notice (Plan Document Section 10). The plan is not grandfathered.
''',
"clinical/psychiatric-evaluation-2026-10-02.txt": r'''
CHERRY STREET BEHAVIORAL HEALTH (FICTIONAL) - PSYCHIATRIC EVALUATION
Date: 10/02/2026
Patient: Delphine Achterhof-Mwale   DOB: 01/15/1988
Psychiatrist: Rashida Lindqvist-Amadi, MD (NPI {NPI1})
Diagnosis: major depressive disorder, recurrent, severe, without psychotic features (F33.2). Episode since 07/2025.
PHQ-9 22. MADRS 33.
Columbia suicide severity screen (patient): wish to be dead - yes; active suicidal thoughts - no; method - no;
intent - no; plan - no; suicidal behavior ever - no. Outpatient safety plan made.
Medication history, this episode:
- escitalopram 20 mg 09/08/2025-09/29/2025: stopped after 3 weeks for persistent vomiting and 3 kg weight loss.
- venlafaxine XR 225 mg 10/2025-01/2026 (8 weeks at 225 mg): no response.
- sertraline 200 mg since 06/2026 (10 weeks): partial, PHQ-9 25 to 22; continue.
- trazodone 50 mg at bedtime for sleep.
- CBT, 16 sessions 02/2026-06/2026, no meaningful change.
Family history: mother - depression. Brother (Dale) - active suicidal ideation with a plan and a suicide attempt in
2019, now well.
Screening for esketamine: no psychosis, no aneurysm, BP 122/76, no substance use disorder.
''',
"clinical/follow-up-note-2026-11-20.txt": r'''
CHERRY STREET BEHAVIORAL HEALTH (FICTIONAL) - FOLLOW-UP
Date: 11/20/2026
Patient: Delphine Achterhof-Mwale   DOB: 01/15/1988
Psychiatrist: Rashida Lindqvist-Amadi, MD
PHQ-9 21. MADRS 31. Columbia screen: wish to be dead - yes; active thoughts, method, intent, plan, behavior - no.
Outpatient level of care is appropriate; no inpatient need. Sertraline 200 mg continues.
Center is certified under the esketamine REMS program (center number SPR-FICT-40917).
''',
"other/mp-esk-8-policy.txt": r'''
SAC RIVER COUNTY EMPLOYEE HEALTH PLAN (FICTIONAL) - MEDICAL POLICY MP-ESK-8 (excerpt)
1. Major depressive disorder. 2. Two antidepressants in the current episode, each at an adequate dose for at least
6 weeks or stopped earlier because of side effects. 3. No active suicidal ideation with a plan or intent that
requires inpatient care. 4. Given in a treatment center certified under the REMS program.
''',
"other/authorized-representative-form-2026-11-23.txt": r'''
SAC RIVER COUNTY EMPLOYEE HEALTH PLAN (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION
Date: 11/23/2026
Member: Delphine Achterhof-Mwale   Member ID: FICT-GCE-D90271648
I name Imogen Katsaros-Bell, Ozark Mental Health Advocacy Project, phone (417) 555-0142, as my authorized
representative for the appeal of reference GCE-UM-26-1118-71305.
Signed: Delphine Achterhof-Mwale
''',
},
truth=r'''
# FICTIONAL TRUTH FILE - 07 - county self-funded plan, Spravato: the brother's suicide history read as hers (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- County employees' plan, **self-funded, not grandfathered**, 2,400 employees (`governmental`). Spravato denied
  11/18/2026 under MP-ESK-8 criteria 2 and 3. First internal appeal: 180 days after receipt (45 CFR 147.136(b)(2)).
  A nonprofit advocate writes with the plan's representative form.
- "Active suicidal ideation with a plan" (10/02/2026) is the **brother Dale's** 2019 history in the family-history
  section. Her own Columbia screens (10/02 and 11/20/2026): **passive** only; outpatient care appropriate.
- Escitalopram: 3 weeks is true, but it was **stopped for side effects** (vomiting, 3 kg loss), which criterion 2
  counts (`leaves_out`). Venlafaxine XR 225 mg 8 weeks: no response. Sertraline 200 mg 10 weeks: **partial,
  continuing** with Spravato.
- CBT 16 sessions, no change (psychotherapy; not an antidepressant trial). Trazodone 50 mg is for sleep.
- Reviewer is a psychiatrist: do not say the reviewer lacked psychiatric expertise.

## Deliberately unknown
- The plan's decision clock for this pre-service appeal beyond the ERISA-derived 30 days the plan applies.
- Whether the plan document gives the administrator discretion (affects contra proferentem: do not state it as law).

## Traps
- Suicidality: passive; no plan, no intent, no attempt **for her**. The attempt and plan are the brother's.
- Do not count CBT or trazodone as antidepressant trials.
- Sertraline is ongoing: no end date; it is the oral antidepressant Spravato is given with (the label allows
  monotherapy since 2025, so it is not a label requirement).
- Governmental, self-funded: 45 CFR 147.136 (not 29 CFR 2560.503-1 as ERISA law directly, not 29 CFR 2590.715-2719);
  no Department of Labor complaint; 2,400 employees so parity can be argued.
- "Not a psychiatrist" would be false.

## Arguments a strong letter makes
1. Criterion 3 is met: the line the denial quoted is the brother's family history; her Columbia screens are passive;
   outpatient level is appropriate (Exhibits: evaluation 10/02, follow-up 11/20).
2. Criterion 2 is met by its own words: escitalopram stopped for side effects, venlafaxine 8 weeks no response
   (and sertraline partial, continuing).
3. Criteria 1 and 4 met; ask that the decision be reversed; external review after the final internal decision.

## What a letter must NOT say
- That she has active suicidal ideation, a plan, or a past attempt.
- That escitalopram was an "adequate 6-week trial" (it was counted as stopped for side effects).
- That the reviewer is not a psychiatrist.
- Medicare, Medicaid, OPM, "ERISA governs this plan".
''',
answers=[
 ("Notice date", "Date: 11/18/2026", "denial/adverse-benefit-determination-2026-11-18.txt"),
 ("Reference", "GCE-UM-26-1118-71305", "denial/adverse-benefit-determination-2026-11-18.txt"),
 ("Grandfathered?", "The plan is not grandfathered.", "denial/adverse-benefit-determination-2026-11-18.txt"),
 ("Reviewer specialty", "Franklin Oyelowo-Brandt, MD, psychiatry", "denial/adverse-benefit-determination-2026-11-18.txt"),
 ("Whose plan and attempt", "Brother (Dale) - active suicidal ideation with a plan and a suicide attempt in", "clinical/psychiatric-evaluation-2026-10-02.txt"),
 ("Patient's screen: plan", "plan - no", "clinical/psychiatric-evaluation-2026-10-02.txt"),
 ("Patient's screen: wish to be dead", "wish to be dead - yes", "clinical/psychiatric-evaluation-2026-10-02.txt"),
 ("Why escitalopram stopped", "stopped after 3 weeks for persistent vomiting and 3 kg weight loss", "clinical/psychiatric-evaluation-2026-10-02.txt"),
 ("Criterion 2 side-effects clause", "or stopped earlier because of side effects", "other/mp-esk-8-policy.txt"),
 ("Venlafaxine trial", "venlafaxine XR 225 mg 10/2025-01/2026 (8 weeks at 225 mg): no response", "clinical/psychiatric-evaluation-2026-10-02.txt"),
 ("Sertraline status", "sertraline 200 mg since 06/2026 (10 weeks): partial, PHQ-9 25 to 22; continue", "clinical/psychiatric-evaluation-2026-10-02.txt"),
 ("CBT", "CBT, 16 sessions 02/2026-06/2026", "clinical/psychiatric-evaluation-2026-10-02.txt"),
 ("Latest scores", "PHQ-9 21. MADRS 31.", "clinical/follow-up-note-2026-11-20.txt"),
 ("Level of care", "Outpatient level of care is appropriate; no inpatient need.", "clinical/follow-up-note-2026-11-20.txt"),
 ("REMS center number", "SPR-FICT-40917", "clinical/follow-up-note-2026-11-20.txt"),
 ("Advocate named", "I name Imogen Katsaros-Bell, Ozark Mental Health Advocacy Project", "other/authorized-representative-form-2026-11-23.txt"),
]))

# ================= 08 church plan, onabotulinumtoxinA for chronic migraine: migraine days read as headache days =================
CASES.append(dict(nn="08", slug="church-self-funded-botox-chronic-migraine-10-migraine-days-read-as-headache-days-amitriptyline-sleep-dose-propranolol-asthma-husband",
npis={"NPI1": "156720938", "NPI2": "102948375"},
yaml=r'''
# FICTIONAL CASE (set 85, case 08) - every person, plan, provider, number and address is invented.
# Church plan outside ERISA, self-funded, not grandfathered, OH, 1,600 employees. OnabotulinumtoxinA for chronic
# migraine denied under RX-BTX-M2: "10 headache days a month - not chronic", "amitriptyline effective", "propranolol not
# tried", "medication overuse". Diary: 18 headache days, of which 10 migraine days; amitriptyline 10 mg is a sleep dose
# from her PCP; topiramate 12 weeks partial, stopped for a kidney stone; candesartan 10 weeks none; propranolol
# contraindicated (asthma); acute medicine 9 days a month. Husband writes (authorized). First internal, pre-service.
patient:
  name: Solveig Amankwah-Pryor
  salutation: Mrs. Amankwah-Pryor
  date_of_birth: 1983-10-09
  member_id: FICT-LHB-S33690172
  address: |-
    64 Linden Avenue
    Dayton, OH 45410
  phone: (937) 555-0116
insurer:
  name: Lutheran Health Benefits Plan of the Miami Valley Synod (FICTIONAL)
  appeals_address: |-
    Lutheran Health Benefits Plan, Appeals (FICTIONAL)
    PO Box 1520
    Columbus, OH 43216
  fax: (614) 555-0176
claim:
  number: LHB-RX-26-1103-90562
  plan_type: church
  funding: self_funded
  grandfathered: false
  employees: 1600
  notice_date: 2026-11-03
  procedure_codes: ["64615", "J0585"]
  diagnosis_codes: [G43.709]
  denial_reason: >-
    OnabotulinumtoxinA is not approved. RX-BTX-M2 criterion 1 is not met: the headache diary shows 10 headache days a
    month, which is not chronic migraine. Criterion 2 is not met: amitriptyline is effective, and propranolol has not
    been tried. Criterion 3: medication overuse must be treated first.
  denial_category: medical_necessity
  reviewer:
    name: Dr. Cornelius Achebe-Strand
    specialty: neurology
  action: none
  corrections:
    - said: the headache diary shows 10 headache days a month, which is not chronic migraine
      record: >-
        the diary shows 18, 17 and 19 headache days in August, September and October 2026; 10, 9 and 11 of them were
        migraine days
      file: clinical/headache-diary-summary-2026-10-31.txt
      page: 1
    - said: amitriptyline is effective
      record: >-
        amitriptyline 10 mg at bedtime was started by her primary care physician for insomnia in 2025; it is not a
        migraine preventive trial and headache days did not change on it
      file: clinical/neurology-note-2026-10-20.txt
      page: 1
    - said: propranolol has not been tried
      record: propranolol is contraindicated because she has moderate persistent asthma (pulmonology note 09/2026)
      file: clinical/neurology-note-2026-10-20.txt
      page: 1
      leaves_out: true
    - said: medication overuse must be treated first
      record: >-
        acute medicine is taken on 9 days a month (sumatriptan 6, ibuprofen 3), below the 10 triptan days and 15
        simple-analgesic days that define overuse
      file: clinical/headache-diary-summary-2026-10-31.txt
      page: 1
plan_policy:
  name: Lutheran Health Benefits Plan drug policy RX-BTX-M2 (onabotulinumtoxinA for chronic migraine)
  number: RX-BTX-M2
  quote: >-
    1. Chronic migraine: 15 or more headache days a month for at least 3 months, with migraine features on at least 8
    days a month. 2. Two preventive medicines from different classes (antiepileptic, beta-blocker, antidepressant,
    angiotensin blocker), each for 8 weeks, failed, not tolerated or contraindicated. 3. Medication overuse, if
    present, has been addressed.
  file: other/rx-btx-m2-policy.txt
payer_criteria:
  - criterion: "1. Chronic migraine: 15 or more headache days a month for at least 3 months, with migraine features on at least 8 days a month."
    how_met: 18, 17 and 19 headache days (Aug-Oct 2026), of which 10, 9 and 11 migraine days.
    met: true
    evidence: {file: clinical/headache-diary-summary-2026-10-31.txt, page: 1}
  - criterion: 2. Two preventive medicines from different classes, each for 8 weeks, failed, not tolerated or contraindicated.
    how_met: Topiramate 100 mg 12 weeks, partial, stopped for a kidney stone; candesartan 16 mg 10 weeks, no change; propranolol contraindicated (asthma).
    met: true
    evidence: {file: clinical/neurology-note-2026-10-20.txt, page: 1}
  - criterion: 3. Medication overuse, if present, has been addressed.
    how_met: No medication overuse - acute medicine on 9 days a month.
    met: true
    evidence: {file: clinical/headache-diary-summary-2026-10-31.txt, page: 1}
treatment:
  name: OnabotulinumtoxinA injections for chronic migraine, every 12 weeks (two treatments)
  summary: Preventive injections for chronic migraine after topiramate and candesartan, with propranolol contraindicated.
  plan: 155 units in 31 sites every 12 weeks; continue only if migraine days fall by at least 30% after the second treatment.
clinical:
  history:
    - {drug: amitriptyline, dose: 10 mg at bedtime (for insomnia), start: 2025-04, ongoing: true, kind: other, outcome: prescribed by her primary care physician for sleep; not a migraine preventive trial, evidence: {file: clinical/neurology-note-2026-10-20.txt, page: 1}}
    - {drug: topiramate, dose: 100 mg daily, start: 2026-01, end: 2026-04, kind: other, weeks: 12, adequate: true, failed: true, response: partial, outcome: "partial (migraine days 12 to 9); stopped for a kidney stone and slowed word-finding", evidence: {file: clinical/neurology-note-2026-10-20.txt, page: 1}}
    - {drug: candesartan, dose: 16 mg daily, start: 2026-05, end: 2026-07, kind: other, weeks: 10, adequate: true, failed: true, response: none, evidence: {file: clinical/neurology-note-2026-10-20.txt, page: 1}}
    - {drug: sumatriptan (acute), dose: 50 mg as needed, start: 2023-01, ongoing: true, kind: other, outcome: acute treatment on about 6 days a month, evidence: {file: clinical/headache-diary-summary-2026-10-31.txt, page: 1}}
  severity: 19 headache days and 11 migraine days in October 2026; MIDAS 62 (severe disability)
  severity_date: 2026-10-31
  suicidality: none
  suicidality_date: 2026-10-20
alternatives:
  - treatment: propranolol
    why_not: contraindicated by moderate persistent asthma (pulmonology, 09/2026)
impact:
  work: Missed 14 workdays as a school librarian from August through October 2026.
author:
  name: Kwabena Amankwah-Pryor
  relation: representative
  role: Husband, authorized representative
  address: |-
    64 Linden Avenue
    Dayton, OH 45410
  phone: (937) 555-0116
  authorization: other/authorization-to-appeal-2026-11-12.txt
provider:
  name: Dr. Marguerite Osei-Lindahl
  credentials: MD, neurologist (headache medicine)
  npi: "{NPI1}"
  address: |-
    30 Apple Street, Suite 400
    Dayton, OH 45409
  phone: (937) 555-0134
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/adverse-benefit-determination-2026-11-03.txt": r'''
LUTHERAN HEALTH BENEFITS PLAN OF THE MIAMI VALLEY SYNOD (FICTIONAL) - a church plan; self-funded
NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: 11/03/2026
Member: Solveig Amankwah-Pryor   Member ID: FICT-LHB-S33690172
Reference: LHB-RX-26-1103-90562
Service: onabotulinumtoxinA (J0585) with injections (64615), every 12 weeks; Marguerite Osei-Lindahl, MD
Decision: not approved.
Reason: OnabotulinumtoxinA is not approved. RX-BTX-M2 criterion 1 is not met: the headache diary shows 10 headache days a
month, which is not chronic migraine. Criterion 2 is not met: amitriptyline is effective, and propranolol has not
been tried. Criterion 3: medication overuse must be treated first.
Reviewer: Cornelius Achebe-Strand, MD, neurology.
You may appeal within 180 days after you receive this notice. This plan is not grandfathered.
''',
"clinical/headache-diary-summary-2026-10-31.txt": r'''
MIAMI VALLEY HEADACHE CENTER (FICTIONAL) - HEADACHE DIARY SUMMARY
Date: 10/31/2026
Patient: Solveig Amankwah-Pryor   DOB: 10/09/1983
Month        Headache days   Migraine days   Sumatriptan days   Ibuprofen days
August 2026        18              10                6                 3
September 2026     17               9                5                 3
October 2026       19              11                6                 3
Acute medicine on about 9 days a month: below the 10 triptan days and 15 simple-analgesic days that define overuse.
MIDAS 62 (severe disability).
''',
"clinical/neurology-note-2026-10-20.txt": r'''
MIAMI VALLEY HEADACHE CENTER (FICTIONAL) - NEUROLOGY VISIT
Date: 10/20/2026
Patient: Solveig Amankwah-Pryor   DOB: 10/09/1983
Neurologist: Marguerite Osei-Lindahl, MD (NPI {NPI1})
Chronic migraine without aura (G43.709).
Preventives:
- topiramate 100 mg, 01/2026-04/2026 (12 weeks): migraine days 12 to 9 (partial); stopped for a kidney stone (ED
  04/11/2026) and slowed word-finding.
- candesartan 16 mg, 05/2026-07/2026 (10 weeks): no change.
- propranolol: contraindicated - moderate persistent asthma (pulmonology, Dr. Tamsin Vukovic-Hale, 09/2026).
Other: amitriptyline 10 mg at bedtime since 04/2025, started by her primary care physician, Dr. Gideon Farrow-Nakamura
(NPI {NPI2}), for insomnia; not a migraine preventive trial; headache days unchanged on it.
Mood: no depression, no suicidal ideation.
Plan: onabotulinumtoxinA 155 units every 12 weeks.
''',
"other/rx-btx-m2-policy.txt": r'''
LUTHERAN HEALTH BENEFITS PLAN (FICTIONAL) - DRUG POLICY RX-BTX-M2 (excerpt)
1. Chronic migraine: 15 or more headache days a month for at least 3 months, with migraine features on at least 8
days a month. 2. Two preventive medicines from different classes (antiepileptic, beta-blocker, antidepressant,
angiotensin blocker), each for 8 weeks, failed, not tolerated or contraindicated. 3. Medication overuse, if
present, has been addressed.
''',
"other/authorization-to-appeal-2026-11-12.txt": r'''
AUTHORIZATION TO APPEAL (FICTIONAL)
Date: 11/12/2026
I, Solveig Amankwah-Pryor (member ID FICT-LHB-S33690172), authorize my husband, Kwabena Amankwah-Pryor, to appeal
the denial LHB-RX-26-1103-90562 for me and to receive the plan's decision and my health information for it.
Signed: Solveig Amankwah-Pryor
''',
},
truth=r'''
# FICTIONAL TRUTH FILE - 08 - church plan, onabotulinumtoxinA: migraine days read as headache days (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Church plan outside ERISA, **self-funded, not grandfathered**, 1,600 employees. Pre-service onabotulinumtoxinA
  denied 11/03/2026 under RX-BTX-M2 criteria 1-3. First internal appeal: 180 days after receipt (26 CFR
  54.9815-2719(b)(2)(i)). The husband writes with her authorization.
- Diary: **18, 17, 19 headache days** (Aug-Oct 2026), of which **10, 9, 11 migraine days**: criterion 1 met (the
  denial read the migraine-day column as headache days).
- Amitriptyline 10 mg is a **sleep dose** started by her PCP (Dr. Gideon Farrow-Nakamura) for insomnia, continuing;
  not a preventive trial and not "effective".
- Topiramate 100 mg 12 weeks: **partial**, stopped for a kidney stone and word-finding (intolerance).
  Candesartan 16 mg 10 weeks: no change. Propranolol: **contraindicated** (asthma; pulmonologist Dr. Tamsin
  Vukovic-Hale). Two classes failed plus a contraindication.
- Acute medicine ~9 days a month: **no medication overuse**.
- The reviewer is a neurologist. No mood disorder, no suicidal ideation.

## Deliberately unknown
- Whether the plan had the diary summary (its date, 10/31, is before the 11/03 decision; no fax record).
- The plan's own external-review provider (not in the record).

## Traps
- A pain/headache case, not psychiatry: no PHQ-9, no antidepressant-trial counting, no "treatment-resistant depression".
- Sumatriptan and ibuprofen are acute pain medicines, not preventive trials.
- Amitriptyline is continuing (sleep): not failed, not stopped, and not an antidepressant trial.
- "Propranolol not tried" is true as far as it goes: it is contraindicated.
- Church plan outside ERISA: cite 26 CFR 54.9815-2719, not 29 CFR 2560.503-1 directly as ERISA; no Labor
  Department complaint; parity does not reach a migraine (medical) benefit.
- The reviewer is a neurologist: do not say the reviewer lacked the specialty.

## Arguments a strong letter makes
1. Criterion 1: 17-19 headache days and 9-11 migraine days for three months (diary).
2. Criterion 2: topiramate (antiepileptic) not tolerated after partial response, candesartan (angiotensin blocker)
   failed, propranolol contraindicated; amitriptyline 10 mg was never a preventive trial.
3. Criterion 3: no medication overuse (9 acute days a month).
4. Ask for reversal; external review after the final internal decision (26 CFR 54.9815-2719).

## What a letter must NOT say
- That she has 10 headache days a month, or depression.
- That amitriptyline helped migraine, or was a failed antidepressant trial.
- That she overuses medication.
- MHPAEA, ERISA, Medicare, OPM.
''',
answers=[
 ("Notice date", "Date: 11/03/2026", "denial/adverse-benefit-determination-2026-11-03.txt"),
 ("Reference", "LHB-RX-26-1103-90562", "denial/adverse-benefit-determination-2026-11-03.txt"),
 ("Plan kind printed", "a church plan; self-funded", "denial/adverse-benefit-determination-2026-11-03.txt"),
 ("Reviewer specialty", "Cornelius Achebe-Strand, MD, neurology", "denial/adverse-benefit-determination-2026-11-03.txt"),
 ("October headache and migraine days", "October 2026       19              11", "clinical/headache-diary-summary-2026-10-31.txt"),
 ("August headache days", "August 2026        18              10", "clinical/headache-diary-summary-2026-10-31.txt"),
 ("Acute medicine days", "Acute medicine on about 9 days a month", "clinical/headache-diary-summary-2026-10-31.txt"),
 ("MIDAS", "MIDAS 62 (severe disability)", "clinical/headache-diary-summary-2026-10-31.txt"),
 ("Topiramate outcome", "migraine days 12 to 9 (partial); stopped for a kidney stone", "clinical/neurology-note-2026-10-20.txt"),
 ("Candesartan outcome", "candesartan 16 mg, 05/2026-07/2026 (10 weeks): no change", "clinical/neurology-note-2026-10-20.txt"),
 ("Propranolol", "propranolol: contraindicated - moderate persistent asthma", "clinical/neurology-note-2026-10-20.txt"),
 ("Pulmonologist", "Dr. Tamsin Vukovic-Hale", "clinical/neurology-note-2026-10-20.txt"),
 ("Who started amitriptyline and why", "started by her primary care physician, Dr. Gideon Farrow-Nakamura", "clinical/neurology-note-2026-10-20.txt"),
 ("Amitriptyline not a trial", "for insomnia; not a migraine preventive trial", "clinical/neurology-note-2026-10-20.txt"),
 ("Criterion 1 threshold", "15 or more headache days a month for at least 3 months", "other/rx-btx-m2-policy.txt"),
 ("Authorized representative", "authorize my husband, Kwabena Amankwah-Pryor", "other/authorization-to-appeal-2026-11-12.txt"),
]))


PHONE = re.compile(r"(?<![\d-])(?:1-)?(?:\(\d{3}\)\s?|\d{3}-)\d{3}-\d{4}(?!\d)")
BARE = re.compile(r"(?<![\d)\-\s])\s?\b555-01\d\d\b")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
WEB = re.compile(r"\b(?:https?://|www\.)[^\s)]+")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def check_text(name, text, problems):
    for m in PHONE.finditer(text):
        p = m.group(0)
        digits = re.sub(r"\D", "", p)
        if digits.startswith("1") and len(digits) == 11:
            digits = digits[1:]
        if len(digits) != 10 or digits[3:6] != "555" or digits[6:8] != "01":
            problems.append(f"{name}: phone {p!r} not NNN-555-01xx")
    for line in text.splitlines():
        for m in re.finditer(r"555-01\d\d", line):
            before = line[:m.start()]
            if not re.search(r"(\(\d{3}\)\s?|\d{3}-)$", before):
                problems.append(f"{name}: bare 555-01xx in {line.strip()!r}")
    for m in EMAIL.finditer(text):
        if not m.group(0).lower().endswith(".example"):
            problems.append(f"{name}: e-mail {m.group(0)!r} not on .example")
    for m in WEB.finditer(text):
        host = re.sub(r"^(https?://)?", "", m.group(0)).split("/")[0]
        if not host.lower().endswith(".example"):
            problems.append(f"{name}: web {m.group(0)!r} not on .example")


def build(case, problems):
    nn, slug = case["nn"], case["slug"]
    folder = HERE / f"{nn}-{slug}"
    if folder.exists():
        shutil.rmtree(folder)
    subs = {k: npi(v) for k, v in case.get("npis", {}).items()}

    def fill(t):
        for k, v in subs.items():
            t = t.replace("{" + k + "}", v)
        return t
    for k, v in subs.items():
        if not luhn_ok(v):
            problems.append(f"{nn}: NPI {v} fails Luhn")
    yml = fill(case["yaml"]).lstrip("\n")
    folder.mkdir()
    (folder / "case.yaml").write_text(yml)
    if not yml.startswith("# FICTIONAL"):
        problems.append(f"{nn}: case.yaml first line not FICTIONAL")
    try:
        data = YAML(typ="safe").load(yml)
    except Exception as e:
        problems.append(f"{nn}: case.yaml does not parse: {e}")
        data = {}
    check_text(f"{nn}/case.yaml", yml, problems)
    texts = {}
    for path, body in case["docs"].items():
        if not re.match(r"^(denial|clinical|other)/[\w.-]+\.txt$", path):
            problems.append(f"{nn}: bad document path {path}")
        text = HEAD.format(nn=nn) + "\n\n" + fill(body).strip("\n") + "\n\n" + FOOT + "\n"
        p = folder / path
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
        texts[path] = text
        check_text(f"{nn}/{path}", text, problems)
    # every document path named in case.yaml exists
    for m in re.finditer(r"\b((?:denial|clinical|other)/[\w.-]+\.txt)\b", yml):
        if m.group(1) not in texts:
            problems.append(f"{nn}: case.yaml names missing {m.group(1)}")
    truth = fill(case["truth"]).lstrip("\n")
    (HERE / f"{nn}-{slug}.truth.md").write_text(truth)
    if "FICTIONAL" not in truth.splitlines()[0]:
        problems.append(f"{nn}: truth first line not FICTIONAL")
    heads = [l[3:].strip() for l in truth.splitlines() if l.startswith("## ")]
    if heads != TRUTH_HEADINGS:
        problems.append(f"{nn}: truth headings {heads}")
    check_text(f"{nn}/truth", truth, problems)
    answers = case["answers"]
    if len(answers) != 16:
        problems.append(f"{nn}: {len(answers)} answers, want 16")
    for q, a, doc in answers:
        a = fill(a)
        src = yml if doc == "case.yaml" else texts.get(doc)
        if src is None:
            problems.append(f"{nn}: answer doc {doc} missing")
        elif norm(a) not in norm(src):
            problems.append(f"{nn}: answer {a!r} not printed in {doc} ({q})")
    return folder, len(answers)


def main(argv):
    check = "--check" in argv
    only = [a for a in argv if a != "--check"]
    problems, folders, n_ans = [], [], 0
    for case in CASES:
        if only and case["nn"] not in only:
            continue
        f, n = build(case, problems)
        folders.append(f)
        n_ans += n
    print(f"{len(folders)} cases, {n_ans} expected answers, {len(problems)} problems")
    for p in problems:
        print("PROBLEM:", p)
    bad = bool(problems)
    if check:
        out = io.StringIO()
        for f in folders:
            r = subprocess.run(["/work/main/.venv/bin/appeal-kit", "check", str(f)], capture_output=True, text=True)
            out.write(f"===== {f.name} (exit {r.returncode})\n{r.stdout}{r.stderr}\n")
            print(f"check {f.name[:2]}: exit {r.returncode}")
            bad |= r.returncode != 0
        name = "check-output.txt" if not only else "check-output-partial.txt"
        (HERE / name).write_text(out.getvalue())
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
