SLUG = "medicare-advantage-pa-late-life-depression-php-after-discharge-family-support-said-expedited-reconsideration-psychiatrist"

CASE_YAML = r'''
# FICTIONAL CASE (set 63, case 05) - every person, plan, hospital, number and address is invented.
# Medicare Advantage HMO, Pennsylvania. Dorothy Kwiatkowski, 74, recurrent severe depression, discharged 11/24/2026
# after 12 days in a psychiatric unit for suicidal thoughts with a plan; the plan denied the partial hospitalization
# program under its own criteria, saying outpatient care would do and "family support is available at home". She
# lives alone; her husband died in 2025. Her psychiatrist asks for an expedited reconsideration.
patient:
  name: Dorothy Kwiatkowski
  salutation: Mrs. Kwiatkowski
  date_of_birth: 1952-03-09
  member_id: FICT-KSA-7H20-0415
  address: |-
    62 Orchard Hill Road
    Bethel Park, PA 15102
  phone: (412) 555-0138
insurer:
  name: Keystone Senior Advantage HMO (FICTIONAL)
  appeals_address: |-
    Keystone Senior Advantage - Part C Appeals (FICTIONAL)
    PO Box 58210
    Pittsburgh, PA 15230
  fax: (412) 555-0166
claim:
  number: KSA-OD-26-1124-61903
  plan_type: medicare_advantage
  notice_date: 2026-11-27
  appeal_deadline: 2027-01-31
  deadline_basis: >-
    Notice of denial of medical coverage of 11/27/2026: "You must ask for an appeal within 65 days of the date of
    this notice."
  service_dates: [2026-12-09, 2027-01-06]
  setting: partial_hospitalization
  pending_services: 20
  action: none
  urgent: true
  procedure_codes: [G0410]
  revenue_codes: ['0912']
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Partial hospitalization is denied. Plan criteria MA-PHP-4 are not met: the member's symptoms can be managed with
    outpatient care; there is no evidence the member would otherwise need inpatient care; family support is
    available at home.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  reviewer: {name: 'Alan Whitcomb, MD', specialty: geriatric medicine}
  corrections:
    - said: family support is available at home
      record: >-
        She lives alone: her husband died in 03/2025 and her only child lives in Arizona. The 2019 advance directive
        that names her husband as her agent is out of date.
      file: clinical/inpatient-discharge-summary-2026-11-24.txt
      page: 1
    - said: there is no evidence the member would otherwise need inpatient care
      record: >-
        The attending psychiatrist certified on 11/24/2026 that without partial hospitalization she would need
        inpatient psychiatric care.
      file: clinical/php-certification-and-plan-2026-11-24.txt
      page: 1
prior_auth:
  requested_on: 2026-11-24
  reference: KSA-OD-26-1124-61903
plan_policy:
  name: Keystone Senior Advantage internal utilization criteria MA-PHP-4, Partial Hospitalization
  number: MA-PHP-4
  quote: >-
    Partial hospitalization may be approved when all are met: 1. Symptoms cannot be managed with outpatient care.
    2. The member would otherwise need inpatient psychiatric care. 3. The member lacks family or other support at
    home sufficient to manage symptoms with outpatient care. 4. The member can take part in at least 20 hours of
    program services a week.
  file: other/plan-criteria-ma-php-4-excerpt.txt
medicare_coverage:
  name: Local Coverage Determination L99962, Psychiatric Partial Hospitalization Programs (FICTIONAL)
  number: L99962
  quote: >-
    Partial hospitalization services are reasonable and necessary when: 1. A physician certifies that the patient
    would require inpatient psychiatric care in the absence of partial hospitalization services (42 CFR
    424.24(e)(1)). 2. The patient needs at least 20 hours of therapeutic services a week, under an individualized
    written plan of care established and signed by a physician. 3. The patient can cognitively and emotionally take
    part in the active treatment process.
  file: other/lcd-l99962-php-excerpt.txt
payer_criteria:
  - criterion: 1. A physician certifies that the patient would require inpatient psychiatric care in the absence of partial hospitalization services.
    how_met: Certified by the attending psychiatrist on 11/24/2026, the day of discharge.
    met: true
    evidence: {file: clinical/php-certification-and-plan-2026-11-24.txt, page: 1}
  - criterion: 2. At least 20 hours of therapeutic services a week under a written plan of care signed by a physician.
    how_met: Plan of care of 11/24/2026, 5 days a week, 5 hours a day (25 hours a week), signed by the psychiatrist.
    met: true
    evidence: {file: clinical/php-certification-and-plan-2026-11-24.txt, page: 1}
  - criterion: 3. The patient can cognitively and emotionally take part in the active treatment process.
    how_met: MoCA 27 of 30 on 11/23/2026; took part in every group in the unit.
    met: true
    evidence: {file: clinical/inpatient-discharge-summary-2026-11-24.txt, page: 1}
alternatives:
  - level: outpatient
    treatment: Outpatient psychiatry and weekly psychotherapy
    name: her monthly psychiatrist visits and weekly therapy
    why_not: >-
      She was in that care, with sertraline at 200 mg, when her PHQ-9 rose from 14 (06/2026) to 23 and she planned
      an overdose (admitted 11/12/2026); she lives alone.
    proof:
      - clinical/outpatient-psychiatry-notes-2026.txt
      - clinical/inpatient-discharge-summary-2026-11-24.txt
treatment:
  name: Partial hospitalization program (PHP) after discharge from a psychiatric unit
  summary: >-
    A partial hospitalization program for a 74-year-old woman who lives alone, discharged after 12 days in a
    psychiatric unit for suicidal thoughts with a plan, whose depression did not respond to outpatient care.
  plan: >-
    5 days a week, 5 hours a day (25 hours a week) for about 4 weeks (20 program days): group and individual therapy,
    psychiatrist visits twice a week, daily safety check and safety-plan review, medication management; step down to
    weekly therapy and monthly psychiatry when PHQ-9 is below 10 and no suicidal thoughts for two weeks.
  alongside: sertraline 200 mg daily
clinical:
  severity: PHQ-9 16 and GDS-15 12 on 11/24/2026 (PHQ-9 23 on 11/12/2026)
  severity_date: 2026-11-24
  suicidality: active
  suicidality_date: 2026-11-12
  episode_onset: 2026-05
  treating_since: 2019-09-16
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-02
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/outpatient-psychiatry-notes-2026.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily (added)
      start: 2025-06
      end: 2025-08
      kind: augmentation
      weeks: 10
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks; stopped
      evidence: {file: clinical/outpatient-psychiatry-notes-2026.txt, page: 1}
    - drug: Aripiprazole
      dose: 2 mg daily (added)
      start: 2026-05
      end: 2026-06
      kind: augmentation
      adequate: false
      outcome: Stopped after 3 weeks for restlessness (akathisia); intolerance
      evidence: {file: clinical/outpatient-psychiatry-notes-2026.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2026-11-18
      ongoing: true
      kind: other
      outcome: Low bedtime dose for sleep, started in the hospital; not a trial
      evidence: {file: clinical/inpatient-discharge-summary-2026-11-24.txt, page: 1}
    - drug: Nortriptyline (earlier episode, 2015)
      dose: 75 mg daily
      start: 2015-04
      end: 2016-10
      kind: antidepressant
      failed: false
      response: remission
      outcome: Earlier episode remitted; tapered in 2016. Not a failed trial
      evidence: {file: clinical/outpatient-psychiatry-notes-2026.txt, page: 1}
    - drug: Weekly psychotherapy
      dose: weekly
      start: 2026-06
      end: 2026-11
      kind: psychotherapy
      sessions: 20
      response: none
      outcome: Continued through the worsening before admission
      evidence: {file: clinical/outpatient-psychiatry-notes-2026.txt, page: 1}
impact:
  hospitalizations: Psychiatric unit 11/12/2026-11/24/2026 for suicidal thoughts with a plan to overdose
  daily_life: Lives alone since her husband died in 03/2025; stopped driving, shopping and going to church in 10/2026
urgency:
  reason: >-
    Twelve days ago she left a psychiatric unit where she was admitted for a plan to overdose; she lives alone, her
    PHQ-9 is still 16, and without the daily program the risk of a return of suicidal thoughts and readmission is high.
  certified_by: Samuel Adeyemi-Park, MD
author:
  name: Samuel Adeyemi-Park, MD
  role: Treating psychiatrist (attending on the inpatient unit and medical director of the partial hospitalization program)
  relation: physician
  address: |-
    Allegheny Ridge Behavioral Health (FICTIONAL), 900 Liberty Avenue
    Pittsburgh, PA 15222
  phone: (412) 555-0192
  email: sadeyemipark@alleghenyridge.example
provider:
  name: Allegheny Ridge Behavioral Health (FICTIONAL)
  credentials: hospital outpatient partial hospitalization program
  npi: "1310059518"
  address: |-
    900 Liberty Avenue
    Pittsburgh, PA 15222
  phone: (412) 555-0192
peer_to_peer:
  availability: weekdays 12-1 pm
record_dates:
  - {file: clinical/inpatient-discharge-summary-2026-11-24.txt, date: 2026-11-24}
  - {file: clinical/php-certification-and-plan-2026-11-24.txt, date: 2026-11-24}
  - {file: clinical/outpatient-psychiatry-notes-2026.txt, date: 2026-11-11}
bates_prefix: KWIATKOWSKI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/notice-of-denial-of-medical-coverage-2026-11-27.txt": '''
KEYSTONE SENIOR ADVANTAGE HMO (FICTIONAL) - A Medicare Advantage plan
NOTICE OF DENIAL OF MEDICAL COVERAGE                                Date: 11/27/2026
Member: Dorothy Kwiatkowski   ID FICT-KSA-7H20-0415   Reference KSA-OD-26-1124-61903
Request received 11/24/2026 from Allegheny Ridge Behavioral Health: partial hospitalization program (G0410, rev 0912).
Decision: Partial hospitalization is denied. Plan criteria MA-PHP-4 are not met: the member's symptoms can be managed
with outpatient care; there is no evidence the member would otherwise need inpatient care; family support is
available at home (spouse listed as contact).
Reviewer: Alan Whitcomb, MD (geriatric medicine).
You must ask for an appeal within 65 days of the date of this notice. If your doctor says waiting could seriously
harm your health, ask for a fast appeal: we will decide within 72 hours.
''',
"clinical/inpatient-discharge-summary-2026-11-24.txt": '''
ALLEGHENY RIDGE BEHAVIORAL HEALTH (FICTIONAL) - INPATIENT DISCHARGE SUMMARY                Page 1 of 1
Patient: Dorothy Kwiatkowski   DOB 03/09/1952   Admitted 11/12/2026   Discharged 11/24/2026
Attending: Samuel Adeyemi-Park, MD
Admission: suicidal thoughts with a plan to overdose on saved pills and intent; PHQ-9 23. Major depressive disorder,
recurrent, severe without psychotic features (F33.2).
Social: lives alone. Husband died 03/2025. Only child (daughter) lives in Tucson, Arizona. No family nearby; a
neighbor checks in some days. The 2019 advance directive in the chart still names her late husband as agent.
Course: sertraline 200 mg continued; mirtazapine 7.5 mg at bedtime for sleep from 11/18. MoCA 27/30 (11/23). Took
part in every group. At discharge PHQ-9 16, GDS-15 12; passive wish to be dead at times, no plan or intent.
Safety plan 11/24/2026: saved pills removed by the neighbor and daughter by phone; pharmacy blister packs weekly;
crisis line 988; daily check-in call.
Discharge plan: partial hospitalization program; request sent to the plan 11/24/2026.
''',
"clinical/php-certification-and-plan-2026-11-24.txt": '''
ALLEGHENY RIDGE BEHAVIORAL HEALTH (FICTIONAL) - PHP PHYSICIAN CERTIFICATION AND PLAN OF CARE   Date: 11/24/2026
Patient: Dorothy Kwiatkowski   DOB 03/09/1952                                               Page 1 of 1
I certify that this patient would require inpatient psychiatric care in the absence of partial hospitalization
services. Plan of care: 5 days a week, 5 hours a day (25 hours a week), about 4 weeks (20 program days): group and
individual therapy, psychiatrist visits twice a week, daily safety check, medication management. Step down when PHQ-9
is below 10 and no suicidal thoughts for two weeks.
Signed: Samuel Adeyemi-Park, MD
''',
"clinical/outpatient-psychiatry-notes-2026.txt": '''
SOUTH HILLS GERIATRIC PSYCHIATRY (FICTIONAL) - OUTPATIENT NOTES                               Page 1 of 1
Patient: Dorothy Kwiatkowski   DOB 03/09/1952   Psychiatrist since 09/16/2019
History: first episode 2015 after retirement, remitted on nortriptyline 75 mg (04/2015-10/2016, tapered). Recurrence
2024: sertraline since 02/2024, 200 mg, partial response. Bupropion XL 300 mg added 06-08/2025, 10 weeks, no response.
05/2026 - Worse (current episode). Aripiprazole 2 mg added; stopped after 3 weeks for restlessness (akathisia).
06/10/2026 - PHQ-9 14. Weekly therapy started.
09/15/2026 - PHQ-9 19. Stopped driving and church.
11/11/2026 - PHQ-9 21. Says she "has a way out". Sent to emergency department next day after daughter called.
''',
"other/plan-criteria-ma-php-4-excerpt.txt": '''
KEYSTONE SENIOR ADVANTAGE (FICTIONAL) - INTERNAL UTILIZATION CRITERIA MA-PHP-4                Page 1 of 1
Partial hospitalization may be approved when all are met:
1. Symptoms cannot be managed with outpatient care.
2. The member would otherwise need inpatient psychiatric care.
3. The member lacks family or other support at home sufficient to manage symptoms with outpatient care.
4. The member can take part in at least 20 hours of program services a week.
''',
"other/lcd-l99962-php-excerpt.txt": '''
LOCAL COVERAGE DETERMINATION L99962 - PSYCHIATRIC PARTIAL HOSPITALIZATION PROGRAMS (FICTIONAL)    Page 1 of 1
Partial hospitalization services are reasonable and necessary when:
1. A physician certifies that the patient would require inpatient psychiatric care in the absence of partial
hospitalization services (42 CFR 424.24(e)(1)).
2. The patient needs at least 20 hours of therapeutic services a week, under an individualized written plan of care
established and signed by a physician.
3. The patient can cognitively and emotionally take part in the active treatment process.
''',
"other/advance-directive-2019.txt": '''
DURABLE POWER OF ATTORNEY FOR HEALTH CARE (copy in chart)                             Signed 08/02/2019
Principal: Dorothy Kwiatkowski. Agent: Walter Kwiatkowski (husband), 62 Orchard Hill Road, Bethel Park, PA.
Alternate agent: none named.
''',
"other/inpatient-group-attendance-2026-11-20.txt": '''
ALLEGHENY RIDGE BEHAVIORAL HEALTH (FICTIONAL) - UNIT 4 WEST GROUP ATTENDANCE, 11/20/2026
10:00 Coping skills:   Dorothy K. (present)   Harold B. (present)   Lucille M. (refused)   Vernon T. (present)
14:00 Relapse prevention: Dorothy K. (present)   Harold B. (present)   Vernon T. (asleep)
''',
}

TRUTH = r'''
# 05 - Medicare Advantage HMO (Pennsylvania): PHP after a psychiatric stay denied under the plan's own criteria ("family support at home"); expedited reconsideration by the psychiatrist (FICTIONAL)

All people, plans, hospitals, numbers and addresses are invented (FICTIONAL).

## What is true
- Dorothy Kwiatkowski, **74** (DOB 03/09/1952), **Medicare Advantage HMO** (Keystone Senior Advantage). Recurrent
  severe depression (F33.2).
- Psychiatric unit **11/12-11/24/2026** (suicidal thoughts with a plan to overdose and intent; PHQ-9 23). At
  discharge PHQ-9 16, GDS-15 12, passive death wish at times without plan; MoCA 27. Safety plan 11/24.
- PHP requested **11/24/2026**; denied **11/27/2026** under the plan's **internal criteria MA-PHP-4**, including
  criterion 3 (no family support), which **Medicare's rule does not contain** (L99962 and 42 CFR 424.24(e)(1)
  require a physician's certification, 20 hours a week under a plan of care, and ability to take part).
- The psychiatrist **certified on 11/24/2026** that she would need inpatient care without PHP; plan of care 25 hours
  a week. All three of Medicare's criteria are met.
- **"Family support is available at home (spouse listed as contact)" is wrong:** her husband died in 03/2025; she
  lives alone; daughter in Arizona. The 2019 advance directive naming him is stale.
- **Sertraline 200 mg continues** (partial). Bupropion augmentation 10 weeks: no response. Aripiprazole 2 mg: stopped
  at 3 weeks for akathisia (intolerance). Mirtazapine 7.5 mg: sleep. Nortriptyline 2015-2016: remission (earlier
  episode). Weekly therapy 06-11/2026 continued during the worsening.
- **Rule and stage:** MA pre-service reconsideration, **65 days from the notice: by 01/31/2027** (42 CFR 422.582(b));
  **expedited** (72 hours, 422.584/422.590) since a physician says waiting could seriously harm her; a physician may
  ask without her appointment (422.578(c)); the plan may not apply internal criteria beyond Medicare's where
  Medicare's are fully established (**42 CFR 422.101(b)(6)**); an upheld decision goes to the IRE automatically.
- **Author:** treating psychiatrist (physician). Reviewer: geriatric medicine, not a psychiatrist.

## Deliberately unknown
- Whether the plan will call the psychiatrist for a peer-to-peer; whether she has Medicaid too (not stated: no D-SNP).
- Whether L99962's contractor covers her county (the LCD is invented; treat it as Medicare's rule in the case).
- Costs and cost sharing for PHP.

## Traps
- **Not Original Medicare, not ERISA:** no 29 CFR 2560.503-1, no 45 CFR 147.136, no external review, no MHPAEA
  (parity does not reach Medicare), no state insurance department as the next level.
- **Medicare's rule vs the plan's:** the family-support criterion is the plan's own; never call it Medicare's.
- **Stale document:** the 2019 advance directive names her late husband.
- **Suicidality:** a plan with intent on 11/12/2026 (within 90 days, present risk); passive at discharge. Do not
  say she attempted suicide (no attempt).
- **Drugs:** sertraline continues (never "failed"/"stopped"); mirtazapine 7.5 mg is a sleep dose; aripiprazole is an
  intolerance; nortriptyline (2015) worked; psychotherapy is not a drug trial.
- **PHP is not inpatient**: never "readmission" for PHP, never "hospital stay" for the program.
- **Other people:** the unit's group attendance sheet names three other patients.
- **No care continuation request** (nothing authorized to cut; MA outside an integrated plan).

## Arguments a strong letter makes (strongest first)
1. Medicare's own criteria for PHP are met and shown: the physician's certification of 11/24/2026 that she would need
   inpatient care without PHP, 25 hours a week under a signed plan of care, MoCA 27. The plan applied its own
   criteria MA-PHP-4; where Medicare's are fully established, the plan may not add to them (42 CFR 422.101(b)(6)):
   the family-support criterion is not Medicare's.
2. The decision's stated facts are wrong: she lives alone (husband died 03/2025, daughter in Arizona); "no evidence"
   she would need inpatient care is contradicted by the certification and by the admission itself.
3. Outpatient care already failed: weekly therapy and sertraline 200 mg, with augmentation tried, as PHQ-9 rose
   14 -> 23 to a plan to overdose.
4. Expedited decision within 72 hours; review by a psychiatrist; offer peer-to-peer (weekdays 12-1 pm).

## What a letter must NOT say
- "family support is available"; "her husband"/"Walter" as a present support; "spouse".
- "suicide attempt", "attempted suicide".
- "failed sertraline", "stopped sertraline"; "mirtazapine trial"; "failed nortriptyline".
- "ERISA", "45 CFR 147.136", "MHPAEA", "parity", "external review", "state insurance department".
- "inpatient" or "hospital stay" for the PHP; "Harold", "Lucille", "Vernon".
- That MA-PHP-4 is Medicare's rule.
'''

ANSWERS = [
    ("Notice date", "NOTICE OF DENIAL OF MEDICAL COVERAGE                                Date: 11/27/2026", "denial/notice-of-denial-of-medical-coverage-2026-11-27.txt"),
    ("Appeal window", "within 65 days of the date of this notice", "denial/notice-of-denial-of-medical-coverage-2026-11-27.txt"),
    ("Appeal deadline", "by 01/31/2027", "truth"),
    ("Decision's wrong fact", "family support is\navailable at home (spouse listed as contact)", "denial/notice-of-denial-of-medical-coverage-2026-11-27.txt"),
    ("Lives alone", "lives alone. Husband died 03/2025", "clinical/inpatient-discharge-summary-2026-11-24.txt"),
    ("Physician certification", "would require inpatient psychiatric care in the absence of partial hospitalization\nservices", "clinical/php-certification-and-plan-2026-11-24.txt"),
    ("Hours a week", "(25 hours a week)", "clinical/php-certification-and-plan-2026-11-24.txt"),
    ("Plan's extra criterion", "lacks family or other support at home", "other/plan-criteria-ma-php-4-excerpt.txt"),
    ("Medicare rule cite", "42 CFR 424.24(e)(1)", "other/lcd-l99962-php-excerpt.txt"),
    ("Internal criteria limit", "42 CFR 422.101(b)(6)", "truth"),
    ("Admission", "Admitted 11/12/2026   Discharged 11/24/2026", "clinical/inpatient-discharge-summary-2026-11-24.txt"),
    ("Admission reason", "suicidal thoughts with a plan to overdose", "clinical/inpatient-discharge-summary-2026-11-24.txt"),
    ("Cognition", "MoCA 27/30", "clinical/inpatient-discharge-summary-2026-11-24.txt"),
    ("Sleep dose", "mirtazapine 7.5 mg at bedtime for sleep", "clinical/inpatient-discharge-summary-2026-11-24.txt"),
    ("Earlier episode", "remitted on nortriptyline 75 mg", "clinical/outpatient-psychiatry-notes-2026.txt"),
    ("Reviewer specialty", "Alan Whitcomb, MD (geriatric medicine)", "denial/notice-of-denial-of-medical-coverage-2026-11-27.txt"),
]
