"""Set 27, case 02 (FICTIONAL): Medicaid managed care, member aged 20, residential eating-disorder care, level of care."""
SLUG = "02-medicaid-mco-age-20-residential-eating-disorder-level-of-care-expedited-plan-appeal-therapist"

CASE_YAML = r'''
# FICTIONAL CASE (set 27, case 02) - every person, plan, provider, number and address is invented.
# Medicaid managed care, New Mexico. Ms. Okafor-Quint, 20, is in residential treatment for anorexia nervosa,
# binge-eating/purging type, since 11/09/2026. The plan approved 11/09-11/22 and denied continued stay from 11/23
# (notice 11/24): "BMI 18.9, no purging in 7 days, PHP appropriate". The BMI is from her June 2025 discharge; on
# 11/20/2026 it was 16.1, she purged on 11/19 and 11/21, and the only in-network adult PHP has no opening until
# 01/11/2027. Her primary therapist (LPC) writes the expedited plan appeal with her consent; the attending
# psychiatrist certifies the urgency.
patient:
  name: Marisol Okafor-Quint
  salutation: Ms. Okafor-Quint
  date_of_birth: 2006-04-02
  member_id: FICT-MRC-30017745
  address: |-
    2710 Calle del Sol SW
    Albuquerque, NM 87105
  phone: (505) 555-0117
insurer:
  name: Mesa Roja Community Health Plan (FICTIONAL)
  appeals_address: |-
    Mesa Roja Community Health Plan - Member Appeals (address FICTIONAL)
    PO Box 95520
    Albuquerque, NM 87199
  fax: (505) 555-0163
claim:
  number: UM-26-1124-41877
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-24
  appeal_deadline: 2027-01-23
  deadline_basis: >-
    Notice of 11/24/2026: "You have 60 calendar days from the date of this notice to ask for an appeal."
  urgent: true
  setting: residential
  action: none
  pending_services: [continued residential treatment from November 23, 2026 (about 21 more days planned)]
  procedure_codes: [H0019]
  revenue_codes: [1001]
  diagnosis_codes: [F50.022]
  denial_reason: >-
    Continued residential treatment from 11/23/2026 is not medically necessary. The member is medically stable. BMI
    is 18.9. There have been no purging episodes in the past 7 days. Her needs can be met at a lower level of care
    (partial hospitalization). Criteria applied: Mesa Roja Level of Care Guideline BH-ED-RTC-2.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  reviewer: {name: Dr. Lyle Okonkwo, specialty: family medicine}
  corrections:
    - said: "BMI is 18.9"
      record: >-
        Her BMI was 16.1 on November 20, 2026 (weight 43.6 kg, height 164.5 cm) in the residential record; 18.9 is the
        BMI at her discharge from an earlier admission in June 2025
      file: clinical/residential-progress-summary-2026-11-21.txt
      page: 1
    - said: "There have been no purging episodes in the past 7 days"
      record: >-
        Staff recorded self-induced vomiting after lunch on November 19 and after dinner on November 21, 2026, and a
        potassium of 3.1 mmol/L on November 19, 2026
      file: clinical/residential-progress-summary-2026-11-21.txt
      page: 1
plan_policy:
  name: Mesa Roja Level of Care Guideline BH-ED-RTC-2 (residential treatment, eating disorders)
  number: BH-ED-RTC-2
  quote: >-
    Continued stay in residential treatment is indicated when ANY ONE of the following is present: (1) BMI below 17.0
    in an adult, or weight below 85% of expected body weight, without steady gain of at least 0.5 kg per week; (2)
    purging or binge eating at least three times per week despite a structured setting; (3) the member cannot complete
    meals or stop compensatory behaviors without 24-hour supervision. A lower level of care must be available to the
    member before transfer is required.
  file: other/level-of-care-guideline-bh-ed-rtc-2-excerpt.txt
payer_criteria:
  - criterion: "(1) BMI below 17.0 in an adult, without steady gain of at least 0.5 kg per week"
    how_met: BMI 16.1 on 11/20/2026; weight 43.2 kg on 11/09 and 43.6 kg on 11/20 (0.4 kg in 11 days)
    met: true
    evidence: {file: clinical/residential-progress-summary-2026-11-21.txt, page: 1}
  - criterion: "(2) purging at least three times per week despite a structured setting"
    how_met: Purging on 11/16, 11/17, 11/19 and 11/21/2026 despite supervised meals and bathroom checks
    met: true
    evidence: {file: clinical/residential-progress-summary-2026-11-21.txt, page: 1}
  - criterion: "(3) cannot complete meals or stop compensatory behaviors without 24-hour supervision"
    how_met: Completed 61% of meals in the week to 11/21 with one-to-one support; purged when supervision lapsed
    met: true
    evidence: {file: clinical/residential-progress-summary-2026-11-21.txt, page: 1}
alternatives:
  - treatment: Partial hospitalization for eating disorders
    level: partial hospitalization
    name: Rio Grande Eating Disorders Partial Hospitalization Program (in network)
    first_opening: 2027-01-11
    why_not: >-
      The only in-network adult eating-disorder PHP has a waitlist; its intake coordinator wrote on 11/23/2026 that the
      first opening is January 11, 2027
    proof: other/php-waitlist-email-2026-11-23.txt
treatment:
  name: Residential treatment for anorexia nervosa (continued stay)
  summary: >-
    Continued residential treatment with supervised meals, bathroom checks, daily therapy and medical monitoring, for
    anorexia nervosa, binge-eating/purging type, severe, with hypokalemia from purging.
  plan: >-
    About 21 more days of residential treatment, with weekly weights and potassium checks; step down to PHP when BMI
    reaches 17.0 with steady gain and a week passes without purging, and a PHP place is open.
clinical:
  severity: BMI 16.1 on 11/20/2026; purging 4 times in the week to 11/21; potassium 3.1 mmol/L on 11/19/2026
  severity_date: 2026-11-20
  suicidality: none
  suicidality_date: 2026-11-20
  history:
    - drug: Family-based treatment (2023 episode)
      start: 2023-02
      end: 2024-01
      kind: psychotherapy
      failed: false
      response: remission
      outcome: Weight restored and remission at 17 (earlier episode); relapse began in 2025
      evidence: {file: clinical/residential-progress-summary-2026-11-21.txt, page: 1}
    - drug: Fluoxetine
      dose: 60 mg daily
      start: 2025-07
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response (fewer binge episodes); continued in the residential program
      evidence: {file: clinical/residential-progress-summary-2026-11-21.txt, page: 1}
    - drug: Olanzapine
      dose: 2.5 mg at bedtime
      start: 2026-11-12
      ongoing: true
      kind: other
      outcome: Started in the residential program on 11/12/2026; too early to judge
      evidence: {file: clinical/residential-progress-summary-2026-11-21.txt, page: 1}
    - drug: Intensive outpatient program for eating disorders
      start: 2026-08-24
      end: 2026-10-30
      kind: other
      failed: true
      response: none
      outcome: 10 weeks, 3 days a week; weight fell from 45.9 kg to 43.5 kg and purging rose; referred to residential
      evidence: {file: clinical/residential-progress-summary-2026-11-21.txt, page: 1}
urgency:
  reason: >-
    She purged twice in the week to 11/21 despite supervision, with a potassium of 3.1 mmol/L and a resting heart rate
    of 44; without 24-hour care she is at risk of cardiac arrhythmia from hypokalemia, and no lower level is open.
  certified_by: Dr. Vikram Halloran, MD
author:
  name: Renata Solis-Brandt
  role: Primary therapist, licensed professional counselor (LPC), Sandia Bloom Residential Program
  relation: clinician
  authorization: other/member-consent-2026-11-25.txt
  address: |-
    Sandia Bloom Residential Program (FICTIONAL), 4400 Montgomery Boulevard NE
    Albuquerque, NM 87109
  phone: (505) 555-0139
  email: rsolisbrandt@sandiabloom.example
provider:
  name: Vikram Halloran
  credentials: MD
  npi: "1620398473"
  address: |-
    Sandia Bloom Residential Program (FICTIONAL), 4400 Montgomery Boulevard NE
    Albuquerque, NM 87109
  phone: (505) 555-0139
record_dates:
  - file: clinical/residential-progress-summary-2026-11-21.txt
    date: 2026-11-21
  - file: clinical/psychiatrist-urgency-statement-2026-11-25.txt
    date: 2026-11-25
template: expedited-appeal
bates_prefix: OKAFORQUINT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/notice-of-adverse-benefit-determination-2026-11-24.txt": """
MESA ROJA COMMUNITY HEALTH PLAN (FICTIONAL) - NEW MEXICO MEDICAID MANAGED CARE
NOTICE OF ADVERSE BENEFIT DETERMINATION                          Date of this notice: 11/24/2026
Page 1 of 1

Member: Marisol Okafor-Quint   Date of birth: 04/02/2006   Member ID: FICT-MRC-30017745   Reference: UM-26-1124-41877
Provider: Sandia Bloom Residential Program          Service: residential treatment (H0019, revenue code 1001)
Approved: 11/09/2026 through 11/22/2026.   Denied: continued stay from 11/23/2026.

Reason: Continued residential treatment from 11/23/2026 is not medically necessary. The member is medically stable. BMI
is 18.9. There have been no purging episodes in the past 7 days. Her needs can be met at a lower level of care
(partial hospitalization). Criteria applied: Mesa Roja Level of Care Guideline BH-ED-RTC-2.
Reviewer: Dr. Lyle Okonkwo, family medicine.

YOUR RIGHTS: You have 60 calendar days from the date of this notice to ask for an appeal. If waiting 30 days could
seriously harm your health, you or your provider may ask for a fast (expedited) appeal; we will decide it within 72
hours. After our appeal decision you may ask for a State Fair Hearing within 120 days of our decision. Mail or fax
appeals to PO Box 95520, Albuquerque, NM 87199; fax (505) 555-0163.
""",
    "clinical/residential-progress-summary-2026-11-21.txt": """
SANDIA BLOOM RESIDENTIAL PROGRAM (FICTIONAL) - WEEKLY PROGRESS SUMMARY          Date: 11/21/2026
Resident: Marisol Okafor-Quint   DOB 04/02/2006   Admitted 11/09/2026   Attending: Vikram Halloran, MD
Page 1 of 1

Diagnosis: anorexia nervosa, binge-eating/purging type, severe (F50.022).
Weights (gowned, blinded): 11/09 43.2 kg; 11/16 43.3 kg; 11/20 43.6 kg. Height 164.5 cm. BMI 16.1 on 11/20/2026.
Purging (self-induced vomiting, staff-observed or found): 11/16, 11/17, 11/19 after lunch, 11/21 after dinner.
Labs: potassium 3.1 mmol/L on 11/19/2026 (replaced orally); 3.4 on 11/21.
Vitals: resting heart rate 44 on 11/20/2026; orthostatic rise of 32 beats on standing.
Meals: 61% of meals completed in the week to 11/21 with one-to-one support.
Suicidal ideation: denied on 11/20/2026; no self-harm.

History: family-based treatment 02/2023-01/2024 with weight restoration and remission (age 17). Relapse 2025;
residential admission at another program 05/2025-06/2025 (discharge BMI 18.9, June 2025). Intensive outpatient
program 08/24/2026-10/30/2026, 3 days a week: weight 45.9 kg -> 43.5 kg, purging increased; referred here.
Medicines: fluoxetine 60 mg daily since 07/2025 (partial response, fewer binges; continued); olanzapine 2.5 mg at
bedtime started here 11/12/2026.

Plan: continue residential care about 21 more days; step down to PHP when BMI reaches 17.0 with steady gain, a week
passes without purging, and a PHP place is open.
""",
    "clinical/psychiatrist-urgency-statement-2026-11-25.txt": """
STATEMENT OF URGENCY                                         Date: 11/25/2026
Vikram Halloran, MD, attending psychiatrist, Sandia Bloom Residential Program (FICTIONAL)
Patient: Marisol Okafor-Quint, DOB 04/02/2006

I am Ms. Okafor-Quint's attending psychiatrist. Applying the standard appeal time frame could seriously jeopardize her
life or health: she purged twice in the week to 11/21 despite supervision, her potassium was 3.1 mmol/L on 11/19 and
her resting heart rate 44 on 11/20. Without 24-hour care she is at risk of a cardiac arrhythmia. I ask for an
expedited appeal. - Vikram Halloran, MD, (505) 555-0139
""",
    "other/level-of-care-guideline-bh-ed-rtc-2-excerpt.txt": """
MESA ROJA COMMUNITY HEALTH PLAN (FICTIONAL) - LEVEL OF CARE GUIDELINE BH-ED-RTC-2 (excerpt, effective 01/01/2026)
Residential treatment, eating disorders - continued stay

Continued stay in residential treatment is indicated when ANY ONE of the following is present: (1) BMI below 17.0
in an adult, or weight below 85% of expected body weight, without steady gain of at least 0.5 kg per week; (2)
purging or binge eating at least three times per week despite a structured setting; (3) the member cannot complete
meals or stop compensatory behaviors without 24-hour supervision. A lower level of care must be available to the
member before transfer is required.
""",
    "other/php-waitlist-email-2026-11-23.txt": """
E-MAIL (printed)   From: intake@riograndeed.example   To: rsolisbrandt@sandiabloom.example   Date: 11/23/2026 10:02 am
Subject: PHP referral - M. Okafor-Quint

Thank you for the referral. Our adult eating-disorder partial hospitalization program is full. We have placed Ms.
Okafor-Quint on our waitlist; the first opening we can offer is January 11, 2027. - Intake coordinator, Rio Grande
Eating Disorders Program (FICTIONAL; in network with Mesa Roja)
""",
    "other/prior-admission-discharge-summary-2025-06.txt": """
HIGH DESERT EATING DISORDER CENTER (FICTIONAL) - DISCHARGE SUMMARY (prior admission; kept in the chart)
Patient: Marisol Okafor-Quint   Admitted 05/06/2025   Discharged 06/17/2025
Discharge weight 51.1 kg, BMI 18.9 (June 2025). Discharged to outpatient care.
Also on this page (scanned with it by mistake): roommate's meal plan for R. Vigil, DOB 09/30/2004.
""",
    "other/member-consent-2026-11-25.txt": """
MEMBER'S WRITTEN CONSENT TO APPEAL (FICTIONAL)                Signed: 11/25/2026
I, Marisol Okafor-Quint (Member ID FICT-MRC-30017745), consent to Renata Solis-Brandt, LPC, and Vikram Halloran, MD,
of Sandia Bloom Residential Program, filing an appeal with Mesa Roja Community Health Plan on my behalf, and to the
release of my records for it. - Marisol Okafor-Quint
""",
}

TRUTH = r'''
# 02 - Medicaid managed care, member aged 20: residential eating-disorder continued stay; expedited plan appeal by the therapist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marisol Okafor-Quint, **20** (DOB 04/02/2006), is a New Mexico Medicaid member in **Mesa Roja Community Health Plan**
  (managed care). Diagnosis **F50.022** (anorexia nervosa, binge-eating/purging type, severe).
- Residential treatment at Sandia Bloom from **11/09/2026**; the plan approved **11/09-11/22** and denied continued
  stay **from 11/23/2026** (notice **11/24/2026**, **UM-26-1124-41877**), reviewer a **family physician**, criteria
  **BH-ED-RTC-2**.
- The guideline needs **ANY ONE** of (1)-(3), and a lower level **must be available** before transfer. All three are
  met: **BMI 16.1 on 11/20/2026** (0.4 kg gained in 11 days); **purging 4 times** in the week to 11/21 (11/16, 11/17,
  11/19, 11/21) despite structure; **61% of meals** with one-to-one support. The only in-network adult ED PHP has its
  **first opening 01/11/2027**.
- The decision's facts are contradicted by the record: "BMI 18.9" is her **June 2025 discharge BMI** from an earlier
  admission; "no purging in 7 days" is false (11/19, 11/21); "medically stable": potassium **3.1 mmol/L (11/19)**,
  resting HR **44 (11/20)**.
- An IOP (08/24-10/30/2026) was tried and failed (weight 45.9 -> 43.5 kg): a lower level was tried.
- **EPSDT:** she is under 21, so the plan must cover care necessary to correct or ameliorate her condition (42 USC
  1396d(r)(5)), whatever its adult guideline says.
- **Stage and rule:** a first **plan appeal**, **expedited** (42 CFR 438.410; decided within 72 hours,
  438.408(b)(3)); the psychiatrist, a provider, certified it (11/25). The window is 60 days from the notice (by
  **01/23/2027**, 438.402(c)(2)(ii)). Next: a **State Fair Hearing within 120 days** of the plan's resolution
  (438.408(f)(2)).
- **Author:** Renata Solis-Brandt, **LPC**, her primary therapist, with the member's **written consent (11/25/2026)**;
  urgency certified by **Vikram Halloran, MD**.

## Deliberately unknown
- Her expected body weight percentage (the record gives BMI only): do not state a percentage.
- Whether the plan will pay the days from 11/23 already given if it reverses: not in the case.
- How long she will need after 21 more days: the plan's estimate only.

## Traps
- **Stale figure / other admission:** BMI 18.9 is from **June 2025**; a letter must not accept it as current. The
  prior discharge page also has **another resident's (R. Vigil's) meal plan**: not hers.
- **Continued benefits:** the authorization **ended 11/22**; this is a denial of a **new** period, not a reduction or
  termination of authorized care: **no 438.420 continuation** request (action none).
- **Fluoxetine continues** (partial response): never "failed" or "stopped". **Olanzapine** started 11/12/2026 in the
  program: not a trial before. **Family-based treatment 2023** was an **earlier-episode remission**, not a failure.
- **Suicidality: none** (denied 11/20): no harm paragraph about suicidal ideation.
- **Residential is not inpatient or hospital care**; not "inpatient", not "admission to a hospital".
- **Voice:** a licensed professional counselor: "I write as Ms. Okafor-Quint's treating therapist"; never
  "physician", "Dr." for the author or "prescriber". The urgency is the psychiatrist's.
- **Wrong law:** no ERISA, no ACA external review (45 CFR 147.136), no "name and qualifications" duty cited for
  Medicaid, no state insurance department, no "90 to 120 days" for the hearing, no private-plan parity statute (Medicaid
  managed care parity is 42 CFR 438.910, not 29 CFR 2590.712).

## Arguments a strong letter makes (strongest first)
1. The plan's own guideline BH-ED-RTC-2 needs **any one** of three findings, and all three are documented (BMI 16.1 on
   11/20 without 0.5 kg/week gain; purging 4 times in a week under supervision; 61% of meals with one-to-one support);
   and it requires a lower level **to be available** first: the in-network PHP's first opening is **01/11/2027**.
2. The decision's facts are wrong: BMI 18.9 is from **June 2025**; purging on 11/19 and 11/21; potassium 3.1 and HR 44
   are not "medically stable". An IOP was tried and failed in Aug-Oct 2026.
3. **EPSDT** (under 21): the plan must cover what is necessary to correct or ameliorate her condition.
4. Expedited decision within **72 hours** (438.410), certified by her attending psychiatrist; ask for a reviewer with
   eating-disorder expertise (the reviewer is a family physician) without citing a duty to name them.

## What a letter must NOT say
- "BMI 18.9" as her current BMI; R. Vigil's meal plan as hers; an "expected body weight" percentage.
- "failed fluoxetine", "stopped fluoxetine"; olanzapine or family-based treatment as a failed trial; "suicidal".
- "inpatient", "hospital stay"; "continue benefits during the appeal" / "42 CFR 438.420".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "MHPAEA" / "29 CFR 2590.712", "state insurance
  department", "between 90 and 120 days".
- "Dr. Solis-Brandt", "as her physician", "as her prescriber".
'''

D = "denial/notice-of-adverse-benefit-determination-2026-11-24.txt"
C = "clinical/residential-progress-summary-2026-11-21.txt"
G = "other/level-of-care-guideline-bh-ed-rtc-2-excerpt.txt"
ANSWERS = [
    (D, "BMI is 18.9"),
    (D, "no purging episodes in the past 7 days"),
    (D, "Approved: 11/09/2026 through 11/22/2026"),
    (D, "Dr. Lyle Okonkwo, family medicine"),
    (D, "State Fair Hearing within 120 days"),
    (C, "BMI 16.1 on 11/20/2026"),
    (C, "11/19 after lunch, 11/21 after dinner"),
    (C, "potassium 3.1 mmol/L on 11/19/2026"),
    (C, "resting heart rate 44 on 11/20/2026"),
    (C, "61% of meals"),
    (C, "discharge BMI 18.9, June 2025"),
    (C, "fluoxetine 60 mg daily since 07/2025 (partial response"),
    (C, "olanzapine 2.5 mg at bedtime started here 11/12/2026"),
    (C, "weight 45.9 kg -> 43.5 kg"),
    (G, "ANY ONE of the following"),
    (G, "A lower level of care must be available to the member before transfer is required"),
    ("other/php-waitlist-email-2026-11-23.txt", "the first opening we can offer is January 11, 2027"),
    ("other/prior-admission-discharge-summary-2025-06.txt", "R. Vigil"),
    ("clinical/psychiatrist-urgency-statement-2026-11-25.txt", "could seriously jeopardize her life or health"),
    ("truth", "1396d(r)(5)"),
]
