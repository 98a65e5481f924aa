"""Cases 01-04 of letters set 20b (FICTIONAL)."""

C01_YAML = r"""
# FICTIONAL CASE (set 20b, case 01) - every person, plan, number and address is invented.
# FEHB: a 5-day IV ketamine series for CRPS I of the left arm (given, post-service) denied as not medically
# necessary under the carrier's pain policy MP-PN-112, criterion 3(a). The member writes her own request for
# reconsideration.
patient:
  name: Rosalind Adaeze Okafor-Beane
  salutation: Ms. Okafor-Beane
  date_of_birth: February 11, 1979
  member_id: FBM-FICT-104-8837261
  address: |-
    2207 Larchmere Avenue
    Tillmont, WA 98512
  phone: (360) 555-0142
  email: r.okaforbeane@mailbox.example
insurer:
  name: Federal Meridian Benefit Plan (FICTIONAL)
  appeals_address: |-
    Federal Meridian Benefit Plan, Reconsideration Unit
    PO Box 60418
    Kessling, WA 98003
  fax: (253) 555-0119
claim:
  number: FMB-26-1021-440972
  plan_type: fehb
  notice_date: October 21, 2026
  service_dates: [2026-09-14, 2026-09-15, 2026-09-16, 2026-09-17, 2026-09-18]
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [G90.512]
  carc_codes: [CO-50]
  denial_reason: >-
    Ketamine infusion for chronic pain is not medically necessary for this member. Medical Policy MP-PN-112,
    criterion 3(a), requires an inadequate response to at least two of the listed drug classes. The records show
    one drug class (gabapentinoid). No trial of a tricyclic antidepressant or SNRI is documented.
  denial_category: medical_necessity
  reviewer: {name: "Gordon Ellery, MD", specialty: Family Medicine}
  action: none
  coding_correct: true
plan_policy:
  name: Medical Policy MP-PN-112, Ketamine Infusion for Chronic Pain Syndromes
  number: MP-PN-112
  quote: >-
    Intravenous ketamine infusion is considered medically necessary for complex regional pain syndrome (CRPS) when
    all of the following are met: 1. Diagnosis of CRPS meeting the Budapest clinical criteria, present for at least
    6 months; 2. Pain of 6/10 or more on a numeric scale with documented functional impairment; 3. Inadequate
    response to conservative therapy, shown by EITHER (a) an adequate trial (at least 8 weeks at a therapeutic dose,
    or stopped earlier for intolerance) of at least two of the following drug classes: a tricyclic antidepressant or
    serotonin-norepinephrine reuptake inhibitor; a gabapentinoid; a bisphosphonate; OR (b) an adequate trial of at
    least one drug class listed in (a) together with a structured rehabilitation program of at least 12 supervised
    sessions that included graded motor imagery or mirror therapy; 4. Given by or under the supervision of an
    anesthesiologist or pain medicine physician in a setting with continuous monitoring; 5. None of the following:
    uncontrolled hypertension, active psychosis, pregnancy, severe hepatic impairment.
  file: other/mp-pn-112-ketamine-chronic-pain-excerpt.txt
  other_terms: >-
    2026 FEHB brochure, Section 8 (disputed claims): "We have 30 days from the date we receive your request to:
    a) Pay the claim; or b) Write to you and maintain our denial; or c) Ask you or your provider for more
    information."
payer_criteria:
  - criterion: 1. Diagnosis of CRPS meeting the Budapest clinical criteria, present for at least 6 months
    how_met: CRPS type I of the left upper limb after a distal radius fracture (August 2024); Budapest criteria documented August 4, 2026 (all four symptom and sign categories); present about two years.
    met: true
    evidence: {file: clinical/cedar-hollow-pain-notes-2026.txt, page: 1}
  - criterion: 2. Pain of 6/10 or more with documented functional impairment
    how_met: NRS 8/10 on August 4, 2026; QuickDASH 72; unable to use the left hand for keyboard work.
    met: true
    evidence: {file: clinical/cedar-hollow-pain-notes-2026.txt, page: 1}
  - criterion: 3(a) Adequate trial of at least two listed drug classes (TCA or SNRI; gabapentinoid; bisphosphonate)
    how_met: >-
      Pregabalin 150 mg twice daily since November 2024, still taken, partial response only (gabapentinoid), and
      nortriptyline 25 then 50 mg nightly from January to April 2025, about 12 weeks, no benefit and orthostatic
      dizziness (tricyclic): two classes.
    met: true
    evidence:
      - {file: clinical/harrow-valley-pain-letter-2025-06-10.txt, page: 1}
      - {file: clinical/cedar-hollow-pain-notes-2026.txt, page: 1}
  - criterion: 3(b) Adequate trial of one listed drug class plus a structured rehabilitation program of at least 12 supervised sessions with graded motor imagery or mirror therapy
    how_met: Pregabalin (above) plus 18 supervised occupational therapy sessions with graded motor imagery and mirror therapy, December 2024 to March 2025.
    met: true
    evidence: {file: clinical/occupational-therapy-discharge-2025-03-28.txt, page: 1}
  - criterion: 4. Given by or under an anesthesiologist or pain physician with continuous monitoring
    how_met: Given at Cedar Hollow Pain and Anesthesia under Dr. Tamsin Reyes-Holt, anesthesiologist (pain medicine), with continuous ECG, pulse oximetry and blood pressure.
    met: true
    evidence: {file: clinical/cedar-hollow-pain-notes-2026.txt, page: 2}
  - criterion: 5. No uncontrolled hypertension, active psychosis, pregnancy or severe hepatic impairment
    how_met: BP 124/80; no psychiatric history of psychosis; negative pregnancy test 09/14/2026; normal liver tests 08/2026.
    met: true
    evidence: {file: clinical/cedar-hollow-pain-notes-2026.txt, page: 1}
record_dates:
  - {file: clinical/harrow-valley-pain-letter-2025-06-10.txt, date: 2026-10-30}
treatment:
  name: IV ketamine infusions for CRPS
  summary: >-
    A five-day outpatient series of low-dose IV ketamine infusions (4 hours daily) for CRPS type I of the left arm,
    after medication trials, a sympathetic block and a rehabilitation program did not control the pain.
  setting: Cedar Hollow Pain and Anesthesia infusion suite, anesthesiologist on site (FICTIONAL)
  monitoring: continuous ECG, pulse oximetry and blood pressure every 15 minutes; 60 minutes' recovery
  alongside: pregabalin 150 mg twice daily
  plan: Ketamine 0.35 mg/kg/h over 4 hours on five consecutive days; reassess NRS and QuickDASH at 2 and 6 weeks.
author:
  name: Rosalind Adaeze Okafor-Beane
  role: Patient (the member)
  relation: patient
  address: |-
    2207 Larchmere Avenue
    Tillmont, WA 98512
  phone: (360) 555-0142
  email: r.okaforbeane@mailbox.example
provider:
  name: Tamsin Reyes-Holt
  credentials: MD, anesthesiology and pain medicine
  npi: "1457392680"
  phone: (360) 555-0157
  address: |-
    Cedar Hollow Pain and Anesthesia, 41 Quarry Mill Road
    Tillmont, WA 98512
clinical:
  severity: NRS 8/10 at rest, QuickDASH 72 on August 4, 2026; allodynia, edema and color change of the left hand
  severity_date: 2026-08-04
  suicidality: none
  suicidality_date: 2026-08-04
  response: NRS 8/10 before the series, 4/10 at two weeks (October 2, 2026); QuickDASH 72 to 51
  response_level: partial
  exclusions: BP 124/80; no history of psychosis; pregnancy test negative 09/14/2026; liver tests normal 08/2026
  history:
    - drug: Gabapentin
      dose: 300 mg three times daily
      start: 2024-09
      end: 2024-10
      outcome: Stopped after about 5 weeks for sedation (same class as pregabalin)
      kind: other
      evidence: {file: clinical/cedar-hollow-pain-notes-2026.txt, page: 1}
    - drug: Prednisone
      dose: 30 mg daily, 10-day taper
      start: 2024-10
      end: 2024-10
      outcome: Short course; swelling eased for about a week, no lasting benefit
      kind: other
      adequate: false
      evidence: {file: clinical/cedar-hollow-pain-notes-2026.txt, page: 1}
    - drug: Pregabalin
      dose: 75 mg, then 150 mg twice daily
      start: 2024-11
      ongoing: true
      outcome: Partial response only (NRS 9 to 7 at best); continued
      response: partial
      adequate: true
      evidence: {file: clinical/cedar-hollow-pain-notes-2026.txt, page: 1}
    - drug: Occupational therapy with graded motor imagery and mirror therapy
      kind: other
      dose: 18 supervised sessions
      sessions: 18
      start: 2024-12
      end: 2025-03
      outcome: Completed; range of motion improved, pain unchanged
      adequate: true
      evidence: {file: clinical/occupational-therapy-discharge-2025-03-28.txt, page: 1}
    - drug: Nortriptyline
      dose: 25 mg, then 50 mg nightly
      start: 2025-01
      end: 2025-04
      outcome: No benefit after about 12 weeks; orthostatic dizziness; stopped
      response: none
      adequate: true
      failed: true
      evidence: {file: clinical/harrow-valley-pain-letter-2025-06-10.txt, page: 1}
    - drug: Left stellate ganglion block
      kind: other
      dose: one injection
      start: 2025-02-19
      end: 2025-02-19
      outcome: Relief for about two days only
      evidence: {file: clinical/harrow-valley-pain-letter-2025-06-10.txt, page: 1}
literature:
  - id: cohen-2018
bates_prefix: OKAFORBEANE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

C01_DOCS = {
"denial/eob-and-denial-letter-2026-10-21.txt": """
FEDERAL MERIDIAN BENEFIT PLAN (FICTIONAL) - an FEHB plan
EXPLANATION OF BENEFITS AND NOTICE OF CLAIM DENIAL        Date: 10/21/2026

Member: Rosalind A. Okafor-Beane      ID: FBM-FICT-104-8837261      Claim: FMB-26-1021-440972
Provider: Cedar Hollow Pain and Anesthesia (in network)     Received: 09/25/2026; records received 10/02/2026

Date(s)            Code    Units  Billed      Allowed  Paid   Code    You owe
09/14-09/18/2026   96365   5      $2,250.00   $0.00    $0.00  CO-50   $0.00 *
09/14-09/18/2026   96366   15     $3,150.00   $0.00    $0.00  CO-50   $0.00 *
09/14-09/18/2026   J3490   5      $2,000.00   $0.00    $0.00  CO-50   $0.00 *
* Your provider has billed you under a signed financial waiver; see your provider's statement.

CO-50: These are non-covered services because this is not deemed a medical necessity by the payer.

Reason for our decision:
Ketamine infusion for chronic pain is not medically necessary for this member. Medical Policy MP-PN-112,
criterion 3(a), requires an inadequate response to at least two of the listed drug classes. The records show one
drug class (gabapentinoid). No trial of a tricyclic antidepressant or SNRI is documented.
Reviewed by Gordon Ellery, MD, Family Medicine.

Your right to ask us to reconsider: If you disagree, you may ask us in writing to reconsider within 6 months of
the date of this notice. Include any records that support your request. If we maintain our denial, you may ask
the U.S. Office of Personnel Management (OPM) to review it within 90 days of our decision. See Section 8 of your
brochure.
""",
"other/mp-pn-112-ketamine-chronic-pain-excerpt.txt": """
FEDERAL MERIDIAN BENEFIT PLAN (FICTIONAL) - MEDICAL POLICY MP-PN-112
Ketamine Infusion for Chronic Pain Syndromes        Effective 01/01/2026      Last reviewed 11/2025

Policy:
Intravenous ketamine infusion is considered medically necessary for complex regional pain syndrome (CRPS) when all
of the following are met:
 1. Diagnosis of CRPS meeting the Budapest clinical criteria, present for at least 6 months;
 2. Pain of 6/10 or more on a numeric scale with documented functional impairment;
 3. Inadequate response to conservative therapy, shown by EITHER
    (a) an adequate trial (at least 8 weeks at a therapeutic dose, or stopped earlier for intolerance) of at least
        two of the following drug classes: a tricyclic antidepressant or serotonin-norepinephrine reuptake
        inhibitor; a gabapentinoid; a bisphosphonate;
    OR
    (b) an adequate trial of at least one drug class listed in (a) together with a structured rehabilitation
        program of at least 12 supervised sessions that included graded motor imagery or mirror therapy;
 4. Given by or under the supervision of an anesthesiologist or pain medicine physician in a setting with
    continuous monitoring;
 5. None of the following: uncontrolled hypertension, active psychosis, pregnancy, severe hepatic impairment.

Ketamine infusion for other chronic pain conditions (fibromyalgia, chronic low back pain, headache) is considered
not medically necessary.
Initial approval: one series of up to 5 consecutive days. Repeat series: see section 4 of this policy.
""",
"other/fehb-brochure-2026-section-8-excerpt.txt": """
FEDERAL MERIDIAN BENEFIT PLAN (FICTIONAL) - 2026 FEHB BROCHURE, SECTION 8 (EXCERPT)
The disputed claims process

1. Ask us in writing to reconsider our initial decision. You must write to us within 6 months from the date of our
   decision, and send your request to the address shown on your explanation of benefits.
2. In your letter, include a statement of why you believe our initial decision was wrong, based on specific
   benefit provisions in this brochure, and copies of documents that support your claim.
3. We have 30 days from the date we receive your request to: a) Pay the claim; or b) Write to you and maintain
   our denial; or c) Ask you or your provider for more information.
4. If you do not agree with our decision, you may ask OPM to review it. You must write to OPM within 90 days
   after the date of our letter upholding our initial decision.
""",
"clinical/cedar-hollow-pain-notes-2026.txt": """
CEDAR HOLLOW PAIN AND ANESTHESIA (FICTIONAL) - Tamsin Reyes-Holt, MD (anesthesiology, pain medicine)
Patient: Okafor-Beane, Rosalind A.   DOB 02/11/1979

08/04/2026 NEW PATIENT CONSULTATION (referred by PCP)
HPI: 47F, federal employee (records clerk). L distal radius fracture 08/2024, ORIF 08/2024. Burning pain, swelling,
color and temperature change of L hand since ~6 weeks post-op. Dx CRPS I L upper limb by Harrow Valley Pain
(Dr. Osei) 11/2024.
Budapest criteria today: symptoms in all 4 categories (sensory, vasomotor, sudomotor/edema, motor/trophic); signs
in 4 (allodynia to light touch, temp asymmetry 1.6 C, edema, decreased ROM). Meets criteria.
NRS 8/10 at rest. QuickDASH 72. Cannot type with L hand; on modified duty.
Medications tried (per patient and PCP list):
 - gabapentin 300 mg tid, ~5 wks 09-10/2024, stopped for sedation
 - prednisone 30 mg taper, 10 days, 10/2024 - swelling better ~1 wk, then back
 - pregabalin 75 -> 150 mg bid since 11/2024, CONTINUES: best NRS 9 -> 7, partial only
 - "an antidepressant for nerve pain" at Harrow Valley early 2025 - pt recalls "made me dizzy"; name not on
   PCP list. Will request Harrow Valley records.
 - duloxetine: pt "might have been given it for back pain in 2023, not sure" - no pharmacy record found. Unknown.
 - no bisphosphonate.
Other: OT with mirror therapy (see OT records); L stellate ganglion block 02/2025 - 2 days' relief.
PHQ-9 9. Denies SI. No psychosis history. BP 124/80. LFTs normal (08/2026).
Plan: candidate for ketamine infusion series per ASRA/AAPM/ASA consensus guidance; submit to plan with records.
  No prior authorization required by plan for outpatient infusion per plan provider manual (verified by phone).

09/14-09/18/2026 INFUSION SERIES  (page 2)
Ketamine 0.35 mg/kg/h x 4 h daily x 5 days (NDC on claim). Continuous ECG, SpO2, BP q15 min; anesthesiologist on
site. Urine hCG neg 09/14. Mild dissociation day 1 only. No hypertension > 150/90.

10/02/2026 FOLLOW-UP
NRS 4/10 (from 8). QuickDASH 51 (from 72). Using L hand for light tasks. Partial improvement. Continue pregabalin.
Note: plan denied claim; pt will appeal. Harrow Valley records requested 10/05/2026.
""",
"clinical/harrow-valley-pain-letter-2025-06-10.txt": """
HARROW VALLEY PAIN ASSOCIATES (FICTIONAL)
Letter dated 06/10/2025 - released to the patient from our records on 10/30/2026

To: Dr. Lena Park (PCP)        Re: Rosalind Okafor-Beane, DOB 02/11/1979

Thank you for your referral. Summary of care here, 11/2024 - 06/2025 (Kwame Osei, MD):
 - Diagnosis: CRPS type I, left upper limb (Budapest criteria met 11/12/2024).
 - Nortriptyline 25 mg qhs started 01/08/2025, increased to 50 mg qhs 01/29/2025; stopped 04/02/2025 after about
   12 weeks: no reduction in pain and orthostatic dizziness.
 - Pregabalin continued at 150 mg bid (partial benefit).
 - Left stellate ganglion block 02/19/2025: relief for about 48 hours, then return to baseline. Not repeated.
 - Occupational therapy at Tillmont Hand Therapy, mirror therapy and graded motor imagery.
Patient transferring care closer to home.
Kwame Osei, MD
""",
"clinical/occupational-therapy-discharge-2025-03-28.txt": """
TILLMONT HAND THERAPY (FICTIONAL) - OCCUPATIONAL THERAPY DISCHARGE SUMMARY        03/28/2025
Patient: Rosalind Okafor-Beane     Dx: CRPS I, L upper limb     Referring: K. Osei, MD
Visits: 18 supervised sessions, 12/03/2024 - 03/26/2025.
Program: graded motor imagery (laterality, imagined movements, mirror therapy), desensitization, edema control,
active ROM.
Outcome: wrist extension 20 -> 35 degrees; grip L 6 kg (R 28 kg). Pain 8-9/10 throughout, unchanged.
Home program given. Discharged: plateau.
""",
"other/infusion-center-intake-questionnaire-2026-08.txt": """
CEDAR HOLLOW PAIN AND ANESTHESIA (FICTIONAL) - NEW PATIENT QUESTIONNAIRE (completed by patient, 08/2026)
Name: Rosalind Okafor-Beane
Medicines tried for this pain: gabapentin, pregabalin, steroids
Antidepressants ever taken for pain?  [ ] yes  [x] no  [ ] not sure
Injections/blocks:  [x] yes - "neck block 2025"
Therapy: hand therapy, 2024-25
""",
}

C01_TRUTH = r"""
# 01 - FEHB: IV ketamine for CRPS denied under MP-PN-112 criterion 3(a); the member asks the carrier to reconsider (FICTIONAL)

## What is true
- Rosalind Okafor-Beane, 47, federal employee, **FEHB** plan (Federal Meridian Benefit Plan). CRPS type I of the
  **left upper limb** (G90.512, billable) since a fracture in August 2024. A five-day IV ketamine series was
  **given** 09/14-09/18/2026 (96365 x5, 96366 x15, J3490 x5) by an in-network anesthesiologist. Post-service.
- Denied **10/21/2026**, CO-50, under **Medical Policy MP-PN-112 criterion 3(a)**: "records show one drug class
  (gabapentinoid). No trial of a tricyclic antidepressant or SNRI is documented." Reviewer: family medicine.
- Rule: FEHB disputed claims, **5 CFR 890.105**: ask the carrier to reconsider **within 6 months** of its decision
  (to **2027-04-21**); then **OPM review within 90 days** of the carrier's decision. The carrier's own brochure
  promises a decision **within 30 days of receipt** (pay, maintain the denial, or ask for more information). No ERISA,
  no 45 CFR 147.136 external review, no state insurance department route, no parity argument (a pain condition).
- MP-PN-112 criterion 3 is met by **EITHER (a) OR (b)**, and **both** are met:
  - 3(a): **pregabalin** (gabapentinoid, since 11/2024, 150 mg bid, **still taken**, partial response: counts as an
    adequate trial with inadequate response) + **nortriptyline** (tricyclic, 01/08-04/02/2025, about 12 weeks,
    50 mg, no benefit, dizziness) = two classes. The nortriptyline trial is in the **Harrow Valley letter released
    on 10/30/2026, after the denial**: the reviewer never had it.
  - 3(b): one class (pregabalin) + **18 supervised OT sessions** with graded motor imagery and mirror therapy
    (12/2024-03/2025). The denial never weighed 3(b).
- Criteria 1, 2, 4, 5 are met (Budapest criteria 08/04/2026; NRS 8, QuickDASH 72; anesthesiologist, continuous
  monitoring; no contraindication).
- Response: NRS 8 -> 4 and QuickDASH 72 -> 51 at two weeks (partial).
- Author: the **patient**, writing as "I". Suicidality: none (PHQ-9 9, denies SI).

## Deliberately unknown
- Whether duloxetine was ever taken (patient "not sure"; no pharmacy record): **unknown**, not a trial, never counted.
- The NDC and dose per unit of the ketamine (on the claim, not in the documents).
- Whether the carrier has a second internal level (the brochure describes none; OPM is next).

## Traps
- **Gabapentin and pregabalin are one class** (gabapentinoids); gabapentin was ~5 weeks, stopped for sedation
  (the policy's own definition counts a stop for intolerance as an adequate trial, but it adds no class). Not two
  classes.
- **Prednisone** was a 10-day taper, and corticosteroids are not a class listed in 3(a); a bisphosphonate was never
  tried. Not a trial that counts.
- **Pregabalin is still taken** (partial response): it counts in 3(a) as an inadequate response but must NEVER be
  called "failed" or "stopped"/"discontinued".
- The **patient's questionnaire** says "Antidepressants ever taken for pain: no": contradicted by the Harrow Valley
  letter (nortriptyline 12 weeks). The 08/04 note says the name was unknown then; the letter came later.
- **Stellate ganglion block** and **OT** are not drug trials; OT counts only under 3(b).
- Nortriptyline is a tricyclic taken for pain here; it is not a "failed antidepressant for depression".
- FEHB: no "ERISA", no "29 CFR 2560.503-1", no "45 CFR 147.136", no "independent external review", no "MHPAEA".
- Voice: the patient signs; "I", not "Ms. Okafor-Beane has failed ...".

## Arguments a strong letter makes (strongest first)
1. The records the reviewer did not have (Harrow Valley letter, released 10/30/2026) document nortriptyline 50 mg for
   about 12 weeks without benefit: with pregabalin, two listed classes, so **criterion 3(a) is met**; the decision's
   statement that no tricyclic trial is documented is answered by that record.
2. Criterion 3 is met by either alternative, and **3(b) is met independently** (pregabalin + 18 supervised OT
   sessions with graded motor imagery and mirror therapy), which the decision never weighed.
3. Every other MP-PN-112 criterion is met, point by point, with the exhibit; the result (NRS 8 -> 4) and the
   ASRA/AAPM/ASA consensus guideline (Cohen 2018) support it; ask for pain-medicine or anesthesiology review (the
   reviewer was family medicine), the decision within the brochure's 30 days, and payment of the claim.

## What a letter must NOT say
- "pregabalin failed", "stopped pregabalin", "duloxetine" as a trial, "gabapentin and pregabalin" as two classes,
  "prednisone" or "steroids" as a listed class, "three drug classes".
- "the plan named no criteria" (it named MP-PN-112 and 3(a)).
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review" as the next step (it is OPM review),
  "parity"/"MHPAEA", "state insurance commissioner".
- "suicidal ideation"; "treatment-resistant depression"; any depression-trial count.
"""

C01 = dict(
    slug="01-fehb-ketamine-crps-criterion-3-alternatives-patient",
    yaml=C01_YAML, docs=C01_DOCS, truth=C01_TRUTH,
    expect=[
        ("denial/eob-and-denial-letter-2026-10-21.txt", "No trial of a tricyclic antidepressant or SNRI is documented"),
        ("denial/eob-and-denial-letter-2026-10-21.txt", "within 6 months of the date of this notice"),
        ("denial/eob-and-denial-letter-2026-10-21.txt", "Family Medicine"),
        ("clinical/harrow-valley-pain-letter-2025-06-10.txt", "stopped 04/02/2025 after about 12 weeks"),
        ("clinical/harrow-valley-pain-letter-2025-06-10.txt", "released to the patient from our records on 10/30/2026"),
        ("clinical/occupational-therapy-discharge-2025-03-28.txt", "18 supervised sessions"),
        ("clinical/cedar-hollow-pain-notes-2026.txt", "CONTINUES"),
        ("clinical/cedar-hollow-pain-notes-2026.txt", "Unknown."),
        ("other/mp-pn-112-ketamine-chronic-pain-excerpt.txt", "OR"),
        ("other/fehb-brochure-2026-section-8-excerpt.txt", "We have 30 days from the date we receive your request"),
        ("other/infusion-center-intake-questionnaire-2026-08.txt", "[x] no"),
    ],
)

CASES_A = [C01]
CASES = CASES_A

C02_YAML = r"""
# FICTIONAL CASE (set 20b, case 02) - every person, plan, number and address is invented.
# Self-funded ERISA employer plan: Spravato induction WITHOUT an oral antidepressant (monotherapy; SSRIs and SNRIs
# caused hyponatremia) denied as investigational under policy RX-SPR-07 (last reviewed June 2024); both internal
# levels upheld it. The treating psychiatrist requests federal external review.
patient:
  name: Desmond Pieter Achterberg
  salutation: Mr. Achterberg
  date_of_birth: July 30, 1965
  member_id: HTW-FICT-55201-03
  address: |-
    918 Buckthorn Lane
    Pellham Ford, KS 66441
  phone: (785) 555-0133
insurer:
  name: Halvorsen Turbine Works Employee Health Plan, administered by Granite Ridge Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Granite Ridge Benefit Administrators, Appeals Unit
    PO Box 7715
    Lenhart, KS 66215
  fax: (913) 555-0164
claim:
  number: GRB-PA-2026-081944
  plan_type: employer_erisa
  funding: self_funded
  notice_date: August 20, 2026
  procedure_codes: [J0013, 99415, 99416]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Esketamine nasal spray requested without a concurrent oral antidepressant is considered investigational under
    Pharmacy Policy RX-SPR-07, section 3, and Plan Document section 10.2 (Experimental or Investigational). The
    first-level appeal decision is upheld. This is the plan's final internal adverse benefit determination.
  denial_category: experimental_investigational
  reviewer: {name: "Carla Benedetti, PharmD, with Neil Osterhout, MD", specialty: Internal Medicine}
  pending_services: 8
  action: none
plan_policy:
  name: Pharmacy Policy RX-SPR-07, Esketamine Nasal Spray (Spravato)
  number: RX-SPR-07
  quote: >-
    Section 2. Esketamine nasal spray is considered medically necessary for treatment-resistant depression when:
    (a) the member is 18 or older with major depressive disorder; (b) there has been an inadequate response to at
    least two antidepressants of adequate dose and duration in the current episode; (c) it is used in combination
    with an oral antidepressant; (d) it is given in a REMS-certified setting. Section 3. Esketamine used as
    monotherapy, without a concurrent oral antidepressant, is considered experimental or investigational because
    its safety and effectiveness have not been established. Last reviewed: 06/2024. Plan Document section 10.2:
    "Experimental or Investigational means a drug, device, treatment or procedure that
    (1) cannot be lawfully marketed without approval of the U.S. Food and Drug Administration and has not been
    approved for the use for which it is furnished; or (2) is the subject of ongoing phase I or II clinical trials,
    or of the research arm of a phase III trial; or (3) is one for which the prevailing opinion among experts, shown
    by reliable evidence, is that further studies are needed to determine its safety or effectiveness."
  file: other/rx-spr-07-esketamine-policy.txt
template: external-review-request
payer_criteria:
  - criterion: (a) the member is 18 or older with major depressive disorder
    how_met: Age 61; major depressive disorder, recurrent, severe without psychotic features (F33.2).
    met: true
    evidence: {file: clinical/prairie-lantern-psychiatry-notes-2024-2026.txt, page: 1}
  - criterion: (b) inadequate response to at least two antidepressants of adequate dose and duration in the current episode
    how_met: Escitalopram 20 mg (9 weeks, no response) and bupropion XL 300 mg (about 19 weeks, no response) in the episode that began in November 2024; aripiprazole augmentation also brought no response.
    met: true
    evidence: {file: clinical/prairie-lantern-psychiatry-notes-2024-2026.txt, page: 1}
  - criterion: (c) used in combination with an oral antidepressant
    how_met: Not met as written. No oral antidepressant is planned because escitalopram and venlafaxine each caused hyponatremia and nephrology advises avoiding SSRIs and SNRIs; the FDA has approved Spravato as monotherapy for treatment-resistant depression since January 21, 2025, after this policy was last reviewed (June 2024).
    met: false
    evidence: {file: clinical/prairie-lantern-psychiatry-notes-2024-2026.txt, page: 1}
  - criterion: (d) given in a REMS-certified setting
    how_met: Prairie Lantern Psychiatry is a REMS-certified outpatient clinic.
    met: true
    evidence: {file: clinical/prairie-lantern-psychiatry-notes-2024-2026.txt, page: 1}
treatment:
  name: Spravato (esketamine nasal spray)
  summary: >-
    Induction with esketamine nasal spray twice weekly for four weeks without an oral antidepressant, because the
    SSRIs and SNRI caused hyponatremia and bupropion and aripiprazole augmentation brought no response.
  setting: Prairie Lantern Psychiatry, a REMS-certified outpatient clinic (FICTIONAL)
  monitoring: blood pressure before dosing, at 40 minutes and before discharge; two hours' observation; sodium checked at baseline and week 4
  plan: 56 mg at the first session, then 56 or 84 mg twice weekly for weeks 1-4 (8 sessions); MADRS at week 4; continue only with a response
  fda:
    action: approved
    date: 2025-01-21
    what: Spravato (esketamine) nasal spray
    use: as monotherapy (or with an oral antidepressant) for treatment-resistant depression in adults
    file: other/spravato-labeling-history-summary.txt
    page: 1
author:
  name: Ilse Marchetti-Doyle
  role: Treating psychiatrist
  relation: physician
  authorization: other/patient-authorization-external-review.txt
  address: |-
    Prairie Lantern Psychiatry, 300 Sumac Street, Suite 4
    Pellham Ford, KS 66441
  phone: (785) 555-0171
  email: imarchettidoyle@prairielantern.example
provider:
  name: Ilse Marchetti-Doyle
  credentials: MD, psychiatrist
  npi: "1638247712"
  phone: (785) 555-0171
  address: |-
    Prairie Lantern Psychiatry, 300 Sumac Street, Suite 4
    Pellham Ford, KS 66441
decisions:
  - date: 2026-09-17
    outcome: denied
    stage: first level
    reason: >-
      Monotherapy with esketamine is investigational per RX-SPR-07 section 3. The request form lists bupropion XL
      300 mg, but the prescriber's letter states that no oral antidepressant will be given.
  - date: 2026-10-29
    outcome: denied
    stage: second level
    opens: external review
    reason: >-
      Esketamine nasal spray requested without a concurrent oral antidepressant is considered investigational under
      Pharmacy Policy RX-SPR-07, section 3, and Plan Document section 10.2. The first-level appeal decision is
      upheld. This is the plan's final internal adverse benefit determination.
external_review:
  final_denial_date: 2026-10-29
  agency: Granite Ridge Benefit Administrators, External Review Coordinator (assigns an accredited independent review organization)
  address: |-
    Granite Ridge Benefit Administrators, External Review Coordinator
    PO Box 7716
    Lenhart, KS 66215
clinical:
  episode_onset: November 2024
  severity: MADRS 36 and PHQ-9 22 on October 27, 2026
  severity_date: 2026-10-27
  suicidality: passive
  suicidality_date: 2026-10-27
  exclusions: No aneurysmal vascular disease or AVM, no intracerebral hemorrhage, BP 128/82, no psychosis, no substance use disorder
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2018-05
      end: 2019-09
      outcome: Remission in the 2018 episode (earlier episode)
      response: remission
      evidence: {file: clinical/prairie-lantern-psychiatry-notes-2024-2026.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg, then 20 mg daily
      start: 2024-12-02
      end: 2025-02-05
      outcome: No improvement after 9 weeks; sodium 127 mmol/L (hyponatremia); stopped
      response: none
      adequate: true
      failed: true
      evidence: {file: clinical/prairie-lantern-psychiatry-notes-2024-2026.txt, page: 1}
    - drug: Bupropion XL
      dose: 150 mg, then 300 mg daily
      start: 2025-03-03
      end: 2025-07-14
      outcome: No response after about 19 weeks; stopped
      response: none
      adequate: true
      failed: true
      evidence: {file: clinical/prairie-lantern-psychiatry-notes-2024-2026.txt, page: 1}
    - drug: Aripiprazole (added to bupropion XL)
      kind: augmentation
      dose: 2 mg, then 5 mg daily
      start: 2025-05-12
      end: 2025-07-14
      outcome: No response after 9 weeks; mild akathisia; stopped with bupropion
      response: none
      adequate: true
      failed: true
      evidence: {file: clinical/prairie-lantern-psychiatry-notes-2024-2026.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 75 mg, then 150 mg daily
      start: 2025-08-04
      end: 2025-09-08
      outcome: Stopped after 5 weeks for hyponatremia (sodium 129 mmol/L); not an adequate trial
      adequate: false
      evidence: {file: clinical/prairie-lantern-psychiatry-notes-2024-2026.txt, page: 1}
    - drug: Cognitive behavioral therapy
      kind: psychotherapy
      dose: 16 weekly sessions
      sessions: 16
      start: 2025-04
      end: 2025-08
      outcome: Completed; no meaningful change in PHQ-9
      response: none
      adequate: true
      evidence: {file: clinical/prairie-lantern-psychiatry-notes-2024-2026.txt, page: 1}
    - drug: Mirtazapine
      kind: other
      dose: 7.5 mg at bedtime, for sleep
      start: 2025-10
      ongoing: true
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/prairie-lantern-psychiatry-notes-2024-2026.txt, page: 1}
impact:
  work: On short-term disability from his engineering job since September 2026.
  relapse: Sodium fell below 130 mmol/L on two different serotonergic antidepressants; nephrology advises avoiding SSRIs and SNRIs.
alternatives:
  - treatment: an oral SSRI or SNRI alongside esketamine
    why_not: Escitalopram and venlafaxine each caused hyponatremia (sodium 127 and 129 mmol/L); nephrology advises avoiding the class.
  - treatment: ECT
    why_not: Offered in October 2026; Mr. Achterberg has not decided and asked to try esketamine first. Not refused, not contraindicated.
literature:
  - id: popova-2019
  - id: mcintyre-2021
bates_prefix: ACHTERBERG
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

C02_DOCS = {
"denial/final-internal-appeal-decision-2026-10-29.txt": """
GRANITE RIDGE BENEFIT ADMINISTRATORS (FICTIONAL)
Third-party administrator for the Halvorsen Turbine Works Employee Health Plan (a self-funded group health plan)

NOTICE OF FINAL INTERNAL ADVERSE BENEFIT DETERMINATION (SECOND-LEVEL APPEAL)      Date: October 29, 2026

Member: Desmond P. Achterberg      ID: HTW-FICT-55201-03      Reference: GRB-PA-2026-081944
Request: Spravato (esketamine) nasal spray, induction, 8 sessions (J0013; 99415/99416), pre-service
Requested by: Ilse Marchetti-Doyle, MD

Decision: UPHELD.
Esketamine nasal spray requested without a concurrent oral antidepressant is considered investigational under
Pharmacy Policy RX-SPR-07, section 3, and Plan Document section 10.2 (Experimental or Investigational). The
first-level appeal decision is upheld. This is the plan's final internal adverse benefit determination.
Reviewers: Carla Benedetti, PharmD; Neil Osterhout, MD (Internal Medicine).

You may request an external review by an independent review organization. Your request must be filed within
four (4) months after the date you receive this notice. Send it to: Granite Ridge Benefit Administrators, External
Review Coordinator, PO Box 7716, Lenhart, KS 66215. If your situation is urgent you may ask for an expedited
external review. You may also bring a civil action under section 502(a) of ERISA.
""",
"denial/first-level-appeal-decision-2026-09-17.txt": """
GRANITE RIDGE BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION      Date: September 17, 2026
Member: Desmond P. Achterberg      Reference: GRB-PA-2026-081944
Decision: denial upheld. Monotherapy with esketamine is investigational per RX-SPR-07 section 3. The request form
lists bupropion XL 300 mg, but the prescriber's letter states that no oral antidepressant will be given.
You may file a second-level appeal within 60 days.
""",
"denial/initial-denial-2026-08-20.txt": """
GRANITE RIDGE BENEFIT ADMINISTRATORS (FICTIONAL) - PRIOR AUTHORIZATION DENIAL      Date: August 20, 2026
Member: Desmond P. Achterberg      Reference: GRB-PA-2026-081944
Spravato (esketamine) is denied. Per RX-SPR-07 section 2(c) and section 3, esketamine must be used in combination
with an oral antidepressant; use without one is investigational. You may appeal within 180 days.
""",
"other/rx-spr-07-esketamine-policy.txt": """
GRANITE RIDGE BENEFIT ADMINISTRATORS (FICTIONAL) - PHARMACY POLICY RX-SPR-07
Esketamine Nasal Spray (Spravato)        Original: 04/2020      Last reviewed: 06/2024

Section 2. Esketamine nasal spray is considered medically necessary for treatment-resistant depression when:
 (a) the member is 18 or older with major depressive disorder;
 (b) there has been an inadequate response to at least two antidepressants of adequate dose and duration in the
     current episode;
 (c) it is used in combination with an oral antidepressant;
 (d) it is given in a REMS-certified setting.
Section 3. Esketamine used as monotherapy, without a concurrent oral antidepressant, is considered experimental or
investigational because its safety and effectiveness have not been established.
References: prescribing information (2020); Popova 2019; Daly 2019.
""",
"other/plan-document-section-10-2-excerpt.txt": """
HALVORSEN TURBINE WORKS EMPLOYEE HEALTH PLAN (FICTIONAL) - PLAN DOCUMENT AND SPD, SECTION 10.2 (2026)
"Experimental or Investigational" means a drug, device, treatment or procedure that (1) cannot be lawfully marketed
without approval of the U.S. Food and Drug Administration and has not been approved for the use for which it is
furnished; or (2) is the subject of ongoing phase I or II clinical trials, or of the research arm of a phase III
trial; or (3) is one for which the prevailing opinion among experts, shown by reliable evidence, is that further
studies are needed to determine its safety or effectiveness.
Section 12.1: The Plan Administrator has discretionary authority to interpret the Plan.
""",
"other/spravato-labeling-history-summary.txt": """
PRAIRIE LANTERN PSYCHIATRY (FICTIONAL) - SUMMARY PREPARED FOR THE EXTERNAL REVIEWER, 11/2026
Spravato (esketamine) nasal spray, labeling history as we understand it (our own summary; the current prescribing
information should be consulted):
 - March 5, 2019: FDA approval for treatment-resistant depression in adults, with an oral antidepressant.
 - 2020: depressive symptoms in adults with MDD with acute suicidal ideation or behavior, with an oral antidepressant.
 - January 21, 2025: FDA approval of use as monotherapy for adults with treatment-resistant depression (inadequate
   response to at least two oral antidepressants). Use with an oral antidepressant remains labeled.
RX-SPR-07 was last reviewed in June 2024, before the 2025 approval.
""",
"other/patient-authorization-external-review.txt": """
AUTHORIZATION OF REPRESENTATIVE (FICTIONAL)
I, Desmond P. Achterberg (member HTW-FICT-55201-03), authorize Dr. Ilse Marchetti-Doyle to request external review
of the plan's denial of Spravato (reference GRB-PA-2026-081944) on my behalf and to receive my health information
for that purpose.    Signed: D. P. Achterberg    Date: 11/09/2026
""",
"other/prior-authorization-request-form-2026-08-12.txt": """
GRANITE RIDGE PRIOR AUTHORIZATION REQUEST - ESKETAMINE (FICTIONAL) - submitted 08/12/2026 by clinic staff
Member: Achterberg, Desmond     Dx: F33.2
Current oral antidepressant: [x] bupropion XL 300 mg daily (continuing)      <- copied from the 2025 med list
REMS-certified site: [x] yes
Attached: prescriber letter (see notes)
""",
"clinical/prairie-lantern-psychiatry-notes-2024-2026.txt": """
PRAIRIE LANTERN PSYCHIATRY (FICTIONAL) - Ilse Marchetti-Doyle, MD - Achterberg, Desmond P., DOB 07/30/1965

History: MDD, recurrent. 2018 episode: sertraline 150 mg 05/2018-09/2019, remission. Well until 11/2024.
Current episode since November 2024:
 - 12/02/2024 escitalopram 10 -> 20 mg. 02/05/2025: no improvement at 9 weeks; Na 127 (PCP labs 02/03/2025),
   confusion, fall. Stopped.
 - 03/03/2025 bupropion XL 150 -> 300 mg. 05/12/2025 aripiprazole 2 mg added (augmentation), 5 mg from 06/2025.
   07/14/2025: no response to either (PHQ-9 21); mild akathisia. Both stopped.
 - CBT weekly 04/2025 - 08/2025, 16 sessions, completed; PHQ-9 unchanged.
 - 08/04/2025 venlafaxine XR 75 -> 150 mg. 09/08/2025: Na 129, stopped at 5 weeks (not an adequate trial).
 - Nephrology (Dr. Ruiz, 09/2025): SIADH-pattern hyponatremia on two serotonergic agents; avoid SSRIs/SNRIs.
 - 10/2025 mirtazapine 7.5 mg qhs for sleep only. Continues.
10/27/2026: MADRS 36, PHQ-9 22. Passive death wishes ("wouldn't mind not waking up"), no plan or intent; C-SSRS
 ideation type 1 only. Safety plan reviewed. No psychosis, no SUD. BP 128/82. No AVM/aneurysm/ICH history.
 On short-term disability since 09/2026.
 ECT discussed 10/2026: patient undecided, wants to try esketamine first.
Plan: Spravato induction as monotherapy (labeled since 01/2025); no oral antidepressant because of hyponatremia
 on two serotonergic drugs and no response to bupropion. Sodium at baseline and week 4. REMS site.
Correction 09/2026: PA form of 08/12 wrongly listed bupropion as continuing; it was stopped 07/14/2025.
""",
}

C02_TRUTH = r"""
# 02 - Self-funded employer plan: Spravato monotherapy called investigational; the treating psychiatrist requests federal external review (FICTIONAL)

## What is true
- Desmond Achterberg, 61, in a **self-funded ERISA** employer plan (TPA Granite Ridge). Pre-service request for
  **Spravato induction, 8 sessions, without an oral antidepressant**. Denied 08/20/2026; first-level appeal upheld
  09/17/2026; **second-level (final internal) denial 10/29/2026** under **RX-SPR-07 section 3** ("monotherapy ...
  investigational") and **Plan Document 10.2**.
- This letter is the **external review request** under the **federal process, 29 CFR 2590.715-2719(d)** (self-funded:
  no state process reaches it). Filed **within 4 months of receipt** of the 10/29/2026 notice, **with the plan's
  External Review Coordinator** (the notice's address), which assigns an IRO. An experimental/investigational
  determination is within external review's scope. Expedited external review may be asked (passive SI, disabled
  from work) but the notice does not make the case urgent; a standard request is correct, an expedited one arguable.
- **FDA approved Spravato as monotherapy for TRD in adults on January 21, 2025.** Plan Document 10.2 test (1)
  (not FDA-approved for the use) therefore does **not** apply; RX-SPR-07 was last reviewed **06/2024**, before it.
- Current episode (since 11/2024): **escitalopram** 20 mg 9 weeks, no response + hyponatremia (Na 127); **bupropion
  XL** 300 mg ~19 weeks, no response: **two adequate failed antidepressant trials**; **aripiprazole** augmentation
  9 weeks, no response (one augmentation trial); **venlafaxine** stopped at 5 weeks for hyponatremia (Na 129): not
  adequate; CBT 16 sessions (psychotherapy). RX-SPR-07 2(a), (b), (d) are met; 2(c) is the monotherapy question.
- Why no oral antidepressant: hyponatremia on two serotonergic drugs; nephrology advises avoiding SSRIs/SNRIs.
- Severity 10/27/2026: MADRS 36, PHQ-9 22; **passive** suicidal ideation (no plan or intent), dated 10/27/2026.
- Author: the **treating psychiatrist**, with the patient's signed authorization (11/09/2026).

## Deliberately unknown
- Whether the IRO will be asked for expedited review (no physician certification of urgency in the file).
- Whether the plan has updated RX-SPR-07 since 06/2024 (only the 06/2024 version is in the file).
- The exact date the 10/29 notice was received (the 4-month clock runs from receipt).

## Traps
- **Sertraline 2018-2019** was a remission in an earlier episode: not a failure.
- **Venlafaxine** stopped at 5 weeks: not an adequate trial; do not count it (three antidepressant failures is
  false).
- **Mirtazapine 7.5 mg** is a sleep dose, **still taken**: not an antidepressant trial, and its presence does not
  make this "combination" therapy.
- **The PA form** says bupropion XL "continuing": stale; the note corrects it (stopped 07/14/2025). A letter must not
  say bupropion is continuing or that an oral antidepressant will be given.
- **Spravato's SI indication** requires an oral antidepressant and needs active SI/behavior: this case is passive
  SI and monotherapy, so no "approved for suicidal ideation" claim.
- Stage: this is **external review**, not a third internal appeal; it quotes the **10/29** final decision.
- Self-funded: not the state insurance department, not 45 CFR 147.136(c); the plan has discretion (section 12.1),
  so no contra proferentem as law.

## Arguments a strong letter makes (strongest first)
1. The ground of the denial is gone: since **January 21, 2025** the FDA label approves Spravato **as monotherapy** for
   TRD in adults; Plan Document 10.2 test (1) cannot apply, and RX-SPR-07 section 3 (reviewed 06/2024) predates the
   approval. Ask the IRO to decide under the plan's definition as it reads, and the plan which of tests (2)-(3) it
   applied and on what evidence.
2. Every other RX-SPR-07 criterion is met: adult with MDD (F33.2), two adequate failed antidepressants in the current
   episode (escitalopram, bupropion) plus failed aripiprazole augmentation, REMS-certified site; the reason for no
   oral antidepressant is documented (hyponatremia twice; nephrology).
3. Severity and harm: MADRS 36, passive SI 10/27/2026, off work; the federal external review rule (29 CFR
   2590.715-2719(d)); ask for a psychiatrist as the IRO's reviewer.

## What a letter must NOT say
- "failed three antidepressants" / "venlafaxine failed" / "sertraline failed" / "mirtazapine" as an antidepressant trial.
- "bupropion continuing", "in combination with bupropion", "with an oral antidepressant" for this request.
- "approved for suicidal ideation" / "acute suicidal ideation or behavior" as this patient's indication; "active
  suicidal ideation".
- "state external review", "45 CFR 147.136(c)", "Kansas Insurance Department", "ambiguities are construed against
  the plan" as law.
- "the plan named no criteria", "not FDA-approved" conceded, "investigational" conceded.
"""

C02 = dict(
    slug="02-self-funded-spravato-monotherapy-investigational-external-review-psychiatrist",
    yaml=C02_YAML, docs=C02_DOCS, truth=C02_TRUTH,
    expect=[
        ("denial/final-internal-appeal-decision-2026-10-29.txt", "This is the plan's final internal adverse benefit determination"),
        ("denial/final-internal-appeal-decision-2026-10-29.txt", "four (4) months after the date you receive this notice"),
        ("denial/first-level-appeal-decision-2026-09-17.txt", "The request form lists bupropion XL 300 mg"),
        ("other/rx-spr-07-esketamine-policy.txt", "Last reviewed: 06/2024"),
        ("other/plan-document-section-10-2-excerpt.txt", "has not been approved for the use for which it is furnished"),
        ("other/spravato-labeling-history-summary.txt", "January 21, 2025"),
        ("other/prior-authorization-request-form-2026-08-12.txt", "bupropion XL 300 mg daily (continuing)"),
        ("clinical/prairie-lantern-psychiatry-notes-2024-2026.txt", "Na 127"),
        ("clinical/prairie-lantern-psychiatry-notes-2024-2026.txt", "stopped at 5 weeks (not an adequate trial)"),
        ("clinical/prairie-lantern-psychiatry-notes-2024-2026.txt", "for sleep only"),
        ("clinical/prairie-lantern-psychiatry-notes-2024-2026.txt", "Passive death wishes"),
        ("other/patient-authorization-external-review.txt", "11/09/2026"),
    ],
)

CASES_A.append(C02)

C03_YAML = r"""
# FICTIONAL CASE (set 20b, case 03) - every person, plan, number and address is invented.
# Separate CHIP, managed care, Utah: an 11-year-old's outpatient therapy and medication visits (08/05-09/09/2026)
# denied CO-27 "coverage terminated 07/31/2026". The state later found the termination was an error and
# reinstated him under 12-month continuous eligibility. His mother files the plan appeal.
patient:
  name: Mateo Anselm Vukovich
  salutation: Mateo
  date_of_birth: March 19, 2015
  member_id: WKC-FICT-3382-0917
  address: |-
    65 Juniper Flats Road
    Orrin Springs, UT 84655
  phone: (801) 555-0129
insurer:
  name: Wasatch Kids Care Plan (FICTIONAL), a Utah CHIP managed care plan
  appeals_address: |-
    Wasatch Kids Care Plan, Member Appeals
    PO Box 41102
    Tolland, UT 84104
  fax: (801) 555-0148
claim:
  number: WKC-26-1008-221874
  plan_type: chip
  delivery: managed_care
  notice_date: October 8, 2026
  service_dates: [2026-08-05, 2026-08-12, 2026-08-19, 2026-08-26, 2026-09-02, 2026-09-09]
  procedure_codes: [90834, 99214]
  diagnosis_codes: [F41.1, F32.1]
  carc_codes: [CO-27]
  denial_reason: >-
    Expenses incurred after coverage terminated. Our eligibility file from the state shows this member's CHIP
    coverage ended on 07/31/2026. These services were not reviewed for medical necessity.
  denial_category: other
  denial_reasons: [coverage_ended]
  action: none
eligibility:
  why: >-
    Mateo's CHIP coverage was ended on 07/31/2026 by a mid-year income review, which 12-month continuous
    eligibility for children does not allow; the family's quarterly premium had been paid on 07/02/2026. On
    10/22/2026 the state found the termination was made in error and reinstated his coverage from 08/01/2026
    through 01/31/2027, the end of his continuous eligibility period, and notified the plan.
  proof:
    - other/state-chip-reinstatement-notice-2026-10-22.txt
    - other/chip-premium-receipt-2026-07-02.txt
record_dates:
  - {file: other/state-chip-reinstatement-notice-2026-10-22.txt, date: 2026-10-22}
treatment:
  name: outpatient psychotherapy and medication management
  summary: Weekly cognitive behavioral therapy and monthly medication visits for an 11-year-old with generalized anxiety and depression.
author:
  name: Daria Vukovich
  role: Mother of the member (a minor)
  relation: parent
  address: |-
    65 Juniper Flats Road
    Orrin Springs, UT 84655
  phone: (801) 555-0129
  email: daria.vukovich@homemail.example
provider:
  name: Bonneville Child and Family Clinic (FICTIONAL)
  npi: "1284509373"
  phone: (801) 555-0136
  address: |-
    Bonneville Child and Family Clinic, 210 Sego Lily Way
    Orrin Springs, UT 84655
clinical:
  severity: SCARED 41 and CDI-2 24 on July 29, 2026
  severity_date: 2026-07-29
  suicidality: none
  suicidality_date: 2026-07-29
bates_prefix: VUKOVICH
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

C03_DOCS = {
"denial/explanation-of-benefits-2026-10-08.txt": """
WASATCH KIDS CARE PLAN (FICTIONAL) - Utah CHIP
EXPLANATION OF BENEFITS / NOTICE OF ADVERSE BENEFIT DETERMINATION        Date: 10/08/2026
Account holder: Daria Vukovich, 65 Juniper Flats Road, Orrin Springs, UT 84655

Member: Sofia Vukovich     ID: WKC-FICT-3382-0918     Claim WKC-26-0718-190552
  07/14/2026  99213  Provider: Orrin Springs Pediatrics   Billed $145.00  Paid $98.40   You owe $0.00

Member: Mateo A. Vukovich   ID: WKC-FICT-3382-0917     Claim WKC-26-1008-221874
Provider: Bonneville Child and Family Clinic
  08/05, 08/12, 08/19, 08/26, 09/02, 09/09/2026  90834 x6   Billed $990.00   Paid $0.00   CO-27
  08/12, 09/09/2026                           99214 x2   Billed $380.00   Paid $0.00   CO-27
CO-27: Expenses incurred after coverage terminated.
Explanation: Expenses incurred after coverage terminated. Our eligibility file from the state shows this member's
CHIP coverage ended on 07/31/2026. These services were not reviewed for medical necessity.

YOUR APPEAL RIGHTS: You may ask us for an appeal within 60 days of the date of this notice. Call or write to
Member Appeals, PO Box 41102, Tolland, UT 84104, fax (801) 555-0148. We will decide within 30 days. If we do not
decide in your favor, you may ask the state to review our decision; our appeal decision will tell you how.
""",
"other/state-chip-termination-notice-2026-07-15.txt": """
UTAH CHIP ELIGIBILITY SERVICES (FICTIONAL OFFICE NAME) - NOTICE OF DECISION        07/15/2026
Household: Vukovich       Case no. FICT-UT-8847102
Mateo Vukovich: CHIP coverage will end 07/31/2026. Reason: household income reported 07/08/2026 is above the
CHIP limit for your household size.
Sofia Vukovich: no change.
""",
"other/state-chip-reinstatement-notice-2026-10-22.txt": """
UTAH CHIP ELIGIBILITY SERVICES (FICTIONAL OFFICE NAME) - NOTICE OF CORRECTION        10/22/2026
Household: Vukovich       Case no. FICT-UT-8847102
We reviewed the decision of 07/15/2026. Children enrolled in CHIP keep their coverage for 12 months of continuous
eligibility, even if household income changes during that time. Mateo Vukovich's coverage was ended in error.
His CHIP coverage has been reinstated effective 08/01/2026, with no gap, through 01/31/2027, the end of his
continuous eligibility period. We have sent the corrected eligibility to Wasatch Kids Care Plan.
Providers may resubmit claims for dates of service in the reinstated period.
""",
"other/chip-premium-receipt-2026-07-02.txt": """
UTAH CHIP PREMIUM PAYMENT RECEIPT (FICTIONAL)
Case no. FICT-UT-8847102     Payment received: 07/02/2026     Amount: $75.00
Quarter covered: July - September 2026      Method: online, confirmation FICT-PMT-554019
""",
"other/plan-member-portal-printout-2026-10-28.txt": """
WASATCH KIDS CARE PLAN MEMBER PORTAL (FICTIONAL) - printed 10/28/2026
Mateo A. Vukovich   WKC-FICT-3382-0917    Status: TERMINATED 07/31/2026
Sofia Vukovich      WKC-FICT-3382-0918    Status: ACTIVE
""",
"clinical/bonneville-clinic-visit-summary-2026.txt": """
BONNEVILLE CHILD AND FAMILY CLINIC (FICTIONAL) - VISIT SUMMARY for Mateo A. Vukovich, DOB 03/19/2015
07/29/2026 intake (child psychologist): school refusal, stomach aches, worry, low mood since spring. SCARED 41,
  CDI-2 24. No suicidal thoughts (child and mother). Dx F41.1, F32.1. Plan: weekly CBT; psychiatry consult.
08/05, 08/12, 08/19, 08/26, 09/02, 09/09/2026: CBT sessions (53 min each).
08/12/2026 psychiatry (Dr. Hale): sertraline 25 mg started. 09/09/2026: sertraline 50 mg; tolerating; attending
  school 4 of 5 days.
Eligibility was verified by phone with the plan on 07/28/2026 (active).
""",
}

C03_TRUTH = r"""
# 03 - Separate CHIP (Utah): a child's therapy visits denied CO-27 "coverage terminated"; the state reinstated him; his mother appeals to the plan (FICTIONAL)

## What is true
- Mateo Vukovich, **11**, is in a **separate CHIP** plan (managed care), Wasatch Kids Care Plan. Six CBT sessions
  (90834) and two medication visits (99214), **08/05-09/09/2026**, were denied **10/08/2026** with **CO-27**: the
  plan's eligibility file showed coverage ended 07/31/2026. The notice says the services **were not reviewed for
  medical necessity**.
- The state ended his CHIP on 07/31/2026 after a mid-year income report. On **10/22/2026** (after the plan's notice)
  the state issued a **correction**: ended in error; children have **12 months of continuous eligibility**;
  reinstated **from 08/01/2026, with no gap, through 01/31/2027**; the plan was notified. The quarterly premium for
  July-September was **paid 07/02/2026**.
- Rule: a CHIP plan appeal within **60 days** of the notice (42 CFR 457.1260, applying 42 CFR 438.402(c)(2)(ii)):
  by **2026-12-07**; the plan decides within 30 days (its notice; 438.408(b)(2)). The next level is the **state's
  review** under 42 CFR 457.1130(b), not a fair hearing. Continuous eligibility for children in CHIP is federal law
  since 1 January 2024 (Consolidated Appropriations Act, 2023, sec. 5112; 42 CFR 457.342) - see README "Unsure".
- The question is eligibility only. The answer: the state, which decides eligibility, has corrected it; the plan
  should correct its file and reprocess the claim (on its merits).
- Author: his **mother** (parent of a minor; no authorization needed).

## Deliberately unknown
- Whether the plan has loaded the corrected eligibility yet (the portal printout of 10/28 still says terminated).
- Whether the provider has resubmitted the claim. The amount the family may be billed.
- Medical necessity was never reviewed; nothing in the file says it is disputed.

## Traps
- **Sofia Vukovich's line** (the sister, paid 07/14/2026) is on the same EOB: not this claim, not this member.
- **Not a medical-necessity case**: no treatment-history count, no "failed trials", no clinical reviewer or
  peer-to-peer request, no evidence paragraph. Sertraline was **started during** the care (08/12), not a prior trial.
- **Not Medicaid**: no EPSDT (42 USC 1396d(r)(5)), no state fair hearing, no continued benefits (438.420), no
  Medicaid parity (438.910).
- The **portal printout (10/28)** postdates the state's correction and still says terminated: evidence the plan's
  file is stale, not that coverage ended.
- The patient is a child: no "he was unable to work"; the parent writes about her son in the third person and as
  his mother ("my son").
- No suicidality sentence beyond "none".

## Arguments a strong letter makes (strongest first)
1. The state's notice of **10/22/2026** (after the plan's decision) says the termination was an **error** and
   reinstates Mateo's CHIP **from 08/01/2026 with no gap through 01/31/2027**, covering every date of service; ask
   the plan to correct its eligibility record and reprocess the claim.
2. Continuous eligibility: a child's CHIP cannot end mid-period for an income change; the premium for the quarter
   was paid 07/02/2026 (so the non-payment exception does not apply); eligibility was verified as active 07/28.
3. Since necessity was never reviewed, any review now is on the merits; name the next level correctly (the state's
   CHIP review) and ask for a decision within the plan's 30 days.

## What a letter must NOT say
- "Sofia", her claim number, or her visit.
- "EPSDT", "fair hearing", "438.420"/"continued benefits", "Medicaid" as the program, "ERISA", "45 CFR 147.136".
- "not medically necessary" as the plan's reason; "failed" treatments; "the patient has tried"; "unable to work".
- "coverage lapsed for non-payment"; "coverage ended" as a fact.
"""

C03 = dict(
    slug="03-chip-child-therapy-coverage-terminated-reinstated-mother",
    yaml=C03_YAML, docs=C03_DOCS, truth=C03_TRUTH,
    expect=[
        ("denial/explanation-of-benefits-2026-10-08.txt", "These services were not reviewed for medical necessity"),
        ("denial/explanation-of-benefits-2026-10-08.txt", "within 60 days of the date of this notice"),
        ("denial/explanation-of-benefits-2026-10-08.txt", "Sofia Vukovich"),
        ("other/state-chip-reinstatement-notice-2026-10-22.txt", "reinstated effective 08/01/2026, with no gap, through 01/31/2027"),
        ("other/state-chip-reinstatement-notice-2026-10-22.txt", "12 months of continuous"),
        ("other/chip-premium-receipt-2026-07-02.txt", "Payment received: 07/02/2026"),
        ("other/plan-member-portal-printout-2026-10-28.txt", "TERMINATED 07/31/2026"),
        ("clinical/bonneville-clinic-visit-summary-2026.txt", "sertraline 25 mg started"),
    ],
)
CASES_A.append(C03)

C04_YAML = r"""
# FICTIONAL CASE (set 20b, case 04) - every person, plan, number and address is invented.
# Medicare Part D PDP: a tiering exception for Trintellix (vortioxetine, tier 4) denied because "no supporting
# statement was received" and "records show trials of sertraline and citalopram only". The psychiatric nurse
# practitioner who prescribes it asks for a redetermination.
patient:
  name: Augusta Venn Halloran
  salutation: Ms. Halloran
  date_of_birth: May 2, 1954
  member_id: SRX-FICT-9920417-01
  address: |-
    14 Ferncliff Terrace
    Calder Falls, OR 97391
  phone: (541) 555-0120
insurer:
  name: Silverline Rx Essential (PDP) (FICTIONAL)
  appeals_address: |-
    Silverline Rx, Part D Redeterminations
    PO Box 88310
    Harwick, OR 97230
  fax: (503) 555-0177
claim:
  number: CD-2026-1102-770315
  plan_type: medicare_part_d
  notice_date: November 2, 2026
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Your request for a tiering exception for Trintellix 20 mg tablets was denied. A tiering exception requires a
    statement from your prescriber that the preferred drugs on a lower tier for your condition would not be as
    effective for you or would cause adverse effects. No supporting statement was received from your prescriber.
    Our records show trials of sertraline and citalopram only. Trintellix remains covered on Tier 4
    (Non-Preferred Drug).
  denial_category: other
  action: none
plan_policy:
  name: Silverline Rx 2026 Evidence of Coverage, Chapter 9, section 6.2 (tiering exceptions)
  quote: >-
    You can ask us to make an exception to the cost-sharing level (tier) of a drug: if your drug is on Tier 4, you
    can ask us to cover it at the cost-sharing amount that applies to drugs in Tier 3 or lower that treat your
    condition. Your prescriber must give us a statement that explains the medical reasons for the exception. We
    will approve a tiering exception when the statement shows that the lower-tier drugs for your condition would
    not be as effective for you, or would have adverse effects for you, or both. Drugs on Tier 5 (Specialty) are
    not eligible for this type of exception.
  file: other/evidence-of-coverage-2026-chapter-9-excerpt.txt
prescriber_statement:
  date: 2026-10-26
  quote: >-
    Ms. Halloran has taken or cannot take the lower-tier antidepressants for her condition: sertraline (no response
    at 100 mg for 12 weeks), citalopram (stopped for QTc prolongation, 482 ms, after only a partial response),
    duloxetine (stopped for blood pressure rise to 168/94 and urinary retention), mirtazapine (stopped after
    3 weeks for sedation and a fall), and bupropion (contraindicated: seizure disorder on levetiracetam).
    Escitalopram carries the same QT concern as citalopram and venlafaxine the same blood-pressure concern as
    duloxetine. The lower-tier drugs would be less effective or would have adverse effects for her.
  file: other/prescriber-supporting-statement-2026-10-26.txt
treatment:
  name: Trintellix (vortioxetine) 20 mg tablets
  summary: Vortioxetine, the one antidepressant she has tolerated with a response, continued at 20 mg daily.
author:
  name: Joaquin Elder-Tan
  role: Psychiatric mental health nurse practitioner (PMHNP-BC), prescriber
  relation: prescriber
  address: |-
    Calder Falls Behavioral Health, 88 Millrace Street
    Calder Falls, OR 97391
  phone: (541) 555-0158
  email: jeldertan@calderfallsbh.example
provider:
  name: Joaquin Elder-Tan
  credentials: PMHNP-BC
  npi: "1760293849"
  phone: (541) 555-0158
  address: |-
    Calder Falls Behavioral Health, 88 Millrace Street
    Calder Falls, OR 97391
clinical:
  episode_onset: May 2024
  severity: PHQ-9 11 on October 20, 2026 (20 in May 2025, before vortioxetine)
  severity_date: 2026-10-20
  suicidality: none
  suicidality_date: 2026-10-20
  history:
    - drug: Sertraline
      dose: 50 mg, then 100 mg daily
      start: 2024-06
      end: 2024-09
      outcome: No response after 12 weeks; stopped
      response: none
      adequate: true
      failed: true
      evidence: {file: clinical/calder-falls-bh-notes-2024-2026.txt, page: 1}
    - drug: Citalopram
      dose: 20 mg daily (maximum over age 60)
      start: 2024-10
      end: 2025-01
      outcome: Partial response only; stopped for QTc prolongation (482 ms)
      response: partial
      adequate: true
      failed: true
      evidence: {file: clinical/calder-falls-bh-notes-2024-2026.txt, page: 1}
    - drug: Duloxetine
      dose: 30 mg, then 60 mg daily
      start: 2025-02
      end: 2025-04
      outcome: Stopped after about 7 weeks for blood pressure rise (168/94) and urinary retention
      adequate: false
      evidence: {file: clinical/calder-falls-bh-notes-2024-2026.txt, page: 1}
    - drug: Mirtazapine
      dose: 15 mg at bedtime
      start: 2025-04
      end: 2025-05
      outcome: Stopped after 3 weeks for daytime sedation and a fall
      adequate: false
      evidence: {file: clinical/calder-falls-bh-notes-2024-2026.txt, page: 1}
    - drug: Vortioxetine
      dose: 10 mg (office samples for 4 weeks), then 20 mg daily from September 2025
      start: 2025-06
      ongoing: true
      outcome: Partial response (PHQ-9 20 to 11); tolerated; continued
      response: partial
      evidence: {file: clinical/calder-falls-bh-notes-2024-2026.txt, page: 1}
    - drug: Trazodone
      kind: other
      dose: 50 mg at bedtime, for sleep
      start: 2024-06
      end: 2024-11
      outcome: Sleep dose only
      evidence: {file: clinical/calder-falls-bh-notes-2024-2026.txt, page: 1}
alternatives:
  - treatment: bupropion (Tier 1)
    why_not: Contraindicated by her seizure disorder (on levetiracetam since a seizure in 2019).
  - treatment: escitalopram (Tier 1)
    why_not: The same QT prolongation risk that stopped citalopram (QTc 482 ms).
  - treatment: venlafaxine (Tier 2)
    why_not: The same blood-pressure effect that stopped duloxetine (168/94).
bates_prefix: HALLORAN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

C04_DOCS = {
"denial/notice-of-denial-of-medicare-prescription-drug-coverage-2026-11-02.txt": """
SILVERLINE RX ESSENTIAL (PDP) (FICTIONAL)
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE        Date: November 2, 2026
Enrollee: Augusta V. Halloran    Member ID: SRX-FICT-9920417-01    Reference: CD-2026-1102-770315
Prescriber: Joaquin Elder-Tan, PMHNP-BC     Request received: 10/27/2026 (online form)

We denied your request for: a tiering exception for Trintellix 20 mg tablets, #30 per 30 days.
Why: Your request for a tiering exception for Trintellix 20 mg tablets was denied. A tiering exception requires a
statement from your prescriber that the preferred drugs on a lower tier for your condition would not be as
effective for you or would cause adverse effects. No supporting statement was received from your prescriber.
Our records show trials of sertraline and citalopram only. Trintellix remains covered on Tier 4 (Non-Preferred
Drug).

You have the right to ask us for a redetermination (appeal). You must ask within 65 days from the date of this
notice. Your prescriber can ask for you. Standard appeal: we will decide within 7 days. Fast appeal: within 72
hours if your health could be seriously harmed by waiting. If we say no, you can ask for a review by an
Independent Review Entity.
""",
"other/evidence-of-coverage-2026-chapter-9-excerpt.txt": """
SILVERLINE RX ESSENTIAL (PDP) (FICTIONAL) - 2026 EVIDENCE OF COVERAGE, CHAPTER 9, SECTION 6.2 (EXCERPT)
You can ask us to make an exception to the cost-sharing level (tier) of a drug: if your drug is on Tier 4, you can
ask us to cover it at the cost-sharing amount that applies to drugs in Tier 3 or lower that treat your condition.
Your prescriber must give us a statement that explains the medical reasons for the exception. We will approve a
tiering exception when the statement shows that the lower-tier drugs for your condition would not be as effective
for you, or would have adverse effects for you, or both. Drugs on Tier 5 (Specialty) are not eligible for this type
of exception.
2026 drug list (antidepressants): Tier 1: bupropion, citalopram, escitalopram, mirtazapine, sertraline, trazodone.
Tier 2: duloxetine, venlafaxine. Tier 4: Trintellix (vortioxetine). Tier 4 cost sharing: 40% coinsurance.
""",
"other/prescriber-supporting-statement-2026-10-26.txt": """
CALDER FALLS BEHAVIORAL HEALTH (FICTIONAL) - PRESCRIBER SUPPORTING STATEMENT, TIERING EXCEPTION
Date: 10/26/2026     Enrollee: Augusta V. Halloran     Drug: Trintellix (vortioxetine) 20 mg daily
Ms. Halloran has taken or cannot take the lower-tier antidepressants for her condition: sertraline (no response at
100 mg for 12 weeks), citalopram (stopped for QTc prolongation, 482 ms, after only a partial response), duloxetine
(stopped for blood pressure rise to 168/94 and urinary retention), mirtazapine (stopped after 3 weeks for sedation
and a fall), and bupropion (contraindicated: seizure disorder on levetiracetam). Escitalopram carries the same QT
concern as citalopram and venlafaxine the same blood-pressure concern as duloxetine. The lower-tier drugs would be
less effective or would have adverse effects for her.
Joaquin Elder-Tan, PMHNP-BC, NPI 1760293849
Uploaded with the online request 10/27/2026; portal upload log shows "attachment failed - file type". Faxed to
(503) 555-0177 on 11/04/2026 (confirmation in chart).
""",
"clinical/calder-falls-bh-notes-2024-2026.txt": """
CALDER FALLS BEHAVIORAL HEALTH (FICTIONAL) - J. Elder-Tan, PMHNP-BC - Halloran, Augusta V., DOB 05/02/1954
PMH: focal seizure 2019, on levetiracetam 500 mg bid (neurology). Hypertension (amlodipine). Prior depressive
episode 2012 treated by PCP ("some antidepressant", name unknown, "maybe helped").
Current episode since May 2024:
 - 06/2024 sertraline 50 -> 100 mg; trazodone 50 mg qhs for sleep. 09/2024: no response at 12 weeks. Stopped.
 - 10/2024 citalopram 20 mg (max >60 y). 01/2025: partial response; ECG QTc 482 ms -> stopped.
 - 02/2025 duloxetine 30 -> 60 mg. 04/2025: BP 168/94, urinary retention (urology visit). Stopped ~7 wks.
 - 04/2025 mirtazapine 15 mg. 05/2025: daytime sedation, fall at home 05/09. Stopped after 3 weeks.
 - Bupropion: contraindicated (seizure disorder). Escitalopram: QT concern. Venlafaxine: BP concern.
 - 06/2025 vortioxetine 10 mg (office samples, 4 weeks), then via Part D; 20 mg from 09/2025. PHQ-9 20 (05/2025)
   -> 11 (10/20/2026). Partial response, tolerated. Continue. She reports skipping doses in 2026 because of the 40%
   coinsurance.
10/20/2026: PHQ-9 11. Denies SI. Plan: continue vortioxetine 20 mg; tiering exception request.
""",
}

C04_TRUTH = r"""
# 04 - Part D: a tiering exception for vortioxetine denied ("no supporting statement"); the prescribing nurse practitioner asks for a redetermination (FICTIONAL)

## What is true
- Augusta Halloran, 72, stand-alone **Part D PDP**. **Trintellix (vortioxetine) 20 mg** is **on the formulary at
  Tier 4** (40% coinsurance). The prescriber asked for a **tiering exception** (Tier 4 at Tier 3-or-lower cost
  sharing). Denied **11/02/2026**: "No supporting statement was received from your prescriber. Our records show
  trials of sertraline and citalopram only."
- The supporting statement was written **10/26/2026**; its upload **failed** ("attachment failed - file type") and
  it was **faxed on 11/04/2026**. It is enclosed now.
- Rule: **42 CFR 423.578(a)** (tiering exceptions: the plan must grant one when the prescriber's supporting statement
  shows the lower-tier drugs for the condition would not be as effective and/or would have adverse effects); the
  plan's own EOC chapter 9, 6.2 says the same. Redetermination within **65 days of the notice date** (42 CFR
  423.582(b)): by **2027-01-06**; a **prescriber may ask without being appointed** (423.580); standard decision
  **within 7 days** (423.590(a)); next, the IRE (423.600). Not Tier 5, so eligible.
- Lower-tier drugs and why not: sertraline (12 wks 100 mg, no response), citalopram 20 mg (partial, stopped for QTc
  482), duloxetine (~7 wks, BP 168/94 and urinary retention), mirtazapine (3 wks, sedation and a fall), bupropion
  (contraindicated: seizure disorder), escitalopram (QT), venlafaxine (BP). Trazodone 50 mg was a sleep dose.
- Vortioxetine: 4 weeks of office **samples** (a trial paid outside the plan), then Part D; 20 mg since 09/2025,
  **still taken**, partial response (PHQ-9 20 -> 11). She skips doses over cost.
- Author: a **PMHNP** (prescriber, not a physician). Suicidality: none.

## Deliberately unknown
- The antidepressant of the 2012 episode ("name unknown, maybe helped"): unknown; not a trial, not a response.
- Whether the plan received the 11/04 fax.
- Whether a fast (72-hour) redetermination is justified: nothing in the file says waiting would seriously harm her.

## Traps
- **Not a formulary exception and not "not covered"**: Trintellix is on the drug list (Tier 4). A letter must not say
  "not on the formulary", "non-formulary" or ask for a formulary exception.
- **Vortioxetine is still taken** with only partial response: never "failed"; it is the drug requested.
- Duloxetine and mirtazapine were **stopped for adverse effects before an adequate trial**: adverse effects, not
  failures of adequate trials. "Five failed antidepressants" is false (two adequate failed: sertraline, citalopram).
- **Trazodone 50 mg** is a sleep dose, not an antidepressant trial.
- **Prescriber voice**: "I write as Ms. Halloran's treating nurse practitioner"; never "Dr." or "physician".
- Medicare: no ERISA, no parity/MHPAEA, no state external review, no "60 days after receipt" (65 from the notice).

## Arguments a strong letter makes (strongest first)
1. The denial rests on a missing supporting statement: it exists (10/26/2026), its upload failed, it was faxed
   11/04/2026, and it is enclosed; it says exactly what 42 CFR 423.578(a) and the plan's EOC 6.2 require.
2. Row by row, each lower-tier drug is either tried and ineffective (sertraline; citalopram partial then QTc) or
   harmful for her (duloxetine, mirtazapine, bupropion contraindicated, escitalopram and venlafaxine by the same
   risks): the plan's "sertraline and citalopram only" is incomplete.
3. Vortioxetine is the one tolerated drug with a response (partial, continuing); cost is causing missed doses; ask
   for approval at the Tier 3 (or lower applicable) cost sharing within 7 days.

## What a letter must NOT say
- "non-formulary", "not on the drug list", "formulary exception"; "not covered".
- "vortioxetine failed", "stopped vortioxetine"; "five (or four) failed antidepressant trials"; "trazodone" as a trial.
- "Dr. Elder-Tan", "physician", "MD".
- "ERISA", "MHPAEA"/"parity", "29 CFR 2560.503-1", "external review", "60 days".
"""

C04 = dict(
    slug="04-part-d-vortioxetine-tiering-exception-redetermination-nurse-practitioner",
    yaml=C04_YAML, docs=C04_DOCS, truth=C04_TRUTH,
    expect=[
        ("denial/notice-of-denial-of-medicare-prescription-drug-coverage-2026-11-02.txt", "No supporting statement was received from your prescriber"),
        ("denial/notice-of-denial-of-medicare-prescription-drug-coverage-2026-11-02.txt", "within 65 days from the date of this notice"),
        ("denial/notice-of-denial-of-medicare-prescription-drug-coverage-2026-11-02.txt", "Trintellix remains covered on Tier 4"),
        ("other/prescriber-supporting-statement-2026-10-26.txt", "attachment failed - file type"),
        ("other/prescriber-supporting-statement-2026-10-26.txt", "Faxed to (503) 555-0177 on 11/04/2026"),
        ("other/evidence-of-coverage-2026-chapter-9-excerpt.txt", "Tier 4: Trintellix (vortioxetine)"),
        ("clinical/calder-falls-bh-notes-2024-2026.txt", "QTc 482 ms"),
        ("clinical/calder-falls-bh-notes-2024-2026.txt", "office samples, 4 weeks"),
        ("clinical/calder-falls-bh-notes-2024-2026.txt", "name unknown"),
        ("clinical/calder-falls-bh-notes-2024-2026.txt", "trazodone 50 mg qhs for sleep"),
    ],
)
CASES_A.append(C04)
