"""Set 55, case 01 (FICTIONAL): Medicare Advantage HMO, IV ketamine for CRPS denied as experimental under an internal
policy while the plan's own 2026 Evidence of Coverage lists the infusions as a benefit; patient writes."""

SLUG = "01-ma-hmo-ketamine-crps-experimental-eoc-benefit-chart-lists-it-reconsideration-patient"

CASE_YAML = """
# FICTIONAL CASE (set 55, case 01) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Idaho. Marisol Tennant-Ruiz, 69, has CRPS I of the right lower limb. Her pain physician asked
# for 5 outpatient IV ketamine infusions; the plan denied them as experimental under its internal Clinical Policy
# PAIN-KET-2. The plan's own 2026 Evidence of Coverage lists ketamine infusion therapy for CRPS in its Medical Benefits
# Chart, and says the EOC governs where a clinical policy differs. She asks for reconsideration herself.
patient:
  name: Marisol Tennant-Ruiz
  salutation: Ms. Tennant-Ruiz
  date_of_birth: 1957-03-09
  member_id: FICT-GVA-40771823
  address: |-
    2217 Larkspur Lane
    Boise, ID 83704
  phone: (208) 555-0117
  email: marisol.tr@mail.example
insurer:
  name: Gem Valley Senior Advantage HMO (FICTIONAL)
  appeals_address: |-
    Gem Valley Health Plans - Medicare Appeals and Grievances (FICTIONAL)
    PO Box 60418
    Boise, ID 83707
  fax: (208) 555-0141
claim:
  number: OD-26-1120-33571
  plan_type: medicare_advantage
  notice_date: 2026-11-20
  appeal_deadline: 2027-01-24
  deadline_basis: >-
    Notice of denial of medical coverage of 11/20/2026: "You must ask for an appeal within 65 calendar days of the
    date of this notice."
  service_dates: [2026-12-14, 2026-12-18]
  sessions: 5
  pending_services: 5
  setting: outpatient
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [G90.521]
  denial_reason: >-
    Ketamine infusion for chronic pain is considered experimental and investigational under Clinical Policy
    PAIN-KET-2, Section 3. The request is not approved.
  denial_category: experimental_investigational
  denial_reasons: [experimental_investigational]
  action: none
  reviewer:
    name: Leland Marsh, MD
    specialty: Family Medicine
  corrections:
    - said: "Diagnosis on request: M54.50 (low back pain, unspecified)"
      record: >-
        The request and the pain clinic's note of 10/28/2026 give G90.521, complex regional pain syndrome I of the
        right lower limb; no low back pain diagnosis appears in her record.
      file: clinical/pain-clinic-note-2026-10-28.txt
      page: 1
plan_policy:
  name: Gem Valley Health Plans Clinical Policy PAIN-KET-2, Ketamine Infusion Therapy
  number: PAIN-KET-2
  quote: >-
    Section 3. Intravenous ketamine for chronic pain conditions, including complex regional pain syndrome, is
    considered experimental and investigational because the evidence is insufficient to determine its effect on
    health outcomes.
  file: other/clinical-policy-pain-ket-2-excerpt.txt
  listed:
    name: Gem Valley Senior Advantage HMO 2026 Evidence of Coverage, Chapter 4, Medical Benefits Chart
    entry: >-
      Ketamine infusion therapy for complex regional pain syndrome (CRPS) that has not responded adequately to at
      least two medicines and to a sympathetic nerve block. Prior authorization required. You pay a $40 copay for
      each infusion day.
    file: other/evidence-of-coverage-2026-chapter-4-excerpt.txt
    page: 1
    as: a covered outpatient benefit of the plan, given with prior authorization
  precedence:
    name: 2026 Evidence of Coverage, Chapter 1, Section 1.3
    quote: >-
      This Evidence of Coverage is part of our contract with you. Our clinical policies help us apply it; where a
      clinical policy and this Evidence of Coverage differ, this Evidence of Coverage governs.
    file: other/evidence-of-coverage-2026-chapter-1-excerpt.txt
    page: 1
    governs: the 2026 Evidence of Coverage
    over: Clinical Policy PAIN-KET-2
    ground: the evidence is insufficient to determine its effect on health outcomes
payer_criteria:
  - criterion: Complex regional pain syndrome (CRPS)
    how_met: CRPS I of the right lower limb (G90.521), Budapest criteria met on examination 10/28/2026
    met: true
    evidence: {file: clinical/pain-clinic-note-2026-10-28.txt, page: 1}
  - criterion: Has not responded adequately to at least two medicines
    how_met: >-
      Gabapentin 600 mg three times daily for 16 weeks without benefit; duloxetine 60 mg daily since January 2026
      with a partial response only (continued); pregabalin stopped after 3 weeks for dizziness and a fall
    met: true
    evidence: {file: clinical/pain-clinic-note-2026-10-28.txt, page: 1}
  - criterion: Has not responded adequately to a sympathetic nerve block
    how_met: Two lumbar sympathetic blocks (03/12/2026, 05/07/2026), each with relief lasting 2 to 3 days only
    met: true
    evidence: {file: clinical/sympathetic-block-reports-2026.txt, page: 1}
treatment:
  name: Outpatient intravenous ketamine infusions for CRPS, 5 infusion days (96365, 96366, J3490)
  summary: >-
    Five 4-hour low-dose ketamine infusions for CRPS I of the right lower limb that has not responded adequately to
    gabapentin, duloxetine or two sympathetic blocks.
  plan: >-
    Ketamine 0.35 mg/kg per hour, raised as tolerated to at most 0.5 mg/kg per hour, over 4 hours on 5 days within
    two weeks; stop if average pain has not fallen by at least 30% after the fifth day.
  setting: Treasure Valley Pain & Infusion Center, an outpatient infusion suite staffed for airway care
  monitoring: Continuous pulse oximetry and ECG, blood pressure every 15 minutes, 60 minutes of recovery monitoring
clinical:
  severity: Average pain NRS 8/10, allodynia and color change of the right foot and ankle (10/28/2026)
  severity_date: 2026-10-28
  suicidality: none
  suicidality_date: 2026-10-28
  treating_since: 2025-06
  exclusions: No psychosis, no uncontrolled hypertension (BP 128/76), no substance use disorder, no liver disease
  history:
    - drug: Gabapentin
      dose: 600 mg three times daily
      start: 2025-06
      end: 2025-10
      weeks: 16
      kind: other
      adequate: true
      failed: true
      response: none
      outcome: No benefit after 16 weeks at 1,800 mg a day; stopped
      evidence: {file: clinical/pain-clinic-note-2026-10-28.txt, page: 1}
    - drug: Pregabalin
      dose: 75 mg twice daily
      start: 2025-11-03
      end: 2025-11-24
      weeks: 3
      kind: other
      adequate: false
      outcome: Stopped after 3 weeks for dizziness with a fall on 11/22/2025 (intolerance)
      evidence: {file: clinical/pain-clinic-note-2026-10-28.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2026-01
      ongoing: true
      adequate: true
      response: partial
      outcome: Partial response (NRS 9 to 8); continued
      evidence: {file: clinical/pain-clinic-note-2026-10-28.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 mg at bedtime for sleep
      start: 2026-02
      ongoing: true
      kind: other
      outcome: Sleep dose only; not a trial
      evidence: {file: clinical/pain-clinic-note-2026-10-28.txt, page: 1}
    - drug: Lumbar sympathetic blocks (2)
      dose: right L2-L3, 03/12/2026 and 05/07/2026
      start: 2026-03-12
      end: 2026-05-07
      kind: other
      response: partial
      failed: true
      outcome: About 60% relief lasting 2 to 3 days after each block
      evidence: {file: clinical/sympathetic-block-reports-2026.txt, page: 1}
    - drug: Physical therapy (desensitization, graded motor imagery)
      dose: 18 visits
      start: 2025-07
      end: 2025-10
      kind: other
      failed: false
      outcome: Some benefit; home exercise program continues
      evidence: {file: clinical/pain-clinic-note-2026-10-28.txt, page: 1}
impact:
  daily_life: >-
    She cannot wear a shoe on the right foot, walks with a cane, and stopped driving in 2026 because she cannot press
    the pedals.
alternatives:
  - treatment: Spinal cord stimulation
    why_not: Her physician has not recommended it before an infusion trial; no plan term requires it
author:
  name: Marisol Tennant-Ruiz
  relation: patient
  address: |-
    2217 Larkspur Lane
    Boise, ID 83704
  phone: (208) 555-0117
  email: marisol.tr@mail.example
provider:
  name: Anand Petrosyan, MD
  credentials: MD, anesthesiology and pain medicine
  npi: "1673902445"
  address: |-
    Treasure Valley Pain & Infusion Center (FICTIONAL), 880 Orchard Crossing, Suite 210
    Boise, ID 83705
  phone: (208) 555-0129
record_dates:
  - file: clinical/pain-clinic-note-2026-10-28.txt
    date: 2026-10-28
  - file: clinical/sympathetic-block-reports-2026.txt
    date: 2026-05-07
copies: [prescriber]
bates_prefix: TENNANTRUIZ
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt": """
GEM VALLEY SENIOR ADVANTAGE HMO (FICTIONAL) - NOTICE OF DENIAL OF MEDICAL COVERAGE     Date: 11/20/2026
Member: Marisol Tennant-Ruiz   Member ID FICT-GVA-40771823   DOB 03/09/1957
Reference: OD-26-1120-33571   Requested by: Anand Petrosyan, MD, Treasure Valley Pain & Infusion Center
Requested service: outpatient ketamine infusion, 5 days (96365, 96366, J3490)
Diagnosis on request: M54.50 (low back pain, unspecified)

We have denied the medical care you requested. Ketamine infusion for chronic pain is considered experimental and
investigational under Clinical Policy PAIN-KET-2, Section 3. The request is not approved.
This decision was made by Leland Marsh, MD (Family Medicine).

Your right to appeal: You must ask for an appeal within 65 calendar days of the date of this notice. Send it to
Medicare Appeals and Grievances, PO Box 60418, Boise, ID 83707, or fax (208) 555-0141. If your doctor says waiting
could seriously harm your health, ask for a fast appeal.
This notice is FICTIONAL.
""",
    "other/clinical-policy-pain-ket-2-excerpt.txt": """
GEM VALLEY HEALTH PLANS (FICTIONAL) - CLINICAL POLICY PAIN-KET-2, KETAMINE INFUSION THERAPY   Reviewed 02/2026
Section 3. Intravenous ketamine for chronic pain conditions, including complex regional pain syndrome, is
considered experimental and investigational because the evidence is insufficient to determine its effect on
health outcomes.
Section 4. Clinical policies are used to apply the member's benefit documents and do not change them.
FICTIONAL policy excerpt.
""",
    "other/evidence-of-coverage-2026-chapter-4-excerpt.txt": """
GEM VALLEY SENIOR ADVANTAGE HMO (FICTIONAL) - 2026 EVIDENCE OF COVERAGE
Chapter 4. Medical Benefits Chart (what is covered and what you pay) - page 4-31

Services that are covered for you                                   What you must pay
Infusion therapy in a doctor's office or outpatient center
  - Ketamine infusion therapy for complex regional pain syndrome    $40 copay for each infusion day
    (CRPS) that has not responded adequately to at least two
    medicines and to a sympathetic nerve block. Prior
    authorization required.

(The same row, as the chart prints it in one line: Ketamine infusion therapy for complex regional pain syndrome (CRPS)
that has not responded adequately to at least two medicines and to a sympathetic nerve block. Prior authorization
required. You pay a $40 copay for each infusion day.)
FICTIONAL excerpt of an invented plan document.
""",
    "other/evidence-of-coverage-2026-chapter-1-excerpt.txt": """
GEM VALLEY SENIOR ADVANTAGE HMO (FICTIONAL) - 2026 EVIDENCE OF COVERAGE
Chapter 1, Section 1.3 - Legal information about the Evidence of Coverage - page 1-4
This Evidence of Coverage is part of our contract with you. Our clinical policies help us apply it; where a
clinical policy and this Evidence of Coverage differ, this Evidence of Coverage governs.
This document is in effect from January 1, 2026 through December 31, 2026.
FICTIONAL excerpt of an invented plan document.
""",
    "other/evidence-of-coverage-2025-chapter-4-excerpt-stale.txt": """
GEM VALLEY SENIOR ADVANTAGE HMO (FICTIONAL) - 2025 EVIDENCE OF COVERAGE (in effect January 1 - December 31, 2025)
Chapter 4. Medical Benefits Chart - page 4-29
Infusion therapy in a doctor's office or outpatient center: drugs covered under Medicare Part B. $20 copay.
(The 2025 chart has no row for ketamine infusion therapy.)
Kept in the member's folder from last year. FICTIONAL.
""",
    "clinical/pain-clinic-note-2026-10-28.txt": """
TREASURE VALLEY PAIN & INFUSION CENTER (FICTIONAL) - FOLLOW-UP NOTE                     Date: 10/28/2026
Patient: Marisol Tennant-Ruiz   DOB 03/09/1957   Physician: Anand Petrosyan, MD
Diagnosis: G90.521 complex regional pain syndrome I of the right lower limb (after a right ankle fracture,
02/2025). Budapest criteria met today: allodynia, color and temperature change, edema of the right foot and ankle.
No low back pain.
Pain: average NRS 8/10. Walks with a cane; cannot wear a shoe on the right foot; stopped driving in 2026.
Medicines tried:
- Gabapentin 600 mg three times daily, 06/2025-10/2025 (16 weeks): no benefit; stopped.
- Pregabalin 75 mg twice daily, 11/03/2025-11/24/2025: stopped after 3 weeks for dizziness; she fell on 11/22/2025.
- Duloxetine 60 mg daily since 01/2026: partial response (NRS 9 to 8). She continues duloxetine 60 mg daily.
- Amitriptyline 10 mg at bedtime for sleep since 02/2026 (not a pain trial at this dose).
Other: physical therapy 18 visits 07/2025-10/2025 (desensitization, graded motor imagery), some benefit, home
program continues. Lumbar sympathetic blocks 03/12/2026 and 05/07/2026: about 60% relief for 2 to 3 days each.
Mood: PHQ-9 9; no suicidal ideation. BP 128/76. No psychosis, no substance use disorder, no liver disease.
Plan: outpatient ketamine infusions, 0.35 mg/kg per hour up to 0.5 mg/kg per hour over 4 hours, 5 days within two
weeks; stop if pain is not at least 30% lower after day 5. Prior authorization requested today.
FICTIONAL record.
""",
    "clinical/sympathetic-block-reports-2026.txt": """
TREASURE VALLEY PAIN & INFUSION CENTER (FICTIONAL) - PROCEDURE REPORTS
Patient: Marisol Tennant-Ruiz   DOB 03/09/1957
03/12/2026 - Right lumbar sympathetic block, L2-L3, fluoroscopic guidance. Foot temperature rose 2.4 C. Pain NRS 8
to 3. Follow-up call: relief lasted about 3 days.
05/07/2026 - Repeat right lumbar sympathetic block, L2-L3. Pain NRS 8 to 3. Relief lasted about 2 days.
Assessment: short-lived relief only; repeat blocks not planned.
FICTIONAL record.
""",
    "other/infusion-center-schedule-week-2026-12-14.txt": """
TREASURE VALLEY PAIN & INFUSION CENTER (FICTIONAL) - TENTATIVE INFUSION SCHEDULE, WEEK OF 12/14/2026
Chair 2, 8:00 am: M. Tennant-Ruiz - ketamine, CRPS, day 1 of 5 (pending authorization)
Chair 3, 8:30 am: R. Okonjo - ketamine, M54.50 chronic low back pain, maintenance (another patient; not part of this
appeal)
FICTIONAL schedule.
""",
}

TRUTH = """# 01 - Medicare Advantage HMO: IV ketamine for CRPS denied as experimental, listed in the plan's own 2026 EOC; reconsideration by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marisol Tennant-Ruiz, 69 (DOB 03/09/1957), in **Gem Valley Senior Advantage HMO** (Medicare Advantage, Idaho), has
  **CRPS I of the right lower limb (G90.521)**. Her pain physician asked on 10/28/2026 for **5 outpatient ketamine
  infusion days** (96365, 96366, J3490), scheduled for 12/14/2026-12/18/2026: pre-service, nothing given yet.
- The **11/20/2026** notice (OD-26-1120-33571) denied them as **experimental and investigational under internal
  Clinical Policy PAIN-KET-2, Section 3**; decided by a family physician. It prints the wrong diagnosis ("M54.50
  low back pain"); the request and record say G90.521.
- The plan's own **2026 Evidence of Coverage, Chapter 4 (Medical Benefits Chart, p. 4-31)** lists "Ketamine infusion
  therapy for complex regional pain syndrome (CRPS) that has not responded adequately to at least two medicines and
  to a sympathetic nerve block. Prior authorization required", $40 a day. **Chapter 1, Section 1.3**: where a
  clinical policy and the EOC differ, the EOC governs. PAIN-KET-2's own Section 4 says policies do not change benefit
  documents. The EOC row's three conditions are met: CRPS (Budapest criteria 10/28/2026); gabapentin 16 weeks without
  benefit and duloxetine with a partial response only; two sympathetic blocks with 2-3 days of relief.
- **Rule and stage:** Medicare Advantage standard pre-service reconsideration, 42 CFR 422.578-422.590; **65 days from
  the notice: by 01/24/2027** (422.582(b)); a Part B drug reconsideration is decided within 7 calendar days
  (422.590(c)); an upheld denial goes to the independent review entity automatically (422.592). An MA plan's
  internal criteria are limited by 42 CFR 422.101(b)(6); the plan's own EOC is the contract term here.
- **Author:** the patient, writing as "I".

## Deliberately unknown
- Whether Medicare has a national or local coverage determination for ketamine infusion for CRPS: the case holds
  none; a letter must not name an NCD or LCD.
- Whether PAIN-KET-2 is publicly posted, and what evidence the plan relied on: unknown; a letter may ask.
- Why the notice printed M54.50: unknown (the schedule shows another patient with that code; a letter must not
  guess that the plan confused them).
- Whether the infusions will help: unknown; no response may be claimed.

## Traps
- **The plan's own document grants the care:** the EOC benefit chart row, not a medical argument, is the winning
  point; the letter must not argue that ketamine is proven for CRPS as if the plan's own contract were silent.
- **Stale document:** the 2025 EOC excerpt has no ketamine row; the request, the decision and the planned dates
  (12/14-12/18/2026) all fall under the 2026 EOC. A letter must not quote the 2025 chart or say the plan "added" the
  row (the case does not show when it came in).
- **Other person on a document:** R. Okonjo on the infusion schedule (M54.50, maintenance) is another patient.
- **Drug still taken:** duloxetine 60 mg continues (partial response): never "failed" or "stopped".
- **Intolerance:** pregabalin was stopped after 3 weeks for dizziness and a fall: an intolerance, not an adequate
  trial.
- **Sleep dose:** amitriptyline 10 mg at bedtime is for sleep, not a tricyclic trial.
- **Physical therapy** gave some benefit and its home program continues: never a failed treatment.
- **A decision's wrong statement:** the diagnosis M54.50 on the notice; the record says G90.521.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no state external review, no MHPAEA (parity does not apply to
  Medicare); no state insurance department as the next level.
- **Voice:** she signs; "I", "my foot", never "Ms. Tennant-Ruiz has failed ...".

## Arguments a strong letter makes (strongest first)
1. The plan's own 2026 Evidence of Coverage (Chapter 4, p. 4-31) lists ketamine infusion therapy for CRPS as a
   covered benefit with prior authorization, and Chapter 1, Section 1.3 makes the EOC govern over a clinical policy;
   PAIN-KET-2's "experimental" ground is not a term of the EOC. Decide the request under the EOC row.
2. Each of the row's conditions is met, with its exhibit: CRPS (G90.521, Budapest criteria); gabapentin 16 weeks
   without benefit and duloxetine with a partial response; two sympathetic blocks with 2-3 days of relief.
3. Correct the notice's diagnosis (M54.50): the request and record say G90.521.
4. An MA plan's internal criteria are limited by 42 CFR 422.101(b)(6); ask which evidence PAIN-KET-2 rests on.
5. Ask for a reviewer in pain medicine (the decision was a family physician's), a decision within 7 days (Part B
   drug), and automatic forwarding to the independent review entity if upheld.

## What a letter must NOT say
- "failed duloxetine", "stopped duloxetine"; pregabalin as an adequate trial; amitriptyline as a trial; "failed
  physical therapy".
- "Okonjo"; "low back pain" as her diagnosis; any NCD or LCD number.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA" or "parity", "external review" by a state.
- "the 2025 Evidence of Coverage" as governing; "the infusions relieved her pain".
- "Ms. Tennant-Ruiz has ..." in her own signed letter (she writes "I").
"""

ANSWERS = [
    ("Date of the notice", "Date: 11/20/2026", "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt"),
    ("Policy the denial applied", "Clinical Policy PAIN-KET-2, Section 3",
     "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt"),
    ("Diagnosis the notice prints wrongly", "M54.50 (low back pain, unspecified)",
     "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt"),
    ("Reviewer's specialty", "Leland Marsh, MD (Family Medicine)",
     "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt"),
    ("Appeal window the notice gives", "within 65 calendar days of the date of this notice",
     "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt"),
    ("The plan's own benefit row for the care",
     "Ketamine infusion therapy for complex regional pain syndrome (CRPS) that has not responded adequately to at "
     "least two medicines and to a sympathetic nerve block. Prior authorization required.",
     "other/evidence-of-coverage-2026-chapter-4-excerpt.txt"),
    ("Cost share for the care", "$40 copay for each infusion day", "other/evidence-of-coverage-2026-chapter-4-excerpt.txt"),
    ("Which document governs", "where a clinical policy and this Evidence of Coverage differ, this Evidence of Coverage governs",
     "other/evidence-of-coverage-2026-chapter-1-excerpt.txt"),
    ("What the policy itself says of benefit documents", "do not change them", "other/clinical-policy-pain-ket-2-excerpt.txt"),
    ("Her diagnosis", "G90.521 complex regional pain syndrome I of the right lower limb",
     "clinical/pain-clinic-note-2026-10-28.txt"),
    ("Why pregabalin was stopped", "stopped after 3 weeks for dizziness", "clinical/pain-clinic-note-2026-10-28.txt"),
    ("Is duloxetine still taken", "She continues duloxetine 60 mg daily", "clinical/pain-clinic-note-2026-10-28.txt"),
    ("What amitriptyline is for", "Amitriptyline 10 mg at bedtime for sleep", "clinical/pain-clinic-note-2026-10-28.txt"),
    ("Date of the second sympathetic block", "05/07/2026", "clinical/sympathetic-block-reports-2026.txt"),
    ("Who else is on the infusion schedule (not part of the appeal)", "R. Okonjo",
     "other/infusion-center-schedule-week-2026-12-14.txt"),
    ("Last day to ask for reconsideration", "by 01/24/2027", "truth"),
]
