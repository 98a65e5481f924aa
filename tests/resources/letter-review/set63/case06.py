SLUG = "transit-authority-plan-or-ptsd-residential-notice-late-said-veterans-day-business-days-first-appeal-ur-coordinator"

CASE_YAML = r'''
# FICTIONAL CASE (set 63, case 06) - every person, plan, program, number and address is invented.
# Governmental plan (a regional transit authority's self-funded employee plan, Oregon, 1,800 employees). Tobias
# Renwick, 34, a bus operator with PTSD, was admitted to a residential trauma program on Tuesday 11/10/2026; the
# program notified the plan on Friday 11/13/2026. The plan denied the stay without clinical review as notified
# "three days after admission, outside the two-business-day requirement". Wednesday 11/11/2026 was Veterans Day,
# which the plan's own definition leaves out of business days. The program's UR coordinator appeals for the program.
patient:
  name: Tobias Renwick
  salutation: Mr. Renwick
  date_of_birth: 1992-01-30
  member_id: FICT-CPB-61077320
  address: |-
    1844 NE Going Street
    Portland, OR 97211
  phone: (503) 555-0124
insurer:
  name: Cascade Public Benefits Trust, administrator of the Tri-County Regional Transit Authority Employee Health Plan (FICTIONAL)
  appeals_address: |-
    Cascade Public Benefits Trust - Appeals (FICTIONAL)
    PO Box 4409
    Salem, OR 97302
  fax: (503) 555-0177
claim:
  number: CPB-UM-26-1113-2086
  plan_type: governmental
  funding: self_funded
  employees: 1800
  notice_date: 2026-11-18
  appeal_deadline: 2027-05-17
  deadline_basis: >-
    Notice of 11/18/2026: "You may appeal within 180 days after you receive this notice"; counted from the notice date.
  service_dates: [2026-11-10, 2026-12-22]
  setting: residential
  pending_services: '[residential days from 12/08/2026 through the planned discharge about 12/22/2026]'
  action: none
  procedure_codes: [H0019]
  revenue_codes: ['1001']
  diagnosis_codes: [F43.12, F33.1]
  denial_reason: >-
    Benefits are denied for the residential admission of 11/10/2026. Notification was received 11/13/2026, three days
    after the admission, outside the Plan's requirement that residential admissions be reported within two business
    days. No clinical review was performed.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  corrections:
    - said: Notification was received 11/13/2026, three days after the admission, outside the Plan's requirement
      record: >-
        Counted as the Plan Document counts business days, Wednesday 11/11/2026 (Veterans Day, a holiday the Plan
        lists) was not a business day: Thursday 11/12 was the first business day after the admission and Friday
        11/13 the second. The notice faxed and called in at 10:05 on 11/13/2026 was within two business days.
      file: [other/plan-document-2026-sections-1-and-7-excerpt.txt, other/notification-fax-and-call-2026-11-13.txt]
      page: 1
prior_auth:
  notified: 2026-11-13 10:05
  notice_rule:
    business_days: 2
    from: 2026-11-10
  reference: CPB-N-26-1113-0457
  proof: other/notification-fax-and-call-2026-11-13.txt
plan_policy:
  name: Tri-County Regional Transit Authority Employee Health Plan, Plan Document 2026, Section 7.4 "Residential treatment"
  number: Section 7.4
  quote: >-
    Admissions to a residential treatment facility must be reported to the Plan within two business days following
    the day of admission. The Plan then reviews the stay for medical necessity. "Business day" has the meaning in
    Section 1.2.
  file: other/plan-document-2026-sections-1-and-7-excerpt.txt
  other_terms: >-
    Section 1.2: "Business day" means Monday through Friday, except the holidays the Authority observes: New Year's
    Day, Martin Luther King Jr. Day, Presidents Day, Memorial Day, Juneteenth, Independence Day, Labor Day, Veterans
    Day, Thanksgiving Day and the day after, and Christmas Day.
  other_terms_file: other/plan-document-2026-sections-1-and-7-excerpt.txt
  other_terms_apply: >-
    Veterans Day, Wednesday 11/11/2026, is one of the listed holidays, so the two business days following the
    admission of Tuesday 11/10/2026 were Thursday 11/12 and Friday 11/13/2026, the day the program reported it.
treatment:
  name: Residential trauma treatment for PTSD
  summary: >-
    A residential PTSD program after outpatient prolonged exposure therapy, an intensive outpatient program and a
    hospital stay did not control his symptoms; the denial rests only on the date of notice.
  plan: >-
    About 6 weeks of residential care: cognitive processing therapy 3 times a week, daily groups, weekly psychiatry,
    safety-plan review each day; discharge to IOP about 12/22/2026.
  alongside: sertraline 200 mg daily
clinical:
  severity: PCL-5 62 and PHQ-9 20 on 11/10/2026; CAPS-5 48 on 11/11/2026
  severity_date: 2026-11-11
  suicidality: passive
  suicidality_date: 2026-11-10
  episode_onset: 2024-08
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-10
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/residential-admission-assessment-2026-11-10.txt, page: 1}
    - drug: Prolonged exposure therapy
      dose: weekly
      start: 2025-03
      end: 2025-06
      kind: psychotherapy
      sessions: 12
      response: partial
      outcome: Partial benefit; he stopped attending during the imaginal exposure phase
      evidence: {file: clinical/residential-admission-assessment-2026-11-10.txt, page: 1}
    - drug: Prazosin
      dose: 4 mg at bedtime for nightmares
      start: 2025-01
      ongoing: true
      kind: other
      outcome: Fewer nightmares; continued
      evidence: {file: clinical/residential-admission-assessment-2026-11-10.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-01
      ongoing: true
      kind: other
      outcome: Sleep dose; not a trial
      evidence: {file: clinical/residential-admission-assessment-2026-11-10.txt, page: 1}
    - drug: Escitalopram (earlier episode, 2016)
      dose: 10 mg daily
      start: 2016-02
      end: 2017-01
      kind: antidepressant
      failed: false
      response: remission
      outcome: Earlier depressive episode remitted; stopped. Not a failed trial
      evidence: {file: clinical/residential-admission-assessment-2026-11-10.txt, page: 1}
impact:
  work: Off work as a bus operator since the 08/2024 assault; on leave
  hospitalizations: Psychiatric hospital 10/03/2026-10/09/2026 after suicidal thoughts
author:
  name: Keisha Drummond-Vale
  role: Utilization review coordinator, Timberline Trauma Recovery Center (the treating facility)
  relation: provider
  address: |-
    Timberline Trauma Recovery Center (FICTIONAL), 61250 Ridgeview Drive
    Bend, OR 97702
  phone: (541) 555-0153
  email: ur@timberlinetrauma.example
provider:
  name: Timberline Trauma Recovery Center (FICTIONAL)
  credentials: licensed residential treatment facility
  npi: "1092906704"
  address: |-
    61250 Ridgeview Drive
    Bend, OR 97702
  phone: (541) 555-0153
record_dates:
  - {file: clinical/residential-admission-assessment-2026-11-10.txt, date: 2026-11-10}
bates_prefix: RENWICK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/notice-of-adverse-benefit-determination-2026-11-18.txt": '''
CASCADE PUBLIC BENEFITS TRUST (FICTIONAL) for the TRI-COUNTY REGIONAL TRANSIT AUTHORITY EMPLOYEE HEALTH PLAN
NOTICE OF ADVERSE BENEFIT DETERMINATION                                   Date: 11/18/2026
Member: Tobias Renwick   DOB 01/30/1992   ID FICT-CPB-61077320   Reference CPB-UM-26-1113-2086
Facility: Timberline Trauma Recovery Center, NPI 1092906704   Admission: 11/10/2026, residential (H0019, rev 1001)
Decision: Benefits are denied for the residential admission of 11/10/2026. Notification was received 11/13/2026,
three days after the admission, outside the Plan's requirement that residential admissions be reported within two
business days. No clinical review was performed.
You may appeal within 180 days after you receive this notice. After the Plan's final decision you may ask for
external review.
''',
"clinical/residential-admission-assessment-2026-11-10.txt": '''
TIMBERLINE TRAUMA RECOVERY CENTER (FICTIONAL) - ADMISSION ASSESSMENT        Admitted: Tuesday 11/10/2026 15:30
Patient: Tobias Renwick   DOB 01/30/1992                                              Page 1 of 1
PTSD after an assault while driving his bus (08/2024); major depressive disorder, recurrent, moderate.
PCL-5 62, PHQ-9 20 (11/10/2026); CAPS-5 48 (11/11/2026). Passive wish to be dead, no plan (11/10).
History: escitalopram 10 mg 2016-2017 for a depressive episode, remitted. Sertraline since 10/2024, 200 mg, partial.
Prazosin 4 mg at bedtime for nightmares and trazodone 50 mg at bedtime for sleep since 01/2025. Prolonged exposure,
12 weekly sessions 03-06/2025, partial; stopped coming during imaginal exposure. IOP 08/17-09/25/2026: worse. Hospital
10/03-10/09/2026 after suicidal thoughts. Safety plan updated on admission.
Plan: about 6 weeks residential; cognitive processing therapy 3 times a week; discharge to IOP about 12/22/2026.
''',
"other/plan-document-2026-sections-1-and-7-excerpt.txt": '''
TRI-COUNTY REGIONAL TRANSIT AUTHORITY EMPLOYEE HEALTH PLAN (FICTIONAL) - PLAN DOCUMENT, PLAN YEAR 2026    Page 1 of 1
Section 1.2 Definitions. "Business day" means Monday through Friday, except the holidays the Authority observes: New
Year's Day, Martin Luther King Jr. Day, Presidents Day, Memorial Day, Juneteenth, Independence Day, Labor Day,
Veterans Day, Thanksgiving Day and the day after, and Christmas Day.
Section 7.4 Residential treatment. Admissions to a residential treatment facility must be reported to the Plan within
two business days following the day of admission. The Plan then reviews the stay for medical necessity.
"Business day" has the meaning in Section 1.2.
''',
"other/notification-fax-and-call-2026-11-13.txt": '''
TIMBERLINE TRAUMA RECOVERY CENTER (FICTIONAL) - UR LOG AND FAX REPORT
Friday 11/13/2026 10:05 - Fax to Cascade Public Benefits Trust UM (503) 555-0178, 4 pages, result OK: admission
notice, Tobias Renwick, admitted 11/10/2026, residential.
Friday 11/13/2026 10:12 - Call to UM line; spoke with Dana (intake). Notice received; reference CPB-N-26-1113-0457.
Note: facility closed for Veterans Day Wednesday 11/11/2026 except the residential unit.
''',
"other/plan-document-2025-section-7-superseded.txt": '''
TRI-COUNTY REGIONAL TRANSIT AUTHORITY EMPLOYEE HEALTH PLAN (FICTIONAL) - PLAN DOCUMENT, PLAN YEAR 2025
Section 7.4 Residential treatment. Admissions must be reported to the Plan within one business day of admission.
''',
"other/residential-admissions-log-2026-11-10.txt": '''
TIMBERLINE TRAUMA RECOVERY CENTER (FICTIONAL) - ADMISSIONS LOG, 11/10/2026
09:45  Marcus Ellery        Cascade Public Benefits Trust   notified 11/10
13:10  Priscilla Dawn Yates  Summit Health Oregon           notified 11/10
15:30  Tobias Renwick       Cascade Public Benefits Trust   notice due - see UR log
''',
}

TRUTH = r'''
# 06 - Transit authority's self-funded plan (Oregon): a residential PTSD stay denied for late notice, but Veterans Day is not a business day under the plan's own definition; first appeal by the program's UR coordinator (FICTIONAL)

All people, plans, programs, numbers and addresses are invented (FICTIONAL).

## What is true
- Tobias Renwick, **34**, Tri-County Regional Transit Authority Employee Health Plan: a **governmental**
  (public-employer) plan, **self-funded**, 1,800 employees; administrator Cascade Public Benefits Trust. PTSD
  (F43.12) and recurrent depression (F33.1).
- Admitted to residential care **Tuesday 11/10/2026 15:30**; the program **faxed and called the notice Friday
  11/13/2026 at 10:05** (fax OK; reference **CPB-N-26-1113-0457**).
- Denial **11/18/2026**: "three days after the admission, outside ... two business days. No clinical review was
  performed."
- **Plan Document 2026, Section 7.4**: "within two business days following the day of admission"; **Section 1.2**
  lists **Veterans Day** among the holidays that are not business days. Veterans Day 2026 is **Wednesday 11/11/2026**.
  Business day 1: Thursday 11/12; business day 2: **Friday 11/13/2026**: the notice was **timely**.
- Medical necessity was never reviewed; the record supports it (PCL-5 62, CAPS-5 48, PHQ-9 20; IOP 08-09/2026
  worsened; hospital 10/03-10/09/2026; passive death wish 11/10).
- **Rule and stage:** governmental plan: first internal appeal, post-service for days given and concurrent for days
  to come; **180 days: by 05/17/2027** (45 CFR 147.136(b)(2) applying 29 CFR 2560.503-1(h)(3)(i)); then external
  review. Not ERISA.
- **Author:** the program's utilization review coordinator, for the program (`provider`): writes for the facility
  and about "Mr. Renwick"; no patient authorization needed for its own claim.

## Deliberately unknown
- Whether the plan counts holidays as the federal calendar does in general (it does not matter: its own list decides).
- The billed amount; how many days have been billed so far.
- Whether a penalty clause exists (none is quoted; do not invent one).

## Traps
- **Date, not medicine:** the winning point is the plan's own definition of business day and the calendar.
- **Stale document:** the 2025 Plan Document's "one business day" rule is superseded by the 2026 document.
- **Calendar days vs business days:** "three days" is calendar counting.
- **Residential is not inpatient:** never "inpatient" or "hospital admission" for the program.
- **Drugs:** sertraline continues (partial); trazodone 50 mg sleep; prazosin for nightmares; escitalopram (2016)
  worked; prolonged exposure is psychotherapy (12 sessions), not a drug trial.
- **Other people:** the admissions log lists two other patients.
- **Wrong law:** no ERISA (a governmental plan), no "29 CFR 2560.503-1" as governing it directly, no Medicaid/Medicare.
- **Voice:** the facility's coordinator, not the patient; never "my treatment".

## Arguments a strong letter makes (strongest first)
1. The notice was timely under the plan's own words: Section 7.4's two business days following the admission,
   counted with Section 1.2's holidays (Veterans Day, Wednesday 11/11/2026), ended Friday 11/13/2026, the day of the
   fax and call (reference CPB-N-26-1113-0457). Withdraw the ground.
2. The denial itself says no clinical review was done: ask the plan to review the stay for medical necessity now,
   as Section 7.4 says it then does, and to authorize the remaining days.
3. The clinical picture that review will find (failed IOP, recent hospital stay, scores) in brief.

## What a letter must NOT say
- "late", "missed the deadline", "three days after" as conceded; "one business day" (2025).
- "inpatient", "hospital admission" for the residential program.
- "ERISA", "29 CFR 2560.503-1" as governing, "Medicaid", "Medicare".
- "Marcus Ellery", "Priscilla Dawn Yates".
- "failed sertraline"; trazodone as a trial; "failed escitalopram".
- "retroactive authorization" (the notice was on time).
'''

ANSWERS = [
    ("Plan type", "TRI-COUNTY REGIONAL TRANSIT AUTHORITY EMPLOYEE HEALTH PLAN", "denial/notice-of-adverse-benefit-determination-2026-11-18.txt"),
    ("Notice date", "NOTICE OF ADVERSE BENEFIT DETERMINATION                                   Date: 11/18/2026", "denial/notice-of-adverse-benefit-determination-2026-11-18.txt"),
    ("Admission date and day", "Admitted: Tuesday 11/10/2026 15:30", "clinical/residential-admission-assessment-2026-11-10.txt"),
    ("Notice date and time", "Friday 11/13/2026 10:05", "other/notification-fax-and-call-2026-11-13.txt"),
    ("Notice reference", "CPB-N-26-1113-0457", "other/notification-fax-and-call-2026-11-13.txt"),
    ("Plan rule", "within\ntwo business days following the day of admission", "other/plan-document-2026-sections-1-and-7-excerpt.txt"),
    ("Holiday in definition", "Veterans Day", "other/plan-document-2026-sections-1-and-7-excerpt.txt"),
    ("Veterans Day 2026", "Wednesday 11/11/2026", "truth"),
    ("Last business day allowed", "business day 2: **Friday 11/13/2026**", "truth"),
    ("No clinical review", "No clinical review was performed.", "denial/notice-of-adverse-benefit-determination-2026-11-18.txt"),
    ("Superseded rule", "within one business day of admission", "other/plan-document-2025-section-7-superseded.txt"),
    ("Appeal window", "within 180 days after you receive this notice", "denial/notice-of-adverse-benefit-determination-2026-11-18.txt"),
    ("Appeal deadline", "by 05/17/2027", "truth"),
    ("Severity", "CAPS-5 48 (11/11/2026)", "clinical/residential-admission-assessment-2026-11-10.txt"),
    ("Recent hospital stay", "Hospital\n10/03-10/09/2026", "clinical/residential-admission-assessment-2026-11-10.txt"),
    ("Fax result", "4 pages, result OK", "other/notification-fax-and-call-2026-11-13.txt"),
]
