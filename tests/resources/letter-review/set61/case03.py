"""Set 61 case 03 (FICTIONAL): separate CHIP, PA, member 16, bipolar I depression, PHP pre-service; father; Spanish."""
SLUG = "03-separate-chip-teen-bipolar-depression-php-hospitalized-in-september-expedited-father-es"

CASE_YAML = r"""
# FICTIONAL CASE (set 61, case 03) - every person, plan, provider, number and address is invented.
# Separate CHIP, managed care, PA. Tomas Echeverria Luna, 16, bipolar I disorder, current episode depressed. The
# plan denied a partial hospitalization program before care: "no psychiatric hospitalization in the past 6 months;
# a safety plan is in place". He was an inpatient 09/14-09/22/2026. His father asks for an expedited plan appeal.
patient:
  name: Tomás Echeverría Luna
  salutation: Tomás
  date_of_birth: 2010-08-03
  member_id: KVK-CH-30588214
  language: es
  address: |-
    1127 North Sixth Street
    Allentown, PA 18102
  phone: (610) 555-0119
insurer:
  name: Keystone Valley Kids Health (FICTIONAL), CHIP managed care
  appeals_address: |-
    Keystone Valley Kids Health - Complaints and Appeals (FICTIONAL)
    PO Box 60117
    Harrisburg, PA 17106
  fax: (717) 555-0152
claim:
  number: KVK-PA-26-1124-66391
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-11-24
  appeal_deadline: 2027-01-23
  deadline_basis: >-
    Notice of 11/24/2026: "You have 60 days from the date of this notice to file an appeal with us."
  setting: partial_hospitalization
  procedure_codes: [H0035]
  diagnosis_codes: [F31.4]
  denial_reason: >-
    Partial hospitalization is not approved. Member can be treated in outpatient care. There has been no psychiatric
    hospitalization in the past 6 months. A safety plan is in place. BH-PHP-Y1 criteria 1 and 2 are not met.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
  urgent: true
  pending_services: partial hospitalization 5 days a week for about 4 weeks
  reviewer:
    name: Dr. Helene Brockway
    specialty: pediatrics
  corrections:
    - said: There has been no psychiatric hospitalization in the past 6 months.
      record: >-
        He was an inpatient on the adolescent psychiatric unit of Lehigh Crest Hospital from 09/14/2026 to
        09/22/2026 after an overdose, ten weeks before the notice.
      file: clinical/inpatient-discharge-summary-2026-09-22.txt
      page: 1
urgency:
  reason: >-
    Tomás has active suicidal thoughts (C-SSRS 11/20/2026) ten weeks after an overdose, and his depression has
    worsened on weekly outpatient care; waiting 30 days for a standard decision could seriously jeopardize his life.
  certified_by: Dr. Naveen Castellanos, MD
plan_policy:
  name: Keystone Valley Kids Health behavioral health criteria BH-PHP-Y1, Partial Hospitalization (Youth)
  number: BH-PHP-Y1
  quote: >-
    1. Symptoms cannot be managed safely in outpatient care, shown by worsening or persistent risk despite at
    least weekly outpatient treatment. 2. The member had a psychiatric hospitalization within the past 6 months, or
    is stepping down from inpatient care, or is at risk of one without this level of care. 3. A parent or guardian
    is able to take part in treatment.
  file: other/bh-php-y1-criteria-excerpt.txt
payer_criteria:
  - criterion: 1. Symptoms cannot be managed safely in outpatient care despite at least weekly outpatient treatment.
    how_met: Weekly therapy and biweekly psychiatry since 09/29/2026; PHQ-A 19 to 23 and active suicidal thoughts on 11/20/2026.
    met: true
    evidence: {file: clinical/outpatient-notes-2026-09-29-to-11-20.txt, page: 1}
  - criterion: 2. Psychiatric hospitalization within the past 6 months, or at risk of one without this level of care.
    how_met: Inpatient 09/14-09/22/2026 after an overdose.
    met: true
    evidence: {file: clinical/inpatient-discharge-summary-2026-09-22.txt, page: 1}
  - criterion: 3. A parent or guardian is able to take part in treatment.
    how_met: His father attends every family session and will attend the PHP's family group.
    met: true
    evidence: {file: clinical/outpatient-notes-2026-09-29-to-11-20.txt, page: 1}
treatment:
  name: Adolescent partial hospitalization program (H0035)
  summary: >-
    A partial hospitalization program for bipolar I depression with active suicidal thoughts after weekly
    outpatient care failed to hold him, ten weeks after an inpatient stay.
  plan: >-
    Lehigh Crest adolescent PHP, 5 days a week, 6 hours a day, about 4 weeks, with daily safety checks, lurasidone
    management and family sessions; then step down to intensive outpatient care.
alternatives:
  - level: outpatient
    name: weekly therapy and psychiatry at Lehigh Crest outpatient clinic
    treatment: Outpatient care
    why_not: >-
      Given since 09/29/2026 (weekly therapy, psychiatry every two weeks, DBT skills group): PHQ-A rose from 19 to
      23 and active suicidal thoughts returned on 11/20/2026.
    proof: clinical/outpatient-notes-2026-09-29-to-11-20.txt
clinical:
  severity: PHQ-A 21 on 09/22/2026, 19 on 10/13, 22 on 11/06, 23 on 11/20/2026; C-SSRS active suicidal thoughts without plan on 11/20/2026
  severity_date: 2026-11-20
  suicidality: active
  suicidality_date: 2026-11-20
  episode_onset: 2026-07
  treating_since: 2026-03-02
  history:
    - drug: Sertraline
      dose: 50 mg daily
      start: 2025-10
      end: 2025-12
      kind: other
      outcome: Before the bipolar diagnosis; stopped after 9 weeks when it brought on a hypomanic episode (an adverse effect, not a trial for bipolar depression)
      evidence: {file: clinical/outpatient-notes-2026-09-29-to-11-20.txt, page: 1}
    - drug: Lithium
      dose: 600 mg twice daily
      start: 2026-03
      end: 2026-04
      kind: other
      adequate: false
      weeks: 5
      outcome: Stopped after 5 weeks for tremor and vomiting (level 1.1), an intolerance
      evidence: {file: clinical/outpatient-notes-2026-09-29-to-11-20.txt, page: 1}
    - drug: Lurasidone
      dose: 40 mg daily with supper
      start: 2026-09-16
      ongoing: true
      kind: other
      response: partial
      outcome: Started in hospital; partial response; continued
      evidence: {file: clinical/inpatient-discharge-summary-2026-09-22.txt, page: 1}
    - drug: Quetiapine
      dose: 50 mg at bedtime for sleep
      start: 2025-12
      end: 2026-09
      kind: other
      outcome: Sleep dose only; stopped when lurasidone began
      evidence: {file: clinical/inpatient-discharge-summary-2026-09-22.txt, page: 1}
    - drug: Family-focused therapy
      dose: 10 sessions
      start: 2026-04
      end: 2026-08
      kind: psychotherapy
      sessions: 10
      adequate: true
      response: partial
      outcome: Completed; partial benefit
      evidence: {file: clinical/outpatient-notes-2026-09-29-to-11-20.txt, page: 1}
impact:
  hospitalizations: Adolescent psychiatric unit, 09/14-09/22/2026, after an overdose of his father's ibuprofen and his own quetiapine
  daily_life: Attends school half days since 10/2026; stopped soccer
author:
  name: Rodrigo Echeverría Paz
  role: father
  relation: parent
  address: |-
    1127 North Sixth Street
    Allentown, PA 18102
  phone: (610) 555-0119
provider:
  name: Dr. Naveen Castellanos
  credentials: MD, child and adolescent psychiatry
  address: |-
    Lehigh Crest Hospital Behavioral Health (FICTIONAL), 300 Hamilton Boulevard
    Allentown, PA 18103
  phone: (610) 555-0186
peer_to_peer:
  availability: weekdays 12-1 pm
record_dates:
  - file: clinical/outpatient-notes-2026-09-29-to-11-20.txt
    date: 2026-11-20
  - file: clinical/inpatient-discharge-summary-2026-09-22.txt
    date: 2026-09-22
  - file: clinical/php-referral-2026-11-21.txt
    date: 2026-11-21
template: expedited-appeal
copies: [prescriber]
bates_prefix: ECHEVERRIA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
"denial/notice-of-denial-2026-11-24.txt": """
KEYSTONE VALLEY KIDS HEALTH (FICTIONAL) - CHIP - NOTICE OF DENIAL                       Date: 11/24/2026
Member: Tomás Echeverría Luna   ID KVK-CH-30588214   DOB 08/03/2010
Reference: KVK-PA-26-1124-66391   Requested: partial hospitalization (H0035), Lehigh Crest Hospital, F31.4

Partial hospitalization is not approved. Member can be treated in outpatient care. There has been no
psychiatric hospitalization in the past 6 months. A safety plan is in place. BH-PHP-Y1 criteria 1 and 2 are not
met.  Reviewer: Dr. Helene Brockway, pediatrics.

You have 60 days from the date of this notice to file an appeal with us. If waiting could seriously harm your
child's health, ask for a fast appeal: we decide within 72 hours. Puede pedir este aviso en espanol.
""",
"clinical/inpatient-discharge-summary-2026-09-22.txt": """
LEHIGH CREST HOSPITAL (FICTIONAL) - ADOLESCENT PSYCHIATRIC UNIT - DISCHARGE SUMMARY      Date: 09/22/2026
Patient: Tomás Echeverría Luna   DOB 08/03/2010   Attending: Dr. Naveen Castellanos, MD     Page 1 of 1
Admitted 09/14/2026 after an intentional overdose (ibuprofen from his father's cabinet and his own quetiapine),
medically cleared. Diagnosis: bipolar I disorder, current episode depressed, severe (F31.4).
Quetiapine 50 mg at bedtime (for sleep since 12/2025) stopped. Lurasidone 40 mg with supper started 09/16/2026.
PHQ-A 21 at discharge. Safety plan written with patient and father; medications locked.
Discharged 09/22/2026 to weekly outpatient therapy and psychiatry. PHP was offered; no opening until 10/2026.
""",
"clinical/outpatient-notes-2026-09-29-to-11-20.txt": """
LEHIGH CREST OUTPATIENT BEHAVIORAL HEALTH (FICTIONAL) - NOTES                          Page 1 of 1
Patient: Tomás Echeverría Luna   DOB 08/03/2010   Psychiatrist: Dr. Naveen Castellanos (seen since 03/02/2026)
History: depressive episode 10/2025 treated by his pediatrician with sertraline 50 mg; after 9 weeks a hypomanic
episode (no sleep, spending, racing speech); sertraline stopped 12/2025; bipolar I diagnosed 03/2026. Lithium
started 03/2026, stopped after 5 weeks for tremor and vomiting (level 1.1). Family-focused therapy, 10 sessions
04-08/2026, partial benefit. Current episode since about 07/2026.
09/29/2026 - Weekly therapy and DBT skills group begin. Lurasidone 40 mg. Father attends family sessions.
10/13/2026 - PHQ-A 19. Half school days. No suicidal thoughts.
11/06/2026 - PHQ-A 22. Sleeping 12 hours; quit soccer. Passive death wishes. Lurasidone continued: partial
response, dose increase limited by sedation.
11/20/2026 - PHQ-A 23. C-SSRS: active suicidal thoughts without a plan or intent, daily this week. Safety plan
updated with father; medications remain locked. Outpatient care is not holding him; refer to PHP.
""",
"clinical/php-referral-2026-11-21.txt": """
LEHIGH CREST HOSPITAL (FICTIONAL) - ADOLESCENT PHP REFERRAL                            Date: 11/21/2026
Patient: Tomás Echeverría Luna   Referring: Dr. Naveen Castellanos, MD                    Page 1 of 1
Requested: PHP 5 days a week, 6 hours a day, about 4 weeks; opening 12/01/2026. Reason: worsening bipolar
depression with active suicidal thoughts despite weekly outpatient care, ten weeks after an inpatient stay.
Father will attend the weekly family group.
""",
"other/bh-php-y1-criteria-excerpt.txt": """
KEYSTONE VALLEY KIDS HEALTH (FICTIONAL) - BEHAVIORAL HEALTH CRITERIA BH-PHP-Y1 (excerpt)
Partial Hospitalization (Youth), effective 01/01/2026.
1. Symptoms cannot be managed safely in outpatient care, shown by worsening or persistent risk despite at
least weekly outpatient treatment. 2. The member had a psychiatric hospitalization within the past 6 months, or
is stepping down from inpatient care, or is at risk of one without this level of care. 3. A parent or guardian
is able to take part in treatment.
""",
"other/dbt-skills-group-sign-in-2026-11-17.txt": """
LEHIGH CREST OUTPATIENT (FICTIONAL) - DBT SKILLS GROUP (TEENS) - SIGN-IN              Date: 11/17/2026
1. Tomás E.      present
2. Brianna K.    present
3. Jaylen M.     absent
4. Sofia R.      present
Facilitator: Imogen Pratt, LPC
""",
"other/school-counselor-screening-2025-05-09.txt": """
ALLENTOWN CENTRAL HIGH SCHOOL (FICTIONAL) - COUNSELOR WELLNESS SCREENING             Date: 05/09/2025
Student: Tomás Echeverría Luna   Grade 8
PHQ-A 6. No concerns noted. Plays club soccer. No referral needed.
""",
}

TRUTH = r"""
# 03 - Separate CHIP (PA): a 16-year-old's PHP for bipolar depression denied as "no hospitalization in 6 months"; expedited plan appeal by his father, Spanish-speaking (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tomás Echeverría Luna, **16** (DOB 08/03/2010), a **separate CHIP** (managed care, PA; Keystone Valley Kids
  Health, FICTIONAL); **bipolar I disorder, current episode depressed, severe (F31.4)**, current episode since
  about 07/2026. Request KVK-PA-26-1124-66391: PHP (H0035), pre-service, denied **11/24/2026** under **BH-PHP-Y1
  criteria 1 and 2**; reviewer a pediatrician.
- He was an **inpatient 09/14-09/22/2026** after an overdose: the notice's "no psychiatric hospitalization in the
  past 6 months" is false. Criterion 2 is met by that stay; criterion 1 by worsening on weekly care (PHQ-A 21, 19,
  22, 23) with **active suicidal thoughts without plan or intent on 11/20/2026**; criterion 3 by his father's
  participation.
- **Lurasidone 40 mg** since 09/16/2026 continues (partial response). **Lithium** was stopped after 5 weeks for
  tremor and vomiting (intolerance). **Sertraline** (10-12/2025, before the diagnosis) brought on hypomania: an
  adverse effect, not a failed antidepressant trial. **Quetiapine 50 mg** was a sleep dose. Family-focused therapy
  10 sessions, partial.
- **Rule and stage:** first plan appeal, **expedited** (decided within 72 hours, 42 CFR 438.410 applied to CHIP by
  42 CFR 457.1260); window **60 days: by 01/23/2027**. Next level: the state's review (42 CFR 457.1130(b)), not a
  Medicaid fair hearing. The urgency is certified by the treating psychiatrist (a provider may, 438.410(a)).
- Patient's language **Spanish** (the family's); the letter is in English and asks for notices in Spanish too.
- **Author:** his father, parent of a minor: no authorization needed.

## Deliberately unknown
- Whether the plan had the discharge summary when it decided: not known.
- The PHP's network status: not raised by the notice.
- Whether the state review is by an independent review organization in PA: not in the case.

## Traps
- **A decision's wrong statement:** "no psychiatric hospitalization in the past 6 months" against the 09/2026 stay.
- **"A safety plan is in place"** is true; a safety plan is not a reason he is safe in outpatient care: the letter
  must not deny the safety plan exists.
- **Separate CHIP is not Medicaid:** no EPSDT (42 USC 1396d(r)(5)), no Medicaid state fair hearing, no continued
  benefits under 438.420 (`action: none` anyway).
- **Bipolar depression:** sertraline is not a failed antidepressant trial (it caused hypomania); lithium is an
  intolerance, not an adequate trial; lurasidone continues (never "failed"); quetiapine 50 mg was for sleep.
- **Other people:** the DBT group sign-in lists other teens; the overdose used his **father's** ibuprofen: not the
  father's record.
- **Stale document:** the 2025 school screening (PHQ-A 6, "no concerns") predates the illness.
- Active ideation **without a plan or intent**: never "a plan", never "attempt" for 11/20 (the attempt was 09/14).
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA cited as federal group-plan parity.

## Arguments a strong letter makes (strongest first)
1. The notice's stated fact is false: he was an inpatient 09/14-09/22/2026, ten weeks before the notice, so
   BH-PHP-Y1 criterion 2 is met on its own words.
2. Criterion 1 is met: weekly outpatient care since 09/29/2026 did not hold him (PHQ-A 19 -> 22 -> 23) and active
   suicidal thoughts returned on 11/20/2026; the safety plan is in place and is not enough at this level.
3. Criterion 3 is met (father's participation); his medicine history (lithium intolerance, lurasidone partial,
   sertraline-induced hypomania) leaves no simple outpatient medication step.
4. Expedited decision within 72 hours, certified by Dr. Castellanos; a reviewer with child psychiatry expertise
   (the reviewer was a pediatrician); peer-to-peer offered; notices in Spanish too.

## What a letter must NOT say
- "EPSDT", "1396d(r)(5)", "fair hearing", "Medicaid" for this plan; "continue benefits during the appeal".
- "failed sertraline", "failed lithium", "failed lurasidone", "stopped lurasidone"; quetiapine as a trial.
- "no safety plan"; "suicide plan" or "attempt" on 11/20/2026.
- "Brianna", "Jaylen", "Sofia"; "PHQ-A 6" as current.
- "inpatient" or "hospital stay" for the PHP; "ERISA", "45 CFR 147.136".
"""

ANSWERS = [
    ("notice date", "Date: 11/24/2026", "denial/notice-of-denial-2026-11-24.txt"),
    ("stated fact", "There has been no psychiatric hospitalization in the past 6 months", "denial/notice-of-denial-2026-11-24.txt"),
    ("criteria named", "BH-PHP-Y1 criteria 1 and 2 are not met", "denial/notice-of-denial-2026-11-24.txt"),
    ("reviewer", "Dr. Helene Brockway, pediatrics", "denial/notice-of-denial-2026-11-24.txt"),
    ("appeal window", "60 days from the date of this notice", "denial/notice-of-denial-2026-11-24.txt"),
    ("expedited clock", "we decide within 72 hours", "denial/notice-of-denial-2026-11-24.txt"),
    ("admission", "Admitted 09/14/2026 after an intentional overdose", "clinical/inpatient-discharge-summary-2026-09-22.txt"),
    ("discharge", "Discharged 09/22/2026", "clinical/inpatient-discharge-summary-2026-09-22.txt"),
    ("diagnosis", "bipolar I disorder, current episode depressed, severe (F31.4)", "clinical/inpatient-discharge-summary-2026-09-22.txt"),
    ("current risk", "active suicidal thoughts without a plan or intent", "clinical/outpatient-notes-2026-09-29-to-11-20.txt"),
    ("latest score", "PHQ-A 23", "clinical/outpatient-notes-2026-09-29-to-11-20.txt"),
    ("lithium", "stopped after 5 weeks for tremor and vomiting", "clinical/outpatient-notes-2026-09-29-to-11-20.txt"),
    ("sertraline", "a hypomanic episode", "clinical/outpatient-notes-2026-09-29-to-11-20.txt"),
    ("sleep dose", "Quetiapine 50 mg at bedtime (for sleep since 12/2025)", "clinical/inpatient-discharge-summary-2026-09-22.txt"),
    ("no EPSDT", "no EPSDT (42 USC 1396d(r)(5))", "truth"),
    ("other person", "Brianna K.", "other/dbt-skills-group-sign-in-2026-11-17.txt"),
]
