"""Set 35, case 04 (FICTIONAL): FEHB, Spravato step therapy; the brochure's lookback counts from the day coverage began; OPM review."""

SLUG = "04-fehb-spravato-step-therapy-lookback-from-coverage-start-prior-plan-doses-opm-review-husband"

CASE_YAML = """
# FICTIONAL CASE (set 35, case 04) - every person, plan, provider, number and address is invented.
# FEHB (FICTIONAL carrier), Oklahoma. Margit Solberg, 41, a new federal employee whose FEHB coverage began
# 07/19/2026, was on weekly Spravato under her former employer's plan (last dose 07/10/2026). The carrier applied
# step therapy ST-ESK-3 to her request of 08/24/2026 (denied 09/02/2026) and affirmed on 10/27/2026, counting 120 days
# back from the request in its own records. Its 2026 brochure exempts a drug paid under any prior plan within the 120
# days before coverage with the Plan began. Her husband, authorized in writing, asks OPM to review.
patient:
  name: Margit Solberg
  salutation: Ms. Solberg
  date_of_birth: 1985-03-29
  member_id: FICT-BJF-R61407723
  address: |-
    3307 NW 58th Street
    Oklahoma City, OK 73112
  phone: (405) 555-0137
insurer:
  name: Blue Juniper Federal Health Plan (FICTIONAL), an FEHB carrier
  appeals_address: |-
    Blue Juniper Federal Health Plan - Disputed Claims (FICTIONAL)
    PO Box 66120
    Tulsa, OK 74101
  fax: (918) 555-0152
claim:
  number: BJF-RX-26-0824-61170
  plan_type: fehb
  notice_date: 2026-09-02
  diagnosis_codes: [F33.2]
  procedure_codes: [J0013]
  denial_reason: >-
    Step therapy ST-ESK-3 is not met: the member must first try two oral antidepressants of different classes and
    one augmentation agent, each for at least 6 weeks, paid under this Plan. No claims for these drugs or for
    esketamine are on file with this Plan.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
plan_policy:
  name: Blue Juniper Federal Health Plan 2026 brochure, Section 5(f), step therapy criteria ST-ESK-3
  number: ST-ESK-3
  quote: >-
    Esketamine nasal spray (Spravato) requires step therapy: a trial of two oral antidepressants of different classes
    and one augmentation agent, each for at least 6 weeks, before esketamine is covered. Step therapy does not apply
    if the drug requested was paid under any prior health plan within the 120 days before your coverage with us
    began; send us the prior plan's explanation of benefits or pharmacy record.
  file: other/fehb-brochure-2026-section-5f-excerpt.txt
  step_lookback_days: 120
  step_lookback_from:
    date: 2026-07-19
    what: the date her coverage with the Plan began
    file: other/fehb-enrollment-confirmation-2026-07-14.txt
payer_criteria:
  - criterion: "ST-ESK-3, exemption: step therapy does not apply if the drug requested was paid under any prior health plan within the 120 days before your coverage with us began."
    how_met: >-
      Her prior plan paid Spravato on 06/26/2026, 07/03/2026 and 07/10/2026; her coverage with the Plan began
      07/19/2026, and 120 days before it is 03/21/2026.
    met: true
    evidence:
      - {file: other/prior-plan-eob-2026-07-24.txt, page: 1}
      - {file: other/fehb-enrollment-confirmation-2026-07-14.txt, page: 1}
  - criterion: "ST-ESK-3, step 1: two oral antidepressants of different classes, each for at least 6 weeks."
    how_met: >-
      Fluoxetine 40 mg for 12 weeks with no response, and vortioxetine 20 mg since 10/2025 with a partial response,
      continued (both paid by her former plan).
    met: true
    evidence: {file: clinical/spravato-treatment-summary-2026-07-10.txt, page: 1}
  - criterion: "ST-ESK-3, step 2: one augmentation agent for at least 6 weeks."
    how_met: Aripiprazole 2 mg was stopped after 3 weeks for akathisia; the step is not met in 6 weeks.
    met: false
    evidence: {file: clinical/spravato-treatment-summary-2026-07-10.txt, page: 1}
decisions:
  - date: 2026-10-27
    outcome: denied
    stage: carrier reconsideration
    opens: OPM review
    next_deadline: 2027-01-25
    reason: >-
      We affirm our decision. No claim for esketamine appears in our records in the 120 days before the request of
      08/24/2026, so the member is a new start and step therapy ST-ESK-3 applies.
    corrections:
      - said: No claim for esketamine appears in our records in the 120 days before the request of 08/24/2026
        record: >-
          The Plan's records begin with her coverage on 07/19/2026; its brochure counts the 120 days back from the day
          coverage with the Plan began, and her prior plan paid esketamine doses on 06/26/2026, 07/03/2026 and
          07/10/2026, all within the 120 days before 07/19/2026.
        file: other/prior-plan-eob-2026-07-24.txt
        page: 1
        leaves_out: true
external_review:
  agency: U.S. Office of Personnel Management, Federal Employee Insurance Operations (FICTIONAL address for this test set)
  address: |-
    OPM Federal Employee Insurance Operations - Health Insurance Review Group 4 (FICTIONAL address)
    PO Box 70310
    Washington, DC 20024
  final_denial_date: 2026-10-27
treatment:
  name: Esketamine nasal spray (Spravato), 84 mg, resumed weekly
  summary: >-
    Spravato that she was already taking weekly, with a response, until her coverage changed; her former plan paid
    doses within the 120 days before her coverage with this Plan began.
  plan: >-
    Restart at 84 mg twice weekly for 2 weeks, then 84 mg weekly, with vortioxetine continuing; MADRS every 4 weeks;
    reassess at 12 weeks.
  alongside: vortioxetine 20 mg daily
  setting: Prairie Lantern Psychiatry, a treatment center certified under the Spravato REMS
  monitoring: Blood pressure before the dose and at 40 minutes and 2 hours; sedation and dissociation checks for 2 hours
  earlier_doses:
    - date: 2026-06-26
      dose: 84 mg
      paid_by_plan: false
      file: other/prior-plan-eob-2026-07-24.txt
    - date: 2026-07-03
      dose: 84 mg
      paid_by_plan: false
      file: other/prior-plan-eob-2026-07-24.txt
    - date: 2026-07-10
      dose: 84 mg
      paid_by_plan: false
      file: other/prior-plan-eob-2026-07-24.txt
clinical:
  severity: MADRS 31 on 11/02/2026
  severity_date: 2026-11-02
  suicidality: passive
  suicidality_date: 2026-11-02
  response: >-
    MADRS 36 before induction (03/02/2026) to 14 at the last dose (07/10/2026); MADRS 31 on 11/02/2026 after 16 weeks
    without a dose
  response_level: response
  episode_onset: 2025-05
  treating_since: 2025-06
  exclusions: No aneurysmal vascular disease, arteriovenous malformation or intracerebral hemorrhage; no psychosis.
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2025-06
      end: 2025-09
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks; stopped
      paid_outside: another plan
      evidence: {file: clinical/spravato-treatment-summary-2026-07-10.txt, page: 1}
    - drug: Vortioxetine
      dose: 20 mg daily
      start: 2025-10
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continues, with Spravato
      paid_outside: another plan
      evidence: {file: clinical/spravato-treatment-summary-2026-07-10.txt, page: 1}
    - drug: Aripiprazole
      dose: 2 mg daily (added to vortioxetine)
      start: 2025-12
      end: 2026-01
      weeks: 3
      kind: augmentation
      adequate: false
      failed: false
      outcome: Stopped after 3 weeks for akathisia (intolerance)
      paid_outside: another plan
      evidence: {file: clinical/spravato-treatment-summary-2026-07-10.txt, page: 1}
    - drug: Trazodone
      dose: 25 mg at bedtime for sleep
      start: 2025-08
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/spravato-treatment-summary-2026-07-10.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg daily
      start: 2014-02
      end: 2015-04
      kind: antidepressant
      response: remission
      failed: false
      outcome: Earlier episode (2014) - remission; tapered while well
      evidence: {file: clinical/spravato-treatment-summary-2026-07-10.txt, page: 1}
impact:
  relapse: Without a dose since 07/10/2026, her MADRS rose from 14 to 31 by 11/02/2026.
  work: She began her federal job on 07/13/2026 and has used 9 days of sick leave since October.
author:
  name: Anders Solberg
  role: husband, authorized representative
  relation: representative
  authorization: other/authorization-to-represent-2026-11-05.txt
  address: |-
    3307 NW 58th Street
    Oklahoma City, OK 73112
  phone: (405) 555-0138
  email: anders.solberg@mailbox.example
provider:
  name: Renata Halvorsen-Mbeki, MD
  credentials: MD, psychiatrist
  npi: "1630572182"
  address: |-
    Prairie Lantern Psychiatry (FICTIONAL), 5600 N May Avenue, Suite 210
    Oklahoma City, OK 73112
  phone: (405) 555-0165
template: external-review-request
copies: [prescriber]
record_dates:
  - file: clinical/spravato-treatment-summary-2026-07-10.txt
    date: 2026-07-10
  - file: clinical/psychiatric-follow-up-2026-11-02.txt
    date: 2026-11-02
bates_prefix: SOLBERG
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
"denial/step-therapy-denial-2026-09-02.txt": """
BLUE JUNIPER FEDERAL HEALTH PLAN (FICTIONAL) - FEHB - NOTICE OF DENIAL                             Date: 09/02/2026
Enrollee: Margit Solberg   DOB 03/29/1985   Member ID FICT-BJF-R61407723
Request BJF-RX-26-0824-61170, received 08/24/2026: esketamine nasal spray (Spravato) 84 mg weekly, from Renata
Halvorsen-Mbeki, MD
Decision: denied. Step therapy ST-ESK-3 is not met: the member must first try two oral antidepressants of different
classes and one augmentation agent, each for at least 6 weeks, paid under this Plan. No claims for these drugs or for
esketamine are on file with this Plan.
You may ask us to reconsider within 6 months of the date of this notice (brochure Section 8).
""",
"denial/reconsideration-decision-2026-10-27.txt": """
BLUE JUNIPER FEDERAL HEALTH PLAN (FICTIONAL) - FEHB - RECONSIDERATION DECISION                     Date: 10/27/2026
Enrollee: Margit Solberg   Member ID FICT-BJF-R61407723   Request BJF-RX-26-0824-61170
We affirm our decision. No claim for esketamine appears in our records in the 120 days before the request of
08/24/2026, so the member is a new start and step therapy ST-ESK-3 applies.
If you disagree, you may ask the U.S. Office of Personnel Management to review our decision within 90 days of the
date of this decision (by 01/25/2027). Write to OPM Federal Employee Insurance Operations, Health Insurance Review
Group 4, PO Box 70310, Washington, DC 20024 (FICTIONAL address for this test set).
""",
"other/fehb-brochure-2026-section-5f-excerpt.txt": """
BLUE JUNIPER FEDERAL HEALTH PLAN (FICTIONAL) - 2026 FEHB BROCHURE (excerpt)                        Page 77 of 140
Section 5(f) Prescription drug benefits - Step therapy
ST-ESK-3. Esketamine nasal spray (Spravato) requires step therapy: a trial of two oral antidepressants of different
classes and one augmentation agent, each for at least 6 weeks, before esketamine is covered. Step therapy does not
apply if the drug requested was paid under any prior health plan within the 120 days before your coverage with us
began; send us the prior plan's explanation of benefits or pharmacy record.
""",
"other/fehb-brochure-2025-section-5f-stale.txt": """
BLUE JUNIPER FEDERAL HEALTH PLAN (FICTIONAL) - 2025 FEHB BROCHURE (excerpt)                        Page 74 of 136
Section 5(f) Step therapy. ST-ESK-3 (2025): ... Step therapy does not apply if the drug requested was paid under this
Plan within the 60 days before the request.
[The 2025 brochure governed the 2025 plan year only; the enrollee was not covered by this Plan in 2025.]
""",
"other/fehb-enrollment-confirmation-2026-07-14.txt": """
FEDERAL EMPLOYEES HEALTH BENEFITS - ENROLLMENT CONFIRMATION (agency payroll office, FICTIONAL copy)   Date: 07/14/2026
Page 1 of 1
Employee: Margit Solberg   Appointment date: 07/13/2026
Plan: Blue Juniper Federal Health Plan (FICTIONAL), Self Plus One (spouse Anders Solberg)
Coverage effective: 07/19/2026 (first day of the first pay period after the election)
""",
"other/prior-plan-eob-2026-07-24.txt": """
RED RIVER RETAIL EMPLOYEES HEALTH PLAN (FICTIONAL) - EXPLANATION OF BENEFITS                       Date: 07/24/2026
Page 1 of 1
Subscriber: Margit Solberg   Coverage ended 07/18/2026 (end of employment)
Patient: Margit Solberg   Provider: Prairie Lantern Psychiatry
  06/26/2026  esketamine nasal spray 84 mg (J0013 x84) with 2-hour monitoring   Plan paid
  07/03/2026  esketamine nasal spray 84 mg (J0013 x84) with 2-hour monitoring   Plan paid
  07/10/2026  esketamine nasal spray 84 mg (J0013 x84) with 2-hour monitoring   Plan paid
Patient: Lena Solberg (dependent)   Provider: Northside Pediatrics   07/08/2026  well-child visit   Plan paid
""",
"other/authorization-to-represent-2026-11-05.txt": """
AUTHORIZATION TO REPRESENT (FICTIONAL)                                                                Date: 11/05/2026
Page 1 of 1
I, Margit Solberg, FEHB enrollee (Member ID FICT-BJF-R61407723), authorize my husband, Anders Solberg, to ask OPM to
review Blue Juniper Federal Health Plan's decision of 10/27/2026 on my behalf and to receive my health information for
that purpose.   Signed: Margit Solberg 11/05/2026
""",
"clinical/spravato-treatment-summary-2026-07-10.txt": """
PRAIRIE LANTERN PSYCHIATRY (FICTIONAL) - SPRAVATO TREATMENT SUMMARY                                 Date: 07/10/2026
Patient: Margit Solberg   DOB 03/29/1985   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2); episode since 05/2025.
Before Spravato: fluoxetine 40 mg 06/2025-09/2025, 12 weeks, no response; vortioxetine 20 mg daily since 10/2025,
partial response, continues; aripiprazole 2 mg added 12/2025, stopped after 3 weeks for akathisia; trazodone 25 mg at
bedtime for sleep. Earlier episode 2014: sertraline 100 mg, remission.
Spravato: induction from 03/02/2026 (MADRS 36), weekly 84 mg from 04/2026; MADRS 14 on 07/10/2026, the last dose
before her insurance changes. Paid by Red River Retail Employees Health Plan.
""",
"clinical/psychiatric-follow-up-2026-11-02.txt": """
PRAIRIE LANTERN PSYCHIATRY (FICTIONAL) - FOLLOW-UP                                                  Date: 11/02/2026
Patient: Margit Solberg   DOB 03/29/1985   Page 1 of 1
No Spravato since 07/10/2026 (new plan denied it). MADRS 31. Passive wish not to wake up, no plan or intent; safety
plan reviewed with her and her husband. Vortioxetine 20 mg daily continues, partial response.
Plan: resume Spravato 84 mg twice weekly for 2 weeks, then weekly, as soon as it is covered.
""",
}

TRUTH = """
# 04 - FEHB: Spravato put behind step therapy although the brochure's 120-day lookback, counted from the day coverage began, reaches the prior plan's doses; OPM review asked by the husband (FICTIONAL)

All people, plans, providers, numbers, OPM office addresses and addresses are invented (FICTIONAL).

## What is true
- Margit Solberg, 41 (DOB 03/29/1985), a new federal employee (appointed 07/13/2026), enrolled in **Blue Juniper
  Federal Health Plan** (FEHB), Self Plus One, **coverage effective 07/19/2026**.
- Under her former employer's plan (Red River Retail Employees Health Plan, ended 07/18/2026) she had Spravato from
  03/02/2026, weekly 84 mg from 04/2026: **MADRS 36 -> 14**. That plan paid doses on **06/26, 07/03 and 07/10/2026**.
- Request of **08/24/2026** denied **09/02/2026** under **ST-ESK-3** (two oral antidepressants of different classes and an
  augmentation agent "paid under this Plan"); reconsideration of **10/27/2026** affirmed: no esketamine claim "in our
  records in the 120 days before the request", so "a new start".
- The **2026 brochure, Section 5(f)**: step therapy "does not apply if the drug requested was paid under any prior health
  plan within the 120 days before your coverage with us began". 120 days before 07/19/2026 is 03/21/2026; all three
  paid doses fall inside. The carrier counted from the wrong day and looked only at its own records.
- **Rule and stage:** FEHB disputed claims, 5 CFR 890.105: OPM review within **90 days** of the carrier's reconsideration
  decision: **by 01/25/2027**. OPM decides on the brochure's terms.
- Since 07/10/2026 no dose; **MADRS 31 on 11/02/2026** with **passive** ideation (no plan or intent). Vortioxetine
  continues.
- **Author:** her husband, authorized in writing (11/05/2026); he writes about "Ms. Solberg". She is the enrollee.

{ANSWERS}

## Deliberately unknown
- Whether she meets ST-ESK-3's steps if they applied: fluoxetine (failed) and vortioxetine (partial, continuing) are
  two classes; aripiprazole lasted 3 weeks (intolerance), so the augmentation step is not met in 6 weeks. A letter
  must not say every step is met; it may ask for an exception for the intolerance.
- Whether the carrier received the prior plan's EOB before 10/27/2026: not known.
- OPM's decision time: not in the case.

## Traps
- **Plan document and date, not medicine.** The first point is the lookback counted from 07/19/2026, not whether the
  steps are met.
- **A decision's words true as far as they go:** "No claim for esketamine appears in our records" is true of this
  Plan's records; the record shows what it leaves out (the prior plan's payments). A letter says so, never that the
  carrier's records show a claim.
- **Stale document:** the 2025 brochure's 60-day rule ("paid under this Plan ... before the request") governed 2025
  only.
- **Other person on a document:** the prior plan's EOB line for Lena Solberg (a well-child visit) is not the patient.
- **Suicidality:** passive, 11/02/2026 - not active, not the Spravato suicidal-ideation indication.
- **Drugs:** vortioxetine continues (partial; never "failed"/"stopped"); trazodone 25 mg is a sleep dose; aripiprazole 3
  weeks is an intolerance; sertraline 2014 was an **earlier episode's remission**. Trials paid by the former plan are
  trials all the same.
- **Wrong law:** FEHB is not ERISA, not 45 CFR 147.136 (no external review: OPM reviews), not MHPAEA as law, no state
  insurance department.
- **Voice:** the husband writes; never "I" as the patient; "my wife" is fine.

## Arguments a strong letter makes (strongest first)
1. Under the 2026 brochure's own terms step therapy does not apply: Spravato was paid by her prior plan on
   06/26, 07/03 and 07/10/2026, within the 120 days before her coverage with the Plan began on 07/19/2026 (prior plan's
   EOB; enrollment confirmation). She is not a new start; OPM should direct the carrier to cover it.
2. The reconsideration counted 120 days back from the request and only in its own records; the brochure counts from
   the day coverage began and names "any prior health plan".
3. Harm from the interruption: MADRS 14 -> 31 after 16 weeks without a dose, with passive ideation; restart promptly.
4. Fallback only: the trials she had (paid by the former plan) and the aripiprazole intolerance, for an exception.

## What a letter must NOT say
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "MHPAEA" as law, "state insurance department".
- "she has met every step of ST-ESK-3"; "three adequate trials"; aripiprazole as an adequate trial.
- "failed vortioxetine", "stopped vortioxetine"; trazodone or sertraline (2014) as failed trials.
- "active suicidal ideation"; "approved for suicidal ideation".
- "Lena"; "well-child".
- "60 days" as the lookback; "the Plan's records show Spravato claims".
"""

ANSWERS = [
    ("plan type", "plan_type: fehb", "case.yaml"),
    ("date of the first denial", "Date: 09/02/2026", "denial/step-therapy-denial-2026-09-02.txt"),
    ("date of the request", "received 08/24/2026", "denial/step-therapy-denial-2026-09-02.txt"),
    ("step rule", "ST-ESK-3", "other/fehb-brochure-2026-section-5f-excerpt.txt"),
    ("the brochure's lookback", "within the 120 days before your coverage with us began", "other/fehb-brochure-2026-section-5f-excerpt.txt"),
    ("coverage began", "Coverage effective: 07/19/2026", "other/fehb-enrollment-confirmation-2026-07-14.txt"),
    ("prior plan", "RED RIVER RETAIL EMPLOYEES HEALTH PLAN", "other/prior-plan-eob-2026-07-24.txt"),
    ("last dose the prior plan paid", "07/10/2026  esketamine nasal spray 84 mg", "other/prior-plan-eob-2026-07-24.txt"),
    ("date of the reconsideration decision", "Date: 10/27/2026", "denial/reconsideration-decision-2026-10-27.txt"),
    ("OPM deadline", "within 90 days of the date of this decision (by 01/25/2027)", "denial/reconsideration-decision-2026-10-27.txt"),
    ("MADRS before induction", "MADRS 36", "clinical/spravato-treatment-summary-2026-07-10.txt"),
    ("MADRS at the last dose", "MADRS 14 on 07/10/2026", "clinical/spravato-treatment-summary-2026-07-10.txt"),
    ("MADRS now", "MADRS 31", "clinical/psychiatric-follow-up-2026-11-02.txt"),
    ("oral antidepressant continuing", "vortioxetine 20 mg daily since 10/2025, partial response, continues", "clinical/spravato-treatment-summary-2026-07-10.txt"),
    ("why aripiprazole stopped", "stopped after 3 weeks for akathisia", "clinical/spravato-treatment-summary-2026-07-10.txt"),
    ("author", "relation: representative", "case.yaml"),
]
