"""Set 35, case 01 (FICTIONAL): Marketplace plan, APTC three-month grace period, IOP claim denied as after termination."""

SLUG = "01-marketplace-aptc-grace-period-paid-iop-coverage-terminated-first-appeal-patient"

CASE_YAML = """
# FICTIONAL CASE (set 35, case 01) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver HMO with advance payments of the premium tax credit (APTC), Ohio. Delphine Ashgrove,
# 43, attended an adult intensive outpatient program 07/13-08/21/2026. The plan denied the claim (CARC 27) saying her
# coverage ended 06/30/2026 for unpaid premiums. She paid July and August on 08/14/2026 and September by autopay on
# 09/03/2026, inside the three-month APTC grace period (07/01-09/30/2026). She writes her own first internal appeal.
patient:
  name: Delphine Ashgrove
  salutation: Ms. Ashgrove
  date_of_birth: 1983-02-11
  member_id: FICT-BMH-40718832
  address: |-
    1187 Larchmere Avenue
    Columbus, OH 43206
  phone: (614) 555-0132
  email: d.ashgrove@mailbox.example
insurer:
  name: Buckeye Meadow Health Plan (FICTIONAL)
  appeals_address: |-
    Buckeye Meadow Health Plan - Member Appeals and Grievances (FICTIONAL)
    PO Box 30817
    Columbus, OH 43230
  fax: (614) 555-0148
claim:
  number: BMH-26-1112-30417
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-11-12
  appeal_deadline: 2027-05-11
  deadline_basis: >-
    Notice of 11/12/2026: "You have 180 days from the date you receive this notice to ask for an internal appeal."
    Counted from the notice date, with no mailing days added.
  service_dates: [2026-07-13, 2026-08-21]
  sessions: 18
  setting: intensive_outpatient
  procedure_codes: [S9480]
  revenue_codes: ["0905"]
  diagnosis_codes: [F33.1]
  carc_codes: [CO-27]
  denial_reason: >-
    Expenses incurred after coverage terminated. Your coverage ended 06/30/2026 because premiums were not paid. The
    grace period ended 09/30/2026 with premiums unpaid. (CARC 27)
  denial_category: other
  denial_reasons: [coverage_ended]
  action: none
  corrections:
    - said: The grace period ended 09/30/2026 with premiums unpaid.
      record: >-
        The plan's own payment confirmation PMT-26-0814-55219 shows $412.00 received on 08/14/2026 for the July and
        August 2026 premiums, and the bank statement shows the September premium of $206.00 paid by autopay on
        09/03/2026, both before 09/30/2026.
      file: other/premium-payment-confirmation-2026-08-14.txt
      page: 1
plan_policy:
  name: Buckeye Meadow 2026 Individual HMO Certificate of Coverage, Section 3.4 "Grace period"
  number: Section 3.4
  quote: >-
    If you receive advance payments of the premium tax credit and have paid at least one full month's premium during
    the year, you have a grace period of three consecutive months. If you pay all premiums owed before the grace
    period ends, your coverage continues without interruption. We pay claims for services received in the first
    month of the grace period, and we may hold claims for services received in the second and third months until the
    premiums owed are paid.
  file: other/certificate-of-coverage-2026-section-3-excerpt.txt
eligibility:
  why: >-
    Every premium owed for July, August and September 2026 was paid before the three-month grace period for an
    enrollee receiving advance payments of the premium tax credit ended on 09/30/2026, so the coverage continued
    without interruption through every date of the program.
  grace_period:
    aptc: true
    paid_on: 2026-08-14
    ends: 2026-09-30
  proof:
    - other/premium-payment-confirmation-2026-08-14.txt
    - other/bank-statement-2026-08-and-09.txt
  start: 2026-01-01
  coverage: Buckeye Meadow Silver 2 HMO coverage
  record:
    name: 2026 enrollment confirmation
    date: 2025-12-10
    file: other/enrollment-confirmation-2025-12-10.txt
    page: 1
treatment:
  name: Adult intensive outpatient program (IOP) for depression, 18 program days (S9480)
  summary: >-
    An adult intensive outpatient program, three hours a day, three days a week, from 07/13/2026 through 08/21/2026.
    The care itself is not in question; the plan denied the claim only because it says the coverage had ended.
clinical:
  severity: PHQ-9 20 at IOP admission on 07/09/2026; PHQ-9 9 at discharge on 08/21/2026
  severity_date: 2026-08-21
  suicidality: none
  suicidality_date: 2026-08-21
  response: PHQ-9 20 (07/09/2026) to 9 (08/21/2026)
  response_level: response
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-09
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the program
      evidence: {file: clinical/iop-intake-2026-07-09.txt, page: 1}
    - drug: Bupropion XL
      dose: 150 mg daily
      start: 2025-02
      end: 2025-03
      kind: antidepressant
      weeks: 4
      adequate: false
      failed: false
      outcome: Stopped after 4 weeks for anxiety and insomnia (intolerance, not an adequate trial)
      evidence: {file: clinical/iop-intake-2026-07-09.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-03
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/iop-intake-2026-07-09.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2018-04
      end: 2019-10
      kind: antidepressant
      response: remission
      failed: false
      outcome: Earlier episode (2018-2019) - remission; tapered while well
      evidence: {file: clinical/iop-intake-2026-07-09.txt, page: 1}
    - drug: Cognitive behavioral therapy, weekly
      dose: weekly sessions with an outpatient therapist
      start: 2025-05
      ongoing: true
      kind: psychotherapy
      adequate: false
      outcome: Continues; an ongoing course, not a completed trial
      evidence: {file: clinical/iop-intake-2026-07-09.txt, page: 1}
author:
  name: Delphine Ashgrove
  role: the patient (member)
  relation: patient
  address: |-
    1187 Larchmere Avenue
    Columbus, OH 43206
  phone: (614) 555-0132
  email: d.ashgrove@mailbox.example
provider:
  name: Scioto Ridge Behavioral Health - Adult Intensive Outpatient Program
  credentials: licensed outpatient behavioral health program
  npi: "1467203950"
  address: |-
    2450 Olentangy Crossing, Suite 200
    Columbus, OH 43202
  phone: (614) 555-0157
record_dates:
  - file: clinical/iop-intake-2026-07-09.txt
    date: 2026-07-09
  - file: clinical/iop-discharge-summary-2026-08-21.txt
    date: 2026-08-21
  - file: clinical/iop-attendance-log-2026-08-21.txt
    date: 2026-08-21
bates_prefix: ASHGROVE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
"denial/notice-of-claim-denial-2026-11-12.txt": """
BUCKEYE MEADOW HEALTH PLAN (FICTIONAL) - NOTICE OF CLAIM DENIAL                     Date of notice: 11/12/2026
Member: Delphine Ashgrove   DOB 02/11/1983   Member ID FICT-BMH-40718832   Plan: Silver 2 HMO (Marketplace)
Provider: Scioto Ridge Behavioral Health - Adult Intensive Outpatient Program, NPI 1467203950
Claim BMH-26-1112-30417   Services 07/13/2026-08/21/2026   S9480 x18 (revenue code 0905)   Billed $5,940.00
Paid $0.00

Reason: CARC 27. Expenses incurred after coverage terminated. Your coverage ended 06/30/2026 because premiums were
not paid. The grace period ended 09/30/2026 with premiums unpaid.

Your right to appeal: You have 180 days from the date you receive this notice to ask for an internal appeal. Write to
Member Appeals and Grievances, PO Box 30817, Columbus, OH 43230, or fax (614) 555-0148.
""",
"other/enrollment-confirmation-2025-12-10.txt": """
BUCKEYE MEADOW HEALTH PLAN (FICTIONAL) - 2026 ENROLLMENT CONFIRMATION                            Date: 12/10/2025
Page 1 of 1
Subscriber: Delphine Ashgrove   Member ID FICT-BMH-40718832   Plan: Silver 2 HMO, individual Marketplace plan
Coverage effective: 01/01/2026
Monthly premium $595.00; APTC $389.00 per month (advance payments of the premium tax credit); your share $206.00.
Your first payment (binder payment) for January 2026 was received 12/18/2025.
""",
"other/grace-period-notice-2026-08-03-stale.txt": """
BUCKEYE MEADOW HEALTH PLAN (FICTIONAL) - NOTICE OF GRACE PERIOD                                  Date: 08/03/2026
Member: Delphine Ashgrove   Member ID FICT-BMH-40718832
Our records show your premium for July 2026 has not been received. Because you receive advance payments of the
premium tax credit, you are in a three-month grace period that began 07/01/2026 and ends 09/30/2026. If all
premiums owed are not paid by 09/30/2026, your coverage will end. Claims for services in August and September may be
held until payment is received.
[Written before the payments of 08/14/2026 and 09/03/2026; kept in the member's file.]
""",
"other/premium-payment-confirmation-2026-08-14.txt": """
BUCKEYE MEADOW HEALTH PLAN (FICTIONAL) - PREMIUM PAYMENT CONFIRMATION (member portal e-mail)   Date: 08/14/2026
Page 1 of 1
Member: Delphine Ashgrove   Member ID FICT-BMH-40718832
Payment received: $412.00 on 08/14/2026 at 10:22 by debit card ending 4471
Applied to: July 2026 premium $206.00; August 2026 premium $206.00
Confirmation number: PMT-26-0814-55219
Questions: premium billing, (614) 555-0149, billing@buckeyemeadow.example
""",
"other/bank-statement-2026-08-and-09.txt": """
LARCHMERE COMMUNITY CREDIT UNION (FICTIONAL) - CHECKING STATEMENT, excerpt                 08/01/2026-09/30/2026
Page 1 of 1
Account holder: Delphine Ashgrove
08/14/2026  Debit card  BUCKEYE MEADOW HEALTH PREMIUM  PMT-26-0814-55219        -$412.00
09/03/2026  Autopay     BUCKEYE MEADOW HEALTH PREMIUM  SEPT 2026                -$206.00
(Other transactions on this statement are not related to the appeal and are left out of this excerpt.)
""",
"other/certificate-of-coverage-2026-section-3-excerpt.txt": """
BUCKEYE MEADOW HEALTH PLAN (FICTIONAL) - 2026 INDIVIDUAL HMO CERTIFICATE OF COVERAGE (excerpt)      Page 14 of 72
Section 3.4 Grace period
If you receive advance payments of the premium tax credit and have paid at least one full month's premium during the
year, you have a grace period of three consecutive months. If you pay all premiums owed before the grace period
ends, your coverage continues without interruption. We pay claims for services received in the first month of the
grace period, and we may hold claims for services received in the second and third months until the premiums owed
are paid.
""",
"clinical/iop-intake-2026-07-09.txt": """
SCIOTO RIDGE BEHAVIORAL HEALTH (FICTIONAL) - ADULT IOP INTAKE ASSESSMENT                          Date: 07/09/2026
Patient: Delphine Ashgrove   DOB 02/11/1983   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, moderate (F33.1). PHQ-9 20. Passive thoughts of not wanting to wake
up over the past two weeks; no plan or intent; safety plan completed.
Medications: sertraline 200 mg daily since 09/2024, partial response, continue; trazodone 50 mg at bedtime for sleep
since 03/2025. Bupropion XL 150 mg 02/2025-03/2025, stopped after 4 weeks for anxiety and insomnia.
Earlier episode 2018-2019: escitalopram 20 mg, remission; tapered in 10/2019 while well.
Therapy: weekly CBT with her outpatient therapist since 05/2025, continuing.
Plan: adult IOP, 3 hours a day, 3 days a week, about 6 weeks, starting 07/13/2026.
""",
"clinical/iop-discharge-summary-2026-08-21.txt": """
SCIOTO RIDGE BEHAVIORAL HEALTH (FICTIONAL) - ADULT IOP DISCHARGE SUMMARY                          Date: 08/21/2026
Patient: Delphine Ashgrove   DOB 02/11/1983   Page 1 of 1
Program: adult IOP, 07/13/2026-08/21/2026, 18 program days, 3 hours each, all attended.
PHQ-9 20 at admission, 9 at discharge. No suicidal ideation at discharge.
Discharged to weekly outpatient CBT and medication management; sertraline 200 mg continues.
""",
"clinical/iop-attendance-log-2026-08-21.txt": """
SCIOTO RIDGE BEHAVIORAL HEALTH (FICTIONAL) - IOP GROUP B ATTENDANCE LOG                      Printed: 08/21/2026
Page 1 of 1
Group B, Mon/Wed/Fri 9:00-12:00, 07/13/2026-08/21/2026
Participants (initials): D.A. (18 of 18 days), K.M. (12 of 18, discharged to PHP 08/05), R.S. (16 of 18),
T.W. (9 of 18, started 08/03)
""",
}

TRUTH = """
# 01 - Marketplace plan with APTC: an IOP claim denied as after termination although every premium was paid inside the three-month grace period; first internal appeal by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Delphine Ashgrove, 43 (DOB 02/11/1983), is enrolled in **Buckeye Meadow Silver 2 HMO**, an individual Marketplace
  plan, with **advance payments of the premium tax credit** ($389.00 a month; her share $206.00), coverage effective
  **01/01/2026** (enrollment confirmation of 12/10/2025).
- She attended an **adult intensive outpatient program** at Scioto Ridge Behavioral Health, **07/13/2026-08/21/2026, 18
  program days** (S9480, revenue code 0905, F33.1). The care itself is not disputed.
- Her July premium was late: the plan's notice of 08/03/2026 put her in a **three-month grace period, 07/01/2026 to
  09/30/2026**. She paid **$412.00 on 08/14/2026** (July and August; confirmation **PMT-26-0814-55219**) and **$206.00 by
  autopay on 09/03/2026** (September). Every premium owed was paid before 09/30/2026.
- The notice of **11/12/2026** (claim BMH-26-1112-30417, **CARC 27**) says coverage "ended 06/30/2026" and "the grace
  period ended 09/30/2026 with premiums unpaid": the plan's own payment confirmation and her bank statement contradict it.
- **Rule:** for an enrollee receiving APTC, the issuer must give a three-consecutive-month grace period, pay claims in
  the first month and may only pend claims in the second and third (45 CFR 156.270(d)); if all outstanding premiums are
  paid within it, coverage continues. The plan's own Certificate Section 3.4 says the same. Even unpaid, termination
  would take effect at the end of the **first** grace month (07/31/2026; 156.270(g)), never 06/30/2026.
- **Stage:** first (only) internal appeal, post-service, 180 days: by **05/11/2027** counted from the notice date (45 CFR
  147.136(b)(3), applying 29 CFR 2560.503-1 by reference); decision within 60 days.
- **Author:** the patient herself writes and signs: "I".

{ANSWERS}

## Deliberately unknown
- Why the plan's record did not show the payments (a posting error is suspected, not shown): a letter may ask, must not
  assert a cause.
- Whether the plan has told the Marketplace that her coverage ended: not known; a letter may ask the plan to correct
  any report it made.
- What the plan would allow for the claim: not in the case; no payment figure.

## Traps
- **Date and rule, not medicine.** No medical necessity, no clinical reviewer, no peer-to-peer, no criteria.
- **A decision's stated fact the record contradicts:** "premiums unpaid" against the confirmation and the bank statement.
- **Stale document:** the grace-period notice of 08/03/2026 ("has not been received") was true only before 08/14/2026.
- **Wrong termination date even on the plan's own theory:** 06/30/2026 is before the grace period began.
- **Other people on a document:** the IOP attendance log lists other participants (K.M., R.S., T.W.); K.M. went to a
  PHP - not the patient.
- **Suicidality:** passive thoughts at intake on 07/09/2026, none at discharge 08/21/2026: never a present risk.
- **Drugs:** sertraline continues (partial response; never "failed" or "stopped"); trazodone 50 mg is a sleep dose;
  bupropion was stopped for intolerance after 4 weeks (not an adequate trial); escitalopram 2018-2019 was an earlier
  episode's **remission**, never a failure. Weekly CBT is psychotherapy, not a drug trial.
- **Not a rescission; external review:** a retroactive termination for unpaid premiums is not a rescission (45 CFR
  147.128), and a coverage denial that involves no medical judgment is not within federal external review: a letter
  must not promise external review as the next step.
- **Voice:** she signs; "I", "my coverage", never "Ms. Ashgrove has ...".

## Arguments a strong letter makes (strongest first)
1. Every premium owed was paid inside the APTC three-month grace period (08/14/2026 and 09/03/2026, both before
   09/30/2026), so under 45 CFR 156.270(d) and Certificate Section 3.4 the coverage continued without interruption
   through 07/13-08/21/2026; reinstate the record and pay the claim.
2. Correct the notice's statement that the grace period ended with premiums unpaid, with confirmation
   PMT-26-0814-55219 and the bank statement.
3. Fallback: even on the plan's theory, coverage could end no earlier than the last day of the first grace month
   (07/31/2026), so 06/30/2026 is wrong and the July dates (07/13-07/31) must be paid in any case.
4. Ask for the plan's premium payment record for 2026 and any notice it sent the Marketplace.

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "clinical reviewer"; "criteria".
- "rescission"; "external review" as the next step; "ERISA" as the governing law; "my employer".
- "I did not pay", "late payment" conceded as ending coverage; "coverage ended 06/30/2026" as true.
- "failed sertraline", "stopped sertraline"; trazodone or escitalopram as a failed trial; "suicidal" as present.
- "K.M.", "R.S.", "T.W."; "partial hospitalization" as her care.
"""

ANSWERS = [
    ("plan type", "individual_aca", "case.yaml"),
    ("date of the notice", "11/12/2026", "denial/notice-of-claim-denial-2026-11-12.txt"),
    ("adjustment code", "CARC 27", "denial/notice-of-claim-denial-2026-11-12.txt"),
    ("termination date the notice gives", "ended 06/30/2026", "denial/notice-of-claim-denial-2026-11-12.txt"),
    ("date July and August premiums were paid", "on 08/14/2026", "other/premium-payment-confirmation-2026-08-14.txt"),
    ("amount paid on that date", "$412.00", "other/premium-payment-confirmation-2026-08-14.txt"),
    ("plan's confirmation number", "PMT-26-0814-55219", "other/premium-payment-confirmation-2026-08-14.txt"),
    ("September premium paid", "09/03/2026  Autopay", "other/bank-statement-2026-08-and-09.txt"),
    ("grace period start", "began 07/01/2026", "other/grace-period-notice-2026-08-03-stale.txt"),
    ("grace period end", "ends 09/30/2026", "other/grace-period-notice-2026-08-03-stale.txt"),
    ("monthly APTC", "APTC $389.00 per month", "other/enrollment-confirmation-2025-12-10.txt"),
    ("coverage effective", "Coverage effective: 01/01/2026", "other/enrollment-confirmation-2025-12-10.txt"),
    ("dates of the program", "07/13/2026-08/21/2026, 18 program days", "clinical/iop-discharge-summary-2026-08-21.txt"),
    ("plan's own grace-period term", "Section 3.4 Grace period", "other/certificate-of-coverage-2026-section-3-excerpt.txt"),
    ("appeal deadline", "appeal_deadline: 2027-05-11", "case.yaml"),
    ("who signs", "relation: patient", "case.yaml"),
]
