# FICTIONAL data for set 60, case 04 (school district plan, self-funded: timely filing met at the former administrator).
SLUG = "school-district-self-funded-ketamine-crps-timely-filing-former-administrator-first-appeal-patient"

CASE_YAML = r'''
# FICTIONAL CASE (set 60, case 04) - every person, plan, administrator, clinic, number and address is invented.
# A school district's self-funded plan (governmental). Marisa Ekwueme, 39, a teacher, had five IV ketamine
# infusions for CRPS 06/08-06/17/2026 at an out-of-network clinic and paid for them. The clinic's claim went
# through its clearinghouse on 07/22/2026 to the plan's former administrator (accepted 07/23/2026); it was
# returned on 09/18/2026 and resent to the new administrator, which denied it as late (PR-29). She appeals.
patient:
  name: Marisa Ekwueme
  salutation: Ms. Ekwueme
  date_of_birth: 1987-01-22
  member_id: FICT-RUSD-300774215
  address: |-
    1450 Juniper Hills Drive
    Reno, NV 89523
  phone: (775) 555-0125
  email: marisa.ekwueme@homemail.example
insurer:
  name: Ridgeline Unified School District Employee Benefit Plan, administered by Granite Peak Health Administrators (FICTIONAL)
  appeals_address: |-
    Granite Peak Health Administrators - Appeals (FICTIONAL)
    PO Box 20977
    Sparks, NV 89432
  fax: (775) 555-0166
claim:
  number: GPH-26-0928-50412
  plan_type: governmental
  funding: self_funded
  employees: 3400
  notice_date: 2026-10-30
  service_dates: [2026-06-08, 2026-06-10, 2026-06-12, 2026-06-15, 2026-06-17]
  setting: outpatient
  procedure_codes: [96365, 96366]
  diagnosis_codes: [G90.521]
  carc_codes: [PR-29]
  denial_reason: >-
    The time limit for filing has expired. Claims must be filed within 90 days after the date of service. Claim
    received 09/28/2026. (CARC 29)
  denial_category: timely_filing
  denial_reasons: [timely_filing]
  coding_correct: true
  action: none
plan_policy:
  name: Ridgeline Unified School District Employee Benefit Plan Document, Section 10.2 "Filing a claim"
  number: Section 10.2
  quote: >-
    Claims must be filed within 90 days after the date of service. A claim filed later will be accepted if it was
    not reasonably possible to file it within that time and it is filed as soon as reasonably possible, and in no
    event later than one year after the date of service.
  file: other/plan-document-section-10-2-excerpt.txt
  other_terms: >-
    Plan Amendment 2026-2, Section 3 (effective July 1, 2026): "Claims for services provided before July 1, 2026
    that are received by Basin Benefit Administrators within the Plan's filing period are treated as timely filed
    with the Plan."
  other_terms_file: other/plan-amendment-2026-2.txt
  other_terms_apply: >-
    All five infusions were given before July 1, 2026, and Basin Benefit Administrators received the clinic's
    claim for them on July 23, 2026, within 90 days of every date of service, so under the amendment the claim is
    timely filed with the Plan.
filing:
  first_submitted: 2026-07-22
  received: 2026-07-23
  proof:
    - other/clearinghouse-277ca-report-2026-07-23.txt
    - other/basin-return-letter-2026-09-18.txt
  limit_deadline: 2026-09-06
  method: electronic claim through the clinic's clearinghouse
  sent_to: Basin Benefit Administrators, the plan's claims administrator through 06/30/2026
  returned: 2026-09-18
  resent: 2026-09-25
treatment:
  name: IV ketamine infusions for complex regional pain syndrome, 5 infusions (96365, 96366)
  summary: >-
    Five outpatient IV ketamine infusions for complex regional pain syndrome of the right leg; the plan's denial
    concerns only the date the claim was filed.
clinical:
  severity: Pain 8/10 on 06/08/2026; pain 4/10 on 07/20/2026
  severity_date: 2026-07-20
  suicidality: none
  suicidality_date: 2026-07-20
  response: Pain 8/10 (06/08/2026) to 4/10 (07/20/2026)
  response_level: partial
  history:
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-09
      ongoing: true
      kind: other
      adequate: true
      response: partial
      outcome: Partial pain relief; continued
      evidence: {file: clinical/infusion-summary-2026-07-20.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 mg at bedtime for sleep
      start: 2025-11
      ongoing: true
      kind: other
      outcome: Sleep aid only
      evidence: {file: clinical/infusion-summary-2026-07-20.txt, page: 1}
expenses:
  - {date: 2026-06-08, item: IV ketamine infusion, amount: 650.00, paid: 650.00}
  - {date: 2026-06-10, item: IV ketamine infusion, amount: 650.00, paid: 650.00}
  - {date: 2026-06-12, item: IV ketamine infusion, amount: 650.00, paid: 650.00}
  - {date: 2026-06-15, item: IV ketamine infusion, amount: 650.00, paid: 650.00}
  - {date: 2026-06-17, item: IV ketamine infusion, amount: 650.00, paid: 650.00}
author:
  name: Marisa Ekwueme
  role: Patient, the plan member
  relation: patient
  address: |-
    1450 Juniper Hills Drive
    Reno, NV 89523
  phone: (775) 555-0125
  email: marisa.ekwueme@homemail.example
provider:
  name: Sierra Crest Pain Institute
  credentials: out-of-network pain clinic
  npi: "1206878955"
  address: |-
    2250 Sagebrush Court, Suite 210
    Reno, NV 89502
  phone: (775) 555-0138
record_dates:
  - file: clinical/infusion-summary-2026-07-20.txt
    date: 2026-07-20
bates_prefix: EKWUEME
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/explanation-of-benefits-2026-10-30.txt": r'''
GRANITE PEAK HEALTH ADMINISTRATORS (FICTIONAL), for the Ridgeline Unified School District Employee Benefit Plan
EXPLANATION OF BENEFITS                                                    Date of notice: 10/30/2026
Member: Marisa Ekwueme   ID FICT-RUSD-300774215   Provider: Sierra Crest Pain Institute (out of network)
Claim GPH-26-0928-50412   Received 09/28/2026
06/08, 06/10, 06/12, 06/15, 06/17/2026   96365, 96366   Billed $3,250.00   Paid $0.00
PR-29. The time limit for filing has expired. Claims must be filed within 90 days after the date of service.
Claim received 09/28/2026.

Your appeal rights: You may appeal within 180 days after you receive this notice. Write to Appeals, PO Box 20977,
Sparks, NV 89432, or fax (775) 555-0166.
''',
"other/clearinghouse-277ca-report-2026-07-23.txt": r'''
SILVERLINE CLAIMS EXCHANGE (FICTIONAL CLEARINGHOUSE) - PAYER ACCEPTANCE REPORT (277CA)
Submitter: Sierra Crest Pain Institute   Batch sent 07/22/2026 17:05   Report date 07/23/2026      Page 1 of 1
Line 1  EKWUEME, MARISA   DOS 06/08/2026-06/17/2026   96365 x5, 96366 x5   $3,250.00
        Payer: Basin Benefit Administrators (payer ID on member card)   Status: ACCEPTED 07/23/2026
        Payer claim control number: BBA-26-0723-11845
Line 2  TOLLIVER, DEAN R.   DOS 07/01/2026   99214   $240.00
        Payer: Summit Range Health Plan   Status: ACCEPTED 07/23/2026
Line 3  ARCENEAUX, JUNE   DOS 06/29/2026   96365   $650.00
        Payer: Basin Benefit Administrators   Status: REJECTED - member not found
''',
"other/basin-return-letter-2026-09-18.txt": r'''
BASIN BENEFIT ADMINISTRATORS (FICTIONAL)                                                Date: 09/18/2026
To: Sierra Crest Pain Institute        Re: claim BBA-26-0723-11845, Marisa Ekwueme, received 07/23/2026
We administered the Ridgeline Unified School District plan through 06/30/2026. This claim, received 07/23/2026,
is returned to you. Please file it with the plan's current administrator, Granite Peak Health Administrators.
''',
"other/plan-document-section-10-2-excerpt.txt": r'''
RIDGELINE UNIFIED SCHOOL DISTRICT EMPLOYEE BENEFIT PLAN (FICTIONAL) - PLAN DOCUMENT (excerpt)      Page 44
Section 10.2 Filing a claim
Claims must be filed within 90 days after the date of service. A claim filed later will be accepted if it was
not reasonably possible to file it within that time and it is filed as soon as reasonably possible, and in no
event later than one year after the date of service.
''',
"other/plan-amendment-2026-2.txt": r'''
RIDGELINE UNIFIED SCHOOL DISTRICT EMPLOYEE BENEFIT PLAN (FICTIONAL) - PLAN AMENDMENT 2026-2
Adopted by the Board of Trustees 05/14/2026; effective July 1, 2026.                           Page 1 of 1
Section 1. Granite Peak Health Administrators is the Plan's claims administrator from July 1, 2026.
Section 3. Claims for services provided before July 1, 2026 that are received by Basin Benefit Administrators
within the Plan's filing period are treated as timely filed with the Plan.
''',
"other/member-id-card-2025.txt": r'''
RIDGELINE UNIFIED SCHOOL DISTRICT EMPLOYEE BENEFIT PLAN (FICTIONAL) - MEMBER ID CARD (issued 01/2025)
Member: Marisa Ekwueme   ID FICT-RUSD-300774215
Claims administrator: Basin Benefit Administrators - send claims to payer ID BBA01.
[No new card was issued to the member after the change of administrator.]
''',
"clinical/infusion-summary-2026-07-20.txt": r'''
SIERRA CREST PAIN INSTITUTE (FICTIONAL) - INFUSION SERIES SUMMARY                    Date: 07/20/2026
Patient: Marisa Ekwueme   DOB 01/22/1987   Page 1 of 1
Complex regional pain syndrome type I, right lower limb (G90.521), after an ankle fracture in 2025.
IV ketamine infusions 06/08, 06/10, 06/12, 06/15 and 06/17/2026. Pain 8/10 before the series, 4/10 at follow-up on
07/20/2026. Duloxetine 60 mg daily since 09/2025 continued (partial relief); amitriptyline 10 mg at bedtime for
sleep. No suicidal ideation.
Paid by the patient at each visit ($650.00 each); claim filed by the clinic for her.
''',
}

TRUTH = r'''
# 04 - School district plan (self-funded, governmental): ketamine infusions for CRPS denied as filed late although the plan's former administrator received the claim in time; first appeal by the patient (FICTIONAL)

All people, plans, administrators, clinics, numbers and addresses are invented (FICTIONAL).

## What is true
- Marisa Ekwueme, 39 (DOB 01/22/1987), a teacher, is covered by the Ridgeline Unified School District Employee
  Benefit Plan, a **self-funded governmental** plan (3,400 employees). Its claims administrator was **Basin Benefit
  Administrators through 06/30/2026** and **Granite Peak Health Administrators from 07/01/2026** (Amendment 2026-2).
- She had **five IV ketamine infusions for CRPS** on **06/08, 06/10, 06/12, 06/15 and 06/17/2026** at Sierra Crest
  Pain Institute (out of network) and **paid $650.00 each ($3,250.00)**.
- The clinic's clearinghouse sent the claim on **07/22/2026**; **Basin accepted it on 07/23/2026** (277CA, control
  **BBA-26-0723-11845**), within 90 days of every date (the earliest date's 90 days ran to **09/06/2026**). Basin
  returned it on **09/18/2026**; the clinic resent it on **09/25/2026**; Granite Peak received it **09/28/2026**.
- The EOB of **10/30/2026** (claim **GPH-26-0928-50412**, **PR-29**) denies it as received 09/28/2026.
- **Amendment 2026-2, Section 3:** claims for services before July 1, 2026 received by Basin within the filing
  period "are treated as timely filed with the Plan". Plan Document 10.2 also accepts a late claim when filing on
  time was not reasonably possible and it is filed as soon as reasonably possible (within one year).
- Her member ID card (issued 01/2025) still names Basin; no new card was issued.
- **Rule and stage:** governmental plan: 45 CFR 147.136(b)(2)(i), applying the ERISA claims rule's standards by
  reference; first internal appeal within 180 days of receipt (by about **04/28/2027** from the notice date).
  Not ERISA as governing law.
- **Author:** the patient, writing as "I".
- Expected answers (16) are in ANSWERS in case04.py, each checked by make_set.py in the document named.

## Deliberately unknown
- What the plan allows for the infusions out of network: not in the case; the letter may ask for reimbursement
  of what she paid under the plan's terms, but must not state an allowed amount.
- Whether the district told members of the change of administrator: not in the case.
- Whether the plan would cover ketamine for CRPS on its merits: not decided by this denial.

## Traps
- **A date and a plan document decide:** the first receipt (07/23/2026 at Basin) and Amendment 2026-2; no medical
  necessity, no clinical reviewer, no peer-to-peer.
- **Counting from the wrong receipt:** 09/28/2026 is the resubmission's receipt, not the filing date.
- **Other people:** the 277CA report names two other patients (Tolliver, Arceneaux); the Arceneaux line is a
  rejection at Basin, not hers.
- **Stale document:** the 2025 ID card names Basin - the reason the claim went there, not a current instruction.
- **Drugs:** duloxetine continues (partial relief); amitriptyline 10 mg is a sleep dose.
- **Voice:** she writes "I"; never "Ms. Ekwueme has ..." in her own letter.
- **Wrong law:** not ERISA as governing law; no EBSA or Labor Department; no MHPAEA argument (the denial is about
  filing, and CRPS is not a mental-health diagnosis).

## Arguments a strong letter makes (strongest first)
1. Basin, the plan's administrator for services before July 1, 2026, received the claim on 07/23/2026, within 90
   days of every infusion; under Amendment 2026-2, Section 3, it is timely filed with the Plan. Reprocess the claim
   and reimburse under the plan's out-of-network terms.
2. The date Granite Peak received the resubmission (09/28/2026) is not the filing date; the 277CA and Basin's own
   return letter show the first receipt.
3. Fallback: under Plan Document 10.2, filing on time at Granite Peak was not reasonably possible (her card named
   Basin; Basin returned the claim only on 09/18/2026) and the clinic resent it within a week, within one year.

## What a letter must NOT say
- "filed on 09/28/2026" as the filing date; "late" as conceded; "we missed the deadline".
- "medically necessary" as the ground; "peer-to-peer"; "clinical reviewer".
- "Tolliver"; "Arceneaux"; "member not found".
- "failed duloxetine"; amitriptyline as a trial; "suicidal".
- "ERISA" as governing law; "EBSA"; "Department of Labor"; "MHPAEA".
- "Ms. Ekwueme" speaking of herself in the third person.
'''

ANSWERS = [
    ("Claim number", "GPH-26-0928-50412", "denial/explanation-of-benefits-2026-10-30.txt"),
    ("Date the new administrator received it", "Claim received 09/28/2026", "denial/explanation-of-benefits-2026-10-30.txt"),
    ("Filing limit", "within 90 days after the date of service", "other/plan-document-section-10-2-excerpt.txt"),
    ("First receipt", "Status: ACCEPTED 07/23/2026", "other/clearinghouse-277ca-report-2026-07-23.txt"),
    ("First control number", "BBA-26-0723-11845", "other/clearinghouse-277ca-report-2026-07-23.txt"),
    ("Date sent", "Batch sent 07/22/2026", "other/clearinghouse-277ca-report-2026-07-23.txt"),
    ("Transition rule", "are treated as timely filed with the Plan", "other/plan-amendment-2026-2.txt"),
    ("When the administrator changed", "Granite Peak Health Administrators is the Plan's claims administrator from July 1, 2026", "other/plan-amendment-2026-2.txt"),
    ("Date returned", "Date: 09/18/2026", "other/basin-return-letter-2026-09-18.txt"),
    ("Last day of the 90 days for the first infusion", "**09/06/2026**", "truth"),
    ("Fallback clause", "not reasonably possible to file it within that time", "other/plan-document-section-10-2-excerpt.txt"),
    ("Amount paid", "$650.00 each", "clinical/infusion-summary-2026-07-20.txt"),
    ("Infusion dates", "06/08, 06/10, 06/12, 06/15 and 06/17/2026", "clinical/infusion-summary-2026-07-20.txt"),
    ("Why the claim went to Basin", "send claims to payer ID BBA01", "other/member-id-card-2025.txt"),
    ("Other patient on the report", "TOLLIVER, DEAN R.", "other/clearinghouse-277ca-report-2026-07-23.txt"),
    ("Sleep dose", "amitriptyline 10 mg at bedtime for sleep", "clinical/infusion-summary-2026-07-20.txt"),
]
