#!/usr/bin/env python3
# FICTIONAL test-set generator, letters set 95 (issue 18). All data below is invented.
# Run: /work/main/.venv/bin/python make_set.py [--check] [NN ...]
import io, os, re, shutil, subprocess, sys
from ruamel.yaml import YAML

HERE = os.path.dirname(os.path.abspath(__file__))
HEAD = "FICTIONAL - invented for a blind test set (set 95); not a real person, plan, clinic or number.\n\n"
FOOT = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
            "What a letter must NOT say"]


def npi(nine):
    """Append the Luhn check digit computed over the 80840 prefix."""
    digits = "80840" + nine
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return nine + str((10 - total % 10) % 10)


def luhn_ok(n):
    digits = "80840" + n
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


def case(num, slug, yaml, docs, truth, answers):
    CASES.append(dict(num=num, slug=f"{num}-{slug}", yaml=yaml, docs=docs, truth=truth, answers=answers))


# ---------------------------------------------------------------- 01 Medicaid MCO, age 19, quetiapine XR
case("01", "medicaid-mco-age19-quetiapine-xr-bipolar-ii-lamotrigine-rash-said-untried-plan-appeal-patient",
"""# FICTIONAL CASE (set 95, case 01) - every person, plan, provider, number and address is invented.
# Oregon Medicaid managed care (CCO), member aged 19. Quetiapine XR for bipolar II depression denied:
# "no lamotrigine trial". Lamotrigine was started 06/02/2026 and stopped 06/20/2026 for a rash with mouth
# sores (do not rechallenge); the policy accepts a contraindication. Lithium continues. The member writes.
patient:
  name: Rowan Esquivel-Park
  salutation: Mx. Esquivel-Park
  date_of_birth: 2007-06-14
  member_id: FICT-OHP-20481736
  address: |-
    2217 NE Fremont Street, Apt 3
    Portland, OR 97212
  phone: (503) 555-0124
  email: rowan.ep@mail.example
insurer:
  name: Cascade Bridge Health Plan (FICTIONAL), an Oregon Health Plan coordinated care organization
  appeals_address: |-
    Cascade Bridge Health Plan, Appeals and Grievances (FICTIONAL)
    PO Box 61820
    Portland, OR 97228
  fax: (503) 555-0177
claim:
  number: CBH-PA-26-1114-0392
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-20
  appeal_deadline: 2027-01-19
  deadline_basis: >-
    Notice of adverse benefit determination of 11/20/2026: "You have 60 days from the date of this notice to ask
    for an appeal." Counted from the notice date (42 CFR 438.402(c)(2)(ii)).
  diagnosis_codes: [F31.81]
  denial_reason: >-
    Quetiapine extended-release is approved under criteria PA-BPD-DEP-3 when the member has tried lamotrigine at
    100 mg per day or more for at least 8 weeks, or has a documented contraindication or intolerance to it. The
    records show no lamotrigine trial. Request denied.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: The records show no lamotrigine trial.
      record: >-
        Lamotrigine was started 06/02/2026 and stopped 06/20/2026 after a rash with mouth sores; the urgent care
        physician wrote "Do not rechallenge with lamotrigine." The urgent care note was among the pages faxed with
        the request on 11/12/2026.
      file: [clinical/urgent-care-visit-2026-06-20.txt, other/fax-cover-prior-authorization-2026-11-12.txt]
      page: 1
plan_policy:
  name: Cascade Bridge Health Plan pharmacy criteria PA-BPD-DEP-3, quetiapine extended-release for bipolar depression
  number: PA-BPD-DEP-3
  quote: >-
    1. Diagnosis of bipolar I or bipolar II disorder, current episode depressed. 2. Trial of lamotrigine at
    100 mg per day or more for at least 8 weeks, or a documented contraindication or intolerance to lamotrigine.
    3. Prescribed by or in consultation with a psychiatric prescriber.
  file: denial/notice-of-adverse-benefit-determination-2026-11-20.txt
payer_criteria:
  - criterion: Diagnosis of bipolar I or bipolar II disorder, current episode depressed.
    how_met: Bipolar II disorder, current episode depressed (F31.81), MADRS 31 on 11/09/2026.
    met: true
    evidence: {file: clinical/psychiatric-progress-note-2026-11-09.txt, page: 1}
  - criterion: Trial of lamotrigine at 100 mg per day or more for at least 8 weeks, or a documented contraindication or intolerance to lamotrigine.
    how_met: >-
      Documented intolerance and contraindication: rash with mouth sores on lamotrigine 50 mg in week 3,
      stopped 06/20/2026, "Do not rechallenge with lamotrigine."
    met: true
    evidence: {file: clinical/urgent-care-visit-2026-06-20.txt, page: 1}
  - criterion: Prescribed by or in consultation with a psychiatric prescriber.
    how_met: Prescribed by Dana Oyelaran, PMHNP-BC, psychiatric nurse practitioner.
    met: true
    evidence: {file: clinical/psychiatric-progress-note-2026-11-09.txt, page: 1}
treatment:
  name: Quetiapine extended-release 300 mg at bedtime
  summary: >-
    Quetiapine extended-release for bipolar II depression, added to lithium, after lamotrigine had to be stopped
    for a rash with mouth sores.
  alongside: lithium carbonate 600 mg daily
clinical:
  severity: MADRS 31 on 11/09/2026; PHQ-9 19 on 10/12/2026
  severity_date: 2026-11-09
  suicidality: passive
  suicidality_date: 2026-11-09
  episode_onset: 2026-02
  history:
    - drug: Sertraline
      dose: 50 mg daily
      start: 2025-09
      end: 2025-10
      kind: antidepressant
      adequate: false
      outcome: Stopped after 4 weeks when it set off a hypomanic episode; led to the bipolar II diagnosis
      evidence: {file: clinical/psychiatric-progress-note-2026-11-09.txt, page: 1}
    - drug: Lithium carbonate
      dose: 600 mg daily (level 0.6 mmol/L on 10/28/2026)
      start: 2026-03
      ongoing: true
      kind: augmentation
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/psychiatric-progress-note-2026-11-09.txt, page: 1}
    - drug: Lamotrigine
      dose: 25 mg daily, raised to 50 mg daily on 06/16/2026
      start: 2026-06-02
      end: 2026-06-20
      kind: augmentation
      adequate: false
      outcome: Stopped for a rash with mouth sores in week 3; do not rechallenge
      evidence: {file: clinical/urgent-care-visit-2026-06-20.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2026-03
      ongoing: true
      kind: other
      outcome: Sleep dose; not an antidepressant trial
      evidence: {file: clinical/psychiatric-progress-note-2026-11-09.txt, page: 1}
author:
  name: Rowan Esquivel-Park
  relation: patient
provider:
  name: Dana Oyelaran, PMHNP-BC
  credentials: PMHNP-BC, Alder Street Community Mental Health (FICTIONAL)
  npi: "1843029574"
  address: |-
    840 NE Alder Street
    Portland, OR 97232
  phone: (503) 555-0139
record_dates:
  - file: clinical/psychiatric-progress-note-2026-11-09.txt
    date: 2026-11-09
    sent: 2026-11-12
    sent_proof: other/fax-cover-prior-authorization-2026-11-12.txt
  - file: clinical/urgent-care-visit-2026-06-20.txt
    date: 2026-06-20
    sent: 2026-11-12
    sent_proof: other/fax-cover-prior-authorization-2026-11-12.txt
bates_prefix: ESQUIVELPARK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
{
"denial/notice-of-adverse-benefit-determination-2026-11-20.txt": """CASCADE BRIDGE HEALTH PLAN (FICTIONAL) - an Oregon Health Plan coordinated care organization
NOTICE OF ADVERSE BENEFIT DETERMINATION                                   Date of notice: 11/20/2026   Page 1 of 1
Member: Rowan Esquivel-Park   DOB 06/14/2007   Member ID FICT-OHP-20481736
Reference: CBH-PA-26-1114-0392   Prescriber: Dana Oyelaran, PMHNP-BC, NPI 1843029574
Drug requested: quetiapine extended-release 300 mg, 30 tablets per 30 days. Request received 11/12/2026.

Decision: DENIED.
Reason: Quetiapine extended-release is approved under criteria PA-BPD-DEP-3 when the member has tried lamotrigine at
100 mg per day or more for at least 8 weeks, or has a documented contraindication or intolerance to it. The
records show no lamotrigine trial. Request denied.
Criteria PA-BPD-DEP-3: 1. Diagnosis of bipolar I or bipolar II disorder, current episode depressed. 2. Trial of
lamotrigine at 100 mg per day or more for at least 8 weeks, or a documented contraindication or intolerance to
lamotrigine. 3. Prescribed by or in consultation with a psychiatric prescriber.
Reviewed by: Corwin Baptiste, PharmD, clinical pharmacist.

Your right to appeal: You have 60 days from the date of this notice to ask for an appeal. Call 1-800-555-0182
or write to Appeals and Grievances, PO Box 61820, Portland, OR 97228, fax (503) 555-0177. If we uphold this
decision you may ask for a state fair hearing.""",
"clinical/psychiatric-progress-note-2026-11-09.txt": """ALDER STREET COMMUNITY MENTAL HEALTH (FICTIONAL) - PSYCHIATRIC PROGRESS NOTE       Date: 11/09/2026
Patient: Rowan Esquivel-Park   DOB 06/14/2007   Clinician: Dana Oyelaran, PMHNP-BC   Page 1 of 1
Diagnosis: bipolar II disorder, current episode depressed (F31.81). Current episode since 02/2026.
MADRS 31 today. PHQ-9 19 on 10/12/2026. Passive wish not to wake up; no plan, no intent, no attempts.
History: sertraline 50 mg 09/2025-10/2025, hypomania after 4 weeks, stopped; bipolar II diagnosed then.
Lithium 600 mg daily since 03/2026, level 0.6 mmol/L on 10/28/2026, partial response; continue.
Lamotrigine started 06/02/2026, stopped 06/20/2026 for rash with mouth sores (see urgent care note).
Trazodone 50 mg at bedtime for sleep since 03/2026.
Plan: add quetiapine extended-release 300 mg at bedtime to lithium; prior authorization to Cascade Bridge.
Attends community college part time; missed most classes since 10/2026. Lives with mother.""",
"clinical/urgent-care-visit-2026-06-20.txt": """EASTSIDE URGENT CARE (FICTIONAL) - VISIT NOTE                                     Date: 06/20/2026
Patient: Rowan Esquivel-Park   DOB 06/14/2007   Physician: Tobias Renfrew-Aguilar, MD   Page 1 of 1
Started lamotrigine 06/02/2026 (25 mg, 50 mg since 06/16/2026). Two days of spreading red rash on chest and arms,
two mouth sores, low fever. Lamotrigine stopped today.
Assessment: drug rash with mucosal involvement, lamotrigine suspected.
Plan: Do not rechallenge with lamotrigine. Allergy list updated. Follow up with prescriber.""",
"other/fax-cover-prior-authorization-2026-11-12.txt": """ALDER STREET COMMUNITY MENTAL HEALTH (FICTIONAL) - FAX COVER SHEET             Date: 11/12/2026
To: Cascade Bridge Health Plan Pharmacy Prior Authorization, fax (503) 555-0176
From: Jun Halloran, medical assistant, for Dana Oyelaran, PMHNP-BC   Phone (503) 555-0139
Re: Rowan Esquivel-Park, FICT-OHP-20481736, quetiapine extended-release 300 mg
Pages: 4 (cover; prior authorization form; progress note 11/09/2026; urgent care note 06/20/2026)
Transmission report: 11/12/2026 14:02   4 pages   Result: OK""",
"other/pharmacy-fill-history-household-2026-11-15.txt": """FREMONT COMMUNITY PHARMACY (FICTIONAL) - HOUSEHOLD FILL HISTORY           Printed: 11/15/2026
Account: Esquivel-Park household, 2217 NE Fremont Street, Portland, OR
Date        Patient                     Drug                                 Qty   Paid by
10/29/2026  Rowan Esquivel-Park         lithium carbonate 300 mg             60    Cascade Bridge
10/29/2026  Rowan Esquivel-Park         trazodone 50 mg                      30    Cascade Bridge
11/02/2026  Inés Esquivel-Park          levothyroxine 75 mcg                 90    Willamette Employer Plan
06/03/2026  Rowan Esquivel-Park         lamotrigine 25 mg (starter)          42    Cascade Bridge
11/14/2026  Rowan Esquivel-Park         quetiapine ER 300 mg                 --    REJECTED: PA required""",
},
"""# 01 - Medicaid managed care, member aged 19: quetiapine XR denied as "no lamotrigine trial"; lamotrigine stopped for a rash (do not rechallenge); first plan appeal by the member (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Rowan Esquivel-Park, 19 (DOB 06/14/2007), Oregon Medicaid member in Cascade Bridge Health Plan (a managed care plan,
  coordinated care organization). Bipolar II disorder, current episode depressed (F31.81), episode since 02/2026.
- Quetiapine extended-release 300 mg at bedtime, prescribed by Dana Oyelaran, PMHNP-BC, to be **added to lithium**;
  prior authorization request received 11/12/2026; denied 11/20/2026 under PA-BPD-DEP-3: "The records show no
  lamotrigine trial."
- **Lamotrigine was tried:** started 06/02/2026, 25 mg then 50 mg from 06/16/2026, **stopped 06/20/2026** for a rash
  with mouth sores; urgent care: "Do not rechallenge with lamotrigine." The pharmacy shows the 06/03/2026 starter
  fill paid by the plan itself.
- Criterion 2 accepts "a documented contraindication or intolerance to lamotrigine": met. Criteria 1 and 3 met
  (MADRS 31 on 11/09/2026; prescriber is a psychiatric nurse practitioner). Every criterion is met.
- The urgent care note was faxed with the request on 11/12/2026 (fax cover, transmission OK, 4 pages): it was
  before the reviewer.
- Lithium 600 mg daily since 03/2026, level 0.6 mmol/L on 10/28/2026, partial response, **continues**. Trazodone
  50 mg at bedtime is for sleep. Sertraline 50 mg (09/2025-10/2025) set off hypomania after 4 weeks.
- Suicidality: passive wish not to wake up, no plan or intent, 11/09/2026.
- **Rule and stage:** first plan appeal, Medicaid managed care: 60 days from the notice, **by 01/19/2027**
  (42 CFR 438.402(c)(2)(ii)); expedited appeal exists (438.410). After the plan's resolution, a state fair hearing
  within 120 days (438.408(f)(2)). Under 21: EPSDT (42 USC 1396d(r)(5)) requires coverage of necessary treatment.
- **Author:** the member, writing as "I".

## Deliberately unknown
- Whether the plan's reviewer saw the urgent care note (the fax shows it was sent, not that it was read).
- Whether quetiapine XR is on the plan's preferred drug list at another step: not stated.
- Weight, metabolic labs before quetiapine: not in the record; a letter must not state them.

## Traps
- The denial misstates the record: a letter must correct "no lamotrigine trial" with the dates and the urgent
  care note, not concede that lamotrigine was never tried.
- Lamotrigine was an **intolerance / contraindication**, not an adequate trial and not a "failure" after 8 weeks.
- **Lithium continues** (partial response): never "failed" or "stopped"; quetiapine is added to it.
- **Trazodone 50 mg** is a sleep dose, not an antidepressant trial. Sertraline caused hypomania: not a failed
  antidepressant trial, and antidepressants alone are not the next step here.
- Suicidality is **passive**, not active; no attempt.
- Other people: the mother (Inés Esquivel-Park) on the household fill history; Jun Halloran on the fax cover;
  the urgent care physician. None is the appellant.
- Voice: the member signs; "I", never "the patient has".

## Arguments a strong letter makes
Strongest first.
1. Criterion 2 is met on its own terms: documented intolerance and contraindication (rash with mouth sores,
   stopped 06/20/2026, "Do not rechallenge"), and the note was sent with the request on 11/12/2026.
2. Correct the decision's statement, with the plan's own paid lamotrigine fill of 06/03/2026.
3. Every criterion of PA-BPD-DEP-3 is met; approve quetiapine XR 300 mg as prescribed.
4. EPSDT: under 21, Medicaid covers treatment necessary to correct or ameliorate a condition (42 USC 1396d(r)(5)).
5. Keep the state fair hearing route (120 days after the resolution) in view.

## What a letter must NOT say
- "never tried lamotrigine"; "failed lamotrigine" as an adequate 8-week trial; "lamotrigine 100 mg".
- "stopped lithium", "failed lithium"; trazodone as a failed antidepressant; "failed sertraline".
- "active suicidal ideation", "suicide attempt".
- "29 CFR 2560.503-1", "ERISA", "45 CFR 147.136", "Medicare", "external review" as the next step.
- "Inés" as the member or author; "Ms." or "Mr." for the member.
""",
[
("Date of the denial notice", "11/20/2026", "denial/notice-of-adverse-benefit-determination-2026-11-20.txt"),
("Policy the denial applies", "PA-BPD-DEP-3", "denial/notice-of-adverse-benefit-determination-2026-11-20.txt"),
("What the denial says about lamotrigine", "The records show no lamotrigine trial", "denial/notice-of-adverse-benefit-determination-2026-11-20.txt"),
("When lamotrigine was started", "Started lamotrigine 06/02/2026", "clinical/urgent-care-visit-2026-06-20.txt"),
("When lamotrigine was stopped", "Lamotrigine stopped today", "clinical/urgent-care-visit-2026-06-20.txt"),
("Urgent care instruction on lamotrigine", "Do not rechallenge with lamotrigine", "clinical/urgent-care-visit-2026-06-20.txt"),
("Highest lamotrigine dose", "50 mg since 06/16/2026", "clinical/urgent-care-visit-2026-06-20.txt"),
("Lithium level and date", "level 0.6 mmol/L on 10/28/2026", "clinical/psychiatric-progress-note-2026-11-09.txt"),
("Is lithium continued?", "partial response; continue", "clinical/psychiatric-progress-note-2026-11-09.txt"),
("What trazodone is for", "Trazodone 50 mg at bedtime for sleep", "clinical/psychiatric-progress-note-2026-11-09.txt"),
("Current MADRS", "MADRS 31 today", "clinical/psychiatric-progress-note-2026-11-09.txt"),
("Suicidality", "no plan, no intent, no attempts", "clinical/psychiatric-progress-note-2026-11-09.txt"),
("What happened on sertraline", "hypomania after 4 weeks", "clinical/psychiatric-progress-note-2026-11-09.txt"),
("Was the urgent care note sent with the request?", "urgent care note 06/20/2026", "other/fax-cover-prior-authorization-2026-11-12.txt"),
("Who paid the lamotrigine starter fill", "lamotrigine 25 mg (starter)          42    Cascade Bridge", "other/pharmacy-fill-history-household-2026-11-15.txt"),
("Last day to file the plan appeal", "by 01/19/2027", "truth"),
])

# ---------------------------------------------------------------- 02 Part D PDP, vortioxetine step therapy
case("02", "part-d-pdp-vortioxetine-step-citalopram-qtc-sertraline-discount-card-redetermination-daughter",
"""# FICTIONAL CASE (set 95, case 02) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan, Arizona, member aged 72. Vortioxetine denied at step therapy ST-AD-12: "our claims show
# one generic antidepressant (citalopram)". Sertraline was taken 10 weeks, bought with a discount card; citalopram
# 40 mg lengthened the QTc. Mirtazapine 7.5 mg is for sleep. The daughter writes with a CMS-1696.
patient:
  name: Gwendolyn Achterberg
  salutation: Mrs. Achterberg
  date_of_birth: 1954-02-08
  member_id: FICT-PDP-7730-41962
  address: |-
    5128 E Palo Verde Lane
    Mesa, AZ 85205
  phone: (480) 555-0117
insurer:
  name: Saguaro Senior Rx (PDP) (FICTIONAL), offered by Mesa Verde Health Plans
  appeals_address: |-
    Saguaro Senior Rx, Part D Appeals (FICTIONAL)
    PO Box 33019
    Phoenix, AZ 85067
  fax: 1-877-555-0148
claim:
  number: SSR-CD-26-1121-58304
  plan_type: medicare_part_d
  notice_date: 2026-11-24
  appeal_deadline: 2027-01-28
  deadline_basis: >-
    Notice of denial of Medicare prescription drug coverage of 11/24/2026: "You must ask for a redetermination within
    65 days from the date of this notice" (42 CFR 423.582(b)).
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Vortioxetine requires step therapy (ST-AD-12): two formulary generic antidepressants in the past 365 days. Our
    claims show one generic antidepressant (citalopram). Your prescriber did not give us information that the
    required drugs would be ineffective or harmful for you.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  corrections:
    - said: Our claims show one generic antidepressant (citalopram).
      record: >-
        Sertraline 50 mg raised to 150 mg was taken 02/10/2026-04/30/2026 (about 11 weeks) with no response, bought
        with a discount card, so the plan's claims do not show it; the pharmacy's discount card record shows the fills.
      file: [clinical/geriatric-psychiatry-note-2026-11-05.txt, other/discount-card-fill-record-2026.txt]
      page: 1
    - said: Your prescriber did not give us information that the required drugs would be ineffective or harmful for you.
      record: >-
        Dr. Carrasco-Voss's supporting statement of 11/26/2026 says citalopram above 20 mg is unsafe for her (QTc
        489 ms on 40 mg) and that sertraline was taken for 11 weeks without response.
      file: other/prescriber-supporting-statement-2026-11-26.txt
      page: 1
      leaves_out: true
plan_policy:
  name: Saguaro Senior Rx step therapy criteria ST-AD-12, vortioxetine
  number: ST-AD-12
  quote: >-
    Vortioxetine is covered when the member has claims for two formulary generic antidepressants in the past 365
    days, or when the prescriber states that the required drugs would be ineffective or would cause adverse effects.
  file: denial/notice-of-denial-of-drug-coverage-2026-11-24.txt
payer_criteria:
  - criterion: Claims for two formulary generic antidepressants in the past 365 days
    how_met: >-
      Two generic antidepressants in the past 365 days: citalopram 10/13/2025-01/12/2026 (in the plan's claims) and
      sertraline 02/10/2026-04/30/2026, bought with a discount card (pharmacy record enclosed), so not in the plan's claims.
    met: true
    evidence: [{file: clinical/geriatric-psychiatry-note-2026-11-05.txt, page: 1}, {file: other/discount-card-fill-record-2026.txt, page: 1}]
  - criterion: or the prescriber states that the required drugs would be ineffective or would cause adverse effects
    how_met: Dr. Carrasco-Voss's supporting statement of 11/26/2026 (QTc 489 ms on citalopram 40 mg; no response to sertraline 150 mg).
    met: true
    evidence: {file: other/prescriber-supporting-statement-2026-11-26.txt, page: 1}
prescriber_statement:
  date: 2026-11-26
  quote: >-
    Citalopram cannot be used above 20 mg daily in Mrs. Achterberg: at 40 mg her QTc reached 489 ms on 01/08/2026,
    and 20 mg had given only a partial response. Sertraline up to 150 mg daily for 11 weeks (02/10/2026-04/30/2026)
    gave no response. A third generic antidepressant trial would be likely to be ineffective, and vortioxetine is
    medically necessary for her.
  file: other/prescriber-supporting-statement-2026-11-26.txt
treatment:
  name: Vortioxetine 10 mg daily
  summary: Vortioxetine for recurrent major depression after citalopram (QTc prolongation at 40 mg) and sertraline (no response).
clinical:
  severity: PHQ-9 17 and GDS-15 11 on 11/05/2026
  severity_date: 2026-11-05
  suicidality: none
  suicidality_date: 2026-11-05
  history:
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2014-03
      end: 2016-06
      kind: antidepressant
      response: remission
      outcome: Remission in the 2014 episode; tapered off in remission in 2016
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-05.txt, page: 1}
    - drug: Citalopram
      dose: 20 mg daily, raised to 40 mg daily on 11/24/2025
      start: 2025-10-13
      end: 2026-01-12
      kind: antidepressant
      weeks: 13
      adequate: true
      response: partial
      outcome: Partial response at 20 mg; QTc 489 ms on 40 mg (ECG 01/08/2026); tapered and stopped
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-05.txt, page: 1}
    - drug: Sertraline
      dose: 50 mg daily, raised to 150 mg daily
      start: 2026-02-10
      end: 2026-04-30
      kind: antidepressant
      weeks: 11
      adequate: true
      failed: true
      response: none
      paid_outside: discount card
      outcome: No response after 11 weeks, 150 mg for the last 7; stopped
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-05.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2026-05
      ongoing: true
      kind: other
      outcome: Sleep dose; not an antidepressant trial
      evidence: {file: clinical/geriatric-psychiatry-note-2026-11-05.txt, page: 1}
author:
  name: Marguerite Achterberg-Solis
  role: daughter, appointed representative (CMS-1696)
  relation: representative
  address: |-
    77 W Cactus Wren Drive
    Chandler, AZ 85225
  phone: (480) 555-0163
  email: marguerite.as@mail.example
  authorization: other/cms-1696-appointment-of-representative-2026-11-25.txt
provider:
  name: Linh Carrasco-Voss, MD
  credentials: MD, geriatric psychiatry, Desert Bloom Senior Behavioral Health (FICTIONAL)
  npi: "1729503189"
  address: |-
    1900 S Dobson Road, Suite 210
    Mesa, AZ 85202
  phone: (480) 555-0150
record_dates:
  - file: other/prescriber-supporting-statement-2026-11-26.txt
    date: 2026-11-26
bates_prefix: ACHTERBERG
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
{
"denial/notice-of-denial-of-drug-coverage-2026-11-24.txt": """SAGUARO SENIOR RX (PDP) (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date of notice: 11/24/2026   Page 1 of 1   Case SSR-CD-26-1121-58304
Enrollee: Gwendolyn Achterberg   Member ID FICT-PDP-7730-41962
Drug: vortioxetine 10 mg tablets, 30 per 30 days   Prescriber: Linh Carrasco-Voss, MD

We denied this drug because: Vortioxetine requires step therapy (ST-AD-12): two formulary generic antidepressants in
the past 365 days. Our claims show one generic antidepressant (citalopram). Your prescriber did not give us
information that the required drugs would be ineffective or harmful for you.
ST-AD-12: Vortioxetine is covered when the member has claims for two formulary generic antidepressants in the past
365 days, or when the prescriber states that the required drugs would be ineffective or would cause adverse effects.

You may ask for a redetermination (appeal). You must ask for a redetermination within 65 days from the date of this
notice. Mail: Part D Appeals, PO Box 33019, Phoenix, AZ 85067. Fax 1-877-555-0148. Your doctor may ask for an
exception. If your health could be seriously harmed by waiting, ask for a fast decision.""",
"clinical/geriatric-psychiatry-note-2026-11-05.txt": """DESERT BLOOM SENIOR BEHAVIORAL HEALTH (FICTIONAL) - FOLLOW-UP NOTE                Date: 11/05/2026
Patient: Gwendolyn Achterberg   DOB 02/08/1954   Physician: Linh Carrasco-Voss, MD   Page 1 of 1
Recurrent major depression, current episode moderate (F33.1). PHQ-9 17, GDS-15 11 today. Denies suicidal thoughts.
2014 episode: bupropion XL 300 mg, remission; tapered off 06/2016 while well.
Current episode: citalopram 20 mg from 10/13/2025, partial response; 40 mg from 11/24/2025; ECG 01/08/2026
QTc 489 ms; tapered off by 01/12/2026. Citalopram above 20 mg not to be used again.
Sertraline 02/10/2026-04/30/2026, up to 150 mg, no response (bought with a discount card, not through her plan).
Mirtazapine 7.5 mg at bedtime for sleep since 05/2026.
Vortioxetine samples 10 mg daily started 10/20/2026; tolerating well. Send prescription to her Part D plan.
Accompanied by her husband, Hendrik Achterberg.""",
"other/discount-card-fill-record-2026.txt": """SONORAN FAMILY PHARMACY (FICTIONAL) - DISCOUNT CARD PURCHASE RECORD           Printed: 11/25/2026
Customer: Gwendolyn Achterberg   DOB 02/08/1954   Card: ValueScript Savings Card (FICTIONAL) BIN 999041
Date        Drug                         Qty   Paid       Plan billed
02/10/2026  sertraline 50 mg             30    $9.40      none (discount card)
03/09/2026  sertraline 100 mg            30    $10.15     none (discount card)
03/23/2026  sertraline 50 mg (add-on)    30    $9.40      none (discount card)
04/06/2026  sertraline 100 mg + 50 mg    60    $19.55     none (discount card)""",
"other/prescriber-supporting-statement-2026-11-26.txt": """DESERT BLOOM SENIOR BEHAVIORAL HEALTH (FICTIONAL) - PRESCRIBER'S SUPPORTING STATEMENT   Date: 11/26/2026
For: Saguaro Senior Rx, case SSR-CD-26-1121-58304   Enrollee: Gwendolyn Achterberg   Page 1 of 1
Request: exception to step therapy ST-AD-12 for vortioxetine 10 mg daily.
Citalopram cannot be used above 20 mg daily in Mrs. Achterberg: at 40 mg her QTc reached 489 ms on 01/08/2026,
and 20 mg had given only a partial response. Sertraline up to 150 mg daily for 11 weeks (02/10/2026-04/30/2026)
gave no response. A third generic antidepressant trial would be likely to be ineffective, and vortioxetine is
medically necessary for her.
Linh Carrasco-Voss, MD   NPI 1729503189   Phone (480) 555-0150   Fax (480) 555-0151""",
"other/cms-1696-appointment-of-representative-2026-11-25.txt": """APPOINTMENT OF REPRESENTATIVE (fictional rendition of form CMS-1696)            Date: 11/25/2026
Beneficiary: Gwendolyn Achterberg   Medicare number FICT-1AB2-CD3-EF45
I appoint Marguerite Achterberg-Solis, my daughter, 77 W Cactus Wren Drive, Chandler, AZ 85225, phone
(480) 555-0163, to act as my representative in connection with my Part D claim and appeal.
Signed: Gwendolyn Achterberg  11/25/2026
Representative: I accept this appointment. Signed: Marguerite Achterberg-Solis  11/25/2026""",
},
"""# 02 - Part D PDP: vortioxetine step therapy; the plan's claims miss a sertraline trial bought with a discount card; citalopram limited by QTc; redetermination by the daughter (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Gwendolyn Achterberg, 72 (DOB 02/08/1954), stand-alone Part D plan Saguaro Senior Rx (PDP). Recurrent major
  depression, moderate (F33.1); PHQ-9 17 and GDS-15 11 on 11/05/2026; no suicidal thoughts.
- Vortioxetine 10 mg daily denied 11/24/2026 at step therapy ST-AD-12: "Our claims show one generic antidepressant
  (citalopram)" and "Your prescriber did not give us information ...".
- **Two generic antidepressants were taken in the past 365 days:** citalopram (10/13/2025-01/12/2026; partial
  response at 20 mg, QTc 489 ms on 40 mg on 01/08/2026) and **sertraline 02/10/2026-04/30/2026, up to 150 mg, no
  response**, bought with a discount card (so not in the plan's claims).
- The prescriber's supporting statement of 11/26/2026 (after the notice) answers the step: citalopram above 20 mg
  unsafe; sertraline ineffective.
- **Mirtazapine 7.5 mg** at bedtime since 05/2026 is for sleep. **Bupropion XL 300 mg** brought remission in the
  2014 episode (tapered off in 2016 while well).
- Vortioxetine samples since 10/20/2026, tolerated.
- **Rule and stage:** standard redetermination, 65 days from the notice, **by 01/28/2027** (42 CFR 423.582(b));
  exception under 42 CFR 423.578(b) with the prescriber's statement; expedited if health could be seriously
  jeopardized (423.584). Next level: the IRE.
- **Author:** the daughter, appointed on CMS-1696 (11/25/2026); writes about "Mrs. Achterberg".

## Deliberately unknown
- Whether the plan would decide faster if asked to expedite: no urgency statement exists.
- Whether the 2026-12 samples run out before a decision: not stated.
- Cost of vortioxetine to the member: not in the case.

## Traps
- The plan's claims are not the record: sertraline is a trial "paid outside" the plan (discount card).
- Citalopram: partial response at 20 mg and QTc harm at 40 mg; stopped, not "failed for lack of effort"; not
  intolerance of the whole drug at any dose.
- Mirtazapine 7.5 mg is a sleep dose, never a third antidepressant trial; bupropion's 2014 remission is not a failure.
- The prescriber's statement is dated after the notice: the reviewer never saw it.
- Other people: the husband (Hendrik Achterberg) in the note. Voice: the daughter writes, not "I" as the patient.
- Part D: no ERISA, no parity, no external review under 147.136.

## Arguments a strong letter makes
Strongest first.
1. ST-AD-12 is met on its own terms: two generic antidepressants in 365 days (citalopram and sertraline); the
   sertraline trial is shown by the discount card record.
2. The prescriber's statement (42 CFR 423.578(b)) that the required drugs would be ineffective or harmful: QTc
   489 ms at 40 mg citalopram; no response to sertraline 150 mg.
3. Correct the notice's "one generic antidepressant" and "did not give us information" (the statement now exists).
4. Request the redetermination and the exception together; IRE next if upheld.

## What a letter must NOT say
- "failed mirtazapine", mirtazapine as an antidepressant trial; "bupropion failed".
- "only one antidepressant"; "sertraline was not tried".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "parity", "Medicaid".
- "suicidal ideation" as present; "Hendrik" as the representative.
- "60 days after receipt" as the Part D window.
""",
[
("Date of the notice", "Date of notice: 11/24/2026", "denial/notice-of-denial-of-drug-coverage-2026-11-24.txt"),
("Step therapy rule named", "ST-AD-12", "denial/notice-of-denial-of-drug-coverage-2026-11-24.txt"),
("What the plan's claims show", "Our claims show one generic antidepressant (citalopram)", "denial/notice-of-denial-of-drug-coverage-2026-11-24.txt"),
("Appeal window", "within 65 days from the date of this notice", "denial/notice-of-denial-of-drug-coverage-2026-11-24.txt"),
("QTc on citalopram 40 mg", "QTc 489 ms", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
("Citalopram at 20 mg", "citalopram 20 mg from 10/13/2025, partial response", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
("Sertraline dates", "Sertraline 02/10/2026-04/30/2026, up to 150 mg, no response", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
("How sertraline was paid", "none (discount card)", "other/discount-card-fill-record-2026.txt"),
("First sertraline fill", "02/10/2026  sertraline 50 mg", "other/discount-card-fill-record-2026.txt"),
("What mirtazapine is for", "Mirtazapine 7.5 mg at bedtime for sleep", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
("Bupropion in 2014", "bupropion XL 300 mg, remission", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
("Current scales", "PHQ-9 17, GDS-15 11 today", "clinical/geriatric-psychiatry-note-2026-11-05.txt"),
("Prescriber statement date", "PRESCRIBER'S SUPPORTING STATEMENT   Date: 11/26/2026", "other/prescriber-supporting-statement-2026-11-26.txt"),
("Prescriber's conclusion", "A third generic antidepressant trial would be likely to be ineffective", "other/prescriber-supporting-statement-2026-11-26.txt"),
("Representative and relation", "Marguerite Achterberg-Solis, my daughter", "other/cms-1696-appointment-of-representative-2026-11-25.txt"),
("Redetermination deadline", "by 01/28/2027", "truth"),
])

# ---------------------------------------------------------------- 03 FEHB, maintenance TMS, MADRS misread
case("03", "fehb-maintenance-tms-madrs-week3-read-as-end-of-course-carrier-reconsideration-psychiatrist",
"""# FICTIONAL CASE (set 95, case 03) - every person, plan, provider, number and address is invented.
# FEHB Standard Option, Maryland. Maintenance TMS denied: "MADRS 22 at the end of the acute course (39%)". The 22
# was at session 15 (06/19/2026); the end-of-course MADRS was 12 on 07/20/2026 (67% reduction). Sertraline
# continues alongside. The treating psychiatrist writes.
patient:
  name: Desmond Okonjo-Reyes
  salutation: Mr. Okonjo-Reyes
  date_of_birth: 1978-09-30
  member_id: FICT-CFB-R60418827
  address: |-
    14 Hollins Ferry Court
    Laurel, MD 20707
  phone: (301) 555-0128
insurer:
  name: Chesapeake Federal Employees Benefit Plan (FICTIONAL), Standard Option
  appeals_address: |-
    Chesapeake Federal Employees Benefit Plan, Reconsideration Unit (FICTIONAL)
    PO Box 8840
    Annapolis, MD 21401
  fax: (410) 555-0186
claim:
  number: CFB-PC-26-1103-7719
  plan_type: fehb
  notice_date: 2026-11-10
  appeal_deadline: 2027-05-10
  deadline_basis: >-
    Carrier's letter of 11/10/2026: "You may ask us to reconsider within 6 months of the date of this letter"
    (5 CFR 890.105(b)(1)).
  procedure_codes: ["90868"]
  diagnosis_codes: [F33.2]
  sessions: 12
  denial_reason: >-
    Maintenance TMS is not medically necessary under clinical policy CP-TMS-22, Section 4. Maintenance requires a
    documented response (at least a 50% reduction in a standardized depression score) to the acute course. The
    records show MADRS 22 at the end of the acute course, a 39% reduction from 36.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Lorraine Feckworth, MD", specialty: internal medicine}
  action: none
  corrections:
    - said: The records show MADRS 22 at the end of the acute course, a 39% reduction from 36.
      record: >-
        MADRS 22 was recorded at session 15 on 06/19/2026, in week 3. At the end of the acute course (session 36,
        07/20/2026) the MADRS was 12, a 67% reduction from 36.
      file: clinical/tms-treatment-summary-2026-07-24.txt
      page: 1
plan_policy:
  name: Chesapeake Federal Employees Benefit Plan clinical policy CP-TMS-22, Section 4, maintenance TMS
  number: CP-TMS-22
  quote: >-
    Section 4. Maintenance TMS may be approved when (a) the member had a documented response to the acute course,
    defined as at least a 50% reduction in a standardized depression rating scale score from baseline, and (b) the
    member has relapsed or shown early signs of relapse after the acute course ended.
  file: other/clinical-policy-cp-tms-22-excerpt.txt
payer_criteria:
  - criterion: (a) documented response to the acute course, at least a 50% reduction in a standardized depression rating scale score from baseline
    how_met: MADRS 36 on 06/01/2026 (baseline) and 12 on 07/20/2026 (session 36), a 67% reduction.
    met: true
    evidence: {file: clinical/tms-treatment-summary-2026-07-24.txt, page: 1}
  - criterion: (b) relapse or early signs of relapse after the acute course ended
    how_met: MADRS rose to 20 on 10/26/2026 after the taper ended on 08/28/2026.
    met: true
    evidence: {file: clinical/psychiatry-follow-up-2026-10-26.txt, page: 1}
treatment:
  name: Maintenance TMS, 12 sessions (90868)
  summary: Maintenance TMS after a response to the acute course and early signs of relapse.
  plan: >-
    12 maintenance sessions: weekly for 8 weeks, then every other week for 8 weeks; MADRS every 4 sessions; stop if
    MADRS rises above 25 on two ratings or falls to 10 or less for 8 weeks.
  alongside: sertraline 200 mg daily
clinical:
  severity: MADRS 20 on 10/26/2026 (12 on 07/20/2026; 36 on 06/01/2026)
  severity_date: 2026-10-26
  suicidality: none
  suicidality_date: 2026-10-26
  response: MADRS 36 on 06/01/2026 to 12 on 07/20/2026 (67% reduction) with the acute course of 36 sessions
  response_level: response
  history:
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-01
      end: 2025-04
      kind: antidepressant
      weeks: 10
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks at 225 mg; stopped
      evidence: {file: clinical/psychiatry-follow-up-2026-10-26.txt, page: 1}
    - drug: Aripiprazole
      dose: 2 mg, raised to 5 mg daily
      start: 2025-06
      end: 2025-07
      kind: augmentation
      weeks: 3
      adequate: false
      outcome: Stopped after 3 weeks for akathisia (intolerance)
      evidence: {file: clinical/psychiatry-follow-up-2026-10-26.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-08
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after TMS
      evidence: {file: clinical/psychiatry-follow-up-2026-10-26.txt, page: 1}
    - drug: Acute TMS course
      dose: 36 sessions, 06/01/2026-07/20/2026, then 6 taper sessions to 08/28/2026
      start: 2026-06-01
      end: 2026-08-28
      kind: neuromodulation
      sessions: 36
      adequate: true
      response: response
      outcome: MADRS 36 to 12 (67% reduction)
      evidence: {file: clinical/tms-treatment-summary-2026-07-24.txt, page: 1}
    - drug: Lorazepam
      dose: 0.5 mg as needed for anxiety, at most twice a week
      start: 2025-08
      ongoing: true
      kind: other
      outcome: As needed for anxiety; not an antidepressant trial
      evidence: {file: clinical/psychiatry-follow-up-2026-10-26.txt, page: 1}
author:
  name: Helena Marchetti-Obi, MD
  role: treating psychiatrist
  relation: physician
  address: |-
    Severn Neuromodulation Center (FICTIONAL), 300 Crain Highway, Suite 4
    Glen Burnie, MD 21061
  phone: (410) 555-0133
  email: hmarchetti@severnneuro.example
  authorization: other/patient-consent-to-appeal-2026-11-16.txt
provider:
  name: Helena Marchetti-Obi, MD
  credentials: MD, psychiatry
  npi: "1653098420"
  address: |-
    300 Crain Highway, Suite 4
    Glen Burnie, MD 21061
  phone: (410) 555-0133
peer_to_peer:
  availability: weekdays 12:00-1:00 pm
bates_prefix: OKONJOREYES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
{
"denial/carrier-denial-letter-2026-11-10.txt": """CHESAPEAKE FEDERAL EMPLOYEES BENEFIT PLAN (FICTIONAL) - STANDARD OPTION
PRE-SERVICE CLAIM DECISION                                                 Date: 11/10/2026   Page 1 of 1
Member: Desmond Okonjo-Reyes   ID FICT-CFB-R60418827   Reference CFB-PC-26-1103-7719
Service requested: maintenance TMS, 12 sessions (90868)   Provider: Helena Marchetti-Obi, MD

Decision: not approved. Maintenance TMS is not medically necessary under clinical policy CP-TMS-22, Section 4.
Maintenance requires a documented response (at least a 50% reduction in a standardized depression score) to the
acute course. The records show MADRS 22 at the end of the acute course, a 39% reduction from 36.
Reviewed by Lorraine Feckworth, MD, internal medicine.

You may ask us to reconsider within 6 months of the date of this letter. Write to the Reconsideration Unit,
PO Box 8840, Annapolis, MD 21401, or fax (410) 555-0186. If we do not change our decision you may ask the
Office of Personnel Management to review it.""",
"clinical/tms-treatment-summary-2026-07-24.txt": """SEVERN NEUROMODULATION CENTER (FICTIONAL) - ACUTE TMS COURSE SUMMARY          Date: 07/24/2026
Patient: Desmond Okonjo-Reyes   DOB 09/30/1978   Physician: Helena Marchetti-Obi, MD   Page 1 of 1
Course: 36 sessions, 06/01/2026-07/20/2026; taper of 6 sessions planned through 08/28/2026.
MADRS (rated by Ana Lucia Ferrante, TMS technician, supervised):
  Session 1   06/01/2026   MADRS 36 (baseline)
  Session 15  06/19/2026   MADRS 22
  Session 25  07/03/2026   MADRS 17
  Session 36  07/20/2026   MADRS 12
Result: 67% reduction from baseline; response. Sertraline 200 mg daily continued throughout.""",
"clinical/psychiatry-follow-up-2026-10-26.txt": """SEVERN NEUROMODULATION CENTER (FICTIONAL) - PSYCHIATRY FOLLOW-UP                  Date: 10/26/2026
Patient: Desmond Okonjo-Reyes   DOB 09/30/1978   Physician: Helena Marchetti-Obi, MD   Page 1 of 1
Recurrent major depression, severe at start of this episode (F33.2). Taper ended 08/28/2026.
MADRS 20 today (12 on 07/20/2026). Sleep worse for 3 weeks, missed 4 workdays in October. No suicidal thoughts.
Medications: sertraline 200 mg daily since 08/2025, partial response, continue. Lorazepam 0.5 mg as needed for
anxiety, at most twice a week. Past: venlafaxine XR 225 mg 01/2025-04/2025, no response after 10 weeks;
aripiprazole 2-5 mg 06/2025-07/2025, stopped after 3 weeks for akathisia.
Plan: early relapse; request maintenance TMS, 12 sessions, weekly for 8 weeks then every other week.""",
"other/clinical-policy-cp-tms-22-excerpt.txt": """CHESAPEAKE FEDERAL EMPLOYEES BENEFIT PLAN (FICTIONAL) - CLINICAL POLICY CP-TMS-22 (excerpt)   Page 3 of 5
Section 4. Maintenance TMS may be approved when (a) the member had a documented response to the acute course,
defined as at least a 50% reduction in a standardized depression rating scale score from baseline, and (b) the
member has relapsed or shown early signs of relapse after the acute course ended.""",
"other/patient-consent-to-appeal-2026-11-16.txt": """CONSENT TO APPEAL                                                                  Date: 11/16/2026
I, Desmond Okonjo-Reyes (ID FICT-CFB-R60418827), ask Dr. Helena Marchetti-Obi to appeal the Chesapeake Federal
Employees Benefit Plan decision CFB-PC-26-1103-7719 for me and to receive information about it.
Signed: Desmond Okonjo-Reyes""",
"other/fax-cover-records-to-carrier-2026-11-03.txt": """SEVERN NEUROMODULATION CENTER (FICTIONAL) - FAX COVER                             Date: 11/03/2026
To: Chesapeake Federal Employees Benefit Plan, Utilization Management, attention Kelsey Draper, RN
Fax (410) 555-0185   From: Priya Castellanos-Webb, intake coordinator, phone (410) 555-0133
Re: Desmond Okonjo-Reyes, maintenance TMS request. Pages: 5 (request, course summary 07/24/2026, follow-up 10/26/2026)""",
},
"""# 03 - FEHB: maintenance TMS denied by reading the week-3 MADRS as the end of the course; carrier reconsideration by the treating psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Desmond Okonjo-Reyes, 48, FEHB Standard Option (Chesapeake Federal Employees Benefit Plan). Recurrent major
  depression (F33.2).
- Acute TMS: 36 sessions 06/01/2026-07/20/2026, taper to 08/28/2026. **MADRS 36 (06/01) -> 22 (session 15,
  06/19) -> 17 (07/03) -> 12 (session 36, 07/20/2026): 67% reduction.**
- The carrier (11/10/2026) read MADRS 22 as "the end of the acute course" (39%): that was week 3. CP-TMS-22
  Section 4(a) (>= 50%) is met; 4(b) early relapse: MADRS 20 on 10/26/2026. Both criteria met.
- Request: maintenance TMS, 12 sessions (90868), pre-service.
- Sertraline 200 mg since 08/2025: partial response, **continued** throughout. Venlafaxine XR 225 mg: no response
  after 10 weeks (failed). Aripiprazole 2-5 mg: **stopped after 3 weeks for akathisia** (intolerance, not adequate).
  Lorazepam 0.5 mg as needed (anxiety), not a trial.
- No suicidal thoughts (10/26/2026). Reviewer: internal medicine (not a psychiatrist).
- **Rule and stage:** carrier reconsideration, 6 months, **by 05/10/2027** (5 CFR 890.105(b)(1)); then OPM review
  within 90 days of the carrier's decision. No ERISA, no 147.136 external review as the route.
- **Author:** treating psychiatrist, "I", with the patient's consent of 11/16/2026.

## Deliberately unknown
- Whether the fax of 11/03/2026 reached the reviewer with all 5 pages (no transmission report).
- The TMS device and coil: not stated; a letter must not name one.
- Whether maintenance beyond 12 sessions will be needed.

## Traps
- The decision's 39% is arithmetic on the wrong row; the letter corrects it with the table, not "the reviewer
  ignored the records" in general.
- Sertraline continues; never "failed sertraline" or "stopped". Aripiprazole is an intolerance (3 weeks).
- Lorazepam is not an antidepressant or augmentation trial.
- Other people: Ana Lucia Ferrante (technician, rater), Kelsey Draper, RN, Priya Castellanos-Webb (fax cover).
- Voice: the psychiatrist writes "I"; the patient is "Mr. Okonjo-Reyes".

## Arguments a strong letter makes
Strongest first.
1. Section 4(a) is met by the plan's own definition: 36 to 12 = 67% at session 36 (07/20/2026); the 22 was session
   15 (06/19/2026).
2. Section 4(b) is met: taper ended 08/28/2026; MADRS 20 on 10/26/2026, sleep worse, missed workdays.
3. The reviewer is an internist; ask for a psychiatrist's review and offer a peer-to-peer call.
4. The treatment plan (12 sessions, stop rules); OPM review next if upheld.

## What a letter must NOT say
- "39%" as the response; "MADRS 22 at the end of the course".
- "failed sertraline", "discontinued sertraline"; "aripiprazole failed" as an adequate trial; lorazepam as a trial.
- "suicidal ideation" as present.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "parity" under 29 CFR 2590.712, "Medicare".
""",
[
("Date of the carrier's decision", "Date: 11/10/2026", "denial/carrier-denial-letter-2026-11-10.txt"),
("What the decision says the end MADRS was", "MADRS 22 at the end of the acute course, a 39% reduction from 36", "denial/carrier-denial-letter-2026-11-10.txt"),
("Reviewer's specialty", "Lorraine Feckworth, MD, internal medicine", "denial/carrier-denial-letter-2026-11-10.txt"),
("Reconsideration window", "within 6 months of the date of this letter", "denial/carrier-denial-letter-2026-11-10.txt"),
("Baseline MADRS", "Session 1   06/01/2026   MADRS 36 (baseline)", "clinical/tms-treatment-summary-2026-07-24.txt"),
("When MADRS 22 was recorded", "Session 15  06/19/2026   MADRS 22", "clinical/tms-treatment-summary-2026-07-24.txt"),
("End-of-course MADRS", "Session 36  07/20/2026   MADRS 12", "clinical/tms-treatment-summary-2026-07-24.txt"),
("Reduction", "67% reduction from baseline", "clinical/tms-treatment-summary-2026-07-24.txt"),
("Current MADRS", "MADRS 20 today", "clinical/psychiatry-follow-up-2026-10-26.txt"),
("When the taper ended", "Taper ended 08/28/2026", "clinical/psychiatry-follow-up-2026-10-26.txt"),
("Sertraline status", "sertraline 200 mg daily since 08/2025, partial response, continue", "clinical/psychiatry-follow-up-2026-10-26.txt"),
("Why aripiprazole stopped", "stopped after 3 weeks for akathisia", "clinical/psychiatry-follow-up-2026-10-26.txt"),
("Venlafaxine trial", "venlafaxine XR 225 mg 01/2025-04/2025, no response after 10 weeks", "clinical/psychiatry-follow-up-2026-10-26.txt"),
("Section 4(a) threshold", "at least a 50% reduction in a standardized depression rating scale score from baseline", "other/clinical-policy-cp-tms-22-excerpt.txt"),
("Sessions requested", "maintenance TMS, 12 sessions (90868)", "denial/carrier-denial-letter-2026-11-10.txt"),
("Reconsideration deadline", "by 05/10/2027", "truth"),
])

# ---------------------------------------------------------------- 04 TRICARE Prime, ECT in pregnancy
case("04", "tricare-prime-ect-in-pregnancy-bipolar-i-said-no-lithium-valproate-reconsideration-husband-sponsor",
"""# FICTIONAL CASE (set 95, case 04) - every person, plan, provider, number and address is invented.
# TRICARE Prime, active-duty family member, North Carolina. Eight ECT treatments in pregnancy (09/14-10/05/2026)
# denied after the fact: "no trial of lithium or valproate in the current episode". The policy's own criterion 3
# lets ECT start without those trials in pregnancy when the obstetric team documents the medication risks;
# valproate is contraindicated in pregnancy; lithium brought remission in 2022 and was tapered before conception.
# Lurasidone continues. The husband, the sponsor, writes as her appointed representative.
patient:
  name: Keziah Montclair-Diaz
  salutation: Mrs. Montclair-Diaz
  date_of_birth: 1997-04-03
  member_id: FICT-DBN-3308142267
  address: |-
    612 Cedar Creek Road
    Fayetteville, NC 28312
  phone: (910) 555-0121
insurer:
  name: TRICARE Prime, East Region, administered by Piedmont Federal Health Services (FICTIONAL contractor)
  appeals_address: |-
    Piedmont Federal Health Services, TRICARE East Reconsiderations (FICTIONAL)
    PO Box 77210
    Raleigh, NC 27690
  fax: (919) 555-0172
claim:
  number: PFH-26-1006-440918
  plan_type: tricare
  notice_date: 2026-11-27
  appeal_deadline: 2027-02-25
  deadline_basis: >-
    Notice of 11/27/2026: "You may request a reconsideration within 90 days of the date of this notice"
    (32 CFR 199.10).
  service_dates: [2026-09-14, 2026-09-16, 2026-09-18, 2026-09-21, 2026-09-23, 2026-09-25, 2026-09-30, 2026-10-05]
  sessions: 8
  setting: outpatient
  procedure_codes: ["90870"]
  diagnosis_codes: [F31.4, O99.342]
  denial_reason: >-
    ECT is not medically necessary under criteria CC-ECT-9. Criterion 2 requires a trial of lithium or valproate in
    the current episode. The records show no trial of lithium or valproate in the current episode.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Grant Oduya, MD", specialty: family medicine}
  action: none
plan_policy:
  name: Piedmont Federal Health Services clinical criteria CC-ECT-9, electroconvulsive therapy
  number: CC-ECT-9
  quote: >-
    1. Severe major depressive episode (unipolar or bipolar) documented by a standardized scale. 2. For bipolar
    depression, a trial of lithium or valproate in the current episode. 3. ECT may be approved without criterion 2
    in pregnancy, or when the patient's life is at risk, when the treating team documents that the risks of
    medication trials outweigh their benefits.
  file: other/clinical-criteria-cc-ect-9-excerpt.txt
payer_criteria:
  - criterion: 1. Severe major depressive episode (unipolar or bipolar) documented by a standardized scale.
    how_met: Bipolar I disorder, current episode depressed, severe; MADRS 38 on 09/10/2026.
    met: true
    evidence: {file: clinical/psychiatric-consultation-2026-09-10.txt, page: 1}
  - criterion: 2. For bipolar depression, a trial of lithium or valproate in the current episode.
    how_met: >-
      Not met as written: no lithium or valproate in this episode. Valproate is contraindicated in pregnancy;
      lithium was tapered before conception. Criterion 3 applies instead.
    met: false
    evidence: {file: clinical/maternal-fetal-medicine-note-2026-09-11.txt, page: 1}
  - criterion: >-
      3. ECT may be approved without criterion 2 in pregnancy, or when the patient's life is at risk, when the
      treating team documents that the risks of medication trials outweigh their benefits.
    how_met: >-
      Pregnant (22 weeks on 09/11/2026); the maternal-fetal medicine physician documented that valproate is
      contraindicated and that restarting lithium carried more risk than ECT; active suicidal ideation and poor
      intake on 09/10/2026.
    met: true
    instead_of: 2
    evidence: [{file: clinical/maternal-fetal-medicine-note-2026-09-11.txt, page: 1}, {file: clinical/psychiatric-consultation-2026-09-10.txt, page: 1}]
treatment:
  name: Electroconvulsive therapy, 8 treatments (90870)
  summary: Acute ECT for severe bipolar I depression in pregnancy, with obstetric monitoring at each treatment.
  alongside: lurasidone 60 mg daily
clinical:
  severity: MADRS 38 on 09/10/2026; MADRS 10 on 10/07/2026 after ECT
  severity_date: 2026-10-07
  suicidality: active
  suicidality_date: 2026-09-10
  response: MADRS 38 on 09/10/2026 to 10 on 10/07/2026 after 8 treatments
  response_level: remission
  episode_onset: 2026-06
  history:
    - drug: Lithium carbonate
      dose: 900 mg daily
      start: 2022-02
      end: 2025-11
      kind: augmentation
      response: remission
      outcome: Remission in the 2022 episode; tapered off 11/2025 before a planned pregnancy, while well
      evidence: {file: clinical/psychiatric-consultation-2026-09-10.txt, page: 1}
    - drug: Lurasidone
      dose: 40 mg, raised to 60 mg daily
      start: 2026-07
      ongoing: true
      kind: augmentation
      response: partial
      outcome: Partial response; continued during and after ECT
      evidence: {file: clinical/psychiatric-consultation-2026-09-10.txt, page: 1}
    - drug: Quetiapine
      dose: 50 mg at bedtime for sleep
      start: 2026-08
      end: 2026-09
      kind: other
      outcome: Sleep dose for three weeks; not a mood stabilizer or antipsychotic trial
      evidence: {file: clinical/psychiatric-consultation-2026-09-10.txt, page: 1}
author:
  name: Tomas Montclair-Diaz
  role: husband and TRICARE sponsor, appointed representative
  relation: representative
  address: |-
    612 Cedar Creek Road
    Fayetteville, NC 28312
  phone: (910) 555-0122
  email: tomas.md@mail.example
  authorization: other/appointment-of-representative-2026-11-30.txt
provider:
  name: Cape Fear Regional Behavioral Health (FICTIONAL), ECT service
  credentials: Adaeze Kowalczyk, MD, psychiatry
  npi: "1930284769"
  address: |-
    1400 Owen Drive
    Fayetteville, NC 28304
  phone: (910) 555-0140
bates_prefix: MONTCLAIRDIAZ
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
{
"denial/tricare-claim-denial-notice-2026-11-27.txt": """PIEDMONT FEDERAL HEALTH SERVICES (FICTIONAL TRICARE EAST CONTRACTOR) - NOTICE OF DENIAL
Date of notice: 11/27/2026   Page 1 of 1   Claim PFH-26-1006-440918
Beneficiary: Keziah Montclair-Diaz   DBN FICT-DBN-3308142267   Sponsor: Tomas Montclair-Diaz
Provider: Cape Fear Regional Behavioral Health, NPI 1930284769
Services: 90870 x8, 09/14/2026-10/05/2026   Billed $6,240.00   Allowed $0.00
Reason: ECT is not medically necessary under criteria CC-ECT-9. Criterion 2 requires a trial of lithium or
valproate in the current episode. The records show no trial of lithium or valproate in the current episode.
Physician reviewer: Grant Oduya, MD, family medicine.
You may request a reconsideration within 90 days of the date of this notice. Send it to TRICARE East
Reconsiderations, PO Box 77210, Raleigh, NC 27690, or fax (919) 555-0172.""",
"clinical/psychiatric-consultation-2026-09-10.txt": """CAPE FEAR REGIONAL BEHAVIORAL HEALTH (FICTIONAL) - PSYCHIATRIC CONSULTATION     Date: 09/10/2026
Patient: Keziah Montclair-Diaz   DOB 04/03/1997   Psychiatrist: Adaeze Kowalczyk, MD   Page 1 of 1
Bipolar I disorder, current episode depressed, severe, in pregnancy (22 weeks). Episode since 06/2026.
MADRS 38. Active suicidal thoughts with no plan; eating one small meal a day; lost 3 kg in 3 weeks.
History: 2022 depressive episode remitted on lithium 900 mg daily; lithium tapered off 11/2025, while well,
before a planned pregnancy. Lurasidone 40 mg from 07/2026, 60 mg since 08/2026, partial response; continue.
Quetiapine 50 mg at bedtime for sleep 08/2026, stopped after three weeks (morning sedation).
Valproate: not an option in pregnancy. Recommend ECT; discussed with maternal-fetal medicine.""",
"clinical/maternal-fetal-medicine-note-2026-09-11.txt": """CAPE FEAR WOMEN'S SPECIALISTS (FICTIONAL) - MATERNAL-FETAL MEDICINE NOTE       Date: 09/11/2026
Patient: Keziah Montclair-Diaz   DOB 04/03/1997   Physician: Ngozi Farrington-Lake, MD   Page 1 of 1
Intrauterine pregnancy, 22 weeks 1 day. Severe bipolar depression with poor oral intake.
Valproate is contraindicated in pregnancy. Restarting lithium now would require weeks to reach a therapeutic level
with frequent level checks and carries more maternal and fetal risk than ECT at this stage.
The risks of medication trials outweigh their benefits; ECT is preferred. Fetal heart monitoring before and
after each treatment.""",
"clinical/ect-course-summary-2026-10-07.txt": """CAPE FEAR REGIONAL BEHAVIORAL HEALTH (FICTIONAL) - ECT COURSE SUMMARY              Date: 10/07/2026
Patient: Keziah Montclair-Diaz   Psychiatrist: Adaeze Kowalczyk, MD   Page 1 of 1
Eight right unilateral ECT treatments: 09/14, 09/16, 09/18, 09/21, 09/23, 09/25, 09/30 and 10/05/2026.
Fetal heart tones normal before and after every treatment.
MADRS 38 on 09/10/2026; MADRS 10 on 10/07/2026. Eating normally; no suicidal thoughts since 09/25/2026.
Lurasidone 60 mg daily continued. No further ECT planned; follow up weekly.""",
"other/clinical-criteria-cc-ect-9-excerpt.txt": """PIEDMONT FEDERAL HEALTH SERVICES (FICTIONAL) - CLINICAL CRITERIA CC-ECT-9 (excerpt)   Page 2 of 4
1. Severe major depressive episode (unipolar or bipolar) documented by a standardized scale.
2. For bipolar depression, a trial of lithium or valproate in the current episode.
3. ECT may be approved without criterion 2 in pregnancy, or when the patient's life is at risk, when the treating
team documents that the risks of medication trials outweigh their benefits.""",
"other/appointment-of-representative-2026-11-30.txt": """APPOINTMENT OF REPRESENTATIVE (TRICARE)                                            Date: 11/30/2026
I, Keziah Montclair-Diaz (DBN FICT-DBN-3308142267), appoint my husband Tomas Montclair-Diaz to represent me in
the reconsideration of claim PFH-26-1006-440918.
Signed: Keziah Montclair-Diaz     Accepted: Tomas Montclair-Diaz""",
},
"""# 04 - TRICARE Prime: ECT in pregnancy denied for "no lithium or valproate"; the criteria's own pregnancy clause applies; reconsideration by the husband (sponsor) (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Keziah Montclair-Diaz, 29, active-duty family member, TRICARE Prime East; husband Tomas is the sponsor.
- Bipolar I disorder, current episode depressed, severe (F31.4), in pregnancy (22 weeks on 09/11/2026); episode
  since 06/2026. MADRS 38 on 09/10/2026; active suicidal thoughts with no plan; poor intake, 3 kg lost.
- 8 ECT treatments (90870) 09/14/2026-10/05/2026; MADRS 10 on 10/07/2026; fetal heart tones normal each time.
- Denied 11/27/2026 (post-service) under CC-ECT-9 criterion 2: "no trial of lithium or valproate in the current
  episode". That is true as written, but **criterion 3** lets ECT be approved without criterion 2 in pregnancy
  when the treating team documents that medication risks outweigh benefits: the maternal-fetal medicine note of
  09/11/2026 says exactly that. Criteria 1 and 3 met; criterion 3 stands in for criterion 2.
- Lithium 900 mg brought **remission in 2022**; tapered off 11/2025 while well, before a planned pregnancy (not a
  failure, not an intolerance). Valproate is contraindicated in pregnancy.
- Lurasidone 60 mg: partial response, **continued**. Quetiapine 50 mg at bedtime was a 3-week **sleep dose**.
- Reviewer: family medicine.
- **Rule and stage:** TRICARE reconsideration by the contractor, 90 days from the notice, **by 02/25/2027**
  (32 CFR 199.10). If upheld, the next level for a medical-necessity dispute is, as I understand 32 CFR 199.10,
  a hearing when at least $300 is in dispute (not the formal review used for factual disputes); a letter need not
  name it. Amount billed $6,240.00.
- **Author:** the husband/sponsor, appointed 11/30/2026; writes about "Mrs. Montclair-Diaz".

## Deliberately unknown
- The allowed amount TRICARE would pay: not stated.
- Whether a prior authorization was required or requested for outpatient ECT: not in the case; do not claim one.
- Delivery date and the pregnancy's course after 10/07/2026.

## Traps
- A letter must not claim criterion 2 was met (no lithium/valproate this episode); it shows criterion 3 applies.
- Lithium: earlier-episode **remission**, not a failed trial; tapered while well.
- Quetiapine 50 mg is not an antipsychotic or mood-stabilizer trial.
- Suicidality: active on 09/10/2026, **none since 09/25/2026**: history now, not a present risk.
- Care is over: no "continue ECT", no expedited request.
- Other people: the MFM physician, the psychiatrist; the sponsor named on the notice.
- TRICARE: never ERISA, 147.136, Medicare rules, parity law.

## Arguments a strong letter makes
Strongest first.
1. CC-ECT-9 criterion 3 applies by its own words (pregnancy + treating team's documented risk): the MFM note of
   09/11/2026; so criterion 2 is not required.
2. Criterion 1: MADRS 38, severe, active suicidal thoughts and poor intake.
3. Outcome: MADRS 10 on 10/07/2026 after 8 treatments; lurasidone continued.
4. The reviewer is family medicine; ask for review by a psychiatrist.

## What a letter must NOT say
- "failed lithium"; "lithium was ineffective"; "tried valproate"; "criterion 2 is met".
- quetiapine as an antipsychotic trial; "discontinued lurasidone".
- "currently suicidal" as of now; "further ECT".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "Medicare", "Medicaid", "parity".
""",
[
("Notice date", "Date of notice: 11/27/2026", "denial/tricare-claim-denial-notice-2026-11-27.txt"),
("Denial reason words", "The records show no trial of lithium or valproate in the current episode", "denial/tricare-claim-denial-notice-2026-11-27.txt"),
("Reviewer specialty", "Grant Oduya, MD, family medicine", "denial/tricare-claim-denial-notice-2026-11-27.txt"),
("Amount billed", "$6,240.00", "denial/tricare-claim-denial-notice-2026-11-27.txt"),
("Reconsideration window", "within 90 days of the date of this notice", "denial/tricare-claim-denial-notice-2026-11-27.txt"),
("Criterion 3 words", "ECT may be approved without criterion 2 in pregnancy", "other/clinical-criteria-cc-ect-9-excerpt.txt"),
("Weeks of pregnancy at MFM note", "22 weeks 1 day", "clinical/maternal-fetal-medicine-note-2026-09-11.txt"),
("MFM on valproate", "Valproate is contraindicated in pregnancy", "clinical/maternal-fetal-medicine-note-2026-09-11.txt"),
("MFM conclusion", "The risks of medication trials outweigh their benefits; ECT is preferred", "clinical/maternal-fetal-medicine-note-2026-09-11.txt"),
("Lithium history", "2022 depressive episode remitted on lithium 900 mg daily", "clinical/psychiatric-consultation-2026-09-10.txt"),
("Why lithium was tapered", "lithium tapered off 11/2025, while well", "clinical/psychiatric-consultation-2026-09-10.txt"),
("Lurasidone status", "60 mg since 08/2026, partial response; continue", "clinical/psychiatric-consultation-2026-09-10.txt"),
("Quetiapine purpose", "Quetiapine 50 mg at bedtime for sleep", "clinical/psychiatric-consultation-2026-09-10.txt"),
("Baseline MADRS", "MADRS 38.", "clinical/psychiatric-consultation-2026-09-10.txt"),
("MADRS after ECT", "MADRS 10 on 10/07/2026", "clinical/ect-course-summary-2026-10-07.txt"),
("Reconsideration deadline", "by 02/25/2027", "truth"),
])

# ---------------------------------------------------------------- 05 Medicare Advantage HMO, TMS, internal criteria
case("05", "medicare-advantage-hmo-tms-internal-four-trials-and-seizure-said-febrile-seizure-only-reconsideration-granddaughter",
"""# FICTIONAL CASE (set 95, case 05) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Ohio, member aged 71. Pre-service TMS denied under internal criteria MA-TMS-8 ("four
# antidepressant trials, two documented") and as "contraindicated: seizure disorder". The fictional LCD L99957 that
# covers TMS in the plan's area asks for two failed trials or intolerances; the only seizure was a febrile seizure at
# age 3, and the 10/2026 EEG is normal. The granddaughter writes with a CMS-1696.
patient:
  name: Clement Vasquez-Hollander
  salutation: Mr. Vasquez-Hollander
  date_of_birth: 1955-05-19
  member_id: FICT-MAH-882041937
  address: |-
    3390 Brookpark Lane
    Parma, OH 44129
  phone: (216) 555-0113
insurer:
  name: Lakeshore Senior Advantage HMO (FICTIONAL), a Medicare Advantage plan
  appeals_address: |-
    Lakeshore Senior Advantage, Medicare Appeals (FICTIONAL)
    PO Box 94017
    Cleveland, OH 44101
  fax: (216) 555-0190
claim:
  number: LSA-PS-26-1109-33571
  plan_type: medicare_advantage
  notice_date: 2026-11-18
  appeal_deadline: 2027-01-22
  deadline_basis: >-
    Notice of denial of medical coverage of 11/18/2026: "You must ask for a reconsideration within 65 calendar days
    of the date of this notice" (42 CFR 422.582(b)).
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  sessions: 36
  denial_reason: >-
    TMS is denied under Lakeshore internal criteria MA-TMS-8: the member must have failed four antidepressant trials
    from at least two classes; two are documented. TMS is also contraindicated because the member has a seizure
    disorder.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Philippa Danforth, MD", specialty: geriatric medicine}
  action: none
  corrections:
    - said: TMS is also contraindicated because the member has a seizure disorder.
      record: >-
        His only seizure was a febrile seizure at age 3 (1958); he has had none since, takes no seizure medicine,
        and the EEG of 10/14/2026 was normal. The neurologist wrote: "He does not have a seizure disorder."
      file: clinical/neurology-consultation-2026-10-20.txt
      page: 1
medicare_coverage:
  name: Local Coverage Determination L99957, Transcranial Magnetic Stimulation for Major Depressive Disorder (FICTIONAL)
  number: L99957
  quote: >-
    TMS is covered for major depressive disorder, severe, when the patient has had an inadequate response to at
    least two antidepressant trials of adequate dose and duration, or could not tolerate two antidepressants.
  file: other/lcd-l99957-excerpt.txt
plan_policy:
  name: Lakeshore Senior Advantage internal criteria MA-TMS-8
  number: MA-TMS-8
  quote: >-
    The member must have failed four antidepressant trials from at least two classes, each of at least 6 weeks.
  file: denial/notice-of-denial-of-medical-coverage-2026-11-18.txt
treatment:
  name: TMS, acute course of 36 sessions (90867, 90868)
  summary: >-
    TMS for severe recurrent depression after an inadequate response to two antidepressants (sertraline; mirtazapine,
    which continues) and intolerance of venlafaxine and of aripiprazole augmentation.
  plan: 36 sessions over 7 to 8 weeks with a 6-session taper; MADRS every 10 sessions; mirtazapine continued.
  alongside: mirtazapine 45 mg at bedtime
clinical:
  severity: MADRS 34 and PHQ-9 21 on 11/02/2026
  severity_date: 2026-11-02
  suicidality: passive
  suicidality_date: 2026-11-02
  exclusions: >-
    No seizure disorder (febrile seizure at age 3 only; EEG normal 10/14/2026); no implanted metal or devices in
    the head; no active psychosis; no substance use disorder.
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2019-01
      end: 2021-03
      kind: antidepressant
      response: remission
      outcome: Remission in the 2019 episode; tapered off in 2021 while well
      evidence: {file: clinical/psychiatry-evaluation-2026-11-02.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2024-10
      end: 2025-01
      kind: antidepressant
      weeks: 10
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks at 150 mg; stopped
      evidence: {file: clinical/psychiatry-evaluation-2026-11-02.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 75 mg daily
      start: 2025-02
      end: 2025-02
      kind: antidepressant
      weeks: 2
      adequate: false
      outcome: Stopped in week 2 for blood pressure 168/98 (intolerance)
      evidence: {file: clinical/psychiatry-evaluation-2026-11-02.txt, page: 1}
    - drug: Mirtazapine
      dose: 45 mg at bedtime
      start: 2025-04
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response at 45 mg (an antidepressant dose); continued
      evidence: {file: clinical/psychiatry-evaluation-2026-11-02.txt, page: 1}
    - drug: Aripiprazole
      dose: 2 mg daily
      start: 2025-09
      end: 2025-10
      kind: augmentation
      weeks: 3
      adequate: false
      outcome: Stopped after 3 weeks for akathisia and a fall (intolerance)
      evidence: {file: clinical/psychiatry-evaluation-2026-11-02.txt, page: 1}
alternatives:
  - treatment: Nortriptyline
    why_not: His cardiologist advised against tricyclic antidepressants because of a right bundle branch block (note of 03/2025).
author:
  name: Simone Vasquez-Hollander
  role: granddaughter, appointed representative (CMS-1696)
  relation: representative
  address: |-
    18 Detroit Avenue, Apt 5B
    Lakewood, OH 44107
  phone: (216) 555-0158
  email: simone.vh@mail.example
  authorization: other/cms-1696-appointment-of-representative-2026-11-21.txt
provider:
  name: Ravi Esterhazy-Moore, MD
  credentials: MD, psychiatry, Cuyahoga Valley TMS Clinic (FICTIONAL)
  npi: "1504937289"
  address: |-
    6200 Pearl Road, Suite 2
    Parma Heights, OH 44130
  phone: (440) 555-0145
bates_prefix: VASQUEZHOLLANDER
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
{
"denial/notice-of-denial-of-medical-coverage-2026-11-18.txt": """LAKESHORE SENIOR ADVANTAGE HMO (FICTIONAL) - NOTICE OF DENIAL OF MEDICAL COVERAGE
Date of notice: 11/18/2026   Page 1 of 1   Reference LSA-PS-26-1109-33571
Member: Clement Vasquez-Hollander   Member ID FICT-MAH-882041937
Service requested: TMS, 36 sessions (90867, 90868)   Requested by: Ravi Esterhazy-Moore, MD, on 11/09/2026
We denied this request. TMS is denied under Lakeshore internal criteria MA-TMS-8: the member must have failed four
antidepressant trials from at least two classes; two are documented. TMS is also contraindicated because the member
has a seizure disorder.
MA-TMS-8: The member must have failed four antidepressant trials from at least two classes, each of at least
6 weeks.
Reviewed by Philippa Danforth, MD, geriatric medicine.
You must ask for a reconsideration within 65 calendar days of the date of this notice. Write to Medicare Appeals,
PO Box 94017, Cleveland, OH 44101, or fax (216) 555-0190. You may ask for a fast decision.""",
"clinical/psychiatry-evaluation-2026-11-02.txt": """CUYAHOGA VALLEY TMS CLINIC (FICTIONAL) - PSYCHIATRIC EVALUATION FOR TMS        Date: 11/02/2026
Patient: Clement Vasquez-Hollander   DOB 05/19/1955   Psychiatrist: Ravi Esterhazy-Moore, MD   Page 1 of 1
Recurrent major depression, current episode severe (F33.2), since 09/2024. MADRS 34, PHQ-9 21 today.
Passive death wishes, no plan or intent.
2019 episode: escitalopram 20 mg, remission; tapered off 03/2021 while well.
This episode: sertraline 150 mg 10/2024-01/2025, no response after 10 weeks. Venlafaxine XR 75 mg 02/2025, stopped
in week 2 for blood pressure 168/98. Mirtazapine 45 mg at bedtime since 04/2025, partial response, continue.
Aripiprazole 2 mg 09/2025-10/2025, stopped after 3 weeks for akathisia and a fall.
Nortriptyline not used: cardiology (Dr. Beatrix Oyelowo, 03/2025) advised against tricyclics, right bundle branch block.
Seizure history: one febrile seizure at age 3; see neurology. No metal in the head. No alcohol or drug misuse.
Plan: TMS, 36 sessions; continue mirtazapine 45 mg.""",
"clinical/neurology-consultation-2026-10-20.txt": """LAKE ERIE NEUROLOGY ASSOCIATES (FICTIONAL) - CONSULTATION                        Date: 10/20/2026
Patient: Clement Vasquez-Hollander   DOB 05/19/1955   Neurologist: Kwame Adebayo-Lindqvist, MD   Page 1 of 1
Question: seizure risk before TMS. One febrile seizure at age 3 (1958), per his sister Dolores; none since.
No seizure medicine ever. EEG 10/14/2026: normal.
Assessment: He does not have a seizure disorder. No neurological contraindication to TMS.""",
"other/lcd-l99957-excerpt.txt": """FICTIONAL RENDITION - LOCAL COVERAGE DETERMINATION L99957 (invented for this test set)
Transcranial Magnetic Stimulation for Major Depressive Disorder - Coverage Indications (excerpt)   Page 1 of 1
TMS is covered for major depressive disorder, severe, when the patient has had an inadequate response to at least
two antidepressant trials of adequate dose and duration, or could not tolerate two antidepressants.""",
"other/cms-1696-appointment-of-representative-2026-11-21.txt": """APPOINTMENT OF REPRESENTATIVE (fictional rendition of form CMS-1696)            Date: 11/21/2026
Beneficiary: Clement Vasquez-Hollander   Medicare number FICT-7GH8-JK9-LM12
I appoint Simone Vasquez-Hollander, my granddaughter, 18 Detroit Avenue, Apt 5B, Lakewood, OH 44107, phone
(216) 555-0158, to act as my representative in my appeal to Lakeshore Senior Advantage.
Signed: Clement Vasquez-Hollander 11/21/2026   Accepted: Simone Vasquez-Hollander 11/21/2026""",
},
"""# 05 - Medicare Advantage HMO: TMS denied under internal "four trials" criteria and a "seizure disorder" that is a childhood febrile seizure; reconsideration by the granddaughter (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Clement Vasquez-Hollander, 71, Lakeshore Senior Advantage HMO (Medicare Advantage), Ohio. Recurrent major
  depression, severe (F33.2), episode since 09/2024. MADRS 34 and PHQ-9 21 on 11/02/2026; passive death wishes.
- Pre-service TMS (36 sessions) requested 11/09/2026; denied 11/18/2026 under **internal** criteria MA-TMS-8 (four
  failed trials, two classes) and "contraindicated: seizure disorder".
- The LCD for the area (fictional L99957) covers TMS after an inadequate response to two adequate trials **or**
  intolerance of two antidepressants. An MA plan must cover what Original Medicare covers and may apply internal
  criteria only where Medicare's criteria are not fully established (42 CFR 422.101(b)(6)); here the LCD's
  criteria exist, so MA-TMS-8's stricter count cannot be applied.
- LCD met by two inadequate responses: sertraline 150 mg for 10 weeks (none) and mirtazapine 45 mg since 04/2025
  (partial, continuing). Besides: intolerance of venlafaxine (2 weeks, BP 168/98), an antidepressant, and of
  aripiprazole 2 mg (3 weeks, akathisia, fall), which is augmentation, not an antidepressant.
- Seizure: **one febrile seizure at age 3**; EEG normal 10/14/2026; neurologist: "He does not have a seizure
  disorder."
- Escitalopram 20 mg: remission in 2019 (earlier episode). Nortriptyline: not tried; the cardiologist advised
  against it (right bundle branch block).
- **Rule and stage:** standard pre-service reconsideration, 65 days, **by 01/22/2027** (42 CFR 422.582(b));
  decided within 30 days (422.590); upheld denials go to the IRE automatically (422.592). TMS is not a Part B drug
  (no 7-day clock).
- **Author:** the granddaughter, CMS-1696 of 11/21/2026.

## Deliberately unknown
- Whether the plan's reviewer saw the neurology note before deciding: not shown.
- Whether the LCD's other conditions (a psychiatrist's order, a device) are in dispute: not raised by the plan.
- Whether an expedited decision is warranted: no physician has said so.

## Traps
- Mirtazapine 45 mg is an antidepressant dose (not a sleep dose) and **continues**: "inadequate response", never
  "stopped" or "failed and discontinued".
- Venlafaxine and aripiprazole are **intolerances**, not adequate trials; the letter must not call them 6-week
  failures. Aripiprazole is augmentation: it is not a second antidepressant intolerance under the LCD's words.
- Escitalopram 2019: remission, not a failure. Nortriptyline: contraindicated advice, never "tried".
- "Seizure disorder" is wrong; do not concede it.
- Other people: sister Dolores (in the neurology note), the cardiologist Dr. Oyelowo.
- Medicare Advantage: no ERISA, no parity, no 147.136 external review; no "name and qualifications" duty cited.

## Arguments a strong letter makes
Strongest first.
1. Medicare's own criteria (LCD L99957) govern and are met: two inadequate responses (sertraline, mirtazapine),
   with a venlafaxine intolerance besides; internal MA-TMS-8 cannot add a stricter count (42 CFR 422.101(b)(6)).
2. Correct the seizure statement with the neurology note and normal EEG.
3. Reviewer is geriatric medicine; ask for a physician with expertise in psychiatry (422.590).
4. The plan of care: 36 sessions, MADRS monitoring, mirtazapine continued.

## What a letter must NOT say
- "four failed trials"; "failed mirtazapine and stopped it"; "nortriptyline failed"; "escitalopram failed".
- "seizure disorder" as his condition; "epilepsy".
- "active suicidal ideation".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "parity", "Medicaid".
""",
[
("Notice date", "Date of notice: 11/18/2026", "denial/notice-of-denial-of-medical-coverage-2026-11-18.txt"),
("Internal criteria named", "MA-TMS-8", "denial/notice-of-denial-of-medical-coverage-2026-11-18.txt"),
("Contraindication alleged", "contraindicated because the member has a seizure disorder", "denial/notice-of-denial-of-medical-coverage-2026-11-18.txt"),
("Reviewer", "Philippa Danforth, MD, geriatric medicine", "denial/notice-of-denial-of-medical-coverage-2026-11-18.txt"),
("Appeal window", "within 65 calendar days of the date of this notice", "denial/notice-of-denial-of-medical-coverage-2026-11-18.txt"),
("LCD threshold", "or could not tolerate two antidepressants", "other/lcd-l99957-excerpt.txt"),
("The only seizure", "One febrile seizure at age 3 (1958)", "clinical/neurology-consultation-2026-10-20.txt"),
("EEG result", "EEG 10/14/2026: normal", "clinical/neurology-consultation-2026-10-20.txt"),
("Neurologist's conclusion", "He does not have a seizure disorder", "clinical/neurology-consultation-2026-10-20.txt"),
("Sertraline trial", "sertraline 150 mg 10/2024-01/2025, no response after 10 weeks", "clinical/psychiatry-evaluation-2026-11-02.txt"),
("Venlafaxine", "stopped\nin week 2 for blood pressure 168/98", "clinical/psychiatry-evaluation-2026-11-02.txt"),
("Mirtazapine", "Mirtazapine 45 mg at bedtime since 04/2025, partial response, continue", "clinical/psychiatry-evaluation-2026-11-02.txt"),
("Aripiprazole", "stopped after 3 weeks for akathisia and a fall", "clinical/psychiatry-evaluation-2026-11-02.txt"),
("Why no nortriptyline", "right bundle branch block", "clinical/psychiatry-evaluation-2026-11-02.txt"),
("Current scales", "MADRS 34, PHQ-9 21 today", "clinical/psychiatry-evaluation-2026-11-02.txt"),
("Reconsideration deadline", "by 01/22/2027", "truth"),
])

# ---------------------------------------------------------------- 06 self-funded ERISA, IV ketamine, augmentation dose
case("06", "self-funded-erisa-iv-ketamine-aripiprazole-start-dose-read-as-trial-dose-first-appeal-advocate",
"""# FICTIONAL CASE (set 95, case 06) - every person, plan, provider, number and address is invented.
# Self-funded ERISA employer plan, Washington, 2,050 employees. Pre-service IV ketamine denied under MP-KET-15
# criterion 3 (augmentation): "aripiprazole 2 mg is below a therapeutic augmentation dose; lithium was not adequately
# dosed". Aripiprazole was started at 2 mg and held at 10 mg for 8 weeks; the lithium remark is true (level 0.3,
# 4 weeks, stopped for nausea). Desvenlafaxine continues. A nonprofit advocate writes.
patient:
  name: Marisela Thorvaldsen
  salutation: Ms. Thorvaldsen
  date_of_birth: 1986-12-11
  member_id: FICT-OHB-5520917
  address: |-
    4411 N 38th Street
    Tacoma, WA 98407
  phone: (253) 555-0126
insurer:
  name: Olympic Harbor Logistics Employee Health Benefit Plan (FICTIONAL), administered by Sound Claims Administrators
  appeals_address: |-
    Sound Claims Administrators, Appeals Unit (FICTIONAL)
    PO Box 5720
    Seattle, WA 98111
  fax: (206) 555-0171
claim:
  number: SCA-UM-26-1105-66210
  plan_type: employer_erisa
  funding: self_funded
  employees: 2050
  grandfathered: false
  notice_date: 2026-11-18
  appeal_deadline: 2027-05-17
  deadline_basis: >-
    Adverse benefit determination of 11/18/2026: "You have 180 days after you receive this notice to appeal."
    Counted from the notice date (29 CFR 2560.503-1(h)(3)(i)).
  procedure_codes: ["96365", "96366", "J3490"]
  diagnosis_codes: [F33.2]
  sessions: 6
  denial_reason: >-
    IV ketamine is not medically necessary under medical policy MP-KET-15, criterion 3: the member has not had an
    adequate augmentation trial. Aripiprazole 2 mg is below a therapeutic augmentation dose, and lithium was not
    adequately dosed.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Conrad Vail, MD", specialty: anesthesiology}
  action: none
  corrections:
    - said: Aripiprazole 2 mg is below a therapeutic augmentation dose
      record: >-
        Aripiprazole was started at 2 mg on 04/06/2026, raised to 5 mg on 04/20/2026 and to 10 mg on 05/04/2026,
        and held at 10 mg through 06/29/2026: 8 weeks at 10 mg, with a partial response that was lost.
      file: [clinical/psychiatry-progress-note-2026-10-28.txt, other/pharmacy-claims-printout-2026-11-20.txt]
      page: 1
plan_policy:
  name: Sound Claims Administrators medical policy MP-KET-15, intravenous ketamine for treatment-resistant depression
  number: MP-KET-15
  quote: >-
    1. Major depressive disorder, severe, without psychotic features. 2. Inadequate response to at least two
    antidepressants of different classes, each for at least 6 weeks at an adequate dose. 3. An adequate augmentation
    trial: lithium at a serum level of at least 0.5 mmol/L, or an atypical antipsychotic at a therapeutic
    augmentation dose (aripiprazole 5 mg or more), for at least 6 weeks. 4. No active substance use disorder.
  file: other/medical-policy-mp-ket-15-excerpt.txt
payer_criteria:
  - criterion: 1. Major depressive disorder, severe, without psychotic features.
    how_met: Recurrent major depression, severe, no psychotic features (F33.2); MADRS 33 on 10/28/2026.
    met: true
    evidence: {file: clinical/psychiatry-progress-note-2026-10-28.txt, page: 1}
  - criterion: 2. Inadequate response to at least two antidepressants of different classes, each for at least 6 weeks at an adequate dose.
    how_met: Escitalopram 20 mg 12 weeks (SSRI), no response; desvenlafaxine 100 mg since 01/2026 (SNRI), partial response, continuing.
    met: true
    evidence: {file: clinical/psychiatry-progress-note-2026-10-28.txt, page: 1}
  - criterion: 3. An adequate augmentation trial (lithium level 0.5 or more, or aripiprazole 5 mg or more, for at least 6 weeks).
    how_met: Aripiprazole 10 mg daily 05/04/2026-06/29/2026 (8 weeks at 10 mg), partial response then lost.
    met: true
    evidence: [{file: clinical/psychiatry-progress-note-2026-10-28.txt, page: 1}, {file: other/pharmacy-claims-printout-2026-11-20.txt, page: 1}]
  - criterion: 4. No active substance use disorder.
    how_met: No alcohol or drug use disorder; AUDIT-C 1.
    met: true
    evidence: {file: clinical/psychiatry-progress-note-2026-10-28.txt, page: 1}
treatment:
  name: IV ketamine infusions, induction series of 6 (96365, 96366, J3490)
  summary: Six IV ketamine infusions over 2-3 weeks for severe recurrent depression after two antidepressants and an augmentation trial.
  plan: 6 infusions of 0.5 mg/kg over 40 minutes in 2-3 weeks; MADRS before infusions 1, 4 and 6; stop if MADRS falls by less than 25% after 4.
  alongside: desvenlafaxine 100 mg daily
clinical:
  severity: MADRS 33 and QIDS-SR 18 on 10/28/2026
  severity_date: 2026-10-28
  suicidality: passive
  suicidality_date: 2026-10-28
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-06
      end: 2025-09
      kind: antidepressant
      weeks: 12
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks; stopped
      evidence: {file: clinical/psychiatry-progress-note-2026-10-28.txt, page: 1}
    - drug: Desvenlafaxine
      dose: 100 mg daily
      start: 2026-01
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/psychiatry-progress-note-2026-10-28.txt, page: 1}
    - drug: Lithium carbonate
      dose: 300 mg twice daily (level 0.3 mmol/L)
      start: 2026-02
      end: 2026-03
      kind: augmentation
      weeks: 4
      adequate: false
      outcome: Level 0.3 mmol/L; stopped after 4 weeks for nausea, before a therapeutic level (not an adequate trial)
      evidence: {file: clinical/psychiatry-progress-note-2026-10-28.txt, page: 1}
    - drug: Aripiprazole
      dose: 2 mg from 04/06/2026, 5 mg from 04/20/2026, 10 mg from 05/04/2026 to 06/29/2026
      start: 2026-04-06
      end: 2026-06-29
      kind: augmentation
      weeks: 8
      adequate: true
      response: lost
      outcome: Partial response at 10 mg by week 4, lost by week 8; stopped
      evidence: {file: clinical/psychiatry-progress-note-2026-10-28.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg as needed for anxiety
      start: 2025-06
      ongoing: true
      kind: other
      outcome: As needed for anxiety; not a trial
      evidence: {file: clinical/psychiatry-progress-note-2026-10-28.txt, page: 1}
author:
  name: Corinne Abernathy-Sol
  role: patient advocate, Puget Patient Advocacy Network (authorized representative)
  relation: representative
  address: |-
    Puget Patient Advocacy Network (FICTIONAL), 1020 Pacific Avenue, Suite 600
    Tacoma, WA 98402
  phone: (253) 555-0147
  email: cabernathy@pugetadvocacy.example
  authorization: other/authorization-of-representative-2026-11-23.txt
provider:
  name: Wendell Ishikawa-Brandt, MD
  credentials: MD, psychiatry, Commencement Bay Interventional Psychiatry (FICTIONAL)
  npi: "1682049352"
  address: |-
    2302 S Union Avenue, Suite 12
    Tacoma, WA 98405
  phone: (253) 555-0135
record_dates:
  - file: other/pharmacy-claims-printout-2026-11-20.txt
    date: 2026-11-20
bates_prefix: THORVALDSEN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
{
"denial/adverse-benefit-determination-2026-11-18.txt": """SOUND CLAIMS ADMINISTRATORS (FICTIONAL) for the Olympic Harbor Logistics Employee Health Benefit Plan
ADVERSE BENEFIT DETERMINATION - PRE-SERVICE                               Date: 11/18/2026   Page 1 of 1
Participant: Marisela Thorvaldsen   ID FICT-OHB-5520917   Reference SCA-UM-26-1105-66210
Requested: IV ketamine, 6 infusions (96365, 96366, J3490)   Provider: Wendell Ishikawa-Brandt, MD
Decision: denied. IV ketamine is not medically necessary under medical policy MP-KET-15, criterion 3: the member has
not had an adequate augmentation trial. Aripiprazole 2 mg is below a therapeutic augmentation dose, and lithium was
not adequately dosed.
Reviewer: Conrad Vail, MD, anesthesiology.
You have 180 days after you receive this notice to appeal. Write to Appeals Unit, PO Box 5720, Seattle, WA 98111,
fax (206) 555-0171. You may ask for copies of all documents relevant to your claim free of charge. This plan is
self-funded and governed by ERISA.""",
"clinical/psychiatry-progress-note-2026-10-28.txt": """COMMENCEMENT BAY INTERVENTIONAL PSYCHIATRY (FICTIONAL) - PROGRESS NOTE           Date: 10/28/2026
Patient: Marisela Thorvaldsen   DOB 12/11/1986   Psychiatrist: Wendell Ishikawa-Brandt, MD   Page 1 of 1
Recurrent major depression, severe, no psychotic features (F33.2). MADRS 33, QIDS-SR 18 today. Passive thoughts
that others would be better off; no plan or intent. AUDIT-C 1; no drug use.
Escitalopram 20 mg 06/2025-09/2025, 12 weeks, no response.
Desvenlafaxine 100 mg daily since 01/2026, partial response; continue.
Lithium 300 mg twice daily 02/2026-03/2026, level 0.3 mmol/L, stopped after 4 weeks for nausea.
Aripiprazole: 2 mg 04/06/2026, 5 mg 04/20/2026, 10 mg 05/04/2026 through 06/29/2026; partial response by week 4 at
10 mg, lost by week 8; stopped.
Hydroxyzine 25 mg as needed for anxiety.
Plan: IV ketamine, 6 infusions. Her husband Anders will drive her to and from each infusion.""",
"other/pharmacy-claims-printout-2026-11-20.txt": """SOUND CLAIMS ADMINISTRATORS (FICTIONAL) - PHARMACY CLAIMS HISTORY (member portal)   Printed: 11/20/2026
Participant: Marisela Thorvaldsen   ID FICT-OHB-5520917   Page 1 of 1
Fill date    Drug                      Strength   Qty   Days
04/06/2026   aripiprazole              2 mg       14    14
04/20/2026   aripiprazole              5 mg       14    14
05/04/2026   aripiprazole              10 mg      30    30
06/02/2026   aripiprazole              10 mg      30    30
01/08/2026   desvenlafaxine ER         100 mg     30    30
02/09/2026   lithium carbonate         300 mg     60    30""",
"other/medical-policy-mp-ket-15-excerpt.txt": """SOUND CLAIMS ADMINISTRATORS (FICTIONAL) - MEDICAL POLICY MP-KET-15 (excerpt)      Page 2 of 6
1. Major depressive disorder, severe, without psychotic features.
2. Inadequate response to at least two antidepressants of different classes, each for at least 6 weeks at an
adequate dose.
3. An adequate augmentation trial: lithium at a serum level of at least 0.5 mmol/L, or an atypical antipsychotic at a
therapeutic augmentation dose (aripiprazole 5 mg or more), for at least 6 weeks.
4. No active substance use disorder.""",
"other/authorization-of-representative-2026-11-23.txt": """AUTHORIZATION OF REPRESENTATIVE                                                   Date: 11/23/2026
I, Marisela Thorvaldsen (ID FICT-OHB-5520917), authorize Corinne Abernathy-Sol of the Puget Patient Advocacy
Network to appeal decision SCA-UM-26-1105-66210 for me and to receive my health information for that purpose.
Signed: Marisela Thorvaldsen""",
},
"""# 06 - Self-funded ERISA plan: IV ketamine denied because "aripiprazole 2 mg" (the start dose) was read as the trial dose; first internal appeal by an advocate (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marisela Thorvaldsen, 39, self-funded ERISA plan (Olympic Harbor Logistics, 2,050 employees, not
  grandfathered), administered by Sound Claims Administrators. Recurrent major depression, severe, no psychotic
  features (F33.2); MADRS 33, QIDS-SR 18 on 10/28/2026; passive thoughts, no plan.
- Pre-service IV ketamine (6 infusions) denied 11/18/2026 under MP-KET-15 criterion 3.
- **Aripiprazole**: 2 mg from 04/06, 5 mg from 04/20, **10 mg from 05/04/2026 through 06/29/2026 (8 weeks at
  10 mg)**; partial response lost; stopped. The plan's own pharmacy claims show the 5 mg and 10 mg fills. Criterion
  3 ("aripiprazole 5 mg or more ... at least 6 weeks") is met.
- **Lithium**: 300 mg twice daily, level 0.3, stopped after 4 weeks for nausea: the decision is **right** that it
  was not an adequate trial; criterion 3 needs only one of the two.
- Criterion 2: escitalopram 20 mg 12 weeks (no response) and desvenlafaxine 100 mg (SNRI, partial, **continuing**).
  Criteria 1 and 4 met. Every criterion met.
- Reviewer: anesthesiology.
- **Rule and stage:** first internal appeal, pre-service: 180 days, **by 05/17/2027** (29 CFR 2560.503-1(h)(3)(i));
  decided within 30 days (2560.503-1(i)); reviewer in psychiatry ((h)(3)(iii)), experts identified ((h)(3)(iv)),
  claim documents free ((h)(2)(iii)). External review: 29 CFR 2590.715-2719. Parity: 29 CFR 2590.712 applies (2,050
  employees).
- **Author:** nonprofit advocate, authorization of 11/23/2026.

## Deliberately unknown
- Ketamine cost and the J3490 units/NDC: not in the case.
- Whether the infusion clinic is in network: not stated; do not say.
- Whether the plan gives its administrator discretion: not shown (no contra proferentem as law).

## Traps
- Do not claim the lithium trial was adequate; concede it and rest on aripiprazole.
- Desvenlafaxine **continues**: "partial response", never "failed and stopped".
- Hydroxyzine is not a trial.
- Suicidality passive; no "active suicidal ideation".
- Other people: husband Anders (drives her).
- Voice: the advocate writes "Ms. Thorvaldsen"; never "I" as the patient.

## Arguments a strong letter makes
Strongest first.
1. Criterion 3 is met by the plan's own words: aripiprazole 10 mg for 8 weeks (05/04-06/29/2026); 2 mg was only the
   starting dose; the plan's own pharmacy claims show 10 mg fills.
2. Correct the decision's statement with the note and the claims printout; lithium is irrelevant once aripiprazole
   meets criterion 3.
3. Every MP-KET-15 criterion is met; reviewer is an anesthesiologist: ask for a psychiatrist, the experts' names,
   the claim file.
4. External review under 29 CFR 2590.715-2719 if upheld.

## What a letter must NOT say
- "adequate lithium trial"; "lithium level 0.5"; "failed desvenlafaxine"; "stopped desvenlafaxine".
- "aripiprazole 2 mg for 8 weeks".
- "active suicidal ideation"; "Anders" as the author.
- "45 CFR 147.136" as the external-review rule for this plan; "Medicaid"; "Medicare"; "contra proferentem" as law.
""",
[
("Notice date", "Date: 11/18/2026", "denial/adverse-benefit-determination-2026-11-18.txt"),
("Decision's words on aripiprazole", "Aripiprazole 2 mg is below a therapeutic augmentation dose", "denial/adverse-benefit-determination-2026-11-18.txt"),
("Reviewer", "Conrad Vail, MD, anesthesiology", "denial/adverse-benefit-determination-2026-11-18.txt"),
("Funding", "This plan is\nself-funded and governed by ERISA", "denial/adverse-benefit-determination-2026-11-18.txt"),
("Criterion 3 dose", "aripiprazole 5 mg or more", "other/medical-policy-mp-ket-15-excerpt.txt"),
("Criterion 3 lithium level", "at least 0.5 mmol/L", "other/medical-policy-mp-ket-15-excerpt.txt"),
("Aripiprazole titration", "10 mg 05/04/2026 through 06/29/2026", "clinical/psychiatry-progress-note-2026-10-28.txt"),
("Aripiprazole response", "partial response by week 4 at\n10 mg, lost by week 8", "clinical/psychiatry-progress-note-2026-10-28.txt"),
("10 mg fills in plan claims", "06/02/2026   aripiprazole              10 mg", "other/pharmacy-claims-printout-2026-11-20.txt"),
("Lithium level", "level 0.3 mmol/L, stopped after 4 weeks for nausea", "clinical/psychiatry-progress-note-2026-10-28.txt"),
("Desvenlafaxine status", "Desvenlafaxine 100 mg daily since 01/2026, partial response; continue", "clinical/psychiatry-progress-note-2026-10-28.txt"),
("Escitalopram trial", "Escitalopram 20 mg 06/2025-09/2025, 12 weeks, no response", "clinical/psychiatry-progress-note-2026-10-28.txt"),
("Current scales", "MADRS 33, QIDS-SR 18 today", "clinical/psychiatry-progress-note-2026-10-28.txt"),
("Substance use", "AUDIT-C 1; no drug use", "clinical/psychiatry-progress-note-2026-10-28.txt"),
("Who drives her", "Her husband Anders will drive her", "clinical/psychiatry-progress-note-2026-10-28.txt"),
("Appeal deadline", "by 05/17/2027", "truth"),
])

# ---------------------------------------------------------------- 07 Marketplace, buprenorphine patch for back pain
case("07", "marketplace-buprenorphine-patch-back-pain-step-nsaid-contraindicated-tramadol-other-plan-first-appeal-patient",
"""# FICTIONAL CASE (set 95, case 07) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver plan, insured, Pennsylvania. Buprenorphine transdermal patch for chronic low back
# pain after spine surgery denied at step RX-BUP-TD-2: "no claims for tramadol or an NSAID". NSAIDs are
# contraindicated (kidney disease stage 3b, GI bleed 2023); tramadol was taken in 2021 under an employer plan and
# caused a seizure. Duloxetine continues. The patient writes.
patient:
  name: Ignatius Szabo-Whitlow
  salutation: Mr. Szabo-Whitlow
  date_of_birth: 1968-01-22
  member_id: FICT-KSH-61044729
  address: |-
    905 Walnut Bottom Road
    Carlisle, PA 17013
  phone: (717) 555-0118
  email: iszabo@mail.example
insurer:
  name: Keystone Silver Health Plan (FICTIONAL), individual Marketplace coverage
  appeals_address: |-
    Keystone Silver Health Plan, Member Appeals (FICTIONAL)
    PO Box 11290
    Harrisburg, PA 17108
  fax: (717) 555-0187
claim:
  number: KSH-RX-26-1110-20845
  plan_type: individual_aca
  student: false
  notice_date: 2026-11-13
  appeal_deadline: 2027-05-12
  deadline_basis: >-
    Notice of 11/13/2026: "You may file an internal appeal within 180 days of receiving this notice." Counted from
    the notice date (45 CFR 147.136(b)(3)).
  diagnosis_codes: [M96.1, M54.50]
  denial_reason: >-
    Buprenorphine transdermal system requires step therapy (RX-BUP-TD-2): trials of two of the following, or a
    documented contraindication: tramadol, a nonsteroidal anti-inflammatory drug (NSAID), duloxetine. Our claims show
    duloxetine only. No claims for tramadol or an NSAID.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: No claims for tramadol or an NSAID.
      record: >-
        I took tramadol 50 mg in 08/2021, when my former employer's plan covered me, and it caused a generalized
        seizure on 08/19/2021; NSAIDs are contraindicated for me (chronic kidney disease stage 3b, eGFR 38 on
        10/06/2026; upper GI bleed on ibuprofen in 2023).
      file: clinical/pain-management-note-2026-10-30.txt
      page: 1
      leaves_out: true
plan_policy:
  name: Keystone Silver Health Plan pharmacy step therapy RX-BUP-TD-2, buprenorphine transdermal system
  number: RX-BUP-TD-2
  quote: >-
    Trials of two of the following, or a documented contraindication: tramadol, a nonsteroidal anti-inflammatory
    drug (NSAID), duloxetine.
  file: denial/step-therapy-denial-notice-2026-11-13.txt
payer_criteria:
  - criterion: Trial of, or documented contraindication to, tramadol
    how_met: Tramadol 50 mg in 08/2021 caused a generalized seizure on 08/19/2021 (paid by my former employer's plan at the time); contraindicated since.
    met: true
    evidence: {file: clinical/emergency-department-record-2021-08-19.txt, page: 1}
  - criterion: Trial of, or documented contraindication to, an NSAID
    how_met: Contraindicated - chronic kidney disease stage 3b (eGFR 38 on 10/06/2026) and upper GI bleed on ibuprofen in 2023.
    met: true
    evidence: {file: clinical/pain-management-note-2026-10-30.txt, page: 1}
  - criterion: Trial of duloxetine
    how_met: Duloxetine 60 mg daily since 03/2025, partial pain response; continued.
    met: true
    evidence: {file: clinical/pain-management-note-2026-10-30.txt, page: 1}
treatment:
  name: Buprenorphine transdermal system 10 mcg/hour, one patch every 7 days
  summary: Buprenorphine patch for chronic low back pain after lumbar fusion, added to duloxetine, where NSAIDs and tramadol are unsafe.
  alongside: duloxetine 60 mg daily
clinical:
  severity: PEG 7.3 and Oswestry Disability Index 58% on 10/30/2026
  severity_date: 2026-10-30
  suicidality: none
  suicidality_date: 2026-10-30
  history:
    - drug: Tramadol
      dose: 50 mg twice daily
      start: 2021-08
      end: 2021-08
      kind: other
      adequate: false
      paid_outside: another plan
      outcome: Generalized seizure on 08/19/2021 after 10 days; stopped; not to be used again
      evidence: {file: clinical/emergency-department-record-2021-08-19.txt, page: 1}
    - drug: Ibuprofen
      dose: 600 mg three times daily
      start: 2023-01
      end: 2023-04
      kind: other
      adequate: false
      outcome: Upper GI bleed in 04/2023; stopped; NSAIDs contraindicated since
      evidence: {file: clinical/pain-management-note-2026-10-30.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-03
      ongoing: true
      kind: other
      response: partial
      outcome: Partial pain response; continued
      evidence: {file: clinical/pain-management-note-2026-10-30.txt, page: 1}
    - drug: Gabapentin
      dose: up to 900 mg daily
      start: 2025-09
      end: 2025-10
      kind: other
      weeks: 5
      adequate: false
      outcome: Stopped after 5 weeks for sedation and a fall (intolerance)
      evidence: {file: clinical/pain-management-note-2026-10-30.txt, page: 1}
    - drug: Cyclobenzaprine
      dose: 5 mg at bedtime for muscle spasm
      start: 2025-09
      ongoing: true
      kind: other
      outcome: At bedtime for spasm and sleep; not a pain medicine trial under the step rule
      evidence: {file: clinical/pain-management-note-2026-10-30.txt, page: 1}
    - drug: Oxycodone
      dose: 5 mg every 6 hours as needed
      start: 2024-05
      end: 2024-05
      kind: other
      outcome: Ten days after the lumbar fusion of 05/2024; not a long-term trial
      evidence: {file: clinical/pain-management-note-2026-10-30.txt, page: 1}
author:
  name: Ignatius Szabo-Whitlow
  relation: patient
provider:
  name: Odalys Fenwick-Tran, MD
  credentials: MD, pain medicine, Cumberland Valley Spine and Pain (FICTIONAL)
  npi: "1473028599"
  address: |-
    250 Lincoln Street, Suite 3
    Carlisle, PA 17013
  phone: (717) 555-0141
bates_prefix: SZABOWHITLOW
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
{
"denial/step-therapy-denial-notice-2026-11-13.txt": """KEYSTONE SILVER HEALTH PLAN (FICTIONAL) - PHARMACY COVERAGE DENIAL              Date: 11/13/2026   Page 1 of 1
Member: Ignatius Szabo-Whitlow   ID FICT-KSH-61044729   Reference KSH-RX-26-1110-20845
Drug: buprenorphine transdermal system 10 mcg/hour, 4 patches per 28 days   Prescriber: Odalys Fenwick-Tran, MD
Decision: denied. Buprenorphine transdermal system requires step therapy (RX-BUP-TD-2): trials of two of the
following, or a documented contraindication: tramadol, a nonsteroidal anti-inflammatory drug (NSAID), duloxetine.
Our claims show duloxetine only. No claims for tramadol or an NSAID.
You may file an internal appeal within 180 days of receiving this notice: Member Appeals, PO Box 11290,
Harrisburg, PA 17108, fax (717) 555-0187. If we uphold our decision you may ask for an external review.""",
"clinical/pain-management-note-2026-10-30.txt": """CUMBERLAND VALLEY SPINE AND PAIN (FICTIONAL) - PAIN MANAGEMENT NOTE            Date: 10/30/2026
Patient: Ignatius Szabo-Whitlow   DOB 01/22/1968   Physician: Odalys Fenwick-Tran, MD   Page 1 of 1
Chronic low back pain after L4-S1 fusion (05/2024), failed back surgery syndrome (M96.1). PEG 7.3; Oswestry 58%.
Kidney: chronic kidney disease stage 3b, eGFR 38 on 10/06/2026 (nephrology, Dr. Hal Brightwater).
NSAIDs contraindicated: kidney disease and upper GI bleed on ibuprofen 600 mg three times daily in 04/2023.
Tramadol: generalized seizure 08/19/2021 after 10 days of 50 mg twice daily (former employer plan); do not use.
Duloxetine 60 mg daily since 03/2025, partial pain response, continue.
Gabapentin up to 900 mg daily 09/2025-10/2025, stopped after 5 weeks for sedation and a fall.
Cyclobenzaprine 5 mg at bedtime for spasm. Oxycodone 5 mg for ten days after surgery in 05/2024 only.
Mood: no depression or suicidal thoughts (PHQ-2 1). Opioid agreement signed; PDMP checked.
Plan: buprenorphine transdermal 10 mcg/hour weekly, added to duloxetine.""",
"clinical/emergency-department-record-2021-08-19.txt": """HOLY SPRING MEDICAL CENTER (FICTIONAL) - EMERGENCY DEPARTMENT RECORD           Date: 08/19/2021
Patient: Ignatius Szabo-Whitlow   DOB 01/22/1968   Physician: Marguerite Olander, DO   Page 1 of 1
Witnessed generalized tonic-clonic seizure at home (wife Beatrix called 911). No prior seizures.
Medications: tramadol 50 mg twice daily started 10 days ago for back pain.
Assessment: first seizure, provoked, likely tramadol. Tramadol stopped; listed as an adverse drug reaction.
Insurance on file: Conodoguinet Manufacturing Employee Plan (FICTIONAL).""",
"other/marketplace-enrollment-confirmation-2026.txt": """KEYSTONE SILVER HEALTH PLAN (FICTIONAL) - 2026 ENROLLMENT CONFIRMATION          Date: 12/18/2025
Enrollee: Ignatius Szabo-Whitlow   Plan: Keystone Silver 2500 (individual Marketplace coverage)
Coverage effective 01/01/2026 through 12/31/2026.""",
},
"""# 07 - Marketplace plan: buprenorphine patch for chronic back pain denied at step therapy; NSAIDs contraindicated, tramadol caused a seizure under another plan; first internal appeal by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ignatius Szabo-Whitlow, 58, individual Marketplace Silver plan (Keystone Silver, insured), Pennsylvania, coverage
  from 01/01/2026. Chronic low back pain after L4-S1 fusion of 05/2024 (M96.1). PEG 7.3, Oswestry 58% on 10/30/2026.
- Buprenorphine transdermal 10 mcg/hour weekly denied 11/13/2026 at RX-BUP-TD-2: "trials of two ..., **or a
  documented contraindication**"; "No claims for tramadol or an NSAID" (true of this plan's claims only).
- **Tramadol**: 50 mg twice daily for 10 days, **generalized seizure 08/19/2021**, under his former employer's plan
  (ED record). Contraindicated since.
- **NSAIDs**: contraindicated: CKD stage 3b (eGFR 38 on 10/06/2026) and upper GI bleed on ibuprofen in 04/2023.
- **Duloxetine** 60 mg since 03/2025: partial pain response, **continued**; the patch is added to it.
- Gabapentin: stopped after 5 weeks for sedation and a fall (intolerance). Cyclobenzaprine 5 mg at bedtime: spasm.
  Oxycodone: ten days after surgery only.
- No depression or suicidal thoughts (PHQ-2 1). Opioid agreement signed; PDMP checked.
- **Rule and stage:** first internal appeal, 180 days, **by 05/12/2027** (45 CFR 147.136(b)(3)); external review
  after (147.136(c)/(d)). Not a student plan.
- **Author:** the patient, "I".

## Deliberately unknown
- Whether the plan has an expedited exception process for this drug: not stated.
- Whether the prescriber sent the ED record with the request: not shown.
- Cost of the patch: not in the case.

## Traps
- The step rule itself accepts a documented contraindication: both tramadol and NSAID requirements are met that way
  (and duloxetine by trial). Do not argue the step rule is unlawful first.
- Tramadol: a trial that caused harm, paid by **another plan**; not "never tried".
- Duloxetine continues (not "failed" or "stopped"). Gabapentin is an intolerance. Cyclobenzaprine and post-surgical
  oxycodone are not trials.
- This is a pain case: no depression argument, no suicidal ideation, no antidepressant-trial counting for
  duloxetine as a depression drug.
- Other people: wife Beatrix (ED record), nephrologist Dr. Hal Brightwater, ED physician.
- Voice: "I", never "Mr. Szabo-Whitlow has".

## Arguments a strong letter makes
Strongest first.
1. RX-BUP-TD-2 is met on its own words: duloxetine trial + documented contraindications to tramadol (seizure
   08/19/2021) and NSAIDs (CKD 3b, GI bleed 2023).
2. The plan's claims cannot show a 2021 trial under another plan; the ED record does.
3. Approve the patch as prescribed, added to duloxetine; external review if upheld.

## What a letter must NOT say
- "never took tramadol"; "failed duloxetine"; "stopped duloxetine"; "tried an NSAID for 6 weeks".
- "depression", "suicidal ideation" as present; "treatment-resistant depression".
- "ERISA", "29 CFR 2560.503-1" as governing; "Medicare"; "Medicaid"; "student".
- "Beatrix" as author.
""",
[
("Notice date", "Date: 11/13/2026", "denial/step-therapy-denial-notice-2026-11-13.txt"),
("Step rule allows contraindication", "or a documented contraindication", "denial/step-therapy-denial-notice-2026-11-13.txt"),
("What the claims show", "Our claims show duloxetine only", "denial/step-therapy-denial-notice-2026-11-13.txt"),
("Appeal window", "within 180 days of receiving this notice", "denial/step-therapy-denial-notice-2026-11-13.txt"),
("Tramadol seizure date", "generalized seizure 08/19/2021", "clinical/pain-management-note-2026-10-30.txt"),
("ED assessment", "first seizure, provoked, likely tramadol", "clinical/emergency-department-record-2021-08-19.txt"),
("Who paid for tramadol in 2021", "Conodoguinet Manufacturing Employee Plan", "clinical/emergency-department-record-2021-08-19.txt"),
("eGFR", "eGFR 38 on 10/06/2026", "clinical/pain-management-note-2026-10-30.txt"),
("GI bleed", "upper GI bleed on ibuprofen 600 mg three times daily in 04/2023", "clinical/pain-management-note-2026-10-30.txt"),
("Duloxetine status", "Duloxetine 60 mg daily since 03/2025, partial pain response, continue", "clinical/pain-management-note-2026-10-30.txt"),
("Gabapentin", "stopped after 5 weeks for sedation and a fall", "clinical/pain-management-note-2026-10-30.txt"),
("Oxycodone", "Oxycodone 5 mg for ten days after surgery in 05/2024 only", "clinical/pain-management-note-2026-10-30.txt"),
("Pain scales", "PEG 7.3; Oswestry 58%", "clinical/pain-management-note-2026-10-30.txt"),
("Mood", "no depression or suicidal thoughts (PHQ-2 1)", "clinical/pain-management-note-2026-10-30.txt"),
("Coverage start", "Coverage effective 01/01/2026", "other/marketplace-enrollment-confirmation-2026.txt"),
("Appeal deadline", "by 05/12/2027", "truth"),
])

# ---------------------------------------------------------------- 08 church plan, adolescent TMS, intolerance counts
case("08", "church-plan-insured-teen-tms-escitalopram-intolerance-said-not-a-trial-fluoxetine-continuing-first-appeal-mother",
"""# FICTIONAL CASE (set 95, case 08) - every person, plan, provider, number and address is invented.
# Church plan (not ERISA), insured, not grandfathered, Georgia, 640 employees; member aged 16. Pre-service TMS
# denied under MP-TMS-40 criterion 2: "only one antidepressant trial; escitalopram was not an adequate trial (2
# weeks)". The criterion counts "failure of or intolerance to" two antidepressants: escitalopram was stopped for
# activation with agitation (intolerance); fluoxetine 40 mg continues with a partial response. CBT continues.
# The mother writes as parent.
patient:
  name: Anneliese Okwuosa-Brandt
  salutation: Anneliese
  date_of_birth: 2010-03-27
  member_id: FICT-SBM-3390218-02
  address: |-
    71 Magnolia Ridge Drive
    Macon, GA 31210
  phone: (478) 555-0129
insurer:
  name: Peachtree Mutual Assurance (FICTIONAL), insurer of the Ocmulgee Mission Schools Health Plan (FICTIONAL)
  appeals_address: |-
    Peachtree Mutual Assurance, Appeals Department (FICTIONAL)
    PO Box 20588
    Atlanta, GA 30325
  fax: (404) 555-0169
claim:
  number: PMA-PA-26-1112-48720
  plan_type: church
  funding: insured
  grandfathered: false
  employees: 640
  notice_date: 2026-11-19
  appeal_deadline: 2027-05-18
  deadline_basis: >-
    Notice of 11/19/2026: "You may appeal within 180 days after you receive this notice." Counted from the notice
    date (45 CFR 147.136(b)(2)).
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F32.2]
  sessions: 30
  denial_reason: >-
    TMS is not medically necessary under medical policy MP-TMS-40, criterion 2. Only one antidepressant trial is
    documented (fluoxetine). Escitalopram was not an adequate trial (2 weeks).
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Bertrand Lomax, MD", specialty: pediatrics}
  action: none
  corrections:
    - said: Only one antidepressant trial is documented (fluoxetine). Escitalopram was not an adequate trial (2 weeks).
      record: >-
        Criterion 2 counts "failure of or intolerance to" two antidepressants. Escitalopram was stopped on 10/27/2025
        after 2 weeks for activation with agitation and new insomnia: an intolerance. Fluoxetine 40 mg since
        02/2026 has given a partial response only.
      file: clinical/child-psychiatry-note-2026-11-04.txt
      page: 1
      leaves_out: true
plan_policy:
  name: Peachtree Mutual Assurance medical policy MP-TMS-40, transcranial magnetic stimulation, members aged 15 to 17
  number: MP-TMS-40
  quote: >-
    1. Major depressive disorder, moderate or severe, in a member aged 15 to 17, with a device cleared for that age.
    2. Failure of or intolerance to at least two antidepressants, one of which is fluoxetine or escitalopram; a
    failure requires at least 6 weeks at an adequate dose. 3. Concurrent evidence-based psychotherapy. 4. No seizure
    disorder, no metal in the head.
  file: other/medical-policy-mp-tms-40-excerpt.txt
payer_criteria:
  - criterion: 1. Major depressive disorder, moderate or severe, aged 15 to 17, with a device cleared for that age.
    how_met: Major depressive disorder, single episode, severe (F32.2); age 16; the clinic's device is cleared for ages 15 to 21.
    met: true
    evidence: {file: clinical/child-psychiatry-note-2026-11-04.txt, page: 1}
  - criterion: 2. Failure of or intolerance to at least two antidepressants, one of which is fluoxetine or escitalopram.
    how_met: >-
      Fluoxetine 40 mg since 02/2026 (more than 6 weeks): partial response, inadequate (failure as the policy
      defines it), continued; escitalopram 10 mg stopped after 2 weeks for activation with agitation (intolerance).
    met: true
    evidence: {file: clinical/child-psychiatry-note-2026-11-04.txt, page: 1}
  - criterion: 3. Concurrent evidence-based psychotherapy.
    how_met: Weekly CBT since 09/2025, 38 sessions to 11/2026, continuing.
    met: true
    evidence: {file: clinical/therapy-progress-summary-2026-11-02.txt, page: 1}
  - criterion: 4. No seizure disorder, no metal in the head.
    how_met: No seizures; no implants; orthodontic retainer removed 2025.
    met: true
    evidence: {file: clinical/child-psychiatry-note-2026-11-04.txt, page: 1}
treatment:
  name: TMS, 30 sessions (90867, 90868), adjunct to fluoxetine
  summary: TMS added to fluoxetine for severe adolescent depression after escitalopram could not be tolerated and fluoxetine gave a partial response.
  plan: 30 sessions over 6 weeks; CDRS-R at baseline, session 15 and session 30; fluoxetine 40 mg and weekly CBT continue.
  alongside: fluoxetine 40 mg daily
clinical:
  severity: CDRS-R 68 on 11/04/2026; PHQ-A 18 on 11/02/2026
  severity_date: 2026-11-04
  suicidality: passive
  suicidality_date: 2026-11-04
  history:
    - drug: Escitalopram
      dose: 5 mg, raised to 10 mg daily
      start: 2025-10-13
      end: 2025-10-27
      kind: antidepressant
      weeks: 2
      adequate: false
      outcome: Stopped after 2 weeks for activation with agitation and new insomnia (intolerance)
      evidence: {file: clinical/child-psychiatry-note-2026-11-04.txt, page: 1}
    - drug: Fluoxetine
      dose: 20 mg, 40 mg daily since 04/2026
      start: 2026-02
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response (CDRS-R 74 to 68); continued
      evidence: {file: clinical/child-psychiatry-note-2026-11-04.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: weekly, 38 sessions
      start: 2025-09
      ongoing: true
      kind: psychotherapy
      sessions: 38
      outcome: Continuing alongside medication
      evidence: {file: clinical/therapy-progress-summary-2026-11-02.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime for sleep
      start: 2025-11
      ongoing: true
      kind: other
      outcome: Sleep aid; not a trial
      evidence: {file: clinical/child-psychiatry-note-2026-11-04.txt, page: 1}
    - drug: Hydroxyzine
      dose: 10 mg as needed for panic
      start: 2026-01
      ongoing: true
      kind: other
      outcome: As needed for panic; not a trial
      evidence: {file: clinical/child-psychiatry-note-2026-11-04.txt, page: 1}
author:
  name: Renata Okwuosa-Brandt
  role: mother
  relation: parent
  address: |-
    71 Magnolia Ridge Drive
    Macon, GA 31210
  phone: (478) 555-0130
  email: renata.ob@mail.example
provider:
  name: Jessamyn Achebe-Whitford, MD
  credentials: MD, child and adolescent psychiatry, Ocmulgee Youth Neuromodulation (FICTIONAL)
  npi: "1386049278"
  address: |-
    480 Riverside Drive, Suite 9
    Macon, GA 31201
  phone: (478) 555-0144
bates_prefix: OKWUOSABRANDT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
{
"denial/prior-authorization-denial-2026-11-19.txt": """PEACHTREE MUTUAL ASSURANCE (FICTIONAL) - OCMULGEE MISSION SCHOOLS HEALTH PLAN
PRIOR AUTHORIZATION DECISION                                               Date: 11/19/2026   Page 1 of 1
Member: Anneliese Okwuosa-Brandt   DOB 03/27/2010   ID FICT-SBM-3390218-02   Subscriber: Renata Okwuosa-Brandt
Reference PMA-PA-26-1112-48720   Service: TMS, 30 sessions (90867, 90868)   Provider: Jessamyn Achebe-Whitford, MD
Decision: denied. TMS is not medically necessary under medical policy MP-TMS-40, criterion 2. Only one
antidepressant trial is documented (fluoxetine). Escitalopram was not an adequate trial (2 weeks).
Reviewer: Bertrand Lomax, MD, pediatrics.
You may appeal within 180 days after you receive this notice: Appeals Department, PO Box 20588, Atlanta, GA 30325,
fax (404) 555-0169. You may ask for an expedited appeal if waiting could seriously harm the member. After our final
decision you may ask for an external review.""",
"clinical/child-psychiatry-note-2026-11-04.txt": """OCMULGEE YOUTH NEUROMODULATION (FICTIONAL) - CHILD PSYCHIATRY NOTE              Date: 11/04/2026
Patient: Anneliese Okwuosa-Brandt   DOB 03/27/2010   Psychiatrist: Jessamyn Achebe-Whitford, MD   Page 1 of 1
Major depressive disorder, single episode, severe (F32.2). CDRS-R 68 today (74 in 02/2026). Passive thoughts of
not wanting to be alive; no plan, no intent, no self-harm. Attending school half days since 10/2026.
Escitalopram 5 mg then 10 mg, 10/13/2025-10/27/2025: activation with agitation and new insomnia; stopped after
2 weeks (intolerance).
Fluoxetine 20 mg from 02/2026, 40 mg since 04/2026: partial response; continue.
Melatonin 3 mg at bedtime for sleep. Hydroxyzine 10 mg as needed for panic.
No seizures; no implants or metal in the head (orthodontic retainer removed 2025).
Plan: TMS, 30 sessions, device cleared for ages 15 to 21, as an adjunct to fluoxetine; CBT continues.
Seen with mother (Renata) and stepfather (Julian Brandt).""",
"clinical/therapy-progress-summary-2026-11-02.txt": """MIDDLE GEORGIA FAMILY COUNSELING (FICTIONAL) - THERAPY PROGRESS SUMMARY          Date: 11/02/2026
Client: Anneliese Okwuosa-Brandt   DOB 03/27/2010   Therapist: Colette Ramsay-Ugwu, LPC   Page 1 of 1
Weekly cognitive behavioral therapy since 09/2025: 38 sessions to date; continuing.
PHQ-A 18 on 11/02/2026. Family session on 10/19/2026 with mother and younger brother (Tobiah).""",
"other/medical-policy-mp-tms-40-excerpt.txt": """PEACHTREE MUTUAL ASSURANCE (FICTIONAL) - MEDICAL POLICY MP-TMS-40 (excerpt)         Page 1 of 3
1. Major depressive disorder, moderate or severe, in a member aged 15 to 17, with a device cleared for that age.
2. Failure of or intolerance to at least two antidepressants, one of which is fluoxetine or escitalopram; a failure
requires at least 6 weeks at an adequate dose.
3. Concurrent evidence-based psychotherapy.
4. No seizure disorder, no metal in the head.""",
"other/plan-summary-church-plan-status-2026.txt": """OCMULGEE MISSION SCHOOLS HEALTH PLAN (FICTIONAL) - SUMMARY OF PLAN STATUS       Plan year 2026
This plan is a church plan maintained by a church-affiliated organization and is not subject to ERISA.
Benefits are insured by Peachtree Mutual Assurance. This plan is not a grandfathered health plan.
Employees covered: 640. Appeals and external review follow the insurer's procedures.""",
},
"""# 08 - Church plan (insured, not grandfathered): teen TMS denied as "only one antidepressant trial" though the policy counts intolerance; first internal appeal by the mother (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Anneliese Okwuosa-Brandt, 16 (DOB 03/27/2010); church plan not subject to ERISA, **insured** by Peachtree Mutual
  Assurance, **not grandfathered**, 640 employees; mother Renata is the subscriber. Georgia.
- Major depressive disorder, single episode, severe (F32.2). CDRS-R 68 on 11/04/2026 (74 in 02/2026); PHQ-A 18 on
  11/02/2026; passive thoughts, no plan, no self-harm; school half days since 10/2026.
- Pre-service TMS, 30 sessions, adjunct to fluoxetine; denied 11/19/2026 under MP-TMS-40 criterion 2.
- Criterion 2 counts "**failure of or intolerance to** at least two antidepressants": escitalopram (10/13-10/27/2025,
  stopped after 2 weeks for activation with agitation) is an **intolerance**; fluoxetine 40 mg since 04/2026 (20 mg
  from 02/2026) is a partial response only (failure as defined: more than 6 weeks at an adequate dose). The decision
  is right that escitalopram was not a 6-week trial, but the policy does not require one for an intolerance.
- Criteria 1, 3 (CBT weekly since 09/2025, 38 sessions, continuing), 4 (no seizures, no metal) met. Every
  criterion met.
- Reviewer: pediatrics (not child psychiatry).
- **Rule and stage:** first internal appeal, pre-service; insured non-grandfathered coverage: 45 CFR 147.136
  (group: (b)(2)); 180 days, **by 05/18/2027**; external review after (147.136(c)/(d) via the insurer's
  procedures). Not ERISA.
- **Author:** mother, as parent of a minor (no authorization needed).

## Deliberately unknown
- Whether the federal parity rules reach this insured church plan's coverage: not decided here; a letter may ask,
  not assert.
- The TMS device's name: not stated.
- Whether the family wants an expedited appeal: no physician certification.

## Traps
- Fluoxetine **continues** (partial response): never "failed and stopped".
- Escitalopram is an **intolerance** (2 weeks), not an adequate trial; a letter must not claim 6 weeks.
- CBT is psychotherapy (criterion 3), not an antidepressant trial. Melatonin and hydroxyzine are not trials.
- Passive suicidal thoughts only.
- Other people: stepfather Julian Brandt, brother Tobiah, the therapist.
- Church plan: never ERISA / 29 CFR 2560.503-1 as governing law.

## Arguments a strong letter makes
Strongest first.
1. Criterion 2 counts intolerance: escitalopram intolerance + fluoxetine inadequate response = two; one is
   fluoxetine/escitalopram. The decision applies a 6-week rule the policy keeps for failures only.
2. All four criteria met, with the psychiatrist's note and therapy summary.
3. Reviewer is a pediatrician; ask for a child and adolescent psychiatrist.
4. External review under the insurer's procedures (45 CFR 147.136) if upheld.

## What a letter must NOT say
- "escitalopram for 6 weeks"; "failed fluoxetine and discontinued"; CBT as a failed medication.
- "active suicidal ideation"; "self-harm".
- "ERISA", "29 CFR 2560.503-1" as governing law, "Medicaid", "Medicare".
- "Julian" or "Tobiah" as author or patient.
""",
[
("Notice date", "Date: 11/19/2026", "denial/prior-authorization-denial-2026-11-19.txt"),
("Denial words", "Only one\nantidepressant trial is documented (fluoxetine)", "denial/prior-authorization-denial-2026-11-19.txt"),
("Reviewer", "Bertrand Lomax, MD, pediatrics", "denial/prior-authorization-denial-2026-11-19.txt"),
("Criterion 2 words", "Failure of or intolerance to at least two antidepressants", "other/medical-policy-mp-tms-40-excerpt.txt"),
("Where 6 weeks applies", "a failure\nrequires at least 6 weeks at an adequate dose", "other/medical-policy-mp-tms-40-excerpt.txt"),
("Escitalopram dates", "10/13/2025-10/27/2025", "clinical/child-psychiatry-note-2026-11-04.txt"),
("Why escitalopram stopped", "activation with agitation and new insomnia", "clinical/child-psychiatry-note-2026-11-04.txt"),
("Fluoxetine status", "40 mg since 04/2026: partial response; continue", "clinical/child-psychiatry-note-2026-11-04.txt"),
("Current CDRS-R", "CDRS-R 68 today (74 in 02/2026)", "clinical/child-psychiatry-note-2026-11-04.txt"),
("Suicidality", "no plan, no intent, no self-harm", "clinical/child-psychiatry-note-2026-11-04.txt"),
("Melatonin", "Melatonin 3 mg at bedtime for sleep", "clinical/child-psychiatry-note-2026-11-04.txt"),
("CBT sessions", "38 sessions to date; continuing", "clinical/therapy-progress-summary-2026-11-02.txt"),
("PHQ-A", "PHQ-A 18 on 11/02/2026", "clinical/therapy-progress-summary-2026-11-02.txt"),
("Church plan status", "not subject to ERISA", "other/plan-summary-church-plan-status-2026.txt"),
("Grandfathered?", "This plan is not a grandfathered health plan", "other/plan-summary-church-plan-status-2026.txt"),
("Appeal deadline", "by 05/18/2027", "truth"),
])


# ================================================================ writer and self-check
def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


PHONE_RE = re.compile(r"(?:1-\d{3}-|\(\d{3}\) ?|\b\d{3}[-.])(\d{3})-(\d{4})\b")
BARE_RE = re.compile(r"(?<![\d)\-. ])(?<!\) )\b555-\d{4}\b")
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
NPI_RE = re.compile(r"(?:NPI|npi:)\s*\"?(\d{10})")


def text_checks(label, text, problems):
    for m in PHONE_RE.finditer(text):
        if m.group(1) != "555" or not m.group(2).startswith("01"):
            problems.append(f"{label}: phone {m.group(0)} not 555-01xx")
    for m in re.finditer(r"\b555-\d{4}\b", text):
        before = text[max(0, m.start() - 6):m.start()]
        if not re.search(r"(\(\d{3}\) |\d{3}-|\d{3}\.)$", before):
            problems.append(f"{label}: bare {m.group(0)}")
    for m in EMAIL_RE.finditer(text):
        if not m.group(1).endswith(".example"):
            problems.append(f"{label}: e-mail {m.group(0)} not .example")
    for m in NPI_RE.finditer(text):
        if not luhn_ok(m.group(1)):
            problems.append(f"{label}: NPI {m.group(1)} fails Luhn")


def write_case(c, problems):
    folder = os.path.join(HERE, c["slug"])
    if os.path.exists(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    with open(os.path.join(folder, "case.yaml"), "w") as f:
        f.write(c["yaml"])
    texts = {"case.yaml": c["yaml"]}
    for path, body in c["docs"].items():
        if path.split("/")[0] not in ("denial", "clinical", "other") or not path.endswith(".txt"):
            problems.append(f"{c['num']}: bad document path {path}")
        full = os.path.join(folder, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        text = HEAD + body.rstrip("\n") + FOOT
        with open(full, "w") as f:
            f.write(text)
        texts[path] = text
        text_checks(f"{c['num']} {path}", text, problems)
    truth_path = os.path.join(HERE, c["slug"] + ".truth.md")
    with open(truth_path, "w") as f:
        f.write(c["truth"])
    texts["truth"] = c["truth"]
    # FICTIONAL headers
    if "FICTIONAL" not in c["yaml"].splitlines()[0]:
        problems.append(f"{c['num']}: case.yaml first line lacks FICTIONAL")
    if "FICTIONAL" not in c["truth"].splitlines()[0]:
        problems.append(f"{c['num']}: truth first line lacks FICTIONAL")
    heads = [l[3:].strip() for l in c["truth"].splitlines() if l.startswith("## ")]
    if heads != HEADINGS:
        problems.append(f"{c['num']}: truth headings {heads}")
    text_checks(f"{c['num']} case.yaml", c["yaml"], problems)
    text_checks(f"{c['num']} truth", c["truth"], problems)
    # case.yaml parses; every file it names exists
    try:
        data = YAML(typ="safe").load(c["yaml"])
    except Exception as e:  # noqa
        problems.append(f"{c['num']}: case.yaml does not parse: {e}")
        data = {}
    for m in re.finditer(r"\b((?:denial|clinical|other)/[\w.\-]+\.txt)\b", c["yaml"]):
        if m.group(1) not in c["docs"]:
            problems.append(f"{c['num']}: case.yaml names missing file {m.group(1)}")
    npi_val = str((data.get("provider") or {}).get("npi", ""))
    if npi_val and not luhn_ok(npi_val):
        problems.append(f"{c['num']}: provider NPI fails Luhn")
    # answers
    if len(c["answers"]) != 16:
        problems.append(f"{c['num']}: {len(c['answers'])} answers, not 16")
    for q, a, doc in c["answers"]:
        if doc not in texts:
            problems.append(f"{c['num']}: answer doc {doc} unknown ({q})")
        elif norm(a) not in norm(texts[doc]):
            problems.append(f"{c['num']}: answer not found in {doc}: {q!r} -> {a!r}")
    return folder


def main(argv):
    check = "--check" in argv
    only = [a for a in argv if re.fullmatch(r"\d\d", a)]
    problems = []
    folders = []
    nanswers = 0
    for c in CASES:
        if only and c["num"] not in only:
            continue
        folders.append(write_case(c, problems))
        nanswers += len(c["answers"])
    rc = 0
    if check:
        out = []
        for folder in folders:
            p = subprocess.run(["/work/main/.venv/bin/appeal-kit", "check", folder], capture_output=True, text=True)
            out.append(f"===== {os.path.basename(folder)}: exit {p.returncode}\n{p.stdout}{p.stderr}")
            print(f"check {os.path.basename(folder)[:2]}: exit {p.returncode}")
            if p.returncode != 0:
                rc = 1
        name = "check-output-partial.txt" if only else "check-output.txt"
        with open(os.path.join(HERE, name), "w") as f:
            f.write("FICTIONAL test set 95 - appeal-kit check output\n\n" + "\n".join(out))
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(folders)} cases, {nanswers} expected answers, {len(problems)} problems")
    if problems:
        rc = 1
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
