SLUG = "07-self-funded-erisa-residential-php-under-former-plan-said-not-tried-first-appeal-psychologist"

CASE_YAML = """\
# FICTIONAL CASE (letters set 52, case 07) - every person, plan, administrator, provider, number and address is invented.
# Self-funded employer plan (ERISA), New Jersey, 2,700 employees. Corinne Blackwood-Amari, 33, joined the employer on
# 09/01/2026. Residential treatment was denied before admission as "has not attended partial hospitalization"; she
# attended a PHP 07/06-08/14/2026, paid by her former employer's plan, and worsened in it, then was hospitalized
# 09/20-09/30/2026. Her treating psychologist (a clinician who does not prescribe) files the first internal appeal.
patient:
  name: Corinne Blackwood-Amari
  salutation: Ms. Blackwood-Amari
  date_of_birth: 1993-01-30
  member_id: FICT-MFS-60218845
  address: |-
    19 Quarry Hill Court
    Princeton, NJ 08540
  phone: (609) 555-0124
insurer:
  name: Meridian Freight Systems Employee Health Plan, administered by Atlantic Crest Benefit Services (FICTIONAL)
  appeals_address: |-
    Atlantic Crest Benefit Services - Appeals (FICTIONAL)
    PO Box 5530
    Trenton, NJ 08638
  fax: (609) 555-0157
claim:
  number: ACB-UM-26-1110-77341
  plan_type: employer_erisa
  funding: self_funded
  employees: 2700
  notice_date: 2026-11-17
  appeal_deadline: 2027-05-16
  deadline_basis: >-
    Denial notice of 11/17/2026: "You have 180 days from receipt of this notice to appeal." Counted from the notice
    date.
  pending_services: "[about 45 days of residential treatment]"
  setting: residential
  procedure_codes: [H0019]
  revenue_codes: ["1001"]
  diagnosis_codes: [F33.2, F43.12]
  denial_reason: >-
    Residential treatment is not medically necessary. LOC-RTC-3 criterion 2 is not met: there is no failure of, or
    inability to be safely treated at, partial hospitalization within the past 6 months. The member has not attended
    partial hospitalization. Partial hospitalization is appropriate.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
  reviewer: {name: "Marcus Feld, MD", specialty: psychiatry}
  corrections:
    - said: The member has not attended partial hospitalization.
      record: >-
        She attended a partial hospitalization program 07/06/2026-08/14/2026 (30 program days) at Riverside Day
        Program, paid by her former employer's plan before this coverage began on 09/01/2026; PHQ-9 rose from 19 to
        24 and she was hospitalized 09/20-09/30/2026.
      file: clinical/php-discharge-summary-2026-08-14.txt
      page: 1
plan_policy:
  name: Atlantic Crest Behavioral Health Level of Care Criteria LOC-RTC-3 "Residential treatment, adult" (2026)
  number: LOC-RTC-3
  quote: >-
    1. A DSM-5 disorder causing severe impairment in daily functioning. 2. Failure of, or inability to be safely
    treated at, partial hospitalization within the past 6 months. 3. The member can take part in and benefit from the
    program's treatment.
  file: other/loc-rtc-3-excerpt.txt
payer_criteria:
  - criterion: "1. A DSM-5 disorder causing severe impairment in daily functioning"
    how_met: F33.2 and F43.12; on leave from work since 09/20/2026; PHQ-9 24.
    met: true
    evidence: {file: clinical/psychology-progress-note-2026-11-05.txt, page: 1}
  - criterion: "2. Failure of, or inability to be safely treated at, partial hospitalization within the past 6 months"
    how_met: >-
      PHP 07/06-08/14/2026 (30 program days), PHQ-9 19 to 24 at discharge; hospitalized 09/20-09/30/2026, within 6
      months of the request (11/10/2026).
    met: true
    evidence: {file: clinical/php-discharge-summary-2026-08-14.txt, page: 1}
  - criterion: "3. Can take part in and benefit from treatment"
    how_met: Engaged in weekly therapy, motivated for trauma-focused residential care; accepted by the program.
    met: true
    evidence: {file: clinical/psychology-progress-note-2026-11-05.txt, page: 1}
alternatives:
  - treatment: Partial hospitalization
    level: partial hospitalization
    why_not: >-
      Tried 07/06-08/14/2026 at Riverside Day Program; she worsened in it (PHQ-9 19 to 24) and was hospitalized five
      weeks later.
    proof: clinical/php-discharge-summary-2026-08-14.txt
treatment:
  name: Residential treatment for depression and PTSD, about 45 days
  summary: >-
    Trauma-focused residential treatment after a partial hospitalization program in which she worsened and a
    psychiatric hospital stay; weekly outpatient therapy has not held her.
  plan: >-
    Residential admission at Hollow Pine Residential Center for about 45 days: prolonged exposure five days a week,
    psychiatric care, then step-down to IOP.
clinical:
  severity: PHQ-9 24 and PCL-5 61 on 11/05/2026
  severity_date: 2026-11-05
  suicidality: passive
  suicidality_date: 2026-11-05
  treating_since: 2024-02-14
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2024-03
      end: 2024-05
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks
      evidence: {file: clinical/psychology-progress-note-2026-11-05.txt, page: 1}
    - drug: Bupropion XL
      dose: 150 mg daily
      start: 2025-01
      end: 2025-01
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for insomnia and agitation (intolerance, not an adequate trial)
      evidence: {file: clinical/psychology-progress-note-2026-11-05.txt, page: 1}
    - drug: Duloxetine
      dose: 90 mg daily
      start: 2025-03
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/psychology-progress-note-2026-11-05.txt, page: 1}
    - drug: Quetiapine
      dose: 50 mg at bedtime for sleep
      start: 2026-09-30
      ongoing: true
      kind: other
      adequate: false
      outcome: Sleep dose only; not an antipsychotic trial
      evidence: {file: clinical/inpatient-discharge-2026-09-30.txt, page: 1}
    - drug: Prolonged exposure therapy (2022, an earlier episode)
      dose: 12 sessions
      start: 2022-04
      end: 2022-07
      kind: psychotherapy
      sessions: 12
      response: response
      outcome: Response in 2022; not a failed trial
      evidence: {file: clinical/psychology-progress-note-2026-11-05.txt, page: 1}
impact:
  work: On medical leave from her job since 09/20/2026.
  hospitalizations: Psychiatric hospital stay 09/20/2026-09/30/2026.
author:
  name: Helena Okoro-Stein, PhD
  role: Treating psychologist (licensed psychologist)
  relation: clinician
  authorization: other/member-authorization-2026-11-19.txt
  address: |-
    Okoro-Stein Psychology (FICTIONAL), 210 Nassau Street, Suite 4
    Princeton, NJ 08542
  phone: (609) 555-0188
  email: hokorostein@okorostein-psych.example
provider:
  name: Hollow Pine Residential Center
  credentials: Adult residential mental health program (FICTIONAL)
  npi: "1155904273"
  address: |-
    4000 Hollow Pine Road
    New Hope, PA 18938
  phone: (215) 555-0190
record_dates:
  - file: clinical/php-discharge-summary-2026-08-14.txt
    date: 2026-08-14
    submitted: false
  - file: clinical/inpatient-discharge-2026-09-30.txt
    date: 2026-09-30
  - file: clinical/psychology-progress-note-2026-11-05.txt
    date: 2026-11-05
bates_prefix: BLACKWOODAMARI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
"denial/denial-notice-2026-11-17.txt": """\
ATLANTIC CREST BENEFIT SERVICES (FICTIONAL) for the Meridian Freight Systems Employee Health Plan
NOTICE OF ADVERSE BENEFIT DETERMINATION - PRE-SERVICE                              Date: 11/17/2026
Member: Corinne Blackwood-Amari   ID FICT-MFS-60218845   Reference ACB-UM-26-1110-77341   Received 11/10/2026
Requested: adult residential treatment, Hollow Pine Residential Center (H0019, revenue code 1001).
Decision: denied. Residential treatment is not medically necessary. LOC-RTC-3 criterion 2 is not met: there is no
failure of, or inability to be safely treated at, partial hospitalization within the past 6 months. The member has
not attended partial hospitalization. Partial hospitalization is appropriate.
Records reviewed: plan claims history (coverage effective 09/01/2026); inpatient discharge 09/30/2026.
Reviewer: Marcus Feld, MD (psychiatry). You have 180 days from receipt of this notice to appeal. Appeals, PO Box
5530, Trenton, NJ 08638, fax (609) 555-0157. This plan is self-funded and governed by ERISA.""",
"clinical/php-discharge-summary-2026-08-14.txt": """\
RIVERSIDE DAY PROGRAM (FICTIONAL) - PARTIAL HOSPITALIZATION DISCHARGE SUMMARY            Date: 08/14/2026
Patient: Corinne Blackwood-Amari   DOB 01/30/1993   Page 1 of 1
Program days: 30, 07/06/2026-08/14/2026, six hours a day. Payer: Keystone Logistics Employee Plan (former employer).
PHQ-9 19 on admission, 24 at discharge; nightmares nightly; missed 4 days after flashbacks. Discharged at the end of
the authorized days with no improvement; referred back to outpatient psychology.""",
"clinical/inpatient-discharge-2026-09-30.txt": """\
MERCER PSYCHIATRIC HOSPITAL (FICTIONAL) - DISCHARGE SUMMARY                             Date: 09/30/2026
Patient: Corinne Blackwood-Amari   Admitted 09/20/2026 after passive death wishes with worsening PTSD symptoms.
Discharged 09/30/2026 to outpatient care; quetiapine 50 mg at bedtime added for sleep; duloxetine 90 mg continued.
Recommendation: residential trauma program if outpatient care does not hold.""",
"clinical/psychology-progress-note-2026-11-05.txt": """\
OKORO-STEIN PSYCHOLOGY (FICTIONAL) - PROGRESS NOTE                                      Date: 11/05/2026
Client: Corinne Blackwood-Amari   DOB 01/30/1993   Psychologist: Helena Okoro-Stein, PhD   Page 1 of 1
Weekly therapy since 02/2024. PHQ-9 24, PCL-5 61. Passive wish to be dead on several days; no plan or intent.
On leave from work since 09/20/2026.
Medications (psychiatrist's list): escitalopram 20 mg 03/2024-05/2024, 8 weeks, no response; bupropion XL 150 mg
01/2025, stopped after 3 weeks for insomnia and agitation; duloxetine 90 mg since 03/2025, partial response,
continued; quetiapine 50 mg at bedtime for sleep since 09/30/2026.
History: prolonged exposure 04/2022-07/2022 (12 sessions), response in an earlier episode.
Accepted by Hollow Pine Residential Center for admission on authorization.
[Family history: her sister Dana's eating disorder, noted for context; not this client's diagnosis.]""",
"other/loc-rtc-3-excerpt.txt": """\
ATLANTIC CREST BENEFIT SERVICES (FICTIONAL) - LEVEL OF CARE CRITERIA LOC-RTC-3 (2026), excerpt   Page 1
1. A DSM-5 disorder causing severe impairment in daily functioning. 2. Failure of, or inability to be safely treated
at, partial hospitalization within the past 6 months. 3. The member can take part in and benefit from the program's
treatment.""",
"other/member-authorization-2026-11-19.txt": """\
AUTHORIZATION OF REPRESENTATIVE (FICTIONAL FORM)                                       Date: 11/19/2026
I, Corinne Blackwood-Amari, authorize Helena Okoro-Stein, PhD, to appeal for me and to release my records for it.
Signed: Corinne Blackwood-Amari""",
"other/iop-screening-2024-stale.txt": """\
PRINCETON COMMUNITY IOP (FICTIONAL) - SCREENING                                          Date: 06/03/2024
Corinne Blackwood-Amari: screened for IOP; "not indicated at this time, continue weekly outpatient".
[A 2024 screening, before the current episode's worsening; kept in the psychologist's file.]""",
}

TRUTH = """\
# 07 - Self-funded employer plan: residential denied as "has not attended partial hospitalization"; the PHP was paid by her former plan; first appeal by her psychologist (FICTIONAL)

All people, plans, administrators, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Corinne Blackwood-Amari, 33 (DOB 01/30/1993), **self-funded ERISA plan** of Meridian Freight Systems (2,700
  employees), coverage **from 09/01/2026**; F33.2 and F43.12.
- Pre-service request received 11/10/2026 for residential treatment at Hollow Pine (about 45 days); **denied
  11/17/2026** (reference ACB-UM-26-1110-77341) under **LOC-RTC-3 criterion 2**: "The member has not attended partial
  hospitalization." The decision reviewed only "plan claims history (coverage effective 09/01/2026)" and the 09/30
  inpatient discharge.
- She **attended a PHP 07/06-08/14/2026 (30 program days)**, paid by her **former employer's plan**, and worsened (PHQ-9
  19 -> 24); then **inpatient 09/20-09/30/2026**. Both within 6 months of the request: criterion 2 is met. Criteria 1
  and 3 are met. The PHP summary was never sent to the plan (`submitted: false`).
- **Rule and stage:** ERISA 29 CFR 2560.503-1: first internal appeal, pre-service (decided within 30 days), **180 days:
  by 05/16/2027**; then external review under 29 CFR 2590.715-2719 (self-funded). Parity: 29 CFR 2590.712.
- **Author:** Helena Okoro-Stein, PhD, her treating **psychologist** (a clinician who does not prescribe), with the
  member's authorization; writes "I" as her treating psychologist, never "physician" or "prescriber".
- Expected answers:

## Deliberately unknown
- Whether Hollow Pine is in the plan's network: not in the case; the letter must not raise a network issue.
- The admission date: not set (on authorization); the letter says "about 45 days", never dates of service.
- Whether a physician will certify urgency: none enclosed; the psychologist's own view is not a physician's
  certification under 2560.503-1(m)(1)(iii).

## Traps
- **A decision's wrong statement** from the plan's own claims: the PHP predates this coverage; correct it from the
  PHP discharge summary, which the plan never had.
- **Stale document:** the 2024 IOP screening ("not indicated") is from before this episode's worsening.
- **Other person:** her sister Dana's eating disorder in the family history.
- **Drugs:** duloxetine continues (partial response): never "failed" or "stopped"; **bupropion** stopped after 3 weeks
  for intolerance is not an adequate trial; **quetiapine 50 mg** is for sleep; **2022 prolonged exposure** was an
  earlier episode's response.
- **Level of care words:** residential is not inpatient; only the September stay was a hospital stay.
- **Voice:** a psychologist writes "I" as the treating psychologist: never "physician", "Dr." or "prescriber", and she
  does not certify urgency as a physician.

## Arguments a strong letter makes (strongest first)
1. Criterion 2 is met: PHP 07/06-08/14/2026 (30 days), worsened (PHQ-9 19 -> 24), then hospitalized 09/20-09/30/2026,
   all within 6 months. The decision's "has not attended partial hospitalization" rests on claims that begin
   09/01/2026; the PHP was paid by her former plan (discharge summary, enclosed now).
2. PHP is not an appropriate alternative: it was tried and she worsened; weekly therapy has not held.
3. Criteria 1 and 3 are met; severity (PHQ-9 24, PCL-5 61, passive ideation, on leave): approve residential care.
4. Ask for the documents the decision relied on and the full criteria (29 CFR 2560.503-1(h)(2)(iii)).

## What a letter must NOT say
- "she has not tried partial hospitalization"; "PHP is appropriate"; the 2024 screening as current.
- "failed duloxetine", "stopped duloxetine"; bupropion as an adequate trial; quetiapine or 2022 therapy as failed trials.
- "eating disorder"; "Dana".
- "as her physician", "Dr. Okoro-Stein", "prescribing", "I have determined that this is urgent" as a physician's certification.
- "inpatient" for the residential program; "out of network".
"""

ANSWERS = [
    ("Plan type", "plan_type: employer_erisa", "case.yaml"),
    ("Funding", "funding: self_funded", "case.yaml"),
    ("Reference number", "ACB-UM-26-1110-77341", "denial/denial-notice-2026-11-17.txt"),
    ("Criterion applied", "LOC-RTC-3 criterion 2 is not met", "denial/denial-notice-2026-11-17.txt"),
    ("Decision's wrong statement", "The member has\nnot attended partial hospitalization", "denial/denial-notice-2026-11-17.txt"),
    ("What the decision reviewed", "plan claims history (coverage effective 09/01/2026)", "denial/denial-notice-2026-11-17.txt"),
    ("PHP attended", "Program days: 30, 07/06/2026-08/14/2026", "clinical/php-discharge-summary-2026-08-14.txt"),
    ("Who paid the PHP", "Keystone Logistics Employee Plan (former employer)", "clinical/php-discharge-summary-2026-08-14.txt"),
    ("Course in PHP", "PHQ-9 19 on admission, 24 at discharge", "clinical/php-discharge-summary-2026-08-14.txt"),
    ("Hospital stay", "Admitted 09/20/2026", "clinical/inpatient-discharge-2026-09-30.txt"),
    ("Appeal deadline", "2027-05-16", "case.yaml"),
    ("Author relation", "relation: clinician", "case.yaml"),
    ("Drug still taken", "duloxetine 90 mg since 03/2025, partial response,\ncontinued", "clinical/psychology-progress-note-2026-11-05.txt"),
    ("Intolerance, not a trial", "stopped after 3 weeks for insomnia and agitation", "clinical/psychology-progress-note-2026-11-05.txt"),
    ("Stale document", "not indicated at this time, continue weekly outpatient", "other/iop-screening-2024-stale.txt"),
    ("Other person on a document", "her sister Dana's eating disorder", "clinical/psychology-progress-note-2026-11-05.txt"),
]
