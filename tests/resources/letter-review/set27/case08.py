"""Set 27, case 08 (FICTIONAL): Medicaid fee-for-service, member aged 16, PDL step therapy for fluvoxamine ER; fair hearing asked by the mother."""
SLUG = "08-medicaid-ffs-age-16-pdl-step-therapy-fluvoxamine-ocd-intolerance-clause-fair-hearing-mother"

CASE_YAML = r'''
# FICTIONAL CASE (set 27, case 08) - every person, plan, provider, number and address is invented.
# Medicaid fee-for-service pharmacy benefit, Montana. Amara, 16, has severe OCD (CY-BOCS 28). Sertraline, titrated to
# 200 mg, gave little benefit over 13 weeks; fluoxetine was stopped after 3 weeks for activation (agitation, insomnia).
# Her psychiatrist asked for fluvoxamine ER (non-preferred); the state's pharmacy prior-authorization unit denied it
# (10/30/2026): "two preferred SSRIs for 8 weeks each required; sertraline 100 mg for 6 weeks; fluoxetine 3 weeks". The
# PDL's own criteria count a documented intolerance as a trial, and EPSDT covers her. Her mother asks the state for a
# fair hearing (notice: 90 days, by 01/28/2027).
patient:
  name: Amara Delgado-Stone
  salutation: Amara
  date_of_birth: 2010-03-11
  member_id: FICT-MTM-0048812736
  address: |-
    1207 Ninth Avenue North
    Great Falls, MT 59401
  phone: (406) 555-0118
insurer:
  name: Montana Medicaid fee-for-service pharmacy program, Pharmacy Prior Authorization Unit (FICTIONAL)
  appeals_address: |-
    Pharmacy Prior Authorization Unit (address FICTIONAL)
    PO Box 8210
    Helena, MT 59604
  fax: (406) 555-0161
claim:
  number: RXPA-26-1030-20488
  plan_type: medicaid
  delivery: fee_for_service
  notice_date: 2026-10-30
  appeal_deadline: 2027-01-28
  deadline_basis: >-
    Notice of 10/30/2026: "You may ask for a fair hearing within 90 days of the date of this notice."
  diagnosis_codes: [F42.2]
  action: none
  denial_reason: >-
    Prior authorization for fluvoxamine ER 100 mg capsules is denied. Preferred Drug List criteria for a non-preferred
    SSRI require trials of two preferred SSRIs of at least 8 weeks each. Claims history shows sertraline 100 mg daily
    for 6 weeks and fluoxetine for 3 weeks. Criteria not met.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  corrections:
    - said: "Claims history shows sertraline 100 mg daily for 6 weeks"
      record: >-
        Sertraline was raised from 100 mg to 200 mg daily on November 17, 2025 and taken from October 6, 2025 to January
        5, 2026 (13 weeks, 7 of them at 200 mg), with CY-BOCS 30 before and 27 after; the 200 mg fills appear later in
        the same claims history
      file: clinical/psychiatrist-pa-letter-2026-10-22.txt
      page: 1
plan_policy:
  name: Montana Medicaid Preferred Drug List (2026), Antidepressants - SSRIs, non-preferred agent criteria
  quote: >-
    Non-preferred SSRIs (including fluvoxamine, immediate or extended release) are approved when: 1. the member has had
    a trial of a preferred SSRI (fluoxetine, sertraline, citalopram, escitalopram) for at least 8 weeks at an adequate
    dose; and 2. a trial of a second preferred SSRI for at least 8 weeks at an adequate dose, unless criterion 3 applies.
    3. A documented intolerance or adverse reaction to a preferred agent that led to its stop counts as a trial of that
    agent.
  file: other/pdl-2026-ssri-criteria-excerpt.txt
payer_criteria:
  - criterion: "1. A trial of a preferred SSRI for at least 8 weeks at an adequate dose"
    how_met: Sertraline 10/06/2025-01/05/2026, 13 weeks, 200 mg daily from 11/17/2025 (7 weeks at 200 mg); CY-BOCS 30 to 27
    met: true
    evidence: {file: clinical/psychiatrist-pa-letter-2026-10-22.txt, page: 1}
  - criterion: "2. A trial of a second preferred SSRI for at least 8 weeks at an adequate dose"
    how_met: Fluoxetine was stopped after 3 weeks for activation, so it was not an 8-week trial; criterion 3 counts the intolerance as the trial
    met: false
    evidence: {file: clinical/psychiatrist-pa-letter-2026-10-22.txt, page: 1}
  - criterion: "3. A documented intolerance to a preferred agent that led to its stop counts as a trial of that agent"
    how_met: Fluoxetine 10 mg raised to 20 mg, 02/02-02/23/2026, stopped for agitation, insomnia and restlessness (documented 02/23/2026)
    met: true
    instead_of: 2
    evidence: {file: clinical/psychiatrist-pa-letter-2026-10-22.txt, page: 1}
treatment:
  name: Fluvoxamine ER 100 mg capsules, titrated to 200 mg at bedtime
  summary: >-
    Fluvoxamine, an SSRI used for obsessive-compulsive disorder, in extended-release form, with weekly exposure and
    response prevention therapy, for severe OCD in a 16-year-old after sertraline gave little benefit and fluoxetine
    could not be tolerated.
  plan: >-
    Fluvoxamine ER 100 mg at bedtime, raised to 200 mg after 2 weeks if tolerated; CY-BOCS every 4 weeks; continue ERP
    weekly; review at 12 weeks.
clinical:
  severity: CY-BOCS 28 on 10/20/2026 (severe); missing school 2 to 3 days a week since September 2026
  severity_date: 2026-10-20
  suicidality: none
  suicidality_date: 2026-10-20
  history:
    - drug: Sertraline
      dose: 100 mg daily, raised to 200 mg daily on 11/17/2025
      start: 2025-10-06
      end: 2026-01-05
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 13
      outcome: CY-BOCS 30 to 27 after 13 weeks (7 at 200 mg); stopped for lack of benefit
      evidence: {file: clinical/psychiatrist-pa-letter-2026-10-22.txt, page: 1}
    - drug: Fluoxetine
      dose: 10 mg daily, raised to 20 mg
      start: 2026-02-02
      end: 2026-02-23
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for activation (agitation, insomnia, restlessness); an intolerance, not an adequate trial
      evidence: {file: clinical/psychiatrist-pa-letter-2026-10-22.txt, page: 1}
    - drug: Exposure and response prevention (ERP) therapy
      start: 2026-03
      ongoing: true
      kind: psychotherapy
      sessions: 30
      outcome: Weekly since 03/2026 (about 30 sessions); continues alongside medication
      evidence: {file: clinical/psychiatrist-pa-letter-2026-10-22.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime
      start: 2026-03
      ongoing: true
      kind: other
      outcome: For sleep; not a trial
      evidence: {file: clinical/psychiatrist-pa-letter-2026-10-22.txt, page: 1}
impact:
  daily_life: Missing school 2 to 3 days a week since September 2026 because of contamination rituals (psychiatrist's letter)
external_review:
  agency: Office of Fair Hearings, Montana Department of Public Health and Human Services (as named in the notice)
  address: |-
    Office of Fair Hearings (address FICTIONAL)
    PO Box 8315
    Helena, MT 59604
author:
  name: Lucia Delgado-Stone
  role: Mother of the patient (parent of a minor)
  relation: parent
  address: |-
    1207 Ninth Avenue North
    Great Falls, MT 59401
  phone: (406) 555-0118
  email: lucia.ds@mail.example
provider:
  name: Tobias Renwick
  credentials: MD
  npi: "1856203942"
  address: |-
    Missouri River Child and Adolescent Psychiatry (FICTIONAL), 415 Central Avenue, Suite 210
    Great Falls, MT 59401
  phone: (406) 555-0132
record_dates:
  - file: clinical/psychiatrist-pa-letter-2026-10-22.txt
    date: 2026-10-22
template: external-review-request
bates_prefix: DELGADOSTONE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/notice-of-action-2026-10-30.txt": """
MONTANA MEDICAID (FICTIONAL REPRODUCTION) - PHARMACY PRIOR AUTHORIZATION UNIT
NOTICE OF ACTION                                              Date of this notice: 10/30/2026
Page 1 of 1

Member: Amara Delgado-Stone   Date of birth: 03/11/2010   Medicaid ID: FICT-MTM-0048812736   Request: RXPA-26-1030-20488
Prescriber: Tobias Renwick, MD     Drug: fluvoxamine ER 100 mg capsules (non-preferred)

Prior authorization for fluvoxamine ER 100 mg capsules is denied. Preferred Drug List criteria for a non-preferred
SSRI require trials of two preferred SSRIs of at least 8 weeks each. Claims history shows sertraline 100 mg daily
for 6 weeks and fluoxetine for 3 weeks. Criteria not met.

YOUR RIGHTS: You may ask for a fair hearing within 90 days of the date of this notice. Write to the Office of Fair
Hearings, PO Box 8315, Helena, MT 59604 (address FICTIONAL), or call (406) 555-0169. You may have someone, such as a
parent, speak for you. Your prescriber may also send a new request with more information.
""",
    "clinical/psychiatrist-pa-letter-2026-10-22.txt": """
MISSOURI RIVER CHILD AND ADOLESCENT PSYCHIATRY (FICTIONAL) - PRIOR AUTHORIZATION LETTER      Date: 10/22/2026
Patient: Amara Delgado-Stone   DOB 03/11/2010   Psychiatrist: Tobias Renwick, MD (treating since 09/2025)
Page 1 of 1

Diagnosis: obsessive-compulsive disorder, mixed obsessional thoughts and acts (F42.2), severe: CY-BOCS 28 on
10/20/2026. Contamination rituals; missing school 2 to 3 days a week since September 2026. No suicidal ideation.

Trials of preferred SSRIs:
- Sertraline from 10/06/2025 at 100 mg daily, raised to 200 mg on 11/17/2025, stopped 01/05/2026: 13 weeks, 7 at
  200 mg. CY-BOCS 30 before, 27 after: little benefit. Stopped for lack of benefit.
- Fluoxetine 10 mg from 02/02/2026, raised to 20 mg on 02/09/2026, stopped 02/23/2026 after 3 weeks because of
  activation: agitation, insomnia and restlessness, documented at the visit of 02/23/2026. Symptoms cleared within a
  week of stopping.
Therapy: exposure and response prevention weekly since 03/2026 (about 30 sessions), continuing.
Sleep: melatonin 3 mg at bedtime.

Request: fluvoxamine ER 100 mg at bedtime, to 200 mg after 2 weeks if tolerated; CY-BOCS every 4 weeks; ERP weekly.
Under PDL criterion 3, the fluoxetine intolerance counts as a trial of fluoxetine.
""",
    "other/pdl-2026-ssri-criteria-excerpt.txt": """
MONTANA MEDICAID PREFERRED DRUG LIST 2026 (FICTIONAL REPRODUCTION) - ANTIDEPRESSANTS, SSRIs (excerpt)
Preferred: fluoxetine, sertraline, citalopram, escitalopram.   Non-preferred: fluvoxamine (IR, ER), paroxetine CR.
Non-preferred SSRIs (including fluvoxamine, immediate or extended release) are approved when: 1. the member has had
a trial of a preferred SSRI (fluoxetine, sertraline, citalopram, escitalopram) for at least 8 weeks at an adequate
dose; and 2. a trial of a second preferred SSRI for at least 8 weeks at an adequate dose, unless criterion 3 applies.
3. A documented intolerance or adverse reaction to a preferred agent that led to its stop counts as a trial of that
agent.
""",
    "other/pdl-2024-printout-kept-by-family.txt": """
MONTANA MEDICAID PREFERRED DRUG LIST 2024 (FICTIONAL REPRODUCTION; old printout kept by the family)
SSRIs - preferred: fluoxetine, sertraline, fluvoxamine IR. (Superseded; the 2026 list makes fluvoxamine non-preferred.)
""",
    "other/pharmacy-claims-history-2026-10.txt": """
MONTANA MEDICAID PHARMACY CLAIMS HISTORY (FICTIONAL REPRODUCTION) - household case 55-20417   Printed 10/29/2026
Amara Delgado-Stone: sertraline 100 mg #30 10/06/2025; sertraline 100 mg #30 11/05/2025; sertraline 100 mg #60
11/17/2025 (2 tablets daily = 200 mg); sertraline 100 mg #60 12/16/2025; fluoxetine 10 mg #30 02/02/2026; fluoxetine
20 mg #30 02/09/2026.
Mateo Delgado-Stone (brother): amoxicillin 500 mg #30 09/14/2026.
""",
}

TRUTH = r'''
# 08 - Medicaid fee-for-service, member aged 16: PDL step therapy for fluvoxamine ER; fair hearing asked by the mother (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL). The state program and hearing office are
reproduced with invented addresses.

## What is true
- Amara Delgado-Stone, **16** (DOB 03/11/2010), Great Falls, MT, is a Medicaid member; the drug benefit is
  **fee-for-service** (the state's pharmacy prior-authorization unit decides).
- Severe OCD (F42.2), **CY-BOCS 28 on 10/20/2026**; missing school 2-3 days a week since 09/2026; **no suicidal
  ideation**. ERP weekly since 03/2026, continuing.
- **Sertraline** 10/06/2025-01/05/2026: **13 weeks, 200 mg from 11/17/2025** (7 weeks at 200 mg); CY-BOCS 30 -> 27:
  an adequate trial with little benefit, stopped. The claims history shows the 200 mg fills (#60 of 100 mg from 11/17).
- **Fluoxetine** 02/02-02/23/2026: stopped after **3 weeks for activation** (agitation, insomnia, restlessness),
  documented 02/23: an **intolerance**, not an adequate trial.
- **PDL 2026**: two preferred SSRIs for 8 weeks each, "**unless criterion 3 applies**"; **criterion 3**: a documented
  intolerance that led to a stop **counts as a trial** of that agent. Sertraline (adequate) + fluoxetine (criterion 3)
  meet the criteria.
- The notice of **10/30/2026** (RXPA-26-1030-20488) misstates sertraline as "100 mg for 6 weeks" and never applies
  criterion 3.
- **EPSDT:** under 21, so Medicaid covers what is necessary to correct or ameliorate her condition (42 USC
  1396d(r)(5)).
- **Stage and rule:** fee-for-service: no plan appeal; the first step is the **state fair hearing** (42 CFR 431.220),
  asked within the notice's **90 days: by 01/28/2027** (431.221(d) sets 90 as the ceiling; the notice gives 90).
- **Author:** Lucia Delgado-Stone, her **mother** (parent of a minor): no authorization form needed.

## Deliberately unknown
- Whether fluvoxamine ER will work: not known; the letter may not promise benefit.
- Whether the state would approve fluvoxamine IR instead: not in the case (both forms are non-preferred).
- Whether a new prescriber request would be decided before the hearing: not in the case.

## Traps
- **Fluoxetine is not an adequate trial**: never "failed fluoxetine after 8 weeks" or "two adequate trials"; the
  honest route is **criterion 3** (intolerance counts as a trial).
- **Sertraline** was 13 weeks with 7 at 200 mg, not "100 mg for 6 weeks": the notice is contradicted by the claims
  history it cites.
- **Stale document:** the family's **2024 PDL printout** lists fluvoxamine IR as preferred: superseded; never argue
  fluvoxamine is preferred now.
- **Other person on a document:** the household claims history lists her **brother Mateo's amoxicillin**.
- **ERP** is psychotherapy, not a drug trial, and it continues: never a "failed trial". **Melatonin** is for sleep.
- **No suicidal ideation**: no harm paragraph about suicide.
- **Fee-for-service:** no managed-care rules (**no 42 CFR 438**, no "plan appeal first", no 120-day hearing after a
  plan's resolution), no continued benefits (a new drug, not a reduction), no "name and qualifications" duty.
- **Wrong law:** no ERISA, no ACA external review, no state insurance department, no private-plan parity or step-therapy
  statutes.
- **Voice:** the mother writes "my daughter" / "Amara"; never the patient's "I".

## Arguments a strong letter makes (strongest first)
1. The state's own **PDL criteria are met**: sertraline was an adequate trial (13 weeks, 7 at 200 mg; CY-BOCS 30 ->
   27), and **criterion 3** counts the **documented fluoxetine intolerance** (stopped 02/23/2026 for activation) as the
   second trial; the notice never applied criterion 3.
2. The notice's fact is wrong: sertraline was **200 mg from 11/17/2025** for 13 weeks in all (the same claims history).
3. **EPSDT** (42 USC 1396d(r)(5)): for a 16-year-old, Medicaid must cover what is necessary to ameliorate severe OCD
   (CY-BOCS 28; missing school).
4. Ask the hearing officer to reverse and order approval of fluvoxamine ER as prescribed; timely by 01/28/2027.

## What a letter must NOT say
- "failed fluoxetine" / "two adequate trials" / "fluoxetine for 8 weeks"; "sertraline 100 mg for 6 weeks" as true.
- "fluvoxamine is a preferred drug"; Mateo's prescription as hers; ERP or melatonin as a failed trial; "suicidal".
- "42 CFR 438", "plan appeal", "120 days", "continued benefits", "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136",
  "external review", "state insurance department", "MHPAEA".
- "I have OCD" (the mother is not the patient).
'''

D = "denial/notice-of-action-2026-10-30.txt"
P = "clinical/psychiatrist-pa-letter-2026-10-22.txt"
ANSWERS = [
    (D, "Claims history shows sertraline 100 mg daily\nfor 6 weeks and fluoxetine for 3 weeks"),
    (D, "within 90 days of the date of this notice"),
    (D, "fluvoxamine ER 100 mg capsules (non-preferred)"),
    (P, "CY-BOCS 28 on\n10/20/2026"),
    (P, "raised to 200 mg on 11/17/2025, stopped 01/05/2026: 13 weeks, 7 at\n  200 mg"),
    (P, "CY-BOCS 30 before, 27 after"),
    (P, "stopped 02/23/2026 after 3 weeks because of\n  activation"),
    (P, "No suicidal ideation"),
    (P, "exposure and response prevention weekly since 03/2026"),
    ("other/pdl-2026-ssri-criteria-excerpt.txt", "unless criterion 3 applies"),
    ("other/pdl-2026-ssri-criteria-excerpt.txt", "counts as a trial of that\nagent"),
    ("other/pdl-2026-ssri-criteria-excerpt.txt", "Non-preferred: fluvoxamine (IR, ER)"),
    ("other/pdl-2024-printout-kept-by-family.txt", "fluvoxamine IR"),
    ("other/pharmacy-claims-history-2026-10.txt", "sertraline 100 mg #60\n11/17/2025 (2 tablets daily = 200 mg)"),
    ("other/pharmacy-claims-history-2026-10.txt", "Mateo Delgado-Stone (brother)"),
    ("truth", "1396d(r)(5)"),
    ("truth", "by 01/28/2027"),
]
