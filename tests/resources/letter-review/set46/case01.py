"""Case 01 (FICTIONAL): FEHB residential PTSD stay denied for no precertification; the brochure's own remedy is a
$500 reduction after a necessity review. Carrier reconsideration, written by the patient."""

SLUG = "01-fehb-residential-ptsd-no-precert-brochure-penalty-not-denial-reconsideration-patient"

CASE_YAML = r'''
# FICTIONAL CASE (set 46, case 01) - every person, plan, carrier, provider, number and address is invented.
# FEHB Standard Option. Marisol Tennant-Abara, 41, a federal employee, spent 28 days (09/08-10/05/2026) in a
# residential PTSD program. The carrier denied the whole stay because precertification was not obtained (CO-197).
# Its own 2026 brochure says a stay nobody precertified is reviewed for medical necessity when the claim comes in and,
# if necessary, paid less a $500 penalty. The center faxed a precertification request on 09/09/2026 that was never
# decided. She asks the carrier to reconsider (first level; OPM review after).
patient:
  name: Marisol Tennant-Abara
  salutation: Ms. Tennant-Abara
  date_of_birth: 1985-06-03
  member_id: FICT-AFB-R40917733
  address: |-
    2716 Sycamore Ridge Road
    Front Royal, VA 22630
  phone: (540) 555-0131
  email: marisol.ta@mail.example
insurer:
  name: Allegheny Federal Benefit Plan, Standard Option (FEHB carrier, FICTIONAL)
  appeals_address: |-
    Allegheny Federal Benefit Plan - Disputed Claims (FICTIONAL)
    PO Box 40917
    Harrisburg, PA 17105
  fax: (717) 555-0148
claim:
  number: AFB-26-1019-338120
  plan_type: fehb
  notice_date: 2026-11-10
  appeal_deadline: 2027-05-10
  deadline_basis: >-
    Explanation of benefits of 11/10/2026: "You may ask us to reconsider this decision within 6 months of the date
    of this notice" (5 CFR 890.105(b)(1)).
  service_dates: [2026-09-08, 2026-10-05]
  setting: residential
  procedure_codes: [H0017]
  revenue_codes: ["1001"]
  diagnosis_codes: [F43.12]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification was not obtained for residential treatment center care. Benefits for this admission are
    denied. (CARC 197)
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
  corrections:
    - said: Precertification was not obtained for residential treatment center care.
      record: >-
        The center's utilization review nurse faxed a precertification request with the admission assessment on
        09/09/2026, the day after admission (fax confirmation, 14 pages); no decision on it was ever sent.
      file: other/precert-request-fax-confirmation-2026-09-09.txt
      page: 1
      leaves_out: true
plan_policy:
  name: Allegheny Federal Benefit Plan 2026 Brochure, Section 3 "Precertification for residential treatment center care"
  number: Section 3
  quote: >-
    You must obtain precertification for residential treatment center (RTC) care before admission. If no one
    contacts us for precertification of an RTC admission, we will decide whether the stay was medically necessary
    when we receive the claim. If we determine that the stay was medically necessary, we will pay benefits for it,
    less a $500 penalty. If we determine that it was not medically necessary, we will not pay benefits for it.
  file: other/plan-brochure-2026-section-3-excerpt.txt
prior_auth:
  requested_on: 2026-09-09
  never_decided: true
  reason_missing: >-
    The admission was arranged on 09/08/2026 after an emergency department visit; the center faxed the
    precertification request the next morning and the carrier never answered it.
  missed_notice:
    quote: >-
      If we determine that the stay was medically necessary, we will pay benefits for it, less a $500 penalty.
    penalty: a $500 penalty
  proof:
    - other/precert-request-fax-confirmation-2026-09-09.txt
treatment:
  name: Residential trauma-focused treatment program (28 days)
  summary: >-
    A 28-day residential program for chronic post-traumatic stress disorder after a sharp worsening with passive
    thoughts of death in late August 2026, chosen by the emergency physician and the outpatient psychiatrist
    because weekly therapy and medication had not held her.
clinical:
  severity: PCL-5 62 on admission (09/08/2026); PCL-5 31 and PHQ-9 9 at discharge (10/05/2026)
  severity_date: 2026-10-05
  suicidality: passive
  suicidality_date: 2026-09-01
  response: PCL-5 62 (09/08/2026) to 31 (10/05/2026)
  response_level: response
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-02
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the residential stay
      evidence: {file: clinical/residential-discharge-summary-2026-10-05.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 75 mg daily
      start: 2023-05
      end: 2023-05
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for raised blood pressure and sweating (intolerance, not an adequate trial)
      evidence: {file: clinical/residential-discharge-summary-2026-10-05.txt, page: 1}
    - drug: Prazosin
      dose: 2 mg at bedtime for nightmares
      start: 2025-01
      ongoing: true
      kind: other
      outcome: Taken for trauma nightmares; not an antidepressant trial
      evidence: {file: clinical/residential-discharge-summary-2026-10-05.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-06
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/residential-discharge-summary-2026-10-05.txt, page: 1}
    - drug: Cognitive processing therapy (12 sessions, earlier episode)
      start: 2019-03
      end: 2019-06
      sessions: 12
      kind: psychotherapy
      response: response
      outcome: Responded in 2019 after a car accident (an earlier episode); not a failed trial
      evidence: {file: clinical/outpatient-psychiatry-note-2026-08-28.txt, page: 1}
author:
  name: Marisol Tennant-Abara
  relation: patient
  address: |-
    2716 Sycamore Ridge Road
    Front Royal, VA 22630
  phone: (540) 555-0131
  email: marisol.ta@mail.example
provider:
  name: Laurel Hollow Trauma Recovery Center
  credentials: residential treatment center, network facility
  npi: "1743059820"
  address: |-
    88 Orchard Gap Lane
    Winchester, VA 22602
  phone: (540) 555-0162
record_dates:
  - file: clinical/residential-discharge-summary-2026-10-05.txt
    date: 2026-10-05
  - file: clinical/outpatient-psychiatry-note-2026-08-28.txt
    date: 2026-08-28
copies: [prescriber]
bates_prefix: TENNANTABARA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/explanation-of-benefits-2026-11-10.txt": """
ALLEGHENY FEDERAL BENEFIT PLAN (FICTIONAL) - FEHB STANDARD OPTION
EXPLANATION OF BENEFITS                                           Date of notice: 11/10/2026
Member: Marisol Tennant-Abara   DOB 06/03/1985   ID FICT-AFB-R40917733   Enrollment: Self Only
Provider: Laurel Hollow Trauma Recovery Center, NPI 1743059820
Claim AFB-26-1019-338120   Received 10/19/2026

Services 09/08/2026-10/05/2026   Revenue code 1001, H0017 x 28 days   Billed $23,520.00   Allowed $0.00   Paid $0.00
CARC 197. Precertification was not obtained for residential treatment center care. Benefits for this admission are
denied.

Your right to reconsideration: You may ask us to reconsider this decision within 6 months of the date of this
notice. Write to Disputed Claims, PO Box 40917, Harrisburg, PA 17105, or fax (717) 555-0148. If we uphold our
decision, you may ask the U.S. Office of Personnel Management to review it.
""",
    "other/plan-brochure-2026-section-3-excerpt.txt": """
ALLEGHENY FEDERAL BENEFIT PLAN (FICTIONAL) - 2026 BROCHURE (excerpt)                         Page 22 of 140
Section 3. How you get care - Precertification for residential treatment center care

You must obtain precertification for residential treatment center (RTC) care before admission. If no one contacts
us for precertification of an RTC admission, we will decide whether the stay was medically necessary when we
receive the claim. If we determine that the stay was medically necessary, we will pay benefits for it, less a $500
penalty. If we determine that it was not medically necessary, we will not pay benefits for it.
""",
    "other/plan-brochure-2024-section-3-superseded.txt": """
ALLEGHENY FEDERAL BENEFIT PLAN (FICTIONAL) - 2024 BROCHURE (excerpt, superseded)            Page 20 of 132
Section 3. Residential treatment center care
Benefits are not payable for residential treatment center care that was not precertified.
[Kept in the member's files from 2024. The 2025 and 2026 brochures replaced this sentence.]
""",
    "other/precert-request-fax-confirmation-2026-09-09.txt": """
LAUREL HOLLOW TRAUMA RECOVERY CENTER (FICTIONAL) - FAX TRANSMISSION REPORT
Sent 09/09/2026 09:42   To: Allegheny Federal Benefit Plan Utilization Management, fax (717) 555-0153
Pages: 14   Result: OK   Job 4471
Cover: "Precertification request - residential treatment center admission 09/08/2026 - Marisol Tennant-Abara,
ID FICT-AFB-R40917733. Admission assessment, ED note and outpatient psychiatry note attached."
[UR note, 10/02/2026: called the carrier's UM line; told the request was "received, in review"; reference
UM-0909-2210. No decision letter was ever received. - K. Ostrowski, RN]
""",
    "clinical/residential-discharge-summary-2026-10-05.txt": """
LAUREL HOLLOW TRAUMA RECOVERY CENTER (FICTIONAL) - DISCHARGE SUMMARY                     Date: 10/05/2026
Patient: Marisol Tennant-Abara   DOB 06/03/1985   Page 1 of 1
Admitted 09/08/2026 from the Shenandoah Valley emergency department; discharged 10/05/2026 (28 days).
Diagnosis: post-traumatic stress disorder, chronic (F43.12).
Course: prolonged exposure and cognitive processing therapy 5 days a week, group skills, nightly safety checks.
PCL-5 62 on admission, 31 at discharge; PHQ-9 9 at discharge. No suicidal ideation at discharge.
Medication: sertraline 200 mg daily since 02/2024, partial response, continued. Venlafaxine XR 75 mg in 05/2023
stopped after 3 weeks (blood pressure 152/96, sweating). Prazosin 2 mg at bedtime for nightmares. Trazodone 50 mg at
bedtime for sleep.
Aftercare: weekly trauma therapy with her outpatient therapist; psychiatry follow-up 10/14/2026.
""",
    "clinical/outpatient-psychiatry-note-2026-08-28.txt": """
BLUE RIDGE BEHAVIORAL ASSOCIATES (FICTIONAL) - PSYCHIATRY VISIT                          Date: 08/28/2026
Patient: Marisol Tennant-Abara   DOB 06/03/1985
PTSD symptoms sharply worse since 07/2026: nightmares nightly, missed 9 workdays in August. Weekly therapy since
01/2026. Passive thoughts of death, no plan or intent (confirmed again on 09/01/2026 by phone). Responded well to
12 sessions of cognitive processing therapy in 2019 after a car accident (an earlier episode).
Plan: residential trauma program if the next week does not improve; sertraline 200 mg continued.
""",
    "other/admissions-census-2026-09-08.txt": """
LAUREL HOLLOW TRAUMA RECOVERY CENTER (FICTIONAL) - ADMISSIONS CENSUS                     Date: 09/08/2026
1. TENNANT-ABARA, M.   Admit 14:10   Payer: Allegheny Federal (FEHB)   Precert: to be faxed a.m. 09/09
2. VOSKUIJLEN, D.      Admit 16:30   Payer: Northgate Commercial PPO   Precert: PA-55871 approved
""",
}

TRUTH = r'''
# 01 - FEHB Standard Option: a residential PTSD stay denied outright for no precertification, where the brochure's own remedy is a necessity review and a $500 penalty; carrier reconsideration by the patient (FICTIONAL)

All people, plans, carriers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marisol Tennant-Abara, 41 (DOB 06/03/1985), a federal employee in the **FEHB** plan Allegheny Federal Benefit Plan,
  **Standard Option**, was in the Laurel Hollow residential trauma program **09/08/2026-10/05/2026 (28 days)**
  (revenue code 1001, H0017, F43.12), admitted from an emergency department after her PTSD worsened.
- The EOB of **11/10/2026** (claim AFB-26-1019-338120, **CO-197**) denies the whole stay because precertification
  was not obtained. It made no medical-necessity decision.
- The **2026 brochure, Section 3**: if no one precertifies an RTC admission, the carrier decides medical necessity
  when the claim arrives and, if the stay was necessary, pays it **less a $500 penalty**. The brochure's remedy is a
  penalty after a necessity review, not a denial of every benefit.
- The center **faxed a precertification request on 09/09/2026** (the day after admission; 14 pages, job 4471); the
  carrier's UM line called it "received, in review" on 10/02/2026 (reference UM-0909-2210); no decision was sent.
- Clinical: PCL-5 **62 -> 31**; PHQ-9 9 at discharge; passive thoughts of death on **09/01/2026**, none at
  discharge. Sertraline 200 mg continues (partial response).
- **Rule and stage:** FEHB, 5 CFR 890.105: ask the carrier to reconsider within **6 months: by 05/10/2027**; if it
  upholds, **OPM review** within 90 days of its decision (5 CFR 890.105(e)). The brochure is the contract's terms.
- **Author:** the patient, who writes as "I".

## Deliberately unknown
- Why the carrier never decided the 09/09 request: not known; a letter may ask.
- Whether the carrier would find the stay medically necessary: not decided yet; a letter argues it is, but must
  not say the carrier found it so.
- The amount the carrier would allow for the stay: not in the case (no payment figure but the $500 penalty).

## Traps
- **Document, not medicine, first.** The winning point is the brochure's own sentence: at worst a $500 reduction
  after a necessity review. The letter asks for that review (and payment) rather than a retroactive authorization alone.
- **Stale brochure:** the **2024** page ("Benefits are not payable for residential treatment center care that was not
  precertified") was replaced; a letter must not quote it as the terms, nor concede that no benefits are payable.
- **"Not obtained" is true as far as it goes:** precertification was not *obtained*, but it was *requested* on
  09/09/2026 and never decided. A letter must not say the carrier approved it or that it was asked before admission.
- **Other person on a document:** the census's line 2 (D. Voskuijlen, another payer, PA-55871) is not hers; PA-55871
  is not her authorization.
- **Drugs:** sertraline continues (partial response): never "failed" or "stopped". Venlafaxine (3 weeks, stopped for
  blood pressure and sweating) is an intolerance, not an adequate trial. Prazosin (nightmares) and trazodone 50 mg
  (sleep) are not antidepressant trials. Cognitive processing therapy in 2019 was a **response** in an earlier
  episode, never a failure.
- **Suicidality:** passive thoughts of death on 09/01/2026, no plan; none at discharge. Never "active suicidal
  ideation", "attempt", or a present risk now.
- **Not emergency care:** she came from an emergency department, but the planned residential admission the next
  day is not emergency services; a letter must not argue emergency coverage or the prudent-layperson standard.
- **Residential is not inpatient:** never "inpatient hospital stay" or "hospitalization" for the program.
- **Wrong law:** FEHB: no ERISA, no 29 CFR 2560.503-1, no 45 CFR 147.136, no state insurance department, no
  independent external review organization; the next level is OPM.
- **Voice:** the patient writes "I"; never "Ms. Tennant-Abara has ..." in the third person about herself.

## Arguments a strong letter makes (strongest first)
1. The carrier's own 2026 brochure, Section 3, says what happens when an RTC admission is not precertified: it
   decides medical necessity on the claim and, if necessary, pays less a $500 penalty. The EOB skipped that review
   and denied everything: ask the carrier to review the stay on its merits under Section 3 and pay it (less no more
   than $500).
2. The request was in fact made: faxed 09/09/2026, the day after an emergency admission, and "in review" on
   10/02/2026, never decided. Ask that it be decided now, or the stay reviewed as the brochure provides.
3. The stay was medically necessary: the worsening with passive thoughts of death, 9 missed workdays, weekly therapy
   and sertraline not holding her, the emergency referral; PCL-5 62 to 31.
4. Name the next level correctly (OPM review) and ask for a decision in writing.

## What a letter must NOT say
- "Benefits are not payable for residential treatment center care that was not precertified" as the terms in force;
  "I concede"; "we missed the precertification deadline" as the whole answer.
- "precertification was approved"; "requested before admission"; "PA-55871"; "Voskuijlen".
- "inpatient hospital"; "hospitalization" for the program.
- "failed sertraline", "stopped sertraline"; venlafaxine, prazosin or trazodone as failed trials; "failed cognitive
  processing therapy"; "active suicidal ideation"; "suicide attempt".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review" by an IRO, "state insurance department".
'''

ANSWERS = [
    ("Plan type", "plan_type: fehb", "case.yaml"),
    ("Date of the denial notice", "Date of notice: 11/10/2026", "denial/explanation-of-benefits-2026-11-10.txt"),
    ("Last day to ask the carrier to reconsider", "appeal_deadline: 2027-05-10", "case.yaml"),
    ("Next level if the carrier upholds", "Office of Personnel Management", "denial/explanation-of-benefits-2026-11-10.txt"),
    ("Dates of the stay", "09/08/2026-10/05/2026", "denial/explanation-of-benefits-2026-11-10.txt"),
    ("Length of the stay", "28 days", "clinical/residential-discharge-summary-2026-10-05.txt"),
    ("What the brochure does when nobody precertified an RTC stay", "less a $500 penalty", "other/plan-brochure-2026-section-3-excerpt.txt"),
    ("When the precertification request was faxed", "Sent 09/09/2026 09:42", "other/precert-request-fax-confirmation-2026-09-09.txt"),
    ("The carrier's reference for the pending request", "UM-0909-2210", "other/precert-request-fax-confirmation-2026-09-09.txt"),
    ("PCL-5 on admission and at discharge", "PCL-5 62 on admission, 31 at discharge", "clinical/residential-discharge-summary-2026-10-05.txt"),
    ("Antidepressant continued (partial response)", "sertraline 200 mg daily since 02/2024, partial response, continued", "clinical/residential-discharge-summary-2026-10-05.txt"),
    ("Intolerance, not an adequate trial", "stopped after 3 weeks (blood pressure 152/96, sweating)", "clinical/residential-discharge-summary-2026-10-05.txt"),
    ("Sleep dose, not a trial", "Trazodone 50 mg at bedtime for sleep", "clinical/residential-discharge-summary-2026-10-05.txt"),
    ("Earlier-episode response", "Responded well to 12 sessions of cognitive processing therapy in 2019", "clinical/outpatient-psychiatry-note-2026-08-28.txt"),
    ("Another person on a document (not this appeal)", "VOSKUIJLEN, D.", "other/admissions-census-2026-09-08.txt"),
    ("Superseded terms a letter must not quote", "Benefits are not payable for residential treatment center care that was not precertified", "other/plan-brochure-2024-section-3-superseded.txt"),
]
