"""Set 51 case 07 - FICTIONAL. State employees' plan (self-funded): Spravato 84 mg billed as J0013 x 84 units cut to
56 (CO-151) under the superseded 2025 reimbursement policy; the 2026 policy allows 84 units. Clinic billing manager."""
SLUG = "state-employees-self-funded-spravato-j0013-84-units-cut-to-56-first-appeal-clinic-billing"

CASE_YAML = """
# FICTIONAL CASE (letters set 51, case 07) - every person, plan, provider, number and address is invented.
# State employees' plan, self-funded, Vermont, 8,400 employees. Naomi Ferreira-Stoltz, 38, had four Spravato 84 mg
# sessions 09/14-09/24/2026, each billed J0013 x 84 units (1 unit = 1 mg). The EOB of 10/12/2026 allowed 56 units a
# session and denied 28 (CO-151, "maximum 56 per date of service"), the 2025 limit. The plan's 2026 Reimbursement
# Policy RP-RX-12 allows up to 84 units when 84 mg is given and documented. The clinic's billing manager appeals for
# the clinic.
patient:
  name: Naomi Ferreira-Stoltz
  salutation: Ms. Ferreira-Stoltz
  date_of_birth: 1988-01-25
  member_id: FICT-GMS-61774025
  address: |-
    72 Maple Hollow Lane
    Winooski, VT 05404
  phone: (802) 555-0121
insurer:
  name: Birchline Administrators (FICTIONAL), third-party administrator for the Green Mountain State Employees' Medical Plan
  appeals_address: |-
    Birchline Administrators - Provider Appeals (FICTIONAL)
    PO Box 2290
    Montpelier, VT 05601
  fax: (802) 555-0146
claim:
  number: BLA-26-0928-44817
  plan_type: governmental
  funding: self_funded
  employees: 8400
  notice_date: 2026-10-12
  appeal_deadline: 2027-04-10
  deadline_basis: >-
    Explanation of benefits of 10/12/2026: "You may appeal within 180 days of the date of this notice."
  service_dates: [2026-09-14, 2026-09-17, 2026-09-21, 2026-09-24]
  setting: outpatient
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-151]
  denial_reason: >-
    CO-151: units billed exceed the maximum allowed for this code per date of service. J0013 maximum 56 units per date
    of service. 56 units allowed; 28 units denied on each date.
  denial_category: coding_billing
  denial_reasons: [coding_billing]
  coding_correct: true
  action: none
  not_appealed:
    - {date: 2026-09-14, code: "99214", why: the visit was paid as billed}
    - {date: 2026-09-17, code: "99214", why: the visit was paid as billed}
    - {date: 2026-09-21, code: "99214", why: the visit was paid as billed}
    - {date: 2026-09-24, code: "99214", why: the visit was paid as billed}
  corrections:
    - said: J0013 maximum 56 units per date of service.
      record: >-
        The plan's Reimbursement Policy RP-RX-12, revised 01/01/2026 and in force on every date of service, allows up
        to 84 units of J0013 per date of service when an 84 mg dose is given and documented; the 56-unit maximum is
        in the 2025 version it replaced.
      file: other/reimbursement-policy-rp-rx-12-rev-2026-01-01.txt
      page: 1
plan_policy:
  name: Green Mountain State Employees' Medical Plan Reimbursement Policy RP-RX-12, Esketamine nasal spray (revised 01/01/2026)
  number: RP-RX-12
  quote: >-
    Section 4. Esketamine nasal spray is billed with J0013, one unit per 1 mg administered. Up to 84 units may be billed
    per date of service when an 84 mg dose is administered and documented in the administration record.
  file: other/reimbursement-policy-rp-rx-12-rev-2026-01-01.txt
prior_auth:
  approved:
    number: PA-26-0828-55190
    date: 2026-08-28
    covers: Spravato 56 mg or 84 mg per session per the prescribing information, up to 12 sessions, 08/31/2026 through 10/25/2026
    quote: "Approved: esketamine nasal spray 56 mg or 84 mg per session, up to 12 sessions, 08/31/2026-10/25/2026."
    file: other/prior-authorization-approval-2026-08-28.txt
    from: 2026-08-31
    through: 2026-10-25
service_lines:
  - {date: 2026-09-14, place_of_service: "11", code: J0013, units: 84, charge: "$1,890.00", paid: "$1,260.00", description: "esketamine nasal spray 84 mg (three 28 mg devices)"}
  - {date: 2026-09-17, place_of_service: "11", code: J0013, units: 84, charge: "$1,890.00", paid: "$1,260.00", description: "esketamine nasal spray 84 mg (three 28 mg devices)"}
  - {date: 2026-09-21, place_of_service: "11", code: J0013, units: 84, charge: "$1,890.00", paid: "$1,260.00", description: "esketamine nasal spray 84 mg (three 28 mg devices)"}
  - {date: 2026-09-24, place_of_service: "11", code: J0013, units: 84, charge: "$1,890.00", paid: "$1,260.00", description: "esketamine nasal spray 84 mg (three 28 mg devices)"}
treatment:
  name: Spravato (esketamine nasal spray) 84 mg, sessions of 09/14, 09/17, 09/21 and 09/24/2026 (J0013)
  summary: >-
    Four induction sessions at 84 mg under an approved authorization; only the units above 56 on each date are in
    dispute, not the treatment.
clinical:
  severity: MADRS 31 on 08/31/2026; MADRS 22 on 09/24/2026
  severity_date: 2026-09-24
  suicidality: none
  suicidality_date: 2026-09-24
  response: MADRS 31 (08/31/2026) to 22 (09/24/2026)
  response_level: partial
author:
  name: Gustavo Reinholt
  role: Billing manager, Lakeshore Interventional Psychiatry (the treating clinic)
  relation: provider
  address: |-
    Lakeshore Interventional Psychiatry (FICTIONAL), 150 Pearl Street, Suite 2
    Burlington, VT 05401
  phone: (802) 555-0184
  email: billing@lakeshore-psych.example
provider:
  name: Lakeshore Interventional Psychiatry
  credentials: Spravato REMS-certified outpatient clinic
  npi: "1755216409"
  address: |-
    150 Pearl Street, Suite 2
    Burlington, VT 05401
  phone: (802) 555-0184
bates_prefix: FERREIRASTOLTZ
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-10-12.txt": """
BIRCHLINE ADMINISTRATORS (FICTIONAL) for the GREEN MOUNTAIN STATE EMPLOYEES' MEDICAL PLAN (self-funded)
PROVIDER EXPLANATION OF BENEFITS                                Date: 10/12/2026
Patient: Naomi Ferreira-Stoltz   ID FICT-GMS-61774025   Claim BLA-26-0928-44817
Provider: Lakeshore Interventional Psychiatry, NPI 1755216409
DOS         Code    Units billed  Units allowed  Paid        Adjustment
09/14/2026  99214   1             1              $118.00
09/14/2026  J0013   84            56             $1,260.00   CO-151 28 units
09/17/2026  99214   1             1              $118.00
09/17/2026  J0013   84            56             $1,260.00   CO-151 28 units
09/21/2026  99214   1             1              $118.00
09/21/2026  J0013   84            56             $1,260.00   CO-151 28 units
09/24/2026  99214   1             1              $118.00
09/24/2026  J0013   84            56             $1,260.00   CO-151 28 units
CO-151: units billed exceed the maximum allowed for this code per date of service. J0013 maximum 56 units per date
of service. 56 units allowed; 28 units denied on each date.
You may appeal within 180 days of the date of this notice. Provider Appeals, PO Box 2290, Montpelier, VT 05601.
""",
    "clinical/spravato-administration-record-2026-09.txt": """
LAKESHORE INTERVENTIONAL PSYCHIATRY (FICTIONAL) - SPRAVATO ADMINISTRATION RECORD      Page 1 of 1
Patient: Naomi Ferreira-Stoltz   DOB 01/25/1988   REMS patient enrollment on file
08/31, 09/02, 09/04, 09/08/2026: 56 mg (two 28 mg devices) each - billed 56 units, paid.
09/14/2026  84 mg (three 28 mg devices)  BP 122/78 -> 138/84 at 40 min -> 124/80 at 2 h; discharged 2 h 05 min
09/17/2026  84 mg (three 28 mg devices)  BP 118/76 -> 134/82 -> 120/78; discharged 2 h
09/21/2026  84 mg (three 28 mg devices)  BP 120/80 -> 136/86 -> 122/80; discharged 2 h 10 min
09/24/2026  84 mg (three 28 mg devices)  BP 116/74 -> 130/80 -> 118/76; discharged 2 h. MADRS 22 (31 on 08/31).
Monitoring chair 2 on 09/17 and 09/24 shared the room with another patient (initials R.T.), not part of this record.
""",
    "other/reimbursement-policy-rp-rx-12-rev-2026-01-01.txt": """
GREEN MOUNTAIN STATE EMPLOYEES' MEDICAL PLAN (FICTIONAL) - REIMBURSEMENT POLICY RP-RX-12
Esketamine nasal spray                       Revised 01/01/2026                              Page 1 of 1
Section 4. Esketamine nasal spray is billed with J0013, one unit per 1 mg administered. Up to 84 units may be billed
per date of service when an 84 mg dose is administered and documented in the administration record.
Revision 01/01/2026: code S0013 replaced by J0013; per-date maximum raised from 56 to 84 units.
""",
    "other/reimbursement-policy-rp-rx-12-2025-superseded.txt": """
GREEN MOUNTAIN STATE EMPLOYEES' MEDICAL PLAN (FICTIONAL) - REIMBURSEMENT POLICY RP-RX-12 (2025)
Effective 01/01/2025 - REPLACED 01/01/2026
Section 4. Esketamine nasal spray is billed with S0013 per 1 mg. Maximum 56 units per date of service.
""",
    "other/prior-authorization-approval-2026-08-28.txt": """
BIRCHLINE ADMINISTRATORS (FICTIONAL) - PRIOR AUTHORIZATION APPROVAL              Date: 08/28/2026
Patient: Naomi Ferreira-Stoltz   Number PA-26-0828-55190   Provider: Lakeshore Interventional Psychiatry
Approved: esketamine nasal spray 56 mg or 84 mg per session, up to 12 sessions, 08/31/2026-10/25/2026.
""",
}

TRUTH = """
# 07 - State employees' plan (self-funded): Spravato 84 mg billed J0013 x 84 units cut to 56 under the replaced 2025 limit; first internal appeal by the clinic's billing manager (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Naomi Ferreira-Stoltz, 38 (DOB 01/25/1988), in the **Green Mountain State Employees' Medical Plan**, a
  **self-funded state government plan** (`governmental`, 8,400 employees, Vermont), had Spravato **84 mg** on
  **09/14, 09/17, 09/21 and 09/24/2026**, each billed **J0013 x 84 units**, under approval **PA-26-0828-55190**
  (56 mg or 84 mg, up to 12 sessions, 08/31-10/25/2026).
- The EOB of **10/12/2026** allowed 56 units a date and denied 28 (CO-151, "J0013 maximum 56 units per date of
  service"). The 99214 visits were paid and are not appealed; the four earlier 56 mg sessions were paid.
- **The plan's Reimbursement Policy RP-RX-12, revised 01/01/2026**, in force on every date: "one unit per 1 mg";
  "Up to 84 units may be billed per date of service when an 84 mg dose is administered and documented." The
  56-unit maximum is in the 2025 version it replaced. The administration record documents three 28 mg devices (84
  mg) on each date. **The claim was billed correctly.**
- **Rule and stage:** first internal appeal, post-service, 180 days (**by 04/10/2027**); a governmental plan follows
  45 CFR 147.136(b)(2)(i), which applies the ERISA claims rule's standards by reference. This is a billing denial,
  not a medical judgment.
- **Author:** the clinic's billing manager, for the clinic (a party to its own claim); he writes about "the patient"
  / "Ms. Ferreira-Stoltz".

## Deliberately unknown
- Whether the plan's claims system still carries the 2025 edit for other claims: not known; a letter may ask the
  plan to correct it.
- The amount owed for the 112 denied units: the EOB shows the allowed rate per 56 units ($1,260.00) but no rate is
  stated for the rest; a letter must not compute a dollar total as fact.

## Traps
- **Plan document and date:** the winning point is RP-RX-12 revised 01/01/2026; not clinical, no medical necessity.
- **Stale document:** the 2025 RP-RX-12 in other/ (56 units, S0013) was replaced on 01/01/2026.
- **Lines not appealed:** the four 99214 visits (paid) and the 56 mg sessions of 08/31-09/08 (paid).
- **Another person on a record:** "R.T." in the monitoring room is another patient.
- **Wrong remedy:** no corrected claim is needed (the claim was right); no request for external review of a billing
  denial as of right; no peer-to-peer; no clinical reviewer; no "medically necessary" as the ground.
- **Wrong law:** a governmental plan: never ERISA as the governing law (no "ERISA plan", no EBSA, no Labor Department);
  no MHPAEA argument is needed for a unit edit.
- **Voice:** the billing manager writes for the clinic; never "I" as the patient.

## Arguments a strong letter makes, strongest first
1. RP-RX-12, revised 01/01/2026 and in force on every date of service, bills J0013 one unit per 1 mg and allows up to
   84 units when 84 mg is given and documented; the administration record documents 84 mg (three 28 mg devices) on
   each date. Reprocess the four J0013 lines at 84 units.
2. Correct the EOB's "maximum 56 units", which is the replaced 2025 limit, and the claims edit behind it.
3. The approval PA-26-0828-55190 covered 56 mg or 84 mg per session on these dates.

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "clinical reviewer"; "external review" as the next step for
  this billing denial; "corrected claim" as something sent.
- "ERISA plan", "29 CFR 2560.503-1" as the governing law, "EBSA", "Department of Labor".
- "56 units is the maximum"; "S0013" as the code billed.
- "R.T."; the 99214 visits as denied.
"""

ANSWERS = [
    ("plan type", "plan_type: governmental", "case.yaml"),
    ("EOB date", "PROVIDER EXPLANATION OF BENEFITS                                Date: 10/12/2026", "denial/explanation-of-benefits-2026-10-12.txt"),
    ("denial", "J0013 maximum 56 units per date", "denial/explanation-of-benefits-2026-10-12.txt"),
    ("units denied", "CO-151 28 units", "denial/explanation-of-benefits-2026-10-12.txt"),
    ("policy in force", "Up to 84 units may be billed per date of service when an 84 mg dose is administered", "other/reimbursement-policy-rp-rx-12-rev-2026-01-01.txt"),
    ("unit definition", "one unit per 1 mg administered", "other/reimbursement-policy-rp-rx-12-rev-2026-01-01.txt"),
    ("revision date", "Revised 01/01/2026", "other/reimbursement-policy-rp-rx-12-rev-2026-01-01.txt"),
    ("stale policy", "REPLACED 01/01/2026", "other/reimbursement-policy-rp-rx-12-2025-superseded.txt"),
    ("documented dose", "09/14/2026  84 mg (three 28 mg devices)", "clinical/spravato-administration-record-2026-09.txt"),
    ("approval", "esketamine nasal spray 56 mg or 84 mg per session, up to 12 sessions, 08/31/2026-10/25/2026", "other/prior-authorization-approval-2026-08-28.txt"),
    ("not appealed", "09/14/2026  99214   1             1              $118.00", "denial/explanation-of-benefits-2026-10-12.txt"),
    ("other patient", "initials R.T.", "clinical/spravato-administration-record-2026-09.txt"),
    ("deadline", "by 04/10/2027", "truth"),
    ("coding correct", "coding_correct: true", "case.yaml"),
    ("author", "relation: provider", "case.yaml"),
    ("must not", "\"ERISA plan\"", "truth"),
]
