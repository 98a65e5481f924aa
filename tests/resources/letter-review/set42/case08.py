SLUG = "08-medicare-advantage-php-internal-failed-iop-criterion-preservice-reconsideration-psychiatrist"

CASE_YAML = r'''
# FICTIONAL CASE (set 42, case 08) - every person, plan, contractor, provider, number and address is invented.
# Medicare Advantage HMO, Georgia. Clarence Mbatha-Hollis, 68, was denied a partial hospitalization program
# (pre-service) under the plan's internal criteria BH-PHP-MA-2, whose criterion 4 asks for a failed IOP of at least 4
# weeks. Medicare's own rule for PHP (here a FICTIONAL local coverage determination, L99931) asks for no IOP first and
# he meets all of it; a Medicare Advantage plan may not add internal criteria where Medicare's are fully established.
# His treating psychiatrist asks for a standard pre-service reconsideration.
patient:
  name: Clarence Mbatha-Hollis
  salutation: Mr. Mbatha-Hollis
  date_of_birth: 1958-08-27
  member_id: FICT-CSA-H8812047
  address: |-
    2310 Abercorn Street
    Savannah, GA 31401
  phone: (912) 555-0117
insurer:
  name: Coastal Senior Advantage HMO (FICTIONAL Medicare Advantage plan)
  appeals_address: |-
    Coastal Senior Advantage - Appeals and Grievances (FICTIONAL)
    PO Box 71530
    Atlanta, GA 30374
  fax: (404) 555-0179
claim:
  number: CSA-OD-26-1119-90426
  plan_type: medicare_advantage
  notice_date: 2026-11-24
  setting: partial_hospitalization
  revenue_codes: ["0912"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Partial hospitalization is not medically necessary. Coverage criteria BH-PHP-MA-2 criterion 4 require that the
    member has not improved after at least 4 weeks in an intensive outpatient program. No intensive outpatient program
    is documented. A less intensive level of care is appropriate.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  reviewer: {name: "Dr. Philippa Strand", specialty: geriatric medicine}
  pending_services: 20
  action: none
medicare_coverage:
  name: Local coverage determination L99931 "Psychiatric Partial Hospitalization Programs" (FICTIONAL for this test)
  number: L99931
  quote: >-
    Partial hospitalization is covered when: (1) the patient would otherwise require inpatient psychiatric care; (2) a
    physician certifies the need and the patient is under a physician's care; (3) the patient follows an
    individualized written plan of treatment reviewed by the physician; and (4) the patient can take part actively in
    the program, at least 20 hours a week. Prior treatment at a less intensive level is not required.
  file: other/lcd-l99931-php-excerpt.txt
plan_policy:
  name: Coastal Senior Advantage internal coverage criteria BH-PHP-MA-2 (2026)
  number: BH-PHP-MA-2
  quote: >-
    1. Serious mental illness with severe symptoms. 2. Physician certification. 3. An individualized treatment plan.
    4. The member has not improved after at least 4 weeks in an intensive outpatient program.
  file: other/plan-criteria-bh-php-ma-2.txt
payer_criteria:
  - criterion: "(1) The patient would otherwise require inpatient psychiatric care"
    how_met: Psychiatrist's certification that without PHP he would need admission; MADRS 36; not eating regularly; lives alone
    met: true
    evidence: {file: clinical/php-certification-and-plan-2026-11-18.txt, page: 1}
  - criterion: "(2) A physician certifies the need and the patient is under a physician's care"
    how_met: Certification signed 11/18/2026 by Dr. Abiodun Castellanos-Reid, psychiatrist, who has treated him since 2024
    met: true
    evidence: {file: clinical/php-certification-and-plan-2026-11-18.txt, page: 1}
  - criterion: "(3) An individualized written plan of treatment reviewed by the physician"
    how_met: Written plan of 11/18/2026 with goals, groups, individual therapy and weekly physician review
    met: true
    evidence: {file: clinical/php-certification-and-plan-2026-11-18.txt, page: 1}
  - criterion: "(4) The patient can take part actively, at least 20 hours a week"
    how_met: 5 hours a day, 5 days a week (25 hours); transport arranged by his daughter
    met: true
    evidence: {file: clinical/php-certification-and-plan-2026-11-18.txt, page: 1}
treatment:
  name: Partial hospitalization program (PHP), 20 program days
  summary: >-
    A 4-week partial hospitalization program for a severe recurrent depressive episode in an older man living alone,
    as the alternative to a psychiatric admission.
  plan: 5 hours a day, 5 days a week for 4 weeks; physician review weekly; MADRS weekly; step down to IOP when MADRS falls below 20.
clinical:
  severity: MADRS 36 on 11/18/2026
  severity_date: 2026-11-18
  suicidality: passive
  suicidality_date: 2026-11-18
  treating_since: 2024-02
  history:
    - drug: Citalopram
      dose: 20 mg daily
      start: 2024-03
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued (20 mg is the highest dose advised over age 60)
      evidence: {file: clinical/php-certification-and-plan-2026-11-18.txt, page: 1}
    - drug: Nortriptyline
      dose: 50 mg daily
      start: 2026-07
      end: 2026-07
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for dizziness on standing and a fall (intolerance, not an adequate trial)
      evidence: {file: clinical/php-certification-and-plan-2026-11-18.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2025-01
      ongoing: true
      kind: other
      adequate: false
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/php-certification-and-plan-2026-11-18.txt, page: 1}
    - drug: Interpersonal psychotherapy
      dose: 16 weekly sessions
      start: 2018-01
      end: 2018-05
      sessions: 16
      kind: psychotherapy
      response: remission
      outcome: Remission of an earlier episode (2018)
      evidence: {file: clinical/php-certification-and-plan-2026-11-18.txt, page: 1}
alternatives:
  - treatment: Intensive outpatient program
    level: intensive outpatient
    why_not: >-
      Medicare's rule (L99931) requires no treatment at a less intensive level first, and the treating psychiatrist
      certifies that without partial hospitalization he would need inpatient psychiatric care.
    proof: clinical/php-certification-and-plan-2026-11-18.txt
author:
  name: Abiodun Castellanos-Reid, MD
  role: Treating psychiatrist
  relation: physician
  address: |-
    Lowcountry Geriatric Psychiatry (FICTIONAL), 5 East 66th Street, Suite 220
    Savannah, GA 31405
  phone: (912) 555-0142
  email: acr@lowcountry-geripsych.example
provider:
  name: Abiodun Castellanos-Reid, MD
  credentials: Board-certified geriatric psychiatrist
  npi: "1187284637"
  address: |-
    5 East 66th Street, Suite 220
    Savannah, GA 31405
  phone: (912) 555-0142
record_dates:
  - file: clinical/php-certification-and-plan-2026-11-18.txt
    date: 2026-11-18
bates_prefix: MBATHAHOLLIS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/notice-of-denial-of-medical-coverage-2026-11-24.txt": '''
COASTAL SENIOR ADVANTAGE HMO (FICTIONAL MEDICARE ADVANTAGE PLAN) - NOTICE OF DENIAL OF MEDICAL COVERAGE  Date: 11/24/2026
Member: Clarence Mbatha-Hollis   DOB 08/27/1958   ID FICT-CSA-H8812047
Reference CSA-OD-26-1119-90426   Requested: partial hospitalization program (revenue code 0912), 20 days
Partial hospitalization is not medically necessary. Coverage criteria BH-PHP-MA-2 criterion 4 require that the
member has not improved after at least 4 weeks in an intensive outpatient program. No intensive outpatient program
is documented. A less intensive level of care is appropriate. Reviewer: Dr. Philippa Strand, geriatric medicine.
You have the right to ask us for a reconsideration within 65 days of the date of this notice. Your doctor may ask for
you. We will decide a standard request about a service within 30 days.
''',
"other/lcd-l99931-php-excerpt.txt": '''
LOCAL COVERAGE DETERMINATION L99931 (FICTIONAL FOR THIS TEST) - Psychiatric Partial Hospitalization Programs
Partial hospitalization is covered when: (1) the patient would otherwise require inpatient psychiatric care; (2) a
physician certifies the need and the patient is under a physician's care; (3) the patient follows an
individualized written plan of treatment reviewed by the physician; and (4) the patient can take part actively in
the program, at least 20 hours a week. Prior treatment at a less intensive level is not required.
''',
"other/plan-criteria-bh-php-ma-2.txt": '''
COASTAL SENIOR ADVANTAGE (FICTIONAL) - INTERNAL COVERAGE CRITERIA BH-PHP-MA-2, 2026
1. Serious mental illness with severe symptoms. 2. Physician certification. 3. An individualized treatment plan.
4. The member has not improved after at least 4 weeks in an intensive outpatient program.
''',
"clinical/php-certification-and-plan-2026-11-18.txt": '''
LOWCOUNTRY GERIATRIC PSYCHIATRY (FICTIONAL) - PHP CERTIFICATION AND TREATMENT PLAN       Date: 11/18/2026
Patient: Clarence Mbatha-Hollis   DOB 08/27/1958   Page 1 of 1
Major depressive disorder, recurrent, severe without psychotic features (F33.2). MADRS 36. Passive wish to be dead,
no plan or intent. Lives alone since his wife died in 03/2026; skipping meals; 4 kg weight loss.
Certification: without partial hospitalization he would need inpatient psychiatric care. Under my care since 02/2024.
Plan: PHP 5 hours a day, 5 days a week, 4 weeks (25 hours a week); groups, individual therapy, weekly physician
review; daughter drives him. - Abiodun Castellanos-Reid, MD (FICTIONAL)
Medication: citalopram 20 mg since 03/2024, partial response, continued; nortriptyline 50 mg 07/2026, stopped after
3 weeks for dizziness on standing and a fall; mirtazapine 7.5 mg at bedtime for sleep since 01/2025.
Earlier episode: interpersonal psychotherapy, 16 sessions, 2018, remission.
''',
"other/php-intake-schedule-2026-12.txt": '''
TIDEWATER SENIOR PHP (FICTIONAL) - INTAKE SCHEDULE, DECEMBER 2026
12/07 C. Mbatha-Hollis - pending plan decision
12/07 E. Vanterpool - Original Medicare, admitted [another patient]
''',
"other/plan-denial-2025-iop-stale.txt": '''
COASTAL SENIOR ADVANTAGE HMO (FICTIONAL) - 2025 notice for another request            Date: 06/02/2025
Member: Clarence Mbatha-Hollis. Outpatient grief counseling, 6 visits: approved. [Unrelated 2025 request; no IOP.]
''',
}

TRUTH = r'''
# 08 - Medicare Advantage HMO: a partial hospitalization program denied under the plan's internal "failed IOP first" criterion, which Medicare's own rule does not contain; standard pre-service reconsideration by the treating psychiatrist (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL). LCD L99931 is invented.

## What is true
- Clarence Mbatha-Hollis, 68 (DOB 08/27/1958), in **Coastal Senior Advantage HMO** (Medicare Advantage, Georgia), was
  denied a **partial hospitalization program, 20 days** (revenue code 0912; F33.2) on **11/24/2026** under the plan's
  internal criteria **BH-PHP-MA-2 criterion 4** ("not improved after at least 4 weeks in an intensive outpatient
  program"). The reviewer is a geriatric medicine physician.
- **Medicare's rule** (LCD L99931, FICTIONAL) covers PHP on four conditions, all met by the 11/18/2026 certification
  and plan, and says **prior treatment at a less intensive level is not required**.
- **Rule:** a Medicare Advantage plan may apply internal coverage criteria only where Medicare's coverage criteria
  are not fully established (42 CFR 422.101(b)(6)); here they are, so the plan must decide under L99931.
- **Stage:** standard pre-service reconsideration, **65 days from the notice: by 01/28/2027** (42 CFR 422.582(b));
  decided within 30 days (not a Part B drug); an upheld denial goes to the independent review entity automatically.
  A physician may ask for a pre-service reconsideration without the member's appointment (422.578(c)).
- **Author:** the treating psychiatrist (physician), about "Mr. Mbatha-Hollis".

## Deliberately unknown
- Whether the plan's one network IOP would have taken him: not in the case; no network-gap claim may be made.
- The start date: the program lists 12/07 as pending, not scheduled by decision.
- Whether an expedited reconsideration is warranted: not asked; not claimed.

## Traps
- **Rule, not medicine, first:** the internal criterion is not Medicare's; no "failed IOP" need be shown.
- **No MHPAEA, ERISA or external review by an IRO the patient requests:** Medicare parity law does not apply; the IRE
  review is automatic.
- **Drug still taken:** citalopram continues (partial response). **Nortriptyline** (3 weeks, dizziness and a fall)
  is an intolerance. **Mirtazapine 7.5 mg** is a sleep dose. **IPT 2018** brought remission in an earlier episode.
- **Stale/unrelated document:** the 2025 notice (grief counseling approved) is not an IOP.
- **Other person:** "E. Vanterpool" on the intake schedule.
- **Suicidality:** passive, no plan or intent (11/18/2026): not "active".
- **PHP is not inpatient care** and not a "stay"; "would otherwise require inpatient care" is the certification's
  words, not a claim he is an inpatient.

## Arguments a strong letter makes (strongest first)
1. Medicare's coverage criteria for PHP are fully established (L99931) and require no prior IOP; under 42 CFR
   422.101(b)(6) the plan may not deny on its internal criterion 4. Decide under Medicare's rule.
2. Every L99931 condition is met, each with the certification's exhibit: otherwise inpatient care; physician
   certification and care; a written individualized plan; 25 hours a week.
3. Severity: MADRS 36, living alone, weight loss, passive death wish; delay risks admission.
4. Ask for a reviewer with psychiatric expertise (the reviewer is geriatric medicine), without citing a duty to name.

## What a letter must NOT say
- "failed an IOP"; "IOP was tried"; "network gap"; "MHPAEA", "parity"; "ERISA"; "45 CFR 147.136".
- "failed citalopram", "stopped citalopram"; nortriptyline as an adequate trial; mirtazapine as a trial; "failed IPT".
- "active suicidal ideation"; "E. Vanterpool"; "inpatient stay"; a start date as scheduled.
'''

ANSWERS = [
    ("plan type", "MEDICARE ADVANTAGE PLAN", "denial/notice-of-denial-of-medical-coverage-2026-11-24.txt"),
    ("notice date", "11/24/2026", "denial/notice-of-denial-of-medical-coverage-2026-11-24.txt"),
    ("internal criterion", "BH-PHP-MA-2 criterion 4", "denial/notice-of-denial-of-medical-coverage-2026-11-24.txt"),
    ("reviewer", "geriatric medicine", "denial/notice-of-denial-of-medical-coverage-2026-11-24.txt"),
    ("window", "within 65 days of the date of this notice", "denial/notice-of-denial-of-medical-coverage-2026-11-24.txt"),
    ("deadline", "by 01/28/2027", "truth"),
    ("Medicare rule on prior levels", "Prior treatment at a less intensive level is not required", "other/lcd-l99931-php-excerpt.txt"),
    ("hours standard", "at least 20 hours a week", "other/lcd-l99931-php-excerpt.txt"),
    ("certification", "without partial hospitalization he would need inpatient psychiatric care", "clinical/php-certification-and-plan-2026-11-18.txt"),
    ("hours planned", "25 hours a week", "clinical/php-certification-and-plan-2026-11-18.txt"),
    ("severity", "MADRS 36", "clinical/php-certification-and-plan-2026-11-18.txt"),
    ("drug still taken", "citalopram 20 mg since 03/2024, partial response, continued", "clinical/php-certification-and-plan-2026-11-18.txt"),
    ("intolerance", "stopped after 3 weeks for dizziness on standing and a fall", "clinical/php-certification-and-plan-2026-11-18.txt"),
    ("earlier-episode response", "interpersonal psychotherapy, 16 sessions, 2018, remission", "clinical/php-certification-and-plan-2026-11-18.txt"),
    ("other person", "E. Vanterpool", "other/php-intake-schedule-2026-12.txt"),
    ("unrelated old notice", "Unrelated 2025 request; no IOP", "other/plan-denial-2025-iop-stale.txt"),
]
