"""Set 26, case 06 (FICTIONAL): Original Medicare, TMS denied under an LCD's four-trial criterion; the QIC upheld,
counting a sleep dose of mirtazapine and missing two trials recorded by a Florida psychiatrist whose records it never
had. A nonprofit Medicare advocate (CMS-1696) asks for an ALJ hearing."""

SLUG = "06-original-medicare-tms-lcd-four-trials-qic-upheld-alj-hearing-advocate"

CASE_YAML = r"""
# FICTIONAL CASE (set 26, case 06) - every person, contractor, provider, number and address is invented; the LCD is
# invented too (FICTIONAL excerpt).
# Original Medicare Part B, Michigan. Mr. Pettigrew, 71, had a TMS course (30 treatments + 6 taper, 03/02-04/24/2026)
# after signing an ABN. The MAC denied it (criterion 2(a) of the LCD: four trials from two classes, one augmentation);
# the redetermination (08/20) and the QIC's reconsideration (10/30/2026) upheld it. The QIC counted "sertraline,
# duloxetine and mirtazapine" (mirtazapine 15 mg is a sleep dose) and found no fourth or augmentation trial: bupropion
# XL (continuing, partial response) and aripiprazole added to it were prescribed in Florida in 2025, and those records
# were released only on 11/12/2026. The next level is a hearing before an Administrative Law Judge (OMHA). A nonprofit
# Medicare advocate, appointed on form CMS-1696, writes the request.
patient:
  name: Harold Pettigrew
  salutation: Mr. Pettigrew
  date_of_birth: 1955-06-09
  member_id: FICT-MBI-7QW2-HN4-XK61
  address: |-
    1842 Plainfield Avenue NE
    Grand Rapids, MI 49505
  phone: (616) 555-0142
insurer:
  name: Original Medicare Part B - Great Lakes Medicare Services, Jurisdiction 8 MAC (FICTIONAL)
  appeals_address: |-
    Great Lakes Medicare Services - Part B Redeterminations (address FICTIONAL)
    PO Box 7711
    Indianapolis, IN 46207
external_review:
  agency: Office of Medicare Hearings and Appeals (OMHA), Central Operations - request for an ALJ hearing (FICTIONAL address)
  address: |-
    OMHA Central Operations (address FICTIONAL)
    PO Box 40190
    Arlington, VA 22204
  final_denial_date: 2026-10-30
claim:
  number: ICN FICT-26-0508-447120
  plan_type: medicare
  notice_date: 2026-05-11
  service_dates: [2026-03-02, 2026-04-24]
  sessions: 36
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  carc_codes: [PR-50]
  denial_reason: >-
    PR-50: These are non-covered services because this is not deemed a medical necessity by the payer. LCD L99871
    criterion 2(a) is not met. You signed a notice (ABN) saying you might have to pay.
  denial_category: medical_necessity
decisions:
  - date: 2026-08-20
    outcome: denied
    stage: redetermination
    opens: QIC reconsideration
    reason: >-
      The records do not document four trials of psychopharmacologic agents in the current episode, including an
      augmentation trial. The denial is upheld.
  - date: 2026-10-30
    outcome: denied
    stage: QIC reconsideration
    opens: ALJ hearing
    next_deadline: 2027-01-03
    reason: >-
      The record documents three trials of psychopharmacologic agents in the current episode: sertraline, duloxetine
      and mirtazapine. A fourth trial and an augmentation trial are not documented. LCD L99871 criterion 2(a) is not
      met. Criteria 1, 3 and 4 are met. The services are not reasonable and necessary. Because you signed a valid ABN,
      you are responsible for payment.
    corrections:
      - said: "three trials of psychopharmacologic agents in the current episode: sertraline, duloxetine and mirtazapine"
        record: >-
          Mirtazapine 15 mg at bedtime, started in November 2025, is a sleep dose, not an antidepressant trial. The
          four trials are sertraline (10 weeks), duloxetine (8 weeks), bupropion XL 450 mg (since March 10, 2025, still
          taken, only a partial response) and aripiprazole added to bupropion (8 weeks, an augmentation trial, no
          response), the last two recorded by his Florida psychiatrist
        file: clinical/florida-psychiatry-records-2025.txt
        page: 1
      - said: "A fourth trial and an augmentation trial are not documented"
        record: >-
          The Florida psychiatrist's records (released November 12, 2026, after this decision) document bupropion XL
          450 mg from March 10, 2025 and aripiprazole 5 mg added to it from April 7 to June 2, 2025; the TMS intake note
          of February 23, 2026, which the MAC and the QIC had, already listed both
        file: clinical/florida-psychiatry-records-2025.txt
        page: 1
record_dates:
  - file: clinical/florida-psychiatry-records-2025.txt
    date: 2025-06-02
    released: 2026-11-12
medicare_coverage:
  name: LCD L99871 Transcranial Magnetic Stimulation for Major Depressive Disorder (FICTIONAL excerpt)
  number: L99871
  quote: >-
    TMS is reasonable and necessary for major depressive disorder without psychotic features when criteria 1 through 4
    are all met. 1. The current episode is severe, documented by a validated rating scale (for example PHQ-9 of 20 or
    more). 2. One of: (a) no clinically significant response, in the current episode, to four psychopharmacologic
    agents from at least two different classes, each at or above its minimum effective dose for at least six weeks,
    including at least one augmentation trial; or (b) intolerance shown by four trials with distinct side effects.
    3. No clinically significant response to an adequate course of evidence-based psychotherapy (at least 8 sessions)
    in the current or a previous episode. 4. No contraindication (implanted metal in or near the head, active seizure
    disorder). Up to 30 treatments and up to 6 taper treatments are covered for a course.
  file: other/lcd-l99871-excerpt.txt
payer_criteria:
  - criterion: 1. The current episode is severe, documented by a validated rating scale (PHQ-9 of 20 or more)
    how_met: PHQ-9 22 on 02/23/2026 (TMS intake); the QIC found it met
    met: true
    evidence: {file: clinical/tms-intake-note-2026-02-23.txt, page: 1}
  - criterion: >-
      2(a) No clinically significant response, in the current episode, to four psychopharmacologic agents from at least
      two classes, at or above the minimum effective dose for at least six weeks, including one augmentation trial
    how_met: >-
      Sertraline 200 mg 10 weeks (SSRI, no response); duloxetine 60 mg 8 weeks (SNRI, no response); bupropion XL 450 mg
      since 03/10/2025 (NDRI, partial response only, still taken); aripiprazole 5 mg added to bupropion for 8 weeks
      (augmentation, no response). Mirtazapine 15 mg at bedtime is for sleep and is not counted
    met: true
    evidence:
      - {file: clinical/tms-intake-note-2026-02-23.txt, page: 1}
      - {file: clinical/florida-psychiatry-records-2025.txt, page: 1}
  - criterion: 3. No clinically significant response to at least 8 sessions of evidence-based psychotherapy
    how_met: Cognitive behavioral therapy, 16 sessions June-October 2025, without significant improvement; the QIC found it met
    met: true
    evidence: {file: clinical/tms-intake-note-2026-02-23.txt, page: 1}
  - criterion: 4. No contraindication (implanted metal in or near the head, active seizure disorder)
    how_met: None; screened at intake; the QIC found it met
    met: true
    evidence: {file: clinical/tms-intake-note-2026-02-23.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS), 30 treatments and 6 taper treatments
  summary: >-
    A standard course of repetitive TMS to the left prefrontal cortex for severe recurrent major depression, March 2
    through April 24, 2026.
clinical:
  severity: PHQ-9 22 on 02/23/2026 (before TMS); PHQ-9 9 on 04/24/2026 (after the course)
  severity_date: 2026-04-24
  suicidality: passive
  suicidality_date: 2026-02-23
  episode_onset: 2024-09
  response: PHQ-9 22 before the course (02/23/2026) and 9 after it (04/24/2026)
  response_level: response
  history:
    - drug: Escitalopram (2012 episode)
      dose: 20 mg daily
      start: 2012-01
      end: 2013-03
      kind: antidepressant
      response: remission
      outcome: Remission of the 2012 episode; tapered off as planned
      evidence: {file: clinical/tms-intake-note-2026-02-23.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-10-07
      end: 2024-12-16
      kind: antidepressant
      response: none
      outcome: No response after 10 weeks; stopped
      evidence: {file: clinical/tms-intake-note-2026-02-23.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-01-06
      end: 2025-03-03
      kind: antidepressant
      response: none
      outcome: No response after 8 weeks; stopped (nausea)
      evidence: {file: clinical/tms-intake-note-2026-02-23.txt, page: 1}
    - drug: Bupropion XL
      dose: 450 mg daily
      start: 2025-03-10
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Partial response only; continues
      evidence: {file: clinical/florida-psychiatry-records-2025.txt, page: 1}
    - drug: Aripiprazole (added to bupropion)
      dose: 5 mg daily
      start: 2025-04-07
      end: 2025-06-02
      kind: augmentation
      response: none
      outcome: No response after 8 weeks; stopped
      evidence: {file: clinical/florida-psychiatry-records-2025.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: weekly
      start: 2025-06
      end: 2025-10
      kind: psychotherapy
      sessions: 16
      adequate: true
      response: none
      outcome: No significant improvement after 16 sessions
      evidence: {file: clinical/tms-intake-note-2026-02-23.txt, page: 1}
    - drug: Mirtazapine
      dose: 15 mg at bedtime for sleep
      start: 2025-11
      ongoing: true
      kind: other
      outcome: For sleep only; not an antidepressant trial at this dose and purpose
      evidence: {file: clinical/tms-intake-note-2026-02-23.txt, page: 1}
author:
  name: Josephine Marks
  role: Medicare advocate, Great Lakes Senior Benefits Advocacy (nonprofit); appointed representative (form CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-2026-11-09.txt
  address: |-
    Great Lakes Senior Benefits Advocacy, 300 Ottawa Avenue NW, Suite 800
    Grand Rapids, MI 49503
  phone: (616) 555-0171
  email: jmarks@glsba.example
provider:
  name: Samuel Okonkwo-Reid
  credentials: MD
  npi: "1762034183"
  address: |-
    Lakeshore TMS & Psychiatry, 2500 East Beltline Avenue SE, Suite 140
    Grand Rapids, MI 49546
  phone: (616) 555-0155
reimbursement:
  amount_billed: "$12,600.00"
  amount_paid: "$0.00"
template: external-review-request
bates_prefix: PETTIGREW
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {}

DOCS["denial/qic-reconsideration-2026-10-30.txt"] = """
NORTHFIELD QUALIFIED INDEPENDENT CONTRACTOR (FICTIONAL) - MEDICARE RECONSIDERATION DECISION      Date: 10/30/2026
Page 1 of 2

Beneficiary: Harold Pettigrew          Medicare number: FICT-MBI-7QW2-HN4-XK61
Appeal number: 1-FICT2026-8830417          Claim: ICN FICT-26-0508-447120
Supplier: Lakeshore TMS & Psychiatry (Samuel Okonkwo-Reid, MD)
Services: transcranial magnetic stimulation, 90867 x1 and 90868 x35, 03/02/2026 - 04/24/2026          Billed: $12,600.00

Decision: UNFAVORABLE.
The record documents three trials of psychopharmacologic agents in the current episode: sertraline, duloxetine and
mirtazapine. A fourth trial and an augmentation trial are not documented. LCD L99871 criterion 2(a) is not met.
Criteria 1, 3 and 4 are met. The services are not reasonable and necessary. Because you signed a valid ABN, you are
responsible for payment.
Records considered: MAC claim file; TMS intake note of 02/23/2026; treatment log; redetermination file.

Page 2 of 2 - YOUR RIGHT TO A HEARING
If you disagree, you may ask for a hearing before an Administrative Law Judge (ALJ) of the Office of Medicare Hearings
and Appeals (OMHA). You must file your request within 60 days after you receive this notice. We presume you received
it 5 days after the date above unless you show otherwise. The amount remaining in controversy must meet the threshold
for the year of your request; for this claim it is met. Send your request (form OMHA-100 or a letter with the same
information) to OMHA Central Operations, PO Box 40190, Arlington, VA 22204 (FICTIONAL test copy), and send a copy to
every other party.
"""

DOCS["denial/medicare-summary-notice-2026-05-11.txt"] = """
MEDICARE SUMMARY NOTICE (Part B) - FICTIONAL copy          Date: 05/11/2026          Page 1
Harold Pettigrew, 1842 Plainfield Avenue NE, Grand Rapids, MI 49505          Medicare number: FICT-MBI-7QW2-HN4-XK61

Lakeshore TMS & Psychiatry, 03/02/2026 - 04/24/2026: 90867 x1, 90868 x35. Amount charged $12,600.00. Medicare approved
$0.00. You may be billed $12,600.00.
Why: PR-50. LCD L99871 criterion 2(a) is not met. You signed a notice (ABN) saying you might have to pay.
Grand Rapids Family Medicine, 03/19/2026: 99214. Approved $118.40; Medicare paid $94.72.
"""

DOCS["other/lcd-l99871-excerpt.txt"] = """
LOCAL COVERAGE DETERMINATION L99871 - TRANSCRANIAL MAGNETIC STIMULATION FOR MAJOR DEPRESSIVE DISORDER
(FICTIONAL excerpt, written for this test set; not a real LCD)          Great Lakes Medicare Services          Page 1

Indications
TMS is reasonable and necessary for major depressive disorder without psychotic features when criteria 1 through 4 are
all met.
1. The current episode is severe, documented by a validated rating scale (for example PHQ-9 of 20 or more).
2. One of: (a) no clinically significant response, in the current episode, to four psychopharmacologic agents from at
   least two different classes, each at or above its minimum effective dose for at least six weeks, including at least
   one augmentation trial; or (b) intolerance shown by four trials with distinct side effects.
3. No clinically significant response to an adequate course of evidence-based psychotherapy (at least 8 sessions) in
   the current or a previous episode.
4. No contraindication (implanted metal in or near the head, active seizure disorder).
Up to 30 treatments and up to 6 taper treatments are covered for a course.
"""

DOCS["other/cms-1696-appointment-2026-11-09.txt"] = """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, as completed - FICTIONAL copy)          Signed: 11/09/2026          Page 1

Name of party: Harold Pettigrew          Medicare number: FICT-MBI-7QW2-HN4-XK61
I appoint Josephine Marks, Great Lakes Senior Benefits Advocacy, 300 Ottawa Avenue NW, Suite 800, Grand Rapids, MI
49503, (616) 555-0171, to act as my representative in connection with my claim or asserted right under title XVIII of
the Social Security Act, including my appeal of the denial of TMS (appeal number 1-FICT2026-8830417).
Signature of party: Harold Pettigrew (signed 11/09/2026)
Acceptance: I accept this appointment. I am not a provider or supplier of the services at issue. I will not charge a
fee. Signature of representative: Josephine Marks (signed 11/09/2026)
"""

DOCS["other/abn-2026-02-26.txt"] = """
ADVANCE BENEFICIARY NOTICE OF NONCOVERAGE (ABN) - FICTIONAL copy          Signed: 02/26/2026          Page 1

Notifier: Lakeshore TMS & Psychiatry          Patient: Harold Pettigrew
Items/services: transcranial magnetic stimulation, course of up to 36 treatments          Estimated cost: $12,600.00
Reason Medicare may not pay: records of all earlier medication trials may not reach Medicare.
Option chosen: OPTION 1 - I want the treatments listed above. I want Medicare billed for an official decision on
payment. I understand that if Medicare doesn't pay, I am responsible for payment, but I can appeal to Medicare.
Signature: Harold Pettigrew
"""

DOCS["clinical/tms-intake-note-2026-02-23.txt"] = """
LAKESHORE TMS & PSYCHIATRY (FICTIONAL) - TMS INTAKE EVALUATION          Date: 02/23/2026          Page 1

Patient: Harold Pettigrew, 70          Psychiatrist: Samuel Okonkwo-Reid, MD
Diagnosis: F33.2 major depressive disorder, recurrent, severe without psychotic features; current episode since
September 2024. PHQ-9 22. Passive wish not to wake up; no plan or intent.
Current episode: sertraline 200 mg 10/07/2024-12/16/2024, no response after 10 weeks; duloxetine 60 mg
01/06/2025-03/03/2025, no response after 8 weeks, stopped (nausea); bupropion XL 450 mg since 03/10/2025 (prescribed in
Naples, FL, by Dr. Imelda Quintero), partial response, continues; aripiprazole 5 mg added to bupropion spring 2025 by
Dr. Quintero, no response, stopped (records requested from Florida). CBT, 16 sessions June-October 2025, no significant
improvement. Mirtazapine 15 mg at bedtime since November 2025, for sleep.
Earlier episode: escitalopram 20 mg 01/2012-03/2013, remission.
Contraindications: none (no implanted metal, no seizure history).
Patient questionnaire (his own words): "tried 3 or 4 medicines, not sure".
Plan: TMS 30 treatments plus 6 taper; ABN discussed because the Florida records have not arrived.
"""

DOCS["clinical/florida-psychiatry-records-2025.txt"] = """
GULF COAST PSYCHIATRIC GROUP (FICTIONAL), Naples, FL - MEDICATION RECORD EXCERPT          Released: 11/12/2026
Records of 03/10/2025 - 06/02/2025          Page 1

Patient: PETTIGREW, HAROLD          DOB 06/09/1955          Psychiatrist: Imelda Quintero, MD
03/10/2025  Bupropion XL started, 150 mg, raised to 300 mg 03/24 and 450 mg 04/07/2025. Winter resident; primary
            psychiatrist in Michigan aware.
04/07/2025  Partial response only on bupropion. Aripiprazole 5 mg added.
06/02/2025  Eight weeks of aripiprazole 5 mg: no meaningful change (PHQ-9 20). Aripiprazole stopped. Bupropion XL
            450 mg continued (partial response). Returns to Michigan; care transferred.

Page 2 (filed in error with this release - a different patient)
Patient: PETTIGREW, HOWARD          DOB 11/30/1949
04/15/2025  Lithium carbonate 900 mg daily continued; level 0.8.
"""

TRUTH = r"""
# 06 - Original Medicare: TMS denied under an LCD's four-trial criterion; the QIC counted a sleep dose and missed two Florida trials; ALJ hearing asked by a Medicare advocate (FICTIONAL)

All people, contractors, providers, numbers and addresses are invented (FICTIONAL); LCD L99871 is invented.

## What is true
- Harold Pettigrew, 71 (DOB 06/09/1955), Grand Rapids, MI, has **Original Medicare Part B**. He received **TMS, 90867
  x1 and 90868 x35 (30 treatments + 6 taper), 03/02-04/24/2026**, after signing an **ABN (Option 1) on 02/26/2026**;
  PHQ-9 22 -> 9 (response). $12,600.00 billed, Medicare paid $0.
- The MAC denied it (MSN 05/11/2026, PR-50, LCD **L99871 criterion 2(a)**), the **redetermination (08/20/2026)** and the
  **QIC reconsideration (10/30/2026)** upheld. The QIC found criteria **1, 3 and 4 met** and 2(a) not met: "three trials
  ... sertraline, duloxetine and mirtazapine. A fourth trial and an augmentation trial are not documented."
- The current episode (since 09/2024) holds **four qualifying trials from three classes, including an augmentation**:
  sertraline 200 mg 10 wk (no response); duloxetine 60 mg 8 wk (no response); **bupropion XL 450 mg since 03/10/2025
  (partial response only, still taken)**; **aripiprazole 5 mg added to bupropion 04/07-06/02/2025 (8 wk, no response)**.
  **Mirtazapine 15 mg at bedtime is a sleep dose** and does not count; the QIC counted it.
- The bupropion and aripiprazole trials are recorded by **Dr. Imelda Quintero (Naples, FL)**, records **released
  11/12/2026**, after the QIC decision; the **TMS intake note of 02/23/2026**, which the QIC had, already listed both.
- **Stage:** the next level after a QIC reconsideration is a **hearing before an Administrative Law Judge (OMHA)**:
  request within **60 days after receipt of the QIC notice, receipt presumed 5 days after its date** (42 CFR 405.1002):
  10/30 + 5 = 11/04/2026; **by 01/03/2027** (a Sunday: file before it). The QIC notice says the amount in controversy is
  met. The request goes to **OMHA Central Operations** (per the notice), with copies to the other parties.
- **Author:** Josephine Marks, a nonprofit Medicare advocate, appointed on **CMS-1696 signed 11/09/2026** (not a
  provider; no fee). She writes about "Mr. Pettigrew".

## Deliberately unknown
- Whether OMHA will hold the hearing by phone or video, and when: not in the case.
- What Medicare would pay if the services are found covered, and what the supplier will refund under the ABN: no amount
  may be promised.
- Whether the MAC's file held anything beyond what the QIC lists: not in the case.

## Traps
- **Stage: ALJ, not QIC.** The QIC has already decided. A letter that asks for a "reconsideration by a Qualified
  Independent Contractor", is addressed to the QIC or the MAC, or counts a 180-day QIC window is wrong. It is a request
  for an ALJ hearing (OMHA), citing the QIC decision of 10/30/2026 and appeal number 1-FICT2026-8830417.
- **The sleep dose:** mirtazapine 15 mg at bedtime is **not** a trial; a letter must not count it (the QIC's error) nor
  reach four by counting it.
- **Drug still taken:** bupropion XL is **continuing with only a partial response**: it counts under the LCD's "no
  clinically significant response", but it must never be called "failed" or "stopped".
- **Augmentation:** aripiprazole was **added to bupropion** (an augmentation trial, 8 weeks) - the LCD's required
  augmentation trial.
- **Other person on a document:** page 2 of the Florida release is **Howard Pettigrew's** (lithium 900 mg); a letter
  must not list lithium among Harold's trials.
- **The patient's own questionnaire** ("tried 3 or 4 medicines, not sure") is not the record; a letter must not say
  three trials.
- **Earlier episode:** escitalopram brought **remission in 2012-2013** (never a failure; not in the current episode).
- **Criteria already found met** (1, 3, 4): a letter need not re-argue them at length, but must not say they are unmet.
- **Suicidality:** passive wish on 02/23/2026 (with its date), never "active suicidal ideation".
- **Original Medicare has no plan:** no "plan terms", no peer-to-peer, no Medicare Advantage rule (42 CFR 422.101(b)(6)
  is for MA plans), no ERISA, no ACA external review, no parity, no state insurance department, no 72-hour route.
- **ABN:** it was valid and he chose Option 1; a letter must not argue that he is not liable because no ABN was given.
- **Voice:** the advocate writes for him; never his first person.

## Arguments a strong letter makes (strongest first)
1. **Criterion 2(a) is met**: four agents from three classes in the current episode, including an augmentation trial
   (sertraline 10 wk, duloxetine 8 wk, bupropion XL 450 mg with only a partial response, aripiprazole added for 8 wk).
   The QIC's count is wrong twice: it counted **mirtazapine 15 mg, a sleep dose**, and missed **bupropion and
   aripiprazole**, which the **TMS intake note it had** already listed and the **Florida records (released 11/12/2026)**
   document with dates and doses.
2. With criteria 1, 3 and 4 already found met by the QIC, every criterion of L99871 is met; the course (30 + 6) is
   within the LCD's limit. The services are reasonable and necessary and should be covered.
3. Ask for an ALJ hearing (OMHA), state the appeal number, the QIC decision date and that the request is timely (60 days
   after presumed receipt, by 01/03/2027), submit the Florida records with why they come now (released 11/12/2026),
   enclose CMS-1696, and copy the other parties.

## What a letter must NOT say
- "reconsideration by a QIC" as the request; "redetermination"; "180 days"; a letter addressed to the QIC or MAC "to be
  forwarded".
- "three trials", "mirtazapine trial", "failed mirtazapine", "failed bupropion", "bupropion was stopped", "lithium",
  "failed escitalopram".
- "the plan", "plan terms", "peer-to-peer", "42 CFR 422.101(b)(6)", "ERISA", "external review organization", "parity",
  "expedited"/"72 hours", "no ABN was given".
- "active suicidal ideation"; the patient's first person.
"""

ANSWERS = [
    ("denial/qic-reconsideration-2026-10-30.txt", "three trials of psychopharmacologic agents in the current episode: sertraline, duloxetine and"),
    ("denial/qic-reconsideration-2026-10-30.txt", "A fourth trial and an augmentation trial are not documented"),
    ("denial/qic-reconsideration-2026-10-30.txt", "Criteria 1, 3 and 4 are met"),
    ("denial/qic-reconsideration-2026-10-30.txt", "within 60 days after you receive this notice"),
    ("denial/qic-reconsideration-2026-10-30.txt", "5 days after the date above"),
    ("denial/qic-reconsideration-2026-10-30.txt", "Administrative Law Judge (ALJ)"),
    ("denial/qic-reconsideration-2026-10-30.txt", "1-FICT2026-8830417"),
    ("denial/medicare-summary-notice-2026-05-11.txt", "90867 x1, 90868 x35"),
    ("other/lcd-l99871-excerpt.txt", "including at least\n   one augmentation trial"),
    ("other/lcd-l99871-excerpt.txt", "Up to 30 treatments and up to 6 taper treatments"),
    ("other/cms-1696-appointment-2026-11-09.txt", "I am not a provider or supplier of the services at issue"),
    ("other/abn-2026-02-26.txt", "OPTION 1"),
    ("clinical/tms-intake-note-2026-02-23.txt", "bupropion XL 450 mg since 03/10/2025"),
    ("clinical/tms-intake-note-2026-02-23.txt", "Mirtazapine 15 mg at bedtime since November 2025, for sleep"),
    ("clinical/tms-intake-note-2026-02-23.txt", "escitalopram 20 mg 01/2012-03/2013, remission"),
    ("clinical/tms-intake-note-2026-02-23.txt", "tried 3 or 4 medicines, not sure"),
    ("clinical/tms-intake-note-2026-02-23.txt", "CBT, 16 sessions June-October 2025"),
    ("clinical/florida-psychiatry-records-2025.txt", "Released: 11/12/2026"),
    ("clinical/florida-psychiatry-records-2025.txt", "Aripiprazole 5 mg added"),
    ("clinical/florida-psychiatry-records-2025.txt", "Eight weeks of aripiprazole 5 mg: no meaningful change"),
    ("clinical/florida-psychiatry-records-2025.txt", "Bupropion XL\n            450 mg continued (partial response)"),
    ("clinical/florida-psychiatry-records-2025.txt", "PETTIGREW, HOWARD"),
]
