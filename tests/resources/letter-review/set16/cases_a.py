# FICTIONAL data for letters set 16, cases 01-04. Every person, plan, number and address is invented.
F = "FICTIONAL - MUESTRA FICTICIA - not a real patient, plan or provider."

CASES = []

# ---------------------------------------------------------------- 01
CASES.append(dict(
slug="01-part-d-pregabalin-quantity-limit-redetermination",
yaml="""# FICTIONAL CASE (set 16, case 01) - every person, plan, number and address is invented.
# Stand-alone Part D: pregabalin 150 mg three times daily for fibromyalgia refused by a quantity limit
# (2 capsules/day); the member writes her own redetermination request.
patient:
  name: Marjorie Anne Feldhaus
  salutation: Ms. Feldhaus
  date_of_birth: March 2, 1957
  member_id: BLP-FICT-77120-3391
  address: |-
    88 Sorrel Bend Road
    Cedar Hollow, MO 65201
  phone: (573) 555-0131
insurer:
  name: Bluelark Prescription Drug Plan (PDP) (FICTIONAL)
  appeals_address: |-
    Part D Redeterminations
    PO Box 40217
    Springfield, MO 65801
  fax: (417) 555-0144
claim:
  number: BLP-CD-2026-1104-2217
  plan_type: medicare_part_d
  notice_date: November 9, 2026
  diagnosis_codes: [M79.7, F33.1]
  denial_reason: >-
    Your request for an exception to the quantity limit is denied. Pregabalin 150 mg capsules are limited to
    2 capsules per day (60 per 30 days). The prescriber did not provide information showing that the limit is
    not appropriate for you.
  denial_category: benefit_limit
  action: none
  appeal_deadline: January 13, 2027
  deadline_basis: >-
    Stated in the notice: "You must request a redetermination within 65 days from the date of this notice."
treatment:
  name: pregabalin 150 mg capsules, three times daily (90 per 30 days)
  summary: >-
    Pregabalin 450 mg a day for fibromyalgia, the top of the labelled fibromyalgia range, reached after 300 mg
    a day helped only partly; duloxetine 60 mg is continued for pain and depression.
  alongside: duloxetine 60 mg daily
plan_policy:
  name: Quantity limit, pregabalin (formulary page 41)
  quote: >-
    Pregabalin 150 mg: QL 60 capsules per 30 days.
  limit: {applied: 60, current: 60, course: 90, unit: capsules per 30 days}
author:
  name: Marjorie Anne Feldhaus
  role: Patient, writing for myself
  relation: patient
provider:
  name: Keziah Obuya
  credentials: MD, rheumatology
  phone: (573) 555-0152
  address: |-
    Cedar Hollow Rheumatology, 410 Depot Street
    Cedar Hollow, MO 65201
clinical:
  severity: "FIQR 68 on August 14, 2026 (on 300 mg/day); FIQR 41 on October 23, 2026 (on 450 mg/day, 30-day supply paid by me)"
  severity_date: 2026-10-23
  suicidality: none
  history:
    - drug: Duloxetine
      kind: antidepressant
      dose: 60 mg daily
      start: 2023-05
      ongoing: true
      outcome: Partial help for pain and mood; continued
      response: partial
      evidence: {file: clinical/rheumatology-notes-2026.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 to 25 mg at bedtime
      start: 2021-09
      end: 2022-01
      outcome: Stopped for morning sedation and a fall
      adequate: false
      evidence: {file: clinical/rheumatology-notes-2026.txt, page: 1}
    - drug: Pregabalin
      dose: 150 mg twice daily (300 mg/day)
      start: 2025-11-03
      end: 2026-08-14
      outcome: Partial response; raised to 450 mg/day on 08/14/2026
      response: partial
      adequate: true
      evidence: {file: clinical/rheumatology-notes-2026.txt, page: 1}
    - drug: Cognitive behavioural therapy for pain
      kind: psychotherapy
      dose: 10 sessions
      sessions: 10
      start: 2024-02
      end: 2024-05
      outcome: Helped with sleep; continued home exercises
      response: partial
record_dates:
  - {file: other/cash-receipt-pregabalin-2026-10-02.txt, date: 2026-10-02}
bates_prefix: FELDHAUS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/coverage-determination-denial-2026-11-09.txt": f"""{F}
BLUELARK PRESCRIPTION DRUG PLAN (PDP) (FICTIONAL)
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date: 11/09/2026
Member: Marjorie A. Feldhaus   Member ID: BLP-FICT-77120-3391
Case: BLP-CD-2026-1104-2217
Drug: pregabalin 150 mg capsule, qty 90 / 30 days
Prescriber: Keziah Obuya, MD

We denied your request for an exception to the quantity limit. Pregabalin 150 mg capsules are limited to
2 capsules per day (60 per 30 days). The prescriber did not provide information showing that the limit is
not appropriate for you.

Our formulary (page 41) lists: "Pregabalin 150 mg: QL 60 capsules per 30 days."

You have the right to ask us for a redetermination (appeal). You must request a redetermination within
65 days from the date of this notice. If your health could be seriously harmed by waiting, ask for a fast
(expedited) decision. Fax: (417) 555-0144.
""",
"clinical/rheumatology-notes-2026.txt": f"""{F}
CEDAR HOLLOW RHEUMATOLOGY - PROGRESS NOTES (excerpt)   Patient: Feldhaus, Marjorie   DOB 03/02/1957
Page 1
08/14/2026  Fibromyalgia (M79.7), recurrent depression moderate (F33.1, with psychiatry, stable).
  Pregabalin 150 mg BID since 11/03/2025: partial benefit. FIQR 68. Sleep 4 h. No dizziness, no edema.
  CrCl 78 mL/min - no renal dose reduction needed. Increase to 150 mg TID (450 mg/day).
  Duloxetine 60 mg daily since 05/2023, continue. Amitriptyline 2021-2022: stopped after a fall (sedation).
  CBT for pain 2024 (10 sessions) - helped sleep. Denies SI.
09/02/2026  Pharmacy: plan pays 60 caps only. PA / QL exception faxed.
10/23/2026  On 450 mg/day (patient paid cash for 30 days, 10/02). FIQR 41. Walking 20 min. Mild dizziness
  first week, resolved. Plan: continue 450 mg/day. Note: 450 mg/day is within the labelled fibromyalgia dose
  range (300-450 mg/day). Two 300 mg capsules would not give 450 mg; three 150 mg capsules needed.
""",
"other/cash-receipt-pregabalin-2026-10-02.txt": f"""{F}
MAIN STREET PHARMACY (FICTIONAL)   10/02/2026
Rx 0448812  PREGABALIN 150MG CAP  QTY 90  DS 30   Discount card price $38.40  PAID CASH
Insurance: REJECTED 76 - PLAN LIMITATIONS EXCEEDED
""",
"other/prescriber-supporting-statement-2026-11-20.txt": f"""{F}
Supporting statement for a Part D exception - Keziah Obuya, MD, rheumatology - 11/20/2026
Ms. Feldhaus needs pregabalin 450 mg/day. At 300 mg/day (two capsules) her fibromyalgia was only partly
controlled (FIQR 68). At 450 mg/day FIQR fell to 41. The quantity limit of 2 capsules/day would not be as
effective and would return her to 300 mg/day. 450 mg/day is within the FDA-labelled range for fibromyalgia.
""",
},
expect=[("denial/coverage-determination-denial-2026-11-09.txt", "65 days from the date of this notice"),
        ("clinical/rheumatology-notes-2026.txt", "FIQR 41"),
        ("other/cash-receipt-pregabalin-2026-10-02.txt", "PAID CASH"),
        ("other/prescriber-supporting-statement-2026-11-20.txt", "would not be as\neffective")],
truth="""# 01 - Part D PDP, pregabalin quantity limit, redetermination; the patient writes (FICTIONAL)

FICTIONAL: all people, plans, numbers and addresses are invented.

## What is true
- Marjorie Feldhaus, 69, stand-alone **Part D** plan. Pregabalin 150 mg x 3/day (450 mg/day) for fibromyalgia
  (M79.7) denied on 2026-11-09: quantity limit 60 capsules/30 days; "prescriber did not provide information".
- Rule: Part D redetermination within **65 days of the notice date** (42 CFR 423.582(b)): 2027-01-13. A quantity
  limit is a utilization-management tool: the member asks for an **exception** (423.578(b)), which needs the
  prescriber's supporting statement that the limit would not be as effective / would cause adverse effects;
  the statement, dated 11/20/2026, is enclosed. Standard redetermination decision: 7 days (423.590(a)).
- 450 mg/day is inside the labelled fibromyalgia range (300-450 mg/day). On 300 mg/day: FIQR 68; on 450 mg/day
  (a 30-day fill paid in cash with a discount card on 10/02): FIQR 41. No renal reduction needed (CrCl 78).
- Duloxetine 60 mg is **still taken** (since 05/2023). Amitriptyline stopped for sedation/fall (not an adequate
  trial). CBT for pain is psychotherapy, not a drug trial. Depression is stable, no SI.

## Deliberately unknown
- Whether the plan received the prescriber's 09/02 fax with any clinical notes (the notice says no information).
- The plan's decision on an expedited request: none was asked; the member is not asking for one.

## Traps
- Not a medical-necessity denial "by a physician reviewer"; not a step-therapy or formulary (non-formulary)
  exception: the drug is on the formulary, with a QL.
- The cash fill is evidence of a trial at the higher dose, not a claim to be reimbursed here (unless the letter
  asks separately; it may ask for reimbursement of the 10/02 fill only as a secondary request).
- "Two 300 mg capsules" is the note's negation: 300 mg x2 is not the dose.
- No ERISA, no external review by a state; the next level is the IRE (the member files it for Part D).
- Voice: the patient, "I".

## Arguments a strong letter makes
1. Ask for a quantity-limit **exception** under 423.578(b) with the prescriber's supporting statement: the limit
   forces 300 mg/day, which failed (FIQR 68); 450 mg/day worked (FIQR 41) - documented by the cash-paid fill.
2. The dose is within the labelled fibromyalgia range; renal function allows it.
3. Redetermination filed within 65 days; decide within 7 days.

## What a letter must NOT say
- "not FDA-approved", "off-label", "step therapy", "non-formulary", "suicidal", "amitriptyline failed at an
  adequate dose", "CBT was a failed medication trial", "duloxetine was stopped", ERISA / 29 CFR 2560.503-1,
  "60 days after receipt", "external review by the state".
"""))

# ---------------------------------------------------------------- 02
CASES.append(dict(
slug="02-marketplace-spravato-psychiatrist-criterion-external-review",
yaml="""# FICTIONAL CASE (set 16, case 02) - every person, plan, number and address is invented.
# Marketplace silver HMO (insured, AZ): Spravato induction denied because the prescriber is a psychiatric nurse
# practitioner, under a policy whose own criterion reads "prescribed by or in consultation with a psychiatrist".
# Final internal denial 10/30; the PMHNP requests external review.
patient:
  name: Tobias Rennick Oyelaran
  salutation: Mr. Oyelaran
  date_of_birth: July 19, 1990
  member_id: DSH-FICT-55031-0087
  address: |-
    2217 East Agave Loop
    Mesa Verde Junction, AZ 85204
  phone: (480) 555-0117
insurer:
  name: Desert Sage Health Plan, Silver HMO (FICTIONAL)
  appeals_address: |-
    Appeals Unit, PO Box 33190
    Phoenix, AZ 85067
  fax: (602) 555-0188
claim:
  number: DSH-PA-2026-0911-5520
  plan_type: individual_aca
  funding: insured
  state: AZ
  notice_date: October 30, 2026
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  pending_services: 8
  denial_reason: >-
    Final adverse determination (internal appeal upheld). Esketamine is not medically necessary because
    criterion 1 of RX-207 is not met: the prescriber is a nurse practitioner, not a psychiatrist.
  denial_category: medical_necessity
  action: none
template: external-review-request
external_review:
  final_denial_date: October 30, 2026
  agency: Arizona Department of Insurance and Financial Institutions, external review (FICTIONAL address)
  address: |-
    External Review Unit (FICTIONAL address), PO Box 40190
    Phoenix, AZ 85067
payer_criteria:
  - criterion: "1. Prescribed by, or in consultation with, a psychiatrist."
    how_met: >-
      Prescribed by a board-certified PMHNP after a documented consultation with psychiatrist Dr. Linnea
      Hardcastle on 09/04/2026, who agreed with esketamine; the note was sent with the internal appeal.
    met: true
    evidence: {file: clinical/psychiatric-consultation-2026-09-04.txt, page: 1}
  - criterion: "2. Diagnosis of major depressive disorder, without psychotic features."
    how_met: F33.2, no psychotic features (09/04/2026 consultation).
    met: true
    evidence: {file: clinical/psychiatric-consultation-2026-09-04.txt, page: 1}
  - criterion: "3. Inadequate response to at least two antidepressants of adequate dose and duration in the current episode."
    how_met: Escitalopram 20 mg (10 weeks) and bupropion XL 300 mg (9 weeks) in the current episode.
    met: true
    evidence: {file: clinical/pmhnp-notes-2025-2026.txt, page: 1}
  - criterion: "4. Administered in a certified Spravato REMS healthcare setting."
    how_met: Sonoran Mind Clinic is REMS-certified (certificate on file).
    met: true
    evidence: {file: clinical/pmhnp-notes-2025-2026.txt, page: 2}
plan_policy:
  name: Esketamine nasal spray
  number: RX-207
  quote: >-
    Esketamine may be considered medically necessary when all of the following are met: 1. Prescribed by, or in
    consultation with, a psychiatrist; 2. Diagnosis of major depressive disorder, without psychotic features;
    3. Inadequate response to at least two antidepressants of adequate dose and duration in the current
    episode; 4. Administered in a certified Spravato REMS healthcare setting.
  file: denial/policy-rx-207-excerpt.txt
treatment:
  name: Spravato (esketamine nasal spray)
  summary: >-
    Induction twice weekly for four weeks (8 sessions, 56 mg then 84 mg) with sertraline continued, in a
    REMS-certified clinic.
  alongside: sertraline 150 mg daily
  setting: Sonoran Mind Clinic, REMS-certified (FICTIONAL)
  monitoring: blood pressure before, at 40 minutes and at 2 hours; two hours of observation
author:
  name: Pilar Ximena Audubon
  role: Psychiatric-mental health nurse practitioner (PMHNP-BC), the prescriber, writing with the member's signed authorization
  relation: representative
  authorization: other/member-authorization-2026-11-02.txt
provider:
  name: Pilar Ximena Audubon
  credentials: DNP, PMHNP-BC
  npi: "1790044311"
  phone: (480) 555-0126
  address: |-
    Sonoran Mind Clinic, 600 West Main Street, Suite 4
    Mesa Verde Junction, AZ 85204
clinical:
  episode_onset: October 2025
  severity: PHQ-9 21 and MADRS 33 on September 4, 2026; PHQ-9 22 on November 12, 2026
  severity_date: 2026-11-12
  suicidality: passive
  suicidality_date: 2026-11-12
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2019-03
      end: 2020-01
      outcome: Remission in an earlier episode
      response: remission
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-11-10
      end: 2026-01-26
      outcome: No response after 10 weeks at 20 mg
      response: none
      adequate: true
      evidence: {file: clinical/pmhnp-notes-2025-2026.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2026-02-02
      end: 2026-04-06
      outcome: Partial, then loss of benefit after 9 weeks
      response: partial
      adequate: true
      evidence: {file: clinical/pmhnp-notes-2025-2026.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-04-13
      ongoing: true
      outcome: Partial response; continued alongside esketamine
      response: partial
      evidence: {file: clinical/pmhnp-notes-2025-2026.txt, page: 1}
    - drug: Aripiprazole (augmentation)
      kind: augmentation
      dose: 2 mg daily
      start: 2026-06
      end: 2026-07
      outcome: Stopped after 3 weeks for akathisia
      adequate: false
    - drug: Weekly CBT
      kind: psychotherapy
      sessions: 16
      start: 2026-01
      ongoing: true
      outcome: Ongoing
bates_prefix: OYELARAN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/final-adverse-determination-2026-10-30.txt": f"""{F}
DESERT SAGE HEALTH PLAN (FICTIONAL) - FINAL ADVERSE DETERMINATION
Date: 10/30/2026   Member: Tobias R. Oyelaran   ID: DSH-FICT-55031-0087   Ref: DSH-PA-2026-0911-5520
Service: esketamine nasal spray, induction (J0013 with office visits), 8 sessions. Requested by Pilar Audubon, PMHNP.
Your internal appeal is denied. Esketamine is not medically necessary because criterion 1 of RX-207 is not
met: the prescriber is a nurse practitioner, not a psychiatrist. Reviewer: Gordon Wexley, MD, family medicine.
This is our final internal decision. You may request an external review by an independent review
organization through the Arizona Department of Insurance and Financial Institutions within 4 months of the
date of this notice. (The initial denial dated 09/18/2026 also cited criterion 1.)
""",
"denial/policy-rx-207-excerpt.txt": f"""{F}
DESERT SAGE HEALTH PLAN - PHARMACY POLICY RX-207 Esketamine nasal spray (eff. 01/01/2026)
Esketamine may be considered medically necessary when all of the following are met:
1. Prescribed by, or in consultation with, a psychiatrist;
2. Diagnosis of major depressive disorder, without psychotic features;
3. Inadequate response to at least two antidepressants of adequate dose and duration in the current episode;
4. Administered in a certified Spravato REMS healthcare setting.
""",
"clinical/psychiatric-consultation-2026-09-04.txt": f"""{F}
PSYCHIATRIC CONSULTATION - Linnea Hardcastle, MD (psychiatry)   09/04/2026   Pt: Oyelaran, Tobias
Requested by P. Audubon, PMHNP. MDD recurrent, severe, without psychotic features (F33.2). No mania, no
psychosis, no substance use disorder. MADRS 33. Passive death wishes, no plan, no intent.
Recommendation: agree with esketamine induction in the REMS clinic; continue sertraline 150 mg.
(Consult note faxed to Desert Sage with the first-level appeal 10/06/2026.)
""",
"clinical/pmhnp-notes-2025-2026.txt": f"""{F}
SONORAN MIND CLINIC - PMHNP NOTES (excerpt)  Pt: Oyelaran, Tobias  DOB 07/19/1990
Page 1
11/10/2025 Episode began ~10/2025. Escitalopram 20 mg started 11/10 (prior episode 2019: fluoxetine 40 mg,
  remission). 01/26/2026: no response at 10 wks. Switch to bupropion XL 300 mg 02/02/2026.
04/06/2026 Bupropion 9 wks: early partial response then lost. Start sertraline -> 150 mg.
06/2026 Aripiprazole 2 mg added; stopped after ~3 weeks, akathisia. CBT weekly since 01/2026, ongoing.
Page 2
11/12/2026 PHQ-9 22. Passive SI, no plan; safety plan reviewed. Clinic REMS certification current.
  Note: first-level appeal letter said "three failed antidepressants" - correct count in the current
  episode is two adequate (escitalopram, bupropion) plus sertraline ongoing (partial).
""",
"other/member-authorization-2026-11-02.txt": f"""{F}
I, Tobias R. Oyelaran, authorize Pilar X. Audubon, PMHNP-BC, to request external review on my behalf and to
receive my health information for that purpose.  Signed 11/02/2026.
""",
},
expect=[("denial/policy-rx-207-excerpt.txt", "Prescribed by, or in consultation with, a psychiatrist"),
        ("clinical/psychiatric-consultation-2026-09-04.txt", "agree with esketamine"),
        ("denial/final-adverse-determination-2026-10-30.txt", "within 4 months"),
        ("clinical/pmhnp-notes-2025-2026.txt", "Passive SI, no plan")],
truth="""# 02 - Marketplace HMO, Spravato denied on "prescribed by a psychiatrist", external review; the PMHNP writes (FICTIONAL)

FICTIONAL: all people, plans, numbers and addresses are invented.

## What is true
- Tobias Oyelaran, 36, insured **Marketplace** silver HMO in Arizona. Spravato induction (8 sessions, pending)
  denied; internal appeal upheld in a **final adverse determination of 10/30/2026** (reviewer: family medicine).
- The plan's own policy **RX-207 criterion 1 reads "Prescribed by, or in consultation with, a psychiatrist"**.
  A psychiatrist (Dr. Hardcastle) consulted on 09/04/2026 and agreed; the note reached the plan on 10/06.
  The denial reads the criterion as "prescribed by a psychiatrist" only.
- Rule: insured individual coverage, external review through the state (AZ) under 45 CFR 147.136 / the state
  law; the notice gives **4 months** from 10/30/2026. Expedited external review is available if a delay would
  seriously jeopardize health; passive SI on 11/12/2026 (no plan).
- "Psychiatrist prescriber" is a payer criterion, not an FDA label requirement (label: REMS setting).
- Trials in the current episode (since 10/2025): escitalopram 20 mg (10 wk, none), bupropion XL 300 mg (9 wk,
  partial then lost); sertraline 150 mg **ongoing** (continued alongside). Aripiprazole 2 mg 3 weeks stopped
  (not adequate). Fluoxetine 2019 = remission in an earlier episode. CBT ongoing (psychotherapy).

## Deliberately unknown
- Whether the IRO will treat it as expedited; no physician certification is in the folder.

## Traps
- The first-level letter said "three failed antidepressants"; the clinic's own note corrects it to two adequate
  plus one ongoing. Do not say three (or four) failed antidepressants.
- Suicidality is **passive** (no plan): no "active suicidal ideation", no Spravato suicidality indication.
- The author is a nurse practitioner, not a physician: not "I, as the treating physician"/"Dr. Audubon" as an MD.
- The plan DID name its criteria: never say it named none.

## Arguments a strong letter makes
1. Criterion 1 is met on its own words: "or in consultation with, a psychiatrist" - consultation 09/04/2026,
   received by the plan 10/06. The denial misreads its own policy.
2. Criteria 2-4 met with exhibits; the plan cited no other gap.
3. External review by an IRO through Arizona within 4 months of 10/30/2026; the reviewer should be a psychiatrist,
   not family medicine.

## What a letter must NOT say
- "the plan named no criteria", "three failed antidepressants", "active suicidal ideation", "FDA requires a
  psychiatrist", "sertraline was stopped", "fluoxetine failed", ERISA / 29 CFR 2560.503-1 / 2590.715-2719,
  "second-level internal appeal".
"""))

# ---------------------------------------------------------------- 03
CASES.append(dict(
slug="03-medicaid-mco-tms-age-17-epsdt",
yaml="""# FICTIONAL CASE (set 16, case 03) - every person, plan, number and address is invented.
# Medicaid managed care (IA), member aged 17: TMS denied under an adult criterion (age 18+). Mother appeals.
patient:
  name: Delphine Rosalind Kaczmarek
  salutation: Delphine
  date_of_birth: April 11, 2009
  member_id: PRH-FICT-IA-209117
  address: |-
    14 Linden Court
    Prairie Mills, IA 50310
  phone: (515) 555-0109
insurer:
  name: Prairie Harvest Health Medicaid Plan (FICTIONAL)
  appeals_address: |-
    Member Appeals, PO Box 9102
    Des Moines, IA 50306
  fax: (515) 555-0163
claim:
  number: PRH-UM-2026-1019-0442
  plan_type: medicaid
  delivery: managed_care
  notice_date: November 3, 2026
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  sessions: 36
  pending_services: 36
  denial_reason: >-
    Not medically necessary. TMS criteria BH-TMS-1 are not met: criterion 1.1, member must be 18 years of age or
    older. Member is 17.
  denial_category: medical_necessity
  action: none
  appeal_deadline: January 2, 2027
  deadline_basis: >-
    Stated in the notice: "You have 60 days from the date of this notice to ask for an appeal."
payer_criteria:
  - criterion: "1.1 Member is 18 years of age or older."
    how_met: >-
      Not met on its words: Delphine is 17. Under EPSDT (42 USC 1396d(r)(5)) an age limit cannot decide coverage for
      a member under 21; the device used is FDA-cleared for adolescents 15-21.
    met: false
    evidence: {file: denial/notice-of-adverse-benefit-determination-2026-11-03.txt, page: 1}
  - criterion: "1.2 Major depressive disorder, no psychotic features."
    how_met: F33.2, no psychosis.
    met: true
    evidence: {file: clinical/child-psychiatry-notes-2026.txt, page: 1}
  - criterion: "1.3 Failure of two antidepressants of adequate dose and duration."
    how_met: Fluoxetine 40 mg (10 weeks) and escitalopram 20 mg (9 weeks).
    met: true
    evidence: {file: clinical/child-psychiatry-notes-2026.txt, page: 1}
plan_policy:
  name: Transcranial magnetic stimulation
  number: BH-TMS-1
  quote: >-
    1.1 Member is 18 years of age or older. 1.2 Major depressive disorder, no psychotic features. 1.3 Failure of
    two antidepressants of adequate dose and duration.
  file: denial/notice-of-adverse-benefit-determination-2026-11-03.txt
treatment:
  name: transcranial magnetic stimulation (TMS)
  summary: >-
    36 sessions of TMS, five days a week, as an adjunct to sertraline, which continues.
  plan: >-
    36 sessions over about 7 weeks, left DLPFC 10 Hz, motor threshold 120%, PHQ-A every week; stop if no
    improvement by session 20.
  alongside: sertraline 100 mg daily
  fda:
    action: cleared
    date: March 2024
    what: a TMS device (the clinic's model)
    use: as an adjunct for major depressive disorder in patients aged 15 to 21
    ages: [15, 21]
    file: other/fda-clearance-summary.txt
    page: 1
author:
  name: Agnieszka Kaczmarek
  role: Mother of the member (a minor)
  relation: parent
  address: |-
    14 Linden Court
    Prairie Mills, IA 50310
  phone: (515) 555-0109
provider:
  name: Oren Blakeslee
  credentials: MD, child and adolescent psychiatry
  phone: (515) 555-0174
  address: |-
    Prairie Mills Youth Psychiatry, 300 Grand Avenue
    Prairie Mills, IA 50310
clinical:
  episode_onset: November 2025
  severity: PHQ-A 21 on October 14, 2026; CDRS-R 68
  severity_date: 2026-10-14
  suicidality: none
  history:
    - drug: Fluoxetine
      dose: 20 to 40 mg daily
      start: 2025-12-01
      end: 2026-02-16
      outcome: No response after 10 weeks (6 weeks at 40 mg)
      response: none
      adequate: true
      evidence: {file: clinical/child-psychiatry-notes-2026.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2026-02-23
      end: 2026-04-27
      outcome: Minimal response after 9 weeks
      response: none
      adequate: true
      evidence: {file: clinical/child-psychiatry-notes-2026.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg daily
      start: 2026-05-04
      ongoing: true
      outcome: Partial; continued
      response: partial
      evidence: {file: clinical/child-psychiatry-notes-2026.txt, page: 1}
    - drug: Trauma-focused CBT, then DBT skills group
      kind: psychotherapy
      sessions: 24
      start: 2025-12
      ongoing: true
      outcome: Ongoing weekly
impact:
  work: Missed 31 school days since August 2026; on a reduced schedule since October.
  hospitalizations: One inpatient stay, 2026-01 (5 days) after an overdose attempt in January 2026.
bates_prefix: KACZMAREK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/notice-of-adverse-benefit-determination-2026-11-03.txt": f"""{F}
PRAIRIE HARVEST HEALTH MEDICAID PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: 11/03/2026  Member: Delphine R. Kaczmarek  ID: PRH-FICT-IA-209117  Ref: PRH-UM-2026-1019-0442
Service requested: TMS (90867, 90868), 36 sessions, Oren Blakeslee MD.
Decision: Denied. Not medically necessary. TMS criteria BH-TMS-1 are not met: criterion 1.1, member must be
18 years of age or older. Member is 17.
BH-TMS-1: 1.1 Member is 18 years of age or older. 1.2 Major depressive disorder, no psychotic features.
1.3 Failure of two antidepressants of adequate dose and duration.
You have 60 days from the date of this notice to ask for an appeal. If we uphold our decision you may ask
for a State Fair Hearing within 120 days of our appeal decision.
""",
"clinical/child-psychiatry-notes-2026.txt": f"""{F}
PRAIRIE MILLS YOUTH PSYCHIATRY - notes (excerpt)   Pt: Kaczmarek, Delphine  DOB 04/11/2009
Page 1
Episode since ~11/2025. Fluoxetine 20->40 mg 12/01/2025-02/16/2026: no response. Escitalopram 20 mg
02/23-04/27/2026: minimal. Sertraline 100 mg since 05/04/2026: partial, continue.
01/2026 overdose (acetaminophen), admitted 5 days. Since then: denies SI at every visit; 10/14/2026 C-SSRS
negative. No psychosis, no bipolar history. TF-CBT then DBT skills group, weekly, ongoing.
10/14/2026 PHQ-A 21, CDRS-R 68. Missed 31 school days this term. Plan: TMS 36 sessions (device cleared for
ages 15-21 as adjunct). Mother consents.
""",
"other/fda-clearance-summary.txt": f"""{F}
Clinic summary (prepared by Prairie Mills Youth Psychiatry): the TMS system used in this clinic received FDA
510(k) clearance in March 2024 as an adjunct for the treatment of major depressive disorder in patients aged
15 to 21. (Clinic copy of the clearance letter on file.)
""",
},
expect=[("denial/notice-of-adverse-benefit-determination-2026-11-03.txt", "member must be\n18 years of age or older"),
        ("clinical/child-psychiatry-notes-2026.txt", "C-SSRS\nnegative"),
        ("other/fda-clearance-summary.txt", "aged\n15 to 21")],
truth="""# 03 - Medicaid managed care, member aged 17, TMS denied by an adult age criterion; her mother writes (FICTIONAL)

FICTIONAL: all people, plans, numbers and addresses are invented.

## What is true
- Delphine Kaczmarek, 17 (DOB 2009-04-11), Iowa **Medicaid managed care**. TMS 36 sessions (pending) denied
  11/03/2026 under BH-TMS-1 **criterion 1.1 "18 years of age or older"** only; 1.2 and 1.3 met.
- Rule: plan appeal within **60 days** of the notice (42 CFR 438.402(c)(2)(ii)): 2027-01-02; state fair hearing
  within 120 days of the plan's resolution (438.408(f)(2)). A member **under 21** has **EPSDT** (42 USC
  1396d(r)(5)): the state must cover necessary care to correct or ameliorate a condition, decided case by case,
  not by an adult age rule.
- The device is FDA-cleared (March 2024) as an adjunct for MDD in ages **15-21**: she is within it. Sertraline
  100 mg continues alongside.
- Trials: fluoxetine 40 mg and escitalopram 20 mg (adequate, failed), sertraline ongoing (partial).
  Psychotherapy (TF-CBT, DBT) ongoing.
- Suicidality: **none now** (C-SSRS negative 10/14/2026). History: overdose attempt in **January 2026**.

## Deliberately unknown
- Whether the plan has a pediatric TMS policy; the notice cites only BH-TMS-1.
- Which exact device model (the clinic summary does not name it).

## Traps
- Criterion 1.1 is NOT met on its words; the letter must not say "all criteria are met". The winning argument
  is EPSDT, not that she is 18.
- The suicide attempt is history (January 2026), not current risk; no current SI.
- Fluoxetine was stopped in February 2026; the alongside drug is sertraline. Not "continue fluoxetine".
- Not an expedited appeal (none asked). No "continued benefits" (nothing authorized is being cut: action none).
- Voice: the mother writes about her daughter.

## Arguments a strong letter makes
1. EPSDT: under 21, Medicaid must cover medically necessary care; an adult age cut-off cannot decide it.
2. FDA clearance for adolescents 15-21 as an adjunct - she is 17 and on sertraline.
3. Criteria 1.2 and 1.3 met (two adequate failed antidepressants), severity and school loss; appeal within 60 days.

## What a letter must NOT say
- "all of the plan's criteria are met", "she is 18", "active suicidal ideation", "continue fluoxetine",
  "continuation of benefits / aid paid pending", ERISA, "external review by the state insurance department",
  "the state sets between 90 and 120 days".
"""))

# ---------------------------------------------------------------- 04
CASES.append(dict(
slug="04-fehb-tms-no-network-provider-reconsideration",
yaml="""# FICTIONAL CASE (set 16, case 04) - every person, plan, number and address is invented.
# FEHB plan: TMS by a non-preferred provider paid at the out-of-network level although no preferred TMS provider
# is within the brochure's distance; the member (a federal employee) asks for reconsideration himself.
patient:
  name: Gilbert Amadou Strand
  salutation: Mr. Strand
  date_of_birth: January 27, 1978
  member_id: FHC-FICT-R88410212
  address: |-
    5 Quarry Ridge Lane
    Elk Fork, WY 82601
  phone: (307) 555-0191
insurer:
  name: Federal Heritage Care Plan, Standard Option (FICTIONAL)
  appeals_address: |-
    Reconsiderations, PO Box 7710
    Denver, CO 80217
  fax: (303) 555-0129
claim:
  number: FHC-EOB-2026-11-40771
  plan_type: fehb
  notice_date: November 12, 2026
  service_dates: [2026-08-24, 2026-10-09]
  sessions: 36
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  carc_codes: [PR-242]
  denial_reason: >-
    Services by a non-preferred provider. Paid at the non-preferred benefit level; the balance is your
    responsibility.
  denial_category: out_of_network
  action: none
  appeal_deadline: May 12, 2027
  deadline_basis: "Stated in the EOB: ask us to reconsider within 6 months of the date of this explanation of benefits."
plan_policy:
  name: 2026 brochure, Section 5(a), "When no preferred provider is available"
  quote: >-
    If no preferred provider of the needed covered service is available within 60 miles of your home, and you
    contact us before you receive the service, we will pay the non-preferred provider at the preferred
    benefit level.
  file: other/brochure-2026-excerpt.txt
prior_auth:
  approved:
    number: FHC-NA-2026-0802-117
    date: August 5, 2026
    covers: TMS 36 sessions, medical necessity approved
    quote: "TMS approved, 36 sessions, 08/20/2026-10/31/2026."
    file: other/authorization-letter-2026-08-05.txt
    what_went_wrong: >-
      The member called on 08/03/2026 (call ref 55-0803-2210) and was told no preferred TMS provider was within
      60 miles; the claims were paid at the non-preferred level anyway.
treatment:
  name: transcranial magnetic stimulation (TMS)
  summary: 36 sessions of TMS, given August 24 through October 9, 2026, at a non-preferred clinic 18 miles away.
author:
  name: Gilbert Amadou Strand
  role: Member, writing for myself
  relation: patient
provider:
  name: Wren Halvorsen
  credentials: MD, psychiatry
  phone: (307) 555-0183
  address: |-
    High Plains TMS Center, 120 Center Street
    Elk Fork, WY 82601
clinical:
  severity: PHQ-9 20 on August 20, 2026; PHQ-9 7 on October 9, 2026
  suicidality: none
  response: PHQ-9 20 before, 7 after 36 sessions
  response_level: response
bates_prefix: STRAND
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/explanation-of-benefits-2026-11-12.txt": f"""{F}
FEDERAL HERITAGE CARE PLAN (FICTIONAL) - EXPLANATION OF BENEFITS   11/12/2026
Member: Gilbert A. Strand  ID: FHC-FICT-R88410212  Claim: FHC-EOB-2026-11-40771
Provider: High Plains TMS Center (non-preferred)
DOS 08/24/2026-10/09/2026  90867 x1, 90868 x35  Billed $10,800.00  Allowed $6,120.00  Plan paid $3,672.00
Your responsibility $7,128.00 (PR-242: services not provided by network/primary care providers)
Note: Services by a non-preferred provider. Paid at the non-preferred benefit level; the balance is your
responsibility. You may ask us to reconsider within 6 months of the date of this explanation of benefits.
If we do not reconsider in your favour you may ask OPM to review.
""",
"other/brochure-2026-excerpt.txt": f"""{F}
Federal Heritage Care Plan 2026 brochure (excerpt), Section 5(a)
When no preferred provider is available: If no preferred provider of the needed covered service is available
within 60 miles of your home, and you contact us before you receive the service, we will pay the
non-preferred provider at the preferred benefit level.
""",
"other/authorization-letter-2026-08-05.txt": f"""{F}
Federal Heritage Care Plan - 08/05/2026 - Ref FHC-NA-2026-0802-117
TMS approved, 36 sessions, 08/20/2026-10/31/2026. Provider: High Plains TMS Center.
""",
"other/my-call-notes.txt": f"""{F}
My notes (G. Strand).  08/03/2026 called member services, rep "Dana", ref 55-0803-2210. Asked for a preferred
TMS provider. Rep found none within 60 miles; nearest preferred TMS is in Casper-North? no - rep said 212 miles
(Fort Collins). Told me to use High Plains and "it will be handled". 11/14/2026 called again after EOB;
rep said the call note is in the system but "no exception was keyed".
""",
},
expect=[("other/brochure-2026-excerpt.txt", "within 60 miles of your home"),
        ("other/my-call-notes.txt", "55-0803-2210"),
        ("denial/explanation-of-benefits-2026-11-12.txt", "within 6 months")],
truth="""# 04 - FEHB, TMS paid at the non-preferred level with no preferred provider within 60 miles; the member writes (FICTIONAL)

FICTIONAL: all people, plans, numbers and addresses are invented.

## What is true
- Gilbert Strand, FEHB Standard Option. TMS 36 sessions (08/24-10/09/2026, done), approved for medical necessity
  (08/05/2026). EOB 11/12/2026 paid at the **non-preferred** level (PR-242), member owes $7,128.
- The 2026 brochure, Section 5(a): no preferred provider within 60 miles + member contacted the plan before ->
  paid at the preferred level. Member called 08/03/2026 (ref 55-0803-2210); nearest preferred TMS 212 miles.
- Rule: FEHB disputed claims, 5 CFR 890.105: ask the carrier to reconsider within **6 months**; carrier 30 days;
  then OPM review. FEHB is not ERISA; the brochure is the contract. Response PHQ-9 20 -> 7.

## Deliberately unknown
- The exact preferred-level allowed amount (the member does not know the difference owed).

## Traps
- Not a medical-necessity denial; it was approved. No peer-to-peer, no "medical judgment" request.
- The call notes contain a self-correction ("Casper-North? no - ... 212 miles"): the distance is 212 miles.
- No ERISA, no state external review, no state insurance department.
- Voice: patient, "I".

## Arguments a strong letter makes
1. The brochure's own Section 5(a) clause applies: no preferred provider within 60 miles, contact before care
   (call ref), so pay at the preferred level and reprocess.
2. The plan approved the care (08/05/2026) with this provider named.
3. Reconsideration within 6 months; OPM next.

## What a letter must NOT say
- "not medically necessary" arguments, "external review", "29 CFR 2560.503-1", "ERISA", "state insurance
  commissioner", "Casper", "suicidal", "the remainder of the course".
"""))
