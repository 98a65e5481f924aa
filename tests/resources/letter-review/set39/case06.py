"""Set 39, case 06 (FICTIONAL): FEHB, lumbar sympathetic blocks for CRPS; precertification + 'no response'; OPM review."""

SLUG = "06-fehb-sympathetic-blocks-crps-precert-not-required-and-response-documented-opm-review-billing-manager"

CASE_YAML = r"""
# FICTIONAL CASE (set 39, case 06) - every person, plan, carrier, practice, number and address is invented.
# FEHB Standard Option, Texas. Ruth Okonkwo-Baird, 47, a federal employee, had three lumbar sympathetic blocks for
# CRPS of the left leg (05/12, 06/09, 07/07/2026). The carrier denied all three for "no precertification" and blocks
# 2 and 3 for "no documented response to the first block"; its reconsideration (10/23/2026) affirmed. The brochure's
# precertification list does not name these blocks, and the first block's note and diary (faxed 09/15/2026) show 75%
# relief. The pain practice's billing manager, her representative, asks OPM to review.
patient:
  name: Ruth Okonkwo-Baird
  salutation: Ms. Okonkwo-Baird
  date_of_birth: 1979-11-02
  member_id: FICT-FLS-R48829107
  address: |-
    7715 Mesquite Hollow
    San Antonio, TX 78249
  phone: (210) 555-0125
insurer:
  name: Lone Star Federal Health Association - Federal Lone Star Benefit Plan, Standard Option (FICTIONAL FEHB carrier)
  appeals_address: |-
    Lone Star Federal Health Association - Reconsiderations (FICTIONAL)
    PO Box 190455
    San Antonio, TX 78280
  fax: (210) 555-0157
claim:
  number: LSF-26-0721-40558
  plan_type: fehb
  notice_date: 2026-08-20
  service_dates: [2026-05-12, 2026-06-09, 2026-07-07]
  setting: outpatient
  procedure_codes: [64520, 77003]
  diagnosis_codes: [G90.522]
  carc_codes: [CO-197, CO-50]
  denial_reason: >-
    CO-197: Precertification was not obtained (05/12/2026, 06/09/2026, 07/07/2026). CO-50: Not medically necessary
    (06/09/2026, 07/07/2026): no documented response to the first block.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization, medical_necessity]
  action: none
decisions:
  - date: 2026-10-23
    outcome: denied
    stage: carrier reconsideration
    opens: OPM review
    next_deadline: 2027-01-21
    reason: >-
      We affirm our decision. Precertification is required for outpatient pain management procedures. The records
      do not document at least 50% relief after the first block.
    corrections:
      - said: The records do not document at least 50% relief after the first block.
        record: >-
          The procedure note of 05/12/2026 records pain 8/10 before and 2/10 thirty minutes after the first block
          (75% relief) with a 2.1 degree C rise in left foot temperature, and her pain diary shows pain 4/10 or less
          for 3 days; both were faxed with the reconsideration request on 09/15/2026 (22 pages).
        file: clinical/procedure-note-block-1-2026-05-12.txt
        page: 1
      - said: Precertification is required for outpatient pain management procedures.
        record: >-
          The 2026 brochure's list of services that need precertification names spinal cord stimulators,
          radiofrequency ablation and epidural steroid injections after the third in a calendar year, and says no
          other outpatient service needs it; sympathetic nerve blocks are not on the list.
        file: other/fehb-brochure-2026-section-3-excerpt.txt
        page: 1
external_review:
  agency: U.S. Office of Personnel Management, Federal Employee Insurance Operations (as named in the carrier's letter)
  address: |-
    OPM - FEHB Disputed Claims Review (address as printed in the carrier's letter; FICTIONAL for this set)
    PO Box 11800
    Washington, DC 20044
  final_denial_date: 2026-10-23
plan_policy:
  name: Federal Lone Star Benefit Plan 2026 brochure, Section 3, "Services requiring our prior approval"
  number: Section 3
  quote: >-
    Other services that need precertification: spinal cord stimulators; radiofrequency ablation of spinal nerves;
    epidural steroid injections after the third in a calendar year; outpatient surgery in a hospital. You do not
    need precertification for any other outpatient service.
  file: other/fehb-brochure-2026-section-3-excerpt.txt
prior_auth:
  required: false
payer_criteria:
  - criterion: A repeat sympathetic block is medically necessary when the prior block gave at least 50% relief
    how_met: >-
      Block 1 (05/12/2026): pain 8/10 to 2/10 (75%) with a 2.1 degree C rise in foot temperature, and 4/10 or less for 3
      days by her diary; block 2 (06/09/2026): 70% relief for 5 days.
    met: true
    evidence:
      - {file: clinical/procedure-note-block-1-2026-05-12.txt, page: 1}
      - {file: clinical/pain-diary-2026-05-12-to-05-19.txt, page: 1}
      - {file: clinical/procedure-notes-blocks-2-and-3.txt, page: 1}
treatment:
  name: Lumbar sympathetic nerve blocks, left, with fluoroscopy (64520, 77003), three blocks
  summary: >-
    Three left lumbar sympathetic blocks for CRPS of the left leg, each given after the one before had relieved at
    least half her pain, so that she could progress in physical therapy.
clinical:
  severity: Pain 8/10 before the first block (05/12/2026); walking 40 minutes and back at full duty by 08/2026
  severity_date: 2026-08-18
  suicidality: none
  suicidality_date: 2026-08-18
  response: >-
    Block 1: 75% relief (8/10 to 2/10), 4/10 or less for 3 days; block 2: 70% for 5 days; block 3: 60% for 9 days;
    PT advanced to full weight bearing.
  response_level: response
  history:
    - drug: Gabapentin
      dose: 600 mg three times daily
      start: 2025-12
      end: 2026-03
      weeks: 12
      kind: other
      adequate: true
      failed: true
      response: none
      outcome: No relief after 12 weeks; stopped
      evidence: {file: clinical/pain-consult-2026-04-28.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2026-01
      ongoing: true
      adequate: true
      response: partial
      outcome: Partial relief; continued
      evidence: {file: clinical/pain-consult-2026-04-28.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2026-02
      ongoing: true
      kind: other
      outcome: Sleep dose; not a pain medicine trial
      evidence: {file: clinical/pain-consult-2026-04-28.txt, page: 1}
    - drug: Physical therapy (18 visits)
      dose: twice weekly
      start: 2026-01
      end: 2026-04
      kind: other
      failed: true
      response: partial
      outcome: Limited by pain until the blocks; resumed after block 1
      evidence: {file: clinical/pain-consult-2026-04-28.txt, page: 1}
impact:
  work: Could not do field inspections at her federal job from 03/2026 until after the blocks; back at full duty 08/2026.
author:
  name: Graciela Montoya-Sørensen
  role: Billing manager, Alamo Interventional Pain Associates (the enrollee's authorized representative)
  relation: representative
  authorization: other/enrollee-authorization-2026-09-10.txt
  address: |-
    Alamo Interventional Pain Associates (FICTIONAL), 8200 Medical Arts Drive, Suite 500
    San Antonio, TX 78229
  phone: (210) 555-0168
  fax: (210) 555-0169
  email: billing@alamopain.example
provider:
  name: Alamo Interventional Pain Associates (Dmitri Halvorsen-Achebe, MD, pain medicine)
  credentials: MD, anesthesiology and pain medicine
  npi: "1603958210"
  address: |-
    8200 Medical Arts Drive, Suite 500
    San Antonio, TX 78229
  phone: (210) 555-0168
record_dates:
  - file: clinical/procedure-note-block-1-2026-05-12.txt
    date: 2026-05-12
    sent: 2026-09-15
    sent_proof: other/fax-report-reconsideration-2026-09-15.txt
  - file: clinical/pain-diary-2026-05-12-to-05-19.txt
    date: 2026-05-19
    sent: 2026-09-15
    sent_proof: other/fax-report-reconsideration-2026-09-15.txt
  - file: clinical/procedure-notes-blocks-2-and-3.txt
    date: 2026-07-07
    sent: 2026-09-15
    sent_proof: other/fax-report-reconsideration-2026-09-15.txt
template: external-review-request
bates_prefix: OKONKWOBAIRD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-08-20.txt": """
LONE STAR FEDERAL HEALTH ASSOCIATION (FICTIONAL) - FEDERAL LONE STAR BENEFIT PLAN, STANDARD OPTION
EXPLANATION OF BENEFITS (family statement)                                                Date: 08/20/2026
Enrollee: Ruth Okonkwo-Baird   ID FICT-FLS-R48829107   Claim LSF-26-0721-40558   Page 1 of 2
Patient Ruth Okonkwo-Baird, Alamo Interventional Pain Associates:
05/12/2026 64520, 77003  Billed $1,450.00  Paid $0.00  CO-197
06/09/2026 64520, 77003  Billed $1,450.00  Paid $0.00  CO-197, CO-50
07/07/2026 64520, 77003  Billed $1,450.00  Paid $0.00  CO-197, CO-50
CO-197: Precertification was not obtained. CO-50: Not medically necessary: no documented response to the first block.
Patient Adaeze Okonkwo-Baird (daughter), pediatric office visit 07/30/2026: paid.
You may ask us to reconsider within 6 months.
""",
    "denial/reconsideration-decision-2026-10-23.txt": """
LONE STAR FEDERAL HEALTH ASSOCIATION (FICTIONAL) - RECONSIDERATION DECISION                  Date: 10/23/2026
Enrollee: Ruth Okonkwo-Baird   Claim LSF-26-0721-40558   Request received 09/15/2026
We affirm our decision. Precertification is required for outpatient pain management procedures. The records do not
document at least 50% relief after the first block.
If you disagree, you may ask the U.S. Office of Personnel Management to review our decision within 90 days of the
date of this letter (FEHB disputed claims process, 5 CFR 890.105).
""",
    "clinical/pain-consult-2026-04-28.txt": """
ALAMO INTERVENTIONAL PAIN ASSOCIATES (FICTIONAL) - CONSULTATION                           Date: 04/28/2026
Patient: Ruth Okonkwo-Baird   DOB 11/02/1979   Physician: Dmitri Halvorsen-Achebe, MD   Page 1 of 1
CRPS type I, left lower limb (G90.522), after a left foot crush injury 10/2025; Budapest criteria met. Pain 8/10.
Gabapentin 600 mg three times daily 12/2025-03/2026: no relief after 12 weeks, stopped. Duloxetine 60 mg daily since
01/2026: partial relief, continued. Trazodone 50 mg at bedtime for sleep. PT 18 visits 01/2026-04/2026, limited by
pain. No suicidal ideation.
Plan: left lumbar sympathetic block with fluoroscopy; repeat only if at least 50% relief; PT right after each block.
""",
    "clinical/procedure-note-block-1-2026-05-12.txt": """
ALAMO INTERVENTIONAL PAIN ASSOCIATES (FICTIONAL) - PROCEDURE NOTE                         Date: 05/12/2026
Patient: Ruth Okonkwo-Baird   Block 1: left L3 lumbar sympathetic block, fluoroscopic guidance   Page 1 of 1
Pain 8/10 before, 2/10 at 30 minutes (75% relief). Left foot skin temperature rose 2.1 degrees C (sympathetic block
confirmed). Pain diary given. To PT tomorrow.
""",
    "clinical/pain-diary-2026-05-12-to-05-19.txt": """
PAIN DIARY (patient's record, returned 05/19/2026; FICTIONAL)                                    Page 1 of 1
Ruth Okonkwo-Baird, after block 1 on 05/12/2026: pain 4/10 or less for 3 days (05/12-05/15), then 6/10 by 05/17.
Walked 20 minutes on 05/14 for the first time since March.
""",
    "clinical/procedure-notes-blocks-2-and-3.txt": """
ALAMO INTERVENTIONAL PAIN ASSOCIATES (FICTIONAL) - PROCEDURE NOTES                                Page 1 of 1
Patient: Ruth Okonkwo-Baird
06/09/2026 Block 2: left L3 lumbar sympathetic block. 70% relief, lasting 5 days. PT advanced.
07/07/2026 Block 3: left L3 lumbar sympathetic block. 60% relief, lasting 9 days. Full weight bearing by 07/20.
08/18/2026 follow-up: walking 40 minutes; back at full duty.
""",
    "other/fehb-brochure-2026-section-3-excerpt.txt": """
FEDERAL LONE STAR BENEFIT PLAN (FICTIONAL) - 2026 FEHB BROCHURE, SECTION 3 (excerpt)                Page 1
Services requiring our prior approval
Other services that need precertification: spinal cord stimulators; radiofrequency ablation of spinal nerves;
epidural steroid injections after the third in a calendar year; outpatient surgery in a hospital. You do not need
precertification for any other outpatient service.
""",
    "other/fax-report-reconsideration-2026-09-15.txt": """
ALAMO INTERVENTIONAL PAIN ASSOCIATES (FICTIONAL) - FAX TRANSMISSION REPORT                 Printed 09/15/2026
09/15/2026 11:02  To: Lone Star Federal Reconsiderations (210) 555-0157   22 pages   Result: OK
Cover: "Reconsideration, Ruth Okonkwo-Baird, LSF-26-0721-40558: request letter; consult 04/28; block 1 note 05/12;
pain diary 05/12-05/19; notes blocks 2 and 3; brochure Section 3; enrollee authorization."
""",
    "other/enrollee-authorization-2026-09-10.txt": """
AUTHORIZATION OF REPRESENTATIVE (FEHB disputed claim; FICTIONAL)                            Signed 09/10/2026
I, Ruth Okonkwo-Baird, enrollee, authorize Graciela Montoya-Sørensen, billing manager of Alamo Interventional Pain
Associates, to act for me in the reconsideration and OPM review of claim LSF-26-0721-40558.
""",
    "other/pain-intake-2025-11-stale.txt": """
SOUTH TEXAS URGENT CARE (FICTIONAL) - VISIT NOTE                                          Date: 11/04/2025
Patient: Ruth Okonkwo-Baird   Left foot injury. Oxycodone 5 mg as needed, 10 tablets. [Short course in 11/2025; not
taken since.]
""",
}

TRUTH = """# 06 - FEHB Standard Option: three lumbar sympathetic blocks for CRPS denied for "no precertification" and "no documented response"; OPM review asked by the pain practice's billing manager (FICTIONAL)

All people, plans, carriers, practices, numbers and addresses are invented (FICTIONAL).

## What is true
- Ruth Okonkwo-Baird, 47 (DOB 11/02/1979), a federal employee in the **Federal Lone Star Benefit Plan, Standard
  Option (FEHB)**, has **CRPS type I of the left leg (G90.522)**. She had **left lumbar sympathetic blocks (64520,
  77003) on 05/12/2026, 06/09/2026 and 07/07/2026**.
- EOB of **08/20/2026**: CO-197 (no precertification, all three) and CO-50 for blocks 2 and 3 ("no documented
  response to the first block"). Reconsideration asked 09/15/2026 (fax, **22 pages**, with the block 1 note and the
  diary); **decision of 10/23/2026** affirmed both.
- **Plan document:** the **2026 brochure, Section 3**, lists the outpatient services that need precertification
  (spinal cord stimulators, radiofrequency ablation, epidural steroid injections after the third in a year,
  outpatient hospital surgery) and says "You do not need precertification for any other outpatient service".
  Sympathetic blocks are not on it.
- **Record:** block 1: **8/10 -> 2/10 at 30 minutes (75%)**, foot temperature **+2.1 degrees C**, diary **4/10 or less
  for 3 days**; block 2: **70%** for 5 days; block 3: **60%** for 9 days; back at full duty by 08/2026.
- **Rule and stage:** FEHB disputed claims, **5 CFR 890.105**: OPM review within **90 days** of the carrier's
  decision: **by 01/21/2027**. Not ERISA.
- **Author:** the practice's billing manager, authorized by the enrollee (09/10/2026); writes about "Ms.
  Okonkwo-Baird".

### Expected answers
{ANSWERS}

## Deliberately unknown
- Where the carrier's "outpatient pain management procedures" rule comes from: no such words are in the brochure
  excerpt; a letter may ask which term the carrier applied.
- The allowed amounts: not in the case (billed $1,450.00 per date only).
- Whether the carrier ever opened pages of the 09/15/2026 fax: unknown.

## Traps
- **Plan document, not a retro-authorization:** the brochure requires none, so the letter must not ask for a
  retroactive precertification or concede one was needed.
- **A decision's wrong statement:** "do not document at least 50% relief after the first block" against the block 1
  note and diary, sent 09/15/2026 before the decision.
- **Other person on a document:** the EOB's family statement shows her daughter's office visit.
- **Stale document:** the 11/2025 urgent care note (oxycodone, a short course) - not a current medicine or a trial.
- **Adequate failed vs still taken:** gabapentin 12 weeks, no relief (an adequate failed trial); duloxetine continues
  (partial) - never "failed" or "stopped"; trazodone 50 mg is a sleep dose.
- **Stage:** OPM review after the carrier's reconsideration - not a second carrier appeal, not "external review" by a
  state or an IRO, never 29 CFR 2560.503-1 or 45 CFR 147.136.

## Arguments a strong letter makes (strongest first)
1. The brochure's own Section 3 lists what needs precertification and says nothing else outpatient does; sympathetic
   blocks are not listed, so CO-197 has no basis for any of the three dates.
2. The first block gave 75% relief with a 2.1 degree C temperature rise and 3 days at 4/10 or less, sent to the
   carrier on 09/15/2026; blocks 2 and 3 followed a documented response (70%, then 60%) - the stated fact is wrong.
3. Ask OPM to direct the carrier to pay all three dates; filed within 90 days of 10/23/2026.

## What a letter must NOT say
- "retroactive authorization", "precertification was required", "we failed to obtain precertification".
- "no response to the first block"; "failed duloxetine", "stopped duloxetine"; trazodone as a trial; oxycodone as a
  current medicine or trial; "Adaeze".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review organization", "state insurance department".
- Payment figures other than the billed $1,450.00 per date.
"""

ANSWERS = [
    ("Plan type", "plan_type: fehb", "case.yaml"),
    ("Date of the carrier's reconsideration", "RECONSIDERATION DECISION                  Date: 10/23/2026", "denial/reconsideration-decision-2026-10-23.txt"),
    ("Last day to ask OPM", "by 01/21/2027", "truth"),
    ("The brochure's closing words on precertification", "You do not need precertification for any other outpatient service", "other/fehb-brochure-2026-section-3-excerpt.txt"),
    ("An injection that does need precertification", "epidural steroid injections after the third in a calendar year", "other/fehb-brochure-2026-section-3-excerpt.txt"),
    ("Relief after block 1", "Pain 8/10 before, 2/10 at 30 minutes (75% relief)", "clinical/procedure-note-block-1-2026-05-12.txt"),
    ("Temperature rise", "rose 2.1 degrees C", "clinical/procedure-note-block-1-2026-05-12.txt"),
    ("Diary after block 1", "pain 4/10 or less for 3 days", "clinical/pain-diary-2026-05-12-to-05-19.txt"),
    ("Relief after block 2", "70% relief, lasting 5 days", "clinical/procedure-notes-blocks-2-and-3.txt"),
    ("Relief after block 3", "60% relief, lasting 9 days", "clinical/procedure-notes-blocks-2-and-3.txt"),
    ("The fax of the reconsideration", "22 pages   Result: OK", "other/fax-report-reconsideration-2026-09-15.txt"),
    ("Rule for OPM review", "5 CFR 890.105", "truth"),
    ("The adequate failed trial", "no relief after 12 weeks, stopped", "clinical/pain-consult-2026-04-28.txt"),
    ("Another person on the EOB", "Adaeze Okonkwo-Baird (daughter)", "denial/explanation-of-benefits-2026-08-20.txt"),
    ("The stale drug", "Oxycodone 5 mg as needed, 10 tablets", "other/pain-intake-2025-11-stale.txt"),
    ("Dates of service", "05/12/2026, 06/09/2026 and 07/07/2026", "truth"),
]
