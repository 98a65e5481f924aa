# FICTIONAL case data, letters set 43, case 04 (issue 18). Every person, plan, provider, number and address is invented.
SLUG = "04-medicaid-mco-lurasidone-old-step-criteria-state-pdl-preferred-fair-hearing-case-manager"

CASE_YAML = r'''
# FICTIONAL CASE (set 43, case 04) - every person, plan, provider, number and address is invented.
# Medicaid managed care, South Carolina. Yolanda Pinckney-Shaw, 44, bipolar I depression. Her psychiatrist prescribed
# lurasidone; the plan denied it under its 2025 step criteria RX-ATY-3 (quetiapine and olanzapine first) and upheld
# that on appeal ("quetiapine 25 mg only; olanzapine 5 weeks only"). The state's Preferred Drug List, in force from
# 07/01/2026, lists generic lurasidone as preferred with no prior authorization, and the plan's own 2026 member
# handbook says the state's list governs where the plan's drug rules differ. Her community mental health case
# manager, her authorized representative, asks for a state fair hearing.
patient:
  name: Yolanda Pinckney-Shaw
  salutation: Ms. Pinckney-Shaw
  date_of_birth: 1982-04-27
  member_id: FICT-LHC-551902846
  address: |-
    27 Wappoo Creek Drive, Apt 2B
    Charleston, SC 29412
  phone: (843) 555-0119
insurer:
  name: Lowcountry Health Connect, Medicaid managed care plan (FICTIONAL)
  appeals_address: |-
    Lowcountry Health Connect - Member Appeals (FICTIONAL)
    PO Box 71330
    North Charleston, SC 29405
  fax: (843) 555-0167
claim:
  number: LHC-RX-26-0911-2280
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-09-14
  diagnosis_codes: [F31.4]
  denial_reason: >-
    Lurasidone requires step therapy under criteria RX-ATY-3: an adequate trial (at least 6 weeks at a therapeutic
    dose) of quetiapine and of olanzapine. Our records do not show these trials.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
decisions:
  - date: 2026-10-30
    outcome: denied
    stage: plan appeal
    opens: state fair hearing
    next_deadline: 2027-02-27
    reason: >-
      The denial is upheld. Pharmacy claims show quetiapine 25 mg only, below a therapeutic dose. Olanzapine was
      taken for 5 weeks only. The step therapy criteria RX-ATY-3 are not met.
    corrections:
      - said: Pharmacy claims show quetiapine 25 mg only, below a therapeutic dose.
        record: >-
          Her psychiatric record shows quetiapine 300 mg daily for 10 weeks, 02/2023-04/2023, with no response, paid
          by her former Medicaid plan; the 25 mg she now takes at bedtime is for sleep.
        file: clinical/cmhc-psychiatry-note-2026-09-08.txt
        page: 1
        leaves_out: true
      - said: Olanzapine was taken for 5 weeks only.
        record: >-
          Olanzapine 10 mg was stopped after 5 weeks because she gained 9 kg and her A1c rose to 6.1%: an
          intolerance, which RX-ATY-3 itself accepts in place of a trial.
        file: clinical/cmhc-psychiatry-note-2026-09-08.txt
        page: 1
        leaves_out: true
external_review:
  agency: State Medicaid Appeals and Hearings Office (FICTIONAL)
  address: |-
    State Medicaid Appeals and Hearings Office (FICTIONAL)
    PO Box 9100
    Columbia, SC 29202
  final_denial_date: 2026-10-30
plan_policy:
  name: Lowcountry Health Connect Pharmacy Criteria RX-ATY-3 (atypical antipsychotics, revised 01/2025)
  number: RX-ATY-3
  quote: >-
    Lurasidone is approved when the member has had an adequate trial (at least 6 weeks at a therapeutic dose) of
    quetiapine and of olanzapine, or could not tolerate them.
  file: other/rx-aty-3-criteria-2025.txt
  precedence:
    name: Lowcountry Health Connect 2026 Member Handbook, Section 8.2
    quote: >-
      We use the state's Preferred Drug List. If our drug rules and the state's Preferred Drug List differ, the
      state's list governs.
    file: other/member-handbook-2026-section-8-excerpt.txt
    page: 1
    governs: the state's Preferred Drug List
    over: RX-ATY-3
  listed:
    name: State Medicaid Preferred Drug List, effective 07/01/2026 (Antipsychotics, atypical)
    entry: "lurasidone (generic) tablets - PREFERRED - no prior authorization"
    file: other/state-pdl-2026-07-01-antipsychotics-excerpt.txt
    page: 1
    as: a preferred drug with no prior authorization
payer_criteria:
  - criterion: "Adequate trial (at least 6 weeks at a therapeutic dose) of quetiapine, or could not tolerate it."
    how_met: >-
      Quetiapine 300 mg daily for 10 weeks, 02/2023-04/2023, no response (paid by her former Medicaid plan); the
      25 mg she now takes at bedtime is for sleep.
    met: true
    evidence: {file: clinical/cmhc-psychiatry-note-2026-09-08.txt, page: 1}
  - criterion: "Adequate trial (at least 6 weeks at a therapeutic dose) of olanzapine, or could not tolerate it."
    how_met: >-
      Olanzapine 10 mg daily was stopped after 5 weeks for 9 kg weight gain and A1c 6.1%: she could not tolerate it.
    met: true
    evidence: {file: clinical/cmhc-psychiatry-note-2026-09-08.txt, page: 1}
template: external-review-request
treatment:
  name: Lurasidone 60 mg daily
  summary: >-
    Lurasidone for bipolar I depression that has not responded to quetiapine and lithium, after olanzapine was
    stopped for weight gain and a rising A1c.
  plan: >-
    Lurasidone 40 mg with the evening meal for 1 week, then 60 mg; lithium continues; check weight, A1c and lipids
    at 12 weeks; MADRS at each visit.
  alongside: lithium carbonate 900 mg daily
clinical:
  severity: MADRS 29 on 11/18/2026; sleeping 3-4 hours; missed 9 days of work in October 2026
  severity_date: 2026-11-18
  suicidality: passive
  suicidality_date: 2026-11-18
  episode_onset: 2026-06
  treating_since: 2021-08
  history:
    - drug: Quetiapine
      dose: 300 mg daily
      start: 2023-02
      end: 2023-04
      weeks: 10
      kind: other
      adequate: true
      failed: true
      response: none
      paid_outside: another plan
      outcome: No response after 10 weeks at 300 mg; stopped (paid by her former Medicaid plan)
      evidence: {file: clinical/cmhc-psychiatry-note-2026-09-08.txt, page: 1}
    - drug: Olanzapine
      dose: 10 mg daily
      start: 2025-05
      end: 2025-06
      weeks: 5
      kind: other
      adequate: false
      outcome: Stopped after 5 weeks for 9 kg weight gain and A1c 6.1% (intolerance)
      evidence: {file: clinical/cmhc-psychiatry-note-2026-09-08.txt, page: 1}
    - drug: Lithium carbonate
      dose: 900 mg daily (level 0.8)
      start: 2021-09
      ongoing: true
      kind: other
      response: partial
      outcome: Prevents mania; partial effect on depression; continued
      evidence: {file: clinical/cmhc-psychiatry-note-2026-09-08.txt, page: 1}
    - drug: Quetiapine (bedtime)
      dose: 25 mg at bedtime for sleep
      start: 2026-03
      ongoing: true
      kind: other
      outcome: Low bedtime dose for sleep; not an antipsychotic trial
      evidence: {file: clinical/cmhc-psychiatry-note-2026-09-08.txt, page: 1}
author:
  name: Denise Holloway-Grant
  role: Community case manager, Tri-County Mental Health Center (authorized representative)
  relation: representative
  authorization: other/authorized-representative-form-2026-11-20.txt
  address: |-
    Tri-County Mental Health Center (FICTIONAL), 1100 Savannah Highway
    Charleston, SC 29407
  phone: (843) 555-0128
  email: dholloway@tricountymhc.example
provider:
  name: Dr. Marcus Okafor-Bright
  credentials: MD, psychiatry
  npi: "1458029364"
  address: |-
    Tri-County Mental Health Center, 1100 Savannah Highway
    Charleston, SC 29407
  phone: (843) 555-0128
copies: [prescriber]
record_dates:
  - file: clinical/cmhc-psychiatry-note-2026-09-08.txt
    date: 2026-09-08
  - file: clinical/cmhc-psychiatry-note-2026-11-18.txt
    date: 2026-11-18
bates_prefix: PINCKNEYSHAW
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/notice-of-adverse-benefit-determination-2026-09-14.txt": '''
LOWCOUNTRY HEALTH CONNECT (FICTIONAL) - MEDICAID MANAGED CARE
NOTICE OF ADVERSE BENEFIT DETERMINATION                                      Date of notice: 09/14/2026
Member: Yolanda Pinckney-Shaw   Member ID FICT-LHC-551902846   Request LHC-RX-26-0911-2280 (received 09/11/2026)
Drug: lurasidone 60 mg tablets, 30 per 30 days   Prescriber: Marcus Okafor-Bright, MD

Decision: denied. Lurasidone requires step therapy under criteria RX-ATY-3: an adequate trial (at least 6 weeks at
a therapeutic dose) of quetiapine and of olanzapine. Our records do not show these trials.
You may appeal to us within 60 calendar days of the date of this notice.
''',
    "denial/notice-of-appeal-resolution-2026-10-30.txt": '''
LOWCOUNTRY HEALTH CONNECT (FICTIONAL) - NOTICE OF APPEAL RESOLUTION            Date of notice: 10/30/2026
Member: Yolanda Pinckney-Shaw   Member ID FICT-LHC-551902846   Appeal AP-26-0922-1187 (filed 09/22/2026)
Decision: The denial is upheld. Pharmacy claims show quetiapine 25 mg only, below a therapeutic dose. Olanzapine
was taken for 5 weeks only. The step therapy criteria RX-ATY-3 are not met.
Reviewer: Dr. Pauline Treadwell, MD, family medicine.
Your right to a State Fair Hearing: you may ask for a State Fair Hearing no later than 120 calendar days from the
date of this notice. Write to the State Medicaid Appeals and Hearings Office, PO Box 9100, Columbia, SC 29202.
''',
    "clinical/cmhc-psychiatry-note-2026-09-08.txt": '''
TRI-COUNTY MENTAL HEALTH CENTER (FICTIONAL) - PSYCHIATRY MEDICATION VISIT          Date: 09/08/2026
Patient: Yolanda Pinckney-Shaw   DOB 04/27/1982   Page 1 of 1   Psychiatrist: Marcus Okafor-Bright, MD (since 08/2021)
Diagnosis: bipolar I disorder, current episode depressed, severe, without psychotic features (F31.4). Current
episode since 06/2026. MADRS 31.
Medicines: lithium carbonate 900 mg daily since 09/2021 (level 0.8), no mania since, partial effect on depression,
continued. Quetiapine 25 mg at bedtime since 03/2026 for sleep only.
Past trials: quetiapine 300 mg daily 02/2023-04/2023, 10 weeks, no response, stopped - paid by her former Medicaid
plan (Sea Island Family Health, through 12/2024). Olanzapine 10 mg daily 05/2025-06/2025, stopped after 5 weeks for
9 kg weight gain and A1c 6.1% (intolerance).
Earlier history: sertraline 100 mg in 2018 (then diagnosed unipolar) - improved, then switched into hypomania;
stopped 2018.
Plan: lurasidone 40 mg with evening meal, then 60 mg; continue lithium; metabolic labs at 12 weeks. Request
authorization.
''',
    "clinical/cmhc-psychiatry-note-2026-11-18.txt": '''
TRI-COUNTY MENTAL HEALTH CENTER (FICTIONAL) - PSYCHIATRY MEDICATION VISIT          Date: 11/18/2026
Patient: Yolanda Pinckney-Shaw   DOB 04/27/1982   Page 1 of 1
MADRS 29. Sleeping 3-4 hours. Missed 9 days of work in October 2026 (warehouse job). Passive thoughts that
"everyone would be better off"; no plan, no intent; safety plan reviewed.
Lurasidone not started: denied by the plan, appeal upheld 10/30/2026. Lithium continued.
''',
    "other/rx-aty-3-criteria-2025.txt": '''
LOWCOUNTRY HEALTH CONNECT (FICTIONAL) - PHARMACY CRITERIA RX-ATY-3, revised 01/2025       Page 1 of 2
Atypical antipsychotics: lurasidone
Lurasidone is approved when the member has had an adequate trial (at least 6 weeks at a therapeutic dose) of
quetiapine and of olanzapine, or could not tolerate them.
''',
    "other/state-pdl-2026-07-01-antipsychotics-excerpt.txt": '''
STATE MEDICAID PREFERRED DRUG LIST (FICTIONAL EXCERPT) - EFFECTIVE 07/01/2026     Page 1 of 1
Class: Antipsychotics, atypical (oral)
  aripiprazole tablets               PREFERRED
  lurasidone (generic) tablets - PREFERRED - no prior authorization
  olanzapine tablets                 PREFERRED
  quetiapine tablets                 PREFERRED
  Latuda (brand)                     NON-PREFERRED - prior authorization
All Medicaid managed care plans must follow this list from its effective date.
''',
    "other/state-pdl-2025-01-01-antipsychotics-excerpt.txt": '''
STATE MEDICAID PREFERRED DRUG LIST (FICTIONAL EXCERPT) - EFFECTIVE 01/01/2025     Page 1 of 1
Class: Antipsychotics, atypical (oral)
  lurasidone tablets                 NON-PREFERRED - step therapy (two preferred agents)
[Superseded by the list effective 07/01/2026.]
''',
    "other/member-handbook-2026-section-8-excerpt.txt": '''
LOWCOUNTRY HEALTH CONNECT (FICTIONAL) - 2026 MEMBER HANDBOOK (excerpt)           Page 44 of 120
Section 8.2 Your prescription drugs
We use the state's Preferred Drug List. If our drug rules and the state's Preferred Drug List differ, the state's
list governs.
''',
    "other/authorized-representative-form-2026-11-20.txt": '''
LOWCOUNTRY HEALTH CONNECT (FICTIONAL) - AUTHORIZED REPRESENTATIVE FORM            Signed 11/20/2026
Member: Yolanda Pinckney-Shaw   Member ID FICT-LHC-551902846
I name Denise Holloway-Grant, my case manager at Tri-County Mental Health Center, to act for me in my appeal and
State Fair Hearing about lurasidone.
Signed: Yolanda Pinckney-Shaw
''',
}

TRUTH = r'''
# 04 - Medicaid managed care: lurasidone held to 2025 step criteria after the state listed it as preferred; state fair hearing asked by the case manager (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Yolanda Pinckney-Shaw, 44 (DOB 04/27/1982), Medicaid managed care (Lowcountry Health Connect), South Carolina;
  bipolar I disorder, current episode depressed, severe (F31.4), episode since 06/2026; **MADRS 29 on 11/18/2026**,
  passive thoughts, no plan or intent.
- Lurasidone 60 mg was denied on **09/14/2026** under the plan's **RX-ATY-3 (revised 01/2025)**, and the plan appeal
  was upheld on **10/30/2026** ("quetiapine 25 mg only ... olanzapine 5 weeks only").
- The **state Preferred Drug List effective 07/01/2026** lists generic lurasidone as **PREFERRED, no prior
  authorization**; the **plan's 2026 Member Handbook, Section 8.2**: the state's list governs where the plan's drug
  rules differ. The 2025 list (non-preferred, step) was superseded on 07/01/2026; the request (09/11/2026) came after.
- Even under RX-ATY-3: quetiapine **300 mg for 10 weeks in 2023**, no response (paid by her former Medicaid plan,
  so absent from this plan's claims), and olanzapine stopped after 5 weeks for **weight gain and A1c 6.1%** - an
  intolerance, which RX-ATY-3 accepts ("or could not tolerate them").
- **Rule and stage:** state fair hearing within **120 calendar days of the notice of resolution (42 CFR
  438.408(f)(2)): by 02/27/2027**. No continuation of benefits question (a new drug, `action: none`). Medicaid
  managed care must cover what the state plan covers no less than fee-for-service (438.210(a)(2)).
- **Author:** her community case manager, authorized representative (signed form 11/20/2026); writes about
  "Ms. Pinckney-Shaw".

## Deliberately unknown
- Why the plan still applied the 2025 criteria: not known; a letter may ask.
- The hearing office's scheduling: not in the case.
- Whether brand Latuda would be dispensed: the request is for generic lurasidone; the brand stays non-preferred.

## Traps
- **Plan document and date, not medicine.** The winning point is the PDL in force on the request date and the
  plan's own handbook clause that the state list governs; the trials are the fallback.
- **Stale document:** the 2025 PDL page (lurasidone non-preferred, step) was superseded 07/01/2026.
- **Sleep dose:** quetiapine 25 mg at bedtime is not a trial; the 2023 300 mg course is.
- **Intolerance, not an adequate trial:** olanzapine 5 weeks, stopped for metabolic effects.
- **Drug still taken:** lithium continues (partial effect); never "failed" or "stopped". Lithium is a mood
  stabilizer, not an antidepressant.
- **Earlier episode:** sertraline 2018 (improved, then hypomania) is neither a failure nor a bipolar-depression trial.
- **Brand vs generic:** the PDL's "Latuda (brand) NON-PREFERRED" line is not the drug asked for.
- **Decision's statements:** both are true as far as they go and leave out the 2023 trial and the intolerance.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no external review, no "name and qualifications" duty, no 438.420
  continuation, no Part D rules; no "90 to 120 days".
- **Voice:** the case manager writes about her; never "I" as the patient, never a physician's voice.

## Arguments a strong letter makes (strongest first)
1. On the request date (09/11/2026) the state PDL in force (from 07/01/2026) listed generic lurasidone as preferred
   with no prior authorization; the plan's own Member Handbook 8.2 says the state's list governs over the plan's
   drug rules. RX-ATY-3 (2025) cannot be applied to it: order the plan to cover lurasidone.
2. In the alternative, RX-ATY-3 is met: quetiapine 300 mg for 10 weeks in 2023, no response (a former plan paid
   it), and olanzapine not tolerated (weight gain 9 kg, A1c 6.1%).
3. Harm of delay: MADRS 29, passive thoughts, 9 days of work missed in October.

## What a letter must NOT say
- "quetiapine 25 mg trial"; "failed lithium", "stopped lithium"; "failed olanzapine" as an adequate trial;
  "failed sertraline".
- "Latuda" as the drug requested; "non-preferred" for generic lurasidone in 2026.
- "ERISA", "45 CFR 147.136", "external review", "independent review organization", "438.420", "423.578",
  "between 90 and 120 days"; "name and qualifications" as a duty.
- "active suicidal ideation", "plan or intent"; "suicide attempt".
'''

ANSWERS = [
    ("PDL entry", "lurasidone (generic) tablets - PREFERRED - no prior authorization", "other/state-pdl-2026-07-01-antipsychotics-excerpt.txt"),
    ("PDL date", "EFFECTIVE 07/01/2026", "other/state-pdl-2026-07-01-antipsychotics-excerpt.txt"),
    ("handbook clause", "the state's list governs", "other/member-handbook-2026-section-8-excerpt.txt"),
    ("criteria applied", "RX-ATY-3, revised 01/2025", "other/rx-aty-3-criteria-2025.txt"),
    ("intolerance accepted", "or could not tolerate them", "other/rx-aty-3-criteria-2025.txt"),
    ("resolution words", "Pharmacy claims show quetiapine 25 mg only, below a therapeutic dose.", "denial/notice-of-appeal-resolution-2026-10-30.txt"),
    ("hearing window", "no later than 120 calendar days from the date of this notice", "denial/notice-of-appeal-resolution-2026-10-30.txt"),
    ("deadline", "by 02/27/2027", "truth"),
    ("2023 trial", "quetiapine 300 mg daily 02/2023-04/2023, 10 weeks, no response", "clinical/cmhc-psychiatry-note-2026-09-08.txt"),
    ("paid elsewhere", "paid by her former Medicaid plan", "clinical/cmhc-psychiatry-note-2026-09-08.txt"),
    ("intolerance", "9 kg weight gain and A1c 6.1% (intolerance)", "clinical/cmhc-psychiatry-note-2026-09-08.txt"),
    ("sleep dose", "Quetiapine 25 mg at bedtime since 03/2026 for sleep only", "clinical/cmhc-psychiatry-note-2026-09-08.txt"),
    ("still taken", "lithium carbonate 900 mg daily since 09/2021", "clinical/cmhc-psychiatry-note-2026-09-08.txt"),
    ("severity", "MADRS 29", "clinical/cmhc-psychiatry-note-2026-11-18.txt"),
    ("stale list", "Superseded by the list effective 07/01/2026", "other/state-pdl-2025-01-01-antipsychotics-excerpt.txt"),
    ("author", "I name Denise Holloway-Grant, my case manager", "other/authorized-representative-form-2026-11-20.txt"),
]
