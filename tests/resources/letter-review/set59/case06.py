"""FICTIONAL case 06, set 59: FEHB (CO), depression IOP denied for no precertification; 2026 brochure dropped it."""

SLUG = "06-fehb-co-depression-iop-precert-dropped-in-2026-brochure-reconsideration-patient"

CASE_YAML = r"""
# FICTIONAL CASE (set 59, case 06) - every person, plan, provider, number and address is invented.
# FEHB Standard Option, Colorado. Monique Adaeze Fairweather, 45, a federal employee, completed an intensive
# outpatient program for depression (09/08-10/30/2026). The carrier denied the claim for no precertification, citing
# brochure Section 3; the 2026 brochure no longer requires precertification for intensive outpatient programs (the
# 2025 brochure did). She asks the carrier to reconsider.
patient:
  name: Monique Adaeze Fairweather
  salutation: Ms. Fairweather
  date_of_birth: 1981-11-03
  member_id: FICT-CFE-R48830217-01
  address: |-
    7340 West Alameda Avenue, Unit 12
    Lakewood, CO 80226
  phone: (303) 555-0138
  email: m.fairweather@mailbox.example
insurer:
  name: Columbine Federal Employees Benefit Plan, Standard Option (FEHB carrier, FICTIONAL)
  appeals_address: |-
    Columbine Federal Employees Benefit Plan - Reconsiderations (FICTIONAL)
    PO Box 8815
    Denver, CO 80201
  fax: (303) 555-0167
claim:
  number: CFE-26-1105-60214
  plan_type: fehb
  notice_date: 2026-11-05
  appeal_deadline: 2027-05-05
  deadline_basis: >-
    Explanation of benefits of 11/05/2026: "You may ask us to reconsider within 6 months of the date of this
    notice" (5 CFR 890.105(b)(1)).
  service_dates: [2026-09-08, 2026-10-30]
  sessions: 24
  setting: intensive_outpatient
  procedure_codes: [S9480]
  revenue_codes: ["0905"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification was not obtained for intensive outpatient program services. Per brochure Section 3,
    intensive outpatient programs require prior approval. (CARC 197)
  denial_category: prior_authorization
  action: none
  corrections:
    - said: Per brochure Section 3, intensive outpatient programs require prior approval.
      record: >-
        The 2026 brochure's Section 3 requires precertification for inpatient admissions, residential treatment and
        partial hospitalization only, and says in so many words that intensive outpatient programs do not require
        it; its "Changes for 2026" page says the same. The list that named intensive outpatient programs was the
        2025 brochure's.
      file: other/fehb-brochure-2026-sections-2-and-3-excerpt.txt
      page: 1
prior_auth:
  required: false
plan_policy:
  name: Columbine Federal Employees Benefit Plan 2026 brochure, Section 3 "You need prior Plan approval for certain services"
  number: Section 3
  quote: >-
    Precertification (prior approval) is required for: inpatient hospital admissions; residential treatment center
    admissions; and partial hospitalization programs for mental health and substance use disorder treatment. Other
    outpatient mental health and substance use disorder services, including intensive outpatient programs, do not
    require precertification.
  file: other/fehb-brochure-2026-sections-2-and-3-excerpt.txt
  other_terms: >-
    Section 2, Changes for 2026: "We no longer require precertification for intensive outpatient programs for
    mental health and substance use disorder treatment (see Section 3)."
  other_terms_file: other/fehb-brochure-2026-sections-2-and-3-excerpt.txt
  other_terms_apply: >-
    Every date of service (09/08/2026-10/30/2026) falls in the 2026 plan year, when the brochure required no
    precertification for an intensive outpatient program, so the only ground of the denial does not apply.
treatment:
  name: Intensive outpatient program (IOP) for depression, 3 hours a day, 3 days a week, 8 weeks (24 program days)
  summary: >-
    An intensive outpatient program for a severe recurrent depressive episode, completed 09/08/2026-10/30/2026 at
    an in-network program; the claim was denied only for precertification.
clinical:
  severity: PHQ-9 22 on 09/08/2026; PHQ-9 9 on 10/30/2026
  severity_date: 2026-10-30
  suicidality: none
  suicidality_date: 2026-10-30
  response: PHQ-9 22 (09/08/2026) to 9 (10/30/2026)
  response_level: response
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-12
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/front-range-iop-discharge-summary-2026-10-30.txt, page: 1}
    - drug: Bupropion XL
      dose: 150 mg daily
      start: 2026-09
      ongoing: true
      kind: augmentation
      outcome: Added during the IOP; continued
      evidence: {file: clinical/front-range-iop-discharge-summary-2026-10-30.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2026-03
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/front-range-iop-discharge-summary-2026-10-30.txt, page: 1}
author:
  name: Monique Adaeze Fairweather
  relation: patient
  address: |-
    7340 West Alameda Avenue, Unit 12
    Lakewood, CO 80226
  phone: (303) 555-0138
  email: m.fairweather@mailbox.example
provider:
  name: Front Range Behavioral Health IOP
  credentials: in-network intensive outpatient program
  npi: "1839204751"
  address: |-
    1550 South Wadsworth Boulevard, Suite 400
    Lakewood, CO 80232
  phone: (303) 555-0126
record_dates:
  - file: clinical/front-range-iop-discharge-summary-2026-10-30.txt
    date: 2026-10-30
bates_prefix: FAIRWEATHER
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-11-05.txt": """
COLUMBINE FEDERAL EMPLOYEES BENEFIT PLAN (FICTIONAL) - FEHB STANDARD OPTION, SELF PLUS ONE
EXPLANATION OF BENEFITS                                                      Date of this notice: 11/05/2026
Enrollee: Monique Adaeze Fairweather   ID FICT-CFE-R48830217   Enrollment code: FICT-112
Claim CFE-26-1105-60214   Provider: Front Range Behavioral Health IOP (in network)

Patient               Dates                    Service                    Billed      Paid     Code
Fairweather, Monique  09/08/2026-10/30/2026    S9480 x24, rev. 0905       $7,200.00   $0.00    CO-197
Fairweather, Dennis   10/14/2026               office visit, orthopedics  $285.00     $171.00

CO-197: Precertification was not obtained for intensive outpatient program services. Per brochure Section 3,
intensive outpatient programs require prior approval. (CARC 197)

You may ask us to reconsider within 6 months of the date of this notice. Write to Reconsiderations, PO Box 8815,
Denver, CO 80201, or fax (303) 555-0167. If we uphold our decision you may ask OPM to review it.
""",
    "clinical/front-range-iop-discharge-summary-2026-10-30.txt": """
FRONT RANGE BEHAVIORAL HEALTH IOP (FICTIONAL) - DISCHARGE SUMMARY                    Date: 10/30/2026   Page 1 of 1
Patient: Monique Adaeze Fairweather   DOB 11/03/1981
Program: intensive outpatient, 3 hours a day, 3 days a week, 09/08/2026-10/30/2026: 24 program days attended.
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Admission: PHQ-9 22; no suicidal thoughts; missing work (federal agency, on leave 08/24-09/07).
Medicines: escitalopram 20 mg daily since 12/2025 (partial response), continued; bupropion XL 150 mg added
09/15/2026, continued; trazodone 50 mg at bedtime for sleep.
Discharge: PHQ-9 9; back at work full time 10/05/2026; no suicidal thoughts. Follow-up: weekly therapy and
psychiatry in 4 weeks.
Billing note: program staff checked the 2026 brochure before admission (09/02/2026): IOP not on the
precertification list; no request made.
""",
    "other/fehb-brochure-2026-sections-2-and-3-excerpt.txt": """
COLUMBINE FEDERAL EMPLOYEES BENEFIT PLAN (FICTIONAL) - 2026 FEHB BROCHURE (excerpt)          Pages 8 and 19 of 142
Section 2. Changes for 2026
We no longer require precertification for intensive outpatient programs for mental health and substance use
disorder treatment (see Section 3).

Section 3. You need prior Plan approval for certain services
Precertification (prior approval) is required for: inpatient hospital admissions; residential treatment center
admissions; and partial hospitalization programs for mental health and substance use disorder treatment. Other
outpatient mental health and substance use disorder services, including intensive outpatient programs, do not
require precertification.
""",
    "other/fehb-brochure-2025-section-3-excerpt.txt": """
COLUMBINE FEDERAL EMPLOYEES BENEFIT PLAN (FICTIONAL) - 2025 FEHB BROCHURE (excerpt)              Page 18 of 138
Section 3. You need prior Plan approval for certain services
Precertification (prior approval) is required for: inpatient hospital admissions; residential treatment center
admissions; partial hospitalization programs; and intensive outpatient programs for mental health and substance
use disorder treatment.
""",
}

TRUTH = r"""
# 06 - FEHB Standard Option (CO): a completed depression IOP denied for no precertification under a list the 2026 brochure dropped; carrier reconsideration by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Monique Adaeze Fairweather, 45 (DOB 11/03/1981), FEHB Standard Option, Self Plus One (Columbine Federal Employees
  Benefit Plan, CO). IOP for recurrent severe depression (F33.2), **09/08/2026-10/30/2026, 24 program days**, at an
  in-network program. PHQ-9 22 -> 9; back at work full time 10/05/2026.
- The EOB of **11/05/2026** (claim CFE-26-1105-60214, **CO-197**) denies for no precertification, "Per brochure
  Section 3". **The 2026 brochure's Section 3 requires precertification only for inpatient, residential and partial
  hospitalization**, and says intensive outpatient programs do not require it; Section 2 "Changes for 2026" says the
  requirement was dropped. The **2025 brochure** had IOP on the list: the carrier applied last year's terms.
- The winning point is the **plan document** (and the dates: every date of service is in 2026). No medical necessity
  question was raised.
- Escitalopram 20 mg **continues** (partial); bupropion XL added 09/2026 (augmentation, continues); trazodone 50 mg
  sleep. No suicidal thoughts.
- **Rule and stage:** FEHB disputed claims, **5 CFR 890.105**: ask the carrier to reconsider within **6 months: by
  05/05/2027**; then OPM review within 90 days of the carrier's decision. No ERISA, no ACA external review.
- **Author:** the patient ("I").
{ANSWERS}

## Deliberately unknown
- What the carrier would allow for the 24 days: not stated; a letter must not name a payment figure beyond the billed
  $7,200.
- Whether the carrier's system still carries the 2025 list: not known; a letter may ask that it be corrected.

## Traps
- **Stale document:** the 2025 brochure's Section 3 names IOP; it does not govern 2026 dates. A letter must not quote
  it as the plan's terms.
- **Not a medical-necessity denial:** no clinical reviewer, no peer-to-peer; no retroactive-authorization plea.
- **Other person on a document:** the EOB lists her husband Dennis's orthopedic visit.
- **Drug still taken:** escitalopram; sleep dose: trazodone.
- **Wrong law:** ERISA, 29 CFR 2560.503-1, 45 CFR 147.136, "external review", MHPAEA as the route; state insurance department.

## Arguments a strong letter makes (strongest first)
1. The 2026 brochure (Section 3 and Section 2's change notice), in force on every date of service, requires no
   precertification for an IOP; the only ground of the denial does not apply: reprocess and pay.
2. Correct the EOB's reading of Section 3 and ask the carrier to correct its precertification list for 2026.
3. Name OPM review as the next step if the carrier upholds.

## What a letter must NOT say
- "retroactive authorization", "we failed to obtain precertification", "good cause for not precertifying".
- The 2025 list as the plan's terms; "IOP requires precertification".
- "medically necessary" as the ground; "peer-to-peer".
- "Dennis", orthopedics.
- "ERISA", "45 CFR 147.136", "external review", "state insurance department".
"""

ANSWERS = [
    ("Notice date", "Date of this notice: 11/05/2026", "denial/explanation-of-benefits-2026-11-05.txt"),
    ("Claim number", "CFE-26-1105-60214", "denial/explanation-of-benefits-2026-11-05.txt"),
    ("CARC", "CO-197", "denial/explanation-of-benefits-2026-11-05.txt"),
    ("Window", "within 6 months of the date of this notice", "denial/explanation-of-benefits-2026-11-05.txt"),
    ("Next level", "you may ask OPM to review it", "denial/explanation-of-benefits-2026-11-05.txt"),
    ("Dates of service", "09/08/2026-10/30/2026: 24 program days attended", "clinical/front-range-iop-discharge-summary-2026-10-30.txt"),
    ("Response", "Discharge: PHQ-9 9", "clinical/front-range-iop-discharge-summary-2026-10-30.txt"),
    ("Back at work", "back at work full time 10/05/2026", "clinical/front-range-iop-discharge-summary-2026-10-30.txt"),
    ("Drug continued", "escitalopram 20 mg daily since 12/2025 (partial response), continued", "clinical/front-range-iop-discharge-summary-2026-10-30.txt"),
    ("Sleep dose", "trazodone 50 mg at bedtime for sleep", "clinical/front-range-iop-discharge-summary-2026-10-30.txt"),
    ("Program checked the brochure", "IOP not on the precertification list", "clinical/front-range-iop-discharge-summary-2026-10-30.txt"),
    ("2026 Section 3 words", "including intensive outpatient programs, do not require precertification", "other/fehb-brochure-2026-sections-2-and-3-excerpt.txt"),
    ("2026 change notice", "We no longer require precertification for intensive outpatient programs", "other/fehb-brochure-2026-sections-2-and-3-excerpt.txt"),
    ("Stale 2025 list", "and intensive outpatient programs for mental health", "other/fehb-brochure-2025-section-3-excerpt.txt"),
    ("Another person on a document", "Fairweather, Dennis", "denial/explanation-of-benefits-2026-11-05.txt"),
    ("Precertification not required", "required: false", "case.yaml"),
]
