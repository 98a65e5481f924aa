"""Set 27, case 01 (FICTIONAL): Medicare Advantage PPO, timely filing of a member's request for payment."""
SLUG = "01-medicare-advantage-ppo-timely-filing-member-payment-request-ect-reconsideration-son"

CASE_YAML = r'''
# FICTIONAL CASE (set 27, case 01) - every person, plan, provider, number and address is invented.
# Medicare Advantage PPO, Washington. Mr. Tuttle, 75, had an acute course of 8 outpatient ECT treatments
# (10/06-10/31/2025) from a non-contracted psychiatrist (the PPO covers out-of-network care). He paid and, on
# 09/28/2026, his son mailed a request for payment by certified mail; USPS shows it delivered to the plan's 2026
# claims box on 10/01/2026. The plan date-stamped it 11/09/2026 and denied it (CO-29) as sent more than 12 months
# after the services. His son, appointed on form CMS-1696, asks for the reconsideration.
patient:
  name: Raymond Tuttle
  salutation: Mr. Tuttle
  date_of_birth: 1951-07-19
  member_id: FICT-CCM-4410287735
  address: |-
    1418 West Gardner Avenue
    Spokane, WA 99201
  phone: (509) 555-0121
insurer:
  name: Cascade Crest Medicare PPO (FICTIONAL)
  appeals_address: |-
    Cascade Crest Medicare - Appeals and Grievances (address FICTIONAL)
    PO Box 31170
    Tacoma, WA 98401
  fax: (253) 555-0166
claim:
  number: PR-26-1116-770412
  plan_type: medicare_advantage
  notice_date: 2026-11-16
  appeal_deadline: 2027-01-20
  deadline_basis: >-
    Notice of 11/16/2026: "You must ask for a reconsideration within 65 calendar days from the date of this notice."
  service_dates: [2025-10-06, 2025-10-31]
  sessions: 8
  procedure_codes: [90870]
  diagnosis_codes: [F33.3]
  carc_codes: [CO-29]
  denial_reason: >-
    We cannot pay this request. Your request for payment was received on 11/09/2026. Requests for payment must be sent
    to us within 12 months of the date of service. The dates of service (10/06/2025 through 10/31/2025) are more than
    12 months before the date we received your request. (CARC 29: the time limit for filing has expired.)
  denial_category: timely_filing
  denial_reasons: [timely_filing]
  action: none
  corrections:
    - said: "Your request for payment was received on 11/09/2026"
      record: >-
        The request was mailed by USPS Certified Mail on September 28, 2026 (article 9407 1118 9876 5432 1070 44) to
        the plan's 2026 claims address and was delivered to that PO box on October 1, 2026 at 9:14 am (USPS tracking
        record); the plan's stamp of November 9, 2026 is a later processing date
      file: other/usps-certified-mail-receipt-and-tracking-2026-09-28.txt
      page: 1
plan_policy:
  name: Evidence of Coverage 2026, Chapter 7, Section 2.1 (how and when to send us a request for payment)
  quote: >-
    Send us your request for payment, together with your bill and documentation of any payment you have made, to:
    Cascade Crest Medicare - Member Claims, PO Box 31188, Tacoma, WA 98401. You must submit your claim to us within 12
    months of the date you received the service, item or drug. We count a request as received on the date it arrives
    at this address.
  file: other/eoc-2026-chapter7-excerpt.txt
  other_terms: >-
    Out-of-network services (PPO): you may get covered services from out-of-network providers; your share is 40%
    coinsurance of the plan's allowed amount after the out-of-network deductible. (Evidence of Coverage 2026, Chapter
    4, Medical Benefits Chart, "Outpatient mental health care", out-of-network column)
  other_terms_file: other/eoc-2026-chapter7-excerpt.txt
  other_terms_apply: >-
    The plan covers out-of-network outpatient mental health care under the PPO, so the only question is the date the
    request arrived; once it is accepted as timely, the claim is paid at the out-of-network cost sharing.
filing:
  first_submitted: 2026-09-28
  received: 2026-10-01
  method: USPS Certified Mail, article 9407 1118 9876 5432 1070 44
  sent_to: Cascade Crest Medicare - Member Claims, PO Box 31188, Tacoma, WA 98401 (the address in EOC 2026, Ch. 7)
  limit_deadline: 2026-10-06
  proof: other/usps-certified-mail-receipt-and-tracking-2026-09-28.txt
treatment:
  name: Outpatient electroconvulsive therapy (ECT), acute course of 8 treatments
  summary: >-
    An acute course of 8 ECT treatments, October 6 through October 31, 2025, for severe recurrent depression with
    psychotic features; Mr. Tuttle reached remission (MADRS 36 to 8).
clinical:
  severity: MADRS 36 on 10/01/2025 before ECT; MADRS 8 on 11/05/2025 after the eighth treatment (remission)
  severity_date: 2025-11-05
  suicidality: passive
  suicidality_date: 2025-10-01
  response: MADRS 36 before the course (10/01/2025), 8 after the eighth treatment (11/05/2025)
  response_level: remission
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2023-02
      end: 2024-01
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 11 months at 200 mg; stopped
      evidence: {file: clinical/ect-course-summary-2025-11-05.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2024-01
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response at 225 mg (MADRS 36 after 20 months); continued through and after ECT
      evidence: {file: clinical/ect-course-summary-2025-11-05.txt, page: 1}
    - drug: Mirtazapine
      dose: 15 mg at bedtime for sleep
      start: 2024-06
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/ect-course-summary-2025-11-05.txt, page: 1}
    - drug: Nortriptyline (2012 episode)
      dose: 75 mg daily
      start: 2012-03
      end: 2013-09
      kind: antidepressant
      failed: false
      response: remission
      outcome: Remission in the 2012 episode; tapered in 2013 while well
      evidence: {file: clinical/ect-course-summary-2025-11-05.txt, page: 1}
author:
  name: Marcus Tuttle
  role: Son of the member and his appointed representative (form CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-2026-11-20.txt
  address: |-
    3307 East 29th Avenue
    Spokane, WA 99223
  phone: (509) 555-0148
  email: marcus.tuttle@mail.example
provider:
  name: Anjali Ferreira-Novak
  credentials: MD
  npi: "1748520362"
  address: |-
    Inland Northwest Neuromodulation Center (FICTIONAL), 820 South Cowley Street, Suite 200
    Spokane, WA 99202
  phone: (509) 555-0133
reimbursement:
  amount_billed: "$5,120.00"
  amount_paid: "$0.00"
record_dates:
  - file: clinical/ect-course-summary-2025-11-05.txt
    date: 2025-11-05
bates_prefix: TUTTLE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/notice-of-denial-of-payment-2026-11-16.txt": """
CASCADE CREST MEDICARE PPO (FICTIONAL) - A MEDICARE ADVANTAGE PLAN
NOTICE OF DENIAL OF PAYMENT                                  Date of this notice: 11/16/2026
Page 1 of 1

Member: Raymond Tuttle          Member ID: FICT-CCM-4410287735          Reference: PR-26-1116-770412
Provider: Anjali Ferreira-Novak, MD (out-of-network)
Services: 90870 x 8, dates of service 10/06/2025 through 10/31/2025          Amount on the bill: $5,120.00

We cannot pay this request. Your request for payment was received on 11/09/2026. Requests for payment must be sent
to us within 12 months of the date of service. The dates of service (10/06/2025 through 10/31/2025) are more than
12 months before the date we received your request. (CARC 29: the time limit for filing has expired.)

Received: 11/09/2026 (date stamp, Member Claims)

YOUR RIGHT TO APPEAL: If you disagree, you may ask us for a reconsideration. You must ask for a reconsideration within
65 calendar days from the date of this notice. Write to Cascade Crest Medicare - Appeals and Grievances, PO Box 31170,
Tacoma, WA 98401, or fax (253) 555-0166. Because this is a request for payment for services you already received, a
fast (expedited) reconsideration is not available. Someone may appeal for you if you appoint them (form CMS-1696).
If we uphold our decision, we will send your case to an independent review organization automatically.
""",
    "clinical/ect-course-summary-2025-11-05.txt": """
INLAND NORTHWEST NEUROMODULATION CENTER (FICTIONAL)
ECT COURSE SUMMARY                                          Date: 11/05/2025
Patient: Raymond Tuttle   DOB 07/19/1951   Treating psychiatrist: Anjali Ferreira-Novak, MD
Page 1 of 1

Diagnosis: major depressive disorder, recurrent, severe, with psychotic features (F33.3).
Course: 8 right unilateral ECT treatments on 10/06, 10/08, 10/10, 10/15, 10/17, 10/22, 10/27 and 10/31/2025,
outpatient, with anesthesia by Spokane Valley Anesthesia Group (billed separately by that group).
Before: MADRS 36 on 10/01/2025; nihilistic delusions; passive wish to be dead, no plan or intent.
After: MADRS 8 on 11/05/2025; delusions resolved; no suicidal ideation. Remission.

Medication history:
- Sertraline 200 mg daily, 02/2023 to 01/2024: no response after 11 months; stopped.
- Venlafaxine XR 225 mg daily since 01/2024: partial response; continued during and after ECT.
- Mirtazapine 15 mg at bedtime since 06/2024 for sleep.
- 2012 episode: nortriptyline 75 mg, remission; tapered 09/2013 while well.

Plan: continue venlafaxine XR; follow-up visits monthly; no maintenance ECT planned at this time.
Note: the patient paid the center in full; the center is not contracted with his Medicare Advantage plan and gave him
an itemized bill to send to his plan.
""",
    "other/eoc-2026-chapter7-excerpt.txt": """
CASCADE CREST MEDICARE PPO (FICTIONAL) - 2026 EVIDENCE OF COVERAGE (excerpts)

Chapter 7, Section 2.1 - How and when to send us a request for payment
Send us your request for payment, together with your bill and documentation of any payment you have made, to:
Cascade Crest Medicare - Member Claims, PO Box 31188, Tacoma, WA 98401. You must submit your claim to us within 12
months of the date you received the service, item or drug. We count a request as received on the date it arrives
at this address.

Chapter 4, Medical Benefits Chart - Outpatient mental health care (out-of-network column)
Out-of-network services (PPO): you may get covered services from out-of-network providers; your share is 40%
coinsurance of the plan's allowed amount after the out-of-network deductible.
""",
    "other/usps-certified-mail-receipt-and-tracking-2026-09-28.txt": """
USPS CERTIFIED MAIL RECEIPT AND TRACKING PRINTOUT (FICTIONAL REPRODUCTION)
Page 1 of 1

Receipt, Spokane WA 99223 post office, 09/28/2026 2:41 pm
  Article 1: 9407 1118 9876 5432 1070 44 - to Cascade Crest Medicare - Member Claims, PO Box 31188, Tacoma, WA 98401
  Article 2: 9407 1118 9876 5432 1071 51 - to Evergreen Dental Plan (FICTIONAL), a claim of Mrs. June Tuttle
  Sender: Marcus Tuttle, 3307 East 29th Avenue, Spokane, WA 99223

Tracking history for 9407 1118 9876 5432 1070 44 (printed 11/19/2026)
  09/28/2026 2:41 pm  Spokane, WA 99223   Accepted at USPS origin facility
  09/29/2026 6:02 am  Spokane, WA         Departed USPS regional facility
  10/01/2026 9:14 am  Tacoma, WA 98401    Delivered, PO Box (Cascade Crest Medicare - Member Claims, PO Box 31188)
""",
    "other/request-for-payment-cover-letter-2026-09-28.txt": """
REQUEST FOR PAYMENT (cover letter sent with the itemized bill)          Date: 09/28/2026
To: Cascade Crest Medicare - Member Claims, PO Box 31188, Tacoma, WA 98401
Member: Raymond Tuttle, Member ID FICT-CCM-4410287735

Please pay your share of the enclosed bill from Inland Northwest Neuromodulation Center for 8 ECT treatments
(90870), 10/06/2025 through 10/31/2025, $640.00 each, $5,120.00 in all, which my father paid in full on 11/07/2025
(receipt enclosed). Sent for him by his son, Marcus Tuttle, (509) 555-0148.
""",
    "other/member-handbook-2024-claims-address.txt": """
CASCADE CREST MEDICARE PPO (FICTIONAL) - 2024 MEMBER HANDBOOK (page kept by the family)
Send requests for payment to: Member Claims, PO Box 27740, Seattle, WA 98124. (This address was used in 2024.)
""",
    "other/cms-1696-appointment-2026-11-20.txt": """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, reproduced; FICTIONAL)          Signed: 11/20/2026
Beneficiary: Raymond Tuttle, Medicare plan member ID FICT-CCM-4410287735
I appoint Marcus Tuttle (son), 3307 East 29th Avenue, Spokane, WA 99223, to act as my representative in connection
with my claim or asserted right under Medicare, including appeals with Cascade Crest Medicare PPO.
Signed: Raymond Tuttle, 11/20/2026.   Accepted: Marcus Tuttle, 11/20/2026. Not a provider; no fee charged.
""",
}

TRUTH = r'''
# 01 - Medicare Advantage PPO: a member's request for payment called late; reconsideration asked by the son (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Raymond Tuttle, 75 (DOB 07/19/1951), Spokane, WA, is in **Cascade Crest Medicare PPO**, a Medicare Advantage PPO.
  The PPO covers out-of-network outpatient mental health care (EOC 2026, Ch. 4: 40% coinsurance of the allowed
  amount after the out-of-network deductible).
- He had **8 outpatient ECT treatments (90870) on 10/06, 10/08, 10/10, 10/15, 10/17, 10/22, 10/27 and 10/31/2025**
  from Anjali Ferreira-Novak, MD (non-contracted), for F33.3; MADRS **36 -> 8** (remission). He paid **$5,120.00** on
  11/07/2025. Necessity is not disputed.
- His son mailed the request for payment by **USPS Certified Mail on 09/28/2026** to the 2026 claims address the EOC
  gives (PO Box 31188, Tacoma); **USPS shows it delivered there on 10/01/2026 at 9:14 am**.
- The plan's **EOC 2026, Ch. 7, s. 2.1**: a claim is due "within 12 months of the date you received the service", and
  "We count a request as received on the date it arrives at this address". For the earliest date (10/06/2025) the 12
  months end on **10/06/2026**; delivery on **10/01/2026** is within 12 months of **every** date of service.
- The plan denied it by a **notice dated 11/16/2026** (reference **PR-26-1116-770412**, CO-29), stating "received on
  11/09/2026" (its own later date stamp).
- **Stage and rule:** a **reconsideration** of a payment denial by the Medicare Advantage plan (42 CFR 422.578-422.590),
  due **65 days from the notice: by 01/20/2027** (422.582(b); the notice says the same). A payment reconsideration is
  decided within 60 days (422.590(b)); no expedited route for payment (the notice says so). If the plan upholds it,
  the case goes to the independent review entity **automatically** (422.592).
- **Author:** Marcus Tuttle, his son, appointed on **CMS-1696 signed 11/20/2026**; he writes "my father" / "Mr. Tuttle".

## Deliberately unknown
- The plan's allowed amount and so the sum it owes (40% coinsurance after the out-of-network deductible): not known;
  never "$5,120.00 is owed".
- Why the plan stamped it 11/09 (mailroom delay, re-routing): not in the case; the letter may say it is a later
  processing date, not why.
- Whether the out-of-network deductible was met in 2025: not in the case.

## Traps
- **Date, not medicine.** The winning point is the EOC's own rule and the USPS delivery date. No count of failed trials,
  no literature, no peer-to-peer, no "clinical reviewer", no medical-necessity request.
- **Which date counts:** the EOC counts the date the request **arrives at the address**, so delivery (10/01/2026) is
  the date, not the mailing (09/28) and not the stamp (11/09). The tightest date is 10/06/2025 (limit 10/06/2026).
- **Stale document:** the family's **2024 handbook page** gives an old Seattle claims address; the request went to the
  2026 address. A letter must not say it went to the Seattle box.
- **Other person on a document:** the USPS receipt lists a second article, **Mrs. June Tuttle's dental claim**; it is
  not part of this appeal.
- **Anesthesia** was billed by another group and is not part of this claim.
- **Venlafaxine XR continues** (partial response): never "failed" or "stopped". Sertraline failed (11 months). Mirtazapine
  15 mg is a **sleep dose**. Nortriptyline 2012 was an **earlier-episode remission**, not a failure.
- **Wrong law:** no ERISA (29 CFR 2560.503-1), no ACA (45 CFR 147.136), no external review by a state, no parity (MHPAEA
  does not reach Medicare), no Original Medicare rules (405.x, "QIC", "120 days"), no 7-day Part B drug clock (ECT is
  not a drug), no 72-hour/expedited request.
- **Voice:** the son writes "I" for himself and "my father"; never the patient's "I".

## Arguments a strong letter makes (strongest first)
1. The request was **received on 10/01/2026** by the plan's own rule ("the date it arrives at this address"), USPS
   tracking for article 9407 1118 9876 5432 1070 44: within 12 months of every date of service (the earliest,
   10/06/2025, allowed until 10/06/2026). The "received on 11/09/2026" in the notice is contradicted by the record.
2. It was sent to the 2026 address the EOC names (Ch. 7, s. 2.1), by certified mail on 09/28/2026.
3. The PPO covers these out-of-network services (Ch. 4); ask the plan to accept the request as timely and pay its share
   at the out-of-network cost sharing; note that an upheld decision goes to the IRE automatically. Timely: by
   01/20/2027.

## What a letter must NOT say
- "late", "good cause" as the main ground, "we missed the deadline"; "received 11/09/2026" as true; "Seattle".
- "$5,120.00 is owed" / "pay the full bill"; Mrs. June Tuttle's claim as part of this one; anesthesia codes.
- "medically necessary" as the ground; "failed venlafaxine", "stopped venlafaxine"; mirtazapine or nortriptyline as a
  failed trial.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review" by a state, "parity", "MHPAEA", "QIC",
  "42 CFR 405", "7 days", "expedited", "72 hours", "peer-to-peer".
'''

D = "denial/notice-of-denial-of-payment-2026-11-16.txt"
C = "clinical/ect-course-summary-2025-11-05.txt"
E = "other/eoc-2026-chapter7-excerpt.txt"
U = "other/usps-certified-mail-receipt-and-tracking-2026-09-28.txt"
ANSWERS = [
    (D, "Received: 11/09/2026"),
    (D, "within 65 calendar days from the date of this notice"),
    (D, "CARC 29"),
    (D, "send your case to an independent review organization automatically"),
    (E, "within 12 months of the date you received the service"),
    (E, "We count a request as received on the date it arrives at this address"),
    (E, "PO Box 31188"),
    (E, "40% coinsurance"),
    (U, "10/01/2026 9:14 am"),
    (U, "9407 1118 9876 5432 1070 44"),
    (U, "Mrs. June Tuttle"),
    (C, "MADRS 8 on 11/05/2025"),
    (C, "Venlafaxine XR 225 mg daily since 01/2024: partial response"),
    (C, "Mirtazapine 15 mg at bedtime since 06/2024 for sleep"),
    (C, "billed separately by that group"),
    ("other/member-handbook-2024-claims-address.txt", "PO Box 27740, Seattle"),
    ("other/cms-1696-appointment-2026-11-20.txt", "Signed: 11/20/2026"),
    ("truth", "by 01/20/2027"),
]
