"""FICTIONAL case 03: self-funded employer plan; IV ketamine precertification faxed before care and never decided; second level by the clinic."""
SLUG = "03-self-funded-employer-ketamine-infusions-precert-faxed-before-care-never-decided-second-level-clinic"

CASE_YAML = r'''
# FICTIONAL CASE (letters set 50, case 03) - every person, plan, administrator, provider, number and address is invented.
# Self-funded employer plan (3,800 employees). The clinic faxed a precertification request for six IV ketamine
# infusions on 08/20/2026 to the UM fax the 2026 SPD gives; the administrator logged it (UM-26-0820-5531), pended it
# for records on 08/24, received them 08/25 and never decided it. The infusions (09/14-09/25/2026) were denied CO-197;
# the first-level decision of 11/12/2026 says the request came 09/16/2026, after care began. The clinic's practice
# manager files the second-level appeal for the clinic, a party to its claim.
patient:
  name: Darnell Whitcombe-Ayala
  salutation: Mr. Whitcombe-Ayala
  date_of_birth: 1987-01-30
  member_id: FICT-SUM-448120937
  address: |-
    2406 E Sprague Avenue, Apt 12
    Spokane, WA 99202
  phone: (509) 555-0121
insurer:
  name: Summitline Freight Employee Health Plan, administered by Evergreen Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Evergreen Benefit Administrators - Appeals Unit (FICTIONAL)
    PO Box 30877
    Spokane, WA 99220
  fax: (509) 555-0164
claim:
  number: EBA-26-1009-771560
  plan_type: employer_erisa
  funding: self_funded
  employees: 3800
  stage: second level
  notice_date: 2026-10-09
  appeal_deadline: 2027-01-11
  deadline_basis: >-
    First-level appeal decision of 11/12/2026: "You may request a second-level appeal within 60 days of the date of
    this letter."
  service_dates: [2026-09-14, 2026-09-16, 2026-09-18, 2026-09-21, 2026-09-23, 2026-09-25]
  sessions: 6
  setting: outpatient
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: Precertification required; not obtained. (CARC 197)
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  coding_correct: true
  action: none
plan_policy:
  name: Summitline Freight Employee Health Plan, Summary Plan Description 2026, Section 7.3 "Precertification"
  number: Section 7.3
  quote: >-
    Precertification must be requested before the services are received, by the provider or the member, by calling
    or faxing Utilization Management at (509) 555-0163. We will decide a precertification request within 15 days
    after we receive it. If we need more information, we will tell you within those 15 days, and the time to decide
    stops until we receive it.
  file: other/spd-2026-section-7-3-excerpt.txt
prior_auth:
  requested_on: 2026-08-20
  never_decided: true
  reference: UM-26-0820-5531
  pended_on: 2026-08-24
  pended_for: clinical records, faxed by the clinic on 08/25/2026
  proof:
    - other/fax-confirmation-precert-request-2026-08-20.txt
    - other/administrator-portal-printout-2026-10-14.txt
    - other/fax-confirmation-records-2026-08-25.txt
decisions:
  - date: 2026-11-12
    outcome: denied
    stage: first-level appeal
    opens: second level
    next_deadline: 2027-01-11
    reason: >-
      The denial is upheld. Our records show the precertification request was received on 09/16/2026, after
      services began on 09/14/2026. The plan does not grant retroactive precertification.
    corrections:
      - said: Our records show the precertification request was received on 09/16/2026, after services began on 09/14/2026.
        record: >-
          The fax confirmation shows the request sent to Utilization Management at (509) 555-0163 on 08/20/2026
          (14 pages, result OK), and the administrator's own portal shows request UM-26-0820-5531 "Received
          08/20/2026", pended for records 08/24/2026, records received 08/25/2026, "Determination: none". The call
          of 09/16/2026 was the clinic's status call about that request.
        file: [other/fax-confirmation-precert-request-2026-08-20.txt, other/administrator-portal-printout-2026-10-14.txt]
        page: 1
treatment:
  name: Intravenous ketamine infusions for treatment-resistant depression, 6 infusions (96365, 96366, J3490)
  summary: >-
    An induction series of six IV ketamine infusions over two weeks for treatment-resistant recurrent major
    depression, after four adequate treatment trials and a TMS course without remission.
  setting: An outpatient infusion suite with continuous monitoring by an anesthesiologist-led team
clinical:
  severity: MADRS 36 on 09/14/2026; MADRS 17 on 09/25/2026
  severity_date: 2026-09-25
  suicidality: passive
  suicidality_date: 2026-09-14
  response: MADRS 36 (09/14/2026) to 17 (09/25/2026)
  response_level: response
  episode_onset: 2024-01
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-02
      end: 2024-09
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No meaningful response after 7 months at full dose; stopped
      evidence: {file: clinical/ketamine-infusion-summary-2026-09-25.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2024-10
      end: 2025-01
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks; stopped
      evidence: {file: clinical/ketamine-infusion-summary-2026-09-25.txt, page: 1}
    - drug: TMS
      dose: 36 sessions
      start: 2025-02
      end: 2025-04
      sessions: 36
      kind: neuromodulation
      adequate: true
      failed: true
      response: none
      outcome: Full course of 36 sessions; no response
      evidence: {file: clinical/ketamine-infusion-summary-2026-09-25.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily
      start: 2025-05
      end: 2025-06
      weeks: 4
      kind: augmentation
      adequate: false
      outcome: Stopped after 4 weeks for akathisia (intolerance)
      evidence: {file: clinical/ketamine-infusion-summary-2026-09-25.txt, page: 1}
    - drug: Vortioxetine
      dose: 20 mg daily
      start: 2025-07
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with the infusions
      evidence: {file: clinical/ketamine-infusion-summary-2026-09-25.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2024-03
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/ketamine-infusion-summary-2026-09-25.txt, page: 1}
author:
  name: Renee Castellano-Price
  role: Practice manager, Inland Ketamine and Infusion Clinic (the treating clinic)
  relation: provider
  address: |-
    Inland Ketamine and Infusion Clinic (FICTIONAL), 901 W 2nd Avenue, Suite 210
    Spokane, WA 99201
  phone: (509) 555-0127
  email: rcprice@inland-infusion.example
provider:
  name: Inland Ketamine and Infusion Clinic
  credentials: Network provider of the plan
  npi: "1533159962"
  address: |-
    901 W 2nd Avenue, Suite 210
    Spokane, WA 99201
  phone: (509) 555-0127
employer:
  name: Summitline Freight, Inc., Benefits Office (FICTIONAL)
  address: |-
    4400 N Market Street
    Spokane, WA 99207
copies: [employer]
record_dates:
  - file: clinical/ketamine-infusion-summary-2026-09-25.txt
    date: 2026-09-25
bates_prefix: WHITCOMBEAYALA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/eob-2026-10-09.txt": '''
EVERGREEN BENEFIT ADMINISTRATORS (FICTIONAL) for SUMMITLINE FREIGHT EMPLOYEE HEALTH PLAN
EXPLANATION OF BENEFITS                                                      Date: 10/09/2026
Member: Darnell Whitcombe-Ayala   DOB 01/30/1987   ID FICT-SUM-448120937
Provider: Inland Ketamine and Infusion Clinic, NPI 1533159962   Claim EBA-26-1009-771560
Dates 09/14/2026-09/25/2026 (6 dates)   96365 x6, 96366 x6, J3490 x6   Billed $4,980.00   Paid $0.00
CARC 197. Precertification required; not obtained.
You may appeal within 180 days of receiving this notice.
''',
"denial/first-level-appeal-decision-2026-11-12.txt": '''
EVERGREEN BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION           Date: 11/12/2026
Member: Darnell Whitcombe-Ayala   Claim EBA-26-1009-771560   Appeal received 10/20/2026 from the provider

The denial is upheld. Our records show the precertification request was received on 09/16/2026, after services
began on 09/14/2026. The plan does not grant retroactive precertification.
The medical necessity of the services was not reviewed.

You may request a second-level appeal within 60 days of the date of this letter. The Plan Administrator, Summitline
Freight, Inc., decides second-level appeals.
''',
"clinical/ketamine-infusion-summary-2026-09-25.txt": '''
INLAND KETAMINE AND INFUSION CLINIC (FICTIONAL) - INDUCTION SERIES SUMMARY           Date: 09/25/2026
Patient: Darnell Whitcombe-Ayala   DOB 01/30/1987   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2); current episode since
01/2024.
Infusions: 6, on 09/14, 09/16, 09/18, 09/21, 09/23 and 09/25/2026, 0.5 mg/kg over 40 minutes, monitored.
MADRS 36 before the first infusion, 17 after the sixth. Passive suicidal ideation at intake on 09/14/2026 (no plan);
none reported from 09/21/2026.
Trials this episode: sertraline 200 mg 02/2024-09/2024, no response, stopped; venlafaxine XR 225 mg 10/2024-01/2025
(12 weeks), no response, stopped; TMS 36 sessions 02/2025-04/2025, no response; aripiprazole 5 mg 05-06/2025 added,
stopped after 4 weeks for akathisia; vortioxetine 20 mg since 07/2025, partial response, continued. Trazodone 50 mg
at bedtime for sleep since 03/2024.
Earlier episode: escitalopram 10 mg in 2015-2016 with full remission (a different episode).
''',
"other/spd-2026-section-7-3-excerpt.txt": '''
SUMMITLINE FREIGHT EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026 (excerpt)   Page 41 of 120
Section 7.3 Precertification
Precertification must be requested before the services are received, by the provider or the member, by calling or
faxing Utilization Management at (509) 555-0163. We will decide a precertification request within 15 days after we
receive it. If we need more information, we will tell you within those 15 days, and the time to decide stops until
we receive it.
Services requiring precertification include intravenous infusions of ketamine or esketamine for a mental health
condition.
''',
"other/fax-confirmation-precert-request-2026-08-20.txt": '''
FAX TRANSMISSION REPORT - Inland Ketamine and Infusion Clinic (FICTIONAL)
Date/time: 08/20/2026 15:42   To: (509) 555-0163 (Evergreen Utilization Management)   Pages: 14   Result: OK
Cover sheet: "Precertification request - Darnell Whitcombe-Ayala, ID FICT-SUM-448120937 - IV ketamine series of 6,
planned start 09/14/2026 - records attached."
''',
"other/fax-confirmation-records-2026-08-25.txt": '''
FAX TRANSMISSION REPORT - Inland Ketamine and Infusion Clinic (FICTIONAL)
Date/time: 08/25/2026 10:07   To: (509) 555-0163 (Evergreen Utilization Management)   Pages: 22   Result: OK
Cover sheet: "Records requested 08/24/2026 for UM-26-0820-5531 - Darnell Whitcombe-Ayala."
''',
"other/administrator-portal-printout-2026-10-14.txt": '''
EVERGREEN BENEFIT ADMINISTRATORS PROVIDER PORTAL (FICTIONAL) - PRECERTIFICATION STATUS     Printed 10/14/2026
Provider: Inland Ketamine and Infusion Clinic                                      Page 1 of 1
Request UM-26-0820-5531   Member: WHITCOMBE-AYALA, DARNELL   Service: IV ketamine x6
  Received 08/20/2026 (fax)   Pended 08/24/2026: clinical records requested   Records received 08/25/2026
  Determination: none
Request UM-26-0903-5874   Member: HALVORSEN, INGRID   Service: TMS x36   Received 09/03/2026   Approved 09/10/2026
Call log: 09/16/2026 provider status call about UM-26-0820-5531 (no determination given).
''',
"other/um-quick-reference-card-2025-stale.txt": '''
EVERGREEN BENEFIT ADMINISTRATORS (FICTIONAL) - 2025 PROVIDER QUICK REFERENCE CARD
Utilization Management fax: (509) 555-0190 (plan year 2025).
[Retired: the 2026 SPD gives (509) 555-0163 from 01/01/2026; the clinic used the 2026 number.]
''',
}

TRUTH = r'''
# 03 - Self-funded employer plan: an IV ketamine precertification faxed before care and never decided; second-level appeal by the clinic (FICTIONAL)

All people, plans, administrators, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Darnell Whitcombe-Ayala, 39 (DOB 01/30/1987), is in the **Summitline Freight Employee Health Plan**, self-funded
  (3,800 employees), administered by Evergreen Benefit Administrators. He had **6 IV ketamine infusions,
  09/14-09/25/2026** (96365, 96366, J3490; F33.2) at Inland Ketamine and Infusion Clinic, a network provider. MADRS
  **36 -> 17**.
- The clinic **faxed the precertification request on 08/20/2026** (14 pages, result OK) to **(509) 555-0163**, the UM
  fax the **2026 SPD Section 7.3** gives. The administrator's own portal shows **UM-26-0820-5531 "Received
  08/20/2026"**, pended **08/24/2026** for records, records received **08/25/2026** (second fax), **"Determination:
  none"**. Section 7.3 promises a decision within 15 days of receipt (the clock stops while records are awaited);
  no decision came before 09/14/2026 or since.
- EOB **10/09/2026**: **CO-197**, "Precertification required; not obtained." First-level decision **11/12/2026**:
  "received on 09/16/2026, after services began" - the record contradicts it (09/16 was the clinic's status call).
  It also says medical necessity was not reviewed.
- **Rule and stage:** ERISA, 29 CFR 2560.503-1; this is the plan's **second-level** appeal, answering the 11/12/2026
  decision, due **by 01/11/2027** (the decision's 60 days). External review for a self-funded plan is under 29 CFR
  2590.715-2719, but whether a denial for missing precertification (no medical judgment) is eligible is not settled
  by the case.
- **Author:** the clinic's practice manager, for the clinic (a party to its own claim); no patient authorization is
  needed; she writes about "Mr. Whitcombe-Ayala".

## Deliberately unknown
- Why the administrator never decided the request: not known; a letter may ask for the request's file.
- Whether the infusions meet the plan's ketamine criteria: the plan has not reviewed it and the case holds no
  criteria; a letter must not say "every criterion is met".
- The amount the plan would allow: not in the case (only the $4,980.00 billed).
- The NDC of the ketamine vial: not in the case (J3490 is billed without it in this record).

## Traps
- **A date and the plan's own record, not medicine:** the request was made **before** care (08/20/2026), so this is
  not a request for retroactive authorization; the plan must decide it on its merits as made.
- **A decision's wrong statement:** "received on 09/16/2026" against the portal and the fax report.
- **Stale document:** the 2025 quick reference card's fax number (509) 555-0190 was retired; the clinic used the 2026
  number. A letter must not give 555-0190 as where the request went.
- **Another person on a document:** the portal's second row (Ingrid Halvorsen, TMS) is another member.
- **Drugs still taken:** vortioxetine continues (partial response) - never "failed" or "stopped"; trazodone 50 mg is a
  sleep dose; aripiprazole was stopped for akathisia after 4 weeks (intolerance, not an adequate trial). TMS is a
  session-count course (36 sessions), never judged by weeks. Escitalopram 2015-2016 remitted another episode: never a
  failure.
- **Suicidality:** passive, at intake on 09/14/2026 only; never active or current.
- **Stage and voice:** say it is the second-level appeal and quote the 11/12/2026 decision, not only the EOB; the
  clinic writes for itself, never "I" as the patient and never "on behalf of the patient" as his representative.
- **Wrong law:** no 45 CFR 147.136 as the self-funded plan's external-review rule (29 CFR 2590.715-2719), no state
  insurance department, no Medicaid or Medicare rule.

## Arguments a strong letter makes (strongest first)
1. The request was received **08/20/2026**, before care, by the plan's own portal and the fax report; Section 7.3
   required a decision within 15 days (with the clock stopped 08/24-08/25 for records) and none was ever made. The
   plan must decide request UM-26-0820-5531 on its merits as made, and pay the claim when it meets the plan's terms;
   it is no retroactive request.
2. Correct the first-level decision's statement that the request came 09/16/2026.
3. As the first-level decision says necessity was never reviewed, ask for that review now, with the record of four
   adequate treatment courses this episode (sertraline, venlafaxine XR, TMS, vortioxetine) and the response
   (MADRS 36 -> 17); ask for the claim file and the criteria used.

## What a letter must NOT say
- "retroactive authorization" as what is asked; "the request was late"; "received 09/16/2026" as a fact.
- "(509) 555-0190"; "Halvorsen".
- "every criterion is met" (no criteria in the case); a payment figure other than $4,980.00 billed.
- "failed vortioxetine", "stopped vortioxetine"; trazodone or aripiprazole as adequate trials; TMS judged by weeks;
  escitalopram as failed; "active suicidal ideation".
- "45 CFR 147.136" as the external-review rule for this plan; "state insurance department"; "I" as the patient.
'''

ANSWERS = [
    ("plan type and funding", "funding: self_funded", "case.yaml"),
    ("stage", "stage: second level", "case.yaml"),
    ("claim number", "EBA-26-1009-771560", "denial/eob-2026-10-09.txt"),
    ("CARC", "CARC 197", "denial/eob-2026-10-09.txt"),
    ("decision's wrong date", "received on 09/16/2026, after services began on 09/14/2026", "denial/first-level-appeal-decision-2026-11-12.txt"),
    ("necessity not reviewed", "The medical necessity of the services was not reviewed.", "denial/first-level-appeal-decision-2026-11-12.txt"),
    ("deadline", "within 60 days of the date of this letter", "denial/first-level-appeal-decision-2026-11-12.txt"),
    ("fax sent", "Date/time: 08/20/2026 15:42", "other/fax-confirmation-precert-request-2026-08-20.txt"),
    ("UM fax 2026", "(509) 555-0163", "other/spd-2026-section-7-3-excerpt.txt"),
    ("15-day rule", "We will decide a precertification request within 15 days after we receive it", "other/spd-2026-section-7-3-excerpt.txt"),
    ("plan's own receipt", "Received 08/20/2026 (fax)", "other/administrator-portal-printout-2026-10-14.txt"),
    ("never decided", "Determination: none", "other/administrator-portal-printout-2026-10-14.txt"),
    ("other member", "HALVORSEN, INGRID", "other/administrator-portal-printout-2026-10-14.txt"),
    ("stale fax", "(509) 555-0190", "other/um-quick-reference-card-2025-stale.txt"),
    ("intolerance", "stopped after 4 weeks for akathisia", "clinical/ketamine-infusion-summary-2026-09-25.txt"),
    ("author", "relation: provider", "case.yaml"),
]
