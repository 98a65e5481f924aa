"""Cases 01-04 of letters set 19 (FICTIONAL: every person, plan, number and address is invented)."""

CASES = []

# ---------------------------------------------------------------------------------------------------------------
# 01 Marketplace PPO (AZ, insured) | experimental: policy MP-7.112 names IV ketamine for CRPS | first internal,
#    pre-service | IV ketamine 5-day series, CRPS I right arm | patient ("I")
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="01-marketplace-ppo-ketamine-crps-experimental-patient",
    yaml=r"""
# FICTIONAL CASE (set 19, case 01) - every person, plan, number and address is invented.
# Individual Marketplace Gold PPO (insured, Arizona): a pre-service request for a five-day outpatient IV ketamine
# series for complex regional pain syndrome type I of the right arm, denied as investigational under medical
# policy MP-7.112, which names ketamine for CRPS. The patient writes her own first internal appeal.
patient:
  name: Delia Marguerite Voss
  salutation: Ms. Voss
  date_of_birth: July 19, 1984
  member_id: DSH-FICT-448120-03
  address: |-
    2207 West Ocotillo Lane
    Cholla Springs, AZ 85399
  phone: (520) 555-0134
  email: delia.voss@mailbox.example
insurer:
  name: Desert Sun Health Plans (FICTIONAL)
  appeals_address: |-
    Desert Sun Health Plans, Member Appeals
    PO Box 61120
    Saguaro Mesa, AZ 85098
  fax: (602) 555-0177
claim:
  number: PA-2026-1109-7741
  plan_type: individual_aca
  funding: insured
  state: AZ
  notice_date: November 9, 2026
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [G90.511]
  sessions: 5
  pending_services: 5
  denial_reason: >-
    Your provider asked us to approve intravenous (IV) ketamine infusions (96365, 96366, J3490) for complex regional
    pain syndrome. We cannot approve this request. Under Desert Sun Medical Policy MP-7.112, Ketamine Infusion
    Therapy, intravenous ketamine infusion is considered investigational for the treatment of chronic pain
    conditions, including but not limited to complex regional pain syndrome, fibromyalgia and neuropathic pain,
    because the evidence is insufficient to determine its effect on health outcomes. Investigational services are
    not covered under your Evidence of Coverage.
  denial_category: experimental_investigational
  action: none
  reviewer: {name: "Gordon Pike, MD", specialty: Family Medicine}
plan_policy:
  name: Desert Sun Medical Policy MP-7.112, Ketamine Infusion Therapy
  number: MP-7.112
  quote: >-
    Policy statement 2. Intravenous ketamine infusion is considered investigational for the treatment of chronic
    pain conditions, including but not limited to complex regional pain syndrome, fibromyalgia and neuropathic pain,
    because the evidence is insufficient to determine its effect on health outcomes.
  file: other/desert-sun-medical-policy-mp-7-112-excerpt.txt
  other_terms: >-
    Evidence of Coverage, Section 12 (Definitions): "Experimental or Investigational means a drug, device, procedure
    or treatment that, at the time it is provided, meets any one of the following: (1) the drug or device cannot be
    lawfully marketed without approval of the U.S. Food and Drug Administration and approval for marketing has not
    been given at the time it is provided; (2) reliable evidence shows that it is the subject of ongoing phase I, II
    or III clinical trials to determine its maximum tolerated dose, its toxicity, its safety or its efficacy as
    compared with the standard means of treatment; or (3) reliable evidence shows that the consensus of opinion
    among experts is that further studies or clinical trials are necessary to determine its maximum tolerated dose,
    its toxicity, its safety or its efficacy as compared with the standard means of treatment." Evidence of
    Coverage, Section 4.2: "Desert Sun uses medical policies as guidelines to apply the terms of this Evidence of
    Coverage. Where a medical policy and this Evidence of Coverage differ, this Evidence of Coverage governs."
treatment:
  name: IV ketamine infusions for complex regional pain syndrome
  plural: true
  summary: >-
    A five-day outpatient series of low-dose intravenous ketamine infusions for complex regional pain syndrome type I
    of the right arm, after oral neuropathic agents, stellate ganglion blocks and graded motor imagery.
  plan: >-
    Ketamine 0.3 mg/kg/hour (not more than 40 mg/hour) over 4 hours on five consecutive weekdays, with midazolam
    1 mg as needed and ondansetron as needed; NRS pain scores and upper-limb function (QuickDASH) before, at 2 weeks
    and at 6 weeks; repeat only if pain falls by at least 30% for at least 6 weeks.
  setting: Ironwood Pain and Regional Anesthesia, an outpatient infusion suite staffed by anesthesiologists (FICTIONAL)
  monitoring: continuous pulse oximetry, ECG and blood pressure every 15 minutes; 60 minutes of recovery before discharge
  alongside: duloxetine 60 mg daily
provider:
  name: Anand Reyes-Whitford
  credentials: MD, anesthesiology and pain medicine
  npi: "1356820476"
  phone: (520) 555-0149
  address: |-
    Ironwood Pain and Regional Anesthesia, 900 Palo Verde Parkway, Suite 3
    Cholla Springs, AZ 85399
author:
  name: Delia Marguerite Voss
  role: Patient
  relation: patient
  address: |-
    2207 West Ocotillo Lane
    Cholla Springs, AZ 85399
  phone: (520) 555-0134
  email: delia.voss@mailbox.example
clinical:
  severity: >-
    Pain NRS 8/10 at rest and 9/10 with use on October 27, 2026; QuickDASH 77; Budapest clinical criteria met
    (allodynia, edema, temperature asymmetry of 2.1 C, trophic nail change)
  severity_date: 2026-10-27
  suicidality: none
  suicidality_date: 2026-10-27
  episode_onset: February 2025
  treating_since: April 2025
  exclusions: >-
    October 27, 2026: BP 122/78, no uncontrolled hypertension, no cardiac disease, no psychosis, no substance use
    disorder, normal liver tests (10/2026), not pregnant
  history:
    - drug: Prednisone taper
      kind: other
      dose: 40 mg daily tapered over 10 days
      start: 2025-02
      end: 2025-02
      outcome: Brief partial relief of swelling; pain unchanged after the taper
      response: partial
      evidence: {file: clinical/ironwood-pain-clinic-notes-2025-2026.txt, page: 1}
    - drug: Gabapentin
      dose: titrated to 600 mg three times daily
      start: 2025-03
      end: 2025-07
      outcome: No meaningful pain relief after about 16 weeks at target dose; daytime sedation; stopped
      response: none
      failed: true
      adequate: true
      evidence: {file: clinical/ironwood-pain-clinic-notes-2025-2026.txt, page: 1}
    - drug: Pregabalin
      dose: 75 mg, then 150 mg twice daily
      start: 2025-08
      end: 2025-10
      outcome: Stopped after about 8 weeks for dizziness and a fall; no benefit before stopping
      response: none
      failed: true
      adequate: true
      evidence: {file: clinical/ironwood-pain-clinic-notes-2025-2026.txt, page: 1}
    - drug: Duloxetine
      dose: 30 mg, then 60 mg daily
      start: 2025-08-18
      ongoing: true
      outcome: Partial benefit (NRS about 9 to 8, sleep better); continued
      response: partial
      evidence: {file: clinical/ironwood-pain-clinic-notes-2025-2026.txt, page: 1}
    - drug: Graded motor imagery and mirror therapy (occupational therapy)
      kind: other
      dose: 12 supervised sessions, then a daily home program
      sessions: 12
      start: 2025-02
      end: 2025-06
      outcome: Completed; home program continues; allodynia unchanged
      response: none
      evidence: {file: clinical/ironwood-pain-clinic-notes-2025-2026.txt, page: 1}
    - drug: Right stellate ganglion blocks (3)
      kind: other
      dose: 10 mL 0.25% bupivacaine, ultrasound guided
      start: 2025-09
      end: 2026-01
      outcome: Each gave 2 to 4 days of partial relief only
      response: partial
      evidence: {file: clinical/ironwood-pain-clinic-notes-2025-2026.txt, page: 1}
impact:
  work: Off work as a dental hygienist since March 2026 (short-term disability); she cannot grip instruments.
  daily_life: Cannot drive more than short distances, dress without help on bad days, or tolerate a sleeve on the right arm.
alternatives:
  - treatment: Spinal cord stimulator
    why_not: Discussed October 2026; she wishes to try a less invasive option first, and the pain specialist advises a trial of ketamine before an implant.
literature:
  - id: cohen-2018
  - title: "Outpatient intravenous ketamine for the treatment of complex regional pain syndrome: a double-blind placebo controlled study"
    authors: Schwartzman RJ, Alexander GM, Grothusen JR, Paylor T, Reichenberger E, Perreault M
    journal: Pain
    year: 2009
    volume: "147"
    pages: 107-115
record_dates:
  - {file: clinical/ironwood-addendum-laterality-2026-11-16.txt, date: 2026-11-16}
bates_prefix: VOSS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/desert-sun-prior-authorization-denial-2026-11-09.txt": r"""
DESERT SUN HEALTH PLANS (FICTIONAL)  -  Gold PPO 2026 (individual coverage, Arizona Marketplace)
NOTICE OF ADVERSE BENEFIT DETERMINATION - PRIOR AUTHORIZATION

Date of notice: November 9, 2026
Member: Delia M. Voss     Member ID: DSH-FICT-448120-03     Reference: PA-2026-1109-7741
Requesting provider: Anand Reyes-Whitford, MD, Ironwood Pain and Regional Anesthesia (request received 11/02/2026)
Service requested: intravenous ketamine infusion, 5 outpatient sessions (96365, 96366 x 3 per session, J3490)
Diagnosis on request: G90.511

Decision: NOT APPROVED.

Why: Your provider asked us to approve intravenous (IV) ketamine infusions (96365, 96366, J3490) for complex
regional pain syndrome. We cannot approve this request. Under Desert Sun Medical Policy MP-7.112, Ketamine Infusion
Therapy, intravenous ketamine infusion is considered investigational for the treatment of chronic pain conditions,
including but not limited to complex regional pain syndrome, fibromyalgia and neuropathic pain, because the evidence
is insufficient to determine its effect on health outcomes. Investigational services are not covered under your
Evidence of Coverage.

Reviewed by: Gordon Pike, MD (Family Medicine), Medical Director.

Your rights: You may appeal within 180 days of receiving this notice. Send your appeal to Desert Sun Health Plans,
Member Appeals, PO Box 61120, Saguaro Mesa, AZ 85098, or fax (602) 555-0177. Because this request was made before
the service, we will decide your appeal within 30 days. If your health could be seriously harmed by waiting, you or
your doctor may ask for an expedited appeal (72 hours). You may ask, free of charge, for copies of the documents,
the medical policy and the criteria we used. After our final decision you may ask for an independent external review
through the Arizona Department of Insurance and Financial Institutions.
""",
        "clinical/ironwood-pain-clinic-notes-2025-2026.txt": r"""
IRONWOOD PAIN AND REGIONAL ANESTHESIA (FICTIONAL) - Anand Reyes-Whitford, MD
Patient: Voss, Delia M.   DOB 07/19/1984

04/08/2025 NEW PATIENT. Right distal radius fracture 11/2024 (casted 6 wk). Burning pain, swelling, color and
temperature change of the RIGHT hand and forearm since about Feb 2025. PCP gave prednisone 40 mg taper (10 days,
Feb 2025): swelling briefly better, pain the same. OT (graded motor imagery, mirror therapy) started 02/2025.
Gabapentin started by PCP 03/2025, now 600 mg TID. Budapest criteria met: CRPS type I, right upper limb (G90.511).
05/20/2025 OT: 12 sessions completed by June; continue home program. Allodynia unchanged.
07/22/2025 Gabapentin 600 TID ~16 weeks at target: no meaningful relief, sedated at work. Taper off. Start
duloxetine 30 mg 08/18/2025 -> 60 mg. Pregabalin 75 mg BID, then 150 mg BID.
10/14/2025 Pregabalin: dizzy, fell at home 10/09; no benefit. Stop (about 8 weeks).
09/2025, 11/2025, 01/2026 Right stellate ganglion blocks x3 (ultrasound guided): each 2-4 days partial relief.
Possibly tried amitriptyline years ago for migraines per patient - she is not sure of the dose or how it went;
no records.
03/2026 Off work (dental hygienist) - cannot grip instruments.
10/27/2026 NRS 8/10 rest, 9/10 use. QuickDASH 77. Temp asymmetry 2.1 C, edema, allodynia, nail change R.
PHQ-9 9; denies suicidal ideation. BP 122/78. LFTs normal 10/2026. No psychosis, no SUD. Not pregnant.
Duloxetine 60 mg: partial (NRS ~9 -> 8, sleeps better) - continue.
Spinal cord stimulator discussed; patient prefers to try ketamine first; I agree.
Plan: outpatient ketamine 0.3 mg/kg/h (max 40 mg/h) x 4 h, 5 consecutive weekdays; continuous SpO2/ECG, BP q15 min;
reassess NRS and QuickDASH at 2 and 6 weeks; repeat only if >= 30% relief lasting >= 6 weeks. PA sent 11/02/2026.
""",
        "clinical/pcp-referral-letter-2025-03-28.txt": r"""
SAGEBRUSH FAMILY MEDICINE (FICTIONAL) - referral to pain medicine, 03/28/2025
Re: Delia M. Voss, DOB 07/19/1984
Dear Dr. Reyes-Whitford, please see Ms. Voss for suspected complex regional pain syndrome of the LEFT hand after a
wrist fracture in November 2024. She has had a prednisone taper and is on gabapentin. Thank you.
Marta Quiroga, DO
""",
        "clinical/ironwood-addendum-laterality-2026-11-16.txt": r"""
IRONWOOD PAIN AND REGIONAL ANESTHESIA (FICTIONAL)
ADDENDUM 11/16/2026 - Voss, Delia M., DOB 07/19/1984
The referral letter of 03/28/2025 says "left hand". That is a dictation error by the referring office, confirmed by
Dr. Quiroga by telephone today. The fracture (radiology 11/14/2024) and every examination here are of the RIGHT
upper limb. Diagnosis code G90.511 (right upper limb) is correct.
Anand Reyes-Whitford, MD
""",
        "other/desert-sun-medical-policy-mp-7-112-excerpt.txt": r"""
DESERT SUN HEALTH PLANS (FICTIONAL) - MEDICAL POLICY MP-7.112  Ketamine Infusion Therapy
Last reviewed: 03/2022    Effective: 05/01/2022
Policy statement
1. Intravenous ketamine infusion is considered investigational for the treatment of depression and other
   psychiatric disorders. (Esketamine nasal spray is addressed in pharmacy policy RX-221.)
2. Intravenous ketamine infusion is considered investigational for the treatment of chronic pain conditions,
   including but not limited to complex regional pain syndrome, fibromyalgia and neuropathic pain, because the
   evidence is insufficient to determine its effect on health outcomes.
References: [the excerpt lists sources dated 2010-2017; the 2018 consensus guidelines on IV ketamine for chronic
pain are not among them]
""",
        "other/desert-sun-evidence-of-coverage-2026-excerpt.txt": r"""
DESERT SUN HEALTH PLANS (FICTIONAL) - GOLD PPO 2026 EVIDENCE OF COVERAGE (excerpts)
Section 4.2 Medical policies. Desert Sun uses medical policies as guidelines to apply the terms of this Evidence of
Coverage. Where a medical policy and this Evidence of Coverage differ, this Evidence of Coverage governs.
Section 9.1(c) Exclusions. Services that are Experimental or Investigational, as defined in Section 12.
Section 12 Definitions. Experimental or Investigational means a drug, device, procedure or treatment that, at the
time it is provided, meets any one of the following: (1) the drug or device cannot be lawfully marketed without
approval of the U.S. Food and Drug Administration and approval for marketing has not been given at the time it is
provided; (2) reliable evidence shows that it is the subject of ongoing phase I, II or III clinical trials to
determine its maximum tolerated dose, its toxicity, its safety or its efficacy as compared with the standard means
of treatment; or (3) reliable evidence shows that the consensus of opinion among experts is that further studies or
clinical trials are necessary to determine its maximum tolerated dose, its toxicity, its safety or its efficacy as
compared with the standard means of treatment. Reliable evidence means published reports and articles in the
authoritative peer-reviewed medical literature.
""",
    },
    truth=r"""
# 01 - Marketplace PPO: IV ketamine for CRPS denied as investigational under a policy that names it; the patient writes her first internal appeal (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Delia Voss, 42, has an **individual Marketplace Gold PPO** (insured, Arizona). Her pain specialist asked on
  11/02/2026 for a **five-day outpatient IV ketamine series** (96365, 96366, J3490) for **complex regional pain
  syndrome type I of the right upper limb (G90.511)**. Denied **2026-11-09** as investigational under medical policy
  **MP-7.112**, statement 2, which **names** IV ketamine and CRPS. The reviewer was a **family physician**.
- Rule for the plan type: individual coverage, 45 CFR 147.136(b)(3) applying the ERISA claims rule. Appeal within
  **180 days of receipt**; a pre-service appeal is decided within **30 days**; after the final internal denial,
  external review (an experimental denial turns on medical judgment) through the **Arizona** insurance department
  (45 CFR 147.136(c)-(d)).
- The plan's own contract, the **Evidence of Coverage**, defines "Experimental or Investigational" by **three tests
  joined by "or"** (Section 12) and says in Section 4.2 that **where a medical policy and the EOC differ, the EOC
  governs**. The policy's standard ("evidence insufficient to determine its effect on health outcomes") is **not one
  of the three tests**.
  - Test (1) cannot apply: ketamine is an FDA-approved drug (anesthetic), lawfully marketed.
  - Tests (2) and (3) need "reliable evidence" about trials or expert consensus; the denial names none. The 2018
    ASRA/AAPM/ASA consensus guidelines on IV ketamine for chronic pain (Cohen et al., library key cohen-2018) support
    ketamine infusions for CRPS (moderate evidence, short-term benefit), and a randomized, double-blind,
    placebo-controlled trial (Schwartzman 2009) found benefit in CRPS. The policy was last reviewed 03/2022 and cites
    nothing after 2017.
- History (CRPS since about February 2025, after a right wrist fracture in November 2024): prednisone taper
  (Feb 2025, brief partial), gabapentin 600 mg TID (~16 weeks, no relief, stopped), pregabalin up to 150 mg BID
  (~8 weeks, stopped for dizziness and a fall), **duloxetine 60 mg since 08/18/2025, still taken, partial benefit**,
  graded motor imagery/mirror therapy (12 OT sessions, then home program), **three stellate ganglion blocks**
  (2-4 days' partial relief each). Severity 10/27/2026: NRS 8/10, QuickDASH 77. **No suicidal ideation** (PHQ-9 9).
- The author is the patient: the letter speaks as "I".

## Deliberately unknown
- Whether ketamine for CRPS is currently the subject of ongoing phase I-III trials (test 2). The letter may ask
  which test the plan applied and on what reliable evidence; it must not claim no trial exists.
- The amitriptyline "years ago for migraines": dose, length and outcome unknown. Not a trial; not counted.
- Whether a spinal cord stimulator would help: discussed, not tried.

## Traps
- **The policy names ketamine and CRPS.** A letter must never say the policy or the exclusion does not reach IV
  ketamine for CRPS, and must not say the plan named no criteria or policy.
- **Laterality.** The PCP referral letter says "LEFT hand"; the fracture, every exam and the 11/16/2026 addendum say
  **right** (G90.511 is correct). The addendum post-dates the denial (record_dates).
- **Duloxetine is still taken** with partial benefit: never "failed" or "stopped"; shown as continuing.
- Stellate ganglion blocks, occupational therapy and prednisone are not medication trials of a neuropathic agent;
  blocks and OT must not be counted as "failed medications".
- **Parity (MHPAEA) does not apply**: CRPS is a medical condition, not a mental health condition. No parity argument.
- Not a depression case: no TRD, no antidepressant-trial count, no suicidality paragraph (she denies SI), no
  Spravato/psychiatric evidence. Reviewer specialty to ask for: **pain medicine or anesthesiology**.
- No ERISA as governing law (individual coverage); no "employer".
- Not expedited: nothing in the case says waiting would seriously jeopardize her life or health; 30-day clock.

## Arguments a strong letter makes (strongest first)
1. The contract governs: EOC Section 4.2 puts the EOC's definition above the medical policy, and the policy's
   "insufficient evidence" standard is not one of the EOC's three tests. Test (1) cannot apply (ketamine is
   FDA-approved); the plan must say which of tests (2)-(3) it applied and on what reliable evidence.
2. The evidence: the 2018 consensus guidelines (Cohen et al.) support ketamine infusions for CRPS, and a randomized
   placebo-controlled trial found benefit; the policy (reviewed 03/2022) cites nothing after 2017.
3. The record: CRPS I right arm by Budapest criteria, severe (NRS 8, QuickDASH 77), after gabapentin and pregabalin
   failed, duloxetine continuing with only partial benefit, three blocks and graded motor imagery; a plan with dose,
   monitoring and a stop rule; off work since March 2026.
4. Requests: a reviewer in pain medicine or anesthesiology; the documents and criteria used; the 11/16/2026 addendum
   weighed; external review available after the final denial.

## What a letter must NOT say
- "the policy does not apply to/does not reach ketamine for CRPS", "the plan cited no policy/criteria".
- "duloxetine failed", "stopped duloxetine", "left hand", "G90.512".
- "treatment-resistant depression", "suicidal ideation", "antidepressant trials" as the count, "Spravato".
- "MHPAEA", "mental health parity", "29 CFR 2560.503-1" as the governing law, "ERISA plan", "employer".
- "no clinical trials of ketamine for CRPS exist".
""",
    expected=[
        ("denial/desert-sun-prior-authorization-denial-2026-11-09.txt", "MP-7.112"),
        ("denial/desert-sun-prior-authorization-denial-2026-11-09.txt", "Gordon Pike, MD (Family Medicine)"),
        ("denial/desert-sun-prior-authorization-denial-2026-11-09.txt", "Date of notice: November 9, 2026"),
        ("other/desert-sun-evidence-of-coverage-2026-excerpt.txt", "this Evidence of Coverage governs"),
        ("other/desert-sun-evidence-of-coverage-2026-excerpt.txt", "meets any one of the following"),
        ("other/desert-sun-medical-policy-mp-7-112-excerpt.txt", "Last reviewed: 03/2022"),
        ("clinical/ironwood-pain-clinic-notes-2025-2026.txt", "CRPS type I, right upper limb (G90.511)"),
        ("clinical/ironwood-pain-clinic-notes-2025-2026.txt", "Duloxetine 60 mg: partial"),
        ("clinical/ironwood-pain-clinic-notes-2025-2026.txt", "denies suicidal ideation"),
        ("clinical/pcp-referral-letter-2025-03-28.txt", "LEFT hand"),
        ("clinical/ironwood-addendum-laterality-2026-11-16.txt", "dictation error"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 02 Insured employer group plan (NJ) | medical_necessity: Spravato continuation, RX-SPR-12 criterion 3.2 read
#    without its (b) arm | SECOND-LEVEL internal, quoting the 11/12 first-level decision | Spravato weeks 5-16 |
#    psychiatric nurse practitioner (prescriber, not a physician)
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="02-insured-employer-spravato-continuation-second-level-np",
    yaml=r"""
# FICTIONAL CASE (set 19, case 02) - every person, plan, number and address is invented.
# Insured employer group plan (New Jersey): continuation of Spravato after the 8-session induction denied under
# policy RX-SPR-12 criterion 3.2, read as if it had only its 50% arm; the first-level appeal was upheld on
# 11/12/2026. The treating psychiatric nurse practitioner writes the second-level appeal with the member's consent.
patient:
  name: Marisol Ybarra-Kent
  salutation: Ms. Ybarra-Kent
  date_of_birth: March 2, 1988
  member_id: GSB-FICT-77120-0041
  address: |-
    58 Cranberry Bog Road
    Larkmoor, NJ 08099
  phone: (856) 555-0112
insurer:
  name: Garden State Benefit Mutual (FICTIONAL)
  appeals_address: |-
    Garden State Benefit Mutual, Appeals Unit - Second Level
    PO Box 4410
    Carvel Township, NJ 08601
  fax: (609) 555-0158
claim:
  number: UM-26-1005-2290
  plan_type: employer_erisa
  funding: insured
  state: NJ
  stage: second level
  notice_date: October 5, 2026
  procedure_codes: [J0013, 99214, 99415, 99416]
  diagnosis_codes: [F33.2]
  pending_services: 8
  denial_reason: >-
    Continuation of Spravato (esketamine) beyond induction is not approved. Policy RX-SPR-12 criterion 3.2 requires
    a documented response to induction, a decrease of at least 50% in the MADRS or PHQ-9 score from baseline. The
    records show MADRS 36 to 24 and PHQ-9 21 to 19.
  denial_category: medical_necessity
  action: none
  reviewer: {name: "Lyle Hanratty, MD", specialty: Family Medicine}
decisions:
  - date: 2026-11-12
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-11
    reason: >-
      The decision to deny continuation of Spravato (esketamine) is upheld. Policy RX-SPR-12 criterion 3.2 requires
      a documented response to induction, defined as a decrease of at least 50% in the MADRS or PHQ-9 total score
      from baseline. The MADRS decreased from 36 to 24 (33%) and the PHQ-9 from 21 to 19 (10%). A response to
      induction is not documented.
plan_policy:
  name: Garden State Benefit Mutual Pharmacy Policy RX-SPR-12, Esketamine Nasal Spray
  number: RX-SPR-12
  quote: >-
    3. Continuation of therapy beyond the induction phase (after 4 weeks, 8 treatment sessions) is considered
    medically necessary when all of the following are met: 3.1 the member continues an oral antidepressant unless
    one is not tolerated; and 3.2 there is documented response to induction, meaning either (a) a decrease of at
    least 50% from the pre-treatment baseline in the MADRS or PHQ-9 total score; or (b) a decrease of at least 25%
    from the pre-treatment baseline in the MADRS total score, with the prescriber's attestation that continued
    treatment is expected to produce further clinically meaningful improvement; and 3.3 dosing after week 4 follows
    the prescribing information (once weekly for weeks 5 through 8, then once weekly or once every two weeks).
  file: other/rx-spr-12-esketamine-policy-excerpt.txt
payer_criteria:
  - criterion: 3.1 The member continues an oral antidepressant unless one is not tolerated
    how_met: Venlafaxine XR 225 mg daily, taken since November 2025 and continued with Spravato.
    met: true
    evidence: {file: clinical/harbor-lantern-progress-notes-2025-2026.txt, page: 1}
  - criterion: 3.2(a) A decrease of at least 50% from baseline in the MADRS or PHQ-9 total score
    how_met: Not met. MADRS 36 on 08/27/2026 to 24 on 09/29/2026 is a 33% decrease; PHQ-9 21 to 19 is 10%.
    met: false
    evidence: {file: clinical/spravato-session-flow-sheet-2026-09.txt, page: 1}
  - criterion: 3.2(b) A decrease of at least 25% from baseline in the MADRS total score, with the prescriber's attestation that continued treatment is expected to produce further clinically meaningful improvement
    how_met: >-
      MADRS fell from 36 (08/27/2026) to 24 (09/29/2026), a 33% decrease, more than the 25% this arm asks; the
      prescriber's signed attestation of 11/19/2026 is enclosed.
    met: true
    instead_of: 2
    evidence:
      - {file: clinical/spravato-session-flow-sheet-2026-09.txt, page: 1}
      - {file: clinical/prescriber-attestation-rx-spr-12-2026-11-19.txt, page: 1}
  - criterion: 3.3 Dosing after week 4 follows the prescribing information (once weekly for weeks 5 through 8, then once weekly or once every two weeks)
    how_met: >-
      The request is once weekly for weeks 5-8 (4 sessions), then once every two weeks through week 16 (4 sessions).
      The 10/05/2026 notice describes it wrongly as twice weekly.
    met: true
    evidence: {file: clinical/continuation-request-2026-09-30.txt, page: 1}
treatment:
  name: Spravato (esketamine nasal spray) continuation
  plural: false
  summary: >-
    Continuation of esketamine nasal spray after an eight-session induction that lowered the MADRS by a third, with
    venlafaxine continued.
  plan: >-
    84 mg once weekly for weeks 5-8 (4 sessions), then 84 mg once every two weeks through week 16 (4 sessions), each
    with two hours of observation; MADRS every session; stop if the MADRS has not fallen by 50% from baseline by week 16.
  setting: Harbor Lantern Psychiatric Associates, a REMS-certified outpatient clinic (FICTIONAL)
  monitoring: blood pressure before dosing, at 40 minutes and before discharge; two hours of observation
  alongside: venlafaxine XR 225 mg daily
provider:
  name: Owen Delacroix-Mbeki
  credentials: DNP, PMHNP-BC
  npi: "1518346212"
  phone: (856) 555-0147
  address: |-
    Harbor Lantern Psychiatric Associates, 12 Tidewater Commons, Suite 200
    Larkmoor, NJ 08099
author:
  name: Owen Delacroix-Mbeki
  role: Treating psychiatric-mental health nurse practitioner (DNP, PMHNP-BC)
  relation: prescriber
  authorization: other/member-authorization-2026-10-12.txt
  address: |-
    Harbor Lantern Psychiatric Associates, 12 Tidewater Commons, Suite 200
    Larkmoor, NJ 08099
  phone: (856) 555-0147
  fax: (856) 555-0148
employer:
  name: Pinehollow Logistics, Inc., Benefits Office (FICTIONAL)
  address: |-
    400 Route 9 South
    Carvel Township, NJ 08601
clinical:
  episode_onset: June 2025
  treating_since: July 2025
  severity: MADRS 31 and PHQ-9 20 on November 18, 2026, eight weeks after the last induction session
  severity_date: 2026-11-18
  suicidality: passive
  suicidality_date: 2026-11-18
  response: >-
    Induction (8 sessions, 09/01-09/24/2026): MADRS 36 on 08/27/2026 to 24 on 09/29/2026 (33% decrease); PHQ-9 21 to
    19. Without treatment since 09/24/2026 the MADRS has risen to 31 (11/18/2026).
  response_level: partial
  exclusions: >-
    No aneurysmal vascular disease or arteriovenous malformation, no intracerebral hemorrhage, BP 118/74, no
    psychosis, no substance use disorder (08/27/2026)
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2017-04
      end: 2018-09
      outcome: Remission in the 2017 episode; tapered off in September 2018
      response: remission
      evidence: {file: clinical/harbor-lantern-progress-notes-2025-2026.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg, then 20 mg daily
      start: 2025-07-08
      end: 2025-10-06
      outcome: No response after about 12 weeks (MADRS 34 to 33); stopped
      response: none
      adequate: true
      failed: true
      evidence: {file: clinical/harbor-lantern-progress-notes-2025-2026.txt, page: 1}
    - drug: Bupropion XL (added to escitalopram)
      kind: antidepressant
      dose: 150 mg, then 300 mg daily
      start: 2025-09-15
      end: 2025-12-19
      outcome: No response after about 14 weeks; insomnia; stopped
      response: none
      adequate: true
      failed: true
      evidence: {file: clinical/harbor-lantern-progress-notes-2025-2026.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 75 mg, then 225 mg daily
      start: 2025-11-03
      ongoing: true
      outcome: Partial response only (MADRS 33 to 28 by February 2026); continued
      response: partial
      adequate: true
      evidence: {file: clinical/harbor-lantern-progress-notes-2025-2026.txt, page: 1}
    - drug: Aripiprazole (added to venlafaxine)
      kind: augmentation
      dose: 2 mg, then 5 mg daily
      start: 2026-02-10
      end: 2026-04-01
      outcome: No added benefit after about 7 weeks; akathisia at 5 mg; stopped
      response: none
      evidence: {file: clinical/harbor-lantern-progress-notes-2025-2026.txt, page: 1}
    - drug: Cognitive behavioral therapy
      kind: psychotherapy
      dose: 16 weekly sessions, then monthly supportive visits
      sessions: 16
      adequate: true
      start: 2025-08
      end: 2026-01
      outcome: Completed; skills learned, MADRS unchanged
      response: none
      evidence: {file: clinical/harbor-lantern-progress-notes-2025-2026.txt, page: 1}
impact:
  work: Cut to 20 hours a week as a freight dispatcher since October 2026.
  relapse: After the last induction session on 09/24/2026 the MADRS rose from 24 to 31 by 11/18/2026.
record_dates:
  - {file: clinical/prescriber-attestation-rx-spr-12-2026-11-19.txt, date: 2026-11-19}
  - {file: clinical/harbor-lantern-progress-notes-2025-2026.txt, date: 2026-11-18}
literature:
  - id: popova-2019
  - id: daly-2019
bates_prefix: YBARRA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/gsbm-continuation-denial-2026-10-05.txt": r"""
GARDEN STATE BENEFIT MUTUAL (FICTIONAL) - group health coverage for Pinehollow Logistics, Inc.
NOTICE OF ADVERSE BENEFIT DETERMINATION          Date: October 5, 2026
Member: Marisol Ybarra-Kent   ID: GSB-FICT-77120-0041   Reference: UM-26-1005-2290
Prescriber: Owen Delacroix-Mbeki, DNP, PMHNP-BC (request received 09/30/2026)
Request: esketamine 84 mg twice weekly for 4 weeks (J0013, 99214, 99415, 99416)

Continuation of Spravato (esketamine) beyond induction is not approved. Policy RX-SPR-12 criterion 3.2 requires a
documented response to induction, a decrease of at least 50% in the MADRS or PHQ-9 score from baseline. The records
show MADRS 36 to 24 and PHQ-9 21 to 19.

Reviewer: Corinne Blythe, MD (Internal Medicine). You may appeal within 180 days. Our plan has two levels of
internal appeal.
""",
        "denial/gsbm-first-level-appeal-decision-2026-11-12.txt": r"""
GARDEN STATE BENEFIT MUTUAL (FICTIONAL) - APPEAL DECISION (FIRST LEVEL)     Date: November 12, 2026
Member: Marisol Ybarra-Kent   ID: GSB-FICT-77120-0041   Original reference: UM-26-1005-2290
Appeal received: 10/14/2026 from Owen Delacroix-Mbeki, DNP, PMHNP-BC

We have completed our review of your appeal. The decision to deny continuation of Spravato (esketamine) is upheld.
Policy RX-SPR-12 criterion 3.2 requires a documented response to induction, defined as a decrease of at least 50%
in the MADRS or PHQ-9 total score from baseline. The MADRS decreased from 36 to 24 (33%) and the PHQ-9 from 21 to 19
(10%). A response to induction is not documented.

Reviewed by: Lyle Hanratty, MD (Family Medicine).

Next steps: You may request a second-level appeal within 60 days of the date of this letter. A reviewer who took
no part in the first two decisions will decide it. Send it to Appeals Unit - Second Level, PO Box 4410, Carvel
Township, NJ 08601, fax (609) 555-0158. After the second-level decision you may ask for an external appeal through
the New Jersey Independent Health Care Appeals Program.
""",
        "clinical/harbor-lantern-progress-notes-2025-2026.txt": r"""
HARBOR LANTERN PSYCHIATRIC ASSOCIATES (FICTIONAL) - Owen Delacroix-Mbeki, DNP, PMHNP-BC
Patient: Ybarra-Kent, Marisol   DOB 03/02/1988      Printed 11/18/2026

Hx: recurrent MDD. 2017 episode: sertraline 150 mg 04/2017-09/2018, remission. Pt says she "maybe took Prozac in
college, around 2008" - no records, does not recall dose or effect.
Current episode since June 2025.
07/08/2025 escitalopram 10 -> 20 mg. 09/15/2025 bupropion XL 150 -> 300 mg added to escitalopram.
10/06/2025 escitalopram stopped: ~12 wk, MADRS 34 -> 33. Bupropion continued.
11/03/2025 venlafaxine XR 75 mg started, cross-taper; 225 mg by 12/2025. 12/19/2025 bupropion stopped (~14 wk, no
response, insomnia).
CBT weekly 08/2025-01/2026, 16 sessions completed; now monthly supportive visits.
02/2026 venlafaxine XR 225: partial only, MADRS 28. 02/10/2026 aripiprazole 2 mg added to venlafaxine, 5 mg 03/2026;
04/01/2026 stopped - akathisia at 5 mg, no added benefit (~7 wk).
08/27/2026 MADRS 36, PHQ-9 21. Spravato induction approved (PA-2026-0828-1187). Venlafaxine continued.
09/29/2026 end of induction: MADRS 24 (33% decrease), PHQ-9 21 -> 19. Tolerated well. Continuation requested
09/30: 84 mg weekly wk 5-8, then every 2 weeks through wk 16.
11/18/2026 No Spravato since 09/24 (denied). MADRS 31, PHQ-9 20. Passive death wish ("wishes she would not wake
up"), no plan, no intent, no behavior; C-SSRS screen: passive ideation only. Safety plan updated. Venlafaxine XR
225 mg continues. Working 20 h/week since October.
""",
        "clinical/spravato-session-flow-sheet-2026-09.txt": r"""
HARBOR LANTERN PSYCHIATRIC ASSOCIATES (FICTIONAL) - SPRAVATO SESSION FLOW SHEET (REMS site)
Patient: Ybarra-Kent, Marisol
Baseline 08/27/2026: MADRS 36 (clinician rated), PHQ-9 21 (self report)
Session 1 09/01 56 mg | 2 09/03 84 mg | 3 09/08 84 mg | 4 09/10 84 mg | 5 09/15 84 mg | 6 09/17 84 mg |
7 09/22 84 mg | 8 09/24 84 mg. Observation 2 h each; no BP above 150/95; dissociation resolved by 90 min.
End of induction 09/29/2026: MADRS 24 (decrease 12 points = 33%), PHQ-9 19.
""",
        "clinical/continuation-request-2026-09-30.txt": r"""
HARBOR LANTERN PSYCHIATRIC ASSOCIATES (FICTIONAL) - CONTINUATION REQUEST, faxed 09/30/2026
Member: Marisol Ybarra-Kent, GSB-FICT-77120-0041
Requested: esketamine 84 mg ONCE WEEKLY weeks 5-8 (4 sessions), then ONCE EVERY TWO WEEKS weeks 9-16 (4 sessions).
Oral antidepressant continued: venlafaxine XR 225 mg. MADRS 36 -> 24 (33%). See RX-SPR-12 3.2.
""",
        "clinical/prescriber-attestation-rx-spr-12-2026-11-19.txt": r"""
PRESCRIBER ATTESTATION - Garden State Benefit Mutual Policy RX-SPR-12, criterion 3.2(b) (FICTIONAL)
Member: Marisol Ybarra-Kent, DOB 03/02/1988
I attest that the member's MADRS total score decreased from 36 (08/27/2026) to 24 (09/29/2026), a decrease of 33%,
and that continued treatment is expected to produce further clinically meaningful improvement.
Signed: Owen Delacroix-Mbeki, DNP, PMHNP-BC      Date: 11/19/2026
""",
        "other/rx-spr-12-esketamine-policy-excerpt.txt": r"""
GARDEN STATE BENEFIT MUTUAL (FICTIONAL) - PHARMACY POLICY RX-SPR-12  Esketamine Nasal Spray   Rev. 01/2026
3. Continuation of therapy beyond the induction phase (after 4 weeks, 8 treatment sessions) is considered
medically necessary when all of the following are met:
3.1 the member continues an oral antidepressant unless one is not tolerated; and
3.2 there is documented response to induction, meaning either
    (a) a decrease of at least 50% from the pre-treatment baseline in the MADRS or PHQ-9 total score; or
    (b) a decrease of at least 25% from the pre-treatment baseline in the MADRS total score, with the prescriber's
        attestation that continued treatment is expected to produce further clinically meaningful improvement; and
3.3 dosing after week 4 follows the prescribing information (once weekly for weeks 5 through 8, then once weekly
    or once every two weeks).
""",
        "other/member-authorization-2026-10-12.txt": r"""
AUTHORIZATION TO ACT ON MY BEHALF (FICTIONAL)
I, Marisol Ybarra-Kent (member ID GSB-FICT-77120-0041), authorize Owen Delacroix-Mbeki, DNP, PMHNP-BC, of Harbor
Lantern Psychiatric Associates, to file appeals at every level for reference UM-26-1005-2290 and to receive the
plan's decisions and my claim file. Signed 10/12/2026.
""",
    },
    truth=r"""
# 02 - Insured employer plan: Spravato continuation denied on the 50% arm of RX-SPR-12 3.2; second-level appeal by the treating nurse practitioner (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Marisol Ybarra-Kent, 38, is covered by an **insured employer group plan** (New Jersey). After an approved
  8-session Spravato induction (09/01-09/24/2026), continuation (84 mg weekly weeks 5-8, then every two weeks to
  week 16: 8 sessions) was denied **10/05/2026**; the **first-level appeal was upheld 11/12/2026** (Family
  Medicine reviewer). This is the **second-level internal appeal**, due **2027-01-11** (60 days from the 11/12
  decision, per that notice).
- Rule: ERISA claims rule, 29 CFR 2560.503-1 (insured plan; the state regulates the insurer). With two levels,
  each pre-service level is decided within **15 days** (29 CFR 2560.503-1(i)(2)(ii)). Next: external appeal
  through New Jersey's IHCAP (insured: state process, 45 CFR 147.136(c)). Names and qualifications of the experts
  consulted: an ERISA right ((h)(3)(iv)).
- **Policy RX-SPR-12 criterion 3.2 has two arms joined by "or"**: (a) >= 50% decrease in MADRS or PHQ-9; **or
  (b) >= 25% decrease in the MADRS with the prescriber's attestation**. Both decisions quote only (a). MADRS fell
  36 -> 24 (**33%**): (a) is not met, **(b) is met**; the attestation was signed **11/19/2026**, after the 11/12
  decision (record_dates). 3.1 (venlafaxine continued) and 3.3 (weekly, then every two weeks) are met.
- History. Earlier episode: sertraline 2017-2018, **remission** (not a failure). Current episode since June 2025:
  escitalopram 20 mg (~12 wk, no response), bupropion XL 300 mg **added to escitalopram** (an antidepressant added:
  an **antidepressant trial**, ~14 wk, no response), **venlafaxine XR 225 mg since 11/03/2025, still taken, partial
  response** (counts toward adequate trials as an inadequate response, never "failed"), aripiprazole 2-5 mg added
  to venlafaxine (**augmentation**, ~7 wk, no added benefit, akathisia), CBT 16 sessions (psychotherapy).
  So: two failed antidepressant trials, one continuing antidepressant with inadequate (partial) response, one
  augmentation trial, one psychotherapy course.
- Current: MADRS 31, PHQ-9 20 on 11/18/2026; **passive** death wish, no plan or intent. Response to induction is
  **partial**, not a response or remission.
- The author is a **psychiatric-mental health nurse practitioner** (DNP, PMHNP-BC), the prescriber, with the
  member's signed authorization (10/12/2026).

## Deliberately unknown
- "Maybe Prozac in college (~2008)": unknown; not counted, not listed as a trial.
- Whether the 10/14 first-level appeal packet held anything beyond the flow sheet (not in the case). The letter
  may say the attestation post-dates the decision; it must not say what the plan did or did not receive earlier.
- Whether the second-level reviewer will be a psychiatrist.

## Traps
- **Criterion 3.2 names criteria and quotes two arms.** The letter must not say the plan named no criteria, must
  not say the 50% arm is met, and must not call the induction a "response" (it is a partial response: 33%).
- **PHQ-9 fell only 10%**: arm (b) is MADRS-only; do not claim the PHQ-9 meets anything.
- **Venlafaxine is still taken**: never "failed", never given an end date; it is the oral antidepressant of 3.1.
- **Bupropion "added to escitalopram"** is an antidepressant trial, not augmentation; **aripiprazole** is augmentation.
- **Sertraline 2017** brought remission: not a failed trial. CBT is psychotherapy, not a medication trial.
- **"Twice weekly"** in the 10/05 notice is wrong: the request is weekly, then every two weeks (label dosing).
- **Passive** ideation is not Spravato's labelled suicidal-ideation use (acute suicidal ideation or behaviour);
  no "approved for suicidal ideation" argument.
- **Voice**: a nurse practitioner, never "Dr." or "physician"; writes about the patient in the third person.
- **Stage**: must say it is a second-level appeal and answer the **11/12/2026** decision, not only the 10/05 notice.
- Decision time at this level: 15 days (two-level plan), not 30; not expedited.

## Arguments a strong letter makes (strongest first)
1. Criterion 3.2 is met through its own arm (b): MADRS 36 -> 24 is a 33% decrease (>= 25%), and the prescriber's
   attestation (11/19/2026, after the first-level decision, never before a reviewer) is enclosed. Both decisions
   quoted only arm (a). 3.1 and 3.3 are met, so every condition of section 3 is met.
2. Delay is costing her: off treatment since 09/24 the MADRS rose to 31 and passive ideation returned (11/18).
3. The background the policy's induction rested on: two failed antidepressant trials, venlafaxine continuing with
   only partial response, failed aripiprazole augmentation, CBT.
4. Requests: a reviewer in psychiatry (the first level was family medicine), the names/qualifications of experts
   consulted (ERISA), the claim file; decide within 15 days; IHCAP external appeal after this level.

## What a letter must NOT say
- "a 50% reduction", "met criterion 3.2(a)", "responded to induction"/"response" as the outcome, "PHQ-9 improved by 25%".
- "venlafaxine failed"/"stopped venlafaxine", "sertraline failed", "three failed antidepressants", "aripiprazole
  antidepressant trial", "bupropion augmentation".
- "twice weekly" as the request, "Dr. Delacroix-Mbeki", "as her physician".
- "approved for patients with suicidal ideation"/"acute suicidal ideation" as her indication.
- "the plan did not identify its criteria"; "first-level appeal" for this letter; "within 30 days" as this level's clock.
""",
    expected=[
        ("denial/gsbm-first-level-appeal-decision-2026-11-12.txt", "Date: November 12, 2026"),
        ("denial/gsbm-first-level-appeal-decision-2026-11-12.txt", "within 60 days of the date of this letter"),
        ("denial/gsbm-first-level-appeal-decision-2026-11-12.txt", "Lyle Hanratty, MD (Family Medicine)"),
        ("denial/gsbm-continuation-denial-2026-10-05.txt", "twice weekly for 4 weeks"),
        ("other/rx-spr-12-esketamine-policy-excerpt.txt", "a decrease of at least 25% from the pre-treatment baseline in the MADRS total score"),
        ("clinical/spravato-session-flow-sheet-2026-09.txt", "MADRS 24 (decrease 12 points = 33%)"),
        ("clinical/prescriber-attestation-rx-spr-12-2026-11-19.txt", "Date: 11/19/2026"),
        ("clinical/continuation-request-2026-09-30.txt", "ONCE WEEKLY weeks 5-8"),
        ("clinical/harbor-lantern-progress-notes-2025-2026.txt", "bupropion XL 150 -> 300 mg added to escitalopram"),
        ("clinical/harbor-lantern-progress-notes-2025-2026.txt", "Venlafaxine XR 225 mg continues"),
        ("clinical/harbor-lantern-progress-notes-2025-2026.txt", "passive ideation only"),
        ("clinical/harbor-lantern-progress-notes-2025-2026.txt", "maybe took Prozac in college"),
        ("other/member-authorization-2026-10-12.txt", "Signed 10/12/2026"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 03 Separate CHIP, managed care (AL), member aged 12 | step_therapy: Qelbree, ST-ADHD-05 read with a 180-day
#    claims lookback it does not contain | STATE REVIEW after the plan upheld (11/06) | viloxazine ER | father
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="03-chip-viloxazine-step-therapy-state-review-parent",
    yaml=r"""
# FICTIONAL CASE (set 19, case 03) - every person, plan, number and address is invented.
# Separate CHIP, managed care (Alabama): Qelbree (viloxazine ER) for a 12-year-old with ADHD and a chronic tic
# disorder denied on step therapy ST-ADHD-05 ("claims for the past 180 days show one ADHD medication"); the plan's
# appeal was upheld on 11/06/2026. His father asks for the state's review.
patient:
  name: Mateo Lucero Brandt
  salutation: Mateo
  date_of_birth: May 27, 2014
  member_id: ALK-FICT-5520913
  address: |-
    31 Magnolia Ferry Road
    Pell Bluff, AL 36599
  phone: (251) 555-0129
insurer:
  name: Cottonwood Kids Health Plan (FICTIONAL)
  appeals_address: |-
    Cottonwood Kids Health Plan, Member Appeals
    PO Box 7720
    Delmont Springs, AL 36090
  fax: (334) 555-0161
claim:
  number: RX-PA-26-0918-5521
  plan_type: chip
  delivery: managed_care
  state: AL
  notice_date: September 18, 2026
  diagnosis_codes: [F90.2, F95.1]
  denial_reason: >-
    Step therapy criteria not met. Policy ST-ADHD-05 requires a trial of at least two formulary ADHD medications, at
    least one of which is a stimulant. Our pharmacy claims for the past 180 days show one ADHD medication
    (guanfacine ER).
  denial_category: step_therapy
  action: none
  reviewer: {name: "Samuel Trent, MD", specialty: Pediatrics}
  pending_services: "[a daily dose, monthly supply]"
decisions:
  - date: 2026-11-06
    outcome: denied
    stage: plan appeal
    opens: state review
    next_deadline: 2027-03-06
    reason: >-
      We reviewed your appeal for Qelbree (viloxazine ER). The methylphenidate claims are from January and February
      2025, more than 180 days before the request, and we have no pharmacy claim for lisdexamfetamine. The step
      therapy criteria in Policy ST-ADHD-05 are not met. The decision is upheld.
external_review:
  agency: State CHIP Review Unit (FICTIONAL)
  address: |-
    State CHIP Review Unit
    PO Box 30417
    Delmont Springs, AL 36090
  final_denial_date: 2026-11-06
plan_policy:
  name: Cottonwood Kids Health Plan Step Therapy Policy ST-ADHD-05, Non-stimulant ADHD Agents
  number: ST-ADHD-05
  quote: >-
    Qelbree (viloxazine extended-release) is covered when the member: (1) is 6 years of age or older with a
    diagnosis of attention-deficit/hyperactivity disorder; and (2) has had a trial of at least two formulary ADHD
    medications, at least one of which is a stimulant, each for at least 30 days at a therapeutic dose, or has
    discontinued one of them earlier because of an adverse effect.
  file: other/st-adhd-05-step-therapy-policy-excerpt.txt
payer_criteria:
  - criterion: (1) 6 years of age or older with a diagnosis of ADHD
    how_met: Mateo is 12 (born May 27, 2014), with ADHD, combined presentation (F90.2), diagnosed in 2023.
    met: true
    evidence: {file: clinical/bluewater-child-psychiatry-notes-2024-2026.txt, page: 1}
  - criterion: (2) A trial of at least two formulary ADHD medications, at least one a stimulant, each for at least 30 days at a therapeutic dose, or one discontinued earlier because of an adverse effect
    how_met: >-
      Methylphenidate ER 18-36 mg (stimulant), about 6 weeks, January 10 to February 24, 2025, stopped because his
      motor tics worsened; lisdexamfetamine 20 mg (stimulant, clinic samples), April 7-19, 2025, stopped at 12 days
      for appetite loss, weight loss and a tic flare; guanfacine ER 1-3 mg since June 2, 2025, still taken, with a
      partial response only. The criterion has no 180-day window and does not ask that a trial be paid by the plan.
    met: true
    evidence:
      - {file: clinical/bluewater-child-psychiatry-notes-2024-2026.txt, page: 1}
      - {file: clinical/clinic-sample-dispensing-log-2025.txt, page: 1}
treatment:
  name: Qelbree (viloxazine extended-release capsules)
  plural: false
  summary: >-
    Viloxazine extended-release, a non-stimulant, for a 12-year-old with ADHD whose tics worsened on two stimulants
    and who has had only a partial response to guanfacine ER.
  plan: >-
    200 mg once daily (the starting dose for ages 12-17), increased to 400 mg after one week if needed; guanfacine ER
    continued for now; C-SSRS and mood check at each visit (boxed warning), heart rate and blood pressure monthly.
  alongside: guanfacine ER 3 mg daily
provider:
  name: Naomi Sorensen-Achebe
  credentials: MD, child and adolescent psychiatrist
  npi: "1720443914"
  phone: (251) 555-0151
  address: |-
    Bluewater Child and Family Psychiatry, 1800 Causeway Boulevard
    Pell Bluff, AL 36599
author:
  name: Gustavo Lucero Arce
  role: Father of the member (parent of a minor)
  relation: parent
  address: |-
    31 Magnolia Ferry Road
    Pell Bluff, AL 36599
  phone: (251) 555-0129
  email: g.lucero@homemail.example
clinical:
  severity: >-
    Vanderbilt parent rating: inattention 8 of 9 items, hyperactivity 6 of 9 (total symptom score 38, from 48 before
    guanfacine) on October 14, 2026; teacher rating: inattention 7 of 9; failing two classes (7th grade)
  severity_date: 2026-10-14
  suicidality: none
  suicidality_date: 2026-10-14
  exclusions: No cardiac disease; heart rate 84, BP 104/66 (10/14/2026); no bipolar disorder; no seizure history
  history:
    - drug: Behavioral parent training
      kind: psychotherapy
      dose: 10 weekly sessions
      sessions: 10
      start: 2024-02
      end: 2024-04
      outcome: Completed; home routines better, school symptoms unchanged
      response: partial
      evidence: {file: clinical/bluewater-child-psychiatry-notes-2024-2026.txt, page: 1}
    - drug: Methylphenidate ER (Concerta)
      kind: other
      dose: 18 mg, then 36 mg daily
      start: 2025-01-10
      end: 2025-02-24
      outcome: Stopped after about 6 weeks because motor tics worsened (eye blinking, neck jerks); attention slightly better
      failed: true
      evidence: {file: clinical/bluewater-child-psychiatry-notes-2024-2026.txt, page: 1}
    - drug: Lisdexamfetamine (Vyvanse), clinic samples
      kind: other
      dose: 20 mg daily
      start: 2025-04-07
      end: 2025-04-19
      outcome: Stopped at 12 days for appetite loss, 1.4 kg weight loss and a tic flare (adverse effect)
      failed: true
      evidence: {file: clinical/clinic-sample-dispensing-log-2025.txt, page: 1}
    - drug: Comprehensive behavioral intervention for tics (CBIT)
      kind: psychotherapy
      dose: 8 sessions
      sessions: 8
      start: 2025-05
      end: 2025-07
      outcome: Completed; tics somewhat fewer
      response: partial
      evidence: {file: clinical/bluewater-child-psychiatry-notes-2024-2026.txt, page: 1}
    - drug: Guanfacine ER
      kind: other
      dose: 1 mg, then 3 mg daily
      start: 2025-06-02
      ongoing: true
      outcome: Partial response only (Vanderbilt total 48 to 38); tics not worse; continued
      response: partial
      evidence: {file: clinical/bluewater-child-psychiatry-notes-2024-2026.txt, page: 1}
    - drug: Melatonin
      kind: other
      dose: 3 mg at bedtime, for sleep onset
      start: 2025-06
      ongoing: true
      outcome: For sleep onset, not for ADHD symptoms
      evidence: {file: clinical/bluewater-child-psychiatry-notes-2024-2026.txt, page: 1}
impact:
  daily_life: Failing two classes in 7th grade; the school has begun a 504 plan review.
record_dates:
  - {file: clinical/clinic-sample-dispensing-log-2025.txt, date: 2026-11-20}
  - {file: clinical/psychiatrist-letter-2026-11-21.txt, date: 2026-11-21}
template: external-review-request
bates_prefix: LUCERO
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/cottonwood-pa-denial-2026-09-18.txt": r"""
COTTONWOOD KIDS HEALTH PLAN (FICTIONAL) - a CHIP health plan
NOTICE OF ADVERSE BENEFIT DETERMINATION - PHARMACY          Date: September 18, 2026
Member: Mateo Lucero Brandt (age 12)   ID: ALK-FICT-5520913   Reference: RX-PA-26-0918-5521
Drug requested: Qelbree (viloxazine ER) 200 mg capsules, #30 per 30 days
Prescriber: Naomi Sorensen-Achebe, MD

Step therapy criteria not met. Policy ST-ADHD-05 requires a trial of at least two formulary ADHD medications, at
least one of which is a stimulant. Our pharmacy claims for the past 180 days show one ADHD medication (guanfacine ER).

You may appeal to us within 60 days of the date of this notice.
""",
        "denial/cottonwood-appeal-decision-2026-11-06.txt": r"""
COTTONWOOD KIDS HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION        Date: November 6, 2026
Member: Mateo Lucero Brandt   ID: ALK-FICT-5520913   Appeal received 09/29/2026 from Gustavo Lucero Arce (father)

We reviewed your appeal for Qelbree (viloxazine ER). The methylphenidate claims are from January and February 2025,
more than 180 days before the request, and we have no pharmacy claim for lisdexamfetamine. The step therapy
criteria in Policy ST-ADHD-05 are not met. The decision is upheld.

Reviewed by: Harriet Okafor-Lind, PharmD, and Samuel Trent, MD (Pediatrics).

Your next step: You may ask for a State Review of this decision within 120 days of the date of this notice. Write to
the State CHIP Review Unit, PO Box 30417, Delmont Springs, AL 36090. The reviewer is independent of Cottonwood.
""",
        "clinical/bluewater-child-psychiatry-notes-2024-2026.txt": r"""
BLUEWATER CHILD AND FAMILY PSYCHIATRY (FICTIONAL) - Naomi Sorensen-Achebe, MD
Patient: Lucero Brandt, Mateo   DOB 05/27/2014

2023: ADHD, combined presentation (F90.2), diagnosed by developmental pediatrics. Chronic motor tic disorder (F95.1).
02-04/2024 Behavioral parent training, 10 sessions: routines better at home, school unchanged.
01/10/2025 Methylphenidate ER 18 mg -> 36 mg (02/2025). 02/24/2025: tics clearly worse (eye blinking, neck jerks,
several per minute in clinic). Stop methylphenidate (~6 weeks).
Atomoxetine discussed 03/2025; parents declined (boxed warning). NOT started.
04/07/2025 Lisdexamfetamine 20 mg from clinic samples (lot in sample log). 04/19/2025: appetite loss, weight down
1.4 kg, tic flare. Stop (12 days).
05-07/2025 CBIT 8 sessions with psychology: tics somewhat fewer.
06/02/2025 Guanfacine ER 1 mg -> 3 mg. Melatonin 3 mg at bedtime for sleep onset.
10/14/2026 Guanfacine ER 3 mg: partial only. Vanderbilt parent total 38 (48 before guanfacine); teacher: inattention
7/9. Failing math and science. HR 84, BP 104/66. No cardiac disease, no seizures, no bipolar symptoms. C-SSRS
negative; no suicidal ideation. Plan: Qelbree 200 mg daily (12-17 start dose), titrate to 400 mg; continue
guanfacine ER for now; C-SSRS each visit. PA sent 09/2026.
""",
        "clinical/clinic-sample-dispensing-log-2025.txt": r"""
BLUEWATER CHILD AND FAMILY PSYCHIATRY (FICTIONAL) - SAMPLE DISPENSING LOG (extract, printed 11/20/2026)
Date        Patient                 Drug                         Qty        Lot        Dispensed by
04/07/2025  Lucero Brandt, Mateo    lisdexamfetamine 20 mg cap   14 caps    FX2291A    N. Sorensen-Achebe, MD
04/07/2025  [another patient]       [redacted]                   -          -          -
Returned 04/19/2025: 2 capsules (stopped for adverse effects).
""",
        "clinical/psychiatrist-letter-2026-11-21.txt": r"""
BLUEWATER CHILD AND FAMILY PSYCHIATRY (FICTIONAL)                       November 21, 2026
To whom it may concern - Re: Mateo Lucero Brandt, DOB 05/27/2014, ID ALK-FICT-5520913
Mateo has taken two stimulants, both stopped because of adverse effects: methylphenidate ER (01/10-02/24/2025,
worsened tics) and lisdexamfetamine (samples, 04/07-04/19/2025, weight loss and tic flare). He has taken guanfacine
ER since 06/02/2025 with a partial response and continues it. He has never taken atomoxetine. I prescribe Qelbree.
Naomi Sorensen-Achebe, MD, child and adolescent psychiatrist
""",
        "other/school-health-form-2026-08.txt": r"""
PELL BLUFF MIDDLE SCHOOL (FICTIONAL) - STUDENT HEALTH FORM, completed at registration 08/2026
Student: Mateo Lucero Brandt   Grade 7
Current medicines: guanfacine ER 3 mg (home, morning); melatonin (home)
Past medicines: Concerta, Strattera, Vyvanse      [completed by the front office from an old transfer record]
""",
        "other/st-adhd-05-step-therapy-policy-excerpt.txt": r"""
COTTONWOOD KIDS HEALTH PLAN (FICTIONAL) - STEP THERAPY POLICY ST-ADHD-05  Non-stimulant ADHD agents   Eff. 01/2026
Qelbree (viloxazine extended-release) is covered when the member: (1) is 6 years of age or older with a diagnosis of
attention-deficit/hyperactivity disorder; and (2) has had a trial of at least two formulary ADHD medications, at
least one of which is a stimulant, each for at least 30 days at a therapeutic dose, or has discontinued one of them
earlier because of an adverse effect.
Formulary ADHD medications include methylphenidate ER, lisdexamfetamine, mixed amphetamine salts, atomoxetine,
guanfacine ER and clonidine ER.
""",
    },
    truth=r"""
# 03 - Separate CHIP: Qelbree denied on step therapy by a 180-day claims lookback the policy does not contain; the father asks for the state's review (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Mateo Lucero Brandt, **12**, is in a **separate CHIP** managed-care plan (Alabama). Qelbree (viloxazine ER)
  200 mg daily was denied **09/18/2026** on step therapy **ST-ADHD-05**; the plan's appeal (filed 09/29 by his
  father) was **upheld 11/06/2026**. The next level is the **state's review** (CHIP: 42 CFR 457.1130(b), with the
  Medicaid managed-care appeal rules applied through 42 CFR 457.1260), asked **within 120 days of the 11/06 notice
  (2027-03-06)**, as that notice prints.
- **ST-ADHD-05 as quoted has no 180-day lookback and does not require that trials be paid by the plan.** It asks
  for (1) age >= 6 with ADHD and (2) two formulary ADHD medications, one a stimulant, each >= 30 days, **or one
  discontinued earlier because of an adverse effect**. Methylphenidate ER and lisdexamfetamine are on its own list.
- The record meets (2): **methylphenidate ER** 18-36 mg, 01/10-02/24/2025 (~6 weeks, stopped for worsened tics:
  an adverse effect, and >= 30 days); **lisdexamfetamine** 20 mg from **clinic samples**, 04/07-04/19/2025 (12 days,
  stopped for an adverse effect: the sample log is the proof, released 11/20/2026, after the decision);
  **guanfacine ER since 06/02/2025, still taken, partial response** (counts as an adequate trial with inadequate
  response, never "failed").
- He has **never taken atomoxetine** (discussed 03/2025, declined). Melatonin is for sleep. Parent training and
  CBIT are behavioural therapies, not medication trials.
- C-SSRS negative, no suicidal ideation (10/14/2026); the plan's monitoring for viloxazine's boxed warning is set out.
- The author is the **father of a minor**: no authorization form is needed; he writes about his son.

## Deliberately unknown
- Whether the plan's pharmacy system can see claims older than 180 days (it says the methylphenidate claims exist).
- The state review body's decision time (the notice gives none; the case records none).

## Traps
- **The plan named its policy and criteria**: never "the plan gave no criteria". The 180-day window is the
  decision's, not the policy's: say the quoted policy contains no such window, not that the plan has no policy.
- **Atomoxetine**: the school form's "Strattera" is wrong (front office, old transfer record); the psychiatrist's
  notes and letter say never started. A letter must not count or mention atomoxetine as a trial.
- **Guanfacine ER is still taken**: never "failed" or "stopped".
- **Stimulants stopped for adverse effects**, not "no response"/"lack of efficacy".
- **Separate CHIP, not Medicaid**: no EPSDT (42 USC 1396d(r)(5)), no state fair hearing, no continued benefits
  under 42 CFR 438.420, no Medicaid citations as Medicaid's own. No ERISA, no 45 CFR 147.136 external review.
- He is a child: a child and adolescent psychiatrist is the reviewer to ask for; "adult" is wrong.
- Stage: this is the request for the state's review of the 11/06 decision, not a first appeal to the plan.

## Arguments a strong letter makes (strongest first)
1. ST-ADHD-05's own words are met: two stimulants on its formulary list were tried and stopped for adverse effects
   (methylphenidate ER ~6 weeks; lisdexamfetamine 12 days, samples, with the dispensing log), and guanfacine ER has
   been taken since 06/2025 with only a partial response. The policy has no 180-day window and no paid-claim rule;
   the decision applied terms the policy does not contain.
2. Records the plan never saw: the sample log (11/20/2026) and the psychiatrist's letter (11/21/2026), after the
   11/06 decision.
3. Harm: failing two classes; ongoing tics make stimulants unsuitable; the prescriber's plan and monitoring.
4. Requests: decide under ST-ADHD-05's own terms; a child and adolescent psychiatrist; the case file (42 CFR
   457.1260 applying 438.406(b)(5)). Parity for CHIP (42 CFR 457.496) may be raised; it is not needed.

## What a letter must NOT say
- "atomoxetine"/"Strattera" as a trial; "guanfacine failed"/"stopped guanfacine"; "three stimulants".
- "EPSDT", "1396d(r)", "state fair hearing", "438.420"/"continued benefits", "ERISA", "29 CFR 2560.503-1",
  "45 CFR 147.136".
- "the plan did not identify its criteria"; "the policy requires trials within 180 days".
- "first appeal" for this request; "adult".
""",
    expected=[
        ("denial/cottonwood-appeal-decision-2026-11-06.txt", "within 120 days of the date of this notice"),
        ("denial/cottonwood-appeal-decision-2026-11-06.txt", "more than 180 days before the request"),
        ("denial/cottonwood-pa-denial-2026-09-18.txt", "past 180 days show one ADHD medication"),
        ("other/st-adhd-05-step-therapy-policy-excerpt.txt", "or has discontinued one of them earlier because of an adverse effect"),
        ("clinical/bluewater-child-psychiatry-notes-2024-2026.txt", "NOT started"),
        ("clinical/bluewater-child-psychiatry-notes-2024-2026.txt", "Stop methylphenidate (~6 weeks)"),
        ("clinical/bluewater-child-psychiatry-notes-2024-2026.txt", "Guanfacine ER 3 mg: partial only"),
        ("clinical/clinic-sample-dispensing-log-2025.txt", "lisdexamfetamine 20 mg cap"),
        ("clinical/psychiatrist-letter-2026-11-21.txt", "He has never taken atomoxetine"),
        ("other/school-health-form-2026-08.txt", "Strattera"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
# 04 Medicaid managed care, adult (MI) | not_covered: TMS "not a covered benefit" under the 2025 benefit grid;
#    the 2026 handbook covers it | first plan appeal (60 days) | TMS 30+6 | legal-aid benefits advocate
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="04-medicaid-mco-tms-not-covered-stale-grid-advocate",
    yaml=r"""
# FICTIONAL CASE (set 19, case 04) - every person, plan, number and address is invented.
# Medicaid managed care (Michigan), adult: a prior-authorization request for TMS denied as "not a covered benefit"
# under the plan's 2025 Behavioral Health Benefit Grid; the plan's 2026 Member Handbook lists TMS as covered with
# prior authorization. Medical necessity was not reviewed. A legal-aid benefits advocate writes the plan appeal.
patient:
  name: Lorraine Bittencourt-Hale
  salutation: Ms. Bittencourt-Hale
  date_of_birth: January 14, 1985
  member_id: MIC-FICT-30098817
  address: |-
    716 Keel Street, Apt 2
    Ferrow Harbor, MI 49799
  phone: (231) 555-0193
insurer:
  name: Great Lakes Community Care Plan (FICTIONAL)
  appeals_address: |-
    Great Lakes Community Care Plan, Appeals and Grievances
    PO Box 5530
    Ferrow Harbor, MI 49799
  fax: (231) 555-0170
claim:
  number: NABD-26-1027-11873
  plan_type: medicaid
  delivery: managed_care
  state: MI
  notice_date: October 27, 2026
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  sessions: 36
  pending_services: 36
  denial_reason: >-
    The service requested, transcranial magnetic stimulation (TMS), is not a covered benefit under your plan. See
    the Behavioral Health Benefit Grid, section 4 (non-covered services). Because this service is not covered, we
    did not review it for medical necessity.
  denial_category: not_covered
  action: none
plan_policy:
  name: Great Lakes Community Care Plan Behavioral Health Benefit Grid, 2025 edition, section 4 (non-covered services)
  quote: >-
    Section 4. Non-covered behavioral health services: ... 4.6 Transcranial magnetic stimulation (TMS) ...
  file: other/bh-benefit-grid-2025-excerpt.txt
  other_terms: >-
    2026 Member Handbook (effective January 1, 2026), section 7.3, Behavioral health services we cover: "Outpatient
    mental health services, including ... transcranial magnetic stimulation (TMS) for members 18 and older with
    major depressive disorder (prior authorization required)."
  exclusion:
    name: Behavioral Health Benefit Grid, 2025 edition, section 4.6
    reaches: false
    why: >-
      The 2025 grid is not the benefit in force for services requested in October 2026: the plan's own 2026 Member
      Handbook, effective January 1, 2026, section 7.3, lists TMS for adults with major depressive disorder as a
      covered service with prior authorization, and the state's bulletin BH 25-41 added TMS to the Medicaid state
      plan from January 1, 2026.
    file: other/member-handbook-2026-section-7-3.txt
payer_criteria:
  - criterion: 1. Age 18 or older with major depressive disorder, severe, without psychotic features
    how_met: Age 41; recurrent major depressive disorder, severe, without psychotic features (F33.2); HAM-D17 23.
    met: true
    evidence: {file: clinical/calloway-tms-consultation-2026-10-14.txt, page: 1}
  - criterion: 2. Inadequate response to at least two antidepressants from different classes, each at an adequate dose for at least 6 weeks in the current episode, or intolerance of four
    how_met: >-
      Fluoxetine 40 mg (SSRI), about 12 weeks, no response; duloxetine 120 mg (SNRI) since June 2025, still taken,
      partial response only.
    met: true
    evidence: {file: clinical/northshore-clinic-medication-history.txt, page: 1}
  - criterion: 3. A trial of evidence-based psychotherapy
    how_met: Behavioral activation/CBT, 12 sessions (March-June 2025); weekly therapy with a counselor since September 2025.
    met: true
    evidence: {file: clinical/northshore-clinic-medication-history.txt, page: 1}
  - criterion: 4. No metal in or near the head, no implanted stimulator, no seizure disorder
    how_met: Screened October 14, 2026; none present.
    met: true
    evidence: {file: clinical/calloway-tms-consultation-2026-10-14.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS)
  summary: >-
    A standard course of TMS for recurrent severe major depression: 30 daily sessions and a 6-session taper.
  plan: >-
    10 Hz left dorsolateral prefrontal TMS at 120% of motor threshold, 3,000 pulses a session, 5 days a week for
    6 weeks (30 sessions), then a 6-session taper over 3 weeks; PHQ-9 weekly and HAM-D at sessions 1, 15 and 30.
  setting: Calloway TMS Center, an in-network outpatient clinic (FICTIONAL)
  alongside: duloxetine 120 mg daily
provider:
  name: Desmond Achterberg
  credentials: MD, psychiatrist
  npi: "1883105623"
  phone: (231) 555-0185
  address: |-
    Calloway TMS Center, 44 Breakwater Drive
    Ferrow Harbor, MI 49799
author:
  name: Priya Castellanos-Reed
  role: Benefits advocate (paralegal), Lakeshore Legal Aid (FICTIONAL), authorized representative
  relation: representative
  authorization: other/appointment-of-representative-2026-11-02.txt
  address: |-
    Lakeshore Legal Aid, 210 Harbor Street
    Ferrow Harbor, MI 49799
  phone: (231) 555-0102
  email: pcastellanos@lakeshorelegal.example
clinical:
  episode_onset: January 2025
  severity: PHQ-9 20 and HAM-D17 23 on October 14, 2026
  severity_date: 2026-10-14
  suicidality: passive
  suicidality_date: 2026-10-14
  exclusions: No metal in or near the head, no implanted device, no seizure disorder, no psychosis (October 14, 2026)
  history:
    - drug: Citalopram
      dose: 20 mg daily
      start: 2016
      end: 2017
      outcome: Remission in the 2016 episode
      response: remission
      evidence: {file: clinical/northshore-clinic-medication-history.txt, page: 1}
    - drug: Fluoxetine
      dose: 20 mg, then 40 mg daily
      start: 2025-02-10
      end: 2025-05-05
      outcome: No response after about 12 weeks; stopped
      response: none
      adequate: true
      failed: true
      evidence: {file: clinical/northshore-clinic-medication-history.txt, page: 1}
    - drug: Behavioral activation / CBT
      kind: psychotherapy
      dose: 12 sessions, then weekly counseling since September 2025
      sessions: 12
      adequate: true
      start: 2025-03
      end: 2025-06
      outcome: Completed; little change; counseling continues
      response: none
      evidence: {file: clinical/northshore-clinic-medication-history.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg, then 120 mg daily
      start: 2025-06-09
      ongoing: true
      outcome: Partial response only (PHQ-9 24 to 19 by September 2025, 20 now); continued
      response: partial
      adequate: true
      evidence: {file: clinical/northshore-clinic-medication-history.txt, page: 1}
    - drug: Mirtazapine
      kind: other
      dose: 15 mg at bedtime, for sleep
      start: 2025-09
      ongoing: true
      outcome: Prescribed for insomnia at a sleep dose; not an antidepressant trial
      evidence: {file: clinical/northshore-clinic-medication-history.txt, page: 1}
    - drug: Lithium (added to duloxetine)
      kind: augmentation
      dose: 300 mg twice daily (level 0.4)
      start: 2025-10-13
      end: 2025-11-03
      outcome: Stopped after 3 weeks for tremor, below a therapeutic level; not an adequate trial
      adequate: false
      evidence: {file: clinical/northshore-clinic-medication-history.txt, page: 1}
impact:
  work: Lost her job as a school-bus dispatcher in May 2026.
  hospitalizations: Inpatient psychiatric stay of 4 days in August 2025.
record_dates:
  - {file: clinical/calloway-tms-consultation-2026-10-14.txt, date: 2026-10-14}
bates_prefix: BITTENCOURT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/glccp-notice-of-adverse-benefit-determination-2026-10-27.txt": r"""
GREAT LAKES COMMUNITY CARE PLAN (FICTIONAL) - a Medicaid health plan
NOTICE OF ADVERSE BENEFIT DETERMINATION               Date: October 27, 2026
Member: Lorraine Bittencourt-Hale   Medicaid ID: MIC-FICT-30098817   Reference: NABD-26-1027-11873
Requested by: Desmond Achterberg, MD, Calloway TMS Center (in network), received 10/20/2026
Service: transcranial magnetic stimulation (TMS), 36 sessions (90867 x 1, 90868 x 35)

What we decided: DENIED.
Why: The service requested, transcranial magnetic stimulation (TMS), is not a covered benefit under your plan. See
the Behavioral Health Benefit Grid, section 4 (non-covered services). Because this service is not covered, we did
not review it for medical necessity.

Your right to appeal: You may ask us for an appeal within 60 calendar days of the date of this notice. You may ask
in writing or by phone. We will decide within 30 calendar days, or within 72 hours if waiting could seriously harm
your health. After our appeal decision you may ask for a State Fair Hearing within 120 days of our appeal decision.
Someone you choose may appeal for you with your written permission.
""",
        "other/bh-benefit-grid-2025-excerpt.txt": r"""
GREAT LAKES COMMUNITY CARE PLAN (FICTIONAL) - BEHAVIORAL HEALTH BENEFIT GRID, 2025 EDITION (provider reference)
Section 4. Non-covered behavioral health services: 4.1 ... 4.5 ... 4.6 Transcranial magnetic stimulation (TMS) ...
Grid revised 01/01/2025. Superseded by the 2026 Member Handbook and 2026 provider manual for dates of service on or
after 01/01/2026.
""",
        "other/member-handbook-2026-section-7-3.txt": r"""
GREAT LAKES COMMUNITY CARE PLAN (FICTIONAL) - 2026 MEMBER HANDBOOK (effective January 1, 2026), page 41
7.3 Behavioral health services we cover
Outpatient mental health services, including individual, family and group therapy; medication management;
electroconvulsive therapy (ECT); and transcranial magnetic stimulation (TMS) for members 18 and older with major
depressive disorder (prior authorization required).
""",
        "other/state-medicaid-bulletin-bh-25-41.txt": r"""
STATE MEDICAID AGENCY (FICTIONAL COPY) - PROVIDER BULLETIN BH 25-41, issued 10/15/2025
Subject: Transcranial magnetic stimulation added as a covered service
Effective for dates of service on and after January 1, 2026, transcranial magnetic stimulation (TMS) for adults
with major depressive disorder is a covered Medicaid service with prior authorization, in fee-for-service and in
the Medicaid health plans. Health plans must cover TMS in an amount, duration and scope no less than fee-for-service.
""",
        "other/plan-website-faq-printout-2025.txt": r"""
GREAT LAKES COMMUNITY CARE PLAN (FICTIONAL) - website "Frequently asked questions", printed 03/12/2025
Q: Does my plan cover TMS (transcranial magnetic stimulation)?
A: No. TMS is not covered by Great Lakes Community Care Plan.
""",
        "other/appointment-of-representative-2026-11-02.txt": r"""
GREAT LAKES COMMUNITY CARE PLAN (FICTIONAL) - APPOINTMENT OF AUTHORIZED REPRESENTATIVE
I, Lorraine Bittencourt-Hale (Medicaid ID MIC-FICT-30098817), appoint Priya Castellanos-Reed of Lakeshore Legal
Aid to act for me in my appeal of reference NABD-26-1027-11873 and any State Fair Hearing, and to receive my
records and the plan's decisions. Signed 11/02/2026.
""",
        "clinical/northshore-clinic-medication-history.txt": r"""
NORTHSHORE COMMUNITY MENTAL HEALTH (FICTIONAL) - medication and therapy history, printed 10/2026
Patient: Bittencourt-Hale, Lorraine   DOB 01/14/1985
2016 episode: citalopram 20 mg 2016-2017, remission.
Current episode since January 2025:
 - Fluoxetine 20 -> 40 mg 02/10/2025-05/05/2025 (~12 wk): no response. Stopped.
 - Behavioral activation/CBT 12 sessions 03-06/2025: little change. Weekly counseling (LPC) since 09/2025, ongoing.
 - Duloxetine 60 -> 120 mg since 06/09/2025: partial only (PHQ-9 24 -> 19 by 09/2025). Continues.
 - Mirtazapine 15 mg qhs since 09/2025 for insomnia (sleep dose).
 - Lithium 300 mg BID added to duloxetine 10/13/2025; level 0.4; tremor; stopped 11/03/2025 (3 wk).
 - Pt thinks she "might have tried Wellbutrin in 2019" - no record.
Inpatient 08/2025, 4 days. Lost job 05/2026.
""",
        "clinical/calloway-tms-consultation-2026-10-14.txt": r"""
CALLOWAY TMS CENTER (FICTIONAL) - TMS CONSULTATION 10/14/2026 - Desmond Achterberg, MD
Patient: Bittencourt-Hale, Lorraine, 41. MDD, recurrent, severe, without psychotic features (F33.2).
PHQ-9 20, HAM-D17 23. Passive thoughts of death most days; no plan, no intent; safety plan reviewed.
Screening: no metal in or near the head, no implanted devices, no seizure history, no psychosis.
Plan: 10 Hz L-DLPFC, 120% MT, 3,000 pulses; 30 sessions over 6 weeks, then 6-session taper. Continue duloxetine.
PA request to Great Lakes Community Care Plan 10/20/2026.
""",
    },
    truth=r"""
# 04 - Medicaid managed care: TMS denied as "not a covered benefit" under a superseded 2025 grid; a legal-aid advocate writes the plan appeal (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Lorraine Bittencourt-Hale, 41, is in a **Medicaid managed-care** plan (Michigan). A request (received
  10/20/2026) for **TMS, 36 sessions** (90867, 90868) with an in-network psychiatrist was denied **10/27/2026** as
  **"not a covered benefit"** under the plan's **2025 Behavioral Health Benefit Grid, section 4**. The notice says
  **medical necessity was not reviewed**.
- The **plan's own 2026 Member Handbook, section 7.3 (effective 01/01/2026), lists TMS for adults with MDD as
  covered with prior authorization**; the state bulletin BH 25-41 added TMS from 01/01/2026 and says plans must
  cover it no less than fee-for-service. The grid itself says it is superseded for services from 01/01/2026.
- Rule: Medicaid managed care. Plan appeal **within 60 days of the notice (by 2026-12-26)**, 42 CFR
  438.402(c)(2)(ii); decided within 30 days (438.408(b)(2)); then a **state fair hearing within 120 days** of the
  plan's resolution (438.408(f)(2)). A plan must furnish state-plan services in amount, duration and scope no less
  than fee-for-service (42 CFR 438.210(a)(2)). A representative acts with the member's written consent (she signed
  on 11/02/2026).
- This is a **new request** (`action: none`): there is nothing to continue, so 438.420 continued benefits do not
  apply.
- History (current episode since 01/2025; earlier episode 2016 citalopram, remission): fluoxetine 40 mg (~12 wk,
  none); **duloxetine 120 mg since 06/09/2025, still taken, partial**; **mirtazapine 15 mg at bedtime for sleep**
  (not an antidepressant trial); **lithium added to duloxetine** 3 weeks, level 0.4, tremor (augmentation, **not
  adequate**); CBT 12 sessions + ongoing counseling. PHQ-9 20, HAM-D 23, **passive** SI (10/14/2026); lost her
  job 05/2026; inpatient 4 days 08/2025.

## Deliberately unknown
- "Might have tried Wellbutrin in 2019": unknown, not a trial, not counted.
- Whether the plan's claims/UM system was updated for 2026 (the reason the grid was used); the letter may ask.
- The plan's own TMS criteria beyond those in the case (the payer_criteria rows are the clinic's reading of the
  plan's guideline; the notice names none, since necessity was not reviewed).

## Traps
- **The strongest point is coverage, not medical necessity.** The letter must lead with the 2026 handbook/bulletin,
  not with a TMS necessity argument, and must not say the plan found TMS not medically necessary.
- **The 2025 grid does name TMS.** Do not say the grid's words do not mention TMS; the point is that the 2025
  grid is superseded for 2026 dates of service.
- **Duloxetine is still taken**: never "failed"/"stopped". **Mirtazapine** is a sleep dose: not a trial.
  **Lithium** was not adequate: not a failed augmentation trial. **Citalopram 2016**: remission.
- The website FAQ printout (03/2025) says TMS is not covered: stale, dated before the 2026 change.
- **Adult (41)**: no EPSDT. No ERISA, no 45 CFR 147.136, no state external review (Medicaid: state fair hearing).
- No 438.420 continued benefits (nothing authorized to continue). Not expedited (nothing in the case certifies it).
- Voice: a representative; writes about Ms. Bittencourt-Hale in the third person, with her signed appointment.

## Arguments a strong letter makes (strongest first)
1. TMS **is a covered benefit** for 2026: the plan's own 2026 Member Handbook section 7.3 and state bulletin
   BH 25-41 (from 01/01/2026); the 2025 grid is superseded for these dates. The plan must cover state-plan services
   no less than fee-for-service (42 CFR 438.210(a)(2)). Reverse the coverage finding.
2. Because necessity was never reviewed, ask that the request now be reviewed on its merits promptly (standard
   authorization time) by a psychiatrist, and show briefly that the record meets the usual TMS criteria: fluoxetine
   failed, duloxetine continuing with only partial response, CBT and counseling, severe scores, no contraindication.
3. Requests: the case file free of charge (438.406(b)(5)); a decision within 30 days; fair-hearing rights after.

## What a letter must NOT say
- "not medically necessary" as the plan's finding; "the grid does not list TMS".
- "duloxetine failed"/"stopped duloxetine", "failed lithium augmentation", "mirtazapine antidepressant trial",
  "three failed antidepressants", "Wellbutrin".
- "EPSDT", "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review".
- "continue her TMS during the appeal"/"438.420".
""",
    expected=[
        ("denial/glccp-notice-of-adverse-benefit-determination-2026-10-27.txt", "we did not review it for medical necessity"),
        ("denial/glccp-notice-of-adverse-benefit-determination-2026-10-27.txt", "within 60 calendar days of the date of this notice"),
        ("other/member-handbook-2026-section-7-3.txt", "transcranial magnetic stimulation (TMS) for members 18 and older with major depressive disorder (prior authorization required)"),
        ("other/bh-benefit-grid-2025-excerpt.txt", "Superseded by the 2026 Member Handbook"),
        ("other/state-medicaid-bulletin-bh-25-41.txt", "Effective for dates of service on and after January 1, 2026"),
        ("other/plan-website-faq-printout-2025.txt", "printed 03/12/2025"),
        ("clinical/northshore-clinic-medication-history.txt", "Mirtazapine 15 mg qhs since 09/2025 for insomnia"),
        ("clinical/northshore-clinic-medication-history.txt", "stopped 11/03/2025 (3 wk)"),
        ("clinical/northshore-clinic-medication-history.txt", "might have tried Wellbutrin in 2019"),
        ("clinical/calloway-tms-consultation-2026-10-14.txt", "Passive thoughts of death"),
        ("other/appointment-of-representative-2026-11-02.txt", "Signed 11/02/2026"),
    ],
))
