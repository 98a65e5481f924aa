"""FICTIONAL case 05, set 59: Marketplace (AL), chronic low back pain, interdisciplinary pain program, external review."""

SLUG = "05-marketplace-al-chronic-pain-program-stale-opioid-dose-said-external-review-pain-physician"

CASE_YAML = r"""
# FICTIONAL CASE (set 59, case 05) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver plan, insured, Alabama. Lorraine Beatrix Tillman, 55, has chronic low back pain with
# lumbar radiculopathy and recurrent depression. Her plan denied a 4-week interdisciplinary pain rehabilitation
# program; its final internal decision says no psychological evaluation was sent and her opioid dose is 90 MME.
# Her treating pain physician asks for external review with her written authorization.
patient:
  name: Lorraine Beatrix Tillman
  salutation: Mrs. Tillman
  date_of_birth: 1971-01-30
  member_id: FICT-MGC-30918452
  address: |-
    2214 Dogwood Bend
    Montgomery, AL 36106
  phone: (334) 555-0119
insurer:
  name: Magnolia Crest Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Magnolia Crest Health Insurance Company - Appeals (FICTIONAL)
    PO Box 11902
    Birmingham, AL 35202
  fax: (205) 555-0162
claim:
  number: MCH-PA-26-0929-41187
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-10-02
  pending_services: 20 program days
  diagnosis_codes: [G89.4, M54.16, F33.1]
  denial_reason: >-
    The interdisciplinary pain rehabilitation program does not meet medical policy MP-IPRP-6. Criterion 3: no
    psychological evaluation was submitted. Criterion 4: pharmacy records show opioid use of 90 morphine milligram
    equivalents (oxycodone 30 mg twice daily), above the 50 MME the policy allows at admission.
  denial_category: medical_necessity
  reviewer:
    name: Dr. Conrad Elstner (FICTIONAL)
    specialty: physical medicine and rehabilitation
  action: none
template: external-review-request
decisions:
  - date: 2026-11-06
    outcome: denied
    stage: first internal appeal (final internal adverse benefit determination)
    opens: external review
    next_deadline: 2027-03-06
    reason: >-
      We upheld our decision. No psychological evaluation was received. Pharmacy records show oxycodone 30 mg twice
      daily (90 MME), above the policy's limit of 50 MME.
    corrections:
      - said: No psychological evaluation was received.
        record: >-
          The pain psychologist's evaluation of 10/14/2026 was faxed to the plan's appeals fax on 10/16/2026 with the
          appeal (fax confirmation, 9 pages), three weeks before this decision.
        file: [clinical/pain-psychology-evaluation-2026-10-14.txt, other/fax-confirmation-2026-10-16.txt]
        page: 1
      - said: Pharmacy records show oxycodone 30 mg twice daily (90 MME)
        record: >-
          Oxycodone 30 mg twice daily was her dose in 2024; it was tapered off by 03/2025. Since then she has taken
          hydrocodone 5 mg four times a day (20 MME), and on 10/14/2026 she signed the program's taper agreement.
        file: clinical/gulf-south-spine-and-pain-notes-2025-2026.txt
        page: 2
external_review:
  agency: The independent review organization named in the plan's final internal adverse benefit determination
  final_denial_date: 2026-11-06
plan_policy:
  name: Magnolia Crest Medical Policy MP-IPRP-6, Interdisciplinary Pain Rehabilitation Programs (2026)
  number: MP-IPRP-6
  quote: >-
    A 4-week interdisciplinary pain rehabilitation program is medically necessary when all are met: 1. Pain for
    more than 6 months with loss of function in work or daily activities. 2. Failure of conservative care,
    including a course of physical therapy and at least one medication class for pain. 3. A psychological
    evaluation finds the member suitable for the program. 4. Opioid use at admission of 50 morphine milligram
    equivalents (MME) or less, or a signed agreement to taper. 5. No planned surgery for the pain condition.
  file: other/mp-iprp-6-policy-2026.txt
payer_criteria:
  - criterion: "1. Pain for more than 6 months with loss of function in work or daily activities"
    how_met: Low back and left leg pain since 2019; stopped work as a school bus driver 02/2026; Oswestry 58%
    met: true
    evidence: {file: clinical/gulf-south-spine-and-pain-notes-2025-2026.txt, page: 1}
  - criterion: "2. Failure of conservative care, including a course of physical therapy and at least one medication class for pain"
    how_met: 14 physical therapy visits 2025 without lasting benefit; pregabalin stopped for edema; duloxetine 60 mg with only partial relief
    met: true
    evidence: {file: clinical/gulf-south-spine-and-pain-notes-2025-2026.txt, page: 1}
  - criterion: "3. A psychological evaluation finds the member suitable for the program"
    how_met: Pain psychology evaluation 10/14/2026 finds her suitable; faxed to the plan 10/16/2026
    met: true
    evidence: {file: clinical/pain-psychology-evaluation-2026-10-14.txt, page: 1}
  - criterion: "4. Opioid use at admission of 50 MME or less, or a signed agreement to taper"
    how_met: Hydrocodone 5 mg four times a day, 20 MME, since 03/2025; taper agreement signed 10/14/2026
    met: true
    evidence: {file: clinical/gulf-south-spine-and-pain-notes-2025-2026.txt, page: 2}
  - criterion: "5. No planned surgery for the pain condition"
    how_met: Spine surgeon on 06/17/2026 found her not a surgical candidate
    met: true
    evidence: {file: clinical/gulf-south-spine-and-pain-notes-2025-2026.txt, page: 2}
record_dates:
  - file: clinical/pain-psychology-evaluation-2026-10-14.txt
    date: 2026-10-14
    sent: 2026-10-16
    sent_proof: other/fax-confirmation-2026-10-16.txt
  - file: clinical/gulf-south-spine-and-pain-notes-2025-2026.txt
    date: 2026-10-14
treatment:
  name: Interdisciplinary pain rehabilitation program, 4 weeks, 5 days a week (20 program days)
  summary: >-
    A 4-week program of graded physical and occupational therapy, pain psychology (CBT for pain) and a supervised
    opioid taper for chronic low back pain with radiculopathy after physical therapy, medicines and injections.
  plan: >-
    20 program days at Gulf South Functional Restoration Program: daily physical and occupational therapy, group and
    individual CBT for pain, weekly physician visits, hydrocodone taper from 20 MME to none over 4 weeks; Oswestry
    and PHQ-9 at start, week 2 and discharge; home program and monthly follow-up for 3 months.
clinical:
  severity: Oswestry Disability Index 58%, pain 7/10 average, PHQ-9 16 on 10/14/2026
  severity_date: 2026-10-14
  suicidality: passive
  suicidality_date: 2026-10-14
  treating_since: 2024-08
  history:
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-04
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial relief of pain and mood; continued
      evidence: {file: clinical/gulf-south-spine-and-pain-notes-2025-2026.txt, page: 1}
    - drug: Pregabalin
      dose: 150 mg twice daily
      start: 2025-01
      end: 2025-02
      weeks: 3
      adequate: false
      outcome: Stopped after 3 weeks for leg swelling and dizziness; intolerance
      evidence: {file: clinical/gulf-south-spine-and-pain-notes-2025-2026.txt, page: 1}
    - drug: Physical therapy
      start: 2025-05
      end: 2025-08
      kind: other
      sessions: 14
      failed: true
      response: none
      outcome: 14 visits; no lasting gain in pain or function
      evidence: {file: clinical/gulf-south-spine-and-pain-notes-2025-2026.txt, page: 1}
    - drug: Lumbar epidural steroid injections (2)
      start: 2025-09
      end: 2025-12
      kind: other
      failed: true
      response: lost
      outcome: Relief for about 3 weeks after each; gone by 01/2026
      evidence: {file: clinical/gulf-south-spine-and-pain-notes-2025-2026.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 mg at bedtime for sleep
      start: 2024-08
      ongoing: true
      kind: other
      outcome: Sleep dose; not an antidepressant or pain trial
      evidence: {file: clinical/gulf-south-spine-and-pain-notes-2025-2026.txt, page: 1}
    - drug: Oxycodone
      dose: 30 mg twice daily (90 MME)
      start: 2023-06
      end: 2025-03
      outcome: Tapered off by 03/2025 and replaced by hydrocodone
      evidence: {file: clinical/gulf-south-spine-and-pain-notes-2025-2026.txt, page: 2}
    - drug: Hydrocodone
      dose: 5 mg four times a day (20 MME)
      start: 2025-03
      ongoing: true
      outcome: Current opioid; to be tapered off in the program
      evidence: {file: clinical/gulf-south-spine-and-pain-notes-2025-2026.txt, page: 2}
impact:
  work: Stopped working as a school bus driver in 02/2026.
  daily_life: Sits no more than 20 minutes; her daughter does the grocery shopping.
author:
  name: Dr. Yusuf Abernathy-Cole
  role: Treating pain physician (MD)
  relation: physician
  authorization: other/external-review-authorization-2026-11-20.txt
  address: |-
    Gulf South Spine and Pain (FICTIONAL), 4100 Carmichael Road, Suite 220
    Montgomery, AL 36106
  phone: (334) 555-0125
provider:
  name: Dr. Yusuf Abernathy-Cole
  credentials: MD, board-certified in pain medicine
  npi: "1710293840"
  address: |-
    4100 Carmichael Road, Suite 220
    Montgomery, AL 36106
  phone: (334) 555-0125
bates_prefix: TILLMAN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/pre-service-denial-2026-10-02.txt": """
MAGNOLIA CREST HEALTH INSURANCE COMPANY (FICTIONAL) - INDIVIDUAL MARKETPLACE SILVER PLAN
NOTICE OF ADVERSE BENEFIT DETERMINATION (PRE-SERVICE)                                   Date: 10/02/2026
Member: Lorraine Beatrix Tillman   ID FICT-MGC-30918452   Reference MCH-PA-26-0929-41187
Requested: interdisciplinary pain rehabilitation program, 20 days (Gulf South Functional Restoration Program)
Denied. The interdisciplinary pain rehabilitation program does not meet medical policy MP-IPRP-6. Criterion 3: no
psychological evaluation was submitted. Criterion 4: pharmacy records show opioid use of 90 morphine milligram
equivalents (oxycodone 30 mg twice daily), above the 50 MME the policy allows at admission.
Reviewer: Dr. Conrad Elstner (FICTIONAL), physical medicine and rehabilitation.
You may appeal within 180 days. Appeals fax (205) 555-0162.
""",
    "denial/final-internal-adverse-determination-2026-11-06.txt": """
MAGNOLIA CREST HEALTH INSURANCE COMPANY (FICTIONAL)
FINAL INTERNAL ADVERSE BENEFIT DETERMINATION                                              Date: 11/06/2026
Member: Lorraine Beatrix Tillman   Reference MCH-PA-26-0929-41187   Appeal received 10/16/2026
We upheld our decision. No psychological evaluation was received. Pharmacy records show oxycodone 30 mg twice
daily (90 MME), above the policy's limit of 50 MME.
Records reviewed: pre-service request of 09/29/2026; pharmacy claims printout of 05/2024; office note of 08/12/2026.
External review: You have 4 months from the date of this notice to ask for external review by an independent
review organization. Use the enclosed external review request form.
""",
    "clinical/gulf-south-spine-and-pain-notes-2025-2026.txt": """
GULF SOUTH SPINE AND PAIN (FICTIONAL) - PROGRESS NOTES (excerpt)                                Page 1 of 2
Patient: Lorraine Beatrix Tillman   DOB 01/30/1971   Physician: Dr. Yusuf Abernathy-Cole, MD (since 08/2024)
Diagnoses: chronic pain syndrome (G89.4); lumbar radiculopathy, left (M54.16); recurrent depression (F33.1).
Pain since 2019 (lifting injury). Amitriptyline 10 mg at bedtime for sleep since 08/2024.
01/21/2025 Pregabalin 75 mg twice daily, 150 mg twice daily from 01/28.
02/11/2025 Leg swelling and dizziness; pregabalin stopped after 3 weeks.
04/08/2025 Duloxetine 30 mg, 60 mg daily from 04/22/2025.
05/2025-08/2025 Physical therapy, 14 visits: no lasting gain (Oswestry 54% -> 56%).
09/2025 and 11/2025 Lumbar epidural steroid injections: about 3 weeks of relief after each; gone by 01/2026.
02/2026 Stopped working as a school bus driver.
""" + "\n                                                                             Page 2 of 2\n" + """
Opioids: oxycodone 30 mg twice daily (90 MME) 06/2023-2024 (prior physician); tapered here 08/2024-03/2025 and
stopped; hydrocodone 5 mg four times a day (20 MME) since 03/2025.
06/17/2026 Spine surgeon (Dr. Ines Kowalczyk): not a surgical candidate; recommends functional restoration.
08/12/2026 Oswestry 57%. Pain 7/10. Duloxetine 60 mg: partial relief; continue. Hydrocodone 20 MME.
10/14/2026 Oswestry 58%, pain 7/10 average, PHQ-9 16. Passive thoughts that "life isn't worth this pain"; no plan
  or intent; safety plan made with her and her daughter. Signed the program's opioid taper agreement today.
  Pain psychology evaluation done today (Dr. Reyes-Whitaker). Plan: interdisciplinary program, 4 weeks; continue
  duloxetine 60 mg; hydrocodone taper to none in the program.
""",
    "clinical/pain-psychology-evaluation-2026-10-14.txt": """
GULF SOUTH SPINE AND PAIN (FICTIONAL) - PAIN PSYCHOLOGY EVALUATION                  Date: 10/14/2026   Page 1 of 1
Patient: Lorraine Beatrix Tillman   Psychologist: Dr. Marisa Reyes-Whitaker, PhD (FICTIONAL)
Measures: PHQ-9 16, GAD-7 9, Pain Catastrophizing Scale 34, Pain Self-Efficacy 21.
Passive thoughts of death related to pain; no plan or intent; safety plan in place.
Opinion: suitable for an interdisciplinary pain rehabilitation program; motivated; no active substance use
disorder; agrees to an opioid taper. Recommend the 4-week program with CBT for pain.
""",
    "other/fax-confirmation-2026-10-16.txt": """
GULF SOUTH SPINE AND PAIN (FICTIONAL) - FAX TRANSMISSION REPORT                                 Page 1 of 1
Sent 10/16/2026 10:42   To: (205) 555-0162 (Magnolia Crest Appeals)   Pages: 9   Result: OK
Cover: Appeal, Lorraine B. Tillman, ref. MCH-PA-26-0929-41187: appeal letter (2 pages), pain psychology evaluation
10/14/2026 (2 pages), progress notes 08/12 and 10/14/2026 (4 pages), opioid taper agreement (1 page).
""",
    "other/mp-iprp-6-policy-2026.txt": """
MAGNOLIA CREST HEALTH INSURANCE COMPANY (FICTIONAL) - MEDICAL POLICY MP-IPRP-6 (effective 01/01/2026)  Page 1 of 1
Interdisciplinary Pain Rehabilitation Programs
A 4-week interdisciplinary pain rehabilitation program is medically necessary when all are met: 1. Pain for
more than 6 months with loss of function in work or daily activities. 2. Failure of conservative care,
including a course of physical therapy and at least one medication class for pain. 3. A psychological
evaluation finds the member suitable for the program. 4. Opioid use at admission of 50 morphine milligram
equivalents (MME) or less, or a signed agreement to taper. 5. No planned surgery for the pain condition.
""",
    "other/pharmacy-claims-printout-2024-05.txt": """
RIVERCHASE PHARMACY (FICTIONAL) - HOUSEHOLD PRESCRIPTION PRINTOUT, printed 05/20/2024            Page 1 of 1
TILLMAN, LORRAINE B    oxycodone 30 mg tab, 1 twice daily   #60   filled 05/02/2024
TILLMAN, LORRAINE B    amitriptyline 10 mg, 1 at bedtime    #30   filled 05/02/2024
TILLMAN, ROGER A       warfarin 5 mg, as directed           #30   filled 05/06/2024
TILLMAN, ROGER A       metoprolol 50 mg, twice daily        #60   filled 05/06/2024
""",
    "other/external-review-authorization-2026-11-20.txt": """
MAGNOLIA CREST HEALTH INSURANCE COMPANY (FICTIONAL) - APPOINTMENT OF AUTHORIZED REPRESENTATIVE FOR EXTERNAL REVIEW
Member: Lorraine Beatrix Tillman   Reference MCH-PA-26-0929-41187
I appoint Dr. Yusuf Abernathy-Cole, my treating pain physician, to request external review for me and to receive
my health information for it.   Signed: Lorraine B. Tillman   Date: 11/20/2026
""",
}

TRUTH = r"""
# 05 - Marketplace Silver (AL): interdisciplinary pain program denied on a stale opioid dose and a "missing" evaluation; external review by the treating pain physician (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Lorraine Beatrix Tillman, 55, individual Marketplace Silver plan, insured (Magnolia Crest, AL). Chronic pain
  syndrome (G89.4) with left lumbar radiculopathy (M54.16) and recurrent depression (F33.1).
- A 4-week interdisciplinary pain rehabilitation program (20 program days) was denied pre-service **10/02/2026**
  (MP-IPRP-6 criteria 3 and 4); appeal faxed **10/16/2026**; final internal denial **11/06/2026** says no
  psychological evaluation was received and "oxycodone 30 mg twice daily (90 MME)".
- **Both grounds are wrong on the record:** the pain psychology evaluation of **10/14/2026** (suitable) was in the
  **10/16/2026 fax** (9 pages, result OK) three weeks before the decision; the 90 MME was her **2024** dose (the
  decision lists a **05/2024 pharmacy printout**), tapered off by 03/2025; now **hydrocodone 20 MME**, and she signed
  a **taper agreement** on 10/14/2026. Criterion 4 is met twice over (under 50 MME, and a signed agreement).
- Criteria 1, 2, 5 met: Oswestry 58%, stopped work 02/2026; PT 14 visits without lasting gain; pregabalin stopped after
  3 weeks (intolerance); **duloxetine 60 mg continues** (partial); two epidural injections with short relief; not a
  surgical candidate. Amitriptyline 10 mg is a sleep dose.
- Passive thoughts of death on 10/14/2026, no plan or intent, safety plan made.
- **Rule and stage:** external review for an insured individual plan, **4 months from the final internal denial
  (45 CFR 147.136(c)-(d)): by 03/06/2027**, to the independent review organization the decision names.
- **Author:** the treating pain physician, with the patient's signed appointment (11/20/2026); writes about "Mrs. Tillman".
{ANSWERS}

## Deliberately unknown
- Whether Alabama runs its own external review for this plan or the federal process applies: not stated; the letter
  addresses the IRO the decision names.
- The program's start date and cost; the plan's reviewer for the final decision (only the first is named).

## Traps
- **Stale document:** the 2024 pharmacy printout (oxycodone 90 MME) is two years old; a letter must not give 90 MME as
  her current dose.
- **Record sent before the decision:** the evaluation was in the plan's file (fax proof); a letter should say so,
  not that it is "new evidence" only.
- **Other person on a document:** the 2024 printout lists her husband Roger (warfarin, metoprolol).
- **Drug still taken:** duloxetine continues - never "failed". **Intolerance:** pregabalin 3 weeks. **Sleep dose:**
  amitriptyline 10 mg. **Opioid:** hydrocodone is current and will be tapered - never "stopped" or "no opioids".
- **Not a mental-health first diagnosis:** G89.4 is first; parity is at most a side point.
- **Wrong law:** ERISA's 29 CFR 2560.503-1 as the governing rule (it applies only through 147.136); Medicare, Medicaid.

## Arguments a strong letter makes (strongest first)
1. Criterion 3: the evaluation (suitable) was faxed 10/16/2026, before the 11/06 decision, with the fax report.
2. Criterion 4: current opioid 20 MME since 03/2025 and a signed taper agreement; the 90 MME is a 2024 record.
3. Criteria 1, 2, 5 from the record; the program's plan with its taper and measures.
4. Ask the IRO to reverse; ask for the plan's case file to be sent to the IRO complete.

## What a letter must NOT say
- "90 MME" or "oxycodone 30 mg twice daily" as current; "no psychological evaluation".
- "failed duloxetine", "stopped duloxetine"; amitriptyline as a trial; pregabalin as an adequate trial.
- "Roger", warfarin, metoprolol.
- "opioid-free", "no longer takes opioids".
- "Medicare", "Medicaid", "OPM".
"""

ANSWERS = [
    ("Pre-service notice date", "NOTICE OF ADVERSE BENEFIT DETERMINATION (PRE-SERVICE)                                   Date: 10/02/2026", "denial/pre-service-denial-2026-10-02.txt"),
    ("Reference", "MCH-PA-26-0929-41187", "denial/pre-service-denial-2026-10-02.txt"),
    ("Final internal denial date", "FINAL INTERNAL ADVERSE BENEFIT DETERMINATION                                              Date: 11/06/2026", "denial/final-internal-adverse-determination-2026-11-06.txt"),
    ("External review window", "4 months from the date of this notice", "denial/final-internal-adverse-determination-2026-11-06.txt"),
    ("Stale record the decision used", "pharmacy claims printout of 05/2024", "denial/final-internal-adverse-determination-2026-11-06.txt"),
    ("Fax of the evaluation", "Sent 10/16/2026 10:42", "other/fax-confirmation-2026-10-16.txt"),
    ("Evaluation's opinion", "suitable for an interdisciplinary pain rehabilitation program", "clinical/pain-psychology-evaluation-2026-10-14.txt"),
    ("Current opioid", "hydrocodone 5 mg four times a day (20 MME) since 03/2025", "clinical/gulf-south-spine-and-pain-notes-2025-2026.txt"),
    ("Taper agreement", "Signed the program's opioid taper agreement today", "clinical/gulf-south-spine-and-pain-notes-2025-2026.txt"),
    ("Drug continued", "continue duloxetine 60 mg", "clinical/gulf-south-spine-and-pain-notes-2025-2026.txt"),
    ("Intolerance", "pregabalin stopped after 3 weeks", "clinical/gulf-south-spine-and-pain-notes-2025-2026.txt"),
    ("Physical therapy", "Physical therapy, 14 visits", "clinical/gulf-south-spine-and-pain-notes-2025-2026.txt"),
    ("Surgery", "not a surgical candidate", "clinical/gulf-south-spine-and-pain-notes-2025-2026.txt"),
    ("Sleep dose", "Amitriptyline 10 mg at bedtime for sleep", "clinical/gulf-south-spine-and-pain-notes-2025-2026.txt"),
    ("Another person on a document", "TILLMAN, ROGER A", "other/pharmacy-claims-printout-2024-05.txt"),
    ("Criterion 4 words", "or a signed agreement to taper", "other/mp-iprp-6-policy-2026.txt"),
]
