SLUG = "04-original-medicare-part-a-190-day-limit-distinct-part-unit-qic-reconsideration-hospital-appeals-specialist"

CASE_YAML = r'''
# FICTIONAL CASE (set 31, case 04) - every person, plan, provider, number and address is invented.
# Original Medicare Part A, Wisconsin. Walter Pruszynski, 74, was an inpatient 09/08-09/26/2026 on the behavioral
# health unit of Lakeshore General Hospital, a distinct-part psychiatric unit (CCN 52S041). Medicare denied the stay
# under the 190-day lifetime limit: its count includes two earlier stays on the same unit (2024: 24 days; 2025:
# 14 days), which the limit does not reach. The MAC's redetermination of 11/02/2026 upheld. The hospital's appeals
# specialist asks the QIC to reconsider.
patient:
  name: Walter Pruszynski
  salutation: Mr. Pruszynski
  date_of_birth: 1952-01-30
  member_id: 4FT7-QX2-RM58
  address: |-
    918 Lake Avenue
    Racine, WI 53403
insurer:
  name: Original Medicare Part A - Great Lakes Reconsideration Contractor (FICTIONAL QIC)
  appeals_address: |-
    Great Lakes Reconsideration Contractor, Part A East (address FICTIONAL)
    PO Box 183044
    Columbus, OH 43218
  fax: (614) 555-0190
claim:
  number: "22630928410207WIA"
  plan_type: medicare
  notice_date: 2026-11-02
  appeal_deadline: 2027-05-06
  deadline_basis: >-
    Redetermination of 11/02/2026: "You have 180 days from the date you receive this decision to request a
    reconsideration"; receipt presumed 5 days after the date of the decision (42 CFR 405.962), so by 05/06/2027.
  service_dates: [2026-09-08, 2026-09-26]
  inpatient: true
  setting: inpatient
  revenue_codes: ["0114", "0901"]
  diagnosis_codes: [F33.3]
  carc_codes: [CO-119]
  denial_reason: >-
    The beneficiary has used the 190-day lifetime limit on inpatient psychiatric hospital care (190 of 190 days
    used as of 03/17/2025). Days 09/08/2026-09/26/2026 are not covered. (CARC 119)
  denial_category: benefit_limit
  action: none
decisions:
  - date: 2026-11-02
    outcome: denied
    stage: redetermination
    opens: QIC reconsideration
    next_deadline: 2027-05-06
    reason: >-
      Medicare records show 190 lifetime psychiatric days used: Pinewood Psychiatric Hospital, 152 days
      (2019-2021); Lakeshore General Hospital, 24 days (05/06/2024-05/30/2024) and 14 days
      (03/03/2025-03/17/2025). The limit is exhausted and the denial is affirmed.
    corrections:
      - said: "Lakeshore General Hospital, 24 days (05/06/2024-05/30/2024) and 14 days (03/03/2025-03/17/2025)"
        record: "Both stays, like this one, were on Lakeshore General Hospital's behavioral health unit, a distinct-part psychiatric unit of a general hospital (CCN 52S041), whose days do not count toward the 190-day limit."
        file: other/lakeshore-distinct-part-unit-letter-2026-11-10.txt
        page: 1
psychiatric_days:
  unit: distinct_part
  proof: [other/lakeshore-distinct-part-unit-letter-2026-11-10.txt, other/ipf-exclusion-notice-2014-06-20.txt]
  miscounted:
    - {stay: "May 6-30, 2024", days: 24, why: "on the same general hospital's distinct-part psychiatric unit (CCN 52S041)"}
    - {stay: "March 3-17, 2025", days: 14, why: "on the same general hospital's distinct-part psychiatric unit (CCN 52S041)"}
treatment:
  name: Inpatient psychiatric care on a distinct-part unit, 09/08/2026-09/26/2026, with a course of ECT
  summary: >-
    An 18-day admission for severe recurrent depression with psychotic features; 6 ECT treatments during the stay;
    discharged to outpatient care with remission of psychotic symptoms.
clinical:
  severity: HAM-D 31 on 09/08/2026; HAM-D 11 on 09/25/2026
  severity_date: 2026-09-25
  suicidality: passive
  suicidality_date: 2026-09-08
  response: HAM-D 31 (09/08/2026) to 11 (09/25/2026)
  response_level: response
  history:
    - drug: Electroconvulsive therapy (2019 course)
      dose: 10 treatments
      start: 2019-11
      end: 2019-12
      kind: neuromodulation
      sessions: 10
      response: remission
      outcome: Remission of the 2019 episode (an earlier episode, not a failed course)
      evidence: {file: clinical/discharge-summary-2026-09-26.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2024-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/discharge-summary-2026-09-26.txt, page: 1}
    - drug: Trazodone
      dose: 25 mg at bedtime for sleep
      start: 2025-03
      ongoing: true
      kind: other
      outcome: Sleep dose only; not a trial
      evidence: {file: clinical/discharge-summary-2026-09-26.txt, page: 1}
author:
  name: Lorna Byczek
  role: Patient financial services appeals specialist, Lakeshore General Hospital (for the hospital, the provider that is a party to the claim)
  relation: representative
  address: |-
    Lakeshore General Hospital (FICTIONAL), Patient Financial Services, 1200 Wisconsin Avenue
    Racine, WI 53403
  phone: (262) 555-0157
  email: lbyczek@lakeshoregeneral.example
provider:
  name: Lakeshore General Hospital, Behavioral Health Unit (distinct-part psychiatric unit, CCN 52S041)
  npi: "1309456725"
  address: |-
    Lakeshore General Hospital (FICTIONAL), 1200 Wisconsin Avenue
    Racine, WI 53403
  phone: (262) 555-0150
record_dates:
  - file: clinical/discharge-summary-2026-09-26.txt
    date: 2026-09-26
bates_prefix: PRUSZYNSKI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/medicare-redetermination-2026-11-02.txt": """
MEDICARE REDETERMINATION NOTICE (FICTIONAL) - Heartland Medicare Administrative Services, Part A (FICTIONAL MAC)
Date of this decision: 11/02/2026
Beneficiary: Walter Pruszynski   Medicare number 4FT7-QX2-RM58 (FICTIONAL)   Claim 22630928410207WIA
Provider: Lakeshore General Hospital (CCN 52S041)   Dates: 09/08/2026-09/26/2026   Revenue codes 0114, 0901
Page 1 of 1
Initial determination (remittance of 10/05/2026): The beneficiary has used the 190-day lifetime limit on
inpatient psychiatric hospital care (190 of 190 days used as of 03/17/2025). Days 09/08/2026-09/26/2026 are not
covered. (CARC 119)
Our decision: UNFAVORABLE. Medicare records show 190 lifetime psychiatric days used: Pinewood Psychiatric Hospital,
152 days (2019-2021); Lakeshore General Hospital, 24 days (05/06/2024-05/30/2024) and 14 days
(03/03/2025-03/17/2025). The limit is exhausted and the denial is affirmed.
Next level: You have 180 days from the date you receive this decision to request a reconsideration by the Qualified
Independent Contractor: Great Lakes Reconsideration Contractor, Part A East, PO Box 183044, Columbus, OH 43218.
We presume you received this decision 5 days after the date above.
Note: Part B claims of the treating psychiatrist for ECT (90870) on these dates were paid and are not at issue.
""",
"other/lakeshore-distinct-part-unit-letter-2026-11-10.txt": """
LAKESHORE GENERAL HOSPITAL (FICTIONAL) - OFFICE OF THE CHIEF FINANCIAL OFFICER           11/10/2026
Re: Medicare status of the Behavioral Health Unit
Page 1 of 1
Lakeshore General Hospital is an acute care general hospital (CCN 520417). Its 22-bed Behavioral Health Unit on the
fourth floor is a distinct-part psychiatric unit, excluded from the inpatient prospective payment system and paid
under the inpatient psychiatric facility prospective payment system, with its own CMS Certification Number, 52S041,
since 07/01/2014. Every inpatient psychiatric stay at this hospital since that date, including the stays of
05/06/2024-05/30/2024, 03/03/2025-03/17/2025 and 09/08/2026-09/26/2026, was on this unit and was billed under CCN 52S041.
Lakeshore General Hospital has never been a psychiatric hospital.
Signed: Kevin Marchetti, CFO
""",
"other/ipf-exclusion-notice-2014-06-20.txt": """
NOTICE OF EXCLUSION OF A HOSPITAL UNIT (FICTIONAL COPY, as kept in the hospital's files)        06/20/2014
To: Lakeshore General Hospital, Racine, WI (CCN 520417)
Page 1 of 1
The hospital's psychiatric unit meets the requirements for exclusion as a distinct-part psychiatric unit effective
07/01/2014 and is assigned CCN 52S041.
""",
"other/medicare-summary-notice-2025-04.txt": """
MEDICARE SUMMARY NOTICE, PART A (FICTIONAL COPY)                          04/2025
Walter Pruszynski   Medicare number 4FT7-QX2-RM58 (FICTIONAL)
Page 1 of 1
Lakeshore General Hospital, 03/03/2025-03/17/2025: approved. Inpatient psychiatric days used this stay: 14.
Lifetime inpatient psychiatric days used: 190 of 190.
""",
"clinical/discharge-summary-2026-09-26.txt": """
LAKESHORE GENERAL HOSPITAL (FICTIONAL) - BEHAVIORAL HEALTH UNIT (CCN 52S041)
DISCHARGE SUMMARY                                                            Date: 09/26/2026
Patient: Walter Pruszynski   DOB 01/30/1952   Attending: Miriam Oduya-Feld, MD (NPI 1622058174)
Page 1 of 1
Admitted 09/08/2026, discharged 09/26/2026 (18 days). Diagnosis: major depressive disorder, recurrent, severe with
psychotic features (F33.3).
Admission: HAM-D 31; nihilistic delusions; poor oral intake; passive wish to die, no plan or intent.
Course: 6 ECT treatments 09/11-09/24/2026; delusions resolved; eating normally. HAM-D 11 on 09/25/2026.
History: ECT 10 treatments 11/2019-12/2019, remission of the 2019 episode (after a stay at Pinewood Psychiatric
Hospital); sertraline 150 mg since 06/2024, partial response, continued; trazodone 25 mg at bedtime for sleep.
Discharge plan: outpatient psychiatry in 1 week; continuation ECT to be assessed.
""",
}

TRUTH = """# 04 - Original Medicare Part A: the 190-day limit counted distinct-part unit days; QIC reconsideration by the hospital's appeals specialist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL). The Medicare number is an invented
MBI-shaped string.

## What is true
- Walter Pruszynski, **74**, Racine, WI, has **Original Medicare** (Part A). He was an inpatient **09/08-09/26/2026 (18
  days)** on the **Behavioral Health Unit of Lakeshore General Hospital**, a general hospital (CCN 520417) whose unit is
  a **distinct-part psychiatric unit (CCN 52S041 since 07/01/2014)**.
- Medicare denied the stay (remittance 10/05/2026, CO-119) as over the **190-day lifetime limit**; the MAC's
  **redetermination of 11/02/2026** upheld, listing 190 days: **Pinewood Psychiatric Hospital 152 days (2019-2021)** and
  two Lakeshore stays, **24 days (05/06-05/30/2024)** and **14 days (03/03-03/17/2025)**.
- The **190-day lifetime limit** (42 CFR 409.62) reaches care in a **psychiatric hospital**; days in a **distinct-part
  psychiatric unit of a general hospital** do not count. The 38 Lakeshore days were counted wrongly; the correct count
  is **152**, leaving 38 days: the 18-day stay is within the limit.
- The Lakeshore stays were all on the unit (CFO letter of 11/10/2026; 2014 exclusion notice).
- **Stage and rule:** **QIC reconsideration**, 42 CFR 405.960-405.978; 180 days from receipt of the redetermination,
  receipt presumed 5 days after 11/02/2026: **by 05/06/2027** (405.962). The hospital is a party to its own Part A claim.
- Clinical: F33.3, 6 ECT during the stay, HAM-D 31 -> 11. Necessity is not the ground.

## Deliberately unknown
- Whether the Pinewood days include days before Medicare entitlement (42 CFR 409.63 pre-entitlement rule): not in
  the case; a letter must not argue them.
- Whether Medicare also miscounted the 2025 stay's payment: it was paid; whether anything must be re-run for 2025 is
  not in the case (the letter may ask the day count to be corrected, not the 2025 claim reopened).

## Traps
- **Document, not medicine.** The winning point is the unit's status (distinct part, CCN 52S041) in the hospital's
  letter and the exclusion notice; the 190-day limit does not reach these days. No medical-necessity argument,
  no peer-to-peer.
- **Never dispute the 152 Pinewood days**: Pinewood is a psychiatric hospital; those days count.
- **A decision's stated fact the record contradicts:** "190 of 190 days used" (and the 04/2025 MSN that already
  showed it: a stale, wrong count, not a proof).
- **Original Medicare has no plan terms:** no "plan's own terms", no EOC, no Medicare Advantage rules (42 CFR 422),
  no IRE "automatic" forwarding; no expedited appeal (care done). No ERISA, no parity.
- **Not at issue:** the psychiatrist's Part B ECT claims (90870) were paid.
- **Sertraline continues** with a partial response (never "failed"); **trazodone 25 mg** is a sleep dose; the **2019 ECT
  course** brought remission of an earlier episode (never "failed ECT").
- **Suicidality:** passive at admission (09/08/2026), no plan; never "active".
- **Voice:** the hospital's appeals specialist writes for the hospital, about "Mr. Pruszynski"; not a clinician; no
  "I" as the patient; not "Dr.".

## Arguments a strong letter makes (strongest first)
1. The 09/08-09/26/2026 stay was on a **distinct-part psychiatric unit of a general hospital (CCN 52S041)**; 42 CFR
   409.62's limit reaches psychiatric hospitals, not such units. The stay is not subject to the limit (hospital
   letter, exclusion notice).
2. The count is wrong: the **24 days (2024) and 14 days (2025)** on the same unit do not belong in it; the correct count
   is 152 (Pinewood); ask the QIC to reverse and have Medicare's day count corrected.
3. Pay the 18-day stay.

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "expedited".
- "Pinewood days do not count"; "Lakeshore is a psychiatric hospital"; "190 days used" as true.
- "plan", "plan's terms", "Evidence of Coverage", "42 CFR 422", "ERISA", "MHPAEA", "independent review entity
  automatically".
- The ECT Part B claims as part of this appeal.
- "failed sertraline"; trazodone as a trial; "failed ECT"; "active suicidal ideation".
"""

ANSWERS = [
    ("other/lakeshore-distinct-part-unit-letter-2026-11-10.txt", "is a distinct-part psychiatric unit"),
    ("other/lakeshore-distinct-part-unit-letter-2026-11-10.txt", "52S041"),
    ("other/lakeshore-distinct-part-unit-letter-2026-11-10.txt", "has never been a psychiatric hospital"),
    ("other/ipf-exclusion-notice-2014-06-20.txt", "effective 07/01/2014"),
    ("denial/medicare-redetermination-2026-11-02.txt", "Pinewood Psychiatric Hospital,\n152 days (2019-2021)"),
    ("denial/medicare-redetermination-2026-11-02.txt", "24 days (05/06/2024-05/30/2024)"),
    ("denial/medicare-redetermination-2026-11-02.txt", "We presume you received this decision 5 days after the date above."),
    ("denial/medicare-redetermination-2026-11-02.txt", "ECT (90870) on these dates were paid and are not at issue"),
    ("other/medicare-summary-notice-2025-04.txt", "190 of 190"),
    ("clinical/discharge-summary-2026-09-26.txt", "discharged 09/26/2026 (18 days)"),
    ("clinical/discharge-summary-2026-09-26.txt", "sertraline 150 mg since 06/2024, partial response, continued"),
    ("clinical/discharge-summary-2026-09-26.txt", "trazodone 25 mg at bedtime for sleep"),
    ("clinical/discharge-summary-2026-09-26.txt", "remission of the 2019 episode"),
    ("clinical/discharge-summary-2026-09-26.txt", "passive wish to die, no plan or intent"),
    ("truth", "by 05/06/2027"),
    ("truth", "the correct count\n  is **152**"),
]
