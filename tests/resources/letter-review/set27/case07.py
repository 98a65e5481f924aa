"""Set 27, case 07 (FICTIONAL): Marketplace PPO, coordination of benefits with ended employer coverage; advocate appeals."""
SLUG = "07-marketplace-ppo-cob-ended-employer-coverage-ketamine-crps-first-appeal-advocate"

CASE_YAML = r'''
# FICTIONAL CASE (set 27, case 07) - every person, plan, provider, number and address is invented.
# Individual Marketplace PPO, insured, Pennsylvania. Ms. Nandakumar-Holt, 39, left her job on 05/31/2026; her employer
# group coverage ended that day and she waived COBRA. Her Marketplace plan began 06/01/2026. She had a 5-day IV ketamine
# series for CRPS I of the right leg, 07/13-07/17/2026, in network and authorized. The plan denied the claim (08/20)
# CO-22 "group plan through Three Rivers Logistics is primary", although she returned its other-coverage questionnaire
# on 07/09 saying that coverage ended 05/31. A nonprofit advocate, authorized, writes the first internal appeal (180
# days: by 02/16/2027).
patient:
  name: Priya Nandakumar-Holt
  salutation: Ms. Nandakumar-Holt
  date_of_birth: 1987-02-17
  member_id: FICT-AKS-77310492
  address: |-
    5521 Penn Avenue, Apt 3
    Pittsburgh, PA 15206
  phone: (412) 555-0125
insurer:
  name: Allegheny Keystone Health, Silver PPO (FICTIONAL)
  appeals_address: |-
    Allegheny Keystone Health - Member Appeals (address FICTIONAL)
    PO Box 28604
    Pittsburgh, PA 15230
  fax: (412) 555-0174
claim:
  number: AKH-26-0820-662105
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-08-20
  service_dates: [2026-07-13, 2026-07-14, 2026-07-15, 2026-07-16, 2026-07-17]
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [G90.521]
  carc_codes: [CO-22]
  action: none
  denial_reason: >-
    This care may be covered by another payer per coordination of benefits. Our records show other coverage: group
    health plan through Three Rivers Logistics, primary. Submit the claim to the primary plan first and send us its
    explanation of benefits. (CO-22)
  denial_category: coordination_of_benefits
  denial_reasons: [coordination_of_benefits]
other_coverage:
  plan: the group health plan of her former employer, Three Rivers Logistics
  member_is: subscriber
  covered_here_as: subscriber
  ended: 2026-05-31
  reported: 2026-07-09
  proof:
    - other/employer-coverage-termination-letter-2026-06-03.txt
    - other/cobra-election-waiver-2026-06-20.txt
    - other/other-coverage-questionnaire-fax-2026-07-09.txt
plan_policy:
  name: Allegheny Keystone Silver PPO Evidence of Coverage 2026, Section 11.1 (coordination of benefits)
  quote: >-
    This plan coordinates benefits only with other health coverage that is in force on the date of service. If other
    coverage has ended, this plan pays as the primary plan for services on or after the day after the other coverage
    ended. Tell us about other coverage, or its end, on our Other Coverage Questionnaire.
  file: other/eoc-2026-section-11-excerpt.txt
  other_terms: >-
    Coverage under this policy began June 1, 2026 (Marketplace enrollment confirmation, special enrollment period: loss
    of other coverage on May 31, 2026).
  other_terms_file: other/marketplace-enrollment-confirmation-2026-06-10.txt
  other_terms_apply: >-
    Her Marketplace coverage began the day after the employer coverage ended, so on every date of this care, July 13 to
    17, 2026, this plan was her only coverage.
treatment:
  name: Intravenous ketamine infusions, 5-day outpatient series for CRPS I of the right leg
  summary: >-
    Five daily low-dose ketamine infusions (four hours each) for complex regional pain syndrome type I of the right leg,
    given in network with prior authorization.
clinical:
  severity: NRS pain 8/10 on 07/06/2026 before the series; 4/10 on 08/10/2026
  severity_date: 2026-08-10
  suicidality: none
  suicidality_date: 2026-08-10
  history:
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-01
      ongoing: true
      adequate: true
      response: partial
      outcome: Partial relief; continued
      evidence: {file: clinical/pain-clinic-series-note-2026-08-10.txt, page: 1}
    - drug: Gabapentin
      dose: 1800 mg daily
      start: 2024-10
      end: 2025-01
      adequate: true
      failed: true
      response: none
      outcome: No meaningful relief after 3 months at 1800 mg; stopped
      evidence: {file: clinical/pain-clinic-series-note-2026-08-10.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 mg at bedtime for sleep
      start: 2025-03
      ongoing: true
      kind: other
      outcome: Low bedtime dose for sleep; not a full trial
      evidence: {file: clinical/pain-clinic-series-note-2026-08-10.txt, page: 1}
author:
  name: Ruth Castellanos
  role: Patient advocate, Three Rivers Pain Patients' Advocacy Network (nonprofit; authorized representative)
  relation: representative
  authorization: other/member-authorization-2026-11-12.txt
  address: |-
    Three Rivers Pain Patients' Advocacy Network (FICTIONAL), 301 Grant Street, Suite 900
    Pittsburgh, PA 15219
  phone: (412) 555-0156
  email: rcastellanos@trppan.example
provider:
  name: Marcus Delacroix-Webb
  credentials: MD
  npi: "1173648290"
  address: |-
    Oakland Interventional Pain Center (FICTIONAL), 3600 Forbes Avenue, Suite 400
    Pittsburgh, PA 15213
  phone: (412) 555-0138
record_dates:
  - file: clinical/pain-clinic-series-note-2026-08-10.txt
    date: 2026-08-10
bates_prefix: NANDAKUMARHOLT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/eob-2026-08-20.txt": """
ALLEGHENY KEYSTONE HEALTH (FICTIONAL) - EXPLANATION OF BENEFITS                      Date: 08/20/2026
Member: Priya Nandakumar-Holt   ID FICT-AKS-77310492   Plan: Silver PPO (individual, Marketplace)   Page 1 of 1
Claim AKH-26-0820-662105   Provider: Oakland Interventional Pain Center (in network)
Dates 07/13/2026-07/17/2026: 96365 x5, 96366 x15, J3490 x5   Billed $6,850.00   Paid $0.00
Remark CO-22: This care may be covered by another payer per coordination of benefits. Our records show other
coverage: group health plan through Three Rivers Logistics, primary. Submit the claim to the primary plan first and
send us its explanation of benefits.
Prior authorization on file: PA-26-0701-55012 (approved 07/01/2026, subject to eligibility and coordination of benefits).
APPEALS: You may appeal within 180 days of receiving this notice. Write to Member Appeals, PO Box 28604, Pittsburgh, PA
15230, or fax (412) 555-0174.
""",
    "clinical/pain-clinic-series-note-2026-08-10.txt": """
OAKLAND INTERVENTIONAL PAIN CENTER (FICTIONAL) - KETAMINE SERIES FOLLOW-UP              Date: 08/10/2026
Patient: Priya Nandakumar-Holt   DOB 02/17/1987   Physician: Marcus Delacroix-Webb, MD   Page 1 of 1
Diagnosis: CRPS type I, right lower limb (G90.521), after a right ankle fracture in 04/2024.
Series: IV ketamine, 5 consecutive days, 07/13-07/17/2026, 4 hours a day, monitored; no adverse events.
Pain: NRS 8/10 on 07/06/2026; 4/10 on 08/10/2026; walking 20 minutes again.
Medicines: duloxetine 60 mg since 01/2025, partial relief, continued; gabapentin up to 1800 mg 10/2024-01/2025, no
meaningful relief, stopped; amitriptyline 10 mg at bedtime for sleep since 03/2025. No suicidal ideation.
Insurance on our intake page (completed 03/2025): Three Rivers Logistics group plan - out of date; see front desk.
""",
    "other/employer-coverage-termination-letter-2026-06-03.txt": """
THREE RIVERS LOGISTICS (FICTIONAL) - HUMAN RESOURCES - NOTICE OF END OF GROUP HEALTH COVERAGE      Date: 06/03/2026
To: Priya Nandakumar-Holt. Your employment ended on 05/31/2026. Your group medical coverage, and that of your
dependent Jalen Holt, ended on 05/31/2026. You may elect COBRA continuation coverage within 60 days (notice enclosed).
""",
    "other/cobra-election-waiver-2026-06-20.txt": """
COBRA ELECTION FORM - WAIVER (FICTIONAL)                                        Signed: 06/20/2026
I, Priya Nandakumar-Holt, decline COBRA continuation coverage under the Three Rivers Logistics group health plan for
myself. Received by the plan's COBRA administrator 06/22/2026.
""",
    "other/other-coverage-questionnaire-fax-2026-07-09.txt": """
ALLEGHENY KEYSTONE HEALTH (FICTIONAL) - OTHER COVERAGE QUESTIONNAIRE (returned)    Faxed 07/09/2026 to (412) 555-0174 - OK
Member: Priya Nandakumar-Holt, ID FICT-AKS-77310492
Do you have other health coverage? NO. Former coverage: Three Rivers Logistics group plan, ENDED 05/31/2026; COBRA
declined. Signed: Priya Nandakumar-Holt, 07/09/2026.
""",
    "other/eoc-2026-section-11-excerpt.txt": """
ALLEGHENY KEYSTONE HEALTH SILVER PPO (FICTIONAL) - EVIDENCE OF COVERAGE 2026, SECTION 11.1 (excerpt)
This plan coordinates benefits only with other health coverage that is in force on the date of service. If other
coverage has ended, this plan pays as the primary plan for services on or after the day after the other coverage
ended. Tell us about other coverage, or its end, on our Other Coverage Questionnaire.
""",
    "other/marketplace-enrollment-confirmation-2026-06-10.txt": """
PENNSYLVANIA HEALTH INSURANCE MARKETPLACE (FICTIONAL REPRODUCTION) - ENROLLMENT CONFIRMATION     Date: 06/10/2026
Enrollee: Priya Nandakumar-Holt. Plan: Allegheny Keystone Health Silver PPO. Coverage start: June 1, 2026.
Special enrollment period: loss of other coverage on May 31, 2026.
""",
    "other/member-authorization-2026-11-12.txt": """
AUTHORIZATION OF A REPRESENTATIVE (FICTIONAL)                                   Signed: 11/12/2026
I, Priya Nandakumar-Holt (ID FICT-AKS-77310492), authorize Ruth Castellanos of the Three Rivers Pain Patients' Advocacy
Network to appeal claim AKH-26-0820-662105 for me and to receive my health information for that purpose.
""",
}

TRUTH = r'''
# 07 - Marketplace PPO: "employer plan primary" when that coverage had ended; first appeal by a nonprofit advocate (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Priya Nandakumar-Holt, 39 (DOB 02/17/1987), Pittsburgh, PA, is in **Allegheny Keystone Health Silver PPO**, an
  individual Marketplace plan (insured), **from 06/01/2026** (Marketplace confirmation; special enrollment period, loss
  of coverage on 05/31/2026).
- Her **employer group coverage (Three Rivers Logistics) ended 05/31/2026** (HR letter of 06/03); she **waived COBRA**
  (signed 06/20, received 06/22). She told the plan on its **Other Coverage Questionnaire, faxed 07/09/2026**.
- **IV ketamine 5-day series, 07/13-07/17/2026** (96365 x5, 96366 x15, J3490 x5; billed $6,850.00), in network, prior
  authorization **PA-26-0701-55012** ("subject to eligibility and coordination of benefits"); CRPS I right leg
  (**G90.521**); NRS 8 -> 4.
- The plan denied it **08/20/2026** (claim **AKH-26-0820-662105**, **CO-22**) as if the employer plan were primary.
- **EOC 11.1:** the plan coordinates only with coverage **in force on the date of service**; once other coverage ends,
  it pays as **primary** from the next day. So on every date (07/13-07/17) it was the only coverage.
- **Stage and rule:** the first (internal) appeal of an individual-market plan, **180 days from receipt** (45 CFR
  147.136(b)(3), the notice says 180 days): at the latest by **02/16/2027** counted from the notice date. Post-service
  (decided within 60 days).
- **Author:** Ruth Castellanos, nonprofit patient advocate, **authorized 11/12/2026**; not a clinician.

## Deliberately unknown
- What the plan will pay (allowed amounts, her cost sharing): not in the case; never "$6,850.00 is owed".
- Why the plan kept the employer plan on file after 07/09: not in the case.
- Whether the clinic re-billed the employer plan: not in the case; a letter must not say the employer plan denied it.

## Traps
- **Date and document, not medicine.** The question is which coverage was in force. No medical-necessity argument, no
  trial count, no literature, no peer-to-peer, no "clinical reviewer".
- **Coverage ended before the first date of care** (05/31 vs 07/13): the plan's own rule (in force on the date of
  service) decides; no subscriber/dependent order-of-benefits rule is needed (she was the subscriber on both).
- **COBRA** was **waived**: never "COBRA is primary" or "she had COBRA".
- **Stale form:** the pain clinic's **03/2025 intake insurance page** still lists the employer plan (the likely source
  of the error); it is out of date.
- **Other person on a document:** the HR letter names her son **Jalen Holt** (also ended): not the patient.
- **The prior authorization** was "subject to eligibility and coordination of benefits": it does not by itself answer
  the COB denial; it may be mentioned, not relied on as "the plan must honor it".
- **Duloxetine continues** (partial): never "failed". Amitriptyline 10 mg is a **sleep dose**.
- **Wrong law / route:** not ERISA (an individual plan; the **former employer** plan was ERISA, not this one), no EBSA,
  no Medicare Secondary Payer rules (she is 39), no federal external review promised for a COB denial (not a medical
  judgment); no "parity" (a pain condition).
- **Voice:** the advocate writes about "Ms. Nandakumar-Holt", as her authorized representative; never "I" as the patient,
  never "as her physician".

## Arguments a strong letter makes (strongest first)
1. The employer coverage **ended 05/31/2026** (HR letter; COBRA waived), **before the first date of care (07/13)**;
   under **EOC 11.1** the plan coordinates only with coverage in force on the date of service and pays as primary from
   06/01; her Marketplace coverage began **06/01/2026** (confirmation).
2. The plan had been told: the Other Coverage Questionnaire, **faxed 07/09/2026**, said the coverage ended 05/31.
3. Ask the plan to correct its COB record (no other coverage from 06/01/2026) and reprocess the claim as the primary
   payer. Timely: by 02/16/2027.

## What a letter must NOT say
- "COBRA is primary" / "she elected COBRA"; "the employer plan denied the claim"; Jalen Holt as the patient.
- "$6,850.00 is owed"; "the plan must honor its authorization" as the main ground.
- "medically necessary" as the ground; "failed duloxetine"; amitriptyline as a trial; "peer-to-peer".
- "ERISA", "29 CFR 2560.503-1", "EBSA", "Medicare Secondary Payer", "42 CFR 411", "external review" promised,
  "MHPAEA" / "parity".
'''

D = "denial/eob-2026-08-20.txt"
ANSWERS = [
    (D, "Our records show other\ncoverage: group health plan through Three Rivers Logistics, primary"),
    (D, "Remark CO-22"),
    (D, "subject to eligibility and coordination of benefits"),
    (D, "within 180 days of receiving this notice"),
    ("other/employer-coverage-termination-letter-2026-06-03.txt", "ended on 05/31/2026"),
    ("other/employer-coverage-termination-letter-2026-06-03.txt", "Jalen Holt"),
    ("other/cobra-election-waiver-2026-06-20.txt", "decline COBRA continuation coverage"),
    ("other/other-coverage-questionnaire-fax-2026-07-09.txt", "ENDED 05/31/2026"),
    ("other/other-coverage-questionnaire-fax-2026-07-09.txt", "Faxed 07/09/2026"),
    ("other/eoc-2026-section-11-excerpt.txt", "in force on the date of service"),
    ("other/eoc-2026-section-11-excerpt.txt", "this plan pays as the primary plan"),
    ("other/marketplace-enrollment-confirmation-2026-06-10.txt", "Coverage start: June 1, 2026"),
    ("clinical/pain-clinic-series-note-2026-08-10.txt", "NRS 8/10 on 07/06/2026; 4/10 on 08/10/2026"),
    ("clinical/pain-clinic-series-note-2026-08-10.txt", "duloxetine 60 mg since 01/2025, partial relief, continued"),
    ("clinical/pain-clinic-series-note-2026-08-10.txt", "completed 03/2025"),
    ("truth", "by **02/16/2027**"),
]
