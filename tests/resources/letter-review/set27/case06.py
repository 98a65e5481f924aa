"""Set 27, case 06 (FICTIONAL): FEHB, repeat TMS denied as "no documented response"; OPM review asked by the NP."""
SLUG = "06-fehb-repeat-tms-prior-response-record-passed-over-opm-review-psychiatric-np"

CASE_YAML = r'''
# FICTIONAL CASE (set 27, case 06) - every person, plan, carrier, provider, number and address is invented.
# FEHB, Standard Option, Georgia. Mr. Whitford, 52, a federal employee, responded to a 36-session TMS course in 2024
# (PHQ-9 22 -> 6) and stayed well until a relapse in 05/2026. The carrier denied a repeat course (08/20/2026): "no
# documented response to a prior course". The 2024 course summary was faxed with the reconsideration request on
# 09/10/2026; the carrier's reconsideration (10/15/2026) still says "records do not document scores from the 2024
# course". His psychiatric nurse practitioner, with his written authorization, asks OPM to review (90 days: by
# 01/13/2027).
patient:
  name: Alan Whitford
  salutation: Mr. Whitford
  date_of_birth: 1974-01-08
  member_id: FICT-FKH-R11048823
  address: |-
    880 Ponce de Leon Place NE
    Atlanta, GA 30306
  phone: (404) 555-0122
insurer:
  name: Federal Keystone Health Benefit Plan, Standard Option (FICTIONAL FEHB carrier)
  appeals_address: |-
    Federal Keystone Health Benefit Plan - Reconsiderations (address FICTIONAL)
    PO Box 66210
    Harrisburg, PA 17106
  fax: (717) 555-0177
claim:
  number: PA-26-0820-90417
  plan_type: fehb
  notice_date: 2026-08-20
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  sessions: 36
  pending_services: 36
  action: none
  denial_reason: >-
    Repeat transcranial magnetic stimulation is not medically necessary. Medical Policy TMS-22 criterion 4 requires a
    documented response to a prior course of TMS. No documented response to a prior course was provided.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: Dr. Carla Ingersoll, specialty: internal medicine}
decisions:
  - date: 2026-10-15
    outcome: denied
    stage: reconsideration
    opens: OPM review
    next_deadline: 2027-01-13
    reason: >-
      We have reconsidered our decision and it remains unchanged. The records submitted do not document scores from the
      2024 course of TMS, so Medical Policy TMS-22 criterion 4 is not met. You may ask OPM to review our decision within
      90 days of the date of this letter.
    corrections:
      - said: "The records submitted do not document scores from the 2024 course of TMS"
        record: >-
          The 2024 TMS course summary, faxed with the reconsideration request on September 10, 2026 (fax confirmation, 9
          pages, OK), records PHQ-9 22 before the first treatment (February 12, 2024) and 6 after the 36th (April 26,
          2024), a 73% reduction
        file: clinical/tms-course-summary-2024-04-26.txt
        page: 1
external_review:
  final_denial_date: 2026-10-15
  agency: U.S. Office of Personnel Management, Federal Employee Insurance Operations, Health Insurance Group 2
  address: |-
    U.S. Office of Personnel Management - FEIO, Health Insurance Group 2 (address as given in the decision; FICTIONAL)
    PO Box 14110
    Washington, DC 20044
plan_policy:
  name: Federal Keystone Medical Policy TMS-22 (transcranial magnetic stimulation), revised 01/2026
  number: TMS-22
  quote: >-
    TMS is medically necessary when criteria 1 through 3 are met: 1. Major depressive disorder, severe (PHQ-9 of 20 or
    more, or an equivalent score). 2. Failure of, or intolerance to, at least two antidepressants from different classes
    at adequate dose and duration in the current or a prior episode. 3. No contraindication (implanted metal near the
    coil, seizure disorder not controlled). 4. Repeat course: a member who responded to a prior course (a reduction of at
    least 50% on a standardized scale) and relapsed after at least 3 months of response meets criterion 4 in place of
    criterion 2.
  file: other/medical-policy-tms-22-excerpt.txt
payer_criteria:
  - criterion: "1. Major depressive disorder, severe (PHQ-9 of 20 or more)"
    how_met: PHQ-9 21 on 11/18/2026 and 22 on 08/04/2026
    met: true
    evidence: {file: clinical/np-evaluation-2026-11-18.txt, page: 1}
  - criterion: "3. No contraindication"
    how_met: No implanted metal, no seizure history (screening of 08/04/2026, repeated 11/18/2026)
    met: true
    evidence: {file: clinical/np-evaluation-2026-11-18.txt, page: 1}
  - criterion: "4. Repeat course: response of at least 50% to a prior course, relapse after at least 3 months of response"
    how_met: PHQ-9 22 to 6 (73%) in the 2024 course; well from 04/2024 until relapse in 05/2026 (about 24 months)
    met: true
    instead_of: 2
    evidence: [{file: clinical/tms-course-summary-2024-04-26.txt, page: 1}, {file: clinical/np-evaluation-2026-11-18.txt, page: 1}]
treatment:
  name: Repeat course of transcranial magnetic stimulation (TMS), 36 sessions
  summary: >-
    A repeat course of TMS (30 daily treatments and a 6-treatment taper) for a relapse of recurrent severe depression in
    a patient who responded to TMS in 2024.
  plan: >-
    36 sessions (30 daily, then 6 over 3 weeks), 10 Hz left dorsolateral prefrontal, PHQ-9 weekly; stop if PHQ-9 has not
    fallen by 25% after 20 sessions.
clinical:
  severity: PHQ-9 21 on 11/18/2026
  severity_date: 2026-11-18
  suicidality: passive
  suicidality_date: 2026-11-18
  episode_onset: 2026-05
  treating_since: 2023-09
  history:
    - drug: Escitalopram (2023 episode)
      dose: 20 mg daily
      start: 2022-11
      end: 2023-08
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 9 months; stopped
      evidence: {file: clinical/np-evaluation-2026-11-18.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2023-09
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through the 2024 TMS course and now
      evidence: {file: clinical/np-evaluation-2026-11-18.txt, page: 1}
    - drug: TMS (2024 course)
      start: 2024-02-12
      end: 2024-04-26
      sessions: 36
      kind: neuromodulation
      adequate: true
      failed: false
      response: remission
      outcome: PHQ-9 22 to 6; well until relapse in 05/2026 (an earlier response, the basis of criterion 4)
      evidence: {file: clinical/tms-course-summary-2024-04-26.txt, page: 1}
    - drug: Aripiprazole (augmentation)
      dose: 5 mg daily
      start: 2026-06-15
      end: 2026-07-13
      kind: augmentation
      adequate: false
      outcome: Stopped after 4 weeks for akathisia; not an adequate trial
      evidence: {file: clinical/np-evaluation-2026-11-18.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2026-06
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/np-evaluation-2026-11-18.txt, page: 1}
author:
  name: Joanne Kessler-Boateng
  role: Treating psychiatric nurse practitioner (DNP, PMHNP-BC)
  relation: prescriber
  authorization: other/member-authorization-2026-11-20.txt
  address: |-
    Piedmont Neuromodulation Clinic (FICTIONAL), 1100 Peachtree Street NE, Suite 700
    Atlanta, GA 30309
  phone: (404) 555-0141
  email: jkessler@piedmontneuro.example
provider:
  name: Joanne Kessler-Boateng
  credentials: DNP, PMHNP-BC
  npi: "1928374655"
  address: |-
    Piedmont Neuromodulation Clinic (FICTIONAL), 1100 Peachtree Street NE, Suite 700
    Atlanta, GA 30309
  phone: (404) 555-0141
record_dates:
  - file: clinical/tms-course-summary-2024-04-26.txt
    date: 2024-04-26
    sent: 2026-09-10
    sent_proof: other/fax-confirmation-reconsideration-2026-09-10.txt
  - file: clinical/np-evaluation-2026-11-18.txt
    date: 2026-11-18
template: external-review-request
bates_prefix: WHITFORD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/prior-authorization-denial-2026-08-20.txt": """
FEDERAL KEYSTONE HEALTH BENEFIT PLAN (FICTIONAL FEHB CARRIER) - PRIOR APPROVAL DECISION     Date: 08/20/2026
Member: Alan Whitford   ID FICT-FKH-R11048823   Reference: PA-26-0820-90417   Page 1 of 1
Service requested: TMS, 36 sessions (90867, 90868). Decision: denied.
Repeat transcranial magnetic stimulation is not medically necessary. Medical Policy TMS-22 criterion 4 requires a
documented response to a prior course of TMS. No documented response to a prior course was provided.
Reviewer: Dr. Carla Ingersoll, internal medicine.
You may ask us to reconsider within 6 months of this decision (brochure Section 8).
""",
    "denial/reconsideration-decision-2026-10-15.txt": """
FEDERAL KEYSTONE HEALTH BENEFIT PLAN (FICTIONAL FEHB CARRIER) - RECONSIDERATION DECISION    Date: 10/15/2026
Member: Alan Whitford   Reference: PA-26-0820-90417   Page 1 of 1
We have reconsidered our decision and it remains unchanged. The records submitted do not document scores from the
2024 course of TMS, so Medical Policy TMS-22 criterion 4 is not met. You may ask OPM to review our decision within
90 days of the date of this letter: write to U.S. Office of Personnel Management, Federal Employee Insurance
Operations, Health Insurance Group 2, PO Box 14110, Washington, DC 20044 (address FICTIONAL for this test set).
Documents reviewed: reconsideration request of 09/10/2026; evaluation of 08/04/2026.
""",
    "clinical/tms-course-summary-2024-04-26.txt": """
PIEDMONT NEUROMODULATION CLINIC (FICTIONAL) - TMS COURSE SUMMARY                   Date: 04/26/2024
Patient: Alan Whitford   DOB 01/08/1974   Page 1 of 1
Course: 36 treatments, 02/12/2024 to 04/26/2024 (30 daily, 6-treatment taper), 10 Hz left DLPFC, 120% motor threshold.
PHQ-9: 22 on 02/12/2024 (before treatment 1); 14 on 03/08/2024; 6 on 04/26/2024 (after treatment 36). Remission.
Paid by Federal Keystone (claims 2024). Venlafaxine XR 225 mg continued throughout.
Session log page appended: chair 2 schedule for 04/26/2024 also lists patient P. Demarco (another patient).
""",
    "clinical/np-evaluation-2026-11-18.txt": """
PIEDMONT NEUROMODULATION CLINIC (FICTIONAL) - EVALUATION                              Date: 11/18/2026
Patient: Alan Whitford   DOB 01/08/1974   Clinician: Joanne Kessler-Boateng, DNP, PMHNP-BC (treating since 09/2023)
Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2). Current episode since
05/2026, after about 24 months well following the 2024 TMS course.
PHQ-9 22 on 08/04/2026; 21 on 11/18/2026. Passive wish not to wake up on 11/18/2026; no plan, no intent; safety plan.
Medicines: escitalopram 20 mg 11/2022-08/2023, no response, stopped; venlafaxine XR 225 mg since 09/2023, partial
response, continued; aripiprazole 5 mg 06/15-07/13/2026, stopped after 4 weeks for akathisia; mirtazapine 7.5 mg at
bedtime for sleep since 06/2026.
Screening: no implanted metal, no seizure history (08/04/2026, repeated 11/18/2026).
Plan: repeat TMS, 36 sessions (30 daily, 6 taper), PHQ-9 weekly; stop if PHQ-9 has not fallen 25% by session 20.
""",
    "other/medical-policy-tms-22-excerpt.txt": """
FEDERAL KEYSTONE HEALTH BENEFIT PLAN (FICTIONAL) - MEDICAL POLICY TMS-22 (excerpt, revised 01/2026)
TMS is medically necessary when criteria 1 through 3 are met: 1. Major depressive disorder, severe (PHQ-9 of 20 or
more, or an equivalent score). 2. Failure of, or intolerance to, at least two antidepressants from different classes
at adequate dose and duration in the current or a prior episode. 3. No contraindication (implanted metal near the
coil, seizure disorder not controlled). 4. Repeat course: a member who responded to a prior course (a reduction of at
least 50% on a standardized scale) and relapsed after at least 3 months of response meets criterion 4 in place of
criterion 2.
""",
    "other/fax-confirmation-reconsideration-2026-09-10.txt": """
FAX TRANSMISSION REPORT (FICTIONAL)   09/10/2026 11:48 am   To: (717) 555-0177 Federal Keystone Reconsiderations
Pages: 9   Result: OK
Contents listed on cover: reconsideration request for Alan Whitford (PA-26-0820-90417); TMS course summary of
04/26/2024 (PHQ-9 22 to 6); evaluation of 08/04/2026.
""",
    "other/member-authorization-2026-11-20.txt": """
AUTHORIZATION FOR OPM DISPUTED CLAIM REVIEW (FICTIONAL)                            Signed: 11/20/2026
I, Alan Whitford (FEHB enrollee, ID FICT-FKH-R11048823), authorize Joanne Kessler-Boateng, DNP, PMHNP-BC, to ask OPM to
review Federal Keystone's decision on PA-26-0820-90417 for me, and to release my medical information for it.
- Alan Whitford
""",
}

TRUTH = r'''
# 06 - FEHB: repeat TMS, a prior response the carrier said was undocumented; OPM review asked by the psychiatric NP (FICTIONAL)

All people, plans, carriers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Alan Whitford, 52 (DOB 01/08/1974), Atlanta, a federal employee in **Federal Keystone, Standard Option (FEHB)**.
  F33.2; current episode since **05/2026**; PHQ-9 **21 on 11/18/2026**; **passive** wish not to wake (11/18), no plan.
- **2024 TMS course**: 36 treatments 02/12-04/26/2024, PHQ-9 **22 -> 6** (73%), paid by the carrier; well about **24
  months** until relapse in 05/2026.
- Policy **TMS-22**: criteria 1-3; **criterion 4 (repeat course: >= 50% response, relapse after >= 3 months) stands in
  place of criterion 2**. Criteria 1, 3 and 4 are met.
- Denial **08/20/2026** (**PA-26-0820-90417**; reviewer internal medicine): "no documented response to a prior course".
  The **2024 course summary** was **faxed with the reconsideration request on 09/10/2026** (9 pages, OK). The
  **reconsideration of 10/15/2026** says "records submitted do not document scores from the 2024 course": contradicted;
  its list of documents reviewed names the request and the 08/04 evaluation, not the summary.
- **Stage and rule:** **OPM review** of the carrier's reconsideration, asked **within 90 days of 10/15/2026: by
  01/13/2027** (5 CFR 890.105; the letter says so). Pre-service (36 sessions pending).
- **Author:** Joanne Kessler-Boateng, **DNP, PMHNP-BC**, treating psychiatric NP (prescriber), with the enrollee's
  **written authorization (11/20/2026)**.

## Deliberately unknown
- Whether criterion 2 would also be met: escitalopram (SSRI) failed; venlafaxine (SNRI) partial and continuing; a
  letter may rely on criterion 4 and need not claim criterion 2; it must not say criterion 2 is unmet as if it mattered.
- When OPM will decide, and whether the carrier will reverse on its own once asked: not in the case.
- Cost of the course: not in the case.

## Traps
- **Record passed over, not missing:** the summary was sent **before** the reconsideration (09/10): never "new
  evidence never before the carrier"; say it was in the file and not weighed.
- **Criterion 4 replaces criterion 2**: never "all four criteria are met" as if 2 were needed; never "criterion 2 is not
  met" as a concession that matters.
- **The 2024 TMS course is an earlier response**, never a failed trial; it is the reason for criterion 4.
- **Venlafaxine continues** (partial): never "failed" or "stopped". **Aripiprazole** 4 weeks stopped for akathisia: not
  an adequate trial. **Mirtazapine 7.5 mg**: sleep dose.
- **Suicidality passive**: never "active", never Spravato's suicidality use; no expedited claim unless argued honestly
  (not asked here).
- **Other patient on a document:** the 2024 session log lists **P. Demarco**.
- **Voice:** a psychiatric **nurse practitioner**: "I write as Mr. Whitford's treating nurse practitioner"; never
  "physician", "Dr. Kessler-Boateng" (she holds a DNP, but the letter must not call her a physician).
- **Wrong law:** not ERISA, not ACA (45 CFR 147.136), no state external review or insurance department, no MHPAEA
  statute citations for FEHB, no Medicare rules; the next level is **OPM**, never "external review by an IRO".

## Arguments a strong letter makes (strongest first)
1. **Criterion 4 is met** from the record the carrier already had: 2024 course PHQ-9 **22 -> 6** (73% >= 50%), well
   ~24 months before relapse (>= 3 months); the summary was **faxed 09/10/2026** with the reconsideration request (fax
   report), so "do not document scores" is contradicted; criterion 4 stands in place of criterion 2.
2. Criteria 1 (PHQ-9 21, 11/18/2026) and 3 (screening) are met; the plan is set out (36 sessions, weekly PHQ-9,
   stopping rule).
3. The reviewer was an internist; ask OPM to direct the carrier to approve the 36-session repeat course. Timely: by
   01/13/2027.

## What a letter must NOT say
- "new evidence", "not previously submitted" about the 2024 summary; "criterion 2 is not met" as a concession.
- "failed TMS", "failed venlafaxine", "stopped venlafaxine"; aripiprazole or mirtazapine as adequate trials.
- "active suicidal ideation"; "approved use for suicidality".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "independent review organization", "state
  insurance department", "MHPAEA", "42 CFR".
- "as his physician", "Dr. Kessler-Boateng".
'''

D1 = "denial/prior-authorization-denial-2026-08-20.txt"
D2 = "denial/reconsideration-decision-2026-10-15.txt"
S = "clinical/tms-course-summary-2024-04-26.txt"
E = "clinical/np-evaluation-2026-11-18.txt"
ANSWERS = [
    (D1, "No documented response to a prior course was provided"),
    (D1, "Dr. Carla Ingersoll, internal medicine"),
    (D2, "do not document scores from the\n2024 course of TMS"),
    (D2, "within\n90 days of the date of this letter"),
    (D2, "Documents reviewed: reconsideration request of 09/10/2026; evaluation of 08/04/2026"),
    (S, "PHQ-9: 22 on 02/12/2024"),
    (S, "6 on 04/26/2024 (after treatment 36)"),
    (S, "P. Demarco"),
    (E, "21 on 11/18/2026"),
    (E, "Passive wish not to wake up on 11/18/2026; no plan, no intent"),
    (E, "venlafaxine XR 225 mg since 09/2023, partial\nresponse, continued"),
    (E, "stopped after 4 weeks for akathisia"),
    (E, "mirtazapine 7.5 mg at\nbedtime for sleep"),
    ("other/medical-policy-tms-22-excerpt.txt", "meets criterion 4 in place of\ncriterion 2"),
    ("other/fax-confirmation-reconsideration-2026-09-10.txt", "TMS course summary of\n04/26/2024 (PHQ-9 22 to 6)"),
    ("other/fax-confirmation-reconsideration-2026-09-10.txt", "Result: OK"),
    ("other/member-authorization-2026-11-20.txt", "Signed: 11/20/2026"),
    ("truth", "by\n  01/13/2027"),
]
