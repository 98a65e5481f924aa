# FICTIONAL case 01: Marketplace (individual) plan, Spravato claims denied as "before your coverage began";
# the Marketplace's own notice and the binder payment show coverage from August 1. A certified application
# counselor writes the first internal appeal with the member's authorization.
SLUG = "01-marketplace-spravato-coverage-not-yet-effective"

YAML = """
# FICTIONAL CASE (set 11, case 01) - every person, plan, number and address is invented.
# Individual Marketplace HMO: eight Spravato sessions in August 2026 denied because the insurer's file shows
# coverage starting 09/01/2026; the Marketplace eligibility notice says 08/01/2026 and the binder payment was made
# 07/28/2026. First internal appeal, written by a certified application counselor with the member's authorization.
patient:
  name: Delphine Arceneaux-Moody
  salutation: Ms. Arceneaux-Moody
  date_of_birth: 1988-02-14
  member_id: BPH-FICT-7730-2215
  address: |-
    88 Larkspur Court, Apt 3
    Fenwick Falls, NC 27999
  phone: (919) 555-0114
  email: delphine.am@mail.example
insurer:
  name: Bluepine Health Individual & Family Plans (FICTIONAL)
  appeals_address: |-
    Bluepine Health - Member Appeals
    PO Box 40177
    Fenwick Falls, NC 27998
  fax: (919) 555-0139
claim:
  number: BPH-26-0917-44810
  plan_type: individual_aca
  notice_date: 2026-10-19
  service_dates: [2026-08-10, 2026-08-13, 2026-08-17, 2026-08-20, 2026-08-24, 2026-08-27, 2026-08-31]
  sessions: 7
  procedure_codes: [J0013, "99215"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-26]
  denial_reason: >-
    Expenses incurred prior to coverage. Our records show your coverage under this policy began 09/01/2026. Services
    provided before your effective date are not covered. (CARC 26)
  denial_category: other
  action: none
  appeal_deadline: 2027-04-17
  deadline_basis: >-
    Stated in the notice: "You have 180 days from the date you receive this notice to file an appeal"; counted
    conservatively from the notice date, October 19, 2026.
eligibility:
  why: >-
    The Marketplace eligibility notice of July 24, 2026 sets the coverage start date at August 1, 2026 (plan selected
    on July 24, before her employer coverage ended on July 31, 2026), and the first month's premium (binder payment)
    of $118.40 was paid to Bluepine on July 28, 2026. Bluepine's welcome letter printed September 1, 2026 in error.
  proof:
    - other/marketplace-eligibility-notice-2026-07-24.txt
    - other/binder-payment-receipt-2026-07-28.txt
    - other/bluepine-welcome-letter-2026-08-21.txt
treatment:
  name: Spravato (esketamine nasal spray)
  summary: >-
    Esketamine nasal spray induction for treatment-resistant depression at a REMS-certified clinic, with sertraline
    continued.
  setting: Tarheel Crossing Behavioral Health, a Spravato REMS-certified outpatient clinic (FICTIONAL)
  monitoring: blood pressure before dosing, at 40 minutes and before discharge; two hours of direct observation
  alongside: sertraline 200 mg daily
  plural: false
author:
  name: Teodora Vance-Okafor
  role: Certified application counselor, Fenwick Falls Community Navigators (FICTIONAL), authorized representative
  relation: representative
  address: |-
    Fenwick Falls Community Navigators
    410 Mill Race Road
    Fenwick Falls, NC 27999
  phone: (919) 555-0127
  email: tvance@navigators.example
  authorization: other/authorized-representative-form-2026-11-02.txt
provider:
  name: Priyanka Halvorsen-Dube
  credentials: MD, psychiatrist
  npi: "1928374655"
  phone: (919) 555-0181
  address: |-
    Tarheel Crossing Behavioral Health, 2200 Old Quarry Pike, Suite 5
    Fenwick Falls, NC 27999
clinical:
  episode_onset: 2025-10
  severity: PHQ-9 22 on July 30, 2026 (before induction); PHQ-9 13 on August 31, 2026
  severity_date: 2026-08-31
  suicidality: none
  suicidality_date: 2026-08-31
  response: PHQ-9 22 on July 30, 2026 before induction; PHQ-9 13 on August 31, 2026 after seven sessions
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2019-03
      end: 2019-11
      outcome: Remission in an earlier episode (2019); not a failed trial
      response: remission
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-11-03
      end: 2026-01-12
      outcome: No response after ten weeks at 300 mg
      response: none
      adequate: true
      evidence: {file: clinical/clinic-notes-2025-2026.txt, page: 1}
    - drug: Sertraline
      dose: 150 to 200 mg daily
      start: 2026-01-19
      outcome: Partial response only after eleven weeks at 200 mg; continued with esketamine
      response: partial
      adequate: true
      ongoing: true
      evidence: {file: clinical/clinic-notes-2025-2026.txt, page: 1}
    - drug: Trazodone
      kind: other
      dose: 50 mg at bedtime
      start: 2026-02
      end: 2026-05
      outcome: Sleep dose for insomnia; not an antidepressant trial
      adequate: false
record_dates:
  - {file: clinical/clinic-notes-2025-2026.txt, date: 2026-08-31}
bates_prefix: ARCENEAUXMOODY
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/eob-and-denial-notice-2026-10-19.txt": """
BLUEPINE HEALTH INDIVIDUAL & FAMILY PLANS (FICTIONAL)          Silver 70 HMO - NC Marketplace plan
EXPLANATION OF BENEFITS - THIS IS NOT A BILL                    Date: October 19, 2026

Member: DELPHINE ARCENEAUX-MOODY      ID: BPH-FICT-7730-2215      Claim: BPH-26-0917-44810
Provider: TARHEEL CROSSING BEHAVIORAL HEALTH

DOS        Code    Description                         Billed      Allowed   You owe    Remark
08/10/26   J0013   esketamine nasal, per 1 mg (56)     $1,232.00   $0.00     $1,232.00  26
08/10/26   99215   office visit, established            $245.00    $0.00       $245.00  26
08/13/26 - 08/31/26 (6 more visits, J0013 x 84 / 99215)  $10,026.00  $0.00  $10,026.00  26

Remark 26: Expenses incurred prior to coverage. Our records show your coverage under this policy began
09/01/2026. Services provided before your effective date are not covered. (CARC 26)

YOUR RIGHT TO APPEAL: You have 180 days from the date you receive this notice to file an appeal. Mail to
Bluepine Health - Member Appeals, PO Box 40177, Fenwick Falls NC 27998, or fax (919) 555-0139. If you have
questions, call Member Services at 1-800-555-0133 (TTY 711). You may also contact the NC consumer assistance
program. Language assistance is available at no cost.
""",
    "other/marketplace-eligibility-notice-2026-07-24.txt": """
HEALTH INSURANCE MARKETPLACE (FICTIONAL REPRODUCTION) - ELIGIBILITY AND ENROLLMENT NOTICE
Notice date: 07/24/2026     Application ID: FICT-APP-55190-2026
Applicant: Delphine Arceneaux-Moody

Special Enrollment Period: Loss of qualifying health coverage (employer coverage ends 07/31/2026).
You selected a plan on 07/24/2026, before your other coverage ended.

Plan: Bluepine Health Silver 70 HMO (FICTIONAL)
Coverage start date: August 1, 2026
Monthly premium after advance premium tax credit: $118.40

To start your coverage, pay your first month's premium directly to the insurance company.
""",
    "other/binder-payment-receipt-2026-07-28.txt": """
BLUEPINE HEALTH (FICTIONAL) - ONLINE PAYMENT CONFIRMATION
Confirmation no.: PAY-FICT-0728-99316      Date/time: 07/28/2026 19:42 ET
Subscriber: Delphine Arceneaux-Moody       Policy: BPH-FICT-7730-2215 (pending effectuation)
Payment type: Initial (binder) payment     Coverage month: August 2026
Amount: $118.40   Method: debit card ending 0111   Status: APPROVED
""",
    "other/bluepine-welcome-letter-2026-08-21.txt": """
BLUEPINE HEALTH (FICTIONAL)                                             August 21, 2026
Welcome to Bluepine Health, Delphine!
Member ID: BPH-FICT-7730-2215     Plan: Silver 70 HMO     Effective date: 09/01/2026
Your ID cards are enclosed. Keep this letter for your records.
[Member's handwritten note on the copy: "called 8/24 - rep said the date was a typo and would be fixed. ref# CS-FICT-82411"]
""",
    "other/authorized-representative-form-2026-11-02.txt": """
BLUEPINE HEALTH (FICTIONAL) - APPOINTMENT OF AUTHORIZED REPRESENTATIVE
Member: Delphine Arceneaux-Moody    Member ID: BPH-FICT-7730-2215
I appoint Teodora Vance-Okafor, certified application counselor, Fenwick Falls Community Navigators, to act for
me in my appeal of claim BPH-26-0917-44810, and to receive notices about it.
Member signature: /s/ Delphine Arceneaux-Moody     Date: 11/02/2026
Representative signature: /s/ T. Vance-Okafor       Date: 11/02/2026
""",
    "clinical/clinic-notes-2025-2026.txt": """
TARHEEL CROSSING BEHAVIORAL HEALTH (FICTIONAL) - psychiatry progress notes, summary extract
Pt: Arceneaux-Moody, Delphine   DOB 02/14/1988

Hx: MDD recurrent. 2019 episode: escitalopram 20 mg, remitted by Nov 2019; off meds 2021-2025.
Current episode since Oct 2025.
11/03/2025: start bupropion XL 150 -> 300 mg. 01/12/2026: no response after 10 wks at 300; stop.
01/19/2026: start sertraline 50 -> 200 mg. 04/06/2026: partial response only (PHQ-9 19). Continue.
Feb-May 2026: trazodone 50 mg hs for insomnia only.
07/30/2026: PHQ-9 22. Denies SI, no plan, no intent; C-SSRS screen negative. No psychosis. BP 124/78.
No aneurysmal vascular disease, no AVM, no ICH hx. No substance use. Plan: Spravato induction (REMS), continue
sertraline 200 mg.
New insurance (Marketplace) starts 08/01 per pt; employer plan ended 07/31.
08/10-08/31/2026: 7 sessions (56 mg x2, then 84 mg), 2 h observation each, BP max 148/90 at 40 min, resolved.
08/31/2026: PHQ-9 13. Denies SI. Induction continuing per plan once coverage question settled.
""",
}

TRUTH = """
# 01 - Marketplace Silver HMO: Spravato claims denied as "before coverage began"; coverage began 08/01 (FICTIONAL)

All people, plans, numbers and addresses are invented. This truth file is FICTIONAL.

## What is true
- Delphine Arceneaux-Moody, 38, bought an **individual Marketplace** plan (`individual_aca`) during a special
  enrollment period for loss of employer coverage (ending 2026-07-31). She **selected the plan on 2026-07-24**,
  before the loss; the Marketplace notice prints **"Coverage start date: August 1, 2026"**, and the **binder
  payment ($118.40) was made 2026-07-28** for "Coverage month: August 2026". (When a plan is selected before the
  loss of coverage, coverage starts on the first day of the month after the loss: 45 CFR 155.420(b)(2)(iv).)
- Bluepine's welcome letter printed "Effective date: 09/01/2026"; the EOB of 2026-10-19 denied all seven
  August sessions (J0013 + 99215, 08/10-08/31) with **CARC 26** ("expenses incurred prior to coverage").
- The denial is about **eligibility only**. Medical necessity, prior authorization and coding were never reviewed.
- Appeal: first internal appeal, 180 days (45 CFR 147.136(b)(3)); the notice's own 180-day sentence;
  deadline counted from the notice date: 2027-04-17. Author: a certified application counselor with the
  member's written appointment (representative: writes about "Ms. Arceneaux-Moody", not "I").
- Clinical facts (background only): bupropion XL 300 mg 10 weeks (none), sertraline 200 mg (partial, continued);
  PHQ-9 22 -> 13 after seven sessions; C-SSRS negative; REMS site, 2 h observation.

## Deliberately unknown
- Whether the Marketplace's enrollment file sent to Bluepine carried 08/01 or 09/01 (no 834 record in the case).
- Whether the plan requires prior authorization for Spravato: the notice does not say, and the case does not show a
  request. A letter must not claim authorization was obtained or was not needed.
- The reference number of the 08/24 call is only the member's handwritten note; no call log confirms what was said.

## Traps
- **Not a termination**: coverage was never "terminated" or "lapsed"; no grace period, no premium arrears. Don't
  argue a grace period (set 9's COBRA case is a different story).
- Conflicting dates: Marketplace notice 08/01 vs welcome letter 09/01; the letter must use 08/01 and name the
  welcome letter as the error, not treat 09/01 as true.
- The EOB bundles six visits on one line "08/13/26 - 08/31/26 (6 more visits)": seven dates in all, not eight.
- Escitalopram 2019 = **remission in an earlier episode**, not a failure. Trazodone 50 mg = sleep dose.
- "Denies SI" / C-SSRS negative: no suicidality paragraph, no "acute suicidal ideation" indication.
- The induction is unfinished ("continuing per plan once coverage question settled") but no further dates are
  scheduled in the record: no "remaining sessions" request is supported.
- Voice: the counselor writes; she is not the patient and not a clinician (no "I have treated", no "my patient").

## Arguments a strong letter makes
1. Coverage was in force on every date of service: the Marketplace set the start date at August 1, 2026
   (Exhibit: eligibility notice) and the binder premium for August was paid on July 28 (receipt). The 09/01 date in
   Bluepine's records (welcome letter) is an enrollment error; correct the record and reprocess claim
   BPH-26-0917-44810 for all seven dates.
2. Ask that the claims then be processed under the plan's ordinary terms; nothing else was decided.
3. Ask for the enrollment/eligibility records Bluepine relied on (claim documents) and note the right to external
   review / state consumer assistance only in general terms.

## What a letter must NOT say
- "terminated", "lapsed", "grace period", "premium was late", "COBRA".
- "medically necessary as the plan has found", "authorization was approved", "the plan's criteria are met" (never
  reviewed), or any request for a clinical peer reviewer / peer-to-peer as if the denial were a medical judgment.
- ERISA, 29 CFR 2560.503-1, the Labor Department/EBSA (individual coverage, not an employer plan).
- "eight sessions", "09/01/2026 coverage start" as fact, "suicidal ideation", "escitalopram failed".
"""

CHECKS = [
    ("denial/eob-and-denial-notice-2026-10-19.txt", "Our records show your coverage under this policy began 09/01/2026"),
    ("denial/eob-and-denial-notice-2026-10-19.txt", "You have 180 days from the date you receive this notice to file an appeal"),
    ("other/marketplace-eligibility-notice-2026-07-24.txt", "Coverage start date: August 1, 2026"),
    ("other/marketplace-eligibility-notice-2026-07-24.txt", "You selected a plan on 07/24/2026, before your other coverage ended"),
    ("other/binder-payment-receipt-2026-07-28.txt", "Coverage month: August 2026"),
    ("other/binder-payment-receipt-2026-07-28.txt", "Amount: $118.40"),
    ("other/bluepine-welcome-letter-2026-08-21.txt", "Effective date: 09/01/2026"),
    ("clinical/clinic-notes-2025-2026.txt", "Denies SI, no plan, no intent; C-SSRS screen negative"),
    ("clinical/clinic-notes-2025-2026.txt", "2019 episode: escitalopram 20 mg, remitted"),
    ("clinical/clinic-notes-2025-2026.txt", "trazodone 50 mg hs for insomnia only"),
    ("clinical/clinic-notes-2025-2026.txt", "08/31/2026: PHQ-9 13"),
]

CASE = {"slug": SLUG, "yaml": YAML, "docs": DOCS, "truth": TRUTH, "checks": CHECKS}
