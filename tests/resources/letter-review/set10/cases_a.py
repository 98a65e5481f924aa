"""Set 10 cases 01-04 (ALL FICTIONAL)."""
CASES = []

# ---------------------------------------------------------------- 01
CASES.append(dict(
slug="01-church-plan-tms-partial-approval-second-level",
yaml=r'''
# FICTIONAL CASE (set 10, case 01) - every person, plan, number and address is invented.
# Insured church plan (not ERISA): TMS course of 36 approved only in part (20 approved, 16 denied);
# the first-level appeal upheld the denial of treatments 21-36 on a 50% rule the policy does not contain.
# The patient writes the second-level appeal herself ("I").
patient:
  name: Marisol Quintero Abbott
  salutation: Ms. Quintero Abbott
  date_of_birth: 1981-02-17
  member_id: PSL-FICT-7730-2219-01
  address: |-
    88 Tamarack Bend Road
    Linden Ridge, OH 45999
  phone: (614) 555-0131
  email: mquintero@mailbox.example
insurer:
  name: Prairie Shield Life and Health (FICTIONAL), insurer of the Covenant Ministries Benefit Plan
  appeals_address: |-
    Prairie Shield Appeals Unit, Level II
    PO Box 40918
    Columbus, OH 43240-0918
  fax: (614) 555-0177
claim:
  number: PSL-UM-2026-091044
  plan_type: church
  funding: insured
  notice_date: 2026-11-06
  stage: second level
  sessions: 16
  pending_services: 16
  procedure_codes: [90868]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Continued TMS (treatments 21-36) is not medically necessary. Criterion 4.2 for continuation of treatment
    is not met: improvement from baseline is less than 50% on the PHQ-9.
  denial_category: medical_necessity
  action: none
  reviewer: {name: Dr. Lowell Brandt, specialty: family medicine}
decisions:
  - date: 2026-11-06
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-05-05
    reason: >-
      We upheld our decision. Continued TMS (treatments 21-36) is not medically necessary. Criterion 4.2 for
      continuation of treatment is not met: improvement from baseline is less than 50% on the PHQ-9.
plan_policy:
  name: Prairie Shield Medical Policy BH-412, Transcranial Magnetic Stimulation
  number: BH-412
  quote: >-
    4.2 Continuation. Treatments beyond the twentieth are medically necessary when the record documents
    improvement of at least 25% from baseline on a standardized depression rating scale (PHQ-9, HAM-D or
    MADRS) at or after the twentieth treatment. A full course may include up to 36 treatments plus a taper
    of up to 6.
  file: other/medical-policy-bh-412-excerpt.txt
payer_criteria:
  - criterion: "4.2 improvement of at least 25% from baseline on a standardized depression rating scale at or after the twentieth treatment"
    how_met: "PHQ-9 22 at baseline (September 10, 2026) and 15 at treatment 20 (October 9, 2026): 31.8% improvement"
    met: true
    evidence: {file: clinical/tms-treatment-record.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS)
  summary: >-
    Completion of an authorized 36-treatment TMS course, of which the plan approved 20; treatments 21-36 are
    paused since October 9, 2026 while the plan reconsiders.
  plan: >-
    Sixteen further treatments (21-36), five per week, left DLPFC 10 Hz at 120% of motor threshold, PHQ-9 weekly;
    stop if PHQ-9 does not improve further by treatment 30.
  alongside: bupropion XL 300 mg daily
author:
  name: Marisol Quintero Abbott
  role: Patient
  relation: patient
  address: |-
    88 Tamarack Bend Road
    Linden Ridge, OH 45999
  phone: (614) 555-0131
provider:
  name: Anjali Ferreira-Stout
  credentials: MD, psychiatrist
  npi: "1730554023"
  phone: (614) 555-0160
  address: |-
    Linden Ridge Neuromodulation Center (FICTIONAL), 400 Canal Street, Suite 3
    Linden Ridge, OH 45999
clinical:
  episode_onset: 2025-01
  severity: PHQ-9 22 on September 10, 2026 (baseline); PHQ-9 15 on October 9, 2026 (treatment 20)
  severity_date: 2026-10-09
  suicidality: none
  response: PHQ-9 22 before TMS, 15 after 20 treatments (31.8% improvement)
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2019-04
      end: 2020-06
      outcome: Remission in an earlier episode (2019); stopped when well
      response: remission
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-03
      end: 2025-07
      outcome: No meaningful response after about four months at 225 mg
      response: none
      adequate: true
      evidence: {file: clinical/psychiatry-progress-notes.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-08-11
      ongoing: true
      outcome: Partial response; continued alongside TMS
      response: partial
      adequate: true
      evidence: {file: clinical/psychiatry-progress-notes.txt, page: 1}
    - drug: Trazodone (for sleep)
      kind: other
      dose: 50 mg at bedtime
      start: 2025-08
      outcome: Sleep aid only, not an antidepressant trial
      adequate: false
    - drug: Counseling
      kind: psychotherapy
      dose: 4 sessions, supportive counseling through the employee assistance program
      sessions: 4
      start: 2025-05
      end: 2025-06
      outcome: Four sessions only; not a full course of psychotherapy
      adequate: false
record_dates:
  - {file: clinical/tms-treatment-record.txt, date: 2026-10-09}
  - {file: clinical/psychiatry-progress-notes.txt, date: 2026-11-20}
bates_prefix: QUINTERO
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
literature:
  - title: "Efficacy and safety of transcranial magnetic stimulation in the acute treatment of major depression: a multisite randomized controlled trial"
    authors: O'Reardon JP, Solvason HB, Janicak PG, et al.
    journal: Biological Psychiatry
    year: 2007
''',
docs={
"denial/level-one-appeal-decision-2026-11-06.txt": '''
PRAIRIE SHIELD LIFE AND HEALTH (FICTIONAL)
Insurer of the Covenant Ministries Benefit Plan (a church plan)

November 6, 2026

Marisol Quintero Abbott
88 Tamarack Bend Road, Linden Ridge OH 45999

RE: First-level appeal decision     Reference: PSL-UM-2026-091044
Member ID: PSL-FICT-7730-2219-01     Service: Transcranial magnetic stimulation, CPT 90868

Dear Ms. Quintero Abbott,

We reviewed your appeal of our September 10, 2026 decision. On that date we approved 20 TMS treatments and
did not approve treatments 21-36 until a reassessment was submitted. We received the reassessment from your
provider on October 9, 2026.

Decision: We upheld our decision. Continued TMS (treatments 21-36) is not medically necessary. Criterion 4.2
for continuation of treatment is not met: improvement from baseline is less than 50% on the PHQ-9.

Reviewer: Dr. Lowell Brandt, board certified in family medicine.
Criteria used: Prairie Shield Medical Policy BH-412. You may ask for a free copy.

Your right to a second-level appeal: you may ask for a second-level review within 180 days of receiving this
letter. Write to Prairie Shield Appeals Unit, Level II, PO Box 40918, Columbus OH 43240-0918, fax
(614) 555-0177. If we uphold our decision after that review, you may ask for an external review by an
independent review organization.

This is a FICTIONAL letter for a test set.
''',
"denial/initial-partial-approval-2026-09-10.txt": '''
PRAIRIE SHIELD - UTILIZATION MANAGEMENT (FICTIONAL)      DETERMINATION SUMMARY
Date: 09/10/2026   Ref: PSL-UM-2026-091044   Requested: 90868 x 36 + taper
Member: QUINTERO ABBOTT, MARISOL   ID PSL-FICT-7730-2219-01
Provider: Linden Ridge Neuromodulation Center

LINE 1  90868 x 20   APPROVED   09/14/2026 - 11/13/2026
LINE 2  90868 x 16   NOT APPROVED AT THIS TIME - submit reassessment with rating scale at treatment 20
                     per BH-412 section 4.2
''',
"clinical/tms-treatment-record.txt": '''
LINDEN RIDGE NEUROMODULATION CENTER (FICTIONAL) - TMS TREATMENT RECORD
Patient: Quintero Abbott, Marisol   DOB 02/17/1981
Protocol: L-DLPFC 10 Hz, 3000 pulses, 120% MT

Date        Tx#  PHQ-9  Notes
09/14/2026  map   --    Motor threshold mapping (first treatment scheduled 09/15; see note)
09/14/2026  1     22*   Mapping and treatment 1 same day. (*baseline PHQ-9 22 taken 09/10/2026)
09/21/2026  6     20
09/28/2026  11    18
10/05/2026  16    16
10/09/2026  20    15    Improvement from baseline: 7/22 = 31.8%. Tolerating well. Denies SI.
                         Reassessment faxed to plan 10/09/2026. Treatments paused pending plan decision.

Attending: Anjali Ferreira-Stout, MD
''',
"clinical/psychiatry-progress-notes.txt": '''
Anjali Ferreira-Stout, MD - Outpatient psychiatry (FICTIONAL)
Patient: Marisol Quintero Abbott

HISTORY (from intake 07/2025): First episode 2019, remitted on sertraline 150 mg (stopped 06/2020, well).
Current episode since 01/2025. Venlafaxine XR titrated to 225 mg Mar 2025 - Jul 2025: no meaningful response.
EAP counseling, 4 sessions (May-June 2025), stopped (schedule). Has NOT completed a course of CBT.
Bupropion XL 300 mg from 08/11/2025: partial response, continues. Trazodone 50 mg hs for sleep.

11/20/2026: Treatments paused since 10/09. PHQ-9 back up to 17. Not suicidal; no plan or intent.
Continues bupropion XL 300 mg. Recommend completing TMS course (treatments 21-36) as soon as approved.
''',
"other/medical-policy-bh-412-excerpt.txt": '''
PRAIRIE SHIELD MEDICAL POLICY BH-412 (FICTIONAL EXCERPT)
Transcranial Magnetic Stimulation - effective 01/01/2026

4.1 Initial course. ... (criteria for the first 20 treatments) ... including 4.1(d): an adequate trial of an
evidence-based psychotherapy, or a documented reason it could not be completed.

4.2 Continuation. Treatments beyond the twentieth are medically necessary when the record documents
improvement of at least 25% from baseline on a standardized depression rating scale (PHQ-9, HAM-D or
MADRS) at or after the twentieth treatment. A full course may include up to 36 treatments plus a taper
of up to 6.
''',
},
checks=[
("denial/level-one-appeal-decision-2026-11-06.txt", "improvement from baseline is less than 50% on the PHQ-9"),
("denial/level-one-appeal-decision-2026-11-06.txt", "board certified in family medicine"),
("denial/initial-partial-approval-2026-09-10.txt", "90868 x 20   APPROVED"),
("clinical/tms-treatment-record.txt", "7/22 = 31.8%"),
("other/medical-policy-bh-412-excerpt.txt", "improvement of at least 25% from baseline"),
("clinical/psychiatry-progress-notes.txt", "Has NOT completed a course of CBT"),
("clinical/psychiatry-progress-notes.txt", "PHQ-9 back up to 17"),
("clinical/psychiatry-progress-notes.txt", "remitted on sertraline 150 mg"),
],
truth='''
# 01 - Church plan (insured), TMS approved in part; second-level appeal of treatments 21-36; the patient writes
(FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Marisol Quintero Abbott, 45, is covered by the Covenant Ministries Benefit Plan, a **church plan outside
  ERISA**, insured by Prairie Shield. The plan approved **20 of 36** TMS treatments on 2026-09-10 and asked for a
  reassessment at treatment 20; the first-level appeal decision of **2026-11-06** upheld the denial of
  treatments 21-36 because "improvement from baseline is less than 50% on the PHQ-9".
- The plan's own policy BH-412 **4.2 asks for at least 25%** improvement at or after treatment 20. PHQ-9 went
  22 -> 15 (31.8%): the criterion the plan itself cites is met. 50% is the research "response" threshold, not the
  policy's.
- This is the **second-level** internal appeal, answering the 11/06 decision; 180 days from receipt (the
  decision states it; next_deadline 2027-05-05). Church plan rules: 26 CFR 54.9815-2719 (applying the ERISA
  claims standards by reference); after the plan's final denial, external review (medical judgment). The insurer
  also answers to Ohio's insurance department.
- 16 treatments remain (pending, paused since 10/09). Bupropion XL 300 mg is ongoing. Suicidality: none.
- The level-1 reviewer is a family physician, not a psychiatrist.

## Deliberately unknown
- Whether the plan has a parity-compliant 50% standard anywhere else (no document shows one).
- Whether the employer has more than 50 employees (decides parity for a church plan): do not argue parity.
- When the treatments will resume (no dates scheduled).

## Traps
- **Criterion truly not met:** BH-412 4.1(d), an adequate psychotherapy trial: she had 4 EAP counseling
  sessions and "Has NOT completed a course of CBT". The plan approved the initial course anyway; the letter must
  not claim a psychotherapy trial was completed or call the 4 sessions a failed trial.
- Sertraline 2019-2020 = **remission in an earlier episode**, not a failure.
- Trazodone 50 mg = sleep. Bupropion is **still taken** (no end date, not "failed and stopped").
- "Denies SI", "Not suicidal" -> no suicidality paragraph.
- Month-only dates (venlafaxine Mar-Jul 2025; episode 01/2025).
- Date conflict: the record's header says the first treatment was "scheduled 09/15" but treatment 1 was given
  09/14 with mapping; the plan's approval window starts 09/14.
- The 11/20/2026 note (PHQ-9 back to 17) is **after** the 11/06 decision: never before the reviewer; say so
  and ask that it be weighed. Do not call PHQ-9 17 the response to TMS.
- Voice: patient signs -> "I", not "Ms. Quintero Abbott has ...".
- Not ERISA: no 29 CFR 2560.503-1 as the governing rule, no EBSA complaint, no "ERISA section 502(a)".

## Arguments a strong letter makes
1. The plan's own continuation criterion (BH-412 4.2: at least 25%) is met: 22 -> 15 = 31.8% at treatment 20;
   the 50% figure in the decision is not in the policy. Approve treatments 21-36 (and the taper as the policy allows).
2. A second-level appeal of the 11/06 decision; ask for a reviewer in psychiatry who took no part in the earlier
   decisions (the level-1 reviewer is a family physician).
3. Relapse on pause (11/20 record, after the decision) shows the cost of interruption; ask it be weighed.

## What a letter must NOT say
- "I completed a course of psychotherapy/CBT", "failed psychotherapy", "sertraline failed", "trazodone trial",
  "suicidal", "treatment 21-36 were given", "50% improvement was achieved", ERISA/EBSA as this plan's law,
  "the plan named no criteria", any parity argument stated as law for this plan.
''',
))

# ---------------------------------------------------------------- 02
CASES.append(dict(
slug="02-insured-small-group-spravato-timely-filing",
yaml=r'''
# FICTIONAL CASE (set 10, case 02) - every person, plan, number and address is invented.
# Insured small-group employer plan: Spravato claims (clinic buy-and-bill, J0013) denied as filed late under a
# 90-day limit that belongs to participating-provider contracts; the member's certificate allows 180 days.
# The treating psychiatrist (clinic not in network) writes with the patient's authorization.
patient:
  name: Theodore Okonkwo-Lindqvist
  salutation: Mr. Okonkwo-Lindqvist
  date_of_birth: 1968-09-03
  member_id: CVH-FICT-550-88-1932
  address: |-
    2290 Larkspur Terrace
    Millbrook Falls, CO 80999
  phone: (719) 555-0122
insurer:
  name: Crestview Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Crestview Member Appeals
    PO Box 7714
    Denver, CO 80217-7714
  fax: (303) 555-0144
claim:
  number: CVH-26-0915-330172
  plan_type: employer_erisa
  funding: insured
  notice_date: 2026-09-15
  service_dates: [2026-05-04, 2026-05-07, 2026-05-11, 2026-05-14, 2026-05-18, 2026-05-21, 2026-05-26, 2026-05-29]
  procedure_codes: [J0013, 99214]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-29]
  denial_reason: >-
    CO-29: The time limit for filing has expired. Claim received 09/02/2026, more than 90 days after the dates of
    service.
  denial_category: timely_filing
  action: none
  coding_correct: true
  appeal_deadline: 2027-03-14
  deadline_basis: >-
    Stated in the notice: "You have 180 days from the date you receive this notice to file an appeal."
filing:
  first_submitted: 2026-08-20
  received: 2026-08-21
  proof: other/clearinghouse-277ca-acknowledgment-2026-08-21.txt
  limit_deadline: 2026-10-31
plan_policy:
  name: Crestview Small Group Certificate of Coverage, Section 9.1 Filing a Claim
  number: CVH-SG-COC-2026 9.1
  quote: >-
    9.1 Filing a Claim. Claims must be submitted within 180 days after the date of service. Claims received after
    that date will be denied, unless it was not reasonably possible to file within that time.
  file: other/certificate-of-coverage-section-9.txt
treatment:
  name: Spravato (esketamine nasal spray)
  summary: >-
    Induction with esketamine 56 mg then 84 mg twice weekly for four weeks in a REMS-certified clinic; the claims
    were denied only for late filing.
  setting: Front Range Interventional Psychiatry (FICTIONAL), a REMS-certified outpatient clinic
  monitoring: blood pressure before dosing, at 40 minutes and before discharge; two hours of observation
author:
  name: Priya Castellane-Moore
  role: Treating psychiatrist, writing with the patient's signed authorization
  relation: physician
  authorization: other/patient-authorization.txt
  phone: (719) 555-0168
provider:
  name: Priya Castellane-Moore
  credentials: MD, psychiatrist
  npi: "1548823305"
  tax_id: 84-5550192
  phone: (719) 555-0168
  address: |-
    Front Range Interventional Psychiatry (FICTIONAL), 1500 Aspen Mill Road
    Millbrook Falls, CO 80999
clinical:
  episode_onset: 2024-10
  severity: MADRS 33 on April 27, 2026; MADRS 16 on May 29, 2026
  severity_date: 2026-05-29
  suicidality: passive
  suicidality_date: 2026-04-27
  response: MADRS 33 before induction, 16 after eight sessions
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2024-11-04
      end: 2025-02-10
      outcome: No response after 14 weeks
      response: none
      adequate: true
      evidence: {file: clinical/clinic-notes.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-02
      end: 2025-06
      outcome: Partial response only
      response: partial
      adequate: true
      evidence: {file: clinical/clinic-notes.txt, page: 1}
    - drug: Aripiprazole
      kind: augmentation
      dose: 5 mg daily
      start: 2025-07-01
      end: 2025-07-20
      outcome: Stopped after about three weeks for akathisia
      adequate: false
      evidence: {file: clinical/clinic-notes.txt, page: 1}
    - drug: Duloxetine
      dose: 90 mg daily
      start: 2025-08-15
      ongoing: true
      outcome: Partial response; continued with esketamine
      response: partial
      adequate: true
      evidence: {file: clinical/clinic-notes.txt, page: 1}
bates_prefix: OKONKWOLINDQVIST
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/explanation-of-benefits-2026-09-15.txt": '''
CRESTVIEW HEALTH INSURANCE COMPANY (FICTIONAL)            EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Statement date: 09/15/2026     Group: SMALL GROUP 00418-FICT (Millbrook Falls Hardware Cooperative)
Member: THEODORE OKONKWO-LINDQVIST   ID: CVH-FICT-550-88-1932   Claim: CVH-26-0915-330172
Provider: FRONT RANGE INTERVENTIONAL PSYCH (NON-PARTICIPATING)   Claim received: 09/02/2026

DOS        Code    Units  Billed     Allowed  Paid   You owe  Remark
05/04/26   99214   1      $210.00    $0.00    $0.00  $0.00    CO-29
05/04/26   J0013   56     $1,120.00  $0.00    $0.00  $0.00    CO-29
05/07/26 - 05/29/26 (7 visits, 99214 + J0013 84 units each)   $13,230.00 $0.00 $0.00 CO-29

CO-29: The time limit for filing has expired. Claim received 09/02/2026, more than 90 days after the dates of
service.

APPEALS: You have 180 days from the date you receive this notice to file an appeal. Mail: Crestview Member
Appeals, PO Box 7714, Denver CO 80217-7714. Fax 303-555-0144. Colorado members may also contact the Colorado
Division of Insurance.
''',
"other/clearinghouse-277ca-acknowledgment-2026-08-21.txt": '''
PEAKLINK CLAIMS CLEARINGHOUSE (FICTIONAL) - 277CA CLAIM ACKNOWLEDGMENT REPORT
Batch submitted: 08/20/2026 16:42 MT      Submitter: FRONT RANGE INTERVENTIONAL PSYCH
Payer: CRESTVIEW HEALTH INS CO (payer ID 99F01-FICT)

Patient                     Claim ctrl #     DOS range           Charges     Status
OKONKWO-LINDQVIST, THEO     FRIP-260820-07   05/04/26-05/29/26   $14,560.00  A2 ACCEPTED BY PAYER 08/21/2026
Payer claim number assigned: CVH-26-0915-330172
''',
"other/certificate-of-coverage-section-9.txt": '''
CRESTVIEW SMALL GROUP CERTIFICATE OF COVERAGE 2026 (FICTIONAL EXCERPT) - CVH-SG-COC-2026

SECTION 9 - CLAIMS
9.1 Filing a Claim. Claims must be submitted within 180 days after the date of service. Claims received after
that date will be denied, unless it was not reasonably possible to file within that time.
9.2 Participating providers file claims for you under the terms of their agreement with us.
''',
"other/patient-authorization.txt": '''
AUTHORIZATION TO ACT AND TO RELEASE HEALTH INFORMATION (FICTIONAL)
I, Theodore Okonkwo-Lindqvist (member ID CVH-FICT-550-88-1932), authorize Dr. Priya Castellane-Moore of Front
Range Interventional Psychiatry to appeal claim CVH-26-0915-330172 for me and to share my records with Crestview.
Signed: T. Okonkwo-Lindqvist     Date: 10/02/2026
''',
"clinical/clinic-notes.txt": '''
FRONT RANGE INTERVENTIONAL PSYCHIATRY (FICTIONAL) - PROBLEM-ORIENTED NOTES
Pt: Okonkwo-Lindqvist, Theodore  DOB 09/03/1968

S/O 04/27/2026: Recurrent MDD, current episode since Oct 2024. MADRS 33. Passive death wishes ("wouldn't mind
not waking up"), no intent, no plan. Trials this episode: escitalopram 20 mg 11/04/24-02/10/25 no response;
sertraline 200 mg Feb-Jun 2025 partial; aripiprazole 5 mg 07/01-07/20/25 stopped d/t akathisia (not adequate);
duloxetine 90 mg since 08/15/25, partial, CONTINUING. BP 128/78. No psychosis, no SUD.
A/P: Spravato induction, REMS site.
05/04-05/29/2026: 8 sessions (56 mg x1, then 84 mg x7), 2 h observation each, no adverse events.
05/29/2026: MADRS 16. No SI.
Billing note 06/2026: claim held - staff turnover; submitted via clearinghouse 08/20/2026.
''',
},
checks=[
("denial/explanation-of-benefits-2026-09-15.txt", "Claim received 09/02/2026, more than 90 days"),
("denial/explanation-of-benefits-2026-09-15.txt", "NON-PARTICIPATING"),
("other/clearinghouse-277ca-acknowledgment-2026-08-21.txt", "ACCEPTED BY PAYER 08/21/2026"),
("other/certificate-of-coverage-section-9.txt", "within 180 days after the date of service"),
("clinical/clinic-notes.txt", "stopped d/t akathisia (not adequate)"),
("clinical/clinic-notes.txt", "Passive death wishes"),
],
truth='''
# 02 - Insured small-group employer plan, Spravato claims denied for timely filing; the psychiatrist writes
(FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Theodore Okonkwo-Lindqvist, 58, in an **insured small-group** employer plan (ERISA; Colorado insurer). Eight
  Spravato induction visits, **2026-05-04 to 2026-05-29**, by a **non-participating** clinic, were denied CO-29 on
  **2026-09-15**: "received 09/02/2026, more than 90 days after the dates of service".
- The member's **certificate 9.1 allows 180 days** after the date of service. The clearinghouse 277CA shows the
  payer **accepted the claim on 2026-08-21** (submitted 08/20). The earliest service (05/04) + 180 days =
  **2026-10-31**; 08/21 (and even the EOB's 09/02) is within it for every date. The 90-day limit belongs to
  participating-provider agreements (9.2), which do not bind a non-participating clinic's claim for the member.
- First internal appeal; 180 days (29 CFR 2560.503-1(h)(2)(i); notice states it): deadline 2027-03-14. Insured:
  Colorado's insurance department and state external review apply (external review is for medical judgment
  denials; a timely-filing denial is not one).
- coding is right (`coding_correct: true`).

## Deliberately unknown
- Why the EOB says received 09/02 while the 277CA says 08/21 (either is timely). Do not explain it.
- Any payment amount the plan would allow for a non-participating clinic.

## Traps
- The letter must say the claim was filed **within 180 days** and quote 9.1; it must not ask for "good cause"
  instead of, or as if the filing were late (a fallback is fine only if framed as alternative).
- Aripiprazole 5 mg for about 3 weeks stopped for akathisia: not an adequate trial; don't count it as failed.
- Duloxetine is **ongoing** (no end date).
- Passive SI was on 04/27/2026 (more than 90 days before now): history with its date, not present risk; and it is
  irrelevant to a filing denial. Never Spravato's "suicidality indication" (passive, not active).
- Month-only sertraline dates (Feb-Jun 2025).
- The billing note's "claim held - staff turnover" is not an admission of late filing under 9.1.
- No medical-necessity reviewer request or peer-to-peer: the denial is not a medical judgment.
- Physician voice: writes about "Mr. Okonkwo-Lindqvist", encloses his authorization.

## Arguments a strong letter makes
1. Timely under the plan's own terms: 9.1's 180 days; accepted 08/21/2026 (277CA) - 109 days after the first
   service; the limit for the earliest date ran to 2026-10-31. Reprocess and pay the eight visits.
2. The 90-day figure is not a term of this member's coverage (non-participating clinic; 9.2 concerns
   participating providers).
3. Only in the alternative: it was "not reasonably possible" wording is unnecessary; do not lead with it.

## What a letter must NOT say
- "the claim was filed late", "we missed the deadline", "good cause for the delay" as the main ground, "medical
  necessity", "peer-to-peer", "external review" as the next step for this denial, "suicidal ideation" as current,
  "aripiprazole failed", "duloxetine was stopped".
''',
))
