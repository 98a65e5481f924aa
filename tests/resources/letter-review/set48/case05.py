"""FICTIONAL case 05 (set 48): FEHB, adolescent IOP denied for no precertification the 2026 brochure does not require."""
SLUG = "fehb-adolescent-iop-no-precert-required-by-2026-brochure-partly-paid-carrier-reconsideration-mother"

CASE_YAML = """
# FICTIONAL CASE (set 48, case 05) - every person, plan, carrier, program, number and address is invented.
# FEHB, Standard Option, Maryland. Ines Valderrama-Scott, 15, attended an adolescent intensive outpatient program
# (IOP) three afternoons a week 09/14-10/23/2026 (18 program days). Her psychiatrist's visits were paid; the IOP
# days were denied (CO-197) for no precertification. The 2026 brochure requires precertification for inpatient,
# residential and partial hospitalization care, not IOP; the 2027 brochure adds IOP from 01/01/2027. Her mother
# (the enrollee) asks the carrier to reconsider.
patient:
  name: Ines Valderrama-Scott
  salutation: Ines
  date_of_birth: 2011-06-03
  member_id: FICT-R7784102-02
  address: |-
    19 Kettering Court
    Gaithersburg, MD 20878
  phone: (301) 555-0117
insurer:
  name: Federal Meridian Benefit Plan, Standard Option (FEHB carrier, FICTIONAL)
  appeals_address: |-
    Federal Meridian Benefit Plan - Reconsiderations (FICTIONAL)
    PO Box 8850
    Baltimore, MD 21240
  fax: (410) 555-0162
claim:
  number: FMB-26-1029-560318
  plan_type: fehb
  notice_date: 2026-11-06
  appeal_deadline: 2027-05-06
  deadline_basis: >-
    Explanation of benefits of 11/06/2026: "You have 6 months from the date of this notice to ask us to
    reconsider." (5 CFR 890.105(b)(1))
  service_dates: [2026-09-14, 2026-10-23]
  sessions: 18
  setting: intensive_outpatient
  procedure_codes: [S9480]
  revenue_codes: ["0905"]
  diagnosis_codes: [F32.2, F41.1]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent. Intensive outpatient program services require precertification. No
    precertification is on file. (CARC 197)
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
  corrections:
    - said: Intensive outpatient program services require precertification.
      record: >-
        The 2026 brochure, Section 3, lists the services that need precertification: inpatient admissions,
        residential treatment and partial hospitalization; intensive outpatient care is not among them, and
        Section 5(e) pays it as outpatient care "No precertification required".
      file: other/fehb-brochure-2026-sections-3-and-5e-excerpt.txt
      page: 1
prior_auth:
  required: false
plan_policy:
  name: Federal Meridian Benefit Plan 2026 FEHB Brochure (RI 71-990), Section 3 and Section 5(e)
  number: Section 3, "Services requiring our prior approval"; Section 5(e)
  quote: >-
    Section 3. You need precertification for: inpatient hospital admissions; residential treatment center care;
    partial hospitalization. Section 5(e). Outpatient mental health and substance use disorder services,
    including intensive outpatient programs: in-network, $30 copayment per day. No precertification required.
  file: other/fehb-brochure-2026-sections-3-and-5e-excerpt.txt
  other_terms: >-
    2027 brochure, Section 3 (effective January 1, 2027): "Beginning January 1, 2027, intensive outpatient
    programs also require precertification."
  other_terms_file: other/fehb-brochure-2027-section-3-excerpt.txt
  other_terms_apply: >-
    The 2027 requirement takes effect on January 1, 2027, after every date of service (09/14-10/23/2026), so it
    does not reach this claim; the 2026 brochure, which requires no precertification for an IOP, governs it.
treatment:
  name: Adolescent intensive outpatient program, 18 program days, 09/14/2026 through 10/23/2026 (S9480)
  summary: >-
    An adolescent intensive outpatient program three afternoons a week for a severe depressive episode with
    anxiety; the psychiatrist's visits were paid and the program days denied for a precertification the 2026
    brochure does not require.
clinical:
  severity: PHQ-A 21 on 09/14/2026; PHQ-A 11 on 10/23/2026
  severity_date: 2026-10-23
  suicidality: passive
  suicidality_date: 2026-09-14
  response: PHQ-A 21 (09/14/2026) to 11 (10/23/2026)
  response_level: partial
  history:
    - drug: Fluoxetine
      dose: 30 mg daily
      start: 2026-04
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/iop-discharge-summary-2026-10-23.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime for sleep
      start: 2026-05
      ongoing: true
      kind: other
      outcome: Sleep aid only
      evidence: {file: clinical/iop-discharge-summary-2026-10-23.txt, page: 1}
author:
  name: Carolina Valderrama-Scott
  role: Mother (the FEHB enrollee), parent of a minor
  relation: parent
  address: |-
    19 Kettering Court
    Gaithersburg, MD 20878
  phone: (301) 555-0117
  email: c.valderramascott@family.example
provider:
  name: Seneca Creek Adolescent Programs (FICTIONAL)
  credentials: licensed outpatient mental health program, in network
  npi: "1846102733"
  address: |-
    700 Quince Orchard Road
    Gaithersburg, MD 20878
  phone: (301) 555-0145
record_dates:
  - file: clinical/iop-discharge-summary-2026-10-23.txt
    date: 2026-10-23
bates_prefix: VALDERRAMA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-11-06.txt": """
FEDERAL MERIDIAN BENEFIT PLAN (FICTIONAL) - FEHB STANDARD OPTION
EXPLANATION OF BENEFITS                                                    Date: 11/06/2026
Enrollee: Carolina Valderrama-Scott   Patient: Ines Valderrama-Scott (dependent, DOB 06/03/2011)
ID FICT-R7784102-02

Claim FMB-26-1029-560318  Seneca Creek Adolescent Programs  09/14/2026-10/23/2026  S9480 / rev 0905 x18
   Billed $8,100.00  Paid $0.00  CO-197: Precertification/authorization absent. Intensive outpatient program
   services require precertification. No precertification is on file.
Claim FMB-26-1029-560319  Dr. Nadia Ferreira, psychiatric visits 09/14, 10/05, 10/23/2026 (99214)   Paid
Claim FMB-26-1102-560977  Mateo Valderrama-Scott (another family member), dental cleaning 10/30/2026  Paid
   [not part of this appeal]

You have 6 months from the date of this notice to ask us to reconsider. Write to Reconsiderations, PO Box
8850, Baltimore, MD 21240, or fax (410) 555-0162. If we uphold our decision you may ask OPM to review it.
""",
    "other/fehb-brochure-2026-sections-3-and-5e-excerpt.txt": """
FEDERAL MERIDIAN BENEFIT PLAN (FICTIONAL) - 2026 FEHB BROCHURE RI 71-990 (excerpt)         Pages 18 and 61
Section 3. Services requiring our prior approval. You need precertification for: inpatient hospital admissions;
residential treatment center care; partial hospitalization.
Section 5(e). Outpatient mental health and substance use disorder services, including intensive outpatient
programs: in-network, $30 copayment per day. No precertification required.
""",
    "other/fehb-brochure-2027-section-3-excerpt.txt": """
FEDERAL MERIDIAN BENEFIT PLAN (FICTIONAL) - 2027 FEHB BROCHURE (excerpt)                    Page 18
Section 3 (effective January 1, 2027): "Beginning January 1, 2027, intensive outpatient programs also require
precertification."
""",
    "clinical/iop-discharge-summary-2026-10-23.txt": """
SENECA CREEK ADOLESCENT PROGRAMS (FICTIONAL) - IOP DISCHARGE SUMMARY           Date: 10/23/2026   Page 1 of 1
Patient: Ines Valderrama-Scott, 15   Program: adolescent IOP, 3 hours on Mon/Wed/Fri afternoons
Attended 18 program days 09/14-10/23/2026. Diagnoses: major depressive disorder, single episode, severe without
psychotic features (F32.2); generalized anxiety disorder (F41.1).
PHQ-A 21 at admission, 11 at discharge. Passive death wishes at admission 09/14/2026; none after week 2.
Medication: fluoxetine 30 mg daily since 04/2026, partial response, continued; melatonin 3 mg at bedtime for sleep.
Intake staff note: "Precert: not required for IOP per carrier phone rep 09/10/2026 (ref 26-0910-118)."
Discharged to weekly therapy.
""",
}

TRUTH = """
# 05 - FEHB: an adolescent's IOP days denied for a precertification the 2026 brochure does not require; carrier reconsideration by the mother (FICTIONAL)

All people, plans, carriers, programs, numbers and addresses are invented (FICTIONAL).

## What is true
- Ines Valderrama-Scott, **15**, a dependent on her mother's **FEHB** Standard Option, attended an adolescent **IOP
  for 18 program days 09/14-10/23/2026** (S9480, revenue code 0905).
- The EOB of **11/06/2026** denied the IOP claim (CO-197) "Intensive outpatient program services require
  precertification"; the psychiatrist's visits were **paid**. The claim set is partly paid; only the IOP is appealed.
- The **2026 brochure**, Section 3, requires precertification only for inpatient admissions, RTC care and PHP;
  Section 5(e) pays IOP as outpatient care, "No precertification required". The **2027** brochure adds IOP from
  **01/01/2027** - after every date of service.
- **Rule and stage:** 5 CFR 890.105: ask the carrier to reconsider within **6 months: by 05/06/2027**; then OPM
  review within 90 days of the carrier's decision.
- **Author:** her mother, the enrollee and parent of a minor: no authorization needed.

## Deliberately unknown
- Whether the carrier's phone representative's statement (ref 26-0910-118) was recorded by the carrier: the only
  source is the program's intake note; a letter may cite it as the program's note, not as the carrier's record.
- The payment amount: not stated.

## Traps
- **Plan document and date, not medicine:** no precertification was required in 2026; never ask for a
  "retroactive authorization" or argue why authorization was "missing".
- **Later terms:** the 2027 brochure must not be applied to 2026 care.
- **Partly paid:** the psychiatrist's visits were paid.
- **Another family member:** Mateo's dental claim on the same EOB.
- **IOP is not PHP nor inpatient:** never "partial hospitalization", "admission", "inpatient".
- **Fluoxetine continues** (partial); **melatonin** is a sleep aid; passive death wishes only at admission.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no state external review, no MHPAEA cited as FEHB's rule, no state
  insurance department.

## Arguments a strong letter makes (strongest first)
1. The 2026 brochure, the contract for these dates, requires no precertification for an IOP (Section 3's list;
   Section 5(e) "No precertification required"); reprocess and pay the 18 days at the $30 daily copayment.
2. The 2027 requirement begins 01/01/2027, after every date of service; it does not reach this claim.
3. The program relied on the carrier's own phone statement before starting (program's intake note).

## What a letter must NOT say
- "retroactive authorization", "retro-authorization"; "we failed to obtain".
- "partial hospitalization" for this program; "inpatient"; "admitted".
- "Mateo"; "dental".
- "ERISA", "45 CFR 147.136", "external review", "MHPAEA", "state insurance department".
- "failed fluoxetine"; melatonin as a trial.
"""

ANSWERS = [
    ("plan type", "plan_type: fehb", "case.yaml"),
    ("notice date", "Date: 11/06/2026", "denial/explanation-of-benefits-2026-11-06.txt"),
    ("ground", "Intensive outpatient program services require precertification",
     "denial/explanation-of-benefits-2026-11-06.txt"),
    ("CARC", "CO-197", "denial/explanation-of-benefits-2026-11-06.txt"),
    ("partly paid", "psychiatric visits 09/14, 10/05, 10/23/2026 (99214)   Paid",
     "denial/explanation-of-benefits-2026-11-06.txt"),
    ("precert list", "inpatient hospital admissions; residential treatment center care; partial hospitalization",
     "other/fehb-brochure-2026-sections-3-and-5e-excerpt.txt"),
    ("IOP words", "No precertification required", "other/fehb-brochure-2026-sections-3-and-5e-excerpt.txt"),
    ("cost share", "$30 copayment per day", "other/fehb-brochure-2026-sections-3-and-5e-excerpt.txt"),
    ("later terms date", "Beginning January 1, 2027", "other/fehb-brochure-2027-section-3-excerpt.txt"),
    ("program days", "Attended 18 program days 09/14-10/23/2026", "clinical/iop-discharge-summary-2026-10-23.txt"),
    ("deadline", "appeal_deadline: 2027-05-06", "case.yaml"),
    ("next level", "you may ask OPM to review it", "denial/explanation-of-benefits-2026-11-06.txt"),
    ("still taken", "fluoxetine 30 mg daily since 04/2026, partial response, continued",
     "clinical/iop-discharge-summary-2026-10-23.txt"),
    ("sleep aid", "melatonin 3 mg at bedtime for sleep", "clinical/iop-discharge-summary-2026-10-23.txt"),
    ("phone statement", "ref 26-0910-118", "clinical/iop-discharge-summary-2026-10-23.txt"),
    ("other person", "another family member", "denial/explanation-of-benefits-2026-11-06.txt"),
]
