# FICTIONAL case data, letters set 43, case 05 (issue 18). Every person, plan, provider, number and address is invented.
import datetime as _dt

SLUG = "05-self-funded-erisa-oon-psychotherapy-superbills-90-day-rule-spd-12-months-first-appeal-patient"

_DATES = [_dt.date(2026, 1, 8) + _dt.timedelta(weeks=i) for i in range(25)]
_DATES = [d for d in _DATES if d != _dt.date(2026, 2, 12)]
_LINES = "\n".join(
    f'  - {{date: {d.isoformat()}, place_of_service: "11", code: "90837", units: 1, diagnosis_pointers: "AB", charge: 180.00, paid: 180.00}}'
    for d in _DATES
)
_LEDGER = "\n".join(
    f"{d.strftime('%m/%d/%Y')}  NATARAJAN-ODUYA, PRIYA   90837   $180.00   paid" for d in _DATES
)

CASE_YAML = r'''
# FICTIONAL CASE (set 43, case 05) - every person, plan, provider, number and address is invented.
# Self-funded employer plan (ERISA), Michigan. Priya Natarajan-Oduya, 36, saw an out-of-network psychologist weekly
# (24 sessions, 01/08-06/25/2026), paid $4,320.00 and mailed the superbills to the claims administrator on
# 09/21/2026 (received 09/24). The administrator denied them all as "not submitted within 90 days of the date of
# service" (CO-29). The 2026 Summary Plan Description gives network providers 90 days, but gives a member who files
# her own claim for an out-of-network provider 12 months. She writes her own first appeal.
patient:
  name: Priya Natarajan-Oduya
  salutation: Ms. Natarajan-Oduya
  date_of_birth: 1990-08-11
  member_id: FICT-GLF-809314552
  address: |-
    3318 Packard Street
    Ann Arbor, MI 48108
  phone: (734) 555-0121
  email: priya.no@mail.example
insurer:
  name: Huron Benefit Administrators, claims administrator for the Great Lakes Freightways Employee Health Plan (FICTIONAL)
  appeals_address: |-
    Huron Benefit Administrators - Appeals Unit (FICTIONAL)
    PO Box 2260
    Lansing, MI 48909
  fax: (517) 555-0164
claim:
  number: HBA-26-0924-31877
  plan_type: employer_erisa
  funding: self_funded
  employees: 2900
  notice_date: 2026-10-19
  appeal_deadline: 2027-04-17
  deadline_basis: >-
    Explanation of benefits of 10/19/2026: "You have 180 days from the date you receive this notice to appeal";
    counted here from the notice date, without mailing days.
  service_dates: [2026-01-08, 2026-06-25]
  sessions: 24
  setting: outpatient
  procedure_codes: [90837]
  diagnosis_codes: [F32.1, F41.1]
  carc_codes: [CO-29]
  denial_reason: >-
    The time limit for filing has expired. Claims must be submitted within 90 days of the date of service. (CARC 29)
  denial_category: timely_filing
  denial_reasons: [timely_filing]
  coding_correct: true
  action: none
  not_appealed:
    - date: 2026-02-12
      code: missed-appointment fee
      why: >-
        A $90.00 fee for a missed session, not a health service; it was not claimed and is not part of this appeal.
plan_policy:
  name: Great Lakes Freightways Employee Health Plan, Summary Plan Description 2026, Section 9.1 "When claims must be filed"
  number: Section 9.1
  quote: >-
    Network providers file claims for you, and must file them within 90 days of the date of service. If you file a
    claim yourself for covered services from an out-of-network provider, send it to the Claims Administrator within
    12 months of the date of service. Claims filed after that time are not paid, unless it was not reasonably
    possible to file on time.
  file: other/spd-2026-section-9-excerpt.txt
filing:
  first_submitted: 2026-09-21
  received: 2026-09-24
  method: certified mail, to the claims address on her ID card
  sent_to: Huron Benefit Administrators, Claims, PO Box 2250, Lansing, MI 48909
  proof:
    - other/certified-mail-receipt-and-tracking-2026-09-24.txt
    - other/superbills-and-ledger-2026-06-30.txt
  limit_deadline: 2027-01-08
treatment:
  name: Outpatient psychotherapy, 24 weekly 60-minute sessions (90837) with an out-of-network psychologist
  summary: >-
    Weekly psychotherapy for major depression and generalized anxiety, with a psychologist outside the network,
    paid by the member and claimed with superbills; the plan's notice decided only the filing date.
clinical:
  severity: PHQ-9 17 and GAD-7 15 on 01/08/2026; PHQ-9 6 and GAD-7 7 on 06/25/2026
  severity_date: 2026-06-25
  suicidality: none
  suicidality_date: 2026-06-25
  response: PHQ-9 17 (01/08/2026) to 6 (06/25/2026); GAD-7 15 to 7
  response_level: response
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2025-10
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued alongside psychotherapy
      evidence: {file: clinical/psychologist-treatment-summary-2026-07-02.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed for sleep
      start: 2025-10
      ongoing: true
      kind: other
      outcome: Sleep aid as needed; not a trial
      evidence: {file: clinical/psychologist-treatment-summary-2026-07-02.txt, page: 1}
author:
  name: Priya Natarajan-Oduya
  role: Patient and plan member
  relation: patient
  address: |-
    3318 Packard Street
    Ann Arbor, MI 48108
  phone: (734) 555-0121
  email: priya.no@mail.example
provider:
  name: Dr. Helena Voss-Marchetti
  credentials: PsyD, licensed psychologist (not in the plan's network)
  npi: "1903612483"
  address: |-
    210 East Huron Street, Suite 4
    Ann Arbor, MI 48104
  phone: (734) 555-0142
employer:
  name: Great Lakes Freightways, Benefits Office (FICTIONAL)
  address: |-
    4400 Jackson Road
    Ann Arbor, MI 48103
copies: [employer]
expenses:
  - {date: 2026-06-25, item: "24 psychotherapy sessions, 01/08/2026-06/25/2026, paid at each visit (superbills)", amount: 4320.00, paid: 4320.00}
reimbursement:
  amount_billed: "$4,320.00"
  amount_paid: "$4,320.00"
service_lines:
''' + _LINES + r'''
record_dates:
  - file: clinical/psychologist-treatment-summary-2026-07-02.txt
    date: 2026-07-02
bates_prefix: NATARAJANODUYA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/explanation-of-benefits-2026-10-19.txt": '''
HURON BENEFIT ADMINISTRATORS (FICTIONAL) - for the Great Lakes Freightways Employee Health Plan (self-funded)
EXPLANATION OF BENEFITS                                                   Date: 10/19/2026
Member: Priya Natarajan-Oduya   ID FICT-GLF-809314552   Claim HBA-26-0924-31877   Received 09/24/2026
Provider: Helena Voss-Marchetti, PsyD (out of network)   Services 01/08/2026-06/25/2026   90837 x24
Billed $4,320.00   Allowed $0.00   Plan paid $0.00
CARC 29: The time limit for filing has expired. Claims must be submitted within 90 days of the date of service.

You have 180 days from the date you receive this notice to appeal. Send your appeal to Appeals Unit, PO Box 2260,
Lansing, MI 48909, or fax (517) 555-0164. You may ask for copies of the documents relevant to your claim, free.
''',
    "clinical/psychologist-treatment-summary-2026-07-02.txt": '''
HELENA VOSS-MARCHETTI, PsyD (FICTIONAL) - TREATMENT SUMMARY                      Date: 07/02/2026
Client: Priya Natarajan-Oduya   DOB 08/11/1990   Page 1 of 1
Diagnoses: major depressive disorder, single episode, moderate (F32.1); generalized anxiety disorder (F41.1).
Treatment: cognitive behavioral therapy, 24 weekly 60-minute sessions, 01/08/2026-06/25/2026 (missed 02/12/2026).
PHQ-9 17 and GAD-7 15 at intake; PHQ-9 6 and GAD-7 7 on 06/25/2026. No suicidal ideation at any session.
Medication (by her primary care physician): sertraline 100 mg daily since 10/2025, partial response, continued;
hydroxyzine 25 mg at bedtime as needed for sleep.
Earlier: 10 sessions of grief counseling with an in-network counselor in 2023 after her father's death; recovered.
Plan: monthly sessions for relapse prevention from 07/2026 (not part of this claim).
''',
    "other/superbills-and-ledger-2026-06-30.txt": '''
HELENA VOSS-MARCHETTI, PsyD (FICTIONAL) - SUPERBILLS AND ACCOUNT LEDGER           Printed 06/30/2026
Provider NPI 1903612483   Tax ID XX-XXX4471 (FICTIONAL)   Place of service 11   Diagnoses A: F32.1  B: F41.1
Household account: Natarajan-Oduya
''' + _LEDGER + '''
02/12/2026  NATARAJAN-ODUYA, PRIYA   missed-appointment fee   $90.00   paid   [not a service; not claimed]
03/05/2026  ODUYA, ARJUN             90834   $150.00   paid   [her husband's own sessions; not part of her claim]
03/19/2026  ODUYA, ARJUN             90834   $150.00   paid   [her husband's own sessions; not part of her claim]
Total for Priya Natarajan-Oduya, 90837 x24: $4,320.00 paid.
''',
    "other/certified-mail-receipt-and-tracking-2026-09-24.txt": '''
USPS CERTIFIED MAIL RECEIPT AND TRACKING (copy; tracking number FICTIONAL)
Sent 09/21/2026 from Ann Arbor, MI 48108   Article 9400 0000 0000 4471 0921 33
To: Huron Benefit Administrators, Claims, PO Box 2250, Lansing, MI 48909
Tracking: 09/24/2026 10:12 Delivered, PO Box, Lansing, MI 48909. Signed for by agent.
Contents (member's note): claim form and 24 superbills, 90837, 01/08/2026-06/25/2026, $4,320.00.
''',
    "other/spd-2026-section-9-excerpt.txt": '''
GREAT LAKES FREIGHTWAYS EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION, PLAN YEAR 2026 (excerpt)
Page 63 of 150
Section 9.1 When claims must be filed
Network providers file claims for you, and must file them within 90 days of the date of service. If you file a
claim yourself for covered services from an out-of-network provider, send it to the Claims Administrator within
12 months of the date of service. Claims filed after that time are not paid, unless it was not reasonably possible
to file on time.
Section 9.2 Out-of-network mental health benefits: outpatient visits are paid at 60% of the allowed amount after
the out-of-network deductible.
''',
    "other/spd-2024-section-9-excerpt.txt": '''
GREAT LAKES FREIGHTWAYS EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION, PLAN YEAR 2024 (excerpt)
Section 9.1 When claims must be filed
All claims must be filed within 90 days of the date of service.
[Replaced by the Plan Year 2025 and 2026 SPDs; kept in the member's files.]
''',
}

TRUTH = r'''
# 05 - Self-funded employer plan: out-of-network psychotherapy superbills denied under the 90-day network rule although the SPD gives members 12 months; first appeal by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Priya Natarajan-Oduya, 36 (DOB 08/11/1990), member of a **self-funded ERISA plan** (Great Lakes Freightways, 2,900
  employees; claims administrator Huron Benefit Administrators), Michigan.
- **24 weekly psychotherapy sessions (90837), 01/08/2026-06/25/2026**, with an out-of-network psychologist; she paid
  **$4,320.00**. She **mailed the claim and superbills on 09/21/2026 (certified); delivered 09/24/2026**.
- The EOB of **10/19/2026** (CO-29) applies "within 90 days of the date of service". The **2026 SPD, Section 9.1**:
  the 90 days bind **network providers**; a member filing her own out-of-network claim has **12 months**. The
  earliest date of service's 12 months ran to 01/08/2027; every session was filed within 12 months.
- The $90.00 missed-appointment fee of 02/12/2026 is not a service and is not appealed.
- **Rule and stage:** first internal appeal, post-service; **180 days (29 CFR 2560.503-1(h)(3)(i)): by 04/17/2027**
  counted from the notice date; decision within 60 days (post-service). Claim documents free on request ((h)(2)(iii)).
- **Author:** the patient, "I".

## Deliberately unknown
- The plan's allowed amount and whether her out-of-network deductible was met: a letter must not state what the
  plan owes; it asks that the claim be processed under the out-of-network benefit (60% after the deductible).
- Why the administrator applied the network rule: not known.
- Whether external review would reach this: a timely-filing denial involves no medical judgment; the letter must
  not promise external review.

## Traps
- **Plan document and date, not medicine.** The winning point is SPD 9.1's 12-month rule for member-filed
  out-of-network claims; nothing about medical necessity, no clinical reviewer, no peer-to-peer.
- **Stale document:** the 2024 SPD ("All claims ... within 90 days") was replaced; not the terms in force in 2026.
- **Other person on a document:** the ledger's lines for Arjun Oduya (her husband's own sessions, 90834).
- **Not a service:** the 02/12/2026 missed-appointment fee.
- **Drug still taken:** sertraline continues (partial response); hydroxyzine is a sleep aid; the 2023 grief
  counseling is an earlier episode's recovery, never a failure. No suicidal ideation.
- **Wrong law:** no 45 CFR 147.136 as her plan's rule (self-funded: 29 CFR 2590.715-2719 if at all); no state
  insurance department; no MHPAEA argument needed (not a limit on MH benefits, a filing rule misapplied).
- **Voice:** "I", never "Ms. Natarajan-Oduya has ..." about herself.

## Arguments a strong letter makes (strongest first)
1. SPD 2026 Section 9.1 gives a member who files her own claim for an out-of-network provider 12 months from the
   date of service; the 90 days bind network providers. She mailed the claim on 09/21/2026 and it was delivered on
   09/24/2026 (certified mail tracking), within 12 months of every session (the earliest ran to 01/08/2027).
   Reprocess and pay under the out-of-network benefit.
2. The EOB applied the network providers' rule to a member's own claim; ask for the claim file and the rule relied
   on (documents free on request, 29 CFR 2560.503-1(h)(2)(iii)).
3. No other ground was given; ask that any other be stated before a decision so it can be answered.

## What a letter must NOT say
- "late", "missed the deadline", "good cause" as the main ground; "within 90 days" conceded as her rule.
- "medically necessary" as the ground; "peer-to-peer"; "clinical reviewer"; "external review" as available.
- "Arjun", "90834"; the $90.00 fee as claimed.
- "failed sertraline", "stopped sertraline"; hydroxyzine as a trial; "suicidal".
- "45 CFR 147.136" for this plan, "state insurance department", "Medicaid", "Medicare".
- "Ms. Natarajan-Oduya" speaking of herself in the third person.
'''

ANSWERS = [
    ("rule applied", "Claims must be submitted within 90 days of the date of service.", "denial/explanation-of-benefits-2026-10-19.txt"),
    ("SPD member rule", "within 12 months of the date of service", "other/spd-2026-section-9-excerpt.txt"),
    ("network rule", "Network providers file claims for you, and must file them within 90 days", "other/spd-2026-section-9-excerpt.txt"),
    ("mailed", "Sent 09/21/2026", "other/certified-mail-receipt-and-tracking-2026-09-24.txt"),
    ("delivered", "09/24/2026 10:12 Delivered", "other/certified-mail-receipt-and-tracking-2026-09-24.txt"),
    ("received per EOB", "Received 09/24/2026", "denial/explanation-of-benefits-2026-10-19.txt"),
    ("sessions", "24 weekly 60-minute sessions, 01/08/2026-06/25/2026", "clinical/psychologist-treatment-summary-2026-07-02.txt"),
    ("total paid", "90837 x24: $4,320.00 paid", "other/superbills-and-ledger-2026-06-30.txt"),
    ("other person", "ODUYA, ARJUN", "other/superbills-and-ledger-2026-06-30.txt"),
    ("not a service", "missed-appointment fee   $90.00", "other/superbills-and-ledger-2026-06-30.txt"),
    ("still taken", "sertraline 100 mg daily since 10/2025, partial response, continued", "clinical/psychologist-treatment-summary-2026-07-02.txt"),
    ("response", "PHQ-9 6 and GAD-7 7 on 06/25/2026", "clinical/psychologist-treatment-summary-2026-07-02.txt"),
    ("stale SPD", "All claims must be filed within 90 days of the date of service.", "other/spd-2024-section-9-excerpt.txt"),
    ("OON benefit", "paid at 60% of the allowed amount after the out-of-network deductible", "other/spd-2026-section-9-excerpt.txt"),
    ("deadline", "by 04/17/2027", "truth"),
    ("funding", "funding: self_funded", "case.yaml"),
]
