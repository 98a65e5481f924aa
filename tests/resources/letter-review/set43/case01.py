# FICTIONAL case data, letters set 43, case 01 (issue 18). Every person, plan, provider, number and address is invented.
SLUG = "01-ma-ppo-tms-superbill-payment-request-hmo-rule-applied-reconsideration-granddaughter"

CASE_YAML = r'''
# FICTIONAL CASE (set 43, case 01) - every person, plan, provider, number and address is invented.
# Medicare Advantage PPO, New Mexico. Harold Quintana-Bell, 71, paid an out-of-network, Medicare-enrolled TMS clinic
# $7,260.00 for 30 sessions (08/03-09/11/2026) and sent the plan a request for payment with the superbill. The plan
# denied it with its HMO's network rule (CO-242); its own notice names the HMO he left on 12/31/2025. He has been in
# the PPO since 01/01/2026, whose Evidence of Coverage pays for out-of-network providers at 40% coinsurance. His
# granddaughter, his appointed representative (CMS-1696), asks for reconsideration of the payment denial.
patient:
  name: Harold Quintana-Bell
  salutation: Mr. Quintana-Bell
  date_of_birth: 1955-03-09
  member_id: FICT-SCM-440918273
  address: |-
    2207 Calle Arroyo Seco NE
    Albuquerque, NM 87110
  phone: (505) 555-0112
insurer:
  name: Sandia Crest Health Plans, Medicare Advantage (FICTIONAL)
  appeals_address: |-
    Sandia Crest Health Plans - Medicare Appeals and Grievances (FICTIONAL)
    PO Box 30418
    Albuquerque, NM 87190
  fax: (505) 555-0163
claim:
  number: SCM-PR-26-1005-08813
  plan_type: medicare_advantage
  notice_date: 2026-11-06
  appeal_deadline: 2027-01-10
  deadline_basis: >-
    Notice of denial of payment of 11/06/2026: "You must ask for a reconsideration within 65 calendar days from
    the date of this notice."
  service_dates: [2026-08-03, 2026-09-11]
  sessions: 30
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-242]
  denial_reason: >-
    Your request for payment is denied. The services were provided by a provider who is not in the plan's network.
    Out-of-network services are not covered except for emergency care, urgently needed services and out-of-area
    dialysis. (CO-242)
  denial_category: out_of_network
  denial_reasons: [out_of_network]
  coding_correct: true
  action: none
  corrections:
    - said: "Plan: Sandia Crest Value HMO (H9901-004)"
      record: >-
        The plan's own enrollment confirmation of 11/18/2025 and his 2026 member ID card show he has been enrolled in
        the Sandia Crest Classic PPO (H9901-011) since 01/01/2026; his HMO enrollment ended 12/31/2025.
      file: other/enrollment-confirmation-2025-11-18.txt
      page: 1
plan_option:
  name: Sandia Crest Classic PPO (H9901-011)
  out_of_network: true
  since: 2026-01-01
  applied: HMO
  proof:
    - other/enrollment-confirmation-2025-11-18.txt
    - other/member-id-card-2026.txt
plan_policy:
  name: Sandia Crest Classic PPO 2026 Evidence of Coverage, Chapter 4, Section 2.3
  number: Chapter 4, Section 2.3
  quote: >-
    As a member of our PPO plan, you may get your covered services from any provider who is eligible to be paid by
    Medicare, whether or not the provider is in our network. Covered services you get from an out-of-network provider
    cost you 40% coinsurance of the plan's allowed amount after the $500 out-of-network deductible. If you paid an
    out-of-network provider yourself, send us a request for payment with the itemized bill and proof of payment, and
    we will pay you our share.
  file: other/eoc-2026-ppo-chapter-4-excerpt.txt
  other_terms: >-
    We cannot pay a provider who has opted out of Medicare or who is excluded from Medicare.
  other_terms_file: other/eoc-2026-ppo-chapter-4-excerpt.txt
  other_terms_apply: >-
    Mesa Verde Neurotherapy has been enrolled in Medicare Part B since 2019 as a non-participating provider and has
    not opted out and is not excluded (its statement of 10/02/2026), so the one limit the Evidence of Coverage puts
    on out-of-network providers does not reach this claim.
copies: [prescriber]
treatment:
  name: Transcranial magnetic stimulation (TMS), 30 sessions (90867, 90868)
  summary: >-
    A course of 30 TMS sessions for recurrent major depression, severe, after two failed antidepressant trials, a
    third antidepressant still taken with a partial response, and a course of cognitive behavioral therapy; the
    plan's notice decided only the network question.
clinical:
  severity: PHQ-9 23 on 07/28/2026 (before TMS); PHQ-9 9 on 09/11/2026 (after session 30)
  severity_date: 2026-09-11
  suicidality: passive
  suicidality_date: 2026-07-28
  response: PHQ-9 23 (07/28/2026) to 9 (09/11/2026)
  response_level: response
  episode_onset: 2024-01
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2024-01
      end: 2024-05
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 16 weeks at 20 mg; stopped
      evidence: {file: clinical/psychiatric-evaluation-2026-07-28.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2024-06
      end: 2024-12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 20 weeks; stopped
      evidence: {file: clinical/psychiatric-evaluation-2026-07-28.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-01
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the TMS course
      evidence: {file: clinical/psychiatric-evaluation-2026-07-28.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2025-03
      ongoing: true
      kind: other
      outcome: Sleep aid at a low dose; not an antidepressant trial
      evidence: {file: clinical/psychiatric-evaluation-2026-07-28.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 16 weekly sessions
      start: 2025-04
      end: 2025-08
      kind: psychotherapy
      sessions: 16
      adequate: true
      response: partial
      outcome: Partial benefit; completed
      evidence: {file: clinical/psychiatric-evaluation-2026-07-28.txt, page: 1}
author:
  name: Marisol Quintana
  role: Granddaughter and appointed representative (form CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-2026-11-12.txt
  address: |-
    415 Rio Grande Boulevard NW, Apt 12
    Albuquerque, NM 87104
  phone: (505) 555-0131
  email: marisol.quintana@mail.example
provider:
  name: Mesa Verde Neurotherapy (FICTIONAL)
  credentials: Medicare-enrolled, non-participating; not in the plan's network
  npi: "1740293851"
  address: |-
    8810 Montgomery Boulevard NE, Suite 3
    Albuquerque, NM 87111
  phone: (505) 555-0145
expenses:
  - {date: 2026-09-11, item: "TMS course, 30 sessions, paid in full by the member (superbill SB-2026-0418)", amount: 7260.00, paid: 7260.00}
reimbursement:
  amount_billed: "$7,260.00"
  amount_paid: "$7,260.00"
service_lines:
  - {date: 2026-08-03, place_of_service: "11", code: "90867", units: 1, diagnosis_pointers: "A", charge: 300.00, paid: 300.00}
  - {date: 2026-08-04, place_of_service: "11", code: "90868", units: 29, diagnosis_pointers: "A", charge: 6960.00, paid: 6960.00, description: "29 treatment sessions, 08/04/2026-09/11/2026"}
record_dates:
  - file: clinical/psychiatric-evaluation-2026-07-28.txt
    date: 2026-07-28
  - file: clinical/tms-course-summary-2026-09-11.txt
    date: 2026-09-11
bates_prefix: QUINTANABELL
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/notice-of-denial-of-payment-2026-11-06.txt": '''
SANDIA CREST HEALTH PLANS (FICTIONAL) - MEDICARE ADVANTAGE
NOTICE OF DENIAL OF PAYMENT                                          Date of notice: 11/06/2026
Member: Harold Quintana-Bell   Member ID FICT-SCM-440918273   Plan: Sandia Crest Value HMO (H9901-004)
Request for payment SCM-PR-26-1005-08813, received 10/07/2026
Provider: Mesa Verde Neurotherapy, NPI 1740293851   Services 08/03/2026-09/11/2026   90867 x1, 90868 x29
Amount requested: $7,260.00   Amount approved: $0.00

Why we denied your request: Your request for payment is denied. The services were provided by a provider who is
not in the plan's network. Out-of-network services are not covered except for emergency care, urgently needed
services and out-of-area dialysis. (CO-242)

Your right to appeal: You must ask for a reconsideration within 65 calendar days from the date of this notice.
Write to Medicare Appeals and Grievances, PO Box 30418, Albuquerque, NM 87190, or fax (505) 555-0163. If we keep
our decision, we send your case to an independent review entity.
''',
    "clinical/psychiatric-evaluation-2026-07-28.txt": '''
MESA VERDE NEUROTHERAPY (FICTIONAL) - PSYCHIATRIC EVALUATION FOR TMS          Date: 07/28/2026
Patient: Harold Quintana-Bell   DOB 03/09/1955   Page 1 of 1
Evaluating psychiatrist: Dr. Ines Caballero-Wright, MD (FICTIONAL)
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2). Current episode
since 01/2024. PHQ-9 23. Passive death wish ("wouldn't mind not waking up"), no plan or intent.
Medication trials this episode: escitalopram 20 mg daily 01/2024-05/2024, no response after 16 weeks, stopped;
bupropion XL 300 mg daily 06/2024-12/2024, no response after 20 weeks, stopped; venlafaxine XR 225 mg daily since
01/2025, partial response, continued. Mirtazapine 7.5 mg at bedtime since 03/2025, for sleep only.
Psychotherapy: cognitive behavioral therapy, 16 weekly sessions 04/2025-08/2025, partial benefit.
Earlier episode (2009): sertraline 100 mg, full remission within 3 months; stopped 2011 in remission.
Exclusions checked: no seizure disorder, no metal in the head, no pacemaker, no psychosis, no active substance use.
Plan: TMS, 30 sessions, left DLPFC, while venlafaxine XR continues.
''',
    "clinical/tms-course-summary-2026-09-11.txt": '''
MESA VERDE NEUROTHERAPY (FICTIONAL) - TMS COURSE SUMMARY                       Date: 09/11/2026
Patient: Harold Quintana-Bell   DOB 03/09/1955   Page 1 of 1
Course: 30 sessions, 08/03/2026-09/11/2026 (motor threshold and first session 08/03/2026; 29 treatment sessions
08/04/2026-09/11/2026). PHQ-9 23 at start, 9 at session 30. No suicidal ideation from session 6 onward.
Venlafaxine XR 225 mg daily continued; mirtazapine 7.5 mg at bedtime continued for sleep.
Billing: Mesa Verde Neurotherapy does not contract with Sandia Crest Health Plans. Patient paid at each visit;
superbill SB-2026-0418 issued 09/11/2026 for submission to his plan.
''',
    "other/superbill-and-receipt-2026-09-11.txt": '''
MESA VERDE NEUROTHERAPY (FICTIONAL) - SUPERBILL SB-2026-0418 AND RECEIPT      Date: 09/11/2026
Provider: Mesa Verde Neurotherapy, NPI 1740293851, 8810 Montgomery Boulevard NE, Suite 3, Albuquerque, NM 87111
Patient: Harold Quintana-Bell   DOB 03/09/1955   Diagnosis A: F33.2
Line 1  08/03/2026   POS 11   90867 x1    $300.00
Line 2  08/04/2026-09/11/2026   POS 11   90868 x29   $6,960.00
Total charges $7,260.00   Paid by patient $7,260.00   Balance $0.00

Front-desk daily payment log, 09/11/2026 (printed on the same sheet):
  Quintana-Bell, H.   card payment   $240.00   session 30
  Lucero, Anita R.     card payment   $240.00   session 4    [another patient; not part of this claim]
''',
    "other/request-for-payment-2026-10-05.txt": '''
MEMBER REQUEST FOR PAYMENT (plan form, FICTIONAL)                              Signed 10/05/2026
To: Sandia Crest Health Plans, Medicare Claims, PO Box 30410, Albuquerque, NM 87190
Member: Harold Quintana-Bell   Member ID FICT-SCM-440918273
I paid Mesa Verde Neurotherapy $7,260.00 for 30 TMS sessions, 08/03/2026-09/11/2026. The itemized superbill
SB-2026-0418 and the receipt are attached. Please pay me the plan's share.
Signed: Harold Quintana-Bell
''',
    "other/enrollment-confirmation-2025-11-18.txt": '''
SANDIA CREST HEALTH PLANS (FICTIONAL) - ENROLLMENT CONFIRMATION                Date: 11/18/2025
Member: Harold Quintana-Bell   Member ID FICT-SCM-440918273   Page 1 of 1
We received your request, made during the annual enrollment period, to change plans.
Your enrollment in Sandia Crest Value HMO (H9901-004) ends 12/31/2025.
Your enrollment in Sandia Crest Classic PPO (H9901-011) begins 01/01/2026.
Your member ID number stays the same. A new member ID card will be mailed to you.
''',
    "other/member-id-card-2026.txt": '''
SANDIA CREST HEALTH PLANS (FICTIONAL) - MEMBER ID CARD (copy, front)
Harold Quintana-Bell   Member ID FICT-SCM-440918273
Plan: Sandia Crest Classic PPO   H9901-011   Effective 01/01/2026
In network / Out of network: you may see any provider who accepts Medicare.
Member services (505) 555-0160
''',
    "other/eoc-2026-ppo-chapter-4-excerpt.txt": '''
SANDIA CREST CLASSIC PPO (FICTIONAL) - 2026 EVIDENCE OF COVERAGE (excerpt)      Page 58 of 212
Chapter 4, Section 2.3 Getting care from out-of-network providers
As a member of our PPO plan, you may get your covered services from any provider who is eligible to be paid by
Medicare, whether or not the provider is in our network. Covered services you get from an out-of-network provider
cost you 40% coinsurance of the plan's allowed amount after the $500 out-of-network deductible. If you paid an
out-of-network provider yourself, send us a request for payment with the itemized bill and proof of payment, and
we will pay you our share.
We cannot pay a provider who has opted out of Medicare or who is excluded from Medicare.
''',
    "other/eoc-2025-hmo-chapter-3-excerpt.txt": '''
SANDIA CREST VALUE HMO (FICTIONAL) - 2025 EVIDENCE OF COVERAGE (excerpt)        Page 41 of 198
Chapter 3, Section 2.4 Care from out-of-network providers
In most cases, care you get from an out-of-network provider will not be covered. The exceptions are emergency
care, urgently needed services and out-of-area dialysis.
[Kept in the family's files. This is the 2025 document of the HMO the member left on 12/31/2025.]
''',
    "other/provider-medicare-enrollment-letter-2026-10-02.txt": '''
MESA VERDE NEUROTHERAPY (FICTIONAL) - STATEMENT OF MEDICARE ENROLLMENT           Date: 10/02/2026
To whom it may concern: Mesa Verde Neurotherapy (NPI 1740293851) has been enrolled in Medicare Part B since
2019 as a non-participating provider. Neither the clinic nor its physicians have opted out of Medicare, and none
is excluded. The clinic does not contract with Sandia Crest Health Plans.
Signed: Teodoro Ulibarri, practice administrator   (505) 555-0145   billing@mesaverde-tms.example
''',
    "other/cms-1696-appointment-2026-11-12.txt": '''
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, copy; names FICTIONAL)            Signed 11/12/2026
Beneficiary: Harold Quintana-Bell   Medicare plan member ID FICT-SCM-440918273
I appoint Marisol Quintana, my granddaughter, 415 Rio Grande Boulevard NW, Apt 12, Albuquerque, NM 87104,
(505) 555-0131, to act as my representative in connection with my claim or asserted right under Medicare.
Signed: Harold Quintana-Bell, 11/12/2026.   Accepted: Marisol Quintana, 11/12/2026.
''',
}

TRUTH = r'''
# 01 - Medicare Advantage PPO: a TMS superbill denied under the HMO's network rule; reconsideration by the granddaughter (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harold Quintana-Bell, 71 (DOB 03/09/1955), has been enrolled in the **Sandia Crest Classic PPO (H9901-011) since
  01/01/2026** (enrollment confirmation of 11/18/2025; 2026 ID card). He left the Value HMO (H9901-004) on 12/31/2025.
- He had **30 TMS sessions, 08/03/2026-09/11/2026** (90867 x1, 90868 x29; F33.2) at Mesa Verde Neurotherapy, a
  Medicare-enrolled **non-participating** clinic that has not opted out and is not in the plan's network. He **paid
  $7,260.00** himself (superbill SB-2026-0418) and sent a request for payment on 10/05/2026 (received 10/07/2026).
- The **notice of 11/06/2026** (CO-242) denies payment with the HMO's rule (only emergency, urgently needed care,
  dialysis) and prints "Plan: Sandia Crest Value HMO (H9901-004)": the plan applied the wrong plan's terms.
- The **2026 PPO Evidence of Coverage, Chapter 4 Section 2.3**, covers services from any Medicare-eligible provider,
  in network or not, at **40% coinsurance** after a $500 out-of-network deductible, and tells members who paid to
  send a request for payment. A PPO must cover out-of-network care (the plan type itself; 42 CFR 422.4(a)(1)(v)).
- Necessity was not decided by the notice. Clinically: three antidepressant trials in this episode (escitalopram
  and bupropion failed; venlafaxine XR 225 mg **continues**, partial response) and 16 sessions of CBT; PHQ-9 23 ->
  9 after TMS.
- **Rule and stage:** reconsideration of a Medicare Advantage payment denial, 42 CFR 422.578-422.590; **65 days
  from the notice: by 01/10/2027**; decision within 60 days for payment; an upheld denial goes to the independent
  review entity automatically (422.592). Author: his **granddaughter, appointed on form CMS-1696**.

## Deliberately unknown
- The plan's allowed amount for the services, whether the $500 out-of-network deductible was met, and so the sum
  the plan owes: a letter must not state a dollar figure due; it asks for payment of the plan's share.
- Why the plan's system held the HMO: not known; a letter may ask that the record be corrected.
- Whether the plan would apply a Medicare coverage rule (an LCD) for TMS: not decided; nothing in the case.

## Traps
- **Plan document, not medicine.** The winning point is the PPO's own out-of-network benefit and his enrollment date;
  no network gap exception, no list of in-network providers tried (there are none in the case), no emergency or
  urgently needed care.
- **Stale document:** the 2025 HMO Evidence of Coverage (kept in the family's files) says out-of-network care is
  not covered; it is not his plan in 2026.
- **A decision's wrong statement:** "Plan: Sandia Crest Value HMO (H9901-004)".
- **Other person on a document:** the payment log on the superbill sheet shows Anita R. Lucero's payment.
- **Drug still taken:** venlafaxine XR continues (never "failed" or "stopped"); **mirtazapine 7.5 mg** is a sleep
  dose, not a trial; sertraline 2009 is an earlier episode's remission, never a failure.
- **Suicidality:** a passive death wish on 07/28/2026 only, none from session 6; history with its date, not a
  present risk.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA/parity (Medicare), no state external review, no Medicaid
  continuation. No "expedited" request (payment for care already given).
- **Voice:** the granddaughter writes about "Mr. Quintana-Bell"; never "I" as the patient.

## Arguments a strong letter makes (strongest first)
1. Since 01/01/2026 he is a member of the **Classic PPO**, whose 2026 Evidence of Coverage, Chapter 4 Section 2.3,
   covers services from any Medicare-eligible provider whether or not in network; the notice applied the HMO's rule
   and names the HMO. Reprocess the request for payment under the PPO's out-of-network benefit and pay his share
   (the plan's allowed amount less 40% coinsurance and any deductible), and correct the plan record.
2. The clinic is Medicare-enrolled and has not opted out (its statement of 10/02/2026), so the EOC's one limit on
   out-of-network providers does not apply; the superbill and receipt are the proof of payment the EOC asks for.
3. The care itself: recurrent severe depression after failed trials, with a response (PHQ-9 23 -> 9), if the plan
   looks at coverage of TMS at all; ask that any other ground be stated so it can be answered.

## What a letter must NOT say
- "network gap exception", "no in-network provider", "single case agreement"; "emergency"; "urgently needed".
- "HMO" as his plan; "out-of-network services are not covered" as his plan's rule.
- "Lucero".
- "failed venlafaxine", "stopped venlafaxine"; mirtazapine as a trial; "failed sertraline"; present suicidal ideation.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA", "parity", "external review" by a state, "438.420".
- a dollar amount the plan owes (other than the $7,260.00 he paid); "expedited".
'''

ANSWERS = [
    ("plan since 01/01/2026", "Sandia Crest Classic PPO (H9901-011) begins 01/01/2026", "other/enrollment-confirmation-2025-11-18.txt"),
    ("plan the notice names", "Plan: Sandia Crest Value HMO (H9901-004)", "denial/notice-of-denial-of-payment-2026-11-06.txt"),
    ("denial code", "(CO-242)", "denial/notice-of-denial-of-payment-2026-11-06.txt"),
    ("appeal window", "within 65 calendar days from the date of this notice", "denial/notice-of-denial-of-payment-2026-11-06.txt"),
    ("deadline", "by 01/10/2027", "truth"),
    ("out-of-network benefit", "whether or not the provider is in our network", "other/eoc-2026-ppo-chapter-4-excerpt.txt"),
    ("coinsurance", "40% coinsurance", "other/eoc-2026-ppo-chapter-4-excerpt.txt"),
    ("amount paid", "Paid by patient $7,260.00", "other/superbill-and-receipt-2026-09-11.txt"),
    ("provider Medicare status", "non-participating provider. Neither the clinic nor its physicians have opted out", "other/provider-medicare-enrollment-letter-2026-10-02.txt"),
    ("sessions and dates", "30 sessions, 08/03/2026-09/11/2026", "clinical/tms-course-summary-2026-09-11.txt"),
    ("response", "PHQ-9 23 at start, 9 at session 30", "clinical/tms-course-summary-2026-09-11.txt"),
    ("drug still taken", "venlafaxine XR 225 mg daily since 01/2025, partial response, continued", "clinical/psychiatric-evaluation-2026-07-28.txt"),
    ("sleep dose", "Mirtazapine 7.5 mg at bedtime since 03/2025, for sleep only", "clinical/psychiatric-evaluation-2026-07-28.txt"),
    ("other person", "Lucero, Anita R.", "other/superbill-and-receipt-2026-09-11.txt"),
    ("author", "I appoint Marisol Quintana, my granddaughter", "other/cms-1696-appointment-2026-11-12.txt"),
    ("stale document", "2025 document of the HMO the member left on 12/31/2025", "other/eoc-2025-hmo-chapter-3-excerpt.txt"),
]
