# FICTIONAL case data, letters set 38, case 07. Every person, plan, provider, number and address is invented.
SLUG = "07-medicaid-mco-crps-sympathetic-blocks-relief-read-from-2025-block-state-fair-hearing-partner"

CASE_YAML = r"""
# FICTIONAL CASE (set 38, case 07) - every person, plan, provider, number and address is invented.
# Medicaid managed care, adult aged 37. Soraya Blackwood-Mensah has CRPS of the right leg. A lumbar sympathetic block
# on 08/12/2026 gave 62% relief for 18 days. The plan denied blocks 2 and 3 of the series ("20% relief after the
# prior block"); its notice of resolution of 10/28/2026 upheld, saying the 08/12/2026 block gave 20% relief - a
# figure from a technically unsuccessful 11/2025 block at another clinic. Her domestic partner, her authorized
# representative, asks for a state fair hearing.
patient:
  name: Soraya Blackwood-Mensah
  salutation: Ms. Blackwood-Mensah
  date_of_birth: 1989-01-19
  member_id: FICT-BCH-88301946
  address: |-
    3312 Magnolia Bend
    Baton Rouge, LA 70808
  phone: (225) 555-0117
insurer:
  name: Bayou Crescent Health Plan, a Medicaid managed care plan (FICTIONAL)
  appeals_address: |-
    Bayou Crescent Health Plan - Member Appeals (FICTIONAL)
    PO Box 91502
    Baton Rouge, LA 70821
  fax: (225) 555-0169
claim:
  number: BCH-PA-26-0828-55019
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-09-04
  pending_services: 2
  setting: outpatient
  procedure_codes: [64520]
  diagnosis_codes: [G90.521]
  denial_reason: >-
    Repeat lumbar sympathetic blocks are not medically necessary. Policy PM-SB-2 criterion 3 requires at least 50%
    pain relief, lasting at least as long as the local anesthetic, after the prior block. The records show 20% relief.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
decisions:
  - date: 2026-10-28
    outcome: denied
    stage: plan appeal (notice of resolution)
    opens: state fair hearing
    next_deadline: 2027-02-25
    reason: >-
      The 08/12/2026 block gave 20% relief (pain 8/10 to 6.5/10). Criterion 3 of PM-SB-2 is not met. The denial of
      blocks 2 and 3 is upheld.
    corrections:
      - said: The 08/12/2026 block gave 20% relief (pain 8/10 to 6.5/10).
        record: >-
          The 08/12/2026 procedure note and her pain diary show pain 8/10 before the block and 3/10 from that evening
          for 18 days (62% relief), with a skin temperature rise of 2.4 degrees C in the right foot; the 20% figure
          (8 to 6.5) is from a block on 11/14/2025 at another clinic, whose note records no temperature rise.
        file: clinical/sympathetic-block-procedure-note-2026-08-12.txt
        page: 1
external_review:
  agency: State fair hearing office, Health Hearings Section (FICTIONAL name and address, as printed in the notice of resolution)
  address: |-
    Health Hearings Section (FICTIONAL)
    PO Box 40017
    Baton Rouge, LA 70835
  final_denial_date: 2026-10-28
plan_policy:
  name: Bayou Crescent Health Plan clinical policy PM-SB-2 (sympathetic nerve blocks)
  number: PM-SB-2
  quote: >-
    A series of up to three lumbar sympathetic blocks in six months is medically necessary for complex regional pain
    syndrome when: 1. the diagnosis meets the Budapest criteria; 2. the member takes part in physical therapy or a
    functional restoration program; 3. after the prior block, pain relief was at least 50% and lasted at least as
    long as the local anesthetic; 4. no more than three blocks are given in six months.
  file: other/policy-pm-sb-2-sympathetic-blocks.txt
payer_criteria:
  - criterion: "1. the diagnosis meets the Budapest criteria"
    how_met: CRPS type I of the right lower limb, Budapest criteria documented (symptoms and signs in all four categories)
    met: true
    evidence: {file: clinical/pain-clinic-note-2026-08-26.txt, page: 1}
  - criterion: "2. the member takes part in physical therapy or a functional restoration program"
    how_met: Physical therapy twice a week since 04/2025, continuing, timed after each block
    met: true
    evidence: {file: clinical/pain-clinic-note-2026-08-26.txt, page: 1}
  - criterion: "3. after the prior block, pain relief was at least 50% and lasted at least as long as the local anesthetic"
    how_met: 08/12/2026 block - pain 8/10 to 3/10 (62%) for 18 days, far longer than the bupivacaine's hours; temperature rise 2.4 degrees C
    met: true
    evidence: [{file: clinical/sympathetic-block-procedure-note-2026-08-12.txt, page: 1}, {file: clinical/pain-diary-2026-08-12-to-09-01.txt, page: 1}]
  - criterion: "4. no more than three blocks are given in six months"
    how_met: Blocks 2 and 3 would be the second and third since 08/12/2026
    met: true
    evidence: {file: clinical/pain-clinic-note-2026-08-26.txt, page: 1}
treatment:
  name: Lumbar sympathetic blocks 2 and 3 of a series (64520), right side
  summary: >-
    Two more right lumbar sympathetic blocks, each followed by physical therapy, after the first block of the series
    gave 62% relief for 18 days.
  plan: >-
    Right L3 lumbar sympathetic block with bupivacaine under fluoroscopy, two more blocks about three weeks apart,
    each followed within 48 hours by physical therapy; stop the series if relief is under 50%.
  alongside: duloxetine 60 mg daily
clinical:
  severity: Pain 8/10 before the 08/12/2026 block; 3/10 for 18 days after; 7/10 on 10/20/2026
  severity_date: 2026-10-20
  suicidality: none
  suicidality_date: 2026-10-20
  response: Pain 8/10 to 3/10 (62%) for 18 days after the 08/12/2026 block
  response_level: response
  history:
    - drug: Physical therapy
      dose: twice a week
      start: 2025-04
      ongoing: true
      kind: other
      outcome: Continuing; progress limited by pain except after the 08/2026 block
      evidence: {file: clinical/pain-clinic-note-2026-08-26.txt, page: 1}
    - drug: Gabapentin
      dose: 1800 mg a day
      start: 2025-06
      end: 2025-10
      weeks: 16
      kind: other
      adequate: true
      failed: true
      response: none
      outcome: No benefit after 16 weeks at 1800 mg; stopped
      evidence: {file: clinical/pain-clinic-note-2026-08-26.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial benefit; continued
      evidence: {file: clinical/pain-clinic-note-2026-08-26.txt, page: 1}
    - drug: Pregabalin
      dose: 150 mg twice a day
      start: 2025-11
      end: 2025-12
      weeks: 3
      kind: other
      adequate: false
      outcome: Stopped after 3 weeks for dizziness (intolerance), not an adequate trial
      evidence: {file: clinical/pain-clinic-note-2026-08-26.txt, page: 1}
    - drug: Lumbar sympathetic block (11/14/2025, another clinic)
      dose: one block
      start: 2025-11
      end: 2025-11
      kind: other
      adequate: false
      outcome: No temperature rise recorded, so not a test of sympathetic blockade; 20% relief
      evidence: {file: clinical/outside-block-note-2025-11-14.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 mg at bedtime for sleep
      start: 2026-01
      ongoing: true
      kind: other
      outcome: Sleep dose only; not a tricyclic trial
      evidence: {file: clinical/pain-clinic-note-2026-08-26.txt, page: 1}
impact:
  work: Off work as a pharmacy technician since 05/2025 (standing not possible)
  daily_life: Uses a cane; cannot wear a shoe on the right foot most days
author:
  name: Rafferty Oyelaran-Dunn
  role: Domestic partner (authorized representative)
  relation: representative
  address: |-
    3312 Magnolia Bend
    Baton Rouge, LA 70808
  phone: (225) 555-0117
  email: rafferty.od@homemail.example
  authorization: other/authorized-representative-form-2026-09-10.txt
provider:
  name: Dr. Lucien Marchbanks
  credentials: MD, anesthesiology and pain medicine, Red Stick Pain and Rehabilitation
  npi: "1362840955"
  address: |-
    9100 Bluebonnet Boulevard, Suite 300
    Baton Rouge, LA 70810
  phone: (225) 555-0188
record_dates:
  - file: clinical/sympathetic-block-procedure-note-2026-08-12.txt
    date: 2026-08-12
  - file: clinical/pain-diary-2026-08-12-to-09-01.txt
    date: 2026-09-01
  - file: clinical/pain-clinic-note-2026-08-26.txt
    date: 2026-08-26
  - file: clinical/outside-block-note-2025-11-14.txt
    date: 2025-11-14
template: external-review-request
copies: [prescriber]
bates_prefix: BLACKWOODMENSAH
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/prior-authorization-denial-2026-09-04.txt": """
BAYOU CRESCENT HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION        Date of notice: 09/04/2026
Member: Soraya Blackwood-Mensah   ID FICT-BCH-88301946   Request BCH-PA-26-0828-55019 (received 08/28/2026)
Requested: right lumbar sympathetic blocks 2 and 3 (64520), Dr. Lucien Marchbanks.   Decision: denied.
Reason: Repeat lumbar sympathetic blocks are not medically necessary. Policy PM-SB-2 criterion 3 requires at least
50% pain relief, lasting at least as long as the local anesthetic, after the prior block. The records show 20% relief.
You may appeal to the plan within 60 days of the date of this notice.
""",
    "denial/notice-of-resolution-2026-10-28.txt": """
BAYOU CRESCENT HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION                     Date: 10/28/2026
Member: Soraya Blackwood-Mensah   Request BCH-PA-26-0828-55019   Appeal filed by Rafferty Oyelaran-Dunn
The 08/12/2026 block gave 20% relief (pain 8/10 to 6.5/10). Criterion 3 of PM-SB-2 is not met. The denial of blocks
2 and 3 is upheld.
Your right to a State Fair Hearing: you may ask for a State Fair Hearing within 120 calendar days of the date of this
notice. Write to the Health Hearings Section, PO Box 40017, Baton Rouge, LA 70835.
""",
    "other/policy-pm-sb-2-sympathetic-blocks.txt": """
BAYOU CRESCENT HEALTH PLAN (FICTIONAL) - CLINICAL POLICY PM-SB-2 SYMPATHETIC NERVE BLOCKS   Page 1 of 1
A series of up to three lumbar sympathetic blocks in six months is medically necessary for complex regional pain
syndrome when: 1. the diagnosis meets the Budapest criteria; 2. the member takes part in physical therapy or a
functional restoration program; 3. after the prior block, pain relief was at least 50% and lasted at least as long
as the local anesthetic; 4. no more than three blocks are given in six months.
""",
    "other/authorized-representative-form-2026-09-10.txt": """
BAYOU CRESCENT HEALTH PLAN (FICTIONAL) - APPOINTMENT OF AUTHORIZED REPRESENTATIVE           Signed: 09/10/2026
I, Soraya Blackwood-Mensah, appoint Rafferty Oyelaran-Dunn, my domestic partner, to act for me in my appeal and any
State Fair Hearing about request BCH-PA-26-0828-55019. Signed: Soraya Blackwood-Mensah.
""",
    "clinical/sympathetic-block-procedure-note-2026-08-12.txt": """
RED STICK PAIN AND REHABILITATION (FICTIONAL) - PROCEDURE NOTE                           Date: 08/12/2026
Patient: Soraya Blackwood-Mensah   DOB 01/19/1989   Page 1 of 1
Right L3 lumbar sympathetic block, fluoroscopic guidance, bupivacaine 0.25% 15 mL. Pain 8/10 before.
Right foot skin temperature +2.4 degrees C at 20 minutes (successful sympathetic block). Pain 3/10 at discharge.
Follow-up by pain diary; PT 08/13/2026.
""",
    "clinical/pain-diary-2026-08-12-to-09-01.txt": """
PAIN DIARY (FICTIONAL), kept by Soraya Blackwood-Mensah, reviewed by Red Stick Pain and Rehabilitation 09/02/2026
08/12 evening 3/10; 08/13-08/29 between 2/10 and 3/10 daily (18 days at 3/10 or less); 08/30 5/10; 09/01 7/10.
""",
    "clinical/pain-clinic-note-2026-08-26.txt": """
RED STICK PAIN AND REHABILITATION (FICTIONAL) - FOLLOW-UP NOTE                           Date: 08/26/2026
Patient: Soraya Blackwood-Mensah   Page 1 of 1
CRPS type I, right lower limb (G90.521) after right ankle fracture 03/2025; Budapest criteria met (symptoms and signs
in all four categories). Block 08/12/2026: 62% relief so far, PT progressing (first full weight-bearing sessions).
PT twice a week since 04/2025, continuing. Gabapentin 1800 mg/day 06-10/2025, 16 weeks, no benefit. Duloxetine 60 mg
since 06/2025, partial, continue. Pregabalin 11/2025, stopped after 3 weeks for dizziness. Amitriptyline 10 mg at
bedtime for sleep. Outside block 11/14/2025 (another clinic): no temperature rise documented.
Plan: blocks 2 and 3 of the series (no more than three in six months), PT within 48 hours of each.
""",
    "clinical/outside-block-note-2025-11-14.txt": """
GULF SOUTH INTERVENTIONAL PAIN (FICTIONAL) - PROCEDURE NOTE                              Date: 11/14/2025
Patient: Soraya Blackwood-Mensah   Page 1 of 1
Right lumbar sympathetic block. Temperature not recorded. Pain 8/10 before, 6.5/10 after (20%).
""",
    "clinical/procedure-schedule-2026-08-12.txt": """
RED STICK PAIN AND REHABILITATION (FICTIONAL) - PROCEDURE SCHEDULE                       Date: 08/12/2026
07:30 S. Blackwood-Mensah - R lumbar sympathetic block #1
08:15 H. Delacroix - cervical epidural (other patient)
09:00 M. Fontenot - genicular block (other patient)
""",
}

TRUTH = r"""
# 07 - Medicaid managed care: repeat lumbar sympathetic blocks for CRPS denied on a relief figure from an older block at another clinic; state fair hearing asked by her domestic partner (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Soraya Blackwood-Mensah, **37** (DOB 01/19/1989), Medicaid managed care, has **CRPS type I of the right leg**
  (G90.521; Budapest criteria met) after an ankle fracture in 03/2025. The first block of a series, **08/12/2026**
  (right L3, temperature +2.4 degrees C), gave **pain 8/10 -> 3/10 (62%) for 18 days** (procedure note; pain diary).
- The plan denied **blocks 2 and 3** (request BCH-PA-26-0828-55019, notice **09/04/2026**) under **PM-SB-2 criterion
  3**, "The records show 20% relief"; the **notice of resolution of 10/28/2026** upheld, saying the **08/12/2026**
  block gave 20% (8 to 6.5). That figure is from a **11/14/2025** block at another clinic with no temperature
  recorded.
- All four PM-SB-2 criteria are met (Budapest; PT twice a week; 62% for 18 days; the two blocks would make three in
  six months).
- **Rule and stage:** Medicaid managed care, 42 CFR 438.400-438.424: after the plan's notice of resolution, a **state
  fair hearing within 120 calendar days: by 02/25/2027** (438.408(f)(2)); asked of the hearing office the notice
  names, not "through" the plan. She is an adult: **no EPSDT**. A new request: nothing is being reduced or ended, so
  **no continued benefits** (438.420) apply.
- **Author:** her domestic partner, her authorized representative (form of 09/10/2026), writing about "Ms.
  Blackwood-Mensah".

## Deliberately unknown
- Why the reviewer used the 2025 note: not known (it was in the records sent); a letter may say so.
- Whether blocks 2 and 3 will give the same relief: not known; the plan asks for stopping if relief is under 50%.
- Any date for the blocks: none is scheduled; a letter must not give one.

## Traps
- **A decision's wrong statement:** "The 08/12/2026 block gave 20% relief" is the 2025 block's figure.
- **Stale / other clinic's record:** the 11/14/2025 outside block (no temperature recorded) is not the "prior block"
  of this series and is no test of sympathetic blockade; a letter must not count it as a failed block.
- **Pain medicines:** duloxetine 60 mg continues (partial; never "failed"/"stopped"); gabapentin was an adequate
  failed trial; pregabalin an intolerance (3 weeks); **amitriptyline 10 mg is a sleep dose**, not a tricyclic trial.
  PT continues (never "completed" or "failed").
- **Other people:** the procedure schedule names two other patients (Delacroix, Fontenot).
- **No suicidal ideation; no depression** diagnosis in this case: duloxetine is for pain here.
- **Wrong law:** no EPSDT (42 USC 1396d(r)(5): under 21 only); no 438.420 continued benefits; no ERISA, 45 CFR
  147.136, external review by an IRO, MHPAEA for a pain service; no "72 hours"/expedited.
- **Voice:** the partner writes about her; never "I" as the patient; never "my blocks".

## Arguments a strong letter makes (strongest first)
1. The notice of resolution's fact is wrong: the 08/12/2026 block gave 62% relief for 18 days, with a temperature
   rise showing a successful block (procedure note; pain diary); the 20% figure is from a different block at another
   clinic in 11/2025. Criterion 3 is met.
2. Every PM-SB-2 criterion is met, each with its exhibit; ask the hearing officer to order blocks 2 and 3 authorized.
3. The series is tied to physical therapy, which progressed after the first block (first full weight-bearing).

## What a letter must NOT say
- "20% relief" as the 08/12/2026 result; "the prior block failed"; "two failed blocks".
- "EPSDT", "under 21"; "continued benefits", "aid paid pending", "438.420"; "72 hours", "expedited".
- "ERISA", "45 CFR 147.136", "external review", "independent review organization", "MHPAEA".
- "failed duloxetine", "stopped duloxetine"; amitriptyline as a trial; "completed physical therapy".
- "Delacroix", "Fontenot"; "depression"; "suicidal".
- "I" as the patient; a date for blocks 2 and 3.
"""

ANSWERS = [
    ("denial/prior-authorization-denial-2026-09-04.txt", "The records show 20% relief"),
    ("denial/notice-of-resolution-2026-10-28.txt", "The 08/12/2026 block gave 20% relief (pain 8/10 to 6.5/10)"),
    ("denial/notice-of-resolution-2026-10-28.txt", "within 120 calendar days of the date of this\nnotice"),
    ("other/policy-pm-sb-2-sympathetic-blocks.txt", "pain relief was at least 50% and lasted at least as long"),
    ("clinical/sympathetic-block-procedure-note-2026-08-12.txt", "+2.4 degrees C at 20 minutes"),
    ("clinical/pain-diary-2026-08-12-to-09-01.txt", "18 days at 3/10 or less"),
    ("clinical/pain-clinic-note-2026-08-26.txt", "Budapest criteria met"),
    ("clinical/pain-clinic-note-2026-08-26.txt", "Amitriptyline 10 mg at\nbedtime for sleep"),
    ("clinical/outside-block-note-2025-11-14.txt", "Temperature not recorded. Pain 8/10 before, 6.5/10 after (20%)"),
    ("other/authorized-representative-form-2026-09-10.txt", "my domestic partner"),
    ("case.yaml", "delivery: managed_care"),
    ("case.yaml", "pending_services: 2"),
    ("truth", "fair hearing within 120 calendar days: by 02/25/2027"),
    ("truth", "**no EPSDT**"),
    ("truth", "**no continued benefits** (438.420)"),
    ("truth", "**amitriptyline 10 mg is a sleep dose**"),
]
