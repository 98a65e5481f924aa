"""Set 51 case 04 - FICTIONAL. Separate CHIP, member 17: buprenorphine-naloxone denied under an age criterion
from a superseded policy; the policy in force says 16 or older. Expedited first plan appeal by his mother."""
SLUG = "chip-age-17-buprenorphine-oud-age-criterion-superseded-expedited-plan-appeal-mother"

CASE_YAML = """
# FICTIONAL CASE (letters set 51, case 04) - every person, plan, provider, number and address is invented.
# Separate CHIP (not Medicaid), managed care, Connecticut. Jonah Prewitt-Alvarez, 17, opioid use disorder, started
# buprenorphine-naloxone in the emergency department on 11/24/2026 after an accidental overdose. The plan denied the
# prescription on 12/02/2026: "criterion 1: member must be 18 years of age or older" (from the 2025 policy RX-MOUD-1).
# The policy in force, RX-MOUD-2 (effective 07/01/2026), says 16 or older. His bridge supply ends 12/08/2026. His
# mother asks for an expedited plan appeal.
patient:
  name: Jonah Prewitt-Alvarez
  salutation: Jonah
  date_of_birth: 2009-03-22
  member_id: FICT-HKH-30418852
  address: |-
    96 Orchard Hill Road
    New Britain, CT 06052
  phone: (860) 555-0115
  birth_record: {file: other/chip-eligibility-notice-2026-07-01.txt, page: 1}
insurer:
  name: Harbor Kids Health Plan (FICTIONAL), a separate CHIP managed care plan
  appeals_address: |-
    Harbor Kids Health Plan - Appeals (FICTIONAL)
    PO Box 3371
    Hartford, CT 06103
  fax: (860) 555-0144
claim:
  number: RXPA-26-1126-01958
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-12-02
  appeal_deadline: 2027-01-31
  deadline_basis: >-
    Notice of adverse benefit determination of 12/02/2026: "You have 60 days from the date of this notice to ask for
    an appeal. Ask for a fast appeal if waiting could seriously harm your health."
  diagnosis_codes: [F11.20]
  denial_reason: >-
    Buprenorphine-naloxone sublingual film was reviewed under pharmacy policy RX-MOUD. Criterion 1: the member must be
    18 years of age or older. The member is 17. Criterion 1 is not met. Denied.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: "Dr. Paul Whitacre", specialty: pediatrics}
  urgent: true
  action: none
  pending_services: "[30-day supply of buprenorphine-naloxone films, with refills]"
  corrections:
    - said: "Criterion 1: the member must be 18 years of age or older."
      record: >-
        Pharmacy policy RX-MOUD-2, effective 07/01/2026 and in force on the request date (11/26/2026), states
        criterion 1 as "The member is 16 years of age or older"; the 18-year criterion was in RX-MOUD-1 (2025), which
        RX-MOUD-2 replaced. Jonah was born 03/22/2009 and is 17.
      file: other/pharmacy-policy-rx-moud-2-effective-2026-07-01.txt
      page: 1
plan_policy:
  name: Harbor Kids Health Plan Pharmacy Policy RX-MOUD-2, Buprenorphine products for opioid use disorder (effective 07/01/2026)
  number: RX-MOUD-2
  quote: >-
    Buprenorphine-naloxone is approved for 12 months when: 1. The member is 16 years of age or older. 2. The member
    has a diagnosis of opioid use disorder. 3. The prescriber has checked the state prescription monitoring program.
    4. The member has been offered counseling or behavioral health services. RX-MOUD-2 replaces RX-MOUD-1 (2025).
  file: other/pharmacy-policy-rx-moud-2-effective-2026-07-01.txt
payer_criteria:
  - criterion: "1. The member is 16 years of age or older"
    how_met: Born 03/22/2009; 17 on the request date (CHIP eligibility notice).
    met: true
    evidence: {file: other/chip-eligibility-notice-2026-07-01.txt, page: 1}
  - criterion: "2. Diagnosis of opioid use disorder"
    how_met: Opioid use disorder, severe (F11.20), diagnosed in the emergency department on 11/24/2026 and confirmed at the bridge clinic.
    met: true
    evidence: {file: clinical/bridge-clinic-note-2026-11-26.txt, page: 1}
  - criterion: "3. The prescriber has checked the state prescription monitoring program"
    how_met: Checked 11/26/2026; no other controlled prescriptions.
    met: true
    evidence: {file: clinical/bridge-clinic-note-2026-11-26.txt, page: 1}
  - criterion: "4. The member has been offered counseling or behavioral health services"
    how_met: Referred to adolescent outpatient counseling; first visit 12/03/2026.
    met: true
    evidence: {file: clinical/bridge-clinic-note-2026-11-26.txt, page: 1}
treatment:
  name: Buprenorphine-naloxone 8 mg/2 mg sublingual film, one film twice daily
  summary: >-
    Medication for opioid use disorder, started in the emergency department after an accidental overdose; stopping it
    when the bridge supply ends risks withdrawal, relapse and another overdose.
  plan: One 8 mg/2 mg film twice daily (16 mg a day); weekly visits for the first month with urine testing; counseling weekly; naloxone nasal spray at home; review of the dose at 4 weeks.
clinical:
  severity: Opioid use disorder, severe (6 of 11 criteria), on 11/26/2026; COWS 4 on the current dose
  severity_date: 2026-11-26
  suicidality: none
  suicidality_date: 2026-11-26
  history:
    - drug: Buprenorphine-naloxone
      dose: 8 mg/2 mg film twice daily
      start: 2026-11-24
      ongoing: true
      kind: other
      response: response
      paid_outside: emergency department and bridge clinic supply
      outcome: Started in the emergency department on 11/24/2026; no withdrawal and no opioid use since; bridge supply ends 12/08/2026
      evidence: {file: clinical/bridge-clinic-note-2026-11-26.txt, page: 1}
impact:
  hospitalizations: Emergency department visit for an accidental fentanyl overdose on 11/24/2026 (naloxone given by EMS).
  daily_life: He is back at school since 12/01/2026 and attends counseling.
urgency:
  reason: >-
    His bridge supply of buprenorphine-naloxone ends on 12/08/2026. Stopping it would bring opioid withdrawal and a
    high risk of relapse and another overdose, which nearly killed him on 11/24/2026.
  certified_by: Dr. Renee Okafor-Stiles, MD (addiction medicine)
author:
  name: Celeste Prewitt
  role: Mother (parent of a minor)
  relation: parent
  address: |-
    96 Orchard Hill Road
    New Britain, CT 06052
  phone: (860) 555-0116
provider:
  name: Dr. Renee Okafor-Stiles
  credentials: MD, addiction medicine
  npi: "1903661282"
  address: |-
    Capitol Region Bridge Clinic (FICTIONAL), 55 Main Street
    Hartford, CT 06106
  phone: (860) 555-0177
template: expedited-appeal
record_dates:
  - file: clinical/bridge-clinic-note-2026-11-26.txt
    date: 2026-11-26
  - file: clinical/emergency-department-summary-2026-11-24.txt
    date: 2026-11-24
copies: [prescriber]
bates_prefix: PREWITTALVAREZ
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-adverse-benefit-determination-2026-12-02.txt": """
HARBOR KIDS HEALTH PLAN (FICTIONAL) - A SEPARATE CHIP MANAGED CARE PLAN
NOTICE OF ADVERSE BENEFIT DETERMINATION                           Date of notice: 12/02/2026
Member: Jonah Prewitt-Alvarez   Member ID FICT-HKH-30418852   Request RXPA-26-1126-01958 (received 11/26/2026)
Drug: buprenorphine-naloxone 8 mg/2 mg sublingual film, 60 films per 30 days   Prescriber: Renee Okafor-Stiles, MD

Reason: Buprenorphine-naloxone sublingual film was reviewed under pharmacy policy RX-MOUD. Criterion 1: the member
must be 18 years of age or older. The member is 17. Criterion 1 is not met. Denied.
Reviewer: Dr. Paul Whitacre, pediatrics.

You have 60 days from the date of this notice to ask for an appeal. Ask for a fast appeal if waiting could seriously
harm your health. After our appeal decision you may ask the state for an independent review of it.
Appeals, PO Box 3371, Hartford, CT 06103; fax (860) 555-0144.
""",
    "clinical/emergency-department-summary-2026-11-24.txt": """
NEW BRITAIN GENERAL HOSPITAL (FICTIONAL) - EMERGENCY DEPARTMENT SUMMARY        Date: 11/24/2026
Patient: Jonah Prewitt-Alvarez   DOB 03/22/2009   Page 1 of 1
Arrived by EMS after an accidental overdose of pressed pills later found to contain fentanyl; naloxone 4 mg given by
EMS. He states he was using to "feel normal", not to harm himself; no suicidal ideation; no intent.
Opioid use disorder. Buprenorphine-naloxone started in the ED (16 mg total); 7-day bridge supply; referred to the
Capitol Region Bridge Clinic. Naloxone nasal spray kit given to his mother.
""",
    "clinical/bridge-clinic-note-2026-11-26.txt": """
CAPITOL REGION BRIDGE CLINIC (FICTIONAL) - ADOLESCENT ADDICTION MEDICINE NOTE     Date: 11/26/2026
Patient: Jonah Prewitt-Alvarez   DOB 03/22/2009   Page 1 of 1   Renee Okafor-Stiles, MD
Opioid use disorder, severe (6 of 11 DSM-5 criteria) (F11.20). On buprenorphine-naloxone 8/2 mg twice daily since
11/24/2026: COWS 4, no cravings reported today, no use since the ED visit. No suicidal ideation.
State prescription monitoring program checked 11/26/2026: no other controlled prescriptions.
Counseling: referred to adolescent outpatient counseling, first visit 12/03/2026.
Bridge supply given today for 7 more days (ends 12/08/2026). Prior authorization requested today.
""",
    "other/pharmacy-policy-rx-moud-2-effective-2026-07-01.txt": """
HARBOR KIDS HEALTH PLAN (FICTIONAL) - PHARMACY POLICY RX-MOUD-2                   Page 1 of 1
Buprenorphine products for opioid use disorder                       Effective 07/01/2026
Buprenorphine-naloxone is approved for 12 months when:
1. The member is 16 years of age or older.
2. The member has a diagnosis of opioid use disorder.
3. The prescriber has checked the state prescription monitoring program.
4. The member has been offered counseling or behavioral health services.
RX-MOUD-2 replaces RX-MOUD-1 (2025).
""",
    "other/pharmacy-policy-rx-moud-1-2025-superseded.txt": """
HARBOR KIDS HEALTH PLAN (FICTIONAL) - PHARMACY POLICY RX-MOUD-1        Effective 01/01/2025 - REPLACED 07/01/2026
1. The member must be 18 years of age or older. [criteria 2-4 as in RX-MOUD-2]
""",
    "other/chip-eligibility-notice-2026-07-01.txt": """
STATE CHILDREN'S HEALTH INSURANCE PROGRAM (FICTIONAL) - ELIGIBILITY NOTICE        Date: 07/01/2026
Child: Jonah Prewitt-Alvarez   Date of birth: 03/22/2009   Page 1 of 1
Eligible for the separate CHIP program, 07/01/2026 through 06/30/2027. Plan: Harbor Kids Health Plan.
Household contact: Celeste Prewitt (mother).
""",
    "other/bridge-clinic-sign-in-sheet-2026-11-26.txt": """
CAPITOL REGION BRIDGE CLINIC (FICTIONAL) - SIGN-IN SHEET 11/26/2026 (copy in the family's papers)
08:40 J. Prewitt-Alvarez   09:05 M. Delacroix-Byrne   09:30 T. Osei
""",
}

TRUTH = """
# 04 - Separate CHIP, member aged 17: buprenorphine-naloxone for opioid use disorder denied under an 18-year criterion the policy in force replaced with 16; expedited first plan appeal by his mother (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Jonah Prewitt-Alvarez, **17** (DOB 03/22/2009), in **Harbor Kids Health Plan**, a **separate CHIP** managed care plan
  (`chip`, Connecticut), has opioid use disorder, severe (F11.20). After an **accidental** fentanyl overdose on
  11/24/2026 he started buprenorphine-naloxone 8/2 mg twice daily in the emergency department; no use since;
  COWS 4 on 11/26/2026. No suicidal ideation.
- The request of **11/26/2026** was denied on **12/02/2026**: "Criterion 1: the member must be 18 years of age or
  older."
- **The policy in force, RX-MOUD-2, effective 07/01/2026**, states criterion 1 as "16 years of age or older" and says
  it replaces RX-MOUD-1 (2025), the source of the 18-year criterion. He is 17 (eligibility notice). All four
  criteria of RX-MOUD-2 are met.
- His **bridge supply ends 12/08/2026**; the addiction physician certifies the urgency.
- **Rule and stage:** expedited first plan appeal under 42 CFR 457.1260 (applying 438.402-438.410): resolved within
  72 hours (438.408(b)(3), 438.410); 60 days from the notice to appeal (by 01/31/2027). Next level: the **state's
  review** (42 CFR 457.1130(b)), not a state fair hearing.
- **Author:** his mother, parent of a minor; no authorization form needed; she writes about "Jonah".

## Deliberately unknown
- What the FDA label says about ages for this product: not in the case; a letter must not state label ages.
- Why the reviewer applied RX-MOUD-1: not known.
- The cost of the prescription: not in the case.

## Traps
- **A decision's wrong statement of the plan's own policy, and a date:** RX-MOUD-2 (07/01/2026) says 16; the winning
  point is a plan document, not clinical.
- **Stale document:** RX-MOUD-1 (2025) in other/ says 18; it was replaced on 07/01/2026.
- **Separate CHIP, not Medicaid:** never EPSDT (42 USC 1396d(r)(5)); never a "state fair hearing"; never continued
  benefits under 438.420; never Medicaid's parity rule as Medicaid's.
- **The overdose was accidental:** never "suicide attempt" or suicidal ideation.
- **Treatment still taken:** buprenorphine-naloxone is being taken now (ED and bridge supply); never "has not started";
  never "failed".
- **Other people on a document:** the sign-in sheet names two other patients.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no external review under the ACA, no MHPAEA (a separate CHIP).
- **Voice:** the mother writes about her son; never "I" as Jonah.

## Arguments a strong letter makes, strongest first
1. The policy in force on the request date, RX-MOUD-2 (effective 07/01/2026), sets the age at **16 or older**; Jonah
   is 17 (eligibility notice). The 18-year criterion is from RX-MOUD-1, which it replaced. Criterion 1 is met.
2. Criteria 2-4 are met (diagnosis, prescription monitoring check, counseling), each with its record.
3. Decide within 72 hours: the bridge supply ends 12/08/2026; stopping risks withdrawal, relapse and another
   overdose (certified by the addiction physician).

## What a letter must NOT say
- "EPSDT", "1396d(r)(5)", "state fair hearing", "438.420", "continue benefits during the appeal".
- "18 years of age or older" as the criterion in force; "he is under the policy's age".
- "suicide attempt", "suicidal ideation" as present; "failed buprenorphine".
- "Delacroix-Byrne", "Osei".
- "ERISA", "45 CFR 147.136", "MHPAEA", "external review" under the ACA.
"""

ANSWERS = [
    ("plan type", "plan_type: chip", "case.yaml"),
    ("age", "Date of birth: 03/22/2009", "other/chip-eligibility-notice-2026-07-01.txt"),
    ("notice date", "Date of notice: 12/02/2026", "denial/notice-of-adverse-benefit-determination-2026-12-02.txt"),
    ("denial ground", "the member must be 18 years of age or older", "denial/notice-of-adverse-benefit-determination-2026-12-02.txt"),
    ("policy in force", "1. The member is 16 years of age or older.", "other/pharmacy-policy-rx-moud-2-effective-2026-07-01.txt"),
    ("policy date", "Effective 07/01/2026", "other/pharmacy-policy-rx-moud-2-effective-2026-07-01.txt"),
    ("replaced policy", "REPLACED 07/01/2026", "other/pharmacy-policy-rx-moud-1-2025-superseded.txt"),
    ("bridge supply end", "ends 12/08/2026", "clinical/bridge-clinic-note-2026-11-26.txt"),
    ("accidental", "not to harm himself; no suicidal ideation", "clinical/emergency-department-summary-2026-11-24.txt"),
    ("PDMP", "State prescription monitoring program checked 11/26/2026", "clinical/bridge-clinic-note-2026-11-26.txt"),
    ("counseling", "first visit 12/03/2026", "clinical/bridge-clinic-note-2026-11-26.txt"),
    ("next level", "state's\n  review** (42 CFR 457.1130(b))", "truth"),
    ("expedited clock", "resolved within\n  72 hours", "truth"),
    ("no EPSDT", "never EPSDT", "truth"),
    ("author", "relation: parent", "case.yaml"),
    ("other people", "M. Delacroix-Byrne", "other/bridge-clinic-sign-in-sheet-2026-11-26.txt"),
]
