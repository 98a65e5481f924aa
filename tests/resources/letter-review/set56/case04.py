SLUG = "04-original-medicare-maintenance-ect-redetermination-read-2019-course-qic-friend-poa"

CASE_YAML = r"""
# FICTIONAL CASE (set 56, case 04) - every person, contractor, provider, number and address is invented.
# Original Medicare Part B, hospital outpatient. Maintenance ECT on 07/08, 07/22, 08/05 and 08/19/2026 after an acute
# course of 12 treatments (02/09-03/20/2026, MADRS 38 to 8) was denied as not reasonable and necessary; the MAC's
# redetermination (10/06/2026) upheld it, reading the 2019 discharge summary from another hospital (an earlier
# episode) as the acute course and saying it "produced no lasting benefit". A longtime friend, his agent under a
# durable power of attorney and appointed on form CMS-1696, asks the QIC for reconsideration.
patient:
  name: Lucius Abernathy-Sole
  salutation: Mr. Abernathy-Sole
  date_of_birth: 1949-05-02
  member_id: 3TW8HJ5RK41
  address: |-
    9 Cobblestone Row
    Dubuque, IA 52001
  phone: (563) 555-0119
insurer:
  name: Great Plains Medicare Administrators, Medicare Administrative Contractor (FICTIONAL)
  appeals_address: |-
    Great Plains Medicare Administrators - Part B Redeterminations (FICTIONAL)
    PO Box 31509
    Topeka, KS 66601
claim:
  number: 26-183-40192-7
  other_numbers: [26-231-55810-3]
  plan_type: medicare
  notice_date: 2026-09-02
  service_dates: [2026-07-08, 2026-07-22, 2026-08-05, 2026-08-19]
  setting: outpatient
  procedure_codes: [90870]
  revenue_codes: ["0901"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    Medicare does not pay for this service because it is not reasonable and necessary for your condition.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
decisions:
  - date: 2026-10-06
    outcome: denied
    stage: redetermination
    opens: QIC reconsideration
    next_deadline: 2027-04-04
    reason: >-
      Maintenance ECT may be covered when the patient responded to an acute course and the record documents why
      continued treatment is needed to prevent relapse. The records show that the acute course of ECT produced no
      lasting benefit: the patient relapsed within four months. Continued ECT is not reasonable and necessary.
    corrections:
      - said: The records show that the acute course of ECT produced no lasting benefit
        record: >-
          The acute course this maintenance follows was 02/09/2026-03/20/2026, 12 treatments at Mississippi Bluffs
          Medical Center, MADRS 38 to 8 (remission); MADRS has stayed 8-10 through 09/16/2026 on maintenance ECT. The
          course the decision describes was given in 2019 at another hospital in an earlier episode; it ended in a
          response, and the relapse came after it ended with no maintenance treatment.
        file: [clinical/acute-ect-summary-2026-03-20.txt, clinical/maintenance-ect-progress-2026-09-16.txt]
        page: 1
external_review:
  agency: Keystone Qualified Independent Contractor, Part B (FICTIONAL)
  address: |-
    Keystone QIC Part B - Reconsiderations (FICTIONAL)
    PO Box 88204
    Harrisburg, PA 17106
  final_denial_date: 2026-10-06
treatment:
  name: Maintenance electroconvulsive therapy (ECT), hospital outpatient (90870)
  summary: >-
    Maintenance ECT every two weeks after an acute course in 2026 brought remission, to prevent a relapse of
    recurrent severe depression; each earlier episode relapsed when ECT stopped.
  plan: >-
    Maintenance ECT every 2 weeks through 09/2026, then every 3 weeks, with continued venlafaxine and lithium;
    MADRS before each treatment; the interval widened if MADRS stays below 12 for 3 months; stopped if cognitive
    side effects appear.
clinical:
  severity: MADRS 38 on 02/09/2026 (before the acute course); MADRS 10 on 09/16/2026
  severity_date: 2026-09-16
  suicidality: active
  suicidality_date: 2026-02-05
  response: MADRS 38 (02/09/2026) to 8 (03/20/2026); 8-10 on maintenance through 09/16/2026
  response_level: remission
  episode_onset: 2025-08
  history:
    - drug: Mirtazapine
      dose: 30 mg daily
      start: 2025-08
      end: 2025-10
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks
      evidence: {file: clinical/acute-ect-summary-2026-03-20.txt, page: 1}
    - drug: Nortriptyline
      dose: 75 mg daily
      start: 2025-10
      end: 2025-11
      weeks: 5
      kind: antidepressant
      adequate: false
      outcome: Stopped after 5 weeks for orthostatic hypotension with a fall (intolerance)
      evidence: {file: clinical/acute-ect-summary-2026-03-20.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 300 mg daily
      start: 2025-12
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with maintenance ECT
      evidence: {file: clinical/maintenance-ect-progress-2026-09-16.txt, page: 1}
    - drug: Lithium carbonate
      dose: 600 mg daily (level 0.6)
      start: 2026-04
      ongoing: true
      kind: augmentation
      outcome: Started after the acute ECT course to help prevent relapse; continued
      evidence: {file: clinical/maintenance-ect-progress-2026-09-16.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-08
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/acute-ect-summary-2026-03-20.txt, page: 1}
    - drug: ECT, 2019 (earlier episode, another hospital)
      dose: 10 treatments
      start: 2019-03
      end: 2019-04
      sessions: 10
      kind: neuromodulation
      response: response
      outcome: Response in an earlier episode (MADRS 35 to 10); relapse 4 months after it ended with no maintenance
      evidence: {file: other/discharge-summary-2019-other-hospital.txt, page: 1}
    - drug: ECT, acute course 2026
      dose: 12 treatments
      start: 2026-02-09
      end: 2026-03-20
      sessions: 12
      kind: neuromodulation
      response: remission
      outcome: Remission (MADRS 38 to 8)
      evidence: {file: clinical/acute-ect-summary-2026-03-20.txt, page: 1}
impact:
  hospitalizations: Inpatient psychiatric admission 01/30/2026-02/06/2026 before the acute ECT course.
  relapse: Relapsed 4 months after the 2019 ECT course ended without maintenance treatment.
author:
  name: Walter Prescott-Imrie
  role: friend and agent under durable power of attorney; appointed representative (form CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-2026-10-20.txt
  address: |-
    44 Grandview Avenue
    Dubuque, IA 52001
  phone: (563) 555-0124
provider:
  name: Mississippi Bluffs Medical Center, Outpatient ECT Service
  npi: "1490627183"
  address: |-
    1500 Locust Street
    Dubuque, IA 52001
  phone: (563) 555-0167
record_dates:
  - file: clinical/acute-ect-summary-2026-03-20.txt
    date: 2026-03-20
  - file: clinical/maintenance-ect-progress-2026-09-16.txt
    date: 2026-09-16
template: external-review-request
bates_prefix: ABERNATHYSOLE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/medicare-summary-notice-2026-09-02.txt": """
MEDICARE SUMMARY NOTICE (FICTIONAL COPY) - Part B Medical Insurance - Outpatient Facility Claims
Date: 09/02/2026   Lucius Abernathy-Sole   Medicare Number 3TW8HJ5RK41 (invented for this test)
Mississippi Bluffs Medical Center
Claim 26-183-40192-7   07/08/2026, 07/22/2026   ECT (90870, rev 0901) x2   Approved? NO   See Note A
Claim 26-231-55810-3   08/05/2026, 08/19/2026   ECT (90870, rev 0901) x2   Approved? NO   See Note A
Note A: Medicare does not pay for this service because it is not reasonable and necessary for your condition.
If you disagree, you can file an appeal. Appeals must be filed in writing by 12/31/2026 (120 days from the date you
get this notice). Send to Great Plains Medicare Administrators, Part B Redeterminations, PO Box 31509, Topeka, KS
66601.
""",
    "denial/redetermination-2026-10-06.txt": """
GREAT PLAINS MEDICARE ADMINISTRATORS (FICTIONAL) - MEDICARE REDETERMINATION NOTICE    Date: 10/06/2026
Beneficiary: Lucius Abernathy-Sole   Medicare Number 3TW8HJ5RK41   Claims 26-183-40192-7, 26-231-55810-3
Services: ECT 07/08/2026, 07/22/2026, 08/05/2026, 08/19/2026. Decision: UNFAVORABLE.
Explanation: Maintenance ECT may be covered when the patient responded to an acute course and the record documents
why continued treatment is needed to prevent relapse. The records show that the acute course of ECT produced no
lasting benefit: the patient relapsed within four months. Continued ECT is not reasonable and necessary.
Records reviewed: discharge summary, Prairie Rose Hospital, 04/12/2019; ECT treatment records 07/2026-08/2026.
Next step: If you disagree, you may ask for a reconsideration by a Qualified Independent Contractor within 180 days
of receiving this notice. Send it to Keystone QIC Part B - Reconsiderations, PO Box 88204, Harrisburg, PA 17106.
""",
    "clinical/acute-ect-summary-2026-03-20.txt": """
MISSISSIPPI BLUFFS MEDICAL CENTER (FICTIONAL) - ACUTE ECT COURSE SUMMARY            Date: 03/20/2026
Patient: Lucius Abernathy-Sole   DOB 05/02/1949   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2). Current episode since
08/2025. Inpatient admission 01/30/2026-02/06/2026; active suicidal ideation with a plan on 02/05/2026.
Acute course: 12 right unilateral ultrabrief treatments, 02/09/2026-03/20/2026. MADRS 38 before, 8 after
(remission). No suicidal ideation since 02/27/2026.
Medication this episode: mirtazapine 30 mg 08/2025-10/2025, 8 weeks, no response; nortriptyline 75 mg
10/2025-11/2025, stopped at 5 weeks for orthostatic hypotension with a fall; venlafaxine XR 300 mg since 12/2025,
partial response. Trazodone 50 mg at bedtime for sleep since 08/2025.
Plan: maintenance ECT every 2 weeks from 04/2026; start lithium.
Signed: Ingrid Thorvaldsen, MD, psychiatrist, ECT service
""",
    "clinical/maintenance-ect-progress-2026-09-16.txt": """
MISSISSIPPI BLUFFS MEDICAL CENTER (FICTIONAL) - MAINTENANCE ECT PROGRESS NOTE       Date: 09/16/2026
Patient: Lucius Abernathy-Sole   DOB 05/02/1949   Page 1 of 1
Maintenance ECT every 2 weeks since 04/2026 (07/08, 07/22, 08/05, 08/19, 09/02, 09/16/2026 among them).
MADRS before treatment: 9 (07/08), 8 (07/22), 10 (08/05), 9 (08/19), 10 (09/16). No suicidal ideation.
Medication: venlafaxine XR 300 mg daily, partial response, continued; lithium carbonate 600 mg daily (level 0.6),
started 04/2026, continued; trazodone 50 mg at bedtime for sleep.
History: in 2019, 10 ECT treatments at Prairie Rose Hospital brought a response (MADRS 35 to 10); no maintenance
was given and he relapsed 4 months later. Each relapse has followed the end of treatment.
Plan: maintenance ECT every 2 weeks through 09/2026, then every 3 weeks; widen the interval if MADRS stays below 12
for 3 months; stop if cognitive side effects appear.
Signed: Ingrid Thorvaldsen, MD
""",
    "other/cms-1696-appointment-2026-10-20.txt": """
APPOINTMENT OF REPRESENTATIVE - form CMS-1696 (FICTIONAL COPY)                     Signed 10/20/2026
Beneficiary: Lucius Abernathy-Sole   Medicare Number 3TW8HJ5RK41
I appoint Walter Prescott-Imrie, 44 Grandview Avenue, Dubuque, IA 52001, (563) 555-0124, to act as my
representative in connection with my claims and appeals under Medicare.
Signed: Lucius Abernathy-Sole (beneficiary)   Accepted: Walter Prescott-Imrie (friend; agent under durable power of
attorney dated 06/01/2022)
""",
    "other/discharge-summary-2019-other-hospital.txt": """
PRAIRIE ROSE HOSPITAL (FICTIONAL) - DISCHARGE SUMMARY                              Date: 04/12/2019
Page 1 of 2
Patient: Lucius Abernathy-Sole   DOB 05/02/1949
ECT x10, 03/2019-04/2019, for a severe depressive episode. MADRS 35 to 10: response. Discharged without
maintenance ECT at the patient's request. [A later note in the same file, 08/2019: relapse.]

Page 2 of 2 (misfiled with this summary)
Patient: Abernathy, Lucille   DOB 11/30/1952   Admission for hip fracture 04/2019. Not this patient.
""",
}

TRUTH = r"""
# 04 - Original Medicare Part B: maintenance ECT denied by a redetermination that read a 2019 course from another hospital as the acute course; QIC reconsideration by a friend (CMS-1696) (FICTIONAL)

All people, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Lucius Abernathy-Sole, 77 (DOB 05/02/1949), in **Original Medicare**, had **maintenance ECT** in the hospital
  outpatient department on **07/08, 07/22, 08/05 and 08/19/2026** (90870, revenue 0901; claims **26-183-40192-7** and
  **26-231-55810-3**). MSN of **09/02/2026**: not reasonable and necessary.
- The acute course this maintenance follows: **12 treatments, 02/09/2026-03/20/2026, MADRS 38 to 8 (remission)**,
  after an inpatient admission 01/30-02/06/2026. On maintenance, MADRS 8-10 through 09/16/2026.
- The MAC's **redetermination of 10/06/2026** upheld, saying "the acute course of ECT produced no lasting benefit:
  the patient relapsed within four months". The records it lists are the **2019 discharge summary from Prairie Rose
  Hospital** and the 07-08/2026 treatment records: it never had the 2026 acute course summary. The 2019 course (an
  earlier episode) ended in a **response** (MADRS 35 to 10); the relapse came after it ended **without maintenance**,
  which is the reason for maintenance now.
- **Rule and stage:** Original Medicare: reconsideration by the QIC within **180 days of receipt** of the
  redetermination (42 CFR 405.962; receipt presumed 5 days after the date): counted from the notice date, **by
  04/04/2027** (04/09/2027 with the presumed receipt). Filed with the QIC the notice names (405.964(a)), not sent to
  the MAC to forward. A QIC decides within 60 days (405.970(a)).
- **Author:** Walter Prescott-Imrie, a friend, his agent under a durable power of attorney and appointed
  representative on form CMS-1696 (10/20/2026); he writes about "Mr. Abernathy-Sole".
- Expected answers (question -> answer, where printed):
  1. Claim numbers -> 26-183-40192-7 (denial/medicare-summary-notice-2026-09-02.txt)
  2. Redetermination date -> Date: 10/06/2026 (denial/redetermination-2026-10-06.txt)
  3. QIC deadline counted from the notice date -> by 04/04/2027 (truth)
  4. The decision's wrong statement -> the acute course of ECT produced no lasting benefit (denial/redetermination-2026-10-06.txt)
  5. Records the MAC reviewed -> discharge summary, Prairie Rose Hospital, 04/12/2019 (denial/redetermination-2026-10-06.txt)
  6. Acute course 2026 -> 12 right unilateral ultrabrief treatments, 02/09/2026-03/20/2026 (clinical/acute-ect-summary-2026-03-20.txt)
  7. Acute response -> MADRS 38 before, 8 after (clinical/acute-ect-summary-2026-03-20.txt)
  8. Maintenance scores -> 9 (07/08), 8 (07/22), 10 (08/05), 9 (08/19) (clinical/maintenance-ect-progress-2026-09-16.txt)
  9. Why the 2019 relapse came -> no maintenance was given and he relapsed 4 months later (clinical/maintenance-ect-progress-2026-09-16.txt)
  10. Intolerance -> stopped at 5 weeks for orthostatic hypotension with a fall (clinical/acute-ect-summary-2026-03-20.txt)
  11. Drug still taken -> venlafaxine XR 300 mg daily, partial response, continued (clinical/maintenance-ect-progress-2026-09-16.txt)
  12. Sleep dose -> Trazodone 50 mg at bedtime for sleep (clinical/acute-ect-summary-2026-03-20.txt)
  13. Suicidality now -> No suicidal ideation since 02/27/2026 (clinical/acute-ect-summary-2026-03-20.txt)
  14. QIC address -> PO Box 88204, Harrisburg, PA 17106 (denial/redetermination-2026-10-06.txt)
  15. Appointment form -> form CMS-1696 (other/cms-1696-appointment-2026-10-20.txt)
  16. Plan type -> plan_type: medicare (case.yaml)

## Deliberately unknown
- Whether the hospital gave an Advance Beneficiary Notice: not in the case; a letter must not say who is liable.
- The amounts billed and owed: not on the MSN copy; no figure may be stated.
- Whether the 09/02 and 09/16/2026 treatments were denied too: not in this appeal.

## Traps
- **A decision's wrong statement.** The redetermination took the 2019 course (another hospital, earlier episode) as
  the acute course and called it a failure; it was a response, and the relapse followed the end of treatment. The
  2026 acute course brought remission. A letter must correct this with its exhibits.
- **Other person's record:** page 2 of the 2019 summary is Lucille Abernathy's (hip fracture), misfiled: never cited.
- **Stale document:** the 2019 summary is an earlier episode's; it supports the relapse-prevention point only.
- **Suicidality:** active ideation with a plan on 02/05/2026, before the acute course: history, with its date; none
  since 02/27/2026. Never "current suicidal ideation".
- **Nortriptyline** was stopped for intolerance at 5 weeks: not an adequate trial. **Venlafaxine XR** and
  **lithium** continue: never "failed"/"stopped". **Trazodone 50 mg** is a sleep dose.
- **No plan terms:** Original Medicare has no plan, no plan policy, no "plan's own terms"; no NCD for ECT is in
  the case: a letter must not invent an LCD or NCD number.
- **Stage:** this is the QIC reconsideration (second level), not a redetermination; addressed to the QIC.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no external review, no MHPAEA/parity (not for Medicare), no 72-hour
  expedited appeal of a claim.

## Arguments a strong letter makes, strongest first
1. The redetermination's ground is a misreading: the acute course that preceded this maintenance (02/09-03/20/2026)
   brought remission (MADRS 38 to 8), and the scores have stayed 8-10 on maintenance; the 2026 summary was not among
   the records it reviewed. Ask the QIC to weigh it.
2. The 2019 course was itself a response; the relapse four months later came after it ended without maintenance,
   which shows why maintenance is needed now, with a stated plan to widen the interval.
3. The treatment plan (interval, measures, stopping rule) and continued venlafaxine and lithium show a managed,
   limited course; ask that the four dates be paid.

## What a letter must NOT say
- "no lasting benefit" as true; "failed ECT"; "the acute course failed".
- "Lucille"; "hip fracture".
- "currently suicidal", "active suicidal ideation" as present.
- "failed venlafaxine", "stopped lithium"; nortriptyline as an adequate trial; trazodone as a trial.
- "the plan's terms", "plan policy", an LCD or NCD number.
- "redetermination" as the request made now; "ERISA", "45 CFR 147.136", "external review", "MHPAEA", "72 hours".
"""

ANSWERS = [
    ("claim number", "26-183-40192-7", "denial/medicare-summary-notice-2026-09-02.txt"),
    ("redetermination date", "Date: 10/06/2026", "denial/redetermination-2026-10-06.txt"),
    ("deadline", "by 04/04/2027", "truth"),
    ("wrong statement", "the acute course of ECT produced no lasting benefit", "denial/redetermination-2026-10-06.txt"),
    ("records reviewed", "discharge summary, Prairie Rose Hospital, 04/12/2019", "denial/redetermination-2026-10-06.txt"),
    ("acute course", "12 right unilateral ultrabrief treatments, 02/09/2026-03/20/2026", "clinical/acute-ect-summary-2026-03-20.txt"),
    ("acute response", "MADRS 38 before, 8 after", "clinical/acute-ect-summary-2026-03-20.txt"),
    ("maintenance scores", "9 (07/08), 8 (07/22), 10 (08/05), 9 (08/19)", "clinical/maintenance-ect-progress-2026-09-16.txt"),
    ("2019 relapse", "no maintenance was given and he relapsed 4 months later", "clinical/maintenance-ect-progress-2026-09-16.txt"),
    ("intolerance", "stopped at 5 weeks for orthostatic hypotension with a fall", "clinical/acute-ect-summary-2026-03-20.txt"),
    ("drug still taken", "venlafaxine XR 300 mg daily, partial response, continued", "clinical/maintenance-ect-progress-2026-09-16.txt"),
    ("sleep dose", "Trazodone 50 mg at bedtime for sleep", "clinical/acute-ect-summary-2026-03-20.txt"),
    ("suicidality now", "No suicidal ideation since 02/27/2026", "clinical/acute-ect-summary-2026-03-20.txt"),
    ("QIC address", "PO Box 88204, Harrisburg, PA 17106", "denial/redetermination-2026-10-06.txt"),
    ("appointment", "form CMS-1696", "other/cms-1696-appointment-2026-10-20.txt"),
    ("plan type", "plan_type: medicare", "case.yaml"),
]
