"""Set 40, case 05 (FICTIONAL): FEHB, Spravato in a treatment center denied as "pharmacy benefit only"; 2026 brochure lists it under medical; OPM review; patient."""

SLUG = "05-fehb-spravato-center-claims-2026-brochure-lists-under-medical-benefit-opm-review-patient"

CASE_YAML = r'''
# FICTIONAL CASE (set 40, case 05) - every person, carrier, plan, provider, number and address is invented.
# FEHB, Standard Option (Chattahoochee Federal Employees Benefit Plan, a fictional carrier), GA. Desmond Okonkwo-Reyes,
# 52, a federal employee, had weekly Spravato maintenance at a certified center, billed by the center (J0013 with
# office visits). The carrier paid the induction (06-07/2026) under medical benefits, then denied 09/02-10/28/2026
# (9 treatments) as "covered only under the prescription drug benefit (Section 5(f))". The 2026 brochure's Section
# 5(a) lists esketamine given and observed in a certified center as a medical benefit, and Section 5(f) says such
# drugs are not covered there. The carrier upheld on reconsideration 11/05/2026 citing the 2025 brochure's wording.
# He asks OPM to review it himself.
patient:
  name: Desmond Okonkwo-Reyes
  salutation: Mr. Okonkwo-Reyes
  date_of_birth: 1974-10-30
  member_id: FICT-CFE-R88140273
  address: |-
    3380 Brookhaven Ridge Court
    Macon, GA 31210
  phone: (478) 555-0135
  email: d.okonkwo-reyes@mail.example
insurer:
  name: Chattahoochee Federal Employees Benefit Plan (FICTIONAL FEHB carrier)
  appeals_address: |-
    Chattahoochee Federal Employees Benefit Plan - Reconsiderations (FICTIONAL)
    PO Box 11904
    Atlanta, GA 30348
  fax: (404) 555-0172
claim:
  number: CFE-26-1030-551208
  other_numbers: [CFE-26-0930-548377]
  plan_type: fehb
  notice_date: 2026-10-06
  service_dates: [2026-09-02, 2026-10-28]
  sessions: 9
  setting: outpatient
  procedure_codes: [J0013, 99213]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-96]
  denial_reason: >-
    Non-covered charge under medical benefits. Esketamine (Spravato) is covered only under the prescription drug
    benefit (Section 5(f)) and must be dispensed by our specialty pharmacy. (CARC 96)
  denial_category: not_covered
  denial_reasons: [not_covered]
  coding_correct: true
  action: none
plan_policy:
  name: Chattahoochee Federal Employees Benefit Plan 2026 Brochure, Section 5(f) Prescription drug benefits
  number: Section 5(f)
  quote: >-
    Not covered under this Section: drugs that must be administered and observed in a provider's office or treatment
    center, including esketamine nasal spray (see Section 5(a), Mental health and substance use disorder benefits).
  file: other/brochure-2026-sections-5a-5f-excerpt.txt
  listed:
    name: Chattahoochee Federal Employees Benefit Plan 2026 Brochure, Section 5(a), Mental health and substance use disorder benefits
    entry: >-
      Esketamine nasal spray (Spravato) administered and observed in a treatment center certified under the
      Spravato REMS, billed by the center
    file: other/brochure-2026-sections-5a-5f-excerpt.txt
    page: 1
    as: a medical benefit under Section 5(a), paid to the treatment center
  exclusion:
    name: 2025 Brochure, Section 5(f) (the wording the carrier's decision applied)
    superseded:
      by: the 2026 Brochure, Sections 5(a) and 5(f)
      from: 2026-01-01
      quote: >-
        Section 5(a): Esketamine nasal spray (Spravato) administered and observed in a treatment center certified
        under the Spravato REMS, billed by the center. Section 5(f): Not covered under this Section: drugs that must
        be administered and observed in a provider's office or treatment center, including esketamine nasal spray
        (see Section 5(a), Mental health and substance use disorder benefits).
      file: other/brochure-2026-sections-5a-5f-excerpt.txt
  other_terms: >-
    2026 Brochure, Section 3, "How you get care": "Prior approval is required for esketamine nasal spray. Approval is
    for 12 months." Section 8: "We will write to you within 30 days of receiving your request for reconsideration."
  other_terms_file: other/brochure-2026-sections-5a-5f-excerpt.txt
  other_terms_apply: >-
    The carrier gave prior approval PA-CFE-26-0522-0913 for esketamine at the center through 05/31/2027, which covers
    every date of service.
prior_auth:
  approved:
    number: prior approval PA-CFE-26-0522-0913
    date: 2026-05-26
    covers: esketamine nasal spray at Ocmulgee Behavioral Health's certified treatment center, 06/01/2026 through 05/31/2027
    quote: "Approved: esketamine nasal spray (Spravato), induction and maintenance, at Ocmulgee Behavioral Health. Valid 06/01/2026-05/31/2027."
    file: other/prior-approval-2026-05-26.txt
    what_went_wrong: the carrier's claims unit applied the 2025 brochure's wording, which placed esketamine under the prescription drug benefit
treatment:
  name: Spravato (esketamine) nasal spray maintenance, given and observed at a certified treatment center
  summary: >-
    Weekly esketamine maintenance after an induction that brought remission; the carrier paid the induction under
    medical benefits and then denied the same treatment as a pharmacy-only drug.
  plan: >-
    84 mg weekly, with a plan to space treatments to every other week from January 2027 if MADRS stays under 10;
    two hours of observation after each dose under the REMS.
  alongside: sertraline 200 mg daily
  earlier_doses:
    - {date: 2026-06-02, dose: 56 mg (induction), paid_by_plan: true, claim: CFE-26-0616-530992, file: other/eob-induction-paid-2026-07-14.txt}
    - {date: 2026-07-28, dose: 84 mg (induction), paid_by_plan: true, claim: CFE-26-0805-539015, file: other/eob-induction-paid-2026-07-14.txt}
clinical:
  severity: MADRS 31 on 06/02/2026; MADRS 9 on 10/28/2026
  severity_date: 2026-10-28
  suicidality: none
  suicidality_date: 2026-10-28
  response: MADRS 31 (06/02/2026) to 9 (10/28/2026)
  response_level: remission
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-09
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with esketamine
      evidence: {file: clinical/psychiatrist-progress-note-2026-10-28.txt, page: 1}
    - drug: Desvenlafaxine
      dose: 100 mg daily
      start: 2023-11
      end: 2024-07
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 months; stopped
      evidence: {file: clinical/psychiatrist-progress-note-2026-10-28.txt, page: 1}
    - drug: Lithium
      dose: 600 mg daily (augmentation)
      start: 2025-03
      end: 2025-04
      weeks: 4
      kind: augmentation
      adequate: false
      outcome: Stopped after 4 weeks for tremor (intolerance)
      evidence: {file: clinical/psychiatrist-progress-note-2026-10-28.txt, page: 1}
decisions:
  - date: 2026-11-05
    outcome: denied
    stage: carrier reconsideration
    opens: OPM review
    next_deadline: 2027-02-03
    reason: >-
      We affirm. Under the brochure, esketamine is a prescription drug covered under Section 5(f) and must be
      dispensed by our specialty pharmacy. Claims from a treatment center for the drug are not payable under medical
      benefits.
    corrections:
      - said: Under the brochure, esketamine is a prescription drug covered under Section 5(f).
        record: >-
          The 2026 brochure, which governs 2026 dates of service, lists esketamine given and observed in a certified
          treatment center under Section 5(a) and says in Section 5(f) that such drugs are not covered under 5(f); the
          Section 5(f) wording the decision relies on is the 2025 brochure's.
        file: other/brochure-2026-sections-5a-5f-excerpt.txt
        page: 1
external_review:
  agency: U.S. Office of Personnel Management, Federal Employee Insurance Operations, Health Insurance (as the carrier's decision names it)
  address: |-
    Health Insurance 2 (address as printed in the carrier's decision; FICTIONAL test copy)
    PO Box 99017
    Washington, DC 20415
  final_denial_date: 2026-11-05
author:
  name: Desmond Okonkwo-Reyes
  role: Patient and FEHB enrollee
  relation: patient
  address: |-
    3380 Brookhaven Ridge Court
    Macon, GA 31210
  phone: (478) 555-0135
  email: d.okonkwo-reyes@mail.example
provider:
  name: Ocmulgee Behavioral Health, Esketamine Treatment Center
  credentials: REMS-certified treatment center (in the carrier's network)
  npi: "1582073494"
  address: |-
    640 Riverside Drive, Suite 400
    Macon, GA 31201
  phone: (478) 555-0168
template: external-review-request
copies: [prescriber]
record_dates:
  - file: clinical/psychiatrist-progress-note-2026-10-28.txt
    date: 2026-10-28
  - file: other/brochure-2025-section-5f-stale.txt
    date: 2025-01-01
bates_prefix: OKONKWOREYES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/carrier-reconsideration-decision-2026-11-05.txt": """
CHATTAHOOCHEE FEDERAL EMPLOYEES BENEFIT PLAN (FICTIONAL FEHB CARRIER) - RECONSIDERATION DECISION  Date: 11/05/2026
Enrollee: Desmond Okonkwo-Reyes   ID FICT-CFE-R88140273   Standard Option   Page 1 of 1
Claims CFE-26-0930-548377 (09/02-09/30/2026) and CFE-26-1030-551208 (10/07-10/28/2026), Ocmulgee Behavioral
Health, J0013 and 99213, 9 dates of service.
We affirm. Under the brochure, esketamine is a prescription drug covered under Section 5(f) and must be dispensed
by our specialty pharmacy. Claims from a treatment center for the drug are not payable under medical benefits.
If you disagree, you may ask OPM to review our decision within 90 days of the date of this letter: U.S. Office of
Personnel Management, Federal Employee Insurance Operations, Health Insurance 2, PO Box 99017, Washington, DC
20415 (address FICTIONAL in this test copy).
""",
    "denial/explanation-of-benefits-2026-10-06.txt": """
CHATTAHOOCHEE FEDERAL EMPLOYEES BENEFIT PLAN (FICTIONAL) - EXPLANATION OF BENEFITS   Date: 10/06/2026
Enrollee: Desmond Okonkwo-Reyes   Claim CFE-26-0930-548377   09/02, 09/09, 09/16, 09/23, 09/30/2026
J0013 x84, 99213   Paid $0.00   CO-96. Non-covered charge under medical benefits. Esketamine (Spravato) is
covered only under the prescription drug benefit (Section 5(f)) and must be dispensed by our specialty pharmacy.
(CARC 96)   [Claim CFE-26-1030-551208, 10/07-10/28/2026, denied the same way on 11/02/2026.]
""",
    "clinical/psychiatrist-progress-note-2026-10-28.txt": """
OCMULGEE BEHAVIORAL HEALTH (FICTIONAL) - PSYCHIATRIST PROGRESS NOTE              Date: 10/28/2026
Patient: Desmond Okonkwo-Reyes   DOB 10/30/1974   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe (F33.2). Esketamine 84 mg weekly maintenance; today's dose
observed 2 hours, BP stable. MADRS 9 (31 at induction, 06/02/2026). No suicidal ideation.
Medication: sertraline 200 mg daily since 09/2024, partial response alone, continuing. Past: desvenlafaxine 100 mg
11/2023-07/2024, no response; lithium 600 mg 03/2025-04/2025 stopped after 4 weeks for tremor.
Plan: weekly; consider every other week from 01/2027 if MADRS stays under 10.
""",
    "other/brochure-2026-sections-5a-5f-excerpt.txt": """
CHATTAHOOCHEE FEDERAL EMPLOYEES BENEFIT PLAN (FICTIONAL) - 2026 BROCHURE (excerpt)        Page 1 of 1
Section 5(a) Mental health and substance use disorder benefits - covered services include:
Esketamine nasal spray (Spravato) administered and observed in a treatment center certified under the Spravato
REMS, billed by the center.
Section 5(f) Prescription drug benefits - Not covered under this Section: drugs that must be administered and
observed in a provider's office or treatment center, including esketamine nasal spray (see Section 5(a), Mental
health and substance use disorder benefits).
Section 3 How you get care: Prior approval is required for esketamine nasal spray. Approval is for 12 months.
Section 8 The disputed claims process: We will write to you within 30 days of receiving your request for
reconsideration.
""",
    "other/brochure-2025-section-5f-stale.txt": """
CHATTAHOOCHEE FEDERAL EMPLOYEES BENEFIT PLAN (FICTIONAL) - 2025 BROCHURE (excerpt)        Page 1 of 1
Section 5(f) Prescription drug benefits: Esketamine nasal spray is covered under this Section and must be
dispensed by our specialty pharmacy to the treatment center.
[2025 plan year; replaced by the 2026 brochure from 01/01/2026.]
""",
    "other/prior-approval-2026-05-26.txt": """
CHATTAHOOCHEE FEDERAL EMPLOYEES BENEFIT PLAN (FICTIONAL) - PRIOR APPROVAL          Date: 05/26/2026
Enrollee: Desmond Okonkwo-Reyes   Number: PA-CFE-26-0522-0913
Approved: esketamine nasal spray (Spravato), induction and maintenance, at Ocmulgee Behavioral Health. Valid
06/01/2026-05/31/2027.
""",
    "other/eob-induction-paid-2026-07-14.txt": """
CHATTAHOOCHEE FEDERAL EMPLOYEES BENEFIT PLAN (FICTIONAL) - EXPLANATION OF BENEFITS (summary of two)
Claim CFE-26-0616-530992: 06/02-06/30/2026, J0013 and 99213, Ocmulgee Behavioral Health - PAID under Section 5(a).
Claim CFE-26-0805-539015: 07/02-07/28/2026, J0013 and 99213, Ocmulgee Behavioral Health - PAID under Section 5(a).
Statement date 07/14/2026 (first) and 08/11/2026 (second).
""",
    "other/specialty-pharmacy-letter-other-member-2026.txt": """
PEACHTREE SPECIALTY PHARMACY (FICTIONAL) - WELCOME LETTER                       Date: 08/19/2026
To: Delphine Okonkwo (member ID FICT-CFE-R88140290) - your specialty medication enrollment is complete.
[Misfiled into Mr. Okonkwo-Reyes's folder by the clinic; another member.]
""",
}

TRUTH = r'''
# 05 - FEHB: Spravato at a certified center denied as a "pharmacy-only" drug; the 2026 brochure lists it as a medical benefit; OPM review asked by the patient (FICTIONAL)

All people, carriers, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Desmond Okonkwo-Reyes, 52 (DOB 10/30/1974), a federal employee, is enrolled in the **Chattahoochee Federal
  Employees Benefit Plan**, Standard Option, an **FEHB** carrier, Georgia.
- He receives **esketamine (Spravato) 84 mg weekly maintenance** at Ocmulgee Behavioral Health's REMS-certified
  center, billed by the center (J0013 with 99213). **9 dates 09/02-10/28/2026** on claims CFE-26-0930-548377 and
  CFE-26-1030-551208 were denied **CO-96** ("covered only under the prescription drug benefit (Section 5(f))").
- **2026 brochure:** Section 5(a) lists esketamine "administered and observed in a treatment center certified under
  the Spravato REMS, billed by the center"; Section 5(f) says such drugs are **not covered under 5(f)**. The **2025**
  brochure put esketamine under 5(f); it does not govern 2026 dates.
- The carrier's **prior approval PA-CFE-26-0522-0913** covers esketamine at the center **06/01/2026-05/31/2027**, and
  it **paid the induction (06/2026 and 07/2026) under Section 5(a)**.
- The carrier's **reconsideration of 11/05/2026** affirmed, citing 5(f) in the 2025 wording.
- MADRS 31 to 9 (remission); no suicidal ideation; sertraline 200 mg continues.
- **Rule and stage:** FEHB, **5 CFR 890.105**: OPM review **within 90 days of the carrier's 11/05/2026 decision: by
  02/03/2027**. The request goes to OPM as the decision names it, not to the carrier to forward.
- **Author:** the enrollee-patient himself, writing "I".

## Deliberately unknown
- What the carrier would pay per treatment: not in the case.
- Whether OPM's review address in the decision is current: the test copy marks it FICTIONAL.
- Why the claims unit applied the 2025 wording: the case gives a reason only as the approval's `what_went_wrong`
  words; the letter may say the decision's wording matches the 2025 brochure.

## Traps
- **Plan document and date, not medicine:** medical necessity is not disputed (the carrier approved it); the answer
  is the 2026 brochure's own sections.
- **A decision's wrong statement:** "esketamine is a prescription drug covered under Section 5(f)" - the 2026 5(f)
  says the opposite for center-administered esketamine.
- **Stale document:** the 2025 brochure excerpt.
- **The exclusion names the drug:** Section 5(f)'s "not covered" names esketamine - but it sends it to 5(a); a letter
  must not say 5(f) does not mention esketamine.
- **Other person's record:** the specialty pharmacy letter to Delphine Okonkwo, another member.
- **Drug still taken:** sertraline continues (partial alone): never "failed". **Intolerance:** lithium 4 weeks, tremor.
  Desvenlafaxine was an adequate failed trial. No suicidal ideation: no suicidality indication.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no external review by an IRO, no state insurance department, no
  MHPAEA cited as a regulation binding the carrier (FEHB follows OPM's parity policy, not the cited regulations);
  "72 hours" only as the brochure gives it (it gives none here).
- **Stage:** OPM review, not a second carrier reconsideration.

## Arguments a strong letter makes (strongest first)
1. The 2026 brochure, which governs 2026 dates, lists center-administered esketamine under **Section 5(a)** and says
   **Section 5(f) does not cover it**: the claims are payable as medical benefits; pay both claims.
2. The carrier itself gave prior approval through 05/31/2027 and paid the induction under 5(a) in June and July 2026.
3. The reconsideration relied on the 2025 brochure's wording; correct it.
4. The treatment works (MADRS 31 to 9): an interruption risks relapse.

## What a letter must NOT say
- "Section 5(f) covers esketamine" as true for 2026; "must be dispensed by the specialty pharmacy" as the rule.
- "not medically necessary", "peer-to-peer" (no medical-judgment dispute).
- "Delphine"; "failed sertraline"; lithium as an adequate trial; "suicidal ideation" as present.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "independent review organization", "state insurance department".
- "Mr. Okonkwo-Reyes has received" as the patient's own voice (he writes "I").
'''

ANSWERS = [
    ("Plan type?", "plan_type: fehb", "case.yaml"),
    ("Where does the 2026 brochure list center esketamine?", "Section 5(a) Mental health and substance use disorder benefits - covered services include: Esketamine nasal spray (Spravato) administered and observed in a treatment center certified under the Spravato REMS, billed by the center", "other/brochure-2026-sections-5a-5f-excerpt.txt"),
    ("What does 2026 Section 5(f) say?", "Not covered under this Section: drugs that must be administered and observed in a provider's office or treatment center, including esketamine nasal spray", "other/brochure-2026-sections-5a-5f-excerpt.txt"),
    ("Where did the 2025 brochure put it?", "Esketamine nasal spray is covered under this Section and must be dispensed by our specialty pharmacy", "other/brochure-2025-section-5f-stale.txt"),
    ("Prior approval?", "Valid 06/01/2026-05/31/2027", "other/prior-approval-2026-05-26.txt"),
    ("Was the induction paid?", "PAID under Section 5(a)", "other/eob-induction-paid-2026-07-14.txt"),
    ("Claims appealed?", "Claims CFE-26-0930-548377 (09/02-09/30/2026) and CFE-26-1030-551208 (10/07-10/28/2026)", "denial/carrier-reconsideration-decision-2026-11-05.txt"),
    ("Decision appealed and date?", "RECONSIDERATION DECISION  Date: 11/05/2026", "denial/carrier-reconsideration-decision-2026-11-05.txt"),
    ("Who reviews next?", "you may ask OPM to review our decision within 90 days of the date of this letter", "denial/carrier-reconsideration-decision-2026-11-05.txt"),
    ("OPM deadline?", "by 02/03/2027", "truth"),
    ("Governing rule?", "5 CFR 890.105", "truth"),
    ("Response?", "MADRS 9 (31 at induction, 06/02/2026)", "clinical/psychiatrist-progress-note-2026-10-28.txt"),
    ("Sertraline status?", "sertraline 200 mg daily since 09/2024, partial response alone, continuing", "clinical/psychiatrist-progress-note-2026-10-28.txt"),
    ("Lithium?", "lithium 600 mg 03/2025-04/2025 stopped after 4 weeks for tremor", "clinical/psychiatrist-progress-note-2026-10-28.txt"),
    ("Whose pharmacy letter is misfiled?", "To: Delphine Okonkwo", "other/specialty-pharmacy-letter-other-member-2026.txt"),
    ("Author?", "relation: patient", "case.yaml"),
]
