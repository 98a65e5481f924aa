"""Set 47, case 02 (FICTIONAL): Medicare Advantage HMO, Spravato sessions denied as over a limit of 56 treatment
sessions, counted by nasal spray devices; standard pre-service reconsideration by the patient."""

SLUG = "02-medicare-advantage-hmo-spravato-session-limit-counted-devices-reconsideration-patient"

CASE_YAML = """
# FICTIONAL CASE (set 47, case 02) - every person, plan, reviewer, clinic, number and address is invented.
# Medicare Advantage HMO, South Carolina. Marguerite Delacroix-Hale, 71, has had 23 Spravato sessions since
# 01/06/2026 (8 at 56 mg, 15 at 84 mg) with a response. The plan denied 12 more sessions every other week, saying
# policy UM-ESK-3 limits esketamine to 56 treatments in any 12-month period and "our records show 61 treatments":
# 61 is the number of nasal spray devices. She asks the plan to reconsider (standard, pre-service).
patient:
  name: Marguerite Delacroix-Hale
  salutation: Mrs. Delacroix-Hale
  date_of_birth: 1955-06-23
  member_id: FICT-PCM-77120394
  address: |-
    62 Live Oak Lane
    Mount Pleasant, SC 29464
  phone: (843) 555-0118
  email: m.delacroixhale@mailbox.example
insurer:
  name: Palmetto Crescent Medicare Advantage (HMO) (FICTIONAL)
  appeals_address: |-
    Palmetto Crescent Medicare Advantage - Appeals and Grievances (FICTIONAL)
    PO Box 10742
    Columbia, SC 29202
  fax: (803) 555-0171
claim:
  number: PA-26-1113-50772
  plan_type: medicare_advantage
  notice_date: 2026-11-20
  service_dates: [2026-12-15, 2027-05-18]
  sessions: 12
  pending_services: 12
  setting: outpatient
  procedure_codes: [G2083]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Esketamine nasal spray is limited to 56 treatments in any 12-month period under Utilization Management Policy
    UM-ESK-3. Our records show 61 treatments since 01/06/2026. The limit has been reached.
  denial_category: benefit_limit
  denial_reasons: [benefit_limit]
  action: none
  corrections:
    - said: Our records show 61 treatments since 01/06/2026.
      record: >-
        The certified treatment center's administration log shows 23 treatment sessions from 01/06/2026 through
        11/10/2026 (8 at 56 mg, 15 at 84 mg). 61 is the number of nasal spray devices used (2 for each 56 mg session,
        3 for each 84 mg session), which the plan's own utilization counter lists as "units".
      file: [clinical/spravato-administration-log-2026-11-10.txt, other/member-portal-utilization-2026-11-21.txt]
      page: 1
plan_policy:
  name: Palmetto Crescent Utilization Management Policy UM-ESK-3, Esketamine nasal spray (revised 01/01/2026)
  number: UM-ESK-3
  quote: >-
    Esketamine nasal spray is limited to 56 treatment sessions in any 12-month period. A treatment session is one day
    on which the member self-administers esketamine under observation at a certified treatment center, whatever the
    number of nasal spray devices used that day.
  file: other/policy-um-esk-3-2026.txt
  limit:
    applied: 56
    current: 56
    course: 35
    unit: treatment sessions
    applied_unit: nasal spray devices
    counted:
      - {what: nasal spray devices, count: 61, limited: false}
      - {what: treatment sessions, count: 23, limited: true}
    counted_file: other/member-portal-utilization-2026-11-21.txt
treatment:
  name: Spravato (esketamine) nasal spray 84 mg, every other week, 12 sessions
  summary: >-
    Maintenance esketamine for treatment-resistant depression that has responded (MADRS 38 to 12); the 12 sessions
    asked for bring her to 35 sessions in the 12 months from 01/06/2026, within the policy's 56.
  plan: >-
    Spravato 84 mg every other week for 12 sessions, 12/15/2026 through 05/18/2027, at the certified center with
    blood pressure checks and two hours of observation at each session; MADRS every 4 weeks; taper to every 3 weeks
    if MADRS stays under 12.
  alongside: sertraline 150 mg daily
  setting: Lowcountry Mood Center, a certified Spravato REMS treatment center
  monitoring: Blood pressure before and 40 and 120 minutes after each dose; observation for two hours
clinical:
  severity: MADRS 12 on 11/10/2026 (MADRS 38 on 01/05/2026)
  severity_date: 2026-11-10
  suicidality: none
  suicidality_date: 2026-11-10
  response: MADRS 38 on 01/05/2026 to 12 on 11/10/2026 over 23 sessions
  response_level: response
  episode_onset: 2023-10
  treating_since: 2023-11
  history:
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2024-01
      end: 2024-04
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks
      evidence: {file: clinical/psychiatry-summary-2026-11-12.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 150 mg daily
      start: 2024-06
      end: 2024-06
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for a rise in blood pressure (intolerance); not an adequate trial
      evidence: {file: clinical/psychiatry-summary-2026-11-12.txt, page: 1}
    - drug: Aripiprazole
      dose: 2 mg daily added to sertraline
      start: 2024-08
      end: 2024-10
      weeks: 10
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks
      evidence: {file: clinical/psychiatry-summary-2026-11-12.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2023-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with Spravato
      evidence: {file: clinical/psychiatry-summary-2026-11-12.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2025-02
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-summary-2026-11-12.txt, page: 1}
    - drug: Electroconvulsive therapy
      dose: 10 treatments
      start: 2019-03
      end: 2019-05
      kind: neuromodulation
      sessions: 10
      response: remission
      failed: false
      outcome: Earlier episode (2019); remission; not a trial in the current episode
      evidence: {file: clinical/psychiatry-summary-2026-11-12.txt, page: 1}
impact:
  relapse: Her 2019 remission after ECT lasted until the current episode began in 10/2023.
  daily_life: Since the response she drives again and has resumed volunteering two mornings a week.
author:
  name: Marguerite Delacroix-Hale
  relation: patient
  address: |-
    62 Live Oak Lane
    Mount Pleasant, SC 29464
  phone: (843) 555-0118
  email: m.delacroixhale@mailbox.example
provider:
  name: Desmond Okafor-Pryce, MD
  credentials: MD, psychiatry
  npi: "1588302715"
  address: |-
    Lowcountry Mood Center (FICTIONAL), 1180 Johnnie Dodds Boulevard, Suite 4
    Mount Pleasant, SC 29464
  phone: (843) 555-0126
record_dates:
  - file: clinical/spravato-administration-log-2026-11-10.txt
    date: 2026-11-10
  - file: clinical/psychiatry-summary-2026-11-12.txt
    date: 2026-11-12
copies: [prescriber]
bates_prefix: DELACROIXHALE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

LOG_ROWS = []
_dates_56 = ["01/06", "01/09", "01/13", "01/16", "01/20", "01/23", "01/27", "01/30"]
_dates_84 = ["02/10", "02/24", "03/10", "03/24", "04/07", "04/28", "05/19", "06/09", "06/30", "07/21",
             "08/11", "09/01", "09/22", "10/13", "11/10"]
for _i, _d in enumerate(_dates_56, 1):
    LOG_ROWS.append(f"{_i:>2}  {_d}/2026  56 mg  2 devices  BP stable  observed 2 h  discharged with driver")
for _i, _d in enumerate(_dates_84, 9):
    LOG_ROWS.append(f"{_i:>2}  {_d}/2026  84 mg  3 devices  BP stable  observed 2 h  discharged with driver")

DOCS = {
    "denial/notice-of-denial-2026-11-20.txt": """
PALMETTO CRESCENT MEDICARE ADVANTAGE (HMO) (FICTIONAL) - NOTICE OF DENIAL OF MEDICAL COVERAGE
Date of notice: 11/20/2026      Page 1 of 1
Member: Marguerite Delacroix-Hale   DOB 06/23/1955   Member ID FICT-PCM-77120394
Request PA-26-1113-50772, received 11/13/2026 from Lowcountry Mood Center
Service requested: esketamine nasal spray 84 mg (G2083), every other week, 12 sessions, 12/15/2026-05/18/2027

We denied this request. Esketamine nasal spray is limited to 56 treatments in any 12-month period under
Utilization Management Policy UM-ESK-3. Our records show 61 treatments since 01/06/2026. The limit has been reached.
Reviewed by: Corinne Vashti, MD (internal medicine).

You may ask us for a reconsideration within 65 days from the date of this notice. For a Part B drug we decide a
standard request within 7 calendar days; you or your doctor may ask for a fast decision.
""",
    "clinical/spravato-administration-log-2026-11-10.txt": "\n".join([
        "LOWCOUNTRY MOOD CENTER (FICTIONAL) - ESKETAMINE ADMINISTRATION LOG (certified REMS center)",
        "Patient: Marguerite Delacroix-Hale   DOB 06/23/1955   Printed 11/10/2026   Page 1 of 1",
        "#   date        dose   devices    monitoring",
        *LOG_ROWS,
        "Total: 23 treatment sessions (8 at 56 mg, 15 at 84 mg); 61 nasal spray devices.",
        "",
        "[Misfiled page, removed from this chart 11/18/2026: Henrietta Delacroix, DOB 09/02/1948, session of",
        "11/17/2026, 56 mg, 2 devices - a different patient.]",
    ]),
    "clinical/psychiatry-summary-2026-11-12.txt": """
LOWCOUNTRY MOOD CENTER (FICTIONAL) - PSYCHIATRY SUMMARY                            Date: 11/12/2026
Patient: Marguerite Delacroix-Hale   DOB 06/23/1955   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2). Current episode since
10/2023; treated here since 11/2023.
Trials in this episode: bupropion XL 300 mg 01/2024-04/2024, no response after 12 weeks; venlafaxine XR 150 mg
06/2024, stopped after 3 weeks for a rise in blood pressure; aripiprazole 2 mg added to sertraline 08/2024-10/2024,
no response after 10 weeks. Sertraline 150 mg daily since 11/2023, partial response, continued. Mirtazapine 7.5 mg
at bedtime for sleep since 02/2025.
Earlier episode: ECT, 10 treatments, 03/2019-05/2019, remission until 10/2023.
Spravato since 01/06/2026: MADRS 38 (01/05/2026) to 12 (11/10/2026). No suicidal ideation.
Plan: 84 mg every other week, 12 sessions from 12/15/2026; MADRS every 4 weeks.
""",
    "other/policy-um-esk-3-2026.txt": """
PALMETTO CRESCENT MEDICARE ADVANTAGE (FICTIONAL) - UTILIZATION MANAGEMENT POLICY UM-ESK-3
Esketamine nasal spray. Revised 01/01/2026.      Page 2 of 4
Limits. Esketamine nasal spray is limited to 56 treatment sessions in any 12-month period. A treatment session is
one day on which the member self-administers esketamine under observation at a certified treatment center, whatever
the number of nasal spray devices used that day.
""",
    "other/policy-um-esk-3-2024-stale.txt": """
PALMETTO CRESCENT MEDICARE ADVANTAGE (FICTIONAL) - UTILIZATION MANAGEMENT POLICY UM-ESK-3
Esketamine nasal spray. Effective 01/01/2024. [Stale: replaced by the revision of 01/01/2026.]   Page 2 of 3
Limits. Esketamine nasal spray is limited to 56 units in any 12-month period.
""",
    "other/member-portal-utilization-2026-11-21.txt": """
PALMETTO CRESCENT MEMBER PORTAL (FICTIONAL) - BENEFIT UTILIZATION               Printed 11/21/2026
Member: Marguerite Delacroix-Hale   Member ID FICT-PCM-77120394
Esketamine nasal spray (UM-ESK-3): used 61 units of 56 units; period 01/06/2026-01/05/2027.
""",
}

TRUTH = """
# 02 - Medicare Advantage HMO: Spravato sessions denied as over a 56-session limit counted in devices; reconsideration by the patient (FICTIONAL)

All people, plans, reviewers, clinics, numbers and addresses are invented (FICTIONAL).

## What is true
- Marguerite Delacroix-Hale, 71 (DOB 06/23/1955), in a **Medicare Advantage HMO** (Palmetto Crescent, South
  Carolina). Recurrent severe major depression (F33.2), current episode since 10/2023.
- Spravato since **01/06/2026**: **23 treatment sessions through 11/10/2026** (8 at 56 mg, 15 at 84 mg) at a
  certified REMS center; **MADRS 38 to 12**. Sertraline 150 mg continues alongside.
- The notice of **11/20/2026** (PA-26-1113-50772) denied **12 sessions every other week, 12/15/2026-05/18/2027**:
  "limited to 56 treatments in any 12-month period ... Our records show 61 treatments".
- **UM-ESK-3 as revised 01/01/2026** limits esketamine to **56 treatment sessions** in any 12-month period, a session
  being one day of treatment "whatever the number of nasal spray devices used that day". **61** is the number of
  **devices** (8 x 2 + 15 x 3); the plan's portal counts "61 units of 56 units". With the 12 sessions asked for she
  reaches **35 sessions**, within 56.
- **Rule and stage:** Medicare Advantage standard **pre-service reconsideration**, asked within **65 days of the
  notice: by 01/24/2027** (42 CFR 422.582(b)); a Part B drug, so the plan decides a standard request within **7
  calendar days** (42 CFR 422.590(c)); an upheld denial goes to the independent review entity automatically
  (422.592).
- **Author:** the patient, writing as "I".

## Deliberately unknown
- Why the plan's system counted units: not known (the stale 2024 text counted "units"); a letter may ask.
- Whether the plan would approve a different frequency: not in the case.
- Any cost or payment figure: none is in the case.

## Traps
- **Plan document and count, not medicine:** the winning point is UM-ESK-3's own definition of a treatment session;
  the count is 23, not 61.
- **Stale document:** the 2024 UM-ESK-3 ("56 units") was replaced on 01/01/2026; it is not the governing text.
- **Other person on a document:** the misfiled page for **Henrietta Delacroix** (DOB 09/02/1948, session of
  11/17/2026) is another patient; her session is not one of the 23.
- **Drug still taken:** sertraline continues (partial response): never "failed" or "stopped".
- **Intolerance:** venlafaxine XR stopped after 3 weeks for raised blood pressure - not an adequate trial.
- **Sleep dose:** mirtazapine 7.5 mg at bedtime is for sleep, not an antidepressant trial.
- **Earlier-episode response:** ECT in 2019 brought remission; not a failed trial, not this episode.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA (parity does not reach Medicare Advantage), no state
  external review; the independent review entity follows automatically, the member does not file it.
- **Voice:** she writes "I"; never "Mrs. Delacroix-Hale has ..." in her own letter.

## Arguments a strong letter makes (strongest first)
1. UM-ESK-3 (revised 01/01/2026) counts **treatment sessions**, "whatever the number of nasal spray devices used that
   day"; she has had **23** sessions, and the 12 asked for make **35**, within 56. The limit has not been reached:
   approve the 12 sessions.
2. Correct the notice's "61 treatments": 61 is the number of devices (administration log; portal "61 units").
3. Ask for the standard Part B drug decision within 7 calendar days and that the plan's count be corrected so later
   requests are not denied the same way.
4. Her response (MADRS 38 to 12) shows the treatment is working; stopping risks losing it.

## What a letter must NOT say
- "61 treatments" or "61 sessions" as fact; "the limit has been reached"; "exception beyond the limit".
- "56 units" as the governing terms; "Henrietta".
- "failed sertraline", "stopped sertraline"; venlafaxine as an adequate failed trial; mirtazapine as a trial; "failed
  ECT".
- "ERISA", "45 CFR 147.136", "MHPAEA", "parity", "external review" under state law.
- "suicidal ideation" as present; "Mrs. Delacroix-Hale has" in the patient's own voice.
"""

ANSWERS = [
    ("plan type", "medicare_advantage", "case.yaml"),
    ("stage", "standard **pre-service reconsideration**", "truth"),
    ("deadline", "by 01/24/2027", "truth"),
    ("decision time for a Part B drug", "within 7 calendar days", "denial/notice-of-denial-2026-11-20.txt"),
    ("what the policy counts", "whatever the number of nasal spray devices used that day", "other/policy-um-esk-3-2026.txt"),
    ("policy revision in force", "Revised 01/01/2026", "other/policy-um-esk-3-2026.txt"),
    ("sessions given", "23 treatment sessions (8 at 56 mg, 15 at 84 mg)", "clinical/spravato-administration-log-2026-11-10.txt"),
    ("devices counted", "61 nasal spray devices", "clinical/spravato-administration-log-2026-11-10.txt"),
    ("portal count", "used 61 units of 56 units", "other/member-portal-utilization-2026-11-21.txt"),
    ("sessions with the request", "35 sessions", "truth"),
    ("sessions asked", "every other week, 12 sessions, 12/15/2026-05/18/2027", "denial/notice-of-denial-2026-11-20.txt"),
    ("response", "MADRS 38 (01/05/2026) to 12 (11/10/2026)", "clinical/psychiatry-summary-2026-11-12.txt"),
    ("other person", "Henrietta Delacroix, DOB 09/02/1948", "clinical/spravato-administration-log-2026-11-10.txt"),
    ("intolerance", "stopped after 3 weeks for a rise in blood pressure", "clinical/psychiatry-summary-2026-11-12.txt"),
    ("stale document", "Stale: replaced by the revision of 01/01/2026", "other/policy-um-esk-3-2024-stale.txt"),
    ("earlier-episode response", "ECT, 10 treatments, 03/2019-05/2019, remission", "clinical/psychiatry-summary-2026-11-12.txt"),
]
