#!/usr/bin/env python3
"""FICTIONAL test-set generator: appeal-kit letters review set 73 (issue 18), clinical emphasis.

Every person, plan, provider, number and address in this file is invented. Rewrites the eight case folders and
truth files beside this script, then self-checks them. `--check` also runs `appeal-kit check` on each folder and
writes check-output.txt (exit 1 on any problem or any non-zero check exit). Positional args NN limit the cases.
"""
import io, re, shutil, subprocess, sys
from pathlib import Path
from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
AK = "/work/main/.venv/bin/appeal-kit"
SET = 73

def npi(base9):
    """Return a 10-digit NPI: base9 plus the Luhn check digit computed over the prefix 80840."""
    digits = [int(c) for c in "80840" + base9]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base9 + str((10 - total % 10) % 10)

def luhn_ok(n10):
    digits = [int(c) for c in "80840" + n10]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0

def doc(num, body):
    head = (f"FICTIONAL DOCUMENT - appeal-kit letters test set {SET}, case {num:02d}. Every person, plan, provider, "
            "number and address is invented.\n\n")
    foot = f"\nEND OF FICTIONAL DOCUMENT (test set {SET}) - not a real patient, plan or provider.\n"
    return head + body.strip("\n") + "\n" + foot

CASES = []
def case(**kw):
    CASES.append(kw)

# ---------------------------------------------------------------------------------------------------------------
# 01 insured employer plan (ERISA), OR: TMS pre-service, MP-TMS-14 criterion 2; "responded to venlafaxine"
# ---------------------------------------------------------------------------------------------------------------
case(num=1,
slug="01-insured-employer-erisa-tms-current-episode-two-classes-venlafaxine-partial-32pct-not-response-sleep-mirtazapine-intolerance-vortioxetine-patient",
npis={"@@NPI1@@": "176042318"},
yaml=r"""
# FICTIONAL CASE (set 73, case 01) - every person, plan, provider, number and address is invented.
# Insured employer group plan (ERISA), Oregon, 850 employees. Pre-service TMS denied under MP-TMS-14 criterion 2.
# The denial calls a 32% PHQ-9 drop on venlafaxine XR a "response". The patient writes ("I").
patient:
  name: Teodora Vasquez-Ahlgren
  salutation: Ms. Vasquez-Ahlgren
  date_of_birth: 1987-02-11
  member_id: FICT-CMH-T88120457
  address: |-
    1418 Alder Crest Lane
    Salem, OR 97302
  phone: (503) 555-0112
  email: tvahlgren@mail.example
insurer:
  name: Cascadia Mutual Health (FICTIONAL)
  appeals_address: |-
    Cascadia Mutual Health Appeals Unit (FICTIONAL)
    PO Box 44810
    Portland, OR 97208
  fax: (503) 555-0147
employer:
  name: Willamette Valley Tile Works (FICTIONAL), Benefits Office
  address: 2600 Front Street NE, Salem, OR 97301
claim:
  number: CMH-PA-26-1109-55120
  plan_type: employer_erisa
  funding: insured
  employees: 850
  notice_date: 2026-11-16
  appeal_deadline: 2027-05-15
  deadline_basis: >-
    180 days after receipt of the notice (29 CFR 2560.503-1(h)(3)(i)); counted from the notice date 11/16/2026 to
    be safe (received 11/19/2026, which would give 05/18/2027).
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Criterion 2 of MP-TMS-14 is not met. Records show one adequate antidepressant trial in the current episode
    (escitalopram). The member responded to venlafaxine XR (PHQ-9 improved from 22 to 15). Mirtazapine 15 mg
    and vortioxetine were not adequate trials.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  reviewer:
    name: Dr. Lucien Barrowby-Tate
    specialty: family medicine
  corrections:
    - said: The member responded to venlafaxine XR (PHQ-9 improved from 22 to 15).
      record: >-
        PHQ-9 fell from 22 to 15 at week 9 on venlafaxine XR 225 mg, a 32% reduction: a partial response, below the
        50% reduction that defines a response; bupropion XL added for 7 weeks brought no further change (PHQ-9 16)
      file: clinical/psychiatry-progress-notes-2025-10-to-2026-11.txt
      page: 1
treatment:
  name: A 36-session course of transcranial magnetic stimulation
  summary: >-
    Daily TMS for severe recurrent major depression after two adequate antidepressant trials of two classes in
    the current episode (escitalopram, venlafaxine XR) and bupropion augmentation brought no response.
  plan: >-
    36 sessions over about 7 weeks (30 daily sessions, then a 6-session taper), left dorsolateral prefrontal
    cortex at 120% of motor threshold; PHQ-9 weekly; mirtazapine 15 mg at bedtime for sleep continues.
plan_policy:
  name: Cascadia Mutual Health Medical Policy MP-TMS-14, Transcranial Magnetic Stimulation
  number: MP-TMS-14
  quote: >-
    TMS is medically necessary when all of the following are met: 1. Major depressive disorder, severe, without
    psychotic features; 2. In the current episode, lack of clinically significant response to at least two
    antidepressant trials from at least two different classes, each at an adequate dose for at least 6 weeks, or
    intolerance to four antidepressants; 3. A trial of evidence-based psychotherapy; 4. No implanted metal in or
    near the head and no seizure disorder.
  file: other/mp-tms-14-excerpt.txt
payer_criteria:
  - criterion: 1. Major depressive disorder, severe, without psychotic features
    how_met: F33.2; PHQ-9 23 and MADRS 33 on 11/02/2026; no psychotic features
    met: true
    evidence: {file: clinical/psychiatry-progress-notes-2025-10-to-2026-11.txt, page: 1}
  - criterion: >-
      2. In the current episode, lack of clinically significant response to at least two antidepressant trials
      from at least two different classes, each at an adequate dose for at least 6 weeks
    how_met: >-
      escitalopram 20 mg for 10 weeks (SSRI), no response; venlafaxine XR 225 mg for 9 weeks and more (SNRI),
      partial response of 32%; both in the episode that began in September 2025
    met: true
    evidence: {file: clinical/psychiatry-progress-notes-2025-10-to-2026-11.txt, page: 1}
  - criterion: 3. A trial of evidence-based psychotherapy
    how_met: cognitive behavioral therapy, 14 sessions, 10/2025 to 02/2026
    met: true
    evidence: {file: clinical/therapy-summary-2026-03-02.txt, page: 1}
  - criterion: 4. No implanted metal in or near the head and no seizure disorder
    how_met: TMS safety screening 11/02/2026 negative
    met: true
    evidence: {file: clinical/psychiatry-progress-notes-2025-10-to-2026-11.txt, page: 1}
clinical:
  episode_onset: 2025-09
  treating_since: 2022-03
  severity: PHQ-9 23 and MADRS 33 on 11/02/2026
  severity_date: 2026-11-02
  suicidality: passive
  suicidality_date: 2026-11-02
  exclusions: no implanted metal, no seizure history, no psychotic features (screening 11/02/2026)
  history:
    - drug: sertraline
      dose: 150 mg daily
      start: 2022-03
      end: 2023-09
      outcome: earlier episode; remission by 06/2022, tapered 09/2023 while well
      kind: antidepressant
      response: remission
      failed: false
      evidence: {file: clinical/psychiatry-progress-notes-2025-10-to-2026-11.txt, page: 1}
    - drug: escitalopram
      dose: 20 mg daily
      start: 2025-10-06
      end: 2025-12-15
      weeks: 10
      outcome: no response (PHQ-9 21 to 22)
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      evidence: {file: clinical/psychiatry-progress-notes-2025-10-to-2026-11.txt, page: 1}
    - drug: venlafaxine XR
      dose: 225 mg daily (from 01/19/2026)
      start: 2026-01-05
      end: 2026-05-25
      outcome: partial response (PHQ-9 22 to 15, 32%), plateaued; tapered
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      evidence: {file: clinical/psychiatry-progress-notes-2025-10-to-2026-11.txt, page: 1}
    - drug: bupropion XL (added to venlafaxine XR)
      dose: 300 mg daily
      start: 2026-03-16
      end: 2026-05-04
      weeks: 7
      outcome: augmentation, no further benefit (PHQ-9 15 to 16)
      kind: augmentation
      adequate: true
      failed: true
      response: none
      evidence: {file: clinical/psychiatry-progress-notes-2025-10-to-2026-11.txt, page: 1}
    - drug: vortioxetine
      dose: 10 mg daily
      start: 2026-06-01
      end: 2026-06-10
      outcome: stopped on day 9 for persistent nausea and vomiting (intolerance, not an adequate trial)
      kind: antidepressant
      adequate: false
      failed: false
      evidence: {file: clinical/psychiatry-progress-notes-2025-10-to-2026-11.txt, page: 1}
    - drug: mirtazapine
      dose: 15 mg at bedtime, for sleep
      start: 2026-06-15
      outcome: sleep dose, continuing; not an antidepressant trial
      kind: other
      ongoing: true
      evidence: {file: clinical/psychiatry-progress-notes-2025-10-to-2026-11.txt, page: 1}
    - drug: cognitive behavioral therapy
      dose: 14 weekly sessions
      start: 2025-10
      end: 2026-02
      sessions: 14
      outcome: completed; no lasting change in depressive symptoms
      kind: psychotherapy
      adequate: true
      evidence: {file: clinical/therapy-summary-2026-03-02.txt, page: 1}
impact:
  work: I have been on medical leave from my job as a payroll specialist since 10/05/2026.
author:
  name: Teodora Vasquez-Ahlgren
  relation: patient
  role: Patient
provider:
  name: Dr. Harlan Weatherspoon-Ito
  credentials: MD, psychiatrist
  npi: "@@NPI1@@"
  address: |-
    880 Commercial Street SE, Suite 300
    Salem, OR 97302
  phone: (503) 555-0128
record_dates:
  - file: denial/denial-letter-2026-11-16.txt
    date: 2026-11-16
  - file: clinical/psychiatry-progress-notes-2025-10-to-2026-11.txt
    date: 2026-11-02
  - file: clinical/therapy-summary-2026-03-02.txt
    date: 2026-03-02
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/denial-letter-2026-11-16.txt": r"""
CASCADIA MUTUAL HEALTH (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION (PRE-SERVICE)
Date of notice: 11/16/2026
Member: Teodora Vasquez-Ahlgren   Member ID: FICT-CMH-T88120457
Group: Willamette Valley Tile Works (FICTIONAL) employee benefit plan (insured)
Reference number: CMH-PA-26-1109-55120   Requested by: Harlan Weatherspoon-Ito, MD
Service requested: transcranial magnetic stimulation, codes 90867 and 90868, 36 sessions. Diagnosis F33.2.
Decision: DENIED - not medically necessary under Medical Policy MP-TMS-14.
Reason: Criterion 2 of MP-TMS-14 is not met. Records show one adequate antidepressant trial in the current
episode (escitalopram). The member responded to venlafaxine XR (PHQ-9 improved from 22 to 15). Mirtazapine 15 mg
and vortioxetine were not adequate trials.
Reviewed by: Lucien Barrowby-Tate, MD, board certified in family medicine.
Your rights: you may appeal within 180 days after you receive this notice. Send your appeal to Cascadia Mutual
Health Appeals Unit (FICTIONAL), PO Box 44810, Portland, OR 97208, or fax (503) 555-0147. You may ask for the
criteria used, free of charge, and after the internal appeal you may ask for external review.
""",
"clinical/psychiatry-progress-notes-2025-10-to-2026-11.txt": r"""
OUTPATIENT PSYCHIATRY - MEDICATION HISTORY AND PROGRESS NOTES (summary)
Patient: Teodora Vasquez-Ahlgren   DOB: 02/11/1987
Psychiatrist: Harlan Weatherspoon-Ito, MD (treating since 03/2022)
Diagnosis: major depressive disorder, recurrent, severe, without psychotic features (F33.2).

Earlier episode (2022-2023): sertraline 150 mg daily from 03/2022; remission by 06/2022; tapered 09/2023 while well.
Current episode: onset 09/2025 after a return of low mood, insomnia and poor concentration.

10/06/2025 escitalopram started, 20 mg daily from 10/20/2025. 12/15/2025: 10 weeks, no response (PHQ-9 21 -> 22). Stopped.
01/05/2026 venlafaxine XR started; 225 mg daily from 01/19/2026.
03/09/2026 week 9 of venlafaxine XR: PHQ-9 22 -> 15, a 32% reduction: partial response, not a response (a response
           would be a reduction of 50% or more). Plan: augment.
03/16/2026 bupropion XL added, 300 mg daily, to venlafaxine XR 225 mg.
05/04/2026 7 weeks of bupropion augmentation: no further benefit (PHQ-9 15 -> 16). Bupropion stopped.
05/25/2026 venlafaxine XR taper completed (plateau at partial response).
06/01/2026 vortioxetine 10 mg started. 06/10/2026: stopped on day 9 for persistent nausea and vomiting.
06/15/2026 mirtazapine 15 mg at bedtime started for sleep (sleep-onset insomnia); continuing; not used as an
           antidepressant trial.
11/02/2026 PHQ-9 23; MADRS 33. Passive death wish ("I wish I would not wake up"); denies intent or plan;
           no suicidal behavior. Safety plan reviewed; her sister, Ines Vasquez, stays with her on weekdays and drives
           her to appointments. TMS safety screening: no implanted metal, no seizure history, no psychotic features.
           Plan: TMS, 36 sessions; continue mirtazapine 15 mg at bedtime for sleep. Medical leave from work since 10/05/2026.
Harlan Weatherspoon-Ito, MD
""",
"clinical/therapy-summary-2026-03-02.txt": r"""
PSYCHOTHERAPY SUMMARY
Date: 03/02/2026
Patient: Teodora Vasquez-Ahlgren
Therapist: Gwendolyn Achebe-Ross, LCSW
Cognitive behavioral therapy, 14 weekly sessions, 10/2025 through 02/2026, completed. Homework completed; no
lasting change in depressive symptoms (PHQ-9 21 at the start, 22 at the end).
Gwendolyn Achebe-Ross, LCSW
""",
"other/mp-tms-14-excerpt.txt": r"""
CASCADIA MUTUAL HEALTH (FICTIONAL) MEDICAL POLICY MP-TMS-14 - TRANSCRANIAL MAGNETIC STIMULATION (excerpt)
TMS is medically necessary when all of the following are met: 1. Major depressive disorder, severe, without
psychotic features; 2. In the current episode, lack of clinically significant response to at least two
antidepressant trials from at least two different classes, each at an adequate dose for at least 6 weeks, or
intolerance to four antidepressants; 3. A trial of evidence-based psychotherapy; 4. No implanted metal in or
near the head and no seizure disorder.
""",
"other/fax-cover-2026-11-09.txt": r"""
FAX COVER SHEET
Date: 11/09/2026
To: Cascadia Mutual Health Utilization Management (FICTIONAL), fax (503) 555-0149
From: Pilar Santangelo, prior authorization coordinator, office of Harlan Weatherspoon-Ito, MD, fax (503) 555-0129
Re: TMS request for Teodora Vasquez-Ahlgren, member ID FICT-CMH-T88120457; 9 pages.
""",
},
truth=r"""
# FICTIONAL TRUTH FILE - 01 - insured employer plan: TMS denied; "responded to venlafaxine" was a 32% partial response (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ms. Vasquez-Ahlgren is covered by an **insured employer group plan (ERISA)**, 850 employees, Oregon. Pre-service
  request for 36 sessions of TMS (90867, 90868), F33.2, denied **11/16/2026** under **MP-TMS-14 criterion 2**.
- Current episode began **09/2025**. In it: **escitalopram 20 mg, 10 weeks, no response** (SSRI); **venlafaxine XR
  225 mg** from 01/19/2026, **PHQ-9 22 -> 15 (32%) = partial response**, plateaued, tapered 05/25/2026 (SNRI);
  **bupropion XL 300 mg added for 7 weeks** (augmentation, no benefit). Two classes, both adequate: criterion 2 met.
- **Vortioxetine 10 mg stopped on day 9** for nausea/vomiting = intolerance, not an adequate trial (the denial is right).
- **Mirtazapine 15 mg at bedtime is a sleep dose**, started 06/15/2026 and **still taken** (the denial is right that
  it is not an adequate trial).
- **Sertraline 150 mg in 2022-2023 brought remission in an EARLIER episode**: not a failed trial.
- CBT 14 sessions completed (criterion 3); TMS screening negative (criterion 4).
- Severity PHQ-9 23, MADRS 33 on 11/02/2026; **passive** death wish, no intent, no plan, no behavior.
- Deadline: 180 days from receipt; 05/15/2027 counted from the notice date (05/18/2027 from receipt 11/19).
- Reviewer: family medicine, not a psychiatrist.

## Deliberately unknown
- Whether the plan had the 03/09/2026 note (the fax cover lists 9 pages, not their content).
- Exact PHQ-9 at the end of venlafaxine (only the week-9 score and 16 after augmentation are given).

## Traps
- Calling venlafaxine a "response" (the denial's word) or a "failure with no response": it is a PARTIAL response.
- Counting mirtazapine 15 mg (sleep) or vortioxetine (9 days) as failed adequate trials; saying mirtazapine was stopped.
- Calling sertraline a failed trial (it was the previous episode, remission); counting it in the current episode.
- Bupropion is an augmentation trial (added to venlafaxine), not a third monotherapy antidepressant class.
- Suicidality passive: no "active suicidal ideation", "plan" or "attempt".
- Pilar Santangelo (fax cover) is a coordinator, not a clinician; Ines Vasquez is the sister, not the author.
- The patient writes: "I".

## Arguments a strong letter makes
1. Criterion 2 is met by two adequate trials of two classes in the current episode: escitalopram (no response) and
   venlafaxine XR (32% = partial response, below a 50% response), plus failed bupropion augmentation.
2. Correct the notice's "responded" with the record's numbers and page (claim.corrections).
3. Agree that vortioxetine and mirtazapine were not adequate trials; they are not needed.
4. Criteria 1, 3 and 4 met with exhibits; the reviewer is a family physician, ask for a psychiatrist reviewer and the
   criteria/expert names (ERISA (h)(3)(iii)-(iv)); external review afterwards (insured: 45 CFR 147.136).

## What a letter must NOT say
- "responded to venlafaxine", "failed five/four antidepressants", "sertraline failed".
- "mirtazapine was discontinued", "active suicidal ideation", "suicide attempt".
- Parity as a member's right to the comparative analysis; contra proferentem as law.
""",
answers=[
("Date of the denial notice", "11/16/2026", "denial/denial-letter-2026-11-16.txt"),
("Reference number", "CMH-PA-26-1109-55120", "denial/denial-letter-2026-11-16.txt"),
("Policy and criterion the denial applied", "Criterion 2 of MP-TMS-14", "denial/denial-letter-2026-11-16.txt"),
("Reviewer's specialty", "board certified in family medicine", "denial/denial-letter-2026-11-16.txt"),
("When the current episode began", "onset 09/2025", "clinical/psychiatry-progress-notes-2025-10-to-2026-11.txt"),
("Escitalopram trial", "10 weeks, no response (PHQ-9 21 -> 22)", "clinical/psychiatry-progress-notes-2025-10-to-2026-11.txt"),
("Venlafaxine XR result", "a 32% reduction: partial response, not a response", "clinical/psychiatry-progress-notes-2025-10-to-2026-11.txt"),
("Venlafaxine XR dose", "225 mg daily from 01/19/2026", "clinical/psychiatry-progress-notes-2025-10-to-2026-11.txt"),
("Augmenting agent and dose", "bupropion XL added, 300 mg daily", "clinical/psychiatry-progress-notes-2025-10-to-2026-11.txt"),
("Why vortioxetine stopped", "stopped on day 9 for persistent nausea and vomiting", "clinical/psychiatry-progress-notes-2025-10-to-2026-11.txt"),
("What mirtazapine is for", "mirtazapine 15 mg at bedtime started for sleep", "clinical/psychiatry-progress-notes-2025-10-to-2026-11.txt"),
("Sertraline outcome (earlier episode)", "remission by 06/2022", "clinical/psychiatry-progress-notes-2025-10-to-2026-11.txt"),
("Current severity", "PHQ-9 23; MADRS 33", "clinical/psychiatry-progress-notes-2025-10-to-2026-11.txt"),
("Suicidality on 11/02/2026", "Passive death wish", "clinical/psychiatry-progress-notes-2025-10-to-2026-11.txt"),
("Psychotherapy course", "14 weekly sessions, 10/2025 through 02/2026, completed", "clinical/therapy-summary-2026-03-02.txt"),
("Who sent the fax", "Pilar Santangelo, prior authorization coordinator", "other/fax-cover-2026-11-09.txt"),
])

# ---------------------------------------------------------------------------------------------------------------
# 02 Part D PDP, SD: vortioxetine step therapy ST-AD-52; VA-filled sertraline; citalopram stopped for QTc;
#    bupropion contraindicated (seizures); mirtazapine 7.5 mg sleep dose. Treating physician requests.
# ---------------------------------------------------------------------------------------------------------------
case(num=2,
slug="02-part-d-pdp-vortioxetine-step-therapy-sertraline-filled-at-va-citalopram-stopped-qtc-bupropion-contraindicated-seizures-treating-physician",
npis={"@@NPI1@@": "153827460"},
yaml=r"""
# FICTIONAL CASE (set 73, case 02) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan, South Dakota. Vortioxetine denied under step therapy ST-AD-52 ("two generic
# antidepressants in 365 days"). The plan's claims miss a 15-week sertraline trial filled at a VA pharmacy;
# citalopram stopped for QTc prolongation; bupropion contraindicated (seizure disorder); mirtazapine 7.5 mg is a
# sleep dose. The treating physician asks for a redetermination (42 CFR 423.580) and a coverage exception.
patient:
  name: Arvid Thorsgaard-Bellamy
  salutation: Mr. Thorsgaard-Bellamy
  date_of_birth: 1952-05-30
  member_id: FICT-DPR-A55021983
  address: |-
    417 Quarry Ridge Road
    Rapid City, SD 57701
  phone: (605) 555-0116
insurer:
  name: Dakota Prairie Rx Choice (PDP) (FICTIONAL)
  appeals_address: |-
    Dakota Prairie Rx Choice Redeterminations (FICTIONAL)
    PO Box 9120
    Sioux Falls, SD 57117
  fax: 1-800-555-0172
claim:
  number: DPR-CD-26-1117-40286
  plan_type: medicare_part_d
  notice_date: 2026-11-20
  appeal_deadline: 2027-01-24
  deadline_basis: 65 days from the date of the coverage determination notice, 11/20/2026 (42 CFR 423.582(b)).
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Step therapy not met (ST-AD-52). Our claims show citalopram 20 mg filled once (30 days) in 07/2026. No second
    generic antidepressant is on file in the past 365 days. Your prescriber did not explain why the other drugs
    cannot be used.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
treatment:
  name: Vortioxetine 10 mg tablets, one daily
  summary: >-
    Vortioxetine for recurrent major depression after an adequate sertraline trial without response, citalopram
    stopped for QTc prolongation, and bupropion, escitalopram and duloxetine ruled out for medical reasons.
plan_policy:
  name: Dakota Prairie Rx Choice 2026 Step Therapy Criteria ST-AD-52 (brand antidepressants)
  number: ST-AD-52
  quote: >-
    The member must have tried two formulary generic antidepressants (an SSRI, an SNRI, bupropion or
    mirtazapine) in the past 365 days, as shown by claims, unless the prescriber states that they are
    contraindicated or were not tolerated.
  file: other/st-ad-52-excerpt.txt
payer_criteria:
  - criterion: >-
      Two formulary generic antidepressants tried in the past 365 days, as shown by claims, unless the prescriber
      states that they are contraindicated or were not tolerated
    how_met: >-
      sertraline 100 mg for 15 weeks without response (paid by the VA, so absent from the plan's claims); citalopram
      not tolerated (QTc 489 ms); bupropion, escitalopram and duloxetine contraindicated or unsafe, as the
      prescriber's statement of 11/25/2026 says
    met: true
    evidence: [{file: other/va-pharmacy-fill-history.txt, page: 1}, {file: clinical/prescriber-supporting-statement-2026-11-25.txt, page: 1}]
prescriber_statement:
  date: 2026-11-25
  quote: >-
    Sertraline 100 mg daily for 15 weeks (01/05/2026 to 04/20/2026, filled at the VA pharmacy) brought no
    response. Citalopram was stopped after 23 days because his QTc rose to 489 ms; escitalopram carries the same
    risk. Bupropion is contraindicated by his seizure disorder, and duloxetine by his chronic liver disease. The
    formulary alternatives would be ineffective or would cause him harm.
  file: clinical/prescriber-supporting-statement-2026-11-25.txt
clinical:
  episode_onset: 2025-11
  treating_since: 2025-12
  severity: PHQ-9 18 and GDS-15 11 on 11/18/2026
  severity_date: 2026-11-18
  suicidality: none
  suicidality_date: 2026-11-18
  history:
    - drug: sertraline
      dose: 100 mg daily
      start: 2026-01-05
      end: 2026-04-20
      weeks: 15
      outcome: no response (PHQ-9 17 to 16)
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      paid_outside: VA pharmacy (Veterans Health Administration)
      evidence: {file: other/va-pharmacy-fill-history.txt, page: 1}
    - drug: citalopram
      dose: 20 mg daily
      start: 2026-07-01
      end: 2026-07-24
      outcome: stopped after 23 days because the QTc rose from 452 to 489 ms (intolerance, not an adequate trial)
      kind: antidepressant
      adequate: false
      failed: false
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-18.txt, page: 1}
    - drug: mirtazapine
      dose: 7.5 mg at bedtime, for sleep
      start: 2026-08-03
      outcome: sleep dose, continuing; not an antidepressant trial
      kind: other
      ongoing: true
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-18.txt, page: 1}
    - drug: levetiracetam
      dose: 500 mg twice daily
      start: 2019-04
      outcome: seizure prevention (focal epilepsy), continuing; not a depression treatment
      kind: other
      ongoing: true
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-18.txt, page: 1}
author:
  name: Dr. Wilhelmina Osei-Brandt
  relation: physician
  role: Treating geriatric psychiatrist
  phone: (605) 555-0131
provider:
  name: Dr. Wilhelmina Osei-Brandt
  credentials: MD, geriatric psychiatrist
  npi: "@@NPI1@@"
  address: |-
    2905 Fifth Street, Suite 12
    Rapid City, SD 57701
  phone: (605) 555-0131
record_dates:
  - file: denial/coverage-determination-2026-11-20.txt
    date: 2026-11-20
  - file: clinical/geriatric-psychiatry-note-2026-11-18.txt
    date: 2026-11-18
  - file: clinical/prescriber-supporting-statement-2026-11-25.txt
    date: 2026-11-25
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/coverage-determination-2026-11-20.txt": r"""
DAKOTA PRAIRIE RX CHOICE (PDP) (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date of notice: 11/20/2026
Member: Arvid Thorsgaard-Bellamy   Member ID: FICT-DPR-A55021983
Case number: DPR-CD-26-1117-40286
Drug requested: vortioxetine 10 mg tablet, #30 per 30 days. Prescriber: Wilhelmina Osei-Brandt, MD.
Decision: DENIED. Step therapy not met (ST-AD-52). Our claims show citalopram 20 mg filled once (30 days) in
07/2026. No second generic antidepressant is on file in the past 365 days. Your prescriber did not explain why the
other drugs cannot be used.
You have the right to ask us for a redetermination (appeal). Your request must be received within 65 days from the
date of this notice. Your prescriber may ask for you. Send it to Dakota Prairie Rx Choice Redeterminations
(FICTIONAL), PO Box 9120, Sioux Falls, SD 57117, fax 1-800-555-0172. If your health could be seriously harmed by
waiting, ask for a fast (72-hour) decision.
""",
"clinical/geriatric-psychiatry-note-2026-11-18.txt": r"""
GERIATRIC PSYCHIATRY - PROGRESS NOTE
Date: 11/18/2026
Patient: Arvid Thorsgaard-Bellamy   DOB: 05/30/1952   Age 74
Psychiatrist: Wilhelmina Osei-Brandt, MD (treating since 12/2025)
Diagnosis: major depressive disorder, recurrent, moderate (F33.1). Current episode since 11/2025.
Medication history:
- Sertraline 100 mg daily 01/05/2026 - 04/20/2026 (15 weeks), filled at the VA pharmacy: no response (PHQ-9 17 -> 16).
- Citalopram 20 mg daily 07/01/2026 - 07/24/2026: stopped after 23 days; ECG QTc 452 ms at baseline, 489 ms on
  07/22/2026 (cardiology, Dr. Esteban Fairweather-Kang). Escitalopram avoided for the same risk.
- Mirtazapine 7.5 mg at bedtime since 08/03/2026 for sleep: continuing; a sleep dose, not an antidepressant trial.
- Bupropion: contraindicated - focal epilepsy, on levetiracetam 500 mg twice daily since 04/2019.
- Duloxetine: avoided - chronic liver disease (compensated cirrhosis, hepatology follow-up).
Today: PHQ-9 18; GDS-15 11. No suicidal ideation. Lives alone; daughter, Freya Thorsgaard, picks up his prescriptions.
Plan: vortioxetine 10 mg daily (no meaningful QTc effect expected); repeat ECG in 4 weeks.
Wilhelmina Osei-Brandt, MD
""",
"clinical/prescriber-supporting-statement-2026-11-25.txt": r"""
PRESCRIBER'S SUPPORTING STATEMENT FOR A STEP-THERAPY EXCEPTION (42 CFR 423.578(b))
Date: 11/25/2026
Patient: Arvid Thorsgaard-Bellamy   Member ID: FICT-DPR-A55021983   Drug: vortioxetine 10 mg daily
Sertraline 100 mg daily for 15 weeks (01/05/2026 to 04/20/2026, filled at the VA pharmacy) brought no
response. Citalopram was stopped after 23 days because his QTc rose to 489 ms; escitalopram carries the same
risk. Bupropion is contraindicated by his seizure disorder, and duloxetine by his chronic liver disease. The
formulary alternatives would be ineffective or would cause him harm.
Wilhelmina Osei-Brandt, MD   Phone (605) 555-0131
""",
"other/va-pharmacy-fill-history.txt": r"""
VA PHARMACY (FICTIONAL FACILITY) - PRESCRIPTION FILL HISTORY (printed 11/23/2026)
Patient: Arvid Thorsgaard-Bellamy
SERTRALINE 100MG TAB  #30  filled 01/05/2026
SERTRALINE 100MG TAB  #30  filled 02/04/2026
SERTRALINE 100MG TAB  #30  filled 03/06/2026
SERTRALINE 100MG TAB  #30  filled 04/03/2026 (discontinued by prescriber 04/20/2026)
Paid by: Veterans Health Administration (no Part D claim submitted)
""",
"other/st-ad-52-excerpt.txt": r"""
DAKOTA PRAIRIE RX CHOICE (FICTIONAL) 2026 STEP THERAPY CRITERIA - ST-AD-52 (brand antidepressants), excerpt
The member must have tried two formulary generic antidepressants (an SSRI, an SNRI, bupropion or
mirtazapine) in the past 365 days, as shown by claims, unless the prescriber states that they are
contraindicated or were not tolerated.
""",
},
truth=r"""
# FICTIONAL TRUTH FILE - 02 - Part D step therapy: vortioxetine; VA sertraline, QTc, seizures, sleep-dose mirtazapine (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Stand-alone **Part D** plan. Coverage determination **11/20/2026** denied vortioxetine under **ST-AD-52**.
- **Sertraline 100 mg x 15 weeks (01/05-04/20/2026), no response**, filled and paid at the **VA pharmacy**: that is
  why the plan's claims do not show it. An adequate failed trial within 365 days.
- **Citalopram 20 mg stopped after 23 days: QTc 452 -> 489 ms** = not tolerated (intolerance, not a failure).
- **Escitalopram avoided** (same QTc risk); **bupropion contraindicated** (focal epilepsy on levetiracetam);
  **duloxetine avoided** (chronic liver disease). ST-AD-52 itself accepts a prescriber statement of contraindication
  or intolerance.
- **Mirtazapine 7.5 mg at bedtime is a sleep dose**, continuing; not an antidepressant trial.
- Prescriber's supporting statement dated **11/25/2026** (after the notice, so the plan never had it).
- Redetermination due **01/24/2027** (65 days from the 11/20 notice, 423.582(b)). The physician may request it
  without an appointment of representative (423.580).
- PHQ-9 18, GDS-15 11 on 11/18/2026; no suicidal ideation.

## Deliberately unknown
- Whether the VA also filled other antidepressants (the printout shows sertraline only).
- The repeat ECG result (planned, not done).

## Traps
- "Our claims show" only citalopram: the sertraline trial exists, paid outside the plan; not a "missing" trial.
- Counting citalopram as an adequate failed trial, or mirtazapine 7.5 mg as an antidepressant trial.
- Saying bupropion or duloxetine were "tried" or "failed": never taken (contraindicated / avoided).
- Levetiracetam is for seizures, not depression.
- No suicidality sentence beyond "none"; no urgency claimed (standard request).
- Freya Thorsgaard (daughter) only picks up prescriptions; Dr. Fairweather-Kang is the cardiologist, not the author.

## Arguments a strong letter makes
1. A step-therapy exception (42 CFR 423.578(b)) resting on the prescriber's statement (quote it): the alternatives
   would be ineffective (sertraline) or harmful (QTc, seizures, liver disease).
2. The VA-paid sertraline trial counts as a trial; say why the plan's claims do not show it, with the fill history.
3. Answer "your prescriber did not explain": the 11/25/2026 statement now does.
4. ST-AD-52's own words accept contraindication or intolerance stated by the prescriber.

## What a letter must NOT say
- "failed two generic antidepressants" counting citalopram or mirtazapine; "bupropion failed".
- ERISA, 45 CFR 147.136, parity, state insurance department, "external review" by an IRO.
- "60 days after receipt" for the window.
""",
answers=[
("Date of the coverage determination", "11/20/2026", "denial/coverage-determination-2026-11-20.txt"),
("Case number", "DPR-CD-26-1117-40286", "denial/coverage-determination-2026-11-20.txt"),
("Step therapy rule", "ST-AD-52", "denial/coverage-determination-2026-11-20.txt"),
("What the plan's claims show", "citalopram 20 mg filled once (30 days) in 07/2026", "denial/coverage-determination-2026-11-20.txt"),
("Sertraline trial", "Sertraline 100 mg daily 01/05/2026 - 04/20/2026 (15 weeks)", "clinical/geriatric-psychiatry-note-2026-11-18.txt"),
("Who paid for sertraline", "Paid by: Veterans Health Administration", "other/va-pharmacy-fill-history.txt"),
("Last sertraline fill", "filled 04/03/2026", "other/va-pharmacy-fill-history.txt"),
("Why citalopram stopped", "QTc 452 ms at baseline, 489 ms on 07/22/2026", "clinical/geriatric-psychiatry-note-2026-11-18.txt"),
("Why bupropion not used", "contraindicated - focal epilepsy", "clinical/geriatric-psychiatry-note-2026-11-18.txt"),
("Anticonvulsant taken", "levetiracetam 500 mg twice daily since 04/2019", "clinical/geriatric-psychiatry-note-2026-11-18.txt"),
("Why duloxetine not used", "chronic liver disease", "clinical/geriatric-psychiatry-note-2026-11-18.txt"),
("Mirtazapine purpose and dose", "Mirtazapine 7.5 mg at bedtime since 08/03/2026 for sleep", "clinical/geriatric-psychiatry-note-2026-11-18.txt"),
("Severity", "PHQ-9 18; GDS-15 11", "clinical/geriatric-psychiatry-note-2026-11-18.txt"),
("Statement date", "11/25/2026", "clinical/prescriber-supporting-statement-2026-11-25.txt"),
("Window stated by the notice", "within 65 days from the date of this notice", "denial/coverage-determination-2026-11-20.txt"),
("Who picks up prescriptions", "daughter, Freya Thorsgaard", "clinical/geriatric-psychiatry-note-2026-11-18.txt"),
])

# ---------------------------------------------------------------------------------------------------------------
# 03 FEHB Basic Option, GA: Spravato pre-service, CP-ESK-8 criterion 3: "lithium level 0.3 subtherapeutic";
#    "quetiapine 50 mg below augmentation dose". Husband writes (authorized).
# ---------------------------------------------------------------------------------------------------------------
case(num=3,
slug="03-fehb-spravato-lithium-augmentation-day5-level-0-3-misread-later-levels-0-6-0-8-stopped-egfr-quetiapine-sleep-dose-husband",
npis={"@@NPI1@@": "192650374"},
yaml=r"""
# FICTIONAL CASE (set 73, case 03) - every person, plan, provider, number and address is invented.
# FEHB Basic Option, Georgia. Spravato precertification denied under CP-ESK-8 criterion 3: the carrier read a
# day-5 lithium level (0.3) as the trial's level; later levels were 0.6, 0.8 and 0.7 over 11 weeks; lithium was
# stopped for a fall in kidney function on a nephrologist's advice. Quetiapine 50 mg was a sleep dose, never an
# augmentation trial. Duloxetine 120 mg continues with Spravato. The husband writes, with her authorization.
patient:
  name: Corinne Abernathy-Solis
  salutation: Mrs. Abernathy-Solis
  date_of_birth: 1974-08-19
  member_id: FICT-HHP-C30918842
  address: |-
    52 Magnolia Bend Court
    Macon, GA 31210
  phone: (478) 555-0114
insurer:
  name: Harbor Federal Health Plan, Basic Option (FICTIONAL)
  appeals_address: |-
    Harbor Federal Health Plan Reconsiderations (FICTIONAL)
    PO Box 30277
    Atlanta, GA 30303
  fax: (404) 555-0159
claim:
  number: HFH-PC-26-1028-71554
  plan_type: fehb
  notice_date: 2026-11-03
  appeal_deadline: 2027-05-03
  deadline_basis: 6 months from the date of the carrier's decision, 11/03/2026 (5 CFR 890.105(b)(1); brochure Section 8).
  procedure_codes: [J0013, "99417"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Criterion 3 of CP-ESK-8 is not met. The lithium level of 0.3 mEq/L is below the therapeutic range; the lithium
    trial was not adequate. Quetiapine 50 mg is below an antipsychotic augmentation dose.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  corrections:
    - said: The lithium level of 0.3 mEq/L is below the therapeutic range; the lithium trial was not adequate.
      record: >-
        the 0.3 mEq/L level was drawn on 05/08/2026, day 5 of lithium at a starting dose; at 900 mg daily the levels
        were 0.6 (05/26/2026), 0.8 (06/16/2026) and 0.7 (07/14/2026), over 11 weeks of lithium, without a meaningful
        change in MADRS (34 to 31); lithium was stopped on 07/21/2026 when her eGFR fell from 84 to 58
      file: [clinical/lithium-levels-and-renal-labs-2026.txt, clinical/psychiatry-summary-2026-10-27.txt]
      page: 1
treatment:
  name: Spravato (esketamine) nasal spray
  summary: >-
    Esketamine for treatment-resistant depression after two adequate antidepressant trials (sertraline, duloxetine)
    and an adequate lithium augmentation trial brought no meaningful response.
  plan: >-
    56 mg twice weekly for weeks 1-4 (84 mg if tolerated), then weekly for weeks 5-8, in the clinic's REMS-certified
    setting with 2 hours of monitoring; duloxetine 120 mg daily continues.
  alongside: duloxetine 120 mg daily
plan_policy:
  name: Harbor Federal Health Plan Clinical Policy CP-ESK-8, Esketamine Nasal Spray
  number: CP-ESK-8
  quote: >-
    Esketamine is covered when: 1. The member is 18 or older with major depressive disorder; 2. Inadequate response
    to at least two oral antidepressants at adequate dose for at least 6 weeks in the current episode; 3. Inadequate
    response to, or intolerance of, one augmentation trial (lithium, an atypical antipsychotic, or thyroid hormone)
    at an adequate dose; 4. Administered in a REMS-certified setting.
  file: other/cp-esk-8-excerpt.txt
payer_criteria:
  - criterion: 1. The member is 18 or older with major depressive disorder
    how_met: age 52; F33.2
    met: true
    evidence: {file: clinical/psychiatry-summary-2026-10-27.txt, page: 1}
  - criterion: 2. Inadequate response to at least two oral antidepressants at adequate dose for at least 6 weeks in the current episode
    how_met: sertraline 200 mg for 9 weeks; duloxetine 120 mg for 8 weeks and continuing, partial benefit under 25%
    met: true
    evidence: {file: clinical/psychiatry-summary-2026-10-27.txt, page: 1}
  - criterion: >-
      3. Inadequate response to, or intolerance of, one augmentation trial (lithium, an atypical antipsychotic, or
      thyroid hormone) at an adequate dose
    how_met: >-
      lithium 900 mg daily, levels 0.6-0.8 mEq/L from 05/26/2026, 11 weeks in all, MADRS 34 to 31, stopped for a fall
      in eGFR from 84 to 58 (both an inadequate response and intolerance)
    met: true
    evidence: {file: clinical/lithium-levels-and-renal-labs-2026.txt, page: 1}
  - criterion: 4. Administered in a REMS-certified setting
    how_met: Ocmulgee Behavioral Health Clinic is REMS-certified
    met: true
    evidence: {file: clinical/psychiatry-summary-2026-10-27.txt, page: 1}
clinical:
  episode_onset: 2025-06
  treating_since: 2023-01
  severity: MADRS 35 on 10/27/2026
  severity_date: 2026-10-27
  suicidality: none
  suicidality_date: 2026-10-27
  history:
    - drug: sertraline
      dose: 200 mg daily
      start: 2025-07-07
      end: 2025-09-08
      weeks: 9
      outcome: no response (MADRS 33 to 32)
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      evidence: {file: clinical/psychiatry-summary-2026-10-27.txt, page: 1}
    - drug: duloxetine
      dose: 120 mg daily
      start: 2025-09-15
      outcome: inadequate response (MADRS 32 to 27 at week 8, under 25%); continued as her oral antidepressant
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      ongoing: true
      evidence: {file: clinical/psychiatry-summary-2026-10-27.txt, page: 1}
    - drug: lithium (added to duloxetine)
      dose: 900 mg daily (levels 0.6-0.8 mEq/L)
      start: 2026-05-04
      end: 2026-07-21
      weeks: 11
      outcome: no meaningful response (MADRS 34 to 31); stopped when eGFR fell from 84 to 58
      kind: augmentation
      adequate: true
      failed: true
      response: none
      evidence: {file: clinical/lithium-levels-and-renal-labs-2026.txt, page: 1}
    - drug: quetiapine
      dose: 50 mg at bedtime, for sleep
      start: 2026-08
      end: 2026-10
      outcome: sleep dose only, stopped for morning grogginess; never an augmentation trial
      kind: other
      evidence: {file: clinical/psychiatry-summary-2026-10-27.txt, page: 1}
author:
  name: Desmond Solis
  relation: representative
  role: Husband and authorized representative
  phone: (478) 555-0115
  authorization: other/authorization-to-represent-2026-11-10.txt
provider:
  name: Dr. Marguerite Ellingsworth-Oduya
  credentials: MD, psychiatrist
  npi: "@@NPI1@@"
  address: |-
    3340 Vineville Avenue, Suite 2
    Macon, GA 31204
  phone: (478) 555-0133
record_dates:
  - file: denial/precertification-denial-2026-11-03.txt
    date: 2026-11-03
  - file: clinical/psychiatry-summary-2026-10-27.txt
    date: 2026-10-27
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/precertification-denial-2026-11-03.txt": r"""
HARBOR FEDERAL HEALTH PLAN, BASIC OPTION (FICTIONAL) - PRECERTIFICATION DECISION
Date: 11/03/2026
Member: Corinne Abernathy-Solis   Member ID: FICT-HHP-C30918842   Enrollment: Self Plus One
Reference: HFH-PC-26-1028-71554
Requested: esketamine nasal spray (J0013) with monitoring, prescriber Marguerite Ellingsworth-Oduya, MD
Decision: NOT APPROVED under Clinical Policy CP-ESK-8.
Reason: Criterion 3 of CP-ESK-8 is not met. The lithium level of 0.3 mEq/L is below the therapeutic range; the
lithium trial was not adequate. Quetiapine 50 mg is below an antipsychotic augmentation dose.
If you disagree, you may ask us to reconsider within 6 months of the date of this decision (brochure Section 8).
Write to Harbor Federal Health Plan Reconsiderations (FICTIONAL), PO Box 30277, Atlanta, GA 30303, fax (404) 555-0159.
""",
"clinical/psychiatry-summary-2026-10-27.txt": r"""
PSYCHIATRY TREATMENT SUMMARY - Ocmulgee Behavioral Health Clinic (FICTIONAL; REMS-certified treatment setting)
Date: 10/27/2026
Patient: Corinne Abernathy-Solis   DOB: 08/19/1974
Psychiatrist: Marguerite Ellingsworth-Oduya, MD (treating since 01/2023)
Diagnosis: major depressive disorder, recurrent, severe (F33.2). Current episode since 06/2025.
1. Sertraline 200 mg daily 07/07/2025 - 09/08/2025 (9 weeks): no response (MADRS 33 -> 32).
2. Duloxetine 120 mg daily from 09/15/2025: MADRS 32 -> 27 at week 8 (under 25%); inadequate response. Continues
   as her oral antidepressant.
3. Lithium added 05/04/2026: 600 mg, then 900 mg daily from 05/11/2026. Levels in the lab report. 11 weeks in all;
   MADRS 34 -> 31. Stopped 07/21/2026 on the advice of her nephrologist, Dr. Ravindra Kulkarni-Moss, when eGFR
   fell from 84 to 58.
4. Quetiapine 50 mg at bedtime 08/2026 - 10/2026 for sleep only; stopped for morning grogginess. Not an augmentation
   trial (augmenting doses are 150-300 mg).
Today: MADRS 35. No suicidal ideation. Her husband, Desmond Solis, reports she has stopped driving and cooking.
Plan: esketamine nasal spray, 56 mg twice weekly weeks 1-4, then weekly, with duloxetine 120 mg.
Marguerite Ellingsworth-Oduya, MD
""",
"clinical/lithium-levels-and-renal-labs-2026.txt": r"""
LABORATORY REPORT - serum lithium (12-hour trough) and renal function
Patient: Corinne Abernathy-Solis
Date        Lithium dose        Lithium level    eGFR
04/28/2026  (before lithium)    -                84
05/08/2026  600 mg (day 5)      0.3 mEq/L        83
05/26/2026  900 mg              0.6 mEq/L        79
06/16/2026  900 mg              0.8 mEq/L        71
07/14/2026  900 mg              0.7 mEq/L        58
Comment 07/14/2026: eGFR decline; nephrology (R. Kulkarni-Moss, MD) advises stopping lithium.
""",
"other/cp-esk-8-excerpt.txt": r"""
HARBOR FEDERAL HEALTH PLAN (FICTIONAL) CLINICAL POLICY CP-ESK-8 - ESKETAMINE NASAL SPRAY (excerpt)
Esketamine is covered when: 1. The member is 18 or older with major depressive disorder; 2. Inadequate response
to at least two oral antidepressants at adequate dose for at least 6 weeks in the current episode; 3. Inadequate
response to, or intolerance of, one augmentation trial (lithium, an atypical antipsychotic, or thyroid hormone)
at an adequate dose; 4. Administered in a REMS-certified setting.
""",
"other/authorization-to-represent-2026-11-10.txt": r"""
AUTHORIZATION TO REPRESENT
Date: 11/10/2026
I, Corinne Abernathy-Solis (member ID FICT-HHP-C30918842), authorize my husband, Desmond Solis, to ask Harbor
Federal Health Plan to reconsider its decision HFH-PC-26-1028-71554 and to receive my health information for it.
Signed: Corinne Abernathy-Solis
""",
},
truth=r"""
# FICTIONAL TRUTH FILE - 03 - FEHB: Spravato; a day-5 lithium level read as the trial's level (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- **FEHB** Basic Option. Precertification of Spravato denied **11/03/2026** under **CP-ESK-8 criterion 3**.
- Lithium was added to duloxetine on 05/04/2026 (600 mg, then **900 mg from 05/11/2026**). The **0.3 mEq/L level was
  day 5** (05/08/2026, before steady state). Then **0.6 (05/26), 0.8 (06/16), 0.7 (07/14)**: therapeutic. **11 weeks**;
  MADRS 34 -> 31 (no meaningful response). **Stopped 07/21/2026** on the nephrologist's advice: **eGFR 84 -> 58**.
  Criterion 3 says "inadequate response to, or intolerance of": both hold.
- **Quetiapine 50 mg at bedtime was for sleep only** (08-10/2026); the denial is right it is no augmentation dose,
  and the case never claims it as one.
- Criterion 2: sertraline 200 mg 9 weeks no response; **duloxetine 120 mg, partial (<25%), STILL TAKEN** and continues
  with Spravato.
- MADRS 35 on 10/27/2026; no suicidal ideation. Carrier reconsideration due **05/03/2027** (6 months).
- The husband, Desmond Solis, writes with her signed authorization (11/10/2026).

## Deliberately unknown
- Whether the carrier had the later lithium levels (the record says nothing of what was sent with the request).
- The current eGFR.

## Traps
- Saying the lithium level was "never therapeutic", or conceding 0.3 was the trial's level.
- Claiming quetiapine as an antipsychotic augmentation trial (it was a sleep dose) - or "quetiapine failed".
- Saying duloxetine was stopped; it continues ("alongside").
- Calling lithium an antidepressant; counting it as a third antidepressant.
- Dr. Kulkarni-Moss is the nephrologist, not the prescriber.
- The husband writes about "Mrs. Abernathy-Solis" / "my wife"; never "I have depression".

## Arguments a strong letter makes
1. Correct the decision's 0.3 with the full level series and dates (lab report), and the 11-week duration.
2. Criterion 3 is met by an adequate lithium trial with inadequate response AND intolerance (renal), either suffices.
3. Criteria 1, 2, 4 met; quetiapine is irrelevant (sleep dose), say so plainly.
4. FEHB: carrier reconsideration under 5 CFR 890.105, then OPM review; ask for a decision within the carrier's 30 days.

## What a letter must NOT say
- ERISA, 45 CFR 147.136, external review by an IRO, state insurance department, parity as a member right.
- "lithium level was subtherapeutic"; "quetiapine augmentation failed"; "duloxetine was discontinued".
- Suicidal ideation or urgency.
""",
answers=[
("Decision date", "11/03/2026", "denial/precertification-denial-2026-11-03.txt"),
("Reference", "HFH-PC-26-1028-71554", "denial/precertification-denial-2026-11-03.txt"),
("Criterion denied", "Criterion 3 of CP-ESK-8", "denial/precertification-denial-2026-11-03.txt"),
("Level the denial quotes", "0.3 mEq/L", "denial/precertification-denial-2026-11-03.txt"),
("When the 0.3 level was drawn", "05/08/2026  600 mg (day 5)", "clinical/lithium-levels-and-renal-labs-2026.txt"),
("Level on 06/16/2026", "06/16/2026  900 mg              0.8 mEq/L", "clinical/lithium-levels-and-renal-labs-2026.txt"),
("eGFR when lithium stopped", "07/14/2026  900 mg              0.7 mEq/L        58", "clinical/lithium-levels-and-renal-labs-2026.txt"),
("Lithium duration and response", "11 weeks in all; MADRS 34 -> 31", "clinical/psychiatry-summary-2026-10-27.txt"),
("Who advised stopping lithium", "nephrologist, Dr. Ravindra Kulkarni-Moss", "clinical/psychiatry-summary-2026-10-27.txt"),
("Quetiapine purpose", "Quetiapine 50 mg at bedtime 08/2026 - 10/2026 for sleep only", "clinical/psychiatry-summary-2026-10-27.txt"),
("Sertraline trial", "Sertraline 200 mg daily 07/07/2025 - 09/08/2025 (9 weeks): no response", "clinical/psychiatry-summary-2026-10-27.txt"),
("Duloxetine status", "Continues as her oral antidepressant", "clinical/psychiatry-summary-2026-10-27.txt"),
("Current severity", "Today: MADRS 35", "clinical/psychiatry-summary-2026-10-27.txt"),
("Reconsideration window", "within 6 months of the date of this decision", "denial/precertification-denial-2026-11-03.txt"),
("Authorization date", "11/10/2026", "other/authorization-to-represent-2026-11-10.txt"),
("Episode onset", "Current episode since 06/2025", "clinical/psychiatry-summary-2026-10-27.txt"),
])

# ---------------------------------------------------------------------------------------------------------------
# 04 Medicare Advantage PPO, MO: Spravato for depressive symptoms with acute suicidal ideation; the plan applied
#    internal MA-ESK-6 Section 1 (TRD) and read a 10/15 visit; 11/24 evaluation shows active SI. Expedited.
#    Daughter writes with CMS-1696.
# ---------------------------------------------------------------------------------------------------------------
case(num=4,
slug="04-medicare-advantage-ppo-spravato-acute-suicidal-ideation-section-applied-trd-section-10-15-note-read-11-24-active-si-expedited-daughter-cms1696",
npis={"@@NPI1@@": "128479035"},
yaml=r"""
# FICTIONAL CASE (set 73, case 04) - every person, plan, provider, number and address is invented.
# Medicare Advantage PPO, Missouri. Spravato (Part B drug) requested for major depression with acute suicidal
# ideation, with sertraline continued. The plan judged it by its internal policy's TRD section ("only one
# antidepressant") and cited "no suicidal ideation" from the 10/15 visit; the 11/24 evaluation (after a 11/22 ED
# visit) shows active ideation with some intent and no plan. A 2011 overdose is history. Expedited reconsideration,
# certified by the psychiatrist. The daughter writes with form CMS-1696.
patient:
  name: Lorraine Fitzwater-Mbeki
  salutation: Mrs. Fitzwater-Mbeki
  date_of_birth: 1958-03-02
  member_id: FICT-GSA-L77310264
  address: |-
    9 Osage Hollow Drive
    Columbia, MO 65203
  phone: (573) 555-0117
insurer:
  name: Gateway Senior Advantage PPO (FICTIONAL)
  appeals_address: |-
    Gateway Senior Advantage Appeals and Grievances (FICTIONAL)
    PO Box 77015
    St. Louis, MO 63177
  fax: 1-800-555-0186
claim:
  number: GSA-OD-26-1125-90413
  plan_type: medicare_advantage
  notice_date: 2026-12-01
  appeal_deadline: 2027-02-04
  deadline_basis: 65 days from the date of the organization determination notice, 12/01/2026 (42 CFR 422.582(b)).
  urgent: true
  procedure_codes: [J0013]
  diagnosis_codes: [F32.2, R45.851]
  denial_reason: >-
    Not medically necessary under internal policy MA-ESK-6, Section 1 (treatment-resistant depression), criterion
    1.2: only one antidepressant trial (sertraline) in the current episode. No suicidal ideation was documented at
    the 10/15/2026 visit.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  corrections:
    - said: No suicidal ideation was documented at the 10/15/2026 visit.
      record: >-
        on 11/22/2026 she was seen in the emergency department for suicidal thoughts, and the psychiatric evaluation of
        11/24/2026 records active suicidal ideation with some intent and no specific plan (C-SSRS); the request of
        11/25/2026 was made for that indication
      file: [clinical/psychiatric-evaluation-2026-11-24.txt, clinical/ed-discharge-summary-2026-11-22.txt]
      page: 1
      leaves_out: true
treatment:
  name: Spravato (esketamine) nasal spray, with sertraline
  summary: >-
    Esketamine with her oral antidepressant (sertraline) for depressive symptoms in major depression with acute
    suicidal ideation, the labelled use the request named.
  plan: >-
    84 mg twice weekly for 4 weeks in a REMS-certified clinic with 2 hours of monitoring, with sertraline 150 mg daily
    continued; weekly C-SSRS and MADRS; reassess at week 4.
  alongside: sertraline 150 mg daily
plan_policy:
  name: Gateway Senior Advantage internal coverage policy MA-ESK-6, Esketamine
  number: MA-ESK-6
  quote: >-
    Section 1 (treatment-resistant depression): 1.1 adult with major depressive disorder; 1.2 inadequate response
    to at least two antidepressants in the current episode; 1.3 REMS-certified setting. Section 2 (depressive
    symptoms in major depressive disorder with acute suicidal ideation or behavior): 2.1 adult with major
    depressive disorder; 2.2 acute suicidal ideation or behavior documented by a clinician within the past 14 days;
    2.3 given with an oral antidepressant; 2.4 REMS-certified setting.
  file: other/ma-esk-6-excerpt.txt
  section:
    applied: Section 1, criterion 1.2 (treatment-resistant depression)
    requested: Section 2
    use: depressive symptoms in major depressive disorder with acute suicidal ideation or behavior
    proof: other/prior-authorization-request-2026-11-25.txt
payer_criteria:
  - criterion: 2.1 adult with major depressive disorder
    how_met: age 68; major depressive disorder, single episode, severe (F32.2)
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-24.txt, page: 1}
  - criterion: 2.2 acute suicidal ideation or behavior documented by a clinician within the past 14 days
    how_met: active suicidal ideation with some intent, no specific plan, on 11/24/2026 (C-SSRS), 7 days before the decision
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-24.txt, page: 1}
  - criterion: 2.3 given with an oral antidepressant
    how_met: sertraline 150 mg daily, continuing
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-24.txt, page: 1}
  - criterion: 2.4 REMS-certified setting
    how_met: Boone Creek Psychiatry is REMS-certified
    met: true
    evidence: {file: other/prior-authorization-request-2026-11-25.txt, page: 1}
urgency:
  reason: >-
    Active suicidal ideation with some intent on 11/24/2026, two days after an emergency visit; waiting 30 days for a
    standard decision could seriously jeopardize her life.
  certified_by: Dr. Obadiah Nakashima-Reyes, MD
clinical:
  episode_onset: 2026-06
  treating_since: 2026-07
  severity: MADRS 38 on 11/24/2026
  severity_date: 2026-11-24
  suicidality: active
  suicidality_date: 2026-11-24
  history:
    - drug: sertraline
      dose: 150 mg daily (from 10/15/2026; 100 mg from 07/20/2026)
      start: 2026-07-20
      outcome: continuing; MADRS 36 to 38, no improvement so far
      kind: antidepressant
      ongoing: true
      evidence: {file: clinical/psychiatric-evaluation-2026-11-24.txt, page: 1}
impact:
  hospitalizations: Emergency department visit on 11/22/2026 for suicidal thoughts; discharged to outpatient care the same night.
author:
  name: Simone Fitzwater
  relation: representative
  role: Daughter, appointed representative (form CMS-1696)
  phone: (573) 555-0119
  authorization: other/cms-1696-appointment-2026-11-28.txt
provider:
  name: Dr. Obadiah Nakashima-Reyes
  credentials: MD, psychiatrist
  npi: "@@NPI1@@"
  address: |-
    1201 Boone Creek Parkway, Suite 4
    Columbia, MO 65201
  phone: (573) 555-0136
record_dates:
  - file: denial/organization-determination-2026-12-01.txt
    date: 2026-12-01
  - file: clinical/ed-discharge-summary-2026-11-22.txt
    date: 2026-11-22
  - file: clinical/psychiatric-evaluation-2026-11-24.txt
    date: 2026-11-24
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/organization-determination-2026-12-01.txt": r"""
GATEWAY SENIOR ADVANTAGE PPO (FICTIONAL) - NOTICE OF DENIAL OF MEDICAL COVERAGE (INTEGRATED DENIAL NOTICE)
Date: 12/01/2026
Member: Lorraine Fitzwater-Mbeki   Member ID: FICT-GSA-L77310264
Reference: GSA-OD-26-1125-90413
Requested: esketamine nasal spray (J0013), Medicare Part B drug, prescriber Obadiah Nakashima-Reyes, MD
Decision: DENIED. Not medically necessary under internal policy MA-ESK-6, Section 1 (treatment-resistant
depression), criterion 1.2: only one antidepressant trial (sertraline) in the current episode. No suicidal
ideation was documented at the 10/15/2026 visit.
Reviewed by: Helga Marchetti-Lowe, MD, internal medicine.
You may ask for a reconsideration within 65 days of the date of this notice. If waiting could seriously harm your
health, ask for a fast (expedited) decision within 72 hours. Write to Gateway Senior Advantage Appeals and
Grievances (FICTIONAL), PO Box 77015, St. Louis, MO 63177, or fax 1-800-555-0186.
""",
"clinical/ed-discharge-summary-2026-11-22.txt": r"""
EMERGENCY DEPARTMENT DISCHARGE SUMMARY - Mid-Missouri Regional Hospital (FICTIONAL)
Date: 11/22/2026
Patient: Lorraine Fitzwater-Mbeki   Age 68
Chief complaint: suicidal thoughts for 3 days, brought by her daughter, Simone Fitzwater.
Assessment: major depressive episode with suicidal ideation; no attempt; no ingestion. Denies homicidal ideation.
Disposition: discharged the same night to her daughter's home with a safety plan; psychiatry follow-up within 48 hours.
""",
"clinical/psychiatric-evaluation-2026-11-24.txt": r"""
PSYCHIATRIC EVALUATION - Boone Creek Psychiatry (FICTIONAL)
Date: 11/24/2026
Patient: Lorraine Fitzwater-Mbeki   DOB: 03/02/1958
Psychiatrist: Obadiah Nakashima-Reyes, MD (treating since 07/2026)
Diagnosis: major depressive disorder, single episode, severe, without psychotic features (F32.2). Onset 06/2026
after her husband's death.
Medications: sertraline 100 mg daily from 07/20/2026, 150 mg daily from 10/15/2026; continuing. MADRS 36 on
10/15/2026, 38 today. No other antidepressant has been tried in this episode.
10/15/2026 visit (for reference): no suicidal ideation reported that day.
Today: C-SSRS: active suicidal ideation with some intent, no specific plan, no preparatory behavior. History: one
overdose in 2011 (history, not current). Denies homicidal ideation. MADRS 38.
Plan: esketamine nasal spray 84 mg twice weekly with sertraline 150 mg daily, for depressive symptoms with acute
suicidal ideation; safety plan; she stays with her daughter. I certify that waiting for a standard decision could
seriously jeopardize her life.
Obadiah Nakashima-Reyes, MD
""",
"other/prior-authorization-request-2026-11-25.txt": r"""
PRIOR AUTHORIZATION REQUEST - PART B DRUG (copy kept by the clinic)
Date sent: 11/25/2026   To: Gateway Senior Advantage PPO (FICTIONAL)
Patient: Lorraine Fitzwater-Mbeki   Member ID: FICT-GSA-L77310264
Drug: esketamine nasal spray (J0013), 84 mg twice weekly x 4 weeks
Indication checked: [ ] treatment-resistant depression   [X] depressive symptoms in MDD with acute suicidal ideation or behavior
Oral antidepressant given with it: sertraline 150 mg daily. Setting: Boone Creek Psychiatry, REMS-certified.
Records attached: psychiatric evaluation 11/24/2026; ED summary 11/22/2026.
""",
"other/ma-esk-6-excerpt.txt": r"""
GATEWAY SENIOR ADVANTAGE (FICTIONAL) INTERNAL COVERAGE POLICY MA-ESK-6 - ESKETAMINE (excerpt)
Section 1 (treatment-resistant depression): 1.1 adult with major depressive disorder; 1.2 inadequate response
to at least two antidepressants in the current episode; 1.3 REMS-certified setting. Section 2 (depressive
symptoms in major depressive disorder with acute suicidal ideation or behavior): 2.1 adult with major
depressive disorder; 2.2 acute suicidal ideation or behavior documented by a clinician within the past 14 days;
2.3 given with an oral antidepressant; 2.4 REMS-certified setting.
""",
"other/cms-1696-appointment-2026-11-28.txt": r"""
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, completed copy)
Date signed: 11/28/2026
Beneficiary: Lorraine Fitzwater-Mbeki   Medicare plan member ID: FICT-GSA-L77310264
Representative: Simone Fitzwater (daughter), 9 Osage Hollow Drive, Columbia, MO 65203, (573) 555-0119
Signed by the beneficiary and the representative.
""",
},
truth=r"""
# FICTIONAL TRUTH FILE - 04 - Medicare Advantage: Spravato for acute suicidal ideation judged by the TRD section (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- **Medicare Advantage PPO**; Spravato (J0013) as a **Part B drug**; denied **12/01/2026** under internal policy
  **MA-ESK-6 Section 1, criterion 1.2** (TRD: "only one antidepressant").
- The request (11/25/2026) checked **Section 2**: depressive symptoms in MDD **with acute suicidal ideation**; it is
  the labelled use for which the oral antidepressant is given alongside (sertraline 150 mg, continuing).
- **Only one antidepressant (sertraline) has been tried**: the denial's count is TRUE; Section 1 is simply not the
  section requested. The letter must not claim TRD or two failed trials.
- "No SI at the 10/15 visit" is true for that day but **leaves out** the 11/22 ED visit and the **11/24 C-SSRS: active
  SI with some intent, no specific plan, no preparatory behavior**. **No attempt** now; one overdose in **2011** (history).
- Severity **MADRS 38 on 11/24/2026**. Expedited reconsideration (72 h, 42 CFR 422.584/422.590) certified by the
  psychiatrist. Window 65 days: **02/04/2027**. Daughter writes with CMS-1696 signed 11/28/2026.
- Internal criteria: 42 CFR 422.101(b)(6) limits; and a Part B drug standard reconsideration is 7 days (422.590(c)).
- Reviewer internal medicine (not a psychiatrist).

## Deliberately unknown
- Whether the 11/24 evaluation reached the plan before it decided (the request says attached; no receipt).
- Whether the plan's Section 2 criteria are themselves publicly posted as 422.101(b)(6) requires.

## Traps
- "failed two antidepressants", "treatment-resistant depression" as the ground.
- Saying the denial's 10/15 statement is false (it is true for that day: leaves_out).
- "suicide attempt" now; "plan" to die; homicidal ideation.
- The 2011 overdose as current risk behavior.
- ERISA/ACA/parity citations; "external review"; 60-day window.

## Arguments a strong letter makes
1. The plan applied the wrong section: decide under Section 2, whose criteria 2.1-2.4 are all met (exhibits).
2. Section 2.2 is met by the 11/24 evaluation (7 days before the decision), which the 10/15 note predates.
3. Expedited: physician-certified risk to life; decide within 72 hours.
4. Internal criteria only within 422.101(b)(6); reviewer should have psychiatric expertise (ask, no ERISA duty).

## What a letter must NOT say
- TRD, "two/three trials", "the plan ignored sertraline's failure".
- "attempted suicide" (present), "the ED admitted her" (she was discharged the same night).
- 29 CFR 2560.503-1, 45 CFR 147.136, MHPAEA.
""",
answers=[
("Notice date", "12/01/2026", "denial/organization-determination-2026-12-01.txt"),
("Reference", "GSA-OD-26-1125-90413", "denial/organization-determination-2026-12-01.txt"),
("Section applied", "Section 1 (treatment-resistant depression)", "denial/organization-determination-2026-12-01.txt"),
("Reviewer specialty", "internal medicine", "denial/organization-determination-2026-12-01.txt"),
("Indication requested", "[X] depressive symptoms in MDD with acute suicidal ideation or behavior", "other/prior-authorization-request-2026-11-25.txt"),
("Request date", "Date sent: 11/25/2026", "other/prior-authorization-request-2026-11-25.txt"),
("C-SSRS on 11/24/2026", "active suicidal ideation with some intent, no specific plan, no preparatory behavior", "clinical/psychiatric-evaluation-2026-11-24.txt"),
("Past attempt", "one overdose in 2011 (history, not current)", "clinical/psychiatric-evaluation-2026-11-24.txt"),
("Oral antidepressant", "sertraline 150 mg daily", "other/prior-authorization-request-2026-11-25.txt"),
("Antidepressants tried this episode", "No other antidepressant has been tried in this episode", "clinical/psychiatric-evaluation-2026-11-24.txt"),
("Severity", "MADRS 38", "clinical/psychiatric-evaluation-2026-11-24.txt"),
("ED disposition", "discharged the same night", "clinical/ed-discharge-summary-2026-11-22.txt"),
("SI at 10/15 visit", "no suicidal ideation reported that day", "clinical/psychiatric-evaluation-2026-11-24.txt"),
("Section 2.2 wording", "acute suicidal ideation or behavior documented by a clinician within the past 14 days", "other/ma-esk-6-excerpt.txt"),
("CMS-1696 signed", "Date signed: 11/28/2026", "other/cms-1696-appointment-2026-11-28.txt"),
("Episode onset", "Onset 06/2026", "clinical/psychiatric-evaluation-2026-11-24.txt"),
])

# ---------------------------------------------------------------------------------------------------------------
# 05 Medicaid managed care, KS, member aged 20: long-acting injectable aripiprazole, PA-LAI-3: "stable on oral;
#    nonadherence not documented; no lithium or valproate". Oral works when taken (response, not failure);
#    lithium 2025 not tolerated; valproate avoided. EPSDT (under 21). Older sister writes.
# ---------------------------------------------------------------------------------------------------------------
case(num=5,
slug="05-medicaid-managed-care-age-20-aripiprazole-lai-oral-works-when-taken-refill-gaps-two-admissions-lithium-intolerance-valproate-avoided-epsdt-sister",
npis={"@@NPI1@@": "165730928"},
yaml=r"""
# FICTIONAL CASE (set 73, case 05) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Kansas; member aged 20 (EPSDT reaches her until 21). Long-acting injectable aripiprazole
# denied under PA-LAI-3: "stable on oral aripiprazole; nonadherence is not documented; no trial of lithium or
# valproate". The record: oral aripiprazole WORKS when taken; refill gaps and two manic admissions after stopping
# it; lithium in 2025 reached 0.7 mEq/L and was not tolerated; valproate avoided (childbearing potential). She is
# stable now (YMRS 6). Her older sister writes as her authorized representative.
patient:
  name: Maribel Okafor-Lindgren
  salutation: Ms. Okafor-Lindgren
  date_of_birth: 2006-06-14
  member_id: FICT-FHC-M61240873
  address: |-
    1730 Poyntz Avenue, Apt. 6
    Manhattan, KS 66502
  phone: (785) 555-0113
insurer:
  name: Flint Hills Community Care (FICTIONAL), a Kansas Medicaid managed care plan
  appeals_address: |-
    Flint Hills Community Care Member Appeals (FICTIONAL)
    PO Box 5021
    Topeka, KS 66601
  fax: (785) 555-0161
claim:
  number: FHC-PA-26-1106-33702
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-13
  appeal_deadline: 2027-01-12
  deadline_basis: 60 days from the date of the notice, 11/13/2026 (42 CFR 438.402(c)(2)(ii); the notice says the same).
  procedure_codes: [J0401, "96372"]
  diagnosis_codes: [F31.73]
  denial_reason: >-
    PA-LAI-3 criteria not met. (1) The member is stable on oral aripiprazole 15 mg; nonadherence is not documented.
    (2) No trial of lithium or valproate is documented.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: The member is stable on oral aripiprazole 15 mg; nonadherence is not documented.
      record: >-
        pharmacy fills show no oral aripiprazole from 03/2026 through 07/2026, and the discharge summary of 08/14/2026
        records that her manic relapse followed stopping aripiprazole in 03/2026, as her 12/2025 admission followed an
        earlier stop; she has been stable since 08/2026 only while her sister supervises each dose
      file: [other/pharmacy-fill-history-2025-12-to-2026-11.txt, clinical/discharge-summary-2026-08-14.txt]
      page: 1
      leaves_out: true
    - said: No trial of lithium or valproate is documented.
      record: >-
        lithium 900 mg daily was taken 01/06/2025 to 03/10/2025 (level 0.7 mEq/L) and stopped for a coarse tremor,
        polyuria and an acne flare; valproate is avoided because she can become pregnant and uses no reliable
        contraception
      file: clinical/psychiatry-note-2026-11-05.txt
      page: 1
treatment:
  name: Aripiprazole extended-release injection, 400 mg monthly
  summary: >-
    Monthly long-acting aripiprazole for bipolar I disorder in a young woman whom oral aripiprazole keeps well when
    she takes it, after two manic admissions that followed stopping the tablets.
  plan: >-
    400 mg by deep intramuscular injection every month at the clinic, with oral aripiprazole 15 mg continued for the
    first 14 days; YMRS and weight monthly.
plan_policy:
  name: Flint Hills Community Care Pharmacy Policy PA-LAI-3, Long-Acting Injectable Antipsychotics
  number: PA-LAI-3
  quote: >-
    Approve when: 1. Diagnosis of schizophrenia or bipolar I disorder; 2. Documented response to and tolerability of
    the oral form of the same drug; 3. Documented nonadherence to oral therapy, or a hospitalization related to
    nonadherence, in the past 12 months; 4. For bipolar I disorder, a trial of lithium or valproate, unless
    contraindicated or not tolerated.
  file: other/pa-lai-3-excerpt.txt
payer_criteria:
  - criterion: 1. Diagnosis of schizophrenia or bipolar I disorder
    how_met: bipolar I disorder (F31.73)
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}
  - criterion: 2. Documented response to and tolerability of the oral form of the same drug
    how_met: oral aripiprazole 15 mg brought remission of mania in 12/2025 and again since 08/2026, without side effects
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}
  - criterion: 3. Documented nonadherence to oral therapy, or a hospitalization related to nonadherence, in the past 12 months
    how_met: no fills 03/2026 through 07/2026; admissions 12/10-12/22/2025 and 08/03-08/14/2026, each after stopping aripiprazole
    met: true
    evidence: [{file: other/pharmacy-fill-history-2025-12-to-2026-11.txt, page: 1}, {file: clinical/discharge-summary-2026-08-14.txt, page: 1}]
  - criterion: 4. For bipolar I disorder, a trial of lithium or valproate, unless contraindicated or not tolerated
    how_met: lithium 9 weeks at 0.7 mEq/L not tolerated (tremor, polyuria, acne); valproate avoided for pregnancy risk
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}
clinical:
  treating_since: 2024-11
  severity: YMRS 6 and PHQ-9 7 on 11/05/2026 (stable, with supervised oral doses)
  severity_date: 2026-11-05
  suicidality: none
  suicidality_date: 2026-11-05
  history:
    - drug: lithium
      dose: 900 mg daily (level 0.7 mEq/L)
      start: 2025-01-06
      end: 2025-03-10
      weeks: 9
      outcome: stopped for coarse tremor, polyuria and an acne flare (not tolerated)
      kind: other
      adequate: true
      failed: true
      evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}
    - drug: aripiprazole (oral)
      dose: 15 mg daily
      start: 2025-12
      outcome: remission of mania when taken; stopped by the patient in 03/2026; restarted 08/2026; continuing
      kind: other
      response: remission
      failed: false
      ongoing: true
      evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}
impact:
  hospitalizations:
    - Psychiatric admission 12/10/2025 to 12/22/2025 (mania with psychotic features), after stopping medication.
    - Psychiatric admission 08/03/2026 to 08/14/2026 (mania with psychotic features), after stopping aripiprazole in 03/2026.
  daily_life: Withdrew from her community college courses in spring 2026.
author:
  name: Adaeze Okafor
  relation: representative
  role: Sister and authorized representative
  phone: (785) 555-0118
  authorization: other/authorized-representative-form-2026-11-20.txt
provider:
  name: Dr. Priyanka Holloway-Mensah
  credentials: MD, psychiatrist
  npi: "@@NPI1@@"
  address: |-
    405 Leavenworth Street
    Manhattan, KS 66502
  phone: (785) 555-0139
record_dates:
  - file: denial/notice-of-adverse-benefit-determination-2026-11-13.txt
    date: 2026-11-13
  - file: clinical/discharge-summary-2026-08-14.txt
    date: 2026-08-14
  - file: clinical/psychiatry-note-2026-11-05.txt
    date: 2026-11-05
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/notice-of-adverse-benefit-determination-2026-11-13.txt": r"""
FLINT HILLS COMMUNITY CARE (FICTIONAL) - KANSAS MEDICAID - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: 11/13/2026
Member: Maribel Okafor-Lindgren   Member ID: FICT-FHC-M61240873   Date of birth: 06/14/2006
Reference: FHC-PA-26-1106-33702
Requested: aripiprazole extended-release injection (J0401) 400 mg monthly; prescriber Priyanka Holloway-Mensah, MD
Decision: DENIED. PA-LAI-3 criteria not met. (1) The member is stable on oral aripiprazole 15 mg; nonadherence is not
documented. (2) No trial of lithium or valproate is documented.
Your right to appeal: you must ask for an appeal within 60 days from the date of this notice. After our appeal
decision you may ask for a State Fair Hearing. Write to Flint Hills Community Care Member Appeals (FICTIONAL),
PO Box 5021, Topeka, KS 66601, fax (785) 555-0161. Members under 21 are entitled to medically necessary
services under the EPSDT benefit.
""",
"clinical/discharge-summary-2026-08-14.txt": r"""
INPATIENT PSYCHIATRY DISCHARGE SUMMARY - Konza Valley Hospital (FICTIONAL)
Admitted 08/03/2026   Discharged 08/14/2026
Patient: Maribel Okafor-Lindgren   Age 20
Diagnosis: bipolar I disorder, current episode manic, severe, with psychotic features.
History: second admission; first 12/10/2025 - 12/22/2025, after she stopped her medication. Relapse this time
followed stopping aripiprazole in 03/2026 ("I felt fine and forgot, then stopped").
Course: aripiprazole 15 mg restarted; mania and psychosis resolved.
Recommendation: long-acting injectable aripiprazole to prevent a third relapse.
""",
"clinical/psychiatry-note-2026-11-05.txt": r"""
OUTPATIENT PSYCHIATRY NOTE
Date: 11/05/2026
Patient: Maribel Okafor-Lindgren   DOB: 06/14/2006
Psychiatrist: Priyanka Holloway-Mensah, MD (treating since 11/2024)
Diagnosis: bipolar I disorder, most recent episode manic, in partial remission (F31.73).
Medication history:
- Lithium 900 mg daily 01/06/2025 - 03/10/2025 (9 weeks), level 0.7 mEq/L; stopped for coarse tremor, polyuria and
  an acne flare (not tolerated).
- Valproate: avoided; she can become pregnant and uses no reliable contraception (risk to a pregnancy).
- Aripiprazole 15 mg daily from 12/2025: remission of mania when taken, no side effects; she stopped it in 03/2026;
  restarted 08/2026 in hospital; continuing.
Today: YMRS 6; PHQ-9 7; no suicidal ideation. Stable since 08/2026 only because her sister, Adaeze Okafor, hands her
each dose. Plan: aripiprazole extended-release injection 400 mg monthly.
Priyanka Holloway-Mensah, MD
""",
"other/pharmacy-fill-history-2025-12-to-2026-11.txt": r"""
PHARMACY FILL HISTORY (printed 11/18/2026) - Medicaid pharmacy claims
Patient: Maribel Okafor-Lindgren
ARIPIPRAZOLE 15MG TAB #30  filled 12/22/2025
ARIPIPRAZOLE 15MG TAB #30  filled 01/21/2026
ARIPIPRAZOLE 15MG TAB #30  filled 02/23/2026
(no fills 03/2026 through 07/2026)
ARIPIPRAZOLE 15MG TAB #30  filled 08/14/2026
ARIPIPRAZOLE 15MG TAB #30  filled 09/13/2026
ARIPIPRAZOLE 15MG TAB #30  filled 10/13/2026
ARIPIPRAZOLE 15MG TAB #30  filled 11/12/2026
""",
"other/pa-lai-3-excerpt.txt": r"""
FLINT HILLS COMMUNITY CARE (FICTIONAL) PHARMACY POLICY PA-LAI-3 - LONG-ACTING INJECTABLE ANTIPSYCHOTICS (excerpt)
Approve when: 1. Diagnosis of schizophrenia or bipolar I disorder; 2. Documented response to and tolerability of
the oral form of the same drug; 3. Documented nonadherence to oral therapy, or a hospitalization related to
nonadherence, in the past 12 months; 4. For bipolar I disorder, a trial of lithium or valproate, unless
contraindicated or not tolerated.
""",
"other/authorized-representative-form-2026-11-20.txt": r"""
AUTHORIZED REPRESENTATIVE DESIGNATION (plan form, completed copy)
Date: 11/20/2026
Member: Maribel Okafor-Lindgren (ID FICT-FHC-M61240873) names her sister, Adaeze Okafor, (785) 555-0118, to act for
her in her appeal of reference FHC-PA-26-1106-33702. Signed by the member and the representative.
""",
},
truth=r"""
# FICTIONAL TRUTH FILE - 05 - Medicaid, age 20: long-acting aripiprazole; "stable" and "no lithium" (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- **Medicaid managed care**, Kansas; member **aged 20** (DOB 06/14/2006): **EPSDT** applies until 21
  (42 USC 1396d(r)(5)); the notice itself mentions EPSDT. First plan appeal, **60 days: by 01/12/2027**. New request
  (no continuation of benefits in play).
- Denied **11/13/2026** under **PA-LAI-3**. Oral **aripiprazole WORKS** when taken (remission, no side effects):
  criterion 2 needs exactly this. **Nonadherence is documented**: no fills 03-07/2026; admissions **12/10-12/22/2025**
  and **08/03-08/14/2026**, each after stopping medication (criterion 3).
- **Lithium 900 mg, 9 weeks, level 0.7, stopped for tremor, polyuria, acne** (not tolerated) and **valproate avoided**
  (childbearing potential, no reliable contraception): criterion 4 met by its own "unless" clause.
- She **is stable now** (YMRS 6, PHQ-9 7 on 11/05/2026) because her sister hands her each dose: the denial's
  "stable" is true as far as it goes (leaves_out). No suicidal ideation.

## Deliberately unknown
- Whether the plan had the discharge summary when it decided.
- Her weight / metabolic labs (not in the record).

## Traps
- Calling oral aripiprazole a "failed" trial: it is a response; the problem is adherence.
- Saying she is currently manic/psychotic or in crisis; claiming urgency.
- Saying valproate was tried; calling lithium an antidepressant or an "augmentation" for depression.
- Saying the plan's "stable" is false (it leaves out why).
- Adaeze Okafor is the sister (representative), not a parent; the patient is an adult (20), so not a parent letter.
- No continuation-of-benefits request (action none); no ERISA/ACA citations; fair hearing 120 days only after the plan's appeal.

## Arguments a strong letter makes
1. Each PA-LAI-3 criterion met with exhibits; criterion 2 is met BECAUSE the oral drug works.
2. Correct "nonadherence not documented" (fills, two admissions) and "no lithium or valproate" (trial + intolerance; valproate avoided).
3. EPSDT: under 21, the plan must cover medically necessary care to correct or ameliorate the condition.
4. Risk of a third relapse and admission; the injection is how the drug that works keeps working.

## What a letter must NOT say
- "failed oral aripiprazole", "acute mania now", "valproate failed", "antidepressant trials".
- "the state sets 90-120 days"; 29 CFR 2560.503-1; 45 CFR 147.136.
""",
answers=[
("Notice date", "11/13/2026", "denial/notice-of-adverse-benefit-determination-2026-11-13.txt"),
("Reference", "FHC-PA-26-1106-33702", "denial/notice-of-adverse-benefit-determination-2026-11-13.txt"),
("Date of birth", "06/14/2006", "denial/notice-of-adverse-benefit-determination-2026-11-13.txt"),
("Appeal window", "within 60 days from the date of this notice", "denial/notice-of-adverse-benefit-determination-2026-11-13.txt"),
("Lithium trial", "Lithium 900 mg daily 01/06/2025 - 03/10/2025 (9 weeks), level 0.7 mEq/L", "clinical/psychiatry-note-2026-11-05.txt"),
("Why lithium stopped", "stopped for coarse tremor, polyuria and", "clinical/psychiatry-note-2026-11-05.txt"),
("Why valproate avoided", "she can become pregnant and uses no reliable contraception", "clinical/psychiatry-note-2026-11-05.txt"),
("Oral aripiprazole effect", "remission of mania when taken, no side effects", "clinical/psychiatry-note-2026-11-05.txt"),
("When she stopped it", "she stopped it in 03/2026", "clinical/psychiatry-note-2026-11-05.txt"),
("Refill gap", "(no fills 03/2026 through 07/2026)", "other/pharmacy-fill-history-2025-12-to-2026-11.txt"),
("First admission", "first 12/10/2025 - 12/22/2025", "clinical/discharge-summary-2026-08-14.txt"),
("Second admission", "Admitted 08/03/2026   Discharged 08/14/2026", "clinical/discharge-summary-2026-08-14.txt"),
("Current scores", "YMRS 6; PHQ-9 7", "clinical/psychiatry-note-2026-11-05.txt"),
("Who hands her each dose", "her sister, Adaeze Okafor, hands her", "clinical/psychiatry-note-2026-11-05.txt"),
("Dose requested", "400 mg monthly", "denial/notice-of-adverse-benefit-determination-2026-11-13.txt"),
("Representative form date", "Date: 11/20/2026", "other/authorized-representative-form-2026-11-20.txt"),
])

# ---------------------------------------------------------------------------------------------------------------
# 06 Marketplace Silver, NJ: IV ketamine for central neuropathic pain after spinal cord injury; MP-PAIN-KET-11:
#    "no TCA trial; gabapentin ongoing so not failed; PT not completed". TCA contraindicated (LBBB); gabapentin at
#    3600 mg partial relief, continuing; PT completed with functional benefit. Nonprofit advocate writes.
# ---------------------------------------------------------------------------------------------------------------
case(num=6,
slug="06-marketplace-silver-iv-ketamine-sci-central-pain-tca-contraindicated-lbbb-gabapentin-max-dose-partial-continuing-pt-completed-functional-gain-advocate",
npis={"@@NPI1@@": "147302859"},
yaml=r"""
# FICTIONAL CASE (set 73, case 06) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver plan (insured), New Jersey. Pre-service IV ketamine infusions for central
# neuropathic pain after an incomplete spinal cord injury, denied under MP-PAIN-KET-11 criteria 2 and 3. The policy
# accepts a TCA "trial of, or contraindication to"; nortriptyline is contraindicated (left bundle branch block).
# Gabapentin at its maximum dose gives partial relief and continues. The 2026 PT course was completed with a
# functional gain but no pain relief. A nonprofit advocate writes with his authorization.
patient:
  name: Bartholomew Ngata-Ferreira
  salutation: Mr. Ngata-Ferreira
  date_of_birth: 1985-10-07
  member_id: FICT-GMS-B20485517
  address: |-
    66 Raritan Mill Road
    New Brunswick, NJ 08901
  phone: (732) 555-0112
insurer:
  name: Garden Meridian Health, Silver 70 individual plan (FICTIONAL)
  appeals_address: |-
    Garden Meridian Health Appeals (FICTIONAL)
    PO Box 1180
    Newark, NJ 07101
  fax: (973) 555-0148
claim:
  number: GMH-PA-26-1102-62817
  plan_type: individual_aca
  student: false
  notice_date: 2026-11-09
  appeal_deadline: 2027-05-08
  deadline_basis: 180 days after receipt of the notice (45 CFR 147.136(b)(3)); counted from the notice date, 11/09/2026.
  procedure_codes: ["96365", "96366", J3490]
  diagnosis_codes: [G89.0]
  denial_reason: >-
    MP-PAIN-KET-11 criteria 2 and 3 are not met. Criterion 2: no tricyclic antidepressant trial is documented, and
    gabapentin is ongoing and therefore has not failed. Criterion 3: physical therapy has not been completed.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  reviewer:
    name: Dr. Conrad Pettibone-Arce
    specialty: physical medicine and rehabilitation
  corrections:
    - said: physical therapy has not been completed.
      record: >-
        he completed 12 physical therapy visits from 04/06/2026 to 06/26/2026 (discharged, goals met for transfers and
        wheelchair propulsion, pain unchanged at NRS 7), after 24 visits of spinal cord injury rehabilitation in 2021-2022
      file: clinical/physical-therapy-discharge-2026-06-26.txt
      page: 1
treatment:
  name: Intravenous ketamine infusions for central neuropathic pain (6 infusions over 2 weeks)
  summary: >-
    Low-dose IV ketamine for central neuropathic pain after a spinal cord injury, after a gabapentinoid at maximum
    dose (partial relief), pregabalin (not tolerated), duloxetine (no benefit) and topical lidocaine (no benefit),
    with a tricyclic contraindicated.
  plan: >-
    0.5 mg/kg over 40 minutes, 6 infusions over 2 weeks, with blood pressure, pulse oximetry and ECG monitoring;
    stop if NRS falls by less than 2 points after infusion 4; gabapentin continues.
  alongside: gabapentin 1200 mg three times daily
plan_policy:
  name: Garden Meridian Health Medical Policy MP-PAIN-KET-11, Ketamine Infusion for Chronic Pain
  number: MP-PAIN-KET-11
  quote: >-
    Ketamine infusion is medically necessary for refractory neuropathic pain when: 1. Neuropathic pain present for
    at least 6 months; 2. Inadequate relief from, or intolerance of, a gabapentinoid at the maximum tolerated dose,
    and an SNRI, and a trial of, or contraindication to, a tricyclic antidepressant; 3. Completion of a course of
    physical therapy or a multidisciplinary rehabilitation program; 4. No uncontrolled hypertension, psychosis or
    active substance use.
  file: other/mp-pain-ket-11-excerpt.txt
payer_criteria:
  - criterion: 1. Neuropathic pain present for at least 6 months
    how_met: central neuropathic pain since the T10 injury in 03/2021
    met: true
    evidence: {file: clinical/pain-medicine-consult-2026-10-20.txt, page: 1}
  - criterion: >-
      2. Inadequate relief from, or intolerance of, a gabapentinoid at the maximum tolerated dose, and an SNRI, and a
      trial of, or contraindication to, a tricyclic antidepressant
    how_met: >-
      gabapentin 3600 mg daily, partial relief only (NRS 8 to 6), continuing; pregabalin not tolerated (edema);
      duloxetine 60 mg for 16 weeks, no benefit; nortriptyline contraindicated by a left bundle branch block
    met: true
    evidence: [{file: clinical/pain-medicine-consult-2026-10-20.txt, page: 1}, {file: clinical/cardiology-letter-2026-09-14.txt, page: 1}]
  - criterion: 3. Completion of a course of physical therapy or a multidisciplinary rehabilitation program
    how_met: 12 PT visits completed 06/26/2026 (and 24 SCI rehabilitation visits in 2021-2022)
    met: true
    evidence: {file: clinical/physical-therapy-discharge-2026-06-26.txt, page: 1}
  - criterion: 4. No uncontrolled hypertension, psychosis or active substance use
    how_met: BP 124/78; no psychosis; no substance use
    met: true
    evidence: {file: clinical/pain-medicine-consult-2026-10-20.txt, page: 1}
clinical:
  treating_since: 2024-02
  severity: NRS pain 7/10 on 10/20/2026; sleep interrupted 3 nights a week by pain
  severity_date: 2026-10-20
  suicidality: none
  suicidality_date: 2026-10-20
  exclusions: BP 124/78, no psychosis, no substance use (10/20/2026)
  history:
    - drug: pregabalin
      dose: 300 mg daily
      start: 2021-12
      end: 2022-03
      outcome: stopped for leg edema and weight gain (not tolerated)
      kind: other
      adequate: false
      failed: true
      evidence: {file: clinical/pain-medicine-consult-2026-10-20.txt, page: 1}
    - drug: gabapentin
      dose: 1200 mg three times daily (3600 mg, the maximum)
      start: 2022-04
      outcome: partial relief (NRS 8 to 6), continuing
      kind: other
      adequate: true
      response: partial
      ongoing: true
      evidence: {file: clinical/pain-medicine-consult-2026-10-20.txt, page: 1}
    - drug: duloxetine
      dose: 60 mg daily
      start: 2023-04
      end: 2023-08
      weeks: 16
      outcome: no pain benefit
      adequate: true
      failed: true
      response: none
      evidence: {file: clinical/pain-medicine-consult-2026-10-20.txt, page: 1}
    - drug: lidocaine 5% patches
      dose: up to 3 patches daily
      start: 2024-03
      end: 2024-06
      outcome: no benefit
      kind: other
      adequate: true
      failed: true
      response: none
      evidence: {file: clinical/pain-medicine-consult-2026-10-20.txt, page: 1}
    - drug: physical therapy
      dose: 12 visits
      start: 2026-04-06
      end: 2026-06-26
      sessions: 12
      outcome: completed; goals met for transfers and wheelchair propulsion; pain unchanged
      kind: other
      failed: false
      evidence: {file: clinical/physical-therapy-discharge-2026-06-26.txt, page: 1}
author:
  name: Henrietta Obuya
  relation: representative
  role: Patient advocate, Garden State Patient Advocacy Network (FICTIONAL nonprofit)
  phone: (609) 555-0124
  email: hobuya@gspan.example
  authorization: other/authorization-2026-11-16.txt
provider:
  name: Dr. Ignatius Varga-Holm
  credentials: MD, pain medicine
  npi: "@@NPI1@@"
  address: |-
    10 Plum Street, Suite 500
    New Brunswick, NJ 08901
  phone: (732) 555-0135
record_dates:
  - file: denial/denial-notice-2026-11-09.txt
    date: 2026-11-09
  - file: clinical/pain-medicine-consult-2026-10-20.txt
    date: 2026-10-20
  - file: clinical/cardiology-letter-2026-09-14.txt
    date: 2026-09-14
  - file: clinical/physical-therapy-discharge-2026-06-26.txt
    date: 2026-06-26
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/denial-notice-2026-11-09.txt": r"""
GARDEN MERIDIAN HEALTH (FICTIONAL) - SILVER 70 INDIVIDUAL PLAN - PRIOR AUTHORIZATION DENIAL
Date: 11/09/2026
Member: Bartholomew Ngata-Ferreira   Member ID: FICT-GMS-B20485517
Reference: GMH-PA-26-1102-62817
Requested: ketamine infusion (96365, 96366, J3490), 6 infusions; diagnosis G89.0; Ignatius Varga-Holm, MD
Decision: DENIED. MP-PAIN-KET-11 criteria 2 and 3 are not met. Criterion 2: no tricyclic antidepressant trial is
documented, and gabapentin is ongoing and therefore has not failed. Criterion 3: physical therapy has not been
completed.
Reviewer: Conrad Pettibone-Arce, MD, physical medicine and rehabilitation.
You may appeal within 180 days of receiving this notice: Garden Meridian Health Appeals (FICTIONAL), PO Box 1180,
Newark, NJ 07101, fax (973) 555-0148. After our final decision you may ask for an external review.
""",
"clinical/pain-medicine-consult-2026-10-20.txt": r"""
PAIN MEDICINE CONSULTATION AND TREATMENT HISTORY
Date: 10/20/2026
Patient: Bartholomew Ngata-Ferreira   DOB: 10/07/1985
Physician: Ignatius Varga-Holm, MD, pain medicine (treating since 02/2024)
Diagnosis: central neuropathic pain (G89.0) after an incomplete T10 spinal cord injury, 03/2021 (fall at work).
- Pregabalin 300 mg daily 12/2021 - 03/2022: stopped for leg edema and weight gain.
- Gabapentin 1200 mg three times daily (3600 mg/day, the maximum) since 04/2022: partial relief, NRS 8 -> 6; continuing.
- Duloxetine 60 mg daily 04/2023 - 08/2023 (16 weeks): no pain benefit.
- Lidocaine 5% patches 03/2024 - 06/2024: no benefit.
- Nortriptyline (tricyclic): not prescribed; contraindicated by his left bundle branch block (see cardiology letter).
- Opioids: not used.
Today: NRS 7/10; pain wakes him 3 nights a week. BP 124/78. No psychosis; no substance use; no suicidal ideation.
His wife, Luz Ngata, helps with his morning transfers.
Plan: IV ketamine 0.5 mg/kg over 40 minutes, 6 infusions over 2 weeks; continue gabapentin.
Ignatius Varga-Holm, MD
""",
"clinical/cardiology-letter-2026-09-14.txt": r"""
CARDIOLOGY LETTER
Date: 09/14/2026
Re: Bartholomew Ngata-Ferreira
ECG 09/10/2026: left bundle branch block (QRS 146 ms). A tricyclic antidepressant such as nortriptyline is
contraindicated: it slows conduction further and raises the risk of heart block.
Annika Sorensen-Bah, MD, cardiology
""",
"clinical/physical-therapy-discharge-2026-06-26.txt": r"""
PHYSICAL THERAPY DISCHARGE SUMMARY
Date: 06/26/2026
Patient: Bartholomew Ngata-Ferreira
Course: 12 visits, 04/06/2026 - 06/26/2026. Completed. Goals met: independent sliding-board transfers, wheelchair
propulsion 400 feet. Pain: unchanged, NRS 7 at start and end. Prior: 24 visits of spinal cord injury rehabilitation,
2021-2022. Home exercise program continues.
Dalia Rosenquist, PT, DPT
""",
"other/mp-pain-ket-11-excerpt.txt": r"""
GARDEN MERIDIAN HEALTH (FICTIONAL) MEDICAL POLICY MP-PAIN-KET-11 - KETAMINE INFUSION FOR CHRONIC PAIN (excerpt)
Ketamine infusion is medically necessary for refractory neuropathic pain when: 1. Neuropathic pain present for
at least 6 months; 2. Inadequate relief from, or intolerance of, a gabapentinoid at the maximum tolerated dose,
and an SNRI, and a trial of, or contraindication to, a tricyclic antidepressant; 3. Completion of a course of
physical therapy or a multidisciplinary rehabilitation program; 4. No uncontrolled hypertension, psychosis or
active substance use.
""",
"other/authorization-2026-11-16.txt": r"""
AUTHORIZATION FOR A REPRESENTATIVE
Date: 11/16/2026
I, Bartholomew Ngata-Ferreira (member ID FICT-GMS-B20485517), authorize Henrietta Obuya of Garden State Patient
Advocacy Network (FICTIONAL), hobuya@gspan.example, to appeal decision GMH-PA-26-1102-62817 for me and to receive my
health information for it. Signed: Bartholomew Ngata-Ferreira
""",
},
truth=r"""
# FICTIONAL TRUTH FILE - 06 - Marketplace: IV ketamine for central pain after SCI; TCA contraindicated, PT completed (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- **Individual Marketplace** Silver plan (insured), NJ; not a student plan. Pre-service IV ketamine for **central
  neuropathic pain** (G89.0) after incomplete T10 SCI (03/2021). Denied **11/09/2026**, **MP-PAIN-KET-11 criteria 2, 3**.
- Criterion 2 words: "inadequate relief from, or intolerance of, a gabapentinoid at the maximum tolerated dose, and an
  SNRI, and a **trial of, or contraindication to**, a tricyclic". **Gabapentin 3600 mg: partial relief, continuing**
  (inadequate relief need not mean stopped); **pregabalin not tolerated**; **duloxetine 16 weeks no benefit** (SNRI);
  **nortriptyline contraindicated** (LBBB, QRS 146 ms, cardiology 09/14/2026).
- Criterion 3: **12 PT visits completed 06/26/2026**, goals met (transfers, propulsion), pain unchanged; plus 24 SCI
  rehab visits 2021-2022. The denial's "not completed" is wrong.
- NRS 7/10 on 10/20/2026; BP 124/78; no psychosis or substance use; no suicidal ideation.
- First internal appeal: 180 days from receipt, **05/08/2027** from the notice date. Advocate writes with authorization (11/16/2026).
- Reviewer: PM&R (not a pain-medicine specialist; the letter may ask for a pain specialist, not claim one is required by law).

## Deliberately unknown
- Whether the plan received the cardiology letter and PT discharge with the request.
- Gabapentin's exact start date within 04/2022.

## Traps
- Saying a TCA was tried or "failed"; it was never given (contraindicated).
- Calling gabapentin "failed" and stopped, or "no response": partial relief, continuing, alongside the infusions.
- Calling PT a failed treatment trial: it met its functional goals; it is completed (criterion 3 asks completion).
- Depression wording: this is a pain letter; duloxetine here is an SNRI for pain, not an antidepressant trial for depression.
- Opioids were never used: do not list an opioid trial.
- Luz Ngata is the wife; Dalia Rosenquist is the PT; Dr. Sorensen-Bah the cardiologist.

## Arguments a strong letter makes
1. Criterion 2 met by its own "or contraindication to" clause and "inadequate relief" from gabapentin at maximum dose.
2. Criterion 3 met: PT course completed (correct the notice, with the discharge summary).
3. Criteria 1 and 4 met; infusion plan with a stop rule.
4. ACA internal appeal (45 CFR 147.136(b)(3)) then external review; ask for a reviewer in pain medicine.

## What a letter must NOT say
- "failed a tricyclic", "failed opioids", "gabapentin was discontinued", "physical therapy failed".
- "treatment-resistant depression", suicidality, parity as a member right to the analysis, ERISA for this plan.
""",
answers=[
("Notice date", "11/09/2026", "denial/denial-notice-2026-11-09.txt"),
("Reference", "GMH-PA-26-1102-62817", "denial/denial-notice-2026-11-09.txt"),
("Criteria denied", "MP-PAIN-KET-11 criteria 2 and 3 are not met", "denial/denial-notice-2026-11-09.txt"),
("Reviewer specialty", "physical medicine and rehabilitation", "denial/denial-notice-2026-11-09.txt"),
("Policy TCA wording", "a trial of, or contraindication to, a tricyclic antidepressant", "other/mp-pain-ket-11-excerpt.txt"),
("Why no TCA", "contraindicated by his left bundle branch block", "clinical/pain-medicine-consult-2026-10-20.txt"),
("ECG finding", "left bundle branch block (QRS 146 ms)", "clinical/cardiology-letter-2026-09-14.txt"),
("Gabapentin dose and effect", "3600 mg/day, the maximum) since 04/2022: partial relief, NRS 8 -> 6; continuing", "clinical/pain-medicine-consult-2026-10-20.txt"),
("Pregabalin outcome", "stopped for leg edema and weight gain", "clinical/pain-medicine-consult-2026-10-20.txt"),
("Duloxetine trial", "Duloxetine 60 mg daily 04/2023 - 08/2023 (16 weeks): no pain benefit", "clinical/pain-medicine-consult-2026-10-20.txt"),
("PT course", "12 visits, 04/06/2026 - 06/26/2026. Completed", "clinical/physical-therapy-discharge-2026-06-26.txt"),
("PT effect on pain", "Pain: unchanged, NRS 7 at start and end", "clinical/physical-therapy-discharge-2026-06-26.txt"),
("Injury", "incomplete T10 spinal cord injury, 03/2021", "clinical/pain-medicine-consult-2026-10-20.txt"),
("Blood pressure", "BP 124/78", "clinical/pain-medicine-consult-2026-10-20.txt"),
("Opioids", "Opioids: not used", "clinical/pain-medicine-consult-2026-10-20.txt"),
("Authorization date", "Date: 11/16/2026", "other/authorization-2026-11-16.txt"),
])

# ---------------------------------------------------------------------------------------------------------------
# 07 county employees' plan (governmental), self-funded, WY: IV ketamine for bipolar II depression; UM-KET-5:
#    "no antidepressant trials in the current episode; lamotrigine level not documented". Criterion 2 is truly
#    unmet as written (antidepressants avoided after a 2019 switch to hypomania); criterion 3 met (lithium 0.8,
#    lamotrigine level 4.1 on the lab sheet). Treating psychiatrist writes.
# ---------------------------------------------------------------------------------------------------------------
case(num=7,
slug="07-county-plan-self-funded-iv-ketamine-bipolar-ii-depression-antidepressants-avoided-after-2019-switch-criterion-2-unmet-as-written-lamotrigine-level-on-file-psychiatrist",
npis={"@@NPI1@@": "119384076"},
yaml=r"""
# FICTIONAL CASE (set 73, case 07) - every person, plan, provider, number and address is invented.
# County employees' health plan, self-funded, Wyoming, 2,700 employees, not grandfathered (plan document says so).
# Pre-service IV ketamine for bipolar II depression, denied under UM-KET-5 criteria 2 and 3. Criterion 2 (two
# antidepressant trials) is NOT met as written: antidepressants are avoided since sertraline caused hypomania in
# 2019. In this episode: quetiapine 300 mg (no response), lurasidone (akathisia), lithium added (0.8, partial),
# lamotrigine 200 mg continuing (level 4.1 on the 10/26 lab sheet). The treating psychiatrist writes.
patient:
  name: Nadia Rosenthal-Oyelaran
  salutation: Ms. Rosenthal-Oyelaran
  date_of_birth: 1981-12-04
  member_id: FICT-PCE-N49302716
  address: |-
    2114 Thornburgh Drive
    Laramie, WY 82070
  phone: (307) 555-0115
insurer:
  name: Pinecrest County Employee Health Plan (FICTIONAL), administered by High Plains Benefit Administrators (FICTIONAL)
  appeals_address: |-
    High Plains Benefit Administrators, Appeals (FICTIONAL)
    PO Box 2250
    Cheyenne, WY 82003
  fax: (307) 555-0162
claim:
  number: HPB-UM-26-1112-18846
  plan_type: governmental
  funding: self_funded
  grandfathered: false
  employees: 2700
  notice_date: 2026-11-18
  appeal_deadline: 2027-05-17
  deadline_basis: 180 days after receipt of the notice (plan document Section 10.2); counted from the notice date 11/18/2026.
  procedure_codes: ["96365", "96366", J3490]
  diagnosis_codes: [F31.81]
  denial_reason: >-
    UM-KET-5 criteria 2 and 3 are not met. Criterion 2: no antidepressant trials are documented in the current
    episode. Criterion 3: a lamotrigine level is not documented.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  corrections:
    - said: a lamotrigine level is not documented.
      record: >-
        the laboratory report of 10/26/2026 gives a lamotrigine level of 4.1 mcg/mL and a lithium level of 0.8 mEq/L,
        both sent with the request
      file: clinical/lab-report-2026-10-26.txt
      page: 1
treatment:
  name: Intravenous ketamine infusions (6 infusions over 3 weeks)
  summary: >-
    IV ketamine for bipolar II depression, current episode severe, in a patient for whom antidepressants are
    unsafe after a switch into hypomania, and after quetiapine, lurasidone and lithium augmentation of lamotrigine
    brought no adequate response.
  plan: >-
    0.5 mg/kg over 40 minutes twice weekly for 3 weeks (6 infusions), lamotrigine and lithium continued; MADRS and
    YMRS before each infusion; stop at any sign of hypomania.
  alongside: lamotrigine 200 mg daily
plan_policy:
  name: Pinecrest County Employee Health Plan Utilization Management Guideline UM-KET-5, Ketamine Infusion for Depression
  number: UM-KET-5
  quote: >-
    Covered when: 1. Major depressive disorder or bipolar disorder, current depressive episode of at least moderate
    severity; 2. Failure of at least two antidepressant trials at adequate dose for at least 6 weeks in the current
    episode; 3. For bipolar disorder, a current mood stabilizer at a therapeutic level; 4. No active psychosis,
    uncontrolled hypertension or active substance use.
  file: other/um-ket-5-excerpt.txt
payer_criteria:
  - criterion: 1. Major depressive disorder or bipolar disorder, current depressive episode of at least moderate severity
    how_met: bipolar II disorder, current episode depressed, severe; MADRS 33 on 11/02/2026
    met: true
    evidence: {file: clinical/psychiatry-letter-2026-11-02.txt, page: 1}
  - criterion: 2. Failure of at least two antidepressant trials at adequate dose for at least 6 weeks in the current episode
    how_met: >-
      not met as written: no antidepressant has been given in this episode because sertraline caused a switch into
      hypomania in 2019; instead quetiapine 300 mg (8 weeks, no response), lurasidone (stopped for akathisia) and
      lithium augmentation (12 weeks, partial response) were tried
    met: false
    evidence: {file: clinical/psychiatry-letter-2026-11-02.txt, page: 1}
  - criterion: 3. For bipolar disorder, a current mood stabilizer at a therapeutic level
    how_met: lithium 0.8 mEq/L and lamotrigine 200 mg daily (level 4.1 mcg/mL) on 10/26/2026
    met: true
    evidence: {file: clinical/lab-report-2026-10-26.txt, page: 1}
  - criterion: 4. No active psychosis, uncontrolled hypertension or active substance use
    how_met: no psychosis; BP 118/76; no substance use
    met: true
    evidence: {file: clinical/psychiatry-letter-2026-11-02.txt, page: 1}
clinical:
  episode_onset: 2026-03
  treating_since: 2019-06
  severity: MADRS 33 and YMRS 2 on 11/02/2026
  severity_date: 2026-11-02
  suicidality: passive
  suicidality_date: 2026-11-02
  exclusions: no psychosis, BP 118/76, no substance use (11/02/2026)
  history:
    - drug: sertraline
      dose: 100 mg daily
      start: 2019-04
      end: 2019-06
      outcome: switch into hypomania after 7 weeks (earlier episode); stopped; antidepressants avoided since
      kind: antidepressant
      adequate: false
      failed: false
      evidence: {file: clinical/psychiatry-letter-2026-11-02.txt, page: 1}
    - drug: lamotrigine
      dose: 200 mg daily
      start: 2020-01
      outcome: maintenance mood stabilizer, continuing (level 4.1 mcg/mL on 10/26/2026)
      kind: other
      ongoing: true
      evidence: {file: clinical/lab-report-2026-10-26.txt, page: 1}
    - drug: quetiapine
      dose: 300 mg at bedtime
      start: 2026-04-06
      end: 2026-06-01
      weeks: 8
      outcome: no response (MADRS 34 to 33); stopped
      kind: augmentation
      adequate: true
      failed: true
      response: none
      evidence: {file: clinical/psychiatry-letter-2026-11-02.txt, page: 1}
    - drug: lurasidone
      dose: 60 mg daily
      start: 2026-06-15
      end: 2026-07-13
      outcome: stopped after 4 weeks for akathisia (not tolerated)
      kind: augmentation
      adequate: false
      failed: false
      evidence: {file: clinical/psychiatry-letter-2026-11-02.txt, page: 1}
    - drug: lithium (added to lamotrigine)
      dose: 900 mg daily (level 0.8 mEq/L)
      start: 2026-07-20
      weeks: 15
      outcome: partial response (MADRS 34 to 29 by week 12, then 33); continuing
      kind: augmentation
      adequate: true
      response: partial
      ongoing: true
      evidence: {file: clinical/psychiatry-letter-2026-11-02.txt, page: 1}
impact:
  work: Has used all paid leave and works 20 hours a week instead of 40 at the county assessor's office since 09/2026.
author:
  name: Dr. Cosima Haverford-Adeyemi
  relation: physician
  role: Treating psychiatrist
  phone: (307) 555-0137
  authorization: other/patient-consent-2026-11-20.txt
provider:
  name: Dr. Cosima Haverford-Adeyemi
  credentials: MD, psychiatrist
  npi: "@@NPI1@@"
  address: |-
    1500 East Grand Avenue, Suite 8
    Laramie, WY 82070
  phone: (307) 555-0137
record_dates:
  - file: denial/adverse-determination-2026-11-18.txt
    date: 2026-11-18
  - file: clinical/lab-report-2026-10-26.txt
    date: 2026-10-26
  - file: clinical/psychiatry-letter-2026-11-02.txt
    date: 2026-11-02
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/adverse-determination-2026-11-18.txt": r"""
HIGH PLAINS BENEFIT ADMINISTRATORS (FICTIONAL), for the Pinecrest County Employee Health Plan (self-funded)
NOTICE OF ADVERSE BENEFIT DETERMINATION - PRE-SERVICE
Date: 11/18/2026
Member: Nadia Rosenthal-Oyelaran   Member ID: FICT-PCE-N49302716
Reference: HPB-UM-26-1112-18846
Requested: ketamine infusions (96365, 96366, J3490), 6 infusions; diagnosis F31.81; Cosima Haverford-Adeyemi, MD
Decision: DENIED. UM-KET-5 criteria 2 and 3 are not met. Criterion 2: no antidepressant trials are documented in
the current episode. Criterion 3: a lamotrigine level is not documented.
Reviewer: Aurelio Quist-Banda, MD, psychiatry.
Appeal: within 180 days after you receive this notice (plan document Section 10.2), to High Plains Benefit
Administrators, Appeals (FICTIONAL), PO Box 2250, Cheyenne, WY 82003, fax (307) 555-0162. This plan is not a
grandfathered health plan; external review is available after the internal appeal.
""",
"clinical/psychiatry-letter-2026-11-02.txt": r"""
TREATING PSYCHIATRIST'S SUMMARY
Date: 11/02/2026
Patient: Nadia Rosenthal-Oyelaran   DOB: 12/04/1981
Psychiatrist: Cosima Haverford-Adeyemi, MD (treating since 06/2019)
Diagnosis: bipolar II disorder, current episode depressed, severe (F31.81). Current episode since 03/2026.
2019: sertraline 100 mg daily (04/2019 - 06/2019) brought a switch into hypomania after 7 weeks (observed by her
husband, Tobias Oyelaran: three nights without sleep, spending spree). Antidepressants avoided since.
Lamotrigine 200 mg daily since 01/2020 (maintenance), continuing.
Current episode:
- Quetiapine 300 mg at bedtime 04/06/2026 - 06/01/2026 (8 weeks): no response (MADRS 34 -> 33).
- Lurasidone 60 mg daily 06/15/2026 - 07/13/2026: stopped after 4 weeks for akathisia.
- Lithium added 07/20/2026, 900 mg daily, level 0.8 mEq/L: partial response (MADRS 34 -> 29 by week 12, 33 now); continuing.
Today: MADRS 33; YMRS 2. Passive thoughts of death, no intent or plan. No psychosis. BP 118/76. No substance use.
Working 20 hours a week instead of 40 since 09/2026.
Plan: IV ketamine 0.5 mg/kg twice weekly for 3 weeks, with lamotrigine and lithium continued.
Cosima Haverford-Adeyemi, MD
""",
"clinical/lab-report-2026-10-26.txt": r"""
LABORATORY REPORT
Collected: 10/26/2026   Patient: Nadia Rosenthal-Oyelaran
Lithium (12-hour trough): 0.8 mEq/L
Lamotrigine: 4.1 mcg/mL
Creatinine 0.8 mg/dL; TSH 2.1 mIU/L
Ordered by: Cosima Haverford-Adeyemi, MD
""",
"other/um-ket-5-excerpt.txt": r"""
PINECREST COUNTY EMPLOYEE HEALTH PLAN (FICTIONAL) UM GUIDELINE UM-KET-5 - KETAMINE INFUSION FOR DEPRESSION (excerpt)
Covered when: 1. Major depressive disorder or bipolar disorder, current depressive episode of at least moderate
severity; 2. Failure of at least two antidepressant trials at adequate dose for at least 6 weeks in the current
episode; 3. For bipolar disorder, a current mood stabilizer at a therapeutic level; 4. No active psychosis,
uncontrolled hypertension or active substance use.
""",
"other/patient-consent-2026-11-20.txt": r"""
PATIENT CONSENT
Date: 11/20/2026
I, Nadia Rosenthal-Oyelaran, ask my psychiatrist, Cosima Haverford-Adeyemi, MD, to appeal decision
HPB-UM-26-1112-18846 for me and to share my health information for it. Signed: Nadia Rosenthal-Oyelaran
""",
},
truth=r"""
# FICTIONAL TRUTH FILE - 07 - county plan: IV ketamine for bipolar II depression; criterion 2 unmet as written (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- **Governmental** (county) plan, self-funded, 2,700 employees, **not grandfathered** (the notice says so). Pre-service
  IV ketamine for **bipolar II depression** (F31.81), denied **11/18/2026** under **UM-KET-5 criteria 2 and 3**.
- **Criterion 2 is NOT met as written**: no antidepressant in the current episode (since 03/2026). Reason: **sertraline
  in 2019 caused a switch into hypomania** (an earlier episode; not a failed trial). The honest argument is medical:
  antidepressants are unsafe for her; the bipolar-depression treatments tried instead failed.
- In this episode: **quetiapine 300 mg, 8 weeks, no response**; **lurasidone 60 mg stopped at 4 weeks for akathisia**
  (intolerance); **lithium added 07/20/2026, level 0.8, partial response, continuing**; **lamotrigine 200 mg since 2020,
  continuing**.
- **Criterion 3 is met**: lab report **10/26/2026: lithium 0.8 mEq/L, lamotrigine 4.1 mcg/mL**. The denial's "lamotrigine
  level not documented" is wrong.
- MADRS 33, YMRS 2 on 11/02/2026; **passive** thoughts of death, no intent or plan.
- The plan's reviewer IS a psychiatrist. Appeal within 180 days (plan document 10.2): **05/17/2027** from the notice date.
- Rules: 45 CFR 147.136 applies to a non-grandfathered non-federal governmental plan (not ERISA). Parity reaches it
  (2,700 employees); the record does not say whether the county ever elected out of parity (the former opt-out for
  self-funded non-federal governmental plans was ended by the Consolidated Appropriations Act, 2023, with a transition
  for collectively bargained plans): a letter may argue parity but should not assert the plan's status.

## Deliberately unknown
- Whether the county ever elected out of the federal parity requirements, or has a collectively bargained transition.
- Whether the lab report went with the request (the record does not say what was sent; the correction says it was -
  a letter should rely on the lab report itself).

## Traps
- Claiming criterion 2 is met, "failed two antidepressants", or calling quetiapine/lurasidone/lithium/lamotrigine
  "antidepressants" (they are antipsychotics / mood stabilizers).
- Calling sertraline a failed trial (it caused a switch).
- Saying lithium or lamotrigine was stopped (both continue).
- "the reviewer is not a psychiatrist" (false here). "Active suicidal ideation" (passive only).
- Citing ERISA 29 CFR 2560.503-1 as governing this plan; "every criterion is met".
- Tobias Oyelaran (husband) witnessed the 2019 hypomania; he is not the author.

## Arguments a strong letter makes
1. Criterion 3 met: correct the notice with the 10/26 lab report.
2. Criterion 2: say plainly it is not met as written and why (antidepressant-induced hypomania, 2019); ask the plan to
   apply its exception/medical-judgment review, citing the three bipolar-depression treatments tried in this episode.
3. Criteria 1 and 4 met; infusion plan with hypomania stop rule and mood stabilizers continued.
4. 45 CFR 147.136 internal appeal, then external review (non-grandfathered).

## What a letter must NOT say
- "all four criteria are met"; "failed two antidepressant trials"; "sertraline failed".
- "discontinued lamotrigine/lithium"; "active suicidal ideation".
""",
answers=[
("Notice date", "11/18/2026", "denial/adverse-determination-2026-11-18.txt"),
("Reference", "HPB-UM-26-1112-18846", "denial/adverse-determination-2026-11-18.txt"),
("Criteria denied", "UM-KET-5 criteria 2 and 3 are not met", "denial/adverse-determination-2026-11-18.txt"),
("Reviewer specialty", "Aurelio Quist-Banda, MD, psychiatry", "denial/adverse-determination-2026-11-18.txt"),
("Grandfathered status", "This plan is not a\ngrandfathered health plan", "denial/adverse-determination-2026-11-18.txt"),
("Lamotrigine level", "Lamotrigine: 4.1 mcg/mL", "clinical/lab-report-2026-10-26.txt"),
("Lithium level", "Lithium (12-hour trough): 0.8 mEq/L", "clinical/lab-report-2026-10-26.txt"),
("Why antidepressants avoided", "brought a switch into hypomania after 7 weeks", "clinical/psychiatry-letter-2026-11-02.txt"),
("Who observed the 2019 hypomania", "her\nhusband, Tobias Oyelaran", "clinical/psychiatry-letter-2026-11-02.txt"),
("Quetiapine trial", "Quetiapine 300 mg at bedtime 04/06/2026 - 06/01/2026 (8 weeks): no response", "clinical/psychiatry-letter-2026-11-02.txt"),
("Lurasidone outcome", "stopped after 4 weeks for akathisia", "clinical/psychiatry-letter-2026-11-02.txt"),
("Lithium response", "partial response (MADRS 34 -> 29 by week 12, 33 now); continuing", "clinical/psychiatry-letter-2026-11-02.txt"),
("Episode onset", "Current episode since 03/2026", "clinical/psychiatry-letter-2026-11-02.txt"),
("Suicidality", "Passive thoughts of death, no intent or plan", "clinical/psychiatry-letter-2026-11-02.txt"),
("Current scores", "MADRS 33; YMRS 2", "clinical/psychiatry-letter-2026-11-02.txt"),
("Consent date", "Date: 11/20/2026", "other/patient-consent-2026-11-20.txt"),
])

# ---------------------------------------------------------------------------------------------------------------
# 08 TRICARE Select, retired sponsor, AL: repeat TMS course; the contractor read the 08/28/2026 relapse PHQ-9 (19)
#    as the end of the 2024 course; the course took PHQ-9 from 24 to 6 (75%) and remission lasted to 07/2026.
#    Desvenlafaxine continues; bupropion added after relapse, stopped for insomnia; trazodone for sleep. Patient.
# ---------------------------------------------------------------------------------------------------------------
case(num=8,
slug="08-tricare-select-tms-repeat-course-relapse-score-misread-as-end-of-first-course-75pct-response-remission-desvenlafaxine-continuing-patient",
npis={"@@NPI1@@": "181620395"},
yaml=r"""
# FICTIONAL CASE (set 73, case 08) - every person, plan, provider, number and address is invented.
# TRICARE Select, retired sponsor (the patient), Alabama. A repeat TMS course denied under the contractor's
# guideline TMS-R-3 ("response to a prior course and relapse after at least 2 months of remission"): the decision
# says the 2024 course "produced no benefit: PHQ-9 at end of course 19". 19 is the 08/28/2026 relapse score; the
# 2024 course ended at PHQ-9 6 (from 24: 75%), remission lasted to 07/2026. The patient writes ("I").
patient:
  name: Gerald Castellanos-Whitby
  salutation: Mr. Castellanos-Whitby
  date_of_birth: 1968-01-23
  member_id: FICT-DBN-G10293847
  address: |-
    3307 Magnolia Ridge Court
    Huntsville, AL 35806
  phone: (256) 555-0111
insurer:
  name: TRICARE Select, East Region contractor Meridian Federal Health Services (FICTIONAL)
  appeals_address: |-
    Meridian Federal Health Services, Reconsiderations (FICTIONAL)
    PO Box 870140
    Huntsville, AL 35813
  fax: (256) 555-0165
claim:
  number: MFH-AU-26-1103-27719
  plan_type: tricare
  notice_date: 2026-11-10
  appeal_deadline: 2027-02-08
  deadline_basis: 90 days from the date of the initial determination notice, 11/10/2026 (32 CFR 199.10; the notice says the same).
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    A repeat course of TMS does not meet guideline TMS-R-3 criterion (a). The prior course (2024) produced no
    benefit: PHQ-9 at end of course 19.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  corrections:
    - said: "The prior course (2024) produced no benefit: PHQ-9 at end of course 19."
      record: >-
        the 2024 course (36 sessions, 02/05/2024 to 03/22/2024) took PHQ-9 from 24 (02/01/2024) to 6 (03/22/2024), a
        75% reduction, and PHQ-9 was 5 on 09/16/2024 and 4 on 03/10/2026; the score of 19 is from 08/28/2026, after the
        relapse that began in 07/2026
      file: [clinical/tms-course-summary-2024-03-22.txt, clinical/psychiatry-note-2026-11-02.txt]
      page: 1
treatment:
  name: A repeat course of transcranial magnetic stimulation (36 sessions)
  summary: >-
    A second TMS course for a relapse of recurrent major depression after a first course in 2024 brought remission
    that lasted more than two years.
  plan: >-
    36 sessions (30 daily, then a 6-session taper) with the 2024 parameters; PHQ-9 weekly; desvenlafaxine 100 mg
    continues.
  alongside: desvenlafaxine 100 mg daily
plan_policy:
  name: Meridian Federal Health Services Clinical Guideline TMS-R-3, Repeat TMS Course
  number: TMS-R-3
  quote: >-
    A repeat course of TMS may be covered when (a) the member responded to a prior course, shown by a reduction of at
    least 50% in a standardized depression scale from the start to the end of that course, and (b) the member
    relapsed after a remission of at least 2 months.
  file: other/tms-r-3-excerpt.txt
payer_criteria:
  - criterion: >-
      (a) response to a prior course: a reduction of at least 50% in a standardized depression scale from the start
      to the end of that course
    how_met: PHQ-9 24 on 02/01/2024 to 6 on 03/22/2024, a 75% reduction
    met: true
    evidence: {file: clinical/tms-course-summary-2024-03-22.txt, page: 1}
  - criterion: (b) relapse after a remission of at least 2 months
    how_met: remission (PHQ-9 5 on 09/16/2024, 4 on 03/10/2026) until the relapse that began in 07/2026; PHQ-9 19 on 08/28/2026
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
clinical:
  treating_since: 2023-05
  episode_onset: 2026-07
  severity: PHQ-9 21 on 11/02/2026
  severity_date: 2026-11-02
  suicidality: none
  suicidality_date: 2026-11-02
  response: "2024 TMS course: PHQ-9 24 to 6 (75%)"
  history:
    - drug: transcranial magnetic stimulation (first course)
      dose: 36 sessions
      start: 2024-02-05
      end: 2024-03-22
      sessions: 36
      outcome: response and remission (PHQ-9 24 to 6); remission until 07/2026
      kind: neuromodulation
      adequate: true
      failed: false
      response: remission
      evidence: {file: clinical/tms-course-summary-2024-03-22.txt, page: 1}
    - drug: desvenlafaxine
      dose: 100 mg daily
      start: 2023-06
      outcome: continuing since 2023 (maintenance); relapse in 07/2026 despite it
      kind: antidepressant
      ongoing: true
      evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
    - drug: bupropion XL (added to desvenlafaxine)
      dose: 150 mg daily
      start: 2026-09-08
      end: 2026-10-13
      outcome: stopped after 5 weeks for insomnia and anxiety (not tolerated)
      kind: augmentation
      adequate: false
      failed: false
      evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
    - drug: trazodone
      dose: 50 mg at bedtime, for sleep
      start: 2026-10-14
      outcome: sleep dose, continuing; not an antidepressant trial
      kind: other
      ongoing: true
      evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
impact:
  relapse: My depression came back in July 2026 after more than two years of remission that followed the 2024 TMS course.
  work: I have stopped my part-time work as a flight-simulator instructor since 09/2026.
author:
  name: Gerald Castellanos-Whitby
  relation: patient
  role: Patient (retired sponsor)
provider:
  name: Dr. Percival Omondi-Lacroix
  credentials: MD, psychiatrist
  npi: "@@NPI1@@"
  address: |-
    4800 Whitesburg Drive, Suite 210
    Huntsville, AL 35802
  phone: (256) 555-0138
record_dates:
  - file: denial/initial-determination-2026-11-10.txt
    date: 2026-11-10
  - file: clinical/tms-course-summary-2024-03-22.txt
    date: 2024-03-22
  - file: clinical/psychiatry-note-2026-11-02.txt
    date: 2026-11-02
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/initial-determination-2026-11-10.txt": r"""
MERIDIAN FEDERAL HEALTH SERVICES (FICTIONAL), TRICARE EAST REGION - INITIAL DETERMINATION (AUTHORIZATION)
Date: 11/10/2026
Beneficiary: Gerald Castellanos-Whitby   DoD benefits number: FICT-DBN-G10293847   Plan: TRICARE Select (retired)
Authorization request: MFH-AU-26-1103-27719 - TMS, 90867 and 90868, 36 sessions; Percival Omondi-Lacroix, MD
Decision: DENIED. A repeat course of TMS does not meet guideline TMS-R-3 criterion (a). The prior course (2024)
produced no benefit: PHQ-9 at end of course 19.
Reconsideration: you may ask for a reconsideration in writing within 90 days of the date of this notice. Send it to
Meridian Federal Health Services, Reconsiderations (FICTIONAL), PO Box 870140, Huntsville, AL 35813, fax (256) 555-0165.
""",
"clinical/tms-course-summary-2024-03-22.txt": r"""
TMS COURSE SUMMARY (first course)
Date: 03/22/2024
Patient: Gerald Castellanos-Whitby
Course: 36 sessions, 02/05/2024 - 03/22/2024 (30 daily sessions and a 6-session taper), left DLPFC, 120% MT.
PHQ-9: 24 on 02/01/2024 (baseline); 13 at session 15; 6 on 03/22/2024 (end of course). Reduction 75%: response,
and remission (PHQ-9 under 10 at the end).
Technician: Roxanne Delacroix-Pugh, TMS technician. Physician: Percival Omondi-Lacroix, MD
""",
"clinical/psychiatry-note-2026-11-02.txt": r"""
PSYCHIATRY PROGRESS NOTE
Date: 11/02/2026
Patient: Gerald Castellanos-Whitby   DOB: 01/23/1968
Psychiatrist: Percival Omondi-Lacroix, MD (treating since 05/2023)
Diagnosis: major depressive disorder, recurrent, severe (F33.2).
After the 2024 TMS course: PHQ-9 5 on 09/16/2024; 4 on 03/10/2026 (remission).
Relapse: began 07/2026 (his wife, Marisela Whitby, noticed withdrawal and early waking). PHQ-9 19 on 08/28/2026.
Medications: desvenlafaxine 100 mg daily since 06/2023, continuing. Bupropion XL 150 mg added 09/08/2026, stopped
10/13/2026 after 5 weeks for insomnia and anxiety. Trazodone 50 mg at bedtime since 10/14/2026 for sleep only.
Today: PHQ-9 21. No suicidal ideation. Stopped his part-time instructor work in 09/2026.
Plan: repeat TMS course, 36 sessions, same parameters as 2024.
Percival Omondi-Lacroix, MD
""",
"other/tms-r-3-excerpt.txt": r"""
MERIDIAN FEDERAL HEALTH SERVICES (FICTIONAL) CLINICAL GUIDELINE TMS-R-3 - REPEAT TMS COURSE (excerpt)
A repeat course of TMS may be covered when (a) the member responded to a prior course, shown by a reduction of at
least 50% in a standardized depression scale from the start to the end of that course, and (b) the member
relapsed after a remission of at least 2 months.
""",
},
truth=r"""
# FICTIONAL TRUTH FILE - 08 - TRICARE Select: repeat TMS; a relapse score read as the first course's end (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- **TRICARE Select**, retired sponsor (the patient), Alabama. Repeat TMS course (36 sessions) denied **11/10/2026**
  under the contractor's guideline **TMS-R-3 criterion (a)**: "prior course produced no benefit: PHQ-9 at end of course 19".
- The **2024 course** (36 sessions, 02/05-03/22/2024): **PHQ-9 24 -> 6, 75%**, response and remission. **PHQ-9 5 on
  09/16/2024, 4 on 03/10/2026**. **19 is the 08/28/2026 relapse score**. Relapse began **07/2026**: remission lasted
  more than 2 years, so (b) is met too.
- **Desvenlafaxine 100 mg since 06/2023, continuing** (relapse happened on it). **Bupropion XL 150 mg added 09/08,
  stopped 10/13/2026 after 5 weeks for insomnia/anxiety** (intolerance, not an adequate trial). **Trazodone 50 mg at
  bedtime for sleep only.**
- PHQ-9 21 on 11/02/2026; no suicidal ideation.
- Reconsideration by the regional contractor, **90 days: by 02/08/2027** (32 CFR 199.10). The patient writes ("I").

## Deliberately unknown
- Where the reviewer found "19 at end of course" (no document gives it as an end-of-course score).
- Whether a TRICARE TMS benefit limit applies to a repeat course (not raised by the decision).

## Traps
- Accepting the 19 as an end-of-course score, or calling the first course a "partial response".
- Calling bupropion a failed augmentation trial (5 weeks, stopped for side effects) or trazodone an antidepressant trial.
- Saying desvenlafaxine was stopped, or failed "six weeks" - it is maintenance, continuing.
- Judging the TMS course by weeks: it is judged by its 36 sessions.
- Marisela Whitby (wife) and Roxanne Delacroix-Pugh (technician) are not clinicians who decided anything.
- TRICARE: no ERISA, no 45 CFR 147.136, no state insurance department, no parity citation, no IRO external review.
- The patient writes "I".

## Arguments a strong letter makes
1. Correct the decision with the 2024 course summary: 24 -> 6 (75%), meeting (a); 19 is the 08/28/2026 relapse.
2. (b) met: remission from 03/2024 to 07/2026 (PHQ-9 5 and 4), then relapse.
3. Same parameters as the course that worked; desvenlafaxine continues; bupropion not tolerated.
4. Reconsideration under 32 CFR 199.10 within 90 days; ask for a psychiatric reviewer.

## What a letter must NOT say
- "the first course partially helped", "failed bupropion augmentation", "six-week trial of TMS".
- "external review by an independent review organization", ERISA, MHPAEA, state insurance commissioner.
- Suicidality or urgency.
""",
answers=[
("Notice date", "11/10/2026", "denial/initial-determination-2026-11-10.txt"),
("Authorization request number", "MFH-AU-26-1103-27719", "denial/initial-determination-2026-11-10.txt"),
("What the decision says of the prior course", "PHQ-9 at end of course 19", "denial/initial-determination-2026-11-10.txt"),
("Reconsideration window", "within 90 days of the date of this notice", "denial/initial-determination-2026-11-10.txt"),
("First course dates", "36 sessions, 02/05/2024 - 03/22/2024", "clinical/tms-course-summary-2024-03-22.txt"),
("Baseline PHQ-9 2024", "24 on 02/01/2024 (baseline)", "clinical/tms-course-summary-2024-03-22.txt"),
("End-of-course PHQ-9", "6 on 03/22/2024 (end of course)", "clinical/tms-course-summary-2024-03-22.txt"),
("Reduction", "Reduction 75%", "clinical/tms-course-summary-2024-03-22.txt"),
("Remission scores", "PHQ-9 5 on 09/16/2024; 4 on 03/10/2026", "clinical/psychiatry-note-2026-11-02.txt"),
("Where 19 comes from", "PHQ-9 19 on 08/28/2026", "clinical/psychiatry-note-2026-11-02.txt"),
("Relapse onset", "Relapse: began 07/2026", "clinical/psychiatry-note-2026-11-02.txt"),
("Desvenlafaxine", "desvenlafaxine 100 mg daily since 06/2023, continuing", "clinical/psychiatry-note-2026-11-02.txt"),
("Bupropion outcome", "stopped\n10/13/2026 after 5 weeks for insomnia and anxiety", "clinical/psychiatry-note-2026-11-02.txt"),
("Trazodone purpose", "Trazodone 50 mg at bedtime since 10/14/2026 for sleep only", "clinical/psychiatry-note-2026-11-02.txt"),
("Current PHQ-9", "Today: PHQ-9 21", "clinical/psychiatry-note-2026-11-02.txt"),
("Who noticed the relapse", "his wife, Marisela Whitby", "clinical/psychiatry-note-2026-11-02.txt"),
])

# ---------------------------------------------------------------------------------------------------------------
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps", "## Arguments a strong letter makes",
            "## What a letter must NOT say"]
PHONE_ANY = re.compile(r"555[-. ]?\d{4}")
PHONE_OK = re.compile(r"(\(\d{3}\) 555-01\d\d|1-800-555-01\d\d|\d{3}-555-01\d\d)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
WEB = re.compile(r"\b(?:https?://|www\.)\S+")

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def fill(text, c):
    for k, base in c["npis"].items():
        text = text.replace(k, npi(base))
    return text

def write_case(c):
    folder = HERE / c["slug"]
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(fill(c["yaml"].lstrip("\n"), c))
    for rel, body in c["docs"].items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(fill(doc(c["num"], body), c))
    (HERE / (c["slug"] + ".truth.md")).write_text(fill(c["truth"].lstrip("\n"), c))
    return folder

def self_check(c, folder):
    probs = []
    yml = (folder / "case.yaml").read_text()
    if "FICTIONAL" not in yml.splitlines()[0]:
        probs.append("case.yaml first line lacks FICTIONAL")
    try:
        data = YAML(typ="safe").load(yml)
    except Exception as e:  # noqa
        return probs + [f"case.yaml does not parse: {e}"]
    truth = (HERE / (c["slug"] + ".truth.md")).read_text()
    if "FICTIONAL" not in truth.splitlines()[0]:
        probs.append("truth first line lacks FICTIONAL")
    pos = [truth.find(h) for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        probs.append(f"truth headings missing or out of order: {pos}")
    if len(c["answers"]) != 16:
        probs.append(f"{len(c['answers'])} answers, not 16")
    for q, a, d in c["answers"]:
        p = folder / d
        if not p.exists():
            probs.append(f"answer doc missing: {d}")
        elif norm(fill(a, c)) not in norm(p.read_text()):
            probs.append(f"answer not printed: {q!r} -> {a!r} in {d}")
    texts = {"case.yaml": yml, "truth": truth}
    for p in folder.rglob("*"):
        if p.is_file() and p.name != "case.yaml":
            rel = p.relative_to(folder).as_posix()
            if not (p.suffix == ".txt" and rel.split("/")[0] in ("denial", "clinical", "other")):
                probs.append(f"unexpected file {rel}")
            t = p.read_text()
            texts[rel] = t
            if not t.startswith("FICTIONAL DOCUMENT") or "END OF FICTIONAL DOCUMENT" not in t.splitlines()[-1]:
                probs.append(f"{rel}: FICTIONAL header/footer missing")
    for name, t in texts.items():
        for m in PHONE_ANY.finditer(t):
            s = t[max(0, m.start() - 6):m.end()]
            if not PHONE_OK.search(s):
                probs.append(f"{name}: bad phone {s!r}")
        for m in EMAIL.finditer(t):
            if not m.group(0).endswith(".example"):
                probs.append(f"{name}: e-mail not .example: {m.group(0)}")
        for m in WEB.finditer(t):
            if ".example" not in m.group(0):
                probs.append(f"{name}: web not .example: {m.group(0)}")
        for m in re.finditer(r"(?i)npi[^0-9]{0,6}(\d{10})", t):
            if not luhn_ok(m.group(1)):
                probs.append(f"{name}: NPI {m.group(1)} fails Luhn")
    prov = (data or {}).get("provider") or {}
    if prov.get("npi") and not luhn_ok(str(prov["npi"])):
        probs.append("provider.npi fails Luhn")
    # every file path named in case.yaml exists
    for m in re.finditer(r"\b((?:denial|clinical|other)/[\w.\-]+\.txt)", yml):
        if not (folder / m.group(1)).exists():
            probs.append(f"case.yaml names missing file {m.group(1)}")
    return probs

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    run_check = "--check" in sys.argv
    chosen = [c for c in CASES if not args or f"{c['num']:02d}" in args]
    total_probs, total_answers, out = 0, 0, []
    for c in chosen:
        folder = write_case(c)
        probs = self_check(c, folder)
        total_answers += len(c["answers"])
        total_probs += len(probs)
        print(f"{c['slug']}: {len(c['answers'])} answers, {len(probs)} problems")
        for p in probs:
            print("   PROBLEM:", p)
        if run_check:
            r = subprocess.run([AK, "check", str(folder)], capture_output=True, text=True)
            out.append(f"===== {c['slug']} (exit {r.returncode})\n{r.stdout}{r.stderr}")
            print(f"   appeal-kit check exit {r.returncode}")
            if r.returncode != 0:
                total_probs += 1
    print(f"TOTAL: {len(chosen)} cases, {total_answers} answers, {total_probs} problems")
    if run_check:
        name = "check-output.txt" if not args else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(out))
    sys.exit(1 if total_probs else 0)

if __name__ == "__main__":
    main()
