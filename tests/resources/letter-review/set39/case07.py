"""Set 39, case 07 (FICTIONAL): self-funded ERISA plan, IV ketamine for CRPS, retired policy version; second level."""

SLUG = "07-self-funded-erisa-iv-ketamine-crps-policy-revised-before-service-budapest-not-sent-second-level-wife"

CASE_YAML = r"""
# FICTIONAL CASE (set 39, case 07) - every person, plan, employer, administrator, clinic, number and address is invented.
# Self-funded employer plan (ERISA), Wisconsin, 1,400 employees. Caleb Nwachukwu-Ferris, 38, has CRPS of the right
# arm. He had a 5-day IV ketamine course 09/14-09/18/2026. Denied as investigational under PM-KET-09 "rev. 03/2024";
# the first-level appeal (11/05/2026) upheld and added "records submitted do not document the Budapest criteria".
# The policy was revised effective 07/01/2026 to cover ketamine for CRPS, and the SPD applies the policy in effect on
# the date of service; the 02/10/2026 consult documenting Budapest was never sent. His wife writes the second level.
patient:
  name: Caleb Nwachukwu-Ferris
  salutation: Mr. Nwachukwu-Ferris
  date_of_birth: 1988-01-22
  member_id: FICT-FRP-60027714
  address: |-
    2614 Willow Creek Parkway
    Madison, WI 53711
  phone: (608) 555-0113
insurer:
  name: Fox River Packaging Employee Health Plan, administered by Northstar Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Northstar Benefit Administrators - Appeals Unit (FICTIONAL)
    PO Box 55120
    Milwaukee, WI 53255
  fax: (414) 555-0142
claim:
  number: NBA-26-0921-73306
  plan_type: employer_erisa
  funding: self_funded
  employees: 1400
  notice_date: 2026-09-30
  service_dates: [2026-09-14, 2026-09-15, 2026-09-16, 2026-09-17, 2026-09-18]
  sessions: 5
  setting: outpatient
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [G90.511]
  carc_codes: [CO-55]
  denial_reason: >-
    CO-55: Experimental/investigational. Medical Policy PM-KET-09: intravenous ketamine is considered
    investigational for all chronic pain indications.
  denial_category: experimental_investigational
  denial_reasons: [experimental_investigational, medical_necessity]
  stage: second level
  action: none
decisions:
  - date: 2026-11-05
    outcome: denied
    stage: first level appeal
    opens: second level appeal
    next_deadline: 2027-01-04
    reason: >-
      Upheld. PM-KET-09 considers IV ketamine investigational for pain. In addition, the records submitted do not
      document that the Budapest diagnostic criteria for CRPS were met.
    corrections:
      - said: The records submitted do not document that the Budapest diagnostic criteria for CRPS were met.
        record: >-
          The pain medicine consultation of 02/10/2026, not sent with the first-level appeal, documents the
          Budapest criteria: symptoms in all four categories and signs in three (allodynia, a 1.8 degree C
          temperature difference, swelling, reduced range of motion), with no other diagnosis that explains them.
        file: clinical/pain-consultation-2026-02-10.txt
        page: 1
        leaves_out: true
plan_policy:
  name: Northstar Medical Policy PM-KET-09, Ketamine Infusion (rev. 03/2024)
  number: PM-KET-09
  quote: >-
    Rev. 03/2024: Intravenous ketamine is considered investigational for all chronic pain indications.
  file: other/medical-policy-pm-ket-09-rev-2024-03.txt
  other_terms: >-
    Summary Plan Description, Section 7.4: "Benefits are determined under the Claims Administrator's medical policy
    in effect on the date the service is provided." Medical Policy PM-KET-09, rev. 07/2026, effective 07/01/2026:
    "Intravenous ketamine infusion (up to 5 consecutive days, once in 12 months) is considered medically necessary
    for complex regional pain syndrome when: 1. the Budapest clinical diagnostic criteria are documented; 2. at least
    3 months of conservative therapy including physical or occupational therapy have been tried; 3. at least one
    sympathetic block or an adequate gabapentinoid trial has not given adequate relief; 4. the infusion is given in
    a monitored setting."
  other_terms_file: other/spd-section-7-4-and-pm-ket-09-rev-2026-07.txt
  other_terms_apply: >-
    Every infusion (09/14/2026-09/18/2026) was given after 07/01/2026, so under SPD Section 7.4 the policy that
    decides the claim is PM-KET-09 rev. 07/2026, which covers a 5-day course for CRPS, not the retired rev. 03/2024.
payer_criteria:
  - criterion: "1. the Budapest clinical diagnostic criteria are documented"
    how_met: Pain consultation of 02/10/2026 documents symptoms in all four categories and signs in three, no other diagnosis.
    met: true
    evidence: {file: clinical/pain-consultation-2026-02-10.txt, page: 1}
  - criterion: "2. at least 3 months of conservative therapy including physical or occupational therapy"
    how_met: Occupational therapy, 20 visits 10/2025-03/2026 (graded motor imagery, desensitization).
    met: true
    evidence: {file: clinical/pain-consultation-2026-02-10.txt, page: 1}
  - criterion: "3. at least one sympathetic block or an adequate gabapentinoid trial without adequate relief"
    how_met: Pregabalin 300 mg a day for 12 weeks with no benefit, and stellate ganglion blocks on 03/17/2026 and 04/21/2026 with 1-2 days of relief each.
    met: true
    evidence: {file: clinical/infusion-referral-2026-08-20.txt, page: 1}
  - criterion: "4. the infusion is given in a monitored setting"
    how_met: Given in an infusion suite with an anesthesiologist present, continuous pulse oximetry, blood pressure every 15 minutes.
    met: true
    evidence: {file: clinical/infusion-course-summary-2026-09-18.txt, page: 1}
treatment:
  name: Intravenous ketamine infusions for CRPS, 5-day course (09/14/2026-09/18/2026)
  summary: >-
    A 5-day outpatient IV ketamine course for CRPS type I of the right arm after occupational therapy, pregabalin
    and two stellate ganglion blocks did not give adequate relief; pain fell from 8/10 to 4/10.
  setting: Lakeshore Infusion and Pain Center infusion suite (FICTIONAL), anesthesiologist present
  monitoring: continuous pulse oximetry and ECG, blood pressure every 15 minutes, 60 minutes of recovery
clinical:
  severity: Pain 8/10 and grip strength 9 kg on the right before the course (09/14/2026); pain 4/10, grip 17 kg at 4 weeks (10/16/2026)
  severity_date: 2026-10-16
  suicidality: none
  suicidality_date: 2026-10-16
  response: Pain 8/10 (09/14/2026) to 4/10 (10/16/2026); back to light duty 10/19/2026
  response_level: response
  episode_onset: 2025-09
  history:
    - drug: Pregabalin
      dose: 150 mg twice daily
      start: 2025-11
      end: 2026-02
      weeks: 12
      kind: other
      adequate: true
      failed: true
      response: none
      outcome: No benefit after 12 weeks; stopped
      evidence: {file: clinical/infusion-referral-2026-08-20.txt, page: 1}
    - drug: Nortriptyline
      dose: 10 mg at bedtime for sleep
      start: 2025-12
      ongoing: true
      kind: other
      outcome: Sleep dose; not a tricyclic trial for pain
      evidence: {file: clinical/infusion-referral-2026-08-20.txt, page: 1}
    - drug: Occupational therapy (20 visits)
      dose: graded motor imagery, desensitization
      start: 2025-10
      end: 2026-03
      kind: other
      failed: true
      response: partial
      outcome: Some gain in range of motion; pain unchanged
      evidence: {file: clinical/pain-consultation-2026-02-10.txt, page: 1}
    - drug: Stellate ganglion blocks (2)
      dose: right, 03/17/2026 and 04/21/2026
      start: 2026-03-17
      end: 2026-04-21
      kind: other
      failed: true
      response: partial
      outcome: One to two days of relief after each block
      evidence: {file: clinical/infusion-referral-2026-08-20.txt, page: 1}
    - drug: Prednisone burst
      dose: 30 mg daily tapered over 10 days
      start: 2025-10
      end: 2025-10
      kind: other
      failed: true
      response: none
      outcome: No effect
      evidence: {file: clinical/pain-consultation-2026-02-10.txt, page: 1}
impact:
  work: Off work as a machine operator from 10/2025; back to light duty 10/19/2026 after the course.
expenses:
  - date: 2026-10-02
    item: Payment to Lakeshore Infusion and Pain Center for the 5 infusions (09/14/2026-09/18/2026)
    amount: 3250.00
    paid: 3250.00
    reimbursed: 0
author:
  name: Sunniva Nwachukwu-Ferris
  role: Wife and authorized representative
  relation: representative
  authorization: other/authorized-representative-designation-2026-10-05.txt
  address: |-
    2614 Willow Creek Parkway
    Madison, WI 53711
  phone: (608) 555-0114
  email: sunniva.nf@homemail.example
provider:
  name: Lakeshore Infusion and Pain Center (Marisol Eklund-Barros, MD, anesthesiology and pain medicine)
  credentials: MD, anesthesiology and pain medicine
  npi: "1788230492"
  address: |-
    4400 University Ridge Drive, Suite 120
    Madison, WI 53705
  phone: (608) 555-0181
employer:
  name: Fox River Packaging - Benefits Office (FICTIONAL)
  address: |-
    900 Industrial Way
    Appleton, WI 54914
record_dates:
  - file: clinical/pain-consultation-2026-02-10.txt
    date: 2026-02-10
    submitted: false
  - file: clinical/infusion-course-summary-2026-09-18.txt
    date: 2026-09-18
  - file: clinical/follow-up-2026-10-16.txt
    date: 2026-10-16
copies: [employer]
bates_prefix: NWACHUKWUFERRIS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-09-30.txt": """
NORTHSTAR BENEFIT ADMINISTRATORS (FICTIONAL) for the FOX RIVER PACKAGING EMPLOYEE HEALTH PLAN (self-funded)
EXPLANATION OF BENEFITS                                                                   Date: 09/30/2026
Member: Caleb Nwachukwu-Ferris   ID FICT-FRP-60027714   Claim NBA-26-0921-73306
Lakeshore Infusion and Pain Center   09/14/2026-09/18/2026   96365 x5, 96366 x15, J3490 x5   Billed $3,250.00
Paid $0.00. CO-55: Experimental/investigational. Medical Policy PM-KET-09: intravenous ketamine is considered
investigational for all chronic pain indications.
You may appeal within 180 days. The plan has two levels of internal appeal.
""",
    "denial/first-level-appeal-decision-2026-11-05.txt": """
NORTHSTAR BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION                   Date: 11/05/2026
Member: Caleb Nwachukwu-Ferris   Claim NBA-26-0921-73306   Appeal received 10/09/2026
Upheld. PM-KET-09 considers IV ketamine investigational for pain. In addition, the records submitted do not document
that the Budapest diagnostic criteria for CRPS were met. Reviewer: Glenn Ostrowski, MD, Occupational Medicine.
You may request a second-level appeal within 60 days of the first-level decision (Summary Plan Description, Section
9.3). After the second level you may ask for external review.
""",
    "clinical/pain-consultation-2026-02-10.txt": """
LAKESHORE INFUSION AND PAIN CENTER (FICTIONAL) - PAIN MEDICINE CONSULTATION                  Date: 02/10/2026
Patient: Caleb Nwachukwu-Ferris   DOB 01/22/1988   Physician: Marisol Eklund-Barros, MD   Page 1 of 1
Right wrist fracture 09/2025 at work; burning pain of the whole right hand since.
Budapest criteria: symptoms in all four categories (sensory, vasomotor, sudomotor/edema, motor/trophic); signs in
three: allodynia to light touch, 1.8 degree C temperature difference (right cooler), swelling, reduced range of
motion. No other diagnosis explains them. Diagnosis: CRPS type I, right upper limb (G90.511).
Tried: prednisone burst 10/2025 (no effect); occupational therapy 20 visits since 10/2025 (some motion gained, pain
unchanged); pregabalin since 11/2025.
""",
    "clinical/infusion-referral-2026-08-20.txt": """
LAKESHORE INFUSION AND PAIN CENTER (FICTIONAL) - REFERRAL FOR KETAMINE INFUSION             Date: 08/20/2026
Patient: Caleb Nwachukwu-Ferris   Physician: Marisol Eklund-Barros, MD   Page 1 of 1
Pregabalin 150 mg twice daily 11/2025-02/2026: no benefit after 12 weeks, stopped. Nortriptyline 10 mg at bedtime
for sleep since 12/2025. Right stellate ganglion blocks 03/17/2026 and 04/21/2026: one to two days of relief each.
Pain 8/10. No suicidal ideation; no substance use; blood pressure normal.
Plan: 5-day IV ketamine course in the monitored infusion suite, 09/14/2026-09/18/2026.
""",
    "clinical/infusion-course-summary-2026-09-18.txt": """
LAKESHORE INFUSION AND PAIN CENTER (FICTIONAL) - INFUSION COURSE SUMMARY                     Date: 09/18/2026
Patient: Caleb Nwachukwu-Ferris   Page 1 of 1
Five daily 4-hour IV ketamine infusions, 09/14/2026-09/18/2026, anesthesiologist present, continuous pulse oximetry
and ECG, blood pressure every 15 minutes. No serious adverse events. Pain 8/10 on day 1, 5/10 on day 5.
Suite schedule 09/14/2026: chair 1 C.N-F. (this patient); chairs 2-3 other patients (initials only), not this claim.
""",
    "clinical/follow-up-2026-10-16.txt": """
LAKESHORE INFUSION AND PAIN CENTER (FICTIONAL) - FOLLOW-UP                                   Date: 10/16/2026
Patient: Caleb Nwachukwu-Ferris   Page 1 of 1
Four weeks after the course: pain 8/10 to 4/10; grip strength 9 kg to 17 kg on the right. Cleared for light duty from
10/19/2026. Nortriptyline 10 mg at bedtime continued for sleep.
""",
    "other/medical-policy-pm-ket-09-rev-2024-03.txt": """
NORTHSTAR BENEFIT ADMINISTRATORS (FICTIONAL) - MEDICAL POLICY PM-KET-09 KETAMINE INFUSION          Page 1 of 2
Rev. 03/2024: Intravenous ketamine is considered investigational for all chronic pain indications.
[Superseded by rev. 07/2026, effective 07/01/2026.]
""",
    "other/spd-section-7-4-and-pm-ket-09-rev-2026-07.txt": """
FOX RIVER PACKAGING EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026, Section 7.4   Page 38
Benefits are determined under the Claims Administrator's medical policy in effect on the date the service is
provided.

NORTHSTAR MEDICAL POLICY PM-KET-09 (FICTIONAL), rev. 07/2026, effective 07/01/2026                 Page 1 of 3
Intravenous ketamine infusion (up to 5 consecutive days, once in 12 months) is considered medically necessary for
complex regional pain syndrome when: 1. the Budapest clinical diagnostic criteria are documented; 2. at least 3
months of conservative therapy including physical or occupational therapy have been tried; 3. at least one
sympathetic block or an adequate gabapentinoid trial has not given adequate relief; 4. the infusion is given in a
monitored setting.
""",
    "other/authorized-representative-designation-2026-10-05.txt": """
NORTHSTAR BENEFIT ADMINISTRATORS (FICTIONAL) - DESIGNATION OF AUTHORIZED REPRESENTATIVE      Signed 10/05/2026
Member: Caleb Nwachukwu-Ferris. I designate my wife, Sunniva Nwachukwu-Ferris, to act for me in all appeals of claim
NBA-26-0921-73306. Signed: Caleb Nwachukwu-Ferris.
""",
    "other/payment-receipt-2026-10-02.txt": """
LAKESHORE INFUSION AND PAIN CENTER (FICTIONAL) - PAYMENT RECEIPT                              Date: 10/02/2026
Received from Caleb Nwachukwu-Ferris: $3,250.00 for services 09/14/2026-09/18/2026 (claim denied by the plan).
""",
}

TRUTH = """# 07 - Self-funded ERISA plan: a 5-day IV ketamine course for CRPS denied under a retired policy version; second-level appeal by the patient's wife (FICTIONAL)

All people, plans, employers, administrators, clinics, numbers and addresses are invented (FICTIONAL).

## What is true
- Caleb Nwachukwu-Ferris, 38 (DOB 01/22/1988), in the **Fox River Packaging Employee Health Plan** (self-funded,
  ERISA, 1,400 employees; administrator Northstar), has **CRPS type I of the right arm (G90.511)** since 09/2025. He had
  **5 IV ketamine infusions, 09/14/2026 to 09/18/2026**, in a monitored suite; pain **8/10 -> 4/10** at 4 weeks, back
  to light duty 10/19/2026. He paid the clinic **$3,250.00** on 10/02/2026.
- EOB **09/30/2026**: CO-55, PM-KET-09 "investigational for all chronic pain indications" (the **rev. 03/2024**
  text). First-level decision **11/05/2026**: upheld; adds "records submitted do not document ... Budapest".
- **Plan documents and a date:** PM-KET-09 was **revised effective 07/01/2026** to cover a 5-day course for CRPS on
  four criteria; **SPD Section 7.4** applies "the ... medical policy in effect on the date the service is provided".
  Every infusion date is after 07/01/2026. Every rev. 07/2026 criterion is met.
- **Budapest:** documented in the consultation of **02/10/2026** (four symptom categories, three sign categories,
  **1.8 degree C** difference) - that consultation was **not sent** at level 1, so the decision's words are true of
  what it had, and leave out what the record shows.
- **Stage:** **second-level** internal appeal, within 60 days of the first-level decision (SPD 9.3): **by
  01/04/2027**; post-service. ERISA claims rule 29 CFR 2560.503-1 (documents on request (h)(2)(iii); a reviewer who
  is not the first one nor a subordinate, consulting an appropriate expert (h)(3)(ii)-(v)). After it: federal
  external review for a self-funded plan, **29 CFR 2590.715-2719**, within 4 months of the final internal denial.
- **Author:** his wife, designated 10/05/2026; writes about "Mr. Nwachukwu-Ferris".

### Expected answers
{ANSWERS}

## Deliberately unknown
- Why the administrator applied the retired version: unknown; the letter may ask for the policy applied and its date.
- The allowed amount: not in the case (billed and paid $3,250.00).
- Whether the plan gives the administrator discretion: not in the case; do not state contra proferentem as law.

## Traps
- **Date and plan document:** the winning point is SPD 7.4 plus the 07/01/2026 revision, not the general evidence on
  ketamine.
- **A decision's words true as far as they go:** "records submitted do not document Budapest" - the consultation was
  never sent; the letter says so and encloses it, never "the records you had showed Budapest".
- **Not mental health:** CRPS is a pain condition; **no MHPAEA/parity argument** (and no Spravato or depression
  criteria).
- **Sleep-dose tricyclic:** nortriptyline 10 mg at bedtime is not a trial; pregabalin 12 weeks, no benefit, is the
  adequate failed trial; two stellate ganglion blocks gave 1-2 days each.
- **Other people:** the suite schedule's chairs 2-3. **Stale document:** PM-KET-09 rev. 03/2024 (enclosed to show
  what was applied).
- **Stage:** second level - quote the 11/05/2026 decision, not only the EOB; external review is the next step, not
  this one. No 45 CFR 147.136 alone for a self-funded plan; no state insurance department.
- **J3490:** no NDC is in the case; a letter must not invent one.

## Arguments a strong letter makes (strongest first)
1. Under SPD 7.4 the policy in force on 09/14-09/18/2026 decides: PM-KET-09 rev. 07/2026 (effective 07/01/2026)
   covers a 5-day IV ketamine course for CRPS; the denial applied the retired rev. 03/2024.
2. Each rev. 07/2026 criterion is met, with exhibits: Budapest (02/10/2026 consultation, enclosed now because it was
   not sent before), 20 OT visits, pregabalin 12 weeks and two stellate ganglion blocks, monitored setting.
3. He responded (8/10 -> 4/10, grip 9 -> 17 kg, back to work); pay the claim and reimburse the $3,250.00 paid.
4. Ask for the documents relied on and a reviewer with pain-medicine expertise (29 CFR 2560.503-1).

## What a letter must NOT say
- "rev. 03/2024 governs"; "investigational" conceded; "the plan had the Budapest documentation".
- "MHPAEA", "parity", "mental health"; "failed nortriptyline" or nortriptyline as a trial; any NDC.
- "external review" as this request; "45 CFR 147.136" as the external review rule for this plan; "state insurance
  department"; "contra proferentem" stated as law.
- "first-level appeal" as what this letter is; "Mr. Nwachukwu-Ferris" speaking as "I".
"""

ANSWERS = [
    ("Plan type", "plan_type: employer_erisa", "case.yaml"),
    ("Funding", "funding: self_funded", "case.yaml"),
    ("Date of the first-level decision", "FIRST-LEVEL APPEAL DECISION                   Date: 11/05/2026", "denial/first-level-appeal-decision-2026-11-05.txt"),
    ("Second-level window", "within 60 days of the first-level decision", "denial/first-level-appeal-decision-2026-11-05.txt"),
    ("The version the denial used", "Rev. 03/2024", "other/medical-policy-pm-ket-09-rev-2024-03.txt"),
    ("When the revision took effect", "rev. 07/2026, effective 07/01/2026", "other/spd-section-7-4-and-pm-ket-09-rev-2026-07.txt"),
    ("The SPD's rule on which policy applies", "medical policy in effect on the date the service is provided", "other/spd-section-7-4-and-pm-ket-09-rev-2026-07.txt"),
    ("Dates of the infusions", "09/14/2026-09/18/2026", "clinical/infusion-course-summary-2026-09-18.txt"),
    ("Date of the consultation documenting Budapest", "PAIN MEDICINE CONSULTATION                  Date: 02/10/2026", "clinical/pain-consultation-2026-02-10.txt"),
    ("Temperature difference", "1.8 degree C temperature difference", "clinical/pain-consultation-2026-02-10.txt"),
    ("The adequate failed trial", "no benefit after 12 weeks, stopped", "clinical/infusion-referral-2026-08-20.txt"),
    ("Sleep dose", "Nortriptyline 10 mg at bedtime for sleep", "clinical/infusion-referral-2026-08-20.txt"),
    ("Stellate ganglion block dates", "03/17/2026 and 04/21/2026", "clinical/infusion-referral-2026-08-20.txt"),
    ("Amount paid", "$3,250.00", "other/payment-receipt-2026-10-02.txt"),
    ("External review rule for this plan", "29 CFR 2590.715-2719", "truth"),
    ("Response", "pain 8/10 to 4/10", "clinical/follow-up-2026-10-16.txt"),
]
