"""FICTIONAL - data for letters review set 41 (issue 18). Every person, plan, provider, number and address is invented.

Each case: slug, yaml (case.yaml text), docs ({relative path: body}; make_set.py adds the FICTIONAL header and
footer), truth (markdown with the five headings) and answers (16 rows: question, answer, where it is printed:
"truth", "case.yaml" or a document path).
"""

CASES: list[dict] = []

# ---------------------------------------------------------------------------------------------------------------
# 01 Medicare Advantage HMO, TX: Spravato renewal denied under step therapy as if a new start
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="01-ma-hmo-spravato-renewal-step-therapy-not-a-new-start-preservice-reconsideration-psychiatrist",
    yaml=r"""
# FICTIONAL CASE (set 41, case 01) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Texas. Gilberto Arrieta-Vance, 70, has had esketamine (Spravato) at his psychiatrist's
# REMS-certified clinic since 04/07/2026, every dose paid by this plan. The renewal request of 10/28/2026 was denied
# on 11/10/2026 under the plan's Part B step therapy program ST-PB-04 as if he were a new start. His treating
# psychiatrist asks for a standard pre-service reconsideration.
patient:
  name: Gilberto Arrieta-Vance
  salutation: Mr. Arrieta-Vance
  date_of_birth: 1956-08-02
  member_id: FICT-BSA-40718826
  address: |-
    1907 Mesquite Hollow Drive
    San Marcos, TX 78666
  phone: (512) 555-0134
insurer:
  name: Bluebonnet Senior Advantage HMO (FICTIONAL)
  appeals_address: |-
    Bluebonnet Senior Advantage - Appeals and Grievances (FICTIONAL)
    PO Box 60418
    Austin, TX 78761
  fax: (512) 555-0171
claim:
  number: BSA-OD-26-1110-3391
  plan_type: medicare_advantage
  notice_date: 2026-11-10
  appeal_deadline: 2027-01-14
  deadline_basis: >-
    Notice of Denial of Medical Coverage of 11/10/2026: "You must ask for an appeal within 65 calendar days from
    the date of this notice."
  procedure_codes: [G2083]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Step therapy not met. Esketamine nasal spray requires trials of two oral antidepressants of different classes,
    each for at least 6 weeks, in the current episode. Records show one (sertraline). This is a new start for
    esketamine. Request denied under Part B Step Therapy Program ST-PB-04.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: This is a new start for esketamine.
      record: >-
        The plan's own explanations of benefits show it paid esketamine (G2083) on 04/07/2026 and on every
        treatment day through 09/29/2026, all within the 365 days before the request of 10/28/2026.
      file: other/plan-eob-summary-esketamine-2026-04-to-09.txt
      page: 1
plan_policy:
  name: Bluebonnet Senior Advantage Part B Step Therapy Program ST-PB-04 (2026)
  number: ST-PB-04
  quote: >-
    Step therapy applies to new starts only. A member is a new start when no paid claim for the requested drug
    appears in the 365 days before the request. For esketamine nasal spray, a new start must first have tried two
    oral antidepressants of different classes, each for at least 6 weeks, in the current episode.
  file: other/part-b-step-therapy-program-st-pb-04-2026.txt
  step_lookback_days: 365
treatment:
  name: Esketamine nasal spray (Spravato) 84 mg, maintenance every week (G2083)
  summary: >-
    Continued esketamine nasal spray, 84 mg once a week, given and observed for two hours at a REMS-certified
    clinic; started 04/07/2026 and paid by the plan since then. The request is to continue it.
  plan: >-
    84 mg once a week through 04/30/2027, with MADRS every 4 weeks; taper to every other week if MADRS stays at
    or below 12 for 8 weeks; stop if MADRS rises above 28 for two visits in a row.
  alongside: sertraline 200 mg daily
  earlier_doses:
    - {date: 2026-04-07, dose: 56 mg, paid_by_plan: true, claim: BSA-CL-26-0407-11802, file: other/plan-eob-summary-esketamine-2026-04-to-09.txt}
    - {date: 2026-06-30, dose: 84 mg, paid_by_plan: true, claim: BSA-CL-26-0630-20944, file: other/plan-eob-summary-esketamine-2026-04-to-09.txt}
    - {date: 2026-09-29, dose: 84 mg, paid_by_plan: true, claim: BSA-CL-26-0929-31177, file: other/plan-eob-summary-esketamine-2026-04-to-09.txt}
clinical:
  severity: MADRS 14 on 10/20/2026 (MADRS 36 on 04/07/2026, before esketamine)
  severity_date: 2026-10-20
  suicidality: none
  suicidality_date: 2026-10-20
  response: MADRS 36 (04/07/2026) to 14 (10/20/2026) on esketamine with sertraline
  response_level: partial
  episode_onset: 2025-06
  treating_since: 2019-03-12
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-07
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with esketamine
      evidence: {file: clinical/psychiatry-progress-note-2026-10-20.txt, page: 1}
    - drug: Bupropion XL
      dose: 150 mg daily
      start: 2025-11
      end: 2025-11
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for a generalized rash (intolerance); not an adequate trial
      evidence: {file: clinical/psychiatry-progress-note-2026-10-20.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2024-02
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-progress-note-2026-10-20.txt, page: 1}
  exclusions: No psychosis; blood pressure controlled (128/78 on 10/20/2026); no substance use disorder.
author:
  name: Priyanka Olawale-Stern, MD
  role: Treating psychiatrist
  relation: physician
  address: |-
    Hill Country Mood Clinic (FICTIONAL), 411 Guadalupe Street, Suite 210
    San Marcos, TX 78666
  phone: (512) 555-0152
  email: olawale-stern@hillcountrymood.example
  fax: (512) 555-0153
provider:
  name: Priyanka Olawale-Stern, MD
  credentials: MD, board-certified psychiatrist; Spravato REMS-certified treatment center
  npi: "2532694843"
  address: |-
    411 Guadalupe Street, Suite 210
    San Marcos, TX 78666
  phone: (512) 555-0152
record_dates:
  - file: clinical/psychiatry-progress-note-2026-10-20.txt
    date: 2026-10-20
bates_prefix: ARRIETAVANCE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/notice-of-denial-of-medical-coverage-2026-11-10.txt": """
BLUEBONNET SENIOR ADVANTAGE HMO (FICTIONAL) - NOTICE OF DENIAL OF MEDICAL COVERAGE       Date: 11/10/2026
Member: Gilberto Arrieta-Vance   DOB 08/02/1956   Member ID FICT-BSA-40718826   Reference BSA-OD-26-1110-3391
Request received 10/28/2026 from Priyanka Olawale-Stern, MD: esketamine nasal spray 84 mg weekly (G2083).

We denied this request. Step therapy not met. Esketamine nasal spray requires trials of two oral
antidepressants of different classes, each for at least 6 weeks, in the current episode. Records show one
(sertraline). This is a new start for esketamine. Request denied under Part B Step Therapy Program ST-PB-04.
Reviewed by: R. Calloway, MD (internal medicine), plan medical director.

Your right to appeal: You must ask for an appeal within 65 calendar days from the date of this notice. Your
doctor may ask for you. Send it to Appeals and Grievances, PO Box 60418, Austin, TX 78761, or fax (512) 555-0171.
If we say no again, your case goes to an independent review entity automatically.
""",
        "clinical/psychiatry-progress-note-2026-10-20.txt": """
HILL COUNTRY MOOD CLINIC (FICTIONAL) - PSYCHIATRY PROGRESS NOTE                         Date: 10/20/2026
Patient: Gilberto Arrieta-Vance   DOB 08/02/1956   Page 1 of 1   Treating since 03/12/2019
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2); episode since 06/2025.
Esketamine since 04/07/2026 (56 mg induction, 84 mg from week 2; weekly from 06/2026). MADRS 36 on 04/07/2026,
14 today. Denies suicidal ideation. BP 128/78 at 2 hours. No dissociation after 90 minutes.
Medicines: sertraline 200 mg daily since 07/2025 (partial response; continues). Bupropion XL 150 mg 11/2025,
stopped after 3 weeks for a generalized rash. Trazodone 50 mg at bedtime for sleep since 02/2024.
Plan: continue esketamine 84 mg weekly through 04/30/2027; MADRS every 4 weeks; taper to every other week if MADRS
12 or less for 8 weeks; stop if MADRS above 28 twice in a row. Renewal request to plan 10/28/2026.
""",
        "other/plan-eob-summary-esketamine-2026-04-to-09.txt": """
BLUEBONNET SENIOR ADVANTAGE HMO (FICTIONAL) - MEMBER EXPLANATION OF BENEFITS, CLAIMS SUMMARY
Member: Gilberto Arrieta-Vance   Member ID FICT-BSA-40718826   Period 04/01/2026-09/30/2026   Page 1 of 1
Provider: Priyanka Olawale-Stern, MD (NPI 2532694843)
04/07/2026  G2082 esketamine up to 56 mg, with observation   claim BSA-CL-26-0407-11802   PAID
04/09/2026 - 06/23/2026  G2083 esketamine over 56 mg, 15 treatment days   PAID (15 claims)
06/30/2026  G2083   claim BSA-CL-26-0630-20944   PAID
07/07/2026 - 09/22/2026  G2083, weekly, 12 treatment days   PAID (12 claims)
09/29/2026  G2083   claim BSA-CL-26-0929-31177   PAID
Authorization on file: BSA-PA-26-0402-7719, esketamine, 04/02/2026 through 10/01/2026.
""",
        "other/part-b-step-therapy-program-st-pb-04-2026.txt": """
BLUEBONNET SENIOR ADVANTAGE (FICTIONAL) - PART B STEP THERAPY PROGRAM ST-PB-04 (2026)           Page 1 of 3
Step therapy applies to new starts only. A member is a new start when no paid claim for the requested drug
appears in the 365 days before the request. For esketamine nasal spray, a new start must first have tried two
oral antidepressants of different classes, each for at least 6 weeks, in the current episode.
Members who are not new starts continue under the plan's medical necessity review for the drug.
""",
        "other/prior-plan-denial-letter-2024-stale.txt": """
PECAN VALLEY MEDICARE CHOICE (FICTIONAL; the member's plan until 12/31/2025) - DENIAL LETTER   Date: 05/14/2024
Member: Gilberto Arrieta-Vance. Request: transcranial magnetic stimulation. Denied: not medically necessary.
[Clinic note: kept in the chart; another plan, another treatment, an earlier episode. Not part of this request.]
""",
        "clinical/pharmacy-printout-2026-10-18.txt": """
SAN MARCOS FAMILY PHARMACY (FICTIONAL) - HOUSEHOLD MEDICATION PRINTOUT                  Printed 10/18/2026
ARRIETA-VANCE, GILBERTO: sertraline 100 mg tab, 2 daily (200 mg), last fill 10/02/2026; trazodone 50 mg tab,
1 at bedtime, last fill 10/02/2026.
ARRIETA-VANCE, CONSUELO (spouse): escitalopram 10 mg daily; atorvastatin 20 mg daily.
""",
    },
    truth="""
# 01 - Medicare Advantage HMO: Spravato renewal denied under a step therapy rule that reaches new starts only; pre-service reconsideration by the treating psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Gilberto Arrieta-Vance, 70 (DOB 08/02/1956), Bluebonnet Senior Advantage **HMO** (Medicare Advantage), has had
  **esketamine nasal spray since 04/07/2026**, every dose **paid by this plan** (G2082 on 04/07/2026, then G2083;
  last paid dose before the request **09/29/2026**; authorization BSA-PA-26-0402-7719 ran 04/02-10/01/2026).
- The renewal request (received **10/28/2026**) was denied on **11/10/2026** under **ST-PB-04**, whose own words say
  step therapy "applies to new starts only" and a new start has "no paid claim for the requested drug ... in the
  365 days before the request". The notice says "This is a new start for esketamine" - the plan's own EOB summary
  contradicts it.
- Clinically the step is **not** met on its own terms: one adequate oral antidepressant (sertraline 200 mg, partial,
  **still taken**); bupropion XL stopped after 3 weeks for a rash (**intolerance**); trazodone 50 mg is a **sleep
  dose**. The winning point is the rule, not the trials.
- Response: MADRS 36 (04/07/2026) to **14 (10/20/2026)**: a partial response, not remission. No suicidal ideation.
- **Rule and stage:** Medicare Advantage reconsideration, **65 days from the notice: by 01/14/2027** (42 CFR
  422.582(b)); a standard pre-service reconsideration about a **Part B drug** is decided within **7 days** (422.590(c));
  step therapy for Part B drugs may reach new starts only, with a 365-day lookback (42 CFR 422.136(a)); an upheld
  denial goes to the independent review entity automatically (422.592).
- **Author:** the treating psychiatrist, a physician, who may ask for a pre-service reconsideration without the
  member's appointment (422.578(c)); she writes about "Mr. Arrieta-Vance".

## Deliberately unknown
- Why the reviewer called him a new start (the paid claims are in the plan's own system): unknown; a letter may ask.
- Whether the plan would approve every-other-week dosing later: unknown.
- The plan's medical-necessity criteria for continuing esketamine (ST-PB-04 says non-new starts "continue under the
  plan's medical necessity review"): not enclosed; a letter must not quote criteria it does not have.

## Traps
- **Rule, not medicine:** the letter must lead with "not a new start" (paid claims 04/07-09/29/2026, within 365 days
  of 10/28/2026) and must not claim two adequate antidepressant trials.
- **Drug still taken:** sertraline continues with esketamine; never "failed" or "stopped".
- **Intolerance:** bupropion (3 weeks, rash) is not an adequate trial.
- **Sleep dose:** trazodone 50 mg at bedtime is not an antidepressant trial.
- **Stale document, another plan:** the 2024 Pecan Valley denial was for TMS under another plan in an earlier
  episode.
- **Other person:** the pharmacy printout lists his wife's escitalopram and atorvastatin.
- **Partial response:** MADRS 14 is not remission.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA (parity does not reach Medicare), no "external review".
- **Voice:** the psychiatrist writes "I" as his treating psychiatrist; never the patient's "I".

## Arguments a strong letter makes (strongest first)
1. He is **not a new start**: the plan paid esketamine from 04/07/2026 through 09/29/2026, within the 365 days before
   the 10/28/2026 request; ST-PB-04 itself, and 42 CFR 422.136(a), limit step therapy to new starts, so the step does
   not reach this request. Correct the notice's "new start" statement with the plan's own EOB summary.
2. Decide the continuation on its merits: MADRS 36 to 14 on esketamine with sertraline, no suicidal ideation, the
   treatment plan with its taper and stop rules, REMS-certified setting and monitoring.
3. Decide within 7 days (Part B drug, 422.590(c)); an upheld denial goes to the IRE automatically.

## What a letter must NOT say
- "failed two antidepressants", "two adequate trials", "failed sertraline", "stopped sertraline"; trazodone as a trial.
- "new start" as conceded; "the step therapy criteria are met" on trial counts.
- "remission"; "suicidal ideation" as present; "approved for suicidal ideation".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA", "parity", "external review"; "Pecan Valley" as the plan.
- "escitalopram" or "atorvastatin" as his medicines.
""",
    answers=[
        ("Plan type", "medicare_advantage", "case.yaml"),
        ("Notice date", "Date: 11/10/2026", "denial/notice-of-denial-of-medical-coverage-2026-11-10.txt"),
        ("Appeal deadline", "2027-01-14", "case.yaml"),
        ("First paid esketamine dose", "04/07/2026  G2082", "other/plan-eob-summary-esketamine-2026-04-to-09.txt"),
        ("Last paid dose before the request", "09/29/2026  G2083", "other/plan-eob-summary-esketamine-2026-04-to-09.txt"),
        ("Request received", "Request received 10/28/2026", "denial/notice-of-denial-of-medical-coverage-2026-11-10.txt"),
        ("The rule's reach", "Step therapy applies to new starts only", "other/part-b-step-therapy-program-st-pb-04-2026.txt"),
        ("Lookback", "365 days before the request", "other/part-b-step-therapy-program-st-pb-04-2026.txt"),
        ("The notice's wrong statement", "This is a new start for esketamine", "denial/notice-of-denial-of-medical-coverage-2026-11-10.txt"),
        ("Drug still taken", "sertraline 200 mg daily since 07/2025 (partial response; continues)", "clinical/psychiatry-progress-note-2026-10-20.txt"),
        ("Intolerance", "stopped after 3 weeks for a generalized rash", "clinical/psychiatry-progress-note-2026-10-20.txt"),
        ("Sleep dose", "Trazodone 50 mg at bedtime for sleep", "clinical/psychiatry-progress-note-2026-10-20.txt"),
        ("Response", "MADRS 36 on 04/07/2026, 14 today", "clinical/psychiatry-progress-note-2026-10-20.txt"),
        ("Decision time", "within **7 days**", "truth"),
        ("Other person", "CONSUELO (spouse)", "clinical/pharmacy-printout-2026-10-18.txt"),
        ("Author", "relation: physician", "case.yaml"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 02 Part D PDP, OH: pregabalin ER step therapy; the plan's own gabapentin fills fall inside the lookback
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="02-part-d-pdp-pregabalin-er-step-gabapentin-filled-within-365-days-redetermination-ship-counselor",
    yaml=r"""
# FICTIONAL CASE (set 41, case 02) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan, Ohio. Marguerite Oyelaran-Bisset, 75, with painful diabetic neuropathy. The plan denied
# pregabalin extended-release on 11/04/2026 under ST-NP-07: "No paid claim for gabapentin in the 365 days before
# the request." The plan itself paid gabapentin on 11/14/2025 and 12/12/2025; she stopped it after a fall. A SHIP
# volunteer counselor, appointed on form CMS-1696, asks for a standard redetermination.
patient:
  name: Marguerite Oyelaran-Bisset
  salutation: Mrs. Oyelaran-Bisset
  date_of_birth: 1951-03-19
  member_id: FICT-LRX-77120459
  address: |-
    66 Orchard Bend Road
    Findlay, OH 45840
  phone: (419) 555-0118
insurer:
  name: Lakeshore Rx Choice PDP (FICTIONAL)
  appeals_address: |-
    Lakeshore Rx Choice - Part D Redeterminations (FICTIONAL)
    PO Box 31907
    Columbus, OH 43231
  fax: (614) 555-0149
claim:
  number: LRX-CD-26-1104-58820
  plan_type: medicare_part_d
  notice_date: 2026-11-04
  appeal_deadline: 2027-01-08
  deadline_basis: >-
    Notice of Denial of Medicare Prescription Drug Coverage of 11/04/2026: "You have 65 days from the date of this
    notice to ask for a redetermination."
  diagnosis_codes: [E11.42]
  denial_reason: >-
    Step therapy (ST-NP-07) not met. Pregabalin extended-release requires a paid claim for gabapentin within the
    365 days before the request, or a documented intolerance or contraindication. No paid claim for gabapentin in
    the 365 days before the request received 10/28/2026.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: No paid claim for gabapentin in the 365 days before the request received 10/28/2026.
      record: >-
        The plan's own Part D explanation of benefits for December 2025 lists gabapentin 300 mg, 90 capsules
        (30 days), paid on 11/14/2025 and again on 12/12/2025, both within the 365 days before 10/28/2026; the
        neurologist's note of 01/09/2026 records that it was stopped after a fall from dizziness.
      file: other/part-d-eob-december-2025.txt
      page: 1
plan_policy:
  name: Lakeshore Rx Choice 2026 Step Therapy Criteria ST-NP-07 (pregabalin extended-release)
  number: ST-NP-07
  quote: >-
    Pregabalin extended-release: the member must have a paid claim for gabapentin of at least 30 days' supply
    within the 365 days before the request, or a documented intolerance or contraindication to gabapentin.
  file: other/step-therapy-criteria-st-np-07-2026.txt
payer_criteria:
  - criterion: A paid claim for gabapentin of at least 30 days' supply within the 365 days before the request
    how_met: Gabapentin 300 mg three times daily, 30 days, paid by this plan on 11/14/2025 and on 12/12/2025
    met: true
    evidence: {file: other/part-d-eob-december-2025.txt, page: 1}
  - criterion: Or a documented intolerance or contraindication to gabapentin
    how_met: Stopped 01/09/2026 after a fall on 01/05/2026 from dizziness on gabapentin
    met: true
    evidence: {file: clinical/neurology-note-2026-01-09.txt, page: 1}
prescriber_statement:
  date: 2026-11-12
  quote: >-
    Mrs. Oyelaran-Bisset took gabapentin 900 mg a day from November 2025, filled under her Lakeshore plan, and I
    stopped it on 01/09/2026 after she fell from dizziness. Immediate-release pregabalin twice a day helps her
    pain but its peaks make her unsteady; the once-daily extended-release form is the safer choice for her.
  file: other/prescriber-supporting-statement-2026-11-12.txt
treatment:
  name: Pregabalin extended-release 330 mg once daily after the evening meal
  summary: >-
    A once-daily form of the pregabalin she already takes twice daily, for painful diabetic peripheral
    neuropathy; prescribed to avoid the dizziness of the immediate-release peaks after a fall on gabapentin.
  plan: >-
    Switch from pregabalin 75 mg twice daily to pregabalin extended-release 165 mg for one week, then 330 mg once
    daily; review pain scores and balance at 4 weeks.
clinical:
  severity: Pain 7/10 (numeric scale) on 10/22/2026; monofilament sensation absent in both feet
  severity_date: 2026-10-22
  suicidality: none
  suicidality_date: 2026-10-22
  history:
    - drug: Gabapentin
      dose: 300 mg three times daily
      start: 2025-11-14
      end: 2026-01-09
      kind: other
      adequate: false
      outcome: Stopped after a fall from dizziness on 01/05/2026 (intolerance)
      evidence: {file: clinical/neurology-note-2026-01-09.txt, page: 1}
    - drug: Pregabalin (immediate-release)
      dose: 75 mg twice daily
      start: 2026-02
      ongoing: true
      kind: other
      response: partial
      outcome: Partial relief (pain 8/10 to 7/10); unsteady 1-2 hours after each dose; continues until the switch
      evidence: {file: clinical/neurology-note-2026-10-22.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2024-05
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Continues for depression and neuropathic pain; partial response
      evidence: {file: clinical/neurology-note-2026-10-22.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 mg at bedtime for sleep
      start: 2023-01
      end: 2024-04
      kind: other
      outcome: Sleep aid only, stopped for dry mouth; not a pain trial
      evidence: {file: clinical/neurology-note-2026-01-09.txt, page: 1}
author:
  name: Wendell Okonkwo-Haas
  role: SHIP volunteer counselor, Buckeye Medicare Help Line (FICTIONAL), appointed representative
  relation: representative
  authorization: other/appointment-of-representative-cms-1696-2026-11-08.txt
  address: |-
    Buckeye Medicare Help Line (FICTIONAL), 230 South Main Street
    Findlay, OH 45840
  phone: (419) 555-0163
  email: counselor@buckeyemedicarehelp.example
provider:
  name: Ezekiel Vantongeren, MD
  credentials: MD, neurologist
  npi: "2903072256"
  address: |-
    Blanchard Valley Neurology (FICTIONAL), 1800 Tiffin Avenue
    Findlay, OH 45840
  phone: (419) 555-0177
record_dates:
  - file: other/prescriber-supporting-statement-2026-11-12.txt
    date: 2026-11-12
  - file: clinical/neurology-note-2026-10-22.txt
    date: 2026-10-22
  - file: clinical/neurology-note-2026-01-09.txt
    date: 2026-01-09
copies: [prescriber]
bates_prefix: OYELARANBISSET
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/notice-of-denial-part-d-2026-11-04.txt": """
LAKESHORE RX CHOICE PDP (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE   Date: 11/04/2026
Member: Marguerite Oyelaran-Bisset   DOB 03/19/1951   Member ID FICT-LRX-77120459   Case LRX-CD-26-1104-58820
Drug: pregabalin extended-release 330 mg tablet, 1 daily. Prescriber: Ezekiel Vantongeren, MD.

We denied this request. Step therapy (ST-NP-07) not met. Pregabalin extended-release requires a paid claim for
gabapentin within the 365 days before the request, or a documented intolerance or contraindication. No paid claim
for gabapentin in the 365 days before the request received 10/28/2026.

You have 65 days from the date of this notice to ask for a redetermination. Your prescriber can ask for you and
can give a statement supporting an exception. Mail: Part D Redeterminations, PO Box 31907, Columbus, OH 43231; fax
(614) 555-0149.
""",
        "other/part-d-eob-december-2025.txt": """
LAKESHORE RX CHOICE PDP (FICTIONAL) - PART D EXPLANATION OF BENEFITS, DECEMBER 2025               Page 1 of 2
Member: Marguerite Oyelaran-Bisset   Member ID FICT-LRX-77120459
Fills paid this year to date (selection):
11/14/2025  gabapentin 300 mg capsule, 90 capsules, 30 days   prescriber Vantongeren   PAID
12/12/2025  gabapentin 300 mg capsule, 90 capsules, 30 days   prescriber Vantongeren   PAID
12/12/2025  duloxetine 60 mg capsule, 30 capsules, 30 days    PAID
""",
        "clinical/neurology-note-2026-01-09.txt": """
BLANCHARD VALLEY NEUROLOGY (FICTIONAL) - OFFICE NOTE                                     Date: 01/09/2026
Patient: Marguerite Oyelaran-Bisset   DOB 03/19/1951   Page 1 of 1
Painful diabetic peripheral neuropathy (E11.42). Gabapentin 300 mg three times daily since 11/14/2025. Fell at home
on 01/05/2026, dizzy and unsteady; bruised hip, no fracture. Gabapentin stopped today for dizziness (intolerance).
Past: amitriptyline 10 mg at bedtime for sleep 2023 to 04/2024, stopped for dry mouth.
Plan: pregabalin 75 mg twice daily from 02/2026; duloxetine 60 mg daily continues.
""",
        "clinical/neurology-note-2026-10-22.txt": """
BLANCHARD VALLEY NEUROLOGY (FICTIONAL) - OFFICE NOTE                                     Date: 10/22/2026
Patient: Marguerite Oyelaran-Bisset   DOB 03/19/1951   Page 1 of 1
Pain 7/10 (8/10 before pregabalin). Unsteady for 1-2 hours after each pregabalin dose; one near-fall 10/10/2026.
Monofilament absent both feet. Mood stable on duloxetine 60 mg daily; no suicidal ideation.
Plan: change to pregabalin extended-release 165 mg once daily after the evening meal for one week, then 330 mg;
review pain and balance at 4 weeks. Request sent to the Part D plan 10/28/2026.
""",
        "other/step-therapy-criteria-st-np-07-2026.txt": """
LAKESHORE RX CHOICE (FICTIONAL) - 2026 STEP THERAPY CRITERIA                                     Page 14 of 40
ST-NP-07 Pregabalin extended-release: the member must have a paid claim for gabapentin of at least 30 days' supply
within the 365 days before the request, or a documented intolerance or contraindication to gabapentin.
""",
        "other/prescriber-supporting-statement-2026-11-12.txt": """
SUPPORTING STATEMENT FOR A PART D COVERAGE EXCEPTION                                        Date: 11/12/2026
Prescriber: Ezekiel Vantongeren, MD, neurologist (NPI 2903072256). Patient: Marguerite Oyelaran-Bisset.
Mrs. Oyelaran-Bisset took gabapentin 900 mg a day from November 2025, filled under her Lakeshore plan, and I
stopped it on 01/09/2026 after she fell from dizziness. Immediate-release pregabalin twice a day helps her pain but
its peaks make her unsteady; the once-daily extended-release form is the safer choice for her.
""",
        "other/appointment-of-representative-cms-1696-2026-11-08.txt": """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, as completed; FICTIONAL copy)                      Signed 11/08/2026
Beneficiary: Marguerite Oyelaran-Bisset, Medicare number FICT-MBI-7XK2-PL4-QM19.
Representative: Wendell Okonkwo-Haas, SHIP volunteer counselor, Buckeye Medicare Help Line. No fee.
""",
        "other/household-pharmacy-printout-2026-10-30.txt": """
FINDLAY CORNER PHARMACY (FICTIONAL) - HOUSEHOLD PRINTOUT                                  Printed 10/30/2026
OYELARAN-BISSET, MARGUERITE: pregabalin 75 mg, duloxetine 60 mg, metformin 1000 mg.
OYELARAN-BISSET, ROLAND (husband): gabapentin 600 mg three times daily, fills 03/2026-10/2026.
""",
        "other/formulary-2024-page-stale.txt": """
LAKESHORE RX CHOICE (FICTIONAL) - 2024 FORMULARY, page 52 (superseded)
pregabalin ER tablet - tier 4 - no step therapy listed.
[This is the 2024 formulary; the 2026 criteria ST-NP-07 apply to this request.]
""",
    },
    truth="""
# 02 - Part D PDP: pregabalin extended-release denied for "no gabapentin in 365 days" although the plan paid two gabapentin fills inside that window; redetermination by a SHIP counselor (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marguerite Oyelaran-Bisset, 75 (DOB 03/19/1951), stand-alone Part D plan Lakeshore Rx Choice PDP, painful diabetic
  neuropathy (E11.42). Request for **pregabalin extended-release 330 mg** received **10/28/2026**; denied **11/04/2026**
  under **ST-NP-07**: "No paid claim for gabapentin in the 365 days before the request".
- The plan itself **paid gabapentin on 11/14/2025 and 12/12/2025** (30 days each): both fall within the 365 days
  before 10/28/2026 (the window opens 10/28/2025). She **fell on 01/05/2026** from dizziness; gabapentin was stopped
  **01/09/2026** (intolerance). Either arm of ST-NP-07 is met.
- She **still takes** immediate-release pregabalin 75 mg twice daily (partial relief, unsteady after doses) and
  duloxetine 60 mg (partial). Amitriptyline 10 mg (2023-2024) was a sleep dose.
- The prescriber's supporting statement of **11/12/2026** answers the step (42 CFR 423.578(b)).
- **Rule and stage:** Part D redetermination within **65 days of the notice: by 01/08/2027** (42 CFR 423.582(b));
  standard decision in 7 days (423.590(a)); next level the IRE.
- **Author:** SHIP volunteer counselor appointed on form CMS-1696; writes about "Mrs. Oyelaran-Bisset".

## Deliberately unknown
- Why the plan's check missed its own 2025 fills: unknown (a claims-history window, a reset at plan-year change?);
  a letter may ask, not assert.
- Her A1c and neuropathy duration: not in the case.
- Any cost-sharing figure for the ER tablet: not in the case.

## Traps
- **Date, not medicine:** the fills of 11/14/2025 and 12/12/2025 are inside the 365 days before 10/28/2026; a letter
  that counts from the notice (11/04/2026) still finds them inside, but must not say "more than a year ago".
- **Other person:** the household printout shows her **husband's** gabapentin fills 03-10/2026; they are not hers.
- **Drugs still taken:** pregabalin IR and duloxetine continue; never "failed" or "stopped".
- **Intolerance:** gabapentin was stopped for dizziness and a fall - not "failed for lack of effect".
- **Sleep dose:** amitriptyline 10 mg was for sleep; not a tricyclic pain trial.
- **Stale document:** the 2024 formulary (no step) is superseded; the 2026 criteria apply.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA, no "external review", no Medicare Advantage 422 rules.
- **Voice:** the counselor writes about her; never "my pain".

## Arguments a strong letter makes (strongest first)
1. ST-NP-07 is met on its first arm: the plan's own December 2025 EOB shows gabapentin paid 11/14/2025 and
   12/12/2025, within the 365 days before the 10/28/2026 request; correct the notice's statement.
2. It is met on its second arm too: documented intolerance (fall 01/05/2026, stopped 01/09/2026).
3. In any case, grant a step-therapy exception under 42 CFR 423.578(b) on the prescriber's statement of 11/12/2026:
   the ER form avoids the dizzy peaks of the IR form she already takes.

## What a letter must NOT say
- "no gabapentin claim", "never tried gabapentin"; "more than 365 days".
- "Roland" or "gabapentin 600 mg"; "her gabapentin fills in 2026".
- "failed pregabalin", "stopped duloxetine"; "amitriptyline trial".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA", "parity", "external review", "42 CFR 422".
""",
    answers=[
        ("Plan type", "medicare_part_d", "case.yaml"),
        ("Notice date", "Date: 11/04/2026", "denial/notice-of-denial-part-d-2026-11-04.txt"),
        ("Request received", "request received 10/28/2026", "denial/notice-of-denial-part-d-2026-11-04.txt"),
        ("Deadline", "2027-01-08", "case.yaml"),
        ("First gabapentin fill", "11/14/2025  gabapentin 300 mg capsule, 90 capsules, 30 days", "other/part-d-eob-december-2025.txt"),
        ("Second gabapentin fill", "12/12/2025  gabapentin 300 mg capsule, 90 capsules, 30 days", "other/part-d-eob-december-2025.txt"),
        ("Window opens", "the window opens 10/28/2025", "truth"),
        ("Fall", "Fell at home on 01/05/2026", "clinical/neurology-note-2026-01-09.txt"),
        ("Gabapentin stopped", "Gabapentin stopped today for dizziness (intolerance)", "clinical/neurology-note-2026-01-09.txt"),
        ("Drug still taken", "pregabalin 75 mg twice daily", "case.yaml"),
        ("Sleep dose", "amitriptyline 10 mg at bedtime for sleep", "clinical/neurology-note-2026-01-09.txt"),
        ("Other person", "ROLAND (husband): gabapentin 600 mg", "other/household-pharmacy-printout-2026-10-30.txt"),
        ("Supporting statement date", "Date: 11/12/2026", "other/prescriber-supporting-statement-2026-11-12.txt"),
        ("Exception rule", "42 CFR 423.578(b)", "truth"),
        ("Author", "relation: representative", "case.yaml"),
        ("Stale document", "2024 FORMULARY, page 52 (superseded)", "other/formulary-2024-page-stale.txt"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 03 Medicaid managed care, MI: lurasidone refill denied as non-preferred; the handbook's continuity clause
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="03-medicaid-mco-lurasidone-started-in-hospital-continuity-clause-state-fair-hearing-legal-aid",
    yaml=r"""
# FICTIONAL CASE (set 41, case 03) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Michigan. Dashiell Kwarteng-Moss, 41, bipolar I depression, was started on lurasidone in
# hospital on 09/15/2026 and discharged stable on 09/30/2026. The plan denied it as non-preferred (step through
# preferred drugs) and upheld on 10/22/2026, saying it was "started after discharge". Member Handbook 7.3 keeps a
# drug started in hospital without the preferred-drug steps. A legal aid attorney asks for a state fair hearing.
patient:
  name: Dashiell Kwarteng-Moss
  salutation: Mr. Kwarteng-Moss
  date_of_birth: 1985-06-11
  member_id: FICT-GLC-0093317745
  address: |-
    2315 Cass Avenue, Apt 3
    Bay City, MI 48708
  phone: (989) 555-0106
insurer:
  name: Great Lakes Community Health Plan (FICTIONAL), Medicaid managed care
  appeals_address: |-
    Great Lakes Community Health Plan - Appeals (FICTIONAL)
    PO Box 48112
    Lansing, MI 48909
  fax: (517) 555-0188
claim:
  number: GLC-RX-26-1006-40951
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-10-07
  diagnosis_codes: [F31.4]
  denial_reason: >-
    Lurasidone is a non-preferred drug. The Preferred Drug List requires trials of two preferred agents (quetiapine
    at 300 mg or more, lamotrigine, or lithium) before a non-preferred agent. Trials not documented.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  state: MI
decisions:
  - date: 2026-10-22
    outcome: denied
    stage: plan appeal
    opens: state fair hearing
    next_deadline: 2027-02-19
    reason: >-
      Denial upheld. Lurasidone was started after discharge and is a new outpatient request for a non-preferred
      drug. Preferred agents have not been tried. No exception applies.
    corrections:
      - said: Lurasidone was started after discharge
        record: >-
          The hospital discharge summary shows lurasidone started on 09/15/2026 during the admission of
          09/12/2026-09/30/2026, titrated to 80 mg, and the patient discharged stable on it.
        file: clinical/hospital-discharge-summary-2026-09-30.txt
        page: 1
external_review:
  agency: Michigan Medicaid Fair Hearing Office (FICTIONAL name as printed on the notice of resolution)
  address: |-
    Medicaid Fair Hearing Office (FICTIONAL)
    PO Box 30763
    Lansing, MI 48909
  final_denial_date: 2026-10-22
plan_policy:
  name: Great Lakes Community Health Plan Preferred Drug List 2026, antipsychotics for bipolar depression
  quote: >-
    Non-preferred agents require trials of two preferred agents (quetiapine at 300 mg or more, lamotrigine, or
    lithium), each of adequate dose and duration, or a documented intolerance or contraindication.
  file: other/preferred-drug-list-2026-excerpt.txt
  other_terms: >-
    Member Handbook 2026, Section 7.3 (Medicines started in the hospital): "If you start a medicine while you are a
    patient in a hospital and your doctor says you are stable on it when you leave, we will keep covering it
    without asking you to try preferred drugs first, for as long as your doctor says you need it and it is
    working."
  other_terms_file: other/member-handbook-2026-section-7-3.txt
  other_terms_apply: >-
    Lurasidone was started on 09/15/2026 during his hospital stay and he left on 09/30/2026 stable on it, as his
    psychiatrist certifies; under Section 7.3 the plan keeps covering it without the preferred-drug steps.
treatment:
  name: Lurasidone 80 mg daily with the evening meal
  summary: >-
    An atypical antipsychotic for bipolar I depression, started in hospital on 09/15/2026; he has taken it every day
    since, paying for it with a discount card while the plan refuses it.
  plan: Continue lurasidone 80 mg daily; metabolic labs and weight every 3 months; psychiatry visits monthly.
clinical:
  severity: MADRS 31 at admission 09/12/2026; MADRS 15 at discharge 09/30/2026; MADRS 13 on 11/17/2026
  severity_date: 2026-11-17
  suicidality: passive
  suicidality_date: 2026-09-12
  response: MADRS 31 (09/12/2026) to 13 (11/17/2026) on lurasidone
  response_level: partial
  history:
    - drug: Lurasidone
      dose: 80 mg daily
      start: 2026-09-15
      ongoing: true
      kind: other
      response: partial
      outcome: Started in hospital; stable at discharge; continues (discount card since 10/2026)
      evidence: {file: clinical/hospital-discharge-summary-2026-09-30.txt, page: 1}
    - drug: Lithium carbonate
      dose: 600 mg daily
      start: 2022-03
      end: 2022-04
      weeks: 4
      kind: other
      adequate: false
      outcome: Stopped after 4 weeks for coarse tremor and rising creatinine (intolerance)
      evidence: {file: clinical/psychiatry-note-2026-11-17.txt, page: 1}
    - drug: Quetiapine
      dose: 50 mg at bedtime for sleep
      start: 2023-01
      end: 2023-08
      kind: other
      outcome: Sleep dose only; not a trial at 300 mg or more
      evidence: {file: clinical/psychiatry-note-2026-11-17.txt, page: 1}
    - drug: Lamotrigine
      dose: 200 mg daily
      start: 2021-02
      end: 2024-06
      kind: other
      response: remission
      outcome: Remission in an earlier episode (2021); stopped 06/2024 when his coverage lapsed; not a failure
      evidence: {file: clinical/psychiatry-note-2026-11-17.txt, page: 1}
impact:
  hospitalizations: Psychiatric admission 09/12/2026-09/30/2026 (Saginaw Bay Behavioral Hospital, FICTIONAL)
  work: Lost his warehouse job in August 2026 during the episode
expenses:
  - {date: 2026-10-08, item: lurasidone 80 mg x30 (discount card), amount: $86.40, paid: $86.40}
  - {date: 2026-11-06, item: lurasidone 80 mg x30 (discount card), amount: $86.40, paid: $86.40}
author:
  name: Rosalind Achebe-Thorne
  role: Staff attorney, Thumb Area Legal Aid (FICTIONAL), authorized representative
  relation: representative
  authorization: other/signed-authorization-2026-11-03.txt
  address: |-
    Thumb Area Legal Aid (FICTIONAL), 101 Center Avenue
    Bay City, MI 48708
  phone: (989) 555-0145
  email: rachebe-thorne@thumblegalaid.example
provider:
  name: Imogen Saltonstall-Reyes, MD
  credentials: MD, psychiatrist
  npi: "1499019069"
  address: |-
    Bay Area Community Mental Health (FICTIONAL), 900 Washington Avenue
    Bay City, MI 48708
  phone: (989) 555-0196
template: external-review-request
record_dates:
  - file: clinical/psychiatry-note-2026-11-17.txt
    date: 2026-11-17
  - file: clinical/hospital-discharge-summary-2026-09-30.txt
    date: 2026-09-30
bates_prefix: KWARTENGMOSS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/prior-authorization-denial-2026-10-07.txt": """
GREAT LAKES COMMUNITY HEALTH PLAN (FICTIONAL) - PHARMACY PRIOR AUTHORIZATION DENIAL            Date: 10/07/2026
Member: Dashiell Kwarteng-Moss   DOB 06/11/1985   Member ID FICT-GLC-0093317745   Reference GLC-RX-26-1006-40951
Drug: lurasidone 80 mg tablet, 30 per 30 days.
Lurasidone is a non-preferred drug. The Preferred Drug List requires trials of two preferred agents (quetiapine at
300 mg or more, lamotrigine, or lithium) before a non-preferred agent. Trials not documented.
You may appeal to the plan within 60 days of this notice.
""",
        "denial/notice-of-appeal-resolution-2026-10-22.txt": """
GREAT LAKES COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION                   Date: 10/22/2026
Member: Dashiell Kwarteng-Moss   Reference GLC-RX-26-1006-40951
Denial upheld. Lurasidone was started after discharge and is a new outpatient request for a non-preferred drug.
Preferred agents have not been tried. No exception applies. Reviewer: T. Abernethy, PharmD.
Your right to a State Fair Hearing: you may ask for a State Fair Hearing no later than 120 calendar days from the
date of this notice. Write to the Medicaid Fair Hearing Office, PO Box 30763, Lansing, MI 48909.
""",
        "clinical/hospital-discharge-summary-2026-09-30.txt": """
SAGINAW BAY BEHAVIORAL HOSPITAL (FICTIONAL) - DISCHARGE SUMMARY                          Discharged: 09/30/2026
Patient: Dashiell Kwarteng-Moss   DOB 06/11/1985   Admitted 09/12/2026   Page 1 of 2
Bipolar I disorder, current episode depressed, severe without psychotic features (F31.4). Passive death wishes at
admission, no plan; none from 09/20/2026. MADRS 31 at admission, 15 at discharge.
Lurasidone started 09/15/2026 at 20 mg, titrated to 80 mg with the evening meal by 09/24/2026. Stable at discharge
on lurasidone 80 mg daily. Discharge supply: 7 days. Follow-up: Bay Area Community Mental Health.
""",
        "clinical/hospital-med-reconciliation-page-2-other-patient.txt": """
SAGINAW BAY BEHAVIORAL HOSPITAL (FICTIONAL) - MEDICATION RECONCILIATION, page 2          Printed 09/30/2026
[Printed in the same batch; this page belongs to ANOTHER PATIENT, room 4B, initials P.D.: quetiapine 400 mg at
bedtime, lithium 900 mg daily. Not Mr. Kwarteng-Moss's record.]
""",
        "clinical/psychiatry-note-2026-11-17.txt": """
BAY AREA COMMUNITY MENTAL HEALTH (FICTIONAL) - PSYCHIATRY NOTE                             Date: 11/17/2026
Patient: Dashiell Kwarteng-Moss   DOB 06/11/1985   Page 1 of 1
MADRS 13. No suicidal ideation. Taking lurasidone 80 mg daily since the hospital (paid with a discount card since
10/2026). Weight +1 kg; fasting glucose normal. I certify he left the hospital stable on lurasidone and needs it.
Past medicines: lamotrigine 200 mg 2021-06/2024, remission of the 2021 episode, stopped when coverage lapsed;
lithium 600 mg 03-04/2022, stopped after 4 weeks for tremor and rising creatinine; quetiapine 50 mg at bedtime for
sleep 2023. - Imogen Saltonstall-Reyes, MD
""",
        "other/member-handbook-2026-section-7-3.txt": """
GREAT LAKES COMMUNITY HEALTH PLAN (FICTIONAL) - MEMBER HANDBOOK 2026                              Page 41 of 96
Section 7.3 Medicines started in the hospital
If you start a medicine while you are a patient in a hospital and your doctor says you are stable on it when you
leave, we will keep covering it without asking you to try preferred drugs first, for as long as your doctor says
you need it and it is working.
""",
        "other/preferred-drug-list-2026-excerpt.txt": """
GREAT LAKES COMMUNITY HEALTH PLAN (FICTIONAL) - PREFERRED DRUG LIST 2026 (excerpt)                Page 9 of 30
Antipsychotics and mood stabilizers for bipolar depression. Preferred: quetiapine, lamotrigine, lithium.
Non-preferred: lurasidone, cariprazine, lumateperone. Non-preferred agents require trials of two preferred agents
(quetiapine at 300 mg or more, lamotrigine, or lithium), each of adequate dose and duration, or a documented
intolerance or contraindication.
""",
        "other/signed-authorization-2026-11-03.txt": """
AUTHORIZATION TO REPRESENT (FICTIONAL)                                                      Signed 11/03/2026
I, Dashiell Kwarteng-Moss, authorize Rosalind Achebe-Thorne of Thumb Area Legal Aid to represent me in my appeal
and State Fair Hearing about lurasidone, and to receive my health information for that purpose.
""",
    },
    truth="""
# 03 - Medicaid managed care: lurasidone started in hospital, refused as non-preferred; the member handbook keeps it; state fair hearing asked by a legal aid attorney (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Dashiell Kwarteng-Moss, 41 (DOB 06/11/1985), Michigan Medicaid through Great Lakes Community Health Plan (managed
  care), bipolar I depression (F31.4). Admitted **09/12/2026-09/30/2026**; **lurasidone started in hospital
  09/15/2026**, 80 mg by 09/24/2026, **stable at discharge**.
- Plan denial **10/07/2026** (non-preferred, two preferred trials required); plan appeal upheld in the **notice of
  resolution of 10/22/2026**, which says lurasidone "was started after discharge" - the discharge summary contradicts
  it.
- **Member Handbook 2026, Section 7.3**: a medicine started in hospital, on which the doctor says the member is
  stable at discharge, is covered "without asking you to try preferred drugs first". His psychiatrist certifies it
  (11/17/2026).
- He **still takes** lurasidone, paying $86.40 a month with a discount card (10/08 and 11/06/2026). MADRS 31 -> 13.
- Clinically the PDL step is **not** met by two adequate trials: lithium stopped at 4 weeks (intolerance), quetiapine
  50 mg was a sleep dose, lamotrigine gave **remission in an earlier episode** (stopped when coverage lapsed).
- **Rule and stage:** Medicaid managed care; the plan appeal is exhausted; a **state fair hearing within 120
  calendar days of the notice of resolution: by 02/19/2027** (42 CFR 438.408(f)(2)); addressed to the hearing office,
  not to the plan. No continuation of benefits question: nothing the plan authorized was cut (`action: none`).
- **Author:** legal aid staff attorney, with his signed authorization; writes about "Mr. Kwarteng-Moss".

## Deliberately unknown
- Whether the plan has a separate written "new outpatient request" rule: not in the case.
- His weight and metabolic values beyond "weight +1 kg; fasting glucose normal": not in the case.
- Whether the hearing office will hear it on an expedited basis: unknown; no urgency certification.

## Traps
- **Plan document, not trials:** the winning point is Section 7.3; a letter must not claim two preferred trials were
  failed.
- **Decision's wrong statement:** "started after discharge" against the discharge summary (started 09/15/2026).
- **Other person:** the medication reconciliation page 2 (quetiapine 400 mg, lithium 900 mg) is another patient's.
- **Sleep dose:** quetiapine 50 mg is not the PDL's quetiapine trial (300 mg or more).
- **Intolerance:** lithium at 4 weeks is an intolerance, not a failed adequate trial.
- **Earlier-episode response:** lamotrigine brought remission in 2021; never "failed lamotrigine".
- **Drug still taken:** lurasidone continues; the letter must not say he is without it, nor that it was "stopped".
- **Suicidality:** passive at admission 09/12/2026, none since 09/20/2026: history, not a present risk.
- **Wrong law / route:** no ERISA, no 45 CFR 147.136 external review, no "continue benefits during the appeal"
  (438.420) since nothing authorized was cut; not "90 days" for the hearing.
- **Voice:** the attorney writes about her client; never "my medicine".

## Arguments a strong letter makes (strongest first)
1. Member Handbook Section 7.3 decides it: lurasidone was started in hospital on 09/15/2026 and he left stable on it
   on 09/30/2026, as his psychiatrist certifies; the plan must keep covering it without the preferred-drug steps.
2. Correct the notice of resolution's "started after discharge" with the discharge summary.
3. The plan's PDL allows "a documented intolerance or contraindication": lithium was stopped for tremor and rising
   creatinine; and switching a stable patient risks relapse after a hospitalization.
4. Order coverage and reimbursement of the $172.80 he paid with the discount card.

## What a letter must NOT say
- "failed two preferred agents", "failed lamotrigine", "failed quetiapine", "quetiapine 400 mg", "lithium 900 mg".
- "started after discharge" as true; "new start".
- "active suicidal ideation"; "is currently suicidal".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "continue his benefits during the appeal"
  (438.420), "within 90 days" for the hearing.
""",
    answers=[
        ("Plan type and delivery", "delivery: managed_care", "case.yaml"),
        ("Admission", "Admitted 09/12/2026", "clinical/hospital-discharge-summary-2026-09-30.txt"),
        ("Lurasidone started", "Lurasidone started 09/15/2026", "clinical/hospital-discharge-summary-2026-09-30.txt"),
        ("Stable at discharge", "Stable at discharge on lurasidone 80 mg daily", "clinical/hospital-discharge-summary-2026-09-30.txt"),
        ("Decision's wrong statement", "Lurasidone was started after discharge", "denial/notice-of-appeal-resolution-2026-10-22.txt"),
        ("Notice of resolution date", "Date: 10/22/2026", "denial/notice-of-appeal-resolution-2026-10-22.txt"),
        ("Hearing deadline", "next_deadline: 2027-02-19", "case.yaml"),
        ("Handbook section", "Section 7.3 Medicines started in the hospital", "other/member-handbook-2026-section-7-3.txt"),
        ("Handbook's words", "without asking you to try preferred drugs first", "other/member-handbook-2026-section-7-3.txt"),
        ("Psychiatrist's certification", "I certify he left the hospital stable on lurasidone and needs it", "clinical/psychiatry-note-2026-11-17.txt"),
        ("Sleep dose", "quetiapine 50 mg at bedtime for sleep 2023", "clinical/psychiatry-note-2026-11-17.txt"),
        ("Intolerance", "stopped after 4 weeks for tremor and rising creatinine", "clinical/psychiatry-note-2026-11-17.txt"),
        ("Earlier-episode response", "remission of the 2021 episode", "clinical/psychiatry-note-2026-11-17.txt"),
        ("Other person", "this page belongs to ANOTHER PATIENT, room 4B", "clinical/hospital-med-reconciliation-page-2-other-patient.txt"),
        ("Paid out of pocket", "$86.40", "case.yaml"),
        ("Author", "Staff attorney, Thumb Area Legal Aid", "case.yaml"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 04 Separate CHIP, AL, member 15: pediatric pain rehabilitation program excluded under an adults-only exclusion
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="04-separate-chip-age-15-pediatric-pain-rehab-program-adult-only-exclusion-first-plan-appeal-mother",
    yaml=r"""
# FICTIONAL CASE (set 41, case 04) - every person, plan, provider, number and address is invented.
# Separate CHIP (managed care), Alabama. Isadora Penhallow-Ruiz, 15, has CRPS of the left foot. Her request for a
# 3-week interdisciplinary pediatric pain rehabilitation day program was denied on 11/18/2026 under Evidence of
# Coverage 9.2(m) "pain management programs". The 2026 EOC limits that exclusion to members 19 and older and lists
# the program as a rehabilitative service for members under 19. Her mother files the first plan appeal.
patient:
  name: Isadora Penhallow-Ruiz
  salutation: Isadora
  date_of_birth: 2011-05-09
  member_id: FICT-HKH-5520913
  birth_record: {file: other/chip-eligibility-notice-2026-01-05.txt, page: 1}
  address: |-
    48 Dogwood Trace
    Opelika, AL 36801
  phone: (334) 555-0123
insurer:
  name: Heartland Kids Health Plan (FICTIONAL), separate CHIP
  appeals_address: |-
    Heartland Kids Health Plan - Member Appeals (FICTIONAL)
    PO Box 11230
    Montgomery, AL 36111
  fax: (334) 555-0179
claim:
  number: HKH-PA-26-1118-06612
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-11-18
  appeal_deadline: 2027-01-17
  deadline_basis: >-
    Notice of adverse benefit determination of 11/18/2026: "You have 60 days from the date of this notice to
    appeal."
  service_dates: [2027-01-11, 2027-01-29]
  sessions: 15
  setting: outpatient
  diagnosis_codes: [G90.522]
  denial_reason: >-
    Not covered. Pain management programs are excluded under Evidence of Coverage Section 9.2(m). This is a benefit
    exclusion; medical necessity was not reviewed.
  denial_category: not_covered
  denial_reasons: [not_covered]
  action: none
plan_policy:
  name: Heartland Kids Health Plan Evidence of Coverage 2026, Section 9.2(m)
  number: Section 9.2(m)
  quote: >-
    9.2 We do not cover: ... (m) Pain management programs, including interdisciplinary pain rehabilitation, for
    members age 19 and older.
  file: other/evidence-of-coverage-2026-excerpt.txt
  exclusion:
    name: Evidence of Coverage 2026, Section 9.2(m)
    from_age: 19
    reaches: false
    why: >-
      The exclusion reaches members 19 and older; Isadora is 15 on every program day (born 05/09/2011).
    file: other/evidence-of-coverage-2026-excerpt.txt
  other_terms: >-
    Evidence of Coverage 2026, Section 4.7 (Rehabilitative services): "Rehabilitative services include
    interdisciplinary pediatric pain rehabilitation programs for members under age 19, with prior approval."
  other_terms_file: other/evidence-of-coverage-2026-excerpt.txt
  other_terms_apply: >-
    Isadora is 15 and the request is the prior approval Section 4.7 asks for, so the program is a covered
    rehabilitative service under the plan's own terms.
treatment:
  name: Interdisciplinary pediatric pain rehabilitation day program, 15 program days
  summary: >-
    A 3-week day program (about 6 hours a day, 5 days a week) of physical and occupational therapy, pain
    psychology and school re-entry planning for a child with complex regional pain syndrome.
  setting: Magnolia Children's Pain Rehabilitation Program (FICTIONAL), a hospital-based outpatient day program
  plan: 15 program days from 01/11/2027 through 01/29/2027, then weekly outpatient PT and pain psychology for 8 weeks.
clinical:
  severity: >-
    Pain 8/10; walks only with crutches (no weight on the left foot); Functional Disability Inventory 38 on
    11/02/2026
  severity_date: 2026-11-02
  suicidality: none
  suicidality_date: 2026-11-02
  history:
    - drug: Outpatient physical therapy
      dose: 12 visits
      start: 2026-06
      end: 2026-09
      kind: other
      sessions: 12
      response: partial
      outcome: Partial gains (desensitization); still non-weight-bearing
      evidence: {file: clinical/pediatric-pain-clinic-note-2026-11-02.txt, page: 1}
    - drug: Gabapentin
      dose: 300 mg three times daily
      start: 2026-07
      ongoing: true
      kind: other
      response: partial
      outcome: Continues; partial relief
      evidence: {file: clinical/pediatric-pain-clinic-note-2026-11-02.txt, page: 1}
    - drug: Naproxen
      dose: 250 mg twice daily
      start: 2026-05
      end: 2026-06
      kind: other
      adequate: false
      outcome: Stopped after 3 weeks for stomach pain (intolerance)
      evidence: {file: clinical/pediatric-pain-clinic-note-2026-11-02.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 mg at bedtime for sleep
      start: 2026-08
      ongoing: true
      kind: other
      outcome: Sleep aid only; not a pain trial
      evidence: {file: clinical/pediatric-pain-clinic-note-2026-11-02.txt, page: 1}
    - drug: Pain psychology (CBT)
      dose: 8 sessions
      start: 2026-08
      ongoing: true
      kind: psychotherapy
      sessions: 8
      outcome: Continues weekly
      evidence: {file: clinical/pediatric-pain-clinic-note-2026-11-02.txt, page: 1}
impact:
  daily_life: Uses crutches at home and school; cannot ride the school bus; stopped marching band
  work: Missed 31 school days since August 2026
author:
  name: Lucía Ruiz-Penhallow
  role: Mother of the patient (a minor)
  relation: parent
  address: |-
    48 Dogwood Trace
    Opelika, AL 36801
  phone: (334) 555-0123
  email: lucia.ruizpenhallow@mailbox.example
provider:
  name: Magnolia Children's Pain Rehabilitation Program
  credentials: hospital-based pediatric pain rehabilitation program (FICTIONAL)
  npi: "2315728016"
  address: |-
    1400 Azalea Medical Parkway
    Montgomery, AL 36106
  phone: (334) 555-0157
record_dates:
  - file: clinical/pediatric-pain-clinic-note-2026-11-02.txt
    date: 2026-11-02
bates_prefix: PENHALLOWRUIZ
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/notice-of-adverse-benefit-determination-2026-11-18.txt": """
HEARTLAND KIDS HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION               Date: 11/18/2026
Member: Isadora Penhallow-Ruiz   DOB 05/09/2011   Member ID FICT-HKH-5520913   Reference HKH-PA-26-1118-06612
Request: interdisciplinary pediatric pain rehabilitation day program, 15 days, 01/11/2027-01/29/2027.
Not covered. Pain management programs are excluded under Evidence of Coverage Section 9.2(m). This is a benefit
exclusion; medical necessity was not reviewed.
You have 60 days from the date of this notice to appeal. After our appeal decision you may ask the State to
review it. Mail: Member Appeals, PO Box 11230, Montgomery, AL 36111; fax (334) 555-0179.
""",
        "clinical/pediatric-pain-clinic-note-2026-11-02.txt": """
PEDIATRIC PAIN CLINIC, MAGNOLIA CHILDREN'S (FICTIONAL) - CONSULTATION NOTE                 Date: 11/02/2026
Patient: Isadora Penhallow-Ruiz   DOB 05/09/2011 (age 15)   Page 1 of 1
Complex regional pain syndrome type I, left foot (G90.522), after an ankle sprain 04/2026. Pain 8/10, allodynia,
color and temperature change; non-weight-bearing on crutches. Functional Disability Inventory 38. No suicidal
ideation. Missed 31 school days since August.
Tried: outpatient PT 12 visits 06-09/2026 (partial gains); naproxen 250 mg twice daily 05-06/2026, stopped after 3
weeks for stomach pain; gabapentin 300 mg three times daily since 07/2026 (partial; continues); amitriptyline 10 mg
at bedtime for sleep since 08/2026; pain psychology (CBT) 8 sessions since 08/2026, continuing.
Recommendation: interdisciplinary pediatric pain rehabilitation day program, 15 days from 01/11/2027.
""",
        "other/evidence-of-coverage-2026-excerpt.txt": """
HEARTLAND KIDS HEALTH PLAN (FICTIONAL) - EVIDENCE OF COVERAGE 2026 (excerpt)                  Pages 22 and 57
Section 4.7 Rehabilitative services. Rehabilitative services include interdisciplinary pediatric pain
rehabilitation programs for members under age 19, with prior approval.
Section 9.2 We do not cover: ... (m) Pain management programs, including interdisciplinary pain rehabilitation,
for members age 19 and older.
""",
        "other/evidence-of-coverage-2025-excerpt-stale.txt": """
HEARTLAND KIDS HEALTH PLAN (FICTIONAL) - EVIDENCE OF COVERAGE 2025 (excerpt; superseded 01/01/2026)   Page 55
Section 9.2 We do not cover: ... (m) Pain management programs.
""",
        "other/chip-eligibility-notice-2026-01-05.txt": """
ALABAMA CHILDREN'S HEALTH INSURANCE (FICTIONAL NOTICE) - ELIGIBILITY NOTICE                    Date: 01/05/2026
Child: Isadora Penhallow-Ruiz   Date of birth: 05/09/2011   Enrolled with Heartland Kids Health Plan from
01/01/2026 through 12/31/2026; renewal pending. Parent: Lucía Ruiz-Penhallow.
""",
        "other/sibling-pt-note-misfiled.txt": """
OPELIKA SPORTS THERAPY (FICTIONAL) - PT DAILY NOTE                                            Date: 09/14/2026
Patient: Mateo Penhallow-Ruiz (DOB 02/20/2014) - right wrist sprain, visit 3 of 6.
[Misfiled in Isadora's folder by the family; her brother's note. Not part of this appeal.]
""",
    },
    truth="""
# 04 - Separate CHIP: a 15-year-old's pediatric pain rehabilitation program denied under an exclusion that reaches only members 19 and older; first plan appeal by her mother (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Isadora Penhallow-Ruiz, **15** (DOB 05/09/2011, eligibility notice of 01/05/2026), Alabama **separate CHIP** through
  Heartland Kids Health Plan (managed care). CRPS type I of the left foot (G90.522).
- Request: interdisciplinary pediatric pain rehabilitation **day program, 15 days, 01/11/2027-01/29/2027**. Denied
  **11/18/2026** as not covered under **EOC Section 9.2(m)**; "medical necessity was not reviewed".
- The **2026 EOC** 9.2(m) excludes pain programs "for members **age 19 and older**"; **Section 4.7** lists
  "interdisciplinary pediatric pain rehabilitation programs for members under age 19, with prior approval". She is 15
  on every program day. The **2025 EOC** (superseded) had no age limit - the denial's words match it.
- **Rule and stage:** separate CHIP managed care: first plan appeal **within 60 days: by 01/17/2027** (42 CFR
  457.1260 applying 438.402(c)(2)(ii)); then the **state's review** (42 CFR 457.1130(b)), **not** a Medicaid fair
  hearing. **No EPSDT** (a separate CHIP is not Medicaid).
- **Author:** her mother, parent of a minor; no authorization needed; writes about "Isadora".

## Deliberately unknown
- Whether the plan will then review medical necessity: unknown; a letter may ask that it do so promptly if needed.
- The program's charges and codes: not in the case; no dollar figure or code may be stated.
- Whether the state review is by an independent organization: not in the case.

## Traps
- **Plan document, not medicine:** the winning point is the exclusion's own age limit and Section 4.7.
- **Stale document:** the 2025 EOC's unlimited exclusion is superseded from 01/01/2026.
- **Other person:** the PT note is her brother Mateo's.
- **Drugs still taken:** gabapentin and CBT continue; never "failed".
- **Intolerance:** naproxen stopped after 3 weeks for stomach pain.
- **Sleep dose:** amitriptyline 10 mg at bedtime is not a pain trial.
- **Earlier PT** (12 visits, partial) is not a failed program; never "failed physical therapy".
- **Wrong law:** no EPSDT, no 42 USC 1396d(r)(5), no Medicaid fair hearing, no ERISA, no 45 CFR 147.136 external
  review; "medical necessity" is not the ground.
- **Voice:** the mother writes about her daughter; never "my pain".

## Arguments a strong letter makes (strongest first)
1. The exclusion the notice cites reaches only members 19 and older (EOC 2026, 9.2(m)); Isadora is 15 (eligibility
   notice, DOB 05/09/2011) on every program day: the ground must be withdrawn.
2. The plan's own Section 4.7 lists this very program as a rehabilitative service for members under 19, with prior
   approval - which is what was asked for.
3. Ask the plan to approve the 15 days from 01/11/2027, and to decide any medical-necessity question it still has
   before then, on the clinic's record (FDI 38, non-weight-bearing, 31 school days missed).

## What a letter must NOT say
- "EPSDT", "1396d(r)(5)", "Medicaid", "fair hearing".
- "Pain management programs are not covered" as true for her; "an exception to the exclusion" as the only route.
- "Mateo", "wrist sprain".
- "failed gabapentin", "failed physical therapy", "amitriptyline trial".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "MHPAEA".
""",
    answers=[
        ("Plan type", "plan_type: chip", "case.yaml"),
        ("Date of birth", "Date of birth: 05/09/2011", "other/chip-eligibility-notice-2026-01-05.txt"),
        ("Age", "(age 15)", "clinical/pediatric-pain-clinic-note-2026-11-02.txt"),
        ("Notice date", "Date: 11/18/2026", "denial/notice-of-adverse-benefit-determination-2026-11-18.txt"),
        ("Appeal deadline", "2027-01-17", "case.yaml"),
        ("Program dates", "15 days, 01/11/2027-01/29/2027", "denial/notice-of-adverse-benefit-determination-2026-11-18.txt"),
        ("Exclusion's age limit", "for members age 19 and older", "other/evidence-of-coverage-2026-excerpt.txt"),
        ("Section 4.7", "interdisciplinary pediatric pain rehabilitation programs for members under age 19, with prior approval", "other/evidence-of-coverage-2026-excerpt.txt"),
        ("Not reviewed", "medical necessity was not reviewed", "denial/notice-of-adverse-benefit-determination-2026-11-18.txt"),
        ("Stale EOC", "superseded 01/01/2026", "other/evidence-of-coverage-2025-excerpt-stale.txt"),
        ("Next level", "ask the State to review it", "denial/notice-of-adverse-benefit-determination-2026-11-18.txt"),
        ("Other person", "Mateo Penhallow-Ruiz", "other/sibling-pt-note-misfiled.txt"),
        ("Intolerance", "stopped after 3 weeks for stomach pain", "clinical/pediatric-pain-clinic-note-2026-11-02.txt"),
        ("Sleep dose", "amitriptyline 10 mg at bedtime for sleep", "clinical/pediatric-pain-clinic-note-2026-11-02.txt"),
        ("School lost", "Missed 31 school days since August", "clinical/pediatric-pain-clinic-note-2026-11-02.txt"),
        ("No EPSDT", "**No EPSDT**", "truth"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 05 Self-funded ERISA, IN: ketamine for CRPS judged by a policy revision dated after the infusions
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="05-self-funded-erisa-ketamine-crps-policy-revised-after-dates-of-service-first-appeal-patient",
    yaml=r"""
# FICTIONAL CASE (set 41, case 05) - every person, plan, provider, number and address is invented.
# Self-funded employer plan, Indiana (1,700 employees). Thaddeus Abernathy-Quill, 47, had five IV ketamine infusions
# for CRPS of the right arm on 05/18-05/22/2026. The claims were denied on 09/14/2026 as investigational under
# medical policy MP-KET-22 as revised 07/01/2026. The version in force on the dates of service covered ketamine for
# CRPS under four criteria he met, and SPD 7.2 applies the policy as it read on the date of service. He appeals.
patient:
  name: Thaddeus Abernathy-Quill
  salutation: Mr. Abernathy-Quill
  date_of_birth: 1979-02-23
  member_id: FICT-HPC-200418873
  address: |-
    7730 Sycamore Ridge Court
    Fishers, IN 46038
  phone: (317) 555-0141
  email: tabernathyquill@mailbox.example
insurer:
  name: Hoosier Precision Castings Employee Health Plan (FICTIONAL), administered by Meridian Crossing Benefit Services
  appeals_address: |-
    Meridian Crossing Benefit Services - Appeals Unit (FICTIONAL)
    PO Box 44690
    Indianapolis, IN 46244
  fax: (317) 555-0182
claim:
  number: MCB-26-0914-778120
  plan_type: employer_erisa
  funding: self_funded
  employees: 1700
  notice_date: 2026-09-14
  service_dates: [2026-05-18, 2026-05-19, 2026-05-20, 2026-05-21, 2026-05-22]
  setting: outpatient
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [G90.511]
  carc_codes: [CO-55]
  denial_reason: >-
    Experimental/investigational. Intravenous ketamine for chronic pain conditions, including complex regional pain
    syndrome, is considered investigational per Medical Policy MP-KET-22 (revised 07/01/2026). (CARC 55)
  denial_category: experimental_investigational
  denial_reasons: [experimental_investigational]
  coding_correct: true
  action: none
employer:
  name: Hoosier Precision Castings (FICTIONAL), Benefits Office
  address: |-
    500 Foundry Road
    Noblesville, IN 46060
plan_policy:
  name: Meridian Crossing Medical Policy MP-KET-22, Ketamine infusion (revised 07/01/2026)
  number: MP-KET-22
  quote: >-
    Effective 07/01/2026: Intravenous ketamine for chronic pain conditions, including complex regional pain
    syndrome, is considered investigational.
  file: other/medical-policy-mp-ket-22-revised-2026-07-01.txt
  other_terms: >-
    Summary Plan Description, Section 7.2: "Medical policies are applied as they read on the date the service was
    provided." Medical Policy MP-KET-22, version effective 01/01/2025 through 06/30/2026: "Intravenous ketamine is
    considered medically necessary for complex regional pain syndrome when all of the following are met: (1) CRPS
    diagnosed by a pain medicine specialist using the Budapest criteria; (2) failure or intolerance of at least two
    medications of different classes (a gabapentinoid, an SNRI or a tricyclic); (3) at least 6 weeks of physical
    or occupational therapy; (4) no psychosis and no uncontrolled hypertension."
  other_terms_file: other/spd-section-7-2-and-mp-ket-22-version-2025.txt
  other_terms_apply: >-
    All five infusions were given on 05/18-05/22/2026, while the 2025 version was in force; under SPD Section 7.2
    that version decides these claims, and it covers ketamine for CRPS when its four criteria are met, as they are.
payer_criteria:
  - criterion: (1) CRPS diagnosed by a pain medicine specialist using the Budapest criteria
    how_met: Budapest criteria documented by a board-certified pain medicine physician on 03/03/2026
    met: true
    evidence: {file: clinical/pain-medicine-consult-2026-03-03.txt, page: 1}
  - criterion: (2) Failure or intolerance of at least two medications of different classes
    how_met: Pregabalin stopped after 3 weeks for sedation (intolerance, gabapentinoid); duloxetine 60 mg 12 weeks with partial response only (SNRI, continued)
    met: true
    evidence: {file: clinical/pain-medicine-consult-2026-03-03.txt, page: 1}
  - criterion: (3) At least 6 weeks of physical or occupational therapy
    how_met: Occupational therapy 10 weeks, 01/05/2026-03/13/2026
    met: true
    evidence: {file: clinical/occupational-therapy-discharge-2026-03-13.txt, page: 1}
  - criterion: (4) No psychosis and no uncontrolled hypertension
    how_met: No psychosis; blood pressure 124/80 before infusion
    met: true
    evidence: {file: clinical/infusion-record-2026-05-22.txt, page: 1}
treatment:
  name: Intravenous ketamine infusions for complex regional pain syndrome, 5 outpatient infusions
  summary: >-
    Five daily 4-hour outpatient ketamine infusions (0.35 mg/kg/hour) for CRPS type I of the right arm, given at a
    hospital infusion center under the pain physician's protocol, with continuous monitoring.
clinical:
  severity: Pain 8/10 before the infusions; 4/10 on 06/22/2026; grip strength 9 kg right (38 kg left) before
  severity_date: 2026-06-22
  suicidality: none
  suicidality_date: 2026-06-22
  response: Pain 8/10 (05/18/2026) to 4/10 (06/22/2026); back at work on light duty 06/15/2026
  response_level: response
  history:
    - drug: Pregabalin
      dose: 75 mg twice daily
      start: 2025-12
      end: 2025-12
      weeks: 3
      kind: other
      adequate: false
      outcome: Stopped after 3 weeks for sedation (intolerance)
      evidence: {file: clinical/pain-medicine-consult-2026-03-03.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-12
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response after 12 weeks; continued
      evidence: {file: clinical/pain-medicine-consult-2026-03-03.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 mg at bedtime for sleep
      start: 2026-01
      ongoing: true
      kind: other
      outcome: Sleep aid only; not a tricyclic pain trial
      evidence: {file: clinical/pain-medicine-consult-2026-03-03.txt, page: 1}
    - drug: Occupational therapy
      dose: 10 weeks
      start: 2026-01-05
      end: 2026-03-13
      kind: other
      response: partial
      outcome: Partial gains; grip 9 kg at discharge
      evidence: {file: clinical/occupational-therapy-discharge-2026-03-13.txt, page: 1}
impact:
  work: Off work 02/02/2026-06/14/2026 (machinist; cannot grip tools with the right hand); light duty from 06/15/2026
expenses:
  - {date: 2026-05-18, item: deposit for five ketamine infusions, amount: $1500.00, paid: $1500.00}
author:
  name: Thaddeus Abernathy-Quill
  role: Patient
  relation: patient
  address: |-
    7730 Sycamore Ridge Court
    Fishers, IN 46038
  phone: (317) 555-0141
  email: tabernathyquill@mailbox.example
provider:
  name: Ingrid Solvang-Mercer, MD
  credentials: MD, board-certified in pain medicine
  npi: "1220453900"
  address: |-
    Crossroads Pain Institute (FICTIONAL), 11590 Olio Road
    Fishers, IN 46037
  phone: (317) 555-0166
record_dates:
  - file: clinical/pain-medicine-consult-2026-03-03.txt
    date: 2026-03-03
  - file: clinical/infusion-record-2026-05-22.txt
    date: 2026-05-22
bates_prefix: ABERNATHYQUILL
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/explanation-of-benefits-2026-09-14.txt": """
MERIDIAN CROSSING BENEFIT SERVICES (FICTIONAL) for HOOSIER PRECISION CASTINGS EMPLOYEE HEALTH PLAN   Date: 09/14/2026
EXPLANATION OF BENEFITS   Member: Thaddeus Abernathy-Quill   Member ID FICT-HPC-200418873   Claim MCB-26-0914-778120
Provider: Crossroads Pain Institute (Ingrid Solvang-Mercer, MD)
05/18/2026-05/22/2026  96365 x5, 96366 x15, J3490 x5   Billed $6,850.00   Allowed $0.00   Paid $0.00
CARC 55. Experimental/investigational. Intravenous ketamine for chronic pain conditions, including complex
regional pain syndrome, is considered investigational per Medical Policy MP-KET-22 (revised 07/01/2026).
You may appeal within 180 days of receiving this notice. This plan is self-funded by your employer.
""",
        "clinical/pain-medicine-consult-2026-03-03.txt": """
CROSSROADS PAIN INSTITUTE (FICTIONAL) - PAIN MEDICINE CONSULTATION                         Date: 03/03/2026
Patient: Thaddeus Abernathy-Quill   DOB 02/23/1979   Page 1 of 1
CRPS type I, right upper limb (G90.511), after a wrist fracture 09/2025. Budapest criteria met: continuing pain out
of proportion; allodynia, edema, color and sweating change, reduced range of motion and weakness on exam.
Medicines: pregabalin 75 mg twice daily 12/2025, stopped after 3 weeks for sedation; duloxetine 60 mg daily since
12/2025, partial response at 12 weeks, continued; amitriptyline 10 mg at bedtime for sleep since 01/2026.
Occupational therapy since 01/05/2026. No psychosis; no hypertension. Plan: IV ketamine, 5 daily infusions.
- Ingrid Solvang-Mercer, MD, board-certified in pain medicine
""",
        "clinical/occupational-therapy-discharge-2026-03-13.txt": """
FISHERS HAND AND UPPER LIMB THERAPY (FICTIONAL) - OT DISCHARGE SUMMARY                       Date: 03/13/2026
Patient: Thaddeus Abernathy-Quill   10 weeks, 01/05/2026-03/13/2026, 20 visits: desensitization, graded motor
imagery, strengthening. Partial gains; grip 9 kg right (38 kg left). Referred back to pain medicine.
""",
        "clinical/infusion-record-2026-05-22.txt": """
CROSSROADS PAIN INSTITUTE (FICTIONAL) - KETAMINE INFUSION RECORD                           Dates: 05/18-05/22/2026
Patient: Thaddeus Abernathy-Quill   Page 1 of 1
Daily 4-hour infusions at 0.35 mg/kg/hour; continuous pulse oximetry, ECG and blood pressure. BP 124/80 before
the first infusion. No psychotic symptoms. Pain 8/10 on 05/18/2026. Follow-up 06/22/2026: pain 4/10; returned to
work on light duty 06/15/2026.
""",
        "other/medical-policy-mp-ket-22-revised-2026-07-01.txt": """
MERIDIAN CROSSING BENEFIT SERVICES (FICTIONAL) - MEDICAL POLICY MP-KET-22 Ketamine infusion    Revised 07/01/2026
Effective 07/01/2026: Intravenous ketamine for chronic pain conditions, including complex regional pain syndrome,
is considered investigational.
Policy history: version effective 01/01/2025 through 06/30/2026 replaced by this revision on 07/01/2026.
""",
        "other/spd-section-7-2-and-mp-ket-22-version-2025.txt": """
HOOSIER PRECISION CASTINGS EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026, page 34
Section 7.2 Medical policies. Medical policies are applied as they read on the date the service was provided.

MERIDIAN CROSSING MEDICAL POLICY MP-KET-22 - version effective 01/01/2025 through 06/30/2026 (archived copy)
Intravenous ketamine is considered medically necessary for complex regional pain syndrome when all of the
following are met: (1) CRPS diagnosed by a pain medicine specialist using the Budapest criteria; (2) failure or
intolerance of at least two medications of different classes (a gabapentinoid, an SNRI or a tricyclic); (3) at
least 6 weeks of physical or occupational therapy; (4) no psychosis and no uncontrolled hypertension.
""",
        "other/infusion-suite-daily-log-2026-05-20.txt": """
CROSSROADS PAIN INSTITUTE (FICTIONAL) - INFUSION SUITE DAILY LOG                              Date: 05/20/2026
Chair 1  T. Abernathy-Quill  ketamine, day 3 of 5
Chair 2  R. Obuya  IV iron infusion
[A daily log; chair 2 is another patient.]
""",
    },
    truth="""
# 05 - Self-funded employer plan: IV ketamine for CRPS denied under a policy revision dated after the infusions; first internal appeal by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Thaddeus Abernathy-Quill, 47 (DOB 02/23/1979), **self-funded** ERISA plan of Hoosier Precision Castings (1,700
  employees; TPA Meridian Crossing), CRPS type I of the right arm (G90.511). **Five IV ketamine infusions
  05/18-05/22/2026**. EOB **09/14/2026**: CO-55, investigational "per Medical Policy MP-KET-22 (revised 07/01/2026)".
- **SPD Section 7.2**: "Medical policies are applied as they read on the date the service was provided." The version
  in force on the dates of service (**01/01/2025 through 06/30/2026**) covered ketamine for CRPS under **four
  criteria**, all met: Budapest diagnosis by a pain physician (03/03/2026); pregabalin intolerance (3 weeks,
  sedation) and duloxetine partial response at 12 weeks (continued); OT 10 weeks; no psychosis, BP 124/80.
- Response: pain **8/10 -> 4/10** by 06/22/2026; light duty from 06/15/2026. He paid a $1,500.00 deposit.
- **Rule and stage:** ERISA claims rule: first internal appeal **within 180 days of receipt: by 03/13/2027** from the
  notice date (29 CFR 2560.503-1(h)(3)(i)); post-service decision within 60 days (or 30 per level). Next: **federal**
  external review for a self-funded plan (29 CFR 2590.715-2719).
- **Author:** the patient ("I").

## Deliberately unknown
- Why the policy was revised: not in the case; a letter must not guess.
- The allowed amount had the claims been paid: not in the case.
- Whether infusions will be repeated: not in the case; no future care is asked for.

## Traps
- **Date, not medicine:** the winning point is the date of service against the revision date (07/01/2026) and SPD
  7.2; a letter must not argue that the 2026 revision is wrong as its main point.
- **Not mental health:** CRPS is a pain condition treated as medical; a parity (MHPAEA) argument does not fit.
- **Drug still taken:** duloxetine continues; never "failed" or "stopped".
- **Intolerance:** pregabalin at 3 weeks for sedation is an intolerance (the 2025 criterion counts intolerance).
- **Sleep dose:** amitriptyline 10 mg is not the tricyclic of criterion (2).
- **Other person:** the infusion suite log's chair 2 is another patient.
- **Response:** "4/10" is a response, not cure or remission.
- **Wrong law:** no 45 CFR 147.136 as the external review rule for a self-funded plan (29 CFR 2590.715-2719); no state
  insurance department; no Medicare or Medicaid citations; no contra proferentem stated as law.
- **Voice:** the patient signs: "I", "my infusions"; never "Mr. Abernathy-Quill has".

## Arguments a strong letter makes (strongest first)
1. SPD 7.2 applies the policy as it read on the date of service; every infusion (05/18-05/22/2026) came before the
   07/01/2026 revision, so the 2025 version decides, and it covers ketamine for CRPS.
2. All four of that version's criteria are met, each with its record.
3. The treatment worked (pain 8/10 to 4/10; back to work): pay the claims and refund the $1,500.00 deposit as the plan
   terms require; ask for the claim file and the documents relied on (29 CFR 2560.503-1(h)(2)(iii)).

## What a letter must NOT say
- "MHPAEA", "mental health parity", "45 CFR 147.136" as the external review rule, "state insurance department".
- "failed duloxetine", "stopped duloxetine", "amitriptyline trial", "failed pregabalin" (for lack of effect).
- "R. Obuya", "iron infusion".
- "remission", "cured"; "the revised policy applies to these claims".
- "ambiguities must be construed against the plan" stated as law.
""",
    answers=[
        ("Plan type and funding", "funding: self_funded", "case.yaml"),
        ("Employees", "employees: 1700", "case.yaml"),
        ("Dates of service", "05/18/2026-05/22/2026  96365 x5", "denial/explanation-of-benefits-2026-09-14.txt"),
        ("Revision date", "Revised 07/01/2026", "other/medical-policy-mp-ket-22-revised-2026-07-01.txt"),
        ("Version in force", "version effective 01/01/2025 through 06/30/2026", "other/spd-section-7-2-and-mp-ket-22-version-2025.txt"),
        ("SPD 7.2", "Medical policies are applied as they read on the date the service was provided", "other/spd-section-7-2-and-mp-ket-22-version-2025.txt"),
        ("Budapest", "Budapest criteria met", "clinical/pain-medicine-consult-2026-03-03.txt"),
        ("Intolerance", "stopped after 3 weeks for sedation", "clinical/pain-medicine-consult-2026-03-03.txt"),
        ("Drug still taken", "partial response at 12 weeks, continued", "clinical/pain-medicine-consult-2026-03-03.txt"),
        ("Sleep dose", "amitriptyline 10 mg at bedtime for sleep", "clinical/pain-medicine-consult-2026-03-03.txt"),
        ("Therapy", "10 weeks, 01/05/2026-03/13/2026", "clinical/occupational-therapy-discharge-2026-03-13.txt"),
        ("Blood pressure", "BP 124/80", "clinical/infusion-record-2026-05-22.txt"),
        ("Response", "pain 4/10", "clinical/infusion-record-2026-05-22.txt"),
        ("Other person", "Chair 2  R. Obuya", "other/infusion-suite-daily-log-2026-05-20.txt"),
        ("External review rule", "29 CFR 2590.715-2719", "truth"),
        ("Author", "relation: patient", "case.yaml"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 06 Insured employer plan, VA: gepirone step therapy, "one class"; duloxetine under a former plan
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="06-insured-employer-gepirone-step-therapy-snri-trial-under-former-plan-first-appeal-pa-c",
    yaml=r"""
# FICTIONAL CASE (set 41, case 06) - every person, plan, provider, number and address is invented.
# Insured employer group plan, Virginia (1,100 employees). Ottoline Farquharson-Diaz, 36, recurrent depression with
# sexual side effects on SSRIs and an SNRI. Gepirone ER was denied on 11/16/2026 under RX-AD-31: "pharmacy claims
# show sertraline and escitalopram, both SSRIs". Her 14-week duloxetine trial was paid by her former employer's plan
# before she joined this one on 07/01/2025. Her treating physician assistant files the first internal appeal.
patient:
  name: Ottoline Farquharson-Diaz
  salutation: Ms. Farquharson-Diaz
  date_of_birth: 1990-10-30
  member_id: FICT-CMH-61184027
  address: |-
    3318 Sandpiper Lane
    Norfolk, VA 23518
  phone: (757) 555-0112
insurer:
  name: Chesapeake Mutual Health (FICTIONAL)
  appeals_address: |-
    Chesapeake Mutual Health - Pharmacy Appeals (FICTIONAL)
    PO Box 85210
    Richmond, VA 23285
  fax: (804) 555-0138
claim:
  number: CMH-RX-26-1116-90417
  plan_type: employer_erisa
  funding: insured
  employees: 1100
  state: VA
  notice_date: 2026-11-16
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Step therapy RX-AD-31 criterion 1 not met. Gepirone extended-release requires trials of at least two generic
    antidepressants from two different classes. Pharmacy claims show trials of sertraline and escitalopram, both
    selective serotonin reuptake inhibitors (one class).
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  reviewer: {name: "M. Oduya, PharmD", specialty: clinical pharmacist}
  corrections:
    - said: Pharmacy claims show trials of sertraline and escitalopram, both selective serotonin reuptake inhibitors (one class).
      record: >-
        Her former employer plan's pharmacy history shows duloxetine, an SNRI, filled from 01/06/2025 through
        04/14/2025 (60 mg, then 90 mg from 02/03/2025): a 14-week trial with no response, before she joined this plan
        on 07/01/2025.
      file: other/former-plan-pharmacy-history-2025.txt
      page: 1
      leaves_out: true
employer:
  name: Tidewater Maritime Logistics (FICTIONAL), Human Resources - Benefits
  address: |-
    900 Terminal Boulevard
    Norfolk, VA 23505
plan_policy:
  name: Chesapeake Mutual Health Pharmacy Step Therapy Criteria RX-AD-31 (gepirone extended-release)
  number: RX-AD-31
  quote: >-
    Gepirone extended-release may be approved when: 1. the member has tried at least two generic antidepressants
    from two different classes, each for at least 6 weeks at an adequate dose, or could not tolerate them; and
    2. the member is 18 or older with major depressive disorder.
  file: other/step-therapy-criteria-rx-ad-31.txt
payer_criteria:
  - criterion: 1. At least two generic antidepressants from two different classes, each for at least 6 weeks at an adequate dose, or not tolerated
    how_met: Sertraline 100 mg 10 weeks (SSRI, 2023); duloxetine 60-90 mg 14 weeks, no response (SNRI, 2025, paid by her former plan); escitalopram 20 mg since 10/2025 (SSRI, partial, continued)
    met: true
    evidence: [{file: clinical/psychiatry-pa-note-2026-11-05.txt, page: 1}, {file: other/former-plan-pharmacy-history-2025.txt, page: 1}]
  - criterion: 2. Age 18 or older with major depressive disorder
    how_met: Age 36; major depressive disorder, recurrent, moderate (F33.1)
    met: true
    evidence: {file: clinical/psychiatry-pa-note-2026-11-05.txt, page: 1}
treatment:
  name: Gepirone extended-release (Exxua) 18.2 mg daily, titrated to 72.6 mg
  summary: >-
    A once-daily antidepressant (a 5-HT1A receptor agonist) approved for major depressive disorder in adults,
    chosen because SSRIs and an SNRI caused sexual dysfunction and the SNRI did not help.
  plan: >-
    Start 18.2 mg daily, 36.3 mg on day 4, up to 72.6 mg by week 3 as tolerated; cross-taper escitalopram over 2
    weeks; PHQ-9 at weeks 4 and 8; ECG if QT-prolonging drugs are added.
clinical:
  severity: PHQ-9 17 on 11/05/2026
  severity_date: 2026-11-05
  suicidality: none
  suicidality_date: 2026-11-05
  episode_onset: 2024-09
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2023-03
      end: 2023-05
      weeks: 10
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response at 10 weeks; stopped for sexual dysfunction
      evidence: {file: clinical/psychiatry-pa-note-2026-11-05.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily, 90 mg from 02/03/2025
      start: 2025-01-06
      end: 2025-04-14
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response at 14 weeks; sexual dysfunction; stopped
      paid_outside: another plan
      evidence: {file: other/former-plan-pharmacy-history-2025.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-10
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continues until the cross-taper to gepirone
      evidence: {file: clinical/psychiatry-pa-note-2026-11-05.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-10
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-pa-note-2026-11-05.txt, page: 1}
    - drug: Fluoxetine
      dose: 20 mg daily
      start: 2016-02
      end: 2017-03
      kind: antidepressant
      response: remission
      outcome: Remission of the 2016 episode; not a failure
      evidence: {file: clinical/psychiatry-pa-note-2026-11-05.txt, page: 1}
impact:
  work: Missed 9 workdays since September 2026; moved from dispatcher to a reduced schedule
author:
  name: Benedikt Oyelowo-Strand, PA-C
  role: Treating physician assistant (psychiatry)
  relation: prescriber
  authorization: other/member-consent-2026-11-18.txt
  address: |-
    Elizabeth River Behavioral Health (FICTIONAL), 240 West Olney Road
    Norfolk, VA 23510
  phone: (757) 555-0129
  email: boyelowostrand@erbh.example
provider:
  name: Benedikt Oyelowo-Strand, PA-C
  credentials: PA-C, psychiatry, supervised by Hester Quaye, MD
  npi: "1604621163"
  address: |-
    240 West Olney Road
    Norfolk, VA 23510
  phone: (757) 555-0129
record_dates:
  - file: clinical/psychiatry-pa-note-2026-11-05.txt
    date: 2026-11-05
  - file: other/former-plan-pharmacy-history-2025.txt
    date: 2025-06-30
    submitted: false
copies: [employer]
bates_prefix: FARQUHARSONDIAZ
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/step-therapy-denial-2026-11-16.txt": """
CHESAPEAKE MUTUAL HEALTH (FICTIONAL) - PHARMACY COVERAGE DECISION: DENIED                      Date: 11/16/2026
Member: Ottoline Farquharson-Diaz   DOB 10/30/1990   Member ID FICT-CMH-61184027   Reference CMH-RX-26-1116-90417
Group: Tidewater Maritime Logistics. Drug: gepirone extended-release 18.2 mg. Prescriber: B. Oyelowo-Strand, PA-C.
Step therapy RX-AD-31 criterion 1 not met. Gepirone extended-release requires trials of at least two generic
antidepressants from two different classes. Pharmacy claims show trials of sertraline and escitalopram, both
selective serotonin reuptake inhibitors (one class). Reviewed by M. Oduya, PharmD.
You may appeal within 180 days of receiving this notice.
""",
        "clinical/psychiatry-pa-note-2026-11-05.txt": """
ELIZABETH RIVER BEHAVIORAL HEALTH (FICTIONAL) - PSYCHIATRY FOLLOW-UP                       Date: 11/05/2026
Patient: Ottoline Farquharson-Diaz   DOB 10/30/1990 (age 36)   Page 1 of 1
Major depressive disorder, recurrent, moderate (F33.1); current episode since 09/2024. PHQ-9 17. No suicidal
ideation. Sexual dysfunction on every SSRI/SNRI tried.
Trials: sertraline 100 mg 03-05/2023, 10 weeks, partial, stopped for sexual dysfunction; duloxetine 60 mg from
01/06/2025, 90 mg from 02/03/2025, to 04/14/2025: 14 weeks, no response (filled under her former employer's plan);
escitalopram 20 mg since 10/2025, partial, continues; trazodone 50 mg at bedtime for sleep since 10/2025.
Earlier episode: fluoxetine 20 mg 2016-2017, remission.
Plan: gepirone ER 18.2 mg, titrate to 72.6 mg; cross-taper escitalopram over 2 weeks; PHQ-9 at weeks 4 and 8.
- Benedikt Oyelowo-Strand, PA-C (supervising physician Hester Quaye, MD)
""",
        "other/former-plan-pharmacy-history-2025.txt": """
HARBOR BAY PHARMACY BENEFITS (FICTIONAL; former employer plan, coverage ended 06/30/2025) - MEMBER FILL HISTORY
Member: Ottoline Farquharson-Diaz   Printed 06/30/2025   Page 1 of 1
01/06/2025  duloxetine 60 mg, 30 days     PAID
02/03/2025  duloxetine 90 mg (60 + 30), 30 days   PAID
03/05/2025  duloxetine 90 mg, 30 days     PAID
04/04/2025  duloxetine 90 mg, 10 days; discontinued 04/14/2025   PAID
""",
        "other/step-therapy-criteria-rx-ad-31.txt": """
CHESAPEAKE MUTUAL HEALTH (FICTIONAL) - PHARMACY STEP THERAPY CRITERIA RX-AD-31                   Page 1 of 1
Gepirone extended-release may be approved when: 1. the member has tried at least two generic antidepressants from
two different classes, each for at least 6 weeks at an adequate dose, or could not tolerate them; and 2. the
member is 18 or older with major depressive disorder.
""",
        "other/member-consent-2026-11-18.txt": """
MEMBER CONSENT TO APPEAL (FICTIONAL)                                                        Signed 11/18/2026
I, Ottoline Farquharson-Diaz, ask Benedikt Oyelowo-Strand, PA-C, to appeal the denial of gepirone for me and
consent to the release of my records to Chesapeake Mutual Health for this appeal.
""",
        "other/eap-intake-2022-stale.txt": """
TIDEWATER MARITIME LOGISTICS EMPLOYEE ASSISTANCE PROGRAM (FICTIONAL) - INTAKE                    Date: 08/11/2022
Caller: O. Farquharson-Diaz. Reason: workplace stress; no medication. Referred for 3 counseling sessions.
[An old intake from before the current episode; not a treatment trial.]
""",
    },
    truth="""
# 06 - Insured employer plan: gepirone denied for "one class" when the SNRI trial was paid by her former plan; first internal appeal by her treating PA-C (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ottoline Farquharson-Diaz, 36 (DOB 10/30/1990), **insured** employer group plan (Chesapeake Mutual Health,
  Tidewater Maritime Logistics, **1,100 employees**, Virginia). MDD recurrent, moderate (F33.1), episode since 09/2024;
  PHQ-9 17 on 11/05/2026; no suicidal ideation.
- Denied **11/16/2026** under **RX-AD-31 criterion 1**: "Pharmacy claims show ... sertraline and escitalopram, both
  ... SSRIs (one class)". True as far as this plan's claims go; it leaves out **duloxetine (SNRI), 14 weeks, no
  response, 01/06/2025-04/14/2025**, paid by her **former employer's plan** (coverage ended 06/30/2025).
- Two classes tried at adequate dose and duration: sertraline 10 weeks (SSRI; partial) and duloxetine 14 weeks
  (SNRI; none); escitalopram 20 mg (SSRI) **still taken**, partial. Criterion 2 is met (36, MDD).
- **Rule and stage:** ERISA (insured): first internal appeal, **pre-service, 180 days from receipt: by 05/15/2027**;
  decision within 30 days (29 CFR 2560.503-1(i)(2)(ii)); external review then through the state's process for an
  insured plan (45 CFR 147.136). Parity (MHPAEA) reaches this plan (1,100 employees).
- **Author:** treating **physician assistant** (prescriber), with the member's consent of 11/18/2026; "I write as Ms.
  Farquharson-Diaz's treating physician assistant"; never "Dr." or "physician".

## Deliberately unknown
- Whether Chesapeake Mutual has its own record of the former plan's fills: unknown.
- Gepirone's price or tier: not in the case.
- Her supervising physician's view beyond the PA's note: not in the case.

## Traps
- **Trial paid outside the plan:** duloxetine is a trial although this plan's claims do not show it.
- **Drug still taken:** escitalopram continues until the cross-taper; never "failed escitalopram" or "stopped".
- **Sleep dose:** trazodone 50 mg is not an antidepressant trial.
- **Earlier-episode response:** fluoxetine brought remission in 2016; never a failure.
- **Stale / not a trial:** the 2022 EAP intake (counseling, no medication) is not a treatment trial of this episode.
- **Decision's words:** true as far as they go (`leaves_out`); the letter says what they leave out, not "the claims
  show otherwise".
- **Voice and title:** a PA-C, not "Dr.", not "physician", not "the prescribing physician".
- **Wrong law:** no Medicare, no Medicaid; 29 CFR 2590.715-2719 is for self-funded plans, not this insured plan.

## Arguments a strong letter makes (strongest first)
1. Criterion 1 is met: sertraline (SSRI, 10 weeks) and duloxetine (SNRI, 14 weeks at 60-90 mg, no response, former
   plan's fill history), each adequate; the notice's claims-only count leaves duloxetine out.
2. Criterion 2 is met; the clinical reason for gepirone (sexual dysfunction on SSRIs and the SNRI) and the
   cross-taper plan.
3. Step therapy is a nonquantitative treatment limitation under MHPAEA: ask for the plan's comparable medical rules
   as documents relevant to the claim (not as a member's right to the comparative analysis).

## What a letter must NOT say
- "Dr. Oyelowo-Strand", "physician" for the author, "I write as her physician".
- "failed escitalopram", "stopped escitalopram"; "trazodone trial"; "failed fluoxetine".
- "the plan's claims show duloxetine"; "three classes".
- "29 CFR 2590.715-2719", "Medicare", "Medicaid"; "suicidal ideation" as present.
""",
    answers=[
        ("Funding", "funding: insured", "case.yaml"),
        ("Employees", "employees: 1100", "case.yaml"),
        ("Notice date", "Date: 11/16/2026", "denial/step-therapy-denial-2026-11-16.txt"),
        ("Denial's words", "both selective serotonin reuptake inhibitors (one class)", "denial/step-therapy-denial-2026-11-16.txt"),
        ("Duloxetine start", "01/06/2025  duloxetine 60 mg, 30 days", "other/former-plan-pharmacy-history-2025.txt"),
        ("Duloxetine end", "discontinued 04/14/2025", "other/former-plan-pharmacy-history-2025.txt"),
        ("Former plan ended", "coverage ended 06/30/2025", "other/former-plan-pharmacy-history-2025.txt"),
        ("Duloxetine outcome", "14 weeks, no response", "clinical/psychiatry-pa-note-2026-11-05.txt"),
        ("Sertraline", "sertraline 100 mg 03-05/2023, 10 weeks, partial", "clinical/psychiatry-pa-note-2026-11-05.txt"),
        ("Drug still taken", "escitalopram 20 mg since 10/2025, partial, continues", "clinical/psychiatry-pa-note-2026-11-05.txt"),
        ("Sleep dose", "trazodone 50 mg at bedtime for sleep", "clinical/psychiatry-pa-note-2026-11-05.txt"),
        ("Earlier episode", "fluoxetine 20 mg 2016-2017, remission", "clinical/psychiatry-pa-note-2026-11-05.txt"),
        ("Criterion 1 words", "two generic antidepressants from two different classes", "other/step-therapy-criteria-rx-ad-31.txt"),
        ("Author relation", "relation: prescriber", "case.yaml"),
        ("Consent", "Signed 11/18/2026", "other/member-consent-2026-11-18.txt"),
        ("Deadline", "by 05/15/2027", "truth"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 07 Medicare Advantage PPO, KY: member's payment request for an out-of-network ESI; not on the 2026 PA list
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="07-ma-ppo-epidural-injection-payment-request-not-on-2026-pa-list-reconsideration-wife",
    yaml=r"""
# FICTIONAL CASE (set 41, case 07) - every person, plan, provider, number and address is invented.
# Medicare Advantage PPO, Kentucky. Cornelius Whitlow-Baptiste, 76 at the time, had a lumbar transforaminal epidural steroid
# injection from an out-of-network pain physician on 08/19/2026 and paid $1,180.00. His request for payment was
# denied on 11/12/2026 for "no prior authorization". The plan's 2026 Prior Authorization List does not list epidural
# injections (the 2025 list did) and says services not on it need none. His wife, appointed on CMS-1696, appeals.
patient:
  name: Cornelius Whitlow-Baptiste
  salutation: Mr. Whitlow-Baptiste
  date_of_birth: 1949-12-04
  member_id: FICT-BHM-83305176
  address: |-
    512 Limestone Run
    Frankfort, KY 40601
  phone: (502) 555-0115
insurer:
  name: Bluegrass Heritage Medicare PPO (FICTIONAL)
  appeals_address: |-
    Bluegrass Heritage Medicare - Appeals (FICTIONAL)
    PO Box 22870
    Louisville, KY 40252
  fax: (502) 555-0184
claim:
  number: BHM-PR-26-0910-44215
  plan_type: medicare_advantage
  notice_date: 2026-11-12
  appeal_deadline: 2027-01-16
  deadline_basis: >-
    Notice of Denial of Payment of 11/12/2026: "You must ask for an appeal within 65 calendar days from the date of
    this notice."
  service_dates: [2026-08-19]
  setting: outpatient
  procedure_codes: [64483, J1040]
  diagnosis_codes: [M54.16]
  carc_codes: [PR-197]
  denial_reason: >-
    Your request for payment is denied. Out-of-network services on our Prior Authorization List require prior
    authorization. No authorization was obtained for this service. (PR-197)
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  coding_correct: true
  action: none
plan_policy:
  name: Bluegrass Heritage Medicare PPO 2026 Prior Authorization List (effective 01/01/2026)
  quote: >-
    Services not on this list do not need prior authorization, in or out of network. ... Pain management: spinal
    cord stimulator trial and implant; radiofrequency ablation of spinal nerves.
  file: other/prior-authorization-list-2026.txt
  other_terms: >-
    Evidence of Coverage 2026, Chapter 4, Section 2.3: "As a PPO member you may get covered services from
    out-of-network providers without a referral. Services on our Prior Authorization List need prior authorization
    whether you get them in or out of network."
  other_terms_file: other/evidence-of-coverage-2026-chapter-4-excerpt.txt
  other_terms_apply: >-
    The injection of 08/19/2026 was given while the 2026 list was in force; that list does not name epidural
    steroid injections, so under Section 2.3 it needed no prior authorization out of network, and the notice's only
    ground does not apply.
prior_auth:
  required: false
  reason_missing: >-
    None was required: the 2026 Prior Authorization List, in force on 08/19/2026, does not list epidural steroid
    injections, and unlisted services need no authorization in or out of network.
treatment:
  name: Lumbar transforaminal epidural steroid injection, right L5-S1, with fluoroscopic guidance (64483, J1040)
  summary: >-
    One injection of methylprednisolone 80 mg at the right L5-S1 foramen for lumbar radiculopathy, given on
    08/19/2026 by an out-of-network pain physician under his PPO's out-of-network benefit.
clinical:
  severity: Right leg pain 8/10 before the injection; 3/10 on 09/16/2026
  severity_date: 2026-09-16
  suicidality: none
  suicidality_date: 2026-09-16
  response: Leg pain 8/10 (08/19/2026) to 3/10 (09/16/2026); walking 20 minutes again
  response_level: response
  history:
    - drug: Meloxicam
      dose: 7.5 mg daily
      start: 2026-05
      ongoing: true
      kind: other
      response: partial
      outcome: Continues; partial relief
      evidence: {file: clinical/pain-clinic-procedure-note-2026-08-19.txt, page: 1}
    - drug: Gabapentin
      dose: 300 mg at bedtime, then twice daily
      start: 2026-05
      end: 2026-06
      kind: other
      adequate: false
      outcome: Stopped after 4 weeks for dizziness (intolerance)
      evidence: {file: clinical/pain-clinic-procedure-note-2026-08-19.txt, page: 1}
    - drug: Cyclobenzaprine
      dose: 5 mg at bedtime
      start: 2026-06
      ongoing: true
      kind: other
      outcome: At bedtime for spasm and sleep; not a trial for radicular pain
      evidence: {file: clinical/pain-clinic-procedure-note-2026-08-19.txt, page: 1}
    - drug: Physical therapy
      dose: 8 visits over 6 weeks
      start: 2026-06
      end: 2026-07
      weeks: 6
      kind: other
      sessions: 8
      response: partial
      outcome: Partial benefit; home exercises continue
      evidence: {file: clinical/pain-clinic-procedure-note-2026-08-19.txt, page: 1}
expenses:
  - {date: 2026-08-19, item: lumbar epidural steroid injection (paid to the pain clinic), amount: $1180.00, paid: $1180.00}
author:
  name: Henrietta Whitlow-Baptiste
  role: Wife of the patient, appointed representative (form CMS-1696)
  relation: representative
  authorization: other/appointment-of-representative-cms-1696-2026-11-20.txt
  address: |-
    512 Limestone Run
    Frankfort, KY 40601
  phone: (502) 555-0115
provider:
  name: Anselm Kettering-Obi, MD
  credentials: MD, interventional pain medicine (out of network)
  npi: "1763012170"
  address: |-
    Kentucky River Spine and Pain (FICTIONAL), 1020 Versailles Road
    Frankfort, KY 40601
  phone: (502) 555-0137
record_dates:
  - file: clinical/pain-clinic-procedure-note-2026-08-19.txt
    date: 2026-08-19
  - file: clinical/pain-clinic-follow-up-2026-09-16.txt
    date: 2026-09-16
bates_prefix: WHITLOWBAPTISTE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/notice-of-denial-of-payment-2026-11-12.txt": """
BLUEGRASS HERITAGE MEDICARE PPO (FICTIONAL) - NOTICE OF DENIAL OF PAYMENT                     Date: 11/12/2026
Member: Cornelius Whitlow-Baptiste   DOB 12/04/1949   Member ID FICT-BHM-83305176   Reference BHM-PR-26-0910-44215
Your request for payment received 09/10/2026: 08/19/2026, Kentucky River Spine and Pain (out of network), 64483,
J1040, amount you paid $1,180.00.
Your request for payment is denied. Out-of-network services on our Prior Authorization List require prior
authorization. No authorization was obtained for this service. (PR-197)
You must ask for an appeal within 65 calendar days from the date of this notice. Mail: Appeals, PO Box 22870,
Louisville, KY 40252; fax (502) 555-0184. If we uphold our decision, your case goes to an independent review
entity automatically.
""",
        "clinical/pain-clinic-procedure-note-2026-08-19.txt": """
KENTUCKY RIVER SPINE AND PAIN (FICTIONAL) - PROCEDURE NOTE                                 Date: 08/19/2026
Patient: Cornelius Whitlow-Baptiste   DOB 12/04/1949   Page 1 of 1
Lumbar radiculopathy (M54.16), right L5; MRI 07/2026: right L5-S1 foraminal narrowing. Right leg pain 8/10.
Tried: meloxicam 7.5 mg daily since 05/2026 (partial; continues); gabapentin 05-06/2026, stopped after 4 weeks for
dizziness; cyclobenzaprine 5 mg at bedtime since 06/2026; physical therapy 8 visits over 6 weeks, 06-07/2026 (partial).
Earlier: right L4-5 epidural injection 03/2022 at another practice, good relief for a year.
Procedure: right L5-S1 transforaminal epidural injection, methylprednisolone 80 mg, fluoroscopic guidance. No
complications. Patient paid at the visit: $1,180.00.
""",
        "clinical/pain-clinic-follow-up-2026-09-16.txt": """
KENTUCKY RIVER SPINE AND PAIN (FICTIONAL) - FOLLOW-UP                                       Date: 09/16/2026
Patient: Cornelius Whitlow-Baptiste. Right leg pain 3/10; walking 20 minutes again. Continue meloxicam and home
exercises. No repeat injection planned now.
""",
        "other/prior-authorization-list-2026.txt": """
BLUEGRASS HERITAGE MEDICARE PPO (FICTIONAL) - 2026 PRIOR AUTHORIZATION LIST (effective 01/01/2026)   Page 1 of 6
Services not on this list do not need prior authorization, in or out of network.
...
Pain management: spinal cord stimulator trial and implant; radiofrequency ablation of spinal nerves.
""",
        "other/prior-authorization-list-2025-stale.txt": """
BLUEGRASS HERITAGE MEDICARE PPO (FICTIONAL) - 2025 PRIOR AUTHORIZATION LIST (effective 01/01/2025; replaced 01/01/2026)
Pain management: epidural steroid injections; spinal cord stimulator trial and implant; radiofrequency ablation.
""",
        "other/evidence-of-coverage-2026-chapter-4-excerpt.txt": """
BLUEGRASS HERITAGE MEDICARE PPO (FICTIONAL) - EVIDENCE OF COVERAGE 2026, Chapter 4, Section 2.3      Page 48
As a PPO member you may get covered services from out-of-network providers without a referral. Services on our
Prior Authorization List need prior authorization whether you get them in or out of network.
""",
        "other/appointment-of-representative-cms-1696-2026-11-20.txt": """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, as completed; FICTIONAL copy)                    Signed 11/20/2026
Beneficiary: Cornelius Whitlow-Baptiste, Medicare number FICT-MBI-3RT8-WQ2-LN55.
Representative: Henrietta Whitlow-Baptiste, wife. No fee.
""",
        "other/clinic-sign-in-sheet-2026-08-19.txt": """
KENTUCKY RIVER SPINE AND PAIN (FICTIONAL) - PROCEDURE DAY SIGN-IN                             Date: 08/19/2026
08:10  C. Whitlow-Baptiste     08:40  D. Marchetti     09:15  L. Osei-Fontaine
[Sign-in sheet; the other names are other patients.]
""",
    },
    truth="""
# 07 - Medicare Advantage PPO: a member's payment request for an out-of-network epidural injection denied for "no prior authorization" although the 2026 list does not name it; reconsideration by his wife (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Cornelius Whitlow-Baptiste, 76 at the service (DOB 12/04/1949; 77 since 12/04/2026), Bluegrass Heritage Medicare **PPO** (Medicare Advantage). Right
  L5-S1 transforaminal epidural steroid injection (64483, J1040) on **08/19/2026** from an **out-of-network** pain
  physician (a PPO covers out-of-network care); he **paid $1,180.00**; request for payment received 09/10/2026.
- Denied **11/12/2026**, PR-197: "Out-of-network services on our Prior Authorization List require prior
  authorization." The **2026 Prior Authorization List** (effective 01/01/2026) does **not** list epidural steroid
  injections and says "Services not on this list do not need prior authorization, in or out of network". The
  **2025 list** (replaced 01/01/2026) did list them.
- EOC 2026 Ch. 4, 2.3: out-of-network care without a referral; only listed services need authorization.
- Result: leg pain 8/10 -> 3/10 (09/16/2026). Medical necessity was not the ground of the denial.
- **Rule and stage:** Medicare Advantage reconsideration of a **payment** denial, **65 days from the notice: by
  01/16/2027** (42 CFR 422.582(b)); decided within **60 days** (422.590(b)); upheld denials go to the IRE automatically
  (422.592). No expedited route for a payment request.
- **Author:** his wife, appointed on form CMS-1696; writes about "Mr. Whitlow-Baptiste".

## Deliberately unknown
- What the plan would have allowed for the service, and so how much of the $1,180.00 it must repay (a PPO's
  out-of-network cost sharing applies): unknown; a letter must not promise the full amount back.
- Whether the provider accepts Medicare assignment: not in the case.

## Traps
- **Plan document, not medicine:** the winning point is the 2026 list; a letter must not lead with medical necessity.
- **Stale document:** the 2025 list (which named epidural injections) does not govern 2026 care.
- **Earlier-episode response:** the 2022 L4-5 injection helped for a year; not a failure.
- **Intolerance:** gabapentin stopped after 4 weeks for dizziness.
- **Drugs still taken:** meloxicam continues; cyclobenzaprine at bedtime is not a radicular pain trial.
- **Other people:** the sign-in sheet's other names.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA, no "external review" (the IRE is automatic), no Original
  Medicare redetermination (405.942), no 7-day Part B drug clock (this is a payment request for a procedure).
- **Voice:** the wife writes about her husband; never "my injection".

## Arguments a strong letter makes (strongest first)
1. The plan's own 2026 Prior Authorization List, in force on 08/19/2026, does not list epidural steroid
   injections, and says unlisted services need no authorization in or out of network: the notice's only ground fails.
2. The EOC lets a PPO member see an out-of-network provider without a referral; the service is a Medicare-covered
   Part B service, so pay the request at the plan's out-of-network benefit (422.101(a)-(b)).
3. Decide within 60 days; reimburse what the plan owes of the $1,180.00 he paid.

## What a letter must NOT say
- "the plan requires prior authorization for epidural injections" (2026); "we forgot to get authorization".
- "refund the full $1,180.00" as certain; "in-network".
- "failed the 2022 injection"; "failed gabapentin" (for lack of effect); "stopped meloxicam".
- "Marchetti", "Osei-Fontaine".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA", "external review", "405.942", "7 days".
""",
    answers=[
        ("Plan type", "medicare_advantage", "case.yaml"),
        ("Date of service", "Date: 08/19/2026", "clinical/pain-clinic-procedure-note-2026-08-19.txt"),
        ("Amount paid", "Patient paid at the visit: $1,180.00", "clinical/pain-clinic-procedure-note-2026-08-19.txt"),
        ("Payment request received", "request for payment received 09/10/2026", "denial/notice-of-denial-of-payment-2026-11-12.txt"),
        ("Notice date", "Date: 11/12/2026", "denial/notice-of-denial-of-payment-2026-11-12.txt"),
        ("Deadline", "2027-01-16", "case.yaml"),
        ("List's rule", "Services not on this list do not need prior authorization, in or out of network", "other/prior-authorization-list-2026.txt"),
        ("List's pain entries", "spinal cord stimulator trial and implant; radiofrequency ablation of spinal nerves", "other/prior-authorization-list-2026.txt"),
        ("Stale list", "replaced 01/01/2026", "other/prior-authorization-list-2025-stale.txt"),
        ("EOC", "without a referral", "other/evidence-of-coverage-2026-chapter-4-excerpt.txt"),
        ("Response", "Right leg pain 3/10", "clinical/pain-clinic-follow-up-2026-09-16.txt"),
        ("Earlier episode", "good relief for a year", "clinical/pain-clinic-procedure-note-2026-08-19.txt"),
        ("Intolerance", "stopped after 4 weeks for dizziness", "clinical/pain-clinic-procedure-note-2026-08-19.txt"),
        ("Other people", "D. Marchetti", "other/clinic-sign-in-sheet-2026-08-19.txt"),
        ("Decision time", "decided within **60 days**", "truth"),
        ("Author", "appointed representative (form CMS-1696)", "case.yaml"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 08 Medicaid managed care, TN, member aged 20: Spravato step judged by "12 months" not "current episode"; EPSDT
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="08-medicaid-mco-age-20-spravato-current-episode-not-12-months-epsdt-first-plan-appeal-mother-of-adult",
    yaml=r"""
# FICTIONAL CASE (set 41, case 08) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Tennessee. Juniper Ashworth-Nakamura, 20, treatment-resistant depression. Spravato was
# denied on 11/20/2026: "claims show one antidepressant trial of adequate duration (sertraline) in the past 12 months". The policy counts trials
# "in the current episode" (since 09/2025), which holds venlafaxine XR 09/15-11/14/2025 (no response). She is under
# 21 (EPSDT). Her mother, an authorized representative of an adult daughter, files the first plan appeal.
patient:
  name: Juniper Ashworth-Nakamura
  salutation: Ms. Ashworth-Nakamura
  date_of_birth: 2006-04-02
  member_id: FICT-CVH-990145382
  address: |-
    77 Harpeth Bend Drive
    Franklin, TN 37064
  phone: (615) 555-0109
insurer:
  name: Cumberland Valley Health Plan (FICTIONAL), Medicaid managed care
  appeals_address: |-
    Cumberland Valley Health Plan - Member Appeals (FICTIONAL)
    PO Box 290117
    Nashville, TN 37229
  fax: (615) 555-0192
claim:
  number: CVH-PA-26-1120-17733
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-20
  appeal_deadline: 2027-01-19
  deadline_basis: >-
    Notice of adverse benefit determination of 11/20/2026: "You must appeal within 60 days of the date of this
    notice."
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Criterion 2 of policy PA-ESK-6 is not met. Pharmacy claims show one antidepressant trial of adequate duration
    (sertraline) in the past 12 months. Two antidepressant trials of adequate dose and duration are required.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: Pharmacy claims show one antidepressant trial of adequate duration (sertraline) in the past 12 months.
      record: >-
        Policy PA-ESK-6 counts trials in the current episode, not in 12 months. This episode began in 09/2025, and the
        plan's own fill history shows venlafaxine XR 150 mg filled 09/15/2025 and 10/15/2025: an 8-week trial with no
        response, stopped 11/14/2025, before the 12 months the notice counted.
      file: other/plan-pharmacy-fill-history-2025-2026.txt
      page: 1
      leaves_out: true
plan_policy:
  name: Cumberland Valley Health Plan Prior Authorization Policy PA-ESK-6, esketamine nasal spray
  number: PA-ESK-6
  quote: >-
    Esketamine nasal spray may be approved when: 1. the member is 18 or older with major depressive disorder;
    2. the member has not responded to at least two antidepressants of adequate dose and duration (at least 6 weeks)
    in the current episode; 3. treatment is given at a REMS-certified health care setting.
  file: other/prior-authorization-policy-pa-esk-6.txt
payer_criteria:
  - criterion: 1. 18 or older with major depressive disorder
    how_met: Age 20; major depressive disorder, recurrent, severe (F33.2)
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-11-10.txt, page: 1}
  - criterion: 2. No response to at least two antidepressants of adequate dose and duration (at least 6 weeks) in the current episode
    how_met: Venlafaxine XR 150 mg, 8 weeks (09/15-11/14/2025), no response; sertraline 150 mg since 02/2026, partial response only (continued); episode since 09/2025
    met: true
    evidence: [{file: other/plan-pharmacy-fill-history-2025-2026.txt, page: 1}, {file: clinical/psychiatry-evaluation-2026-11-10.txt, page: 1}]
  - criterion: 3. Given at a REMS-certified health care setting
    how_met: Music City Interventional Psychiatry is REMS-certified
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-11-10.txt, page: 1}
treatment:
  name: Esketamine nasal spray (Spravato) 56 mg, induction twice weekly for 4 weeks
  summary: >-
    Esketamine nasal spray for treatment-resistant depression in an adult, given and observed for two hours at a
    REMS-certified clinic; sertraline continues alongside it.
  plan: >-
    56 mg twice weekly for 4 weeks (84 mg if tolerated), then weekly for 4 weeks; MADRS at weeks 2, 4 and 8; stop if
    MADRS has not fallen by 25% at week 4.
  alongside: sertraline 150 mg daily
clinical:
  severity: MADRS 33 on 11/10/2026
  severity_date: 2026-11-10
  suicidality: passive
  suicidality_date: 2026-11-10
  episode_onset: 2025-09
  treating_since: 2025-09-15
  history:
    - drug: Venlafaxine XR
      dose: 150 mg daily
      start: 2025-09-15
      end: 2025-11-14
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response at 8 weeks; stopped
      evidence: {file: other/plan-pharmacy-fill-history-2025-2026.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-02
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continues with esketamine
      evidence: {file: clinical/psychiatry-evaluation-2026-11-10.txt, page: 1}
    - drug: Bupropion XL
      dose: 150 mg daily
      start: 2026-01
      end: 2026-01
      weeks: 2
      kind: antidepressant
      adequate: false
      outcome: Stopped after 2 weeks for a rash (intolerance)
      evidence: {file: clinical/psychiatry-evaluation-2026-11-10.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed for sleep
      start: 2026-03
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-evaluation-2026-11-10.txt, page: 1}
    - drug: Fluoxetine
      dose: 20 mg daily
      start: 2021-05
      end: 2022-06
      kind: antidepressant
      response: remission
      outcome: Remission of the 2021 episode; not a failure
      evidence: {file: clinical/psychiatry-evaluation-2026-11-10.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: weekly, 52 sessions so far
      start: 2025-10
      ongoing: true
      kind: psychotherapy
      sessions: 52
      outcome: Continues weekly
      evidence: {file: clinical/psychiatry-evaluation-2026-11-10.txt, page: 1}
impact:
  work: Withdrew from her community college semester in 10/2026
  daily_life: Sleeps most of the day; stopped driving
author:
  name: Miyoko Ashworth-Nakamura
  role: Mother of the patient, authorized representative (the patient is an adult)
  relation: representative
  authorization: other/signed-authorization-2026-11-24.txt
  address: |-
    77 Harpeth Bend Drive
    Franklin, TN 37064
  phone: (615) 555-0109
  email: miyoko.an@mailbox.example
provider:
  name: Caspian Delacroix-Nwosu, MD
  credentials: MD, psychiatrist; REMS-certified treatment center
  npi: "2684800750"
  address: |-
    Music City Interventional Psychiatry (FICTIONAL), 2100 West End Avenue, Suite 400
    Nashville, TN 37203
  phone: (615) 555-0174
record_dates:
  - file: clinical/psychiatry-evaluation-2026-11-10.txt
    date: 2026-11-10
copies: [prescriber]
bates_prefix: ASHWORTHNAKAMURA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/notice-of-adverse-benefit-determination-2026-11-20.txt": """
CUMBERLAND VALLEY HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION             Date: 11/20/2026
Member: Juniper Ashworth-Nakamura   DOB 04/02/2006   Member ID FICT-CVH-990145382   Reference CVH-PA-26-1120-17733
Request: esketamine nasal spray 56 mg, twice weekly for 4 weeks. Prescriber: Caspian Delacroix-Nwosu, MD.
Criterion 2 of policy PA-ESK-6 is not met. Pharmacy claims show one antidepressant trial of adequate duration
(sertraline) in the past 12 months. Two antidepressant trials of adequate dose and duration are required.
You must appeal within 60 days of the date of this notice. After the plan's appeal decision you may ask for a
State Fair Hearing. Mail: Member Appeals, PO Box 290117, Nashville, TN 37229; fax (615) 555-0192.
""",
        "clinical/psychiatry-evaluation-2026-11-10.txt": """
MUSIC CITY INTERVENTIONAL PSYCHIATRY (FICTIONAL) - ESKETAMINE EVALUATION                    Date: 11/10/2026
Patient: Juniper Ashworth-Nakamura   DOB 04/02/2006 (age 20)   Page 1 of 1   Treating since 09/15/2025
Major depressive disorder, recurrent, severe without psychotic features (F33.2); current episode since 09/2025.
MADRS 33. Passive wish not to wake up; no plan or intent; safety plan reviewed.
Trials this episode: venlafaxine XR 150 mg 09/15/2025-11/14/2025 (8 weeks), no response; bupropion XL 150 mg
01/2026, stopped after 2 weeks for a rash; sertraline 150 mg since 02/2026, partial response, continues.
Hydroxyzine 25 mg at bedtime as needed for sleep. CBT weekly since 10/2025 (52 sessions), continuing.
Earlier episode: fluoxetine 20 mg 05/2021-06/2022, remission.
Plan: esketamine 56 mg twice weekly x4 weeks at this REMS-certified clinic, sertraline continues.
""",
        "other/plan-pharmacy-fill-history-2025-2026.txt": """
CUMBERLAND VALLEY HEALTH PLAN (FICTIONAL) - MEMBER PHARMACY FILL HISTORY              Printed 11/24/2026
Member: Juniper Ashworth-Nakamura   Member ID FICT-CVH-990145382   Page 1 of 1
09/15/2025  venlafaxine XR 150 mg, 30 days   PAID
10/15/2025  venlafaxine XR 150 mg, 30 days   PAID (stopped 11/14/2025 per prescriber)
01/08/2026  bupropion XL 150 mg, 30 days     PAID
02/02/2026 - 11/02/2026  sertraline 50/100/150 mg, monthly   PAID
""",
        "other/prior-authorization-policy-pa-esk-6.txt": """
CUMBERLAND VALLEY HEALTH PLAN (FICTIONAL) - PRIOR AUTHORIZATION POLICY PA-ESK-6                  Page 1 of 2
Esketamine nasal spray may be approved when: 1. the member is 18 or older with major depressive disorder; 2. the
member has not responded to at least two antidepressants of adequate dose and duration (at least 6 weeks) in the
current episode; 3. treatment is given at a REMS-certified health care setting.
""",
        "other/signed-authorization-2026-11-24.txt": """
AUTHORIZED REPRESENTATIVE FORM (FICTIONAL)                                                    Signed 11/24/2026
I, Juniper Ashworth-Nakamura, age 20, name my mother, Miyoko Ashworth-Nakamura, as my representative for this
appeal and allow the plan to share my health information with her.
""",
        "other/family-pharmacy-printout-2026-11.txt": """
HARPETH PHARMACY (FICTIONAL) - FAMILY PROFILE                                                 Printed 11/18/2026
ASHWORTH-NAKAMURA, JUNIPER: sertraline 150 mg; hydroxyzine 25 mg.
ASHWORTH-NAKAMURA, KENJI (brother): escitalopram 10 mg, fills 2025-2026; aripiprazole 2 mg 2026.
""",
        "other/school-counselor-note-2023-stale.txt": """
FRANKLIN HIGH SCHOOL COUNSELING OFFICE (FICTIONAL) - NOTE                                     Date: 03/02/2023
Student: Juniper A.-N., grade 11. Doing well; fluoxetine finished last year; college planning.
[From an earlier, resolved period; not about the current episode.]
""",
    },
    truth="""
# 08 - Medicaid managed care, member aged 20: Spravato denied by a 12-month count the policy does not use; EPSDT; first plan appeal by her mother as authorized representative (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Juniper Ashworth-Nakamura, **20** (DOB 04/02/2006), Tennessee Medicaid through Cumberland Valley Health Plan
  (managed care). MDD recurrent, severe (F33.2), **episode since 09/2025**; MADRS 33 on 11/10/2026; **passive** death
  wish, no plan or intent.
- Denied **11/20/2026**: "Pharmacy claims show one antidepressant trial of adequate duration (sertraline) in the past 12 months." Policy
  **PA-ESK-6 criterion 2** counts trials "**in the current episode**", not in 12 months. The plan's own fill history:
  **venlafaxine XR 150 mg** filled 09/15 and 10/15/2025, **8 weeks, no response**, stopped 11/14/2025 - before the
  notice's 12-month window (from 11/20/2025) but inside the current episode. With **sertraline 150 mg** (since 02/2026, partial, **still taken**), two adequate trials.
- Criteria 1 and 3 met (age 20, MDD; REMS-certified clinic).
- **EPSDT:** a Medicaid member under 21 is owed care that corrects or ameliorates a condition (42 USC 1396d(r)(5)).
- **Rule and stage:** Medicaid managed care, first plan appeal **within 60 days: by 01/19/2027** (42 CFR
  438.402(c)(2)(ii)); standard resolution 30 days, expedited 72 hours (438.408); then a state fair hearing within 120
  days of the resolution (438.408(f)(2)). Nothing authorized is cut (`action: none`).
- **Author:** her mother, **authorized representative of an adult** (signed form 11/24/2026) - not a parent of a
  minor; writes about "Ms. Ashworth-Nakamura" / "my daughter".

## Deliberately unknown
- Why the reviewer counted 12 months: unknown; a letter may ask.
- Whether esketamine will be raised to 84 mg: not decided.
- Any urgency certification: none in the case; a letter must not say a physician certified urgency.

## Traps
- **Rule (the policy's own words), then the record:** "current episode", not "12 months"; the venlafaxine trial
  ended 11/14/2025, just over 12 months before the notice, but inside the episode.
- **Decision's words true as far as they go** (`leaves_out`): within 12 months the claims show one adequate trial
  (bupropion's 2-week fill in 01/2026 is not one).
- **Drug still taken:** sertraline continues with esketamine; never "failed" or "stopped".
- **Intolerance:** bupropion at 2 weeks (rash) is not an adequate trial.
- **Sleep dose:** hydroxyzine is not an antidepressant.
- **Earlier-episode response:** fluoxetine brought remission in 2021-2022; never a failure; the 2023 school note is
  stale.
- **Other person:** her brother Kenji's escitalopram and aripiprazole on the family printout are not hers.
- **Suicidality passive:** not "active suicidal ideation"; Spravato's suicidal-ideation indication is not hers.
- **Psychotherapy:** CBT is not an antidepressant trial.
- **Voice:** the mother of an adult daughter, with authorization; not "parent of a minor".
- **Wrong law:** no ERISA, no 45 CFR 147.136 external review, no MHPAEA 2590.712 (Medicaid MCO parity is 42 CFR
  438.910), no "continue benefits" (438.420: nothing authorized was cut).

## Arguments a strong letter makes (strongest first)
1. PA-ESK-6 criterion 2 counts trials in the current episode (since 09/2025); the plan's own fill history shows
   venlafaxine XR 150 mg for 8 weeks with no response (09/15-11/14/2025), and sertraline 150 mg with partial response
   only: two adequate trials. The notice's 12-month window is not the policy's.
2. Criteria 1 and 3 are met; every criterion is met.
3. EPSDT (42 USC 1396d(r)(5)): under 21, she is owed the treatment her psychiatrist prescribes to ameliorate a
   severe depression (MADRS 33, withdrew from college).

## What a letter must NOT say
- "failed sertraline", "stopped sertraline"; "failed fluoxetine"; "bupropion trial" as adequate; "hydroxyzine" as a
  trial; CBT as a failed antidepressant.
- "active suicidal ideation", "approved for suicidal ideation", "acute suicidal".
- "Kenji", "escitalopram", "aripiprazole" as hers.
- "parent of a minor", "as her parent no authorization is needed".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "continue her benefits during the appeal".
""",
    answers=[
        ("Plan type", "plan_type: medicaid", "case.yaml"),
        ("Age", "(age 20)", "clinical/psychiatry-evaluation-2026-11-10.txt"),
        ("Notice date", "Date: 11/20/2026", "denial/notice-of-adverse-benefit-determination-2026-11-20.txt"),
        ("Deadline", "2027-01-19", "case.yaml"),
        ("Decision's window", "in the past 12 months", "denial/notice-of-adverse-benefit-determination-2026-11-20.txt"),
        ("Policy's window", "in the current episode", "other/prior-authorization-policy-pa-esk-6.txt"),
        ("Episode onset", "current episode since 09/2025", "clinical/psychiatry-evaluation-2026-11-10.txt"),
        ("Venlafaxine first fill", "09/15/2025  venlafaxine XR 150 mg, 30 days", "other/plan-pharmacy-fill-history-2025-2026.txt"),
        ("Venlafaxine stopped", "stopped 11/14/2025 per prescriber", "other/plan-pharmacy-fill-history-2025-2026.txt"),
        ("Venlafaxine outcome", "(8 weeks), no response", "clinical/psychiatry-evaluation-2026-11-10.txt"),
        ("Drug still taken", "sertraline 150 mg since 02/2026, partial response, continues", "clinical/psychiatry-evaluation-2026-11-10.txt"),
        ("Intolerance", "stopped after 2 weeks for a rash", "clinical/psychiatry-evaluation-2026-11-10.txt"),
        ("Suicidality", "Passive wish not to wake up; no plan or intent", "clinical/psychiatry-evaluation-2026-11-10.txt"),
        ("Other person", "KENJI (brother)", "other/family-pharmacy-printout-2026-11.txt"),
        ("EPSDT", "42 USC 1396d(r)(5)", "truth"),
        ("Author's authorization", "name my mother, Miyoko Ashworth-Nakamura, as my representative", "other/signed-authorization-2026-11-24.txt"),
    ],
))
