"""Set 39, case 08 (FICTIONAL): city employees' plan, Spravato renewal 6 days after expiry + wrong baseline MADRS."""

SLUG = "08-city-plan-self-funded-spravato-renewal-within-14-day-rule-and-wrong-baseline-expedited-first-appeal-clinic-pa-coordinator"

CASE_YAML = r"""
# FICTIONAL CASE (set 39, case 08) - every person, plan, city, administrator, clinic, number and address is invented.
# City employees' plan (governmental, self-funded), Arizona, 2,600 employees. Beatrix Holmgren-Adeyemi, 54, has had
# Spravato since 05/2026 under an authorization that ended 10/31/2026. The clinic's renewal went in on 11/06/2026.
# Denied 11/13/2026 on two grounds: "renewal not received before the authorization ended" (the plan's own UM-2 treats
# a renewal within 14 days after as a continuation) and "MADRS reduction under 50% (baseline 30, current 17)" (the
# baseline before induction was 36, from 04/22/2026; 30 is from a 2024 note of an earlier episode). The clinic's
# prior authorization coordinator, her authorized representative, asks for an expedited first internal appeal.
patient:
  name: Beatrix Holmgren-Adeyemi
  salutation: Ms. Holmgren-Adeyemi
  date_of_birth: 1972-04-09
  member_id: FICT-CSV-90211486
  address: |-
    3390 East Saguaro Bloom Drive
    Tucson, AZ 85718
  phone: (520) 555-0119
insurer:
  name: City of Saguaro Vista Employee Health Plan, administered by Desert Sage Administrators (FICTIONAL)
  appeals_address: |-
    Desert Sage Administrators - Appeals (FICTIONAL)
    PO Box 72044
    Phoenix, AZ 85050
  fax: (602) 555-0163
claim:
  number: SPR-26-1106-4471
  plan_type: governmental
  funding: self_funded
  employees: 2600
  notice_date: 2026-11-13
  service_dates: [2026-11-03]
  pending_services: 12
  setting: outpatient
  procedure_codes: [J0013, 99215]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    (1) Authorization SPR-26-0428-2210 ended 10/31/2026. A renewal request was not received before the
    authorization ended. The session of 11/03/2026 is not authorized. (2) Continuation criteria not met (Pharmacy
    Policy RX-ESK-06, criterion C2): MADRS reduction less than 50% from baseline (baseline 30, current 17).
  denial_category: prior_authorization
  denial_reasons: [prior_authorization, medical_necessity]
  urgent: true
  action: end
  reviewer:
    name: Lydia Farnsworth-Iqbal, PharmD
    specialty: Clinical Pharmacy
  corrections:
    - said: MADRS reduction less than 50% from baseline (baseline 30, current 17).
      record: >-
        Her baseline before induction was MADRS 36 on 04/22/2026 (induction assessment); 36 to 17 on 11/03/2026 is a
        53% reduction. MADRS 30 is from a 09/12/2024 note of an earlier episode, before this course.
      file: clinical/spravato-induction-assessment-2026-04-22.txt
      page: 1
    - said: A renewal request was not received before the authorization ended.
      record: >-
        The renewal was received through the administrator's portal on 11/06/2026, 6 days after the authorization
        ended; the plan's own rule UM-2 treats a renewal received within 14 calendar days after the end as a
        continuation from the end date.
      file: other/portal-submission-receipt-2026-11-06.txt
      page: 1
      leaves_out: true
plan_policy:
  name: City of Saguaro Vista Employee Health Plan, Summary Plan Description, Appendix B (Utilization Management), UM-2
  number: UM-2
  quote: >-
    UM-2 Renewal of an authorization. A request to renew an authorization received within 14 calendar days after the
    authorization ends is treated as a continuation of that authorization from its end date, if the criteria for
    continuation are met.
  file: other/spd-appendix-b-um-2-excerpt.txt
  other_terms: >-
    Pharmacy Policy RX-ESK-06, criterion C2 (continuation): "at least a 50% reduction in MADRS (or PHQ-9) from the
    baseline before induction, documented within 30 days of the request."
  other_terms_file: other/pharmacy-policy-rx-esk-06-excerpt.txt
  other_terms_apply: >-
    The baseline before induction was MADRS 36 (04/22/2026) and the score on 11/03/2026, three days before the
    request, was 17: a 53% reduction, so criterion C2 is met.
payer_criteria:
  - criterion: "C2: at least a 50% reduction in MADRS from the baseline before induction, documented within 30 days of the request"
    how_met: "MADRS 36 on 04/22/2026 before induction; MADRS 17 on 11/03/2026 (3 days before the request): a 53% reduction."
    met: true
    evidence:
      - {file: clinical/spravato-induction-assessment-2026-04-22.txt, page: 1}
      - {file: clinical/spravato-session-note-2026-11-03.txt, page: 1}
prior_auth:
  requested_on: 2026-11-06
  reference: SPR-26-1106-4471
  proof: other/portal-submission-receipt-2026-11-06.txt
  approved:
    number: authorization SPR-26-0428-2210
    date: 2026-04-30
    covers: Spravato 56-84 mg, induction and maintenance, 05/01/2026 through 10/31/2026
    quote: "Approved: esketamine nasal spray (Spravato) 56-84 mg per session, induction and maintenance, 05/01/2026 through 10/31/2026."
    file: other/authorization-approval-2026-04-30.txt
    from: 2026-05-01
    through: 2026-10-31
    extension_asked: 2026-11-06
treatment:
  name: Spravato (esketamine nasal spray) 84 mg, maintenance every other week
  summary: >-
    Maintenance esketamine for treatment-resistant depression that has responded (MADRS 36 to 17); two sessions have
    been held since the denial and her MADRS has risen to 24.
  plan: >-
    84 mg every other week through 04/2027 (12 sessions), with venlafaxine XR 225 mg daily continued; MADRS every
    session; REMS monitoring for 2 hours after each dose; reassess for spacing to monthly after 3 months.
  setting: Catalina Foothills Interventional Psychiatry, a Spravato REMS-certified treatment center (FICTIONAL)
  monitoring: blood pressure before and at 40 minutes and 2 hours; observation for 2 hours
  alongside: venlafaxine XR 225 mg daily
clinical:
  severity: MADRS 24 on 12/01/2026 after two held sessions (17 on 11/03/2026)
  severity_date: 2026-12-01
  suicidality: passive
  suicidality_date: 2026-12-01
  response: MADRS 36 before induction (04/22/2026) to 17 (11/03/2026)
  response_level: response
  episode_onset: 2025-05
  treating_since: 2025-06
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-06
      end: 2025-10
      weeks: 16
      adequate: true
      failed: true
      response: none
      outcome: No response after 16 weeks at 200 mg
      evidence: {file: clinical/spravato-induction-assessment-2026-04-22.txt, page: 1}
    - drug: Bupropion XL (augmentation)
      dose: 300 mg daily
      start: 2025-10
      end: 2026-01
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: No added benefit after 12 weeks
      evidence: {file: clinical/spravato-induction-assessment-2026-04-22.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-01
      ongoing: true
      adequate: true
      response: partial
      outcome: Partial response; continued with Spravato
      evidence: {file: clinical/spravato-induction-assessment-2026-04-22.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily
      start: 2026-02
      end: 2026-03
      weeks: 3
      kind: augmentation
      adequate: false
      outcome: Stopped after 3 weeks for akathisia (intolerance)
      evidence: {file: clinical/spravato-induction-assessment-2026-04-22.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-08
      ongoing: true
      kind: other
      outcome: Sleep dose; not an antidepressant trial
      evidence: {file: clinical/spravato-induction-assessment-2026-04-22.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2019-03
      end: 2020-06
      response: remission
      outcome: Earlier episode (2019); remission; not a failure in this episode
      evidence: {file: clinical/spravato-induction-assessment-2026-04-22.txt, page: 1}
urgency:
  reason: >-
    Two maintenance sessions have been held since the denial; her MADRS has risen from 17 to 24 and passive suicidal
    ideation returned on 12/01/2026. Waiting for a standard decision could seriously jeopardize her health.
  certified_by: Hyun-woo Castellano-Reyes, MD
impact:
  work: Returned to full-time work as a city planner in 08/2026 after 4 months of leave; missed 3 days since 11/17/2026.
author:
  name: Tomasz Ribeiro-Lindahl
  role: Prior authorization coordinator, Catalina Foothills Interventional Psychiatry (authorized representative)
  relation: representative
  authorization: other/authorized-representative-designation-2026-11-15.txt
  address: |-
    Catalina Foothills Interventional Psychiatry (FICTIONAL), 6100 North Campbell Vista, Suite 8
    Tucson, AZ 85718
  phone: (520) 555-0155
  fax: (520) 555-0156
  email: auth@catalinafoothillspsych.example
provider:
  name: Hyun-woo Castellano-Reyes, MD, Catalina Foothills Interventional Psychiatry
  credentials: MD, psychiatry
  npi: "1955382043"
  address: |-
    6100 North Campbell Vista, Suite 8
    Tucson, AZ 85718
  phone: (520) 555-0155
record_dates:
  - file: clinical/spravato-induction-assessment-2026-04-22.txt
    date: 2026-04-22
  - file: clinical/spravato-session-note-2026-11-03.txt
    date: 2026-11-03
  - file: clinical/psychiatry-visit-2026-12-01.txt
    date: 2026-12-01
copies: [prescriber]
bates_prefix: HOLMGRENADEYEMI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-adverse-benefit-determination-2026-11-13.txt": """
DESERT SAGE ADMINISTRATORS (FICTIONAL) for the CITY OF SAGUARO VISTA EMPLOYEE HEALTH PLAN (self-funded)
NOTICE OF ADVERSE BENEFIT DETERMINATION                                                    Date: 11/13/2026
Member: Beatrix Holmgren-Adeyemi   ID FICT-CSV-90211486   Request SPR-26-1106-4471 (received 11/06/2026)
Service: esketamine nasal spray (Spravato) 84 mg maintenance, every other week; session of 11/03/2026.
Decision: denied. (1) Authorization SPR-26-0428-2210 ended 10/31/2026. A renewal request was not received before the
authorization ended. The session of 11/03/2026 is not authorized. (2) Continuation criteria not met (Pharmacy Policy
RX-ESK-06, criterion C2): MADRS reduction less than 50% from baseline (baseline 30, current 17).
Reviewer: Lydia Farnsworth-Iqbal, PharmD, Clinical Pharmacy.
You may appeal within 180 days. If your doctor says your situation is urgent, ask for an expedited appeal (72 hours).
""",
    "clinical/spravato-induction-assessment-2026-04-22.txt": """
CATALINA FOOTHILLS INTERVENTIONAL PSYCHIATRY (FICTIONAL) - SPRAVATO INDUCTION ASSESSMENT        Date: 04/22/2026
Patient: Beatrix Holmgren-Adeyemi   DOB 04/09/1972   Psychiatrist: Hyun-woo Castellano-Reyes, MD   Page 1 of 1
Major depressive disorder, recurrent, severe without psychotic features (F33.2); episode since 05/2025.
Baseline before induction: MADRS 36.
Trials this episode: sertraline 200 mg daily 06/2025-10/2025 (16 weeks, no response); bupropion XL 300 mg added
10/2025-01/2026 (12 weeks, no added benefit); venlafaxine XR 225 mg daily since 01/2026, partial response,
continued; aripiprazole 5 mg added 02/2026, stopped after 3 weeks for akathisia. Trazodone 50 mg at bedtime for sleep.
Earlier episode 2019: escitalopram 20 mg, remission by 2020. A 2024 episode was assessed for ECT (declined).
Plan: Spravato induction 56 mg then 84 mg twice weekly for 4 weeks, then weekly, then every other week.
""",
    "clinical/spravato-session-note-2026-11-03.txt": """
CATALINA FOOTHILLS INTERVENTIONAL PSYCHIATRY (FICTIONAL) - SPRAVATO SESSION NOTE               Date: 11/03/2026
Patient: Beatrix Holmgren-Adeyemi   Session 29 (maintenance, every other week), 84 mg   Page 1 of 1
MADRS 17 today (baseline 36 on 04/22/2026). Blood pressure 128/80 before, 142/86 at 40 minutes, 126/78 at 2 hours.
Discharged with her husband. Renewal request to go in this week (authorization ended 10/31/2026).
""",
    "clinical/psychiatry-visit-2026-12-01.txt": """
CATALINA FOOTHILLS INTERVENTIONAL PSYCHIATRY (FICTIONAL) - URGENT VISIT                         Date: 12/01/2026
Patient: Beatrix Holmgren-Adeyemi   Psychiatrist: Hyun-woo Castellano-Reyes, MD   Page 1 of 1
Sessions of 11/17 and 12/01 held (denial of 11/13/2026). MADRS 24 (17 on 11/03). Passive suicidal ideation returned
this week, no plan or intent; safety plan reviewed. Missed 3 work days. I certify that waiting for a standard appeal
decision could seriously jeopardize her health: expedited review requested.
""",
    "clinical/psychiatry-note-2024-09-12-earlier-episode.txt": """
DESERT WILLOW BEHAVIORAL HEALTH (FICTIONAL) - ECT CONSULTATION                                Date: 09/12/2024
Patient: Beatrix Holmgren-Adeyemi   MADRS 30. ECT discussed; patient declined. [Earlier episode, before the current
episode (05/2025) and before Spravato; this MADRS is not the baseline of the current course.]
""",
    "other/authorization-approval-2026-04-30.txt": """
DESERT SAGE ADMINISTRATORS (FICTIONAL) - AUTHORIZATION APPROVAL                           Date: 04/30/2026
Member: Beatrix Holmgren-Adeyemi   Authorization SPR-26-0428-2210   Page 1 of 1
Approved: esketamine nasal spray (Spravato) 56-84 mg per session, induction and maintenance, 05/01/2026 through
10/31/2026. Provider: Catalina Foothills Interventional Psychiatry.
""",
    "other/portal-submission-receipt-2026-11-06.txt": """
DESERT SAGE ADMINISTRATORS (FICTIONAL) - PROVIDER PORTAL SUBMISSION RECEIPT          11/06/2026 09:41 (Arizona)
Submitted by: Catalina Foothills Interventional Psychiatry   Page 1 of 1
Type: renewal of authorization SPR-26-0428-2210. Member: Beatrix Holmgren-Adeyemi. Attachments: session note
11/03/2026 (MADRS 17); induction assessment 04/22/2026 (baseline MADRS 36); history 2019-2026.
Received. Reference SPR-26-1106-4471.
""",
    "other/spd-appendix-b-um-2-excerpt.txt": """
CITY OF SAGUARO VISTA EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026, APPENDIX B   Page 112
UM-2 Renewal of an authorization. A request to renew an authorization received within 14 calendar days after the
authorization ends is treated as a continuation of that authorization from its end date, if the criteria for
continuation are met.
""",
    "other/pharmacy-policy-rx-esk-06-excerpt.txt": """
DESERT SAGE ADMINISTRATORS (FICTIONAL) - PHARMACY POLICY RX-ESK-06 ESKETAMINE NASAL SPRAY (2026)   Page 2 of 4
C2 (continuation): at least a 50% reduction in MADRS (or PHQ-9) from the baseline before induction, documented
within 30 days of the request.
""",
    "other/rems-monitoring-log-2026-11-03.txt": """
CATALINA FOOTHILLS INTERVENTIONAL PSYCHIATRY (FICTIONAL) - REMS MONITORING LOG              11/03/2026   Page 1 of 1
Room 1: B. Holmgren-Adeyemi, 84 mg, 09:00-11:00, no sedation after 90 minutes, discharged with husband.
Room 2: R. Quintanilla, 56 mg, 09:30-11:30 (another patient; not this appeal).
""",
    "other/authorized-representative-designation-2026-11-15.txt": """
DESERT SAGE ADMINISTRATORS (FICTIONAL) - DESIGNATION OF AUTHORIZED REPRESENTATIVE        Signed 11/15/2026
Member: Beatrix Holmgren-Adeyemi. I designate Tomasz Ribeiro-Lindahl, prior authorization coordinator at Catalina
Foothills Interventional Psychiatry, to act for me in the appeal of request SPR-26-1106-4471.
""",
}

TRUTH = """# 08 - City employees' plan (self-funded): Spravato maintenance denied for a "late" renewal and a wrong baseline MADRS; expedited first internal appeal by the clinic's prior authorization coordinator (FICTIONAL)

All people, plans, cities, administrators, clinics, numbers and addresses are invented (FICTIONAL).

## What is true
- Beatrix Holmgren-Adeyemi, 54 (DOB 04/09/1972), in the **City of Saguaro Vista Employee Health Plan**
  (governmental, self-funded, 2,600 employees), has **treatment-resistant depression (F33.2)**. Spravato since
  05/2026 under **authorization SPR-26-0428-2210, 05/01/2026 through 10/31/2026**, with venlafaxine XR 225 mg daily.
- Renewal received through the portal on **11/06/2026** (6 days after the end). **Notice of 11/13/2026**: (1) "renewal
  not received before the authorization ended"; session of 11/03/2026 not authorized; (2) RX-ESK-06 C2 "baseline
  30, current 17".
- **Plan document and date:** SPD Appendix B **UM-2**: a renewal received **within 14 calendar days after** the end
  is a continuation from the end date if continuation criteria are met.
- **Record:** baseline before induction **MADRS 36 (04/22/2026)**; **17 on 11/03/2026**: a **53%** reduction - C2 is
  met. **MADRS 30** is from a **09/12/2024** consultation in an earlier episode. After two held sessions: **MADRS 24 and
  passive suicidal ideation on 12/01/2026**; the psychiatrist certifies urgency.
- **Rules:** governmental plan: claims and appeals under **45 CFR 147.136(b)(2)** (applying the ERISA claims
  rule's standards by reference; urgent-care decision within 72 hours); parity 45 CFR 146.136 (2,600 employees);
  external review 147.136(c)-(d) afterwards, and an expedited external review may run at the same time as an
  expedited internal appeal (147.136(d)(3)). First internal appeal (180 days); **expedited**.
- **Author:** the clinic's prior authorization coordinator, designated by the member 11/15/2026; writes about "Ms.
  Holmgren-Adeyemi", not as the physician.

### Expected answers
{ANSWERS}

## Deliberately unknown
- Whether the plan opted out of parity before the opt-out ended: not in the case.
- Why the reviewer used the 2024 score: unknown (the 2024 note was in the history the clinic sent).
- The price per session: not in the case.

## Traps
- **Date and plan rule:** 11/06/2026 is within 14 days of 10/31/2026; UM-2 makes it a continuation. The words
  "not received before the authorization ended" are true as far as they go - a letter must not say the renewal was
  sent before 10/31/2026.
- **Stale document from an earlier episode:** MADRS 30 (09/12/2024) is not this course's baseline.
- **Still taken:** venlafaxine XR continues with Spravato (partial): never "failed" or "stopped".
- **Intolerance:** aripiprazole 3 weeks, akathisia - not an adequate trial. **Sleep dose:** trazodone 50 mg.
  **Earlier episode:** escitalopram 2019-2020 remission - not a failure. Bupropion was an augmentation trial.
- **Suicidality:** passive (12/01/2026), never "active"; it is not Spravato's labelled suicidal-ideation use (that
  use is for acute suicidal ideation or behavior); this is the TRD use.
- **Voice:** the coordinator is not the prescriber: no "I have determined" as the physician; the psychiatrist's
  certification is quoted as his.
- **Other person:** the REMS log's Room 2 (R. Quintanilla).
- **Wrong law:** no ERISA as governing law (governmental plan: 29 U.S.C. 1003(b)(1)), no EBSA/Labor Department, no
  29 CFR 2590.715-2719; no Medicaid or Medicare rules.

## Arguments a strong letter makes (strongest first)
1. Under the plan's own UM-2 the renewal received 11/06/2026 - 6 days after 10/31/2026, within 14 - continues
   authorization SPR-26-0428-2210 from its end date, so the 11/03/2026 session and the maintenance sessions are
   covered once C2 is met.
2. C2 is met: 36 (04/22/2026, before induction) to 17 (11/03/2026) is 53%; the 30 came from a 2024 note of an earlier
   episode. Correct the baseline.
3. Decide within 72 hours: MADRS 24 and passive suicidal ideation after two held sessions, certified by the
   psychiatrist; ask for expedited external review at the same time if the plan cannot decide in time.

## What a letter must NOT say
- "the renewal was submitted before the authorization ended"; "baseline 30"; "less than 50% reduction".
- "failed venlafaxine", "stopped venlafaxine"; trazodone or aripiprazole as adequate trials; "failed escitalopram";
  "active suicidal ideation"; "approved use for suicidality"; "Quintanilla".
- "ERISA" as the governing law, "29 CFR 2560.503-1" cited alone as the plan's law, "EBSA", "Department of Labor",
  "29 CFR 2590.715-2719", "Medicaid", "Medicare".
- "I have determined" in the coordinator's voice as the treating physician; any price.
"""

ANSWERS = [
    ("Plan type", "plan_type: governmental", "case.yaml"),
    ("Funding", "funding: self_funded", "case.yaml"),
    ("Date of the notice", "NOTICE OF ADVERSE BENEFIT DETERMINATION                                                    Date: 11/13/2026", "denial/notice-of-adverse-benefit-determination-2026-11-13.txt"),
    ("The authorization's dates", "05/01/2026 through 10/31/2026", "other/authorization-approval-2026-04-30.txt"),
    ("When the renewal was received", "11/06/2026 09:41", "other/portal-submission-receipt-2026-11-06.txt"),
    ("The plan's renewal rule", "received within 14 calendar days after the authorization ends", "other/spd-appendix-b-um-2-excerpt.txt"),
    ("Baseline before induction", "Baseline before induction: MADRS 36", "clinical/spravato-induction-assessment-2026-04-22.txt"),
    ("Where the plan's 30 came from", "ECT CONSULTATION                                Date: 09/12/2024", "clinical/psychiatry-note-2024-09-12-earlier-episode.txt"),
    ("MADRS on 11/03/2026", "MADRS 17 today", "clinical/spravato-session-note-2026-11-03.txt"),
    ("The reduction", "53%", "truth"),
    ("MADRS after two held sessions", "MADRS 24 (17 on 11/03)", "clinical/psychiatry-visit-2026-12-01.txt"),
    ("Drug taken alongside", "venlafaxine XR 225 mg daily since 01/2026, partial response", "clinical/spravato-induction-assessment-2026-04-22.txt"),
    ("Why aripiprazole stopped", "stopped after 3 weeks for akathisia", "clinical/spravato-induction-assessment-2026-04-22.txt"),
    ("Rule for a governmental plan's appeals", "45 CFR 147.136(b)(2)", "truth"),
    ("Another patient on the log", "R. Quintanilla", "other/rems-monitoring-log-2026-11-03.txt"),
    ("Sleep dose", "Trazodone 50 mg at bedtime for sleep", "clinical/spravato-induction-assessment-2026-04-22.txt"),
]
