#!/usr/bin/env python3
"""FICTIONAL blind test set 69 (issue 18), clinical emphasis. Rewrites the case folders and self-checks.
Usage: make_set.py [--check] [NN ...]"""
import re, sys, shutil, subprocess, io
from pathlib import Path
from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
HDR = "FICTIONAL - invented for a blind test set (set 69); not a real person, plan, clinic or number.\n\n"
FTR = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
            "What a letter must NOT say"]
CASES = []

def case(**k):
    CASES.append(k)

# ---------------------------------------------------------------- 01
case(slug="01-insured-employer-tms-sertraline-continued-duloxetine-intolerance-trazodone-sleep-dose-patient",
yaml="""# FICTIONAL CASE (set 69, case 01) - every person, plan, provider, number and address is invented.
# Insured employer group plan (ERISA), Massachusetts. TMS denied as "only one antidepressant trial".
patient:
  name: Odalys Brennan-Tuck
  salutation: Ms. Brennan-Tuck
  date_of_birth: 1988-02-19
  member_id: FICT-BKS-55102937
  address: |-
    18 Quarry Hill Road
    Quincy, MA 02169
  phone: (617) 555-0121
  email: obtuck@mailbox.example
insurer:
  name: Bay Keystone Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Bay Keystone Health, Member Appeals (FICTIONAL)
    PO Box 44120
    Boston, MA 02241
  fax: (617) 555-0188
claim:
  number: BKH-PA-26-1120-4471
  plan_type: employer_erisa
  funding: insured
  employees: 640
  notice_date: 2026-11-20
  appeal_deadline: 2027-05-19
  deadline_basis: 180 days from the notice of 11/20/2026 (29 CFR 2560.503-1(h)(3)(i)), as the notice says.
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.1]
  pending_services: [36 TMS treatments]
  setting: outpatient
  action: none
  denial_reason: >-
    Transcranial magnetic stimulation is not medically necessary. Policy BH-TMS-19 criterion 2 requires failure of
    at least two antidepressant medications from two different classes. The records document one antidepressant
    trial (sertraline) and trazodone.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: Dr. Lionel Okafor-Banks, specialty: family medicine}
  corrections:
    - said: The records document one antidepressant trial (sertraline) and trazodone.
      record: >-
        The records also show bupropion XL 300 mg (another class) for 9 weeks without response, 03/02-05/04/2026;
        trazodone 50 mg was a sleep dose, not an antidepressant trial.
      file: clinical/psychiatry-notes-2025-09-to-2026-11.txt
      page: 1
plan_policy:
  name: Bay Keystone Clinical Policy BH-TMS-19, Transcranial Magnetic Stimulation
  number: BH-TMS-19
  quote: >-
    2. Failure of at least two antidepressant medications from two different classes, each at an adequate dose
    for at least six weeks, or intolerance of them, in the current episode.
  file: denial/tms-denial-2026-11-20.txt
payer_criteria:
  - criterion: 2. Failure of at least two antidepressants from two different classes, adequate dose for six weeks, or intolerance
    how_met: >-
      Sertraline 200 mg (SSRI) 10 weeks, partial response only; bupropion XL 300 mg (NDRI) 9 weeks, no response;
      duloxetine (SNRI) stopped for intolerance after 12 days
    met: true
    evidence: {file: clinical/psychiatry-notes-2025-09-to-2026-11.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation, 36 treatments
  summary: An acute TMS course for recurrent major depression with partial response to sertraline.
  plan: >-
    Left prefrontal TMS five days a week for six weeks (30 treatments) then a 6-treatment taper; PHQ-9 weekly;
    sertraline continued unchanged.
  alongside: sertraline 200 mg daily
clinical:
  severity: PHQ-9 19 on 11/09/2026
  severity_date: 2026-11-09
  suicidality: none
  suicidality_date: 2026-11-09
  episode_onset: 2025-09
  treating_since: 2025-09
  response: Sertraline partial response only (PHQ-9 24 to 17 by 12/2025; 19 on 11/09/2026)
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-09-15
      kind: antidepressant
      ongoing: true
      weeks: 10
      adequate: true
      failed: true
      response: partial
      outcome: Partial response after 10 weeks (200 mg from 10/06/2025); continued
      evidence: {file: clinical/psychiatry-notes-2025-09-to-2026-11.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime (sleep)
      start: 2025-09-15
      end: 2026-06-30
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-notes-2025-09-to-2026-11.txt, page: 1}
    - drug: Duloxetine
      dose: 30 mg daily
      start: 2026-01-12
      end: 2026-01-24
      kind: antidepressant
      adequate: false
      outcome: Stopped after 12 days for intolerance (vomiting, dizziness); not an adequate trial
      evidence: {file: clinical/psychiatry-notes-2025-09-to-2026-11.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily (added to sertraline)
      start: 2026-03-02
      end: 2026-05-04
      kind: antidepressant
      weeks: 9
      adequate: true
      failed: true
      response: none
      outcome: No response after 9 weeks at 300 mg
      evidence: {file: clinical/psychiatry-notes-2025-09-to-2026-11.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 16 weekly sessions
      start: 2025-10
      end: 2026-02
      kind: psychotherapy
      sessions: 16
      outcome: Completed; some benefit to sleep routine, depression persisted
author:
  name: Odalys Brennan-Tuck
  relation: patient
  address: |-
    18 Quarry Hill Road
    Quincy, MA 02169
  phone: (617) 555-0121
  email: obtuck@mailbox.example
provider:
  name: Dr. Teodor Valdes-Marsh
  credentials: MD, psychiatry
  npi: "1682045731"
  address: |-
    Neponset Mind Health (FICTIONAL), 200 Hancock Street
    Quincy, MA 02171
  phone: (617) 555-0133
record_dates:
  - file: clinical/psychiatry-notes-2025-09-to-2026-11.txt
    date: 2026-11-09
bates_prefix: BRENNANTUCK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/tms-denial-2026-11-20.txt": """BAY KEYSTONE HEALTH INSURANCE COMPANY (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date of notice: 11/20/2026      Reference: BKH-PA-26-1120-4471
Member: Odalys Brennan-Tuck   Member ID FICT-BKS-55102937   Group: Harborline Freight Co. (FICTIONAL), 640 employees
Requested: 90867, 90868 x36 (TMS), Dr. Teodor Valdes-Marsh, MD, NPI 1682045731

Decision: Transcranial magnetic stimulation is not medically necessary. Policy BH-TMS-19 criterion 2 requires
failure of at least two antidepressant medications from two different classes. The records document one
antidepressant trial (sertraline) and trazodone.
BH-TMS-19 2. Failure of at least two antidepressant medications from two different classes, each at an adequate
dose for at least six weeks, or intolerance of them, in the current episode.
Reviewer: Dr. Lionel Okafor-Banks (family medicine).

Appeal: you may appeal within 180 days of this notice to PO Box 44120, Boston, MA 02241, fax (617) 555-0188.
After the internal appeal you may ask for external review through the Massachusetts Office of Patient Protection.""",
"clinical/psychiatry-notes-2025-09-to-2026-11.txt": """NEPONSET MIND HEALTH (FICTIONAL) - PSYCHIATRY NOTES (EXCERPT)   Page 1 of 1
Patient: Odalys Brennan-Tuck  DOB 02/19/1988   Psychiatrist: Dr. Teodor Valdes-Marsh, MD

09/15/2025  Recurrent MDD, episode began 09/2025. PHQ-9 24. Start sertraline; trazodone 50 mg at bedtime for sleep.
11/24/2025  Sertraline (started 09/15, 200 mg since 10/06); PHQ-9 17: partial response after 10 weeks. Continue.
01/12/2026  Add duloxetine 30 mg (cross-taper plan). Therapist Ingrid Solberg, LICSW: CBT session 12 of 16.
01/24/2026  Duloxetine stopped after 12 days: vomiting and dizziness. Intolerance; not an adequate trial.
03/02/2026  Add bupropion XL, titrate to 300 mg.
05/04/2026  Bupropion XL 300 mg for 9 weeks: no response. Stopped. Sertraline 200 mg continues.
06/30/2026  Trazodone stopped; sleep adequate.
11/09/2026  PHQ-9 19. No suicidal ideation. Sertraline 200 mg continues (partial response only). Recommend TMS,
            36 treatments, sertraline unchanged.""",
},
truth="""# 01 - insured employer plan: TMS denied as "one antidepressant trial"; patient writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Odalys Brennan-Tuck, 38, insured employer group plan (ERISA, 640 employees, Massachusetts). TMS (90867/90868 x36)
  denied pre-service 11/20/2026 under BH-TMS-19 criterion 2; deadline 180 days: **05/19/2027**.
- Current episode from 09/2025. Sertraline (200 mg from 10/06/2025): **partial response** after 10 weeks, **still taken** (continued
  with TMS). Bupropion XL 300 mg: 9 weeks, **no response** (03/02-05/04/2026). Duloxetine 30 mg: **stopped after 12
  days for intolerance** (vomiting, dizziness), not an adequate trial. Trazodone 50 mg: **sleep dose**, stopped
  06/30/2026. CBT 16 sessions completed (psychotherapy, not a drug trial).
- PHQ-9 24 (09/15/2025), 17 (11/24/2025), **19 on 11/09/2026**; **no suicidal ideation**.
- Criterion 2 is met: sertraline (SSRI) and bupropion (NDRI) failed; duloxetine (SNRI) intolerance also counts
  under the policy's "or intolerance".

## Deliberately unknown
- Whether the reviewer had the 05/04/2026 note; the plan's medical-necessity definition (not quoted).

## Traps
- Trazodone is a sleep dose: never "failed trazodone" as an antidepressant trial.
- Sertraline is ongoing: no end date, never "stopped sertraline"; partial response, not "no response".
- Duloxetine is intolerance after 12 days, not an adequate 6-week trial.
- The patient writes: "I", never "Ms. Brennan-Tuck has failed".
- No suicidal ideation: no harm paragraph about suicidality. CBT is psychotherapy, never a failed antidepressant.
- Therapist Ingrid Solberg, LICSW is named in the notes: not the author, not the prescriber.

## Arguments a strong letter makes
1. Correct the notice: the record shows bupropion XL 300 mg 9 weeks without response, a second class.
2. Criterion 2 met (sertraline partial, bupropion none; duloxetine intolerance as an extra).
3. Sertraline continues with TMS; partial response is not remission (PHQ-9 19).
4. Ask for a reviewer in psychiatry (the reviewer is family medicine); external review after the internal appeal.

## What a letter must NOT say
- "failed trazodone", "three failed antidepressants including trazodone", "stopped sertraline".
- "suicidal ideation" as present; "Ms. Brennan-Tuck has failed" in the patient's voice.
- "the plan named no criteria".
""",
answers=[
("Notice date", "Date of notice: 11/20/2026", "denial/tms-denial-2026-11-20.txt"),
("Reference number", "BKH-PA-26-1120-4471", "denial/tms-denial-2026-11-20.txt"),
("Policy and criterion", "BH-TMS-19 criterion 2", "denial/tms-denial-2026-11-20.txt"),
("What the denial says the record shows", "one\nantidepressant trial (sertraline) and trazodone", "denial/tms-denial-2026-11-20.txt"),
("Reviewer specialty", "Dr. Lionel Okafor-Banks (family medicine)", "denial/tms-denial-2026-11-20.txt"),
("Appeal window", "within 180 days of this notice", "denial/tms-denial-2026-11-20.txt"),
("Employer size", "640 employees", "denial/tms-denial-2026-11-20.txt"),
("Sertraline outcome", "PHQ-9 17: partial response after 10 weeks", "clinical/psychiatry-notes-2025-09-to-2026-11.txt"),
("Is sertraline still taken", "Sertraline 200 mg continues (partial response only)", "clinical/psychiatry-notes-2025-09-to-2026-11.txt"),
("Trazodone's purpose", "trazodone 50 mg at bedtime for sleep", "clinical/psychiatry-notes-2025-09-to-2026-11.txt"),
("Duloxetine outcome", "Duloxetine stopped after 12 days: vomiting and dizziness", "clinical/psychiatry-notes-2025-09-to-2026-11.txt"),
("Bupropion outcome", "Bupropion XL 300 mg for 9 weeks: no response", "clinical/psychiatry-notes-2025-09-to-2026-11.txt"),
("Latest PHQ-9 and date", "11/09/2026  PHQ-9 19", "clinical/psychiatry-notes-2025-09-to-2026-11.txt"),
("Suicidality", "No suicidal ideation", "clinical/psychiatry-notes-2025-09-to-2026-11.txt"),
("Therapist named", "Ingrid Solberg, LICSW", "clinical/psychiatry-notes-2025-09-to-2026-11.txt"),
("Episode onset", "episode began 09/2025", "clinical/psychiatry-notes-2025-09-to-2026-11.txt"),
])

# ---------------------------------------------------------------- 02
case(slug="02-part-d-lumateperone-adjunct-step-quetiapine-25mg-sleep-dose-vs-xr-trial-other-plan-pmhnp",
yaml="""# FICTIONAL CASE (set 69, case 02) - every person, plan, provider, number and address is invented.
# Stand-alone Part D PDP, Minnesota. Step therapy ST-ADJ-31 for lumateperone as an adjunct in MDD: the plan's claims
# show quetiapine 25 mg (a sleep dose); the adequate quetiapine XR trial was paid by the member's former employer plan.
patient:
  name: Waldemar Fisk-Adeyemi
  salutation: Mr. Fisk-Adeyemi
  date_of_birth: 1958-09-03
  member_id: FICT-NSR-77300412
  address: |-
    4410 Lyndale Avenue North
    Minneapolis, MN 55412
  phone: (612) 555-0146
insurer:
  name: North Star Rx Prescription Drug Plan (FICTIONAL)
  appeals_address: |-
    North Star Rx, Part D Redeterminations (FICTIONAL)
    PO Box 90317
    Saint Paul, MN 55190
  fax: 1-800-555-0162
claim:
  number: NSR-CD-26-1130-2208
  plan_type: medicare_part_d
  notice_date: 2026-11-30
  appeal_deadline: 2027-02-03
  deadline_basis: 65 days from the date of the notice of 11/30/2026 (42 CFR 423.582(b)).
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Lumateperone is covered after a trial of two of the following: aripiprazole, quetiapine extended-release,
    brexpiprazole. Our claims show aripiprazole and quetiapine 25 mg only. Your prescriber did not show that the
    quetiapine trial was an adequate adjunctive dose.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  corrections:
    - said: Our claims show aripiprazole and quetiapine 25 mg only.
      record: >-
        Quetiapine 25 mg was a bedtime sleep dose in 2023. The adjunctive trial was quetiapine XR 150 mg daily for 8
        weeks (02/03-03/31/2025), paid by the member's former employer retiree plan, with a partial response lost by
        week 8 and weight gain of 11 lb.
      file: [other/pharmacy-history-prior-plan-2025.txt, clinical/prescriber-statement-2026-12-03.txt]
      page: 1
plan_policy:
  name: North Star Rx Step Therapy ST-ADJ-31, Adjunctive Antipsychotics for Depression
  number: ST-ADJ-31
  quote: >-
    Lumateperone: covered after a trial of two of the following: aripiprazole, quetiapine extended-release,
    brexpiprazole, each as an adjunct to an antidepressant, or when they are contraindicated or not tolerated.
  file: denial/part-d-coverage-denial-2026-11-30.txt
payer_criteria:
  - criterion: Trial of two of aripiprazole, quetiapine extended-release, brexpiprazole as an adjunct, or contraindicated or not tolerated
    how_met: >-
      Quetiapine XR 150 mg adjunct 8 weeks in 2025 (paid by the former plan), partial response lost; aripiprazole
      5 mg not tolerated (akathisia after 4 weeks)
    met: true
    evidence:
      - {file: other/pharmacy-history-prior-plan-2025.txt, page: 1}
      - {file: clinical/prescriber-statement-2026-12-03.txt, page: 1}
treatment:
  name: Lumateperone 42 mg daily (adjunct to escitalopram)
  summary: Adjunctive lumateperone for recurrent major depression after two adjunctive antipsychotics failed.
  alongside: escitalopram 20 mg daily
prescriber_statement:
  date: 2026-12-03
  quote: >-
    Quetiapine XR 150 mg daily for 8 weeks in 2025, paid by his former plan, gave a partial response lost by week 8
    with 11 lb weight gain; aripiprazole 5 mg caused akathisia. Brexpiprazole would carry the same akathisia risk.
  file: clinical/prescriber-statement-2026-12-03.txt
clinical:
  severity: MADRS 29 on 11/17/2026
  severity_date: 2026-11-17
  suicidality: passive
  suicidality_date: 2026-11-17
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2024-10
      kind: antidepressant
      ongoing: true
      adequate: true
      response: partial
      outcome: Partial response; continued as the base antidepressant
    - drug: Quetiapine
      dose: 25 mg at bedtime (sleep)
      start: 2023-04
      end: 2023-09
      kind: other
      outcome: Sleep dose only; not an adjunctive trial
      evidence: {file: clinical/prescriber-statement-2026-12-03.txt, page: 1}
    - drug: Quetiapine XR
      dose: 150 mg daily (adjunct to escitalopram)
      start: 2025-02-03
      end: 2025-03-31
      kind: augmentation
      weeks: 8
      adequate: true
      failed: true
      response: lost
      paid_outside: another plan
      outcome: Partial response lost by week 8; 11 lb weight gain
      evidence: {file: other/pharmacy-history-prior-plan-2025.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily (adjunct)
      start: 2026-05-11
      end: 2026-06-08
      kind: augmentation
      weeks: 4
      failed: true
      outcome: Stopped after 4 weeks for akathisia (intolerance)
      evidence: {file: clinical/prescriber-statement-2026-12-03.txt, page: 1}
author:
  name: Marisol Ekdahl-Quint
  role: Psychiatric nurse practitioner, DNP, PMHNP-BC (prescriber)
  relation: prescriber
  address: |-
    Riverbend Behavioral Health (FICTIONAL), 815 Washington Avenue SE
    Minneapolis, MN 55414
  phone: (612) 555-0151
  fax: (612) 555-0152
provider:
  name: Marisol Ekdahl-Quint
  credentials: DNP, PMHNP-BC
  npi: "1347609186"
  phone: (612) 555-0151
record_dates:
  - file: clinical/prescriber-statement-2026-12-03.txt
    date: 2026-12-03
  - file: other/pharmacy-history-prior-plan-2025.txt
    date: 2026-01-15
    submitted: false
bates_prefix: FISKADEYEMI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/part-d-coverage-denial-2026-11-30.txt": """NORTH STAR RX PRESCRIPTION DRUG PLAN (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date of notice: 11/30/2026     Case: NSR-CD-26-1130-2208
Enrollee: Waldemar Fisk-Adeyemi   Member ID FICT-NSR-77300412
Drug: lumateperone 42 mg, 30 capsules. Prescriber: Marisol Ekdahl-Quint, PMHNP-BC, NPI 1347609186

We denied this request. Lumateperone is covered after a trial of two of the following: aripiprazole, quetiapine
extended-release, brexpiprazole. Our claims show aripiprazole and quetiapine 25 mg only. Your prescriber did not
show that the quetiapine trial was an adequate adjunctive dose.
ST-ADJ-31: Lumateperone: covered after a trial of two of the following: aripiprazole, quetiapine extended-release,
brexpiprazole, each as an adjunct to an antidepressant, or when they are contraindicated or not tolerated.

You may ask for a redetermination within 65 days from the date of this notice: PO Box 90317, Saint Paul, MN 55190,
fax 1-800-555-0162. Your prescriber may ask for you.""",
"clinical/prescriber-statement-2026-12-03.txt": """RIVERBEND BEHAVIORAL HEALTH (FICTIONAL) - PRESCRIBER SUPPORTING STATEMENT (42 CFR 423.578(b))   Page 1 of 1
Date: 12/03/2026   Patient: Waldemar Fisk-Adeyemi, DOB 09/03/1958
Prescriber: Marisol Ekdahl-Quint, DNP, PMHNP-BC

Quetiapine 25 mg at bedtime (04/2023-09/2023) was for sleep only, prescribed by his former primary care physician,
Dr. Agnes Thorvaldsen; it was never an adjunctive trial.
Quetiapine XR 150 mg daily for 8 weeks in 2025, paid by his former plan, gave a partial response lost by week 8
with 11 lb weight gain; aripiprazole 5 mg caused akathisia. Brexpiprazole would carry the same akathisia risk.
Aripiprazole 5 mg: 05/11/2026-06/08/2026, stopped after 4 weeks for akathisia.
Escitalopram 20 mg daily since 10/2024 continues (partial response).
MADRS 29 on 11/17/2026. Passive wish not to wake up; no plan or intent.""",
"other/pharmacy-history-prior-plan-2025.txt": """LAKEWOOD MILLS RETIREE HEALTH PLAN (FICTIONAL) - PHARMACY CLAIMS HISTORY   Printed 01/15/2026   Page 1 of 1
Member: Waldemar Fisk-Adeyemi   (coverage ended 12/31/2025)
02/03/2025  Quetiapine XR 150 mg tab, qty 30, 30 days   PAID
03/04/2025  Quetiapine XR 150 mg tab, qty 28, 28 days   PAID
Last fill 03/04/2025; no refill after 03/31/2025.""",
},
truth="""# 02 - Part D step therapy for adjunctive lumateperone; a sleep dose mistaken for the trial; PMHNP writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Waldemar Fisk-Adeyemi, 68, stand-alone Part D PDP (North Star Rx, MN). Lumateperone 42 mg denied 11/30/2026 under
  step therapy ST-ADJ-31 (two of aripiprazole, quetiapine XR, brexpiprazole, or contraindicated/not tolerated).
- Level: **redetermination**, deadline **02/03/2027** (65 days from the notice date, 42 CFR 423.582(b)); a prescriber
  may request it (423.580). Coverage exception, 42 CFR 423.578(b), supported by the prescriber's statement of 12/03/2026.
- Quetiapine **25 mg** at bedtime 04-09/2023 was a **sleep dose** by the former PCP (Dr. Agnes Thorvaldsen).
- Quetiapine **XR 150 mg** adjunct 02/03-03/31/2025, 8 weeks, partial response **lost**, 11 lb gain, **paid by the
  former employer retiree plan** (Lakewood Mills, coverage ended 12/31/2025), not in North Star's claims.
- Aripiprazole 5 mg 05/11-06/08/2026: **stopped after 4 weeks for akathisia** (intolerance, counts under "not tolerated").
- Escitalopram 20 mg since 10/2024 **continues** (base antidepressant). MADRS 29 on 11/17/2026; **passive** ideation only.

## Deliberately unknown
- Whether the prior plan's history was ever sent to North Star (record marked not submitted).
- Whether brexpiprazole is actually contraindicated: the statement gives an akathisia risk, not a contraindication.

## Traps
- The 25 mg quetiapine was a sleep dose: never "quetiapine 25 mg failed".
- The 2025 XR trial was paid outside the plan: a trial all the same; explain why the plan's claims do not show it.
- Aripiprazole was intolerance (4 weeks), not an adequate 6-week trial; the policy accepts "not tolerated".
- Brexpiprazole was never tried: do not say it failed or is contraindicated.
- The prescriber is a nurse practitioner: "I write as ... treating nurse practitioner", never "Dr." or "physician".
- Part D: no ERISA, no parity, no 45 CFR 147.136; 65 days from the notice date, not "60 days after receipt".
- Escitalopram continues; lumateperone is an adjunct, not monotherapy.

## Arguments a strong letter makes
1. Step criterion met: quetiapine XR adjunct (8 weeks, lost response) and aripiprazole (not tolerated).
2. Correct the notice: 25 mg was a sleep dose; the XR trial was paid by another plan (exhibit: its claims history).
3. Ask for a coverage exception under 42 CFR 423.578(b), quoting the prescriber's statement.
4. Redetermination timely (by 02/03/2027); upheld denial goes to the IRE on request.

## What a letter must NOT say
- "brexpiprazole failed"; "quetiapine 25 mg adjunctive trial"; "Dr. Ekdahl-Quint"; "physician".
- "ERISA", "29 CFR 2560.503-1", "parity"; "active suicidal ideation".
""",
answers=[
("Notice date", "Date of notice: 11/30/2026", "denial/part-d-coverage-denial-2026-11-30.txt"),
("Case number", "NSR-CD-26-1130-2208", "denial/part-d-coverage-denial-2026-11-30.txt"),
("Step policy", "ST-ADJ-31", "denial/part-d-coverage-denial-2026-11-30.txt"),
("What the claims show", "Our claims show aripiprazole and quetiapine 25 mg only", "denial/part-d-coverage-denial-2026-11-30.txt"),
("Redetermination window", "within 65 days from the date of this notice", "denial/part-d-coverage-denial-2026-11-30.txt"),
("Policy's alternative route", "or when they are contraindicated or not tolerated", "denial/part-d-coverage-denial-2026-11-30.txt"),
("Purpose of quetiapine 25 mg", "was for sleep only", "clinical/prescriber-statement-2026-12-03.txt"),
("Who prescribed the sleep dose", "Dr. Agnes Thorvaldsen", "clinical/prescriber-statement-2026-12-03.txt"),
("Quetiapine XR trial", "Quetiapine XR 150 mg daily for 8 weeks in 2025", "clinical/prescriber-statement-2026-12-03.txt"),
("Aripiprazole outcome", "stopped after 4 weeks for akathisia", "clinical/prescriber-statement-2026-12-03.txt"),
("Base antidepressant", "Escitalopram 20 mg daily since 10/2024 continues", "clinical/prescriber-statement-2026-12-03.txt"),
("Severity and date", "MADRS 29 on 11/17/2026", "clinical/prescriber-statement-2026-12-03.txt"),
("Suicidality", "Passive wish not to wake up; no plan or intent", "clinical/prescriber-statement-2026-12-03.txt"),
("Statement date", "Date: 12/03/2026", "clinical/prescriber-statement-2026-12-03.txt"),
("Who paid the XR trial", "LAKEWOOD MILLS RETIREE HEALTH PLAN", "other/pharmacy-history-prior-plan-2025.txt"),
("First XR fill", "02/03/2025  Quetiapine XR 150 mg tab, qty 30, 30 days   PAID", "other/pharmacy-history-prior-plan-2025.txt"),
])

# ---------------------------------------------------------------- 03
case(slug="03-medicaid-managed-care-age-18-spravato-fluoxetine-start-dose-misread-mother-representative-epsdt",
yaml="""# FICTIONAL CASE (set 69, case 03) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Ohio, member aged 18 (EPSDT to 21). Spravato denied: "fluoxetine 10 mg only".
# The mother writes as authorized representative: the patient is an adult, so a signed authorization is enclosed.
patient:
  name: Kiara Delacroix-Omondi
  salutation: Ms. Delacroix-Omondi
  date_of_birth: 2008-04-14
  member_id: FICT-BRC-30098871
  address: |-
    77 Linden Court
    Dayton, OH 45406
  phone: (937) 555-0117
insurer:
  name: Buckeye River Community Health Plan (FICTIONAL), an Ohio Medicaid managed care plan
  appeals_address: |-
    Buckeye River Community Health Plan, Appeals (FICTIONAL)
    PO Box 18820
    Columbus, OH 43218
  fax: 1-800-555-0109
claim:
  number: BRC-PA-26-1124-7730
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-24
  appeal_deadline: 2027-01-23
  deadline_basis: 60 days from the date of the notice of 11/24/2026 (42 CFR 438.402(c)(2)(ii)), as the notice says.
  procedure_codes: [J0013, "99214"]
  diagnosis_codes: [F32.2]
  pending_services: [induction phase, 8 sessions]
  action: none
  denial_reason: >-
    Esketamine nasal spray is not approved. Criterion BH-ESK-5 (2) requires two antidepressants at an adequate dose
    for at least 6 weeks. The records show fluoxetine 10 mg only. Sertraline was not at an adequate dose.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: Dr. Hollis Vantongeren, specialty: pediatrics}
  corrections:
    - said: The records show fluoxetine 10 mg only.
      record: >-
        Fluoxetine was started at 10 mg on 03/03/2026 and raised to 40 mg on 03/24/2026; 40 mg was taken to
        06/01/2026 (10 weeks at 40 mg) without response.
      file: clinical/psychiatry-and-hospital-records-2026.txt
      page: 1
    - said: Sertraline was not at an adequate dose.
      record: Sertraline 150 mg daily since 06/15/2026 (over 20 weeks), partial response; still taken.
      file: clinical/psychiatry-and-hospital-records-2026.txt
      page: 1
plan_policy:
  name: Buckeye River Behavioral Health Criteria BH-ESK-5, Esketamine Nasal Spray
  number: BH-ESK-5
  quote: >-
    (2) Trial of at least two antidepressants of adequate dose and duration (at least 6 weeks) in the current
    episode; or (3) major depression with acute suicidal ideation or behavior, with an oral antidepressant.
  file: denial/notice-of-adverse-benefit-determination-2026-11-24.txt
payer_criteria:
  - criterion: (2) Trial of at least two antidepressants of adequate dose and duration (at least 6 weeks) in the current episode
    how_met: Fluoxetine 40 mg 10 weeks, no response; sertraline 150 mg over 20 weeks, partial response (continued)
    met: true
    evidence: {file: clinical/psychiatry-and-hospital-records-2026.txt, page: 1}
  - criterion: (3) Major depression with acute suicidal ideation or behavior, with an oral antidepressant
    how_met: Suicide attempt by overdose 10/28/2026 (crisis unit 10/28-11/04/2026); sertraline continued
    met: true
    evidence: {file: clinical/psychiatry-and-hospital-records-2026.txt, page: 1}
treatment:
  setting: Gem City Youth and Young Adult Psychiatry (FICTIONAL), a clinic certified in the Spravato REMS
  monitoring: Blood pressure before and at 40 minutes and 2 hours; a clinician observes for 2 hours after each dose
  name: Spravato (esketamine nasal spray), induction twice weekly for 4 weeks
  summary: Esketamine with sertraline for severe major depression after a suicide attempt and two antidepressants.
  plan: >-
    56 mg on day 1 then 84 mg twice weekly for 4 weeks (8 sessions) in a REMS-certified clinic, 2-hour observation;
    MADRS at baseline and week 4; continue only with at least a 50% MADRS reduction.
  alongside: sertraline 150 mg daily
clinical:
  severity: MADRS 41 on 11/10/2026
  exclusions: No aneurysmal vascular disease, arteriovenous malformation or intracerebral hemorrhage; no hypersensitivity; BP 118/72
  severity_date: 2026-11-10
  suicidality: attempt
  suicidality_date: 2026-10-28
  episode_onset: 2026-02
  treating_since: 2026-03
  history:
    - drug: Fluoxetine
      dose: 10 mg, raised to 40 mg daily on 03/24/2026
      start: 2026-03-03
      end: 2026-06-01
      kind: antidepressant
      weeks: 10
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks at 40 mg
      evidence: {file: clinical/psychiatry-and-hospital-records-2026.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-06-15
      kind: antidepressant
      ongoing: true
      adequate: true
      failed: true
      response: partial
      outcome: Partial response at 150 mg; continued
      evidence: {file: clinical/psychiatry-and-hospital-records-2026.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg as needed (anxiety)
      start: 2026-03-03
      kind: other
      outcome: As needed for anxiety; not an antidepressant trial
urgency:
  reason: >-
    Ms. Delacroix-Omondi attempted suicide by overdose on 10/28/2026 and remains severely depressed (MADRS 41 on
    11/10/2026); waiting for a standard decision could seriously jeopardize her life.
  certified_by: Dr. Renata Holloway-Sim, MD
author:
  name: Josephine Delacroix
  role: Mother, authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-12-01.txt
  address: |-
    77 Linden Court
    Dayton, OH 45406
  phone: (937) 555-0118
provider:
  name: Dr. Renata Holloway-Sim
  credentials: MD, child and adolescent psychiatry
  npi: "1503928461"
  phone: (937) 555-0135
record_dates:
  - file: clinical/psychiatry-and-hospital-records-2026.txt
    date: 2026-11-10
bates_prefix: DELACROIXOMONDI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/notice-of-adverse-benefit-determination-2026-11-24.txt": """BUCKEYE RIVER COMMUNITY HEALTH PLAN (FICTIONAL) - OHIO MEDICAID MANAGED CARE
NOTICE OF ADVERSE BENEFIT DETERMINATION      Date of notice: 11/24/2026     Reference BRC-PA-26-1124-7730
Member: Kiara Delacroix-Omondi   DOB 04/14/2008   Member ID FICT-BRC-30098871
Requested: J0013 and 99214 (esketamine nasal spray, supervised sessions), Dr. Renata Holloway-Sim, MD

Decision: Esketamine nasal spray is not approved. Criterion BH-ESK-5 (2) requires two antidepressants at an
adequate dose for at least 6 weeks. The records show fluoxetine 10 mg only. Sertraline was not at an adequate dose.
BH-ESK-5: (2) Trial of at least two antidepressants of adequate dose and duration (at least 6 weeks) in the current
episode; or (3) major depression with acute suicidal ideation or behavior, with an oral antidepressant.
Reviewed by Dr. Hollis Vantongeren (pediatrics).

Your rights: ask for a plan appeal within 60 days from the date of this notice. After the plan's decision you may ask
for a state hearing within 120 days. Ask for a fast appeal if waiting could seriously harm your health.
Phone 1-800-555-0108; fax 1-800-555-0109.""",
"clinical/psychiatry-and-hospital-records-2026.txt": """GEM CITY YOUTH AND YOUNG ADULT PSYCHIATRY (FICTIONAL) - NOTES AND DISCHARGE SUMMARY (EXCERPT)  Page 1 of 1
Patient: Kiara Delacroix-Omondi  DOB 04/14/2008   Psychiatrist: Dr. Renata Holloway-Sim, MD

03/03/2026  MDD, single episode, severe; onset 02/2026. Start fluoxetine 10 mg; hydroxyzine 25 mg as needed for anxiety.
03/24/2026  Fluoxetine raised to 40 mg daily.
06/01/2026  Fluoxetine 40 mg for 10 weeks: no response. Stop. Mother (Josephine Delacroix) attends.
06/15/2026  Start sertraline, to 150 mg daily by 07/06/2026.
10/28/2026  Admitted to Miami Valley Crisis Unit (FICTIONAL) after overdose (suicide attempt). Discharged 11/04/2026.
11/10/2026  MADRS 41. Sertraline 150 mg daily continues: partial response only (since 06/15/2026).
            Recommend esketamine nasal spray with sertraline; REMS-certified clinic.""",
"other/authorized-representative-form-2026-12-01.txt": """BUCKEYE RIVER COMMUNITY HEALTH PLAN (FICTIONAL) - APPOINTMENT OF AUTHORIZED REPRESENTATIVE
I, Kiara Delacroix-Omondi (DOB 04/14/2008, member ID FICT-BRC-30098871), appoint my mother, Josephine Delacroix,
77 Linden Court, Dayton, OH 45406, phone (937) 555-0118, to act for me in my appeal of reference BRC-PA-26-1124-7730.
Signed: Kiara Delacroix-Omondi    Date: 12/01/2026""",
},
truth="""# 03 - Medicaid managed care, member 18: Spravato denied on a starting dose; mother as representative (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Kiara Delacroix-Omondi, **18** (DOB 04/14/2008), Ohio Medicaid managed care (Buckeye River, FICTIONAL). Spravato
  denied 11/24/2026 under BH-ESK-5 (2). First level: **plan appeal**, **60 days: 01/23/2027**; then a state hearing
  within 120 days of the plan's resolution (42 CFR 438.408(f)(2)).
- Fluoxetine: started **10 mg** 03/03/2026, raised to **40 mg** 03/24/2026, no response after **10 weeks** at 40 mg.
- Sertraline 150 mg since 06/15/2026 (20+ weeks): **partial response, still taken** (continues with Spravato).
- **Suicide attempt** (overdose) 10/28/2026, crisis unit 10/28-11/04/2026; MADRS 41 on 11/10/2026.
- Criterion (3) (acute suicidal behavior with an oral antidepressant) is also met; criterion (2) met as well.
- EPSDT applies (under 21): 42 USC 1396d(r)(5).
- The mother writes as **authorized representative** with the patient's signed appointment (12/01/2026).

## Deliberately unknown
- Whether the plan received the crisis-unit discharge summary.
- The plan's medical-necessity definition.

## Traps
- 10 mg was the starting dose: not "fluoxetine 10 mg failed"; the trial was 40 mg for 10 weeks.
- Sertraline is ongoing: no end date; partial response.
- Hydroxyzine is an as-needed anxiolytic, never an antidepressant trial.
- She is 18: the mother is not "parent of a minor"; she writes about "Ms. Delacroix-Omondi" / "my daughter", not "I" as patient.
- Reviewer is a pediatrician: not a psychiatrist (may be said: specialty shown).
- "name and qualifications" is an ERISA right: ask, cite no duty for Medicaid. Fair hearing 120 days, not "90-120".

## Arguments a strong letter makes
1. Correct both misstatements (fluoxetine 40 mg 10 weeks; sertraline 150 mg adequate, ongoing).
2. Criterion (2) met; criterion (3) independently met (attempt 10/28/2026, with sertraline).
3. EPSDT (1396d(r)(5)): the state must cover necessary care to correct or ameliorate for a member under 21.
4. Ask for an expedited appeal (72 hours, 42 CFR 438.410) on the psychiatrist's certification.

## What a letter must NOT say
- "fluoxetine 10 mg" as the trial; "stopped sertraline"; "parent of a minor"; "under 18".
- "ERISA", "29 CFR 2560.503-1"; "the state sets between 90 and 120 days".
""",
answers=[
("Notice date", "Date of notice: 11/24/2026", "denial/notice-of-adverse-benefit-determination-2026-11-24.txt"),
("Denial's fluoxetine claim", "The records show fluoxetine 10 mg only", "denial/notice-of-adverse-benefit-determination-2026-11-24.txt"),
("Criterion cited", "BH-ESK-5 (2)", "denial/notice-of-adverse-benefit-determination-2026-11-24.txt"),
("Criterion 3 words", "or (3) major depression with acute suicidal ideation or behavior, with an oral antidepressant", "denial/notice-of-adverse-benefit-determination-2026-11-24.txt"),
("Reviewer specialty", "Dr. Hollis Vantongeren (pediatrics)", "denial/notice-of-adverse-benefit-determination-2026-11-24.txt"),
("Plan appeal window", "within 60 days from the date of this notice", "denial/notice-of-adverse-benefit-determination-2026-11-24.txt"),
("Date of birth", "DOB 04/14/2008", "denial/notice-of-adverse-benefit-determination-2026-11-24.txt"),
("Fluoxetine dose raise", "Fluoxetine raised to 40 mg daily", "clinical/psychiatry-and-hospital-records-2026.txt"),
("Fluoxetine outcome", "Fluoxetine 40 mg for 10 weeks: no response", "clinical/psychiatry-and-hospital-records-2026.txt"),
("Sertraline status", "Sertraline 150 mg daily continues: partial response only", "clinical/psychiatry-and-hospital-records-2026.txt"),
("Suicide attempt date", "10/28/2026  Admitted to Miami Valley Crisis Unit", "clinical/psychiatry-and-hospital-records-2026.txt"),
("Discharge", "Discharged 11/04/2026", "clinical/psychiatry-and-hospital-records-2026.txt"),
("Severity", "MADRS 41", "clinical/psychiatry-and-hospital-records-2026.txt"),
("Hydroxyzine use", "hydroxyzine 25 mg as needed for anxiety", "clinical/psychiatry-and-hospital-records-2026.txt"),
("Mother's name", "my mother, Josephine Delacroix", "other/authorized-representative-form-2026-12-01.txt"),
("Authorization date", "Date: 12/01/2026", "other/authorized-representative-form-2026-12-01.txt"),
])

# ---------------------------------------------------------------- 04
case(slug="04-fehb-iv-ketamine-lithium-contraindicated-ckd-lamotrigine-continued-quetiapine-augmentation-psychiatrist",
yaml="""# FICTIONAL CASE (set 69, case 04) - every person, plan, provider, number and address is invented.
# FEHB carrier, Virginia. IV ketamine denied: "no augmentation trial; lithium not tried". Lithium is contraindicated
# (CKD stage 3b); quetiapine XR augmentation was tried; lamotrigine continues. Treating psychiatrist writes.
patient:
  name: Bartholomew Iwu-Lindqvist
  salutation: Mr. Iwu-Lindqvist
  date_of_birth: 1966-12-02
  member_id: FICT-FSB-R41870332
  address: |-
    9 Sycamore Bend
    Fredericksburg, VA 22401
  phone: (540) 555-0129
insurer:
  name: Federal Servants Benefit Plan, Standard Option (FICTIONAL FEHB carrier)
  appeals_address: |-
    Federal Servants Benefit Plan, Reconsiderations (FICTIONAL)
    PO Box 61044
    Richmond, VA 23261
  fax: (804) 555-0173
claim:
  number: FSB-PC-26-1118-0954
  plan_type: fehb
  notice_date: 2026-11-18
  appeal_deadline: 2027-05-18
  deadline_basis: 6 months from the date of the carrier's denial of 11/18/2026 (5 CFR 890.105(b)(1)), as the notice says.
  procedure_codes: ["96365", J3490]
  diagnosis_codes: [F33.2]
  pending_services: [6 infusions]
  action: none
  denial_reason: >-
    Intravenous ketamine is not medically necessary under Medical Policy MP-KET-40. Criterion 3 requires an
    augmentation trial with lithium or an atypical antipsychotic. No augmentation trial is documented, and lithium
    has not been tried.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: Dr. Saoirse Abernathy-Kim, specialty: anesthesiology}
  corrections:
    - said: No augmentation trial is documented
      record: >-
        Quetiapine XR 150 mg was added to venlafaxine from 01/05/2026 to 03/09/2026 (9 weeks): partial response,
        stopped for weight gain and an A1c rise from 5.9 to 6.7 percent.
      file: clinical/psychiatry-notes-and-nephrology-letter-2026.txt
      page: 1
    - said: lithium has not been tried
      record: >-
        Lithium is contraindicated: chronic kidney disease stage 3b (eGFR 38 on 09/22/2026); his nephrologist
        advised against lithium in writing. The policy accepts a contraindication.
      file: clinical/psychiatry-notes-and-nephrology-letter-2026.txt
      page: 1
      leaves_out: true
plan_policy:
  name: Federal Servants Benefit Plan Medical Policy MP-KET-40, Intravenous Ketamine for Depression
  number: MP-KET-40
  quote: >-
    3. An adequate augmentation trial (at least 6 weeks) with lithium or an atypical antipsychotic, unless
    contraindicated or not tolerated.
  file: denial/carrier-denial-2026-11-18.txt
payer_criteria:
  - criterion: 3. An adequate augmentation trial (6 weeks) with lithium or an atypical antipsychotic, unless contraindicated or not tolerated
    how_met: >-
      Quetiapine XR 150 mg (atypical antipsychotic) 9 weeks as augmentation, partial response; lithium
      contraindicated by CKD stage 3b (nephrologist's letter)
    met: true
    evidence: {file: clinical/psychiatry-notes-and-nephrology-letter-2026.txt, page: 1}
treatment:
  name: Intravenous ketamine infusions, 6 infusions over 3 weeks
  summary: An acute series of IV ketamine infusions for severe recurrent depression after antidepressants and augmentation.
  plan: >-
    Ketamine 0.5 mg/kg over 40 minutes twice weekly for 3 weeks (6 infusions), MADRS before infusions 1, 4 and 6;
    stop if MADRS falls less than 25% by infusion 4. Venlafaxine and lamotrigine continued.
  alongside: lamotrigine 200 mg daily
  monitoring: Blood pressure every 10 minutes and pulse oximetry throughout; 60-minute recovery.
clinical:
  severity: MADRS 35 on 11/02/2026
  severity_date: 2026-11-02
  suicidality: none
  suicidality_date: 2026-11-02
  episode_onset: 2025-06
  treating_since: 2017-05
  exclusions: No psychosis; blood pressure controlled (128/78 on 11/02/2026); no substance use disorder.
  history:
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-07-01
      kind: antidepressant
      ongoing: true
      weeks: 12
      adequate: true
      failed: true
      response: none
      outcome: No response at 225 mg after 12 weeks; continued as base
      evidence: {file: clinical/psychiatry-notes-and-nephrology-letter-2026.txt, page: 1}
    - drug: Mirtazapine
      dose: 45 mg daily
      start: 2025-03
      end: 2025-06
      kind: antidepressant
      outcome: Earlier trial, ended before the current episode's onset
    - drug: Quetiapine XR
      dose: 150 mg daily (augmentation)
      start: 2026-01-05
      end: 2026-03-09
      kind: augmentation
      weeks: 9
      adequate: true
      failed: true
      response: partial
      outcome: Partial response; stopped for weight gain and A1c rise
      evidence: {file: clinical/psychiatry-notes-and-nephrology-letter-2026.txt, page: 1}
    - drug: Lamotrigine
      dose: 200 mg daily
      start: 2026-04-06
      kind: augmentation
      ongoing: true
      response: none
      outcome: Added 04/2026 at 200 mg; no change in mood; continued
      evidence: {file: clinical/psychiatry-notes-and-nephrology-letter-2026.txt, page: 1}
    - drug: Electroconvulsive therapy
      dose: 10 treatments (2019 episode)
      start: 2019-02
      end: 2019-03
      kind: neuromodulation
      sessions: 10
      adequate: true
      response: remission
      outcome: Earlier episode (2019) remission; memory loss for 4 months; patient declines ECT now
author:
  name: Dr. Anjali Featherstone-Ruiz
  role: Treating psychiatrist, MD
  relation: physician
  address: |-
    Rappahannock Psychiatry (FICTIONAL), 1100 Princess Anne Street
    Fredericksburg, VA 22401
  phone: (540) 555-0140
  fax: (540) 555-0141
  authorization: other/patient-consent-2026-11-25.txt
provider:
  name: Dr. Anjali Featherstone-Ruiz
  credentials: MD, psychiatry
  npi: "1927384655"
  phone: (540) 555-0140
alternatives:
  - treatment: Electroconvulsive therapy
    why_not: >-
      Remission in 2019 but with memory loss lasting four months; the patient declines ECT while working as a
      federal budget analyst.
record_dates:
  - file: clinical/psychiatry-notes-and-nephrology-letter-2026.txt
    date: 2026-11-02
bates_prefix: IWULINDQVIST
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/carrier-denial-2026-11-18.txt": """FEDERAL SERVANTS BENEFIT PLAN (FICTIONAL FEHB CARRIER) - STANDARD OPTION - DENIAL OF PRECERTIFICATION
Date: 11/18/2026    Reference FSB-PC-26-1118-0954
Member: Bartholomew Iwu-Lindqvist   ID FICT-FSB-R41870332
Service: 96365, J3490 (IV ketamine) x6. Requested by Dr. Anjali Featherstone-Ruiz, MD

Intravenous ketamine is not medically necessary under Medical Policy MP-KET-40. Criterion 3 requires an
augmentation trial with lithium or an atypical antipsychotic. No augmentation trial is documented, and lithium
has not been tried.
MP-KET-40 3. An adequate augmentation trial (at least 6 weeks) with lithium or an atypical antipsychotic, unless
contraindicated or not tolerated.
Reviewer: Dr. Saoirse Abernathy-Kim (anesthesiology).

You may ask us to reconsider within 6 months of the date of this letter. If we do not change our decision you
may ask OPM to review it.""",
"clinical/psychiatry-notes-and-nephrology-letter-2026.txt": """RAPPAHANNOCK PSYCHIATRY (FICTIONAL) - NOTES (EXCERPT) WITH NEPHROLOGY LETTER   Page 1 of 1
Patient: Bartholomew Iwu-Lindqvist  DOB 12/02/1966   Psychiatrist: Dr. Anjali Featherstone-Ruiz, MD (since 05/2017)

2019        Earlier episode: ECT x10, remission; memory loss for 4 months afterwards.
07/01/2025  Current episode since 06/2025. Venlafaxine XR to 225 mg. (Mirtazapine 45 mg 03-06/2025 ended.)
09/23/2025  Venlafaxine XR 225 mg 12 weeks: no response. Continue as base.
01/05/2026  Add quetiapine XR 150 mg (augmentation).
03/09/2026  Quetiapine XR: partial response after 9 weeks; stopped for weight gain (+14 lb) and A1c 5.9 to 6.7 percent.
04/06/2026  Add lamotrigine, to 200 mg daily by 05/2026. No change in mood; continue.
11/02/2026  MADRS 35. Denies suicidal ideation. BP 128/78. Recommend IV ketamine x6.

Letter from Dr. Cornelius Obi-Haddad, nephrology, 09/22/2026: eGFR 38, chronic kidney disease stage 3b. I advise
against lithium; it is contraindicated for Mr. Iwu-Lindqvist because of his kidney function.""",
"other/fax-cover-2026-11-26.txt": """RAPPAHANNOCK PSYCHIATRY (FICTIONAL) - FAX COVER SHEET
Date: 11/26/2026   To: Federal Servants Benefit Plan, Reconsiderations   Fax: (804) 555-0173
From: Lorna Whitcombe, office manager, for Dr. Anjali Featherstone-Ruiz   Fax: (540) 555-0141
Re: Bartholomew Iwu-Lindqvist, reference FSB-PC-26-1118-0954. Pages: 4 (notes and nephrology letter)""",
"other/patient-consent-2026-11-25.txt": """CONSENT TO APPEAL ON MY BEHALF
I, Bartholomew Iwu-Lindqvist, ask Dr. Anjali Featherstone-Ruiz to appeal reference FSB-PC-26-1118-0954 for me
and to send my records to the Federal Servants Benefit Plan and, if needed, to OPM.
Signed: Bartholomew Iwu-Lindqvist   Date: 11/25/2026""",
},
truth="""# 04 - FEHB: IV ketamine denied "no augmentation; lithium not tried"; treating psychiatrist writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Bartholomew Iwu-Lindqvist, 60 (DOB 12/02/1966), FEHB Standard Option (FICTIONAL carrier), VA. IV ketamine x6
  (96365, J3490) denied 11/18/2026 under MP-KET-40 criterion 3. Level: **carrier reconsideration**, within
  **6 months: 05/18/2027** (5 CFR 890.105(b)(1)); then OPM review (90 days from the reconsideration decision).
- Augmentation **was** tried: quetiapine XR 150 mg 01/05-03/09/2026 (9 weeks), **partial response**, stopped for
  weight gain (+14 lb) and A1c 5.9 to 6.7%.
- Lithium **contraindicated**: CKD stage 3b, eGFR 38 (nephrologist Dr. Cornelius Obi-Haddad, letter 09/22/2026).
- Lamotrigine 200 mg (mood stabilizer, augmentation) **continues**; venlafaxine XR 225 mg **continues**, no response.
- Mirtazapine 2025 ended **before** the current episode (onset 06/2025).
- Earlier episode 2019: ECT x10 **remission** with 4 months memory loss; patient declines ECT.
- MADRS 35 on 11/02/2026; **denies suicidal ideation**.

## Deliberately unknown
- Whether the carrier had the nephrology letter; the carrier's definition of medical necessity.
- Whether lamotrigine counts under the policy (it names lithium or an atypical antipsychotic only).

## Traps
- Lamotrigine is a mood stabilizer, not an antidepressant and not lithium; it does not answer "oral antidepressant" rows.
- Lithium was never tried: do not say it failed; say it is contraindicated.
- Quetiapine XR: partial response then stopped for side effects; not "no response".
- Mirtazapine is outside the current episode.
- ECT "failed" is false: it brought remission in 2019; it is answered as an alternative (memory loss), not a failed trial.
- Office manager Lorna Whitcombe (fax cover) and nephrologist are other people, not authors.
- FEHB: no ERISA, no state external review; no "name and qualifications" duty cited.

## Arguments a strong letter makes
1. Correct both statements with the notes and nephrology letter; criterion 3 met (antipsychotic augmentation, lithium contraindicated).
2. The policy's own "unless contraindicated or not tolerated" words.
3. Ask for a psychiatrist reviewer (the reviewer is anesthesiology).
4. Then OPM review if upheld.

## What a letter must NOT say
- "failed lithium", "lithium augmentation was tried", "lamotrigine is an antidepressant", "ECT failed".
- "suicidal ideation" as present; "ERISA"; "the plan named no criteria".
""",
answers=[
("Denial date", "Date: 11/18/2026", "denial/carrier-denial-2026-11-18.txt"),
("Reference", "FSB-PC-26-1118-0954", "denial/carrier-denial-2026-11-18.txt"),
("Denial's augmentation claim", "No augmentation trial is documented, and lithium\nhas not been tried", "denial/carrier-denial-2026-11-18.txt"),
("Policy exception words", "unless\ncontraindicated or not tolerated", "denial/carrier-denial-2026-11-18.txt"),
("Reviewer specialty", "Dr. Saoirse Abernathy-Kim (anesthesiology)", "denial/carrier-denial-2026-11-18.txt"),
("Window", "within 6 months of the date of this letter", "denial/carrier-denial-2026-11-18.txt"),
("Quetiapine outcome", "Quetiapine XR: partial response after 9 weeks", "clinical/psychiatry-notes-and-nephrology-letter-2026.txt"),
("A1c change", "A1c 5.9 to 6.7 percent", "clinical/psychiatry-notes-and-nephrology-letter-2026.txt"),
("eGFR", "eGFR 38, chronic kidney disease stage 3b", "clinical/psychiatry-notes-and-nephrology-letter-2026.txt"),
("Nephrologist", "Dr. Cornelius Obi-Haddad", "clinical/psychiatry-notes-and-nephrology-letter-2026.txt"),
("Lamotrigine status", "No change in mood; continue", "clinical/psychiatry-notes-and-nephrology-letter-2026.txt"),
("Earlier ECT response", "ECT x10, remission; memory loss for 4 months", "clinical/psychiatry-notes-and-nephrology-letter-2026.txt"),
("Severity", "11/02/2026  MADRS 35", "clinical/psychiatry-notes-and-nephrology-letter-2026.txt"),
("Suicidality", "Denies suicidal ideation", "clinical/psychiatry-notes-and-nephrology-letter-2026.txt"),
("Fax sender", "Lorna Whitcombe, office manager", "other/fax-cover-2026-11-26.txt"),
("Consent date", "Date: 11/25/2026", "other/patient-consent-2026-11-25.txt"),
])

# ---------------------------------------------------------------- 05
case(slug="05-tricare-prime-ketamine-crps-gabapentin-titrated-pregabalin-intolerance-pt-ongoing-pain-physician",
yaml="""# FICTIONAL CASE (set 69, case 05) - every person, plan, provider, number and address is invented.
# TRICARE Prime, active-duty family member, Washington. Outpatient IV ketamine for CRPS type I of the left leg denied:
# "gabapentin 300 mg only; pregabalin not adequately tried; physical therapy not completed". Pain physician writes.
patient:
  name: Henrietta Zawadzki-Moore
  salutation: Mrs. Zawadzki-Moore
  date_of_birth: 1991-07-27
  member_id: FICT-DBN-6620019834
  address: |-
    2207 Cascade Loop
    Lakewood, WA 98499
  phone: (253) 555-0114
insurer:
  name: TRICARE West Region contractor, Pacific Crest Federal Health (FICTIONAL)
  appeals_address: |-
    Pacific Crest Federal Health, TRICARE Appeals (FICTIONAL)
    PO Box 20488
    Tacoma, WA 98401
  fax: (253) 555-0190
claim:
  number: PCF-AUTH-26-1116-3318
  plan_type: tricare
  notice_date: 2026-11-16
  appeal_deadline: 2027-02-14
  deadline_basis: 90 days from the date of the notice of 11/16/2026 (32 CFR 199.10), as the notice says.
  procedure_codes: ["96365", "96366", J3490]
  diagnosis_codes: [G90.522]
  pending_services: [5 infusions]
  action: none
  denial_reason: >-
    Ketamine infusion for complex regional pain syndrome is not medically necessary under criteria CPG-PAIN-KET-2.
    The records show a gabapentin trial of 300 mg daily only, pregabalin was not adequately tried, and the member
    has not completed physical therapy.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: Dr. Ferris Magnusson-Lowe, specialty: physical medicine and rehabilitation}
  corrections:
    - said: The records show a gabapentin trial of 300 mg daily only
      record: Gabapentin was started at 300 mg and titrated to 2400 mg daily, taken 12 weeks (02/02-04/27/2026), minimal relief.
      file: clinical/pain-clinic-notes-2026.txt
      page: 1
    - said: pregabalin was not adequately tried
      record: >-
        Pregabalin 75 mg twice daily was stopped after 3 weeks for leg edema and dizziness: not tolerated, which
        the criteria accept.
      file: clinical/pain-clinic-notes-2026.txt
      page: 1
      leaves_out: true
    - said: the member has not completed physical therapy
      record: >-
        She completed 18 visits of physical therapy with graded motor imagery (03/2026-07/2026) and continues a home
        program with partial benefit; criterion 1 asks for participation in a rehabilitation program, not completion.
      file: clinical/physical-therapy-discharge-2026-07-30.txt
      page: 1
plan_policy:
  name: Pacific Crest Federal Health Clinical Guideline CPG-PAIN-KET-2, Ketamine Infusion for CRPS
  number: CPG-PAIN-KET-2
  quote: >-
    1. Participation in a physical or occupational therapy rehabilitation program. 2. Trial of a gabapentinoid at a
    therapeutic dose for at least 8 weeks, or intolerance. 3. Trial of a tricyclic antidepressant or an SNRI at an
    analgesic dose, or intolerance.
  file: denial/tricare-denial-2026-11-16.txt
payer_criteria:
  - criterion: 1. Participation in a physical or occupational therapy rehabilitation program
    how_met: 18 PT visits with graded motor imagery completed 07/30/2026; home program ongoing with partial benefit
    met: true
    evidence: {file: clinical/physical-therapy-discharge-2026-07-30.txt, page: 1}
  - criterion: 2. Trial of a gabapentinoid at a therapeutic dose for at least 8 weeks, or intolerance
    how_met: Gabapentin 2400 mg daily 12 weeks, minimal relief; pregabalin not tolerated (edema, dizziness)
    met: true
    evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
  - criterion: 3. Trial of a tricyclic antidepressant or an SNRI at an analgesic dose, or intolerance
    how_met: Duloxetine 60 mg daily 8 weeks, no pain relief (amitriptyline 10 mg is a sleep dose only)
    met: true
    evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
treatment:
  name: Outpatient IV ketamine infusions for CRPS, 5 infusions
  summary: A 5-day outpatient ketamine infusion series for CRPS type I of the left lower limb after gabapentinoid, SNRI and rehabilitation.
  plan: >-
    Ketamine 0.35 mg/kg/h over 4 hours daily for 5 consecutive days; pain (NRS) and function (PSFS) before and at 2
    and 6 weeks; repeat only with at least 30% pain reduction. Home exercise continued.
clinical:
  severity: Pain NRS 8/10; allodynia left foot; PSFS 2.5/10 on 11/04/2026
  severity_date: 2026-11-04
  suicidality: none
  history:
    - drug: Gabapentin
      dose: 300 mg, titrated to 2400 mg daily
      start: 2026-02-02
      end: 2026-04-27
      kind: other
      weeks: 12
      adequate: true
      failed: true
      response: none
      outcome: Minimal relief at 2400 mg daily after 12 weeks
      evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
    - drug: Pregabalin
      dose: 75 mg twice daily
      start: 2026-05-04
      end: 2026-05-25
      kind: other
      adequate: false
      failed: true
      outcome: Stopped after 3 weeks for leg edema and dizziness (not tolerated)
      evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2026-06-01
      end: 2026-07-27
      kind: other
      weeks: 8
      adequate: true
      failed: true
      response: none
      outcome: No pain relief after 8 weeks at 60 mg
      evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 mg at bedtime (sleep)
      start: 2026-03-01
      kind: other
      ongoing: true
      outcome: Sleep dose only; not an analgesic trial; continued
    - drug: Physical therapy with graded motor imagery
      dose: 18 visits, then home program
      start: 2026-03
      end: 2026-07
      kind: other
      response: partial
      outcome: Completed 18 visits; home program ongoing with partial benefit
      evidence: {file: clinical/physical-therapy-discharge-2026-07-30.txt, page: 1}
    - drug: Lumbar sympathetic blocks
      dose: 3 blocks
      start: 2026-08
      end: 2026-09
      kind: other
      response: lost
      outcome: Relief for 2 to 4 days after each block only
author:
  name: Dr. Gunnar Achebe-Sorensen
  role: Treating pain physician, MD
  relation: physician
  authorization: other/patient-consent-2026-11-30.txt
  address: |-
    Puget Sound Pain Medicine (FICTIONAL), 4101 Bridgeport Way West
    University Place, WA 98466
  phone: (253) 555-0147
  fax: (253) 555-0148
provider:
  name: Dr. Gunnar Achebe-Sorensen
  credentials: MD, pain medicine
  npi: "1765432103"
  phone: (253) 555-0147
record_dates:
  - file: clinical/pain-clinic-notes-2026.txt
    date: 2026-11-04
  - file: clinical/physical-therapy-discharge-2026-07-30.txt
    date: 2026-07-30
bates_prefix: ZAWADZKIMOORE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/tricare-denial-2026-11-16.txt": """PACIFIC CREST FEDERAL HEALTH (FICTIONAL) - TRICARE WEST REGION - AUTHORIZATION DENIAL
Date of notice: 11/16/2026    Authorization PCF-AUTH-26-1116-3318
Beneficiary: Henrietta Zawadzki-Moore (active-duty family member, TRICARE Prime)   DBN FICT-DBN-6620019834
Requested: 96365, 96366, J3490 x5 days (outpatient ketamine infusion), Dr. Gunnar Achebe-Sorensen, MD

Ketamine infusion for complex regional pain syndrome is not medically necessary under criteria CPG-PAIN-KET-2. The
records show a gabapentin trial of 300 mg daily only, pregabalin was not adequately tried, and the member has not
completed physical therapy.
CPG-PAIN-KET-2: 1. Participation in a physical or occupational therapy rehabilitation program. 2. Trial of a
gabapentinoid at a therapeutic dose for at least 8 weeks, or intolerance. 3. Trial of a tricyclic antidepressant or
an SNRI at an analgesic dose, or intolerance.
Reviewer: Dr. Ferris Magnusson-Lowe (physical medicine and rehabilitation).

Reconsideration: write to us within 90 days of the date of this notice, PO Box 20488, Tacoma, WA 98401, fax
(253) 555-0190.""",
"clinical/pain-clinic-notes-2026.txt": """PUGET SOUND PAIN MEDICINE (FICTIONAL) - NOTES (EXCERPT)   Page 1 of 1
Patient: Henrietta Zawadzki-Moore  DOB 07/27/1991   Physician: Dr. Gunnar Achebe-Sorensen, MD
Referred by Capt. Dorian Zawadzki-Moore's unit clinic, Dr. Philippa Renner (primary care manager).

02/02/2026  CRPS type I, left lower limb after ankle fracture 09/2025 (Budapest criteria met). Gabapentin 300 mg,
            titrate weekly.
04/27/2026  Gabapentin 2400 mg daily, 12 weeks: minimal relief. Stop. Amitriptyline 10 mg at bedtime for sleep since 03/01.
05/25/2026  Pregabalin 75 mg twice daily stopped after 3 weeks: leg edema and dizziness.
07/27/2026  Duloxetine 60 mg daily 8 weeks: no pain relief. Stop.
09/21/2026  Third lumbar sympathetic block: relief 2 to 4 days after each block only.
11/04/2026  NRS 8/10, allodynia left foot, PSFS 2.5/10. Home exercise continues. No depression; no suicidal ideation.
            Recommend 5-day outpatient ketamine infusion.""",
"clinical/physical-therapy-discharge-2026-07-30.txt": """NARROWS PHYSICAL THERAPY (FICTIONAL) - DISCHARGE SUMMARY   07/30/2026   Page 1 of 1
Patient: Henrietta Zawadzki-Moore   Therapist: Beatriz Lindahl-Otieno, DPT
Completed 18 visits of physical therapy with graded motor imagery (03/2026-07/2026). Partial benefit: walks 10
minutes (from 3). Discharged to a home program, to be continued.""",
"other/patient-consent-2026-11-30.txt": """CONSENT TO APPEAL
I, Henrietta Zawadzki-Moore, ask Dr. Gunnar Achebe-Sorensen to ask TRICARE to reconsider authorization
PCF-AUTH-26-1116-3318 for me.   Signed: Henrietta Zawadzki-Moore   Date: 11/30/2026""",
},
truth="""# 05 - TRICARE Prime: ketamine for CRPS; doses, intolerance and therapy misstated; pain physician writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Henrietta Zawadzki-Moore, 35, TRICARE Prime active-duty family member (WA). Outpatient ketamine infusions x5 for
  **CRPS type I, left lower limb (G90.522)** denied 11/16/2026 under CPG-PAIN-KET-2.
- Level: **reconsideration** by the regional contractor, **90 days: 02/14/2027** (32 CFR 199.10).
- Gabapentin: started 300 mg, **titrated to 2400 mg daily**, 12 weeks, minimal relief.
- Pregabalin 75 mg twice daily: **stopped after 3 weeks for edema and dizziness** (intolerance; criterion 2 accepts it).
- Duloxetine 60 mg (SNRI) 8 weeks, no pain relief (criterion 3). Amitriptyline 10 mg at bedtime is a **sleep dose**, ongoing.
- Physical therapy: **18 visits completed** 07/30/2026; home program **ongoing, partial benefit** (criterion 1 asks
  participation). Sympathetic blocks: brief relief only.
- Pain NRS 8/10, PSFS 2.5/10 on 11/04/2026. **No depression, no suicidal ideation.**

## Deliberately unknown
- Whether the PT discharge summary was sent with the request.
- Whether TRICARE covers ketamine for CRPS as a benefit at all beyond the contractor's guideline.

## Traps
- This is a **pain** case: no depression argument, no MADRS, no suicidality paragraph.
- Physical therapy is not a failed trial (partial benefit, continuing).
- Amitriptyline 10 mg is a sleep dose, not the tricyclic trial; duloxetine answers criterion 3.
- Pregabalin: intolerance, not an adequate trial; gabapentin was 2400 mg, not 300 mg.
- The sponsor (Capt. Dorian Zawadzki-Moore) and PCM (Dr. Philippa Renner) and therapist are other people.
- TRICARE: no ERISA, no state external review, no parity.

## Arguments a strong letter makes
1. Correct all three misstatements with exhibits (notes, PT discharge).
2. Every criterion met, by row.
3. Ask for reconsideration by a pain specialist; then the next TRICARE level if upheld.

## What a letter must NOT say
- "failed physical therapy"; "gabapentin 300 mg trial"; "failed amitriptyline"; "treatment-resistant depression".
- "suicidal ideation"; "ERISA", "29 CFR 2560.503-1", "external review by the state".
""",
answers=[
("Notice date", "Date of notice: 11/16/2026", "denial/tricare-denial-2026-11-16.txt"),
("Authorization number", "PCF-AUTH-26-1116-3318", "denial/tricare-denial-2026-11-16.txt"),
("Gabapentin misstatement", "gabapentin trial of 300 mg daily only", "denial/tricare-denial-2026-11-16.txt"),
("PT misstatement", "has not\ncompleted physical therapy", "denial/tricare-denial-2026-11-16.txt"),
("Criterion 1", "1. Participation in a physical or occupational therapy rehabilitation program", "denial/tricare-denial-2026-11-16.txt"),
("Reviewer specialty", "(physical medicine and rehabilitation)", "denial/tricare-denial-2026-11-16.txt"),
("Window", "within 90 days of the date of this notice", "denial/tricare-denial-2026-11-16.txt"),
("Gabapentin dose reached", "Gabapentin 2400 mg daily, 12 weeks: minimal relief", "clinical/pain-clinic-notes-2026.txt"),
("Pregabalin outcome", "stopped after 3 weeks: leg edema and dizziness", "clinical/pain-clinic-notes-2026.txt"),
("Duloxetine", "Duloxetine 60 mg daily 8 weeks: no pain relief", "clinical/pain-clinic-notes-2026.txt"),
("Amitriptyline purpose", "Amitriptyline 10 mg at bedtime for sleep", "clinical/pain-clinic-notes-2026.txt"),
("Pain severity", "NRS 8/10, allodynia left foot, PSFS 2.5/10", "clinical/pain-clinic-notes-2026.txt"),
("Mood", "No depression; no suicidal ideation", "clinical/pain-clinic-notes-2026.txt"),
("Primary care manager", "Dr. Philippa Renner", "clinical/pain-clinic-notes-2026.txt"),
("PT visits", "Completed 18 visits of physical therapy with graded motor imagery", "clinical/physical-therapy-discharge-2026-07-30.txt"),
("PT continuing", "Discharged to a home program, to be continued", "clinical/physical-therapy-discharge-2026-07-30.txt"),
])

# ---------------------------------------------------------------- 06
case(slug="06-church-plan-insured-ect-bipolar-depression-lamotrigine-rash-lithium-continued-earlier-remission-husband",
yaml="""# FICTIONAL CASE (set 69, case 06) - every person, plan, provider, number and address is invented.
# Church plan (not ERISA), insured, Kentucky. ECT for bipolar I depression denied: "lamotrigine has not been tried;
# quetiapine dose inadequate". Lamotrigine caused a rash in 2023 (rechallenge contraindicated). Husband writes.
patient:
  name: Philippa Nakashima-Boyd
  salutation: Mrs. Nakashima-Boyd
  date_of_birth: 1979-05-08
  member_id: FICT-CPB-91403366
  address: |-
    315 Bellarmine Way
    Louisville, KY 40205
  phone: (502) 555-0124
insurer:
  name: Covenant Pathway Benefits, insured by Limestone Mutual Life (FICTIONAL)
  appeals_address: |-
    Limestone Mutual Life, Group Appeals (FICTIONAL)
    PO Box 35118
    Louisville, KY 40232
  fax: (502) 555-0186
claim:
  number: LML-UM-26-1112-6604
  plan_type: church
  funding: insured
  employees: 1100
  notice_date: 2026-11-12
  appeal_deadline: 2027-05-11
  deadline_basis: 180 days from the notice of 11/12/2026 (45 CFR 147.136(b)(2)(ii)(C), insured group coverage), as the notice says.
  procedure_codes: ["90870"]
  diagnosis_codes: [F31.4]
  pending_services: [12 ECT treatments]
  action: none
  denial_reason: >-
    ECT is not medically necessary under Limestone policy UM-ECT-12. For bipolar depression criterion 2 requires
    failure of two of lithium, lamotrigine, quetiapine or lurasidone. Lamotrigine has not been tried, and the
    quetiapine dose of 100 mg was not adequate.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: Dr. Mortimer Quaye-Ellison, specialty: psychiatry}
  corrections:
    - said: Lamotrigine has not been tried
      record: >-
        Lamotrigine was started in 03/2023 and stopped at week 3 (50 mg) for a spreading rash with fever; the
        dermatologist advised never to restart it.
      file: clinical/psychiatry-notes-2022-2026.txt
      page: 1
    - said: the quetiapine dose of 100 mg was not adequate
      record: >-
        Quetiapine was titrated from 100 mg to 300 mg at bedtime by 06/2026 and taken 8 weeks at 300 mg
        (06/08-08/03/2026) without response.
      file: clinical/psychiatry-notes-2022-2026.txt
      page: 1
plan_policy:
  name: Limestone Mutual Life Utilization Policy UM-ECT-12, Electroconvulsive Therapy
  number: UM-ECT-12
  quote: >-
    2. Bipolar depression: failure, intolerance or contraindication of at least two of lithium, lamotrigine,
    quetiapine or lurasidone, each for at least 6 weeks at a therapeutic dose where tolerated.
  file: denial/denial-letter-2026-11-12.txt
payer_criteria:
  - criterion: 2. Bipolar depression - failure, intolerance or contraindication of at least two of lithium, lamotrigine, quetiapine or lurasidone
    how_met: >-
      Quetiapine 300 mg 8 weeks, no response; lamotrigine intolerance (rash, rechallenge contraindicated);
      lithium (level 0.8) continued with partial response only
    met: true
    evidence: {file: clinical/psychiatry-notes-2022-2026.txt, page: 1}
treatment:
  name: Electroconvulsive therapy, acute course of 12 treatments (90870)
  summary: Acute ECT for a severe depressive episode of bipolar I disorder with lithium continued.
  plan: >-
    Right unilateral ultrabrief ECT three times a week, up to 12 treatments; lithium held the night before each
    treatment and continued; MADRS weekly; stop at remission (MADRS 10 or less) or for cognitive effects.
  alongside: lithium carbonate 900 mg daily
clinical:
  severity: MADRS 37 on 11/03/2026; eating one meal a day, in bed most days
  severity_date: 2026-11-03
  suicidality: passive
  suicidality_date: 2026-11-03
  episode_onset: 2026-04
  treating_since: 2021-10
  history:
    - drug: Lithium carbonate
      dose: 900 mg daily (level 0.8)
      start: 2022-01
      kind: augmentation
      ongoing: true
      response: partial
      outcome: Remission of the 2022 depressive episode; in the current episode partial response only; continued
      evidence: {file: clinical/psychiatry-notes-2022-2026.txt, page: 1}
    - drug: Lamotrigine
      dose: 25 mg, to 50 mg
      start: 2023-03
      end: 2023-03
      kind: other
      failed: true
      adequate: false
      outcome: Stopped at week 3 for rash with fever; rechallenge contraindicated
      evidence: {file: clinical/psychiatry-notes-2022-2026.txt, page: 1}
    - drug: Quetiapine
      dose: 100 mg, titrated to 300 mg at bedtime
      start: 2026-05-11
      end: 2026-08-03
      kind: augmentation
      weeks: 8
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks at 300 mg
      evidence: {file: clinical/psychiatry-notes-2022-2026.txt, page: 1}
    - drug: Lurasidone
      dose: 40 mg daily
      start: 2026-08-17
      end: 2026-09-28
      kind: augmentation
      weeks: 6
      failed: true
      response: none
      outcome: No response after 6 weeks at 40 mg; nausea limited the dose
      evidence: {file: clinical/psychiatry-notes-2022-2026.txt, page: 1}
author:
  name: Desmond Boyd
  role: Husband, authorized representative
  relation: representative
  authorization: other/authorization-2026-11-20.txt
  address: |-
    315 Bellarmine Way
    Louisville, KY 40205
  phone: (502) 555-0125
provider:
  name: Dr. Eulalia Stroud-Banerjee
  credentials: MD, psychiatry
  npi: "1122334455"
  phone: (502) 555-0131
record_dates:
  - file: clinical/psychiatry-notes-2022-2026.txt
    date: 2026-11-03
bates_prefix: NAKASHIMABOYD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/denial-letter-2026-11-12.txt": """LIMESTONE MUTUAL LIFE (FICTIONAL) for COVENANT PATHWAY BENEFITS (a church plan) - DENIAL OF PRE-SERVICE REQUEST
Date: 11/12/2026   Reference LML-UM-26-1112-6604
Member: Philippa Nakashima-Boyd   ID FICT-CPB-91403366
Requested: 90870 x12 (ECT), Dr. Eulalia Stroud-Banerjee, MD

ECT is not medically necessary under Limestone policy UM-ECT-12. For bipolar depression criterion 2 requires failure
of two of lithium, lamotrigine, quetiapine or lurasidone. Lamotrigine has not been tried, and the quetiapine dose of
100 mg was not adequate.
UM-ECT-12 2. Bipolar depression: failure, intolerance or contraindication of at least two of lithium, lamotrigine,
quetiapine or lurasidone, each for at least 6 weeks at a therapeutic dose where tolerated.
Reviewer: Dr. Mortimer Quaye-Ellison (psychiatry).

Appeal within 180 days of this letter: PO Box 35118, Louisville, KY 40232, fax (502) 555-0186. After our final
decision you may ask for external review through the Kentucky Department of Insurance.""",
"clinical/psychiatry-notes-2022-2026.txt": """HIGHLANDS MOOD DISORDERS CLINIC (FICTIONAL) - NOTES (EXCERPT)   Page 1 of 1
Patient: Philippa Nakashima-Boyd  DOB 05/08/1979   Psychiatrist: Dr. Eulalia Stroud-Banerjee, MD (since 10/2021)

01/2022     Bipolar I, depressed. Lithium to 900 mg (level 0.8): remission by 04/2022.
03/2023     Lamotrigine added (25 mg, 50 mg at week 3): spreading rash with fever at week 3; stopped. Dermatology
            (Dr. Ivo Castellano) advised never to restart lamotrigine.
04/2026     New depressive episode on lithium 900 mg (level 0.8): partial response only. Lithium continued.
05/11/2026  Add quetiapine 100 mg; 300 mg at bedtime from 06/08/2026.
08/03/2026  Quetiapine 300 mg for 8 weeks: no response. Stop.
08/17/2026  Lurasidone 40 mg (nausea at 60 mg).
09/28/2026  Lurasidone 40 mg 6 weeks: no response. Stop.
11/03/2026  MADRS 37. Eats one meal a day, in bed most days. Passive thoughts of death, no plan. Husband Desmond
            present. Recommend ECT, lithium continued.""",
"other/authorization-2026-11-20.txt": """AUTHORIZATION OF REPRESENTATIVE
I, Philippa Nakashima-Boyd, authorize my husband, Desmond Boyd, to appeal reference LML-UM-26-1112-6604 for me
and to receive my health information for it.   Signed: Philippa Nakashima-Boyd   Date: 11/20/2026""",
},
truth="""# 06 - church plan (insured): ECT for bipolar depression; lamotrigine rash; husband writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Philippa Nakashima-Boyd, 47, church plan (not ERISA), **insured** by Limestone Mutual Life (FICTIONAL), KY,
  1,100 employees. ECT x12 for **bipolar I, current episode depressed, severe (F31.4)** denied 11/12/2026 (UM-ECT-12 criterion 2).
- Level: first internal appeal, **180 days: 05/11/2027**; then state external review (insured coverage).
- **Lamotrigine was tried** (03/2023): stopped at week 3 for rash with fever; dermatologist: never restart
  (intolerance and contraindication to rechallenge).
- **Quetiapine was 300 mg for 8 weeks** (06/08-08/03/2026), no response; 100 mg was the starting dose.
- Lurasidone 40 mg 6 weeks no response (nausea at 60 mg). Lithium 900 mg (level 0.8): **remission in 2022**,
  **partial response** now, **continued** with ECT.
- MADRS 37 on 11/03/2026; **passive** thoughts of death, no plan.
- Reviewer **is a psychiatrist**.

## Deliberately unknown
- Whether the dermatology advice is in a separate record (only the psychiatrist's note records it).
- Whether Kentucky's external review reaches this church plan (insured: likely; not decided here).

## Traps
- Never "not reviewed by a psychiatrist": the reviewer is one.
- Lithium is ongoing, not failed or stopped; the 2022 remission was an earlier-episode response.
- Lamotrigine: intolerance at 50 mg, not "an adequate trial", and not "never tried".
- Lurasidone at 40 mg: say the dose the record gives; nausea limited it.
- Church plan: no ERISA, no 29 CFR 2560.503-1 as governing law; parity may apply (1,100 employees, insured).
- The husband writes as representative: "my wife" / "Mrs. Nakashima-Boyd", never "I" as patient.

## Arguments a strong letter makes
1. Correct both statements (lamotrigine intolerance 2023; quetiapine 300 mg 8 weeks).
2. Criterion 2 met with three of the four agents (quetiapine, lurasidone failed; lamotrigine intolerance), lithium partial.
3. Severity and passive death wish; ask for expedited handling if the psychiatrist certifies (not in the case).
4. External review after the internal appeal.

## What a letter must NOT say
- "lamotrigine has never been tried"; "failed lithium"; "stopped lithium"; "quetiapine 100 mg trial".
- "the reviewer is not a psychiatrist"; "active suicidal ideation"; "ERISA".
""",
answers=[
("Denial date", "Date: 11/12/2026", "denial/denial-letter-2026-11-12.txt"),
("Church plan named", "(a church plan)", "denial/denial-letter-2026-11-12.txt"),
("Lamotrigine misstatement", "Lamotrigine has not been tried", "denial/denial-letter-2026-11-12.txt"),
("Quetiapine misstatement", "quetiapine dose of\n100 mg was not adequate", "denial/denial-letter-2026-11-12.txt"),
("Criterion words", "failure, intolerance or contraindication of at least two of lithium, lamotrigine", "denial/denial-letter-2026-11-12.txt"),
("Reviewer specialty", "Dr. Mortimer Quaye-Ellison (psychiatry)", "denial/denial-letter-2026-11-12.txt"),
("Window", "Appeal within 180 days of this letter", "denial/denial-letter-2026-11-12.txt"),
("Earlier-episode response", "Lithium to 900 mg (level 0.8): remission by 04/2022", "clinical/psychiatry-notes-2022-2026.txt"),
("Lamotrigine reaction", "spreading rash with fever at week 3", "clinical/psychiatry-notes-2022-2026.txt"),
("Dermatologist", "Dr. Ivo Castellano", "clinical/psychiatry-notes-2022-2026.txt"),
("Current lithium response", "partial response only. Lithium continued", "clinical/psychiatry-notes-2022-2026.txt"),
("Quetiapine outcome", "Quetiapine 300 mg for 8 weeks: no response", "clinical/psychiatry-notes-2022-2026.txt"),
("Lurasidone outcome", "Lurasidone 40 mg 6 weeks: no response", "clinical/psychiatry-notes-2022-2026.txt"),
("Severity", "11/03/2026  MADRS 37", "clinical/psychiatry-notes-2022-2026.txt"),
("Suicidality", "Passive thoughts of death, no plan", "clinical/psychiatry-notes-2022-2026.txt"),
("Husband authorized", "my husband, Desmond Boyd", "other/authorization-2026-11-20.txt"),
])

# ---------------------------------------------------------------- 07
case(slug="07-marketplace-tms-pregnancy-medication-risk-criterion-sertraline-partial-ongoing-obstetric-letter-patient",
yaml="""# FICTIONAL CASE (set 69, case 07) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver EPO, insured, Georgia. TMS in pregnancy denied: "four antidepressant trials required;
# two documented". The policy's own pregnancy route (criterion 2(b)) is documented by the maternal-fetal medicine letter.
patient:
  name: Thandiwe Marchetti-Hale
  salutation: Ms. Marchetti-Hale
  date_of_birth: 1994-10-30
  member_id: FICT-PSE-40027718
  address: |-
    5120 Peachtree Dunwoody Road, Apt 12
    Atlanta, GA 30342
  phone: (404) 555-0119
  email: thandi.mh@post.example
insurer:
  name: Piedmont Summit Exchange Health Plan, Silver EPO (FICTIONAL)
  appeals_address: |-
    Piedmont Summit Health, Appeals Unit (FICTIONAL)
    PO Box 105520
    Atlanta, GA 30348
  fax: (404) 555-0183
claim:
  number: PSH-PA-26-1127-8862
  plan_type: individual_aca
  funding: insured
  student: false
  notice_date: 2026-11-27
  appeal_deadline: 2027-05-26
  deadline_basis: 180 days from the notice of 11/27/2026 (45 CFR 147.136(b)(3)), as the notice says.
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [O99.342, F33.2]
  pending_services: [30 TMS treatments]
  action: none
  denial_reason: >-
    TMS is not medically necessary. Policy PS-BH-TMS-8 criterion 2(a) requires four antidepressant trials; two are
    documented (sertraline, bupropion) and no augmentation was tried.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: Dr. Augustin Pellegrini-Moss, specialty: psychiatry}
  corrections:
    - said: two are documented (sertraline, bupropion) and no augmentation was tried.
      record: >-
        The request was made under criterion 2(b), pregnancy, which asks for no number of trials: the maternal-fetal
        medicine letter of 11/18/2026 advises against further medication trials and against lithium or
        antipsychotic augmentation at 22 weeks' gestation.
      file: clinical/maternal-fetal-medicine-letter-2026-11-18.txt
      page: 1
      leaves_out: true
plan_policy:
  name: Piedmont Summit Clinical Policy PS-BH-TMS-8, Transcranial Magnetic Stimulation
  number: PS-BH-TMS-8
  quote: >-
    2. Either (a) failure of four antidepressant trials, including one augmentation, in the current episode; or
    (b) current pregnancy or breastfeeding, at least one adequate antidepressant trial, and documentation by the
    treating or obstetric clinician that further medication trials carry a risk that outweighs their benefit.
  file: denial/adverse-determination-2026-11-27.txt
payer_criteria:
  - criterion: 2(b) Current pregnancy, at least one adequate antidepressant trial, and obstetric documentation that further medication trials carry risk
    how_met: >-
      Pregnant, 22 weeks on 11/18/2026; sertraline 200 mg 10 weeks (partial response, continued) and bupropion XL
      300 mg 8 weeks; maternal-fetal medicine letter advises against further trials and augmentation
    met: true
    evidence:
      - {file: clinical/maternal-fetal-medicine-letter-2026-11-18.txt, page: 1}
      - {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation, 30 treatments
  summary: TMS in the second trimester for recurrent severe depression with partial response to sertraline.
  plan: >-
    Left prefrontal TMS five days a week for six weeks (30 treatments), seated semi-reclined; EPDS weekly; obstetric
    follow-up unchanged; sertraline 200 mg continued.
  alongside: sertraline 200 mg daily
clinical:
  severity: EPDS 21 and PHQ-9 20 on 11/16/2026
  severity_date: 2026-11-16
  suicidality: none
  suicidality_date: 2026-11-16
  episode_onset: 2025-11
  treating_since: 2023-01
  history:
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-11-10
      end: 2026-01-05
      kind: antidepressant
      weeks: 8
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks at 300 mg
      evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2026-01-12
      kind: antidepressant
      ongoing: true
      weeks: 10
      adequate: true
      failed: true
      response: partial
      outcome: Partial response at 200 mg; continued through pregnancy
      evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Interpersonal psychotherapy
      dose: weekly
      start: 2026-02
      kind: psychotherapy
      ongoing: true
      outcome: Ongoing weekly
author:
  name: Thandiwe Marchetti-Hale
  relation: patient
  address: |-
    5120 Peachtree Dunwoody Road, Apt 12
    Atlanta, GA 30342
  phone: (404) 555-0119
  email: thandi.mh@post.example
provider:
  name: Dr. Cosima Adebayo-Fritz
  credentials: MD, perinatal psychiatry
  npi: "1456789027"
  phone: (404) 555-0136
record_dates:
  - file: clinical/psychiatry-notes-2025-2026.txt
    date: 2026-11-16
  - file: clinical/maternal-fetal-medicine-letter-2026-11-18.txt
    date: 2026-11-18
bates_prefix: MARCHETTIHALE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/adverse-determination-2026-11-27.txt": """PIEDMONT SUMMIT EXCHANGE HEALTH PLAN (FICTIONAL) - SILVER EPO - ADVERSE BENEFIT DETERMINATION
Date: 11/27/2026   Reference PSH-PA-26-1127-8862
Member: Thandiwe Marchetti-Hale   ID FICT-PSE-40027718
Requested: 90867, 90868 x30 (TMS), Dr. Cosima Adebayo-Fritz, MD

TMS is not medically necessary. Policy PS-BH-TMS-8 criterion 2(a) requires four antidepressant trials; two are
documented (sertraline, bupropion) and no augmentation was tried.
PS-BH-TMS-8 2. Either (a) failure of four antidepressant trials, including one augmentation, in the current episode;
or (b) current pregnancy or breastfeeding, at least one adequate antidepressant trial, and documentation by the
treating or obstetric clinician that further medication trials carry a risk that outweighs their benefit.
Reviewer: Dr. Augustin Pellegrini-Moss (psychiatry).

You may appeal within 180 days. After our final internal decision you may ask for an external review.""",
"clinical/psychiatry-notes-2025-2026.txt": """PEACHTREE PERINATAL PSYCHIATRY (FICTIONAL) - NOTES (EXCERPT)   Page 1 of 1
Patient: Thandiwe Marchetti-Hale  DOB 10/30/1994   Psychiatrist: Dr. Cosima Adebayo-Fritz, MD (since 01/2023)

11/10/2025  Recurrent MDD, episode from 11/2025. Bupropion XL to 300 mg.
01/05/2026  Bupropion XL 300 mg 8 weeks: no response. Stop. Start sertraline 01/12/2026, 200 mg by 02/2026.
04/20/2026  Sertraline 200 mg 10 weeks: partial response (PHQ-9 23 to 15). Continue. IPT weekly with Noor Haddad, LPC.
07/2026     Pregnancy confirmed (due 03/2027). Sertraline continued after discussion with obstetrics.
11/16/2026  EPDS 21, PHQ-9 20. No suicidal ideation. Recommend TMS under criterion 2(b); sertraline continues.""",
"clinical/maternal-fetal-medicine-letter-2026-11-18.txt": """PIEDMONT MATERNAL-FETAL MEDICINE (FICTIONAL) - LETTER   11/18/2026   Page 1 of 1
Re: Thandiwe Marchetti-Hale, 22 weeks' gestation.   From: Dr. Lucien Oyelaran-Brandt, MD, maternal-fetal medicine
Ms. Marchetti-Hale should stay on sertraline. I advise against further medication trials and against lithium or
antipsychotic augmentation during this pregnancy; their risk outweighs the likely benefit. I support TMS.""",
},
truth="""# 07 - Marketplace: TMS in pregnancy denied under the wrong criterion route; patient writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Thandiwe Marchetti-Hale, 32, individual Marketplace Silver EPO, insured (GA). TMS x30 denied 11/27/2026 under
  PS-BH-TMS-8 criterion **2(a)** (four trials); the request rests on **2(b)** (pregnancy route).
- First internal appeal, **180 days: 05/26/2027** (45 CFR 147.136); then external review.
- Bupropion XL 300 mg 8 weeks, no response (before pregnancy). Sertraline 200 mg: **partial response**, **continued**.
- Pregnancy confirmed 07/2026; **22 weeks' gestation on 11/18/2026** (due 03/2027). Maternal-fetal medicine
  (Dr. Lucien Oyelaran-Brandt) advises **against further trials and lithium/antipsychotic augmentation**.
- EPDS 21, PHQ-9 20 on 11/16/2026; **no suicidal ideation**. IPT ongoing with Noor Haddad, LPC.
- Reviewer is a psychiatrist.

## Deliberately unknown
- Whether the MFM letter reached the plan before its decision (dated 11/18, decision 11/27: unknown).
- The exact number of IPT sessions.

## Traps
- The denial's words are true as far as they go (two trials, no augmentation): a letter answers that criterion 2(b)
  applies and needs one trial; it must not claim four trials or an augmentation.
- Sertraline is ongoing; no end date; "partial response", not "failed and stopped".
- IPT is psychotherapy, never an antidepressant trial.
- Patient writes "I"; do not argue suicidality.
- Do not say the reviewer is not a psychiatrist.
- Individual plan: 45 CFR 147.136 (not ERISA 2560.503-1), network rule 156.230 irrelevant (not an OON denial).

## Arguments a strong letter makes
1. The denial applied 2(a); the request meets 2(b): pregnancy, an adequate trial, obstetric documentation.
2. Quote the MFM letter; lithium/antipsychotic augmentation advised against.
3. Severity (EPDS 21); delay costs weeks of the pregnancy; ask for an expedited appeal only if a physician certifies.
4. External review after the internal appeal.

## What a letter must NOT say
- "I have failed four antidepressants"; "augmentation was tried"; "stopped sertraline".
- "suicidal ideation"; "the reviewer was not a psychiatrist"; "ERISA".
""",
answers=[
("Denial date", "Date: 11/27/2026", "denial/adverse-determination-2026-11-27.txt"),
("Criterion applied", "criterion 2(a) requires four antidepressant trials", "denial/adverse-determination-2026-11-27.txt"),
("Pregnancy route", "(b) current pregnancy or breastfeeding, at least one adequate antidepressant trial", "denial/adverse-determination-2026-11-27.txt"),
("Reviewer specialty", "Dr. Augustin Pellegrini-Moss (psychiatry)", "denial/adverse-determination-2026-11-27.txt"),
("Window", "You may appeal within 180 days", "denial/adverse-determination-2026-11-27.txt"),
("Reference", "PSH-PA-26-1127-8862", "denial/adverse-determination-2026-11-27.txt"),
("Bupropion outcome", "Bupropion XL 300 mg 8 weeks: no response", "clinical/psychiatry-notes-2025-2026.txt"),
("Sertraline outcome", "Sertraline 200 mg 10 weeks: partial response (PHQ-9 23 to 15)", "clinical/psychiatry-notes-2025-2026.txt"),
("Therapist", "Noor Haddad, LPC", "clinical/psychiatry-notes-2025-2026.txt"),
("Pregnancy confirmed", "Pregnancy confirmed (due 03/2027)", "clinical/psychiatry-notes-2025-2026.txt"),
("Scores and date", "11/16/2026  EPDS 21, PHQ-9 20", "clinical/psychiatry-notes-2025-2026.txt"),
("Suicidality", "No suicidal ideation", "clinical/psychiatry-notes-2025-2026.txt"),
("Gestation", "22 weeks' gestation", "clinical/maternal-fetal-medicine-letter-2026-11-18.txt"),
("MFM physician", "Dr. Lucien Oyelaran-Brandt, MD, maternal-fetal medicine", "clinical/maternal-fetal-medicine-letter-2026-11-18.txt"),
("MFM advice", "against lithium or\nantipsychotic augmentation", "clinical/maternal-fetal-medicine-letter-2026-11-18.txt"),
("MFM on sertraline", "should stay on sertraline", "clinical/maternal-fetal-medicine-letter-2026-11-18.txt"),
])

# ---------------------------------------------------------------- 08
case(slug="08-medicare-advantage-spravato-continuation-baseline-madrs-read-as-week-4-partial-response-husband-cms1696",
yaml="""# FICTIONAL CASE (set 69, case 08) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Wisconsin. Spravato continuation denied under internal criteria MA-ESK-3: "MADRS 34 at
# week 4, no improvement". 34 was the baseline (08/03/2026); week 4 was 21 (a 38% reduction). Husband writes (CMS-1696).
patient:
  name: Rosalind Okonkwo-Sterling
  salutation: Mrs. Okonkwo-Sterling
  date_of_birth: 1955-01-21
  member_id: FICT-BLM-H88120456
  address: |-
    640 Lakeshore Terrace
    Madison, WI 53705
  phone: (608) 555-0127
insurer:
  name: Badger Lakes Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    Badger Lakes Health Plan, Medicare Appeals (FICTIONAL)
    PO Box 8814
    Madison, WI 53708
  fax: (608) 555-0179
claim:
  number: BLM-ORG-26-1125-1093
  plan_type: medicare_advantage
  notice_date: 2026-11-25
  appeal_deadline: 2027-01-29
  deadline_basis: 65 days from the date of the notice of 11/25/2026 (42 CFR 422.582(b)), as the notice says.
  procedure_codes: [G2083]
  diagnosis_codes: [F33.2]
  pending_services: [weekly maintenance sessions, 12 weeks]
  action: none
  denial_reason: >-
    Continued esketamine is not approved. Internal criteria MA-ESK-3 (continuation) require at least a 25% reduction
    in MADRS from baseline by week 4. MADRS 34 at week 4 shows no improvement.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: Dr. Ignatius Brevik-Owusu, specialty: geriatric medicine}
  corrections:
    - said: MADRS 34 at week 4 shows no improvement.
      record: >-
        MADRS 34 was the baseline on 08/03/2026, before the first dose; at week 4 (09/01/2026) the MADRS was 21, a
        38% reduction, and 18 on 10/27/2026 (47%).
      file: clinical/spravato-clinic-records-2026.txt
      page: 1
plan_policy:
  name: Badger Lakes Internal Coverage Criteria MA-ESK-3, Esketamine Continuation
  number: MA-ESK-3
  quote: >-
    Continuation beyond induction: at least a 25% reduction in MADRS from the pre-treatment baseline by week 4, with
    an oral antidepressant continued.
  file: denial/organization-determination-denial-2026-11-25.txt
payer_criteria:
  - criterion: Continuation - at least a 25% MADRS reduction from baseline by week 4, oral antidepressant continued
    how_met: MADRS 34 (baseline 08/03/2026) to 21 at week 4 (09/01/2026), 38%; venlafaxine XR 225 mg continued
    met: true
    evidence: {file: clinical/spravato-clinic-records-2026.txt, page: 1}
treatment:
  name: Spravato (esketamine nasal spray) 84 mg weekly maintenance
  summary: Weekly maintenance esketamine for treatment-resistant depression after a partial response in induction.
  plan: >-
    84 mg once weekly for 12 weeks with 2-hour observation, MADRS every 4 weeks; reduce to every other week at
    remission (MADRS 10 or less); stop if MADRS returns above 28.
  alongside: venlafaxine XR 225 mg daily
clinical:
  severity: MADRS 18 on 10/27/2026 (baseline 34 on 08/03/2026)
  severity_date: 2026-10-27
  suicidality: none
  suicidality_date: 2026-10-27
  response: MADRS 34 at baseline (08/03/2026), 21 at week 4 (09/01/2026), 18 on 10/27/2026
  response_level: partial
  episode_onset: 2025-08
  treating_since: 2021-06
  history:
    - drug: Spravato (esketamine nasal spray)
      dose: 56-84 mg, twice weekly then weekly
      start: 2026-08-03
      kind: other
      ongoing: true
      response: partial
      outcome: MADRS 34 to 21 at week 4 and 18 at week 12; partial response, not remission
      evidence: {file: clinical/spravato-clinic-records-2026.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-09-01
      kind: antidepressant
      ongoing: true
      weeks: 10
      adequate: true
      failed: true
      response: none
      outcome: No response alone; continued with Spravato
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-11
      end: 2026-02
      kind: antidepressant
      outcome: Stopped after hyponatremia (sodium 128)
    - drug: Mirtazapine
      dose: 15 mg at bedtime (sleep)
      start: 2025-09
      kind: other
      ongoing: true
      outcome: Sleep dose; continued
impact:
  relapse: Two earlier episodes (2019, 2021) each relapsed within three months of stopping a treatment that had helped.
author:
  name: Theodore Sterling
  role: Husband, appointed representative (CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-2026-11-28.txt
  address: |-
    640 Lakeshore Terrace
    Madison, WI 53705
  phone: (608) 555-0128
provider:
  name: Dr. Yusra Lindgren-Achterberg
  credentials: MD, psychiatry
  npi: "1876543210"
  phone: (608) 555-0144
record_dates:
  - file: clinical/spravato-clinic-records-2026.txt
    date: 2026-10-27
bates_prefix: OKONKWOSTERLING
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/organization-determination-denial-2026-11-25.txt": """BADGER LAKES MEDICARE ADVANTAGE HMO (FICTIONAL) - NOTICE OF DENIAL OF MEDICAL COVERAGE
Date of notice: 11/25/2026    Reference BLM-ORG-26-1125-1093
Member: Rosalind Okonkwo-Sterling   ID FICT-BLM-H88120456
Requested: G2083, weekly esketamine maintenance, 12 weeks. Dr. Yusra Lindgren-Achterberg, MD

Continued esketamine is not approved. Internal criteria MA-ESK-3 (continuation) require at least a 25% reduction in
MADRS from baseline by week 4. MADRS 34 at week 4 shows no improvement.
MA-ESK-3: Continuation beyond induction: at least a 25% reduction in MADRS from the pre-treatment baseline by week 4,
with an oral antidepressant continued.
Reviewed by Dr. Ignatius Brevik-Owusu (geriatric medicine).

You may ask for a reconsideration within 65 days from the date of this notice: PO Box 8814, Madison, WI 53708,
fax (608) 555-0179.""",
"clinical/spravato-clinic-records-2026.txt": """LAKESIDE INTERVENTIONAL PSYCHIATRY (FICTIONAL) - SPRAVATO FLOWSHEET (EXCERPT)   Page 1 of 1
Patient: Rosalind Okonkwo-Sterling  DOB 01/21/1955   Psychiatrist: Dr. Yusra Lindgren-Achterberg, MD (since 06/2021)

08/03/2026  Baseline MADRS 34 (before first dose). Session 1, 56 mg. Venlafaxine XR 225 mg continues.
09/01/2026  Week 4: MADRS 21 (38% below baseline). 84 mg twice weekly; moving to weekly.
10/27/2026  Week 12: MADRS 18. Partial response, not remission. No suicidal ideation. BP stable.
History: escitalopram 20 mg stopped 02/2026 for hyponatremia (sodium 128); mirtazapine 15 mg at bedtime for sleep.
Earlier episodes 2019 and 2021 each relapsed within three months of stopping a helpful treatment.
Nurse observer: Greta Solheim, RN.""",
"other/cms-1696-appointment-2026-11-28.txt": """APPOINTMENT OF REPRESENTATIVE (Form CMS-1696, fictional copy)
Beneficiary: Rosalind Okonkwo-Sterling, ID FICT-BLM-H88120456. I appoint Theodore Sterling, my husband, 640
Lakeshore Terrace, Madison, WI 53705, (608) 555-0128, to act for me in this appeal.
Signed: Rosalind Okonkwo-Sterling, 11/28/2026.   Accepted: Theodore Sterling, 11/28/2026.""",
},
truth="""# 08 - Medicare Advantage: Spravato continuation denied on the baseline score; husband writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Rosalind Okonkwo-Sterling, 71, Medicare Advantage HMO (WI). Weekly Spravato maintenance (G2083) denied
  11/25/2026 under **internal** criteria MA-ESK-3. Level: **standard pre-service reconsideration**; deadline
  **01/29/2027** (65 days from the notice date, 42 CFR 422.582(b)); a Part B drug request is decided within
  **7 days** (42 CFR 422.590(c)).
- MADRS **34 was the baseline** (08/03/2026, before the first dose). **Week 4 (09/01/2026): 21, 38% reduction**
  (criterion needs 25%). Week 12 (10/27/2026): 18 (47%): **partial response, not remission**.
- Venlafaxine XR 225 mg **continues** (the oral antidepressant the criterion asks for). Escitalopram stopped for
  **hyponatremia** (sodium 128), not for lack of response. Mirtazapine 15 mg is a **sleep dose**, ongoing.
- Spravato is **ongoing**; earlier episodes relapsed within three months of stopping a helpful treatment.
- No suicidal ideation. Husband writes with a CMS-1696 appointment.

## Deliberately unknown
- Whether the 09/01 flowsheet reached the plan; whether an NCD/LCD covers esketamine maintenance.

## Traps
- Not "no improvement": 38% at week 4; but not remission either (partial response).
- Escitalopram: intolerance (hyponatremia), not an adequate failed trial; mirtazapine is a sleep dose.
- No suicidal ideation: no suicidality indication (and no MDSI label argument).
- Medicare Advantage: no ERISA, no parity, no state external review; cite 422.101(b)(6) for internal criteria.
- Nurse Greta Solheim, RN is an observer, not the prescriber. The husband does not write as "I" the patient.

## Arguments a strong letter makes
1. Correct the notice: 34 was baseline; week-4 MADRS 21 is 38% below it: MA-ESK-3 met by its own words.
2. Venlafaxine XR continued, as the criterion asks.
3. Internal criteria limits (42 CFR 422.101(b)(6)); ask for a psychiatrist reviewer (reviewer is geriatric medicine).
4. Stopping a helpful treatment risks relapse (earlier episodes); partial response is not remission.
5. Decision within 7 days for a Part B drug; upheld denial goes to the IRE automatically.

## What a letter must NOT say
- "no improvement"; "remission"; "failed escitalopram after an adequate trial"; "suicidal ideation".
- "ERISA", "29 CFR 2560.503-1", "parity"; "60 days from receipt".
""",
answers=[
("Notice date", "Date of notice: 11/25/2026", "denial/organization-determination-denial-2026-11-25.txt"),
("Reference", "BLM-ORG-26-1125-1093", "denial/organization-determination-denial-2026-11-25.txt"),
("Denial's misreading", "MADRS 34 at week 4 shows no improvement", "denial/organization-determination-denial-2026-11-25.txt"),
("Criterion threshold", "at least a 25% reduction in MADRS from the pre-treatment baseline by week 4", "denial/organization-determination-denial-2026-11-25.txt"),
("Reviewer specialty", "Dr. Ignatius Brevik-Owusu (geriatric medicine)", "denial/organization-determination-denial-2026-11-25.txt"),
("Window", "within 65 days from the date of this notice", "denial/organization-determination-denial-2026-11-25.txt"),
("Baseline", "Baseline MADRS 34 (before first dose)", "clinical/spravato-clinic-records-2026.txt"),
("Week 4", "Week 4: MADRS 21 (38% below baseline)", "clinical/spravato-clinic-records-2026.txt"),
("Week 12", "Week 12: MADRS 18. Partial response, not remission", "clinical/spravato-clinic-records-2026.txt"),
("Oral antidepressant", "Venlafaxine XR 225 mg continues", "clinical/spravato-clinic-records-2026.txt"),
("Escitalopram stop reason", "escitalopram 20 mg stopped 02/2026 for hyponatremia (sodium 128)", "clinical/spravato-clinic-records-2026.txt"),
("Mirtazapine purpose", "mirtazapine 15 mg at bedtime for sleep", "clinical/spravato-clinic-records-2026.txt"),
("Relapse history", "each relapsed within three months of stopping a helpful treatment", "clinical/spravato-clinic-records-2026.txt"),
("Suicidality", "No suicidal ideation", "clinical/spravato-clinic-records-2026.txt"),
("Nurse observer", "Greta Solheim, RN", "clinical/spravato-clinic-records-2026.txt"),
("Representative", "I appoint Theodore Sterling, my husband", "other/cms-1696-appointment-2026-11-28.txt"),
])


# ================================================================ engine
PHONE = re.compile(r"(?:\(\d{3}\) |1-\d{3}-)\d{3}-\d{4}")
BARE = re.compile(r"(?<![\d-])555-\d{4}")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
NPI = re.compile(r"(?<!\d)1\d{9}(?!\d)")

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def luhn_ok(npi):
    digits = "80840" + npi
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return total % 10 == 0

def check_text(name, text, problems):
    for m in PHONE.finditer(text):
        p = m.group(0)
        if not re.search(r"555-01\d\d$", p):
            problems.append(f"{name}: phone not 555-01xx: {p}")
    stripped = PHONE.sub("", text)
    if BARE.search(stripped):
        problems.append(f"{name}: bare 555 number")
    for m in EMAIL.finditer(text):
        if not m.group(0).endswith(".example"):
            problems.append(f"{name}: e-mail not .example: {m.group(0)}")
    for m in NPI.finditer(text):
        ctx = text[max(0, m.start() - 12):m.start()]
        if "NPI" in ctx or "npi" in ctx:
            if not luhn_ok(m.group(0)):
                problems.append(f"{name}: NPI fails Luhn: {m.group(0)}")

def build(c, problems):
    folder = HERE / c["slug"]
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(c["yaml"])
    for rel, body in c["docs"].items():
        if rel.split("/")[0] not in ("denial", "clinical", "other") or not rel.endswith(".txt"):
            problems.append(f"{c['slug']}: bad document path {rel}")
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HDR + body.strip("\n") + FTR)
    (HERE / (c["slug"] + ".truth.md")).write_text(c["truth"])
    # checks
    y = YAML(typ="safe")
    try:
        data = y.load(c["yaml"])
    except Exception as e:
        problems.append(f"{c['slug']}: case.yaml does not parse: {e}")
        data = {}
    if "FICTIONAL" not in c["yaml"].splitlines()[0]:
        problems.append(f"{c['slug']}: case.yaml first line not FICTIONAL")
    if "FICTIONAL" not in c["truth"].splitlines()[0]:
        problems.append(f"{c['slug']}: truth first line not FICTIONAL")
    heads = [l[3:].strip() for l in c["truth"].splitlines() if l.startswith("## ")]
    if heads != HEADINGS:
        problems.append(f"{c['slug']}: truth headings {heads}")
    check_text(c["slug"] + "/case.yaml", c["yaml"], problems)
    check_text(c["slug"] + ".truth.md", c["truth"], problems)
    for rel, body in c["docs"].items():
        text = (folder / rel).read_text()
        if not text.startswith("FICTIONAL") or not text.rstrip().endswith("FICTIONAL DOCUMENT - end."):
            problems.append(f"{c['slug']}/{rel}: FICTIONAL header/footer missing")
        check_text(f"{c['slug']}/{rel}", text, problems)
    npi = str(((data or {}).get("provider") or {}).get("npi", ""))
    if npi and not luhn_ok(npi):
        problems.append(f"{c['slug']}: provider NPI fails Luhn {npi}")
    # every file named in case.yaml exists
    for m in re.finditer(r"((?:denial|clinical|other)/[\w.\-]+\.txt)", c["yaml"]):
        if not (folder / m.group(1)).exists():
            problems.append(f"{c['slug']}: case.yaml names missing file {m.group(1)}")
    if len(c["answers"]) != 16:
        problems.append(f"{c['slug']}: {len(c['answers'])} answers, not 16")
    for q, a, doc in c["answers"]:
        p = folder / doc
        if not p.exists():
            problems.append(f"{c['slug']}: answer doc missing {doc}")
        elif norm(a) not in norm(p.read_text()):
            problems.append(f"{c['slug']}: answer to '{q}' not printed in {doc}: {a!r}")
    return folder

def main(argv):
    check = "--check" in argv
    only = [a for a in argv if a.isdigit()]
    cases = [c for c in CASES if not only or c["slug"][:2] in only]
    if not only:
        known = {c["slug"] for c in CASES}
        for d in HERE.iterdir():
            if d.is_dir() and re.match(r"\d\d-", d.name) and d.name not in known:
                shutil.rmtree(d)
            if d.is_file() and d.name.endswith(".truth.md") and d.name[:-9] not in known:
                d.unlink()
    problems, folders = [], []
    for c in cases:
        folders.append(build(c, problems))
    n_ans = sum(len(c["answers"]) for c in cases)
    print(f"{len(cases)} cases, {n_ans} expected answers, {len(problems)} problems")
    for p in problems:
        print("PROBLEM:", p)
    rc = 1 if problems else 0
    if check:
        out = io.StringIO()
        bad = 0
        for f in folders:
            r = subprocess.run(["/work/main/.venv/bin/appeal-kit", "check", str(f)], capture_output=True, text=True)
            out.write(f"===== {f.name}: exit {r.returncode}\n{r.stdout}{r.stderr}\n")
            print(f"check {f.name[:2]}: exit {r.returncode}")
            bad += r.returncode != 0
        name = "check-output.txt" if not only else "check-output-partial.txt"
        (HERE / name).write_text(out.getvalue())
        if bad:
            rc = 1
    return rc

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
