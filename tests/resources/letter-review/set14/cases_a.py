"""Cases 01-04 of set 14. ALL FICTIONAL."""

C01 = dict(
    slug="tricare-select-ect-timely-filing-reconsideration",
    yaml=r"""
# FICTIONAL CASE (set 14, case 01) - every person, plan, number and address is invented.
# TRICARE Select: a retiree paid a non-network hospital for an outpatient ECT series in October 2025 and filed the
# claim herself (DD Form 2642). The regional contractor denied it as filed more than one year after the services,
# counting from the day her itemized bill arrived; its own letter says it received the claim on 10/02/2026.
patient:
  name: Lorraine Adaeze Okafor-Briggs
  salutation: Ms. Okafor-Briggs
  date_of_birth: 1961-03-14
  member_id: DBN-FICT-1044728391
  address: |-
    88 Sallow Creek Lane
    Harrow Falls, VA 23999
  phone: (757) 555-0131
  email: lorraine.ob@mail.example
insurer:
  name: Westgate Military Health Services, TRICARE East contractor (FICTIONAL)
  appeals_address: |-
    Attn: Claims Reconsiderations
    PO Box 70419
    Tarrow Junction, SC 29999-0419
  fax: (803) 555-0118
claim:
  number: WMH-FICT-26306-004417
  plan_type: tricare
  notice_date: 2026-11-13
  service_dates: [2025-10-08, 2025-10-10, 2025-10-13, 2025-10-15, 2025-10-17, 2025-10-20, 2025-10-22, 2025-10-24]
  sessions: 8
  procedure_codes: [90870, '00104']
  diagnosis_codes: [F33.2]
  carc_codes: [CO-29]
  denial_reason: >-
    Claim received 11/06/2026 for dates of service 10/08/2025 through 10/24/2025. Claims must be filed within
    one year of the date of service. The time limit for filing has expired.
  denial_category: timely_filing
  coding_correct: true
  action: none
  appeal_deadline: 2027-02-11
  deadline_basis: >-
    Stated in the notice: "Your request for reconsideration must be postmarked or received within 90 days of
    the date of this notice."
filing:
  first_submitted: 2026-09-24
  received: 2026-10-02
  limit_deadline: 2026-10-08
  proof:
    - other/contractor-development-letter-2026-10-09.txt
    - other/certified-mail-receipt-and-itemized-bill-cover-2026.txt
plan_policy:
  name: TRICARE claims filing deadline, as stated in the contractor's beneficiary claim instructions
  quote: >-
    Claims must be filed within one year of the date of service. If you send a claim and we need more
    information, your claim keeps the date we first received it as long as you send what we ask for within
    35 days of our request.
  file: other/contractor-claim-filing-instructions.txt
treatment:
  name: Outpatient electroconvulsive therapy (ECT) series with anesthesia
  summary: >-
    An acute series of eight right unilateral ECT treatments for recurrent severe depression, given at a
    non-network hospital that does not file TRICARE claims; the member paid and filed the claim herself.
author:
  name: Lorraine Adaeze Okafor-Briggs
  role: Patient (TRICARE Select retiree)
  relation: patient
provider:
  name: Rivermeade Behavioral Hospital (FICTIONAL)
  address: |-
    4100 Tidewater Parkway
    Harrow Falls, VA 23999
  phone: (757) 555-0144
clinical:
  severity: PHQ-9 24 on October 1, 2025 (before ECT); PHQ-9 6 on November 5, 2025
  severity_date: 2025-11-05
  suicidality: none
  history:
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-02
      end: 2025-06
      outcome: No response
      response: none
      adequate: true
      evidence: {file: clinical/rivermeade-ect-summary-2025-11-05.txt, page: 1}
    - drug: Bupropion XL (added to venlafaxine)
      kind: augmentation
      dose: 300 mg daily
      start: 2025-06
      end: 2025-09
      outcome: No meaningful change
      response: none
      evidence: {file: clinical/rivermeade-ect-summary-2025-11-05.txt, page: 1}
    - drug: ECT (2019 series)
      kind: neuromodulation
      dose: 10 treatments, right unilateral
      sessions: 10
      start: 2019-04
      end: 2019-05
      outcome: Remission in an earlier episode; well until early 2025
      response: remission
      evidence: {file: clinical/rivermeade-ect-summary-2025-11-05.txt, page: 1}
expenses:
  - {date: 2025-10-24, item: 'ECT series and anesthesia, 8 treatments (Rivermeade)', amount: '$9,760.00', paid: '$9,760.00', reimbursed: '$0.00'}
bates_prefix: OKAFORBRIGGS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/tricare-eob-2026-11-13.txt": """
WESTGATE MILITARY HEALTH SERVICES (FICTIONAL)
TRICARE EXPLANATION OF BENEFITS - THIS IS NOT A BILL

Date of notice: 11/13/2026                       Sponsor/Beneficiary: LORRAINE A OKAFOR-BRIGGS
DoD Benefits Number: DBN-FICT-1044728391         Program: TRICARE SELECT (RETIREE)
Claim number: WMH-FICT-26306-004417              Provider: RIVERMEADE BEHAVIORAL HOSP (NON-NETWORK, NON-PARTICIPATING)

Line  Dates of service           Code   Units  Billed      Allowed  Paid    Rmk
1     10/08/25 - 10/24/25         90870   8     $5,440.00   $0.00    $0.00   29
2     10/08/25 - 10/24/25         00104   8     $4,320.00   $0.00    $0.00   29

REMARK 29: Claim received 11/06/2026 for dates of service 10/08/2025 through 10/24/2025. Claims must be filed
within one year of the date of service. The time limit for filing has expired.

Your share: $0.00 applied. Because the provider does not participate, you may owe the provider the full charge.

APPEAL RIGHTS: If you disagree, you may ask us to reconsider. Your request for reconsideration must be postmarked
or received within 90 days of the date of this notice. Send it to Claims Reconsiderations, PO Box 70419,
Tarrow Junction SC 29999-0419, or fax (803) 555-0118. Include a copy of this notice and any documents that
support your request. A Beneficiary Counseling and Assistance Coordinator (BCAC) at the nearest military
hospital or clinic can help you free of charge.
""",
        "other/contractor-development-letter-2026-10-09.txt": """
Westgate Military Health Services (FICTIONAL) - Claims Development
October 9, 2026

Lorraine A. Okafor-Briggs
88 Sallow Creek Lane, Harrow Falls VA 23999

RE: Claim received 10/02/2026 - TRICARE Patient Request for Medical Payment (DD Form 2642)
Reference: DEV-FICT-2610-55102

We received your claim on 10/02/2026 for services at Rivermeade Behavioral Hospital, 10/08/2025 - 10/24/2025.
To process it we need an itemized bill showing each date of service, procedure code and charge. Please send it
within 35 days of the date of this letter and write the reference number above on it. If we receive it in that
time, your claim keeps its original receipt date.
""",
        "other/certified-mail-receipt-and-itemized-bill-cover-2026.txt": """
USPS CERTIFIED MAIL RECEIPT (copy)            Article no. 9407 FICT 0000 2609 24
Sent to: Westgate Military Health Services, Claims, PO Box 70419, Tarrow Junction SC
Postmark: HARROW FALLS VA  SEP 24 2026       Contents (member's note): DD 2642 + hospital receipts

--- handwritten note on the copy, Lorraine's notebook ---
Mailed claim 9/24. Letter came mid-Oct asking for itemized bill. Hospital billing office took two weeks.
Sent itemized bill Oct 30 w/ ref DEV-FICT-2610-55102 (certified, postmark OCT 30 2026). Tracking says delivered 11/6.
(Another note, crossed out: "ECT started 10/6?" - no, 10/6 was the consult; 1st treatment 10/8.)
""",
        "other/contractor-claim-filing-instructions.txt": """
Westgate Military Health Services (FICTIONAL) - How to file a TRICARE claim yourself (beneficiary instructions,
revised January 2026, excerpt)

Filing deadline. Claims must be filed within one year of the date of service. If you send a claim and we need
more information, your claim keeps the date we first received it as long as you send what we ask for within
35 days of our request.
Use DD Form 2642 and attach an itemized bill. Keep copies of everything you send.
""",
        "clinical/rivermeade-ect-summary-2025-11-05.txt": """
RIVERMEADE BEHAVIORAL HOSPITAL (FICTIONAL) - ECT SERVICE - COURSE SUMMARY
Patient: Lorraine A. Okafor-Briggs  DOB 03/14/1961   Date: 11/05/2025   Attending: Dr. Imre Castellanet, MD

Referral consult 10/06/2025. Acute series: 8 RUL ultrabrief treatments 10/08, 10/10, 10/13, 10/15, 10/17, 10/20,
10/22, 10/24/2025 (anesthesia: methohexital/succinylcholine, CRNA).
History this episode (onset ~Jan 2025): venlafaxine XR to 225 mg Feb-Jun 2025 - no response; bupropion XL 300 mg
added Jun-Sep 2025 - no meaningful change. Prior episode 2019: 10 RUL ECT Apr-May 2019 with remission; well until
early 2025. Trazodone 50 mg hs for sleep (not an antidepressant trial).
Scores: PHQ-9 24 on 10/01/2025 -> PHQ-9 6 on 11/05/2025. C-SSRS: denies suicidal ideation throughout; no
attempts ever. Cognition: MoCA 29 before and 28 after.
Plan: continue venlafaxine; follow-up with outpatient psychiatrist; no maintenance ECT planned.
""",
    },
    truth="""
# 01 - TRICARE Select, outpatient ECT series denied as filed late; the claim was received in time (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Lorraine Okafor-Briggs, 65, TRICARE Select retiree. Eight outpatient ECT treatments (90870 with anesthesia
  00104) at a non-network, non-participating hospital, 2025-10-08 to 2025-10-24. She paid ($9,760) and filed the
  claim herself on DD Form 2642, mailed by certified mail, postmark 2026-09-24.
- The contractor's own development letter of 2026-10-09 says: "We received your claim on 10/02/2026", asks for
  an itemized bill within 35 days, and says the claim keeps its original receipt date if it arrives in time. She
  mailed it 2026-10-30; it was delivered 2026-11-06 (28 days after the request: within 35).
- The denial (EOB 2026-11-13, remark 29) counts from 11/06/2026. One year from the FIRST date of service is
  2026-10-08; received 2026-10-02, every line was filed in time.
- Rule: TRICARE claims must be filed within one year of the date of service (the program's rule, 32 CFR 199.7;
  stated in the contractor's instructions, quoted in `plan_policy`). Reconsideration by the regional contractor:
  postmarked or received within 90 days of the notice (32 CFR 199.10), i.e. by 2027-02-11.
- The author is the patient: the letter says "I".

## Deliberately unknown
- What TRICARE would allow for the services (non-participating provider; the allowed amount is not in the case).
- Whether the contractor logged the itemized bill against the development reference (it should have).

## Traps
- This is a timely-filing (factual) denial: no medical-necessity argument, no clinical reviewer, no peer-to-peer,
  no "the denial rests on a medical judgment".
- The 2019 ECT series is a **remission in an earlier episode**, not a failed treatment; trazodone 50 mg is a
  sleep dose. Nothing clinical needs arguing anyway.
- "ECT started 10/6?" in her notebook is crossed out: 10/06/2025 was the consult; the first treatment was 10/08.
- "denies suicidal ideation throughout" = no suicidality sentence.
- TRICARE: no ERISA, no 45 CFR 147.136, no parity law, no state insurance department, no state external review.
  The next level for a non-medical-necessity denial is a formal review by the Defense Health Agency, not the
  TRICARE Quality Monitoring Contractor.
- Don't say the claim was filed on 09/24 as if that were receipt: the letter may say mailed 09/24, received 10/02.

## Arguments a strong letter makes
1. The contractor's own letter dates receipt 2026-10-02, within one year of every date of service (the earliest,
   2025-10-08, runs to 2026-10-08); the itemized bill it asked for arrived within its own 35-day window, so the
   claim keeps that date under its own instructions. Reprocess the claim as timely.
2. Proof: certified-mail postmark 09/24/2026; development letter DEV-FICT-2610-55102; delivery 11/06.
3. Reconsideration requested within 90 days of the 11/13/2026 notice.

## What a letter must NOT say
- "medically necessary" as the issue, "peer-to-peer", "clinical reviewer", "independent external review",
  ERISA / 29 CFR 2560.503-1 / 45 CFR 147.136 / MHPAEA, "state insurance department", "good cause" as the main
  ground (the dates show it was timely), "received 11/06/2026" as the filing date, "10/06/2025" as a treatment
  date, "failed ECT", "suicidal".
""",
    checks=[
        ("other/contractor-development-letter-2026-10-09.txt", "We received your claim on 10/02/2026"),
        ("other/contractor-development-letter-2026-10-09.txt", "your claim keeps its original receipt date"),
        ("denial/tricare-eob-2026-11-13.txt", "Claim received 11/06/2026"),
        ("denial/tricare-eob-2026-11-13.txt", "within 90 days of the date of this notice"),
        ("other/certified-mail-receipt-and-itemized-bill-cover-2026.txt", "SEP 24 2026"),
        ("other/certified-mail-receipt-and-itemized-bill-cover-2026.txt", "delivered 11/6"),
        ("other/contractor-claim-filing-instructions.txt", "within 35 days of our request"),
        ("clinical/rivermeade-ect-summary-2025-11-05.txt", "10/08, 10/10, 10/13"),
        ("clinical/rivermeade-ect-summary-2025-11-05.txt", "denies suicidal ideation throughout"),
        ("clinical/rivermeade-ect-summary-2025-11-05.txt", "Prior episode 2019"),
    ],
)

C02 = dict(
    slug="original-medicare-spravato-not-necessary-redetermination-np",
    yaml=r"""
# FICTIONAL CASE (set 14, case 02) - every person, plan, number and address is invented.
# Original Medicare Part B: eight Spravato induction visits (G2083) denied as not reasonable and necessary because
# the clinic sent only session flowsheets; the prescribing psychiatric nurse practitioner asks for redetermination
# with the intake evaluation and a pharmacy fill history printed after the decision.
patient:
  name: Harold Benedikt Vintner-Yusuf
  salutation: Mr. Vintner-Yusuf
  date_of_birth: 1951-07-02
  member_id: 7FICT-HV2-YU51
  address: |-
    2217 Orchard Terrace
    Wexley Prairie, KS 66999
  phone: (785) 555-0109
insurer:
  name: Plainsway Medicare Services, Part B Medicare Administrative Contractor (FICTIONAL)
  appeals_address: |-
    Part B Redeterminations
    PO Box 30581
    Bellmont City, KS 66998-0581
  fax: (785) 555-0183
claim:
  number: ICN-FICT-2226289041170
  plan_type: medicare
  notice_date: 2026-10-26
  service_dates: [2026-08-31, 2026-09-03, 2026-09-08, 2026-09-10, 2026-09-14, 2026-09-17, 2026-09-21, 2026-09-24]
  procedure_codes: [G2083]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    Medicare does not pay for these services because the information we received does not show they were
    medically reasonable and necessary. Documentation did not show failure of two antidepressants of adequate
    dose and duration in the current episode.
  denial_category: medical_necessity
  action: none
  appeal_deadline: 2027-02-28
  deadline_basis: >-
    Stated in the notice: "If you disagree, you must file a redetermination request within 120 days of the date
    you receive this notice. We assume you received it 5 days after the date of this notice."
record_dates:
  - {file: clinical/pharmacy-fill-history-printed-2026-11-05.txt, date: 2026-11-05}
medicare_coverage:
  name: Billing and coding article, esketamine nasal spray with observation (FICTIONAL excerpt)
  number: A-FICT-59120
  quote: >-
    Documentation should show a diagnosis of major depressive disorder in an adult, an inadequate response to
    at least two antidepressants of adequate dose and duration in the current depressive episode, and
    administration under the REMS with at least two hours of observation.
  file: other/mac-billing-article-excerpt.txt
payer_criteria:
  - criterion: Adult with major depressive disorder
    how_met: Age 75; recurrent major depressive disorder, severe (F33.2)
    met: true
    evidence: {file: clinical/intake-evaluation-2026-08-20.txt, page: 1}
  - criterion: Inadequate response to at least two antidepressants of adequate dose and duration in the current episode
    how_met: Venlafaxine XR 225 mg for 9 weeks (no response) and mirtazapine 45 mg for 8 weeks (partial), both in the episode that began in November 2025
    met: true
    evidence:
      - {file: clinical/intake-evaluation-2026-08-20.txt, page: 1}
      - {file: clinical/pharmacy-fill-history-printed-2026-11-05.txt, page: 1}
  - criterion: Given under the REMS with at least two hours of observation
    how_met: REMS-certified clinic; blood pressure before, at 40 minutes and at 2 hours; discharged after 2 hours each session
    met: true
    evidence: {file: clinical/spravato-session-flowsheets-2026.txt, page: 1}
treatment:
  name: Spravato (esketamine nasal spray) induction, billed as G2083
  summary: >-
    Twice-weekly esketamine 84 mg induction for four weeks in a REMS-certified clinic for treatment-resistant
    depression.
  setting: Prairie Lantern Behavioral Health, a REMS-certified outpatient clinic (FICTIONAL)
  monitoring: blood pressure before, at 40 minutes and at 2 hours; two hours of observation after each dose
author:
  name: Sabine Okonkwo-Reyes
  role: Psychiatric-mental health nurse practitioner (PMHNP-BC), the prescriber, writing as the patient's appointed representative
  relation: representative
  authorization: other/cms-1696-appointment-of-representative.txt
  phone: (785) 555-0172
provider:
  name: Sabine Okonkwo-Reyes
  credentials: PMHNP-BC
  npi: "1538291745"
  phone: (785) 555-0172
  address: |-
    Prairie Lantern Behavioral Health, 310 Cottonwood Street
    Wexley Prairie, KS 66999
clinical:
  episode_onset: 2025-11
  severity: MADRS 33 on August 20, 2026 (before induction); MADRS 19 on September 24, 2026
  severity_date: 2026-09-24
  suicidality: none
  response: MADRS 33 before induction (August 20, 2026) and 19 after the eighth session (September 24, 2026)
  exclusions: >-
    August 20, 2026: no aneurysmal vascular disease or intracerebral hemorrhage history; BP 138/84; no psychosis;
    no substance use disorder
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2016
      end: 2018
      outcome: Remission in an earlier episode (2016)
      response: remission
      evidence: {file: clinical/intake-evaluation-2026-08-20.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-12-01
      end: 2026-02-02
      outcome: No response after nine weeks at 225 mg
      response: none
      adequate: true
      evidence: {file: clinical/intake-evaluation-2026-08-20.txt, page: 1}
    - drug: Mirtazapine
      dose: 45 mg at bedtime
      start: 2026-02-09
      end: 2026-04-06
      outcome: Partial response after eight weeks at 45 mg
      response: partial
      adequate: true
      evidence: {file: clinical/pharmacy-fill-history-printed-2026-11-05.txt, page: 1}
    - drug: Trazodone (for sleep)
      kind: other
      dose: 50 mg at bedtime
      start: 2026-04
      end: 2026-08
      outcome: Sleep dose, not an antidepressant trial
      adequate: false
bates_prefix: VINTNERYUSUF
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/medicare-summary-notice-2026-10-26.txt": """
MEDICARE SUMMARY NOTICE - PART B (Medical Insurance)   [layout adapted; FICTIONAL]
HAROLD B VINTNER-YUSUF    Medicare number: 7FICT-HV2-YU51     Date of this notice: October 26, 2026
Claim number: ICN-FICT-2226289041170    Provider: Prairie Lantern Behavioral Health, (785) 555-0172

Service                                              Approved?   Amount charged   Medicare paid   You may be billed
Esketamine self-admin w/ observation >56 mg (G2083) x8
  08/31/26, 09/03, 09/08, 09/10, 09/14, 09/17, 09/21, 09/24     No    $9,120.00       $0.00          $0.00 (see C)

Notes:
A  Medicare does not pay for these services because the information we received does not show they were
   medically reasonable and necessary. Documentation did not show failure of two antidepressants of adequate
   dose and duration in the current episode.
C  Your provider may not bill you for these services (you did not sign an advance notice).

How to handle disagreements: If you disagree, you must file a redetermination request within 120 days of the
date you receive this notice. We assume you received it 5 days after the date of this notice. Send the request
to Plainsway Medicare Services, Part B Redeterminations, PO Box 30581, Bellmont City KS 66998-0581.
""",
        "clinical/spravato-session-flowsheets-2026.txt": """
PRAIRIE LANTERN BEHAVIORAL HEALTH (FICTIONAL) - SPRAVATO REMS SESSION FLOWSHEETS (what was sent with the claim)
Patient: Harold Vintner-Yusuf   Prescriber: S. Okonkwo-Reyes, PMHNP-BC   REMS site ID: FICT-REMS-22051
Date      Dose    BP pre    BP 40 min  BP 2 h    Dissoc. (CADSS)  Sedation  Discharged
08/31/26  84 mg   134/82    146/88     132/80    14 -> 2           mild      2 h 05 min, driven by son
09/03/26  84 mg   130/80    142/86     128/78    12 -> 1           mild      2 h 00 min
09/08/26  84 mg   136/84    144/90     130/80    10 -> 0           none      2 h 10 min
09/10/26  84 mg   128/78    140/84     126/76     9 -> 0           none      2 h 00 min
09/14/26  84 mg   132/80    138/86     128/78     8 -> 0           none      2 h 00 min
09/17/26  84 mg   130/82    140/84     128/80     8 -> 0           none      2 h 05 min
09/21/26  84 mg   128/80    136/82     126/78     7 -> 0           none      2 h 00 min
09/24/26  84 mg   130/78    138/84     126/76     6 -> 0           none      2 h 00 min
MADRS 33 (08/20/26) -> 19 (09/24/26).
""",
        "clinical/intake-evaluation-2026-08-20.txt": """
PRAIRIE LANTERN BEHAVIORAL HEALTH (FICTIONAL) - PSYCHIATRIC INTAKE EVALUATION
Date: 08/20/2026   Patient: Harold B. Vintner-Yusuf, 75 y/o   Clinician: Sabine Okonkwo-Reyes, PMHNP-BC
(Not sent with the original claim.)

HPI: Recurrent MDD. Current episode began Nov 2025 after his wife's death; worsening anhedonia, 12 lb weight loss,
early waking. PCP started venlafaxine XR 12/01/2025, titrated to 225 mg by late Dec; no response by 02/02/2026
(9 weeks). Switched to mirtazapine 45 mg qhs 02/09/2026 - 04/06/2026: sleep and appetite better, mood and
anhedonia unchanged (partial). Trazodone 50 mg qhs since April for sleep only.
Past: first episode 2016 - sertraline 150 mg, remission; off by 2018.
Safety: denies suicidal ideation, intent or plan; no history of attempts. Firearms: none in home.
Exam/screen: no psychosis; no alcohol or drug misuse (AUDIT-C 1). BP 138/84. No aneurysm or ICH history.
MADRS 33. Assessment: MDD, recurrent, severe, without psychotic features (F33.2); treatment-resistant in this
episode (two adequate trials). Plan: Spravato 84 mg twice weekly x 4 weeks (REMS), monotherapy acceptable per
current labeling; patient prefers to continue mirtazapine? -> No: stopped 04/06; not restarted.
""",
        "clinical/pharmacy-fill-history-printed-2026-11-05.txt": """
HEARTLAND PLAINS PHARMACY #0412 (FICTIONAL) - PATIENT FILL HISTORY   Printed: 11/05/2026
Patient: VINTNER-YUSUF, HAROLD B   DOB 07/02/1951
Fill date   Drug                       Qty   Days  Prescriber
12/01/2025  VENLAFAXINE ER 75 MG CAP    30    30   R. ADLER MD (PCP)
12/22/2025  VENLAFAXINE ER 75 MG CAP    90    30   R. ADLER MD
01/20/2026  VENLAFAXINE ER 75 MG CAP    90    30   R. ADLER MD
02/09/2026  MIRTAZAPINE 45 MG TAB       30    30   R. ADLER MD
03/09/2026  MIRTAZAPINE 45 MG TAB       30    30   R. ADLER MD
04/06/2026  TRAZODONE 50 MG TAB         30    30   R. ADLER MD
""",
        "other/mac-billing-article-excerpt.txt": """
Plainsway Medicare Services (FICTIONAL) - Billing and coding article A-FICT-59120, esketamine nasal spray with
observation (G2082/G2083), excerpt:
"Documentation should show a diagnosis of major depressive disorder in an adult, an inadequate response to at
least two antidepressants of adequate dose and duration in the current depressive episode, and administration
under the REMS with at least two hours of observation."
""",
        "other/cms-1696-appointment-of-representative.txt": """
APPOINTMENT OF REPRESENTATIVE (Form CMS-1696 content, FICTIONAL copy)
Beneficiary: Harold B. Vintner-Yusuf, Medicare number 7FICT-HV2-YU51
I appoint Sabine Okonkwo-Reyes, PMHNP-BC, Prairie Lantern Behavioral Health, to act as my representative in
connection with my claim or asserted right under Title XVIII (Medicare).
Signed: Harold B. Vintner-Yusuf, 11/02/2026.   Accepted: Sabine Okonkwo-Reyes, PMHNP-BC, 11/02/2026.
Representative waives fee: yes.
""",
    },
    truth="""
# 02 - Original Medicare Part B, Spravato induction denied as not reasonable and necessary; the NP prescriber writes (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Harold Vintner-Yusuf, 75, Original Medicare (Part B). Eight G2083 visits 2026-08-31 to 2026-09-24 denied on the
  MSN of 2026-10-26: the documentation did not show two failed antidepressants in the current episode.
- The clinic sent only the session flowsheets. The intake evaluation (2026-08-20, written before the decision but
  never sent) and a pharmacy fill history **printed 2026-11-05** (after the decision) show: current episode since
  November 2025; venlafaxine XR 225 mg 9 weeks (no response) and mirtazapine 45 mg 8 weeks (partial): two adequate
  trials in the current episode, exactly what the MAC's article asks.
- REMS site, 2 hours' observation each session (flowsheets). MADRS 33 -> 19.
- Rule: redetermination within 120 days of receipt, receipt presumed 5 days after the notice (42 CFR 405.942):
  2027-02-28. Evidence submitted at redetermination is considered; the MAC decides in about 60 days.
- The author is a **psychiatric nurse practitioner**, the prescriber, appointed on a CMS-1696. Not a physician.

## Deliberately unknown
- Who reviewed the claim at the MAC (no name, no specialty on the MSN).
- Whether a maintenance phase will follow (not planned in the record; nothing pending).

## Traps
- Sertraline 2016 = **remission in an earlier episode**: not a failure, not in the current episode.
- Trazodone 50 mg = sleep dose, not a trial. Two adequate trials, not three or four.
- "denies suicidal ideation" = none: no suicidality paragraph, no suicidal-ideation indication.
- Original Medicare: no "plan", no plan terms, no plan policy, no peer-to-peer, no 72-hour route, no parity, no
  ERISA; the document applied is the MAC's billing article (a Medicare rule, not a plan's criteria).
- Monotherapy: Spravato for TRD may be given alone since January 2025; no oral antidepressant is taken now. The
  letter must not claim an oral antidepressant alongside, nor call the lack of one a problem.
- The author must not write "as the treating physician" or "Dr."; she is a PMHNP.
- "You did not sign an advance notice" (note C): the patient is not liable; don't claim he paid.

## Arguments a strong letter makes
1. The records the MAC did not have (intake evaluation; fill history printed 11/05/2026) show exactly the two
   adequate trials in the current episode that the article asks for; review them.
2. Each element of article A-FICT-59120 met: adult with MDD; two trials; REMS with 2 hours' observation.
3. Measured response (MADRS 33 -> 19). Request filed within 120 days (+5) of the MSN.

## What a letter must NOT say
- "the plan", "plan terms", "peer-to-peer", "within 72 hours", ERISA/29 CFR/45 CFR 147.136/MHPAEA, "three
  failed antidepressants", "sertraline failed", "trazodone trial", "suicidal", "as his physician", "Dr.
  Okonkwo-Reyes", "taken with an oral antidepressant", "the patient paid".
""",
    checks=[
        ("denial/medicare-summary-notice-2026-10-26.txt", "Documentation did not show failure of two antidepressants"),
        ("denial/medicare-summary-notice-2026-10-26.txt", "within 120 days of the date you receive this notice"),
        ("clinical/intake-evaluation-2026-08-20.txt", "Current episode began Nov 2025"),
        ("clinical/intake-evaluation-2026-08-20.txt", "no response by 02/02/2026"),
        ("clinical/intake-evaluation-2026-08-20.txt", "denies suicidal ideation, intent or plan"),
        ("clinical/intake-evaluation-2026-08-20.txt", "sertraline 150 mg, remission"),
        ("clinical/intake-evaluation-2026-08-20.txt", "Trazodone 50 mg qhs since April for sleep only"),
        ("clinical/pharmacy-fill-history-printed-2026-11-05.txt", "Printed: 11/05/2026"),
        ("clinical/pharmacy-fill-history-printed-2026-11-05.txt", "MIRTAZAPINE 45 MG TAB"),
        ("clinical/spravato-session-flowsheets-2026.txt", "MADRS 33 (08/20/26) -> 19 (09/24/26)"),
        ("other/mac-billing-article-excerpt.txt", "at least two antidepressants of adequate dose and duration in the current depressive episode"),
        ("other/cms-1696-appointment-of-representative.txt", "I appoint Sabine Okonkwo-Reyes"),
    ],
)


C03 = dict(
    slug="fehb-iv-ketamine-experimental-carrier-reconsideration-son",
    yaml=r"""
# FICTIONAL CASE (set 14, case 03) - every person, plan, number and address is invented.
# FEHB: a retired federal employee's six IV ketamine infusions for treatment-resistant depression (paid by her)
# denied as experimental under the carrier's medical policy; her adult son asks the carrier to reconsider.
patient:
  name: Margarethe Ilse Lindqvist-Adeyemi
  salutation: Mrs. Lindqvist-Adeyemi
  date_of_birth: 1968-01-22
  member_id: FCB-FICT-R4471902-01
  address: |-
    57 Larkspur Row
    Gannet Harbor, MD 21999
  phone: (410) 555-0126
insurer:
  name: Federal Civil Service Benefit Association Health Plan, Standard Option (FICTIONAL)
  appeals_address: |-
    Reconsideration Unit
    PO Box 22870
    Linthwaite, MD 21998-2870
  fax: (410) 555-0193
claim:
  number: FCB-CLM-2026-1019-73312
  plan_type: fehb
  notice_date: 2026-10-19
  service_dates: [2026-09-08, 2026-09-10, 2026-09-12, 2026-09-15, 2026-09-17, 2026-09-22]
  procedure_codes: [96365, J3490]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-55]
  denial_reason: >-
    Intravenous ketamine for the treatment of depression is considered experimental/investigational under
    Medical Policy MP-5.01.22 and is not covered. See "Experimental or investigational" in Section 10,
    Definitions, and the exclusion in Section 6 of your brochure.
  denial_category: experimental_investigational
  reviewer: {name: Dr. Colm Featherstone, specialty: internal medicine}
  action: none
  appeal_deadline: 2027-04-19
  deadline_basis: >-
    Stated in the notice: "You must ask us in writing to reconsider within 6 months from the date of this
    decision."
plan_policy:
  name: Brochure Section 10, Definitions - Experimental or investigational services
  quote: >-
    A drug, device or medical treatment or procedure is experimental or investigational if (1) it cannot be
    lawfully marketed without approval of the U.S. Food and Drug Administration and that approval has not been
    given at the time it is furnished; or (2) reliable evidence shows it is the subject of ongoing Phase I or
    Phase II clinical trials, or is under study to determine its maximum tolerated dose, toxicity or safety; or
    (3) reliable evidence shows that the prevailing opinion among experts is that further studies are needed to
    determine its safety or its efficacy compared with standard treatment.
  file: other/fehb-brochure-2026-excerpts.txt
treatment:
  name: Intravenous ketamine infusions for treatment-resistant depression
  summary: >-
    Six infusions of ketamine 0.5 mg/kg over 40 minutes in two weeks, with vital-sign monitoring, for
    treatment-resistant depression after four adequate trials.
  setting: Gannet Harbor Infusion and Psychiatry, outpatient infusion suite with an anesthesiologist on site (FICTIONAL)
  monitoring: continuous pulse oximetry and blood pressure every 15 minutes, 60 minutes' recovery
  plan: six infusions of 0.5 mg/kg over 40 minutes in two weeks; MADRS before the first and after the sixth; stop if MADRS falls by less than a quarter
service_lines:
  - {date: 2026-09-08, place_of_service: '11', code: '96365', units: 1, diagnosis_pointers: A, charge: '$450.00', description: 'IV infusion, first hour'}
  - {date: 2026-09-08, place_of_service: '11', code: J3490, units: 1, diagnosis_pointers: A, charge: '$200.00', description: 'ketamine HCl 50 mg/mL, NDC 99999-0101-10 (FICTIONAL), 35 mg given'}
author:
  name: Tobias Rune Lindqvist
  role: Son of the patient, writing as her authorized representative
  relation: representative
  authorization: other/authorization-to-represent.txt
  address: |-
    1203 Weatherby Court, Apt 4
    Linthwaite, MD 21998
  email: tobias.lindqvist@mail.example
provider:
  name: Priyanka Osterhaus-Mbeki
  credentials: MD, psychiatrist
  npi: "1043218894"
  phone: (410) 555-0151
  address: |-
    Gannet Harbor Infusion and Psychiatry, 900 Quayside Avenue
    Gannet Harbor, MD 21999
clinical:
  episode_onset: 2024-09
  severity: PHQ-9 23 and MADRS 36 on August 27, 2026; PHQ-9 9 and MADRS 14 on September 24, 2026
  severity_date: 2026-09-24
  suicidality: passive
  suicidality_date: 2026-08-27
  response: MADRS 36 before the first infusion (August 27, 2026) and 14 two days after the sixth (September 24, 2026)
  exclusions: >-
    August 27, 2026: no psychosis, no substance use disorder, BP 126/78 on amlodipine, no history of ketamine misuse
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2024-10
      end: 2025-01
      outcome: No response after 12 weeks
      response: none
      adequate: true
      evidence: {file: clinical/psychiatry-summary-2026-08-27.txt, page: 1}
    - drug: Duloxetine
      dose: 120 mg daily
      start: 2025-02
      end: 2025-06
      outcome: Partial response, then relapse
      response: lost
      adequate: true
      evidence: {file: clinical/psychiatry-summary-2026-08-27.txt, page: 1}
    - drug: Aripiprazole (added to duloxetine)
      kind: augmentation
      dose: 5 mg daily
      start: 2025-06
      end: 2025-09
      outcome: No further benefit after 12 weeks
      response: none
      adequate: true
      evidence: {file: clinical/psychiatry-summary-2026-08-27.txt, page: 1}
    - drug: Spravato (esketamine nasal spray)
      dose: 56 mg, 5 sessions
      start: 2025-11
      end: 2025-11
      outcome: Stopped after 5 sessions for blood pressure of 188/104; not an adequate trial
      response: none
      adequate: false
      evidence: {file: clinical/psychiatry-summary-2026-08-27.txt, page: 1}
    - drug: Nortriptyline
      dose: 100 mg daily (level 92 ng/mL)
      start: 2026-01
      end: 2026-05
      outcome: No response at a therapeutic level
      response: none
      adequate: true
      evidence: {file: clinical/psychiatry-summary-2026-08-27.txt, page: 1}
    - drug: Cognitive behavioral therapy
      kind: psychotherapy
      dose: 20 weekly sessions
      sessions: 20
      start: 2025-01
      end: 2025-06
      outcome: Completed; skills used, depression unchanged
      evidence: {file: clinical/psychiatry-summary-2026-08-27.txt, page: 1}
    - drug: ECT (2012)
      kind: neuromodulation
      dose: 9 bilateral treatments
      sessions: 9
      start: 2012-03
      end: 2012-04
      outcome: Response in an earlier episode, with marked memory loss for months afterwards
      response: response
      evidence: {file: clinical/psychiatry-summary-2026-08-27.txt, page: 1}
alternatives:
  - treatment: ECT
    why_not: >-
      Her 2012 bilateral course helped but left months of retrograde memory loss; she declines ECT again, and her
      psychiatrist documents the decision.
literature:
  - id: murrough-2013
expenses:
  - {date: 2026-09-22, item: 'Six IV ketamine infusions (Gannet Harbor)', amount: '$3,900.00', paid: '$3,900.00', reimbursed: '$0.00'}
bates_prefix: LINDQVISTADEYEMI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/carrier-eob-and-letter-2026-10-19.txt": """
FEDERAL CIVIL SERVICE BENEFIT ASSOCIATION HEALTH PLAN (FICTIONAL)  -  Standard Option
A Federal Employees Health Benefits (FEHB) Program plan

October 19, 2026
MARGARETHE I LINDQVIST-ADEYEMI   Member ID FCB-FICT-R4471902-01   Claim FCB-CLM-2026-1019-73312

We have denied benefits for: ketamine infusion (96365, J3490) on 09/08, 09/10, 09/12, 09/15, 09/17, 09/22/2026.
Billed $3,900.00. Plan pays $0.00. Remark CO-55.

Why: Intravenous ketamine for the treatment of depression is considered experimental/investigational under
Medical Policy MP-5.01.22 and is not covered. See "Experimental or investigational" in Section 10, Definitions,
and the exclusion in Section 6 of your brochure.
Reviewed by: Dr. Colm Featherstone, Internal Medicine, Medical Director.

Your right to disagree: You must ask us in writing to reconsider within 6 months from the date of this
decision. Send it to Reconsideration Unit, PO Box 22870, Linthwaite MD 21998-2870. If we uphold our decision,
you may ask the U.S. Office of Personnel Management (OPM) to review it.
""",
        "other/fehb-brochure-2026-excerpts.txt": """
2026 BROCHURE EXCERPTS - Federal Civil Service Benefit Association Health Plan (FICTIONAL)

Section 6. General exclusions: We do not cover services, drugs or supplies that are experimental or
investigational.

Section 10. Definitions. Experimental or investigational services: A drug, device or medical treatment or
procedure is experimental or investigational if (1) it cannot be lawfully marketed without approval of the U.S.
Food and Drug Administration and that approval has not been given at the time it is furnished; or (2) reliable
evidence shows it is the subject of ongoing Phase I or Phase II clinical trials, or is under study to determine
its maximum tolerated dose, toxicity or safety; or (3) reliable evidence shows that the prevailing opinion among
experts is that further studies are needed to determine its safety or its efficacy compared with standard
treatment.
(Medical Policy MP-5.01.22 is not printed in the brochure; the member has asked for a copy.)
""",
        "clinical/psychiatry-summary-2026-08-27.txt": """
GANNET HARBOR INFUSION AND PSYCHIATRY (FICTIONAL) - TREATMENT SUMMARY BEFORE KETAMINE
Patient: Margarethe Lindqvist-Adeyemi, 58   Date: 08/27/2026   Psychiatrist: Priyanka Osterhaus-Mbeki, MD

Current episode since about Sept 2024 (retired from federal service that month).
Trials this episode:
 - escitalopram 20 mg Oct 2024 - Jan 2025 (12 wks): no response
 - duloxetine 60 -> 120 mg Feb - Jun 2025: partial, then relapse at 120 mg
 - aripiprazole 5 mg added Jun - Sep 2025 (12 wks): no further benefit
 - Spravato 56 mg Nov 2025, 5 sessions: stopped - BP 188/104 at 40 min on two sessions. Not an adequate trial.
 - nortriptyline 100 mg Jan - May 2026, level 92 ng/mL: no response
 - CBT 20 sessions Jan - Jun 2025 (psychotherapy, completed)
Earlier episode: 2012 bilateral ECT x9 - response, but months of retrograde memory loss; she declines ECT now.
Now: PHQ-9 23, MADRS 36. Passive death wishes ("I wouldn't mind not waking up"); no active SI, no plan, no
intent. No psychosis, no SUD. BP 126/78 on amlodipine (well controlled since Jan 2026).
Plan: IV ketamine 0.5 mg/kg over 40 min x6 in 2 weeks; reassess.
Addendum 09/24/2026: after 6 infusions PHQ-9 9, MADRS 14. Tolerated; peak BP 148/88.
""",
        "other/authorization-to-represent.txt": """
AUTHORIZATION TO ACT ON MY BEHALF (FICTIONAL)
I, Margarethe I. Lindqvist-Adeyemi (FEHB member FCB-FICT-R4471902-01), authorize my son, Tobias Rune Lindqvist,
to request reconsideration of claim FCB-CLM-2026-1019-73312, to receive my health information for it, and to
represent me before the plan and OPM.
Signed 11/20/2026.
""",
    },
    truth="""
# 03 - FEHB, IV ketamine for TRD denied as experimental; the member's son asks the carrier to reconsider (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Margarethe Lindqvist-Adeyemi, 58, retired federal employee, FEHB Standard Option. Six IV ketamine infusions
  2026-09-08 to 2026-09-22 (96365, J3490), paid by her ($3,900), denied 2026-10-19 as experimental under medical
  policy MP-5.01.22 and the brochure's definition (Section 10) and exclusion (Section 6). Reviewer: an internist.
- The brochure's definition has three alternative tests, joined by "or": (1) FDA approval needed and not given;
  (2) ongoing Phase I or II trials / dose-toxicity-safety study; (3) prevailing expert opinion that further
  studies are needed. Ketamine is FDA-approved (as an anesthetic) and lawfully marketed, so (1) does not apply;
  the denial does not say which test it applied.
- Current episode since September 2024. Adequate failed trials: escitalopram, duloxetine (lost), aripiprazole
  augmentation, nortriptyline at a therapeutic level: four. Spravato was stopped after five sessions for blood
  pressure: not an adequate trial. CBT = psychotherapy (completed), not a drug trial.
- Suicidality: passive (2026-08-27), no active ideation. Response: MADRS 36 -> 14.
- Rule: FEHB disputed claims, 5 CFR 890.105: reconsideration by the carrier within 6 months (2027-04-19); then OPM
  review within 90 days of the carrier's decision. Author: son, representative, with a signed authorization.

## Deliberately unknown
- The text of MP-5.01.22 (not printed; she asked for it). The letter may ask for it, not quote it.
- Whether more infusions are planned (none scheduled).

## Traps
- ECT 2012 was a **response in an earlier episode** (with memory loss), not a failed treatment; it is the
  alternative answered (she declines ECT), not a trial of this episode.
- Spravato: inadequate (stopped for BP), not "failed Spravato". Don't say she "failed five" or "six" trials.
- "Passive death wishes ... no active SI, no plan" = passive, not active; no Spravato suicidality use.
- FEHB: no ERISA (29 CFR 2560.503-1), no 45 CFR 147.136, no state insurance department or state external review.
  Parity: FEHB carriers follow parity by OPM policy, not MHPAEA citations from the ERISA/PHSA regs - don't cite
  29 CFR 2590.712 as binding on an FEHB plan. "Names and qualifications of experts" is asked, not cited as a duty.
- Voice: the son writes about his mother ("my mother", "Mrs. Lindqvist-Adeyemi"), never "I have failed".
- Don't say the brochure names ketamine (it doesn't); don't claim the policy's criteria (not in the case).

## Arguments a strong letter makes
1. Under the brochure's own definition, ketamine is FDA-approved and lawfully marketed (test 1 fails); ask the
   carrier to say which test it applied and the evidence for it, and to send MP-5.01.22.
2. Evidence of efficacy in TRD (randomized trial, e.g. Murrough 2013) and a documented response (MADRS 36 -> 14).
3. Four adequate failed trials in the current episode; ECT declined for documented cognitive harm.
4. Ask for a psychiatrist reviewer (the reviewer was an internist); OPM review follows if upheld.

## What a letter must NOT say
- "ketamine is not FDA-approved", "ECT failed", "failed Spravato", "failed five (or six) treatments", "active
  suicidal ideation", "29 CFR 2560.503-1", "45 CFR 147.136", "state external review", "Department of Labor",
  "the brochure names ketamine", "I" as the patient.
""",
    checks=[
        ("denial/carrier-eob-and-letter-2026-10-19.txt", "considered experimental/investigational under Medical Policy MP-5.01.22"),
        ("denial/carrier-eob-and-letter-2026-10-19.txt", "Internal Medicine"),
        ("denial/carrier-eob-and-letter-2026-10-19.txt", "within 6 months from the date of this decision"),
        ("other/fehb-brochure-2026-excerpts.txt", "cannot be lawfully marketed without approval"),
        ("clinical/psychiatry-summary-2026-08-27.txt", "Not an adequate trial"),
        ("clinical/psychiatry-summary-2026-08-27.txt", "no active SI, no plan"),
        ("clinical/psychiatry-summary-2026-08-27.txt", "2012 bilateral ECT x9 - response"),
        ("clinical/psychiatry-summary-2026-08-27.txt", "level 92 ng/mL: no response"),
        ("clinical/psychiatry-summary-2026-08-27.txt", "PHQ-9 9, MADRS 14"),
        ("other/authorization-to-represent.txt", "authorize my son, Tobias Rune Lindqvist"),
    ],
)

C04 = dict(
    slug="medicaid-mco-spravato-fair-hearing-case-manager",
    yaml=r"""
# FICTIONAL CASE (set 14, case 04) - every person, plan, number and address is invented.
# Medicaid managed care, adult: prior authorization for Spravato denied for "no augmentation trial"; the plan
# upheld it on appeal (notice of appeal resolution 2026-10-02). The member's community mental health case manager
# requests the state fair hearing. The aripiprazole trial was mostly on manufacturer samples, so the plan's
# pharmacy claims show one fill.
patient:
  name: Dionne Marguerite Achterberg-Lowe
  salutation: Ms. Achterberg-Lowe
  date_of_birth: 1992-06-09
  member_id: TCH-FICT-0098812475
  address: |-
    414 Kestrel Avenue, Unit 2
    Millbrook Ferry, OH 43999
  phone: (614) 555-0139
insurer:
  name: Tri-County Community Health Plan, a Medicaid managed care plan (FICTIONAL)
  appeals_address: |-
    Appeals and Grievances
    PO Box 18842
    Dunmore Heights, OH 43998-8842
  fax: (614) 555-0187
claim:
  number: PA-FICT-2026-0814-66120
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-08-14
  procedure_codes: [J0013, '99214']
  diagnosis_codes: [F33.2]
  pending_services: '[Spravato induction, 8 sessions over 4 weeks, not started]'
  denial_reason: >-
    Your request for Spravato is denied. Our Spravato criteria require an inadequate response to, or intolerance
    of, an augmenting medication (an atypical antipsychotic or lithium) in the current episode. Our records show
    one fill of aripiprazole, which is not an adequate trial. The request is not medically necessary.
  denial_category: medical_necessity
  reviewer: {name: Dr. Vaughn Pettibone, specialty: family medicine}
  action: none
template: external-review-request
external_review:
  final_denial_date: 2026-10-02
  agency: Ohio Department of Medicaid, Bureau of State Hearings (state fair hearing)
decisions:
  - date: 2026-10-02
    outcome: denied
    stage: plan appeal
    opens: state fair hearing
    next_deadline: 2027-01-30
    reason: >-
      The decision is upheld. The member has not had an adequate trial of an augmenting agent. Pharmacy claims
      show a single 30-day fill of aripiprazole 2 mg in June 2025.
payer_criteria:
  - criterion: 1. Age 18 or older with major depressive disorder
    how_met: Age 34; recurrent major depressive disorder, severe (F33.2)
    met: true
    evidence: {file: clinical/cmhc-psychiatry-notes-2025-2026.txt, page: 1}
  - criterion: 2. Inadequate response to two antidepressants of adequate dose and duration in the current episode
    how_met: Sertraline 200 mg for 10 weeks and bupropion XL 450 mg for 9 weeks, both without response
    met: true
    evidence: {file: clinical/cmhc-psychiatry-notes-2025-2026.txt, page: 1}
  - criterion: 3. Inadequate response to, or intolerance of, an augmenting medication (an atypical antipsychotic or lithium) in the current episode
    how_met: >-
      Aripiprazole 2 mg then 5 mg added to bupropion from June 10 to July 22, 2025 (one pharmacy fill, then
      clinic samples), stopped for akathisia: intolerance
    met: true
    evidence:
      - {file: clinical/cmhc-psychiatry-notes-2025-2026.txt, page: 1}
      - {file: other/sample-log-aripiprazole-2025.txt, page: 1}
  - criterion: 4. Given at a REMS-certified site with monitoring
    how_met: Clinic is REMS-certified; 2 hours' observation planned
    met: true
    evidence: {file: clinical/cmhc-psychiatry-notes-2025-2026.txt, page: 1}
treatment:
  name: Spravato (esketamine nasal spray)
  summary: >-
    Induction with esketamine 56 mg then 84 mg twice weekly for four weeks at the community mental health
    center's REMS-certified clinic.
  setting: Riverbend Community Mental Health Center, REMS-certified clinic (FICTIONAL)
  monitoring: blood pressure before, at 40 minutes and at 2 hours; two hours of observation
  plan: 56 mg first session, then 84 mg twice weekly for four weeks (8 sessions); reassess MADRS at week 4
author:
  name: Marisol Treadway
  role: Case manager, Riverbend Community Mental Health Center, authorized representative for the hearing
  relation: representative
  authorization: other/authorized-representative-form.txt
  phone: (614) 555-0165
  email: mtreadway@riverbend-cmhc.example
provider:
  name: Augustin Kellerman-Addo
  credentials: MD, psychiatrist
  npi: "1326047713"
  phone: (614) 555-0161
  address: |-
    Riverbend Community Mental Health Center, 77 Ferry Landing Road
    Millbrook Ferry, OH 43999
clinical:
  episode_onset: 2024-11
  severity: PHQ-9 22 and MADRS 34 on October 28, 2026
  severity_date: 2026-10-28
  suicidality: none
  exclusions: >-
    No psychosis; no substance use disorder (cannabis stopped 2022); BP 118/74; not pregnant (test 10/28/2026)
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-12-02
      end: 2025-02-10
      outcome: No response after ten weeks
      response: none
      adequate: true
      evidence: {file: clinical/cmhc-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Bupropion XL
      dose: 450 mg daily
      start: 2025-02-17
      end: 2025-04-21
      outcome: No response after nine weeks
      response: none
      adequate: true
      evidence: {file: clinical/cmhc-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Aripiprazole (added to bupropion; samples after the first fill)
      kind: augmentation
      dose: 2 mg then 5 mg daily
      start: 2025-06-10
      end: 2025-07-22
      outcome: Stopped for akathisia (intolerance)
      failed: true
      paid_outside: clinic samples after one 30-day pharmacy fill
      evidence: {file: other/sample-log-aripiprazole-2025.txt, page: 1}
    - drug: Quetiapine (for sleep)
      kind: other
      dose: 25 mg at bedtime
      start: 2025-08
      end: 2026-01
      outcome: Sleep dose only, not an augmentation trial
      adequate: false
    - drug: Vortioxetine
      dose: 20 mg daily
      start: 2025-09-01
      end: 2025-11-24
      outcome: Partial response, then worse by spring 2026
      response: lost
      adequate: true
      evidence: {file: clinical/cmhc-psychiatry-notes-2025-2026.txt, page: 1}
impact:
  work: Lost her job as a pharmacy technician in March 2026 after missing shifts.
bates_prefix: ACHTERBERGLOWE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/pa-denial-notice-2026-08-14.txt": """
TRI-COUNTY COMMUNITY HEALTH PLAN (FICTIONAL) - Medicaid managed care
NOTICE OF ADVERSE BENEFIT DETERMINATION          Date: August 14, 2026
Member: Dionne M. Achterberg-Lowe   ID TCH-FICT-0098812475   Reference PA-FICT-2026-0814-66120
Requested: Spravato (esketamine) induction, J0013 x 56-84 units with 99214, by Dr. A. Kellerman-Addo

Your request for Spravato is denied. Our Spravato criteria require an inadequate response to, or intolerance
of, an augmenting medication (an atypical antipsychotic or lithium) in the current episode. Our records show one
fill of aripiprazole, which is not an adequate trial. The request is not medically necessary.
Reviewer: Vaughn Pettibone, MD (Family Medicine).
You may appeal to us within 60 days of the date of this notice.
""",
        "denial/notice-of-appeal-resolution-2026-10-02.txt": """
TRI-COUNTY COMMUNITY HEALTH PLAN (FICTIONAL)
NOTICE OF APPEAL RESOLUTION               October 2, 2026
Member: Dionne M. Achterberg-Lowe   Appeal no. APL-FICT-26-09117 (about PA-FICT-2026-0814-66120)

The decision is upheld. The member has not had an adequate trial of an augmenting agent. Pharmacy claims show a
single 30-day fill of aripiprazole 2 mg in June 2025.

Your right to a state hearing: You may ask for a state hearing with the Ohio Department of Medicaid, Bureau of
State Hearings (FICTIONAL address: PO Box 18520, Capitol Reach OH 43997) no later than 120 calendar days from
the date of this notice.
""",
        "clinical/cmhc-psychiatry-notes-2025-2026.txt": """
RIVERBEND CMHC (FICTIONAL) - PSYCHIATRY MED-MANAGEMENT NOTES (extract)  Patient: D. Achterberg-Lowe, DOB 06/09/1992
Episode began ~Nov 2024. (Earlier episode 2021: inpatient 5 days at St. Wendel's, sertraline 100 mg -> remission.)
12/02/24 sertraline restarted, to 200 mg by 12/30. 02/10/25: no response at 10 wks; stop.
02/17/25 bupropion XL to 450 mg. 04/21/25: no response (9 wks).
06/10/25 aripiprazole 2 mg added to bupropion (Rx, 30 days). 06/24/25 -> 5 mg from clinic samples.
  [note dated 06/24 says "started abilify mid-May" - error; pharmacy and order show 06/10/25.]
07/22/25 restless, can't sit, pacing = akathisia; aripiprazole stopped. Intolerance.
08/2025 quetiapine 25 mg qhs for sleep.  09/01/25 vortioxetine 20 mg: partial by Nov, worse by spring 2026.
10/28/26: PHQ-9 22, MADRS 34. Denies SI/HI. No psychosis. No SUD (cannabis stopped 2022). BP 118/74.
Urine hCG negative. Plan: Spravato induction at our REMS site once authorized.
""",
        "other/sample-log-aripiprazole-2025.txt": """
RIVERBEND CMHC (FICTIONAL) - MEDICATION SAMPLE DISPENSING LOG (extract)
Drug: aripiprazole 5 mg tablets (manufacturer samples)   Patient: Achterberg-Lowe, Dionne
06/24/2025  qty 14  lot FICT-AR5-1123   dispensed by R. Oyelaran RN   prescriber A. Kellerman-Addo MD
07/08/2025  qty 14  lot FICT-AR5-1123   dispensed by R. Oyelaran RN   prescriber A. Kellerman-Addo MD
""",
        "other/authorized-representative-form.txt": """
AUTHORIZED REPRESENTATIVE DESIGNATION (state hearing) - FICTIONAL copy
I, Dionne M. Achterberg-Lowe, name Marisol Treadway, case manager at Riverbend Community Mental Health Center, as
my authorized representative to request and pursue a state hearing about Spravato (PA-FICT-2026-0814-66120).
Signed 11/18/2026.
""",
    },
    truth="""
# 04 - Medicaid managed care (adult), Spravato prior authorization denied; state fair hearing requested by a case manager (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Dionne Achterberg-Lowe, 34, Ohio Medicaid through a managed care plan. Spravato induction (pre-service, not
  started) denied 2026-08-14 for "no adequate augmentation trial" (one pharmacy fill of aripiprazole); the plan's
  appeal upheld it on 2026-10-02 (notice of appeal resolution). Both reviewers' specialties: family medicine
  (initial); the resolution names none.
- The plan's criterion 3 says "inadequate response to, **or intolerance of**" an augmenting medication. The record
  shows aripiprazole 2 mg (one fill, 06/10/2025) then 5 mg from clinic samples (sample log 06/24 and 07/08),
  stopped 07/22/2025 for akathisia: intolerance. The plan saw only its own pharmacy claims.
- Criteria 1, 2 and 4 are met too (sertraline 200 mg 10 weeks, bupropion XL 450 mg 9 weeks in the current episode;
  REMS site).
- Rule: state fair hearing within 120 calendar days of the plan's notice of resolution (42 CFR 438.408(f)(2)):
  by 2027-01-30. This is a new request (no care cut): continuation of benefits (438.420) does not apply.
- Author: case manager, authorized representative (signed designation).

## Deliberately unknown
- The hearing office's real address (the notice's is fictional) and the hearing date.
- Whether the member also wants an expedited hearing (nothing says she is in danger; no urgency recorded).

## Traps
- Quetiapine 25 mg at bedtime = sleep dose, **not** an augmentation trial.
- "started abilify mid-May" in the 06/24 note is an error the note itself corrects: start 06/10/2025.
- 2021 episode: sertraline 100 mg remission and a 5-day admission belong to an earlier episode (no
  hospitalization in this episode; don't list one as harm).
- "Denies SI/HI" = none: no suicidality paragraph.
- Adult (34): no EPSDT. No continuation of benefits. No ERISA, no 45 CFR 147.136, no external review by an IRO.
- Medicaid: experts' names can be asked for, with no duty cited.
- Samples are a real trial ("paid outside" the plan), not "no trial".

## Arguments a strong letter makes
1. Criterion 3 is met by intolerance: aripiprazole started 06/10/2025 and continued on samples to 07/22/2025,
   stopped for akathisia (sample log + notes). The plan's "one fill" reading ignores trials paid outside it.
2. The other criteria are met point by point; the hearing officer should order the authorization.
3. Hearing requested within 120 days of the 10/02/2026 resolution; ask for a psychiatrist's review of the record.

## What a letter must NOT say
- "continue benefits during the appeal", "438.420", "EPSDT", "quetiapine trial", "augmentation with quetiapine",
  "hospitalized this year", "suicidal", "started aripiprazole in May", "29 CFR 2560.503-1", "external review
  organization", "within 90 days" (the window is 120 days from the resolution).
""",
    checks=[
        ("denial/pa-denial-notice-2026-08-14.txt", "Our records show one fill of aripiprazole"),
        ("denial/notice-of-appeal-resolution-2026-10-02.txt", "no later than 120 calendar days from the date of this notice"),
        ("denial/notice-of-appeal-resolution-2026-10-02.txt", "single 30-day fill of aripiprazole 2 mg in June 2025"),
        ("clinical/cmhc-psychiatry-notes-2025-2026.txt", "akathisia; aripiprazole stopped. Intolerance."),
        ("clinical/cmhc-psychiatry-notes-2025-2026.txt", "quetiapine 25 mg qhs for sleep"),
        ("clinical/cmhc-psychiatry-notes-2025-2026.txt", "Denies SI/HI"),
        ("clinical/cmhc-psychiatry-notes-2025-2026.txt", "pharmacy and order show 06/10/25"),
        ("other/sample-log-aripiprazole-2025.txt", "07/08/2025  qty 14"),
        ("other/authorized-representative-form.txt", "as my authorized representative"),
    ],
)

CASES = [C01, C02, C03, C04]
