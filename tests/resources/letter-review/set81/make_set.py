#!/usr/bin/env python3
"""make_set.py - letters review set 81 (issue 18), written blind. ALL DATA IS FICTIONAL.

Rewrites the eight case folders and truth files from the data below, then self-checks them.
Usage: make_set.py [NN ...] [--check]
  --check  also runs `/work/main/.venv/bin/appeal-kit check <folder>` on every case, writes check-output.txt,
           exits 1 if any self-check problem or any check exit is not 0.
"""
import io, os, re, shutil, subprocess, sys
from ruamel.yaml import YAML

HERE = os.path.dirname(os.path.abspath(__file__))
SET = 81
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
TRUTH_HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
                  "What a letter must NOT say"]


def npi(base9):
    """A 10-digit NPI whose last digit is the Luhn check digit over the prefix 80840."""
    digits = [int(c) for c in "80840" + base9]
    total = 0
    for i, d in enumerate(reversed(digits)):      # the check digit will sit to the right
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


CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------- case 01
case(
    num="01",
    slug="part-d-pdp-gepirone-step-therapy-sertraline-remission-then-sexual-dysfunction-escitalopram-hyponatremia-discount-card-bupropion-partial-ongoing-patient",
    npis={"NPI_A": "184205713"},
    yaml="""\
# FICTIONAL CASE (set 81, case 01) - every person, plan, provider, number and address is invented.
# Stand-alone Part D PDP, North Dakota. Gepirone ER denied under step therapy ST-AD-61 ("claims show one formulary
# antidepressant (sertraline), which was effective"). Record: sertraline brought remission but was stopped for
# sexual dysfunction; escitalopram (discount card) stopped at 5 weeks for hyponatremia; bupropion XL partial
# response and still taken; trazodone 50 mg is a sleep dose. Standard redetermination; the patient writes ("I").
patient:
  name: Walter Brzezinski-Oduya
  salutation: Mr. Brzezinski-Oduya
  date_of_birth: 1958-04-11
  member_id: FICT-NPR-77120456
  address: |-
    1417 North Mandan Street
    Bismarck, ND 58501
  phone: (701) 555-0112
  email: wbrzezinski@mail.example
insurer:
  name: Northern Prairie Rx PDP (FICTIONAL)
  appeals_address: |-
    Northern Prairie Rx PDP - Part D Redeterminations (FICTIONAL)
    PO Box 48110
    Fargo, ND 58106
  fax: (701) 555-0150
claim:
  number: CD-26-1117-40528
  plan_type: medicare_part_d
  notice_date: 2026-11-18
  appeal_deadline: 2027-01-22
  deadline_basis: >-
    The notice says a redetermination must be requested within 65 days of the date of the notice (11/18/2026),
    that is by 01/22/2027 (42 CFR 423.582(b)).
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Step therapy requirement ST-AD-61 not met. Gepirone extended-release is covered after a trial of two
    formulary antidepressants. Our pharmacy claims show one formulary antidepressant (sertraline), and your
    records show sertraline was effective. Bupropion is being taken now and is not a completed trial. Your
    prescriber did not give a medical reason why the required drugs are not appropriate for you.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: Our pharmacy claims show one formulary antidepressant (sertraline)
      record: >-
        Three formulary antidepressants were taken: sertraline (plan-paid), escitalopram 10 mg for 5 weeks in
        October-November 2025 (paid with a discount card, so not in the plan's claims) and bupropion XL 300 mg
        (plan-paid, still taken, partial response).
      file: [clinical/geriatric-psychiatry-note-2026-10-26.txt, other/discount-card-pharmacy-printout.txt]
      page: 1
    - said: your records show sertraline was effective
      record: >-
        Sertraline 150 mg brought remission (PHQ-9 5 on 05/12/2025) but was stopped on 08/20/2025 for sexual
        dysfunction that did not ease after a dose reduction: a trial stopped for intolerance.
      file: clinical/geriatric-psychiatry-note-2026-10-26.txt
      page: 1
      leaves_out: true
treatment:
  name: Gepirone extended-release (Exxua) tablets, starting at 18.2 mg once daily
  summary: >-
    Recurrent major depression, now moderate (PHQ-9 13), after sertraline and escitalopram were stopped for
    adverse effects and bupropion XL 300 mg gave only a partial response.
  plan: >-
    Gepirone ER 18.2 mg daily, raised to 36.3 mg on day 4 and up to 72.6 mg by week 2 as tolerated; bupropion XL
    tapered off over 4 weeks once gepirone reaches 36.3 mg; ECG at week 4; PHQ-9 at every visit.
clinical:
  history:
    - drug: sertraline
      dose: 150 mg daily
      start: 2025-02
      end: 2025-08
      kind: antidepressant
      weeks: 28
      adequate: true
      response: remission
      failed: false
      outcome: >-
        Remission (PHQ-9 21 to 5) but stopped 08/20/2025 for sexual dysfunction that persisted at 100 mg;
        relapse followed (PHQ-9 16 on 10/06/2025).
      evidence: {file: clinical/geriatric-psychiatry-note-2026-10-26.txt, page: 1}
    - drug: escitalopram
      dose: 10 mg daily
      start: 2025-10
      end: 2025-11
      kind: antidepressant
      weeks: 5
      adequate: false
      outcome: Stopped after 5 weeks for hyponatremia (sodium 129 on 11/07/2025) and the same sexual dysfunction.
      paid_outside: discount card
      evidence: {file: other/discount-card-pharmacy-printout.txt, page: 1}
    - drug: bupropion XL
      dose: 300 mg daily
      start: 2025-11
      kind: antidepressant
      ongoing: true
      response: partial
      outcome: Partial response (PHQ-9 17 to 12, 13 on 10/26/2026); still taken.
      evidence: {file: clinical/geriatric-psychiatry-note-2026-10-26.txt, page: 1}
    - drug: trazodone
      dose: 50 mg at bedtime
      start: 2025-10
      kind: other
      ongoing: true
      outcome: For sleep only (a sleep dose, not an antidepressant trial).
      evidence: {file: clinical/geriatric-psychiatry-note-2026-10-26.txt, page: 1}
  severity: PHQ-9 13 on 10/26/2026 (moderate)
  severity_date: 2026-10-26
  suicidality: none
  suicidality_date: 2026-10-26
  episode_onset: 2025-09
  treating_since: 2025-02-03
plan_policy:
  name: Northern Prairie Rx step therapy criteria ST-AD-61 (gepirone extended-release)
  number: ST-AD-61
  quote: >-
    Gepirone extended-release is approved when the member (1) is 18 years of age or older with major depressive
    disorder, and (2) has tried two formulary antidepressants, each for at least 6 weeks or stopped earlier
    because of an adverse effect, with an inadequate response or intolerance; or (3) the prescriber states that
    the formulary antidepressants would not be as effective or would cause adverse effects for the member.
  file: other/plan-criteria-st-ad-61.txt
payer_criteria:
  - criterion: (1) 18 years of age or older with major depressive disorder
    how_met: Age 68; recurrent major depressive disorder (F33.1).
    met: true
    evidence: {file: clinical/geriatric-psychiatry-note-2026-10-26.txt, page: 1}
  - criterion: >-
      (2) two formulary antidepressants, each for at least 6 weeks or stopped earlier because of an adverse
      effect, with an inadequate response or intolerance
    how_met: >-
      Sertraline 150 mg for 28 weeks, stopped for sexual dysfunction (intolerance after remission);
      escitalopram 10 mg stopped at 5 weeks for hyponatremia (sodium 129). Bupropion XL 300 mg: partial
      response, still taken.
    met: true
    evidence:
      - {file: clinical/geriatric-psychiatry-note-2026-10-26.txt, page: 1}
      - {file: other/discount-card-pharmacy-printout.txt, page: 1}
  - criterion: >-
      (3) the prescriber states that the formulary antidepressants would not be as effective or would cause
      adverse effects for the member
    how_met: Dr. Solheim-Abara's supporting statement of 11/30/2026.
    met: true
    evidence: {file: other/prescriber-statement-2026-11-30.txt, page: 1}
prescriber_statement:
  date: 2026-11-30
  quote: >-
    The SSRIs on the formulary would cause adverse effects for Mr. Brzezinski-Oduya: sertraline caused sexual
    dysfunction that persisted after a dose reduction, and escitalopram caused hyponatremia (sodium 129 mmol/L)
    at age 67. Bupropion XL 300 mg has given only a partial response after more than eleven months.
  file: other/prescriber-statement-2026-11-30.txt
author:
  name: Walter Brzezinski-Oduya
  relation: patient
  role: Patient
provider:
  name: Dr. Ingrid Solheim-Abara
  credentials: MD, geriatric psychiatrist
  npi: "{NPI_A}"
  address: |-
    900 East Broadway Avenue, Suite 310
    Bismarck, ND 58501
  phone: (701) 555-0127
record_dates:
  - file: denial/coverage-determination-denial-2026-11-18.txt
    date: 2026-11-18
  - file: clinical/geriatric-psychiatry-note-2026-10-26.txt
    date: 2026-10-26
  - file: other/prescriber-statement-2026-11-30.txt
    date: 2026-11-30
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/coverage-determination-denial-2026-11-18.txt": """\
NORTHERN PRAIRIE RX PDP (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date of notice: 11/18/2026
Member: Walter Brzezinski-Oduya   Member ID: FICT-NPR-77120456
Coverage determination number: CD-26-1117-40528
Drug requested: gepirone extended-release 18.2 mg tablets (prescriber: Ingrid Solheim-Abara, MD)
Decision: DENIED
Reason: Step therapy requirement ST-AD-61 not met. Gepirone extended-release is covered after a trial of two
formulary antidepressants. Our pharmacy claims show one formulary antidepressant (sertraline), and your
records show sertraline was effective. Bupropion is being taken now and is not a completed trial. Your
prescriber did not give a medical reason why the required drugs are not appropriate for you.
Reviewed by: pharmacist reviewer, Northern Prairie Rx (FICTIONAL).
Your right to appeal: you may ask for a redetermination. Your request must be received within 65 days of the
date of this notice (by 01/22/2027). Send it to Part D Redeterminations, PO Box 48110, Fargo, ND 58106, or fax
(701) 555-0150. Your prescriber may also ask for you. If your health could be seriously harmed by waiting, ask
for a fast (expedited) decision.
Member services: 1-800-555-0151 (TTY 711).
""",
        "clinical/geriatric-psychiatry-note-2026-10-26.txt": """\
GERIATRIC PSYCHIATRY PROGRESS NOTE
Date: 10/26/2026
Patient: Walter Brzezinski-Oduya   DOB: 04/11/1958   Age: 68
Clinician: Ingrid Solheim-Abara, MD, geriatric psychiatrist (treating since 02/03/2025)
Accompanied by: his wife, Marguerite Brzezinski-Oduya, who drives him to visits and adds history.
Diagnosis: major depressive disorder, recurrent, moderate (F33.1). Current episode since 09/2025.
Medication history:
- Sertraline 50 mg 02/03/2025, 150 mg from 03/2025: remission (PHQ-9 21 on 02/03/2025; PHQ-9 5 on
  05/12/2025). Sexual dysfunction from 04/2025, unchanged after reduction to 100 mg in 07/2025; he stopped it
  on 08/20/2025 after discussion. Relapse: PHQ-9 16 on 10/06/2025.
- Escitalopram 10 mg 10/06/2025 to 11/10/2025 (5 weeks): sodium 129 mmol/L on 11/07/2025 (hyponatremia) and
  the same sexual dysfunction; stopped. Sodium 138 on 12/01/2025 off the drug. Filled at Corwin Family
  Pharmacy with a discount card.
- Bupropion XL 150 mg from 11/17/2025, 300 mg from 12/15/2025: partial response (PHQ-9 17 on 11/17/2025,
  12 on 02/09/2026). Continuing bupropion XL 300 mg daily; it is still taken.
- Trazodone 50 mg at bedtime for sleep since 10/2025 (sleep dose; not an antidepressant trial).
- Metformin 1000 mg twice daily (type 2 diabetes); lisinopril 10 mg.
Today: PHQ-9 13 on 10/26/2026. No suicidal ideation. ECG 10/20/2026: QTc 428 ms. Liver tests normal.
Plan: request gepirone ER 18.2 mg daily (titrate to 72.6 mg), then taper bupropion XL over 4 weeks.
""",
        "other/discount-card-pharmacy-printout.txt": """\
CORWIN FAMILY PHARMACY (FICTIONAL) - PRESCRIPTION HISTORY PRINTOUT
Printed: 11/25/2026   Patient: Walter Brzezinski-Oduya   DOB: 04/11/1958
Paid with: discount card (not billed to insurance)
10/06/2025  escitalopram 10 mg tablets #30   Prescriber: I. Solheim-Abara, MD
11/05/2025  escitalopram 10 mg tablets #30   Prescriber: I. Solheim-Abara, MD
No insurance claim was submitted for these fills.
Pharmacy phone: (701) 555-0133
""",
        "other/prescriber-statement-2026-11-30.txt": """\
FAX COVER SHEET
From: Tamsin Oyelaran-Ruiz, RN, care coordinator for Dr. Solheim-Abara   Fax: (701) 555-0128
To: Northern Prairie Rx PDP (FICTIONAL), Part D Redeterminations   Fax: (701) 555-0150
Date: 11/30/2026   Pages: 2   Re: Walter Brzezinski-Oduya, CD-26-1117-40528

PRESCRIBER'S SUPPORTING STATEMENT (42 CFR 423.578(b))
Date: 11/30/2026
Prescriber: Ingrid Solheim-Abara, MD, geriatric psychiatrist, NPI {NPI_A}
The SSRIs on the formulary would cause adverse effects for Mr. Brzezinski-Oduya: sertraline caused sexual
dysfunction that persisted after a dose reduction, and escitalopram caused hyponatremia (sodium 129 mmol/L)
at age 67. Bupropion XL 300 mg has given only a partial response after more than eleven months.
Sertraline did bring remission in 2025; it was stopped for intolerance, not for lack of effect.
Mirtazapine is not appropriate: he has type 2 diabetes and a BMI of 34.
Signed: Ingrid Solheim-Abara, MD
""",
        "other/plan-criteria-st-ad-61.txt": """\
NORTHERN PRAIRIE RX PDP (FICTIONAL) - STEP THERAPY CRITERIA ST-AD-61 - gepirone extended-release
Effective 01/01/2026
Gepirone extended-release is approved when the member (1) is 18 years of age or older with major depressive
disorder, and (2) has tried two formulary antidepressants, each for at least 6 weeks or stopped earlier
because of an adverse effect, with an inadequate response or intolerance; or (3) the prescriber states that
the formulary antidepressants would not be as effective or would cause adverse effects for the member.
Approval period: 12 months.
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 01 - Part D step therapy for gepirone ER: intolerance after remission is not "effective" (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mr. Brzezinski-Oduya (68) has a stand-alone **Part D** plan. Coverage determination CD-26-1117-40528 denied
  gepirone ER on **11/18/2026** under step therapy **ST-AD-61**. This letter is a standard **redetermination**,
  due by **01/22/2027** (65 days from the notice date, 42 CFR 423.582(b)).
- **Sertraline** 150 mg (02-08/2025, 28 weeks): **remission** (PHQ-9 21 -> 5), then **stopped for sexual
  dysfunction** that persisted at 100 mg: an intolerance, not a lack of effect. Relapse followed (PHQ-9 16, 10/06/2025).
- **Escitalopram** 10 mg, **5 weeks** (10/06-11/10/2025): stopped for **hyponatremia (sodium 129)**. Paid with a
  **discount card** at Corwin Family Pharmacy: not in the plan's claims. Short, but stopped for an adverse effect,
  which ST-AD-61 (2) accepts.
- **Bupropion XL 300 mg** since 11-12/2025: **partial response**, **still taken** (to be tapered only after gepirone).
- **Trazodone 50 mg at bedtime** is a **sleep dose**, not an antidepressant trial.
- Current: **PHQ-9 13 on 10/26/2026**; no suicidal ideation; ECG **QTc 428 ms** (10/20/2026).
- Criterion (2) is met (sertraline + escitalopram, both intolerance); criterion (3) is met by the prescriber's
  **supporting statement of 11/30/2026**, which came after the denial (the denial was right that none was given then).

## Deliberately unknown
- Whether the plan received the 11/30 fax (only the clinic's cover sheet exists).
- Gepirone's eventual response (not yet started).
- The pharmacist reviewer's name (the notice gives none).

## Traps
- "Sertraline was effective" is true as far as it goes (remission); what it leaves out is the intolerance.
  A letter must not say sertraline failed or did not work.
- Bupropion is ongoing with a partial response: not "stopped", not "failed and discontinued".
- Trazodone 50 mg is not an antidepressant trial; a count of "four antidepressants" is false.
- Escitalopram was 5 weeks: not an "adequate 6-week trial"; it counts through the adverse-effect clause.
- The wife (Marguerite) attends visits; she is not the author or a representative. The RN (Tamsin
  Oyelaran-Ruiz) sent the fax; she is not the prescriber.
- Part D: no parity (MHPAEA), no ERISA, no external review by a state; the next level is the IRE.
- The patient writes: "I".

## Arguments a strong letter makes
1. Criterion (2) is met: two formulary antidepressants stopped for adverse effects (sertraline after 28 weeks
   for sexual dysfunction; escitalopram at 5 weeks for sodium 129), with the discount-card trial shown as a trial.
2. Correct the notice: three formulary antidepressants, not one; sertraline's remission ended in intolerance.
3. Criterion (3) / coverage exception (42 CFR 423.578(b)): the prescriber's statement of 11/30/2026, quoted.
4. Bupropion's partial response after 11 months shows the current treatment is not enough.

## What a letter must NOT say
- That sertraline "failed", "was ineffective" or "did not help".
- That bupropion was stopped, or that the patient has "failed three antidepressants at adequate dose and duration".
- That trazodone was an antidepressant trial.
- That the prescriber's statement was before the plan when it decided on 11/18/2026.
- Parity law, ERISA, 45 CFR 147.136, state external review.
""",
    answers=[
        ("Date of the coverage determination notice", "Date of notice: 11/18/2026", "denial/coverage-determination-denial-2026-11-18.txt"),
        ("Step therapy criteria the denial applied", "ST-AD-61", "denial/coverage-determination-denial-2026-11-18.txt"),
        ("What the denial says the claims show", "Our pharmacy claims show one formulary antidepressant (sertraline)", "denial/coverage-determination-denial-2026-11-18.txt"),
        ("Redetermination deadline printed on the notice", "by 01/22/2027", "denial/coverage-determination-denial-2026-11-18.txt"),
        ("Sertraline's result", "PHQ-9 5 on 05/12/2025", "clinical/geriatric-psychiatry-note-2026-10-26.txt"),
        ("Why sertraline was stopped", "Sexual dysfunction from 04/2025, unchanged after reduction to 100 mg", "clinical/geriatric-psychiatry-note-2026-10-26.txt"),
        ("How long escitalopram was taken", "10/06/2025 to 11/10/2025 (5 weeks)", "clinical/geriatric-psychiatry-note-2026-10-26.txt"),
        ("Adverse effect that ended escitalopram", "sodium 129 mmol/L on 11/07/2025 (hyponatremia)", "clinical/geriatric-psychiatry-note-2026-10-26.txt"),
        ("How escitalopram was paid", "Paid with: discount card (not billed to insurance)", "other/discount-card-pharmacy-printout.txt"),
        ("Is bupropion still taken", "Continuing bupropion XL 300 mg daily; it is still taken", "clinical/geriatric-psychiatry-note-2026-10-26.txt"),
        ("Bupropion's response", "partial response (PHQ-9 17 on 11/17/2025,", "clinical/geriatric-psychiatry-note-2026-10-26.txt"),
        ("What trazodone is for", "Trazodone 50 mg at bedtime for sleep", "clinical/geriatric-psychiatry-note-2026-10-26.txt"),
        ("Current severity and its date", "PHQ-9 13 on 10/26/2026", "clinical/geriatric-psychiatry-note-2026-10-26.txt"),
        ("Baseline QTc", "QTc 428 ms", "clinical/geriatric-psychiatry-note-2026-10-26.txt"),
        ("Date of the prescriber's supporting statement", "Date: 11/30/2026", "other/prescriber-statement-2026-11-30.txt"),
        ("Who sent the fax (not the prescriber)", "Tamsin Oyelaran-Ruiz, RN, care coordinator", "other/prescriber-statement-2026-11-30.txt"),
    ],
)

# ---------------------------------------------------------------- case 02
case(
    num="02",
    slug="medicare-advantage-hmo-pre-service-ect-bipolar-depression-lithium-already-stopped-renal-lurasidone-under-former-plan-quetiapine-partial-ongoing-physician",
    npis={"NPI_A": "193004826"},
    yaml="""\
# FICTIONAL CASE (set 81, case 02) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Washington. Pre-service ECT for bipolar I depression denied under the plan's internal
# criteria MA-ECT-14: criterion 2 "one medication (quetiapine), ongoing" and exclusion 2 "lithium filled 10/02".
# Record: lithium tapered and stopped 10/26/2026 for falling kidney function; lurasidone 80 mg 9 weeks, no
# response, under her former plan; quetiapine partial and still taken; lamotrigine maintenance. ECT in 2019 gave
# remission. Standard pre-service reconsideration; the treating psychiatrist writes.
patient:
  name: Dolores Achebe-Lindqvist
  salutation: Mrs. Achebe-Lindqvist
  date_of_birth: 1955-02-19
  member_id: FICT-CSA-30418872
  address: |-
    4418 North Wall Street
    Spokane, WA 99205
  phone: (509) 555-0114
insurer:
  name: Cascade Senior Advantage HMO (FICTIONAL)
  appeals_address: |-
    Cascade Senior Advantage HMO - Appeals and Grievances (FICTIONAL)
    PO Box 21960
    Spokane, WA 99201
  fax: (509) 555-0160
claim:
  number: OD-26-1029-77315
  plan_type: medicare_advantage
  notice_date: 2026-11-05
  appeal_deadline: 2027-01-09
  deadline_basis: >-
    The notice says to ask for a reconsideration within 65 days of the date of the notice (11/05/2026), that is
    by 01/09/2027 (42 CFR 422.582(b)).
  procedure_codes: ["90870", "00104"]
  diagnosis_codes: [F31.4]
  denial_reason: >-
    Your request for electroconvulsive therapy does not meet plan criteria MA-ECT-14. Criterion 2 is not met:
    the records show one medication for bipolar depression (quetiapine), which you are still taking. Exclusion 2
    applies: pharmacy claims show lithium 300 mg filled on 10/02/2026 (90-day supply), so you are on lithium.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer:
    name: Dr. Lowell Prentiss-Aguda
    specialty: internal medicine
  action: none
  corrections:
    - said: pharmacy claims show lithium 300 mg filled on 10/02/2026 (90-day supply), so you are on lithium
      record: >-
        Lithium was tapered on the nephrologist's advice and stopped on 10/26/2026 (last dose 10/26/2026); the
        rest of the 10/02 supply was returned to the pharmacy.
      file: [clinical/nephrology-consult-2026-10-20.txt, clinical/psychiatric-evaluation-for-ect-2026-11-02.txt]
      page: 1
    - said: the records show one medication for bipolar depression (quetiapine)
      record: >-
        Two: lurasidone 80 mg for 9 weeks in 2025 with no response (paid by her former drug plan), and quetiapine
        300 mg since 06/2026 with a partial response.
      file: [other/former-drug-plan-claims-2025.txt, clinical/psychiatric-evaluation-for-ect-2026-11-02.txt]
      page: 1
prior_auth:
  requested_on: 2026-10-29
treatment:
  name: An acute course of electroconvulsive therapy (up to 12 treatments, three a week, hospital outpatient)
  summary: >-
    Severe bipolar I depression (MADRS 36) with weight loss and passive death wishes, after lurasidone failed and
    quetiapine gave a partial response; ECT brought remission in her 2019 episode.
  plan: >-
    Right unilateral ultrabrief ECT three times a week, up to 12 treatments; MADRS weekly and MoCA before the
    first and after the sixth treatment; stop at remission (MADRS 10 or less) or after 12 treatments.
  setting: Providence Hollow Hospital outpatient ECT suite, with anesthesia staff
clinical:
  history:
    - drug: lurasidone
      dose: 80 mg daily
      start: 2025-03
      end: 2025-05
      kind: other
      weeks: 9
      adequate: true
      failed: true
      response: none
      outcome: No response after 9 weeks (MADRS 35 to 33); stopped. Paid by her former drug plan.
      paid_outside: another plan
      evidence: {file: other/former-drug-plan-claims-2025.txt, page: 1}
    - drug: quetiapine
      dose: 300 mg at bedtime
      start: 2026-06
      kind: other
      adequate: true
      response: partial
      ongoing: true
      outcome: Partial response (MADRS 38 to 29 by 08/2026, 36 on 11/02/2026); still taken.
      evidence: {file: clinical/psychiatric-evaluation-for-ect-2026-11-02.txt, page: 1}
    - drug: lamotrigine
      dose: 200 mg daily
      start: 2019
      kind: other
      ongoing: true
      outcome: Maintenance mood stabilizer since 2019; continued.
      evidence: {file: clinical/psychiatric-evaluation-for-ect-2026-11-02.txt, page: 1}
    - drug: lithium carbonate
      dose: 600 mg daily (level 0.7)
      start: 2021
      end: 2026-10-26
      kind: other
      outcome: Tapered and stopped 10/26/2026 because of falling kidney function (eGFR 52 to 41).
      evidence: {file: clinical/nephrology-consult-2026-10-20.txt, page: 1}
    - drug: electroconvulsive therapy (2019 episode)
      dose: 9 right unilateral treatments
      start: 2019-04
      end: 2019-05
      kind: neuromodulation
      sessions: 9
      adequate: true
      response: remission
      failed: false
      outcome: Remission in the 2019 episode (MADRS 40 to 8); brief memory complaints that resolved.
      evidence: {file: clinical/psychiatric-evaluation-for-ect-2026-11-02.txt, page: 1}
  severity: MADRS 36 on 11/02/2026; weight loss of 6 kg since August; MoCA 27 on 10/30/2026
  severity_date: 2026-11-02
  suicidality: passive
  suicidality_date: 2026-11-02
  episode_onset: 2026-05
  treating_since: 2019-03-11
  exclusions: Anesthesia evaluation 11/03/2026 cleared her for ECT (ASA class 2); no recent heart attack or stroke.
plan_policy:
  name: Cascade Senior Advantage clinical criteria MA-ECT-14 (electroconvulsive therapy)
  number: MA-ECT-14
  quote: >-
    ECT is medically necessary when (1) the member has a severe major depressive episode, unipolar or bipolar;
    (2) the member has had an inadequate response to, or could not tolerate, at least two medications approved
    for the condition, each at an adequate dose for at least 6 weeks; and (3) an anesthesia evaluation finds the
    member fit for ECT. Exclusion 2: concurrent lithium therapy; lithium must be stopped before ECT begins.
  file: other/plan-criteria-ma-ect-14.txt
payer_criteria:
  - criterion: (1) a severe major depressive episode, unipolar or bipolar
    how_met: Bipolar I disorder, current episode depressed, severe (F31.4); MADRS 36 on 11/02/2026.
    met: true
    evidence: {file: clinical/psychiatric-evaluation-for-ect-2026-11-02.txt, page: 1}
  - criterion: >-
      (2) an inadequate response to, or intolerance of, at least two medications approved for the condition,
      each at an adequate dose for at least 6 weeks
    how_met: >-
      Lurasidone 80 mg for 9 weeks in 2025 with no response; quetiapine 300 mg since 06/2026 with a partial
      response only (MADRS 36 on 11/02/2026).
    met: true
    evidence:
      - {file: other/former-drug-plan-claims-2025.txt, page: 1}
      - {file: clinical/psychiatric-evaluation-for-ect-2026-11-02.txt, page: 1}
  - criterion: (3) an anesthesia evaluation finds the member fit for ECT
    how_met: Pre-ECT anesthesia evaluation of 11/03/2026, ASA class 2, cleared.
    met: true
    evidence: {file: clinical/anesthesia-pre-ect-evaluation-2026-11-03.txt, page: 1}
  - criterion: 'Exclusion 2: concurrent lithium therapy; lithium must be stopped before ECT begins'
    how_met: Lithium was tapered and stopped on 10/26/2026, before the request of 10/29/2026.
    met: true
    evidence: {file: clinical/nephrology-consult-2026-10-20.txt, page: 1}
author:
  name: Dr. Emeka Vantongeren
  relation: physician
  role: Treating psychiatrist
  address: |-
    Inland Northwest Mood Clinic (FICTIONAL)
    1200 West Fifth Avenue, Suite 400
    Spokane, WA 99204
  phone: (509) 555-0131
  email: evantongeren@inwmood.example
provider:
  name: Dr. Emeka Vantongeren
  credentials: MD, psychiatrist
  npi: "{NPI_A}"
  address: |-
    1200 West Fifth Avenue, Suite 400
    Spokane, WA 99204
  phone: (509) 555-0131
peer_to_peer:
  availability: weekdays 12-1 pm Pacific
record_dates:
  - file: denial/notice-of-denial-2026-11-05.txt
    date: 2026-11-05
  - file: clinical/nephrology-consult-2026-10-20.txt
    date: 2026-10-20
  - file: clinical/psychiatric-evaluation-for-ect-2026-11-02.txt
    date: 2026-11-02
  - file: clinical/anesthesia-pre-ect-evaluation-2026-11-03.txt
    date: 2026-11-03
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/notice-of-denial-2026-11-05.txt": """\
CASCADE SENIOR ADVANTAGE HMO (FICTIONAL) - NOTICE OF DENIAL OF MEDICAL COVERAGE
Date: 11/05/2026
Member: Dolores Achebe-Lindqvist   Member ID: FICT-CSA-30418872
Request number: OD-26-1029-77315   Received: 10/29/2026
Service requested: electroconvulsive therapy, up to 12 treatments (codes 90870, 00104), Providence Hollow
Hospital outpatient. Requesting physician: Emeka Vantongeren, MD.
Decision: DENIED.
Why: Your request for electroconvulsive therapy does not meet plan criteria MA-ECT-14. Criterion 2 is not met:
the records show one medication for bipolar depression (quetiapine), which you are still taking. Exclusion 2
applies: pharmacy claims show lithium 300 mg filled on 10/02/2026 (90-day supply), so you are on lithium.
Reviewed by: Lowell Prentiss-Aguda, MD (internal medicine), plan medical director.
You have the right to ask for a reconsideration. Ask within 65 days of the date of this notice. Your doctor
may ask for you. If waiting could seriously harm your health, ask for a fast (72-hour) decision.
Appeals fax: (509) 555-0160. Member services: 1-800-555-0161 (TTY 711).
""",
        "clinical/psychiatric-evaluation-for-ect-2026-11-02.txt": """\
PSYCHIATRIC EVALUATION FOR ECT
Date: 11/02/2026
Patient: Dolores Achebe-Lindqvist   DOB: 02/19/1955   Age: 71
Psychiatrist: Emeka Vantongeren, MD (treating since 03/11/2019)
Collateral: her daughter, Inga Lindqvist-Achebe, who lives with her, reports she eats one meal a day and has
lost 6 kg since August.
Diagnosis: bipolar I disorder, current episode depressed, severe, without psychotic features (F31.4).
Current episode since 05/2026.
Treatment history:
- Lurasidone 80 mg, 03/2025-05/2025 (9 weeks): no response (MADRS 35 to 33); stopped. Filled under her former
  drug plan (Evergreen Rx, 2025).
- Quetiapine 300 mg at bedtime since 06/2026: partial response (MADRS 38 to 29 by 08/2026), then worse.
  Continues; it is still taken.
- Lamotrigine 200 mg daily since 2019 (maintenance mood stabilizer); continues.
- Lithium carbonate 600 mg (level 0.7) since 2021: tapered and stopped 10/26/2026 on nephrology advice
  (see consult of 10/20/2026). Last dose 10/26/2026.
- ECT in 2019 (9 right unilateral treatments, 04-05/2019): remission (MADRS 40 to 8); mild memory complaints
  that resolved within weeks.
Today: MADRS 36 on 11/02/2026. Passive death wishes ("I would not mind not waking up"); no plan or intent.
MoCA 27 on 10/30/2026.
Plan: acute ECT, right unilateral ultrabrief, three times a week, up to 12 treatments; continue quetiapine
and lamotrigine; no lithium.
""",
        "clinical/nephrology-consult-2026-10-20.txt": """\
NEPHROLOGY CONSULTATION
Date: 10/20/2026
Patient: Dolores Achebe-Lindqvist   DOB: 02/19/1955
Consultant: Bartholomew Nakagawa-Reyes, MD, nephrology
Referred by: Emeka Vantongeren, MD
eGFR 52 (03/2025), 46 (04/2026), 41 (10/14/2026): chronic kidney disease stage 3b, likely lithium-related.
Recommendation: taper lithium 600 mg to 300 mg for 6 days, then stop. Taper completed; lithium stopped
10/26/2026 (addendum 10/27/2026, phone call with the patient's daughter). Remaining tablets from the 10/02/2026
fill returned to the pharmacy for disposal.
""",
        "clinical/anesthesia-pre-ect-evaluation-2026-11-03.txt": """\
ANESTHESIA PRE-ECT EVALUATION
Date: 11/03/2026
Patient: Dolores Achebe-Lindqvist   Age: 71
Anesthesiologist: Priyanka Oduro-Halvorsen, MD
Hypertension controlled (128/76); ECG sinus rhythm; no heart attack or stroke in the past 12 months.
ASA class 2. Cleared for ECT under brief general anesthesia.
""",
        "other/plan-criteria-ma-ect-14.txt": """\
CASCADE SENIOR ADVANTAGE HMO (FICTIONAL) - CLINICAL CRITERIA MA-ECT-14 - Electroconvulsive therapy
Internal coverage criteria, published on the plan's website (cascade-senior.example/criteria).
ECT is medically necessary when (1) the member has a severe major depressive episode, unipolar or bipolar;
(2) the member has had an inadequate response to, or could not tolerate, at least two medications approved
for the condition, each at an adequate dose for at least 6 weeks; and (3) an anesthesia evaluation finds the
member fit for ECT. Exclusion 2: concurrent lithium therapy; lithium must be stopped before ECT begins.
""",
        "other/former-drug-plan-claims-2025.txt": """\
EVERGREEN RX PDP (FICTIONAL) - CLAIMS HISTORY (former drug plan, coverage ended 12/31/2025)
Member: Dolores Achebe-Lindqvist   DOB: 02/19/1955
03/04/2025  lurasidone 40 mg #30
03/18/2025  lurasidone 80 mg #30
04/17/2025  lurasidone 80 mg #30
05/16/2025  lurasidone 80 mg #14 (last fill)
Prescriber on all fills: E. Vantongeren, MD
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 02 - Medicare Advantage pre-service ECT: lithium already stopped, two bipolar-depression drugs (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mrs. Achebe-Lindqvist (71) has a **Medicare Advantage HMO**. Her psychiatrist's request (received 10/29/2026)
  for an acute ECT course was denied on **11/05/2026** under the plan's **internal** criteria **MA-ECT-14** by an
  **internal medicine** physician. This letter is a standard **pre-service reconsideration** (65 days: by 01/09/2027).
- **Lithium was tapered and stopped on 10/26/2026** (eGFR 52 -> 41, CKD 3b, nephrology 10/20/2026); the 10/02 fill's
  remaining tablets were returned. Exclusion 2 does not apply: the plan read a fill as current therapy.
- Drugs approved for bipolar depression: **lurasidone 80 mg, 9 weeks, no response (2025, former drug plan Evergreen
  Rx)**; **quetiapine 300 mg since 06/2026, partial response, still taken**. Criterion 2 is met by these two.
- **Lamotrigine 200 mg** is a maintenance mood stabilizer since 2019, continued: **not** a failed trial for criterion 2.
- **ECT in 2019: remission** (MADRS 40 -> 8): an earlier-episode response.
- Now: **MADRS 36 on 11/02/2026**, 6 kg weight loss, **passive** death wishes (no plan or intent), MoCA 27 (10/30).
- Anesthesia cleared her **11/03/2026** (ASA 2): criterion 3 met.
- A treating physician may ask for a pre-service reconsideration without being appointed (42 CFR 422.578(c)).

## Deliberately unknown
- Whether the plan had the nephrology consult when it decided (no record of what was sent with the request).
- Whether Medicare has any coverage rule for ECT in her area: the case records none; the plan's criteria are internal.
- The lithium level after stopping (not measured).

## Traps
- "Lithium filled 10/02 (90-day supply)" is a fill, not current therapy: she stopped it 10/26.
- Quetiapine is ongoing with a partial response: not "failed and stopped".
- Lamotrigine is not an antidepressant and not a failed bipolar-depression trial; counting it, or counting lithium as
  a failed trial (it was stopped for kidney harm), is false.
- Her daughter (Inga) gives collateral history; she is not the author or a representative. The nephrologist and the
  anesthesiologist are other clinicians, not the author.
- Suicidality is passive: a letter must not describe active ideation, a plan or an attempt.
- Medicare Advantage: no parity law, no ERISA; an upheld denial goes to the IRE automatically.
- A letter must not claim a Medicare NCD or LCD for ECT: none is in the case.

## Arguments a strong letter makes
1. Exclusion 2 does not apply: lithium stopped 10/26/2026, before the request (nephrology consult, addendum).
2. Criterion 2 is met: lurasidone (9 weeks, no response, former plan's claims) and quetiapine (partial); the denial
   saw only this plan's claims.
3. Criteria 1 and 3 are met (MADRS 36; anesthesia clearance); prior ECT remission predicts response.
4. The reviewer was an internist, not a psychiatrist; ask for review by a psychiatrist and offer a peer-to-peer call.
5. Where the plan uses internal criteria, they must be publicly accessible and based on current evidence
   (42 CFR 422.101(b)(6)); here the request meets them as written.

## What a letter must NOT say
- That she is taking lithium, or that lithium failed for her depression.
- That quetiapine was stopped or that she "failed three medications" counting lamotrigine or lithium.
- Active suicidal ideation, a plan, or an attempt.
- That a Medicare NCD/LCD requires or forbids anything here; that a Medicare Advantage plan may never use internal criteria.
- Parity (MHPAEA), ERISA, 45 CFR 147.136, state external review; that an appointment of representative form is needed.
""",
    answers=[
        ("Date of the denial notice", "Date: 11/05/2026", "denial/notice-of-denial-2026-11-05.txt"),
        ("Criteria the plan applied", "MA-ECT-14", "denial/notice-of-denial-2026-11-05.txt"),
        ("The reviewer's specialty", "Lowell Prentiss-Aguda, MD (internal medicine)", "denial/notice-of-denial-2026-11-05.txt"),
        ("What the denial says of lithium", "lithium 300 mg filled on 10/02/2026 (90-day supply)", "denial/notice-of-denial-2026-11-05.txt"),
        ("When lithium was stopped", "lithium stopped 10/26/2026", "clinical/nephrology-consult-2026-10-20.txt"),
        ("Why lithium was stopped", "chronic kidney disease stage 3b, likely lithium-related", "clinical/nephrology-consult-2026-10-20.txt"),
        ("Kidney function trend", "eGFR 52 (03/2025), 46 (04/2026), 41 (10/14/2026)", "clinical/nephrology-consult-2026-10-20.txt"),
        ("Lurasidone trial", "Lurasidone 80 mg, 03/2025-05/2025 (9 weeks): no response", "clinical/psychiatric-evaluation-for-ect-2026-11-02.txt"),
        ("Who paid for lurasidone", "EVERGREEN RX PDP (FICTIONAL) - CLAIMS HISTORY (former drug plan", "other/former-drug-plan-claims-2025.txt"),
        ("Quetiapine status", "Continues; it is still taken", "clinical/psychiatric-evaluation-for-ect-2026-11-02.txt"),
        ("Lamotrigine's role", "Lamotrigine 200 mg daily since 2019 (maintenance mood stabilizer)", "clinical/psychiatric-evaluation-for-ect-2026-11-02.txt"),
        ("Response to ECT in the earlier episode", "remission (MADRS 40 to 8)", "clinical/psychiatric-evaluation-for-ect-2026-11-02.txt"),
        ("Current severity and date", "MADRS 36 on 11/02/2026", "clinical/psychiatric-evaluation-for-ect-2026-11-02.txt"),
        ("Suicidality as recorded", "Passive death wishes", "clinical/psychiatric-evaluation-for-ect-2026-11-02.txt"),
        ("Anesthesia clearance", "ASA class 2. Cleared for ECT", "clinical/anesthesia-pre-ect-evaluation-2026-11-03.txt"),
        ("Family member named in the record", "her daughter, Inga Lindqvist-Achebe", "clinical/psychiatric-evaluation-for-ect-2026-11-02.txt"),
    ],
)

# ---------------------------------------------------------------- case 03
case(
    num="03",
    slug="medicaid-managed-care-adult-capsaicin-8pct-patch-diabetic-neuropathy-step-therapy-gabapentin-12-weeks-ignored-pregabalin-intolerance-tca-contraindicated-qtc-advocate",
    npis={"NPI_A": "162750934"},
    yaml="""\
# FICTIONAL CASE (set 81, case 03) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Wisconsin, adult 58. Capsaicin 8% patch for painful diabetic neuropathy of the feet
# denied under step therapy PA-NP-22: "duloxetine still taken, not failed; pregabalin 3 weeks only; no TCA and no
# contraindication documented". Record: gabapentin 1,800 mg for 12 weeks without benefit (the denial omits it);
# pregabalin stopped for edema and a fall (intolerance); duloxetine continued with under 30% relief; TCAs
# contraindicated by QTc 486 ms (cardiology note NOT sent with the request). First plan appeal, pre-service;
# a nonprofit benefits advocate writes with the member's authorization.
patient:
  name: Hector Villanueva-Szabo
  salutation: Mr. Villanueva-Szabo
  date_of_birth: 1968-07-22
  member_id: FICT-LCH-55092173
  address: |-
    2731 South 13th Street
    Milwaukee, WI 53215
  phone: (414) 555-0117
insurer:
  name: Lakeshore Community Health Plan, Medicaid managed care (FICTIONAL)
  appeals_address: |-
    Lakeshore Community Health Plan - Member Appeals (FICTIONAL)
    PO Box 34470
    Milwaukee, WI 53234
  fax: (414) 555-0162
claim:
  number: PA-26-1112-60291
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-20
  appeal_deadline: 2027-01-19
  deadline_basis: >-
    The notice gives 60 days from the date of the notice (11/20/2026) to ask the plan for an appeal, that is by
    01/19/2027 (42 CFR 438.402(c)(2)(ii)).
  procedure_codes: [J7336]
  diagnosis_codes: [E11.42, F33.0]
  denial_reason: >-
    Prior authorization for capsaicin 8% patch is denied. Step therapy criteria PA-NP-22 are not met. Duloxetine
    is still being taken and has not failed. Pregabalin was taken for only 3 weeks, which is not an adequate
    trial. No tricyclic antidepressant trial is documented, and no contraindication to a tricyclic is documented.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: Pregabalin was taken for only 3 weeks, which is not an adequate trial
      record: >-
        True as far as it goes: pregabalin was stopped at 3 weeks for leg edema and dizziness with a fall
        (emergency visit 09/28/2025), an intolerance, which PA-NP-22 accepts; and gabapentin 1,800 mg a day for
        12 weeks in 2024 gave no relief, a full trial of the same step that the notice does not mention.
      file: clinical/pain-and-medication-history-2026-11-04.txt
      page: 1
      leaves_out: true
    - said: no contraindication to a tricyclic is documented
      record: >-
        Cardiology documented QTc 486 ms and orthostatic hypotension on 08/14/2026 and advised against
        tricyclic antidepressants; that note was not sent with the request.
      file: clinical/cardiology-note-2026-08-14.txt
      page: 1
prior_auth:
  requested_on: 2026-11-12
treatment:
  name: Capsaicin 8% topical patch (Qutenza), up to 4 patches to the feet every 3 months, applied in the clinic
  summary: >-
    Painful diabetic peripheral neuropathy of both feet (pain 8/10) after gabapentin failed, pregabalin could not
    be tolerated, duloxetine gave under 30% relief, and tricyclics are unsafe for his heart.
  plan: >-
    One 30-minute application to both feet in the clinic, with pain scores before and 12 weeks after; repeat no
    sooner than every 3 months, and only if pain falls by 30% or more.
  fda:
    action: approved
    date: 2020-07-17
    what: capsaicin 8% topical system
    use: neuropathic pain associated with diabetic peripheral neuropathy of the feet in adults
    file: other/capsaicin-patch-label-excerpt.txt
    page: 1
clinical:
  history:
    - drug: gabapentin
      dose: 1,800 mg a day (600 mg three times daily)
      start: 2024-03
      end: 2024-06
      weeks: 12
      adequate: true
      failed: true
      response: none
      outcome: No relief after 12 weeks (pain 8/10 before and after); stopped.
      evidence: {file: clinical/pain-and-medication-history-2026-11-04.txt, page: 1}
    - drug: duloxetine
      dose: 60 mg daily
      start: 2025-01
      ongoing: true
      response: partial
      outcome: >-
        Continued for depression and partial pain relief (pain 8/10 to 6/10, a 25% reduction, under the 30% the
        criteria call adequate); still taken.
      evidence: {file: clinical/pain-and-medication-history-2026-11-04.txt, page: 1}
    - drug: pregabalin
      dose: 150 mg twice daily
      start: 2025-09-08
      end: 2025-09-29
      weeks: 3
      adequate: false
      outcome: Stopped after 3 weeks for leg edema and dizziness with a fall (emergency visit 09/28/2025).
      evidence: {file: clinical/pain-and-medication-history-2026-11-04.txt, page: 1}
    - drug: lidocaine 5% patch
      dose: up to 3 patches, 12 hours a day
      start: 2026-02
      end: 2026-04
      kind: other
      weeks: 8
      adequate: true
      response: none
      failed: true
      outcome: No benefit after 8 weeks; stopped.
      evidence: {file: clinical/pain-and-medication-history-2026-11-04.txt, page: 1}
  severity: Foot pain 8/10 (numeric rating scale) on 11/04/2026; PHQ-9 9 on 11/04/2026
  severity_date: 2026-11-04
  suicidality: none
  suicidality_date: 2026-11-04
  treating_since: 2023-10-02
plan_policy:
  name: Lakeshore Community Health Plan prior authorization criteria PA-NP-22 (topical capsaicin 8%)
  number: PA-NP-22
  quote: >-
    Capsaicin 8% patch is approved for painful diabetic peripheral neuropathy of the feet when the member has
    tried each of the following for at least 8 weeks with an inadequate response (less than 30% reduction in
    pain), or stopped it because of intolerance, unless it is contraindicated: (1) duloxetine; (2) pregabalin or
    gabapentin; (3) a tricyclic antidepressant (amitriptyline or nortriptyline).
  file: other/plan-criteria-pa-np-22.txt
payer_criteria:
  - criterion: (1) duloxetine, at least 8 weeks, inadequate response (less than 30% reduction) or intolerance
    how_met: Duloxetine 60 mg since 01/2025; pain 8/10 to 6/10, a 25% reduction; continued for depression.
    met: true
    evidence: {file: clinical/pain-and-medication-history-2026-11-04.txt, page: 1}
  - criterion: (2) pregabalin or gabapentin, at least 8 weeks with an inadequate response, or stopped for intolerance
    how_met: >-
      Gabapentin 1,800 mg a day for 12 weeks with no relief (2024); pregabalin stopped at 3 weeks for edema and
      a fall (09/2025).
    met: true
    evidence: {file: clinical/pain-and-medication-history-2026-11-04.txt, page: 1}
  - criterion: (3) a tricyclic antidepressant, unless contraindicated
    how_met: Contraindicated - QTc 486 ms and orthostatic hypotension; cardiology advised no tricyclics (08/14/2026).
    met: true
    evidence: {file: clinical/cardiology-note-2026-08-14.txt, page: 1}
author:
  name: Marisol Kettleborough-Diaz
  relation: representative
  role: Benefits advocate, Milwaukee Health Justice Project (FICTIONAL nonprofit)
  address: |-
    Milwaukee Health Justice Project (FICTIONAL)
    600 West Walnut Street, Suite 12
    Milwaukee, WI 53212
  phone: (414) 555-0139
  email: mkettleborough@mhjp.example
  authorization: other/member-authorization-2026-11-24.txt
provider:
  name: Dr. Anjali Brennan-Okafor
  credentials: MD, physical medicine and rehabilitation (pain)
  npi: "{NPI_A}"
  address: |-
    3200 West Oklahoma Avenue
    Milwaukee, WI 53215
  phone: (414) 555-0126
record_dates:
  - file: denial/prior-authorization-denial-2026-11-20.txt
    date: 2026-11-20
  - file: clinical/cardiology-note-2026-08-14.txt
    date: 2026-08-14
    submitted: false
  - file: clinical/pain-and-medication-history-2026-11-04.txt
    date: 2026-11-04
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/prior-authorization-denial-2026-11-20.txt": """\
LAKESHORE COMMUNITY HEALTH PLAN (FICTIONAL) - MEDICAID MANAGED CARE - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date of notice: 11/20/2026
Member: Hector Villanueva-Szabo   Member ID: FICT-LCH-55092173
Request: PA-26-1112-60291, received 11/12/2026. Capsaicin 8% patch (J7336), ordering provider Anjali
Brennan-Okafor, MD.
Decision: DENIED.
Reason: Prior authorization for capsaicin 8% patch is denied. Step therapy criteria PA-NP-22 are not met.
Duloxetine is still being taken and has not failed. Pregabalin was taken for only 3 weeks, which is not an
adequate trial. No tricyclic antidepressant trial is documented, and no contraindication to a tricyclic is
documented.
Your appeal rights: you may ask us for an appeal within 60 days from the date of this notice. After our appeal
decision you may ask for a State Fair Hearing. Call Member Services at 1-800-555-0165 (TTY 711).
""",
        "clinical/pain-and-medication-history-2026-11-04.txt": """\
PAIN CLINIC VISIT AND MEDICATION HISTORY (sent with the prior authorization request 11/12/2026)
Date: 11/04/2026
Patient: Hector Villanueva-Szabo   DOB: 07/22/1968   Age: 58
Clinician: Anjali Brennan-Okafor, MD (treating since 10/02/2023)
Diagnoses: type 2 diabetes with painful diabetic polyneuropathy of both feet (E11.42); major depressive
disorder, recurrent, mild (F33.0). A1c 7.4 (10/2026). Monofilament: absent sensation at 6 of 10 sites each foot.
Medication trials for neuropathic pain:
- Gabapentin 600 mg three times daily (1,800 mg a day), 03/2024-06/2024, 12 weeks: no relief (pain 8/10 before
  and after). Stopped.
- Duloxetine 60 mg daily since 01/2025 (also for depression, prescribed by his primary care physician,
  Dr. Tobias Grünwald-Ayele): pain 8/10 to 6/10, a 25% reduction. Continued; still taken.
- Pregabalin 150 mg twice daily 09/08/2025-09/29/2025 (3 weeks): leg edema and dizziness; fell at home and was
  seen in the emergency department on 09/28/2025. Stopped for intolerance.
- Lidocaine 5% patch 02/2026-04/2026 (8 weeks): no benefit. Stopped.
- Tricyclic antidepressants: not tried; see cardiology (QTc prolongation).
Today: foot pain 8/10 (numeric rating scale) on 11/04/2026; sleep broken by burning pain. PHQ-9 9. No suicidal
ideation. His son, Mateo Villanueva, drove him and helps with his medicines.
Plan: capsaicin 8% patch to both feet in clinic; request prior authorization.
""",
        "clinical/cardiology-note-2026-08-14.txt": """\
CARDIOLOGY CLINIC NOTE
Date: 08/14/2026
Patient: Hector Villanueva-Szabo   DOB: 07/22/1968
Cardiologist: Ifeoma Strand-Castellanos, MD
ECG: sinus rhythm, QTc 486 ms. Orthostatic blood pressure: 132/80 lying, 104/66 standing, dizzy.
Assessment: prolonged QTc; orthostatic hypotension.
Recommendation: avoid tricyclic antidepressants (amitriptyline, nortriptyline) and other QT-prolonging drugs
where possible.
Note: this record was in the cardiology chart only; it was not sent with the 11/12/2026 request.
""",
        "other/plan-criteria-pa-np-22.txt": """\
LAKESHORE COMMUNITY HEALTH PLAN (FICTIONAL) - PRIOR AUTHORIZATION CRITERIA PA-NP-22 - capsaicin 8% patch
Capsaicin 8% patch is approved for painful diabetic peripheral neuropathy of the feet when the member has
tried each of the following for at least 8 weeks with an inadequate response (less than 30% reduction in
pain), or stopped it because of intolerance, unless it is contraindicated: (1) duloxetine; (2) pregabalin or
gabapentin; (3) a tricyclic antidepressant (amitriptyline or nortriptyline).
Approval: one application every 3 months for 12 months.
""",
        "other/capsaicin-patch-label-excerpt.txt": """\
PRODUCT LABEL EXCERPT (summary in our own words; FICTIONAL test copy)
Capsaicin 8% topical system. FDA approval for neuropathic pain associated with diabetic peripheral neuropathy
of the feet in adults: 07/17/2020 (earlier approval for postherpetic neuralgia). Applied by a health care
provider for 30 minutes to the feet.
""",
        "other/member-authorization-2026-11-24.txt": """\
AUTHORIZED REPRESENTATIVE FORM - Lakeshore Community Health Plan (FICTIONAL)
Date: 11/24/2026
I, Hector Villanueva-Szabo (member ID FICT-LCH-55092173), name Marisol Kettleborough-Diaz of the Milwaukee
Health Justice Project as my authorized representative for my appeal of request PA-26-1112-60291.
Signed: Hector Villanueva-Szabo
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 03 - Medicaid managed care: capsaicin 8% patch, pain-medicine step therapy met (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mr. Villanueva-Szabo (58) is in a **Medicaid managed care** plan. A request for the capsaicin 8% patch (J7336) for
  painful diabetic neuropathy of the feet was denied on **11/20/2026** under **PA-NP-22**. This letter is the
  **first plan appeal**, pre-service, due **01/19/2027** (60 days from the notice, 42 CFR 438.402(c)(2)(ii)).
- Step (2): **gabapentin 1,800 mg/day for 12 weeks, no relief** (2024) meets it by itself; **pregabalin** was stopped
  at **3 weeks for edema and a fall** (ED 09/28/2025), which the criteria's intolerance clause also accepts.
- Step (1): **duloxetine 60 mg** since 01/2025, **still taken** (also for depression), **25% pain reduction (8 -> 6)**:
  less than the 30% the criteria call adequate, so an inadequate response although ongoing.
- Step (3): tricyclics **contraindicated**: **QTc 486 ms** and orthostatic hypotension (cardiology **08/14/2026**).
  That note was **not sent** with the request, so the denial's "no contraindication documented" was right about what
  it had.
- Lidocaine 5% patch for 8 weeks: no benefit (an extra trial, not a criterion).
- Pain 8/10 on 11/04/2026; PHQ-9 9 (mild depression); no suicidal ideation.
- Principal diagnosis **E11.42** (not a mental health code): no parity argument.
- The author is a nonprofit **benefits advocate** with the member's signed authorization (11/24/2026).

## Deliberately unknown
- Whether the plan would accept an ongoing drug with a partial response as "tried" under step (1).
- Response to the capsaicin patch (not yet given).
- Whether the plan's claims show gabapentin (it was filled in 2024; the notice does not mention it).

## Traps
- Duloxetine is continuing: not stopped, not "failed and discontinued". Its 25% relief is partial, not none.
- Pregabalin's 3 weeks is not an adequate 8-week trial; it counts only as intolerance.
- The cardiology note was never sent: the letter may not say the plan ignored it.
- The son (Mateo) and the primary care physician (Dr. Grünwald-Ayele) and the cardiologist are other people in the
  records: none is the author or prescriber of the patch.
- Not a mental health claim: no MHPAEA, no 42 CFR 438.910 parity argument; adult 58: no EPSDT.
- Medicaid: no ERISA, no 45 CFR 147.136 external review; the next level is the State Fair Hearing.

## Arguments a strong letter makes
1. Step (2) met by gabapentin's 12 weeks without relief; pregabalin intolerance (fall, ED visit) too.
2. Step (1) met: duloxetine's 25% reduction is under the policy's own 30% line; it continues for depression.
3. Step (3): contraindicated, with the cardiology note enclosed now, named as new to the plan.
4. The patch is FDA-approved for painful diabetic neuropathy of the feet (2020); the plan's treatment plan sets
   a stop rule (30% reduction).

## What a letter must NOT say
- That duloxetine was stopped or gave no relief; that pregabalin was an adequate trial.
- That the plan had or overlooked the cardiology note.
- Mental health parity, EPSDT, ERISA, 45 CFR 147.136.
- That amitriptyline or nortriptyline was tried.
""",
    answers=[
        ("Date of the notice", "Date of notice: 11/20/2026", "denial/prior-authorization-denial-2026-11-20.txt"),
        ("Criteria applied", "Step therapy criteria PA-NP-22 are not met", "denial/prior-authorization-denial-2026-11-20.txt"),
        ("Appeal window on the notice", "within 60 days from the date of this notice", "denial/prior-authorization-denial-2026-11-20.txt"),
        ("Gabapentin trial", "1,800 mg a day), 03/2024-06/2024, 12 weeks: no relief", "clinical/pain-and-medication-history-2026-11-04.txt"),
        ("Duloxetine's pain response", "pain 8/10 to 6/10, a 25% reduction", "clinical/pain-and-medication-history-2026-11-04.txt"),
        ("Is duloxetine still taken", "Continued; still taken", "clinical/pain-and-medication-history-2026-11-04.txt"),
        ("Why pregabalin was stopped", "leg edema and dizziness; fell at home", "clinical/pain-and-medication-history-2026-11-04.txt"),
        ("Emergency visit date", "emergency department on 09/28/2025", "clinical/pain-and-medication-history-2026-11-04.txt"),
        ("Tricyclic status", "Tricyclic antidepressants: not tried", "clinical/pain-and-medication-history-2026-11-04.txt"),
        ("QTc on the cardiology ECG", "QTc 486 ms", "clinical/cardiology-note-2026-08-14.txt"),
        ("Cardiology's recommendation", "avoid tricyclic antidepressants (amitriptyline, nortriptyline)", "clinical/cardiology-note-2026-08-14.txt"),
        ("Was the cardiology note sent with the request", "it was not sent with the 11/12/2026 request", "clinical/cardiology-note-2026-08-14.txt"),
        ("Current pain score and date", "foot pain 8/10 (numeric rating scale) on 11/04/2026", "clinical/pain-and-medication-history-2026-11-04.txt"),
        ("Policy threshold for an inadequate response", "less than 30% reduction in pain", "other/plan-criteria-pa-np-22.txt"),
        ("Date of the representative form", "Date: 11/24/2026", "other/member-authorization-2026-11-24.txt"),
        ("Family member named in the record", "His son, Mateo Villanueva", "clinical/pain-and-medication-history-2026-11-04.txt"),
    ],
)

# ---------------------------------------------------------------- case 04
case(
    num="04",
    slug="fehb-self-and-family-adult-son-24-xanomeline-trospium-schizophrenia-risperidone-partial-prolactin-olanzapine-inpatient-5-weeks-metabolic-aripiprazole-ongoing-mother-enrollee",
    npis={"NPI_A": "170381259"},
    yaml="""\
# FICTIONAL CASE (set 81, case 04) - every person, plan, provider, number and address is invented.
# FEHB Self and Family, Alabama. Prior approval for xanomeline-trospium (Cobenfy) for the enrollee's son (24,
# schizophrenia) denied under RX-AP-40 criterion 2: "risperidone effective; aripiprazole still taken; no other
# trial; clozapine not tried". Record: risperidone partial with prolactin 112 and galactorrhea; olanzapine 5 weeks
# in and after a state hospital stay (not in the carrier's claims), stopped for 9 kg gain and triglycerides 480;
# aripiprazole partial and still taken. Criteria do not ask for clozapine. Carrier reconsideration, pre-service;
# the mother (enrollee) writes with her adult son's signed authorization.
patient:
  name: Theo Marchetti-Boateng
  salutation: Mr. Marchetti-Boateng
  date_of_birth: 2002-03-30
  member_id: FICT-RFE-88240175-02
  address: |-
    3906 Bailey Cove Road
    Huntsville, AL 35802
  phone: (256) 555-0119
insurer:
  name: Redstone Federal Employees Health Plan, Self and Family (FICTIONAL)
  appeals_address: |-
    Redstone Federal Employees Health Plan - Reconsiderations (FICTIONAL)
    PO Box 11830
    Huntsville, AL 35815
  fax: (256) 555-0166
claim:
  number: PA-RFE-26-1028-5512
  plan_type: fehb
  notice_date: 2026-11-09
  appeal_deadline: 2027-05-09
  deadline_basis: >-
    The brochure (Section 8, Step 1) and the letter give 6 months from the date of the decision (11/09/2026)
    to ask the plan to reconsider, that is by 05/09/2027 (5 CFR 890.105(b)(1)).
  diagnosis_codes: [F20.9]
  denial_reason: >-
    Prior approval for xanomeline and trospium chloride capsules is denied. Criteria RX-AP-40, criterion 2, are
    not met. Our claims show risperidone, which your records describe as effective, and aripiprazole, which you
    are still taking. No other antipsychotic trial is documented. Clozapine has not been tried.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: risperidone, which your records describe as effective
      record: >-
        Risperidone 4 mg (06/2024-02/2025) gave a partial response (PANSS 96 to 74) and was stopped for a
        prolactin of 112 ng/mL with galactorrhea: a partial response and an intolerance.
      file: clinical/psychiatrist-prior-approval-letter-2026-10-28.txt
      page: 1
      leaves_out: true
    - said: No other antipsychotic trial is documented
      record: >-
        Olanzapine 15 mg for 5 weeks (03/12-04/18/2025, begun in a state hospital stay and paid outside this
        plan) was stopped for a 9 kg weight gain, triglycerides 480 mg/dL and an A1c of 6.1%.
      file: clinical/state-hospital-discharge-summary-2025-04-18.txt
      page: 1
treatment:
  name: Xanomeline and trospium chloride capsules (Cobenfy), 50 mg/20 mg twice daily, titrated to 125 mg/30 mg twice daily
  summary: >-
    Schizophrenia with persistent symptoms (PANSS 78) after risperidone (partial, high prolactin), olanzapine
    (stopped for rapid metabolic harm) and aripiprazole (partial, still taken).
  plan: >-
    Start 50 mg/20 mg twice daily, raise to 100 mg/20 mg on day 3 and to 125 mg/30 mg by week 5 as tolerated;
    cross-taper aripiprazole over 4 weeks; PANSS at weeks 4, 8 and 12; liver tests and bladder symptoms checked
    at each visit.
clinical:
  history:
    - drug: risperidone
      dose: 4 mg daily
      start: 2024-06
      end: 2025-02
      kind: other
      weeks: 34
      adequate: true
      response: partial
      failed: true
      outcome: Partial response (PANSS 96 to 74); stopped for prolactin 112 ng/mL with galactorrhea.
      evidence: {file: clinical/psychiatrist-prior-approval-letter-2026-10-28.txt, page: 1}
    - drug: olanzapine
      dose: 15 mg daily
      start: 2025-03-12
      end: 2025-04-18
      kind: other
      weeks: 5
      adequate: false
      outcome: Stopped after 5 weeks for 9 kg weight gain, triglycerides 480 mg/dL and A1c 6.1%.
      paid_outside: the state hospital and the county mental health program
      evidence: {file: clinical/state-hospital-discharge-summary-2025-04-18.txt, page: 1}
    - drug: aripiprazole
      dose: 15 mg daily
      start: 2025-04
      kind: other
      ongoing: true
      response: partial
      outcome: Partial response (PANSS 78 on 10/21/2026); mild akathisia; still taken until the cross-taper.
      evidence: {file: clinical/psychiatrist-prior-approval-letter-2026-10-28.txt, page: 1}
    - drug: propranolol
      dose: 10 mg twice daily
      start: 2025-06
      kind: other
      ongoing: true
      outcome: For akathisia from aripiprazole (not an antipsychotic trial).
      evidence: {file: clinical/psychiatrist-prior-approval-letter-2026-10-28.txt, page: 1}
  severity: PANSS 78 on 10/21/2026
  severity_date: 2026-10-21
  suicidality: none
  suicidality_date: 2026-10-21
  treating_since: 2024-05-20
  exclusions: Liver tests normal (10/2026); no urinary retention; no narrow-angle glaucoma (eye exam 09/2026).
plan_policy:
  name: Redstone Federal Employees Health Plan prior approval criteria RX-AP-40 (xanomeline-trospium)
  number: RX-AP-40
  quote: >-
    Xanomeline and trospium chloride is approved for adults with schizophrenia when (1) the diagnosis is
    documented; (2) the member has had an inadequate response to, or could not tolerate, two antipsychotics,
    each for at least 6 weeks at an adequate dose or stopped earlier because of a serious adverse effect; and
    (3) the member has no urinary retention, moderate or severe liver impairment, or untreated narrow-angle
    glaucoma.
  file: other/plan-criteria-rx-ap-40.txt
payer_criteria:
  - criterion: (1) adult with documented schizophrenia
    how_met: Age 24; schizophrenia (F20.9) diagnosed 05/2024.
    met: true
    evidence: {file: clinical/psychiatrist-prior-approval-letter-2026-10-28.txt, page: 1}
  - criterion: >-
      (2) inadequate response to, or intolerance of, two antipsychotics, each for at least 6 weeks at an
      adequate dose or stopped earlier because of a serious adverse effect
    how_met: >-
      Risperidone 4 mg for 34 weeks, partial response, stopped for hyperprolactinemia; olanzapine 15 mg stopped
      at 5 weeks for rapid weight gain and triglycerides 480; aripiprazole 15 mg, partial response, still taken.
    met: true
    evidence:
      - {file: clinical/psychiatrist-prior-approval-letter-2026-10-28.txt, page: 1}
      - {file: clinical/state-hospital-discharge-summary-2025-04-18.txt, page: 1}
  - criterion: (3) no urinary retention, moderate or severe liver impairment, or untreated narrow-angle glaucoma
    how_met: Normal liver tests, no urinary retention, eye exam without narrow-angle glaucoma.
    met: true
    evidence: {file: clinical/psychiatrist-prior-approval-letter-2026-10-28.txt, page: 1}
author:
  name: Francesca Marchetti-Boateng
  relation: representative
  role: Mother and FEHB enrollee (authorized representative of her adult son)
  address: |-
    3906 Bailey Cove Road
    Huntsville, AL 35802
  phone: (256) 555-0121
  email: fmarchetti@mail.example
  authorization: other/patient-authorization-2026-11-15.txt
provider:
  name: Dr. Samuel Okonkwo-Reyes
  credentials: MD, psychiatrist
  npi: "{NPI_A}"
  address: |-
    700 Governors Drive SW, Suite 220
    Huntsville, AL 35801
  phone: (256) 555-0124
record_dates:
  - file: denial/prior-approval-denial-2026-11-09.txt
    date: 2026-11-09
  - file: clinical/psychiatrist-prior-approval-letter-2026-10-28.txt
    date: 2026-10-28
  - file: clinical/state-hospital-discharge-summary-2025-04-18.txt
    date: 2025-04-18
    released: 2026-11-20
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/prior-approval-denial-2026-11-09.txt": """\
REDSTONE FEDERAL EMPLOYEES HEALTH PLAN (FICTIONAL) - PRIOR APPROVAL DECISION
Date: 11/09/2026
Enrollee: Francesca Marchetti-Boateng (Self and Family)   Patient: Theo Marchetti-Boateng (dependent)
Member ID: FICT-RFE-88240175-02   Reference: PA-RFE-26-1028-5512
Drug: xanomeline and trospium chloride capsules. Prescriber: Samuel Okonkwo-Reyes, MD.
Decision: DENIED.
Reason: Prior approval for xanomeline and trospium chloride capsules is denied. Criteria RX-AP-40, criterion 2,
are not met. Our claims show risperidone, which your records describe as effective, and aripiprazole, which
you are still taking. No other antipsychotic trial is documented. Clozapine has not been tried.
If you disagree, follow the disputed claims process in Section 8 of the brochure: ask us in writing to
reconsider within 6 months from the date of this decision. We have 30 days from receipt to respond.
Questions: 1-800-555-0167.
""",
        "clinical/psychiatrist-prior-approval-letter-2026-10-28.txt": """\
PRIOR APPROVAL REQUEST - LETTER OF MEDICAL NECESSITY
Date: 10/28/2026
Patient: Theo Marchetti-Boateng   DOB: 03/30/2002
Psychiatrist: Samuel Okonkwo-Reyes, MD (treating since 05/20/2024)
Diagnosis: schizophrenia (F20.9), first episode 05/2024.
Antipsychotic history:
- Risperidone 4 mg daily 06/2024-02/2025: partial response (PANSS 96 to 74), persistent withdrawal and flat
  affect; prolactin 112 ng/mL with galactorrhea; stopped.
- Olanzapine 15 mg, started 03/12/2025 at Tennessee Valley State Hospital; stopped 04/18/2025 (see the
  hospital's discharge summary, requested).
- Aripiprazole 15 mg daily since 04/2025: partial response; PANSS 78 on 10/21/2026. Mild akathisia, treated
  with propranolol 10 mg twice daily. Still taken; to be cross-tapered.
Safety: liver tests normal (10/2026); no urinary retention; eye exam 09/2026 without narrow-angle glaucoma.
No suicidal ideation (10/21/2026).
His father, Kwabena Boateng, and his county case manager, Leonie Fairweather-Ncube, report he has stopped
attending his job-training program since August.
""",
        "clinical/state-hospital-discharge-summary-2025-04-18.txt": """\
TENNESSEE VALLEY STATE HOSPITAL (FICTIONAL) - DISCHARGE SUMMARY
Admitted: 03/10/2025   Discharged: 04/02/2025   Summary dated: 04/18/2025 (addendum after follow-up)
Released to the family on request: 11/20/2026
Patient: Theo Marchetti-Boateng   DOB: 03/30/2002
Attending: Wilhelmina Esposito-Tanaka, MD
Olanzapine started 03/12/2025, raised to 15 mg daily. Continued after discharge through the county mental
health program's pharmacy. At follow-up on 04/18/2025: weight up 9 kg in 5 weeks, triglycerides 480 mg/dL,
A1c 6.1%. Olanzapine stopped 04/18/2025 for these metabolic effects; aripiprazole begun.
No charges for these medicines were billed to the family's insurance.
""",
        "other/plan-criteria-rx-ap-40.txt": """\
REDSTONE FEDERAL EMPLOYEES HEALTH PLAN (FICTIONAL) - PRIOR APPROVAL CRITERIA RX-AP-40 - xanomeline-trospium
Xanomeline and trospium chloride is approved for adults with schizophrenia when (1) the diagnosis is
documented; (2) the member has had an inadequate response to, or could not tolerate, two antipsychotics,
each for at least 6 weeks at an adequate dose or stopped earlier because of a serious adverse effect; and
(3) the member has no urinary retention, moderate or severe liver impairment, or untreated narrow-angle
glaucoma.
Approval period: 12 months.
""",
        "other/patient-authorization-2026-11-15.txt": """\
AUTHORIZATION TO ACT FOR ME IN MY APPEAL
Date: 11/15/2026
I, Theo Marchetti-Boateng, authorize my mother, Francesca Marchetti-Boateng, to ask Redstone Federal
Employees Health Plan to reconsider reference PA-RFE-26-1028-5512, to receive my records and to speak for me.
Signed: Theo Marchetti-Boateng
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 04 - FEHB prior approval for xanomeline-trospium: two antipsychotics already failed (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Theo (24) is a dependent on his mother's **FEHB Self and Family** enrollment. Prior approval for
  **xanomeline-trospium** was denied on **11/09/2026** under **RX-AP-40 criterion 2**. This letter is the
  **carrier reconsideration** (pre-service), due **05/09/2027** (6 months, 5 CFR 890.105(b)(1)); OPM review follows.
- **Risperidone 4 mg, 34 weeks:** **partial** response (PANSS 96 -> 74), stopped for **prolactin 112 with
  galactorrhea**. "Effective" leaves out both.
- **Olanzapine 15 mg, 5 weeks** (03/12-04/18/2025), begun in a **state hospital stay**, paid outside the plan:
  stopped for **9 kg gain, triglycerides 480, A1c 6.1%** - a serious adverse effect, which criterion 2 accepts.
  The discharge summary was dated 04/18/2025 and **released 11/20/2026**, after the decision.
- **Aripiprazole 15 mg since 04/2025: partial, still taken** (to be cross-tapered). Propranolol is for akathisia.
- Current **PANSS 78 on 10/21/2026**; no suicidal ideation; criterion 3 safety items met.
- **RX-AP-40 does not require clozapine.**
- The mother writes as **authorized representative** (son's signed authorization 11/15/2026); he is an adult.

## Deliberately unknown
- Whether the carrier had the hospital's records (it did not have the discharge summary; the PA letter named it).
- Whether clozapine would be considered later (no plan for it in the record).
- The carrier reviewer's name and specialty (not given).

## Traps
- Risperidone was not "effective" in full: partial response plus intolerance. Nor was it "ineffective".
- Olanzapine was 5 weeks: not an adequate 6-week trial; it counts through the serious-adverse-effect clause.
- Aripiprazole is ongoing: not stopped. Propranolol is not an antipsychotic trial.
- Clozapine is not a criterion; the letter must not say clozapine was tried.
- Father (Kwabena Boateng), case manager (Leonie Fairweather-Ncube) and the hospital attending are other people in
  the records, not authors. The mother is not "the parent of a minor": Theo is 24.
- FEHB: no ERISA, no 45 CFR 147.136, no state external review; parity is not a member right to cite.

## Arguments a strong letter makes
1. Criterion 2 met: risperidone (34 weeks, partial, hyperprolactinemia) and olanzapine (serious metabolic
   adverse effect at 5 weeks), plus aripiprazole's partial response.
2. Correct the decision: risperidone's partial response and intolerance; the olanzapine trial it did not have
   (discharge summary released 11/20/2026, after the decision).
3. Clozapine is not among RX-AP-40's criteria; ask the carrier to decide under its own criteria.
4. Criteria 1 and 3 met; ask for the 30-day decision the brochure promises.

## What a letter must NOT say
- That risperidone "failed completely" or "was effective"; that olanzapine was a 6-week trial.
- That aripiprazole was stopped; that clozapine was tried.
- That the carrier had the discharge summary when it decided.
- ERISA, 45 CFR 147.136, external review by an IRO, a state insurance department.
""",
    answers=[
        ("Date of the prior approval decision", "Date: 11/09/2026", "denial/prior-approval-denial-2026-11-09.txt"),
        ("Criteria applied", "Criteria RX-AP-40, criterion 2", "denial/prior-approval-denial-2026-11-09.txt"),
        ("Reconsideration window", "reconsider within 6 months from the date of this decision", "denial/prior-approval-denial-2026-11-09.txt"),
        ("What the denial says of clozapine", "Clozapine has not been tried", "denial/prior-approval-denial-2026-11-09.txt"),
        ("Risperidone's response", "partial response (PANSS 96 to 74)", "clinical/psychiatrist-prior-approval-letter-2026-10-28.txt"),
        ("Why risperidone was stopped", "prolactin 112 ng/mL with galactorrhea", "clinical/psychiatrist-prior-approval-letter-2026-10-28.txt"),
        ("Where olanzapine was started", "started 03/12/2025 at Tennessee Valley State Hospital", "clinical/psychiatrist-prior-approval-letter-2026-10-28.txt"),
        ("Why olanzapine was stopped", "weight up 9 kg in 5 weeks, triglycerides 480 mg/dL", "clinical/state-hospital-discharge-summary-2025-04-18.txt"),
        ("Who paid for olanzapine", "No charges for these medicines were billed to the family's insurance", "clinical/state-hospital-discharge-summary-2025-04-18.txt"),
        ("When the discharge summary was released", "Released to the family on request: 11/20/2026", "clinical/state-hospital-discharge-summary-2025-04-18.txt"),
        ("Aripiprazole status", "Still taken; to be cross-tapered", "clinical/psychiatrist-prior-approval-letter-2026-10-28.txt"),
        ("What propranolol is for", "Mild akathisia, treated with propranolol 10 mg twice daily", "clinical/psychiatrist-prior-approval-letter-2026-10-28.txt"),
        ("Current severity and date", "PANSS 78 on 10/21/2026", "clinical/psychiatrist-prior-approval-letter-2026-10-28.txt"),
        ("Does RX-AP-40 require clozapine (its words)", "two antipsychotics,\neach for at least 6 weeks at an adequate dose or stopped earlier because of a serious adverse effect", "other/plan-criteria-rx-ap-40.txt"),
        ("Authorization date", "Date: 11/15/2026", "other/patient-authorization-2026-11-15.txt"),
        ("Other people named in the records", "His father, Kwabena Boateng, and his county case manager, Leonie Fairweather-Ncube", "clinical/psychiatrist-prior-approval-letter-2026-10-28.txt"),
    ],
)

# ---------------------------------------------------------------- case 05
case(
    num="05",
    slug="tricare-prime-adfm-postpartum-tms-breastfeeding-epds-11-was-newborn-screen-sertraline-2023-remission-now-partial-ongoing-nortriptyline-tachycardia-patient",
    npis={"NPI_A": "128847301"},
    yaml="""\
# FICTIONAL CASE (set 81, case 05) - every person, plan, provider, number and address is invented.
# TRICARE Prime, active-duty family member, Tennessee. TMS for postpartum-onset depression while breastfeeding
# denied under CC-TMS-6: "most recent EPDS is 11 (05/20/2026)", "sertraline produced remission and is being
# taken", "nortriptyline 4 weeks not adequate". Record: EPDS 11 was the 2-week newborn screen before the episode
# (EPDS 23 on 07/14, 17 on 11/03); sertraline's remission was the 2023 episode, now 200 mg with a partial response,
# continued; nortriptyline stopped for tachycardia (intolerance, which the criteria count). Intrusive
# ego-dystonic thoughts, no suicidal ideation. Contractor reconsideration; the patient writes ("I").
patient:
  name: Keziah Ramdhan-Whitlock
  salutation: Mrs. Ramdhan-Whitlock
  date_of_birth: 1995-06-08
  member_id: FICT-DBN-4407713921
  address: |-
    2214 Tiny Town Road
    Clarksville, TN 37042
  phone: (931) 555-0116
  email: keziah.rw@mail.example
insurer:
  name: Eastbridge Military Health Services, TRICARE East regional contractor (FICTIONAL)
  appeals_address: |-
    Eastbridge Military Health Services - TRICARE Appeals (FICTIONAL)
    PO Box 70214
    Louisville, KY 40270
  fax: (502) 555-0168
claim:
  number: TRE-PA-26-1104-81734
  plan_type: tricare
  notice_date: 2026-11-16
  appeal_deadline: 2027-02-14
  deadline_basis: >-
    The letter says a reconsideration must be postmarked or received within 90 days of the date of the notice
    (11/16/2026), that is by 02/14/2027 (32 CFR 199.10).
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F53.0]
  denial_reason: >-
    Transcranial magnetic stimulation is not authorized. Clinical criteria CC-TMS-6 are not met. Criterion 1:
    the most recent EPDS in the records is 11 (05/20/2026), which does not show moderate to severe depression.
    Criterion 2: sertraline produced remission and is being taken; nortriptyline was stopped after 4 weeks,
    which is not an adequate trial.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer:
    name: Dr. Corbin Hallstrom-Ikeda
    specialty: family medicine
  action: none
  corrections:
    - said: the most recent EPDS in the records is 11 (05/20/2026)
      record: >-
        EPDS 11 was the screen at the baby's 2-week visit, before the episode began; the psychiatric records sent
        with the request show EPDS 23 on 07/14/2026 and EPDS 17 with PHQ-9 15 on 11/03/2026.
      file: clinical/perinatal-psychiatry-note-2026-11-03.txt
      page: 1
    - said: sertraline produced remission and is being taken
      record: >-
        Sertraline 100 mg brought remission in the 2023 postpartum episode. In this episode, at 200 mg since
        08/2026, the response is partial (EPDS 23 to 17); it is continued alongside TMS.
      file: clinical/perinatal-psychiatry-note-2026-11-03.txt
      page: 1
      leaves_out: true
    - said: nortriptyline was stopped after 4 weeks, which is not an adequate trial
      record: >-
        Nortriptyline 75 mg was stopped at 4 weeks for a resting heart rate of 118 with palpitations: an
        intolerance, which criterion 2 counts.
      file: clinical/perinatal-psychiatry-note-2026-11-03.txt
      page: 1
      leaves_out: true
prior_auth:
  requested_on: 2026-11-04
treatment:
  name: A course of transcranial magnetic stimulation (36 sessions over 6 to 7 weeks, then a 6-session taper)
  summary: >-
    Postpartum-onset major depression, still moderately severe (EPDS 17, PHQ-9 15) on sertraline 200 mg, after
    nortriptyline caused tachycardia; I am breastfeeding.
  plan: >-
    TMS five days a week, 36 sessions, then 6 taper sessions; PHQ-9 and EPDS weekly; sertraline 200 mg and
    interpersonal psychotherapy continue; stop if no 25% improvement by session 20.
  alongside: sertraline 200 mg daily
clinical:
  history:
    - drug: sertraline (2023 episode)
      dose: 100 mg daily
      start: 2023-03
      end: 2023-12
      kind: antidepressant
      response: remission
      failed: false
      outcome: Remission in the 2023 postpartum episode; tapered off 12/2023.
      evidence: {file: clinical/perinatal-psychiatry-note-2026-11-03.txt, page: 1}
    - drug: sertraline
      dose: 200 mg daily (100 mg from 07/14/2026, 200 mg from 08/04/2026)
      start: 2026-07-14
      kind: antidepressant
      weeks: 13
      adequate: true
      response: partial
      ongoing: true
      outcome: Partial response (EPDS 23 to 17); continued.
      evidence: {file: clinical/perinatal-psychiatry-note-2026-11-03.txt, page: 1}
    - drug: nortriptyline
      dose: 75 mg at bedtime
      start: 2026-09-01
      end: 2026-09-29
      kind: antidepressant
      weeks: 4
      adequate: false
      outcome: Stopped after 4 weeks for resting heart rate 118 and palpitations (intolerance).
      evidence: {file: clinical/perinatal-psychiatry-note-2026-11-03.txt, page: 1}
    - drug: interpersonal psychotherapy
      dose: weekly sessions
      start: 2026-08
      kind: psychotherapy
      sessions: 12
      ongoing: true
      outcome: 12 sessions so far; continuing.
      evidence: {file: clinical/perinatal-psychiatry-note-2026-11-03.txt, page: 1}
  severity: EPDS 17 and PHQ-9 15 on 11/03/2026 (EPDS 23 on 07/14/2026)
  severity_date: 2026-11-03
  suicidality: none
  suicidality_date: 2026-11-03
  episode_onset: 2026-07
  treating_since: 2023-03-06
  exclusions: No seizures, no metal in the head, no implanted devices (TMS screening 11/03/2026).
plan_policy:
  name: Eastbridge Military Health Services clinical criteria CC-TMS-6 (transcranial magnetic stimulation)
  number: CC-TMS-6
  quote: >-
    TMS is authorized for major depressive disorder when (1) depression is moderate to severe on a standardized
    scale (PHQ-9 15 or more, or EPDS 13 or more) at the time of the request; (2) in the current episode the
    member has tried antidepressants from two different classes, each at an adequate dose for at least 6 weeks
    with an inadequate response, or stopped because of intolerance; (3) an evidence-based psychotherapy has been
    tried or is under way; and (4) there is no seizure disorder or metal implant in or near the head.
  file: other/contractor-criteria-cc-tms-6.txt
payer_criteria:
  - criterion: (1) moderate to severe depression (PHQ-9 15 or more, or EPDS 13 or more) at the time of the request
    how_met: EPDS 17 and PHQ-9 15 on 11/03/2026, the day before the request.
    met: true
    evidence: {file: clinical/perinatal-psychiatry-note-2026-11-03.txt, page: 1}
  - criterion: >-
      (2) two antidepressant classes in the current episode, each adequate (6 weeks) with an inadequate
      response, or stopped because of intolerance
    how_met: >-
      Sertraline (SSRI) 200 mg since 08/04/2026, partial response; nortriptyline (tricyclic) stopped at 4
      weeks for heart rate 118 and palpitations.
    met: true
    evidence: {file: clinical/perinatal-psychiatry-note-2026-11-03.txt, page: 1}
  - criterion: (3) an evidence-based psychotherapy tried or under way
    how_met: Interpersonal psychotherapy, 12 weekly sessions since 08/2026, continuing.
    met: true
    evidence: {file: clinical/perinatal-psychiatry-note-2026-11-03.txt, page: 1}
  - criterion: (4) no seizure disorder or metal implant in or near the head
    how_met: TMS safety screening 11/03/2026 negative.
    met: true
    evidence: {file: clinical/perinatal-psychiatry-note-2026-11-03.txt, page: 1}
author:
  name: Keziah Ramdhan-Whitlock
  relation: patient
  role: Patient
provider:
  name: Dr. Mireille Castellano-Ibe
  credentials: MD, psychiatrist (perinatal psychiatry)
  npi: "{NPI_A}"
  address: |-
    Cumberland TMS Center (FICTIONAL)
    1800 Madison Street, Suite 105
    Clarksville, TN 37043
  phone: (931) 555-0132
record_dates:
  - file: denial/authorization-denial-2026-11-16.txt
    date: 2026-11-16
  - file: clinical/perinatal-psychiatry-note-2026-11-03.txt
    date: 2026-11-03
  - file: clinical/newborn-visit-maternal-screen-2026-05-20.txt
    date: 2026-05-20
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/authorization-denial-2026-11-16.txt": """\
EASTBRIDGE MILITARY HEALTH SERVICES (FICTIONAL) - TRICARE EAST - AUTHORIZATION DECISION
Date: 11/16/2026
Beneficiary: Keziah Ramdhan-Whitlock (active-duty family member, TRICARE Prime)   DBN: FICT-DBN-4407713921
Sponsor: SSG Darius Whitlock
Reference: TRE-PA-26-1104-81734   Request received: 11/04/2026
Service: transcranial magnetic stimulation (90867, 90868), Cumberland TMS Center, Mireille Castellano-Ibe, MD.
Decision: NOT AUTHORIZED.
Reason: Transcranial magnetic stimulation is not authorized. Clinical criteria CC-TMS-6 are not met.
Criterion 1: the most recent EPDS in the records is 11 (05/20/2026), which does not show moderate to severe
depression. Criterion 2: sertraline produced remission and is being taken; nortriptyline was stopped after 4
weeks, which is not an adequate trial.
Physician reviewer: Corbin Hallstrom-Ikeda, MD (family medicine).
Reconsideration: your request must be postmarked or received within 90 days of the date of this notice.
Questions: 1-800-555-0169.
""",
        "clinical/perinatal-psychiatry-note-2026-11-03.txt": """\
PERINATAL PSYCHIATRY NOTE (sent with the TMS authorization request 11/04/2026)
Date: 11/03/2026
Patient: Keziah Ramdhan-Whitlock   DOB: 06/08/1995   Age: 31
Psychiatrist: Mireille Castellano-Ibe, MD (treating since 03/06/2023)
Diagnosis: major depressive disorder with postpartum onset (F53.0). Baby born 05/02/2026; breastfeeding.
Current episode began 07/2026.
History: first postpartum episode 2023, sertraline 100 mg 03/2023-12/2023: remission; tapered off 12/2023.
Current episode:
- Sertraline restarted 07/14/2026 at 100 mg, 200 mg since 08/04/2026: partial response (EPDS 23 on
  07/14/2026; EPDS 17 on 11/03/2026). Continued with TMS.
- Nortriptyline 75 mg at bedtime added 09/01/2026, stopped 09/29/2026 after 4 weeks: resting heart rate 118,
  palpitations (intolerance). Baby's pediatrician, Dr. Anneliese Obuya-Fortescue, asked to avoid further
  added medicines while she breastfeeds.
- Interpersonal psychotherapy weekly since 08/2026 with Ruth Galvan-Sorensen, LCSW: 12 sessions, continuing.
Today: EPDS 17 and PHQ-9 15 on 11/03/2026. Intrusive, unwanted thoughts that the baby might be hurt, which
distress her; no intent or urge to act on them; she is safe with her baby. No suicidal ideation.
Her husband, SSG Darius Whitlock, deploys in 02/2027; her mother-in-law, Beverly Whitlock, helps with care.
TMS safety screening: no seizures, no metal in the head, no implanted devices.
Plan: TMS 36 sessions plus 6 taper; continue sertraline 200 mg and psychotherapy.
""",
        "clinical/newborn-visit-maternal-screen-2026-05-20.txt": """\
PEDIATRIC CLINIC - NEWBORN 2-WEEK VISIT - MATERNAL DEPRESSION SCREEN
Date: 05/20/2026
Infant: Baby Whitlock, born 05/02/2026. Mother: Keziah Ramdhan-Whitlock.
Edinburgh Postnatal Depression Scale (mother): EPDS 11. Mother reports tiredness; no thoughts of self-harm.
Plan: repeat screen at the 2-month visit; mother advised to call her psychiatrist if mood worsens.
Pediatrician: Anneliese Obuya-Fortescue, MD.
""",
        "other/contractor-criteria-cc-tms-6.txt": """\
EASTBRIDGE MILITARY HEALTH SERVICES (FICTIONAL) - CLINICAL CRITERIA CC-TMS-6 - Transcranial magnetic stimulation
TMS is authorized for major depressive disorder when (1) depression is moderate to severe on a standardized
scale (PHQ-9 15 or more, or EPDS 13 or more) at the time of the request; (2) in the current episode the
member has tried antidepressants from two different classes, each at an adequate dose for at least 6 weeks
with an inadequate response, or stopped because of intolerance; (3) an evidence-based psychotherapy has been
tried or is under way; and (4) there is no seizure disorder or metal implant in or near the head.
Initial authorization: up to 36 sessions plus 6 taper sessions.
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 05 - TRICARE TMS in postpartum depression: the wrong EPDS, an earlier episode's remission (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mrs. Ramdhan-Whitlock (31) is a **TRICARE Prime active-duty family member**. The regional contractor denied TMS
  on **11/16/2026** under **CC-TMS-6** (reviewer: family medicine). This letter is the **reconsideration** by the
  regional contractor, due **02/14/2027** (90 days, 32 CFR 199.10).
- **EPDS 11 (05/20/2026)** was the **2-week newborn-visit screen**, before the episode (which began 07/2026).
  The records sent show **EPDS 23 on 07/14/2026** and **EPDS 17 / PHQ-9 15 on 11/03/2026**: criterion 1 met.
- **Sertraline's remission was the 2023 episode.** Now **200 mg since 08/04/2026, partial response**, **still taken**
  and continued with TMS.
- **Nortriptyline 75 mg, 4 weeks**, stopped for **heart rate 118 and palpitations**: an intolerance, which criterion
  2 counts. Two classes (SSRI, tricyclic): criterion 2 met.
- **Interpersonal psychotherapy**: 12 sessions, continuing (criterion 3; not a medication trial).
- She is **breastfeeding**; the baby's pediatrician asked to avoid further added medicines.
- **Intrusive ego-dystonic thoughts** about harm coming to the baby, **no intent**, safe with the baby; **no suicidal
  ideation**.

## Deliberately unknown
- TMS response (not started).
- Whether the contractor reviewer saw the 11/03 note (it was sent with the request; the decision quotes only 05/20).
- The day the notice actually reached her (not recorded). Counting receipt as 5 days after the notice date (11/21/2026),
  the 3-day window for an expedited reconsideration of a denied prior authorization ended about 11/24/2026: this is a
  standard reconsideration, and a letter must not call it expedited.

## Traps
- "Most recent EPDS 11" is false for the records sent: the 11/03 EPDS is 17.
- "Sertraline produced remission" is true of 2023 only; "is being taken" is true. Not "sertraline failed".
- Nortriptyline's 4 weeks is not an adequate trial; it counts as intolerance.
- Psychotherapy is not an antidepressant; "three failed antidepressants" is false.
- Intrusive thoughts are not suicidal ideation and not a risk to the baby: a letter must not say she might harm
  her child or is suicidal.
- Husband (SSG Darius Whitlock, the sponsor), mother-in-law, pediatrician and the LCSW are other people in the
  records; none is the author.
- TRICARE: no ERISA, no ACA external review, no MHPAEA, no state insurance department.

## Arguments a strong letter makes
1. Criterion 1: the scores at the time of the request (EPDS 17, PHQ-9 15 on 11/03/2026); the 05/20 screen predates
   the episode.
2. Criterion 2: SSRI partial response at 200 mg for 13 weeks in this episode, plus tricyclic intolerance.
3. Criteria 3-4 met (IPT under way; safety screening negative).
4. Breastfeeding and the pediatrician's advice make a non-drug treatment the fitting next step.
5. Ask that a psychiatrist review it (the reviewer was family medicine).

## What a letter must NOT say
- That her most recent EPDS is 11, or that sertraline "failed" or "never worked".
- That nortriptyline was an adequate 6-week trial; that psychotherapy was an antidepressant trial.
- Suicidal ideation, or any risk of harm to the baby.
- ERISA, 45 CFR 147.136, parity, state external review.
""",
    answers=[
        ("Date of the decision", "Date: 11/16/2026", "denial/authorization-denial-2026-11-16.txt"),
        ("Criteria applied", "Clinical criteria CC-TMS-6 are not met", "denial/authorization-denial-2026-11-16.txt"),
        ("EPDS the denial relies on", "the most recent EPDS in the records is 11 (05/20/2026)", "denial/authorization-denial-2026-11-16.txt"),
        ("Reviewer's specialty", "Corbin Hallstrom-Ikeda, MD (family medicine)", "denial/authorization-denial-2026-11-16.txt"),
        ("What the EPDS 11 was", "NEWBORN 2-WEEK VISIT - MATERNAL DEPRESSION SCREEN", "clinical/newborn-visit-maternal-screen-2026-05-20.txt"),
        ("Scores at the time of the request", "EPDS 17 and PHQ-9 15 on 11/03/2026", "clinical/perinatal-psychiatry-note-2026-11-03.txt"),
        ("Current episode onset", "Current episode began 07/2026", "clinical/perinatal-psychiatry-note-2026-11-03.txt"),
        ("When sertraline produced remission", "sertraline 100 mg 03/2023-12/2023: remission", "clinical/perinatal-psychiatry-note-2026-11-03.txt"),
        ("Sertraline in this episode", "200 mg since 08/04/2026: partial response", "clinical/perinatal-psychiatry-note-2026-11-03.txt"),
        ("Is sertraline continued", "Continued with TMS", "clinical/perinatal-psychiatry-note-2026-11-03.txt"),
        ("Why nortriptyline was stopped", "resting heart rate 118,\npalpitations (intolerance)", "clinical/perinatal-psychiatry-note-2026-11-03.txt"),
        ("Psychotherapy", "Interpersonal psychotherapy weekly since 08/2026", "clinical/perinatal-psychiatry-note-2026-11-03.txt"),
        ("Breastfeeding", "breastfeeding", "clinical/perinatal-psychiatry-note-2026-11-03.txt"),
        ("Intrusive thoughts, as recorded", "no intent or urge to act on them; she is safe with her baby. No suicidal ideation", "clinical/perinatal-psychiatry-note-2026-11-03.txt"),
        ("Criterion 1 threshold", "PHQ-9 15 or more, or EPDS 13 or more", "other/contractor-criteria-cc-tms-6.txt"),
        ("Sponsor / husband", "Sponsor: SSG Darius Whitlock", "denial/authorization-denial-2026-11-16.txt"),
    ],
)

# ---------------------------------------------------------------- case 06
case(
    num="06",
    slug="self-funded-erisa-pre-service-iv-ketamine-aripiprazole-2-then-5-mg-liothyronine-omitted-venlafaxine-partial-ongoing-escitalopram-2016-remission-wife",
    npis={"NPI_A": "115920487"},
    yaml="""\
# FICTIONAL CASE (set 81, case 06) - every person, plan, provider, number and address is invented.
# Self-funded employer plan (ERISA), North Carolina, 3,400 employees. Pre-service IV ketamine for recurrent severe
# depression denied under MP-KET-31: criterion 2 "two failed antidepressants; venlafaxine still taken;
# escitalopram effective in 2016", criterion 3 "aripiprazole 2 mg, below an adequate dose". Record: aripiprazole
# 2 mg for 2 weeks then 5 mg for 7 weeks; liothyronine 50 mcg for 8 weeks (omitted by the denial); venlafaxine
# partial and continued; escitalopram's remission was the 2016 episode. Attempt in 2016; passive ideation now.
# First internal appeal; his wife writes as authorized representative.
patient:
  name: Anselm Koval-Nnamdi
  salutation: Mr. Koval-Nnamdi
  date_of_birth: 1979-09-14
  member_id: FICT-PAE-61930447
  address: |-
    5120 Six Forks Road
    Raleigh, NC 27609
  phone: (919) 555-0115
insurer:
  name: Piedmont Aerostructures Employee Health Plan, administered by Tarheel Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Tarheel Benefit Administrators - Appeals Unit (FICTIONAL)
    PO Box 19047
    Raleigh, NC 27619
  fax: (919) 555-0170
claim:
  number: PRE-26-1104-22906
  plan_type: employer_erisa
  funding: self_funded
  employees: 3400
  notice_date: 2026-11-12
  appeal_deadline: 2027-05-11
  deadline_basis: >-
    The notice gives 180 days from receipt to appeal (29 CFR 2560.503-1(h)(3)(i)); counted from the notice date
    (11/12/2026) to be safe: 05/11/2027.
  procedure_codes: ["96365"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Precertification for intravenous ketamine is denied as not medically necessary under medical policy
    MP-KET-31. Criterion 2 is not met: the records show two failed antidepressants in the current episode
    (sertraline, vortioxetine); venlafaxine XR is still being taken and is not a failed trial, and escitalopram
    was effective in 2016. Criterion 3 is not met: aripiprazole was given at 2 mg, below an adequate augmenting
    dose.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer:
    name: Dr. Philippa Arkwright-Soto
    specialty: psychiatry
  action: none
  corrections:
    - said: aripiprazole was given at 2 mg, below an adequate augmenting dose
      record: >-
        Aripiprazole was 2 mg for 2 weeks and then 5 mg for 7 weeks (03/2026-05/2026) without response; and
        liothyronine 50 mcg was added for 8 weeks (06/2026-08/2026) without response.
      file: clinical/psychiatry-note-2026-11-02.txt
      page: 1
    - said: venlafaxine XR is still being taken and is not a failed trial
      record: >-
        True that it is still taken; it has given a partial response only after more than a year at 225 mg
        (MADRS 34 to 27, now 31): an inadequate response in the policy's words, and it continues alongside the
        infusions.
      file: clinical/psychiatry-note-2026-11-02.txt
      page: 1
      leaves_out: true
    - said: escitalopram was effective in 2016
      record: >-
        Escitalopram brought remission in the 2016 episode; it was not tried in the current episode, which began
        01/2025. MP-KET-31 counts trials in the current episode.
      file: clinical/psychiatry-note-2026-11-02.txt
      page: 1
      leaves_out: true
prior_auth:
  requested_on: 2026-11-04
treatment:
  name: Intravenous ketamine, 6 infusions of 0.5 mg/kg over 40 minutes across 2 to 3 weeks
  summary: >-
    Recurrent severe depression (MADRS 31) in an episode since 01/2025, after three antidepressants and two
    augmentation trials; venlafaxine XR 225 mg continues.
  plan: >-
    Six infusions of 0.5 mg/kg over 40 minutes, twice weekly, with blood pressure and pulse oximetry every 15
    minutes and 60 minutes' observation; MADRS before infusions 1, 4 and 6; stop if MADRS has not fallen 25% by
    infusion 4.
  alongside: venlafaxine XR 225 mg daily
clinical:
  history:
    - drug: escitalopram (2016 episode)
      dose: 20 mg daily
      start: 2016-05
      end: 2017-06
      kind: antidepressant
      response: remission
      failed: false
      outcome: Remission in the 2016 episode; tapered off 06/2017.
      evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
    - drug: sertraline
      dose: 150 mg daily
      start: 2025-01
      end: 2025-03
      kind: antidepressant
      weeks: 8
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks at 150 mg.
      evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
    - drug: vortioxetine
      dose: 20 mg daily
      start: 2025-04
      end: 2025-06
      kind: antidepressant
      weeks: 9
      adequate: true
      failed: true
      response: none
      outcome: Minimal change after 9 weeks; nausea; stopped.
      evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
    - drug: venlafaxine XR
      dose: 225 mg daily
      start: 2025-08
      kind: antidepressant
      adequate: true
      response: partial
      ongoing: true
      outcome: Partial response (MADRS 34 to 27, 31 on 11/02/2026); continued.
      evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
    - drug: aripiprazole
      dose: 2 mg for 2 weeks, then 5 mg for 7 weeks
      start: 2026-03
      end: 2026-05
      kind: augmentation
      weeks: 9
      adequate: true
      failed: true
      response: none
      outcome: No response after 9 weeks (7 of them at 5 mg); stopped.
      evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
    - drug: liothyronine
      dose: 50 mcg daily
      start: 2026-06
      end: 2026-08
      kind: augmentation
      weeks: 8
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks; stopped.
      evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
    - drug: trazodone
      dose: 100 mg at bedtime
      start: 2025-02
      kind: other
      ongoing: true
      outcome: For sleep only (not an antidepressant trial).
      evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
  severity: MADRS 31 and PHQ-9 19 on 11/02/2026
  severity_date: 2026-11-02
  suicidality: passive
  suicidality_date: 2026-11-02
  episode_onset: 2025-01
  treating_since: 2016-05-09
  exclusions: No psychosis; no substance use disorder (urine drug screen negative 10/30/2026); blood pressure 124/78.
impact:
  work: On short-term disability from his engineering job since 09/08/2026.
plan_policy:
  name: Piedmont Aerostructures Employee Health Plan medical policy MP-KET-31 (intravenous ketamine for depression)
  number: MP-KET-31
  quote: >-
    Intravenous ketamine is medically necessary for major depressive disorder when (1) depression is moderate
    to severe (MADRS 25 or more, or PHQ-9 15 or more) within 30 days of the request; (2) in the current
    episode, the member has had an inadequate response to at least three antidepressants from at least two
    classes, each at an adequate dose for at least 6 weeks; (3) the member has had an inadequate response to
    at least one augmentation trial (an atypical antipsychotic, lithium or thyroid hormone) at an adequate dose
    for at least 6 weeks; and (4) there is no psychosis, no active substance use disorder and blood pressure is
    controlled.
  file: other/medical-policy-mp-ket-31.txt
payer_criteria:
  - criterion: (1) MADRS 25 or more, or PHQ-9 15 or more, within 30 days of the request
    how_met: MADRS 31 and PHQ-9 19 on 11/02/2026; request 11/04/2026.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
  - criterion: >-
      (2) inadequate response to at least three antidepressants from at least two classes in the current
      episode, each adequate (6 weeks)
    how_met: >-
      Sertraline 150 mg, 8 weeks, no response; vortioxetine 20 mg, 9 weeks, no response; venlafaxine XR 225 mg
      for over a year, partial response only (still taken).
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
  - criterion: (3) inadequate response to at least one augmentation trial at an adequate dose for 6 weeks
    how_met: Aripiprazole 5 mg for 7 weeks (after 2 weeks at 2 mg), no response; liothyronine 50 mcg for 8 weeks, no response.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
  - criterion: (4) no psychosis, no active substance use disorder, blood pressure controlled
    how_met: No psychosis; urine drug screen negative 10/30/2026; blood pressure 124/78.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
author:
  name: Marisela Koval-Nnamdi
  relation: representative
  role: Wife (authorized representative)
  address: |-
    5120 Six Forks Road
    Raleigh, NC 27609
  phone: (919) 555-0122
  email: marisela.kn@mail.example
  authorization: other/authorized-representative-form-2026-11-18.txt
provider:
  name: Dr. Laszlo Ferreira-Mbeki
  credentials: MD, psychiatrist
  npi: "{NPI_A}"
  address: |-
    Triangle Interventional Psychiatry (FICTIONAL)
    3100 Blue Ridge Road, Suite 200
    Raleigh, NC 27612
  phone: (919) 555-0134
peer_to_peer:
  availability: weekdays 8-9 am Eastern
record_dates:
  - file: denial/precertification-denial-2026-11-12.txt
    date: 2026-11-12
  - file: clinical/psychiatry-note-2026-11-02.txt
    date: 2026-11-02
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/precertification-denial-2026-11-12.txt": """\
TARHEEL BENEFIT ADMINISTRATORS (FICTIONAL), claims administrator for the Piedmont Aerostructures Employee
Health Plan (self-funded) - NOTICE OF ADVERSE BENEFIT DETERMINATION (PRE-SERVICE)
Date: 11/12/2026
Participant: Anselm Koval-Nnamdi   Member ID: FICT-PAE-61930447
Precertification number: PRE-26-1104-22906   Received: 11/04/2026
Service: intravenous ketamine infusions (96365), Triangle Interventional Psychiatry, Laszlo Ferreira-Mbeki, MD.
Decision: DENIED - not medically necessary.
Reason: Precertification for intravenous ketamine is denied as not medically necessary under medical policy
MP-KET-31. Criterion 2 is not met: the records show two failed antidepressants in the current episode
(sertraline, vortioxetine); venlafaxine XR is still being taken and is not a failed trial, and escitalopram
was effective in 2016. Criterion 3 is not met: aripiprazole was given at 2 mg, below an adequate augmenting
dose.
Reviewer: Philippa Arkwright-Soto, MD, board-certified psychiatrist.
You may appeal within 180 days after you receive this notice. You may ask for the documents relevant to your
claim free of charge. After the plan's final decision you may ask for external review. Appeals fax:
(919) 555-0170. Customer service: 1-800-555-0171.
""",
        "clinical/psychiatry-note-2026-11-02.txt": """\
PSYCHIATRY PROGRESS NOTE (sent with the precertification request 11/04/2026)
Date: 11/02/2026
Patient: Anselm Koval-Nnamdi   DOB: 09/14/1979   Age: 47
Psychiatrist: Laszlo Ferreira-Mbeki, MD (treating since 05/09/2016)
Diagnosis: major depressive disorder, recurrent, severe, without psychotic features (F33.2).
2016 episode: escitalopram 20 mg, remission; tapered off 06/2017. Suicide attempt (overdose) 04/2016, before
treatment; none since.
Current episode since 01/2025:
- Sertraline 150 mg 01/2025-03/2025 (8 weeks): no response.
- Vortioxetine 20 mg 04/2025-06/2025 (9 weeks): minimal change; nausea; stopped.
- Venlafaxine XR 225 mg since 08/2025: partial response (MADRS 34 to 27 by 12/2025); continued; still taken.
- Aripiprazole augmentation 03/2026-05/2026: 2 mg for 2 weeks, then 5 mg for 7 weeks: no response; stopped.
- Liothyronine 50 mcg augmentation 06/2026-08/2026 (8 weeks): no response; stopped.
- Trazodone 100 mg at bedtime for sleep since 02/2025.
Today: MADRS 31 and PHQ-9 19 on 11/02/2026. Passive thoughts that he would be better off not waking up; no
plan, no intent. Urine drug screen negative 10/30/2026. Blood pressure 124/78. No psychotic symptoms.
On short-term disability from his engineering job since 09/08/2026. His wife, Marisela, attends; his
employee assistance counselor, Bronwyn Achterberg, LPC, sees him every two weeks.
Plan: IV ketamine 0.5 mg/kg, 6 infusions; continue venlafaxine XR 225 mg.
""",
        "other/medical-policy-mp-ket-31.txt": """\
PIEDMONT AEROSTRUCTURES EMPLOYEE HEALTH PLAN (FICTIONAL) - MEDICAL POLICY MP-KET-31
Intravenous ketamine for depression. Effective 01/01/2026.
Intravenous ketamine is medically necessary for major depressive disorder when (1) depression is moderate
to severe (MADRS 25 or more, or PHQ-9 15 or more) within 30 days of the request; (2) in the current
episode, the member has had an inadequate response to at least three antidepressants from at least two
classes, each at an adequate dose for at least 6 weeks; (3) the member has had an inadequate response to
at least one augmentation trial (an atypical antipsychotic, lithium or thyroid hormone) at an adequate dose
for at least 6 weeks; and (4) there is no psychosis, no active substance use disorder and blood pressure is
controlled.
""",
        "other/authorized-representative-form-2026-11-18.txt": """\
TARHEEL BENEFIT ADMINISTRATORS (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION
Date: 11/18/2026
I, Anselm Koval-Nnamdi, name my wife, Marisela Koval-Nnamdi, as my authorized representative for the appeal
of precertification PRE-26-1104-22906.
Signed: Anselm Koval-Nnamdi
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 06 - Self-funded ERISA plan, IV ketamine: augmentation dose misread, T3 omitted, 2016 remission (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mr. Koval-Nnamdi (47) is in a **self-funded ERISA** plan (3,400 employees). Precertification for **IV ketamine**
  was denied on **11/12/2026** under **MP-KET-31** (reviewer: a psychiatrist). This letter is the **first internal
  appeal**, pre-service (decision within 30 days), due 180 days after receipt (safe: **05/11/2027**).
- **Aripiprazole: 2 mg for 2 weeks, then 5 mg for 7 weeks** (03-05/2026), no response. **Liothyronine 50 mcg, 8
  weeks**, no response - omitted by the denial. Criterion 3 met.
- Current episode since **01/2025**: **sertraline 150 mg, 8 weeks**, none; **vortioxetine 20 mg, 9 weeks**, minimal
  change + nausea; **venlafaxine XR 225 mg since 08/2025, partial, still taken** and continued with the infusions.
  Criterion 2 asks for an "inadequate response", not a stopped drug.
- **Escitalopram brought remission in the 2016 episode**, not in this one; the policy counts the current episode.
- **Trazodone 100 mg** at bedtime is for sleep, not a trial.
- **MADRS 31 / PHQ-9 19 on 11/02/2026** (criterion 1); **passive** ideation, no plan or intent; **attempt in 04/2016**
  (history, ten years ago). UDS negative; BP 124/78 (criterion 4).
- On short-term disability since 09/08/2026.
- Wife writes as authorized representative (plan form 11/18/2026).

## Deliberately unknown
- Whether the plan's reviewer read the liothyronine line (the note was sent).
- Whether ketamine will work for him.
- Whether the plan's dose threshold for aripiprazole augmentation is written anywhere (the policy says only
  "adequate dose").

## Traps
- "Aripiprazole 2 mg" is wrong: it was 5 mg for 7 of 9 weeks.
- Venlafaxine continues: not stopped, not "failed and discontinued"; partial, not none.
- Escitalopram's remission is the 2016 episode; not a failure, and not in this episode.
- Trazodone is not an antidepressant trial; "four failed antidepressants" counting it is false.
- The 2016 attempt is history: not a recent attempt; current ideation is passive.
- The EAP counselor (Bronwyn Achterberg, LPC) is another clinician, not the prescriber or author.
- Self-funded ERISA: external review under 29 CFR 2590.715-2719 (federal process), after the internal appeal; not
  a state insurance department; "contra proferentem" not as law (the plan may grant discretion).

## Arguments a strong letter makes
1. Criterion 3 met twice: aripiprazole 5 mg x 7 weeks and liothyronine 50 mcg x 8 weeks, both without response.
2. Criterion 2 met: three antidepressants, two or more classes, in this episode with inadequate response
   (venlafaxine's partial response is inadequate; it continues).
3. Escitalopram 2016 is an earlier episode and not a criterion; ask the plan to apply its own words.
4. Criteria 1 and 4 met; passive ideation and disability show what delay costs.
5. ERISA rights: full and fair review by a new reviewer, claim documents free of charge, names of experts consulted.

## What a letter must NOT say
- That aripiprazole was only 2 mg, or that no thyroid augmentation was tried.
- That venlafaxine was stopped; that escitalopram "failed".
- A recent suicide attempt, active ideation or a plan.
- A state insurance department or 45 CFR 147.136(c) state external review as the route.
""",
    answers=[
        ("Date of the notice", "Date: 11/12/2026", "denial/precertification-denial-2026-11-12.txt"),
        ("Policy applied", "medical policy\nMP-KET-31", "denial/precertification-denial-2026-11-12.txt"),
        ("Aripiprazole as the denial states it", "aripiprazole was given at 2 mg, below an adequate augmenting\ndose", "denial/precertification-denial-2026-11-12.txt"),
        ("Reviewer's specialty", "board-certified psychiatrist", "denial/precertification-denial-2026-11-12.txt"),
        ("Aripiprazole as given", "2 mg for 2 weeks, then 5 mg for 7 weeks: no response", "clinical/psychiatry-note-2026-11-02.txt"),
        ("Thyroid augmentation", "Liothyronine 50 mcg augmentation 06/2026-08/2026 (8 weeks): no response", "clinical/psychiatry-note-2026-11-02.txt"),
        ("Venlafaxine status", "continued; still taken", "clinical/psychiatry-note-2026-11-02.txt"),
        ("Venlafaxine response", "partial response (MADRS 34 to 27 by 12/2025)", "clinical/psychiatry-note-2026-11-02.txt"),
        ("Escitalopram", "2016 episode: escitalopram 20 mg, remission", "clinical/psychiatry-note-2026-11-02.txt"),
        ("Current episode onset", "Current episode since 01/2025", "clinical/psychiatry-note-2026-11-02.txt"),
        ("Trazodone's purpose", "Trazodone 100 mg at bedtime for sleep", "clinical/psychiatry-note-2026-11-02.txt"),
        ("Current severity", "MADRS 31 and PHQ-9 19 on 11/02/2026", "clinical/psychiatry-note-2026-11-02.txt"),
        ("Suicidality now", "no\nplan, no intent", "clinical/psychiatry-note-2026-11-02.txt"),
        ("Suicide attempt history", "Suicide attempt (overdose) 04/2016, before\ntreatment; none since", "clinical/psychiatry-note-2026-11-02.txt"),
        ("Work impact", "short-term disability from his engineering job since 09/08/2026", "clinical/psychiatry-note-2026-11-02.txt"),
        ("Representative designation date", "Date: 11/18/2026", "other/authorized-representative-form-2026-11-18.txt"),
    ],
)

# ---------------------------------------------------------------- case 07
case(
    num="07",
    slug="church-plan-self-funded-lisdexamfetamine-binge-eating-cbt-20-sessions-not-8-topiramate-kidney-stone-2019-amphetamine-screen-was-prescribed-pmhnp",
    npis={"NPI_A": "136604829"},
    yaml="""\
# FICTIONAL CASE (set 81, case 07) - every person, plan, provider, number and address is invented.
# Church plan, self-funded, not ERISA, not grandfathered, South Dakota, 1,050 employees. Lisdexamfetamine for
# binge eating disorder denied under step therapy RX-BED-2: "8 CBT sessions, not a completed course",
# "topiramate not tried, no contraindication", "stimulant misuse: positive amphetamine screen in 2019". Record:
# 20 CBT sessions completed 08/26/2026 (8 was a mid-course note); topiramate 5 weeks, stopped for cognitive
# slowing and a kidney stone; the 2019 screen matched her prescribed ADHD medicine. Sertraline continues for
# depression (not a BED trial). First internal appeal, pre-service; the prescribing PMHNP writes.
patient:
  name: Perpetua Nakashima-Oyelowo
  salutation: Ms. Nakashima-Oyelowo
  date_of_birth: 1997-01-26
  member_id: FICT-SWM-20557318
  address: |-
    1908 South Minnesota Avenue
    Sioux Falls, SD 57105
  phone: (605) 555-0113
insurer:
  name: Shepherd's Way Ministries Benefit Plan (church plan, FICTIONAL)
  appeals_address: |-
    Shepherd's Way Ministries Benefit Plan - Appeals (FICTIONAL)
    PO Box 88104
    Sioux Falls, SD 57109
  fax: (605) 555-0172
claim:
  number: RX-SWM-26-1116-30482
  plan_type: church
  funding: self_funded
  grandfathered: false
  employees: 1050
  notice_date: 2026-11-23
  appeal_deadline: 2027-05-22
  deadline_basis: >-
    The Plan Document gives 180 days after receipt of the notice to appeal (26 CFR 54.9815-2719, applying 29 CFR
    2560.503-1(h)(3)(i)); counted from the notice date (11/23/2026) to be safe: 05/22/2027.
  diagnosis_codes: [F50.811, F33.42]
  denial_reason: >-
    Lisdexamfetamine is not approved. Step therapy RX-BED-2 is not met. Criterion 2: records show 8 sessions of
    cognitive behavioral therapy (note of 06/17/2026), which is not a completed course. Criterion 3: topiramate
    has not been tried and no contraindication is documented. Criterion 4: a positive amphetamine screen in 2019
    indicates a history of stimulant misuse.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: records show 8 sessions of cognitive behavioral therapy (note of 06/17/2026), which is not a completed course
      record: >-
        The 06/17/2026 note was written at session 8; the course went on to 20 sessions, completed 08/26/2026
        (therapist's discharge summary).
      file: clinical/therapist-discharge-summary-2026-08-26.txt
      page: 1
    - said: topiramate has not been tried and no contraindication is documented
      record: >-
        Topiramate 100 mg was taken for 5 weeks (09/2025-10/2025) and stopped for cognitive slowing and a kidney
        stone (emergency visit 10/19/2025); her prescriber documents the stone as a reason not to retry it.
      file: clinical/pmhnp-evaluation-2026-11-10.txt
      page: 1
    - said: a positive amphetamine screen in 2019 indicates a history of stimulant misuse
      record: >-
        In 2019 she was taking mixed amphetamine salts prescribed for ADHD (2017-2020), which the screen
        reflected; the state prescription monitoring report shows no stimulant fills since 2020.
      file: other/prescription-monitoring-report-2026-11-09.txt
      page: 1
treatment:
  name: Lisdexamfetamine capsules, 30 mg each morning, titrated by 20 mg weekly to 50-70 mg
  summary: >-
    Binge eating disorder (4 binges a week, Binge Eating Scale 31) after a completed 20-session CBT course
    reduced but did not stop binges, and topiramate caused cognitive slowing and a kidney stone.
  plan: >-
    30 mg each morning, raised by 20 mg a week to 50-70 mg; blood pressure and pulse at each visit; binge
    diary and Binge Eating Scale monthly; prescription monitoring checked every 3 months; stop if binges do
    not fall by half in 12 weeks.
clinical:
  history:
    - drug: cognitive behavioral therapy for binge eating (CBT-E)
      dose: 20 weekly sessions
      start: 2026-03-25
      end: 2026-08-26
      kind: psychotherapy
      sessions: 20
      adequate: true
      response: partial
      outcome: Course completed; binges fell from 7 to 4 a week.
      evidence: {file: clinical/therapist-discharge-summary-2026-08-26.txt, page: 1}
    - drug: topiramate
      dose: 100 mg daily
      start: 2025-09
      end: 2025-10
      kind: other
      weeks: 5
      adequate: false
      outcome: Stopped after 5 weeks for cognitive slowing and a kidney stone (emergency visit 10/19/2025).
      evidence: {file: clinical/pmhnp-evaluation-2026-11-10.txt, page: 1}
    - drug: sertraline
      dose: 100 mg daily
      start: 2023-02
      kind: antidepressant
      ongoing: true
      outcome: For depression, which is in remission; continued. Not a treatment trial for binge eating.
      evidence: {file: clinical/pmhnp-evaluation-2026-11-10.txt, page: 1}
    - drug: mixed amphetamine salts (ADHD, 2017-2020)
      dose: 20 mg daily
      start: 2017
      end: 2020
      kind: other
      outcome: Prescribed for ADHD in college; stopped 2020. Explains the 2019 screen.
      evidence: {file: other/prescription-monitoring-report-2026-11-09.txt, page: 1}
  severity: Binge Eating Scale 31 and 4 binge episodes a week on 11/10/2026
  severity_date: 2026-11-10
  suicidality: none
  suicidality_date: 2026-11-10
  treating_since: 2023-02-14
  exclusions: Blood pressure 118/74, pulse 72, ECG normal (11/2026); no heart disease; no stimulant fills since 2020.
plan_policy:
  name: Shepherd's Way Ministries Benefit Plan step therapy RX-BED-2 (lisdexamfetamine for binge eating disorder)
  number: RX-BED-2
  quote: >-
    Lisdexamfetamine for binge eating disorder is approved when (1) binge eating disorder is diagnosed, with at
    least one binge episode a week for 3 months; (2) the member has completed a course of cognitive behavioral
    therapy for binge eating of at least 16 sessions, or one is not available; (3) the member has tried
    topiramate for at least 8 weeks, unless it is contraindicated; and (4) there is no history of stimulant
    misuse, uncontrolled hypertension or structural heart disease.
  file: other/plan-criteria-rx-bed-2.txt
payer_criteria:
  - criterion: (1) binge eating disorder with at least one binge a week for 3 months
    how_met: Binge eating disorder, moderate; 4 binges a week on 11/10/2026, for more than a year.
    met: true
    evidence: {file: clinical/pmhnp-evaluation-2026-11-10.txt, page: 1}
  - criterion: (2) a completed course of CBT for binge eating of at least 16 sessions
    how_met: 20 sessions of CBT-E completed 08/26/2026.
    met: true
    evidence: {file: clinical/therapist-discharge-summary-2026-08-26.txt, page: 1}
  - criterion: (3) topiramate for at least 8 weeks, unless contraindicated
    how_met: >-
      Tried for 5 weeks and stopped for cognitive slowing and a kidney stone; retrial contraindicated by the
      kidney stone it caused.
    met: true
    evidence: {file: clinical/pmhnp-evaluation-2026-11-10.txt, page: 1}
  - criterion: (4) no history of stimulant misuse, uncontrolled hypertension or structural heart disease
    how_met: >-
      The 2019 screen reflected prescribed ADHD medicine; no stimulant fills since 2020; blood pressure 118/74;
      normal ECG.
    met: true
    evidence:
      - {file: other/prescription-monitoring-report-2026-11-09.txt, page: 1}
      - {file: clinical/pmhnp-evaluation-2026-11-10.txt, page: 1}
author:
  name: Jolene Whitford-Asante
  relation: prescriber
  role: Psychiatric nurse practitioner, DNP, PMHNP-BC (treating prescriber)
  address: |-
    Prairie Lantern Behavioral Health (FICTIONAL)
    4100 West 41st Street, Suite 3
    Sioux Falls, SD 57106
  phone: (605) 555-0135
  email: jwhitford@prairielantern.example
  authorization: other/patient-consent-2026-11-25.txt
provider:
  name: Jolene Whitford-Asante
  credentials: DNP, PMHNP-BC
  npi: "{NPI_A}"
  address: |-
    4100 West 41st Street, Suite 3
    Sioux Falls, SD 57106
  phone: (605) 555-0135
record_dates:
  - file: denial/step-therapy-denial-2026-11-23.txt
    date: 2026-11-23
  - file: clinical/therapist-discharge-summary-2026-08-26.txt
    date: 2026-08-26
  - file: clinical/pmhnp-evaluation-2026-11-10.txt
    date: 2026-11-10
  - file: other/prescription-monitoring-report-2026-11-09.txt
    date: 2026-11-09
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/step-therapy-denial-2026-11-23.txt": """\
SHEPHERD'S WAY MINISTRIES BENEFIT PLAN (FICTIONAL) - a church plan - PHARMACY BENEFIT DECISION
Date: 11/23/2026
Member: Perpetua Nakashima-Oyelowo   Member ID: FICT-SWM-20557318   Reference: RX-SWM-26-1116-30482
Drug: lisdexamfetamine capsules (prescriber: Jolene Whitford-Asante, PMHNP-BC)
Decision: NOT APPROVED.
Reason: Lisdexamfetamine is not approved. Step therapy RX-BED-2 is not met. Criterion 2: records show 8 sessions
of cognitive behavioral therapy (note of 06/17/2026), which is not a completed course. Criterion 3: topiramate
has not been tried and no contraindication is documented. Criterion 4: a positive amphetamine screen in 2019
indicates a history of stimulant misuse.
Appeal: you may appeal within 180 days after you receive this letter. Send your appeal to PO Box 88104, Sioux
Falls, SD 57109, or fax (605) 555-0172. Questions: 1-800-555-0173.
""",
        "clinical/pmhnp-evaluation-2026-11-10.txt": """\
PSYCHIATRIC NURSE PRACTITIONER EVALUATION
Date: 11/10/2026
Patient: Perpetua Nakashima-Oyelowo   DOB: 01/26/1997   Age: 29
Clinician: Jolene Whitford-Asante, DNP, PMHNP-BC (treating since 02/14/2023)
Diagnoses: binge eating disorder, moderate (F50.811); major depressive disorder, recurrent, in full remission
(F33.42).
Binge eating: 7 episodes a week at intake (03/2026); 4 a week after the CBT-E course (food diary, 11/2026).
Binge Eating Scale 31 on 11/10/2026. BMI 36.
- CBT-E with Dalia Rosenthal-Mwangi, LPC: 20 sessions, completed 08/26/2026 (see her discharge summary).
- Topiramate 100 mg 09/2025-10/2025 (5 weeks): word-finding trouble and slowed thinking; kidney stone with
  emergency visit 10/19/2025 (CT: 5 mm left ureteral stone). Stopped. Not to be retried: the stone formed on
  topiramate.
- Sertraline 100 mg since 02/2023 for depression, in remission; continued. Not prescribed for binge eating.
- ADHD treated in college with mixed amphetamine salts 20 mg (2017-2020); stopped 2020. No misuse ever
  documented. The 2019 workplace urine screen positive for amphetamine matched that prescription.
Blood pressure 118/74, pulse 72; ECG 11/04/2026 normal. No suicidal ideation.
Her mother, Akiko Nakashima, attended part of the visit at her request.
Plan: lisdexamfetamine 30 mg each morning, titrate to 50-70 mg; prescription monitoring every 3 months.
""",
        "clinical/therapist-discharge-summary-2026-08-26.txt": """\
OUTPATIENT THERAPY DISCHARGE SUMMARY
Date: 08/26/2026
Client: Perpetua Nakashima-Oyelowo   DOB: 01/26/1997
Therapist: Dalia Rosenthal-Mwangi, LPC
Treatment: enhanced cognitive behavioral therapy for binge eating (CBT-E), weekly, 03/25/2026-08/26/2026.
Sessions attended: 20 of 20 (course completed). The progress note of 06/17/2026 was written at session 8.
Outcome: binge episodes fell from 7 to 4 a week; regular eating pattern established; binges persist.
Recommendation: referral to her prescriber to consider medication.
""",
        "other/prescription-monitoring-report-2026-11-09.txt": """\
SOUTH DAKOTA PRESCRIPTION MONITORING REPORT (FICTIONAL test copy), requested by J. Whitford-Asante, PMHNP-BC
Date: 11/09/2026   Patient: Perpetua Nakashima-Oyelowo   DOB: 01/26/1997
Stimulant fills: mixed amphetamine salts 20 mg #30, monthly, 09/2017 through 05/2020 (one prescriber,
Northern Plains University Student Health). No stimulant fills since 05/2020.
Other controlled substances: none.
""",
        "other/plan-criteria-rx-bed-2.txt": """\
SHEPHERD'S WAY MINISTRIES BENEFIT PLAN (FICTIONAL) - STEP THERAPY RX-BED-2 - lisdexamfetamine (binge eating)
Lisdexamfetamine for binge eating disorder is approved when (1) binge eating disorder is diagnosed, with at
least one binge episode a week for 3 months; (2) the member has completed a course of cognitive behavioral
therapy for binge eating of at least 16 sessions, or one is not available; (3) the member has tried
topiramate for at least 8 weeks, unless it is contraindicated; and (4) there is no history of stimulant
misuse, uncontrolled hypertension or structural heart disease.
The Plan Document states that the Plan is not a grandfathered health plan.
""",
        "other/patient-consent-2026-11-25.txt": """\
PATIENT CONSENT FOR MY PRESCRIBER TO APPEAL
Date: 11/25/2026
I, Perpetua Nakashima-Oyelowo, ask my nurse practitioner, Jolene Whitford-Asante, DNP, PMHNP-BC, to appeal
reference RX-SWM-26-1116-30482 for me and to send my records to the Shepherd's Way Ministries Benefit Plan.
Signed: Perpetua Nakashima-Oyelowo
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 07 - Church plan step therapy for lisdexamfetamine in binge eating disorder (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ms. Nakashima-Oyelowo (29) is in a **church plan** (self-funded, not ERISA, **not grandfathered**, 1,050
  employees). Lisdexamfetamine for **binge eating disorder** was denied on **11/23/2026** under **RX-BED-2**. This
  letter is the **first internal appeal**, pre-service; 180 days after receipt (safe: **05/22/2027**).
- **CBT-E: 20 of 20 sessions, completed 08/26/2026**; the 06/17 note the denial read was written at **session 8**.
  Binges fell **7 -> 4 a week** (partial). Criterion 2 met.
- **Topiramate 100 mg, 5 weeks**, stopped for **cognitive slowing and a kidney stone** (ED 10/19/2025, 5 mm stone):
  criterion 3 is met through "unless contraindicated", not by an 8-week trial.
- The **2019 amphetamine screen** matched **prescribed** mixed amphetamine salts for ADHD (2017-2020); no stimulant
  fills since 05/2020; no misuse documented. Criterion 4 met (BP 118/74, normal ECG).
- **Sertraline 100 mg** continues for **depression in remission**: not a BED trial.
- Now: **Binge Eating Scale 31 and 4 binges a week on 11/10/2026**; no suicidal ideation.
- The author is the **prescribing PMHNP** (not a physician), with the patient's written consent (11/25/2026).

## Deliberately unknown
- Whether the plan had the therapist's discharge summary when it decided (not shown).
- Whether lisdexamfetamine will work; her weight goals (not in the record).
- Which employer in 2019 ran the screen (only "workplace" is recorded).

## Traps
- "8 sessions" is false for the course: 20 were completed.
- Topiramate was not an 8-week trial; it is contraindicated now. Not "failed topiramate at adequate dose".
- The 2019 screen is not misuse; a letter must not concede a misuse history, nor say she never took a stimulant.
- Sertraline is not a failed BED treatment and not stopped.
- The author is a nurse practitioner: never "Dr." or "physician". The therapist (Dalia Rosenthal-Mwangi, LPC) and
  her mother (Akiko Nakashima) are other people in the records.
- Church plan: no ERISA as governing law, no Labor Department/EBSA complaint; the rules are 26 CFR 54.9815-2719 and
  parity 26 CFR 54.9812-1 (more than 50 employees).

## Arguments a strong letter makes
1. Criterion 2: 20 completed CBT-E sessions (discharge summary), not 8.
2. Criterion 3: topiramate tried and stopped for cognitive slowing and a kidney stone; retrial contraindicated.
3. Criterion 4: the 2019 screen reflected a prescription (monitoring report); no misuse.
4. Criterion 1 met; persistent binges despite therapy.
5. Step therapy for a mental health drug is a nonquantitative limit under the parity rule for church plans
   (26 CFR 54.9812-1); ask for the plan's comparative analysis as a claim document.

## What a letter must NOT say
- That she completed only 8 sessions, or took topiramate for 8 weeks.
- That she misused stimulants, or that she has never taken a stimulant.
- That sertraline failed for binge eating.
- ERISA as the governing law, 29 CFR 2560.503-1 cited alone, EBSA/Labor Department; "Dr. Whitford-Asante".
""",
    answers=[
        ("Date of the decision", "Date: 11/23/2026", "denial/step-therapy-denial-2026-11-23.txt"),
        ("Step therapy applied", "Step therapy RX-BED-2 is not met", "denial/step-therapy-denial-2026-11-23.txt"),
        ("What the denial says of CBT", "records show 8 sessions\nof cognitive behavioral therapy (note of 06/17/2026)", "denial/step-therapy-denial-2026-11-23.txt"),
        ("What the denial says of the 2019 screen", "a positive amphetamine screen in 2019\nindicates a history of stimulant misuse", "denial/step-therapy-denial-2026-11-23.txt"),
        ("CBT sessions completed", "Sessions attended: 20 of 20 (course completed)", "clinical/therapist-discharge-summary-2026-08-26.txt"),
        ("When the 06/17 note was written", "The progress note of 06/17/2026 was written at session 8", "clinical/therapist-discharge-summary-2026-08-26.txt"),
        ("Binge frequency change with CBT", "binge episodes fell from 7 to 4 a week", "clinical/therapist-discharge-summary-2026-08-26.txt"),
        ("Topiramate trial length", "Topiramate 100 mg 09/2025-10/2025 (5 weeks)", "clinical/pmhnp-evaluation-2026-11-10.txt"),
        ("Topiramate adverse effects", "kidney stone with\nemergency visit 10/19/2025", "clinical/pmhnp-evaluation-2026-11-10.txt"),
        ("Retrial of topiramate", "Not to be retried: the stone formed on\ntopiramate", "clinical/pmhnp-evaluation-2026-11-10.txt"),
        ("Sertraline's purpose", "Sertraline 100 mg since 02/2023 for depression, in remission; continued", "clinical/pmhnp-evaluation-2026-11-10.txt"),
        ("Stimulant history", "No stimulant fills since 05/2020", "other/prescription-monitoring-report-2026-11-09.txt"),
        ("Current severity and date", "Binge Eating Scale 31 on 11/10/2026", "clinical/pmhnp-evaluation-2026-11-10.txt"),
        ("Blood pressure", "Blood pressure 118/74, pulse 72", "clinical/pmhnp-evaluation-2026-11-10.txt"),
        ("Grandfathered status", "the Plan is not a grandfathered health plan", "other/plan-criteria-rx-bed-2.txt"),
        ("Family member named in the record", "Her mother, Akiko Nakashima", "clinical/pmhnp-evaluation-2026-11-10.txt"),
    ],
)

# ---------------------------------------------------------------- case 08
case(
    num="08",
    slug="county-employees-plan-insured-valbenazine-tardive-dyskinesia-aims-6-was-2025-now-14-aripiprazole-already-reduced-carbamazepine-stopped-2023-old-list-adult-son",
    npis={"NPI_A": "149215338"},
    yaml="""\
# FICTIONAL CASE (set 81, case 08) - every person, plan, provider, number and address is invented.
# County employees' plan, insured, Colorado, 1,200 employees, not grandfathered. Valbenazine for tardive
# dyskinesia denied under PA-TD-5: "AIMS 6 (03/2025), no recent AIMS", "aripiprazole dose not reduced",
# "carbamazepine on the medication list (strong CYP3A4 inducer)". Record: AIMS 14 on 09/30/2026; aripiprazole
# cut from 15 to 10 mg on 06/10/2026 without change, and a 2021 switch ended in mania and a hospital stay;
# carbamazepine stopped 03/2023 (an urgent care list copied an old list). Benztropine stopped 07/2026.
# Principal diagnosis G24.01 (not a mental health code). First internal appeal; her adult son writes.
patient:
  name: Lorraine Abernathy-Quintero
  salutation: Mrs. Abernathy-Quintero
  date_of_birth: 1965-08-03
  member_id: FICT-CVC-71408826
  address: |-
    1127 West 17th Street
    Pueblo, CO 81003
  phone: (719) 555-0118
insurer:
  name: Coyote Valley County Employees' Health Plan, insured by High Desert Mutual Health (FICTIONAL)
  appeals_address: |-
    High Desert Mutual Health - Member Appeals (FICTIONAL)
    PO Box 51207
    Colorado Springs, CO 80949
  fax: (719) 555-0174
claim:
  number: PA-HDM-26-1105-47719
  plan_type: governmental
  funding: insured
  grandfathered: false
  employees: 1200
  notice_date: 2026-11-17
  appeal_deadline: 2027-05-16
  deadline_basis: >-
    The notice gives 180 days after receipt to appeal (45 CFR 147.136(b)(2)(i), applying 29 CFR
    2560.503-1(h)(3)(i)); counted from the notice date (11/17/2026) to be safe: 05/16/2027.
  diagnosis_codes: [G24.01, F31.73]
  denial_reason: >-
    Prior authorization for valbenazine is denied as not medically necessary under criteria PA-TD-5. Criterion
    1: the AIMS in the records is a total of 6 (03/2025), which does not show moderate tardive dyskinesia, and
    no AIMS within the past 90 days was provided. Criterion 2: the aripiprazole dose has not been reduced.
    Criterion 3: carbamazepine, a strong CYP3A4 inducer, is on the medication list.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer:
    name: Dr. Gideon Farrow-Lindahl
    specialty: internal medicine
  action: none
  corrections:
    - said: the AIMS in the records is a total of 6 (03/2025) ... no AIMS within the past 90 days was provided
      record: >-
        The psychiatry note of 09/30/2026, sent with the request, records AIMS 14 on 09/30/2026 (13 on
        05/12/2026); the 03/2025 score of 6 came before the movements worsened.
      file: clinical/psychiatry-note-2026-09-30.txt
      page: 1
    - said: the aripiprazole dose has not been reduced
      record: >-
        Aripiprazole was reduced from 15 mg to 10 mg on 06/10/2026 with no change in the movements (AIMS 13 to
        14); a switch from aripiprazole to quetiapine in 2021 was followed by a manic relapse and a hospital stay.
      file: clinical/psychiatry-note-2026-09-30.txt
      page: 1
    - said: carbamazepine, a strong CYP3A4 inducer, is on the medication list
      record: >-
        Carbamazepine was stopped in 03/2023 (last fill 02/14/2023); the list is an urgent care list of
        10/21/2026 copied from old records, which the psychiatry medication reconciliation corrects.
      file: [other/pharmacy-fill-history-2026-11-20.txt, clinical/urgent-care-medication-list-2026-10-21.txt]
      page: 1
prior_auth:
  requested_on: 2026-11-05
treatment:
  name: Valbenazine capsules, 40 mg once daily for one week, then 80 mg once daily
  summary: >-
    Moderate to severe tardive dyskinesia (AIMS 14) of the lips, tongue, jaw and fingers from long-term
    aripiprazole for bipolar I disorder, persisting after a dose reduction; a switch is unsafe for her.
  plan: >-
    Valbenazine 40 mg daily for 7 days, then 80 mg daily; AIMS at weeks 4 and 12; continue aripiprazole 10 mg
    and lithium; ECG at week 4.
clinical:
  history:
    - drug: aripiprazole
      dose: 10 mg daily (15 mg until 06/10/2026)
      start: 2019
      kind: other
      ongoing: true
      outcome: Mood stabilizing for bipolar I; reduced to 10 mg on 06/10/2026 without change in the movements; continued.
      evidence: {file: clinical/psychiatry-note-2026-09-30.txt, page: 1}
    - drug: quetiapine (2021 switch)
      dose: up to 400 mg daily
      start: 2021-02
      end: 2021-04
      kind: other
      outcome: Switched from aripiprazole; manic relapse and a 9-day hospital stay (04/2021); aripiprazole resumed.
      evidence: {file: clinical/psychiatry-note-2026-09-30.txt, page: 1}
    - drug: carbamazepine
      dose: 200 mg twice daily
      start: 2019
      end: 2023-03
      kind: other
      outcome: Stopped 03/2023 for hyponatremia; last fill 02/14/2023.
      evidence: {file: other/pharmacy-fill-history-2026-11-20.txt, page: 1}
    - drug: lithium carbonate
      dose: 600 mg daily (level 0.6)
      start: 2023-03
      kind: other
      ongoing: true
      outcome: Maintenance since 03/2023; continued.
      evidence: {file: clinical/psychiatry-note-2026-09-30.txt, page: 1}
    - drug: benztropine
      dose: 1 mg twice daily
      start: 2020
      end: 2026-07
      kind: other
      outcome: Stopped 07/2026 because anticholinergic drugs can worsen tardive dyskinesia; no improvement after stopping.
      evidence: {file: clinical/psychiatry-note-2026-09-30.txt, page: 1}
  severity: AIMS 14 on 09/30/2026 (13 on 05/12/2026; 6 in 03/2025)
  severity_date: 2026-09-30
  suicidality: none
  suicidality_date: 2026-09-30
  treating_since: 2012-06-18
  exclusions: QTc 441 ms (ECG 10/28/2026); no strong CYP3A4 inducer or inhibitor taken; mood stable (YMRS 4, PHQ-9 5).
impact:
  daily_life:
    - Bites her tongue when eating and has lost 4 kg since spring.
    - Stopped singing in her church choir and avoids meetings at work because of the movements.
plan_policy:
  name: High Desert Mutual Health prior authorization criteria PA-TD-5 (VMAT2 inhibitors for tardive dyskinesia)
  number: PA-TD-5
  quote: >-
    Valbenazine or deutetrabenazine is approved for tardive dyskinesia when (1) the diagnosis is made by a
    psychiatrist or neurologist and an AIMS within the past 90 days shows moderate or severe dyskinesia; (2) the
    dose of the causative drug has been reduced, or a switch considered, where clinically appropriate; (3) the
    member takes no strong CYP3A4 inducer; and (4) the member has no congenital long QT syndrome.
  file: other/plan-criteria-pa-td-5.txt
payer_criteria:
  - criterion: (1) diagnosis by a psychiatrist or neurologist and an AIMS within 90 days showing moderate or severe dyskinesia
    how_met: AIMS 14 on 09/30/2026 by her psychiatrist (37 days before the request), lips, tongue and jaw rated 3.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-09-30.txt, page: 1}
  - criterion: (2) the dose of the causative drug reduced, or a switch considered, where clinically appropriate
    how_met: >-
      Aripiprazole reduced 15 to 10 mg on 06/10/2026 without change; a switch was considered and judged unsafe
      (2021 switch: mania and hospital stay).
    met: true
    evidence: {file: clinical/psychiatry-note-2026-09-30.txt, page: 1}
  - criterion: (3) no strong CYP3A4 inducer
    how_met: Carbamazepine stopped 03/2023; last fill 02/14/2023.
    met: true
    evidence: {file: other/pharmacy-fill-history-2026-11-20.txt, page: 1}
  - criterion: (4) no congenital long QT syndrome
    how_met: QTc 441 ms on 10/28/2026; no long QT history.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-09-30.txt, page: 1}
author:
  name: Rafael Quintero-Abernathy
  relation: representative
  role: Son (authorized representative)
  address: |-
    3380 Baltimore Avenue
    Pueblo, CO 81008
  phone: (719) 555-0125
  email: rafael.qa@mail.example
  authorization: other/authorized-representative-form-2026-11-22.txt
provider:
  name: Dr. Yevgenia Oduya-Prescott
  credentials: MD, psychiatrist
  npi: "{NPI_A}"
  address: |-
    Southern Colorado Psychiatric Associates (FICTIONAL)
    2002 Lake Avenue, Suite 5
    Pueblo, CO 81004
  phone: (719) 555-0136
record_dates:
  - file: denial/prior-authorization-denial-2026-11-17.txt
    date: 2026-11-17
  - file: clinical/psychiatry-note-2026-09-30.txt
    date: 2026-09-30
  - file: clinical/urgent-care-medication-list-2026-10-21.txt
    date: 2026-10-21
  - file: other/pharmacy-fill-history-2026-11-20.txt
    date: 2026-11-20
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/prior-authorization-denial-2026-11-17.txt": """\
HIGH DESERT MUTUAL HEALTH (FICTIONAL), insurer of the Coyote Valley County Employees' Health Plan -
NOTICE OF ADVERSE BENEFIT DETERMINATION (PRIOR AUTHORIZATION)
Date: 11/17/2026
Member: Lorraine Abernathy-Quintero   Member ID: FICT-CVC-71408826   Reference: PA-HDM-26-1105-47719
Drug: valbenazine capsules (prescriber: Yevgenia Oduya-Prescott, MD). Request received 11/05/2026.
Decision: DENIED - not medically necessary.
Reason: Prior authorization for valbenazine is denied as not medically necessary under criteria PA-TD-5.
Criterion 1: the AIMS in the records is a total of 6 (03/2025), which does not show moderate tardive
dyskinesia, and no AIMS within the past 90 days was provided. Criterion 2: the aripiprazole dose has not been
reduced. Criterion 3: carbamazepine, a strong CYP3A4 inducer, is on the medication list.
Reviewer: Gideon Farrow-Lindahl, MD (internal medicine).
You may appeal within 180 days after you receive this notice. After the final internal decision you may ask
for external review through the Colorado Division of Insurance. Appeals fax: (719) 555-0174.
Member services: 1-800-555-0175.
""",
        "clinical/psychiatry-note-2026-09-30.txt": """\
PSYCHIATRY PROGRESS NOTE (sent with the prior authorization request 11/05/2026)
Date: 09/30/2026
Patient: Lorraine Abernathy-Quintero   DOB: 08/03/1965   Age: 61
Psychiatrist: Yevgenia Oduya-Prescott, MD (treating since 06/18/2012)
Diagnoses: tardive dyskinesia (G24.01); bipolar I disorder, in partial remission, most recent episode
manic (F31.73).
Abnormal Involuntary Movement Scale: AIMS 14 on 09/30/2026 (facial expression 2, lips 3, jaw 3, tongue 3,
upper extremities 2, lower extremities 1, trunk 0). Earlier: AIMS 6 in 03/2025; AIMS 13 on 05/12/2026.
Seen by neurology (Dr. Caspian Mbatha-Sorensen, 08/2026), who agrees with the diagnosis.
Medication reconciliation today:
- Aripiprazole 10 mg daily (reduced from 15 mg on 06/10/2026; movements unchanged, AIMS 13 to 14). In 2021 a
  switch to quetiapine was followed by a manic relapse and a 9-day hospital stay (04/2021); a further switch
  is not appropriate.
- Lithium carbonate 600 mg daily since 03/2023 (level 0.6); continued.
- Carbamazepine: stopped 03/2023 for hyponatremia. NOT taken.
- Benztropine 1 mg twice daily: stopped 07/2026 (can worsen tardive dyskinesia); no change after stopping.
Mood stable: YMRS 4, PHQ-9 5. No suicidal ideation. ECG ordered.
She bites her tongue when eating, has lost 4 kg since spring, and has stopped singing in her church choir.
Her son, Rafael, came with her and keeps her medication box.
Addendum 10/28/2026: ECG QTc 441 ms.
Plan: valbenazine 40 mg daily for 1 week, then 80 mg daily.
""",
        "clinical/urgent-care-medication-list-2026-10-21.txt": """\
PUEBLO WALK-IN CARE (FICTIONAL) - VISIT SUMMARY (sprained ankle)
Date: 10/21/2026
Patient: Lorraine Abernathy-Quintero   DOB: 08/03/1965
Clinician: Harland Vogelsang-Amadi, PA-C
Medication list (imported from prior records, not reviewed with the patient): aripiprazole 15 mg daily;
carbamazepine 200 mg twice daily; benztropine 1 mg twice daily.
Note added 11/20/2026 at the family's request: this list was not reconciled at the visit and is out of date.
""",
        "other/pharmacy-fill-history-2026-11-20.txt": """\
MESA DRUG (FICTIONAL) - PRESCRIPTION FILL HISTORY
Printed: 11/20/2026   Patient: Lorraine Abernathy-Quintero   DOB: 08/03/1965
carbamazepine 200 mg tablets: last fill 02/14/2023. No fills since.
aripiprazole 10 mg tablets: monthly since 06/10/2026 (15 mg before).
lithium carbonate 300 mg capsules: monthly since 03/2023.
benztropine 1 mg tablets: last fill 06/02/2026.
Pharmacy phone: (719) 555-0137
""",
        "other/plan-criteria-pa-td-5.txt": """\
HIGH DESERT MUTUAL HEALTH (FICTIONAL) - PRIOR AUTHORIZATION CRITERIA PA-TD-5 - VMAT2 inhibitors
Valbenazine or deutetrabenazine is approved for tardive dyskinesia when (1) the diagnosis is made by a
psychiatrist or neurologist and an AIMS within the past 90 days shows moderate or severe dyskinesia; (2) the
dose of the causative drug has been reduced, or a switch considered, where clinically appropriate; (3) the
member takes no strong CYP3A4 inducer; and (4) the member has no congenital long QT syndrome.
Approval period: 12 months.
""",
        "other/authorized-representative-form-2026-11-22.txt": """\
HIGH DESERT MUTUAL HEALTH (FICTIONAL) - APPOINTMENT OF AUTHORIZED REPRESENTATIVE
Date: 11/22/2026
I, Lorraine Abernathy-Quintero, appoint my son, Rafael Quintero-Abernathy, to act for me in my appeal of
reference PA-HDM-26-1105-47719.
Signed: Lorraine Abernathy-Quintero
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 08 - County plan, valbenazine for tardive dyskinesia: old AIMS, dose already cut, old med list (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mrs. Abernathy-Quintero (61) is in an **insured county employees' plan** (1,200 employees, not grandfathered).
  Valbenazine was denied on **11/17/2026** under **PA-TD-5** by an **internist**. This letter is the **first internal
  appeal**, pre-service, 180 days after receipt (safe: **05/16/2027**); then Colorado external review.
- **AIMS 14 on 09/30/2026** (lips, tongue, jaw 3 each) in the note sent with the request; **13 on 05/12/2026**;
  **6 in 03/2025** was before the worsening. Neurology agreed (08/2026). Criterion 1 met (37 days before the request).
- **Aripiprazole reduced 15 -> 10 mg on 06/10/2026**, no change; a **2021 switch** to quetiapine led to **mania and a
  9-day hospital stay**: a further switch is not appropriate. Criterion 2 met. Aripiprazole continues.
- **Carbamazepine stopped 03/2023** (hyponatremia); last fill 02/14/2023. The 10/21/2026 urgent care list was
  imported and unreconciled. Criterion 3 met.
- **Benztropine stopped 07/2026.** **Lithium 600 mg** continues (maintenance; not a CYP3A4 inducer).
- QTc 441 ms (10/28/2026): criterion 4 met. Mood stable (YMRS 4, PHQ-9 5); no suicidal ideation.
- Principal diagnosis **G24.01** (not chapter F).
- Her **adult son** writes as authorized representative (form 11/22/2026).

## Deliberately unknown
- Whether the plan had the urgent care list from the prescriber or from another claim (the source is not shown).
- Valbenazine's effect (not started).
- Whether the neurology note itself was sent (only the psychiatrist's mention of it is in the file).

## Traps
- "AIMS 6 (03/2025)" is an old score; the current one (14) was in the records sent.
- The aripiprazole dose was reduced; she still takes 10 mg (not stopped, not switched).
- Carbamazepine is not taken; benztropine is not taken; lithium is taken.
- Do not argue mental health parity: the principal diagnosis is G24.01 (the tool's rule); no MHPAEA paragraph.
- The urgent care PA-C, the neurologist and the pharmacist are other people in the records; the son is the author,
  not the patient ("I" would be wrong for the patient's experiences).
- Governmental plan: not ERISA; rules through 45 CFR 147.136 (state external review, insured plan).

## Arguments a strong letter makes
1. Criterion 1: AIMS 14 on 09/30/2026 (moderate-severe), by her psychiatrist, within 90 days.
2. Criterion 2: the dose was reduced (06/10/2026) without effect; switching is unsafe given the 2021 relapse.
3. Criterion 3: carbamazepine stopped in 2023 (fill history; the urgent care list marked out of date).
4. Criterion 4 met; the harm: tongue-biting, 4 kg weight loss, social withdrawal.
5. Ask for review by a psychiatrist or neurologist (the reviewer was an internist), and the claim file.

## What a letter must NOT say
- That her latest AIMS is 6, that the dose was never reduced, or that she takes carbamazepine or benztropine.
- That she stopped aripiprazole or lithium.
- Mental health parity (MHPAEA, 45 CFR 146.136) as a ground; ERISA or EBSA.
- That the son is the patient, or that the patient is signing.
""",
    answers=[
        ("Date of the notice", "Date: 11/17/2026", "denial/prior-authorization-denial-2026-11-17.txt"),
        ("Criteria applied", "under criteria PA-TD-5", "denial/prior-authorization-denial-2026-11-17.txt"),
        ("AIMS the denial cites", "the AIMS in the records is a total of 6 (03/2025)", "denial/prior-authorization-denial-2026-11-17.txt"),
        ("Reviewer's specialty", "Gideon Farrow-Lindahl, MD (internal medicine)", "denial/prior-authorization-denial-2026-11-17.txt"),
        ("Current AIMS and date", "AIMS 14 on 09/30/2026", "clinical/psychiatry-note-2026-09-30.txt"),
        ("Earlier AIMS scores", "AIMS 6 in 03/2025; AIMS 13 on 05/12/2026", "clinical/psychiatry-note-2026-09-30.txt"),
        ("Aripiprazole dose change", "reduced from 15 mg on 06/10/2026; movements unchanged", "clinical/psychiatry-note-2026-09-30.txt"),
        ("What the 2021 switch caused", "a manic relapse and a 9-day hospital stay (04/2021)", "clinical/psychiatry-note-2026-09-30.txt"),
        ("Carbamazepine status", "Carbamazepine: stopped 03/2023 for hyponatremia. NOT taken", "clinical/psychiatry-note-2026-09-30.txt"),
        ("Last carbamazepine fill", "last fill 02/14/2023. No fills since", "other/pharmacy-fill-history-2026-11-20.txt"),
        ("Source of the outdated list", "imported from prior records, not reviewed with the patient", "clinical/urgent-care-medication-list-2026-10-21.txt"),
        ("Benztropine status", "stopped 07/2026 (can worsen tardive dyskinesia)", "clinical/psychiatry-note-2026-09-30.txt"),
        ("Lithium status", "Lithium carbonate 600 mg daily since 03/2023 (level 0.6); continued", "clinical/psychiatry-note-2026-09-30.txt"),
        ("QTc", "ECG QTc 441 ms", "clinical/psychiatry-note-2026-09-30.txt"),
        ("Daily-life harm", "She bites her tongue when eating, has lost 4 kg since spring", "clinical/psychiatry-note-2026-09-30.txt"),
        ("Authorized representative", "appoint my son, Rafael Quintero-Abernathy", "other/authorized-representative-form-2026-11-22.txt"),
    ],
)

# ==== RUNNER ====
PHONE_ANY = re.compile(r"(?<![\d.-])(?:1-\d{3}-\d{3}-\d{4}|\(\d{3}\) \d{3}-\d{4}|\d{3}-\d{3}-\d{4}|\d{3}-\d{4})(?![\d-])")
PHONE_OK = re.compile(r"^(?:\(\d{3}\) 555-01\d\d|1-\d{3}-555-01\d\d)$")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+)")
WEB = re.compile(r"\b(?:https?://|www\.)([A-Za-z0-9.-]+)")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def fill(text, npis):
    for k, v in npis.items():
        text = text.replace("{" + k + "}", v)
    return text


def header(num):
    return (f"FICTIONAL DOCUMENT - appeal-kit letters test set {SET}, case {num}. Every person, plan, provider, "
            f"number and address is invented.\n\n")


FOOTER = f"\nEND OF FICTIONAL DOCUMENT (test set {SET}) - not a real patient, plan or provider.\n"


def contact_problems(where, text):
    probs = []
    for m in PHONE_ANY.finditer(text):
        s = m.group(0)
        ctx = text[max(0, m.start() - 12):m.start()]
        if re.search(r"(CFR|U\.S\.C\.|USC|§)\s*[\d.()a-z-]*$", ctx):
            continue
        if not PHONE_OK.match(s):
            probs.append(f"{where}: phone/number not allowed: {s!r}")
    for m in EMAIL.finditer(text):
        if not m.group(1).lower().endswith(".example"):
            probs.append(f"{where}: e-mail not on .example: {m.group(0)}")
    for m in WEB.finditer(text):
        if not m.group(1).lower().rstrip(".").endswith(".example"):
            probs.append(f"{where}: web address not on .example: {m.group(0)}")
    return probs


def yaml_paths(node, out):
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("file", "proof", "authorization", "other_terms_file", "sent_proof", "counted_file") and v:
                if isinstance(v, list):
                    out.extend(x for x in v if isinstance(x, str))
                elif isinstance(v, str):
                    out.append(v)
            yaml_paths(v, out)
    elif isinstance(node, list):
        for x in node:
            yaml_paths(x, out)


def build(c):
    num, slug = c["num"], c["slug"]
    folder = os.path.join(HERE, f"{num}-{slug}")
    truth_path = os.path.join(HERE, f"{num}-{slug}.truth.md")
    for old in os.listdir(HERE):
        p = os.path.join(HERE, old)
        if old.startswith(num + "-") and (os.path.isdir(p) or old.endswith(".truth.md")):
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    npis = {k: npi(v) for k, v in c.get("npis", {}).items()}
    os.makedirs(folder)
    yaml_text = fill(c["yaml"], npis)
    with open(os.path.join(folder, "case.yaml"), "w") as f:
        f.write(yaml_text)
    docs = {}
    for rel, body in c["docs"].items():
        text = header(num) + fill(body, npis).rstrip("\n") + "\n" + FOOTER
        p = os.path.join(folder, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as f:
            f.write(text)
        docs[rel] = text
    truth = fill(c["truth"], npis)
    with open(truth_path, "w") as f:
        f.write(truth)
    return folder, yaml_text, docs, truth, npis


def self_check(c, folder, yaml_text, docs, truth, npis):
    probs = []
    num = c["num"]
    try:
        data = YAML(typ="safe").load(io.StringIO(yaml_text))
    except Exception as e:  # noqa
        return [f"case {num}: case.yaml does not parse: {e}"]
    if "FICTIONAL" not in yaml_text.splitlines()[0]:
        probs.append(f"case {num}: case.yaml first line lacks FICTIONAL")
    if "FICTIONAL" not in truth.splitlines()[0]:
        probs.append(f"case {num}: truth first line lacks FICTIONAL")
    pos = [truth.find("## " + h) for h in TRUTH_HEADINGS]
    if -1 in pos or pos != sorted(pos):
        probs.append(f"case {num}: truth headings missing or out of order: {pos}")
    for rel, text in docs.items():
        if not rel.endswith(".txt") or rel.split("/")[0] not in ("denial", "clinical", "other"):
            probs.append(f"case {num}: document outside denial/clinical/other or not .txt: {rel}")
        if not text.startswith("FICTIONAL DOCUMENT") or "END OF FICTIONAL DOCUMENT" not in text.splitlines()[-1]:
            probs.append(f"case {num}: {rel}: FICTIONAL header/footer missing")
        probs += contact_problems(f"case {num} {rel}", text)
    probs += contact_problems(f"case {num} case.yaml", yaml_text)
    probs += contact_problems(f"case {num} truth", truth)
    for k, v in npis.items():
        if not (len(v) == 10 and luhn_ok(v)):
            probs.append(f"case {num}: NPI {v} fails Luhn")
    for m in re.finditer(r"NPI[^\d]{0,12}(\d{10})", yaml_text + "\n".join(docs.values())):
        if not luhn_ok(m.group(1)):
            probs.append(f"case {num}: NPI {m.group(1)} in text fails Luhn")
    prov = (data or {}).get("provider") or {}
    if prov.get("npi") and not luhn_ok(str(prov["npi"])):
        probs.append(f"case {num}: provider.npi fails Luhn")
    paths = []
    yaml_paths(data, paths)
    for p in paths:
        if p not in docs:
            probs.append(f"case {num}: case.yaml names {p}, not among the documents")
    if len(c["answers"]) != 16:
        probs.append(f"case {num}: {len(c['answers'])} expected answers, not 16")
    for q, a, rel in c["answers"]:
        if rel not in docs:
            probs.append(f"case {num}: answer '{q}': document {rel} missing")
        elif norm(a) not in norm(docs[rel]):
            probs.append(f"case {num}: answer '{q}' = {a!r} not printed in {rel}")
    return probs


def main(argv):
    check = "--check" in argv
    only = [a for a in argv if a != "--check"]
    chosen = [c for c in CASES if not only or c["num"] in only]
    problems, results, n_answers = [], [], 0
    for c in chosen:
        built = build(c)
        problems += self_check(c, *built)
        n_answers += len(c["answers"])
        if check:
            r = subprocess.run([APPEAL_KIT, "check", built[0]], capture_output=True, text=True)
            results.append((c["num"], built[0], r.returncode, r.stdout + r.stderr))
    print(f"{len(chosen)} cases, {n_answers} expected answers, {len(problems)} problems")
    for p in problems:
        print("PROBLEM:", p)
    bad = bool(problems)
    if check:
        out = "check-output.txt" if not only else "check-output-partial.txt"
        with open(os.path.join(HERE, out), "w") as f:
            for num, folder, rc, text in results:
                f.write(f"===== case {num}: appeal-kit check {os.path.basename(folder)} (exit {rc})\n{text}\n")
        for num, folder, rc, text in results:
            print(f"check case {num}: exit {rc}")
            bad = bad or rc != 0
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
