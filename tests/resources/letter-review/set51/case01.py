"""Set 51 case 01 - FICTIONAL. Medicare Advantage HMO: Spravato denied under a superseded policy criterion."""
SLUG = "medicare-advantage-spravato-superseded-oral-ad-criterion-reconsideration-wife"

CASE_YAML = """
# FICTIONAL CASE (letters set 51, case 01) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Alabama. Harold Pettibone, 73, treatment-resistant depression. His psychiatrist asked for
# Spravato (esketamine) on 11/16/2026; the plan denied it on 11/20/2026 under criterion 4 of policy MA-ESK-07
# ("used together with an oral antidepressant"), a criterion the plan's own revision of 03/01/2026 removed. Sertraline
# was stopped in 07/2026 for hyponatremia. His wife, appointed on form CMS-1696, asks for a standard reconsideration.
patient:
  name: Harold Pettibone
  salutation: Mr. Pettibone
  date_of_birth: 1953-08-19
  member_id: FICT-GWM-440218873
  address: |-
    2207 Live Oak Terrace
    Mobile, AL 36608
  phone: (251) 555-0131
insurer:
  name: Gulfwind Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    Gulfwind Medicare Advantage - Appeals and Grievances (FICTIONAL)
    PO Box 40118
    Mobile, AL 36640
  fax: (251) 555-0142
claim:
  number: OD-26-1116-60231
  plan_type: medicare_advantage
  notice_date: 2026-11-20
  appeal_deadline: 2027-01-24
  deadline_basis: >-
    Notice of denial of medical coverage of 11/20/2026: "You must ask for a reconsideration within 65 calendar days
    from the date of this notice."
  service_dates: [2026-12-14]
  sessions: 12
  pending_services: 12
  setting: outpatient
  procedure_codes: [G2082, G2083]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Your doctor asked for esketamine nasal spray (Spravato). We reviewed Gulfwind Medical Policy MA-ESK-07. Criterion
    4 requires that esketamine be used together with an oral antidepressant. Your records show you are not taking an
    oral antidepressant. Because criterion 4 is not met, the request is denied.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Dr. Curtis Landry", specialty: family medicine}
  action: none
  corrections:
    - said: Criterion 4 requires that esketamine be used together with an oral antidepressant.
      record: >-
        Policy MA-ESK-07 as revised 03/01/2026, the version in force when the request was made on 11/16/2026, has
        three criteria and no criterion 4; its revision note says the concurrent oral antidepressant criterion was
        removed on 03/01/2026. The words the notice quotes are from the superseded 01/01/2025 version.
      file: other/policy-ma-esk-07-rev-2026-03-01.txt
      page: 1
plan_policy:
  name: Gulfwind Medical Policy MA-ESK-07, Esketamine nasal spray (revised 03/01/2026)
  number: MA-ESK-07
  quote: >-
    Esketamine nasal spray is medically necessary when all of the following are met: 1. The member is an adult with
    major depressive disorder who has had an inadequate response to at least two antidepressants, each given at an
    adequate dose for at least 6 weeks, in the current episode. 2. The member has no aneurysmal vascular disease,
    arteriovenous malformation or history of intracerebral hemorrhage. 3. Treatment is given in a setting certified
    under the Spravato REMS, with monitoring for at least 2 hours after each dose. Revision 03/01/2026: former
    criterion 4 (use together with an oral antidepressant) removed to match the current prescribing information.
  file: other/policy-ma-esk-07-rev-2026-03-01.txt
payer_criteria:
  - criterion: "1. Adult with major depressive disorder; inadequate response to at least two antidepressants, each at an adequate dose for at least 6 weeks, in the current episode"
    how_met: >-
      Age 73; recurrent major depression, current episode since 11/2024; escitalopram 20 mg daily for 12 weeks
      (no response) and venlafaxine ER 225 mg daily for 16 weeks (no response), both in the current episode.
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-11-10.txt, page: 1}
  - criterion: "2. No aneurysmal vascular disease, arteriovenous malformation or history of intracerebral hemorrhage"
    how_met: None of these in the history or examination of 11/10/2026.
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-11-10.txt, page: 1}
  - criterion: "3. Given in a Spravato REMS-certified setting with at least 2 hours of monitoring"
    how_met: Bayside Interventional Psychiatry is REMS-certified; each dose is monitored for 2 hours.
    met: true
    evidence: {file: clinical/psychiatry-evaluation-2026-11-10.txt, page: 1}
treatment:
  name: Spravato (esketamine nasal spray), induction of 12 sessions (G2082, G2083)
  summary: >-
    Esketamine nasal spray for treatment-resistant depression after two adequate antidepressant trials without
    response in the current episode, given without an oral antidepressant because sertraline caused hyponatremia.
  plan: >-
    56 mg at the first session, then 56 mg or 84 mg twice weekly in weeks 1-4 (8 sessions) and weekly in weeks 5-8
    (4 sessions); blood pressure before and after each dose, 2 hours of observation; MADRS every 2 weeks; stop if
    MADRS has not fallen by at least 25% by week 4.
  setting: Bayside Interventional Psychiatry, a Spravato REMS-certified outpatient clinic
  monitoring: blood pressure before dosing and at 40 minutes and 2 hours; sedation and dissociation checks; 2 hours of observation
clinical:
  severity: MADRS 34 and PHQ-9 20 on 11/10/2026
  severity_date: 2026-11-10
  suicidality: passive
  suicidality_date: 2026-11-10
  episode_onset: 2024-11
  treating_since: 2024-12
  exclusions: no psychosis; no aneurysmal vascular disease or arteriovenous malformation; blood pressure controlled (128/76 on 11/10/2026); no substance use disorder
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2024-12
      end: 2025-03
      kind: antidepressant
      weeks: 12
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks at 20 mg
      evidence: {file: clinical/psychiatry-evaluation-2026-11-10.txt, page: 1}
    - drug: Venlafaxine ER
      dose: 225 mg daily
      start: 2025-04
      end: 2025-08
      kind: antidepressant
      weeks: 16
      adequate: true
      failed: true
      response: none
      outcome: No response after 16 weeks, 10 of them at 225 mg
      evidence: {file: clinical/psychiatry-evaluation-2026-11-10.txt, page: 1}
    - drug: Sertraline
      dose: 50 mg daily, raised to 100 mg
      start: 2026-06-15
      end: 2026-07-21
      kind: antidepressant
      adequate: false
      failed: false
      outcome: Stopped after 5 weeks for hyponatremia (sodium 126 mmol/L on 07/21/2026); an intolerance, not an adequate trial
      evidence: {file: clinical/lab-sodium-2026-07-21.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-01
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-evaluation-2026-11-10.txt, page: 1}
    - drug: Nortriptyline
      dose: 75 mg daily
      start: 2009-02
      end: 2010-06
      kind: antidepressant
      response: remission
      outcome: Remission in an earlier episode (2009); not a trial in the current episode and not a failure
      evidence: {file: clinical/psychiatry-evaluation-2026-11-10.txt, page: 1}
impact:
  daily_life: Stopped driving and stopped attending church and his grandson's games; his wife manages his medicines and meals.
alternatives:
  - treatment: Another SSRI or SNRI as an oral antidepressant
    why_not: Sertraline lowered his sodium to 126 mmol/L within five weeks; the psychiatrist judges another SSRI or SNRI unsafe at 73.
author:
  name: Lorraine Pettibone
  role: Wife and appointed representative (form CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-2026-11-22.txt
  address: |-
    2207 Live Oak Terrace
    Mobile, AL 36608
  phone: (251) 555-0133
provider:
  name: Dr. Miriam Castellanos-Reid
  credentials: MD, psychiatry
  npi: "1482037615"
  address: |-
    Bayside Interventional Psychiatry (FICTIONAL), 410 Government Street, Suite 3
    Mobile, AL 36602
  phone: (251) 555-0147
record_dates:
  - file: clinical/psychiatry-evaluation-2026-11-10.txt
    date: 2026-11-10
  - file: clinical/lab-sodium-2026-07-21.txt
    date: 2026-07-21
copies: [prescriber]
bates_prefix: PETTIBONE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-denial-2026-11-20.txt": """
GULFWIND MEDICARE ADVANTAGE HMO (FICTIONAL)
NOTICE OF DENIAL OF MEDICAL COVERAGE                          Date of notice: 11/20/2026
Member: Harold Pettibone   Member ID FICT-GWM-440218873   Reference OD-26-1116-60231
Requested by: Dr. Miriam Castellanos-Reid, Bayside Interventional Psychiatry, on 11/16/2026
Service: esketamine nasal spray (Spravato), G2082/G2083, 12 sessions

Why we denied your request: We reviewed Gulfwind Medical Policy MA-ESK-07. Criterion 4 requires that esketamine be
used together with an oral antidepressant. Your records show you are not taking an oral antidepressant. Because
criterion 4 is not met, the request is denied.
Reviewed by: Dr. Curtis Landry, family medicine.

Your right to appeal: You must ask for a reconsideration within 65 calendar days from the date of this notice.
Write to Appeals and Grievances, PO Box 40118, Mobile, AL 36640, or fax (251) 555-0142. If waiting could seriously
harm your health, ask for a fast (expedited) reconsideration.
""",
    "clinical/psychiatry-evaluation-2026-11-10.txt": """
BAYSIDE INTERVENTIONAL PSYCHIATRY (FICTIONAL) - PSYCHIATRIC EVALUATION            Date: 11/10/2026
Patient: Harold Pettibone   DOB 08/19/1953   Page 1 of 1   Clinician: Miriam Castellanos-Reid, MD
Diagnosis: major depressive disorder, recurrent, severe, without psychotic features (F33.2). Current episode
began 11/2024. MADRS 34, PHQ-9 20 today. Passive death wishes ("I'd be fine not waking up"), no plan or intent.
Current-episode medication trials:
- escitalopram 20 mg daily 12/2024-03/2025, 12 weeks: no response.
- venlafaxine ER titrated to 225 mg daily 04/2025-08/2025, 16 weeks (10 at 225 mg): no response.
- sertraline 50 mg then 100 mg 06/15/2026-07/21/2026: stopped for hyponatremia, sodium 126 (lab 07/21/2026).
Sleep: trazodone 50 mg at bedtime since 01/2025 (sleep only).
Earlier episode: nortriptyline 75 mg 2009-2010 with full remission.
No aneurysm, AVM or intracerebral hemorrhage; BP 128/76; no psychosis; no substance use disorder.
Plan: Spravato (esketamine) without an oral antidepressant; another SSRI/SNRI is not safe given the hyponatremia.
Clinic is REMS-certified; 2-hour observation after each dose.
""",
    "clinical/lab-sodium-2026-07-21.txt": """
GULF COAST REFERENCE LABORATORY (FICTIONAL) - BASIC METABOLIC PANEL          Collected: 07/21/2026
Patient: Harold Pettibone   DOB 08/19/1953   Page 1 of 1
Sodium 126 mmol/L (reference 135-145)  LOW
Ordering note: on sertraline 100 mg since 07/06/2026; sertraline stopped today per Dr. Castellanos-Reid.
Repeat 08/04/2026: sodium 138 mmol/L.
""",
    "other/policy-ma-esk-07-rev-2026-03-01.txt": """
GULFWIND HEALTH (FICTIONAL) - MEDICARE ADVANTAGE MEDICAL POLICY MA-ESK-07
Esketamine nasal spray                      Revised 03/01/2026 (current version)      Page 1 of 1
Esketamine nasal spray is medically necessary when all of the following are met:
1. The member is an adult with major depressive disorder who has had an inadequate response to at least two
antidepressants, each given at an adequate dose for at least 6 weeks, in the current episode.
2. The member has no aneurysmal vascular disease, arteriovenous malformation or history of intracerebral hemorrhage.
3. Treatment is given in a setting certified under the Spravato REMS, with monitoring for at least 2 hours after
each dose.
Revision history: Revision 03/01/2026: former criterion 4 (use together with an oral antidepressant) removed to
match the current prescribing information. 01/01/2025: policy adopted.
""",
    "other/policy-ma-esk-07-rev-2025-01-01-superseded.txt": """
GULFWIND HEALTH (FICTIONAL) - MEDICARE ADVANTAGE MEDICAL POLICY MA-ESK-07
Esketamine nasal spray              Effective 01/01/2025 - SUPERSEDED 03/01/2026          Page 1 of 1
Criteria 1-3 as in the current version, and:
4. Esketamine is used together with an oral antidepressant.
[Archived copy printed by the clinic from the plan's provider portal in 2025.]
""",
    "other/cms-1696-appointment-2026-11-22.txt": """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, as completed; FICTIONAL)      Signed 11/22/2026
Beneficiary: Harold Pettibone   Medicare number on file with the plan
I appoint Lorraine Pettibone (wife), 2207 Live Oak Terrace, Mobile, AL 36608, (251) 555-0133, to act as my
representative in connection with my request for esketamine nasal spray (reference OD-26-1116-60231).
Signed: Harold Pettibone   Accepted: Lorraine Pettibone
""",
}

TRUTH = """
# 01 - Medicare Advantage HMO: Spravato denied under a criterion the plan's own policy removed; standard reconsideration by his wife (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harold Pettibone, 73 (DOB 08/19/1953), in **Gulfwind Medicare Advantage HMO** (`medicare_advantage`, Alabama), has
  recurrent major depression (F33.2), current episode since 11/2024, MADRS 34 and PHQ-9 20 on 11/10/2026, passive
  death wishes without plan or intent on 11/10/2026.
- Dr. Castellanos-Reid asked on 11/16/2026 for Spravato, 12 induction sessions (G2082/G2083), not yet given. The
  notice of **11/20/2026** (reference OD-26-1116-60231) denied it under "criterion 4" of MA-ESK-07: use together with
  an oral antidepressant.
- **The policy in force on 11/16/2026 is MA-ESK-07 revised 03/01/2026**: three criteria, and its revision note says
  the former criterion 4 was removed on 03/01/2026. The notice quoted the superseded 01/01/2025 version.
- Criteria 1-3 of the current version are met: two adequate current-episode trials without response (escitalopram
  20 mg 12 weeks; venlafaxine ER 225 mg 16 weeks), no vascular exclusion, a REMS-certified clinic with 2 hours of
  monitoring.
- It is true that he takes no oral antidepressant: sertraline was stopped on 07/21/2026 for hyponatremia (sodium
  126 mmol/L), and the psychiatrist judges another SSRI or SNRI unsafe.
- **Rule and stage:** standard pre-service reconsideration, 42 CFR 422.578-422.590; 65 days from the notice date:
  **by 01/24/2027** (422.582(b)); a Part B drug request is decided within 7 calendar days (422.590(c)); an upheld denial
  goes to the independent review entity automatically (422.592).
- **Author:** his wife, appointed on form CMS-1696 (11/22/2026); she writes about "Mr. Pettibone", not as "I" the patient.

## Deliberately unknown
- Whether the reviewer had the current version of the policy in front of him: not known; a letter may ask.
- Whether Medicare has any national or local coverage rule for esketamine in Alabama: the case holds none; a letter
  must not name an NCD or LCD.
- The cost of the course and the cost sharing: not in the case.

## Traps
- **A decision's wrong statement of the plan's own policy:** the quoted "criterion 4" does not exist in the version
  in force. The winning point is a plan document and a date (03/01/2026), not clinical.
- **A true fact that must not be denied:** he is NOT taking an oral antidepressant. A letter must never say he takes
  one, never call trazodone 50 mg (a sleep dose) his oral antidepressant, and never promise to add one.
- **A drug stopped for a side effect:** sertraline (5 weeks, hyponatremia) is an intolerance, not an adequate or
  failed trial; the count of adequate failed trials is two.
- **Earlier-episode response:** nortriptyline 2009-2010 brought remission in an earlier episode; not a failure, not a
  current-episode trial.
- **Stale document:** the superseded 01/01/2025 policy copy in other/ has criterion 4; it is not the policy in force.
- **Suicidality:** passive only; never "active suicidal ideation" or the suicidal-ideation indication.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA (parity law does not reach Medicare), no external review
  by a state, no 72-hour claim unless asked as expedited.
- **Voice:** the wife writes about her husband; "I" is the wife, never the patient.

## Arguments a strong letter makes, strongest first
1. The criterion the notice applied is not in the plan's policy: MA-ESK-07 was revised on **03/01/2026**, before the
   request, and the revision removed the oral-antidepressant criterion. Decide the request under the version in force.
2. Every criterion of the current version is met, each with its record (two adequate failed trials; no vascular
   exclusion; REMS-certified clinic with 2-hour monitoring).
3. An oral antidepressant is not safe for him: sertraline caused hyponatremia (sodium 126) within five weeks.
4. Decide as a Part B drug reconsideration within 7 days (422.590(c)); an upheld denial goes to the IRE.

## What a letter must NOT say
- "is taking an oral antidepressant", "continues sertraline", "failed sertraline" as an adequate trial, "three
  failed trials", trazodone as an antidepressant trial, "failed nortriptyline".
- "active suicidal ideation", "suicide attempt".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA", "parity", "state insurance department".
- "criterion 4 is met" or any concession that criterion 4 governs; "LCD" or "NCD" for esketamine.
- "I have failed" in the patient's voice.
"""

ANSWERS = [
    ("plan type", "plan_type: medicare_advantage", "case.yaml"),
    ("notice date", "Date of notice: 11/20/2026", "denial/notice-of-denial-2026-11-20.txt"),
    ("appeal deadline", "by 01/24/2027", "truth"),
    ("policy version in force", "Revised 03/01/2026 (current version)", "other/policy-ma-esk-07-rev-2026-03-01.txt"),
    ("what the revision removed", "former criterion 4 (use together with an oral antidepressant) removed", "other/policy-ma-esk-07-rev-2026-03-01.txt"),
    ("the notice's ground", "Criterion 4 requires that esketamine be used together with an oral antidepressant", "denial/notice-of-denial-2026-11-20.txt"),
    ("stale document", "SUPERSEDED 03/01/2026", "other/policy-ma-esk-07-rev-2025-01-01-superseded.txt"),
    ("why sertraline stopped", "stopped for hyponatremia, sodium 126", "clinical/psychiatry-evaluation-2026-11-10.txt"),
    ("adequate failed trials", "escitalopram 20 mg daily 12/2024-03/2025, 12 weeks: no response", "clinical/psychiatry-evaluation-2026-11-10.txt"),
    ("second trial", "venlafaxine ER titrated to 225 mg daily 04/2025-08/2025, 16 weeks", "clinical/psychiatry-evaluation-2026-11-10.txt"),
    ("sleep dose", "trazodone 50 mg at bedtime since 01/2025 (sleep only)", "clinical/psychiatry-evaluation-2026-11-10.txt"),
    ("earlier episode", "nortriptyline 75 mg 2009-2010 with full remission", "clinical/psychiatry-evaluation-2026-11-10.txt"),
    ("suicidality", "suicidality: passive", "case.yaml"),
    ("Part B drug decision time", "within 7 calendar days (422.590(c))", "truth"),
    ("author", "Lorraine Pettibone (wife)", "other/cms-1696-appointment-2026-11-22.txt"),
    ("must not say", "\"is taking an oral antidepressant\"", "truth"),
]
