"""Cases 05-08 of letter-review set 9 - ALL FICTIONAL (people, plans, clinics, numbers, cities)."""

# ---------------------------------------------------------------------------------------------
C05_YAML = r'''
# FICTIONAL CASE (set 9, case 05) - every person, plan, number and address is invented.
# Dual-eligible (Medicare + Medicaid) fully integrated D-SNP (FIDE SNP): an inpatient admission for an ECT course
# denied before care as "treatable at a lower level of care (outpatient ECT)" under MCG; the treating psychiatrist
# asks for an EXPEDITED integrated reconsideration. The patient cannot eat: urgent. `claim.integrated: true`
# (added after the set was written, when appeal-kit learned the integrated appeal).
patient:
  name: Dolores Achterberg-Nwosu
  salutation: Mrs. Achterberg-Nwosu
  date_of_birth: September 14, 1958
  member_id: RBU-FICT-H3340-118260
  address: |-
    15 Heron Wharf Road
    Linden Marsh, NJ 08215
  phone: (609) 555-0124
insurer:
  name: RiverBend Unity Dual Complete (HMO D-SNP) (FICTIONAL)
  appeals_address: |-
    RiverBend Unity, Integrated Appeals Unit
    PO Box 5560
    Bayford Crossing, NJ 08618
  fax: (609) 555-0135
claim:
  number: IOD-2026-1202-3318
  plan_type: medicare_advantage
  integrated: true
  state: NJ
  notice_date: December 2, 2026
  procedure_codes: [90870]
  diagnosis_codes: [F33.3, R63.4]
  denial_reason: >-
    Inpatient psychiatric admission for electroconvulsive therapy (ECT) is denied as not medically necessary.
    Based on MCG Behavioral Health Care guideline "Major Depressive Disorder: Inpatient Care", the member does
    not meet criteria for inpatient admission: she is not at imminent risk of harm to self or others and is able
    to maintain basic self-care with family support. ECT can be provided at a lower level of care (outpatient
    ECT).
  denial_category: medical_necessity
  action: none
  appeal_deadline: January 31, 2027
  deadline_basis: >-
    Stated in the notice: "You can ask us for an integrated appeal (reconsideration) within 60 calendar days of
    the date of this notice."
  reviewer: {name: "Lorraine Farrow, MD", specialty: Family Medicine}
  pending_services: 12
template: expedited-appeal
prior_auth:
  requested_on: 2026-11-28
plan_policy:
  name: 'MCG Behavioral Health Care guideline "Major Depressive Disorder: Inpatient Care" (as applied by RiverBend Unity)'
  quote: >-
    the member does not meet criteria for inpatient admission: she is not at imminent risk of harm to self or
    others and is able to maintain basic self-care with family support.
payer_criteria:
  - criterion: Unable to maintain basic self-care, including nutrition and hydration, at a lower level of care
    how_met: >-
      Weight 61 kg in October to 52 kg on November 27, 2026; intake under 800 kcal a day; sodium 131 mmol/L;
      orthostatic; she refuses food because of a nihilistic delusion ("my insides are rotting"). Her daughter, her
      only caregiver, works nights.
    met: true
    evidence: {file: clinical/ed-and-psychiatry-notes-2026-11.txt, page: 1}
  - criterion: Risk of harm to self
    how_met: >-
      No suicidal ideation (C-SSRS negative, November 27, 2026); the risk is of harm through starvation and
      dehydration from psychotic food refusal.
    met: true
    evidence: {file: clinical/labs-2026-11-27.txt, page: 1}
  - criterion: Needs 24-hour medical and nursing care that a lower level of care cannot give
    how_met: >-
      Daily weights, intake monitoring, electrolyte correction and IV fluids, and anesthesia for ECT three times
      a week in a malnourished, orthostatic 68-year-old.
    met: true
    evidence: {file: clinical/ed-and-psychiatry-notes-2026-11.txt, page: 1}
alternatives:
  - treatment: Outpatient ECT
    why_not: >-
      She cannot keep up food or fluids at home and needs daily medical monitoring; the nearest outpatient ECT
      service is 58 miles away, and no one can stay with her for 24 hours after each anesthesia because her
      daughter works nights.
urgency:
  reason: >-
    Psychotic depression with food refusal: 9 kg weight loss in six weeks, intake under 800 kcal a day, sodium
    131 mmol/L and orthostatic hypotension; waiting the standard time risks dehydration, delirium and death.
  certified_by: Marcus Tellefsen, MD, attending psychiatrist
treatment:
  name: Inpatient electroconvulsive therapy (ECT)
  summary: >-
    Admission for an acute course of ECT (about 12 treatments, three a week) with nutritional and medical
    stabilization, the treatment that brought her to remission in 2021.
  setting: Saltmeadow Regional Behavioral Health Center, inpatient psychiatric unit and ECT service (FICTIONAL)
  plan: right unilateral ultrabrief ECT three times a week, about 12 treatments; daily weights and intake; reassess after 6
author:
  name: Marcus Tellefsen
  role: Attending psychiatrist, ECT service, treating physician
  relation: physician
provider:
  name: Marcus Tellefsen
  credentials: MD, psychiatrist
  npi: "1730155995"
  phone: (609) 555-0158
  address: |-
    Saltmeadow Regional Behavioral Health Center, 200 Tidewater Avenue
    Linden Marsh, NJ 08215
clinical:
  episode_onset: October 2025
  severity: MADRS 42 on November 27, 2026; weight 52 kg (61 kg in October 2026); sodium 131 mmol/L
  severity_date: 2026-11-27
  suicidality: none
  suicidality_date: 2026-11-27
  history:
    - drug: ECT (2021 episode)
      kind: neuromodulation
      dose: 10 inpatient treatments, right unilateral
      sessions: 10
      adequate: true
      start: 2021-03
      end: 2021-04
      outcome: Remission in the 2021 episode
      response: remission
      evidence: {file: clinical/ect-discharge-summary-2021-04.txt, page: 1}
    - drug: Sertraline (maintenance after 2021 ECT)
      dose: 150 mg daily
      start: 2021-06
      end: 2025-11
      outcome: Kept well until October 2025, then relapse while taking it
      response: lost
      evidence: {file: clinical/ed-and-psychiatry-notes-2026-11.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 150 to 225 mg daily
      start: 2025-11-10
      end: 2026-01-26
      outcome: No response after 11 weeks
      response: none
      evidence: {file: clinical/ed-and-psychiatry-notes-2026-11.txt, page: 1}
    - drug: Olanzapine (added for psychotic features)
      kind: augmentation
      dose: 10 mg daily
      start: 2026-01
      ongoing: true
      outcome: Partial effect on agitation only; delusions persist; continued
      response: partial
      evidence: {file: clinical/ed-and-psychiatry-notes-2026-11.txt, page: 1}
    - drug: Nortriptyline
      dose: 75 mg daily (level 98 ng/mL)
      start: 2026-02-09
      end: 2026-10-19
      outcome: No response at a therapeutic level
      response: none
      evidence: {file: clinical/ed-and-psychiatry-notes-2026-11.txt, page: 1}
    - drug: Mirtazapine (for sleep and appetite)
      kind: other
      dose: 15 mg at bedtime
      start: 2026-10
      ongoing: true
      outcome: Low bedtime dose for sleep and appetite; not an antidepressant trial
      adequate: false
bates_prefix: ACHTERBERGNWOSU
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

C05_DOCS = {
"denial/integrated-denial-notice-2026-12-02.txt": r'''
RiverBend Unity Dual Complete (HMO D-SNP) (FICTIONAL) - Medicare and Medicaid in one plan
INTEGRATED DENIAL NOTICE (model wording adapted for a test set; FICTIONAL)

Date: December 2, 2026
Member: Dolores Achterberg-Nwosu      Member ID: RBU-FICT-H3340-118260      Reference: IOD-2026-1202-3318
Request received: 11/30/2026 from Saltmeadow Regional Behavioral Health Center (Marcus Tellefsen, MD)
Service: inpatient psychiatric admission for electroconvulsive therapy (90870), about 12 treatments

What we decided: DENIED.
Why: Inpatient psychiatric admission for electroconvulsive therapy (ECT) is denied as not medically necessary.
Based on MCG Behavioral Health Care guideline "Major Depressive Disorder: Inpatient Care", the member does not
meet criteria for inpatient admission: she is not at imminent risk of harm to self or others and is able to
maintain basic self-care with family support. ECT can be provided at a lower level of care (outpatient ECT).
Reviewed by: Lorraine Farrow, MD (Family Medicine).

Your appeal rights. You can ask us for an integrated appeal (reconsideration) within 60 calendar days of the
date of this notice. Your doctor can ask for you.
Fast appeal: if you or your doctor believe waiting could seriously harm your health, ask for a fast appeal. If
your doctor tells us this, we will give you a fast appeal and decide within 72 hours.
Standard appeal (before the service): we will decide within 30 calendar days.
If we say no: for services Medicare covers, we will send your case to an Independent Review Entity
automatically. For services Medicaid covers, you may also ask for a State Fair Hearing within 120 calendar days
of our appeal decision.
Appeals: RiverBend Unity, Integrated Appeals Unit, PO Box 5560, Bayford Crossing, NJ 08618. Fax (609) 555-0135.
Fast appeals by phone: 1-800-555-0136 (24 hours).
''',
"clinical/ed-and-psychiatry-notes-2026-11.txt": r'''
SALTMEADOW REGIONAL BEHAVIORAL HEALTH CENTER (FICTIONAL)
Achterberg-Nwosu, Dolores   DOB 09/14/1958   Attending: Marcus Tellefsen, MD

History: recurrent MDD with psychotic features. 2021 episode: remission after 10 inpatient RUL ECT (Mar-Apr 2021),
then sertraline 150 mg maintenance 06/2021 - 11/2025. Relapse October 2025 while on sertraline.
Current episode since October 2025: venlafaxine XR 150-225 mg 11/10/2025-01/26/2026, no response.
Olanzapine 10 mg added January 2026 for psychotic features: partial (agitation), delusions persist; continue.
Nortriptyline 75 mg 02/09/2026-10/19/2026, level 98 ng/mL: no response.
Mirtazapine 15 mg qhs since October 2026 for sleep/appetite (not an antidepressant trial).

11/27/2026 ED visit (brought by daughter): MADRS 42. Nihilistic delusion: "my insides are rotting, food
goes nowhere". Eating < 800 kcal/day for 3 weeks, drinking little. Weight 52 kg (61 kg on 10/15/2026).
Orthostatic: BP 118/70 lying, 92/60 standing. Denies suicidal ideation, no death wish, C-SSRS negative.
Lives with daughter, who works nights (7 pm - 7 am). Nearest outpatient ECT service: 58 miles.
ED: IV fluids 1 L; admission requested but no bed authorized; discharged home with daughter 11/28/2026 02:10.
Plan: inpatient admission for ECT (RUL ultrabrief, 3/week, ~12), daily weights, intake, electrolytes.
Authorization request faxed 11/28/2026 (see fax report). 12/03/2026: plan's denial received; expedited appeal.
''',
"clinical/labs-2026-11-27.txt": r'''
SALTMEADOW REGIONAL - LABORATORY (FICTIONAL)   Achterberg-Nwosu, Dolores   Collected 11/27/2026 21:40
Sodium 131 mmol/L (L)   Potassium 3.3 mmol/L (L)   BUN 31 mg/dL (H)   Creatinine 1.1 mg/dL
Albumin 3.0 g/dL (L)    Glucose 74 mg/dL           TSH 2.1 mIU/L
''',
"clinical/ect-discharge-summary-2021-04.txt": r'''
SALTMEADOW REGIONAL - DISCHARGE SUMMARY (FICTIONAL)   Achterberg-Nwosu, Dolores
Admitted 03/08/2021, discharged 04/16/2021. MDD, recurrent, severe with psychotic features (nihilistic, food
refusal). 10 right unilateral ECT treatments. Outcome: remission (MADRS 44 -> 6); eating normally, weight
regained 5 kg. Discharged on sertraline 100 mg, later 150 mg.
''',
"other/hospital-fax-report-2026-11-28.txt": r'''
FAX TRANSMISSION REPORT (FICTIONAL)
Date/Time: 11/28/2026 09:14   To: 609-555-0130 (RiverBend Unity Utilization Management)   Pages: 11   Result: OK
Cover: Request for authorization - inpatient admission for ECT, member RBU-FICT-H3340-118260, Dolores
Achterberg-Nwosu. Clinical notes and labs attached. (No box for an expedited decision is checked.)
''',
}

C05_TRUTH = r'''
# 05 - Dual-eligible integrated plan (FIDE SNP): inpatient ECT denied as "lower level of care"; the psychiatrist asks for an expedited integrated appeal (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Dolores Achterberg-Nwosu, 68, has Medicare and Medicaid through one **fully integrated dual-eligible SNP**.
  On **2026-12-02** the plan denied, before care, an **inpatient admission for an ECT course**. The reason
  (MCG): she "is able to maintain basic self-care with family support" and ECT can be given **outpatient**.
  The reviewer was a **family physician**.
- The record: psychotic depression with **food refusal** from a nihilistic delusion. Weight 61 kg to 52 kg, intake
  under 800 kcal a day, Na 131, K 3.3, albumin 3.0, orthostatic. **No suicidal ideation** (C-SSRS negative). The
  daughter, her only caregiver, works nights. Outpatient ECT is 58 miles away.
- **ECT worked before**: 10 inpatient treatments in 2021 brought remission (MADRS 44 to 6) from the same
  presentation. In the current episode (since October 2025) venlafaxine XR failed (11 weeks), nortriptyline
  failed at a therapeutic level, and olanzapine was only partial (continuing). Sertraline maintenance kept her
  well from 2021 until the October 2025 relapse.
- Appeal route: the plan's **integrated reconsideration**, which covers the Medicare and Medicaid sides at
  once. The unified appeal rules for applicable integrated plans are 42 CFR 422.629-422.634, cited at section
  level: check the paragraphs before citing one. The request is due within 60 days of the notice (the notice says so): **2027-01-31**. The general MA window of
  65 days (422.582(b)) is not the one this notice gives. A physician
  may ask on her behalf without an appointment form. When the physician says waiting could seriously harm her,
  the plan must expedite and decide within **72 hours** (the notice says so). An adverse decision on the Medicare
  side goes to the IRE automatically; on the Medicaid side she may ask for a State Fair Hearing (120 days, per
  the notice).
- MCG is a commercial criteria product, not Medicare's own rule. Medicare's inpatient psychiatric coverage rules
  (Medicare Benefit Policy Manual, chapter 2) set the standard where they are fully established. A plan may use
  internal criteria only under 42 CFR 422.101(b)(6).
- The author is the treating psychiatrist, who writes about the patient and certifies urgency.

## Deliberately unknown
- When the plan received the request. The notice says 11/30/2026 and the fax report says 11/28/2026 09:14,
  "Result: OK". The letter may say it was faxed on 11/28. It must not say the plan got it on 11/30, and it must
  not say the plan missed a deadline: the fax cover asked for no expedited decision ("No box for an expedited
  decision is checked"), so the standard clock applied to the request.
- Whether she will be admitted anyway through the ED before the decision. Nothing is scheduled.
- The exact MCG criteria text. It is proprietary and not in the case; the letter should ask for it.

## Traps
- **Lower level of care.** The question is the level. The letter must answer why outpatient ECT will not do
  (nutrition, monitoring, distance, no 24-hour escort after anesthesia). Leading with a count of failed drug
  trials does not answer it, and the letter must not say "less intensive treatment failed" as the point.
- **No suicidal ideation.** "Denies suicidal ideation, no death wish, C-SSRS negative." The danger is
  starvation and dehydration. A letter must not invent SI or "suicide risk".
- **Earlier episode.** ECT 2021 is a **remission**: the treatment worked before. It is not a failed trial.
  Sertraline was maintenance and then relapse.
- **Mirtazapine 15 mg** is for sleep and appetite. It is not an antidepressant trial.
- **Olanzapine** is ongoing, given for the psychotic features. It is not an antidepressant.
- **Dates.** The request was faxed 11/28 (the notice says 11/30). The ED visit was 11/27. The ED discharge was
  11/28 02:10.
- **Not Medicaid managed care alone.** Do not cite 42 CFR 438.410, 438.420 or the 438.408(f) 120-day rule as the
  governing appeal rule, and do not ask for continued benefits: this is a new admission (`action: none`). It is
  not ERISA, there is no state external review, and there is no parity argument under MHPAEA.
- Do not call the plan an ordinary Medicare Advantage HMO whose Medicaid side must be appealed separately. The
  notice describes one integrated appeal.

## Arguments a strong letter makes
1. Expedite. The treating physician certifies that waiting risks serious harm: 9 kg lost in six weeks, intake
   under 800 kcal a day, Na 131, orthostasis. The plan must decide within 72 hours.
2. A lower level of care cannot work. She cannot keep up nutrition or hydration at home ("basic self-care with
   family support" is contradicted by the record: her caregiver works nights). Post-anesthesia care three times
   a week is 58 miles away. She needs daily medical monitoring. The danger is to herself, through food refusal,
   not through suicidal ideation.
3. ECT brought remission in 2021 from the same presentation, and venlafaxine, nortriptyline (therapeutic level)
   and olanzapine have not worked in this episode. MCG is not Medicare's rule (422.101(b)(6)): ask for the
   criteria applied and for a psychiatrist reviewer.

## What a letter must NOT say
- "suicidal", "suicide risk", "ECT failed", "mirtazapine trial", "olanzapine failed as an antidepressant".
- "received on November 30" as the date it was sent; "the plan missed its deadline".
- "42 CFR 438.420", "continue benefits during the appeal", "ERISA", "MHPAEA", "state external review".
- "the plan named no criteria": it named MCG.
'''

C05_CHECKS = [
    ("denial/integrated-denial-notice-2026-12-02.txt", "is able to maintain basic self-care with family support"),
    ("denial/integrated-denial-notice-2026-12-02.txt", "ECT can be provided at a lower level of care (outpatient ECT)"),
    ("denial/integrated-denial-notice-2026-12-02.txt", "Request received: 11/30/2026"),
    ("denial/integrated-denial-notice-2026-12-02.txt", "decide within 72 hours"),
    ("denial/integrated-denial-notice-2026-12-02.txt", "within 60 calendar days of the date of this notice"),
    ("denial/integrated-denial-notice-2026-12-02.txt", "Your doctor can ask for you."),
    ("denial/integrated-denial-notice-2026-12-02.txt", "Lorraine Farrow, MD (Family Medicine)"),
    ("other/hospital-fax-report-2026-11-28.txt", "Date/Time: 11/28/2026 09:14"),
    ("other/hospital-fax-report-2026-11-28.txt", "No box for an expedited decision is checked."),
    ("clinical/ed-and-psychiatry-notes-2026-11.txt", "Denies suicidal ideation, no death wish, C-SSRS negative."),
    ("clinical/ed-and-psychiatry-notes-2026-11.txt", "Weight 52 kg (61 kg on 10/15/2026)"),
    ("clinical/ed-and-psychiatry-notes-2026-11.txt", "Nearest outpatient ECT service: 58 miles."),
    ("clinical/ed-and-psychiatry-notes-2026-11.txt", "daughter, who works nights"),
    ("clinical/ed-and-psychiatry-notes-2026-11.txt", "(not an antidepressant trial)"),
    ("clinical/labs-2026-11-27.txt", "Sodium 131 mmol/L (L)"),
    ("clinical/ect-discharge-summary-2021-04.txt", "Outcome: remission (MADRS 44 -> 6)"),
]

# ---------------------------------------------------------------------------------------------
C06_YAML = r'''
# FICTIONAL CASE (set 9, case 06) - every person, plan, number and address is invented.
# Self-funded employer plan: a RETROACTIVE denial (post-payment recoupment) of seven months of paid Spravato
# maintenance claims, "no prior authorization on file for the rendering provider", although the plan approved the
# treatment for the clinic; two dates fall between the approval and its renewal. The clinic's revenue-cycle
# manager appeals as the member's authorized representative.
patient:
  name: Curtis Oyelaran-Pike
  salutation: Mr. Oyelaran-Pike
  date_of_birth: May 22, 1980
  member_id: SCH-FICT-HLV-88127-01
  address: |-
    930 Sawgrass Bend
    Tallow Springs, GA 30529
insurer:
  name: Halvard Logistics Group Health Plan, administered by Summit Crest Health Solutions (FICTIONAL)
  appeals_address: |-
    Summit Crest Health Solutions, Member and Provider Appeals
    PO Box 31442
    Marlowe Station, GA 30348
  fax: (404) 555-0127
claim:
  number: SCH-PPR-2026-11-40392
  plan_type: employer_erisa
  funding: self_funded
  notice_date: November 16, 2026
  service_dates: [2026-04-02, 2026-10-08]
  sessions: 40
  procedure_codes: [J0013, 99415, 99416]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Post-payment review: claims for esketamine (J0013) and prolonged clinical staff services (99415, 99416) with
    dates of service 04/02/2026 through 10/08/2026 were paid in error. No prior authorization was on file for
    the rendering provider, Jonah Feld, MD. The payments are reversed (CARC 197) and the overpayment of
    $48,256.00 will be recovered from Bellwether Psychiatric Associates.
  denial_category: prior_authorization
  action: none
prior_auth:
  approved:
    number: PA-ESK-2026-04417
    date: 2026-03-27
    covers: >-
      esketamine nasal spray (J0013) up to 84 mg per treatment with observation (99415, 99416), up to two
      treatments a week, April 1 to September 30, 2026, at most 40 treatments, for services of Bellwether
      Psychiatric Associates
    quote: >-
      Approved. This authorization applies to services rendered by Bellwether Psychiatric Associates (group NPI
      1538260740) for the member named, regardless of the individual rendering clinician.
    file: other/prior-authorization-approval-2026-03-27.txt
    what_went_wrong: >-
      The approval was issued to the clinic (group NPI), ordered by Ines Marchetti, MD; the post-payment audit
      matched authorizations to the individual rendering NPI of Jonah Feld, MD, who gave most treatments, and
      found none.
    lines:
      - {code: J0013, units: 3360, given: 3192}
      - {code: 99415, units: 40, given: 38}
      - {code: 99416, units: 40, given: 38}
  requested_on: 2026-09-18
  reason_missing: >-
    Two treatments, October 1 and October 8, 2026, fell between the end of the first approval (September 30, 2026)
    and the renewal, which was requested on September 18, 2026 and approved on October 14, 2026 from October 15,
    2026 (PA-ESK-2026-10288).
treatment:
  name: Spravato (esketamine nasal spray) maintenance
  summary: >-
    Maintenance esketamine 84 mg weekly or every two weeks in a REMS-certified clinic after a successful
    induction in October 2025, with venlafaxine continued.
  setting: Bellwether Psychiatric Associates, a REMS-certified outpatient clinic (FICTIONAL)
  monitoring: blood pressure before dosing and at 40 minutes; two hours of observation
  alongside: venlafaxine XR 225 mg daily, continued
author:
  name: Renata Szabo-Kimura
  role: Revenue Cycle Manager, Bellwether Psychiatric Associates, authorized representative of the member
  relation: representative
  authorization: other/authorized-representative-designation.txt
  address: |-
    Bellwether Psychiatric Associates, 2700 Peachtree Ferry Road, Suite 300
    Tallow Springs, GA 30529
  phone: (706) 555-0114
  email: rszabo@bellwetherpsych.example
provider:
  name: Ines Marchetti
  credentials: MD, psychiatrist
  npi: "1538260740"
  phone: (706) 555-0115
  address: |-
    Bellwether Psychiatric Associates, 2700 Peachtree Ferry Road, Suite 300
    Tallow Springs, GA 30529
clinical:
  episode_onset: 2024-11
  severity: MADRS 35 before induction (September 2025); MADRS 9 on September 24, 2026
  severity_date: 2026-09-24
  suicidality: none
  suicidality_date: 2026-09-24
  response: MADRS 35 before induction (September 2025) and 9 on September 24, 2026, on maintenance
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2024-12-02
      end: 2025-03-03
      outcome: No response after 13 weeks
      response: none
      evidence: {file: clinical/spravato-maintenance-record-2025-2026.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 150 to 225 mg daily
      start: 2025-03-10
      ongoing: true
      outcome: Partial response only; continued with esketamine
      response: partial
      evidence: {file: clinical/spravato-maintenance-record-2025-2026.txt, page: 1}
    - drug: Quetiapine (for sleep)
      kind: other
      dose: 50 mg at bedtime
      start: 2025-01
      end: 2025-04
      outcome: Sleep only; stopped for morning sedation; not an augmentation trial
      adequate: false
    - drug: Lithium (augmenting venlafaxine)
      kind: augmentation
      dose: 600 mg daily (level 0.6 mmol/L)
      start: 2025-05-05
      end: 2025-07-28
      outcome: No response after 12 weeks
      response: none
      evidence: {file: clinical/spravato-maintenance-record-2025-2026.txt, page: 1}
    - drug: Esketamine induction
      kind: other
      dose: 8 treatments, 56 then 84 mg
      start: 2025-10
      end: 2025-11
      outcome: Response (MADRS 35 to 14); moved to maintenance
      response: response
      evidence: {file: clinical/spravato-maintenance-record-2025-2026.txt, page: 1}
bates_prefix: OYELARANPIKE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

C06_DOCS = {
"denial/post-payment-adjustment-notice-2026-11-16.txt": r'''
SUMMIT CREST HEALTH SOLUTIONS (FICTIONAL) - claims administrator, Halvard Logistics Group Health Plan (self-funded)
NOTICE OF POST-PAYMENT ADJUSTMENT            November 16, 2026          Reference SCH-PPR-2026-11-40392

Member: Curtis Oyelaran-Pike, SCH-FICT-HLV-88127-01
Provider: Bellwether Psychiatric Associates (group NPI 1538260740); rendering Jonah Feld, MD

Post-payment review: claims for esketamine (J0013) and prolonged clinical staff services (99415, 99416) with
dates of service 04/02/2026 through 10/08/2026 were paid in error. No prior authorization was on file for the
rendering provider, Jonah Feld, MD. The payments are reversed (CARC 197) and the overpayment of $48,256.00 will be
recovered from Bellwether Psychiatric Associates.

Claims affected: 40 dates of service (list attached to the provider copy). Recovery by offset from future
payments will begin 45 days after this notice unless an appeal is received.

Member: a revised Explanation of Benefits is enclosed. Under the provider's network agreement you are not
responsible for these amounts (group code CO).

Appeal rights: You or your authorized representative may appeal within 180 days of receiving this notice, in
writing, to Member and Provider Appeals, PO Box 31442, Marlowe Station, GA 30348, fax (404) 555-0127. You may
request free copies of all documents relevant to the claim. The plan will decide a post-service appeal within
60 days. You may have a right to bring a civil action under ERISA section 502(a) after the appeal.
''',
"other/prior-authorization-approval-2026-03-27.txt": r'''
SUMMIT CREST HEALTH SOLUTIONS - UTILIZATION MANAGEMENT (FICTIONAL)
Date: 03/27/2026      Authorization: PA-ESK-2026-04417
Member: Curtis Oyelaran-Pike, SCH-FICT-HLV-88127-01
Ordering: Ines Marchetti, MD.  Servicing: Bellwether Psychiatric Associates (group NPI 1538260740)
Service: esketamine nasal spray J0013 up to 84 mg per treatment, with 99415/99416 observation; maintenance up to
2 treatments per week; 04/01/2026 - 09/30/2026; maximum 40 treatments.
Decision: Approved. This authorization applies to services rendered by Bellwether Psychiatric Associates (group
NPI 1538260740) for the member named, regardless of the individual rendering clinician.

RENEWAL (appended): PA-ESK-2026-10288, requested 09/18/2026, approved 10/14/2026, effective 10/15/2026 -
03/31/2027, same terms.
''',
"clinical/spravato-maintenance-record-2025-2026.txt": r'''
BELLWETHER PSYCHIATRIC ASSOCIATES (FICTIONAL) - REMS-certified site
Oyelaran-Pike, Curtis   DOB 05/22/1980   Psychiatrists: I. Marchetti, MD (ordering); J. Feld, MD (from 03/2026)

Episode since November 2024. Escitalopram 20 mg 12/02/2024-03/03/2025: no response. Venlafaxine XR from
03/10/2025, 225 mg: partial; continued. Quetiapine 50 mg qhs Jan-Apr 2025 for sleep (stopped, sedation).
Lithium 600 mg added 05/05/2025-07/28/2025 (level 0.6): no response. Weekly psychotherapy throughout.
Spravato induction October-November 2025 (8 treatments): MADRS 35 -> 14. Maintenance from 12/2025.
Treatments 04/02/2026 - 09/24/2026: 38 treatments of 84 mg, observed 2 h (log attached to claims).
10/01/2026 and 10/08/2026: 2 treatments given while the renewal (requested 09/18/2026) was pending.
09/24/2026: MADRS 9. Denies suicidal ideation. BP stable throughout.
''',
"other/authorized-representative-designation.txt": r'''
SUMMIT CREST HEALTH SOLUTIONS - DESIGNATION OF AUTHORIZED REPRESENTATIVE (FICTIONAL)
I, Curtis Oyelaran-Pike (SCH-FICT-HLV-88127-01), designate Bellwether Psychiatric Associates, by its revenue cycle
manager Renata Szabo-Kimura, as my authorized representative for the appeal of reference SCH-PPR-2026-11-40392.
Signed 11/21/2026.
''',
}

C06_TRUTH = r'''
# 06 - Self-funded employer plan: retroactive denial (recoupment) of paid Spravato maintenance claims although the plan had approved them; the clinic appeals as the member's representative (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Curtis Oyelaran-Pike, 46, is in a **self-funded ERISA** plan (Halvard Logistics; claims administrator Summit
  Crest). On **2026-11-16** the plan **reversed payment** (CARC 197) of **40** Spravato maintenance treatments
  (J0013 + 99415/99416, 04/02/2026-10/08/2026). The reason: "No prior authorization was on file for the
  rendering provider, Jonah Feld, MD". The overpayment is **$48,256.00**, to be recovered from the clinic.
- The plan **had approved** the care: **PA-ESK-2026-04417**, 03/27/2026, 04/01-09/30/2026, up to 40 treatments of
  up to 84 mg. In its own words it "applies to services rendered by Bellwether Psychiatric Associates (group NPI
  1538260740) ... regardless of the individual rendering clinician".
- **38 treatments (04/02-09/24/2026) fall within the approval.** **Two (10/01 and 10/08/2026) do not.** They came
  after it ended and before the renewal (requested 09/18/2026, approved 10/14/2026, **effective 10/15/2026**).
  Those two need a decision on their merits (retroactive authorization), said plainly.
- The member is not billed (group code CO, network agreement). The appeal is the plan's ERISA internal appeal of
  the retroactive denial: 180 days, decided within 60 days for a post-service claim (29 CFR 2560.503-1(i)(2)(iii)(A)).
  Documents relevant to the claim are free (2560.503-1(h)(2)(iii)). The author is the clinic's revenue-cycle
  manager, the **member's designated authorized representative** (signed 11/21/2026). She writes about the
  member in the third person.
- Clinical facts, though not in dispute: escitalopram (13 weeks, none), venlafaxine XR (partial, **ongoing**),
  lithium augmentation (12 weeks, none), induction response (MADRS 35 to 14), MADRS **9** on maintenance
  (09/24/2026). Suicidality: none.

## Deliberately unknown
- Whether the network agreement gives the clinic a separate provider-dispute process or a shorter deadline.
  The notice gives 180 days and says recovery starts after 45 days "unless an appeal is received". The letter
  should be sent within 45 days (by 2026-12-31).
- Whether Dr. Feld was credentialed under the group on every date. The record says he joined in March 2026.
  Nothing shows a credentialing problem, and the letter must not raise one.

## Traps
- **Honor the approval; it is not a retro-authorization for all.** For the 38 treatments within the approval,
  the point is that the plan approved them for the group. The letter must not say authorization "was not
  obtained", must not plead an emergency, and must not say all 40 were authorized.
- **Two dates outside.** 10/01 and 10/08/2026 are outside both approvals. Ask for them on their merits (and as a
  retroactive authorization, with the renewal request already pending since 09/18). Never claim they were
  approved.
- **Units.** Approved 3,360 mg of J0013 (40 x 84); given 3,192 mg in the period (38 x 84). "More given than
  approved" is false for the approval period.
- **Not a rescission** (coverage never ended). No medical-necessity argument is needed, and there is no reason
  for a peer-to-peer call or a psychiatrist reviewer. No external review: this is not a medical-judgment denial,
  though the two October dates may become one if denied on the merits.
- **Quetiapine 50 mg** is sleep. **Lithium** is augmentation. The **esketamine induction** is the treatment's
  own response, not a failed trial. **Venlafaxine** is ongoing.
- **Self-funded**: no state insurance department, no 45 CFR 147.136 (cite 29 CFR 2590.715-2719 only if external
  review comes up).
- **"Denies suicidal ideation"**: no suicidality paragraph.

## Arguments a strong letter makes
1. The plan approved these treatments for the clinic, "regardless of the individual rendering clinician"
   (PA-ESK-2026-04417, enclosed). The 38 treatments from 04/02 to 09/24/2026 are within its dates, its 40-treatment
   limit and its 84 mg dose. The post-payment audit matched the wrong NPI. Reverse the adjustment and stop the
   recovery for them.
2. For the two treatments on 10/01 and 10/08/2026, between the approval and the renewal (requested 09/18,
   approved from 10/15), decide on the merits. It is the same maintenance the plan approved before and after,
   with MADRS 9 showing the response. Ask for retroactive authorization.
3. Ask for the audit criteria and all documents relevant to the claim (2560.503-1(h)(2)(iii)), and for a
   decision within 60 days. Ask that recovery be suspended while the appeal is pending.

## What a letter must NOT say
- "no authorization was obtained", "emergency", "all 40 treatments were authorized", "the October treatments
  were approved", "more units were given than approved".
- "rescission", "45 CFR 147.136", "state insurance department", "external review" as the next step for the
  approved dates.
- "medically necessary" as the ground of denial, "peer-to-peer", "suicidal ideation", "quetiapine trial",
  "lithium antidepressant trial".
'''

C06_CHECKS = [
    ("denial/post-payment-adjustment-notice-2026-11-16.txt", "No prior authorization was on file for the rendering provider, Jonah Feld, MD."),
    ("denial/post-payment-adjustment-notice-2026-11-16.txt", "overpayment of $48,256.00"),
    ("denial/post-payment-adjustment-notice-2026-11-16.txt", "within 180 days of receiving this notice"),
    ("denial/post-payment-adjustment-notice-2026-11-16.txt", "45 days after this notice unless an appeal is received"),
    ("other/prior-authorization-approval-2026-03-27.txt", "regardless of the individual rendering clinician"),
    ("other/prior-authorization-approval-2026-03-27.txt", "04/01/2026 - 09/30/2026; maximum 40 treatments"),
    ("other/prior-authorization-approval-2026-03-27.txt", "approved 10/14/2026, effective 10/15/2026"),
    ("clinical/spravato-maintenance-record-2025-2026.txt", "38 treatments of 84 mg"),
    ("clinical/spravato-maintenance-record-2025-2026.txt", "10/01/2026 and 10/08/2026: 2 treatments given while the renewal"),
    ("clinical/spravato-maintenance-record-2025-2026.txt", "09/24/2026: MADRS 9. Denies suicidal ideation."),
    ("other/authorized-representative-designation.txt", "Signed 11/21/2026"),
]

# ---------------------------------------------------------------------------------------------
C07_YAML = r'''
# FICTIONAL CASE (set 9, case 07) - every person, plan, number and address is invented.
# Grandfathered, insured employer plan: IV ketamine for central neuropathic pain after a spinal cord injury is
# excluded by name (Section 11.4(m)); the plan's Medical Director Exception (Section 7.9) is the route. The first
# appeal was denied for want of a spinal cord stimulator trial; the husband files the SECOND-level appeal.
patient:
  name: Bernadette Kalani-Voss
  salutation: Mrs. Kalani-Voss
  date_of_birth: July 8, 1974
  member_id: GHL-FICT-TMF-30518-01
  address: |-
    7 Lantern Cove Road
    Cobble Cove, ME 04558
  phone: (207) 555-0117
insurer:
  name: Granite Harbor Life and Health Insurance Company, for the Tidewater Manufacturing Employees' Medical Plan (FICTIONAL)
  appeals_address: |-
    Granite Harbor, Second Level Appeals
    PO Box 1187
    Fennick Harbor, ME 04330
  fax: (207) 555-0169
claim:
  number: GH-PRE-2026-08-21907
  plan_type: employer_erisa
  funding: insured
  notice_date: August 21, 2026
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [G89.0, G82.22]
  denial_reason: >-
    The requested service, outpatient ketamine infusion therapy for chronic pain, is excluded under Certificate
    Section 11.4(m).
  denial_category: not_covered
  action: none
  reviewer: {name: "Howard Pellerin, MD", specialty: Occupational Medicine}
decisions:
  - date: 2026-11-10
    outcome: denied
    stage: first-level appeal
    opens: second-level appeal
    next_deadline: 2027-01-09
    reason: >-
      The exclusion in Section 11.4(m) applies. The Medical Director Exception in Section 7.9 was considered.
      Criterion (a) is not met: Coverage Guideline CG-PAIN-12 lists an interventional procedure among the
      conventional therapies, and no spinal cord stimulator trial has been done.
plan_policy:
  name: Certificate of Coverage, Section 11.4(m) (Exclusions)
  quote: >-
    11.4 The Plan does not cover: ... (m) infusion therapy for the management of chronic pain, including
    ketamine, lidocaine and other anesthetic infusions, except as approved under Section 7.9.
  exception: >-
    7.9 Medical Director Exception. The Medical Director may approve an otherwise excluded service when (a) the
    member's treating specialist certifies that the conventional therapies listed in the applicable Coverage
    Guideline have been tried and failed, or are contraindicated or not appropriate; (b) the service is supported
    by a published consensus guideline of a national specialty society; and (c) the service is provided in a
    facility with continuous monitoring. Requests are made by the member or provider in writing.
  other_terms: >-
    Coverage Guideline CG-PAIN-12 lists as conventional therapies: (1) gabapentin or pregabalin; (2) a tricyclic
    antidepressant or an SNRI; (3) a topical agent or tramadol; (4) physical therapy; (5) an interventional
    procedure appropriate to the pain generator, when one exists. Certificate Section 2.3: "Granite Harbor has
    discretionary authority to interpret the terms of the Plan." Plan notice: "This plan believes it is a
    grandfathered health plan under the Affordable Care Act."
  file: other/certificate-excerpts-11-4-m-7-9-and-cg-pain-12.txt
  exclusion:
    name: Certificate Section 11.4(m)
    reaches: true
record_dates:
  - {file: clinical/pain-specialist-certification-2026-11-20.txt, date: 2026-11-20}
treatment:
  name: Outpatient IV ketamine infusions for central neuropathic pain
  plural: true
  summary: >-
    Six outpatient intravenous ketamine infusions over two weeks, four hours each, in a hospital infusion unit with
    continuous monitoring, for central neuropathic pain below an incomplete T10 spinal cord injury.
  setting: Penobscot Shore Hospital outpatient infusion unit (FICTIONAL), continuous cardiac and SpO2 monitoring
  plan: 0.5 mg/kg/h for four hours on six days over two weeks; stop if no 30% fall in average pain by the fourth infusion
author:
  name: Mateo Voss
  role: Husband and authorized representative
  relation: representative
  authorization: other/authorization-to-represent.txt
  address: |-
    7 Lantern Cove Road
    Cobble Cove, ME 04558
  phone: (207) 555-0118
employer:
  name: Tidewater Manufacturing Co., Benefits Office (FICTIONAL)
  address: |-
    1 Millwright Way
    Cobble Cove, ME 04558
provider:
  name: Anjali Rosenquist
  credentials: MD, pain medicine and anesthesiology
  npi: "1093817207"
  phone: (207) 555-0174
  address: |-
    Penobscot Shore Hospital Pain Center, 44 Harbor Hill
    Fennick Harbor, ME 04330
clinical:
  severity: >-
    Average pain 8/10 (NRS) and Brief Pain Inventory interference 7.4 on November 18, 2026; PHQ-9 4 (no depressive
    disorder)
  severity_date: 2026-11-18
  suicidality: none
  suicidality_date: 2026-11-18
  history:
    - drug: Gabapentin
      dose: up to 2400 mg daily
      start: 2020-03
      end: 2020-11
      outcome: Partial relief only; daytime sedation
      response: partial
      evidence: {file: clinical/pain-center-records-2020-2026.txt, page: 1}
    - drug: Pregabalin
      dose: 150 mg twice daily
      start: 2021-01-04
      end: 2021-01-14
      outcome: Stopped after 10 days for leg edema; not tolerated
      adequate: false
      evidence: {file: clinical/pain-center-records-2020-2026.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2021-04
      end: 2022-06
      outcome: Partial relief only after more than a year
      response: partial
      evidence: {file: clinical/pain-center-records-2020-2026.txt, page: 1}
    - drug: Tramadol
      dose: 50 mg four times daily
      start: 2022-08
      end: 2022-10
      outcome: Minimal relief; stopped with addiction medicine given opioid use disorder in sustained remission
      response: none
      evidence: {file: clinical/pain-center-records-2020-2026.txt, page: 1}
    - drug: Nortriptyline
      dose: 25 mg at bedtime
      start: 2023-01
      end: 2023-02
      outcome: Stopped after about four weeks for urinary retention; not tolerated
      adequate: false
      evidence: {file: clinical/pain-center-records-2020-2026.txt, page: 1}
    - drug: Physical therapy
      kind: other
      dose: 24 sessions
      sessions: 24
      start: 2024-02
      end: 2024-06
      outcome: Completed; function maintained, pain unchanged
      failed: true
      evidence: {file: clinical/pain-center-records-2020-2026.txt, page: 1}
    - drug: Cognitive behavioral therapy for chronic pain
      kind: psychotherapy
      dose: 10 sessions
      sessions: 10
      adequate: true
      start: 2025-01
      end: 2025-03
      outcome: Completed; coping improved, pain intensity unchanged
      response: none
      evidence: {file: clinical/pain-center-records-2020-2026.txt, page: 1}
    - drug: Lidocaine IV infusion (single trial)
      kind: other
      dose: 5 mg/kg once
      start: 2025-05-12
      end: 2025-05-12
      outcome: Two days of partial relief only
      response: partial
      evidence: {file: clinical/pain-center-records-2020-2026.txt, page: 1}
bates_prefix: KALANIVOSS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

C07_DOCS = {
"denial/precertification-denial-2026-08-21.txt": r'''
GRANITE HARBOR LIFE AND HEALTH INSURANCE COMPANY (FICTIONAL)
Tidewater Manufacturing Employees' Medical Plan - group 30518 - insured
PRECERTIFICATION DECISION     August 21, 2026     Reference GH-PRE-2026-08-21907

Member: Bernadette Kalani-Voss (GHL-FICT-TMF-30518-01)
Requested by: Anjali Rosenquist, MD, Penobscot Shore Hospital Pain Center
Service: outpatient ketamine infusions x6 (96365, 96366, J3490); diagnosis G89.0, G82.22

Decision: NOT APPROVED. The requested service, outpatient ketamine infusion therapy for chronic pain, is excluded
under Certificate Section 11.4(m).
Reviewer: Howard Pellerin, MD (Occupational Medicine)

This plan believes it is a grandfathered health plan under the Affordable Care Act.
You may appeal within 180 days. The Plan has two levels of internal appeal.
''',
"denial/first-level-appeal-decision-2026-11-10.txt": r'''
GRANITE HARBOR LIFE AND HEALTH INSURANCE COMPANY (FICTIONAL) - APPEALS
November 10, 2026

Mateo Voss, authorized representative of Bernadette Kalani-Voss, 7 Lantern Cove Road, Cobble Cove, ME 04558
Re: First-level appeal of GH-PRE-2026-08-21907 (filed 09/10/2026)

Decision: UPHELD. The exclusion in Section 11.4(m) applies. The Medical Director Exception in Section 7.9 was
considered. Criterion (a) is not met: Coverage Guideline CG-PAIN-12 lists an interventional procedure among the
conventional therapies, and no spinal cord stimulator trial has been done.
Reviewed by: Medical Director, Gordon Ashby, MD (Internal Medicine).

You may request a second-level appeal within 60 days of the date of this letter. Send it to Granite Harbor,
Second Level Appeals, PO Box 1187, Fennick Harbor, ME 04330, fax (207) 555-0169. You may submit new
information. You have the right to receive, free of charge, copies of all documents relevant to your claim.
''',
"other/certificate-excerpts-11-4-m-7-9-and-cg-pain-12.txt": r'''
TIDEWATER MANUFACTURING EMPLOYEES' MEDICAL PLAN - CERTIFICATE OF COVERAGE (Granite Harbor) - EXCERPTS (FICTIONAL)

2.3 Granite Harbor has discretionary authority to interpret the terms of the Plan.

7.9 Medical Director Exception. The Medical Director may approve an otherwise excluded service when (a) the
member's treating specialist certifies that the conventional therapies listed in the applicable Coverage
Guideline have been tried and failed, or are contraindicated or not appropriate; (b) the service is supported
by a published consensus guideline of a national specialty society; and (c) the service is provided in a
facility with continuous monitoring. Requests are made by the member or provider in writing.

11.4 The Plan does not cover: ... (m) infusion therapy for the management of chronic pain, including ketamine,
lidocaine and other anesthetic infusions, except as approved under Section 7.9.

COVERAGE GUIDELINE CG-PAIN-12 - Chronic neuropathic pain (rev. 2025)
Conventional therapies: (1) gabapentin or pregabalin; (2) a tricyclic antidepressant or an SNRI; (3) a topical
agent or tramadol; (4) physical therapy; (5) an interventional procedure appropriate to the pain generator, when
one exists.

Plan notice: This plan believes it is a grandfathered health plan under the Affordable Care Act.
''',
"clinical/pain-center-records-2020-2026.txt": r'''
PENOBSCOT SHORE HOSPITAL PAIN CENTER (FICTIONAL)  Kalani-Voss, Bernadette  DOB 07/08/1974
Dx: incomplete T10 spinal cord injury (fall, 2019); central neuropathic (below-level) pain, burning, both legs.
Gabapentin to 2400 mg 03/2020-11/2020: partial; sedation. Pregabalin 150 mg bid 01/04/2021-01/14/2021: stopped day
10, leg edema. Duloxetine 60 mg 04/2021-06/2022: partial. Tramadol 50 mg qid 08/2022-10/2022: minimal relief;
stopped with addiction medicine (opioid use disorder, sustained remission since 2015: avoid opioids).
Nortriptyline 25 mg qhs Jan-Feb 2023: urinary retention, stopped. Topical lidocaine 5%: no benefit (not a
meaningful option for diffuse below-level pain). PT 24 sessions Feb-Jun 2024. CBT for pain 10 sessions Jan-Mar
2025. IV lidocaine 5 mg/kg 05/12/2025: 2 days partial relief.
11/18/2026: NRS average 8/10, BPI interference 7.4. PHQ-9 4; no depressive disorder. Denies suicidal ideation.
No spinal cord stimulator trial has been done (see certification of 11/20/2026).
''',
"clinical/pain-specialist-certification-2026-11-20.txt": r'''
PENOBSCOT SHORE HOSPITAL PAIN CENTER (FICTIONAL)
November 20, 2026 - Certification under Certificate Section 7.9(a) - Bernadette Kalani-Voss

I am Mrs. Kalani-Voss's treating pain specialist. Of the conventional therapies in CG-PAIN-12: (1) gabapentin
failed and pregabalin was not tolerated; (2) duloxetine failed and nortriptyline was not tolerated; (3) topical
lidocaine failed and tramadol failed and opioids are contraindicated by her history; (4) physical therapy was
completed. (5) Her pain is central, below-level neuropathic pain from the spinal cord injury; there is no
discrete pain generator for an interventional procedure to target, and in my judgment a spinal cord stimulator
trial is not appropriate for her. IV ketamine is discussed for spinal cord injury pain in the 2018 consensus
guidelines of ASRA, AAPM and ASA. Infusions would be given in our hospital unit with continuous monitoring.
Anjali Rosenquist, MD (Pain Medicine, Anesthesiology)
''',
"other/authorization-to-represent.txt": r'''
AUTHORIZATION TO REPRESENT (FICTIONAL)
I, Bernadette Kalani-Voss (GHL-FICT-TMF-30518-01), authorize my husband, Mateo Voss, to act for me in all appeals
of reference GH-PRE-2026-08-21907 and to receive my health information for them. Signed 09/08/2026.
''',
}

C07_TRUTH = r'''
# 07 - Grandfathered insured employer plan: IV ketamine for spinal-cord-injury pain excluded by name; second-level appeal through the plan's exception; the husband writes (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Bernadette Kalani-Voss, 52, has an incomplete T10 spinal cord injury (2019) with **central neuropathic pain**
  (G89.0). Her employer's **insured, grandfathered** ERISA plan excludes, by name, "**infusion therapy for the
  management of chronic pain, including ketamine** ... except as approved under Section 7.9" (Certificate 11.4(m)).
- Precertification was denied on **2026-08-21** (exclusion). The **first-level appeal was denied 2026-11-10**:
  the 7.9 exception was refused because criterion (a) was "not met ... no spinal cord stimulator trial has been
  done". The reviewers were an occupational-medicine physician and then an internist.
- **Second-level appeal**: within **60 days of the 11/10 letter, so 2027-01-09**. It is pre-service; ERISA
  decision times apply to each level (29 CFR 2560.503-1(i)).
- CG-PAIN-12's list ends with "(5) an interventional procedure appropriate to the pain generator, **when one
  exists**". The list does not name a spinal cord stimulator. The treating pain specialist certifies (2026-11-20,
  **after** the first-level decision, so new evidence) that there is no discrete pain generator and that an SCS
  trial is not appropriate for her. 7.9(a) accepts therapies "tried and failed, or ... contraindicated or not
  appropriate".
- Items (1)-(4) of CG-PAIN-12: gabapentin partial and pregabalin not tolerated; duloxetine partial and
  nortriptyline not tolerated; topical lidocaine no benefit and tramadol minimal relief (opioids avoided: OUD in
  sustained remission since 2015); PT completed. 7.9(b): the 2018 ASRA/AAPM/ASA consensus guidelines discuss
  ketamine for SCI pain. 7.9(c): hospital infusion unit with continuous monitoring.
- The author is the husband, a representative (authorization signed 09/08/2026), who writes about his wife.

## Deliberately unknown
- The grade the 2018 guidelines give SCI pain. The case does not state it, and the letter must not call the
  evidence "strong" or "high-quality".
- Whether Maine law gives an external review to this insured grandfathered plan. The federal ACA external-review
  rules (45 CFR 147.136) do not apply to grandfathered plans. The letter may ask what review is available; it
  must not promise one.
- Whether the plan's two internal levels are both mandatory. The notice says "two levels".

## Traps
- **The exclusion names ketamine.** Never argue it does not reach the care. The route is the **Section 7.9
  exception**. Quote it and meet (a)-(c).
- **"No spinal cord stimulator trial has been done"** is true. Never say an SCS trial was tried. The answer is
  that CG-PAIN-12 asks for one only "when one exists", plus the specialist's certification that it is not
  appropriate.
- **Pain case, no depression.** "PHQ-9 4; no depressive disorder." The letter must not bring in TRD, depression
  trials, the APA ketamine consensus or Spravato. Duloxetine and nortriptyline are pain medication trials here,
  not antidepressant trials.
- **Tramadol** is the only opioid trial. Opioids are avoided for OUD in remission; do not call this "failed
  opioids". Pregabalin (10 days) and nortriptyline (about 4 weeks) were **not tolerated**, not adequate failures.
- **Parity (MHPAEA) does not fit**: this is a medical/surgical (pain) benefit, and the exclusion is not a mental
  health limit.
- **Discretion clause (2.3).** Do not state contra proferentem as law.
- **Stage.** This is a second-level appeal. It quotes the 11/10 decision, names the level, and names the new
  evidence (the 11/20 certification was never before the first-level reviewer).
- **Grandfathered**: no 45 CFR 147.136, no deemed-exhaustion citation. ERISA (29 CFR 2560.503-1) does apply.
  The plan is insured, so the state insurance department regulates the insurer.

## Arguments a strong letter makes
1. The Section 7.9 exception is met, and the new certification (11/20/2026) answers the only ground given.
   CG-PAIN-12 item (5) applies "when one exists". For central below-level SCI pain there is no pain generator to
   target, and the treating specialist certifies an SCS trial is not appropriate. 7.9(a) expressly accepts "not
   appropriate".
2. Items (1)-(4) were tried and failed or not tolerated (each with dates). Opioids are contraindicated by OUD in
   remission. (b) A national consensus guideline (2018 ASRA/AAPM/ASA) addresses the use. (c) A monitored hospital
   unit will give it. A stop rule limits the course: six infusions, stopped without a 30% fall by the fourth.
3. Ask for a pain-medicine reviewer (the decisions came from occupational and internal medicine), for the documents
   and the guideline relied on (2560.503-1(h)(2)(iii)), and for a decision within the pre-service time.

## What a letter must NOT say
- "the exclusion does not apply to ketamine" / "does not mention ketamine"; "a spinal cord stimulator trial
  failed"; "failed opioids"; "failed pregabalin" as an adequate trial.
- "treatment-resistant depression", "antidepressant trials", "suicidal ideation", "Spravato", "MHPAEA"/"parity".
- "45 CFR 147.136", "external review is guaranteed", "deemed exhausted", "ambiguities must be construed against
  the plan" stated as law.
- "strong evidence"; "first-level appeal" as this letter's level.
'''

C07_CHECKS = [
    ("denial/precertification-denial-2026-08-21.txt", "excluded under Certificate Section 11.4(m)"),
    ("denial/precertification-denial-2026-08-21.txt", "This plan believes it is a grandfathered health plan"),
    ("denial/first-level-appeal-decision-2026-11-10.txt", "no spinal cord stimulator trial has been done"),
    ("denial/first-level-appeal-decision-2026-11-10.txt", "within 60 days of the date of this letter"),
    ("other/certificate-excerpts-11-4-m-7-9-and-cg-pain-12.txt", "including ketamine, lidocaine and other anesthetic infusions"),
    ("other/certificate-excerpts-11-4-m-7-9-and-cg-pain-12.txt", "or are contraindicated or not appropriate"),
    ("other/certificate-excerpts-11-4-m-7-9-and-cg-pain-12.txt", "appropriate to the pain generator, when one exists"),
    ("other/certificate-excerpts-11-4-m-7-9-and-cg-pain-12.txt", "Granite Harbor has discretionary authority"),
    ("clinical/pain-center-records-2020-2026.txt", "PHQ-9 4; no depressive disorder"),
    ("clinical/pain-center-records-2020-2026.txt", "opioid use disorder, sustained remission since 2015"),
    ("clinical/pain-center-records-2020-2026.txt", "stopped day 10, leg edema"),
    ("clinical/pain-specialist-certification-2026-11-20.txt", "a spinal cord stimulator trial is not appropriate for her"),
    ("clinical/pain-specialist-certification-2026-11-20.txt", "there is no discrete pain generator"),
    ("other/authorization-to-represent.txt", "Signed 09/08/2026"),
]

# ---------------------------------------------------------------------------------------------
C08_YAML = r'''
# FICTIONAL CASE (set 9, case 08) - every person, plan, number and address is invented.
# Marketplace (individual ACA) silver plan: a course of intermittent theta burst stimulation (iTBS, a TMS protocol)
# denied as investigational by Medical Policy MP-4.112; the one internal appeal upheld it; the patient asks for
# EXTERNAL REVIEW himself.
patient:
  name: Yusuf Adebayo-Strand
  salutation: Mr. Adebayo-Strand
  date_of_birth: March 30, 1999
  member_id: JSH-FICT-NC-6640021
  address: |-
    3318 Wren Hollow Drive
    Pellham Ridge, NC 27513
  phone: (919) 555-0129
  email: yusuf.as@inbox.example
insurer:
  name: Juniper State Health Plans - Blue Juniper Silver 3500 (Marketplace) (FICTIONAL)
  appeals_address: |-
    Juniper State Health Plans, Appeals
    PO Box 60318
    Carraway, NC 27609
  fax: (919) 555-0166
claim:
  number: JSH-26-0902-51174
  plan_type: individual_aca
  funding: insured
  notice_date: September 2, 2026
  service_dates: [2026-07-13, 2026-08-21]
  sessions: 30
  procedure_codes: [90867, 90868, 90869]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Services denied. Intermittent theta burst stimulation is considered investigational under Medical Policy
    MP-4.112, Transcranial Magnetic Stimulation, Section 4.
  denial_category: experimental_investigational
  action: none
  reviewer: {name: "Gail Imbrie, DO", specialty: Physical Medicine and Rehabilitation}
template: external-review-request
external_review:
  final_denial_date: 2026-10-19
decisions:
  - date: 2026-10-19
    outcome: denied
    stage: internal appeal
    opens: external review
    next_deadline: 2027-02-19
    reason: >-
      The investigational determination is upheld. Medical Policy MP-4.112 Section 4 considers theta burst
      stimulation, including intermittent theta burst, investigational.
plan_policy:
  name: Medical Policy MP-4.112, Transcranial Magnetic Stimulation
  number: MP-4.112
  quote: >-
    Section 2: Repetitive TMS using an FDA-cleared device is considered medically necessary for major depressive
    disorder when the criteria in Section 3 are met. Section 4: Theta burst stimulation (TBS), including
    intermittent TBS, and accelerated or high-dose TMS protocols are considered investigational.
  other_terms: >-
    Policy certificate, Definitions: "Experimental or Investigational means a service that (1) has not received
    required FDA approval or clearance to be marketed for the proposed use, or (2) for which reliable evidence
    shows that it is not as safe and effective as established alternatives, or that its safety and effectiveness
    are still under study."
  file: other/medical-policy-mp-4-112-and-definition.txt
payer_criteria:
  - criterion: MP-4.112 Section 3 - adult with major depressive disorder without psychotic features
    how_met: Recurrent major depressive disorder, severe, without psychotic features; age 27.
    met: true
    evidence: {file: clinical/tms-clinic-records-2026.txt, page: 1}
  - criterion: MP-4.112 Section 3 - failure of at least two antidepressants, or intolerance, in the current episode
    how_met: Escitalopram 20 mg (about 12 weeks, no response) and venlafaxine XR 225 mg (11 weeks, partial only).
    met: true
    evidence: {file: clinical/tms-clinic-records-2026.txt, page: 1}
  - criterion: MP-4.112 Section 3 - an evidence-based psychotherapy trial
    how_met: Interpersonal psychotherapy, 12 weekly sessions, February to May 2026, completed.
    met: true
    evidence: {file: clinical/tms-clinic-records-2026.txt, page: 1}
treatment:
  name: Intermittent theta burst stimulation (iTBS), a TMS protocol
  summary: >-
    A course of 30 daily sessions of intermittent theta burst stimulation to the left dorsolateral prefrontal
    cortex with an FDA-cleared device and its cleared iTBS protocol.
  setting: Pellham Ridge Neuromodulation (FICTIONAL)
author:
  name: Yusuf Adebayo-Strand
  relation: patient
  address: |-
    3318 Wren Hollow Drive
    Pellham Ridge, NC 27513
  phone: (919) 555-0129
  email: yusuf.as@inbox.example
provider:
  name: Lucinda Tran-Okafor
  credentials: MD, psychiatrist
  npi: "1184629370"
  phone: (919) 555-0172
  address: |-
    Pellham Ridge Neuromodulation, 210 Laurel Mill Road
    Pellham Ridge, NC 27513
clinical:
  episode_onset: January 2026
  severity: PHQ-9 21 on July 10, 2026 (before iTBS); PHQ-9 7 on August 21, 2026 (after session 30)
  severity_date: 2026-08-21
  suicidality: passive
  suicidality_date: 2026-03-09
  response: PHQ-9 21 before the first session (July 10, 2026) and 7 after the thirtieth (August 21, 2026)
  history:
    - drug: 10 Hz rTMS (2023 episode, another insurer)
      kind: neuromodulation
      dose: 36 sessions
      sessions: 36
      adequate: true
      start: 2023-05
      end: 2023-07
      outcome: Remission in the 2023 episode
      response: remission
      evidence: {file: clinical/tms-clinic-records-2026.txt, page: 1}
    - drug: Escitalopram
      dose: 10 then 20 mg daily
      start: 2026-01
      end: 2026-04-06
      outcome: No response after about 12 weeks
      response: none
      evidence: {file: clinical/tms-clinic-records-2026.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 150 to 225 mg daily
      start: 2026-04-13
      end: 2026-06-29
      outcome: Partial response only after 11 weeks; stopped for hypertension (BP 148/96)
      response: partial
      evidence: {file: clinical/tms-clinic-records-2026.txt, page: 1}
    - drug: Trazodone (for sleep)
      kind: other
      dose: 50 mg at bedtime
      start: 2026-02
      end: 2026-07
      outcome: Sleep only; not an antidepressant trial
      adequate: false
    - drug: Interpersonal psychotherapy
      kind: psychotherapy
      dose: 12 weekly sessions
      sessions: 12
      adequate: true
      start: 2026-02
      end: 2026-05
      outcome: Completed; partial benefit only
      response: partial
      evidence: {file: clinical/tms-clinic-records-2026.txt, page: 1}
bates_prefix: ADEBAYOSTRAND
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

C08_DOCS = {
"denial/explanation-of-benefits-2026-09-02.txt": r'''
JUNIPER STATE HEALTH PLANS (FICTIONAL) - Blue Juniper Silver 3500 - individual coverage through the Marketplace
EXPLANATION OF BENEFITS  09/02/2026   Claim JSH-26-0902-51174   Member JSH-FICT-NC-6640021  Y. ADEBAYO-STRAND
Provider: Pellham Ridge Neuromodulation

DOS 07/13/2026      90867 x1    billed  $450.00   paid $0.00   code INV1
DOS 07/14-08/20/26  90868 x28   billed $8,960.00  paid $0.00   code INV1
DOS 08/21/2026      90869 x1    billed  $190.00   paid $0.00   code INV1

INV1: Services denied. Intermittent theta burst stimulation is considered investigational under Medical Policy
MP-4.112, Transcranial Magnetic Stimulation, Section 4.

You may appeal within 180 days of receiving this notice.
''',
"denial/internal-appeal-decision-2026-10-19.txt": r'''
JUNIPER STATE HEALTH PLANS (FICTIONAL) - APPEALS
October 19, 2026   FINAL INTERNAL ADVERSE BENEFIT DETERMINATION

Yusuf Adebayo-Strand, 3318 Wren Hollow Drive, Pellham Ridge, NC 27513
Claim JSH-26-0902-51174 - appeal received 09/22/2026

Decision: The investigational determination is upheld. Medical Policy MP-4.112 Section 4 considers theta burst
stimulation, including intermittent theta burst, investigational.
Reviewer: Gail Imbrie, DO (Physical Medicine and Rehabilitation).

This is the final decision of your internal appeal. You have the right to request an independent external review.
You must request it within 4 months after the date you receive this notice. Because this denial is based on a
determination that the service is experimental or investigational, you may ask for external review through the
North Carolina Department of Insurance external review program (contact details enclosed; consult the
directory in your appeal packet). If waiting would seriously jeopardize your health, you may ask for an expedited
external review.
''',
"other/medical-policy-mp-4-112-and-definition.txt": r'''
JUNIPER STATE HEALTH PLANS - MEDICAL POLICY MP-4.112 TRANSCRANIAL MAGNETIC STIMULATION (FICTIONAL)  rev. 01/2026
Section 2: Repetitive TMS using an FDA-cleared device is considered medically necessary for major depressive
disorder when the criteria in Section 3 are met.
Section 3: adult with major depressive disorder without psychotic features; failure of at least two
antidepressants, or intolerance, in the current episode; an evidence-based psychotherapy trial; no
contraindication.
Section 4: Theta burst stimulation (TBS), including intermittent TBS, and accelerated or high-dose TMS protocols
are considered investigational.
References: [the policy lists no study of theta burst stimulation].

POLICY CERTIFICATE - DEFINITIONS (excerpt)
Experimental or Investigational means a service that (1) has not received required FDA approval or clearance to be
marketed for the proposed use, or (2) for which reliable evidence shows that it is not as safe and effective as
established alternatives, or that its safety and effectiveness are still under study.
''',
"clinical/tms-clinic-records-2026.txt": r'''
PELLHAM RIDGE NEUROMODULATION (FICTIONAL)   Adebayo-Strand, Yusuf   DOB 03/30/1999   L. Tran-Okafor, MD
Recurrent MDD, severe, without psychotic features. 2023 episode: remission after 36 sessions of 10 Hz rTMS
(May-July 2023, previous insurer).
Current episode since January 2026. Escitalopram (from January 2026) 20 mg to 04/06/2026: no response.
Venlafaxine XR 04/13/2026-06/29/2026, 225 mg: partial only; stopped for BP 148/96. Trazodone 50 mg qhs Feb-Jul 2026
for sleep. IPT 12 weekly sessions Feb-May 2026, completed, partial benefit.
03/09/2026: passive SI (wish to not wake up), no plan or intent. No SI reported at any visit since April 2026.
No seizure history. No implanted metal. No psychosis.
Why iTBS: same target and device as 10 Hz rTMS; session 3 minutes instead of about 37, so he kept working.
Device: FDA-cleared TMS system, iTBS protocol included in its 510(k) clearance (2018).
Course: 30 daily sessions 07/13/2026-08/21/2026. PHQ-9 21 (07/10/2026) -> 7 (08/21/2026).
Evidence: Blumberger DM, et al. Effectiveness of theta burst versus high-frequency repetitive transcranial
magnetic stimulation in patients with depression (THREE-D): a randomised non-inferiority trial. Lancet.
2018;391(10131):1683-1692. 414 patients; iTBS was non-inferior to 10 Hz rTMS.
''',
}

C08_TRUTH = r'''
# 08 - Marketplace plan: iTBS (theta burst TMS) denied as investigational; the patient asks for external review himself (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Yusuf Adebayo-Strand, 27, has an **individual Marketplace** silver plan (NC). A **30-session iTBS course**
  (07/13-08/21/2026) was denied on **2026-09-02** as **investigational** under MP-4.112 Section 4. The **one
  internal appeal** was upheld on **2026-10-19** (the "final internal adverse benefit determination"); the
  reviewer was a **PM&R** physician.
- Next level: **independent external review** (45 CFR 147.136(c)-(d); the plan is insured in NC, so the state's
  program runs it, as the decision itself says). It must be requested **within 4 months of receiving the
  10/19 decision**: 2027-02-19 counted from its date. An experimental denial is a medical-judgment denial, so
  external review is open.
- The plan's own definition has two prongs. (1) FDA clearance: the clinic records that the device's **510(k)
  clearance (2018)** includes the iTBS protocol. (2) Reliable evidence that it is not as safe and effective as
  established alternatives, or "still under study": **THREE-D** (Blumberger et al., Lancet 2018, 414 patients)
  found iTBS **non-inferior** to 10 Hz rTMS, which MP-4.112 Section 2 covers. MP-4.112 cites no study of theta
  burst.
- MP-4.112 Section 3 criteria are met: adult MDD without psychosis; escitalopram (about 12 weeks, none) and
  venlafaxine XR 225 mg (11 weeks, partial) failed; IPT 12 sessions completed.
- Response: **PHQ-9 21 to 7**. The care is **over**: nothing is still to come.
- Suicidality: **passive on 2026-03-09**, none since April 2026. That is history, more than 90 days old.
- The author is the patient: "I".

## Deliberately unknown
- The device's brand and 510(k) number. The record says only "FDA-cleared TMS system, iTBS protocol included
  in its 510(k) clearance (2018)". The letter may say cleared in 2018. It must not invent a number or a brand.
- The grade other bodies give iTBS. Only THREE-D is in the record: cite "a trial", not "trials".
- What the patient paid out of pocket. Nothing in the case says.

## Traps
- **Treatment kind.** This is TMS, not ketamine or esketamine. The letter must not cite ketamine trials, the
  ketamine consensus statement, Spravato's approval, or "FDA-approved as an anesthetic". iTBS's status is an FDA
  **clearance** of a device protocol. It is not a drug approval and is not off-label.
- **Earlier episode.** The 2023 10 Hz rTMS course brought **remission** under another insurer. It is not a
  failed trial. It may be cited to show the same target and modality worked before.
- **Trazodone 50 mg** is sleep, not an antidepressant trial. IPT is psychotherapy.
- **Month-only date.** Escitalopram started "January 2026" (no day). It is a month, not unknown.
- **Stage.** This is an external review request, not another internal appeal. It quotes the **10/19/2026**
  decision, not only the 09/02 EOB. No expedited review: the care is over.
- **Suicidality** is history (03/09/2026). It must not be argued as current.
- **Individual market.** Cite 45 CFR 147.136, not 29 CFR 2590.715-2719 or ERISA. Parity may be raised under 45 CFR
  146.136 as applied by 147.160, but it is not the winning point.
- Do not claim the policy has no criteria: MP-4.112 has Section 3.

## Arguments a strong letter makes
1. iTBS falls outside the plan's own definition of investigational. It is FDA-cleared (2018, 510(k)) for
   depression. Reliable evidence, a 414-patient randomized non-inferiority trial (THREE-D), shows it is as
   effective as the 10 Hz rTMS the policy covers, with the same device and target. MP-4.112 Section 4 cites no
   evidence for its label.
2. The Section 3 criteria for covered TMS are met (two failed antidepressants in the episode, IPT, no
   contraindication). The course produced a response (PHQ-9 21 to 7). Only the protocol differs.
3. The internal reviewer was a PM&R physician. Ask that the independent reviewer be a psychiatrist with TMS
   experience, and ask for the plan's file and the evidence behind Section 4.

## What a letter must NOT say
- "ketamine", "esketamine", "Spravato", "FDA-approved as an anesthetic", "off-label", "randomized trials"
  (plural) "established iTBS".
- "rTMS failed in 2023", "trazodone trial", "current suicidal ideation", "expedited external review".
- "29 CFR 2590.715-2719", "ERISA", "within 180 days" for this request, "the plan's second internal appeal".
- "the policy names no criteria".
'''

C08_CHECKS = [
    ("denial/explanation-of-benefits-2026-09-02.txt", "Intermittent theta burst stimulation is considered investigational under Medical Policy MP-4.112"),
    ("denial/internal-appeal-decision-2026-10-19.txt", "FINAL INTERNAL ADVERSE BENEFIT DETERMINATION"),
    ("denial/internal-appeal-decision-2026-10-19.txt", "within 4 months after the date you receive this notice"),
    ("denial/internal-appeal-decision-2026-10-19.txt", "Gail Imbrie, DO (Physical Medicine and Rehabilitation)"),
    ("other/medical-policy-mp-4-112-and-definition.txt", "Repetitive TMS using an FDA-cleared device is considered medically necessary"),
    ("other/medical-policy-mp-4-112-and-definition.txt", "including intermittent TBS"),
    ("other/medical-policy-mp-4-112-and-definition.txt", "the policy lists no study of theta burst stimulation"),
    ("clinical/tms-clinic-records-2026.txt", "iTBS protocol included in its 510(k) clearance (2018)"),
    ("clinical/tms-clinic-records-2026.txt", "iTBS was non-inferior to 10 Hz rTMS"),
    ("clinical/tms-clinic-records-2026.txt", "PHQ-9 21 (07/10/2026) -> 7 (08/21/2026)"),
    ("clinical/tms-clinic-records-2026.txt", "2023 episode: remission after 36 sessions of 10 Hz rTMS"),
    ("clinical/tms-clinic-records-2026.txt", "No SI reported at any visit since April 2026."),
]

CASES = [
    {"slug": "05-dual-integrated-snp-inpatient-ect-expedited-physician", "case_yaml": C05_YAML, "docs": C05_DOCS,
     "truth": C05_TRUTH, "checks": C05_CHECKS},
    {"slug": "06-self-funded-spravato-recoupment-approved-auth-representative", "case_yaml": C06_YAML,
     "docs": C06_DOCS, "truth": C06_TRUTH, "checks": C06_CHECKS},
    {"slug": "07-grandfathered-insured-ketamine-sci-pain-exclusion-exception-second-level", "case_yaml": C07_YAML,
     "docs": C07_DOCS, "truth": C07_TRUTH, "checks": C07_CHECKS},
    {"slug": "08-marketplace-itbs-experimental-external-review-patient", "case_yaml": C08_YAML, "docs": C08_DOCS,
     "truth": C08_TRUTH, "checks": C08_CHECKS},
]
