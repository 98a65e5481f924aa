SLUG = "self-funded-erisa-ia-chronic-pain-iprp-no-pt-no-psych-eval-said-second-level-pain-physician"

CASE_YAML = r'''
# FICTIONAL CASE (set 63, case 04) - every person, plan, program, number and address is invented.
# Self-funded employer plan (ERISA), Iowa, 2,700 employees. Curtis Amundsen, 51, chronic low back and leg pain after a
# 2022 lumbar fusion, with depression; an interdisciplinary pain rehabilitation program was denied, and the first-level
# decision said the records hold no physical therapy after 2024 and no psychological evaluation - both were faxed
# with that appeal. His pain physician writes the second-level appeal.
patient:
  name: Curtis Amundsen
  salutation: Mr. Amundsen
  date_of_birth: 1975-06-22
  member_id: FICT-PHC-20594417
  address: |-
    3318 Beaver Avenue
    Des Moines, IA 50310
  phone: (515) 555-0116
insurer:
  name: Heartland Benefit Administrators, claims administrator for the Prairie Harvest Cooperative Employee Health Plan (FICTIONAL)
  appeals_address: |-
    Heartland Benefit Administrators - Appeals Unit (FICTIONAL)
    PO Box 10455
    West Des Moines, IA 50265
  fax: (515) 555-0170
claim:
  number: HBA-UM-26-0928-7712
  plan_type: employer_erisa
  funding: self_funded
  employees: 2700
  stage: second level
  notice_date: 2026-10-05
  service_dates: [2027-01-11]
  pending_services: 20
  setting: outpatient
  action: none
  procedure_codes: ['97799']
  diagnosis_codes: [M96.1, G89.4, F32.1]
  denial_reason: >-
    The interdisciplinary pain rehabilitation program is not medically necessary. Medical policy PM-IPRP-4 criteria
    3 and 5 are not met: completion of at least 6 weeks of supervised physical therapy within the past 12 months is
    not documented, and no psychological evaluation was provided.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: 'Lowell Brandt, MD', specialty: occupational medicine}
decisions:
  - date: 2026-11-13
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-12
    reason: >-
      The denial is upheld. Policy PM-IPRP-4 criteria 3 and 5 are not met. The records contain no physical therapy
      notes after 2024 and no psychological evaluation.
    corrections:
      - said: The records contain no physical therapy notes after 2024
        record: >-
          The physical therapy discharge summary records 14 supervised visits from 03/02/2026 to 05/22/2026 (12
          weeks), Oswestry 52% to 48%, discharged at a plateau; it was faxed with the first-level appeal on 10/16/2026.
        file: [clinical/physical-therapy-discharge-2026-05-22.txt, other/fax-confirmation-2026-10-16.txt]
        page: 1
      - said: and no psychological evaluation
        record: >-
          A licensed psychologist evaluated him on 10/07/2026 (PHQ-9 17, GAD-7 12, Pain Catastrophizing Scale 38) and
          recommended the program; the report was faxed with the first-level appeal on 10/16/2026.
        file: [clinical/psychological-evaluation-2026-10-07.txt, other/fax-confirmation-2026-10-16.txt]
        page: 1
prior_auth:
  requested_on: 2026-09-28
  reference: HBA-UM-26-0928-7712
plan_policy:
  name: Heartland Benefit Administrators Medical Policy PM-IPRP-4, Interdisciplinary Pain Rehabilitation Programs
  number: PM-IPRP-4
  quote: >-
    An interdisciplinary pain rehabilitation program is medically necessary when all are met: 1. Chronic pain for
    more than 6 months with significant loss of function (for example, an Oswestry Disability Index of 40% or more).
    2. Conventional treatment, including medications, has not restored function. 3. Completion of at least 6 weeks
    of supervised physical therapy within the past 12 months without adequate improvement. 4. The member is not a
    candidate for surgery or another procedure expected to restore function. 5. A psychological evaluation by a
    licensed psychologist within the past 6 months identifies factors the program will address. 6. The member agrees
    in writing to take part and to work toward return to function.
  file: other/medical-policy-pm-iprp-4-excerpt.txt
payer_criteria:
  - criterion: 1. Chronic pain for more than 6 months with significant loss of function (Oswestry 40% or more).
    how_met: Pain since the 2022 fusion; Oswestry 52% (03/02/2026), 48% (05/22/2026), 56% (09/21/2026).
    met: true
    evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
  - criterion: 2. Conventional treatment, including medications, has not restored function.
    how_met: >-
      Duloxetine (partial, continued), gabapentin (not tolerated), pregabalin 12 weeks (no benefit), opioid tapered
      off, epidural injections, spinal cord stimulator trial (20% relief, not implanted), CBT for pain 8 sessions.
    met: true
    evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
  - criterion: 3. At least 6 weeks of supervised physical therapy within the past 12 months without adequate improvement.
    how_met: 14 supervised visits 03/02/2026-05/22/2026 (12 weeks); Oswestry 52% to 48%; discharged at a plateau.
    met: true
    evidence: {file: clinical/physical-therapy-discharge-2026-05-22.txt, page: 1}
  - criterion: 4. Not a candidate for surgery or another procedure expected to restore function.
    how_met: Spine surgeon, 08/11/2026 - no further surgery advised; stimulator trial did not give enough relief.
    met: true
    evidence: {file: clinical/spine-surgery-consult-2026-08-11.txt, page: 1}
  - criterion: 5. Psychological evaluation by a licensed psychologist within the past 6 months.
    how_met: Naomi Feld, PhD, licensed psychologist, 10/07/2026; fear-avoidance, catastrophizing and depression the program treats.
    met: true
    evidence: {file: clinical/psychological-evaluation-2026-10-07.txt, page: 1}
  - criterion: 6. Written agreement to take part and work toward return to function.
    how_met: Program agreement signed 09/24/2026; goal of returning to modified duty.
    met: true
    evidence: {file: clinical/program-admission-plan-2026-09-24.txt, page: 1}
treatment:
  name: Interdisciplinary pain rehabilitation program (functional restoration), 20 program days
  summary: >-
    A 4-week interdisciplinary pain rehabilitation program for chronic low back and leg pain after a lumbar fusion,
    with depression, after physical therapy, medicines, injections and a stimulator trial did not restore function.
  plan: >-
    20 program days over 4 weeks, 6 hours a day: graded physical and occupational therapy, pain psychology (CBT and
    acceptance-based), medicine review, and vocational planning; Oswestry, PHQ-9 and walking tolerance measured weekly;
    goal of modified duty at work by the end.
  alongside: duloxetine 60 mg daily
clinical:
  severity: Oswestry 56% and pain 8 of 10 on 09/21/2026; PHQ-9 17 on 10/07/2026
  severity_date: 2026-10-07
  suicidality: passive
  suicidality_date: 2026-10-07
  treating_since: 2023-01-10
  history:
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2023-01
      ongoing: true
      adequate: true
      response: partial
      outcome: Some benefit for pain and mood; continued
      evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
    - drug: Gabapentin
      dose: up to 1,800 mg daily
      start: 2023-03
      end: 2023-06
      adequate: false
      outcome: Stopped for dizziness and sedation (intolerance)
      evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
    - drug: Pregabalin
      dose: 150 mg twice daily
      start: 2024-01
      end: 2024-04
      weeks: 12
      adequate: true
      failed: true
      response: none
      outcome: No benefit after 12 weeks; stopped
      evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
    - drug: Nortriptyline
      dose: 10 mg at bedtime for sleep
      start: 2024-06
      ongoing: true
      kind: other
      outcome: Low bedtime dose for sleep; not a tricyclic trial
      evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
    - drug: Oxycodone
      dose: 5 mg up to three times daily
      start: 2022-09
      end: 2025-02
      kind: other
      outcome: Tapered off by 02/2025 with little change in pain
      evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
    - drug: Spinal cord stimulator trial
      dose: 7-day percutaneous trial
      start: 2024-07
      end: 2024-07
      kind: other
      failed: true
      response: none
      outcome: About 20% relief; not enough to implant
      evidence: {file: clinical/pain-clinic-notes-2026.txt, page: 1}
    - drug: Physical therapy
      dose: 14 supervised visits
      start: 2026-03-02
      end: 2026-05-22
      kind: other
      sessions: 14
      weeks: 12
      adequate: true
      failed: true
      response: none
      outcome: Oswestry 52% to 48%; discharged at a plateau
      evidence: {file: clinical/physical-therapy-discharge-2026-05-22.txt, page: 1}
    - drug: Cognitive behavioral therapy for pain
      dose: weekly
      start: 2025-04
      end: 2025-06
      kind: psychotherapy
      sessions: 8
      response: partial
      outcome: Some coping skills; function unchanged
      evidence: {file: clinical/psychological-evaluation-2026-10-07.txt, page: 1}
impact:
  work: Off work as a grain elevator supervisor since 04/2026 on short-term, then long-term disability
  hospitalizations: Emergency department visit 07/19/2026 for a pain crisis with thoughts of not wanting to wake up
  daily_life: Walks about 10 minutes; cannot sit through a meal or drive more than 20 minutes; sleeps in a recliner
author:
  name: Marguerite Oyelaran-Schultz, MD
  role: Treating physician (physical medicine and rehabilitation, pain medicine)
  relation: physician
  authorization: other/patient-authorization-2026-11-20.txt
  address: |-
    Capital City Spine and Pain (FICTIONAL), 1200 Pleasant Street, Suite 400
    Des Moines, IA 50309
  phone: (515) 555-0142
  email: moyelaran@capitalspinepain.example
provider:
  name: Marguerite Oyelaran-Schultz, MD
  credentials: MD, physical medicine and rehabilitation, pain medicine
  npi: "1239866571"
  address: |-
    1200 Pleasant Street, Suite 400
    Des Moines, IA 50309
  phone: (515) 555-0142
employer:
  name: Prairie Harvest Cooperative - Benefits Office (FICTIONAL)
  address: |-
    500 Cooperative Way
    Ankeny, IA 50021
record_dates:
  - {file: clinical/pain-clinic-notes-2026.txt, date: 2026-09-21}
  - file: clinical/physical-therapy-discharge-2026-05-22.txt
    date: 2026-05-22
    sent: 2026-10-16
    sent_proof: other/fax-confirmation-2026-10-16.txt
  - file: clinical/psychological-evaluation-2026-10-07.txt
    date: 2026-10-07
    sent: 2026-10-16
    sent_proof: other/fax-confirmation-2026-10-16.txt
  - {file: clinical/spine-surgery-consult-2026-08-11.txt, date: 2026-08-11}
  - {file: clinical/program-admission-plan-2026-09-24.txt, date: 2026-09-24}
bates_prefix: AMUNDSEN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/precertification-denial-2026-10-05.txt": '''
HEARTLAND BENEFIT ADMINISTRATORS (FICTIONAL) for the PRAIRIE HARVEST COOPERATIVE EMPLOYEE HEALTH PLAN (self-funded)
NOTICE OF ADVERSE BENEFIT DETERMINATION                          Date: 10/05/2026
Member: Curtis Amundsen   DOB 06/22/1975   ID FICT-PHC-20594417   Reference HBA-UM-26-0928-7712
Request received 09/28/2026: interdisciplinary pain rehabilitation program, 20 days (97799), Des Moines Functional
Restoration Program.
Decision: The interdisciplinary pain rehabilitation program is not medically necessary. Medical policy PM-IPRP-4
criteria 3 and 5 are not met: completion of at least 6 weeks of supervised physical therapy within the past 12 months
is not documented, and no psychological evaluation was provided.
Reviewer: Lowell Brandt, MD (occupational medicine).
You may appeal within 180 days of receiving this notice. The Plan has two levels of internal appeal.
''',
"denial/first-level-appeal-decision-2026-11-13.txt": '''
HEARTLAND BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION            Date: 11/13/2026
Member: Curtis Amundsen   ID FICT-PHC-20594417   Reference HBA-UM-26-0928-7712   Appeal received 10/16/2026
Decision: The denial is upheld. Policy PM-IPRP-4 criteria 3 and 5 are not met. The records contain no physical
therapy notes after 2024 and no psychological evaluation.
Documents reviewed: pain clinic notes; physical therapy notes 2024.
You may request a second-level appeal within 60 days of this letter. After the second level you may ask for
external review.
''',
"clinical/pain-clinic-notes-2026.txt": '''
CAPITAL CITY SPINE AND PAIN (FICTIONAL) - PAIN CLINIC NOTES                                Page 1 of 1
Patient: Curtis Amundsen   DOB 06/22/1975   Physician: Marguerite Oyelaran-Schultz, MD (since 01/10/2023)
Background: L4-S1 fusion 05/2022; persistent low back and left leg pain since. Gabapentin to 1,800 mg 03-06/2023,
stopped for dizziness and sedation. Duloxetine 60 mg since 01/2023 (partial; continued). Pregabalin 150 mg twice
daily 01-04/2024, 12 weeks, no benefit. Nortriptyline 10 mg at bedtime for sleep since 06/2024. Oxycodone tapered off
by 02/2025. Epidural steroid injections 2023 and 2024, brief relief. Spinal cord stimulator trial 07/2024: about 20%
relief, not implanted.
03/02/2026 - Pain 8/10. Oswestry 52%. Referred to supervised physical therapy.
05/26/2026 - After 14 PT visits: Oswestry 48%, plateau. Off work since 04/2026.
07/22/2026 - ED visit 07/19 for pain crisis; told ED he wished he would not wake up, no plan. Safety plan written
with his PCP 07/20 (wife keeps medicines; crisis line 988). Referred to spine surgery and pain psychology.
09/21/2026 - Pain 8/10. Oswestry 56%. Walks 10 minutes. Surgeon advises no further surgery. Refer to
interdisciplinary pain rehabilitation program. Continue duloxetine 60 mg and nortriptyline 10 mg at bedtime.
''',
"clinical/physical-therapy-discharge-2026-05-22.txt": '''
RIVERFRONT PHYSICAL THERAPY (FICTIONAL) - DISCHARGE SUMMARY                          Date: 05/22/2026
Patient: Curtis Amundsen   DOB 06/22/1975                                             Page 1 of 1
Supervised physical therapy, 14 visits from 03/02/2026 to 05/22/2026 (12 weeks): core stabilization, graded walking,
aquatic therapy. Oswestry 52% at start, 48% at discharge. Walking tolerance 8 to 12 minutes.
Discharged: plateau; further gains not expected with outpatient PT alone. Recommend interdisciplinary program.
''',
"clinical/psychological-evaluation-2026-10-07.txt": '''
NAOMI FELD, PhD, LICENSED PSYCHOLOGIST (FICTIONAL) - PAIN PSYCHOLOGY EVALUATION         Date: 10/07/2026
Patient: Curtis Amundsen   DOB 06/22/1975                                             Page 1 of 1
PHQ-9 17; GAD-7 12; Pain Catastrophizing Scale 38; high fear-avoidance beliefs. Prior CBT for pain 04-06/2025, 8
sessions, some coping skills, function unchanged. Passive thoughts of not waking up, no plan or intent; safety plan
of 07/20/2026 reviewed. No substance use disorder. Impressions: major depressive disorder, single episode, moderate;
chronic pain with psychological factors the program addresses. Recommend interdisciplinary pain rehabilitation.
''',
"clinical/spine-surgery-consult-2026-08-11.txt": '''
IOWA SPINE SURGEONS (FICTIONAL) - CONSULTATION                                         Date: 08/11/2026
Patient: Curtis Amundsen   DOB 06/22/1975                                             Page 1 of 1
Solid fusion L4-S1 on CT. No instability or nerve compression needing surgery. Not a candidate for further surgery.
''',
"clinical/program-admission-plan-2026-09-24.txt": '''
DES MOINES FUNCTIONAL RESTORATION PROGRAM (FICTIONAL) - ADMISSION PLAN                   Date: 09/24/2026
Patient: Curtis Amundsen   DOB 06/22/1975   CARF-accredited interdisciplinary pain program    Page 1 of 1
20 program days over 4 weeks, 6 hours a day; start 01/11/2027 if approved. Goal: modified duty at work.
Program agreement signed by the patient 09/24/2026.
''',
"other/medical-policy-pm-iprp-4-excerpt.txt": '''
HEARTLAND BENEFIT ADMINISTRATORS (FICTIONAL) - MEDICAL POLICY PM-IPRP-4                 Page 1 of 1
Interdisciplinary Pain Rehabilitation Programs (effective 01/01/2026)
An interdisciplinary pain rehabilitation program is medically necessary when all are met:
1. Chronic pain for more than 6 months with significant loss of function (for example, an Oswestry Disability Index
of 40% or more).
2. Conventional treatment, including medications, has not restored function.
3. Completion of at least 6 weeks of supervised physical therapy within the past 12 months without adequate
improvement.
4. The member is not a candidate for surgery or another procedure expected to restore function.
5. A psychological evaluation by a licensed psychologist within the past 6 months identifies factors the program
will address.
6. The member agrees in writing to take part and to work toward return to function.
''',
"other/fax-confirmation-2026-10-16.txt": '''
FAX TRANSMISSION REPORT (FICTIONAL)                                    10/16/2026 14:22
From: Capital City Spine and Pain (515) 555-0143   To: Heartland Benefit Administrators Appeals (515) 555-0170
Pages: 9   Result: OK
Cover: First-level appeal, Curtis Amundsen, HBA-UM-26-0928-7712. Enclosed: appeal letter (2 pages); physical therapy
discharge summary 05/22/2026 (1); psychological evaluation 10/07/2026 (1); pain clinic notes (2); spine consult (1);
program admission plan (1); authorization (1).
''',
"other/physical-therapy-notes-2024.txt": '''
RIVERFRONT PHYSICAL THERAPY (FICTIONAL) - VISIT NOTES, 2024                             Page 1 of 1
Patient: Curtis Amundsen   8 visits 02/05/2024-03/22/2024, post-fusion strengthening; home program given.
''',
"other/pt-clinic-sign-in-sheet-2026-05-22.txt": '''
RIVERFRONT PHYSICAL THERAPY (FICTIONAL) - SIGN-IN, 05/22/2026
08:00 Joanne Pettibone     08:15 Curtis Amundsen     08:30 Ray Castellano     08:45 Tamika Hollis
''',
"other/patient-authorization-2026-11-20.txt": '''
AUTHORIZATION TO APPEAL AND RELEASE RECORDS                                            Date: 11/20/2026
I, Curtis Amundsen (ID FICT-PHC-20594417), authorize Dr. Marguerite Oyelaran-Schultz to file the second-level appeal
of reference HBA-UM-26-0928-7712 for me and to receive the plan's decision.  Signed: Curtis Amundsen
''',
}

TRUTH = r'''
# 04 - Self-funded employer plan (Iowa): interdisciplinary pain program denied as "no PT after 2024, no psychological evaluation" though both were faxed; second level by the pain physician (FICTIONAL)

All people, plans, programs, numbers and addresses are invented (FICTIONAL).

## What is true
- Curtis Amundsen, **51** (DOB 06/22/1975), Prairie Harvest Cooperative Employee Health Plan: **self-funded, ERISA,
  2,700 employees**; claims administrator Heartland Benefit Administrators. Chronic pain after an L4-S1 fusion
  (M96.1 first, G89.4), with depression (F32.1, third).
- Request 09/28/2026 (20-day program, 97799; start 01/11/2027 if approved); denied **10/05/2026** (PM-IPRP-4
  criteria 3 and 5); first-level appeal received **10/16/2026**; upheld **11/13/2026**: "no physical therapy notes
  after 2024 and no psychological evaluation". That decision lists only "physical therapy notes 2024".
- **Both records were faxed on 10/16/2026** (fax report: 9 pages, OK, naming them): **PT 14 visits 03/02-05/22/2026
  (12 weeks)**, Oswestry 52% -> 48%, plateau; **psychological evaluation 10/07/2026** by a licensed psychologist
  (PHQ-9 17, GAD-7 12, PCS 38).
- All six criteria are met (Oswestry 56% on 09/21/2026; surgeon 08/11/2026: no further surgery; agreement 09/24/2026).
- **Duloxetine 60 mg continues** (partial). Gabapentin: intolerance. Pregabalin: 12 weeks, no benefit. Nortriptyline
  10 mg: sleep. Oxycodone tapered off 02/2025. Stimulator trial 07/2024: ~20%, not implanted. CBT for pain 8 sessions.
- ED visit **07/19/2026** with passive death wish; safety plan 07/20; passive thoughts again 10/07/2026, no plan.
- **Rule and stage:** ERISA claims rule, 29 CFR 2560.503-1; **second level** within **60 days of 11/13/2026: by
  01/12/2027**, pre-service. After it, external review under **29 CFR 2590.715-2719** (self-funded). The first
  reviewer is an occupational medicine physician.
- **Author:** treating physician, with the patient's written authorization (11/20/2026).

## Deliberately unknown
- Who decided the first level and their specialty (the decision does not say).
- Why the faxed pages did not reach the reviewer; the program's cost; whether the plan gives discretion to the
  administrator (the case does not quote the plan document).

## Traps
- **Stale document:** the 2024 PT notes (8 visits) are what the plan read; the 2026 PT course is the one that counts.
- **Records sent before the decision:** the PT discharge and psychological evaluation were in the plan's file
  (fax 10/16/2026) - not "new evidence" dated after the decision, and the letter should say they were sent.
- **Parity:** the principal diagnosis is M96.1 (not chapter F): no MHPAEA argument.
- **Sleep dose:** nortriptyline 10 mg is not a tricyclic trial. **Intolerance** (gabapentin) is not an adequate trial.
- **Duloxetine continues:** never "failed duloxetine" or "stopped".
- **PT is not a medication trial**; counted as an other treatment.
- **Suicidality is passive**; no "active suicidal ideation".
- **Other people:** the PT sign-in sheet lists three other patients.
- **Stage:** quote and answer the 11/13/2026 decision and name this a second-level appeal.
- **Voice:** the physician writes as treating physician about "Mr. Amundsen".

## Arguments a strong letter makes (strongest first)
1. The decision's two stated facts are wrong, and the records were in the plan's file: 14 supervised PT visits over 12
   weeks in 2026 and a licensed psychologist's evaluation of 10/07/2026, both faxed on 10/16/2026 (fax report).
   Criteria 3 and 5 are met; ask that they be weighed now.
2. Every other criterion is met (Oswestry 56%, failed medicines and procedures, no surgery, signed agreement).
3. Harm: off work since 04/2026, ED visit with a passive death wish, safety plan.
4. ERISA: ask for the full claim file, the criteria, and the name and qualifications of the medical experts
   consulted; a reviewer in pain medicine or PM&R who took no part in earlier decisions; note external review next.

## What a letter must NOT say
- "no physical therapy", "no psychological evaluation" as conceded; "new evidence not previously available" for the two faxed records.
- "MHPAEA", "parity", "29 USC 1185a"; "Medicaid", "Medicare"; "45 CFR 147.136" as the external-review rule for this self-funded plan.
- "failed duloxetine", "stopped duloxetine"; "nortriptyline trial"; "failed gabapentin" as an adequate trial.
- "Pettibone", "Castellano", "Hollis".
- "first-level appeal" as what this letter is; quoting only the 10/05 notice.
'''

ANSWERS = [
    ("Plan funding and size", "self-funded", "denial/precertification-denial-2026-10-05.txt"),
    ("First denial date", "Date: 10/05/2026", "denial/precertification-denial-2026-10-05.txt"),
    ("First-level decision date", "FIRST-LEVEL APPEAL DECISION            Date: 11/13/2026", "denial/first-level-appeal-decision-2026-11-13.txt"),
    ("Second-level window", "within 60 days of this letter", "denial/first-level-appeal-decision-2026-11-13.txt"),
    ("Second-level deadline", "by\n  01/12/2027", "truth"),
    ("Decision's wrong statement", "no physical\ntherapy notes after 2024", "denial/first-level-appeal-decision-2026-11-13.txt"),
    ("What the decision reviewed", "physical therapy notes 2024", "denial/first-level-appeal-decision-2026-11-13.txt"),
    ("PT course", "14 visits from 03/02/2026 to 05/22/2026 (12 weeks)", "clinical/physical-therapy-discharge-2026-05-22.txt"),
    ("Psych evaluation date", "PAIN PSYCHOLOGY EVALUATION         Date: 10/07/2026", "clinical/psychological-evaluation-2026-10-07.txt"),
    ("Fax proof", "Pages: 9   Result: OK", "other/fax-confirmation-2026-10-16.txt"),
    ("Fax contents", "psychological evaluation 10/07/2026 (1)", "other/fax-confirmation-2026-10-16.txt"),
    ("Latest function score", "Oswestry 56%", "clinical/pain-clinic-notes-2026.txt"),
    ("Surgery", "Not a candidate for further surgery", "clinical/spine-surgery-consult-2026-08-11.txt"),
    ("Duloxetine continues", "Continue duloxetine 60 mg", "clinical/pain-clinic-notes-2026.txt"),
    ("Suicidality", "Passive thoughts of not waking up, no plan or intent", "clinical/psychological-evaluation-2026-10-07.txt"),
    ("External review rule (self-funded)", "29 CFR 2590.715-2719", "truth"),
]
