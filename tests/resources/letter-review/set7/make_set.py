"""Generator for blind letter-review set 7 (issue 18). Every person, plan, number and address is FICTIONAL.
Run: /work/main/.venv/bin/python make_set.py   (writes the case folders and truth files, then checks that each
answer quoted in a truth file is printed in the document it names)."""
import os, shutil, sys, textwrap
HERE = os.path.dirname(os.path.abspath(__file__))
FICT = "FICTIONAL - invented for a test set; not a real person, plan, clinic or number.\n\n"
CASES = []

def case(slug, yaml, docs, truth, checks):
    CASES.append((slug, yaml, docs, truth, checks))

# ---------------------------------------------------------------- 01
case("01-insured-employer-ketamine-external-review", """
# FICTIONAL CASE (set 7, case 01) - every person, plan, number and address is invented.
# Insured employer plan (Oregon), IV ketamine for TRD denied as not medically necessary / investigational;
# the internal appeal was upheld (final internal denial); the patient asks for state external review herself.
patient:
  name: Ingrid Solveig Amankwah
  salutation: Ms. Amankwah
  date_of_birth: July 2, 1984
  member_id: CMH-FICT-90331457
  address: |-
    2710 Alder Bluff Lane
    Eugene, OR 97405
  phone: (541) 555-0114
  email: ingrid.amankwah@mail.example
insurer:
  name: Cascade Mutual Health Plan (FICTIONAL)
  appeals_address: |-
    Grievance and Appeals Unit
    PO Box 40118
    Portland, OR 97240-0118
  fax: (503) 555-0122
claim:
  number: CMH-26-0811-77240
  plan_type: employer_erisa
  funding: insured
  state: OR
  notice_date: October 20, 2026
  service_dates: [2026-08-04, 2026-08-06, 2026-08-11, 2026-08-13, 2026-08-18, 2026-08-20]
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Upon appeal review, the original decision is upheld. Intravenous ketamine infusion for depression is
    considered investigational and not medically necessary under Clinical Policy BH-207 (Ketamine and
    Esketamine), section 3. This is the final internal adverse benefit determination.
  denial_category: experimental_investigational
  action: none
  reviewer: {name: "Dr. Howard T. Pellegrini", specialty: "Family Medicine"}
  appeal_deadline: February 20, 2027
  deadline_basis: >-
    Stated in the final decision: "You may request an external review within four months of the date of this
    letter."
template: external-review-request
external_review:
  agency: Oregon insurance regulator, external review program (FICTIONAL address)
  address: |-
    External Review Coordinator
    PO Box 14480
    Salem, OR 97309-0480
  final_denial_date: October 20, 2026
plan_policy:
  name: Clinical Policy BH-207 (Ketamine and Esketamine)
  quote: >-
    3. Intravenous ketamine for the treatment of depression or any psychiatric disorder is considered
    investigational because its long-term safety and efficacy have not been established.
  file: other/clinical-policy-BH-207-excerpt.txt
treatment:
  name: IV ketamine infusions
  summary: >-
    Six infusions of racemic ketamine 0.5 mg/kg over 40 minutes in August 2026, with monitoring, for
    treatment-resistant depression after four adequate failed trials.
  setting: Willamette Infusion and Psychiatry, outpatient infusion suite (FICTIONAL)
  monitoring: pulse oximetry and blood pressure every 15 minutes; observed 60 minutes after each infusion
  alongside: venlafaxine XR 225 mg daily, continued
author:
  name: Ingrid Solveig Amankwah
  relation: patient
provider:
  name: Tomasz Wieczorek-Hale
  credentials: MD, psychiatrist
  npi: "1588230114"
  phone: (541) 555-0131
  address: |-
    Willamette Infusion and Psychiatry, 455 Coburg Road, Suite 6
    Eugene, OR 97401
clinical:
  episode_onset: November 2023
  severity: PHQ-9 8 and MADRS 12 on September 24, 2026 (after the infusions); PHQ-9 22 and MADRS 35 on July 21, 2026 (before)
  severity_date: 2026-09-24
  suicidality: none
  response: MADRS 35 before the first infusion (July 21, 2026), 12 on September 24, 2026
  exclusions: >-
    July 21, 2026: no psychosis, no substance use disorder, blood pressure 122/78, no uncontrolled cardiac disease
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2019-02
      end: 2020-01
      outcome: Remission of an earlier episode; tapered off in January 2020
      response: remission
      evidence: {file: clinical/psychiatry-intake-2024.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg daily
      start: 2023-12-04
      end: 2023-12-26
      outcome: Stopped after three weeks for nausea
      adequate: false
      evidence: {file: clinical/psychiatry-intake-2024.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2024-03
      end: 2024-06
      outcome: No response
      response: none
      evidence: {file: clinical/psychiatry-intake-2024.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2024-07-15
      end: 2026-07-21
      outcome: Partial response only at 225 mg; continued alongside ketamine
      response: partial
      adequate: true
      evidence: {file: clinical/psychiatry-progress-notes-2026.txt, page: 1}
    - drug: Aripiprazole (added to venlafaxine)
      kind: augmentation
      dose: 5 mg daily
      start: 2024-11-04
      end: 2025-01-13
      outcome: No added benefit after ten weeks; akathisia
      response: none
      evidence: {file: clinical/psychiatry-progress-notes-2026.txt, page: 1}
    - drug: Cognitive behavioral therapy
      kind: psychotherapy
      dose: weekly sessions
      sessions: 16
      adequate: true
      start: 2025-02
      end: 2025-06
      outcome: Completed 16 sessions; skills helpful, depressive symptoms unchanged
      response: none
      evidence: {file: clinical/psychiatry-progress-notes-2026.txt, page: 1}
bates_prefix: AMANKWAH
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
literature:
  - id: murrough-2013
  - id: anand-2023
""", {
"denial/final-internal-appeal-decision-2026-10-20.txt": """CASCADE MUTUAL HEALTH PLAN (FICTIONAL)
Grievance and Appeals Unit * PO Box 40118 * Portland OR 97240-0118 * Fax 503-555-0122

October 20, 2026

INGRID S AMANKWAH
2710 ALDER BLUFF LN
EUGENE OR 97405

Member ID: CMH-FICT-90331457      Group: 00417-OR (Pacific Timberline Cooperative)
Claim/Appeal ref: CMH-26-0811-77240   Appeal no. AP-2026-5521

RE: Your appeal - FINAL INTERNAL ADVERSE BENEFIT DETERMINATION

Dear Ingrid Amankwah:

We received your appeal on September 3, 2026 of our denial of claims for intravenous ketamine infusions
(CPT 96365, 96366; HCPCS J3490) on 08/04, 08/06, 08/11, 08/13, 08/18 and 08/20/2026.

Decision: Upon appeal review, the original decision is upheld. Intravenous ketamine infusion for depression is
considered investigational and not medically necessary under Clinical Policy BH-207 (Ketamine and
Esketamine), section 3. This is the final internal adverse benefit determination.

Reviewer: Howard T. Pellegrini, MD, Board certified in Family Medicine.

Your right to an external review: You may request an external review within four months of the date of this
letter. External review of this coverage decision is conducted through the Oregon insurance regulator's
independent review program because your group coverage is insured by Cascade Mutual. Send the enclosed form
to the address on the form. You do not have to pay for an external review.

You may ask for copies of all documents relevant to your claim free of charge.

This notice is available in other languages. Call 1-800-555-0145.
FICTIONAL DOCUMENT.
""",
"clinical/psychiatry-intake-2024.txt": """WILLAMETTE INFUSION AND PSYCHIATRY (FICTIONAL)
Psychiatric evaluation - 02/27/2024          Pt: Amankwah, Ingrid S   DOB 07/02/1984

HPI: 39F w/ recurrent MDD. Current episode began ~Nov 2023 after job loss. Prior episode 2019 treated by PCP
w/ sertraline 150 mg -> full remission, tapered off Jan 2020, well until late 2023.
This episode: escitalopram 10 mg started 12/04/23 by PCP, d/c'd 12/26/23 d/t nausea (3 wks - not an adequate trial).
Denies SI/HI. No hx of suicide attempts. Denies psychosis. ETOH: 2 glasses wine/wk, no SUD.
PHQ-9 today 20.
Plan: start bupropion XL 150 -> 300 mg. Refer to CBT.

Follow-up note 06/2024 (date illegible on scanned copy): bupropion XL 300 mg x ~3 mo, "no real change". PHQ-9 21.
Plan: cross-taper to venlafaxine XR.
FICTIONAL DOCUMENT.
""",
"clinical/psychiatry-progress-notes-2026.txt": """WILLAMETTE INFUSION AND PSYCHIATRY (FICTIONAL) - progress notes, Amankwah, Ingrid S

01/13/2025: Aripiprazole 5 mg added to venlafaxine XR 225 mg on 11/04/2024 - no added benefit after 10 wks,
akathisia. Stop aripiprazole. Continue venlafaxine XR 225 mg (partial response only). Start CBT.
06/30/2025: CBT completed 16 sessions (Feb-Jun 2025). Skills helpful; PHQ-9 unchanged at 19.
07/21/2026: MADRS 35, PHQ-9 22. No SI (C-SSRS screen negative). BP 122/78. No psychosis, no SUD.
Discussed ECT: pt declines at this time; ketamine infusion series recommended. Continue venlafaxine XR 225 mg.
08/04-08/20/2026: six IV ketamine infusions 0.5 mg/kg over 40 min, vitals q15 min, observed 60 min. Tolerated.
09/24/2026: MADRS 12, PHQ-9 8. Returned to work full time 09/14/2026. No SI.
FICTIONAL DOCUMENT.
""",
"other/clinical-policy-BH-207-excerpt.txt": """CASCADE MUTUAL HEALTH PLAN (FICTIONAL) - Clinical Policy BH-207 (Ketamine and Esketamine)
Effective 01/01/2026 - excerpt

1. Esketamine nasal spray (Spravato) is considered medically necessary for treatment-resistant depression when
   criteria A-E are met (see Pharmacy Policy RX-114).
2. Ketamine used for anesthesia is not addressed by this policy.
3. Intravenous ketamine for the treatment of depression or any psychiatric disorder is considered
   investigational because its long-term safety and efficacy have not been established.
References (partial): none listed after 2019.
FICTIONAL DOCUMENT.
""",
}, """# 01 - Insured employer plan, IV ketamine for TRD, external review after the final internal denial; the patient writes (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Ingrid Amankwah, 42, covered through her employer's **insured** group plan (Cascade Mutual, Oregon). The
  plan upheld its denial of six IV ketamine infusions (August 4-20, 2026) on appeal: the decision of
  **2026-10-20** is the **final internal adverse benefit determination**. She writes herself ("I").
- Rule: a final internal denial that turns on medical judgment or on a determination that a treatment is
  experimental/investigational is eligible for external review. Because the coverage is insured, the state
  process applies (45 CFR 147.136(c) / 29 CFR 2590.715-2719(c) for a group health plan); the decision states the
  window: **four months from 2026-10-20**, i.e. 2027-02-20. The reviewer is independent; the plan is bound by it.
- Denial reason: Clinical Policy BH-207 section 3, which **names IV ketamine for depression** as investigational.
- Trials in the current episode (onset November 2023): bupropion XL 300 mg (March-June 2024, by month; no
  response), venlafaxine XR 225 mg (since July 2024, partial; continued alongside), aripiprazole 5 mg
  augmentation (10 weeks, none), CBT 16 sessions (psychotherapy, completed, unchanged). Two adequate failed
  antidepressant trials, one augmentation, one psychotherapy course.
- The infusions worked: MADRS 35 -> 12, back at work full time 2026-09-14. Suicidality: **none** (C-SSRS negative).
- Reviewer at appeal: family medicine, not psychiatry.

## Deliberately unknown
- The exact day of the June 2024 follow-up (illegible); the exact start/end days of bupropion (month only:
  the row still spans at least six weeks by its shortest reading).
- Whether the plan's policy reflects literature after 2019 (the excerpt lists none): ask, don't assert.

## Traps
- Escitalopram 10 mg for three weeks: not adequate, never counted.
- Sertraline 2019-2020 was a **remission in an earlier episode**: not a failure.
- Aripiprazole is augmentation and CBT is psychotherapy: not antidepressant trials. "Four failed antidepressants"
  is false.
- "Denies SI" / "No SI": no suicidality or harm paragraph about suicidal ideation.
- The quoted policy names IV ketamine for depression: never "the policy does not address IV ketamine".
- The appeal already happened: this is the external review request, not another internal appeal; it appeals the
  2026-10-20 decision, not the original EOB. It is not the federal (HHS-administered) process: insured -> state.
- The treatment is finished: no expedited review, nothing "pending".

## Arguments a strong letter makes
1. Request independent external review of the 2026-10-20 final internal denial, in time (four months).
2. Investigational label contradicted by evidence (randomized trials and meta-analyses of IV ketamine in TRD;
   e.g. Murrough 2013; Anand 2023 for the ECT alternative she declined), and by the plan's own policy covering esketamine for the same condition.
3. Clinical record: treatment-resistant depression (two adequate failed antidepressants, failed augmentation,
   failed CBT), documented response to the infusions; the appeal reviewer was not a psychiatrist.

## What a letter must NOT say
- "first-level appeal", "internal appeal" as the request; "expedited"; "suicidal ideation"; "escitalopram
  failed"; "sertraline failed"; "four failed antidepressants"; "BH-207 does not mention IV ketamine";
  "the plan named no criteria/policy"; Labor Department/EBSA as the external reviewer; a federal HHS external
  review contractor.
""", [("denial/final-internal-appeal-decision-2026-10-20.txt", "within four months of the date of this"),
      ("denial/final-internal-appeal-decision-2026-10-20.txt", "final internal adverse benefit determination"),
      ("other/clinical-policy-BH-207-excerpt.txt", "Intravenous ketamine for the treatment of depression"),
      ("clinical/psychiatry-intake-2024.txt", "3 wks - not an adequate trial"),
      ("clinical/psychiatry-progress-notes-2026.txt", "No SI (C-SSRS screen negative)"),
      ("clinical/psychiatry-progress-notes-2026.txt", "MADRS 12")])

# ---------------------------------------------------------------- 02
case("02-church-plan-ketamine-crps-exclusion", """
# FICTIONAL CASE (set 7, case 02) - every person, plan, number and address is invented.
# Church plan (self-funded, not ERISA): pre-service request for IV ketamine for CRPS denied under an exclusion
# that NAMES ketamine; a nonprofit patient advocate writes the first internal appeal and asks for the plan's
# medical-director exception.
patient:
  name: Bartholomew Nnamdi Kessler
  salutation: Mr. Kessler
  date_of_birth: January 19, 1969
  member_id: PCBT-FICT-0049921
  address: |-
    88 Quarry Ridge Road
    Decorah, IA 52101
  phone: (563) 555-0107
insurer:
  name: Prairie Conference Benefit Trust, church plan (FICTIONAL)
  appeals_address: |-
    Claims Appeals, Prairie Conference Benefit Trust
    PO Box 2290
    Des Moines, IA 50306-2290
  fax: (515) 555-0118
claim:
  number: PCBT-PA-26-3318
  plan_type: church
  funding: self_funded
  notice_date: November 12, 2026
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [G90.521]
  denial_reason: >-
    Your request for a five-day outpatient ketamine infusion series is denied. Plan Document section 8.2(r)
    excludes: "Ketamine infusions for any indication other than anesthesia during a covered surgical procedure."
    This is a benefit exclusion; medical necessity was not reviewed.
  denial_category: not_covered
  action: none
  appeal_deadline: May 11, 2027
  deadline_basis: >-
    Stated in the notice: "You have 180 days from the date you receive this notice to file a written appeal."
    (180 days counted from the notice date, the earliest reading.)
plan_policy:
  name: Plan Document section 8.2(r)
  quote: >-
    (r) Ketamine infusions for any indication other than anesthesia during a covered surgical procedure.
  exception: >-
    9.6 Exceptions. The Plan Administrator may, upon the written recommendation of the Plan's Medical Director,
    approve as an exception a service that is otherwise excluded under Section 8.2 when (a) the Member's
    condition is serious, (b) covered alternatives have been tried and have failed or are contraindicated, and
    (c) the service is supported by peer-reviewed medical literature. An exception applies to the Member's
    request only and does not amend the Plan.
  other_terms: >-
    10.1 The Plan Administrator has discretionary authority to interpret the terms of the Plan.
  file: other/plan-document-excerpt-sections-8-10.txt
treatment:
  name: IV ketamine infusions
  summary: >-
    A five-day outpatient series of low-dose ketamine infusions for complex regional pain syndrome of the right
    lower limb, after nerve blocks, medications and physical therapy gave no lasting relief.
  setting: Northeast Iowa Pain Specialists, hospital outpatient infusion unit (FICTIONAL)
  monitoring: continuous pulse oximetry and ECG, blood pressure every 15 minutes, anesthesiologist on site
  plan: >-
    Ketamine 0.35 mg/kg/h, 4 hours daily for 5 consecutive days; pain (NRS) and function measured at baseline,
    day 5, week 4 and week 12; no repeat series unless NRS falls by 30% or more.
author:
  name: Ruth Anneliese Obermeyer
  role: Patient advocate, Heartland Patient Advocacy Network (FICTIONAL nonprofit), writing with Mr. Kessler's written authorization
  relation: representative
  authorization: other/authorization-to-represent.txt
  address: |-
    Heartland Patient Advocacy Network, 120 Water Street, Suite 4
    Decorah, IA 52101
  phone: (563) 555-0119
  email: rao@heartland-advocacy.example
provider:
  name: Priya Venkataraman-Doyle
  credentials: MD, anesthesiology and pain medicine
  npi: "1730446105"
  phone: (563) 555-0125
  address: |-
    Northeast Iowa Pain Specialists, 901 Montgomery Street
    Decorah, IA 52101
clinical:
  episode_onset: April 2025
  severity: NRS pain 8/10 average; unable to bear weight on the right foot for more than 10 minutes (October 29, 2026)
  severity_date: 2026-10-29
  exclusions: >-
    October 29, 2026: no psychosis, no uncontrolled hypertension (BP 128/80), no liver disease, no substance use disorder
  history:
    - drug: Gabapentin
      dose: 300 mg three times daily
      start: 2025-06-02
      end: 2025-06-12
      outcome: Stopped after 10 days for dizziness
      adequate: false
      evidence: {file: clinical/pain-clinic-notes.txt, page: 1}
    - drug: Pregabalin
      dose: 150 mg twice daily
      start: 2025-07
      end: 2025-11
      outcome: No meaningful relief at full dose
      response: none
      evidence: {file: clinical/pain-clinic-notes.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-12-01
      end: 2026-03-15
      outcome: No meaningful relief after 15 weeks
      response: none
      evidence: {file: clinical/pain-clinic-notes.txt, page: 1}
    - drug: Lumbar sympathetic blocks (three)
      kind: other
      dose: three blocks, right L2-L3
      start: 2026-02
      end: 2026-05
      outcome: Relief for 2 to 3 days after each block only
      response: lost
      evidence: {file: clinical/pain-clinic-notes.txt, page: 1}
    - drug: Physical therapy (graded motor imagery, desensitization)
      kind: other
      dose: 14 visits
      start: 2025-05
      end: 2025-09
      outcome: No lasting improvement; allodynia unchanged
      response: none
      evidence: {file: clinical/physical-therapy-discharge.txt, page: 1}
bates_prefix: KESSLER
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", {
"denial/benefit-determination-2026-11-12.txt": """PRAIRIE CONFERENCE BENEFIT TRUST (FICTIONAL)
A church plan maintained by the Prairie Conference. Not subject to ERISA.

NOTICE OF ADVERSE BENEFIT DETERMINATION - PRE-SERVICE
Date: 11/12/2026     Reference: PCBT-PA-26-3318     Member: KESSLER, BARTHOLOMEW N   ID PCBT-FICT-0049921
Provider: Northeast Iowa Pain Specialists

Your request for a five-day outpatient ketamine infusion series is denied. Plan Document section 8.2(r)
excludes: "Ketamine infusions for any indication other than anesthesia during a covered surgical procedure."
This is a benefit exclusion; medical necessity was not reviewed.

Appeal rights: You have 180 days from the date you receive this notice to file a written appeal. Send it to
Claims Appeals, Prairie Conference Benefit Trust, PO Box 2290, Des Moines IA 50306-2290, fax 515-555-0118.
You may request copies of documents relevant to your claim free of charge.
FICTIONAL DOCUMENT.
""",
"clinical/pain-clinic-notes.txt": """NORTHEAST IOWA PAIN SPECIALISTS (FICTIONAL) - Kessler, Bartholomew N  DOB 01/19/1969

10/29/2026 Pain follow-up. CRPS type I R foot/ankle (Budapest criteria met 05/2025) after R ankle ORIF 04/2025.
Meds tried: gabapentin 300 TID x10 days 06/2025 - stopped, dizziness (not an adequate trial). Pregabalin 150 BID
Jul-Nov 2025 - no meaningful relief. Duloxetine 60 mg 12/01/25-03/15/26 - no meaningful relief after 15 wks.
Lumbar sympathetic blocks x3 (Feb, Mar, May 2026): 2-3 days relief each, then back to baseline.
SCS: discussed trial 08/2026; pt declined a trial at this time (no SCS trial has been done).
Pain NRS 8/10, allodynia to light touch, edema, temperature asymmetry 1.8 C. Cannot bear weight > 10 min.
Mood: low but denies depression; PHQ-9 6. Denies SI. No psychosis. BP 128/80. No SUD.
Plan: IV ketamine 0.35 mg/kg/h x4 h/day x5 days; outcomes NRS + function at day 5, wk 4, wk 12.
FICTIONAL DOCUMENT.
""",
"clinical/physical-therapy-discharge.txt": """RIVERBEND PHYSICAL THERAPY (FICTIONAL) - Discharge summary 09/2025
Patient: Bartholomew Kessler. Dx: CRPS I right lower limb. Visits: 14 (May-Sep 2025).
Interventions: graded motor imagery, mirror therapy, desensitization, aquatic therapy.
Outcome: no lasting improvement; allodynia unchanged. Discharged: plateau.
FICTIONAL DOCUMENT.
""",
"other/plan-document-excerpt-sections-8-10.txt": """PRAIRIE CONFERENCE BENEFIT TRUST - PLAN DOCUMENT (restated 01/01/2026) - excerpt (FICTIONAL)

8.2 General Exclusions. The Plan does not cover:
(q) Custodial care.
(r) Ketamine infusions for any indication other than anesthesia during a covered surgical procedure.
(s) Services of a provider who is a member of the Member's immediate family.

9.6 Exceptions. The Plan Administrator may, upon the written recommendation of the Plan's Medical Director,
approve as an exception a service that is otherwise excluded under Section 8.2 when (a) the Member's
condition is serious, (b) covered alternatives have been tried and have failed or are contraindicated, and
(c) the service is supported by peer-reviewed medical literature. An exception applies to the Member's
request only and does not amend the Plan.

10.1 The Plan Administrator has discretionary authority to interpret the terms of the Plan.
FICTIONAL DOCUMENT.
""",
"other/authorization-to-represent.txt": """AUTHORIZATION TO REPRESENT (FICTIONAL)
I, Bartholomew N. Kessler (member ID PCBT-FICT-0049921), authorize Ruth A. Obermeyer of Heartland Patient
Advocacy Network to file and pursue my appeal of reference PCBT-PA-26-3318 and to receive my health
information for that purpose.  Signed: B. N. Kessler   Date: 11/16/2026
FICTIONAL DOCUMENT.
""",
}, """# 02 - Church plan, pre-service IV ketamine for CRPS, benefit exclusion that names ketamine; advocate writes (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Bartholomew Kessler, 57, covered by a **church plan** (Prairie Conference Benefit Trust, self-funded, says it
  is not subject to ERISA). Pre-service request (reference PCBT-PA-26-3318) for a 5-day IV ketamine series for
  CRPS type I, right foot, denied **2026-11-12** under Plan Document **8.2(r)**, which **names ketamine
  infusions** ("for any indication other than anesthesia during a covered surgical procedure"). The notice says
  medical necessity was **not** reviewed.
- Author: Ruth Obermeyer, nonprofit advocate, with written authorization (other/authorization-to-represent.txt).
- Rule: church plans are outside ERISA's claims rule; a non-grandfathered church plan follows the ACA internal
  appeal/external review rules through the Internal Revenue Code, 26 CFR 54.9815-2719. Window: 180 days from
  receipt (the notice), i.e. at least until 2027-05-11 counted from the notice date.
- The plan's own route: **section 9.6 exception** (Medical Director recommendation; serious condition; covered
  alternatives tried and failed or contraindicated; peer-reviewed support). Its parts (a) and (b) are met on the
  record: serious CRPS (NRS 8/10, cannot bear weight > 10 minutes), pregabalin (full dose, months), duloxetine
  (15 weeks), three sympathetic blocks (days of relief only), 14 PT visits all failed.
- Section 10.1 gives the administrator **discretion** to interpret.

## Deliberately unknown
- Whether the plan is grandfathered (the notice does not say) - so whether external review is available at all
  is unknown; a benefit exclusion is in any case not a medical-judgment denial.
- Exact days of pregabalin, blocks and PT (months only).

## Traps
- The exclusion names the treatment: the letter must never say 8.2(r) does not reach IV ketamine for CRPS, nor
  that ketamine here is "anesthesia". The honest route is the 9.6 exception (and, subsidiarily, asking the plan
  to confirm how it applies 8.2(r)).
- Gabapentin 10 days: not adequate. "SCS: pt declined a trial ... no SCS trial has been done": there was **no**
  spinal cord stimulator trial; never list one as failed.
- Pain case: duloxetine counts as a medication trial, not an antidepressant trial; no depression argument
  ("denies depression", PHQ-9 6; "Denies SI": no suicidality paragraph).
- Mental-health **parity does not apply** (CRPS is a medical condition). No ERISA / 29 CFR 2560.503-1 / EBSA /
  Labor Department; no contra proferentem stated as law (discretion clause); no "medically necessary" dispute to
  win since medical necessity was not reviewed (the letter may show it, but the reason is the exclusion).
- No peer-to-peer on "medical necessity", no "reviewer was not a pain physician" (no clinical reviewer decided).

## Arguments a strong letter makes
1. Request a section 9.6 exception, quoting it, and show each of its three conditions met (serious condition;
   covered alternatives failed; peer-reviewed literature on ketamine for CRPS - modest, don't overstate).
2. A defined, monitored, time-limited plan with stop rules (treatment.plan), so the exception is bounded.
3. Ask for the Medical Director's recommendation and the documents relevant to the claim.

## What a letter must NOT say
- "8.2(r) does not apply/does not name this treatment"; "ketamine as anesthesia"; "failed spinal cord stimulator
  trial"; "gabapentin failed"; "four failed antidepressants"; "suicidal ideation"; any parity/MHPAEA citation;
  ERISA, 29 CFR 2560.503-1, EBSA; "ambiguities must be read in the member's favor" as law; "the denial rests on a
  medical judgment".
""", [("denial/benefit-determination-2026-11-12.txt", "Ketamine infusions for any indication other than anesthesia"),
      ("denial/benefit-determination-2026-11-12.txt", "medical necessity was not reviewed"),
      ("other/plan-document-excerpt-sections-8-10.txt", "9.6 Exceptions"),
      ("other/plan-document-excerpt-sections-8-10.txt", "discretionary authority"),
      ("clinical/pain-clinic-notes.txt", "no SCS trial has been done"),
      ("clinical/pain-clinic-notes.txt", "not an adequate trial")])

# ---------------------------------------------------------------- 03
case("03-medicare-advantage-spravato-pa-never-decided", """
# FICTIONAL CASE (set 7, case 03) - every person, plan, number and address is invented.
# Medicare Advantage PPO: Spravato (Part B, G2083) claims denied "no authorization on file" although the clinic
# faxed the prior-authorization request and the plan never decided it; the treating psychiatrist writes the
# reconsideration with the member's CMS-1696.
patient:
  name: Eleanor Mae Castellanos-Whitby
  salutation: Mrs. Castellanos-Whitby
  date_of_birth: May 30, 1955
  member_id: SRM-FICT-H9912-004417
  address: |-
    1406 Juniper Hollow Drive
    Tucson, AZ 85718
  phone: (520) 555-0148
insurer:
  name: Sunridge Medicare Advantage PPO (FICTIONAL)
  appeals_address: |-
    Medicare Appeals and Grievances
    PO Box 61905
    Phoenix, AZ 85082-1905
  fax: (602) 555-0157
claim:
  number: SRM-CLM-2026-10-88413
  plan_type: medicare_advantage
  notice_date: October 27, 2026
  service_dates: [2026-09-08, 2026-09-11, 2026-09-15, 2026-09-18, 2026-09-22, 2026-09-25, 2026-09-29, 2026-10-02]
  procedure_codes: [G2083]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Payment denied. Services require prior authorization. No authorization on file for dates of service
    09/08/2026-10/02/2026. (CARC 197)
  denial_category: prior_authorization
  action: none
  appeal_deadline: December 26, 2026
  deadline_basis: >-
    Stated in the notice: "You must ask for a reconsideration within 60 calendar days of the date of this notice."
prior_auth:
  requested_on: August 21, 2026
  never_decided: true
  reason_missing: >-
    The clinic faxed a complete prior-authorization request on August 21, 2026 (fax confirmation enclosed);
    the plan neither approved nor denied it and sent no notice.
treatment:
  name: Spravato (esketamine nasal spray)
  summary: >-
    Induction with esketamine nasal spray 56 mg then 84 mg twice weekly for four weeks, in a REMS-certified
    clinic, with duloxetine continued.
  setting: Catalina Foothills Psychiatry, a REMS-certified outpatient clinic (FICTIONAL)
  monitoring: blood pressure before and at 40 minutes and 2 hours; two hours of observation after each dose
  alongside: duloxetine 60 mg daily, continued
author:
  name: Rafael Ignatius Montenegro
  role: Treating psychiatrist, writing on the member's behalf with her signed CMS-1696
  relation: physician
  authorization: other/cms-1696-appointment-of-representative.txt
provider:
  name: Rafael Ignatius Montenegro
  credentials: MD, psychiatrist
  npi: "1861774200"
  phone: (520) 555-0162
  address: |-
    Catalina Foothills Psychiatry, 6100 North Campbell Avenue, Suite 210
    Tucson, AZ 85718
clinical:
  episode_onset: February 2025
  severity: MADRS 31 and PHQ-9 20 on August 18, 2026 (before induction); MADRS 18 on October 2, 2026
  severity_date: 2026-10-02
  suicidality: none
  exclusions: >-
    August 18, 2026: no aneurysmal vascular disease, no intracerebral hemorrhage, BP 132/80, no psychosis,
    no substance use disorder; MoCA 28/30
  history:
    - drug: Sertraline
      dose: 100 to 150 mg daily
      start: 2025-03-03
      end: 2025-05-12
      outcome: No response after ten weeks at 150 mg
      response: none
      evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Citalopram
      dose: 20 mg daily (maximum dose over age 60)
      start: 2025-05-19
      end: 2025-08-04
      outcome: Partial response only after eleven weeks
      response: partial
      adequate: true
      evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Mirtazapine (for sleep)
      kind: other
      dose: 7.5 mg at bedtime
      start: 2025-08
      end: 2025-10
      outcome: Hypnotic dose for insomnia, not an antidepressant trial
      adequate: false
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-09-02
      end: 2026-08-18
      outcome: Partial response only at 60 mg; continued alongside esketamine
      response: partial
      adequate: true
      evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
    - drug: TMS
      kind: neuromodulation
      dose: 30 sessions, left DLPFC 10 Hz
      sessions: 30
      adequate: true
      start: 2024-01
      end: 2024-02
      outcome: Response in an earlier episode; well until February 2025
      response: lost
      evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
bates_prefix: CASTELLANOSWHITBY
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
literature:
  - id: popova-2019
""", {
"denial/explanation-of-benefits-and-notice-2026-10-27.txt": """SUNRIDGE MEDICARE ADVANTAGE PPO (FICTIONAL) - H9912
NOTICE OF DENIAL OF PAYMENT (CMS-approved model wording adapted; FICTIONAL)
Date of this notice: 10/27/2026
Member: ELEANOR M CASTELLANOS-WHITBY   Member ID: SRM-FICT-H9912-004417
Claim: SRM-CLM-2026-10-88413   Provider: CATALINA FOOTHILLS PSYCHIATRY

Service                              DOS                 Billed     Paid   Reason
G2083 esketamine >56mg + obs      09/08/26 - 10/02/26 (8)  $9,840.00  $0.00  197

197: Payment denied. Services require prior authorization. No authorization on file for dates of service
09/08/2026-10/02/2026. (CARC 197)

If you disagree: You must ask for a reconsideration within 60 calendar days of the date of this notice.
Send it to Medicare Appeals and Grievances, PO Box 61905, Phoenix AZ 85082-1905, fax 602-555-0157.
FICTIONAL DOCUMENT.
""",
"other/prior-authorization-request-fax-confirmation-2026-08-21.txt": """FAX TRANSMISSION REPORT (FICTIONAL)
Date/Time: 08/21/2026 14:06   To: 602-555-0150 (Sunridge MA Utilization Management)   Pages: 14   Result: OK
Cover: Prior authorization request - Spravato (esketamine) induction, G2082/G2083, member SRM-FICT-H9912-004417,
Catalina Foothills Psychiatry, Dr. R. I. Montenegro. Clinical notes, PHQ-9/MADRS, medication history attached.

Call log (clinic): 08/28/2026 called UM 1-800-555-0152, rep "Dana": "request received 08/21, pending clinical
review". 09/04/2026 called again: "still pending, no decision". 09/06/2026: induction started (pt MADRS 31).
No approval and no denial letter was ever received.
FICTIONAL DOCUMENT.
""",
"clinical/psychiatry-notes-2025-2026.txt": """CATALINA FOOTHILLS PSYCHIATRY (FICTIONAL) - Castellanos-Whitby, Eleanor M, DOB 05/30/1955

Hx: recurrent MDD. Episode 2023-24 responded to TMS (30 sessions Jan-Feb 2024), well until Feb 2025 relapse.
Current episode since Feb 2025: sertraline 100->150 mg 03/03/25-05/12/25, no response (10 wks).
Citalopram 20 mg (max dose > age 60, QTc) 05/19/25-08/04/25: partial response only (11 wks).
Mirtazapine 7.5 mg hs Aug-Oct 2025 for insomnia only.
Duloxetine 60 mg since 09/02/25: partial response only; continue with esketamine.
08/18/2026: MADRS 31, PHQ-9 20. No SI, C-SSRS negative. No psychosis. BP 132/80. MoCA 28/30. No SUD.
No aneurysmal vascular disease or ICH history. Plan: Spravato induction (REMS site), 2 h observation.
09/08-10/02/2026: 8 induction sessions 56 mg -> 84 mg, observed 2 h each, BP stable.
10/02/2026: MADRS 18. No SI. Continue duloxetine. Maintenance sessions on hold pending plan decision.
FICTIONAL DOCUMENT.
""",
"other/cms-1696-appointment-of-representative.txt": """FORM CMS-1696 APPOINTMENT OF REPRESENTATIVE (content, FICTIONAL)
I, Eleanor M. Castellanos-Whitby (Medicare/plan member SRM-FICT-H9912-004417), appoint Rafael I. Montenegro, MD,
to act as my representative in connection with my claim or asserted right under Medicare Part C for claim
SRM-CLM-2026-10-88413.  Signed 11/02/2026.  Representative accepted: R. I. Montenegro, MD, 11/03/2026.
Waiver of fee: the representative will not charge a fee.
FICTIONAL DOCUMENT.
""",
}, """# 03 - Medicare Advantage, Spravato (Part B) claims denied for no authorization; the plan never decided the request; the psychiatrist writes (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Eleanor Castellanos-Whitby, 71, in a **Medicare Advantage** PPO. Eight Spravato induction sessions
  (G2083, 2026-09-08 to 2026-10-02) were **denied for payment** on 2026-10-27: "No authorization on file".
- The clinic **faxed a complete prior-authorization request on 2026-08-21** (fax report "Result: OK"); the plan
  said twice by phone it was pending and **never decided it** (no approval, no denial notice). Treatment began
  2026-09-08 (the clinic note says 09/06 - see traps).
- Rule: MA reconsideration of a payment denial, **60 days from the notice** (42 CFR 422.582(b)): 2026-12-26.
  Decision on a **payment** reconsideration: 60 days (422.590(b)). Under 422.568(b)(2) a Part B drug request must
  be decided within 72 hours; the plan's silence is itself a failure to decide. The author is the treating
  psychiatrist with the member's CMS-1696.
- Spravato here is billed under Part B (G2083 includes the drug and the observation).
- Record: sertraline 150 mg 10 weeks (none), citalopram 20 mg 11 weeks (partial; 20 mg is the maximum over 60),
  duloxetine 60 mg a year (partial, continued alongside): three adequate failed antidepressants in the current
  episode (since February 2025). MADRS 31 -> 18 after induction. Suicidality **none**. REMS site, 2 h observation.

## Deliberately unknown
- Whether the plan's UM portal ever logged the fax (the phone rep said "received"; no reference number given).
- Maintenance: "on hold pending plan decision": no maintenance dates are scheduled, so nothing is pending.

## Traps
- The 7-day Part B drug reconsideration clock (422.590(c)) is for a pre-service Part B drug request; this is a
  payment reconsideration (60 days). Don't promise 7 days; don't call it expedited.
- Not "authorization was not requested" / no "retroactive authorization because of an emergency": it WAS requested
  and never decided. The letter should say so and ask for a decision on the merits.
- Date conflict in the clinic's own call log: "09/06/2026: induction started" vs first billed/treated date
  09/08/2026 (the progress note and claim). The letter must use 09/08.
- Mirtazapine 7.5 mg = sleep; TMS 2024 = response in an earlier episode (not a failure; do not count it).
- No suicidality paragraph, no Spravato "suicidality indication".
- MA is not ERISA, no state external review, no "plan terms decide" via ERISA; MA's next level is the IRE,
  automatic if the plan upholds (the member does not file it).
- "Psychiatrist prescriber" is a payer criterion, not a label requirement; since January 2025 TRD may be
  monotherapy - duloxetine continued anyway.

## Arguments a strong letter makes
1. The request was made in time (fax report, phone confirmations) and the plan never decided it; a payment
   denial for "no authorization on file" cannot stand when the plan sat on a complete request. Decide on the merits.
2. On the merits: Medicare-covered indication (TRD, three adequate failed antidepressants, REMS site, monitoring),
   with a measured response (MADRS 31 -> 18); MA must cover what Original Medicare covers (422.101).
3. Reconsideration filed within 60 days; decide within the payment-reconsideration time.

## What a letter must NOT say
- "we did not request authorization", "emergency", "within 7 days" for this payment request, "expedited",
  "09/06/2026 treatment", "suicidal ideation", "TMS failed", "mirtazapine trial", ERISA/29 CFR 2560.503-1,
  state external review, "the plan named no criteria" (it named none, but the letter need not claim it).
""", [("other/prior-authorization-request-fax-confirmation-2026-08-21.txt", "Result: OK"),
      ("other/prior-authorization-request-fax-confirmation-2026-08-21.txt", "No approval and no denial letter was ever received"),
      ("other/prior-authorization-request-fax-confirmation-2026-08-21.txt", "09/06/2026: induction started"),
      ("denial/explanation-of-benefits-and-notice-2026-10-27.txt", "within 60 calendar days of the date of this notice"),
      ("clinical/psychiatry-notes-2025-2026.txt", "No SI, C-SSRS negative"),
      ("clinical/psychiatry-notes-2025-2026.txt", "Maintenance sessions on hold pending plan decision")])

# ---------------------------------------------------------------- 04
case("04-medicaid-ffs-maintenance-ect-fair-hearing-spanish", """
# FICTIONAL CASE (set 7, case 04) - every person, plan, number and address is invented.
# Fee-for-service Medicaid (no managed care plan): the state's utilization reviewer ends maintenance ECT
# (notice in Spanish); the daughter asks for a state fair hearing before the end date. Letter in English.
patient:
  name: Ernesto Valdivia Rincón
  salutation: Mr. Valdivia
  date_of_birth: March 8, 1968
  member_id: NMMA-FICT-700215584
  language: es
  address: |-
    415 Calle Arroyo Seco
    Las Cruces, NM 88001
  phone: (575) 555-0133
insurer:
  name: State Medicaid program, fee-for-service (FICTIONAL utilization review contractor Mesa Review Partners)
  appeals_address: |-
    Fair Hearings Bureau (FICTIONAL address)
    PO Box 2348
    Santa Fe, NM 87504-2348
  fax: (505) 555-0141
claim:
  number: MRP-UR-2026-112093
  plan_type: medicaid
  notice_date: November 20, 2026
  procedure_codes: [90870, "00104"]
  diagnosis_codes: [F33.2]
  action: end
  denial_reason: >-
    (Translated from the Spanish notice.) Continuation of maintenance electroconvulsive therapy (ECT) every three
    weeks is denied after December 5, 2026. More than 12 ECT treatments in 12 months are not medically necessary
    under criterion BH-ECT-04 section 2(c); no documentation that a reduction in frequency was attempted.
  denial_category: medical_necessity
  reviewer: {name: "Dr. Lorraine Abernathy-Vance", specialty: "Internal Medicine"}
  appeal_deadline: February 18, 2027
  deadline_basis: >-
    Stated in the notice (Spanish): "Tiene 90 días a partir de la fecha de este aviso para pedir una audiencia
    imparcial." (90 days from the notice date.)
template: external-review-request
external_review:
  agency: State Medicaid agency, Fair Hearings Bureau (FICTIONAL address)
  address: |-
    PO Box 2348
    Santa Fe, NM 87504-2348
  final_denial_date: November 20, 2026
plan_policy:
  name: Criterion BH-ECT-04 (Electroconvulsive therapy)
  quote: >-
    2(c) Continuation/maintenance ECT beyond 12 treatments in a rolling 12-month period is medically necessary
    only when an attempt to lengthen the interval between treatments was followed by relapse or early signs of
    relapse, documented by the treating psychiatrist.
  file: other/criterion-BH-ECT-04-excerpt.txt
treatment:
  name: maintenance electroconvulsive therapy (ECT)
  summary: >-
    Maintenance ECT every three weeks after an acute course that brought remission; a longer interval (five
    weeks) was tried in June-July 2026 and was followed by early relapse.
  setting: Mesilla Valley Regional Hospital, ECT suite (FICTIONAL)
  monitoring: anesthesia by an anesthesiologist, EEG seizure monitoring, cognitive screening (MoCA) every 3 months
author:
  name: Lucía Valdivia Ortega
  role: Daughter, writing as her father's authorized representative
  relation: representative
  authorization: other/autorizacion-representante-authorization.txt
  address: |-
    415 Calle Arroyo Seco
    Las Cruces, NM 88001
  phone: (575) 555-0134
provider:
  name: Gabriel Anaya-Trujillo
  credentials: MD, psychiatrist
  npi: "1460228731"
  phone: (575) 555-0146
  address: |-
    Mesilla Valley Behavioral Health, 2450 South Telshor Boulevard
    Las Cruces, NM 88011
clinical:
  episode_onset: January 2025
  severity: HAM-D 9 on November 10, 2026 (on maintenance ECT); HAM-D 18 on July 14, 2026 after the five-week interval
  severity_date: 2026-11-10
  suicidality: none
  history:
    - drug: Nortriptyline
      dose: 75 mg daily (level 92 ng/mL)
      start: 2025-02-03
      end: 2025-04-28
      outcome: No response after 12 weeks at a therapeutic level
      response: none
      evidence: {file: clinical/psychiatry-ect-notes.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-05
      end: 2025-08
      outcome: No response
      response: none
      evidence: {file: clinical/psychiatry-ect-notes.txt, page: 1}
    - drug: Lithium (added to venlafaxine)
      kind: augmentation
      dose: 600 mg daily (level 0.3 mmol/L)
      start: 2025-07
      end: 2025-08
      outcome: Subtherapeutic level; stopped for tremor after about four weeks
      adequate: false
      evidence: {file: clinical/psychiatry-ect-notes.txt, page: 1}
    - drug: ECT (acute course)
      kind: neuromodulation
      dose: 12 treatments, right unilateral ultrabrief
      sessions: 12
      adequate: true
      start: 2025-09-08
      end: 2025-10-20
      outcome: Remission (HAM-D 27 to 6)
      response: remission
      failed: false
      evidence: {file: clinical/psychiatry-ect-notes.txt, page: 1}
bates_prefix: VALDIVIA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
literature:
  - id: anand-2023
""", {
"denial/aviso-de-denegacion-2026-11-20.txt": """PROGRAMA ESTATAL DE MEDICAID - PAGO POR SERVICIO (FICTICIO / FICTIONAL)
Revisión de utilización: Mesa Review Partners (FICTICIO)

AVISO DE ACCIÓN - Fecha del aviso: 20 de noviembre de 2026
Beneficiario: Ernesto Valdivia Rincón     Núm. de Medicaid: NMMA-FICT-700215584
Número de referencia: MRP-UR-2026-112093
Servicio: Terapia electroconvulsiva (TEC) de mantenimiento cada 3 semanas (CPT 90870, anestesia 00104)

Decisión: Se niega la continuación de la TEC de mantenimiento después del 5 de diciembre de 2026. Más de 12
tratamientos de TEC en 12 meses no son médicamente necesarios según el criterio BH-ECT-04, sección 2(c); no hay
documentación de que se intentó reducir la frecuencia.
Revisor: Dra. Lorraine Abernathy-Vance, Medicina Interna.

Sus derechos: Tiene 90 días a partir de la fecha de este aviso para pedir una audiencia imparcial.
Si pide la audiencia antes del 5 de diciembre de 2026, sus servicios pueden continuar hasta la decisión.
Envíe su solicitud a: Fair Hearings Bureau, PO Box 2348, Santa Fe NM 87504-2348, fax 505-555-0141.
DOCUMENTO FICTICIO.
""",
"clinical/psychiatry-ect-notes.txt": """MESILLA VALLEY BEHAVIORAL HEALTH (FICTIONAL) - Valdivia Rincón, Ernesto  DOB 03/08/1968
(Interpreter: daughter declined; hospital Spanish interpreter used at each visit.)

Hx: MDD recurrent, severe, without psychotic features. Prior episode 2019 (hospitalized, suicide attempt by
overdose 2019 - earlier episode). Current episode since Jan 2025.
Nortriptyline 75 mg 02/03/25-04/28/25, level 92: no response. Venlafaxine XR 225 mg May-Aug 2025: no response.
Lithium 600 mg added Jul 2025 - level 0.3 (subtherapeutic), tremor, stopped ~4 wks (not an adequate trial).
Acute ECT x12 RUL ultrabrief 09/08/25-10/20/25: HAM-D 27 -> 6, remission.
Maintenance ECT: weekly x4, q2wk x4, then q3wk from 01/2026. 06/2026 interval lengthened to q5wk per plan to
taper; 07/14/2026 HAM-D 18, early relapse (insomnia, anhedonia, stopped going to church). Back to q3wk 07/2026.
11/10/2026: HAM-D 9. Denies SI. No psychotic features. MoCA 27/30 (stable). Plan: continue q3wk.
Treatments in the last 12 months (12/2025-11/2026): 17.
FICTIONAL DOCUMENT.
""",
"other/criterion-BH-ECT-04-excerpt.txt": """MESA REVIEW PARTNERS (FICTIONAL) - Criterion BH-ECT-04 Electroconvulsive therapy, rev. 03/2026 (excerpt)
2(c) Continuation/maintenance ECT beyond 12 treatments in a rolling 12-month period is medically necessary
only when an attempt to lengthen the interval between treatments was followed by relapse or early signs of
relapse, documented by the treating psychiatrist.
FICTIONAL DOCUMENT.
""",
"other/autorizacion-representante-authorization.txt": """AUTORIZACIÓN / AUTHORIZATION (FICTICIO / FICTIONAL)
Yo, Ernesto Valdivia Rincón, autorizo a mi hija Lucía Valdivia Ortega a representarme en mi audiencia imparcial
de Medicaid (referencia MRP-UR-2026-112093) y a recibir mi información médica.
I, Ernesto Valdivia Rincón, authorize my daughter Lucía Valdivia Ortega to represent me in my Medicaid fair
hearing (reference MRP-UR-2026-112093) and to receive my health information.
Firma / Signed: E. Valdivia R.   Fecha / Date: 11/24/2026
FICTIONAL DOCUMENT.
""",
}, """# 04 - Medicaid fee-for-service, maintenance ECT ended, notice in Spanish; the daughter asks for a state fair hearing (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Ernesto Valdivia Rincón, 58, in **fee-for-service** Medicaid (no managed-care plan; a utilization-review
  contractor decided for the state). Spanish-speaking (`patient.language: es`); the notice is in Spanish; the
  letter stays English. Author: his daughter Lucía, with his written (bilingual) authorization.
- Action: **ends** maintenance ECT (every 3 weeks) after **2026-12-05**; notice dated **2026-11-20**; reason:
  criterion BH-ECT-04 2(c) (> 12 treatments in 12 months) and "no documentation that a reduction in frequency
  was attempted".
- Rule: fee-for-service Medicaid has no plan-level appeal; the route is the **state fair hearing** (42 CFR
  431.220), within the time the notice gives - **90 days** (431.221(d) sets 90 as the ceiling): 2027-02-18.
  Services continue if the hearing is requested **before the date of action**, 2026-12-05 (42 CFR 431.230, as the
  notice says). The managed-care rules (438.402 plan appeal, 438.408(f) 120-day hearing window, 438.420) do
  **not** apply.
- The criterion's own exception is met: the interval was **lengthened to 5 weeks in June 2026 and was followed by
  early relapse** (HAM-D 18 on 2026-07-14); documented by the treating psychiatrist. The reviewer's "no
  documentation" is contradicted by the record.
- ECT worked: acute course 12 treatments, HAM-D 27 -> 6 (remission); on q3w maintenance HAM-D 9 (2026-11-10).
- Suicidality now: **none** ("Denies SI"). Reviewer: internal medicine.

## Deliberately unknown
- Whether the 2019 hospitalization notes will be available (not enclosed). Days of venlafaxine (month only).

## Traps
- The **2019 suicide attempt was in an earlier episode**: the letter must not say he attempted suicide in this
  episode or that he is currently suicidal.
- Lithium: level 0.3, about four weeks, not adequate - never a failed augmentation.
- "Without psychotic features" / "No psychotic features": never call the depression psychotic.
- The acute ECT course is a **success** (remission), not a failed trial; it is the reason to continue ECT.
- "17 treatments in 12 months" is true and exceeds 12: don't deny the count; answer with 2(c)'s own exception.
- Medicaid is not ERISA; no external review by an IRO; no 120-day managed-care window; no "plan appeal first".
- Spanish: ask that notices also come in Spanish; quote the denial in English translation (marked as such).

## Arguments a strong letter makes
1. Request a fair hearing and **continued services** (filed before 2026-12-05).
2. BH-ECT-04 2(c) is met by its own words: interval lengthened June 2026 -> early relapse July 2026, documented;
   quote the reviewer's "no documentation" and point to the note.
3. Proven response to ECT (remission, stable on q3w), failed medications, and the risk of relapse of a severe
   recurrent illness; ask for a psychiatrist's review.

## What a letter must NOT say
- "attempted suicide" (as current), "suicidal ideation", "psychotic depression", "lithium failed", "ECT failed",
  "fewer than 12 treatments", 42 CFR 438.402 / 438.408(f)(2) / 120 days / 438.420 as the rules, "independent
  review organization", ERISA, "the plan named no criteria".
""", [("denial/aviso-de-denegacion-2026-11-20.txt", "Tiene 90 días a partir de la fecha de este aviso"),
      ("denial/aviso-de-denegacion-2026-11-20.txt", "antes del 5 de diciembre de 2026"),
      ("clinical/psychiatry-ect-notes.txt", "07/14/2026 HAM-D 18, early relapse"),
      ("clinical/psychiatry-ect-notes.txt", "suicide attempt by overdose 2019 - earlier episode"),
      ("clinical/psychiatry-ect-notes.txt", "Treatments in the last 12 months (12/2025-11/2026): 17"),
      ("other/criterion-BH-ECT-04-excerpt.txt", "attempt to lengthen the interval")])

# ---------------------------------------------------------------- 05
case("05-self-funded-ppo-ketamine-oon-superbill", """
# FICTIONAL CASE (set 7, case 05) - every person, plan, number and address is invented.
# Self-funded employer plan: out-of-network superbill for IV ketamine denied under the EPO option's "no
# out-of-network benefits" rule, though the member moved to the PPO option on January 1, 2026. The patient writes.
patient:
  name: Desmond Achterberg-Ruiz
  salutation: Mr. Achterberg-Ruiz
  date_of_birth: October 11, 1990
  member_id: MBA-FICT-22871904
  address: |-
    77 Lantern Wharf Street, Apt 3B
    Baltimore, MD 21230
  phone: (410) 555-0177
  email: d.achterberg@mail.example
insurer:
  name: Meridian Benefit Administrators, for the Harborline Logistics Employee Health Plan (FICTIONAL)
  appeals_address: |-
    Appeals Unit
    PO Box 9120
    Towson, MD 21284-9120
  fax: (410) 555-0188
claim:
  number: MBA-26-1002-55190
  plan_type: employer_erisa
  funding: self_funded
  notice_date: October 2, 2026
  service_dates: [2026-09-01, 2026-09-03, 2026-09-08, 2026-09-10, 2026-09-15, 2026-09-17]
  procedure_codes: [96365, J3490]
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Provider is not in your network. Your plan (EPO) does not provide benefits for services from
    out-of-network providers except emergency care. (Remark OON-EPO-01)
  denial_category: out_of_network
  action: none
  coding_correct: true
  appeal_deadline: March 31, 2027
  deadline_basis: >-
    Stated on the EOB: "You have 180 days from receipt of this notice to appeal." (Counted from the EOB date.)
plan_policy:
  name: Summary Plan Description, PPO option, section 4.3 (Out-of-network benefits)
  quote: >-
    PPO option: Covered services from out-of-network providers are paid at 60% of the Maximum Allowed Amount after
    the out-of-network deductible ($2,000 individual). EPO option: no benefits for out-of-network providers except
    emergency care.
  other_terms: >-
    Your coverage option (EPO or PPO) is the one you elected at open enrollment, effective January 1 of the plan
    year. (SPD section 2.4)
  file: other/spd-excerpt-sections-2-4.txt
reimbursement:
  amount_billed: $3,900.00
  amount_paid: $0.00
treatment:
  name: IV ketamine infusions
  summary: >-
    Six infusions of ketamine 0.5 mg/kg over 40 minutes (September 1-17, 2026) for treatment-resistant depression,
    paid by me and billed to the plan on a superbill.
  setting: Chesapeake Ketamine and Wellness (out-of-network; FICTIONAL)
  monitoring: blood pressure and pulse oximetry every 15 minutes; observed 60 minutes after each infusion
author:
  name: Desmond Achterberg-Ruiz
  relation: patient
provider:
  name: Naomi Feldstein-Obi
  credentials: MD, anesthesiologist
  npi: "1720033186"
  phone: (410) 555-0193
  address: |-
    Chesapeake Ketamine and Wellness, 301 Key Highway, Suite 12
    Baltimore, MD 21230
clinical:
  episode_onset: 2025-03
  severity: PHQ-9 18 on August 20, 2026; PHQ-9 9 on September 29, 2026
  severity_date: 2026-09-29
  suicidality: none
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2025-04-07
      end: 2025-07-14
      outcome: No response after 14 weeks
      response: none
      evidence: {file: clinical/psychiatrist-referral-letter.txt, page: 1}
    - drug: Desvenlafaxine
      dose: 100 mg daily
      start: 2025-08-04
      end: 2026-06-29
      outcome: Partial response, then relapse
      response: lost
      evidence: {file: clinical/psychiatrist-referral-letter.txt, page: 1}
bates_prefix: ACHTERBERGRUIZ
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", {
"denial/eob-2026-10-02.txt": """MERIDIAN BENEFIT ADMINISTRATORS (FICTIONAL) - claims administrator for
HARBORLINE LOGISTICS EMPLOYEE HEALTH PLAN (self-funded). Meridian does not insure this plan.
EXPLANATION OF BENEFITS - THIS IS NOT A BILL        Date: 10/02/2026
Member: DESMOND ACHTERBERG-RUIZ   ID: MBA-FICT-22871904   Group: HLX-0042   Plan: EPO
Claim: MBA-26-1002-55190   Provider: CHESAPEAKE KETAMINE AND WELLNESS (out of network)   Submitted by member

DOS        Code    Charged    Allowed  Paid   Remark
09/01/26   96365   $450.00    $0.00    $0.00  OON-EPO-01
09/01/26   J3490   $200.00    $0.00    $0.00  OON-EPO-01
... (same two lines for 09/03, 09/08, 09/10, 09/15, 09/17)         Total charged $3,900.00   Paid $0.00

OON-EPO-01: Provider is not in your network. Your plan (EPO) does not provide benefits for services from
out-of-network providers except emergency care.

You have 180 days from receipt of this notice to appeal. Write to Appeals Unit, PO Box 9120, Towson MD 21284-9120.
FICTIONAL DOCUMENT.
""",
"other/open-enrollment-confirmation-2025-11-14.txt": """HARBORLINE LOGISTICS - BENEFITS ENROLLMENT CONFIRMATION (FICTIONAL)
Confirmation no. OE26-118-40392    Date: 11/14/2025
Employee: Desmond Achterberg-Ruiz   Employee ID 0044871
Medical: PPO option (changed from EPO) - Employee only - effective 01/01/2026
Payroll deduction: $164.20 per pay period beginning 01/2026.
Note: new ID cards are mailed in January. Until then your current card may be used.
FICTIONAL DOCUMENT.
""",
"other/pay-stub-excerpt-2026-09-15.txt": """HARBORLINE LOGISTICS - EARNINGS STATEMENT (excerpt, FICTIONAL)
Pay date 09/15/2026   Employee 0044871
Pre-tax deductions: MEDICAL PPO EE ONLY  164.20   YTD 2,791.40
FICTIONAL DOCUMENT.
""",
"other/spd-excerpt-sections-2-4.txt": """HARBORLINE LOGISTICS EMPLOYEE HEALTH PLAN - SUMMARY PLAN DESCRIPTION 2026 (excerpt, FICTIONAL)
2.4 Your coverage option (EPO or PPO) is the one you elected at open enrollment, effective January 1 of the plan
year.
4.3 Out-of-network benefits.
PPO option: Covered services from out-of-network providers are paid at 60% of the Maximum Allowed Amount after
the out-of-network deductible ($2,000 individual). EPO option: no benefits for out-of-network providers except
emergency care.
4.7 Ketamine infusion therapy for treatment-resistant depression is a covered behavioral health service when
medically necessary (see Medical Policy MP-BH-31).
FICTIONAL DOCUMENT.
""",
"other/superbill-chesapeake-ketamine.txt": """CHESAPEAKE KETAMINE AND WELLNESS (FICTIONAL) - SUPERBILL / STATEMENT
Patient: Desmond Achterberg-Ruiz  DOB 10/11/1990   Provider: Naomi Feldstein-Obi MD, NPI 1720033186
Dx: F33.1 Major depressive disorder, recurrent, moderate
DOS 09/01, 09/03, 09/08, 09/10, 09/15, 09/17/2026: 96365 IV infusion 1st hr $450.00; J3490 ketamine HCl
(NDC 0409-2051-05 -> 00409205105), 35 mg, $200.00.  Total $3,900.00.  Paid by patient (card) $3,900.00.
FICTIONAL DOCUMENT.
""",
"clinical/psychiatrist-referral-letter.txt": """HARBOR PSYCHIATRIC ASSOCIATES (FICTIONAL) - Referral for ketamine infusion, 08/20/2026
Re: Desmond Achterberg-Ruiz, DOB 10/11/1990. Recurrent MDD, moderate (F33.1), current episode since 03/2025.
Fluoxetine 40 mg 04/07/25-07/14/25: no response. Desvenlafaxine 100 mg 08/04/25-06/29/26: partial response,
then relapse in spring 2026. PHQ-9 18 today. He denies SI and has never attempted suicide.
Not considered: ECT (he declines). I recommend a six-infusion ketamine series. - L. Marchetti, MD
Follow-up 09/29/2026: PHQ-9 9 after six infusions. Working full days again.
FICTIONAL DOCUMENT.
""",
}, """# 05 - Self-funded employer plan, out-of-network IV ketamine superbill denied under the wrong plan option; the patient writes (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Desmond Achterberg-Ruiz, 36, Harborline Logistics' **self-funded** ERISA plan (claims administrator Meridian,
  which "does not insure this plan"). He paid $3,900 for six out-of-network IV ketamine infusions (September
  1-17, 2026), submitted a superbill; the EOB of **2026-10-02** denied all lines: "Your plan (EPO) does not provide
  benefits for ... out-of-network providers".
- He **elected the PPO option at open enrollment, effective 2026-01-01** (confirmation OE26-118-40392; pay stub
  shows "MEDICAL PPO" deductions). The SPD's PPO option **pays out-of-network care at 60% of the Maximum Allowed
  Amount after a $2,000 out-of-network deductible**. The denial applied the EPO rule: an eligibility/plan-option
  error by the administrator.
- Rule: ERISA claims procedure, 29 CFR 2560.503-1; appeal within **180 days of receipt** (h)(3)(i): by
  2027-03-31 counted from the EOB date. Post-service decision within 60 days. External review
  (29 CFR 2590.715-2719) reaches only medical-judgment / rescission denials: this one is not.
- SPD 4.7: ketamine infusion for TRD is a covered behavioral-health service when medically necessary.
- He writes himself ("I").

## Deliberately unknown
- Whether an in-network ketamine provider exists (nothing says): the letter must not claim none does.
- How much the PPO would pay: depends on the Maximum Allowed Amount and the unmet $2,000 OON deductible - the
  letter must not promise $3,900 or 60% of the billed charge.
- Whether the plan will later review medical necessity under MP-BH-31 (not enclosed; not the reason given).

## Traps
- This is **not** a network-gap/adequacy case: no gap exception, no "no in-network provider available", no
  45 CFR 156.230 (that is individual-market anyway).
- The EOB header says "Plan: EPO": it is the error, not a fact about his coverage. The enrollment note says his
  old ID card could still be used until January: the card is not evidence of the EPO.
- Only two antidepressant trials (fluoxetine, desvenlafaxine): "two failed", not more; suicidality none ("denies SI
  and has never attempted suicide"); he declined ECT (not "ECT failed").
- Not insured: no state insurance department, no state external review; complaints go to EBSA.
- The claim is correctly coded (the superbill carries the NDC); the problem is the plan option.

## Arguments a strong letter makes
1. He was enrolled in the PPO option from 2026-01-01 (confirmation, pay stub, SPD 2.4); reprocess under the PPO's
   out-of-network benefit (SPD 4.3) and correct the eligibility record.
2. The service is covered by the SPD (4.7); the denial gave no other reason.
3. Ask for the claim file including the eligibility record the administrator used, and a corrected EOB.

## What a letter must NOT say
- "there is no in-network provider", "network gap exception", "network adequacy", "the plan must pay $3,900",
  "60% of billed charges", "suicidal ideation", "ECT failed", "three/four failed antidepressants", state
  insurance department or state external review, "the denial rests on a medical judgment", "request external review".
""", [("denial/eob-2026-10-02.txt", "Your plan (EPO) does not provide"),
      ("denial/eob-2026-10-02.txt", "Meridian does not insure this plan"),
      ("other/open-enrollment-confirmation-2025-11-14.txt", "PPO option (changed from EPO)"),
      ("other/pay-stub-excerpt-2026-09-15.txt", "MEDICAL PPO EE ONLY"),
      ("other/spd-excerpt-sections-2-4.txt", "paid at 60% of the Maximum Allowed Amount"),
      ("clinical/psychiatrist-referral-letter.txt", "He denies SI and has never attempted suicide")])

# ---------------------------------------------------------------- 06
case("06-fehb-tms-benefit-limit-reconsideration", """
# FICTIONAL CASE (set 7, case 06) - every person, plan, number and address is invented.
# FEHB plan: sessions 31-42 of a TMS course denied as over a "30 per calendar year" maximum that the 2026
# brochure no longer has; the husband asks the carrier to reconsider.
patient:
  name: Marguerite Adaeze Oyelaran-Fitch
  salutation: Mrs. Oyelaran-Fitch
  date_of_birth: December 1, 1977
  member_id: FEMB-FICT-R48820173
  address: |-
    5120 Sycamore Glen Court
    Fairfax, VA 22032
  phone: (703) 555-0109
insurer:
  name: Federal Employees Mutual Benefit Plan (FICTIONAL FEHB carrier)
  appeals_address: |-
    Reconsideration Unit
    PO Box 31077
    Richmond, VA 23294-1077
  fax: (804) 555-0115
claim:
  number: FEMB-2026-0915-30448
  plan_type: fehb
  notice_date: October 9, 2026
  service_dates: [2026-08-24, 2026-09-11]
  sessions: 12
  procedure_codes: [90868]
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Benefit maximum reached. Your plan covers up to 30 transcranial magnetic stimulation (TMS) treatments per
    calendar year. Treatments 31 through 42 are not covered.
  denial_category: not_covered
  action: none
  appeal_deadline: April 9, 2027
  deadline_basis: >-
    Stated in the notice: "You must ask us in writing to reconsider our initial decision within 6 months from the
    date of our decision." (5 CFR 890.105(b)(1))
plan_policy:
  name: 2026 FEHB brochure, Section 5(e), Mental health and substance use disorder benefits (TMS)
  quote: >-
    Transcranial magnetic stimulation (TMS) for treatment-resistant major depression: up to 36 treatments per
    course, plus up to 6 taper treatments. We cover a repeat course when a prior course produced a response and
    the member has relapsed.
  other_terms: >-
    The 2025 brochure read: "up to 30 TMS treatments per calendar year". That limit was removed for 2026 (Section 2,
    Changes for 2026).
  file: other/fehb-brochure-2026-excerpt.txt
treatment:
  name: TMS (transcranial magnetic stimulation)
  summary: >-
    A course of 36 TMS treatments plus 6 taper treatments (July 13 to September 11, 2026) for a relapse of
    depression that responded to TMS in 2024.
  setting: Potomac TMS Center (FICTIONAL)
author:
  name: Colin Fitch
  role: Husband, writing with his wife's written authorization
  relation: representative
  authorization: other/authorization-to-represent.txt
  address: |-
    5120 Sycamore Glen Court
    Fairfax, VA 22032
  phone: (703) 555-0110
provider:
  name: Samuel Okonkwo-Reyes
  credentials: MD, psychiatrist
  npi: "1933770525"
  phone: (703) 555-0126
  address: |-
    Potomac TMS Center, 8300 Arlington Boulevard, Suite 400
    Fairfax, VA 22031
clinical:
  episode_onset: February 2026
  severity: PHQ-9 7 on September 11, 2026 (end of course); PHQ-9 21 on July 6, 2026 (start)
  severity_date: 2026-09-11
  suicidality: passive
  history:
    - drug: TMS (2024 course)
      kind: neuromodulation
      dose: 36 treatments plus 6 taper
      sessions: 42
      adequate: true
      start: 2024-03
      end: 2024-05
      outcome: Response (PHQ-9 20 to 6) in an earlier episode; relapse in February 2026
      response: lost
      evidence: {file: clinical/tms-center-notes.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2022-01
      end: 2022-09
      outcome: Partial response only
      response: partial
      evidence: {file: clinical/tms-center-notes.txt, page: 1}
    - drug: Vilazodone
      dose: 40 mg daily
      start: 2026-02-16
      end: 2026-06-29
      outcome: No response after 19 weeks
      response: none
      evidence: {file: clinical/tms-center-notes.txt, page: 1}
bates_prefix: OYELARANFITCH
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", {
"denial/initial-decision-2026-10-09.txt": """FEDERAL EMPLOYEES MUTUAL BENEFIT PLAN (FICTIONAL) - an FEHB Program carrier
Date: October 9, 2026          Claim: FEMB-2026-0915-30448
Member: MARGUERITE A OYELARAN-FITCH   ID: FEMB-FICT-R48820173   Enrollment code: R48 (Self Plus One)

Services: TMS 90868, treatments 1-42, 07/13/2026-09/11/2026. Treatments 1-30 (07/13-08/21/2026): paid.
Treatments 31-42 (08/24-09/11/2026): denied.
Reason: Benefit maximum reached. Your plan covers up to 30 transcranial magnetic stimulation (TMS) treatments per
calendar year. Treatments 31 through 42 are not covered.

Reconsideration: You must ask us in writing to reconsider our initial decision within 6 months from the date of
our decision. If we do not change our decision, you may ask the U.S. Office of Personnel Management (OPM) to
review it. (See Section 8 of your brochure.)
FICTIONAL DOCUMENT.
""",
"other/fehb-brochure-2026-excerpt.txt": """FEDERAL EMPLOYEES MUTUAL BENEFIT PLAN - 2026 BROCHURE (excerpt, FICTIONAL)
Section 2. Changes for 2026: "We removed the calendar-year limit of 30 TMS treatments; see Section 5(e)."
Section 5(e) Mental health and substance use disorder benefits:
Transcranial magnetic stimulation (TMS) for treatment-resistant major depression: up to 36 treatments per
course, plus up to 6 taper treatments. We cover a repeat course when a prior course produced a response and
the member has relapsed. Prior approval required. (Approved: PA-TMS-26-0701, 07/01/2026, "42 treatments".)
[2025 brochure, for comparison: "up to 30 TMS treatments per calendar year".]
FICTIONAL DOCUMENT.
""",
"clinical/tms-center-notes.txt": """POTOMAC TMS CENTER (FICTIONAL) - Oyelaran-Fitch, Marguerite A  DOB 12/01/1977
Prior: escitalopram 20 mg 2022 (Jan-Sep), partial response. 2024 episode: TMS 36 + 6 taper (Mar-May 2024),
PHQ-9 20 -> 6, response; well until relapse Feb 2026.
Current episode: vilazodone 40 mg 02/16/26-06/29/26, no response after 19 wks.
07/06/2026 PHQ-9 21. Passive SI ("wish I could sleep and not wake up"), no plan, no intent; safety plan.
Prior approval PA-TMS-26-0701 received 07/01/2026 for 42 treatments.
07/13-09/11/2026: 36 treatments + 6 taper, left DLPFC 10 Hz, 120% MT.
09/11/2026 PHQ-9 7. No SI. Course complete; no further TMS planned.
FICTIONAL DOCUMENT.
""",
"other/authorization-to-represent.txt": """AUTHORIZATION (FICTIONAL)
I, Marguerite A. Oyelaran-Fitch, authorize my husband Colin Fitch to request reconsideration of claim
FEMB-2026-0915-30448 and any OPM review on my behalf, and to receive my health information for that purpose.
Signed: M. A. Oyelaran-Fitch  10/20/2026
FICTIONAL DOCUMENT.
""",
}, """# 06 - FEHB, TMS treatments 31-42 denied under a limit the 2026 brochure removed; the husband asks for reconsideration (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Marguerite Oyelaran-Fitch, 48, FEHB (Self Plus One). A 42-treatment TMS course (36 + 6 taper,
  2026-07-13 to 2026-09-11) was prior-approved (PA-TMS-26-0701, 07/01/2026, "42 treatments"). The carrier paid
  treatments 1-30 and on **2026-10-09** denied **treatments 31-42 (2026-08-24 to 2026-09-11)**: "up to 30 ... per
  calendar year".
- The **2026 brochure** removed that limit (Section 2, Changes for 2026) and covers **36 per course + 6 taper**,
  and a repeat course after a prior response and relapse. The 30-per-year text is the **2025** brochure.
- Rule: FEHB disputed claims, **5 CFR 890.105**: ask the carrier to reconsider within **6 months** of its decision
  (by 2027-04-09); then OPM review. The brochure is the contract.
- The 2024 TMS course worked (PHQ-9 20 -> 6); relapse February 2026; 2026 course PHQ-9 21 -> 7.
- Passive SI on 2026-07-06 (no plan/intent), **none** on 2026-09-11.
- Author: husband, with written authorization.

## Deliberately unknown
- Why the carrier applied the 2025 limit (system not updated?) - ask, don't assert.
- Days of the 2022 escitalopram trial (months only).

## Traps
- The limit is a **benefit** term; the brochure's own 2026 words decide, not medical necessity. No
  "the denial rests on a medical judgment", no peer-to-peer as the main request.
- The treatments were prior-approved for 42: say so (the approval number is printed in the brochure excerpt note
  and the clinic notes).
- The 2024 TMS course is a **response**, not a failure - it is why a repeat course is covered.
- Escitalopram 2022 (partial) was in an **earlier episode** (current episode since February 2026): only vilazodone
  is a failed trial in the current episode; "two failed antidepressants in this episode" is false.
- Suicidality was **passive** and is now resolved: never "active", "plan", "attempt", never "current" SI.
- The course is complete: nothing pending, no "remainder of the course", no expedited.
- FEHB is not ERISA; no state insurance department, no state external review, no 29 CFR 2560.503-1, no 45 CFR
  147.136; parity: FEHB carriers apply parity by OPM contract - no statutory citation (29 CFR 2590.712 is wrong).
- Treatments 1-30 were paid: appeal only 31-42 (12 treatments).

## Arguments a strong letter makes
1. The 2026 brochure (the contract) has no 30-per-year limit; it covers 36 + 6 taper per course; the 2025 limit
   was removed. Pay treatments 31-42.
2. The carrier itself approved 42 treatments (PA-TMS-26-0701).
3. Repeat-course clause met: the 2024 course produced a response and she relapsed; measured response again.
   Filed within 6 months; OPM review is the next step if upheld.

## What a letter must NOT say
- "42 treatments denied", "TMS failed in 2024", "active suicidal ideation", "continue the remaining sessions",
  ERISA/EBSA, 45 CFR 147.136, state external review, 29 CFR 2590.712, "the plan named no criteria",
  "benefits beyond the limit as an exception" (there is no limit to exceed in 2026).
""", [("denial/initial-decision-2026-10-09.txt", "Treatments 31-42 (08/24-09/11/2026): denied."),
      ("denial/initial-decision-2026-10-09.txt", "within 6 months from the date of"),
      ("other/fehb-brochure-2026-excerpt.txt", "We removed the calendar-year limit of 30 TMS treatments"),
      ("other/fehb-brochure-2026-excerpt.txt", "PA-TMS-26-0701"),
      ("clinical/tms-center-notes.txt", "Passive SI"),
      ("clinical/tms-center-notes.txt", "09/11/2026 PHQ-9 7. No SI.")])

# ---------------------------------------------------------------- 07
case("07-original-medicare-ect-coding-redetermination", """
# FICTIONAL CASE (set 7, case 07) - every person, plan, number and address is invented.
# Original Medicare Part B: ECT claims denied because the billed diagnosis (F32.A) does not support 90870; the
# patient asks the MAC for a redetermination with the corrected diagnosis from his psychiatrist.
patient:
  name: Harold Chukwuemeka Sandoval
  salutation: Mr. Sandoval
  date_of_birth: April 4, 1952
  member_id: 3FV9-QX2-MK41
  address: |-
    930 Pelican Point Drive
    Sarasota, FL 34236
  phone: (941) 555-0152
insurer:
  name: Gulfline Medicare Administrative Contractor, Jurisdiction N Part B (FICTIONAL)
  appeals_address: |-
    Part B Redeterminations
    PO Box 45071
    Jacksonville, FL 32232-5071
  fax: (904) 555-0166
claim:
  number: 22-26-287-004-310
  plan_type: medicare
  notice_date: October 14, 2026
  service_dates: [2026-08-03, 2026-09-11]
  sessions: 12
  procedure_codes: [90870]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    This service was denied because the diagnosis billed does not support the service (F32.A Depression,
    unspecified). Medicare does not pay for this service for the diagnosis reported. (MSN 16.10; CARC 11)
  denial_category: coding_billing
  coding_correct: false
  action: none
  appeal_deadline: February 16, 2027
  deadline_basis: >-
    Stated on the MSN: "If you disagree, you must file an appeal by February 11, 2027" (120 days from the MSN
    date); 42 CFR 405.942(a) counts 120 days from receipt, presumed 5 days after the notice date: February 16,
    2027. The earlier date (February 11, 2027) is the safe one.
corrected_claim:
  error: >-
    The psychiatrist's billing office reported diagnosis F32.A (depression, unspecified) on all twelve ECT lines;
    the record documents major depressive disorder, recurrent, severe, without psychotic features (F33.2).
  lines:
    - {code: "90870", units: 1}
  file: other/psychiatrist-letter-corrected-diagnosis.txt
treatment:
  name: electroconvulsive therapy (ECT)
  summary: An acute course of 12 ECT treatments (August 3 to September 11, 2026) for severe recurrent depression.
  setting: Sarasota Bay Hospital, outpatient ECT service (FICTIONAL)
author:
  name: Harold Chukwuemeka Sandoval
  relation: patient
provider:
  name: Ilse Marguerite Dahlquist
  credentials: MD, psychiatrist
  npi: "1215907845"
  phone: (941) 555-0161
  address: |-
    Bayfront Psychiatry, 1700 Main Street, Suite 800
    Sarasota, FL 34236
clinical:
  episode_onset: 2026-01
  severity: HAM-D 28 on July 27, 2026 (before ECT); HAM-D 8 on September 14, 2026 (after 12 treatments)
  severity_date: 2026-09-14
  suicidality: none
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-01-12
      end: 2026-04-06
      outcome: No response after 12 weeks
      response: none
      evidence: {file: clinical/psychiatry-and-ect-summary.txt, page: 1}
    - drug: Mirtazapine
      dose: 45 mg daily
      start: 2026-04-13
      end: 2026-07-20
      outcome: No response; weight gain
      response: none
      evidence: {file: clinical/psychiatry-and-ect-summary.txt, page: 1}
bates_prefix: SANDOVAL
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", {
"denial/medicare-summary-notice-2026-10-14.txt": """MEDICARE SUMMARY NOTICE (MSN) - Part B (Medical Insurance) - FICTIONAL REPRODUCTION
Notice date: October 14, 2026      HAROLD C SANDOVAL   Medicare number: 3FV9-QX2-MK41
Claim number 22-26-287-004-310   Provider: ILSE M DAHLQUIST MD, BAYFRONT PSYCHIATRY
Service dates 08/03/26 - 09/11/26: Electroconvulsive therapy (90870) x 12   Medicare approved: $0.00   You may be billed: $0.00 (see 16.10)

16.10: This service was denied because the diagnosis billed does not support the service (F32.A Depression,
unspecified). Medicare does not pay for this service for the diagnosis reported. (CARC 11)
Your provider may not bill you for this service (they did not give you an advance notice).

If you disagree with any claims decisions on this notice, you must file an appeal by February 11, 2027.
Send to: Gulfline Medicare Administrative Contractor, Part B Redeterminations, PO Box 45071, Jacksonville FL
32232-5071. You may use form CMS-20027.
FICTIONAL DOCUMENT.
""",
"other/psychiatrist-letter-corrected-diagnosis.txt": """BAYFRONT PSYCHIATRY (FICTIONAL)                                  November 6, 2026
To whom it may concern - Re: Harold C. Sandoval, DOB 04/04/1952, claim 22-26-287-004-310
The diagnosis on the ECT claims (F32.A) was entered in error by our billing office. The correct diagnosis, as
documented in my evaluation of 07/27/2026 and every ECT note, is F33.2 Major depressive disorder, recurrent,
severe without psychotic features. CPT 90870, one unit per treatment, 12 treatments 08/03-09/11/2026.
We asked the MAC to reopen the claim by phone on 10/30/2026 and were told to file a redetermination.
- Ilse M. Dahlquist, MD
FICTIONAL DOCUMENT.
""",
"clinical/psychiatry-and-ect-summary.txt": """BAYFRONT PSYCHIATRY / SARASOTA BAY HOSPITAL ECT SERVICE (FICTIONAL) - Sandoval, Harold C
07/27/2026 eval: MDD recurrent, severe (prior episode 2015, remitted w/ psychotherapy). Current episode since
Jan 2026. Sertraline 150 mg 01/12-04/06/26 no response; mirtazapine 45 mg 04/13-07/20/26 no response, wt gain.
HAM-D 28. Weight loss 14 lb, not leaving house. R/O psychotic features: none - no delusions, no hallucinations.
Denies SI. Recommend ECT (RUL ultrabrief).
ECT 08/03-09/11/2026: 12 treatments, anesthesia by hospital anesthesia group (billed separately, paid).
09/14/2026 HAM-D 8, response. Maintenance not planned at this time; follow monthly.
FICTIONAL DOCUMENT.
""",
}, """# 07 - Original Medicare, ECT denied for the billed diagnosis (coding); the patient asks for redetermination (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Harold Sandoval, 74, **Original Medicare** Part B. Twelve ECT treatments (90870, 2026-08-03 to 2026-09-11)
  were denied on the MSN of **2026-10-14**: the billed diagnosis **F32.A** does not support the service.
- The claim **was miscoded**: the psychiatrist's letter says F32.A was entered in error; the correct diagnosis is
  **F33.2** (recurrent, severe, without psychotic features). One unit of 90870 per treatment. The anesthesia
  claims were paid.
- Rule: first level is **redetermination by the MAC**, within 120 days of receipt of the MSN (42 CFR 405.942(a),
  receipt presumed 5 days after the date): the MSN prints **February 11, 2027**, the safe date. Decision in 60
  days (405.950). A clerical error may also be corrected by reopening (405.980), which the office tried by phone.
- The MSN says the provider may not bill him (no advance notice): he owes nothing now.
- ECT worked: HAM-D 28 -> 8. Two adequate failed antidepressants. Suicidality **none**.
- He writes himself ("I").

## Deliberately unknown
- Whether a corrected claim has been submitted by the office (only a phone reopening request is recorded).

## Traps
- "R/O psychotic features: none": the depression is **not** psychotic; never F33.3 or "psychotic".
- `coding_correct: false`: never "the claim was correctly coded"; say plainly the diagnosis was wrong and give the
  right one.
- Original Medicare has **no plan terms**, no "plan's own criteria", no peer-to-peer, no external review, no
  IRO, no ERISA; the next level after redetermination would be the QIC (405.960), not now.
- No "resubmission code 7" for a Medicare Part B professional claim (Medicare does not take frequency-code-7
  corrected professional claims; corrections go by reopening or appeal).
- Medical necessity was not disputed; don't claim the MAC found the ECT unnecessary.
- "Prior episode 2015 remitted with psychotherapy": not a failed trial.

## Arguments a strong letter makes
1. The denial rests on a diagnosis coding error; the records and the psychiatrist's letter give the correct
   diagnosis F33.2, which supports 90870; pay the twelve treatments on the corrected diagnosis.
2. Medical necessity is documented (severe recurrent MDD, two failed antidepressants, HAM-D 28 -> 8).
3. Filed within the MSN's deadline (Feb 11, 2027); the office's reopening attempt is noted.

## What a letter must NOT say
- "correctly coded", "psychotic features", "F33.3", "the plan's terms", "external review", "peer-to-peer",
  "independent review organization", ERISA/45 CFR 147.136, "frequency code 7", "suicidal ideation",
  "psychotherapy failed".
""", [("denial/medicare-summary-notice-2026-10-14.txt", "F32.A Depression"),
      ("denial/medicare-summary-notice-2026-10-14.txt", "must file an appeal by February 11, 2027"),
      ("other/psychiatrist-letter-corrected-diagnosis.txt", "entered in error by our billing office"),
      ("other/psychiatrist-letter-corrected-diagnosis.txt", "F33.2 Major depressive disorder, recurrent"),
      ("clinical/psychiatry-and-ect-summary.txt", "R/O psychotic features: none"),
      ("clinical/psychiatry-and-ect-summary.txt", "Denies SI")])

# ---------------------------------------------------------------- 08
case("08-city-plan-spravato-step-therapy-second-level", """
# FICTIONAL CASE (set 7, case 08) - every person, plan, number and address is invented.
# Non-federal governmental plan (city employees, self-funded): Spravato denied on step therapy (augmentation
# step); first-level appeal upheld; the treating psychiatrist writes the second-level appeal.
patient:
  name: Tobias Ferreira-Langston
  salutation: Mr. Ferreira-Langston
  date_of_birth: February 22, 1993
  member_id: RBC-FICT-118830-00
  address: |-
    3408 Cottonwood Terrace
    Boise, ID 83705
  phone: (208) 555-0138
insurer:
  name: City of Riverbend Employee Health Benefits Plan, administered by Summit Plan Services (FICTIONAL)
  appeals_address: |-
    Second Level Appeals, Summit Plan Services
    PO Box 7731
    Boise, ID 83707-7731
  fax: (208) 555-0144
claim:
  number: SPS-RX-2026-09-61127
  plan_type: governmental
  funding: self_funded
  notice_date: September 22, 2026
  procedure_codes: [J0013, "99215"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Esketamine (Spravato) is denied under Pharmacy Policy RX-ST-31 (Esketamine Step Therapy). Criterion 2 requires
    an adequate trial (6 weeks or more) of an augmentation agent (aripiprazole, brexpiprazole, quetiapine XR 150 mg
    or more, or lithium at a therapeutic level). No adequate augmentation trial is documented.
  denial_category: step_therapy
  action: none
  appeal_deadline: December 27, 2026
  deadline_basis: >-
    Stated in the first-level decision of October 28, 2026: "You may request a second level appeal within 60 days
    of the date of this letter."
decisions:
  - date: 2026-10-28
    outcome: denied
    stage: internal appeal (first level)
    opens: internal appeal (second level)
    next_deadline: 2026-12-27
    reason: >-
      The first level appeal is denied. The records show quetiapine 25 mg and aripiprazole 2 mg, neither of which
      is an adequate augmentation trial under RX-ST-31 criterion 2. The decision is upheld.
plan_policy:
  name: Pharmacy Policy RX-ST-31 (Esketamine Step Therapy)
  quote: >-
    Esketamine (Spravato) is covered for treatment-resistant depression when: 1. the member has had an adequate
    trial (6 weeks or more at an adequate dose) of at least two antidepressants from two different classes in the
    current episode; and 2. the member has had an adequate trial (6 weeks or more) of an augmentation agent
    (aripiprazole, brexpiprazole, quetiapine XR 150 mg or more, or lithium at a therapeutic level); and 3. the
    drug is given at a REMS-certified site.
  exception: >-
    Step therapy exception: a required step is waived when the member has tried the required drug, or a drug in
    the same class, and it was not effective or not tolerated, including a trial paid by a previous health plan.
  file: other/rx-st-31-policy.txt
payer_criteria:
  - criterion: Adequate trials (6 weeks or more) of two antidepressants from two classes in the current episode
    how_met: >-
      Fluoxetine 40 mg (SSRI), 10 weeks, no response; desvenlafaxine 100 mg (SNRI), 12 weeks, partial response only
    met: true
    evidence: {file: clinical/current-psychiatry-notes.txt, page: 1}
  - criterion: Adequate trial (6 weeks or more) of an augmentation agent, including lithium at a therapeutic level
    how_met: >-
      Lithium 900 mg daily added to desvenlafaxine, March 4 to May 6, 2024 (9 weeks), levels 0.7 and 0.8 mmol/L,
      no added benefit; prescribed by his previous psychiatrist and paid by his previous employer's plan
    met: true
    evidence: {file: clinical/previous-psychiatrist-records-2024.txt, page: 1}
  - criterion: Given at a REMS-certified site
    how_met: Snake River Psychiatry is a REMS-certified treatment center
    met: true
    evidence: {file: clinical/current-psychiatry-notes.txt, page: 1}
treatment:
  name: Spravato (esketamine nasal spray)
  summary: >-
    Induction with esketamine nasal spray 56 mg then 84 mg twice weekly for four weeks at a REMS-certified site,
    with desvenlafaxine continued.
  setting: Snake River Psychiatry, a REMS-certified outpatient clinic (FICTIONAL)
  monitoring: blood pressure before and at 40 minutes and 2 hours; two hours of observation
  alongside: desvenlafaxine 100 mg daily, continued
author:
  name: Anjali Brightwater-Osei
  role: Treating psychiatrist
  relation: physician
  authorization: other/patient-consent-to-appeal.txt
provider:
  name: Anjali Brightwater-Osei
  credentials: MD, psychiatrist
  npi: "1588230114"
  phone: (208) 555-0149
  address: |-
    Snake River Psychiatry, 1250 West Bannock Street, Suite 5
    Boise, ID 83702
clinical:
  episode_onset: September 2023
  severity: MADRS 34 and PHQ-9 23 on November 17, 2026
  severity_date: 2026-11-17
  suicidality: passive
  exclusions: >-
    November 17, 2026: no psychosis, no substance use disorder (alcohol in remission since 2021), BP 124/82, no
    aneurysmal vascular disease
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2023-10-02
      end: 2023-12-11
      outcome: No response after 10 weeks
      response: none
      evidence: {file: clinical/previous-psychiatrist-records-2024.txt, page: 1}
    - drug: Desvenlafaxine
      dose: 100 mg daily
      start: 2024-01-08
      end: 2026-11-17
      outcome: Partial response only; continued
      response: partial
      adequate: true
      evidence: {file: clinical/current-psychiatry-notes.txt, page: 1}
    - drug: Lithium (added to desvenlafaxine)
      kind: augmentation
      dose: 900 mg daily (levels 0.7 and 0.8 mmol/L)
      start: 2024-03-04
      end: 2024-05-06
      outcome: No added benefit after 9 weeks at a therapeutic level; stopped for tremor
      response: none
      paid_outside: previous employer's health plan (2024)
      evidence: {file: clinical/previous-psychiatrist-records-2024.txt, page: 1}
    - drug: Aripiprazole (added to desvenlafaxine)
      kind: augmentation
      dose: 2 mg daily
      start: 2025-09-15
      end: 2025-10-06
      outcome: Stopped after three weeks for akathisia
      adequate: false
      evidence: {file: clinical/current-psychiatry-notes.txt, page: 1}
    - drug: Quetiapine (for sleep)
      kind: other
      dose: 25 mg at bedtime
      start: 2025-01
      end: 2025-06
      outcome: Low dose for sleep, not an augmentation trial
      adequate: false
bates_prefix: FERREIRALANGSTON
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
literature:
  - id: popova-2019
""", {
"denial/initial-denial-2026-09-22.txt": """SUMMIT PLAN SERVICES (FICTIONAL), claims administrator for the
CITY OF RIVERBEND EMPLOYEE HEALTH BENEFITS PLAN (self-funded governmental plan)
Date: 09/22/2026   Ref: SPS-RX-2026-09-61127   Member: TOBIAS FERREIRA-LANGSTON  ID RBC-FICT-118830-00
Requested: esketamine (Spravato) induction, J0013 x 8 with office visits. Prescriber: A. Brightwater-Osei MD
DENIED. Esketamine (Spravato) is denied under Pharmacy Policy RX-ST-31 (Esketamine Step Therapy). Criterion 2
requires an adequate trial (6 weeks or more) of an augmentation agent (aripiprazole, brexpiprazole, quetiapine XR
150 mg or more, or lithium at a therapeutic level). No adequate augmentation trial is documented.
FICTIONAL DOCUMENT.
""",
"denial/first-level-appeal-decision-2026-10-28.txt": """SUMMIT PLAN SERVICES (FICTIONAL) - APPEAL DECISION - FIRST LEVEL
Date: October 28, 2026   Ref: SPS-RX-2026-09-61127   Appeal: AP1-26-4471
The first level appeal is denied. The records show quetiapine 25 mg and aripiprazole 2 mg, neither of which
is an adequate augmentation trial under RX-ST-31 criterion 2. The decision is upheld.
Reviewer: clinical pharmacist, PharmD.
You may request a second level appeal within 60 days of the date of this letter. A step therapy exception may
be requested under RX-ST-31 section 4 with the appeal.
FICTIONAL DOCUMENT.
""",
"clinical/previous-psychiatrist-records-2024.txt": """TREASURE VALLEY MENTAL HEALTH (FICTIONAL) - records released 11/12/2026
Patient: Tobias Ferreira-Langston  DOB 02/22/1993   (coverage in 2023-2024: previous employer's plan)
10/02/2023 fluoxetine 20 -> 40 mg. 12/11/2023: no response after 10 wks; switch to desvenlafaxine 100 mg (01/08/2024).
03/04/2024 add lithium 600 -> 900 mg. Li level 03/25: 0.7; 04/22: 0.8 mmol/L (therapeutic).
05/06/2024: no added benefit after 9 wks; tremor. Stop lithium. Continue desvenlafaxine. Denies SI.
FICTIONAL DOCUMENT.
""",
"clinical/current-psychiatry-notes.txt": """SNAKE RIVER PSYCHIATRY (FICTIONAL) - REMS-certified treatment center
Ferreira-Langston, Tobias   DOB 02/22/1993
Since 01/2025 in our care. Desvenlafaxine 100 mg since 01/08/2024: partial response only.
Quetiapine 25 mg hs Jan-Jun 2025 for sleep (not an augmentation dose).
Aripiprazole 2 mg 09/15/25-10/06/25: akathisia, stopped at 3 wks (not adequate).
11/17/2026: MADRS 34, PHQ-9 23. Passive SI, no plan, no intent, no attempts ever. No psychosis. BP 124/82.
AUD in remission since 2021. On leave from work since 10/2026.
Plan: Spravato induction at this REMS site with desvenlafaxine continued. Note: 2024 lithium records from
Treasure Valley MH were not in the first-level packet (received 11/12/2026).
FICTIONAL DOCUMENT.
""",
"other/rx-st-31-policy.txt": """SUMMIT PLAN SERVICES (FICTIONAL) - Pharmacy Policy RX-ST-31 (Esketamine Step Therapy), rev. 07/2026
Esketamine (Spravato) is covered for treatment-resistant depression when: 1. the member has had an adequate
trial (6 weeks or more at an adequate dose) of at least two antidepressants from two different classes in the
current episode; and 2. the member has had an adequate trial (6 weeks or more) of an augmentation agent
(aripiprazole, brexpiprazole, quetiapine XR 150 mg or more, or lithium at a therapeutic level); and 3. the
drug is given at a REMS-certified site.
4. Step therapy exception: a required step is waived when the member has tried the required drug, or a drug in
the same class, and it was not effective or not tolerated, including a trial paid by a previous health plan.
FICTIONAL DOCUMENT.
""",
"other/patient-consent-to-appeal.txt": """CONSENT (FICTIONAL)
I, Tobias Ferreira-Langston, ask Dr. Anjali Brightwater-Osei to file the second level appeal of SPS-RX-2026-09-61127
for me and to share my records for that purpose.   Signed: T. Ferreira-Langston   11/18/2026
FICTIONAL DOCUMENT.
""",
}, """# 08 - City employees' plan (governmental, self-funded), Spravato step therapy, second-level appeal by the treating psychiatrist (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Tobias Ferreira-Langston, 33, City of Riverbend employees' **self-funded non-federal governmental plan**
  (administrator Summit Plan Services). Spravato induction denied **2026-09-22** under **RX-ST-31 criterion 2**
  (augmentation step); **first-level appeal denied 2026-10-28** (pharmacist reviewer: quetiapine 25 mg and
  aripiprazole 2 mg are not adequate). This is the **second-level** appeal, due within 60 days of 2026-10-28
  (2026-12-27). Author: the treating psychiatrist, with his written consent.
- Rule: non-federal governmental plans follow the ACA appeal rules through 45 CFR 147.136 (PHS Act 2719); external
  review later if upheld (the step-therapy decision turns on medical judgment - adequacy of trials).
- The criterion **is met**: **lithium 900 mg, 2024-03-04 to 2024-05-06 (9 weeks), levels 0.7 and 0.8 mmol/L**,
  no added benefit - from his previous psychiatrist, **paid by his previous employer's plan**; those records
  arrived **2026-11-12**, after the first-level decision. RX-ST-31 section 4 exception also waives the step for a
  trial paid by a previous plan.
- Criterion 1 met: fluoxetine 40 mg (SSRI, 10 weeks, none), desvenlafaxine 100 mg (SNRI, partial, continued).
  Criterion 3: REMS-certified site.
- Severity current: MADRS 34 / PHQ-9 23 on 2026-11-17; **passive** SI, no plan, no intent, never an attempt.

## Deliberately unknown
- Whether the city plan elected out of federal parity in the past (self-funded non-federal governmental plans
  could opt out before the 2022 change): don't assert parity applies or not; a hedged request is acceptable.
- Days of quetiapine use (months only; irrelevant).

## Traps
- The first-level decision is right about **quetiapine 25 mg** (sleep dose) and **aripiprazole 2 mg / 3 weeks**
  (not adequate): the letter must agree, not argue them as augmentation trials.
- The policy names Spravato and its criteria: never "the plan named no criteria"; answer criteria 1-3 by name.
- Second level: name the level and quote the **2026-10-28** decision, not only the 09-22 denial.
- Passive SI only: no "active suicidal ideation", no Spravato "suicidality indication", no "attempt".
- Alcohol use disorder in remission since 2021: not an active SUD; don't call it current.
- Not ERISA (governmental): no 29 CFR 2560.503-1 as governing, no EBSA, no 29 CFR 2590.715-2719.
- The author is the physician: he writes about "Mr. Ferreira-Langston", not "I have failed".

## Arguments a strong letter makes
1. RX-ST-31 criterion 2 is met by lithium at therapeutic levels for 9 weeks (records newly enclosed; the
   first-level reviewer did not have them); criteria 1 and 3 are also met - all three point by point.
2. In any case the section 4 step-therapy exception applies: the trial was paid by a previous health plan.
3. Severity (MADRS 34, on leave from work, passive SI) argues for a prompt decision; ask for a psychiatrist reviewer
   (the first level was a pharmacist) and a peer-to-peer call.

## What a letter must NOT say
- "quetiapine 25 mg was an adequate augmentation trial", "aripiprazole failed after an adequate trial",
  "active suicidal ideation", "suicide attempt", "substance use disorder" as current, "first-level appeal" as what
  this is, ERISA/EBSA/29 CFR 2560.503-1 as the governing law, "the plan named no criteria", "four failed
  antidepressants".
""", [("denial/first-level-appeal-decision-2026-10-28.txt", "within 60 days of the date of this letter"),
      ("denial/first-level-appeal-decision-2026-10-28.txt", "neither of which"),
      ("clinical/previous-psychiatrist-records-2024.txt", "04/22: 0.8 mmol/L (therapeutic)"),
      ("clinical/current-psychiatry-notes.txt", "Passive SI, no plan, no intent, no attempts ever"),
      ("clinical/current-psychiatry-notes.txt", "received 11/12/2026"),
      ("other/rx-st-31-policy.txt", "including a trial paid by a previous health plan")])

# ---------------------------------------------------------------- writer
def main():
    only = sys.argv[1:]
    bad = 0
    for slug, yaml, docs, truth, checks in CASES:
        if only and not any(slug.startswith(o) for o in only):
            continue
        d = os.path.join(HERE, slug)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        with open(os.path.join(d, "case.yaml"), "w") as f:
            f.write(yaml.lstrip("\n"))
        for rel, text in docs.items():
            p = os.path.join(d, rel)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "w") as f:
                f.write(FICT + text)
        with open(os.path.join(HERE, slug + ".truth.md"), "w") as f:
            f.write(truth)
        for rel, s in checks:
            txt = open(os.path.join(d, rel)).read()
            if " ".join(s.split()) not in " ".join(txt.split()):
                print(f"MISSING in {slug}/{rel}: {s!r}")
                bad += 1
        if "FICTIONAL" not in truth or "FICTIONAL" not in yaml:
            print("no FICTIONAL mark", slug); bad += 1
    print("checked", len(CASES), "cases;", bad, "problems")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
