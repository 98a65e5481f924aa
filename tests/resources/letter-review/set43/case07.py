# FICTIONAL case data, letters set 43, case 07 (issue 18). Every person, plan, provider, number and address is invented.
SLUG = "07-county-self-funded-iop-no-precert-spd-says-300-penalty-first-appeal-patient-advocate"

CASE_YAML = r'''
# FICTIONAL CASE (set 43, case 07) - every person, plan, provider, number and address is invented.
# County employees' plan, self-funded, Washington, 1,150 employees. Nathaniel Okoro-Lindqvist, 47, attended an
# in-network adult intensive outpatient program (24 program days, 08/17-10/09/2026) without precertification, which
# the plan's SPD puts on the member for IOP. The claim was denied in full, "not covered without precertification"
# (CO-197). The Plan Year 2026-27 SPD says a missed precertification reduces the benefits by $300 and the rest is
# paid under the plan's terms. The program billed him and he has paid $2,160.00 so far. An independent patient
# advocate, his authorized representative, writes the first appeal.
patient:
  name: Nathaniel Okoro-Lindqvist
  salutation: Mr. Okoro-Lindqvist
  date_of_birth: 1979-06-02
  member_id: FICT-CRC-318845067
  address: |-
    1412 Riverside Avenue
    Mount Vernon, WA 98273
  phone: (360) 555-0115
insurer:
  name: Evergreen Plan Services, claims administrator for the Cascade Ridge County Employee Benefit Plan (FICTIONAL)
  appeals_address: |-
    Evergreen Plan Services - Appeals (FICTIONAL)
    PO Box 6620
    Everett, WA 98206
  fax: (425) 555-0161
claim:
  number: EPS-26-1016-70342
  plan_type: governmental
  funding: self_funded
  employees: 1150
  notice_date: 2026-10-27
  appeal_deadline: 2027-04-25
  deadline_basis: >-
    Explanation of benefits of 10/27/2026: "You may appeal within 180 days after you receive this notice"; counted
    here from the notice date, without mailing days.
  service_dates: [2026-08-17, 2026-10-09]
  sessions: 24
  setting: intensive_outpatient
  procedure_codes: [S9480]
  revenue_codes: ["0905"]
  diagnosis_codes: [F33.1, F41.1]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification was not obtained. Intensive outpatient program services are not covered without
    precertification. (CARC 197)
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  coding_correct: true
  action: none
prior_auth:
  reason_missing: >-
    The program's intake coordinator told him on 08/12/2026 that the program would call the plan for him; no one
    did, and he learned of it from the denial.
  missed_notice:
    quote: >-
      If precertification is not obtained for an inpatient stay, residential treatment, a partial hospitalization
      program or an intensive outpatient program, benefits for that stay or program are reduced by $300. If the care
      is medically necessary, the rest of the claim is paid under the Plan's terms.
    penalty: a $300 reduction of the benefits for the program
plan_policy:
  name: Cascade Ridge County Employee Benefit Plan, Summary Plan Description for the Plan Year beginning 07/01/2026, Section 5.3 "Precertification"
  number: Section 5.3
  quote: >-
    You are responsible for precertification of an inpatient stay, residential treatment, a partial hospitalization
    program or an intensive outpatient program, even at a network facility. If precertification is not obtained for
    an inpatient stay, residential treatment, a partial hospitalization program or an intensive outpatient program,
    benefits for that stay or program are reduced by $300. If the care is medically necessary, the rest of the claim
    is paid under the Plan's terms.
  file: other/spd-plan-year-2026-27-section-5-excerpt.txt
treatment:
  name: Adult intensive outpatient program (IOP), 24 program days, 3 hours a day, 3 days a week
  summary: >-
    An 8-week intensive outpatient program for recurrent major depression and generalized anxiety after weekly
    therapy and two antidepressants did not hold him at work; the claim was denied only for the missing
    precertification.
clinical:
  severity: PHQ-9 19 and GAD-7 16 at admission (08/17/2026); PHQ-9 8 and GAD-7 7 at discharge (10/09/2026)
  severity_date: 2026-10-09
  suicidality: none
  suicidality_date: 2026-10-09
  response: PHQ-9 19 (08/17/2026) to 8 (10/09/2026); GAD-7 16 to 7; back at work full time from 10/12/2026
  response_level: response
  episode_onset: 2026-02
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2026-02-09
      end: 2026-05-04
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks; stopped
      evidence: {file: clinical/iop-admission-assessment-2026-08-17.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2026-05
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the program
      evidence: {file: clinical/iop-admission-assessment-2026-08-17.txt, page: 1}
    - drug: Outpatient psychotherapy
      dose: weekly, 14 sessions
      start: 2026-03
      end: 2026-06
      kind: psychotherapy
      sessions: 14
      adequate: true
      response: partial
      outcome: Partial benefit; on leave from work 07/2026
      evidence: {file: clinical/iop-admission-assessment-2026-08-17.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime
      start: 2026-03
      ongoing: true
      kind: other
      outcome: For sleep; not a trial
      evidence: {file: clinical/iop-admission-assessment-2026-08-17.txt, page: 1}
impact:
  work: On medical leave from his county road-maintenance supervisor job 07/13/2026-10/09/2026; back full time 10/12/2026.
author:
  name: Celeste Ambrose-Kerr
  role: Independent patient advocate, Northwest Claims Advocacy (authorized representative)
  relation: representative
  authorization: other/authorized-representative-designation-2026-11-09.txt
  address: |-
    Northwest Claims Advocacy (FICTIONAL), 220 South First Street, Suite 8
    Mount Vernon, WA 98273
  phone: (360) 555-0129
  email: celeste@nwclaimsadvocacy.example
provider:
  name: Puget Sound Behavioral Health, Adult Intensive Outpatient Program
  credentials: network facility of the plan
  npi: "1560381273"
  address: |-
    700 South 2nd Street
    Mount Vernon, WA 98273
  phone: (360) 555-0144
employer:
  name: Cascade Ridge County, Human Resources - Benefits (FICTIONAL)
  address: |-
    1800 Continental Place
    Mount Vernon, WA 98273
copies: [employer]
expenses:
  - {date: 2026-11-02, item: "Payment to Puget Sound Behavioral Health for the IOP after the denial (payment plan, 1 of 3)", amount: 720.00, paid: 720.00}
  - {date: 2026-11-16, item: "Payment to Puget Sound Behavioral Health for the IOP (payment plan, 2 of 3)", amount: 1440.00, paid: 1440.00}
reimbursement:
  amount_billed: "$5,280.00"
  amount_paid: "$2,160.00"
record_dates:
  - file: clinical/iop-admission-assessment-2026-08-17.txt
    date: 2026-08-17
  - file: clinical/iop-discharge-summary-2026-10-09.txt
    date: 2026-10-09
bates_prefix: OKOROLINDQVIST
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/explanation-of-benefits-2026-10-27.txt": '''
EVERGREEN PLAN SERVICES (FICTIONAL) - for the Cascade Ridge County Employee Benefit Plan (self-funded)
EXPLANATION OF BENEFITS                                                    Date: 10/27/2026
Member: Nathaniel Okoro-Lindqvist   ID FICT-CRC-318845067   Claim EPS-26-1016-70342 (received 10/16/2026)
Provider: Puget Sound Behavioral Health, Adult IOP (network)   Services 08/17/2026-10/09/2026
Revenue code 0905 / S9480 x24 days   Billed $5,280.00   Allowed $0.00   Plan paid $0.00   You owe $5,280.00
CARC 197: Precertification was not obtained. Intensive outpatient program services are not covered without
precertification.

You may appeal within 180 days after you receive this notice. Write to Appeals, PO Box 6620, Everett, WA 98206,
or fax (425) 555-0161.
''',
    "clinical/iop-admission-assessment-2026-08-17.txt": '''
PUGET SOUND BEHAVIORAL HEALTH (FICTIONAL) - ADULT IOP ADMISSION ASSESSMENT          Date: 08/17/2026
Patient: Nathaniel Okoro-Lindqvist   DOB 06/02/1979   Page 1 of 1
Diagnoses: major depressive disorder, recurrent, moderate (F33.1); generalized anxiety disorder (F41.1). Episode
since 02/2026. PHQ-9 19, GAD-7 16. No suicidal ideation. On medical leave from work since 07/13/2026.
Medicines: escitalopram 20 mg daily 02/09/2026-05/04/2026, 12 weeks, no response, stopped; bupropion XL 300 mg daily
since 05/2026, partial response, continued; melatonin 3 mg at bedtime.
Psychotherapy: weekly outpatient therapy, 14 sessions 03/2026-06/2026, partial benefit.
Earlier episode: 2016, outpatient therapy alone, full remission.
Program: 3 hours a day, Monday, Wednesday, Friday, 8 weeks.
Intake coordinator note 08/12/2026: "Told pt we will call his plan re: authorization." [No call is recorded.]
''',
    "clinical/iop-discharge-summary-2026-10-09.txt": '''
PUGET SOUND BEHAVIORAL HEALTH (FICTIONAL) - ADULT IOP DISCHARGE SUMMARY             Date: 10/09/2026
Patient: Nathaniel Okoro-Lindqvist   DOB 06/02/1979   Page 1 of 1
Attended 24 of 24 program days, 08/17/2026-10/09/2026 (the Labor Day session was held on Tuesday 09/08/2026).
PHQ-9 8, GAD-7 7 at discharge. Returns to work full time 10/12/2026. Bupropion XL continued; melatonin continued.
Group roster (initials, for attendance only): N.O.-L., K.T., M.R., S.B., D.V.
Aftercare: weekly therapy.
''',
    "other/spd-plan-year-2026-27-section-5-excerpt.txt": '''
CASCADE RIDGE COUNTY EMPLOYEE BENEFIT PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION, PLAN YEAR BEGINNING 07/01/2026
(excerpt)                                                                           Page 29 of 104
Section 5.3 Precertification
You are responsible for precertification of an inpatient stay, residential treatment, a partial hospitalization
program or an intensive outpatient program, even at a network facility. If precertification is not obtained for an
inpatient stay, residential treatment, a partial hospitalization program or an intensive outpatient program,
benefits for that stay or program are reduced by $300. If the care is medically necessary, the rest of the claim is
paid under the Plan's terms.
Section 6.2 Mental health, intensive outpatient program (network): 80% after the deductible.
''',
    "other/spd-plan-year-2024-25-section-5-excerpt.txt": '''
CASCADE RIDGE COUNTY EMPLOYEE BENEFIT PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION, PLAN YEAR BEGINNING 07/01/2024
(excerpt)
Section 5.3 Precertification
Services that require precertification are not covered if precertification is not obtained.
[Replaced from 07/01/2025; kept in the member's files.]
''',
    "other/payment-receipts-2026-11.txt": '''
PUGET SOUND BEHAVIORAL HEALTH (FICTIONAL) - PATIENT PAYMENT RECEIPTS
Account: Nathaniel Okoro-Lindqvist   IOP 08/17/2026-10/09/2026   Balance billed after plan denial: $5,280.00
11/02/2026  payment plan 1 of 3   $720.00
11/16/2026  payment plan 2 of 3   $1,440.00
Paid to date: $2,160.00   Remaining: $3,120.00
''',
    "other/authorized-representative-designation-2026-11-09.txt": '''
DESIGNATION OF AUTHORIZED REPRESENTATIVE (FICTIONAL)                              Signed 11/09/2026
Member: Nathaniel Okoro-Lindqvist   ID FICT-CRC-318845067
I designate Celeste Ambrose-Kerr of Northwest Claims Advocacy to act for me in my appeal of claim EPS-26-1016-70342,
and to receive my records and the plan's decisions.
Signed: Nathaniel Okoro-Lindqvist
''',
}

TRUTH = r'''
# 07 - County employees' self-funded plan: an in-network IOP denied in full for a missed precertification although the SPD's penalty is $300; first appeal by a patient advocate (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Nathaniel Okoro-Lindqvist, 47 (DOB 06/02/1979), Cascade Ridge County Employee Benefit Plan, **self-funded
  governmental** (1,150 employees; administrator Evergreen Plan Services), Washington.
- **Adult IOP, 24 program days, 08/17/2026-10/09/2026**, at a **network** facility; no precertification was
  obtained (the SPD puts IOP precertification on the member; the program's coordinator said on 08/12/2026 it would
  call and did not).
- The EOB of **10/27/2026** (CO-197) denies everything: "not covered without precertification".
- The **SPD for the Plan Year beginning 07/01/2026, Section 5.3**: a missed precertification for an IOP **reduces
  benefits by $300**; if the care is medically necessary, **the rest of the claim is paid** under the plan's terms.
  Section 6.2: network IOP at 80% after the deductible. The 2024-25 SPD (no coverage without precertification) was
  replaced from 07/01/2025.
- Billed $5,280.00; he has **paid $2,160.00** (11/02 and 11/16/2026) on a payment plan; $3,120.00 remains.
- Clinically: PHQ-9 19 -> 8; back at work full time 10/12/2026; escitalopram failed (12 weeks); bupropion XL
  **continues**.
- **Rule and stage:** first internal appeal, post-service; **180 days: by 04/25/2027** counted from the notice; a
  non-federal governmental plan is under 45 CFR 147.136 (which applies the claims rule, 29 CFR 2560.503-1, to it),
  not ERISA itself.
- **Author:** independent patient advocate, authorized representative (designation of 11/09/2026).

## Deliberately unknown
- The plan's allowed amount, his deductible status, and so the sum the plan owes: a letter must not state it; it
  asks that the claim be processed with the $300 reduction and that what he paid above his share be repaid
  (through the provider's refund or the plan's payment to him).
- Whether the plan will review medical necessity: it has not; the letter asks for that review, and must not say
  the plan found the care necessary.
- Whether the program is liable to hold him harmless under its network contract: not in the case; a letter may ask.

## Traps
- **Plan document, not medicine.** The winning point is SPD 5.3's own consequence of a missed precertification: a
  $300 reduction, not a denial. Not a "retroactive authorization" alone, not emergency care, not "no
  precertification was required".
- **Stale document:** the 2024-25 SPD's "not covered" rule was replaced; not the terms in force on the dates of care.
- **Other people on a document:** the discharge summary's group roster (K.T., M.R., S.B., D.V.).
- **Drug still taken:** bupropion XL continues (partial); melatonin is for sleep; the 2016 therapy remission is an
  earlier episode, never a failure. No suicidal ideation.
- **Plan type:** governmental, self-funded: no ERISA citation as the plan's law (29 CFR 2560.503-1 only as applied
  through 45 CFR 147.136), no Medicaid/Medicare rules, no state insurance department jurisdiction over a
  self-funded plan asserted.
- **Voice:** the advocate writes about "Mr. Okoro-Lindqvist"; never "I" as the patient.
- **Numbers:** $2,160.00 paid (not $5,280.00); 24 program days (not 24 weeks).

## Arguments a strong letter makes (strongest first)
1. The SPD in force for these dates (Plan Year beginning 07/01/2026, Section 5.3) states what a missed
   precertification costs: a $300 reduction of the benefits, with the rest of the claim paid under the plan's
   terms. A denial of the whole claim goes beyond the plan's own penalty. Process the claim at the network IOP
   benefit less $300.
2. The care was medically necessary, and the record shows it (PHQ-9 19 -> 8, back at work); review it on those
   records if the plan doubts it.
3. He has paid $2,160.00; ask that the claim's processing let that be returned (less his cost share and the $300),
   with the receipts as proof.

## What a letter must NOT say
- "not covered without precertification" as the plan's rule; "the member failed to obtain precertification" as a
  ground for denial beyond $300.
- "emergency", "urgently needed", "precertification was not required".
- "$5,280.00 paid"; a sum the plan owes.
- "K.T.", "M.R.", "S.B.", "D.V.".
- "failed bupropion", "stopped bupropion"; melatonin as a trial; "suicidal".
- "ERISA" as the plan's law, "Medicaid", "Medicare", "state insurance commissioner" jurisdiction.
'''

ANSWERS = [
    ("denial words", "Intensive outpatient program services are not covered without precertification.", "denial/explanation-of-benefits-2026-10-27.txt"),
    ("penalty", "benefits for that stay or program are reduced by $300", "other/spd-plan-year-2026-27-section-5-excerpt.txt"),
    ("rest paid", "the rest of the claim is paid under the Plan's terms", "other/spd-plan-year-2026-27-section-5-excerpt.txt"),
    ("plan year", "PLAN YEAR BEGINNING 07/01/2026", "other/spd-plan-year-2026-27-section-5-excerpt.txt"),
    ("member's duty", "You are responsible for precertification", "other/spd-plan-year-2026-27-section-5-excerpt.txt"),
    ("IOP benefit", "80% after the deductible", "other/spd-plan-year-2026-27-section-5-excerpt.txt"),
    ("stale SPD", "Replaced from 07/01/2025", "other/spd-plan-year-2024-25-section-5-excerpt.txt"),
    ("program days", "Attended 24 of 24 program days, 08/17/2026-10/09/2026", "clinical/iop-discharge-summary-2026-10-09.txt"),
    ("response", "PHQ-9 8, GAD-7 7 at discharge", "clinical/iop-discharge-summary-2026-10-09.txt"),
    ("other people", "K.T., M.R., S.B., D.V.", "clinical/iop-discharge-summary-2026-10-09.txt"),
    ("paid", "Paid to date: $2,160.00", "other/payment-receipts-2026-11.txt"),
    ("still taken", "bupropion XL 300 mg daily since 05/2026, partial response, continued", "clinical/iop-admission-assessment-2026-08-17.txt"),
    ("failed trial", "escitalopram 20 mg daily 02/09/2026-05/04/2026, 12 weeks, no response", "clinical/iop-admission-assessment-2026-08-17.txt"),
    ("coordinator", "Told pt we will call his plan re: authorization.", "clinical/iop-admission-assessment-2026-08-17.txt"),
    ("deadline", "by 04/25/2027", "truth"),
    ("author", "I designate Celeste Ambrose-Kerr", "other/authorized-representative-designation-2026-11-09.txt"),
]
