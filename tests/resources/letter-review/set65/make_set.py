#!/usr/bin/env python3
"""FICTIONAL blind test set 65 (issue 18) generator. All data lives in this file.
Run: /work/main/.venv/bin/python make_set.py [--check] [NN ...]"""
import re, shutil, subprocess, sys
from pathlib import Path
from ruamel.yaml import YAML  # PyYAML is not in the venv; ruamel.yaml is

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HDR = "FICTIONAL - invented for a blind test set (set 65); not a real person, plan, clinic or number.\n\n"
END = "\n\nFICTIONAL DOCUMENT - end.\n"


def npi(base9):
    """Complete a 9-digit NPI base with its Luhn check digit (prefix 80840)."""
    digits = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base9 + str((10 - total % 10) % 10)


def luhn_ok(n10):
    digits = "80840" + n10
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


CASES = []

# ---------------------------------------------------------------- case 01
N01 = npi("164829307")
CASES.append(dict(
    num="01",
    slug="erisa-self-funded-spravato-step-denial-confuses-2023-desvenlafaxine-with-2026-venlafaxine-psychiatrist",
    yaml=f"""# FICTIONAL CASE (set 65, case 01) - every person, plan, provider, number and address is invented.
# Self-funded employer plan (ERISA), Ohio, 2,400 employees. Spravato induction denied under step therapy
# RX-ESK-14: the notice says venlafaxine "was stopped after 2 weeks due to intolerance". The 2-week stop was
# desvenlafaxine in 2023, an earlier episode; venlafaxine XR 225 mg ran 8 weeks in 2026. Treating psychiatrist writes.
patient:
  name: Teodora Lindqvist-Maro
  salutation: Ms. Lindqvist-Maro
  date_of_birth: 1979-06-14
  member_id: FICT-BFH-40318862
  address: |-
    2207 Larchmere Court
    Columbus, OH 43214
  phone: (614) 555-0143
insurer:
  name: Brightline Fabrication Employee Health Plan, administered by Crestmark Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Crestmark Benefit Administrators, Appeals Unit (FICTIONAL)
    PO Box 77120
    Dayton, OH 45401
  fax: (937) 555-0177
claim:
  number: PA-26-1104-5521
  plan_type: employer_erisa
  funding: self_funded
  employees: 2400
  notice_date: 2026-11-04
  appeal_deadline: 2027-05-03
  deadline_basis: >-
    Notice of 11/04/2026: "You have 180 days from the date you receive this notice to appeal." Counted from the
    notice date.
  pending_services: [induction course of 8 sessions]
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Step therapy criteria not met. Policy RX-ESK-14 requires failure of two oral antidepressants of adequate dose
    and duration in the current episode. Records show one adequate trial (sertraline). Venlafaxine was stopped
    after 2 weeks due to intolerance and does not count as an adequate trial.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  reviewer: {{name: "Harlan Vesey, PharmD", specialty: clinical pharmacist}}
  action: none
  corrections:
    - said: Venlafaxine was stopped after 2 weeks due to intolerance and does not count as an adequate trial.
      record: >-
        Venlafaxine XR was taken from 03/02/2026 to 04/27/2026, 8 weeks, at 225 mg daily from week 2, and was
        stopped for no response (PHQ-9 22 before, 20 at week 8). The 2-week trial stopped for nausea was
        desvenlafaxine 50 mg in 2023, in an earlier episode.
      file: clinical/psychiatry-progress-notes-2026-10-27.txt
      page: 1
plan_policy:
  name: Crestmark Pharmacy Policy RX-ESK-14, Esketamine nasal spray (FICTIONAL)
  number: RX-ESK-14
  quote: >-
    1. Diagnosis of major depressive disorder. 2. Failure of at least two oral antidepressants, each taken at an
    adequate dose for at least 6 weeks, in the current episode. 3. Prescribed by or in consultation with a
    psychiatrist.
  file: other/policy-rx-esk-14-excerpt.txt
payer_criteria:
  - criterion: Diagnosis of major depressive disorder.
    how_met: Recurrent major depressive disorder, severe, without psychotic features (F33.2).
    met: true
    evidence: {{file: clinical/psychiatry-progress-notes-2026-10-27.txt, page: 1}}
  - criterion: Failure of at least two oral antidepressants, each taken at an adequate dose for at least 6 weeks, in the current episode.
    how_met: >-
      Current episode began October 2025. Sertraline 200 mg daily for 10 weeks (11/2025-02/2026), no response;
      venlafaxine XR 225 mg daily for 8 weeks (03/02/2026-04/27/2026), no response.
    met: true
    evidence: {{file: clinical/psychiatry-progress-notes-2026-10-27.txt, page: 1}}
  - criterion: Prescribed by or in consultation with a psychiatrist.
    how_met: I prescribed it; I am a board-certified psychiatrist.
    met: true
    evidence: {{file: clinical/psychiatry-progress-notes-2026-10-27.txt, page: 1}}
treatment:
  name: Spravato (esketamine) nasal spray, induction course
  summary: >-
    Esketamine induction for treatment-resistant depression after two failed antidepressant trials in the
    current episode, added to bupropion XL, which continues.
  plan: >-
    56 mg twice weekly for weeks 1-4 (8 sessions), 84 mg if response is inadequate by session 4; MADRS at
    baseline, session 4 and session 8; stop if MADRS has not fallen by 25% at session 8.
  alongside: bupropion XL 300 mg daily
  setting: Spravato REMS-certified clinic, two-hour observation
clinical:
  severity: PHQ-9 21 and MADRS 33 on 10/27/2026
  severity_date: 2026-10-27
  suicidality: passive
  suicidality_date: 2026-10-27
  episode_onset: 2025-10
  treating_since: 2023-02
  history:
    - drug: Desvenlafaxine
      dose: 50 mg daily
      start: 2023-03
      end: 2023-03
      kind: antidepressant
      adequate: false
      outcome: Stopped after 2 weeks for nausea (intolerance), earlier episode; remission later on sertraline in 2023
      evidence: {{file: clinical/psychiatry-progress-notes-2026-10-27.txt, page: 1}}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-11
      end: 2026-02
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks at 200 mg in the current episode
      evidence: {{file: clinical/psychiatry-progress-notes-2026-10-27.txt, page: 1}}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-03-02
      end: 2026-04-27
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks (PHQ-9 22 before, 20 at week 8); stopped for lack of response
      evidence: {{file: clinical/psychiatry-progress-notes-2026-10-27.txt, page: 1}}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2026-05
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Partial response; continues with esketamine
      evidence: {{file: clinical/psychiatry-progress-notes-2026-10-27.txt, page: 1}}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-12
      ongoing: true
      kind: other
      outcome: Sleep dose, not an antidepressant trial
      evidence: {{file: clinical/psychiatry-progress-notes-2026-10-27.txt, page: 1}}
  exclusions: No psychosis, no aneurysmal vascular disease, blood pressure 124/78, no substance use disorder.
author:
  name: Anselm Okafor-Reyes, MD
  role: Treating psychiatrist
  relation: physician
  address: |-
    Scioto Valley Psychiatry (FICTIONAL), 880 Olentangy River Road, Suite 310
    Columbus, OH 43212
  phone: (614) 555-0120
  fax: (614) 555-0121
  email: aokafor@sciotopsych.example
  authorization: other/patient-consent-2026-11-10.txt
provider:
  name: Anselm Okafor-Reyes, MD
  credentials: MD, board-certified in psychiatry
  npi: "{N01}"
  address: |-
    880 Olentangy River Road, Suite 310
    Columbus, OH 43212
  phone: (614) 555-0120
peer_to_peer:
  availability: weekdays 12-1 pm
record_dates:
  - file: clinical/psychiatry-progress-notes-2026-10-27.txt
    date: 2026-10-27
    sent: 2026-10-29
    sent_proof: other/fax-cover-2026-10-29.txt
bates_prefix: LINDQVISTMARO
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/step-therapy-denial-2026-11-04.txt": """CRESTMARK BENEFIT ADMINISTRATORS (FICTIONAL) for the Brightline Fabrication Employee Health Plan
NOTICE OF ADVERSE BENEFIT DETERMINATION - PHARMACY PRIOR AUTHORIZATION          Date: 11/04/2026
Member: Teodora Lindqvist-Maro   Member ID: FICT-BFH-40318862   Reference: PA-26-1104-5521
Drug requested: esketamine nasal spray (HCPCS J0013), induction. Prescriber: Anselm Okafor-Reyes, MD.
Decision: DENIED. Step therapy criteria not met. Policy RX-ESK-14 requires failure of two oral antidepressants
of adequate dose and duration in the current episode. Records show one adequate trial (sertraline). Venlafaxine
was stopped after 2 weeks due to intolerance and does not count as an adequate trial.
Reviewed by: Harlan Vesey, PharmD, clinical pharmacist.
Your rights: You have 180 days from the date you receive this notice to appeal. This plan is governed by ERISA;
you may bring a civil action under section 502(a) after your appeal. Appeals: PO Box 77120, Dayton, OH 45401;
fax (937) 555-0177.""",
        "clinical/psychiatry-progress-notes-2026-10-27.txt": """SCIOTO VALLEY PSYCHIATRY (FICTIONAL) - PROGRESS NOTE                                Date: 10/27/2026
Patient: Teodora Lindqvist-Maro   DOB 06/14/1979   Psychiatrist: Anselm Okafor-Reyes, MD   Page 1 of 1
Diagnosis: recurrent major depressive disorder, severe, without psychotic features (F33.2). Treated here since
02/2023. Current episode began October 2025.
Medication history:
- 2023 episode: desvenlafaxine 50 mg daily, stopped after 2 weeks for nausea (intolerance). Then sertraline,
  remission by 08/2023; sertraline tapered off 03/2025.
- Current episode: sertraline restarted 11/2025, titrated to 200 mg daily, 10 weeks, no response; stopped 02/2026.
- venlafaxine XR 03/02/2026 to 04/27/2026: 75 mg week 1, 225 mg daily from week 2; 8 weeks in all.
  PHQ-9 22 before, 20 at week 8. Mild sweating, tolerated. Stopped for no response.
- bupropion XL 300 mg daily since 05/2026: partial response (PHQ-9 20 to 17 by 07/2026, then back up). Continues.
- trazodone 50 mg at bedtime for sleep since 12/2025. Continues.
Today: PHQ-9 21, MADRS 33. Passive death wishes, no plan or intent; safety plan reviewed.
BP 124/78. No psychosis, no substance use disorder, no aneurysmal vascular disease.
Husband, Milo Lindqvist-Maro, attended and will drive her home after each session.
Plan: Spravato 56 mg twice weekly x 4 weeks with bupropion XL continued; prior authorization request to plan.""",
        "other/policy-rx-esk-14-excerpt.txt": """CRESTMARK PHARMACY POLICY RX-ESK-14 (FICTIONAL) - Esketamine nasal spray - excerpt, page 1
Criteria for initial approval (all required):
1. Diagnosis of major depressive disorder. 2. Failure of at least two oral antidepressants, each taken at an
adequate dose for at least 6 weeks, in the current episode. 3. Prescribed by or in consultation with a
psychiatrist.
Approval period: 6 months.""",
        "other/fax-cover-2026-10-29.txt": """SCIOTO VALLEY PSYCHIATRY (FICTIONAL) - FAX COVER SHEET                            Date: 10/29/2026
To: Crestmark Benefit Administrators, Pharmacy Prior Authorization, fax (937) 555-0166
From: Corinne Abadi, medical assistant, for Anselm Okafor-Reyes, MD   fax (614) 555-0121
Re: Teodora Lindqvist-Maro, FICT-BFH-40318862 - esketamine prior authorization
Pages: 4 (this cover, request form, progress note of 10/27/2026)
Transmission report: 4 pages sent 10/29/2026 14:12, result OK.""",
        "other/patient-consent-2026-11-10.txt": """CONSENT TO APPEAL ON MY BEHALF (FICTIONAL)                                          Date: 11/10/2026
I, Teodora Lindqvist-Maro (member ID FICT-BFH-40318862), ask Dr. Anselm Okafor-Reyes to appeal reference
PA-26-1104-5521 for me and to receive the plan's decision. Signed: Teodora Lindqvist-Maro""",
    },
    truth="""# 01 - ERISA self-funded: Spravato step denial confuses a 2023 desvenlafaxine stop with the 2026 venlafaxine trial; treating psychiatrist appeals (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Teodora Lindqvist-Maro (DOB 06/14/1979), self-funded ERISA plan (2,400 employees, Ohio). Spravato induction
  denied 11/04/2026 (reference PA-26-1104-5521) under RX-ESK-14 criterion 2 (step therapy).
- Current episode began **October 2025**. Trials in it: **sertraline 200 mg, 10 weeks, no response**; **venlafaxine
  XR 225 mg, 8 weeks (03/02/2026-04/27/2026), no response** (PHQ-9 22 -> 20), mild sweating, tolerated.
- The 2-week trial stopped for nausea was **desvenlafaxine 50 mg in 2023**, an earlier episode (intolerance, not an
  adequate trial). Sertraline brought remission in 2023 (earlier-episode response).
- **Bupropion XL 300 mg continues** (partial response) with esketamine; **trazodone 50 mg at bedtime** is a sleep dose.
- PHQ-9 21 and MADRS 33 on 10/27/2026; passive death wishes without plan (10/27/2026).
- The note was faxed to the plan 10/29/2026 (fax cover by medical assistant Corinne Abadi), before the decision.
- First internal appeal, pre-service, ERISA: 180 days, by 05/03/2027; 29 CFR 2560.503-1. Reviewer was a PharmD.

## Deliberately unknown
- Whether the plan reviewer read the whole note; the plan's receipt of the fax (only the sending report exists).
- The 84 mg step-up: only if response is inadequate at session 4.

## Traps
- **Drug mix-up:** venlafaxine (8 weeks, adequate, no response) vs desvenlafaxine (2 weeks, intolerance, 2023).
- **Earlier episode:** the 2023 trials do not count for "current episode"; sertraline's 2023 remission is history.
- **Still taken:** bupropion continues (not failed, not stopped); trazodone 50 mg is not an antidepressant trial.
- **People:** husband Milo drives; Corinne Abadi sent the fax. Neither is a clinician of record or the author.
- **Received vs sent:** the fax report proves sending, not the plan's receipt.

## Arguments a strong letter makes (strongest first)
1. Criterion 2 is met: two adequate trials in the current episode (sertraline 10 weeks at 200 mg; venlafaxine XR
   8 weeks at 225 mg), both without response.
2. Correct the notice: the 2-week intolerance was desvenlafaxine in 2023, not venlafaxine.
3. The note was sent 10/29/2026, before the decision. Criteria 1 and 3 met. Ask for a psychiatrist reviewer and offer
   peer-to-peer; ERISA claim-file rights.

## What a letter must NOT say
- "venlafaxine was stopped after 2 weeks"; "intolerance to venlafaxine"; "only one adequate trial".
- "failed bupropion"; "stopped bupropion"; trazodone as a failed antidepressant trial.
- "active suicidal ideation"; "suicide attempt".
- that the plan received the fax on 10/29/2026; "Medicaid"; "Medicare"; "45 CFR 147.136" as governing a self-funded plan.
""",
    answers=[
        ("Patient's member ID", "FICT-BFH-40318862", "denial/step-therapy-denial-2026-11-04.txt"),
        ("Reference number", "PA-26-1104-5521", "denial/step-therapy-denial-2026-11-04.txt"),
        ("Date of the notice", "11/04/2026", "denial/step-therapy-denial-2026-11-04.txt"),
        ("Reviewer's profession", "clinical pharmacist", "denial/step-therapy-denial-2026-11-04.txt"),
        ("Venlafaxine XR dose", "225 mg daily from week 2", "clinical/psychiatry-progress-notes-2026-10-27.txt"),
        ("Venlafaxine XR length", "8 weeks in all", "clinical/psychiatry-progress-notes-2026-10-27.txt"),
        ("Which drug was stopped after 2 weeks", "desvenlafaxine 50 mg daily, stopped after 2 weeks for nausea", "clinical/psychiatry-progress-notes-2026-10-27.txt"),
        ("Sertraline trial in the current episode", "200 mg daily, 10 weeks, no response", "clinical/psychiatry-progress-notes-2026-10-27.txt"),
        ("Current episode onset", "Current episode began October 2025", "clinical/psychiatry-progress-notes-2026-10-27.txt"),
        ("Drug that continues with esketamine", "bupropion XL 300 mg daily", "clinical/psychiatry-progress-notes-2026-10-27.txt"),
        ("Sleep medicine", "trazodone 50 mg at bedtime for sleep", "clinical/psychiatry-progress-notes-2026-10-27.txt"),
        ("Scores on 10/27/2026", "PHQ-9 21, MADRS 33", "clinical/psychiatry-progress-notes-2026-10-27.txt"),
        ("Who sent the fax", "Corinne Abadi, medical assistant", "other/fax-cover-2026-10-29.txt"),
        ("When the note was faxed", "sent 10/29/2026 14:12", "other/fax-cover-2026-10-29.txt"),
        ("Criterion 2 wording", "each taken at an adequate dose for at least 6 weeks, in the current episode", "other/policy-rx-esk-14-excerpt.txt"),
        ("Prescriber NPI", N01, "case.yaml"),
    ],
))
# ---------------------------------------------------------------- case 02
N02 = npi("152847390")
CASES.append(dict(
    num="02",
    slug="medicaid-mco-tms-augmentation-said-missing-aripiprazole-akathisia-lithium-ckd-legal-aid-advocate",
    yaml=f"""# FICTIONAL CASE (set 65, case 02) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Michigan, adult 38. TMS denied: "records do not show an adequate trial of an augmenting
# agent". True as far as it goes: aripiprazole was stopped at 3 weeks for akathisia (intolerance) and lithium is
# contraindicated (CKD 3a, eGFR 52), which criterion 3 accepts. A legal-aid advocate writes.
patient:
  name: Kwabena Osei
  salutation: Mr. Osei
  date_of_birth: 1988-02-09
  member_id: FICT-MI-MCD-7730214
  address: |-
    418 Kalamazoo Avenue SE
    Grand Rapids, MI 49503
  phone: (616) 555-0152
insurer:
  name: Great Lakes Community Health Plan (FICTIONAL), a Medicaid health plan
  appeals_address: |-
    Great Lakes Community Health Plan, Member Appeals (FICTIONAL)
    PO Box 30488
    Lansing, MI 48909
  fax: (517) 555-0183
claim:
  number: GLC-UM-26-118804
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-16
  appeal_deadline: 2027-01-15
  deadline_basis: >-
    Notice of 11/16/2026: "You have 60 days from the date of this notice to ask for an appeal." Counted from the
    notice date.
  pending_services: 36
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Medical necessity criteria not met (BH-TMS-12, criterion 3). The records do not show an adequate trial of an
    augmenting agent.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {{name: "Colm Bartlett, MD", specialty: family medicine}}
  action: none
  corrections:
    - said: The records do not show an adequate trial of an augmenting agent.
      leaves_out: true
      record: >-
        Aripiprazole 5 mg was added 04/06/2026 and stopped 04/27/2026 for akathisia (intolerance), and lithium is
        contraindicated by stage 3a chronic kidney disease (eGFR 52 on 09/14/2026); criterion 3 accepts
        intolerance of, or a contraindication to, an augmenting agent.
      file: [clinical/psychiatry-summary-2026-11-02.txt, clinical/nephrology-letter-2026-09-22.txt]
      page: 1
plan_policy:
  name: Great Lakes Community Health Plan Clinical Policy BH-TMS-12, Transcranial magnetic stimulation (FICTIONAL)
  number: BH-TMS-12
  quote: >-
    1. Major depressive disorder, moderate or severe. 2. Failure of at least two antidepressants from different
    classes, each at an adequate dose for at least 6 weeks. 3. A trial of, intolerance of, or contraindication to
    at least one augmenting agent (lithium, an atypical antipsychotic or thyroid hormone). 4. An evidence-based
    psychotherapy course without adequate response.
  file: other/policy-bh-tms-12-excerpt.txt
payer_criteria:
  - criterion: Major depressive disorder, moderate or severe.
    how_met: Recurrent major depressive disorder, moderate (F33.1); PHQ-9 18 on 11/02/2026.
    met: true
    evidence: {{file: clinical/psychiatry-summary-2026-11-02.txt, page: 1}}
  - criterion: Failure of at least two antidepressants from different classes, each at an adequate dose for at least 6 weeks.
    how_met: Escitalopram 20 mg for 8 weeks, no response; duloxetine 60 mg for 10 weeks, partial response then lost.
    met: true
    evidence: {{file: clinical/psychiatry-summary-2026-11-02.txt, page: 1}}
  - criterion: A trial of, intolerance of, or contraindication to at least one augmenting agent.
    how_met: Aripiprazole 5 mg stopped after 3 weeks for akathisia; lithium contraindicated (eGFR 52, nephrologist's letter).
    met: true
    evidence: [{{file: clinical/psychiatry-summary-2026-11-02.txt, page: 1}}, {{file: clinical/nephrology-letter-2026-09-22.txt, page: 1}}]
  - criterion: An evidence-based psychotherapy course without adequate response.
    how_met: 16 sessions of cognitive behavioral therapy, 01/2026-05/2026, PHQ-9 unchanged.
    met: true
    evidence: {{file: clinical/psychiatry-summary-2026-11-02.txt, page: 1}}
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions
  summary: Standard TMS for recurrent depression after two failed antidepressants, an intolerable augmenting agent and a contraindicated one.
  plan: 30 daily sessions over 6 weeks, then 6 taper sessions over 3 weeks; PHQ-9 weekly; stop if no 25% fall by session 20.
clinical:
  severity: PHQ-9 18 on 11/02/2026
  severity_date: 2026-11-02
  suicidality: none
  suicidality_date: 2026-11-02
  episode_onset: 2025-06
  history:
    - {{drug: Escitalopram, dose: 20 mg daily, start: 2025-07, end: 2025-09, weeks: 8, kind: antidepressant, adequate: true, failed: true, response: none, outcome: No response after 8 weeks, evidence: {{file: clinical/psychiatry-summary-2026-11-02.txt, page: 1}}}}
    - {{drug: Duloxetine, dose: 60 mg daily, start: 2025-10, end: 2025-12, weeks: 10, kind: antidepressant, adequate: true, failed: true, response: lost, outcome: Partial response by week 6 then lost by week 10, evidence: {{file: clinical/psychiatry-summary-2026-11-02.txt, page: 1}}}}
    - {{drug: Cognitive behavioral therapy, dose: 16 sessions, start: 2026-01, end: 2026-05, kind: psychotherapy, sessions: 16, adequate: true, failed: true, response: none, outcome: PHQ-9 unchanged, evidence: {{file: clinical/psychiatry-summary-2026-11-02.txt, page: 1}}}}
    - {{drug: Vilazodone, dose: 40 mg daily, start: 2026-02, ongoing: true, kind: antidepressant, response: partial, outcome: Partial response; continues, evidence: {{file: clinical/psychiatry-summary-2026-11-02.txt, page: 1}}}}
    - {{drug: Aripiprazole, dose: 5 mg daily, start: 2026-04-06, end: 2026-04-27, kind: augmentation, adequate: false, outcome: Stopped after 3 weeks for akathisia (intolerance), evidence: {{file: clinical/psychiatry-summary-2026-11-02.txt, page: 1}}}}
  exclusions: No metal in the head, no seizure history, no psychosis, no active substance use.
author:
  name: Joaquin Ferreira-Lund
  role: Benefits advocate, Lakeshore Legal Aid Partners (FICTIONAL), authorized representative
  relation: representative
  address: |-
    Lakeshore Legal Aid Partners (FICTIONAL), 90 Monroe Center NW, Suite 6
    Grand Rapids, MI 49503
  phone: (616) 555-0110
  email: jferreiralund@lakeshorelegal.example
  authorization: other/authorized-representative-form-2026-11-20.txt
provider:
  name: Delphine Marchetti-Obi, MD
  credentials: MD, psychiatry
  npi: "{N02}"
  address: |-
    Heritage Hill Behavioral Health (FICTIONAL), 230 Cherry Street SE
    Grand Rapids, MI 49503
  phone: (616) 555-0125
record_dates:
  - {{file: clinical/psychiatry-summary-2026-11-02.txt, date: 2026-11-02}}
  - {{file: clinical/nephrology-letter-2026-09-22.txt, date: 2026-09-22}}
bates_prefix: OSEI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/adverse-benefit-determination-2026-11-16.txt": """GREAT LAKES COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION   Date: 11/16/2026
Member: Kwabena Osei   ID: FICT-MI-MCD-7730214   Reference: GLC-UM-26-118804
Service: transcranial magnetic stimulation, 36 sessions (90867, 90868). Requested by Delphine Marchetti-Obi, MD.
Decision: DENIED. Medical necessity criteria not met (BH-TMS-12, criterion 3). The records do not show an
adequate trial of an augmenting agent.
Reviewer: Colm Bartlett, MD (family medicine).
You have 60 days from the date of this notice to ask for an appeal. After the plan's appeal you may ask for a
State Fair Hearing. Fax appeals to (517) 555-0183.""",
        "clinical/psychiatry-summary-2026-11-02.txt": """HERITAGE HILL BEHAVIORAL HEALTH (FICTIONAL) - TREATMENT SUMMARY                 Date: 11/02/2026
Patient: Kwabena Osei   DOB 02/09/1988   Psychiatrist: Delphine Marchetti-Obi, MD   Page 1 of 1
Diagnosis: recurrent major depressive disorder, moderate (F33.1). Current episode since 06/2025.
Trials: escitalopram 20 mg daily 07/2025-09/2025, 8 weeks, no response. Duloxetine 60 mg daily 10/2025-12/2025,
10 weeks: partial response by week 6, lost by week 10; stopped.
Vilazodone 40 mg daily since 02/2026: partial response, continues.
Augmentation: aripiprazole 5 mg added 04/06/2026, stopped 04/27/2026 after 3 weeks for akathisia (intolerance).
Lithium not started: contraindicated by stage 3a chronic kidney disease (see nephrology letter of 09/22/2026).
Psychotherapy: 16 sessions of cognitive behavioral therapy 01/2026-05/2026, PHQ-9 unchanged.
Today: PHQ-9 18. Denies suicidal ideation. No seizure history, no metal in the head, no active substance use.
Sister, Renata Osei, helps with transport and attended today.""",
        "clinical/nephrology-letter-2026-09-22.txt": """RIVERTOWN KIDNEY ASSOCIATES (FICTIONAL)                                          Date: 09/22/2026
To: Delphine Marchetti-Obi, MD   Re: Kwabena Osei, DOB 02/09/1988   Page 1 of 1
Mr. Osei has stage 3a chronic kidney disease; eGFR 52 mL/min on 09/14/2026. I advise against lithium: it is
contraindicated for him given his kidney function.  - Priya Halvard, MD, nephrology""",
        "other/policy-bh-tms-12-excerpt.txt": """GREAT LAKES COMMUNITY HEALTH PLAN CLINICAL POLICY BH-TMS-12 (FICTIONAL) - excerpt, page 1
1. Major depressive disorder, moderate or severe. 2. Failure of at least two antidepressants from different
classes, each at an adequate dose for at least 6 weeks. 3. A trial of, intolerance of, or contraindication to
at least one augmenting agent (lithium, an atypical antipsychotic or thyroid hormone). 4. An evidence-based
psychotherapy course without adequate response.""",
        "other/authorized-representative-form-2026-11-20.txt": """AUTHORIZED REPRESENTATIVE FORM (FICTIONAL)                                  Date: 11/20/2026
I, Kwabena Osei (ID FICT-MI-MCD-7730214), name Joaquin Ferreira-Lund of Lakeshore Legal Aid Partners to act for
me in my appeal and any State Fair Hearing on reference GLC-UM-26-118804. Signed: Kwabena Osei""",
    },
    truth="""# 02 - Medicaid managed care: TMS denied for "no adequate augmentation trial"; aripiprazole intolerance and a lithium contraindication meet criterion 3; legal-aid advocate (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Kwabena Osei (DOB 02/09/1988), Michigan Medicaid managed care (Great Lakes Community Health Plan). TMS, 36
  sessions, denied 11/16/2026 (GLC-UM-26-118804), BH-TMS-12 criterion 3 only.
- Criterion 3 accepts a trial of, **intolerance of, or contraindication to** one augmenting agent.
  **Aripiprazole 5 mg, 04/06-04/27/2026, stopped for akathisia** (intolerance; not an adequate trial).
  **Lithium contraindicated**: CKD 3a, **eGFR 52 on 09/14/2026**, nephrologist Priya Halvard, MD (letter 09/22/2026).
- Criterion 2: escitalopram 20 mg 8 weeks no response; duloxetine 60 mg 10 weeks, **partial response then lost**.
  **Vilazodone 40 mg continues** (partial response). Criterion 4: 16 CBT sessions, PHQ-9 unchanged.
- PHQ-9 18 on 11/02/2026; no suicidal ideation.
- First plan appeal: 60 days, by 01/15/2027 (42 CFR 438.402); then State Fair Hearing. New request (no care cut).

## Deliberately unknown
- Whether TMS will start while the appeal runs; the plan's reviewer's reading of the nephrology letter (it may not
  have been sent with the request).

## Traps
- **Intolerance vs adequate trial:** the denial's words are true as far as they go; a letter must not say the
  aripiprazole trial was adequate or failed for lack of response; it says criterion 3 accepts intolerance.
- **Contraindication:** lithium was never taken; never "failed lithium".
- **Partial response then lost** (duloxetine) vs **partial response, continuing** (vilazodone, not stopped).
- **People:** sister Renata Osei (transport); nephrologist Priya Halvard. The advocate writes, not the patient.
- No suicidal ideation. Reviewer is family medicine (not a psychiatrist).
- No care is being reduced: no "continue benefits pending appeal" (438.420) argument.

## Arguments a strong letter makes (strongest first)
1. Criterion 3 is met by aripiprazole intolerance and by the lithium contraindication (exhibits: summary, nephrology letter).
2. Criteria 1, 2 and 4 are met (the denial named only criterion 3).
3. Ask for a reviewer in psychiatry who took no part in the denial; note the State Fair Hearing next.

## What a letter must NOT say
- "failed lithium"; "lithium trial"; "adequate trial of aripiprazole"; "aripiprazole was ineffective".
- "stopped vilazodone"; "failed vilazodone".
- "suicidal ideation" as present; "Renata" as author or patient.
- "continue benefits during the appeal" / 42 CFR 438.420 as applying; "ERISA"; "Medicare".
""",
    answers=[
        ("Reference number", "GLC-UM-26-118804", "denial/adverse-benefit-determination-2026-11-16.txt"),
        ("Criterion named in the denial", "BH-TMS-12, criterion 3", "denial/adverse-benefit-determination-2026-11-16.txt"),
        ("Reviewer's specialty", "family medicine", "denial/adverse-benefit-determination-2026-11-16.txt"),
        ("Appeal window", "60 days from the date of this notice", "denial/adverse-benefit-determination-2026-11-16.txt"),
        ("Why aripiprazole stopped", "stopped 04/27/2026 after 3 weeks for akathisia (intolerance)", "clinical/psychiatry-summary-2026-11-02.txt"),
        ("Aripiprazole dose", "aripiprazole 5 mg", "clinical/psychiatry-summary-2026-11-02.txt"),
        ("Duloxetine outcome", "partial response by week 6, lost by week 10", "clinical/psychiatry-summary-2026-11-02.txt"),
        ("Escitalopram trial", "escitalopram 20 mg daily 07/2025-09/2025, 8 weeks, no response", "clinical/psychiatry-summary-2026-11-02.txt"),
        ("Drug still taken", "Vilazodone 40 mg daily since 02/2026: partial response, continues", "clinical/psychiatry-summary-2026-11-02.txt"),
        ("Psychotherapy", "16 sessions of cognitive behavioral therapy", "clinical/psychiatry-summary-2026-11-02.txt"),
        ("PHQ-9 on 11/02/2026", "PHQ-9 18", "clinical/psychiatry-summary-2026-11-02.txt"),
        ("Family member named", "Renata Osei", "clinical/psychiatry-summary-2026-11-02.txt"),
        ("eGFR and date", "eGFR 52 mL/min on 09/14/2026", "clinical/nephrology-letter-2026-09-22.txt"),
        ("Nephrologist", "Priya Halvard, MD", "clinical/nephrology-letter-2026-09-22.txt"),
        ("Criterion 3 wording", "A trial of, intolerance of, or contraindication to", "other/policy-bh-tms-12-excerpt.txt"),
        ("Provider NPI", N02, "case.yaml"),
    ],
))

# ---------------------------------------------------------------- case 03
N03 = npi("177203968")
CASES.append(dict(
    num="03",
    slug="part-d-pdp-cariprazine-step-quetiapine-sleep-dose-2023-diabetes-contraindication-lithium-continues-husband",
    yaml=f"""# FICTIONAL CASE (set 65, case 03) - every person, plan, provider, number and address is invented.
# Stand-alone Part D PDP, Wisconsin. Cariprazine for bipolar I depression denied under step therapy ST-BPD-6
# (quetiapine 300 mg or lurasidone first). The plan's claims show only quetiapine 25 mg at bedtime for sleep (2023);
# quetiapine 300 mg was taken 2019 under another plan and led to diabetes (A1c 7.1%); lurasidone (samples, 2024)
# stopped at 3 weeks for akathisia. Lithium continues. Her husband writes with a CMS-1696.
patient:
  name: Della Penhallow
  salutation: Mrs. Penhallow
  date_of_birth: 1958-08-03
  member_id: FICT-MCR-3KP7-RT2-WX41
  address: |-
    57 Birchwood Lane
    Eau Claire, WI 54701
  phone: (715) 555-0161
insurer:
  name: Meridian Crest Rx (PDP) (FICTIONAL)
  appeals_address: |-
    Meridian Crest Rx, Part D Redeterminations (FICTIONAL)
    PO Box 61550
    Milwaukee, WI 53201
  fax: (414) 555-0190
claim:
  number: MCRX-CD-26-557102
  plan_type: medicare_part_d
  notice_date: 2026-11-12
  appeal_deadline: 2027-01-11
  deadline_basis: >-
    Notice of 11/12/2026: "You must ask for a redetermination within 60 days of the date of this notice."
  diagnosis_codes: [F31.4]
  denial_reason: >-
    Step therapy ST-BPD-6 not met. Our claims history shows quetiapine 25 mg only (2023), below a therapeutic dose,
    and no lurasidone. The member must first try quetiapine at least 300 mg daily or lurasidone.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: Our claims history shows quetiapine 25 mg only (2023), below a therapeutic dose, and no lurasidone.
      leaves_out: true
      record: >-
        The 25 mg fills were a bedtime sleep dose. Quetiapine 300 mg daily was taken 04/2019-07/2019 under her
        former employer's plan and stopped after a 14 kg weight gain and new type 2 diabetes (A1c 7.1%);
        lurasidone 40 mg (manufacturer samples) was stopped after 3 weeks in 03/2024 for akathisia.
      file: clinical/psychiatry-note-2026-11-03.txt
      page: 1
plan_policy:
  name: Meridian Crest Rx Step Therapy ST-BPD-6 (FICTIONAL)
  number: ST-BPD-6
  quote: >-
    Cariprazine for bipolar depression is covered after a trial of quetiapine (at least 300 mg daily) or
    lurasidone, unless the prescriber states that the step drugs are contraindicated or were not tolerated.
  file: other/step-therapy-st-bpd-6.txt
payer_criteria:
  - criterion: A trial of quetiapine (at least 300 mg daily) or lurasidone, unless the prescriber states that the step drugs are contraindicated or were not tolerated.
    how_met: >-
      Quetiapine 300 mg daily was taken 04/2019-07/2019 and caused new type 2 diabetes; lurasidone 40 mg was not
      tolerated (akathisia, 03/2024); the prescriber's statement of 11/19/2026 says both are contraindicated or
      not tolerated.
    met: true
    evidence: [{{file: clinical/psychiatry-note-2026-11-03.txt, page: 1}}, {{file: other/prescriber-supporting-statement-2026-11-19.txt, page: 1}}]
prescriber_statement:
  date: 2026-11-19
  quote: >-
    Quetiapine is contraindicated for Mrs. Penhallow: at 300 mg in 2019 it caused a 14 kg weight gain and new type 2
    diabetes (A1c 7.1%), and lurasidone caused akathisia within 3 weeks in 2024; she should not be required to
    take either again.
  file: other/prescriber-supporting-statement-2026-11-19.txt
treatment:
  name: Cariprazine 1.5 mg capsules
  summary: Cariprazine for bipolar I depression, added to lithium, after quetiapine caused diabetes and lurasidone caused akathisia.
  plan: 1.5 mg daily, 3 mg after 2 weeks if needed; fasting glucose and weight at 4 and 12 weeks.
  alongside: lithium carbonate 900 mg daily
clinical:
  severity: MADRS 29 on 11/03/2026
  severity_date: 2026-11-03
  suicidality: none
  suicidality_date: 2026-11-03
  history:
    - {{drug: Quetiapine, dose: 300 mg daily, start: 2019-04, end: 2019-07, kind: augmentation, paid_outside: another plan, outcome: "Mood improved; stopped after 14 kg weight gain and new type 2 diabetes (A1c 7.1%)", evidence: {{file: clinical/psychiatry-note-2026-11-03.txt, page: 1}}}}
    - {{drug: Quetiapine, dose: 25 mg at bedtime for sleep, start: 2023-01, end: 2023-04, kind: other, outcome: Sleep dose, not a trial for bipolar depression, evidence: {{file: clinical/psychiatry-note-2026-11-03.txt, page: 1}}}}
    - {{drug: Lurasidone, dose: 40 mg daily, start: 2024-03, end: 2024-03, kind: augmentation, paid_outside: manufacturer samples, adequate: false, outcome: Stopped after 3 weeks for akathisia (intolerance), evidence: {{file: clinical/psychiatry-note-2026-11-03.txt, page: 1}}}}
    - {{drug: Lithium carbonate, dose: 900 mg daily, start: 2020-02, ongoing: true, kind: other, outcome: "Mood stabilizer, level 0.8 mEq/L; continues", evidence: {{file: clinical/psychiatry-note-2026-11-03.txt, page: 1}}}}
author:
  name: Gareth Penhallow
  role: Husband and appointed representative (CMS-1696)
  relation: representative
  address: |-
    57 Birchwood Lane
    Eau Claire, WI 54701
  phone: (715) 555-0162
  authorization: other/appointment-of-representative-cms-1696-2026-11-17.txt
provider:
  name: Ilse Moravec, MD
  credentials: MD, psychiatry
  npi: "{N03}"
  address: |-
    Chippewa Valley Psychiatry (FICTIONAL), 1400 Bellinger Street
    Eau Claire, WI 54703
  phone: (715) 555-0130
record_dates:
  - {{file: clinical/psychiatry-note-2026-11-03.txt, date: 2026-11-03}}
bates_prefix: PENHALLOW
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/coverage-determination-denial-2026-11-12.txt": """MERIDIAN CREST RX (PDP) (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE   Date: 11/12/2026
Member: Della Penhallow   Member ID: FICT-MCR-3KP7-RT2-WX41   Case: MCRX-CD-26-557102
Drug: cariprazine 1.5 mg capsules. Prescriber: Ilse Moravec, MD.
We denied this request. Step therapy ST-BPD-6 not met. Our claims history shows quetiapine 25 mg only (2023),
below a therapeutic dose, and no lurasidone. The member must first try quetiapine at least 300 mg daily or
lurasidone.
You must ask for a redetermination within 60 days of the date of this notice. Fax (414) 555-0190.""",
        "clinical/psychiatry-note-2026-11-03.txt": """CHIPPEWA VALLEY PSYCHIATRY (FICTIONAL) - PROGRESS NOTE                          Date: 11/03/2026
Patient: Della Penhallow   DOB 08/03/1958   Psychiatrist: Ilse Moravec, MD   Page 1 of 1
Diagnosis: bipolar I disorder, current episode depressed, severe without psychotic features (F31.4).
History: quetiapine 300 mg daily 04/2019-07/2019 (former employer's plan): mood improved, but 14 kg weight gain
and new type 2 diabetes, A1c 7.1%; stopped. Quetiapine 25 mg at bedtime for sleep 01/2023-04/2023 only.
Lurasidone 40 mg daily (samples) 03/2024, stopped after 3 weeks for akathisia.
Lithium carbonate 900 mg daily since 02/2020, level 0.8 mEq/L: continues.
Today: MADRS 29. No suicidal ideation. A1c 6.6% on metformin (primary care: Tobias Lindgren, MD).
Husband Gareth present. Plan: add cariprazine 1.5 mg daily to lithium.""",
        "other/step-therapy-st-bpd-6.txt": """MERIDIAN CREST RX STEP THERAPY ST-BPD-6 (FICTIONAL) - page 1
Cariprazine for bipolar depression is covered after a trial of quetiapine (at least 300 mg daily) or
lurasidone, unless the prescriber states that the step drugs are contraindicated or were not tolerated.""",
        "other/prescriber-supporting-statement-2026-11-19.txt": """PRESCRIBER SUPPORTING STATEMENT FOR AN EXCEPTION (FICTIONAL)                 Date: 11/19/2026
Patient: Della Penhallow   Drug: cariprazine 1.5 mg   Prescriber: Ilse Moravec, MD, fax (715) 555-0131
Quetiapine is contraindicated for Mrs. Penhallow: at 300 mg in 2019 it caused a 14 kg weight gain and new type 2
diabetes (A1c 7.1%), and lurasidone caused akathisia within 3 weeks in 2024; she should not be required to
take either again.""",
        "other/appointment-of-representative-cms-1696-2026-11-17.txt": """APPOINTMENT OF REPRESENTATIVE - form CMS-1696 (fictional rendition)          Date: 11/17/2026
I, Della Penhallow (FICT-MCR-3KP7-RT2-WX41), appoint Gareth Penhallow, my husband, to act as my representative
in my Part D appeal. Signed: Della Penhallow. Accepted: Gareth Penhallow, 57 Birchwood Lane, Eau Claire, WI.""",
    },
    truth="""# 03 - Part D PDP: cariprazine step therapy; plan's claims show only a quetiapine sleep dose; 2019 quetiapine caused diabetes, lurasidone akathisia; husband writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Della Penhallow (DOB 08/03/1958), stand-alone Part D PDP (Meridian Crest Rx). Cariprazine denied 11/12/2026
  (MCRX-CD-26-557102) under ST-BPD-6. Bipolar I depression (F31.4), MADRS 29 on 11/03/2026, no suicidal ideation.
- **Quetiapine 300 mg, 04-07/2019** (former employer's plan, so not in this plan's claims): mood improved, but **14 kg
  gain and new type 2 diabetes (A1c 7.1%)**; stopped. The plan's 2023 claims are **quetiapine 25 mg at bedtime for
  sleep** (not a trial). **Lurasidone 40 mg** (samples) 03/2024, **stopped after 3 weeks for akathisia**.
- **Lithium 900 mg continues** (level 0.8): a mood stabilizer, not a step drug; cariprazine is added to it.
- ST-BPD-6 itself excuses the steps when the prescriber states contraindication or intolerance; Dr. Moravec's
  statement of 11/19/2026 does (42 CFR 423.578(b)). Redetermination: 60 days from the notice, by 01/11/2027.
- Husband Gareth Penhallow writes with a CMS-1696 (11/17/2026).

## Deliberately unknown
- Whether the plan received the prescriber's statement before it decided (it is dated after the notice).
- Cariprazine's tier and cost sharing.

## Traps
- **Sleep dose:** quetiapine 25 mg is not a trial; the 300 mg trial was paid by another plan.
- **Response vs stop reason:** quetiapine helped mood; it was stopped for a metabolic harm (contraindication to
  re-trial), not for failure. Lurasidone: intolerance, not an adequate trial.
- **Lithium continues**; never "failed lithium" or "stopped lithium".
- Primary care physician Tobias Lindgren is named in the note; he is not the prescriber.
- Part D: no ERISA, no Medicaid rules; the statement post-dates the notice (never "the plan ignored it").

## Arguments a strong letter makes (strongest first)
1. The policy's own exception is met: the prescriber states quetiapine is contraindicated and lurasidone was not
   tolerated; quote the statement (423.578(b)).
2. The claims history leaves out a 2019 quetiapine 300 mg trial under another plan and a 2024 lurasidone trial on
   samples; the 25 mg fills were a sleep dose.
3. Forcing quetiapine again risks her diabetes; lithium continues with cariprazine.

## What a letter must NOT say
- "failed quetiapine" (as lack of response); "quetiapine 25 mg trial"; "currently takes quetiapine".
- "failed lithium"; "stopped lithium"; "lurasidone was ineffective".
- "Dr. Lindgren" as prescriber; "suicidal ideation"; "ERISA"; "Medicaid"; "the plan ignored the prescriber's statement".
""",
    answers=[
        ("Case number", "MCRX-CD-26-557102", "denial/coverage-determination-denial-2026-11-12.txt"),
        ("What the claims history shows", "quetiapine 25 mg only (2023)", "denial/coverage-determination-denial-2026-11-12.txt"),
        ("Redetermination window", "within 60 days of the date of this notice", "denial/coverage-determination-denial-2026-11-12.txt"),
        ("Quetiapine 300 mg dates", "quetiapine 300 mg daily 04/2019-07/2019", "clinical/psychiatry-note-2026-11-03.txt"),
        ("Why quetiapine stopped", "new type 2 diabetes, A1c 7.1%", "clinical/psychiatry-note-2026-11-03.txt"),
        ("Weight gain", "14 kg weight gain", "clinical/psychiatry-note-2026-11-03.txt"),
        ("The 25 mg fills", "Quetiapine 25 mg at bedtime for sleep 01/2023-04/2023 only", "clinical/psychiatry-note-2026-11-03.txt"),
        ("Lurasidone outcome", "stopped after 3 weeks for akathisia", "clinical/psychiatry-note-2026-11-03.txt"),
        ("How lurasidone was paid", "(samples)", "clinical/psychiatry-note-2026-11-03.txt"),
        ("Mood stabilizer that continues", "Lithium carbonate 900 mg daily since 02/2020", "clinical/psychiatry-note-2026-11-03.txt"),
        ("Lithium level", "0.8 mEq/L", "clinical/psychiatry-note-2026-11-03.txt"),
        ("MADRS on 11/03/2026", "MADRS 29", "clinical/psychiatry-note-2026-11-03.txt"),
        ("Primary care physician named", "Tobias Lindgren, MD", "clinical/psychiatry-note-2026-11-03.txt"),
        ("Policy exception wording", "unless the prescriber states that the step drugs are contraindicated or were not tolerated", "other/step-therapy-st-bpd-6.txt"),
        ("Statement date", "11/19/2026", "other/prescriber-supporting-statement-2026-11-19.txt"),
        ("Prescriber NPI", N03, "case.yaml"),
    ],
))

# ---------------------------------------------------------------- case 04
N04 = npi("139640275")
CASES.append(dict(
    num="04",
    slug="fehb-ketamine-crps-gabapentin-titration-dose-mistaken-duloxetine-partial-tca-qtc-contraindicated-patient",
    yaml=f"""# FICTIONAL CASE (set 65, case 04) - every person, plan, provider, number and address is invented.
# FEHB Standard Option, Virginia. IV ketamine for CRPS of the left leg denied (MP-PAIN-31 criterion 2): the notice
# says gabapentin was "300 mg" (the first titration dose; she reached 2400 mg for 12 weeks), that duloxetine "is
# effective" (partial response, continued) and that no tricyclic was tried (contraindicated: QTc 486 ms).
# The patient writes for herself.
patient:
  name: Rosalind Achterberg
  salutation: Ms. Achterberg
  date_of_birth: 1971-11-30
  member_id: FICT-PFEHA-R20448913
  address: |-
    3106 Grove Avenue
    Richmond, VA 23221
  phone: (804) 555-0174
  email: r.achterberg@mail.example
insurer:
  name: Potomac Federal Employees Health Association, Standard Option (FICTIONAL)
  appeals_address: |-
    Potomac Federal Employees Health Association, Reconsiderations (FICTIONAL)
    PO Box 22871
    Alexandria, VA 22301
  fax: (703) 555-0188
claim:
  number: PFEHA-PC-26-40917
  plan_type: fehb
  notice_date: 2026-11-09
  appeal_deadline: 2027-05-09
  deadline_basis: >-
    Notice of 11/09/2026: "You may ask us to reconsider within 6 months of the date of this letter."
  pending_services: 5
  procedure_codes: ["96365", "96366", J3490]
  diagnosis_codes: [G90.522]
  denial_reason: >-
    Not medically necessary (MP-PAIN-31, criterion 2). Gabapentin was tried at 300 mg, a subtherapeutic dose.
    The member continues duloxetine, which shows it is effective. No tricyclic antidepressant has been tried.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {{name: "Wendell Aske, MD", specialty: internal medicine}}
  action: none
  corrections:
    - said: Gabapentin was tried at 300 mg, a subtherapeutic dose.
      record: Gabapentin was started at 300 mg and titrated to 2400 mg daily, taken 12 weeks (06/2025-09/2025) without benefit.
      file: clinical/pain-clinic-note-2026-10-30.txt
      page: 1
    - said: The member continues duloxetine, which shows it is effective.
      record: Duloxetine 60 mg brought a partial response only (pain 8 to 6 of 10); it is continued for mood and partial pain relief.
      file: clinical/pain-clinic-note-2026-10-30.txt
      page: 1
    - said: No tricyclic antidepressant has been tried.
      leaves_out: true
      record: "A tricyclic is contraindicated for me: QTc 486 ms on the ECG of 08/20/2026 (cardiology letter)."
      file: clinical/cardiology-letter-2026-08-24.txt
      page: 1
plan_policy:
  name: Potomac FEHA Medical Policy MP-PAIN-31, Ketamine infusion for complex regional pain syndrome (FICTIONAL)
  number: MP-PAIN-31
  quote: >-
    2. Inadequate response to, intolerance of, or contraindication to at least two of the following, each at a
    therapeutic dose for at least 8 weeks where taken: a gabapentinoid, a serotonin-norepinephrine reuptake
    inhibitor, a tricyclic antidepressant.
  file: other/medical-policy-mp-pain-31-excerpt.txt
payer_criteria:
  - criterion: Inadequate response to, intolerance of, or contraindication to at least two of a gabapentinoid, an SNRI, a tricyclic antidepressant.
    how_met: >-
      Gabapentin 2400 mg daily for 12 weeks without benefit; duloxetine 60 mg, partial response only (inadequate
      response); tricyclic contraindicated (QTc 486 ms).
    met: true
    evidence: [{{file: clinical/pain-clinic-note-2026-10-30.txt, page: 1}}, {{file: clinical/cardiology-letter-2026-08-24.txt, page: 1}}]
treatment:
  name: Outpatient IV ketamine infusions, 5 sessions
  summary: Low-dose ketamine infusions for complex regional pain syndrome of the left leg after gabapentin failed, duloxetine helped only partly and a tricyclic is contraindicated.
  plan: 5 infusions over 2 weeks, 0.5 mg/kg/h for 4 hours; pain score before and after; stop if pain falls less than 2 points.
  alongside: duloxetine 60 mg daily
clinical:
  severity: pain 8/10 (numeric rating scale) on 10/30/2026
  severity_date: 2026-10-30
  suicidality: none
  history:
    - {{drug: Gabapentin, dose: 2400 mg daily (titrated from 300 mg), start: 2025-06, end: 2025-09, weeks: 12, kind: other, adequate: true, failed: true, response: none, outcome: No benefit after 12 weeks at 2400 mg, evidence: {{file: clinical/pain-clinic-note-2026-10-30.txt, page: 1}}}}
    - {{drug: Duloxetine, dose: 60 mg daily, start: 2025-10, ongoing: true, response: partial, outcome: "Partial response (pain 8 to 6); continues", evidence: {{file: clinical/pain-clinic-note-2026-10-30.txt, page: 1}}}}
    - {{drug: Tramadol, dose: 50 mg as needed, start: 2025-03, end: 2025-04, kind: other, adequate: false, outcome: Stopped for nausea, evidence: {{file: clinical/pain-clinic-note-2026-10-30.txt, page: 1}}}}
    - {{drug: Physical therapy, dose: 12 sessions, start: 2025-11, end: 2026-01, kind: other, sessions: 12, outcome: "Modest gain in walking; home program continues", evidence: {{file: clinical/pain-clinic-note-2026-10-30.txt, page: 1}}}}
author:
  name: Rosalind Achterberg
  role: Patient
  relation: patient
  address: |-
    3106 Grove Avenue
    Richmond, VA 23221
  phone: (804) 555-0174
  email: r.achterberg@mail.example
provider:
  name: Omari Whitlatch, MD
  credentials: MD, pain medicine
  npi: "{N04}"
  address: |-
    James River Pain Specialists (FICTIONAL), 7700 Parham Road
    Richmond, VA 23229
  phone: (804) 555-0138
record_dates:
  - {{file: clinical/pain-clinic-note-2026-10-30.txt, date: 2026-10-30}}
  - {{file: clinical/cardiology-letter-2026-08-24.txt, date: 2026-08-24}}
bates_prefix: ACHTERBERG
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/reconsideration-rights-notice-2026-11-09.txt": """POTOMAC FEDERAL EMPLOYEES HEALTH ASSOCIATION (FICTIONAL) - PRECERTIFICATION DENIAL   Date: 11/09/2026
Member: Rosalind Achterberg   ID: FICT-PFEHA-R20448913   Reference: PFEHA-PC-26-40917
Service: IV ketamine infusions x5 (96365, 96366, J3490). Physician: Omari Whitlatch, MD.
Not medically necessary (MP-PAIN-31, criterion 2). Gabapentin was tried at 300 mg, a subtherapeutic dose.
The member continues duloxetine, which shows it is effective. No tricyclic antidepressant has been tried.
Reviewed by Wendell Aske, MD (internal medicine).
You may ask us to reconsider within 6 months of the date of this letter. If we do not change our decision you
may ask OPM to review it. Fax (703) 555-0188.""",
        "clinical/pain-clinic-note-2026-10-30.txt": """JAMES RIVER PAIN SPECIALISTS (FICTIONAL) - CLINIC NOTE                           Date: 10/30/2026
Patient: Rosalind Achterberg   DOB 11/30/1971   Physician: Omari Whitlatch, MD   Page 1 of 1
Complex regional pain syndrome type I, left lower limb (G90.522), after ankle fracture 01/2025.
Medicines: gabapentin started 300 mg, titrated to 2400 mg daily; 12 weeks at 2400 mg (06/2025-09/2025), no
benefit; stopped. Tramadol 50 mg as needed 03/2025-04/2025, stopped for nausea. Duloxetine 60 mg daily since
10/2025: partial response (pain 8 to 6 of 10), continued for mood and partial relief.
Tricyclic not tried: contraindicated, QTc 486 ms (cardiology, Dr. Lucan Ferrante).
Physical therapy 12 sessions 11/2025-01/2026: modest gain in walking; home program continues.
Today: pain 8/10, allodynia and color change of the left foot. Mood low, no suicidal ideation.
Plan: ketamine infusion x5 over 2 weeks; continue duloxetine.""",
        "clinical/cardiology-letter-2026-08-24.txt": """CAPITAL HEART GROUP (FICTIONAL)                                                  Date: 08/24/2026
To: Omari Whitlatch, MD   Re: Rosalind Achterberg, DOB 11/30/1971   Page 1 of 1
ECG of 08/20/2026 shows QTc 486 ms. Tricyclic antidepressants (nortriptyline, amitriptyline) are contraindicated
for her.  - Lucan Ferrante, MD, cardiology""",
        "other/medical-policy-mp-pain-31-excerpt.txt": """POTOMAC FEHA MEDICAL POLICY MP-PAIN-31 (FICTIONAL) - excerpt, page 1
2. Inadequate response to, intolerance of, or contraindication to at least two of the following, each at a
therapeutic dose for at least 8 weeks where taken: a gabapentinoid, a serotonin-norepinephrine reuptake
inhibitor, a tricyclic antidepressant.""",
    },
    truth="""# 04 - FEHB: IV ketamine for CRPS; notice takes gabapentin's titration dose for the trial, duloxetine's partial response for success, and misses a tricyclic contraindication; patient writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Rosalind Achterberg (DOB 11/30/1971), FEHB Standard Option. 5 ketamine infusions for CRPS I of the left leg
  (G90.522) denied before care, 11/09/2026 (PFEHA-PC-26-40917), MP-PAIN-31 criterion 2.
- **Gabapentin: 300 mg was the starting dose; 2400 mg daily for 12 weeks** (06-09/2025), no benefit, stopped.
- **Duloxetine 60 mg continues** with a **partial response** (pain 8 -> 6): an inadequate response under the policy's
  words, not proof it "is effective".
- **Tricyclic contraindicated: QTc 486 ms** (ECG 08/20/2026; cardiologist Lucan Ferrante, letter 08/24/2026).
- Tramadol stopped for nausea (not a listed class). PT 12 sessions: modest gain, home program continues (not failed).
- Pain 8/10 on 10/30/2026. No suicidal ideation.
- FEHB: carrier reconsideration within 6 months (by 05/09/2027), then OPM review (5 CFR 890.105). No ERISA.

## Deliberately unknown
- Whether the cardiology letter went to the carrier with the request.

## Traps
- **Titration vs trial dose:** 300 mg is the start; the trial was 2400 mg for 12 weeks.
- **Partial response is not success**; duloxetine continues (never "stopped" or "failed" as if ended).
- **Contraindication, not a trial:** no tricyclic was taken.
- PT is not a failed trial; tramadol is not one of the three listed classes.
- Patient writes as "I".

## Arguments a strong letter makes (strongest first)
1. Criterion 2 needs two of three: gabapentin (inadequate response at 2400 mg, 12 weeks) and a tricyclic
   contraindication, and duloxetine's partial response as well: three of three.
2. Correct each of the three sentences of the notice with its exhibit.
3. Ask for a pain-medicine reviewer and OPM review next.

## What a letter must NOT say
- "gabapentin 300 mg" as the trial; "duloxetine is effective"; "stopped duloxetine".
- "failed nortriptyline"; "tricyclic trial"; PT as a failed treatment.
- "ERISA"; "29 CFR 2560.503-1"; "Medicaid"; "suicidal".
""",
    answers=[
        ("Reference", "PFEHA-PC-26-40917", "denial/reconsideration-rights-notice-2026-11-09.txt"),
        ("Gabapentin dose the notice names", "Gabapentin was tried at 300 mg", "denial/reconsideration-rights-notice-2026-11-09.txt"),
        ("Reconsideration window", "within 6 months of the date of this letter", "denial/reconsideration-rights-notice-2026-11-09.txt"),
        ("Reviewer's specialty", "internal medicine", "denial/reconsideration-rights-notice-2026-11-09.txt"),
        ("Gabapentin trial dose", "titrated to 2400 mg daily", "clinical/pain-clinic-note-2026-10-30.txt"),
        ("Gabapentin duration", "12 weeks at 2400 mg (06/2025-09/2025)", "clinical/pain-clinic-note-2026-10-30.txt"),
        ("Duloxetine response", "partial response (pain 8 to 6 of 10)", "clinical/pain-clinic-note-2026-10-30.txt"),
        ("Tramadol outcome", "stopped for nausea", "clinical/pain-clinic-note-2026-10-30.txt"),
        ("Physical therapy", "Physical therapy 12 sessions 11/2025-01/2026", "clinical/pain-clinic-note-2026-10-30.txt"),
        ("Pain score on 10/30/2026", "pain 8/10", "clinical/pain-clinic-note-2026-10-30.txt"),
        ("Diagnosis code", "G90.522", "clinical/pain-clinic-note-2026-10-30.txt"),
        ("QTc", "QTc 486 ms", "clinical/cardiology-letter-2026-08-24.txt"),
        ("ECG date", "08/20/2026", "clinical/cardiology-letter-2026-08-24.txt"),
        ("Cardiologist", "Lucan Ferrante, MD", "clinical/cardiology-letter-2026-08-24.txt"),
        ("Criterion 2 wording", "at least two of the following", "other/medical-policy-mp-pain-31-excerpt.txt"),
        ("Physician NPI", N04, "case.yaml"),
    ],
))

# ---------------------------------------------------------------- case 05
N05 = npi("120958836")
CASES.append(dict(
    num="05",
    slug="tricare-select-ect-psychotic-depression-risperidone-partial-prior-ect-remission-lorazepam-tapered-son",
    yaml=f"""# FICTIONAL CASE (set 65, case 05) - every person, plan, provider, number and address is invented.
# TRICARE Select, retired sponsor aged 71, Georgia. Acute ECT for psychotic depression denied under MN-ECT-04
# criterion 2(a) ("no adequate antipsychotic-antidepressant trial"). Criterion 2 is "(a) OR (b)": (b), an earlier
# episode's response to ECT (remission after 12 treatments in 2022), is met. Risperidone with sertraline gave a
# partial response and continues; lorazepam was tapered off before ECT. His son writes as representative.
patient:
  name: Florentino Garza-Whitby
  salutation: Mr. Garza-Whitby
  date_of_birth: 1955-05-19
  member_id: FICT-DBN-6620418375
  address: |-
    912 Magnolia Bluff Drive
    Macon, GA 31204
  phone: (478) 555-0146
insurer:
  name: TRICARE Select - East Region contractor, Palmetto Meridian Health Solutions (FICTIONAL)
  appeals_address: |-
    Palmetto Meridian Health Solutions, TRICARE Reconsiderations (FICTIONAL)
    PO Box 9120
    Columbia, SC 29202
  fax: (803) 555-0172
claim:
  number: PMHS-AUTH-26-310775
  plan_type: tricare
  notice_date: 2026-11-06
  appeal_deadline: 2027-02-04
  deadline_basis: >-
    Notice of 11/06/2026: "Your request for reconsideration must be received within 90 days of the date of this notice."
  pending_services: 12
  procedure_codes: ["90870"]
  diagnosis_codes: [F33.3]
  denial_reason: >-
    Not medically necessary (MN-ECT-04, criterion 2(a)). The records do not show an adequate trial of an
    antipsychotic combined with an antidepressant in the current episode.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {{name: "Bettina Krall, MD", specialty: psychiatry}}
  action: none
plan_policy:
  name: Palmetto Meridian Medical Necessity Guideline MN-ECT-04, Electroconvulsive therapy (FICTIONAL)
  number: MN-ECT-04
  quote: >-
    1. Major depressive episode, severe. 2. Either (a) inadequate response to an antipsychotic combined with an
    antidepressant for at least 4 weeks in the current episode, or (b) a documented response to ECT in an earlier
    episode. 3. Medical evaluation and anesthesia clearance.
  file: other/guideline-mn-ect-04-excerpt.txt
payer_criteria:
  - criterion: Major depressive episode, severe.
    how_met: Recurrent major depression, severe with psychotic features (F33.3); HAM-D 31 on 11/03/2026.
    met: true
    evidence: {{file: clinical/psychiatry-admission-assessment-2026-11-03.txt, page: 1}}
  - criterion: (a) inadequate response to an antipsychotic combined with an antidepressant for at least 4 weeks in the current episode.
    how_met: Risperidone 3 mg with sertraline 150 mg for 5 weeks; delusions eased, depression persists (partial response).
    met: true
    evidence: {{file: clinical/psychiatry-admission-assessment-2026-11-03.txt, page: 1}}
  - criterion: (b) a documented response to ECT in an earlier episode.
    how_met: 12 ECT treatments in 2022 brought remission (HAM-D 33 to 6), discharge summary of 06/17/2022.
    met: true
    instead_of: 2
    evidence: {{file: clinical/ect-discharge-summary-2022-06-17.txt, page: 1}}
  - criterion: Medical evaluation and anesthesia clearance.
    how_met: Anesthesia clearance on 11/02/2026.
    met: true
    evidence: {{file: clinical/psychiatry-admission-assessment-2026-11-03.txt, page: 1}}
treatment:
  name: Acute course of electroconvulsive therapy (ECT), 12 treatments
  summary: ECT for severe psychotic depression in a man whose last episode remitted with ECT.
  plan: Right unilateral ECT three times weekly, up to 12 treatments; HAM-D and cognitive screen weekly; bilateral if no response by treatment 6.
clinical:
  severity: HAM-D 31 on 11/03/2026
  severity_date: 2026-11-03
  suicidality: passive
  suicidality_date: 2026-11-03
  episode_onset: 2026-08
  history:
    - {{drug: Olanzapine with fluoxetine, dose: 10 mg and 40 mg daily, start: 2022-01, end: 2022-03, kind: augmentation, adequate: true, failed: true, response: none, outcome: "2022 episode: no response after 8 weeks", evidence: {{file: clinical/ect-discharge-summary-2022-06-17.txt, page: 1}}}}
    - {{drug: ECT (2022 episode), dose: 12 treatments, start: 2022-04, end: 2022-06, kind: neuromodulation, sessions: 12, response: remission, outcome: "Remission, HAM-D 33 to 6", evidence: {{file: clinical/ect-discharge-summary-2022-06-17.txt, page: 1}}}}
    - {{drug: Sertraline, dose: 150 mg daily, start: 2026-09-29, ongoing: true, kind: antidepressant, response: partial, outcome: Continues with risperidone, evidence: {{file: clinical/psychiatry-admission-assessment-2026-11-03.txt, page: 1}}}}
    - {{drug: Risperidone, dose: 3 mg daily, start: 2026-09-29, ongoing: true, kind: augmentation, weeks: 5, response: partial, outcome: "Delusions eased; depression persists; continues", evidence: {{file: clinical/psychiatry-admission-assessment-2026-11-03.txt, page: 1}}}}
    - {{drug: Lorazepam, dose: 0.5 mg twice daily, start: 2026-09, end: 2026-10-28, kind: other, outcome: Tapered off before ECT, evidence: {{file: clinical/psychiatry-admission-assessment-2026-11-03.txt, page: 1}}}}
author:
  name: Adrian Garza-Whitby
  role: Son and appointed representative
  relation: representative
  address: |-
    44 Pecan Street
    Atlanta, GA 30307
  phone: (404) 555-0117
  email: adrian.gw@mail.example
  authorization: other/appointment-of-representative-2026-11-12.txt
provider:
  name: Nadia Castellanos-Broom, MD
  credentials: MD, psychiatry
  npi: "{N05}"
  address: |-
    Ocmulgee Behavioral Medicine (FICTIONAL), 1550 Forsyth Street
    Macon, GA 31201
  phone: (478) 555-0133
record_dates:
  - {{file: clinical/psychiatry-admission-assessment-2026-11-03.txt, date: 2026-11-03}}
  - {{file: clinical/ect-discharge-summary-2022-06-17.txt, date: 2022-06-17}}
bates_prefix: GARZAWHITBY
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/tricare-denial-2026-11-06.txt": """PALMETTO MERIDIAN HEALTH SOLUTIONS (FICTIONAL) - TRICARE EAST - AUTHORIZATION DENIAL   Date: 11/06/2026
Beneficiary: Florentino Garza-Whitby   DBN: FICT-DBN-6620418375   Reference: PMHS-AUTH-26-310775
Service: electroconvulsive therapy, 12 treatments (90870). Requested by Nadia Castellanos-Broom, MD.
Not medically necessary (MN-ECT-04, criterion 2(a)). The records do not show an adequate trial of an
antipsychotic combined with an antidepressant in the current episode.
Reviewer: Bettina Krall, MD (psychiatry).
Your request for reconsideration must be received within 90 days of the date of this notice. Fax (803) 555-0172.""",
        "clinical/psychiatry-admission-assessment-2026-11-03.txt": """OCMULGEE BEHAVIORAL MEDICINE (FICTIONAL) - ECT ASSESSMENT                      Date: 11/03/2026
Patient: Florentino Garza-Whitby   DOB 05/19/1955   Psychiatrist: Nadia Castellanos-Broom, MD   Page 1 of 1
Recurrent major depression, severe with psychotic features (F33.3); episode began 08/2026. HAM-D 31.
Nihilistic delusions; eating half of meals; passive wish to die, no plan.
Since 09/29/2026: sertraline 150 mg daily with risperidone 3 mg daily, 5 weeks. Delusions eased, depression
persists: partial response. Both continue through ECT.
Lorazepam 0.5 mg twice daily tapered off; last dose 10/28/2026 (before ECT).
2022 episode: olanzapine 10 mg with fluoxetine 40 mg, no response; then ECT x12, remission (see 06/17/2022).
Anesthesia clearance 11/02/2026. Son, Adrian Garza-Whitby, and wife, Consuelo, present.""",
        "clinical/ect-discharge-summary-2022-06-17.txt": """OCMULGEE BEHAVIORAL MEDICINE (FICTIONAL) - ECT COURSE SUMMARY                   Date: 06/17/2022
Patient: Florentino Garza-Whitby   DOB 05/19/1955   Page 1 of 1
Psychotic depression. Olanzapine 10 mg with fluoxetine 40 mg 01/2022-03/2022 (8 weeks): no response.
ECT 04/2022-06/2022, 12 treatments, right unilateral: remission, HAM-D 33 to 6. No lasting cognitive effects.""",
        "other/guideline-mn-ect-04-excerpt.txt": """PALMETTO MERIDIAN GUIDELINE MN-ECT-04 (FICTIONAL) - excerpt, page 1
1. Major depressive episode, severe. 2. Either (a) inadequate response to an antipsychotic combined with an
antidepressant for at least 4 weeks in the current episode, or (b) a documented response to ECT in an earlier
episode. 3. Medical evaluation and anesthesia clearance.""",
        "other/appointment-of-representative-2026-11-12.txt": """APPOINTMENT OF REPRESENTATIVE (FICTIONAL)                                        Date: 11/12/2026
I, Florentino Garza-Whitby, appoint my son Adrian Garza-Whitby to act for me in my TRICARE appeal of reference
PMHS-AUTH-26-310775. Signed: Florentino Garza-Whitby""",
    },
    truth="""# 05 - TRICARE Select: ECT for psychotic depression; criterion 2 is "(a) or (b)"; earlier-episode ECT remission meets (b); risperidone partial response continues; son writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Florentino Garza-Whitby (DOB 05/19/1955), TRICARE Select (retired sponsor), Georgia. ECT x12 denied before care
  11/06/2026 (PMHS-AUTH-26-310775) under MN-ECT-04 criterion 2(a). Reviewer is a psychiatrist.
- Criterion 2 is **(a) OR (b)**. (b): **ECT in 2022, 12 treatments, remission (HAM-D 33 -> 6)**. (a) is also met:
  risperidone 3 mg with sertraline 150 mg for 5 weeks (from 09/29/2026), **partial response**, both **continue**.
- 2022: olanzapine 10 mg + fluoxetine 40 mg, 8 weeks, no response (earlier episode).
- **Lorazepam tapered off, last dose 10/28/2026.** HAM-D 31 on 11/03/2026; passive wish to die (11/03/2026).
- TRICARE reconsideration: received within 90 days, by 02/04/2027 (32 CFR 199.10). No ERISA.

## Deliberately unknown
- Whether the 2022 summary was sent with the request.

## Traps
- **Either/or criterion:** never say criterion 2(a) is unmet; (b) alone suffices.
- **Partial response, continuing** (risperidone, sertraline): never "stopped" or "failed".
- **Lorazepam is stopped**: never "currently takes lorazepam".
- **Earlier episode:** the olanzapine trial was 2022, not the current episode.
- Wife Consuelo is named; the son writes, not the patient. Reviewer IS a psychiatrist: do not say otherwise.

## Arguments a strong letter makes (strongest first)
1. Criterion 2(b) is met by the 2022 remission with ECT; it stands in for 2(a).
2. 2(a) is met anyway: 5 weeks of risperidone with sertraline, partial response only.
3. Criteria 1 and 3 met (HAM-D 31, psychotic features, anesthesia clearance 11/02/2026).

## What a letter must NOT say
- "criterion 2(a) is not met"; "failed risperidone"; "stopped sertraline"; "takes lorazepam".
- "the reviewer is not a psychiatrist"; "ERISA"; "Medicaid"; "active suicidal ideation".
""",
    answers=[
        ("Reference", "PMHS-AUTH-26-310775", "denial/tricare-denial-2026-11-06.txt"),
        ("Criterion the notice names", "MN-ECT-04, criterion 2(a)", "denial/tricare-denial-2026-11-06.txt"),
        ("Reviewer", "Bettina Krall, MD (psychiatry)", "denial/tricare-denial-2026-11-06.txt"),
        ("Reconsideration window", "received within 90 days of the date of this notice", "denial/tricare-denial-2026-11-06.txt"),
        ("Current combination", "sertraline 150 mg daily with risperidone 3 mg daily, 5 weeks", "clinical/psychiatry-admission-assessment-2026-11-03.txt"),
        ("Response to it", "partial response. Both continue through ECT", "clinical/psychiatry-admission-assessment-2026-11-03.txt"),
        ("Lorazepam", "last dose 10/28/2026", "clinical/psychiatry-admission-assessment-2026-11-03.txt"),
        ("HAM-D now", "HAM-D 31", "clinical/psychiatry-admission-assessment-2026-11-03.txt"),
        ("Episode onset", "episode began 08/2026", "clinical/psychiatry-admission-assessment-2026-11-03.txt"),
        ("Anesthesia clearance", "Anesthesia clearance 11/02/2026", "clinical/psychiatry-admission-assessment-2026-11-03.txt"),
        ("Family named", "wife, Consuelo", "clinical/psychiatry-admission-assessment-2026-11-03.txt"),
        ("2022 ECT result", "remission, HAM-D 33 to 6", "clinical/ect-discharge-summary-2022-06-17.txt"),
        ("2022 ECT count", "12 treatments", "clinical/ect-discharge-summary-2022-06-17.txt"),
        ("2022 drug trial", "Olanzapine 10 mg with fluoxetine 40 mg", "clinical/ect-discharge-summary-2022-06-17.txt"),
        ("Criterion 2(b)", "(b) a documented response to ECT in an earlier", "other/guideline-mn-ect-04-excerpt.txt"),
        ("Psychiatrist NPI", N05, "case.yaml"),
    ],
))

# ---------------------------------------------------------------- case 06
N06 = npi("184406722")
CASES.append(dict(
    num="06",
    slug="chip-mco-teen-iop-said-no-outpatient-therapy-14-cbt-sessions-fluoxetine-partial-continues-mother",
    yaml=f"""# FICTIONAL CASE (set 65, case 06) - every person, plan, provider, number and address is invented.
# Separate CHIP, managed care, Colorado, member aged 16. Adolescent intensive outpatient program denied as a level of
# care: "outpatient therapy has not been tried". The record shows 14 CBT sessions (03-07/2026), escitalopram 20 mg
# failed (8 weeks), fluoxetine 40 mg partial and continuing, and PHQ-A rising 15 to 22. His mother writes.
patient:
  name: Mateo Valdovinos-Reyes
  salutation: Mateo
  date_of_birth: 2010-04-22
  member_id: FICT-CHP-CO-00917736
  address: |-
    1725 Pearl Street, Unit 4
    Boulder, CO 80302
  phone: (303) 555-0158
insurer:
  name: Front Range Kids Health Plan (FICTIONAL), a CHIP managed care plan
  appeals_address: |-
    Front Range Kids Health Plan, Grievances and Appeals (FICTIONAL)
    PO Box 17330
    Denver, CO 80217
  fax: (303) 555-0186
claim:
  number: FRK-BH-26-220419
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-11-18
  appeal_deadline: 2027-01-17
  deadline_basis: >-
    Notice of 11/18/2026: "You have 60 days from the date on this notice to file an appeal with us."
  setting: intensive_outpatient
  service_dates: [2026-12-14]
  pending_services: [18 program days]
  procedure_codes: [S9480]
  diagnosis_codes: [F32.2]
  denial_reason: >-
    Does not meet criteria for intensive outpatient level of care (BH-LOC-IOP-2). The member can be treated at a
    lower level of care. Outpatient therapy has not been tried.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  reviewer: {{name: "Garrison Pell, DO", specialty: pediatrics}}
  action: none
  corrections:
    - said: Outpatient therapy has not been tried.
      record: >-
        Mateo had 14 sessions of cognitive behavioral therapy with Lior Haddad, LPC, from 03/2026 to 07/2026, and two
        antidepressants; PHQ-A rose from 15 (07/2026) to 22 (11/05/2026).
      file: clinical/therapist-summary-2026-11-05.txt
      page: 1
plan_policy:
  name: Front Range Kids Health Plan Level of Care Guideline BH-LOC-IOP-2 (FICTIONAL)
  number: BH-LOC-IOP-2
  quote: >-
    Intensive outpatient care is appropriate when symptoms persist or worsen despite routine outpatient treatment,
    the member can be safe living at home, and the family can take part in treatment.
  file: other/guideline-bh-loc-iop-2-excerpt.txt
payer_criteria:
  - criterion: Symptoms persist or worsen despite routine outpatient treatment.
    how_met: 14 CBT sessions and two antidepressants; PHQ-A 15 in 07/2026, 22 on 11/05/2026.
    met: true
    evidence: {{file: clinical/therapist-summary-2026-11-05.txt, page: 1}}
  - criterion: The member can be safe living at home.
    how_met: Passive ideation without plan; safety plan; parent supervision (C-SSRS 11/05/2026).
    met: true
    evidence: {{file: clinical/therapist-summary-2026-11-05.txt, page: 1}}
  - criterion: The family can take part in treatment.
    how_met: His mother will attend the weekly family session.
    met: true
    evidence: {{file: clinical/therapist-summary-2026-11-05.txt, page: 1}}
alternatives:
  - level: routine outpatient therapy
    name: weekly CBT with Lior Haddad, LPC
    why_not: 14 sessions from 03/2026 to 07/2026 and two antidepressants; PHQ-A rose from 15 to 22 and school attendance fell.
    proof: clinical/therapist-summary-2026-11-05.txt
treatment:
  name: Adolescent intensive outpatient program (IOP), 6 weeks
  summary: After-school intensive outpatient program for a 16-year-old whose depression worsened despite weekly therapy and medication.
  plan: 3 hours a day, 3 days a week for 6 weeks (18 program days); weekly family session; PHQ-A weekly; step down to weekly therapy when PHQ-A is below 15.
clinical:
  severity: PHQ-A 22 on 11/05/2026 (15 in 07/2026)
  severity_date: 2026-11-05
  suicidality: passive
  suicidality_date: 2026-11-05
  episode_onset: 2025-11
  history:
    - {{drug: Escitalopram, dose: 20 mg daily, start: 2025-12, end: 2026-02, weeks: 8, kind: antidepressant, adequate: true, failed: true, response: none, outcome: No response after 8 weeks; stopped, evidence: {{file: clinical/therapist-summary-2026-11-05.txt, page: 1}}}}
    - {{drug: Fluoxetine, dose: 40 mg daily, start: 2026-05, ongoing: true, kind: antidepressant, response: partial, outcome: Partial response; continues, evidence: {{file: clinical/therapist-summary-2026-11-05.txt, page: 1}}}}
    - {{drug: Cognitive behavioral therapy, dose: 14 weekly sessions, start: 2026-03, end: 2026-07, kind: psychotherapy, sessions: 14, outcome: "PHQ-A 15 at the end, 22 by 11/05/2026", evidence: {{file: clinical/therapist-summary-2026-11-05.txt, page: 1}}}}
    - {{drug: Hydroxyzine, dose: 25 mg at bedtime for sleep, start: 2026-06, ongoing: true, kind: other, outcome: Sleep aid, not an antidepressant trial, evidence: {{file: clinical/therapist-summary-2026-11-05.txt, page: 1}}}}
impact:
  daily_life: Missed 11 school days in October 2026.
author:
  name: Yesenia Valdovinos
  role: Mother
  relation: parent
  address: |-
    1725 Pearl Street, Unit 4
    Boulder, CO 80302
  phone: (303) 555-0158
  email: yvaldovinos@mail.example
provider:
  name: Harriet Oduya-Klein, MD
  credentials: MD, child and adolescent psychiatry
  npi: "{N06}"
  address: |-
    Flatirons Youth Behavioral Health (FICTIONAL), 2040 Canyon Boulevard
    Boulder, CO 80302
  phone: (303) 555-0127
record_dates:
  - {{file: clinical/therapist-summary-2026-11-05.txt, date: 2026-11-05}}
bates_prefix: VALDOVINOS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/level-of-care-denial-2026-11-18.txt": """FRONT RANGE KIDS HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION   Date: 11/18/2026
Member: Mateo Valdovinos-Reyes (age 16)   ID: FICT-CHP-CO-00917736   Reference: FRK-BH-26-220419
Service: adolescent intensive outpatient program (S9480), start 12/14/2026. Requested by Harriet Oduya-Klein, MD.
Does not meet criteria for intensive outpatient level of care (BH-LOC-IOP-2). The member can be treated at a
lower level of care. Outpatient therapy has not been tried.
Reviewer: Garrison Pell, DO (pediatrics).
You have 60 days from the date on this notice to file an appeal with us. Fax (303) 555-0186.""",
        "clinical/therapist-summary-2026-11-05.txt": """FLATIRONS YOUTH BEHAVIORAL HEALTH (FICTIONAL) - TREATMENT SUMMARY               Date: 11/05/2026
Client: Mateo Valdovinos-Reyes   DOB 04/22/2010   Therapist: Lior Haddad, LPC   Psychiatrist: Harriet Oduya-Klein, MD
Major depressive disorder, single episode, severe (F32.2), since 11/2025.   Page 1 of 1
Therapy: 14 weekly sessions of cognitive behavioral therapy 03/2026-07/2026. PHQ-A 15 at the end (07/2026).
Medicines: escitalopram 20 mg daily 12/2025-02/2026, 8 weeks, no response, stopped. Fluoxetine 40 mg daily
since 05/2026: partial response, continues. Hydroxyzine 25 mg at bedtime for sleep.
Today: PHQ-A 22. C-SSRS: passive wish to be dead, no plan, no intent, no behavior. Safety plan with mother.
Missed 11 school days in October 2026; school counselor Brennagh Tully reports withdrawal.
Mother (Yesenia Valdovinos) will attend weekly family sessions. Recommend IOP.""",
        "other/guideline-bh-loc-iop-2-excerpt.txt": """FRONT RANGE KIDS HEALTH PLAN GUIDELINE BH-LOC-IOP-2 (FICTIONAL) - excerpt, page 1
Intensive outpatient care is appropriate when symptoms persist or worsen despite routine outpatient treatment,
the member can be safe living at home, and the family can take part in treatment.""",
    },
    truth="""# 06 - Separate CHIP managed care: teen IOP denied as "outpatient therapy not tried"; 14 CBT sessions and two antidepressants on record; mother writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mateo Valdovinos-Reyes, 16 (DOB 04/22/2010), separate CHIP through a managed care plan, Colorado. IOP (6 weeks,
  18 program days, from 12/14/2026) denied 11/18/2026 (FRK-BH-26-220419) as a level of care.
- **14 weekly CBT sessions 03-07/2026** (Lior Haddad, LPC). **Escitalopram 20 mg, 8 weeks, no response, stopped.**
  **Fluoxetine 40 mg since 05/2026, partial response, continues.** Hydroxyzine 25 mg at bedtime is for sleep.
- **PHQ-A 15 (07/2026) -> 22 (11/05/2026)**; C-SSRS passive wish to be dead, no plan (11/05/2026); 11 school days missed.
- Mother writes as parent of a minor: no authorization needed. Plan appeal within 60 days (by 01/17/2027), then the
  state's review (42 CFR 457.1260 / 457.1130). Reviewer is a pediatrician.

## Deliberately unknown
- Whether the therapist summary went to the plan with the request.
- The IOP program's name and opening date beyond 12/14/2026.

## Traps
- **"Not tried" is false:** outpatient therapy was tried for 14 sessions.
- **Fluoxetine continues** (partial response); escitalopram is the failed trial.
- Hydroxyzine is not an antidepressant trial.
- School counselor Brennagh Tully is named; not a treating clinician.
- CHIP is not Medicaid: no Medicaid fair-hearing rules, no ERISA.

## Arguments a strong letter makes (strongest first)
1. Correct the notice: 14 CBT sessions and two antidepressants were tried; symptoms worsened (PHQ-A 15 -> 22).
2. Each part of BH-LOC-IOP-2 is met (persisting/worsening symptoms, safe at home, family takes part).
3. Set out the plan of care at IOP level; ask for a child and adolescent psychiatrist reviewer.

## What a letter must NOT say
- "outpatient therapy was not tried"; "stopped fluoxetine"; "failed fluoxetine"; hydroxyzine as a trial.
- "active suicidal ideation"; "inpatient"; "residential"; "ERISA"; "Medicaid fair hearing".
""",
    answers=[
        ("Reference", "FRK-BH-26-220419", "denial/level-of-care-denial-2026-11-18.txt"),
        ("What the denial says was not tried", "Outpatient therapy has not been tried", "denial/level-of-care-denial-2026-11-18.txt"),
        ("Reviewer", "Garrison Pell, DO (pediatrics)", "denial/level-of-care-denial-2026-11-18.txt"),
        ("Planned start", "start 12/14/2026", "denial/level-of-care-denial-2026-11-18.txt"),
        ("Appeal window", "60 days from the date on this notice", "denial/level-of-care-denial-2026-11-18.txt"),
        ("Therapy tried", "14 weekly sessions of cognitive behavioral therapy 03/2026-07/2026", "clinical/therapist-summary-2026-11-05.txt"),
        ("Therapist", "Lior Haddad, LPC", "clinical/therapist-summary-2026-11-05.txt"),
        ("Escitalopram", "escitalopram 20 mg daily 12/2025-02/2026, 8 weeks, no response, stopped", "clinical/therapist-summary-2026-11-05.txt"),
        ("Fluoxetine", "Fluoxetine 40 mg daily since 05/2026: partial response, continues", "clinical/therapist-summary-2026-11-05.txt"),
        ("Sleep medicine", "Hydroxyzine 25 mg at bedtime for sleep", "clinical/therapist-summary-2026-11-05.txt"),
        ("PHQ-A earlier", "PHQ-A 15 at the end (07/2026)", "clinical/therapist-summary-2026-11-05.txt"),
        ("PHQ-A now", "PHQ-A 22", "clinical/therapist-summary-2026-11-05.txt"),
        ("C-SSRS", "passive wish to be dead, no plan, no intent, no behavior", "clinical/therapist-summary-2026-11-05.txt"),
        ("School counselor", "Brennagh Tully", "clinical/therapist-summary-2026-11-05.txt"),
        ("School days missed", "Missed 11 school days in October 2026", "clinical/therapist-summary-2026-11-05.txt"),
        ("Psychiatrist NPI", N06, "case.yaml"),
    ],
))

# ---------------------------------------------------------------- case 07
N07 = npi("195517043")
CASES.append(dict(
    num="07",
    slug="medicare-advantage-hmo-tms-denied-as-contraindicated-aud-in-remission-febrile-seizure-age-3-pmhnp",
    yaml=f"""# FICTIONAL CASE (set 65, case 07) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, New Mexico, member aged 66. TMS denied before care as contraindicated: "active alcohol use
# disorder" and "seizure disorder". The record: alcohol use disorder in sustained remission since 03/2023 (naltrexone
# continues); one febrile seizure at age 3, EEG normal, neurologist clears TMS. Citalopram 20 mg is the dose limit at
# his age (an adequate trial). His treating psychiatric nurse practitioner writes, appointed on a CMS-1696.
patient:
  name: Leopold Nakashima-Bragg
  salutation: Mr. Nakashima-Bragg
  date_of_birth: 1960-03-27
  member_id: FICT-SWA-88201547
  address: |-
    2210 Calle Lomita NE
    Albuquerque, NM 87110
  phone: (505) 555-0163
insurer:
  name: Sunward Advantage HMO (FICTIONAL), a Medicare Advantage plan
  appeals_address: |-
    Sunward Advantage, Appeals and Grievances (FICTIONAL)
    PO Box 27740
    Albuquerque, NM 87125
  fax: (505) 555-0179
claim:
  number: SWA-ORG-26-663019
  plan_type: medicare_advantage
  notice_date: 2026-11-10
  appeal_deadline: 2027-01-09
  deadline_basis: >-
    Notice of 11/10/2026: "You must ask for a reconsideration within 60 calendar days of the date of this notice."
  pending_services: 36
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    TMS is not medically necessary because it is contraindicated. The records show active alcohol use disorder and
    a seizure disorder.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {{name: "Ruth Ambler, MD", specialty: geriatric medicine}}
  action: none
  corrections:
    - said: The records show active alcohol use disorder
      record: >-
        Alcohol use disorder in sustained remission since 03/2023 (AUDIT-C 0 on 10/21/2026); naltrexone 50 mg daily
        continues for relapse prevention.
      file: clinical/psychiatric-np-note-2026-10-21.txt
      page: 1
    - said: and a seizure disorder.
      record: >-
        One febrile seizure at age 3 and none since; EEG of 09/25/2026 normal; the neurologist found no seizure
        disorder and no bar to TMS.
      file: clinical/neurology-consult-2026-09-30.txt
      page: 1
plan_policy:
  name: Sunward Advantage Medical Policy, Transcranial magnetic stimulation (FICTIONAL)
  number: BH-TMS-A3
  quote: >-
    Contraindications: active substance use disorder (not in remission); seizure disorder or a seizure within the
    past 5 years other than one induced by ECT; metal in or near the head. Criteria: failure of at least two
    antidepressants at an adequate dose for at least 6 weeks.
  file: other/policy-bh-tms-a3-excerpt.txt
payer_criteria:
  - criterion: No active substance use disorder (not in remission).
    how_met: Alcohol use disorder in sustained remission since 03/2023; AUDIT-C 0.
    met: true
    evidence: {{file: clinical/psychiatric-np-note-2026-10-21.txt, page: 1}}
  - criterion: No seizure disorder or seizure within the past 5 years other than one induced by ECT.
    how_met: One febrile seizure at age 3; EEG normal 09/25/2026; neurologist clears TMS.
    met: true
    evidence: {{file: clinical/neurology-consult-2026-09-30.txt, page: 1}}
  - criterion: Failure of at least two antidepressants at an adequate dose for at least 6 weeks.
    how_met: Citalopram 20 mg (the dose limit over age 60) for 8 weeks, no response; nortriptyline 75 mg (level 92 ng/mL) for 9 weeks, partial response then lost.
    met: true
    evidence: {{file: clinical/psychiatric-np-note-2026-10-21.txt, page: 1}}
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions
  summary: TMS for recurrent severe depression after two adequate antidepressant trials, in a man for whom neither claimed contraindication applies.
  plan: 30 daily sessions over 6 weeks and 6 taper sessions; PHQ-9 and GDS-15 weekly; stop if no 25% fall by session 20.
clinical:
  severity: PHQ-9 19 and GDS-15 12 on 10/21/2026
  severity_date: 2026-10-21
  suicidality: none
  suicidality_date: 2026-10-21
  episode_onset: 2025-09
  history:
    - {{drug: Citalopram, dose: 20 mg daily, start: 2025-10, end: 2025-12, weeks: 8, kind: antidepressant, adequate: true, failed: true, response: none, outcome: "No response after 8 weeks at 20 mg, the dose limit over age 60", evidence: {{file: clinical/psychiatric-np-note-2026-10-21.txt, page: 1}}}}
    - {{drug: Nortriptyline, dose: 75 mg daily (level 92 ng/mL), start: 2026-01, end: 2026-03, weeks: 9, kind: antidepressant, adequate: true, failed: true, response: lost, outcome: Partial response then lost; stopped, evidence: {{file: clinical/psychiatric-np-note-2026-10-21.txt, page: 1}}}}
    - {{drug: Naltrexone, dose: 50 mg daily, start: 2023-03, ongoing: true, kind: other, outcome: Relapse prevention for alcohol use disorder in remission; continues, evidence: {{file: clinical/psychiatric-np-note-2026-10-21.txt, page: 1}}}}
  exclusions: No metal in or near the head; no seizure disorder; alcohol use disorder in sustained remission.
author:
  name: Halcyon Brandt-Iwu, DNP, PMHNP-BC
  role: Treating psychiatric nurse practitioner (appointed representative, CMS-1696)
  relation: prescriber
  address: |-
    Sandia Mind and Mood Clinic (FICTIONAL), 5301 Montgomery Boulevard NE
    Albuquerque, NM 87109
  phone: (505) 555-0124
  email: hbrandtiwu@sandiamind.example
  authorization: other/appointment-of-representative-cms-1696-2026-11-16.txt
provider:
  name: Halcyon Brandt-Iwu, DNP, PMHNP-BC
  credentials: DNP, PMHNP-BC
  npi: "{N07}"
  address: |-
    5301 Montgomery Boulevard NE
    Albuquerque, NM 87109
  phone: (505) 555-0124
record_dates:
  - {{file: clinical/psychiatric-np-note-2026-10-21.txt, date: 2026-10-21}}
  - {{file: clinical/neurology-consult-2026-09-30.txt, date: 2026-09-30}}
bates_prefix: NAKASHIMABRAGG
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/denial-of-medical-coverage-2026-11-10.txt": """SUNWARD ADVANTAGE HMO (FICTIONAL) - NOTICE OF DENIAL OF MEDICAL COVERAGE          Date: 11/10/2026
Member: Leopold Nakashima-Bragg   Member ID: FICT-SWA-88201547   Reference: SWA-ORG-26-663019
Service: transcranial magnetic stimulation, 36 sessions (90867, 90868). Requested by Halcyon Brandt-Iwu, PMHNP-BC.
TMS is not medically necessary because it is contraindicated. The records show active alcohol use disorder and
a seizure disorder.   Reviewer: Ruth Ambler, MD (geriatric medicine).
You must ask for a reconsideration within 60 calendar days of the date of this notice. Fax (505) 555-0179.""",
        "clinical/psychiatric-np-note-2026-10-21.txt": """SANDIA MIND AND MOOD CLINIC (FICTIONAL) - PROGRESS NOTE                         Date: 10/21/2026
Patient: Leopold Nakashima-Bragg   DOB 03/27/1960   Clinician: Halcyon Brandt-Iwu, DNP, PMHNP-BC   Page 1 of 1
Recurrent major depressive disorder, severe (F33.2); episode since 09/2025.
Citalopram 20 mg daily 10/2025-12/2025 (20 mg is the dose limit over age 60), 8 weeks, no response.
Nortriptyline 75 mg daily 01/2026-03/2026, level 92 ng/mL, 9 weeks: partial response then lost; stopped.
Alcohol use disorder in sustained remission since 03/2023; AUDIT-C 0; naltrexone 50 mg daily continues.
Today: PHQ-9 19, GDS-15 12. No suicidal ideation. No metal in the head. Daughter, Noor Bragg, drives him.
Neurology (Dr. Sunniva Aldana) cleared TMS 09/30/2026. Plan: TMS 36 sessions.""",
        "clinical/neurology-consult-2026-09-30.txt": """HIGH DESERT NEUROLOGY (FICTIONAL) - CONSULTATION                                 Date: 09/30/2026
Patient: Leopold Nakashima-Bragg   DOB 03/27/1960   Page 1 of 1
One febrile seizure at age 3; none since. EEG 09/25/2026 normal. No seizure disorder. No neurological bar to TMS.
- Sunniva Aldana, MD, neurology""",
        "other/policy-bh-tms-a3-excerpt.txt": """SUNWARD ADVANTAGE MEDICAL POLICY BH-TMS-A3 (FICTIONAL) - excerpt, page 1
Contraindications: active substance use disorder (not in remission); seizure disorder or a seizure within the
past 5 years other than one induced by ECT; metal in or near the head. Criteria: failure of at least two
antidepressants at an adequate dose for at least 6 weeks.""",
        "other/appointment-of-representative-cms-1696-2026-11-16.txt": """APPOINTMENT OF REPRESENTATIVE - form CMS-1696 (fictional rendition)          Date: 11/16/2026
I, Leopold Nakashima-Bragg (FICT-SWA-88201547), appoint Halcyon Brandt-Iwu, DNP, PMHNP-BC, to act for me in my
reconsideration of SWA-ORG-26-663019. Signed: Leopold Nakashima-Bragg. Accepted: Halcyon Brandt-Iwu.""",
    },
    truth="""# 07 - Medicare Advantage HMO: TMS called contraindicated for "active" alcohol use disorder and a "seizure disorder"; remission since 2023 and one febrile seizure at age 3; psychiatric NP writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Leopold Nakashima-Bragg (DOB 03/27/1960), Medicare Advantage HMO, New Mexico. TMS x36 denied before care
  11/10/2026 (SWA-ORG-26-663019) as contraindicated.
- **Alcohol use disorder in sustained remission since 03/2023**, AUDIT-C 0; **naltrexone 50 mg continues** (relapse
  prevention, not an antidepressant).
- **One febrile seizure at age 3**; EEG 09/25/2026 normal; neurologist Sunniva Aldana, MD: no seizure disorder,
  no bar to TMS (09/30/2026).
- Trials: **citalopram 20 mg** (the dose limit over 60), 8 weeks, no response; **nortriptyline 75 mg** (level 92),
  9 weeks, **partial response then lost**. PHQ-9 19, GDS-15 12 on 10/21/2026; no suicidal ideation.
- Author: treating psychiatric NP (a prescriber, not a physician), appointed on a CMS-1696 (11/16/2026): a
  pre-service MA reconsideration from a non-physician needs the appointment (42 CFR 422.578(c)). 60 days from the
  notice, by 01/09/2027; 30-day standard pre-service decision (422.590).

## Deliberately unknown
- Whether the neurology consult reached the plan; whether the notice's date or its receipt starts the 60 days (the notice says its date).

## Traps
- **Remission vs active:** never concede active substance use. Naltrexone is not a sign of active use.
- **Febrile seizure in childhood** is not a seizure disorder.
- **Citalopram 20 mg** is adequate at his age; do not call it low-dose.
- **Voice:** an NP writes: never "Dr. Brandt-Iwu", "physician" or "I as his physician". Daughter Noor drives; the
  neurologist is another clinician.
- Medicare Advantage: no ERISA, no parity argument from MHPAEA as for employer plans.

## Arguments a strong letter makes (strongest first)
1. Neither contraindication exists: correct both sentences with the note and the neurology consult.
2. The plan's own contraindication words ("not in remission"; "within the past 5 years") exclude both.
3. Two adequate antidepressant trials failed; ask for a psychiatrist reviewer (422.590 expertise), 30-day decision.

## What a letter must NOT say
- "active alcohol use"; "seizure disorder" as his; "history of seizures" as a present risk; "low dose of citalopram".
- "Dr. Brandt-Iwu"; "as his physician"; "ERISA"; "Medicaid"; "suicidal ideation".
""",
    answers=[
        ("Reference", "SWA-ORG-26-663019", "denial/denial-of-medical-coverage-2026-11-10.txt"),
        ("Why the notice denies", "The records show active alcohol use disorder and a seizure disorder", "denial/denial-of-medical-coverage-2026-11-10.txt"),
        ("Reviewer", "Ruth Ambler, MD (geriatric medicine)", "denial/denial-of-medical-coverage-2026-11-10.txt"),
        ("Reconsideration window", "within 60 calendar days of the date of this notice", "denial/denial-of-medical-coverage-2026-11-10.txt"),
        ("Alcohol use disorder status", "sustained remission since 03/2023", "clinical/psychiatric-np-note-2026-10-21.txt"),
        ("AUDIT-C", "AUDIT-C 0", "clinical/psychiatric-np-note-2026-10-21.txt"),
        ("Naltrexone", "naltrexone 50 mg daily continues", "clinical/psychiatric-np-note-2026-10-21.txt"),
        ("Citalopram", "20 mg is the dose limit over age 60", "clinical/psychiatric-np-note-2026-10-21.txt"),
        ("Nortriptyline level", "level 92 ng/mL", "clinical/psychiatric-np-note-2026-10-21.txt"),
        ("Nortriptyline outcome", "partial response then lost; stopped", "clinical/psychiatric-np-note-2026-10-21.txt"),
        ("Scores on 10/21/2026", "PHQ-9 19, GDS-15 12", "clinical/psychiatric-np-note-2026-10-21.txt"),
        ("Family member named", "Noor Bragg", "clinical/psychiatric-np-note-2026-10-21.txt"),
        ("Seizure history", "One febrile seizure at age 3; none since", "clinical/neurology-consult-2026-09-30.txt"),
        ("EEG", "EEG 09/25/2026 normal", "clinical/neurology-consult-2026-09-30.txt"),
        ("Policy contraindication wording", "active substance use disorder (not in remission)", "other/policy-bh-tms-a3-excerpt.txt"),
        ("NP's NPI", N07, "case.yaml"),
    ],
))

# ---------------------------------------------------------------- case 08
N08 = npi("160372914")
CASES.append(dict(
    num="08",
    slug="church-plan-self-funded-iv-ketamine-one-bp-reading-lorazepam-tapered-lamotrigine-rash-daughter",
    yaml=f"""# FICTIONAL CASE (set 65, case 08) - every person, plan, provider, number and address is invented.
# Church plan, self-funded, not ERISA, Kansas, 900 employees. IV ketamine for treatment-resistant depression denied
# before care: "uncontrolled hypertension (162/98 on 09/22/2026)" and "concurrent benzodiazepine use". The record:
# a recheck 15 minutes later was 134/84 on amlodipine, home readings average 128/80; lorazepam was tapered off, last
# dose 09/05/2026. Lamotrigine augmentation was stopped for a rash (no rechallenge). Her adult daughter writes.
patient:
  name: Harriet Oyelaran-Beck
  salutation: Ms. Oyelaran-Beck
  date_of_birth: 1968-01-11
  member_id: FICT-PSM-55740218
  address: |-
    3318 SW Plass Avenue
    Topeka, KS 66611
  phone: (785) 555-0147
insurer:
  name: Prairie Synod Ministers' Health Plan (FICTIONAL), administered by Kaw Valley Benefits (FICTIONAL)
  appeals_address: |-
    Kaw Valley Benefits, Appeals (FICTIONAL)
    PO Box 4471
    Topeka, KS 66604
  fax: (785) 555-0189
claim:
  number: PSM-PA-26-81337
  plan_type: church
  funding: self_funded
  employees: 900
  notice_date: 2026-11-13
  appeal_deadline: 2027-05-12
  deadline_basis: >-
    Notice of 11/13/2026: "You may appeal within 180 days of receiving this notice."
  pending_services: 6
  procedure_codes: ["96365", "96366", J3490]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Not medically necessary (MP-KET-9, exclusions). Uncontrolled hypertension (BP 162/98 on 09/22/2026) and
    concurrent benzodiazepine use (lorazepam).
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {{name: "Ansel Korte, MD", specialty: anesthesiology}}
  action: none
  corrections:
    - said: Uncontrolled hypertension (BP 162/98 on 09/22/2026)
      record: >-
        The 162/98 reading was taken on arrival while anxious; the recheck 15 minutes later was 134/84. On amlodipine
        5 mg her home readings for 30 days average 128/80.
      file: [clinical/psychiatry-note-2026-10-14.txt, clinical/home-bp-log-2026-10.txt]
      page: 1
    - said: concurrent benzodiazepine use (lorazepam).
      record: Lorazepam 0.5 mg was tapered off; last dose 09/05/2026.
      file: clinical/psychiatry-note-2026-10-14.txt
      page: 1
plan_policy:
  name: Prairie Synod Ministers' Health Plan Medical Policy MP-KET-9, Ketamine infusion for depression (FICTIONAL)
  number: MP-KET-9
  quote: >-
    Exclusions: uncontrolled hypertension (systolic 160 or more, or diastolic 100 or more, on repeated measurement);
    current benzodiazepine use at more than the equivalent of lorazepam 2 mg daily; active psychosis.
  file: other/policy-mp-ket-9-excerpt.txt
payer_criteria:
  - criterion: No uncontrolled hypertension (systolic 160 or more, or diastolic 100 or more, on repeated measurement).
    how_met: One high reading on arrival; recheck 134/84; 30-day home average 128/80 on amlodipine.
    met: true
    evidence: [{{file: clinical/psychiatry-note-2026-10-14.txt, page: 1}}, {{file: clinical/home-bp-log-2026-10.txt, page: 1}}]
  - criterion: No current benzodiazepine use at more than the equivalent of lorazepam 2 mg daily.
    how_met: Lorazepam tapered off, last dose 09/05/2026 (and was 0.5 mg, under the limit).
    met: true
    evidence: {{file: clinical/psychiatry-note-2026-10-14.txt, page: 1}}
  - criterion: No active psychosis.
    how_met: No psychotic symptoms.
    met: true
    evidence: {{file: clinical/psychiatry-note-2026-10-14.txt, page: 1}}
treatment:
  name: IV ketamine infusions, 6 sessions
  summary: Six ketamine infusions for treatment-resistant depression after three antidepressants and an augmenting agent.
  plan: 0.5 mg/kg over 40 minutes, twice weekly for 3 weeks; blood pressure every 15 minutes; MADRS at baseline and after infusions 3 and 6; stop if MADRS falls less than 25%.
  alongside: vortioxetine 20 mg daily
clinical:
  severity: MADRS 35 on 10/14/2026
  severity_date: 2026-10-14
  suicidality: passive
  suicidality_date: 2026-10-14
  episode_onset: 2025-04
  history:
    - {{drug: Paroxetine, dose: 40 mg daily, start: 2025-05, end: 2025-07, weeks: 9, kind: antidepressant, adequate: true, failed: true, response: none, outcome: No response, evidence: {{file: clinical/psychiatry-note-2026-10-14.txt, page: 1}}}}
    - {{drug: Desvenlafaxine, dose: 100 mg daily, start: 2025-08, end: 2025-10, weeks: 8, kind: antidepressant, adequate: true, failed: true, response: none, outcome: No response, evidence: {{file: clinical/psychiatry-note-2026-10-14.txt, page: 1}}}}
    - {{drug: Vortioxetine, dose: 20 mg daily, start: 2025-11, ongoing: true, kind: antidepressant, response: partial, outcome: Partial response; continues, evidence: {{file: clinical/psychiatry-note-2026-10-14.txt, page: 1}}}}
    - {{drug: Lamotrigine, dose: 50 mg daily (titrating), start: 2026-03, end: 2026-04, kind: augmentation, adequate: false, outcome: Stopped at week 4 for a rash; not to be restarted, evidence: {{file: clinical/psychiatry-note-2026-10-14.txt, page: 1}}}}
    - {{drug: Lorazepam, dose: 0.5 mg as needed, start: 2025-06, end: 2026-09-05, kind: other, outcome: Tapered off; last dose 09/05/2026, evidence: {{file: clinical/psychiatry-note-2026-10-14.txt, page: 1}}}}
  exclusions: No psychosis; blood pressure controlled on amlodipine 5 mg; no benzodiazepine since 09/05/2026.
author:
  name: Simone Oyelaran-Beck
  role: Daughter and authorized representative
  relation: representative
  address: |-
    1450 N Rock Road, Apt 9
    Wichita, KS 67206
  phone: (316) 555-0115
  email: simone.ob@mail.example
  authorization: other/authorization-to-represent-2026-11-19.txt
provider:
  name: Ezekiel Marwood-Tan, MD
  credentials: MD, psychiatry
  npi: "{N08}"
  address: |-
    Capitol Plains Interventional Psychiatry (FICTIONAL), 901 SW Gage Boulevard
    Topeka, KS 66606
  phone: (785) 555-0136
record_dates:
  - {{file: clinical/psychiatry-note-2026-10-14.txt, date: 2026-10-14}}
  - {{file: clinical/home-bp-log-2026-10.txt, date: 2026-10-13}}
bates_prefix: OYELARANBECK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/precertification-denial-2026-11-13.txt": """KAW VALLEY BENEFITS (FICTIONAL) for the Prairie Synod Ministers' Health Plan - PRECERTIFICATION DENIAL
Date: 11/13/2026   Member: Harriet Oyelaran-Beck   ID: FICT-PSM-55740218   Reference: PSM-PA-26-81337
Service: IV ketamine infusions x6 (96365, 96366, J3490). Physician: Ezekiel Marwood-Tan, MD.
Not medically necessary (MP-KET-9, exclusions). Uncontrolled hypertension (BP 162/98 on 09/22/2026) and
concurrent benzodiazepine use (lorazepam).   Reviewer: Ansel Korte, MD (anesthesiology).
This is a church plan and is not subject to ERISA. You may appeal within 180 days of receiving this notice.""",
        "clinical/psychiatry-note-2026-10-14.txt": """CAPITOL PLAINS INTERVENTIONAL PSYCHIATRY (FICTIONAL) - PROGRESS NOTE           Date: 10/14/2026
Patient: Harriet Oyelaran-Beck   DOB 01/11/1968   Psychiatrist: Ezekiel Marwood-Tan, MD   Page 1 of 1
Recurrent major depressive disorder, severe (F33.2); episode since 04/2025.
Paroxetine 40 mg 9 weeks, no response. Desvenlafaxine 100 mg 8 weeks, no response. Vortioxetine 20 mg daily
since 11/2025: partial response, continues. Lamotrigine augmentation 03/2026, stopped at week 4 for a rash;
not to be restarted.
Lorazepam 0.5 mg as needed tapered off; last dose 09/05/2026.
BP 09/22/2026: 162/98 on arrival (anxious); recheck 15 minutes later 134/84. On amlodipine 5 mg daily.
Home log (primary care, Dr. Wilhelmina Faraday): 30-day average 128/80.
Today: MADRS 35. Passive wish not to wake up, no plan. No psychosis. Daughter Simone present.""",
        "clinical/home-bp-log-2026-10.txt": """HOME BLOOD PRESSURE LOG (FICTIONAL) - Harriet Oyelaran-Beck - 09/14/2026 to 10/13/2026   Page 1 of 1
Reviewed by Wilhelmina Faraday, MD (primary care) on 10/13/2026.
30 morning readings; highest 138/86; lowest 118/74; 30-day average 128/80. Amlodipine 5 mg daily.""",
        "other/policy-mp-ket-9-excerpt.txt": """PRAIRIE SYNOD MINISTERS' HEALTH PLAN MEDICAL POLICY MP-KET-9 (FICTIONAL) - excerpt, page 1
Exclusions: uncontrolled hypertension (systolic 160 or more, or diastolic 100 or more, on repeated measurement);
current benzodiazepine use at more than the equivalent of lorazepam 2 mg daily; active psychosis.""",
        "other/authorization-to-represent-2026-11-19.txt": """AUTHORIZATION TO REPRESENT (FICTIONAL)                                      Date: 11/19/2026
I, Harriet Oyelaran-Beck (ID FICT-PSM-55740218), authorize my daughter Simone Oyelaran-Beck to appeal
reference PSM-PA-26-81337 for me. Signed: Harriet Oyelaran-Beck""",
    },
    truth="""# 08 - Church plan, self-funded: IV ketamine denied on one anxious blood-pressure reading and a lorazepam already tapered off; lamotrigine stopped for rash; daughter writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harriet Oyelaran-Beck (DOB 01/11/1968), church plan (self-funded, not ERISA; 900 employees), Kansas. Six ketamine
  infusions denied before care 11/13/2026 (PSM-PA-26-81337) under MP-KET-9's exclusions.
- **BP 162/98 on arrival 09/22/2026, recheck 134/84 fifteen minutes later**; amlodipine 5 mg; **home 30-day average
  128/80** (log reviewed by primary care, Wilhelmina Faraday, MD, 10/13/2026). The policy needs **repeated** high readings.
- **Lorazepam tapered off, last dose 09/05/2026** (and 0.5 mg as needed was under the policy's 2 mg line anyway).
- Trials: paroxetine 40 mg 9 weeks and desvenlafaxine 100 mg 8 weeks, no response; **vortioxetine 20 mg continues**
  (partial); **lamotrigine stopped at week 4 for a rash** (intolerance; not to be restarted).
- MADRS 35 on 10/14/2026; passive wish not to wake up, no plan (10/14/2026).
- Church plan: not ERISA; claims-procedure rules reach it through 45 CFR 147.136 (ACA) and state law; 180 days to
  appeal (by 05/12/2027). Reviewer: anesthesiology.

## Deliberately unknown
- Whether the home log and the note were sent with the precertification request.

## Traps
- **One reading vs repeated measurement:** never concede hypertension is uncontrolled.
- **Stopped vs current:** lorazepam is stopped; never "takes lorazepam".
- **Lamotrigine**: rash, stopped; not a failed trial for lack of response; never "continues lamotrigine".
- **Vortioxetine continues** (partial response).
- Primary care physician Faraday and daughter Simone are named; the daughter writes.
- Church plan: never "ERISA" as governing, never "29 CFR 2560.503-1" as binding it.

## Arguments a strong letter makes (strongest first)
1. Neither exclusion applies: BP controlled on repeated measurement (recheck, home log); lorazepam stopped 09/05/2026.
2. Correct both statements of the notice with exhibits.
3. Two adequate failed trials plus an intolerable augmenting agent; ask for a psychiatrist reviewer.

## What a letter must NOT say
- "uncontrolled hypertension" as hers; "currently takes lorazepam"; "benzodiazepine use" as present.
- "failed lamotrigine" (as no response); "stopped vortioxetine"; "active suicidal ideation".
- "ERISA"; "29 CFR 2560.503-1" as governing law; "Medicaid"; "Medicare".
""",
    answers=[
        ("Reference", "PSM-PA-26-81337", "denial/precertification-denial-2026-11-13.txt"),
        ("Reading the notice names", "BP 162/98 on 09/22/2026", "denial/precertification-denial-2026-11-13.txt"),
        ("Reviewer", "Ansel Korte, MD (anesthesiology)", "denial/precertification-denial-2026-11-13.txt"),
        ("ERISA status", "is not subject to ERISA", "denial/precertification-denial-2026-11-13.txt"),
        ("Recheck", "recheck 15 minutes later 134/84", "clinical/psychiatry-note-2026-10-14.txt"),
        ("Blood-pressure medicine", "amlodipine 5 mg daily", "clinical/psychiatry-note-2026-10-14.txt"),
        ("Lorazepam last dose", "last dose 09/05/2026", "clinical/psychiatry-note-2026-10-14.txt"),
        ("Lamotrigine", "stopped at week 4 for a rash", "clinical/psychiatry-note-2026-10-14.txt"),
        ("Antidepressant that continues", "Vortioxetine 20 mg daily since 11/2025: partial response, continues", "clinical/psychiatry-note-2026-10-14.txt"),
        ("Failed trials", "Paroxetine 40 mg 9 weeks, no response", "clinical/psychiatry-note-2026-10-14.txt"),
        ("MADRS on 10/14/2026", "MADRS 35", "clinical/psychiatry-note-2026-10-14.txt"),
        ("Suicidality", "Passive wish not to wake up, no plan", "clinical/psychiatry-note-2026-10-14.txt"),
        ("Home average", "30-day average 128/80", "clinical/home-bp-log-2026-10.txt"),
        ("Primary care physician", "Wilhelmina Faraday, MD", "clinical/home-bp-log-2026-10.txt"),
        ("Policy wording", "on repeated measurement", "other/policy-mp-ket-9-excerpt.txt"),
        ("Psychiatrist NPI", N08, "case.yaml"),
    ],
))

# ---- runner
PHONE_RE = re.compile(r"\(?\b(\d{3})\)?[ .-]?(\d{3})[ .-](\d{4})\b")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+)")


def norm(s):
    return re.sub(r"\s+", " ", str(s)).strip().lower()


def build(case, problems):
    folder = HERE / f"{case['num']}-{case['slug']}"
    truth = HERE / f"{case['num']}-{case['slug']}.truth.md"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(case["yaml"])
    for rel, text in case["docs"].items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HDR + text.strip("\n") + END)
    truth.write_text(case["truth"])
    tag = case["num"]
    # case.yaml parses and is marked fictional
    try:
        data = YAML(typ="safe", pure=True).load(case["yaml"])
    except Exception as e:  # noqa
        problems.append(f"{tag}: case.yaml does not parse: {e}")
        data = {}
    if not case["yaml"].startswith("# FICTIONAL"):
        problems.append(f"{tag}: case.yaml lacks FICTIONAL header")
    if not case["truth"].splitlines()[0].rstrip().endswith("(FICTIONAL)"):
        problems.append(f"{tag}: truth first line lacks FICTIONAL")
    heads = [l[3:].strip() for l in case["truth"].splitlines() if l.startswith("## ")]
    want = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes (strongest first)",
            "What a letter must NOT say"]
    if [h.split(" (")[0] for h in heads] != [w.split(" (")[0] for w in want]:
        problems.append(f"{tag}: truth headings {heads}")
    for sub in ("denial", "clinical", "other"):
        if not any(k.startswith(sub + "/") for k in case["docs"]):
            problems.append(f"{tag}: no document in {sub}/")
    # every file named in case.yaml exists
    for m in re.findall(r"((?:denial|clinical|other)/[A-Za-z0-9._-]+\.txt)", case["yaml"]):
        if m not in case["docs"]:
            problems.append(f"{tag}: case.yaml names missing file {m}")
    # answers
    if len(case["answers"]) != 16:
        problems.append(f"{tag}: {len(case['answers'])} answers, want 16")
    texts = {rel: HDR + t for rel, t in case["docs"].items()}
    texts["case.yaml"] = case["yaml"]
    texts["truth"] = case["truth"]
    for q, a, doc in case["answers"]:
        if doc not in texts:
            problems.append(f"{tag}: answer doc {doc} not written")
        elif norm(a) not in norm(texts[doc]):
            problems.append(f"{tag}: answer '{a}' not printed in {doc}")
    # phones / emails / NPIs over every text
    for name, t in texts.items():
        for m in PHONE_RE.finditer(t):
            if not m.group(3).startswith("01"):
                problems.append(f"{tag}: {name}: phone {m.group(0)} not 555-01xx")
            if m.group(2) != "555":
                problems.append(f"{tag}: {name}: phone {m.group(0)} not 555")
        for m in EMAIL_RE.finditer(t):
            if not m.group(1).endswith(".example"):
                problems.append(f"{tag}: {name}: e-mail domain {m.group(1)} not .example")
    for m in re.findall(r"npi:\s*\"?(\d+)\"?", case["yaml"]):
        if len(m) != 10 or not luhn_ok(m):
            problems.append(f"{tag}: NPI {m} fails Luhn/length")
    for rel, t in texts.items():
        if rel not in ("case.yaml", "truth") and "FICTIONAL" not in t[:200]:
            problems.append(f"{tag}: {rel} lacks FICTIONAL header")
    return folder


def main(argv):
    check = "--check" in argv
    only = [a for a in argv if a.isdigit() or re.fullmatch(r"\d\d", a)]
    problems, folders = [], []
    for case in CASES:
        if only and case["num"] not in only:
            continue
        folders.append(build(case, problems))
    n = len(folders)
    print(f"{n} cases, {16 * n} expected answers (declared {sum(len(c['answers']) for c in CASES if not only or c['num'] in only)}), {len(problems)} problems")
    for p in problems:
        print("PROBLEM", p)
    bad = bool(problems)
    if check:
        out = []
        for f in folders:
            r = subprocess.run([APPEAL_KIT, "check", str(f)], capture_output=True, text=True)
            out.append(f"===== {f.name}: exit {r.returncode}\n{r.stdout}{r.stderr}")
            print(f"check {f.name[:2]}: exit {r.returncode}")
            if r.returncode != 0:
                bad = True
        name = "check-output.txt" if not only else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(out))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
