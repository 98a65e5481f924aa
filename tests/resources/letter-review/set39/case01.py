"""Set 39, case 01 (FICTIONAL): Medicare Advantage PPO, pre-service SCS trial for CRPS, two grounds."""

SLUG = "01-ma-ppo-scs-trial-crps-internal-criteria-and-psych-eval-said-missing-reconsideration-physician"

CASE_YAML = r"""
# FICTIONAL CASE (set 39, case 01) - every person, plan, contractor, provider, number and address is invented.
# Medicare Advantage PPO, Florida. Geraldine Stavros, 70, has CRPS type I of the right leg since 01/2025. Her pain
# physician asked for a spinal cord stimulator trial; the plan denied it on 11/02/2026 on two grounds: its own
# internal policy's "6 months of supervised physical therapy" (she had 5.5 months) and "no psychological evaluation
# was submitted" (it was faxed with the request, pages 9-12). Medicare's local coverage determination (fictional
# L99874) sets the criteria; the plan may not add its own. Pre-service standard reconsideration, by the physician.
patient:
  name: Geraldine Stavros
  salutation: Mrs. Stavros
  date_of_birth: 1956-02-11
  member_id: FICT-GB-55302918
  address: |-
    2207 Tamiami Palms Drive
    Sarasota, FL 34231
  phone: (941) 555-0132
insurer:
  name: Gulfbright Health Plans - Gulfbright Advantage Choice PPO (FICTIONAL)
  appeals_address: |-
    Gulfbright Health Plans - Medicare Appeals and Grievances (FICTIONAL)
    PO Box 40917
    Tampa, FL 33631
  fax: (813) 555-0148
claim:
  number: OD-26-1020-61847
  plan_type: medicare_advantage
  notice_date: 2026-11-02
  appeal_deadline: 2027-01-06
  deadline_basis: >-
    Notice of Denial of Medical Coverage of 11/02/2026: "You must ask for a reconsideration within 65 days from the
    date of this notice."
  service_dates: [2027-01-12]
  setting: outpatient
  pending_services: "[the spinal cord stimulator trial: two temporary leads, about 7 days]"
  procedure_codes: [63650]
  diagnosis_codes: [G90.521]
  denial_reason: >-
    (1) The request does not meet Gulfbright Clinical Policy PAIN-SCS-11, criterion 2: at least 12 months of
    conservative therapy after diagnosis, including at least 6 months of supervised physical therapy. The records
    show physical therapy from 01/14/2025 to 06/30/2025. (2) Criterion 4 requires a psychological evaluation within
    90 days before the trial. No psychological evaluation was submitted with the request.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer:
    name: Martin Oduya, MD
    specialty: Internal Medicine
  action: none
  corrections:
    - said: No psychological evaluation was submitted with the request.
      record: >-
        The clinic's fax confirmation shows the request went to the plan's prior authorization fax on 10/20/2026 at
        14:12, 14 pages, result OK; its cover sheet lists pages 9-12 as the psychological evaluation of 10/16/2026.
      file: other/fax-confirmation-2026-10-20.txt
      page: 1
plan_policy:
  name: Gulfbright Clinical Policy PAIN-SCS-11, Spinal Cord Stimulation (internal coverage criteria)
  number: PAIN-SCS-11
  quote: >-
    Gulfbright considers a spinal cord stimulator trial medically necessary when all of the following are met:
    1. chronic neuropathic pain of at least 12 months; 2. at least 12 months of conservative therapy after
    diagnosis, including at least 6 months of supervised physical therapy; 3. no untreated substance use disorder;
    4. a psychological evaluation within 90 days before the trial finds no contraindication.
  file: other/gulfbright-clinical-policy-pain-scs-11-excerpt.txt
medicare_coverage:
  name: Local Coverage Determination L99874, Spinal Cord Stimulation for Chronic Pain (FICTIONAL)
  number: L99874
  quote: >-
    A trial of spinal cord stimulation is reasonable and necessary when: (1) the patient has chronic intractable
    pain of at least 6 months from a listed condition, including complex regional pain syndrome; (2) conservative
    treatment of any kind (medications, physical or occupational therapy, psychological therapy, interventional
    procedures) has been tried for at least 6 months without adequate relief; (3) a psychological evaluation by a
    licensed mental health professional within the 12 months before the trial finds no condition that would
    prevent a good outcome; (4) the patient has no untreated substance use disorder; (5) a permanent implant is
    considered only after the trial gives at least 50% relief.
  file: other/lcd-l99874-spinal-cord-stimulation-excerpt.txt
payer_criteria:
  - criterion: "(1) chronic intractable pain of at least 6 months from a listed condition, including CRPS"
    how_met: CRPS type I of the right lower limb diagnosed 01/09/2025 by the Budapest criteria; pain 7-8/10 since.
    met: true
    evidence: {file: clinical/pain-clinic-note-2026-10-14.txt, page: 1}
  - criterion: "(2) conservative treatment of any kind tried for at least 6 months without adequate relief"
    how_met: >-
      Medications since 01/2025, 24 physical therapy visits 01/14/2025-06/30/2025, three lumbar sympathetic
      blocks in 2025 and 10 sessions of pain CBT in 2025: about 21 months in all, without adequate relief.
    met: true
    evidence:
      - {file: clinical/pain-clinic-note-2026-10-14.txt, page: 1}
      - {file: clinical/physical-therapy-discharge-2025-06-30.txt, page: 1}
  - criterion: "(3) psychological evaluation within the 12 months before the trial, no condition preventing a good outcome"
    how_met: Psychological evaluation of 10/16/2026 by a licensed psychologist, no contraindication found.
    met: true
    evidence: {file: clinical/psychological-evaluation-2026-10-16.txt, page: 1}
  - criterion: "(4) no untreated substance use disorder"
    how_met: No substance use disorder; urine drug screen of 10/14/2026 negative.
    met: true
    evidence: {file: clinical/pain-clinic-note-2026-10-14.txt, page: 1}
  - criterion: "(5) permanent implant only after a trial with at least 50% relief"
    how_met: The request is for the trial only; a permanent implant will be asked for only if the trial gives 50% relief.
    met: true
    evidence: {file: clinical/pain-clinic-note-2026-10-14.txt, page: 1}
treatment:
  name: Spinal cord stimulator trial (two temporary percutaneous leads, 63650)
  summary: >-
    A 7-day trial of spinal cord stimulation for complex regional pain syndrome type I of the right leg that has
    not responded to 21 months of medications, physical therapy, sympathetic blocks and pain psychology.
  plan: >-
    Two temporary epidural leads placed in the outpatient procedure suite on 01/12/2027, 7 days of trial
    stimulation with a daily pain and activity diary, leads removed on day 7; a permanent implant is asked for only
    if pain falls by at least 50% and walking tolerance improves.
  setting: Suncoast Spine and Pain outpatient procedure suite (FICTIONAL)
clinical:
  severity: Pain 8/10 (numeric rating scale), walking tolerance 10 minutes, on 10/14/2026
  severity_date: 2026-10-14
  suicidality: none
  suicidality_date: 2026-10-16
  episode_onset: 2025-01
  treating_since: 2025-01-09
  exclusions: No untreated substance use disorder; no anticoagulant; no local infection; psychological evaluation clear.
  history:
    - drug: Gabapentin
      dose: 300 mg three times daily
      start: 2025-01
      end: 2025-02
      weeks: 3
      kind: other
      adequate: false
      outcome: Stopped after 3 weeks for dizziness and a fall; an intolerance, not an adequate trial
      evidence: {file: clinical/pain-clinic-note-2026-10-14.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-04
      ongoing: true
      adequate: true
      response: partial
      outcome: Partial relief; continued
      evidence: {file: clinical/pain-clinic-note-2026-10-14.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 mg at bedtime for sleep
      start: 2025-03
      ongoing: true
      kind: other
      outcome: Sleep dose only; not a trial of a pain medicine
      evidence: {file: clinical/pain-clinic-note-2026-10-14.txt, page: 1}
    - drug: Physical therapy (24 visits)
      dose: twice weekly, desensitization, graded motor imagery, gait training
      start: 2025-01-14
      end: 2025-06-30
      kind: other
      failed: true
      response: partial
      outcome: Some gain in range of motion; pain unchanged; home program continued
      evidence: {file: clinical/physical-therapy-discharge-2025-06-30.txt, page: 1}
    - drug: Lumbar sympathetic blocks (3)
      dose: right L2-L3, 05/2025, 06/2025, 08/2025
      start: 2025-05
      end: 2025-08
      kind: other
      failed: true
      response: partial
      outcome: Two to three days of relief after each block
      evidence: {file: clinical/pain-clinic-note-2026-10-14.txt, page: 1}
    - drug: Cognitive behavioral therapy for pain
      dose: 10 sessions
      start: 2025-09
      end: 2025-12
      kind: psychotherapy
      sessions: 10
      adequate: true
      response: partial
      outcome: Better coping and sleep; pain unchanged
      evidence: {file: clinical/pain-clinic-note-2026-10-14.txt, page: 1}
    - drug: Physical therapy for an earlier CRPS episode of the left wrist (2019)
      dose: about 4 months
      start: 2019-03
      end: 2019-07
      kind: other
      response: remission
      outcome: Earlier episode in another limb; resolved; not a failure
      evidence: {file: clinical/pain-clinic-note-2026-10-14.txt, page: 1}
impact:
  daily_life: Walks 10 minutes at most; cannot wear a shoe on the right foot; stopped volunteering at the library.
author:
  name: Tobias Almqvist-Reyes, MD
  role: Treating pain medicine physician (board certified in pain medicine), Suncoast Spine and Pain
  relation: physician
  address: |-
    Suncoast Spine and Pain (FICTIONAL), 1450 Fruitville Road, Suite 300
    Sarasota, FL 34236
  phone: (941) 555-0177
  fax: (941) 555-0178
  email: dr.almqvist@suncoastspine.example
provider:
  name: Tobias Almqvist-Reyes, MD, Suncoast Spine and Pain
  credentials: MD, pain medicine
  npi: "1729304661"
  address: |-
    1450 Fruitville Road, Suite 300
    Sarasota, FL 34236
  phone: (941) 555-0177
prior_auth:
  requested_on: 2026-10-20
  reference: OD-26-1020-61847
  proof: other/fax-confirmation-2026-10-20.txt
record_dates:
  - file: clinical/pain-clinic-note-2026-10-14.txt
    date: 2026-10-14
    sent: 2026-10-20
    sent_proof: other/fax-confirmation-2026-10-20.txt
  - file: clinical/psychological-evaluation-2026-10-16.txt
    date: 2026-10-16
    sent: 2026-10-20
    sent_proof: other/fax-confirmation-2026-10-20.txt
  - file: clinical/physical-therapy-discharge-2025-06-30.txt
    date: 2025-06-30
    sent: 2026-10-20
    sent_proof: other/fax-confirmation-2026-10-20.txt
copies: [prescriber]
bates_prefix: STAVROS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-denial-of-medical-coverage-2026-11-02.txt": """
GULFBRIGHT HEALTH PLANS (FICTIONAL) - GULFBRIGHT ADVANTAGE CHOICE PPO (Medicare Advantage)
NOTICE OF DENIAL OF MEDICAL COVERAGE                                  Date of this notice: 11/02/2026
Member: Geraldine Stavros   Member ID FICT-GB-55302918   Reference OD-26-1020-61847
Requested by: Tobias Almqvist-Reyes, MD. Received 10/20/2026.
Service: spinal cord stimulator trial (63650), planned 01/12/2027. Diagnosis G90.521.

We denied this request. Reasons:
(1) The request does not meet Gulfbright Clinical Policy PAIN-SCS-11, criterion 2: at least 12 months of
conservative therapy after diagnosis, including at least 6 months of supervised physical therapy. The records show
physical therapy from 01/14/2025 to 06/30/2025.
(2) Criterion 4 requires a psychological evaluation within 90 days before the trial. No psychological evaluation was
submitted with the request.
Reviewed by: Martin Oduya, MD, Internal Medicine.

Your right to appeal: You must ask for a reconsideration within 65 days from the date of this notice. Your doctor
may ask for you. Mail: Medicare Appeals and Grievances, PO Box 40917, Tampa, FL 33631. Fax (813) 555-0148.
If we keep our decision, we send your case to an independent review organization automatically.
""",
    "clinical/pain-clinic-note-2026-10-14.txt": """
SUNCOAST SPINE AND PAIN (FICTIONAL) - PAIN MEDICINE FOLLOW-UP                       Date: 10/14/2026
Patient: Geraldine Stavros   DOB 02/11/1956   Physician: Tobias Almqvist-Reyes, MD   Page 1 of 1
Diagnosis: complex regional pain syndrome type I, right lower limb (G90.521), after a right ankle fracture repaired
09/2024; diagnosed 01/09/2025 by the Budapest criteria (allodynia, color and temperature change, swelling, reduced
motion). Pain 8/10 today; walking tolerance 10 minutes; cannot wear a shoe on the right foot.
Treatment so far:
- Gabapentin 300 mg three times daily, 01/2025-02/2025: stopped after 3 weeks for dizziness and a fall.
- Duloxetine 60 mg daily since 04/2025: partial relief; continued.
- Amitriptyline 10 mg at bedtime since 03/2025, for sleep only.
- Physical therapy 24 visits 01/14/2025-06/30/2025, home program since.
- Right lumbar sympathetic blocks x3 (05/2025, 06/2025, 08/2025): two to three days of relief each.
- Cognitive behavioral therapy for pain, 10 sessions 09/2025-12/2025: better coping; pain unchanged.
- Earlier history: CRPS of the LEFT wrist in 2019 after a fall, resolved with about 4 months of physical therapy.
Urine drug screen 10/14/2026 negative. No substance use disorder. No anticoagulant.
Plan: spinal cord stimulator trial, two temporary leads, 7 days, scheduled 01/12/2027; psychological evaluation
booked 10/16/2026; request to Gulfbright with records once the evaluation is in.
""",
    "clinical/psychological-evaluation-2026-10-16.txt": """
GULF COAST BEHAVIORAL MEDICINE (FICTIONAL) - PRE-PROCEDURE PSYCHOLOGICAL EVALUATION      Date: 10/16/2026
Patient: Geraldine Stavros   DOB 02/11/1956   Referred by Tobias Almqvist-Reyes, MD   Page 1 of 1
Evaluator: Nadia Ferreira-Lund, PsyD, licensed psychologist (FICTIONAL)
Interview, PHQ-9 6, GAD-7 5, Pain Catastrophizing Scale 18. No suicidal ideation. No substance use disorder.
Realistic expectations of the trial; good family support.
Conclusion: no psychological contraindication to a spinal cord stimulator trial.
""",
    "clinical/physical-therapy-discharge-2025-06-30.txt": """
BAYSIDE REHABILITATION (FICTIONAL) - PHYSICAL THERAPY DISCHARGE SUMMARY               Date: 06/30/2025
Patient: Geraldine Stavros   DOB 02/11/1956   Page 1 of 1
Episode: 01/14/2025 to 06/30/2025, 24 visits (twice weekly), CRPS right lower limb.
Treatment: desensitization, graded motor imagery, mirror therapy, gait training.
Outcome: ankle motion improved by 10 degrees; pain unchanged at 7-8/10; discharged to a home program.
""",
    "other/fax-confirmation-2026-10-20.txt": """
SUNCOAST SPINE AND PAIN (FICTIONAL) - FAX TRANSMISSION REPORT                       Printed 10/20/2026 16:30
Page 1 of 1
Line 1  10/20/2026 14:12  To: Gulfbright Prior Authorization (813) 555-0149   14 pages   Result: OK
        Cover sheet: "Geraldine Stavros, SCS trial request. Pages 2-3 request form; 4-6 clinic note 10/14/2026;
        7-8 PT discharge 06/30/2025; pages 9-12 psychological evaluation 10/16/2026; 13-14 urine drug screen."
Line 2  10/20/2026 15:03  To: Seabreeze Health Plan (727) 555-0190   6 pages   Result: OK
        Cover sheet: "J. Whitcombe, lumbar radiofrequency ablation request."
""",
    "other/gulfbright-clinical-policy-pain-scs-11-excerpt.txt": """
GULFBRIGHT HEALTH PLANS (FICTIONAL) - CLINICAL POLICY PAIN-SCS-11 SPINAL CORD STIMULATION     Effective 01/01/2026
Internal coverage criteria (Medicare Advantage). Page 1 of 4
Gulfbright considers a spinal cord stimulator trial medically necessary when all of the following are met:
1. chronic neuropathic pain of at least 12 months; 2. at least 12 months of conservative therapy after diagnosis,
including at least 6 months of supervised physical therapy; 3. no untreated substance use disorder; 4. a
psychological evaluation within 90 days before the trial finds no contraindication.
""",
    "other/lcd-l99874-spinal-cord-stimulation-excerpt.txt": """
PENINSULA MEDICARE SERVICES (FICTIONAL MEDICARE ADMINISTRATIVE CONTRACTOR)
LOCAL COVERAGE DETERMINATION L99874 SPINAL CORD STIMULATION FOR CHRONIC PAIN (FICTIONAL)   Effective 03/01/2025
Jurisdiction: Florida. Page 2 of 9
A trial of spinal cord stimulation is reasonable and necessary when: (1) the patient has chronic intractable pain
of at least 6 months from a listed condition, including complex regional pain syndrome; (2) conservative treatment
of any kind (medications, physical or occupational therapy, psychological therapy, interventional procedures) has
been tried for at least 6 months without adequate relief; (3) a psychological evaluation by a licensed mental health
professional within the 12 months before the trial finds no condition that would prevent a good outcome; (4) the
patient has no untreated substance use disorder; (5) a permanent implant is considered only after the trial gives at
least 50% relief.
""",
    "other/pain-intake-2025-01-09-stale.txt": """
SUNCOAST SPINE AND PAIN (FICTIONAL) - NEW PATIENT INTAKE                             Date: 01/09/2025
Patient: Geraldine Stavros   DOB 02/11/1956
Current medicines: gabapentin 300 mg three times daily (started by primary care 01/02/2025); acetaminophen.
[Kept in the chart; gabapentin was stopped in 02/2025 - see later notes.]
""",
}

TRUTH = """# 01 - Medicare Advantage PPO: a spinal cord stimulator trial for CRPS denied under the plan's internal criteria and for a "missing" psychological evaluation; pre-service reconsideration by the pain physician (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Geraldine Stavros, 70 (DOB 02/11/1956), in **Gulfbright Advantage Choice PPO** (Medicare Advantage, FL), has
  **CRPS type I of the right lower limb (G90.521)**, diagnosed 01/09/2025 (Budapest criteria). Pain 8/10, walking
  10 minutes (10/14/2026). Her pain physician asked on **10/20/2026** for a **spinal cord stimulator trial** (63650,
  two temporary leads, 7 days) planned **01/12/2027**.
- The **Notice of Denial of Medical Coverage of 11/02/2026** (OD-26-1020-61847), reviewer an internist, gives two
  grounds: (1) internal policy **PAIN-SCS-11 criterion 2** ("at least 6 months of supervised physical therapy"):
  she had PT **01/14/2025-06/30/2025, 24 visits** - about 5.5 months, so the internal criterion as written is NOT met;
  (2) "No psychological evaluation was submitted" - **false**: the fax of 10/20/2026 14:12, **14 pages**, result OK,
  carried the evaluation of **10/16/2026** at **pages 9-12**.
- **Medicare's rule** for SCS in Florida is the contractor's LCD (fictional **L99874**): 6 months of pain, **at least
  6 months of conservative treatment of any kind**, psychological evaluation within 12 months, no untreated substance
  use disorder, permanent implant only after 50% relief in the trial. Every one is met (21 months of medicines, PT,
  three sympathetic blocks, 10 sessions of pain CBT; evaluation 10/16/2026; drug screen negative).
- **Rule:** a Medicare Advantage plan must cover what Original Medicare covers (42 CFR 422.101(a)-(b)) and may apply
  internal coverage criteria only where Medicare's own criteria are not fully established (42 CFR 422.101(b)(6));
  here the LCD sets them. Stage: **standard pre-service reconsideration**, 65 days from the notice (**by
  01/06/2027**), decided within 30 days (not a Part B drug: no 7-day clock); an upheld denial goes to the independent
  review entity automatically (422.592). A physician may ask for a pre-service reconsideration for the member
  without an appointment of representative (422.578(c)).
- **Author:** the treating pain physician, writing as "I" about "Mrs. Stavros".

### Expected answers
{ANSWERS}

## Deliberately unknown
- Whether the plan's reviewer ever opened pages 9-12 of the fax: unknown; a letter may ask the plan to check its file.
- Whether PAIN-SCS-11 is publicly posted with its evidence, as 422.101(b)(6) requires for internal criteria: unknown.
- Whether the trial will give 50% relief; any permanent-implant date or cost: not in the case.

## Traps
- **Honesty about the internal criterion:** she had 5.5 months of supervised PT, not 6. A letter must not say
  PAIN-SCS-11 criterion 2 is met; the winning answer is that Medicare's LCD, not the internal policy, decides.
- **A decision's wrong statement:** "No psychological evaluation was submitted" against the fax report.
- **Other person on a document:** line 2 of the fax report (J. Whitcombe, another plan, a different procedure).
- **Stale document:** the 01/09/2025 intake lists gabapentin as current; it was stopped in 02/2025.
- **Intolerance, not a trial:** gabapentin, 3 weeks, stopped for dizziness and a fall.
- **Still taken:** duloxetine 60 mg (partial relief) continues; never "failed" or "stopped".
- **Sleep dose:** amitriptyline 10 mg at bedtime is not a trial of a pain medicine.
- **Earlier episode:** the 2019 LEFT wrist CRPS resolved with PT; it is not a failure and not this limb.
- **Care to come:** the trial is scheduled, not given; no payment is asked for.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no parity (MHPAEA does not reach Medicare), no state external review.

## Arguments a strong letter makes (strongest first)
1. Medicare's own criteria for this service are fully established in LCD L99874; under 42 CFR 422.101(b)(6) the
   plan may not deny by its internal PAIN-SCS-11, and under LCD L99874 every criterion is met, one by one, with
   exhibits (6 months of conservative care of any kind: 21 months here).
2. The psychological evaluation was submitted: fax of 10/20/2026, 14 pages, pages 9-12; it is enclosed again
   (10/16/2026, no contraindication), within 90 days of the trial even by the plan's own criterion 4.
3. Correct the notice's statement and decide within 30 days; ask that a physician with pain-medicine expertise
   review (the reviewer was an internist), without citing an ERISA duty.

## What a letter must NOT say
- "met every criterion of PAIN-SCS-11", "6 months of physical therapy", "criterion 2 is met" (of the plan's policy).
- "no psychological evaluation was needed"; "the evaluation was sent late".
- "failed duloxetine", "stopped duloxetine"; amitriptyline as a trial; gabapentin as an adequate failed trial;
  "failed physical therapy in 2019"; "Whitcombe".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA"/"parity", "external review" as the next step,
  "7 days" as the decision time.
- Any statement that the trial was given, or any payment figure.
"""

ANSWERS = [
    ("Plan type", "medicare_advantage", "case.yaml"),
    ("Date of the notice", "Date of this notice: 11/02/2026", "denial/notice-of-denial-of-medical-coverage-2026-11-02.txt"),
    ("Last day to ask for reconsideration", "by 01/06/2027", "truth"),
    ("The internal criterion on physical therapy", "at least 6 months of supervised physical therapy", "other/gulfbright-clinical-policy-pain-scs-11-excerpt.txt"),
    ("Physical therapy dates", "01/14/2025 to 06/30/2025", "clinical/physical-therapy-discharge-2025-06-30.txt"),
    ("Physical therapy visits", "24 visits", "clinical/physical-therapy-discharge-2025-06-30.txt"),
    ("Date of the psychological evaluation", "Date: 10/16/2026", "clinical/psychological-evaluation-2026-10-16.txt"),
    ("Pages the fax carried", "14 pages", "other/fax-confirmation-2026-10-20.txt"),
    ("Where the evaluation sat in the fax", "pages 9-12 psychological evaluation 10/16/2026", "other/fax-confirmation-2026-10-20.txt"),
    ("Medicare's rule for the service", "LOCAL COVERAGE DETERMINATION L99874", "other/lcd-l99874-spinal-cord-stimulation-excerpt.txt"),
    ("The LCD's conservative-treatment minimum", "tried for at least 6 months without adequate relief", "other/lcd-l99874-spinal-cord-stimulation-excerpt.txt"),
    ("Regulation limiting internal criteria", "42 CFR 422.101(b)(6)", "truth"),
    ("Reviewer's specialty", "Martin Oduya, MD, Internal Medicine", "denial/notice-of-denial-of-medical-coverage-2026-11-02.txt"),
    ("Drug still taken with partial relief", "Duloxetine 60 mg daily since 04/2025: partial relief; continued", "clinical/pain-clinic-note-2026-10-14.txt"),
    ("Sleep dose, not a trial", "Amitriptyline 10 mg at bedtime since 03/2025, for sleep only", "clinical/pain-clinic-note-2026-10-14.txt"),
    ("Why gabapentin stopped", "stopped after 3 weeks for dizziness and a fall", "clinical/pain-clinic-note-2026-10-14.txt"),
]
