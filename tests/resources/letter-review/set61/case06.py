"""Set 61 case 06 (FICTIONAL): county plan, self-funded, WA, secondary claim for Spravato, timely filing; clinic billing."""
SLUG = "06-county-plan-self-funded-spravato-secondary-claim-timely-90-days-after-primary-eob-clinic-billing"

CASE_YAML = r"""
# FICTIONAL CASE (set 61, case 06) - every person, plan, provider, number and address is invented.
# County employees' plan, self-funded, WA, 2,400 employees. Ingrid Halvorsen, 52, is covered as the spouse of a
# county employee; her own employer's plan pays first. The county plan, paying second, denied 16 Spravato sessions
# of 06/02-08/25/2025 as filed more than 365 days after service. Its Plan Document 9.4 allows a secondary claim
# 90 days from the primary plan's EOB (08/28/2026); the claim arrived 10/19/2026. The clinic's billing lead appeals.
patient:
  name: Ingrid Halvorsen
  salutation: Mrs. Halvorsen
  date_of_birth: 1974-06-30
  member_id: CCE-WA-2211847-02
  address: |-
    3306 North Proctor Street
    Tacoma, WA 98407
  phone: (253) 555-0118
insurer:
  name: Cascade County Employee Benefit Plan (FICTIONAL), administered by Puget Benefit Services
  appeals_address: |-
    Puget Benefit Services - Appeals, Cascade County Plan (FICTIONAL)
    PO Box 14470
    Tacoma, WA 98464
  fax: (253) 555-0149
claim:
  number: PBS-26-1019-447120
  plan_type: governmental
  funding: self_funded
  employees: 2400
  notice_date: 2026-11-09
  service_dates: [2025-06-02, 2025-08-25]
  sessions: 16
  setting: outpatient
  procedure_codes: [G2083]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-29]
  denial_reason: >-
    The time limit for filing has expired. Claim received 10/19/2026, more than 365 days after the dates of
    service. (CARC 29)
  denial_category: timely_filing
  denial_reasons: [timely_filing]
  coding_correct: true
  action: none
plan_policy:
  name: Cascade County Employee Benefit Plan, Plan Document (effective 01/01/2025), Section 9.4 "Time limit for filing claims"
  number: Section 9.4
  quote: >-
    Claims must be filed within 365 days after the date of service. When this Plan pays second, the claim is timely
    if it is filed within 365 days after the date of service or within 90 days after the date of the primary plan's
    explanation of benefits, whichever is later.
  file: other/plan-document-2025-section-9-excerpt.txt
filing:
  first_submitted: 2026-10-17
  received: 2026-10-19
  limit_deadline: 2026-11-26
  method: electronic secondary claim through the clinic's clearinghouse, with the primary plan's EOB attached
  proof:
    - other/clearinghouse-acceptance-report-2026-10-19.txt
    - other/primary-plan-eob-2026-08-28.txt
treatment:
  name: Spravato (esketamine) nasal spray 84 mg, 16 supervised sessions (G2083)
  summary: >-
    Sixteen supervised esketamine sessions for treatment-resistant depression, first paid in part by her primary
    plan; only the filing date of the secondary claim is in question.
clinical:
  severity: MADRS 34 on 06/02/2025; MADRS 14 on 08/25/2025
  severity_date: 2025-08-25
  suicidality: none
  suicidality_date: 2025-08-25
  response: MADRS 34 (06/02/2025) to 14 (08/25/2025)
  response_level: response
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2024-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with Spravato
      evidence: {file: clinical/spravato-treatment-summary-2025-08-25.txt, page: 1}
author:
  name: Noreen Valdivia-Stroud
  role: Revenue cycle lead, Narrows Interventional Psychiatry (the treating clinic)
  relation: provider
  address: |-
    Narrows Interventional Psychiatry (FICTIONAL), 1802 South Union Avenue, Suite 5
    Tacoma, WA 98405
  phone: (253) 555-0183
  email: billing@narrowspsych.example
provider:
  name: Narrows Interventional Psychiatry
  credentials: Spravato REMS-certified treatment center
  address: |-
    1802 South Union Avenue, Suite 5
    Tacoma, WA 98405
  phone: (253) 555-0183
record_dates:
  - file: clinical/spravato-treatment-summary-2025-08-25.txt
    date: 2025-08-25
bates_prefix: HALVORSEN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
"denial/explanation-of-benefits-2026-11-09.txt": """
PUGET BENEFIT SERVICES (FICTIONAL) for the CASCADE COUNTY EMPLOYEE BENEFIT PLAN
EXPLANATION OF BENEFITS                                                Date: 11/09/2026
Patient: Ingrid Halvorsen (spouse)   Member ID CCE-WA-2211847-02   Claim PBS-26-1019-447120
Provider: Narrows Interventional Psychiatry   Received 10/19/2026   Coordination: this plan secondary

Services 06/02/2025-08/25/2025, G2083 x16   Billed $14,720.00   Allowed $0.00   Paid $0.00
CARC 29. The time limit for filing has expired. Claim received 10/19/2026, more than 365 days after the dates of
service.
You may appeal within 180 days of receiving this notice. Send appeals to PO Box 14470, Tacoma, WA 98464, or fax
(253) 555-0149.
""",
"other/plan-document-2025-section-9-excerpt.txt": """
CASCADE COUNTY EMPLOYEE BENEFIT PLAN (FICTIONAL) - PLAN DOCUMENT, effective 01/01/2025 (excerpt)
Section 9.4 Time limit for filing claims.
Claims must be filed within 365 days after the date of service. When this Plan pays second, the claim is timely
if it is filed within 365 days after the date of service or within 90 days after the date of the primary plan's
explanation of benefits, whichever is later.
""",
"other/plan-document-2024-section-9-excerpt.txt": """
CASCADE COUNTY EMPLOYEE BENEFIT PLAN (FICTIONAL) - PLAN DOCUMENT, effective 01/01/2024 through 12/31/2024 (excerpt)
Section 9.4 Time limit for filing claims. Claims must be filed within 365 days after the date of service.
""",
"other/primary-plan-eob-2026-08-28.txt": """
SOUND HARBOR HEALTH PLAN (FICTIONAL) - EXPLANATION OF BENEFITS (REPROCESSED AFTER APPEAL)     Date: 08/28/2026
Patient: Ingrid Halvorsen (subscriber)   Employer: Tacoma Port Logistics
Services 06/02/2025-08/25/2025, G2083 x16   Billed $14,720.00   Allowed $11,200.00   Paid $8,960.00
Member responsibility $2,240.00. Original claim denied 09/20/2025 (authorization); reprocessed after appeal.
""",
"other/primary-plan-eob-2025-09-20.txt": """
SOUND HARBOR HEALTH PLAN (FICTIONAL) - EXPLANATION OF BENEFITS     Date: 09/20/2025
Patient: Ingrid Halvorsen   Services 06/02/2025-08/25/2025, G2083 x16   Paid $0.00   CARC 197.
""",
"other/clearinghouse-acceptance-report-2026-10-19.txt": """
RAINIER CLAIMS EXCHANGE (FICTIONAL) - 277CA ACCEPTANCE REPORT                         Date: 10/19/2026
Batch 55812 sent 10/17/2026 by Narrows Interventional Psychiatry
1. Halvorsen, Ingrid    payer Puget Benefit Services (Cascade County)   DOS 06/02/2025-08/25/2025   ACCEPTED 10/19/2026
   secondary claim, primary EOB 08/28/2026 attached
2. Oyelaran, Bashir     payer Sound Harbor Health Plan                  DOS 10/06/2026              ACCEPTED 10/19/2026
""",
"clinical/spravato-treatment-summary-2025-08-25.txt": """
NARROWS INTERVENTIONAL PSYCHIATRY (FICTIONAL) - SPRAVATO TREATMENT SUMMARY             Date: 08/25/2025
Patient: Ingrid Halvorsen   DOB 06/30/1974                                                 Page 1 of 1
Treatment-resistant depression (F33.2). Esketamine 84 mg, 16 supervised sessions 06/02/2025-08/25/2025, two
hours' monitoring each. Escitalopram 20 mg daily since 11/2024 continued. MADRS 34 at start, 14 at session 16.
No suicidal ideation.
""",
}

TRUTH = r"""
# 06 - County employees' plan, self-funded (WA): a secondary Spravato claim denied as late; timely under Plan Document 9.4's 90 days from the primary EOB; clinic billing lead (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ingrid Halvorsen, 52 (DOB 06/30/1974), covered as a **spouse** under the Cascade County Employee Benefit Plan
  (**governmental, self-funded, 2,400 employees**, WA); her own employer plan (Sound Harbor) pays **first**.
- 16 Spravato sessions (G2083) **06/02-08/25/2025**. The primary plan denied on 09/20/2025, then **reprocessed after
  appeal and paid on 08/28/2026** ($8,960.00; member responsibility $2,240.00).
- The secondary claim was sent **10/17/2026** and accepted **10/19/2026** (277CA), with the primary EOB attached.
  EOB of **11/09/2026** (CO-29): "more than 365 days after the dates of service".
- **Plan Document 9.4 (effective 01/01/2025):** when the plan pays second, a claim is timely within 90 days after the
  primary plan's EOB, whichever is later: **08/28/2026 + 90 days = 11/26/2026**; received 10/19/2026 (52 days after).
  The claim is timely under the plan's own terms.
- **Rule and stage:** first internal appeal, post-service, **180 days: by 05/08/2027** (45 CFR 147.136(b)(2)(i)
  applying 29 CFR 2560.503-1(h)(3)(i) to a governmental plan; 60-day decision). ERISA does not govern it.
- **Author:** the clinic's revenue cycle lead, for the clinic (a party to its own claim): writes about "Mrs.
  Halvorsen"; no patient authorization needed.

## Deliberately unknown
- The amount the county plan would pay as secondary: not in the case; a letter must not state it.
- Whether the 2025 plan document remained in force unchanged for 2026: the excerpt says "effective 01/01/2025";
  the letter relies on it for the 2025 dates of service.

## Traps
- **Date and plan document, not medicine:** no medical necessity, no clinical reviewer, no peer-to-peer.
- **Stale version:** the 2024 plan document (no secondary clause) ended 12/31/2024; dates of service are in 2025.
- **The first primary EOB (09/20/2025, $0, CARC 197)** is not the primary plan's final word: the 08/28/2026 EOB is.
- **Other person:** the clearinghouse report's line 2 is another patient.
- **Escitalopram continues** with Spravato (partial response): never "failed" or "stopped". No suicidal ideation.
- **Governmental plan:** no ERISA citation, no Labor Department complaint; no "coordination of benefits" denial
  to argue (the plan agrees it is secondary).

## Arguments a strong letter makes (strongest first)
1. Plan Document 9.4 makes a secondary claim timely within 90 days after the primary plan's EOB; the primary's EOB
   is dated 08/28/2026; the claim was received 10/19/2026, within those 90 days (which ran to 11/26/2026).
2. The clearinghouse report shows acceptance on 10/19/2026 with the primary EOB attached: the plan had the date
   that starts the 90 days.
3. Ask that the claim be reprocessed as secondary under 9.4.

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "clinical reviewer".
- "late", "missed the deadline"; "365 days" as the only rule; quoting the 2024 version.
- "ERISA", "29 CFR 2560.503-1" as governing, "Department of Labor"; "Medicare".
- "Oyelaran"; "failed escitalopram"; "suicidal ideation".
- a payment amount the county plan owes.
"""

ANSWERS = [
    ("notice date", "Date: 11/09/2026", "denial/explanation-of-benefits-2026-11-09.txt"),
    ("CARC", "CARC 29", "denial/explanation-of-benefits-2026-11-09.txt"),
    ("received", "Received 10/19/2026", "denial/explanation-of-benefits-2026-11-09.txt"),
    ("plan secondary", "Coordination: this plan secondary", "denial/explanation-of-benefits-2026-11-09.txt"),
    ("appeal window", "within 180 days of receiving this notice", "denial/explanation-of-benefits-2026-11-09.txt"),
    ("deadline", "by 05/08/2027", "truth"),
    ("rule", "within 90 days after the date of the primary plan's\nexplanation of benefits, whichever is later", "other/plan-document-2025-section-9-excerpt.txt"),
    ("version in force", "effective 01/01/2025", "other/plan-document-2025-section-9-excerpt.txt"),
    ("primary EOB date", "(REPROCESSED AFTER APPEAL)     Date: 08/28/2026", "other/primary-plan-eob-2026-08-28.txt"),
    ("primary paid", "Paid $8,960.00", "other/primary-plan-eob-2026-08-28.txt"),
    ("acceptance", "ACCEPTED 10/19/2026", "other/clearinghouse-acceptance-report-2026-10-19.txt"),
    ("sent", "Batch 55812 sent 10/17/2026", "other/clearinghouse-acceptance-report-2026-10-19.txt"),
    ("90-day end", "11/26/2026", "truth"),
    ("dates of service", "16 supervised sessions 06/02/2025-08/25/2025", "clinical/spravato-treatment-summary-2025-08-25.txt"),
    ("continued drug", "Escitalopram 20 mg daily since 11/2024 continued", "clinical/spravato-treatment-summary-2025-08-25.txt"),
    ("other person", "Oyelaran, Bashir", "other/clearinghouse-acceptance-report-2026-10-19.txt"),
]
