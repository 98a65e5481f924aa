"""Set 13 cases 05-06 (FICTIONAL)."""
CASES = []

# ---------------------------------------------------------------- 05
CASES.append(dict(
slug="05-school-district-plan-tms-coverage-ended-fmla-leave-patient",
yaml=r"""
# FICTIONAL CASE (set 13, case 05) - every person, plan, number and address is invented.
# Self-funded plan of a public school district (governmental, not ERISA): a completed, pre-authorized TMS course
# denied "expenses incurred after coverage terminated" because the district ended her coverage on June 30 while she
# was on approved FMLA leave and paying her premium share. The patient writes the first appeal herself.
patient:
  name: Wilhelmina Sato Ashgrove
  salutation: Ms. Ashgrove
  date_of_birth: 1975-11-30
  member_id: LVU-FICT-004-88217
  address: |-
    640 Cobble Mill Road
    Fernreach, OR 97999
  phone: (503) 555-0124
  email: w.ashgrove@mail.example
insurer:
  name: Larch Valley Unified School District Employee Benefit Plan, administered by Westbourne Claims Services (FICTIONAL)
  appeals_address: |-
    Westbourne Claims Services - Appeals
    PO Box 5502
    Fernreach, OR 97998
  fax: (503) 555-0129
claim:
  number: WCS-2026-09-0310774
  plan_type: governmental
  funding: self_funded
  notice_date: October 14, 2026
  denial_reason: >-
    Expenses incurred after coverage terminated. Our eligibility records show your coverage ended 06/30/2026.
    Medical necessity was not reviewed.
  denial_category: other
  denial_reasons: [coverage_ended]
  carc_codes: [CO-27]
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.1]
  service_dates: [2026-07-06, 2026-08-21]
  sessions: 36
  action: none
eligibility:
  why: >-
    I was on leave approved under the Family and Medical Leave Act from June 1 to August 21, 2026, and I paid my
    share of the premium for July and August on time. The plan's own booklet continues coverage during approved FMLA
    leave for up to 12 weeks when the employee's share is paid, and federal law requires the employer to keep the
    coverage in place during that leave. My coverage was therefore in force on every date of the TMS course.
  proof:
    - other/fmla-leave-approval-2026-05-22.txt
    - other/premium-payment-receipts-2026.txt
    - other/benefits-booklet-section-3-4.txt
prior_auth:
  approved:
    number: WCS-PA-TMS-2026-0520-118
    date: 2026-05-20
    covers: 36 TMS sessions (90867 x1, 90868 x35), June 15 to September 30, 2026
    quote: Approved - 36 sessions of TMS (90867 x1, 90868 x35), valid 06/15/2026 through 09/30/2026.
    file: other/tms-prior-authorization-approval-2026-05-20.txt
    what_went_wrong: The district's eligibility file ended my coverage on June 30, 2026, so the claims were denied for eligibility although the authorization stood.
    lines:
      - {code: "90867", units: 1, given: 1}
      - {code: "90868", units: 35, given: 35}
plan_policy:
  name: Larch Valley Unified School District Benefits Booklet 2026, Section 3.4 (Leaves of absence)
  quote: >-
    3.4(a) If you take a leave approved under the Family and Medical Leave Act, your coverage continues for up to
    12 weeks of leave in a 12-month period on the same terms as if you were working, provided you pay your share of
    the premium by the last day of each month. 3.4(b) Coverage for any other unpaid leave of more than 30 days ends
    on the last day of the month in which the leave began.
  file: other/benefits-booklet-section-3-4.txt
treatment:
  name: Transcranial magnetic stimulation (TMS)
  summary: A pre-authorized course of 36 TMS sessions for recurrent depression, completed July 6 to August 21, 2026.
author:
  name: Wilhelmina Sato Ashgrove
  role: Patient
  relation: patient
  phone: (503) 555-0124
  email: w.ashgrove@mail.example
clinical:
  episode_onset: September 2025
  severity: PHQ-9 19 on July 2, 2026 before TMS; PHQ-9 7 on August 21, 2026
  severity_date: 2026-08-21
  suicidality: none
  response: PHQ-9 19 before TMS (July 2, 2026) and 7 after session 36 (August 21, 2026)
  history:
    - drug: Sertraline
      dose: 25 mg daily
      start: 2025-10-06
      end: 2025-10-13
      outcome: Stopped after one week for headache
      response: none
      adequate: false
    - drug: Citalopram
      dose: 40 mg daily
      start: 2025-10-20
      end: 2026-01-12
      outcome: No response after 12 weeks
      response: none
      adequate: true
      evidence: {file: clinical/tms-treatment-summary.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 150 to 225 mg daily
      start: 2026-01-19
      end: 2026-04-27
      outcome: Partial response only after 14 weeks
      response: partial
      adequate: true
      evidence: {file: clinical/tms-treatment-summary.txt, page: 1}
    - drug: Interpersonal psychotherapy
      kind: psychotherapy
      dose: weekly
      sessions: 14
      adequate: true
      start: 2026-01
      end: 2026-04
      outcome: Fourteen sessions, some help with sleep and routine, depression persisted
      response: partial
      evidence: {file: clinical/tms-treatment-summary.txt, page: 1}
employer:
  name: Larch Valley Unified School District, Human Resources - Benefits Office
  address: |-
    1200 District Way
    Fernreach, OR 97999
copies: [employer]
bates_prefix: ASHGROVE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/explanation-of-benefits-2026-10-14.txt": """
WESTBOURNE CLAIMS SERVICES (FICTIONAL) for the Larch Valley Unified School District Employee Benefit Plan
EXPLANATION OF BENEFITS                         Statement date: 10/14/2026
Member: WILHELMINA S ASHGROVE   ID LVU-FICT-004-88217   Claim WCS-2026-09-0310774
Provider: Fernreach Neuromodulation Clinic (FICTIONAL)
Service 90867 x1, 90868 x35   07/06/2026 - 08/21/2026   Billed $10,440.00   Allowed $0.00   Paid $0.00
Remark CO-27: Expenses incurred after coverage terminated. Our eligibility records show your coverage ended
06/30/2026. Medical necessity was not reviewed.
Appeal rights: you may appeal within 180 days of receiving this notice. Write to Westbourne Claims Services -
Appeals, PO Box 5502, Fernreach OR 97998. Questions about eligibility: contact your employer's benefits office.
""",
"other/coverage-termination-notice-2026-07-15.txt": """
LARCH VALLEY UNIFIED SCHOOL DISTRICT - HUMAN RESOURCES (FICTIONAL)          July 15, 2026
Notice of end of health coverage: Because you began an unpaid leave of absence on 05/29/2026 lasting more than
30 days, your district health coverage ended 06/30/2026 under Booklet section 3.4(b). COBRA information follows.
""",
"other/fmla-leave-approval-2026-05-22.txt": """
LARCH VALLEY UNIFIED SCHOOL DISTRICT - HUMAN RESOURCES (FICTIONAL)          May 22, 2026
Designation Notice (Family and Medical Leave Act)
Employee: Wilhelmina S. Ashgrove, Grade 5 teacher, Orchard Park Elementary
Your request for leave is APPROVED as FMLA leave, for your own serious health condition:
June 1, 2026 through August 21, 2026 (12 weeks). Your health benefits will be maintained during this leave; you
must continue to pay your share of the premium, $212.40 per month, by the last day of each month.
""",
"other/premium-payment-receipts-2026.txt": """
LARCH VALLEY USD PAYROLL - RECEIPTS FOR DIRECT PREMIUM PAYMENTS (FICTIONAL)
Receipt 26-0711  06/26/2026  W. Ashgrove  Employee medical share, July 2026    $212.40  check 1043
Receipt 26-0802  07/28/2026  W. Ashgrove  Employee medical share, August 2026  $212.40  check 1051
(June 2026 share deducted from the May 29 paycheck.)
""",
"other/benefits-booklet-section-3-4.txt": """
LARCH VALLEY UNIFIED SCHOOL DISTRICT BENEFITS BOOKLET 2026 (FICTIONAL) - Section 3.4, Leaves of absence
3.4(a) If you take a leave approved under the Family and Medical Leave Act, your coverage continues for up to
12 weeks of leave in a 12-month period on the same terms as if you were working, provided you pay your share of
the premium by the last day of each month. 3.4(b) Coverage for any other unpaid leave of more than 30 days ends
on the last day of the month in which the leave began.
""",
"other/tms-prior-authorization-approval-2026-05-20.txt": """
WESTBOURNE CLAIMS SERVICES - UTILIZATION MANAGEMENT (FICTIONAL)       05/20/2026
Member: Ashgrove, Wilhelmina S.   Auth WCS-PA-TMS-2026-0520-118
Approved - 36 sessions of TMS (90867 x1, 90868 x35), valid 06/15/2026 through 09/30/2026.
Approval is subject to eligibility on the dates of service.
""",
"clinical/tms-treatment-summary.txt": """
FERNREACH NEUROMODULATION CLINIC (FICTIONAL) - TMS treatment summary
Patient: Ashgrove, Wilhelmina S.  DOB 11/30/1975   Dx F33.1
Episode since 09/2025. Sertraline 25 mg 10/06-10/13/2025 stopped (headache, 1 wk). Citalopram 40 mg
10/20/2025-01/12/2026 no response. Venlafaxine XR to 225 mg 01/19-04/27/2026 partial only. IPT weekly Jan-Apr
2026 (14 sessions), depression persisted.
07/02/2026 PHQ-9 19. Pt denies SI. TMS 10 Hz L-DLPFC, 36 sessions 07/06/2026 - 08/21/2026 (the first session was
booked for 07/01 and moved to 07/06).
08/21/2026 PHQ-9 7: response. Returned to teaching 08/24/2026.
""",
},
checks=[
("denial/explanation-of-benefits-2026-10-14.txt", "Medical necessity was not reviewed."),
("denial/explanation-of-benefits-2026-10-14.txt", "Our eligibility records show your coverage ended 06/30/2026."),
("other/fmla-leave-approval-2026-05-22.txt", "June 1, 2026 through August 21, 2026 (12 weeks)"),
("other/fmla-leave-approval-2026-05-22.txt", "Your health benefits will be maintained during this leave"),
("other/premium-payment-receipts-2026.txt", "06/26/2026"),
("other/premium-payment-receipts-2026.txt", "07/28/2026"),
("other/coverage-termination-notice-2026-07-15.txt", "unpaid leave of absence on 05/29/2026"),
("other/tms-prior-authorization-approval-2026-05-20.txt", "Approval is subject to eligibility on the dates of service."),
("clinical/tms-treatment-summary.txt", "Pt denies SI."),
("clinical/tms-treatment-summary.txt", "booked for 07/01 and moved to 07/06"),
],
truth=r"""
# 05 - School district (governmental) self-funded plan, completed TMS denied "coverage terminated" during FMLA leave; the patient appeals (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Ms. Ashgrove, a teacher, is in her public school district's **self-funded governmental plan** (not ERISA). A
  pre-authorized TMS course (36 sessions, 2026-07-06 to 2026-08-21, auth WCS-PA-TMS-2026-0520-118) was denied
  2026-10-14, CO-27, "coverage ended 06/30/2026"; the EOB says **medical necessity was not reviewed**.
- Her leave was **FMLA leave**, June 1 - August 21, 2026 (designation notice 05/22), and she paid the July and
  August premium shares on time (receipts 06/26 and 07/28; June by payroll). The district applied booklet 3.4(b)
  ("any other unpaid leave") instead of 3.4(a) (FMLA: coverage continues up to 12 weeks). FMLA's own rule: the
  employer maintains group health coverage during FMLA leave (29 USC 2614(c)(1); 29 CFR 825.209) - public
  employers are covered employers.
- Every service date (07/06-08/21) falls inside the FMLA leave and the paid months. TMS response: PHQ-9 19 -> 7.
- First internal appeal, 180 days (45 CFR 147.136(b)(2)(i) applying the ERISA claim rule's standard by reference
  for a governmental plan). The author is the patient: the letter speaks as "I". Copy to the district benefits
  office.

## Deliberately unknown
- Whether the district has already corrected the eligibility file (nothing says so).
- Whether the administrator or the district decides eligibility appeals (the EOB points eligibility questions to
  the employer).

## Traps
- The **only** question is eligibility: no medical-necessity argument as an answer to the denial, no request for
  a clinical reviewer or peer-to-peer, no "the treatment is not experimental". (Noting the response briefly is harmless.)
- Governmental plan: do not cite 29 CFR 2560.503-1 as the law that governs it, nor ERISA/EBSA; 45 CFR 147.136
  and the booklet apply. FMLA (a different federal law) does apply to public employers.
- Leave start date conflict: termination notice says "05/29/2026"; the FMLA designation says **June 1** (the
  05/29 date is the last paycheck). Use June 1.
- TMS first session **07/06** (booked 07/01, moved): don't date the course from 07/01.
- Sertraline 1 week (headache) is not an adequate trial; IPT is psychotherapy; "denies SI": no suicidality text.
- The authorization says "subject to eligibility": the winning point is eligibility, not "the approval binds".
- No COBRA argument: she did not need COBRA; don't say she elected it.

## Arguments a strong letter makes
1. Coverage was in force: approved FMLA leave (designation notice), premiums paid (receipts), booklet 3.4(a), and
   FMLA's maintenance-of-coverage rule; the district applied the wrong subsection (3.4(b)).
2. Ask the plan (and, by copy, the district) to correct the eligibility record and reprocess the claim under the
   existing authorization WCS-PA-TMS-2026-0520-118.
3. Medical necessity was never in question (the plan itself says it was not reviewed; it pre-authorized the course).

## What a letter must NOT say
- "not medically necessary" as the plan's reason, "peer-to-peer", "clinical reviewer", "ERISA", "29 CFR
  2560.503-1" as governing, "EBSA", "leave began May 29", "July 1, 2026" as a session, "COBRA coverage",
  "sertraline failed", "suicidal".
""",
))

# ---------------------------------------------------------------- 06
CASES.append(dict(
slug="06-individual-plan-spravato-new-member-transition-of-care-son",
yaml=r"""
# FICTIONAL CASE (set 13, case 06) - every person, plan, number and address is invented.
# Individual (off-Marketplace, insured) plan in Vermont: four Spravato induction sessions given in the member's
# first two weeks on a new plan were denied "no prior authorization"; the plan's own transition-of-care clause
# covers an active course when the plan is told within 30 days, and the clinic told it on day 18. The member's
# adult son writes as authorized representative (first level).
patient:
  name: Bartholomew Kesselring Nwachukwu
  salutation: Mr. Nwachukwu
  date_of_birth: 1964-04-17
  member_id: GRH-FICT-IND-3391-0082
  address: |-
    19 Tamarack Fold Road
    East Wendlebury, VT 05999
  phone: (802) 555-0106
insurer:
  name: Granite Reach Health Insurance Company - Individual PPO (FICTIONAL)
  appeals_address: |-
    Granite Reach Member Appeals
    PO Box 1180
    East Wendlebury, VT 05998
  fax: (802) 555-0108
claim:
  number: GRH-CLM-2026-10-552907
  plan_type: individual_aca
  funding: insured
  notice_date: October 19, 2026
  denial_reason: >-
    Prior authorization was required for this service and was not obtained before the service was provided.
    (CARC 197)
  denial_category: prior_authorization
  carc_codes: [CO-197]
  procedure_codes: [99213, J0013]
  diagnosis_codes: [F33.2]
  service_dates: [2026-09-02, 2026-09-05, 2026-09-09, 2026-09-12]
  action: none
prior_auth:
  reason_missing: >-
    Mr. Nwachukwu's new individual plan began September 1, 2026, in the middle of a Spravato induction approved by
    his former employer plan; the clinic billed from the old card until it learned of the change and notified
    Granite Reach on September 18, 2026, within the 30 days the plan's transition-of-care provision allows.
  approved:
    number: GRH-PA-2026-0918-7731
    date: 2026-09-22
    covers: Spravato sessions from September 18, 2026 onward (the rest of the induction and maintenance); it does not cover September 2 to 12
    quote: Approved. Esketamine nasal spray (J0013) with 99213, dates of service 09/18/2026 through 03/17/2027.
    file: other/granite-reach-authorization-2026-09-22.txt
    what_went_wrong: The plan approved the same treatment on the same records from September 18 but denied the four earlier sessions for lack of authorization.
plan_policy:
  name: Granite Reach Individual PPO Policy 2026, Part 5.7 - Continuity of care for new members
  quote: >-
    5.7 If, on your effective date, you are in an active course of treatment that we would cover, we will cover that
    course of treatment as if it had been authorized for up to 90 days after your effective date, provided that you
    or your provider notify us within 30 days of your effective date. After notice, you must follow our prior
    authorization rules for the rest of the course.
  file: other/policy-part-5-7-continuity-of-care.txt
  other_terms: >-
    Schedule of Benefits, effective date: "Coverage under this policy begins 09/01/2026."
treatment:
  name: Spravato (esketamine nasal spray)
  summary: >-
    Induction with esketamine nasal spray twice weekly for four weeks at a REMS-certified clinic, begun on August 19,
    2026 under his former plan's authorization; sessions 5 to 8 fell in his first two weeks on the new plan.
  setting: Champlain Crossing Psychiatry, a REMS-certified clinic (FICTIONAL)
  monitoring: blood pressure before and at 40 minutes and 2 hours; two hours of observation
  alongside: escitalopram 20 mg daily
author:
  name: Chinedu Aleksander Nwachukwu
  role: Son of the patient, his authorized representative
  relation: representative
  authorization: other/appointment-of-authorized-representative.txt
  phone: (802) 555-0111
  email: c.nwachukwu@mail.example
clinical:
  episode_onset: November 2025
  severity: MADRS 33 on August 17, 2026; MADRS 19 on September 12, 2026
  severity_date: 2026-09-12
  suicidality: none
  exclusions: August 17, 2026 - no aneurysmal vascular disease or arteriovenous malformation, no intracerebral hemorrhage, no hypersensitivity; BP 128/82; no psychosis; no substance use disorder
  response: MADRS 33 before induction (August 17, 2026) and 19 after session 8 (September 12, 2026)
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-12-01
      end: 2026-02-23
      outcome: No response after 12 weeks
      response: none
      adequate: true
      evidence: {file: clinical/champlain-crossing-psychiatry-notes.txt, page: 1}
    - drug: Mirtazapine
      kind: other
      dose: 7.5 mg at bedtime
      start: 2026-01
      end: 2026-03
      outcome: For sleep only
      adequate: false
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2026-03-02
      ongoing: true
      outcome: Partial response after 10 weeks; continued with esketamine
      response: partial
      adequate: true
      evidence: {file: clinical/champlain-crossing-psychiatry-notes.txt, page: 1}
    - drug: Lithium augmentation
      kind: augmentation
      dose: 600 mg daily (level 0.4 mmol/L)
      start: 2026-05
      end: 2026-06
      outcome: Stopped after five weeks for tremor, level never therapeutic; not an adequate trial
      response: none
      adequate: false
      evidence: {file: clinical/champlain-crossing-psychiatry-notes.txt, page: 1}
provider:
  name: Philippa Dunmore-Achebe
  credentials: MD, psychiatrist
  npi: "1719220513"
  phone: (802) 555-0115
  address: |-
    Champlain Crossing Psychiatry, 77 Ferry Landing
    East Wendlebury, VT 05999
bates_prefix: NWACHUKWU
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/explanation-of-benefits-2026-10-19.txt": """
GRANITE REACH HEALTH INSURANCE COMPANY (FICTIONAL) - Individual PPO
EXPLANATION OF BENEFITS - THIS IS NOT A BILL               10/19/2026
Member: BARTHOLOMEW K NWACHUKWU   ID GRH-FICT-IND-3391-0082   Claim GRH-CLM-2026-10-552907
Provider: CHAMPLAIN CROSSING PSYCHIATRY
DOS         Code          Billed      Allowed   Paid    Code
09/02/26    99213 J0013   $1,310.00   $0.00     $0.00   CO-197
09/05/26    99213 J0013   $1,310.00   $0.00     $0.00   CO-197
09/09/26    99213 J0013   $1,310.00   $0.00     $0.00   CO-197
09/12/26    99213 J0013   $1,310.00   $0.00     $0.00   CO-197
CO-197: Prior authorization was required for this service and was not obtained before the service was provided.
(CARC 197)
Your right to appeal: You have 180 days from receipt of this notice to file an appeal. If we deny your appeal, you
may be able to request an external review through the Vermont Department of Financial Regulation.
""",
"clinical/champlain-crossing-psychiatry-notes.txt": """
CHAMPLAIN CROSSING PSYCHIATRY (FICTIONAL) - REMS-certified
Patient: Nwachukwu, Bartholomew K.   DOB 04/17/1964
History: MDD recurrent. 2019: hospitalized after an overdose (suicide attempt) in an earlier episode; no
attempts or SI since. Current episode since 11/2025.
Sertraline 150 mg 12/01/2025-02/23/2026 no response. Mirtazapine 7.5 mg qhs Jan-Mar 2026 for sleep.
Escitalopram 20 mg from 03/02/2026, partial, continue. Lithium 600 mg May-June 2026: tremor, level 0.4, stopped
after 5 weeks (not adequate).
08/17/2026 MADRS 33, denies SI (C-SSRS negative). BP 128/82. No psychosis, no SUD. No aneurysmal vascular
disease/AVM, no ICH history, no known hypersensitivity. Prescriber: P. Dunmore-Achebe, MD (psychiatry).
Induction: 08/19, 08/22, 08/26, 08/29 (former plan, authorized); 09/02, 09/05, 09/09, 09/12 (new plan from 09/01).
09/12/2026 MADRS 19. Denies SI. Maintenance weekly from 09/18/2026.
09/18/2026: front desk learned of new insurance; called Granite Reach, ref CC-20260918-044; PA submitted same day.
""",
"other/policy-part-5-7-continuity-of-care.txt": """
GRANITE REACH INDIVIDUAL PPO POLICY 2026 (FICTIONAL) - Part 5.7, Continuity of care for new members
5.7 If, on your effective date, you are in an active course of treatment that we would cover, we will cover that
course of treatment as if it had been authorized for up to 90 days after your effective date, provided that you
or your provider notify us within 30 days of your effective date. After notice, you must follow our prior
authorization rules for the rest of the course.
SCHEDULE OF BENEFITS: Coverage under this policy begins 09/01/2026.
""",
"other/former-plan-authorization-2026-08-14.txt": """
PINE HOLLOW MUTUAL (FICTIONAL) - former employer group plan
Authorization PHM-88120: esketamine nasal spray induction, 8 sessions, 08/17/2026 - 09/30/2026. Coverage under
this plan ends 08/31/2026 (end of employment).
""",
"other/granite-reach-authorization-2026-09-22.txt": """
GRANITE REACH HEALTH INSURANCE COMPANY (FICTIONAL) - Utilization Management     09/22/2026
Member: Nwachukwu, Bartholomew K.   Authorization GRH-PA-2026-0918-7731
Approved. Esketamine nasal spray (J0013) with 99213, dates of service 09/18/2026 through 03/17/2027.
""",
"other/appointment-of-authorized-representative.txt": """
APPOINTMENT OF AUTHORIZED REPRESENTATIVE (FICTIONAL)
I, Bartholomew K. Nwachukwu, appoint my son Chinedu A. Nwachukwu to act for me in the appeal of claim
GRH-CLM-2026-10-552907 and to receive my health information for it. Signed 11/02/2026.
""",
},
checks=[
("denial/explanation-of-benefits-2026-10-19.txt", "was not obtained before the service was provided"),
("other/policy-part-5-7-continuity-of-care.txt", "notify us within 30 days of your effective date"),
("other/policy-part-5-7-continuity-of-care.txt", "Coverage under this policy begins 09/01/2026."),
("clinical/champlain-crossing-psychiatry-notes.txt", "called Granite Reach, ref CC-20260918-044"),
("clinical/champlain-crossing-psychiatry-notes.txt", "suicide attempt) in an earlier episode"),
("clinical/champlain-crossing-psychiatry-notes.txt", "stopped\nafter 5 weeks (not adequate)"),
("other/granite-reach-authorization-2026-09-22.txt", "dates of service 09/18/2026 through 03/17/2027"),
("other/former-plan-authorization-2026-08-14.txt", "Coverage under\nthis plan ends 08/31/2026"),
],
truth=r"""
# 06 - Individual insured plan, Spravato sessions in a new member's first two weeks denied for no prior authorization; continuity-of-care clause; the son appeals (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Mr. Nwachukwu, 62, moved from his former employer plan (ended 08/31/2026) to an **individual insured PPO**
  effective **2026-09-01**. His Spravato induction (authorized by the old plan) began 08/19; sessions 5-8
  (09/02, 09/05, 09/09, 09/12) fell under the new plan and were denied 2026-10-19, CO-197, no prior authorization.
- It is **true** that no authorization from Granite Reach existed for 09/02-09/12. But policy Part 5.7 covers an
  active course "as if it had been authorized" for up to 90 days when the plan is told within 30 days of the
  effective date; the clinic told the plan on **09/18** (day 18; ref CC-20260918-044). The 4 sessions fall in the
  clause.
- Granite Reach itself approved the same treatment on the same records from 09/18/2026 (GRH-PA-2026-0918-7731).
  It does **not** cover 09/02-09/12.
- First internal appeal, 180 days (45 CFR 147.136(b)(3)); son as authorized representative (signed form).
  External review afterwards through Vermont (the EOB says so) where available.
- Current episode since 11/2025: sertraline 12 wks (none), escitalopram 20 mg (partial, continued alongside).
  Two adequate antidepressant trials. MADRS 33 -> 19 after induction.

## Deliberately unknown
- Whether a 2019-style "retro-authorization" rule exists in the policy besides 5.7 (none quoted).
- The date the member received the EOB.

## Traps
- Do **not** say authorization was obtained or that the 09/22 approval covers the denied dates; don't call it an
  emergency.
- 2019 overdose = suicide attempt in an **earlier** episode; now "denies SI", C-SSRS negative: no present-risk
  paragraph, no Spravato suicidal-ideation indication (this is TRD).
- Lithium 5 weeks at 0.4 mmol/L = **not adequate**; mirtazapine 7.5 mg = sleep. Only two adequate trials: do not
  say "three" or "four failed".
- The old plan's authorization (Pine Hollow) is not this plan's; it shows the course was active on 09/01.
- Individual plan: not ERISA (no 29 CFR 2560.503-1 as its own law; 147.136(b)(3) applies its standards), no
  employer copy, no EBSA.
- The winning argument is the plan's own clause, not medical necessity (the plan has not disputed it).

## Arguments a strong letter makes
1. Part 5.7: he was in an active course on his effective date (old-plan authorization, session dates), the plan was
   told on day 18 (< 30), so sessions 5-8 are covered "as if authorized".
2. The plan approved the very same treatment from 09/18 on the same records: the clinical criteria are met;
   only the timing is at issue.
3. Ask for reprocessing of the four 09/02-09/12 lines.

## What a letter must NOT say
- "authorization was obtained", "the approval covers September 2", "emergency", "suicide attempt" as current,
  "active suicidal ideation", "lithium failed" as an adequate trial, "three failed antidepressants", "ERISA",
  "29 CFR 2560.503-1" as governing, "employer".
""",
))
