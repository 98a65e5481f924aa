"""Set 32 case 05 (FICTIONAL): insured employer plan, IV ketamine for CRPS, second level; the wife writes."""
SLUG = "insured-employer-iv-ketamine-crps-sympathetic-blocks-in-record-second-level-wife"

CASE_YAML = r'''
# FICTIONAL CASE (set 32, case 05) - every person, plan, provider, number and address is invented.
# Insured employer group PPO, Illinois. Caspian Ruelas-Whitcomb, 44, has CRPS type I of the right lower limb. His
# pain physician asked for a 5-day outpatient IV ketamine series; the plan denied it under policy PM-KET-14 and the
# first-level appeal upheld it (10/30/2026): "no sympathetic nerve block documented (criterion 2(b))". The record
# holds two lumbar sympathetic blocks (03/12 and 04/09/2026). His wife, his authorized representative, writes the
# second-level appeal.
patient:
  name: Caspian Ruelas-Whitcomb
  salutation: Mr. Ruelas-Whitcomb
  date_of_birth: 1982-07-09
  member_id: FICT-PSM-30558127-01
  address: |-
    3318 North Hoyne Avenue
    Chicago, IL 60618
  phone: (773) 555-0119
insurer:
  name: Prairie State Mutual Group PPO (FICTIONAL)
  appeals_address: |-
    Prairie State Mutual - Appeals Unit (address FICTIONAL)
    PO Box 66301
    Chicago, IL 60666
  fax: (312) 555-0152
employer:
  name: Lakefront Logistics Inc. (FICTIONAL), Benefits Office
  address: |-
    900 West Fulton Market
    Chicago, IL 60607
claim:
  number: PSM-PA-26-0902-61177
  plan_type: employer_erisa
  funding: insured
  employees: 340
  notice_date: 2026-09-14
  stage: second level
  service_dates: [2026-12-14, 2026-12-15, 2026-12-16, 2026-12-17, 2026-12-18]
  pending_services: 5
  setting: outpatient
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [G90.521]
  denial_reason: >-
    Prior authorization denied. The request does not meet medical policy PM-KET-14 (Intravenous ketamine for chronic
    pain), criterion 2(b): failure of at least one sympathetic nerve block is not documented.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer:
    name: Harold Penberthy, MD
    specialty: internal medicine
  action: none
decisions:
  - date: 2026-10-30
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2026-12-29
    reason: >-
      The first-level appeal is denied. The records do not document a sympathetic nerve block, so criterion 2(b) of
      PM-KET-14 is not met. Reviewed by Harold Penberthy, MD, internal medicine.
    corrections:
      - said: The records do not document a sympathetic nerve block.
        record: >-
          Lumbar sympathetic blocks on the right were done on 03/12/2026 and 04/09/2026 (procedure notes), each with
          relief for about two days and return of pain to the baseline of 8/10.
        file: clinical/lumbar-sympathetic-block-notes-2026.txt
        page: 1
plan_policy:
  name: Medical policy PM-KET-14, Intravenous ketamine for chronic pain
  number: PM-KET-14
  quote: >-
    IV ketamine infusion for complex regional pain syndrome is considered medically necessary when all are met:
    1. CRPS diagnosed by the Budapest criteria; 2. failure of (a) an adequate trial of a gabapentinoid and (b) at
    least one sympathetic nerve block; 3. participation in physical therapy; 4. no uncontrolled hypertension,
    psychosis or active substance use disorder.
  file: other/policy-pm-ket-14.txt
payer_criteria:
  - criterion: 1. CRPS diagnosed by the Budapest criteria
    how_met: Budapest criteria met (all four categories) at the evaluation of 01/20/2026
    met: true
    evidence: {file: clinical/pain-evaluation-2026-08-25.txt, page: 1}
  - criterion: 2(a). Failure of an adequate trial of a gabapentinoid
    how_met: Gabapentin 1,800 mg daily for 10 weeks (2025) without benefit; pregabalin 300 mg daily since 01/2026 with only partial relief
    met: true
    evidence: {file: clinical/pain-evaluation-2026-08-25.txt, page: 1}
  - criterion: 2(b). Failure of at least one sympathetic nerve block
    how_met: Two right lumbar sympathetic blocks, 03/12/2026 and 04/09/2026, relief about two days each, pain back to 8/10
    met: true
    evidence: {file: clinical/lumbar-sympathetic-block-notes-2026.txt, page: 1}
  - criterion: 3. Participation in physical therapy
    how_met: 24 physical therapy visits 02/2026-06/2026, continuing a home program
    met: true
    evidence: {file: clinical/pain-evaluation-2026-08-25.txt, page: 1}
  - criterion: 4. No uncontrolled hypertension, psychosis or active substance use disorder
    how_met: Blood pressure 124/78; no psychosis; no substance use disorder
    met: true
    evidence: {file: clinical/pain-evaluation-2026-08-25.txt, page: 1}
treatment:
  name: Outpatient IV ketamine infusion series for CRPS, 5 consecutive days (96365, 96366, J3490)
  summary: >-
    A 5-day outpatient IV ketamine series for CRPS type I of the right lower limb after failed gabapentin, partial
    relief on pregabalin, two sympathetic blocks with brief relief, and physical therapy.
  plan: >-
    Ketamine 0.5 mg/kg/h rising to 1 mg/kg/h, 4 hours a day for 5 consecutive days, with continuous ECG, blood
    pressure and pulse oximetry; NDC, dose and units on the claim; reassess pain and function at 2 and 6 weeks.
  alongside: pregabalin 300 mg daily
clinical:
  severity: Pain 8/10 at rest; allodynia of the right foot and ankle; walks with a cane (08/25/2026)
  severity_date: 2026-08-25
  suicidality: none
  suicidality_date: 2026-08-25
  exclusions: No uncontrolled hypertension, no psychosis, no substance use disorder
  history:
    - drug: Gabapentin
      dose: 1,800 mg daily
      start: 2025-06
      end: 2025-08
      weeks: 10
      adequate: true
      response: none
      outcome: No benefit after 10 weeks at 1,800 mg; stopped
      evidence: {file: clinical/pain-evaluation-2026-08-25.txt, page: 1}
    - drug: Pregabalin
      dose: 300 mg daily
      start: 2026-01
      ongoing: true
      adequate: true
      response: partial
      outcome: Partial relief; continued
      evidence: {file: clinical/pain-evaluation-2026-08-25.txt, page: 1}
    - drug: Lumbar sympathetic blocks (right)
      dose: 2 blocks, 03/12/2026 and 04/09/2026
      start: 2026-03
      end: 2026-04
      kind: other
      failed: true
      outcome: Relief about two days after each; pain back to 8/10
      evidence: {file: clinical/lumbar-sympathetic-block-notes-2026.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 mg at bedtime for sleep
      start: 2026-02
      ongoing: true
      kind: other
      outcome: Sleep dose only; not a pain-medicine or antidepressant trial
      evidence: {file: clinical/pain-evaluation-2026-08-25.txt, page: 1}
author:
  name: Imelda Ruelas-Whitcomb
  role: Wife of the member and his authorized representative
  relation: representative
  authorization: other/authorized-representative-2026-11-09.txt
  address: |-
    3318 North Hoyne Avenue
    Chicago, IL 60618
  phone: (773) 555-0119
  email: imelda.rw@mail.example
provider:
  name: Tamsin Oduya-Fairweather
  credentials: MD, pain medicine
  npi: "1333912073"
  address: |-
    Northside Pain and Infusion Center (FICTIONAL), 4700 North Ravenswood Avenue
    Chicago, IL 60640
  phone: (773) 555-0145
literature:
  - id: cohen-2018
record_dates:
  - file: clinical/pain-evaluation-2026-08-25.txt
    date: 2026-08-25
  - file: clinical/lumbar-sympathetic-block-notes-2026.txt
    date: 2026-04-09
bates_prefix: RUELASWHITCOMB
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/prior-authorization-denial-2026-09-14.txt": """
PRAIRIE STATE MUTUAL GROUP PPO (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION       Date: 09/14/2026
Member: Caspian Ruelas-Whitcomb   Member ID FICT-PSM-30558127-01   Reference PSM-PA-26-0902-61177
Page 1 of 1

Request: outpatient IV ketamine, 5 days (96365, 96366, J3490), G90.521, Northside Pain and Infusion Center.
Decision: Prior authorization denied. The request does not meet medical policy PM-KET-14 (Intravenous ketamine for
chronic pain), criterion 2(b): failure of at least one sympathetic nerve block is not documented.
Records reviewed: prior authorization form of 09/02/2026.
You may appeal within 180 days. Your plan has two levels of internal appeal.
""",
    "denial/first-level-appeal-decision-2026-10-30.txt": """
PRAIRIE STATE MUTUAL (FICTIONAL) - FIRST-LEVEL APPEAL DECISION                       Date: 10/30/2026
Member: Caspian Ruelas-Whitcomb   Reference PSM-PA-26-0902-61177
Page 1 of 1

The first-level appeal is denied. The records do not document a sympathetic nerve block, so criterion 2(b) of
PM-KET-14 is not met. Reviewed by Harold Penberthy, MD, internal medicine.
You may request a second-level appeal within 60 days of this decision. Write to Prairie State Mutual - Appeals
Unit, PO Box 66301, Chicago, IL 60666, or fax (312) 555-0152.
""",
    "other/policy-pm-ket-14.txt": """
PRAIRIE STATE MUTUAL (FICTIONAL) - MEDICAL POLICY PM-KET-14, INTRAVENOUS KETAMINE FOR CHRONIC PAIN  (rev. 01/2026)
IV ketamine infusion for complex regional pain syndrome is considered medically necessary when all are met:
1. CRPS diagnosed by the Budapest criteria; 2. failure of (a) an adequate trial of a gabapentinoid and (b) at
least one sympathetic nerve block; 3. participation in physical therapy; 4. no uncontrolled hypertension,
psychosis or active substance use disorder.
""",
    "clinical/lumbar-sympathetic-block-notes-2026.txt": """
NORTHSIDE PAIN AND INFUSION CENTER (FICTIONAL) - PROCEDURE NOTES
Patient: Caspian Ruelas-Whitcomb   DOB 07/09/1982   Physician: Tamsin Oduya-Fairweather, MD (NPI 1333912073)
Page 1 of 1

03/12/2026  Right lumbar sympathetic block (L3), fluoroscopic guidance, 10 mL bupivacaine 0.25%. Foot temperature
rose 2.1 C. Pain 8/10 -> 3/10 at 1 hour. Follow-up call 03/16: relief lasted about two days; pain back to 8/10.
04/09/2026  Right lumbar sympathetic block (L3), repeated. Pain 8/10 -> 3/10. Follow-up 04/14: relief about two
days; pain back to 8/10. Blocks not repeated (no lasting benefit).
""",
    "clinical/pain-evaluation-2026-08-25.txt": """
NORTHSIDE PAIN AND INFUSION CENTER (FICTIONAL) - PAIN EVALUATION AND PLAN               Date: 08/25/2026
Patient: Caspian Ruelas-Whitcomb   DOB 07/09/1982   Physician: Tamsin Oduya-Fairweather, MD, pain medicine
Page 1 of 1

Diagnosis: CRPS type I, right lower limb (G90.521), after an ankle fracture in 11/2024; Budapest criteria met in all
four categories (evaluation 01/20/2026). Pain 8/10 at rest; allodynia of the right foot and ankle; walks with a cane.
Treatments: gabapentin 1,800 mg daily 06/2025-08/2025 (10 weeks), no benefit, stopped; pregabalin 300 mg daily since
01/2026, partial relief, continued; two right lumbar sympathetic blocks (03/12 and 04/09/2026), about two days of
relief each; physical therapy 24 visits 02/2026-06/2026, home program continues; amitriptyline 10 mg at bedtime for
sleep since 02/2026. BP 124/78. No psychosis, no substance use disorder, no suicidal ideation.
Plan: outpatient IV ketamine, 5 consecutive days, 0.5 rising to 1 mg/kg/h for 4 hours, continuous monitoring.
""",
    "other/clinic-prior-auth-form-2026-09-02.txt": """
NORTHSIDE PAIN AND INFUSION CENTER (FICTIONAL) - PRIOR AUTHORIZATION FORM (as faxed 09/02/2026)
Patient: Caspian Ruelas-Whitcomb   Request: IV ketamine x5 days
Sympathetic block: none   (field carried over from the 2025 intake template; not updated)
""",
    "other/authorized-representative-2026-11-09.txt": """
AUTHORIZED REPRESENTATIVE DESIGNATION (FICTIONAL)                         Signed: 11/09/2026
I, Caspian Ruelas-Whitcomb, name my wife, Imelda Ruelas-Whitcomb, as my authorized representative for all appeals
of reference PSM-PA-26-0902-61177 with Prairie State Mutual. Signed: Caspian Ruelas-Whitcomb.
""",
}

TRUTH = r'''
# 05 - Insured employer PPO: IV ketamine for CRPS, "no sympathetic block documented" when two are; second level by the wife (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Caspian Ruelas-Whitcomb, **44** (DOB 07/09/1982), Chicago, IL, is covered by his employer's **insured group PPO**
  (ERISA; Lakefront Logistics, 340 employees). Diagnosis: **CRPS type I, right lower limb (G90.521)**.
- His pain physician asked for a **5-day outpatient IV ketamine series** (pending; planned 12/14-12/18/2026). Denied
  **09/14/2026** under **PM-KET-14 criterion 2(b)**; first-level appeal denied **10/30/2026** by an **internal
  medicine** reviewer: "The records do not document a sympathetic nerve block".
- The record has **two right lumbar sympathetic blocks, 03/12/2026 and 04/09/2026**, about two days of relief each.
  Every criterion of PM-KET-14 is met: Budapest criteria; gabapentin 1,800 mg 10 weeks, no benefit; pregabalin
  partial; 24 PT visits; BP 124/78, no psychosis or SUD.
- The denial's "fact" came from the clinic's **prior authorization form of 09/02/2026** ("Sympathetic block: none",
  carried over from a 2025 template) - the only record the first notice names.
- **Stage and rule:** second-level internal appeal of an insured ERISA plan (29 CFR 2560.503-1; the plan's two levels),
  within **60 days of 10/30/2026: by 12/29/2026** (the decision's own words). State external review (45 CFR 147.136(c))
  follows a final denial.
- **Author:** his wife, authorized representative (11/09/2026): "my husband".

## Deliberately unknown
- The second-level decision time: not stated in the case; a letter may cite the ERISA pre-service clock but not a date.
- What records the clinic sent with the first-level appeal: not in the case.
- The drug's NDC and dose in units: planned, not yet billed.

## Traps
- **A decision's stated fact the record contradicts:** "no sympathetic block documented" - two blocks with notes.
- **Stale form:** the **09/02 prior authorization form** ("Sympathetic block: none") is the source; never quoted as
  the truth.
- **Pregabalin continues** with partial relief: never "failed" or "stopped" (it counts as a gabapentinoid trial with
  an inadequate response; gabapentin is the failed one). **Amitriptyline 10 mg** is a sleep dose: not a trial.
- **Pain, not depression:** no depression criteria, no "treatment-resistant depression", no Spravato, no
  antidepressant-trial count; no **parity (MHPAEA)** argument: CRPS is not a mental health condition.
- **Suicidality none.**
- **Stage:** a second-level appeal answering the **10/30 decision** and saying it is the second level; not a first
  appeal, not yet external review.
- **Reviewer:** internal medicine; ask for a reviewer in pain medicine or anesthesiology (29 CFR
  2560.503-1(h)(3)(iii)); never say the reviewer "is not a psychiatrist" as the point.

## Arguments a strong letter makes (strongest first)
1. Criterion 2(b) is met: **two right lumbar sympathetic blocks (03/12 and 04/09/2026)**, relief about two days each
   (Exhibit: procedure notes); the decision's "not documented" came from a pre-filled form field.
2. Every other PM-KET-14 criterion is met, each with its record (Budapest; gabapentin 10 weeks; pregabalin partial;
   24 PT visits; no exclusions): approve the 5-day series.
3. Ask that a physician in pain medicine or anesthesiology decide (h)(3)(iii), and for the documents relied on
   ((h)(2)(iii)); note state external review after a final denial.

## What a letter must NOT say
- "no sympathetic block", "blocks were not tried"; the 09/02 form as a record of care.
- "failed pregabalin", "stopped pregabalin"; amitriptyline as a trial.
- "depression", "treatment-resistant depression", "antidepressant", "Spravato", "suicidal ideation".
- "MHPAEA", "parity", "Medicare", "Medicaid", "first appeal".
'''

ANSWERS = [
    ("denial/prior-authorization-denial-2026-09-14.txt", "criterion 2(b): failure of at least one sympathetic nerve block is not documented"),
    ("denial/prior-authorization-denial-2026-09-14.txt", "Records reviewed: prior authorization form of 09/02/2026"),
    ("denial/first-level-appeal-decision-2026-10-30.txt", "The records do not document a sympathetic nerve block"),
    ("denial/first-level-appeal-decision-2026-10-30.txt", "Harold Penberthy, MD, internal medicine"),
    ("denial/first-level-appeal-decision-2026-10-30.txt", "within 60 days of this decision"),
    ("clinical/lumbar-sympathetic-block-notes-2026.txt", "03/12/2026  Right lumbar sympathetic block (L3)"),
    ("clinical/lumbar-sympathetic-block-notes-2026.txt", "04/09/2026  Right lumbar sympathetic block (L3), repeated"),
    ("clinical/pain-evaluation-2026-08-25.txt", "pregabalin 300 mg daily since 01/2026, partial relief, continued"),
    ("clinical/pain-evaluation-2026-08-25.txt", "gabapentin 1,800 mg daily 06/2025-08/2025 (10 weeks), no benefit"),
    ("clinical/pain-evaluation-2026-08-25.txt", "amitriptyline 10 mg at bedtime for sleep"),
    ("clinical/pain-evaluation-2026-08-25.txt", "physical therapy 24 visits"),
    ("other/clinic-prior-auth-form-2026-09-02.txt", "Sympathetic block: none"),
    ("other/policy-pm-ket-14.txt", "(b) at least one sympathetic nerve block"),
    ("other/authorized-representative-2026-11-09.txt", "name my wife, Imelda Ruelas-Whitcomb"),
    ("case.yaml", "stage: second level"),
    ("truth", "by 12/29/2026"),
]
