SLUG = "01-tricare-select-php-provider-authorized-date-reconsideration-program-billing"

CASE_YAML = r'''
# FICTIONAL CASE (set 42, case 01) - every person, plan, contractor, provider, number and address is invented.
# TRICARE Select, spouse of a retired sponsor. Marisol Quintanar-Hale, 47, attended 20 days of an adult partial
# hospitalization program 08/03-08/28/2026 on a preauthorization. The West region contractor (FICTIONAL) denied the
# program's claim (CARC B7) saying the program was not a TRICARE-authorized provider until 09/01/2026; the
# contractor's own authorization letter of 07/22/2026 makes it effective 07/15/2026. The program's revenue-cycle
# coordinator asks for reconsideration for the program, a party to its own claim.
patient:
  name: Marisol Quintanar-Hale
  salutation: Mrs. Quintanar-Hale
  date_of_birth: 1979-02-11
  member_id: FICT-DBN-240719388
  address: |-
    3127 Mesa Arroyo Drive
    El Paso, TX 79912
  phone: (915) 555-0112
insurer:
  name: Sierra Mesa Federal Health, TRICARE West Region contractor (FICTIONAL)
  appeals_address: |-
    Sierra Mesa Federal Health - Reconsiderations (FICTIONAL)
    PO Box 60418
    Phoenix, AZ 85082
  fax: (602) 555-0163
claim:
  number: SMF-26-0921-118830
  plan_type: tricare
  notice_date: 2026-10-05
  appeal_deadline: 2027-01-03
  deadline_basis: >-
    Explanation of benefits of 10/05/2026: "You may request a reconsideration within 90 days from the date of this
    notice."
  service_dates: [2026-08-03, 2026-08-28]
  sessions: 20
  setting: partial_hospitalization
  revenue_codes: ["0913"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-B7]
  denial_reason: >-
    This provider was not eligible to be paid for this service on this date of service. Provider is not a
    TRICARE-authorized institutional provider for partial hospitalization services before 09/01/2026. (CARC B7)
  denial_category: other
  coding_correct: true
  action: none
  corrections:
    - said: Provider is not a TRICARE-authorized institutional provider for partial hospitalization services before 09/01/2026.
      record: >-
        The contractor's own letter of 07/22/2026 authorizes Sandhill Behavioral Partial Hospitalization Program as a
        TRICARE institutional provider of partial hospitalization services effective 07/15/2026, before the first
        program day, 08/03/2026.
      file: other/tricare-institutional-provider-authorization-2026-07-22.txt
      page: 1
provider_enrollment:
  provider: Sandhill Behavioral Partial Hospitalization Program
  effective: 2026-07-15
  applied: 2026-09-01
  record:
    name: Sierra Mesa Federal Health letter of institutional provider authorization
    date: 2026-07-22
    file: other/tricare-institutional-provider-authorization-2026-07-22.txt
    page: 1
treatment:
  name: Adult partial hospitalization program (PHP), 20 program days
  summary: >-
    A 20-day adult partial hospitalization program for a severe recurrent depressive episode, preauthorized by the
    contractor; the need for the program is not in question, only whether the program was authorized to be paid.
clinical:
  severity: PHQ-9 24 on 08/03/2026; PHQ-9 11 on 08/28/2026
  severity_date: 2026-08-28
  suicidality: passive
  suicidality_date: 2026-08-03
  response: PHQ-9 24 (08/03/2026) to 11 (08/28/2026)
  response_level: partial
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the program
      evidence: {file: clinical/php-discharge-summary-2026-08-28.txt, page: 1}
    - drug: Quetiapine
      dose: 50 mg at bedtime for sleep
      start: 2026-01
      ongoing: true
      kind: other
      outcome: Taken for sleep only; not an augmentation trial
      evidence: {file: clinical/php-discharge-summary-2026-08-28.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2018-04
      end: 2019-10
      kind: antidepressant
      response: remission
      outcome: Remission in an earlier episode (2018-2019); tapered off when well
      evidence: {file: clinical/php-discharge-summary-2026-08-28.txt, page: 1}
author:
  name: Priya Thorvaldsen
  role: Revenue cycle coordinator, Sandhill Behavioral Partial Hospitalization Program (the treating program)
  relation: provider
  address: |-
    Sandhill Behavioral Partial Hospitalization Program (FICTIONAL), 940 Resler Drive, Suite 200
    El Paso, TX 79912
  phone: (915) 555-0131
  email: billing@sandhill-php.example
provider:
  name: Sandhill Behavioral Partial Hospitalization Program
  credentials: TRICARE-authorized institutional provider (partial hospitalization), effective 07/15/2026
  npi: "1858224128"
  address: |-
    940 Resler Drive, Suite 200
    El Paso, TX 79912
  phone: (915) 555-0131
prior_auth:
  approved:
    number: preauthorization PA-26-0731-40772
    date: 2026-07-31
    covers: adult partial hospitalization, up to 20 program days, 08/03/2026 through 08/31/2026
    quote: "Approved: partial hospitalization (revenue code 0913), up to 20 days, 08/03/2026-08/31/2026."
    file: other/preauthorization-approval-2026-07-31.txt
    lines:
      - {code: ["0913"], units: 20, given: 20}
record_dates:
  - file: clinical/php-discharge-summary-2026-08-28.txt
    date: 2026-08-28
bates_prefix: QUINTANARHALE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/explanation-of-benefits-2026-10-05.txt": '''
SIERRA MESA FEDERAL HEALTH (FICTIONAL) - TRICARE WEST REGION
TRICARE EXPLANATION OF BENEFITS                                   Date of notice: 10/05/2026
Beneficiary: Marisol Quintanar-Hale   DOB 02/11/1979   DBN FICT-DBN-240719388   Plan: TRICARE Select (retiree family)
Provider: Sandhill Behavioral Partial Hospitalization Program, NPI 1858224128
Claim SMF-26-0921-118830   Received 09/21/2026

Services 08/03/2026-08/28/2026   Rev 0913 x20 days   Billed $14,600.00   Allowed $0.00   Paid $0.00
CARC B7. This provider was not eligible to be paid for this service on this date of service. Provider is not a
TRICARE-authorized institutional provider for partial hospitalization services before 09/01/2026.

Your right to appeal: You may request a reconsideration within 90 days from the date of this notice. Send a
written request with a copy of this notice to Reconsiderations, PO Box 60418, Phoenix, AZ 85082, or fax
(602) 555-0163.
''',
"other/tricare-institutional-provider-authorization-2026-07-22.txt": '''
SIERRA MESA FEDERAL HEALTH (FICTIONAL) - PROVIDER NETWORK AND CERTIFICATION          Date: 07/22/2026
To: Sandhill Behavioral Partial Hospitalization Program, 940 Resler Drive, Suite 200, El Paso, TX 79912
NPI 1858224128   Page 1 of 1

Your application has been approved. Sandhill Behavioral Partial Hospitalization Program is authorized as a
TRICARE institutional provider of partial hospitalization services for adults, effective 07/15/2026.
Certification reference: INST-PHP-26-0715-0093.
''',
"other/contractor-application-pending-2026-06-10-stale.txt": '''
SIERRA MESA FEDERAL HEALTH (FICTIONAL) - PROVIDER NETWORK AND CERTIFICATION          Date: 06/10/2026
To: Sandhill Behavioral Partial Hospitalization Program
We have received your application to be authorized as a TRICARE institutional provider of partial
hospitalization services. It is pending. Do not bill TRICARE for partial hospitalization services until you
receive our decision.
[Superseded by the approval letter of 07/22/2026.]
''',
"other/preauthorization-approval-2026-07-31.txt": '''
SIERRA MESA FEDERAL HEALTH (FICTIONAL) - PREAUTHORIZATION DECISION              Date: 07/31/2026
Beneficiary: Marisol Quintanar-Hale   DOB 02/11/1979
Provider: Sandhill Behavioral Partial Hospitalization Program
Number: PA-26-0731-40772
Approved: partial hospitalization (revenue code 0913), up to 20 days, 08/03/2026-08/31/2026.
''',
"clinical/php-discharge-summary-2026-08-28.txt": '''
SANDHILL BEHAVIORAL PARTIAL HOSPITALIZATION PROGRAM (FICTIONAL) - DISCHARGE SUMMARY     Date: 08/28/2026
Patient: Marisol Quintanar-Hale   DOB 02/11/1979   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Program: 20 program days, 08/03/2026-08/28/2026, 6 hours a day, 5 days a week.
Admission: PHQ-9 24; passive death wishes without plan or intent on 08/03/2026. Discharge: PHQ-9 11; no suicidal
ideation since 08/14/2026. Stepped down to weekly outpatient therapy.
Medication: sertraline 200 mg daily since 06/2025, partial response, continued; quetiapine 50 mg at bedtime for
sleep since 01/2026. Past: bupropion XL 300 mg 04/2018-10/2019, remission of an earlier episode, tapered off.
Attending psychiatrist: Ignacio Bellweather, MD (FICTIONAL).
''',
"other/program-attendance-roster-2026-08.txt": '''
SANDHILL BEHAVIORAL PHP (FICTIONAL) - ATTENDANCE ROSTER, AUGUST 2026 (internal)
Group A: M.Q.-H. present 20 of 20 scheduled days (08/03-08/28).
Group A: R.D. present 14 of 20 scheduled days (another patient; TRICARE not billed).
''',
}

TRUTH = r'''
# 01 - TRICARE Select: a PHP claim denied because the program "was not authorized before 09/01/2026"; the contractor's own letter makes it effective 07/15/2026; reconsideration by the program's billing coordinator (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marisol Quintanar-Hale, 47 (DOB 02/11/1979), spouse of a retired sponsor in **TRICARE Select**, attended **20 days of
  an adult partial hospitalization program 08/03/2026-08/28/2026** (revenue code 0913, F33.2) at Sandhill Behavioral
  Partial Hospitalization Program, under **preauthorization PA-26-0731-40772** (up to 20 days, 08/03-08/31/2026).
- The EOB of **10/05/2026** (claim SMF-26-0921-118830, **CARC B7**) says the program was not a TRICARE-authorized
  institutional provider for partial hospitalization "before 09/01/2026".
- The contractor's own letter of **07/22/2026** authorizes the program as a TRICARE institutional provider of partial
  hospitalization services **effective 07/15/2026** (reference INST-PHP-26-0715-0093): before the first program day.
  Every one of the 20 days falls after the effective date.
- **Rule and stage:** TRICARE, 32 CFR 199.10: reconsideration by the regional contractor within **90 days of the
  notice: by 01/03/2027**. This is a factual (not medical-necessity) appeal: the level after is a formal review by the
  Defense Health Agency.
- **Author:** the program's revenue-cycle coordinator writes for the program, a party to its own claim, about
  "Mrs. Quintanar-Hale" / "the beneficiary"; no patient authorization is needed.

## Deliberately unknown
- Why the contractor's claims system holds 09/01/2026: not in the case; a letter may ask that the record be corrected.
- The allowed amount: not in the case; no payment figure may be stated.
- Whether other claims of the program for July-August were denied the same way: not known.

## Traps
- **Date, not medicine.** The winning point is the effective date in the contractor's own letter; no medical
  necessity, clinical reviewer or peer-to-peer.
- **Stale document:** the 06/10/2026 "application pending ... do not bill TRICARE" letter was superseded by the
  07/22/2026 approval; it must not be read as the program's status in August.
- **Other person:** the attendance roster lists another patient (R.D.); not part of this appeal.
- **Sertraline continues** (partial response): never "failed" or "stopped". **Quetiapine 50 mg** is for sleep, not
  an augmentation trial. **Bupropion** brought remission of an earlier episode: never a failure.
- **Suicidality:** passive death wishes at admission on 08/03/2026; none since 08/14/2026. Not "active" ideation.
- **Partial hospitalization is not inpatient care** and not a "stay".
- **Wrong law:** no ERISA, no 45 CFR 147.136, no external review, no MHPAEA, no state insurance department.

## Arguments a strong letter makes (strongest first)
1. The contractor's own letter of 07/22/2026 made the program a TRICARE-authorized institutional provider of partial
   hospitalization **effective 07/15/2026**; all 20 program days (08/03-08/28/2026) fall after it. The B7 ground
   fails: reprocess and pay the claim, and correct the provider record's effective date (09/01/2026).
2. The care was preauthorized (PA-26-0731-40772, up to 20 days, 08/03-08/31/2026) and 20 days were given: within it.
3. Ask that the provider file be corrected so no other claim for dates after 07/15/2026 is denied on the same ground.

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "clinical reviewer"; "Quality Monitoring Contractor" as the
  next level.
- "application pending" as the program's status; "not authorized" conceded; "inpatient", "hospital stay".
- "R.D." or any other patient; "failed sertraline", "stopped sertraline"; quetiapine as a trial; "failed bupropion".
- "active suicidal ideation"; "ERISA", "45 CFR 147.136", "external review", "MHPAEA", "state insurance department".
'''

ANSWERS = [
    ("plan type", "TRICARE Select", "denial/explanation-of-benefits-2026-10-05.txt"),
    ("notice date", "10/05/2026", "denial/explanation-of-benefits-2026-10-05.txt"),
    ("claim number", "SMF-26-0921-118830", "denial/explanation-of-benefits-2026-10-05.txt"),
    ("CARC", "B7", "denial/explanation-of-benefits-2026-10-05.txt"),
    ("date the denial applied", "before 09/01/2026", "denial/explanation-of-benefits-2026-10-05.txt"),
    ("effective date of the provider authorization", "effective 07/15/2026", "other/tricare-institutional-provider-authorization-2026-07-22.txt"),
    ("certification reference", "INST-PHP-26-0715-0093", "other/tricare-institutional-provider-authorization-2026-07-22.txt"),
    ("first program day", "08/03/2026-08/28/2026", "clinical/php-discharge-summary-2026-08-28.txt"),
    ("program days given", "20 program days", "clinical/php-discharge-summary-2026-08-28.txt"),
    ("preauthorization number", "PA-26-0731-40772", "other/preauthorization-approval-2026-07-31.txt"),
    ("appeal deadline", "by 01/03/2027", "truth"),
    ("next level", "formal review by the Defense Health Agency", "truth"),
    ("stale document", "Superseded by the approval letter of 07/22/2026", "other/contractor-application-pending-2026-06-10-stale.txt"),
    ("drug still taken", "sertraline 200 mg daily since 06/2025, partial response, continued", "clinical/php-discharge-summary-2026-08-28.txt"),
    ("sleep dose", "quetiapine 50 mg at bedtime for sleep", "clinical/php-discharge-summary-2026-08-28.txt"),
    ("other person on a document", "R.D.", "other/program-attendance-roster-2026-08.txt"),
]
