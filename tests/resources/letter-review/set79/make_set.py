#!/work/main/.venv/bin/python
"""Generator for appeal-kit letters test set 79 (issue 18), written blind. FICTIONAL data only.
Usage: make_set.py [--check] [NN ...]"""
import io, re, shutil, subprocess, sys
from pathlib import Path
from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEAD = "FICTIONAL DOCUMENT - appeal-kit letters test set 79, case {n}. Every person, plan, provider, number and address is invented."
FOOT = "END OF FICTIONAL DOCUMENT (test set 79) - not a real patient, plan or provider."
TRUTH_HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
                  "What a letter must NOT say"]


def npi(base9):
    """10-digit NPI: base9 + Luhn check digit over the prefix 80840."""
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


NPIS = {k: npi(v) for k, v in {
    "N1": "148203917", "N2": "162930485", "N3": "130458276", "N4": "171046392",
    "N5": "158720364", "N6": "126093718", "N7": "184572036", "N8": "139267405",
    "N9": "115830469", "N10": "167204583"}.items()}

CASES = []

# ---------------------------------------------------------------- case 01
CASES.append(dict(
    n="01",
    slug="part-d-pdp-brexpiprazole-step-therapy-aripiprazole-akathisia-counts-quetiapine-50-sleep-dose-not-a-trial-qtc-exception-psychiatrist",
    title="Part D step therapy for brexpiprazole: aripiprazole stopped for akathisia counts; quetiapine 50 mg was a sleep dose",
    yaml="""# FICTIONAL CASE (set 79, case 01) - every person, plan, provider, number and address is invented.
# Stand-alone Part D PDP, Vermont. Brexpiprazole (augmentation of duloxetine) denied under step therapy ST-AAP-9.
# Aripiprazole stopped after 21 days for akathisia (the policy counts intolerance); quetiapine 50 mg at bedtime was
# for sleep, not an augmentation trial: the second step is NOT met -> coverage exception (QTc 486 ms, A1c 8.7%).
patient:
  name: Ottoline Bramwell-Sato
  salutation: Mrs. Bramwell-Sato
  date_of_birth: 1955-03-12
  member_id: FICT-GMR-55031207
  address: |-
    41 Elm Hollow Road
    Montpelier, VT 05602
  phone: (802) 555-0131
insurer:
  name: Green Mountain Senior Rx PDP (FICTIONAL)
  appeals_address: |-
    Green Mountain Senior Rx PDP Redeterminations (FICTIONAL)
    PO Box 7710
    Burlington, VT 05402
  fax: (802) 555-0162
claim:
  number: GMR-CD-26-1120-4471
  plan_type: medicare_part_d
  notice_date: 2026-11-20
  appeal_deadline: 2027-01-24
  deadline_basis: 65 days from the date of the coverage determination notice (42 CFR 423.582(b)).
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Step therapy requirement not met. Claims show aripiprazole for 21 days, less than the 6 weeks required, and
    quetiapine 50 mg. Two step drugs are required. Your prescriber did not explain why the step drugs cannot be
    used.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
treatment:
  name: Brexpiprazole 1 mg daily (adjunct to duloxetine)
  summary: >-
    Brexpiprazole added to duloxetine for recurrent major depression with a partial response to duloxetine, after
    aripiprazole was stopped for akathisia.
  alongside: duloxetine 90 mg daily
clinical:
  history:
    - drug: sertraline
      dose: 150 mg daily
      start: 2023-01
      end: 2023-04
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks at 150 mg
      evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
    - drug: duloxetine
      dose: 90 mg daily
      start: 2025-09
      kind: antidepressant
      ongoing: true
      response: partial
      outcome: Partial response (PHQ-9 22 to 15); continued
      evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
    - drug: aripiprazole
      dose: 5 mg daily (added to duloxetine)
      start: 2026-04-06
      end: 2026-04-27
      kind: augmentation
      adequate: false
      outcome: Stopped after 21 days for akathisia (Barnes global score 3); intolerance
      evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
    - drug: quetiapine
      dose: 50 mg at bedtime for sleep
      start: 2024-02
      end: 2026-10
      kind: other
      outcome: Given for sleep only, never at an augmentation dose; stopped October 2026 after ECG showed QTc 486 ms
      evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
  severity: PHQ-9 16 on 11/10/2026
  severity_date: 2026-11-10
  suicidality: none
  suicidality_date: 2026-11-10
  treating_since: 2023-01
payer_criteria:
  - criterion: "1. A trial of a step drug for at least 6 weeks at an augmentation dose, or stopped because of intolerance: aripiprazole, quetiapine extended-release 150 mg daily or more, olanzapine-fluoxetine."
    how_met: Aripiprazole 5 mg was stopped after 21 days because of akathisia (Barnes global score 3), an intolerance the policy counts.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
  - criterion: "2. A second step drug from the same list, on the same terms."
    how_met: >-
      Not met as written: quetiapine was taken only at 50 mg at bedtime for sleep, never at 150 mg or more, and
      olanzapine-fluoxetine was never tried.
    met: false
    evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
    exception_ground: >-
      Quetiapine at augmentation doses is unsafe for her: an ECG on 10/02/2026 showed QTc 486 ms and her cardiologist
      advised against raising it; olanzapine-fluoxetine is unsafe with her type 2 diabetes (A1c 8.7% on 09/15/2026).
plan_policy:
  name: Green Mountain Senior Rx 2026 Step Therapy Criteria
  number: ST-AAP-9
  quote: >-
    Brexpiprazole is covered when the member has tried two of the following, each for at least 6 weeks at an
    augmentation dose, or stopped because of intolerance: aripiprazole; quetiapine extended-release 150 mg daily or
    more; olanzapine-fluoxetine.
  file: denial/coverage-determination-2026-11-20.txt
prescriber_statement:
  date: 2026-11-26
  quote: >-
    Quetiapine 50 mg at bedtime was prescribed for sleep and was never an augmentation trial. Raising quetiapine to
    an augmentation dose is likely to harm her because her QTc was 486 ms on 10/02/2026, and olanzapine-fluoxetine
    is likely to harm her because of poorly controlled type 2 diabetes.
  file: other/prescriber-statement-2026-11-26.txt
author:
  name: Dr. Lucian Okafor-Reyes
  relation: physician
  role: Treating psychiatrist (prescriber)
  address: |-
    Capital Psychiatry Associates (FICTIONAL)
    120 State Street, Suite 4
    Montpelier, VT 05602
  phone: (802) 555-0144
  fax: (802) 555-0145
  authorization: other/patient-consent-2026-11-26.txt
provider:
  name: Dr. Lucian Okafor-Reyes
  credentials: MD, psychiatrist
  npi: "@N1@"
  address: |-
    120 State Street, Suite 4
    Montpelier, VT 05602
  phone: (802) 555-0144
record_dates:
  - file: clinical/psychiatry-note-2026-11-10.txt
    date: 2026-11-10
  - file: clinical/cardiology-letter-2026-10-09.txt
    date: 2026-10-09
  - file: other/prescriber-statement-2026-11-26.txt
    date: 2026-11-26
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/coverage-determination-2026-11-20.txt": """GREEN MOUNTAIN SENIOR RX PDP (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date of notice: 11/20/2026
Member: Ottoline Bramwell-Sato   Member ID: FICT-GMR-55031207
Coverage determination number: GMR-CD-26-1120-4471
Drug requested: brexpiprazole 1 mg tablet, 30 per 30 days   Prescriber: Lucian Okafor-Reyes, MD (NPI @N1@)
We denied this request. Reason: Step therapy requirement not met. Claims show aripiprazole for 21 days, less than
the 6 weeks required, and quetiapine 50 mg. Two step drugs are required. Your prescriber did not explain why the
step drugs cannot be used.
Criteria applied (ST-AAP-9): Brexpiprazole is covered when the member has tried two of the following, each for at
least 6 weeks at an augmentation dose, or stopped because of intolerance: aripiprazole; quetiapine extended-release
150 mg daily or more; olanzapine-fluoxetine.
Your right to appeal: ask for a redetermination within 65 days from the date of this notice. Your prescriber may
ask for you. Fax (802) 555-0162 or write to PO Box 7710, Burlington, VT 05402.""",
        "clinical/psychiatry-note-2026-11-10.txt": """CAPITAL PSYCHIATRY ASSOCIATES (FICTIONAL) - PROGRESS NOTE
Date: 11/10/2026
Patient: Ottoline Bramwell-Sato   DOB: 03/12/1955
Clinician: Lucian Okafor-Reyes, MD, psychiatrist (treating since January 2023)
Accompanied by her daughter, Marisol Bramwell, who manages her pill organizer.
Diagnosis: major depressive disorder, recurrent, moderate (F33.1).
Medication history:
- Sertraline 150 mg daily, January-April 2023: no response after 10 weeks.
- Duloxetine 90 mg daily since September 2025: partial response, PHQ-9 22 to 15. Continue.
- Aripiprazole 5 mg daily added 04/06/2026, stopped 04/27/2026 (21 days) for akathisia; Barnes Akathisia Rating
  Scale global score 3. Resolved within a week of stopping.
- Quetiapine 50 mg at bedtime for sleep since February 2024; never raised to an augmentation dose. Stopped
  October 2026 after ECG on 10/02/2026 showed QTc 486 ms (cardiology letter 10/09/2026).
Medical: type 2 diabetes, A1c 8.7% on 09/15/2026 (primary care); olanzapine avoided.
Today: PHQ-9 16 on 11/10/2026. Denies suicidal ideation, no plan or intent. No psychotic features.
Plan: request brexpiprazole 1 mg daily added to duloxetine 90 mg; ECG in 4 weeks; recheck PHQ-9 in 6 weeks.""",
        "clinical/cardiology-letter-2026-10-09.txt": """NORTHFIELD HEART CLINIC (FICTIONAL) - CONSULTATION LETTER
Date: 10/09/2026
Re: Ottoline Bramwell-Sato, DOB 03/12/1955
To: Lucian Okafor-Reyes, MD
From: Hesper Adeyemi-Lund, MD, cardiology
ECG on 10/02/2026: sinus rhythm, QTc 486 ms. Potassium and magnesium normal.
Recommendation: stop quetiapine; avoid raising doses of QT-prolonging drugs. Repeat ECG after any new
psychiatric medicine. Phone (802) 555-0177.""",
        "other/prescriber-statement-2026-11-26.txt": """SUPPORTING STATEMENT FOR A COVERAGE EXCEPTION (42 CFR 423.578(b))
Date: 11/26/2026
Patient: Ottoline Bramwell-Sato   Member ID: FICT-GMR-55031207   Drug: brexpiprazole 1 mg daily
Prescriber: Lucian Okafor-Reyes, MD (NPI @N1@), fax (802) 555-0145
Aripiprazole was stopped after 21 days because of akathisia; ST-AAP-9 counts a step drug stopped because of
intolerance. Quetiapine 50 mg at bedtime was prescribed for sleep and was never an augmentation trial. Raising
quetiapine to an augmentation dose is likely to harm her because her QTc was 486 ms on 10/02/2026, and
olanzapine-fluoxetine is likely to harm her because of poorly controlled type 2 diabetes.
Signed: Lucian Okafor-Reyes, MD""",
        "other/patient-consent-2026-11-26.txt": """PATIENT CONSENT TO REQUEST A REDETERMINATION
Date: 11/26/2026
I, Ottoline Bramwell-Sato (member ID FICT-GMR-55031207), ask Dr. Lucian Okafor-Reyes to request a redetermination
of the denial of brexpiprazole on my behalf and consent to release of my records to the plan for it.
Signed: Ottoline Bramwell-Sato""",
    },
    truth="""## What is true
- Mrs. Bramwell-Sato (71) has a stand-alone **Part D** plan. The coverage determination of **11/20/2026** denied
  brexpiprazole 1 mg (added to duloxetine 90 mg) under step therapy **ST-AAP-9** (two step drugs, each 6 weeks at an
  augmentation dose **or stopped because of intolerance**).
- Step 1 is met: **aripiprazole 5 mg**, 04/06-04/27/2026 (**21 days**), stopped for **akathisia** (Barnes global 3):
  the policy's own intolerance clause counts it.
- Step 2 is **not met as written**: **quetiapine 50 mg at bedtime was for sleep**, never 150 mg or more;
  olanzapine-fluoxetine never tried. The honest route is a **coverage (step-therapy) exception** (42 CFR 423.578(b))
  on the prescriber's statement of 11/26/2026: **QTc 486 ms** (ECG 10/02/2026, cardiologist Dr. Hesper
  Adeyemi-Lund) and **A1c 8.7%** (09/15/2026).
- Duloxetine 90 mg is **still taken** (partial response, PHQ-9 22 to 15); sertraline 150 mg (2023, 10 weeks) failed.
- Latest severity: **PHQ-9 16 on 11/10/2026**; **no suicidal ideation**.
- Author: the treating psychiatrist (prescriber), who may request a redetermination (423.580); consent enclosed.
- Deadline: **01/24/2027** (65 days from the 11/20/2026 notice, 423.582(b)).

## Deliberately unknown
- Whether the plan had the cardiology letter when it decided (no record of sending before 11/20).
- Brexpiprazole's effect for her: not yet started.
- Repeat ECG result after stopping quetiapine.

## Traps
- Quetiapine 50 mg is a **sleep dose**: a letter that counts it as a second step or an augmentation trial is false.
- Aripiprazole did not "fail for lack of response": it was stopped for **intolerance** after 21 days.
- Duloxetine is **ongoing**: no end date, not "failed".
- The denial says the prescriber "did not explain": the statement of 11/26/2026 now does.
- The daughter Marisol Bramwell and cardiologist Dr. Adeyemi-Lund are other people in the record; neither is the
  author.
- Part D: no ERISA, no ACA external review, no parity, no state insurance department; the next level is the IRE.

## Arguments a strong letter makes
1. Step 1 is met by the policy's own intolerance clause (aripiprazole, akathisia, 21 days).
2. Concede step 2 honestly and ask for a step-therapy (coverage) exception under 42 CFR 423.578(b) on the
   prescriber's statement: QTc 486 ms makes quetiapine at an augmentation dose unsafe; diabetes (A1c 8.7%) rules out
   olanzapine-fluoxetine.
3. Answer "prescriber did not explain" with the enclosed statement; ask for a decision within the Part D time.

## What a letter must NOT say
- That she "tried and failed quetiapine" or that quetiapine was an augmentation trial; that "both step drugs were
  tried" or "every criterion is met".
- That duloxetine was stopped or failed; that she has suicidal ideation.
- 29 CFR 2560.503-1, 45 CFR 147.136, parity law, "external review".
""",
    answers=[
        ("Date of the coverage determination", "Date of notice: 11/20/2026", "denial/coverage-determination-2026-11-20.txt"),
        ("Coverage determination number", "GMR-CD-26-1120-4471", "denial/coverage-determination-2026-11-20.txt"),
        ("Step-therapy policy applied", "ST-AAP-9", "denial/coverage-determination-2026-11-20.txt"),
        ("Appeal window the notice gives", "within 65 days from the date of this notice", "denial/coverage-determination-2026-11-20.txt"),
        ("How long aripiprazole was taken", "stopped 04/27/2026 (21 days)", "clinical/psychiatry-note-2026-11-10.txt"),
        ("Why aripiprazole was stopped", "for akathisia", "clinical/psychiatry-note-2026-11-10.txt"),
        ("Akathisia rating", "Barnes Akathisia Rating Scale global score 3", "clinical/psychiatry-note-2026-11-10.txt"),
        ("Quetiapine dose and purpose", "Quetiapine 50 mg at bedtime for sleep", "clinical/psychiatry-note-2026-11-10.txt"),
        ("QTc and ECG date", "ECG on 10/02/2026: sinus rhythm, QTc 486 ms", "clinical/cardiology-letter-2026-10-09.txt"),
        ("Cardiologist", "Hesper Adeyemi-Lund, MD", "clinical/cardiology-letter-2026-10-09.txt"),
        ("A1c and date", "A1c 8.7% on 09/15/2026", "clinical/psychiatry-note-2026-11-10.txt"),
        ("Current antidepressant (continued)", "Duloxetine 90 mg daily since September 2025: partial response", "clinical/psychiatry-note-2026-11-10.txt"),
        ("Latest PHQ-9", "PHQ-9 16 on 11/10/2026", "clinical/psychiatry-note-2026-11-10.txt"),
        ("Suicidal ideation", "Denies suicidal ideation", "clinical/psychiatry-note-2026-11-10.txt"),
        ("Family member named in the record", "her daughter, Marisol Bramwell", "clinical/psychiatry-note-2026-11-10.txt"),
        ("Date of the prescriber's supporting statement", "Date: 11/26/2026", "other/prescriber-statement-2026-11-26.txt"),
    ],
))

# ---------------------------------------------------------------- case 02
CASES.append(dict(
    n="02",
    slug="medicaid-managed-care-age-19-tms-sertraline-partial-ongoing-not-effective-prior-plan-trials-trazodone-prazosin-not-trials-epsdt-mother-representative",
    title="Medicaid managed care, member aged 19: TMS denied as 'sertraline effective'; trials paid by a former plan; EPSDT",
    yaml="""# FICTIONAL CASE (set 79, case 02) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Louisiana, member aged 19 (EPSDT). TMS denied: "sertraline is effective and ongoing;
# trazodone and prazosin do not show a second class". Record: sertraline PARTIAL (PHQ-9 24 -> 17), escitalopram and
# duloxetine failed in 2025 under her father's employer plan. Mother writes as authorized representative (adult).
patient:
  name: Dakota Ferreira-Lindqvist
  salutation: Ms. Ferreira-Lindqvist
  date_of_birth: 2007-05-22
  member_id: FICT-BFH-0752207
  address: |-
    908 Magnolia Bend Drive
    Baton Rouge, LA 70808
  phone: (225) 555-0112
insurer:
  name: Bayou Family Health Plan (FICTIONAL)
  appeals_address: |-
    Bayou Family Health Plan Appeals Unit (FICTIONAL)
    PO Box 52210
    Baton Rouge, LA 70805
  fax: (225) 555-0166
claim:
  number: BFH-PA-26-1113-0092
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-13
  appeal_deadline: 2027-01-12
  deadline_basis: 60 calendar days from the date of the notice of adverse benefit determination (42 CFR 438.402(c)(2)(ii)).
  sessions: 36
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2, F43.10]
  denial_reason: >-
    Criterion 2 of BH-TMS-7 is not met. Sertraline is effective (PHQ-9 improved) and is ongoing. Trazodone and
    prazosin do not show failure of a second antidepressant class.
  denial_category: medical_necessity
  reviewer: {name: Dr. Harlan Oduya, specialty: family medicine}
  action: none
treatment:
  name: Transcranial magnetic stimulation, 36 sessions
  summary: TMS for severe recurrent major depression with PTSD after failed trials in two antidepressant classes.
  plan: 36 sessions over 7 to 8 weeks; PHQ-9 weekly; continue sertraline 200 mg; stop if no 20% improvement by session 20.
  alongside: sertraline 200 mg daily
clinical:
  history:
    - drug: paroxetine
      dose: 20 mg daily
      start: 2025-02
      end: 2025-03
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for nausea and sexual side effects (intolerance)
      paid_outside: another plan
      evidence: {file: other/prior-plan-pharmacy-history.txt, page: 1}
    - drug: escitalopram
      dose: 20 mg daily
      start: 2025-04
      end: 2025-06
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks at 20 mg
      paid_outside: another plan
      evidence: {file: other/prior-plan-pharmacy-history.txt, page: 1}
    - drug: duloxetine
      dose: 60 mg daily
      start: 2025-07
      end: 2025-10
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks at 60 mg
      paid_outside: another plan
      evidence: {file: other/prior-plan-pharmacy-history.txt, page: 1}
    - drug: cognitive processing therapy
      kind: psychotherapy
      start: 2025-09
      end: 2025-12
      sessions: 12
      adequate: true
      response: partial
      outcome: 12 sessions completed; PTSD symptoms partly improved, depression unchanged
      evidence: {file: clinical/therapy-summary-2026-10-28.txt, page: 1}
    - drug: sertraline
      dose: 200 mg daily
      start: 2026-03
      kind: antidepressant
      ongoing: true
      response: partial
      outcome: Partial response after 20 weeks (PHQ-9 24 to 17); continued
      evidence: {file: clinical/psychiatry-evaluation-2026-11-03.txt, page: 1}
    - drug: trazodone
      dose: 50 mg at bedtime for sleep
      start: 2026-03
      kind: other
      ongoing: true
      outcome: Sleep dose; not an antidepressant trial
    - drug: prazosin
      dose: 2 mg at bedtime for nightmares
      start: 2026-05
      kind: other
      ongoing: true
      outcome: For PTSD nightmares; not an antidepressant
  severity: PHQ-9 17 and PCL-5 48 on 11/03/2026
  severity_date: 2026-11-03
  suicidality: passive
  suicidality_date: 2026-11-03
  treating_since: 2026-02
payer_criteria:
  - criterion: "2. Failure of at least two antidepressant trials from at least two different classes, each at an adequate dose for at least 6 weeks, or stopped because of intolerance."
    how_met: Escitalopram 20 mg for 8 weeks (SSRI) and duloxetine 60 mg for 10 weeks (SNRI), both without response in 2025; sertraline 200 mg has given only a partial response (PHQ-9 17).
    met: true
    evidence: {file: other/prior-plan-pharmacy-history.txt, page: 1}
author:
  name: Renata Ferreira
  relation: representative
  role: Mother, authorized representative
  address: |-
    908 Magnolia Bend Drive
    Baton Rouge, LA 70808
  phone: (225) 555-0113
  authorization: other/representative-authorization-2026-11-20.txt
provider:
  name: Dr. Imelda Vantongeren
  credentials: MD, psychiatrist
  npi: "@N2@"
  address: |-
    2200 Perkins Road
    Baton Rouge, LA 70808
  phone: (225) 555-0148
record_dates:
  - file: clinical/psychiatry-evaluation-2026-11-03.txt
    date: 2026-11-03
  - file: clinical/therapy-summary-2026-10-28.txt
    date: 2026-10-28
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/notice-of-adverse-benefit-determination-2026-11-13.txt": """BAYOU FAMILY HEALTH PLAN (FICTIONAL) - LOUISIANA MEDICAID - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date of notice: 11/13/2026
Member: Dakota Ferreira-Lindqvist   Member ID: FICT-BFH-0752207   Date of birth: 05/22/2007
Authorization request: BFH-PA-26-1113-0092   Service: TMS, 36 sessions (90867, 90868)
Requesting provider: Imelda Vantongeren, MD (NPI @N2@)
Decision: denied. Criterion 2 of BH-TMS-7 is not met. Sertraline is effective (PHQ-9 improved) and is ongoing.
Trazodone and prazosin do not show failure of a second antidepressant class.
BH-TMS-7 criterion 2: Failure of at least two antidepressant trials from at least two different classes, each at an
adequate dose for at least 6 weeks, or stopped because of intolerance.
Reviewer: Harlan Oduya, MD, family medicine.
You may ask for an appeal within 60 calendar days from the date of this notice. After our appeal decision you may
ask for a State Fair Hearing. Fax appeals to (225) 555-0166.""",
        "clinical/psychiatry-evaluation-2026-11-03.txt": """RIVER PARISHES PSYCHIATRY (FICTIONAL) - PSYCHIATRIC EVALUATION
Date: 11/03/2026
Patient: Dakota Ferreira-Lindqvist   DOB: 05/22/2007   Age 19
Psychiatrist: Imelda Vantongeren, MD (treating since February 2026)
Came with her mother, Renata Ferreira.
Diagnoses: major depressive disorder, recurrent, severe (F33.2); posttraumatic stress disorder (F43.10).
Sertraline 200 mg daily since March 2026: partial response, PHQ-9 24 to 17; continue.
Earlier trials (2025, under her father's employer plan): paroxetine 20 mg stopped after 3 weeks for nausea and
sexual side effects; escitalopram 20 mg 8 weeks, no response; duloxetine 60 mg 10 weeks, no response.
Trazodone 50 mg at bedtime for sleep. Prazosin 2 mg at bedtime for nightmares.
Today: PHQ-9 17, PCL-5 48. Passive wishes to be dead on some days; no plan, no intent, no attempts.
Dropped to one class per semester at community college.
Plan: TMS, 36 sessions; continue sertraline 200 mg; PHQ-9 weekly; stop if no 20% improvement by session 20.""",
        "clinical/therapy-summary-2026-10-28.txt": """THERAPY SUMMARY
Date: 10/28/2026
Client: Dakota Ferreira-Lindqvist
Therapist: Joaquin Thorsby, LCSW
Cognitive processing therapy, 12 sessions completed 09/2025 through 12/2025. PTSD symptoms partly improved;
depressive symptoms unchanged. Weekly supportive therapy continues.""",
        "other/prior-plan-pharmacy-history.txt": """PHARMACY CLAIMS HISTORY - PRIOR COVERAGE (printout from the former plan's member portal)
Plan: Crescent Manufacturing Employee Health Plan (FICTIONAL) - dependent coverage through her father, Tomas Lindqvist
Member: Dakota Ferreira-Lindqvist   Coverage ended 12/31/2025
02/04/2025 paroxetine 20 mg #30 - one fill
04/08/2025 escitalopram 20 mg #30 - fills 04/08, 05/07, 06/05/2025
07/10/2025 duloxetine 60 mg #30 - fills 07/10, 08/09, 09/08/2025""",
        "other/representative-authorization-2026-11-20.txt": """AUTHORIZED REPRESENTATIVE FORM - Bayou Family Health Plan (FICTIONAL)
Date: 11/20/2026
I, Dakota Ferreira-Lindqvist (member ID FICT-BFH-0752207), name my mother, Renata Ferreira, as my authorized
representative for my appeal of authorization BFH-PA-26-1113-0092 and any State Fair Hearing.
Signed: Dakota Ferreira-Lindqvist     Signed: Renata Ferreira""",
    },
    truth="""## What is true
- Ms. Ferreira-Lindqvist is **19**: an adult Medicaid managed care member still **under 21 (EPSDT,
  42 U.S.C. 1396d(r)(5))**. Pre-service TMS (36 sessions) denied **11/13/2026** under BH-TMS-7 criterion 2.
- Criterion 2 is **met**: escitalopram 20 mg 8 weeks (SSRI) and duloxetine 60 mg 10 weeks (SNRI), no response, in
  2025 under her **father's employer plan** (pharmacy printout) - two classes. Paroxetine was stopped at 3 weeks
  for intolerance (same class).
- **Sertraline is not "effective"**: partial response, PHQ-9 24 to **17** (moderately severe) - and it is
  **continued** with TMS. Trazodone 50 mg (sleep) and prazosin (nightmares) are not antidepressant trials and
  should not be argued as such.
- CPT 12 sessions completed (therapist Joaquin Thorsby, LCSW).
- Severity **PHQ-9 17, PCL-5 48 on 11/03/2026**; suicidality **passive** (no plan or intent) on 11/03/2026.
- Reviewer: Harlan Oduya, MD, **family medicine** (not a psychiatrist).
- Author: her **mother as authorized representative** (form signed 11/20/2026) - not a parent of a minor.
- Deadline **01/12/2027** (60 days from notice, 438.402(c)(2)(ii)); then a State Fair Hearing within 120 days of
  the resolution notice.

## Deliberately unknown
- Whether the plan asked for the 2025 records: nothing shows it.
- The plan's TMS criterion 1 and 3 findings: the notice names only criterion 2.

## Traps
- Do not call sertraline failed, ended or effective: partial, ongoing.
- Do not count trazodone or prazosin as trials, nor paroxetine as an adequate trial (it was intolerance, which the
  criterion does count, but the same class as the others).
- She is 19: the mother needs the authorization; "as her parent" of a minor is wrong.
- Suicidality is passive: not "no suicidal ideation", not "active ideation".
- Her father Tomas Lindqvist's plan paid the 2025 trials: that is why the plan's claims don't show them.

## Arguments a strong letter makes
1. Criterion 2 met by escitalopram (SSRI) and duloxetine (SNRI), with the prior plan's pharmacy printout;
   explain why the plan's own claims do not show them.
2. Correct the denial: sertraline gave a partial response only (PHQ-9 17) and continues alongside TMS.
3. EPSDT: under 21, the plan must cover care necessary to correct or ameliorate the condition.
4. Ask for a reviewer in psychiatry; keep the State Fair Hearing route (120 days after the resolution notice).

## What a letter must NOT say
- "Sertraline has failed" / "was discontinued"; "trazodone trial"; "prazosin trial".
- "no suicidal ideation" or "active suicidal ideation".
- ERISA citations, "external review under 45 CFR 147.136", "the state sets between 90 and 120 days".
""",
    answers=[
        ("Notice date", "Date of notice: 11/13/2026", "denial/notice-of-adverse-benefit-determination-2026-11-13.txt"),
        ("Authorization number", "BFH-PA-26-1113-0092", "denial/notice-of-adverse-benefit-determination-2026-11-13.txt"),
        ("What the denial says of sertraline", "Sertraline is effective (PHQ-9 improved) and is ongoing", "denial/notice-of-adverse-benefit-determination-2026-11-13.txt"),
        ("Reviewer and specialty", "Harlan Oduya, MD, family medicine", "denial/notice-of-adverse-benefit-determination-2026-11-13.txt"),
        ("Appeal window", "within 60 calendar days from the date of this notice", "denial/notice-of-adverse-benefit-determination-2026-11-13.txt"),
        ("Sertraline response", "partial response, PHQ-9 24 to 17; continue", "clinical/psychiatry-evaluation-2026-11-03.txt"),
        ("Escitalopram trial", "escitalopram 20 mg 8 weeks, no response", "clinical/psychiatry-evaluation-2026-11-03.txt"),
        ("Duloxetine trial", "duloxetine 60 mg 10 weeks, no response", "clinical/psychiatry-evaluation-2026-11-03.txt"),
        ("Why paroxetine stopped", "stopped after 3 weeks for nausea and sexual side effects", "clinical/psychiatry-evaluation-2026-11-03.txt"),
        ("Trazodone purpose", "Trazodone 50 mg at bedtime for sleep", "clinical/psychiatry-evaluation-2026-11-03.txt"),
        ("Prazosin purpose", "Prazosin 2 mg at bedtime for nightmares", "clinical/psychiatry-evaluation-2026-11-03.txt"),
        ("Scores on 11/03/2026", "PHQ-9 17, PCL-5 48", "clinical/psychiatry-evaluation-2026-11-03.txt"),
        ("Suicidality", "Passive wishes to be dead on some days; no plan, no intent", "clinical/psychiatry-evaluation-2026-11-03.txt"),
        ("Psychotherapy course", "Cognitive processing therapy, 12 sessions completed", "clinical/therapy-summary-2026-10-28.txt"),
        ("Whose plan paid the 2025 trials", "dependent coverage through her father, Tomas Lindqvist", "other/prior-plan-pharmacy-history.txt"),
        ("Representative named", "name my mother, Renata Ferreira, as my authorized", "other/representative-authorization-2026-11-20.txt"),
    ],
))

# ---------------------------------------------------------------- case 03
CASES.append(dict(
    n="03",
    slug="fehb-spravato-contraindication-aaa-misread-screening-ultrasound-normal-lithium-stopped-tremor-vortioxetine-continued-spouse",
    title="FEHB: Spravato denied for 'abdominal aortic aneurysm'; the record shows a normal AAA screening ultrasound",
    yaml="""# FICTIONAL CASE (set 79, case 03) - every person, plan, provider, number and address is invented.
# FEHB High Option, Maryland. Spravato denied as contraindicated: "problem list shows AAA". The entry is an AAA
# SCREENING, ultrasound 03/18/2025: aorta 2.1 cm, no aneurysm. Lithium augmentation stopped after 5 weeks for tremor
# (intolerance, level 0.7). Vortioxetine continued with Spravato. Wife writes (representative, signed authorization).
patient:
  name: Gideon Marchetti-Oyelaran
  salutation: Mr. Marchetti-Oyelaran
  date_of_birth: 1964-08-30
  member_id: FICT-CFH-R21908457
  address: |-
    77 Tidewater Lane
    Annapolis, MD 21401
  phone: (410) 555-0121
insurer:
  name: Chesapeake Federal Health Benefit Plan, High Option (FICTIONAL)
  appeals_address: |-
    Chesapeake Federal Health Benefit Plan Reconsiderations (FICTIONAL)
    PO Box 31877
    Baltimore, MD 21203
  fax: (410) 555-0169
claim:
  number: CFH-PA-26-1030-5518
  plan_type: fehb
  notice_date: 2026-10-30
  appeal_deadline: 2027-04-30
  deadline_basis: 6 months from the date of the carrier's decision (brochure Section 8, Step 1; 5 CFR 890.105).
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Esketamine is contraindicated for this member. The problem list shows AAA. Criterion 5 of CP-ESK-3 (no
    aneurysmal vascular disease) is not met.
  denial_category: medical_necessity
  action: none
  corrections:
    - said: The problem list shows AAA.
      record: >-
        The entry reads "AAA screening": an abdominal aortic ultrasound on 03/18/2025 measured the aorta at 2.1 cm,
        normal, with no aneurysm; there is no aneurysmal vascular disease.
      file: clinical/aorta-ultrasound-2025-03-18.txt
      page: 1
treatment:
  name: Spravato (esketamine) nasal spray, induction and maintenance
  summary: Esketamine with vortioxetine for treatment-resistant depression after four failed trials.
  alongside: vortioxetine 20 mg daily
clinical:
  history:
    - drug: sertraline
      dose: 200 mg daily
      start: 2022-02
      end: 2022-04
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      evidence: {file: clinical/psychiatry-note-2026-10-14.txt, page: 1}
    - drug: bupropion XL
      dose: 450 mg daily
      start: 2022-06
      end: 2022-09
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      evidence: {file: clinical/psychiatry-note-2026-10-14.txt, page: 1}
    - drug: venlafaxine XR
      dose: 225 mg daily
      start: 2023-01
      end: 2025-11
      kind: antidepressant
      adequate: true
      failed: true
      response: lost
      outcome: Response in 2023, lost by 2025 despite 225 mg; tapered off November 2025
      evidence: {file: clinical/psychiatry-note-2026-10-14.txt, page: 1}
    - drug: lithium
      dose: 600 mg daily (level 0.7)
      start: 2026-01
      end: 2026-02
      weeks: 5
      kind: augmentation
      adequate: false
      outcome: Stopped after 5 weeks for coarse tremor (intolerance), level 0.7
      evidence: {file: clinical/psychiatry-note-2026-10-14.txt, page: 1}
    - drug: vortioxetine
      dose: 20 mg daily
      start: 2025-12
      kind: antidepressant
      ongoing: true
      response: none
      outcome: No meaningful response at 20 mg since December 2025; continued as the oral antidepressant with esketamine
      evidence: {file: clinical/psychiatry-note-2026-10-14.txt, page: 1}
  severity: MADRS 34 on 10/14/2026
  severity_date: 2026-10-14
  suicidality: none
  suicidality_date: 2026-10-14
  exclusions: No aneurysmal vascular disease (aortic ultrasound 03/18/2025 normal); blood pressure 128/78; no psychosis; no substance use disorder.
payer_criteria:
  - criterion: "5. No aneurysmal vascular disease (including thoracic and abdominal aorta, intracranial and peripheral arterial vessels) or arteriovenous malformation."
    how_met: The 03/18/2025 abdominal aortic ultrasound measured 2.1 cm, normal, no aneurysm; no other vascular disease is recorded.
    met: true
    evidence: {file: clinical/aorta-ultrasound-2025-03-18.txt, page: 1}
plan_policy:
  name: Chesapeake Federal Clinical Policy for Esketamine
  number: CP-ESK-3
  quote: >-
    5. No aneurysmal vascular disease (including thoracic and abdominal aorta, intracranial and peripheral arterial
    vessels) or arteriovenous malformation.
  file: denial/precertification-denial-2026-10-30.txt
author:
  name: Philippa Marchetti
  relation: representative
  role: Wife, authorized representative
  address: |-
    77 Tidewater Lane
    Annapolis, MD 21401
  phone: (410) 555-0122
  email: pmarchetti@mail.example
  authorization: other/authorization-2026-11-12.txt
provider:
  name: Dr. Sunniva Okonkwo-Berg
  credentials: MD, psychiatrist
  npi: "@N3@"
  address: |-
    1400 Forest Drive
    Annapolis, MD 21403
  phone: (410) 555-0151
record_dates:
  - file: clinical/psychiatry-note-2026-10-14.txt
    date: 2026-10-14
  - file: clinical/aorta-ultrasound-2025-03-18.txt
    date: 2025-03-18
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/precertification-denial-2026-10-30.txt": """CHESAPEAKE FEDERAL HEALTH BENEFIT PLAN (FICTIONAL) - PRECERTIFICATION DECISION
Date: 10/30/2026
Member: Gideon Marchetti-Oyelaran   Member ID: FICT-CFH-R21908457   High Option, Self and Spouse
Reference: CFH-PA-26-1030-5518   Service: esketamine nasal spray (J0013)
Prescriber: Sunniva Okonkwo-Berg, MD (NPI @N3@)
Decision: not approved. Esketamine is contraindicated for this member. The problem list shows AAA. Criterion 5 of
CP-ESK-3 (no aneurysmal vascular disease) is not met.
CP-ESK-3 criterion 5: No aneurysmal vascular disease (including thoracic and abdominal aorta, intracranial and
peripheral arterial vessels) or arteriovenous malformation.
You may ask us to reconsider within 6 months from the date of this decision (brochure Section 8).""",
        "clinical/psychiatry-note-2026-10-14.txt": """BAYSIDE PSYCHIATRY (FICTIONAL) - PROGRESS NOTE
Date: 10/14/2026
Patient: Gideon Marchetti-Oyelaran   DOB: 08/30/1964
Psychiatrist: Sunniva Okonkwo-Berg, MD
Problem list: major depressive disorder, recurrent, severe (F33.2); hypertension, controlled; AAA screening
(ultrasound 03/18/2025: normal).
Trials: sertraline 200 mg 8 weeks, no response (2022); bupropion XL 450 mg 10 weeks, no response (2022);
venlafaxine XR 225 mg from 2023, response lost by 2025, tapered off November 2025; lithium 600 mg added January
2026, level 0.7, stopped after 5 weeks for coarse tremor; vortioxetine 20 mg since December 2025, no meaningful
response, continue.
Today: MADRS 34. BP 128/78. No suicidal ideation. No psychosis. No substance use.
Wife Philippa present; she drives him to appointments.
Plan: esketamine nasal spray with vortioxetine 20 mg; REMS-certified site; BP before and after each dose.""",
        "clinical/aorta-ultrasound-2025-03-18.txt": """ANNE ARUNDEL IMAGING (FICTIONAL) - ULTRASOUND REPORT
Date: 03/18/2025
Patient: Gideon Marchetti-Oyelaran   DOB: 08/30/1964
Exam: abdominal aortic aneurysm screening ultrasound. Ordered by Marguerite Tillman-Ashe, MD (primary care).
Findings: maximum infrarenal aortic diameter 2.1 cm. No aneurysm.
Impression: normal abdominal aorta. No aneurysm. Radiologist: Franz Oyeleke, MD.""",
        "other/authorization-2026-11-12.txt": """AUTHORIZATION TO ACT FOR ME
Date: 11/12/2026
I, Gideon Marchetti-Oyelaran (member ID FICT-CFH-R21908457), authorize my wife, Philippa Marchetti, to ask the
Chesapeake Federal Health Benefit Plan to reconsider reference CFH-PA-26-1030-5518 and to ask OPM to review it,
and to receive my health information for that purpose.
Signed: Gideon Marchetti-Oyelaran""",
    },
    truth="""## What is true
- Mr. Marchetti-Oyelaran has **FEHB** High Option. Precertification for Spravato denied **10/30/2026** under CP-ESK-3
  criterion 5 because "the problem list shows AAA".
- The record: "AAA **screening** (ultrasound 03/18/2025: normal)"; the ultrasound measured **2.1 cm, no aneurysm**.
  The denial misreads the record; there is no aneurysmal vascular disease. BP 128/78 (controlled hypertension).
- History: sertraline 200 mg 8 wk none; bupropion XL 450 mg 10 wk none; venlafaxine XR 225 mg response **lost**,
  tapered off 11/2025; **lithium augmentation stopped after 5 weeks for tremor** (level 0.7: intolerance, not an
  adequate trial); **vortioxetine 20 mg ongoing**, continued with Spravato.
- **MADRS 34 on 10/14/2026**; no suicidal ideation.
- Author: **wife** as authorized representative (11/12/2026). Level: carrier reconsideration; **by 04/30/2027**
  (6 months); then OPM.

## Deliberately unknown
- Whether the plan reviewed anything but the problem list; the reviewer's name (not on the notice).
- Any other CP-ESK-3 criterion: the decision names only criterion 5.

## Traps
- "AAA" is a screening entry, not a diagnosis: a letter that says he "had an aneurysm repaired" or "a small
  aneurysm" is false.
- Lithium is an intolerance after 5 weeks, not a failed adequate augmentation trial.
- Venlafaxine gave a response that was lost: not "no response".
- Vortioxetine continues: no end date.
- Spravato's label allows TRD monotherapy since 2025; the oral antidepressant is the prescriber's choice here, not
  a label requirement.
- Hypertension is present but controlled: not "no hypertension".
- FEHB: no ERISA, no ACA external review, no state insurance department.

## Arguments a strong letter makes
1. Correct the misreading with the ultrasound (2.1 cm, no aneurysm): criterion 5 is met.
2. The contraindication was the only ground; ask the carrier to approve.
3. Set out the history accurately (four antidepressants, lithium intolerance), MADRS 34, BP monitoring at the REMS site.
4. Name OPM review as the next step if upheld.

## What a letter must NOT say
- That he has or had an aneurysm, or that an aneurysm was "small" or "stable".
- "failed lithium augmentation at an adequate dose"; "vortioxetine was discontinued".
- 29 CFR 2560.503-1; 45 CFR 147.136; "external review".
""",
    answers=[
        ("Decision date", "Date: 10/30/2026", "denial/precertification-denial-2026-10-30.txt"),
        ("Reference number", "CFH-PA-26-1030-5518", "denial/precertification-denial-2026-10-30.txt"),
        ("The denial's ground", "The problem list shows AAA", "denial/precertification-denial-2026-10-30.txt"),
        ("Criterion applied", "Criterion 5 of CP-ESK-3", "denial/precertification-denial-2026-10-30.txt"),
        ("Window", "within 6 months from the date of this decision", "denial/precertification-denial-2026-10-30.txt"),
        ("What the problem list entry says", "AAA screening (ultrasound 03/18/2025: normal)", "clinical/psychiatry-note-2026-10-14.txt"),
        ("Aortic diameter", "maximum infrarenal aortic diameter 2.1 cm. No aneurysm", "clinical/aorta-ultrasound-2025-03-18.txt"),
        ("Ultrasound date", "Date: 03/18/2025", "clinical/aorta-ultrasound-2025-03-18.txt"),
        ("Lithium outcome", "stopped after 5 weeks for coarse tremor", "clinical/psychiatry-note-2026-10-14.txt"),
        ("Lithium level", "level 0.7", "clinical/psychiatry-note-2026-10-14.txt"),
        ("Venlafaxine outcome", "response lost by 2025, tapered off November 2025", "clinical/psychiatry-note-2026-10-14.txt"),
        ("Current oral antidepressant", "vortioxetine 20 mg since December 2025, no meaningful", "clinical/psychiatry-note-2026-10-14.txt"),
        ("Severity", "MADRS 34", "clinical/psychiatry-note-2026-10-14.txt"),
        ("Blood pressure", "BP 128/78", "clinical/psychiatry-note-2026-10-14.txt"),
        ("Primary care physician who ordered the scan", "Marguerite Tillman-Ashe, MD", "clinical/aorta-ultrasound-2025-03-18.txt"),
        ("Who is authorized", "my wife, Philippa Marchetti", "other/authorization-2026-11-12.txt"),
    ],
))

# ---------------------------------------------------------------- case 04
CASES.append(dict(
    n="04",
    slug="medicare-advantage-tms-contraindication-deep-brain-stimulator-pages-belonged-to-another-patient-lorazepam-mirtazapine-sleep-doses-patient",
    title="Medicare Advantage: TMS denied for a 'deep brain stimulator' found on two faxed pages that belonged to another patient",
    yaml="""# FICTIONAL CASE (set 79, case 04) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Minnesota. Pre-service TMS denied under internal policy MA-TMS-11: "records show a deep
# brain stimulator implanted in 2021 (neurology records, pages 4-5)". The neurology clinic's corrected fax says
# pages 4-5 belonged to another patient; she has no implanted device (MRI 2024). Patient writes ("I").
patient:
  name: Perpetua Lindahl-Osei
  salutation: Mrs. Lindahl-Osei
  date_of_birth: 1952-01-19
  member_id: FICT-NSM-52011933
  address: |-
    3120 Lake Harriet Parkway
    Minneapolis, MN 55409
  phone: (612) 555-0117
  email: plindahl@mail.example
insurer:
  name: North Star Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    North Star Medicare Advantage Appeals and Grievances (FICTIONAL)
    PO Box 4480
    Minneapolis, MN 55440
  fax: (612) 555-0168
claim:
  number: NSM-ORG-26-1124-2093
  plan_type: medicare_advantage
  notice_date: 2026-11-24
  appeal_deadline: 2027-01-28
  deadline_basis: 65 days from the date of the organization determination notice (42 CFR 422.582(b)).
  sessions: 36
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    TMS is contraindicated. The records show a deep brain stimulator implanted in 2021 (neurology records, pages
    4-5). MA-TMS-11 excludes members with implanted stimulators or metal in or near the head.
  denial_category: medical_necessity
  reviewer: {name: Dr. Colette Brandvold, specialty: internal medicine}
  action: none
  corrections:
    - said: The records show a deep brain stimulator implanted in 2021 (neurology records, pages 4-5).
      record: >-
        Pages 4 and 5 of the neurology clinic's fax of 11/12/2026 belonged to another patient; the clinic's
        corrected letter of 11/30/2026 says I have no implanted device, and my brain MRI of
        06/11/2024 shows no metal or device.
      file: [other/neurology-correction-letter-2026-11-30.txt, clinical/mri-brain-2024-06-11.txt]
      page: 1
treatment:
  name: Transcranial magnetic stimulation, 36 sessions
  summary: TMS for severe recurrent depression in a 74-year-old after failed antidepressant trials.
  plan: 36 sessions over 7 weeks; PHQ-9 weekly; lorazepam to be tapered before the course; continue venlafaxine.
  alongside: venlafaxine XR 150 mg daily
clinical:
  history:
    - drug: citalopram
      dose: 20 mg daily
      start: 2024-01
      end: 2024-03
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-05.txt, page: 1}
    - drug: bupropion XL
      dose: 300 mg daily
      start: 2024-04
      end: 2024-07
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-05.txt, page: 1}
    - drug: nortriptyline
      dose: 75 mg daily (level 92)
      start: 2024-09
      end: 2024-11
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      outcome: Partial response after 8 weeks; stopped for orthostatic hypotension with a fall
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-05.txt, page: 1}
    - drug: venlafaxine XR
      dose: 150 mg daily
      start: 2025-02
      kind: antidepressant
      ongoing: true
      response: none
      outcome: No response since February 2025 at 150 mg (higher doses raised blood pressure); continued during TMS
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-05.txt, page: 1}
    - drug: mirtazapine
      dose: 7.5 mg at bedtime for sleep and appetite
      start: 2025-06
      kind: other
      ongoing: true
      outcome: Low bedtime dose for sleep and appetite; not an antidepressant trial
    - drug: lorazepam
      dose: 0.5 mg at bedtime
      start: 2025-06
      kind: other
      ongoing: true
      outcome: For sleep; to be tapered before TMS
  severity: PHQ-9 19 on 11/05/2026
  severity_date: 2026-11-05
  suicidality: none
  suicidality_date: 2026-11-05
  exclusions: No implanted device or metal in or near the head (brain MRI 06/11/2024); no seizure history.
payer_criteria:
  - criterion: "Exclusion 2. Implanted stimulators, cochlear implants or other metal in or near the head."
    how_met: I have no implanted device; the pages showing a stimulator were another patient's (neurology clinic letter of 11/30/2026; MRI 06/11/2024).
    met: true
    evidence: {file: other/neurology-correction-letter-2026-11-30.txt, page: 1}
plan_policy:
  name: North Star Medicare Advantage internal coverage policy for TMS
  number: MA-TMS-11
  quote: >-
    Exclusion 2. Implanted stimulators, cochlear implants or other metal in or near the head.
  file: denial/organization-determination-2026-11-24.txt
author:
  name: Perpetua Lindahl-Osei
  relation: patient
  role: Patient
provider:
  name: Dr. Augustin Ferreira-Haugen
  credentials: MD, geriatric psychiatrist
  npi: "@N4@"
  address: |-
    800 East 28th Street
    Minneapolis, MN 55407
  phone: (612) 555-0153
record_dates:
  - file: clinical/geriatric-psychiatry-note-2026-11-05.txt
    date: 2026-11-05
  - file: clinical/mri-brain-2024-06-11.txt
    date: 2024-06-11
  - file: other/neurology-correction-letter-2026-11-30.txt
    date: 2026-11-30
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/organization-determination-2026-11-24.txt": """NORTH STAR MEDICARE ADVANTAGE HMO (FICTIONAL) - NOTICE OF DENIAL OF MEDICAL COVERAGE
Date of notice: 11/24/2026
Member: Perpetua Lindahl-Osei   Member ID: FICT-NSM-52011933
Reference: NSM-ORG-26-1124-2093   Service requested: TMS, 36 sessions (90867, 90868)
Requesting provider: Augustin Ferreira-Haugen, MD (NPI @N4@)
We denied this request. TMS is contraindicated. The records show a deep brain stimulator implanted in 2021
(neurology records, pages 4-5). MA-TMS-11 excludes members with implanted stimulators or metal in or near the head.
MA-TMS-11 Exclusion 2: Implanted stimulators, cochlear implants or other metal in or near the head.
Reviewed by: Colette Brandvold, MD, internal medicine.
You may ask for a reconsideration within 65 days of the date of this notice. Fax (612) 555-0168.""",
        "clinical/geriatric-psychiatry-note-2026-11-05.txt": """LAKE STREET GERIATRIC PSYCHIATRY (FICTIONAL) - PROGRESS NOTE
Date: 11/05/2026
Patient: Perpetua Lindahl-Osei   DOB: 01/19/1952   Age 74
Psychiatrist: Augustin Ferreira-Haugen, MD
Her husband Walter came with her today.
Trials: citalopram 20 mg 8 weeks (maximum dose for her age), no response; bupropion XL 300 mg 10 weeks, no
response; nortriptyline 75 mg (level 92) 8 weeks, partial response, stopped for orthostatic hypotension with a fall;
venlafaxine XR 150 mg since February 2025, no response (higher doses raised blood pressure), continue.
Mirtazapine 7.5 mg at bedtime for sleep and appetite. Lorazepam 0.5 mg at bedtime for sleep - taper before TMS.
No implanted devices. No seizures. Brain MRI 06/11/2024 without metal or device.
Today: PHQ-9 19. No suicidal ideation. MoCA 27/30.
Plan: TMS, 36 sessions.""",
        "clinical/mri-brain-2024-06-11.txt": """MIDWEST IMAGING CENTER (FICTIONAL) - MRI BRAIN WITHOUT CONTRAST
Date: 06/11/2024
Patient: Perpetua Lindahl-Osei   DOB: 01/19/1952
Screening form: no implanted devices, no metal. Exam completed without incident.
Impression: mild chronic small vessel changes for age. No metallic artifact. No implanted device.""",
        "other/neurology-correction-letter-2026-11-30.txt": """LAKESIDE NEUROLOGY CLINIC (FICTIONAL) - CORRECTION OF RECORDS SENT
Date: 11/30/2026
To: North Star Medicare Advantage Utilization Management, fax (612) 555-0168
Re: Perpetua Lindahl-Osei, DOB 01/19/1952
Our fax of 11/12/2026 (6 pages) included pages 4 and 5 that belonged to another patient of our clinic. Please
destroy those pages. Mrs. Lindahl-Osei has no implanted device. She was seen here in 2025 for benign essential
tremor only.
Signed: Tamsin Okorafor-Lund, MD, neurology. Phone (612) 555-0159.""",
    },
    truth="""## What is true
- Mrs. Lindahl-Osei (74) has a **Medicare Advantage HMO**. Pre-service TMS denied **11/24/2026** under the plan's
  **internal** policy MA-TMS-11 exclusion 2, on "a deep brain stimulator implanted in 2021 (neurology records,
  pages 4-5)".
- **Pages 4 and 5 belonged to another patient** (Lakeside Neurology correction letter, 11/30/2026, Dr. Tamsin
  Okorafor-Lund). She has **no implanted device**; brain MRI **06/11/2024** shows no metal or device. She was seen
  in neurology for benign essential tremor only.
- History: citalopram 20 mg 8 wk (max for age) none; bupropion XL 300 mg 10 wk none; nortriptyline 75 mg (level
  92) 8 wk **partial**, stopped for orthostatic hypotension with a fall; **venlafaxine XR 150 mg ongoing**, no response.
  **Mirtazapine 7.5 mg** and **lorazepam 0.5 mg** at bedtime are for sleep (not trials); lorazepam to be tapered.
- **PHQ-9 19 on 11/05/2026**; no SI; MoCA 27/30.
- Reviewer: Colette Brandvold, MD, internal medicine.
- Patient writes ("I"). Level: plan reconsideration (pre-service), **by 01/28/2027** (65 days, 422.582(b)).

## Deliberately unknown
- Who the other patient is and what the pages said: the letter should not guess or describe them.
- Whether the plan has already received the clinic's correction (it was faxed to UM on 11/30/2026).

## Traps
- Her husband Walter is named in the psychiatry note; nothing says the pages were his - a letter must not say so
  or describe another person's device or diagnosis.
- "Tremor" in the neurology letter is benign essential tremor, not a seizure disorder or Parkinson's disease.
- Mirtazapine 7.5 mg is not an antidepressant trial; lorazepam is not a treatment trial.
- Nortriptyline gave a partial response: not "no response"; venlafaxine continues.
- Medicare Advantage internal criteria: limits in 42 CFR 422.101(b)(6); no ERISA, no state external review; next
  level the IRE (automatic if upheld).

## Arguments a strong letter makes
1. Correct the record: the pages were another patient's (clinic letter), no device (MRI) - the only ground falls.
2. The plan may apply internal criteria only within 422.101(b)(6); the exclusion does not fit her.
3. Ask for a physician reviewer with psychiatric expertise; note the plan's 30-day pre-service time.

## What a letter must NOT say
- That she has, had, or had removed any stimulator or implant; that the pages were her husband's.
- That she has a seizure disorder or Parkinson's disease.
- "Mrs. Lindahl-Osei has tried..." (she is the signer: "I").
- 29 CFR 2560.503-1, 45 CFR 147.136, parity.
""",
    answers=[
        ("Notice date", "Date of notice: 11/24/2026", "denial/organization-determination-2026-11-24.txt"),
        ("Reference", "NSM-ORG-26-1124-2093", "denial/organization-determination-2026-11-24.txt"),
        ("Ground", "The records show a deep brain stimulator implanted in 2021", "denial/organization-determination-2026-11-24.txt"),
        ("Reviewer", "Colette Brandvold, MD, internal medicine", "denial/organization-determination-2026-11-24.txt"),
        ("Window", "within 65 days of the date of this notice", "denial/organization-determination-2026-11-24.txt"),
        ("Whose pages 4-5 were", "pages 4 and 5 that belonged to another patient", "other/neurology-correction-letter-2026-11-30.txt"),
        ("Date of correction", "Date: 11/30/2026", "other/neurology-correction-letter-2026-11-30.txt"),
        ("Neurology diagnosis", "benign essential tremor only", "other/neurology-correction-letter-2026-11-30.txt"),
        ("MRI finding", "No metallic artifact. No implanted device", "clinical/mri-brain-2024-06-11.txt"),
        ("Nortriptyline outcome", "partial response, stopped for orthostatic hypotension with a fall", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
        ("Nortriptyline level", "nortriptyline 75 mg (level 92)", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
        ("Current antidepressant", "venlafaxine XR 150 mg since February 2025, no response", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
        ("Mirtazapine purpose", "Mirtazapine 7.5 mg at bedtime for sleep and appetite", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
        ("Lorazepam plan", "Lorazepam 0.5 mg at bedtime for sleep - taper before TMS", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
        ("Severity", "PHQ-9 19", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
        ("Citalopram dose note", "citalopram 20 mg 8 weeks (maximum dose for her age)", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
    ],
))

# ---------------------------------------------------------------- case 05
CASES.append(dict(
    n="05",
    slug="insured-employer-erisa-spravato-denial-used-august-phq9-11-october-phq9-20-faxed-before-decision-psychiatrist-consult-meets-criterion-pmhnp",
    title="Insured employer plan: Spravato denied on an August PHQ-9 of 11; the October PHQ-9 20 was faxed before the decision",
    yaml="""# FICTIONAL CASE (set 79, case 05) - every person, plan, provider, number and address is invented.
# Insured employer (ERISA) plan, Arizona, 900 employees. Spravato denied under RX-ESK-9: crit. 3 "most recent PHQ-9
# is 11 (08/21/2026)" and crit. 5 "prescriber is a nurse practitioner". The 10/27 note (PHQ-9 20, MADRS 32) was faxed
# 10/29 before the 11/09 decision; a psychiatrist consulted 10/20 (crit. 5 says "or in consultation with").
patient:
  name: Anneliese Mbatha-Kowalczyk
  salutation: Ms. Mbatha-Kowalczyk
  date_of_birth: 1988-06-04
  member_id: FICT-DCH-88060419
  address: |-
    5520 East Camelback Road, Unit 12
    Phoenix, AZ 85018
  phone: (602) 555-0119
insurer:
  name: Desert Crest Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Desert Crest Health Insurance Company, Member Appeals (FICTIONAL)
    PO Box 29015
    Phoenix, AZ 85038
  fax: (602) 555-0161
claim:
  number: DCH-RX-26-1109-7730
  plan_type: employer_erisa
  funding: insured
  employees: 900
  notice_date: 2026-11-09
  appeal_deadline: 2027-05-08
  deadline_basis: 180 days from the date of the notice (29 CFR 2560.503-1(h)(3)(i)); counted from the notice date as the safe date.
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Criteria 3 and 5 of RX-ESK-9 are not met. Criterion 3: the most recent PHQ-9 is 11 (08/21/2026), below 15.
    Criterion 5: the prescriber is a nurse practitioner, not a psychiatrist.
  denial_category: medical_necessity
  reviewer: {name: Dr. Rupert Vasilakis, specialty: internal medicine}
  action: none
  corrections:
    - said: the most recent PHQ-9 is 11 (08/21/2026), below 15.
      record: >-
        The most recent scores before the decision were PHQ-9 20 and MADRS 32 on 10/27/2026, in the note faxed to
        the plan with the request on 10/29/2026.
      file: [clinical/pmhnp-note-2026-10-27.txt, other/fax-report-2026-10-29.txt]
      page: 1
    - said: the prescriber is a nurse practitioner, not a psychiatrist.
      record: >-
        The criterion also accepts a prescriber acting in consultation with a psychiatrist; Dr. Tobias
        Engstrom-Nwosu, psychiatrist, saw her on 10/20/2026 and recommended esketamine.
      file: clinical/psychiatry-consultation-2026-10-20.txt
      page: 1
      leaves_out: true
treatment:
  name: Spravato (esketamine) nasal spray, 56 mg then 84 mg, induction
  summary: Esketamine with escitalopram for treatment-resistant depression after failed antidepressant and augmentation trials.
  alongside: escitalopram 20 mg daily
clinical:
  history:
    - drug: fluoxetine
      dose: 60 mg daily
      start: 2023-03
      end: 2023-06
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      evidence: {file: clinical/pmhnp-note-2026-10-27.txt, page: 1}
    - drug: desvenlafaxine
      dose: 100 mg daily
      start: 2024-01
      end: 2024-08
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      outcome: Partial response; bupropion added; stopped August 2024
      evidence: {file: clinical/pmhnp-note-2026-10-27.txt, page: 1}
    - drug: bupropion XL
      dose: 300 mg daily (added to desvenlafaxine)
      start: 2024-04
      end: 2024-08
      weeks: 16
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: Added to desvenlafaxine for 16 weeks without further benefit
      evidence: {file: clinical/pmhnp-note-2026-10-27.txt, page: 1}
    - drug: aripiprazole
      dose: 5 mg daily (added to escitalopram)
      start: 2025-10
      end: 2025-12
      weeks: 7
      kind: augmentation
      adequate: true
      failed: true
      response: none
      evidence: {file: clinical/pmhnp-note-2026-10-27.txt, page: 1}
    - drug: escitalopram
      dose: 20 mg daily
      start: 2025-05
      kind: antidepressant
      ongoing: true
      response: partial
      outcome: Brief partial response in summer 2026 (PHQ-9 11 on 08/21/2026), relapse by October (PHQ-9 20); continued
      evidence: {file: clinical/pmhnp-note-2026-10-27.txt, page: 1}
    - drug: trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-05
      kind: other
      ongoing: true
      outcome: Sleep dose; not an antidepressant trial
  severity: PHQ-9 20 and MADRS 32 on 10/27/2026
  severity_date: 2026-10-27
  suicidality: none
  suicidality_date: 2026-10-27
payer_criteria:
  - criterion: "3. A current PHQ-9 of 15 or more, or MADRS of 28 or more, within 30 days of the request."
    how_met: PHQ-9 20 and MADRS 32 on 10/27/2026, two days before the request of 10/29/2026.
    met: true
    evidence: {file: clinical/pmhnp-note-2026-10-27.txt, page: 1}
  - criterion: "5. Prescribed by, or in consultation with, a psychiatrist."
    how_met: Psychiatric consultation by Dr. Tobias Engstrom-Nwosu on 10/20/2026 recommending esketamine.
    met: true
    evidence: {file: clinical/psychiatry-consultation-2026-10-20.txt, page: 1}
plan_policy:
  name: Desert Crest Pharmacy Policy, Esketamine
  number: RX-ESK-9
  quote: >-
    3. A current PHQ-9 of 15 or more, or MADRS of 28 or more, within 30 days of the request. 5. Prescribed by, or in
    consultation with, a psychiatrist.
  file: denial/denial-letter-2026-11-09.txt
employer:
  name: Saguaro Freight Lines, Benefits Office (FICTIONAL)
author:
  name: Rosalie Quenneville-Adebayo
  relation: prescriber
  role: Psychiatric-mental health nurse practitioner (PMHNP-BC), treating prescriber
  address: |-
    Camelback Behavioral Health (FICTIONAL)
    4410 North 40th Street, Suite 300
    Phoenix, AZ 85018
  phone: (602) 555-0146
  authorization: other/patient-consent-2026-11-16.txt
provider:
  name: Rosalie Quenneville-Adebayo
  credentials: DNP, PMHNP-BC
  npi: "@N5@"
  address: |-
    4410 North 40th Street, Suite 300
    Phoenix, AZ 85018
  phone: (602) 555-0146
record_dates:
  - file: clinical/pmhnp-note-2026-10-27.txt
    date: 2026-10-27
    sent: 2026-10-29
    sent_proof: other/fax-report-2026-10-29.txt
  - file: clinical/psychiatry-consultation-2026-10-20.txt
    date: 2026-10-20
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/denial-letter-2026-11-09.txt": """DESERT CREST HEALTH INSURANCE COMPANY (FICTIONAL) - PRIOR AUTHORIZATION DENIAL
Date: 11/09/2026
Member: Anneliese Mbatha-Kowalczyk   Member ID: FICT-DCH-88060419
Group: Saguaro Freight Lines (FICTIONAL), insured group plan
Reference: DCH-RX-26-1109-7730   Drug: esketamine nasal spray (J0013)
Prescriber: Rosalie Quenneville-Adebayo, DNP, PMHNP-BC (NPI @N5@)
Decision: denied. Criteria 3 and 5 of RX-ESK-9 are not met. Criterion 3: the most recent PHQ-9 is 11 (08/21/2026),
below 15. Criterion 5: the prescriber is a nurse practitioner, not a psychiatrist.
RX-ESK-9: 3. A current PHQ-9 of 15 or more, or MADRS of 28 or more, within 30 days of the request. 5. Prescribed by,
or in consultation with, a psychiatrist.
Reviewer: Rupert Vasilakis, MD, internal medicine.
You may appeal within 180 days of receiving this notice. Fax (602) 555-0161.""",
        "clinical/pmhnp-note-2026-10-27.txt": """CAMELBACK BEHAVIORAL HEALTH (FICTIONAL) - PROGRESS NOTE
Date: 10/27/2026
Patient: Anneliese Mbatha-Kowalczyk   DOB: 06/04/1988
Prescriber: Rosalie Quenneville-Adebayo, DNP, PMHNP-BC
Trials: fluoxetine 60 mg 12 weeks, no response (2023); desvenlafaxine 100 mg with partial response, bupropion XL
300 mg added for 16 weeks without further benefit (2024); escitalopram 20 mg since May 2025, brief partial response
in summer 2026 (PHQ-9 11 on 08/21/2026), relapse since September; aripiprazole 5 mg added 7 weeks, no response
(October-December 2025). Trazodone 50 mg at bedtime for sleep.
Today: PHQ-9 20, MADRS 32. No suicidal ideation. Missed 9 workdays in October.
Her sister Johanna drives her to visits.
Plan: esketamine with escitalopram 20 mg, per Dr. Engstrom-Nwosu's consultation of 10/20/2026.""",
        "clinical/psychiatry-consultation-2026-10-20.txt": """PSYCHIATRIC CONSULTATION
Date: 10/20/2026
Patient: Anneliese Mbatha-Kowalczyk   Referred by: Rosalie Quenneville-Adebayo, PMHNP-BC
Consultant: Tobias Engstrom-Nwosu, MD, psychiatrist
Treatment-resistant depression. Recommend esketamine nasal spray with escitalopram; PMHNP to prescribe and
follow, with my consultation as needed.""",
        "other/fax-report-2026-10-29.txt": """FAX TRANSMISSION REPORT
Date: 10/29/2026 09:14
From: Camelback Behavioral Health (FICTIONAL), (602) 555-0147
To: Desert Crest Pharmacy Prior Authorization, (602) 555-0165
Pages: 7   Result: OK
Contents listed on cover: prior authorization request for esketamine; progress note 10/27/2026; psychiatric
consultation 10/20/2026.""",
        "other/patient-consent-2026-11-16.txt": """CONSENT TO APPEAL ON MY BEHALF
Date: 11/16/2026
I, Anneliese Mbatha-Kowalczyk (member ID FICT-DCH-88060419), ask Rosalie Quenneville-Adebayo, PMHNP-BC, to appeal
reference DCH-RX-26-1109-7730 for me and consent to release of my records to Desert Crest for it.
Signed: Anneliese Mbatha-Kowalczyk""",
    },
    truth="""## What is true
- Ms. Mbatha-Kowalczyk has an **insured employer (ERISA) plan** (Saguaro Freight Lines, 900 employees). Spravato
  denied **11/09/2026** under RX-ESK-9 criteria 3 and 5.
- Criterion 3: the denial used **PHQ-9 11 of 08/21/2026** (a brief partial response); the latest scores were
  **PHQ-9 20 and MADRS 32 on 10/27/2026**, two days before the request, in the note **faxed 10/29/2026** (fax report
  OK, 7 pages) - before the decision. Met.
- Criterion 5 reads "prescribed by, **or in consultation with**, a psychiatrist": Dr. Tobias Engstrom-Nwosu
  consulted **10/20/2026**. Met. (The denial's words about the prescriber are true as far as they go.)
- History: fluoxetine 60 mg 12 wk none; desvenlafaxine partial + **bupropion added** 16 wk (an antidepressant
  combination); aripiprazole 5 mg **augmentation** 7 wk none; **escitalopram 20 mg ongoing**, continued with
  Spravato. Trazodone 50 mg is a sleep dose.
- No suicidal ideation. Author: the **treating PMHNP** (prescriber, not a physician), with the patient's consent.
- Deadline **05/08/2027** (180 days; counted from the notice as the safe date).

## Deliberately unknown
- The date she received the notice.
- Whether the plan's reviewer saw the 10/29 fax (no plan acknowledgment: only the sender's report).

## Traps
- The PMHNP must not write as "physician" or "Dr.".
- Do not call the PHQ-9 11 "remission" or deny it: it was a brief partial response, then relapse.
- Escitalopram continues; bupropion was added to desvenlafaxine (antidepressant, not an antipsychotic augmentation).
- The consultation does not make the psychiatrist the prescriber.
- Sister Johanna is named only as a driver.

## Arguments a strong letter makes
1. Criterion 3 is met by the 10/27/2026 scores, which were faxed before the decision (fax report) and were not weighed.
2. Criterion 5 is met by the consultation; the criterion's own words accept it.
3. Ask for a psychiatric reviewer (reviewer was internal medicine); ERISA rights: claim file, names of experts.

## What a letter must NOT say
- "Dr. Quenneville-Adebayo" or "as her physician"; that the psychiatrist prescribed.
- That the plan "received" the fax (only sending is proven).
- That escitalopram was stopped; that trazodone was a trial.
""",
    answers=[
        ("Decision date", "Date: 11/09/2026", "denial/denial-letter-2026-11-09.txt"),
        ("Reference", "DCH-RX-26-1109-7730", "denial/denial-letter-2026-11-09.txt"),
        ("Score the denial used", "the most recent PHQ-9 is 11 (08/21/2026)", "denial/denial-letter-2026-11-09.txt"),
        ("Reviewer", "Rupert Vasilakis, MD, internal medicine", "denial/denial-letter-2026-11-09.txt"),
        ("Criterion 5 wording", "Prescribed by, or in consultation with, a psychiatrist", "denial/denial-letter-2026-11-09.txt"),
        ("Latest scores", "Today: PHQ-9 20, MADRS 32", "clinical/pmhnp-note-2026-10-27.txt"),
        ("Date of latest scores", "Date: 10/27/2026", "clinical/pmhnp-note-2026-10-27.txt"),
        ("When the note was faxed", "Date: 10/29/2026 09:14", "other/fax-report-2026-10-29.txt"),
        ("Fax result", "Pages: 7   Result: OK", "other/fax-report-2026-10-29.txt"),
        ("Consulting psychiatrist", "Tobias Engstrom-Nwosu, MD, psychiatrist", "clinical/psychiatry-consultation-2026-10-20.txt"),
        ("Consultation date", "Date: 10/20/2026", "clinical/psychiatry-consultation-2026-10-20.txt"),
        ("Augmentation trial", "aripiprazole 5 mg added 7 weeks, no response", "clinical/pmhnp-note-2026-10-27.txt"),
        ("Bupropion", "bupropion XL 300 mg added for 16 weeks without further benefit", "clinical/pmhnp-note-2026-10-27.txt"),
        ("Escitalopram course", "brief partial response in summer 2026 (PHQ-9 11 on 08/21/2026), relapse since September", "clinical/pmhnp-note-2026-10-27.txt"),
        ("Work impact", "Missed 9 workdays in October", "clinical/pmhnp-note-2026-10-27.txt"),
        ("Trazodone", "Trazodone 50 mg at bedtime for sleep", "clinical/pmhnp-note-2026-10-27.txt"),
    ],
))

# ---------------------------------------------------------------- case 06
CASES.append(dict(
    n="06",
    slug="church-plan-iv-ketamine-phantom-limb-pain-gabapentin-and-pregabalin-tried-nortriptyline-50-analgesic-trial-amitriptyline-10-sleep-advocate",
    title="Church plan: IV ketamine for phantom limb pain denied as 'no gabapentinoid; TCA only amitriptyline 10 mg'",
    yaml="""# FICTIONAL CASE (set 79, case 06) - every person, plan, provider, number and address is invented.
# Church plan (self-funded, not grandfathered, 2,200 employees), Kentucky. Outpatient IV ketamine for phantom limb
# pain denied under MP-PAIN-KET-4 crit. 2: "no gabapentinoid tried; TCA was amitriptyline 10 mg only". Record:
# gabapentin 2,400 mg/day 12 wk no benefit; pregabalin stopped for edema (intolerance); nortriptyline 50 mg 8 wk no
# benefit; amitriptyline 10 mg is a sleep dose. Duloxetine and tramadol continue. Nonprofit advocate writes.
patient:
  name: Bartholomew Nakagawa-Ferris
  salutation: Mr. Nakagawa-Ferris
  date_of_birth: 1972-10-02
  member_id: FICT-CMB-72100288
  address: |-
    16 Limestone Court
    Lexington, KY 40503
  phone: (859) 555-0124
insurer:
  name: Covenant Ministries Benefit Trust (FICTIONAL)
  appeals_address: |-
    Covenant Ministries Benefit Trust, Claims Appeals (FICTIONAL)
    PO Box 11850
    Louisville, KY 40251
  fax: (502) 555-0167
claim:
  number: CMB-UM-26-1117-3306
  plan_type: church
  funding: self_funded
  grandfathered: false
  employees: 2200
  notice_date: 2026-11-17
  appeal_deadline: 2027-05-16
  deadline_basis: 180 days from the notice (plan document Article 11.2; 26 CFR 54.9815-2719), counted from the notice date as the safe date.
  sessions: 6
  procedure_codes: ["96365", "96366", J3490]
  diagnosis_codes: [G54.6]
  denial_reason: >-
    Criterion 2 of MP-PAIN-KET-4 is not met. The member has not tried a gabapentinoid. The tricyclic trial was
    amitriptyline 10 mg only, below an analgesic dose.
  denial_category: medical_necessity
  reviewer: {name: Dr. Hollis Trevanian, specialty: anesthesiology}
  action: none
  corrections:
    - said: The member has not tried a gabapentinoid.
      record: >-
        Gabapentin 2,400 mg a day for 12 weeks in 2024 gave no benefit, and pregabalin 150 mg twice a day was stopped
        after 4 weeks in 2025 for leg edema and dizziness.
      file: clinical/pain-clinic-note-2026-11-02.txt
      page: 1
    - said: The tricyclic trial was amitriptyline 10 mg only, below an analgesic dose.
      record: >-
        Amitriptyline 10 mg is a bedtime dose for sleep; the tricyclic trial was nortriptyline 50 mg for 8 weeks in
        2025, without benefit.
      file: clinical/pain-clinic-note-2026-11-02.txt
      page: 1
treatment:
  name: Outpatient IV ketamine infusions for phantom limb pain, 6 infusions
  summary: Six low-dose IV ketamine infusions for refractory phantom limb pain after failed gabapentinoid, tricyclic and SNRI treatment.
  plan: Six infusions of 0.5 mg/kg over 4 hours across 2 weeks; pain scores before and after; stop if no 30% reduction after infusion 4.
  alongside: duloxetine 60 mg daily
clinical:
  history:
    - drug: gabapentin
      dose: 2,400 mg daily
      start: 2024-02
      end: 2024-05
      weeks: 12
      adequate: true
      failed: true
      response: none
      outcome: No benefit after 12 weeks at 2,400 mg a day
      evidence: {file: clinical/pain-clinic-note-2026-11-02.txt, page: 1}
    - drug: pregabalin
      dose: 150 mg twice daily
      start: 2025-02
      end: 2025-03
      weeks: 4
      adequate: false
      outcome: Stopped after 4 weeks for leg edema and dizziness (intolerance)
      evidence: {file: clinical/pain-clinic-note-2026-11-02.txt, page: 1}
    - drug: nortriptyline
      dose: 50 mg at bedtime
      start: 2025-06
      end: 2025-08
      weeks: 8
      adequate: true
      failed: true
      response: none
      outcome: No benefit after 8 weeks at 50 mg
      evidence: {file: clinical/pain-clinic-note-2026-11-02.txt, page: 1}
    - drug: duloxetine
      dose: 60 mg daily
      start: 2025-09
      ongoing: true
      response: partial
      outcome: Partial benefit (pain 8 to 6 of 10 for about two months, back to 8); continued
      evidence: {file: clinical/pain-clinic-note-2026-11-02.txt, page: 1}
    - drug: tramadol
      dose: 50 mg up to twice daily as needed
      start: 2024-09
      ongoing: true
      outcome: Continued at the same dose under a pain agreement
    - drug: amitriptyline
      dose: 10 mg at bedtime for sleep
      start: 2025-10
      kind: other
      ongoing: true
      outcome: Sleep dose; not an analgesic trial
    - drug: physical therapy with mirror therapy
      sessions: 16
      start: 2024-06
      end: 2024-09
      failed: true
      response: none
      outcome: 16 sessions completed without lasting benefit
      evidence: {file: clinical/pain-clinic-note-2026-11-02.txt, page: 1}
  severity: Pain 8 of 10 (numeric rating scale) on 11/02/2026; Brief Pain Inventory interference 7.4
  severity_date: 2026-11-02
payer_criteria:
  - criterion: "2. Failure or intolerance of (a) a gabapentinoid (gabapentin or pregabalin) and (b) a tricyclic antidepressant at an analgesic dose (for example nortriptyline or amitriptyline 25 mg or more) for at least 6 weeks, or an SNRI."
    how_met: Gabapentin 2,400 mg a day 12 weeks without benefit and pregabalin stopped for edema; nortriptyline 50 mg for 8 weeks without benefit; duloxetine 60 mg, partial benefit only.
    met: true
    evidence: {file: clinical/pain-clinic-note-2026-11-02.txt, page: 1}
plan_policy:
  name: Covenant Ministries Benefit Trust Medical Policy, Ketamine for Chronic Pain
  number: MP-PAIN-KET-4
  quote: >-
    2. Failure or intolerance of (a) a gabapentinoid (gabapentin or pregabalin) and (b) a tricyclic antidepressant at
    an analgesic dose (for example nortriptyline or amitriptyline 25 mg or more) for at least 6 weeks, or an SNRI.
  file: denial/denial-notice-2026-11-17.txt
author:
  name: Simone Achebe-Hartley
  relation: representative
  role: Patient advocate, Bluegrass Patient Advocacy Network (FICTIONAL)
  address: |-
    Bluegrass Patient Advocacy Network (FICTIONAL)
    250 West Main Street, Suite 900
    Lexington, KY 40507
  phone: (859) 555-0138
  email: sachebe@bpan.example
  authorization: other/authorized-representative-form-2026-11-23.txt
provider:
  name: Dr. Cornelius Vasquez-Holm
  credentials: MD, pain medicine
  npi: "@N6@"
  address: |-
    1000 South Limestone, Pain Center
    Lexington, KY 40536
  phone: (859) 555-0155
record_dates:
  - file: clinical/pain-clinic-note-2026-11-02.txt
    date: 2026-11-02
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/denial-notice-2026-11-17.txt": """COVENANT MINISTRIES BENEFIT TRUST (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: 11/17/2026
Member: Bartholomew Nakagawa-Ferris   Member ID: FICT-CMB-72100288
Reference: CMB-UM-26-1117-3306   Service: outpatient IV ketamine infusions, 6 (96365, 96366, J3490)
Requesting provider: Cornelius Vasquez-Holm, MD (NPI @N6@)
Decision: not medically necessary. Criterion 2 of MP-PAIN-KET-4 is not met. The member has not tried a
gabapentinoid. The tricyclic trial was amitriptyline 10 mg only, below an analgesic dose.
MP-PAIN-KET-4 criterion 2: Failure or intolerance of (a) a gabapentinoid (gabapentin or pregabalin) and (b) a
tricyclic antidepressant at an analgesic dose (for example nortriptyline or amitriptyline 25 mg or more) for at
least 6 weeks, or an SNRI.
Reviewer: Hollis Trevanian, MD, anesthesiology.
This church plan is not governed by ERISA. Appeal within 180 days of this notice (plan document Article 11.2).
Fax (502) 555-0167.""",
        "clinical/pain-clinic-note-2026-11-02.txt": """BLUEGRASS PAIN CENTER (FICTIONAL) - PROGRESS NOTE
Date: 11/02/2026
Patient: Bartholomew Nakagawa-Ferris   DOB: 10/02/1972
Physician: Cornelius Vasquez-Holm, MD, pain medicine
Left below-knee amputation 2023 after a farm injury; phantom limb pain since (G54.6).
Trials: gabapentin 2,400 mg a day for 12 weeks (2024), no benefit; pregabalin 150 mg twice a day stopped after
4 weeks (2025) for leg edema and dizziness; nortriptyline 50 mg at bedtime 8 weeks (2025), no benefit; duloxetine
60 mg since September 2025, partial benefit (pain 8 to 6 for about two months, back to 8), continue; tramadol 50 mg
up to twice a day as needed under a pain agreement, continue; amitriptyline 10 mg at bedtime for sleep since
October 2025. Physical therapy with mirror therapy, 16 sessions (2024), no lasting benefit.
Today: pain 8 of 10; Brief Pain Inventory interference 7.4. Prosthetist (Leland Ashworth, CPO) reports he can wear
the prosthesis only 3 hours a day because of pain.
Plan: six IV ketamine infusions, 0.5 mg/kg over 4 hours, over 2 weeks; stop if no 30% reduction after infusion 4.""",
        "other/authorized-representative-form-2026-11-23.txt": """AUTHORIZED REPRESENTATIVE DESIGNATION - Covenant Ministries Benefit Trust (FICTIONAL)
Date: 11/23/2026
I, Bartholomew Nakagawa-Ferris (member ID FICT-CMB-72100288), designate Simone Achebe-Hartley of the Bluegrass
Patient Advocacy Network (FICTIONAL) as my authorized representative for the appeal of reference
CMB-UM-26-1117-3306.
Signed: Bartholomew Nakagawa-Ferris""",
    },
    truth="""## What is true
- Mr. Nakagawa-Ferris has a **church plan** (self-funded, **not grandfathered**, 2,200 employees; not ERISA).
  Six outpatient IV ketamine infusions for **phantom limb pain** (G54.6) denied **11/17/2026** under MP-PAIN-KET-4
  criterion 2.
- The denial misstates the record twice: **gabapentin 2,400 mg/day 12 weeks** (2024) failed and **pregabalin** was
  stopped after 4 weeks for **edema and dizziness** (intolerance, which the criterion counts); the tricyclic trial
  was **nortriptyline 50 mg for 8 weeks** (2025), no benefit - **amitriptyline 10 mg is a sleep dose**. Duloxetine
  60 mg (SNRI) gave **partial** benefit only and continues. Criterion 2 is met.
- **Tramadol** continues under a pain agreement. PT with mirror therapy, 16 sessions, no lasting benefit.
- Pain **8/10, BPI interference 7.4 on 11/02/2026**; prosthesis worn only 3 hours a day (prosthetist Leland Ashworth).
- Reviewer: Hollis Trevanian, MD, anesthesiology (a pain-adjacent specialty - do not call him unqualified).
- Author: **nonprofit advocate** (designation 11/23/2026). Deadline **05/16/2027** (180 days; 26 CFR 54.9815-2719
  applies because the plan is not grandfathered).

## Deliberately unknown
- Which criterion 1 or 3 findings the plan made (only criterion 2 named).
- Whether the plan holds parity obligations in fact (church plan, 2,200 employees; no depression diagnosis).

## Traps
- Not a depression case: no antidepressant-trial count, no Spravato, no suicidality sentences.
- Amitriptyline 10 mg must not be called an analgesic trial; nortriptyline is the TCA trial.
- Duloxetine and tramadol continue: no end dates, not "failed".
- PT is a therapy course, never a medication trial.
- Church plan: no ERISA (29 CFR 2560.503-1 only as applied through 26 CFR 54.9815-2719, not "ERISA requires");
  no state insurance department for a self-funded church plan; parity for a pain diagnosis (G54.6) is not argued.

## Arguments a strong letter makes
1. Correct both misstatements with the pain note: gabapentinoid tried twice (failure and intolerance); TCA at an
   analgesic dose (nortriptyline 50 mg, 8 weeks); SNRI partial only. Criterion 2 is met as written.
2. The treatment plan with its stopping rule; the functional cost (prosthesis 3 hours a day).
3. External review under 26 CFR 54.9815-2719 if upheld (plan not grandfathered).

## What a letter must NOT say
- "He has not tried a gabapentinoid" conceded; "amitriptyline trial failed".
- "suicidal", "treatment-resistant depression", "Spravato".
- "This ERISA plan"; parity arguments.
""",
    answers=[
        ("Notice date", "Date: 11/17/2026", "denial/denial-notice-2026-11-17.txt"),
        ("Reference", "CMB-UM-26-1117-3306", "denial/denial-notice-2026-11-17.txt"),
        ("Gabapentinoid statement", "The member has not tried a gabapentinoid", "denial/denial-notice-2026-11-17.txt"),
        ("TCA statement", "amitriptyline 10 mg only, below an analgesic dose", "denial/denial-notice-2026-11-17.txt"),
        ("Reviewer", "Hollis Trevanian, MD, anesthesiology", "denial/denial-notice-2026-11-17.txt"),
        ("Plan status and window", "This church plan is not governed by ERISA. Appeal within 180 days", "denial/denial-notice-2026-11-17.txt"),
        ("Gabapentin trial", "gabapentin 2,400 mg a day for 12 weeks (2024), no benefit", "clinical/pain-clinic-note-2026-11-02.txt"),
        ("Pregabalin", "stopped after 4 weeks (2025) for leg edema and dizziness", "clinical/pain-clinic-note-2026-11-02.txt"),
        ("TCA trial", "nortriptyline 50 mg at bedtime 8 weeks (2025), no benefit", "clinical/pain-clinic-note-2026-11-02.txt"),
        ("Amitriptyline purpose", "amitriptyline 10 mg at bedtime for sleep", "clinical/pain-clinic-note-2026-11-02.txt"),
        ("Duloxetine", "duloxetine 60 mg since September 2025, partial benefit", "clinical/pain-clinic-note-2026-11-02.txt"),
        ("Opioid", "tramadol 50 mg up to twice a day as needed under a pain agreement", "clinical/pain-clinic-note-2026-11-02.txt"),
        ("Pain scores", "pain 8 of 10; Brief Pain Inventory interference 7.4", "clinical/pain-clinic-note-2026-11-02.txt"),
        ("Prosthetist and function", "Leland Ashworth, CPO) reports he can wear the prosthesis only 3 hours a day", "clinical/pain-clinic-note-2026-11-02.txt"),
        ("Physical therapy", "mirror therapy, 16 sessions (2024), no lasting benefit", "clinical/pain-clinic-note-2026-11-02.txt"),
        ("Advocate", "Simone Achebe-Hartley of the Bluegrass", "other/authorized-representative-form-2026-11-23.txt"),
    ],
))

# ---------------------------------------------------------------- case 07
CASES.append(dict(
    n="07",
    slug="tricare-prime-spravato-retry-lithium-earlier-episode-remission-stopped-nephrogenic-diabetes-insipidus-egfr-52-nephrologist-spouse-sponsor",
    title="TRICARE Prime: Spravato denied as 'lithium worked in 2021, retry it'; lithium was stopped for kidney harm",
    yaml="""# FICTIONAL CASE (set 79, case 07) - every person, plan, provider, number and address is invented.
# TRICARE Prime, active-duty family member, Texas. Spravato denied under CC-ESK-9 crit. 4: "lithium augmentation
# produced remission in the 2021 episode; a re-trial is required". True (leaves_out): lithium did work in 2021, but
# was stopped in 08/2022 for nephrogenic diabetes insipidus; eGFR 52; nephrologist: do not restart. The sponsor
# (her husband) writes with her signed authorization.
patient:
  name: Marguerite Oduya-Castellanos
  salutation: Mrs. Oduya-Castellanos
  date_of_birth: 1985-04-27
  member_id: FICT-DBN-1185042771
  address: |-
    4417 Copperhead Trail
    Killeen, TX 76542
  phone: (254) 555-0126
insurer:
  name: Lone Star Region TRICARE Contractor (FICTIONAL)
  appeals_address: |-
    Lone Star Region TRICARE Contractor, Reconsiderations (FICTIONAL)
    PO Box 870021
    San Antonio, TX 78287
  fax: (210) 555-0164
claim:
  number: LSR-PA-26-1125-6642
  plan_type: tricare
  notice_date: 2026-11-25
  appeal_deadline: 2027-02-23
  deadline_basis: 90 days from the date of the initial denial (32 CFR 199.10; the notice gives the same).
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Criterion 4 of CC-ESK-9 is not met. Lithium augmentation produced remission in the 2021 episode. A re-trial of
    lithium augmentation is required before esketamine.
  denial_category: medical_necessity
  action: none
  corrections:
    - said: Lithium augmentation produced remission in the 2021 episode. A re-trial of lithium augmentation is required before esketamine.
      record: >-
        Lithium was stopped in August 2022 because it caused nephrogenic diabetes insipidus (urine output about 6
        liters a day) and her eGFR fell to 52; her nephrologist wrote on 10/08/2026 that lithium must not be restarted.
      file: [clinical/nephrology-letter-2026-10-08.txt, clinical/psychiatry-note-2026-11-12.txt]
      page: 1
      leaves_out: true
treatment:
  name: Spravato (esketamine) nasal spray, induction
  summary: Esketamine with venlafaxine for treatment-resistant depression; lithium is contraindicated by kidney harm.
  alongside: venlafaxine XR 225 mg daily
clinical:
  episode_onset: 2026-03
  history:
    - drug: lithium
      dose: 900 mg daily (level 0.8), added to sertraline
      start: 2021-05
      end: 2022-08
      kind: augmentation
      adequate: true
      response: remission
      outcome: Remission in the 2021 episode; stopped August 2022 for nephrogenic diabetes insipidus and falling eGFR
      evidence: {file: clinical/psychiatry-note-2026-11-12.txt, page: 1}
    - drug: sertraline
      dose: 200 mg daily
      start: 2026-03
      end: 2026-05
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      evidence: {file: clinical/psychiatry-note-2026-11-12.txt, page: 1}
    - drug: vortioxetine
      dose: 20 mg daily
      start: 2026-06
      end: 2026-08
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      evidence: {file: clinical/psychiatry-note-2026-11-12.txt, page: 1}
    - drug: venlafaxine XR
      dose: 225 mg daily
      start: 2026-08
      kind: antidepressant
      ongoing: true
      response: none
      outcome: No response after 12 weeks; continued with esketamine
      evidence: {file: clinical/psychiatry-note-2026-11-12.txt, page: 1}
    - drug: aripiprazole
      dose: 5 mg daily (added to venlafaxine)
      start: 2026-09
      end: 2026-11
      weeks: 7
      kind: augmentation
      adequate: true
      failed: true
      response: none
      evidence: {file: clinical/psychiatry-note-2026-11-12.txt, page: 1}
  severity: MADRS 36 on 11/12/2026
  severity_date: 2026-11-12
  suicidality: none
  suicidality_date: 2026-11-12
payer_criteria:
  - criterion: "4. A trial of lithium augmentation in the current or a prior episode, unless contraindicated; if lithium produced remission in a prior episode, a re-trial unless contraindicated."
    how_met: Lithium is contraindicated, since it caused nephrogenic diabetes insipidus and her eGFR is 52; the nephrologist advises against restarting it (10/08/2026).
    met: true
    evidence: {file: clinical/nephrology-letter-2026-10-08.txt, page: 1}
plan_policy:
  name: Lone Star Region Clinical Criteria, Esketamine
  number: CC-ESK-9
  quote: >-
    4. A trial of lithium augmentation in the current or a prior episode, unless contraindicated; if lithium
    produced remission in a prior episode, a re-trial unless contraindicated.
  file: denial/initial-denial-2026-11-25.txt
author:
  name: Desmond Castellanos
  relation: representative
  role: Husband and TRICARE sponsor (Sergeant First Class, U.S. Army), authorized by the patient
  address: |-
    4417 Copperhead Trail
    Killeen, TX 76542
  phone: (254) 555-0127
  authorization: other/patient-authorization-2026-11-30.txt
provider:
  name: Dr. Ingeborg Salcedo-Wright
  credentials: MD, psychiatrist
  npi: "@N7@"
  address: |-
    2201 South Clear Creek Road
    Killeen, TX 76549
  phone: (254) 555-0157
record_dates:
  - file: clinical/psychiatry-note-2026-11-12.txt
    date: 2026-11-12
  - file: clinical/nephrology-letter-2026-10-08.txt
    date: 2026-10-08
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/initial-denial-2026-11-25.txt": """LONE STAR REGION TRICARE CONTRACTOR (FICTIONAL) - INITIAL DENIAL, PRIOR AUTHORIZATION
Date: 11/25/2026
Beneficiary: Marguerite Oduya-Castellanos   DBN: FICT-DBN-1185042771   TRICARE Prime, active duty family member
Sponsor: Desmond Castellanos
Reference: LSR-PA-26-1125-6642   Service: esketamine nasal spray (J0013)
Provider: Ingeborg Salcedo-Wright, MD (NPI @N7@)
Decision: denied. Criterion 4 of CC-ESK-9 is not met. Lithium augmentation produced remission in the 2021 episode.
A re-trial of lithium augmentation is required before esketamine.
CC-ESK-9 criterion 4: A trial of lithium augmentation in the current or a prior episode, unless contraindicated; if
lithium produced remission in a prior episode, a re-trial unless contraindicated.
You may request a reconsideration within 90 days of the date of this notice. Fax (210) 555-0164.""",
        "clinical/psychiatry-note-2026-11-12.txt": """FORT CAVAZOS AREA PSYCHIATRY (FICTIONAL) - PROGRESS NOTE
Date: 11/12/2026
Patient: Marguerite Oduya-Castellanos   DOB: 04/27/1985
Psychiatrist: Ingeborg Salcedo-Wright, MD
Prior episode 2021: sertraline with lithium 900 mg (level 0.8) added May 2021 - remission. Lithium stopped
August 2022 for nephrogenic diabetes insipidus (urine about 6 liters a day); eGFR fell to 52.
Current episode since March 2026: sertraline 200 mg 10 weeks, no response; vortioxetine 20 mg 8 weeks, no
response; venlafaxine XR 225 mg since August 2026, no response after 12 weeks, continue; aripiprazole 5 mg added
September 2026, 7 weeks, no response, stopped.
Today: MADRS 36. No suicidal ideation. Her husband Desmond is deploying in February; her mother, Ayodele Oduya,
will help with the children.
Plan: esketamine with venlafaxine XR 225 mg. Lithium contraindicated (nephrology 10/08/2026).""",
        "clinical/nephrology-letter-2026-10-08.txt": """CENTRAL TEXAS KIDNEY ASSOCIATES (FICTIONAL) - LETTER
Date: 10/08/2026
Re: Marguerite Oduya-Castellanos, DOB 04/27/1985
From: Ingrid Halvorsen-Mba, MD, nephrology
Lithium-induced nephrogenic diabetes insipidus, diagnosed 2022. eGFR 52 on 09/30/2026 (chronic kidney disease
stage 3a). Lithium must not be restarted.""",
        "other/patient-authorization-2026-11-30.txt": """AUTHORIZATION
Date: 11/30/2026
I, Marguerite Oduya-Castellanos (DBN FICT-DBN-1185042771), authorize my husband, Desmond Castellanos, to request
reconsideration of reference LSR-PA-26-1125-6642 for me and to receive my health information for it.
Signed: Marguerite Oduya-Castellanos""",
    },
    truth="""## What is true
- Mrs. Oduya-Castellanos has **TRICARE Prime** (active-duty family member; sponsor is her husband). Spravato denied
  **11/25/2026** under CC-ESK-9 criterion 4 ("lithium produced remission in 2021; re-trial required").
- True as far as it goes (**leaves_out**): lithium 900 mg (level 0.8) **did** bring remission in 2021. It was
  **stopped 08/2022 for nephrogenic diabetes insipidus**; **eGFR 52 (09/30/2026)**; nephrologist Dr. Ingrid
  Halvorsen-Mba (10/08/2026): **must not be restarted**. The criterion's own words excuse a re-trial when
  contraindicated.
- Current episode (from 03/2026): sertraline 200 mg 10 wk none; vortioxetine 20 mg 8 wk none; **venlafaxine XR 225 mg
  ongoing** (no response, continued with Spravato); aripiprazole 5 mg 7 wk none, stopped.
- **MADRS 36 on 11/12/2026**; no SI.
- Author: **husband/sponsor** with her signed authorization (she is an adult; being sponsor gives him no standing
  by itself). Level: contractor **reconsideration**, **by 02/23/2027** (90 days, 32 CFR 199.10).

## Deliberately unknown
- Whether the contractor saw the nephrology letter.
- Her mother Ayodele Oduya's role beyond childcare; the husband's deployment date beyond "February".

## Traps
- Do not deny that lithium worked in 2021; do not call lithium a "failed" trial.
- Lithium is not "intolerance" in the ordinary sense: it caused kidney harm - a contraindication now.
- Venlafaxine continues; aripiprazole stopped.
- TRICARE: no ERISA, no ACA external review, no state insurance department, no parity citation.
- Deployment is a family hardship, not a clinical criterion.

## Arguments a strong letter makes
1. Answer criterion 4 by its own "unless contraindicated": lithium caused nephrogenic DI, eGFR 52, nephrologist says
   never restart.
2. Current-episode trials (three antidepressants, one augmentation) and MADRS 36.
3. Ask the contractor to approve; name the next level (formal review) if upheld.

## What a letter must NOT say
- "Lithium was never effective" / "failed lithium".
- "The sponsor is entitled to appeal" without the authorization; "Mrs. Oduya-Castellanos's physician writes".
- 29 CFR 2560.503-1; 45 CFR 147.136.
""",
    answers=[
        ("Denial date", "Date: 11/25/2026", "denial/initial-denial-2026-11-25.txt"),
        ("Reference", "LSR-PA-26-1125-6642", "denial/initial-denial-2026-11-25.txt"),
        ("Denial ground", "Lithium augmentation produced remission in the 2021 episode", "denial/initial-denial-2026-11-25.txt"),
        ("Criterion exception words", "a re-trial unless contraindicated", "denial/initial-denial-2026-11-25.txt"),
        ("Window", "within 90 days of the date of this notice", "denial/initial-denial-2026-11-25.txt"),
        ("Lithium dose and level 2021", "lithium 900 mg (level 0.8) added May 2021 - remission", "clinical/psychiatry-note-2026-11-12.txt"),
        ("Why lithium stopped", "Lithium stopped August 2022 for nephrogenic diabetes insipidus", "clinical/psychiatry-note-2026-11-12.txt"),
        ("eGFR and date", "eGFR 52 on 09/30/2026", "clinical/nephrology-letter-2026-10-08.txt"),
        ("Nephrologist", "Ingrid Halvorsen-Mba, MD, nephrology", "clinical/nephrology-letter-2026-10-08.txt"),
        ("Nephrologist's instruction", "Lithium must not be restarted", "clinical/nephrology-letter-2026-10-08.txt"),
        ("Current episode start", "Current episode since March 2026", "clinical/psychiatry-note-2026-11-12.txt"),
        ("Continued antidepressant", "venlafaxine XR 225 mg since August 2026, no response after 12 weeks, continue", "clinical/psychiatry-note-2026-11-12.txt"),
        ("Aripiprazole", "aripiprazole 5 mg added September 2026, 7 weeks, no response, stopped", "clinical/psychiatry-note-2026-11-12.txt"),
        ("Severity", "MADRS 36", "clinical/psychiatry-note-2026-11-12.txt"),
        ("Mother named", "her mother, Ayodele Oduya", "clinical/psychiatry-note-2026-11-12.txt"),
        ("Authorization", "authorize my husband, Desmond Castellanos", "other/patient-authorization-2026-11-30.txt"),
    ],
))

# ---------------------------------------------------------------- case 08
CASES.append(dict(
    n="08",
    slug="marketplace-silver-iv-ketamine-bipolar-ii-depression-denied-psychosis-because-lurasidone-and-substance-use-because-prescribed-clonazepam-patient",
    title="Marketplace plan: IV ketamine for bipolar II depression denied as 'psychotic disorder (lurasidone)' and 'active substance use (benzodiazepine screen)'",
    yaml="""# FICTIONAL CASE (set 79, case 08) - every person, plan, provider, number and address is invented.
# Marketplace Silver plan, insured, Oklahoma. IV ketamine for bipolar II depression denied under MP-KET-16 excl. 2
# "psychotic disorder: takes lurasidone, an antipsychotic" and excl. 3 "active substance use: urine drug screen
# 10/06/2026 positive for benzodiazepines". Record: lurasidone is for bipolar depression, never any psychosis;
# clonazepam 0.5 mg at bedtime is prescribed (PDMP matches). Patient writes ("I").
patient:
  name: Tobias Wrenfield-Amadi
  salutation: Mr. Wrenfield-Amadi
  date_of_birth: 1997-09-14
  member_id: FICT-RRH-97091462
  address: |-
    1820 Northwest 23rd Street, Apt 5
    Oklahoma City, OK 73106
  phone: (405) 555-0128
  email: twrenfield@mail.example
insurer:
  name: Red River Health Plan (FICTIONAL)
  appeals_address: |-
    Red River Health Plan, Appeals Department (FICTIONAL)
    PO Box 26640
    Oklahoma City, OK 73126
  fax: (405) 555-0170
claim:
  number: RRH-UM-26-1112-4185
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-11-12
  appeal_deadline: 2027-05-11
  deadline_basis: 180 days from receipt of the notice (45 CFR 147.136(b)(3)); counted from the notice date as the safe date.
  sessions: 6
  procedure_codes: ["96365", "96366", J3490]
  diagnosis_codes: [F31.81]
  denial_reason: >-
    Exclusions 2 and 3 of MP-KET-16 apply. Exclusion 2: psychotic disorder - the member takes lurasidone, an
    antipsychotic. Exclusion 3: active substance use - urine drug screen of 10/06/2026 positive for benzodiazepines.
  denial_category: medical_necessity
  reviewer: {name: Dr. Anika Solberg-Teague, specialty: emergency medicine}
  action: none
  corrections:
    - said: psychotic disorder - the member takes lurasidone, an antipsychotic.
      record: >-
        Lurasidone 60 mg is prescribed for bipolar II depression; I have never had hallucinations, delusions or any
        psychotic episode, and every mental status examination records no psychotic features.
      file: clinical/psychiatry-note-2026-10-30.txt
      page: 1
    - said: active substance use - urine drug screen of 10/06/2026 positive for benzodiazepines.
      record: >-
        The screen matches my prescribed clonazepam 0.5 mg at bedtime; the state prescription-monitoring report shows
        one prescriber and one pharmacy, and the screen was otherwise negative.
      file: [clinical/urine-drug-screen-2026-10-06.txt, clinical/psychiatry-note-2026-10-30.txt]
      page: 1
treatment:
  name: Outpatient IV ketamine infusions, 6 infusions
  summary: Six IV ketamine infusions for bipolar II depression after failed or poorly tolerated mood-stabilizer and antipsychotic treatment, with lamotrigine and lurasidone continued.
  plan: Six infusions of 0.5 mg/kg over 40 minutes across 3 weeks; MADRS and YMRS before each; stop if any hypomanic symptoms or no 25% improvement after infusion 4.
  alongside: lamotrigine 200 mg daily
clinical:
  history:
    - drug: quetiapine
      dose: 300 mg at bedtime
      start: 2024-01
      end: 2024-03
      weeks: 8
      kind: other
      adequate: true
      failed: true
      outcome: Stopped after 8 weeks for sedation and 9 kg weight gain, with little effect on depression
      evidence: {file: clinical/psychiatry-note-2026-10-30.txt, page: 1}
    - drug: lithium
      dose: 900 mg daily (level 0.7)
      start: 2024-05
      end: 2024-08
      weeks: 10
      kind: other
      adequate: true
      failed: true
      response: none
      outcome: No response of depression after 10 weeks
      evidence: {file: clinical/psychiatry-note-2026-10-30.txt, page: 1}
    - drug: lamotrigine
      dose: 200 mg daily
      start: 2024-09
      kind: other
      ongoing: true
      response: partial
      outcome: Fewer mood swings; depression persists; continued
      evidence: {file: clinical/psychiatry-note-2026-10-30.txt, page: 1}
    - drug: lurasidone
      dose: 60 mg daily with dinner
      start: 2026-05
      kind: other
      ongoing: true
      response: partial
      outcome: Partial response after 20 weeks (MADRS 33 to 27); continued
      evidence: {file: clinical/psychiatry-note-2026-10-30.txt, page: 1}
    - drug: clonazepam
      dose: 0.5 mg at bedtime
      start: 2025-11
      kind: other
      ongoing: true
      outcome: Prescribed for sleep and anxiety; not a treatment trial
  severity: MADRS 27 on 10/30/2026; YMRS 2
  severity_date: 2026-10-30
  suicidality: passive
  suicidality_date: 2026-10-30
  exclusions: No psychotic features at any visit; no substance use disorder (urine screen consistent with prescriptions; PDMP one prescriber); no uncontrolled hypertension (BP 122/76).
payer_criteria:
  - criterion: "Exclusion 2. A current psychotic disorder or psychotic features."
    how_met: No psychotic disorder; lurasidone treats bipolar II depression, and no psychotic features have ever been recorded.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-10-30.txt, page: 1}
  - criterion: "Exclusion 3. Active substance use disorder."
    how_met: No substance use disorder; the benzodiazepine on the screen is prescribed clonazepam, and the PDMP shows one prescriber and one pharmacy.
    met: true
    evidence: {file: clinical/urine-drug-screen-2026-10-06.txt, page: 1}
plan_policy:
  name: Red River Health Plan Medical Policy, Ketamine Infusion
  number: MP-KET-16
  quote: >-
    Exclusion 2. A current psychotic disorder or psychotic features. Exclusion 3. Active substance use disorder.
  file: denial/adverse-benefit-determination-2026-11-12.txt
author:
  name: Tobias Wrenfield-Amadi
  relation: patient
  role: Patient
provider:
  name: Dr. Hyacinth Marrow-Adeleke
  credentials: MD, psychiatrist
  npi: "@N8@"
  address: |-
    900 Northeast 10th Street
    Oklahoma City, OK 73104
  phone: (405) 555-0158
record_dates:
  - file: clinical/psychiatry-note-2026-10-30.txt
    date: 2026-10-30
  - file: clinical/urine-drug-screen-2026-10-06.txt
    date: 2026-10-06
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/adverse-benefit-determination-2026-11-12.txt": """RED RIVER HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: 11/12/2026
Member: Tobias Wrenfield-Amadi   Member ID: FICT-RRH-97091462   Silver 2026 (purchased through the Marketplace)
Reference: RRH-UM-26-1112-4185   Service: IV ketamine infusions, 6 (96365, 96366, J3490)
Requesting provider: Hyacinth Marrow-Adeleke, MD (NPI @N8@)
Decision: denied. Exclusions 2 and 3 of MP-KET-16 apply. Exclusion 2: psychotic disorder - the member takes
lurasidone, an antipsychotic. Exclusion 3: active substance use - urine drug screen of 10/06/2026 positive for
benzodiazepines.
MP-KET-16: Exclusion 2. A current psychotic disorder or psychotic features. Exclusion 3. Active substance use
disorder.
Reviewer: Anika Solberg-Teague, MD, emergency medicine.
You may file an internal appeal within 180 days of receiving this notice. After that you may ask for an external
review. Fax (405) 555-0170.""",
        "clinical/psychiatry-note-2026-10-30.txt": """PRAIRIE MOOD CLINIC (FICTIONAL) - PROGRESS NOTE
Date: 10/30/2026
Patient: Tobias Wrenfield-Amadi   DOB: 09/14/1997
Psychiatrist: Hyacinth Marrow-Adeleke, MD
Diagnosis: bipolar II disorder, current episode depressed (F31.81). No history of psychosis.
Medications: lamotrigine 200 mg daily since September 2024 (fewer mood swings, depression persists), continue;
lurasidone 60 mg daily with dinner since May 2026 for bipolar depression, partial response (MADRS 33 to 27),
continue; clonazepam 0.5 mg at bedtime, prescribed since November 2025.
Past: quetiapine 300 mg 8 weeks (2024), stopped for sedation and 9 kg weight gain; lithium 900 mg (level 0.7) 10
weeks (2024), no response of depression.
Mental status: no hallucinations, no delusions, no psychotic features. PDMP reviewed: one prescriber, one pharmacy.
Today: MADRS 27, YMRS 2. Passive thoughts that he would be better off asleep and not waking; no plan or intent.
BP 122/76. His sister, Imogen Wrenfield, is his emergency contact.
Plan: six IV ketamine infusions; stop if hypomanic symptoms or no 25% improvement after infusion 4.""",
        "clinical/urine-drug-screen-2026-10-06.txt": """PRAIRIE MOOD CLINIC (FICTIONAL) - URINE DRUG SCREEN RESULT
Date collected: 10/06/2026
Patient: Tobias Wrenfield-Amadi
Benzodiazepines: positive (clonazepam metabolite). All other classes: negative.
Clinician review: consistent with prescribed clonazepam 0.5 mg at bedtime. - H. Marrow-Adeleke, MD""",
    },
    truth="""## What is true
- Mr. Wrenfield-Amadi has an **insured Marketplace (individual) Silver** plan. Six IV ketamine infusions for **bipolar
  II depression** (F31.81) denied **11/12/2026** under MP-KET-16 exclusions 2 and 3.
- Exclusion 2 is misapplied: **lurasidone 60 mg is for bipolar depression**; he has **never had psychotic features**
  (MSE 10/30/2026). Taking an antipsychotic is not a psychotic disorder.
- Exclusion 3 is misapplied: the screen (**10/06/2026**) is positive only for the **clonazepam metabolite**, consistent
  with **prescribed clonazepam 0.5 mg at bedtime**; PDMP one prescriber, one pharmacy; all other classes negative.
- History: quetiapine 300 mg 8 wk stopped for sedation and 9 kg weight gain; lithium 900 mg (level 0.7) 10 wk no
  response; **lamotrigine 200 mg ongoing** (partial); **lurasidone ongoing** (partial, MADRS 33 to 27).
- **MADRS 27, YMRS 2 on 10/30/2026**; suicidality **passive** (no plan or intent).
- Reviewer: Anika Solberg-Teague, MD, **emergency medicine**.
- Patient writes ("I"). Deadline **05/11/2027** (180 days from receipt; notice date used as the safe date); then
  external review (45 CFR 147.136).

## Deliberately unknown
- Whether the plan's other criteria (e.g. number of trials) were reviewed: the notice names only the exclusions.
- Whether any infusion setting criteria exist in MP-KET-16.

## Traps
- Not unipolar depression: do not count "antidepressant trials" or say he failed antidepressants; the drugs are mood
  stabilizers and antipsychotics used for bipolar depression.
- Lurasidone and lamotrigine continue: no end dates.
- Clonazepam is prescribed: never "substance use", never "misuse".
- Suicidality passive: not "none", not "active".
- The sister Imogen is only an emergency contact.
- Individual plan: no ERISA citations; parity applies to individual coverage but the denial is not a parity case
  on its face.

## Arguments a strong letter makes
1. Neither exclusion fits: a medicine is not a diagnosis (no psychotic features ever); a prescribed drug on a screen
   is not substance use (PDMP, screen otherwise negative).
2. The treatment plan with its hypomania stopping rule; the bipolar-depression history.
3. Ask for a psychiatric reviewer; external review under 45 CFR 147.136 if upheld.

## What a letter must NOT say
- "treatment-resistant (unipolar) depression", "failed antidepressant trials", "Spravato".
- "history of psychosis", "substance use", "no suicidal ideation".
- "Mr. Wrenfield-Amadi has ..." (he signs: "I"); 29 CFR 2560.503-1.
""",
    answers=[
        ("Notice date", "Date: 11/12/2026", "denial/adverse-benefit-determination-2026-11-12.txt"),
        ("Reference", "RRH-UM-26-1112-4185", "denial/adverse-benefit-determination-2026-11-12.txt"),
        ("Exclusion 2 ground", "psychotic disorder - the member takes lurasidone, an antipsychotic", "denial/adverse-benefit-determination-2026-11-12.txt"),
        ("Exclusion 3 ground", "urine drug screen of 10/06/2026 positive for benzodiazepines", "denial/adverse-benefit-determination-2026-11-12.txt"),
        ("Reviewer", "Anika Solberg-Teague, MD, emergency medicine", "denial/adverse-benefit-determination-2026-11-12.txt"),
        ("Window", "within 180 days of receiving this notice", "denial/adverse-benefit-determination-2026-11-12.txt"),
        ("Diagnosis", "bipolar II disorder, current episode depressed (F31.81). No history of psychosis", "clinical/psychiatry-note-2026-10-30.txt"),
        ("Why lurasidone", "lurasidone 60 mg daily with dinner since May 2026 for bipolar depression", "clinical/psychiatry-note-2026-10-30.txt"),
        ("Lurasidone response", "partial response (MADRS 33 to 27)", "clinical/psychiatry-note-2026-10-30.txt"),
        ("Screen result", "Benzodiazepines: positive (clonazepam metabolite). All other classes: negative", "clinical/urine-drug-screen-2026-10-06.txt"),
        ("PDMP", "PDMP reviewed: one prescriber, one pharmacy", "clinical/psychiatry-note-2026-10-30.txt"),
        ("Quetiapine", "quetiapine 300 mg 8 weeks (2024), stopped for sedation and 9 kg weight gain", "clinical/psychiatry-note-2026-10-30.txt"),
        ("Lithium", "lithium 900 mg (level 0.7) 10 weeks (2024), no response of depression", "clinical/psychiatry-note-2026-10-30.txt"),
        ("Scales", "Today: MADRS 27, YMRS 2", "clinical/psychiatry-note-2026-10-30.txt"),
        ("Suicidality", "Passive thoughts that he would be better off asleep and not waking; no plan or intent", "clinical/psychiatry-note-2026-10-30.txt"),
        ("Sister", "His sister, Imogen Wrenfield, is his emergency contact", "clinical/psychiatry-note-2026-10-30.txt"),
    ],
))


# ---------------------------------------------------------------- build and self-check
PHONE_OK = re.compile(r"^(\(\d{3}\) 555-01\d\d|1-800-555-01\d\d)$")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def fill(s):
    for k, v in NPIS.items():
        s = s.replace("@" + k + "@", v)
    return s


def build(case, problems):
    n, slug = case["n"], case["slug"]
    folder = HERE / f"{n}-{slug}"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    yml = fill(case["yaml"])
    (folder / "case.yaml").write_text(yml)
    texts = {}
    for rel, body in case["docs"].items():
        p = folder / rel
        assert p.suffix == ".txt" and rel.split("/")[0] in ("denial", "clinical", "other"), rel
        p.parent.mkdir(parents=True, exist_ok=True)
        t = HEAD.format(n=n) + "\n\n" + fill(body).strip() + "\n\n" + FOOT + "\n"
        p.write_text(t)
        texts[rel] = t
    truth = f"# FICTIONAL TRUTH FILE - {n} - {case['title']} (FICTIONAL)\n\n" \
            "All people, plans, providers, numbers and addresses are invented (FICTIONAL). Today is 2026-12-07.\n\n" \
            + fill(case["truth"]).strip() + "\n\n## Expected answers (question | answer | document)\n" + \
            "".join(f"- {q} | {a} | {d}\n" for q, a, d in case["answers"])
    (HERE / f"{n}-{slug}.truth.md").write_text(truth)
    # checks
    data = YAML(typ="safe").load(io.StringIO(yml))
    if "FICTIONAL" not in yml.splitlines()[0]:
        problems.append(f"{n}: case.yaml first line not FICTIONAL")
    if "FICTIONAL" not in truth.splitlines()[0]:
        problems.append(f"{n}: truth first line not FICTIONAL")
    pos = [truth.find("## " + h + "\n") for h in TRUTH_HEADINGS]
    if -1 in pos or pos != sorted(pos):
        problems.append(f"{n}: truth headings missing or out of order {pos}")
    if len(case["answers"]) != 16:
        problems.append(f"{n}: {len(case['answers'])} answers, not 16")
    for q, a, d in case["answers"]:
        if d not in texts:
            problems.append(f"{n}: answer doc missing {d}")
        elif norm(fill(a)) not in norm(texts[d]):
            problems.append(f"{n}: answer not printed: {q!r} -> {a!r} in {d}")
    alltext = yml + "\n" + "\n".join(texts.values()) + truth
    for m in re.finditer(r"(?:1-800-|\(\d{3}\) |\b\d{3}-)?555-\d{4}", alltext):
        if not PHONE_OK.match(m.group(0)):
            problems.append(f"{n}: bad phone {m.group(0)!r}")
    for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+[a-z]+", alltext):
        if not m.group(0).endswith(".example"):
            problems.append(f"{n}: bad e-mail {m.group(0)}")
    for m in re.finditer(r"\bhttps?://\S+|\bwww\.\S+", alltext):
        if ".example" not in m.group(0):
            problems.append(f"{n}: bad web {m.group(0)}")
    for m in re.finditer(r"NPI[^0-9]{0,4}(\d{10})|npi: \"(\d{10})\"", alltext):
        v = m.group(1) or m.group(2)
        if not luhn_ok(v):
            problems.append(f"{n}: NPI fails Luhn {v}")
    for rel in re.findall(r"\b((?:denial|clinical|other)/[\w.-]+\.txt)", yml):
        if not (folder / rel).exists():
            problems.append(f"{n}: case.yaml names missing {rel}")
    for rel, t in texts.items():
        if "FICTIONAL" not in t.splitlines()[0] or "FICTIONAL" not in t.strip().splitlines()[-1]:
            problems.append(f"{n}: {rel} lacks FICTIONAL header/footer")
    return folder


def main(argv):
    check = "--check" in argv
    want = [a for a in argv if a != "--check"]
    cases = [c for c in CASES if not want or c["n"] in want]
    problems, folders = [], []
    for c in cases:
        folders.append(build(c, problems))
    print(f"{len(cases)} cases, {sum(len(c['answers']) for c in cases)} expected answers, {len(problems)} problems")
    for p in problems:
        print("PROBLEM", p)
    bad = bool(problems)
    if check:
        out = []
        for f in folders:
            r = subprocess.run([APPEAL_KIT, "check", str(f)], capture_output=True, text=True)
            out.append(f"===== {f.name}: exit {r.returncode}\n{r.stdout}{r.stderr}")
            print(f"check {f.name[:2]}: exit {r.returncode}")
            bad |= r.returncode != 0
        name = "check-output.txt" if not want else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(out))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
