"""Set 13 cases 03-04 (FICTIONAL)."""
CASES = []

# ---------------------------------------------------------------- 03
CASES.append(dict(
slug="03-part-d-zuranolone-formulary-exception-expedited-prescriber",
yaml=r"""
# FICTIONAL CASE (set 13, case 03) - every person, plan, number and address is invented.
# Medicare Part D (member on Medicare through disability): zuranolone (Zurzuvae) for postpartum depression denied
# as non-formulary at the coverage determination; the prescribing perinatal psychiatrist asks for an expedited
# redetermination with a formulary exception.
patient:
  name: Delphine Aurelia Marchetti-Osei
  salutation: Ms. Marchetti-Osei
  date_of_birth: 1993-01-21
  member_id: CRX-FICT-1EG4-TE5-MK72
  address: |-
    51 Larkspur Terrace, Apt 2B
    Bramblecourt, PA 19999
  phone: (215) 555-0173
insurer:
  name: Cedarline Rx Select (PDP) (FICTIONAL Medicare prescription drug plan)
  appeals_address: |-
    Cedarline Rx - Part D Appeals
    PO Box 33017
    Bramblecourt, PA 19998
  fax: (215) 555-0177
claim:
  number: CRX-CD-2026-1124-40917
  plan_type: medicare_part_d
  notice_date: November 25, 2026
  denial_reason: >-
    We denied your request because ZURZUVAE 25 MG CAPSULE is not on our plan's Drug List (formulary) and the
    information provided does not show that the drugs on our Drug List would not be as effective for you or would
    cause you harm. Drug List alternatives: sertraline, escitalopram, fluoxetine, bupropion.
  denial_category: not_covered
  denial_reasons: [formulary_exception]
  pending_services: the 14-day course (50 mg each evening for 14 days)
  diagnosis_codes: [F53.0]
  urgent: true
  action: none
  appeal_deadline: January 29, 2027
  deadline_basis: >-
    Stated in the notice: "You must ask for a redetermination within 65 days from the date of this notice."
urgency:
  reason: >-
    Severe postpartum depression five weeks after delivery (EPDS 23, HAM-D 27 on November 24, 2026) with passive
    death wishes, unable to care for her newborn without her mother present; a standard 7-day decision delays a
    14-day treatment whose effect is expected within days, while a formulary antidepressant would take 4 to 8
    weeks.
  certified_by: Dr. Ottilie Fernsby-Nakamura, MD
treatment:
  name: Zurzuvae (zuranolone) 50 mg nightly for 14 days
  summary: >-
    The only oral drug approved specifically for postpartum depression in adults: one 14-day course, taken each
    evening with fat-containing food.
  plan: >-
    50 mg (two 25 mg capsules) each evening with fat-containing food for 14 days; no driving for 12 hours after each
    dose; EPDS and HAM-D at day 3, day 15 and day 45; sertraline may be restarted at a lower dose later if needed.
author:
  name: Ottilie Fernsby-Nakamura
  role: Prescribing physician (perinatal psychiatrist), requesting the redetermination for the enrollee
  relation: physician
  phone: (215) 555-0181
  fax: (215) 555-0182
provider:
  name: Ottilie Fernsby-Nakamura
  credentials: MD, perinatal psychiatrist
  npi: "1529044178"
  phone: (215) 555-0181
  address: |-
    Bramblecourt Women's Behavioral Health, 9 Orchard Row
    Bramblecourt, PA 19999
clinical:
  episode_onset: November 2026
  treating_since: November 2026
  severity: EPDS 23 and HAM-D 27 on November 24, 2026
  severity_date: 2026-11-24
  suicidality: passive
  suicidality_date: 2026-11-24
  exclusions: No bipolar disorder or psychosis; not breastfeeding (formula feeding since November 8, 2026); no alcohol or opioid use; drives rarely, mother drives
  history:
    - drug: Escitalopram
      dose: 10 mg daily
      start: 2021-02
      end: 2021-10
      outcome: Remission of a 2021 episode (not postpartum); well off medication since
      response: remission
      evidence: {file: clinical/perinatal-psychiatry-notes.txt, page: 1}
    - drug: Sertraline
      dose: 25 to 50 mg daily
      start: 2026-11-12
      end: 2026-11-20
      outcome: Stopped after 8 days for persistent vomiting and diarrhea; too short to judge
      response: none
      adequate: false
      evidence: {file: clinical/perinatal-psychiatry-notes.txt, page: 1}
    - drug: Trazodone
      kind: other
      dose: 50 mg at bedtime
      start: 2026-11-12
      ongoing: true
      outcome: Sleep only
      adequate: false
alternatives:
  - treatment: Sertraline
    why_not: Stopped after 8 days for persistent vomiting and diarrhea (documented November 20, 2026).
  - treatment: Escitalopram, fluoxetine or bupropion
    why_not: >-
      Each takes 4 to 8 weeks to work; escitalopram worked in 2021 and remains an option for later, but it cannot
      relieve severe postpartum depression in the next two weeks.
bates_prefix: MARCHETTIOSEI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/notice-of-denial-of-medicare-prescription-drug-coverage-2026-11-25.txt": """
CEDARLINE RX SELECT (PDP) (FICTIONAL)
Notice of Denial of Medicare Prescription Drug Coverage  (model wording adapted)     Date: 11/25/2026
Enrollee: DELPHINE A MARCHETTI-OSEI    Member ID: CRX-FICT-1EG4-TE5-MK72    Case: CRX-CD-2026-1124-40917
Drug: ZURZUVAE 25 MG CAPSULE, #28 / 14 days    Prescriber: O. FERNSBY-NAKAMURA, MD

We denied your request because ZURZUVAE 25 MG CAPSULE is not on our plan's Drug List (formulary) and the
information provided does not show that the drugs on our Drug List would not be as effective for you or would
cause you harm. Drug List alternatives: sertraline, escitalopram, fluoxetine, bupropion.
The request was reviewed as a standard (not expedited) request.

You have the right to ask us for a redetermination (appeal). You must ask for a redetermination within 65 days
from the date of this notice. If your doctor says waiting 7 days could seriously harm your health, we will
decide within 72 hours. Your prescriber can ask for you.
""",
"clinical/perinatal-psychiatry-notes.txt": """
BRAMBLECOURT WOMEN'S BEHAVIORAL HEALTH (FICTIONAL) - O. Fernsby-Nakamura, MD
Patient: Marchetti-Osei, Delphine A.  DOB 01/21/1993   Medicare (SSDI, since 2022) + Part D
Hx: MDD 2021 (not perinatal): escitalopram 10 mg Feb-Oct 2021 -> remission, off since.
G1P1, delivered 10/30/2026 (term). Onset low mood, anhedonia, insomnia ~11/06/2026, worsening.
Not breastfeeding: formula feeding since 11/08/2026.
11/12/2026: EPDS 19. Sertraline 25 mg -> 50 mg; trazodone 50 mg qhs for sleep.
11/20/2026: persistent vomiting/diarrhea on sertraline -> stopped (8 days, not an adequate trial).
11/24/2026: EPDS 23, HAM-D 27. Passive death wishes ("the baby would be better off with my mom"), denies intent,
plan, or thoughts of harming the infant. Mother staying with her. No psychosis, no mania history.
Plan: zuranolone 50 mg qhs x14 days with fatty food; no driving 12 h after dose (mother drives).
Coverage request sent 11/24/2026 (standard - clinic error, urgent box not ticked).
""",
},
checks=[
("denial/notice-of-denial-of-medicare-prescription-drug-coverage-2026-11-25.txt", "Drug List alternatives: sertraline, escitalopram, fluoxetine, bupropion."),
("denial/notice-of-denial-of-medicare-prescription-drug-coverage-2026-11-25.txt", "within 65 days"),
("denial/notice-of-denial-of-medicare-prescription-drug-coverage-2026-11-25.txt", "reviewed as a standard (not expedited) request"),
("clinical/perinatal-psychiatry-notes.txt", "Not breastfeeding: formula feeding since 11/08/2026."),
("clinical/perinatal-psychiatry-notes.txt", "stopped (8 days, not an adequate trial)"),
("clinical/perinatal-psychiatry-notes.txt", "denies intent,"),
("clinical/perinatal-psychiatry-notes.txt", "escitalopram 10 mg Feb-Oct 2021 -> remission"),
],
truth=r"""
# 03 - Medicare Part D, zuranolone for postpartum depression, non-formulary; expedited redetermination by the prescriber (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Ms. Marchetti-Osei, 33, has Medicare through disability and a stand-alone **Part D** plan (PDP). Coverage
  determination for Zurzuvae (zuranolone) 50 mg x 14 days denied 2026-11-25 as **not on the formulary**; the plan
  lists sertraline, escitalopram, fluoxetine, bupropion.
- Now: **expedited redetermination** asked by the prescriber (a prescriber may ask for the enrollee without an
  appointment of representative: 42 CFR 423.580 with 423.566(c)); expedited 423.584, decided within 72 hours
  (423.590(d)). Window: 65 days from the notice (423.582(b)): 2027-01-29 (the notice says 65 days too).
- The exception asked is a **formulary exception**, 42 CFR 423.578(b): the prescriber's supporting statement that
  the formulary alternatives would not be as effective and/or would have adverse effects (423.578(b)(5)).
- Zuranolone is FDA-approved (2023) for **postpartum depression in adults**: onset within weeks of a 10/30/2026
  delivery fits. A 14-day course; effect measured from day 3 in its trials (SKYLARK: Deligiannidis et al., Am J
  Psychiatry 2023 - optional to cite).
- Sertraline: 8 days, stopped for GI adverse effects (an adverse effect, **not** a failed adequate trial).
  Escitalopram: remission in 2021 (earlier episode, not a failure). Trazodone: sleep.
- Suicidality **passive** on 2026-11-24 (denies intent, plan, thoughts of harming the infant). Not breastfeeding.

## Deliberately unknown
- The plan's tier for an approved exception and the copay; whether the plan has a Part D prior-authorization
  criterion for zuranolone (none quoted).

## Traps
- **Part D is not Medicare Advantage or ERISA**: cite 423.5xx only; no 422.xxx, no 29 CFR 2560.503-1, no parity
  law (MHPAEA does not reach Medicare), no state external review; next level is the IRE.
- "She failed sertraline / failed multiple antidepressants" is false: sertraline was an 8-day intolerance;
  escitalopram **worked** in 2021. The honest argument is adverse effects (sertraline) and "not as effective" in
  time (the alternatives take weeks; the label use is PPD).
- Do not call it step therapy (no step was named); do not call the request a tiering exception.
- Not breastfeeding: no lactation argument; no "risk to the infant from breast milk".
- Passive ideation only: no "active suicidal ideation", no "attempt". No infanticide language.
- The coverage request was made as **standard** (clinic error, urgent box not ticked): do not claim the plan
  refused an expedited request.
- 7-day standard redetermination clock for Part D drugs vs 72 hours expedited: don't promise 72 hours without the
  prescriber's statement (it is given here: `urgency.certified_by` is the author).

## Arguments a strong letter makes
1. Formulary exception under 423.578(b): sertraline caused adverse effects; the other alternatives would not be as
   effective for a severe PPD episode now because they take weeks; zuranolone is the drug approved for PPD.
2. Expedited: the prescriber certifies that waiting could seriously jeopardize health (423.584: the plan must
   expedite a prescriber-supported request); 72 hours.
3. Severity with dates (EPDS 23, HAM-D 27, passive death wishes, needs her mother present to care for the baby).

## What a letter must NOT say
- "failed four antidepressants", "escitalopram failed", "breastfeeding", "active suicidal", 42 CFR 422.,
  29 CFR 2560.503-1, MHPAEA/parity, "step therapy", "tiering exception", "Medicare Advantage".
""",
))

# ---------------------------------------------------------------- 04
CASES.append(dict(
slug="04-insured-small-group-iv-ketamine-p2p-refused-second-level-psychiatrist",
yaml=r"""
# FICTIONAL CASE (set 13, case 04) - every person, plan, number and address is invented.
# Insured small-group employer plan (New Mexico): IV ketamine for TRD denied "fewer than three antidepressant
# trials"; the peer-to-peer call was refused after the denial; the first-level appeal was upheld by an
# anesthesiologist. The treating psychiatrist writes the second-level appeal, with the outside record of the third
# trial that arrived after the first-level decision.
patient:
  name: Rosalind Ekwueme-Thorsdottir
  salutation: Ms. Ekwueme-Thorsdottir
  date_of_birth: 1986-06-09
  member_id: MSA-FICT-77-310445-02
  address: |-
    1730 Piñon Arroyo Road
    Calderon Mesa, NM 87999
  phone: (505) 555-0151
insurer:
  name: Mesa Summit Assurance Company (FICTIONAL)
  appeals_address: |-
    Mesa Summit Assurance - Grievances and Appeals
    PO Box 2290
    Calderon Mesa, NM 87998
  fax: (505) 555-0159
claim:
  number: MSA-PA-2026-0929-11852
  plan_type: employer_erisa
  funding: insured
  stage: second level
  notice_date: October 2, 2026
  denial_reason: >-
    Ketamine infusion therapy is not medically necessary. Criterion 2 of Medical Policy BH-KET-09 is not met: the
    records document two antidepressant trials in the current episode, and the policy requires three.
  denial_category: medical_necessity
  reviewer: {name: "Dr. Lucan Ferreira-Holt", specialty: anesthesiology}
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [F33.2]
  service_dates: [2026-12-15, 2027-01-08]
  sessions: 6
  pending_services: 6
  action: none
decisions:
  - date: 2026-11-10
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-05-09
    reason: >-
      The first-level appeal is denied. The reviewer, a board-certified anesthesiologist, found that criterion 2 of
      BH-KET-09 is not met: only sertraline and duloxetine are documented as adequate trials in the current episode.
record_dates:
  - file: clinical/outside-records-dr-vandermolen-2025-2026.txt
    date: 2026-11-18
plan_policy:
  name: Medical Policy BH-KET-09, Intravenous Ketamine for Treatment-Resistant Depression
  number: BH-KET-09
  quote: >-
    IV ketamine is considered medically necessary when ALL of the following are met: (1) major depressive disorder
    without psychotic features in an adult; (2) failure of at least three antidepressants from at least two classes,
    each at an adequate dose for at least six weeks, in the current episode; (3) failure of an augmentation trial,
    and ECT considered; (4) no active substance use disorder and no uncontrolled hypertension; (5) infusion in a
    facility with continuous monitoring and resuscitation capability.
  file: other/medical-policy-bh-ket-09-excerpt.txt
payer_criteria:
  - criterion: (1) major depressive disorder without psychotic features in an adult
    how_met: Recurrent MDD, severe, no psychotic features; age 40
    met: true
    evidence: {file: clinical/psychiatry-notes-dr-aldana.txt, page: 1}
  - criterion: (2) failure of at least three antidepressants from at least two classes, adequate dose, six weeks or more, current episode
    how_met: Sertraline 200 mg 10 weeks (SSRI), duloxetine 120 mg 8 weeks (SNRI), vortioxetine 20 mg 7 weeks (multimodal) per the outside record
    met: true
    evidence:
      - {file: clinical/psychiatry-notes-dr-aldana.txt, page: 1}
      - {file: clinical/outside-records-dr-vandermolen-2025-2026.txt, page: 1}
  - criterion: (3) failure of an augmentation trial, and ECT considered
    how_met: Aripiprazole 5 mg 8 weeks without benefit; ECT consultation August 2026, declined by the patient after informed discussion
    met: true
    evidence: {file: clinical/psychiatry-notes-dr-aldana.txt, page: 1}
  - criterion: (4) no active substance use disorder and no uncontrolled hypertension
    how_met: Alcohol use disorder in sustained remission since 2021; BP 124/78
    met: true
    evidence: {file: clinical/psychiatry-notes-dr-aldana.txt, page: 1}
  - criterion: (5) infusion in a facility with continuous monitoring and resuscitation capability
    how_met: Hospital outpatient infusion center with ACLS staff, continuous pulse oximetry, ECG and BP
    met: true
    evidence: {file: clinical/psychiatry-notes-dr-aldana.txt, page: 1}
treatment:
  name: Intravenous ketamine infusions
  summary: Six infusions of ketamine 0.5 mg/kg over 40 minutes across three weeks for treatment-resistant depression.
  plan: >-
    Six infusions, 0.5 mg/kg over 40 minutes, twice weekly for three weeks; MADRS before infusions 1, 4 and 6;
    stop if MADRS has not fallen by 25% after infusion 4.
  setting: Calderon Mesa Regional Hospital outpatient infusion center (FICTIONAL), ACLS-certified staff
  monitoring: continuous pulse oximetry, ECG and blood pressure every 15 minutes; observation 60 minutes after
  alongside: bupropion XL 300 mg daily
author:
  name: Esteban Quillfeather Aldana
  role: Treating psychiatrist
  relation: physician
  authorization: other/patient-authorization-signed.txt
provider:
  name: Esteban Quillfeather Aldana
  credentials: MD, psychiatrist
  npi: "1633118207"
  phone: (505) 555-0166
  address: |-
    High Desert Psychiatry Associates, 400 Cerro Vista Blvd
    Calderon Mesa, NM 87999
peer_to_peer:
  availability: weekdays 12:00-1:00 pm Mountain time, (505) 555-0166
clinical:
  episode_onset: October 2024
  treating_since: May 2026
  severity: MADRS 35 and PHQ-9 22 on November 23, 2026
  severity_date: 2026-11-23
  suicidality: none
  exclusions: No psychosis; alcohol use disorder in sustained remission since 2021; BP 124/78; no pregnancy
  history:
    - drug: Escitalopram
      dose: 10 mg daily
      start: 2024-11-04
      end: 2024-11-18
      outcome: Stopped after two weeks for a rash
      response: none
      adequate: false
      evidence: {file: clinical/outside-records-dr-vandermolen-2025-2026.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-12-02
      end: 2025-02-10
      outcome: No response after ten weeks at 200 mg
      response: none
      adequate: true
      evidence: {file: clinical/psychiatry-notes-dr-aldana.txt, page: 1}
    - drug: Vortioxetine
      dose: 20 mg daily
      start: 2025-03
      end: 2025-04
      outcome: No response after seven weeks at 20 mg (outside record)
      response: none
      adequate: true
      evidence: {file: clinical/outside-records-dr-vandermolen-2025-2026.txt, page: 1}
    - drug: Duloxetine
      dose: 120 mg daily
      start: 2025-06-02
      end: 2025-07-28
      outcome: Partial response only after eight weeks at 120 mg
      response: partial
      adequate: true
      evidence: {file: clinical/psychiatry-notes-dr-aldana.txt, page: 1}
    - drug: Aripiprazole
      kind: augmentation
      dose: 5 mg daily
      start: 2025-08-04
      end: 2025-09-29
      outcome: No benefit after eight weeks
      response: none
      adequate: true
      evidence: {file: clinical/psychiatry-notes-dr-aldana.txt, page: 1}
    - drug: Amitriptyline
      kind: other
      dose: 10 mg at bedtime
      start: 2023-01
      ongoing: true
      outcome: Low dose for migraine prevention, prescribed by her neurologist; not an antidepressant trial
      adequate: false
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-10-06
      ongoing: true
      outcome: Partial response; continued
      response: partial
      adequate: true
      evidence: {file: clinical/psychiatry-notes-dr-aldana.txt, page: 1}
alternatives:
  - treatment: ECT
    why_not: Considered at a consultation in August 2026; the patient, a court interpreter, declined after an informed discussion of memory effects.
impact:
  work: On unpaid leave from her work as a court interpreter since September 2026.
exhibits:
  - {file: denial/initial-determination-2026-10-02.txt, title: Initial determination of October 2 2026}
  - {file: denial/first-level-appeal-decision-2026-11-10.txt, title: First-level appeal decision of November 10 2026}
  - {file: clinical/psychiatry-notes-dr-aldana.txt, title: Psychiatry notes of Dr. Aldana}
  - {file: clinical/outside-records-dr-vandermolen-2025-2026.txt, title: Outside records of Dr. Vandermolen (received November 18 2026)}
  - {file: other/medical-policy-bh-ket-09-excerpt.txt, title: Medical Policy BH-KET-09 excerpt}
  - {file: other/peer-to-peer-request-record.txt, title: Record of the refused peer-to-peer request}
  - {file: other/patient-authorization-signed.txt, title: Patient authorization}
bates_prefix: EKWUEMETHORSDOTTIR
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
literature:
  - id: murrough-2013
  - id: sanacora-2017
""",
docs={
"denial/initial-determination-2026-10-02.txt": """
MESA SUMMIT ASSURANCE COMPANY (FICTIONAL) - insured group health plan of Piñon Glassworks LLC (14 employees)
Utilization Review Determination        October 2, 2026        Reference MSA-PA-2026-0929-11852
Member: ROSALIND EKWUEME-THORSDOTTIR   ID MSA-FICT-77-310445-02
Requested: IV ketamine infusions x6 (96365, 96366, J3490)
Decision: Not approved.
Reason: Ketamine infusion therapy is not medically necessary. Criterion 2 of Medical Policy BH-KET-09 is not met:
the records document two antidepressant trials in the current episode, and the policy requires three.
Reviewer: Lucan Ferreira-Holt, MD (anesthesiology).
Your provider may discuss this decision with a reviewer by calling (505) 555-0150 within 5 business days.
""",
"denial/first-level-appeal-decision-2026-11-10.txt": """
MESA SUMMIT ASSURANCE COMPANY (FICTIONAL)          November 10, 2026         Reference MSA-PA-2026-0929-11852
FIRST-LEVEL APPEAL DECISION
The first-level appeal is denied. The reviewer, a board-certified anesthesiologist, found that criterion 2 of
BH-KET-09 is not met: only sertraline and duloxetine are documented as adequate trials in the current episode.
You may request a second-level appeal within 180 days of this letter. After the plan's final decision you may
ask the New Mexico Office of Superintendent of Insurance for an external review.
""",
"clinical/psychiatry-notes-dr-aldana.txt": """
HIGH DESERT PSYCHIATRY ASSOCIATES (FICTIONAL) - E. Q. Aldana, MD
Patient: Ekwueme-Thorsdottir, Rosalind   DOB 06/09/1986   Seen since 05/2026 (transfer from Dr. Vandermolen)
Current episode onset: January 2025 per patient; October 2024 per prior psychiatrist's records.
Prior meds (this episode): sertraline 200 mg 12/02/2024-02/10/2025 no response (10 wks); duloxetine 120 mg
06/02-07/28/2025 partial only (8 wks); aripiprazole 5 mg aug. 08/04-09/29/2025 no benefit; bupropion XL 300 mg
since 10/06/2025 partial, continuing. Amitriptyline 10 mg qhs since 01/2023 from neurology for migraine.
ECT consult 08/2026: pt declined after informed discussion (memory concerns; court interpreter).
Hx AUD, in sustained remission since 2021. No psychotic features. Denies SI/HI.
11/23/2026: MADRS 35, PHQ-9 22. BP 124/78. Urine hCG negative.
Plan: IV ketamine 0.5 mg/kg x6 at Calderon Mesa Regional outpatient infusion center (ACLS staff, continuous
SpO2/ECG, BP q15 min), first infusion scheduled 12/15/2026.
""",
"clinical/outside-records-dr-vandermolen-2025-2026.txt": """
RECORDS RELEASED BY PETRA VANDERMOLEN, MD (FICTIONAL) - received by High Desert Psychiatry 11/18/2026
Patient: R. Ekwueme-Thorsdottir. Episode onset October 2024.
11/04/2024 escitalopram 10 mg; 11/18/2024 rash -> stopped (2 weeks).
12/2024 - 02/2025 sertraline titrated to 200 mg, no response.
Early March 2025: vortioxetine 10 -> 20 mg; late April 2025: no response after 7 weeks at 20 mg, stopped.
""",
"other/medical-policy-bh-ket-09-excerpt.txt": """
MESA SUMMIT ASSURANCE MEDICAL POLICY BH-KET-09 (FICTIONAL) - Intravenous Ketamine for Treatment-Resistant
Depression - Coverage criteria
IV ketamine is considered medically necessary when ALL of the following are met: (1) major depressive disorder
without psychotic features in an adult; (2) failure of at least three antidepressants from at least two classes,
each at an adequate dose for at least six weeks, in the current episode; (3) failure of an augmentation trial,
and ECT considered; (4) no active substance use disorder and no uncontrolled hypertension; (5) infusion in a
facility with continuous monitoring and resuscitation capability.
""",
"other/peer-to-peer-request-record.txt": """
HIGH DESERT PSYCHIATRY ASSOCIATES - PEER-TO-PEER REQUEST RECORD (FICTIONAL)
10/05/2026 14:20  Dr. Aldana called (505) 555-0150 to request peer-to-peer on MSA-PA-2026-0929-11852.
  Scheduler "Pat": call-back promised within 2 business days. Ref P2P-55120.
10/08/2026 09:45  No call-back. Called again. Told: "Peer-to-peer is not available once a determination has been
  issued. Submit an appeal." Dr. Aldana's availability left: weekdays 12-1 pm.
""",
"other/patient-authorization-signed.txt": """
AUTHORIZATION (FICTIONAL): I, Rosalind Ekwueme-Thorsdottir, authorize Dr. Esteban Q. Aldana to appeal reference
MSA-PA-2026-0929-11852 for me and to release my records to Mesa Summit Assurance. Signed 11/20/2026.
""",
},
checks=[
("denial/initial-determination-2026-10-02.txt", "the records document two antidepressant trials in the current episode, and the policy requires three."),
("denial/initial-determination-2026-10-02.txt", "calling (505) 555-0150 within 5 business days"),
("denial/first-level-appeal-decision-2026-11-10.txt", "a board-certified anesthesiologist"),
("clinical/outside-records-dr-vandermolen-2025-2026.txt", "no response after 7 weeks at 20 mg"),
("clinical/outside-records-dr-vandermolen-2025-2026.txt", "received by High Desert Psychiatry 11/18/2026"),
("clinical/outside-records-dr-vandermolen-2025-2026.txt", "rash -> stopped (2 weeks)"),
("clinical/psychiatry-notes-dr-aldana.txt", "Amitriptyline 10 mg qhs since 01/2023 from neurology for migraine."),
("clinical/psychiatry-notes-dr-aldana.txt", "Denies SI/HI."),
("clinical/psychiatry-notes-dr-aldana.txt", "Hx AUD, in sustained remission since 2021."),
("other/peer-to-peer-request-record.txt", "Peer-to-peer is not available once a determination has been"),
],
truth=r"""
# 04 - Insured small-group plan, IV ketamine "two trials, not three"; peer-to-peer refused; second-level appeal by the treating psychiatrist (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Insured employer plan (ERISA; the insurer is regulated by New Mexico). Six IV ketamine infusions (pre-service,
  first scheduled 2026-12-15) denied 2026-10-02 under BH-KET-09 criterion 2 ("two trials documented, three
  required"); first-level appeal upheld **2026-11-10** by an anesthesiologist. This is the **second-level**
  appeal; it must say so and answer the 11/10 decision.
- Three adequate failed antidepressants from three classes in the current episode: sertraline 200 mg 10 wks
  (SSRI), **vortioxetine 20 mg 7 wks** (outside record received **2026-11-18**, after both decisions: never before
  a reviewer), duloxetine 120 mg 8 wks (SNRI). Augmentation aripiprazole failed; ECT considered and declined.
  All five BH-KET-09 criteria are met.
- The peer-to-peer was asked on 2026-10-05 within the 5 business days the notice offered, and refused on 10/08.
- Decision clocks: pre-service appeal 30 days (29 CFR 2560.503-1(i)(2)(ii); with two levels, 15 days each is the
  usual split - do not assert which the plan uses). After the final internal denial: state external review
  (insured plan; New Mexico OSI, as the 11/10 letter says), 45 CFR 147.136(c).
- Neither reviewer was a psychiatrist (anesthesiology both times, per the notices).

## Deliberately unknown
- Whether the 11/10 first-level reviewer is the same person as the initial one (the notice names only a specialty).
- Episode onset conflict: January 2025 (patient) vs October 2024 (prior psychiatrist). All counted trials began
  after October 2024 except escitalopram (Nov 2024, inadequate anyway); either date leaves sertraline (Dec 2024)
  in the episode only with the October 2024 onset. Use October 2024 as the records do; the letter should not
  invent a third date.
- The exact vortioxetine start/stop days (month-only: "early March" to "late April" 2025).

## Traps
- Escitalopram 2 weeks (rash) is **not** an adequate trial; amitriptyline 10 mg = migraine prevention; do not
  count either. Bupropion is continuing (not "failed"; shown as ongoing).
- "Denies SI/HI": no suicidality paragraph. "AUD in sustained remission" is not active substance use.
- Medical-judgment denial: the reviewer request fits here (unlike administrative denials); ERISA 2560.503-1(h)(3)
  (iii)/(iv) may be cited (employer plan). MHPAEA may be raised for an insured group plan.
- The new record post-dates the decisions: say the reviewer never saw it, don't say the plan ignored it.
- Vortioxetine dates are month-only: no "March 1" / exact weeks computed from invented days.

## Arguments a strong letter makes
1. Criterion 2 is met: the third trial (vortioxetine) is now documented (outside record, received 11/18), three
   classes; all other BH-KET-09 criteria are met with exhibits. The only reason given falls.
2. A second-level review by a psychiatrist, with the new evidence; offer the peer-to-peer again (refused before).
3. Severity now (MADRS 35, PHQ-9 22; off work); ECT declined after informed consent; ketamine evidence
   (Murrough 2013; Sanacora 2017 consensus).

## What a letter must NOT say
- "four/five failed antidepressants" counting escitalopram or amitriptyline, "bupropion failed", "suicidal",
  "active substance use", "first-level appeal" as the current stage, "the plan ignored the vortioxetine record",
  "March 1, 2025", Medicare/Medicaid citations.
""",
))
