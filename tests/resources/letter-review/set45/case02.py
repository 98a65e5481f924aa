"""Set 45, case 02 (FICTIONAL): stand-alone Part D PDP, quantity limit on duloxetine 60 mg (two a day) denied from the
2025 formulary's limit; the 2026 formulary in force allows 60 per 30 days. Consultant pharmacist, CMS-1696."""
SLUG = "02-part-d-pdp-duloxetine-quantity-limit-2025-formulary-applied-redetermination-consultant-pharmacist"

CASE_YAML = """
# FICTIONAL CASE (set 45, case 02) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan (NV). Walter Nakashima-Reyes, 68, takes duloxetine 60 mg twice daily (120 mg a day) for
# painful diabetic neuropathy with depression. The plan denied the quantity (11/20/2026) as over "30 capsules per 30
# days (Formulary 2025, page 41)". Its 2026 formulary, in force for 2026 fills, sets 60 capsules per 30 days. A
# consultant pharmacist, his appointed representative (CMS-1696), asks for a redetermination.
patient:
  name: Walter Nakashima-Reyes
  salutation: Mr. Nakashima-Reyes
  date_of_birth: 1958-07-03
  member_id: FICT-CRX-64017725
  address: |-
    Desert Sage Senior Apartments, Unit 214, 3100 Vista Palisade Drive
    Henderson, NV 89014
  phone: (702) 555-0118
insurer:
  name: Cascade Rx Choice PDP (FICTIONAL)
  appeals_address: |-
    Cascade Rx Choice PDP - Part D Redeterminations (FICTIONAL)
    PO Box 90311
    Phoenix, AZ 85072
  fax: (602) 555-0152
claim:
  number: CRX-CD-26-1117-30981
  plan_type: medicare_part_d
  notice_date: 2026-11-20
  appeal_deadline: 2027-01-24
  deadline_basis: >-
    Notice of denial of Medicare prescription drug coverage of 11/20/2026: "You must ask for a redetermination within
    65 calendar days from the date of this notice."
  diagnosis_codes: [E11.42, F33.1]
  denial_reason: >-
    Quantity limit exceeded. Duloxetine 60 mg capsules are limited to 30 capsules per 30 days (Formulary 2025, page
    41). The maximum FDA-approved dose for diabetic peripheral neuropathic pain is 60 mg per day. Your request for 60
    capsules per 30 days is denied.
  denial_category: benefit_limit
  denial_reasons: [benefit_limit]
  action: none
  corrections:
    - said: Duloxetine 60 mg capsules are limited to 30 capsules per 30 days (Formulary 2025, page 41).
      record: >-
        The plan's 2026 formulary, page 38, lists duloxetine 60 mg capsules on tier 2 with a quantity limit of 60
        capsules per 30 days; the request was for 60 capsules per 30 days in November 2026.
      file: other/formulary-2026-page-38-excerpt.txt
      page: 1
plan_policy:
  name: Cascade Rx Choice PDP 2026 Formulary (List of Covered Drugs), page 38
  number: Formulary 2026, page 38
  quote: >-
    duloxetine capsule delayed release 60 mg - Tier 2 - QL (60 per 30 days). QL: quantity limit; you or your
    prescriber may ask for an exception to the limit.
  file: other/formulary-2026-page-38-excerpt.txt
  limit:
    applied: 30
    current: 60
    course: 60
    unit: capsules per 30 days
    source:
      name: Cascade Rx Choice PDP 2025 Formulary, page 41
      year: 2025
      through: 2025-12-31
      file: other/formulary-2025-page-41-excerpt-stale.txt
      page: 1
prescriber_statement:
  date: 2026-11-14
  quote: >-
    Mr. Nakashima-Reyes has taken duloxetine 60 mg twice daily since April 2026 with better pain control (pain 8/10
    to 5/10) and mood than on 60 mg once daily; gabapentin and pregabalin each caused falls or edema, and a lower dose
    would be less effective.
  file: clinical/prescriber-supporting-statement-2026-11-14.txt
treatment:
  name: Duloxetine 60 mg capsules, two daily (60 capsules per 30 days)
  summary: >-
    Duloxetine 120 mg a day, taken since April 2026 for painful diabetic peripheral neuropathy and recurrent major
    depression; the request is for the quantity, not a new drug.
  plan: Duloxetine 60 mg twice daily, 60 capsules per 30 days; pain and mood reviewed every 3 months; sodium checked.
clinical:
  severity: Pain 5/10 and PHQ-9 8 on duloxetine 120 mg a day (11/10/2026); pain 8/10 and PHQ-9 15 on 60 mg a day (03/2026)
  severity_date: 2026-11-10
  suicidality: none
  suicidality_date: 2026-11-10
  response: Pain 8/10 to 5/10 and PHQ-9 15 to 8 after the dose went from 60 mg to 120 mg a day
  response_level: partial
  history:
    - drug: Duloxetine
      dose: 60 mg daily, then 60 mg twice daily from 04/2026
      start: 2025-03
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response at 60 mg a day; better on 120 mg a day; continued (the drug requested)
      evidence: {file: clinical/prescriber-supporting-statement-2026-11-14.txt, page: 1}
    - drug: Gabapentin
      dose: 300 mg three times daily
      start: 2024-01
      end: 2024-03
      kind: other
      adequate: false
      outcome: Stopped for dizziness and a fall at home; an intolerance
      evidence: {file: clinical/prescriber-supporting-statement-2026-11-14.txt, page: 1}
    - drug: Pregabalin
      dose: 75 mg twice daily
      start: 2024-05
      end: 2024-06
      weeks: 5
      kind: other
      adequate: false
      outcome: Stopped after 5 weeks for leg edema; an intolerance
      evidence: {file: clinical/prescriber-supporting-statement-2026-11-14.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 mg at bedtime for sleep
      start: 2025-09
      ongoing: true
      kind: other
      outcome: Sleep dose only; not a trial of a tricyclic for pain or depression
      evidence: {file: clinical/prescriber-supporting-statement-2026-11-14.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg daily
      start: 2016-02
      end: 2017-06
      kind: antidepressant
      response: remission
      outcome: Remission in an earlier episode (2016); stopped when well
      evidence: {file: clinical/prescriber-supporting-statement-2026-11-14.txt, page: 1}
expenses:
  - {date: 2026-10-02, item: Duloxetine 60 mg x30 (second daily capsule) with a discount card, amount: 22.80, paid: 22.80}
  - {date: 2026-11-01, item: Duloxetine 60 mg x30 (second daily capsule) with a discount card, amount: 22.80, paid: 22.80}
author:
  name: Teodora Vance, PharmD, BCGP
  role: Consultant pharmacist, Desert Sage Senior Apartments medication clinic; appointed representative (CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-2026-11-12.txt
  address: |-
    Desert Sage Senior Apartments medication clinic (FICTIONAL), 3100 Vista Palisade Drive
    Henderson, NV 89014
  phone: (702) 555-0126
  email: tvance@desertsage-rx.example
provider:
  name: Priya Lindqvist, MD
  credentials: Internal medicine; the prescriber
  npi: "1728394051"
  address: |-
    Silver Mesa Internal Medicine (FICTIONAL), 2600 Horizon Ridge Parkway
    Henderson, NV 89052
  phone: (702) 555-0133
record_dates:
  - file: clinical/prescriber-supporting-statement-2026-11-14.txt
    date: 2026-11-14
    sent: 2026-11-14
    sent_proof: clinical/prescriber-supporting-statement-2026-11-14.txt
copies: [prescriber]
bates_prefix: NAKASHIMAREYES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-denial-of-drug-coverage-2026-11-20.txt": """
CASCADE RX CHOICE PDP (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE   Date: 11/20/2026
Member: Walter Nakashima-Reyes   ID FICT-CRX-64017725   Request CRX-CD-26-1117-30981, received 11/17/2026
Drug: duloxetine DR 60 mg capsules, quantity requested 60 per 30 days. Prescriber: Priya Lindqvist, MD.
We denied your request. Quantity limit exceeded. Duloxetine 60 mg capsules are limited to 30 capsules per 30 days
(Formulary 2025, page 41). The maximum FDA-approved dose for diabetic peripheral neuropathic pain is 60 mg per day.
Your request for 60 capsules per 30 days is denied.
You must ask for a redetermination within 65 calendar days from the date of this notice. Write to Part D
Redeterminations, PO Box 90311, Phoenix, AZ 85072, or fax (602) 555-0152. You, your representative or your
prescriber may ask. If your health could be seriously harmed by waiting, ask for a fast decision.
""",
    "clinical/prescriber-supporting-statement-2026-11-14.txt": """
SILVER MESA INTERNAL MEDICINE (FICTIONAL) - PRESCRIBER'S SUPPORTING STATEMENT (EXCEPTION REQUEST)  Date: 11/14/2026
Patient: Walter Nakashima-Reyes   DOB 07/03/1958   Prescriber: Priya Lindqvist, MD, NPI 1728394051   Page 1 of 1
Diagnoses: type 2 diabetes with diabetic polyneuropathy (E11.42); major depressive disorder, recurrent (F33.1).
Request: duloxetine 60 mg capsules, one twice daily, 60 per 30 days (quantity-limit exception).
Mr. Nakashima-Reyes has taken duloxetine 60 mg twice daily since April 2026 with better pain control (pain 8/10
to 5/10) and mood than on 60 mg once daily; gabapentin and pregabalin each caused falls or edema, and a lower dose
would be less effective.
History: duloxetine 60 mg daily from 03/2025, partial response (pain 8/10, PHQ-9 15 in 03/2026); raised to 60 mg
twice daily 04/2026, continued; on 11/10/2026 pain 5/10, PHQ-9 8, sodium normal, no suicidal ideation. Gabapentin
300 mg three times daily 01/2024-03/2024, stopped for dizziness and a fall. Pregabalin 75 mg twice daily 05/2024-06/2024
(5 weeks), stopped for leg edema. Amitriptyline 10 mg at bedtime for sleep since 09/2025. Earlier episode: sertraline
100 mg 2016-2017, remission.
Faxed to Cascade Rx Choice PDP with the coverage request 11/14/2026 (confirmation 11/14/2026 11:02, 2 pages).
""",
    "other/formulary-2026-page-38-excerpt.txt": """
CASCADE RX CHOICE PDP (FICTIONAL) - 2026 FORMULARY (LIST OF COVERED DRUGS), effective 01/01/2026   Page 38 of 112
duloxetine capsule delayed release 20 mg, 30 mg - Tier 2 - QL (60 per 30 days)
duloxetine capsule delayed release 60 mg - Tier 2 - QL (60 per 30 days). QL: quantity limit; you or your
prescriber may ask for an exception to the limit.
""",
    "other/formulary-2025-page-41-excerpt-stale.txt": """
CASCADE RX CHOICE PDP (FICTIONAL) - 2025 FORMULARY (LIST OF COVERED DRUGS), effective 01/01/2025   Page 41 of 108
duloxetine capsule delayed release 60 mg - Tier 2 - QL (30 per 30 days)
[This is the 2025 list, replaced by the 2026 formulary on 01/01/2026.]
""",
    "other/cms-1696-appointment-2026-11-12.txt": """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, as completed - FICTIONAL copy)                Signed 11/12/2026
Beneficiary: Walter Nakashima-Reyes, Medicare number FICT-1EG4-TE5-MK72
I appoint Teodora Vance, PharmD, BCGP, consultant pharmacist, to act as my representative in connection with my
claims and appeals under Medicare Part D.   Signed: Walter Nakashima-Reyes 11/12/2026
Accepted: Teodora Vance 11/12/2026 (no fee will be charged)
""",
    "other/discount-card-receipts-2026.txt": """
PILLWISE SAVINGS CARD (FICTIONAL) - PURCHASE HISTORY printed 11/25/2026
Cardholder household: Nakashima-Reyes, 3100 Vista Palisade Drive Unit 214, Henderson, NV
10/02/2026  duloxetine DR 60 mg x30   Walter N.   $22.80
10/02/2026  lisinopril 10 mg x30      June N.     $4.10  (his wife's prescription)
11/01/2026  duloxetine DR 60 mg x30   Walter N.   $22.80
[The plan paid 30 capsules a month; the second daily capsule was bought with this card.]
""",
}

TRUTH = """
# 02 - Part D PDP: a quantity-limit exception for duloxetine 120 mg a day denied from the 2025 formulary; redetermination by a consultant pharmacist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Walter Nakashima-Reyes, 68, in the **Cascade Rx Choice PDP**, takes **duloxetine 60 mg twice daily** (120 mg a
  day) since **04/2026** for painful diabetic neuropathy (E11.42) and recurrent depression (F33.1); on 60 mg a day (from
  03/2025) he had a partial response; on 120 mg pain went **8/10 to 5/10** and **PHQ-9 15 to 8**.
- The **notice of 11/20/2026** (CRX-CD-26-1117-30981) denied 60 capsules per 30 days as over "30 capsules per 30 days
  (Formulary 2025, page 41)". The **2026 formulary, page 38**, in force from **01/01/2026**, lists duloxetine 60 mg
  with **QL (60 per 30 days)**: the request is **within** the limit in force. No exception beyond a limit is needed.
- Dr. Priya Lindqvist's **supporting statement of 11/14/2026** was faxed with the request (423.578(b) exception
  support): it answers the denial in her words.
- He bought the second daily capsule with a discount card: **$22.80 on 10/02/2026 and 11/01/2026** ($45.60).
- **Rule and stage:** Part D **redetermination** (42 CFR 423.580-423.590): within **65 days of the notice: by
  01/24/2027** (423.582(b)); standard decision within **7 days** (423.590(a)); expedited 72 hours (423.584, 423.590(d))
  where the prescriber says waiting could seriously harm health (not asked here). Next level: the Part D IRE.
- **Author:** Teodora Vance, PharmD, consultant pharmacist, his **appointed representative (CMS-1696, 11/12/2026)**;
  she writes about "Mr. Nakashima-Reyes". She is not the prescriber.

## Deliberately unknown
- Whether the plan will refund the discount-card purchases: a Part D payment request is a separate coverage
  request; a letter may ask, not state that it is owed.
- Why the reviewer used the 2025 list: not known.
- The FDA label's exact maximum dose wording for each use: not in the case; a letter need not argue the label.

## Traps
- **Plan document and date, not medicine.** The winning point is the 2026 formulary in force on the request date.
- **Stale document:** the 2025 formulary page (QL 30 per 30 days) ended 12/31/2025.
- **A decision's wrong statement:** "limited to 30 capsules per 30 days" - the limit in force is 60.
- **The drug requested is still taken:** duloxetine continues; never "failed duloxetine", never a new start.
- **Intolerances, not failures:** gabapentin (dizziness, fall), pregabalin 5 weeks (edema).
- **Sleep dose:** amitriptyline 10 mg at bedtime is not a tricyclic trial.
- **Earlier episode:** sertraline 2016-2017 led to remission - never a failure.
- **Other person:** lisinopril on the discount-card history is his wife's.
- **Voice:** the pharmacist is a representative, not "the prescriber", "physician" or "Dr."; never "I prescribed".
- **Wrong law:** no ERISA, 45 CFR 147.136, MHPAEA/parity (Medicare), no "60 days after receipt" (65 days from the
  notice date), no external review.

## Arguments a strong letter makes (strongest first)
1. The plan's own **2026 formulary (page 38)** sets the limit at **60 capsules per 30 days**; the denial applied the
   **2025** list, which no longer governs. The request is within the limit: approve it.
2. Correct the notice's statement of a 30-capsule limit.
3. In the alternative, a **quantity-limit exception** (42 CFR 423.578(b)) on Dr. Lindqvist's supporting statement: a
   lower dose was less effective (pain 8 -> 5, PHQ-9 15 -> 8 on 120 mg) and the alternatives caused falls and edema.
4. Ask for a decision within 7 days and that the October and November discount-card purchases be considered for
   payment.

## What a letter must NOT say
- "Formulary 2025" as the terms in force; "30 capsules per 30 days" as the plan's limit.
- "failed duloxetine", "stopped duloxetine", "new start"; gabapentin or pregabalin as failed adequate trials;
  amitriptyline as a tricyclic trial; sertraline as failed; "suicidal".
- "I prescribed", "as his physician", "Dr. Vance"; "June" or lisinopril as his.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "MHPAEA", "parity", "60 days after receipt".
- "the FDA maximum dose is 60 mg" conceded as a reason.
"""

ANSWERS = [
    ("plan", "Cascade Rx Choice PDP", "denial/notice-of-denial-of-drug-coverage-2026-11-20.txt"),
    ("notice date", "Date: 11/20/2026", "denial/notice-of-denial-of-drug-coverage-2026-11-20.txt"),
    ("window", "65 calendar days from the date of this notice", "denial/notice-of-denial-of-drug-coverage-2026-11-20.txt"),
    ("deadline", "appeal_deadline: 2027-01-24", "case.yaml"),
    ("limit applied", "(Formulary 2025, page 41)", "denial/notice-of-denial-of-drug-coverage-2026-11-20.txt"),
    ("limit in force", "duloxetine capsule delayed release 60 mg - Tier 2 - QL (60 per 30 days)",
     "other/formulary-2026-page-38-excerpt.txt"),
    ("in force from", "effective 01/01/2026", "other/formulary-2026-page-38-excerpt.txt"),
    ("stale list", "replaced by the 2026 formulary on 01/01/2026", "other/formulary-2025-page-41-excerpt-stale.txt"),
    ("response", "pain 5/10, PHQ-9 8", "clinical/prescriber-supporting-statement-2026-11-14.txt"),
    ("pregabalin intolerance", "(5 weeks), stopped for leg edema", "clinical/prescriber-supporting-statement-2026-11-14.txt"),
    ("sleep dose", "Amitriptyline 10 mg at bedtime for sleep", "clinical/prescriber-supporting-statement-2026-11-14.txt"),
    ("earlier episode", "sertraline 100 mg 2016-2017, remission", "clinical/prescriber-supporting-statement-2026-11-14.txt"),
    ("representative", "I appoint Teodora Vance, PharmD, BCGP", "other/cms-1696-appointment-2026-11-12.txt"),
    ("paid outside", "$22.80", "other/discount-card-receipts-2026.txt"),
    ("other person", "(his wife's prescription)", "other/discount-card-receipts-2026.txt"),
    ("decision time", "standard decision within **7 days**", "truth"),
]
