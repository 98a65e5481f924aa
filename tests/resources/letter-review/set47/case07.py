"""Set 47, case 07 (FICTIONAL): county employees' self-funded plan, Spravato induction claims denied as late by the
new claims administrator; the former administrator received them within the limit. First internal appeal by the
clinic's billing manager for the clinic."""

SLUG = "07-county-plan-spravato-timely-filing-former-administrator-first-appeal-clinic-billing"

CASE_YAML = """
# FICTIONAL CASE (set 47, case 07) - every person, county, plan, administrator, clinic, number and address is
# invented. A Michigan county's self-funded employees' plan (1,600 employees) changed claims administrators on
# 07/01/2026. The clinic sent the claims for Cornelius Baptiste-Rowan's 8 Spravato induction sessions (05/04-05/28/2026)
# to the administrator in force then, which accepted them on 06/16/2026 but never processed them. Resent to the new
# administrator on 10/26/2026, they were denied as filed more than 120 days after service (CO-29). The plan document
# treats a claim received by a former administrator as filed on the day it received it. The clinic appeals.
patient:
  name: Cornelius Baptiste-Rowan
  salutation: Mr. Baptiste-Rowan
  date_of_birth: 1982-10-04
  member_id: FICT-LCE-31507729
  address: |-
    905 Boardman Avenue
    Traverse City, MI 49684
  phone: (231) 555-0119
insurer:
  name: Lakeshore County Employees' Health Plan, administered by Cobalt Plains Administrators (FICTIONAL)
  appeals_address: |-
    Cobalt Plains Administrators - Appeals (FICTIONAL)
    PO Box 33071
    Lansing, MI 48909
  fax: (517) 555-0169
claim:
  number: CPA-26-1026-559013
  plan_type: governmental
  funding: self_funded
  employees: 1600
  notice_date: 2026-10-30
  service_dates: [2026-05-04, 2026-05-07, 2026-05-11, 2026-05-14, 2026-05-18, 2026-05-21, 2026-05-25, 2026-05-28]
  sessions: 8
  setting: outpatient
  procedure_codes: [J0013, 99214]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-29]
  denial_reason: >-
    The time limit for filing has expired. Claim received 10/26/2026. Claims must be filed within 120 days after the
    date of service. (CARC 29)
  denial_category: timely_filing
  denial_reasons: [timely_filing]
  coding_correct: true
  action: none
  corrections:
    - said: Claim received 10/26/2026.
      leaves_out: true
      record: >-
        10/26/2026 is when the claim was sent again to the new administrator. Northgate Benefit Services, the plan's
        claims administrator on the dates of service, accepted the same claim on 06/16/2026 (control number
        NBS-26-0616-77410).
      file: other/clearinghouse-acceptance-report-2026-06-16.txt
      page: 1
plan_policy:
  name: Lakeshore County Employees' Health Plan Document 2026, Section 8.1 "Filing a claim"
  number: Section 8.1
  quote: >-
    Claims must be filed within 120 days after the date of service. A claim is filed on the date the Plan's claims
    administrator in force on the date of service receives it. A claim received by a former claims administrator is
    treated as filed on the date that administrator received it.
  file: other/plan-document-2026-section-8-1-excerpt.txt
  other_terms: >-
    Claims for services before 07/01/2026 continue to go to Northgate Benefit Services through 12/31/2026. Claims for
    services on or after 07/01/2026 go to Cobalt Plains Administrators.
  other_terms_file: other/administrator-transition-notice-2026-06-01.txt
  other_terms_apply: >-
    The services were given in May 2026, so the claim went, as the notice directs, to Northgate, which received it on
    06/16/2026.
filing:
  first_submitted: 2026-06-15
  received: 2026-06-16
  proof:
    - other/clearinghouse-acceptance-report-2026-06-16.txt
    - other/administrator-transition-notice-2026-06-01.txt
    - other/clinic-call-note-2026-10-21.txt
  limit_deadline: 2026-09-01
  method: electronic claim through the clinic's clearinghouse
  sent_to: Northgate Benefit Services, the plan's claims administrator on the dates of service
  returned: 2026-10-21
  resent: 2026-10-26
prior_auth:
  approved:
    number: prior authorization NBS-PA-26-0428-1193
    date: 2026-04-28
    covers: Esketamine nasal spray, 8 induction sessions, 05/01/2026 through 07/31/2026
    quote: "Approved: esketamine nasal spray induction, 8 sessions, 05/01/2026-07/31/2026."
    file: other/prior-authorization-approval-2026-04-28.txt
treatment:
  name: Spravato (esketamine) nasal spray, 8 induction sessions
  summary: >-
    Eight authorized induction sessions for treatment-resistant depression, given 05/04-05/28/2026; only the filing
    date of the claim is in question.
  alongside: sertraline 200 mg daily
clinical:
  severity: PHQ-9 23 on 05/04/2026; PHQ-9 11 on 05/28/2026
  severity_date: 2026-05-28
  suicidality: none
  suicidality_date: 2026-05-28
  response: PHQ-9 23 to 11 over the 8 induction sessions
  response_level: response
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2024-01
      end: 2024-03
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks
      evidence: {file: clinical/spravato-induction-summary-2026-05-28.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-02
      end: 2025-04
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks
      evidence: {file: clinical/spravato-induction-summary-2026-05-28.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with Spravato
      evidence: {file: clinical/spravato-induction-summary-2026-05-28.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2025-06
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an augmentation trial
      evidence: {file: clinical/spravato-induction-summary-2026-05-28.txt, page: 1}
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2012-03
      end: 2013-06
      kind: antidepressant
      response: remission
      failed: false
      outcome: Earlier episode (2012); remission; not a trial in the current episode
      evidence: {file: clinical/spravato-induction-summary-2026-05-28.txt, page: 1}
author:
  name: Hollis Kettering-Vang
  role: Billing manager, Northern Bay Psychiatric Associates (the treating clinic)
  relation: provider
  address: |-
    Northern Bay Psychiatric Associates (FICTIONAL), 1200 Front Street, Suite 5
    Traverse City, MI 49684
  phone: (231) 555-0128
  email: billing@northernbaypsych.example
provider:
  name: Northern Bay Psychiatric Associates
  credentials: outpatient psychiatry practice; certified Spravato REMS treatment center
  npi: "1509376145"
  address: |-
    1200 Front Street, Suite 5
    Traverse City, MI 49684
  phone: (231) 555-0128
record_dates:
  - file: clinical/spravato-induction-summary-2026-05-28.txt
    date: 2026-05-28
employer:
  name: Lakeshore County Human Resources, Benefits (FICTIONAL)
  address: |-
    400 Boardman Avenue
    Traverse City, MI 49684
copies: [employer]
bates_prefix: BAPTISTEROWAN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-10-30.txt": """
COBALT PLAINS ADMINISTRATORS (FICTIONAL) - EXPLANATION OF BENEFITS                   Date: 10/30/2026
Plan: Lakeshore County Employees' Health Plan (self-funded)   Page 1 of 1
Patient: Cornelius Baptiste-Rowan   Member ID FICT-LCE-31507729   Claim CPA-26-1026-559013
Provider: Northern Bay Psychiatric Associates   Services 05/04/2026-05/28/2026, 8 sessions   Billed $7,920.00
CARC 29. The time limit for filing has expired. Claim received 10/26/2026. Claims must be filed within 120 days
after the date of service.
You may appeal within 180 days of receiving this notice.
""",
    "clinical/spravato-induction-summary-2026-05-28.txt": """
NORTHERN BAY PSYCHIATRIC ASSOCIATES (FICTIONAL) - SPRAVATO INDUCTION SUMMARY          Date: 05/28/2026
Patient: Cornelius Baptiste-Rowan   DOB 10/04/1982   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Induction: 8 sessions 05/04, 05/07, 05/11, 05/14, 05/18, 05/21, 05/25, 05/28/2026 (56 mg x2, then 84 mg x6), under
authorization NBS-PA-26-0428-1193. PHQ-9 23 to 11. No suicidal ideation.
Trials this episode: escitalopram 20 mg 01/2024-03/2024 (10 weeks, no response); bupropion XL 300 mg 02/2025-04/2025
(8 weeks, no response); sertraline 200 mg since 06/2025, partial, continued. Quetiapine 25 mg at bedtime for sleep.
Earlier episode: fluoxetine 40 mg 2012-2013, remission.
""",
    "other/clearinghouse-acceptance-report-2026-06-16.txt": """
LAKES REGION CLAIMS EXCHANGE (FICTIONAL CLEARINGHOUSE) - PAYER ACCEPTANCE REPORT (277CA)    Report date 06/16/2026
Submitter: Northern Bay Psychiatric Associates   Batch sent 06/15/2026 17:20   Page 1 of 1
Line 1  Patient: BAPTISTE-ROWAN, CORNELIUS   DOS 05/04/2026-05/28/2026 (8)   $7,920.00
        Payer: Northgate Benefit Services (Lakeshore County plan)   ACCEPTED 06/16/2026   Control NBS-26-0616-77410
Line 2  Patient: ELLSWORTH, MAREN   DOS 06/02/2026   $310.00   Payer: Great Lakes Mutual   ACCEPTED 06/16/2026
""",
    "other/plan-document-2026-section-8-1-excerpt.txt": """
LAKESHORE COUNTY EMPLOYEES' HEALTH PLAN (FICTIONAL) - PLAN DOCUMENT 2026 (excerpt)          Page 41
Section 8.1 Filing a claim
Claims must be filed within 120 days after the date of service. A claim is filed on the date the Plan's claims
administrator in force on the date of service receives it. A claim received by a former claims administrator is
treated as filed on the date that administrator received it.
""",
    "other/plan-document-2025-section-8-1-stale.txt": """
LAKESHORE COUNTY EMPLOYEES' HEALTH PLAN (FICTIONAL) - PLAN DOCUMENT 2025 (excerpt)  [Stale: replaced 01/01/2026]
Section 8.1 Filing a claim. Claims must be filed within 365 days after the date of service.
""",
    "other/administrator-transition-notice-2026-06-01.txt": """
LAKESHORE COUNTY HUMAN RESOURCES (FICTIONAL) - NOTICE TO PROVIDERS: NEW CLAIMS ADMINISTRATOR    Date: 06/01/2026
Page 1 of 1
Claims for services before 07/01/2026 continue to go to Northgate Benefit Services through 12/31/2026. Claims for
services on or after 07/01/2026 go to Cobalt Plains Administrators.
""",
    "other/prior-authorization-approval-2026-04-28.txt": """
NORTHGATE BENEFIT SERVICES (FICTIONAL) - PRIOR AUTHORIZATION APPROVAL                 Date: 04/28/2026
Patient: Cornelius Baptiste-Rowan   Plan: Lakeshore County Employees' Health Plan   Number NBS-PA-26-0428-1193
Approved: esketamine nasal spray induction, 8 sessions, 05/01/2026-07/31/2026.
""",
    "other/clinic-call-note-2026-10-21.txt": """
NORTHERN BAY PSYCHIATRIC ASSOCIATES (FICTIONAL) - BILLING CALL NOTE                  Date: 10/21/2026
Called Northgate about unpaid claim NBS-26-0616-77410: told the Lakeshore County file was closed 09/30/2026 and
open claims were not passed on. Called Cobalt Plains: no claim on file. Resent to Cobalt 10/26/2026. - H.K.-V.
""",
}

TRUTH = """
# 07 - County employees' plan: Spravato claims denied as late by the new administrator though the former one received them in time; first appeal by the clinic (FICTIONAL)

All people, counties, plans, administrators, clinics, numbers and addresses are invented (FICTIONAL).

## What is true
- Cornelius Baptiste-Rowan, 44 (DOB 10/04/1982), in a Michigan **county employees' self-funded plan** (governmental,
  1,600 employees). Spravato induction, **8 sessions 05/04-05/28/2026**, under prior authorization
  **NBS-PA-26-0428-1193** (8 sessions, 05/01-07/31/2026). PHQ-9 23 to 11. Coverage of the care is not disputed.
- The plan's claims administrator was **Northgate** through 06/30/2026 and **Cobalt Plains** from 07/01/2026; the
  county's notice of 06/01/2026 sent claims for services before 07/01/2026 to Northgate through 12/31/2026.
- The clinic sent the claim on **06/15/2026**; Northgate **accepted it 06/16/2026** (277CA, control
  **NBS-26-0616-77410**). Northgate closed the county's file on 09/30/2026 without processing it; on **10/21/2026**
  neither administrator had it; the clinic resent it to Cobalt on **10/26/2026**.
- EOB **10/30/2026** (CPA-26-1026-559013, **CO-29**): "Claim received 10/26/2026 ... within 120 days".
- **Plan Document 2026, Section 8.1:** 120 days; a claim is filed when the administrator **in force on the date of
  service** receives it; one received by a **former administrator** is treated as filed on the day that administrator
  received it. Filed **06/16/2026**: within 120 days of every date of service (the earliest, 05/04/2026, ran to
  09/01/2026).
- **Rule and stage:** governmental plan (not ERISA): claims and appeals under **45 CFR 147.136** (which applies the
  ERISA claims rule's standards by reference); **first internal appeal**, within 180 days: **by 04/28/2027**.
- **Author:** the clinic's billing manager, for the clinic as the party to its own claim; writes about "Mr.
  Baptiste-Rowan"; no patient authorization needed.

## Deliberately unknown
- Why Northgate did not process or pass on the claim: not known; a letter may ask.
- The allowed amount: not in the case; no payment figure is stated beyond the billed $7,920.00.

## Traps
- **A date and a plan document, not medicine:** the filing date is 06/16/2026 under Section 8.1, not 10/26/2026.
- **A decision's statement that leaves out what matters:** "Claim received 10/26/2026" is true of Cobalt only.
- **Stale document:** the 2025 plan document's 365 days; it is not the rule in force and must not be argued.
- **Other person on a document:** line 2 of the 277CA (Maren Ellsworth, another payer).
- **Drugs:** sertraline continues (partial; never "failed"/"stopped"); quetiapine 25 mg is a sleep dose, not an
  augmentation trial; fluoxetine 2012 was an earlier episode's remission.
- **Wrong law:** a governmental plan is not ERISA: no 29 CFR 2560.503-1 cited alone as governing, no ERISA 502, no
  Labor Department/EBSA; no medical-necessity request, no peer-to-peer.
- **Voice:** the clinic writes; never the patient's "I".

## Arguments a strong letter makes (strongest first)
1. Under **Section 8.1** the claim was filed on **06/16/2026**, when **Northgate**, the administrator in force on the
   dates of service (and a former administrator now), received it (277CA, control NBS-26-0616-77410): within 120 days
   of every date of service. Reprocess and pay it.
2. The county's own **transition notice** sent claims for services before 07/01/2026 to Northgate; the clinic did
   exactly that.
3. The sessions were authorized (NBS-PA-26-0428-1193); nothing but the filing date is in question.
4. Ask the plan to retrieve the claim from Northgate's records or accept the 277CA as proof.

## What a letter must NOT say
- "filed on 10/26/2026"; "late"; "365 days"; conceding the limit.
- "Maren Ellsworth".
- "ERISA", "EBSA", "Department of Labor", "29 CFR 2560.503-1" as the governing law; "medically necessary" as the
  ground; "peer-to-peer".
- "failed sertraline", "stopped sertraline"; quetiapine as an augmentation trial; "failed fluoxetine".
- the patient's "I", "my treatment".
"""

ANSWERS = [
    ("plan type", "plan_type: governmental", "case.yaml"),
    ("stage and window", "You may appeal within 180 days of receiving this notice", "denial/explanation-of-benefits-2026-10-30.txt"),
    ("deadline", "by 04/28/2027", "truth"),
    ("rule", "45 CFR 147.136", "truth"),
    ("plan's filing rule", "A claim received by a former claims administrator is treated as filed on the date that administrator received it", "other/plan-document-2026-section-8-1-excerpt.txt"),
    ("first receipt", "ACCEPTED 06/16/2026   Control NBS-26-0616-77410", "other/clearinghouse-acceptance-report-2026-06-16.txt"),
    ("batch sent", "Batch sent 06/15/2026 17:20", "other/clearinghouse-acceptance-report-2026-06-16.txt"),
    ("transition rule", "Claims for services before 07/01/2026 continue to go to Northgate Benefit Services through 12/31/2026", "other/administrator-transition-notice-2026-06-01.txt"),
    ("limit for the earliest date", "ran to 09/01/2026", "truth"),
    ("resubmission", "Resent to Cobalt 10/26/2026", "other/clinic-call-note-2026-10-21.txt"),
    ("denial's words", "Claim received 10/26/2026", "denial/explanation-of-benefits-2026-10-30.txt"),
    ("authorization", "Approved: esketamine nasal spray induction, 8 sessions, 05/01/2026-07/31/2026.", "other/prior-authorization-approval-2026-04-28.txt"),
    ("stale rule", "Claims must be filed within 365 days", "other/plan-document-2025-section-8-1-stale.txt"),
    ("other person", "ELLSWORTH, MAREN", "other/clearinghouse-acceptance-report-2026-06-16.txt"),
    ("sleep dose", "Quetiapine 25 mg at bedtime for sleep", "clinical/spravato-induction-summary-2026-05-28.txt"),
    ("drug still taken", "sertraline 200 mg since 06/2025, partial, continued", "clinical/spravato-induction-summary-2026-05-28.txt"),
]
