"""FICTIONAL - set 57, case 06."""
SLUG = "06-fehb-iop-precert-not-required-2026-brochure-opm-review-advocate"

CASE_YAML = r'''
# FICTIONAL CASE (set 57, case 06) - every person, plan, provider, number and address is invented.
# FEHB, Self Plus One, Maryland. Gregory Ashdown-Pike, 58, a federal employee, completed an intensive outpatient
# program (18 days, 08/10-09/18/2026). The carrier denied the facility claim for no precertification (CO-197) and
# its reconsideration of 11/02/2026 says the brochure requires precertification "for all behavioral health facility
# services, including intensive outpatient programs" - the words of the 2024 brochure. The 2026 brochure lists no
# IOP among the services needing prior approval and says IOP needs none. A nonprofit advocate asks OPM to review.
patient:
  name: Gregory Ashdown-Pike
  salutation: Mr. Ashdown-Pike
  date_of_birth: 1968-06-02
  member_id: FICT-FKH-R41827730
  address: |-
    8810 Sligo Creek Parkway
    Silver Spring, MD 20901
  phone: (301) 555-0137
insurer:
  name: Federal Keystone Health Benefit Plan (FICTIONAL FEHB carrier)
  appeals_address: |-
    Federal Keystone Health Benefit Plan - Reconsiderations (FICTIONAL)
    PO Box 9125
    Harrisburg, PA 17108
  fax: (717) 555-0183
claim:
  number: FKH-26-0924-118350
  plan_type: fehb
  notice_date: 2026-09-28
  service_dates: [2026-08-10, 2026-09-18]
  sessions: 18
  setting: intensive_outpatient
  procedure_codes: [S9480]
  revenue_codes: ["0905"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent. Precertification was not obtained for behavioral health facility
    services.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
decisions:
  - date: 2026-11-02
    outcome: denied
    stage: reconsideration
    opens: OPM review
    next_deadline: 2027-01-31
    reason: >-
      We affirm our denial. Our brochure requires precertification for all behavioral health facility services,
      including intensive outpatient programs. No precertification was obtained.
    corrections:
      - said: "Our brochure requires precertification for all behavioral health facility services, including intensive outpatient programs."
        record: >-
          Those are the words of the 2024 brochure. The 2026 brochure, which governs care given in 2026, lists the
          services that need prior approval in Section 3 without intensive outpatient programs, and its Section 5(e)
          says "Intensive outpatient programs: no precertification is required."
        file: other/2026-brochure-excerpt-sections-3-and-5e.txt
        page: 1
external_review:
  agency: U.S. Office of Personnel Management, Federal Employee Insurance Operations
  address: |-
    U.S. Office of Personnel Management - Federal Employee Insurance Operations (address FICTIONAL for this test set)
    PO Box 40515
    Washington, DC 20044
  final_denial_date: 2026-11-02
prior_auth:
  required: false
plan_policy:
  name: Federal Keystone Health Benefit Plan 2026 Brochure, Section 3 (services requiring prior approval) and Section 5(e)
  number: Section 3
  quote: >-
    You need prior approval (precertification) for: inpatient hospital admissions; admissions to a residential
    treatment center; partial hospitalization; transcranial magnetic stimulation; electroconvulsive therapy.
    Section 5(e): Intensive outpatient programs: no precertification is required.
  file: other/2026-brochure-excerpt-sections-3-and-5e.txt
treatment:
  name: Intensive outpatient program (IOP) for depression, 18 program days (S9480)
  summary: >-
    An intensive outpatient program, three days a week for six weeks, for severe recurrent depression; the carrier
    has not questioned whether it was needed, only whether it needed precertification.
clinical:
  severity: PHQ-9 21 at admission (08/10/2026) and 9 at discharge (09/18/2026)
  severity_date: 2026-09-18
  suicidality: none
  suicidality_date: 2026-09-18
  response: PHQ-9 21 to 9 over the program
  response_level: response
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/iop-discharge-summary-2026-09-18.txt, page: 1}
author:
  name: Lorraine Whitfield-Adebayo
  role: patient advocate, Capital Region Patient Advocacy Network (a nonprofit)
  relation: representative
  authorization: other/member-authorization-2026-11-10.txt
  address: |-
    Capital Region Patient Advocacy Network (FICTIONAL), 1200 Fenwick Lane, Suite 7
    Silver Spring, MD 20910
  phone: (301) 555-0148
  email: lwa@crpan.example
provider:
  name: Rock Creek Behavioral Health, Intensive Outpatient Program
  credentials: FEHB preferred (network) facility
  npi: "1855293076"
  address: |-
    4600 East-West Highway, Suite 500
    Bethesda, MD 20814
  phone: (301) 555-0175
template: external-review-request
call_log:
  - date: 2026-08-06
    who: Federal Keystone Health Benefit Plan provider services, representative "Tanya" (call by the program's intake coordinator)
    reference: FKH-CALL-2608-55129
    summary: >-
      Asked whether the intensive outpatient program needs precertification in 2026; told "IOP does not require
      precertification for 2026" (recorded on the program's benefits verification form, other/intake-benefits-check-2026-08-06.txt).
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/explanation-of-benefits-2026-09-28.txt": """
FEDERAL KEYSTONE HEALTH BENEFIT PLAN (FICTIONAL FEHB CARRIER) - EXPLANATION OF BENEFITS    Date: 09/28/2026  Page 1 of 1
Enrollment: Self Plus One   Enrollee: Gregory Ashdown-Pike   ID FICT-FKH-R41827730
Claim FKH-26-0924-118350   Patient: Gregory Ashdown-Pike (DOB 06/02/1968)
Rock Creek Behavioral Health IOP   08/10/2026-09/18/2026   S9480 x18, rev 0905   Billed $8,100.00   Paid $0.00
CO-197 Precertification/authorization absent. Precertification was not obtained for behavioral health facility
services.
Claim FKH-26-0919-117902   Patient: Anita Ashdown-Pike (DOB 11/14/1970)
Chesapeake Dermatology   09/03/2026   office visit   Billed $210.00   Paid $168.00
To dispute: ask us to reconsider in writing within 6 months of the date of this notice.
""",
"denial/reconsideration-decision-2026-11-02.txt": """
FEDERAL KEYSTONE HEALTH BENEFIT PLAN (FICTIONAL) - RECONSIDERATION DECISION        Date: 11/02/2026   Page 1 of 1
Enrollee: Gregory Ashdown-Pike   Claim FKH-26-0924-118350
We affirm our denial. Our brochure requires precertification for all behavioral health facility services,
including intensive outpatient programs. No precertification was obtained.
If you disagree, you may ask OPM to review our decision. You must write to OPM within 90 days after the date of
this letter (Federal Employee Insurance Operations; address FICTIONAL for this test set: PO Box 40515, Washington,
DC 20044). Include a copy of this letter, your reconsideration request and the brochure pages that apply.
""",
"other/2026-brochure-excerpt-sections-3-and-5e.txt": """
FEDERAL KEYSTONE HEALTH BENEFIT PLAN (FICTIONAL) - 2026 BROCHURE (excerpt)                        Page 1 of 1
This brochure describes the benefits for 2026 (January 1 through December 31, 2026).
Section 3. Services requiring our prior approval
You need prior approval (precertification) for: inpatient hospital admissions; admissions to a residential
treatment center; partial hospitalization; transcranial magnetic stimulation; electroconvulsive therapy.
Section 5(e). Mental health and substance use disorder benefits - Outpatient facility
Intensive outpatient programs: no precertification is required. You pay: $30 copayment per day (preferred).
""",
"other/2024-brochure-excerpt-section-3.txt": """
FEDERAL KEYSTONE HEALTH BENEFIT PLAN (FICTIONAL) - 2024 BROCHURE (excerpt)                        Page 1 of 1
This brochure describes the benefits for 2024.
Section 3. Services requiring our prior approval
Precertification is required for all behavioral health facility services, including intensive outpatient programs.
""",
"clinical/iop-discharge-summary-2026-09-18.txt": """
ROCK CREEK BEHAVIORAL HEALTH (FICTIONAL) - IOP DISCHARGE SUMMARY                    Date: 09/18/2026   Page 1 of 1
Patient: Gregory Ashdown-Pike   DOB 06/02/1968   Program days attended: 18 (08/10/2026-09/18/2026)
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Referred by his psychiatrist after two months off work. PHQ-9 21 at admission, 9 at discharge. No suicidal
ideation at admission or discharge. Escitalopram 20 mg daily (since 11/2025, partial response) continued.
Intake note: program staff checked the carrier's 2026 brochure on 08/06/2026 - IOP needs no precertification.
Discharged to weekly psychotherapy and his psychiatrist; returned to work 09/21/2026.
""",
"other/intake-benefits-check-2026-08-06.txt": """
ROCK CREEK BEHAVIORAL HEALTH (FICTIONAL) - BENEFITS VERIFICATION                   Date: 08/06/2026   Page 1 of 1
Patient: Gregory Ashdown-Pike   Plan: Federal Keystone Health Benefit Plan, Self Plus One
Service: IOP (S9480, rev 0905). Carrier phone call 08/06/2026 10:42, representative "Tanya", reference
FKH-CALL-2608-55129: "IOP does not require precertification for 2026." Brochure 2026 Section 5(e) checked.
Verified by: Marcus Bell, intake coordinator.
""",
"other/member-authorization-2026-11-10.txt": """
AUTHORIZATION TO ACT FOR ME IN A DISPUTED CLAIM (FICTIONAL)                        Date: 11/10/2026   Page 1 of 1
I, Gregory Ashdown-Pike (ID FICT-FKH-R41827730), authorize Lorraine Whitfield-Adebayo of the Capital Region Patient
Advocacy Network to act for me in my disputed claim FKH-26-0924-118350 with Federal Keystone Health Benefit Plan
and with the U.S. Office of Personnel Management, and to receive my medical and claim records for it.
Signed: Gregory Ashdown-Pike
""",
}

TRUTH = r'''
# 06 - FEHB Self Plus One: an IOP claim denied for no precertification that the 2026 brochure does not require; OPM review asked by a nonprofit advocate (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Gregory Ashdown-Pike, 58 (DOB 06/02/1968), **FEHB, Self Plus One** (Federal Keystone Health Benefit Plan), Maryland.
  Intensive outpatient program at a preferred facility, **18 days, 08/10-09/18/2026** (S9480, rev 0905), $8,100
  billed; recurrent severe MDD (F33.2).
- EOB **09/28/2026**: **CO-197**, "Precertification was not obtained for behavioral health facility services".
  Reconsideration **11/02/2026**: "Our brochure requires precertification for all behavioral health facility
  services, including intensive outpatient programs" - the words of the **2024** brochure.
- The **2026 brochure** (benefits for 2026): **Section 3** lists inpatient admissions, residential treatment,
  partial hospitalization, TMS and ECT - **no IOP**; **Section 5(e)**: "**Intensive outpatient programs: no
  precertification is required.**" The dates of service are all in 2026.
- The program **verified benefits on 08/06/2026** (call reference FKH-CALL-2608-55129: "IOP does not require
  precertification for 2026").
- Medical necessity was never questioned: PHQ-9 21 to 9; escitalopram 20 mg continues (partial).
- **Rules:** FEHB disputed claims, 5 CFR 890.105: reconsideration by the carrier (done), then **OPM review within 90
  days of the carrier's decision: by 01/31/2027**. No ERISA, no 45 CFR 147.136 external review, no state insurance
  department.
- **Author:** a nonprofit patient advocate with the enrollee's written authorization; writes about Mr. Ashdown-Pike.

## Deliberately unknown
- Why the carrier quoted the 2024 text: not known.
- Whether OPM will order payment at the $30 per-day preferred copayment: the letter may ask the claim be paid under
  the 2026 brochure's IOP benefit, not state the amount paid.

## Traps
- **Plan document, not medicine:** the winning point is the 2026 brochure; no medical necessity argument is needed,
  no peer-to-peer, no clinical reviewer.
- **Stale document:** the 2024 brochure excerpt (precertification "for all behavioral health facility services,
  including intensive outpatient programs") does not govern 2026 care.
- **A decision's wrong statement:** the reconsideration's sentence about the brochure.
- **Other person on a document:** the EOB also shows his wife **Anita Ashdown-Pike**'s dermatology claim (paid).
- **No retroactive authorization:** since none was required, the letter asks the claim be paid, not that an
  authorization be granted after the fact.
- **Drug still taken:** escitalopram continues.
- **Voice:** the advocate writes about the enrollee.

## Arguments a strong letter makes (strongest first)
1. The 2026 brochure governs 2026 care: Section 3 does not list IOP, and Section 5(e) says IOP needs no
   precertification. The carrier's reconsideration quotes the 2024 brochure. OPM should direct the carrier to pay
   the claim under the 2026 IOP benefit.
2. The program verified on 08/06/2026 that no precertification was needed (call reference).
3. Medical necessity was never in question (PHQ-9 21 to 9; 18 days attended).
4. OPM review is timely (carrier's decision 11/02/2026; within 90 days: by 01/31/2027).

## What a letter must NOT say
- "precertification was required", "retroactive authorization", "we failed to obtain precertification".
- The 2024 brochure as the governing text.
- "Anita", "dermatology", "$168.00".
- "medically necessary" as the ground; "peer-to-peer".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review by an independent review organization", "state
  insurance department", "MHPAEA" as a member's right against an FEHB carrier.
'''

ANSWERS = [
    ("denial/reconsideration-decision-2026-11-02.txt", "including intensive outpatient programs"),
    ("denial/reconsideration-decision-2026-11-02.txt", "within 90 days after the date of\nthis letter"),
    ("denial/explanation-of-benefits-2026-09-28.txt", "CO-197"),
    ("denial/explanation-of-benefits-2026-09-28.txt", "Anita Ashdown-Pike"),
    ("other/2026-brochure-excerpt-sections-3-and-5e.txt", "Intensive outpatient programs: no precertification is required"),
    ("other/2026-brochure-excerpt-sections-3-and-5e.txt", "partial hospitalization; transcranial magnetic stimulation"),
    ("other/2026-brochure-excerpt-sections-3-and-5e.txt", "benefits for 2026"),
    ("other/2024-brochure-excerpt-section-3.txt", "benefits for 2024"),
    ("other/intake-benefits-check-2026-08-06.txt", "FKH-CALL-2608-55129"),
    ("clinical/iop-discharge-summary-2026-09-18.txt", "PHQ-9 21 at admission, 9 at discharge"),
    ("clinical/iop-discharge-summary-2026-09-18.txt", "Program days attended: 18"),
    ("other/member-authorization-2026-11-10.txt", "Lorraine Whitfield-Adebayo"),
    ("truth", "5 CFR 890.105"),
    ("truth", "by 01/31/2027"),
    ("case.yaml", "required: false"),
    ("case.yaml", "plan_type: fehb"),
]
