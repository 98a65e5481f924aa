# FICTIONAL case 04: separate CHIP managed-care plan, 16-year-old inpatient, ECT course denied pre-service for a
# missing second opinion; the mother files an expedited plan appeal.
SLUG = "04-chip-adolescent-ect-expedited-parent"

YAML = """
# FICTIONAL CASE (set 11, case 04) - every person, plan, number and address is invented.
# Separate CHIP (managed care), Pennsylvania: an inpatient 16-year-old with psychotic depression and poor oral
# intake; an acute ECT course (12 treatments) denied because the plan's criteria ask for an independent second
# psychiatric opinion "not documented". The second opinion was done on 11/27, after the notice. The mother
# asks for an expedited appeal.
patient:
  name: Tobias Reinholt-Achebe
  salutation: Tobias
  date_of_birth: 2010-05-03
  member_id: KKC-FICT-40022871-02
  address: |-
    51 Sawmill Hollow Lane
    Harlow Gap, PA 16999
  phone: (814) 555-0133
insurer:
  name: Kestrel Kids CHIP Plan (FICTIONAL)
  appeals_address: |-
    Kestrel Kids CHIP Plan - Appeals Unit
    PO Box 8801
    Harlow Gap, PA 16998
  fax: (814) 555-0150
claim:
  number: KKC-UM-2026-112517
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-11-25
  procedure_codes: ["90870"]
  diagnosis_codes: [F32.3]
  denial_reason: >-
    The request for electroconvulsive therapy (ECT), 12 treatments, is denied as not medically necessary. Our
    criteria for ECT in members under 18 (BH-ECT-Y, item 4) require an independent second opinion from a child and
    adolescent psychiatrist not involved in the member's care. This was not documented in the records we received.
  denial_category: medical_necessity
  reviewer: {name: "Dr. Colm Ashgrove", specialty: family medicine}
  action: none
  urgent: true
  pending_services: 12
  appeal_deadline: 2027-01-24
  deadline_basis: >-
    Stated in the notice: "You have 60 days from the date of this letter to ask us for an appeal."
plan_policy:
  name: Kestrel Kids Behavioral Health Criteria, ECT for Members Under 18 (FICTIONAL)
  number: BH-ECT-Y
  quote: >-
    ECT is medically necessary for a member under 18 when all are met: (1) severe major depressive disorder, with or
    without psychotic features, or catatonia; (2) failure of at least two adequate medication trials, or a
    life-threatening condition (such as refusal of food or fluids) that does not allow time for them; (3) informed
    consent of the parent or guardian and assent of the member; (4) an independent second opinion by a child and
    adolescent psychiatrist not involved in the member's care, agreeing that ECT is indicated.
  file: other/kestrel-bh-ect-y-criteria.txt
payer_criteria:
  - criterion: Severe major depressive disorder, with or without psychotic features, or catatonia
    how_met: Major depressive disorder, single episode, severe with psychotic features (F32.3); CDRS-R 82
    met: true
    evidence: {file: clinical/inpatient-psychiatry-notes-2026-11.txt, page: 1}
  - criterion: Failure of two adequate medication trials, or a life-threatening condition that does not allow time for them
    how_met: >-
      Fluoxetine 40 mg for 9 weeks and sertraline 150 mg for 8 weeks without response; and since November 18,
      6.1 kg weight loss with refusal of most food and fluids
    met: true
    evidence: {file: clinical/inpatient-psychiatry-notes-2026-11.txt, page: 1}
  - criterion: Informed consent of the parent or guardian and assent of the member
    how_met: Mother's written consent and Tobias's assent, November 23, 2026
    met: true
    evidence: {file: clinical/inpatient-psychiatry-notes-2026-11.txt, page: 1}
  - criterion: Independent second opinion by a child and adolescent psychiatrist not involved in care, agreeing ECT is indicated
    how_met: Dr. Beatrix Lindqvist-Amadi, child and adolescent psychiatrist at another hospital, November 27, 2026
    met: true
    evidence: {file: clinical/second-opinion-2026-11-27.txt, page: 1}
treatment:
  name: Electroconvulsive therapy (ECT)
  summary: >-
    An acute course of up to 12 ECT treatments for a 16-year-old inpatient with severe psychotic depression who
    has stopped eating and drinking enough.
  plan: Right unilateral ultrabrief ECT three times weekly, up to 12 treatments, with cognitive testing before and after every fourth treatment
  setting: Allegheny Ridge Children's Hospital inpatient unit (FICTIONAL), under general anesthesia
  monitoring: anesthesia team, EEG and vital-sign monitoring at each treatment; weekly CDRS-R and cognitive screening
urgency:
  reason: >-
    Tobias has lost 6.1 kg since November 18 and is refusing most food and fluids; his team documents that waiting
    a standard 30 days for a decision puts his health at serious risk.
  certified_by: Dr. Oren Szabo-Mwangi, MD, attending child and adolescent psychiatrist
author:
  name: Adaeze Reinholt-Achebe
  role: Mother and legal guardian of the member
  relation: parent
  address: |-
    51 Sawmill Hollow Lane
    Harlow Gap, PA 16999
  phone: (814) 555-0133
  email: adaeze.ra@mail.example
provider:
  name: Oren Szabo-Mwangi
  credentials: MD, child and adolescent psychiatrist
  npi: "1649283011"
  phone: (814) 555-0160
  address: |-
    Allegheny Ridge Children's Hospital, 300 Ridgeview Drive
    Harlow Gap, PA 16999
clinical:
  episode_onset: 2026-05
  severity: CDRS-R 82 on November 24, 2026; weight 51.3 kg (57.4 kg on November 18)
  severity_date: 2026-11-24
  suicidality: none
  suicidality_date: 2026-11-24
  history:
    - drug: Fluoxetine
      dose: 20 to 40 mg daily
      start: 2026-06-01
      end: 2026-08-03
      outcome: No response after nine weeks, five at 40 mg
      response: none
      adequate: true
      evidence: {file: clinical/inpatient-psychiatry-notes-2026-11.txt, page: 1}
    - drug: Sertraline
      dose: 100 to 150 mg daily
      start: 2026-08-10
      end: 2026-10-05
      outcome: No response after eight weeks
      response: none
      adequate: true
      evidence: {file: clinical/inpatient-psychiatry-notes-2026-11.txt, page: 1}
    - drug: Risperidone (added to sertraline)
      kind: augmentation
      dose: 0.5 to 1 mg daily
      start: 2026-09-21
      end: 2026-10-09
      outcome: Stopped after under three weeks for akathisia; not an adequate trial
      adequate: false
    - drug: Hydroxyzine
      kind: other
      dose: 25 mg at bedtime as needed
      start: 2026-06
      end: 2026-11
      outcome: For sleep and anxiety; not an antidepressant trial
      adequate: false
    - drug: Family-based therapy
      kind: psychotherapy
      dose: 10 weekly sessions
      sessions: 10
      start: 2026-06
      end: 2026-09
      outcome: Stopped when he could no longer attend
      response: none
impact:
  hospitalizations: Inpatient at Allegheny Ridge Children's Hospital since November 18, 2026
  work: Has missed school since October 2026
record_dates:
  - {file: clinical/second-opinion-2026-11-27.txt, date: 2026-11-27}
  - {file: clinical/inpatient-psychiatry-notes-2026-11.txt, date: 2026-11-24}
bates_prefix: REINHOLTACHEBE
template: expedited-appeal
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-adverse-benefit-determination-2026-11-25.txt": """
KESTREL KIDS CHIP PLAN (FICTIONAL) - Pennsylvania Children's Health Insurance Program
NOTICE OF ADVERSE BENEFIT DETERMINATION                              November 25, 2026

To the parent or guardian of: TOBIAS REINHOLT-ACHEBE     Member ID: KKC-FICT-40022871-02
Reference: KKC-UM-2026-112517     Requested by: Allegheny Ridge Children's Hospital, Dr. O. Szabo-Mwangi
Service: Electroconvulsive therapy (90870), 12 treatments, inpatient     Request received: 11/23/2026

What we decided: DENIED.
Why: The request for electroconvulsive therapy (ECT), 12 treatments, is denied as not medically necessary. Our
criteria for ECT in members under 18 (BH-ECT-Y, item 4) require an independent second opinion from a child and
adolescent psychiatrist not involved in the member's care. This was not documented in the records we received.
Reviewed by: Dr. Colm Ashgrove, Medical Director (board certified, family medicine).

Your right to appeal: You have 60 days from the date of this letter to ask us for an appeal. If waiting 30 days
could seriously harm your child's health, ask for a fast (expedited) appeal; we will decide within 72 hours.
After our appeal decision you may ask for an external review by the state (CHIP). This is a CHIP plan; Medicaid
fair hearing rules do not apply.
""",
    "clinical/inpatient-psychiatry-notes-2026-11.txt": """
ALLEGHENY RIDGE CHILDREN'S HOSPITAL (FICTIONAL) - INPATIENT PSYCHIATRY, summary of notes 11/18-11/24/2026
Pt: Reinholt-Achebe, Tobias   DOB 05/03/2010 (16 y)   Attending: O. Szabo-Mwangi, MD

Dx: MDD, single episode, severe, with psychotic features (F32.3): nihilistic delusions ("my insides are rotting").
Onset May 2026. Outpatient: fluoxetine 20 -> 40 mg 06/01-08/03/26 (no response, 9 wks); sertraline 100 -> 150
mg 08/10-10/05/26 (no response, 8 wks); risperidone 0.5-1 mg added 09/21, stopped 10/09 for akathisia (<3 wks).
Hydroxyzine 25 mg hs prn Jun-Nov for sleep/anxiety. Family-based therapy 10 sessions Jun-Sep.
History: 2024 (age 14) ingestion of 10 ibuprofen after a breakup, medically cleared, brief counseling; no
attempts since. Current: denies SI, no self-harm (11/24). Not catatonic (BFCRS 2).
Admitted 11/18: wt 57.4 kg. 11/24: wt 51.3 kg, eating <25% of meals, refusing fluids at times; IV fluids x2.
CDRS-R 82. Mother's written consent and Tobias's assent for ECT signed 11/23/2026.
Plan: RUL ultrabrief ECT 3x/wk, up to 12; anesthesia consulted, cleared. PA request faxed 11/23.
Note: second-opinion consult requested 11/24 from Dr. Lindqvist-Amadi (outside hospital).
""",
    "clinical/second-opinion-2026-11-27.txt": """
LAKE ERIE PEDIATRIC BEHAVIORAL INSTITUTE (FICTIONAL) - INDEPENDENT SECOND OPINION        11/27/2026
Patient: Tobias Reinholt-Achebe, 16          Requested by: Dr. O. Szabo-Mwangi (not my patient before today)
I, Beatrix Lindqvist-Amadi, MD, board-certified child and adolescent psychiatrist, have no role in this
patient's care. I examined him in person on 11/27/2026 and reviewed his records.
Opinion: severe major depression with psychotic features, failed two adequate SSRI trials, progressive weight
loss with food and fluid refusal. I agree that ECT is indicated and that it should not be delayed.
""",
    "other/kestrel-bh-ect-y-criteria.txt": """
KESTREL KIDS CHIP PLAN (FICTIONAL) - BEHAVIORAL HEALTH CRITERIA BH-ECT-Y: ECT FOR MEMBERS UNDER 18
ECT is medically necessary for a member under 18 when all are met: (1) severe major depressive disorder, with or
without psychotic features, or catatonia; (2) failure of at least two adequate medication trials, or a
life-threatening condition (such as refusal of food or fluids) that does not allow time for them; (3) informed
consent of the parent or guardian and assent of the member; (4) an independent second opinion by a child and
adolescent psychiatrist not involved in the member's care, agreeing that ECT is indicated.
""",
}

TRUTH = """
# 04 - Separate CHIP plan: ECT for a 16-year-old inpatient denied for a missing second opinion; mother appeals, expedited (FICTIONAL)

All people, plans, numbers and addresses are invented. This truth file is FICTIONAL.

## What is true
- Tobias Reinholt-Achebe, 16, in a **separate CHIP** managed-care plan (`chip`, `managed_care`) in Pennsylvania.
  Inpatient since 2026-11-18 with **psychotic depression**, losing weight (57.4 -> 51.3 kg), refusing food/fluids.
- ECT (12 treatments, 90870) denied pre-service on **2026-11-25** for criterion BH-ECT-Y **item 4 only** (second
  opinion "not documented"). The reviewer is a **family medicine** physician.
- The **independent second opinion was done on 2026-11-27**, after the notice: the reviewer never saw it. Items 1-3
  were not disputed and are met.
- Rule: CHIP plan appeal (42 CFR 457.1260 applying 438.402(c)(2)(ii)): 60 days -> **2027-01-24**; expedited
  resolution within 72 hours (457.1260 applying 438.408(b)(3) / 438.410). Next level: the state's external review
  (42 CFR 457.1130(b)); **no state fair hearing**, **no EPSDT**, **no continued benefits** (438.420 does not apply
  to CHIP; nothing was authorized anyway).
- The mother (parent of a minor) writes; no authorization needed. She writes about "Tobias", not "I".

## Deliberately unknown
- The ECT start date (not scheduled until authorized). How many of the 12 treatments he will need.
- Whether Pennsylvania's minor-consent law would add anything (not in the record; a letter should not invent it).

## Traps
- **2024 ibuprofen ingestion** is history in an earlier period: current note "denies SI" (`suicidality: none`). No
  suicide-risk paragraph, no "recent suicide attempt".
- **Risperidone** <3 weeks, stopped for akathisia: not an adequate trial. **Hydroxyzine** = sleep/anxiety.
  **Family therapy** = psychotherapy. The two adequate failures are fluoxetine and sertraline.
- **Not catatonic** (BFCRS 2): don't argue catatonia.
- The reviewer's specialty is family medicine: the letter may say the reviewer is not a psychiatrist.
- CHIP is not Medicaid: never EPSDT (42 USC 1396d(r)(5)), never "fair hearing", never 438.420 continuation.
- Urgency must come from the urgency fields (weight loss, fluid refusal), certified by the attending.

## Arguments a strong letter makes
1. The one unmet item is now met: the independent second opinion (2026-11-27, Exhibit) agrees ECT is indicated and
   should not be delayed; the record post-dates the denial and must be weighed.
2. Every BH-ECT-Y item is met, point by point (items 1-3 as well), with exhibits.
3. Decide within 72 hours (expedited; the attending certifies the risk); a child and adolescent psychiatrist
   should decide the appeal.

## What a letter must NOT say
- "EPSDT", "1396d(r)", "fair hearing", "continue services during the appeal", "438.420", ERISA, "Medicaid".
- "suicide attempt" as current, "active suicidal ideation", "catatonia", "three failed medications",
  "risperidone failed", "the plan named no criteria".
"""

CHECKS = [
    ("denial/notice-of-adverse-benefit-determination-2026-11-25.txt", "This was not documented in the records we received"),
    ("denial/notice-of-adverse-benefit-determination-2026-11-25.txt", "You have 60 days from the date of this letter to ask us for an appeal"),
    ("denial/notice-of-adverse-benefit-determination-2026-11-25.txt", "(board certified, family medicine)"),
    ("clinical/second-opinion-2026-11-27.txt", "I agree that ECT is indicated and that it should not be delayed"),
    ("clinical/second-opinion-2026-11-27.txt", "have no role in this patient's care"),
    ("clinical/inpatient-psychiatry-notes-2026-11.txt", "11/24: wt 51.3 kg"),
    ("clinical/inpatient-psychiatry-notes-2026-11.txt", "Current: denies SI, no self-harm (11/24)"),
    ("clinical/inpatient-psychiatry-notes-2026-11.txt", "2024 (age 14) ingestion of 10 ibuprofen"),
    ("clinical/inpatient-psychiatry-notes-2026-11.txt", "stopped 10/09 for akathisia (<3 wks)"),
    ("clinical/inpatient-psychiatry-notes-2026-11.txt", "Not catatonic (BFCRS 2)"),
    ("clinical/inpatient-psychiatry-notes-2026-11.txt", "Mother's written consent and Tobias's assent for ECT signed 11/23/2026"),
]

CASE = {"slug": SLUG, "yaml": YAML, "docs": DOCS, "truth": TRUTH, "checks": CHECKS}
